"""An eleventh held-aside set of layouts of the placement benchmark (see evaluation.placement), split "blind11":
registered into the same LAYOUTS. Written without reading the masker (its rules, its data, its tests), the README's
list of what it misses or the history's messages, to measure it once more on CVs nobody tuned it on; do not read this
file while tuning a masker, and run it once.

The split is about the papers and records that travel with a candidate through a French staffing company's tools: the
OCR of an identity card or residence permit with its machine-readable zone ('KAMDEM<<MAFO<NGUEMO<<<'), the OCR of a
driving licence's numbered fields (a UK licence number spells the surname and the birth date), a recruiters' team-chat
channel exported as JSON, a shared document exported with its reviewers' comments and suggestions, a tick-box form
('☑ Femme ☐ Homme', an equality monitoring form, '■ 여 □ 남'), a mail-merge letter with some fields left as «Prénom»,
a TOML record synced from an ATS, a KakaoTalk open-chat export, a reference-check call log, a biodata / family
background sheet (Korean 성장과정), a training certificate, a home-care visit log, and an ATS audit trail of field
changes ('« » → « 05/03/1988 »').

Its vocabulary is its own: Bamileke, Yazidi, Mapuche and Futunan authors writing in French; Ndebele, Sierra Leonean
(Temne, Mende) and Dinka authors in English; Korean authors with rare one-syllable surnames and old-fashioned given
names, and Okinawan marriage migrants writing Korean (the passport's romanised name beside the Hangul one). None of the
name words is in a Faker locale's name lists, in placement_data nor in an earlier split's lists; homes, places of birth
and places of past jobs are in none of the earlier pools either (a test checks both). Other people's names (spouses,
parents, recruiters, reviewers, referees, trainers, clients) are planted as "name"; job facts (durations, employers -
some named after people -, places of past jobs, diplomas, licences, skills, availability, languages) are planted where
the layout puts them, as the layout writes them (escaped in JSON and TOML). A layout that re-encodes text records
markers and facts in their encoded form.

Layouts: id_mrz, licence_fields, chat_json, doc_comments, tick_form, mail_merge, toml_record, kakao_openchat,
reference_call, biodata, training_certificate, care_visit_log, ats_audit_trail.
"""
from __future__ import annotations

import functools
import json
import re
from dataclasses import replace
from datetime import date, datetime, timedelta

from matchlens.evaluation import placement_data as D
from matchlens.evaluation.placement import (
    EN_MONTHS,
    FR_MONTHS,
    LANGS,
    Sheet,
    _contact,
    _jobs,
    _weighted,
    ascii_fold,
    availability,
    education,
    job_dates,
    layout,
    licence,
    skills,
    title_text,
)
from matchlens.evaluation.placement_parts import _born_in, civil, contacts, diploma, draw_name, job_line, RenderedSheet

SPLIT = "blind11"

# --- names: none of their words is in a Faker locale, placement_data or an earlier split (tests check it) -----------
NAMES = {
    "bamileke": {"F": "Mafo Nguemo Mekem Makamte Djuidje Meffo Tchuente", "M": "Fotsing Tchatchoua Nganou Kuate Tagne "
                 "Tchinda Djomo", "L": "Kamdem Fotso Tchoumi Nguetsa Djoumessi Wafo Tchakounte Kenfack Ngassa Tsafack "
                 "Wandji Ngouffo Nzeuyang Fankam Nguimfack Tchuenkam"},
    "yazidi": {"F": "Nafiya Besna Zeri Nisrîn Xatûn Nadîme", "M": "Xidir Hecî Xelef Êzdîn Şêxo Dilovan Evdal Silêman",
               "L": "Reşo Heso Bapîr Kiçe Şemo Xwededa Sîno Temo Mîrza Kurê"},
    "mapuche": {"F": "Relmu Llanka Likan Amankay Killen Ayinray Wilen Licanray",
                "M": "Aukan Pehuen Huenchul Lefian Alihuen Quintun Nehuen Kallfu Wenulef",
                "L": "Huenchumilla Painemal Ñancupil Catrileo Millapan Curiqueo Llancaqueo Quilaqueo Antileo "
                "Huaiquimil Colipi Marileo Calfuqueo Millaleo Epullan"},
    "futunan": {"F": "Mileta Seliata Lusiana Makalita Sialeni Tepola Feleni", "M": "Savelio Iloai Moliaki Lafaele "
                "Keleto Sosaia Kalepo Lemoni", "L": "Fulilagi Keletaona Vaitanaki Tuikalepa Talomafaia Fuahea "
                "Kulimoetoke Maituku Tuhimutu Vanai"},
    "ndebele": {"F": "Sithandazile Sibonisiwe Thandekile Sikhangezile Nqobile", "M": "Sibangani Nkosilathi Mbekezeli "
                "Bekithemba Ntandoyenkosi", "L": "Moyo Mpofu Mlilo Tshuma Mathe Sigola Hlabangana"},
    "salone": {"F": "Isatu Kadiatu Yeabu Hawanatu Massah Jeneba", "M": "Sahr Foday Alimamy Abass Kaifala Sorie",
               "L": "Sesay Kamara Koroma Bangura Turay Conteh Mansaray Kargbo Fofanah Jalloh Tarawallie Kpaka"},
    "dinka": {"F": "Achol Nyandeng Abuk Adut Akuol Ayen Atong Aluel Nyibol", "M": "Majok Manyang Kuol Mabior Makuei "
              "Chol Ajak Malual", "L": "Mayardit Akech Mading Thon Ayuel Anyieth Ajuong Arok Alier"},
    "korean": {"F": "덕례 말녀 귀남 복님 언년 필녀 후남 곱단", "M": "판동 길수 봉구 만석 덕배 일남 용팔 춘삼",
               "L": "군 등 량 난"},
    "okinawan": {"F": "사토미 치에코 후미에 마스미 기쿠에", "M": "데쓰오 요시노리 가즈마사 세이토쿠",
                 "L": "아라카키 히가 긴조 지넨 오시로 요나미네 나칸다카리"},
}
NAMES = {o: {k: v.split() for k, v in d.items()} for o, d in NAMES.items()}
ROMAN = {  # the passport's romanised form of a Hangul-written Japanese name
    "사토미": "SATOMI", "치에코": "CHIEKO", "후미에": "FUMIE", "마스미": "MASUMI", "기쿠에": "KIKUE", "데쓰오": "TETSUO",
    "요시노리": "YOSHINORI", "가즈마사": "KAZUMASA", "세이토쿠": "SEITOKU", "아라카키": "ARAKAKI", "히가": "HIGA",
    "긴조": "KINJO", "지넨": "CHINEN", "오시로": "OSHIRO", "요나미네": "YONAMINE", "나칸다카리": "NAKANDAKARI"}
KO_SURNAME_ROMAN = {"군": "Gun", "등": "Deung", "량": "Ryang", "난": "Nan"}
WEIGHTS = {"fr": {"bamileke": 3, "yazidi": 2, "mapuche": 2, "futunan": 2},
           "en": {"ndebele": 3, "salone": 3, "dinka": 2}, "ko": {"korean": 6, "okinawan": 2}}
NATIONALITY = {"bamileke": {"FR": 2, "CM": 2}, "yazidi": {"IQ": 1, "FR": 1}, "mapuche": {"CL": 2, "FR": 1},
               "futunan": {"FR": 1}, "ndebele": {"ZW": 2, "GB": 1}, "salone": {"SL": 2, "GB": 2},
               "dinka": {"SS": 2, "GB": 1}, "korean": {"KR": 1}, "okinawan": {"JP": 1}}
ORIGIN_KEY = {"bamileke": "BK", "yazidi": "YZ", "mapuche": "MP", "futunan": "FT", "ndebele": "ND", "salone": "TM",
              "dinka": "DK", "korean": "KR", "okinawan": "OK"}
NATS = {  # key -> (fr masc, fr fem, en, ko, ISO 3166 alpha-3, country in English capitals)
    "FR": ("français", "française", "French", "프랑스", "FRA", "FRANCE"),
    "CM": ("camerounais", "camerounaise", "Cameroonian", "카메룬", "CMR", "CAMEROON"),
    "BK": ("bamiléké", "bamiléké", "Bamileke", "바밀레케", "CMR", "CAMEROON"),
    "IQ": ("irakien", "irakienne", "Iraqi", "이라크", "IRQ", "IRAQ"),
    "YZ": ("yézidi", "yézidie", "Yazidi", "예지디", "IRQ", "IRAQ"),
    "CL": ("chilien", "chilienne", "Chilean", "칠레", "CHL", "CHILE"),
    "MP": ("mapuche", "mapuche", "Mapuche", "마푸체", "CHL", "CHILE"),
    "FT": ("futunien", "futunienne", "Futunan", "푸투나", "FRA", "FRANCE"),
    "GB": ("britannique", "britannique", "British", "영국", "GBR", "UNITED KINGDOM"),
    "ZW": ("zimbabwéen", "zimbabwéenne", "Zimbabwean", "짐바브웨", "ZWE", "ZIMBABWE"),
    "ND": ("ndébélé", "ndébélé", "Ndebele", "은데벨레", "ZWE", "ZIMBABWE"),
    "SL": ("sierra-léonais", "sierra-léonaise", "Sierra Leonean", "시에라리온", "SLE", "SIERRA LEONE"),
    "TM": ("temné", "temné", "Temne", "템네", "SLE", "SIERRA LEONE"),
    "SS": ("sud-soudanais", "sud-soudanaise", "South Sudanese", "남수단", "SSD", "SOUTH SUDAN"),
    "DK": ("dinka", "dinka", "Dinka", "딩카", "SSD", "SOUTH SUDAN"),
    "KR": ("sud-coréen", "sud-coréenne", "South Korean", "대한민국", "KOR", "KOREA"),
    "JP": ("japonais", "japonaise", "Japanese", "일본", "JPN", "JAPAN"),
    "OK": ("okinawaïen", "okinawaïenne", "Okinawan", "오키나와", "JPN", "JAPAN"),
}

# --- places: in none of the earlier pools (tests check it) ------------------------------------------------------
FR_TOWNS = [  # (town, postcode)
    ("Yerres", "91330"), ("Brunoy", "91800"), ("Dammarie-les-Lys", "77190"), ("Le Mée-sur-Seine", "77350"),
    ("Montereau-Fault-Yonne", "77130"), ("Persan", "95340"), ("Beaumont-sur-Oise", "95260"),
    ("Saint-Ouen-l'Aumône", "95310"), ("Nogent-sur-Oise", "60180"), ("Pontault-Combault", "77340"),
    ("Lagny-sur-Marne", "77400"), ("Ris-Orangis", "91130"), ("Pouembout", "98825"), ("Moindou", "98819"),
]
FR_STREETS = ["rue des Glycines", "allée des Peupliers", "rue Pasteur", "avenue de la Gare", "rue des Écoles",
              "chemin des Vignes", "résidence les Bleuets", "rue du Stade"]
FR_JOB_PLACES = ["Bonneuil-en-France", "Le Plessis-Pâté", "Compans", "Ferrières-en-Brie", "Croissy-Beaubourg",
                 "Savigny-le-Temple", "Vert-Saint-Denis", "Lisses", "Fleury-Mérogis", "Saint-Pierre-du-Perray",
                 "Villabé", "Coignières", "Bois-d'Arcy", "Gargenville", "Limay", "Porcheville", "Aubergenville"]
EN_TOWNS = [  # (town, outward code, area)
    ("Chapeltown", "LS7", "West Yorkshire"), ("Beeston", "LS11", "West Yorkshire"),
    ("Moss Side", "M14", "Greater Manchester"), ("Longsight", "M13", "Greater Manchester"),
    ("Handsworth", "B21", "West Midlands"), ("Sparkbrook", "B11", "West Midlands"),
    ("Canning Town", "E16", "East London"), ("Forest Gate", "E7", "East London"),
    ("Hyson Green", "NG7", "Nottinghamshire"), ("Sneinton", "NG2", "Nottinghamshire"),
    ("Spinney Hills", "LE5", "Leicestershire"), ("Easton", "BS5", "Gloucestershire"),
]
EN_STREETS = ["Cowper Street", "Harehills Avenue", "Claremont Road", "Stoney Lane", "Barking Road", "Romford Road",
              "Gregory Boulevard", "Evington Road", "Stapleton Road"]
EN_JOB_PLACES = ["Patchway", "Thurmaston", "Kegworth", "Ollerton", "Knowsley", "Haydock", "Hams Hall",
                 "Birch Coppice", "Fradley", "Royal Portbury", "Severnside", "Burngreave"]
KO_TOWNS = [  # (region, short name)
    ("경기도 김포시 대곶면", "대곶"), ("충청남도 당진시 합덕읍", "합덕"), ("경기도 평택시 포승읍", "포승"),
    ("경상북도 칠곡군 왜관읍", "왜관"), ("전라북도 익산시 왕궁면", "왕궁"), ("경상남도 함안군 군북면", "군북"),
]
KO_ROADS = ["대곶로", "합덕로", "포승로", "왜관로", "왕궁로", "군북로"]
KO_JOB_PLACES = ["함안 칠서산단", "칠곡 약목면", "김포 학운산단", "진천 이월면", "음성 맹동면", "양주 은남산단",
                 "포천 장자산단", "아산 음봉면", "천안 직산읍"]
