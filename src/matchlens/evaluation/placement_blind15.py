"""A fifteenth held-aside set of layouts of the placement benchmark (see evaluation.placement), split "blind15":
registered into the same LAYOUTS. Written without reading the masker (its rules, its data, its tests), the README's
list of what it misses or the history's messages, to measure it once more on CVs nobody tuned it on; do not read this
file while tuning a masker, and run it once.

The split is about the channels through which a candidate reaches a French seasonal and gig staffing agency besides a
CV file, and what those channels add around the CV: a screenshot of a staffing app's profile read by OCR (status bar,
buttons, icons read as letters, 'rn' read 'm'); a recruiter's e-mail presenting the candidate to a client in the third
person ('52 ans, mère de 3 enfants, habite Ugine'); a conversation with an AI assistant pasted whole (the candidate's
own notes, then the CV the assistant wrote); a Word CV converted by pandoc, with the photo's and icons' alt texts
('Une image contenant personne, femme', 'Drapeau du Togo'); a short video application (caption, hashtags of the home
town, text on screen, automatic captions, comments); a gig platform's public page with the reviews establishments left
('malgré ses trois enfants'); a posted application scanned (envelope, postmark, letter, CV); a résumé parser's output
with confidence scores (an inferred gender, an employer flagged as a person's name); a CV database's search hit with the
recruiter's note; identity, licence and diploma attributes shared from a digital wallet (a UK driver number carries the
surname, the birth date and the sex); a Korean 자기소개서 (성장과정: the family, the birth place, the parents named);
a US-style resume with its cover paragraph.

Its vocabulary is its own: Kabyè, Fon, Baoulé, Duala, Gagauz and Hutsul authors writing French; Bemba, Chewa and
Mandinka authors writing English; Kachin, Karakalpak and Tharu workers writing Korean (names in Hangul, and in Latin
letters as their passports spell them). None of the name words is in a Faker locale's name lists, in placement_data nor
in an earlier split's lists; homes, places of birth and places of past jobs are in none of the earlier pools either (a
test checks both). Other people's names (recruiters, clients, reviewers, commenters, referees, parents, counsellors)
are planted as "name". Job facts include ones that look like markers: durations ('12 saisons en station'), employers
named after people or with family or religious words ('Boulangerie Martin', 'Veuve Clicquot', 'Clinique Saint-Joseph',
'Price & Daughters Orchards', '엄마손 반찬가게'), places of past jobs, diplomas with their year, licences with the date
they were issued, skills, availability.

Layouts: app_screenshot_ocr, client_submission, chatbot_transcript, image_alt_texts, reel_captions, client_reviews,
posted_application, parser_confidence, cvtheque_hit, wallet_share, self_intro_ko, us_resume.
"""
from __future__ import annotations

import functools
import re
import zlib
from dataclasses import replace
from datetime import date

from matchlens.evaluation import placement_data as D
from matchlens.evaluation.placement import (
    EN_MONTHS,
    FR_MONTHS,
    LANGS,
    Planted,
    Sheet,
    _contact,
    _jobs,
    _weighted,
    ascii_fold,
    availability,
    duration,
    en_date,
    fr_date,
    job_dates,
    ko_date,
    layout,
    licence,
    skills,
    title_text,
)
from matchlens.evaluation.placement_parts import (RenderedSheet, capital, contacts, dip_year, draw_name, jline,
                                                 pair_lines, sentence)

SPLIT = "blind15"

# --- names: none of their words is in a Faker locale, placement_data or an earlier split (tests check it) -----------
NAMES = {
    "kabye": {"F": "Essozimna Pitalounani Mazalo Tchilalo", "M": "Essowè Bassabi Pawélé Tchassona",
              "L": "Kpemissi Awesso Tchamdja Pakoubé Gnassingbé Kadanga"},
    "fon": {"F": "Houéfa Sènami Mahougnon Sessi", "M": "Codjo Houénou Sèwanou Dossa",
            "L": "Zinsou Dossou-Yovo Adjovi Tossou Akplogan Sossa"},
    "baoule": {"F": "Affoué Amenan Ahou Akissi", "M": "Kouadio N'Guessan Kouamé", "L": "Kouakou N'Dri Ahoussou Yobouet"},
    "duala": {"F": "Ebénye Ndedi Ekindi", "M": "Ekambi Essaka Moudiki", "L": "Ekwalla Ngando Eboa Epée Dikoumé Ebelle"},
    "gagauz": {"F": "Todura Kiratsa Manafa", "M": "Tanas Yorgu Kostaki",
               "L": "Chebotari Tanasoglu Kuroglo Gaidarji Karaseni Kristioglu Formuzal Curdoglo"},
    "hutsul": {"F": "Paraska Yavdokha Marichka", "M": "Ivanko Dovbush Yurko",
               "L": "Shekeryk Paliychuk Kurylyuk Vovchok Yaremchuk Kostyuk"},
    "bemba": {"F": "Chilufya Chimwemwe Mwenya", "M": "Mwansa Bwalya Kabwe", "L": "Mulenga Chileshe Musonda Kapembwa Chisanga"},
    "chewa": {"F": "Chikondi Tiyamike Thokozani Chisomo", "M": "Kondwani Madalitso Yamikani",
              "L": "Mwale Chirwa Nyirenda Kamwendo Chisale Mkandawire"},
    "mandinka": {"F": "Isatou Kaddijatou Ndey Jainaba", "M": "Ebrima Lamin Alagie Sainey",
                 "L": "Jammeh Touray Sanneh Darboe Ceesay Manneh Jobarteh Bojang"},
    "kachin": {"F": "세인로이 카운누 자보크", "M": "자우세인 브랑누 탕자", "L": "라파이 마립 마란 은쿰 라타우"},
    "karakalpak": {"F": "아자르굴 사나트굴 우르질라", "M": "베르다흐 아지니야즈 카를리벡",
                   "L": "아이트무라토프 우템바예프 세이트니야조프 베크무르자예프"},
    "tharu": {"F": "라마이티 풀마티 구르바티", "M": "파그니람 레크람", "L": "다하이트 쿠스미 당가우라 카타리야"},
}
NAMES = {o: {k: v.split() for k, v in d.items()} for o, d in NAMES.items()}
LATIN = {  # how a passport or an e-mail spells the Hangul name
    "세인로이": "Sengroi", "카운누": "Hkawnnu", "자보크": "Jabawk", "자우세인": "Zauseng", "브랑누": "Brangnu", "탕자": "Tangja",
    "라파이": "Lahpai", "마립": "Marip", "마란": "Maran", "은쿰": "Nhkum", "라타우": "Lahtaw", "아자르굴": "Ajargul",
    "사나트굴": "Sanatgul", "우르질라": "Urzila", "베르다흐": "Berdakh", "아지니야즈": "Ajiniyaz", "카를리벡": "Karlibek",
    "아이트무라토프": "Aytmuratov", "우템바예프": "Utembaev", "세이트니야조프": "Seytniyazov", "베크무르자예프": "Bekmurzaev",
    "라마이티": "Ramaiti", "풀마티": "Phulmati", "구르바티": "Gurbati", "파그니람": "Phagniram", "레크람": "Lekhram",
    "다하이트": "Dahit", "쿠스미": "Kusmi", "당가우라": "Dangaura", "카타리야": "Kathariya"}
WEIGHTS = {"fr": {"kabye": 2, "fon": 2, "baoule": 2, "duala": 2, "gagauz": 2, "hutsul": 2},
           "en": {"bemba": 3, "chewa": 3, "mandinka": 3},
           "ko": {"kachin": 3, "karakalpak": 3, "tharu": 3}}
COUNTRY = {"kabye": "TG", "fon": "BJ", "baoule": "CI", "duala": "CM", "gagauz": "MD", "hutsul": "UA", "bemba": "ZM",
           "chewa": "MW", "mandinka": "GM", "kachin": "MM", "karakalpak": "UZ", "tharu": "NP"}
NATS = {  # country -> (fr masc, fr fem, en, ko, fr country with its article)
    "TG": ("togolais", "togolaise", "Togolese", "토고", "du Togo"), "BJ": ("béninois", "béninoise", "Beninese", "베냉", "du Bénin"),
    "CI": ("ivoirien", "ivoirienne", "Ivorian", "코트디부아르", "de Côte d'Ivoire"),
    "CM": ("camerounais", "camerounaise", "Cameroonian", "카메룬", "du Cameroun"),
    "MD": ("moldave", "moldave", "Moldovan", "몰도바", "de Moldavie"), "UA": ("ukrainien", "ukrainienne", "Ukrainian", "우크라이나",
                                                                         "d'Ukraine"),
    "ZM": ("zambien", "zambienne", "Zambian", "잠비아", "de Zambie"), "MW": ("malawite", "malawite", "Malawian", "말라위", "du Malawi"),
    "GM": ("gambien", "gambienne", "Gambian", "감비아", "de Gambie"), "MM": ("birman", "birmane", "Myanmar", "미얀마", "de Birmanie"),
    "UZ": ("ouzbek", "ouzbèke", "Uzbek", "우즈베키스탄", "d'Ouzbékistan"), "NP": ("népalais", "népalaise", "Nepali", "네팔", "du Népal"),
    "FR": ("français", "française", "French", "프랑스", "de France"),
}
FLAG_EN = {"TG": "Togo", "BJ": "Benin", "CI": "Côte d'Ivoire", "CM": "Cameroon", "MD": "Moldova", "UA": "Ukraine",
           "ZM": "Zambia", "MW": "Malawi", "GM": "The Gambia", "MM": "Myanmar", "UZ": "Uzbekistan", "NP": "Nepal",
           "FR": "France"}

# --- places: in none of the earlier pools (tests check it) ------------------------------------------------------
FR_TOWNS = [("Ugine", "73400"), ("Frontenex", "73460"), ("Gilly-sur-Isère", "73200"), ("Grignon", "73200")]
FR_STREETS = ["rue de la Paix", "chemin des Fontaines", "avenue des Alpes", "rue du Doron", "impasse des Charmettes",
              "route de Faverges"]
FR_JOB_PLACES = ["Courchevel", "Val Thorens", "Méribel", "Tignes", "Bourg-Saint-Maurice", "La Plagne", "Moûtiers",
                 "Brides-les-Bains", "Les Saisies", "Aÿ-Champagne"]
EN_TOWNS = [("Bromyard", "HR7", "Herefordshire"), ("Ledbury", "HR8", "Herefordshire"), ("Kington", "HR5", "Herefordshire"),
            ("Tenbury Wells", "WR15", "Worcestershire")]
EN_STREETS = ["Cruxwell Street", "Bye Street", "Duke Street", "Teme Street", "Church Lane", "New Road"]
EN_JOB_PLACES = ["Ross-on-Wye", "Upton-upon-Severn", "Presteigne", "Craven Arms", "Bishops Frome", "Much Marcle",
                 "Weobley", "Pembridge", "Wigmore", "Colwall"]
KO_TOWNS = [("전라남도 해남군 화원면", "화원"), ("전라남도 무안군 청계면", "청계"), ("전라남도 강진군 성전면", "성전"),
            ("전라남도 영암군 학산면", "학산")]
