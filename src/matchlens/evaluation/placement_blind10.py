"""A tenth held-aside set of layouts of the placement benchmark (see evaluation.placement), split "blind10": registered
into the same LAYOUTS. Written without reading the masker (its rules, its data, its tests), the README's list of what it
misses or the history's messages, to measure it once more on CVs nobody tuned it on; do not read this file while
tuning a masker, and run it once.

The split is about CVs that reach a staffing company through other people's tools: a CV dictated to a phone's voice
assistant (numbers spelled out, punctuation said as words: 'virgule', 'arobase', '골뱅이'), a run of WhatsApp statuses
exported as text (hashtags, viewers' replies), a Canva CV exported with 'bold' Unicode letters and letter-spaced
headings, a CV inside an e-mail forwarded twice ('>' and '> >' quoting, several people's signatures), a France Travail
skills profile / Universal Credit claimant commitment / 국민취업지원제도 plan, a service provider's public profile with
customers' questions, an agency timesheet (identity in the header, client sites in rows), a letter written by a
relative about the worker in the third person, an interview invitation as an iCalendar file (',' and ';' escaped), a
wiki infobox page (birth date as a template's arguments, categories), and a database dump of INSERT statements (quotes
doubled).

Its vocabulary is its own: Kanak, Guianese Maroon (Bushinengue), Tuareg (Tamasheq) and Chaldean authors writing in
French; Shetlandic, Chagossian, Ga and Karen authors in English; Korean authors with rare one-syllable surnames and
pure-Korean given names, and Timorese workers writing Korean (the passport's romanised name beside the Hangul one).
None of the name words is in a Faker locale's name lists, in placement_data nor in an earlier split's lists; homes,
places of birth and places of past jobs are in none of the earlier pools either (a test checks both). Other people's
names (advisers, work coaches, relatives, customers, recruiters, supervisors, spouses) are planted as "name"; job facts
(durations, employers - some named after people -, places of past jobs, diplomas, licences, skills, availability,
languages) are planted where the layout puts them, as the layout writes them (spelled out when dictated, escaped in
iCalendar and SQL). A layout that re-encodes text records markers and facts in their encoded form.

Layouts: dictated_cv, status_stories, fancy_fonts, forwarded_twice, competence_profile, service_provider, timesheet,
relative_letter, calendar_invite, wiki_infobox, sql_insert.
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
    _weighted,
    availability,
    education,
    job_dates,
    layout,
    licence,
    skills,
    title_text,
)
from matchlens.evaluation.placement_parts import _born_in, civil, contacts, diploma, draw_name, job_line, RenderedSheet

SPLIT = "blind10"

# --- names: none of their words is in a Faker locale, placement_data or an earlier split (tests check it) -----------
NAMES = {
    "kanak": {"F": "Wakoué Hnaené Drawilo Ixöe Wanakaé Siwaïne Hmaloko Wéjo Hnasse",
              "M": "Wassissi Hnalaïne Kacué Wéjième Tiéou Hnadrune Pwädi Waïa",
              "L": "Wamytan Kaloï Hnawia Boéhé Xowie Naisseline Goromido Wadrawane Waheo Trolue Pidjot Poadja"},
    "maroon": {"F": "Ameika Amoïda Amoïsia Sapeni Adinda Tjimba", "M": "Kadosi Sonsi Anjoeka Tjakoe Abantjie Asoimoe",
               "L": "Abienso Adjako Koese Apensa Aloeboetoe Doekoe Tolinga Asaiti"},
    "tamasheq": {"F": "Tafadimt Takamat Tamounit Fadimata Tadjilt", "M": "Intalla Iyad Alhabib Ahmeyede Efangalla Aghali",
                 "L": "Ewangaye Akeratane Alhousseini Alkassoum Elmehdi Ghabdouane"},
    "chaldean": {"F": "Shamiram Ninwa Shmouni Shoushan Khanoum Bahra", "M": "Shlemon Gewargis Zaya Youkhana Nimrod Odisho",
                 "L": "Yalap Shamoun Kasso Hermiz Kakos Bakous Dinkha Bidawid Khoshaba Yonan Marogi"},
    "shetland": {"F": "Elspet Bawbie Ertie Merran Jamesina", "M": "Magnie Gibbie Jeemsie Tammas",
                 "L": "Umphray Ratter Pottinger Georgeson Budge Leask Goodlad"},
    "chagossian": {"F": "Liseby Clarette Janique Mimose Lisianne", "M": "Ferdilon Claudet Raymondo Louisiano Ferlin",
                   "L": "Bancoult Talate Vincatassin Ladouceur Permal Pompe Naseem"},
    "ga": {"F": "Adjeley Dedei Korkor Kokor Adoley Akweley", "M": "Odartey Ayitey Tetteh Armah Okaitey",
           "L": "Quaye Lamptey Ankrah Adjetey Laryea Nortey Okine Allotey Sowah Kotey"},
    "karen": {"F": "Hsermoo Nawpaw Ehkapaw Htoowah Lerhtoo", "M": "Sawhtoo Ehdoh Kawhtoo Thawbwe Ehsay",
              "L": "Htoo Moo Wah Thaw Bwe"},
    "korean": {"F": "미소라 다스리 나슬 가야미 솔내 물빛 별아 꽃샘 다솔비", "M": "든메 뫼찬 한돌 늘해 굳뫼 이음 바람솔 돌샘",
               "L": "묵 탄 풍 빈 편 승 좌 골 돈 옹"},
    "timorese": {"F": "아지나 에르멜린다 마우리사 리코나", "M": "아지우 조아니코 마르세우 에귀디우",
                 "L": "구테레스 사르멘투 알카티리 마우콜리 마우베레"},
}
NAMES = {o: {k: v.split() for k, v in d.items()} for o, d in NAMES.items()}
ROMAN = {  # the passport's romanised form of a Hangul-written foreign name
    "아지나": "AZINA", "에르멜린다": "ERMELINDA", "마우리사": "MAURISA", "리코나": "LICONA", "아지우": "AZIU",
    "조아니코": "JOANICO", "마르세우": "MARSELU", "에귀디우": "EGIDIU", "구테레스": "GUTERRES", "사르멘투": "SARMENTO",
    "알카티리": "ALKATIRI", "마우콜리": "MAUKOLI", "마우베레": "MAUBERE"}
WEIGHTS = {"fr": {"kanak": 3, "maroon": 2, "tamasheq": 2, "chaldean": 2},
           "en": {"shetland": 3, "chagossian": 2, "ga": 2, "karen": 2},
           "ko": {"korean": 6, "timorese": 2}}
NATIONALITY = {"kanak": {"FR": 1}, "maroon": {"FR": 2, "SR": 1}, "tamasheq": {"ML": 2, "NE": 1, "FR": 1},
               "chaldean": {"FR": 2, "IQ": 1}, "shetland": {"GB": 1}, "chagossian": {"GB": 1, "MU": 1},
               "ga": {"GH": 2, "GB": 1}, "karen": {"MM": 1, "GB": 1}, "korean": {"KR": 1}, "timorese": {"TL": 1}}
ORIGIN_KEY = {"kanak": "KN", "maroon": "BU", "tamasheq": "TQ", "chaldean": "CD", "shetland": "SH", "chagossian": "CG",
              "ga": "GA", "karen": "KA", "korean": "KR", "timorese": "TL"}
NATS = {  # key -> (fr masc, fr fem, en, ko, ISO 3166 alpha-3)
    "FR": ("français", "française", "French", "프랑스", "FRA"),
    "KN": ("kanak", "kanak", "Kanak", "카낙", "FRA"),
    "BU": ("bushinengué", "bushinenguée", "Bushinengue", "부시넝게", "FRA"),
    "SR": ("surinamais", "surinamaise", "Surinamese", "수리남", "SUR"),
    "ML": ("malien", "malienne", "Malian", "말리", "MLI"),
    "NE": ("nigérien", "nigérienne", "Nigerien", "니제르", "NER"),
    "TQ": ("touareg", "touarègue", "Tuareg", "투아레그", "MLI"),
    "IQ": ("irakien", "irakienne", "Iraqi", "이라크", "IRQ"),
    "CD": ("chaldéen", "chaldéenne", "Chaldean", "칼데아", "IRQ"),
    "GB": ("britannique", "britannique", "British", "영국", "GBR"),
    "SH": ("shetlandais", "shetlandaise", "Shetlander", "셰틀랜드", "GBR"),
    "MU": ("mauricien", "mauricienne", "Mauritian", "모리셔스", "MUS"),
    "CG": ("chagossien", "chagossienne", "Chagossian", "차고스", "GBR"),
    "GH": ("ghanéen", "ghanéenne", "Ghanaian", "가나", "GHA"),
    "GA": ("ga-adangbe", "ga-adangbe", "Ga-Adangbe", "가아당베", "GHA"),
    "MM": ("birman", "birmane", "Burmese", "미얀마", "MMR"),
    "KA": ("karen", "karène", "Karen", "카렌족", "MMR"),
    "KR": ("sud-coréen", "sud-coréenne", "South Korean", "대한민국", "KOR"),
    "TL": ("est-timorais", "est-timoraise", "Timorese", "동티모르", "TLS"),
}

# --- places: in none of the earlier pools (tests check it) ------------------------------------------------------
FR_TOWNS = [  # (town, postcode)
    ("Bourail", "98870"), ("Païta", "98890"), ("La Foa", "98880"), ("Apatou", "97317"), ("Mana", "97360"),
    ("Papaichton", "97316"), ("Iracoubo", "97350"), ("Montataire", "60160"), ("Saint-Fons", "69190"),
    ("Genas", "69740"), ("Brétigny-sur-Orge", "91220"),
]
FR_STREETS = ["rue des Flamboyants", "chemin des Niaoulis", "allée des Kaoris", "rue du Lawa", "rue des Acacias",
              "avenue Jean-Jaurès", "impasse des Tamarins", "rue de la Paix", "allée des Cèdres"]
FR_JOB_PLACES = ["Koumac", "Poya", "Népoui", "Vavouto", "Voh", "Kaala-Gomen", "Thio", "Saint-Georges-de-l'Oyapock",
                 "Meyzieu", "Satolas-et-Bonce", "Ablis", "Colombelles"]
EN_TOWNS = [  # (town, outward code, area)
    ("Scalloway", "ZE1", "Shetland"), ("Brae", "ZE2", "Shetland"), ("Sandwick", "ZE2", "Shetland"),
    ("Langley Green", "RH11", "West Sussex"), ("Three Bridges", "RH10", "West Sussex"), ("Horley", "RH6", "Surrey"),
    ("Peckham", "SE15", "London"), ("Thamesmead", "SE28", "London"), ("Plumstead", "SE18", "London"),
    ("Firth Park", "S5", "South Yorkshire"), ("Darnall", "S9", "South Yorkshire"), ("Parson Cross", "S6", "South Yorkshire"),
]
EN_STREETS = ["Commercial Road", "Church Road", "Ifield Avenue", "Haslett Avenue", "Rye Lane", "Yarnton Way",
              "Idsworth Road", "Main Street", "Station Road"]
EN_JOB_PLACES = ["Sumburgh", "Baltasound", "Toft", "Sella Ness", "Lowfield Heath", "Manor Royal", "Faygate",
                 "Belvedere", "Aveley", "Meadowhall", "Tinsley", "Orgreave", "Catcliffe"]
KO_TOWNS = [  # (region, short name)
    ("경상남도 거제시 옥포동", "옥포"), ("경상남도 통영시 광도면", "광도"), ("충청남도 아산시 둔포면", "둔포"),
    ("경상북도 구미시 인동동", "인동"), ("전라북도 완주군 봉동읍", "봉동"), ("경기도 포천시 가산면", "가산"),
]
KO_ROADS = ["옥포로", "광도로", "둔포로", "인동로", "봉동로", "가산로"]
KO_JOB_PLACES = ["거제 장평동", "영암 대불산단", "아산 인주면", "구미 국가4단지", "완주 과학산단", "포천 용정산단",
                 "진천 광혜원면", "서산 대산공단", "창녕 대합면"]
BIRTH = {  # origin -> places of birth as a CV writes them
    "kanak": ["Hienghène (Nouvelle-Calédonie)", "Canala (Nouvelle-Calédonie)", "Lifou (îles Loyauté)",
              "Ponérihouen (Nouvelle-Calédonie)"],
    "maroon": ["Grand-Santi (Guyane)", "Maripasoula (Guyane)", "Moengo (Suriname)", "Albina (Suriname)"],
    "tamasheq": ["Kidal (Mali)", "Ménaka (Mali)", "Agadez (Niger)", "Abalak (Niger)"],
    "chaldean": ["Alqosh (Irak)", "Telkeppe (Irak)", "Karamlesh (Irak)", "Zakho (Irak)"],
    "shetland": ["Yell", "Unst", "Whalsay", "Fetlar"],
    "chagossian": ["Diego Garcia", "Peros Banhos", "Port Louis, Mauritius", "Salomon Atoll"],
    "ga": ["Jamestown, Ghana", "Teshie, Ghana", "Nungua, Ghana", "La, Ghana"],
    "karen": ["Mae La camp, Thailand", "Hpa-an, Myanmar", "Umpiem Mai camp, Thailand"],
    "korean": ["강원도 인제군", "경상북도 의성군", "전라남도 진도군"],
    "timorese": ["동티모르 바우카우", "동티모르 말리아나", "동티모르 로스팔로스"],
}

# --- religions, health, and job facts of this split -------------------------------------------------------------
RELIGIONS = {"kanak": ["protestant", "catholic"], "maroon": ["evangelical", "catholic"], "tamasheq": ["muslim"],
             "chaldean": ["chaldean"], "shetland": ["kirk", "methodist", "none"], "chagossian": ["catholic"],
             "ga": ["pentecostal", "methodist"], "karen": ["baptist", "buddhist"],
             "korean": ["buddhist", "protestant", "won", "none"], "timorese": ["catholic"]}
REL = {  # key -> (fr fem, fr masc, en, ko)
    "protestant": ("protestante", "protestant", "Protestant", "개신교"),
    "catholic": ("catholique", "catholique", "Catholic", "천주교"),
    "evangelical": ("évangélique", "évangélique", "Evangelical", "복음교회"),
    "muslim": ("musulmane", "musulman", "Muslim", "이슬람교"),
    "chaldean": ("catholique chaldéenne", "catholique chaldéen", "Chaldean Catholic", "칼데아 가톨릭"),
    "kirk": ("presbytérienne", "presbytérien", "Church of Scotland", "장로교"),
    "methodist": ("méthodiste", "méthodiste", "Methodist", "감리교"),
    "none": ("sans religion", "sans religion", "No religion", "무교"),
    "pentecostal": ("pentecôtiste", "pentecôtiste", "Pentecostal", "오순절교회"),
    "baptist": ("baptiste", "baptiste", "Baptist", "침례교"),
    "buddhist": ("bouddhiste", "bouddhiste", "Buddhist", "불교"),
    "won": ("bouddhiste won", "bouddhiste won", "Won Buddhist", "원불교"),
}
REL_ACT = {  # an activity that tells the religion, the telling words braced
    "fr": {"protestant": "diacre à la {paroisse protestante}", "catholic": "{catéchisme} le samedi",
           "evangelical": "musique à l'{église évangélique}", "muslim": "pas de mission le jour de l'{Aïd}",
           "chaldean": "chorale de l'{église chaldéenne}"},
    "en": {"kirk": "elder at the {Kirk}", "methodist": "{Methodist chapel} choir", "catholic": "{parish} volunteer",
           "pentecostal": "usher at the {Pentecostal church}", "baptist": "youth leader, {Karen Baptist church}",
           "buddhist": "volunteer at the {Buddhist monastery}"},
    "ko": {"buddhist": "{사찰} 봉사", "protestant": "{교회} 성가대", "won": "{원불교 교당} 청년회",
           "catholic": "{성당} 주일 봉사"},
}
HEALTH = {  # key -> (fr (fem, masc) or text, en, ko)
    "rqth": ("RQTH", "registered disabled", "장애인 등록 (경증)"),
    "asthma": ("asthme sévère", "severe asthma", "천식 (흡입기 사용)"),
    "back": ("hernie discale", "slipped disc", "허리 디스크 수술"),
    "sickle": ("drépanocytose", "sickle cell disease", "겸상적혈구빈혈"),
    "sight": (("malvoyante", "malvoyant"), "visually impaired", "시각장애 (저시력)"),
    "good": ("en bonne santé", "in good health", "건강 양호"),
}
SIDE_EMPLOYERS = {"fr": ["Snack Chez Tatie Lulu", "Garage Chez Fredo", "Épicerie Chez Manu", "Roulotte Chez Pierrot",
                         "Pressing Madame Odile"],
                  "en": ["Jimmy's Chippy", "Auntie Bea's Kitchen", "Mr Patel's Corner Shop", "Old Sam's Boatyard",
                         "Mags' Café"],
                  "ko": ["할매 손칼국수", "영철이네 철물점", "춘자네 반찬가게", "덕수 세차장", "복순이네 식당"]}
TENURE = {"fr": ["{n} ans de métier", "{n} ans d'intérim", "{n} ans sur le terrain"],
          "en": ["{n} years in the trade", "{n} years of agency work", "{n} years on the job"],
          "ko": ["경력 {n}년", "{n}년 근무", "현장 {n}년"]}
TRADE_TENURE = {  # years in a kind of workplace, for the trades that have one
    "care": ("{n} ans en maison de retraite", "{n} years in nursing homes", "요양병원 {n}년"),
    "logistics": ("{n} ans en plateforme logistique", "{n} years in distribution centres", "택배 물류 {n}년"),
    "kitchen": ("{n} ans en cuisine", "{n} years in catering", "식당 주방 {n}년"),
    "cleaning": ("{n} ans de nettoyage industriel", "{n} years of commercial cleaning", "건물 청소 {n}년"),
    "building": ("{n} ans dans le BTP", "{n} years in construction", "건설 {n}년"),
}
TONGUES = {"kanak": "Drehu", "maroon": "Ndyuka", "tamasheq": "Tamasheq", "chaldean": "Soureth",
           "chagossian": "Kreol", "ga": "Twi", "karen": "S'gaw", "timorese": "테툼어"}
COMMON_TONGUES = {"fr": ["Anglais (A2)", "Anglais (notions)", "Espagnol (B1)"],
                  "en": ["French (basic)", "Portuguese (A2)", "BSL level 1"],
                  "ko": ["한국어 (TOPIK 3급)", "영어 (기초)", "한국어 (사회통합프로그램 4단계)"]}
KO_NATIVE_TONGUES = ["영어 (토익 650)", "일본어 (JLPT N2)", "중국어 (HSK 4급)"]
EXTRA = {"fr": "extra", "en": "casual", "ko": "알바"}


# --- the blind10 sheet -----------------------------------------------------------------------------------------------
class Blind10Sheet(RenderedSheet):
    """A Sheet whose personal details are written in this split's wording; modes: 'pair' (label, value), 'bare' (a CV
    item), 'me' (the author speaking), 'she' (someone else writing about the author)."""

    def render(self, family: str, mode: str):
        return RENDER10[family](self, mode)


FAMILY_ODDS = {"sex": 0.6, "age": 0.7, "birth": 0.6, "residence": 0.85, "nationality": 0.65, "religion": 0.55,
               "family": 0.7, "health": 0.55}


def draw(rng, lang: str, sex: str, origin: str = "") -> tuple[str, str, str]:
    """(origin, first, last) of someone writing in lang, or of an origin."""
    return draw_name(rng, NAMES, WEIGHTS, lang, sex, origin)


def renew(s: Sheet) -> None:
    """Give the sheet's person an identity of this split (name, contact, home, birth place, nationality, religion,
    health, families to reveal, places of past jobs), drawn from the sheet's random source."""
    p, rng, lang = s.p, s.rng, s.lang
    origin, first, last = draw(rng, lang, p.sex)
    p.b10_origin, p.hanja = origin, ""
    if origin == "korean":
        p.first, p.last, p.hangul = first, last, last + first
        p.email, p.phone, p.linkedin = _contact(rng, lang, first, last, first)
    elif lang == "ko":  # a foreign worker: Hangul given name first, the passport's romanised name
        p.first, p.last, p.hangul = first, last, f"{first} {last}"
        p.email, p.phone, p.linkedin = _contact(rng, lang, ROMAN[first].capitalize(), ROMAN[last].capitalize(), "")
    else:
        p.first, p.last, p.hangul = first, last, ""
        p.email, p.phone, p.linkedin = _contact(rng, lang, first, last, "")
    if lang == "fr":
        town, pc = rng.choice(FR_TOWNS)
        p.b10_home = {"town": town, "pc": pc, "street": f"{rng.randint(1, 88)} {rng.choice(FR_STREETS)}"}
        places = FR_JOB_PLACES
    elif lang == "en":
        town, code, area = rng.choice(EN_TOWNS)
        pc = f"{code} {rng.randint(1, 9)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"
        p.b10_home = {"town": town, "pc": pc, "area": area, "street": f"{rng.randint(1, 140)} {rng.choice(EN_STREETS)}"}
        places = EN_JOB_PLACES
    else:
        i = rng.randrange(len(KO_TOWNS))
        region, short = KO_TOWNS[i]
        p.b10_home = {"town": short, "region": region, "street": f"{KO_ROADS[i]} {rng.randint(1, 300)}"}
        places = KO_JOB_PLACES
    for job, place in zip(p.jobs, rng.sample(places, len(p.jobs))):
        job.place = place
    if p.sex == "M":  # no 'Chambermaid' on a man's CV
        for job in p.jobs:
            if job.en_female:
                job.en, job.en_female = rng.choice(p.trade.en_titles), False
    p.birth_place = rng.choice(BIRTH[origin])
    nats = NATIONALITY[origin]
    p.b10_nat = (_weighted(rng, nats),) if len(nats) == 1 or rng.random() > 0.2 else tuple(sorted(nats))[:2]
    p.religion = rng.choice(RELIGIONS[origin])
    p.health = rng.choice(sorted(HEALTH))
    chosen = {f for f, odds in FAMILY_ODDS.items() if rng.random() < odds}
    while len(chosen) < 4:
        chosen.add(_weighted(rng, FAMILY_ODDS))
    p.families = chosen | {"name"} | ({"contact"} if rng.random() < 0.95 else set())


