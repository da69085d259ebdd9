"""The grounds of French law (Code du travail L1132-1) a CV carries, found by what they say, not where they sit:
age and birth, residence, nationality and origin, religion, family situation, health and disability, sex.

Each pattern reads the words around a marker, so experience stays: '34 ans, disponible' is an age, '10 ans en
EHPAD' and 'après 12 ans comme cariste' are durations; 'garde de 2 enfants' and 'accompagnement de personnes
handicapées' are jobs; 'Institut Catholique' is a school; 'à Villepinte' in an experience line is where someone
worked, 'Habite à Sarcelles' is where they live.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from matchlens.preprocess.blind.regexcode import compile as rx

PLACE = r"[A-ZÀ-Þ][\w'’\-]+(?:[ \t\-](?:[A-ZÀ-Þ][\w'’\-]+|(?:sur|sous|en|le|la|les|de|du|des|lès)\b|d['’][A-ZÀ-Þ][\w\-]+))*" \
        r"(?:[ \t]*\(\d{2,3}\))?(?:,[ \t]*(?-i:[A-ZÀ-Þ])[\w\-]+(?:[ \t]+(?-i:[A-ZÀ-Þ])[\w\-]+)?)?(?:[ \t]*\((?-i:[A-ZÀ-Þ])[^)\n]{1,30}\))?"  # a capital after the comma in (?i) patterns too ('Pau, cariste'); 'Mullaitivu, Sri Lanka'
MONTHS = (r"janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre|"
          r"january|february|march|april|may|june|july|august|september|october|november|december|"
          r"janv?\.?|f[ée]vr?\.?|avr\.?|juil\.?|sept?\.?|oct\.?|nov\.?|d[ée]c\.?|jan\.?|feb\.?|mar\.?|apr\.?|jun\.?|"
          r"jul\.?|aug\.?")
DATE = (rf"(?:\d{{1,2}}(?:er|st|nd|rd|th)?[ \t/.\-]+(?:of[ \t]+)?(?:\d{{1,2}}|{MONTHS})[ \t/.\-]+\d{{2,4}}|"
        rf"(?:{MONTHS})[ \t]+\d{{1,2}}(?:st|nd|rd|th)?,?[ \t]+\d{{4}}|"
        rf"\d{{4}}[./\-]\d{{1,2}}[./\-]\d{{1,2}}|(?:{MONTHS})[ \t]+\d{{4}}|(?:19|20)\d\d)")
# born, in every inclusive spelling: né, née, né(e), né.e, né·e
NE = r"n[ée]e?(?:\(e\)|[.·]e)?"
BIRTH = rx(
    rf"(?i)\b(?:{NE}|born)(?:[ \t]+(?:le|on|en|in|the|on[ \t]+the))?[ \t]+{DATE}(?:[ \t]+(?:à|in|at)[ \t]+{PLACE})?"
    rf"|\b(?:{NE}|born)[ \t]+(?:à|in|at)[ \t]+{PLACE}(?:[ \t]*,?[ \t]*(?:le|en|on|in)?[ \t]*{DATE})?"
    rf"|\bb\.[ \t]*(?:{DATE}|(?:19|20)\d\d\b|'?\d\d(?![\w/.]))|(?-i:\bB)[ \t]+\d{{1,2}}/\d{{1,2}}/(?:19|20)\d\d\b|(?<!\d)(?:19|20)\d\d[./\-][ \t]?\d{{1,2}}[./\-][ \t]?\d{{1,2}}\.?(?=[ \t]*(?:출생|태생|생(?![가-힣])))"
    # a birth year said as a machine translation says it ('Je suis né dans l'année 1999', 'born in the year 1999')
    rf"|\b(?:{NE}|born)[ \t]+(?:dans[ \t]+l['’]ann[ée]e|en[ \t]+l['’]an(?:n[ée]e)?|in[ \t]+the[ \t]+year(?:[ \t]+of)?)[ \t]+(?:19|20)\d\d\b"
    rf"|(?:\b(?:DOB|DDN)\b|\bD\.O\.B\b\.?)\)?[ \t:.]*{DATE}(?:,?[ \t]+(?:in|at|à)[ \t]+{PLACE}|,[ \t]*(?=(?-i:[A-ZÀ-Þ])){PLACE})?"
    rf"|생년월일[ \t]*[:：]?[ \t]*{DATE}"
    rf"|\b(?:born|{NE})[ \t]+(?:in|en)[ \t]+(?:19|20)\d\d\b|\b(?:19|20)\d\d[ \t]*[-–][ \t]*born\b"
    rf"|\bnaissance[ \t]+(?:[àa]|en|au)[ \t]+{PLACE}|\bborn[ \t]+in[ \t]+{PLACE}|\bborn[ \t]+(?:in[ \t]+)?[가-힣]{{1,6}}(?:시|군|구|읍|면|동)(?![가-힣])"
    rf"|\b(?:date de naissance|naissance|date of birth|birth ?date)[ \t]+{DATE}(?:[ \t]+(?:à|in|at)[ \t]+{PLACE})?"
    r"|(?:19|20)?\d\d년[ \t]*(?:\d{1,2}월[ \t]*(?:\d{1,2}일)?)?[ \t]*생|\d{4}년[ \t]*\d{1,2}월[ \t]*\d{1,2}일(?=[ \t]*[(（]?[ \t]*만)"
    r"|\d{4}[./\-]\d{1,2}[./\-]\d{1,2}(?=[ \t]*[(（][ \t]*만)"
    r"|(?<![\d*])\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])[ \t]*-[ \t]*[1-8][\d*xX●]{6}(?![\d*])"  # 주민등록번호
    rf"|(?i:\b(?:n[ée]e?(?:\(e\))?|born|née?\(e\))[ \t]+(?:à|in|at)[ \t]*:[ \t]*{PLACE})", re.UNICODE)
# a birth date given as a wiki template's arguments ('{{date de naissance|5|1|1962}}', '{{출생일|2001|8|15}}')
BIRTH_TEMPLATE = rx(r"(?i)\{\{[ \t]*(?:date[ \t_]+de[ \t_]+naissance|naissance|birth[ \t_]+date(?:[ \t_]+and[ \t_]+age)?|"
                            r"date[ \t_]+of[ \t_]+birth|dob|출생일|생년월일|âge|age)[ \t]*\|[^{}\n]{1,60}\}\}")
# an age said as a birthday ('62번째 생일', 'my 45th birthday', 'mon 45e anniversaire', 'mes 45 bougies')
AGE_BIRTHDAY = rx(r"(?i)(?<![\w.,])[1-9]\d(?:번째|st|nd|rd|th)?(?=[ \t]*(?:생일|birthday))"
                          r"|\bmon[ \t]+[1-9]\d(?:e|ème|eme)[ \t]+anniversaire\b|\bmes[ \t]+[1-9]\d[ \t]+(?:ans|bougies)\b"
                          # the year of life one is in: 'dans ma 23e année', 'in my 45th year', '만 23세' elsewhere
                          r"|\b(?:dans|en)[ \t]+(?:ma|sa)[ \t]+[1-9]\d[ \t]?(?:e|ème|eme|è)[ \t]+ann[ée]e\b(?![ \t]+(?:de|d['’]|du|des|en|à|au|comme|dans|chez))"
                          r"|\bin[ \t]+(?:my|his|her|their)[ \t]+[1-9]\d(?:st|nd|rd|th)[ \t]+year(?![ \t]+(?:of|at|in|as|with))\b"
                          r"|\b(?:I|I['’]ve|I[ \t]+have|year[ \t]+I|when[ \t]+I|once[ \t]+I|just)[ \t]+(?:turned|turn|turning)[ \t]+[1-9]\d\b(?![ \t]*(?:%|years?\b|[^\W\d_]))")
AGE_NUMBER = rx(r"(?i)(?<![\w\-/.,])(?P<n>[1-9]\d)(?:[ \t]*|-(?=years?-old|yrs?-old))(?P<unit>ans|an|years?[ \t\-]old|yrs?[ \t\-]old|y/?o|years?)\b"
                        r"|(?<![\w\-/.,])(?P<n2>[1-9]\d)[ \t]?a\.(?=[ \t]*(?:[,;|·•)]|$))"  # '54 a.,' abbreviated
                        r"|(?<![\w-])(?:âg[ée]e?|aged?)[ \t]+(?:de[ \t]+)?[1-9]\d(?:[ \t]*ans)?\b(?![ \t]*(?:to|à|-|–|~|and|et|or|ou)[ \t]*\d)"
                        r"|\bI(?:['’]m|[ \t]+am)[ \t]+[1-9]\d(?=[ \t]*(?:[,.;]|$|and\b))"
                        r"|(?<![\w~\-–])(?<!\d~)(?<!\d[ \t]~)만?[ \t]?[1-9]\d[ \t]?(?:세|살)(?![ \t]?[~\-–][ \t]?\d)(?=$|[^\w]|의|이(?!상)|에|로|인|입니|으로|부터|때|가|를|을|는|은)",
                        re.UNICODE)  # '34세의 나이', '34살입니다'; not '20세기', '30세대' 
# an age as texters write it, after 'j'ai' typed ('g', 'jai') or its icon: 'g 36ans', 'jai 51 piges', 'j'ai 61a', '🎂 24a'
AGE_TYPED = rx(r"(?i)(?:(?<![\w'’])(?:j['’]?[ \t]?ai|jai|g|i['’]?m|im|age|âge|agee|[âa]g[ée]e?|aged?)[ \t]+|🎂\ufe0f?[ \t]*(?:g[ \t]+|jai[ \t]+)?)"
                       r"(?P<age>[1-9]\d[ \t]?(?:ans|an|a|piges|balais|berges|yrs?|y/?o|yo)(?![\w]))")


def is_typed_age(text: str, m: re.Match) -> bool:
    """A typed age, not a duration ('j'ai 30 ans sur le terrain', 'g 10 ans d'exp')."""
    return not DURATION_AFTER.match(text[m.end():m.end() + 30])
# ages in words: 'trente-trois ans', 'fifty-six years old', "I'm forty-five", '마흔두 살', '쉰한 살'
_FR_TENS = r"(?:vingt|trente|quarante|cinquante|soixante(?:-dix)?|quatre-vingts?(?:-dix)?)"
_FR_UNITS = r"(?:[- ]et[- ](?:un|une|onze)|-(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|dix-sept|dix-huit|dix-neuf))?"
_EN_TENS = r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty)(?=[- \t,.;)]|$)|(?:thir|four|fif|six|seven|eigh|nine)teen(?!-))"
_EN_UNITS = r"(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?"
_KO_TENS = r"(?:스물|서른|마흔|쉰|예순|일흔|여든)"
_KO_UNITS = r"(?:한|하나|두|둘|세|셋|네|넷|다섯|여섯|일곱|여덟|아홉)?"
AGE_WORDS = rx(rf"(?i)(?<![\w-])(?P<w>{_FR_TENS}{_FR_UNITS})[ \t]+(?P<wunit>ans)\b"
                       rf"|(?<![\w-])(?P<ew>{_EN_TENS}{_EN_UNITS})(?:[ \t-]+years?(?:[ \t-]+old)?\b|(?=[ \t]*[,.;)]|$))"
                       rf"|(?<![가-힣])(?:만[ \t]?)?(?:스무|열(?:한|두|세|네|다섯|여섯|일곱|여덟|아홉)?|{_KO_TENS}{_KO_UNITS})[ \t]?(?:살|세)"
                       r"(?=$|[^\w]|의|이(?!상)|에|로|인|입니|으로|부터|때|가|를|을|는|은)", re.M)


def is_age_in_words(text: str, m: re.Match) -> bool:
    """'trente ans d'expérience' and 'twenty years in retail' are durations; "I'm forty-five" and 'trente-trois ans,'
    ages."""
    before, after = _line_before(text, m, 40), text[m.end():m.end() + 30]
    if m.group("ew") and not re.search(r"(?i)(?:\bi['’]m|\bi am|\baged?|\bage[ \t]*:?)[ \t]*$", before) \
            and not re.search(r"(?i)old", m.group(0)) and not (re.search(r"(?:^|,|\[BIRTH DATE\][ \t]*[–—-]?)[ \t]*$", before) and re.match(
                r"[ \t]*(?:$|\n|,[ \t]*[^\W\d_][^,:\n]{0,30}:)", after)):  # 'fifty-seven' alone, '…, sixty-three'
        return False
    if m.group("w") and (DURATION_AFTER.match(after) or DURATION_BEFORE.search(before)):
        return bool(re.search(r"(?i)(?:âg[ée]e?[ \t]+de|aged)[ \t]*$", before))
    return True


DURATION_BEFORE = rx(r"(?i)(?:depuis|pendant|durant|après|apres|plus de|moins de|près de|environ|de|d['’]|sur|en|"
                             r"dont|totalisant|cumulant|et|à|over|for|since|after|about|than|of|in|with|exp[ée]rience"
                             r"[ \t]*:?|experience[ \t]*:?|ancienn[ée]t[ée][ \t]*:?|dur[ée]e[ \t]*:?|"
                             r"[-–][ \t]*\d+|\d[ \t]*(?:à|a|to|-|–|et|and)|\+|>|~|"
                             # a job's span, then its length: '1991 → 2001 (10 ans)', 'depuis mars 2012 (12 ans)'
                             r"(?:19|20)\d\d[ \t]*(?:[-–—~→]|à|to|au)[ \t]*(?:\d{1,2}[/.]|[^\W\d_]{3,9}[ \t]+)?(?:19|20)\d\d[ \t]*\(|"
                             r"(?:depuis|since)[ \t]+(?:[^\W\d_]{3,9}[ \t]+)?(?:19|20)\d\d[ \t]*\()[ \t]*$")
DURATION_AFTER = rx(r"(?i)^['’]?[ \t]*(?:d['’]|de\b|du\b|des\b|en\b|comme\b|dans\b|ds\b|dexp|d[ée]xp|chez\b|au\b|aux\b|à\b|sur\b|"
                            r"pass[ée]s|d['’]exp|of\b|in\b|as\b|at\b|with\b|on\b|experience|exp[ée]rience|"
                            r"d['’]anciennet|within|ago|plus\b|et plus|\+|minimum|d['’]activit|a[ \t]+(?:été|travaill)|"
                            r"j'ai|où|where|cumul|consécutifs|aupr[èe]s|pour\b|for\b|"
                            r"(?:et[ \t]+|and[ \t]+|,[ \t]*)?\d{1,2}[ \t]*(?:mois|months?|mths?|mos?)\b)")  # '(13 ans 9 mois)\'
# (a learner's calques too: 'I am have 43 years', 'I have 43 years.', 'My age is 52', 'Mon âge est 47')
AGE_BEFORE = rx(r"(?i)(?:âg[ée]e?[ \t]+de|aged|j['’]ai|i am|i'm|age[ \t]*:?|âge[ \t]*:?|\bi(?:[ \t]+am)?[ \t]+have|"
                r"\b(?:my[ \t]+age[ \t]+is|mon[ \t]+[âa]ge[ \t]+(?:est|c['’]est))|,|^|\(|!?\[|[-–—|·•/{>#]|\U0001f382)[ \t]*$")
# an age said in a translated calque after its number ('52 years of old', '47 ans de vieux')
OLD_CALQUE = rx(r"(?i)[ \t]+(?:of[ \t]+old|de[ \t]+vieux|d['’][âa]ge)\b")
# a letter's place and date written without a comma or without 'le' ('Noyon le 11/05/2026', 'Colne 11/05/2026'): read
# as the writer's town only when the town list holds it (masking checks), as 'Mission 11/05/2026' is no place
LETTER_TOWN_AT = r"(?m)^[ \t]*(?P<p>[A-ZÀ-Þ][\w'’\-]+(?:[ \t\-](?:[A-ZÀ-Þ][\w'’\-]+|(?:sur|sous|en|le|la|les|de|du|des|lès)\b))*?)"
# the date a letter is signed on: 'le 9 septembre 2024', 'le 20/04/2026', 'le 1er mars 2026'
LETTER_DATE = (rf"(?:\d{{1,2}}(?:er)?[ \t]+(?i:{MONTHS})[ \t]+(?:19|20)\d\d|\d{{1,2}}[./\-]\d{{1,2}}[./\-](?:19|20)\d\d)"
               rf"(?![\w./\-])")
LETTER_TOWN = rx(LETTER_TOWN_AT + rf"(?=[ \t]+(?:le[ \t]+)?{LETTER_DATE}[ \t]*$)")
RESIDENCE = rx(
    rf"(?i:\b(?:j['’]?habite|habite|habitant|habitante|vit|vivant|je vis|demeurant|domicili[ée]e?(?:\(e\))?|r[ée]sid(?:e|ant|ante)|"
    rf"r[ée]sidente|install[ée]e?(?:\(e\))?(?:[ \t]+depuis(?:[ \t]+\w+){{1,2}})?|lives?|living|resident|residing|based|located|"
    rf"(?<!care )(?<!nursing )(?<!residential )(?<!children's )(?<!foster )home|currently living|je r[ée]side|d[ée]m[ée]nag(?:ement|[ée]e?|e)|emm[ée]nag(?:ement|[ée]e?|e)|moved|"
    rf"relocated|relocating|settled))[ \t]+(?i:à|a|au|aux|en|sur|dans|près de|in|at|near|of|to)[ \t]+(?:{PLACE}|\[ADDRESS\])"
    r"|(?<![가-힣])[가-힣]{2,8}(?:[ \t]+[가-힣]{1,6}(?:시|구|군|동|읍|면))*[ \t]*(?:에[ \t]?|에서[ \t]?)?거주(?:[ \t]?중)?"
    r"|(?:(?<![가-힣])[가-힣]{2,8}(?:[ \t]+[가-힣]{1,6})?|\[ADDRESS\])에[ \t]?(?:살고[ \t]?있(?:는|으며|습니다|어요)|삽니다|살며|살아요)"
    r"|(?<![가-힣])(?:[가-힣]{2,6}[ \t]+){0,2}[가-힣]{1,6}(?:시|구|군|동|읍|면|리)(?=[ \t]*(?:에[ \t]?)?(?:살아요|살아여|살고|삽니다|살며|살음|거주))"
    # a letter's place of signing, where its writer lives: 'Fait à Pau, le …', 'Fait à Bayonne' over the date's line,
    # 'Fait à Cité des Goyaviers, appt 7, le 20/04/2026' (whatever stands before the date), 'À Creil, le 4 mars 2026'
    rf"|(?i:\bfait[ \t]+[àa])[ \t]+(?:{PLACE}(?=,?[ \t]+le\b)|[^\n\[\]]{{2,60}}?(?=,?[ \t]+le[ \t]+{LETTER_DATE}))"
    rf"|(?m:^[ \t]*)(?:À|A)[ \t]+{PLACE}(?=,[ \t]+le[ \t]+{LETTER_DATE})"
    rf"|(?m:^[ \t]*(?i:fait[ \t]+[àa])[ \t]+{PLACE}(?=[ \t]*$))"
    # a move between two homes: 'I moved from Fakenham to Swaffham', 'Arrivé(e) de Froncles, je me suis installé(e) à …'
    rf"|(?i:\b(?:moved|relocated|came)[ \t]+from)[ \t]+{PLACE}(?:[ \t]+(?i:to)[ \t]+{PLACE})?"
    rf"|(?i:\barriv[ée]e?(?:\(e\))?[ \t]+(?:de|d['’]))[ \t]*{PLACE}(?=,?[ \t]+(?i:je|j['’]|en[ \t]+(?:19|20)\d\d|il[ \t]+y[ \t]+a))"
    rf"|(?m:^[ \t]*){PLACE}(?=,[ \t]+le[ \t]+{LETTER_DATE})"
    # a Korean letter's date and town ('2026년 5월 11일 문산읍에서' at its end)
    r"|(?m:(?<=일[ \t])[가-힣]{1,6}(?:시|군|구|읍|면|동)(?=에서[ \t]*$))"  # a letter's 'Frontenex, le 9 septembre 2024'
    # where one is housed, the kind of housing with its town ('supported housing in Saltash', 'résidence sociale à Yutz',
    # 'foyer de jeunes travailleurs de Florange', '창수 언니 집에서')
    rf"|(?i:\b(?:vis|vit|vivons|habite|loge|log[ée]e?(?:\(e\))?|h[ée]berg[ée]e?(?:\(e\))?|live|lives|living|stay|stays|staying|housed)[ \t]+"
    rf"(?:(?:en|au|à|a|dans|in|at)[ \t]+)?(?:(?:une?|a|an|the|le|la)[ \t]+)?(?:supported[ \t]+housing|(?:a|the)[ \t]+(?:hostel|night[ \t]+shelter|women['’]s[ \t]+refuge)|hostel|refuge|foyer[ \t]+(?:de[ \t]+jeunes[ \t]+travailleu(?:r|se)s|"
    rf"d['’]h[ée]bergement|de[ \t]+travailleurs[ \t]+migrants|adoma)|r[ée]sidence[ \t]+sociale|h[ée]bergement[ \t]+d['’]urgence|"
    rf"centre[ \t]+d['’]h[ée]bergement|h[ôo]tel[ \t]+social|pension[ \t]+de[ \t]+famille|CHRS|CADA))(?:[ \t]+(?i:in|at|à|a|de|d['’]|du)[ \t]*{PLACE})?"
    r"|(?<![가-힣])[가-힣]{2,6}[ \t]+(?:언니|누나|형|오빠|동생|이모|고모|삼촌|친척|지인|친구)[ \t]?(?:네[ \t]?)?집"
    # the commute from home: 'Vient de Ugine en bus', 'comes in from Leominster by bus every day'
    rf"|(?i:\b(?:vient|viens|venant|arrive|arrivant)[ \t]+(?:de|d['’])|\b(?:comes?|coming|commutes?|commuting|travels?|"
    rf"travelling|traveling)[ \t]+(?:in[ \t]+|all[ \t]+the[ \t]+way[ \t]+)?from)[ \t]*{PLACE}(?=[ \t]+(?i:en|à|a|par|by|on|every|chaque|tous|each|daily)\b)"
    rf"|(?i:\b(?:j['’]?habite|habite|vit|demeure|r[ée]side))[ \t]+(?!(?:avec|chez|seule?|en[ \t]+couple|ici|l[àa])\b){PLACE}"  # the letter's 'Fait à Creil, le …': where one lives
    # where one lives said with what comes between the verb and the town, as learners and advisers write it ('habite
    # chez sa tante a Dugny', 'jabite vers Gagny', 'On habite tous foyer Adoma chambre 12 a Noyon', 'hab. vers Anzin',
    # 'lives with an aunt in Bacup'): the clause to the town, within the sentence
    rf"|(?i:\b(?:j['’]?h?abite|h?abite|habitons|habitent|hab\.)[ \t]+)(?:[^\n.;:!?|\[\]]{{0,50}}?[ \t])??"
    rf"(?i:à|a|au|vers|pr[èe]s[ \t]+de)[ \t]+(?-i:{PLACE})"
    rf"|(?i:\b(?:lives?|living|stays?|staying)[ \t]+)(?:[a-z'’ \t]{{0,40}}?[ \t])??(?i:in|near)[ \t]+(?-i:{PLACE})"  # 'with an aunt'; never 'at Tesco' 
    # a Korean town where one lives in a word of speech or a dormitory ('청천면 살아', '소흘읍 공장 기숙사')
    r"|(?<![가-힣])[가-힣]{1,6}(?:시|군|구|읍|면|동)(?=[ \t]*(?:에[ \t]?)?(?:살아|삼|살음)(?![가-힣])|[ \t]+(?:[가-힣]{2,4}[ \t]+)?기숙사)")
# 'I am' / 'je suis' as written and as typed ('im polish', 'jsuis marocain', 'chui algérien', 'i m british')
I_AM = r"je[ \t]+suis|je[ \t]+sui|j['’]?[ \t]?suis|jsuis|chuis|chui|i[ \t]+am|i['’]m|i[ \t]?m(?=[ \t])"
DEMONYMS = (r"fran[çc]ais|alg[ée]rien|marocain|tunisien|s[ée]n[ée]galais|malien|ivoirien|camerounais|congolais|"
            r"guin[ée]en|ha[ïi]tien|comorien|mauritanien|turc|turque|portugais|espagnol|italien|polonais|roumain|"
            r"ukrainien|russe|chinois|vietnamien|cambodgien|laotien|cor[ée]en|japonais|indien|pakistanais|"
            r"bangladais|sri-lankais|afghan|syrien|libanais|[ée]gyptien|irakien|iranien|kurde|arm[ée]nien|"
            r"g[ée]orgien|albanais|serbe|kosovar|bosniaque|britannique|anglais|am[ée]ricain|canadien|br[ée]silien|"
            r"colombien|p[ée]ruvien|chilien|argentin|mexicain|allemand|belge|suisse|n[ée]erlandais|b[ée]ninois|"
            r"togolais|burkinab[ée]|nig[ée]rien|nig[ée]rian|ghan[ée]en|[ée]thiopien|[ée]rythr[ée]en|somalien|"
            r"soudanais|tchadien|gabonais|malgache|mauricien|cap-?verdien|angolais|philippin|tha[ïi]landais|"
            r"indon[ée]sien|malaisien|filipina|"
            r"french|algerian|moroccan|tunisian|senegalese|malian|ivorian|cameroonian|congolese|guinean|haitian|"
            r"turkish|portuguese|spanish|italian|polish|romanian|ukrainian|russian|chinese|vietnamese|korean|"
            r"japanese|indian|pakistani|bangladeshi|sri lankan|afghan|syrian|lebanese|egyptian|iraqi|iranian|"
            r"kurdish|armenian|albanian|serbian|british|english|scottish|welsh|irish|american|canadian|brazilian|"
            r"colombian|mexican|german|belgian|swiss|dutch|nigerian|ghanaian|ethiopian|eritrean|somali|sudanese|"
            r"filipino|thai|indonesian|malaysian|jamaican|south african|kenyan|zimbabwean|fijian|fidjien|samoan|samoan|"
            r"tongan|tongien|rwandan|rwandais|burundian|burundais|ugandan|ougandais|tanzanian|tanzanien|oromo|amhara|"
            r"tigrayan|malayali|new zealander|n[ée]o-z[ée]landais|australian|australien|afghane?|nepali|n[ée]palais|"
            r"burmese|birman|mongolian|mongol|uzbek|ouzbek|kazakh|kyrgyz|kirghiz|tajik|tadjik|chechen|tch[ée]tch[èe]ne|"
            r"georgian|azerbaijani|azerba[ïi]djanais|moldovan|moldave|bulgarian|bulgare|croatian|croate|slovak|slovaque|"
            r"czech|tch[èe]que|hungarian|hongrois|lithuanian|lituanien|latvian|letton|estonian|estonien|greek|grec|grecque|"
            r"cypriot|chypriote|maltese|maltais|libyan|libyen|yemeni|y[ée]m[ée]nite|jordanian|jordanien|palestinian|"
            r"palestinien|saudi|saoudien|emirati|qatari|omani|cuban|cubain|dominican|dominicain|venezuelan|v[ée]n[ée]zu[ée]lien|"
            r"bolivian|bolivien|ecuadorian|[ée]quatorien|paraguayan|paraguayen|uruguayan|uruguayen|guatemalan|guat[ée]malt[èe]que|"
            r"salvadoran|salvadorien|honduran|hondurien|nicaraguan|nicaraguayen|panamanian|paname[ñn]o|trinidadian|"
            r"barbadian|gambian|gambien|sierra leonean|liberian|lib[ée]rien|zambian|zambien|malawian|malawite|"
            r"mozambican|mozambicain|namibian|namibien|botswanan|zulu|xhosa|yoruba|igbo|hausa|akan|fula|peul|wolof|"
            r"malagasy|hmong|khmer|lao|karen|rohingya|uyghur|ou[ïi]ghour|tibetan|tib[ée]tain|kurdish|berber|amazigh|"
            r"kazakhstani|hong[ \t]+konger|tatar|tatare|tartare|crimean[ \t]+tatar")
REGIONAL = (r"corse|basque|breton|bretonne|alsacien|kabyle|berb[èe]re|amazigh|antillais|r[ée]unionnais|guadeloup[ée]en|"
            r"martiniquais|guyanais|mahorais|kanak|tahitien|catalan|occitan|gitan|rom|tsigane|y[ée]niche|manouche|"
            r"kurde|tamoul|peul|wolof|bambara|sonink[ée]|polyn[ée]sien|cornish|manx|tamil")
DEMONYM = rx(rf"(?i)^(?:{DEMONYMS})(?:ne|e|s|es)?$")
NATIONALITY = rx(
    r"(?i)\b(?:de[ \t]+)?nationalit[ée]s?[ \t]+(?!:)[\w\-]+(?:[ \t]+et[ \t]+[\w\-]+)?"
    rf"|\bd['’]origine[ \t]+(?:{DEMONYMS})(?:ne|e|s|es)?(?:[ \t]+et[ \t]+[\w\-]+)?"
    r"|\boriginaire[ \t]+(?:(?:des|du|de)\b[ \t]*|d['’][ \t]*)[\w\-]+(?:[ \t]+[A-ZÀ-Þ][\w\-]+)?"
    rf"|\b(?:ressortissante?s?|citoyenne?s?|citizen[ \t]+of)[ \t]+(?:{DEMONYMS}|[a-zà-ÿ]+(?:ien|ienne|ain|aine|ais|aise|ois|oise|éen|éenne|an|ane))(?:ne|e|s|es)?\b"
    r"|(?-i:\b[A-Z][a-z]+(?:an|ese|ish|i|ch)(?:-[A-Z][a-z]+(?:an|ese|ish|i|ch))?)[ \t]+(?:citizen|national|passport|background|"
    r"heritage|descent|origin|roots|by[ \t]+birth)\b"
    r"|\b(?:double|dual|bi)[ \t\-]?nationalit[éey]\w*|\bbinationale?\b"
    rf"|\b(?:{DEMONYMS})(?:[ \t]*(?:and|&|/|et|-)[ \t]*(?:{DEMONYMS}))*[ \t]+(?:citizen|national|passport holder)\b"
    r"|\bcitizen(?:ship)?[ \t]+of[ \t]+[A-Z][\w ]+"
    r"|\bnationality[ \t]+[A-Z]\w+|\b(?:titre|carte)[ \t]+de[ \t]+(?:s[ée]jour|r[ée]sident)\b|\bréfugiée?\b"
    rf"|\b(?:residence|work)[ \t]+permit\b|\borigine[ \t]+(?:{DEMONYMS})(?:ne|e|s|es)?\b|(?-i:\bOrigines?)[ \t]+(?:{REGIONAL})(?:ne|e|s|es)?\b|\bcitizenship[ \t]+(?!:)[A-Z]\w+"
    r"|\b(?:dual|double)[ \t]+[A-Z]\w+(?:[ \t]*(?:/|and|et|-)[ \t]*[A-Z]\w+)+[ \t]+(?:nationality|citizenship|nationalit[ée])"
    rf"|\b[A-Z][a-z]+-born\b|\b(?=[\w]+-[\w])(?:{DEMONYMS}|franco|anglo|italo|hispano|germano|luso|afro|sino|russo|arabo|"
    rf"judéo|euro)(?:ne|e)?-(?:{DEMONYMS})(?:ne|e|s|es)?\b"
    rf"|\b(?:{I_AM})[ \t]+(?:{DEMONYMS})(?:ne|e|s|es)?(?:[ \t]+(?:et|and|&)[ \t]+(?:{DEMONYMS})(?:ne|e|s|es)?)?\b"
    r"|\b(?:a[ \t]+)?(?:uk|u\.k\.|us|u\.s\.|usa|eu|e\.u\.|irish|british)[ \t]+(?:citizen|national|passport[ \t]+holder)\b"
    # an arrival in the country, dated ('arrivée en France en 2016', 'came to the UK in 2008', '2017년 한국 입국')
    r"|\b(?:arriv[ée]e?s?|install[ée]e?s?|venue?s?)[ \t]+en[ \t]+(?-i:France|Europe)[ \t]+(?:en|depuis|il[ \t]+y[ \t]+a)[ \t]+\w+"
    r"|\b(?:came|moved|arrived|migrated|emigrated)[ \t]+(?:to|in)[ \t]+(?:the[ \t]+)?(?-i:UK|U\.K\.|Britain|England|Scotland|Wales|"
    r"Ireland|France|Europe|Korea)[ \t]+(?:in|aged|at)[ \t]+\w+"
    r"|(?<!\d)(?:19|20)\d\d[ \t]*년[ \t]*(?:(?:한국|대한민국)(?![가-힣])|입국|에[ \t]?입국)[ \t]*(?:입국)?"  # not a school's name
    # someone else says it ('Nguemo est camerounaise et française', 'she is Zimbabwean and British'): two of them
    rf"|\b(?:est|is)[ \t]+(?:{DEMONYMS})(?:ne|e|s|es)?[ \t]+(?:et|and|&)[ \t]+(?:{DEMONYMS})(?:ne|e|s|es)?\b"
    r"(?![ \t\-]*(?:speaking|speaker|native|teacher|courant|bilingue|fluent|cuisine|food|chef|cook))"
    # a flag named in words, as an image's alt text gives it ('![Drapeau du Togo](…)', 'Flag of The Gambia', '네팔 국기')
    r"|\b(?:[Dd]rapeau[ \t]+(?:de[ \t]+la|de[ \t]+l['’]|des|du|de|d['’])[ \t]*|[Ff]lag[ \t]+of[ \t]+(?:the[ \t]+|The[ \t]+)?)"
    r"(?-i:[A-ZÀ-Þ][\w'’\-]+(?:[ \t]+(?:d['’]|de[ \t]+|du[ \t]+)?[A-ZÀ-Þ][\w'’\-]+)*)|(?<![가-힣])[가-힣]{2,10}[ \t]?국기"
    # a demonym as a noun with its article ('good English for a Malawian.')
    rf"|\b(?-i:an?)[ \t]+(?-i:(?=[A-Z]))(?:{DEMONYMS})(?=[ \t]*(?:[.,;!?)]|$))"
    # an immigration status or a visa says the nationality ('Skilled Worker visa', 'refugee status', 'demandeuse d'asile',
    # 'E-9 비자', 'F-4 재외동포'); a diaspora word too ('조선족 동포', '고려인')
    r"|\b(?:skilled[ \t]+worker|bn\(o\)|tier[ \t]?[1-5]|spouse|partner|family|graduate|student|health[ \t]+and[ \t]+care[ \t]+worker|"
    r"seasonal[ \t]+worker|ukraine[ \t]+scheme|homes[ \t]+for[ \t]+ukraine)[ \t]+visa\b|\b(?:refugee|asylum)[ \t]+(?:status|seeker|claim)\b"
    r"|\b(?:indefinite[ \t]+)?leave[ \t]+to[ \t]+remain\b|(?-i:\bILR\b)|\b(?:pre-)?settled[ \t]+status\b"
    # papers in order, an EU citizen, a refugee as one person ('papier en regle', 'citoyenne européenne', '/ refugié';
    # 'accompagnement des réfugiés' is a job)
    r"|\bpapiers?[ \t]+en[ \t]+r[èée]gle\b|\bcitoyen(?:ne)?[ \t]+(?:de[ \t]+l['’]UE|europ[ée]en(?:ne)?)\b|\bEU[ \t]+citizen\b"
    r"|\bcitizen[ \t]+of[ \t]+the[ \t]+EU\b|(?<!des )(?<!les )(?<!aux )(?<!de )(?<!d')(?<!d’)(?<!pour )\br[ée]fugi[ée]e?(?:[ \t]+politique)?(?![\w\-])"
    r"|\b(?:i[ \t]+am|i['’]m|as)[ \t]+a[ \t]+refugee\b"
    r"|\bdemandeu(?:r|se)s?[ \t]+d['’]asile\b|\bprotection[ \t]+(?:subsidiaire|temporaire)\b|\bstatut[ \t]+de[ \t]+r[ée]fugi[ée]e?\b"
    r"|(?<![\w\-])[A-H]-\d{1,2}(?:-\d{1,2})?(?=[ \t]*\(?[ \t]*(?:비자|visa|체류|재외동포|방문취업|비전문취업|결혼이민|거주|영주|유학|구직|"
    r"특정활동|선원취업|계절근로))[ \t]*\(?[ \t]*(?:비자|visa|[가-힣]{2,6})?\)?"
    # a community of an origin ('Association des Congolais de Florange', 'Zimbabwean Community Association')
    rf"|\b(?:association|communaut[ée]|amicale|union|f[ée]d[ée]ration|collectif|diaspora|maison)[ \t]+(?:des|du|de[ \t]+la|de|of[ \t]+the)[ \t]+"
    rf"(?:{DEMONYMS})(?:ne|e|s|es)?(?:[ \t]+de[ \t]+(?-i:[A-ZÀ-Þ])[\w\-]+)?\b"
    rf"|\b(?:{DEMONYMS})s?[ \t]+(?:community|diaspora|association|society|union|club|church|mosque|temple)\b"
    r"|(?<![가-힣])(?:재외동포|중국[ \t]?동포|조선족(?:[ \t]?동포)?|고려인(?:[ \t]?동포)?|탈북민|새터민|북한[ \t]?이탈[ \t]?주민)(?![가-힣])"
    r"|(?<![가-힣])[가-힣]+[ \t]*국적|결혼[ \t]?이민자?(?:[ \t]*\([^)\n]{1,12}\))?|다문화[ \t]?가(?:정|족)|귀화(?:자)?"
    r"|\bof[ \t]+[A-Z]\w+[ \t]+(?:heritage|descent|origin|background)\b"
    r"|(?-i:\b[A-Z]\w+(?:[ \t][A-Z]\w+)?)[ \t]+by[ \t]+(?:heritage|descent|origin|birth|ancestry)\b"
    r"|\bd['’]origine[ \t]+(?!(?:animale|v[ée]g[ée]tale|contr[ôo]l[ée]e|prot[ée]g[ée]e|naturelle|biologique|agricole|"
    r"min[ée]rale|humaine|sociale|inconnue|diverses?|locale|g[ée]ographique|laiti[èe]re|marine|fossile|industrielle|"
    r"professionnelle|m[ée]dicale|alimentaire|renouvelable|contr[ôo]l[ée]|garantie|france)\b)[a-zà-ÿ][a-zà-ÿ\-]{2,}"
    rf"|\b(?:arriv[ée]e?s?|[ée]migr[ée]e?s?|immigr[ée]e?s?)[ \t]+(?:du|de[ \t]+la|des|de|d['’])[ \t]*(?-i:{PLACE})"
    rf"|\b(?:de[ \t]+culture|d['’]origine|originaire[ \t]+(?:de|du|des))[ \t]+(?:la[ \t]+|le[ \t]+|l['’]|les[ \t]+)?(?:(?-i:{PLACE})|"
    rf"(?:{DEMONYMS}|{REGIONAL})(?:ne|e|s|es)?)\b"
    rf"|(?i:\b(?:raised|grew[ \t]+up|brought[ \t]+up)[ \t]+in|\bcame[ \t]+to[ \t]+(?:the[ \t]+)?[A-Z]\w+[ \t]+from|"
    rf"\barriv[ée]e?[ \t]+en[ \t]+France,?[ \t]+(?:depuis|de|du)|\bimmigrated[ \t]+from)[ \t]+(?:la[ \t]+|le[ \t]+|l['’]|the[ \t]+)?(?-i:{PLACE})"
    r"|(?-i:\b[A-Z][a-z]*(?:an|ese|ish|er|ch|i)(?:[ \t][A-Z][a-z]*(?:an|ese|ish|er|ch|i))?[ \t]+national\b)"
    # a residence status says a person came from abroad: 'F-5 (영주)', 'Indefinite Leave to Remain', 'carte de résident'
    r"|(?<![\w-])[A-H]-\d{1,2}(?:-\d{1,2})?[ \t]*\((?:영주|비전문취업|방문취업|결혼이민|거주|재외동포|유학|구직|특정활동|"
    r"계절근로|선원취업|고용허가)[^)\n]{0,10}\)"
    r"|\b(?:indefinite[ \t]+leave[ \t]+to[ \t]+remain|(?:pre-?)?settled[ \t]+status|biometric[ \t]+residence[ \t]+permit|"
    r"carte[ \t]+de[ \t]+r[ée]sident(?:[ \t]+(?:permanent|de[ \t]+longue[ \t]+dur[ée]e))?|"
    r"r[ée]c[ée]piss[ée][ \t]+de[ \t]+(?:demande[ \t]+de[ \t]+)?titre[ \t]+de[ \t]+s[ée]jour|"
    r"titre[ \t]+de[ \t]+s[ée]jour(?:[ \t]+(?:pluriannuel|salari[ée]|vie[ \t]+priv[ée]e(?:[ \t]+et[ \t]+familiale)?))?|"
    r"naturalis[ée]e?|naturali[sz]ed)\b")
FLAG = rx("[\U0001F1E6-\U0001F1FF]{2}|\U0001F3F4[\U000E0061-\U000E007A]+\U000E007F"  # national flags
                  "|[\u271D\u26EA\u262A\u2721\u2626\u262C\u2638\U0001F54B\U0001F54C\U0001F54D\U0001F549\U0001F6D0\U0001F4FF]\uFE0F?")
RESIDENCE_SERVICE = rx(
    r"(?i:\b(?:jobcentre[ \t]*:?[ \t]*)?)[A-Z][\w'’\-]+(?:[ \t][A-Z][\w'’\-]+)?[ \t]+Jobcentre(?:[ \t]+Plus)?\b"
    r"|(?i:\bagence[ \t]+(?:france[ \t]+travail|p[ôo]le[ \t]+emploi)[ \t]+(?:de|d['’]|du)[ \t]*)[A-ZÀ-Þ][\w'’\-]+(?:[ \t\-][A-ZÀ-Þ][\w'’\-]+)*"
    r"|(?<![가-힣])[가-힣]{2,6}[ \t]*고용(?:복지)?[ \t]?(?:플러스|\+)[ \t]?센터")


@lru_cache(maxsize=1)
def korean_origin() -> re.Pattern:
    """'우즈베키스탄인', '베트남 국적', '필리핀 출신': a country named in Hangul as someone's origin."""
    from matchlens.preprocess.blind.lexicon import korean_countries

    extra = ("태국", "베트남", "중국", "필리핀", "캄보디아", "우즈베키스탄", "몽골", "인도네시아", "네팔", "스리랑카", "미얀마",
             "방글라데시", "파키스탄", "카자흐스탄", "키르기스스탄", "러시아", "라오스", "동티모르", "조선족", "고려인", "북한",
             "중국동포", "재중동포", "한국", "대한민국")
    names = "|".join(re.escape(c) for c in sorted(set(korean_countries()) | set(extra), key=len, reverse=True))
    # the country may be followed by its town ('네팔 카일랄리 출신', '미얀마 바모' after a birth date)
    # … or said with a copula, as a voice note or a chat says it ('한국인이에요', '조선족이에요', '고려인임'), or after the
    # label without its colon ('국적 한국')
    return rx(rf"(?<![가-힣])(?:{names})(?:인(?![가-힣])|[ \t]*(?:국적|출신|사람|태생)|[ \t]+[가-힣]{{2,8}}[ \t]?(?:출신|태생|출생)(?![가-힣])"
                      rf"|인?(?=(?:이에요|이에용|에요|예요|입니다|입니당|이구요|이고|이며|임)(?![가-힣])))"
                      rf"|(?<=국적[ \t])[ \t]*(?:{names})인?(?![가-힣])"
                      rf"|(?:(?<=\d\.[ \t])|(?<=\[BIRTH DATE\]\.[ \t])|(?<=\[BIRTH DATE\][ \t]))(?:{names})(?:[ \t]+[가-힣]{{2,8}})?(?=[ \t]*$)",
                      re.M)


