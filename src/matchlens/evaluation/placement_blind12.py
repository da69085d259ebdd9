"""A twelfth held-aside set of layouts of the placement benchmark (see evaluation.placement), split "blind12":
registered into the same LAYOUTS. Written without reading the masker (its rules, its data, its tests), the README's
list of what it misses or the history's messages, to measure it once more on CVs nobody tuned it on; do not read this
file while tuning a masker, and run it once.

The split is about how a candidate's record reaches a French staffing company in pieces and through the papers of
daily life: a CV sent as several numbered text messages that arrive out of order ('(2/4)'), a WhatsApp voice note
transcribed without punctuation or capitals, an HR onboarding checklist (carte Vitale, RIB, mutuelle and its
dependants, emergency contact; P45 and next of kin; 주민등록등본 and 가족관계증명서), a prefecture / UKVCAS / 출입국
appointment letter, an old school report card (bulletin, progress report, 생활기록부), a householder's attestation
that the worker lives with them (attestation d'hébergement, proof-of-address letter, 숙소 제공 확인서), a payroll
export as semicolon- or comma-separated values, an online right-to-work check (share code, ANEF), a trade-union
membership attestation, and a recruiter's notebook page from a job fair, photographed and OCR'd.

Its vocabulary is its own: Pondicherry Tamil, Comorian, Soninke and Kabyle authors writing in French; Oromo, Hebridean
Gaelic (women's surnames in 'Nic', men's in 'Mac') and Tigrinya authors in English; Korean authors with rare
one-syllable surnames and old-fashioned given names, and Burmese workers writing Korean (names in Hangul). None of the
name words is in a Faker locale's name lists, in placement_data nor in an earlier split's lists; homes, places of birth
and places of past jobs are in none of the earlier pools either (a test checks both). Other people's names (hosts,
teachers, parents, spouses, union delegates, recruiters, emergency contacts) are planted as "name"; job facts
(durations, employers - some named after people -, places of past jobs, diplomas, licences, skills, availability,
languages) are planted where the layout puts them, as the layout writes them (lower-cased and unpunctuated in a
transcript, quoted in CSV). A layout that re-encodes text records markers and facts in their encoded form.

Layouts: sms_parts, voice_note, onboarding_checklist, prefecture_letter, school_report, hosting_attestation,
payroll_export, right_to_work_check, union_attestation, notebook_ocr.
"""
from __future__ import annotations

import csv
import functools
import io
import re
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
    layout,
    licence,
    skills,
    title_text,
)
from matchlens.evaluation.placement_parts import _born_in, civil, contacts, diploma, draw_name, job_line, RenderedSheet
from matchlens.evaluation.placement_blind11 import area, capital, recast

SPLIT = "blind12"

# --- names: none of their words is in a Faker locale, placement_data or an earlier split (tests check it) -----------
NAMES = {
    "tamil": {"F": "Kalaivani Thenmozhi Tamilselvi Vasuki Anbarasi Latchoumy", "M": "Kathiravan Ilango Valavan "
              "Senthil Anbalagan", "L": "Mourougane Canabady Paquiriswamy Coupoussamy Sivasoupramaniane Arumugam "
              "Velayutham Candassamy Savounda"},
    "comorian": {"F": "Zalihata Nourdia Moinahalima Anzaouia Hadidja Hairia", "M": "Houmadi Anlaoui Nourdine "
                 "Fahardine Ansoir Ousseine Ibouroi Zoubert", "L": "Mhoma Toilibou Soidri Saindou Bacari Oirdi "
                 "Mchangama"},
    "soninke": {"F": "Diahara Mantoula Sirandou Tacko Founé", "M": "Silly Sidy Sambou Dioncounda",
                "L": "Diagouraga Marega Bathily Kamissoko Sacko Konté Djiguiba Sokhona Wagué"},
    "kabyle": {"F": "Ouerdia Fetta Ldjida Ghenima Dahbia", "M": "Amastan Lyes Lhocine Boussad",
               "L": "Ouakli Oubelaïd Tiab Hadjeb Aitoufella Ouelhadj Oukaci"},
    "oromo": {"F": "Boontu Caaltu Gadise Meti", "M": "Tolossa Kumsa Jirata Gammachuu Dhugaa Lenco",
              "L": "Gudeta Fayyisa Dhaba Waqo Tufa Bultum Qabeenaa"},
    "gaelic": {"F": "Ealasaid Sìleas Beathag Diorbhail Seonag Ciorstag", "M": "Murchadh Aonghas Dùghall Eachann",
               "L": "MacNeacail MacAoidh MacDhòmhnaill MacLeòid MacIlleMhoire"},
    "tigrinya": {"F": "Letebrhan Abrehet Hiwet Selam Mehret Tirhas", "M": "Tesfay Teklit Ghebrehiwet Zeray Habtu "
                 "Fitsum Kahsay Mebrahtu", "L": "Weldemichael Habtemariam Berhe Okbazghi Woldu Tsegay"},
    "korean": {"F": "봉순 금순 점순 귀녀 을순 양순 애순 정님", "M": "복동 팔복 억쇠 일봉 두칠 봉팔 덕칠 삼룡 만득",
               "L": "지 원 엄 동"},
    "burmese": {"F": "에이에이 띤자 뚜자 메뚜 수몬", "M": "뗏나잉 민뚜 초조아웅 떼인윈", "L": "뚠뚠 묘민 라잉 뚜라 소윈"},
}
NAMES = {o: {k: v.split() for k, v in d.items()} for o, d in NAMES.items()}
NIC = {m: "Nic" + m[3:] for m in NAMES["gaelic"]["L"]}  # a Gaelic woman's surname: 'NicAoidh' beside 'MacAoidh'
LATIN = {  # how a Burmese worker's e-mail spells the Hangul name (not planted: contact only)
    "에이에이": "ayeaye", "띤자": "tinzar", "뚜자": "thuzar", "메뚜": "maythu", "수몬": "sumon", "뗏나잉": "thetnaing",
    "민뚜": "minthu", "초조아웅": "kyawzawaung", "떼인윈": "theinwin", "뚠뚠": "tuntun", "묘민": "myomin",
    "라잉": "hlaing", "뚜라": "thura", "소윈": "soewin"}
KO_SURNAME_ROMAN = {"지": "Ji", "원": "Won", "엄": "Eom", "동": "Dong"}
WEIGHTS = {"fr": {"tamil": 3, "comorian": 3, "soninke": 2, "kabyle": 2},
           "en": {"oromo": 3, "gaelic": 3, "tigrinya": 3}, "ko": {"korean": 5, "burmese": 3}}
NATIONALITY = {"tamil": {"FR": 2, "IN": 1}, "comorian": {"KM": 2, "FR": 2}, "soninke": {"ML": 2, "FR": 1},
               "kabyle": {"DZ": 2, "FR": 1}, "oromo": {"ET": 2, "GB": 1}, "gaelic": {"GB": 1},
               "tigrinya": {"ER": 2, "GB": 1}, "korean": {"KR": 1}, "burmese": {"MM": 1}}
ORIGIN_KEY = {"tamil": "TA", "comorian": "KM", "soninke": "SK", "kabyle": "KB", "oromo": "OR", "gaelic": "GD",
              "tigrinya": "TI", "korean": "KR", "burmese": "BM"}
NATS = {  # key -> (fr masc, fr fem, en, ko, ISO 3166 alpha-3)
    "FR": ("français", "française", "French", "프랑스", "FRA"),
    "IN": ("indien", "indienne", "Indian", "인도", "IND"),
    "TA": ("tamoul", "tamoule", "Tamil", "타밀", "IND"),
    "KM": ("comorien", "comorienne", "Comorian", "코모로", "COM"),
    "ML": ("malien", "malienne", "Malian", "말리", "MLI"),
    "SK": ("soninké", "soninké", "Soninke", "소닌케", "MLI"),
    "DZ": ("algérien", "algérienne", "Algerian", "알제리", "DZA"),
    "KB": ("kabyle", "kabyle", "Kabyle", "카빌리", "DZA"),
    "GB": ("britannique", "britannique", "British", "영국", "GBR"),
    "ET": ("éthiopien", "éthiopienne", "Ethiopian", "에티오피아", "ETH"),
    "OR": ("oromo", "oromo", "Oromo", "오로모", "ETH"),
    "GD": ("écossais", "écossaise", "Scottish", "스코틀랜드", "GBR"),
    "ER": ("érythréen", "érythréenne", "Eritrean", "에리트레아", "ERI"),
    "TI": ("tigrinya", "tigrinya", "Tigrinya", "티그리냐", "ERI"),
    "KR": ("sud-coréen", "sud-coréenne", "South Korean", "대한민국", "KOR"),
    "MM": ("birman", "birmane", "Burmese", "미얀마", "MMR"),
    "BM": ("birman", "birmane", "Burmese", "미얀마", "MMR"),
}