KO_ROADS = ["화원로", "청계로", "성전로", "학산로"]
KO_JOB_PLACES = ["해남 옥천면", "진도 군내면", "완도 신지면", "고흥 도양읍", "장흥 관산읍", "보성 벌교읍", "신안 압해읍",
                 "함평 학교면", "영암 삼호읍"]
BIRTH = {  # origin -> places of birth as a CV writes them
    "kabye": ["Niamtougou (Togo)", "Bafilo (Togo)", "Pya (Togo)"],
    "fon": ["Bohicon (Bénin)", "Zagnanado (Bénin)", "Covè (Bénin)"],
    "baoule": ["Sakassou (Côte d'Ivoire)", "Toumodi (Côte d'Ivoire)", "Béoumi (Côte d'Ivoire)"],
    "duala": ["Édéa (Cameroun)", "Dizangué (Cameroun)", "Mouanko (Cameroun)"],
    "gagauz": ["Comrat (Moldavie)", "Ceadîr-Lunga (Moldavie)", "Vulcănești (Moldavie)"],
    "hutsul": ["Kosiv (Ukraine)", "Verkhovyna (Ukraine)", "Yaremche (Ukraine)"],
    "bemba": ["Kasama, Zambia", "Mpika, Zambia", "Mansa, Zambia"],
    "chewa": ["Dedza, Malawi", "Ntcheu, Malawi", "Salima, Malawi"],
    "mandinka": ["Brikama, The Gambia", "Soma, The Gambia", "Farafenni, The Gambia"],
    "kachin": ["미얀마 미치나", "미얀마 바모"],
    "karakalpak": ["우즈베키스탄 누쿠스", "우즈베키스탄 침바이"],
    "tharu": ["네팔 바르디야", "네팔 카일랄리"],
}

# --- religions, health, and job facts of this split -------------------------------------------------------------
RELIGIONS = {"kabye": ["catholic", "protestant"], "fon": ["celestial", "vodun", "catholic"],
             "baoule": ["harrist", "catholic", "muslim"], "duala": ["protestant", "catholic"], "gagauz": ["orthodox"],
             "hutsul": ["greek", "orthodox"], "bemba": ["adventist", "catholic", "pentecostal"],
             "chewa": ["presbyterian", "muslim", "catholic"], "mandinka": ["muslim"], "kachin": ["baptist", "catholic"],
             "karakalpak": ["muslim"], "tharu": ["hindu", "buddhist"]}
REL = {  # key -> (fr fem, fr masc, en, ko)
    "catholic": ("catholique", "catholique", "Catholic", "천주교"),
    "protestant": ("protestante", "protestant", "Protestant", "개신교"),
    "celestial": ("membre du Christianisme céleste", "membre du Christianisme céleste", "Celestial Church of Christ",
                  "천상 그리스도 교회"),
    "vodun": ("adepte du vodoun", "adepte du vodoun", "Vodun", "부두교"),
    "harrist": ("harriste", "harriste", "Harrist Church", "해리스 교회"),
    "muslim": ("musulmane", "musulman", "Muslim", "이슬람교"),
    "orthodox": ("orthodoxe", "orthodoxe", "Orthodox", "정교회"),
    "greek": ("gréco-catholique", "gréco-catholique", "Greek Catholic", "그리스 가톨릭"),
    "adventist": ("adventiste du septième jour", "adventiste du septième jour", "Seventh-day Adventist", "제칠일안식일예수재림교"),
    "pentecostal": ("pentecôtiste", "pentecôtiste", "Pentecostal", "오순절교회"),
    "presbyterian": ("presbytérienne", "presbytérien", "Presbyterian (CCAP)", "장로교"),
    "baptist": ("baptiste", "baptiste", "Baptist", "침례교"),
    "hindu": ("hindoue", "hindou", "Hindu", "힌두교"),
    "buddhist": ("bouddhiste", "bouddhiste", "Buddhist", "불교"),
}
HEALTH = {  # key -> (fr (fem, masc) or text, en, ko)
    "rqth": (("reconnue travailleuse handicapée", "reconnu travailleur handicapé"), "registered disabled",
             "장애인 등록 (지체장애)"),
    "back": ("hernie discale (pas de port de charges lourdes)", "back problem - no heavy lifting",
             "허리 디스크 (중량물 작업 불가)"),
    "pregnant": ("enceinte de 5 mois", "5 months pregnant", "임신 5개월"),
    "deaf": (("malentendante appareillée", "malentendant appareillé"), "hard of hearing (hearing aids)",
             "청각장애 (보청기 착용)"),
    "asthma": ("asthmatique (traitement de fond)", "asthmatic (inhaler)", "천식 치료 중"),
}
SIDE_EMPLOYERS = {"fr": ["Boulangerie Martin", "Chez Fatou", "Veuve Clicquot", "Clinique Saint-Joseph",
                         "Fromagerie La Mère Richard", "Hôtel Le Petit Prince"],
                  "en": ["Mother Hubbard's Fish & Chips", "St Joseph's Nursing Home", "Price & Daughters Orchards",
                         "Big Al's Scaffolding"],
                  "ko": ["은혜요양원", "성모병원 장례식장", "엄마손 반찬가게", "형제수산"]}
TENURE = {"fr": ["{n} ans d'intérim", "{n} saisons en station", "{n} ans de saisons", "{n} hivers en station"],
          "en": ["{n} years of agency work", "{n} seasons on farms", "{n} years on zero-hours contracts"],
          "ko": ["경력 {n}년차", "현장 {n}년", "파견 근무 {n}년"]}
SEASON = {"fr": ["Saison d'hiver 2023-2024", "Vendanges 2023", "Saison d'été 2024"],
          "en": ["Apple harvest 2023", "Christmas temp 2023", "Summer 2024 season"],
          "ko": ["2023년 겨울 시즌", "2024년 여름 성수기", "2023년 김장철"]}
TONGUES = {"kabye": "Kabiyè (langue d'origine)", "fon": "Fongbé (langue d'origine)", "baoule": "Baoulé (courant)",
           "duala": "Douala (courant)", "gagauz": "Gagaouze et russe (courant)", "hutsul": "Ukrainien (langue d'origine)",
           "bemba": "Bemba (native)", "chewa": "Chichewa (native)", "mandinka": "Mandinka and Wolof (fluent)"}
COMMON_TONGUES = {"fr": ["Anglais (A2)", "Anglais : notions", "Italien (B1)", "Anglais courant"],
                  "en": ["French (A1)", "English (IELTS 6.0)", "Nyanja (fluent)"],
                  "ko": ["한국어 (TOPIK 2급)", "한국어 (EPS-TOPIK 195점)", "러시아어 (유창)", "영어 (중급)"]}
AGENCY = {"fr": "Savoie Saisons Intérim", "en": "Marches Seasonal Staffing", "ko": "남도인력"}
AGENCY_TOWN = {"fr": "Albertville", "en": "Hereford", "ko": "목포"}
CLIENTS = {"fr": ["Hôtel Le Chamois d'Or", "Résidence Les Edelweiss", "SAS Remontées de la Vanoise"],
           "en": ["Bromyard Fruit Growers", "Wye Valley Care Group", "Severn Packhouse Ltd"],
           "ko": ["대불조선협력", "해남김치영농조합", "전남수산가공"]}

FAMILY_ODDS = {"sex": 0.6, "age": 0.75, "birth": 0.65, "residence": 0.9, "nationality": 0.65, "religion": 0.55,
               "family": 0.75, "health": 0.55}
PERSONAL15 = ("sex", "age", "birth", "nationality", "family", "health", "religion")


# --- the blind15 sheet -----------------------------------------------------------------------------------------------
class Blind15Sheet(RenderedSheet):
    """A Sheet whose personal details are written in this split's wording: 'pair' gives (label, value), 'me' a clause
    in the author's voice, 'she' a clause or an apposition about the author, 'bare' a CV item."""

    def render(self, family: str, mode: str):
        return RENDER15[family](self, mode)


def draw(rng, lang: str, sex: str, origin: str = "") -> tuple[str, str, str]:
    """(origin, first, last) of someone writing in lang, or of an origin."""
    return draw_name(rng, NAMES, WEIGHTS, lang, sex, origin)


def renew(s: Sheet) -> None:
    """Give the sheet's person an identity of this split (name, contact, home, birth place, nationality, religion,
    health, families to reveal, places of past jobs), drawn from the sheet's random source."""
    p, rng, lang = s.p, s.rng, s.lang
    origin, first, last = draw(rng, lang, p.sex)
    p.b15_origin, p.hanja = origin, ""
    if lang == "ko":
        p.first, p.last, p.hangul = first, last, f"{first} {last}"
        p.email, p.phone, p.linkedin = _contact(rng, lang, LATIN[first], LATIN[last], "")
        if p.trade.key not in ("logistics", "cleaning", "building", "kitchen", "mechanics", "care"):
            p.trade = rng.choice([x for x in D.TRADES if x.key in ("logistics", "building", "kitchen", "care")])
            p.jobs = _jobs(rng, lang, p.trade, p.born, p.years, "\0")
    else:
        p.first, p.last, p.hangul = first, last, ""
        p.email, p.phone, p.linkedin = _contact(rng, lang, first, last, "")
    if lang == "fr":
        town, pc = rng.choice(FR_TOWNS)
        p.b15_home = {"town": town, "pc": pc, "street": f"{rng.randint(1, 60)} {rng.choice(FR_STREETS)}"}
        places = FR_JOB_PLACES
    elif lang == "en":
        town, code, county = rng.choice(EN_TOWNS)
        pc = f"{code} {rng.randint(1, 9)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"
        p.b15_home = {"town": town, "pc": pc, "county": county, "street": f"{rng.randint(1, 90)} {rng.choice(EN_STREETS)}"}
        places = EN_JOB_PLACES
    else:
        i = rng.randrange(len(KO_TOWNS))
        region, short = KO_TOWNS[i]
        p.b15_home = {"town": short, "region": region, "street": f"{KO_ROADS[i]} {rng.randint(1, 200)}"}
        places = KO_JOB_PLACES
    for job, place in zip(p.jobs, rng.sample(places, len(p.jobs))):
        job.place = place
    if p.sex == "M":
        for job in p.jobs:
            if job.en_female:
                job.en, job.en_female = rng.choice(p.trade.en_titles), False
    p.birth_place = rng.choice(BIRTH[origin])
    p.b15_nat = COUNTRY[origin] if lang != "fr" or rng.random() < 0.85 else "FR"
    p.religion = rng.choice(RELIGIONS[origin])
    p.health = rng.choice(["rqth", "back", "deaf", "asthma"] + (["pregnant"] if p.sex == "F" and p.age < 42 else []))
    p.b15_salt = rng.getrandbits(16)
    chosen = {f for f, odds in FAMILY_ODDS.items() if rng.random() < odds}
    while len(chosen) < 4:
        chosen.add(_weighted(rng, FAMILY_ODDS))
    p.families = chosen | {"name"} | ({"contact"} if rng.random() < 0.95 else set())