# a demonym or two as one item of a list of personal values ('… • British/Portuguese • …', '[AGE], I …. Cornish.')
LISTED_DEMONYM = rx(rf"(?i)(?:^|(?<=[,;/•·|.:])|(?<=[,;/•·|.:][ \t]))[ \t]*(?:{DEMONYMS}|{REGIONAL})(?:ne|e|s|es)?"
                    rf"(?:[ \t]*[/&][ \t]*(?:{DEMONYMS}|{REGIONAL})(?:ne|e|s|es)?)?(?=[ \t]*(?:[,;/•·|.]|$))", re.M)


@lru_cache(maxsize=1)
def visa_country() -> re.Pattern:
    """A country named in Hangul before a Korean visa code, and the code ('키르기스스탄 E-9', '몽골 H-2')."""
    from matchlens.preprocess.blind.lexicon import korean_countries

    names = "|".join(re.escape(c) for c in sorted(set(korean_countries()) | {"한국", "키르기스"}, key=len, reverse=True))
    return rx(rf"(?<![가-힣])(?P<c>{names})(?:인|[ \t]?사람)?[ \t]*[/,]?[ \t]*(?P<v>[A-H]-\d{{1,2}})(?![\w\-])")


@lru_cache(maxsize=1)
def listed_country() -> re.Pattern:
    """A country named in Hangul as one item of a comma-separated list ('메모: 대한민국, 기혼, …')."""
    from matchlens.preprocess.blind.lexicon import korean_countries

    names = "|".join(re.escape(c) for c in sorted(set(korean_countries()) | {"한국"}, key=len, reverse=True))
    return rx(rf"(?:(?<=[:,;/])|(?<=[:,;/][ \t]))(?:{names})(?=[ \t]*(?:[,;/]|$))")


