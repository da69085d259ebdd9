"""A twenty-second held-aside set of layouts of the placement benchmark (see evaluation.placement), split "blind21":
registered into the same LAYOUTS. Written without reading the masker (its rules, its data, its tests), the README's
list of what it misses or the history's messages, to measure it once more on CVs nobody tuned it on; do not read this
file while tuning a masker, and run it once.

The split is about numbers and time: CVs dense with job facts made of numbers, among which sit the few numbers that
reveal the candidate's age. Job facts (verbatim, 15 or more a CV, most of them numeric): job periods in every format
('03/2015 – 06/2019', '2015-2019', 'de 1998 à 2004', 'depuis mars 2012', 'Jan 2019 - present', 'since 2007',
'2019.03 ~ 2022.08'), their durations ('(4 ans)', '(2 yrs 3 mos)', '(3년 5개월)'), lengths of experience ('12 ans comme
cariste', '15 years in logistics', '경력 7년'), diploma and licence years and dates ('CAP cuisine 1996', 'CACES R489
obtenu le 12/05/2018', 'permis B depuis 2005', 'SIA licence exp. 09/2027'), contracts and hours ('CDD 6 mois', '35h/
semaine', '3x8', 'nights 22:00-06:00'), pay ('11,88 €/h brut', '£12.21/hr'), counts and loads ('équipe de 12', '300
colis/jour'), the ages of other people served or taught ('résidents de 75 à 98 ans', 'public 16-25 ans', 'adults 65+',
'만 3세 반 담임', children babysat), workplace postcodes ('ZA de la Gare, 32800 Eauze'), percentages of results ('80 %
de réussite').

The candidate's age is planted every way CVs write it: birth dates ('né le 3 mars 1984', 'Née le 03/03/1984', 'DOB:
03.03.84', 'D.O.B 3rd March 1984', '°1984', '1984-03-03', 'born in 1984', 'Date de naissance 3/3/84', '생년월일
1984.03.03', '84년생', '1984년 3월 3일생') and the place of birth, planted as "birth"; ages ('40 ans', 'âge : 40' planted
whole, '40 y/o', 'aged 40', '(40)' after the name, '만 40세', '40세', '마흔 살') and ages in words ('quarante ans',
'forty-one'), planted as "age"; a birth date inside an ID-like line (a licence, an ID card, a 주민등록번호 whose first
digits are the birth date), planted as "birth". Indirect markers: the birthday of a decade said as such ('l'année de mes
50 ans', 'the year I turned 50', '50세가 되던 해') is planted as "age" (it says the candidate's age to within a few
years, as a birthday); a retirement or a school-leaving year is not planted (a date of the career, a fact). The other
families are written too, some with numbers: the home's postcode beside workplaces' (residence), the candidate's
children with their ages ('deux enfants (4 et 7 ans)', family) against children cared for (a fact), a disability rate
('taux d'incapacité 50 %', health) against a success rate ('80 % de réussite', a fact). No fact holds a marker's
value (the same number never written as both: a draw that would is drawn again).

Names and places are new: no word of a name is a Faker name or in an earlier split's pools or placement_data; homes,
places of birth and places of work are in none of the earlier pools and none of their words is a Faker name.

Layouts: cv_chronologique, frise_parcours, tableau_periodes, cv_senior, premier_cv, uk_personal_details, resume_us_grad,
iryeokseo_gyeongryeok, calendrier_saisonnier, releve_missions, cv_soins_ages, cv_conducteur, liste_certificats.
"""
from __future__ import annotations

import functools
from datetime import date

from matchlens.evaluation.placement import LANGS, Sheet, ascii_fold, layout, romanize

SPLIT = "blind21"
REF = date(2025, 9, 15)  # when the CVs are written: ages and "present" are counted from here

# --- names: no Faker word, in no earlier pool (a test checks) ----------------------------------------------------
_KO_LAST = ["탁", "편", "옥", "설", "어", "제", "표", "빈", "범", "추", "묵", "감"]
_KO_FAKER = {"빈가람", "옥다솜", "탁우람"}  # full names in Faker's ko_KR lists: left out
NAMES = {
    "fr": {"F": ["Gwladys", "Scholastique", "Ombeline", "Domitille", "Radegonde", "Brunehilde", "Quitterie",
                 "Hermeline", "Aldegonde"],
           "M": ["Wandrille", "Anthelme", "Hilarion", "Ildefonse", "Gatien", "Sulpice", "Vianney", "Thibéry",
                 "Fulcran", "Pancrace", "Lubin", "Mériadec", "Saturnin"],
           "L": ["Lagadec", "Goasdoué", "Cadiou", "Puech", "Castagnède", "Iribarne", "Arrambide", "Sallaberry",
                 "Lapeyrade", "Cazottes", "Pouzols", "Barthés", "Combescure", "Teyssier", "Lafargue", "Dupouy",
                 "Bergeret"]},
    "en": {"F": ["Kerensa", "Loveday", "Senara", "Jasperine", "Clemency", "Morvoren", "Steren", "Tegen", "Ebrel",
                 "Gwenna"],
           "M": ["Kenver", "Perran", "Gorran", "Mawgan", "Derwa", "Bryok", "Lowen", "Treve", "Yestin", "Cadan",
                 "Locryn"],
           "L": ["Tregunna", "Nancarrow", "Chegwidden", "Pengelly", "Kitto", "Hocking", "Quiller", "Cardew", "Vosper",
                 "Treloar", "Trewin", "Bolitho", "Rowse", "Trounson", "Tonkin", "Rodda", "Uren", "Eathorne",
                 "Behenna", "Retallack", "Hichens", "Trezise", "Blewett", "Glasson", "Kessell", "Tremellen",
                 "Nankivell", "Tangye"]},
    "ko": {"F": [a + b for a in _KO_LAST[:6] for b in ("해랑", "다솜", "은별") if a + b not in _KO_FAKER] +
                [a + b for a in _KO_LAST[6:] for b in ("소담", "가람", "이랑") if a + b not in _KO_FAKER],
           "M": [a + b for a in _KO_LAST[:6] for b in ("한결", "우람", "해든") if a + b not in _KO_FAKER] +
                [a + b for a in _KO_LAST[6:] for b in ("누리", "바름", "든솔") if a + b not in _KO_FAKER]},
}

# --- places: in none of the earlier pools, no word a Faker name (tests check) -------------------------------------
FR_TOWNS = [("Espalion", "12500"), ("Laguiole", "12210"), ("Rignac", "12390"), ("Baraqueville", "12160"),
            ("Naucelle", "12800"), ("Bozouls", "12340")]
FR_STREETS = ["rue du Foirail", "chemin de la Boriette", "avenue du Causse", "impasse des Genêts", "rue du Barry"]
FR_WORKPLACES = [("Eauze", "32800"), ("Mirande", "32300"), ("Nogaro", "32110"), ("Chaudes-Aigues", "15110"),
                 ("Salers", "15140"), ("Réquista", "12170"), ("Entraygues-sur-Truyère", "12140")]
FR_SITES = ["ZA de la Gare", "ZI du Cayla", "route de Condom", "place du Marcadieu", "avenue des Thermes"]
EN_TOWNS = [("Alnwick", "NE66"), ("Rothbury", "NE65"), ("Haltwhistle", "NE49"), ("Wooler", "NE71"),
            ("Bellingham", "NE48"), ("Corbridge", "NE45")]