# --- places: in none of the earlier pools (tests check it) ------------------------------------------------------
FR_TOWNS = [  # (town, postcode)
    ("Montfermeil", "93370"), ("Dzaoudzi", "97615"), ("Givors", "69700"), ("Villeneuve-Saint-Georges", "94190"),
    ("Sainte-Geneviève-des-Bois", "91700"), ("Vigneux-sur-Seine", "91270"),
]
FR_STREETS = ["rue des Tilleuls", "allée des Mimosas", "rue Jean-Jaurès", "rue de la Fontaine", "impasse des Lilas",
              "cité des Marronniers"]
FR_JOB_PLACES = ["Morangis", "Longjumeau", "Chanteloup-en-Brie", "Sucy-en-Brie", "Emerainville", "Servon",
                 "Brie-Comte-Robert", "Ozoir-la-Ferrière", "Pontcarré", "Saint-Thibault-des-Vignes", "Collégien"]
EN_TOWNS = [  # (town, outward code, area)
    ("Alum Rock", "B8", "West Midlands"), ("Small Heath", "B10", "West Midlands"),
    ("Cheetham Hill", "M8", "Greater Manchester"), ("Levenshulme", "M19", "Greater Manchester"),
    ("Harehills", "LS8", "West Yorkshire"), ("Manningham", "BD8", "West Yorkshire"),
    ("Splott", "CF24", "South Glamorgan"), ("Butetown", "CF10", "South Glamorgan"),
]
EN_STREETS = ["Ash Grove", "Victoria Terrace", "Chapel Street", "Clifton Road", "Mill Lane", "Station Road"]
EN_JOB_PLACES = ["Rossington", "Wentloog", "Queensferry", "Irlam", "Carrington", "Sandycroft", "Cwmbran", "Pyle"]
KO_TOWNS = [  # (region, short name)
    ("경기도 안산시 단원구 원곡동", "원곡"), ("경기도 시흥시 정왕동", "정왕"), ("경상북도 구미시 고아읍", "고아"),
    ("경기도 화성시 우정읍", "우정"),
]
KO_ROADS = ["원곡로", "정왕대로", "고아로", "우정로"]
KO_JOB_PLACES = ["당진 송산면", "서산 대산읍", "여주 가남읍", "이천 부발읍", "광주 곤지암읍", "용인 백암면", "안성 일죽면",
                 "평택 청북읍", "시흥 시화공단"]
BIRTH = {  # origin -> places of birth as a CV writes them
    "tamil": ["Karikal (Inde)", "Villupuram (Inde)", "Yanam (Inde)", "Cuddalore (Inde)"],
    "comorian": ["Foumbouni (Comores)", "Tsémbéhou (Comores)", "Itsandra (Comores)", "Moya (Comores)"],
    "soninke": ["Yélimané (Mali)", "Diéma (Mali)", "Ambidédi (Mali)", "Ouaoundé (Sénégal)"],
    "kabyle": ["Aïn El Hammam (Algérie)", "Tigzirt (Algérie)", "Bouzeguène (Algérie)", "Makouda (Algérie)"],
    "oromo": ["Ambo, Ethiopia", "Shashamane, Ethiopia", "Fiche, Ethiopia", "Dembi Dolo, Ethiopia"],
    "gaelic": ["Tarbert, Harris", "Barvas, Lewis", "Lochboisdale, South Uist", "Balivanich, Benbecula"],
    "tigrinya": ["Adi Keyh, Eritrea", "Dekemhare, Eritrea", "Segeneiti, Eritrea", "Shire camp, Ethiopia"],
    "korean": ["충청북도 괴산군", "전라북도 진안군", "전라남도 장흥군"],
    "burmese": ["미얀마 만달레이", "미얀마 바고", "미얀마 마궤"],
}

# --- religions, health, and job facts of this split -------------------------------------------------------------
RELIGIONS = {"tamil": ["hindu", "catholic"], "comorian": ["muslim"], "soninke": ["muslim"],
             "kabyle": ["muslim", "none", "protestant"], "oromo": ["protestant", "muslim", "orthodox"],
             "gaelic": ["presbyterian", "catholic"], "tigrinya": ["orthodox", "catholic"],
             "korean": ["buddhist", "protestant", "catholic", "none"], "burmese": ["buddhist", "none"]}
REL = {  # key -> (fr fem, fr masc, en, ko)
    "hindu": ("hindoue", "hindou", "Hindu", "힌두교"),
    "catholic": ("catholique", "catholique", "Catholic", "천주교"),
    "muslim": ("musulmane", "musulman", "Muslim", "이슬람교"),
    "none": ("sans religion", "sans religion", "No religion", "무교"),
    "protestant": ("protestante", "protestant", "Protestant", "개신교"),
    "orthodox": ("orthodoxe", "orthodoxe", "Orthodox Christian", "정교회"),
    "presbyterian": ("presbytérienne", "presbytérien", "Free Church of Scotland", "장로교"),
    "buddhist": ("bouddhiste", "bouddhiste", "Buddhist", "불교"),
}
REL_ACT = {  # an activity that tells the religion, the telling words braced
    "fr": {"hindu": "bénévole au {temple Ganesh}", "muslim": "pas de mission le vendredi midi ({prière})",
           "catholic": "{pèlerinage} à Lourdes chaque été"},
    "en": {"orthodox": "{Orthodox Lent} fasting (no lunch breaks needed)", "presbyterian": "no Sunday shifts "
           "({Sabbath})", "muslim": "{Eid} off please", "protestant": "{church} choir on Sundays"},
    "ko": {"buddhist": "{절} 공양 봉사", "protestant": "주일 {예배} 참석", "catholic": "{성당} 봉사"},
}
HEALTH = {  # key -> (fr (fem, masc) or text, en, ko)
    "asthma": ("asthmatique", "asthma (inhaler)", "천식"),
    "back": ("hernie discale opérée", "slipped disc (2021)", "허리 디스크 수술"),
    "colour": (("daltonienne", "daltonien"), "colour blind", "색약"),
    "dialysis": ("dialyse 3 fois par semaine", "dialysis three times a week", "주 3회 투석"),
    "knee": ("genou opéré, pas d'échelle", "knee surgery, no ladders", "무릎 수술 (사다리 작업 불가)"),
    "good": ("apte sans réserve", "fit for all duties", "특이사항 없음"),
}
SIDE_EMPLOYERS = {"fr": ["Épicerie Chez Nanou", "Garage Chez Titi", "Taxi Momo", "Boulangerie Chez Jojo",
                         "Snack Chez Yaya"],
                  "en": ["Auntie Pat's Café", "Big Col's Skips", "Nana Joy's Kitchen", "Uncle Sid's Removals"],
                  "ko": ["옥자네 식당", "춘식이네 철물점", "복남이네 세탁소", "영철이네 농장"]}
TENURE = {"fr": ["{n} ans d'intérim", "{n} ans de métier", "{n} ans sur le terrain"],
          "en": ["{n} years of agency work", "{n} years' experience", "{n} years on site"],
          "ko": ["경력 {n}년", "{n}년간 근무", "현장 {n}년"]}
