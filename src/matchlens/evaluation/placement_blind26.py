"""A twenty-seventh held-aside set of layouts of the placement benchmark (see evaluation.placement), split "blind26":
registered into the same LAYOUTS. Written without reading the masker (its rules, its data, its tests), the README's
list of what it misses or the history's messages, to measure it once more on CVs nobody tuned it on; do not read this
file while tuning a masker, and run it once.

The split is about PAPER AND SCREENS READ BACK BY MACHINES: what a French gig-staffing agency (and its English and
Korean partners) gets after a phone scanner app, a Tesseract-like OCR, a fax, a photocopier, a handwriting reader, a PDF
extractor or a speech-to-text engine has been through a candidate's papers. Characters are confused as OCR confuses
them (rn/m, cl/d, li/h, vv/w, c/e, 1/l/I/|, 0/O/o, 5/S, 8/B, 6/b, g/q/9, u/ü, accents dropped, added or changed,
Cyrillic and Greek look-alikes, 'H' read as 'I-I'), spaces are inserted and dropped, words are split at a line end with
a hyphen, characters dropped, punctuation added; handwritten fields are read worse (a/o, u/n, e/l, r/v, 1/7, 4/9);
Hangul syllables are misread as similar syllables (ㄱ/ㅋ, ㄷ/ㅌ, ㅂ/ㅍ, ㅈ/ㅊ, ㅇ/ㅎ, ㅏ/ㅑ/ㅓ, ㅗ/ㅛ/ㅜ, ㅐ/ㅔ, a final
consonant dropped or changed) and spaced; tick boxes are read as '[X]', 'IXI', '☒', '0', dotted leaders as dots and
ellipses, table borders as '|', 'I', 'l', '[' ; screenshots keep their UI chrome (status bar, timestamps, ticks, icons
read as characters); dictated CVs have numbers and names as heard. Damage comes at several levels (a clean scan, light,
medium, heavy), some items untouched. Labels are damaged with the values; markers come with and without labels. Every
planted value is the damaged string as it is in the text: names are damaged letter for letter only (never into digits
or spaces), job facts (employers, places of past jobs, periods, durations such as '10 ans en EHPAD' or "8 years'
experience", licences such as 'Permis B' or 'CACES R489', diplomas, schools, skills, languages) the same way as the
rest and recorded as damaged.

Names and places are new: no word of a name is a Faker name or in an earlier split's pools or placement_data (people
of the Avesnois and Thiérache, of Chad and of Mauritius in France; of the Isle of Wight and of St Helena in England;
Koreans with rare one-syllable surnames); homes, places of birth and places of work are in none of the earlier pools
(the Avesnois, the Isle of Wight, Gochang in North Jeolla).

Layouts: scan_cv_smartphone, tesseract_deux_colonnes, fax_fiche_inscription, capture_messagerie,
capture_profil_jobboard, pdf_tableau_par_colonnes, ko_iryeokseo_scan, dictee_transcrite, photocopie_cni_cv,
fiche_manuscrite_htr, certificat_travail_scan, ko_gujik_sincheong_fax, pdf_scanne_multipage.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from datetime import date
from itertools import zip_longest

from matchlens.evaluation.placement import Sheet, ascii_fold, layout, romanize

SPLIT = "blind26"
REF = date(2027, 6, 14)  # when the papers reach the agency: ages and durations are counted from here

# --- names: no Faker word, in no earlier pool (a test checks) -------------------------------------------------------
NAMES = {
    "nord": {"F": ["Waudru", "Amalberge", "Rainelde", "Hiltrude"], "M": ["Landelin", "Vindicien", "Ansbert", "Ursmer"],
             "L": ["Druesne", "Lobry", "Fostier", "Ducornez", "Hennebert", "Wauquier", "Caudrelier"]},
    "tchad": {"F": ["Remadji", "Néloumta"], "M": ["Ngarlejy", "Djimadoum"], "L": ["Ngaradoum", "Mbaïlaou", "Djimtola"]},
    "maurice": {"F": ["Sookwantee"], "M": ["Dhanraj"], "L": ["Ramdhony", "Jhugroo"]},
    "wight": {"F": ["Ottoline", "Jessamy"], "M": ["Wystan", "Osric", "Lancelyn", "Marmaduke"],
              "L": ["Attrill", "Jolliffe", "Chiverton", "Buckett", "Mearman", "Leggatt", "Thorpeley", "Ivett"]},
    "helena": {"F": ["Lettice", "Ambrosine"], "M": ["Scipio", "Absalom"],
               "L": ["Crowie", "Knipe", "Bargo", "Lavarello", "Repetto"]},
    "ko": {"F": ["빈솔래", "팽채흰", "국나봄", "국예솜", "옹나봄"], "M": ["옹가온", "옹윤겸", "빈한율", "팽태겸", "빈가온"]},
}
ORIGINS = {"fr": ("nord", "nord", "tchad", "maurice"), "en": ("wight", "wight", "helena"), "ko": ("ko",)}
# names as a speech-to-text engine writes them (letters only)
KO_HEARD = {"옹": "용", "빈": "민", "팽": "평", "국": "곡", "가온": "가원", "윤겸": "윤견", "한율": "하뉼", "태겸": "대겸",
            "솔래": "솔내", "채흰": "채힌", "나봄": "나범", "예솜": "예섬"}
OTHERS = {"fr": ["Jérôme Carlier", "Sandrine Lefebvre", "Patrice Delmotte", "Nadège Couvreur"],
          "en": ["Gareth Pyle", "Lorraine Cheek", "Neil Sivell"], "ko": ["주현우", "석미란", "도정훈"]}

# --- places: in none of the earlier pools (tests check) -------------------------------------------------------------
FR_TOWNS = [("Fourmies", "59610"), ("Trélon", "59132"), ("Sains-du-Nord", "59177"), ("Anor", "59186"),
            ("Wignehies", "59212"), ("Hirson", "02500")]
FR_STREETS = ["rue des Verriers", "rue du Moulin-Bleu", "rue de la Filature", "allée des Sabotiers", "rue du Bocage",
              "impasse des Tisserands"]
FR_JOB_PLACES = ["Glageon", "Avesnelles", "Landrecies", "Le Nouvion-en-Thiérache", "Jeumont", "Louvroil", "Hautmont"]
EN_TOWNS = [("Totland", "PO39"), ("Seaview", "PO34"), ("Shanklin", "PO37"), ("Ventnor", "PO38"), ("Freshwater", "PO40")]
EN_STREETS = ["Esplanade Road", "Culver Parade", "Pier Street", "Orchard Close", "Nodes Road", "Brook Lane"]
EN_JOB_PLACES = ["Whippingham", "Arreton", "Bembridge", "Godshill", "Brading", "Wootton Bridge", "Niton"]
KO_TOWNS = [("전북특별자치도 고창군 흥덕면", "흥덕면"), ("전북특별자치도 고창군 해리면", "해리면"),
            ("전북특별자치도 고창군 무장면", "무장면"), ("전북특별자치도 고창군 대산면", "대산면")]
KO_ROADS = {"흥덕면": "흥덕로", "해리면": "동호길", "무장면": "무장읍성길", "대산면": "대산중앙로"}
KO_APTS = ["한빛빌라", "청보리아파트", "선운하이츠"]
KO_JOB_PLACES = ["상하면", "심원면", "성송면", "공음면", "아산면"]
BIRTH = {"nord": ["Avesnes-sur-Helpe", "Maubeuge"], "tchad": ["Moundou (Tchad)", "Sarh (Tchad)", "Doba (Tchad)"],
         "maurice": ["Triolet (Maurice)", "Goodlands (Maurice)"],
         "wight": ["Shorwell, Isle of Wight", "Brighstone, Isle of Wight"],
         "helena": ["Levelwood, St Helena", "Longwood, St Helena", "Half Tree Hollow, St Helena"],
         "ko": ["전북 부안군 변산면", "충남 서천군 한산면"]}
MAIL = {"fr": ["orange.fr", "laposte.net", "gmail.com", "sfr.fr"], "en": ["gmail.com", "outlook.com", "btinternet.com"],
        "ko": ["naver.com", "daum.net", "hanmail.net"]}
AGENCY = {"fr": "Intérim Sambre-Avesnois", "en": "Wight Workforce Staffing", "ko": "고창 일자리 인력"}

# --- the markers' words ---------------------------------------------------------------------------------------------
FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
NAT = {"nord": ("française", "français"), "tchad": ("tchadienne", "tchadien"), "maurice": ("mauricienne", "mauricien"),
       "wight": ("British", "British"), "helena": ("St Helenian", "St Helenian"), "ko": ("대한민국", "대한민국")}
REL = {"nord": [("catholique", "catholique")], "tchad": [("évangélique", "évangélique"), ("musulmane", "musulman")],
       "maurice": [("hindoue", "hindou")], "wight": [("Church of England", "Church of England"),
                                                   ("Methodist", "Methodist")],
       "helena": [("Baptist", "Baptist"), ("Anglican", "Anglican")],
       "ko": [("기독교", "기독교"), ("천주교", "천주교"), ("불교", "불교"), ("원불교", "원불교")]}
REL_SLOT = {"catholique": "dimanche matin (messe)", "évangélique": "dimanche (culte à l'église)",
            "musulmane": "vendredi après-midi (mosquée)", "hindoue": "congé pour Divali (fête hindoue)",
            "Church of England": "Sunday mornings (church)", "Methodist": "Sunday (Methodist chapel)",
            "Baptist": "Sunday (Baptist church)", "Anglican": "Sunday mornings (St James' church)",
            "기독교": "일요일 오전 교회 예배", "천주교": "일요일 성당 미사", "불교": "초파일 사찰 봉사", "원불교": "일요일 교당 법회"}
MARITAL = {"fr": [("mariée", "marié"), ("célibataire", "célibataire"), ("divorcée", "divorcé"), ("pacsée", "pacsé")],
           "en": [("married", "married"), ("single", "single"), ("divorced", "divorced")],
           "ko": [("기혼", "기혼"), ("미혼", "미혼")]}
HEALTH = {"fr": ["RQTH", "asthme", "diabète de type 1", "hernie discale", "surdité partielle"],
          "en": ["asthma", "Type 1 diabetes", "registered disabled", "hearing impairment"],
          "ko": ["허리디스크", "청각장애 4급", "당뇨", "천식"]}
RELATIVE = {"fr": ["Gérald Marlière", "Josiane Dufrénoy", "Mahamat Allamine"],
            "en": ["Trevor Cheverill", "Maureen Legg", "Dennis Thomas-Yon"], "ko": ["남궁석호", "황보미진", "제갈승우"]}

# --- the facts ------------------------------------------------------------------------------------------------------
JOBS = {  # (title, employer, sector said in a duration)
    "fr": [("Agent de service hospitalier", "EHPAD Les Charmilles", "en EHPAD"),
           ("Cariste", "Bocage Logistique", "en logistique"), ("Agent de production", "Verreries de l'Helpe", "en verrerie"),
           ("Aide à domicile", "ADMR du Val de Sambre", "d'aide à domicile"),
           ("Manutentionnaire", "Forges de la Sambre", "en métallurgie"),
           ("Commis de cuisine", "Auberge du Val Joly", "en restauration"),
           ("Agent d'entretien", "Clinique des Hêtres", "en nettoyage")],
    "en": [("Care Assistant", "Solent View Care Home", "in care"), ("Warehouse Operative", "Undercliff Distribution",
                                                                       "in warehousing"),
           ("Kitchen Porter", "The Chine Inn", "in kitchens"), ("Housekeeper", "Culver Bay Holiday Park",
                                                                "in housekeeping"),
           ("Boatyard Labourer", "Medina Marine Ltd", "in boatyards"), ("Deckhand", "Solent Link Ferries", "at sea"),
           ("Support Worker", "Downs Community Care", "in support work")],
    "ko": [("생산직", "(주)선운식품", "식품 생산"), ("포장", "청보리 농산물 유통센터", "포장"),
           ("요양보호사", "햇살가득요양원", "요양원"), ("지게차 운전", "서해안 물류센터", "물류"),
           ("주방 보조", "풍천장어 식당", "주방"), ("객실 미화", "구시포 해수월드", "미화")],
}
LICENCES = {"fr": ["Permis B", "CACES R489 cat. 3", "CACES R489", "SST", "Habilitation électrique B0H0", "Permis C"],
            "en": ["Full UK driving licence", "Counterbalance forklift (RTITB)", "Food Hygiene Level 2", "CSCS card",
                   "First Aid at Work"],
            "ko": ["지게차운전기능사", "1종 보통 운전면허", "요양보호사 자격증", "한식조리기능사"]}
DIPLOMAS = {"fr": ["CAP Agent polyvalent de restauration", "Bac pro Logistique", "DEAES",
                   "Titre professionnel Cariste d'entrepôt", "CAP Conducteur d'installations de production"],
            "en": ["NVQ Level 2 Health and Social Care", "BTEC Level 2 Hospitality", "GCSEs (5, grades 9-4)"],
            "ko": ["고등학교 졸업", "조리과 졸업", "사회복지과 수료"]}
SCHOOLS = {"fr": ["Lycée des métiers de la Thiérache", "GRETA Grand Hainaut", "AFPA de Hautmont"],
           "en": ["Isle of Wight College", "Carisbrooke College", "Prince Andrew School"],
           "ko": ["고창실업고등학교", "전북직업전문학교", "고창영선고등학교"]}
SKILLS = {"fr": ["Conduite de chariot élévateur", "Hygiène HACCP", "Préparation de commandes", "Toilette et aide au repas",
                 "Nettoyage industriel", "Port de charges", "Lecture de plans"],
          "en": ["Manual handling", "Moving and handling", "Food hygiene", "Stock rotation", "Pallet truck",
                 "Customer service"],
          "ko": ["재고 관리", "위생 관리", "포장 작업", "고객 응대", "식자재 손질"]}
LANGUAGES = {"fr": [("Anglais", "A2"), ("Néerlandais", "B1"), ("Arabe", "C1"), ("Ngambay", "C2"), ("Kreol morisien", "C2")],
             "en": [("French", "B1"), ("Spanish", "A2"), ("German", "A1")],
             "ko": [("영어", "중급"), ("일본어", "초급"), ("중국어", "초급")]}

# --- the machine readers' confusions (written from what OCR does, not from the masker) -----------------------------
LEVELS = {"clean": 0.0, "light": 0.07, "medium": 0.17, "heavy": 0.3}
MULTI = (("rn", "m"), ("m", "rn"), ("cl", "d"), ("d", "cl"), ("li", "h"), ("h", "li"), ("vv", "w"), ("w", "vv"),
         ("ri", "n"), ("in", "m"), ("nn", "m"), ("ll", "II"), ("M", "IVI"), ("W", "VV"), ("H", "I-I"), ("fi", "ﬁ"),
         ("fl", "ﬂ"), ("ff", "ﬀ"), ("ai", "ä"))
SUB = {"l": "1I|", "I": "l1|", "i": "l1í", "1": "lI|", "0": "Oo", "O": "0Q", "o": "0", "5": "S", "S": "5$", "8": "B",
       "B": "8", "6": "b", "b": "6h", "g": "q9", "q": "g", "9": "g", "u": "üv", "c": "e(", "e": "cé", "é": "eèc",
       "è": "eé", "ê": "eè", "à": "a", "ç": "c", "a": "oá", "t": "f", "f": "t", "y": "v", "Z": "2", "2": "Z", "4": "A",
       "7": "T", "3": "8", "E": "F", "D": "O", "n": "h", "U": "V", "G": "C", "C": "G", "r": "t"}
HAND = {"a": "o", "o": "a", "u": "n", "n": "u", "e": "l", "l": "e", "r": "v", "v": "r", "m": "n", "1": "7", "7": "1",
        "4": "9", "9": "4", "5": "6", "0": "6", "t": "l", "c": "e", "i": "e", "s": "r", "A": "H", "U": "V", "N": "H"}
GLYPH = {"a": "а", "e": "е", "o": "оο", "p": "р", "c": "с", "x": "х", "y": "у", "i": "і", "A": "АΑ", "B": "ВΒ",
         "E": "ЕΕ", "H": "НΗ", "K": "К", "M": "М", "O": "ОΟ", "P": "РΡ", "C": "С", "T": "ТΤ", "X": "Х", "v": "ν",
         "N": "Ν", "I": "ІΙ"}
ACCENT = {"e": "éè", "a": "à", "u": "ù", "i": "ï", "o": "ô", "E": "É"}
PUNCT = ".,'`~¸;:"
# Hangul: initials, vowels and finals read as their look-alikes (indices of the Unicode composition)
KO_INI = {0: (15,), 15: (0,), 3: (16, 5), 16: (3,), 7: (17, 6), 17: (7,), 12: (14, 9), 14: (12,), 11: (18, 6),
          18: (11,), 6: (7, 11), 5: (3,), 9: (12,)}
KO_MED = {0: (2, 4), 2: (0,), 4: (6, 0), 6: (4,), 8: (12, 13), 12: (8,), 13: (17, 8, 18), 17: (13,), 1: (5, 3),
          5: (1, 7), 18: (13,), 20: (4, 0)}
KO_FIN = {21: (16, 0), 16: (21, 17), 4: (8, 0), 8: (4,), 1: (0, 19), 17: (16,), 19: (0,), 0: (21, 4)}


def _hangul(ch: str) -> bool:
    return "\uac00" <= ch <= "\ud7a3"


def _ko_swap(rng, ch: str) -> str:
    c = ord(ch) - 0xAC00
    ini, med, fin = c // 588, c % 588 // 28, c % 28
    parts = [k for k, table, v in (("i", KO_INI, ini), ("m", KO_MED, med), ("f", KO_FIN, fin)) if v in table]
    if not parts:
        return ch
    k = rng.choice(parts)
    if k == "i":
        ini = rng.choice(KO_INI[ini])
    elif k == "m":
        med = rng.choice(KO_MED[med])
    else:
        fin = rng.choice(KO_FIN[fin])
    return chr(0xAC00 + ini * 588 + med * 28 + fin)


def _damage_word(rng, w: str, name: bool, hand: bool, split: bool) -> str:
    """One confusion in a word: a name keeps its letters letters (no digit, space or mark enters it)."""
    if any(_hangul(c) for c in w):
        idx = [i for i, c in enumerate(w) if _hangul(c)]
        kinds = ["jamo"] * 5 + ([] if name else ["space", "space", "punct"] + (["drop"] if len(idx) >= 4 else []))
        kind = rng.choice(kinds)
        i = rng.choice(idx)
        if kind == "jamo":
            return w[:i] + _ko_swap(rng, w[i]) + w[i + 1:]
        if kind == "space" and 0 < i < len(w):
            return w[:i] + " " + w[i:]
        if kind == "drop":
            return w[:i] + w[i + 1:]
        return w[:i] + rng.choice("·ㆍ.'") + w[i:] if i else w
    cands: dict[str, list[tuple[int, int, str]]] = {k: [] for k in
                                                    ("multi", "sub", "glyph", "accent", "space", "drop", "punct",
                                                     "hyphen", "hand")}
    for i, c in enumerate(w):
        for a, b in MULTI:
            if w.startswith(a, i) and (not name or (b.isascii() and b.isalpha())):
                cands["multi"].append((i, i + len(a), b))
        for t in SUB.get(c, ""):
            if not name or t.isalpha():
                cands["sub"].append((i, i + 1, t))
        for t in GLYPH.get(c, ""):
            cands["glyph"].append((i, i + 1, t))
        folded = ascii_fold(c)
        if folded != c and folded.isalpha():
            cands["accent"].append((i, i + 1, folded))
        for t in ACCENT.get(c, ""):
            cands["accent"].append((i, i + 1, t))
        if hand:
            for t in HAND.get(c, ""):
                if not name or t.isalpha():
                    cands["hand"].append((i, i + 1, t))
        if 0 < i < len(w) - 1 and c.isalpha() and (not name or len(w) >= 6):
            cands["drop"].append((i, i + 1, ""))
        if not name and 2 <= i <= len(w) - 2 and w[i - 1].isalpha() and c.isalpha():
            cands["space"].append((i, i, " "))
            if split and len(w) >= 7:
                cands["hyphen"].append((i, i, "-\n"))
    if not name and w[-1:].isalnum():
        cands["punct"] += [(len(w), len(w), p) for p in PUNCT]
    weights = {"multi": 3, "sub": 4, "glyph": 1, "accent": 1.5, "space": 1, "drop": 0.8, "punct": 0.6, "hyphen": 1,
               "hand": 8}
    kinds = [k for k in cands if cands[k]]
    if not kinds:
        return w
    kind = "hyphen" if cands["hyphen"] and rng.random() < 0.4 else rng.choices(kinds, [weights[k] for k in kinds])[0]
    a, b, t = rng.choice(cands[kind])
    return w[:a] + t + w[b:]


def smudge(rng, text: str, rate: float, name: bool = False, hand: bool = False, split: bool = False) -> str:
    """The text as a machine reader gives it back: each word damaged with probability rate (twice, sometimes, when
    the rate is high); outside names, spaces dropped now and then. hand: handwriting read by a recognizer; split:
    words may be cut at a line end with a hyphen."""
    if rate <= 0:
        return text
    parts = re.split(r"(\s+)", text)
    out = []
    for part in parts:
        if part.strip() and any(c.isalnum() for c in part) and rng.random() < rate:
            new = _damage_word(rng, part, name, hand, split)
            if rate >= 0.25 and rng.random() < 0.3:
                new = _damage_word(rng, new, name, hand, split) if "\n" not in new else new
            if name and not re.search(r"[^\W\d_]{2}", new):
                new = part
            part = new
        elif part == " " and not name and out and rng.random() < rate * 0.12:
            part = ""
        out.append(part)
    return "".join(out)


# --- the candidate --------------------------------------------------------------------------------------------------
@dataclass
class Cand:
    """Who the papers are about, and how badly this copy was read."""

    pool: str
    first: str
    last: str
    age: int
    born: date
    birthplace: str
    nat: tuple[str, str]
    rel: tuple[str, str]
    marital: tuple[str, str]
    children: int
    relative: str
    health: str
    home: dict
    phone: str
    email: str
    jobs: list[dict]
    lic: list[str]
    dip: str
    school: str
    dip_year: int
    skills: list[str]
    langs: list[tuple[str, str]]
    level: str = "medium"
    rate: float = 0.17
    others: list[str] = field(default_factory=list)


def renew(s: Sheet, levels: tuple[str, ...] = ("clean", "light", "medium", "medium", "heavy")) -> None:
    """Give the sheet a candidate of this split and a damage level."""
    rng, lang = s.rng, s.lang
    pool = rng.choice(ORIGINS[lang])
    sex = s.p.sex
    if pool == "ko":
        full = rng.choice(NAMES["ko"][sex])
        first, last = full[1:], full[:1]
        local = rng.choice([f"{romanize(first)}.{romanize(last)}{rng.randint(80, 99)}",
                            f"{romanize(last)}{romanize(first)}{rng.randint(1, 99):02d}"])
    else:
        first, last = rng.choice(NAMES[pool][sex]), rng.choice(NAMES[pool]["L"])
        f, lt = ascii_fold(first).lower(), ascii_fold(last).lower()
        local = rng.choice([f"{f}.{lt}", f"{lt}.{f}", f"{f}{lt[0]}{rng.randint(70, 99)}", f"{f[0]}{lt}"])
    age = rng.randint(20, 57)
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    born = date(REF.year - age - (1 if (month, day) > (REF.month, REF.day) else 0), month, day)
    num = rng.randint(2, 58)
    if lang == "fr":
        town, pc = rng.choice(FR_TOWNS)
        home = {"street": f"{num}{rng.choice(['', '', ' bis'])} {rng.choice(FR_STREETS)}", "pc": pc, "town": town}
    elif lang == "en":
        town, code = rng.choice(EN_TOWNS)
        pc = f"{code} {rng.randint(1, 9)}{rng.choice('ABDEFGHJLNPQRSTUWXY')}{rng.choice('ABDEFGHJLNPRSTUWXY')}"
        home = {"street": f"{rng.choice(['', 'Flat 2, ', ''])}{num}{rng.choice(['', '', 'A'])} {rng.choice(EN_STREETS)}", "pc": pc,
                "town": town}
    else:
        region, short = rng.choice(KO_TOWNS)
        home = {"street": f"{KO_ROADS[short]} {num}", "town": short, "region": region,
                "unit": f"{rng.choice(KO_APTS)} {rng.randint(1, 3)}0{rng.randint(1, 4)}호"}
    d = "".join(str(rng.randint(0, 9)) for _ in range(8))
    phone = {"fr": rng.choice([f"0{rng.choice('67')} {d[:2]} {d[2:4]} {d[4:6]} {d[6:]}",
                               f"0{rng.choice('67')}.{d[:2]}.{d[2:4]}.{d[4:6]}.{d[6:]}"]),
             "en": f"07{d[:3]} {d[3:]}{rng.randint(0, 9)}", "ko": f"010-{d[:4]}-{d[4:]}"}[lang]
    start = max(born.year + 18, REF.year - 15)
    cuts = sorted(rng.sample(range(start + 1, REF.year), 2)) if REF.year - start > 3 else [start + 1, start + 2]
    bounds = [start, *cuts, REF.year]
    jobs = []
    for i, ((title, employer, sector), town) in enumerate(zip(rng.sample(JOBS[lang], 3), rng.sample(
            {"fr": FR_JOB_PLACES, "en": EN_JOB_PLACES, "ko": KO_JOB_PLACES}[lang], 3))):
        y1, y2 = bounds[i], bounds[i + 1]
        m1 = rng.randint(1, 12)
        m2 = rng.randint(1, 12) if y2 < REF.year else rng.randint(1, 5)
        if y2 == y1:
            m2 = max(m2, m1)
        current = i == 2 and rng.random() < 0.5
        months = max(1, (REF.year - y1) * 12 + REF.month - m1 if current else (y2 - y1) * 12 + m2 - m1)
        jobs.append({"title": title, "employer": employer, "sector": sector, "town": town, "start": (y1, m1),
                     "end": None if current else (y2, m2), "months": months})
    rate_level = rng.choice(levels)
    s.k = Cand(pool, first, last, age, born, rng.choice(BIRTH[pool]), NAT[pool], rng.choice(REL[pool]),
               rng.choice(MARITAL[lang]), rng.choice([0, 1, 2, 2, 3]) if age >= 24 else 0, rng.choice(RELATIVE[lang]),
               rng.choice(HEALTH[lang]), home, phone, f"{local}@{rng.choice(MAIL[lang])}", jobs[::-1],
               rng.sample(LICENCES[lang], 2), rng.choice(DIPLOMAS[lang]), rng.choice(SCHOOLS[lang]), start - 1,
               rng.sample(SKILLS[lang], 3), rng.sample(LANGUAGES[lang], 2), rate_level, LEVELS[rate_level],
               rng.sample(OTHERS[lang], 2))


def blind26(langs, levels: tuple[str, ...] = ("clean", "light", "medium", "medium", "heavy")):
    """Register a layout of this split: the sheet gets its candidate and damage level first; a family the layout's
    paper did not say is said in a last block read the same way (so that every CV says every family)."""
    def deco(fn):
        @functools.wraps(fn)
        def run(s: Sheet) -> str:
            renew(s, levels)
            return complement(s, fn(s))
        layout(langs, split=SPLIT)(run)
        return run
    return deco


# --- reading helpers: everything goes through the machine reader ----------------------------------------------------
def rd(s: Sheet, text: str, extra: float = 0.0, hand: bool = False, split: bool = False) -> str:
    """Unscored text (labels, chrome, boilerplate) as read."""
    return smudge(s.rng, text, s.k.rate + extra if s.k.rate or extra > 0.1 else 0.0, hand=hand, split=split)


def mk(s: Sheet, family: str, clean: str, also: tuple[str, ...] = (), extra: float = 0.0, hand: bool = False,
       split: bool = False) -> str:
    """A marker as read (planted as read; its other forms kept only when the reader left it alone)."""
    rate = s.k.rate + extra if s.k.rate or extra > 0.1 else 0.0
    value = smudge(s.rng, clean, rate, name=family == "name", hand=hand, split=split and family != "name")
    return s.plant(family, value, also if value == clean else ())


def fx(s: Sheet, clean: str, extra: float = 0.0, hand: bool = False, split: bool = False) -> str:
    """A job fact as read (recorded as read)."""
    rate = s.k.rate + extra if s.k.rate or extra > 0.1 else 0.0
    return s.fact(smudge(s.rng, clean, rate, hand=hand, split=split))


def nm(s: Sheet, form: str = "plain", **kw) -> str:
    """The candidate's name as read: plain, caps (NOM Prénom), LAST, first, last, initial (Prénom N.), spaced (ko)."""
    k = s.k
    if k.pool == "ko":
        text = {"first": k.first, "spaced": f"{k.last} {k.first}", "caps": k.last + k.first,
                "roman": f"{romanize(k.last).upper()} {romanize(k.first).capitalize()}"}.get(form, k.last + k.first)
    else:
        text = {"plain": f"{k.first} {k.last}", "caps": f"{k.last.upper()} {k.first}", "LAST": k.last.upper(),
                "first": k.first, "last": k.last, "initial": f"{k.first} {k.last[0]}.", "upper":
                f"{k.first} {k.last}".upper(), "first LAST": f"{k.first} {k.last.upper()}"}[form]
    return mk(s, "name", text, **kw)