EN_STREETS = ["Clayport Street", "Bondgate Within", "Townfoot", "Front Street", "Tower Knowe", "Aydon Road"]
EN_WORKPLACES = [("Brampton", "CA8"), ("Cockermouth", "CA13"), ("Egremont", "CA22"), ("Millom", "LA18"),
                 ("Ulverston", "LA12"), ("Sedbergh", "LA10"), ("Seahouses", "NE68"), ("Allendale", "NE47")]
EN_SITES = ["Unit 4, Lillyhall Estate", "Station Yard", "Unit 12, Mill Lane", "Market Place", "Dock Road"]
KO_TOWNS = [("전라남도 해남군 해남읍", "해남읍"), ("전라남도 강진군 강진읍", "강진읍"), ("전라남도 완도군 완도읍", "완도읍"),
            ("전라남도 보성군 보성읍", "보성읍")]
FR_JOB_PLACES = [t for t, _ in FR_WORKPLACES]  # the names alone, as earlier splits list them
EN_JOB_PLACES = [t for t, _ in EN_WORKPLACES]
KO_JOB_PLACES = ["함양", "남해", "해남", "완도", "목포", "신안"]
BIRTH = {"fr": ["Bafatá", "Gabú", "Cacheu", "Bolama", "Kaffrine", "Sédhiou", "Kédougou", "Matam"],
         "en": ["Mandeville", "Spanish Town", "Lucea", "Morant Bay", "Linstead", "Ewarton", "Annotto Bay",
                "Browns Town"],
         "ko": ["함양", "남해", "신안", "목포"]}
BIRTH_COUNTRY = {"Bafatá": "Guinée-Bissau", "Gabú": "Guinée-Bissau", "Cacheu": "Guinée-Bissau",
                 "Bolama": "Guinée-Bissau", "Kaffrine": "Sénégal", "Sédhiou": "Sénégal", "Kédougou": "Sénégal",
                 "Matam": "Sénégal"}

FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
EN_MON = [m[:3] for m in EN_MONTHS]
MAIL = {"fr": ["orange.fr", "laposte.net", "free.fr", "gmail.com"], "en": ["gmail.com", "btinternet.com", "outlook.com"],
        "ko": ["naver.com", "daum.net", "hanmail.net"]}

# --- the facts: jobs and their numbers --------------------------------------------------------------------------------
# (title, employer, a numeric detail of the job) - titles written the same for both sexes
JOBS = {
    "fr": [("Cariste", "Lactalis", "charges de 25 kg"), ("Préparation de commandes", "Coopérative Unicor",
                                                          "300 colis/jour"),
           ("Commis de cuisine", "Brasserie du Foirail", "80 couverts"), ("Agent de service hospitalier",
                                                                         "EHPAD Les Tilleuls", "résidents de 75 à 98 ans"),
           ("Animation périscolaire", "Mairie de Rodez", "enfants de 3 à 6 ans"),
           ("Auxiliaire de vie", "ADMR", "12 bénéficiaires par semaine"), ("Chef d'équipe", "Raynal et Roquelaure",
                                                                          "équipe de 12"),
           ("Agent de quai", "Géodis", "40 palettes/heure"), ("Conduite PL", "Transports Causse Comtal",
                                                              "tournées de 350 km"),
           ("Agent d'entretien", "Onet", "1 200 m² de bureaux"), ("Plonge", "Hôtel du Vieux Pont", "120 couverts"),
           ("Formation de jeunes", "Mission locale", "public 16-25 ans"), ("Aide à domicile", "CCAS",
                                                                           "personnes de 60 ans et plus"),
           ("Vendanges", "Cave de Plaimont", "2 ha par semaine"), ("Agent de tri", "Sydom Aveyron", "8 t par poste")],
    "en": [("Forklift Driver", "Arla Foods", "loads up to 25 kg"), ("Warehouse Operative", "Booths", "300 parcels/day"),
           ("Commis Chef", "The Percy Arms", "80 covers"), ("Care Assistant", "Brook House care home",
                                                           "residents aged 75 to 98"),
           ("Playworker", "Kids' Club", "children aged 5-11"), ("Support Worker", "Carers Trust", "adults 65+"),
           ("Team Leader", "Sealed Air", "team of 12"), ("Night Loader", "DX Freight", "40 pallets an hour"),
           ("HGV Class 2 Driver", "Sellafield contractors", "routes of 220 miles"),
           ("Cleaner", "OCS", "12,000 sq ft of offices"), ("Kitchen Porter", "Lindeth Howe", "120 covers"),
           ("Youth Worker", "Northumberland Youth Service", "young people 13-19"),
           ("Teaching Assistant", "Glendale Middle School", "Year 5 (ages 9-10)"),
           ("Fruit Picker", "Haygrove", "1,500 kg a week")],
    "ko": [("지게차 기사", "농협 물류센터", "20kg 상하차"), ("택배 분류", "CJ대한통운", "하루 300박스"),
           ("주방 보조", "바닷가 전복식당", "점심 80인분"), ("요양보호사", "남도 요양원", "어르신 75세~98세"),
           ("보육교사", "새싹 어린이집", "만 3세 반 담임"), ("방과후 강사", "지역아동센터", "초등 1~3학년"),
           ("조장", "대불산단 협력사", "직원 12명"), ("상하차", "쿠팡 물류센터", "시간당 40팔레트"),
           ("화물 기사", "수산물 운송", "1일 350km 운행"), ("미화원", "군청 청사", "3개 층 청소"),
           ("김 가공", "수협 가공공장", "하루 8톤")],
}
FR_PERSON_TITLES = {"Cariste", "Commis de cuisine", "Agent de service hospitalier", "Auxiliaire de vie", "Chef d'équipe",
                    "Agent de quai", "Agent d'entretien", "Aide à domicile", "Agent de tri"}  # '12 ans comme cariste'
CONTRACTS = {"fr": ["CDD 6 mois", "missions de 2 semaines", "CDI 35h/semaine", "travail en 3x8", "horaires 6h-14h",
                    "temps partiel 24h/semaine", "CDD saisonnier 4 mois", "nuits 21h-5h"],
             "en": ["6-month contract", "2-week assignments", "37.5 hrs/week", "nights 22:00-06:00",
                    "4 on 4 off (12-hour shifts)", "zero-hours, avg 30 hrs/week", "seasonal, 16 weeks"],
             "ko": ["계약직 6개월", "주 40시간", "3교대", "09:00~18:00 근무", "야간 22:00~06:00", "주 5일 근무"]}
PAY = {"fr": ["11,88 €/h brut", "1 801,80 € brut/mois", "13,20 €/h + prime de nuit 25 %", "12,05 €/h brut"],
       "en": ["£12.21/hr", "£11.44 an hour", "£24,500 a year", "£13.10/hr + nights 1.25x"],
       "ko": ["시급 10,030원", "월 2,096,270원", "일당 15만원", "시급 12,000원"]}
RESULTS = {"fr": ["80 % de réussite au CAP", "98 % de commandes sans erreur", "taux de service 99,2 %"],
           "en": ["98% pick accuracy", "100% on-time deliveries", "95% audit score"],
           "ko": ["오류율 0.5%", "정시 배송률 99%", "위생 점검 95점"]}
DIPLOMAS = {"fr": ["CAP cuisine", "BEP sanitaire et social", "Bac pro logistique", "BTS assistant de gestion",
                   "DEAES", "Titre pro préparateur de commandes", "CAP AEPE", "BAFA"],
            "en": ["NVQ Level 2 Warehousing", "City & Guilds Food Prep", "GCSEs (5 A*-C)", "BTEC Health and Social Care",
                   "NVQ Level 3 Childcare", "Level 2 Diploma in Care"],
            "ko": ["고등학교 졸업", "요양보호사 1급", "보육교사 2급", "지게차운전기능사", "한식조리기능사",
                   "1종 대형 운전면허"]}


