"""An eighth held-aside set of layouts of the placement benchmark (see evaluation.placement), split "blind8": registered
into the same LAYOUTS. Written without reading the masker (its rules, its data, its tests), the README's list of what it
misses or the history's messages, to measure it once more on CVs nobody tuned it on; do not read this file while
tuning a masker, and run it once.

The split is about the papers of people looking for work in France, the UK and Korea, as those people and the offices
they deal with write them: notes typed on a phone (no capitals, no accents, autocorrect), a German-style tabular
Lebenslauf of a cross-border worker (Alsace, Moselle), a temp agency's registration sheet with ticked boxes, an
adviser's follow-up note (Mission Locale, a supported-employment job coach, a Korean job centre), an applicant
tracking system's CSV export with one row a job and the identity repeated on each, a benefits letter (CAF, DWP,
고용센터) sent with the CV, the Korean public employment service's job-seeking form (워크넷 구직신청서), a language
learner's self-introduction (FLE, ESOL, 외국인 근로자 자기소개 in simple Korean with the passport's romanised name), a
former employer's reference letter quoting the first name again and again, an apprenticeship contract form (CERFA
FA13, an English apprenticeship application), and a sworn statement of past work (attestation sur l'honneur,
statutory declaration, 경력 확인서). Names are written as people write them: surnames in capitals in running text,
particles and apostrophes (N'Dour, Ould Dedew), nicknames in quotes, initials-only signatures (not planted: no word of
two letters).

Its vocabulary is its own: Alsatian, Réunionese, Senegalese, Mauritanian and Cape Verdean authors writing in French;
Sudanese, Tongan, Manx and Nepali (Gurkha families) authors in English; Korean authors with pure-Korean given names,
Nepali and Kazakh workers writing Korean. None of the name words is in a Faker locale's name lists, in placement_data
nor in an earlier split's lists; homes, places of birth and places of past jobs are in none of the earlier pools
either (a test checks both). Other people's names (advisers, signatories, tutors) are planted as "name"; job facts
(durations, employers - some named after people -, places of past jobs, diplomas, licences, skills, availability,
languages) are planted where the layout puts them, as the layout writes them (without accents on a phone).

Layouts: phone_notes, lebenslauf, interim_fiche, adviser_note, ats_csv_rows, benefit_letter, worknet_form,
learner_intro, reference_letter, apprentice_form, honour_statement.
"""
from __future__ import annotations

import csv
import functools
import io
import re
import unicodedata
from dataclasses import replace
from datetime import date

from matchlens.evaluation import placement_data as D
from matchlens.evaluation.placement import (
    EN_MONTHS,
    FR_MONTHS,
    LANGS,
    Sheet,
    _contact,
    _weighted,
    availability,
    duration,
    education,
    job_dates,
    layout,
    licence,
    skills,
    title_text,
)

SPLIT = "blind8"

# --- names: none of their words is in a Faker locale, placement_data or an earlier split (tests check it) -----------
NAMES = {
    "alsatian": {"F": "Fréni Lisele Odilia Xavière Maidele Fränzi Katrinel Vreni Bärbele",
                 "M": "Seppi Schang Mattheis Fränzel Seppel Eusèbe",
                 "L": "Schwoerer Ehrhart Burgstahler Kientzheim Wendling Oberlé Schnitzler Heitzmann Ruhlmann Mochel "
                      "Hoerdt Grussenmeyer Stoeckel Zimmerlé Huckendubler Haegelé Sengelin Ottmann"},
    "reunionese": {"F": "Expédite Rosemay Sylvette Emmeline Josélita Clairette", "M": "Daniello Expédit Rosaire Évariste",
                   "L": "Nativel Ethève Sautron Clain Dalleau Lauret Mussard Pothin Sinimalé Moutoussamy Virapoullé "
                        "Latchimy Ramassamy Mourouvin Vellayoudom"},
    "senegalese": {"F": "Thioro Mbarou Ngoundji Rokhaya Nogaye Diouma Ndella Ouleye Mossane Marème Bineta Mbissane",
                   "M": "Fallou Ndiaga Lahat Ngagne Sakhewar Latsouk Mactar Birame Gorgui Ndiogou Mbagnick Tafsir",
                   "L": "N'Dour N'Doye N'Gom N'Dong N'Diongue N'Gaïdé"},
    "mauritanian": {"F": "Mekfoula Aichetou Vatma Khadijetou Selekha Zeinebou Hindou",
                    "M": "Cheikhna Ahmedou Abdallahi Mohamedou Sidaty Moulaye",
                    "L": "Ould_Bebaha Ould_Dedew Ould_Lemrabott Ould_Mouknass Ould_Boilil Ould_Bouceif"},
    "capeverdean": {"F": "Djeniffer Zezinha Edmilsa Jandira Ivanilda Dulcelina",
                    "M": "Adilson Nilton Djoy Edvaldo Arlindo Zeca Ildo",
                    "L": "Semedo Moniz Furtado Djassi Tchipa Lubrano"},
    "sudanese": {"F": "Awadeya Ikhlas Sawsan Nafisa Tayseer Widad Nuha", "M": "Elfatih Elsadig Awad Hashim Elwathig Mojtaba",
                 "L": "Elnour Abdelrahim Elamin Elsheikh Babiker Eltayeb Abushama Elmahdi Hamdoun"},
    "tongan": {"F": "Losaline Lesieli Ofa Salote", "M": "Viliami Siaosi Sitani Feleti Semisi",
               "L": "Taufa Fifita Havili Kioa Vainikolo Tupou Fonua Hufanga Lolohea Taumoepeau"},
    "manx": {"F": "Ealish Breesha Aalin Voirrey Moirrey", "M": "Illiam Orry Fargher Colloo",
             "L": "Quayle Kermode Kinvig Cregeen Kewley Clucas Callister Quilliam Crellin Qualtrough MacGillivray "
                  "MacIlwraith MacSporran MacKinlay"},
    "gurkha": {"F": "Sunita Sabitra Manju Kopila Ambika Sushila", "M": "Bhim Dhan Padam Tek Lok",
               "L": "Gurung Tamang Limbu Ghale Chhetri Thakuri"},
    "korean": {"F": "빛나래 예슬 라온빛 아리솔 예봄 은가람 잎새 솔빛 하솜 단솜 별솔 한가온",
               "M": "다울 온새 참솔 뫼솔 들찬 가람솔 찬별 태랑 흰솔 이솔",
               "L": "예 옹 빈 뇌 탁 묵 승 편 피 필 후 흥 점 초 추 춘 평 포"},
    "nepali": {"F": "사비트라 코필라 암비카 수실라", "M": "파담 케샤브 틸락 락파", "L": "구릉 다망 림푸 라미차네 아디카리 바스네트"},
    "kazakh": {"F": "아이굴 자나르 디나라 사울레", "M": "예를란 다울렛 세릭", "L": "누를라누리 오스파노프"},
}
NAMES = {o: {k: [w.replace("_", " ") for w in v.split()] for k, v in d.items()} for o, d in NAMES.items()}
ROMAN = {  # the passport's romanised form of a Hangul-written foreign name
    "사비트라": "SABITRA", "코필라": "KOPILA", "암비카": "AMBIKA", "수실라": "SUSHILA", "파담": "PADAM", "케샤브": "KESHAB",
    "틸락": "TILAK", "락파": "LHAKPA", "구릉": "GURUNG", "다망": "TAMANG", "림푸": "LIMBU", "라미차네": "LAMICHHANE",
    "아디카리": "ADHIKARI", "바스네트": "BASNET", "아이굴": "AIGUL", "자나르": "ZHANAR", "디나라": "DINARA", "사울레": "SAULE",
    "예를란": "YERLAN", "다울렛": "DAULET", "세릭": "SERIK", "누를라누리": "NURLANULY", "오스파노프": "OSPANOV"}
NICKS = {"fr": ["Babou", "Zouzou", "Lisou", "Fanfan", "Nanou", "Sosso", "Loulou"], "en": ["Bubba", "Shaz", "Baz", "Taz"]}
WEIGHTS = {
    "fr": {"alsatian": 3, "reunionese": 2, "senegalese": 3, "mauritanian": 2, "capeverdean": 2},
    "en": {"sudanese": 3, "tongan": 2, "manx": 2, "gurkha": 3},
    "ko": {"korean": 6, "nepali": 1, "kazakh": 1},
}
NATIONALITY = {"alsatian": {"FR": 1}, "reunionese": {"FR": 1}, "senegalese": {"SN": 2, "FR": 1},
               "mauritanian": {"MR": 2, "FR": 1}, "capeverdean": {"CV": 2, "PT": 1, "FR": 1},
               "sudanese": {"SD": 2, "GB": 1}, "tongan": {"TO": 2, "GB": 1}, "manx": {"GB": 1},
               "gurkha": {"NP": 2, "GB": 1}, "korean": {"KR": 1}, "nepali": {"NP": 1}, "kazakh": {"KZ": 1}}
ORIGIN_KEY = {"alsatian": "FR", "reunionese": "RE", "senegalese": "SN", "mauritanian": "MR", "capeverdean": "CV",
              "sudanese": "SD", "tongan": "TO", "manx": "IM", "gurkha": "NP", "korean": "KR", "nepali": "NP",
              "kazakh": "KZ"}
# key -> (fr masc, fr fem, en, ko, de)
NATS = {
    "FR": ("français", "française", "French", "프랑스", "französisch"),
    "RE": ("réunionnais", "réunionnaise", "Réunionese", "레위니옹", "réunionisch"),
    "SN": ("sénégalais", "sénégalaise", "Senegalese", "세네갈", "senegalesisch"),
    "MR": ("mauritanien", "mauritanienne", "Mauritanian", "모리타니", "mauretanisch"),
    "CV": ("cap-verdien", "cap-verdienne", "Cape Verdean", "카보베르데", "kap-verdisch"),
    "PT": ("portugais", "portugaise", "Portuguese", "포르투갈", "portugiesisch"),
    "SD": ("soudanais", "soudanaise", "Sudanese", "수단", "sudanesisch"),
    "TO": ("tongien", "tongienne", "Tongan", "통가", "tongaisch"),
    "IM": ("mannois", "mannoise", "Manx", "맨섬", "manxisch"),
    "GB": ("britannique", "britannique", "British", "영국", "britisch"),
    "NP": ("népalais", "népalaise", "Nepali", "네팔", "nepalesisch"),
    "KR": ("sud-coréen", "sud-coréenne", "South Korean", "대한민국", "südkoreanisch"),
    "KZ": ("kazakh", "kazakhe", "Kazakh", "카자흐스탄", "kasachisch"),
}

