"""A fourteenth held-aside set of layouts of the placement benchmark (see evaluation.placement), split "blind14":
registered into the same LAYOUTS. Written without reading the masker (its rules, its data, its tests), the README's
list of what it misses or the history's messages, to measure it once more on CVs nobody tuned it on; do not read this
file while tuning a masker, and run it once.

The split is about CVs written in the conventions of the candidates' countries, and about the identity numbers that
carry a birth date and a sex. A French staffing company receives CVs from workers who learned to write a CV elsewhere,
and the papers of French hiring: the French NIR written in blocks ('2 85 03 99 114 042 17': sex, year and month of
birth, born abroad, the country), a Romanian CNP, a Polish PESEL, an Italian codice fiscale, a Sri Lankan NIC, a
Vietnamese CCCD, a Kyrgyz PIN and a Korean 외국인등록번호 - each planted as "birth"; personal blocks in the order and
labels of a home convention (état civil, 'Stare civilă', 'Estado civil', 'Civil status', 'Religion: Roman Catholic',
father's and mother's names, height and weight - planted as "health"); a CERFA contrat de professionnalisation
flattened with its boxes and ticks; a contrat de mission; a bilingual CV (the same facts twice); a job-board export
with screening questions; a letter of recommendation from an employer abroad with its stamp; an attestation de droits
à l'assurance maladie with the children attached; a sworn translation of a work certificate; an agency's registration
sheet; the hiring declaration (a DPAE receipt, an HMRC starter checklist, a 4대보험 취득신고서); the Korean
고용허가제 구직자 명부 and an E-9 worker's 이력서.

Its vocabulary is its own: Aromanian, Kashubian, Sardinian, Cape Verdean, Rifian and Serer authors writing French;
Ilocano, Sinhala and Hmong authors writing English; Nepali, Sri Lankan, Cambodian and Kyrgyz E-9 workers writing Korean
(names in Hangul, and in Latin letters as their passports spell them). None of the name words is in a Faker locale's
name lists, in placement_data nor in an earlier split's lists; homes, places of birth and places of past jobs are in
none of the earlier pools either (a test checks both). Other people's names (parents, referees, signatories,
recruiters, translators, tutors, children) are planted as "name"; job facts (durations - some that look like markers,
'10 ans en EHPAD' -, employers - some named after people -, places of past jobs at home and abroad, diplomas,
licences, skills, availability, languages) are planted where the layout puts them.

Layouts: contrat_mission, cerfa_pro, home_convention, bilingual_cv, jobboard_export, recommendation_abroad,
droits_attestation, biodata_sheet, eps_roster_ko, e9_resume_ko, certified_translation, registration_sheet,
hiring_declaration.
"""
from __future__ import annotations

import functools
import re
from dataclasses import replace
from datetime import date

from matchlens.evaluation import placement_data as D
from matchlens.evaluation.placement import (
    EN_MONTHS,
    FR_MONTHS,
    LANGS,
    Sheet,
    _contact,
    _jobs,
    _weighted,
    availability,
    education,
    job_dates,
    layout,
    licence,
    skills,
    title_text,
)
from matchlens.evaluation.placement_parts import diploma, draw_name, job_line, RenderedSheet

SPLIT = "blind14"

# --- names: none of their words is in a Faker locale, placement_data or an earlier split (tests check it) -----------
NAMES = {
    "aromanian": {"F": "Tascula Vanghelitsa Sultana Marghiola Zoitsa", "M": "Tascu Mitrush Ghiorghi Nacu Yioryi Dumitrachi",
                  "L": "Caragiani Papahagi Ciumeti Dabuleanu Hagigogu Cioflec Nicolaqi"},
    "kashubian": {"F": "Jadwiżka Zofijô Bôrbara Marëjka", "M": "Francëszk Jaroszk Włodzëmiérz Józwa",
                  "L": "Kònkel Necel Rompski Derdowsczi Labuddzë Szmuda Bieszk"},
    "sardinian": {"F": "Bainza Tzitzina Antonedda Bustianedda", "M": "Bachis Pascaleddu Tiadoru Bustianu",
                  "L": "Zuddas Pittalis Tzoris Tzedda Cubeddu Fancello Soddu"},
    "capeverdean": {"F": "Nhanhá Djudjú Xenxa Tutuca", "M": "Djidjé Nhonhô Tchetcho Zézinho",
                    "L": "Monteirinho Tavora Furtadinho Tchuca Lopi Badiu"},
    "rif": {"F": "Tamimount Thraythmas Mimount Thlaythmas", "M": "Mouhend Amezian Aqachar Ufqir",
            "L": "Ouarriach Azougagh Boughaba Amezzouar Tabibt"},
    "serer": {"F": "Ngoyane Mbisséne Dibor Sokhnaba", "M": "Maad Waly Latsouck Djignack Diokel",
              "L": "Ngom Thiaw Dioh Senghane Kama"},
    "ilocano": {"F": "Bannawag Sinagtala Bituen Ayat", "M": "Baltazaro Dumalo Bagsik Ambrosyo",
                "L": "Pagaduan Agbayani Tabangcura Galacgac Bimmuyag Padayhag"},
    "sinhala": {"F": "Chathurika Sewwandi Dulanjali Ishara", "M": "Thilakaratne Wasantha Ranmuthu Hemapala",
                "L": "Wanigasekara Jayalath Galappaththi Rathnayake Abeykoon Kodituwakku"},
    "hmong": {"F": "Dợ Súa Pàng Xía", "M": "Páo Sình Lềnh Sếnh Chỉnh", "L": "Giàng Mùa Hạng Thèn"},
    "nepali": {"F": "빔쿠마리 사비트리 두르가데비", "M": "람바하두르 덜바하두르 치트라바하두르", "L": "쩨빵 수누와르 타미 지렐"},
    "srilankan": {"F": "쿠무두니 딜룩시", "M": "우팔리 차민다", "L": "와니가세카라 자얄라트 코디투왁쿠"},
    "cambodian": {"F": "스레이닛 소피악 짠톤", "M": "보라타나 쏙헹 삼앗", "L": "찬톨 쏙찌어 멍끼어"},
    "kyrgyz": {"F": "아이페리 베기마이 누르잔", "M": "누르볼롯 탈란트벡 엘다르벡", "L": "시드크베코프 술탄알리예프 주마굴로프"},
}
NAMES = {o: {k: v.split() for k, v in d.items()} for o, d in NAMES.items()}
LATIN = {  # how a passport or an e-mail spells the Hangul name
    "빔쿠마리": "Bimkumari", "사비트리": "Sabitri", "두르가데비": "Durgadevi", "람바하두르": "Rambahadur",
    "덜바하두르": "Dalbahadur", "치트라바하두르": "Chitrabahadur", "쩨빵": "Chepang", "수누와르": "Sunuwar", "타미": "Thami",
    "지렐": "Jirel", "쿠무두니": "Kumudinee", "딜룩시": "Dilukshee", "우팔리": "Upali", "차민다": "Chamindha",
    "와니가세카라": "Wanigasekera", "자얄라트": "Jayalathge", "코디투왁쿠": "Kodithuwakku", "스레이닛": "Sreynit",
    "소피악": "Sophiak", "짠톤": "Chanthon", "보라타나": "Vorathana", "쏙헹": "Sokheng", "삼앗": "Samath", "찬톨": "Chanthol",
    "쏙찌어": "Sokchea", "멍끼어": "Mengkea", "아이페리": "Aiperi", "베기마이": "Begimai", "누르잔": "Nurjan",
    "누르볼롯": "Nurbolot", "탈란트벡": "Talantbek", "엘다르벡": "Eldarbek", "시드크베코프": "Sydykbekov",
    "술탄알리예프": "Sultanaliev", "주마굴로프": "Zhumagulov"}
WEIGHTS = {"fr": {"aromanian": 2, "kashubian": 2, "sardinian": 2, "capeverdean": 2, "rif": 2, "serer": 2},
           "en": {"ilocano": 3, "sinhala": 3, "hmong": 2},
           "ko": {"nepali": 3, "srilankan": 2, "cambodian": 2, "kyrgyz": 2}}
COUNTRY = {"aromanian": "RO", "kashubian": "PL", "sardinian": "IT", "capeverdean": "CV", "rif": "MA", "serer": "SN",
           "ilocano": "PH", "sinhala": "LK", "hmong": "VN", "nepali": "NP", "srilankan": "LK", "cambodian": "KH",
           "kyrgyz": "KG"}
NATS = {  # country -> (fr masc, fr fem, en, ko, INSEE code of the country)
    "RO": ("roumain", "roumaine", "Romanian", "루마니아", "114"), "PL": ("polonais", "polonaise", "Polish", "폴란드", "122"),
    "IT": ("italien", "italienne", "Italian", "이탈리아", "127"), "CV": ("cap-verdien", "cap-verdienne", "Cape Verdean",
                                                                       "카보베르데", "396"),
    "MA": ("marocain", "marocaine", "Moroccan", "모로코", "350"), "SN": ("sénégalais", "sénégalaise", "Senegalese", "세네갈",
                                                                     "341"),
    "PH": ("philippin", "philippine", "Filipino", "필리핀", "220"), "LK": ("sri-lankais", "sri-lankaise", "Sri Lankan",
                                                                        "스리랑카", "235"),
    "VN": ("vietnamien", "vietnamienne", "Vietnamese", "베트남", "243"), "NP": ("népalais", "népalaise", "Nepali", "네팔",
                                                                             "215"),
    "KH": ("cambodgien", "cambodgienne", "Cambodian", "캄보디아", "234"), "KG": ("kirghiz", "kirghize", "Kyrgyz", "키르기스스탄",
                                                                            "212"),
    "FR": ("français", "française", "French", "프랑스", ""),
}

# --- places: in none of the earlier pools (tests check it) ------------------------------------------------------
FR_TOWNS = [("Grande-Synthe", "59760"), ("Coudekerque-Branche", "59210"), ("Téteghem", "59229"),
            ("Loon-Plage", "59279"), ("Saint-Pol-sur-Mer", "59430")]
FR_STREETS = ["rue du Comte Jean", "avenue de Petite-Synthe", "rue des Pilotes", "place de l'Europe", "rue de Leffrinckoucke",
              "cité des Cheminots"]
FR_JOB_PLACES = ["Gravelines", "Bourbourg", "Cappelle-la-Grande", "Bergues", "Wormhout", "Steenvoorde", "Craywick",
                 "Spycker", "Armbouts-Cappel"]
EN_TOWNS = [("Crowland", "PE6", "Lincolnshire"), ("Deeping St James", "PE6", "Lincolnshire"),
            ("Sutterton", "PE20", "Lincolnshire"), ("Swineshead", "PE20", "Lincolnshire"), ("Chatteris", "PE16", "Cambridgeshire")]