def fr_words(n: int) -> str:
    """A number said in French words (up to 99)."""
    units = ["", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze",
             "treize", "quatorze", "quinze", "seize", "dix-sept", "dix-huit", "dix-neuf"]
    tens = {2: "vingt", 3: "trente", 4: "quarante", 5: "cinquante", 6: "soixante"}
    if n < 20:
        return units[n]
    t, u = divmod(n, 10)
    if t in (7, 9):
        return ("soixante" if t == 7 else "quatre-vingt") + ("-et-onze" if n == 71 else "-" + units[10 + u])
    word = tens.get(t, "quatre-vingt")
    if u == 0:
        return word + ("s" if t == 8 else "")
    return f"{word} et un" if u == 1 and t != 8 else f"{word}-{units[u]}"


def en_words(n: int) -> str:
    """A number said in English words (up to 99)."""
    units = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
             "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
    tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
    t, u = divmod(n, 10)
    return units[n] if n < 20 else tens[t] + (f"-{units[u]}" if u else "")


def ko_words(n: int) -> str:
    """An age in native Korean numbers, as before 살 ('마흔두', '스무')."""
    tens = {1: "열", 2: "스물", 3: "서른", 4: "마흔", 5: "쉰", 6: "예순"}
    units = ["", "한", "두", "세", "네", "다섯", "여섯", "일곱", "여덟", "아홉"]
    t, u = divmod(n, 10)
    return "스무" if n == 20 else tens[t] + units[u]


def _fold(text: str) -> str:
    return ascii_fold(text).lower()


# --- the candidate -------------------------------------------------------------------------------------------------
def renew(s: Sheet, ages: tuple[int, int] = (29, 58)) -> None:
    """Give the sheet's person an identity of this split: a name, an age and birth date at REF, a home, a place of
    birth, contacts and the start of a career."""
    p, rng, lang = s.p, s.rng, s.lang
    pool = NAMES[lang]
    if lang == "ko":
        p.b21_full = rng.choice(pool[p.sex])
        p.b21_first, p.b21_last = p.b21_full[1:], p.b21_full[0]
        local = romanize(p.b21_first) + romanize(p.b21_last) + str(rng.randint(10, 99))
    else:
        p.b21_first, p.b21_last = rng.choice(pool[p.sex]), rng.choice(pool["L"])
        p.b21_full = f"{p.b21_first} {p.b21_last}"
        f, last = _fold(p.b21_first), _fold(p.b21_last)
        local = rng.choice([f"{f}.{last}", f"{last}{f[0]}", f"{f}{last}{rng.randint(10, 99)}"])
    p.age = rng.randint(*ages)
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    p.born = date(REF.year - p.age - (1 if (month, day) > (REF.month, REF.day) else 0), month, day)
    p.b21_place = rng.choice(BIRTH[lang])
    p.b21_marital = rng.choice(["married", "single", "divorced", "married", "couple"])
    p.children = rng.choice([0, 1, 2, 2, 3]) if p.age >= 25 else 0
    low, high = max(1, p.age - 44), min(p.age - 19, 38)  # the candidate's children: born when they were 19 to 44
    p.b21_kids = sorted(rng.sample(range(low, high), p.children)) if p.children else []
    if lang == "ko":
        full, short = rng.choice(KO_TOWNS)
        p.b21_home = {"full": f"{full} {rng.randint(1, 300)}", "town": short, "pc": f"5{rng.randint(7000, 9999)}"}
    else:
        town, pc = rng.choice(FR_TOWNS if lang == "fr" else EN_TOWNS)
        street = rng.choice(FR_STREETS if lang == "fr" else EN_STREETS)
        if lang == "en":
            pc = f"{pc} {rng.randint(1, 9)}{rng.choice('ABDEFGHJLNPQRSTUWXY')}{rng.choice('ABDEFGHJLNPRSTUWXY')}"
        p.b21_home = {"street": f"{rng.randint(2, 98)} {street}", "town": town, "pc": pc}
    digits = "".join(str(rng.randint(0, 9)) for _ in range(8))
    p.phone = {"fr": f"0{rng.choice('67')} {digits[:2]} {digits[2:4]} {digits[4:6]} {digits[6:]}",
               "en": f"07{digits[:3]} {digits[3:]}{rng.randint(0, 9)}",
               "ko": f"010-{digits[:4]}-{digits[4:]}"}[lang]
    p.email = f"{local.replace('-', '')}@{rng.choice(MAIL[lang])}"
    p.b21_start = p.born.year + rng.randint(17, 21)  # the first job's year
    s.b21_rate = rng.choice(["50", "80"])  # a disability rate, if health says one; no result holds it


def blind21(langs=LANGS, ages: tuple[int, int] = (29, 58)):
    """Register a layout of this split: the sheet gets its identity first."""
    def deco(fn):
        @functools.wraps(fn)
        def run(s: Sheet) -> str:
            renew(s, ages)
            return fn(s)
        layout(langs, split=SPLIT)(run)
        return run
    return deco


# --- names and contact ---------------------------------------------------------------------------------------------
def name(s: Sheet, form: str = "") -> str:
    p = s.p
    if s.lang == "ko":
        return s.plant("name", p.b21_full)
    forms = {"first_last": p.b21_full, "LAST_first": f"{p.b21_last.upper()} {p.b21_first}",
             "first_LAST": f"{p.b21_first} {p.b21_last.upper()}", "last_comma": f"{p.b21_last}, {p.b21_first}"}
    return s.plant("name", forms[form or s.pick(["first_last", "LAST_first", "first_LAST"])])


def mail(s: Sheet) -> str:
    return s.plant("contact", s.p.email)


def phone(s: Sheet) -> str:
    return s.plant("contact", s.p.phone)


def contact(s: Sheet, sep: str = " | ") -> str:
    lab = {"fr": ("Tél.", "E-mail"), "en": ("Mobile", "Email"), "ko": ("휴대폰", "이메일")}[s.lang]
    return f"{lab[0]}{s.sep}{phone(s)}{sep}{lab[1]}{s.sep}{mail(s)}"


# --- age and birth, every way ----------------------------------------------------------------------------------------
AGE_FORMS = {"fr": ["ans", "field", "agee", "paren", "words"], "en": ["yo", "aged", "field", "paren", "words", "old"],
             "ko": ["man", "se", "field", "paren", "sal"]}


def age(s: Sheet, form: str = "") -> str:
    """The candidate's age: '40 ans', 'âge : 40' (planted whole), 'âgée de 40 ans', '(40)', 'quarante ans', '40 y/o',
    'aged 40', 'forty-one', '만 40세', '40세', '마흔 살'."""
    a, lang = s.p.age, s.lang
    form = form or s.pick(AGE_FORMS[lang])
    if form == "paren":
        return s.plant("age", f"({a})" if lang != "ko" else f"(만 {a}세)")
    if form == "field":
        label = {"fr": s.pick(["âge", "Âge"]), "en": s.pick(["Age", "age"]), "ko": "나이"}[lang]
        return s.plant("age", f"{label}{s.sep}{a}")
    if lang == "fr":
        if form == "agee":
            return f"{s.g('âgée', 'âgé')} de {s.plant('age', f'{a} ans')}"
        return s.plant("age", f"{fr_words(a)} ans" if form == "words" else f"{a} ans")
    if lang == "en":
        return s.plant("age", {"yo": f"{a} y/o", "aged": f"aged {a}", "words": en_words(a),
                               "old": f"{a} years old"}[form])
    return s.plant("age", {"man": f"만 {a}세", "se": f"{a}세", "sal": f"{ko_words(a)} 살"}[form])