def sexw(s: Sheet, fem: str, masc: str, **kw) -> str:
    """A word that says the sex (planted as sex)."""
    return mk(s, "sex", fem if s.female else masc, **kw)


def g(s: Sheet, fem: str, masc: str, **kw) -> str:
    """A French agreement: the feminine planted as sex, the masculine unscored."""
    return mk(s, "sex", fem, **kw) if s.female and fem != masc else rd(s, masc)


def age(s: Sheet, form: str = "plain", **kw) -> str:
    a = s.k.age
    text = {"fr": {"plain": f"{a} ans", "label": f"Âge : {a} ans"}, "en": {"plain": f"{a} years old", "label":
            f"Age: {a}"}, "ko": {"plain": f"만 {a}세", "label": f"{a}세"}}[s.lang][form]
    return mk(s, "age", text, **kw)


def born(s: Sheet, form: str = "num", **kw) -> str:
    d = s.k.born
    if form == "year":
        text = f"{d.year}년생" if s.lang == "ko" else str(d.year)
    elif form == "rrn":
        text = f"{d:%y%m%d}-{(2 if s.female else 1) + (2 if d.year >= 2000 else 0)}******"
    elif form == "words":
        text = {"fr": f"{d.day} {FR_MONTHS[d.month - 1]} {d.year}", "en": f"{d.day} {EN_MONTHS[d.month - 1]} {d.year}",
                "ko": f"{d.year}년 {d.month}월 {d.day}일"}[s.lang]
    else:
        text = f"{d.year}.{d.month:02d}.{d.day:02d}" if s.lang == "ko" else f"{d:%d/%m/%Y}"
    return mk(s, "birth", text, **kw)


