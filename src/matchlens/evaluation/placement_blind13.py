"""A thirteenth held-aside set of layouts of the placement benchmark (see evaluation.placement), split "blind13":
registered into the same LAYOUTS. Written without reading the masker (its rules, its data, its tests), the README's
list of what it misses or the history's messages, to measure it once more on CVs nobody tuned it on; do not read this
file while tuning a masker, and run it once.

The split is about what file extraction does to a CV, and about the CVs people send as prose. A CV reaches a staffing
company as a PDF or a Word file, and the text a reader takes out of it carries the damage: a two-column PDF read line
by line (the sidebar's contact and personal details on the same lines as the experience, runs of spaces between), the
page headers and footers repeated on every page with the name ('… — CV — page 2/3') and form feeds, words hyphenated at
line ends by the PDF ('Capesterre-' / 'Belle-Eau', a surname cut in two) with soft hyphens and ligatures ('ﬁ', 'ﬂ'),
non-breaking and zero-width spaces inside names and numbers with decomposed accents (NFD) and curly quotes,
full-width digits and letters in Korean files, a whole CV in UTF-8 read as cp1252 ('Ã©'), a Word table flattened to
tab- or pipe-separated cells (several label / value pairs a row), a LinkedIn 'Save to PDF' export, Word text boxes
read twice (the drawing and its fallback), a cover letter in running prose (lettre de motivation, cover letter,
자기소개서), an e-mail thread with a recruiter (headers, quoted replies, signatures, disclaimers), a UK resume with a
'Personal details' block and named referees, and the Korean 표준이력서 flattened with full-width digits.

Its vocabulary is its own: Indo-Guadeloupean, Sahrawi and Marquesan authors writing in French; Acholi, Baganda and
Jersey authors in English; Korean authors with rare one-syllable surnames and old-fashioned given names, and
Vietnamese and Mongolian marriage migrants writing Korean (names in Hangul). None of the name words is in a Faker
locale's name lists, in placement_data nor in an earlier split's lists; homes, places of birth and places of past jobs
are in none of the earlier pools either (a test checks both). Other people's names (recruiters, referees, hosts,
signatories, relatives) are planted as "name"; job facts (durations - some that look like markers, '10 ans en EHPAD'
-, employers - some named after people -, places of past jobs, diplomas, licences, skills, availability, languages)
are planted where the layout puts them. Health is written the many ways people write it (RQTH, aménagement de poste,
'apte avec restrictions', pregnancy, long illness, burn-out, 장애인 등록, 보훈). A layout that damages text records its
markers and facts in the form the text carries.

Layouts: pdf_two_columns, page_furniture, hyphenated_pdf, unicode_noise, mojibake, word_table, linkedin_pdf,
textbox_twice, cover_prose, recruiter_thread, uk_resume, standard_form_ko.
"""
from __future__ import annotations

import functools
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
    _jobs,
    _weighted,
    availability,
    education,
    layout,
    licence,
    skills,
    title_text,
)
from matchlens.evaluation.placement_blind11 import area, capital, recast
from matchlens.evaluation.placement_parts import _born_in, civil, contacts, diploma, draw_name, job_line, RenderedSheet

SPLIT = "blind13"

# --- names: none of their words is in a Faker locale, placement_data or an earlier split (tests check it) -----------
NAMES = {
    "indo_gp": {"F": "Mariamma Soundiram Pavadaye Minatchy Moutama", "M": "Ponnoussamy Sinnapin Ganessin Cadivel",
                "L": "Narayaninsamy Sitcharn Latchoumanin Soupramanien Virassamy Pavadé Chingan Canacadaye"},
    "sahrawi": {"F": "Nguia Mghaylaha Tekber Mbarka", "M": "Salek Bachir Mahfoud Sidati Embarek",
                "L": "Lehbib Bouhali Lebsir Dahi Mayara Lebrahim Limam Salama"},
    "marquesan": {"F": "Tahiata Heimata Vaiana Kahaia Tehina", "M": "Moetai Pohue Timau Teikivahiani",
                  "L": "Teikitutoua Kohumoetini Teikiehuupoko Puhetini Hikutini"},
    "acholi": {"F": "Atim Lakica Aciro Adong Acan Lamunu Ayaa", "M": "Opio Ojok Komakech Oryem Ocen Okot",
               "L": "Odong Olanya Otim Oloya"},
    "baganda": {"F": "Nakato Namubiru Nabukenya Nalwoga Babirye Nakimera", "M": "Ssemakula Mukasa Kizito Ssekandi "
                "Mulondo", "L": "Lubega Kaggwa Nsubuga Kiwanuka"},
    "jersey": {"F": "Esterelle Elianor Thomasse", "M": "Hélier Brelade",
               "L": "Renouf Vibert Falle Journeaux Perchard Querée Vautier Mourant Pallot Bichard Gallichan"},
    "korean": {"F": "딸순 섭순 삼월 복실 귀덕 막순 말숙 끝녀 말년 딸막", "M": "수동 삼식 봉득 억수 장쇠 먹쇠 만수 석삼 판돌 점복",
               "L": "독 리 수 영"},
    "vietnamese": {"F": "흐엉 투이 타오 프엉 응억 디엡", "M": "뚜안 쯔엉 응이아 티엔 끄엉", "L": "후인 즈엉 응오 부이"},
    "mongolian": {"F": "바트체체그 오윤체첵 뭉흐자르갈 어용게렐 체렝돌람 나란체첵",
                  "M": "바야르 간바타르 에르덴바트 후렐바타르 엥흐툽신 돌고르수렌", "L": "투멘자르갈 바트에르덴 다와수렌 락바수렌"},
}
NAMES = {o: {k: v.split() for k, v in d.items()} for o, d in NAMES.items()}
PARTICLE = {"Renouf": "", "Vibert": "", "Falle": "Le ", "Journeaux": "", "Perchard": "", "Querée": "de ",
            "Vautier": "", "Mourant": "", "Pallot": "", "Bichard": "", "Gallichan": "Le "}  # 'Le Falle', 'de Querée'
LATIN = {  # how a migrant's e-mail spells the Hangul name (not planted: contact only)
    "흐엉": "huong", "투이": "thuy", "타오": "thao", "프엉": "phuong", "응억": "ngoc", "디엡": "diep", "뚜안": "tuan",
    "쯔엉": "truong", "응이아": "nghia", "티엔": "tien", "끄엉": "cuong", "후인": "huynh", "즈엉": "duong", "응오": "ngo",
    "부이": "bui", "바트체체그": "battsetseg", "오윤체첵": "oyuntsetseg", "뭉흐자르갈": "munkhjargal",
    "어용게렐": "oyungerel", "체렝돌람": "tserendulam", "나란체첵": "narantsetseg", "바야르": "bayar",
    "간바타르": "ganbaatar", "에르덴바트": "erdenebat", "후렐바타르": "khurelbaatar", "엥흐툽신": "enkhtuvshin",
    "돌고르수렌": "dolgorsuren", "투멘자르갈": "tumenjargal", "바트에르덴": "baterdene", "다와수렌": "davaasuren",
    "락바수렌": "lkhagvasuren"}
KO_SURNAME_ROMAN = {"독": "Dok", "리": "Ri", "수": "Su", "영": "Young"}
WEIGHTS = {"fr": {"indo_gp": 3, "sahrawi": 3, "marquesan": 2}, "en": {"acholi": 3, "baganda": 3, "jersey": 2},
           "ko": {"korean": 5, "vietnamese": 3, "mongolian": 2}}
NATIONALITY = {"indo_gp": {"FR": 1}, "sahrawi": {"EH": 2, "DZ": 1, "FR": 1}, "marquesan": {"FR": 1},
               "acholi": {"UG": 2, "GB": 1}, "baganda": {"UG": 2, "GB": 1}, "jersey": {"GB": 1}, "korean": {"KR": 1},
               "vietnamese": {"VN": 3, "KR": 1}, "mongolian": {"MN": 3, "KR": 1}}
ORIGIN_KEY = {"indo_gp": "IG", "sahrawi": "SH", "marquesan": "MQ", "acholi": "AC", "baganda": "BG", "jersey": "JE",
              "korean": "KR", "vietnamese": "VN", "mongolian": "MN"}
NATS = {  # key -> (fr masc, fr fem, en, ko)
    "FR": ("français", "française", "French", "프랑스"),
    "IG": ("indien", "indienne", "Indo-Caribbean", "인도계"),
    "EH": ("sahraoui", "sahraouie", "Sahrawi", "서사하라"),
    "SH": ("sahraoui", "sahraouie", "Sahrawi", "서사하라"),
    "DZ": ("algérien", "algérienne", "Algerian", "알제리"),
    "MQ": ("marquisien", "marquisienne", "Marquesan", "마르키즈"),
    "UG": ("ougandais", "ougandaise", "Ugandan", "우간다"),
    "AC": ("acholi", "acholi", "Acholi", "아촐리"),
    "BG": ("ougandais", "ougandaise", "Ugandan", "우간다"),
    "GB": ("britannique", "britannique", "British", "영국"),
    "JE": ("jersiais", "jersiaise", "Jersey-born", "저지섬"),
    "KR": ("sud-coréen", "sud-coréenne", "South Korean", "대한민국"),
    "VN": ("vietnamien", "vietnamienne", "Vietnamese", "베트남"),
    "MN": ("mongol", "mongole", "Mongolian", "몽골"),
}

# --- places: in none of the earlier pools (tests check it) ------------------------------------------------------
FR_TOWNS = [  # (town, postcode)
    ("Capesterre-Belle-Eau", "97130"), ("Le Moule", "97160"), ("Sainte-Rose", "97115"), ("Petit-Bourg", "97170"),
    ("La Seyne-sur-Mer", "83500"), ("Bassens", "33530"), ("Carbon-Blanc", "33560"),
]
FR_STREETS = ["rue des Flamboyants", "chemin de la Ravine", "allée des Goyaviers", "rue du Morne", "résidence Les Alizés",
              "avenue de la Darse"]