TRADE_TENURE = {  # years in a kind of workplace, for the trades that have one
    "care": ("{n} ans en EHPAD", "{n} years in nursing homes", "요양병원 {n}년"),
    "logistics": ("{n} ans en plateforme logistique", "{n} years in distribution centres", "물류센터 {n}년"),
    "kitchen": ("{n} ans en cuisine centrale", "{n} years in hospital kitchens", "단체급식 {n}년"),
    "cleaning": ("{n} ans de nettoyage industriel", "{n} years of office cleaning", "건물 미화 {n}년"),
    "driving": ("{n} ans de messagerie", "{n} years of parcel delivery", "화물 운송 {n}년"),
    "security": ("{n} ans en grande surface", "{n} years of retail security", "시설 경비 {n}년"),
}
TONGUES = {"tamil": "Tamoul", "comorian": "Shikomori", "soninke": "Soninké", "kabyle": "Kabyle (taqbaylit)",
           "oromo": "Afaan Oromoo", "gaelic": "Gàidhlig", "tigrinya": "Tigrinya", "burmese": "미얀마어 (모국어)"}
COMMON_TONGUES = {"fr": ["Anglais (A2)", "Anglais : scolaire", "Arabe (notions)"],
                  "en": ["Amharic (fluent)", "French (basic)", "Arabic (conversational)"],
                  "ko": ["한국어 (TOPIK 3급)", "영어 (기초)", "한국어 (EPS-TOPIK 합격)"]}
KO_NATIVE_TONGUES = ["영어 (토익 650)", "중국어 (HSK 2급)", "베트남어 (기초)"]
EXTRA = {"fr": "extra", "en": "weekend job", "ko": "주말 알바"}
CARE = next(t for t in D.TRADES if t.key == "care")
# --- the blind12 sheet -----------------------------------------------------------------------------------------------
class Blind12Sheet(RenderedSheet):
    """A Sheet whose personal details are written in this split's wording; modes: 'pair' (label, value), 'bare' (a CV
    item), 'me' (the author speaking), 'she' (someone else writing about the author)."""

    def render(self, family: str, mode: str):
        return RENDER12[family](self, mode)


FAMILY_ODDS = {"sex": 0.6, "age": 0.7, "birth": 0.6, "residence": 0.85, "nationality": 0.65, "religion": 0.55,
               "family": 0.7, "health": 0.55}


def draw(rng, lang: str, sex: str, origin: str = "") -> tuple[str, str, str]:
    """(origin, first, last) of someone writing in lang, or of an origin."""
    return draw_name(rng, NAMES, WEIGHTS, lang, sex, origin)


def renew(s: Sheet, trade=None, origin: str = "") -> None:
    """Give the sheet's person an identity of this split (name, second given name, contact, home, birth place,
    nationality, religion, health, families to reveal, places of past jobs; the trade and the origin if given), drawn
    from the sheet's random source."""
    p, rng, lang = s.p, s.rng, s.lang
    origin, first, last = draw(rng, lang, p.sex, origin)
    p.b12_origin, p.hanja = origin, ""
    p.b12_given2 = rng.choice([x for x in NAMES[origin][p.sex] if x != first])
    if origin == "korean":
        p.first, p.last, p.hangul = first, last, last + first
        p.email, p.phone, p.linkedin = _contact(rng, lang, first, last, first)
    elif lang == "ko":  # a Burmese worker: given name, then a second name, in Hangul
        p.first, p.last, p.hangul = first, last, f"{first} {last}"
        p.email, p.phone, p.linkedin = _contact(rng, lang, LATIN[first].capitalize(), LATIN[last].capitalize(), "")
    else:
        if origin == "gaelic" and p.sex == "F":
            last = NIC[last]
        p.first, p.last, p.hangul = first, last, ""
        p.email, p.phone, p.linkedin = _contact(rng, lang, first, last, "")
    if trade is not None and p.trade is not trade:
        p.trade = trade
        p.jobs = _jobs(rng, lang, trade, p.born, p.years, "\0")  # places are drawn below
    if lang == "fr":
        town, pc = rng.choice(FR_TOWNS)
        p.b12_home = {"town": town, "pc": pc, "street": f"{rng.randint(1, 88)} {rng.choice(FR_STREETS)}"}
        places = FR_JOB_PLACES
    elif lang == "en":
        town, code, area = rng.choice(EN_TOWNS)
        pc = f"{code} {rng.randint(1, 9)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"
        p.b12_home = {"town": town, "pc": pc, "area": area, "street": f"{rng.randint(1, 140)} {rng.choice(EN_STREETS)}"}
        places = EN_JOB_PLACES
    else:
        i = rng.randrange(len(KO_TOWNS))
        region, short = KO_TOWNS[i]
        p.b12_home = {"town": short, "region": region, "street": f"{KO_ROADS[i]} {rng.randint(1, 300)}"}
        places = KO_JOB_PLACES
    for job, place in zip(p.jobs, rng.sample(places, len(p.jobs))):
        job.place = place
    if p.sex == "M":  # no 'Chambermaid' on a man's CV
        for job in p.jobs:
            if job.en_female:
                job.en, job.en_female = rng.choice(p.trade.en_titles), False
    p.birth_place = rng.choice(BIRTH[origin])
    nats = NATIONALITY[origin]
    p.b12_nat = (_weighted(rng, nats),) if len(nats) == 1 or rng.random() > 0.2 else tuple(sorted(nats))[:2]
    p.religion = rng.choice(RELIGIONS[origin])
    p.health = rng.choice(sorted(HEALTH))
    if p.health == "pregnant" and p.sex == "M":
        p.health = "lifting"
    chosen = {f for f, odds in FAMILY_ODDS.items() if rng.random() < odds}
    while len(chosen) < 4:
        chosen.add(_weighted(rng, FAMILY_ODDS))
    p.families = chosen | {"name"} | ({"contact"} if rng.random() < 0.95 else set())


def blind12(langs=LANGS, trade=None, origins: dict[str, str] | None = None):
    """Register a layout of this split: the sheet gets its identity first (the trade if given, and the origin given
    for the sheet's language, if any: a Korean school record is a Korean's)."""
    def deco(fn):
        @functools.wraps(fn)
        def run(s: Sheet) -> str:
            s.__class__ = Blind12Sheet
            renew(s, trade, (origins or {}).get(s.lang, ""))
            return fn(s)
        layout(langs, split=SPLIT)(run)
        return run
    return deco


# --- names ------------------------------------------------------------------------------------------------------------
def me(s: Sheet, form: str = "plain") -> str:
    """The author's name, planted: 'plain', 'LAST first', 'first LAST', 'first', 'last', 'LAST', 'lower' ('zalihata
    mhoma'), 'both' (both given names)."""
    p = s.p
    if s.lang == "ko":
        if form == "first":
            return s.plant("name", p.first)
        return s.plant("name", p.hangul)
    text = {"plain": f"{p.first} {p.last}", "LAST first": f"{p.last.upper()} {p.first}", "first": p.first,
            "first LAST": f"{p.first} {p.last.upper()}", "last": p.last, "LAST": p.last.upper(),
            "lower": f"{p.first} {p.last}".lower(), "both": f"{p.first} {p.b12_given2}"}[form]
    return s.plant("name", text)


def other(s: Sheet, sex: str | None = None) -> tuple[str, str, str]:
    """(origin, first, last) of another person, none of whose words is the author's."""
    for _ in range(30):
        origin, first, last = draw(s.rng, s.lang, sex or s.pick("FM"))
        if not {first, last} & {s.p.first, s.p.last, s.p.b12_given2}:
            break
    return origin, first, last


def someone(s: Sheet, form: str = "plain", sex: str | None = None) -> str:
    """Another person's name (a spouse, a recruiter, a referee, a client), planted as 'name': 'plain', 'first',
    'LAST first', 'first L.' (the initial, one letter, not planted), 'handle' ('hiwet.b')."""
    origin, first, last = other(s, sex)
    if s.lang == "ko":
        full = last + first if origin == "korean" else f"{first} {last}"
        return s.plant("name", first if form in ("first", "first L.", "handle") else full)
    if form == "first L.":
        return s.plant("name", first) + f" {last[0]}."
    if form == "handle":
        return s.plant("name", f"{first.lower()}.{last[0].lower()}")
    return s.plant("name", {"first": first, "LAST first": f"{last.upper()} {first}"}.get(form, f"{first} {last}"))


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
    """Where the author lives: an address, 'Givors (69)', a town alone, 'Splott, South Glamorgan', '원곡 거주'."""
    h, lang = s.p.b12_home, s.lang
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
    """Nationality or origin: 'comorienne', "d'origine kabyle", 'Eritrean national', '미얀마 국적'."""
    nat, lang, origin = s.p.b12_nat, s.lang, ORIGIN_KEY[s.p.b12_origin]
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