def bplace(s: Sheet, **kw) -> str:
    return mk(s, "birth", s.k.birthplace, **kw)


def nat(s: Sheet, cap: bool = False, **kw) -> str:
    f, m = s.k.nat
    if cap:
        f, m = f[0].upper() + f[1:], m[0].upper() + m[1:]
    return mk(s, "nationality", f if s.female else m, (m if s.female else f,), **kw)


def rel(s: Sheet, **kw) -> str:
    f, m = s.k.rel
    return mk(s, "religion", f if s.female else m, (m if s.female else f,), **kw)


def rel_slot(s: Sheet, **kw) -> str:
    return mk(s, "religion", REL_SLOT[s.k.rel[0]], **kw)


def marital(s: Sheet, cap: bool = False, **kw) -> str:
    f, m = s.k.marital
    if cap:
        f, m = f[0].upper() + f[1:], m[0].upper() + m[1:]
    return mk(s, "family", f if s.female else m, (m if s.female else f,), **kw)


def kids(s: Sheet, **kw) -> str | None:
    n = s.k.children
    if not n:
        return None
    text = {"fr": f"{n} enfant{'s' if n > 1 else ''}", "en": f"{n} child{'ren' if n > 1 else ''}",
            "ko": f"자녀 {n}명"}[s.lang]
    return mk(s, "family", text, **kw)


def relative(s: Sheet, **kw) -> str:
    return mk(s, "family", s.k.relative, **kw)


def health(s: Sheet, **kw) -> str:
    return mk(s, "health", s.k.health, **kw)


def home(s: Sheet, form: str = "line", **kw) -> str:
    """The home: line, street, town (alone), block (two lines)."""
    h = s.k.home
    if s.lang == "ko":
        if form == "town":
            return mk(s, "residence", h["region"].split(" ", 1)[1], **kw)
        if form == "block":
            return mk(s, "residence", f"{h['region']} {h['street']}", **kw) + "\n" + mk(s, "residence", h["unit"], **kw)
        return mk(s, "residence", f"{h['region']} {h['street']}, {h['unit']}", **kw)
    if form == "town":
        return mk(s, "residence", h["town"], **kw)
    if form == "street":
        return mk(s, "residence", h["street"], **kw)
    second = f"{h['pc']} {h['town']}" if s.lang == "fr" else f"{h['town']} {h['pc']}"
    if form == "block":
        return mk(s, "residence", h["street"], **kw) + "\n" + mk(s, "residence", second, **kw)
    return mk(s, "residence", f"{h['street']}, {second}", **kw)


def phone(s: Sheet, **kw) -> str:
    return mk(s, "contact", s.k.phone, **kw)


def email(s: Sheet, **kw) -> str:
    return mk(s, "contact", s.k.email, **kw)


# --- facts ----------------------------------------------------------------------------------------------------------
def period(s: Sheet, j: dict, form: str = "slash", **kw) -> str:
    (y1, m1), end = j["start"], j["end"]
    now = {"fr": "aujourd'hui", "en": "present", "ko": "현재"}[s.lang]
    if form == "years":
        text = f"{y1} - {end[0] if end else now}"
    elif form == "words" and s.lang != "ko":
        months = FR_MONTHS if s.lang == "fr" else EN_MONTHS
        text = f"{months[m1 - 1]} {y1} – " + (f"{months[end[1] - 1]} {end[0]}" if end else now)
    elif s.lang == "ko":
        text = f"{y1}.{m1:02d} ~ " + (f"{end[0]}.{end[1]:02d}" if end else "재직중")
    else:
        text = f"{m1:02d}/{y1} - " + (f"{end[1]:02d}/{end[0]}" if end else now)
    return fx(s, text, **kw)


def years(j: dict) -> int:
    return max(1, round(j["months"] / 12))


def dur(s: Sheet, j: dict, **kw) -> str:
    """A duration said with its sector: '10 ans en EHPAD', "8 years' experience in care", '요양원 경력 5년'."""
    y = years(j)
    text = {"fr": f"{y} an{'s' if y > 1 else ''} {j['sector']}",
            "en": s.pick([f"{y} year{'s' if y > 1 else ''} {j['sector']}", f"{y} years' experience {j['sector']}"
                          if y > 1 else f"1 year {j['sector']}"]),
            "ko": f"{j['sector']} 경력 {y}년"}[s.lang]
    return fx(s, text, **kw)


def total(s: Sheet, **kw) -> str:
    y = sum(j["months"] for j in s.k.jobs) // 12 or 1
    text = {"fr": f"{y} ans d'expérience", "en": f"{y} years' experience", "ko": f"총 경력 {y}년"}[s.lang]
    return fx(s, text, **kw)


def job(s: Sheet, j: dict, key: str, **kw) -> str:
    return fx(s, j[key], **kw)


def lic(s: Sheet, i: int = 0, **kw) -> str:
    return fx(s, s.k.lic[i], **kw)


def dip(s: Sheet, **kw) -> str:
    return fx(s, s.k.dip, **kw)


def langs(s: Sheet, **kw) -> str:
    return ", ".join(f"{fx(s, n, **kw)} ({fx(s, lv, **kw)})" for n, lv in s.k.langs)


def skills(s: Sheet, **kw) -> str:
    return ", ".join(fx(s, x, **kw) for x in s.k.skills)


L10N = {
    "fr": {"exp": "EXPÉRIENCE PROFESSIONNELLE", "edu": "FORMATION", "lic": "PERMIS / CACES / HABILITATIONS",
           "skills": "COMPÉTENCES", "langs": "Langues", "personal": "INFORMATIONS PERSONNELLES", "born": "Date de naissance",
           "at": "à", "nat": "Nationalité", "fam": "Situation familiale", "addr": "Adresse", "tel": "Tél.",
           "mail": "E-mail", "rel": "Religion", "health": "Santé", "age": "Âge", "sex": "Sexe", "more":
           "Informations complémentaires", "kin": "Personne à prévenir", "avail": "Indisponibilités", "hobbies":
           "Loisirs", "sep": " : "},
    "en": {"exp": "EMPLOYMENT HISTORY", "edu": "EDUCATION", "lic": "LICENCES AND TICKETS", "skills": "SKILLS",
           "langs": "Languages", "personal": "PERSONAL DETAILS", "born": "Date of birth", "at": "Place of birth",
           "nat": "Nationality", "fam": "Marital status", "addr": "Address", "tel": "Mobile", "mail": "Email",
           "rel": "Religion", "health": "Health", "age": "Age", "sex": "Gender", "more": "Additional information",
           "kin": "Next of kin", "avail": "Not available", "hobbies": "Interests", "sep": ": "},
    "ko": {"exp": "경력사항", "edu": "학력사항", "lic": "자격증", "skills": "보유 기술", "langs": "외국어",
           "personal": "인적사항", "born": "생년월일", "at": "출생지", "nat": "국적", "fam": "결혼여부", "addr": "주소",
           "tel": "휴대폰", "mail": "이메일", "rel": "종교", "health": "건강/장애", "age": "나이", "sex": "성별",
           "more": "기타사항", "kin": "비상연락처", "avail": "근무 불가", "hobbies": "취미", "sep": ": "},
}


def lb(s: Sheet, key: str, extra: float = 0.0, hand: bool = False) -> str:
    """A label as read, with its separator."""
    t = L10N[s.lang]
    return rd(s, t[key], extra, hand) + rd(s, t["sep"], extra)


def sex_word(s: Sheet, **kw) -> str:
    """The sex as a field value: Féminin / Female / 여성."""
    return sexw(s, *{"fr": ("Féminin", "Masculin"), "en": ("Female", "Male"), "ko": ("여성", "남성")}[s.lang], **kw)


def complement(s: Sheet, text: str) -> str:
    """The CV, with a last block (read the same way) for any family its paper did not say."""
    said = {m.family for m in s.markers}
    say = {"name": lambda: nm(s, "plain"), "sex": lambda: lb(s, "sex") + sex_word(s),
           "age": lambda: lb(s, "age") + age(s), "birth": lambda: lb(s, "born") + born(s),
           "residence": lambda: lb(s, "addr") + home(s), "nationality": lambda: lb(s, "nat") + nat(s, True),
           "religion": lambda: lb(s, "rel") + rel(s), "family": lambda: lb(s, "fam") + marital(s),
           "health": lambda: lb(s, "health") + health(s), "contact": lambda: lb(s, "tel") + phone(s)}
    missing = [f for f in say if f not in said]
    if not missing:
        return text
    return "\n".join([text, "", rd(s, L10N[s.lang]["more"])] + [say[f]() for f in missing])


# --- a CV's common body ---------------------------------------------------------------------------------------------
def experience(s: Sheet, style: str = "line", **kw) -> list[str]:
    out = [rd(s, L10N[s.lang]["exp"])]
    for j in s.k.jobs:
        if style == "block":
            out += [period(s, j, s.pick(["slash", "words"]), **kw), f"{job(s, j, 'title', **kw)} – "
                    f"{job(s, j, 'employer', **kw)}, {job(s, j, 'town', **kw)}"]
        else:
            out.append(f"{period(s, j, **kw)}  {job(s, j, 'title', **kw)} – {job(s, j, 'employer', **kw)} "
                       f"({job(s, j, 'town', **kw)})")
    return out