def blind10(langs=LANGS):
    """Register a layout of this split: the sheet gets its identity first."""
    def deco(fn):
        @functools.wraps(fn)
        def run(s: Sheet) -> str:
            s.__class__ = Blind10Sheet
            renew(s)
            return fn(s)
        layout(langs, split=SPLIT)(run)
        return run
    return deco


# --- names ------------------------------------------------------------------------------------------------------------
def me(s: Sheet, form: str = "plain") -> str:
    """The author's name, planted: 'plain', 'LAST first', 'first LAST', 'first', 'last', 'LAST', 'roman' (the
    passport's form of a foreign worker's name in Korean)."""
    p = s.p
    if s.lang == "ko":
        if form == "roman" and p.b10_origin != "korean":
            return s.plant("name", f"{ROMAN[p.last]} {ROMAN[p.first]}")
        if form == "first":
            return s.plant("name", p.first)
        return s.plant("name", p.hangul)
    text = {"plain": f"{p.first} {p.last}", "LAST first": f"{p.last.upper()} {p.first}", "first": p.first,
            "first LAST": f"{p.first} {p.last.upper()}", "last": p.last, "LAST": p.last.upper(),
            "roman": f"{p.first} {p.last}"}[form]
    return s.plant("name", text)


def someone(s: Sheet, form: str = "plain", sex: str | None = None) -> str:
    """Another person's name (an adviser, a relative, a customer), planted as 'name': 'plain', 'first', 'LAST first',
    'first L.' (the initial, one letter, not planted)."""
    for _ in range(30):  # never a word of the author's name
        origin, first, last = draw(s.rng, s.lang, sex or s.pick("FM"))
        if not {first, last} & {s.p.first, s.p.last}:
            break
    if s.lang == "ko":
        full = last + first if origin == "korean" else f"{first} {last}"
        return s.plant("name", first if form in ("first", "first L.") else full)
    if form == "first L.":
        return s.plant("name", first) + f" {last[0]}."
    return s.plant("name", {"first": first, "LAST first": f"{last.upper()} {first}"}.get(form, f"{first} {last}"))