def blind15(langs=LANGS):
    """Register a layout of this split: the sheet gets its identity first."""
    def deco(fn):
        @functools.wraps(fn)
        def run(s: Sheet) -> str:
            s.__class__ = Blind15Sheet
            renew(s)
            return fn(s)
        layout(langs, split=SPLIT)(run)
        return run
    return deco


# --- names ------------------------------------------------------------------------------------------------------------
def me(s: Sheet, form: str = "plain") -> str:
    """The author's name, planted: 'plain', 'LAST first', 'first', 'last', 'LAST', 'short' ('Houéfa Z.'), 'initial'
    ('H. Zinsou'), 'file' ('ZINSOU_Houefa'), 'handle' ('@houefa.zinsou'), 'lower', 'latin' (a passport's capitals)."""
    p = s.p
    if s.lang == "ko":
        if form == "latin":
            return s.plant("name", f"{LATIN[p.last].upper()} {LATIN[p.first].upper()}")
        if form in ("file", "handle"):
            text = f"{LATIN[p.first].lower()}_{LATIN[p.last].lower()}" if form == "handle" else f"{p.last}_{p.first}"
            return s.plant("name", ("@" if form == "handle" else "") + text)
        return s.plant("name", {"first": p.first, "last": p.last}.get(form, p.hangul))
    fold = ascii_fold(p.first).lower().replace("'", ""), ascii_fold(p.last).lower().replace("'", "")
    text = {"plain": f"{p.first} {p.last}", "LAST first": f"{p.last.upper()} {p.first}", "first": p.first, "last": p.last,
            "LAST": p.last.upper(), "short": f"{p.first} {p.last[0]}.", "initial": f"{p.first[0]}. {p.last}",
            "file": f"{ascii_fold(p.last).upper().replace(' ', '')}_{ascii_fold(p.first)}",
            "handle": f"@{fold[0]}.{fold[1]}", "lower": p.first.lower(), "latin": f"{p.last.upper()} {p.first.upper()}",
            "first LAST": f"{p.first} {p.last.upper()}"}[form]
    return s.plant("name", text)


def other(s: Sheet, sex: str | None = None) -> tuple[str, str, str]:
    """(origin, first, last) of another person, none of whose words is the author's."""
    for _ in range(30):
        origin, first, last = draw(s.rng, s.lang, sex or s.pick("FM"))
        if not {first, last} & {s.p.first, s.p.last}:
            break
    return origin, first, last


def someone(s: Sheet, form: str = "plain", sex: str | None = None) -> str:
    """Another person's name (a recruiter, a client, a reviewer, a referee, a parent), planted as 'name'."""
    _, first, last = other(s, sex)
    if s.lang == "ko":
        return s.plant("name", first if form == "first" else f"{first} {last}")
    return s.plant("name", {"first": first, "LAST first": f"{last.upper()} {first}", "short": f"{first} {last[0]}.",
                            "last": last}.get(form, f"{first} {last}"))


# --- the families in this split's wording -------------------------------------------------------------------------


def bdate(s: Sheet, d: date) -> str:
    """A date of birth in one of the notations people use."""
    return {"fr": fr_date, "en": en_date, "ko": ko_date}[s.lang](s, d)


def born_at(s: Sheet) -> str:
    """' à <place>' / ' in <place>' / ' <place>' after a date of birth, planted, half the time."""
    if not s.chance(0.5):
        return ""
    return {"fr": " à ", "en": " in ", "ko": " "}[s.lang] + s.plant("birth", s.p.birth_place)


def r_sex(s: Sheet, mode: str):
    """Sex: a field or a word."""
    f = s.female
    if mode == "pair":
        label, words = {"fr": ("Sexe", ("Féminin", "Masculin")), "en": ("Gender", ("Female", "Male")),
                        "ko": ("성별", ("여성", "남성"))}[s.lang]
        return label, s.plant("sex", words[0] if f else words[1])
    if mode == "bare":
        return s.plant("sex", {"fr": ("Femme", "Homme"), "en": ("Female", "Male"), "ko": ("여성", "남성")}[s.lang][
            0 if f else 1])
    word = {"fr": ("femme", "homme"), "en": ("woman", "man"), "ko": ("여성", "남성")}[s.lang][0 if f else 1]
    lead = {"me": {"fr": "je suis une ", "en": "I am a ", "ko": ""}, "she": {"fr": "une ", "en": "a ", "ko": ""}}
    return lead.get(mode, {}).get(s.lang, "") + s.plant("sex", word)


def r_age(s: Sheet, mode: str):
    """Age: '45 ans', '45 years old', '45-year-old', '만 45세'."""
    a = s.p.age
    if s.lang == "fr":
        if mode == "pair":
            return "Âge", s.plant("age", f"{a} ans")
        return ("j'ai " if mode == "me" else "") + s.plant("age", f"{a} ans")
    if s.lang == "en":
        if mode == "pair":
            return "Age", s.plant("age", s.pick([f"{a} years old", f"{a} yrs"]))
        if mode == "she":
            return s.plant("age", f"aged {a}")
        return ("I'm " if mode == "me" else "") + s.plant("age", f"{a} years old")
    if mode == "pair":
        return "나이", s.plant("age", s.pick([f"만 {a}세", f"{a}세"]))
    return s.plant("age", f"{a}살") + "입니다" if mode == "me" else s.plant("age", f"{a}세")


def r_birth(s: Sheet, mode: str):
    """Date of birth, sometimes with the place."""
    b = s.p.born
    if mode == "pair":
        label = {"fr": "Date de naissance", "en": "Date of birth", "ko": "생년월일"}[s.lang]
        return label, s.plant("birth", bdate(s, b)) + born_at(s)
    if s.lang == "fr":
        lead = "je suis " if mode == "me" else ""
        return lead + s.g("née", "né") + " le " + s.plant("birth", bdate(s, b)) + born_at(s)
    if s.lang == "en":
        return ("I was born on " if mode == "me" else "born ") + s.plant("birth", bdate(s, b)) + born_at(s)
    return s.plant("birth", f"{b.year}년생") + (f", {s.plant('birth', s.p.birth_place)} 출신" if s.chance(0.5) else "")


def r_residence(s: Sheet, mode: str):
    """Where the author lives: an address or a town."""
    h = s.p.b15_home
    plant = functools.partial(s.plant, "residence")
    if s.lang == "ko":
        if mode == "pair":
            return "주소", f"{plant(h['region'])} {plant(h['street'])}"
        return plant(h["town"]) + ("에 살고 있습니다" if mode == "me" else " 거주")
    if mode == "pair":
        label = "Adresse" if s.lang == "fr" else "Address"
        pc = f"{plant(h['pc'])} {plant(h['town'])}" if s.lang == "fr" else f"{plant(h['town'])} {plant(h['pc'])}"
        return label, f"{plant(h['street'])}, {pc}"
    if s.lang == "fr":
        return ("j'habite à " if mode == "me" else "habite à ") + plant(h["town"])
    return ("I live in " if mode == "me" else "lives in ") + plant(h["town"])


def nat_value(s: Sheet, cap: bool = False) -> str:
    """The nationality word in the CV's language, planted (French in the author's gender; a field's Korean value
    without '국적', which its label says)."""
    masc, fem, en, ko, _ = NATS[s.p.b15_nat]
    if s.lang == "fr":
        return s.gv("nationality", capital(fem) if cap else fem, capital(masc) if cap else masc, sex=False)
    return s.plant("nationality", en if s.lang == "en" else ko if cap else f"{ko} 국적")


def r_nationality(s: Sheet, mode: str):
    """Nationality: 'togolaise', 'Zambian national', '미얀마 국적'."""
    if mode == "pair":
        return {"fr": "Nationalité", "en": "Nationality", "ko": "국적"}[s.lang], nat_value(s, True)
    if s.lang == "fr":  # 'nationalité' is feminine: the adjective after it is too, whoever writes
        masc, fem = NATS[s.p.b15_nat][:2]
        return ("je suis de nationalité " if mode == "me" else "de nationalité ") + s.plant("nationality", fem, (masc,))
    if s.lang == "en":
        return ("I am a " if mode == "me" else "a ") + s.plant("nationality", f"{NATS[s.p.b15_nat][2]} national")
    return nat_value(s) + ("입니다" if mode == "me" else "")


def rel_value(s: Sheet, cap: bool = False) -> str:
    fem, masc, en, ko = REL[s.p.religion]
    if s.lang == "fr":
        return s.gv("religion", capital(fem) if cap else fem, capital(masc) if cap else masc, sex=False)
    return s.plant("religion", en if s.lang == "en" else ko)


def r_religion(s: Sheet, mode: str):
    """Religion as a field or a clause."""
    if mode == "pair":
        return {"fr": "Religion", "en": "Religion", "ko": "종교"}[s.lang], rel_value(s, True)
    if s.lang == "fr":
        if mode == "me":
            return "je suis " + rel_value(s)
        fem, masc = REL[s.p.religion][:2]  # 'confession' is feminine
        if fem.startswith(("membre", "adepte")):
            return s.plant("religion", fem)
        return "de confession " + s.plant("religion", fem, (masc,) if masc != fem else ())
    if s.lang == "en":
        return ("I am " if mode == "me" else "practising ") + rel_value(s)
    return rel_value(s) + (" 신자입니다" if mode == "me" else " 신자")


FR_STATUS = {"single": ("célibataire",) * 2, "married": ("mariée", "marié"), "pacs": ("pacsée", "pacsé"),
             "divorced": ("divorcée", "divorcé"), "widowed": ("veuve", "veuf"), "couple": ("en couple",) * 2}
EN_STATUS = {"single": "single", "married": "married", "pacs": "married", "divorced": "divorced", "widowed": "widowed",
             "couple": "in a relationship"}
KO_STATUS = {"single": "미혼", "married": "기혼", "pacs": "기혼", "divorced": "이혼", "widowed": "사별", "couple": "미혼"}
FR_KIDS = {1: "un enfant", 2: "deux enfants", 3: "trois enfants", 4: "quatre enfants"}
EN_KIDS = {1: "one child", 2: "two children", 3: "three children", 4: "four children"}


def parent_of(s: Sheet) -> str:
    """'mère de 3 enfants' / 'mum of two' / '두 아이의 엄마', planted as 'family' (the gendered word as 'sex')."""
    n = s.p.children
    if s.lang == "fr":
        kids = s.pick([FR_KIDS[n], f"{n} enfant{'s' if n > 1 else ''}"])
        return s.gv("family", f"mère de {kids}", f"père de {kids}")
    if s.lang == "en":
        word = {1: "one", 2: "two", 3: "three", 4: "four"}[n]
        return s.gv("family", f"mum of {word}", f"dad of {word}")
    word = {1: "한", 2: "두", 3: "세", 4: "네"}[n]
    return s.gv("family", f"{word} 아이의 엄마", f"{word} 아이의 아빠")