# where one was born, after the birth date or year: '[BIRTH DATE] 훈춘 출신', '82년생 용정 출신', '생년월일: … / 용정'
# a birth said in a sentence: '1973년 6월 9일 가회면에서 태어난', '가회면에서 태어났습니다', '약산면 출신' (a town's name:
# '서울대 출신' is a school)
KO_BORN = rx(r"(?P<d>(?<!\d)(?:19|20)\d\d[ \t]*년[ \t]*\d{1,2}[ \t]*월[ \t]*\d{1,2}[ \t]*일)?[ \t]*"
                     r"(?P<p>(?<![가-힣])(?:[가-힣]{1,6}[ \t]+)?[가-힣]{1,6}(?:시|군|구|읍|면|동|리|도))?"
                     r"(?(p)(?:에서[ \t]?(?=태어|출생)|[ \t]?(?=출신|출생(?!일|지)|태생))|(?(d)(?:에[ \t]?)?(?=태어|출생)|(?!)))"
                     # any place one was born in, by its verb ('연변에서 태어났고', '사마르칸트 출생'): never a school's '출신'
                     r"|(?P<q>(?<![가-힣])[가-힣]{2,8}|(?<![\w])[A-Z][A-Za-z'\-]{2,20})(?:에서[ \t]?(?=태어)|[ \t]?(?=(?:출생|태생)(?!일|지)))")
KO_BIRTHPLACE = rx(r"(?:\[BIRTH DATE\]|(?<!\d)\d{2,4}년생)[ \t]*(?:/[ \t]*|-[ \t]*)?(?P<p>(?!출신|태생|출생)[가-힣]{2,8})"
                           r"(?=[ \t]*(?:출신|태생|출생)|[ \t]*(?:$|[|/·•,.]))", re.M)


KO_RELATIVES = rx(r"^[ \t]*(?:부|모|부친|모친|배우자|처|남편|아내|자녀|아들|딸|형|오빠|누나|언니|동생|남동생|여동생|"
                          r"조부|조모|할아버지|할머니)[ \t]*[|:\t]")
RELIGIOUS_PLACES = rx(
    r"(?i)\b(?:[ée]glise|mosqu[ée]e|synagogue|paroisse|aum[ôo]nerie|cat[ée]chisme|ramadan|car[êe]me|"
    r"a[ïi]d[ \t\-]el[ \t\-](?:fitr|kebir|adha)|aïd|eid[ \t\-]al[ \t\-](?:fitr|adha)|yom[ \t]kippou?r|"
    r"rosh[ \t]hashana|pessa[hc]h|passover|diwali|deepavali|cavadee|thaipusam|kovil|vesak|hanouk?cc?a|hanukk?ah|"
    r"chorale[ \t]paroissiale(?:[ \t]de[ \t][A-ZÀ-Þ][\w'’\-]+)?|church[ \t]?warden(?:[ \t]at[ \t][A-Z][\w'’\-]+)?|"
    r"sans religion|church|mosque|synagogue|parish|islamic cent(?:re|er)|bible study|sunday school|worship team|"
    r"[ée]cole[ \t]+coranique|madrasa|medersa|camp[ \t]+biblique|[ée]tudes?[ \t]+bibliques?|buddhist[ \t]+temple|sikh[ \t]+temple|"
    r"temple[ \t]+bouddhiste|vod(?:o|ou|u)n|vaudou|christianisme[ \t]+c[ée]leste|harriste|gr[ée]co-catholique|"
    r"(?<=de confession )[\w\-]+|"
    r"gurdwara|buddhist cent(?:re|er)|hindu temple|temple hindou|pagode|pagoda|kingdom hall|salle du royaume|"
    r"secours (?:catholique|islamique)|islamic relief|muslim aid|christian aid|jewish care|salvation army|"
    r"arm[ée]e du salut|assembl[ée]e de dieu|p[èe]lerinage(?: [àa] [\w\- ]{2,20})?|hajj|omra|umrah|la mecque|mecca|"
    # services and chapels by name, a fire-walk ('Reader at Mass', 'the Kirk choir', 'Methodist chapel', 'Teemeedee')
    r"(?-i:(?<=at )|(?<=to )|(?<=attend )|(?<=attends )|(?<=serve )|(?<=Sunday ))(?-i:Mass)\b|(?<=the )(?-i:Kirk)\b|"
    r"(?:methodist|baptist|wesleyan|pentecostal|evangelical|reformed|free)[ \t]+(?:chapel|church)|pilgrimages?(?: to [\w\- ]{2,20})?|"
    r"teemeedee|timidi|marche[ \t]+sur[ \t]+le[ \t]+feu|"
    r"coran|quran|koran|bible|torah|talmud|cat[ée]ch[èe]se|gospel(?: choir)?|chorale gospel|humanists uk|"
    r"centre culturel (?:islamique|musulman|juif)|(?:islamic|muslim|jewish|christian) (?:society|association|cent(?:re|er))|"
    r"scouts musulmans|[ée]claireurs isra[ée]lites|[ée]claireurs unionistes|scouts (?:et guides )?de france|"
    r"youth group at [\w' ]+church|masjid|mandir|madrass?ah?|vihara|catechist|cat[ée]chiste|chorale paroissiale|"
    r"paroissiale?s?|temple (?:protestant|bouddhiste|hindou(?:iste)?|tamoul|sikh|ta[ïi]ste|ja[ïi]n|cao[ \t]?da[ïi]ste)|yeshiva|seminary|s[ée]minaire|kingdom hall|ward (?:mission|choir)|"
    r"(?:seminary|primary|relief society) (?:teacher|president) at my ward|dahira|zawiy?a|"
    r"temple (?:luth[ée]rien|r[ée]form[ée]|protestant|de l['’][ée]glise[ \t]+\w+)|(?:wesleyan|methodist|baptist|catholic|lutheran) congregation)"
    r"(?:[ \t]+(?:[ée]vang[ée]lique|protestante|catholique|orthodoxe|Saint[\w\-]*|St\.?[ \t]+\w+))?\b"
    r"|(?-i:\bSt\.?[ \t]+[A-Z]\w+(?:['’]s)?[ \t]+Church\b|\b[A-Z]\w+[ \t]+Church\b)"
    r"|(?<![가-힣])(?:[가-힣]{1,4}교[ \t]?신자|침례교|장로교|감리교|순복음|라마단|교회|성당|사찰|예배|선교|연등회|템플스테이|성가대|주일학교|찬양팀|청년부|구역장|불교|기독교|천주교|신도회|법당|"
    r"절[ \t]신도회)"
    r"(?:[ \t]*[가-힣]*부)?")
RELIGIONS = (r"seventh-day adventist|adventiste du septi[èe]me jour|y[ée]zidie?|yazidi|al[ée]vie?|alevi|druze|chiite|sunnite|shia|sunni|copte|coptic|isma[ée]lien(?:ne)?|"
             r"ismaili|bah[aá]['’]?[ií]e?|zoroastrien(?:ne)?|zoroastrian|rastafari(?:an)?|tao[iï]ste|taoist|shinto[iï]ste|"
             r"animiste|animist|ja[iï]n|jain|latter-day saint|lds|wiccan|pagan|pa[iï]enne?|"
             r"presbyt[ée]rien(?:ne)?|presbyterian|methodist|m[ée]thodiste|baptist|baptiste|anglican(?:e)?|pentec[ôo]tist(?:e)?|"
             r"pentecostal|adventist(?:e)?|mormon(?:e)?|t[ée]moin de j[ée]hovah|jehovah'?s witness|quaker|"
             r"musulmane?|chr[ée]tienne?|catholique|protestante?|juif|juive|bouddhiste|hindoue?|sikh|orthodoxe|"
             r"[ée]vang[ée]lique|ath[ée]e|agnostique|muslim|christian|catholic|protestant|jewish|buddhist|hindu|"
             r"atheist|agnostic|evangelical|roman[ \t]+catholic|wesleyan|nazar[ée]en(?:ne)?|nazarene|lutheran|luth[ée]rien(?:ne)?|"
             r"hindouiste|calviniste|calvinist|kirat(?:[ \t]+mundhum)?|mouride|tidiane|tidjane|soufie?|sufi|latter-day[ \t]+saints?|"
             r"orthodox(?:[ \t]+christian)?")
# Hindu deities a temple is named after ('temple Ganesh', 'Sri Murugan Kovil'): the temple is the faith
DEITIES = (r"ganesh[a]?|ganapati|vinayag?k?ar|murugan|shiva|sivan|siva|vishnu|krishna|kali|durga|hanuman|amman|"
           r"mariamman|balaji|venkateswara|sai[ \t]baba|ayyappan|lakshmi|meenakshi")