BIRTH = {  # origin -> places of birth as a CV writes them
    "bamileke": ["Bafoussam (Cameroun)", "Dschang (Cameroun)", "Bangangté (Cameroun)", "Mbouda (Cameroun)"],
    "yazidi": ["Sinjar (Irak)", "Khanasor (Irak)", "Bashiqa (Irak)", "Khankê (Irak)"],
    "mapuche": ["Temuco (Chili)", "Lumaco (Chili)", "Tirúa (Chili)", "Nueva Imperial (Chili)"],
    "futunan": ["Sigave (Wallis-et-Futuna)", "Tavai (Wallis-et-Futuna)", "Fiua (Wallis-et-Futuna)",
                "Vaisei (Wallis-et-Futuna)"],
    "ndebele": ["Bulawayo, Zimbabwe", "Gwanda, Zimbabwe", "Lupane, Zimbabwe", "Tsholotsho, Zimbabwe"],
    "salone": ["Makeni, Sierra Leone", "Kenema, Sierra Leone", "Port Loko, Sierra Leone", "Magburaka, Sierra Leone"],
    "dinka": ["Aweil, South Sudan", "Rumbek, South Sudan", "Wau, South Sudan", "Kakuma camp, Kenya"],
    "korean": ["전라북도 장수군", "강원도 양구군", "전라남도 구례군"],
    "okinawan": ["일본 오키나와현 나하시", "일본 오키나와현 이토만시", "일본 오키나와현 나고시"],
}
BIRTH_CODE = {"CM": "322", "IQ": "203", "CL": "417"}  # INSEE country codes of a French social security number

# --- religions, health, and job facts of this split -------------------------------------------------------------
RELIGIONS = {"bamileke": ["catholic", "protestant"], "yazidi": ["yazidi"], "mapuche": ["catholic", "evangelical",
             "none"], "futunan": ["catholic"], "ndebele": ["methodist", "apostolic", "catholic"],
             "salone": ["muslim", "methodist"], "dinka": ["anglican", "catholic"],
             "korean": ["buddhist", "protestant", "catholic", "none"], "okinawan": ["unification", "none"]}
REL = {  # key -> (fr fem, fr masc, en, ko)
    "catholic": ("catholique", "catholique", "Catholic", "천주교"),
    "protestant": ("protestante", "protestant", "Protestant", "개신교"),
    "evangelical": ("évangélique", "évangélique", "Evangelical", "복음주의"),
    "none": ("sans religion", "sans religion", "No religion", "무교"),
    "yazidi": ("yézidie", "yézidi", "Yazidi", "예지디교"),
    "methodist": ("méthodiste", "méthodiste", "Methodist", "감리교"),
    "apostolic": ("apostolique", "apostolique", "Apostolic Faith", "사도신앙교회"),
    "muslim": ("musulmane", "musulman", "Muslim", "이슬람교"),
    "anglican": ("anglicane", "anglican", "Anglican", "성공회"),
    "buddhist": ("bouddhiste", "bouddhiste", "Buddhist", "불교"),
    "unification": ("unificationniste", "unificationniste", "Unificationist", "통일교"),
}
REL_ACT = {  # an activity that tells the religion, the telling words braced
    "fr": {"catholic": "pas de mission le dimanche matin ({messe})", "protestant": "{culte} le dimanche",
           "evangelical": "choriste à l'{Église évangélique}", "yazidi": "congé en avril pour le {Nouvel An yézidi}"},
    "en": {"methodist": "steward at the {Methodist church}", "apostolic": "{Apostolic Faith Mission} choir",
           "muslim": "time off for {Jumu'ah} on Fridays", "anglican": "lay reader at the {Anglican church}",
           "catholic": "{Mass} on Sunday mornings"},
    "ko": {"buddhist": "주말 {절} 봉사", "protestant": "{교회} 찬양팀", "catholic": "{성당} 레지오 활동",
           "unification": "{가정연합} 교회 봉사"},
}
HEALTH = {  # key -> (fr (fem, masc) or text, en, ko)
    "epilepsy": ("épilepsie stabilisée", "epilepsy (controlled)", "뇌전증 (약 복용 중)"),
    "latex": ("allergie au latex", "latex allergy", "라텍스 알레르기"),
    "lifting": ("port de charges limité à 10 kg", "no lifting over 10 kg", "중량물 취급 제한 (10kg)"),
    "pregnant": ("enceinte de 5 mois", "5 months pregnant", "임신 20주"),
    "hearing": (("appareillée des deux oreilles", "appareillé des deux oreilles"), "wears hearing aids", "보청기 착용"),
    "good": ("aucun problème de santé", "no health issues", "건강 이상 없음"),
}
SIDE_EMPLOYERS = {"fr": ["Chez Fatima", "Boucherie Chez Kader", "Traiteur Maison Rosine", "Pizzeria Da Toni",
                         "Bar-tabac Chez Dédé"],
                  "en": ["Big Tony's Van Hire", "Sheila's Sandwich Bar", "Uncle Ray's Market Stall",
                         "Dot's Launderette", "Mo's Car Wash"],
                  "ko": ["순자네 국밥", "철수네 고물상", "영자 미용실", "만복이네 정육점", "복실이네 분식"]}
TENURE = {"fr": ["{n} ans de terrain", "{n} ans de missions", "{n} ans dans le métier"],
          "en": ["{n} years of shift work", "{n} years on agency contracts", "{n} years in the job"],
          "ko": ["현장 경력 {n}년", "{n}년 일했음", "경력 {n}년차"]}
TRADE_TENURE = {  # years in a kind of workplace, for the trades that have one
    "care": ("{n} ans en EHPAD", "{n} years in care homes", "요양원 {n}년"),
    "logistics": ("{n} ans en entrepôt frigorifique", "{n} years in cold stores", "냉동창고 {n}년"),
    "kitchen": ("{n} ans en restauration collective", "{n} years in school kitchens", "급식실 {n}년"),
    "cleaning": ("{n} ans en milieu hospitalier", "{n} years of hospital cleaning", "병원 미화 {n}년"),
    "driving": ("{n} ans de livraison", "{n} years of multi-drop delivery", "택배 배송 {n}년"),
    "security": ("{n} ans de sécurité incendie", "{n} years on door supervision", "경비 {n}년"),
}
TONGUES = {"bamileke": "Ghomala'", "yazidi": "Kurmandji", "mapuche": "Mapudungun", "futunan": "Fakafutuna",
           "ndebele": "isiNdebele", "salone": "Krio", "dinka": "Thuɔŋjäŋ", "okinawan": "우치나구치 (기초)"}
COMMON_TONGUES = {"fr": ["Anglais (B1)", "Anglais : notions", "Espagnol (A2)"],
                  "en": ["French (A2)", "Arabic (basic)", "Shona (conversational)"],
                  "ko": ["한국어 (TOPIK 4급)", "영어 (초급)", "한국어 (KIIP 5단계)"]}
KO_NATIVE_TONGUES = ["영어 (토익 700)", "일본어 (JLPT N3)", "중국어 (HSK 3급)"]
EXTRA = {"fr": "dépannage", "en": "cash-in-hand", "ko": "단기 알바"}
CARE = next(t for t in D.TRADES if t.key == "care")


# --- the blind11 sheet -----------------------------------------------------------------------------------------------
class Blind11Sheet(RenderedSheet):
    """A Sheet whose personal details are written in this split's wording; modes: 'pair' (label, value), 'bare' (a CV
    item), 'me' (the author speaking), 'she' (someone else writing about the author)."""

    def render(self, family: str, mode: str):
        return RENDER11[family](self, mode)


FAMILY_ODDS = {"sex": 0.6, "age": 0.7, "birth": 0.6, "residence": 0.85, "nationality": 0.65, "religion": 0.55,
               "family": 0.7, "health": 0.55}


def draw(rng, lang: str, sex: str, origin: str = "") -> tuple[str, str, str]:
    """(origin, first, last) of someone writing in lang, or of an origin."""
    return draw_name(rng, NAMES, WEIGHTS, lang, sex, origin)


def renew(s: Sheet, trade=None) -> None:
    """Give the sheet's person an identity of this split (name, second given name, contact, home, birth place,
    nationality, religion, health, families to reveal, places of past jobs; the trade if given), drawn from the
    sheet's random source."""
    p, rng, lang = s.p, s.rng, s.lang
    origin, first, last = draw(rng, lang, p.sex)
    p.b11_origin, p.hanja = origin, ""
    p.b11_given2 = rng.choice([x for x in NAMES[origin][p.sex] if x != first])
    if origin == "korean":
        p.first, p.last, p.hangul = first, last, last + first
        p.email, p.phone, p.linkedin = _contact(rng, lang, first, last, first)
    elif lang == "ko":  # an Okinawan marriage migrant: surname first, the passport's romanised name
        p.first, p.last, p.hangul = first, last, f"{last} {first}"
        p.email, p.phone, p.linkedin = _contact(rng, lang, ROMAN[first].capitalize(), ROMAN[last].capitalize(), "")
    else:
        if origin == "mapuche" and p.sex == "F" and p.marital == "married" and rng.random() < 0.6:
            last = f"{last} de {rng.choice([x for x in NAMES[origin]['L'] if x != last])}"  # 'de' + the husband's name
        p.first, p.last, p.hangul = first, last, ""
        p.email, p.phone, p.linkedin = _contact(rng, lang, first, last, "")
    if trade is not None and p.trade is not trade:
        p.trade = trade
        p.jobs = _jobs(rng, lang, trade, p.born, p.years, "\0")  # places are drawn below
    if lang == "fr":
        town, pc = rng.choice(FR_TOWNS)
        p.b11_home = {"town": town, "pc": pc, "street": f"{rng.randint(1, 88)} {rng.choice(FR_STREETS)}"}
        places = FR_JOB_PLACES
    elif lang == "en":
        town, code, area = rng.choice(EN_TOWNS)
        pc = f"{code} {rng.randint(1, 9)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"
        p.b11_home = {"town": town, "pc": pc, "area": area, "street": f"{rng.randint(1, 140)} {rng.choice(EN_STREETS)}"}
        places = EN_JOB_PLACES
    else:
        i = rng.randrange(len(KO_TOWNS))
        region, short = KO_TOWNS[i]
        p.b11_home = {"town": short, "region": region, "street": f"{KO_ROADS[i]} {rng.randint(1, 300)}"}
        places = KO_JOB_PLACES
    for job, place in zip(p.jobs, rng.sample(places, len(p.jobs))):
        job.place = place
    if p.sex == "M":  # no 'Chambermaid' on a man's CV
        for job in p.jobs:
            if job.en_female:
                job.en, job.en_female = rng.choice(p.trade.en_titles), False
    p.birth_place = rng.choice(BIRTH[origin])
    nats = NATIONALITY[origin]
    p.b11_nat = (_weighted(rng, nats),) if len(nats) == 1 or rng.random() > 0.2 else tuple(sorted(nats))[:2]
    p.religion = rng.choice(RELIGIONS[origin])
    p.health = rng.choice(sorted(HEALTH))
    if p.health == "pregnant" and p.sex == "M":
        p.health = "lifting"
    chosen = {f for f, odds in FAMILY_ODDS.items() if rng.random() < odds}
    while len(chosen) < 4:
        chosen.add(_weighted(rng, FAMILY_ODDS))
    p.families = chosen | {"name"} | ({"contact"} if rng.random() < 0.95 else set())


def blind11(langs=LANGS, trade=None):
    """Register a layout of this split: the sheet gets its identity first (and the trade, if given)."""
    def deco(fn):
        @functools.wraps(fn)
        def run(s: Sheet) -> str:
            s.__class__ = Blind11Sheet
            renew(s, trade)
            return fn(s)
        layout(langs, split=SPLIT)(run)
        return run
    return deco


# --- names ------------------------------------------------------------------------------------------------------------
def me(s: Sheet, form: str = "plain") -> str:
    """The author's name, planted: 'plain', 'LAST first', 'first LAST', 'first', 'last', 'LAST', 'lower' ('mafo
    kamdem'), 'both' (both given names), 'roman' (the passport's form of an Okinawan author's name in Korean)."""
    p = s.p
    if s.lang == "ko":
        if form == "roman" and p.b11_origin == "okinawan":
            return s.plant("name", f"{ROMAN[p.last]} {ROMAN[p.first]}")
        if form == "first":
            return s.plant("name", p.first)
        return s.plant("name", p.hangul)
    text = {"plain": f"{p.first} {p.last}", "LAST first": f"{p.last.upper()} {p.first}", "first": p.first,
            "first LAST": f"{p.first} {p.last.upper()}", "last": p.last, "LAST": p.last.upper(),
            "lower": f"{p.first} {p.last}".lower(), "both": f"{p.first} {p.b11_given2}",
            "roman": f"{p.first} {p.last}"}[form]
    return s.plant("name", text)


def other(s: Sheet, sex: str | None = None) -> tuple[str, str, str]:
    """(origin, first, last) of another person, none of whose words is the author's."""
    for _ in range(30):
        origin, first, last = draw(s.rng, s.lang, sex or s.pick("FM"))
        if not {first, last} & {s.p.first, s.p.last, s.p.b11_given2}:
            break
    return origin, first, last