RENDER12 = {"sex": r_sex, "age": r_age, "birth": r_birth, "residence": r_residence, "nationality": r_nationality,
            "religion": r_religion, "family": r_family, "health": r_health}
PERSONAL12 = ("sex", "age", "birth", "nationality", "family", "health", "religion")


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
    own = TONGUES.get(s.p.b12_origin)
    out = [own] if own and s.chance(0.6) else []
    out.append(s.pick(KO_NATIVE_TONGUES if s.p.b12_origin == "korean" else COMMON_TONGUES[s.lang]))
    return [s.fact(x) for x in out]


def rest(s: Sheet, mode: str = "bare", skip: tuple[str, ...] = ()) -> list[str]:
    """Every family this CV reveals and has not written yet (residence first), but those skipped."""
    res = s.bit("residence", mode) if "residence" not in skip else None
    return ([res] if res else []) + s.bits([f for f in PERSONAL12 if f not in skip], mode)


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


def rest_lines(s: Sheet, items: list[str]) -> list[str]:
    """The remaining personal details under the 'personal' heading, if any."""
    return ["", s.h("personal"), *items] if items else []


AGENCY = {"fr": "Intérim Plus Essonne", "en": "Northway Recruitment", "ko": "한길 인력"}


# --- 1. a CV sent as several numbered text messages, arriving out of order ---------------------------------------------
@blind12()
def sms_parts(s: Sheet) -> str:
    """A CV typed on a phone and sent as several text messages numbered '(1/4)', '(2/4)'…, exported from the
    recruiter's phone in the order they arrived (not the order they were written): the sender's number on each, the
    author speaking in the first person, the career in short bits, a recruiter's reply at the end."""
    p, lang = s.p, s.lang
    j = p.jobs[0]
    who, title = me(s), title_text(s, j, "lower" if lang != "ko" else "cap")
    hello = {"fr": f"Bonjour c'est {who} pour l'annonce {title}", "en": f"Hi it's {who} about the {title} job",
             "ko": f"안녕하세요 {who}입니다 {title} 공고 보고 연락드려요"}[lang]
    chunks = [hello, *rest(s, "me"), tenure(s), *[job_line(s, x, " - ") for x in p.jobs]]
    emp, where = side(s)
    chunks += [f"{EXTRA[lang]} {emp} ({where})", diploma(s), licence(s), ", ".join(skills(s)), ", ".join(tongues(s)),
               availability(s)]
    if "contact" in p.families:
        chunks.append({"fr": "mon mail ", "en": "my email ", "ko": "메일 "}[lang] + s.plant("contact", p.email))
    n = min(len(chunks), s.pick([3, 4, 5]))
    cuts = sorted(s.rng.sample(range(1, len(chunks)), n - 1))
    parts = [chunks[a:b] for a, b in zip([0, *cuts], [*cuts, len(chunks)])]
    order = list(range(n))
    i = s.rng.randrange(n - 1)
    order[i], order[i + 1] = order[i + 1], order[i]  # two parts swapped by the network
    sender = s.plant("contact", p.phone) if "contact" in p.families else \
        {"fr": "Numéro inconnu", "en": "Unknown number", "ko": "알 수 없는 번호"}[lang]
    word = {"fr": "De", "en": "From", "ko": "발신"}[lang]
    stop = ". " if lang != "ko" else " "
    lines = [{"fr": "Export SMS — Messages reçus", "en": "Text messages — export", "ko": "문자 메시지 내보내기"}[lang], ""]
    for k, idx in enumerate(order):
        lines.append(f"14/11 08:{12 + k:02d} — {word} : {sender}" if lang == "fr" else f"14/11 08:{12 + k:02d} — "
                     f"{word}: {sender}")
        lines += [f"({idx + 1}/{n}) " + stop.join(parts[idx]), ""]
    recruiter = someone(s, "first")
    reply = {"fr": f"{recruiter} ({AGENCY[lang]}) : Bien reçu, je vous rappelle demain.",
             "en": f"{recruiter} ({AGENCY[lang]}): Got it, I'll call you tomorrow.",
             "ko": f"{recruiter} ({AGENCY[lang]}): 잘 받았습니다. 내일 연락드릴게요."}[lang]
    return "\n".join(lines + [reply])


# --- 2. a WhatsApp voice note, transcribed without punctuation ----------------------------------------------------------
FILLERS = {"fr": ["euh", "bon", "du coup", "voilà"], "en": ["um", "so", "yeah", "basically"],
           "ko": ["음", "그러니까", "어"]}


def unpunctuated(text: str) -> str:
    """Text as a speech-to-text note gives it: lower case, no full stops, commas, colons or question marks."""
    return re.sub(r"[,.;:!?](?=\s|$)", "", text).lower()


def said_jobs(s: Sheet) -> list[str]:
    """The jobs as someone says them ('agent de quai chez X à Y')."""
    out = []
    for j in s.p.jobs:
        title, emp, at = title_text(s, j, "lower" if s.lang != "ko" else "cap"), s.fact(j.employer), s.fact(j.place)
        out.append({"fr": f"j'ai été {title} chez {emp} à {at}", "en": f"I was {title} at {emp} in {at}",
                    "ko": f"{at}에 있는 {emp}에서 {title}로 일했어요"}[s.lang])
    return out


@blind12()
def voice_note(s: Sheet) -> str:
    """A voice note left on the agency's WhatsApp, turned into text by the phone: no capitals, no punctuation, fillers
    ('euh', 'um', '음'), the author introducing themselves, their life and their jobs in one breath; the header
    gives the sender's saved name and the note's length."""
    p, lang = s.p, s.lang
    m0, f0 = len(s.markers), len(s.facts)
    emp, where = side(s)
    hello, who = someone(s, "first"), me(s)
    told, jobs = rest(s, "me"), said_jobs(s)
    years, dip, lic, can, tongue = tenure(s), diploma(s), licence(s), ", ".join(skills(s, 2)), ", ".join(tongues(s))
    said = {"fr": [f"bonjour {hello} c'est {who}", "je vous appelle pour le travail", *told, *jobs, f"j'ai {years}",
                   f"le week-end je fais des extras chez {emp} à {where}", f"j'ai le {dip} et le {lic}",
                   f"je sais faire {can}", f"je parle {tongue}"],
            "en": [f"hi {hello} it's {who}", "I'm calling about the work", *told, *jobs, f"I've got {years}",
                   f"at weekends I work at {emp} in {where}", f"I have {dip} and {lic}", f"I can do {can}",
                   f"I speak {tongue}"],
            "ko": [f"{hello}님 안녕하세요 {who}예요", "일자리 때문에 연락드려요", *told, *jobs, years,
                   f"주말에는 {where} {emp}에서 일해요", f"{dip} {lic} 있어요", can, tongue]}[lang] + [availability(s)]
    if "contact" in p.families:
        said.append({"fr": "mon numéro c'est le ", "en": "my number is ", "ko": "제 번호는 "}[lang] +
                    s.plant("contact", p.phone))
    words = []
    for x in said:
        words.append(x)
        if s.chance(0.3):
            words.append(s.pick(FILLERS[lang]))
    text = unpunctuated(" ".join(words))
    recast(s, unpunctuated, m0, f0)
    head = {"fr": "🎤 Message vocal (1:52) — transcription automatique", "en": "🎤 Voice message (1:52) — "
            "transcribed", "ko": "🎤 음성 메시지 (1:52) — 자동 변환"}[lang]
    return "\n".join([head, f"~ {me(s, 'first')}", "", text])


# --- 3. an HR onboarding checklist ---------------------------------------------------------------------------------------
INSEE_COUNTRY = {"Inde": "223", "Comores": "397", "Mali": "335", "Sénégal": "341", "Algérie": "352"}