EN_STREETS = ["Pinchbeck Road", "Fleet Street", "Alexandra Road", "Nene Quay", "Station Street", "Market Hill"]
EN_JOB_PLACES = ["Sutton Bridge", "Kirton", "Pinchbeck", "Gosberton", "Donington", "Whittlesey", "Moulton Seas End",
                 "Tydd St Giles"]
KO_TOWNS = [("경기도 화성시 팔탄면", "팔탄"), ("경기도 포천시 신북면", "신북"), ("경상남도 김해시 진례면", "진례"),
            ("경기도 양주시 은현면", "은현")]
KO_ROADS = ["팔탄로", "신북로", "진례로", "은현로"]
KO_JOB_PLACES = ["화성 장안면", "화성 마도면", "음성 금왕읍", "논산 연무읍", "당진 송악읍", "청주 오창읍", "함안 칠원읍",
                 "양산 산막공단", "포천 가산면"]
BIRTH = {  # origin -> places of birth as a CV writes them, and the code an identity number carries
    "aromanian": ["Mihail Kogălniceanu (Constanța)", "Cogealac (Constanța)", "Sarichioi (Tulcea)"],
    "kashubian": ["Kartuzy (Pologne)", "Kościerzyna (Pologne)", "Żukowo (Pologne)"],
    "sardinian": ["Orgosolo (Sardaigne)", "Ozieri (Sardaigne)", "Fonni (Sardaigne)"],
    "capeverdean": ["Pedra Badejo (Santiago, Cap-Vert)", "Tarrafal (Cap-Vert)", "Ribeira Grande (Santo Antão)"],
    "rif": ["Imzouren (Al Hoceïma)", "Driouch (Maroc)", "Beni Bouayach (Maroc)"],
    "serer": ["Fatick (Sénégal)", "Joal-Fadiouth (Sénégal)", "Niakhar (Sénégal)"],
    "ilocano": ["Laoag City, Ilocos Norte", "Batac, Ilocos Norte", "Vigan, Ilocos Sur"],
    "sinhala": ["Kuliyapitiya, Sri Lanka", "Matale, Sri Lanka", "Polonnaruwa, Sri Lanka"],
    "hmong": ["Sa Pa, Lào Cai", "Mèo Vạc, Hà Giang", "Mường Nhé, Điện Biên"],
    "nepali": ["네팔 고르카", "네팔 다딩", "네팔 신두팔촉"],
    "srilankan": ["스리랑카 쿠루네갈라", "스리랑카 마타라"],
    "cambodian": ["캄보디아 깜퐁참", "캄보디아 따께오"],
    "kyrgyz": ["키르기스스탄 오시", "키르기스스탄 잘랄아바드"],
}
BELFIORE = {"Orgosolo": "G097", "Ozieri": "G203", "Fonni": "D665"}
VN_PROVINCE = {"Sa Pa": "010", "Mèo Vạc": "002", "Mường Nhé": "011"}

# --- religions, health, and job facts of this split -------------------------------------------------------------
RELIGIONS = {"aromanian": ["orthodox"], "kashubian": ["catholic"], "sardinian": ["catholic", "none"],
             "capeverdean": ["catholic", "nazarene"], "rif": ["muslim"], "serer": ["catholic", "muslim"],
             "ilocano": ["roman", "aglipayan", "inc"], "sinhala": ["buddhist", "catholic"], "hmong": ["animist", "protestant"],
             "nepali": ["hindu", "buddhist"], "srilankan": ["buddhist"], "cambodian": ["buddhist"], "kyrgyz": ["muslim"]}
REL = {  # key -> (fr fem, fr masc, en, ko)
    "orthodox": ("orthodoxe", "orthodoxe", "Orthodox Christian", "정교회"),
    "catholic": ("catholique", "catholique", "Catholic", "천주교"),
    "nazarene": ("nazaréenne", "nazaréen", "Church of the Nazarene", "나사렛교회"),
    "muslim": ("musulmane", "musulman", "Muslim", "이슬람교"),
    "roman": ("catholique romaine", "catholique romain", "Roman Catholic", "로마 가톨릭"),
    "aglipayan": ("aglipayenne", "aglipayen", "Aglipayan", "필리핀 독립교회"),
    "inc": ("membre de l'Iglesia ni Cristo", "membre de l'Iglesia ni Cristo", "Iglesia ni Cristo", "이글레시아 니 크리스토"),
    "buddhist": ("bouddhiste", "bouddhiste", "Buddhist", "불교"),
    "animist": ("animiste", "animiste", "Animist (ancestor worship)", "조상 숭배"),
    "protestant": ("protestante", "protestant", "Protestant", "개신교"),
    "hindu": ("hindoue", "hindou", "Hindu", "힌두교"),
    "none": ("sans religion", "sans religion", "No religion", "무교"),
}
SIDE_EMPLOYERS = {"fr": ["Friterie Chez Momo", "Taxis Tonton Djo", "Maraîchage Chez Dédée", "Kebab Chez Riri"],
                  "en": ["Auntie Nena's Bakeshop", "Big Jun's Scaffolding", "Uncle Ray's Packhouse"],
                  "ko": ["영숙이네 식당", "춘자네 농장", "덕배네 철공소"]}
TENURE = {"fr": ["{n} ans d'expérience", "{n} ans de missions", "{n} ans dans le métier"],
          "en": ["{n} years' experience", "{n} years in the trade", "{n} years of agency work"],
          "ko": ["경력 {n}년", "{n}년 경력", "이 분야 {n}년"]}
TRADE_TENURE = {
    "care": ("{n} ans en EHPAD", "{n} years in care homes", "요양원 {n}년"),
    "logistics": ("{n} ans en entrepôt", "{n} years in packhouses", "물류창고 {n}년"),
    "kitchen": ("{n} ans en cuisine collective", "{n} years in canteens", "급식실 {n}년"),
    "cleaning": ("{n} ans de nettoyage industriel", "{n} years of industrial cleaning", "공장 청소 {n}년"),
    "driving": ("{n} ans de poids lourd", "{n} years of HGV driving", "화물차 {n}년"),
    "building": ("{n} ans sur chantier", "{n} years on building sites", "건설 현장 {n}년"),
}
TONGUES = {"aromanian": "Aroumain (C2, parlé à la maison)", "kashubian": "Cachoube (C2, parlé à la maison)",
           "sardinian": "Sarde (logudorais)", "capeverdean": "Créole cap-verdien (kriolu)", "rif": "Tarifit (rifain)",
           "serer": "Sérère", "ilocano": "Ilocano (native)", "sinhala": "Sinhala (native)", "hmong": "Hmong (native)"}
COMMON_TONGUES = {"fr": ["Anglais (B1)", "Portugais : courant", "Italien : notions", "Allemand (A2)"],
                  "en": ["Tagalog (fluent)", "Tamil (basic)", "French (A2)", "Vietnamese (fluent)"],
                  "ko": ["한국어 (EPS-TOPIK 180점)", "한국어 (기초)", "영어 (중급)", "러시아어 (유창)"]}
EXTRA = {"fr": "extra", "en": "weekend job", "ko": "주말 아르바이트"}
AGENCY = {"fr": "Flandre Littoral Intérim", "en": "Fenland Labour Solutions", "ko": "서해 인력"}
ABROAD = {  # origin -> (employer abroad, place abroad) of a former job at home
    "aromanian": [("SC Agromec Cogealac SRL", "Cogealac"), ("SC Transcar Dobrogea SRL", "Medgidia")],
    "kashubian": [("Przetwórnia Ryb Władysławowo", "Władysławowo"), ("Kaszubskie Meble sp. z o.o.", "Sierakowice")],
    "sardinian": [("Caseificio Sos Pastores", "Macomer"), ("Cantina Su Nuraghe", "Dorgali")],
    "capeverdean": [("Hotel Morabeza Espargos", "Espargos"), ("Pescaria Calheta Lda", "Calheta de São Miguel")],
    "rif": [("Conserverie Beni Ansar Sardine", "Beni Ansar"), ("Coopérative Agricole Tamasint", "Tamasint")],
    "serer": [("Pêcheries de Palmarin", "Palmarin"), ("Salins du Sine", "Foundiougne")],
    "ilocano": [("Ilocos Tobacco Cooperative", "San Nicolas"), ("Paoay Lake Resort", "Paoay")],
    "sinhala": [("Dambulla Fresh Produce (Pvt) Ltd", "Dambulla"), ("Kegalle Rubber Mills", "Kegalle")],
    "hmong": [("Sa Pa Brocade Cooperative", "Lào Chải"), ("Bac Ha Tea Company", "Bắc Hà")],
    "nepali": [("카트만두 봉제공장", "카트만두"), ("포카라 호텔", "포카라")],
    "srilankan": [("콜롬보 수산", "콜롬보"), ("캔디 차 농장", "캔디")],
    "cambodian": [("프놈펜 봉제공장", "프놈펜"), ("시엠립 호텔", "시엠립")],
    "kyrgyz": [("비슈케크 건설", "비슈케크"), ("카라콜 농장", "카라콜")],
}
STAMP = {"fr": "[Cachet de l'entreprise]", "en": "[Company seal]", "ko": "[직인]"}

E9_TRADES = ("logistics", "cleaning", "building", "kitchen", "mechanics")
FAMILY_ODDS = {"sex": 0.6, "age": 0.7, "birth": 0.7, "residence": 0.85, "nationality": 0.7, "religion": 0.6,
               "family": 0.7, "health": 0.6}
PERSONAL14 = ("sex", "age", "birth", "nationality", "family", "health", "religion")


# --- the blind14 sheet -----------------------------------------------------------------------------------------------
class Blind14Sheet(RenderedSheet):
    """A Sheet whose personal details are written in this split's wording: 'pair' gives (label, value), 'me' a clause
    in the author's voice, 'she' a clause about the author."""

    def render(self, family: str, mode: str):
        return RENDER14[family](self, mode)


def draw(rng, lang: str, sex: str, origin: str = "") -> tuple[str, str, str]:
    """(origin, first, last) of someone writing in lang, or of an origin."""
    return draw_name(rng, NAMES, WEIGHTS, lang, sex, origin)