BIRTH_FORMS = {"fr": ["long", "slash", "short", "degree", "iso", "year"],
               "en": ["dob_dots", "ordinal", "iso", "year", "slash", "us"],
               "ko": ["dots", "yy", "long"]}


def born_text(s: Sheet, form: str) -> str:
    d, lang = s.p.born, s.lang
    ordinal = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}.get(d.day, "th")
    return {"long": f"{d.day} {FR_MONTHS[d.month - 1]} {d.year}", "slash": f"{d:%d/%m/%Y}",
            "short": f"{d.day}/{d.month}/{d.year % 100:02d}", "degree": f"°{d.year}", "iso": f"{d:%Y-%m-%d}",
            "year": str(d.year), "dob_dots": f"{d:%d.%m.%y}", "ordinal": f"{d.day}{ordinal} {EN_MONTHS[d.month - 1]} {d.year}",
            "us": f"{EN_MONTHS[d.month - 1]} {d.day}, {d.year}", "dots": f"{d:%Y.%m.%d}",
            "yy": f"{d.year % 100:02d}년생", "ko_long": f"{d.year}년 {d.month}월 {d.day}일생"}[form if lang != "ko" or
                                                                                          form != "long" else "ko_long"]


def birth(s: Sheet, form: str = "", place: bool = True) -> str:
    """A birth date (planted) with its words around it, and often the place of birth (planted)."""
    form = form or s.pick(BIRTH_FORMS[s.lang])
    value = s.plant("birth", born_text(s, form))
    where = ""
    if place and s.chance(0.7):
        town = s.plant("birth", s.p.b21_place)
        country = BIRTH_COUNTRY.get(s.p.b21_place)
        if s.lang == "fr":
            where = f" à {town}" + (f" ({s.plant('birth', country)})" if country and s.chance(0.6) else "")
        elif s.lang == "en":
            where = f", {town}, " + s.plant("birth", "Jamaica")
        else:
            where = f" ({town} 출생)"
    if s.lang == "fr":
        if form == "degree":
            return value + where
        if form == "year":
            return f"{s.g('Née', 'Né')} en {value}{where}"
        if form == "short":
            return f"Date de naissance {value}{where}"
        return f"{s.g('Née', 'Né')} le {value}{where}"
    if s.lang == "en":
        lead = {"dob_dots": "DOB: ", "ordinal": "D.O.B ", "iso": "Date of birth: ", "year": "born in ",
                "slash": "Date of Birth: ", "us": "Born "}[form]
        return lead + value + where
    lead = {"dots": "생년월일: ", "yy": "", "long": ""}[form]
    return lead + value + where


def birth_place(s: Sheet) -> str:
    """'Lieu de naissance : Matam' (the place planted)."""
    label = {"fr": "Lieu de naissance", "en": "Place of birth", "ko": "출생지"}[s.lang]
    return f"{label}{s.sep}{s.plant('birth', s.p.b21_place)}"


def birthday_decade(s: Sheet) -> str:
    """An indirect age marker: the year of a round birthday, said as such (planted as age)."""
    dec = s.p.age // 10 * 10
    year = s.p.born.year + dec
    value = s.plant("age", {"fr": f"mes {dec} ans", "en": f"turned {dec}", "ko": f"{dec}세가 되던"}[s.lang])
    return {"fr": f"En {year}, l'année de {value}, j'ai repris une formation.",
            "en": f"In {year}, the year I {value}, I went back to college.",
            "ko": f"{year}년 {value} 해에 다시 자격증 공부를 시작했습니다."}[s.lang]


def id_line(s: Sheet) -> str:
    """A birth date inside an ID-like line (planted as birth)."""
    rng = s.rng
    d = s.p.born
    if s.lang == "fr":
        num = "".join(str(rng.randint(0, 9)) for _ in range(12))
        return f"CNI n° {num} – date de naissance : {s.plant('birth', f'{d:%d.%m.%Y}')}"
    if s.lang == "en":
        ni = f"{rng.choice(['JT', 'NR', 'PW'])} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} C"
        return f"NI no. {ni} · DOB {s.plant('birth', f'{d:%d/%m/%Y}')}"
    digit = {True: 4, False: 3}[s.female] if d.year >= 2000 else {True: 2, False: 1}[s.female]
    return f"주민등록번호: {s.plant('birth', f'{d:%y%m%d}-{digit}******')}"


# --- the other families --------------------------------------------------------------------------------------------
LABELS = {
    "fr": {"sex": "Sexe", "nationality": "Nationalité", "religion": "Religion", "family": "Situation familiale",
           "health": "Santé", "residence": "Adresse"},
    "en": {"sex": "Gender", "nationality": "Nationality", "religion": "Religion", "family": "Marital status",
           "health": "Health", "residence": "Address"},
    "ko": {"sex": "성별", "nationality": "국적", "religion": "종교", "family": "가족관계", "health": "건강",
           "residence": "주소"},
}
NAT = {"fr": [("bissau-guinéenne", "bissau-guinéen"), ("sénégalaise", "sénégalais"), ("française", "français")],
       "en": [("Jamaican", "Jamaican"), ("British", "British"), ("British / Jamaican", "British / Jamaican")],
       "ko": [("대한민국", "대한민국"), ("한국", "한국")]}
RELIGION = {"fr": [("catholique", "catholique"), ("musulmane", "musulman"), ("protestante", "protestant")],
            "en": [("Seventh-day Adventist", "Seventh-day Adventist"), ("Baptist", "Baptist"), ("Rastafarian",
                                                                                              "Rastafarian")],
            "ko": [("천주교", "천주교"), ("불교", "불교"), ("기독교", "기독교")]}
MARITAL = {"fr": {"married": ("mariée", "marié"), "single": ("célibataire", "célibataire"),
                  "divorced": ("divorcée", "divorcé"), "couple": ("en concubinage", "en concubinage")},
           "en": {"married": ("Married", "Married"), "single": ("Single", "Single"), "divorced": ("Divorced", "Divorced"),
                  "couple": ("Living with partner", "Living with partner")},
           "ko": {"married": ("기혼", "기혼"), "single": ("미혼", "미혼"), "divorced": ("이혼", "이혼"),
                  "couple": ("미혼", "미혼")}}
HEALTH = {"fr": ["RQTH", "diabétique de type 1", "asthme", "lombalgie chronique"],
          "en": ["registered disabled (hearing)", "Type 1 diabetic", "asthma", "PIP (mobility)"],
          "ko": ["청각장애", "당뇨", "허리디스크", "천식"]}


def sex(s: Sheet, mode: str = "field") -> str:
    female = s.female
    if mode == "title":
        return s.plant("sex", {"fr": s.pick(["Mme", "Madame"]) if female else s.pick(["M.", "Monsieur"]),
                               "en": s.pick(["Mrs", "Ms"]) if female else "Mr", "ko": "여성" if female else "남성"}[s.lang])
    if s.lang == "en":
        return f"Gender: {s.plant('sex', 'Female' if female else 'Male')}"
    value = {"fr": "F" if female else "M", "ko": "여" if female else "남"}[s.lang]
    return s.plant("sex", f"{LABELS[s.lang]['sex']}{s.sep}{value}")


def nationality(s: Sheet) -> str:
    fem, masc = s.pick(NAT[s.lang])
    value = s.gv("nationality", fem, masc, sex=False)
    return f"{LABELS[s.lang]['nationality']}{s.sep}{value}"