RELIGION = rx(
    rf"(?i)\b(?:de[ \t]+)?(?:confession|religion|foi)[ \t]+(?!:)(?:{RELIGIONS})\b"
    rf"|\b(?:pratiquante?|practi[cs]ing|devout|croyante?)[ \t]+(?:{RELIGIONS})\b|\b(?:{RELIGIONS})[ \t]+pratiquante?\b"
    r"|(?-i:\b[A-ZÀ-Þ][\w\-]+)[ \t]+(?:croyante?|pratiquante?|believer)\b"
    rf"|\b(?:{RELIGIONS})(?:[ \t]*\([^)\n]{{1,30}}\))?[ \t]+(?:by[ \t]+faith|de[ \t]+confession|by[ \t]+religion)\b"
    r"|\b(?:practi[cs]ing|devout|observant)[ \t]+(?-i:[A-ZÀ-Þ][\w\-]+)(?:[ \t]*\([^)\n]{1,40}\))?"
    r"|\bsans[ \t]+(?:confession|religion)\b|\baucune[ \t]+(?:religion|confession)\b|\bno[ \t]+religion\b|\bnon-religious\b"
    rf"|\b(?:{RELIGIONS})[ \t]+(?:youth|group|scouts?|choir|chorale|community|communaut[ée]|association|school|[ée]cole|"
    r"charity|mission|camp|retreat|retraite|fellowship|aumônerie|patronage|jeunesse)\b"
    rf"|\b(?:(?:{I_AM})(?:[ \t]+an?)?|(?:il|elle|he|she)[ \t]+(?-i:est|is)(?:[ \t]+an?)?)[ \t]+(?:{RELIGIONS})\b"
    rf"|(?m:^)[ \t]*[-•*][ \t]*(?-i:est|is)(?:[ \t]+an?)?[ \t]+(?:{RELIGIONS})\b"  # '- est orthodoxe' in a list about the person
    rf"|(?m:^)[ \t]*(?:->|→|=>)[ \t]*(?:{RELIGIONS})(?=[ \t]*(?:\(|$|[,.;]))"  # a call note's '-> musulman (dit au tel)'
    r"|(?:불교|기독교|천주교|개신교|원불교|천도교|대순진리회|증산도|통일교|이슬람(?:교)?|힌두교|유대교|무교)(?:[ \t]*신자)?"
    r"|(?<![가-힣])종교(?:는|은)?[ \t]*:?[ \t]*(?!시설|단체|기관|학|관련)[가-힣]{1,8}(?:[ \t](?:정교회|교회|불교|교))?(?![가-힣])"
    # a practice said without the faith's name ('(messe)', 'culte le dimanche', 'Jumu'ah', '주말 절 봉사', '가정연합 교회')
    r"|(?i:\(messe\)|\bmesse[ \t]+(?:du|le)[ \t]+(?:dimanche|samedi)|\bculte[ \t]+(?:le|du)[ \t]+(?:dimanche|samedi|vendredi)"
    r"|\b(?:orthodox|great)[ \t]+lent(?:[ \t]+fast(?:ing)?)?\b|(?-i:\bLent\b)[ \t]+fast(?:ing)?\b|\b(?:fasting|fast)[ \t]+(?:for|during)[ \t]+(?-i:Lent)\b"
    r"|(?-i:\bEid\b)|\bj[eê][uû]ne[ \t]+(?:du[ \t]+)?(?:ramadan|car[êe]me)|\bramadan[ \t]+fast(?:ing)?\b"
    r"|\b(?:temple|kovil|mandir)[ \t]+(?:de[ \t]+|of[ \t]+)?(?:sri[ \t]+)?(?:" + DEITIES + r")\b"
    r"|\b(?:sri[ \t]+)?(?:" + DEITIES + r")[ \t]+(?:temple|kovil|mandir)\b"
    r"|\b(?:je[ \t]+porte|i[ \t]+wear|wearing|porte|portant)[ \t]+(?:le|un|une|a|the|my|mon)[ \t]+(?:voile|foulard|hijab|headscarf|"
    r"head[ \t]+scarf|turban|kippa|kippah|niqab|jilbab)\b|\(adventistes?\)|\badventistes?\b"
    r"|\bjumu['’]?ah\b|\bjumm?ah?\b|\bi[ \t]+pray(?:[ \t]+(?:\d|five)[ \t]+times[ \t]+(?:a|per)[ \t]+day)?\b|\bje[ \t]+prie\b|\bfriday[ \t]+prayers?\b|\bpri[èe]re[ \t]+du[ \t]+vendredi|\bshabbat\b|\bsabbath\b"
    r"|\bapostolic[ \t]+faith(?:[ \t]+mission)?(?:[ \t]+choir)?|\bnouvel[ \t]+an[ \t]+y[ée]zidi|\by[ée]zidie?s?\b|\byazidis?\b)"
    r"|(?<![가-힣])(?:[가-힣]{1,6}[ \t])?교회(?:[ \t]*(?:봉사|성가대|청년부|집사))?|(?<![가-힣])(?:주말[ \t])?절(?:에서|에)?[ \t](?:봉사|공양|법회|기도|불공|신도)"
    r"|(?<![가-힣])(?:절|성당|교회|사찰|모스크|예배)(?:에)?[ \t]?(?:다님|다녀요|다닙니다|다니고|다니는|다녀여|나가요|나감)"
    r"|(?<![가-힣])(?:불자|교인|성도|안식일|주일[ \t]?성수)(?=$|[^가-힣]|입니다|이에요|예요|임|이고|이며)"
    # the faith after its icon, as a post or a profile writes it ('🕌 muslman', '⛪ catho', '📿 …')
    r"|(?:🕌|⛪|🕍|🛕|☪|✝|☦|🕉|✡|📿)\ufe0f?[ \t]*[^\n|/·•;]{0,40}[^\n|/·•; \t]")
# two demonyms joined ('français et sri-lankais', 'Comorian and French'): a dual nationality unless both are languages
DEMONYM_PAIR = rx(rf"(?im)(?:^|(?<=[:|,;·•(\-–—]))[ \t>*•\-]*(?P<a>(?:{DEMONYMS})(?:ne|e|s|es)?)[ \t]+(?:et|and|&|/)[ \t]+"
                          rf"(?P<b>(?:{DEMONYMS})(?:ne|e|s|es)?)\b(?=[ \t]*(?:$|[,;.|)·•]))")  # a segment of its own
LANGUAGE_NAMES = {"francais", "anglais", "espagnol", "allemand", "italien", "portugais", "arabe", "chinois", "japonais",
                  "russe", "turc", "polonais", "roumain", "neerlandais", "grec", "coreen", "vietnamien", "hindi", "ourdou",
                  "persan", "swahili", "wolof", "bambara", "lingala", "berbere", "kabyle", "tamoul", "bengali", "thai",
                  "ukrainien", "serbe", "croate", "bulgare", "hongrois", "tcheque", "slovaque", "suedois", "danois",
                  "norvegien", "finnois", "albanais", "armenien", "georgien", "hebreu", "malgache", "creole", "french",
                  "english", "spanish", "german", "italian", "portuguese", "arabic", "chinese", "japanese", "russian",
                  "turkish", "polish", "romanian", "dutch", "greek", "korean", "vietnamese", "urdu", "persian", "tamil",
                  "bengali", "ukrainian", "serbian", "croatian", "bulgarian", "hungarian", "czech", "slovak", "swedish",
                  "danish", "norwegian", "finnish", "albanian", "armenian", "georgian", "hebrew", "malagasy", "creole",
                  # regional and less taught languages a CV lists ('Occitan (notions)', 'Shimaoré'), none a demonym
                  "occitan", "euskara", "gallo", "picard", "shimaore", "kibushi", "pulaar", "dioula", "haoussa", "yoruba",
                  "igbo", "amharique", "pachto", "dari", "tagalog", "cantonais", "mandarin", "gaelic", "pashto", "amharic",
                  "cantonese", "lsf", "bsl"}


def is_language(text: str) -> bool:
    """Words that all name languages and no nationality ('Occitan (notions)', 'Shimaoré'; not 'Français', which in a
    line of personal values is one, nor 'Anglais courant')."""
    words = re.findall(r"[^\W\d_]+", unicodedata.normalize("NFKD", re.sub(r"\([^)]*\)", "", text)).encode(
        "ascii", "ignore").decode().lower())
    return bool(words) and all(w in LANGUAGE_NAMES and not DEMONYM.match(w) for w in words)  # 'Français' is both


def both_languages(m: re.Match) -> bool:
    """Whether both demonyms of a DEMONYM_PAIR match also name languages ('anglais et espagnol')."""
    words = [unicodedata.normalize("NFKD", m.group(k)).encode("ascii", "ignore").decode().lower() for k in ("a", "b")]
    return all(w in LANGUAGE_NAMES or re.sub(r"(?:ne|e|s|es)$", "", w) in LANGUAGE_NAMES for w in words)


# a town said in lower case in a transcript ('j'habite à dzaoudzi', 'i live in irlam'): kept only when the town list
# holds it (masking checks)
# where one lives said as typed, the town in any case and read against the list of towns (masking._lower_town):
# "j'habite à dzaoudzi", 'jhabite meru', 'jsuis sur liancourt', 'im in Willenhall', 'based in willenhall'
RESIDENCE_LOWER = rx(r"(?i)\b(?:j['’]?[ \t]?habite(?:[ \t]+(?:à|a|au|en|sur|vers))?|i[ \t]+live[ \t]+(?:in|at|near)|"
                             r"i['’]?m[ \t]+(?:living[ \t]+|based[ \t]+)?(?:in|near)|based[ \t]+(?:in|near)|lives?[ \t]+in|"
                             r"living[ \t]+in|je[ \t]+vis[ \t]+(?:à|a|au|en|sur)|je[ \t]+r[ée]side[ \t]+(?:à|a|au|en)|"
                             r"(?:j['’]?[ \t]?suis|jsuis|chuis|chui|je[ \t]+sui)[ \t]+(?:sur|vers|à|a)|"
                             r"hab(?:ite)?[ \t]+(?:à|a|sur))[ \t]+"
                             r"(?P<town>[^\W\d_][\w'’\-]{1,30}(?:[ \t][^\W\d_][\w'’\-]{1,20}){0,2})")


# An age or a family situation said in the author's own language (a Portuguese, Polish, Turkish, Ukrainian, Nepali…
# sentence in a French, English or Korean CV): an age by its first-person frame or a word that only means age
# ('Tenho 24 anos', 'Mam 56 lat', 'Мені 46 років', '20 yaşında', '25 tuổi', '24 taong gulang'), never a duration
# ('Tenho 12 anos de experiência', 'Mam 10 lat doświadczenia'); numbers in words in Portuguese and Spanish
_PT_ES_TENS = (r"(?:vinte|trinta|quarenta|cinquenta|sessenta|setenta|oitenta|veinte|treinta|cuarenta|cincuenta|"
               r"sesenta|setenta|ochenta)")
_PT_ES_UNITS = (r"(?:[ \t]+[ey][ \t]+(?:um|uma|dois|duas|tr[êe]s|quatro|cinco|seis|sete|oito|nove|uno|dos|tres|cuatro|"
                r"cinco|seis|siete|ocho|nueve))?")
_AGE_N = (rf"(?:[1-9]\d|{_PT_ES_TENS}{_PT_ES_UNITS}|veinti(?:uno|dós|dos|trés|tres|cuatro|cinco|séis|seis|siete|ocho|"
          r"nueve)|dezoito|dezanove|dezenove|dieciocho|diecinueve)")
_NOT_DURATION = (r"(?![ \t]+(?:de[ \t]+(?:experi|trabalho|trabajo|servi|pr[áa]ctica|pr[áa]tica|muncă|munca)|"
                 r"do[śs]wiadcz|pracy|sta[żz]u|досвід|стаж|w[ \t]+|в[ \t]+|у[ \t]+|na[ \t]+|em[ \t]+|en[ \t]+|in[ \t]+|"
                 r"como|jako|ca[ \t]|experi|d['’]exp))")
AGE_ABROAD = rx(
    rf"(?i)(?<![\w])(?:tenho|tengo|ho|am|mam|mam[ \t]+ju[żz]|мені|мне|man|imam|имам)[ \t]+(?P<n>{_AGE_N})[ \t]+"
    r"(?:de[ \t]+)?(?:anos|años|anni|ani|lat|lata|років|роки|рік|лет|года|год|m\.|metai|metų|godina|години)"
    + _NOT_DURATION +
    r"|(?<![\w])[1-9]\d[ \t]*ya[şs][ıi]nda(?:y[ıi]m)?\b"
    r"|(?<![\w])[1-9]\d[ \t]+tu[ổô]i\b"
    r"|(?<![\w])[1-9]\d[ \t]+taong[ \t]+gulang\b"
    r"|(?<![\w])(?:berumur|berusia|umur(?:[ \t]+saya)?|usia(?:[ \t]+saya)?)[ \t]+[1-9]\d[ \t]+tahun\b"
    r"|उमेर[ \t]+[1-9]\d[ \t]+वर्ष|(?:อายุ)[ \t]*[1-9]\d[ \t]*ปี|အသက်[ \t]*[1-9]\d[ \t]*နှစ်")
# a marital status said in a sentence or a list in another language ('Sou divorciada', 'Jestem żonaty', 'Sunt
# necăsătorită', 'Esu vedęs', 'म विवाहित हुँ'), and children counted ('Tenho 2 filhos', 'Mam 1 dziecko', 'Am 4 copii',
# '2 çocuğum var', 'มีบุตร 4 คน', 'သားသမီး 2 ယောက်'); words that are something else in French or English ('panna'
# cotta, 'dul', 'con', 'anak perusahaan') only after the first person
_STATUS = (r"casad[oa]|solteir[oa]|solter[oa]|divorciad[oa]|vi[úu]v[oa]|viud[oa]|separad[oa]|sposat[oa]|"
           r"coniugat[oa]|nubile|celibe|divorziat[oa]|vedov[oa]|c[ăa]s[ăa]torit[ăa]?|nec[ăa]s[ăa]torit[ăa]?|"
           r"divor[țţt]at[ăa]?|v[ăa]duv[ăa]?|[żz]onaty|zam[ęe][żz]na|rozwiedzion[ya]|wdowiec|wdowa|kawaler|evli|"
           r"bek[âa]r|bo[şs]anm[ıi][şs]|одружен(?:ий|а)|заміжня|неодружен(?:ий|а)|розлучен(?:ий|а)|вдівець|"
           r"замужем|женат|разведен(?:а)?|ved[ęe]s|vedusi|i[šs]tek[ėe]jusi|nevedęs|netek[ėe]jusi|i[šs]siskyr[ęe]s|"
           r"i[šs]siskyrusi|đã kết hôn|độc thân|đã ly hôn|belum[ \t]+menikah|menikah|belum[ \t]+kawin|"
           r"may[ \t]+asawa|walang[ \t]+asawa|uylangan|turmushga[ \t]+chiqqan|bo['ʻ‘’]ydoq|ajrashgan|"
           r"विवाहित|अविवाहित|अविवाहिता|विवाहिता|สมรสแล้ว|โสด|အိမ်ထောင်ရှိ|လူပျို|အပျို")
_FIRST_PERSON = (r"(?:sou|soy|estoy|sono|sunt|jestem|я|esu|tôi|saya|ako[ \t]+ay|म|ben|men|аз)")
_CHILD_WORDS = (r"filh[oa]s?|hij[oa]s?|figli[oe]?|figlia|copii|copil|dzieci|dziecko|dzieci|çocu[ğg]um|çocuk|дітей|"
                r"дитина|дитини|діти|детей|ребенок|ребёнка|vaikai|vaikų|vaikas|farzand(?:im|larim|lari)?|anak")
FAMILY_ABROAD = rx(
    rf"(?i)(?<![\w])(?<!do[ \t])(?<!da[ \t])(?<!de[ \t])(?<!del[ \t])(?<!el[ \t])(?<!la[ \t])(?:{_STATUS})(?![\w])|(?<![\w]){_FIRST_PERSON}[ \t]+(?:panna|dul|dalaga|binata)(?![\w])"
    rf"|(?<![\w])[1-9][ \t]+(?:{_CHILD_WORDS})(?![\w])(?:[ \t]+var\b)?"
    r"|(?<![\w])(?:có|Có)[ \t]+[1-9][ \t]+(?:con|đứa con)(?![\w])|มีบุตร[ \t]*[1-9][ \t]*คน|มีลูก[ \t]*[1-9][ \t]*คน"
    r"|သားသမီး[ \t]*[1-9][ \t]*ယောက်|छोराछोरी[ \t]*[1-9]")


# a faith and a birthplace said in a sentence of another language: the faith after the first person or a word for
# religion ('Sou Católica', 'Sunt de religie ortodoxă', 'Dinim İslam', 'Agama saya Islam', 'मेरो धर्म बौद्ध हो'), never a
# school or a charity's name on its own ('Universidade Católica' is a diploma); the birthplace after its frame ('Sou natural
# de Caratinga', 'Nací en Almendralejo', 'M-am născut în Pașcani', 'Родом з: м. Коломия', 'Gimiau: Tauragė', 'Yozgat
# doğumluyum', 'मेरो जन्म Syangja मा', 'ខ្ញុំកើតនៅ Prey Veng'): the place is masked, the frame stays
_FAITHS = (r"cat[óo]lic[oa]|cattolic[oa]|evang[ée]lic[oa]|ortodox[ăa]?|ortodoks(?:yjn[aey]|a)?|prawos[łl]awn[aey]|"
           r"rzymskokatolick(?:i|a|ie)|katolick(?:i|a|ie)|katolik|musulm[áa]n[oa]?|m[üu]sl[üu]man|islam|İslam|islom|"
           r"budist[ao]|budismo|hindu|hind[úu]|हिन्दु|हिन्दू|बौद्ध|ဗုဒ္ဓ|ព្រះពុទ្ធសាសនា|ពុទ្ធសាសនា|พุทธ|phật[ \t]+giáo|"
           r"công[ \t]+giáo|tin[ \t]+lành|hồi[ \t]+giáo|kristen|protestan|iglesia[ \t]+ni[ \t]+cristo|romos[ \t]+katalikų|"
           r"православн(?:ий|а|ого|ої)|греко-католи(?:к|чка|цьк(?:ий|а))|pravoslavn(?:ý|á|i|a)|krikščion(?:is|ė)")