def someone(s: Sheet, form: str = "plain", sex: str | None = None) -> str:
    """Another person's name (a spouse, a recruiter, a referee, a client), planted as 'name': 'plain', 'first',
    'LAST first', 'first L.' (the initial, one letter, not planted), 'handle' ('mileta.f')."""
    origin, first, last = other(s, sex)
    if s.lang == "ko":
        full = last + first if origin == "korean" else f"{last} {first}"
        return s.plant("name", first if form in ("first", "first L.", "handle") else full)
    if form == "first L.":
        return s.plant("name", first) + f" {last[0]}."
    if form == "handle":
        return s.plant("name", f"{first.lower()}.{last[0].lower()}")
    return s.plant("name", {"first": first, "LAST first": f"{last.upper()} {first}"}.get(form, f"{first} {last}"))


def recast(s: Sheet, fn, m0: int = 0, f0: int = 0) -> None:
    """Apply a text transformation to the markers and facts recorded since (m0, f0), as it was applied to the text."""
    s.markers[m0:] = [replace(m, value=fn(m.value), also=tuple(fn(a) for a in m.also)) for m in s.markers[m0:]]
    s.facts[f0:] = [fn(f) for f in s.facts[f0:]]


def capital(text: str) -> str:
    return text[0].upper() + text[1:] if text else text


def area(pc: str) -> str:
    """The short form of a postcode a CV puts after a town: the département ('91', '988'), the outward code ('LS7')."""
    if " " in pc:
        return pc.split()[0]
    return pc[:3] if pc[:2] in ("97", "98") else pc[:2]


# --- the families in this split's wording -------------------------------------------------------------------------
def _date(s: Sheet, d: date) -> str:
    """A date of birth in one of the notations people use."""
    if s.lang == "fr":
        return s.pick([f"{d:%d/%m/%Y}", f"{d.day} {FR_MONTHS[d.month - 1]} {d.year}", f"{d:%d.%m.%y}", f"{d:%Y-%m-%d}"])
    if s.lang == "en":
        return s.pick([f"{d:%d/%m/%Y}", f"{d.day} {EN_MONTHS[d.month - 1][:3]} {d.year}", f"{d:%d.%m.%y}"])
    return s.pick([f"{d:%Y.%m.%d}", f"{d.year % 100:02d}년 {d.month}월 {d.day}일", f"{d:%y%m%d}"])


def r_age(s: Sheet, mode: str):
    """Age: '34 ans', '34 a.', '34 y/o', 'aged 34', '만 34세', '34살'."""
    a, lang = s.p.age, s.lang
    if lang == "fr":
        if mode == "pair":
            return "Âge", s.plant("age", s.pick([f"{a} ans", f"{a} a."]))
        return {"me": "j'ai ", "she": "a "}.get(mode, "") + s.plant("age", f"{a} ans")
    if lang == "en":
        if mode == "pair":
            return "Age", s.plant("age", s.pick([f"{a} y/o", f"{a} years"]))
        return {"me": "I'm ", "she": "is "}.get(mode, "") + s.plant("age", f"{a} years old" if mode != "bare" else
                                                                      s.pick([f"aged {a}", f"{a} y/o"]))
    if mode == "pair":
        return "나이", s.plant("age", f"만 {a}세")
    return s.plant("age", f"{a}살" if mode in ("me", "she") else f"만 {a}세")


def r_birth(s: Sheet, mode: str):
    """Date or year of birth, sometimes with the place."""
    b, lang = s.p.born, s.lang
    if mode == "pair":
        label = {"fr": "Date de naissance", "en": "Date of birth", "ko": "생년월일"}[lang]
        return label, s.plant("birth", _date(s, b)) + _born_in(s, 0.3)
    if lang == "fr":
        if mode == "me":
            return "je suis " + s.g("née", "né") + " en " + s.plant("birth", str(b.year)) + _born_in(s)
        born = s.g("née", "né") + " le " + s.plant("birth", _date(s, b))
        return ("est " if mode == "she" else "") + born + _born_in(s)
    if lang == "en":
        if mode == "me":
            return "I was born in " + s.plant("birth", str(b.year)) + _born_in(s, 0.5)
        return ("was " if mode == "she" else "") + "born " + s.plant("birth", _date(s, b)) + _born_in(s)
    return s.plant("birth", f"{b.year}년생") + _born_in(s)


def r_residence(s: Sheet, mode: str):
    """Where the author lives: an address, 'Yerres (91)', a town alone, 'Chapeltown, West Yorkshire', '대곶 거주'."""
    h, lang = s.p.b11_home, s.lang
    plant = functools.partial(s.plant, "residence")
    if lang == "ko":
        if mode == "pair":
            return "주소", f"{plant(h['region'])} {plant(h['street'])}"
        return plant(h["town"]) + ("에 살아요" if mode == "me" else "에 거주함" if mode == "she" else " 거주")
    if lang == "fr":
        full = lambda: f"{plant(h['street'])}, {plant(h['pc'])} {plant(h['town'])}"  # noqa: E731
        if mode == "pair":
            return "Adresse", full()
        if mode in ("me", "she"):
            return ("j'habite à " if mode == "me" else "habite à ") + plant(h["town"])
        return s.pick([full, lambda: plant(f"{h['town']} ({area(h['pc'])})"), lambda: plant(h["town"])])()
    full = lambda: f"{plant(h['street'])}, {plant(h['town'])} {plant(h['pc'])}"  # noqa: E731
    if mode == "pair":
        return "Address", full()
    if mode in ("me", "she"):
        return ("I live in " if mode == "me" else "lives in ") + plant(h["town"])
    return s.pick([full, lambda: f"{plant(h['town'])}, {plant(h['area'])}", lambda: plant(h["town"])])()


def nat_word(s: Sheet, key: str, cap: bool = False) -> str:
    """The nationality or origin word of a key in the CV's language, planted (French in the author's gender)."""
    masc, fem, en, ko = NATS[key][:4]
    if s.lang == "fr":
        return s.gv("nationality", capital(fem) if cap else fem, capital(masc) if cap else masc, sex=False)
    return s.plant("nationality", en if s.lang == "en" else ko)


def r_nationality(s: Sheet, mode: str):
    """Nationality or origin: 'camerounaise', "d'origine mapuche", 'Sierra Leonean national', '일본 국적'."""
    nat, lang, origin = s.p.b11_nat, s.lang, ORIGIN_KEY[s.p.b11_origin]
    if lang == "fr":
        if mode == "pair":
            return "Nationalité", " / ".join(nat_word(s, k, True) for k in nat)
        if origin not in nat and s.chance(0.5):
            fem, masc = NATS[origin][1], NATS[origin][0]  # 'origine' is feminine whoever writes
            return ("est " if mode == "she" else "") + "d'origine " + s.plant("nationality", fem, (masc,))
        return {"me": "je suis ", "she": "est "}.get(mode, "") + " et ".join(nat_word(s, k) for k in nat)
    if lang == "en":
        if mode == "pair":
            return "Nationality", " / ".join(nat_word(s, k) for k in nat)
        if origin not in nat and s.chance(0.5):
            return {"me": "I am ", "she": "is "}.get(mode, "") + nat_word(s, origin)
        return {"me": "I am a ", "she": "is a "}.get(mode, "") + s.plant("nationality", f"{NATS[nat[0]][2]} national")
    if mode == "pair":
        return "국적", nat_word(s, nat[0])
    return s.plant("nationality", f"{NATS[nat[0]][3]} 국적") + ("이에요" if mode == "me" else "")


def r_religion(s: Sheet, mode: str):
    """Religion: a field, a word, or an activity that tells it."""
    key, lang = s.p.religion, s.lang
    fem, masc, en, ko = REL[key]
    act = REL_ACT[lang].get(key)
    if mode != "pair" and act and s.chance(0.5):
        return re.sub(r"\{([^}]*)\}", lambda m: s.plant("religion", m.group(1)), act)
    if lang == "fr":
        if mode == "pair":
            return "Religion", s.gv("religion", capital(fem), capital(masc), sex=False)
        return {"me": "je suis ", "she": "est "}.get(mode, "") + s.gv("religion", fem, masc, sex=False)
    if lang == "en":
        if mode == "pair":
            return "Religion", s.plant("religion", en)
        return {"me": "I am ", "she": "is "}.get(mode, "") + s.plant("religion", en)
    if mode == "pair":
        return "종교", s.plant("religion", ko)
    return "종교 " + s.plant("religion", ko)


FR_STATUS = {"single": ("célibataire",) * 2, "married": ("mariée", "marié"), "pacs": ("pacsée", "pacsé"),
             "divorced": ("divorcée", "divorcé"), "widowed": ("veuve", "veuf"), "couple": ("en union libre",) * 2}
EN_STATUS = {"single": "single", "married": "married", "pacs": "civil partner", "divorced": "divorced",
             "widowed": "widowed", "couple": "living with partner"}
KO_STATUS = {"single": "미혼", "married": "기혼", "pacs": "기혼", "divorced": "이혼", "widowed": "사별", "couple": "미혼"}


def kids(s: Sheet, casual: bool = False) -> str:
    """The number of children, planted ('3 enfants', '2 dependants' on a form, '2 kids' in speech, '자녀 2명')."""
    n = s.p.children
    en = f"{n} kid{'s' if n > 1 else ''}" if casual else f"{n} dependant{'s' if n > 1 else ''}"
    return s.plant("family", {"fr": f"{n} enfant{'s' if n > 1 else ''}", "en": en, "ko": f"자녀 {n}명"}[s.lang])


def r_family(s: Sheet, mode: str):
    """Marital status and children."""
    p, n, lang = s.p, s.p.children, s.lang
    if lang == "fr":
        fem, masc = FR_STATUS[p.marital]
        if mode == "pair":
            return "Situation familiale", s.gv("family", capital(fem), capital(masc)) + (f", {kids(s)}" if n else "")
        if mode in ("she", "me") and n:
            return ("est " if mode == "she" else "je suis ") + s.gv("family", "mère", "père") + " de " + kids(s)
        status = s.gv("family", fem, masc)
        return {"me": "je suis ", "she": "est "}.get(mode, "") + status + (f", {kids(s)}" if n else "")
    if lang == "en":
        status = EN_STATUS[p.marital]
        if mode == "pair":
            return "Marital status", s.plant("family", capital(status)) + (f", {kids(s)}" if n else "")
        if mode in ("me", "she") and n:
            return ("I'm a " if mode == "me" else "is a ") + s.gv("family", "mum", "dad") + f" of {kids(s, True)}"
        return {"me": "I am ", "she": "is "}.get(mode, "") + s.plant("family", status) + (f", {kids(s)}" if n else "")
    status = KO_STATUS[p.marital]
    if mode == "pair":
        return "결혼", s.plant("family", status) + (f", {kids(s)}" if n else "")
    return s.plant("family", status) + (f", {kids(s)}" if n else "")


def r_health(s: Sheet, mode: str):
    """Disability or health."""
    value = HEALTH[s.p.health][{"fr": 0, "en": 1, "ko": 2}[s.lang]]
    planted = s.gv("health", *value, sex=True) if isinstance(value, tuple) else s.plant("health", value)
    if mode == "pair":
        return {"fr": "Santé", "en": "Health", "ko": "건강"}[s.lang], planted
    if mode == "she":
        return {"fr": "a signalé : ", "en": "mentioned: ", "ko": "건강: "}[s.lang] + planted
    if mode == "me":
        return {"fr": "santé : ", "en": "health: ", "ko": "건강: "}[s.lang] + planted
    return planted


def r_sex(s: Sheet, mode: str):
    """Sex: a field, a word, a civil title."""
    f, lang = s.female, s.lang
    if mode == "pair":
        label, words = {"fr": ("Sexe", ("Féminin", "Masculin")), "en": ("Gender", ("Female", "Male")),
                        "ko": ("성별", ("여성", "남성"))}[lang]
        return label, s.plant("sex", words[0] if f else words[1])
    if mode == "she":
        return {"fr": "est ", "en": "is "}.get(lang, "") + s.plant("sex", {"fr": ("une femme", "un homme"), "en": (
            "a woman", "a man"), "ko": ("여성", "남성")}[lang][0 if f else 1])
    if lang == "fr":
        return "je suis " + s.plant("sex", "une femme" if f else "un homme") if mode == "me" else \
            s.plant("sex", "Femme" if f else "Homme")
    if lang == "en":
        return "I am " + s.plant("sex", "a woman" if f else "a man") if mode == "me" else \
            s.plant("sex", "Female" if f else "Male")
    return s.plant("sex", "여자" if f else "남자")


RENDER11 = {"sex": r_sex, "age": r_age, "birth": r_birth, "residence": r_residence, "nationality": r_nationality,
            "religion": r_religion, "family": r_family, "health": r_health}
PERSONAL11 = ("sex", "age", "birth", "nationality", "family", "health", "religion")


# --- job sections ---------------------------------------------------------------------------------------------------
def tenure(s: Sheet) -> str:
    """Years in a kind of workplace ('10 ans en EHPAD', '9 years in cold stores', '요양원 7년'): a fact."""
    own = TRADE_TENURE.get(s.p.trade.key)
    pool = TENURE[s.lang] + ([own[LANGS.index(s.lang)]] * 3 if own else [])
    return s.fact(s.pick(pool).format(n=s.p.years))