def renew(s: Sheet, trade=None) -> None:
    """Give the sheet's person an identity of this split (name, contact, home, birth place, nationality, religion,
    health, families to reveal, places of past jobs), drawn from the sheet's random source."""
    p, rng, lang = s.p, s.rng, s.lang
    origin, first, last = draw(rng, lang, p.sex)
    p.b14_origin, p.hanja = origin, ""
    if lang == "ko":
        p.first, p.last, p.hangul = first, last, f"{first} {last}"
        p.email, p.phone, p.linkedin = _contact(rng, lang, LATIN[first], LATIN[last], "")
    else:
        p.first, p.last, p.hangul = first, last, ""
        p.email, p.phone, p.linkedin = _contact(rng, lang, first, last, "")
    if trade is None and lang == "ko" and p.trade.key not in E9_TRADES:  # an E-9 visa is for manual work
        trade = rng.choice([x for x in D.TRADES if x.key in E9_TRADES])
    if trade is not None and p.trade is not trade:
        p.trade = trade
        p.jobs = _jobs(rng, lang, trade, p.born, p.years, "\0")
    if lang == "fr":
        town, pc = rng.choice(FR_TOWNS)
        p.b14_home = {"town": town, "pc": pc, "street": f"{rng.randint(1, 88)} {rng.choice(FR_STREETS)}"}
        places = FR_JOB_PLACES
    elif lang == "en":
        town, code, region = rng.choice(EN_TOWNS)
        pc = f"{code} {rng.randint(1, 9)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"
        p.b14_home = {"town": town, "pc": pc, "region": region, "street": f"{rng.randint(1, 140)} {rng.choice(EN_STREETS)}"}
        places = EN_JOB_PLACES
    else:
        i = rng.randrange(len(KO_TOWNS))
        region, short = KO_TOWNS[i]
        p.b14_home = {"town": short, "region": region, "street": f"{KO_ROADS[i]} {rng.randint(1, 300)}"}
        places = [x for x in KO_JOB_PLACES if short not in x]
    for job, place in zip(p.jobs, rng.sample(places, len(p.jobs))):
        job.place = place
    if p.sex == "M":
        for job in p.jobs:
            if job.en_female:
                job.en, job.en_female = rng.choice(p.trade.en_titles), False
    p.birth_place = rng.choice(BIRTH[origin])
    p.b14_nat = COUNTRY[origin] if lang != "fr" or rng.random() < 0.8 else "FR"
    p.religion = rng.choice(RELIGIONS[origin])
    p.b14_height = rng.randint(152, 168) if p.sex == "F" else rng.randint(160, 184)
    p.b14_weight = rng.randint(48, 70) if p.sex == "F" else rng.randint(56, 90)
    p.health = rng.choice(["body", "body", "rqth", "restrict", "blood"])
    p.b14_abroad = rng.choice(ABROAD[origin])
    chosen = {f for f, odds in FAMILY_ODDS.items() if rng.random() < odds}
    while len(chosen) < 4:
        chosen.add(_weighted(rng, FAMILY_ODDS))
    p.families = chosen | {"name"} | ({"contact"} if rng.random() < 0.95 else set())


def blind14(langs=LANGS, trade=None):
    """Register a layout of this split: the sheet gets its identity first (the trade if given)."""
    def deco(fn):
        @functools.wraps(fn)
        def run(s: Sheet) -> str:
            s.__class__ = Blind14Sheet
            renew(s, trade)
            return fn(s)
        layout(langs, split=SPLIT)(run)
        return run
    return deco


# --- identity numbers that carry the birth date and the sex -------------------------------------------------------
def _digits(s: Sheet, n: int) -> str:
    return "".join(str(s.rng.randint(0, 9)) for _ in range(n))


def nir(s: Sheet, spaced: bool = True) -> str:
    """The French NIR: sex, year, month, 99 and the INSEE code of the country of birth abroad, order, key."""
    p = s.p
    country = NATS[COUNTRY[p.b14_origin]][4]
    body = f"{2 if s.female else 1}{p.born.year % 100:02d}{p.born.month:02d}99{country}{_digits(s, 3)}"
    key = 97 - int(body) % 97
    if not spaced:
        return f"{body}{key:02d}"
    return f"{body[0]} {body[1:3]} {body[3:5]} {body[5:7]} {body[7:10]} {body[10:13]} {key:02d}"


def cnp(s: Sheet) -> str:
    """A Romanian CNP: sex and century, YYMMDD, county 13 or 36, order, check digit."""
    b = s.p.born
    body = f"{(2 if s.female else 1) + (4 if b.year >= 2000 else 0)}{b:%y%m%d}{s.pick(['13', '36'])}{_digits(s, 3)}"
    total = sum(int(d) * int(w) for d, w in zip(body, "279146358279"))
    return body + str(1 if total % 11 == 10 else total % 11)


def pesel(s: Sheet) -> str:
    """A Polish PESEL: YYMMDD (month + 20 after 2000), order, sex digit (even for a woman), check digit."""
    b = s.p.born
    sex = s.pick("02468" if s.female else "13579")
    body = f"{b.year % 100:02d}{b.month + (20 if b.year >= 2000 else 0):02d}{b.day:02d}{_digits(s, 3)}{sex}"
    return body + str((10 - sum(int(d) * w for d, w in zip(body, (1, 3, 7, 9, 1, 3, 7, 9, 1, 3))) % 10) % 10)


def _cf_part(word: str, first: bool) -> str:
    letters = [c for c in word.upper() if c.isalpha() and c.isascii()]
    cons = [c for c in letters if c not in "AEIOU"]
    vows = [c for c in letters if c in "AEIOU"]
    if first and len(cons) >= 4:
        cons = [cons[0], cons[2], cons[3]]
    return "".join(cons + vows + ["X"] * 3)[:3]


_CF_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]


def codice_fiscale(s: Sheet) -> str:
    """An Italian codice fiscale: surname and name letters, year, month letter, day (+40 for a woman), place, check."""
    from matchlens.evaluation.placement import ascii_fold

    p, b = s.p, s.p.born
    town = re.split(r" \(", p.birth_place)[0]
    body = (_cf_part(ascii_fold(p.last), False) + _cf_part(ascii_fold(p.first), True) + f"{b.year % 100:02d}"
            + "ABCDEHLMPRST"[b.month - 1] + f"{b.day + (40 if s.female else 0):02d}" + BELFIORE.get(town, "Z100"))
    total = 0
    for i, c in enumerate(body):
        v = int(c) if c.isdigit() else ord(c) - 65
        total += _CF_ODD[v] if i % 2 == 0 else v
    return body + chr(65 + total % 26)


def nic(s: Sheet) -> str:
    """A Sri Lankan NIC: the old 'YYDDD####V' (day of the year + 500 for a woman) or the new twelve digits."""
    b = s.p.born
    doy = b.timetuple().tm_yday + (500 if s.female else 0)
    return f"{b.year % 100:02d}{doy:03d}{_digits(s, 4)}V" if s.chance(0.5) else f"{b.year}{doy:03d}0{_digits(s, 4)}"


def cccd(s: Sheet) -> str:
    """A Vietnamese citizen ID (CCCD): province, century and sex digit, year, six digits."""
    b = s.p.born
    province = VN_PROVINCE.get(s.p.birth_place.split(",")[0], "010")
    return f"{province}{(1 if s.female else 0) + (2 if b.year >= 2000 else 0)}{b.year % 100:02d}{_digits(s, 6)}"


def kg_pin(s: Sheet) -> str:
    """A Kyrgyz personal number (PIN): sex digit (1 a woman, 2 a man), DDMMYYYY, five digits."""
    return f"{1 if s.female else 2}{s.p.born:%d%m%Y}{_digits(s, 5)}"


def arc(s: Sheet) -> str:
    """A Korean 외국인등록번호: YYMMDD-G######, G 5/6 (man / woman born in the 1900s) or 7/8 (2000s)."""
    b = s.p.born
    g = (6 if s.female else 5) + (2 if b.year >= 2000 else 0)
    return f"{b:%y%m%d}-{g}{_digits(s, 6)}"


HOME_ID = {  # origin -> (label fr, label en, label ko, maker) of the home country's number that carries the birth
    "aromanian": ("CNP (code numérique personnel)", "Romanian CNP", "루마니아 개인번호", cnp),
    "kashubian": ("PESEL", "PESEL no.", "폴란드 PESEL", pesel),
    "sardinian": ("Codice fiscale", "Codice fiscale", "이탈리아 납세번호", codice_fiscale),
    "sinhala": ("NIC (Sri Lanka)", "NIC No.", "스리랑카 신분증번호", nic),
    "srilankan": ("NIC (Sri Lanka)", "NIC No.", "스리랑카 신분증번호", nic),
    "hmong": ("CCCD (Viêt Nam)", "Citizen ID (CCCD)", "베트남 신분증번호", cccd),
    "kyrgyz": ("PIN (Kirghizistan)", "Personal No. (PIN)", "키르기스스탄 개인번호", kg_pin),
}


def home_id(s: Sheet) -> tuple[str, str] | None:
    """(label, number) of the home country's identity number that carries the birth date, planted; None if the
    author's country has none."""
    row = HOME_ID.get(s.p.b14_origin)
    if not row:
        return None
    return row[LANGS.index(s.lang)], s.plant("birth", row[3](s))


def social_id(s: Sheet) -> tuple[str, str]:
    """(label, number) of the identity number the country of work gives: the NIR in French and English papers of
    French hiring, the 외국인등록번호 in Korean; planted as 'birth'."""
    if s.lang == "ko":
        return s.pick(["외국인등록번호", "외국인 등록번호"]), s.plant("birth", arc(s))
    label = {"fr": ["N° de sécurité sociale", "N° SS", "NIR", "N° Sécu"],
             "en": ["French social security no.", "NIR (France)", "Sécurité sociale no."]}[s.lang]
    return s.pick(label), s.plant("birth", nir(s, s.chance(0.75)))


# --- names ------------------------------------------------------------------------------------------------------------
def me(s: Sheet, form: str = "plain") -> str:
    """The author's name, planted: 'plain', 'LAST first', 'first', 'last', 'latin' (a passport's capitals)."""
    p = s.p
    if s.lang == "ko":
        if form == "latin":
            return s.plant("name", f"{LATIN[p.last].upper()} {LATIN[p.first].upper()}")
        return s.plant("name", p.first if form == "first" else p.hangul)
    text = {"plain": f"{p.first} {p.last}", "LAST first": f"{p.last.upper()} {p.first}", "first": p.first,
            "last": p.last, "LAST": p.last.upper(), "latin": f"{p.last.upper()} {p.first.upper()}"}[form]
    return s.plant("name", text)


def other(s: Sheet, sex: str | None = None, origin: str = "") -> tuple[str, str, str]:
    """(origin, first, last) of another person (of an origin if given), none of whose words is the author's."""
    for _ in range(30):
        origin, first, last = draw(s.rng, s.lang, sex or s.pick("FM"), origin)
        if not {first, last} & {s.p.first, s.p.last}:
            break
    return origin, first, last


def someone(s: Sheet, form: str = "plain", sex: str | None = None, origin: str = "") -> str:
    """Another person's name (a recruiter, a referee, a signatory, a relative), planted as 'name'."""
    origin, first, last = other(s, sex, origin)
    if s.lang == "ko":
        return s.plant("name", first if form == "first" else f"{first} {last}")
    return s.plant("name", {"first": first, "LAST first": f"{last.upper()} {first}"}.get(form, f"{first} {last}"))


def parent(s: Sheet, sex: str) -> str:
    """A parent's name (the father's carries the author's surname), planted as 'name'."""
    _, first, last = other(s, sex, s.p.b14_origin)
    if s.lang == "ko":
        return s.plant("name", f"{first} {s.p.last if sex == 'M' else last}")
    return s.plant("name", f"{first} {s.p.last if sex == 'M' else last}")