FR_JOB_PLACES = ["Jonage", "Pusignan", "Colombier-Saugnieu", "Villette-d'Anthon", "Jarry", "Lamentin",
                 "Saint-Vincent-de-Paul", "Canéjan", "Ambarès"]
EN_TOWNS = [  # (town, outward code, area)
    ("Lozells", "B19", "West Midlands"), ("Wednesbury", "WS10", "West Midlands"), ("Aston", "B6", "West Midlands"),
    ("Thornton Heath", "CR7", "Greater London"), ("Harpurhey", "M9", "Greater Manchester"), ("St Helier", "JE2", "Jersey"),
]
EN_STREETS = ["Albert Road", "Tower Street", "Providence Row", "Colomberie", "Cheapside", "Wharf Lane"]
EN_JOB_PLACES = ["Minworth", "Coleshill", "Cannock", "Rugeley", "Middlewich", "Burntwood", "Brownhills", "Aldridge"]
KO_TOWNS = [  # (region, short name)
    ("충청북도 진천군 덕산읍", "덕산"), ("경기도 김포시 양촌읍", "양촌"), ("경기도 포천시 소흘읍", "소흘"),
    ("경기도 이천시 대월면", "대월"),
]
KO_ROADS = ["대하로", "양촌역길", "송우로", "대월로"]
KO_JOB_PLACES = ["김해 한림면", "영암 대불공단", "양주 남면", "화성 향남읍", "평택 포승읍", "안성 미양면", "천안 성거읍",
                 "칠곡 석적읍", "홍성 갈산면"]
BIRTH = {  # origin -> places of birth as a CV writes them
    "indo_gp": ["Saint-François (Guadeloupe)", "Port-Louis (Guadeloupe)", "Anse-Bertrand (Guadeloupe)"],
    "sahrawi": ["Smara (Sahara occidental)", "Dakhla (Sahara occidental)", "Aousserd (camps de Tindouf, Algérie)",
                "Mahbes (Sahara occidental)"],
    "marquesan": ["Hakahau (Ua Pou)", "Atuona (Hiva Oa)", "Omoa (Fatu Hiva)"],
    "acholi": ["Gulu, Uganda", "Kitgum, Uganda", "Pader, Uganda"],
    "baganda": ["Masaka, Uganda", "Mityana, Uganda", "Mukono, Uganda"],
    "jersey": ["Gorey, Jersey", "St Aubin, Jersey", "Grouville, Jersey"],
    "korean": ["강원도 영월군", "함경북도 회령", "강원도 평창군"],
    "vietnamese": ["베트남 하이즈엉", "베트남 떠이닌", "베트남 남딘"],
    "mongolian": ["몽골 에르데넷", "몽골 바양홍고르", "몽골 수흐바타르"],
}

# --- religions, health, and job facts of this split -------------------------------------------------------------
RELIGIONS = {"indo_gp": ["hindu", "catholic", "adventist"], "sahrawi": ["muslim"], "marquesan": ["catholic", "protestant"],
             "acholi": ["catholic", "anglican", "pentecostal"], "baganda": ["anglican", "catholic", "muslim"],
             "jersey": ["methodist", "anglican", "none"], "korean": ["protestant", "buddhist", "won", "none"],
             "vietnamese": ["buddhist", "catholic", "none"], "mongolian": ["buddhist", "none", "protestant"]}
REL = {  # key -> (fr fem, fr masc, en, ko)
    "hindu": ("hindoue", "hindou", "Hindu", "힌두교"),
    "catholic": ("catholique", "catholique", "Catholic", "천주교"),
    "adventist": ("adventiste", "adventiste", "Seventh-day Adventist", "안식교"),
    "muslim": ("musulmane", "musulman", "Muslim", "이슬람교"),
    "protestant": ("protestante", "protestant", "Protestant", "개신교"),
    "anglican": ("anglicane", "anglican", "Anglican", "성공회"),
    "pentecostal": ("pentecôtiste", "pentecôtiste", "Pentecostal", "오순절교회"),
    "methodist": ("méthodiste", "méthodiste", "Methodist", "감리교"),
    "won": ("bouddhiste won", "bouddhiste won", "Won Buddhist", "원불교"),
    "buddhist": ("bouddhiste", "bouddhiste", "Buddhist", "불교"),
    "none": ("sans religion", "sans religion", "No religion", "무교"),
}
REL_ACT = {  # an activity that tells the religion, the telling words braced
    "fr": {"hindu": "je participe aux {cérémonies du temple tamoul} de mon quartier",
           "muslim": "je ne travaille pas le vendredi après-midi ({prière du vendredi})",
           "adventist": "je ne travaille pas du vendredi soir au samedi soir ({sabbat})",
           "catholic": "je chante à la {chorale paroissiale}"},
    "en": {"pentecostal": "I lead the youth group at my {Pentecostal church}", "muslim": "I would need time for "
           "{Friday prayers}", "methodist": "I am a steward at the {Methodist chapel}",
           "anglican": "I sing in the {Church of Uganda} choir"},
    "ko": {"protestant": "주일에는 {교회}에 나가므로 일요일 근무는 어렵습니다", "buddhist": "{절}에서 봉사하고 있습니다",
           "catholic": "{성당} 성가대 활동을 하고 있습니다", "won": "{원불교} 교당에서 봉사하고 있습니다"},
}
HEALTH = {  # key -> (fr (fem, masc) or text, en, ko)
    "rqth": (("reconnue travailleuse handicapée", "reconnu travailleur handicapé"), "Access to Work support",
             "장애인 등록 (지체장애)"),
    "adjust": ("aménagement de poste (pas de port de charges)", "reasonable adjustments (no heavy lifting)",
               "중량물 취급 제한"),
    "restrict": ("apte avec restrictions", "fit with restrictions (occupational health)", "작업 제한 (산업보건의 소견)"),
    "pregnant": ("enceinte de cinq mois", "five months pregnant", "임신 5개월"),
    "illness": ("arrêt longue maladie en 2022", "long-term sick leave in 2022", "2022년 장기 병가"),
    "mental": ("suivi pour un burn-out", "anxiety (managed, under care)", "우울증 치료 중"),
    "veteran": ("invalidité catégorie 1", "PIP (disability benefit)", "보훈대상자 (국가유공자 자녀)"),
}
SIDE_EMPLOYERS = {"fr": ["Boulangerie Chez Titine", "Transports Dédé et Fils", "Ambulances Ginette", "Garage Chez Lulu",
                         "Snack Tatie Rose"],
                  "en": ["Aunty Bee's Takeaway", "Big Stan's Scaffolding", "Mama Rose's Catering", "Uncle Tom's Cabs"],
                  "ko": ["순자네 반찬가게", "만복이네 분식", "덕수네 정육점", "말자네 민박"]}
TENURE = {"fr": ["{n} ans d'expérience", "{n} ans de missions", "{n} ans dans le métier"],
          "en": ["{n} years' experience", "{n} years in the trade", "{n} years of temp work"],
          "ko": ["경력 {n}년", "{n}년 경력", "이 분야 {n}년"]}
TRADE_TENURE = {  # years in a kind of workplace, for the trades that have one
    "care": ("{n} ans en EHPAD", "{n} years in care homes", "요양원 {n}년"),
    "logistics": ("{n} ans en entrepôt", "{n} years in warehouses", "물류창고 {n}년"),
    "kitchen": ("{n} ans en restauration collective", "{n} years in school kitchens", "급식실 {n}년"),
    "cleaning": ("{n} ans en milieu hospitalier", "{n} years of hospital cleaning", "병원 미화 {n}년"),
    "driving": ("{n} ans de poids lourd", "{n} years of HGV driving", "화물차 {n}년"),
    "building": ("{n} ans sur chantier", "{n} years on building sites", "건설 현장 {n}년"),
}
TONGUES = {"indo_gp": "Créole guadeloupéen", "sahrawi": "Hassanya", "marquesan": "Marquisien (eo ènana)",
           "acholi": "Acholi (Luo)", "baganda": "Luganda", "jersey": "Jèrriais (basic)"}
COMMON_TONGUES = {"fr": ["Anglais (B1)", "Espagnol : notions", "Anglais : lu, écrit"],
                  "en": ["Swahili (fluent)", "French (basic)", "Portuguese (conversational)"],
                  "ko": ["한국어 (TOPIK 4급)", "영어 (기초)", "러시아어 (중급)", "중국어 (HSK 3급)"]}
KO_NATIVE_TONGUES = ["영어 (토익 700)", "일본어 (JLPT N3)", "중국어 (기초)"]
EXTRA = {"fr": "extra", "en": "weekend job", "ko": "주말 아르바이트"}
CARE = next(t for t in D.TRADES if t.key == "care")
AGENCY = {"fr": "Alizés Intérim", "en": "Midland Staffing Ltd", "ko": "새벽 인력"}
REGION = {"97": "Guadeloupe", "83": "Provence-Alpes-Côte d'Azur", "33": "Nouvelle-Aquitaine"}


# --- the blind13 sheet -----------------------------------------------------------------------------------------------
class Blind13Sheet(RenderedSheet):
    """A Sheet whose personal details are written in this split's wording; modes: 'pair' (label, value), 'bare' (a CV
    item), 'me' (the author speaking in a sentence), 'she' (someone else writing about the author)."""

    def render(self, family: str, mode: str):
        return RENDER13[family](self, mode)


FAMILY_ODDS = {"sex": 0.6, "age": 0.7, "birth": 0.6, "residence": 0.85, "nationality": 0.6, "religion": 0.55,
               "family": 0.7, "health": 0.6}


def draw(rng, lang: str, sex: str, origin: str = "") -> tuple[str, str, str]:
    """(origin, first, last) of someone writing in lang, or of an origin."""
    return draw_name(rng, NAMES, WEIGHTS, lang, sex, origin)