RELIGION_ABROAD = rx(
    rf"(?i)(?<![\w])(?:sou|soy|sono|sunt(?:[ \t]+de[ \t]+religie)?|jestem|ben|men|я|esu|saya|ako[ \t]+ay|ខ្ញុំកាន់|"
    rf"religie|religia|religi[óo]n|religião|religione|dinim|dini|agama(?:[ \t]+saya)?|मेरो[ \t]+धर्म|धर्म|ศาสนา|"
    rf"theo[ \t]+đạo|relihiyon|e['ʼ’]tiqodim)[ \t]*:?[ \t]+(?P<f>{_FAITHS})(?![\w])"
    rf"|(?<![\w])(?P<g>{_FAITHS})[ \t]+ဘာသာ")
_CAP = r"(?-i:[A-ZÀ-ÖØ-ÞĀ-ſА-ЯЁІЇЄҐ])"
_BIRTHPLACE = (rf"(?:[мm]\.[ \t]*)?{_CAP}[\w'’\-]*(?:[ \t]+(?:(?:de|do|da|dos|das|del|di|la)[ \t]+)?{_CAP}[\w'’\-]*){{0,3}}")
BIRTH_ABROAD = rx(
    rf"(?i)(?<![\w])(?:sou[ \t]+natural[ \t]+de|nac[ií][ \t]+en|nasci[ \t]+(?:em|no|na)|nato[ \t]+a|nata[ \t]+a|"
    r"m-am[ \t]+născut[ \t]+(?:în|la)|m-am[ \t]+nascut[ \t]+(?:in|la)|urodzi(?:łem|łam)[ \t]+się[ \t]+w|"
    r"родом[ \t]+з:?|народи(?:вся|лася)[ \t]+(?:в|у)|gimiau:?|ipinanganak[ \t]+ako[ \t]+sa|"
    r"quê[ \t]+(?:em|tôi|anh|chị|của[ \t]+(?:em|tôi))[ \t]+(?:ở[ \t]+)?|sinh[ \t]+ra[ \t]+(?:ở|tại)|ខ្ញុំកើតនៅ|lahir[ \t]+di|"
    rf"tug['ʻ‘’]ilganman:?)[ \t]*(?P<p>{_BIRTHPLACE})"
    rf"|(?<![\w])(?P<q>{_BIRTHPLACE})[ \t]+do[ğg]umluyum"
    rf"|मेरो[ \t]+जन्म[ \t]+(?P<r>{_BIRTHPLACE})[ \t]+मा")


# an identity document's header names the country that issued it, the holder's nationality ('REPÚBLICA PORTUGUESA ·
# CARTÃO DE CIDADÃO', 'ROMÂNIA · CARTE DE IDENTITATE', 'УКРАЇНА · ID-КАРТКА', 'PASSPORT · REPUBLIC OF KENYA')
_ID_DOCS = (r"cart[ãa]o[ \t]+de[ \t]+cidad[ãa]o|carte[ \t]+(?:nationale[ \t]+)?d['’]identit[ée]|carte[ \t]+de[ \t]+identitate|"
            r"buletin[ \t]+de[ \t]+identitate|carnet[ \t]+de[ \t]+identidad|documento[ \t]+nacional[ \t]+de[ \t]+identidad|"
            r"dow[óo]d[ \t]+osobisty|kimlik[ \t]+kart[ıi]|n[üu]fus[ \t]+c[üu]zdan[ıi]|id-картка|паспорт(?:[ \t]+громадянина)?|"
            r"passport|passeport|pasaporte|passaporte|paszport|pasaport|identity[ \t]+card|carta[ \t]+d['’]identit[àa]|"
            r"personalausweis|identiteitskaart|ob[čc]ansk[ýy][ \t]+pr[ůu]kaz|asmens[ \t]+tapatyb[ėe]s[ \t]+kortel[ėe]|"
            r"c[ăa]n[ \t]+c[ưu][ớo]c[ \t]+c[ôo]ng[ \t]+d[âa]n|ch[ứu]ng[ \t]+minh[ \t]+nh[âa]n[ \t]+d[âa]n|"
            r"kartu[ \t]+tanda[ \t]+penduduk|residence[ \t]+permit|titre[ \t]+de[ \t]+s[ée]jour")
_NOT_COUNTRY = r"(?!(?:recto|verso|front|back|face|page|copie|copy|scan|photo|num[ée]ro|number|n°|valid|expir)\w*)"
ID_COUNTRY = rx(
    rf"(?im)^[ \t]*(?P<c>(?!(?:{_ID_DOCS})\b){_NOT_COUNTRY}[^\W\d_][^\n·|•–—:]{{2,40}}?)[ \t]*[·|•–—][ \t]*(?:{_ID_DOCS})(?![\w])"
    rf"|^[ \t]*(?:{_ID_DOCS})[ \t]*[·|•–—][ \t]*{_NOT_COUNTRY}(?P<d>[^\W\d_][^\n·|•–—:]{{2,40}}?)[ \t]*$")


# a birth typed in a hurry: a two-digit year ('né en 77', 'born 78', "née en '98", 'né le 11/94'), and the place after a
# masked birth date, accents and capitals or not ('[BIRTH DATE] a Berkane', '… in stalowa wola.')
BIRTH_TYPED = rx(r"(?i)\b(?:n[ée]e?|born)(?:\(e\))?(?:[ \t]+(?:en|in|le|on))?[ \t]+(?:'?\d{2}|\d{1,2}/\d{2})(?![\w/.])")
BIRTHPLACE_AFTER = rx(
    # after the date: 'à Néma', ', a Néma', 'A GHAZNI', 'in the city of Halabja', ', pays Khost', 'dans la ville de …'
    r"\[BIRTH DATE\][ \t]*,?[ \t]*(?:(?i:à|a|in|at|au)[ \t]+(?:(?i:the[ \t]+(?:city|town|village)[ \t]+of|la[ \t]+ville[ \t]+de|"
    r"le[ \t]+village[ \t]+de)[ \t]+)?|(?i:pays|country|ville|city|lieu)[ \t]*:?[ \t]*|(?i:dans[ \t]+(?:la[ \t]+ville|le[ \t]+village)[ \t]+de)[ \t]+)(?P<p>[^\W\d_][\w'’\-]*(?:[ \t]+[^\W\d_][\w'’\-]*){0,2}"
    r"(?:[ \t]*\((?-i:[A-ZÀ-Þ])[^()\n]{1,30}\))?(?=[ \t]*(?:[.,;!)(\n/|·•–—]|[ \t]-[ \t]|$))"
    r"|(?-i:[A-ZÀ-Þ])[\w'’\-]+)")


# a family situation typed in a hurry: spellings a texter or a learner writes ('celibatere', 'célib', 'maryée',
# 'divorsé', 'marrried', 'singel', 'devorced'), children in slang or counted in Korean words ('2 gosses', '애 둘', '돌싱')
FAMILY_TYPED = rx(
    # the infinitive typed for the participle ('je suis marier', 'divorcer 2 enfants', 'SITUATION : MARIER'), not a verb
    # ('pour se marier', 'je vais me marier')
    r"(?i)(?<!\bse[ \t])(?<!\bme[ \t])(?<!\bte[ \t])(?<!\bde[ \t])(?<!\bpour[ \t])(?<!\bva[ \t])(?<!\bvais[ \t])(?<![\w'’])"
    r"(?:mari[eé]r|divorc[eé]r|s[ée]par[eé]r|pacs[eé]r)(?=[ \t]*(?:\d|\[|[,.;:!|/]|$|avec\b|avc\b|dc\b|sans\b|\+))"
    r"|(?<![\w])(?:c[ée]lib(?:atere|atèr|ataire|atair|ater)?|mary[ée]e?s?|divors[ée]e?s?|divorc(?:[ée]e?)?(?=[ \t]+(?:avc|avec|w/|with))|"
    r"mar{2,}i?ed|marr?ied|maried|singel|sinlge|devorced|divorsed|divoced|seperated|separeted|widdow(?:ed)?|"
    r"pac[sc][ée]e?|[1-9][ \t]*(?:gosses?|gamins?|gamines?|mômes?|momes?|marmots?|enfts?|enf\b)|"
    r"(?:maman|papa|mum|mom|mère|mere)[ \t]+(?:de|of)[ \t]+[1-9])(?![\w])"
    r"|(?<![가-힣])(?:애|아이|자녀)[ \t]?(?:하나|둘|셋|넷|다섯|[1-9][ \t]?명?)(?![가-힣])|돌싱|유부녀|유부남|싱글맘|싱글대디"
    r"|(?<![가-힣])(?:결혼|이혼)(?:함|했음|했어요|했습니다|했고)(?![가-힣])|(?<![가-힣])(?:기혼|미혼)(?:임|이에요|입니다)?(?![가-힣])"
    r"|(?i:\b(?:im|i['’]m|i[ \t]+am|je[ \t]+suis|jsuis|chui|je[ \t]+sui)[ \t]+(?:single|married|divorced|widowed|c[ée]lib\w*|mari[ée]e?r?|divorc[ée]e?r?|veu(?:f|ve))(?![\w]))")


RELIGION_WORD = rx(rf"(?i)\b(?:{RELIGIONS})\b")
# a faith as one item among a line's masked personal values ('[ADDRESS]. Évangélique. [HEALTH].', '• Protestante •')
# a demonym or a visa code a few words before or after a masked nationality ('oui tamoule [NATIONALITY]', '[NAME] is
# Kurdish with [NATIONALITY]', '[NATIONALITY] E-9'), and the line that lists languages, where a demonym is one
ORIGIN_WORDS = r"tamoule?s?|tamil|kurdes?|kurdish|roms?|tsiganes?|gitane?s?|pachtoune?s?|pashtun|hazaras?"
BESIDE_NATIONALITY = rx(rf"(?i)(?<![\w\-])(?P<v>(?:{DEMONYMS})(?:ne|e|s|es)?|(?:{ORIGIN_WORDS})|(?-i:[A-H])-\d{{1,2}})(?![\w\-])"
                        rf"(?=(?:[ \t,;:/\-–]+[^\W\d_]+){{0,3}}[ \t,;:/\-–]+\[NATIONALITY\])"
                        rf"|(?<=\[NATIONALITY\])(?P<a>(?:[ \t,;:/\-–]+[^\W\d_]+){{0,2}}[ \t,;:/\-–]+)"
                        rf"(?P<v2>(?:{DEMONYMS})(?:ne|e|s|es)?|(?:{ORIGIN_WORDS})|(?-i:[A-H])-\d{{1,2}})(?![\w\-])")
LANGUAGES_LINE = rx(r"(?i)\b(?:langues?|languages?|parl[ée]e?s?|speaks?|spoken|언어|외국어)\b")
# a faith written beside a masked personal value without a separator, as texters and learners list them ('[FAMILY
# STATUS] MUSULMANE [HEALTH]', '[SEX] Catholic')
PLACED_FAITH = rx(rf"(?i)(?<=\])[ \t]+(?:{RELIGIONS})(?![\w\-])|(?<![\w\-])(?:{RELIGIONS})(?=[ \t]+\[(?:SEX|AGE|FAMILY STATUS|HEALTH|"
                  rf"NATIONALITY|BIRTH DATE)\])")
LISTED_FAITH = rx(rf"(?i)(?:^|(?<=[,;/•·|.:])|(?<=[,;/•·|.:][ \t]))[ \t]*(?:{RELIGIONS})(?:[ \t]+(?:non[ \t\-]+)?"
                  rf"(?:pratiquante?|practi[cs]ing))?(?=[ \t]*(?:[,;/•·|.]|$))", re.M)
CHILDREN = rx(r"(?i)\b(?:\d+|un|une|deux|trois|quatre|cinq|six|one|two|three|four|five|an?)[ \t]+(?:enfants?|enfts?|enf\.|"
                      r"children|child|kids?|fils|filles?)(?:\b|(?<=\.))(?:[ \t]*\([^)\n]{0,20}\))?")
CHILDCARE = rx(r"(?i)(?:garde|gard[ée]|s['’]occuper|occup[ée]e?|auprès|accompagn\w*|encadr\w*|surveill\w*|"
                       r"animation|pour|of|for|looking after|care|caring|baby-?sitting|nanny|nounou|"
                       r"fratrie|famille de|family with|aide aux devoirs|agr[ée]ment|accueil|accueillir|"
                       r"porteur|nanny[ \t]+to|childminder|childminding|PMI)[^\n.]{0,25}$")
# a job of caring for other people's children, just before the children counted ('nanny to 3 children')
CHILDCARE_JOB = rx(r"(?i)(?:nanny|nounou|childmind\w*|baby-?sitt\w*|au[ \t]+pair|garde[ \t]+d['’]enfants|agr[ée]ment|"
                           r"cr[èe]che|looking[ \t]+after)[^\n.;]{0,25}\Z")
FAMILY = rx(r"(?i)\b(?:(?:carer|caregiver)[ \t]+for[ \t]+(?:my|his|her|their)[ \t]+(?:father|mother|mum|dad|parents?|"
                    r"husband|wife|partner|son|daughter|child(?:ren)?|sister|brother|grand(?:mother|father|parents?))"
                    r"|aidante?s?[ \t]+famili(?:al|ale|aux|ales)|proche[ \t]+aidante?"
                    r"|to[ \t]+(?:raise|bring[ \t]+up|look[ \t]+after|care[ \t]+for)[ \t]+(?:my|his|her|their|our)[ \t]+(?:child(?:ren)?|kids|sons?|daughters?|family|baby|twins)"
                    r"|pour[ \t]+(?:m['’]occuper[ \t]+(?:de[ \t]+)?|[ée]lever[ \t]+)(?:mes|mon|ma|nos|notre)[ \t]+(?:enfants?|fils|filles?|b[ée]b[ée]|jumeaux|parents?|p[èe]re|m[èe]re)|(?:une?[ \t]+)?(?:maman|papa|mum|mom|dad)(?=[ \t]+(?:de|d['’]|of|solo|isol[ée]e?|seule?|c[ée]libataire|single|[àa][ \t]+plein))|mari(?:é|ée|ee)|c[ée]libataire|pacs[ée]e?|divorc[ée]e?|(?!(?-i:Veuve[ \t]+[A-Z]))veu(?:f|ve)|en couple|concubinage|"
                    r"vie maritale|married|divorced|widowed|m[èe]re de famille|p[èe]re de famille|mère de|père de|papa de|maman de|"
                    r"mother of|father of|mum of|mom of|dad of|fianc[ée]e?|engaged|enceinte|pregnant|"
                    r"single(?=[ \t]*(?:[,.;\n(•·|–—]|$|mother|father|parent|with))|"
                    r"living[ \t]+with[ \t]+(?:my[ \t]+)?(?:partner|boyfriend|girlfriend|wife|husband|fianc[ée]e?)|"
                    r"vi[st][ \t]+en[ \t]+couple|"
                    r"m[èe]re au foyer|p[èe]re au foyer|parent au foyer|stay-at-home (?:mum|mom|dad|parent)|"
                    r"cong[ée] (?:parental|maternit[ée]|paternit[ée])|(?:maternity|paternity|parental) leave|"
                    r"civil partnership|in a relationship|dependants?[ \t]*:[ \t]*\d+|\d+[ \t]+dependants?|"
                    r"\d+[ \t]+personnes?[ \t]+à[ \t]+charge|sans enfants?|no children|"
                    r"(?:with )?(?:one|two|three|four|\d) (?:child|children)|raising (?:my|our) (?:children|kids|family)|"
                    r"(?:élever|éducation de) mes enfants)\b"
                    r"|기혼|미혼|이혼|사별|별거|자녀[ \t]*\d+명?|부양가족[^\n]{0,10}|육아[ \t]*휴직|출산[ \t]*휴가|경력[ \t]*단절[^\n|]{0,12}"
                    r"|(?:(?<![가-힣])[가-힣]+[ \t])?아이의 (?:엄마|아빠)|(?<![가-힣])(?:한|두|세|네|다섯)[ \t]?(?:아이|자녀|아들|딸)(?:의)?[ \t]?(?:엄마|아빠|어머니|아버지)"
                    r"|(?<![가-힣])임신[ \t]*(?:\d{1,2}[ \t]*(?:주|개월)(?:[ \t]*차)?|중)(?![가-힣])|(?<![가-힣])(?:아내|남편|배우자|와이프|시부모|시댁|처가)(?:의|가|이|와|과|를|을|는|은|도|께서)?(?![가-힣])"
                    r"|(?i:\b(?:my|our)[ \t]+(?:wife|husband|spouse|fianc[ée]e?)\b|\b(?:mon[ \t]+(?:mari|époux|conjoint|compagnon|fiancé)|"
                    r"ma[ \t]+(?:femme|épouse|conjointe|compagne|fiancée))\b"
                    # one's place among siblings, grandchildren ('Aînée d'une fratrie de 4', 'Grandmother of 7', '3남매 중 장녀')
                    r"|(?i:\b(?:l['’])?(?:a[îi]n[ée]e?|cadet(?:te)?|benjamine?)[ \t]+(?:d['’]une|de)[ \t]+(?:fratrie|famille)[ \t]+de[ \t]+\d+"
                    r"(?:[ \t]+enfants)?|\b(?:fils|fille)[ \t]+unique\b|\bgrand(?:mother|father|ma|pa|parent)[ \t]+(?:of|to)[ \t]+\d+"
                    r"|\b(?:grand-m[èe]re|grand-p[èe]re|mamie|mamy|papy|papi)[ \t]+de[ \t]+\d+)"
                    r"|(?<![가-힣\d])\d[ \t]?(?:남매|형제|자매|남[ \t]?\d[ \t]?녀)(?:의|[ \t]?중)?[ \t]?(?:엄마|아빠|어머니|아버지|장남|장녀|차남|차녀|막내|"
                    r"둘째|첫째|셋째)|(?<![가-힣])외동(?:아이|딸|아들)?(?:의)?[ \t]?(?:엄마|아빠)"
                    r"|(?<![가-힣])손(?:주|자|녀)[ \t]*\d+[ \t]*명을?[ \t]*(?:둔|가진|키우는)[ \t]*(?:할머니|할아버지)"
                    r"|\((?:wife|husband|spouse|partner|épouse|époux|mari|conjointe?|compagne|compagnon|mother|father|mère|père|"
                    r"sister|brother|sœur|soeur|frère|son|daughter|fils|fille)\))")