# --- the families in this split's wording -------------------------------------------------------------------------
def capital(text: str) -> str:
    return text[0].upper() + text[1:] if text else text


def bdate(s: Sheet, d: date) -> str:
    """A date of birth in one of the notations people use."""
    if s.lang == "fr":
        return s.pick([f"{d:%d/%m/%Y}", f"{d.day} {FR_MONTHS[d.month - 1]} {d.year}", f"{d:%d.%m.%Y}"])
    if s.lang == "en":
        return s.pick([f"{d:%d/%m/%Y}", f"{d.day} {EN_MONTHS[d.month - 1]} {d.year}", f"{EN_MONTHS[d.month - 1]} {d.day}, "
                       f"{d.year}", f"{d:%m/%d/%Y}"])
    return s.pick([f"{d:%Y.%m.%d}", f"{d.year}년 {d.month}월 {d.day}일", f"{d:%Y-%m-%d}"])


def r_age(s: Sheet, mode: str):
    """Age: '34 ans', '34 years old', '만 34세'."""
    a = s.p.age
    if s.lang == "fr":
        if mode == "pair":
            return "Âge", s.plant("age", f"{a} ans")
        return ("j'ai " if mode == "me" else "a ") + s.plant("age", f"{a} ans")
    if s.lang == "en":
        if mode == "pair":
            return "Age", s.plant("age", s.pick([f"{a} years old", f"{a} yrs"]))
        return ("I am " if mode == "me" else "is ") + s.plant("age", f"{a} years old")
    if mode == "pair":
        return "나이", s.plant("age", s.pick([f"만 {a}세", f"{a}세"]))
    return s.plant("age", f"{a}살") + ("입니다" if mode == "me" else "")


def born_at(s: Sheet) -> str:
    """' à <place>' / ' in <place>' / ' <place>' after a date of birth, planted, half the time."""
    if not s.chance(0.5):
        return ""
    return {"fr": " à ", "en": " in ", "ko": " "}[s.lang] + s.plant("birth", s.p.birth_place)


def r_birth(s: Sheet, mode: str):
    """Date of birth, sometimes with the place."""
    b = s.p.born
    if mode == "pair":
        label = {"fr": "Date de naissance", "en": "Date of birth", "ko": "생년월일"}[s.lang]
        return label, s.plant("birth", bdate(s, b)) + born_at(s)
    if s.lang == "fr":
        return ("je suis " if mode == "me" else "est ") + s.g("née", "né") + " le " + s.plant("birth", bdate(s, b)) + \
            born_at(s)
    if s.lang == "en":
        return ("I was " if mode == "me" else "was ") + "born on " + s.plant("birth", bdate(s, b)) + born_at(s)
    return s.plant("birth", f"{b.year}년") + "에 " + s.plant("birth", s.p.birth_place) + "에서 태어났" + \
        ("습니다" if mode == "me" else "음")


def r_residence(s: Sheet, mode: str):
    """Where the author lives: an address or a town."""
    h = s.p.b14_home
    plant = functools.partial(s.plant, "residence")
    if s.lang == "ko":
        if mode == "pair":
            return "주소", f"{plant(h['region'])} {plant(h['street'])}"
        return plant(h["town"]) + ("에 살고 있습니다" if mode == "me" else "에 거주")
    if mode == "pair":
        label = "Adresse" if s.lang == "fr" else "Address"
        pc = f"{plant(h['pc'])} {plant(h['town'])}" if s.lang == "fr" else f"{plant(h['town'])} {plant(h['pc'])}"
        return label, f"{plant(h['street'])}, {pc}"
    if s.lang == "fr":
        return ("j'habite à " if mode == "me" else "habite à ") + plant(h["town"])
    return ("I live in " if mode == "me" else "lives in ") + plant(h["town"])


def nat_value(s: Sheet, cap: bool = False) -> str:
    """The nationality word in the CV's language, planted (French in the author's gender)."""
    masc, fem, en, ko, _ = NATS[s.p.b14_nat]
    if s.lang == "fr":
        return s.gv("nationality", capital(fem) if cap else fem, capital(masc) if cap else masc, sex=False)
    return s.plant("nationality", en if s.lang == "en" else ko)


def r_nationality(s: Sheet, mode: str):
    """Nationality: 'roumaine', 'Sri Lankan', '네팔 국적'."""
    if mode == "pair":
        return {"fr": "Nationalité", "en": "Nationality", "ko": "국적"}[s.lang], nat_value(s, True)
    if s.lang == "fr":
        return ("je suis de nationalité " if mode == "me" else "est de nationalité ") + nat_value(s)
    if s.lang == "en":
        return ("I am a " if mode == "me" else "is a ") + s.plant("nationality", f"{NATS[s.p.b14_nat][2]} citizen")
    return s.plant("nationality", f"{NATS[s.p.b14_nat][3]} 국적") + ("입니다" if mode == "me" else "")


def r_religion(s: Sheet, mode: str):
    """Religion as a field or a clause."""
    fem, masc, en, ko = REL[s.p.religion]
    if mode == "pair":
        label = {"fr": "Religion", "en": "Religion", "ko": "종교"}[s.lang]
        value = s.gv("religion", capital(fem), capital(masc), sex=False) if s.lang == "fr" else \
            s.plant("religion", en if s.lang == "en" else ko)
        return label, value
    if s.lang == "fr":
        return ("je suis " if mode == "me" else "est ") + s.gv("religion", fem, masc, sex=False)
    if s.lang == "en":
        return ("my religion is " if mode == "me" else "religion: ") + s.plant("religion", en)
    return "종교는 " + s.plant("religion", ko) + ("입니다" if mode == "me" else "")


FR_STATUS = {"single": ("célibataire",) * 2, "married": ("mariée", "marié"), "pacs": ("pacsée", "pacsé"),
             "divorced": ("divorcée", "divorcé"), "widowed": ("veuve", "veuf"), "couple": ("en concubinage",) * 2}
EN_STATUS = {"single": "Single", "married": "Married", "pacs": "Married", "divorced": "Separated", "widowed": "Widowed",
             "couple": "Living in"}
KO_STATUS = {"single": "미혼", "married": "기혼", "pacs": "기혼", "divorced": "이혼", "widowed": "사별", "couple": "미혼"}
FR_KIDS = {1: "un enfant", 2: "deux enfants", 3: "trois enfants", 4: "quatre enfants"}
EN_KIDS = {1: "one child", 2: "two children", 3: "three children", 4: "four children"}


def kids(s: Sheet) -> str:
    """The number of children, planted."""
    n = s.p.children
    text = {"fr": s.pick([FR_KIDS[n], f"{n} enfant{'s' if n > 1 else ''}"]),
            "en": s.pick([EN_KIDS[n], f"{n} {'children' if n > 1 else 'child'}"]), "ko": f"자녀 {n}명"}[s.lang]
    return s.plant("family", text)


def r_family(s: Sheet, mode: str):
    """Marital status and children."""
    p, n = s.p, s.p.children
    if s.lang == "fr":
        fem, masc = FR_STATUS[p.marital]
        status = s.gv("family", capital(fem) if mode == "pair" else fem, capital(masc) if mode == "pair" else masc)
        tail = f", {kids(s)}" if n else ""
        if mode == "pair":
            return "Situation familiale", status + tail
        return ("je suis " if mode == "me" else "est ") + status + tail
    if s.lang == "en":
        status = s.plant("family", EN_STATUS[p.marital] if mode == "pair" else EN_STATUS[p.marital].lower())
        tail = f", {kids(s)}" if n else ""
        if mode == "pair":
            return "Civil status", status + tail
        return ("I am " if mode == "me" else "is ") + status + tail
    status = s.plant("family", KO_STATUS[p.marital])
    tail = f", {kids(s)}" if n else ""
    if mode == "pair":
        return "결혼 여부", status + tail
    return status + tail + ("입니다" if mode == "me" else "")


HEALTH_TEXT = {
    "rqth": (("reconnue travailleuse handicapée (RQTH)", "reconnu travailleur handicapé (RQTH)"),
             "registered disabled (RQTH in France)", "장애인 등록 (청각장애)"),
    "restrict": ("apte avec restrictions (pas de port de charges)", "fit for work with restrictions (no lifting)",
                 "중량물 작업 제한 (허리 디스크)"),
    "blood": ("diabétique de type 1", "type 1 diabetic", "당뇨 치료 중"),
}


def body_sizes(s: Sheet) -> list[str]:
    """Height and weight as the author's convention writes them, both planted as 'health'."""
    p = s.p
    if s.lang == "fr":
        return [s.plant("health", f"{p.b14_height // 100},{p.b14_height % 100:02d} m"), s.plant("health", f"{p.b14_weight} kg")]
    if s.lang == "en":
        feet, inch = divmod(round(p.b14_height / 2.54), 12)
        return [s.plant("health", s.pick([f"{feet}'{inch}\"", f"{p.b14_height} cm"])), s.plant("health", f"{p.b14_weight} kg")]
    return [s.plant("health", f"{p.b14_height}cm"), s.plant("health", f"{p.b14_weight}kg")]


def r_health(s: Sheet, mode: str):
    """Health: height and weight, a disability, a restriction, an illness."""
    label = {"fr": "Santé", "en": "Health", "ko": "건강"}[s.lang]
    if s.p.health == "body":
        h, w = body_sizes(s)
        word = {"fr": ("Taille", "Poids"), "en": ("Height", "Weight"), "ko": ("키", "몸무게")}[s.lang]
        if mode == "pair":
            return f"{word[0]} / {word[1]}", f"{h} / {w}"
        if mode == "she":
            return {"fr": f"mesure {h} pour {w}", "en": f"is {h} tall and weighs {w}", "ko": f"키 {h}, 몸무게 {w}"}[s.lang]
        return {"fr": f"je mesure {h} pour {w}", "en": f"I am {h} tall and weigh {w}",
                "ko": f"키 {h}, 몸무게 {w}입니다"}[s.lang]
    value = HEALTH_TEXT[s.p.health][LANGS.index(s.lang)]
    planted = s.gv("health", *value, sex=True) if isinstance(value, tuple) else s.plant("health", value)
    if mode == "pair":
        return label, planted
    if mode == "she":
        return {"fr": "est " if s.p.health == "rqth" else "a signalé : ", "en": "has told us: ", "ko": "건강: "}[s.lang] + \
            planted
    return {"fr": "je suis " if s.p.health == "rqth" else "je vous signale : ", "en": "I should mention: ",
            "ko": "참고로 "}[s.lang] + planted


def r_sex(s: Sheet, mode: str):
    """Sex: a field or a clause."""
    f = s.female
    if mode == "pair":
        label, words = {"fr": ("Sexe", ("Féminin", "Masculin")), "en": ("Sex", ("Female", "Male")),
                        "ko": ("성별", ("여성", "남성"))}[s.lang]
        return label, s.plant("sex", words[0] if f else words[1])
    return {"fr": "je suis " if mode == "me" else "est ", "en": "I am " if mode == "me" else "is ", "ko": ""}[s.lang] + \
        s.plant("sex", {"fr": ("une femme", "un homme"), "en": ("a woman", "a man"), "ko": ("여성", "남성")}[s.lang][
            0 if f else 1])