# --- places: in none of the earlier pools (tests check it) ------------------------------------------------------
FR_TOWNS = [  # (town, postcode)
    ("Stiring-Wendel", "57350"), ("Freyming-Merlebach", "57800"), ("Farébersviller", "57450"),
    ("Hombourg-Haut", "57470"), ("Bischheim", "67800"), ("Brumath", "67170"), ("Wissembourg", "67160"),
    ("Sélestat", "67600"), ("Creutzwald", "57150"), ("Bitche", "57230"), ("Hayange", "57700"), ("Guebwiller", "68500"),
    ("Thann", "68800"), ("Marckolsheim", "67390"), ("Sainte-Marie", "97438"), ("Bras-Panon", "97412"),
    ("Sainte-Suzanne", "97441"),
]
FR_STREETS = ["rue des Vosges", "rue du Gymnase", "impasse des Houblonnières", "rue de la Synagogue", "cité Bellevue",
              "rue des Mineurs", "chemin Grand-Coude", "rue de la Sarre", "allée des Cigognes"]
FR_JOB_PLACES = ["Kehl", "Offenburg", "Karlsruhe", "Sarrebruck", "Völklingen", "Rastatt", "Molsheim", "Obernai",
                 "Erstein", "Ribeauvillé", "Sarrelouis", "Lahr"]
EN_TOWNS = [  # (town, outward code, county)
    ("Church Crookham", "GU52", "Hampshire"), ("Farnborough", "GU14", "Hampshire"), ("Fleet", "GU51", "Hampshire"),
    ("Ash Vale", "GU12", "Surrey"), ("Sandgate", "CT20", "Kent"), ("Hythe", "CT21", "Kent"), ("Douglas", "IM1", "Isle of Man"),
    ("Ramsey", "IM8", "Isle of Man"), ("Peel", "IM5", "Isle of Man"), ("Gosport", "PO12", "Hampshire"),
    ("Havant", "PO9", "Hampshire"),
]
EN_STREETS = ["Gurkha Square", "Lynchford Road", "Barrack Lane", "Tynwald Street", "Quarry Bends", "Harbour Parade",
              "Ash Vale Road", "Marine Crescent"]
EN_JOB_PLACES = ["Camberley", "Yateley", "Alresford", "Romsey", "Lymington", "Ryde", "Cowes", "Sandown", "Castletown",
                 "Port St Mary", "Tidworth"]
KO_TOWNS = [  # (region, short name)
    ("경기도 연천군 전곡읍", "전곡"), ("경기도 여주시 가남읍", "가남"), ("경상남도 함안군 칠원읍", "칠원"),
    ("전라남도 영암군 삼호읍", "삼호"), ("충청남도 예산군 신암면", "신암"), ("경상북도 칠곡군 석적읍", "석적"),
    ("경기도 안성시 미양면", "미양"),
]
KO_ROADS = ["전곡로", "가남로", "칠원로", "삼호로", "신암로", "석적로", "미양로"]
KO_JOB_PLACES = ["성서공단", "시흥 정왕동", "안성 공도읍", "경주 외동읍", "양산 석계공단", "부평공단", "구미 산동읍",
                 "광주 하남산단", "창녕 대합산단", "진천 산수산단"]
BIRTH = {  # origin -> places of birth as a CV writes them
    "alsatian": ["Bischwiller", "Niederbronn-les-Bains", "Sarre-Union", "Phalsbourg"],
    "reunionese": ["Saint-André (La Réunion)", "Salazie (La Réunion)", "Cilaos (La Réunion)"],
    "senegalese": ["Mbacké (Sénégal)", "Diourbel (Sénégal)", "Kébémer (Sénégal)", "Linguère (Sénégal)"],
    "mauritanian": ["Kiffa (Mauritanie)", "Atar (Mauritanie)", "Rosso (Mauritanie)", "Tidjikja (Mauritanie)"],
    "capeverdean": ["Praia (Cap-Vert)", "Mindelo (Cap-Vert)", "Assomada (Cap-Vert)"],
    "sudanese": ["Wad Madani, Sudan", "Kassala, Sudan", "El Obeid, Sudan", "Atbara, Sudan"],
    "tongan": ["Nuku'alofa, Tonga", "Neiafu, Tonga"], "manx": ["Laxey", "Port Erin", "Kirk Michael"],
    "gurkha": ["Tansen, Nepal", "Dharan, Nepal", "Gorkha, Nepal", "Baglung, Nepal"],
    "korean": ["전라남도 고흥군", "충청남도 청양군", "강원도 정선군"],
    "nepali": ["네팔 바글룽", "네팔 탄센"], "kazakh": ["카자흐스탄 심켄트", "카자흐스탄 타라즈"],
}

# --- religions, health, and job facts of this split -------------------------------------------------------------
RELIGIONS = {"alsatian": ["lutheran", "catholic", "none"], "reunionese": ["catholic", "hindu"],
             "senegalese": ["mouride", "tijani", "catholic"], "mauritanian": ["muslim"],
             "capeverdean": ["catholic", "nazarene"], "sudanese": ["muslim", "coptic"],
             "tongan": ["wesleyan", "mormon", "catholic"], "manx": ["methodist", "anglican", "none"],
             "gurkha": ["hindu", "buddhist", "kirat"], "korean": ["wonbuddhist", "protestant", "buddhist", "none"],
             "nepali": ["hindu", "buddhist"], "kazakh": ["muslim", "orthodox"]}
REL = {  # key -> (fr fem, fr masc, en, ko, de)
    "lutheran": ("protestante luthérienne", "protestant luthérien", "Lutheran", "루터교", "evangelisch-lutherisch"),
    "catholic": ("catholique", "catholique", "Roman Catholic", "천주교", "römisch-katholisch"),
    "none": ("sans confession", "sans confession", "No religion", "무교", "konfessionslos"),
    "hindu": ("hindouiste", "hindouiste", "Hindu", "힌두교", "hinduistisch"),
    "mouride": ("mouride", "mouride", "Mouride", "무리드", "muridisch"),
    "tijani": ("tidjane", "tidjane", "Tijani", "티자니", "tidschani"),
    "muslim": ("musulmane", "musulman", "Muslim", "이슬람교", "muslimisch"),
    "nazarene": ("nazaréenne", "nazaréen", "Nazarene", "나사렛교회", "nazarenisch"),
    "coptic": ("copte orthodoxe", "copte orthodoxe", "Coptic Orthodox", "콥트 정교회", "koptisch-orthodox"),
    "wesleyan": ("méthodiste wesleyenne", "méthodiste wesleyen", "Free Wesleyan", "웨슬리 감리교", "wesleyanisch"),
    "mormon": ("mormone", "mormon", "Latter-day Saint", "몰몬교", "mormonisch"),
    "methodist": ("méthodiste", "méthodiste", "Methodist", "감리교", "methodistisch"),
    "anglican": ("anglicane", "anglican", "Church of England", "성공회", "anglikanisch"),
    "buddhist": ("bouddhiste", "bouddhiste", "Buddhist", "불교", "buddhistisch"),
    "kirat": ("kirat", "kirat", "Kirat Mundhum", "키라트교", "kiratisch"),
    "wonbuddhist": ("bouddhiste won", "bouddhiste won", "Won Buddhist", "원불교", "won-buddhistisch"),
    "protestant": ("protestante", "protestant", "Protestant", "개신교", "evangelisch"),
    "orthodox": ("orthodoxe", "orthodoxe", "Russian Orthodox", "러시아 정교회", "russisch-orthodox"),
}
REL_ACT = {  # an activity that tells the religion, the telling words braced
    "fr": {"mouride": "membre du {dahira} du quartier", "tijani": "lectures au {zawiya} tidiane",
           "catholic": "{catéchèse} le mercredi", "lutheran": "choriste au {temple luthérien}",
           "hindu": "bénévole au {temple tamoul} (fête de {Dipavali})", "muslim": "cours de {Coran} aux enfants"},
    "en": {"wesleyan": "choir, {Tongan Wesleyan} congregation", "muslim": "volunteer, {mosque} food bank",
           "hindu": "volunteer at the {Hindu temple}", "methodist": "steward at the {Methodist chapel}",
           "coptic": "Sunday school at the {Coptic church}", "buddhist": "volunteer at the {Buddhist vihara}"},
    "ko": {"wonbuddhist": "{원불교} 청년회 활동", "protestant": "{교회} 찬양팀", "buddhist": "{사찰} 봉사",
           "muslim": "{이슬람} 사원 봉사"},
}
HEALTH = {  # key -> (fr (fem, masc) or text, en, ko, de)
    "rqth": ("RQTH", "Access to Work support", "장애인 등록 (경증)", "Schwerbehinderung (GdB 50)"),
    "deaf": (("sourde appareillée", "sourd appareillé"), "moderate hearing loss (hearing aids)", "청각장애 (보청기 착용)",
             "hörgeschädigt"),
    "asthma": ("asthme sévère", "severe asthma", "중증 천식", "schweres Asthma"),
    "sight": (("malvoyante", "malvoyant"), "partially sighted", "저시력 (시각장애)", "sehbehindert"),
    "back": ("lombalgie chronique", "chronic back pain", "허리 협착증", "Bandscheibenvorfall"),
    "good": ("bonne santé", "fit and well", "건강함", "gesund"),
}
SIDE_EMPLOYERS = {"fr": ["Snack Chez Fatima", "Garage Martin", "Winstub Chez Yvonne", "Boucherie Muller Frères",
                         "Ferme-auberge du Kahlenwasen", "EHPAD Les Tilleuls", "Boulangerie Chez Jacqueline"],
                  "en": ["Dave's Tyres", "Mrs Patel's Corner Shop", "Fernlea Care Home", "Tony's Chippy",
                         "Quayside Laundrette"],
                  "ko": ["순자네 국밥", "김씨네 철물점", "행복 요양원", "영수 카센터", "미경이네 반찬"]}