def recast(s: Sheet, fn, m0: int = 0, f0: int = 0) -> None:
    """Apply a text transformation to the markers and facts recorded since (m0, f0), as it was applied to the text."""
    s.markers[m0:] = [replace(m, value=fn(m.value), also=tuple(fn(a) for a in m.also)) for m in s.markers[m0:]]
    s.facts[f0:] = [fn(f) for f in s.facts[f0:]]


def capital(text: str) -> str:
    return text[0].upper() + text[1:] if text else text


# --- the families in this split's wording -------------------------------------------------------------------------
def _date(s: Sheet, d: date) -> str:
    if s.lang == "fr":
        return s.pick([f"{d:%d/%m/%Y}", f"{d.day} {FR_MONTHS[d.month - 1]} {d.year}"])
    if s.lang == "en":
        return s.pick([f"{d:%d/%m/%Y}", f"{d.day} {EN_MONTHS[d.month - 1]} {d.year}"])
    return s.pick([f"{d:%Y.%m.%d}", f"{d.year}년 {d.month}월 {d.day}일"])


def r_age(s: Sheet, mode: str):
    """Age: '34 ans', 'aged 34', '34세'."""
    a, lang = s.p.age, s.lang
    if lang == "fr":
        if mode == "pair":
            return "Âge", s.plant("age", f"{a} ans")
        return {"me": "j'ai ", "she": "a "}.get(mode, "") + s.plant("age", f"{a} ans")
    if lang == "en":
        if mode == "pair":
            return "Age", s.plant("age", f"{a} years")
        return {"me": "I am ", "she": "is "}.get(mode, "") + s.plant("age", f"{a} years old" if mode != "bare" else
                                                                       f"aged {a}")
    if mode == "pair":
        return "나이", s.plant("age", f"만 {a}세")
    return s.plant("age", f"{a}살" if mode in ("me", "she") else f"{a}세")


def r_birth(s: Sheet, mode: str):
    """Date or year of birth, sometimes with the place."""
    b, lang = s.p.born, s.lang
    if mode == "pair":
        label = {"fr": "Date de naissance", "en": "Date of birth", "ko": "생년월일"}[lang]
        return label, s.plant("birth", _date(s, b)) + _born_in(s, 0.3)
    if lang == "fr":
        if mode == "me":
            return "je suis " + s.g("née", "né") + " en " + s.plant("birth", str(b.year)) + _born_in(s)
        return ("est " if mode == "she" else "") + s.g("née", "né") + " le " + s.plant("birth", _date(s, b)) + _born_in(s)
    if lang == "en":
        if mode == "me":
            return "I was born in " + s.plant("birth", str(b.year)) + _born_in(s, 0.5)
        return ("was " if mode == "she" else "") + "born " + s.plant("birth", _date(s, b)) + _born_in(s)
    return s.plant("birth", f"{b.year}년생") + _born_in(s)


def r_residence(s: Sheet, mode: str):
    """Where the author lives: an address, 'Dumbéa (98)', 'Scalloway, Shetland', '옥포 거주'."""
    h, lang = s.p.b10_home, s.lang
    plant = functools.partial(s.plant, "residence")
    if lang == "ko":
        if mode == "pair":
            return "주소", f"{plant(h['region'])} {plant(h['street'])}"
        return plant(h["town"]) + ("에 살아요" if mode == "me" else "에 살고 있음" if mode == "she" else " 거주")
    if lang == "fr":
        full = lambda: f"{plant(h['street'])}, {plant(h['pc'])} {plant(h['town'])}"  # noqa: E731
        if mode == "pair":
            return "Adresse", full()
        if mode == "me":
            return "j'habite à " + plant(h["town"])
        if mode == "she":
            return "habite à " + plant(h["town"])
        return s.pick([full, lambda: plant(f"{h['town']} ({area(h['pc'])})"), lambda: plant(h["town"])])()
    full = lambda: f"{plant(h['street'])}, {plant(h['town'])} {plant(h['pc'])}"  # noqa: E731
    if mode == "pair":
        return "Address", full()
    if mode == "me":
        return "I live in " + plant(h["town"])
    if mode == "she":
        return "lives in " + plant(h["town"])
    return s.pick([full, lambda: f"{plant(h['town'])}, {plant(h['area'])}"])()


def area(pc: str) -> str:
    """The short form of a postcode a CV puts after a town: the département ('95', '988'), the outward code ('ZE1')."""
    if " " in pc:
        return pc.split()[0]
    return pc[:3] if pc[:2] in ("97", "98") else pc[:2]


def _fr_nat(s: Sheet, key: str, cap: bool = False) -> str:
    masc, fem = NATS[key][:2]
    return s.gv("nationality", capital(fem) if cap else fem, capital(masc) if cap else masc, sex=False)


def r_nationality(s: Sheet, mode: str):
    """Nationality or origin: 'malienne', "d'origine kanak", 'Ghanaian national', '동티모르 국적'."""
    nat, lang, origin = s.p.b10_nat, s.lang, ORIGIN_KEY[s.p.b10_origin]
    if lang == "fr":
        if mode == "pair":
            return "Nationalité", " / ".join(_fr_nat(s, k, True) for k in nat)
        if origin not in nat and s.chance(0.5):
            return ("est " if mode == "she" else "") + "d'origine " + s.plant("nationality", NATS[origin][1],
                                                                             (NATS[origin][0],))
        return {"me": "je suis ", "she": "est "}.get(mode, "") + " et ".join(_fr_nat(s, k) for k in nat)
    if lang == "en":
        if mode == "pair":
            return "Nationality", " / ".join(s.plant("nationality", NATS[k][2]) for k in nat)
        if origin not in nat and s.chance(0.5):
            return {"me": "I am ", "she": "is "}.get(mode, "") + s.plant("nationality", NATS[origin][2])
        return {"me": "I am a ", "she": "is a "}.get(mode, "") + s.plant("nationality", f"{NATS[nat[0]][2]} national")
    country = NATS[nat[0]][3]
    if mode == "pair":
        return "국적", s.plant("nationality", country)
    return s.plant("nationality", f"{country} 국적") + ("이에요" if mode == "me" else "")


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
             "divorced": ("divorcée", "divorcé"), "widowed": ("veuve", "veuf"), "couple": ("en concubinage",) * 2}