def r_family(s: Sheet, mode: str):
    """Marital status and children."""
    p, n = s.p, s.p.children
    if mode in ("she", "me") and n and s.chance(0.6):
        return ("je suis " if mode == "me" and s.lang == "fr" else "I'm a " if mode == "me" and s.lang == "en" else "") + \
            parent_of(s)
    if s.lang == "fr":
        fem, masc = FR_STATUS[p.marital]
        status = s.gv("family", capital(fem) if mode == "pair" else fem, capital(masc) if mode == "pair" else masc)
        tail = f", {s.plant('family', s.pick([FR_KIDS[n], f'{n} enfant' + ('s' if n > 1 else '')]))}" if n else ""
        return ("Situation familiale", status + tail) if mode == "pair" else ("je suis " if mode == "me" else "") + \
            status + tail
    if s.lang == "en":
        status = s.plant("family", capital(EN_STATUS[p.marital]) if mode == "pair" else EN_STATUS[p.marital])
        tail = f", {s.plant('family', EN_KIDS[n])}" if n else ""
        return ("Marital status", status + tail) if mode == "pair" else ("I'm " if mode == "me" else "") + status + tail
    status = s.plant("family", KO_STATUS[p.marital])
    tail = f", {s.plant('family', f'자녀 {n}명')}" if n else ""
    return ("결혼 여부", status + tail) if mode == "pair" else status + tail + ("입니다" if mode == "me" else "")


def health_value(s: Sheet) -> str:
    value = HEALTH[s.p.health][LANGS.index(s.lang)]
    return s.gv("health", *value, sex=False) if isinstance(value, tuple) else s.plant("health", value)


def r_health(s: Sheet, mode: str):
    """Health: a disability, a back problem, a pregnancy, deafness, asthma."""
    if mode == "pair":
        return {"fr": "Santé", "en": "Health", "ko": "건강"}[s.lang], health_value(s)
    if mode == "she":
        return {"fr": "signale : ", "en": "has told us: ", "ko": "건강: "}[s.lang] + health_value(s)
    return {"fr": "je précise que je suis " if s.p.health in ("rqth", "deaf", "pregnant", "asthma") else "j'ai une ",
            "en": "I should mention I am " if s.p.health != "back" else "I have a ", "ko": "참고로 "}[s.lang] + \
        health_value(s)


RENDER15 = {"sex": r_sex, "age": r_age, "birth": r_birth, "residence": r_residence, "nationality": r_nationality,
            "religion": r_religion, "family": r_family, "health": r_health}


# --- job facts --------------------------------------------------------------------------------------------------------
def tenure(s: Sheet) -> str:
    """Years or seasons of work ('12 saisons en station', '9 years of agency work', the trade's own): a fact."""
    if s.chance(0.4):
        return duration(s)
    return s.fact(s.pick(TENURE[s.lang]).format(n=s.p.years))


def side(s: Sheet) -> tuple[str, str]:
    """(employer named after a person or with a family or religious word, place): a small job, both facts."""
    places = {"fr": FR_JOB_PLACES, "en": EN_JOB_PLACES, "ko": KO_JOB_PLACES}[s.lang]
    used = {j.place for j in s.p.jobs}
    return s.fact(s.pick(SIDE_EMPLOYERS[s.lang])), s.fact(s.pick([x for x in places if x not in used]))


def season(s: Sheet) -> str:
    """A season worked ('Saison d'hiver 2023-2024', 'Apple harvest 2023'): a fact that looks like a date."""
    return s.fact(s.pick(SEASON[s.lang]))


def tongues(s: Sheet) -> list[str]:
    """Languages spoken (facts): the home language sometimes, and a common one."""
    own = TONGUES.get(s.p.b15_origin)
    out = [own] if own and s.chance(0.6) else []
    out.append(s.pick(COMMON_TONGUES[s.lang]))
    return [s.fact(x) for x in out]


def cv_body(s: Sheet, sep: str = " – ") -> list[str]:
    """The jobs, a side job, a season, diplomas, skills, licence, languages, tenure and availability."""
    emp, where = side(s)
    return [s.h("exp"), *[jline(s, j, sep) for j in s.p.jobs], f"{season(s)}{sep}{emp}, {where}", "", s.h("edu"),
            dip_year(s), "", s.h("skills"), ", ".join(skills(s)), f"{s.h('lic')}{s.sep}{licence(s)}",
            f"{s.h('langs')}{s.sep}{', '.join(tongues(s))}", tenure(s), availability(s)]


def rest(s: Sheet, mode: str = "bare", skip: tuple[str, ...] = ()) -> list[str]:
    """Every family this CV reveals and has not written yet (residence first), but those skipped."""
    res = s.bit("residence", mode) if "residence" not in skip else None
    return ([res] if res else []) + s.bits([f for f in PERSONAL15 if f not in skip], mode)


def civil(s: Sheet) -> str:
    """'Mme ' / 'Ms ' / '' before a name if the CV reveals the sex (planted)."""
    if s.lang == "ko" or not s.take("sex"):  # Korean puts no title before a name
        return ""
    return s.plant("sex", {"fr": ("Mme", "M."), "en": ("Ms", "Mr")}[s.lang][0 if s.female else 1]) + " "


def she_word(s: Sheet) -> str:
    """'Elle' / 'Il', 'She' / 'He' (the feminine planted as 'sex'); Korean writes the name again."""
    if s.lang == "ko":
        return me(s, "first") + " 씨는"
    return s.g("Elle", "Il") if s.lang == "fr" else s.gv("sex", "She", "He", sex=False)


# --- OCR ------------------------------------------------------------------------------------------------------------------
SCREEN_SWAPS = (("rn", "m"), ("m", "rn"), ("l", "1"), ("I", "l"), ("O", "0"), ("é", "e"), ("è", "e"))
PAPER_SWAPS = SCREEN_SWAPS + (("cl", "d"), ("li", "h"), ("e", "c"), ("ri", "n"), ("u", "ii"))


def _ocr_word(word: str, salt: int, rate: int, table: tuple) -> str:
    """A word (of four letters or more) as an OCR engine may read it: the same word always the same way on a page."""
    h = zlib.crc32(f"{salt}/{word}".encode())
    if h % 100 >= rate or len(word) < 4:
        return word
    swaps = [(a, b) for a, b in table if a in word]
    if not swaps:
        return word
    a, b = swaps[(h >> 8) % len(swaps)]
    return word.replace(a, b, 1)


def ocr(s: Sheet, text: str, rate: int = 12, table: tuple = SCREEN_SWAPS) -> str:
    """The text as read by OCR, word by word; the markers and facts planted so far re-recorded as read (the clean
    form kept as another form of a marker)."""
    salt = s.p.b15_salt

    def read(t: str) -> str:
        return re.sub(r"[^\W\d_]+", lambda m: _ocr_word(m.group(0), salt, rate, table), t)
    s.markers[:] = [Planted(m.family, read(m.value), tuple(dict.fromkeys(
        x for x in (m.value, *m.also, *(read(a) for a in m.also)) if x != read(m.value)))) for m in s.markers]
    s.facts[:] = [read(f) for f in s.facts]
    return read(text)


# --- 1. a screenshot of a staffing app's profile, OCR'd ------------------------------------------------------------
APP = {
    "fr": ("14:32 ⚡ ◂ 4G ▮▮▮ 62 %", "← Mon profil  ⋮", "✎ Modifier", "Profil complété à 85 %", "À propos",
           "Mes informations", "Mes documents", "Mes disponibilités", "Lun ✓  Mar ✓  Mer ✓  Jeu ✗  Ven ✓  Sam ✓",
           "Votre conseiller·ère : ", "⌂ Accueil   ▤ Missions   ✉ Messages   ☺ Profil", "Mes expériences"),
    "en": ("9:41 ▮▮▮ 5G 78%", "< My profile   ...", "Edit ✎", "Profile 85% complete", "About me", "My details",
           "My documents", "My availability", "Mon ✓  Tue ✓  Wed ✗  Thu ✓  Fri ✓  Sat ✓", "Your consultant: ",
           "Home   Shifts   Inbox   Profile", "My experience"),
    "ko": ("오후 2:32 ▮▮▮ LTE 62%", "< 내 프로필   ⋮", "수정", "프로필 완성도 85%", "자기소개", "기본 정보", "첨부 서류",
           "근무 가능 요일", "월 ✓ 화 ✓ 수 ✓ 목 ✗ 금 ✓ 토 ✓", "담당 매니저: ", "홈   일자리   메시지   내 정보", "경력"),
}


@blind15()
def app_screenshot_ocr(s: Sheet) -> str:
    """A screenshot of the profile page of the agency's app, sent by the candidate and read by OCR: the status bar,
    the back arrow and buttons, icons read as letters ('© ' before the phone, '@ ' before the e-mail), the profile's
    cards (about me in the first person, my details, my documents with the CV's file name, availability by day), the
    consultant named, the bottom bar; some words misread the same way throughout ('rn' as 'm', 'l' as '1')."""
    t = APP[s.lang]
    p = s.p
    lines = [t[0], t[1], "", f"| {me(s, 'plain' if s.lang == 'ko' else s.pick(['plain', 'first LAST']))}", t[2],
             f"| {title_text(s, p.jobs[0])} · {s.fact(p.jobs[0].place)}", t[3], "", t[4]]
    told = [sentence(s, x) for x in rest(s, "me", skip=("sex", "nationality", "birth", "religion"))[:2]]
    lines += [" ".join(told + [sentence(s, f"{tenure(s)}")]), "", t[5]]
    icons = {"fr": ("© ", "@ ", "Q "), "en": ("© ", "@ ", "Q "), "ko": ("☏ ", "✉ ", "⌖ ")}[s.lang]
    lines += [f"{ic}{c}" for ic, c in zip(icons, contacts(s))]
    lines += [f"{a} {b}" for a, b in s.pairs(("birth", "nationality", "religion", "residence"))]
    lines += ["", t[6], f"▯ CV_{me(s, 'file')}.pdf", f"▯ {licence(s)}", f"▯ {dip_year(s)}", "", t[7], t[8],
              availability(s), "", t[11]]
    lines += [f"{job_dates(s, j)} | {s.fact(j.employer)} | {s.fact(j.place)}" for j in p.jobs[1:]]
    emp, where = side(s)
    lines += [f"{season(s)} | {emp} | {where}", ", ".join(skills(s, 2)), *rest(s, "pair"), "",
              t[9] + someone(s), t[10]]
    return ocr(s, "\n".join(lines), rate=10)