TENURE = {"fr": ["{n} ans de travail frontalier", "{n} ans d'intérim", "{n} ans de métier"],
          "en": ["{n} years of agency work", "{n} years in work", "{n} years in the trade"],
          "ko": ["{n}년 근무", "경력 {n}년", "현장 {n}년"]}
TRADE_TENURE = {  # years in a kind of workplace, for the trades that have one
    "care": ("{n} ans en EHPAD", "{n} years in care homes", "요양원 {n}년"),
    "nursing": ("{n} ans en EHPAD", "{n} years on hospital wards", "병동 {n}년"),
    "logistics": ("{n} ans en entrepôt", "{n} years in warehouses", "물류센터 {n}년"),
    "building": ("{n} ans sur les chantiers", "{n} years on the tools", "건설 현장 {n}년"),
    "kitchen": ("{n} ans en cuisine", "{n} years in kitchens", "주방 {n}년"),
    "mechanics": ("{n} ans en garage", "{n} years on the tools", "정비소 {n}년"),
}
TONGUES = {"alsatian": "Alsacien", "reunionese": "Créole réunionnais", "senegalese": "Wolof", "mauritanian": "Hassanya",
           "capeverdean": "Créole cap-verdien", "sudanese": "Arabic", "tongan": "Tongan", "manx": "Manx Gaelic",
           "gurkha": "Nepali", "nepali": "힌디어", "kazakh": "러시아어"}


# --- the blind8 sheet -----------------------------------------------------------------------------------------------
class Blind8Sheet(Sheet):
    """A Sheet whose personal details are written in this split's wording; modes: 'pair' (label, value), 'bare' (a CV
    item), 'me' (the author speaking), 'she' (someone else writing about the author), 'de' (German labels)."""

    def bit(self, family: str, mode: str = "bare") -> str | None:
        if not self.has(family):
            return None
        self.done.add(family)
        out = RENDER8[family](self, mode)
        return f"{out[0]}{self.sep}{out[1]}" if isinstance(out, tuple) else out

    def pair(self, family: str, mode: str = "pair") -> tuple[str, str] | None:
        """(label, value) of a family not written yet, the value planted."""
        if not self.has(family):
            return None
        self.done.add(family)
        return RENDER8[family](self, mode)

    def pairs(self, families=("sex", "birth", "age", "nationality", "residence", "family", "health", "religion"),
              mode: str = "pair") -> list[tuple[str, str]]:
        return [x for f in families if (x := self.pair(f, mode))]


FAMILY_ODDS = {"sex": 0.6, "age": 0.75, "birth": 0.6, "residence": 0.85, "nationality": 0.65, "religion": 0.6,
               "family": 0.7, "health": 0.6}


def draw(rng, lang: str, sex: str, foreign: bool = False) -> tuple[str, str, str]:
    """(origin, first, last) of someone writing in lang (a foreign worker, for Korean, if foreign)."""
    weights = {"nepali": 1, "kazakh": 1} if foreign else WEIGHTS[lang]
    origin = _weighted(rng, weights)
    pool = NAMES[origin]
    return origin, rng.choice(pool[sex]), rng.choice(pool["L"])


def renew(s: Sheet, foreign: bool = False) -> None:
    """Give the sheet's person an identity of this split (name, contact, home, birth place, nationality, religion,
    health, families to reveal, places of past jobs), drawn from the sheet's random source."""
    p, rng, lang = s.p, s.rng, s.lang
    origin, first, last = draw(rng, lang, p.sex, foreign)
    p.b8_origin = origin
    p.hanja = ""
    if origin == "korean":
        p.first, p.last, p.hangul = first, last, last + first
        p.email, p.phone, p.linkedin = _contact(rng, lang, first, last, first)
    elif lang == "ko":  # a foreign worker: Hangul given name first, the passport's romanised name
        p.first, p.last, p.hangul = first, last, f"{first} {last}"
        p.email, p.phone, p.linkedin = _contact(rng, lang, ROMAN[first].capitalize(), ROMAN[last].capitalize(), "")
    else:
        p.first, p.last, p.hangul = first, last, ""
        p.email, p.phone, p.linkedin = _contact(rng, lang, first, last.split()[-1], "")
    if lang == "fr":
        town, pc = rng.choice(FR_TOWNS)
        p.b8_home = {"town": town, "pc": pc, "street": f"{rng.randint(1, 88)} {rng.choice(FR_STREETS)}"}
        places = FR_JOB_PLACES
    elif lang == "en":
        town, code, county = rng.choice(EN_TOWNS)
        pc = f"{code} {rng.randint(1, 9)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"
        p.b8_home = {"town": town, "pc": pc, "area": county, "street": f"{rng.randint(1, 140)} {rng.choice(EN_STREETS)}"}
        places = EN_JOB_PLACES
    else:
        i = rng.randrange(len(KO_TOWNS))
        region, short = KO_TOWNS[i]
        p.b8_home = {"town": short, "region": region, "street": f"{KO_ROADS[i]} {rng.randint(1, 300)}"}
        places = KO_JOB_PLACES
    p.jobs = p.jobs[:len(places)]
    for job, place in zip(p.jobs, rng.sample(places, len(p.jobs))):
        job.place = place
    if p.sex == "M":  # no 'Chambermaid' on a man's CV
        for job in p.jobs:
            if job.en_female:
                job.en, job.en_female = rng.choice(p.trade.en_titles), False
    p.birth_place = rng.choice(BIRTH[origin])
    nats = NATIONALITY[origin]
    p.b8_nat = (_weighted(rng, nats),) if len(nats) == 1 or rng.random() > 0.2 else tuple(sorted(nats))[:2]
    p.religion = rng.choice(RELIGIONS[origin])
    p.health = rng.choice(sorted(HEALTH))
    p.b8_nick = rng.choice(NICKS[lang]) if lang in NICKS and rng.random() < 0.3 else ""
    chosen = {f for f, odds in FAMILY_ODDS.items() if rng.random() < odds}
    while len(chosen) < 4:
        chosen.add(_weighted(rng, FAMILY_ODDS))
    p.families = chosen | {"name"} | ({"contact"} if rng.random() < 0.95 else set())


def blind8(langs=LANGS, foreign: bool = False):
    """Register a layout of this split: the sheet gets its identity first."""
    def deco(fn):
        @functools.wraps(fn)
        def run(s: Sheet) -> str:
            s.__class__ = Blind8Sheet
            renew(s, foreign and s.lang == "ko")
            return fn(s)
        layout(langs, split=SPLIT)(run)
        return run
    return deco


# --- names ------------------------------------------------------------------------------------------------------------
def me(s: Sheet, form: str = "plain") -> str:
    """The author's name, planted: 'plain', 'LAST first', 'first LAST', 'first', 'LAST, first', 'roman' (the passport's
    form of a foreign worker's name in Korean)."""
    p = s.p
    if s.lang == "ko":
        if form == "roman" and p.b8_origin != "korean":
            return s.plant("name", f"{ROMAN[p.last]} {ROMAN[p.first]}")
        return s.plant("name", p.first if form == "first" else p.hangul)
    text = {"plain": f"{p.first} {p.last}", "LAST first": f"{p.last.upper()} {p.first}", "first": p.first,
            "first LAST": f"{p.first} {p.last.upper()}", "LAST, first": f"{p.last.upper()}, {p.first}",
            "roman": f"{p.first} {p.last}"}[form]
    return s.plant("name", text)


def nick(s: Sheet) -> str:
    """' dite « Babou »' / ' "Baz"' after the name, on some CVs; the nickname planted as 'name'."""
    if not s.p.b8_nick:
        return ""
    if s.lang == "fr":
        return f" {s.g('dite', 'dit')} « {s.plant('name', s.p.b8_nick)} »"
    return f' "{s.plant("name", s.p.b8_nick)}"'


def initials(s: Sheet) -> str:
    """The author's initials, as a signature ('M. N\u2019D.', 'S.G.'): not planted, no word of two letters."""
    p = s.p
    if s.lang == "ko":
        return "(서명)"
    return "".join(w[0] + "." for w in re.findall(r"[^\W\d_]+", f"{p.first} {p.last}") if w[0].isupper())


def someone(s: Sheet, form: str = "plain", sex: str | None = None) -> str:
    """Another person's name (an adviser, a signatory, a tutor), planted as 'name': 'plain', 'first', 'LAST first'."""
    for _ in range(30):  # never a word of the author's name
        origin, first, last = draw(s.rng, s.lang, sex or s.pick("FM"))
        if not ({first, last} & {s.p.first, s.p.last}) and first != s.p.b8_nick:
            break
    if s.lang == "ko":
        full = last + first if origin == "korean" else f"{first} {last}"
        return s.plant("name", first if form == "first" else full)
    return s.plant("name", {"first": first, "LAST first": f"{last.upper()} {first}"}.get(form, f"{first} {last}"))


def recast(s: Sheet, fn, m0: int = 0, f0: int = 0) -> None:
    """Apply a text transformation to the markers and facts recorded since (m0, f0), as it was applied to the text."""
    s.markers[m0:] = [replace(m, value=fn(m.value), also=tuple(fn(a) for a in m.also)) for m in s.markers[m0:]]
    s.facts[f0:] = [fn(f) for f in s.facts[f0:]]


def capital(text: str) -> str:
    return text[0].upper() + text[1:] if text else text


# --- the families in this split's wording -------------------------------------------------------------------------
def _date(s: Sheet, d: date, mode: str = "") -> str:
    if mode == "de":
        return f"{d:%d.%m.%Y}"
    if s.lang == "fr":
        return s.pick([f"{d:%d/%m/%Y}", f"{d.day} {FR_MONTHS[d.month - 1]} {d.year}", f"{d:%d.%m.%y}"])
    if s.lang == "en":
        return s.pick([f"{d:%d/%m/%Y}", f"{d.day} {EN_MONTHS[d.month - 1]} {d.year}", f"{d:%d-%b-%Y}".upper()])
    return s.pick([f"{d:%Y.%m.%d}", f"{d:%y%m%d}", f"{d.year}년 {d.month}월 {d.day}일"])