def renew(s: Sheet, trade=None, origin: str = "") -> None:
    """Give the sheet's person an identity of this split (name, second given name, contact, home, birth place,
    nationality, religion, health, families to reveal, places of past jobs; the trade and the origin if given), drawn
    from the sheet's random source."""
    p, rng, lang = s.p, s.rng, s.lang
    origin, first, last = draw(rng, lang, p.sex, origin)
    p.b13_origin, p.hanja = origin, ""
    p.b13_given2 = rng.choice([x for x in NAMES[origin][p.sex] if x != first])
    if origin == "korean":
        p.first, p.last, p.hangul = first, last, last + first
        p.email, p.phone, p.linkedin = _contact(rng, lang, first, last, first)
        p.email = p.email.replace(f"{p.email.split('@')[0]}", p.email.split("@")[0].replace("ri", "lee", 1), 1) \
            if last == "리" and rng.random() < 0.3 else p.email
    elif lang == "ko":  # a migrant: given name, then family name or patronymic, in Hangul
        p.first, p.last = first, last
        p.hangul = f"{last} 티 {first}" if origin == "vietnamese" and p.sex == "F" else (
            f"{last} 반 {first}" if origin == "vietnamese" else f"{last} {first}")
        p.email, p.phone, p.linkedin = _contact(rng, lang, LATIN[first].capitalize(), LATIN[last].capitalize(), "")
    else:
        p.first, p.last, p.hangul = first, PARTICLE.get(last, "") + last, ""
        p.email, p.phone, p.linkedin = _contact(rng, lang, first, last, "")
    if trade is not None and p.trade is not trade:
        p.trade = trade
        p.jobs = _jobs(rng, lang, trade, p.born, p.years, "\0")  # places are drawn below
    if lang == "fr":
        town, pc = rng.choice(FR_TOWNS)
        p.b13_home = {"town": town, "pc": pc, "street": f"{rng.randint(1, 88)} {rng.choice(FR_STREETS)}",
                      "region": REGION[pc[:2]]}
        places = FR_JOB_PLACES
    elif lang == "en":
        town, code, region = rng.choice(EN_TOWNS)
        pc = f"{code} {rng.randint(1, 9)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"
        p.b13_home = {"town": town, "pc": pc, "region": region, "street": f"{rng.randint(1, 140)} {rng.choice(EN_STREETS)}"}
        places = EN_JOB_PLACES
    else:
        i = rng.randrange(len(KO_TOWNS))
        region, short = KO_TOWNS[i]
        p.b13_home = {"town": short, "region": region, "street": f"{KO_ROADS[i]} {rng.randint(1, 300)}"}
        places = [x for x in KO_JOB_PLACES if short not in x]
    for job, place in zip(p.jobs, rng.sample(places, len(p.jobs))):
        job.place = place
    if p.sex == "M":  # no 'Chambermaid' on a man's CV
        for job in p.jobs:
            if job.en_female:
                job.en, job.en_female = rng.choice(p.trade.en_titles), False
    p.birth_place = rng.choice(BIRTH[origin])
    nats = NATIONALITY[origin]
    p.b13_nat = (_weighted(rng, nats),) if len(nats) == 1 or rng.random() > 0.2 else tuple(sorted(nats))[:2]
    p.religion = rng.choice(RELIGIONS[origin])
    p.health = rng.choice(sorted(HEALTH))
    if p.health == "pregnant" and p.sex == "M":
        p.health = "illness"
    if p.health == "veteran" and lang != "ko" and rng.random() < 0.5:
        p.health = "rqth"
    chosen = {f for f, odds in FAMILY_ODDS.items() if rng.random() < odds}
    while len(chosen) < 4:
        chosen.add(_weighted(rng, FAMILY_ODDS))
    p.families = chosen | {"name"} | ({"contact"} if rng.random() < 0.95 else set())


def blind13(langs=LANGS, trade=None, origins: dict[str, str] | None = None):
    """Register a layout of this split: the sheet gets its identity first (the trade if given, and the origin given
    for the sheet's language, if any)."""
    def deco(fn):
        @functools.wraps(fn)
        def run(s: Sheet) -> str:
            s.__class__ = Blind13Sheet
            renew(s, trade, (origins or {}).get(s.lang, ""))
            return fn(s)
        layout(langs, split=SPLIT)(run)
        return run
    return deco


# --- names ------------------------------------------------------------------------------------------------------------
def me(s: Sheet, form: str = "plain") -> str:
    """The author's name, planted: 'plain', 'LAST first', 'first LAST', 'first', 'last', 'LAST', 'both' (both given
    names), 'first both' (both given names and the surname)."""
    p = s.p
    if s.lang == "ko":
        if form == "first":
            return s.plant("name", p.first)
        return s.plant("name", p.hangul)
    text = {"plain": f"{p.first} {p.last}", "LAST first": f"{p.last.upper()} {p.first}", "first": p.first,
            "first LAST": f"{p.first} {p.last.upper()}", "last": p.last, "LAST": p.last.upper(),
            "both": f"{p.first} {p.b13_given2}", "first both": f"{p.first} {p.b13_given2} {p.last}"}[form]
    return s.plant("name", text)


def other(s: Sheet, sex: str | None = None, origin: str = "") -> tuple[str, str, str]:
    """(origin, first, last) of another person (of an origin if given), none of whose words is the author's."""
    for _ in range(30):
        origin, first, last = draw(s.rng, s.lang, sex or s.pick("FM"), origin)
        if not {first, last} & {s.p.first, s.p.last.split()[-1], s.p.b13_given2}:
            break
    return origin, first, last


def someone(s: Sheet, form: str = "plain", sex: str | None = None, origin: str = "") -> str:
    """Another person's name (a recruiter, a referee, a host, a relative), planted as 'name': 'plain', 'first',
    'LAST first', 'first L.' (the initial, one letter, not planted); a Korean office's staff are Korean."""
    origin, first, last = other(s, sex, origin or ("korean" if s.lang == "ko" and s.chance(0.8) else ""))
    if s.lang == "ko":
        full = last + first if origin == "korean" else f"{last} {first}"
        return s.plant("name", first if form in ("first", "first L.") else full)
    if form == "first L.":
        return s.plant("name", first) + f" {last[0]}."
    last = PARTICLE.get(last, "") + last
    return s.plant("name", {"first": first, "LAST first": f"{last.upper()} {first}"}.get(form, f"{first} {last}"))


# --- the families in this split's wording -------------------------------------------------------------------------
FR_ABBR = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]


def _date(s: Sheet, d: date) -> str:
    """A date of birth in one of the notations people use."""
    if s.lang == "fr":
        return s.pick([f"{d:%d/%m/%Y}", f"{d.day} {FR_MONTHS[d.month - 1]} {d.year}", f"{d:%d-%m-%Y}", f"{d:%d/%m/%y}",
                       f"{d.day:02d} {FR_ABBR[d.month - 1]} {d.year}"])
    if s.lang == "en":
        nth = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}.get(d.day, "th")
        return s.pick([f"{d:%d/%m/%Y}", f"{d.day}{nth} {EN_MONTHS[d.month - 1]} {d.year}",
                       f"{EN_MONTHS[d.month - 1]} {d.day}, {d.year}", f"{d.day} {EN_MONTHS[d.month - 1][:3]} {d.year}"])
    return s.pick([f"{d:%Y.%m.%d}", f"{d:%Y. %m. %d.}", f"{d.year}년 {d.month}월 {d.day}일", f"{d:%y%m%d}"])


def r_age(s: Sheet, mode: str):
    """Age: '34 ans', 'âgée de 34 ans', '34 years old', 'aged 34', '만 34세', '34살'."""
    a, lang = s.p.age, s.lang
    if lang == "fr":
        if mode == "pair":
            return "Âge", s.plant("age", f"{a} ans")
        if mode == "me":
            return s.pick([lambda: "j'ai " + s.plant("age", f"{a} ans"),
                           lambda: s.g("âgée", "âgé") + " de " + s.plant("age", f"{a} ans")])()
        return ("a " if mode == "she" else "") + s.plant("age", f"{a} ans")
    if lang == "en":
        if mode == "pair":
            return "Age", s.plant("age", f"{a} years")
        if mode == "me":
            return s.pick([lambda: "I am " + s.plant("age", f"{a} years old"), lambda: s.plant("age", f"I'm {a}")])()
        return ("is " if mode == "she" else "") + s.plant("age", s.pick([f"aged {a}", f"{a} years old"]))
    if mode == "pair":
        return "나이", s.plant("age", s.pick([f"만 {a}세", f"{a}세"]))
    return s.plant("age", f"{a}살" if mode in ("me", "she") else f"만 {a}세")


def r_birth(s: Sheet, mode: str):
    """Date or year of birth, sometimes with the place."""
    b, lang = s.p.born, s.lang
    if mode == "pair":
        label = s.pick({"fr": ["Date de naissance", "Né(e) le"], "en": ["Date of birth", "DOB"],
                        "ko": ["생년월일", "생 년 월 일"]}[lang])
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
    if mode == "me":
        return s.plant("birth", f"{b.year}년") + "에 " + (s.plant("birth", s.p.birth_place) + "에서 " if s.chance(0.6)
                                                          else "") + "태어났습니다"
    return s.plant("birth", s.pick([f"{b.year}년생", f"{b.year % 100:02d}년생"])) + _born_in(s)