# --- 2. a recruiter presents the candidate to a client -------------------------------------------------------------
@blind15()
def client_submission(s: Sheet) -> str:
    """The e-mail a recruiter sends a client to present a candidate ('Je vous propose la candidature de Mme …, 52 ans,
    mère de 3 enfants, habite Ugine'): subject line with the job, the client's contact greeted by name, a paragraph in
    the third person mixing personal details and job facts, strengths and points of attention (health, faith,
    residence permit), pay, availability, the recruiter's signature and the attachment's file name."""
    j = s.p.jobs[0]
    client = s.fact(s.pick(CLIENTS[s.lang]))
    contact = someone(s, "first")
    recruiter = someone(s)
    who = civil(s) + me(s, "plain" if s.lang == "ko" else s.pick(["plain", "first LAST"]))
    about = [x for x in (s.bit("age", "she"), s.bit("family", "she"), s.bit("residence", "she")) if x]
    emp, where = side(s)
    if s.lang == "fr":
        head = [f"De : {AGENCY['fr']} <recrutement@savoie-saisons.fr>", f"À : {contact} ({client})",
                f"Objet : Proposition de candidature – {title_text(s, j)} – saison d'hiver", "", f"Bonjour {contact},",
                "", f"Suite à notre échange, je vous propose la candidature de {who}, {', '.join(about) or 'profil vérifié'}."
                f" {she_word(s)} a {tenure(s)}, en dernier lieu chez {s.fact(j.employer)} à {s.fact(j.place)}, et a "
                f"travaillé chez {emp} ({where}) : {season(s)}.", "", "Points forts :",
                f"- {licence(s)}", f"- {', '.join(skills(s, 2))}", f"- {dip_year(s)}", "", "Points d'attention :"]
        tail = ["Prétentions : 12,40 € brut/h + indemnités de fin de mission", availability(s), "",
                f"Bien cordialement,\n{recruiter}\nChargé·e de recrutement – {AGENCY['fr']}", f"PJ : CV_{me(s, 'file')}.pdf"]
    elif s.lang == "en":
        head = [f"From: {AGENCY['en']} <bookings@marches-seasonal.co.uk>", f"To: {contact} ({client})",
                f"Subject: Candidate for {title_text(s, j)} - week 38", "", f"Hi {contact},", "",
                f"As discussed, please find below {who}, {', '.join(about) or 'fully vetted'}. {she_word(s)} has "
                f"{tenure(s)}, most recently with {s.fact(j.employer)} in {s.fact(j.place)}, plus a stint at {emp} "
                f"({where}).", "", "Strengths:", f"- {licence(s)}", f"- {', '.join(skills(s, 2))}", f"- {dip_year(s)}", "",
                "Things to note:"]
        tail = ["Rate: £12.21/hr + holiday pay", availability(s), "", f"Kind regards,\n{recruiter}\nRecruitment "
                f"Consultant, {AGENCY['en']}", f"Attachment: CV_{me(s, 'file')}.pdf"]
    else:
        head = [f"보낸 사람: {AGENCY['ko']} <manager@namdo-hr.kr>", f"받는 사람: {contact} 과장님 ({client})",
                f"제목: [인재 추천] {title_text(s, j)} - {me(s, 'plain')}", "", f"{contact} 과장님 안녕하세요.", "",
                f"요청하신 인력으로 {who} 님을 추천드립니다({', '.join(about) or '서류 확인 완료'}). {she_word(s)} "
                f"{tenure(s)}이며, 최근 {s.fact(j.place)} {s.fact(j.employer)}에서 근무했고 {where} {emp} 근무 "
                "경험도 있습니다.", "", "강점:", f"- {licence(s)}", f"- {', '.join(skills(s, 2))}", f"- {dip_year(s)}", "",
                "참고 사항:"]
        tail = ["희망 급여: 시급 10,030원", availability(s), "", f"{recruiter} 드림\n{AGENCY['ko']} 채용 담당",
                f"첨부: 이력서_{me(s, 'file')}.pdf"]
    notes = [f"- {sentence(s, x)[:-1]}" for x in rest(s, "she")]
    reach = {"fr": "Coordonnées : ", "en": "Contact details: ", "ko": "연락처: "}[s.lang] + " / ".join(contacts(s))
    none = {"fr": "- RAS", "en": "- nothing to flag", "ko": "- 없음"}[s.lang]
    return "\n".join(head + (notes or [none]) + ["", reach] + tail)


# --- 3. a conversation with an AI assistant, pasted whole ------------------------------------------------------------
CHAT = {"fr": ("Vous avez dit :", "L'assistant a dit :", "Bonjour, tu peux m'aider à faire un CV pour l'intérim ? ",
               "Bien sûr ! Voici une proposition de CV :", "Conseil : en France, vous n'êtes pas obligé·e d'indiquer "
               "votre âge, votre situation familiale, votre santé ni votre religion.",
               "Merci ! Mon ancien chef peut me recommander, je mets son nom ? C'est ", "Oui, ajoutez une ligne :"),
        "en": ("You said:", "The assistant said:", "Hi, can you help me write a CV for agency work? ",
               "Of course! Here is a draft CV:", "Tip: in the UK you don't need to give your age, marital status, "
               "health or religion on a CV.", "Thanks! My old supervisor can give me a reference, should I add "
               "them? It's ", "Yes, add a line:"),
        "ko": ("나의 말:", "AI 어시스턴트의 말:", "안녕하세요, 파견 일자리 이력서 좀 만들어 주세요. ",
               "물론입니다! 이력서 초안입니다:", "참고: 이력서에 나이, 결혼 여부, 건강, 종교를 꼭 쓸 필요는 없습니다.",
               "감사합니다! 예전 반장님이 추천해 줄 수 있어요. 이름 넣을까요? ", "네, 이렇게 추가하세요:")}


@blind15()
def chatbot_transcript(s: Sheet) -> str:
    """A conversation with an AI assistant pasted whole into the application: the candidate's own notes in the first
    person (name, age, family, town, health, faith, jobs), the assistant's draft CV in Markdown (bold name, the town
    with a pin), its advice, then the candidate naming a former supervisor as referee and the assistant's line."""
    t = CHAT[s.lang]
    p, j = s.p, s.p.jobs[0]
    intro = {"fr": lambda: f"Je m'appelle {me(s, 'first LAST')}", "en": lambda: f"My name is {me(s, 'plain')}",
             "ko": lambda: f"제 이름은 {me(s, 'plain')}입니다"}[s.lang]()
    told = [sentence(s, x) for x in rest(s, "me")]
    jobs = {"fr": lambda: f"J'ai travaillé chez {s.fact(j.employer)} à {s.fact(j.place)} ({title_text(s, j, 'lower')}"
                          f"), j'ai {tenure(s)}. J'ai le {licence(s)}.",
            "en": lambda: f"I worked at {s.fact(j.employer)} in {s.fact(j.place)} ({title_text(s, j, 'lower')}), I "
                          f"have {tenure(s)}. Licence: {licence(s)}.",
            "ko": lambda: f"{s.fact(j.place)} {s.fact(j.employer)}에서 {title_text(s, j)}로 일했고 {tenure(s)}입니다. "
                          f"{licence(s)} 있습니다."}[s.lang]()
    lines = [t[0], t[2] + sentence(s, intro) + " " + " ".join(told) + " " + jobs, "", t[1], t[3], "",
             f"**{me(s, 'plain' if s.lang == 'ko' else 'first LAST')}**", f"*{title_text(s, j)}*"]
    h = p.b15_home
    if "residence" in s.done:
        lines.append(f"📍 {s.plant('residence', h['town'])}")
    lines += [" · ".join(contacts(s)), "", f"### {s.h('exp')}"]
    lines += [f"- **{title_text(s, x)}** – {s.fact(x.employer)}, {s.fact(x.place)} ({job_dates(s, x)})" for x in p.jobs]
    emp, where = side(s)
    lines += [f"- {season(s)} – {emp}, {where}", "", f"### {s.h('edu')}", f"- {dip_year(s)}", "",
              f"### {s.h('skills')}", *[f"- {x}" for x in skills(s)], f"- {', '.join(tongues(s))}", "",
              availability(s), "", t[4], "", t[0], t[5] + (boss := someone(s)) + ".", "", t[1], t[6], "",
              f"> **{ {'fr': 'Référence', 'en': 'Reference', 'ko': '추천인'}[s.lang] }** : {boss}, {s.fact(j.employer)}"]
    return "\n".join(lines)


# --- 4. a Word CV converted by pandoc, with its images' alt texts ----------------------------------------------------
AUTO_ALT = {"fr": ("Une image contenant personne, {w}, sourire, habits", "Description générée automatiquement"),
            "en": ("A picture containing person, {w}, smile, clothing", "Description automatically generated"),
            "ko": ("사람, {w}, 미소, 의류이(가) 표시된 사진", "자동 생성된 설명")}
ALT_WORD = {"fr": ("femme", "homme"), "en": ("woman", "man"), "ko": ("여자", "남자")}
FLAG = {"fr": "Drapeau {c}", "en": "Flag of {c}", "ko": "{c} 국기"}


@blind15()
def image_alt_texts(s: Sheet) -> str:
    """A Word CV converted to Markdown by pandoc: the photo as an image whose alt text Word generated ('Une image
    contenant personne, femme, sourire'), icons with their alt texts before the contact lines, a flag image before the
    nationality ('Drapeau du Togo'), a badge image (RQTH), bold headings, a pipe table of jobs, and a referee."""
    p = s.p
    name_ = me(s, "plain" if s.lang == "ko" else s.pick(["LAST first" if s.lang == "fr" else "plain", "first LAST"]))
    media = "media/image{}.{}"
    lines = []
    if s.take("sex"):
        alt, gen = AUTO_ALT[s.lang]
        word = ALT_WORD[s.lang][0 if s.female else 1]
        lines.append(f"![{alt.format(w=s.plant('sex', word))}\n\n{gen}]({media.format(1, 'jpeg')})"
                     "{width=\"1.2in\" height=\"1.5in\"}")
    else:
        lines.append(f"![]({media.format(1, 'jpeg')}){{width=\"1.2in\" height=\"1.5in\"}}")
    lines += ["", f"**{name_}**", "", f"**{title_text(s, p.jobs[0], 'upper')}**", ""]
    icon = {"fr": ("Téléphone", "Enveloppe", "Marqueur"), "en": ("Telephone", "Envelope", "Marker"),
            "ko": ("전화기", "봉투", "위치")}[s.lang]
    for n, (ic, c) in enumerate(zip(icon, contacts(s)), 2):
        lines.append(f"![{ic}]({media.format(n, 'png')}){{width=\"0.2in\"}} {c}")
    res = s.pair("residence")
    if res:
        lines.append(f"![{icon[2]}]({media.format(4, 'png')}){{width=\"0.2in\"}} {res[1]}")
    if s.take("nationality"):
        c = NATS[p.b15_nat][4] if s.lang == "fr" else FLAG_EN[p.b15_nat] if s.lang == "en" else NATS[p.b15_nat][3]
        flag = s.plant("nationality", FLAG[s.lang].format(c=c))
        lines.append(f"![{flag}]({media.format(5, 'png')}){{width=\"0.3in\"}} {r_nationality(s, 'pair')[1]}")
    if s.take("health") and p.health == "rqth":
        badge = {"fr": "Badge : Reconnaissance de la qualité de travailleur handicapé",
                 "en": "Sunflower lanyard logo - hidden disability, registered disabled", "ko": "장애인 등록 배지"}[s.lang]
        lines.append(f"![{s.plant('health', badge)}]({media.format(6, 'png')}){{width=\"0.6in\"}}")
    elif "health" in s.done:
        lines.append(f"{r_health(s, 'pair')[0]}{s.sep}{health_value(s)}")
    lines += pair_lines(s, ("birth", "age", "family", "religion")) + ["", f"**{s.h('exp').upper()}**", ""]
    head = {"fr": ("Période", "Poste", "Employeur", "Lieu"), "en": ("Dates", "Role", "Employer", "Location"),
            "ko": ("기간", "직무", "회사", "지역")}[s.lang]
    lines += ["| " + " | ".join(head) + " |", "|---|---|---|---|"]
    lines += [f"| {job_dates(s, j)} | {title_text(s, j)} | {s.fact(j.employer)} | {s.fact(j.place)} |" for j in p.jobs]
    emp, where = side(s)
    lines += [f"| {season(s)} | | {emp} | {where} |", "", f"**{s.h('edu').upper()}**", "", dip_year(s), "",
              f"**{s.h('skills').upper()}**", "", *[f"-   {x}" for x in skills(s)], f"-   {licence(s)}",
              f"-   {', '.join(tongues(s))}", "", tenure(s) + " — " + availability(s), "", *rest(s), "",
              f"**{ {'fr': 'RÉFÉRENCES', 'en': 'REFERENCES', 'ko': '추천인'}[s.lang] }**", "",
              f"{someone(s)}, {s.fact(p.jobs[0].employer)}"]
    return "\n".join(lines)