def r_age(s: Sheet, mode: str):
    """Age: '34 ans', '34 a.', 'aged 34', '34yo', '34 Jahre', '34세', '34살'."""
    a, lang = s.p.age, s.lang
    if mode == "de":
        return "Alter", s.plant("age", f"{a} Jahre")
    if lang == "fr":
        if mode == "pair":
            return "Âge", s.plant("age", s.pick([f"{a} ans", f"{a} a."]))
        return ("j'ai " if mode == "me" else "") + s.plant("age", f"{a} ans")
    if lang == "en":
        if mode == "pair":
            return "Age", s.plant("age", f"{a} yrs")
        if mode == "me":
            return "I am " + s.plant("age", f"{a} years old")
        return s.plant("age", f"aged {a}" if mode == "she" else s.pick([f"{a}yo", f"age {a}"]))
    if mode == "pair":
        return "나이", s.plant("age", f"{a}세")
    return ("나이는 " if mode == "me" else "") + s.plant("age", f"{a}살" if mode == "me" else f"만{a}세")


def _born_in(s: Sheet, odds: float = 0.4, word: str = "") -> str:
    if not s.chance(odds):
        return ""
    return (word or {"fr": " à ", "en": " in ", "ko": " "}[s.lang]) + s.plant("birth", s.p.birth_place)


def r_birth(s: Sheet, mode: str):
    """Date or year of birth, sometimes with the place; German 'geb.' in a Lebenslauf; Korean '880312'."""
    b, lang = s.p.born, s.lang
    if mode == "de":
        return "Geburtsdatum", s.plant("birth", _date(s, b, "de")) + _born_in(s, 0.5, " in ")
    if mode == "pair":
        label = {"fr": "Date de naissance", "en": "Date of birth", "ko": "생년월일"}[lang]
        return label, s.plant("birth", _date(s, b)) + _born_in(s, 0.3)
    if lang == "fr":
        if mode == "me":
            return "je suis " + s.g("née", "né") + " en " + s.plant("birth", str(b.year)) + _born_in(s)
        return s.g("née", "né") + " le " + s.plant("birth", _date(s, b)) + _born_in(s)
    if lang == "en":
        if mode == "me":
            return "I was born in " + s.plant("birth", str(b.year)) + _born_in(s, 0.5, " in ")
        return "DOB " + s.plant("birth", _date(s, b))
    if mode == "me":
        return s.plant("birth", f"{b.year}년") + "에 태어났어요"
    return s.plant("birth", f"{b:%y}년생")


def r_residence(s: Sheet, mode: str):
    """Where the author lives: an address, 'Bitche (57)', 'Douglas, Isle of Man', '전곡 거주'."""
    h, lang = s.p.b8_home, s.lang
    plant = functools.partial(s.plant, "residence")
    if lang == "ko":
        if mode in ("pair", "de"):
            return "주소", f"{plant(h['region'])} {plant(h['street'])}"
        return plant(h["town"]) + ("에 살아요" if mode == "me" else " 거주")
    if lang == "fr":
        full = lambda: f"{plant(h['street'])}, {plant(h['pc'])} {plant(h['town'])}"  # noqa: E731
        if mode in ("pair", "de"):
            return ("Anschrift" if mode == "de" else "Adresse"), full()
        if mode == "me":
            return "j'habite à " + plant(h["town"])
        if mode == "she":
            return "domicilié" + ("e" if s.female else "") + " à " + plant(h["town"])
        return s.pick([full, lambda: plant(f"{h['town']} ({h['pc'][:2]})")])()
    full = lambda: f"{plant(h['street'])}, {plant(h['town'])} {plant(h['pc'])}"  # noqa: E731
    if mode in ("pair", "de"):
        return ("Anschrift" if mode == "de" else "Address"), full()
    if mode == "me":
        return "I live in " + plant(h["town"])
    if mode == "she":
        return "lives in " + plant(h["town"])
    return s.pick([full, lambda: f"{plant(h['town'])}, {plant(h['area'])}"])()


def _fr_nat(s: Sheet, key: str, cap: bool = False) -> str:
    masc, fem = NATS[key][:2]
    return s.gv("nationality", capital(fem) if cap else fem, capital(masc) if cap else masc, sex=False)


def r_nationality(s: Sheet, mode: str):
    """Nationality or origin: 'sénégalaise', "d'origine cap-verdienne", 'Sudanese national', '네팔 사람', 'kasachisch'."""
    nat, lang, origin = s.p.b8_nat, s.lang, ORIGIN_KEY[s.p.b8_origin]
    if mode == "de":
        return "Staatsangehörigkeit", ", ".join(s.plant("nationality", NATS[k][4]) for k in nat)
    if lang == "fr":
        if mode == "pair":
            return "Nationalité", " / ".join(_fr_nat(s, k, True) for k in nat)
        if origin not in nat and origin != "FR" and s.chance(0.6):
            return "d'origine " + s.plant("nationality", NATS[origin][1], (NATS[origin][0],))
        return ("je suis " if mode == "me" else "") + " et ".join(_fr_nat(s, k) for k in nat)
    if lang == "en":
        if mode == "pair":
            return "Nationality", " / ".join(s.plant("nationality", NATS[k][2]) for k in nat)
        if origin not in nat and s.chance(0.6):
            return ("I am " if mode == "me" else "") + s.plant("nationality", f"{NATS[origin][2]}-born")
        return ("I am " if mode == "me" else "") + s.plant("nationality", f"{NATS[nat[0]][2]} national")
    country = NATS[nat[0]][3]
    if mode == "pair":
        return "국적", s.plant("nationality", country)
    return s.plant("nationality", f"{country} 사람") + ("이에요" if mode == "me" else "")


def r_religion(s: Sheet, mode: str):
    """Religion: a field, a word, or an activity that tells it."""
    key, lang = s.p.religion, s.lang
    fem, masc, en, ko, de = REL[key]
    act = REL_ACT[lang].get(key)
    if mode == "de":
        return "Konfession", s.plant("religion", de)
    if mode in ("bare", "me", "she") and act and s.chance(0.5):
        lead = {"fr": "je fais : ", "en": "I help at church or temple: ", "ko": ""}[lang] if mode == "me" else ""
        return lead + re.sub(r"\{([^}]*)\}", lambda m: s.plant("religion", m.group(1)), act)
    if lang == "fr":
        if mode == "pair":
            return "Religion", s.gv("religion", capital(fem), capital(masc), sex=False)
        return ("je suis " if mode == "me" else "") + s.gv("religion", fem, masc, sex=False)
    if lang == "en":
        if mode == "pair":
            return "Religion or belief", s.plant("religion", en)
        return ("I am " if mode == "me" else "") + s.plant("religion", en)
    if mode == "pair":
        return "종교", s.plant("religion", ko)
    return "종교는 " + s.plant("religion", ko) + ("예요" if mode == "me" else "")


FR_STATUS = {"single": ("célibataire",) * 2, "married": ("mariée", "marié"), "pacs": ("pacsée", "pacsé"),
             "divorced": ("divorcée", "divorcé"), "widowed": ("veuve", "veuf"), "couple": ("en couple",) * 2}
EN_STATUS = {"single": "single", "married": "married", "pacs": "civil partner", "divorced": "divorced",
             "widowed": "widowed", "couple": "living with partner"}
KO_STATUS = {"single": "미혼", "married": "기혼", "pacs": "기혼", "divorced": "이혼", "widowed": "사별", "couple": "미혼"}
DE_STATUS = {"single": ("ledig",) * 2, "married": ("verheiratet",) * 2, "pacs": ("eingetragene Partnerschaft",) * 2,
             "divorced": ("geschieden",) * 2, "widowed": ("verwitwet",) * 2, "couple": ("ledig",) * 2}


def r_family(s: Sheet, mode: str):
    """Marital status and children."""
    p, n, lang = s.p, s.p.children, s.lang
    if mode == "de":
        kids = f", {s.plant('family', f'{n} Kind' + ('er' if n > 1 else ''))}" if n else ""
        return "Familienstand", s.plant("family", DE_STATUS[p.marital][0]) + kids
    if lang == "fr":
        fem, masc = FR_STATUS[p.marital]
        kids = lambda: (", " + s.plant("family", f"{n} enfant{'s' if n > 1 else ''}")) if n else ""  # noqa: E731
        if mode == "pair":
            return "Situation familiale", s.gv("family", capital(fem), capital(masc)) + kids()
        if mode == "she" and n:
            return s.gv("family", "mère", "père") + " de " + s.plant("family", f"{n} enfant{'s' if n > 1 else ''}")
        return ("je suis " if mode == "me" else "") + s.gv("family", fem, masc) + kids()
    if lang == "en":
        status = EN_STATUS[p.marital]
        kids = lambda: f", {s.plant('family', f'{n} child' + ('ren' if n > 1 else ''))}" if n else ""  # noqa: E731
        if mode == "pair":
            return "Marital status", s.plant("family", capital(status)) + kids()
        if mode == "me" and n:
            return "I have " + s.plant("family", f"{n} kid{'s' if n > 1 else ''}")
        return ("I am " if mode == "me" else "") + s.plant("family", status) + kids()
    status = KO_STATUS[p.marital]
    kids = lambda: f", {s.plant('family', f'자녀 {n}명')}" if n else ""  # noqa: E731
    if mode == "pair":
        return "결혼", s.plant("family", status) + kids()
    if mode == "me":
        return s.plant("family", status) + "이에요" + (f". {s.plant('family', f'아이가 {n}명')} 있어요" if n else "")
    return s.plant("family", status) + kids()