EN_STATUS = {"single": "single", "married": "married", "pacs": "civil partnership", "divorced": "divorced",
             "widowed": "widowed", "couple": "cohabiting"}
KO_STATUS = {"single": "미혼", "married": "기혼", "pacs": "기혼", "divorced": "이혼", "widowed": "사별", "couple": "미혼"}


def r_family(s: Sheet, mode: str):
    """Marital status and children."""
    p, n, lang = s.p, s.p.children, s.lang
    if lang == "fr":
        fem, masc = FR_STATUS[p.marital]
        kids = lambda: (", " + s.plant("family", f"{n} enfant{'s' if n > 1 else ''}")) if n else ""  # noqa: E731
        if mode == "pair":
            return "Situation familiale", s.gv("family", capital(fem), capital(masc)) + kids()
        if mode in ("she", "me") and n:
            return ("est " if mode == "she" else "je suis ") + s.gv("family", "maman", "papa") + " de " + \
                s.plant("family", f"{n} enfant{'s' if n > 1 else ''}")
        return {"me": "je suis ", "she": "est "}.get(mode, "") + s.gv("family", fem, masc) + kids()
    if lang == "en":
        status = EN_STATUS[p.marital]
        kids = lambda: f", {s.plant('family', f'{n} child' + ('ren' if n > 1 else ''))}" if n else ""  # noqa: E731
        if mode == "pair":
            return "Marital status", s.plant("family", capital(status)) + kids()
        if mode in ("me", "she") and n:
            return ("I have " if mode == "me" else "has ") + s.plant("family", f"{n} kid{'s' if n > 1 else ''}")
        if mode in ("me", "she") and p.marital in ("pacs", "couple"):
            status = {"pacs": "in a civil partnership", "couple": "living with a partner"}[p.marital]
        return {"me": "I am ", "she": "is "}.get(mode, "") + s.plant("family", status) + kids()
    status = KO_STATUS[p.marital]
    kids = lambda: f", {s.plant('family', f'자녀 {n}명')}" if n else ""  # noqa: E731
    if mode == "pair":
        return "결혼", s.plant("family", status) + kids()
    return s.plant("family", status) + kids()


def r_health(s: Sheet, mode: str):
    """Disability or health."""
    value = HEALTH[s.p.health][{"fr": 0, "en": 1, "ko": 2}[s.lang]]
    planted = s.gv("health", *value, sex=True) if isinstance(value, tuple) else s.plant("health", value)
    if mode == "pair":
        return {"fr": "Santé", "en": "Health", "ko": "건강"}[s.lang], planted
    if mode in ("me", "she"):
        return {"fr": "santé : ", "en": "health: ", "ko": "건강: "}[s.lang] + planted
    return planted


def r_sex(s: Sheet, mode: str):
    """Sex: a field, a civil title, a word."""
    f, lang = s.female, s.lang
    if mode == "pair":
        label, words = {"fr": ("Sexe", ("Féminin", "Masculin")), "en": ("Sex", ("Female", "Male")),
                        "ko": ("성별", ("여성", "남성"))}[lang]
        return label, s.plant("sex", words[0] if f else words[1])
    if mode == "she":
        return s.plant("sex", {"fr": ("une femme", "un homme"), "en": ("a woman", "a man"),
                               "ko": ("여성", "남성")}[lang][0 if f else 1])
    if lang == "fr":
        return "je suis " + s.plant("sex", "une femme" if f else "un homme") if mode == "me" else \
            s.plant("sex", "Femme" if f else "Homme")
    if lang == "en":
        return "I am " + s.plant("sex", "a woman" if f else "a man") if mode == "me" else \
            s.plant("sex", "Female" if f else "Male")
    return s.plant("sex", "여자" if f else "남자")


RENDER10 = {"sex": r_sex, "age": r_age, "birth": r_birth, "residence": r_residence, "nationality": r_nationality,
            "religion": r_religion, "family": r_family, "health": r_health}
PERSONAL10 = ("sex", "age", "birth", "nationality", "family", "health", "religion")


# --- job sections ---------------------------------------------------------------------------------------------------
def tenure(s: Sheet, spell=None) -> str:
    """Years in a kind of workplace ('8 ans en cuisine', '9 years in construction'): a fact; the number spelled out by
    spell if given."""
    own = TRADE_TENURE.get(s.p.trade.key)
    pool = TENURE[s.lang] + ([own[LANGS.index(s.lang)]] * 3 if own else [])
    return s.fact(s.pick(pool).format(n=spell(s.p.years) if spell else s.p.years))


def side(s: Sheet) -> tuple[str, str]:
    """(employer named after a person, place): a small job, both facts."""
    places = {"fr": FR_JOB_PLACES, "en": EN_JOB_PLACES, "ko": KO_JOB_PLACES}[s.lang]
    used = {j.place for j in s.p.jobs}
    return s.fact(s.pick(SIDE_EMPLOYERS[s.lang])), s.fact(s.pick([x for x in places if x not in used]))


def tongues(s: Sheet) -> list[str]:
    """Languages spoken (facts): the home language (it names no nationality) sometimes, and a common one."""
    own = TONGUES.get(s.p.b10_origin)
    out = [own] if own and s.chance(0.6) else []
    out.append(s.pick(KO_NATIVE_TONGUES if s.p.b10_origin == "korean" else COMMON_TONGUES[s.lang]))
    return [s.fact(x) for x in out]


def rest(s: Sheet, mode: str = "bare", skip: tuple[str, ...] = ()) -> list[str]:
    """Every family this CV reveals and has not written yet (residence first), but those skipped."""
    res = s.bit("residence", mode) if "residence" not in skip else None
    return ([res] if res else []) + s.bits([f for f in PERSONAL10 if f not in skip], mode)


def cv_body(s: Sheet) -> list[str]:
    """The jobs, a side job, diplomas, skills, licence, languages and availability of a short CV."""
    emp, where = side(s)
    return [s.h("exp"), *[job_line(s, j) for j in s.p.jobs], f"{EXTRA[s.lang]} – {emp}, {where}", "", s.h("edu"),
            *education(s), "", s.h("skills"), ", ".join(skills(s)), f"{s.h('lic')}{s.sep}{licence(s)}",
            f"{s.h('langs')}{s.sep}{', '.join(tongues(s))}", availability(s)]


def religion_act(s: Sheet) -> str | None:
    """The activity that tells the author's religion (its telling words planted), if this split has one for it."""
    act = REL_ACT[s.lang].get(s.p.religion)
    if not act or not s.take("religion"):
        return None
    return re.sub(r"\{([^}]*)\}", lambda m: s.plant("religion", m.group(1)), act)


# --- 1. a CV dictated to a voice assistant ------------------------------------------------------------------------
FR_UNITS = ("zéro un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize dix-sept "
            "dix-huit dix-neuf").split()
FR_TENS = {2: "vingt", 3: "trente", 4: "quarante", 5: "cinquante", 6: "soixante"}
EN_UNITS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
            "seventeen eighteen nineteen").split()
EN_TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy", 8: "eighty", 9: "ninety"}
KO_DIGITS = "영 일 이 삼 사 오 육 칠 팔 구".split()


def fr_words(n: int) -> str:
    """A number in French words, hyphenated the 1990 way ('mille-neuf-cent-quatre-vingt-huit')."""
    if n < 20:
        return FR_UNITS[n]
    if n < 70:
        t, u = divmod(n, 10)
        return FR_TENS[t] + ("" if u == 0 else "-et-un" if u == 1 else "-" + FR_UNITS[u])
    if n < 80:
        return "soixante" + ("-et-onze" if n == 71 else "-" + FR_UNITS[n - 60])
    if n < 100:
        return "quatre-vingt" + ("s" if n == 80 else "-" + FR_UNITS[n - 80])
    if n < 1000:
        h, r = divmod(n, 100)
        head = "cent" if h == 1 else FR_UNITS[h] + "-cent" + ("s" if r == 0 else "")
        return head + ("" if r == 0 else "-" + fr_words(r))
    th, r = divmod(n, 1000)
    return ("mille" if th == 1 else fr_words(th) + "-mille") + ("" if r == 0 else "-" + fr_words(r))


def en_words(n: int) -> str:
    """A number in English words ('thirty-four')."""
    if n < 20:
        return EN_UNITS[n]
    if n < 100:
        t, u = divmod(n, 10)
        return EN_TENS[t] + ("" if u == 0 else "-" + EN_UNITS[u])
    if n < 1000:
        h, r = divmod(n, 100)
        return EN_UNITS[h] + " hundred" + ("" if r == 0 else " and " + en_words(r))
    th, r = divmod(n, 1000)
    return en_words(th) + " thousand" + ("" if r == 0 else (" and " if r < 100 else " ") + en_words(r))


def en_year(y: int) -> str:
    """A year as said in English: 'nineteen eighty-eight', 'two thousand and three'."""
    if 2000 <= y < 2010:
        return en_words(y)
    hi, lo = divmod(y, 100)
    return en_words(hi) + " " + ("hundred" if lo == 0 else ("oh " + EN_UNITS[lo]) if lo < 10 else en_words(lo))


def ko_words(n: int) -> str:
    """A number in Sino-Korean words ('삼십사', '천구백팔십팔')."""
    out = ""
    for value, unit in ((1000, "천"), (100, "백"), (10, "십")):
        q, n = divmod(n, value)
        if q:
            out += ("" if q == 1 else KO_DIGITS[q]) + unit
    return out + (KO_DIGITS[n] if n else "") or "영"


def spoken_digits(s: Sheet, phone: str) -> str:
    """A phone number as dictated: French in pairs ('zéro six, douze, …'), English digit by digit ('oh seven seven …'),
    Korean digit by digit ('공일공 …')."""
    digits = re.sub(r"\D", "", phone.replace("+33", "0").replace("+44", "0").replace("+82", "0").replace("(0)", ""))
    if s.lang == "fr":
        pairs = [digits[i:i + 2] for i in range(0, len(digits), 2)]
        return " virgule ".join(" ".join(fr_words(int(c)) for c in p) if p.startswith("0") else fr_words(int(p))
                                for p in pairs)
    if s.lang == "en":
        return " ".join("oh" if c == "0" else EN_UNITS[int(c)] for c in digits)
    return "".join("공" if c == "0" else KO_DIGITS[int(c)] for c in digits)