# --- 5. a short video application: caption, hashtags, text on screen, auto-captions, comments --------------------
REEL = {"fr": ("Lien partagé : https://www.instagram.com/reel/C{r}/", "🎬 Mon CV en 30 secondes ! ", "[Texte à l'écran] ",
               "[Sous-titres automatiques] ", "Commentaires", "salut moi c'est ", "#intérim #recrutement #saisonnier",
               "❤️ 1 204   💬 37   ↗ partagé 12 fois"),
        "en": ("Shared link: https://www.tiktok.com/@{h}/video/73{r}", "🎬 My CV in 30 seconds! ", "[On-screen text] ",
               "[Auto-generated captions] ", "Comments", "hi i'm ", "#TikTokResumes #hiring #seasonalwork",
               "❤️ 1,204   💬 37   ↗ 12 shares"),
        "ko": ("공유 링크: https://youtube.com/shorts/{r}", "🎬 30초 자기소개 영상! ", "[화면 자막] ", "[자동 생성 자막] ",
               "댓글", "안녕하세요 저는 ", "#일자리 #구직 #파견", "좋아요 1,204   댓글 37")}


@blind15()
def reel_captions(s: Sheet) -> str:
    """A short video application shared as a link (Instagram reel, TikTok, YouTube Shorts): the account handle, the
    caption with emoji and hashtags (the home town as a hashtag, '#mamansolo'), the text shown on screen, the
    automatic captions in lower case without punctuation, the counts, and comments by people named."""
    t = REEL[s.lang]
    p, j = s.p, s.p.jobs[0]
    handle = me(s, "handle")
    lines = [t[0].format(r="".join(s.pick("abcdefghjkmnpqrstuvwxyz0123456789") for _ in range(9)), h=handle[1:]),
             handle, ""]
    tags = [t[6]]
    caption = t[1] + f"{title_text(s, j)} · {tenure(s)} 💪 {licence(s)} ✅ {availability(s)} 🙏"
    if s.take("residence"):
        town = p.b15_home["town"]
        tags.append("#" + s.plant("residence", "".join(capital(w) for w in re.split(r"[ -]", town)), (town,)))
    if s.take("family") and p.children:
        tags.append(s.gv("family", *{"fr": ("#mamansolo", "#papasolo"), "en": ("#singlemum", "#singledad"),
                                     "ko": ("#워킹맘", "#워킹대디")}[s.lang], sex=False))
    elif "family" in s.done:
        s.done.discard("family")
    lines += [caption, " ".join(x for x in tags if x), ""]
    screen = [me(s, "first")] + [x for x in (s.bit("age", "she"), s.bit("nationality", "pair")) if x]
    lines.append(t[2] + " • ".join(screen))
    lines.append(t[2] + " • ".join(skills(s, 3)))
    said = [x.lower() if s.lang != "ko" else x for x in rest(s, "me")]
    close = {"fr": "je cherche des missions en intérim merci de me contacter",
             "en": "i'm looking for shifts send me a message", "ko": "일자리 찾고 있습니다 연락 주세요"}[s.lang]
    caps = t[5] + me(s, "lower" if s.lang != "ko" else "first") + " " + " ".join(said + [close])
    s.markers[:] = [replace(m, value=m.value.lower(), also=(*m.also, m.value)) if m.value not in caps and
                    m.value.lower() in caps else m for m in s.markers]
    lines += [t[3] + caps, "", t[7], "", t[4]]
    emp, where = side(s)
    first = me(s, "first")
    fans = {"fr": [f"Bravo {first} 👏 partagé !", f"on a bossé ensemble chez {emp} à {where}, top collègue 💯",
                   "Envoyez-moi un MP, on recrute à la saison 🙂"],
            "en": [f"Go on {first} 👏 shared!", f"worked with you at {emp} in {where}, top colleague 💯",
                   "DM me, we're hiring for the season 🙂"],
            "ko": [f"{first} 님 화이팅 👏 공유했어요!", f"{where} {emp}에서 같이 일했어요, 최고예요 💯",
                   "DM 주세요, 시즌 인력 구합니다 🙂"]}[s.lang]
    lines += [f"{someone(s, 'short' if s.lang != 'ko' else 'plain')} · {x}" for x in fans]
    lines.append({"fr": "Lien en bio : CV complet", "en": "Link in bio: full CV", "ko": "프로필 링크: 이력서 전문"}[s.lang])
    lines += contacts(s) + [dip_year(s), season(s)]
    return "\n".join(lines)


# --- 6. a gig platform's public page with the establishments' reviews -----------------------------------------------
REVIEWS = {
    "fr": {"family": "Arrive à l'heure malgré ses {x} à déposer le matin.", "religion": "Très bien même pendant le "
           "ramadan, rien à redire.", "health": "Nous a prévenus qu'{il} était {x}, on a adapté le poste.",
           "age": "Très efficace, on ne dirait pas {x} !", "sex": "Merci {x} pour le coup de main en plonge.",
           "nationality": "Très pro, parle déjà bien français (nationalité {x}).",
           "residence": "Vient de {x} en bus, jamais en retard."},
    "en": {"family": "Always on time even with {x} to drop at school.", "religion": "Great even while fasting for "
           "Ramadan.", "health": "Told us {il} is {x}, we adapted the role.", "age": "Very quick, you'd never say "
           "{x}!", "sex": "Thanks {x} for covering the pot wash.", "nationality": "Very professional, good English "
           "for a {x}.", "residence": "Comes all the way from {x} by bus, never late."},
    "ko": {"family": "{x}인데도 늘 시간 잘 지킵니다.", "religion": "라마단 기간에도 성실했습니다.",
           "health": "{x}이라고 미리 말해 줘서 업무를 조정했습니다.", "age": "{x}라고 믿기 힘들 만큼 빠릅니다.",
           "sex": "{x} 직원분 덕분에 잘 마쳤습니다.", "nationality": "{x}인데 한국어를 잘합니다.",
           "residence": "{x}에서 버스로 오는데 지각이 없습니다."},
}


def review_marker(s: Sheet, family: str) -> str:
    """A review's sentence that gives away a family, its value planted."""
    tmpl = REVIEWS[s.lang][family]
    il = ""
    if "{il}" in tmpl and s.lang != "ko":
        il = s.g("elle", "il") if s.lang == "fr" else s.gv("sex", "she", "he", sex=False)
    if family == "family":
        n = s.p.children
        x = s.plant("family", {"fr": FR_KIDS.get(n, ""), "en": EN_KIDS.get(n, "").replace("children", "kids"),
                               "ko": f"아이 {n}명 엄마" if s.female else f"아이 {n}명 아빠"}[s.lang])
    elif family == "religion":
        x = ""
        s.plant("religion", {"fr": "ramadan", "en": "Ramadan", "ko": "라마단"}[s.lang])
    elif family == "health":
        x = health_value(s)
    elif family == "age":
        x = s.plant("age", {"fr": f"{s.p.age} ans", "en": f"{s.p.age}", "ko": f"{s.p.age}세"}[s.lang]) if s.lang != "en" \
            else s.plant("age", f"{s.p.age} years old")
    elif family == "sex":
        x = s.plant("sex", {"fr": ("Madame", "Monsieur"), "en": ("Madam", "Sir"), "ko": ("여성", "남성")}[s.lang][
            0 if s.female else 1])
        if s.lang == "en":
            return f"Thanks {x}, for covering the pot wash."
    elif family == "nationality" and s.lang == "fr":
        masc, fem = NATS[s.p.b15_nat][:2]
        x = s.plant("nationality", fem, (masc,))
    elif family == "nationality":
        x = nat_value(s)
    else:
        x = s.plant("residence", s.p.b15_home["town"])
    return tmpl.format(x=x, il=il)


@blind15()
def client_reviews(s: Sheet) -> str:
    """A gig platform's public worker page copied: the short name ('Houéfa Z.'), rating and missions, badges, town
    and radius, verified experience (employers, places - facts), then reviews by establishments, signed by first name
    and role, that give away family, faith, health, age, sex, nationality or home ('malgré ses trois enfants')."""
    p = s.p
    rating = {"fr": "⭐ 4,9 (37 avis) · 212 missions · membre depuis 2021", "en": "⭐ 4.9 (37 reviews) · 212 shifts · "
              "member since 2021", "ko": "⭐ 4.9 (후기 37개) · 근무 212회 · 2021년 가입"}[s.lang]
    lines = [me(s, "short" if s.lang != "ko" else "plain"), title_text(s, p.jobs[0]), rating,
             {"fr": "Badges : 🏅 Super Extra · ⏱ Ponctualité", "en": "Badges: 🏅 Top Pro · ⏱ Punctual",
              "ko": "배지: 🏅 우수 근무자 · ⏱ 시간 엄수"}[s.lang], ""]
    lines += [{"fr": "Expérience vérifiée", "en": "Verified experience", "ko": "확인된 경력"}[s.lang]]
    lines += [f"✔ {s.fact(j.employer)} — {s.fact(j.place)} — {title_text(s, j)}" for j in p.jobs]
    lines += [f"✔ {licence(s)}", f"✔ {dip_year(s)}", f"✔ {tenure(s)}", availability(s), ""]
    lines.append({"fr": "Avis des établissements", "en": "Reviews from venues", "ko": "업체 후기"}[s.lang])
    fams = [f for f in ("family", "religion", "health", "age", "sex", "nationality", "residence") if s.has(f)
            and (f != "family" or s.p.children) and (f != "religion" or s.p.religion == "muslim")]
    emp, where = side(s)
    reviewers = [emp, *[j.employer for j in p.jobs], emp]
    role = {"fr": ["gérant·e", "responsable", "chef de rang"], "en": ["manager", "supervisor", "owner"],
            "ko": ["사장", "팀장", "실장"]}[s.lang]
    month = {"fr": FR_MONTHS, "en": EN_MONTHS, "ko": [f"{i}월" for i in range(1, 13)]}[s.lang][:8]  # before TODAY
    for i, fam in enumerate(fams[:4]):
        s.done.add(fam)
        where_ = f" ({where})" if i == 0 else ""
        when = f"2024년 {s.pick(month)}" if s.lang == "ko" else f"{s.pick(month)} 2024"
        lines.append(f"★★★★★ {s.fact(reviewers[i % len(reviewers)])}{where_} — {someone(s, 'first')}, {s.pick(role)} · "
                     f"{when}")
        lines.append(review_marker(s, fam))
    if not fams:
        lines += [f"★★★★☆ {emp} ({where}) — {someone(s, 'first')}, {s.pick(role)}", ", ".join(skills(s, 2))]
    lines += ["", *contacts(s), *pair_lines(s), *(f"• {x}" for x in skills(s, 2))]
    return "\n".join(lines)