def r_health(s: Sheet, mode: str):
    """Disability or health in the layout's language (German in a Lebenslauf)."""
    idx = 3 if mode == "de" else {"fr": 0, "en": 1, "ko": 2}[s.lang]
    value = HEALTH[s.p.health][idx]
    planted = s.gv("health", *value, sex=True) if isinstance(value, tuple) else s.plant("health", value)
    if mode in ("pair", "de"):
        label = {"fr": "Santé", "en": "Health / disability", "ko": "건강"}.get(s.lang) if mode == "pair" else "Gesundheit"
        return label, planted
    if mode == "me":
        return {"fr": "santé : ", "en": "health: ", "ko": "건강: "}[s.lang] + planted
    return planted


def r_sex(s: Sheet, mode: str):
    """Sex: a field, a civil title, a German word."""
    f, lang = s.female, s.lang
    if mode == "de":
        return "Geschlecht", s.plant("sex", "weiblich" if f else "männlich")
    if mode == "pair":
        label, words = {"fr": ("Sexe", ("F", "M")), "en": ("Sex", ("F", "M")), "ko": ("성별", ("여", "남"))}[lang]
        s.plant("sex", f"{label}{s.sep}{words[0] if f else words[1]}")
        return label, words[0] if f else words[1]
    if mode == "she":
        return s.plant("sex", {"fr": ("de sexe féminin", "de sexe masculin"), "en": ("female", "male"),
                               "ko": ("여성", "남성")}[lang][0 if f else 1])
    if lang == "fr":
        return "je suis " + s.plant("sex", "une femme" if f else "un homme") if mode == "me" else \
            s.plant("sex", "Mme" if f else "M.")
    if lang == "en":
        return "I am " + s.plant("sex", "a woman" if f else "a man") if mode == "me" else \
            s.plant("sex", "Ms" if f else "Mr")
    return s.plant("sex", "여자" if f else "남자")


RENDER8 = {"sex": r_sex, "age": r_age, "birth": r_birth, "residence": r_residence, "nationality": r_nationality,
           "religion": r_religion, "family": r_family, "health": r_health}
PERSONAL8 = ("sex", "age", "birth", "nationality", "family", "health", "religion")


# --- job sections ---------------------------------------------------------------------------------------------------
def tenure(s: Sheet) -> str:
    """Years in a kind of workplace ('12 ans en EHPAD', '9 years in care homes'): a fact."""
    own = TRADE_TENURE.get(s.p.trade.key)
    pool = TENURE[s.lang] + ([own[LANGS.index(s.lang)]] * 3 if own else [])
    return s.fact(s.pick(pool).format(n=s.p.years))


def side(s: Sheet) -> tuple[str, str]:
    """(employer named after a person, place): a small job, both facts."""
    places = {"fr": FR_JOB_PLACES, "en": EN_JOB_PLACES, "ko": KO_JOB_PLACES}[s.lang]
    used = {j.place for j in s.p.jobs}
    return s.fact(s.pick(SIDE_EMPLOYERS[s.lang])), s.fact(s.pick([x for x in places if x not in used]))


def tongues(s: Sheet) -> list[str]:
    """Languages spoken (facts): the home language when it names no nationality, and a common one."""
    own = TONGUES.get(s.p.b8_origin)
    nat_words = {w.lower() for k in (*s.p.b8_nat, ORIGIN_KEY[s.p.b8_origin]) for w in re.findall(r"\w+", " ".join(
        NATS[k]))}
    out = [own] if own and not {w.lower() for w in re.findall(r"\w+", own)} & nat_words and s.chance(0.7) else []
    out.append(s.pick({"fr": ["Allemand (courant)", "Anglais (A2)", "Allemand (B1)"],
                       "en": ["French (basic)", "Hindi (spoken)", "Portuguese (basic)"],
                       "ko": ["한국어 (TOPIK 3급)", "영어 (기초)", "한국어 (TOPIK 2급)"]}[s.lang]))
    return [s.fact(x) for x in out]


def job_line(s: Sheet, job, sep: str = " – ") -> str:
    """Dates, title, employer, place of one job."""
    return f"{job_dates(s, job)}{sep}{title_text(s, job)}{sep}{s.fact(job.employer)}, {s.fact(job.place)}"


def diploma(s: Sheet) -> str:
    return s.fact(s.pick(list(s.p.trade.diplomas[s.lang])))


def rest(s: Sheet, mode: str = "bare", skip: tuple[str, ...] = ()) -> list[str]:
    """Every family this CV reveals and has not written yet (residence first), but those skipped."""
    res = s.bit("residence", mode) if "residence" not in skip else None
    return ([res] if res else []) + s.bits([f for f in PERSONAL8 if f not in skip], mode)


def contacts(s: Sheet) -> list[str]:
    return [s.plant("contact", x) for x in (s.p.phone, s.p.email) if "contact" in s.p.families]


def plain_cv(s: Sheet) -> list[str]:
    """A short CV with no personal details besides the name: what gets attached to a letter."""
    emp, where = side(s)
    return [me(s, s.pick(["plain", "LAST first"])), title_text(s, s.p.jobs[0]), "", s.h("exp"),
            *[job_line(s, j) for j in s.p.jobs], f"{emp}, {where}", "", s.h("edu"), *education(s), "",
            s.h("skills"), ", ".join(skills(s)), f"{s.h('lic')}{s.sep}{licence(s)}", availability(s)]


# --- 1. notes typed on a phone --------------------------------------------------------------------------------------
AUTOCORRECT = {"fr": [("j'ai", "jai"), ("c'est", "cest"), ("très", "tres"), ("ça", "sa"), ("travaillé", "travailler")],
               "en": [("I'm", "im"), ("I've", "ive"), ("don't", "dont"), ("really", "rly")]}


def fold(text: str) -> str:
    """Lower case without accents, as typed fast on a phone keyboard."""
    return "".join(c for c in unicodedata.normalize("NFKD", text.lower()) if not unicodedata.combining(c))


@blind8()
def phone_notes(s: Sheet) -> str:
    """A CV typed in a phone's notes app and pasted: no capitals, no accents, autocorrect slips, 'sent from my phone'."""
    if s.lang == "ko":
        emp, where = side(s)
        lines = [f"이력서 ㅎㅎ {me(s)}", *[x for x in rest(s) if x], "경력"]
        lines += [f"- {j.start[0]}~{j.end[0] if j.end else '지금'} {s.fact(j.employer)} {s.fact(j.place)} "
                  f"{title_text(s, j)}" for j in s.p.jobs]
        lines += [f"- 알바 {emp} ({where})", f"{tenure(s)} 했어요 ㅠㅠ", f"자격증 {licence(s)}", f"잘하는거 {', '.join(skills(s, 2))}",
                  availability(s), " / ".join(contacts(s)), "", "Galaxy에서 보냄"]
        return "\n".join(lines)
    m0, f0 = len(s.markers), len(s.facts)
    emp, where = side(s)
    first = f"cv {me(s, 'plain')}{nick(s)}"
    perso = rest(s, "me")
    intro = {"fr": "bonjour voila mon cv c'est très rapide desole", "en": "hi this is my cv sorry I'm on my phone"}[s.lang]
    jobs = [f"- {j.start[0]}-{j.end[0] if j.end else ('maintenant' if s.lang == 'fr' else 'now')} "
            f"{title_text(s, j, 'lower')} chez {s.fact(j.employer)} a {s.fact(j.place)}" if s.lang == "fr" else
            f"- {j.start[0]}-{j.end[0] if j.end else 'now'} {title_text(s, j, 'lower')} at {s.fact(j.employer)} in "
            f"{s.fact(j.place)}" for j in s.p.jobs]
    extra = {"fr": f"- j'ai travaillé aussi chez {emp} ({where})", "en": f"- I've also done shifts at {emp} ({where})"}
    words = {"fr": ("diplome : ", "permis : ", "je sais faire : ", "c'est ", " au total"),
             "en": ("quals: ", "tickets: ", "good at ", "that's ", " in total")}[s.lang]
    tail = [words[0] + diploma(s), words[1] + licence(s), words[2] + ", ".join(skills(s, 2)),
            words[3] + tenure(s) + words[4], availability(s)]
    lines = [first, intro, *[p for p in perso], *jobs, extra[s.lang], *tail, " ".join(contacts(s))]
    text = "\n".join(lines)
    for right, slip in AUTOCORRECT[s.lang]:
        text = re.sub(rf"(?<!\w){re.escape(right)}(?!\w)", slip, text)
    end = {"fr": "\n\nenvoye de mon iphone", "en": "\n\nsent from my iphone"}[s.lang]
    recast(s, fold, m0, f0)
    return fold(text) + end


# --- 2. a German-style Lebenslauf of a cross-border worker ------------------------------------------------------------
DE_HEAD = {"fr": ("Lebenslauf / Curriculum vitae", "Persönliche Daten / État civil", "Name / Nom"),
           "en": ("Lebenslauf (CV)", "Persönliche Daten / Personal details", "Name"),
           "ko": ("Lebenslauf / 이력서", "Persönliche Daten / 인적사항", "Name / 성명")}


@blind8()
def lebenslauf(s: Sheet) -> str:
    """A tabular Lebenslauf as German employers expect it (labels in German and the author's language), a cross-border
    worker's CV: 'seit 03/2019', 'Konfession', 'Familienstand', place and date and name at the bottom."""
    title, personal, label = DE_HEAD[s.lang]
    rows = [title, "", personal, f"{label:<28}{me(s, 'LAST, first' if s.lang != 'ko' else 'plain')}"]
    for lab, val in s.pairs(("sex", "birth", "nationality", "family", "religion", "health", "residence"), "de"):
        rows.append(f"{lab:<28}{val}")
    if "age" in s.p.families:
        lab, val = s.pair("age", "de")
        rows.append(f"{lab:<28}{val}")
    for c in contacts(s):
        rows.append(f"{'Telefon' if '@' not in c else 'E-Mail':<28}{c}")
    rows += ["", "Berufserfahrung / " + s.h("exp")]
    for j in s.p.jobs:
        when = f"seit {j.start[1]:02d}/{j.start[0]}" if j.end is None else \
            f"{j.start[1]:02d}/{j.start[0]} – {j.end[1]:02d}/{j.end[0]}"
        rows.append(f"{when:<28}{title_text(s, j)}, {s.fact(j.employer)}, {s.fact(j.place)}")
    emp, where = side(s)
    rows += [f"{'Nebenjob':<28}{emp}, {where}", f"{'':<28}{tenure(s)}", "", "Ausbildung / " + s.h("edu")]
    rows += [f"{'':<28}{x}" for x in education(s)]
    rows += ["", f"{'Führerschein':<28}{licence(s)}", f"{'Kenntnisse':<28}{', '.join(skills(s))}",
             f"{'Sprachen':<28}{', '.join(tongues(s))}", f"{'Verfügbarkeit':<28}{availability(s)}"]
    rows.extend(rest(s, "bare"))
    where_signed = {"fr": "Kehl", "en": "Lahr", "ko": "Rastatt"}[s.lang]
    rows += ["", f"{where_signed}, den {D.TODAY[2]:02d}.{D.TODAY[1]:02d}.{D.TODAY[0]}",
             me(s, "plain") if s.chance(0.5) else initials(s)]
    return "\n".join(rows)