def spoken_email(s: Sheet, mail: str) -> str:
    """An e-mail address as dictated: 'wakoue point kaloi quatre-vingt-neuf arobase gmail point com'."""
    dot, at, under = {"fr": (" point ", " arobase ", " tiret bas "), "en": (" dot ", " at ", " underscore "),
                      "ko": (" 점 ", " 골뱅이 ", " 언더바 ")}[s.lang]
    words = {"fr": fr_words, "en": en_words, "ko": ko_words}[s.lang]
    said = re.sub(r"\d+", lambda m: f" {words(int(m.group()))} ", mail.replace(".", dot).replace("@", at).replace("_", under))
    return re.sub(" +", " ", said).strip()


DICT_WORDS = {"fr": (" virgule", " point", " à la ligne", " deux points", "ouvrez la parenthèse", "fermez la parenthèse"),
              "en": (" comma", " full stop", " new line", " colon", "open bracket", "close bracket"),
              "ko": (" 쉼표", " 마침표", " 줄바꿈", " 콜론", "괄호 열고", "괄호 닫고")}


@blind10()
def dictated_cv(s: Sheet) -> str:
    """A CV dictated to a phone's voice assistant and sent as its raw transcript: punctuation said as words ('virgule',
    'à la ligne', 'deux points'), numbers spelled out (age, year of birth, phone digits, years of experience), the
    e-mail address said with 'arobase' and 'point'; the identity first, the jobs after, the rest at the end."""
    p, lang = s.p, s.lang
    comma, stop, nl, colon, op, cl = DICT_WORDS[lang]
    words = {"fr": fr_words, "en": en_words, "ko": ko_words}[lang]
    head = {"fr": "[Transcription de la note vocale — Assistant]", "en": "[Voice note transcript — Assistant]",
            "ko": "[음성 메모 받아쓰기 — 어시스턴트]"}[lang]
    intro = {"fr": "curriculum vitae", "en": "CV", "ko": "이력서"}[lang]
    lines = [head, f"{intro}{colon} {me(s)}{nl}"]
    a, b = p.age, p.born
    if s.take("age"):
        label, said = {"fr": ("âge", f"{words(a)} ans"), "en": ("age", f"{words(a)} years old"),
                       "ko": ("나이", f"만 {words(a)}세")}[lang]
        lines.append(f"{label}{colon} " + s.plant("age", said) + stop)
    if s.take("birth"):
        said = {"fr": f"{'premier' if b.day == 1 else fr_words(b.day)} {FR_MONTHS[b.month - 1]} {fr_words(b.year)}",
                "en": f"the {en_words(b.day)} of {EN_MONTHS[b.month - 1]} {en_year(b.year)}",
                "ko": f"{ko_words(b.year)}년 {ko_words(b.month)}월 {ko_words(b.day)}일"}[lang]
        label = s.g("née le", "né le") if lang == "fr" else {"en": "born on", "ko": "생년월일"}[lang]
        lines.append(f"{label} " + s.plant("birth", said) + _born_in(s, 0.4) + stop)
    if s.take("sex"):
        label, words_ = {"fr": ("sexe", ("féminin", "masculin")), "en": ("gender", ("female", "male")),
                         "ko": ("성별", ("여자", "남자"))}[lang]
        lines.append(f"{label}{colon} " + s.plant("sex", words_[0 if s.female else 1]) + stop)
    if p.children and s.take("family"):
        n = p.children
        if lang == "fr":
            kids = s.plant("family", f"{fr_words(n)} enfants" if n > 1 else "un enfant")
            lines.append(s.gv("family", "maman", "papa") + " de " + kids + stop)
        elif lang == "en":
            lines.append("I have " + s.plant("family", f"{en_words(n)} kid{'s' if n > 1 else ''}") + stop)
        else:
            lines.append("자녀 " + s.plant("family", f"{ko_words(n)}명") + stop)
    more = rest(s, "me")
    lines.append((comma + " ").join(more) + stop if more else "")
    if "contact" in p.families:
        tel = {"fr": "mon numéro", "en": "my number is", "ko": "전화번호"}[lang]
        mail = {"fr": "mon mail", "en": "my email is", "ko": "이메일"}[lang]
        lines.append(f"{tel}{colon} " + s.plant("contact", spoken_digits(s, p.phone)) + nl)
        lines.append(f"{mail}{colon} " + s.plant("contact", spoken_email(s, p.email)) + nl)
    exp = {"fr": "expérience", "en": "experience", "ko": "경력"}[lang]
    lines.append(f"{exp}{colon} {tenure(s, spell=words)}{stop}")
    for j in p.jobs:
        lines.append(f"{title_text(s, j)} {op} {s.fact(j.employer)}{comma} {s.fact(j.place)} {cl}{nl}")
    emp, where = side(s)
    lines += [f"{EXTRA[lang]} {emp}{comma} {where}{stop}", f"{diploma(s)}{comma} {licence(s)}{stop}",
              (comma + " ").join(skills(s)) + stop, (comma + " ").join(tongues(s)) + stop, availability(s) + stop]
    return "\n".join(x for x in lines if x)


# --- 2. WhatsApp statuses exported as text -----------------------------------------------------------------------------
HASHTAG = {"fr": "#jecherchedutravail #emploi", "en": "#lookingforwork #jobs", "ko": "#구직중 #일자리"}
REPLIES = {"fr": ["Je partage 🙏", "Courage, ça va venir !", "Envoie-moi ton CV en privé"],
           "en": ["Sharing this 🙏", "Good luck mate!", "DM me your CV"],
           "ko": ["공유할게요 🙏", "힘내세요!", "이력서 개인톡으로 보내줘요"]}


@blind10()
def status_stories(s: Sheet) -> str:
    """A run of WhatsApp statuses (stories) exported as text, one block a status with its number and time: the job
    wanted with hashtags (the home town as a hashtag too), a photo caption at a past job, the licence and skills, a
    birthday status, a family status, then the viewers' replies signed with their names."""
    p, lang = s.p, s.lang
    n = 7
    word = {"fr": "Statut", "en": "Status", "ko": "상태"}[lang]
    stamp = lambda i: f"[{word} {i}/{n} · {7 + i}:{14 * i % 60:02d}]"  # noqa: E731
    mine = {"fr": "Mon statut", "en": "My status", "ko": "내 상태"}[lang]
    lines = [f"{mine} — {me(s)}", ""]
    want = {"fr": "JE CHERCHE DU TRAVAIL", "en": "LOOKING FOR WORK", "ko": "일 구합니다"}[lang]
    tags = HASHTAG[lang]
    if s.take("residence"):
        town = p.b10_home["town"]
        tags += " " + s.plant("residence", "#" + town.replace(" ", "").replace("-", ""))
        if lang != "ko":
            tags += " " + s.plant("residence", "#" + area(p.b10_home["pc"]))
    lines += [stamp(1), f"📢 {want} 📢 {title_text(s, p.jobs[0])} · {tenure(s)}", tags, ""]
    j = p.jobs[0]
    emp0, at0 = s.fact(j.employer), s.fact(j.place)
    caption = {"fr": f"📷 moi au boulot chez {emp0} ({at0}) 💪", "en": f"📷 me at work, {emp0} ({at0}) 💪",
               "ko": f"📷 {emp0} ({at0}) 근무 중 💪"}[lang]
    lines += [stamp(2), caption, ""]
    lines += [stamp(3), f"🚗 {licence(s)} · " + " · ".join(skills(s, 2)), " · ".join(tongues(s)), ""]
    if s.take("age"):
        said = s.plant("age", {"fr": f"{p.age} ans", "en": f"{p.age} today", "ko": f"{p.age}번째"}[lang])
        cake = {"fr": f"🎂 {said} aujourd'hui, merci pour vos messages ❤️", "en": f"🎂 {said}! thanks for the wishes ❤️",
                "ko": f"🎂 오늘 {said} 생일 ❤️"}[lang]
        lines += [stamp(4), cake, ""]
    else:
        lines += [stamp(4), "☀️", ""]
    fam = [x for x in (s.bit("family", "me"), s.bit("nationality", "me"), religion_act(s), s.bit("religion", "me"))
           if x]
    lines += [stamp(5), "🏠 " + (" · ".join(fam) if fam else "❤️"), ""]
    more = rest(s, "me")
    lines += [stamp(6), " · ".join(more) if more else "🙏", ""]
    private = {"fr": "en privé", "en": "DM me", "ko": "개인톡 주세요"}[lang]
    lines += [stamp(7), "📞 " + (" / ".join(contacts(s)) if "contact" in p.families else private), availability(s), ""]
    seen = {"fr": "Réponses", "en": "Replies", "ko": "답장"}[lang]
    emp, where = side(s)
    boss = {"fr": f"Mon patron chez {emp} à {where} cherche quelqu'un", "en": f"{emp} in {where} is hiring",
            "ko": f"{where} {emp}에서 사람 구해요"}[lang]
    lines += [f"👁 {s.rng.randint(12, 90)} · {seen}"]
    lines += [f"💬 {someone(s, 'first')} : {x}" for x in s.rng.sample(REPLIES[lang], 2)]
    lines.append(f"💬 {someone(s, 'plain')} : {boss}")
    return "\n".join(lines)


# --- 3. a Canva CV with 'bold' Unicode letters -----------------------------------------------------------------------
def bold(text: str) -> str:
    """Text in Unicode mathematical bold sans-serif letters and digits, as design tools paste 'fonts' (accented
    letters have no such form and stay as they are)."""
    out = []
    for ch in text:
        if "A" <= ch <= "Z":
            out.append(chr(0x1D5D4 + ord(ch) - ord("A")))
        elif "a" <= ch <= "z":
            out.append(chr(0x1D5EE + ord(ch) - ord("a")))
        elif "0" <= ch <= "9":
            out.append(chr(0x1D7EC + ord(ch) - ord("0")))
        else:
            out.append(ch)
    return "".join(out)