RENDER14 = {"sex": r_sex, "age": r_age, "birth": r_birth, "residence": r_residence, "nationality": r_nationality,
            "religion": r_religion, "family": r_family, "health": r_health}


# --- job sections ---------------------------------------------------------------------------------------------------
def tenure(s: Sheet) -> str:
    """Years in a kind of workplace ('10 ans en EHPAD', '9 years in care homes', '요양원 7년'): a fact."""
    own = TRADE_TENURE.get(s.p.trade.key)
    pool = TENURE[s.lang] + ([own[LANGS.index(s.lang)]] * 3 if own else [])
    return s.fact(s.pick(pool).format(n=s.p.years))


def side(s: Sheet) -> tuple[str, str]:
    """(employer named after a person, place): a small job, both facts."""
    places = {"fr": FR_JOB_PLACES, "en": EN_JOB_PLACES, "ko": KO_JOB_PLACES}[s.lang]
    used = {j.place for j in s.p.jobs}
    home = s.p.b14_home["town"]
    return s.fact(s.pick(SIDE_EMPLOYERS[s.lang])), s.fact(s.pick([x for x in places if x not in used and home not in x]))


def abroad(s: Sheet) -> tuple[str, str]:
    """(employer, place) of the job at home before coming, both facts."""
    emp, place = s.p.b14_abroad
    return s.fact(emp), s.fact(place)


def tongues(s: Sheet) -> list[str]:
    """Languages spoken (facts): the home language sometimes, and a common one."""
    own = TONGUES.get(s.p.b14_origin)
    out = [own] if own and s.chance(0.6) else []
    out.append(s.pick(COMMON_TONGUES[s.lang]))
    return [s.fact(x) for x in out]


def rest(s: Sheet, mode: str = "bare", skip: tuple[str, ...] = ()) -> list[str]:
    """Every family this CV reveals and has not written yet (residence first), but those skipped."""
    res = s.bit("residence", mode) if "residence" not in skip else None
    return ([res] if res else []) + s.bits([f for f in PERSONAL14 if f not in skip], mode)


def sentence(s: Sheet, text: str) -> str:
    """A clause as a sentence: capital first, full stop last; a marker it opens with recorded capitalised too."""
    text = text.strip()
    if capital(text) != text:
        s.markers[:] = [replace(m, value=capital(m.value), also=(*m.also, m.value)) if text.startswith(m.value) else m
                        for m in s.markers]
    return capital(text) + ("" if text.endswith((".", "!", "?")) else ".")


def appos(clause: str) -> str:
    """A third-person clause as an apposition: 'est née le …' -> 'née le …', 'was born on …' -> 'born on …'."""
    for lead in ("est ", "was ", "is "):
        if clause.startswith(lead):
            return clause[len(lead):]
    return clause


def cv_body(s: Sheet, sep: str = " – ") -> list[str]:
    """The jobs (the one abroad last), a side job, diplomas, skills, licence, languages, tenure and availability."""
    emp, where = side(s)
    a_emp, a_place = abroad(s)
    return [s.h("exp"), *[job_line(s, j, sep) for j in s.p.jobs], f"{a_emp}, {a_place}", f"{EXTRA[s.lang]}{sep}{emp}, "
            f"{where}", "", s.h("edu"), *education(s), "", s.h("skills"), ", ".join(skills(s)),
            f"{s.h('lic')}{s.sep}{licence(s)}", f"{s.h('langs')}{s.sep}{', '.join(tongues(s))}", tenure(s),
            availability(s)]


def contacts(s: Sheet) -> list[str]:
    """The phone and the e-mail (planted), when the CV carries contact details."""
    return [s.plant("contact", x) for x in (s.p.phone, s.p.email) if "contact" in s.p.families]


def pair_lines(s: Sheet, families=None, sep: str | None = None) -> list[str]:
    """'label : value' lines of the families not written yet."""
    sep = s.sep if sep is None else sep
    return [f"{a}{sep}{b}" for a, b in (s.pairs(families) if families else s.pairs())]


# --- 1. a contrat de mission (the agency's paper) ------------------------------------------------------------------
MISSION = {
    "fr": ("CONTRAT DE MISSION N° {n}", "Entreprise de travail temporaire : {a}", "LE SALARIÉ TEMPORAIRE",
           "Nom / Prénom", "L'ENTREPRISE UTILISATRICE", "Raison sociale", "Lieu de mission", "Qualification",
           "Motif du recours : accroissement temporaire d'activité", "Durée", "Habilitations exigées",
           "Observations de l'agence", "Fait à Dunkerque, pour l'agence : "),
    "en": ("ASSIGNMENT SCHEDULE No. {n}", "Employment business: {a}", "THE AGENCY WORKER", "Full name", "THE HIRER",
           "Client", "Place of work", "Position", "Reason: seasonal peak", "Duration", "Licences required",
           "Agency notes", "Signed for the agency: "),
    "ko": ("파견근로 표준근로계약서 (외국인근로자용) 제{n}호", "파견사업주: {a}", "근로자", "성명", "사용사업주", "업체명",
           "근무 장소", "업무 내용", "파견 사유: 일시적 인력 부족", "계약 기간", "필요 자격", "담당자 메모", "파견사업주 담당: "),
}


@blind14()
def contrat_mission(s: Sheet) -> str:
    """A contrat de mission / assignment schedule / 파견 근로계약서 on the agency's paper: the worker's block (name,
    born on, place of birth, nationality, the NIR or 외국인등록번호, address), the client's (employer, place of the
    mission - facts), qualification, duration, licences required, the agency's notes (family, health at the medical
    visit, faith in the recruiter's words) and the signatory."""
    t = MISSION[s.lang]
    j = s.p.jobs[0]
    lines = [t[0].format(n=_digits(s, 6)), t[1].format(a=AGENCY[s.lang]), "", t[2],
             f"{t[3]}{s.sep}{me(s, 'LAST first' if s.lang != 'ko' else 'plain')}"]
    if s.lang == "ko":
        lines.append(f"영문 성명{s.sep}{me(s, 'latin')}")
    lines += pair_lines(s, ("sex", "birth", "age", "nationality"))
    lab, num = social_id(s)
    lines.append(f"{lab}{s.sep}{num}")
    labels = {"fr": ("Tél.", "E-mail"), "en": ("Mobile", "Email"), "ko": ("휴대폰", "이메일")}[s.lang]
    lines += pair_lines(s, ("residence",)) + [f"{a}{s.sep}{c}" for a, c in zip(labels, contacts(s))]
    lines += ["", t[4], f"{t[5]}{s.sep}{s.fact(j.employer)}", f"{t[6]}{s.sep}{s.fact(j.place)}",
              f"{t[7]}{s.sep}{title_text(s, j)}", t[8], f"{t[9]}{s.sep}{job_dates(s, j, fact=True)}",
              f"{t[10]}{s.sep}{licence(s)}", f"{s.h('exp')}{s.sep}{tenure(s)}", availability(s), "", t[11]]
    emp, where = side(s)
    lines += [f"- {x}" for x in rest(s, "she")] + [f"- {emp} ({where})", f"- {', '.join(skills(s, 2))}", "",
                                                    t[12] + someone(s)]
    return "\n".join(lines)


# --- 2. a CERFA contrat de professionnalisation flattened ------------------------------------------------------------
def boxes(text: str) -> str:
    """'12/03/1985' -> '|1|2|0|3|1|9|8|5|' as a form's boxes read."""
    return "|" + "|".join(c for c in text if c.isdigit()) + "|"


@blind14(langs=("fr",))
def cerfa_pro(s: Sheet) -> str:
    """A CERFA contrat de professionnalisation (EJ20) flattened to text: numbered boxes ('Né(e) le |1|2|0|3|1|9|8|5|'),
    ticks ('☒ F ☐ M'), the NIR, nationality as a coded tick, 'Reconnaissance travailleur handicapé : ☒ oui', the
    tutor's name, the employer and the diploma prepared (facts)."""
    p = s.p
    j = p.jobs[0]
    sex = (s.plant("sex", "☒ F") + " ☐ M") if s.female else ("☐ F " + s.plant("sex", "☒ M"))
    lines = ["cerfa N° 12434*03", "CONTRAT DE PROFESSIONNALISATION", "", "L'EMPLOYEUR",
             f"Dénomination : {s.fact(j.employer)}", f"Lieu d'exécution : {s.fact(j.place)}", "", "LE SALARIÉ",
             f"1 Nom de naissance : {me(s, 'LAST')}", f"2 Prénom : {me(s, 'first')}", f"3 Sexe : {sex}",
             f"4 Né(e) le : {s.plant('birth', boxes(f'{p.born:%d/%m/%Y}'))}",
             f"5 Département de naissance : {s.plant('birth', '099')}",
             f"6 Commune de naissance : {s.plant('birth', p.birth_place)}"]
    s.done |= {"sex", "birth"}
    nat = {"FR": "1 française"}.get(p.b14_nat, "2 Union européenne" if COUNTRY[p.b14_origin] in ("RO", "PL", "IT")
                                    else "3 étrangère hors UE")
    lines += [f"7 Nationalité : {s.plant('nationality', nat)} ({nat_value(s)})",
              f"8 NIR : {s.plant('birth', nir(s))}"]
    s.done.add("nationality")
    res = s.pair("residence")
    if res:
        lines.append(f"9 {res[0]} : {res[1]}")
    lines += [f"10 {c}" for c in contacts(s)]
    if s.take("health"):
        hv = r_health(s, "pair")[1]
        lines.append(f"11 Reconnaissance travailleur handicapé : ☒ oui — {hv}")
    else:
        lines.append("11 Reconnaissance travailleur handicapé : ☐ oui ☒ non")
    lines += [f"12 {a} : {b}" for a, b in s.pairs(("age", "family", "religion"))]
    lines += ["13 Situation avant ce contrat : ☒ demandeur d'emploi", f"14 Dernier diplôme obtenu : {diploma(s)}", "",
              "LE TUTEUR", f"Nom et prénom : {someone(s, 'LAST first')}", f"Emploi occupé : {title_text(s, j)}", "",
              "LA FORMATION", f"Qualification visée : {licence(s)}", f"Durée de l'action : {s.fact('455 heures')}",
              f"Expérience : {tenure(s)}", f"Compétences : {', '.join(skills(s, 2))}", availability(s), "",
              "Fait à Dunkerque le 15/09/2024 — Signature du salarié : " + me(s, "plain")]
    return "\n".join(lines)