def r_residence(s: Sheet, mode: str):
    """Where the author lives: an address, 'Le Moule (971)', 'secteur Bassens', 'Aston, West Midlands', '덕산 거주'."""
    h, lang = s.p.b13_home, s.lang
    plant = functools.partial(s.plant, "residence")
    if lang == "ko":
        if mode == "pair":
            return "주소", f"{plant(h['region'])} {plant(h['street'])}"
        return plant(h["town"]) + ("에 살고 있습니다" if mode == "me" else "에 거주" if mode == "she" else " 거주")
    if lang == "fr":
        full = lambda: f"{plant(h['street'])}, {plant(h['pc'])} {plant(h['town'])}"  # noqa: E731
        if mode == "pair":
            return "Adresse", full()
        if mode == "me":
            return s.pick([lambda: "j'habite à " + plant(h["town"]), lambda: "je vis à " + plant(h["town"]) +
                           " depuis dix ans", lambda: s.g("domiciliée", "domicilié") + " à " + plant(h["town"])])()
        if mode == "she":
            return "habite " + plant(h["town"])
        return s.pick([full, lambda: plant(f"{h['town']} ({area(h['pc'])})"), lambda: "Secteur " + plant(h["town"]),
                       lambda: plant(h["town"])])()
    full = lambda: f"{plant(h['street'])}, {plant(h['town'])} {plant(h['pc'])}"  # noqa: E731
    if mode == "pair":
        return "Address", full()
    if mode == "me":
        return s.pick(["I live in ", "I'm based in ", "home is "]) + plant(h["town"])
    if mode == "she":
        return "lives in " + plant(h["town"])
    return s.pick([full, lambda: f"{plant(h['town'])}, {plant(h['region'])}", lambda: plant(h["town"])])()


def nat_word(s: Sheet, key: str, cap: bool = False) -> str:
    """The nationality or origin word of a key in the CV's language, planted (French in the author's gender)."""
    masc, fem, en, ko = NATS[key]
    if s.lang == "fr":
        return s.gv("nationality", capital(fem) if cap else fem, capital(masc) if cap else masc, sex=False)
    return s.plant("nationality", en if s.lang == "en" else ko)


def r_nationality(s: Sheet, mode: str):
    """Nationality or origin: 'sahraouie', "d'origine indienne", 'Ugandan national', '베트남 국적'."""
    nat, lang, origin = s.p.b13_nat, s.lang, ORIGIN_KEY[s.p.b13_origin]
    if lang == "fr":
        if mode == "pair":
            return "Nationalité", " / ".join(nat_word(s, k, True) for k in nat)
        if origin not in nat and s.chance(0.5):
            fem, masc = NATS[origin][1], NATS[origin][0]
            return ("est " if mode == "she" else "") + "d'origine " + s.plant("nationality", fem, (masc,))
        if mode == "me":
            return "je suis de nationalité " + " et ".join(s.plant("nationality", NATS[k][1], (NATS[k][0],)) for k in nat)
        return ("est " if mode == "she" else "") + " et ".join(nat_word(s, k) for k in nat)
    if lang == "en":
        if mode == "pair":
            return "Nationality", " / ".join(nat_word(s, k) for k in nat)
        if origin not in nat and s.chance(0.5):
            return {"me": "I am ", "she": "is "}.get(mode, "") + nat_word(s, origin)
        return {"me": "I am a ", "she": "is a "}.get(mode, "") + s.plant("nationality", f"{NATS[nat[0]][2]} national")
    if mode == "pair":
        return "국적", nat_word(s, nat[0])
    if nat[0] == "KR" and s.p.b13_origin != "korean":
        return s.plant("nationality", f"{NATS[ORIGIN_KEY[s.p.b13_origin]][3]} 출신 귀화자")
    return s.plant("nationality", f"{NATS[nat[0]][3]} 국적") + ("입니다" if mode == "me" else "")


def r_religion(s: Sheet, mode: str):
    """Religion: a field, a word, or an activity that tells it."""
    key, lang = s.p.religion, s.lang
    fem, masc, en, ko = REL[key]
    act = REL_ACT[lang].get(key)
    if mode != "pair" and act and s.chance(0.6 if mode == "me" else 0.3):
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
    return "종교는 " + s.plant("religion", ko) + ("입니다" if mode == "me" else "")


FR_STATUS = {"single": ("célibataire",) * 2, "married": ("mariée", "marié"), "pacs": ("pacsée", "pacsé"),
             "divorced": ("divorcée", "divorcé"), "widowed": ("veuve", "veuf"), "couple": ("en concubinage",) * 2}
EN_STATUS = {"single": "single", "married": "married", "pacs": "in a civil partnership", "divorced": "divorced",
             "widowed": "widowed", "couple": "living with a partner"}
KO_STATUS = {"single": "미혼", "married": "기혼", "pacs": "기혼", "divorced": "이혼", "widowed": "사별", "couple": "미혼"}
FR_KIDS = {1: "un enfant", 2: "deux enfants", 3: "trois enfants", 4: "quatre enfants"}
EN_KIDS = {1: "one child", 2: "two children", 3: "three children", 4: "four children"}


def of(text: str) -> str:
    """' de deux enfants', " d'un enfant"."""
    return (" d'" if text[:1] in "aeiouéh" else " de ") + text


def kids(s: Sheet) -> str:
    """The number of children, planted ('deux enfants', '2 children', '자녀 2명')."""
    n = s.p.children
    text = {"fr": s.pick([FR_KIDS[n], f"{n} enfant{'s' if n > 1 else ''}"]),
            "en": s.pick([EN_KIDS[n], f"{n} {'children' if n > 1 else 'child'}"]), "ko": f"자녀 {n}명"}[s.lang]
    return s.plant("family", text)


def r_family(s: Sheet, mode: str):
    """Marital status and children: 'mariée, deux enfants', 'mère isolée de 2 enfants', 'lone parent', '기혼'."""
    p, n, lang = s.p, s.p.children, s.lang
    if lang == "fr":
        fem, masc = FR_STATUS[p.marital]
        if mode == "pair":
            return "Situation familiale", s.gv("family", capital(fem), capital(masc)) + (f", {kids(s)}" if n else "")
        if mode in ("she", "me") and n and p.marital in ("single", "divorced", "widowed"):
            return ("est " if mode == "she" else "je suis ") + s.gv("family", "mère isolée", "père isolé") + of(kids(s))
        if mode in ("she", "me") and n:
            return ("est " if mode == "she" else "je suis ") + s.gv("family", "maman", "papa") + of(kids(s))
        status = s.gv("family", fem, masc)
        return {"me": "je suis ", "she": "est "}.get(mode, "") + status + (f", {kids(s)}" if n else "")
    if lang == "en":
        status = EN_STATUS[p.marital]
        if mode == "pair":
            return "Marital status", s.plant("family", capital(status)) + (f", {kids(s)}" if n else "")
        if mode in ("me", "she") and n and p.marital in ("single", "divorced", "widowed"):
            return ("I am a " if mode == "me" else "is a ") + s.plant("family", "lone parent") + f" of {kids(s)}"
        lead = {"me": "I am ", "she": "is "}.get(mode, "") if p.marital != "couple" else \
            {"me": "I am ", "she": "is "}.get(mode, "")
        return lead + s.plant("family", status) + (f" with {kids(s)}" if n else "")
    status = KO_STATUS[p.marital]
    if mode == "pair":
        return "결혼 여부", s.plant("family", status) + (f", {kids(s)}" if n else "")
    if mode == "me" and n:
        return s.gv("family", f"{kids(s)}을 둔 엄마", f"{kids(s)}을 둔 아빠", sex=False)
    return s.plant("family", status) + (f", {kids(s)}" if n else "")


def r_health(s: Sheet, mode: str):
    """Disability or health, in words people use (RQTH, 'apte avec restrictions', 'pregnant', '장애인 등록')."""
    value = HEALTH[s.p.health][{"fr": 0, "en": 1, "ko": 2}[s.lang]]
    planted = s.gv("health", *value, sex=True) if isinstance(value, tuple) else s.plant("health", value)
    if s.p.health == "rqth" and s.lang == "fr" and s.chance(0.5):
        planted += " (" + s.plant("health", "RQTH") + ")"
    if mode == "pair":
        return {"fr": "Santé", "en": "Health", "ko": "건강"}[s.lang], planted
    if mode == "she":
        return {"fr": "a signalé : ", "en": "mentioned: ", "ko": "건강: "}[s.lang] + planted
    if mode == "me":
        return {"fr": "je vous signale que je suis ", "en": "I should mention: ", "ko": "참고로 "}[s.lang] + planted \
            if s.p.health in ("rqth", "pregnant") or s.lang != "fr" else "je vous signale : " + planted
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
        return "je suis " + s.plant("sex", "une femme" if f else "un homme") + " de terrain" if mode == "me" else \
            s.plant("sex", "Femme" if f else "Homme")
    if lang == "en":
        return "as " + s.plant("sex", "a woman" if f else "a man") + " in this trade, I know what the job takes" \
            if mode == "me" else s.plant("sex", "Female" if f else "Male")
    if mode == "me":
        return (s.plant("sex", "2녀 중 장녀") + "로" if f else s.plant("sex", "2남 중 장남") + "으로") + " 자랐습니다"
    return s.plant("sex", "여" if f else "남") if mode == "cell" else s.plant("sex", "여자" if f else "남자")


RENDER13 = {"sex": r_sex, "age": r_age, "birth": r_birth, "residence": r_residence, "nationality": r_nationality,
            "religion": r_religion, "family": r_family, "health": r_health}
PERSONAL13 = ("sex", "age", "birth", "nationality", "family", "health", "religion")


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
    home = s.p.b13_home["town"]
    return s.fact(s.pick(SIDE_EMPLOYERS[s.lang])), s.fact(s.pick([x for x in places if x not in used
                                                                   and home not in x]))


def tongues(s: Sheet) -> list[str]:
    """Languages spoken (facts): the home language (it names no nationality) sometimes, and a common one."""
    own = TONGUES.get(s.p.b13_origin)
    out = [own] if own and s.chance(0.6) else []
    out.append(s.pick(KO_NATIVE_TONGUES if s.p.b13_origin == "korean" else COMMON_TONGUES[s.lang]))
    return [s.fact(x) for x in out]


def rest(s: Sheet, mode: str = "bare", skip: tuple[str, ...] = ()) -> list[str]:
    """Every family this CV reveals and has not written yet (residence first), but those skipped."""
    res = s.bit("residence", mode) if "residence" not in skip else None
    return ([res] if res else []) + s.bits([f for f in PERSONAL13 if f not in skip], mode)


