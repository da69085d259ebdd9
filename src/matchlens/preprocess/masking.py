"""Blind scoring: what identifies a person, and what French law forbids judging on, never reaches a model.

Before any model sees a resume, the candidate's name, e-mail, phone, address and town of residence, birth date
and age, sex markers, nationality and origin, religion, family situation, health and disability, photo captions
and social-network profiles are replaced by neutral placeholders ("[NAME]", "[AGE]"…), wherever the CV writes them:
labelled fields ("Nom :", "Date of birth | …", "이름") on any line, and markers in running text found by what
the words around them say (`blind.markers`), person names by a lexicon of 52 locales and context (`blind.names`).
Job facts stay: durations of experience, employers, places of past jobs, diplomas, licences, skills.
Lines left with nothing but placeholders are dropped from what models read, and French feminine forms read in
the masculine (`blind.gender`), so a CV with a header and one without, a woman's CV and a man's, compare alike.
"""
from __future__ import annotations

import bisect
import csv
import io
import logging
import os
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Sequence
from urllib.parse import unquote_plus

from matchlens.preprocess.blind import markers as mk
from matchlens.procs import start_ahead, warm_context, without_main
from matchlens.preprocess.blind.gender import masculine, neutral_changes
from matchlens.preprocess.blind.lexicon import fold, folded_words, person_nouns, places, regions
from matchlens.preprocess.blind.lexicon import names as lexicon_names
from matchlens.preprocess.blind import accents, icons, ocr, plans, prefilter, quoting, sources, spoken, typeset
from matchlens.preprocess.blind.labels import corrected as labels_typed
from matchlens.preprocess.blind.labels import pattern as other_labels
from matchlens.preprocess.blind.names import (CONTACT, EMAIL_AT, CV_TITLE, EMPLOYER, FILE_NAME, PARTICLES, in_job_brackets, korean_given_names,
                                              name_words)
from matchlens.preprocess.blind.store import store
from matchlens.preprocess.sections import heading_of
from matchlens.preprocess.blind.regexcode import compile as rx

__all__ = ["PLACEHOLDER", "GENDERED", "Masked", "fold", "mask"]

PLACEHOLDER = {"name": "[NAME]", "email": "[EMAIL]", "phone": "[PHONE]", "address": "[ADDRESS]",
               "birth": "[BIRTH DATE]", "age": "[AGE]", "nationality": "[NATIONALITY]", "religion": "[RELIGION]",
               "family": "[FAMILY STATUS]", "health": "[HEALTH]", "sex": "[SEX]", "photo": "[PHOTO]",
               "profile": "[PROFILE]", "title": ""}

EMAIL = rx(r"(?<![\w.+'-])[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")  # starts at a word's start: linear on long runs
PROFILE = rx(r"(?:https?://)?(?:www\.)?(?:linkedin\.com/in|github\.com|gitlab\.com|twitter\.com|x\.com|"
                     r"instagram\.com|facebook\.com|t\.me|medium\.com/@?)/?[\w.\-/%]+|(?<![\w@])@[A-Za-z_][\w.]{2,}"
                     r"|(?:https?://|www\.)[^\s/<>\"']{1,80}/(?:[^\s/<>\"']{1,40}/){0,3}?"  # a job board's page of a person
                     r"(?i:candidats?|candidates?|profils?|profiles?|cv|people|talents?|users?|u|membres?|members?|pub|in)/"
                     r"[\w.\-%]{2,80}")
PHONE = rx(r"(?<![\w/+])\+?\(?\d[\d \t.\-()]{7,20}\d(?![\w/])")  # kept when 9-15 digits, not years
YEARS = rx(r"^(?:19|20)\d\d(?:\D+(?:19|20)\d\d)+$")
YEAR_RANGE = rx(r"(?:19|20)\d\d[ \t]*[-–][ \t]*(?:19|20)\d\d(?!\d)")
LABELS = {  # a labelled field: the label stays (it says what was there), its value is masked
    "name": r"nom\(s\)[ \t]*/[ \t]*pr[ée]nom\(s\)|surname\(s\)[ \t]*/[ \t]*first[ \t]name\(s\)|"
            r"first[ \t]name\(s\)[ \t]*/[ \t]*surname\(s\)|nom et pr[ée]nom|pr[ée]nom et nom|"
            r"nom(?:\(s\))?(?: de famille| complet| d'usage| de naissance| marital| de jeune fille)?|pr[ée]noms?(?:\(s\))?|full name|first name|last name|"
            r"name|surname|forenames?|real_?name|display_?name|user_?name|middle_?names?|other_?names?|autres_?pr[ée]noms|"
            r"given names?|family name|first_?name|last_?name|given_?name|family_?name|full_?name|candidat(?:e)?|vorname|nachname|"
            r"(?:reviewed|created|updated|modified|approved|checked|verified|entered|assigned|uploaded)_by|reviewer|assignee|"
            r"holder|card[ \t]?holder|소지자|구직자|작성자|지원자(?: ?성명)?|추천 ?대상(?:자)?|이름|성명|한글 ?성명|영문 ?성명|여권 ?영문 ?(?:명|성명|이름)|영문 ?(?:명|이름)|한자|漢字|фио|фамилия|имя|отчество|姓名|名字",
    "birth": r"주민(?:등록)?[ \t]?번호|외국인[ \t]?등록[ \t]?번호|신분증[ \t]?번호|개인[ \t]?번호|codice fiscale|cnp|pesel|nir|"
             r"n°[ \t]?(?:de[ \t])?s[ée]curit[ée] sociale|n°[ \t]?ss|num[ée]ro de s[ée]curit[ée] sociale|social security (?:number|no\.?)|"
             r"(?:national )?identity (?:card )?(?:number|no\.?)|nic(?: no\.?| number)?|cccd|personal (?:id(?:entification)? )?number|"
             r"date de naissance|date[ _]?(?:de[ _])?naissance|date et lieu de naissance|naissance|n[ée](?:\(?e\)?)? le|ddn|date of birth|"
             r"birth ?date|born(?: on)?|dob|d\.o\.b\.?|ann[ée]e de naissance|lieu de naissance|place of birth|"
             r"birthplace|year of birth|birth year|birth_?date|date_?of_?birth|bday|geburtsdatum|geburtsort|geboren(?: am)?|"
             r"생년월일|생년|출생지|출생|дата рождения|место рождения|出生(?:日期|年月|地)?|籍贯",
    "age": r"[âa]ge(?: band| group)?|alter|tranche d'[âa]ge|나이|연령(?:대)?",
    "address": r"adresse(?:\(s\))?(?: postale| personnelle| permanente| actuelle| principale| de r[ée]sidence)?|"
               r"(?:home |personal |postal |current |permanent )?address(?:\(es\))?|"
               r"secteur(?: g[ée]ographique| de recherche| d'intervention)?|zone(?: de recherche| g[ée]ographique| d'intervention)|"
               r"mobilit[ée](?: g[ée]ographique)?|rayon d'action|service area|areas? covered|area served|"
               r"search area|domicile|lieu de r[ée]sidence|r[ée]sidence|ville|city|town|quartier|county|district|"
               r"neighbou?rhood|borough|lieu-dit|hameau|domiciliation(?: postale)?|"
               r"commune|code postal|postcode|postal_? ?code|zip(?: code)?|location|localisation|wohnort|anschrift|"
               r"h[ée]bergement|housing|accommodation|주거(?:[ \t]?형태)?|주소|현주소|거주지|활동[ \t]?지역|희망[ \t]?지역|адрес|место жительства|地址|现?居住地|户籍|户口所在地",
    "nationality": r"nationalit[ée]s?|nationality|citizenship|country/region|국가/지역|origine(?: ethnique)?|ethnic (?:origin|group)|ethnicity|"
                   r"origin|pays d'origine|country of origin|"
                   r"titre de s[ée]jour|permis de s[ée]jour|work permit|visa|staatsangeh[öo]rigkeit|nationalit[äa]t|국적|체류 ?자격|비자 ?종류|체류|"
                   r"гражданство|национальность|国籍|民族",
    "religion": r"religion(?: or belief| ou conviction|/belief)?|confession|culte|faith|konfession|religionszugeh[öo]rigkeit|종교|вероисповедание|религия|宗教(?:信仰)?",
    "family": r"situation (?:familiale|matrimoniale|de famille)|[ée]tat civil|marital(?:[ _]?status)?|family[ _]?status|"
              r"civil status|familienstand|kinder|enfants(?: [àa] charge)?|personnes [àa] charge|children|(?:number of )?dependants|"
              r"nombre d'enfants|nbre? (?:d')?enfants?|nb enf\.?|nbre enf\.?|dependents|자녀(?: ?수)?|부양 ?가족(?: ?수)?|결혼 ?여부|혼인(?: ?여부)?|"
              r"가족(?: ?관계| ?사항)?|семейное положение|婚姻(?:状况|状态)?",
    "health": r"handicap|rqth|sant[ée]|groupe sanguin|blood (?:group|type)|혈액형|am[ée]nagements?(?: de poste)?|"
              r"(?:reasonable |workplace )?adjustments?|gesundheit(?:szustand)?|schwerbehinderung|[ée]tat de sant[ée]|health|disability|medical|장애(?: ?여부)?|보훈(?: ?여부)?|"
              r"건강(?: ?상태)?|신체 ?사항|здоровье|инвалидность|健康(?:状况)?",
    "sex": r"sexe|genre|sex|gender|geschlecht|pronouns?|civilit[ée]|성별|병역(?: ?사항)?|military service|service militaire|пол|性别",
    "photo": r"photo(?:graphie)?(?: d'identit[ée])?|picture|사진",
}


def _spaced(label: str) -> str:
    """Korean form labels are often spaced out ('성 명', '생 년 월 일', '주    소' padded to a longer label's width):
    allow spaces between syllables."""
    return re.sub(r"(?<=[가-힣])(?=[가-힣])", r"[ \\t]{0,6}", label)


LABELS = {k: _spaced(v) + (f"|{more}" if (more := other_labels(k)) else "") for k, v in LABELS.items()}
_LABEL = "|".join(f"(?P<{k}>{v})" for k, v in LABELS.items())
# whose field it is, after the label ('Nom de naissance de l'apprenti(e) :', 'Date of birth of the applicant:'): only
# the people a form is about, never 'Nom de l'entreprise'
OF_PERSON = (r"(?:[ \t]+(?:du|de[ \t]+la|de[ \t]+l['’]|d['’]|de|des|of(?:[ \t]+the)?)[ \t]*(?:candidat|apprenti|salari[ée]|"
             r"stagiaire|demandeu(?:r|se)(?:[ \t]+d['’]emploi)?|b[ée]n[ée]ficiaire|int[ée]rimaire|titulaire|[ée]l[èe]ve|alternant|"
             r"jeune|usager|participant|applicant|candidate|apprentice|employee|trainee|learner|claimant|worker|jobseeker|"
             r"student|holder|signataire|p[èe]re|m[èe]re|father|mother|conjoint|[ée]poux|[ée]pouse|spouse|tut(?:eur|rice)|"
             r"guardian)(?:e|s|\((?:e|s|es)\))?)?")
# what a parser or a database adds to a field's key ('candidate.age_computed: 38', 'gender_inferred: "F"')
KEY_SUFFIX = r"(?:_(?:computed|inferred|estimated|predicted|guess(?:ed)?|detected|raw|value|text|label|normali[sz]ed|parsed|code|iso))*"
LABELLED = rx(r"(?im)(?P<label>(?:^|(?<=[|·•;\t–—◆:,(.)/{।॥။។。])|(?<=   ))[^\w\n]{0,12}?(?:P\.?S\.?[ \t]*:?[ \t]*)?(?:" + _LABEL
                      + r")" + KEY_SUFFIX + r"(?![\w])" + OF_PERSON + r"[\"']?(?:[ \t]*\([^)\n]{1,30}\))?(?:[ \t]*/[ \t]*[^\W\d_]+(?:[ \t][^\W\d_]+){0,2})?"  # 'Nom / Овог :'
                      r"[ \t]*(?:[:：|\t=]|[ \t]?[-–][ \t]|[ \t]{2,}|[.…_]{3,}[ \t]*[:：]?)[ \t]*)"  # a form's dotted leader
                      r"(?P<value>[^\n|·•;\t–—◆<।॥။។。]*?[^\n|·•;\t –—◆\-<।॥။។。])(?=\.[ \t](?!\d)|(?<!\d)\.[ \t]|[ \t]+/[ \t]| {3,}(?=\S)(?![^\s:]+[ \t]*$)|[ \t]*(?:$|[\n|·•;\t–—◆<।॥။។。]))")
# an identity card's field as its visual zone prints it: a line that is a label of sex, birth or nationality (in
# one language or two, 'Sexe / Sex'), one space and a short value ('Sex M', 'Lieu de naissance / Place of birth
# Maubeuge', 'Nationality GBR'): read with its colon; never a name's label ('Candidat motivé' is no field)
_ID_LABEL = "|".join(f"(?:{LABELS[k]})" for k in ("sex", "birth", "nationality"))
ID_FIELD = rx(r"(?im)^[^\w\n]{0,4}(?:" + _ID_LABEL + r")(?:[ \t]*/[ \t]*(?:" + _ID_LABEL + r"))?(?=[ ]\w"
              r"[^\n:：|\t?]{0,30}$)(?<![ \t])")
# a numbered form question and its answer on one line ('12. Religion (facultatif) ? catholique', '4. Vous êtes ?
# [x] F'): the question mark is the field's colon
NUMBERED_QUESTION = rx(r"(?m)^([ \t]*\d{1,2}[.)][ \t]*[^?:\n]{1,60}?)[ \t]*\?(?=[ \t]+\S)")
ID_FIELD_HINT = rx(r"(?im)^[^\w\n]{0,4}(?:sexe?|sex|gender|nationalit|lieu de naissance|place of birth|date of birth|"
                   r"date de naissance|n[ée]\(?e?\)? le)")
# a label inside a sentence or after a chat prefix ('…참고로 국 적: 대한민국'): after a word, and only with a colon
INLINE = rx(r"(?im)(?P<label>(?<=[^\W\d_][ \t]|[\u0900-\u0DFF\u0E00-\u0EFF\u1000-\u109F\u1780-\u17FF][ \t])"
            r"(?<!\bà )(?<!\bau )(?<!\baux )(?:" + _LABEL + r")(?![\w])(?:[ \t]*\([^)\n]{1,30}\))?[ \t]*[:：][ \t]*)"
                    r"(?![ \t]*\[[A-Z ]+\][ \t]*(?:$|[\n|·•;\t–—◆]))(?P<value>[^\n|·•;\t–—◆<।॥။។。]*?[^\n|·•;\t –—◆\-<।॥။។。])(?=\.[ \t](?!\d)|(?<!\d)\.[ \t]|[ \t]+/[ \t]| {3,}(?=\S)(?![^\s:]+[ \t]*$)|[ \t]*(?:$|[\n|·•;\t–—◆<।॥။។。]))")
ANSWER = rx(r"(?i)yes|no|oui|non|y|n|true|false|vrai|faux|n/?a|none|aucun|néant|neant|-|예|아니오|있음|없음")
# where a run-on value ends: the next field's label and its colon ('สัญชาติ: ไทย สถานภาพ: สมรส', a form pasted on one
# line; not after Hangul, whose spaced labels ('국 적') read inside a sentence); the sentence ends of other scripts
# (। ॥ ။ ។ 。) end a value like a full stop above
NEXT_FIELD = rx(r"(?i)(?<=[ \t])(?<![가-힣][ \t])(?:" + _LABEL + r")(?![\w])[ \t]*[:：][ \t]*(?=\S)")
LABEL_ONLY = rx(r"(?i)[^\w]*(?:" + _LABEL + r")(?:[ \t]*\([^)\n]{1,30}\))?[^\w]*")
LABEL_WORDS = rx(r"(?i)(?:^|(?<=[|·•;\t]))[ \t•*\-]{0,6}(?:" + _LABEL + r")[ \t]*(?:[:：|\t]|[ \t][-–][ \t])?")
# what a web form writes beside a label: required, optional, a line number ('First name *', 'Address line 1')
FORM_MARK = r"(?:[ \t]*(?:\*|\((?:optional|required|obligatoire|facultati(?:f|ve)|optionnel(?:le)?|필수|선택)\)|(?:line|ligne)[ \t]*\d))?"
ALONE = ("name", "birth", "age", "nationality", "family", "sex", "religion", "health")  # set above their value
LABEL_ALONE = rx(r"(?i)^[ \t•*\-]*(?:" + "|".join(f"(?P<{k}>{LABELS[k]})" for k in ALONE)
                         + r"|(?P<address>adresse(?: postale| personnelle)?|address|주소|town[ \t]*/[ \t]*city|city[ \t]*/[ \t]*town|"
                         r"post[ \t]?code|code postal|zip(?: code)?))" + FORM_MARK + r"[ \t]*[:：]?[ \t]*$")
# Korean forms flattened to text put a label and its value on one line with a space only ('생년월일 1966. 8. 19.',
# '국적 대한민국', '장애 색약'); labels that also start job phrases ('사진 촬영', '건강 관리', '장애 아동') are not here
KO_LABELS = {"name": r"이[ \t]*름|성[ \t]*명(?:[ \t]*\((?:한글|영문|한자)\))?|한글[ \t]?성명|영문[ \t]?성명", "birth": r"생년월일|생년|출생지|출생일",
             "age": r"나이|연령(?:대)?|만[ \t]?나이", "address": r"주소|현[ \t]?주소|거주지|실[ \t]?거주지",
             "nationality": r"국적|체류[ \t]?자격|체류[ \t]?비자", "religion": r"종교",
             "family": r"결혼[ \t]?여부|혼인[ \t]?여부|가족[ \t]?관계|자녀[ \t]?수|부양[ \t]?가족(?:[ \t]?수)?",
             "health": r"혈액형|장애(?:[ \t]?여부)?|보훈(?:[ \t]?여부)?|건강[ \t]?상태|신체[ \t]?사항", "sex": r"성별|병역(?:[ \t]?사항)?"}
KO_LINE_LABEL = rx(r"(?m)(?:^|(?<=[|/·•;]))(?P<label>[ \t•*\-]*(?:" + "|".join(f"(?P<{k}>{v})" for k, v in KO_LABELS.items())
                           + r")[ \t]+)(?!(?:인|아동|학생|영유아|어르신|복지|활동|시설|\[))(?P<value>[^\n|\t:：\[/·•;]{1,40}?)[ \t]*(?=$|[|/·•;])")
# (a line, or a field of a line that lists them: '성별: 여자 | 국적 한국 | 종교 천주교')
# the same value written again in another script, after a placeholder: 'Nom : [NAME] (ბაკურაძე)', '… / ⴰⴽⴱⵓ'
OTHER_SCRIPT = ("[\u0370-\u03FF\u0400-\u052F\u0530-\u058F\u0590-\u05FF\u0600-\u06FF\u0900-\u097F\u0E00-\u0E7F"
                "\u10A0-\u10FF\u1200-\u137F\u1800-\u18AF\u1C90-\u1CBF\u2D30-\u2D7F\u3040-\u30FF\u4E00-\u9FFF\uAC00-\uD7A3]")