BODY_FR = (r"genou|hanche|dos|[ée]paule|cheville|poignet|m[ée]nisque|coude|colonne(?:[ \t]+vert[ée]brale)?|"
           r"canal[ \t]+carpien|c[œo]e?ur|ligaments?(?:[ \t]+crois[ée]s?)?")
BODY_EN = r"knee|back|hip|shoulder|wrist|ankle|elbow|spine|spinal|heart|cruciate[ \t]+ligament|carpal[ \t]+tunnel"
# what a body's restriction is about: carrying, standing long, repeating a movement
STRAIN_FR = (r"(?:port[ \t]+de[ \t]+charges?(?:[ \t]+lourdes)?|station[ \t]+debout(?:[ \t]+prolong[ée]e)?|"
             r"gestes[ \t]+r[ée]p[ée]titifs|manutention[ \t]+lourde)")
HEALTH = rx(
    r"\bRQTH\b|\bBOETH\b|(?i:\breconnaissance[ \t]+(?:de[ \t]+la[ \t]+qualit[ée][ \t]+)?(?:de[ \t]+)?travailleur[ \t]+handicap[ée]e?)"
    r"|(?i:\b(?:je[ \t]+suis[ \t]+|statut[ \t]+(?:de[ \t]+)?|reconnue?[ \t]+)?(?:travailleu(?:r|se)[ \t]+)?handicap[ée]e?\b"
    r"|\bb[ée]n[ée]ficiaire[ \t]+(?:de[ \t]+l['’]obligation[ \t]+d['’]emploi|de[ \t]+la[ \t]+RQTH)"
    r"|\b(?:je[ \t]+suis[ \t]+)?en[ \t]+situation[ \t]+de[ \t]+handicap(?:[ \t]+(?:moteur|visuel|auditif|psychique|mental))?\b)"
    r"|(?i:\b(?:taux[ \t]+d['’]incapacit[ée]|pension[ \t]+d['’]invalidit[ée]|invalidit[ée][ \t]+cat[ée]gorie)[^\n,;]*)"
    r"|(?i:\bI[ \t]+am[ \t]+(?:disabled|deaf|blind|registered disabled)|\bregistered[ \t]+disabled\b|\bdisabled\b"
    r"|\b(?:diab[ée]tique|[ée]pileptique|diabetic|epileptic|malentendante?|malvoyante?|non-voyante?|sourde?|"
    r"d[ée]ficiences?[ \t]+(?:auditive|visuelle|motrice|intellectuelle|mentale|cognitive)s?|"
    r"dyslexi(?:e|que|a|c)|dyspraxi(?:e|que|a)|hearing[ \t]+impaired|visually[ \t]+impaired|partially sighted|"
    r"wheelchair[ \t]+user|en[ \t]+fauteuil[ \t]+roulant|mi-temps[ \t]+th[ée]rapeutique|"
    r"(?:tr[èe]s[ \t]+|en[ \t]+)?bonne[ \t]+sant[ée]|(?:in[ \t]+)?(?:very[ \t]+)?good[ \t]+health|"
    r"I[ \t]+have[ \t]+(?:dyslexia|dyspraxia|autism|adhd|epilepsy|diabetes|a disability)|MDPH|AAH|"
    r"(?:applying under the )?disability confident(?: scheme)?|access to work(?= scheme| grant| support))\b)"
    r"|(?i:\b(?:[ée]pilep(?:sie|tique)|epilepsy|diab[èe]te(?:[ \t]+de[ \t]+type[ \t]+[12])?|type[ \t]+[12][ \t]+diabetes|"
    r"asthme|asthma|TDAH|ADHD|autisme|autism|autiste|autistic|sclérose en plaques|multiple sclerosis|VIH|HIV|"
    r"porteu(?:r|se)[ \t]+d['’]appareils?[ \t]+auditifs?|hearing[ \t]+aids?|Blue[ \t]+Badge(?:[ \t]+holder)?|"
    r"surdit[ée](?:[ \t]+(?:partielle|totale|profonde|bilat[ée]rale|unilat[ée]rale))?|(?:hearing|sight|vision)[ \t]+"
    r"(?:impairment|loss)|visual[ \t]+impairment|"
    r"(?:aucun|pas[ \t]+de)[ \t]+(?:souci|probl[èe]me)s?[ \t]+de[ \t]+sant[ée]|no[ \t]+health[ \t]+(?:issues|problems|conditions)|"
    r"Deaf|(?:en[ \t]+)?(?:excellente|parfaite)[ \t]+sant[ée]|(?:in[ \t]+)?(?:excellent|perfect)[ \t]+health|"
    r"colou?r[ \t\-]?blind(?:ness)?|daltonien(?:ne)?|daltonisme|(?:maladie[ \t]+de[ \t]+)?crohn(?:['’]s[ \t]+disease)?|"
    r"hernie[ \t]+discale(?:[ \t]+op[ée]r[ée]e)?|amput[ée]e?(?:[ \t]+(?:tibial|tibiale|f[ée]moral|f[ée]morale|"
    r"du[ \t]+\w+))?(?:[ \t]*\(proth[èe]se\))?|(?:below|above)-knee[ \t]+amputee(?:[ \t]*\(prosthesis\))?|amputee|"
    r"spinal[ \t]+fusion(?:[ \t]*\(\d{4}\))?|fibromyalgi[ea]|endom[ée]triose|endometriosis|lupus|mucoviscidose|"
    r"cystic[ \t]+fibrosis|dr[ée]panocytose|sickle[ \t]+cell(?:[ \t]+(?:disease|anaemia|anemia))?|polyarthrite|"
    r"rheumatoid[ \t]+arthritis|insulinod[ée]pendante?|insulin-dependent|dialys[ée]e?|on[ \t]+dialysis|"
    r"en[ \t]+r[ée]mission|in[ \t]+remission|cancer[ \t]+survivor|(?:chronic[ \t]+)?(?:lower[ \t]+)?back[ \t]+pain|"
    r"lombalgies?(?:[ \t]+chroniques?)?|mal[ \t]+(?:de|au)[ \t]+dos(?:[ \t]+chronique)?|fit[ \t]+and[ \t]+well|"
    r"bad[ \t]+back|chronic[ \t]+(?:pain|fatigue|illness|condition)|douleurs?[ \t]+chroniques?)\b)"
    r"|(?<![가-힣])(?:중증[ \t]*|경증[ \t]*)?(?:천식|색약|색맹|당뇨(?:병)?|고혈압|뇌전증|간질|(?:다발성[ \t]*)?경화증|공황[ \t]?장애|"
    r"우울증|(?:허리[ \t]*|목[ \t]*)?디스크(?:[ \t]*수술)?|(?:인공[ \t]*)?(?:고관절|무릎[ \t]*관절)[ \t]*(?:수술|치환술)|"
    r"암[ \t]*(?:투병|수술|치료)|크론병|루푸스|섬유근육통|(?:하지|상지|다리|팔)[ \t]*절단(?:[ \t]*\((?:의족|의수)[ \t]*사용\))?|"
    r"의족[ \t]*사용|(?:청각|시각|지체|지적|언어)[ \t]*장애(?:[ \t]*\d[ \t]*급)?|(?:장기[ \t]*)?병가|작업[ \t]*제한|불안[ \t]*장애|번아웃|보청기(?:[ \t]*착용)?|자폐(?:[ \t]*스펙트럼)?|(?:(?:무릎|고관절|어깨)[ \t]*)?인공[ \t]*관절(?:[ \t]*(?:수술|치환술))?|(?:주[ \t]*\d[ \t]*회[ \t]*)?투석(?:[ \t]*(?:중|치료))?|인슐린[ \t]*투여)(?:[ \t]*(?:이력|병력|치료[ \t]?중|투병[ \t]?중|있음|보유))?(?=(?:으로|로|이|가|은|는|을|를|이고|이며|이라|이지만|도|때문에)?(?![가-힣]))"
    r"|건강[ \t]*(?:상태[ \t]*:?[ \t]*[가-힣 ]{0,8}|양호|함|이상[ \t]?없음|특이[ \t]?사항[ \t]?없음)"
    r"|(?<![가-힣])(?:청각|시각|지체|지적|뇌병변|정신|언어|신체)?장애(?:[ \t]*[1-6]급|[ \t]*등급|[ \t]*\([^)\n]{0,20}\))?"
    r"|장애[ \t]*(?:인|등급|[1-6]급|여부)[^\n,]{0,10}|국가유공자|보훈[ \t]*(?:대상|여부)[^\n,]{0,10}"
    # a medical restriction or an allergy is health data too ('port de charges limité à 10 kg', 'latex allergy')
    # a restriction of what the body may do, said as a refusal ('Pas de port de charges lourdes', 'unable to do heavy
    # lifting', '무거운 물건 드는 일은 어렵습니다'): a preference never says it this way; no real ad does
    r"|(?i:\b(?:pas|plus|aucun|interdiction)[ \t]+(?:de|du|d['’])[ \t]*" + STRAIN_FR + r"\b"
    r"|\bcontre-indications?[ \t]+(?:au|à[ \t]+la|aux|à)[ \t]+(?:" + STRAIN_FR + r"|travail[ \t]+de[ \t]+nuit|travail[ \t]+en[ \t]+hauteur)\b"
    r"|\b(?:unable[ \t]+to|cannot|can['’]?t|not[ \t]+able[ \t]+to)[ \t]+(?:do[ \t]+)?(?:heavy[ \t]+lifting|lift[ \t]+heavy[ \t]+"
    r"(?:loads|weights|objects|things)|prolonged[ \t]+standing|stand[ \t]+for[ \t]+long[ \t]+(?:periods|hours))\b)"
    r"|무거운[ \t]*(?:물건|짐)[ \t]*(?:을|를)?[ \t]*(?:드는|들기|나르는|운반하는|운반)[ \t]*(?:일|작업)?(?:은|는|이)?[ \t]*"
    r"(?:어렵(?:습니다|어요|음|다)?|불가(?:능(?:합니다|해요|함)?)?|힘들(?:어요|습니다|다|ㅁ)?|못(?:\w*))"
    r"|(?i:\bport[ \t]+de[ \t]+charges?[ \t]+(?:limit[ée]e?|interdit|restreint|contre-indiqu[ée])(?:[ \t]+à[ \t]+\d+[ \t]?kg)?"
    r"|\bno[ \t]+(?:heavy[ \t]+)?lifting(?:[ \t]+(?:over|above)[ \t]+\d+[ \t]?kg)?|\blifting[ \t]+restrictions?\b"
    r"|\brestrictions?[ \t]+m[ée]dicales?|\bmedical[ \t]+restrictions?|\ballergi(?:e|que)[ \t]+(?:au|à[ \t]+la|aux|à)[ \t]+[\w\-]+"
    r"|\b(?:latex|nut|peanut|bee|wasp)[ \t]+allerg(?:y|ies)\b|\ballergic[ \t]+to[ \t]+[\w\-]+"
    r"|\bslipped[ \t]+disc\b|\bdialysis\b|\b(?:" + BODY_EN + r")[ \t]+(?:surgery|replacement|operation)\b"
    r"|\bfit[ \t]+for[ \t]+(?:all[ \t]+)?(?:duties|work)\b|\bop[ée]r[ée]e?[ \t]+(?:du|de[ \t]+la|de[ \t]+l['’]|des)[ \t]*"
    r"(?:" + BODY_FR + r")\b|\b(?:" + BODY_FR + r")[ \t]+op[ée]r[ée]e?s?\b|\b(?:" + BODY_EN + r")[ \t]+op(?:eration)?\b"
    # conditions said as the person's adjective, and the fitness verdicts of occupational health
    r"|\bproth[èe]se(?:[ \t]+(?:du|de[ \t]+la|de[ \t]+l['’]|de)[ \t]*(?:" + BODY_FR + r"|jambe|bras|main|pied))?\b"
    r"|\bprosthe(?:sis|tic)(?:[ \t]+(?:leg|arm|limb|hand|foot))?\b|\bartificial[ \t]+(?:hip|knee)\b"
    r"|\bappareill[ée]e?[ \t]+(?:des[ \t]+deux[ \t]+oreilles|de[ \t]+l['’]oreille(?:[ \t]+(?:droite|gauche))?|auditivement)\b"
    r"|\b(?:mention|carte)[ \t]+(?:d['’])?invalidit[ée]\b|\bstatutory[ \t]+sick[ \t]+pay\b"
    r"|\bburn[ \t\-]?out\b|\bd[ée]pression\b|\banxi[ée]t[ée]\b|\banxiety\b|\btroubles?[ \t]+anxieux\b|\bmental[ \t]+health[ \t]+(?:condition|issues?|difficulties)\b"
    r"|\b(?:arr[êe]t|cong[ée])[ \t]+(?:de[ \t]+)?(?:longue[ \t]+)?maladie\b|\blongue[ \t]+maladie\b|\baffection[ \t]+de[ \t]+longue[ \t]+dur[ée]e\b"
    r"|\bsuivie?[ \t]+(?:pour[ \t]+(?:un|une)[ \t]+[\w\-]+|psychologique|psychiatrique)\b|\bam[ée]nagement[ \t]+de[ \t]+poste\b"
    r"|\b(?:long[ \t\-]term[ \t]+sick[ \t]+leave|on[ \t]+sick[ \t]+leave|sick[ \t]+leave[ \t]+in[ \t]+\d{4})\b"
    # a return to work after illness or an accident ('phased return after long-term sickness', '산재 요양 후 복귀')
    r"|\bphased[ \t]+return(?:[ \t]+(?:to[ \t]+work|after[ \t]+[\w\-]+(?:[ \t]+[\w\-]+)?))?\b|\blong[ \t\-]term[ \t]+(?:sickness|illness)\b"
    r"|(?<=\()access[ \t]+to[ \t]+work(?=\))|(?<![가-힣])(?:산재|산업[ \t]?재해)[ \t]?(?:요양|치료)(?![가-힣])"
    r"|\b(?:disability[ \t]+benefits?|personal[ \t]+independence[ \t]+payment|PIP[ \t]*\([^)\n]{0,30}\))"
    r"|\basthmatique\b|\basthmatic\b|\bhypertendue?\b|\bhypertension(?:[ \t]+art[ée]rielle)?\b|\bhigh[ \t]+blood[ \t]+pressure\b"
    r"|\b(?:in)?apte[ \t]+(?:au[ \t]+poste[ \t]+|m[ée]dicalement[ \t]+)?(?:sans|avec)[ \t]+(?:r[ée]serves?|restrictions?|am[ée]nagements?)\b"
    r"|\binapte(?:[ \t]+(?:temporaire|d[ée]finitif|au[ \t]+poste|à[ \t]+tout[ \t]+poste))?\b"
    r"|\b(?:un)?fit[ \t]+(?:for[ \t]+work[ \t]+)?with(?:out)?[ \t]+(?:restrictions?|adjustments?)\b|\bunfit[ \t]+for[ \t]+(?:work|duty|duties)\b)"
    r"|(?<![가-힣])(?:무릎|허리|어깨|손목)[ \t]*수술(?:[ \t]*\([^)\n]{0,20}\))?"
    r"|중량물[ \t]*취급[ \t]*제한(?:[ \t]*\([^)\n]{0,10}\))?|(?<![가-힣])[가-힣]{1,6}[ \t]?알레르기")
# what follows a health marker says more of it: a restriction ('[HEALTH], pas d'échelle', '[HEALTH], no ladders'), a
# bracket ('[HEALTH] (사다리 작업 불가)'), a frequency ('[HEALTH] 3 fois par semaine')
# one's own condition said as texters say it ('juste rqth', 'juste asmathique', 'only thing is dyslexic', '허리 안좋음')
HEALTH_TYPED = rx(r"(?i)(?:\bjuste|\bonly[ \t]+thing[ \t]+is|\bj['’]?[ \t]?ai|\bjai|\bg|\bje[ \t]+suis|\bjsuis|\bchui|"
                          r"\bi['’]?m|\bim|\bi[ \t]+have|🩺\ufe0f?)[ \t]+(?P<h>rqth|asthm\w*|asmath\w*|asmati\w*|astmati\w*|"
                          r"diab[eéè]t\w*|[eé]pilep\w*|dyslex\w*|handicap\w*|allergi\w*|hernie\w*|lombalgi\w*|sciatique|cardiaque)"
                          r"|(?<![가-힣])(?:허리|무릎|어깨|손목|발목|다리|몸)(?:가|이)?[ \t]?(?:안[ \t]?좋(?:음|아요|습니다)|아픔|아파요|불편(?:함|해요))")


HEALTH_TAIL = rx(
    r"(?<=\[HEALTH\])(?:[ \t]*[,;–—\-][ \t]*(?i:pas|plus|no|not|never|jamais|aucune?|interdiction)[ \t]+"
    r"(?:de[ \t]+|d['’]|du[ \t]+|des[ \t]+|les[ \t]+|à[ \t]+|la[ \t]+)?[^\W\d_][\w’'\-]*"
    r"(?:[ \t]+(?:(?:de|en|à|au|d['’]|des|du|la|le|les|of|on|at|in|the|a)[ \t]+)?[^\W\d_][\w’'\-]*){0,2}"
    r"|[ \t]*\([^()\n\[\]]{1,40}\)|[ \t]+(?i:en|in|since|depuis)[ \t]+(?:19|20)\d\d\b"
    # its cause, a condition or an accident ('… suite à une [HEALTH]', '[HEALTH] after a back injury', '… due to surgery')
    r"|[ \t]*,?[ \t]*(?i:suite[ \t]+à|à[ \t]+cause[ \t]+d['’e]|en[ \t]+raison[ \t]+d['’e]|apr[èe]s|depuis|after|due[ \t]+to|"
    r"because[ \t]+of|following|since)[ \t]*(?:(?i:une?|la|le|les|l['’]|mon|ma|mes|son|sa|a|an|my|the|his|her)[ \t]*)?"
    r"(?:\[HEALTH\]|(?:[^\W\d_][\w’'\-]*[ \t]+){0,2}(?i:accident|op[ée]ration|operation|injury|injuries|blessure|maladie|"
    r"illness|surgery|chute|fall|fracture|AVC|stroke|hernie|burn[ \t-]?out|infarctus|heart[ \t]+attack)(?![\w-])"
    r"(?:[ \t]+(?:(?i:du|de|de[ \t]+la|des|d['’]|of[ \t]+the|of|to[ \t]+the|to|au|à[ \t]+la|at|on[ \t]+the)[ \t]*)?"
    r"[^\W\d_][\w’'\-]*)?)"
    r"|[ \t]+(?i:\d+|une?|deux|trois|quatre|one|two|three|four|once|twice)(?:[ \t]+(?i:fois|times))?[ \t]+"
    r"(?i:par|a|per)[ \t]+(?i:semaine|week|jour|day|mois|month))")