def spaced(s: Sheet, text: str) -> str:
    """A heading letter-spaced the way a design template sets it: 'E X P É R I E N C E' (Korean ones as they are)."""
    return text if s.lang == "ko" else " ".join(text.upper())


@blind10()
def fancy_fonts(s: Sheet) -> str:
    """A Canva-style CV exported to text: the name and headline in 'bold' Unicode letters (Latin ones; Hangul has
    none), the home town and the age in them too, letter-spaced headings between decorative symbols, icons before the
    contact items, a block of personal details with the rest."""
    p, lang = s.p, s.lang
    m0 = len(s.markers)
    name = me(s, s.pick(["plain", "first LAST"]))
    title = title_text(s, p.jobs[0])
    recast(s, bold, m0, len(s.facts))
    lines = [f"✦ {bold(name)} ✦", bold(title), ""]
    strip = []
    if s.take("residence"):
        strip.append("⌂ " + s.plant("residence", bold(p.b10_home["town"])))
    if s.take("age"):
        strip.append("✧ " + s.plant("age", bold(str(p.age)) + {"fr": " ans", "en": " yrs", "ko": "세"}[lang]))
    strip += [f"{icon} {v}" for icon, v in zip(("☎", "✉"), contacts(s))]
    lines += ["  ❘  ".join(strip), "", f"⟡ {spaced(s, s.h('profile'))} ⟡"]
    lines += [f"{tenure(s)} · {availability(s)}", ""]
    about = rest(s, "bare")
    if about:
        lines += [f"⟡ {spaced(s, s.h('personal'))} ⟡", *[f"▸ {x}" for x in about], ""]
    lines += [f"⟡ {spaced(s, s.h('exp'))} ⟡"]
    for j in p.jobs:
        lines += [f"◆ {title_text(s, j)}", f"   {s.fact(j.employer)} ┃ {s.fact(j.place)} ┃ {job_dates(s, j)}"]
    emp, where = side(s)
    lines += [f"◆ {EXTRA[lang]}", f"   {emp} ┃ {where}", "", f"⟡ {spaced(s, s.h('edu'))} ⟡", *education(s), "",
              f"⟡ {spaced(s, s.h('skills'))} ⟡", *[f"✓ {x}" for x in skills(s)], f"✓ {licence(s)}", "",
              f"⟡ {spaced(s, s.h('langs'))} ⟡", " ● ".join(tongues(s))]
    return "\n".join(lines)


# --- 4. a CV in an e-mail forwarded twice --------------------------------------------------------------------------------
AGENCY = {"fr": ("Intérim Lagon", "interim-lagon.nc"), "en": ("Northlink Staffing", "northlink-staffing.co.uk"),
          "ko": ("한빛 인력", "hanbit-hr.co.kr")}


@blind10()
def forwarded_twice(s: Sheet) -> str:
    """An e-mail forwarded twice: the site manager's note on top with his signature, the recruiter's forward quoted
    with '>' and her signature, the candidate's own message quoted with '> >' (its header with the address, the CV
    pasted in the body, the candidate's signature)."""
    p, lang = s.p, s.lang
    agency, domain = AGENCY[lang]
    fwd = {"fr": "---------- Message transféré ---------", "en": "---------- Forwarded message ---------",
           "ko": "---------- 전달된 메일 ----------"}[lang]
    frm, to, subj, date_ = {"fr": ("De", "À", "Objet", "Date"), "en": ("From", "To", "Subject", "Date"),
                            "ko": ("보낸사람", "받는사람", "제목", "날짜")}[lang]
    sep = s.sep
    manager, recruiter = someone(s), someone(s)
    hi = {"fr": "Salut, je te fais suivre, profil sérieux.", "en": "FYI, looks like a good fit for the site.",
          "ko": "참고하세요, 괜찮은 분 같습니다."}[lang]
    top = [hi, "", manager, {"fr": "Chef de chantier", "en": "Site manager", "ko": "현장 반장"}[lang], "", fwd,
           f"{frm}{sep}{recruiter} <recrutement@{domain}>", f"{date_}{sep}{D.TODAY[2] - 3}/{D.TODAY[1]:02d}/{D.TODAY[0]}",
           f"{subj}{sep}TR: {title_text(s, p.jobs[0])}", f"{to}{sep}planning@{domain}", ""]
    mid = [{"fr": "Bonjour, candidature reçue ce matin, dispo rapidement.",
            "en": "Hi all, application received this morning, can start soon.",
            "ko": "안녕하세요, 오늘 아침 접수된 지원서입니다."}[lang], "", "--", recruiter,
           {"fr": "Chargée de recrutement", "en": "Recruitment consultant", "ko": "채용 담당"}[lang], agency, "", fwd]
    sender = me(s)
    mail = f" <{s.plant('contact', p.email)}>" if "contact" in p.families else ""
    mid += [f"{frm}{sep}{sender}{mail}", f"{subj}{sep}{title_text(s, p.jobs[0])}", ""]
    hello = {"fr": "Bonjour Madame, Monsieur,", "en": "Dear Sir or Madam,", "ko": "안녕하세요,"}[lang]
    inner = [hello, {"fr": "Veuillez trouver mon CV ci-dessous.", "en": "Please find my CV below.",
                     "ko": "아래에 이력서를 붙여 드립니다."}[lang], ""]
    inner += [f"{lab}{sep}{val}" for lab, val in s.pairs(("sex", "age", "birth", "nationality", "family"))]
    inner += ["", *cv_body(s), "", tenure(s), *rest(s, "bare"), "",
              {"fr": "Cordialement,", "en": "Kind regards,", "ko": "감사합니다."}[lang], me(s, "plain"), *contacts(s)]
    lines = top + ["> " + x if x else ">" for x in mid] + ["> > " + x if x else "> >" for x in inner]
    return "\n".join(lines)


# --- 5. a job seeker's skills profile / claimant commitment / employment plan ------------------------------------------
@blind10()
def competence_profile(s: Sheet) -> str:
    """What a job-seekers' office prints of a person: France Travail's 'profil de compétences' (savoir-faire,
    savoir-être, contraintes), the UK Universal Credit claimant commitment (the work coach, what I will do, what limits
    my hours), the 국민취업지원제도 개인별 취업활동계획 (참여자, 전담상담사, 구직 장애요인)."""
    p, lang = s.p, s.lang
    j = p.jobs[0]
    coach = someone(s, "plain" if lang != "en" else s.pick(["plain", "first"]))
    if lang == "fr":
        code = p.trade.rome[0]
        lines = ["France Travail — Mon profil de compétences", f"Identifiant : {s.rng.randint(1000000, 9999999)}"
                 f"{s.pick('ABCDEFGH')}", f"{civil(s)}{me(s, 'LAST first')}", "",
                 f"Métier recherché : {title_text(s, j)} (ROME {code})", f"Expérience : {tenure(s)}", "",
                 "Mes savoir-faire", *[f"  • {x}" for x in skills(s)], "Mes savoir-être professionnels",
                 "  • Sens de l'organisation", "  • Travail en équipe", "", "Mes expériences",
                 *[f"  {job_line(s, x)}" for x in p.jobs], "Mes formations", *[f"  {x}" for x in education(s)],
                 f"Mes permis : {licence(s)}", f"Mes langues : {', '.join(tongues(s))}", ""]
        limits = [x for x in (s.bit("family", "bare"), s.bit("health", "bare")) if x]
        area = f"30 km autour de {s.plant('residence', p.b10_home['town'])}" if s.take("residence") else "non précisée"
        lines += [f"Mes contraintes : {'; '.join(limits) if limits else 'aucune'}", f"Zone de recherche : {area}",
                  availability(s), "", "Informations administratives",
                  *[f"  {lab} : {val}" for lab, val in s.pairs()], *[f"  {x}" for x in contacts(s)],
                  "", f"Conseiller référent : {coach}"]
        emp, where = side(s)
        lines.append(f"Note du conseiller : a aussi travaillé en extra ({emp}, {where}).")
        return "\n".join(lines)
    if lang == "en":
        lines = ["Universal Credit — Your claimant commitment", f"Claimant: {civil(s)}{me(s)}",
                 f"Work coach: {coach}", f"Accepted on {D.TODAY[2]} {EN_MONTHS[D.TODAY[1] - 1]} {D.TODAY[0]}", "",
                 "About me", *[f"  {lab}: {val}" for lab, val in s.pairs(("age", "birth", "nationality", "sex"))], ""]
        town = s.plant("residence", p.b10_home["town"]) if s.take("residence") else "home"
        lines += ["My work search", f"  I will look for work as a {title_text(s, j, 'lower')} within 90 minutes of "
                  f"{town}.", f"  I have {tenure(s)}.", "  I will spend 35 hours a week looking for work.", ""]
        limits = [x for x in (s.bit("family", "me"), s.bit("health", "me"), s.bit("religion", "me")) if x]
        if limits:
            lines += ["What limits my hours or the work I can do", *[f"  {capital(x)}." for x in limits], ""]
        emp, where = side(s)
        lines += ["My previous work", *[f"  {job_line(s, x)}" for x in p.jobs], f"  {EXTRA[lang]}: {emp}, {where}",
                  "Qualifications", *[f"  {x}" for x in education(s)], f"  {licence(s)}",
                  f"  {', '.join(skills(s))}", f"  Languages: {', '.join(tongues(s))}", f"  {availability(s)}", ""]
        lines += [*rest(s, "bare"), *contacts(s)]
        return "\n".join(lines)
    lines = ["국민취업지원제도 개인별 취업활동계획서", f"참여자{s.sep}{me(s)}", f"전담상담사{s.sep}{coach}", "",
             f"희망직종{s.sep}{title_text(s, j)}", f"경력{s.sep}{tenure(s)}", "",
             *[f"{lab}{s.sep}{val}" for lab, val in s.pairs(("sex", "birth", "age", "nationality", "residence"))], ""]
    barriers = [x for x in (s.bit("family", "bare"), s.bit("health", "bare"), religion_act(s)) if x]
    lines += [f"구직 장애요인{s.sep}{', '.join(barriers) if barriers else '없음'}", "", "경력사항",
              *[job_line(s, x) for x in p.jobs], "", "자격 및 교육", *education(s), licence(s),
              ", ".join(skills(s)), ", ".join(tongues(s)), availability(s), "", *rest(s, "bare"), *contacts(s)]
    emp, where = side(s)
    lines.append(f"상담 메모{s.sep}{where} {emp} 단기 근무 경험 있음")
    return "\n".join(lines)