# --- 7. a posted application, scanned ---------------------------------------------------------------------------------
POST = {"fr": ("[Page 1 — enveloppe]", "Exp. : ", "LETTRE VERTE", "À l'attention de ", "responsable d'agence",
               "ALBERTVILLE PPDC 10-09-24", "[Page 2 — lettre]", "Objet : candidature spontanée — saison d'hiver",
               "Madame, Monsieur,", "Je vous prie d'agréer mes salutations distinguées.", "[Page 3 — CV]"),
        "en": ("[Page 1 - envelope]", "Return address: ", "Royal Mail 2nd Class", "FAO ", "branch manager",
               "HEREFORD MC 10.09.24", "[Page 2 - letter]", "Re: seasonal work", "Dear Sir or Madam,",
               "Yours faithfully,", "[Page 3 - CV]"),
        "ko": ("[1쪽 — 봉투]", "보내는 사람: ", "등기", "받는 사람: ", "지점장님", "목포우체국 2024.09.10", "[2쪽 — 편지]",
               "제목: 입사 지원서 제출", "안녕하십니까.", "감사합니다.", "[3쪽 — 이력서]")}


@blind15()
def posted_application(s: Sheet) -> str:
    """A paper application posted to the agency and scanned with OCR: the envelope (the sender's name and address,
    the stamp, the addressee named, the postmark), the typed letter (name, address, date, the person presenting
    themselves - age, family, origin, health), and the CV; words misread the same way throughout."""
    t = POST[s.lang]
    p, h = s.p, s.p.b15_home
    sender = civil(s) + me(s, "LAST first" if s.lang != "ko" else "plain")
    boss = someone(s)
    addr = []
    if s.take("residence"):
        plant = functools.partial(s.plant, "residence")
        addr = [plant(h["street"]), f"{plant(h['pc'])} {plant(h['town'].upper())}" if s.lang == "fr" else
                f"{plant(h['town'])}, {plant(h['pc'])}" if s.lang == "en" else plant(h["region"])]
    agency = {"fr": "Savoie Saisons Intérim\n12 avenue Général de Gaulle\n73200 Albertville",
              "en": "Marches Seasonal Staffing\n4 Widemarsh Street\nHereford HR4 9EP", "ko": "남도인력 목포지점"}[s.lang]
    dated = {"fr": "le 9 septembre 2024", "en": "9 September 2024", "ko": "2024년 9월 9일"}[s.lang]
    if addr and s.lang == "fr":  # 'Ugine, le 9 septembre 2024'
        dated = f"{s.plant('residence', h['town'])}, {dated}"
    lines = [t[0], t[1] + sender, *addr, "", t[2], "", f"{t[3]}{boss}, {t[4]}", agency, "", t[5], "", t[6], "",
             me(s, "plain"), *contacts(s), "", dated, "", t[7], "", t[8], ""]
    told = [sentence(s, x) for x in rest(s, "me")]
    j = p.jobs[0]
    job = {"fr": lambda: f"Je suis {title_text(s, j, 'lower')} et j'ai {tenure(s)}, dernièrement chez "
                         f"{s.fact(j.employer)} à {s.fact(j.place)}. Je suis titulaire du {licence(s)}.",
           "en": lambda: f"I am a {title_text(s, j, 'lower')} with {tenure(s)}, most recently at {s.fact(j.employer)} "
                         f"in {s.fact(j.place)}. Certificates: {licence(s)}.",
           "ko": lambda: f"저는 {title_text(s, j)}로 {tenure(s)}이며, 최근 {s.fact(j.place)} {s.fact(j.employer)}에서 "
                         f"근무했습니다. {licence(s)} 보유."}[s.lang]()
    lines += [" ".join([job, *told, sentence(s, availability(s))]), "", t[9], me(s, "plain"), "", t[10], "",
              me(s, "LAST first" if s.lang != "ko" else "plain"), *cv_body(s)]
    return ocr(s, "\n".join(lines), rate=16, table=PAPER_SWAPS)


# --- 8. a résumé parser's output with confidence scores ------------------------------------------------------------
@blind15()
def parser_confidence(s: Sheet) -> str:
    """What a résumé parser returns, as the ATS shows it for review: each field with its confidence, the name split,
    a gender the parser inferred from the first name, the birth date normalised, the address parsed, the raw text of
    personal lines it could not map, employers flagged as possible person names, and who reviewed the parse."""
    p = s.p
    lines = [f"parser: cvparse 3.2 | document: CV_{me(s, 'file')}.pdf | language: {s.lang} (0.99)", "",
             f"candidate.full_name: \"{me(s, 'LAST first' if s.lang != 'ko' else 'plain')}\"  # 0.97",
             f"candidate.given_name: \"{me(s, 'first')}\"  # 0.93",
             f"candidate.family_name: \"{me(s, 'last') if s.lang != 'ko' else me(s, 'last')}\"  # 0.91"]
    if s.take("sex"):
        lines.append(s.plant("sex", f"candidate.gender_inferred: \"{'F' if s.female else 'M'}\"") +
                     "  # 0.64 (from given name)")
    if s.take("birth"):
        lines.append(f"candidate.birth_date: \"{s.plant('birth', p.born.isoformat())}\"  # 0.88")
    if s.take("age"):
        lines.append(s.plant("age", f"candidate.age_computed: {p.age}"))
    if s.take("residence"):
        h = p.b15_home
        lines.append(f"candidate.address.city: \"{s.plant('residence', h['town'])}\"  # 0.86")
        if s.lang != "ko":
            lines.append(f"candidate.address.postal_code: \"{s.plant('residence', h['pc'])}\"  # 0.95")
    lines += [f"candidate.{k}: \"{c}\"  # 0.99" for k, c in zip(("phone", "email"), contacts(s))]
    if s.take("nationality"):
        lines.append(f"candidate.nationality: \"{s.plant('nationality', FLAG_EN[p.b15_nat])}\"  # 0.71 "
                     f"(raw: \"{r_nationality(s, 'pair')[1]}\")")
    if s.take("family"):
        st = {"single": "single", "married": "married", "pacs": "married", "divorced": "divorced",
              "widowed": "widowed", "couple": "cohabiting"}[p.marital]
        lines.append(f"candidate.marital_status: \"{s.plant('family', st)}\"  # 0.69")
        if p.children:
            lines.append(s.plant("family", f"candidate.dependants: {p.children}"))
    lines.append("")
    for i, j in enumerate(p.jobs):
        lines += [f"employment[{i}].employer: \"{s.fact(j.employer)}\"  # 0.{s.rng.randint(70, 96)}",
                  f"employment[{i}].title: \"{title_text(s, j)}\"", f"employment[{i}].location: \"{s.fact(j.place)}\"",
                  f"employment[{i}].dates: \"{job_dates(s, j, fact=True)}\""]
    emp, where = side(s)
    k = len(p.jobs)
    lines += [f"employment[{k}].employer: \"{emp}\"  # 0.58  ⚠ possible person name in organisation",
              f"employment[{k}].location: \"{where}\"", f"employment[{k}].dates: \"{season(s)}\"", "",
              f"education[0].degree: \"{dip_year(s)}\"  # 0.83", f"licences: [\"{licence(s)}\"]",
              f"skills: [{', '.join(chr(34) + x + chr(34) for x in skills(s))}]",
              f"languages: [{', '.join(chr(34) + x + chr(34) for x in tongues(s))}]",
              f"experience.total: \"{tenure(s)}\"", f"availability: \"{availability(s)}\"", ""]
    raw = rest(s, "pair") + pair_lines(s)
    if raw:
        lines += ["unmapped_text:", *[f"  - \"{x}\"" for x in raw]]
    lines.append(f"reviewed_by: \"{someone(s)}\"  status: corrected")
    return "\n".join(lines)


# --- 9. a CV database's search hit with the recruiter's note -------------------------------------------------------
@blind15()
def cvtheque_hit(s: Sheet) -> str:
    """A result of a search in a CV database (CVthèque / candidate search / 인재검색) copied with its highlighting:
    the query, the card (name, title, age, town and radius, last login), the matched snippet with <em> around the query
    words, an extract of the CV cut with '…', and the recruiter's internal note about the person."""
    p, j = s.p, s.p.jobs[0]
    q = {"fr": ("Recherche : « {t} » autour de Albertville (40 km) — 148 résultats", "Résultat 3/148  ☆ Ajouter au "
                "vivier", "Mobilité 40 km", "Dernière connexion : il y a 3 jours · CV mis à jour le 02/09/2024",
                "Extrait du CV :", "Note interne de ", "Consulté par "),
         "en": ("Search: \"{t}\" within 25 miles of Hereford — 148 results", "Result 3 of 148  ☆ Save to talent pool",
                "Willing to travel 25 miles", "Last active: 3 days ago · CV updated 02/09/2024", "CV extract:",
                "Internal note by ", "Viewed by "),
         "ko": ("인재검색: \"{t}\" 전남 지역 — 148명", "3/148  ☆ 관심 인재 저장", "근무 희망 지역: 전남 전체",
                "최근 접속: 3일 전 · 이력서 수정 2024.09.02", "이력서 일부:", "내부 메모 ", "열람: ")}[s.lang]
    query = title_text(s, j) if s.lang == "ko" else p.trade.skills[s.lang][0]
    card = [me(s, "plain" if s.lang == "ko" else s.pick(["plain", "LAST first", "initial"])), title_text(s, j)]
    card += [x for x in (s.bit("age", "she"), s.bit("residence", "she")) if x] + [q[2]]
    lines = [q[0].format(t=query), "", q[1], " · ".join(card), q[3], f"{tenure(s)} · {licence(s)} · {availability(s)}", ""]
    snip = " ".join(f"<em>{w}</em>" for w in query.split())
    lines.append(f"… {snip} … {s.fact(j.employer)} ({s.fact(j.place)}) …")
    lines += ["", q[4]]
    bits = [x for x in rest(s, "bare", skip=("health",)) if x]
    for x in [*(jline(s, y) for y in p.jobs[1:]), *bits, dip_year(s), ", ".join(skills(s, 2))]:
        lines.append(f"… {x} …")
    emp, where = side(s)
    lines += [f"… {season(s)} : {emp}, {where} …" if s.lang == "fr" else f"… {season(s)}: {emp}, {where} …",
              *contacts(s), ""]
    note = rest(s, "she")
    lines.append(q[5] + someone(s) + (" : " if s.lang == "fr" else ": ") + ("; ".join(note) if note else {"fr": "rappeler lundi", "en": "call back "
                 "Monday", "ko": "월요일 재연락"}[s.lang]))
    lines.append(q[6] + someone(s) + {"fr": " le 15/09/2024", "en": " on 15/09/2024", "ko": " 2024.09.15"}[s.lang])
    return "\n".join(lines)