# the value a health context announces, at the start of a line or a field: an occupational-health visit's remark
# ('☐ Visite médicale d'embauche — à signaler : …'), the reason in brackets after counted absences, sick-leave days
HEALTH_NOTE = rx(
    r"(?m)(?:^|(?<=[|;]))[ \t☐☑☒□■✓✔•*\-→]*(?:(?i:(?:visite[ \t]+m[ée]dicale|m[ée]decine[ \t]+du[ \t]+travail|"
    r"aptitude[ \t]+m[ée]dicale|avis[ \t]+d['’]aptitude|occupational[ \t]+health|pre-employment[ \t]+medical|"
    r"medical[ \t]+(?:check|assessment|questionnaire|declaration)|health[ \t]+(?:check|declaration|questionnaire|screening))"
    r"[^\n:：]{0,40}[:：][ \t]*)(?P<v>[^\n|;\[]{1,60}?)(?=[ \t]*(?:$|[|;]))"
    r"|(?:건강[ \t]*진단(?:[ \t]*결과서)?(?:[ \t]*\([^)\n]{0,8}\))?|보건증)[ \t]*[—–:：\-][ \t]*(?P<y>[^\n|;\[]{1,40}?)"
    r"(?=[ \t]*(?:$|[|;]))"
    r"|(?i:absences?|arr[êe]ts?[ \t]+maladie|sick[ \t]+(?:leave|days))[ \t]*:?[ \t]*\d[^\n(]{0,40}\((?P<w>[^()\n\[\]]{1,40})(?=\))"
    r"|질병[ \t]*(?:결석|휴직|휴가|조퇴|지각)[^\n(]{0,12}\((?P<x>[^()\n\[\]]{1,30})(?=\))"
    r"|(?i:groupe[ \t]+sanguin|blood[ \t]+(?:group|type)|혈액형)[ \t]*[:：]?[ \t]*(?P<b>(?i:rh)?[ \t]*[+\-−]?[ \t]*(?:AB|A|B|O)"
    r"(?:[ \t]*(?:[+\-−]|Rh[ \t]*[+\-−]|positi(?:f|ve)|n[ée]gati(?:f|ve))|형)?)(?![\w+\-−])"
    r"|[☒☑✓✔][ \t]*(?i:sant[ée]|health|건강)[ \t]*\((?P<z>[^()\n\[\]]{1,40})(?=\)))")
# an identity number that carries a birth date and sex, by its shape (an Italian codice fiscale) or after its name
# without a colon ('(Codice fiscale FNCBTN73B18G203N)', 'CNP 2850315123456')
ID_NUMBER = rx(r"\b[A-Z]{6}\d{2}[A-EHLMPRST]\d{2}[A-Z]\d{3}[A-Z]\b"
                       r"|(?i:\b(?:codice[ \t]+fiscale|CNP|PESEL|NIR|NIC|CCCD)\)?[ \t]*(?:n[°o]\.?[ \t]*)?)(?P<v>\d[\d \t]{7,20}\d(?:[ \t]?[A-Z])?\b)")
# a body's measurements after their label ('Taille / Poids: 1,84 m / 66 kg', 'Height / Weight: 6'0" / 66 kg', '키 172cm'):
# health data some countries' CVs carry; 'Permis poids lourd' holds no measurement
MEASURE = r"(?:[12][,.]\d{2}[ \t]?m(?![\w²])|1\d{2}[ \t]?cm\b|[4-7]['’][ \t]?\d{1,2}(?:\"|''|”)?|\d{2,3}(?:[,.]\d)?[ \t]?(?:kg|kgs|lbs?)\b)"
BODY_SIZE = rx(r"(?i)(?:\b(?:taille|height|stature|poids|weight|mesure|mesurant|p[èe]se|pesant|measures|weighs)|키|신장|체중|몸무게)(?:[ \t]*[/&,][ \t]*(?:poids|weight|taille|"
                       r"height|체중|몸무게))?[ \t]*[:：]?[ \t]*(?P<v>" + MEASURE + r"(?:[ \t]*(?:[/,;]|pour|for|et|and)[ \t]*" + MEASURE + r")?)")
# a form's question about health or disability, answered with a tick ('Do you consider yourself to have a disability?
# ☒ Yes ☐ No', 'Suivez-vous un traitement ou un suivi ? ☑ Oui, précisez : …'): the whole line says it
HEALTH_QUESTION = rx(
    r"(?im)^[^\n?]{0,100}\b(?:disability|disabled|handicap|RQTH|health[ \t]+condition|medical[ \t]+condition|"
    r"probl[èe]mes?[ \t]+de[ \t]+sant[ée]|traitement[ \t]+m[ée]dical|traitement[ \t]+ou[ \t]+un[ \t]+suivi|suivi[ \t]+m[ée]dical)"
    r"\b[^\n?]{0,60}\?[ \t]*(?:[☒☑✓✔]|\[[xX]\])[^\n]*$")
CARE_OBJECT = rx(r"(?i)(?:personnes?|enfants?|adultes?|publics?|jeunes|r[ée]sidents?|usagers?|[ée]l[èe]ves?|"
                         r"patients?|b[ée]n[ée]ficiaires?|travailleurs|people|children|adults|clients?|residents?|"
                         r"students?|pupils?|de|des|d['’]|aux|auprès|avec|pour|with|for|of|accessible|access|"
                         r"toilets?|parking|ramps?)[ \t]*$")
SEX = rx(r"(?i)(?:^|(?<=[^\w \t'’])|(?<=[ \t]{3}))(?<![\w]-)[ \t\-]{0,3}(?:femme|homme|female|male|woman|man|f[ée]minin|masculin)"
                 r"[ \t]*(?=[,.;|·•\n–—◆()…]|$|[ \t]{3})"
                 r"|(?:(?<=thanks )|(?<=thank you )|(?<=hello )|(?<=dear )|(?<=hi )|(?<=yes )|(?<=no ))(?:sir|madam|ma['’]am)\b"
                 r"|(?<![가-힣])(?:여성|남성|여자|남자)(?=[ \t]+(?:(?:직원|지원자|근로자|구직자|노동자|분)(?![가-힣])|직원분|\d{2,4}[ \t]*(?:년생|세|살)|만[ \t]?\d|\[(?:BIRTH DATE|AGE)\]))"
                 r"|(?i:\bsexe[ \t]+(?:masculin|f[ée]minin)|\bgender[ \t]+(?:female|male)|\bpronouns?[ \t]*:?[ \t]*"
                 r"(?:she|he|they)[ \t]*/[ \t]*(?:her|him|them)(?:[ \t]*/[ \t]*\w+)?)"
                 r"|\b(?:je[ \t]+suis[ \t]+une?|i[ \t]+am[ \t]+an?|en[ \t]+tant[ \t]+que|as[ \t]+an?|being[ \t]+an?)[ \t]+(?:jeune[ \t]+)?(?:femme|homme|woman|man)\b"
                 # a learner's 'I am woman', 'Moi homme', 'je suis femme' (no article)
                 r"|\b(?:je[ \t]+suis|i[ \t]+am|i['’]m|moi)[ \t]+(?:femme|homme|woman|man|female|male)\b(?![\-'’])"
                 # 'I am a reliable, flexible young man': a few qualities, then the person
                 r"|\b(?:i[ \t]+am|i['’]m)[ \t]+an?[ \t]+(?:[a-z\-]+,?[ \t]+(?:and[ \t]+)?){0,4}(?:young[ \t]+)(?:woman|man|lady|lad|girl|guy)\b"
                 r"|\b(?:femme|homme)[ \t]+(?:de[ \t]+)?\d\d[ \t]*ans\b|(?<![가-힣])(?:여성|남성|여자|남자)(?=[ \t]*[,/|·\n)–—•◆;.…]|$|[ \t]{2})"
                 r"|(?<![가-힣])(?:군필|미필|병역[ \t]*(?:필|미필|면제|사항[ \t]*:?[^\n]{0,12})|예비역|전역)(?![가-힣])"
                 # military service served ('육군 병장 만기제대'); a team, a section or a network of one sex ('équipe féminine',
                 # 'women's rugby team', 'Femmes du BTP', 'Women in Logistics', '조기축구회 (남성부)', '여성새로일하기센터')
                 r"|(?<![가-힣])(?:육군|해군|공군|해병대?|의경|전경)[ \t]*(?:병장|상병|일병|이병|하사|중사|상사|소위|중위|대위)?[ \t]*"
                 r"(?:만기[ \t]?)?(?:제대|전역)(?![가-힣])"
                 r"|\b(?:[ée]quipe|section|[ée]quipes)[ \t]+(?:masculine|f[ée]minine|masculines|f[ée]minines|seniors?[ \t]+(?:hommes|femmes))\b"
                 r"|\b(?:women['’]s|men['’]s|ladies['’]?|girls['’]?|boys['’]?)[ \t]+(?:rugby|football|netball|cricket|hockey|basketball|"
                 r"handball|volleyball|team|club|league|squad|network|group|choir|shed|institute|five-a-side)\b"
                 r"|(?-i:\b(?:Women|Men)[ \t]+in[ \t]+[A-Z][\w\-]+)|(?-i:\bFemmes[ \t]+(?:du|de|en|des|dans)[ \t]+(?:la[ \t]+|l['’])?[A-ZÀ-Þ][\w\-]+)"
                 r"|(?<![가-힣])(?:남성부|여성부|여성[ \t]?새로[ \t]?일하기[ \t]?센터|새일센터|경력[ \t]?단절[ \t]?여성|경단녀)(?![가-힣])"
                 r"|\bpronoms?[ \t]*:?[ \t]*(?:il|elle|iel)(?:[ \t]*/[ \t]*(?:lui|elle|iel|ellui|il))?\b"
                 r"|(?<![\w.])(?:(?<!\bde )|(?<=candidature de )|(?<=cv de )|(?<=profil de )|(?<=dossier de )|(?<=part de ))"
                 r"(?<!\bchez )(?:M\.|Mme|Mlle|Mr\.?|Mrs\.?|Ms\.?|Miss|Monsieur|Madame|Mademoiselle)"
                 r"(?=[ \t]+[A-ZÀ-Þ\[])(?![ \t]+[A-Z][\w\-]*(?:['’]s|s['’])[ \t])"  # not a business: 'Pressing de Madame X', "Mrs Evans' Bakery"
                 r"|^[ \t]*(?:M\.|Mme|Mlle|Mr\.?|Mrs\.?|Ms\.?|Miss|Monsieur|Madame|Mademoiselle)[ \t]*$"
                 r"|(?:(?<=[·•|;,\"(])|^)[ \t]*(?:Monsieur|Madame|Mademoiselle|Mme|Mlle|Mr\.?|Mrs\.?|Ms\.?|Miss)[ \t]*"
                 r"(?=[·•|;,\")]|$)"
                 r"|(?i:\b(?:dame|homme|femme|jeune[ \t]+(?:femme|homme|fille))[ \t]+(?:s[ée]rieu(?:x|se)|motiv[ée]e?|dynamique|"
                 r"de[ \t]+confiance|exp[ée]riment[ée]e?|disponible|retrait[ée]e?|honn[êe]te|polyvalente?|v[ée]hicul[ée]e?)\b"
                 r"|\b(?:reliable|hardworking|hard-working|honest|experienced|mature|friendly|trustworthy)[ \t]+"
                 r"(?:man|woman|lady|gentleman|guy|girl)\b)"
                 # a young person as one says of oneself ('Jeune fille de 18 ans', 'Jeune homme sérieux'); not a job
                 r"|\bjeune[ \t]+(?:fille|homme|femme|gar[çc]on)\b(?![ \t]+(?:au[ \t]+pair|de[ \t]+(?:chambre|m[ée]nage)))"
                 r"|(?:^|(?<=[.!?,;:•|])|(?<=[.!?,;:•|][ \t]))(?:fille|gar[çc]on)[ \t]+de[ \t]+(?:\d\d[ \t]*ans\b|\[AGE\])"
                 r"|(?<![가-힣])(?:아줌마|아저씨|장녀|장남|차녀|차남|외동딸|외아들|막내딸|막내아들)(?![가-힣])"
                 # typed: '남자임', '여자에요'; a civil title as a whole field ('mr / 50 piges', '🚻 mme', 'mme.');
                 # a mother or father after a family situation ('미혼 애 둘 엄마')
                 r"|(?<![가-힣])(?:남자|여자|남성|여성)(?=(?:임|입니다|입니당|이에요|에요|예요|이고|이며|이구요|고)(?![가-힣]))"
                 r"|(?<![가-힣])(?:남자|여자|남성|여성)(?=[ \t]+(?:19|20)\d\d[./\-][ \t]?\d{1,2}[./\-][ \t]?\d{1,2})"  # '여자 2001.12.20'
                 r"|(?<![가-힣])군대[ \t]?(?:갔다옴|갔다왔|다녀옴|다녀왔|제대|필)(?:습니다|어요|음)?(?![가-힣])"
                 r"|\b(?:une[ \t]+fille|un[ \t]+gar[çc]on)(?=[ \t]+(?:tr[èe]s[ \t]+)?(?:s[ée]rieu|motiv|dynamique|gentil|travailleu|"
                 r"courageu|ponctuel|calme|souriant|polie?\b))"
                 r"|(?<![가-힣])\((?:여|남)\)"  # '[NAME] (여)'
                 r"|(?:^|(?<=[|/·•;>:]))[ \t]*(?:🚻\ufe0f?[ \t]*)?(?i:mr|mme|mlle|mrs|ms|miss|monsieur|madame|mademoiselle)\.?"
                 r"(?=[ \t]*(?:$|[|/·•;,]|[ \t]-[ \t]))"
                 r"|(?<=\[FAMILY STATUS\][ \t])(?:엄마|아빠|맘)(?![가-힣])"
                 r"|(?<=\[FAMILY STATUS\][ \t])(?i:woman|man|femme|homme|female|male|lady|guy)\b(?![\-'’])", re.M)


def _line_before(text: str, m: re.Match, n: int) -> str:
    """Up to ``n`` characters before a match, on its own line only."""
    start = max(text.rfind("\n", 0, m.start()) + 1, m.start() - n)
    return text[start:m.start()]


# a person describing themself, then their age: a clause's first noun before 'de NN ans' ('Jeune fille de 18 ans',
# 'Maman de 34 ans', 'Je suis un lycéen de 16 ans'); 'garde d'une fille de 8 ans' is a job: its noun opens no clause
SELF_BEFORE = rx(r"(?i)(?:^|[.!?:;,•|·(–—][ \t]*|\b(?:je[ \t]+suis|i[ \t]+am)[ \t]+)[ \t]*(?:(?:une?|la|le)[ \t]+)?"
                 r"(?:(?:jeune|petite?|grande?)[ \t]+)?(?P<who>[^\W\d_][\w\-]*?)(?:\(e\)|[.·]e)?[ \t]+de[ \t]*$")
SELF_NOUNS = frozenset("""fille garcon femme homme maman papa mere pere etudiant etudiante lyceen lyceenne collegien
    collegienne apprenti apprentie diplome diplomee retraite retraitee senior candidat candidate dame monsieur madame
    mademoiselle ado adolescent adolescente jeune personne salarie salariee demandeur demandeuse""".split())


# someone the candidate cared for, before their age ('aide à une dame âgée de 90 ans', 'a gentleman aged 92')
OTHER_PERSON_BEFORE = rx(r"(?i)\b(?:dame|monsieur|personne|enfant|r[ée]sident|patient|grand-m[èe]re|grand-p[èe]re|b[ée]b[ée]|"
                         r"lady|gentleman|person|child|resident|patient|client)e?s?[ \t]+$")


def _job_noun(word: str) -> bool:
    """A job's person noun ('aide', 'cariste', 'serveuse'), from the job titles' lexicon."""
    from matchlens.preprocess.blind.lexicon import fold, person_nouns

    return fold(word) in person_nouns() or word.lower() in person_nouns()


def self_noun(before: str) -> str:
    """'person' when the text before an age is a clause opening with a person noun ('Jeune fille de'), 'job' when
    that noun is a job's ('Cariste de'), else ''."""
    from matchlens.preprocess.blind.lexicon import fold, person_nouns

    m = SELF_BEFORE.search(before)
    if not m:
        return ""
    who = fold(m.group("who"))
    return "person" if who in SELF_NOUNS else "job" if who in person_nouns() else ""


def is_age(text: str, m: re.Match) -> bool:
    """'NN ans' is an age unless the words around it make it a duration ('10 ans en EHPAD', 'depuis 12 ans')."""
    if m.group("n2"):  # '54 a.,' unless a duration's ('depuis 12 a.')
        return not DURATION_BEFORE.search(_line_before(text, m, 40))
    if m.group("n") is None:  # "âgée de 34 ans", "만 34세", unless it is said of someone cared for
        return not OTHER_PERSON_BEFORE.search(_line_before(text, m, 30))
    before, after = _line_before(text, m, 40), text[m.end():m.end() + 30]
    unit = m.group("unit").lower()
    if "old" in unit or unit in ("yo", "y/o") or OLD_CALQUE.match(after):
        return True
    if re.search(r"(?:^|[.!?;:][ \t]*|^[ \t]*[-•*][ \t]*)(?:À|A|à)[ \t]+$", before) and re.match(r"[ \t]*,", after):
        return True  # 'À 26 ans, je souhaite…': at that age, a clause of its own
    if unit.startswith("year") and re.match(r"[ \t]+(?!old\b|young\b|of[ \t]+age)(?-i:[a-z]{3,})", after):
        return False  # '12 years exp cleaning', '3 years warehouse': an English age is 'N years old' or stands alone
    if unit.startswith("an") and (job := re.match(r"[ \t]+([^\W\d_]{3,})", after)) and _job_noun(job.group(1)):
        return False  # '35 ans aide a domicile', '12 ans cariste': years in a trade (an age takes a comma first)
    who = self_noun(before)
    if who == "person" or who == "job" and not DURATION_AFTER.match(after):
        return True  # 'Jeune fille de 18 ans', 'Étudiante de 20 ans en BTS', 'Cariste de 35 ans,'
    if DURATION_AFTER.match(after) or DURATION_BEFORE.search(before):
        return bool(re.search(r"(?i)(?:âg[ée]e?[ \t]+de|aged)[ \t]*$", before))
    if unit.startswith("year"):
        return bool(AGE_BEFORE.search(before)) and not re.match(r"(?i)[ \t]*(?:experience|of)", after)
    return bool(AGE_BEFORE.search(before) or re.match(r"[ \t]*(?:[,.;)|·•\n}<\\–—!?…]|$|et\b|and\b)", after))