def cv_body(s: Sheet, sep: str = " – ") -> list[str]:
    """The jobs, a side job, diplomas, skills, licence, languages and availability of a short CV."""
    emp, where = side(s)
    return [s.h("exp"), *[job_line(s, j, sep) for j in s.p.jobs], f"{EXTRA[s.lang]}{sep}{emp}, {where}", "",
            s.h("edu"), *education(s), "", s.h("skills"), ", ".join(skills(s)), f"{s.h('lic')}{s.sep}{licence(s)}",
            f"{s.h('langs')}{s.sep}{', '.join(tongues(s))}", tenure(s), availability(s)]


def rest_lines(s: Sheet, items: list[str]) -> list[str]:
    """The remaining personal details under the 'personal' heading, if any."""
    return ["", s.h("personal"), *items] if items else []


def sentence(s: Sheet, text: str) -> str:
    """A clause as a sentence: capital first, full stop last; a marker it opens with recorded capitalised too."""
    text = text.strip()
    if capital(text) != text:
        s.markers[:] = [replace(m, value=capital(m.value), also=(*m.also, m.value)) if text.startswith(m.value) else m
                        for m in s.markers]
    return capital(text) + ("" if text.endswith((".", "!", "?")) else ".")


REFEREE = {"fr": "Référence : {who} ({role})", "en": "Reference: {who} ({role})", "ko": "추천인: {who} ({role})"}
ROLE = {"fr": "cheffe d'équipe", "en": "shift supervisor", "ko": "전 직장 반장"}


def referee(s: Sheet) -> str:
    """A line naming a former supervisor as a reference (planted as 'name')."""
    return REFEREE[s.lang].format(who=someone(s), role=ROLE[s.lang])


# --- 1. a two-column PDF read line by line --------------------------------------------------------------------------
def side_column(s: Sheet) -> list[str]:
    """The sidebar of a designed CV: contact, personal details as label / value lines, languages, licence."""
    out = [s.h("contact").upper() if s.lang != "ko" else s.h("contact"), *contacts(s), ""]
    res = s.bit("residence", "bare")
    if res:
        out += [res] if len(res) < 34 else res.split(", ", 1)
    out += ["", s.h("personal").upper() if s.lang != "ko" else s.h("personal")]
    for label, value in s.pairs(PERSONAL13):
        out += [label, value] if len(label) + len(value) > 30 else [f"{label}{s.sep}{value}"]
    out += ["", s.h("langs").upper() if s.lang != "ko" else s.h("langs"), *tongues(s), "", licence(s), "", referee(s)]
    return out


@blind13()
def pdf_two_columns(s: Sheet) -> str:
    """A designed two-column CV saved as PDF and read line by line, as pdftotext does without its layout mode: the
    name and headline on top, then each line carrying a piece of the sidebar (contact, personal details as label /
    value lines, languages) and a piece of the main column (experience, education, skills), separated by a run of
    spaces; a photo's caption left in the sidebar."""
    p = s.p
    who = s.plant("name", f"{p.first} {p.last}".upper()) if s.lang != "ko" else me(s)
    top = [who, title_text(s, p.jobs[0]), ""]
    left = side_column(s)
    emp, where = side(s)
    right = [s.h("exp").upper() if s.lang != "ko" else s.h("exp")]
    for j in p.jobs:
        right += [title_text(s, j), f"{s.fact(j.employer)} · {s.fact(j.place)}", f"{j.start[0]} – "
                  f"{j.end[0] if j.end else {'fr': 'auj.', 'en': 'now', 'ko': '현재'}[s.lang]}", ""]
    right += [f"{EXTRA[s.lang]} · {emp} · {where}", "", s.h("edu").upper() if s.lang != "ko" else s.h("edu"),
              *education(s), "", s.h("skills").upper() if s.lang != "ko" else s.h("skills"), *skills(s), tenure(s),
              availability(s)]
    width = max(len(x) for x in left) + s.pick([3, 6, 9])
    n = max(len(left), len(right))
    left, right = left + [""] * (n - len(left)), right + [""] * (n - len(right))
    rows = [(a.ljust(width) + b).rstrip() for a, b in zip(left, right)]
    return "\n".join(top + rows)


# --- 2. page headers and footers repeated on every page ---------------------------------------------------------------
@blind13()
def page_furniture(s: Sheet) -> str:
    """A CV of three pages read from a PDF: each page opens with the running header the word processor repeats
    ('Soundiram SITCHARN — CV — page 2/3', 'Curriculum vitae de …', '이력서 - 홍길동') and ends with a footer
    (the phone and e-mail, the file name, 'Page 2 of 3'), pages separated by form feeds; the personal details on
    page one, the career across the pages."""
    p, lang = s.p, s.lang
    head = s.pick({"fr": ["{n} — CV — page {i}/3", "Curriculum vitae de {n}", "CV {n} - {i}/3"],
                   "en": ["{n} — CV — page {i} of 3", "Curriculum Vitae: {n}", "{n} | Resume"],
                   "ko": ["이력서 - {n}", "{n} 이력서 ({i}/3)"]}[lang])
    form = s.pick(["first LAST", "plain", "LAST first"]) if lang != "ko" else "plain"
    foot_contact = " · ".join(contacts(s))
    first_page = [title_text(s, p.jobs[0]), ""]
    first_page += [f"{lab}{s.sep}{val}" for lab, val in s.pairs(("birth", "age", "nationality", "residence"))]
    first_page += ["", s.h("profile"), tenure(s) + ". " + availability(s) + "."]
    body = cv_body(s)
    cut = len(body) // 2
    pages = [first_page + [""] + body[:cut], body[cut:], (rest_lines(s, rest(s))[1:] or [s.h("more"), licence(s)]) +
             ["", referee(s)]]
    file = f"CV_{p.last.replace(' ', '_')}.pdf" if lang != "ko" else ""
    out = []
    for i, page in enumerate(pages, 1):
        foot = {"fr": f"Page {i}/3", "en": f"Page {i} of 3", "ko": f"- {i} -"}[lang]
        lines = [head.format(n=me(s, form), i=i), "", *page, ""]
        lines += [x for x in (foot_contact if i == 1 else "", file if i == 3 else "", foot) if x]
        out.append("\n".join(lines))
    if file:
        s.plant("name", p.last.replace(" ", "_"))
    return "\f".join(out)


# --- 3. words hyphenated at line ends, soft hyphens and ligatures -----------------------------------------------------
LIGATURES = (("ffi", "\ufb03"), ("ffl", "\ufb04"), ("ff", "\ufb00"), ("fi", "\ufb01"), ("fl", "\ufb02"))


def ligatured(text: str) -> str:
    """Text as a PDF with a typeset font gives it: ff, fi, fl, ffi, ffl as one ligature character each."""
    for a, b in LIGATURES:
        text = text.replace(a, b)
    return text


VOWELS = frozenset("aeiouyàâéèêëîïôöûüù")
DIGRAPHS = frozenset({"ch", "ph", "th", "gn", "qu", "gu", "sh", "ck"})


def syllable_break(word: str) -> int:
    """Where a hyphenator would break a word (0 if nowhere): between two consonants between vowels ('Coun|ter'),
    else before a consonant between vowels ('Naraya|ninsamy'); the point nearest the middle, three letters each side
    at least."""
    w = word.lower()
    points = [k for k in range(3, len(w) - 3)
              if w[k - 1].isalpha() and w[k].isalpha() and w[k + 1] in VOWELS and (
                  (w[k - 1] not in VOWELS and w[k] not in VOWELS and w[k - 2] in VOWELS and w[k - 1:k + 1] not in DIGRAPHS)
                  or (w[k - 1] in VOWELS and w[k] not in VOWELS))]
    return min(points, key=lambda k: abs(k - len(w) / 2), default=0)


def cut(word: str) -> str:
    """A word (or a name, a place) broken at a line end as a PDF typesets it: at a space or its own hyphen if it
    has one ('Thornton' / 'Heath', 'Capesterre-' / 'Belle-Eau'), else at a syllable with a hyphen added
    ('Naraya-' / 'ninsamy')."""
    for mark, keep in ((" ", ""), ("-", "-")):
        if mark in word[1:-1]:
            i = word.index(mark, 1)
            return word[:i] + keep + "\n" + word[i + 1:]
    k = syllable_break(word)
    return word[:k] + "-\n" + word[k:] if k else word


def soft(text: str) -> str:
    """Soft hyphens (U+00AD) a PDF left at a break point of each long word (ten letters or more, not in an e-mail
    address or a URL)."""
    def one(m: re.Match) -> str:
        k = syllable_break(m.group(0))
        return m.group(0)[:k] + "\u00ad" + m.group(0)[k:] if k else m.group(0)
    return re.sub(r"(?<![\w.@/\u00ad-])[^\W\d_]{10,}(?![\w.+-]*@)", one, text)


@blind13(langs=("fr", "en"))
def hyphenated_pdf(s: Sheet) -> str:
    """A justified PDF CV read as text: words broken at line ends with a hyphen the PDF added ('Narayanin-' /
    'samy', 'Capesterre-' / 'Belle-Eau', an employer, a place of work), soft hyphens left in long words, ligatures
    ('ﬁ', 'ﬂ', 'ﬀ') in the typeset font; markers and facts recorded as the text carries them."""
    p, lang = s.p, s.lang
    m0, f0 = len(s.markers), len(s.facts)
    last = s.plant("name", f"{p.first} {cut(p.last) if len(p.last) > 6 and ' ' not in p.last else p.last}")
    lines = [last, title_text(s, p.jobs[0]), " · ".join(contacts(s))]
    h = p.b13_home
    if s.take("residence"):
        town = s.plant("residence", cut(h["town"]) if len(h["town"]) > 7 else h["town"])
        lines.append({"fr": "Domicile : ", "en": "Home: "}[lang] + f"{s.plant('residence', h['street'])}, " + town)
    lines += ["", s.h("profile")]
    told = rest(s, "me")
    intro = {"fr": "En bref : ", "en": "In short: "}[lang]
    lines.append(intro + ", ".join(told + [tenure(s)]) + ". " + availability(s) + ".")
    lines += ["", s.h("exp")]
    for j in p.jobs:
        emp = s.fact(cut(j.employer) if len(j.employer) > 12 and s.chance(0.5) else j.employer)
        place = s.fact(cut(j.place) if len(j.place) > 7 and s.chance(0.6) else j.place)
        lines.append(f"{title_text(s, j)} chez {emp}, {place}" if lang == "fr" else f"{title_text(s, j)} at {emp}, "
                     f"{place}")
    emp, where = side(s)
    lines += [f"{EXTRA[lang]}{s.sep}{emp}, {where}", "", s.h("edu"), *education(s), "", s.h("skills"),
              ", ".join(skills(s)), f"{s.h('lic')}{s.sep}{licence(s)}", f"{s.h('langs')}{s.sep}{', '.join(tongues(s))}",
              "", {"fr": "Références", "en": "References"}[lang] + s.sep + someone(s) + " ("
              + {"fr": "cheffe d'équipe", "en": "team leader"}[lang] + ")"]
    text = ligatured(soft("\n".join(lines)))
    recast(s, lambda x: ligatured(soft(x)), m0, f0)
    return text