# --- 3. a temp agency's registration sheet with ticked boxes ----------------------------------------------------------
def box(on: bool) -> str:
    return "☒" if on else "☐"


@blind8()
def interim_fiche(s: Sheet) -> str:
    """A temp agency's registration sheet (fiche d'inscription intérimaire, agency registration form, 인력사무소 구직
    등록 카드) typed in by the branch: ticked boxes for sex, licences, shifts; equal-opportunities questions in the UK."""
    f = s.female
    if s.lang == "fr":
        sex = s.plant("sex", f"{box(f)} Mme") if "sex" in s.p.families else "☐ Mme"
        sex += f"  {box(not f)} M." if "sex" in s.p.families else "  ☐ M."
        s.done.add("sex")
        rows = ["FICHE D'INSCRIPTION INTÉRIMAIRE – agence de " + s.fact(s.p.jobs[0].place), "",
                f"Civilité : {sex}", f"Nom de naissance : {s.plant('name', s.p.last.upper())}",
                f"Prénom(s) : {s.plant('name', s.p.first)}"]
    elif s.lang == "en":
        title = s.plant("sex", f"{box(f)} Ms") if "sex" in s.p.families else "☐ Ms"
        title += f"  {box(not f)} Mr  ☐ Mx" if "sex" in s.p.families else "  ☐ Mr  ☐ Mx"
        s.done.add("sex")
        rows = ["TEMPORARY WORKER REGISTRATION – " + s.fact(s.p.jobs[0].place) + " branch", "",
                f"Title: {title}", f"Surname: {s.plant('name', s.p.last)}", f"Forename(s): {s.plant('name', s.p.first)}"]
    else:
        sex = (s.plant("sex", f"{box(not f)}남 {box(f)}여") if "sex" in s.p.families else "☐남 ☐여")
        s.done.add("sex")
        rows = ["구직 등록 카드 (인력사무소)", "", f"성명: {me(s)}    성별: {sex}"]
    for lab, val in s.pairs(("birth", "age", "nationality", "residence", "family")):
        rows.append(f"{lab}{s.sep}{val}")
    rows += [f"{lab}{s.sep}{c}" for lab, c in zip(("Tél." if s.lang == "fr" else "Mobile" if s.lang == "en" else "연락처",
                                                      "Mail"), contacts(s))]
    lic = licence(s)
    shifts = {"fr": ("Nuit", "Week-end", "2x8"), "en": ("Nights", "Weekends", "Earlies"), "ko": ("야간", "주말", "일용직")}[s.lang]
    rows += ["", {"fr": "Permis / CACES :", "en": "Licences / tickets:", "ko": "자격증:"}[s.lang] + f" ☒ {lic}  ☐ " + {
        "fr": "autre", "en": "other", "ko": "기타"}[s.lang]]
    rows.append({"fr": "Disponibilités :", "en": "Availability:", "ko": "근무 가능:"}[s.lang] + " " + "  ".join(
        f"{box(i != 1)} {x}" for i, x in enumerate(shifts)) + f"  ({availability(s)})")
    rows.append({"fr": "Expérience :", "en": "Experience:", "ko": "경력:"}[s.lang] + f" {duration(s)}")
    rows += [f"  {job_line(s, j)}" for j in s.p.jobs]
    rows.append({"fr": "Compétences : ", "en": "Skills: ", "ko": "기술: "}[s.lang] + ", ".join(skills(s, 2)))
    if "health" in s.p.families:
        s.done.add("health")
        lab, val = r_health(s, "pair")
        if s.lang == "en" and s.p.health != "good":
            rows.append(f"Do you consider yourself disabled? ☒ Yes – {val}")
        else:
            rows.append(f"{ {'fr': 'Restrictions médicales / RQTH', 'en': 'Health', 'ko': '건강 상태'}[s.lang]}{s.sep}{val}")
    if s.lang == "en":  # the equal-opportunities page
        rows += ["", "EQUAL OPPORTUNITIES MONITORING (optional)"]
        rows += [f"{lab}: {val}" for lab, val in s.pairs(("religion",))]
    rows += [x for x in rest(s, "bare") if x]
    rows += ["", {"fr": "Saisi par : ", "en": "Registered by: ", "ko": "담당: "}[s.lang] + someone(s, "first")]
    return "\n".join(rows)


# --- 4. an adviser's follow-up note ------------------------------------------------------------------------------------
@blind8()
def adviser_note(s: Sheet) -> str:
    """An adviser's note after a meeting (Mission Locale, a supported-employment job coach, a Korean job centre), in the
    third person: 'Jeune reçue ce jour', the surname in capitals in running text, the plan and the job facts."""
    adviser = someone(s)
    emp, where = side(s)
    if s.lang == "fr":
        who = f"{s.gv('sex', 'Mlle', 'M.', sex=False)} {me(s, 'LAST first')}{nick(s)}"
        perso = rest(s, "she")
        lines = [f"SUIVI MISSION LOCALE – entretien du {D.TODAY[2]}/{D.TODAY[1]:02d}/{D.TODAY[0]}", f"Conseiller(e) : {adviser}",
                 "", f"{who}, {s.g('reçue', 'reçu')} ce jour à sa demande" + (" : " + ", ".join(perso) + "." if perso else "."),
                 f"Expérience : {duration(s, lower=False)} ; dernier poste {title_text(s, s.p.jobs[0], 'lower')} chez "
                 f"{s.fact(s.p.jobs[0].employer)} ({s.fact(s.p.jobs[0].place)}). A aussi travaillé chez {emp} à {where}.",
                 f"Diplôme : {diploma(s)}. Permis : {licence(s)}. Savoir-faire : {', '.join(skills(s, 2))}.",
                 f"{me(s, 'first')} souhaite un poste proche de chez {s.g('elle', 'lui')}. {availability(s)}.",
                 "Prochain RDV dans 3 semaines."]
    elif s.lang == "en":
        perso = rest(s, "she")
        lines = [f"CASE NOTE – supported employment – {D.TODAY[2]} {EN_MONTHS[D.TODAY[1] - 1]} {D.TODAY[0]}",
                 f"Job coach: {adviser}", "",
                 f"Met {me(s, 'first LAST')}{nick(s)} at the library" + (": " + "; ".join(perso) + "." if perso else "."),
                 f"{me(s, 'first')} has {duration(s, lower=True)}, most recently {title_text(s, s.p.jobs[0], 'lower')} "
                 f"at {s.fact(s.p.jobs[0].employer)} in {s.fact(s.p.jobs[0].place)}; also casual work at {emp}, {where}.",
                 f"Holds {diploma(s)} and {licence(s)}. Strengths: {', '.join(skills(s, 2))}.",
                 f"Action: apply for two roles this week. {availability(s)}."]
    else:
        perso = rest(s, "she")
        lines = [f"직업상담 기록 ({D.TODAY[0]}.{D.TODAY[1]:02d}.{D.TODAY[2]})", f"상담사: {adviser}", "",
                 f"내담자 {me(s)} 님 방문 상담. " + (", ".join(perso) + ". " if perso else ""),
                 f"{duration(s)}. 최근 {s.fact(s.p.jobs[0].employer)} ({s.fact(s.p.jobs[0].place)}) "
                 f"{title_text(s, s.p.jobs[0])} 근무. {emp} ({where}) 아르바이트 경험 있음.",
                 f"보유 자격: {licence(s)}, {diploma(s)}. 강점: {', '.join(skills(s, 2))}.", f"{availability(s)}. 다음 상담 2주 후."]
    lines += [x for x in rest(s, "bare") if x]
    lines += [" / ".join(contacts(s))] if "contact" in s.p.families else []
    return "\n".join(lines)


# --- 5. an applicant tracking system's CSV export, one row a job -------------------------------------------------------
CSV_HEAD = {"fr": ["id_candidat", "nom", "prenom", "email", "telephone", "ville", "date_naissance", "nationalite",
                   "employeur", "poste", "debut", "fin", "lieu", "commentaire"],
            "en": ["candidate_id", "last_name", "first_name", "email", "phone", "town", "dob", "nationality",
                   "employer", "job_title", "start", "end", "location", "recruiter_notes"],
            "ko": ["지원자ID", "성", "이름", "이메일", "전화", "거주지", "생년월일", "국적", "회사", "직무", "입사", "퇴사", "근무지",
                   "메모"]}