def side(s: Sheet) -> tuple[str, str]:
    """(employer named after a person, place): a small job, both facts."""
    places = {"fr": FR_JOB_PLACES, "en": EN_JOB_PLACES, "ko": KO_JOB_PLACES}[s.lang]
    used = {j.place for j in s.p.jobs}
    return s.fact(s.pick(SIDE_EMPLOYERS[s.lang])), s.fact(s.pick([x for x in places if x not in used]))


def tongues(s: Sheet) -> list[str]:
    """Languages spoken (facts): the home language (it names no nationality) sometimes, and a common one."""
    own = TONGUES.get(s.p.b11_origin)
    out = [own] if own and s.chance(0.6) else []
    out.append(s.pick(KO_NATIVE_TONGUES if s.p.b11_origin == "korean" else COMMON_TONGUES[s.lang]))
    return [s.fact(x) for x in out]


def rest(s: Sheet, mode: str = "bare", skip: tuple[str, ...] = ()) -> list[str]:
    """Every family this CV reveals and has not written yet (residence first), but those skipped."""
    res = s.bit("residence", mode) if "residence" not in skip else None
    return ([res] if res else []) + s.bits([f for f in PERSONAL11 if f not in skip], mode)


def cv_body(s: Sheet) -> list[str]:
    """The jobs, a side job, diplomas, skills, licence, languages and availability of a short CV."""
    emp, where = side(s)
    return [s.h("exp"), *[job_line(s, j) for j in s.p.jobs], f"{EXTRA[s.lang]} – {emp}, {where}", "", s.h("edu"),
            *education(s), "", s.h("skills"), ", ".join(skills(s)), f"{s.h('lic')}{s.sep}{licence(s)}",
            f"{s.h('langs')}{s.sep}{', '.join(tongues(s))}", tenure(s), availability(s)]


def religion_act(s: Sheet) -> str | None:
    """The activity that tells the author's religion (its telling words planted), if this split has one for it."""
    act = REL_ACT[s.lang].get(s.p.religion)
    if not act or not s.take("religion"):
        return None
    return re.sub(r"\{([^}]*)\}", lambda m: s.plant("religion", m.group(1)), act)


# --- 1. an identity card or residence permit, OCR'd with its machine-readable zone ------------------------------------
def mrz_check(text: str) -> str:
    """The ICAO 9303 check digit of a field: digits as themselves, A-Z as 10-35, '<' as 0, weights 7, 3, 1."""
    values = [int(c) if c.isdigit() else ord(c) - 55 if "A" <= c <= "Z" else 0 for c in text]
    return str(sum(v * (7, 3, 1)[i % 3] for i, v in enumerate(values)) % 10)


def mrz_name(text: str) -> str:
    """A name as the MRZ writes it: capitals without accents, '<' for spaces, hyphens and apostrophes."""
    return re.sub(r"[^A-Z]", "<", ascii_fold(text).upper())


def mrz_td1(s: Sheet, kind: str, state: str, nat: str) -> list[str]:
    """The three 30-character lines of an ID-1 card (French identity card, residence permit): document, then birth
    date, sex, expiry, nationality, then 'SURNAME<<GIVEN<NAMES'."""
    p = s.p
    doc = f"{s.rng.choice('XYZ')}{s.rng.choice('ABCDEFGH')}{s.rng.randint(1000000, 9999999)}"
    l1 = f"{kind}{state}{doc}{mrz_check(doc)}".ljust(30, "<")
    born, expiry = f"{p.born:%y%m%d}", f"{D.TODAY[0] + 6 - 2000}{s.rng.randint(1, 12):02d}{s.rng.randint(1, 28):02d}"
    l2 = f"{born}{mrz_check(born)}{'F' if s.female else 'M'}{expiry}{mrz_check(expiry)}{nat}".ljust(29, "<")
    l2 += mrz_check(l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29])
    l3 = f"{mrz_name(p.last)}<<{mrz_name(p.first)}<{mrz_name(p.b11_given2)}".ljust(30, "<")[:30]
    return [l1, l2, l3]


def mrz_td3(s: Sheet, state: str, nat: str) -> list[str]:
    """The two 44-character lines of a passport: 'P<' + state + 'SURNAME<<GIVEN' (the name glued to the state),
    then document, nationality, birth date, sex, expiry."""
    p = s.p
    okinawan = p.b11_origin == "okinawan"
    last, first = (ROMAN[p.last], ROMAN[p.first]) if okinawan else (mrz_name(p.last), mrz_name(p.first))
    l1 = f"P<{state}{last}<<{first}".ljust(44, "<")[:44]
    doc = f"{s.rng.randint(100000000, 999999999)}"
    born, expiry = f"{p.born:%y%m%d}", f"{D.TODAY[0] + 4 - 2000}{s.rng.randint(1, 12):02d}{s.rng.randint(1, 28):02d}"
    body = f"{doc}{mrz_check(doc)}{nat}{born}{mrz_check(born)}{'F' if s.female else 'M'}{expiry}{mrz_check(expiry)}"
    personal = "<" * 14
    l2 = body + personal + mrz_check(personal)
    l2 += mrz_check(l2[0:10] + l2[13:20] + l2[21:43])
    return [l1, l2]


def plant_mrz(s: Sheet, lines: list[str]) -> list[str]:
    """Plant the MRZ: the name run (as it stands, glued to the state on a passport) as 'name', the line with the
    birth date, sex and nationality as 'birth'."""
    name_line = lines[-1] if len(lines) == 3 else lines[0]
    s.plant("name", name_line.rstrip("<"))
    s.plant("birth", lines[1])
    return lines


def card_fr(s: Sheet) -> list[str]:
    """A French identity card, or a residence permit with its address and its kind on the back."""
    p = s.p
    french = p.b11_nat[0] == "FR"
    title = "RÉPUBLIQUE FRANÇAISE — CARTE NATIONALE D'IDENTITÉ" if french else "TITRE DE SÉJOUR — RESIDENCE PERMIT"
    out = [title, f"Nom / Surname : {me(s, 'LAST')}"]
    if s.female and p.marital == "married" and s.take("family"):
        husband = other(s, "M")[2].upper()
        out.append(f"Nom d'usage / Usage name : {s.plant('family', 'ép.')} {s.plant('name', husband)}")
    given = f"{p.first.upper()}, {p.b11_given2.upper()}"
    out.append(f"Prénoms / Given names : {s.plant('name', given)}")
    s.take("sex")
    out.append(s.plant("sex", f"Sexe / Sex : {'F' if s.female else 'M'}"))
    s.take("nationality")
    nat = NATS[p.b11_nat[0]][4]
    out.append(f"Nationalité / Nationality : {s.plant('nationality', nat)}")
    s.take("birth")
    out.append(f"Date de naiss. / Date of birth : {s.plant('birth', f'{p.born:%d %m %Y}')}")
    out.append(f"Lieu de naissance / Place of birth : {s.plant('birth', p.birth_place.upper())}")
    if not french:
        kind = "VIE PRIVÉE ET FAMILIALE" if s.take("family") else "SALARIÉ"
        kind = s.plant("family", kind) if "FAM" in kind else kind
        out.append(f"Type de titre : CARTE DE SÉJOUR PLURIANNUELLE — {kind}")
        if s.take("residence"):
            h = p.b11_home
            out.append(f"Adresse : {s.plant('residence', h['street'].upper())} {s.plant('residence', h['pc'])} "
                       f"{s.plant('residence', h['town'].upper())}")
        out.append("Remarques : AUTORISE SON TITULAIRE À TRAVAILLER")
    return out + plant_mrz(s, mrz_td1(s, "ID" if french else "IR", "FRA", nat))


def card_en(s: Sheet) -> list[str]:
    """A British passport's data page, or a biometric residence permit."""
    p = s.p
    british = p.b11_nat[0] == "GB"
    s.take("sex")
    s.take("nationality")
    s.take("birth")
    nat = NATS[p.b11_nat[0]][4]
    out = ["UNITED KINGDOM OF GREAT BRITAIN AND NORTHERN IRELAND — PASSPORT" if british else
           "BIOMETRIC RESIDENCE PERMIT", f"Surname: {me(s, 'LAST')}",
           f"Given names: {s.plant('name', (p.first + ' ' + p.b11_given2).upper())}",
           f"Nationality: {s.plant('nationality', 'BRITISH CITIZEN' if british else nat)}",
           f"Date of birth: {s.plant('birth', f'{p.born:%d.%m.%Y}')}",
           s.plant("sex", f"Sex: {'F' if s.female else 'M'}"),
           f"Place of birth: {s.plant('birth', p.birth_place.split(',')[0].upper())}"]
    if not british:
        remark = "DEPENDANT PARTNER" if s.take("family") else "SKILLED WORKER"
        out.append(f"Remarks: {s.plant('family', remark) if remark.startswith('DEP') else remark} / WORK PERMITTED")
        return out + plant_mrz(s, mrz_td1(s, "IR", "GBR", nat))
    return out + plant_mrz(s, mrz_td3(s, "GBR", "GBR"))


def card_ko(s: Sheet) -> list[str]:
    """A Korean identity card (the resident number's 7th digit tells the sex), or an alien registration card with
    the status of stay and the passport's MRZ."""
    p = s.p
    s.take("birth")
    s.take("sex")
    century = p.born.year >= 2000
    if p.b11_origin == "korean":
        digit = (3 if century else 1) + (1 if s.female else 0)
        out = ["주민등록증", me(s), s.plant("birth", f"{p.born:%y%m%d}-{digit}******")]
        if s.take("residence"):
            h = p.b11_home
            out.append(f"{s.plant('residence', h['region'])} {s.plant('residence', h['street'])}")
        return out + [f"{D.TODAY[0] - 5}. 3. 2.", "발급기관: 시장·군수"]
    digit = (7 if century else 5) + (1 if s.female else 0)
    s.take("nationality")
    status = "결혼이민(F-6)" if s.take("family") else "거주(F-2)"
    out = ["외국인등록증 RESIDENCE CARD", f"외국인등록번호 {s.plant('birth', f'{p.born:%y%m%d}-{digit}******')}",
           f"성명 Name {me(s, 'roman')}", f"국가/지역 Country/Region {s.plant('nationality', NATS[p.b11_nat[0]][5])}",
           f"체류자격 Status {s.plant('family', status) if status.startswith('결혼') else status}",
           s.plant("sex", f"성별 Sex {'F' if s.female else 'M'}"), "", "여권 사본 (Passport copy)"]
    return out + plant_mrz(s, mrz_td3(s, "JPN", "JPN"))


@blind11()
def id_mrz(s: Sheet) -> str:
    """A short CV followed by the OCR of the identity document the agency scanned with it: the visual zone's
    bilingual labels (surname, given names, sex, nationality, birth, for a permit its kind - 'vie privée et
    familiale', 'dependant partner', '결혼이민(F-6)' - and address) and the machine-readable zone, whose name line
    ('KAMDEM<<MAFO<NGUEMO') and birth-sex-nationality line the OCR keeps; a Korean card's resident number
    ('680305-2******') tells the birth and the sex."""
    p, lang = s.p, s.lang
    p.families |= {"sex", "birth", "nationality"}  # an identity document shows them all
    head = [me(s, s.pick(["plain", "first LAST"])), title_text(s, p.jobs[0]), *contacts(s), ""]
    card = {"fr": card_fr, "en": card_en, "ko": card_ko}[lang](s)
    scan = {"fr": "--- Pièce jointe : scan_identite.pdf (texte reconnu) ---",
            "en": "--- Attachment: id_scan.pdf (recognised text) ---", "ko": "--- 첨부: 신분증_사본.pdf (OCR) ---"}[lang]
    note = {"fr": "Note agence", "en": "Agency note", "ko": "담당자 메모"}[lang]
    more = rest(s, "bare")
    return "\n".join(head + cv_body(s) + ["", scan, *card] + ([f"{note}{s.sep}" + " ; ".join(more)] if more else []))


# --- 2. a driving licence's numbered fields, OCR'd ------------------------------------------------------------------
CATEGORIES = {"fr": ["AM/B1/B", "AM/B/BE", "AM/B/C1/C", "B/C/CE"], "en": ["AM/B/f/k/q", "AM/B/BE/C1/f/k/q",
                                                                        "B/C/CE/f/k/q"],
              "ko": ["1종보통", "2종보통", "1종대형"]}
HEARING_CODE = {"fr": "02.01", "en": "02.01", "ko": "D (보청기)"}


def uk_licence_number(s: Sheet) -> str:
    """A DVLA licence number: the surname's first five letters (padded with 9), the decade, the month of birth (plus 50
    for a woman), the day, the year's last digit, the initials, a 9 and two check letters."""
    p = s.p
    sur = re.sub(r"[^A-Z]", "", ascii_fold(p.last).upper())[:5].ljust(5, "9")
    month = p.born.month + (50 if s.female else 0)
    y = f"{p.born.year:04d}"
    initials = ascii_fold(p.first[0] + p.b11_given2[0]).upper()
    return f"{sur}{y[2]}{month:02d}{p.born.day:02d}{y[3]}{initials}9{s.pick(['XQ', 'QJ', 'ZX', 'JQ'])}"