# --- 6. a service provider's public profile ------------------------------------------------------------------------------
QUESTIONS = {"fr": ["Vous intervenez le week-end ?", "Vous avez votre propre matériel ?"],
             "en": ["Do you work weekends?", "Do you bring your own tools?"],
             "ko": ["주말에도 가능하신가요?", "장비는 직접 가져오시나요?"]}
ANSWERS = {"fr": ["Oui, sur demande.", "Oui, tout le nécessaire."], "en": ["Yes, on request.", "Yes, everything."],
           "ko": ["네, 미리 말씀해 주세요.", "네, 다 챙겨 갑니다."]}


@blind10()
def service_provider(s: Sheet) -> str:
    """A provider's public page on a services marketplace (숨고 고수 / jobbing site / trades directory): name and the
    'pro' label, verified badges, hires and response time, service area, the story in the first person, customers'
    questions answered by the provider, and customers' reviews signed with their names."""
    p, lang = s.p, s.lang
    pro = {"fr": "Prestataire vérifié", "en": "Verified tradesperson", "ko": "고수"}[lang]
    head = f"{me(s)} {pro}" if lang == "ko" else f"{me(s, s.pick(['plain', 'first']))} · {pro}"
    hires = s.rng.randint(8, 160)
    stats = {"fr": f"{hires} missions · répond en moyenne en 1 h", "en": f"{hires} jobs · usually replies within an hour",
             "ko": f"고용 {hires}회 · 평균 응답 1시간"}[lang]
    lines = [head, title_text(s, p.jobs[0]), stats, {"fr": "✔ Pièce d'identité ✔ Assurance RC Pro",
                                                     "en": "✔ ID checked ✔ Public liability insured",
                                                     "ko": "✔ 신원 인증 ✔ 사업자 등록"}[lang]]
    if s.take("residence"):
        zone = {"fr": "Zone d'intervention", "en": "Covers", "ko": "활동 지역"}[lang]
        lines.append(f"{zone}{s.sep}{s.plant('residence', p.b10_home['town'])} +20 km")
    story = {"fr": "Mon histoire", "en": "About me", "ko": "고수 소개"}[lang]
    me_bits = rest(s, "me")
    lines += ["", story, capital(", ".join([tenure(s), *me_bits])) + ".", availability(s), ""]
    lines += [{"fr": "Expérience", "en": "Experience", "ko": "경력"}[lang], *[job_line(s, j) for j in p.jobs]]
    emp, where = side(s)
    lines += [f"{EXTRA[lang]} – {emp}, {where}", licence(s), ", ".join(skills(s)), diploma(s),
              ", ".join(tongues(s)), ""]
    lines.append({"fr": "Questions des clients", "en": "Customer questions", "ko": "고객 질문"}[lang])
    for q, a in zip(QUESTIONS[lang], ANSWERS[lang]):
        lines += [f"Q ({someone(s, 'first')}){s.sep}{q}", f"R ({me(s, 'first')}){s.sep}{a}" if lang == "fr" else
                  f"A ({me(s, 'first')}){s.sep}{a}"]
    lines += ["", {"fr": "Avis", "en": "Reviews", "ko": "리뷰"}[lang]]
    praise = {"fr": "Travail soigné, je recommande.", "en": "Tidy work, would recommend.", "ko": "꼼꼼하게 잘 해주셨어요."}
    lines.append(f"★★★★★ {praise[lang]} — {someone(s, 'first L.' if lang != 'ko' else 'plain')}")
    return "\n".join(lines + contacts(s))


# --- 7. an agency timesheet -------------------------------------------------------------------------------------------------
DAYS = {"fr": "Lun Mar Mer Jeu Ven", "en": "Mon Tue Wed Thu Fri", "ko": "월 화 수 목 금"}


@blind10()
def timesheet(s: Sheet) -> str:
    """A temp agency's weekly timesheet kept with the CV: the worker's identity in the header (name, staff number,
    birth, address, next of kin), one row a day with the client site (employer, place), hours and breaks, the site
    supervisor's approval signed with a name, then the worker's profile note."""
    p, lang = s.p, s.lang
    title = {"fr": "FEUILLE D'HEURES — SEMAINE 37", "en": "WEEKLY TIMESHEET — WEEK 37", "ko": "주간 근무일지 — 37주차"}
    worker = {"fr": "Intérimaire", "en": "Temp worker", "ko": "근로자"}[lang]
    lines = [title[lang], f"{worker}{s.sep}{me(s, 'LAST first' if lang != 'ko' else 'plain')}   "
             f"{'Matricule' if lang == 'fr' else 'Staff no' if lang == 'en' else '사번'}{s.sep}{s.rng.randint(10000, 99999)}"]
    lines += [f"{lab}{s.sep}{val}" for lab, val in s.pairs(("birth", "residence", "age"))]
    if s.take("family"):
        kin = {"fr": "Personne à prévenir", "en": "Next of kin", "ko": "비상연락처"}[lang]
        tie = {"fr": ("époux", "épouse"), "en": ("husband", "wife"), "ko": ("남편", "아내")}[lang]
        spouse_sex = "M" if s.female else "F"
        if p.marital in ("married", "pacs"):
            spouse = someone(s, "plain", sex=spouse_sex)
            lines.append(f"{kin}{s.sep}{spouse} ({s.plant('family', tie[0 if s.female else 1])})")
        else:
            lines.append(f"{kin}{s.sep}{someone(s)}")
            label, value = r_family(s, "pair")
            lines.append(f"{label}{s.sep}{value}")
    head = {"fr": "Jour | Client / site | Début | Fin | Pause | Total", "en": "Day | Client / site | Start | End | Break |"
            " Hours", "ko": "요일 | 현장 | 출근 | 퇴근 | 휴게 | 합계"}[lang]
    lines += ["", head]
    jobs = p.jobs + p.jobs
    for day, j in zip(DAYS[lang].split(), jobs):
        start = s.pick(["06:00", "07:00", "08:00"])
        hours = "7,00" if lang == "fr" else "7.00"
        lines.append(f"{day} | {s.fact(j.employer)}, {s.fact(j.place)} | {start} | {int(start[:2]) + 8:02d}:00 | 1:00 | "
                     f"{hours}")
    total = {"fr": "Total semaine : 35,00 h", "en": "Week total: 35.00 h", "ko": "주간 합계: 35시간"}[lang]
    approve = {"fr": "Visa du responsable de site", "en": "Approved by site supervisor", "ko": "현장 책임자 확인"}[lang]
    sign = {"fr": "Signature de l'intérimaire", "en": "Worker's signature", "ko": "근로자 서명"}[lang]
    lines += [total, f"{approve}{s.sep}{someone(s)}", f"{sign}{s.sep}{me(s, 'first')}", ""]
    note = {"fr": "Fiche profil", "en": "Profile note", "ko": "인적 메모"}[lang]
    emp, where = side(s)
    lines += [note, f"{title_text(s, p.jobs[0])} · {tenure(s)} · {licence(s)}", ", ".join(skills(s)),
              f"{EXTRA[lang]}: {emp}, {where}", diploma(s), ", ".join(tongues(s)), availability(s),
              *rest(s, "bare"), *contacts(s)]
    return "\n".join(lines)


# --- 8. a letter by a relative about the worker ------------------------------------------------------------------------
KIN = {"fr": (("ma sœur", "mon frère"), ("ma fille", "mon fils")), "en": (("my sister", "my brother"),
                                                                          ("my daughter", "my son")),
       "ko": (("여동생", "남동생"), ("딸", "아들"))}


@blind10()
def relative_letter(s: Sheet) -> str:
    """A letter written by a relative on the worker's behalf, in the third person (the worker does not write the
    language well, or has no e-mail): who the worker is to them (the kin word tells the sex), what the worker did,
    the worker's details as the relative knows them, the relative's own name and phone at the end."""
    p, lang = s.p, s.lang
    kin = ""
    if s.take("sex"):
        words = s.pick(KIN[lang])
        kin = s.plant("sex", words[0] if s.female else words[1])
    first = me(s, "first")
    full = me(s)
    if lang == "fr":
        opener = ["Madame, Monsieur,", "", f"Je vous écris pour {kin + ' ' if kin else ''}{full}, qui cherche un poste de "
                  f"{title_text(s, p.jobs[0], 'lower')}. {first} ne maîtrise pas bien l'écrit, je l'aide pour ses démarches."]
    elif lang == "en":
        opener = ["To whom it may concern,", "", f"I am writing on behalf of {kin + ' ' if kin else ''}{full}, who is "
                  f"looking for work as a {title_text(s, p.jobs[0], 'lower')}. {first} has no email of their own, so I "
                  "help with applications."]
    else:
        opener = ["안녕하세요.", "", f"제 {kin + ' ' if kin else '가족 '}{full}의 구직을 대신 부탁드리려고 글을 씁니다. "
                  f"{first}는 휴대폰으로 글 쓰는 게 서툴러서 제가 대신 작성합니다."]
    facts_ = [f"{first} " + x for x in rest(s, "she")]
    said = {"fr": "Ce que {f} a fait :", "en": "What {f} has done:", "ko": "{f}의 경력:"}[lang].format(f=first)
    emp, where = side(s)
    lines = opener + [""] + facts_ + ["", said, *[f"- {job_line(s, j)}" for j in p.jobs], f"- {emp}, {where}",
                                      f"- {tenure(s)}", f"- {diploma(s)}, {licence(s)}", f"- {', '.join(skills(s))}",
                                      f"- {', '.join(tongues(s))}", f"- {availability(s)}", ""]
    relative = someone(s)
    end = {"fr": ("Merci de me contacter pour un entretien.", "Bien à vous,"),
           "en": ("Please contact me to arrange an interview.", "Yours faithfully,"),
           "ko": ("면접 연락 부탁드립니다.", "감사합니다.")}[lang]
    lines += [end[0], *[f"({x})" for x in contacts(s)], "", end[1], relative]
    return "\n".join(lines)