def education(s: Sheet, **kw) -> list[str]:
    return [rd(s, L10N[s.lang]["edu"]), f"{fx(s, str(s.k.dip_year), **kw)}  {dip(s, **kw)} – {fx(s, s.k.school, **kw)}",
            "", rd(s, L10N[s.lang]["lic"]), f"{lic(s, 0, **kw)} · {lic(s, 1, **kw)}", "", rd(s, L10N[s.lang]["skills"]),
            skills(s, **kw), lb(s, "langs") + langs(s, **kw)]


def summary_line(s: Sheet, **kw) -> str:
    """A profile sentence with a duration said with its sector ('10 ans en EHPAD')."""
    j = max(s.k.jobs, key=lambda x: x["months"])
    text = {"fr": lambda: f"{rd(s, 'Profil :')} {total(s, **kw)}, dont {dur(s, j, **kw)}, {rd(s, 'sérieux et ponctuel')}"
            if not s.female else f"{rd(s, 'Profil :')} {total(s, **kw)}, dont {dur(s, j, **kw)}, "
            f"{mk(s, 'sex', 'sérieuse et ponctuelle', **kw)}",
            "en": lambda: f"{rd(s, 'Profile:')} {total(s, **kw)}, including {dur(s, j, **kw)}; {rd(s, 'reliable')}",
            "ko": lambda: f"{rd(s, '자기소개:')} {total(s, **kw)}, {dur(s, j, **kw)}"}[s.lang]
    return text()


# --- the layouts ------------------------------------------------------------------------------------------------------
SCAN_APPS = {"fr": ["Numérisé avec ScanFacile", "Scanné avec DocuPhone Pro – version gratuite", "Genius Scan"],
             "en": ["Scanned with DocuPhone Pro", "Scanned by QuickScan Lite – upgrade to remove this line"],
             "ko": ["캠스캐너로 스캔함", "모바일 스캐너 무료 버전"]}
BORDER = ["|", "l", "I", "[", "]", "_", "—", "' .", "¦"]


@blind26(("fr", "en", "ko"))
def scan_cv_smartphone(s: Sheet) -> str:
    """A printed CV photographed with a phone scanner app and read by its OCR: the app's stamp, the page edge and
    fold read as stray marks, the CV's header (name, title, address, phone, e-mail), a personal line (age, nationality,
    family), experience lines with periods, employers and places, a profile with '10 ans en EHPAD', education,
    licences, skills and hobbies (faith, health); at a damage level from clean to heavy."""
    L = s.lang
    head = [rd(s, s.pick(SCAN_APPS[L])), s.pick(BORDER) + " " + nm(s, "caps" if L != "ko" else "plain"),
            rd(s, {"fr": "Agent polyvalent – logistique, production, services", "en": "General operative – care, "
                   "warehouse, hospitality", "ko": "생산·물류·요양 지원"}[L]), home(s, "block" if s.chance(0.5) else "line"),
            f"{phone(s)}  {s.pick(['|', 'I', '·'])}  {email(s)}"]
    if L == "fr":
        head.append(f"{age(s)} – {nat(s, True)} – {marital(s, True)}" + (f", {kids(s)}" if s.k.children else ""))
        head.append(f"{g_born(s)} {born(s)} {rd(s, 'à')} {bplace(s)}")
    elif L == "en":
        head.append(f"{lb(s, 'born')}{born(s, 'words')}   {lb(s, 'nat')}{nat(s)}")
        head.append(f"{marital(s, True)}" + (f", {kids(s)}" if s.k.children else ""))
    else:
        head += [f"{lb(s, 'born')}{born(s)} ({age(s)})", f"{lb(s, 'sex')}{sex_word(s)}   {lb(s, 'fam')}{marital(s)}",
                 f"{lb(s, 'nat')}{nat(s)}"]
    body = ["", summary_line(s), "", *experience(s, s.pick(["line", "block"])), "", *education(s), ""]
    hob = {"fr": lambda: f"{lb(s, 'hobbies')}{rd(s, 'randonnée, chorale de la paroisse')} ({rel(s)}) – "
                         f"{rd(s, 'suivi médical :')} {health(s)}",
           "en": lambda: f"{lb(s, 'hobbies')}{rd(s, 'walking, volunteering at')} {rel_slot(s)}; {health(s)}",
           "ko": lambda: f"{lb(s, 'rel')}{rel(s)}   {lb(s, 'health')}{health(s)}"}[L]()
    tail = [hob, "", s.pick(BORDER) + rd(s, s.pick([" Page 1/1", " - 1 -", " 1"]))]
    return "\n".join(head + body + tail)


def g_born(s: Sheet, lower: bool = False) -> str:
    """'Née le' (planted as sex) / 'Né le', as read."""
    fem, masc = ("née le", "né le") if lower else ("Née le", "Né le")
    return mk(s, "sex", fem) if s.female else rd(s, masc)


@blind26(("fr", "en"), levels=("medium", "heavy", "heavy"))
def tesseract_deux_colonnes(s: Sheet) -> str:
    """A two-column printed CV read by Tesseract as one block: each line is the sidebar's line (contact, personal
    details, licences, languages) and the main column's line (profile, experience) glued with a few spaces or a
    border read as '|', 'I' or 'l'; medium to heavy damage."""
    L = s.lang
    side = [rd(s, {"fr": "CONTACT", "en": "CONTACT"}[L]), phone(s), email(s), home(s, "street"), home(s, "town"),
            "", rd(s, L10N[L]["personal"]), f"{lb(s, 'age')}{age(s)}" if L == "fr" else f"{lb(s, 'born')}{born(s)}",
            nat(s, True), marital(s, True) + (f" – {kids(s)}" if s.k.children else ""),
            f"{lb(s, 'health')}{health(s)}", "", rd(s, L10N[L]["lic"]), lic(s, 0), lic(s, 1), "",
            rd(s, L10N[L]["langs"].upper()), *[f"{fx(s, n)} {fx(s, lv)}" for n, lv in s.k.langs]]
    main = [nm(s, "upper"), rd(s, {"fr": "AGENT DE PRODUCTION / CARISTE", "en": "CARE AND WAREHOUSE OPERATIVE"}[L]), "",
            summary_line(s), ""]
    for j in s.k.jobs:
        main += [f"{period(s, j)}", f"{job(s, j, 'title')}", f"{job(s, j, 'employer')} – {job(s, j, 'town')}", ""]
    main += [rd(s, L10N[L]["edu"]), f"{dip(s)} ({fx(s, str(s.k.dip_year))})", fx(s, s.k.school), "",
             rd(s, L10N[L]["hobbies"].upper()),
             rd(s, "Bénévolat : ") + rel_slot(s) if L == "fr" else rd(s, "Church: ") + rel(s)]
    if L == "fr":
        main.append(f"{g_born(s)} {born(s)} {rd(s, 'à')} {bplace(s)}")
    else:
        main.append(f"{lb(s, 'at')}{bplace(s)} – {lb(s, 'age')}{age(s)}")
    lines = []
    for a, b in zip_longest(side, main, fillvalue=""):
        gap = s.pick(["   ", "  ", " | ", " I ", " l ", "    "])
        lines.append((a + gap + b).strip() if a or b else "")
    return "\n".join(lines)


FAX_HEAD = {"fr": "{d} 09:{m:02d}  DE:+33 3 27 59 {n}  {ag}  P.00{p}/002",
            "en": "{d} 09:{m:02d}  FROM:01983 86{n}  {ag}  PAGE 0{p}/02"}
BOXES = {"on": ["[X]", "IXI", "☒", "[x]", "(X)", "|X|", "⊠", "■"], "off": ["[ ]", "[]", "I_I", "☐", "O", "□", "( )", "|_|"]}


def leader(s: Sheet) -> str:
    return s.pick([" ........ ", " …………… ", " . . . . . ", " ____ ", ":......", " -------- ", " ··········· "])


def box(s: Sheet, on: bool) -> str:
    return s.pick(BOXES["on" if on else "off"])


@blind26(("fr", "en"), levels=("light", "medium", "medium", "heavy"))
def fax_fiche_inscription(s: Sheet) -> str:
    """A faxed agency registration form filled in by hand: the fax's header line, printed labels with dotted
    leaders, handwritten values in capitals read badly (the sex, the family situation, the licences and the RQTH or
    disability question as ticked boxes read as '[X]', 'IXI', '☒' or '■' beside unticked ones), the availability
    with a faith's day, the previous jobs handwritten, the signature read as marks."""
    L, k = s.lang, s.k
    date_s = f"{REF:%d/%m/%Y}" if L == "fr" else f"{REF:%d/%m/%y}"
    head = rd(s, FAX_HEAD[L].format(d=date_s, m=s.rng.randint(0, 59), n=s.rng.randint(10, 99), ag=AGENCY[L].upper(),
                                    p=1))
    hw = {"extra": 0.12, "hand": True}
    if L == "fr":
        sexline = (f"{rd(s, 'Civilité')}{leader(s)}" + (f"{mk(s, 'sex', box(s, True) + ' Madame')}  {box(s, False)} "
                   f"Monsieur" if s.female else f"{box(s, False)} Madame  {mk(s, 'sex', box(s, True) + ' Monsieur')}"))
        fam_opts = ["Célibataire", "Marié(e)", "Pacsé(e)", "Divorcé(e)"]
        chosen = {"célibataire": 0, "mariée": 1, "marié": 1, "pacsée": 2, "pacsé": 2, "divorcée": 3, "divorcé": 3}[
            k.marital[0]]
        fam = "  ".join(mk(s, "family", f"{box(s, True)} {o}") if i == chosen else f"{box(s, False)} {o}"
                        for i, o in enumerate(fam_opts))
        rows = [rd(s, "FICHE D'INSCRIPTION CANDIDAT"), rd(s, AGENCY[L] + " – agence d'Avesnes"), sexline,
                f"{rd(s, 'NOM')}{leader(s)}{nm(s, 'LAST', **hw)}", f"{rd(s, 'Prénom')}{leader(s)}{nm(s, 'first', **hw)}",
                f"{rd(s, 'Né(e) le')}{leader(s)}{born(s, **hw)}  {rd(s, 'à')}{leader(s)}{bplace(s, **hw)}",
                f"{rd(s, 'Nationalité')}{leader(s)}{nat(s, **hw)}",
                f"{rd(s, 'Adresse')}{leader(s)}{home(s, 'street', **hw)}",
                f"{rd(s, 'CP / Ville')}{leader(s)}{mk(s, 'residence', k.home['pc'] + ' ' + k.home['town'], **hw)}",
                f"{rd(s, 'Tél.')}{leader(s)}{phone(s, **hw)}   {rd(s, 'Mail')}{leader(s)}{email(s, **hw)}",
                f"{rd(s, 'Situation familiale')} : {fam}",
                f"{rd(s, 'Enfants à charge')}{leader(s)}" + (kids(s, **hw) if k.children else rd(s, "0")),
                f"{rd(s, 'Personne à prévenir')}{leader(s)}{relative(s, **hw)}",
                f"{rd(s, 'Reconnaissance travailleur handicapé (RQTH)')} " + (
                    f"{mk(s, 'health', box(s, True) + ' oui')} {box(s, False)} non" if k.health == "RQTH" else
                    f"{box(s, False)} oui {box(s, True)} non"),
                f"{rd(s, 'Restrictions médicales')}{leader(s)}{health(s, **hw)}",
                f"{rd(s, 'Jours non disponibles')}{leader(s)}{rel_slot(s, **hw)}",
                f"{rd(s, 'Permis / CACES')} : {box(s, True)} {lic(s, 0)}  {box(s, True)} {lic(s, 1)}  {box(s, False)} "
                f"{rd(s, 'Autre')}", rd(s, "DERNIERS EMPLOIS (du plus récent)")]
    else:
        rows = [rd(s, "CANDIDATE REGISTRATION FORM"), rd(s, AGENCY[L] + " – Newport branch"),
                f"{rd(s, 'Title')}: " + (f"{mk(s, 'sex', box(s, True) + ' Ms')} {box(s, False)} Mr" if s.female else
                                         f"{box(s, False)} Ms {mk(s, 'sex', box(s, True) + ' Mr')}"),
                f"{rd(s, 'Surname')}{leader(s)}{nm(s, 'LAST', **hw)}",
                f"{rd(s, 'First name(s)')}{leader(s)}{nm(s, 'first', **hw)}",
                f"{rd(s, 'Date of birth')}{leader(s)}{born(s, **hw)}   {rd(s, 'Age')}{leader(s)}{age(s, **hw)}",
                f"{rd(s, 'Nationality')}{leader(s)}{nat(s, **hw)}",
                f"{rd(s, 'Address')}{leader(s)}{home(s, 'line', **hw)}",
                f"{rd(s, 'Mobile')}{leader(s)}{phone(s, **hw)}  {rd(s, 'Email')}{leader(s)}{email(s, **hw)}",
                f"{rd(s, 'Marital status')}{leader(s)}{marital(s, **hw)}",
                f"{rd(s, 'Next of kin')}{leader(s)}{relative(s, **hw)}",
                f"{rd(s, 'Do you consider yourself to have a disability?')} {mk(s, 'health', box(s, True) + ' Yes')} "
                f"{box(s, False)} No – "
                f"{health(s, **hw)}", f"{rd(s, 'Religion (optional)')}{leader(s)}{rel(s, **hw)}",
                f"{rd(s, 'Licences held')}: {box(s, True)} {lic(s, 0)}  {box(s, True)} {lic(s, 1)}",
                rd(s, "PREVIOUS EMPLOYMENT (most recent first)")]
    for j in k.jobs:
        rows.append(f"{period(s, j, **hw)}{leader(s)}{job(s, j, 'title', **hw)}{leader(s)}"
                    f"{job(s, j, 'employer', **hw)}{leader(s)}{job(s, j, 'town', **hw)}")
    rows += [f"{lb(s, 'edu')}{dip(s, **hw)}", rd(s, s.pick(["Lu et approuvé", "Signature"]) if L == "fr" else
                                                "Signed") + " " + s.pick(["~~/~", "/\\/\\-", "_)~", "ƒ~~"]),
             rd(s, FAX_HEAD[L].format(d=date_s, m=s.rng.randint(0, 59), n=s.rng.randint(10, 99),
                                      ag=AGENCY[L].upper(), p=2))]
    return "\n".join([head, ""] + rows)