@blind11()
def licence_fields(s: Sheet) -> str:
    """A short CV followed by the OCR of the driving licence the agency copied: the European licence's numbered fields
    (1. surname, 2. given names - on a British licence after the title -, 3. birth date and place, 4a-4c issue, 5.
    number - a British one spells the surname and the birth date, the month plus 50 for a woman -, 8. address, 9.
    categories, 12. restriction codes - '02.01' a hearing aid), the Korean 운전면허증 (class, resident number, address,
    condition 'D (보청기)')."""
    p, lang = s.p, s.lang
    p.families |= {"birth"}
    head = [me(s, s.pick(["plain", "LAST first" if lang == "fr" else "first LAST"])), title_text(s, p.jobs[0]), ""]
    cats = s.fact(s.pick(CATEGORIES[lang]))
    hearing = p.health == "hearing" and s.take("health")
    s.take("birth")
    y, m = D.TODAY[0] - s.rng.randint(1, 9), s.rng.randint(1, 12)
    if lang == "ko":
        digit = (3 if p.born.year >= 2000 else 1) + (1 if s.female else 0)
        number = f"{s.rng.randint(11, 28)}-{y % 100}-{s.rng.randint(100000, 999999)}-{s.rng.randint(10, 99)}"
        card = ["자동차운전면허증 (Driver's License)", cats, number, me(s, "roman" if p.b11_origin == "okinawan" else "plain"),
                s.plant("birth", f"{p.born:%y%m%d}-{digit}******")]
        if s.take("residence"):
            card.append(f"{s.plant('residence', p.b11_home['region'])} {s.plant('residence', p.b11_home['street'])}")
        card += [f"적성검사 {D.TODAY[0] + 3}.01.01~{D.TODAY[0] + 3}.12.31",
                 "조건 " + (s.plant("health", HEARING_CODE[lang]) if hearing else "없음"), f"{y}.{m:02d}.02 경찰청장"]
    else:
        given = (p.first + " " + p.b11_given2).upper()
        title = ""
        if lang == "en" and s.take("sex"):
            title = s.plant("sex", "MS" if s.female else "MR") + " "
        place = p.birth_place.split(",")[0].split(" (")[0].upper()
        where = {"fr": place, "en": NATS[ORIGIN_KEY[p.b11_origin]][5] if s.chance(0.5) else place}[lang]
        number = s.plant("name", uk_licence_number(s)) if lang == "en" else \
            f"{y % 100:02d}AB{s.rng.randint(10000, 99999)}"
        card = ["PERMIS DE CONDUIRE — UE — F" if lang == "fr" else "DRIVING LICENCE — UK",
                f"1. {me(s, 'LAST')}", f"2. {title}{s.plant('name', given)}",
                f"3. {s.plant('birth', f'{p.born:%d.%m.%Y}')} {s.plant('birth', where)}",
                f"4a. {s.rng.randint(1, 28):02d}.{m:02d}.{y}  4b. {s.rng.randint(1, 28):02d}.{m:02d}.{y + 15}",
                "4c. " + ("PRÉFECTURE" if lang == "fr" else "DVLA"), f"5. {number}"]
        if lang == "en" and s.take("residence"):
            h = p.b11_home
            card.append(f"8. {s.plant('residence', h['street'].upper())}, {s.plant('residence', h['town'].upper())}, "
                        f"{s.plant('residence', h['pc'])}")
        card.append(f"9. {cats}")
        if hearing:
            card.append(f"12. {s.plant('health', HEARING_CODE[lang])}")
    scan = {"fr": "[copie recto-verso — permis.jpg, texte reconnu]", "en": "[front and back — licence.jpg, OCR text]",
            "ko": "[운전면허증 앞뒷면 — 면허증.jpg, 인식된 텍스트]"}[lang]
    more = rest(s, "bare")
    return "\n".join(head + cv_body(s) + rest_lines(s, more) + contacts(s) + ["", scan, *card])


def rest_lines(s: Sheet, items: list[str]) -> list[str]:
    """The remaining personal details under the 'personal' heading, if any."""
    return ["", s.h("personal"), *items] if items else []


# --- 3. a recruiters' team-chat channel exported as JSON --------------------------------------------------------------
def jesc(text: str) -> str:
    """Text as it stands inside a JSON string (quotes, backslashes and control characters escaped)."""
    return json.dumps(text, ensure_ascii=False)[1:-1]


CHANNEL = {"fr": "recrutement-intérim", "en": "temp-desk", "ko": "채용-현장팀"}


@blind11()
def chat_json(s: Sheet) -> str:
    """A Slack-style channel export (messages.json): recruiters (real names and lower-case handles in user profiles)
    discussing a candidate - the name in lower case, a shared file 'CV_Mafo_KAMDEM.pdf', the e-mail as a mailto link,
    personal details dropped in chat, the career pasted -, one message an object, every string JSON-escaped."""
    p, lang = s.p, s.lang
    people = []
    for _ in range(2):
        origin, first, last = other(s)
        if lang == "ko":
            real = s.plant("name", last + first if origin == "korean" else f"{last} {first}")
            handle = s.plant("name", first)
        else:
            real, handle = s.plant("name", f"{first} {last}"), s.plant("name", f"{first.lower()}.{last[0].lower()}")
        people.append({"id": f"U0{s.rng.getrandbits(28):07X}", "real_name": real, "display_name": handle})
    ts = [1726150000 + 97 * i for i in range(12)]
    msgs: list[dict] = []

    def say(who: int, text: str, **extra) -> None:
        user = people[who]
        stamp = f"{ts[len(msgs)]}.{100 + len(msgs):06d}"
        msgs.append({"type": "message", "user": user["id"], "text": text, "ts": stamp,
                     "user_profile": {"real_name": user["real_name"], "display_name": user["display_name"]}, **extra})

    title = title_text(s, p.jobs[0], "lower" if lang != "ko" else "cap")
    new = s.g("nouvelle candidate", "nouveau candidat") if lang == "fr" else \
        "new applicant" if lang == "en" else "신규 지원자"
    lower, years = me(s, "lower") if lang != "ko" else me(s), tenure(s)
    say(0, {"fr": f"{new} pour le poste de {title} : {lower} ({years})", "en": f"{new} for {title}: {lower} ({years})",
            "ko": f"{new}: {lower} ({title}, {years})"}[lang])
    file_name = s.plant("name", f"{p.first}_{p.last.upper()}".replace(" ", "_")) if lang != "ko" else me(s)
    say(0, "", files=[{"name": f"CV_{file_name}.pdf", "filetype": "pdf", "pretty_type": "PDF"}])
    say(1, {"fr": f"<@{people[0]['id']}> dispo quand ?", "en": f"<@{people[0]['id']}> when can they start?",
            "ko": f"<@{people[0]['id']}> 언제부터 가능해요?"}[lang])
    first = me(s, "first")
    say(0, f"{availability(s)} · " + " · ".join(f"{first} {x}" for x in rest(s, "she")), thread_ts=msgs[0]["ts"])
    if "contact" in p.families:
        mail, tel = s.plant("contact", p.email), s.plant("contact", p.phone)
        say(0, f"<mailto:{mail}|{mail}> · {tel}")
    jobs = " · ".join(job_line(s, j, " / ") for j in p.jobs)
    emp, where = side(s)
    say(1, f"{jobs} · {EXTRA[lang]}: {emp} ({where})")
    say(0, " · ".join([diploma(s), licence(s), *skills(s), *tongues(s)]), reactions=[{"name": "+1", "count": 2}])
    text = json.dumps(msgs, ensure_ascii=False, indent=2)
    recast(s, jesc)
    return text


# --- 4. a shared document exported with its reviewers' comments -------------------------------------------------------
@blind11()
def doc_comments(s: Sheet) -> str:
    """A CV drafted in a shared document and exported as plain text with its comments: anchors '[a]', '[b]' after
    the commented lines, then the comment threads at the end - each signed by a reviewer, one assigned to the author,
    one quoting personal details back ('supprimer « mariée, 2 enfants » ?'), one mentioning the author's e-mail,
    'Marked as resolved' - and a suggestion attributed to a reviewer."""
    p, lang = s.p, s.lang
    doc = s.plant("name", f"{p.first}_{p.last}".replace(" ", "_")) if lang != "ko" else me(s)
    lines = [{"fr": f"CV_{doc} (copie partagée)", "en": f"CV_{doc} (shared copy)", "ko": f"이력서_{doc} (공유 사본)"}[lang],
             me(s, s.pick(["plain", "first LAST", "LAST first"])) + "[a]", title_text(s, p.jobs[0]), ""]
    details = [f"{lab}{s.sep}{val}" for lab, val in s.pairs(("age", "birth", "family", "nationality", "sex"))]
    quoted = details[-1].split(s.sep, 1)[1] if details else ""
    lines += [*details[:-1], details[-1] + "[b]"] if details else []
    lines += ["", *cv_body(s)[:-1], availability(s) + "[c]", "", *rest_lines(s, rest(s, "bare")), *contacts(s), ""]
    r1, r2 = someone(s, "plain"), someone(s, "first L.")
    assigned = me(s, "plain")
    said = {"fr": ("Met ton nom en plus gros ?", f"_Attribué à {assigned}_", f"On enlève « {quoted} » ? L'agence "
                   "dit de ne pas le mettre.", "_Marqué comme résolu_", "Tu peux commencer quand exactement ?"),
            "en": ("Make your name bigger?", f"_Assigned to {assigned}_", f"Shall we drop “{quoted}”? The agency says "
                   "not to put it.", "_Marked as resolved_", "When exactly can you start?"),
            "ko": ("이름 좀 크게 할까요?", f"_{assigned}님에게 할당됨_", f"「{quoted}」 빼는 게 좋겠어요. 에이전시에서 "
                   "넣지 말래요.", "_해결됨으로 표시됨_", "정확히 언제부터 출근 가능해요?")}[lang]
    mail = f" @{s.plant('contact', p.email)}" if "contact" in p.families else ""
    lines += [f"[a]{r1}: {said[0]}", said[1], f"[b]{r2}: {said[2]}" if quoted else f"[b]{r2}: ok", said[3],
              f"[c]{r1}:{mail} {said[4]}"]
    emp = p.jobs[0].employer
    suggest = {"fr": f"Suggestion de {r1} : remplacer « {emp} » par « {emp} (CDI) »",
               "en": f"Suggestion by {r1}: replace “{emp}” with “{emp} (permanent)”",
               "ko": f"{r1}님의 제안: 「{emp}」 → 「{emp} (정규직)」"}[lang]
    return "\n".join(lines + [suggest])


# --- 5. a tick-box form -----------------------------------------------------------------------------------------------
BOXES = {"fr": ("☑", "☐"), "en": ("[x]", "[ ]"), "ko": ("■", "□")}
AGE_BANDS = [(16, 24), (25, 34), (35, 44), (45, 54), (55, 64)]
EN_ETHNIC = {"ndebele": "Black or Black British – African", "salone": "Black or Black British – African",
             "dinka": "Black or Black British – African"}


def tick_group(s: Sheet, family: str, checked: str, unchecked: list[str]) -> str:
    """'☑ Femme ☐ Homme': the group planted whole, each box with its label counted as a leak of its own (the empty
    box left beside a masked label still tells)."""
    on, off = BOXES[s.lang]
    items = [f"{on} {checked}", *[f"{off} {u}" for u in unchecked]]
    order = items if s.chance(0.5) else items[::-1]
    return s.plant(family, " ".join(order), items)


def ticked(s: Sheet, family: str, label: str, options: list[str]) -> str:
    """A row of boxes with one ticked, the ticked box and its label planted."""
    on, off = BOXES[s.lang]
    return " ".join(s.plant(family, f"{on} {o}") if o == label else f"{off} {o}" for o in options)


def nir(s: Sheet) -> str:
    """A French social security number: sex, year, month, département (99 abroad) and place, order, key."""
    p = s.p
    place = f"99 {BIRTH_CODE[p.b11_nat[0]]}" if p.b11_nat[0] in BIRTH_CODE else f"{s.rng.choice(['75', '93', '98'])} "\
        f"{s.rng.randint(101, 399)}"
    body = f"{2 if s.female else 1} {p.born.year % 100:02d} {p.born.month:02d} {place} {s.rng.randint(1, 999):03d}"
    key = 97 - int(body.replace(" ", "")) % 97
    return f"{body} {key:02d}"