# --- 9. an interview invitation as an iCalendar file ------------------------------------------------------------------------
def ical(text: str) -> str:
    """A TEXT value escaped as RFC 5545 wants: backslash, comma, semicolon, newline."""
    return text.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;").replace("\n", "\\n")


@blind10()
def calendar_invite(s: Sheet) -> str:
    """An interview invitation saved as an .ics file: SUMMARY with the name, ORGANIZER and ATTENDEE with common names
    (the recruiter's, the candidate's) and mailto addresses, LOCATION, and a DESCRIPTION holding the candidate's
    details and career on one line, with ',' ';' and newlines escaped."""
    p, lang = s.p, s.lang
    agency, domain = AGENCY[lang]
    y, mo, d = D.TODAY
    word = {"fr": "Entretien", "en": "Interview", "ko": "면접"}[lang]
    m0, f0 = len(s.markers), len(s.facts)
    summary = f"{word} – {me(s)} – {title_text(s, p.jobs[0])}"
    recast(s, ical, m0, f0)
    recruiter = someone(s)
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:-//{agency}//Planning//{lang.upper()}", "BEGIN:VEVENT",
             f"UID:{s.rng.getrandbits(48):012x}@{domain}", f"DTSTAMP:{y}{mo:02d}{d:02d}T091200Z",
             f"DTSTART:{y}{mo:02d}{d + 2:02d}T100000", f"SUMMARY:{ical(summary)}",
             f"ORGANIZER;CN={recruiter}:mailto:recrutement@{domain}"]
    cn = me(s, "plain")
    mail = s.plant("contact", p.email) if "contact" in p.families else f"candidat@{domain}"
    lines.append(f"ATTENDEE;CN={cn};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION:mailto:{mail}")
    lines.append(f"LOCATION:{ical(agency + ', ' + p.jobs[0].place)}")
    s.fact(ical(p.jobs[0].place))
    m0, f0 = len(s.markers), len(s.facts)
    desc = [f"{lab}{s.sep}{val}" for lab, val in s.pairs()]
    if "contact" in p.families:
        desc.append(s.plant("contact", p.phone))
    emp, where = side(s)
    desc += ["", *[job_line(s, j) for j in p.jobs], f"{EXTRA[lang]}: {emp}, {where}", tenure(s), *education(s),
             ", ".join(skills(s)), licence(s), ", ".join(tongues(s)), availability(s)]
    body = "\n".join(desc)
    recast(s, ical, m0, f0)
    lines += [f"DESCRIPTION:{ical(body)}", "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"]
    return "\n".join(lines)


# --- 10. a wiki page with an infobox ---------------------------------------------------------------------------------------
@blind10()
def wiki_infobox(s: Sheet) -> str:
    """A page of a community wiki in MediaWiki source: an infobox template whose fields carry the identity (the birth
    date as a template's arguments '|5|3|1988|', the spouse named, the children as a number), a bold name in the
    lead, sections of '* ' items with [[links]] to employers and places, and categories that repeat the birth place
    and the origin."""
    p, lang = s.p, s.lang
    b = p.born
    box = {"fr": "Infobox Travailleur", "en": "Infobox person", "ko": "인물 정보"}[lang]
    keys = {"fr": ("nom", "date de naissance", "lieu de naissance", "nationalité", "résidence", "conjoint", "enfants",
                   "religion", "profession", "employeur"),
            "en": ("name", "birth_date", "birth_place", "nationality", "residence", "spouse", "children", "religion",
                   "occupation", "employer"),
            "ko": ("이름", "출생일", "출생지", "국적", "거주지", "배우자", "자녀", "종교", "직업", "소속")}[lang]
    rows = [f"{{{{{box}", f"| {keys[0]} = {me(s)}"]
    if s.take("birth"):
        arg = {"fr": f"{b.day}|{b.month}|{b.year}", "en": f"{b.year}|{b.month}|{b.day}",
               "ko": f"{b.year}|{b.month}|{b.day}"}[lang]
        tmpl = {"fr": "date de naissance", "en": "birth date", "ko": "출생일"}[lang]
        rows.append(f"| {keys[1]} = {{{{{tmpl}|{s.plant('birth', arg)}}}}}")
        rows.append(f"| {keys[2]} = [[{s.plant('birth', p.birth_place)}]]")
    if s.take("nationality"):
        rows.append(f"| {keys[3]} = {s.plant('nationality', NATS[p.b10_nat[0]][{'fr': 0, 'en': 2, 'ko': 3}[lang]])}")
    if s.take("residence"):
        rows.append(f"| {keys[4]} = [[{s.plant('residence', p.b10_home['town'])}]]")
    if s.take("family"):
        if p.marital in ("married", "pacs"):
            rows.append(f"| {keys[5]} = {someone(s, 'plain', sex='M' if s.female else 'F')}")
        rows.append(s.plant("family", f"| {keys[6]} = {p.children}"))
    if s.take("religion"):
        rows.append(f"| {keys[7]} = {s.plant('religion', REL[p.religion][{'fr': 0 if s.female else 1, 'en': 2, 'ko': 3}[lang]])}")
    rows += [f"| {keys[8]} = {title_text(s, p.jobs[0])}", f"| {keys[9]} = [[{s.fact(p.jobs[0].employer)}]]", "}}"]
    lead = {"fr": "est {t} ({x}).", "en": "is a {t} ({x}).", "ko": "은(는) {t}이다 ({x})."}[lang]
    rows += ["", f"'''{me(s)}''' " + lead.format(t=title_text(s, p.jobs[0], "lower"), x=tenure(s)), ""]
    career = {"fr": "Carrière", "en": "Career", "ko": "경력"}[lang]
    rows += [f"== {career} =="]
    rows += [f"* {job_dates(s, j)} : {title_text(s, j)}, [[{s.fact(j.employer)}]], [[{s.fact(j.place)}]]" for j in p.jobs]
    emp, where = side(s)
    rows += [f"* {EXTRA[lang]} : {emp}, [[{where}]]", "", f"== {s.h('edu')} ==", *[f"* {x}" for x in education(s)],
             "", f"== {s.h('skills')} ==", *[f"* {x}" for x in skills(s)], f"* {licence(s)}",
             f"* {', '.join(tongues(s))}", f"* {availability(s)}", ""]
    ill = r_health(s, "bare") if p.health != "good" and s.take("health") else None
    more = rest(s, "bare")
    if more or "contact" in p.families:
        rows += [f"== {s.h('more')} ==", *[f"* {x}" for x in more], *[f"* {x}" for x in contacts(s)], ""]
    cat = {"fr": "Catégorie", "en": "Category", "ko": "분류"}[lang]
    rows.append(f"[[{cat}:{title_text(s, p.jobs[0])}]]")
    if ill:
        rows.append(f"[[{cat}:{ill}]]")
    return "\n".join(rows)


# --- 11. a database dump of INSERT statements ---------------------------------------------------------------------------
def sql(text: str) -> str:
    """A string literal's body as SQL writes it: single quotes doubled."""
    return text.replace("'", "''")


def q(text: str) -> str:
    return "'" + sql(text) + "'"


@blind10()
def sql_insert(s: Sheet) -> str:
    """A CV kept as the rows of an applicant database dumped as SQL: a comment header, one INSERT into the candidates
    table with named columns (sex as a code, dates ISO, booleans), INSERTs into the experiences table, one into the
    skills table; single quotes doubled inside the values."""
    p, lang = s.p, s.lang
    m0, f0 = len(s.markers), len(s.facts)
    row: dict[str, str] = {"id": str(s.rng.randint(1000, 99999))}
    if lang == "ko":
        row["name"] = q(me(s))
        if p.b10_origin != "korean":
            row["passport_name"] = q(me(s, "roman"))
    else:
        row["last_name"], row["first_name"] = q(me(s, "LAST")), q(me(s, "first"))
    if s.take("sex"):
        row["sex"] = "'F'" if s.female else "'M'"  # planted after the quotes are doubled
    if s.take("birth"):
        row["birth_date"] = q(s.plant("birth", f"{p.born:%Y-%m-%d}"))
        if s.chance(0.5):
            row["birth_place"] = q(s.plant("birth", p.birth_place))
    if s.take("age"):
        row["age"] = s.plant("age", str(p.age))
    if s.take("nationality"):
        row["nationality"] = q(s.plant("nationality", NATS[p.b10_nat[0]][4]))
    if s.take("residence"):
        h = p.b10_home
        row["address"] = q(s.plant("residence", h["street"]))
        row["city"] = q(s.plant("residence", h["town"] if lang != "ko" else h["region"]))
    if s.take("family"):
        row["marital_status"] = q(s.plant("family", p.marital))
        row["children"] = str(p.children)
    if s.take("health"):
        row["disability"] = s.plant("health", "TRUE") if p.health != "good" else "FALSE"
        row["health_notes"] = q(r_health(s, "bare"))
    if s.take("religion"):
        row["religion"] = q(r_religion(s, "pair")[1])
    for col, v in zip(("phone", "email"), contacts(s)):
        row[col] = q(v)
    row["availability"] = q(availability(s))
    lines = [f"-- applicants dump {D.TODAY[0]}-{D.TODAY[1]:02d}-{D.TODAY[2]:02d}",
             f"INSERT INTO candidates ({', '.join(row)}) VALUES ({', '.join(row.values())});"]
    cols = "(candidate_id, employer, city, title, period)"
    for j in p.jobs:
        vals = [q(s.fact(j.employer)), q(s.fact(j.place)), q(title_text(s, j)), q(job_dates(s, j))]
        lines.append(f"INSERT INTO experiences {cols} VALUES ({row['id']}, {', '.join(vals)});")
    emp, where = side(s)
    lines.append(f"INSERT INTO experiences {cols} VALUES ({row['id']}, {q(emp)}, {q(where)}, {q(EXTRA[lang])}, NULL);")
    items = [*skills(s), licence(s), diploma(s), tenure(s), *tongues(s)]
    lines += [f"INSERT INTO skills (candidate_id, label) VALUES ({row['id']}, {q(x)});" for x in items]
    recast(s, sql, m0, f0)
    if "sex" in row:
        s.plant("sex", row["sex"])
    return "\n".join(lines)