CHROME = {"fr": ["09:4{m} ▲ 4G ▮▮▮ 8{b}%", "← {who}", "en ligne", "Aujourd'hui", "Écrire un message", "Vu à 10:{m}2"],
          "en": ["09:4{m} ▲ 4G ▮▮▮ 8{b}%", "← {who}", "online", "Today", "Type a message", "Seen 10:{m}2"],
          "ko": ["오전 9:4{m} ▲ LTE ▮▮▮ 8{b}%", "< {who}", "1", "2027년 6월 14일 월요일", "메시지 입력", "읽음"]}
TICKS = ["✓✓", "VV", "vv", "//", "W", "√√", "✔✔"]
EMOJI_READ = ["@", "®", "(:", "<3", "©", "#", "°", "☺", "Q"]


@blind26(("fr", "en", "ko"), levels=("clean", "light", "light", "medium"))
def capture_messagerie(s: Sheet) -> str:
    """A screenshot of a WhatsApp / KakaoTalk conversation with the agency's recruiter, read by OCR: the status bar
    (time, network, battery), the contact's name in the header, day separators, timestamps and read ticks ('✓✓' read
    as 'VV' or '//'), emoji read as '@' or '(:', the input bar; the candidate gives name, age, home, children, faith,
    health and experience in chat words, without labels; a photo of a licence announced."""
    L, k = s.lang, s.k
    m = s.rng.randint(0, 5)
    chrome = [rd(s, c.format(m=m, b=s.rng.randint(0, 9), who=AGENCY[L])) for c in CHROME[L]]
    t = [f"{9 + i // 6}:{(10 + 7 * i) % 60:02d}" for i in range(14)]
    tick = s.pick(TICKS)
    emo = s.pick(EMOJI_READ)
    j0, j1 = k.jobs[0], k.jobs[1]
    if L == "fr":
        me = [f"bonjour c {nm(s, 'plain')} jai vu votre annonce pour {job(s, j0, 'title')} {emo}",
              f"jai {age(s)} et jhabite {home(s, 'line')}",
              f"je suis {marital(s)}" + (f" avec {kids(s)}" if k.children else "") + f" {s.pick(EMOJI_READ)}",
              f"jai fait {dur(s, j0)} chez {job(s, j0, 'employer')} a {job(s, j0, 'town')}",
              f"et avant {job(s, j1, 'title')} chez {job(s, j1, 'employer')} ({period(s, j1, 'years')})",
              f"jai le {lic(s, 0)} et le {lic(s, 1)} [Photo] {fx(s, k.lic[0])}.jpg",
              f"par contre pas dispo le {rel_slot(s)} et niveau santé {health(s)} mais ca va",
              f"ma nationalité c {nat(s)} si besoin, ville de naissance {bplace(s)}",
              f"mon mail {email(s)} ou au {phone(s)}"]
        them = [f"Bonjour, merci ! Vous avez quel âge svp ? – {k.others[0]}", "Parfait, je vous inscris",
                "Pouvez-vous m'envoyer votre date de naissance ?"]
        me.insert(7, f"je suis {g(s, 'née', 'né')} le {born(s)}")
    elif L == "en":
        me = [f"hi its {nm(s, 'first')} {nm(s, 'last')} about the {job(s, j0, 'title')} job {emo}",
              f"im {age(s)}, live at {home(s, 'line')}",
              f"{marital(s)}" + (f" with {kids(s)}" if k.children else "") + f" {s.pick(EMOJI_READ)}",
              f"done {dur(s, j0)} at {job(s, j0, 'employer')} in {job(s, j0, 'town')}",
              f"before that {job(s, j1, 'title')} at {job(s, j1, 'employer')} {period(s, j1, 'years')}",
              f"got my {lic(s, 0)} and {lic(s, 1)} [Photo] licence.jpg",
              f"cant do {rel_slot(s)} sorry, and i have {health(s)} fyi",
              f"DOB {born(s)}, {nat(s)} passport, born in {bplace(s)}",
              f"email is {email(s)} or ring {phone(s)}", f"thanks {sexw(s, 'Miss', 'Mr')} {nm(s, 'last')} here x"
              if s.female else f"cheers, {nm(s, 'first')}"]
        them = [f"Hi, thanks for getting in touch! {k.others[0]}", "Lovely, I'll register you", "Could you confirm "
                "your DOB?"]
    else:
        me = [f"안녕하세요 {nm(s, 'plain')}입니다 {job(s, j0, 'title')} 공고 보고 연락드려요 {emo}",
              f"나이는 {age(s, 'label')}이고 {home(s, 'town')}에 살아요",
              f"{marital(s)}" + (f"이고 {kids(s)} 있어요" if k.children else "입니다"),
              f"{job(s, j0, 'employer')}에서 {dur(s, j0)} 일했어요 ({job(s, j0, 'town')})",
              f"그 전에는 {job(s, j1, 'employer')} {job(s, j1, 'title')} {period(s, j1, 'years')}",
              f"{lic(s, 0)} 있고요 {lic(s, 1)}도 있어요 [사진]", f"{rel_slot(s)} 때문에 그날은 어려워요",
              f"그리고 {health(s)} 있어서 무거운 건 조금 힘들어요", f"{lb(s, 'born')}{born(s)}, {sexw(s, '여자', '남자')}예요",
              f"국적 {nat(s)}", f"{email(s)} / {phone(s)}", f"집 주소 {home(s, 'line')}"]
        them = [f"안녕하세요 {AGENCY[L]} {k.others[0]}입니다", "네 등록해 드릴게요", "생년월일 알려주세요"]
    lines = chrome[:3] + [chrome[3]]
    order = [("me", x) for x in me]
    for i, x in enumerate(them):
        order.insert(1 + 3 * i, ("them", x))
    for i, (who, x) in enumerate(order):
        stamp = rd(s, t[i % len(t)])
        lines.append(f"{x} {stamp} {tick}" if who == "me" else f"{rd(s, x)} {stamp}")
    lines += [chrome[5], rd(s, "+ " + chrome[4] + " " + s.pick(["Q", "@", "®"]))]
    return "\n".join(lines)


@blind26(("fr", "en"), levels=("clean", "light", "light", "medium"))
def capture_profil_jobboard(s: Sheet) -> str:
    """A screenshot of a job-board profile read by OCR: the site's menu bar, search box and bell icon read as
    '=', 'Q', 'A 3', the profile card (name with an initial, a pin icon read as '@' or '©' before the town, the age),
    'Disponible immédiatement', sections 'Expériences' with icons read as characters, 'À propos' in the candidate's
    words (family, faith, health), 'Informations personnelles', buttons and cookie banner."""
    L, k = s.lang, s.k
    icon = lambda: s.pick(["@", "©", "®", "Q", "»", "o", "¤", "*", "&"])  # noqa: E731
    ui = {"fr": ["= Menu   Q Rechercher un emploi   A 3   Mon espace", "< Retour aux candidats", "Modifier le profil /",
                 "Disponible immédiatement", "Expériences", "Formation", "Permis et certifications", "À propos",
                 "Informations personnelles", "Télécharger le CV ⤓   Contacter   Signaler",
                 "Nous utilisons des cookies. Accepter  Refuser  Paramétrer"],
          "en": ["= Menu   Q Search jobs   A 3   My account", "< Back to candidates", "Edit profile /",
                 "Available immediately", "Experience", "Education", "Licences & certifications", "About me",
                 "Personal details", "Download CV ⤓   Message   Report",
                 "We use cookies. Accept all  Reject  Settings"]}[L]
    out = [rd(s, ui[0]), rd(s, ui[1]), "", f"{icon()} {nm(s, 'initial')}", f"{icon()} {home(s, 'town')}"
           + (f" ({k.home['pc'][:2]})" if L == "fr" else "") + f"  · {age(s)}", rd(s, ui[2]),
           f"{icon()} {rd(s, ui[3])}", "", rd(s, ui[4])]
    for j in k.jobs:
        out += [f"{icon()} {job(s, j, 'title')}", f"{job(s, j, 'employer')} · {job(s, j, 'town')}",
                f"{period(s, j, 'words')} · {fx(s, dur_short(s, j))}"]
    out += ["", rd(s, ui[5]), f"{icon()} {dip(s)} – {fx(s, s.k.school)}", "", rd(s, ui[6]),
            f"{icon()} {lic(s, 0)}", f"{icon()} {lic(s, 1)}", "", rd(s, ui[7])]
    about = {"fr": lambda: f"{rd(s, 'Je suis')} {g(s, 'maman', 'papa')} " + (f"de {kids(s)}" if k.children else
             rd(s, "solo")) + f", {rd(s, 'pratiquante')} {rel(s)} {rd(s, 'et motivée' if s.female else 'et motivé')}. "
             f"{total(s)} {rd(s, 'sur le terrain. J’ai une')} {health(s)} {rd(s, 'sans impact sur mon travail.')}",
             "en": lambda: f"{rd(s, 'I am a')} {sexw(s, 'mum', 'dad')} " + (f"of {kids(s)}" if k.children else
             rd(s, "to be")) + f", {rel(s)}, {rd(s, 'hard-working')}. {total(s)}. {rd(s, 'I manage')} {health(s)} "
             f"{rd(s, 'well.')}"}[L]()
    out += [about, "", rd(s, ui[8]), f"{lb(s, 'born')}{born(s)}", f"{lb(s, 'nat')}{nat(s, True)}",
            f"{lb(s, 'fam')}{marital(s, True)}", f"{icon()} {phone(s)}", f"{icon()} {email(s)}",
            f"{lb(s, 'langs')}{langs(s)}", f"{lb(s, 'skills')}{skills(s)}", "", rd(s, ui[9]), rd(s, ui[10])]
    return "\n".join(out)


def dur_short(s: Sheet, j: dict) -> str:
    y, m = divmod(j["months"], 12)
    if s.lang == "fr":
        return " ".join(x for x in (f"{y} an{'s' if y > 1 else ''}" if y else "", f"{m} mois" if m else "") if x)
    return " ".join(x for x in (f"{y} yr{'s' if y > 1 else ''}" if y else "", f"{m} mo" if m else "") if x)


@blind26(("fr", "en", "ko"), levels=("clean", "clean", "light"))
def pdf_tableau_par_colonnes(s: Sheet) -> str:
    """A CV made of PDF tables and read by an extractor column by column: the identity table's labels all come first,
    then its values (name, birth date and place, sex, nationality, address, phone, e-mail, family, health, faith) in
    the same order; the experience table gives its 'Période' column, then 'Poste', then 'Employeur', then 'Lieu';
    mostly clean text, some cells lightly damaged."""
    L, k = s.lang, s.k
    t = L10N[L]
    ident = [("Nom" if L == "fr" else "Name" if L == "en" else "성명", nm(s, "caps" if L != "ko" else "plain")),
             (t["born"], born(s)), (t["at"] if L != "fr" else "Lieu de naissance", bplace(s)),
             (t["sex"], sex_word(s)), (t["age"], age(s)), (t["nat"], nat(s, True)), (t["addr"], home(s)),
             (t["tel"], phone(s)), (t["mail"], email(s)), (t["fam"], marital(s, True)),
             (t["kin"], relative(s)), (t["health"], health(s)), (t["rel"], rel(s))]
    out = [rd(s, t["personal"]), *[rd(s, a) for a, _ in ident], *[b for _, b in ident], ""]
    out += [rd(s, t["exp"])]
    cols = {"fr": ("Période", "Poste", "Employeur", "Lieu", "Durée"), "en": ("Dates", "Role", "Employer", "Location",
            "Length"), "ko": ("기간", "직무", "회사명", "근무지", "근속")}[L]
    out += [rd(s, cols[0]), *[period(s, j) for j in k.jobs], rd(s, cols[1]), *[job(s, j, "title") for j in k.jobs],
            rd(s, cols[2]), *[job(s, j, "employer") for j in k.jobs], rd(s, cols[3]),
            *[job(s, j, "town") for j in k.jobs], rd(s, cols[4]), *[dur(s, j) for j in k.jobs], ""]
    out += education(s)
    if k.children:
        out += [f"{rd(s, {'fr': 'Enfants', 'en': 'Children', 'ko': '자녀'}[L])} {kids(s)}"]
    return "\n".join(out)


KO_LABELS = ["성 명", "주민등록번호", "생년월일", "주 소", "연락처", "E-mail", "국 적", "결혼여부", "종 교", "병 역", "장애여부"]