# --- 10. identity, licence and diploma shared from a digital wallet ------------------------------------------------
DRIVING = {"fr": ["Catégorie B", "Catégories B, C1", "Catégories B, BE, C"], "en": ["Categories B, BE",
           "Categories AM, B, C1", "Category B"], "ko": ["2종 보통", "1종 보통", "1종 대형"]}


def uk_driver_number(s: Sheet) -> str:
    """A GB driving licence number: the surname's first five letters (9 after), the decade, the month of birth (plus 50
    for a woman), the day, the year's last digit, two initials, a 9 and two check letters."""
    p = s.p
    sur = re.sub(r"[^A-Z]", "", ascii_fold(p.last).upper())[:5].ljust(5, "9")
    b = p.born
    month = b.month + (50 if s.female else 0)
    initials = re.sub(r"[^A-Z]", "", ascii_fold(p.first).upper())[:1].ljust(2, "9")
    return f"{sur}{b.year % 100 // 10}{month:02d}{b.day:02d}{b.year % 10}{initials}9{s.pick('ABCDEFGHJ')}{s.pick('KLMNPQRST')}"


@blind15()
def wallet_share(s: Sheet) -> str:
    """Identity, driving licence and diploma attributes shared from a digital wallet (France Identité's justificatif,
    GOV.UK Wallet, 모바일 신분증), pasted with the candidate's message and the CV: the attributes chosen (names, sex,
    birth date and place, nationality, address on a UK licence), the licence's categories and issue date (facts), the
    GB driver number that carries the surname, the birth date and the sex, and who checked it at the agency."""
    p = s.p
    b = p.born
    if s.lang == "fr":
        lines = ["JUSTIFICATIF D'IDENTITÉ NUMÉRIQUE", "Généré le 14/09/2024 à 10:12 — valable 30 jours",
                 f"Destinataire : {AGENCY['fr']}", "Usage : inscription en agence d'emploi", "Données partagées :",
                 f"Nom : {me(s, 'LAST')}", f"Prénom(s) : {me(s, 'first')}"]
    elif s.lang == "en":
        lines = ["GOV.UK Wallet — shared credential", "Shared on 14 September 2024 with " + AGENCY["en"],
                 "Credential: Driving licence (digital)", f"1. {me(s, 'LAST')}", f"2. {me(s, 'first').upper()}"]
    else:
        lines = ["모바일 외국인등록증 — 정보 제공 내역", "제공일시: 2024.09.14 10:12", f"제공 대상: {AGENCY['ko']}",
                 f"성명: {me(s, 'plain')}", f"영문 성명: {me(s, 'latin')}"]
    if s.lang != "en" and s.take("sex"):  # a GB licence shows no sex: its number carries it
        lines.append(s.plant("sex", {"fr": f"Sexe : {'F' if s.female else 'M'}",
                                     "ko": f"성별: {'여' if s.female else '남'}"}[s.lang]))
    if s.take("birth"):
        d = s.plant("birth", f"{b:%d.%m.%Y}" if s.lang == "en" else f"{b:%d/%m/%Y}" if s.lang == "fr" else f"{b:%Y.%m.%d}")
        if s.lang == "en":
            lines.append(f"3. {d} {s.plant('birth', FLAG_EN[COUNTRY[p.b15_origin]].upper())}")
        else:
            lines.append(f"Date de naissance : {d}" if s.lang == "fr" else f"생년월일: {d}")
        if s.lang == "fr":
            lines.append(f"Lieu de naissance : {s.plant('birth', p.birth_place)}")
    if s.lang == "en":
        lines.append(f"5. {s.plant('birth', uk_driver_number(s))}")
        if s.take("residence"):
            h = p.b15_home
            lines.append(f"8. {s.plant('residence', h['street'])}, {s.plant('residence', h['town'].upper())}, "
                         f"{s.plant('residence', h['pc'])}")
    if s.take("nationality"):
        lines.append({"fr": "Nationalité : ", "en": "Nationality (share code check): ", "ko": "국적: "}[s.lang] +
                     (nat_value(s, True) if s.lang != "ko" else s.plant("nationality", NATS[p.b15_nat][3])))
    lic = s.fact(s.pick(DRIVING[s.lang]))
    issued = s.fact({"fr": f"délivré le 03/05/{max(b.year + 18, 2008)}", "en": f"issued 03.05.{max(b.year + 18, 2008)}",
                     "ko": f"{max(b.year + 18, 2008)}.05.03 발급"}[s.lang])
    lines += ["", {"fr": "Permis de conduire (numérique)", "en": "9. Categories", "ko": "자격 정보"}[s.lang],
              f"{lic} — {issued}", f"{dip_year(s)}", "",
              {"fr": "Vérifié par ", "en": "Checked by ", "ko": "확인자: "}[s.lang] + someone(s) +
              {"fr": " (agence)", "en": " (branch)", "ko": " (지점)"}[s.lang], "", "---", ""]
    msg = {"fr": "Bonjour, voici mes justificatifs et mon CV.", "en": "Hello, please find my credentials and CV.",
           "ko": "안녕하세요, 신분 정보와 이력서 보내드립니다."}[s.lang]
    lines += [msg, me(s, "plain"), *contacts(s), *pair_lines(s), "", *cv_body(s), *rest(s)]
    return "\n".join(lines)


# --- 11. a Korean 자기소개서 ------------------------------------------------------------------------------------------
@blind15(langs=("ko",))
def self_intro_ko(s: Sheet) -> str:
    """A Korean 자기소개서 written by a foreign worker: 성장과정 (born where, the children's order - 장녀, 막내아들 -, the
    parents named and what they did), 성격의 장단점 (a health matter), 지원 동기 (jobs, places, employers - facts),
    입사 후 포부 (licence, availability), the home and family today, signed."""
    p, j = s.p, s.p.jobs[0]
    lines = ["자 기 소 개 서", f"지원 분야: {title_text(s, j)}", f"지원자: {me(s, 'plain')} ({me(s, 'latin')})", "",
             "1. 성장과정"]
    grow = []
    if s.take("birth"):
        grow.append(f"저는 {s.plant('birth', p.birth_place)}에서 {s.plant('birth', f'{p.born.year}년')}에 태어났습니다.")
    if s.take("sex"):
        grow.append(f"2남 2녀 중 {s.plant('sex', s.pick(['장녀', '막내딸']) if s.female else s.pick(['장남', '막내아들']))}로 "
                    "자랐습니다.")
    father, mother = someone(s, "plain", "M"), someone(s, "plain", "F")
    grow.append(f"아버지 {father}께서는 농사를 지으셨고, 어머니 {mother}께서는 시장에서 장사를 하셨습니다.")
    if s.take("religion"):
        grow.append(f"어릴 때부터 {rel_value(s)} 신앙 안에서 성실함을 배웠습니다.")
    lines += [" ".join(grow), "", "2. 성격의 장단점",
              "꼼꼼하고 책임감이 강합니다. " + (sentence(s, r_health(s, "me")) + " 그래도 맡은 일은 끝까지 합니다."
                                       if s.take("health") else "다만 한국어 작문이 아직 부족합니다."), "", "3. 지원 동기"]
    emp, where = side(s)
    lines.append(f"{s.fact(j.place)} {s.fact(j.employer)}에서 {title_text(s, j)}로 일하며 {tenure(s)}을 쌓았습니다. "
                 f"{season(s)}에는 {where} {emp}에서도 일했습니다. {', '.join(skills(s, 2))} 업무에 자신 있습니다.")
    lines += ["", "4. 입사 후 포부", f"{licence(s)}, {dip_year(s)}. {availability(s)}합니다. "
              f"{', '.join(tongues(s))}.", ""]
    now = [sentence(s, x) for x in rest(s, "me")]
    lines += [" ".join(now) if now else "열심히 하겠습니다.", "", *contacts(s), "", f"2024년 9월 {me(s, 'plain')} (인)"]
    return "\n".join(lines)


# --- 12. a US-style resume with its cover paragraph -----------------------------------------------------------------
@blind15(langs=("en",))
def us_resume(s: Sheet) -> str:
    """A US-style resume sent to a UK agency: a cover paragraph addressed to a named consultant (who the person is,
    why they moved, their family), then the resume - name, a one-line contact header, OBJECTIVE, PROFESSIONAL
    EXPERIENCE with month-year dates and bullets, EDUCATION, CERTIFICATIONS, ADDITIONAL (work authorization, faith
    and the days it rules out) and 'References available upon request'."""
    p, j = s.p, s.p.jobs[0]
    told = [sentence(s, x) for x in rest(s, "me", skip=("religion", "nationality"))]
    lines = [f"Dear {s.pick(['Ms.', 'Mr.'])} {someone(s, 'last')},", "",
             f"I am writing to apply for {title_text(s, j)} positions through your agency. " + " ".join(told) +
             f" I bring {tenure(s)} and can start right away.", "", "Sincerely,", me(s, "plain"), "", "—" * 12, "",
             s.plant("name", f"{p.first} {p.last}".upper())]
    lines.append(" | ".join(contacts(s)) or "")
    lines += ["", "OBJECTIVE", f"Dependable {title_text(s, j, 'lower')} seeking seasonal or temp-to-perm work.", "",
              "PROFESSIONAL EXPERIENCE"]
    for x in p.jobs:
        (y0, m0), end = x.start, x.end
        span = f"{EN_MONTHS[m0 - 1]} {y0} – " + (f"{EN_MONTHS[end[1] - 1]} {end[0]}" if end else "Present")
        lines += [f"{s.fact(x.employer)}, {s.fact(x.place)}", f"{title_text(s, x)}    {span}",
                  *[f"• {y}" for y in skills(s, 2)]]
    emp, where = side(s)
    lines += [f"{emp}, {where}", f"{season(s)}", "", "EDUCATION", dip_year(s), "", "CERTIFICATIONS", licence(s), "",
              "ADDITIONAL"]
    if s.take("nationality"):
        lines.append(f"Work authorization: {nat_value(s)} citizen, Skilled Worker visa")
    if s.take("religion"):
        sabbath = " - unable to work Saturdays" if p.religion == "adventist" else ""
        lines.append(f"Faith: {rel_value(s)}{sabbath}")
    lines += [f"Languages: {', '.join(tongues(s))}", availability(s), *pair_lines(s), "",
              "References available upon request."]
    return "\n".join(lines)