ALPHABETS = OTHER_SCRIPT.split("\u3040")[0] + "]"  # after a '/', not Hangul or CJK: Korean text uses '/' between fields
SAME_VALUE = rx(rf"(?P<ph>\[(?:NAME|BIRTH DATE|ADDRESS|NATIONALITY)\])(?:[ \t]*/[ \t]*(?P<v1>{ALPHABETS}+"
                        rf"(?:[ \t\-]{ALPHABETS}+){{0,3}})|[ \t]*\((?P<v2>[^()\n]{{1,40}})\))")
UK_STREET = (r"Street|St\.?|Road|Rd\.?|Lane|Avenue|Ave\.?|Drive|Close|Way|Court|Crescent|Place|Gardens|Terrace|"
             r"Grove|Park|Hill|Row|Square|Mews|Walk|Highway|Boulevard|Stravenue|Parade|Rise|View")
UK_POSTCODE = r"\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b"
STREET = (r"rue|avenue|av\.|boulevard|bd\.?|chemin|all[ée]e|impasse|quai|route|cours|place|square|r[ée]sidence|"
          r"lotissement|lot\.|hameau|lieu-dit|cit[ée]|sentier|villa|voie|"
          r"street|st\.|road|rd\.?|lane|drive|blvd\.?|way|court")
# a town's name after its postcode: capitalised words and particles ('Montier-en-Der', 'Saint-Jean de Luz Cedex 2'), never
# the sentence that goes on ('52270 Doulaincourt et j'ai travaillé…', '52220 Montier (05/2020 - 04/2026)')
TOWN_WORDS = (r"(?-i:[A-ZÀ-Þ])[\w'’\-]*(?:[ \t\-](?!cedex\b)(?:(?-i:[A-ZÀ-Þ])[\w'’\-]*|sur|sous|en|le|la|les|de|du|des|l['’]\w+|d['’]\w+)){0,5}"
              r"(?:[ \t]+cedex(?:[ \t]+\d{1,2})?)?")
ADDRESS = rx(rf"(?i)\b\d{{1,4}}(?:\s?(?:bis|ter|[a-z]))?,?\s+(?:{STREET})\b[^\n,|·<>]*(?:,\s*\d{{5}}\s+{TOWN_WORDS})?"  # markup ends it
                     r"|\b\d{5}\s+(?-i:[A-ZÉÈ])[\w'\-]+(?:[ \t\-](?:(?-i:[A-ZÉÈ])[\w'\-]+|sur|sous|en|le|la|les|de))*"  # a capital
                     # (each word of the town a capital or a particle, on the postcode's line: never the next line's label)
                     rf"|(?:(?:Flat|Apartment|Apt\.?|Unit|Room)\s+\w+,\s*)?\b\d{{1,4}}[A-Za-z]?,?(?:[ \t]+(?:(?!(?-i:on|in|at|of|the|to|for|with|and|my|a)\b|(?:years?|yrs|months?|days?|hours?|weeks?|ans|mois)\b)[A-Z][\w'’\-]+[ \t]+){{1,3}}|\s+(?:(?-i:[A-Z])[\w'’\-]+\s+){{1,3}})"  # across lines: capitals
                     rf"(?:{UK_STREET})\b(?:,\s*[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)?)?(?:,?\s*{UK_POSTCODE})?"
                     rf"|(?:(?<![\w'’\-])[A-Z][\w'’\-]+,?\s+)?{UK_POSTCODE}"  # UK postcodes, with their town (from a word's start:
                     # a '\b' inside 'ab-ab-ab…' would start again after every hyphen, quadratic on one long compound)
                     r"|\b(?:Paris|Lyon|Marseille)[ \t]+\d{1,2}(?:e|er|[èe]me)\b(?:[ \t]+arrondissement)?"  # 'Paris 18e'
                     r"|\b(?:lieu-?dit|hameau)[ \t]+(?:(?:de|du|des|la|le|les)[ \t]+|l['’]|d['’])?(?-i:[A-ZÀ-Þ])[\w'’\-]*"
                     r"(?:[ \t]+(?:(?-i:[A-ZÀ-Þ])[\w'’\-]*|de|du|des|la|le|les))*"  # 'Lieu-dit la Haute Borne'
                     r"|(?-i:(?<![\w'’\-])[A-Z][\w'’\-]+(?:[ \t][A-Z][\w'’\-]+)?[ \t]*\((?![ABC][12]\))(?:[A-Z]{1,2}\d[A-Z\d]?)\))"  # 'Coatbridge (ML17)', not 'German (A2)'
                     r"|(?<![가-힣])[가-힣]{1,4}(?:시|군)[ \t]+[가-힣]{1,4}(?:동|읍|면)(?![가-힣])"  # '안양시 비산동', '화순군 화순읍'
                     r"|(?<![가-힣\d~\-])(?!(?:지금|현재|부터|까지|년)[ \t])[가-힣]{1,4}[ \t]+[가-힣]{1,4}(?:읍|면)(?![가-힣])"  # '창녕 창녕읍', '완주 봉동읍' 
                     r"|(?<![가-힣])[가-힣0-9]{1,10}(?<!으)(?:로|길)[ \t]?\d+(?:-\d+)?(?:번길[ \t]?\d+)?"  # Korean road addresses
                     r"(?![\d.]*[ \t]?(?:년|개월|월|세|살|명|시간|회|급|차|등|위|%|kg|톤|건|개|번째|일))"  # not '간호사로 5년' 
                     r"|(?<![가-힣])[가-힣]{2,4}[ \t]+[가-힣]{1,5}(?:구|군)(?![가-힣])"  # a city and its district: '서울 송파구'
                     r"|(?:[가-힣]{1,4}(?:특별시|광역시|특별자치시|특별자치도)|(?:경기|강원|충청북|충청남|전라북|전라남|경상북|"
                     r"경상남|충북|충남|전북|전남|경북|경남)도)(?:\s*[가-힣]+(?:시|구|군))*"
                     r"(?:\s*[가-힣0-9]+(?:동|로|길|읍|면|리|가))*(?:\s*\d+(?:-\d+)?)?")
# what follows a masked address and still belongs to it: 'appt 42', 'bât. B', '2층', '빌라 B01호', '101동 1203호'
COMPLEMENT = rx(r"(?:\[ADDRESS\]|(?<![\w\]])(?:[가-힣]+[ \t]?)?\d+(?:동|층|호))(?:[ \t,]+(?:appt\.?|appartement|apt\.?|"
                        r"b[âa]t\.?|b[âa]timent|escalier|esc\.|[ée]tage|porte|r[ée]sidence|flat|floor|unit|suite)"
                        r"[ \t]*[\w\-]{0,6}|[ \t,]+(?:[가-힣]+[ \t]?)?[A-Z]?\d+(?:동|층|호)(?:[ \t]?\d+호)?|[ \t]+\[ADDRESS\])+",
                        re.I)
# a housing complex, its building and flat before a masked address ('Résidence Les Camélias, bât. C, [ADDRESS]')
BEFORE_ADDRESS = rx(r"(?im)^[ \t]*(?:(?:r[ée]sidence|b[âa]t(?:iment)?\.?|immeuble|appartement|appt?\.?|escalier|esc\.|"
                    r"[ée]tage|porte|cit[ée]|villa|domaine|flat|apartment|block)(?:[ \t]+[^\W\d_][\w'’\-]*|[ \t]*\w{1,4}){0,4}"
                    r"[ \t]*,[ \t]*){1,3}(?=\[ADDRESS\])")
def _before_address(m: re.Match, found: list) -> str:
    """The complex opening a home's address line, never on a job's dated line ('de 2009 à 2017 : … Résidence …')."""
    line = _line_around(m.string, m.start(), m.end())[0]
    if re.search(r"(?<!\d)(?:19|20)\d\d(?!\d)", line):
        return m.group(0)
    value = m.group(0).strip(" \t,")
    return m.group(0)[:len(m.group(0)) - len(m.group(0).lstrip())] + _found(found, "address", value) + ", "


# the part of a UK postcode a rule left beside a masked address ('[ADDRESS] 4JT', '[ADDRESS] B65')
POSTCODE_PART = rx(r"\[ADDRESS\](?:,?[ \t]+(?:[A-Z]{1,2}\d[A-Z\d]?(?:[ \t]+\d[A-Z]{2})?|\d[A-Z]{2}))+(?![\w])")
POSTCODE = rx(r"\b\d{5}\b|\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b|\[ADDRESS\]|\(\d{2,3}\)")
REAL_POSTCODE = rx(r"(?<![\d/.\-])\d{5}(?![\d/.\-])|\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b")
NOT_UNIT = r"(?!(?:ans?|years?|yrs?|mos|mths?|wks?|weeks?|mois|months?|jours?|days?|h|a[ñn]os|anni|ani|lat|lata|jahre|jaar|jaren|y[ıi]l|років|роки|лет|года|metai|metų|godina|tahun|năm|taon|m[ée]s(?:es)?|meses|mesi|luni|miesi[ęe]cy)\b)"  # a number then a unit is a quantity, not a street number
ADDRESS_LINE = rx(r"^\s*(?:(?!(?:19|20)\d\d\b)\d{1,4}[A-Za-z]?,?\s+" + NOT_UNIT + r"(?:(?-i:[A-ZÀ-Þ])|(?:rue|av|avenue|bd|boulevard|chemin|all[ée]e|impasse|"
                          r"quai|route|place|square|cours|street|st|road|rd|lane|drive|close|way|avenue|crescent|terrace)\b)|(?:flat|studio|apartment|apt\.?|"
                          r"appartement|b[âa]timent|r[ée]sidence|bp|cs)\b|(?:rue|avenue|boulevard|chemin|all[ée]e|impasse|"
                          r"quai|route|place|square)\s+(?:de\s+|du\s+|des\s+|d['’])?[A-ZÀ-Þ])", re.I)
# a street number then a lower-case word ('60 straed ar Porzh', OCR's '32 routc de Cambo'): an address line only when
# its postcode and town were masked beside it ('6 points, no endorsements' is a licence)
LOWER_STREET = rx(r"^\s*(?!(?:19|20)\d\d\b)\d{1,4}[A-Za-z]?,?\s+" + NOT_UNIT + r"[^\W\d_]{3,}(?=[^\n]*\[ADDRESS\])", re.I)
ONLY_PLACEHOLDERS = rx(r"^[\s\W]*(?:\[[A-Z ]+\][\s\W]*)+$")
PLACEHOLDERS = rx(r"\[[A-Z ]+\]")
HANGUL = rx(r"[가-힣]")
# The small list the audit writes its gendered copies with (masking itself reads every word: blind.gender).
GENDERED = [("infirmière", "infirmier"), ("développeuse", "développeur"), ("serveuse", "serveur"),
            ("cuisinière", "cuisinier"), ("aide-soignante", "aide-soignant"), ("préparatrice", "préparateur"),
            ("électricienne", "électricien"), ("plombière", "plombier"), ("diplômée", "diplômé"),
            ("commerciale", "commercial"), ("vendeuse", "vendeur"), ("conductrice", "conducteur"),
            ("cheffe", "chef"), ("employée", "employé"), ("polyvalente", "polyvalent"), ("caissière", "caissier"),
            ("technicienne", "technicien"), ("ingénieure", "ingénieur"), ("consultante", "consultant"),
            ("assistante", "assistant"), ("gestionnaire", "gestionnaire"), ("animatrice", "animateur"),
            ("éducatrice", "éducateur"), ("formatrice", "formateur"), ("coiffeuse", "coiffeur"),
            ("boulangère", "boulanger"), ("pâtissière", "pâtissier"), ("ouvrière", "ouvrier"),
            ("agente", "agent"), ("auxiliaire", "auxiliaire"), ("expérimentée", "expérimenté"),
            ("motivée", "motivé"), ("organisée", "organisé"), ("rigoureuse", "rigoureux"), ("sérieuse", "sérieux"),
            ("curieuse", "curieux"), ("autonome", "autonome"), ("salariée", "salarié"), ("titulaire", "titulaire"),
            ("spécialisée", "spécialisé"), ("passionnée", "passionné"), ("certifiée", "certifié"),
            ("préparatrice de commandes", "préparateur de commandes"), ("opératrice", "opérateur")]