@blind26(("ko",), levels=("light", "medium", "heavy"))
def ko_iryeokseo_scan(s: Sheet) -> str:
    """A printed 이력서 form filled in and scanned: the title spaced ('이 력 서'), the photo box read as '[사 진]', the
    personal table read with its cells out of order (a row of labels, then the values in another order), Hangul
    syllables misread as similar syllables and spaced, table borders read as '|', 'l' or 'I', the 가족관계 rows with
    a relative's name, 학력 and 경력 rows, 자격증, the closing oath and the signature '(인)'."""
    k = s.k
    bar = lambda: s.pick([" | ", " l ", " I ", " ¦ ", "  "])  # noqa: E731
    labels = [rd(s, x) for x in KO_LABELS]
    values = [nm(s, "plain"), born(s, "rrn"), f"{born(s, 'words')} ({age(s)})", home(s), phone(s), email(s), nat(s),
              marital(s), rel(s), mk(s, "sex", "군필 (육군 병장)" if not s.female else "해당없음 (여)"), health(s)]
    order = list(range(len(values)))
    s.rng.shuffle(order)
    out = [rd(s, "이 력 서"), rd(s, s.pick(["[사 진]", "[사진]", "AF진", "사 지"])), bar().join(labels[:6]),
           bar().join(values[i] for i in order[:6]), bar().join(labels[6:]), bar().join(values[i] for i in order[6:]),
           "", rd(s, "가족관계") + bar() + rd(s, "관계") + bar() + rd(s, "성명") + bar() + rd(s, "직업"),
           rd(s, "배우자" if k.marital[0] == "기혼" else "모") + bar() + relative(s) + bar() + rd(s, "회사원")]
    if k.children:
        out.append(rd(s, "자녀") + bar() + kids(s) + bar() + rd(s, "학생"))
    out += ["", rd(s, "학력사항"), f"{fx(s, str(k.dip_year))}{bar()}{fx(s, k.school)}{bar()}{dip(s)}", "",
            rd(s, "경력사항"), bar().join(rd(s, x) for x in ("근무기간", "회사명", "직위", "근무지"))]
    for j in k.jobs:
        out.append(bar().join([period(s, j), job(s, j, "employer"), job(s, j, "title"), job(s, j, "town")]))
    out += [f"{rd(s, '경력 요약')}: {dur(s, k.jobs[0])}, {total(s)}", "", rd(s, "자격증") + bar() + lic(s, 0) + bar()
            + lic(s, 1), f"{lb(s, 'langs')}{langs(s)}", f"{rd(s, '출생지')}: {bplace(s)}", "",
            rd(s, "위 기재 사항은 사실과 틀림없습니다."), rd(s, f"{REF.year}년 {REF.month}월 {REF.day}일"),
            f"{rd(s, '작성자')} {nm(s, 'spaced')} {rd(s, '(인)')}"]
    return "\n".join(out)


# --- speech to text: numbers and names as heard ------------------------------------------------------------------
FR_UNITS = ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze",
            "treize", "quatorze", "quinze", "seize", "dix-sept", "dix-huit", "dix-neuf"]
FR_TENS = {2: "vingt", 3: "trente", 4: "quarante", 5: "cinquante", 6: "soixante"}
EN_UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
            "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
EN_TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy", 8: "eighty", 9: "ninety"}
KO_SINO = ["", "일", "이", "삼", "사", "오", "육", "칠", "팔", "구"]
KO_NATIVE_TENS = {2: "스물", 3: "서른", 4: "마흔", 5: "쉰"}
KO_NATIVE_UNITS = ["", "한", "두", "세", "네", "다섯", "여섯", "일곱", "여덟", "아홉"]


def fr_num(n: int) -> str:
    if n < 20:
        return FR_UNITS[n]
    if n < 70:
        t, u = divmod(n, 10)
        return FR_TENS[t] + ("" if u == 0 else " et un" if u == 1 else "-" + FR_UNITS[u])
    if n < 80:
        return "soixante" + (" et onze" if n == 71 else "-" + FR_UNITS[n - 60])
    return "quatre-vingt" + ("s" if n == 80 else "-" + FR_UNITS[n - 80])


def fr_year(y: int) -> str:
    if y >= 2000:
        return "deux mille" + ("" if y == 2000 else " " + fr_num(y - 2000))
    return "mille neuf cent " + fr_num(y - 1900)


def en_num(n: int) -> str:
    if n < 20:
        return EN_UNITS[n]
    t, u = divmod(n, 10)
    return EN_TENS[t] + ("" if u == 0 else "-" + EN_UNITS[u])


def en_ord(n: int) -> str:
    """An ordinal as said: 'first', 'twenty-second', 'thirtieth'."""
    special = {1: "first", 2: "second", 3: "third", 5: "fifth", 8: "eighth", 9: "ninth", 12: "twelfth"}
    if n in special:
        return special[n]
    if n < 20:
        return EN_UNITS[n] + "th"
    t, u = divmod(n, 10)
    return EN_TENS[t][:-1] + "ieth" if u == 0 else EN_TENS[t] + "-" + en_ord(u)


def en_year(y: int) -> str:
    if y >= 2000:
        return "two thousand" + ("" if y == 2000 else " and " + en_num(y - 2000)) if y < 2010 else \
            "twenty " + en_num(y - 2000)
    return "nineteen " + en_num(y - 1900)


def ko_sino(n: int) -> str:
    out = ""
    for unit, word in ((1000, "천"), (100, "백"), (10, "십")):
        d, n = divmod(n, unit)
        if d:
            out += ("" if d == 1 else KO_SINO[d]) + word
    return out + KO_SINO[n]


def ko_native_age(n: int) -> str:
    t, u = divmod(n, 10)
    if u == 0:
        return ("스무" if t == 2 else KO_NATIVE_TENS[t]) + " 살"
    return KO_NATIVE_TENS[t] + KO_NATIVE_UNITS[u] + " 살"


HEARD_RULES = {"fr": [("ph", "f"), ("tt", "t"), ("ll", "l"), ("nn", "n"), ("ez", "é"), ("y", "i"), ("au", "o"),
                      ("dj", "dg"), ("ck", "k"), ("q", "k"), ("ï", "i"), ("oo", "ou"), ("dh", "d"),
                      ("ee", "ie"), ("nd", "nt"), ("gn", "ni"), ("sn", "n"), ("t$", "te"), ("e$", "")],
               "en": [("ph", "f"), ("tt", "t"), ("ll", "l"), ("ck", "k"), ("y", "ie"), ("ie", "y"), ("ine", "een"),
                      ("ow", "o"), ("ey", "y"), ("ss", "s"), ("ore", "or"), ("e$", ""), ("yn", "in"), ("ce", "se"),
                      ("rr", "r"), ("i", "y"), ("o$", "oh")]}


def heard(s: Sheet, word: str) -> str:
    """A name as a speech-to-text engine writes it: one or two spelling changes, letters only."""
    if s.lang == "ko":
        last, first = word[:1], word[1:]
        return KO_HEARD.get(last, last) + first if s.chance(0.5) else last + KO_HEARD.get(first, first)
    low = word.lower()
    rules = [(a, b) for a, b in HEARD_RULES[s.lang] if re.search(a, low)]
    s.rng.shuffle(rules)
    for a, b in rules[:s.rng.choice([1, 2])]:
        low = re.sub(a, b, low, count=1)
    if low == word.lower() or len(low) < 3:
        low = word.lower() + "e"
    return low.capitalize() if s.chance(0.6) else low


STT_HEAD = {"fr": ["Transcription automatique – message vocal du {d}", "[00:00:0{n}] Intervenant 1 :"],
            "en": ["Automatic transcript – voicemail received {d}", "[00:00:0{n}] Speaker 1:"],
            "ko": ["자동 받아쓰기 – 음성 메시지 {d}", "[00:00:0{n}] 화자 1:"]}


@blind26(("fr", "en", "ko"), levels=("clean",))
def dictee_transcrite(s: Sheet) -> str:
    """A CV dictated on the phone and transcribed by speech-to-text: a transcript header and speaker turns with
    timestamps, no capitals, punctuation said as words or missing, hesitations; the name spelt as heard (letter for
    letter: 'Wauquier' as 'Wokier'); numbers as heard (the age and birth date in words, the phone number in digits or
    words, '06 12...' or 'zéro six'); the e-mail with 'arobase' and 'point'; the durations, licences and diplomas as
    heard ('dix ans en EHPAD', 'caces r quatre cent quatre-vingt-neuf')."""
    L, k = s.lang, s.k
    d = k.born
    first, last = (k.first, k.last) if L != "ko" else (k.first, k.last + k.first)
    hn = heard(s, last) if L != "ko" else heard(s, k.last + k.first)
    head = [STT_HEAD[L][0].format(d=f"{REF:%d/%m/%Y}"), STT_HEAD[L][1].format(n=s.rng.randint(1, 9))]
    j0, j1, j2 = k.jobs
    if L == "fr":
        nm_said = s.plant("name", f"{heard(s, first) if s.chance(0.5) else first.lower()} {hn}")
        age_said = mk(s, "age", f"{fr_num(k.age)} ans" if s.chance(0.7) else f"{k.age} ans")
        born_said = mk(s, "birth", f"{fr_num(d.day) if d.day > 1 else 'premier'} {FR_MONTHS[d.month - 1]} "
                                   f"{fr_year(d.year)}" if s.chance(0.6) else f"{d.day} {FR_MONTHS[d.month - 1]} {d.year}")
        ph = k.phone.replace(".", " ").split()
        ph_said = mk(s, "contact", " ".join(("zéro " + FR_UNITS[int(p[1])]) if p[0] == "0" else fr_num(int(p))
                                            for p in ph) if s.chance(0.5) else " ".join(ph))
        mail_said = mk(s, "contact", k.email.replace("@", " arobase ").replace(".", " point "))
        y0 = years(j0)
        text = [f"euh oui bonjour alors je m'appelle {nm_said} {g(s, 'madame', 'monsieur')} "
                f"{s.plant('name', nm_said.split()[-1])} "
                f"voilà j'ai {age_said} {g(s, 'née', 'né')} le {born_said} à {mk(s, 'birth', k.birthplace.lower())}",
                f"j'habite au {mk(s, 'residence', k.home['street'].lower())} à {mk(s, 'residence', k.home['town'])} "
                f"virgule je suis {mk(s, 'nationality', k.nat[0] if s.female else k.nat[1])} point",
                f"je suis {marital(s)}" + (f" j'ai {mk(s, 'family', fr_num(k.children) + ' enfant' + ('s' if k.children > 1 else ''))}"
                                           if k.children else "") + f" euh mon mari ou ma femme enfin {relative(s)}",
                f"alors mon expérience j'ai fait {fx(s, (fr_num(y0) if s.chance(0.6) else str(y0)) + ' ans ' + j0['sector'].lower())}"
                f" chez {fx(s, j0['employer'].lower())} à {fx(s, j0['town'])} comme {fx(s, j0['title'].lower())}",
                f"avant ça {fx(s, j1['title'].lower())} chez {fx(s, j1['employer'])} de {fx(s, str(j1['start'][0]))} "
                f"à {fx(s, str(j1['end'][0]) if j1['end'] else 'maintenant')} et {fx(s, j2['title'].lower())} à "
                f"{fx(s, j2['town'])}",
                f"j'ai le {fx(s, k.lic[0].lower().replace('r489', 'r quatre cent quatre-vingt-neuf'))} et "
                f"{fx(s, k.lic[1].lower())} et le {fx(s, k.dip.lower())}",
                f"ah oui je suis {rel(s)} donc le {rel_slot(s)} c'est pas possible et j'ai {health(s)} à signaler",
                f"mon numéro c'est le {ph_said} et mon mail {mail_said} voilà merci au revoir"]
    elif L == "en":
        nm_said = s.plant("name", f"{heard(s, first) if s.chance(0.5) else first.lower()} {hn}")
        age_said = mk(s, "age", f"{en_num(k.age)} years old" if s.chance(0.7) else f"{k.age} years old")
        born_said = mk(s, "birth", f"the {en_ord(d.day)} of {EN_MONTHS[d.month - 1].lower()} {en_year(d.year)}"
                       if s.chance(0.6) else f"{d.day} {EN_MONTHS[d.month - 1]} {d.year}")
        ph_said = mk(s, "contact", " ".join("oh" if c == "0" else EN_UNITS[int(c)] for c in k.phone.replace(" ", ""))
                     if s.chance(0.5) else k.phone)
        mail_said = mk(s, "contact", k.email.replace("@", " at ").replace(".", " dot "))
        y0 = years(j0)
        text = [f"um hi yeah my name is {nm_said} that's {sexw(s, 'miss', 'mister')} "
                f"{s.plant('name', nm_said.split()[-1])} "
                f"i'm {age_said} born on {born_said} in {mk(s, 'birth', k.birthplace.split(',')[0])}",
                f"i live at {mk(s, 'residence', k.home['street'].lower())} in {mk(s, 'residence', k.home['town'])} "
                f"comma i'm {mk(s, 'nationality', k.nat[0])} full stop",
                f"i'm {marital(s)}" + (f" with {mk(s, 'family', en_num(k.children) + ' kid' + ('s' if k.children > 1 else ''))}"
                                       if k.children else "") + f" my emergency contact is {relative(s)}",
                f"so i've got {fx(s, (en_num(y0) if s.chance(0.6) else str(y0)) + ' years ' + j0['sector'])} at "
                f"{fx(s, j0['employer'].lower())} in {fx(s, j0['town'])} as a {fx(s, j0['title'].lower())}",
                f"before that {fx(s, j1['title'].lower())} at {fx(s, j1['employer'])} from {fx(s, str(j1['start'][0]))}"
                f" and {fx(s, j2['title'].lower())} in {fx(s, j2['town'])}",
                f"i've got my {fx(s, k.lic[0].lower())} and {fx(s, k.lic[1].lower())} and {fx(s, k.dip.lower())}",
                f"oh and i'm {rel(s)} so no {mk(s, 'religion', REL_SLOT[k.rel[0]].lower())} and i've got {health(s)}",
                f"my number is {ph_said} and email {mail_said} thanks bye"]
    else:
        nm_said = s.plant("name", hn)
        age_said = mk(s, "age", ko_native_age(k.age) if s.chance(0.7) else f"{k.age}살")
        born_said = mk(s, "birth", f"{ko_sino(d.year)}년 {ko_sino(d.month)}월 {ko_sino(d.day)}일" if s.chance(0.6)
                       else f"{d.year}년 {d.month}월 {d.day}일")
        digits = k.phone.replace("-", "")
        ph_said = mk(s, "contact", " ".join("".join("공" if c == "0" else KO_SINO[int(c)] for c in part) for part in
                                            (digits[:3], digits[3:7], digits[7:])) if s.chance(0.5) else k.phone)
        mail_said = mk(s, "contact", k.email.replace("@", " 골뱅이 ").replace(".", " 점 "))
        y0 = years(j0)
        text = [f"어 안녕하세요 저는 {nm_said}이고요 나이는 {age_said}이에요 {born_said}생이고 "
                f"{mk(s, 'birth', k.birthplace.split()[-2] + ' ' + k.birthplace.split()[-1])}에서 태어났어요",
                f"지금은 {mk(s, 'residence', k.home['region'].split(' ', 1)[1])}에 살고요 국적은 {nat(s)}",
                f"{marital(s)}이고" + (f" {mk(s, 'family', '아이는 ' + KO_NATIVE_UNITS[k.children] + ' 명')} 있어요"
                                    if k.children else " 아이는 없어요") + f" {sexw(s, '여자', '남자')}입니다",
                f"경력은 {fx(s, j0['employer'])}에서 {fx(s, j0['title'])} {fx(s, f'{y0}년 정도')} 했고요 "
                f"{fx(s, j0['town'])}에 있는 데예요",
                f"그 전에 {fx(s, j1['employer'])}에서 {fx(s, j1['title'])} 했어요 그리고 {fx(s, j2['town'])}에서도 일했어요",
                f"자격증은 {fx(s, k.lic[0])} 하고 {fx(s, k.lic[1])} 있어요",
                f"종교는 {rel(s)}라서 {rel_slot(s)}는 빠져야 돼요 그리고 {health(s)}가 좀 있어요",
                f"번호는 {ph_said} 메일은 {mail_said} 이에요 감사합니다"]
    stamped = [head[0], head[1]] + [f"[00:{(10 + 9 * i) // 60:02d}:{(10 + 9 * i) % 60:02d}] {x}" for i, x in enumerate(text)]
    return "\n".join(stamped)