def nir(s: Sheet) -> str:
    """A French social security number of someone born abroad: sex, year, month, 99, country, order, key."""
    p = s.p
    country = INSEE_COUNTRY.get(p.birth_place.split("(")[-1].rstrip(")"), "352")
    body = f"{2 if s.female else 1} {p.born.year % 100:02d} {p.born.month:02d} 99 {country} {s.rng.randint(1, 999):03d}"
    return f"{body} {97 - int(body.replace(' ', '')) % 97:02d}"


def relative(s: Sheet) -> str:
    """An emergency contact's relation to the author that tells nothing of the author's family status."""
    return s.pick({"fr": ["sœur", "frère", "cousine", "voisin", "amie"], "en": ["sister", "brother", "cousin", "friend"],
                   "ko": ["언니", "동생", "사촌", "친구"]}[s.lang])


def spouse(s: Sheet) -> str:
    """The author's spouse, named (planted as 'name'), if married or partnered and the CV tells the family."""
    return someone(s, "plain", "M" if s.female else "F")


def _onboarding_fr(s: Sheet) -> list[str]:
    p = s.p
    out = [f"Salarié(e) : {civil(s)}{me(s, 'LAST first')}"]
    if s.take("nationality"):
        out.append(f"☑ Pièce d'identité / titre de séjour — nationalité : {nat_word(s, p.b12_nat[0], True)}")
    if s.take("birth"):
        out.append(f"☑ Carte Vitale — n° {s.plant('birth', nir(s))}")
    out.append(f"☑ RIB — titulaire : {me(s, 'first LAST')} — IBAN FR76 3000 {s.rng.randint(1000, 9999)} "
               f"{s.rng.randint(1000, 9999)} {s.rng.randint(1000, 9999)} 27")
    if s.take("residence"):
        h = p.b12_home
        out.append(f"☑ Justificatif de domicile — {s.plant('residence', h['street'])}, {s.plant('residence', h['pc'])} "
                   f"{s.plant('residence', h['town'])}")
    if s.take("family"):
        fem, masc = FR_STATUS[p.marital]
        if p.marital in ("married", "pacs"):
            mate = spouse(s)
            out.append(f"☑ Mutuelle — ayants droit : {mate} ({s.plant('family', 'conjoint' if s.female else 'conjointe')})"
                       + (f", {kids(s)}" if p.children else ""))
        else:
            out.append(f"☑ Mutuelle — adhésion {s.gv('family', fem, masc)}" + (f", {kids(s)}" if p.children else ""))
    if s.take("health"):
        out.append(f"☐ Visite médicale d'embauche — à signaler : {r_health(s, 'bare')}")
    out.append(f"☑ Personne à prévenir : {someone(s)} ({relative(s)})")
    return out


def _onboarding_en(s: Sheet) -> list[str]:
    p = s.p
    out = [f"Name: {civil(s)}{me(s)}", "[x] P45 received (starter checklist: statement B)"]
    if s.take("nationality"):
        out.append(f"[x] Right to work — {nat_word(s, p.b12_nat[0])} passport seen")
    if s.take("birth"):
        out.append(f"[x] Pension auto-enrolment — date of birth {s.plant('birth', _date(s, p.born))}")
    out.append(f"[x] Bank details — account name: {me(s, 'first LAST')}, sort code 20-{s.rng.randint(10, 99)}-"
               f"{s.rng.randint(10, 99)}")
    if s.take("residence"):
        h = p.b12_home
        out.append(f"[x] Proof of address — {s.plant('residence', h['street'])}, {s.plant('residence', h['town'])} "
                   f"{s.plant('residence', h['pc'])}")
    if s.take("family") and p.marital in ("married", "pacs"):
        word = s.plant("family", {"married": "husband" if s.female else "wife", "pacs": "civil partner"}[p.marital])
        out.append(f"[x] Next of kin: {spouse(s)} ({word})" + (f"; {kids(s)}" if p.children else ""))
    else:
        out.append(f"[x] Next of kin: {someone(s)} ({relative(s)})")
        if "family" in s.done and "family" in p.families:
            out.append(f"[x] Childcare vouchers — {s.plant('family', capital(EN_STATUS[p.marital]))}" +
                       (f", {kids(s)}" if p.children else ""))
    if s.take("health"):
        out.append(f"[ ] Occupational health questionnaire — declared: {r_health(s, 'bare')}")
    return out


def _onboarding_ko(s: Sheet) -> list[str]:
    p = s.p
    out = [f"성명: {me(s)}"]
    if s.take("residence"):
        h = p.b12_home
        paper = "주민등록등본" if p.b12_origin == "korean" else "체류지 확인서"
        out.append(f"■ {paper} — {s.plant('residence', h['region'])} {s.plant('residence', h['street'])}")
    if s.take("nationality"):
        out.append(f"■ 외국인등록증 사본 — 국적 {nat_word(s, p.b12_nat[0])}")
    if s.take("family"):
        status = s.plant("family", KO_STATUS[p.marital])
        mate = f", 배우자 {spouse(s)}" if p.marital in ("married", "pacs") else ""
        out.append(f"■ 가족관계증명서 — {status}{mate}" + (f", {kids(s)}" if p.children else ""))
    out.append(f"■ 통장 사본 — 예금주 {me(s)}")
    if s.take("health"):
        out.append(f"□ 건강진단결과서(보건증) — {r_health(s, 'bare')}")
    out.append(f"■ 비상연락처 — {someone(s)} ({relative(s)})")
    return out


@blind12(trade=CARE)
def onboarding_checklist(s: Sheet) -> str:
    """The agency's onboarding checklist for a new temp placed in care homes, ticked: identity paper and nationality, social security
    number (the carte Vitale's NIR tells sex and birth), bank account holder, proof of address, health insurance with
    the spouse and children as dependants, medical check, emergency contact named; P45 and next of kin in English,
    주민등록등본 and 가족관계증명서 in Korean; then the mission and the career."""
    p, lang = s.p, s.lang
    head = {"fr": f"DOSSIER D'EMBAUCHE — {AGENCY[lang]}", "en": f"NEW STARTER CHECKLIST — {AGENCY[lang]}",
            "ko": f"입사 서류 체크리스트 — {AGENCY[lang]}"}[lang]
    out = [head, *{"fr": _onboarding_fr, "en": _onboarding_en, "ko": _onboarding_ko}[lang](s)]
    j = p.jobs[0]
    out.append({"fr": "Poste", "en": "Role", "ko": "업무"}[lang] + f"{s.sep}{title_text(s, j)} — {s.fact(j.employer)}, "
               f"{s.fact(j.place)}")
    return "\n".join(out + [*contacts(s), "", *cv_body(s), *rest_lines(s, rest(s, "bare"))])


# --- 4. a prefecture / UKVCAS / immigration office appointment letter ------------------------------------------------
def _prefecture_fr(s: Sheet) -> list[str]:
    p = s.p
    french = "FR" in p.b12_nat
    title = s.plant("sex", "Madame" if s.female else "Monsieur")
    out = ["PRÉFECTURE — Direction des migrations et de l'intégration", f"Dossier n° {s.rng.randint(7500, 9899)}"
           f"{s.rng.randint(100000, 999999)}", "", f"{title} {me(s, 'LAST first')}"]
    if s.take("residence"):
        h = p.b12_home
        out += [s.plant("residence", h["street"]), f"{s.plant('residence', h['pc'])} {s.plant('residence', h['town'])}"]
    what = "cérémonie d'accueil dans la citoyenneté française" if french else "remise de votre titre de séjour"
    out += ["", f"Objet : convocation — {what}", "", f"{title},",
            f"Vous êtes {s.g('convoquée', 'convoqué')} le mardi 3 décembre à 9 h 30, {s.g('munie', 'muni')} de la "
            "présente convocation.", f"{s.g('Née', 'Né')} le : {s.plant('birth', _date(s, p.born))} à "
            f"{s.plant('birth', p.birth_place)}", f"Nationalité : {' / '.join(nat_word(s, k) for k in p.b12_nat)}"]
    if not french:
        kind = "salarié"
        if s.take("family") and p.marital in ("married", "pacs"):
            kind = s.plant("family", "vie privée et familiale (conjoint de Français)")
        out.append(f"Motif : carte de séjour pluriannuelle « {kind} »")
    papers = ["passeport", "justificatif de domicile de moins de 3 mois", "3 photographies"]
    if "family" in p.families and p.children and s.take("family"):
        papers.append(f"livret de famille ({kids(s)})")
    out += ["Pièces à présenter : " + ", ".join(papers) + ".", "", f"Pour le préfet et par délégation, {someone(s)}"]
    return out