# --- 4. non-breaking and zero-width spaces, decomposed accents, full-width, curly quotes ------------------------------
FULL = {c: chr(ord(c) + 0xFEE0) for c in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"}


def fullwidth(text: str, digits_only: bool = False) -> str:
    """Latin letters and digits as full-width forms (as Korean word processors write them), or the digits only."""
    return "".join(FULL.get(c, c) if not digits_only or c.isdigit() else c for c in text)


def nfd(text: str) -> str:
    """Accents decomposed into a letter and a combining mark, as text copied from a macOS PDF gives them."""
    return unicodedata.normalize("NFD", text)


def zw(word: str, at: int = 3) -> str:
    """A word with a zero-width space inside it, as some PDF generators leave between glyph runs."""
    return word[:at] + "\u200b" + word[at:] if len(word) > at + 1 else word


def curly(text: str) -> str:
    """Straight apostrophes and quotes turned curly, as a word processor types them."""
    return re.sub(r'"([^"]*)"', "\u201c\\1\u201d", text.replace("'", "\u2019"))


@blind13()
def unicode_noise(s: Sheet) -> str:
    """A CV whose text carries the invisible damage of its file: in French, every accent decomposed (NFD),
    no-break and narrow no-break spaces inside phone numbers and between a title and a name, a zero-width space
    inside the surname, curly apostrophes; in English, zero-width spaces, no-break spaces in the postcode and curly
    quotes; in Korean, full-width digits and Latin letters and ideographic spaces between a label and its value.
    Markers and facts are recorded as the text carries them."""
    p, lang = s.p, s.lang
    m0, f0 = len(s.markers), len(s.facts)
    if lang == "ko":
        name = me(s)
        lines = [f"성명\u3000{name}", title_text(s, p.jobs[0])]
        lines += [f"{a}\u3000{b}" for a, b in s.pairs()] + [f"연락처\u3000{x}" for x in contacts(s)]
        lines += ["", *cv_body(s, " | "), "", referee(s)]
        text = fullwidth("\n".join(lines))
        recast(s, fullwidth, m0, f0)
        return text
    nb = "\u00a0" if lang == "en" else "\u202f"
    title = civil(s).strip()
    who = s.plant("name", f"{p.first} {zw(p.last.upper()) if ' ' not in p.last else p.last.upper()}")
    lines = [f"{title}\u00a0{who}" if title else who, title_text(s, p.jobs[0])]
    if "contact" in p.families:
        lines.append(s.plant("contact", p.phone.replace(" ", nb)) + "  /  " + s.plant("contact", p.email))
    h = p.b13_home
    if s.take("residence"):
        pc = h["pc"].replace(" ", "\u00a0")
        lines.append(f"{s.plant('residence', h['street'])}, " + (f"{s.plant('residence', pc)} "
                     f"{s.plant('residence', h['town'])}" if lang == "fr" else f"{s.plant('residence', h['town'])} "
                     f"{s.plant('residence', pc)}"))
    lines += [f"{a}{s.sep}{b}" for a, b in s.pairs(("age", "birth", "nationality", "family"))]
    quote = {"fr": "« {x} »", "en": '"{x}"'}[lang]
    lines += ["", s.h("profile"), quote.format(x=tenure(s) + ", " + availability(s).lower()
                                                + {"fr": ", j'aime le travail bien fait", "en": ", I'm reliable"}[lang])]
    s.facts[-1] = s.facts[-1].lower()
    lines += ["", *cv_body(s), *rest_lines(s, rest(s)), "", referee(s)]
    text = "\n".join(lines)
    if lang == "fr":
        text, fn = nfd(curly(text)), lambda x: nfd(curly(x))
    else:
        text, fn = curly(text), curly
    recast(s, fn, m0, f0)
    return text


# --- 5. UTF-8 read as cp1252 -------------------------------------------------------------------------------------------
def garble(text: str) -> str:
    """Text written in UTF-8 and read as Windows-1252 ('é' -> 'Ã©', '’' -> 'â€™'); bytes cp1252 leaves undefined are
    read as Latin-1, as most readers do."""
    out = []
    for b in text.encode("utf-8"):
        try:
            out.append(bytes([b]).decode("cp1252"))
        except UnicodeDecodeError:
            out.append(chr(b))
    return "".join(out)


@blind13(langs=("fr", "en"))
def mojibake(s: Sheet) -> str:
    """A whole CV saved in UTF-8 and opened as Windows-1252 by an old ATS ('Née' -> 'NÃ©e', 'Pavadé' -> 'PavadÃ©',
    curly apostrophes -> 'â€™', '£' -> 'Â£'): labelled personal details, the career, a reference named; markers and
    facts recorded in their garbled form."""
    p, lang = s.p, s.lang
    m0, f0 = len(s.markers), len(s.facts)
    lines = [f"{civil(s)}{me(s, s.pick(['plain', 'first LAST']))}", title_text(s, p.jobs[0]), *contacts(s), ""]
    lines += [f"{a}{s.sep}{b}" for a, b in s.pairs()]
    lines += ["", *cv_body(s)]
    if lang == "en":
        lines.append("Expected pay: \u00a312.50/hour")
    lines += ["", {"fr": "Référence : ", "en": "Referee: "}[lang] + someone(s) + " \u2014 " + AGENCY[lang]]
    fn = (lambda x: garble(curly(x))) if lang == "en" else garble
    text = fn("\n".join(lines))
    recast(s, fn, m0, f0)
    return text


# --- 6. a Word table flattened to cells --------------------------------------------------------------------------------
@blind13()
def word_table(s: Sheet) -> str:
    """A Word CV built as a table, pasted as text: one row a line, cells separated by tabs (or ' | ' when read by
    another tool), several label / value pairs a row ('Nom | SITCHARN | Prénom | Minatchy'), empty cells kept, then
    the career rows (dates | employer | job | place)."""
    p, lang = s.p, s.lang
    sep = s.pick(["\t", " | "])
    lab = {"fr": ("Nom", "Prénom", "Téléphone", "Courriel"), "en": ("Surname", "First names", "Phone", "Email"),
           "ko": ("성명", "영문", "휴대폰", "이메일")}[lang]
    if lang == "ko":
        rows = [[lab[0], me(s), "", ""]]
    else:
        rows = [[lab[0], s.plant("name", p.last.upper()), lab[1], me(s, "both") if s.chance(0.5) else me(s, "first")]]
    if "contact" in p.families:
        rows.append([lab[2], s.plant("contact", p.phone), lab[3], s.plant("contact", p.email)])
    pairs = s.pairs()
    for i in range(0, len(pairs), 2):
        row = [x for pair in pairs[i:i + 2] for x in pair]
        rows.append(row + [""] * (4 - len(row)))
    head = {"fr": ["Période", "Employeur", "Poste", "Lieu"], "en": ["Dates", "Employer", "Role", "Location"],
            "ko": ["기간", "회사명", "직무", "근무지"]}[lang]
    rows += [[""] * 4, head]
    for j in p.jobs:
        end = f"{j.end[1]:02d}/{j.end[0]}" if j.end else {"fr": "en cours", "en": "current", "ko": "재직 중"}[lang]
        rows.append([f"{j.start[1]:02d}/{j.start[0]} - {end}", s.fact(j.employer), title_text(s, j), s.fact(j.place)])
    emp, where = side(s)
    rows.append(["", emp, EXTRA[lang], where])
    rows += [[s.h("edu"), diploma(s), s.h("lic"), licence(s)], [s.h("skills"), ", ".join(skills(s)), s.h("langs"),
                                                                 ", ".join(tongues(s))],
             [{"fr": "Disponibilité", "en": "Availability", "ko": "입사 가능일"}[lang], availability(s),
              {"fr": "Expérience", "en": "Experience", "ko": "경력"}[lang], tenure(s)]]
    more = rest(s)
    if more:
        rows.append([s.h("more"), "; ".join(more), "", ""])
    rows.append([{"fr": "Référent", "en": "Referee", "ko": "추천인"}[lang], someone(s), {"fr": "Fonction", "en": "Role",
                 "ko": "관계"}[lang], ROLE[lang]])
    return "\n".join(sep.join(r).rstrip() for r in rows)


# --- 7. a LinkedIn 'Save to PDF' export ------------------------------------------------------------------------------
LI = {"fr": {"contact": "Coordonnées", "top": "Principales compétences", "langs": "Languages", "cert": "Certifications",
             "summary": "Résumé", "exp": "Expérience", "edu": "Formation", "page": "Page {i} sur 2", "mobile": "(Mobile)",
             "li": "(LinkedIn)", "now": "Present", "yrs": "{y} ans {m} mois", "mos": "{m} mois"},
      "en": {"contact": "Contact", "top": "Top Skills", "langs": "Languages", "cert": "Certifications",
             "summary": "Summary", "exp": "Experience", "edu": "Education", "page": "Page {i} of 2", "mobile": "(Mobile)",
             "li": "(LinkedIn)", "now": "Present", "yrs": "{y} years {m} months", "mos": "{m} months"},
      "ko": {"contact": "연락처", "top": "주요 기술", "langs": "Languages", "cert": "Certifications", "summary": "요약",
             "exp": "경력", "edu": "학력", "page": "Page {i} of 2", "mobile": "(Mobile)", "li": "(LinkedIn)", "now": "Present",
             "yrs": "{y}년 {m}개월", "mos": "{m}개월"}}


@blind13()
def linkedin_pdf(s: Sheet) -> str:
    """A LinkedIn profile saved with 'Save to PDF' and read as text: the sidebar first (Coordonnées / Contact with the
    phone '(Mobile)', the e-mail and the profile URL '(LinkedIn)', Principales compétences / Top Skills, Languages,
    Certifications), then the name as the first big line, the headline, the location line ('Région de …', 'Town,
    Region'), the Résumé / Summary in the first person, each job as employer, title, dates with its duration and
    place, the education, 'Page 1 sur 2' footers."""
    p, lang = s.p, s.lang
    t = LI[lang]
    side_ = [t["contact"]]
    if "contact" in p.families:
        side_ += [s.plant("contact", p.phone) + " " + t["mobile"], s.plant("contact", p.email),
                  s.plant("contact", p.linkedin.split("//")[-1].removeprefix("www.")) + " " + t["li"]]
    side_ += ["", t["top"], *skills(s, 3), "", t["langs"], *tongues(s), "", t["cert"], licence(s)]
    top = [me(s, "plain"), f"{title_text(s, p.jobs[0])} {'chez' if lang == 'fr' else 'at' if lang == 'en' else '@'} "
           f"{s.fact(p.jobs[0].employer)}"]
    h = p.b13_home
    if s.take("residence"):
        if lang == "fr":
            top.append(s.pick([lambda: "Région de " + s.plant("residence", h["town"]),
                               lambda: f"{s.plant('residence', h['town'])}, {h['region']}, France"])())
        elif lang == "en":
            top.append(f"{s.plant('residence', h['town'])}, {h['region']}, United Kingdom")
        else:
            top.append(f"{s.plant('residence', h['region'])}, 대한민국")
    told = rest(s, "me")
    summary = [t["summary"], " ".join(sentence(s, x) for x in [*told, tenure(s), availability(s)])]
    exp = [t["exp"]]
    for j in p.jobs:
        y1, m1 = j.end or D.TODAY[:2]
        months = (y1 - j.start[0]) * 12 + m1 - j.start[1] + 1
        y, m = divmod(months, 12)
        months_text = t["yrs"].format(y=y, m=m) if y else t["mos"].format(m=m)
        start = f"{FR_MONTHS[j.start[1] - 1]} {j.start[0]}" if lang == "fr" else f"{EN_MONTHS[j.start[1] - 1]} " \
            f"{j.start[0]}" if lang == "en" else f"{j.start[0]}년 {j.start[1]}월"
        end = t["now"] if not j.end else (f"{FR_MONTHS[j.end[1] - 1]} {j.end[0]}" if lang == "fr" else
                                          f"{EN_MONTHS[j.end[1] - 1]} {j.end[0]}" if lang == "en" else
                                          f"{j.end[0]}년 {j.end[1]}월")
        exp += [s.fact(j.employer), title_text(s, j), f"{start} - {end} ({months_text})", s.fact(j.place), ""]
    edu = [t["edu"], s.pick({"fr": ["Lycée professionnel", "GRETA", "AFPA"], "en": ["City College", "Further "
           "Education College"], "ko": ["직업전문학교", "폴리텍대학"]}[lang]), f"{diploma(s)} · ({p.jobs[-1].start[0] - 2} - "
           f"{p.jobs[-1].start[0] - 1})"]
    ref = {"fr": "Recommandé par ", "en": "Recommended by ", "ko": "추천: "}[lang] + someone(s)
    page1 = side_ + [""] + top + [""] + summary + [ref, ""] + exp[:6]
    page2 = exp[6:] + edu
    return "\n".join(page1 + ["", t["page"].format(i=1), "\f"] + page2 + ["", t["page"].format(i=2)])


# --- 8. Word text boxes read twice ----------------------------------------------------------------------------------
@blind13()
def textbox_twice(s: Sheet) -> str:
    """A Word CV laid out with text boxes, read by a tool that takes both the drawing and its compatibility fallback
    (mc:AlternateContent): the body first, then the sidebar text box twice over (name and photo caption, contact,
    personal details), the photo's alternative text at the very end ('Photo de …')."""
    p, lang = s.p, s.lang
    body = [title_text(s, p.jobs[0]), "", *cv_body(s)]
    box = [me(s, s.pick(["plain", "first LAST"])) if lang != "ko" else me(s), *contacts(s)]
    box += [f"{a}{s.sep}{b}" for a, b in s.pairs()]
    alt = {"fr": "Photo de ", "en": "Photo of ", "ko": "증명사진 "}[lang] + me(s, "first")
    boss = {"fr": "Tutrice de stage : ", "en": "Placement supervisor: ", "ko": "실습 지도: "}[lang] + someone(s)
    return "\n".join(body + ["", boss, ""] + box + [""] + box + ["", alt])


# --- 9. a cover letter in running prose -----------------------------------------------------------------------------
def _letter_fr(s: Sheet) -> list[str]:
    p = s.p
    j = p.jobs[0]
    recruiter = someone(s, "plain", "F")
    head = [me(s, "plain"), *[x for x in [s.bit("residence", "bare")] if x], *contacts(s), "",
            f"À l'attention de Madame {recruiter}", AGENCY["fr"], "", "Objet : candidature — " + title_text(s, j), "",
            "Madame,", ""]
    told = rest(s, "me")
    p1 = (f"Je me permets de vous adresser ma candidature. {sentence(s, told[0]) if told else ''} "
          f"Actuellement {title_text(s, j, 'lower')} chez {s.fact(j.employer)} à {s.fact(j.place)}, j'ai "
          f"{tenure(s)} et je suis titulaire du {licence(s)}.")
    p2 = " ".join(sentence(s, x) for x in told[1:]) + (" " if told[1:] else "") + \
        f"Je maîtrise {', '.join(skills(s, 2))} et je parle {', '.join(tongues(s))}."
    emp, where = side(s)
    p3 = f"Le week-end, je travaille aussi chez {emp} à {where}. {availability(s)}, je serais {s.g('ravie', 'ravi')} " \
         "de vous rencontrer."
    sign = ["Je vous prie d'agréer, Madame, l'expression de mes salutations distinguées.", "", me(s, "plain")]
    return head + [p1, "", p2, "", p3, "", *sign]


def _letter_en(s: Sheet) -> list[str]:
    p = s.p
    j = p.jobs[0]
    recruiter = someone(s, "plain")
    told = rest(s, "me")
    head = [f"Dear {recruiter},", ""]
    p1 = (f"I am writing to apply for the {title_text(s, j, 'lower')} role. I currently work at {s.fact(j.employer)} "
          f"in {s.fact(j.place)} and I have {tenure(s)}. I hold a {licence(s)}.")
    p2 = " ".join(sentence(s, x) for x in told) + (" " if told else "") + \
        f"I am good at {', '.join(skills(s, 2))} and I speak {', '.join(tongues(s))}."
    emp, where = side(s)
    p3 = f"At weekends I also help out at {emp} in {where}. {availability(s)}."
    return head + [p1, "", p2, "", p3, "", "Yours sincerely,", "", me(s, "plain"), *contacts(s)]


def _letter_ko(s: Sheet) -> list[str]:
    p = s.p
    j = p.jobs[0]
    grow = [x for x in (s.bit("birth", "me"), s.bit("sex", "me"), s.bit("residence", "me")) if x]
    told = rest(s, "me")
    out = ["자기소개서", "", f"지원자: {me(s)}", "", "[성장과정]",
           " ".join(sentence(s, x) for x in grow) or "성실함을 가장 중요하게 배우며 자랐습니다.", "", "[경력 및 지원동기]",
           f"{s.fact(j.place)}에 있는 {s.fact(j.employer)}에서 {title_text(s, j)}로 일하며 {tenure(s)}을 쌓았습니다. "
           f"{licence(s)} 자격증이 있고 {', '.join(skills(s, 2))} 업무에 자신 있습니다.", ""]
    emp, where = side(s)
    out += ["[기타]", " ".join(sentence(s, x) for x in told) + f" 주말에는 {where} {emp}에서 일하고 있습니다.", "",
            f"{availability(s)}합니다.", "", f"{D.TODAY[0]}년 9월", f"지원자 {me(s)} (인)",
            *contacts(s), f"추천인: {someone(s)} (전 직장 반장)"]
    return out


@blind13()
def cover_prose(s: Sheet) -> str:
    """A cover letter sent in place of a CV, in running prose: a French lettre de motivation (sender's block with the
    address top left, the recruiter named, 'Madame,'), an English cover letter, a Korean 자기소개서 (성장과정: born
    where and when, the eldest daughter; 지원동기; 기타), where age, family, health, origin, religion and residence come
    up as people write them in sentences ('je suis mère isolée de deux enfants', 'I am five months pregnant',
    '원불교 교당에서 봉사하고 있습니다'); the signature at the end."""
    return "\n".join({"fr": _letter_fr, "en": _letter_en, "ko": _letter_ko}[s.lang](s))


# --- 10. an e-mail thread with a recruiter ---------------------------------------------------------------------------
MAIL = {"fr": ("De", "Envoyé", "À", "Objet", "mardi 12 novembre 2024 09:14", "RE: Votre candidature",
               "Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leur destinataire."),
        "en": ("From", "Sent", "To", "Subject", "Tuesday, 12 November 2024 09:14", "RE: Your application",
               "This email and any attachments are confidential and intended solely for the addressee."),
        "ko": ("보낸 사람", "보낸 날짜", "받는 사람", "제목", "2024년 11월 12일 화요일 오전 9:14", "RE: 지원 관련 문의",
               "본 메일은 수신인만을 위한 것으로 무단 배포를 금합니다.")}


@blind13()
def recruiter_thread(s: Sheet) -> str:
    """An e-mail thread pasted into the candidate's record: the candidate's reply on top (Outlook headers De / Envoyé /
    À / Objet, From / Sent / To / Subject, 보낸 사람 / 받는 사람), answering the recruiter's questions in sentences
    (where they live, their age, their family, their health, their faith), signed with a phone; below, the recruiter's
    quoted message ('> ') with its signature block and the agency's disclaimer."""
    p, lang = s.p, s.lang
    fr_, sent, to, subj, when, re_, disclaimer = MAIL[lang]
    rec_first_sex = s.pick("FM")
    recruiter = someone(s, "plain", rec_first_sex)
    rec_first = recruiter if lang == "ko" else s.plant("name", recruiter.split()[0])
    agency_mail = {"fr": "recrutement@alizes-interim.fr", "en": "jobs@midlandstaffing.co.uk", "ko": "hr@saebyeok.kr"}[lang]
    author = me(s, "plain")
    addr = f" <{s.plant('contact', p.email)}>" if "contact" in p.families else ""
    head = [f"{fr_} : {author}{addr}" if lang == "fr" else f"{fr_}: {author}{addr}",
            f"{sent}{s.sep}{when}", f"{to}{s.sep}{recruiter} <{agency_mail}>", f"{subj}{s.sep}{re_}", ""]
    told = rest(s, "me")
    j = p.jobs[0]
    hello = {"fr": f"Bonjour {rec_first},", "en": f"Hi {rec_first},", "ko": f"{rec_first}님 안녕하세요."}[lang]
    facts = {"fr": lambda: f"Je suis {title_text(s, j, 'lower')} chez {s.fact(j.employer)} ({s.fact(j.place)}) et j'ai "
                   f"{tenure(s)}. J'ai le {licence(s)}. {availability(s)}.",
             "en": lambda: f"I work as a {title_text(s, j, 'lower')} at {s.fact(j.employer)} ({s.fact(j.place)}) and I have "
                   f"{tenure(s)}. I hold a {licence(s)}. {availability(s)}.",
             "ko": lambda: f"현재 {s.fact(j.place)} {s.fact(j.employer)}에서 {title_text(s, j)}로 일하고 있고 {tenure(s)}입니다. "
                   f"{licence(s)} 있습니다. {availability(s)}합니다."}[lang]()
    answers = {"fr": "Pour répondre à vos questions : ", "en": "To answer your questions: ", "ko": "문의하신 내용 답변드립니다. "}[lang]
    body = [hello, "", answers + " ".join(sentence(s, x) for x in told), facts, ""]
    sign = [{"fr": "Cordialement,", "en": "Best regards,", "ko": "감사합니다."}[lang], me(s, "first"),
            *([s.plant("contact", p.phone)] if "contact" in p.families else []),
            {"fr": "Envoyé de mon iPhone", "en": "Sent from my iPhone", "ko": "iPhone에서 보냄"}[lang]]
    quoted = [f"{fr_}{s.sep}{recruiter} <{agency_mail}>", f"{to}{s.sep}{author}", "",
              {"fr": lambda: f"Bonjour {me(s, 'first')}, merci pour votre CV. Pouvez-vous me préciser votre secteur, votre "
                     "situation et vos contraintes éventuelles ? Avez-vous travaillé avec " + someone(s) + " ?",
               "en": lambda: f"Hi {me(s, 'first')}, thanks for your CV. Could you tell me where you are based and whether "
                     "anything affects your availability? Did you work with " + someone(s) + "?",
               "ko": lambda: f"{me(s, 'first')}님, 이력서 감사합니다. 거주지와 근무 가능 조건을 알려주세요. " + someone(s) +
                     " 반장님과 일해 보셨나요?"}[lang](), "",
              recruiter, {"fr": "Chargée de recrutement" if rec_first_sex == "F" else "Chargé de recrutement",
                          "en": "Recruitment Consultant", "ko": "채용 담당"}[lang],
              AGENCY[lang], {"fr": "04 72 00 15 30", "en": "0121 496 0750", "ko": "031-987-6543"}[lang], "",
              disclaimer]
    return "\n".join(head + body + sign + ["", "-----"] + ["> " + x if x else ">" for x in quoted])


# --- 11. a UK resume with a personal details block and named referees --------------------------------------------------
@blind13(langs=("en",))
def uk_resume(s: Sheet) -> str:
    """A UK-style CV: the name, a 'Personal details' block (date of birth, nationality, marital status, driving
    licence - a fact -, health), a personal statement, employment history, education, and 'References' with two
    named referees and their roles, or 'available on request'."""
    p = s.p
    lines = [me(s, "plain"), title_text(s, p.jobs[0]), *contacts(s), "", "PERSONAL DETAILS"]
    lines += [f"{a}: {b}" for a, b in s.pairs(("birth", "age", "nationality", "family", "residence", "sex"))]
    lines += [f"Driving licence: {s.fact(s.pick(['Full UK, clean', 'Full UK (B, C1)', 'Full UK, 3 points']))}"]
    lines += [f"{a}: {b}" for a, b in s.pairs(("health", "religion"))]
    lines += ["", "PERSONAL STATEMENT", f"Reliable worker with {tenure(s)}. {availability(s)}.", "",
              "EMPLOYMENT HISTORY"]
    emp, where = side(s)
    lines += [job_line(s, j) for j in p.jobs] + [f"{EXTRA['en']} – {emp}, {where}"]
    lines += ["", "EDUCATION AND TRAINING", *education(s), licence(s), "", "SKILLS", ", ".join(skills(s)),
              "Languages: " + ", ".join(tongues(s)), "", "REFERENCES"]
    if s.chance(0.8):
        for role in ("Shift Manager", "Site Supervisor"):
            lines.append(f"{someone(s)}, {role}, {s.fact(p.jobs[0].employer)}")
        lines.append("Further references available on request.")
    else:
        lines += ["Available on request.", "", f"CV prepared with {someone(s)} (Jobcentre work coach)"]
    return "\n".join(lines + rest_lines(s, rest(s)))


# --- 12. the Korean standard CV form flattened ------------------------------------------------------------------------
@blind13(langs=("ko",))
def standard_form_ko(s: Sheet) -> str:
    """The Korean 표준이력서 (a table in HWP or Word) flattened row by row with ' | ' between cells, digits
    full-width as the form's font writes them: 성명 / 생년월일 / 성별 on one row, 주소, 연락처, 학력사항, 경력사항,
    병역사항 (which tells the sex), 가족관계 (relation, name, age, living together: relatives named), 자격증, then the
    signature; markers and facts recorded with their full-width digits."""
    p = s.p
    m0, f0 = len(s.markers), len(s.facts)
    row1 = [f"성 명 | {me(s)}"]
    if s.take("birth"):
        row1.append(f"생년월일 | {s.plant('birth', _date(s, p.born))}")
    if s.take("sex"):
        row1.append(f"성별 | {r_sex(s, 'cell')}")
    rows = ["표 준 이 력 서", " | ".join(row1)]
    if s.take("residence"):
        rows.append(f"주 소 | {s.plant('residence', p.b13_home['region'])} {s.plant('residence', p.b13_home['street'])}")
    rows += [f"연 락 처 | {x}" for x in contacts(s)]
    rows += [f"{a} | {b}" for a, b in s.pairs(("age", "nationality", "health", "religion"))]
    rows += ["학력사항 | 기간 | 학교명 | 전공", f"{p.jobs[-1].start[0] - 3}.03 ~ {p.jobs[-1].start[0] - 1}.02 | "
             f"{s.pick(['직업전문학교', '폴리텍대학', '공업고등학교'])} | {diploma(s)}"]
    rows += ["경력사항 | 기간 | 회사명 | 직위 | 근무지"]
    for j in p.jobs:
        end = f"{j.end[0]}.{j.end[1]:02d}" if j.end else "현재"
        rows.append(f"{j.start[0]}.{j.start[1]:02d} ~ {end} | {s.fact(j.employer)} | {title_text(s, j)} | "
                    f"{s.fact(j.place)}")
    if s.female:
        rows.append("병역사항 | " + s.plant("sex", "해당없음 (여)"))
    else:
        rows.append("병역사항 | " + s.plant("sex", s.pick(["육군 병장 만기제대", "공익근무 소집해제", "면제 (귀화자)"])))
    if s.take("family"):
        rows.append("가족관계 | 관계 | 성명 | 연령 | 동거여부")
        mate = other(s, "F" if not s.female else "M", "korean") if p.marital in ("married", "pacs") else None
        if mate:
            rows.append(f"{s.plant('family', '배우자')} | {s.plant('name', mate[2] + mate[1])} | {p.age + 2} | 동거")
        surname = p.last if p.b13_origin == "korean" or not mate else mate[2]
        for i in range(min(p.children, 2)):
            child = other(s, None, "korean")[1]
            rows.append(f"{s.plant('family', '자녀')} | {s.plant('name', surname + child)} | {max(1, min(p.age - 20, 14) - 3 * i)}"
                        " | 동거")
        if p.marital not in ("married", "pacs") and not p.children:
            rows.append(f"모 | {someone(s, 'plain', 'F')} | {p.age + 27} | 비동거 ({s.plant('family', KO_STATUS[p.marital])})")
    emp, where = side(s)
    rows += [f"자격증 | {licence(s)} | 취득", f"어학 | {', '.join(tongues(s))}", f"기타 경력 | {where} {emp} ({EXTRA['ko']})",
             f"희망 근무 | {availability(s)} | {tenure(s)}", *[f"기타 | {x}" for x in rest(s)],
             "위에 기재한 사항은 사실과 다름이 없습니다.", f"{D.TODAY[0]}년 9월 15일", f"작성자 {me(s)} (서명)",
             f"확인자 {someone(s)} (담당)"]
    text = fullwidth("\n".join(rows), digits_only=True)
    recast(s, lambda x: fullwidth(x, digits_only=True), m0, f0)
    return text