CNI = {"fr": ["RÉPUBLIQUE FRANÇAISE", "CARTE NATIONALE D'IDENTITÉ / IDENTITY CARD", "Nom / Surname",
              "Prénoms / Given names", "Sexe / Sex", "Nationalité / Nationality", "Date de naiss. / Date of birth",
              "Lieu de naissance / Place of birth", "COPIE CERTIFIÉE CONFORME"],
       "en": ["UNITED KINGDOM OF GREAT BRITAIN AND NORTHERN IRELAND", "PASSPORT", "Surname", "Given names", "Sex",
              "Nationality", "Date of birth", "Place of birth", "CERTIFIED TRUE COPY"]}


@blind26(("fr", "en"), levels=("light", "medium", "heavy"))
def photocopie_cni_cv(s: Sheet) -> str:
    """A photocopy of the ID page stapled on a CV, the whole sheet read by OCR: the identity card's or passport's
    labels (bilingual), its visual zone (surname, given names, sex, nationality code, birth date and place), its
    machine-readable lines (the names joined by '<<', the birth date and sex inside a line), the copier's 'certified
    copy' stamp read badly, then the CV under it (address, phone, e-mail, family, faith, health, jobs)."""
    L, k = s.lang, s.k
    c = CNI[L]
    d = k.born
    last_mrz = ascii_fold(k.last).upper().replace("-", "<")
    first_mrz = ascii_fold(k.first).upper()
    sexc = "F" if s.female else "M"
    natc = {"nord": "FRA", "tchad": "TCD", "maurice": "MUS", "wight": "GBR", "helena": "GBR"}[k.pool]
    idz = [rd(s, c[0]), rd(s, c[1]), f"{rd(s, c[2])} {nm(s, 'LAST')}", f"{rd(s, c[3])} {mk(s, 'name', k.first.upper())}",
           mk(s, "sex", f"{c[4]} {sexc}"),
           f"{rd(s, c[5])} {mk(s, 'nationality', natc)}", f"{rd(s, c[6])} {mk(s, 'birth', f'{d:%d %m %Y}')}",
           f"{rd(s, c[7])} {bplace(s)}"]
    if L == "fr":
        mrz = ["IDFRA" + "".join(s.rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(9)) + "<" * 16,
               s.plant("birth", f"{d:%y%m%d}{s.rng.randint(0, 9)}{sexc}{REF.year - 1995:02d}0{s.rng.randint(101, 999)}"
                                f"{natc}<<<<<<<<<<<{s.rng.randint(0, 9)}"),
               s.plant("name", f"{last_mrz}<<{first_mrz}" + "<" * max(0, 28 - len(last_mrz) - len(first_mrz)))]
    else:
        mrz = [s.plant("name", f"P<{natc}{last_mrz}<<{first_mrz}" + "<" * max(1, 39 - len(last_mrz) - len(first_mrz))),
               s.plant("birth", f"{s.rng.randint(100000000, 999999999)}{s.rng.randint(0, 9)}{natc}{d:%y%m%d}"
                                f"{s.rng.randint(0, 9)}{sexc}{REF.year - 1995:02d}0612{s.rng.randint(0, 9)}<<<<<<<<<<<<<<0"
                                f"{s.rng.randint(0, 9)}")]
    stamp = rd(s, c[8], 0.25)
    cv = ["", s.pick(BORDER) * 3, nm(s, "plain"), home(s, "block"), f"{phone(s)} – {email(s)}",
          f"{age(s)} – {marital(s, True)}" + (f" – {kids(s)}" if k.children else ""), "", summary_line(s), "",
          *experience(s), "", *education(s), "",
          {"fr": lambda: f"{lb(s, 'more')}{rd(s, 'bénévole à l’aumônerie')} ({rel(s)}), {health(s)}",
           "en": lambda: f"{lb(s, 'more')}{rd(s, 'volunteer at')} {rel_slot(s)}; {health(s)}"}[L]()]
    return "\n".join(idz + ["", *mrz, "", stamp] + cv)


@blind26(("fr", "ko"), levels=("medium", "heavy"))
def fiche_manuscrite_htr(s: Sheet) -> str:
    """The agency's welcome sheet filled in by hand at the desk and read by a handwriting recognizer: printed
    questions (read as OCR reads print), handwritten answers read as handwriting is misread (a/o, u/n, e/l, r/v,
    1/7, 4/9; Hangul vowels and finals confused), crossed-out words read as '-----', arrows and circles as '->' and
    '(o)'; the answers say everything the form asks (identity, birth, home, family, faith, health, experience)."""
    L, k = s.lang, s.k
    hw = {"extra": 0.15, "hand": True}
    if L == "fr":
        q = [("Nom et prénom", lambda: nm(s, "caps", **hw)), ("Date et lieu de naissance",
             lambda: f"{born(s, **hw)} – {bplace(s, **hw)}"), ("Âge", lambda: age(s, **hw)),
             ("Vous êtes", lambda: (f"{mk(s, 'sex', box(s, True) + ' F')} {box(s, False)} H -> " if s.female else
                                    f"{box(s, False)} F {mk(s, 'sex', box(s, True) + ' H')} -> ") +
              sexw(s, "femme", "homme", **hw)),
             ("Adresse complète", lambda: home(s, "line", **hw)), ("Téléphone", lambda: phone(s, **hw)),
             ("Mail", lambda: email(s, **hw)), ("Nationalité", lambda: nat(s, **hw)),
             ("Situation de famille", lambda: marital(s, **hw) + (f" (o) {kids(s, **hw)}" if k.children else "")),
             ("Qui prévenir en cas d'urgence", lambda: relative(s, **hw)),
             ("Contraintes (horaires, religion, santé)", lambda: f"{rd(s, '-----')} {rel_slot(s, **hw)} ; "
              f"{health(s, **hw)}"), ("Religion (facultatif)", lambda: rel(s, **hw)),
             ("Dernier poste occupé", lambda: f"{job(s, k.jobs[0], 'title', **hw)} {rd(s, 'chez', **hw)} "
              f"{job(s, k.jobs[0], 'employer', **hw)} -> {dur(s, k.jobs[0], **hw)}"),
             ("Lieu", lambda: job(s, k.jobs[0], "town", **hw)),
             ("Autres expériences", lambda: "; ".join(f"{job(s, j, 'title', **hw)} {job(s, j, 'employer', **hw)} "
              f"{period(s, j, 'years', **hw)} {job(s, j, 'town', **hw)}" for j in k.jobs[1:])),
             ("Permis, CACES, diplômes", lambda: f"{lic(s, 0, **hw)}, {lic(s, 1, **hw)}, {dip(s, **hw)}"),
             ("Langues", lambda: langs(s, **hw))]
        head = [rd(s, "FICHE D'ACCUEIL – à remplir par le candidat"), rd(s, AGENCY[L])]
    else:
        q = [("성명", lambda: nm(s, "plain", **hw)), ("생년월일 / 나이", lambda: f"{born(s, **hw)} / {age(s, **hw)}"),
             ("성별", lambda: (f"{box(s, False)} 남 {mk(s, 'sex', box(s, True) + ' 여')} -> " if s.female else
                             f"{mk(s, 'sex', box(s, True) + ' 남')} {box(s, False)} 여 -> ") + sexw(s, "여자", "남자", **hw)),
             ("출생지", lambda: bplace(s, **hw)), ("주소", lambda: home(s, "line", **hw)), ("연락처", lambda: phone(s, **hw)),
             ("이메일", lambda: email(s, **hw)), ("국적", lambda: nat(s, **hw)),
             ("결혼 / 자녀", lambda: marital(s, **hw) + (f" (o) {kids(s, **hw)}" if k.children else "")),
             ("비상연락처", lambda: relative(s, **hw)), ("종교", lambda: rel(s, **hw)),
             ("건강상 유의사항", lambda: health(s, **hw)),
             ("최근 경력", lambda: f"{job(s, k.jobs[0], 'employer', **hw)} {job(s, k.jobs[0], 'title', **hw)} "
              f"{dur(s, k.jobs[0], **hw)} ({job(s, k.jobs[0], 'town', **hw)})"),
             ("이전 경력", lambda: "; ".join(f"{job(s, j, 'employer', **hw)} {period(s, j, 'years', **hw)}"
                                         for j in k.jobs[1:])),
             ("자격증", lambda: f"{lic(s, 0, **hw)}, {lic(s, 1, **hw)}"), ("학력", lambda: dip(s, **hw))]
        head = [rd(s, "구직자 상담 카드 (자필 작성)"), rd(s, AGENCY[L])]
    return "\n".join(head + [f"{i + 1}. {rd(s, label)} {'?' if L == 'fr' else ':'} {fn()}" for i, (label, fn) in
                             enumerate(q)])


CERT = {"fr": ("CERTIFICAT DE TRAVAIL", "Cachet de l'entreprise", "Fait pour servir et valoir ce que de droit."),
        "en": ("TO WHOM IT MAY CONCERN – EMPLOYMENT REFERENCE", "Company stamp", "Yours faithfully,"),
        "ko": ("경 력 증 명 서", "직인", "위와 같이 경력을 증명합니다.")}