CARE_OBJECT_WITH = rx(r"(?i)(?:patients?|personnes?|r[ée]sidents?|usagers?|enfants?|adultes?|clients?|b[ée]n[ée]ficiaires?|"
                              r"people|residents?|children|adults?|service[ \t]users?)[^\n.;]{0,25}(?:atteinte?s?|souffrant|pr[ée]sentant|ayant|"
                              r"touch[ée]e?s?|porteu(?:r|se)s?|with|suffering|living)[^\n.;]{0,15}$")


TOPIC_BEFORE = rx(r"(?i)\b(?:pr[ée]vention|prevention|preventing|sensibilisation|awareness|gestion|managing|"
                          r"management|risques?|risks?|politique|policy|procédures?|procedures?|suivi[ \t]+des)\b[^\n.;:]{0,14}$")


# a ward, a unit or a service named by a condition, or a diet served ('renal dialysis unit', 'diabetes outpatient
# clinic', '내분비내과 (당뇨)', '인공신장실 (투석)', 'régimes (diabétique, mixé)', '장애인자립생활센터'): where one worked
UNIT_AFTER = rx(r"(?i)^[\w\-]{0,12}?[ \t]*(?:unit|ward|clinic|outpatient|centre|center|department|service|team|nurse|"
                        r"unit[ée]|clinique|consultation|p[ôo]le|[ée]quipe|병동|실|센터|클리닉|반|과|병원|시설|학교|school)")
UNIT_BEFORE = rx(r"(?i)(?:r[ée]gimes?|diets?|menus?|repas|meals?|texture|(?:내과|외과|병동|실|센터|과)[ \t]*\()[^\n;|]{0,30}$")


def is_health(text: str, m: re.Match) -> bool:
    """'Accompagnement de personnes handicapées' or 'disabled children' is a job, not the candidate's health."""
    after = text[m.end():m.end() + 20]
    if UNIT_AFTER.match(after) or UNIT_BEFORE.search(_line_before(text, m, 40)):
        return False
    if re.match(r"(?i)[ \t]+(?:children|people|adults|persons|clients|residents|students|access|parking|toilets?)", after):
        return False
    if re.match(r"[ \t]*(?:인[ \t]*(?:복지|활동|돌봄|보호|시설|지원|을|의|분들)|아동|학생|영유아|어르신)", after):
        return False  # 장애인 복지관, 장애아동 돌봄: where someone worked
    if TOPIC_BEFORE.search(_line_before(text, m, 30)):
        return False  # 'prévention du burn-out', 'gestion des arrêts maladie': what the job deals with
    if CARE_OBJECT_WITH.search(_line_before(text, m, 60)):
        return False  # 'patients atteints de la maladie de Crohn', 'residents living with dementia': who was cared for
    return not CARE_OBJECT.search(_line_before(text, m, 30))


def is_family(text: str, m: re.Match) -> bool:
    """Children counted in a childcare job ('garde de 2 enfants', 'crèche de 20 enfants', 'nanny to 3 children',
    '4 enfants de 0 à 6 ans') are the job, not the family."""
    if re.match(r"(?i)[ \t]+(?:de|aged|from|âgés?)[ \t]+\d", text[m.end():m.end() + 12]):
        return False  # the ages of the children cared for
    count = re.match(r"\d+", m.group(0))
    return not CHILDCARE.search(_line_before(text, m, 40)) and not (count and int(count.group(0)) > 9)


# a place of worship or a faith's charity as the place of a job, not the candidate's faith: a street named after it
# ('place de l'Église', 'Church Lane'), or a clause that says the work done there or for it ('surveillance d'une
# synagogue', 'filtrage à l'entrée d'une mosquée', 'church halls', 'Care Assistant, Salvation Army', '성당 급식소'),
# unless the clause says one belongs or volunteers ('bénévole au Secours catholique', 'member of the church choir')
STREET_AFTER = rx(r"(?i)^[ \t]+(?:lane|street|st\b|road|rd\b|close|way|walk|hill|square|green|row|avenue|drive|"
                          r"terrace|place|view|yard|gardens|court|mews|path)")
STREET_BEFORE = rx(r"(?i)(?:\d{1,4}[ \t]*,?[ \t]*|\b(?:place|rue|chemin|impasse|all[ée]e|parvis|quai|"
                           r"avenue)[ \t]+(?:de[ \t]+l['’]|de[ \t]+la[ \t]+|du[ \t]+|des[ \t]+|de[ \t]+))\Z")
WORK_AT = rx(r"(?i)\b(?:surveill\w*|filtrage|gardiennage|gardien\w*|s[ée]curit[ée]|s[ûu]ret[ée]|entretien|nettoyage|"
                     r"m[ée]nage|propret[ée]|vitrerie|cleaning|cleaner|security|patrols?|guarding|guard|door|cctv|"
                     r"rondes?|vigile|cuisine|catering|kitchen|cantine|restauration|livraisons?|delivery|maintenance|travaux|"
                     r"chantier|lieux[ \t]+de[ \t]+culte|accompagnement|accompagn\w*|accueil|car[ \t]+park|parking|halls?|"
                     r"care|carer|assistant|auxiliaire|aide-soignante?|aide[ \t]+à[ \t]+domicile|agent|agente|worker|officer|"
                     r"coordinator|manager|chef|cook|"
                     r"serveu\w*|plonge\w*|porter|driver|chauffeu\w*|급식|조리|청소|경비|요양|보육|돌봄|근무|주방|배식)")
BELONGS = rx(r"(?i)\b(?:b[ée]n[ée]vol\w*|volunteer\w*|helper|helping|interests?|loisirs|hobbies|centres?[ \t]+d['’]int[ée]r[êe]t|"
                     r"membre|member|fid[èe]le|paroissien\w*|pratiquante?|practi[cs]ing|"
                     r"scouts?|chorale|choir|catéchis\w*|worship|pri[èe]re|prier|pray\w*|my|mon|ma|mes|notre|our|je|i\b)|봉사|신자|다님|다녀|"
                     r"단원|회원|교인|성도|세례")


def is_origin_fact(text: str, m: re.Match) -> bool:
    """False when an origin's community, a multicultural family or asylum names the public of a job ('Chinese community
    centre kitchen', '다문화 가정 아동 지도', 'accueil en CADA (demandeurs d'asile)', "asylum seekers' hostel"); a
    status stays the candidate's ('on refugee status since 2019')."""
    word = m.group(0)
    if not re.search(r"(?i)community|centre|center|association|communaut|다문화|asile|asylum|refug|r[ée]fugi", word) \
            or re.search(r"(?i)status|statut", word):
        return True
    after = text[m.end():m.end() + 24]
    if re.match(r"[ \t]*(?:아동|자녀|학생|가족[ \t]?지원|지원[ \t]?센터|센터)", after) \
            or re.match(r"(?i)['’]?s?['’]?[ \t]+(?:hostel|shelter|centre|center|foyer|camp|unit|service|accommodation|kitchen)", after):
        return False  # '다문화가족지원센터', "asylum seekers' hostel"
    clause, _ = _clause(text, m)
    return BELONGS.search(clause) is not None or not WORK_AT.search(clause)


def _clause(text: str, m: re.Match) -> tuple[str, str]:
    """The clause around a match (a list's item, or 60 characters before and 40 after in a transcript) and its line,
    200 characters each side at most (a line of 800 worship places was quadratic, measured: x3.7 a doubling); a line
    cut so is 200 characters or more, so 'a short line' reads the same."""
    lo = text.rfind("\n", max(0, m.start() - 200), m.start())
    hi = text.find("\n", m.end(), m.end() + 200)
    line_start = lo + 1 if lo >= 0 else max(0, m.start() - 200)
    line_end = hi if hi >= 0 else min(len(text), m.end() + 200)
    before, after = text[max(line_start, m.start() - 80):m.start()], text[m.end():line_end]
    clause = re.split(r"[;|•·\t]|[ \t][–—][ \t]|,[ \t]+(?=[A-Z0-9])", before)[-1][-60:] + m.group(0) \
        + re.split(r"[;|•·\t]|[ \t][–—][ \t]", after)[0][:40]  # (a transcript has no separators: words nearby)
    return clause, text[line_start:line_end]


def is_worship_fact(text: str, m: re.Match) -> bool:
    """False when a worship place or a faith's charity is where a job was (see WORK_AT): kept as a job fact."""
    before, after = text[max(0, m.start() - 40):m.start()].rsplit("\n", 1)[-1], text[m.end():m.end() + 20]
    if STREET_AFTER.match(after) or STREET_BEFORE.search(before):
        return False  # 'Church Lane', 'place de l'Église'
    clause, line = _clause(text, m)
    after = line[line.find(m.group(0)) + len(m.group(0)):] if m.group(0) in line else after
    if BELONGS.search(clause):
        return True
    dated = re.search(r"(?<!\d)(?:19|20)\d\d[ \t]*(?:[-–—~]|à|to)[ \t]*(?:(?:19|20)\d\d|pr[ée]sent|now|aujourd|today|현재)", line)
    return not (WORK_AT.search(clause) or dated and len(line) < 200
                or re.search(r"\b(?:since|depuis|from)[ \t]+(?:19|20)\d\d", line) and len(line) < 200
                or re.search(r"\([^()\n]*\d[^()\n]*\)[ \t]*$", after))


def is_religion_line(line: str) -> bool:
    """A religion word alone in a short personal-details line ('Musulmane', 'Catholique pratiquante')."""
    words = bare(line).split()
    return 0 < len(words) <= 3 and bool(RELIGION_WORD.fullmatch(words[0].strip(",.;")))


def bare(part: str) -> str:
    """A segment without the marks around it: bullets, arrows, ticks, quotes ('→ protestante', 'Catholic"')."""
    return re.sub(r"^[^\w\[]+|[^\w\]]+$", "", part)


PHOTO_CAPTION = rx(r"(?i)\[[ \t]*(?:image|photo|picture|img|portrait|headshot|이미지|사진)\b[^\]\n]{0,200}\]")


# ages as bands and words people use for them ('mid-forties', '#quadra', 'trentenaire', '40대 후반', '#over50')
AGE_BAND = rx(
    r"(?i)\b(?:early|mid|late)[ \t\-](?:teens|twenties|thirties|forties|fifties|sixties|seventies)\b"
    r"|(?<![\w/])#(?:over|under|plus)[ \t]?[2-7]0(?:s|ans)?\b|(?<![\w\d])#[2-7]0s\b"
    r"|\b(?:in[ \t]+(?:my|his|her|their)[ \t]+)(?:early[ \t]+|mid[ \t\-]|late[ \t]+)?(?:[2-7]0s|twenties|thirties|forties|"
    r"fifties|sixties)\b"
    r"|(?<![\w#])#(?:quadra|quinqua)s?\b|(?-i:(?<![\w#])(?:quadra|quinqua)s?\b)(?![ \t]+compta)"
    # a generation ('génération 80', '90년대생', 'millennial', 'Gen Z'), an age group a scheme is for ('Over-50s',
    # 'under-25s', 'jeune de moins de 26 ans', '신중년'), or when school ended ('left school 24 years ago')
    r"|\bg[ée]n[ée]ration[ \t]+(?:19)?[4-9]0(?:s|['’]s)?(?![\w%])|(?<![\w\d])(?:19)?[4-9]0[ \t]?년대[ \t]?생(?![가-힣])"
    r"|\b(?:millennials?|milléniaux|(?:baby[ \t\-]?)?boomers?|zoomers?|gen(?:eration)?[ \t\-]?[XYZ]|g[ée]n[ée]ration[ \t]+[XYZ])\b"
    r"|\bj['’]ai[ \t]+(?:moins|plus)[ \t]+de[ \t]+[1-7]\d[ \t]+ans\b(?![ \t]+(?:d['’]|de\b|en\b|dans\b|comme\b|chez\b))"
    r"|\bs[ée]niors?[ \t]*[1-7]\d[ \t]*\+|\bjeunes?[ \t]*[-–][ \t]*[1-3]\d[ \t]*ans\b|\b(?:profil|travailleu(?:r|se)|public)[ \t]+s[ée]nior\b"
    r"|(?<![\w\d])(?:20)?0{1,2}[ \t]?년대[ \t]?생(?![가-힣])"
    r"|\b(?:over|under)[ \t\-]?[1-7][05]s\b|\b(?:over|under)-[1-7][05]\b(?![ \t\-]*(?:employees|staff|people|years[ \t]+of))"
    r"|\b(?:jeunes?|publics?|personnes?|demandeu(?:r|se)s?[ \t]+d['’]emploi)[ \t]+de[ \t]+(?:moins|plus)[ \t]+de[ \t]+[1-7]\d[ \t]+ans\b"
    r"|(?<![가-힣])(?:신중년|중장년|장년층|노년층)(?![가-힣])"
    r"|(?<=\bleft school )\d{1,2}[ \t]+years[ \t]+ago\b|(?<=\bfinished school )\d{1,2}[ \t]+years[ \t]+ago\b"
    r"|\b(?:bac(?:calaur[ée]at)?|brevet|certificat d['’][ée]tudes)[ \t]+obtenu[ \t]+il[ \t]+y[ \t]+a[ \t]+\d{1,2}[ \t]+ans\b"
    r"|(?<=\bquitté l['’]école )il[ \t]+y[ \t]+a[ \t]+\d{1,2}[ \t]+ans\b"
    r"|(?<![\w#])#?(?:trentenaire|quarantenaire|cinquantenaire|quadrag[ée]naire|quinquag[ée]naire|"
    r"sexag[ée]naire|septuag[ée]naire|vingtenaire)s?\b"
    r"|(?<![\w\d])[2-7]0대(?:[ \t]?(?:초반|중반|후반))(?![가-힣])|(?<![\w\d])#[2-7]0대(?![가-힣])"
    # '[구직] 50대 도장공', '저는 40대 주부': a decade of life before a person, never a count of vehicles ('트럭 10대')
    r"|(?:(?<=^)|(?<=[\]\),·:|])[ \t]?|(?<=저는 )|(?<=제가 )|(?<=나이 )|(?<=연령 ))[2-7]0대(?:[ \t]?(?:초반|중반|후반))?(?=[ \t]+[가-힣])"
    r"|\b[1-9]\d[ \t]+years?[ \t]+of[ \t]+age\b|\b[1-9]\d[ \t]*ans[ \t]+r[ée]volus\b")
# hashtags that say who someone is ('#maman', '#dadof1', '#singlemum', '#워킹맘')
FAMILY_TAG = rx(r"(?i)(?<![\w#])#(?:maman|papa|mum|mom|dad|parent|m[èe]re|p[èe]re)(?:of\d|de\d|solo|célibataire)?\b"
                        r"|(?<![\w#])#(?:single|solo)(?:mum|mom|dad|parent)s?\b|(?<![\w#])#(?:mumof|momof|dadof)\d\b"
                        r"|(?<![\w#])#(?:working|busy)(?:mum|mom|dad)\b|(?<![\w#])#(?:워킹맘|육아맘|엄마|아빠|싱글맘|싱글대디|주부)")
# life events drawn as icons ('🎂1990 ─ 💍2013 ─ 👶2015 ─ 🏠2018 Cervione')
ICON_BIRTH = rx(r"🎂\ufe0f?[ \t]*(?:\d{1,2}[./\-]\d{1,2}[./\-])?(?:19|20)\d\d"
                        r"|(?<![\w°])°[ \t]?(?:\d{1,2}[./\-]\d{1,2}[./\-])?(?:19|20)\d\d(?!\d)"
                        r"|(?:🎂|👶)\ufe0f?[ \t]*\d{1,2}[./\-]\d{1,2}[./\-](?:19|20)?\d\d(?!\d)")  # '👶 25/2/72': a birth
# an age in brackets beside the person's masked name opening a line or birth date, or alone on its line ('[NAME], (36)',
# '(52)'); not a town's département after a word masked as a name ('… de [NAME] (60)')
AGE_BRACKET = rx(r"(?m)(?:^[^\w\n\[]{0,4}\[NAME\][ \t]*[,–—\-]?[ \t]*|\[BIRTH DATE\][ \t]*[,–—\-]?[ \t]*|^[ \t]*)"
                         r"\((?P<a>1[6-9]|[2-7]\d)\)"
                         r"(?=[ \t]*(?:$|[,;–—|·]))")
# a birth year or date in brackets by the name it belongs to ('DODIE INKSTER (1968)', '좌비솔 (1964.03.02, 62세)', or on
# the line under the name)
BIRTH_BRACKET = rx(r"\[NAME\][ \t]*(?:[,–—\-][ \t]*|\n[ \t]*)?[(\[][ \t]*(?P<y>(?:19[2-9]\d|20[01]\d)(?:[./\-][ \t]?\d{1,2}"
                   r"[./\-][ \t]?\d{1,2}\.?)?|\d{1,2}[./\-]\d{1,2}[./\-](?:19[2-9]\d|20[01]\d))(?=[ \t]*[)\],;])", re.M)
ICON_FAMILY = rx(r"(?:💍|👶|🤰|👪|💒|🍼)\ufe0f?[ \t]*(?:(?:19|20)\d\d)?")
ICON_HOME = rx(r"(?:🏠|🏡|📍)\ufe0f?[ \t]*(?:(?:19|20)\d\d[ \t]*)?(?:[^\W\d_][\w'’\-]*(?:[ \t][^\W\d_][\w'’\-]*){0,2})?")