def _prefecture_en(s: Sheet) -> list[str]:
    p = s.p
    title = s.plant("sex", "Ms" if s.female else "Mr")
    if "GB" in p.b12_nat:
        out = ["HM Passport Office — Interview invitation (first adult passport)", f"Dear {title} {me(s, 'last')},",
               f"Applicant: {me(s, 'first LAST')}"]
        kind = "British passport (first adult application)"
    else:
        out = ["UK Visa and Citizenship Application Services — Appointment confirmation", f"Dear {title} {me(s, 'last')},",
               f"Applicant: {me(s, 'first LAST')}"]
        kind = "Settlement – refugee (indefinite leave to remain)"
        if s.take("family") and p.marital in ("married", "pacs"):
            kind = s.plant("family", "Family – partner of a British citizen")
    out += [f"Date of birth: {s.plant('birth', _date(s, p.born))}",
            f"Place of birth: {s.plant('birth', p.birth_place)}",
            f"Nationality: {' / '.join(nat_word(s, k) for k in p.b12_nat)}", f"Application type: {kind}",
            f"Reference: GWF0{s.rng.randint(10000000, 99999999)}"]
    if s.take("residence"):
        h = p.b12_home
        out.append(f"Correspondence address: {s.plant('residence', h['street'])}, {s.plant('residence', h['town'])}, "
                   f"{s.plant('residence', h['pc'])}")
    return out + ["Please bring your passport and this letter. Arrive 15 minutes early.", f"Caseworker: {someone(s)}"]


def _prefecture_ko(s: Sheet) -> list[str]:
    p = s.p
    s.take("sex")
    out = ["출입국·외국인청 방문 예약 확인서", f"예약번호: {s.rng.randint(10000000, 99999999)}", f"성명: {me(s)}",
           f"국적: {nat_word(s, p.b12_nat[0])}", f"생년월일: {s.plant('birth', _date(s, p.born))}",
           s.plant("sex", f"성별: {'여' if s.female else '남'}")]
    kind = "체류기간 연장허가 (비전문취업 E-9)"
    if s.take("family") and p.marital in ("married", "pacs"):
        kind = s.plant("family", "체류자격 변경 (결혼이민 F-6)")
    out.append(f"민원 종류: {kind}")
    if s.take("residence"):
        h = p.b12_home
        out.append(f"체류지: {s.plant('residence', h['region'])} {s.plant('residence', h['street'])}")
    j = p.jobs[0]
    return out + [f"준비물: 여권, 외국인등록증, 근로계약서 ({s.fact(j.employer)}, {s.fact(j.place)})",
                  f"담당 행정사: {someone(s)}"]


@blind12(origins={"ko": "burmese"})
def prefecture_letter(s: Sheet) -> str:
    """The appointment letter a foreign (or newly naturalised) worker forwards with the CV: the prefecture's
    convocation (Madame / Monsieur, 'convoquée', born on, nationality, the residence permit's kind - 'vie privée et
    familiale (conjoint de Français)' -, papers to bring, the livret de famille), the UKVCAS or HM Passport Office
    letter (title, date and place of birth, application type), the Korean immigration office's booking slip (E-9
    extension or F-6 marriage visa); the CV after."""
    p, lang = s.p, s.lang
    p.families |= {"birth", "nationality", "sex"}  # an immigration letter shows them all
    s.done |= {"birth", "nationality", "sex"}
    letter = {"fr": _prefecture_fr, "en": _prefecture_en, "ko": _prefecture_ko}[lang](s)
    cut = {"fr": "--- CV joint ---", "en": "--- CV attached ---", "ko": "--- 이력서 첨부 ---"}[lang]
    return "\n".join(letter + ["", cut, me(s, "plain"), *contacts(s), "", *cv_body(s), *rest_lines(s, rest(s))])


# --- 5. an old school report card ---------------------------------------------------------------------------------------
def guardian(s: Sheet) -> str:
    """A legal guardian, named, and how they are related to the pupil ('Oukaci Fetta (mère)')."""
    sex, word = s.pick([("F", "mère"), ("M", "père"), ("F", "tante")])
    return f"{someone(s, 'plain', sex)} ({word})"


def _report_fr(s: Sheet) -> list[str]:
    p = s.p
    y = p.born.year + 16
    first, teacher, tutor = me(s, "first"), someone(s, "LAST first"), someone(s, "LAST first")
    s.take("birth")
    out = [f"LYCÉE PROFESSIONNEL — BULLETIN DU 2e TRIMESTRE {y}-{y + 1}", f"Élève : {me(s, 'LAST first')}",
           f"{s.g('Née', 'Né')} le : {s.plant('birth', _date(s, p.born))}", f"Formation : {diploma(s)}",
           f"Responsable légal : {guardian(s)}"]
    if s.take("health"):
        out.append(f"Absences : 4 demi-journées, justifiées ({r_health(s, 'bare')})")
    out += ["Appréciations :", f"Enseignement professionnel — Mme {teacher} : « {first} est {s.g('une élève sérieuse', 'un élève sérieux')}"
            f" et {s.g('motivée', 'motivé')}, très bon stage. »", f"Vie scolaire — M. {tutor} : « Bon trimestre. »",
            "Avis du conseil de classe : Félicitations"]
    return out


def _report_en(s: Sheet) -> list[str]:
    p = s.p
    y = p.born.year + 16
    first, tutor = me(s, "first"), someone(s)
    s.take("birth")
    she, her = s.plant("sex", "She" if s.female else "He"), s.plant("sex", "her" if s.female else "his")
    out = [f"COLLEGE PROGRESS REPORT — Spring term {y}", f"Learner: {me(s)}",
           f"Date of birth: {s.plant('birth', _date(s, p.born))}", f"Course: {diploma(s)}"]
    if s.take("health"):
        out.append(f"Attendance: 91% (authorised absence: {r_health(s, 'bare')})")
    return out + [f"Tutor comment ({tutor}): {first} works hard. {she} has made good progress and {her} placement "
                  "report was excellent.", f"Parent/carer: {someone(s)}"]


def _report_ko(s: Sheet) -> list[str]:
    p = s.p
    s.take("birth")
    s.take("sex")
    digit = (3 if p.born.year >= 2000 else 1) + (1 if s.female else 0)
    out = ["학교생활기록부 (발급본)", "1. 인적·학적사항", f"성명: {me(s)}",
           f"주민등록번호: {s.plant('birth', f'{p.born:%y%m%d}-{digit}******')}",
           s.plant("sex", f"성별: {'여' if s.female else '남'}"),
           f"보호자: {someone(s, 'plain', 'M')} (부)", f"학과: {diploma(s)}", "2. 출결상황"]
    if s.take("health"):
        out.append(f"질병결석 3일 ({r_health(s, 'bare')})")
    else:
        out.append("개근")
    return out + ["3. 행동특성 및 종합의견", f"성실하고 책임감이 강한 학생임. (담임 {someone(s)})"]


@blind12(origins={"ko": "korean"})
def school_report(s: Sheet) -> str:
    """An old school report a young worker (or an older one, kept since) sends as proof of training: a vocational
    school's bulletin (pupil born on, the course - a diploma of the trade -, the legal guardian named, absences with
    their medical reason, teachers' comments in the pupil's gender - 'une élève sérieuse' -), a college progress report
    (tutor's comment with pronouns, parent/carer), the Korean 학교생활기록부 (resident number, guardian, 질병결석);
    the CV after."""
    p, lang = s.p, s.lang
    p.families |= {"birth"}
    report = {"fr": _report_fr, "en": _report_en, "ko": _report_ko}[lang](s)
    return "\n".join(report + ["", "---", me(s, "plain"), title_text(s, p.jobs[0]), *contacts(s), "", *cv_body(s),
                               *rest_lines(s, rest(s))])