# --- 3. a CV in the convention of the author's country, translated ---------------------------------------------------
CONVENTION = {  # origin -> (title, heading of the personal block, {family: label}, parents' labels or None)
    "aromanian": ("CURRICULUM VITAE", "Date personale / Informations personnelles",
                  {"birth": "Data și locul nașterii / Date et lieu de naissance", "family": "Stare civilă / État civil",
                   "nationality": "Cetățenie / Citoyenneté", "religion": "Religie / Religion",
                   "residence": "Domiciliu / Domicile", "sex": "Sex", "age": "Vârsta / Âge", "health": "Stare de sănătate"},
                  ("Numele tatălui / Nom du père", "Numele mamei / Nom de la mère")),
    "kashubian": ("ŻYCIORYS / CV", "Dane osobowe / Données personnelles",
                  {"birth": "Data urodzenia / Date de naissance", "family": "Stan cywilny / État civil",
                   "nationality": "Obywatelstwo / Nationalité", "religion": "Wyznanie / Confession",
                   "residence": "Adres zamieszkania / Adresse", "sex": "Płeć / Sexe", "age": "Wiek / Âge",
                   "health": "Stan zdrowia / Santé"}, ("Imię ojca / Prénom du père", "Imię matki / Prénom de la mère")),
    "sardinian": ("CURRICULUM VITAE ET STUDIORUM", "Dati personali / Informations personnelles",
                  {"birth": "Luogo e data di nascita / Lieu et date de naissance", "family": "Stato civile / État civil",
                   "nationality": "Cittadinanza", "religion": "Religione", "residence": "Residenza", "sex": "Sesso",
                   "age": "Età", "health": "Salute"}, None),
    "capeverdean": ("CURRICULUM VITAE", "Dados pessoais / Données personnelles",
                    {"birth": "Naturalidade e data de nascimento", "family": "Estado civil / État civil",
                     "nationality": "Nacionalidade", "religion": "Religião", "residence": "Morada / Adresse",
                     "sex": "Sexo", "age": "Idade / Âge", "health": "Saúde"}, ("Filiação : pai", "mãe")),
    "rif": ("CURRICULUM VITAE", "INFORMATIONS PERSONNELLES",
            {"birth": "Date et lieu de naissance", "family": "Situation familiale", "nationality": "Nationalité",
             "religion": "Religion", "residence": "Adresse", "sex": "Sexe", "age": "Âge", "health": "Santé"},
            ("Fils/Fille de", "et de")),
    "serer": ("CURRICULUM VITAE", "ÉTAT CIVIL",
              {"birth": "Né(e) le", "family": "Situation matrimoniale", "nationality": "Nationalité",
               "religion": "Religion", "residence": "Adresse", "sex": "Sexe", "age": "Âge", "health": "Santé"},
              ("Père", "Mère")),
    "ilocano": ("BIO-DATA / RESUME", "PERSONAL DATA",
                {"birth": "Date of Birth", "family": "Civil Status", "nationality": "Citizenship", "religion": "Religion",
                 "residence": "Home Address", "sex": "Sex", "age": "Age", "health": "Height / Weight"},
                ("Father's Name", "Mother's Maiden Name")),
    "sinhala": ("CURRICULUM VITAE", "PERSONAL INFORMATION",
                {"birth": "Date of Birth", "family": "Civil Status", "nationality": "Nationality", "religion": "Religion",
                 "residence": "Permanent Address", "sex": "Gender", "age": "Age", "health": "Health"},
                ("Father's Name", "Mother's Name")),
    "hmong": ("CURRICULUM VITAE (SƠ YẾU LÝ LỊCH)", "PERSONAL BACKGROUND",
              {"birth": "Date of birth", "family": "Marital status", "nationality": "Nationality", "religion": "Religion",
               "residence": "Address", "sex": "Gender", "age": "Age", "health": "Health status"},
              ("Father", "Mother")),
}
KO_CONVENTION = ("이 력 서 (외국인 근로자)", "인적사항",
                 {"birth": "생년월일", "family": "혼인 여부", "nationality": "국적", "religion": "종교", "residence": "주소",
                  "sex": "성별", "age": "나이", "health": "신체 (키/몸무게)"}, ("부", "모"))


@blind14()
def home_convention(s: Sheet) -> str:
    """A CV written in the convention of the author's country and translated (or bilingual labels): the personal
    block first, in that convention's order and labels ('Stare civilă / État civil', 'Dane osobowe', 'Dados pessoais',
    'PERSONAL DATA: Civil Status, Religion, Height / Weight', '인적사항'), the parents named ('Numele tatălui',
    "Father's Name", 'Filiação'), the home identity number (CNP, PESEL, codice fiscale, NIC, CCCD, PIN), then the
    career with the job at home, and a declaration signed."""
    conv = KO_CONVENTION if s.lang == "ko" else CONVENTION[s.p.b14_origin]
    title, head, labels, parents = conv
    label = {"fr": "Nom et prénom", "en": "Name", "ko": "성명"}[s.lang]
    lines = [title, "", head, f"{label}{s.sep}{me(s, 'LAST first' if s.lang != 'ko' else 'plain')}"]
    for fam in ("birth", "sex", "age", "family", "nationality", "religion", "health", "residence"):
        x = s.pair(fam)
        if x:
            lines.append(f"{labels[fam]}{s.sep}{x[1]}")
    hid = home_id(s)
    if hid:
        lines.append(f"{hid[0]}{s.sep}{hid[1]}")
    if parents:
        lines += [f"{parents[0]}{s.sep}{parent(s, 'M')}", f"{parents[1]}{s.sep}{parent(s, 'F')}"]
    lines += contacts(s)
    decl = {"fr": "Je certifie l'exactitude des renseignements ci-dessus.", "en": "I hereby certify that the above "
            "information is true and correct to the best of my knowledge.", "ko": "위 내용은 사실과 다름없음을 확인합니다."}
    ref = {"fr": "Référence", "en": "Character reference", "ko": "추천인"}[s.lang]
    return "\n".join(lines + ["", *cv_body(s), "", *rest(s), f"{ref}{s.sep}{someone(s)}", "", decl[s.lang],
                               me(s, "plain")])


# --- 4. a bilingual CV: the same facts twice -----------------------------------------------------------------------
BI = {"fr": ("fr", "en"), "en": ("en", "fr"), "ko": ("ko", "en")}
BI_HEAD = {"fr": {"exp": "Expérience", "edu": "Formation", "lic": "Permis", "avail": "Disponibilité"},
           "en": {"exp": "Experience", "edu": "Education", "lic": "Licences", "avail": "Availability"},
           "ko": {"exp": "경력", "edu": "학력", "lic": "자격증", "avail": "근무 가능"}}


def _bi_block(s: Sheet, lang: str, facts: dict) -> list[str]:
    """One language's half of a bilingual CV, the personal details in that language (planted)."""
    keep = s.lang
    s.lang = lang
    p = s.p
    try:
        out = [s.plant("name", f"{LATIN[p.first]} {LATIN[p.last]}") if keep == "ko" and lang == "en" else me(s)]
        for fam in facts["fams"]:
            if fam == "residence" and keep == "ko" and lang != "ko":
                continue
            r = RENDER14[fam](s, "pair")
            out.append(f"{r[0]}: {r[1]}")
        h = BI_HEAD[lang]
        out += [h["exp"], *[f"{y} – {e}, {pl}" for y, e, pl in facts["jobs"]], h["edu"], facts["dip"],
                f"{h['lic']}: {facts['lic']}", f"{h['avail']}: {facts['avail'][lang]}"]
    finally:
        s.lang = keep
    return out


AVAIL = {"fr": "immédiate", "en": "immediate", "ko": "즉시"}


@blind14()
def bilingual_cv(s: Sheet) -> str:
    """A bilingual CV: the French and the English version one after the other (the English first in English CVs,
    the Korean and English in Korean ones), the same job facts twice and the personal details written in each
    language (both planted: 'mariée' and 'Married'), under a rule; contact once."""
    p = s.p
    fams = [f for f in ("birth", "sex", "age", "nationality", "family", "religion", "health", "residence") if s.has(f)]
    s.done |= set(fams)
    jobs = [(f"{j.start[0]}", s.fact(j.employer), s.fact(j.place)) for j in p.jobs]
    facts = {"fams": fams, "jobs": jobs, "dip": diploma(s), "lic": licence(s),
             "avail": {k: s.fact(AVAIL[k]) for k in BI[s.lang]}}
    first, second = BI[s.lang]
    a, b = _bi_block(s, first, facts), _bi_block(s, second, facts)
    hid = home_id(s)
    tail = [f"{hid[0]}: {hid[1]}"] if hid else []
    tail += ["", *contacts(s), f"{', '.join(skills(s))} · {', '.join(tongues(s))} · {tenure(s)}",
             f"Référence / Reference: {someone(s)}"]
    return "\n".join(a + ["", "—" * 20, ""] + b + tail)


# --- 5. a job-board application export with screening questions ----------------------------------------------------
QUESTIONS = {
    "fr": ("Candidature de {n} pour {t} (H/F) – {pl}", "Réponses aux questions de présélection",
           "Avez-vous le permis ou la certification suivante : {l} ?", "Quel âge avez-vous ?",
           "Êtes-vous autorisé(e) à travailler en France ?", "Où habitez-vous ?",
           "Combien d'années d'expérience avez-vous ?", "Quand pouvez-vous commencer ?", "CV joint (texte extrait)",
           "Oui", "Informations complémentaires"),
    "en": ("Application from {n} for {t} – {pl}", "Answers to screening questions", "Do you hold a {l}?",
           "How old are you?", "Do you have the right to work in the UK?", "Where do you live?",
           "How many years of experience do you have?", "When can you start?", "Resume (extracted text)", "Yes",
           "Additional information"),
    "ko": ("{n} 님의 지원서 – {t} ({pl})", "사전 질문 답변", "{l} 자격증이 있습니까?", "나이가 어떻게 되십니까?",
           "체류자격은 무엇입니까?", "거주지는 어디입니까?", "경력은 몇 년입니까?", "언제부터 근무 가능합니까?",
           "첨부 이력서 (텍스트)", "예", "추가 정보"),
}


@blind14()
def jobboard_export(s: Sheet) -> str:
    """A job-board application (HelloWork / Indeed / 사람인 style) exported to text: 'Candidature de … pour …', the
    screening questions and answers ('Avez-vous le permis … ? Oui', 'Quel âge avez-vous ? 34 ans', 'Êtes-vous
    autorisé(e) à travailler en France ? Oui, titre de séjour', 'Où habitez-vous ?'), the recruiter who viewed it, then
    the CV's extracted text."""
    q = QUESTIONS[s.lang]
    j = s.p.jobs[0]
    lic = licence(s)
    lines = [q[0].format(n=me(s, "plain"), t=title_text(s, j), pl=s.fact(j.place)), "", q[1], f"{q[2].format(l=lic)} {q[9]}"]
    if s.take("age"):
        lines.append(f"{q[3]} {r_age(s, 'pair')[1]}")
    work = {"fr": "Oui, titre de séjour salarié", "en": "Yes, settled status", "ko": "E-9 (비전문취업)"}[s.lang]
    if s.take("nationality"):
        work += f" ({nat_value(s)})"
    lines.append(f"{q[4]} {work}")
    if s.take("residence"):
        h = s.p.b14_home
        lines.append(f"{q[5]} {s.plant('residence', h['town'])}")
    lines += [f"{q[6]} {tenure(s)}", f"{q[7]} {availability(s)}", "",
              {"fr": "Vue par ", "en": "Viewed by ", "ko": "열람: "}[s.lang] + someone(s) +
              {"fr": " (chargé·e de recrutement)", "en": " (recruiter)", "ko": " (채용 담당자)"}[s.lang], "", q[8],
              me(s, "LAST first" if s.lang != "ko" else "plain"), *contacts(s), *pair_lines(s), "", *cv_body(s)]
    extra = rest(s)
    return "\n".join(lines + ([q[10], *extra] if extra else []))