@blind11()
def tick_form(s: Sheet) -> str:
    """A tick-box form filled in for the agency: the temp workers' health-insurance enrolment (civility and family
    boxes, social security number, dependants, health questions), the UK equality monitoring form (gender, age band,
    ethnic group, religion, disability, caring duties), the Korean 입사지원 체크리스트 (성별 ■ 여 □ 남, 결혼, 병역, 장애);
    the career after it."""
    p, lang = s.p, s.lang
    s.sep = " : " if lang == "fr" else ": "
    lines = [{"fr": "BULLETIN D'ADHÉSION — COMPLÉMENTAIRE SANTÉ DES INTÉRIMAIRES",
              "en": "EQUAL OPPORTUNITIES MONITORING FORM (kept apart from your application)",
              "ko": "입사지원 체크리스트"}[lang], ""]
    if lang == "fr":
        lines.append(f"Nom : {me(s, 'LAST')}    Prénom(s) : {me(s, 'both')}")
        if s.take("sex"):
            lines.append("Civilité : " + tick_group(s, "sex", *(("Madame", ["Monsieur"]) if s.female else
                                                               ("Monsieur", ["Madame"]))))
        if s.take("birth"):
            lines.append(f"N° de sécurité sociale : {s.plant('birth', nir(s))}")
        if s.take("family"):
            fem, masc = FR_STATUS[p.marital]
            label = {"single": "Célibataire", "married": "Marié(e)", "pacs": "Pacsé(e)", "divorced": "Divorcé(e)",
                     "widowed": "Veuf(ve)", "couple": "Union libre"}
            lines.append("Situation : " + ticked(s, "family", label[p.marital], list(label.values())))
            if p.marital in ("married", "pacs"):
                lines.append(f"Ayants droit : {ticked(s, 'family', 'Conjoint(e)', ['Conjoint(e)'])} "
                             f"{someone(s, 'LAST first', 'M' if s.female else 'F')}")
            if p.children:
                lines.append(f"Enfants à charge : {kids(s)}")
        if s.take("health"):
            if p.health == "pregnant":
                lines.append(s.plant("health", "Êtes-vous enceinte ? ☑ Oui"))
            elif p.health == "good":
                lines.append(s.plant("health", "Suivez-vous un traitement ou un suivi ? ☑ Non"))
            else:
                lines.append(f"Suivez-vous un traitement ou un suivi ? ☑ Oui, précisez : {r_health(s, 'bare')}")
    elif lang == "en":
        lines.append(f"Applicant: {me(s)}    Ref: {s.rng.randint(10000, 99999)}")
        if s.take("sex"):
            boxes = ("Female", ["Male"]) if s.female else ("Male", ["Female"])
            lines.append("Gender: " + tick_group(s, "sex", *boxes))
        if s.take("age"):
            band = next(f"{a}-{b}" for a, b in AGE_BANDS if a <= p.age <= b)
            lines.append("Age: " + ticked(s, "age", band, [f"{a}-{b}" for a, b in AGE_BANDS]))
        if s.take("nationality"):
            lines.append(f"Ethnic group: [x] {s.plant('nationality', EN_ETHNIC[p.b11_origin])}")
            lines.append(f"Nationality: {nat_word(s, p.b11_nat[0])}")
        if s.take("religion"):
            lines.append(f"Religion or belief: [x] {s.plant('religion', REL[p.religion][2])}")
        if s.take("health"):
            ask = "Do you consider yourself to have a disability or health condition?"
            lines.append(s.plant("health", f"{ask} [x] No") if p.health == "good" else f"{ask} [x] Yes: "
                         f"{r_health(s, 'bare')}")
        if s.take("family"):
            lines.append(f"Marital status: [x] {s.plant('family', capital(EN_STATUS[p.marital]))}")
            if p.children:
                carer = s.plant("family", "[x] Primary carer of a child or children")
                lines.append(f"Caring responsibilities: {carer}")
    else:
        lines.append(f"성명{s.sep}{me(s)}")
        if s.take("sex"):
            lines.append("성별 " + tick_group(s, "sex", *(("여", ["남"]) if s.female else ("남", ["여"]))))
            lines.append("병역 " + ticked(s, "sex", "해당없음" if s.female else "군필", ["군필", "미필", "해당없음"]))
        if s.take("family"):
            lines.append("결혼 " + ticked(s, "family", KO_STATUS[p.marital], ["기혼", "미혼", "이혼", "사별"]))
        if s.take("health"):
            lines.append(s.plant("health", "장애·질환 ■ 없음") if p.health == "good" else
                         f"장애·질환 ■ 있음 ({r_health(s, 'bare')})")
        if s.take("religion"):
            lines.append(f"종교 ■ {s.plant('religion', REL[p.religion][3])}")
    lines += [f"{lab}{s.sep}{val}" for lab, val in s.pairs(("birth", "age", "nationality", "residence", "religion"))]
    lines += [*contacts(s), "", *cv_body(s), *rest_lines(s, rest(s, "bare"))]
    return "\n".join(lines)


# --- 6. a mail-merge letter with some fields left unfilled ------------------------------------------------------------
MERGE = {"fr": ("«", "»"), "en": ("*|", "|*"), "ko": ("{{", "}}")}
MERGE_KEYS = {"fr": {"sex": "Civilité", "age": "Âge", "birth": "Date_naissance", "nationality": "Nationalité",
                     "residence": "Adresse", "family": "Situation", "health": "Santé", "religion": "Religion"},
              "en": {"sex": "GENDER", "age": "AGE", "birth": "DOB", "nationality": "NATIONALITY",
                     "residence": "ADDRESS", "family": "MARITAL", "health": "HEALTH", "religion": "RELIGION"},
              "ko": {"sex": "성별", "age": "나이", "birth": "생년월일", "nationality": "국적", "residence": "주소",
                     "family": "결혼", "health": "건강", "religion": "종교"}}


@blind11()
def mail_merge(s: Sheet) -> str:
    """A placement letter produced by a mail merge that half worked: the address block and the greeting filled in
    some places and left as «Prénom» / *|FNAME|* / {{이름}} in others, the mission (employer, site, post), the profile
    recalled, and the merge record the letter came from printed below it (field=value; field=value…)."""
    p, lang = s.p, s.lang
    o, c = MERGE[lang]
    field = lambda k: f"{o}{k}{c}"  # noqa: E731
    first_key, last_key = {"fr": ("Prénom", "NOM"), "en": ("FNAME", "LNAME"), "ko": ("이름", "성")}[lang]
    agency, sender = {"fr": "Intérim Val-de-Seine", "en": "Midshires Staffing", "ko": "새움 인력"}[lang], someone(s)
    j = p.jobs[0]
    if lang == "fr":
        greet = [f"{civil(s) or field('Civilité') + ' '}{me(s, 'LAST')}", field("Adresse_1"), "",
                 f"Bonjour {field(first_key)},"]
        body = f"Nous vous confirmons votre mission en tant que {title_text(s, j, 'lower')} chez " \
               f"{s.fact(j.employer)} ({s.fact(j.place)}) à compter du lundi 16 septembre."
    elif lang == "en":
        greet = [f"{civil(s) or field('TITLE') + ' '}{me(s, 'first LAST')}", field("ADDRESS1"), "",
                 f"Hi {field(first_key)},"]
        body = f"We are pleased to confirm your assignment as a {title_text(s, j, 'lower')} at {s.fact(j.employer)}, " \
               f"{s.fact(j.place)}, starting Monday 16 September."
    else:
        greet = [f"{me(s)} 님 귀하", field("주소"), "", f"{field(first_key)}님 안녕하세요."]
        body = f"{s.fact(j.employer)} ({s.fact(j.place)}) {title_text(s, j)} 근무가 9월 16일부터 확정되었습니다."
    recap = {"fr": "Rappel de votre profil", "en": "Your profile on file", "ko": "등록된 프로필"}[lang]
    emp, where = side(s)
    lines = greet + ["", body, "", f"{recap}{s.sep}{tenure(s)} ; {licence(s)} ; {diploma(s)} ; "
                     f"{', '.join(skills(s))} ; {', '.join(tongues(s))} ; {EXTRA[lang]} {emp} ({where}) ; "
                     f"{availability(s)}.", ""]
    lines += [{"fr": f"Merci de nous retourner le contrat signé, {field(first_key)}.", "en": f"Please sign and return "
               f"the contract, {field(first_key)}.", "ko": f"계약서 서명 후 회신 부탁드립니다, {field(first_key)}님."}[lang],
              "", sender, agency, ""]
    record = [f"{first_key}={me(s, 'first')}", f"{last_key}={me(s, 'last')}" if lang != "ko" else f"성명={me(s)}"]
    keys = MERGE_KEYS[lang]
    record += [f"{keys[f]}={val}" for f, (_, val) in zip(
        [f for f in ("sex", "birth", "age", "nationality", "residence", "family", "health", "religion") if s.has(f)],
        s.pairs())]
    record += [f"{label}={x}" for label, x in zip(("Tel", "Email"), contacts(s))]
    head = {"fr": "Enregistrement source (publipostage) n°", "en": "Merge record #", "ko": "병합 데이터 레코드 #"}[lang]
    return "\n".join(lines + [f"{head}{s.rng.randint(2, 80)}", " ; ".join(record)])


# --- 7. a TOML record synced from an ATS ------------------------------------------------------------------------------
TOML_KEYS = {"fr": ("candidat", "nom", "prenom", "autres_prenoms", "slug", "adresse", "experiences", "employeur",
                    "lieu", "poste", "periode", "profil"),
             "en": ("candidate", "surname", "forename", "middle_names", "slug", "address", "experience", "employer",
                    "site", "role", "period", "profile"),
             "ko": ("candidate", "name", "given_name", "passport_name", "slug", "address", "career", "company", "site",
                    "role", "period", "profile")}
TOML_FIELD = {"sex": "sex", "age": "age", "birth": "birth_date", "nationality": "nationality", "family": "marital",
              "health": "health", "religion": "religion"}


def tq(text: str) -> str:
    """A TOML basic string (JSON's escapes are TOML's)."""
    return json.dumps(text, ensure_ascii=False)


@blind11()
def toml_record(s: Sheet) -> str:
    """A candidate record as an ATS sync writes it to a TOML file: a [candidate] table (surname, given names, a
    lower-case slug 'mafo-kamdem', the birth date as a TOML date, 'age = 36', 'sex = "F"', marital status, children,
    health, religion), an [candidate.address] table, one [[experience]] table a job, a [profile] table of facts, and
    a reviewer's comment line."""
    p, lang = s.p, s.lang
    k = TOML_KEYS[lang]
    m0, f0 = len(s.markers), len(s.facts)
    rows = [f"# {k[0]} export — {D.TODAY[0]}-{D.TODAY[1]:02d}-{D.TODAY[2]:02d}", f"[{k[0]}]",
            f"id = {s.rng.randint(10000, 99999)}"]
    if lang == "ko":
        rows += [f"{k[1]} = {tq(me(s))}", f"{k[2]} = {tq(me(s, 'first'))}"]
        if p.b11_origin == "okinawan":
            rows.append(f"{k[3]} = {tq(me(s, 'roman'))}")
    else:
        rows += [f"{k[1]} = {tq(me(s, 'LAST'))}", f"{k[2]} = {tq(me(s, 'first'))}",
                 f"{k[3]} = [{tq(s.plant('name', p.b11_given2))}]",
                 f"{k[4]} = {tq(s.plant('name', slug(p.first, p.last)))}"]
    if s.take("sex"):
        rows.append(s.plant("sex", f"sex = '{'F' if s.female else 'M'}'"))  # a literal string: nothing escaped
    if s.take("birth"):
        rows.append(f"birth_date = {s.plant('birth', f'{p.born:%Y-%m-%d}')}")
        if s.chance(0.5):
            rows.append(f"birth_place = {tq(s.plant('birth', p.birth_place))}")
    if s.take("age"):
        rows.append(s.plant("age", f"age = {p.age}"))
    for fam in ("nationality", "family", "health", "religion"):
        pair = s.pair(fam)
        if pair:
            rows.append(f"{TOML_FIELD[fam]} = {tq(pair[1])}")
    if "contact" in p.families:
        rows += [f"phone = {tq(s.plant('contact', p.phone))}", f"email = {tq(s.plant('contact', p.email))}"]
    if s.take("residence"):
        h = p.b11_home
        rows += ["", f"[{k[0]}.{k[5]}]", f"street = {tq(s.plant('residence', h['street']))}"]
        rows += [f"postcode = {tq(s.plant('residence', h['pc']))}"] if "pc" in h else []
        rows.append(f"town = {tq(s.plant('residence', h['town'] if lang != 'ko' else h['region']))}")
    for j in p.jobs:
        rows += ["", f"[[{k[6]}]]", f"{k[7]} = {tq(s.fact(j.employer))}", f"{k[8]} = {tq(s.fact(j.place))}",
                 f"{k[9]} = {tq(title_text(s, j))}", f"{k[10]} = {tq(job_dates(s, j))}"]
    emp, where = side(s)
    rows += ["", f"[[{k[6]}]]", f"{k[7]} = {tq(emp)}", f"{k[8]} = {tq(where)}", f"{k[9]} = {tq(EXTRA[lang])}"]
    rows += ["", f"[{k[11]}]", f"tenure = {tq(tenure(s))}", f"licence = {tq(licence(s))}",
             f"diplomas = [{', '.join(tq(x) for x in education_items(s))}]",
             f"skills = [{', '.join(tq(x) for x in skills(s))}]",
             f"languages = [{', '.join(tq(x) for x in tongues(s))}]",
             f"availability = {tq(availability(s))}", "", f"# {someone(s)} — {D.TODAY[2]}/{D.TODAY[1]:02d}"]
    recast(s, lambda v: tq(v)[1:-1], m0, f0)
    return "\n".join(rows)