def religion(s: Sheet, say: bool = False) -> str:
    fem, masc = s.pick(RELIGION[s.lang])
    value = s.gv("religion", fem, masc, sex=False)
    if s.female and fem != masc:
        s.plant_fem(fem, masc)
    if say:
        return {"fr": f"Bénévole à la paroisse ({value})", "en": f"Church member ({value})",
                "ko": f"{value} 신자"}[s.lang]
    return f"{LABELS[s.lang]['religion']}{s.sep}{value}"


def _and(items: list[int], word: str) -> str:
    return ", ".join(str(k) for k in items[:-1]) + f" {word} {items[-1]}" if len(items) > 1 else str(items[0])


def kids_text(s: Sheet) -> str:
    """The candidate's children with their ages ('deux enfants (4 et 7 ans)'), planted as family."""
    ks, lang = s.p.b21_kids, s.lang
    n = len(ks)
    if lang == "fr":
        count = fr_words(n) + (" enfants" if n > 1 else " enfant")
        return s.plant("family", f"{count} ({_and(ks, 'et')} ans)")
    if lang == "en":
        return s.plant("family", f"{n} child{'ren' if n > 1 else ''} (aged {_and(ks, 'and')})")
    return s.plant("family", f"자녀 {n}명 ({', '.join(f'{k}세' for k in ks)})")


def family(s: Sheet) -> str:
    fem, masc = MARITAL[s.lang][s.p.b21_marital]
    status = s.gv("family", fem, masc, sex=False)
    if s.female and fem != masc:
        s.plant_fem(fem, masc)
    kids = f", {kids_text(s)}" if s.p.b21_kids else ""
    return f"{LABELS[s.lang]['family']}{s.sep}{status}{kids}"


def health(s: Sheet) -> str:
    """A health condition, sometimes with a disability rate ('taux d'incapacité 50 %'), both planted."""
    value = s.plant("health", s.pick(HEALTH[s.lang]))
    if s.chance(0.5):
        rate = s.b21_rate
        rate_text = f"{rate} %" if s.lang == "fr" else f"{rate}%"
        lead = {"fr": "taux d'incapacité ", "en": "disability rating ", "ko": "장애율 "}[s.lang]
        value += f" ({lead}{s.plant('health', rate_text)})"
    return f"{LABELS[s.lang]['health']}{s.sep}{value}"


def residence(s: Sheet) -> str:
    """The home, its postcode planted apart."""
    h = s.p.b21_home
    if s.lang == "ko":
        return f"{LABELS['ko']['residence']}{s.sep}({s.plant('residence', h['pc'])}) {s.plant('residence', h['full'])}"
    street, pc, town = (s.plant("residence", h[k]) for k in ("street", "pc", "town"))
    full = f"{street}, {pc} {town}" if s.lang == "fr" else f"{street}, {town} {pc}"
    return f"{LABELS[s.lang]['residence']}{s.sep}{full}"


def others(s: Sheet, skip: tuple[str, ...] = ()) -> list[str]:
    """Sex, nationality, family, residence, religion, health and contact lines (those in skip left out)."""
    fns = {"sex": sex, "nationality": nationality, "family": family, "residence": residence, "religion": religion,
           "health": health, "contact": contact}
    return [fn(s) for key, fn in fns.items() if key not in skip]


# --- the numeric facts -----------------------------------------------------------------------------------------------
def months_text(s: Sheet, months: int, short: bool = False) -> str:
    y, m = divmod(months, 12)
    if s.lang == "fr":
        parts = ([f"{y} an{'s' if y > 1 else ''}"] if y else []) + ([f"{m} mois"] if m else [])
        return "(" + " ".join(parts) + ")"
    if s.lang == "en":
        parts = ([f"{y} yr{'s' if y > 1 else ''}"] if y else []) + ([f"{m} mo{'s' if m > 1 else ''}"] if m else [])
        return "(" + " ".join(parts) + ")"
    parts = ([f"{y}년"] if y else []) + ([f"{m}개월"] if m else [])
    return "(" + " ".join(parts) + ")"


PERIOD_FORMS = {"fr": ["slash", "years", "de_a", "words", "arrow"], "en": ["mon", "slash", "years", "words", "to"],
                "ko": ["dots", "korean", "years"]}


def period(s: Sheet, start: tuple[int, int], end: tuple[int, int] | None, form: str = "") -> str:
    """A job period in one of the formats CVs use; 'depuis mars 2012' / 'since 2007' / 'Jan 2019 - present' for a
    current job."""
    lang = s.lang
    form = form or s.pick(PERIOD_FORMS[lang])
    (y1, m1) = start
    if end is None:
        if lang == "fr":
            return s.pick([f"depuis {FR_MONTHS[m1 - 1]} {y1}", f"depuis {y1}", f"{m1:02d}/{y1} – aujourd'hui"])
        if lang == "en":
            return s.pick([f"{EN_MON[m1 - 1]} {y1} - present", f"since {y1}", f"{m1:02d}/{y1} – present"])
        return s.pick([f"{y1}.{m1:02d} ~ 현재", f"{y1}년 {m1}월 ~ 재직 중"])
    (y2, m2) = end
    if y1 == y2 and form in ("years", "de_a", "arrow", "to"):  # '2013-2013' is not written
        form = "dots" if lang == "ko" else "slash"
    if lang == "fr":
        return {"slash": f"{m1:02d}/{y1} – {m2:02d}/{y2}", "years": f"{y1}-{y2}", "de_a": f"de {y1} à {y2}",
                "words": f"{FR_MONTHS[m1 - 1]} {y1} – {FR_MONTHS[m2 - 1]} {y2}", "arrow": f"{y1} → {y2}"}[form]
    if lang == "en":
        return {"mon": f"{EN_MON[m1 - 1]} {y1} - {EN_MON[m2 - 1]} {y2}", "slash": f"{m1:02d}/{y1} – {m2:02d}/{y2}",
                "years": f"{y1}–{y2}", "words": f"{EN_MONTHS[m1 - 1]} {y1} to {EN_MONTHS[m2 - 1]} {y2}",
                "to": f"{y1} to {y2}"}[form]
    return {"dots": f"{y1}.{m1:02d} ~ {y2}.{m2:02d}", "korean": f"{y1}년 {m1}월 ~ {y2}년 {m2}월",
            "years": f"{y1} ~ {y2}"}[form]


def place(s: Sheet, pool_index: int) -> str:
    """A workplace with its postcode ('ZA de la Gare, 32800 Eauze'), never the home's town."""
    if s.lang == "ko":
        opts = [x for x in KO_JOB_PLACES if x not in s.p.b21_home["full"] and x != s.p.b21_place]
        return f"전라남도 {opts[pool_index % len(opts)]}" if s.chance(0.3) else opts[pool_index % len(opts)]
    opts = FR_WORKPLACES if s.lang == "fr" else EN_WORKPLACES
    town, pc = opts[pool_index % len(opts)]
    site = s.pick(FR_SITES if s.lang == "fr" else EN_SITES)
    return f"{site}, {pc} {town}" if s.lang == "fr" else f"{site}, {town} {pc}"