@blind8()
def ats_csv_rows(s: Sheet) -> str:
    """An applicant tracking system's export: a header row, one row a past job with the candidate's columns repeated
    on each, the recruiter's free-text notes (where religion, family or health end up) in the last column."""
    p = s.p
    last = s.plant("name", p.last if s.lang != "ko" or p.b8_origin != "korean" else p.last + p.first)
    first = s.plant("name", p.first) if s.lang != "ko" or p.b8_origin != "korean" else ""
    email_, phone_ = (s.plant("contact", p.email), s.plant("contact", p.phone)) if "contact" in p.families else ("", "")
    town = s.plant("residence", p.b8_home["town"]) if s.has("residence") else ""
    s.done.add("residence")
    dob = s.plant("birth", f"{p.born:%Y-%m-%d}") if s.has("birth") else ""
    s.done.add("birth")
    nat_words = NATS[p.b8_nat[0]]
    nat = s.plant("nationality", {"fr": nat_words[1], "en": nat_words[2], "ko": nat_words[3]}[s.lang], (nat_words[0],)) \
        if s.has("nationality") else ""
    s.done.add("nationality")
    note = "; ".join(rest(s, "bare", skip=("residence",)))
    note = (note + "; " if note else "") + {"fr": "bon contact", "en": "good phone manner", "ko": "성실해 보임"}[s.lang]
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";" if s.lang == "fr" else ",", lineterminator="\n")
    w.writerow(CSV_HEAD[s.lang])
    cid = f"C{s.rng.randint(10000, 99999)}"
    for i, j in enumerate(p.jobs):
        row = [cid, last, first, email_, phone_, town, dob, nat, s.fact(j.employer), title_text(s, j),
               f"{j.start[0]}-{j.start[1]:02d}", f"{j.end[0]}-{j.end[1]:02d}" if j.end else "", s.fact(j.place),
               note if i == 0 else ""]
        w.writerow(row)
    emp, where = side(s)
    w.writerow([cid, last, first, email_, phone_, town, dob, nat, emp, "", "", "", where, ""])
    extra = [{"fr": "# compétences", "en": "# skills", "ko": "# 기술"}[s.lang] + f": {'|'.join(skills(s))}",
             {"fr": "# permis", "en": "# licences", "ko": "# 자격"}[s.lang] + f": {licence(s)}", f"# {diploma(s)}",
             f"# {duration(s)}", f"# {availability(s)}"]
    return buf.getvalue() + "\n".join(extra)


# --- 6. a benefits letter sent with the CV -------------------------------------------------------------------------------
@blind8()
def benefit_letter(s: Sheet) -> str:
    """A letter from the benefits office (CAF, DWP, 고용센터) scanned and sent with the CV: the address block, 'Madame',
    'inscrite', the household, the adviser; then the CV itself."""
    p, h = s.p, s.p.b8_home
    p.families.add("sex")  # an office's letter always says Madame or Monsieur
    res = "residence" in p.families
    s.done.add("residence")
    if s.lang == "fr":
        head = ["Caisse d'allocations familiales du Bas-Rhin", f"N° allocataire : {s.rng.randint(1000000, 9999999)}", "",
                f"{s.plant('sex', 'Madame') if s.female else s.plant('sex', 'Monsieur')} {me(s, 'first LAST')}"]
        if res:
            head += [s.plant("residence", h["street"]), f"{s.plant('residence', h['pc'])} {s.plant('residence', h['town'])}"]
        s.done.add("sex")
        fam = household(s, "Composition du foyer : {}", f"1 adulte, {p.children} enfant" + "s" * (p.children > 1))
        body_ = ["Objet : attestation de paiement – Revenu de solidarité active", "",
                 f"{'Madame' if s.female else 'Monsieur'}, nous vous confirmons vos droits pour la période "
                 f"{FR_MONTHS[D.TODAY[1] - 2]} {D.TODAY[0]} (attestation jointe). Vous êtes {s.g('inscrite', 'inscrit')} comme "
                 f"{s.g('demandeuse', 'demandeur')} d'emploi.", fam,
                 f"Votre référent{s.pick(['', 'e'])} : {someone(s)}", "", "— pièce jointe : CV —", ""]
    elif s.lang == "en":
        head = ["Department for Work and Pensions – Universal Credit", "", f"{civil_en(s)}{me(s, 'plain')}"]
        if res:
            head += [s.plant("residence", h["street"]), s.plant("residence", h["town"]), s.plant("residence", h["pc"])]
        fam = household(s, "Your award includes the child element for {}.",
                        f"{p.children} child" + "ren" * (p.children > 1))
        body_ = [f"Date: {D.TODAY[2]} {EN_MONTHS[D.TODAY[1] - 1]} {D.TODAY[0]}", "Your Universal Credit statement", "",
                 f"Dear {me(s, 'first')}, this is your statement for the assessment period. {fam}",
                 f"Your work coach is {someone(s)}.", "", "---- attached: CV ----", ""]
    else:
        head = ["○○고용센터", "", f"{me(s)} 님 귀하"]
        if res:
            head += [f"{s.plant('residence', h['region'])} {s.plant('residence', h['street'])}"]
        fam = household(s, "가구원 수: {}", f"{p.children + 1}인 가구")
        body_ = ["제목: 국민취업지원제도 참여 안내", "", f"귀하의 구직촉진수당 지급이 결정되었습니다. {fam}",
                 f"담당 상담사: {someone(s)}", "", "---- 첨부: 이력서 ----", ""]
    cv = plain_cv(s)
    cv += [x for x in rest(s, "bare") if x] + contacts(s)
    return "\n".join([x for x in head + body_ if x is not None] + cv)


def household(s: Sheet, template: str, value: str) -> str:
    """The household line of a benefits letter (the children, a 'family' marker), if the CV reveals a family with
    children; '' otherwise."""
    if not (s.has("family") and s.p.children):
        return ""
    s.done.add("family")
    return template.format(s.plant("family", value))


def civil_en(s: Sheet) -> str:
    if "sex" in s.p.families:
        s.done.add("sex")
        return s.plant("sex", "Mrs" if s.female and s.p.marital == "married" else "Ms" if s.female else "Mr") + " "
    return ""


# --- 7. the Korean public employment service's job-seeking form -------------------------------------------------------
@blind8(langs=("ko",))
def worknet_form(s: Sheet) -> str:
    """워크넷 구직신청서 as its text comes out: numbered fields, 취업취약계층 ticked boxes (장애인, 결혼이민자, 북한이탈주민),
    희망 직종 and wage, 경력 and 자격."""
    p = s.p
    rows = ["[별지 제1호서식] 구직신청서", "※ 뒤쪽의 작성방법을 읽고 작성하시기 바랍니다.", "",
            f"① 성명 {me(s)}" + (f"  (영문 {me(s, 'roman')})" if p.b8_origin != "korean" else "")]
    if s.has("sex"):
        s.done.add("sex")
        rows.append("② 성별 " + s.plant("sex", f"{box(not s.female)}남 {box(s.female)}여"))
    for lab, val in s.pairs(("birth", "age", "residence", "nationality")):
        rows.append(f"③ {lab} {val}")
    rows += [f"④ 연락처 {c}" for c in contacts(s)]
    if s.has("health"):
        s.done.add("health")
        rows.append("⑤ 취업취약계층 ☒ 장애인 (" + r_health(s, "bare") + ") ☐ 고령자 ☐ 북한이탈주민")
    elif s.has("family") and p.marital == "married" and p.b8_origin != "korean":
        s.done.add("family")
        rows.append("⑤ 취업취약계층 ☐ 장애인 " + s.plant("family", "☒ 결혼이민자") + " ☐ 북한이탈주민")
    else:
        rows.append("⑤ 취업취약계층 ☐ 장애인 ☐ 고령자 ☐ 북한이탈주민")
    rows += ["", f"⑥ 희망직종 {title_text(s, p.jobs[0])}  희망임금 월 {s.rng.randint(210, 320)}만원",
             f"⑦ 근무가능지역 {s.fact(p.jobs[0].place)} 인근", f"⑧ {availability(s)}", "", "⑨ 경력사항"]
    rows += [f"   {job_dates(s, j)} {s.fact(j.employer)} / {title_text(s, j)} / {s.fact(j.place)}" for j in p.jobs]
    rows += [f"   총 {duration(s)}", f"⑩ 자격·면허 {licence(s)}", f"⑪ 학력 {diploma(s)}", f"⑫ 기술 {', '.join(skills(s))}"]
    rows += [f"⑬ 기타 {x}" for x in rest(s, "pair") if x]
    return "\n".join(rows)


# --- 8. a language learner's self-introduction ---------------------------------------------------------------------------
@blind8(foreign=True)
def learner_intro(s: Sheet) -> str:
    """A self-introduction written in a language class (FLE A2, ESOL Entry 2, a foreign worker's 자기소개 in simple
    Korean with the passport's romanised name): short sentences, the family and the country, then the work."""
    p = s.p
    emp, where = side(s)
    if s.lang == "fr":
        lines = ["Atelier FLE – niveau A2 – « Je me présente »", "", f"Je m'appelle {me(s)}."]
        lines += [capital(x) + "." for x in rest(s, "me")]
        lines += [f"Expérience : {tenure(s)}.", f"Avant je travaille comme {title_text(s, p.jobs[0], 'lower')} chez "
                  f"{s.fact(p.jobs[0].employer)} à {s.fact(p.jobs[0].place)}.", f"Aussi chez {emp} à {where}.",
                  f"J'ai : {licence(s)}. Je sais : {', '.join(skills(s, 2))}.", f"Je cherche un travail. {availability(s)}.",
                  "Merci !", f"Formatrice : {someone(s, sex='F')}"]
    elif s.lang == "en":
        lines = ["ESOL Entry 2 – Writing task: About me", "", f"My name is {me(s)}."]
        lines += [capital(x) + "." for x in rest(s, "me")]
        lines += [f"I have {tenure(s)}. My last job was {title_text(s, p.jobs[0], 'lower')} at "
                  f"{s.fact(p.jobs[0].employer)} in {s.fact(p.jobs[0].place)}.", f"I also work at {emp} in {where}.",
                  f"I have {licence(s)}. I can do {', '.join(skills(s, 2))}.", f"{availability(s)}.",
                  f"Tutor: {someone(s, 'first')}"]
    else:
        lines = ["한국어 교실 – 자기소개", "", f"안녕하세요. 저는 {me(s)}입니다.", f"여권 이름: {me(s, 'roman')}"]
        lines += [x if x.endswith(("요", "다")) else x + "." for x in rest(s, "me")]
        lines += [f"한국 경력: {tenure(s)}.", f"{s.fact(p.jobs[0].employer)}에서 {title_text(s, p.jobs[0])} 했어요. "
                  f"({s.fact(p.jobs[0].place)})", f"{emp}에서도 일했어요 ({where}).", f"{licence(s)} 있어요.",
                  f"{', '.join(skills(s, 2))} 잘해요.", f"{availability(s)}. 감사합니다.", f"선생님: {someone(s)}"]
    lines += contacts(s)
    return "\n".join(lines)