# --- 6. a letter of recommendation from an employer abroad ----------------------------------------------------------
@blind14()
def recommendation_abroad(s: Sheet) -> str:
    """A letter of recommendation from the author's former employer at home, translated: 'Je soussigné …, gérant de
    …, certifie que Mme …, née le … à …, de nationalité …, domiciliée …, a travaillé …', the character the writer
    vouches for (family, faith, health in the writer's words), the signature and the stamp's text."""
    emp, place = abroad(s)
    boss_sex = s.pick("FM")
    boss = someone(s, "plain", boss_sex, s.p.b14_origin)
    j = s.p.jobs[-1]
    she = [appos(x) for x in (s.bit("birth", "she"), s.bit("nationality", "she"), s.bit("residence", "she")) if x]
    after = rest(s, "she")
    if s.lang == "fr":
        head = ["LETTRE DE RECOMMANDATION (traduction)", "", f"Je {'soussignée' if boss_sex == 'F' else 'soussigné'} {boss}, "
                f"{'gérante' if boss_sex == 'F' else 'gérant'} "
                f"de {emp} à {place}, certifie que {me(s, 'plain')}, {', '.join(she)}, a travaillé dans notre "
                f"entreprise en qualité de {title_text(s, j, 'lower')} pendant {tenure(s)}."]
        body = [" ".join(sentence(s, f"{me(s, 'first')} {x}") for x in after) if after else "", f"Sérieux, ponctualité, "
                f"{', '.join(skills(s, 2))}. Titulaire du {licence(s)}. {availability(s)}.",
                "Je la recommande sans réserve." if s.female else "Je le recommande sans réserve."]
        sign = [f"Fait à {place}, le 2 septembre 2024", boss, STAMP["fr"] + f" {emp} — {place}"]
    elif s.lang == "en":
        head = ["LETTER OF RECOMMENDATION", "", "To whom it may concern,", "", f"I, {boss}, manager of {emp} in {place}, "
                f"certify that {me(s, 'plain')}{', ' + ', '.join(she) if she else ''}, worked for us as a "
                f"{title_text(s, j, 'lower')} and has {tenure(s)}."]
        body = [" ".join(sentence(s, f"{me(s, 'first')} {x}") for x in after) if after else "", f"Reliable, punctual, good at "
                f"{', '.join(skills(s, 2))}. Holds a {licence(s)}. {availability(s)}.", "I recommend them without "
                "reservation."]
        sign = [f"{place}, 2 September 2024", boss, f"{STAMP['en']} {emp}, {place}"]
    else:
        head = ["추 천 서", "", f"본인 {boss}은(는) {place} {emp}의 대표로서, {me(s, 'plain')}"
                f"{'(' + ', '.join(she) + ')' if she else ''}이(가) 당사에서 {title_text(s, j)}로 근무하였으며 {tenure(s)}임을 "
                "확인합니다."]
        body = [" ".join(sentence(s, x) for x in after) if after else "", f"{', '.join(skills(s, 2))} 업무에 능숙하며 "
                f"{licence(s)} 자격증이 있습니다. {availability(s)}합니다."]
        sign = ["2024년 9월 2일", f"{emp} 대표 {boss}", STAMP["ko"]]
    tail = ["", "—", me(s, "plain"), *contacts(s)]
    return "\n".join(head + [""] + [b for b in body if b] + [""] + sign + tail)


# --- 7. an attestation de droits à l'assurance maladie with the CV ---------------------------------------------------
@blind14(langs=("fr",))
def droits_attestation(s: Sheet) -> str:
    """An 'attestation de droits à l'assurance maladie' (ameli) sent with the CV: the insured person's name, NIR, date
    of birth, the CPAM, the beneficiaries attached (the children named, with their dates of birth), 'ALD', then the
    CV the candidate pasted below."""
    p = s.p
    lines = ["Attestation de droits à l'assurance maladie", "Caisse primaire d'assurance maladie des Flandres", "",
             "Assuré(e)", f"Nom{s.sep}{me(s, 'LAST')}", f"Prénom{s.sep}{me(s, 'first')}",
             f"Numéro de sécurité sociale{s.sep}{s.plant('birth', nir(s))}",
             f"Date de naissance{s.sep}{s.plant('birth', f'{p.born:%d/%m/%Y}')}"]
    s.done.add("birth")
    if s.take("family") and p.children:
        lines += ["", "Bénéficiaires rattachés"]
        for i in range(min(p.children, 2)):
            child = other(s, None, p.b14_origin)[1]
            lines.append(f"{s.plant('name', child + ' ' + p.last)} — {s.plant('family', 'enfant')} — né(e) en "
                         f"{2012 + i * 3}")
    elif "family" in s.done:
        lines.append(f"Situation{s.sep}{s.gv('family', *FR_STATUS[p.marital])}")
    if s.take("health"):
        lines.append(f"Exonération du ticket modérateur (ALD){s.sep}{r_health(s, 'pair')[1]}")
    lines += ["Droits ouverts jusqu'au 31/12/2024", "", "---", "", me(s, "plain"), *contacts(s), *pair_lines(s), "",
              *cv_body(s), "", *rest(s)]
    return "\n".join(lines)


# --- 8. a biodata sheet for overseas employment -------------------------------------------------------------------------
@blind14(langs=("fr", "en"))
def biodata_sheet(s: Sheet) -> str:
    """A biodata sheet of an overseas-employment agency (Manila, Colombo, Hanoi or a French translation for an
    Aromanian or Serer worker): '[PHOTO 2x2]', name with initials, sex, civil status, height and weight, religion,
    the home ID number, the next of kin named with their relation, an applicant's declaration signed and witnessed."""
    p = s.p
    fr = s.lang == "fr"
    lines = ["FICHE BIODATA — PLACEMENT À L'ÉTRANGER" if fr else "APPLICANT'S BIODATA — OVERSEAS EMPLOYMENT",
             "[PHOTO 2x2]", f"{'Nom complet' if fr else 'Full name'}{s.sep}{me(s, 'LAST first')}",
             f"{'Nom avec initiales' if fr else 'Name with initials'}{s.sep}{p.first[0]}. {me(s, 'last')}"]
    if s.take("health"):
        if p.health == "body":
            h, w = body_sizes(s)
            lines += [f"{'Taille' if fr else 'Height'}{s.sep}{h}", f"{'Poids' if fr else 'Weight'}{s.sep}{w}"]
        else:
            lines.append(f"{'Santé' if fr else 'Medical'}{s.sep}{r_health(s, 'pair')[1]}")
    lines += pair_lines(s, ("sex", "birth", "age", "family", "religion", "nationality"))
    hid = home_id(s)
    if hid:
        lines.append(f"{hid[0]}{s.sep}{hid[1]}")
    kin = {"fr": "Personne à prévenir", "en": "Next of kin"}[s.lang]
    rel = s.pick({"fr": ["père", "frère", "mère"], "en": ["father", "brother", "mother"]}[s.lang])
    lines += [f"{kin}{s.sep}{someone(s, 'plain', 'F' if rel in ('mère', 'mother') else 'M', p.b14_origin)} ({rel})",
              *pair_lines(s, ("residence",)), *contacts(s), "", *cv_body(s), "", *rest(s), "",
              "Je certifie que les informations ci-dessus sont exactes." if fr else
              "I declare that the information given above is true and correct.",
              f"{'Signature du candidat' if fr else 'Applicant signature'}{s.sep}{me(s, 'plain')}",
              f"{'Témoin' if fr else 'Witness'}{s.sep}{someone(s)}"]
    return "\n".join(lines)


# --- 9. the Korean EPS job-seeker roster ---------------------------------------------------------------------------------
@blind14(langs=("ko",))
def eps_roster_ko(s: Sheet) -> str:
    """A 고용허가제 구직자 명부 extract as an employer prints it from the EPS site: 구직번호, 성명 in Latin capitals and in
    Hangul, 성별, 생년월일, 국적, 여권번호 (not a marker), 키 / 몸무게 / 색약 / 혈액형, 종교, 혼인 / 부양가족, 희망 업종,
    한국어 점수, 경력 in the home country and in Korea (facts), the employment centre's officer."""
    p = s.p
    lines = ["고용허가제 구직자 명부", f"구직번호{s.sep}{s.pick(['NP', 'LK', 'KH', 'KG'])}{_digits(s, 9)}",
             f"성명(영문){s.sep}{me(s, 'latin')}", f"성명(한글){s.sep}{me(s, 'plain')}"]
    lines += [f"{a}{s.sep}{b}" for a, b in s.pairs(("sex", "birth", "age", "nationality"))]
    lines.append(f"여권번호{s.sep}{s.pick('NPRKL')}{_digits(s, 8)}")
    if s.take("health"):
        if p.health == "body":
            h, w = body_sizes(s)
            lines += [f"키{s.sep}{h}", f"몸무게{s.sep}{w}", "색약 여부: 없음"]
        else:
            lines.append(f"건강{s.sep}{r_health(s, 'pair')[1]}")
    lines += pair_lines(s, ("religion", "family", "residence"))
    a_emp, a_place = abroad(s)
    lines += [*contacts(s), f"희망 업종{s.sep}제조업", f"한국어 능력{s.sep}{s.fact('EPS-TOPIK 178점')}", "본국 경력",
              f"{a_place} {a_emp} ({tenure(s)})", "국내 경력", *[f"{j.start[0]} {s.fact(j.place)} {s.fact(j.employer)}"
                                                          f" {title_text(s, j)}" for j in p.jobs],
              f"자격{s.sep}{licence(s)}", f"기술{s.sep}{', '.join(skills(s, 2))}", availability(s), *rest(s),
              f"담당 고용센터: 안산고용센터 {someone(s, 'plain', None, '')}"]
    return "\n".join(lines)