# --- 6. a householder's attestation that the worker lives with them ---------------------------------------------------
def _hosting_fr(s: Sheet) -> list[str]:
    p, h = s.p, s.p.b12_home
    host = someone(s)
    street, pc, town = (s.plant("residence", h[k]) for k in ("street", "pc", "town"))
    who = f"{civil(s)}{me(s, 'first LAST')}"
    link = s.pick([("ma nièce", "mon neveu"), ("ma cousine", "mon cousin"), ("mon amie", "mon ami")])
    born = f"{s.g('née', 'né')} le {s.plant('birth', _date(s, p.born))} à {s.plant('birth', p.birth_place)}" \
        if s.take("birth") else ""
    return ["ATTESTATION D'HÉBERGEMENT", "", f"Je soussigné(e) {host}, demeurant au {street}, {pc} {town}, atteste sur "
            f"l'honneur héberger à mon domicile {who}" + (f", {born}" if born else "") + f", {s.g(*link)}, depuis le "
            f"1er mars {D.TODAY[0] - 2}.", f"Fait à {town}, le 14/11/{D.TODAY[0]}, pour servir et valoir ce que de droit.",
            f"Signature : {host}", "Pièces jointes : copie de la pièce d'identité de l'hébergeant, facture d'électricité."]


def _hosting_en(s: Sheet) -> list[str]:
    p, h = s.p, s.p.b12_home
    host = someone(s)
    street, town, pc = (s.plant("residence", h[k]) for k in ("street", "town", "pc"))
    dob = f" (date of birth {s.plant('birth', _date(s, p.born))})" if s.take("birth") else ""
    she = s.plant("sex", "She" if s.female else "He") if s.take("sex") else "They"
    link = s.pick([("niece", "nephew"), ("cousin", "cousin"), ("lodger", "lodger")])
    word = s.plant("sex", link[0]) if s.female and link[0] != link[1] else link[1 - s.female]
    return ["To whom it may concern — confirmation of address", "", f"I, {host}, of {street}, {town} {pc}, confirm that "
            f"{me(s)}{dob} has lived with me at this address since March {D.TODAY[0] - 2}. "
            f"{she} {'is' if she != 'They' else 'are'} my {word}.", "", "Yours faithfully,", host]


def _hosting_ko(s: Sheet) -> list[str]:
    p, h = s.p, s.p.b12_home
    boss = someone(s)
    out = ["숙소 제공 확인서", f"숙소 제공자(사업주): {boss}", f"입주 근로자: {me(s)}"]
    if s.take("birth"):
        out.append(f"생년월일: {s.plant('birth', _date(s, p.born))}")
    out += [f"숙소 주소: {s.plant('residence', h['region'])} {s.plant('residence', h['street'])} (기숙사 2층)",
            f"입주일: {D.TODAY[0] - 1}년 3월 2일", "위 근로자에게 숙소를 제공하고 있음을 확인합니다.", f"확인자: {boss} (인)"]
    return out


@blind12()
def hosting_attestation(s: Sheet) -> str:
    """A householder's attestation that the worker lives with them, sent as proof of address: the host named and
    signing, the host's (so the worker's) address, the worker with a civil title, born on and where, how they are
    related ('ma nièce', 'my niece'); the employer's dormitory certificate in Korean (숙소 제공 확인서); the CV
    after."""
    p, lang = s.p, s.lang
    p.families |= {"residence"}
    s.done.add("residence")
    letter = {"fr": _hosting_fr, "en": _hosting_en, "ko": _hosting_ko}[lang](s)
    return "\n".join(letter + ["", me(s, "plain"), title_text(s, p.jobs[0]), *contacts(s), "", *cv_body(s),
                               *rest_lines(s, rest(s))])


# --- 7. a payroll export as separated values ----------------------------------------------------------------------------
PAY_LABELS = {  # column -> label in each language
    "id": ("Matricule", "Employee ID", "사번"), "title": ("Civilité", "Title", "성별"), "last": ("Nom", "Surname", "성명"),
    "first": ("Prénom", "Forename", "영문명"), "birth": ("Date naissance", "DOB", "생년월일"),
    "nat": ("Nationalité", "Nationality", "국적"), "street": ("Adresse", "Address 1", "주소"),
    "pc": ("CP", "Postcode", "우편번호"), "town": ("Ville", "Town", "지역"), "family": ("Sit. fam.", "Marital", "가족"),
    "ss": ("N° SS", "NI number", "외국인등록번호"), "job": ("Emploi", "Job title", "직무"),
    "client": ("Client", "Client", "사업장"), "site": ("Site", "Site", "근무지"), "rate": ("Taux", "Rate", "시급"),
    "notes": ("Remarques", "Notes", "비고"), "tel": ("Tél", "Phone", "연락처"), "mail": ("Mail", "Email", "이메일"),
}


def _pay_row(s: Sheet) -> dict[str, str]:
    """The worker's row: every value planted or recorded as the export writes it, empty cells for what it lacks."""
    p, lang, h = s.p, s.lang, s.p.b12_home
    j = p.jobs[0]
    row = {"id": f"{s.rng.randint(100000, 999999)}", "title": civil(s).strip(), "job": title_text(s, j),
           "client": s.fact(j.employer), "site": s.fact(j.place),
           "rate": {"fr": "12,15", "en": "12.60", "ko": "10030"}[lang]}
    if lang == "ko":
        row["last"] = me(s)
        row["first"] = ""
    else:
        row["last"], row["first"] = me(s, "LAST"), me(s, "first")
    if s.take("birth"):
        row["birth"] = s.plant("birth", f"{p.born:%d/%m/%Y}" if lang != "ko" else f"{p.born:%Y-%m-%d}")
        if lang == "fr":
            row["ss"] = s.plant("birth", nir(s).replace(" ", ""))
        elif lang == "ko" and p.b12_origin == "burmese":
            row["ss"] = s.plant("birth", f"{p.born:%y%m%d}-{6 if s.female else 5}******")
    if s.take("nationality"):
        row["nat"] = nat_word(s, p.b12_nat[0], True) if lang == "fr" else nat_word(s, p.b12_nat[0])
    if s.take("residence"):
        if lang == "ko":
            row["street"] = f"{s.plant('residence', h['region'])} {s.plant('residence', h['street'])}"
        else:
            row["street"], row["pc"], row["town"] = (s.plant("residence", h[k]) for k in ("street", "pc", "town"))
    if s.take("family"):
        status = {"fr": lambda: s.gv("family", *map(capital, FR_STATUS[p.marital])),
                  "en": lambda: s.plant("family", capital(EN_STATUS[p.marital])),
                  "ko": lambda: s.plant("family", KO_STATUS[p.marital])}[lang]()
        row["family"] = status + (f" {kids(s)}" if p.children else "")
    if "contact" in p.families:
        row["tel"], row["mail"] = s.plant("contact", p.phone), s.plant("contact", p.email)
    row["notes"] = " / ".join(rest(s))
    return row


@blind12()
def payroll_export(s: Sheet) -> str:
    """The payroll software's export of a temp's record, opened as text: a header row and the worker's row
    (semicolon-separated in French, comma-separated in English and Korean, cells quoted when they hold the separator):
    title, surname, forename, birth date, social security number (it tells sex and birth), nationality, address,
    marital status and children, job, client, site, hourly rate, free notes; then the missions history and the
    qualifications, row by row."""
    lang = s.lang
    col = LANGS.index(lang)
    delim = ";" if lang == "fr" else ","
    row = _pay_row(s)
    buf = io.StringIO()
    out = csv.writer(buf, delimiter=delim, lineterminator="\n")
    out.writerow([PAY_LABELS[k][col] for k in PAY_LABELS])
    out.writerow([row.get(k, "") for k in PAY_LABELS])
    out.writerow([])
    out.writerow({"fr": ["Début", "Fin", "Client", "Site", "Qualification"], "en": ["Start", "End", "Client", "Site",
                  "Role"], "ko": ["시작", "종료", "사업장", "근무지", "직무"]}[lang])
    for j in s.p.jobs:
        end = f"{j.end[1]:02d}/{j.end[0]}" if j.end else ""
        out.writerow([f"{j.start[1]:02d}/{j.start[0]}", end, s.fact(j.employer), s.fact(j.place), title_text(s, j)])
    emp, where = side(s)
    out.writerow(["", "", emp, where, EXTRA[lang]])
    out.writerow([])
    out.writerow([{"fr": "Habilitations", "en": "Qualifications", "ko": "자격"}[lang], licence(s), diploma(s),
                  *skills(s)])
    out.writerow([{"fr": "Notes agence", "en": "Agency notes", "ko": "메모"}[lang], tenure(s), *tongues(s),
                  availability(s), f"{someone(s, 'first L.')} (paie)"])
    return buf.getvalue().rstrip("\n")