# --- 9. a former employer's reference letter -------------------------------------------------------------------------------
@blind8()
def reference_letter(s: Sheet) -> str:
    """A reference written by a former employer, quoting the first name again and again, the surname in capitals,
    personal details slipped in as an aside ('À noter : …', 'For the record: …', '참고: …'); signed by a person."""
    j = s.p.jobs[-1]
    first = lambda: me(s, "first")  # noqa: E731
    signer = someone(s)
    perso = rest(s, "she")
    if s.lang == "fr":
        lines = [f"{s.fact(j.employer)} – {s.fact(j.place)}", "", "LETTRE DE RECOMMANDATION", "",
                 f"J'ai eu le plaisir d'employer {me(s, 'first LAST')}{nick(s)} comme {title_text(s, j, 'lower')}.",
                 f"{first()} a toujours été ponctuel{'le' if s.female else ''}. " + (
                     "À noter : " + ", ".join(perso) + "." if perso else ""),
                 f"Avec {duration(s, lower=True)}, {first()} maîtrise {', '.join(skills(s, 2))}.",
                 f"{first()} est titulaire du {licence(s)}. Je recommande {first()} sans réserve.", availability(s) + ".",
                 "", f"{signer}, pour la direction"]
    elif s.lang == "en":
        lines = [f"{s.fact(j.employer)}, {s.fact(j.place)}", "", "To whom it may concern,", "",
                 f"I am happy to recommend {me(s, 'first LAST')}{nick(s)}, who worked for us as {title_text(s, j, 'lower')}.",
                 f"{first()} was never late. " + ("For the record: " + ", ".join(perso) + "." if perso else ""),
                 f"With {duration(s, lower=True)}, {first()} is strong at {', '.join(skills(s, 2))}.",
                 f"{first()} holds {licence(s)}. I would employ {first()} again. {availability(s)}.", "",
                 f"Yours faithfully,\n{signer}, Manager"]
    else:
        lines = [f"{s.fact(j.employer)} ({s.fact(j.place)})", "", "추천서", "",
                 f"{me(s)} 씨는 저희 회사에서 {title_text(s, j)}(으)로 일했습니다.",
                 f"{first()} 씨는 성실합니다. " + ("참고: " + ", ".join(perso) + "." if perso else ""),
                 f"{duration(s)}, {first()} 씨는 {', '.join(skills(s, 2))}에 능숙합니다.",
                 f"{licence(s)} 보유. {first()} 씨를 추천합니다. {availability(s)}.", "", f"대표 {signer} (인)"]
    lines += [x for x in rest(s, "bare") if x] + contacts(s)
    return "\n".join(x for x in lines if x is not None)


# --- 10. an apprenticeship contract form ----------------------------------------------------------------------------------
@blind8(langs=("fr", "en"))
def apprentice_form(s: Sheet) -> str:
    """The apprentice's part of a CERFA FA13 contract form (France) or of an English apprenticeship application (ILR
    fields: sex, ethnicity, LLDD and health problem), as its fields come out of the PDF, then the tutor's part."""
    p = s.p
    if s.lang == "fr":
        rows = ["CONTRAT D'APPRENTISSAGE – cerfa n°10103*10", "L'APPRENTI(E)",
                f"Nom de naissance de l'apprenti(e) : {s.plant('name', p.last.upper())}",
                f"Prénom : {s.plant('name', p.first)}"]
        if s.has("sex"):
            s.done.add("sex")
            rows.append("Sexe : " + s.plant("sex", f"{box(not s.female)} M {box(s.female)} F"))
        if s.has("birth"):
            s.done.add("birth")
            rows += [f"Date de naissance : {s.plant('birth', f'{p.born:%d/%m/%Y}')}",
                     f"Commune de naissance : {s.plant('birth', p.birth_place)}"]
        if s.has("nationality"):
            s.done.add("nationality")
            code = "1" if "FR" in p.b8_nat else "3"
            rows.append("Nationalité : " + s.plant("nationality", f"{code} ({NATS[p.b8_nat[0]][1]})"))
        if s.has("health"):
            s.done.add("health")
            rows.append("Déclare bénéficier de la reconnaissance travailleur handicapé : " + s.plant("health", "☒ oui"))
        rows += [f"{lab} : {val}" for lab, val in s.pairs(("residence", "age", "family", "religion"))]
        rows += [f"Téléphone / courriel : {' / '.join(contacts(s))}", f"Situation avant ce contrat : {duration(s)}",
                 f"Dernier diplôme ou titre préparé : {diploma(s)}", "", "LE MAÎTRE D'APPRENTISSAGE",
                 f"Nom, prénom : {someone(s, 'LAST first')}", f"Employeur : {s.fact(p.jobs[0].employer)}",
                 f"Lieu d'exécution : {s.fact(p.jobs[0].place)}", f"Emploi occupé : {title_text(s, p.jobs[0])}",
                 f"Compétences visées : {', '.join(skills(s, 2))}", f"Permis : {licence(s)}", availability(s)]
        return "\n".join(rows)
    rows = ["APPRENTICESHIP APPLICATION – learner details", f"Family name: {s.plant('name', p.last)}",
            f"Given name(s): {s.plant('name', p.first)}"]
    if s.has("sex"):
        s.done.add("sex")
        rows.append("Sex: " + s.plant("sex", "F" if s.female else "M") + " (as recorded on the ILR)")
    if s.has("nationality"):
        s.done.add("nationality")
        eth = {"SD": "Black or Black British – African", "TO": "Other ethnic group – Pacific Islander",
               "NP": "Asian or Asian British – any other Asian background", "IM": "White – British",
               "GB": "White – British"}[ORIGIN_KEY[p.b8_origin]]
        rows.append("Ethnicity: " + s.plant("nationality", eth))
    if s.has("health"):
        s.done.add("health")
        rows.append("LLDD and health problem: Yes – " + r_health(s, "bare"))
    rows += [f"{lab}: {val}" for lab, val in s.pairs(("birth", "age", "residence", "family", "religion"))]
    rows += [f"Contact: {' / '.join(contacts(s))}", f"Prior attainment: {diploma(s)}", f"Work history: {duration(s)}",
             "", "EMPLOYER AND MENTOR", f"Mentor: {someone(s)}", f"Employer: {s.fact(p.jobs[0].employer)}",
             f"Delivery location: {s.fact(p.jobs[0].place)}", f"Role: {title_text(s, p.jobs[0])}",
             f"Skills to develop: {', '.join(skills(s, 2))}", f"Licence held: {licence(s)}", availability(s)]
    return "\n".join(rows)


# --- 11. a sworn statement of past work ------------------------------------------------------------------------------------
@blind8()
def honour_statement(s: Sheet) -> str:
    """A statement of past work for an employer that has closed (attestation sur l'honneur, statutory declaration,
    경력 확인서 본인 작성): identity, address and nationality in the opening sentence, the jobs, place, date, initials."""
    p = s.p
    addr = s.pair("residence") if s.lang == "en" else None
    ident = rest(s, "bare" if s.lang == "en" else "she")
    if s.lang == "fr":
        lines = ["ATTESTATION SUR L'HONNEUR", "",
                 f"Je {s.g('soussignée', 'soussigné')} {me(s, 'first LAST')}" + (", " + ", ".join(ident) if ident else "")
                 + ", atteste sur l'honneur avoir exercé les emplois suivants :"]
        lines += [f"- {title_text(s, j, 'lower')} chez {s.fact(j.employer)}, à {s.fact(j.place)}, "
                  f"du {j.start[1]:02d}/{j.start[0]} au " + (f"{j.end[1]:02d}/{j.end[0]}" if j.end else "ce jour")
                  for j in p.jobs]
        emp, where = side(s)
        lines += [f"- extras chez {emp}, à {where}", f"soit {tenure(s)} et {duration(s, lower=True)}.",
                  f"Je suis titulaire du {licence(s)} et du {diploma(s)}.",
                  "Fait pour servir et valoir ce que de droit.", "",
                  f"Fait à {p.b8_home['town'] if 'residence' in p.families and 'residence' in s.done else 'Strasbourg'}, "
                  f"le {D.TODAY[2]}/{D.TODAY[1]:02d}/{D.TODAY[0]}", initials(s)]
    elif s.lang == "en":
        lines = ["STATUTORY DECLARATION", "",
                 f"I, {me(s, 'first LAST')}" + (f", of {addr[1]}" if addr else "") + (", " + ", ".join(ident) if ident
                                                                                     else "")
                 + ", do solemnly and sincerely declare that I worked as follows:"]
        lines += [f"- {title_text(s, j)}, {s.fact(j.employer)}, {s.fact(j.place)}, {job_dates(s, j)}" for j in p.jobs]
        emp, where = side(s)
        lines += [f"- casual shifts at {emp}, {where}", f"That is {tenure(s)} ({duration(s, lower=True)}).",
                  f"I hold {licence(s)} and {diploma(s)}.", "and I make this solemn declaration conscientiously believing "
                  "the same to be true.", "", f"Declared before {someone(s)}, solicitor", initials(s)]
    else:
        lines = ["경력 확인서 (본인 작성)", "", f"성명: {me(s)}"] + [f"- {x}" for x in ident]
        lines += [f"- {job_dates(s, j)} {s.fact(j.employer)} ({s.fact(j.place)}) {title_text(s, j)}" for j in p.jobs]
        emp, where = side(s)
        lines += [f"- {emp} ({where}) 아르바이트", f"총 {tenure(s)}, {duration(s)}", f"자격: {licence(s)}, {diploma(s)}",
                  "위 사실이 틀림없음을 확인합니다.", "", f"{D.TODAY[0]}년 {D.TODAY[1]}월 {D.TODAY[2]}일",
                  f"확인자 {me(s)} (인)"]
    lines += [x for x in rest(s, "bare") if x] + contacts(s)
    return "\n".join(lines)