def jobs(s: Sheet, n: int, form: str = "", current: float = 0.4) -> list[dict]:
    """n jobs from the start of the career to REF (most recent first): period, duration, title, employer, place and a
    numeric detail, each a fact."""
    rng = s.rng
    first = s.p.b21_start * 12 + rng.randint(0, 8)
    now = REF.year * 12 + REF.month - 1
    cuts = sorted(rng.sample(range(first + 3, now - 2), n - 1)) if n > 1 else []
    bounds = [first, *cuts, now]
    pool = rng.sample(JOBS[s.lang], n)
    offset = rng.randint(0, 6)
    out = []
    for i in range(n):
        a, b = bounds[i], bounds[i + 1] - rng.randint(0, 2)
        b = max(b, a + 1)
        is_now = i == n - 1 and rng.random() < current
        ttl, emp, detail = pool[i]
        out.append({"dates": s.fact(period(s, (a // 12, a % 12 + 1), None if is_now else (b // 12, b % 12 + 1), form)),
                    "dur": s.fact(months_text(s, b - a)), "title": s.fact(ttl), "employer": s.fact(emp),
                    "place": s.fact(place(s, offset + i)), "what": s.fact(detail), "months": b - a})
    longest = max(out, key=lambda j: j["months"])
    y = longest["months"] // 12
    if y >= 2:
        trade = longest["title"]
        word = "comme" if trade in FR_PERSON_TITLES else "en"
        longest["long"] = s.fact({"fr": f"{y} ans {word} {trade[0].lower() + trade[1:]}",
                                  "en": f"{y} years as {trade}", "ko": f"{trade} 경력 {y}년"}[s.lang])
    return out[::-1]


def years_of(s: Sheet) -> int:
    return REF.year - s.p.b21_start


def experience_line(s: Sheet) -> str:
    """'20 ans de métier', '15 years' experience', '경력 7년' (a fact); the length of the longest job said with its
    trade ('12 ans comme cariste') is in job_lines."""
    y = years_of(s)
    return s.fact({"fr": s.pick([f"{y} ans d'expérience", f"{y} ans de métier", f"{y} ans de terrain"]),
                   "en": s.pick([f"{y} years' experience", f"{y} years in work", f"{y} years on the job"]),
                   "ko": s.pick([f"경력 {y}년", f"총 경력 {y}년"])}[s.lang])


def when(s: Sheet, y: int, m: int, d: int) -> str:
    return {"fr": f"{d:02d}/{m:02d}/{y}", "en": f"{d:02d}/{m:02d}/{y}", "ko": f"{y}.{m:02d}.{d:02d}"}[s.lang]


def diplomas(s: Sheet, n: int = 2) -> list[str]:
    """Diplomas with their year ('CAP cuisine 1996', 'NVQ Level 2 Warehousing (2011)', '2003.02 고등학교 졸업')."""
    rng, out = s.rng, []
    for i, dip in enumerate(rng.sample(DIPLOMAS[s.lang], n)):
        y = s.p.b21_start - 1 + i * rng.randint(1, 6)
        y = min(y, REF.year - 1)
        out.append(s.fact({"fr": f"{dip} {y}", "en": f"{dip} ({y})", "ko": f"{y}.02 {dip}"}[s.lang]))
    return out


def licences(s: Sheet, n: int = 3) -> list[str]:
    """Licences and cards with their dates ('CACES R489 obtenu le 12/05/2018', 'SIA licence exp. 09/2027')."""
    rng = s.rng
    y0 = min(s.p.b21_start + rng.randint(0, 2), REF.year - 2)
    y1 = rng.randint(max(y0 + 1, REF.year - 9), REF.year - 1)
    d = when(s, y1, rng.randint(1, 12), rng.randint(1, 28))
    exp = f"{rng.randint(1, 12):02d}/{REF.year + rng.randint(1, 4)}"
    opts = {"fr": [f"permis B depuis {y0}", f"CACES R489 obtenu le {d}", f"FIMO {y1}", f"carte conducteur exp. {exp}",
                   f"SST valable jusqu'au {exp}", f"FCO renouvelée en {y1}", f"habilitation électrique B0 ({y1})"],
            "en": [f"full UK licence since {y0}", f"SIA licence exp. {exp}", f"CSCS card exp. {exp}",
                   f"Counterbalance FLT certificate {d}", f"Driver CPC to {exp}", f"First Aid at Work ({y1})",
                   f"Food Hygiene Level 2, {y1}"],
            "ko": [f"2종 보통 운전면허 ({y0}년 취득)", f"지게차운전기능사 {d}", f"1종 대형 ({y1}년 취득)",
                   f"보건증 유효기간 {REF.year + 1}.{rng.randint(1, 12):02d}", f"안전보건교육 이수 {d}"]}[s.lang]
    return [s.fact(x) for x in rng.sample(opts, n)]


def numbers(s: Sheet) -> dict:
    """The contract and hours, the pay, a result, one line of experience: facts."""
    rng = s.rng
    res = [x for x in RESULTS[s.lang] if s.b21_rate not in x]
    return {"contract": [s.fact(x) for x in rng.sample(CONTRACTS[s.lang], 2)], "pay": s.fact(s.pick(PAY[s.lang])),
            "result": s.fact(s.pick(res)), "exp": experience_line(s)}


H = {"fr": {"exp": "EXPÉRIENCE", "edu": "FORMATION", "lic": "Permis et habilitations", "more": "Divers",
            "personal": "État civil"},
     "en": {"exp": "EMPLOYMENT HISTORY", "edu": "EDUCATION", "lic": "Licences & tickets", "more": "Other",
            "personal": "Personal details"},
     "ko": {"exp": "경력사항", "edu": "학력사항", "lic": "자격사항", "more": "기타", "personal": "인적사항"}}


def job_lines(s: Sheet, js: list[dict], style: str = "line") -> list[str]:
    out = []
    for j in js:
        if j.get("long"):  # '12 ans comme cariste', after the job's detail
            j = {**j, "what": f"{j['what']} ({j['long']})"}
        if style == "line":
            out.append(f"{j['dates']} {j['dur']} – {j['title']}, {j['employer']} – {j['place']} – {j['what']}")
        elif style == "block":
            out += [f"{j['dates']} {j['dur']}", f"{j['title']} | {j['employer']} | {j['place']}", f"• {j['what']}"]
        elif style == "table":
            out.append(f"{j['dates']} | {j['dur']} | {j['employer']} | {j['title']} | {j['place']} | {j['what']}")
        else:  # ko
            out.append(f"{j['dates']} {j['dur']}  {j['employer']} ({j['place']})  {j['title']} - {j['what']}")
    return out


def number_lines(s: Sheet, x: dict) -> list[str]:
    lab = {"fr": ("Contrats", "Rémunération", "Résultats", "Expérience"),
           "en": ("Contracts", "Pay", "Results", "Experience"), "ko": ("근무 형태", "급여", "성과", "경력")}[s.lang]
    return [f"{lab[0]}{s.sep}{', '.join(x['contract'])}", f"{lab[1]}{s.sep}{x['pay']}",
            f"{lab[2]}{s.sep}{x['result']}", f"{lab[3]}{s.sep}{x['exp']}"]


def std_style(s: Sheet) -> str:
    return "ko" if s.lang == "ko" else "line"


# --- layouts -------------------------------------------------------------------------------------------------------
@blind21(("fr", "en", "ko"))
def cv_chronologique(s: Sheet) -> str:
    """A chronological CV with many dated lines: the name, the birth date and age in the header ('Né le 3 mars 1984 à
    Gabú – 41 ans'), then jobs each with its period and duration, diplomas and licences with years, the other details
    and contact at the end."""
    head = name(s)
    born = birth(s)
    js = jobs(s, 5)
    x = numbers(s)
    return "\n".join([head, born + " – " + age(s), "", H[s.lang]["exp"], *job_lines(s, js, std_style(s)),
                      "", H[s.lang]["edu"], *diplomas(s), *licences(s), "", *number_lines(s, x), "", H[s.lang]["more"],
                      *others(s)])


@blind21(("fr", "en", "ko"))
def frise_parcours(s: Sheet) -> str:
    """A timeline / Gantt-like text export: a year axis starting at the birth year ('°1984'), one bar a job with its
    period, the name with the age in brackets ('Gatien PUECH (41)')."""
    head = f"{name(s)} {age(s, 'paren')}"
    js = jobs(s, 4)
    x = numbers(s)
    d = s.p.born
    axis = f"{s.plant('birth', f'°{d.year}' if s.lang != 'ko' else f'{d.year % 100:02d}년생')} ····· " + \
        " ··· ".join(str(y) for y in range(s.p.b21_start, REF.year + 1, 5))
    bars = []
    for j in js:
        width = 1 + len(j["dur"]) // 2
        bars.append(f"{'█' * width:<12} {j['dates']} {j['dur']} {j['title']} @ {j['employer']} ({j['place']})")
        bars.append(f"{'':12} ↳ {j['what']}" + (f" ({j['long']})" if j.get("long") else ""))
    return "\n".join([head, axis, *bars, "", *licences(s, 2), *diplomas(s, 1), *number_lines(s, x), "",
                      birth(s, place=True) if s.chance(0.5) else birth_place(s),
                      *others(s)])


@blind21(("fr", "en", "ko"))
def tableau_periodes(s: Sheet) -> str:
    """A CV whose experience table has 'Période | Durée | Employeur | Poste | Lieu | Détail' columns, flattened with
    pipes; the age and birth date in a row above it ('Âge : 41 | Né le …'), the other details below."""
    cols = {"fr": "Période | Durée | Employeur | Poste | Lieu | Détail",
            "en": "Period | Length | Employer | Role | Location | Detail", "ko": "기간 | 근속 | 회사 | 직무 | 지역 | 내용"}
    head = name(s, "LAST_first")
    rows = [f"{age(s, 'field')} | {birth(s, place=False)}"]
    js = jobs(s, 5)
    x = numbers(s)
    return "\n".join([head, *rows, cols[s.lang], *job_lines(s, js, "table"), "", " | ".join(diplomas(s, 2)),
                      " | ".join(licences(s, 3)), *number_lines(s, x), "", *others(s)])


@blind21(("fr", "en", "ko"), ages=(56, 64))
def cv_senior(s: Sheet) -> str:
    """An older worker's CV: 40 years of career with 1980s dates, the age in words ('soixante et un ans', 'sixty-one',
    '예순한 살'), the year of a round birthday ('l'année de mes 60 ans'), grandchildren not mentioned."""
    s.p.b21_start = s.p.born.year + s.rng.randint(16, 18)
    head = name(s)
    lead = {"fr": "Cariste, 40 ans de terrain", "en": "Warehouse hand, 40 years on the floor",
            "ko": "베테랑 지게차 기사"}[s.lang]
    intro = f"{s.fact(lead)}, {age(s, 'sal' if s.lang == 'ko' else 'words')}"
    js = jobs(s, 6, current=0.6)
    x = numbers(s)
    return "\n".join([head, intro, birth(s), "", H[s.lang]["exp"], *job_lines(s, js, "block"), "", birthday_decade(s),
                      *diplomas(s, 2), *licences(s, 2), *number_lines(s, x), "", *others(s)])


@blind21(("fr", "en", "ko"), ages=(16, 20))
def premier_cv(s: Sheet) -> str:
    """A young worker's first CV: school years, babysitting with the ages of the children minded, a summer job, the
    age ('17 ans') and the birth date ('Date de naissance 3/3/08'); no children of their own."""
    p = s.p
    p.b21_start, p.b21_kids, p.b21_marital = REF.year - 2, [], "single"
    head = name(s)
    a = age(s, s.pick({"fr": ["ans", "agee"], "en": ["yo", "old", "aged"], "ko": ["man", "se"]}[s.lang]))
    b = birth(s, s.pick({"fr": ["short", "slash", "long"], "en": ["ordinal", "slash"], "ko": ["dots", "long"]}[s.lang]))
    y = REF.year
    school = {"fr": [f"{y - 4}-{y - 1} : lycée professionnel, Bac pro commerce", f"{y - 8}-{y - 4} : collège (brevet {y - 4})"],
              "en": [f"{y - 7}-{y - 2}: secondary school, 7 GCSEs ({y - 2})", f"{y - 2}-{y}: college, Level 2 Catering"],
              "ko": [f"{y - 3}.03 ~ {y}.02 고등학교 졸업", f"{y - 6}.03 ~ {y - 3}.02 중학교 졸업"]}[s.lang]
    kids = {"fr": ["baby-sitting : 2 enfants de 4 et 8 ans, 3 soirs/semaine", "aide aux devoirs (CP-CE1, 6-7 ans)"],
            "en": ["babysitting two children aged 3 and 6, Friday nights", "Saturday job (9:00-17:00), 8 hrs a week"],
            "ko": ["초등학생 2명 (8세, 10세) 돌봄 아르바이트", "주말 편의점 (토·일 09:00~15:00)"]}[s.lang]
    js = jobs(s, 2, current=0.2)
    x = numbers(s)
    return "\n".join([head, f"{a} – {b}", contact(s), "", *(s.fact(t) for t in school), *(s.fact(k) for k in kids),
                      *job_lines(s, js, std_style(s)), *number_lines(s, x), *licences(s, 1),
                      *others(s, skip=("contact",))])


@blind21(("en",))
def uk_personal_details(s: Sheet) -> str:
    """A UK CV with a 'Personal details' block: 'DOB: 03.03.84', 'Age: 41', place of birth, an NI line with the DOB,
    licences with their dates, the other details; then the employment history with month-year periods."""
    head = name(s, "first_LAST")
    block = ["Personal details", birth(s, "dob_dots"), age(s, s.pick(["field", "yo", "aged"])), id_line(s),
             "Licences: " + ", ".join(licences(s, 3)), *others(s)]
    js = jobs(s, 5, "mon")
    x = numbers(s)
    return "\n".join([head, *block, "", H["en"]["exp"], *job_lines(s, js, "block"), "", *diplomas(s, 2),
                      *number_lines(s, x)])


@blind21(("en",))
def resume_us_grad(s: Sheet) -> str:
    """A US-style resume: no DOB line, a graduation year (a fact), metrics in bullets; the age only in an interests
    line ('completed my first marathon the year I turned 40') and a 'born in' sentence in the summary."""
    head = name(s, "first_last")
    js = jobs(s, 4, "words")
    x = numbers(s)
    summary = f"Summary: {birth(s, 'year')}; {years_of(s)}+ years in operations."
    s.fact(f"{years_of(s)}+ years in operations")
    return "\n".join([head, contact(s, " • "), summary, "", "EXPERIENCE", *job_lines(s, js, "block"), "", "EDUCATION",
                      s.fact(f"High School Diploma, Class of {s.p.b21_start - 1}"), *diplomas(s, 1), *licences(s, 2),
                      *number_lines(s, x), "", "INTERESTS", birthday_decade(s), *others(s, skip=("contact",))])


@blind21(("ko",))
def iryeokseo_gyeongryeok(s: Sheet) -> str:
    """A Korean 이력서: 성명, 생년월일 with 만 나이, 주민등록번호 (its birth digits), 경력 dates '2019.03 ~ 2022.08' with
    '(3년 5개월)', '경력 7년', 학력 with dates."""
    head = f"이 력 서\n성명: {name(s)}"
    b = f"{birth(s, 'dots', place=False)} ({age(s, 'man')})"
    js = jobs(s, 5, "dots")
    x = numbers(s)
    return "\n".join([head, b, id_line(s), "학력사항", *diplomas(s, 2), "", "경력사항", *job_lines(s, js, "ko"), "",
                      "자격사항", *licences(s, 3), *number_lines(s, x), "", *others(s)])


@blind21(("fr", "en", "ko"))
def calendrier_saisonnier(s: Sheet) -> str:
    """A seasonal worker's availability calendar: month by month availabilities and past seasons with day-dates
    ('vendanges du 10/09 au 05/10'), the ID card line with the birth date, the age beside the name."""
    y = REF.year + 1
    head = f"{name(s)}, {age(s)}"
    cal = {"fr": [f"avril-juin {y} : disponible 35h/semaine", f"du 01/07/{y} au 31/08/{y} : saison complète",
                  f"vendanges du 10/09/{y} au 05/10/{y}", f"taille de la vigne : janvier-mars {y}"],
           "en": [f"April-June {y}: available 37.5 hrs/week", f"01/07/{y}-31/08/{y}: full season",
                  f"apple picking 08/09/{y}-24/10/{y}", f"Christmas peak 20/11/{y}-24/12/{y}"],
           "ko": [f"{y}.04 ~ {y}.06 주 5일 가능", f"{y}.07.01 ~ {y}.08.31 성수기 전일 근무",
                  f"{y}.09.10 ~ {y}.10.05 수확 작업", f"{y}.11 ~ {y}.12 김장철 단기"]}[s.lang]
    js = jobs(s, 4)
    x = numbers(s)
    return "\n".join([head, id_line(s), *(s.fact(c) for c in cal), "", *job_lines(s, js, std_style(s)),
                      *licences(s, 2), *number_lines(s, x), birth(s, place=True) if s.chance(0.4) else
                      birth_place(s), *others(s)])


@blind21(("fr", "en", "ko"))
def releve_missions(s: Sheet) -> str:
    """An agency's timesheet-style history: 'Intérimaire : NAME (41) – né(e) le 03/03/1984', then one row a mission
    with week numbers, hours, hourly pay and the client's postcode."""
    head = {"fr": "Relevé des missions – Intérimaire : ", "en": "Assignment history – Temp worker: ",
            "ko": "파견 근무 이력 – 근로자: "}[s.lang]
    top = f"{head}{name(s)} {age(s, 'paren')} – {birth(s, s.pick(BIRTH_FORMS[s.lang]), place=False)}"
    rows = []
    rng = s.rng
    for _ in range(4):
        wk, hrs = rng.randint(1, 50), rng.choice([35, 39, 42, 24])
        yr = rng.randint(REF.year - 3, REF.year - 1)
        rows.append(s.fact({"fr": f"S{wk:02d}/{yr} | {hrs} h | {s.pick(PAY['fr'][:1] + PAY['fr'][3:])}",
                            "en": f"Wk {wk} {yr} | {hrs} hrs | {s.pick(['£12.21/hr', '£11.44 an hour'])}",
                            "ko": f"{yr}년 {wk}주차 | {hrs}시간 | {s.pick(['시급 10,030원', '시급 12,000원'])}"}[s.lang]))
    js = jobs(s, 3, current=0.0)
    x = numbers(s)
    return "\n".join([top, *rows, "", *job_lines(s, js, "table"), *licences(s, 2), *number_lines(s, x), "",
                      *others(s)])


@blind21(("fr", "en", "ko"))
def cv_soins_ages(s: Sheet) -> str:
    """A care worker's CV about the ages of the people cared for ('résidents de 75 à 98 ans', 'adults 65+', '만 3세 반
    담임') beside the candidate's own age ('42 ans') and children ('deux enfants (4 et 7 ans)')."""
    if not s.p.b21_kids:
        s.p.b21_kids = sorted(s.rng.sample(range(max(1, s.p.age - 44), min(s.p.age - 19, 38)), 2))
    head = name(s)
    who = {"fr": ["résidents de 75 à 98 ans", "enfants de 3 à 6 ans", "public 16-25 ans", "GIR 1 à 4"],
           "en": ["adults 65+", "children aged 0-5", "young people 13-19", "residents aged 70-101"],
           "ko": ["어르신 1~3등급", "만 3세 반 담임", "만 0~2세 영아반", "65세 이상 독거노인"]}[s.lang]
    js = jobs(s, 4)
    x = numbers(s)
    intro = f"{age(s)}, {family(s)}"
    return "\n".join([head, intro, birth(s), "", *(s.fact(w) for w in who), *job_lines(s, js, std_style(s)),
                      *diplomas(s, 2), *licences(s, 2), *number_lines(s, x), *others(s, skip=("family",))])


@blind21(("fr", "en", "ko"))
def cv_conducteur(s: Sheet) -> str:
    """A driver's CV: licence categories with their dates and codes ('C+E depuis 2009', 'code 95 : 10/2027'), the
    licence line carrying the birth date, tours and kilometres."""
    head = f"{sex(s, 'title')} {name(s)}"
    lic = {"fr": [f"permis C+E depuis {s.p.b21_start + 3}", f"code 95 : {s.rng.randint(1, 12):02d}/{REF.year + 2}",
                  "ADR base + citerne"],
           "en": [f"C+E since {s.p.b21_start + 3}", f"Driver CPC code 95 to {s.rng.randint(1, 12):02d}/{REF.year + 2}",
                  "6 points, no endorsements"],
           "ko": [f"1종 대형 ({s.p.b21_start + 3}년)", f"화물운송종사 자격 {s.p.b21_start + 4}년", "무사고 10년"]}[s.lang]
    dob = {"fr": "Permis de conduire – 3. date de naissance : ", "en": "Licence field 3 (DOB): ",
           "ko": "운전면허증 생년월일 "}[s.lang]
    js = jobs(s, 4)
    x = numbers(s)
    return "\n".join([head, age(s), f"{dob}{s.plant('birth', born_text(s, 'slash' if s.lang != 'ko' else 'dots'))}",
                      *(s.fact(t) for t in lic), *licences(s, 2), "", *job_lines(s, js, std_style(s)),
                      *number_lines(s, x), birth_place(s),
                      *others(s, skip=("sex",))])


@blind21(("fr", "en"))
def liste_certificats(s: Sheet) -> str:
    """A certificate list with issue and expiry dates ('SST – délivré le 14/03/2023 – expire le 14/03/2025'), the
    candidate's header 'Née en 1984 (41 ans)'."""
    head = name(s)
    top = f"{birth(s, 'year', place=False)} ({age(s, 'ans' if s.lang == 'fr' else 'yo')})"
    rng = s.rng
    certs = []
    for label in rng.sample({"fr": ["SST", "CACES R489 cat. 3", "HACCP", "Habilitation B0", "PRAP IBC", "AIPR"],
                             "en": ["First Aid at Work", "Manual Handling", "Level 2 Food Safety", "IPAF 3a",
                                    "PASMA", "Fire Marshal"]}[s.lang], 4):
        y = rng.randint(REF.year - 5, REF.year - 1)
        m, d = rng.randint(1, 12), rng.randint(1, 28)
        line = {"fr": f"{label} – délivré le {d:02d}/{m:02d}/{y} – expire le {d:02d}/{m:02d}/{y + 2}",
                "en": f"{label} – issued {d:02d}/{m:02d}/{y} – expires {d:02d}/{m:02d}/{y + 3}"}[s.lang]
        certs.append(s.fact(line))
    js = jobs(s, 3)
    x = numbers(s)
    return "\n".join([head, top, contact(s), "", *certs, "", *job_lines(s, js), *diplomas(s, 2), *number_lines(s, x),
                      birth_place(s), *others(s, skip=("contact",))])