# --- 8. an online right-to-work check ----------------------------------------------------------------------------------
@blind12(langs=("fr", "en"))
def right_to_work_check(s: Sheet) -> str:
    """The result of the employer's online right-to-work check kept with the CV: the Home Office 'view a job
    applicant's right to work' page (share code, photo, name, date of birth, nationality, status - 'Family - partner',
    refugee -, checked by) or a British passport's manual check; the French ANEF check of a residence permit ('vie
    privée et familiale') or of a French identity card; the CV after."""
    p, lang = s.p, s.lang
    p.families |= {"birth", "nationality"}
    s.done |= {"birth", "nationality"}
    checker = someone(s)
    nat = " / ".join(nat_word(s, k, lang == "fr") for k in p.b12_nat)
    born = s.plant("birth", _date(s, p.born))
    if lang == "en":
        if "GB" in p.b12_nat:
            out = ["Right to work check — manual document check", f"Document: British passport — {me(s, 'first LAST')}",
                   f"Date of birth: {born}", f"Nationality: {nat}", "Result: no time limit"]
        else:
            status = "Refugee – permission to stay (5 years)"
            if s.take("family") and p.marital in ("married", "pacs"):
                status = s.plant("family", "Family – partner of a settled person")
            code = "".join(s.rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ2346789") for _ in range(9))
            out = [f"View a job applicant's right to work — share code {code[:3]} {code[3:6]} {code[6:]}", "[photo]",
                   me(s, "first LAST"), "This person can work in the UK with no restrictions until 30 June "
                   f"{D.TODAY[0] + 3}.", f"Date of birth: {born}", f"Nationality: {nat}", f"Status: {status}"]
        out.append(f"Checked by: {checker} on 14 November {D.TODAY[0]}")
    else:
        if "FR" in p.b12_nat:
            out = ["Vérification du droit au travail — contrôle de document", f"Carte nationale d'identité : "
                   f"{me(s, 'LAST first')}", f"{s.g('Née', 'Né')} le {born}", f"Nationalité : {nat}",
                   "Résultat : aucune autorisation requise"]
        else:
            kind = "salarié"
            if s.take("family") and p.marital in ("married", "pacs"):
                kind = s.plant("family", "vie privée et familiale")
            out = ["ANEF — Vérification de l'autorisation de travail", f"Demande n° {s.rng.randint(10**9, 10**10 - 1)}",
                   f"Nom : {me(s, 'LAST')}", f"Prénom(s) : {me(s, 'both')}", f"{s.g('Née', 'Né')} le : {born}",
                   f"Nationalité : {nat}", f"Titre : carte de séjour pluriannuelle « {kind} »",
                   f"Résultat : autorisation de travail valide jusqu'au 30/06/{D.TODAY[0] + 3}"]
        out.append(f"Vérifié par {checker} le 14/11/{D.TODAY[0]}")
    return "\n".join(out + ["", me(s, "plain"), title_text(s, p.jobs[0]), *contacts(s), "", *cv_body(s),
                            *rest_lines(s, rest(s))])


# --- 9. a trade-union membership attestation ---------------------------------------------------------------------------
@blind12()
def union_attestation(s: Sheet) -> str:
    """A trade union's attestation of membership a worker adds to the file: the delegate named and signing, the member
    with a civil title, born on, living in a town, 'adhérente depuis', the job, employer and site of the mission;
    a union's membership letter in English; the Korean 조합원 확인서 (name, birth date, nationality, workplace); the CV
    after."""
    p, lang = s.p, s.lang
    j = p.jobs[0]
    rep = someone(s)
    since = D.TODAY[0] - s.rng.randint(1, 6)
    town = s.plant("residence", p.b12_home["town"]) if s.take("residence") else ""
    born = s.plant("birth", _date(s, p.born)) if s.take("birth") else ""
    title, emp, at = title_text(s, j, "lower" if lang != "ko" else "cap"), s.fact(j.employer), s.fact(j.place)
    if lang == "fr":
        who = f"{civil(s)}{me(s, 'first LAST')}"
        text = ["SYNDICAT DES TRAVAILLEURS DE L'INTÉRIM — ATTESTATION", "", f"Je soussigné(e) {rep}, secrétaire du "
                f"syndicat, atteste que {who}" + (f", {s.g('née', 'né')} le {born}" if born else "") +
                (f", demeurant à {town}" if town else "") + f", est {s.g('adhérente', 'adhérent')} de notre syndicat "
                f"depuis {since} et à jour de ses cotisations.", f"{capital(title)} chez {emp} ({at}), en mission "
                "d'intérim.", f"Fait à Évry, le 14/11/{D.TODAY[0]}.", rep]
    elif lang == "en":
        text = ["Workers' Union — confirmation of membership", "", f"This is to confirm that {me(s)}" +
                (f" (date of birth {born})" if born else "") + (f" of {town}" if town else "") +
                f" has been a member of the union since {since}, membership no. {s.rng.randint(10**6, 10**7 - 1)}.",
                f"Workplace: {emp}, {at} ({title}).", "", "Yours sincerely,", f"{rep}, Regional Organiser"]
    else:
        text = ["조합원 확인서", f"성명: {me(s)}"] + ([f"생년월일: {born}"] if born else []) + \
            ([f"국적: {nat_word(s, p.b12_nat[0])}"] if s.take("nationality") else []) + \
            ([f"거주지: {town}"] if town else []) + [f"사업장: {emp} ({at}), {title}", f"가입일: {since}년 5월 1일",
                                                    "위 사람은 본 조합의 조합원임을 확인합니다.", f"위원장 {rep} (직인)"]
    return "\n".join(text + ["", me(s, "plain"), *contacts(s), "", *cv_body(s), *rest_lines(s, rest(s))])


# --- 10. a recruiter's notebook page, photographed and OCR'd ------------------------------------------------------------
@blind12()
def notebook_ocr(s: Sheet) -> str:
    """A page of a recruiter's notebook at a job fair, photographed and read by OCR: the margin's rule read as '|'
    before some lines, arrows and ticks, the candidate's name underlined ('====='), short notes of their life and
    career, a colleague to call, the page number at the foot."""
    p, lang = s.p, s.lang
    fair = {"fr": "Forum emploi — 14/11", "en": "Jobs fair — 14/11", "ko": "채용박람회 — 11/14"}[lang]
    who = me(s, s.pick(["first LAST", "LAST first"])) if lang != "ko" else me(s)
    notes = [f"→ {x}" for x in rest(s)]
    j = p.jobs[0]
    emp, where = side(s)
    notes += [f"{title_text(s, j)} — {s.fact(j.employer)} ({s.fact(j.place)}) ✓", tenure(s),
              *[job_line(s, x, " / ") for x in p.jobs[1:]], f"+ {EXTRA[lang]} {emp} ({where})",
              f"{diploma(s)} / {licence(s)} ✓", ", ".join(skills(s)), ", ".join(tongues(s)), f"dispo → {availability(s)}"
              if lang == "fr" else f"→ {availability(s)}", *contacts(s),
              {"fr": "voir avec ", "en": "ask ", "ko": "연락: "}[lang] + someone(s, "first")]
    lines = [fair, "", who, "=" * len(who)]
    lines += [("| " if s.chance(0.4) else "") + x for x in notes]
    return "\n".join(lines + ["", s.pick(["- 7 -", "p. 7", "7"])])