# --- 10. an E-9 worker's CV ---------------------------------------------------------------------------------------------
@blind14(langs=("ko",))
def e9_resume_ko(s: Sheet) -> str:
    """An E-9 worker's 이력서 written for a change of workplace: 성명, 외국인등록번호 (birth date and sex in it),
    체류자격 E-9, 입국일, 사업장 변경 횟수, the home ID number, the workplaces in Korea (facts), a self-introduction in
    sentences (family at home, faith, health), signed, with the interpreter named."""
    p = s.p
    lab, num = social_id(s)
    lines = ["이력서 (사업장 변경용)", f"성명{s.sep}{me(s, 'plain')} ({me(s, 'latin')})", f"{lab}{s.sep}{num}",
             f"체류자격{s.sep}E-9 (비전문취업)", f"입국일{s.sep}{p.jobs[-1].start[0]}.{p.jobs[-1].start[1]:02d}",
             "사업장 변경 횟수: 1회"]
    hid = home_id(s)
    if hid:
        lines.append(f"{hid[0]}{s.sep}{hid[1]}")
    lines += pair_lines(s, ("nationality", "residence")) + contacts(s)
    lines += ["", "경력사항", *[f"{job_dates(s, j)} | {s.fact(j.employer)} | {title_text(s, j)} | {s.fact(j.place)}"
                            for j in p.jobs]]
    a_emp, a_place = abroad(s)
    emp, where = side(s)
    lines += [f"본국 | {a_emp} | {a_place}", f"{EXTRA['ko']} | {emp} | {where}", "", "자격 및 기술",
              f"{licence(s)}, {', '.join(skills(s, 2))}", ", ".join(tongues(s)), "", "자기소개"]
    told = rest(s, "me")
    lines += [" ".join(sentence(s, x) for x in told) + f" {tenure(s)}입니다. {availability(s)}합니다.", "",
              f"작성자 {me(s, 'plain')} (서명)", f"통역 {someone(s)} (외국인력지원센터)"]
    return "\n".join(lines)


# --- 11. a sworn translation of a work certificate -------------------------------------------------------------------
CERT = {"aromanian": ("du roumain", "ADEVERINȚĂ / ATTESTATION DE TRAVAIL"),
        "kashubian": ("du polonais", "ŚWIADECTWO PRACY / CERTIFICAT DE TRAVAIL"),
        "sardinian": ("de l'italien", "DICHIARAZIONE DI SERVIZIO / ATTESTATION D'EMPLOI"),
        "capeverdean": ("du portugais", "DECLARAÇÃO DE TRABALHO / ATTESTATION DE TRAVAIL"),
        "rif": ("de l'arabe", "ATTESTATION DE TRAVAIL"), "serer": ("du wolof", "CERTIFICAT DE TRAVAIL"),
        "ilocano": ("from Filipino", "CERTIFICATE OF EMPLOYMENT"), "sinhala": ("from Sinhala", "SERVICE CERTIFICATE"),
        "hmong": ("from Vietnamese", "GIẤY XÁC NHẬN / WORK CERTIFICATE")}


@blind14(langs=("fr", "en"))
def certified_translation(s: Sheet) -> str:
    """A sworn translation of a work certificate from home (traduction certifiée conforme / certified translation):
    the translator's heading and seal, '[Timbre]', the certificate (the worker's name, the home ID number, born on and
    where, address, the employer, place, position and period - facts), other entries of the original, the manager's
    signature, and the translator's certification with their name."""
    src, title = CERT[s.p.b14_origin]
    fr = s.lang == "fr"
    emp, place = abroad(s)
    translator = someone(s)
    lines = [f"TRADUCTION CERTIFIÉE CONFORME {src.upper()}" if fr else f"CERTIFIED TRANSLATION {src.upper()}",
             f"{'Traducteur expert près la cour d’appel de Douai' if fr else 'Sworn translator'} : {translator}", "",
             "[Timbre fiscal]" if fr else "[Stamp]", title, "", f"{emp} — {place}", ""]
    hid = home_id(s)
    who = me(s, "LAST first")
    idpart = f" ({hid[0]} {hid[1]})" if hid else ""
    she = [appos(x) for x in (s.bit("birth", "she"), s.bit("residence", "she")) if x]
    if fr:
        lines.append(f"Il est certifié que {who}{idpart}, {', '.join(she) + ', ' if she else ''}a été employé(e) "
                     f"en qualité de {title_text(s, s.p.jobs[-1], 'lower')}, soit {tenure(s)}.")
    else:
        lines.append(f"This is to certify that {who}{idpart}{', ' + ', '.join(she) if she else ''}, was employed as a "
                     f"{title_text(s, s.p.jobs[-1], 'lower')}, with {tenure(s)}.")
    others = pair_lines(s)
    if others:
        lines += ["", "Autres mentions de l'original :" if fr else "Other entries of the original:", *others]
    lines += ["", f"{'Le gérant' if fr else 'Manager'} : {someone(s, 'plain', None, s.p.b14_origin)}", STAMP[s.lang], "",
              f"{'Traduction certifiée conforme à l’original, n° ' if fr else 'Certified true translation, no. '}"
              f"{_digits(s, 4)}/2024 — {translator}", "", "---", me(s, "plain"), *contacts(s), "", *cv_body(s)]
    return "\n".join(lines)


# --- 12. the agency's registration sheet ---------------------------------------------------------------------------------
REG = {"fr": ("FICHE D'INSCRIPTION INTÉRIMAIRE", "Entretien réalisé par", "Pièces fournies",
              "titre de séjour, carte Vitale, RIB", "Mobilité", "Commentaires du recruteur"),
       "en": ("TEMP WORKER REGISTRATION FORM", "Interview by", "Documents seen", "passport, proof of address, NI letter",
              "Transport", "Consultant comments"),
       "ko": ("인력사무소 등록 카드", "면담자", "제출 서류", "외국인등록증, 통장 사본", "출퇴근", "담당자 의견")}


@blind14()
def registration_sheet(s: Sheet) -> str:
    """The registration sheet a temp agency fills in at the interview: identity block with the NIR / 외국인등록번호,
    documents seen, mobility (licence, a fact), jobs wanted and past places (facts), and the consultant's comments
    about the person in the third person (age, family, faith, health, origin), signed by the consultant."""
    t = REG[s.lang]
    lab, num = social_id(s)
    lines = [t[0], f"{t[1]}{s.sep}{someone(s)}", "", me(s, "LAST first" if s.lang != "ko" else "plain"),
             f"{lab}{s.sep}{num}", *pair_lines(s, ("birth", "sex", "residence")), *contacts(s),
             f"{t[2]}{s.sep}{t[3]}", f"{t[4]}{s.sep}{licence(s)}", "", *cv_body(s), "", t[5]]
    told = rest(s, "she")
    name_ = me(s, "first")
    lines += [f"{name_} " + "; ".join(told) + "." if told else name_ + "."]
    return "\n".join(lines)


# --- 13. the hiring declaration: DPAE receipt, HMRC starter checklist, 4대보험 취득신고서 -----------------------
def _dpae_fr(s: Sheet) -> list[str]:
    j = s.p.jobs[0]
    lines = ["Accusé de réception de déclaration préalable à l'embauche (DPAE)", "Urssaf Nord-Pas-de-Calais", "",
             f"Employeur{s.sep}{AGENCY['fr']} — SIRET 812 {_digits(s, 3)} {_digits(s, 3)} 00021",
             f"Salarié{s.sep}{me(s, 'LAST first')}"]
    if s.take("sex"):
        lines.append(f"Sexe{s.sep}{r_sex(s, 'pair')[1]}")
    lab, num = social_id(s)
    lines += [f"{lab}{s.sep}{num}", *pair_lines(s, ("birth", "nationality")),
              "Date et heure d'embauche : 16/09/2024 à 06h00", "Nature du contrat : contrat de travail temporaire",
              f"Lieu de travail{s.sep}{s.fact(j.place)}", f"Entreprise utilisatrice{s.sep}{s.fact(j.employer)}"]
    return lines


def _starter_en(s: Sheet) -> list[str]:
    p, j = s.p, s.p.jobs[0]
    lines = ["HMRC Starter checklist", "Employee's personal information", f"1 Last name{s.sep}{me(s, 'LAST')}",
             f"2 First names{s.sep}{me(s, 'first')}"]
    if s.take("sex"):
        tick = s.plant("sex", "☒ Female") + " ☐ Male" if s.female else "☐ Female " + s.plant("sex", "☒ Male")
        lines.append(f"3 Are you male or female? {tick}")
    if s.take("birth"):
        lines.append(f"4 Date of birth DD MM YYYY{s.sep}{s.plant('birth', f'{p.born:%d %m %Y}')}")
    if s.take("residence"):
        h = s.p.b14_home
        lines.append(f"5 Home address{s.sep}{s.plant('residence', h['street'])}, {s.plant('residence', h['town'])}, "
                     f"{s.plant('residence', h['pc'])}")
    lines += [f"6 National Insurance number{s.sep}{s.pick('JKNPRS')}{s.pick('ABCEHJKLMNPRSTWXY')} {_digits(s, 2)} "
              f"{_digits(s, 2)} {_digits(s, 2)} {s.pick('ABCD')}", "7 Employment start date: 16 09 2024",
              "Employee statement: ☒ B This is now my only job", f"Employer: {AGENCY['en']}",
              f"Hirer{s.sep}{s.fact(j.employer)}, {s.fact(j.place)}"]
    hid = home_id(s)
    return lines + ([f"Overseas ID seen ({hid[0]}){s.sep}{hid[1]}"] if hid else [])


def _acquisition_ko(s: Sheet) -> list[str]:
    j = s.p.jobs[0]
    lab, num = social_id(s)
    lines = ["4대 사회보험 피보험자격 취득신고서 (외국인근로자)", f"사업장명{s.sep}{s.fact(j.employer)}",
             f"사업장 소재지{s.sep}{s.fact(j.place)}", f"성명{s.sep}{me(s, 'plain')}", f"영문 성명{s.sep}{me(s, 'latin')}",
             f"{lab}{s.sep}{num}", *pair_lines(s, ("nationality", "sex")), "체류자격: E-9",
             "자격취득일: 2024.09.16", f"직종{s.sep}{title_text(s, j)}", f"월 보수액{s.sep}2,100,000원"]
    return lines


@blind14()
def hiring_declaration(s: Sheet) -> str:
    """The declaration made when the worker is hired, kept with the CV: a French DPAE receipt (salarié, sexe, NIR,
    né(e) le, nationalité, lieu de travail), an HMRC starter checklist (tick boxes 'Are you male or female?', date of
    birth in boxes, home address, the overseas ID seen), a Korean 4대보험 취득신고서 (외국인등록번호, 국적, 체류자격);
    then the recruiter who filed it and the CV pasted below."""
    head = {"fr": _dpae_fr, "en": _starter_en, "ko": _acquisition_ko}[s.lang](s)
    filed = {"fr": "Déclaration effectuée par ", "en": "Filed by ", "ko": "신고 담당: "}[s.lang] + someone(s)
    return "\n".join(head + [filed, "", "---", me(s, "plain"), *contacts(s), *pair_lines(s), "", *cv_body(s), "",
                             *rest(s)])