def slug(*parts: str) -> str:
    """'Relmu', 'Painemal de Catrileo' -> 'relmu-painemal-de-catrileo': lower case, no accents, hyphens."""
    return re.sub(r"[^a-z]+", "-", ascii_fold(" ".join(parts)).lower()).strip("-")


def education_items(s: Sheet) -> list[str]:
    """One or two diplomas of the trade: facts."""
    pool = list(s.p.trade.diplomas[s.lang])
    return [s.fact(x) for x in s.rng.sample(pool, min(len(pool), s.rng.randint(1, 2)))]


# --- 8. a KakaoTalk open-chat export ----------------------------------------------------------------------------------
def kakao_time(s: Sheet, hour: int, minute: int) -> str:
    return f"[{'오전' if hour < 12 else '오후'} {hour if hour <= 12 else hour - 12}:{minute:02d}]"


@blind11(langs=("ko",))
def kakao_openchat(s: Sheet) -> str:
    """A KakaoTalk open chat for local jobs exported from the PC app: the room's title and save date, dated day
    separators, '[nickname] [오후 3:14] message' lines - the author's nickname made of the town, the trade and the
    given name ('대곶 요양보호사 덕례') -, the room owner asking, other members answering with the author's name and
    '씨', photos, emoticons, a deleted message and people leaving."""
    p = s.p
    owner, member = someone(s, "first"), someone(s)
    town = s.plant("residence", p.b11_home["town"]) if s.take("residence") else "구직"
    nick = f"{town} {title_text(s, p.jobs[0])} {me(s, 'first')}"
    lines = [f"{town} 일자리 나눔방 님과 카카오톡 대화", f"저장한 날짜 : {D.TODAY[0]}-{D.TODAY[1]:02d}-{D.TODAY[2]:02d} 21:03:11",
             "", f"--------------- {D.TODAY[0]}년 9월 12일 목요일 ---------------", f"{nick}님이 들어왔습니다."]
    say = lambda who, h, m, text: lines.append(f"[{who}] {kakao_time(s, h, m)} {text}")  # noqa: E731
    j = p.jobs[0]
    say(f"방장 {owner}", 15, 10, f"구인합니다. {s.fact(j.employer)} {s.fact(j.place)} {title_text(s, j)} 급구")
    say(nick, 15, 14, f"안녕하세요 {tenure(s)} 구직중입니다")
    say(f"방장 {owner}", 15, 15, "나이랑 자격증 알려주세요")
    about = [x for x in (s.bit("birth", "bare"), s.bit("age", "me")) if x]
    say(nick, 15, 16, (" ".join(about) + "이고요 " if about else "") + f"{licence(s)} 있어요")
    say(nick, 15, 16, "사진")
    for x in rest(s, "me"):
        say(nick, 15, 17, x)
    say(member, 15, 20, f"{me(s, 'first')}씨 우리 센터도 연락줘요 ㅎㅎ")
    say(nick, 15, 21, "이모티콘")
    lines.append(f"--------------- {D.TODAY[0]}년 9월 13일 금요일 ---------------")
    if "contact" in p.families:
        say(nick, 9, 2, f"연락처 {s.plant('contact', p.phone)} 카톡 주세요")
    say(nick, 9, 3, "삭제된 메시지입니다.")
    emp, where = side(s)
    for i, jb in enumerate(p.jobs):
        say(nick, 9, 5 + i, f"{job_dates(s, jb)} {s.fact(jb.employer)} ({s.fact(jb.place)})")
    say(nick, 9, 9, f"{where} {emp} {EXTRA['ko']}도 했어요")
    say(nick, 9, 10, f"{diploma(s)}, {', '.join(skills(s, 2))}, {', '.join(tongues(s))}")
    say(nick, 9, 11, availability(s))
    lines.append(f"{member}님이 나갔습니다.")
    return "\n".join(lines)


# --- 9. a reference-check call log ------------------------------------------------------------------------------------
@blind11()
def reference_call(s: Sheet) -> str:
    """A recruiter's notes of a reference call: candidate, referee (name, post, employer, site, phone), who called,
    then questions and answers - dates confirmed, reliability in the referee's words (feminine adjectives, 'she',
    'her', '여사님'), absences (maternity leave, a health condition), would re-employ -, other details the referee
    gave, and the recruiter's verdict with the candidate's facts."""
    p, lang = s.p, s.lang
    j = p.jobs[-1] if len(p.jobs) > 1 else p.jobs[0]
    referee, caller = someone(s), someone(s, "first L.")
    ref_phone = {"fr": f"06 {s.rng.randint(10, 99)} {s.rng.randint(10, 99)} {s.rng.randint(10, 99)} "
                 f"{s.rng.randint(10, 99)}", "en": f"07{s.rng.randint(100, 999)} {s.rng.randint(100000, 999999)}",
                 "ko": f"010-{s.rng.randint(1000, 9999)}-{s.rng.randint(1000, 9999)}"}[lang]
    boss = {"fr": "chef d'équipe", "en": "shift manager", "ko": "현장 반장"}[lang]
    she = ("Elle" if lang == "fr" else "She") if s.female else ("Il" if lang == "fr" else "He")
    she = s.plant("sex", she) if s.female and lang != "ko" else she
    who, emp0, at0, tel = me(s, "LAST first" if lang == "fr" else "plain"), s.fact(j.employer), s.fact(j.place), \
        s.plant("contact", ref_phone)
    head = {"fr": ["PRISE DE RÉFÉRENCES — appel du 12/09/2024, 10 h 40", f"Candidat(e) : {who}",
                   f"Référent : {referee}, {boss} chez {emp0} ({at0})", f"Tél. référent : {tel}",
                   f"Appel passé par : {caller}"],
            "en": ["REFERENCE CHECK — call notes, 12/09/2024 10:40", f"Candidate: {who}",
                   f"Referee: {referee}, {boss} at {emp0}, {at0}", f"Referee's phone: {tel}", f"Called by: {caller}"],
            "ko": ["평판 조회 통화 기록 — 2024.09.12 10:40", f"지원자: {who}", f"추천인: {referee} ({emp0} {at0} {boss})",
                   f"추천인 연락처: {tel}", f"통화자: {caller}"]}[lang]
    dates = job_dates(s, j, fact=True)
    if lang == "fr":
        qa = [("Dates d'emploi ?", f"{dates}, confirmé."), ("Poste ?", title_text(s, j)),
              ("Fiabilité ?", f"« {she} est très {s.g('sérieuse', 'sérieux')}, jamais en retard. »")]
    elif lang == "en":
        her = s.plant("sex", "her") if s.female else "him"
        qa = [("Dates of employment?", f"{dates}, confirmed."), ("Role?", title_text(s, j)),
              ("Reliability?", f"“{she} was always on time, never let us down.”"),
              ("Would you re-employ?", f"“Yes, I'd take {her} back tomorrow.”")]
    else:
        lady = s.plant("sex", "여사님") if s.female and s.take("sex") else "씨"
        qa = [("근무 기간?", f"{dates} 확인됨"), ("담당 업무?", title_text(s, j)),
              ("근태?", f"“{me(s, 'first')} {lady} 정말 성실하셨어요. 지각 한 번 없었고요.”")]
    if p.children and s.female and s.take("family"):
        leave = {"fr": "congé maternité", "en": "maternity leave", "ko": "출산휴가"}[lang]
        qa.append(({"fr": "Absences ?", "en": "Absences?", "ko": "결근?"}[lang], f"{s.plant('family', leave)} ("
                   f"{kids(s)})"))
    told = rest(s, "she")
    if told:
        qa.append(({"fr": "Autres infos données", "en": "Other details given", "ko": "기타 언급"}[lang],
                   "; ".join(f"{me(s, 'first')} {x}" for x in told)))
    body = [f"Q : {q} — R : {a}" if lang == "fr" else f"Q: {q} — A: {a}" for q, a in qa]
    emp, where = side(s)
    verdict = {"fr": "Avis du recruteur", "en": "Recruiter's verdict", "ko": "채용 담당 의견"}[lang]
    others = [job_line(s, x) for x in p.jobs if x is not j]
    tail = [f"{verdict}{s.sep}{tenure(s)} ; {licence(s)} ; {diploma(s)} ; {', '.join(skills(s))} ; "
            f"{', '.join(tongues(s))} ; {EXTRA[lang]} {emp} ({where}) ; {availability(s)}", *others, *contacts(s)]
    return "\n".join(head + [""] + body + [""] + tail)


# --- 10. a biodata sheet / a family background ------------------------------------------------------------------------
SIBLINGS = {"fr": ["2 frères, 1 sœur", "1 frère, 3 sœurs", "4 frères"], "en": ["2 brothers, 1 sister",
                                                                             "1 brother, 3 sisters", "4 brothers"]}


def parent(s: Sheet, sex: str) -> str:
    """A parent's name: the father with the author's surname (a Korean mother keeps her own), planted."""
    p = s.p
    for _ in range(30):  # of the author's origin, no given name of the author's
        origin, first, last = draw(s.rng, s.lang, sex, p.b11_origin)
        if first not in (p.first, p.b11_given2) and last != p.last:
            break
    if s.lang == "ko":
        if p.b11_origin == "okinawan":
            return s.plant("name", f"{p.last} {first}" if sex == "M" else f"{last} {first}")
        return s.plant("name", (p.last if sex == "M" else last) + first)
    return s.plant("name", f"{first} {p.last.split(' de ')[0] if sex == 'M' else last}")


@blind11()
def biodata(s: Sheet) -> str:
    """A biodata / family background sheet: name in capitals, father's and mother's names (the father's carrying the
    author's surname), date and place of birth, sex, marital status, religion, nationality, siblings, blood group,
    present and permanent addresses, languages, a declaration signed with the name; in Korean the 자기소개서's
    성장과정 ('2남 1녀 중 장녀로 태어났습니다', the parents named) before the career."""
    p, lang = s.p, s.lang
    p.families |= {"birth", "family"}
    if lang == "ko":
        s.take("birth")
        s.take("family")
        where = s.plant("birth", p.birth_place)
        rank = s.gv("family", "1남 2녀 중 장녀", "2남 1녀 중 장남")
        father, mother = parent(s, "M"), parent(s, "F")
        lines = [f"자기소개서 — {me(s)}", "", "1. 성장과정", f"저는 {where}에서 {rank}로 태어났습니다. 아버지 {father}께서는 농사를 "
                 f"지으셨고, 어머니 {mother}께서는 시장에서 장사를 하셨습니다."]
        status = KO_STATUS[p.marital]
        lines.append(f"지금은 {s.plant('family', status)}" + (f"이고 {kids(s)}를 키우고 있습니다." if p.children else
                                                            "입니다."))
        lines += ["", "2. 경력 및 지원동기", f"{tenure(s)}. " + " / ".join(job_line(s, j) for j in p.jobs)]
        emp, where2 = side(s)
        lines += [f"{where2} {emp} {EXTRA[lang]}", f"{diploma(s)}, {licence(s)}, {', '.join(skills(s))}",
                  ", ".join(tongues(s)), availability(s), "", "3. 기타", *rest(s, "bare"), *contacts(s)]
        return "\n".join(lines)
    s.sep = "\t: "
    fr = lang == "fr"
    caps = s.plant("name", f"{p.first} {p.b11_given2} {p.last}".upper())
    rows = ["FICHE DE RENSEIGNEMENTS (BIODATA)" if fr else "BIO-DATA", "",
            f"{'Nom complet' if fr else 'Name'}{s.sep}{caps}",
            f"{'Nom du père' if fr else 'Father’s Name'}{s.sep}{parent(s, 'M')}",
            f"{'Nom de la mère' if fr else 'Mother’s Name'}{s.sep}{parent(s, 'F')}"]
    rows += [f"{lab}{s.sep}{val}" for lab, val in s.pairs(("birth", "sex", "family", "religion", "nationality"))]
    rows.append(f"{'Frères et sœurs' if fr else 'Siblings'}{s.sep}{s.plant('family', s.pick(SIBLINGS[lang]))}")
    if s.take("health"):
        group = s.plant("health", s.pick(["O+", "A+", "B-"]))
        rows.append(f"{'Groupe sanguin' if fr else 'Blood Group'}{s.sep}{group}")
        rows.append(f"{'Santé' if fr else 'Medical'}{s.sep}{r_health(s, 'bare')}")
    if s.take("residence"):
        h = p.b11_home
        rows.append(f"{'Adresse actuelle' if fr else 'Present Address'}{s.sep}{s.plant('residence', h['street'])}, "
                    f"{s.plant('residence', h['town'])}")
        rows.append(f"{'Adresse permanente' if fr else 'Permanent Address'}{s.sep}{s.plant('birth', p.birth_place)}")
    rows += [f"{'Langues' if fr else 'Languages Known'}{s.sep}{', '.join(tongues(s))}", *contacts(s), "",
             "PARCOURS" if fr else "CAREER RECORD", *[job_line(s, j) for j in p.jobs]]
    emp, where = side(s)
    rows += [f"{EXTRA[lang]} – {emp}, {where}", tenure(s), diploma(s), licence(s), ", ".join(skills(s)),
             availability(s), *rest(s, "bare"), ""]
    decl = "Je certifie exacts les renseignements ci-dessus." if fr else \
        "I hereby declare that the above particulars are true to the best of my knowledge."
    sign = f"({s.plant('name', p.first.upper())} {p.last[0]}.)"
    return "\n".join(rows + [decl, sign])