@blind26(("fr", "en", "ko"), levels=("light", "medium", "heavy"))
def certificat_travail_scan(s: Sheet) -> str:
    """A scanned certificat de travail / employment reference / 경력증명서 with the agency's fax cover sheet: the
    employer's letterhead (a fact), the candidate in the third person ('Mme ... née le ... demeurant ...', 'she',
    '위 사람은'), the period and the post, a stamp over the text read as garbage, the signature read as marks; the
    recruiter's cover sheet with handwritten notes (nationality, family, faith, health, contact)."""
    L, k = s.lang, s.k
    j = k.jobs[1]
    stamp = s.pick(["[@ C@CHET ]", "((( TAMPON )))", "[ S E A L ]", "◎ 직 인 ◎", "(( ® ))", "ƎƆ∀Ɔ"])
    sign = s.pick(["~~/~", "/\\/\\-", "_)~ƒ", "—/—"])
    who = k.others[0]
    if L == "fr":
        body = [job(s, j, "employer"), rd(s, f"Siège : 4 rue de l'Industrie, {s.rng.randint(59100, 59999)}"), "",
                rd(s, CERT[L][0]), "",
                f"{rd(s, 'Je soussigné(e)')} {who}, {rd(s, 'responsable RH, certifie que')} "
                f"{sexw(s, 'Madame', 'Monsieur')} {nm(s, 'caps')}, {g_born(s, True)} {born(s, 'words', split=True)} "
                f"{rd(s, 'à')} {bplace(s)}, {rd(s, 'demeurant')} {home(s, split=True)}, {rd(s, 'a été')} "
                f"{g(s, 'employée', 'employé')} {rd(s, 'dans notre établissement de')} {job(s, j, 'town')} "
                f"{rd(s, 'du')} {period(s, j, 'words', split=True)} {rd(s, 'en qualité de')} {job(s, j, 'title')}, "
                f"{rd(s, 'soit')} {dur(s, j)}.", f"{rd(s, 'Titulaire du')} {lic(s, 0)}.",
                rd(s, f"{stamp} {CERT[L][1]}"), rd(s, CERT[L][2]), f"{rd(s, 'Signature')} {sign}"]
        cover = [rd(s, "BORDEREAU DE TRANSMISSION – " + AGENCY[L]), f"{rd(s, 'Candidat(e) :')} {nm(s, 'initial')}",
                 f"{rd(s, 'Notes :')} {nat(s, extra=0.1, hand=True)}, {marital(s, extra=0.1, hand=True)}" +
                 (f", {kids(s, extra=0.1, hand=True)}" if k.children else "") + f", {rel(s, extra=0.1, hand=True)}, "
                 f"{health(s, extra=0.1, hand=True)}, {age(s, extra=0.1, hand=True)}",
                 f"{rd(s, 'Joindre au :')} {phone(s)} / {email(s)}",
                 f"{rd(s, 'Poste actuel :')} {job(s, k.jobs[0], 'title')} – {job(s, k.jobs[0], 'employer')} "
                 f"({job(s, k.jobs[0], 'town')}), {period(s, k.jobs[0])}"]
    elif L == "en":
        pr = "She" if s.female else "He"
        body = [job(s, j, "employer"), rd(s, f"Registered office: Unit {s.rng.randint(2, 9)}, Medina Way"), "",
                rd(s, CERT[L][0]), "",
                f"{rd(s, 'This is to confirm that')} {sexw(s, 'Ms', 'Mr')} {nm(s, 'plain')} "
                f"({rd(s, 'date of birth')} {born(s, split=True)}), {rd(s, 'of')} {home(s, split=True)}, "
                f"{rd(s, 'was employed at our')} {job(s, j, 'town')} {rd(s, 'site from')} "
                f"{period(s, j, 'words', split=True)} {rd(s, 'as a')} {job(s, j, 'title')} ({dur(s, j)}). "
                f"{mk(s, 'sex', pr)} {rd(s, 'holds a')} {lic(s, 0)}.",
                rd(s, f"{stamp} {CERT[L][1]}"), rd(s, CERT[L][2]), f"{sign} {who}"]
        cover = [rd(s, "FAX COVER SHEET – " + AGENCY[L]), f"{rd(s, 'Candidate:')} {nm(s, 'initial')}",
                 f"{rd(s, 'Notes:')} {nat(s, extra=0.1, hand=True)}, {marital(s, extra=0.1, hand=True)}" +
                 (f", {kids(s, extra=0.1, hand=True)}" if k.children else "") + f", {rel(s, extra=0.1, hand=True)}, "
                 f"{health(s, extra=0.1, hand=True)}, {age(s, extra=0.1, hand=True)}, b. {bplace(s)}",
                 f"{rd(s, 'Contact:')} {phone(s)} / {email(s)}",
                 f"{rd(s, 'Current role:')} {job(s, k.jobs[0], 'title')} – {job(s, k.jobs[0], 'employer')} "
                 f"({job(s, k.jobs[0], 'town')}), {period(s, k.jobs[0])}"]
    else:
        body = [rd(s, CERT[L][0]), "", f"{rd(s, '성 명')} : {nm(s, 'plain')}", f"{rd(s, '주민등록번호')} : {born(s, 'rrn')}",
                f"{rd(s, '주 소')} : {home(s)}", f"{rd(s, '회 사 명')} : {job(s, j, 'employer')}",
                f"{rd(s, '근 무 지')} : {job(s, j, 'town')}", f"{rd(s, '근무기간')} : {period(s, j)} ({dur(s, j)})",
                f"{rd(s, '직 위')} : {job(s, j, 'title')}", "", rd(s, CERT[L][2]),
                rd(s, f"{REF.year}년 {REF.month}월 {REF.day}일"), f"{rd(s, '대표이사')} {who} {rd(s, stamp)}"]
        cover = [rd(s, "팩스 송신표 – " + AGENCY[L]), f"{rd(s, '구직자:')} {nm(s, 'first')} ({age(s)})",
                 f"{rd(s, '메모:')} {nat(s, extra=0.1, hand=True)}, {marital(s, extra=0.1, hand=True)}" +
                 (f", {kids(s, extra=0.1, hand=True)}" if k.children else "") + f", {rel(s, extra=0.1, hand=True)}, "
                 f"{health(s, extra=0.1, hand=True)}, {sexw(s, '여성', '남성', extra=0.1, hand=True)}, {bplace(s)}",
                 f"{rd(s, '연락처:')} {phone(s)} / {email(s)}",
                 f"{rd(s, '현 직장:')} {job(s, k.jobs[0], 'employer')} {job(s, k.jobs[0], 'title')} "
                 f"({job(s, k.jobs[0], 'town')}), {period(s, k.jobs[0])}"]
    return "\n".join(cover + ["", s.pick(BORDER) * 4, ""] + body)


@blind26(("ko",), levels=("light", "medium", "heavy"))
def ko_gujik_sincheong_fax(s: Sheet) -> str:
    """A 구직신청서 faxed from the 고용센터 to the agency: the fax header (date, sender's number, page), tick boxes read
    as '■', '[v]', '▣' beside unticked '□' / '口' (성별, 학력, 병역, 결혼, 장애), dotted leaders, handwritten answers
    read worse, the 희망 직종 and 경력 rows, the 개인정보 동의 line."""
    k = s.k
    on = lambda: s.pick(["■", "[v]", "▣", "☑", "[V]", "v"])  # noqa: E731
    off = lambda: s.pick(["□", "口", "[ ]", "ㅁ", "ロ"])  # noqa: E731
    hw = {"extra": 0.12, "hand": True}
    fax = rd(s, f"{REF:%Y-%m-%d} 10:{s.rng.randint(10, 59)} FROM:063-56{s.rng.randint(0, 9)}-{s.rng.randint(1000, 9999)}"
                " 고창고용복지센터 P.1/1")
    sex_row = (f"{rd(s, '성별')}: " + (f"{off()} 남 {mk(s, 'sex', on() + ' 여')}" if s.female else
                                     f"{mk(s, 'sex', on() + ' 남')} {off()} 여"))
    mil = (f"{rd(s, '병역')}: " + (f"{mk(s, 'sex', on() + ' 군필')} {off()} 미필 {off()} 비대상" if not s.female else
                                  f"{off()} 군필 {off()} 미필 {mk(s, 'sex', on() + ' 비대상')}"))
    married = k.marital[0] == "기혼"
    fam = f"{rd(s, '결혼')}: " + (f"{off()} 미혼 {mk(s, 'family', on() + ' 기혼')}" if married else
                                f"{mk(s, 'family', on() + ' 미혼')} {off()} 기혼")
    dis = f"{rd(s, '장애')}: {off()} 없음 {mk(s, 'health', on() + ' 있음')} ({health(s, **hw)})"
    rows = [fax, "", rd(s, "구 직 신 청 서"), f"{rd(s, '성명')}{leader(s)}{nm(s, 'plain', **hw)}",
            f"{rd(s, '생년월일')}{leader(s)}{born(s, **hw)} ({age(s, **hw)})", sex_row, mil,
            f"{rd(s, '주소')}{leader(s)}{home(s, 'block', **hw)}", f"{rd(s, '전화')}{leader(s)}{phone(s, **hw)}",
            f"{rd(s, '전자우편')}{leader(s)}{email(s)}", f"{rd(s, '국적')}{leader(s)}{nat(s, **hw)}", fam,
            f"{rd(s, '부양가족')}{leader(s)}" + (kids(s, **hw) if k.children else rd(s, "없음")),
            f"{rd(s, '비상연락처')}{leader(s)}{relative(s, **hw)}", dis,
            f"{rd(s, '종교 (선택)')}{leader(s)}{rel(s, **hw)}",
            f"{rd(s, '학력')}: {off()} 중졸 {on()} 고졸 {off()} 대졸 – {fx(s, k.school, **hw)}",
            f"{rd(s, '희망 직종')}{leader(s)}{job(s, k.jobs[0], 'title', **hw)}", rd(s, "경력 사항")]
    for j in k.jobs:
        rows.append(f"{period(s, j, **hw)}{leader(s)}{job(s, j, 'employer', **hw)}{leader(s)}"
                    f"{job(s, j, 'town', **hw)}{leader(s)}{dur(s, j, **hw)}")
    rows += [f"{rd(s, '자격')}: {on()} {lic(s, 0, **hw)} {on()} {lic(s, 1, **hw)}",
             f"{rd(s, '출생지')}{leader(s)}{bplace(s, **hw)}",
             rd(s, "개인정보 수집·이용에 동의합니다") + f" {on()} " + rd(s, "동의") + f" {off()} " + rd(s, "미동의"),
             f"{rd(s, '신청인')} {nm(s, 'spaced', **hw)} {rd(s, '(서명)')} {s.pick(['~/~', 'ㅅ~', '/ /'])}"]
    return "\n".join(rows)


def wrap(s: Sheet, text: str, width: int = 60) -> list[str]:
    """The paragraph cut into lines of about width characters at spaces outside planted values and facts."""
    keep = set()
    for v in [m.value for m in s.markers] + s.facts:
        for found in re.finditer(re.escape(v), text):
            keep |= set(range(found.start(), found.end()))
    lines, start, last = [], 0, -1
    for i, c in enumerate(text):
        if c == " " and i not in keep:
            if i - start > width and last > start:
                lines.append(text[start:last])
                start = last + 1
            last = i
    lines.append(text[start:])
    return lines


RUNNING = {"fr": "CV – {n} – page {p}/2", "en": "CV – {n} – page {p} of 2", "ko": "이력서 – {n} – {p}/2쪽"}


@blind26(("fr", "en", "ko"), levels=("light", "medium", "heavy"))
def pdf_scanne_multipage(s: Sheet) -> str:
    """A two-page CV printed, stamped 'COPIE' and scanned into a PDF with an OCR text layer: a running header with the
    name on both pages and page numbers read badly, the diagonal stamp's letters scattered through lines, punch holes
    read as 'o' or 'O' in the margin, a profile paragraph whose words are split at line ends with hyphens (the age, the
    family, the faith, the health in the paragraph, durations split too), the jobs on page 1 and the rest on page 2."""
    L, k = s.lang, s.k
    def run(p: int) -> str:
        before, after = RUNNING[L].format(n="\0", p=p).split("\0")
        return rd(s, before) + nm(s, "caps" if L != "ko" else "plain") + rd(s, after)
    hole = lambda: s.pick(["o ", "O ", "° ", "", "", "( ) "])  # noqa: E731
    stamp = list("COPIE" if L == "fr" else "COPY" if L == "en" else "사본")
    sp = {"split": True}
    if L == "fr":
        para = (f"{g(s, 'Âgée', 'Âgé')} {rd(s, 'de')} {age(s, **sp)}, {marital(s, **sp)}"
                + (f" et {rd(s, 'maman' if s.female else 'papa')} de {kids(s, **sp)}" if k.children else "")
                + f", {rd(s, 'je cherche des missions autour de', **sp)} {home(s, 'town')}. {rd(s, 'J’ai', **sp)} "
                f"{dur(s, max(k.jobs, key=lambda x: x['months']), **sp)} {rd(s, 'et je suis', **sp)} "
                f"{rd(s, 'disponible sauf le', **sp)} {rel_slot(s, **sp)}. {rd(s, 'Santé :', **sp)} {health(s, **sp)}.")
    elif L == "en":
        para = (f"{rd(s, 'I am a', **sp)} {age(s, **sp)} {marital(s, **sp)} {sexw(s, 'woman', 'man', **sp)}"
                + (f" with {kids(s, **sp)}" if k.children else "")
                + f" {rd(s, 'looking for work around', **sp)} {home(s, 'town')}. {rd(s, 'I have', **sp)} "
                f"{dur(s, max(k.jobs, key=lambda x: x['months']), **sp)}; {rd(s, 'not available on', **sp)} "
                f"{rel_slot(s, **sp)}. {rd(s, 'Health:', **sp)} {health(s, **sp)}.")
    else:
        para = (f"{rd(s, '저는', **sp)} {age(s, **sp)} {marital(s, **sp)} {sexw(s, '여성', '남성', **sp)}입니다."
                + (f" {kids(s, **sp)}를 키우고 있습니다." if k.children else "")
                + f" {home(s, 'town')}{rd(s, '에서 일자리를 찾고 있습니다.', **sp)} {dur(s, k.jobs[0], **sp)}. "
                f"{rel_slot(s, **sp)}{rd(s, '에는 근무가 어렵습니다.')} {health(s, **sp)}.")
    lines = wrap(s, para)
    page1 = [run(1), "", hole() + nm(s, "plain"), home(s, "line"), f"{phone(s)} / {email(s)}",
             f"{lb(s, 'born')}{born(s)} – {bplace(s)}", f"{lb(s, 'nat')}{nat(s, True)}", "", *lines, "",
             *experience(s, "block")]
    page2 = [run(2), "", *education(s), "", f"{lb(s, 'kin')}{relative(s)}", f"{lb(s, 'rel')}{rel(s)}",
             rd(s, s.pick(["- 2 -", "— 2 —", "2/2"]))]
    out = []
    for i, line in enumerate(page1 + ["", rd(s, s.pick(["- 1 -", "— 1 —", "1/2"])), "\f"] + page2):
        if stamp and i % 3 == 2 and line and line != "\f":
            line = f"{line}  {stamp.pop(0)}"
        out.append(line if not line or line == "\f" or i % 5 else hole() + line)
    return "\n".join(out)