@dataclass
class Masked:
    """The text as models read it, what it showed (with placeholders), and what was replaced."""

    text: str
    shown: str
    found: list[tuple[str, str]] = field(default_factory=list)  # (category, original text)

    def counts(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for cat, _ in self.found:
            out[cat] = out.get(cat, 0) + 1
        return out


POOL_MIN = 200  # texts to mask before worker processes pay for their start (~0.3 s each)
WARM = ("matchlens.preprocess.masking_warm",)  # what the workers' fork server imports: the masker, warmed (warm())
# what warm() masks: French, English and Korean lines that make a first text load every word list and lazy pattern
WARM_TEXTS = ("Camille Dupont\nInfirmière diplômée, née le 3 mars 1990, 32 ans, mariée, 2 enfants\n12 rue de la Paix, "
              "75002 Paris - 06 12 34 56 78 - camille.dupont@mail.fr - linkedin.com/in/cdupont\nExpérience : "
              "aide-soignante chez Korian à Lyon (2015-2020), permis B",
              "John Smith, nurse, London SW1A 1AA, British, aged 41. Worked at St Thomas' Hospital; Catholic.",
              "이름: 김민지 / 010-1234-5678 / 서울특별시 강남구 테헤란로 1 / 베트남 국적")


def warm() -> None:
    """Load what a first text would (the word lists, simplemma's French lexicon, the lazily built patterns: ~0.6 s
    once per process), here rather than inside the first text's time; the results are thrown away. The prefilter's
    plans are written to disk then (blind.plans), for the processes that start after this one."""
    for text in WARM_TEXTS:
        _mask(text)
    plans.plans().save()


def start_workers() -> bool:
    """Start the masking workers' fork server now (the app does at start-up): it imports and warms the masker
    (:func:`warm`) while the server goes on, so the first :func:`blind_texts` of many resumes forks warm workers
    instead of waiting ~1 s for each to import the masker. False where processes cannot start so."""
    try:
        return start_ahead(WARM)
    except Exception:  # noqa: BLE001 - no /dev/shm, a sandbox: never stops a server; the first pool tries again
        logging.getLogger("matchlens").warning("the masking workers' fork server did not start", exc_info=True)
        return False


def blind_texts(texts: Sequence[str]) -> list[str]:
    """:func:`blind_text` of many resumes; those not yet on disk are masked in worker processes when there are many
    (one per core: 2,000 resumes in half the time on 2 cores, and the server's interpreter stays free meanwhile).
    What each worker found of :data:`KEPT` is kept in memory for :func:`found_in` (location and the Scorecard read it)."""
    missing = store().missing(texts)
    if len(missing) >= POOL_MIN and (os.cpu_count() or 1) > 1:
        _mask_many(missing)
    return [blind_text(t) for t in texts]


def addresses(texts: Sequence[str]) -> list[tuple[str, ...]]:
    """The address entries masking found in each resume (where the candidate lives: what location reads, never a
    model): :func:`found_in` for addresses."""
    return found_in(texts, "address")


def found_in(texts: Sequence[str], category: str) -> list[tuple[str, ...]]:
    """What masking found of one kind (:data:`KEPT`: addresses, names) in each resume. Kept in this process's memory
    only (the disk store holds no identifier): known for free once the texts were masked here or in the workers; the
    others are masked again, in worker processes when there are many (2,000 resumes masked one by one in the server
    took 15 s on the Heatmaps page and 12 s on the Scorecard after a restart, measured)."""
    missing = [t for t in dict.fromkeys(texts) if t not in _FOUND]
    if len(missing) >= POOL_MIN and (os.cpu_count() or 1) > 1:
        _mask_many(missing)
    kept = [_FOUND[t] if t in _FOUND else _remember(t, mask(t))[1] for t in texts]
    return [tuple(value for cat, value in entries if cat == category) for entries in kept]


KEPT = ("address", "name")  # what found_in keeps of a text's findings
_FOUND: dict[str, tuple[tuple[str, str], ...]] = {}  # text -> its KEPT findings (memory only; see found_in)
FOUND_MAX = 50_000


def _remember(text: str, masked: Masked | tuple) -> tuple[str, tuple[tuple[str, str], ...]]:
    """(masked text, KEPT findings) of one masking, the findings kept for :func:`found_in`."""
    pair = masked if isinstance(masked, tuple) else _text_and_found(masked)
    if len(_FOUND) >= FOUND_MAX:
        _FOUND.clear()  # bounded: a long-lived server with many corpora reads the oldest again when asked
    _FOUND[text] = pair[1]
    return pair


def _mask_many(texts: list[str]) -> None:
    """Mask many texts in worker processes: the masked text goes to the disk store, the KEPT findings to memory."""
    for text, pair in zip(texts, _in_workers(texts)):
        store().put(text, _remember(text, pair)[0])
    store().flush()


def _in_workers(texts: list[str]) -> list[tuple[str, tuple[tuple[str, str], ...]]]:
    """(masked text, KEPT findings) of each text, computed by a pool of worker processes: forked from the warm
    fork server (start_workers); spawned where there is none, or where it read another copy of matchlens than this
    process (Python 3.11's fork server ignores a sys.path changed at run time: a script that put a checkout's src/
    first); serially if the pool cannot run."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    workers = min(os.cpu_count() or 1, 8)
    chunk = max(1, len(texts) // (workers * 16))  # small: a worker that drew long texts is not waited for at the end
    for spawned in (False, True):
        try:
            context = multiprocessing.get_context("spawn") if spawned else warm_context(WARM)
            with without_main(), ProcessPoolExecutor(workers, mp_context=context) as pool:
                source = pool.submit(_source)
                masked = pool.map(_masked_pair, texts, chunksize=chunk)
                if source.result() == _source():
                    return list(masked)
                pool.shutdown(cancel_futures=True)
        except Exception:  # a pool that cannot start (sandbox, no /dev/shm…) must never stop scoring
            break
    return [_masked_pair(t) for t in texts]


def _source() -> str:
    """The file this process's masker was read from: the workers' must be the caller's."""
    return __file__


def _masked_pair(text: str) -> tuple[str, tuple[tuple[str, str], ...]]:
    """What a worker sends back: the text models read and the KEPT findings."""
    return _text_and_found(_mask(text))


def _text_and_found(masked: Masked) -> tuple[str, tuple[tuple[str, str], ...]]:
    return masked.text, tuple((category, value) for category, value in masked.found if category in KEPT)


@lru_cache(maxsize=20_000)
def blind_text(text: str) -> str:
    """What models read of a resume: :func:`mask`'s text, kept on disk (`blind.store`, keyed by the masker's
    version) so a warm start masks nothing again. Only the masked text is stored: never the identifiers found."""
    kept = store().get(text)
    if kept is not None:
        return kept
    masked = mask(text).text
    store().put(text, masked)
    return masked


@lru_cache(maxsize=20_000)
def mask(text: str) -> Masked:
    """Replace personal identifiers by placeholders (see the module doc). Cached per text: rescoring is free."""
    return _mask(text)


# a link, and a query's value typed with a space inside ('…&postcode=SP4 3ZF&town=…'): the query goes on after it
URL = rx(r"(?:https?://|www\.)[^\s<>\"'()\[\]]{3,2000}(?:[ ](?=[^\s&=<>\"']{1,12}&[^\W\d_][\w.]{0,30}=)"
                 r"[^\s<>\"'()\[\]]{1,2000}){0,8}")
URL_FIELD = rx(r"(?:^|[?&;/])([^\W\d_][\w.]{0,30})[=\-]([^&;/#]*)")  # 'nom=…', shields.io 'badge/age-31_ans-…'
FIELD_KEYS = {"nom": "name", "prenom": "name", "firstname": "name", "lastname": "name", "surname": "name", "fullname": "name",
            "ddn": "birth", "dob": "birth", "birthdate": "birth", "naissance": "birth", "cp": "address", "zip": "address",
            "ville": "address", "city": "address", "adr": "address", "lieu": "address", "commune": "address",
            "nat": "nationality", "pays": "nationality", "enfants": "family", "children": "family", "tel": "phone",
            "mobile": "phone", "mail": "email", "rqth": "health", "handicap": "health", "repas": "religion"}


def field_kind(name: str) -> str | None:
    """The marker family a field's name says its value is ('nom', 'birth_date', 'worker.identity.gender', 'Date de
    naissance'), None for any other field: one reading for links, database columns and form records."""
    key = name.strip(" \t`\"[]").lower().replace("_", " ").replace("-", " ")
    label = LABEL_ONLY.fullmatch(key)
    return FIELD_KEYS.get(key.replace(" ", "")) or (_category(label) if label else None)


def _url_fields(url: str) -> list[tuple[str, str]]:
    """(category, decoded value) of each identity field a link carries in its path or query ('…?nom=D%C3%A9cius&sexe=F',
    'img.shields.io/badge/age-31_ans-green'): a form's QR code, a badge, a tracking link."""
    out = []
    for m in URL_FIELD.finditer(url):
        category = field_kind(m.group(1).rsplit(".", 1)[-1])  # 'worker.identity.gender' -> 'gender'
        value = unquote_plus(m.group(2)).replace("_", " ").strip()
        if category and value and not PLACEHOLDERS.fullmatch(value):
            out.append((category, value))
    return out


# the machine-readable zone of a passport, an identity card or a residence permit (ICAO 9303): names, birth date, sex
# and nationality in one line of capitals, digits and '<' fillers ('P<GBRAROK<<MALUAL<<<…', 'IDFRAZC27579270<<<…')
MRZ = rx(r"(?m)^[ \t]*(?=[A-Z0-9<]*<<)[A-Z0-9<]{20,44}[ \t]*$")


# who wrote or changed a document, as its attributes say ('{.deletion author="길갑순"}', '<w:ins w:author="…">')
ATTR_PERSON = rx(r"""(\b(?:[\w]+:)?(?:author|creator|lastModifiedBy|modifiedBy|owner|reviewer|editor)=["'])"""
                         r"""([^"'\n<>]{2,60})(["'])""")
# an XML export's elements say what they hold ('<PostalCode>71500</PostalCode>', '<Nationality><Code>MU</Code><Label>
# Mauritian</Label></Nationality>', '<Birthdate year="1990" …/>'): a text inside an element named for a marker is that
# marker, whatever the file's layout (one line or many); never inside a job, an employer or a school
XML_TAG = rx(r"<(/?)([A-Za-z][\w.:\-]{0,60})((?:[ \t\n][^<>]{0,300}?)?)[ \t]*(/?)>")
XML_JOB = rx(r"(?i)experience|employ|work|job|position|company|organi[sz]ation|school|education|training|"
                     r"institution|course|diploma|certificat|skill|language")
XML_DEPTH = 64  # deeper elements are read as text (a CV export is shallow; a hostile one stays linear)
XML_KINDS = {"name", "birth", "address", "nationality", "sex", "age", "family", "religion", "health"}
XML_ATTR = rx(r"""(=["'])([^"'<>\n]{1,40})(["'])""")


# a vCard's address property ('ADR;TYPE=HOME:;;17 lieu-dit Kervoalic;Loudéac;;22600;France'): the whole value
VCARD_ADR = rx(r"(?m)^((?:item\d+\.)?ADR(?:;[^:\n]*)?:)([^\n]*[^\s;][^\n]*)$")


def _dual_nationality(s: str, m: re.Match) -> bool:
    """Two demonyms are nationalities unless both name languages or their line lists languages (LANGUAGES)."""
    before, after = _line_around(s, m.start(), m.end())
    return not mk.both_languages(m) and not LANGUAGES.search(before + m.group(0) + after)


def _lower_town(m: re.Match, found: list) -> str:
    """'j'habite à dzaoudzi' -> 'j'habite à [ADDRESS]' when the longest start of the words is a known town, or when
    its words are no word of job text ('based in darlaston': a town too small for the list); 'im in charge' stays."""
    words = m.group("town").split()
    for n in range(len(words), 0, -1):
        town = " ".join(words[:n])
        if fold(town) in regions() and m.string[m.end("town") - len(m.group("town")) + len(town):][:2].strip()[:1].isalpha():
            continue  # 'based in UK warehouses': a country before a noun says what, not where one lives
        if places(fold(town)) or n <= 2 and all(len(w) > 2 and not folded_words().get(fold(w)) and fold(w) not in UNTOWNS
                                                for w in words[:n]):
            start = m.start("town") - m.start()
            return m.group(0)[:start] + _found(found, "address", town) + m.group(0)[start + len(town):]
    return m.group(0)


# short words a typed frame may end on that are no town ('im in the…', 'jsuis sur place', 'based in uk')
UNTOWNS = frozenset("the and for with une des les ici place erm euh that this your".split())


def _placeholder(category: str) -> str:
    """What replaces a value of a family; a civil title ('title', read as its sex) reads as [SEX]."""
    return PLACEHOLDER.get(category) or "[SEX]"


def _found(found: list, category: str, value: str) -> str:
    found.append((category, value.strip()))
    return _placeholder(category)


def _absorbed(found: list, category: str, value: str) -> str:
    """A marker's continuation found and taken into the placeholder before it ('[HEALTH], pas d'échelle' -> '[HEALTH]')."""
    found.append((category, value.strip()))
    return ""


def _group_found(m: re.Match, found: list, category: str) -> str:
    """The match with its one named group that matched replaced by the family's placeholder (the context kept)."""
    name = next(k for k, v in m.groupdict().items() if v is not None)
    start, end = m.start(name) - m.start(), m.end(name) - m.start()
    return m.group(0)[:start] + _found(found, category, m.group(name)) + m.group(0)[end:]


def _xml_kind(tag: str) -> str | None:
    """The marker family an element's name says it holds ('PostalCode' -> address), for the families above only."""
    kind = field_kind(re.sub(r"(?<=[a-z])(?=[A-Z])", " ", tag.split(":")[-1]))
    return kind if kind in XML_KINDS else None


def _xml(s: str, found: list) -> str:
    """Each text of an XML document read by the elements around it (see XML_TAG)."""
    out, pos, stack = [], 0, []  # stack: (tag, its family or None, inside a job element)
    for m in XML_TAG.finditer(s):
        text, pos = s[pos:m.start()], m.end()
        kind = next((k for _, k, _ in reversed(stack) if k), None) if stack and not stack[-1][2] else None
        out += [_found(found, kind, text) if kind and text.strip() else text]
        closing, tag, attrs, empty = m.groups()
        if closing:
            names = [t for t, _, _ in stack]
            if tag in names:
                del stack[len(names) - 1 - names[::-1].index(tag):]
            out.append(m.group(0))
            continue
        job = bool(stack) and (stack[-1][2] or bool(XML_JOB.search(tag)))  # the root names the document: 'SkillsPassport'
        own = None if job else _xml_kind(tag)
        if empty and own and attrs.strip():  # '<Birthdate year="1990" month="--03" day="---12"/>'
            out.append(m.group(0).replace(attrs, XML_ATTR.sub(lambda a: a.group(1) + _found(found, own, a.group(2))
                                                             + a.group(3), attrs)))
            continue
        out.append(m.group(0))
        if not empty and len(stack) < XML_DEPTH:
            stack.append((tag, own, job))
    return "".join(out) + s[pos:]


def _urls(s: str, found: list) -> str:
    """A link that carries identity fields is masked whole: its decoded values are the candidate's."""
    def repl(m: re.Match) -> str:
        fields = _url_fields(m.group(0))
        if not fields:
            return m.group(0)
        found.extend(fields)
        return PLACEHOLDER["profile"]
    return URL.sub(repl, s)


SOCIAL_HANDLE = rx(r"(?i)(?<![\w.\-/:])(?:https?://)?(?:www\.)?[\w\-]+(?:\.[\w\-]+)+/@[\w.\-]{2,40}(?:/[^\s<>\"')]*)?")  # tiktok.com/@x.y/video/…


def _own_sites(s: str, names: set[str], found: list) -> str:
    """A site whose domain spells a name the text gives ('www.jocelinprintemps.fr', 'marie-dupont.co.uk') is the
    candidate's own: a profile, masked whole."""
    keys = {fold(w) for w in names if len(w) >= 4 and not HANGUL.search(w)}

    def repl(m: re.Match) -> str:
        host = re.sub(r"(?i)^(?:https?://)?(?:www\.)?", "", m.group(0)).split("/")[0]
        label = re.sub(r"[\-_.]", "", fold(host.rsplit(".", 2)[0] if host.count(".") > 1 else host.split(".")[0]))
        if not any(k in label for k in keys):
            return m.group(0)
        found.append(("profile", m.group(0)))
        return PLACEHOLDER["profile"]
    return URL.sub(repl, s) if keys else s


def _url_names(text: str) -> set[str]:
    """Name words given by links' fields ('…&nom=Ranaivosoa&prenom=Holiniaina'), to mask them everywhere."""
    return {w for m in URL.finditer(text) if "=" in m.group(0) or "-" in m.group(0)
            for cat, v in _url_fields(m.group(0)) if cat == "name" for w in re.findall(r"[^\W\d_][\w'’\-]+", v)}


STYLED = rx("[\uff01-\uff5e\U0001d400-\U0001d7ff]")  # fullwidth and mathematical letters and digits


@lru_cache(maxsize=4096)
def _plain_char(c: str) -> str:
    return unicodedata.normalize("NFKC", c)


def plain_letters(text: str) -> str:
    """Styled letters and digits as plain ones ('𝐌𝐚𝐫𝐢𝐞 𝟮𝟬 ans' -> 'Marie 20 ans'): CV builders and social profiles write
    names and ages in bold 'fonts' made of mathematical symbols, which no rule and no model reads as words."""
    return STYLED.sub(lambda m: _plain_char(m.group(0)), text) if STYLED.search(text) else text


def _mask(text: str) -> Masked:
    """The masking itself (see the module doc)."""
    text = spoken.written(quoting.unquoted(plain_letters(typeset.typed(sources.without_anchors(sources.as_text(text))))))
    text = accents.restored(text)  # 'nee le', 'refugiee': French typed without its accents read with them
    text = labels_typed(text)  # 'nationnalité :', 'citizenshp:', '국젹:' read as the labels they mean
    text = ID_FIELD.sub(r"\g<0>:", text) if ID_FIELD_HINT.search(text) else text  # 'Sexe / Sex F': a field
    text = NUMBERED_QUESTION.sub(r"\1 :", text) if "?" in text else text  # '12. Religion (facultatif) ? X'
    found: list[tuple[str, str]] = []
    names = name_words(text) | _labelled_names(text) | _url_names(text)
    names |= korean_given_names(names)

    def sub(pattern: re.Pattern, category: str, s: str, keep=None) -> str:
        def repl(m: re.Match) -> str:
            if keep is not None and not keep(s, m):
                return m.group(0)
            found.append((category, m.group(0).strip()))
            return PLACEHOLDER[category]

        return _sub(pattern, repl, s)

    s = _urls(text, found) if "://" in text or "www." in text else text
    s = _own_sites(s, names, found) if names and ("://" in s or "www." in s) else s
    s = SOCIAL_HANDLE.sub(lambda m: _found(found, "profile", m.group(0)), s) if "/@" in s else s  # a post's author
    s = MRZ.sub(lambda m: _found(found, "name", m.group(0)), s) if "<<" in s else s
    s = ATTR_PERSON.sub(lambda m: m.group(1) + _found(found, "name", m.group(2)) + m.group(3), s) if "=" in s else s
    s = _xml(s, found) if s.count("</") >= 3 else s
    s = VCARD_ADR.sub(lambda m: m.group(1) + _found(found, "address", m.group(2)), s) if "ADR" in s else s
    s = "\n".join(_relative(line, found) for line in s.split("\n"))
    s = sub(mk.BIRTH_TEMPLATE, "birth", s) if "{{" in s else s  # before labels read the template as their value
    s, rows = _table_columns(s, found)
    s = _field_records(s, found)
    if "VALUES" in s.upper():  # a database dump: its rows are read by column, like a table's (not by town rules)
        s = SQL_INSERT.sub(lambda m: _sql_row(m, found), s)
        rows = set(rows) | {i for i, line in enumerate(s.split("\n")) if SQL_INSERT.match(line)}
    s = _label_blocks(s, found)
    s = _replaced(s, _labelled_fields(s), lambda m: _labelled(m, found))  # found once with _labelled_names
    s = _sub(INLINE, lambda m: _labelled(m, found), s)
    s = QA_FIELD.sub(lambda m: _answer(m, found), s) if "?" in s else s
    s = KO_LINE_LABEL.sub(lambda m: _labelled(m, found), s) if HANGUL.search(s) else s
    s = _label_above(s, found)
    s = ICONS.sub(lambda m: _icon_field(m, found), s) if ICON_HINT.search(s) else s
    s = _sub(BIRTHPLACE_CELL, lambda m: _birthplace(m, found), s)
    s = _sub(EUROPASS_NAME, lambda m: _europass(m, found), s)
    s = sub(mk.PHOTO_CAPTION, "photo", s)
    s = sub(EMAIL, "email", s)
    s = sub(PROFILE, "profile", s)
    s = sub(mk.BIRTH, "birth", s)
    s = _sub(mk.KO_BORN, lambda m: _ko_born(m, found), s) if HANGUL.search(s) and KO_BORN_HINT.search(s) else s
    s = _sub(PHONE, lambda m: _phone(m, found), s)
    s = sub(spoken.PHONE_RUN, "phone", s, lambda t, m: spoken.is_phone(m.group(0))) if "z" in s or "oh" in s else s
    s = sub(spoken.EMAIL_SAID, "email", s)
    s = sub(mk.ICON_BIRTH, "birth", s)
    s = sub(mk.ICON_FAMILY, "family", s)
    s = sub(mk.ICON_HOME, "address", s, lambda t, m: not (m.group(0).startswith("📍") and _in_entry(
        t, t.rfind("\n", 0, m.start()) + 1)))  # a pin under a job's line, above its dates: the site of the job
    s = sub(mk.AGE_BAND, "age", s)
    s = sub(KO_YOUTH, "age", s) if "청년" in s else s
    s = sub(AGE_SHORT, "age", s) if "[BIRTH DATE]" in s or "[NAME]" in s else s
    s = sub(mk.FAMILY_TAG, "family", s)
    s = sub(mk.AGE_BIRTHDAY, "age", s)
    s = sub(mk.AGE_WORDS, "age", s, mk.is_age_in_words)
    s = _sub(mk.AGE_TYPED, lambda m: _group_found(m, found, "age") if mk.is_typed_age(m.string, m) else m.group(0), s)
    s = sub(mk.AGE_NUMBER, "age", s, mk.is_age)  # before addresses: '27살이고 강진군에 살고' holds both
    s = sub(mk.AGE_ABROAD, "age", s)
    s = sub(ADDRESS, "address", s, lambda t, m: _home_address(t, m) and not _workplace(t, m, names))
    s = _sub(COMPLEMENT, "[ADDRESS]", s)
    s = BEFORE_ADDRESS.sub(lambda m: _before_address(m, found), s) if "[ADDRESS]" in s else s
    s = POSTCODE_PART.sub("[ADDRESS]", s) if "[ADDRESS]" in s else s
    s = KO_ADDRESS_GAP.sub("[ADDRESS]", s) if "[ADDRESS]" in s and HANGUL.search(s) else s
    s = KO_UNITS_AFTER.sub("[ADDRESS]", s) if "[ADDRESS]" in s and HANGUL.search(s) else s
    s = TOWN_BEFORE_POSTCODE.sub(lambda m: _town_before(m, found), s) if "[ADDRESS]" in s else s
    s = TOWN_LINE_AFTER.sub(lambda m: _town_after(m, found), s) if "[ADDRESS]\n" in s else s
    s = sub(mk.RESIDENCE, "address", s)
    s = _sub(mk.LETTER_TOWN, lambda m: _letter_town(m, found), s) if "/" in s or " le " in s else s
    s = SECTOR.sub(lambda m: _sector(m, found), s) if "Secteur" in s else s
    s = _sub(KO_TOWN_LINE, lambda m: _ko_town_line(m, found), s) if HANGUL.search(s) else s
    s = _sub(mk.RESIDENCE_LOWER, lambda m: _lower_town(m, found), s)
    s = sub(mk.NATIONALITY, "nationality", s, mk.is_origin_fact)
    s = sub(mk.DEMONYM_PAIR, "nationality", s, _dual_nationality)
    s = sub(mk.RELIGION, "religion", s)
    s = _sub(mk.RELIGION_ABROAD, lambda m: _group_found(m, found, "religion"), s)
    s = _sub(mk.BIRTH_ABROAD, lambda m: _group_found(m, found, "birth"), s)
    s = _sub(mk.ID_COUNTRY, lambda m: _group_found(m, found, "nationality"), s)
    s = sub(mk.BIRTH_TYPED, "birth", s)
    s = _sub(mk.BIRTHPLACE_AFTER, lambda m: _group_found(m, found, "birth"), s)
    s = BIRTHPLACE_DASH.sub(lambda m: _birthplace_dash(m, found), s) if "[BIRTH DATE]" in s else s
    s = _sub(mk.KO_BIRTHPLACE, lambda m: _group_found(m, found, "birth"), s) if "[BIRTH DATE]" in s or "년생" in s else s
    s = sub(mk.CHILDREN, "family", s, mk.is_family)
    s = sub(mk.FAMILY, "family", s, lambda t, m: not re.match(r"(?i)(?:with )?(?:one|two|three|four|\d+) child", m.group(0))
            or not mk.CHILDCARE_JOB.search(_line_around(t, m.start(), m.end())[0]))  # 'nanny to 3 children' is the job
    s = sub(mk.FAMILY_ABROAD, "family", s)
    s = sub(mk.FAMILY_TYPED, "family", s, mk.is_family)
    s = _sub(mk.HEALTH_QUESTION, lambda m: _found(found, "health", m.group(0)), s) if "?" in s else s
    s = _sub(mk.HEALTH_NOTE, lambda m: _group_found(m, found, "health"), s)
    s = _sub(mk.BODY_SIZE, lambda m: _group_found(m, found, "health"), s)
    s = _sub(mk.ID_NUMBER, lambda m: _group_found(m, found, "birth") if m.group("v") else _found(found, "birth", m.group(0)), s)
    s = sub(mk.HEALTH, "health", s, mk.is_health)
    s = _sub(mk.HEALTH_TYPED, lambda m: _group_found(m, found, "health") if m.group("h") else _found(found, "health", m.group(0)), s)
    for _ in range(3):  # '[HEALTH], no ladders, no night shifts'
        s = _sub(mk.HEALTH_TAIL, lambda m: _absorbed(found, "health", m.group(0)), s) if "[HEALTH]" in s else s
    s = sub(mk.RELIGIOUS_PLACES, "religion", s, mk.is_worship_fact)
    s = sub(mk.FLAG, "nationality", s)
    s = _sub(NEXT_TO_NATIONALITY, lambda m: (m.group("keep") or "") + _found(found, "nationality", m.group("v") or m.group("v2")),
             s) if "[NATIONALITY]" in s else s
    s = "\n".join(_listed_demonym(line, found) if line.count("[") >= 2 else line for line in s.split("\n"))
    s = "\n".join(_beside_nationality(line, found) if "[NATIONALITY]" in line else line for line in s.split("\n"))
    s = _sub(mk.visa_country(), lambda m: _found(found, "nationality", m.group("c")) + m.group(0)[m.end("c") - m.start():m.start("v") - m.start()]
             + _found(found, "nationality", m.group("v")), s) if HANGUL.search(s) and "-" in s else s
    if HANGUL.search(s):
        s = sub(mk.korean_origin(), "nationality", s)
        s = "\n".join(_listed_country(line, found) if line.count("[") >= 2 else line for line in s.split("\n"))
    s = sub(mk.RESIDENCE_SERVICE, "address", s, lambda t, m: not re.search(r"(?<!\d)(?:19|20)\d\d(?!\d)",
                                                                          t[t.rfind("\n", 0, m.start()) + 1:m.start()]))
    s = _sub(SAME_VALUE, lambda m: _same_value(m, found), s)
    s = _sub(mk.SEX, lambda m: _sex(m, found), s)
    s = _sub(mk.PLACED_FAITH, _spaced_value(found, "religion"), s) if "[" in s else s
    s = sub(DATE_AFTER_SEX, "birth", s) if "[SEX]" in s else s
    s = _sub(BIRTH_TOWN_ALONE, lambda m: _birth_town(m, found), s) if "[BIRTH DATE]" in s else s
    s = _names(s, names, found)
    s = _sub(mk.AGE_BRACKET, lambda m: _group_found(m, found, "age"), s) if "(" in s else s
    s = _sub(mk.BIRTH_BRACKET, lambda m: _group_found(m, found, "birth"), s) if "[NAME]" in s and "(" in s else s
    s = sub(AGE_SHORT, "age", s) if "[NAME]," in s or "[BIRTH DATE]" in s else s  # ('[NAME], 48a': the name is masked by now)
    s = _sub(KIN_NAMED, lambda m: _kin(m, found), s)
    s = _sub(NAMED_IS, lambda m: _named_is(m, found), s) if "[NAME]" in s else s
    s = "\n".join(_place_tags(line, found) if "#" in line else line for line in s.split("\n"))
    s = "\n".join(_personal_line(_tag_line(line, found), found, spoken) for line, spoken in _under_languages(s))
    s = _towns(s, found, rows)
    s = _contact_lines(s, found, rows)
    lines = (_one_value(line) if line.count("[") >= 2 or "[FAMILY STATUS]" in line or "[HEALTH]" in line else line
             for line in s.split("\n"))
    model_text = "\n".join(line for line in lines if not _says_nothing(line)).strip()
    model_text = _ko_particles(model_text) if "]" in model_text and HANGUL.search(model_text) else model_text
    model_text, changed = neutral_changes(model_text)
    found += [("grammatical gender", f"{a} → {b}") for a, b in changed]
    return Masked(model_text, s, found)


@lru_cache(maxsize=4)
def _lowered(s: str) -> str:
    """The text lower-cased for the prefilters, once per state of the text between two passes."""
    return prefilter.lowered(s)


# a town written before its postcode, the postcode already masked ('Dembeni 97660', 'Mont-Dore, 98809'): classified ads
# and job boards write it so
TOWN_BEFORE_POSTCODE = rx(r"(?<![\w\]\[\-])(?P<town>[A-ZÀ-Þ][\w'’]+(?:[ \t\-](?:[A-ZÀ-Þ][\w'’]+|sur|sous|en|le|la|les|"
                                  r"de|du|des|lès|d['’][A-ZÀ-Þ][\w'’]+)){0,4})(?P<sep>[ \t]+|[ \t]*,[ \t]*)\[ADDRESS\]")


# the area a candidate works from, as a header or a contact line gives it ('Secteur Ascain (64)', '… | Secteur Pau')
SECTOR = rx(r"(?m)(?:^|(?<=[|•·–—/,]))[ \t]*Secteur[ \t]*:?[ \t]+(?P<v>[A-ZÀ-Þ][\w'’\-]+(?:[ \t\-](?:[A-ZÀ-Þ][\w'’\-]+|sur|sous|en|le|"
            r"la|les|de|du|lès)){0,3}(?:[ \t]*\(\d{2,3}\))?)")


def _sector(m: re.Match, found: list) -> str:
    """A sector named by its town: a known town, any word with its département ('Ascain (64)'), or a word no job text
    uses on a contact line or alone at its line's end ('Secteur Macaye'); a trade's sector ('Secteur Bâtiment') stays."""
    value, text = m.group("v"), m.string
    town = re.sub(r"[ \t]*\(\d+\)$", "", value)
    if value == town and not places(fold(town)):
        trade = any(folded_words().get(fold(w), 0) >= 3 or w.lower() in person_nouns()
                    for w in re.findall(r"[^\W\d_]{3,}", town))
        start = ocr.line_start(text, m.start(), 200)  # 200 characters around it: linear on a long line of sectors
        end = text.find("\n", m.end(), m.end() + 200)
        contact = CONTACT.search(text, start, end if end >= 0 else m.end() + 200)
        alone = re.match(r"[ \t]*(?:$|\n|[|•·])", text[m.end():m.end() + 3])
        if trade or not (contact or alone):
            return m.group(0)
    return m.group(0)[:m.start("v") - m.start()] + _found(found, "address", value)


# the place after a birth date and a dash or a comma ('Née en 1969 – Petite-Île', 'born 1971, Penzance'): the
# birthplace, when it is a known town or a capitalised word no job text uses ('Permis B', 'Cariste' stay)
BIRTHPLACE_DASH = rx(r"\[BIRTH DATE\][ \t]*(?:[–—,·|]|[ \t]-)[ \t]*(?P<p>[A-ZÀ-Þ][\w'’\-]+(?:[ \t\-](?:[A-ZÀ-Þ][\w'’\-]+|sur|"
                     r"sous|en|le|la|les|de|du)){0,3})(?=[ \t]*(?:$|[,;·|–—(]))", re.M)


def _birthplace_dash(m: re.Match, found: list) -> str:
    place = m.group("p")
    words = re.findall(r"[^\W\d_]{3,}", place)
    if not places(fold(place)) and any(folded_words().get(fold(w), 0) >= 3 or w.lower() in person_nouns()
                                       or w.isupper() for w in words):
        return m.group(0)
    return m.group(0)[:m.start("p") - m.start()] + _found(found, "birth", place)


# a home's town alone on the line under its masked street ('24 rue du Bocage' / 'Hirson'), as contact blocks print it
TOWN_LINE_AFTER = rx(r"(?<=\[ADDRESS\]\n)(?P<town>[ \t]*[A-ZÀ-Þ][\w'’]+(?:[ \t\-](?:[A-ZÀ-Þ][\w'’]+|sur|sous|en|le|la|"
                     r"les|de|du|lès)){0,4})[ \t]*(?=\n|$)")


def _town_after(m: re.Match, found: list) -> str:
    """The line under a masked street, when it is a town the town list holds (never a job's or a heading's word)."""
    town = m.group("town").strip()
    if not places(fold(town)) or town.isupper() or folded_words().get(fold(town), 0) >= 3:
        return m.group(0)
    found.append(("address", town))
    return "[ADDRESS]"


def _beside_nationality(line: str, found: list) -> str:
    """A demonym, a visa code or a country a few words from a masked nationality says the same ('tamoule -
    [NATIONALITY]', 'Kurdish i have my [NATIONALITY]', '키르기스스탄 E-9'), unless the line lists languages."""
    if mk.LANGUAGES_LINE.search(line):
        return line
    def repl(m: re.Match) -> str:
        if m.group("v"):
            return _found(found, "nationality", m.group("v"))
        return m.group("a") + _found(found, "nationality", m.group("v2"))
    return mk.BESIDE_NATIONALITY.sub(repl, line)


def _known_town(word: str, common: int) -> bool:
    """A town the town list holds that job text uses fewer than ``common`` times ('Mission', 'Cariste' are words)."""
    return places(fold(word)) and folded_words().get(fold(word), 0) < common


def _letter_town(m: re.Match, found: list) -> str:
    """A letter's town before its date without a comma ('Noyon le 11/05/2026'), when the town list holds it."""
    if not _known_town(m.group("p"), 25):  # 'Mission 11/05/2026'
        return m.group(0)
    return m.group(0)[:m.start("p") - m.start()] + _found(found, "address", m.group("p"))


def _listed_demonym(line: str, found: list) -> str:
    """A demonym or a faith as one item among a line's masked personal values ('Gender: [SEX] • [AGE] •
    British/Portuguese • …', '[FAMILY STATUS], [AGE], [ADDRESS]. Cornish. [RELIGION].', '… [AGE]. Protestante.'): the
    person's nationality, origin or religion."""
    if len(PERSONAL_VALUE.findall(line)) < 2:
        return line
    return mk.LISTED_FAITH.sub(_spaced_value(found, "religion"), mk.LISTED_DEMONYM.sub(_spaced_value(found, "nationality"), line))


def _spaced_value(found: list, family: str):
    """A replacement that masks a match as one value of ``family``, the spaces before it kept."""
    return lambda m: m.group(0)[:len(m.group(0)) - len(m.group(0).lstrip())] + _found(found, family, m.group(0).strip())


PERSONAL_VALUE = rx(r"\[(?:FAMILY STATUS|RELIGION|HEALTH|SEX|AGE|BIRTH DATE)\]")


def _listed_country(line: str, found: list) -> str:
    """A country in Hangul among a note's listed personal values ('메모: 대한민국, [FAMILY STATUS], [RELIGION], …'): the
    person's nationality, once two of the line's items are masked personal values."""
    if len(PERSONAL_ITEM.findall(line)) < 2:
        return line
    return mk.listed_country().sub(lambda m: _found(found, "nationality", m.group(0)), line)


PERSONAL_ITEM = rx(r"(?:^|[,:;/][ \t]*)\[(?:FAMILY STATUS|RELIGION|HEALTH|SEX|AGE|BIRTH DATE)\](?=[ \t]*(?:[,;/]|$))")


def _town_before(m: re.Match, found: list) -> str:
    """The town before a masked postcode, unless it is job vocabulary, in capitals (an employer: 'ADMR', 'LECLERC'),
    after a street word, or on a dated line (an employer's site)."""
    line = _line_around(m.string, m.start(), m.end())[0]  # before it only: ads print a date after ('… 10/09/2024')
    words = re.findall(r"[^\W\d_]{3,}", m.group("town"))
    if re.search(r"(?<!\d)(?:19|20)\d\d(?!\d)", line) or EMPLOYER.search(m.group("town").split()[0] + " ") \
            or re.search(rf"(?i)\b(?:{STREET}|av|bd|sa|sas|sarl|eurl)[ \t.]*$", line) \
            or any(w.isupper() for w in words) \
            or any(folded_words().get(fold(w), 0) >= 3 or w.lower() in person_nouns() for w in words):
        return m.group(0)
    found.append(("address", m.group("town")))
    return PLACEHOLDER["address"] + m.group("sep") + "[ADDRESS]"


# a database dump: 'INSERT INTO candidates (id, last_name, sex, age…) VALUES (94621, 'TROLUE', 'M', 33…);' — each value
# is masked by its column's name, as a labelled field would be
SQL_INSERT = rx(r"(?im)^(?P<head>[ \t]*INSERT[ \t]+INTO[ \t]+[\w.`\"\[\]]{1,80}[ \t]*\((?P<cols>[^()\n]{1,2000})\)[ \t]*"
                        r"VALUES[ \t]*\()(?P<vals>[^\n]*)(?P<tail>\)[ \t]*;?[ \t]*)$")
SQL_VALUE = rx(r"[ \t]*(?:'(?:[^']|'')*'|[^,']*)[ \t]*(?:,|$)")


def _sql_row(m: re.Match, found: list) -> str:
    """One INSERT row with each value under a personal column replaced by its placeholder (quotes kept)."""
    cols = [c.strip(" \t`\"[]").lower().replace("_", " ") for c in m.group("cols").split(",")]
    values = [v.group(0) for v in SQL_VALUE.finditer(m.group("vals")) if v.group(0)]
    table = re.search(r"INTO[ \t]+(\S+)", m.group("head"), re.I).group(1)
    jobs = bool(JOB_PATH.search(table.strip("`\"[]") + " ")) or bool({"employer", "company", "period", "position"} & set(cols))
    out = []
    for col, raw in zip(cols, values):
        kind = None if jobs and field_kind(col) in ("address", "name") else field_kind(col)  # a job's town or employer
        value = raw.strip(" \t,").strip("'").replace("''", "'")
        if kind and value and value.upper() not in ("NULL", "TRUE", "FALSE", "0", "1") or kind in ("sex", "health") and value:
            found.append((kind, value))
            placeholder = _placeholder(kind)
            raw = raw.replace(raw.strip(" \t,"), f"'{placeholder}'" if raw.strip(" \t,").startswith("'") else placeholder)
        out.append(raw)
    return m.group("head") + "".join(out) + "".join(values[len(out):]) + m.group("tail")


def _sub(pattern: re.Pattern, repl, s: str) -> str:
    """``pattern.sub(repl, s)``, with only the branches of the pattern that can match in ``s`` (`blind.prefilter`)."""
    return prefilter.sub(pattern, repl, s, _lowered(s))


@lru_cache(maxsize=4)
def _labelled_fields(s: str) -> tuple[re.Match, ...]:
    """:data:`LABELLED`'s matches in a text, found once for the names they give and for masking their values."""
    return tuple(LABELLED.finditer(s))


def _replaced(s: str, matches: Sequence[re.Match], repl) -> str:
    """``pattern.sub(repl, s)`` from the pattern's matches in ``s`` (its ``finditer``)."""
    out, last = [], 0
    for m in matches:
        out += [s[last:m.start()], repl(m)]
        last = m.end()
    return "".join(out) + s[last:]


def _same_value(m: re.Match, found: list) -> str:
    """A placeholder's value again in another script ('[NAME] (ბაკურაძე)', '[BIRTH DATE] / ⴰⴽⴱⵓ') or, after a
    nationality, a demonym ('[NATIONALITY] (mongole)'): part of the same marker."""
    value = m.group("v1") or m.group("v2")
    if m.group("ph") == "[NAME]" and NAME_ASIDE.match(" " + m.group(0)[len(m.group("ph")):].lstrip()):
        return m.group(0)  # '[NAME] (화물차 운전원, 경력 3년차)': the person's work, not their name again
    if m.group("v2") and not re.search(OTHER_SCRIPT, value) and not (
            m.group("ph") == "[NATIONALITY]" and all(mk.DEMONYM.match(w) for w in re.split(r"[ \t,/]+", value) if w)):
        return m.group(0)
    found.append((m.group("ph").strip("[]").lower(), value))
    return m.group("ph")


# one family's value masked in pieces ('[FAMILY STATUS] de [FAMILY STATUS]' for 'Maman de 3 enfants', '[FAMILY STATUS],
# [FAMILY STATUS]' for 'Mariée, 2 enfants', 'single [FAMILY STATUS] of 1'): the pieces, their connectors and a count
# read as one placeholder, so that swapping one value for another leaves the text models read as it was
SAME_RUN = rx(r"(?P<p>\[(?:NAME|SEX|AGE|BIRTH DATE|ADDRESS|NATIONALITY|RELIGION|FAMILY STATUS|HEALTH|PHONE|EMAIL|PROFILE)\])"
              r"(?:[ \t]*(?:[,;/&+·•]|(?i:de|d['’]|du|des|of|with|avec|et|and|y|e|und))?[ \t]*(?P=p))+")
FAMILY_RESIDUE = rx(r"(?i:\b(?:je[ \t]+suis|jsuis|chui|i[ \t]+am|i['’]m)[ \t]+)?(?i:\b(?:single|seule?|solo|lone|parent|m[èe]re|p[èe]re|maman|papa|mother|father|mum|dad)[ \t]+)?\[FAMILY STATUS\](?:[ \t]+(?:(?i:of|de|d['’]|to)[ \t]*)?\d{1,2}(?=[ \t]*(?:[,.;)•|]|$)))?", re.M)


# where one lives said as a Korean verb after the masked place ('[ADDRESS]에 살고 있습니다'): part of the value
KO_HOME_RESIDUE = rx(r"\[ADDRESS\]에[ \t]?(?:살고[ \t]?있(?:습니다|어요|음)|삽니다|살아요|살며|거주(?:하고[ \t]?있습니다|합니다|중)?)")
# how a condition is said to stand ('[HEALTH] de type 1', '[HEALTH] stabilisé', '[HEALTH] (well controlled)'): part of it
HEALTH_QUALIFIER = rx(r"(?<=\[HEALTH\])(?:[ \t]+(?i:de[ \t]+type[ \t]+(?:[12]|I{1,2})\b|type[ \t]+[12]\b|stabilis[ée]e?s?|"
                      r"contr[ôo]l[ée]e?s?|trait[ée]e?s?|l[ée]g[èe]re?|s[ée]v[èe]re|chronique|partielle?|well[ \t]+controlled|"
                      r"controlled|mild|severe|chronic|partial|stable|under[ \t]+control)(?![\w-])|[ \t]*\((?i:well[ \t]+controlled|"
                      r"stabilis[ée]e?|contr[ôo]l[ée]e?|trait[ée]e?|stable|type[ \t]+[12]|l[ée]g[èe]re?|mild|controlled)\))+")


# a Korean particle takes one of two forms by the last sound of the word before it ('[NAME]이' for 김민준, '[NAME]가'
# for 이수), so after a placeholder the form still tells the value apart: one form kept in the text models read
KO_PARTICLE = rx(r"(?<=\])(?:(?P<ga>이|가)|(?P<neun>은|는)|(?P<reul>을|를)|(?P<wa>과|와)|(?P<ro>으로|로)|(?P<yeyo>이에요|예요)"
                 r"|(?P<myeo>이며|며)|(?P<rang>이랑|랑)|(?P<na>이나|나)|(?P<rago>이라고|라고)|(?P<ra>이라|라))(?![가-힣])")
KO_ONE_FORM = {"ga": "가", "neun": "는", "reul": "를", "wa": "와", "ro": "로", "yeyo": "예요", "myeo": "며", "rang": "랑",
               "na": "나", "rago": "라고", "ra": "라"}


def _ko_particles(text: str) -> str:
    """Each Korean particle after a placeholder in one form, whatever the masked word ended with."""
    return KO_PARTICLE.sub(lambda m: KO_ONE_FORM[m.lastgroup], text)


def _one_value(line: str) -> str:
    """A line's runs of one family's placeholders as one ('[FAMILY STATUS] de [FAMILY STATUS]' -> '[FAMILY STATUS]')."""
    line = HEALTH_QUALIFIER.sub("", line) if "[HEALTH]" in line else line
    line = KO_HOME_RESIDUE.sub("[ADDRESS]", line) if "[ADDRESS]에" in line else line
    line = SAME_RUN.sub(lambda m: m.group("p"), line)
    if "[FAMILY STATUS]" in line:
        line = SAME_RUN.sub(lambda m: m.group("p"), FAMILY_RESIDUE.sub("[FAMILY STATUS]", line))
    return line


def _says_nothing(line: str) -> bool:
    """A line of placeholders, or of labels and placeholders ('Nationalité : [NATIONALITY]'), tells a model only
    that a field was there: dropped, so CVs with and without such a field read alike."""
    if "[" not in line:
        return False  # no placeholder (speed)
    rest = LABEL_WORDS.sub("", line)
    return bool(ONLY_PLACEHOLDERS.match(line) or PLACEHOLDERS.search(line) and ONLY_PLACEHOLDERS.match(rest)
                or PLACEHOLDERS.search(line) and not rest.strip(" \t:：|·•-–—,;./()"))


# what may follow a Korean name: a particle, a copula, an honorific or a sign-off, never more of a word ('한결같이')
KO_AFTER_NAME = (r"(?=$|[^가-힣]|입니|이에|예요|이며|이고|이다|이|가|은|는|의|을|를|와|과|님|씨|도|에게|께|한테|"
                 r"드림|올림|배상|으로|로|만|\(|（)")


# a whole word where a name's word may stand (never after 'chez', inside a placeholder or glued by a hyphen)
NAME_SLOT = rx(r"(?<![\w\[])(?<!\w-)(?<![Cc]hez )\w+(?![\w\]])(?!-\w)")
WORD = rx(r"\w+")


def _name_words_sub(s: str, words: list[str], repl) -> str:
    """``repl`` of each of ``words`` (longest first) written in ``s`` as a name. Words of letters and digits only (most
    texts') are whole words (NAME_SLOT) found by set lookup: the same matches, in the same order, as one pattern of
    the text's words, whose compilation cost ~0.5 ms a text and pushed fixed patterns out of ``re``'s cache."""
    latin = [w for w in words if not HANGUL.search(w)]
    hangul = [w for w in words if HANGUL.search(w)]  # particles attach: '김민지입니다'
    if latin and not hangul and all(WORD.fullmatch(w) for w in latin):
        kept = set(latin)
        return NAME_SLOT.sub(lambda m: repl(m) if m.group(0) in kept else m.group(0), s)
    if not words:
        return s
    latin, hangul = [re.escape(w) for w in latin], [re.escape(w) for w in hangul]
    pattern = re.compile("|".join(  # a text's words: never blind.regexcode (it keeps code on disk)
        ([r"(?<![\w\[])(?<!\w-)(?<![Cc]hez )(?:" + "|".join(latin) + r")(?![\w\]])(?!-\w)"] if latin else [])
        + ([r"(?<![가-힣])(?:" + "|".join(hangul) + ")" + KO_AFTER_NAME] if hangul else [])))
    return pattern.sub(repl, s)


def _names(s: str, names: set[str], found: list) -> str:
    """Every word of a name found once, wherever it is written (capitalised or in capitals), never after 'chez'."""
    if not names:
        return s
    forms = {f for w in names for f in (w, w[:1].upper() + w[1:], w[:1].upper() + w[1:].lower(), w.upper())}
    words = sorted((f for f in forms if f in s), key=len, reverse=True)  # a form not written cannot match (speed)

    def repl(m: re.Match) -> str:
        found.append(("name", m.group(0)))
        return PLACEHOLDER["name"]

    s = _name_words_sub(s, words, repl)
    s = _lower_forms(s, names, repl)
    s = FILE_NAME.sub(lambda m: repl(m) if any(w in m.group(0) for w in names) else m.group(0), s)  # 'CV_Ana_Li.pdf'
    s = CV_TITLE.sub(lambda m: repl(m) if any(w in m.group(0) for w in names) else m.group(0), s)  # 'cv-mbuyi-2024'
    # 'Yan Jin (49)' is an age; 'basé à Thonon (74)' is a département
    s = re.sub(r"(?i)((?<!\bà )(?<!\ba )(?<!\bde )(?<!\bdu )(?<!\ben )(?<!\bin )(?<!\bat )(?<!\bsur )(?<!\bprès de ))"
               r"\[NAME\]([ \t]*)\((?:[1-9]\d)\)", _age_after_name(found), s)
    s = re.sub(r"(?<![\w.])[A-ZÀ-Þ]\.(?:[ \t\-]?[A-ZÀ-Þ]\.)*[ \t]*\[NAME\]|\[NAME\][ \t]+[A-ZÀ-Þ]\.(?![\w.])", "[NAME]", s)
    s = re.sub(r"\[NAME\][ \t]*[(（][ \t]*[\u4e00-\u9fff]{2,4}[ \t]*[)）]", "[NAME]", s)  # '김영미 (金英美)'
    particle = "|".join(sorted(PARTICLES, key=len, reverse=True))
    between = r"(?i:[ \t\-]+(?:(?:" + particle + r")[ \t]+|(?:d|l)['’])*)"
    s = re.sub(r"\[NAME\](?:" + between + r"\[NAME\])+", "[NAME]", s)
    # a capitalised particle left at either end of a name ('[NAME] El', 'Ben [NAME]') is part of it
    cap = r"(?:" + "|".join(p.capitalize() + "|" + p.upper() for p in PARTICLES if len(p) > 1) + r")"
    s = re.sub(r"\[NAME\](?:[ \t]+(?i:" + particle + r"))+(?=[ \t]*(?:$|[\n,;.()|]))", "[NAME]", s, flags=re.M)
    return re.sub(r"(?<![\w\[])(?:" + cap + r"[ \t]+)+\[NAME\]", "[NAME]", s)


def _lower_forms(s: str, names: set[str], repl) -> str:
    """A found name written in lower case in a handle, a slug or a chat ('djomo.n', 'nganou-wafo', 'evdal xwededa'):
    a word no lexicon, job text or place list holds, anywhere; a known name ('pierre', 'rose': also words) only glued
    to another word of the name ('pierre-rose', 'rose.pierre')."""
    low = {f for w in names if len(w) > 2 and not HANGUL.search(w) and w.lower() != w for f in (w.lower(), fold(w))}
    low = {w for w in low if w in s and folded_words().get(fold(w), 0) < 3 and not places(fold(w))}
    if not low:
        return s
    lexicon = lexicon_names()
    rare = sorted((w for w in low if fold(w) not in lexicon), key=len, reverse=True)
    if rare:
        s = re.sub(r"(?<![^\W\d_])(?:" + "|".join(map(re.escape, rare)) + r")(?![^\W\d_])", repl, s)

    def glued(m: re.Match) -> str:
        parts = re.split(r"([-._])", m.group(0))
        if sum(p in low for p in parts[::2]) < 2:
            return m.group(0)
        return "".join(repl(re.match(r".+", p)) if i % 2 == 0 and p in low else p for i, p in enumerate(parts))
    return COMPOUND.sub(glued, s)


COMPOUND = rx(r"(?<![\w.\-])[^\W_]+(?:[-._][^\W_]+)+")  # 'pierre-rose', 'rose.pierre85'


def _age_after_name(found: list):
    def repl(m: re.Match) -> str:
        found.append(("age", m.group(0).split("[NAME]", 1)[1].strip()))
        return f"{m.group(1)}[NAME]{m.group(2)}{PLACEHOLDER['age']}"

    return repl


# what a note says of a named person ('[NAME] est une femme', '[NAME] is Temne', '[NAME] est irakienne'): their sex or
# their origin, whatever the word (a capitalised word alone at the end of the statement is a people's name)
NAMED_IS = rx(rf"(?<=\[NAME\])(?P<is>[ \t]+(?:est|is)[ \t]+(?:une?[ \t]+|an?[ \t]+)?)"
                      rf"(?P<v>(?i:femme|homme|woman|man|(?:{mk.RELIGIONS})|(?:{mk.DEMONYMS})(?:ne|e|s|es)?)|[A-Z][a-zà-ÿ]{{2,20}})"
                      r"(?=[ \t]*(?:[.,;·•|)\n\"]|$)|[ \t]+(?:et|and|with|avec)\b)")


def _named_is(m: re.Match, found: list) -> str:
    """'[NAME] est une femme' -> sex; '[NAME] is Temne' -> origin; '[NAME] is Available' (a job word) stays."""
    word = m.group("v")
    if word[:1].isupper() and folded_words().get(fold(word), 0) >= 3:
        return m.group(0)
    family = "sex" if word.lower() in ("femme", "homme", "woman", "man") else "religion" \
        if mk.RELIGION_WORD.fullmatch(word) else "nationality"
    return m.group("is") + _found(found, family, word)


# a relative's word for the candidate says their sex ('pour ma fille [NAME]', 'my daughter [NAME]', '제 딸 [NAME]'):
# read as a word for any relative
KIN_NAMED = rx(r"(?i)(?P<lead>\b(?:pour|for|on[ \t]+behalf[ \t]+of|à[ \t]+la[ \t]+place[ \t]+de|instead[ \t]+of)[ \t]+)?"
               r"\b(?:(?:ma|mon)[ \t]+(?P<fr>fille|fils|s(?:œ|oe)ur|fr[èe]re|m[èe]re|p[èe]re|maman|papa|nièce|niece|neveu|"
               r"cousine|cousin|tante|oncle|petite-fille|petit-fils)|(?:my|our)[ \t]+(?P<en>daughter|son|sister|brother|"
               r"mother|father|mum|mom|mam|dad|mummy|daddy|niece|nephew|aunt|uncle|granddaughter|grandson))"
               r"(?(lead)(?![\w'’])|(?=[ \t]+\[NAME\]))"  # a relative one writes for, or one named
               r"|(?<![가-힣])(?:(?:우리|제)[ \t]+)?(?P<ko>딸|아들|누나|언니|오빠|형|어머니|아버지|엄마|아빠|손녀|손자)"
               r"(?=[ \t]+\[NAME\]|[ \t]*(?:대신|를[ \t]+대신)|[ \t]?이름(?:은|이))")
KIN_NEUTRAL = {"fr": "mon proche", "en": "my relative", "ko": "가족"}


def _kin(m: re.Match, found: list) -> str:
    found.append(("sex", m.group(0)[len(m.group("lead") or ""):]))
    return (m.group("lead") or "") + KIN_NEUTRAL[next(k for k in ("fr", "en", "ko") if m.group(k))]


# the place tag of a job-search post ('#jecherchedutravail #emploi #SaintFons #69', '#구직중 #일자리 #인동')
SEARCH_TAG = rx(r"(?i)#(?:je[ _]?cherche\w*|emploi|jobs?|jobsearch\w*|lookingforwork|looking_for_work|opentowork|"
                        r"travail|int[ée]rim|구직\w*|일자리|알바\w*|취업\w*|일구함)(?!\w)")
TAG = rx(r"#([^\W_][\w\-]*)")
POSTCODE_TAG = rx(r"\d{2,5}|[A-Z]{1,2}\d{1,2}[A-Z]?")


def _place_tags(line: str, found: list) -> str:
    """In a line of hashtags that says the candidate looks for work, the tags of a place or a postcode are where the
    candidate lives: every tag that is no common word, no job word and no other search tag."""
    if not SEARCH_TAG.search(line) or not line.lstrip().startswith("#"):
        return line

    def repl(m: re.Match) -> str:
        tag = m.group(1)
        spaced = re.sub(r"(?<=[a-zà-ÿ])(?=[A-ZÀ-Þ])", " ", tag)
        if SEARCH_TAG.fullmatch(m.group(0)) or not (POSTCODE_TAG.fullmatch(tag) or places(fold(spaced))
                                                    or _unknown_word(tag)):
            return m.group(0)
        found.append(("address", m.group(0)))
        return PLACEHOLDER["address"]
    return TAG.sub(repl, line)


def _unknown_word(tag: str) -> bool:
    """A tag no job text uses and no job title: a Korean or capitalised place name."""
    if re.fullmatch(r"[가-힣]{2,5}", tag):
        return not tag.endswith(("원", "사", "직", "업", "자", "공"))
    return tag[:1].isupper() and not tag.isupper() and folded_words().get(fold(tag), 0) < 3 \
        and fold(tag) not in person_nouns()  # an acronym ('#CACES') is a licence or a skill


def _sex(m: re.Match, found: list) -> str:
    """Civil titles vanish (like the old masker); other sex markers become [SEX]."""
    text = m.group(0)
    title = bool(re.fullmatch(r"\s*(?:M\.|Mme|Mlle|Mr\.?|Mrs\.?|Ms\.?|Miss|Monsieur|Madame|Mademoiselle)\s*", text))
    found.append(("title" if title else "sex", text.strip()))
    lead = text[: len(text) - len(text.lstrip())]
    return lead + PLACEHOLDER["title" if title else "sex"]


SEGMENTS = rx(r"([|·•;:–—◆,]|\s[-/]\s|\t)")
LANGUAGES = rx(r"(?i)\b(?:langues?|languages?|parl[ée]e?s?|speak|spoken|lu|écrit|courant|fluent|native|"
                       r"maternelle|notions?|bilingue|bilingual|LV\d|B1|B2|C1|C2|A1|A2|scolaire|basic|conversational|"
                       r"intermediate|advanced|professional|business|working|d[ée]butant|interm[ée]diaire|avanc[ée]|"
                       r"op[ée]rationnel|TOPIK|TOEIC|TOEFL|IELTS|DELF|DALF|HSK|JLPT|niveau|level|read|written)\b")


HASHTAG = rx(r"(?<![\w#])#([^\W\d_][\w\-]{1,40})")


def _tag_line(line: str, found: list) -> str:
    """A line of hashtags that already told a marker ('#quadra #maman #Aléria #française'): a demonym there is a
    nationality, a capitalised tag no job text uses is the town ('#Limoux'); skills ('#Excel', '#CACES') stay."""
    line = re.sub(r"#(?=\[[A-Z ]+\])", "", line)  # '#[AGE]' (a tag's number masked) reads as '[AGE]'
    rest = PLACEHOLDERS.sub("", HASHTAG.sub("", line))
    tags = HASHTAG.findall(line)
    if not tags or len(rest.split()) > 3 or not (PLACEHOLDERS.search(line) or any(_tag_marker(t) for t in tags)):
        return line  # a tag line: tags and placeholders, at most a label ('Étiquettes :') besides
    common, nouns = folded_words(), person_nouns()

    def repl(m: re.Match) -> str:
        word = m.group(1)
        if category := _tag_marker(word):
            found.append((category, m.group(0)))
            return PLACEHOLDER[category]
        if word[0].isupper() and not word.isupper() and common.get(fold(word), 0) < 3 and word.lower() not in nouns:
            found.append(("address", m.group(0)))
            return PLACEHOLDER["address"]
        return m.group(0)

    return HASHTAG.sub(repl, line)


def _tag_marker(word: str) -> str | None:
    """The marker a hashtag's word is by itself ('#cambodgienne', '#몽골', '#천식', '#asthma'), if any."""
    if mk.DEMONYM.match(word) or re.fullmatch(r"대한민국|한국인?|" + mk.korean_origin().pattern.split("(?:인")[0]
                                              .removeprefix("(?<![가-힣])"), word):
        return "nationality"
    spaced = word.replace("-", " ").replace("_", " ")
    if (m := mk.HEALTH.fullmatch(spaced)) and mk.is_health(spaced, m):
        return "health"
    return None


LANGUAGES_HEADING = rx(r"(?i)^[^\w]*(?:langues?(?:[ \t]+(?:parl[ée]es|étrangères))?|languages?(?:[ \t]+spoken)?|"
                               r"compétences[ \t]+linguistiques|language[ \t]+skills|외국어|언어|어학)[ \t]*[:：]?[^\w]*$")


def _under_languages(s: str):
    """Each line of ``s`` and whether it is an item of a languages list (under its heading, before a blank line or
    another heading): there 'Français', 'Anglais' are languages spoken, never a nationality."""
    inside = False
    for line in s.split("\n"):
        if LANGUAGES_HEADING.match(line):
            inside = True
            yield line, False
            continue
        if _ends_list(line):
            inside = False
        yield line, inside


def _ends_list(line: str) -> bool:
    """A blank line or another heading (a short line in capitals, a line ending with a colon) ends a list."""
    return not line.strip() or (line.strip().isupper() and len(line.split()) <= 4) or line.rstrip().endswith(":")


def _in_languages(s: str, line_start: int) -> bool:
    """Whether the line starting at ``line_start`` is an item of a languages list (:func:`_under_languages`)."""
    above = s[max(0, line_start - 600):line_start].split("\n")[:-1][::-1][:12]
    for line in above:
        if LANGUAGES_HEADING.match(line):
            return True
        if _ends_list(line):
            return False
    return False


def _personal_line(line: str, found: list, spoken: bool = False) -> str:
    """Personal details in a line of them ('Femme; Sénégalaise; Musulmane', '- Polish'): a nationality or a religion
    word alone in a segment, when the line already held a marker or is a short line of its own; never in a
    languages line ('Anglais, Espagnol')."""
    personal = bool(PLACEHOLDERS.search(line)) or len(line.split()) <= 6
    if not personal or LANGUAGES.search(line):
        return line
    parts = SEGMENTS.split(line)
    for n, part in enumerate(parts):
        words = mk.bare(part).split()
        if not 0 < len(words) <= 3 or PLACEHOLDERS.search(part):
            continue
        category = "nationality" if mk.DEMONYM.match(words[0].strip(",.;")) and len(words) == 1 \
            and not (spoken and SPOKEN.match(words[0].strip(",.;"))) \
            else "religion" if mk.is_religion_line(part) else None
        if category:
            value = mk.bare(part)
            found.append((category, value))
            parts[n] = part.replace(value, PLACEHOLDER[category], 1)  # the marks around it stay ('"…"', '→ …')
    return "".join(parts)


TOWN = rx(r"^[ \t]*[-•*]?[ \t]*(?P<town>(?:(?:Le|La|Les|L['’])[ \t]?)?[A-ZÀ-Þ][\w'’\-]+"
                  r"(?:[ \t\-][A-ZÀ-Þ][\w'’\-]+){0,2}(?:,[ \t]*[A-ZÀ-Þ][\w'’\-]+)?(?:[ \t]*\(\d{2,3}\))?)[ \t]*$")


def _towns(s: str, found: list, rows: set[int] = frozenset()) -> str:
    """A town alone in a segment of a personal-details line ('Le Havre (76) – [NATIONALITY]'), or alone on a line
    beside lines of personal details ('- Bordeaux' under '- [AGE]'), is where the candidate lives; not a cell of a
    table row under a header (``rows``: its job columns name employers and places of work)."""
    lines = s.split("\n")
    if len(lines) != len(s.split("\n")) or rows and max(rows) >= len(lines):
        rows = set()
    filled = [i for i, ln in enumerate(lines) if ln.strip()]
    personal = {i for i in filled if PLACEHOLDERS.search(lines[i]) and _says_nothing(lines[i])}
    for pos, i in enumerate(filled):
        line = lines[i]
        near = {filled[j] for j in (pos - 1, pos + 1) if 0 <= j < len(filled)} & personal
        if not near and "," not in line and "[" not in line:
            continue  # no personal line beside it, no 'Town, Country', no placeholder: nothing below applies (speed)
        if i in rows or re.search(r"(?<!\d)(?:19|20)\d\d(?!\d)", line) or LANGUAGES.search(line):
            continue
        if near and _town(line) or _location(line):
            found.append(("address", line.strip()))
            lines[i] = re.sub(r"\S.*\S|\S", PLACEHOLDER["address"], line)
        elif PLACEHOLDERS.search(line) and not _says_nothing(line):
            parts = SEGMENTS.split(line)
            label = [_labels(parts, n) for n in range(len(parts))]
            lines[i] = "".join(p if SEGMENTS.fullmatch(p) or label[n] else _town_part(p, found)  # 'Interests:' is no town
                               for n, p in enumerate(parts))
    return "\n".join(lines)


def _labels(parts: list[str], n: int) -> bool:
    """Whether segment ``n`` of a split line is a label: a colon follows it, or it is the first half of a bilingual
    label ('Height / Weight:', 'Référence / Reference:')."""
    after = [p.strip() for p in parts[n + 1:n + 4]]
    return bool(after) and (after[0] in (":", "：") or after[0] == "/" and len(after) == 3 and after[2] in (":", "："))


def _location(text: str) -> bool:
    """'Leeds, West Yorkshire, United Kingdom', 'Tourcoing, France', 'COVENTRY, WEST MIDLANDS': capitalised places
    ending with a region or a country."""
    parts = [p.strip(" \t-•*→➜►▶>|") for p in text.split(",")]
    if not 2 <= len(parts) <= 4 or not all(p and p[0].isupper() and len(p.split()) <= 4 for p in parts):
        return False
    return fold(parts[-1]) in regions() and not any(ch.isdigit() for ch in "".join(parts[:-1]))


def _town(text: str) -> bool:
    """Capitalised words that are no job vocabulary, with a département maybe: 'Clermont-Ferrand (63)'."""
    if FIELD_WORDS.fullmatch(text.strip(" \t-•*:.")) or LABEL_ONLY.fullmatch(text) or re.search(r"\w['’]s\b", text):
        return False  # a field label ('Name / Nom :') is no town, nor a business named after its owner ("Dai's Garage")
    if mk.is_language(PLACEHOLDERS.sub("", text)):
        return False  # 'Shimaoré', 'Occitan (notions)': a language the CV lists
    if not PLACEHOLDERS.search(text) and _location(text):
        return True
    m = TOWN.match(PLACEHOLDERS.sub("", text)) if not PLACEHOLDERS.search(text) else None
    if not m:
        return False
    common = folded_words()
    words = re.findall(r"[^\W\d_]{3,}", m.group("town"))
    if _acronyms(m.group("town")) or LICENCE_WORD.match(m.group("town")) or _certified(m.group("town")):
        return False  # 'NMC PIN', 'SST', 'CACES R489': certifications, unless a town bears the name ('PAU')
    nouns = person_nouns()  # a job title alone on a line ('Cariste') is no town
    return bool(words) and not any(common.get(fold(w), 0) >= 25 or w.lower() in nouns for w in words)


LICENCE_WORD = rx(r"(?i)(?:permis|caces|licen[cs]e|habilitation|certificat|certificate|carte|badge|brevet|titre)\b")


def _certified(text: str) -> bool:
    """A certificate's name ('BLS Provider', 'HACCP Niveau 2', 'SST Formateur'): an abbreviation in capitals beside
    words that are no abbreviation, where no place spells the abbreviation."""
    words = text.split()
    short = [w for w in words if re.fullmatch(r"[A-Z]{2,5}", w) and w.lower() not in TOWN_PARTICLES]
    return len(words) >= 2 and bool(short) and len(short) < len(words) \
        and not any(places(fold(w)) or fold(w) in regions() for w in short)


TOWN_PARTICLES = frozenset("le la les de du des sur sous en lès lez st ste saint sainte et aux upon on".split())


def _acronyms(text: str) -> bool:
    """Short capitalised abbreviations only (two or three letters, or letters with digits: 'NMC PIN', 'R489'), which
    no known town spells; a name in capitals ('FANG LIN', 'KURUP') is longer."""
    words = text.split()
    return bool(words) and all(re.fullmatch(r"[A-Z]{2,3}|[A-Z]{1,5}\d{1,4}", w) for w in words) \
        and not any(places(fold(w)) for w in words)


def _town_part(part: str, found: list) -> str:
    if not _town(part):
        return part
    found.append(("address", part.strip()))
    return re.sub(r"\S.*\S|\S", PLACEHOLDER["address"], part)


def _contact_lines(s: str, found: list, rows: set[int] = frozenset()) -> str:
    """In a contact line (an e-mail, phone or profile in it) a town or address beside them is where the candidate
    lives: masked part by part, while words of the job vocabulary ('Permis B', 'Véhiculé') stay. Other lines of
    the contact block (and the first lines) that carry a postcode or start like a street address are address lines."""
    lines = s.split("\n")
    contact = [i for i, ln in enumerate(lines) if CONTACT.search(ln) or "[BIRTH DATE]" in ln]  # an ID number's line too
    filled = [i for i, ln in enumerate(lines) if ln.strip()]
    block = set(filled[:6]) | {i for c in contact for i in range(c - 2, c + 3)}
    offset = 0  # where line i starts in s
    for i, line in enumerate(lines):
        offset, start = offset + len(line) + 1, offset
        if i not in block or i in rows or re.search(r"(?<!\d)(?:19|20)\d\d(?!\d)", PLACEHOLDERS.sub("", line)) \
                or _in_entry(s, start) or WORK_LABEL.search(line):
            continue  # a dated line is experience (or under its dates), a table row under its header holds its columns
        if CONTACT.search(line):
            parts = re.split(r"([|·•,;–—◆]|\s[-/]\s|\t)", line)
            lines[i] = "".join(_residence_part(p, found) for p in parts)
        else:
            lines[i] = _address_line(line, found)
    return "\n".join(lines)


FIELD_WORDS = rx(r"(?i)e-?mail|courriel|mail|t[ée]l(?:[ée]phone)?|phone|mobile|portable|gsm|fax|signature|"
                         r"signed|sign[ée]|date|linkedin|github|site|web|website|contact|adresse|address|page \d+(?:/\d+)?")


def _residence_part(part: str, found: list) -> str:
    """One part of a contact line: a town, a postcode or a street address, unless it is job vocabulary."""
    common = folded_words()
    if re.match(r"[^\w]*[^\W\d_][\w'. \-]{0,25}[:：][ \t]*(?:\[[A-Z ]+\][ \t]*)*$", part) or FIELD_WORDS.fullmatch(
            PLACEHOLDERS.sub("", part).strip(" \t:.")) or LABEL_ONLY.fullmatch(PLACEHOLDERS.sub("", part)):
        return part  # a field label beside its masked value ('Email: [EMAIL]', 'Tél. : [PHONE]', 'Signed')
    words = re.findall(r"[^\W\d_][\w'’\-]*", PLACEHOLDERS.sub("", part))
    counts = [max(common.get(fold(w), 0), common.get(fold(masculine(w.lower())), 0)) for w in words]
    vocab = any(n >= 25 or w[0].islower() and n >= 3 for w, n in zip(words, counts))
    place = words and words[0][0].isupper() and len(words) <= 4 and not vocab
    if not (place or POSTCODE.search(PLACEHOLDERS.sub("", part)) or ADDRESS_LINE.match(part)):
        return part
    found.append(("address", part.strip()))
    return re.sub(r"\S.*\S|\S", PLACEHOLDER["address"], part)


EMPLOYER_WORDS = rx(r"(?i)\b(?:employeur|employer|entreprise|company|soci[ée]t[ée]|client|agence|agency|"
                            r"établissement|site|lieu de travail|workplace)\b")


FAMILY_EMPLOYER = rx(r"(?i)family[ \t]+of|famille|employeu?r")  # 'the family of [NAME] (…)': where a nanny worked
ORG_ADDRESS = rx(r"^[ \t*•\-–]*(?=[^()\n]*[^\W\d_]{3})(?:[^()\[\]\n@]|\([^()\n]*\))+?\((?=[^()\n]*\d)[^()\n]*\)[ \t.;]*$")


def _address_line(line: str, found: list) -> str:
    """A contact-block line that carries a postcode, or starts like a street address ("074 Alex Stravenue",
    "Flat 3"), or holds a masked address beside a few capitalised words, is an address line: masked whole, town
    included, other placeholders kept. A line naming an employer ('Nom et adresse de l'employeur') is not."""
    rest = PLACEHOLDERS.sub(" ", line)
    beside = "[ADDRESS]" in line and len(rest.split()) <= 5 and bool(
        re.fullmatch(r"[\s,.\-()/]*(?:(?:[A-ZÀ-Þ][\w'’\-]*|\d+\w?)[\s,.\-()/]*)*", rest))
    if not (REAL_POSTCODE.search(rest) or ADDRESS_LINE.match(line) or LOWER_STREET.match(line) or beside) \
            or ONLY_PLACEHOLDERS.match(line):
        return line
    if "@" in line or EMPLOYER_WORDS.search(line) or ORG_ADDRESS.match(line) \
            or FAMILY_EMPLOYER.search(line) and ORG_ADDRESS.match(PLACEHOLDERS.sub("x", line)):
        return line  # (an organisation, then its address in brackets: where a job was, names being masked by now)
    kept = [p for p in PLACEHOLDERS.findall(line) if p != "[ADDRESS]"]
    found.append(("address", line.strip()))
    return " ".join(["[ADDRESS]", *kept])


# a date then a time, as forums and exports stamp a post ('2024.09.11. 21:16'), is no phone number
DATE_TIME = rx(r"(?:19|20)\d\d[./\-][ \t]?[01]?\d[./\-][ \t]?[0-3]?\d\.?(?:[ \t]+[0-2]?\d(?::[0-5]\d)?)?$")


# a demonym beside a masked nationality says the same ('[flag] Ivoirienne', 'Française / [NATIONALITY]')
# (after an image's alt text, past its path and attributes: '![Drapeau du Togo](media/image5.png){width="0.3in"} Togolais')
NEXT_TO_NATIONALITY = rx(rf"(?im)(?P<keep>\[NATIONALITY\](?:\]\([^)\n]{{0,200}}\)(?:\{{[^}}\n]{{0,80}}\}})?)?[^\w\n\[]{{0,30}}?)"
                                 rf"(?P<v>\b(?:{mk.DEMONYMS})(?:ne|e|s|es)?\b|(?<![가-힣])[가-힣]{{2,10}}(?=[ \t]*$))"
                                 rf"|(?P<v2>\b(?:{mk.DEMONYMS})(?:ne|e|s|es)?\b)(?=[ \t]*[/,&]?[ \t]*\[NATIONALITY\])")


def _phone(m: re.Match, found: list) -> str:
    """A phone number is 9 to 15 digits in groups; a run of years ("2016 - 2018 - 2020") is not one."""
    digits = sum(c.isdigit() for c in m.group(0))
    if not 9 <= digits <= 15 or YEARS.match(m.group(0).strip()) or DATE_TIME.match(m.group(0).strip()) \
            or re.search(r"\([ \t]*(?:19|20)\d\d[./]\d", m.group(0)) \
            or YEAR_RANGE.match(m.group(0).strip()):  # '2006-2007 (1 an 2 mois)': a job's years, then its length
        return m.group(0)
    found.append(("phone", m.group(0).strip()))
    return PLACEHOLDER["phone"]


def _category(m: re.Match) -> str:
    return next(k for k in LABELS if m.groupdict().get(k))


# a JSON or YAML CV (JSON Resume): 'name', 'location' and 'address' also name employers, schools and skills; they
# are the person's only outside the sections of a career
JOB_SECTION = rx(r"(?i)[\"']?\b(work|experiences?|education|volunteer|projects|skills|certificates|awards|interests|"
                         r"languages|publications|meta|employment|positions|jobs|formations?|comp[ée]tences|certifications)"
                         r"\b[\"']?[ \t]*:[ \t]*[\[{]?[ \t]*$", re.M)
PERSON_SECTION = rx(r"(?i)[\"']?\b(basics|personal|contact|identity|references|personal_?info|about)\b[\"']?[ \t]*:"
                            r"[ \t]*[\[{]?[ \t]*$", re.M)


@lru_cache(maxsize=8)
def _sections(text: str) -> tuple[list[int], list[int]]:
    """Where career sections and personal sections open (each found once per text: linear)."""
    return [m.start() for m in JOB_SECTION.finditer(text)], [m.start() for m in PERSON_SECTION.finditer(text)]


def _in_job_section(text: str, pos: int) -> bool:
    """A quoted key after a career section's opening and no personal section since ('work': [{'name': 'DPD'}])."""
    jobs, persons = _sections(text)
    job, person = bisect.bisect_left(jobs, pos), bisect.bisect_left(persons, pos)
    return job > 0 and (person == 0 or jobs[job - 1] > persons[person - 1])


JOB_PATH = rx(r"(?i)(?<![^\W\d_])(?:experiences?|exp[ée]riences?|jobs?|work|employments?|emplois?|postes?|positions?|"
                      r"education|formations?|schools?|careers?|history|historique|missions?|경력|학력)(?![^\W\d_])[^\n]{0,40}$")


def _line_around(s: str, start: int, end: int, side: int = 160) -> tuple[str, str]:
    """The text before and after a span on its own line, ``side`` characters each way at most (linear on long lines)."""
    lo = s.rfind("\n", max(0, start - side), start) + 1 or max(0, start - side)
    hi = s.find("\n", end, end + side)
    return s[lo:start], s[end:hi if hi >= 0 else min(len(s), end + side)]


# its clause goes on to say one worked there ('해남 옥천면 롯데글로벌로지스에서 물류센터 입출고 담당로 일하며')
KO_WORK_CLAUSE = rx(r"[^.!?\n,]{0,25}?(?:에서|에)[ \t][^.!?\n,]{0,40}?(?:근무|일했|일하|일한|재직|근로)")
KO_SIGNED_AT = rx(r"(?:19|20)\d\d[ \t]*년[ \t]*\d{1,2}[ \t]*월[ \t]*\d{1,2}[ \t]*일[ \t]*$")  # a letter's date, then where
SENTENCE_END = rx(r"(?<=[.!?。])[ \t]+")  # where a sentence ends on a line (not '2010.06', '3.5')


def _home_address(s: str, m: re.Match) -> bool:
    """A Korean town and district is the candidate's home unless it is where a dated job was ('…– CJ대한통운, 음성 대소면')."""
    if not HANGUL.match(m.group(0)):
        return True
    before, after = _line_around(s, m.start(), m.end())
    line = before + m.group(0) + after
    if in_job_brackets(before, after):
        return False
    if KO_HOME_BEFORE.search(before[-16:]) or KO_HOME_AFTER.match(after) or re.search(r"출생|태생|년생|born|n[ée]e? ", line):
        return True  # '주소: 창녕 창녕읍', '음성 대소면에 살고', '1985년생, 창녕 창녕읍'
    head, tail = SENTENCE_END.split(before)[-1], SENTENCE_END.split(after)[0]
    clause = head + m.group(0) + tail  # the sentence it is in: a job's dates in the next one say nothing of it
    if KO_HOME_AFTER.search(tail[:60]) or "[BIRTH DATE]" in head[-16:] or "태어" in tail[:30] \
            or KO_SIGNED_AT.search(head) and re.match(r"(?:[ \t]+[가-힣]{1,5}(?:시|군|구|읍|면|동|리))*[ \t]*에서[ \t]*$", after):
        return True  # '저는 … 온정로 93, 가야휴먼시아 107동 701호에 살고 있습니다', '2026년 11월 9일 창녕군 영산면에서' (signed)
    if re.search(r"주소|거주|자택|사는[ \t]?곳", head):
        return True  # '현재 주소는 경상남도 … 온정로 25': the sentence says whose it is
    if any(c.isdigit() for c in m.group(0)):  # a road address: a home unless its clause, row, label or entry says a job
        return not (JOB_DATES.search(clause) or KO_JOB_TIME.search(clause) or _job_row(line)
                    or KO_WORKED_AFTER.match(after) or KO_WORK_CLAUSE.match(tail) or WORK_LABEL.search(_own_item(before))
                    or _in_entry(s, m.start() - len(before)))  # ('2000.09 ~ 2023.08 | 생산직 | 공장 | … 세종대로 229')
    if KO_INSTITUTION_AFTER.match(after) or WORK_LABEL.search(_own_item(before)):
        return False  # '동두천시 생연동 구립어린이집': an institution named after its town, where a job was
    if before.rstrip().endswith("(") and not re.search(r"(?:니다|요|구직|희망|거주)[ \t]*\($", before.rstrip()) \
            or KO_WORKED_AFTER.match(after) or KO_WORK_CLAUSE.match(tail) or KO_JOB_TIME.search(clause) \
            or JOB_DATES.search(clause) \
            or re.search(r"\([^()\n]{1,30}$", before) and KO_JOB_SPAN.search(clause):
        # (the last: in the brackets of a line that gives a job's length: '지게차 2년 (쿠팡 김포 대곶면)')
        return False  # '형제수산 (진도 군내면)', '장흥 관산읍 GS건설에서 근무', '2023년 김장철 – 형제수산, 고흥 도양읍'
    return True


# where a past job was: an organisation's address in the brackets after its name ('Little Acorns Day Nursery (30 Chapel
# Street, …)', 'EHPAD Sainte-Anne (12 rue …)'), or on a dated experience line ('depuis 2020 : Agente - Employeur, 49 rue
# des Écoles, …', 'since 2017: Senior Carer, Sue Ryder, 29 Hospital Lane, …'); never after a home's label or a name
HOME_CUE = rx(r"(?i)adresse|address|\bdomicile[ \t]*[:：]|domicili[ée]|\bhome[ \t]*[:：]|habite|\blives?\b|living|r[ée]sid|demeurant|domicili|coordonn|"
                      r"postal|contact|\bmy\b|\bmon\b|\bma\b|chez[ \t]+moi|\bi\b|\bje\b|j['’]|\[(?:NAME|PHONE|EMAIL)\]|" + EMAIL_AT)
# a job's dates: 'depuis 2012', or a span in any format ('2015-2019', 'Nov 2021 - Jul 2025', '05/1994 – 12/2003',
# '1983 → 1993', 'mars 2012 – présent', '2019.03 ~ 현재')
JOB_LINE = rx(r"(?i)(?:^|[^\w])(?:depuis|since|from|de|du)[ \t]+(?:\d{1,2}[/.])?(?:19|20)\d\d\b|"
                      r"(?:\b(?:\d{1,2}[/.]|[a-zéû]{3,9}\.?[ \t]+))?(?<!\d)(?:19|20)\d\d[ \t]*(?:[-–—~→/]|à|to|au|until)[ \t]*"
                      r"(?:(?:\d{1,2}[/.]|[a-zéû]{3,9}\.?[ \t]+)?(?:19|20)\d\d|present|now|current|today|aujourd|pr[ée]sent|현재)")


# a place of work, study or training named by its label or its kind ('Employer's address:', 'Établissement :',
# 'Site:', 'Lieu de mission :', 'Agence Proman, 148 place …', 'CFA de la Meuse, …', '근무지'): its address is a job fact
WORK_LABEL = rx(
    r"(?i)\b(?:employer|company|site|work(?:place)?|agency|branch|client|office|school|college|business|depot|"
    r"warehouse|store|plant|training[ \t]+centre)(?:['’]s)?[ \t]+(?:postal[ \t]+)?address"
    r"|\badresse[ \t]+(?:de[ \t]+l['’][ \t]*|du[ \t]+|de[ \t]+la[ \t]+|d['’][ \t]*)(?:employeur|entreprise|soci[ée]t[ée]|site|"
    r"agence|[ée]tablissement|[ée]cole|lieu[ \t]+de[ \t]+(?:travail|mission|formation|stage)|client|chantier|mission|"
    r"structure|d[ée]p[ôo]t|magasin|usine|organisme|h[ôo]tel|restaurant)"
    r"|^[^\w\n]*(?:employeur|employer|entreprise|company|soci[ée]t[ée]|[ée]tablissement|[ée]cole|school|site|agence|"
    r"agency|branch|client|lieu[ \t]+de[ \t]+(?:travail|mission|formation|stage)|workplace|place[ \t]+of[ \t]+work|"
    r"centre[ \t]+de[ \t]+formation|organisme(?:[ \t]+de[ \t]+formation)?|d[ée]p[ôo]t|depot|chantier)[ \t]*[:：]"
    r"|^[^\w\n]*(?:agence|agency|entreprise|soci[ée]t[ée]|usine|entrep[ôo]t|plate-?forme|centre|cfa|lyc[ée]e|[ée]cole|"
    r"coll[èe]ge|school|college|ehpad|h[ôo]tel|restaurant|magasin|d[ée]p[ôo]t|depot|warehouse)\b[^,:\n]{1,60},[ \t]*$"
    r"|근무지|근무[ \t]*장소|회사[ \t]*주소|직장[ \t]*주소|사업장|(?:훈련|교육)[ \t]*기관|siège", re.M)


# a clause saying where one worked, no home said after it ('… et j'ai travaillé comme cariste chez X, ', 'I worked
# at Y, '): the address that follows is the job's
WORK_BEFORE = rx(r"(?i)(?:\btravaill[ée]e?s?|\bworked|\bemploy[ée]e?|\ben[ \t]+poste|\bj['’]ai[ \t]+(?:fait|effectu[ée])|"
                         r"\bmissions?)\b(?:(?!habit|r[ée]sid|domicili|\blive|\bliving|\bhome|\bmoved|d[ée]m[ée]nag)[^.;\n]){0,120}"
                         r"(?:\bchez|\bat|\bfor|\bpour|\bau|\bà)\b[^.;\n]{0,80}$")


ITEM_SEPARATOR = rx(r"[•|;·]")  # one line's items: a profile in one line gives dates and a home apart


def _own_item(before: str) -> str:
    """The text before a match within its own item of the line."""
    return ITEM_SEPARATOR.split(before)[-1]


def _workplace(s: str, m: re.Match, names: set[str]) -> bool:
    """A street address where a past job was (see JOB_LINE and the bracket after an organisation), not a home; in its
    own clause (a profile in one line of '•' items gives dates and a home apart). Hangul: see _home_address."""
    if HANGUL.match(m.group(0)):
        return False
    line_before, line_after = _line_around(s, m.start(), m.end())
    before, after = _own_item(line_before), ITEM_SEPARATOR.split(line_after)[0]
    if WORK_LABEL.search(before) and not re.search(r"(?i)\b(?:home|domicile|personal|personnelle|perso)\b", before) \
            or WORK_BEFORE.search(before):
        return True
    if HOME_CUE.search(before) or any(w in before for w in names if len(w) > 2) \
            and not re.search(r"(?i)family[ \t]+of|famille|employeu?r", before):  # a private employer's home: a workplace
        return False
    head = before.rstrip()
    return head.endswith("(") and bool(re.search(r"[^\W\d_]{3}", head)) \
        or bool(JOB_LINE.search(before + " " + after)) \
        or _job_row(line_before + line_after) or _in_entry(s, m.start() - len(line_before))


def _job_row(line: str) -> bool:
    """A table row of a job ('2015-2019 | Support Worker | Carers Trust | Unit 12, Mill Lane'): its dates in another
    cell, no home in any."""
    return line.count("|") >= 2 and bool(JOB_LINE.search(line)) and not HOME_CUE.search(line)


def _in_entry(s: str, line_start: int) -> bool:
    """A line of a job's entry: a line of its paragraph gives the job's dates, up to 3 lines above ('05/2019 - 2022'
    / 'Cariste, Entrepôt X' / '12 rue …' / '52130 Wassy'), or 2 below when the line above is the job's own
    ('✔ Cariste @ Entrepôt X' / '📍 12 rue …' / '05/2019 - 2022'); no line between says home, contact or a name."""
    end = s.find("\n", line_start, line_start + 2000)  # (windows, never the whole text: linear on long lines)
    lines_below = s[end + 1:end + 400].split("\n")[:2] if end >= 0 else []
    below = lines_below[0] if lines_below else ""
    head = s[:line_start] if line_start < 400 else ""  # (a header's lines: the text's first; never copied whole)
    if BESIDE_CONTACT.search(below) or head and head.count("\n") <= 2 and "\n\n" not in head \
            and not CAREER_HEADING.search(head):
        return False  # a header's line, or one beside the contact lines: the candidate's ('Cariste depuis 2015' above)
    lines_above = s[max(0, line_start - 600):line_start].split("\n")[:-1][::-1][:3]
    if _dated_in(lines_above):
        return True
    title = lines_above[0] if lines_above else ""
    return bool(re.search(r"[ \t](?:@|chez|at|for|pour|[–—|])[ \t]|^[ \t]*[✔✓☑•▪▸►\-–*]", title)) \
        and not _stops(title) and bool(s[max(0, line_start - len(title) - 200):max(0, line_start - len(title) - 1)].strip()) \
        and _dated_in(lines_below, SPAN)  # (below: a job's span, not 'disponible depuis 2020')


def _dated_in(lines: list[str], dates: re.Pattern | None = None) -> bool:
    """Whether one of these lines (nearest first) gives a job's dates (``dates``: only these) before a blank line or
    a line that says home, contact or a name."""
    for line in lines:
        if _stops(line):
            return False
        if dates.search(line) if dates is not None else JOB_LINE.search(line) or JOB_DATES.search(line):
            return True  # ('2012.11 ~ 2023.04' too)
    return False


CAREER_HEADING = rx(r"(?i)exp[ée]riences?|employment|work[ \t]+history|career|missions|parcours|emplois?|경력")
BESIDE_CONTACT = rx(r"\[(?:PHONE|EMAIL|PROFILE)\]|@[\w-]+\.\w")  # a contact line, masked by now or not
# a job's span, from a year to a year or to now ('09/2023 - aujourd'hui', 'avril 2025 – octobre 2026', '2019.03 ~ 현재')
SPAN = rx(r"(?i)(?<!\d)(?:19|20)\d\d(?:[./]\d{1,2})?[ \t]*(?:[-–—~→/]|à|to|au|until)[ \t]*(?:(?:\d{1,2}[/.]|"
                  r"[a-zéû]{3,9}\.?[ \t]+)?(?:19|20)\d\d|present|now|current|today|aujourd|pr[ée]sent|현재|재직)")


def _stops(line: str) -> bool:
    """A line that ends a job's entry: blank, or saying home, contact or a name."""
    line = line.replace(" @ ", " ")  # ('Cariste @ Stef': an app's 'title @ employer', no e-mail)
    return not line.strip() or bool(HOME_CUE.search(line) or BESIDE_CONTACT.search(line))  # (contacts masked by now:
    # a raw run of digits is a job's dates, '05/1994 – 12/2003 (9 ans 7 mois)')


# a Korean address's middle part left between two masked parts ('[ADDRESS] 보성읍 [ADDRESS]'): one address
KO_ADDRESS_GAP = rx(r"\[ADDRESS\](?:[ \t]+[가-힣]{1,6}(?:시|군|구|읍|면|동|리|로|길))+[ \t]+\[ADDRESS\]")
# the smaller units left after a masked Korean address ('[ADDRESS] 영산면에서': the town of the same address)
KO_UNITS_AFTER = rx(r"\[ADDRESS\](?:[ \t]+[가-힣]{1,2}(?:읍|면|리))+(?=에서|에[ \t]|[^가-힣]|$)")  # (not '마켓컬리')
KO_INSTITUTION_AFTER = rx(r"[ \t]*[가-힣]{0,8}(?:어린이집|유치원|복지관|요양원|요양병원|병원|의원|보건소|센터|학교|"
                                  r"주민센터|행정복지센터|시청|구청|군청|도서관|경로당|공장|물류센터|마트|시장)(?![가-힣])")
KO_HOME_BEFORE = rx(r"(?:주소|거주지|거주|자택|현[ \t]?주소|사는[ \t]?곳|본적)[ \t]*[:：]?[ \t]*$")
KO_HOME_AFTER = rx(r"[ \t]*(?:에[ \t]?)?(?:거주|살고|살며|삽니다|살아요|사는|자택)")
KO_WORKED_AFTER = rx(r"[ \t]*[\w&]{0,20}?[ \t]?(?:에서|에)[ \t]?(?:근무|일했|일하|재직|근로)")
# a job's time on the line: a season, a month or a range after a year ('2023년 김장철', '2024년 여름 성수기', '2023.09')
KO_JOB_TIME = rx(r"(?<!\d)(?:19|20)\d\d(?:[ \t]*년[ \t]*(?:\d{1,2}[ \t]*월|여름|겨울|봄|가을|[가-힣]{0,4}(?:시즌|성수기|철|기간))"
                         r"|[./]\d{1,2}(?![\d.])|[ \t]*[~–—\-])")  # '2023.09', not a message's stamp '2024. 9. 16.'


KO_JOB_SPAN = rx(r"(?<!\d)\d{1,2}[ \t]*(?:년차|년(?!생|도)|개월)|경력")  # '2년', '11년차', '6개월'; not '89년생'
JOB_DATES = rx(r"(?<!\d)(?:19|20)\d\d(?:[./]\d{1,2})?\.?[ \t]*[~–—\-][ \t]*(?:(?:19|20)\d\d|현재|재직|present|now|aujourd)")


def _labelled(m: re.Match, found: list) -> str:
    category = _category(m)
    line_start = m.string.rfind("\n", 0, m.start()) + 1
    if category == "address" and JOB_PATH.search(m.string[line_start:m.start()]):
        return m.group(0)  # 'worker.experience[0].city=…': where a job was, not where the candidate lives
    if category == "address" and WORK_LABEL.search(m.string[line_start:m.end("label")]):
        return m.group(0)  # "Employer's address:", 'Adresse de l'agence :': a place of work
    if category in ("name", "address") and re.search(r"[\"']", m.group("label")) and _in_job_section(m.string, m.start()):
        return m.group(0)
    value, kept = m.group("value"), ""
    if category in ("health", "religion", "family", "address") and mk.is_language(value):
        return m.group(0)  # 'RQTH – Occitan (notions)': a list's next item, a language, under no such label
    if category == "name" and ANSWER.fullmatch(value.strip()):
        return m.group(0)  # 'Licence holder: yes': a form's answer, no name
    fields = list(NEXT_FIELD.finditer(value)) if len(value) > 12 else []
    if fields and value[:fields[0].start()].strip():  # a run-on line: the next fields are masked by their own labels
        head = value[:fields[0].start()]
        value = head.rstrip()
        kept = head[len(value):] + _run_on(m.group("value"), fields, found)
    if category == "name" and (aside := NAME_ASIDE.search(value)):
        value, kept = value[:aside.start()], value[aside.start():] + kept  # 'X (cariste, 10 ans)': the job stays
    found.append((category, value.strip()))
    return m.group("label") + _placeholder(category) + kept


# a form's question and its answer on one line ('Q: Date of birth? A: 14/06/02', 'Q : Nationalité ? R : …'): the
# answer is a field's value when the question holds a field's label
QA_FIELD = rx(r"(?im)^(?P<q>[ \t>*•\-]*Q[ \t]*[:.)][ \t]*(?P<question>[^\n?]{2,80})\?[ \t]*[AR][ \t]*[:.)][ \t]*)"
                      r"(?P<value>[^\n]*[^\n \t])")


@lru_cache(maxsize=1)
def _question_labels() -> re.Pattern:
    return rx(r"(?i)(?<![\w])(?:" + "|".join(f"(?P<{k}>{v})" for k, v in LABELS.items() if k != "name") + r")(?![\w])")


def _answer(m: re.Match, found: list) -> str:
    """The answer masked as its question's label says (a question with no label: the line as it is)."""
    label = _question_labels().search(m.group("question"))
    if not label or ANSWER.fullmatch(m.group("value").strip()) or m.group("value").startswith("["):
        return m.group(0)
    return m.group("q") + _found(found, next(k for k, v in label.groupdict().items() if v), m.group("value"))


def _run_on(value: str, fields: list[re.Match], found: list) -> str:
    """The fields after the first one of a run-on line ('… Nationalité : française Religion : catholique'), each value
    masked as its own label says, read in one pass (recursing once per field crashed on a line of ~330 fields, measured)."""
    out = []
    for label, after in zip(fields, [*fields[1:], None]):
        segment = value[label.end():after.start() if after else len(value)]
        text = segment.rstrip()
        out.append(label.group(0) + (_found(found, _category(label), text) if text.strip() else "") + segment[len(text):])
    return "".join(out)


# what a name's field adds about the person's work, in brackets: a comma or a number in them ('(화물차 운전원, 경력
# 3년차)', '(cariste, 10 ans)'); a bracket with a name alone ('(née Dupont)', '(ბაკურაძე)') is the name
NAME_ASIDE = rx(r"[ \t]+\((?=[^()\n]*[,\d])[^()\n]*\)?[^\w\n]*$")


EUROPASS_NAME = rx(r"(?im)^(?P<label>[ \t]*(?:nom\(s\)[ \t]*/[ \t]*pr[ée]nom\(s\)|surname\(s\)[ \t]*/[ \t]*"
                           r"first[ \t]name\(s\)|first[ \t]name\(s\)[ \t]*/[ \t]*surname\(s\))[ \t]+)(?P<value>\S[^\n]*)$")


# the next cell of a birth date is where ('Né(e) le : … | à : Kampot (Cambodge)', '… | place: Udine', a column away)
BIRTHPLACE_CELL = rx(r"(?im)(?P<label>\[BIRTH DATE\](?:[ \t]*[|·•;\t,]|[ \t]{3,})[ \t]*(?:à|a|at|in|lieu|place)[ \t]*[:：][ \t]*)"
                             r"(?P<value>[^\n|·•;\t]*[^\n|·•;\t ])")


RECORD_NAME = rx(r"(?i)^[ \t]*(?:FieldNameAlt|FieldName|field[ _]?name|label|key)[ \t]*[:=][ \t]*(.+?)[ \t]*$")
RECORD_VALUE = rx(r"(?i)^([ \t]*(?:FieldValue|field[ _]?value|value)[ \t]*[:=][ \t]*)(.*\S)[ \t]*$")


def _field_records(s: str, found: list) -> str:
    """Form fields dumped as records (pdftk's 'FieldNameAlt: Date de naissance' … 'FieldValue: 12/03/1987'): a value
    is masked by what its record's name says, as if it were written 'Date de naissance : 12/03/1987'."""
    if "FieldValue" not in s and not re.search(r"(?im)^[ \t]*value[ \t]*[:=]", s):
        return s
    lines, names = s.split("\n"), []
    for i, line in enumerate(lines):
        if line.strip() in ("---", "") and not names:
            continue
        if m := RECORD_NAME.match(line):
            names.append(m.group(1).replace("_", " "))
            continue
        if (v := RECORD_VALUE.match(line)) and names:
            category = next((k for n in reversed(names) if (k := field_kind(n))), None)
            if category and not PLACEHOLDERS.fullmatch(v.group(2).strip()):
                lines[i] = v.group(1) + _found(found, category, v.group(2))
            names = []
        elif line.strip() == "---":
            names = []
    return "\n".join(lines)


def _birthplace(m: re.Match, found: list) -> str:
    found.append(("birth", m.group("value").strip()))
    return m.group("label") + PLACEHOLDER["birth"]


def _europass(m: re.Match, found: list) -> str:
    """Europass writes 'Nom(s) / Prénom(s) Koné Boubacar' with a space only after its label."""
    found.append(("name", m.group("value").strip()))
    return m.group("label") + PLACEHOLDER["name"]


HEADER_CELL = rx(r"(?i)^[ \t\"']*(?:" + _LABEL + r"|e-?mail|courriel|t[ée]l[ée]?phone|phone|mobile|portable|"
                         r"code postal|cp|ville|city|town|birth|naissance|(?:date|jour)[ _]?(?:de[ _])?naissance|"
                         r"date[ _]of[ _]birth|birth[ _]?date|dob|ddn|성|성명|이름|성별|nom[ _]de[ _]famille)[ \t\"']*$")


def _table_columns(text: str, found: list) -> tuple[str, set[int]]:
    """A table flattened to lines ('nom;prénom;âge;ville;poste' then one line per candidate): the cells under a
    protected header are masked, whatever their position; the other columns (poste, employeur, lieu…) stay, and the
    rows' numbers are returned so that no later rule reads their job cells as towns."""
    lines, rows = text.split("\n"), set()
    for i, line in enumerate(lines[:-1]):
        sep = next((c for c in (";", "\t", "|", ",") if line.count(c) >= 2), None)
        if sep is None or i in rows:
            continue  # a row already read under a header is no header: each line is read once (linear)
        header = [h.strip() for h in _cells(line, sep)]
        cats = [_cell_category(h) for h in header]
        if sum(c is not None for c in cats) < 2:
            continue
        if _label_value_row(header, cats):  # 'Sexe | Féminin | Né(e) le | 20 décembre 1995': a form's row, no header
            lines[i] = _label_values(line, sep, cats, found)
            continue
        for j in range(i + 1, len(lines)):
            cells = _cells(lines[j], sep)
            if len(cells) != len(header) or not lines[j].strip():
                break  # a row must line up with its header, cell for cell
            for n, cat in enumerate(cats[:len(cells)]):
                if cat and cells[n].strip(" \t\"'"):
                    found.append((cat, cells[n].strip()))
                    cells[n] = re.sub(r"\S.*\S|\S", _placeholder(cat), cells[n])
            lines[j] = _joined(cells, sep, quoted='"' in lines[j])
            rows.add(j)
    return "\n".join(lines), rows


def _label_value_row(cells: list[str], cats: list[str | None]) -> bool:
    """A flattened form's row: a label cell, its value, a label cell, its value… (the values are no labels)."""
    labels = [n for n, c in enumerate(cats) if c is not None]
    return all(n % 2 == labels[0] % 2 and n + 1 < len(cells) and cats[n + 1] is None and cells[n + 1]
               for n in labels)


def _label_values(line: str, sep: str, cats: list[str | None], found: list) -> str:
    """The row with the cell after each label cell masked by what its label says."""
    cells = _cells(line, sep)
    for n, cat in enumerate(cats[:-1]):
        if cat and cells[n + 1].strip(" \t\"'"):
            found.append((cat, cells[n + 1].strip()))
            cells[n + 1] = re.sub(r"\S.*\S|\S", _placeholder(cat), cells[n + 1])
    return _joined(cells, sep, quoted='"' in line)


def _cells(line: str, sep: str) -> list[str]:
    """A row's cells; quoted cells may hold the separator ('…;"Mme; 26 ans; mariée"'), as CSV exports write them."""
    if '"' not in line or sep in "|":
        return line.split(sep)
    try:
        return next(csv.reader([line], delimiter=sep, quotechar='"', skipinitialspace=False))
    except (csv.Error, StopIteration):
        return line.split(sep)


def _joined(cells: list[str], sep: str, quoted: bool) -> str:
    """A row written back, quoted where a cell holds the separator (as it was read)."""
    if not quoted:
        return sep.join(cells)
    out = io.StringIO()
    csv.writer(out, delimiter=sep, quotechar='"', lineterminator="").writerow(cells)
    return out.getvalue()


def _cell_category(header: str) -> str | None:
    """The protected field a column header names ('nom' -> name, 'ville' -> address, 'e-mail' -> email)."""
    if not HEADER_CELL.match(header):
        return None
    low = fold(header.strip(" \t\"'"))
    if re.fullmatch(r"e-?mail|courriel", low):
        return "email"
    if re.fullmatch(r"t[e]l[e]?phone|phone|mobile|portable", low):
        return "phone"
    if low in ("cp", "code postal", "ville", "city", "town"):
        return "address"
    if low in ("birth", "naissance") or re.fullmatch(r"(?:date|jour)[ _]?(?:de[ _])?naissance|birth[ _]?date|"
                                                     r"date[ _]of[ _]birth|ddn|dob", low):
        return "birth"
    if low in ("성", "성명", "이름", "성별") or re.fullmatch(r"(?:nom|name)[ _]?(?:de[ _])?(?:famille|family|usage)?", low):
        return "sex" if low == "성별" else "name"
    m = re.match(r"(?i)(?:" + _LABEL + r")$", header.strip(" \t\"'"))
    return _category(m) if m else None


def _relative(line: str, found: list) -> str:
    """A row of a Korean family table ('부 | 박영호 | 84 | 무직'): family situation, names and ages of relatives."""
    if not mk.KO_RELATIVES.match(line):
        return line
    found.append(("family", line.strip()))
    return PLACEHOLDER["family"]


ICONS = icons.ICON
ICON_HINT = rx(rf"[{icons.PUA}{icons._EMOJI}]|\(cid:\d|\b(?:{'|'.join(icons.LIGATURES)})\b")  # (speed)
BIRTH_DATE_ALONE = rx(rf"(?i)(?:{mk.DATE})")
SEX_WORD = rx(r"(?i)(?:femme|homme|female|male|woman|man|f[ée]minin|masculin|f|m|h|여성|남성|여자|남자|여|남)\.?")


# a town alone after a masked birth date at its line's end, as a chat answer lists one's details ('[SEX] [BIRTH DATE]
# Karakol'): the birthplace, when the town list holds it
BIRTH_TOWN_ALONE = rx(r"(?m)(?<=\[BIRTH DATE\])[ \t,]+(?P<t>[A-Z][a-z]+(?:[ \t\-][A-Z][a-z]+)?)(?=[ \t]*$)")


def _birth_town(m: re.Match, found: list) -> str:
    """The town after a masked birth date, when it is a town and no common word ('[BIRTH DATE] Cariste' stays)."""
    town = m.group("t")
    if not _known_town(town, 3):
        return m.group(0)
    return m.group(0)[:m.start("t") - m.start()] + _found(found, "birth", town)


# a full date right after a masked sex, as a chat answer lists one's details ('여자 2001.12.20 Karakol', 'F 03/04/1991')
DATE_AFTER_SEX = rx(r"(?<=\[SEX\][ \t])(?:(?:19|20)\d\d[./\-][ \t]?\d{1,2}[./\-][ \t]?\d{1,2}|\d{1,2}[./\-]\d{1,2}[./\-](?:19|20)\d\d)"
                    r"(?![\d./\-])(?![ \t]*(?:[-–~]|au|à|to)[ \t]*\d)")
# an age in a note's shorthand beside the birth it comes from ('20a (née en 2006)', '48a, [NAME]'): not '2a' alone
AGE_SHORT = rx(r"(?<![\w/.])(?:1[6-9]|[2-7]\d)[ \t]?(?:a|A|yo|y/o|ans)(?![\w/])(?=[ \t]*,?[ \t]*\(?[ \t]*\[BIRTH DATE\])"
                       r"|(?<=\[NAME\],[ \t])(?:1[6-9]|[2-7]\d)[ \t]?(?:a|yo|y/o)(?![\w/])")
# a Korean town alone on its line ('예천읍', '조천읍'; a form's value read under its box): a home, unless a job's entry
KO_TOWN_LINE = rx(r"(?m)^[ \t]*(?:[가-힣]{1,5}[ \t]+)?[가-힣]{2,4}(?:읍|면)[ \t]*$")  # (not 도면, 화면)


def _ko_town_line(m: re.Match, found: list) -> str:
    """:data:`KO_TOWN_LINE` masked as an address unless the lines around it say a job (dates, a work label above)."""
    start = m.start() + len(m.group(0)) - len(m.group(0).lstrip())
    above = m.string[m.string.rfind("\n", 0, max(0, m.start() - 1)) + 1:max(0, m.start() - 1)]
    if _in_entry(m.string, m.start()) or WORK_LABEL.search(above) or JOB_LINE.search(above):
        return m.group(0)
    found.append(("address", m.group(0).strip()))
    return m.group(0)[:start - m.start()] + PLACEHOLDER["address"]


KO_YOUTH = rx(r"(?<![가-힣])청년(?=[ \t]?(?:구직자|지원자|입니다|으로서|이며|층|인턴))")  # 'youth': an age band
KO_BORN_HINT = rx(r"태어|출생|출신|태생")


def _ko_born(m: re.Match, found: list) -> str:
    """A Korean sentence's birth date and birthplace ('1973년 6월 9일 가회면에서 태어난', '약산면 출신'), each masked."""
    out = m.group(0)
    for group in ("d", "p", "q"):
        if m.group(group):
            found.append(("birth", m.group(group)))
            out = out.replace(m.group(group), PLACEHOLDER["birth"], 1)
    return out


def _icon_field(m: re.Match, found: list) -> str:
    """An icon's value masked as what the icon says (blind.icons), or, for an icon of unknown meaning, as what the
    value is (a date alone, a demonym or country, a religion, a health condition, a sex); a place of work stays
    (a pin under a job's line, a town on a dated line)."""
    value, line_start = m.group("value"), m.string.rfind("\n", 0, m.start()) + 1
    kind = _icon_kind(icons.kind_of(m.group("icon")), value)
    if m.group("icon") in icons.LIGATURES and re.match(r"[a-z]+ (?! )", m.string[m.start("icon"):m.start("value")]) \
            and kind != _confirmed(kind, value):
        return m.group(0)  # an icon's word one space before its value is also a word: 'mosque car park at Eid', not a field
    line_end = m.string.find("\n", m.end())
    line = m.string[line_start:line_end if line_end >= 0 else len(m.string)]
    if kind is None or kind == "address" and (JOB_LINE.search(line) or _in_entry(m.string, line_start)) \
            or value.startswith("[") or kind == "nationality" and icons.kind_of(m.group("icon")) is None \
            and SPOKEN.match(mk.bare(value)) and _in_languages(m.string, line_start):
        return m.group(0)  # (a language's name in a list of languages, after a bullet of unknown meaning)
    found.append((kind, value))
    return m.group(0)[:m.start("value") - m.start()] + PLACEHOLDER[kind]


SPOKEN = rx(r"(?i)(?:fran[çc]ais|anglais|espagnol|allemand|italien|portugais|arabe|chinois|japonais|russe|turc|"
                    r"polonais|roumain|n[ée]erlandais|grec|cor[ée]en|vietnamien|tha[iï]|english|french|spanish|german|"
                    r"italian|portuguese|arabic|chinese|japanese|russian|turkish|polish|romanian|dutch|greek|korean|"
                    r"vietnamese|thai)s?$")  # a language's name, which a demonym may also be ('Française' is none)
LANGUAGE_LEVEL = rx(r"(?i)\b(?:[ABC][12]|courant|fluent|native|natif|native|maternelle|bilingue|notions?|"
                            r"interm[ée]diaire|intermediate|basic|d[ée]butant|beginner|advanced|avanc[ée]|bon[ \t]+niveau|"
                            r"mother[ \t]+tongue|TOEIC|TOEFL|IELTS|DELF|DALF|TOPIK)\b|[●○⬤◯■□★☆█░]{3,}")


def _confirmed(kind: str | None, value: str) -> str | None:
    """``kind`` when the value alone reads as one ('musulmane' a religion, 'Lamastre' a place), else None."""
    if kind in ("address",):
        return kind if re.fullmatch(r"(?:[A-ZÀ-Þ0-9][\w'’.\-]*|de|du|des|la|le|les|sur|en)(?:[ ,\t]+(?:[A-ZÀ-Þ0-9(][\w'’.\-)]*|"
                                    r"de|du|des|la|le|les|sur|en))*", value) else None
    if kind in ("profile", "sex", "age"):
        return kind  # (already read from the value: a page's address, a sex word, an age)
    if kind == "nationality" and value.split() and mk.DEMONYM.match(mk.bare(value).split()[0].strip(",.;")):
        return kind  # 'flag Français': the flag says it is no language
    return kind if _icon_kind(None, value) == kind else None


def _icon_kind(kind: str | None, value: str) -> str | None:
    """The family of an icon's value: the icon's own, narrowed by the value where the icon says little ('person':
    a sex or nothing, names being found by their own rules; 'web': a personal page's address)."""
    words = mk.bare(value).split()
    if kind == "spoken" or LANGUAGE_LEVEL.search(value):
        return None  # 'Allemand (B1)', 'Turkish (fluent)': a language and its level, a job fact
    if kind == "person":
        return "sex" if SEX_WORD.fullmatch(mk.bare(value)) else None
    if kind == "web":
        return "profile" if re.fullmatch(r"(?:https?://)?[\w\-]+(?:\.[\w\-]+)+(?:/\S*)?", value) else None
    if kind == "birth" and re.fullmatch(r"(?i)(?:만[ \t]*)?\d{1,2}[ \t]*(?:ans|years?(?:[ \t]+old)?|y/?o|세|살)", value):
        return "age"  # 'cake 21 ans'
    if kind is not None:
        return kind
    if BIRTH_DATE_ALONE.fullmatch(value.strip(" .,")) and re.search(r"(?:19|20)\d\d|\d{1,2}[/.]\d{1,2}[/.]\d{2}$", value):
        return "birth"
    if words and len(words) <= 2 and (mk.DEMONYM.match(words[0].strip(",.;")) or mk.korean_origin().fullmatch(value)):
        return "nationality"
    if mk.is_religion_line(value):
        return "religion"
    if SEX_WORD.fullmatch(mk.bare(value)) and len(value) > 1:
        return "sex"
    health = mk.HEALTH.search(value)
    return "health" if health and mk.is_health(value, health) else None


def _label_above(s: str, found: list) -> str:
    """A label alone on its line (Europass: 'Date of birth' then the date below): the short next line is its value."""
    lines = s.split("\n")
    for i, line in enumerate(lines[:-1]):
        m = LABEL_ALONE.match(line)
        if not m:
            continue
        j = next((j for j in range(i + 1, min(i + 3, len(lines))) if lines[j].strip()), None)
        if j is not None and len(lines[j].split()) <= 8 and not LABEL_ALONE.match(lines[j]) \
                and not PLACEHOLDERS.search(lines[j]) and heading_of(lines[j]) is None:
            category = _category(m)
            found.append((category, lines[j].strip()))
            lines[i], lines[j] = f"{line.rstrip()} {PLACEHOLDER[category] or '[SEX]'}", ""
    return "\n".join(lines)


VCARD = rx(r"(?m)^(?:FN|N)(?:;[^:\n]*)?:([^\n]+)$")  # a vCard (QR codes on CVs): 'FN:Armine Boyadjian'


def _labelled_names(text: str) -> set[str]:
    """Words of labelled name fields ('Nom : Dupont', 'Name | Marie Dupont', 'Prénom' above 'Marie')."""
    words: set[str] = set()
    inline = INLINE.finditer(text) if prefilter.may_match(INLINE, _lowered(text)) else ()  # (speed: rarely there)
    values = [m.group("value") for m in (*_labelled_fields(text), *inline) if m.group("name")
              and not ANSWER.fullmatch(m.group("value").strip())
              and not (re.search(r"[\"']", m.group("label")) and _in_job_section(text, m.start()))]
    values += [v.replace(";", " ") for v in VCARD.findall(text)]
    values += [m.group("value") for m in EUROPASS_NAME.finditer(text)]
    for value in values:  # 'Candidat : Unai Etcheverry, 54 ans, …': the name is the first part
        value = re.split(r"[,;(<]|[ \t][-–—/][ \t]", value)[0]
        words |= {w.strip("\"'") for w in value.split() if len(w.strip("\"'")) > 1 and fold(w.strip("\"'")) not in PARTICLES
                  and not any(c.isdigit() for c in w)}
    lines = text.split("\n")
    for i, line in enumerate(lines[:-1]):
        m = LABEL_ALONE.match(line)
        if m and m.group("name") and len(lines[i + 1].split()) <= 5:
            words |= {w for w in lines[i + 1].split() if len(w) > 1 and fold(w) not in PARTICLES}
    words |= {w for cat, k in _block_values(lines) if cat == "name" for w in lines[k].split()
              if len(w) > 1 and fold(w) not in PARTICLES}
    return {w.strip(",.;:") for w in words}


KO_LABEL_ONLY = rx(r"^[ \t•*\-]*(?:" + "|".join(f"(?P<{k}>{v})" for k, v in KO_LABELS.items())
                           + r"|(?P<contact>연락처|이메일|전[ \t]?화(?:[ \t]?번호)?|휴대[ \t]?폰)|(?P<married>결[ \t]?혼))[ \t]*[:：]?[ \t]*$")


def _label_of(line: str) -> str | None:
    """The kind of field a line names when it is a label alone ('Nationalité', '생년월일', 'Courriel'), else None;
    'contact' for a field that is no personal marker by itself (its value has its own patterns)."""
    text = line.strip()
    if not text or len(text) > 40:
        return None
    if kind := field_kind(text):
        return kind
    if m := KO_LABEL_ONLY.fullmatch(text):
        kind = next(k for k, v in m.groupdict().items() if v)
        return {"married": "family"}.get(kind, kind)
    return "contact" if FIELD_WORDS.fullmatch(text.strip(" \t:：")) else None


def _block_values(lines: list[str]) -> list[tuple[str, int]]:
    """(kind, line) of each value of a form read labels first (a PDF reader gives 'Nom', 'Prénom', 'Âge'… then
    'KUGATHASAN', 'Mayooran', '51 ans'…): three labels or more in a row, then as many values, in the same order."""
    out, i = [], 0
    while i < len(lines):
        j = i
        while j < len(lines) and _label_of(lines[j]):
            j += 1
        if j - i < 3:
            i = j + 1
            continue
        k = j
        for line in lines[i:j]:
            if k >= len(lines) or not lines[k].strip() or _label_of(lines[k]) or heading_of(lines[k]) is not None:
                break
            out.append((_label_of(line), k))
            k += 1
        i = k
    return out


def _label_blocks(s: str, found: list) -> str:
    """Each value of a form read labels first, masked by the label in its place (see _block_values)."""
    lines = s.split("\n")
    for kind, k in _block_values(lines):
        if kind in PLACEHOLDER and not PLACEHOLDERS.fullmatch(lines[k].strip()):
            found.append((kind, lines[k].strip()))
            lines[k] = _placeholder(kind)
    return "\n".join(lines)