# --- 11. a training certificate ---------------------------------------------------------------------------------------
CENTRE = {"fr": ("centre de formation Cap Compétences", "Lisses"), "en": ("Northgate Skills Academy", "Kegworth"),
          "ko": ("새길 직업전문학교", "천안")}


@blind11()
def training_certificate(s: Sheet) -> str:
    """A certificate of completed training sent with the CV: who certifies (the trainer, named), the trainee with a
    civil title, birth date and place and address, the course (a diploma of the trade) and its dates and hours, the
    result in the trainee's gender ('admise'), an excused absence that tells a health matter, the licence obtained,
    place and date, signature; the Korean 수료증 (제 2024-0312 호, 성명, 생년월일, 과정명, 위 사람은 …); the CV after."""
    p, lang = s.p, s.lang
    p.families |= {"birth"}
    centre, town = CENTRE[lang]
    trainer = someone(s)
    course, lic = diploma(s), licence(s)
    if lang == "ko":
        s.take("birth")
        lines = ["수 료 증", f"제 {D.TODAY[0]}-{s.rng.randint(100, 999):04d} 호", f"성    명 : {me(s)}",
                 f"생년월일 : {s.plant('birth', f'{p.born.year}년 {p.born.month}월 {p.born.day}일')}",
                 f"과 정 명 : {course}", "교육기간 : 2024.09.02 ~ 2024.09.13 (80시간)",
                 "위 사람은 본 교육원에서 실시한 위 과정을 수료하였기에 이 증서를 수여합니다.", f"취득 자격 : {lic}",
                 f"{D.TODAY[0]}년 9월 13일", f"{centre}장 {trainer} (직인)"]
        if p.health != "good" and s.take("health"):
            lines.insert(6, f"결석 1일 (사유: {r_health(s, 'bare')})")
    else:
        fr = lang == "fr"
        title = civil(s)
        who = me(s, "LAST first" if fr else "first LAST")
        s.take("birth")
        born = s.plant("birth", f"{p.born:%d/%m/%Y}")
        place = f" {'à' if fr else 'in'} {s.plant('birth', p.birth_place)}" if s.chance(0.6) else ""
        home = ""
        if s.take("residence"):
            h = p.b11_home
            street, town_ = s.plant("residence", h["street"]), s.plant("residence", h["town"])
            home = f", {'demeurant' if fr else 'of'} {street}, {town_}"
        if fr:
            lines = ["ATTESTATION DE FIN DE FORMATION", "", f"Je soussigné(e), {trainer}, responsable pédagogique du "
                     f"{centre}, atteste que {title}{who}, {s.g('née', 'né')} le {born}{place}{home}, a suivi la "
                     f"formation « {course} » du 02/09/2024 au 13/09/2024 (70 heures).",
                     f"Résultat : {s.g('admise', 'admis')} — {lic}."]
            if p.health != "good" and s.take("health"):
                lines.append(f"Absence justifiée : une demi-journée ({r_health(s, 'bare')}).")
            lines += [f"Fait à {town}, le 13/09/2024", trainer, "(cachet de l'organisme)"]
        else:
            lines = ["CERTIFICATE OF ACHIEVEMENT", "", "This is to certify that", f"{title}{who}",
                     f"Date of birth: {born}{place}{home}",
                     f"has successfully completed {course} (2–13 September 2024, 70 guided learning hours) and holds: "
                     f"{lic}."]
            if p.health != "good" and s.take("health"):
                lines.append(f"Reasonable adjustments: {r_health(s, 'bare')}.")
            lines += [f"Awarded at {centre}, {town}, 13 September 2024", f"Tutor: {trainer}"]
    lines += ["", "---", me(s, "plain"), title_text(s, p.jobs[0]), *contacts(s), ""]
    emp, where = side(s)
    lines += [*[job_line(s, j) for j in p.jobs], f"{EXTRA[lang]} – {emp}, {where}", tenure(s), ", ".join(skills(s)),
              ", ".join(tongues(s)), availability(s), *rest_lines(s, rest(s, "bare"))]
    return "\n".join(lines)


# --- 12. a home-care visit log ----------------------------------------------------------------------------------------
CARE_TASKS = {"fr": ["toilette, petit-déjeuner, prise des médicaments", "courses et repas, aide au coucher",
                     "ménage, change, promenade"],
              "en": ["personal care, breakfast, meds prompted", "shopping and lunch, help to bed",
                     "cleaning, continence care, short walk"],
              "ko": ["신체활동지원, 식사 도움, 투약 확인", "장보기, 식사 준비, 취침 도움", "청소, 기저귀 교체, 산책 동행"]}
DAYS = {"fr": ["lun. 09/09", "mar. 10/09", "mer. 11/09", "jeu. 12/09", "ven. 13/09"],
        "en": ["Mon 09/09", "Tue 10/09", "Wed 11/09", "Thu 12/09", "Fri 13/09"],
        "ko": ["09/09(월)", "09/10(화)", "09/11(수)", "09/12(목)", "09/13(금)"]}


@blind11(trade=CARE)
def care_visit_log(s: Sheet) -> str:
    """A home-care visit log the worker sends as proof of experience: the client named with a civil title, one entry a
    visit (day, hours, tasks) signed with the worker's given name, entries that tell the worker's own life (leaving
    early for the children, replaced while off sick - 'Remplacée par …'), a colleague named, then the agency's cover
    note with the career."""
    p, lang = s.p, s.lang
    j = p.jobs[0]
    client = someone(s, "LAST first" if lang == "fr" else "plain")
    mate = someone(s, "first")
    first = me(s, "first")
    emp0, at0 = s.fact(j.employer), s.fact(j.place)
    head = {"fr": [f"CAHIER DE LIAISON — {emp0}", f"Bénéficiaire : Mme {client}", f"Secteur : {at0}"],
            "en": [f"DAILY CARE NOTES — {emp0}", f"Client: Mrs {client}", f"Area: {at0}"],
            "ko": [f"방문요양 업무일지 — {emp0}", f"수급자: {client} 어르신", f"지역: {at0}"]}[lang]
    days = DAYS[lang]
    hours = "8h30-10h00" if lang == "fr" else "08:30–10:00"
    entries = [f"{days[0]} — {hours} — {CARE_TASKS[lang][0]}. — {first}"]
    if p.children and s.take("family"):
        n = kids(s, casual=True)
        leave = {"fr": f"Je pars à 17h pour récupérer mes {n} à l'école.", "en": f"Left at 5pm to pick up my {n} from "
                 "school.", "ko": f"아이들 하원 때문에 5시에 먼저 나감 ({n})."}[lang]
        entries.append(f"{days[1]} — {CARE_TASKS[lang][1]}. {leave} — {first}")
    else:
        entries.append(f"{days[1]} — {CARE_TASKS[lang][1]}. — {first}")
    if p.health != "good" and s.take("health"):
        ill = r_health(s, "bare")
        off = {"fr": f"{s.g('Remplacée', 'Remplacé') if lang == 'fr' else ''} par {mate} (arrêt : {ill})",
               "en": f"Covered by {mate} (I was off: {ill})", "ko": f"{mate} 선생님이 대체 근무 (결근 사유: {ill})"}[lang]
        entries.append(f"{days[2]} — {off}")
    else:
        entries.append(f"{days[2]} — {CARE_TASKS[lang][2]}. — {mate}")
    entries += [f"{days[3]} — {', '.join(skills(s, 2))}. — {first}", f"{days[4]} — {CARE_TASKS[lang][0]}. — {first}"]
    note = {"fr": "Transmis par l'agence avec le profil de", "en": "Sent by the agency with the profile of",
            "ko": "에이전시 전달 — 프로필:"}[lang]
    emp, where = side(s)
    tail = ["", f"{note} {me(s, 'plain')}", *[job_line(s, x) for x in p.jobs[1:]], tenure(s), diploma(s), licence(s),
            f"{EXTRA[lang]} – {emp}, {where}", ", ".join(tongues(s)), availability(s), *rest(s, "bare"), *contacts(s)]
    return "\n".join(head + [""] + entries + tail)


# --- 13. an ATS audit trail -------------------------------------------------------------------------------------------
OLD_VALUE = {"family": {"fr": "Célibataire", "en": "Single", "ko": "미혼"}}


@blind11()
def ats_audit_trail(s: Sheet) -> str:
    """The activity history of a candidate record in an ATS, one timestamped line an event: created by a recruiter
    (named), each field change with its old and new value ('Nom : « » → « KAMDEM »'), an attached file named after
    the candidate, skills and experiences added, a stage change by another recruiter, a note, a consent given from the
    candidate's e-mail, and a field deleted whose value the log still shows."""
    p, lang = s.p, s.lang
    r1, r2 = someone(s, "first L."), someone(s, "first L.")
    q = {"fr": ("« ", " »"), "en": ("“", "”"), "ko": ("'", "'")}[lang]
    arrow = lambda label, old, new: f"{label} : {q[0]}{old}{q[1]} → {q[0]}{new}{q[1]}" if lang == "fr" else \
        f"{label}: {q[0]}{old}{q[1]} → {q[0]}{new}{q[1]}"  # noqa: E731
    start = datetime(D.TODAY[0], D.TODAY[1], D.TODAY[2] - 3, 9, 0)
    shape = "%Y-%m-%d %H:%M" if lang == "ko" else "%d/%m/%Y %H:%M"
    clock = iter(f"{start + timedelta(minutes=41 * i):{shape}}" for i in range(40))
    log = []
    add = lambda text: log.append(f"{next(clock)} — {text}")  # noqa: E731
    created = {"fr": f"{r1} a créé la fiche (source : Indeed)", "en": f"{r1} created the candidate (source: Indeed)",
               "ko": f"{r1} 님이 지원자 등록 (출처: 사람인)"}[lang]
    add(created)
    labels = {"fr": ("Nom", "Prénom"), "en": ("Last name", "First name"), "ko": ("성명", "이름")}[lang]
    add(arrow(labels[0], "", me(s, "LAST") if lang != "ko" else me(s)))
    add(arrow(labels[1], "", me(s, "first")))
    pairs = s.pairs(("birth", "sex", "age", "family", "residence", "health", "religion"))
    for label, value in pairs:
        old = s.plant("family", OLD_VALUE["family"][lang]) if label in ("Situation familiale", "Marital status", "결혼") \
            and not value.lower().startswith(OLD_VALUE["family"][lang].lower()) else ""
        add(arrow(label, old, value))
    attach = s.plant("name", f"{p.last.upper()}_{p.first}".replace(" ", "_")) if lang != "ko" else me(s)
    add({"fr": "Pièce jointe ajoutée", "en": "Attachment added", "ko": "첨부파일 추가"}[lang] + f"{s.sep}CV_{attach}.pdf")
    add({"fr": "Compétences", "en": "Skills", "ko": "보유 기술"}[lang] + s.sep + " ".join(f"+{q[0]}{x}{q[1]}"
                                                                                  for x in skills(s)))
    for j in p.jobs:
        add({"fr": "Expérience ajoutée", "en": "Experience added", "ko": "경력 추가"}[lang] + f"{s.sep}{q[0]}"
            f"{job_line(s, j, ', ')}{q[1]}")
    emp, where = side(s)
    add(arrow({"fr": "Autres emplois", "en": "Other work", "ko": "기타 경력"}[lang], "", f"{EXTRA[lang]} {emp}, {where}"))
    add(arrow({"fr": "Profil", "en": "Summary", "ko": "요약"}[lang], "", f"{tenure(s)}; {diploma(s)}; {licence(s)}; "
              f"{', '.join(tongues(s))}"))
    add(arrow({"fr": "Disponibilité", "en": "Availability", "ko": "입사 가능일"}[lang], "", availability(s)))
    stage = {"fr": f"Étape : Nouveau → Entretien (par {r2})", "en": f"Stage: New → Interview (by {r2})",
             "ko": f"단계: 신규 → 면접 ({r2})"}[lang]
    add(stage)
    told = rest(s, "she")
    if told:
        add({"fr": "Note", "en": "Note", "ko": "메모"}[lang] + s.sep + "; ".join(f"{me(s, 'first')} {x}" for x in told))
    if "contact" in p.families:
        add({"fr": "Consentement RGPD donné depuis", "en": "GDPR consent given from", "ko": "개인정보 동의 —"}[lang] +
            f" {s.plant('contact', p.email)}")
        add(arrow({"fr": "Téléphone", "en": "Phone", "ko": "연락처"}[lang], "", s.plant("contact", p.phone)))
    if s.take("nationality"):
        gone = nat_word(s, p.b11_nat[0])
        add({"fr": f"Champ « Nationalité » supprimé par {r1} (valeur : « {gone} »)",
             "en": f"Field “Nationality” deleted by {r1} (value: “{gone}”)",
             "ko": f"'국적' 항목 삭제 ({r1}, 값: '{gone}')"}[lang])
    head = {"fr": "Historique du candidat", "en": "Candidate activity", "ko": "지원자 이력 로그"}[lang]
    return "\n".join([f"{head} #{s.rng.randint(10000, 99999)}", *log])
