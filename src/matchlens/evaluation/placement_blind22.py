"""A twenty-third held-aside set of layouts of the placement benchmark (see evaluation.placement), split "blind22":
registered into the same LAYOUTS. Written without reading the masker (its rules, its data, its tests), the README's
list of what it misses or the history's messages, to measure it once more on CVs nobody tuned it on; do not read this
file while tuning a masker, and run it once.

The split is about paper read by OCR: a gig-staffing company's candidates bring printed CVs and filled-in paper forms,
which the agency scans, faxes or photographs and an OCR engine turns into text. The markers and the job facts are
written on the paper the usual way, then damaged the way OCR damages them, each item (label, value, fact) with seeded
odds that depend on the layout's damage level (light, medium, heavy); some items stay clean:
- confused characters inside labels and values: l/1/I/|, O/0/o, rn/m, cl/d, vv/w, ii/ü, é/c/è/e, a/à/â, S/5, B/8,
  Z/2, g/9, fi/ﬁ, '/’/`/´, and look-alike Cyrillic and Greek letters (З, О, Ο, а, е, с, р), so that 'Nationalité'
  reads 'Nationa1ité', 'Prénom' 'Prénorn', 'Female' 'Fernale', '03/10/1979' '0З/1O/1979'; Hangul misread by a syllable
  ('생년월일' → '생년윌일', '성별' → '성벌', '국적' → '국직', '기혼' → '기흔');
- broken spacing: words split by a space ('Nation alité'), letter-spaced headings, a label joined to its value
  ('Néele12/03/1985', planted whole), labels and values on separate lines or read column by column, dotted leaders
  ('Nom ........ MOUREY'), underlines read as '_____', tick boxes read as characters ('[X] Marié(e) [ ] Célibataire',
  '☒ Female ☐ Male', 'Sexe : M □ F ■', planted whole), stray marks of stamps, staples and borders ('|', '~', '¦', '»')
  and a photo read as noise;
- the same damage on the job facts, which must survive as the OCR gave them ('1O ans en EHPAD', 'Perrnis B', 'CACES
  R4B9 cat. 3'): employers, places, dates, durations, licences, diplomas, skills.
A planted value is the damaged string as it is in the text; a fact is the damaged string too. Names are damaged only
letter for letter (a letter read as another or a look-alike of another script), never into digits or spaces. Every
family is written in every CV.

Names and places are new: no word of a name is a Faker name or in an earlier split's pools or placement_data; homes,
places of birth and places of work are in none of the earlier pools.

Layouts: cv_scanne_photo, fiche_agence_cases, formulaire_photo_manuscrit, uk_application_scan, iryeokseo_pyo_scan,
cv_fax, scan_deux_pages, word_zone_texte, lettre_copieur, reference_tampon, photocopie_identite, photo_telephone,
cv_colonnes_ocr.
"""
from __future__ import annotations

import functools
import re
from datetime import date

from matchlens.evaluation.placement import Sheet, ascii_fold, layout, romanize

SPLIT = "blind22"
REF = date(2026, 10, 5)  # when the papers are scanned: ages are counted from here
LEVELS = {"light": (0.35, 1), "medium": (0.6, 2), "heavy": (0.85, 3)}  # odds an item is damaged, most changes in it

# --- names: no Faker word, in no earlier pool (a test checks) ----------------------------------------------------
NAMES = {
    "fr": {"F": ["Bertille", "Ermeline", "Sidonie", "Mélusine", "Ermengarde", "Pétronille", "Angadrême", "Ramatu",
                 "Mariatu"],
           "M": ["Théodule", "Athanase", "Amédée", "Apollinaire", "Hippolyte", "Marcellin", "Kalilu", "Momoh"],
           "L": ["Mourey", "Cuenot", "Vuillemin", "Grillot", "Jeunet", "Mairot", "Vuillermoz", "Girod", "Duraffourg",
                 "Midol", "Perrad", "Vuillet", "Cuynet", "Malfroy", "Billod", "Grandvaux", "Bourdenet", "Marmier",
                 "Gindre", "Molard", "Tarawally", "Dumbuya", "Yillah"]},
    "en": {"F": ["Rosamund", "Hepzibah", "Memuna", "Tenneh", "Saffie", "Yabom", "Musu", "Kumba"],
           "M": ["Barnaby", "Peregrine", "Hedley", "Santigie", "Kemoh", "Bockarie", "Brima", "Aiah"],
           "L": ["Grimsditch", "Wragg", "Tuplin", "Scupham", "Odling", "Bratley", "Mumby", "Brackenbury", "Cammack",
                 "Dring", "Frisby", "Epton", "Maltby", "Wilmore", "Iremonger", "Rimmington", "Gilliatt", "Fotherby",
                 "Cheales", "Bundu", "Kabba", "Sankoh", "Samura"]},
    "ko": {"F": ["맹나래", "맹하늬", "맹단비", "봉나래", "봉하늬", "봉초롱", "봉여울", "육나래", "육하늬", "육초롱", "염나래",
                 "염하늬", "염단비", "견나래", "견초롱", "견여울"],
           "M": ["맹미르", "맹한빛", "맹솔찬", "맹가온", "봉미르", "봉한빛", "봉솔찬", "육미르", "육한빛", "육솔찬", "염미르",
                 "염한빛", "염가온", "견미르", "견한빛", "견가온"]},
}

# --- places: in none of the earlier pools (tests check) ----------------------------------------------------------
FR_TOWNS = [("Morez", "39400"), ("Champagnole", "39300"), ("Poligny", "39800"), ("Arbois", "39600"),
            ("Orgelet", "39270"), ("Clairvaux-les-Lacs", "39130")]
FR_STREETS = ["rue de la Fruitière", "chemin des Combes", "rue du Pasquier", "impasse des Essarts", "route de Lonchaumois"]
FR_JOB_PLACES = ["Ornans", "Valdahon", "Maîche", "Frasne", "Mouthe", "Levier", "Nozeroy", "Moirans-en-Montagne"]
EN_TOWNS = [("Enniskillen", "BT74"), ("Lisnaskea", "BT92"), ("Irvinestown", "BT94"), ("Cookstown", "BT80"),
            ("Dungannon", "BT71"), ("Strabane", "BT82")]
EN_STREETS = ["Darling Street", "Tempo Road", "Main Street", "Killyclogher Road", "Drumcoo Green"]
EN_JOB_PLACES = ["Llanidloes", "Rhayader", "Lampeter", "Aberaeron"]
KO_TOWNS = [("충청북도 단양군 단양읍", "단양읍"), ("충청북도 괴산군 괴산읍", "괴산읍"), ("충청북도 보은군 보은읍", "보은읍"),
            ("충청북도 영동군 영동읍", "영동읍")]
KO_JOB_PLACES = ["영덕읍", "청송읍", "봉화읍"]
BIRTH = {"fr": ["Ebolowa", "Foumban", "Bletterans"], "en": ["Kambia", "Pujehun", "Koidu", "Bonthe", "Segbwema"],
         "ko": ["예천읍", "의성읍", "군위읍"]}
BIRTH_COUNTRY = {"Ebolowa": "Cameroun", "Foumban": "Cameroun", "Kambia": "Sierra Leone", "Pujehun": "Sierra Leone",
                 "Koidu": "Sierra Leone", "Bonthe": "Sierra Leone", "Segbwema": "Sierra Leone"}
MAIL = {"fr": ["orange.fr", "laposte.net", "wanadoo.fr", "gmail.com"], "en": ["gmail.com", "hotmail.co.uk", "yahoo.com"],
        "ko": ["naver.com", "daum.net", "hanmail.net"]}
FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]

# --- what OCR does to characters --------------------------------------------------------------------------------------
# (clean, read as): the longer first; the name pool keeps letters letters
SUBS = [("rn", "m"), ("m", "rn"), ("cl", "d"), ("d", "cl"), ("w", "vv"), ("W", "VV"), ("fi", "ﬁ"), ("ü", "ii"),
        ("l", "1"), ("l", "I"), ("l", "|"), ("I", "l"), ("I", "1"), ("i", "l"), ("1", "l"), ("1", "I"), ("O", "0"),
        ("0", "O"), ("o", "0"), ("0", "o"), ("é", "c"), ("é", "e"), ("é", "è"), ("è", "é"), ("e", "c"), ("a", "à"),
        ("a", "â"), ("S", "5"), ("5", "S"), ("B", "8"), ("8", "B"), ("Z", "2"), ("2", "Z"), ("g", "9"), ("9", "g"),
        ("u", "ü"), ("'", "’"), ("'", "`"), ("'", "´"), ("3", "З"), ("O", "Ο"), ("o", "ο"), ("a", "а"), ("e", "е"),
        ("c", "с"), ("p", "р"), ("A", "А"), ("E", "Е"), ("H", "Н"), ("0", "О")]
LOOK_ALIKE = {"З", "Ο", "ο", "а", "е", "с", "р", "А", "Е", "Н", "О"}  # letters of other scripts read for Latin ones
NAME_SUBS = [(a, b) for a, b in SUBS if b.isalpha() and a.isalpha()]
KO_SUBS = {"월": "윌", "별": "벌", "적": "직", "혼": "흔", "계": "게", "강": "깅", "소": "쇼", "종": "좀", "국": "곡", "생": "샘",
           "년": "넌", "일": "인", "족": "죽", "관": "괸", "력": "럭", "경": "겅", "격": "걱", "증": "중", "운": "웅", "전": "진",
           "면": "먼", "허": "하", "성": "셩", "명": "멍", "주": "추", "교": "고", "민": "밈", "남": "냠", "나": "니", "하": "히",
           "래": "레", "봉": "붕", "미": "비", "한": "힌", "빛": "빚", "솔": "솥", "가": "기", "온": "은", "초": "조", "롱": "룽",
           "여": "어", "울": "을", "단": "딘", "비": "바", "르": "로", "찬": "친", "늬": "니", "육": "윤", "맹": "멩", "염": "엄",
           "견": "건", "지": "치", "게": "계", "센": "셴", "터": "티", "물": "불", "류": "뮤", "상": "싱", "업": "엽", "자": "저",
           "격증": "걱중", "0": "O", "1": "l", "3": "З", "8": "B"}
KO_NAME_SUBS = {k: v for k, v in KO_SUBS.items() if len(k) == 1 and "\uac00" <= k <= "\ud7a3"}
NOISE = ["|", "~", "¦", "»", "«", "'", ".", ":", "_", "‚", "¡"]
PHOTO = ["▒▓░ ░▒", "|||] ~", "¦ %# ¦", "»»  :..", "[|]", "@@ #", "░░▒▒"]


def _targets(text: str, subs) -> list[tuple[int, str, str]]:
    """Every (position, clean, misread) a substitution of subs can hit in text."""
    out = []
    if isinstance(subs, dict):
        subs = list(subs.items())
    for a, b in subs:
        start = text.find(a)
        while start >= 0:
            out.append((start, a, b))
            start = text.find(a, start + 1)
    return out


def misread(text: str, rng, n: int, subs) -> str:
    """text with up to n non-overlapping substitutions of subs, chosen with rng."""
    targets = [x for x in _targets(text, subs) if x[2] not in LOOK_ALIKE or rng.random() < 0.3]  # rarer: other scripts
    rng.shuffle(targets)
    chosen, used = [], set()
    for pos, a, b in targets:
        span = set(range(pos, pos + len(a)))
        if span & used:
            continue
        chosen.append((pos, a, b))
        used |= span
        if len(chosen) >= n:
            break
    for pos, a, b in sorted(chosen, reverse=True):
        text = text[:pos] + b + text[pos + len(a):]
    return text


def split_word(text: str, rng) -> str:
    """A word of 6 letters or more split by a space ('Nation alité')."""
    words = [i for i, w in enumerate(text.split(" ")) if len(w) >= 6 and w.isalpha()]
    if not words:
        return text
    parts = text.split(" ")
    i = rng.choice(words)
    cut = rng.randint(3, len(parts[i]) - 3)
    parts[i] = parts[i][:cut] + " " + parts[i][cut:]
    return " ".join(parts)


def ocr(s: Sheet, text: str, kind: str = "value", name: bool = False, spaces: bool = True) -> str:
    """The text as the OCR read it: damaged with the layout's odds, recorded in the sheet's log (kind, clean, read)."""
    rate, most = LEVELS[s.b22_level]
    out = text
    if s.rng.random() < rate:
        n = s.rng.randint(1, min(most, 1 if name and s.lang == "ko" else 2) if name else most)  # a name stays legible
        if s.lang == "ko" and any("\uac00" <= c <= "\ud7a3" for c in text):
            subs = KO_NAME_SUBS if name else KO_SUBS
        else:
            subs = NAME_SUBS if name else SUBS
        out = misread(text, s.rng, n, subs)
        if spaces and not name and s.lang != "ko" and s.rng.random() < 0.3:
            out = split_word(out, s.rng)
        if out == text and not name:  # nothing to confuse: a space lost or doubled instead
            out = text.replace(" ", "", 1) if " " in text and kind == "label" else text
    s.b22_log.append((kind, text, out))
    return out


def letter_spaced(text: str) -> str:
    """A heading read letter by letter ('E T A T   C I V I L')."""
    return "   ".join(" ".join(w) for w in text.split(" "))


def noise(s: Sheet) -> str:
    return s.pick(NOISE)


# --- the candidate -------------------------------------------------------------------------------------------------
def renew(s: Sheet, level: str) -> None:
    """Give the sheet's person an identity of this split and the layout's damage level."""
    p, rng, lang = s.p, s.rng, s.lang
    s.b22_level, s.b22_log = level, []
    if lang == "ko":
        p.b22_full = rng.choice(NAMES["ko"][p.sex])
        p.b22_first, p.b22_last = p.b22_full[1:], p.b22_full[0]
        local = romanize(p.b22_first) + romanize(p.b22_last) + str(rng.randint(70, 99))
    else:
        p.b22_first, p.b22_last = rng.choice(NAMES[lang][p.sex]), rng.choice(NAMES[lang]["L"])
        p.b22_full = f"{p.b22_first} {p.b22_last}"
        f, last = ascii_fold(p.b22_first).lower(), ascii_fold(p.b22_last).lower()
        local = rng.choice([f"{f}.{last}", f"{last}.{f[0]}", f"{f[0]}{last}{rng.randint(70, 99)}"])
    p.age = rng.randint(21, 61)
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    p.born = date(REF.year - p.age - (1 if (month, day) > (REF.month, REF.day) else 0), month, day)
    p.b22_place = rng.choice(BIRTH[lang])
    p.b22_marital = rng.choice(["married", "single", "divorced", "married", "pacs"])
    p.children = rng.choice([0, 1, 2, 2, 3]) if p.age >= 24 else 0
    if lang == "ko":
        full, short = rng.choice(KO_TOWNS)
        p.b22_home = {"full": f"{full} {rng.randint(1, 300)}", "town": short}
    else:
        town, pc = rng.choice(FR_TOWNS if lang == "fr" else EN_TOWNS)
        street = rng.choice(FR_STREETS if lang == "fr" else EN_STREETS)
        if lang == "en":
            pc = f"{pc} {rng.randint(1, 9)}{rng.choice('ABDEFGHJLNPQRSTUWXY')}{rng.choice('ABDEFGHJLNPRSTUWXY')}"
        p.b22_home = {"street": f"{rng.randint(2, 98)} {street}", "town": town, "pc": pc}
    digits = "".join(str(rng.randint(0, 9)) for _ in range(8))
    p.phone = {"fr": f"0{rng.choice('67')} {digits[:2]} {digits[2:4]} {digits[4:6]} {digits[6:]}",
               "en": f"07{digits[:3]} {digits[3:]}{rng.randint(0, 9)}", "ko": f"010-{digits[:4]}-{digits[4:]}"}[lang]
    p.email = f"{local}@{rng.choice(MAIL[lang])}"
    p.b22_start = max(p.born.year + rng.randint(17, 21), 1990)


def blind22(langs, level: str):
    """Register a layout of this split at a damage level: the sheet gets its identity first."""
    def deco(fn):
        @functools.wraps(fn)
        def run(s: Sheet) -> str:
            renew(s, level)
            return fn(s)
        layout(langs, split=SPLIT)(run)
        return run
    return deco


# --- labels --------------------------------------------------------------------------------------------------------
LABELS = {
    "fr": {"name": "Nom", "first": "Prénom", "sex": "Sexe", "birth": "Date de naissance", "place": "Lieu de naissance",
           "age": "Âge", "nationality": "Nationalité", "family": "Situation familiale", "religion": "Religion",
           "health": "Santé", "residence": "Adresse", "phone": "Téléphone", "email": "E-mail",
           "children": "Enfants", "personal": "ÉTAT CIVIL", "exp": "EXPÉRIENCE PROFESSIONNELLE",
           "edu": "FORMATION", "lic": "PERMIS ET CACES", "skills": "COMPÉTENCES"},
    "en": {"name": "Surname", "first": "First name", "sex": "Gender", "birth": "Date of birth",
           "place": "Place of birth", "age": "Age", "nationality": "Nationality", "family": "Marital status",
           "religion": "Religion", "health": "Disability", "residence": "Address", "phone": "Telephone",
           "email": "Email", "children": "Dependants", "personal": "PERSONAL DETAILS", "exp": "EMPLOYMENT HISTORY",
           "edu": "EDUCATION", "lic": "LICENCES", "skills": "SKILLS"},
    "ko": {"name": "성명", "first": "이름", "sex": "성별", "birth": "생년월일", "place": "출생지", "age": "나이",
           "nationality": "국적", "family": "결혼여부", "religion": "종교", "health": "건강상태", "residence": "주소",
           "phone": "연락처", "email": "이메일", "children": "자녀", "personal": "인적사항", "exp": "경력사항",
           "edu": "학력사항", "lic": "자격증", "skills": "보유기술"},
}


def lab(s: Sheet, key: str) -> str:
    return ocr(s, LABELS[s.lang][key], "label")


# --- the families, each as (label, value text) with the value planted ------------------------------------------------
def name_value(s: Sheet, form: str = "") -> str:
    """The name, damaged letter for letter, planted."""
    p = s.p
    if s.lang == "ko":
        return s.plant("name", ocr(s, p.b22_full, name=True))
    form = form or s.pick(["first_last", "LAST_first", "first_LAST"])
    first = ocr(s, p.b22_first, name=True)
    last = ocr(s, p.b22_last if form == "first_last" else p.b22_last.upper(), name=True)  # the paper's capitals read
    return s.plant("name", f"{last} {first}" if form == "LAST_first" else f"{first} {last}")


def last_value(s: Sheet) -> str:
    """The surname in capitals, as on a form (French and English)."""
    return s.plant("name", ocr(s, s.p.b22_last.upper(), name=True))


def first_value(s: Sheet) -> str:
    return s.plant("name", ocr(s, s.p.b22_first, name=True))


def born_text(s: Sheet) -> str:
    d, lang = s.p.born, s.lang
    if lang == "fr":
        return s.pick([f"{d:%d/%m/%Y}", f"{d:%d.%m.%Y}", f"{d.day} {FR_MONTHS[d.month - 1]} {d.year}"])
    if lang == "en":
        return s.pick([f"{d:%d/%m/%Y}", f"{d.day} {EN_MONTHS[d.month - 1]} {d.year}", f"{d:%d-%m-%Y}"])
    return s.pick([f"{d:%Y.%m.%d}", f"{d.year}년 {d.month}월 {d.day}일"])


def gendered(s: Sheet, family: str, masc: str, suffix: str) -> str:
    """A French value with a feminine ending ('Marié' + 'e'): the stem damaged, the feminine planted with its other
    form and as sex."""
    stem = ocr(s, masc)
    if s.female and suffix:
        value = s.plant(family, stem + suffix, (stem,))
        s.plant("sex", value)
        return value
    return s.plant(family, stem, (stem + suffix,) if suffix else ())


NAT = {"fr": [("camerounais", "e"), ("français", "e"), ("malien", "ne")],
       "en": ["Sierra Leonean", "British", "Irish", "British / Sierra Leonean"], "ko": ["대한민국", "한국", "베트남"]}
REL = {"fr": [("catholique", ""), ("musulman", "e"), ("protestant", "e"), ("adventiste", "")],
       "en": ["Muslim", "Catholic", "Methodist", "Christian (Pentecostal)"], "ko": ["천주교", "불교", "기독교"]}
MARITAL = {"fr": {"married": ("Marié", "e"), "single": ("Célibataire", ""), "divorced": ("Divorcé", "e"),
                  "pacs": ("Pacsé", "e")},
           "en": {"married": "Married", "single": "Single", "divorced": "Divorced", "pacs": "Civil partnership"},
           "ko": {"married": "기혼", "single": "미혼", "divorced": "이혼", "pacs": "기혼"}}
HEALTH = {"fr": ["RQTH", "asthme", "diabète de type 2", "travailleur handicapé", "lombalgie chronique"],
          "en": ["Registered disabled", "Epilepsy", "Asthma", "Hearing impairment", "Type 2 diabetes"],
          "ko": ["청각장애", "당뇨", "허리디스크", "지체장애"]}
KIDS = {"fr": {1: "1 enfant", 2: "2 enfants", 3: "3 enfants"}, "en": {1: "1 child", 2: "2 children", 3: "3 children"},
        "ko": {1: "자녀 1명", 2: "자녀 2명", 3: "자녀 3명"}}


def v_sex(s: Sheet, style: str = "word") -> str:
    """Sex: a word ('Fernale', 'Féminin'), or a label with a one-letter value planted whole, or tick boxes (planted
    whole)."""
    f = s.female
    if style == "box":
        box = {"fr": ("M □ F ■" if f else "M ■ F □"), "en": ("☒ Female ☐ Male" if f else "☐ Female ☒ Male"),
               "ko": ("남 □ 여 ■" if f else "남 ■ 여 □")}[s.lang]
        return s.plant("sex", ocr(s, box))
    if style == "letter" and s.lang != "ko":
        return s.plant("sex", f"{lab(s, 'sex')}{s.pick([' : ', ': ', ':', ' '])}{'F' if f else 'M'}")
    word = {"fr": s.pick(["Féminin", "Femme"]) if f else s.pick(["Masculin", "Homme"]),
            "en": "Female" if f else "Male", "ko": "여성" if f else "남성"}[s.lang]
    return s.plant("sex", ocr(s, word))


def v_age(s: Sheet) -> str:
    a = s.p.age
    return s.plant("age", ocr(s, {"fr": f"{a} ans", "en": s.pick([f"{a}", f"{a} years"]), "ko": f"만 {a}세"}[s.lang]))


def v_birth(s: Sheet) -> str:
    return s.plant("birth", ocr(s, born_text(s)))


def v_place(s: Sheet) -> str:
    town = s.plant("birth", ocr(s, s.p.b22_place))
    country = BIRTH_COUNTRY.get(s.p.b22_place)
    if country and s.chance(0.6):
        return f"{town} ({s.plant('birth', ocr(s, country))})"
    return town


def v_nationality(s: Sheet) -> str:
    if s.lang == "fr":
        masc, suffix = s.pick(NAT["fr"])
        return gendered(s, "nationality", masc, suffix)
    return s.plant("nationality", ocr(s, s.pick(NAT[s.lang])))


def v_religion(s: Sheet) -> str:
    if s.lang == "fr":
        masc, suffix = s.pick(REL["fr"])
        return gendered(s, "religion", masc, suffix)
    return s.plant("religion", ocr(s, s.pick(REL[s.lang])))


def v_family(s: Sheet, box: bool = False) -> str:
    m = s.p.b22_marital
    if box:
        opts = {"fr": ["Marié(e)", "Célibataire", "Divorcé(e)", "Pacsé(e)"],
                "en": ["Married", "Single", "Divorced", "Civil partnership"], "ko": ["기혼", "미혼", "이혼"]}[s.lang]
        ticked = {"married": 0, "single": 1, "divorced": 2, "pacs": 3 if s.lang != "ko" else 0}[m]
        text = " ".join(f"{'[X]' if i == ticked else '[ ]'} {o}" for i, o in enumerate(opts))
        return s.plant("family", ocr(s, text))
    if s.lang == "fr":
        masc, suffix = MARITAL["fr"][m]
        return gendered(s, "family", masc, suffix)
    return s.plant("family", ocr(s, MARITAL[s.lang][m]))


def v_children(s: Sheet) -> str:
    n = s.p.children
    return s.plant("family", ocr(s, KIDS[s.lang][n])) if n else ""


def v_health(s: Sheet) -> str:
    return s.plant("health", ocr(s, s.pick(HEALTH[s.lang])))


def v_residence(s: Sheet) -> str:
    h = s.p.b22_home
    if s.lang == "ko":
        return s.plant("residence", ocr(s, h["full"]))
    street, pc, town = (s.plant("residence", ocr(s, h[k])) for k in ("street", "pc", "town"))
    return f"{street}, {pc} {town}" if s.lang == "fr" else f"{street}, {town} {pc}"


def v_phone(s: Sheet) -> str:
    return s.plant("contact", ocr(s, s.p.phone, spaces=False))


def v_email(s: Sheet) -> str:
    return s.plant("contact", ocr(s, s.p.email, spaces=False))


def pairs(s: Sheet, sex_style: str = "word", box: bool = False, name_pair: bool = False) -> list[tuple[str, str]]:
    """(damaged label, value) of every family; the values planted."""
    out = []
    if name_pair:
        if s.lang == "ko":
            out.append((lab(s, "name"), name_value(s)))
        else:
            out += [(lab(s, "name"), last_value(s)), (lab(s, "first"), first_value(s))]
    sex = v_sex(s, sex_style)
    out.append((lab(s, "sex"), sex) if sex_style != "letter" or s.lang == "ko" else ("", sex))
    out += [(lab(s, "birth"), v_birth(s)), (lab(s, "place"), v_place(s)), (lab(s, "age"), v_age(s)),
            (lab(s, "nationality"), v_nationality(s)), (lab(s, "family"), v_family(s, box))]
    kids = v_children(s)
    if kids:
        out.append((lab(s, "children"), kids))
    out += [(lab(s, "religion"), v_religion(s)), (lab(s, "health"), v_health(s)),
            (lab(s, "residence"), v_residence(s)), (lab(s, "phone"), v_phone(s)), (lab(s, "email"), v_email(s))]
    return out


def pair_lines(s: Sheet, items: list[tuple[str, str]], how: str = "colon") -> list[str]:
    """Label and value on one line: 'label : value', dotted leaders, underlined, joined ('Nationalité:Française')."""
    out = []
    for label, value in items:
        if not label:
            out.append(value)
        elif how == "dots":
            out.append(f"{label} {'.' * s.rng.randint(4, 14)} {value}")
        elif how == "under":
            out.append(f"{label} : {value} {'_' * s.rng.randint(3, 12)}")
        elif how == "mixed":
            out.append(s.pick([f"{label} : {value}", f"{label}:{value}", f"{label} .......... {value}",
                               f"{label}{s.sep}{value}"]))
        else:
            out.append(f"{label}{s.sep}{value}")
    return out


# --- the facts: jobs, licences, diplomas, skills (damaged, kept verbatim) ----------------------------------------------
JOBS = {
    "fr": [("Cariste", "Smoby"), ("Agent de production", "Fruitière de Frasne"), ("Préparation de commandes", "Lidl"),
           ("Agent de service hospitalier", "EHPAD Les Jonquilles"), ("Aide à domicile", "ADMR du Haut-Doubs"),
           ("Agent d'entretien", "Onet"), ("Commis de cuisine", "Hôtel de la Poste"), ("Conduite de ligne",
                                                                                     "Fromagerie Arnaud"),
           ("Bûcheronnage", "ONF"), ("Montage de lunettes", "Lunetterie du Jura")],
    "en": [("Production Operative", "Moy Park"), ("Care Assistant", "Ashgrove care home"), ("Forklift Driver",
                                                                                          "Dunbia"),
           ("Kitchen Porter", "Killyhevlin Hotel"), ("Warehouse Operative", "Kerry Foods"),
           ("Cleaner", "Mitie"), ("Picker Packer", "Greencore"), ("Sawmill Operative", "Balcas")],
    "ko": [("지게차 운전", "CJ대한통운"), ("상하차", "쿠팡 물류센터"), ("사과 선별", "농협 선별장"), ("요양보호사", "사랑 요양원"),
           ("주방 보조", "한우 식당"), ("생산직", "시멘트 공장"), ("포장", "한과 공장"), ("미화", "군청")],
}
DURATIONS = {"fr": ["{n} ans en EHPAD", "{n} ans en usine", "{n} ans de cariste", "{n} ans en logistique"],
             "en": ["{n} years in care", "{n} years in food production", "{n} years in warehousing"],
             "ko": ["경력 {n}년", "물류 경력 {n}년", "요양 경력 {n}년"]}
LICENCES = {"fr": ["Permis B", "CACES R489 cat. 3", "CACES R489 cat. 1", "SST", "HACCP", "Habilitation électrique B0",
                   "Permis C"],
            "en": ["Full UK driving licence", "Counterbalance B1", "Food Hygiene Level 2", "CSCS card",
                   "Manual Handling", "First Aid at Work"],
            "ko": ["지게차운전기능사", "2종 보통 운전면허", "요양보호사 자격증", "한식조리기능사", "1종 대형"]}
DIPLOMAS = {"fr": ["CAP Agent polyvalent de restauration", "Bac pro Logistique", "DEAES", "BEP Bois",
                   "Titre pro Préparateur de commandes", "CAP Conducteur d'engins"],
            "en": ["NVQ Level 2 in Health and Social Care", "GCSE English and Maths", "BTEC Level 2 Hospitality",
                   "City & Guilds Level 2 Food Production"],
            "ko": ["고등학교 졸업", "직업훈련 수료", "전문대학 졸업"]}
SKILLS = {"fr": ["Gestion des stocks", "Conduite de chariot frontal", "Lecture de bons de livraison", "Travail en froid",
                 "Nettoyage industriel", "Service en salle"],
          "en": ["Stock rotation", "Pallet wrapping", "Personal care", "Deep cleaning", "Food safety checks"],
          "ko": ["재고 관리", "포장 작업", "식자재 손질", "환자 이동 보조", "청소"]}


def fct(s: Sheet, text: str) -> str:
    """A job fact as the OCR read it (recorded as read)."""
    return s.fact(ocr(s, text, "fact"))


def period(s: Sheet, y1: int, m1: int, y2: int | None, m2: int) -> str:
    if s.lang == "ko":
        return f"{y1}.{m1:02d} ~ " + (f"{y2}.{m2:02d}" if y2 else "현재")
    now = "aujourd'hui" if s.lang == "fr" else "present"
    form = s.pick(["slash", "years"])
    if form == "years" and y2 != y1:
        return f"{y1} - {y2 or now}"
    return f"{m1:02d}/{y1} - " + (f"{m2:02d}/{y2}" if y2 else now)


def jobs(s: Sheet, n: int = 3) -> list[dict]:
    """n jobs, most recent first: period, title, employer, place and how long, each a fact as the OCR read it."""
    rng = s.rng
    start = s.p.b22_start
    span = REF.year - start
    cuts = sorted(rng.sample(range(start + 1, REF.year), min(n - 1, max(span - 1, 0)))) if n > 1 else []
    bounds = [start, *cuts, REF.year]
    picks = rng.sample(JOBS[s.lang], len(bounds) - 1)
    places = {"fr": FR_JOB_PLACES, "en": EN_JOB_PLACES, "ko": KO_JOB_PLACES}[s.lang]
    out = []
    for i, (title, employer) in enumerate(picks):
        y1, y2 = bounds[i], bounds[i + 1]
        current = i == len(picks) - 1 and rng.random() < 0.5
        out.append({"dates": fct(s, period(s, y1, rng.randint(1, 12), None if current else y2, rng.randint(1, 12))),
                    "title": fct(s, title), "employer": fct(s, employer), "place": fct(s, rng.choice(places))})
    longest = max(range(len(out)), key=lambda i: bounds[i + 1] - bounds[i])
    years = bounds[longest + 1] - bounds[longest]
    if years >= 2:
        out[longest]["long"] = fct(s, s.pick(DURATIONS[s.lang]).format(n=years))
    return out[::-1]


def job_lines(s: Sheet, js: list[dict], style: str = "line") -> list[str]:
    out = []
    for j in js:
        tail = f" ({j['long']})" if j.get("long") else ""
        if style == "block":
            out += [j["dates"], f"{j['title']} - {j['employer']}, {j['place']}{tail}"]
        elif style == "pipe":
            out.append(f"{j['dates']} | {j['employer']} | {j['title']} | {j['place']}{tail}")
        else:
            out.append(f"{j['dates']} : {j['title']}, {j['employer']} ({j['place']}){tail}")
    return out


def extras(s: Sheet, n_lic: int = 2, n_dip: int = 1, n_skill: int = 2) -> dict:
    rng = s.rng
    dip_year = s.p.b22_start - 1
    return {"lic": [fct(s, x) for x in rng.sample(LICENCES[s.lang], n_lic)],
            "dip": [fct(s, f"{x} ({dip_year})" if s.lang != "ko" else f"{dip_year}.02 {x}")
                    for x in rng.sample(DIPLOMAS[s.lang], n_dip)],
            "skill": [fct(s, x) for x in rng.sample(SKILLS[s.lang], n_skill)]}


def body(s: Sheet, style: str = "line", n: int = 3) -> list[str]:
    """Experience, training, licences and skills sections with damaged headings."""
    js = jobs(s, n)
    x = extras(s)
    return ["", lab(s, "exp"), *job_lines(s, js, style), "", lab(s, "edu"), *x["dip"], "", lab(s, "lic"),
            " - ".join(x["lic"]), "", lab(s, "skills"), ", ".join(x["skill"])]


def strays(s: Sheet, lines: list[str], odds: float = 0.2) -> list[str]:
    """Stray marks of stamps, staples and borders at the ends of some lines, apart from the text."""
    out = []
    for line in lines:
        if line and s.chance(odds):
            line = f"{noise(s)} {line}" if s.chance(0.5) else f"{line} {noise(s)}"
        out.append(line)
    return out


# --- layouts -------------------------------------------------------------------------------------------------------
@blind22(("fr", "en", "ko"), "medium")
def cv_scanne_photo(s: Sheet) -> str:
    """A scanned CV whose photo block, top left, is read as lines of noise beside the name; the personal details below
    as 'label : value' lines, damaged; then experience, training, licences and skills."""
    photo = [s.pick(PHOTO) for _ in range(3)]
    head = [f"{photo[0]}   {name_value(s)}", f"{photo[1]}   {s.fact(ocr(s, s.pick(JOBS[s.lang])[0], 'fact'))}",
            photo[2]]
    return "\n".join(strays(s, [*head, "", lab(s, "personal"), *pair_lines(s, pairs(s)), *body(s)]))


@blind22(("fr", "en", "ko"), "heavy")
def fiche_agence_cases(s: Sheet) -> str:
    """A temp agency's paper 'fiche de renseignements' filled in and scanned: dotted leaders ('Nom ........ MOUREY'),
    tick boxes read as characters ('Sexe : M □ F ■', '[X] Marié(e) [ ] Célibataire'), underlines read as '_____'."""
    title = {"fr": "FICHE DE RENSEIGNEMENTS CANDIDAT", "en": "CANDIDATE REGISTRATION FORM", "ko": "구직자 등록 카드"}[s.lang]
    items = pairs(s, sex_style="box", box=True, name_pair=True)
    return "\n".join(strays(s, [ocr(s, title, "label"), "_" * 30, *pair_lines(s, items, "dots"),
                                *body(s, "pipe"), "", "_" * 20, {"fr": "Signature du candidat", "en": "Signature",
                                                                  "ko": "서명"}[s.lang]], 0.3))


@blind22(("fr", "en", "ko"), "heavy")
def formulaire_photo_manuscrit(s: Sheet) -> str:
    """A form handwritten then typed back, photographed: its boxes read column by column, so every label first and
    then every value, in the same order; the job lines after them."""
    items = pairs(s, name_pair=True)
    labels = [label + " :" for label, _ in items if label]
    values = [value for _, value in items]
    return "\n".join(strays(s, [*labels, "", *values, *body(s, "block", 2)], 0.25))


@blind22(("en",), "medium")
def uk_application_scan(s: Sheet) -> str:
    """A scanned UK job application form: 'Section 1 - Personal details' with surname and first name boxes, then the
    'Equal opportunities monitoring' page with tick boxes ('☒ Female ☐ Male', '[X] Married [ ] Single'), religion,
    disability, age; the employment history after them."""
    sec1 = ["Section 1 - " + ocr(s, "Personal details", "label"), f"{lab(s, 'name')}: {last_value(s)}",
            f"{lab(s, 'first')}: {first_value(s)}", f"{lab(s, 'residence')}: {v_residence(s)}",
            f"{lab(s, 'phone')}: {v_phone(s)}", f"{lab(s, 'email')}: {v_email(s)}"]
    eo = [ocr(s, "Equal opportunities monitoring", "label"), f"{lab(s, 'sex')}: {v_sex(s, 'box')}",
          f"{lab(s, 'birth')}: {v_birth(s)}", f"{lab(s, 'age')}: {v_age(s)}", f"{lab(s, 'place')}: {v_place(s)}",
          f"{lab(s, 'nationality')}: {v_nationality(s)}", f"{lab(s, 'family')}: {v_family(s, box=True)}"]
    kids = v_children(s)
    eo += [f"{lab(s, 'children')}: {kids}"] if kids else []
    eo += [f"{lab(s, 'religion')}: {v_religion(s)}", f"{lab(s, 'health')}: {v_health(s)}"]
    return "\n".join(strays(s, [*sec1, "", *body(s, "block"), "", "--- page 2 ---", *eo]))


@blind22(("ko",), "heavy")
def iryeokseo_pyo_scan(s: Sheet) -> str:
    """A printed Korean 이력서 table, scanned and read row by row: cells joined by ' | ' or wide gaps, '성 명' and '생년월일'
    read with their syllables confused ('생년윌일', '성벌', '국직'), the 사진 cell read as noise."""
    items = pairs(s, name_pair=True)
    rows, gap = [], s.pick([" | ", "   ", " ¦ "])
    for i in range(0, len(items), 2):
        rows.append(gap.join(f"{a} {b}" for a, b in items[i:i + 2]))
    return "\n".join(strays(s, [ocr(s, "이 력 서", "label"), f"{s.pick(PHOTO)} (사진)", *rows, *body(s, "pipe")], 0.3))


@blind22(("fr", "en", "ko"), "heavy")
def cv_fax(s: Sheet) -> str:
    """A CV received by fax: the fax machine's header line on each page ('FAX 03 84 .. P.01/02'), heavy damage,
    details joined to their labels ('Nationalité:Française'), the birth date glued to its label ('Néele12/03/1985',
    planted whole)."""
    head = f"{s.pick(['FAX', 'TELEFAX', 'Fax'])} 03 84 {s.rng.randint(10, 99)} 00 P.0{{}}/02 {REF:%d-%b-%Y} 09:{s.rng.randint(10, 59)}"
    items = pairs(s)
    lines = pair_lines(s, items, "mixed")
    glued = {"fr": "Né" + ("e" if s.female else "") + "le", "en": "DOB", "ko": "생"}[s.lang]
    d = s.p.born
    g = s.plant("birth", ocr(s, f"{glued}{d:%d/%m/%Y}" if s.lang != "ko" else f"{glued}{d:%Y%m%d}"))
    if s.female and s.lang == "fr":
        s.plant("sex", g)
    return "\n".join(strays(s, [head.format(1), name_value(s), g, *lines, *body(s), "", head.format(2)], 0.3))


@blind22(("fr", "en", "ko"), "light")
def scan_deux_pages(s: Sheet) -> str:
    """A two-page CV scan with each page's running header (the name) and footer ('Page 1/2'), the name damaged
    differently on each page, details on page 1, jobs on both."""
    js = jobs(s, 4)
    x = extras(s)
    foot = {"fr": "Page {}/2", "en": "Page {} of 2", "ko": "- {} -"}[s.lang]
    p1 = [f"CV - {name_value(s)}", "", name_value(s), *pair_lines(s, pairs(s)), "", lab(s, "exp"),
          *job_lines(s, js[:2]), ocr(s, foot.format(1), "label")]
    p2 = [f"CV - {name_value(s)}", *job_lines(s, js[2:]), "", lab(s, "edu"), *x["dip"], lab(s, "lic"), *x["lic"],
          lab(s, "skills"), *x["skill"], ocr(s, foot.format(2), "label")]
    return "\n".join(strays(s, [*p1, "", *p2], 0.1))


@blind22(("fr", "en"), "light")
def word_zone_texte(s: Sheet) -> str:
    """A CV printed from Word whose text box of personal details is read out of place, in the middle of the job list,
    its border read as '|' at each line's start."""
    js = jobs(s, 4)
    lines = job_lines(s, js, "block")
    box = [f"| {line}" for line in pair_lines(s, pairs(s))]
    cut = 2 + 2 * s.rng.randint(0, 1)
    x = extras(s)
    return "\n".join([name_value(s), lab(s, "exp"), *lines[:cut], *box, *lines[cut:], "", *x["dip"], *x["lic"],
                      ", ".join(x["skill"])])


LETTER = {
    "fr": ("Madame, Monsieur,", "Je me permets de vous adresser ma candidature pour une mission de {job}.",
           "Cordialement,"),
    "en": ("Dear Sir or Madam,", "I am writing to apply for temporary work as a {job}.", "Yours faithfully,"),
    "ko": ("안녕하십니까.", "{job} 업무에 지원하고자 합니다.", "감사합니다."),
}


def me_sentence(s: Sheet) -> str:
    """The author's details said in a sentence, the values damaged and planted."""
    if s.lang == "fr":
        return (f"J'ai {v_age(s)}, je suis {v_family(s)}, de nationalité {v_nationality(s)}, {v_sex(s)}, "
                f"{ocr(s, 'née' if s.female else 'né')} le {v_birth(s)} à {v_place(s)}.")
    if s.lang == "en":
        return (f"I am {v_age(s)} years old ({v_sex(s)}), {v_family(s)}, {v_nationality(s)}, born on {v_birth(s)} in "
                f"{v_place(s)}.")
    return f"저는 {v_birth(s)}에 {v_place(s)}에서 태어난 {v_age(s)} {v_sex(s)}이며, 국적은 {v_nationality(s)}, {v_family(s)}입니다."


def more_sentence(s: Sheet) -> str:
    kids = v_children(s)
    if s.lang == "fr":
        return (f"{('Mère' if s.female else 'Père') + ' de ' + kids + '. ' if kids else ''}Je suis {v_religion(s)} "
                f"pratiquant{'e' if s.female else ''} et reconnu{'e' if s.female else ''} {v_health(s)}. "
                f"J'habite {v_residence(s)}.")
    if s.lang == "en":
        return (f"{'I have ' + kids + '. ' if kids else ''}I am a practising {v_religion(s)} and I should mention "
                f"{v_health(s)}. I live at {v_residence(s)}.")
    return (f"{kids + '를 두고 있으며, ' if kids else ''}종교는 {v_religion(s)}이고 {v_health(s)}이(가) 있습니다. "
            f"주소는 {v_residence(s)}입니다.")


@blind22(("fr", "en", "ko"), "medium")
def lettre_copieur(s: Sheet) -> str:
    """A cover letter put through a copier's scan-to-text: prose whose sentences say the details ('J'ai 4l ans, je suis
    rnariée'), lines broken where the paper's lines were, the contact details at the foot."""
    js = jobs(s, 2)
    x = extras(s, 1, 1, 1)
    greet, ask, bye = LETTER[s.lang]
    ask, bye = ocr(s, ask, "label").format(job=js[-1]["title"]), ocr(s, bye, "label")  # the printed words too
    a, b = js[-1], js[0]
    exp = {"fr": f"J'ai travaillé chez {a['employer']} à {a['place']} ({a['dates']}) et comme {b['title']} chez "
                 f"{b['employer']} à {b['place']} ({b['dates']}).",
           "en": f"I worked at {a['employer']} in {a['place']} ({a['dates']}) and as {b['title']} at {b['employer']} in "
                 f"{b['place']} ({b['dates']}).",
           "ko": f"{a['employer']} ({a['place']}, {a['dates']})와 {b['employer']} ({b['place']}, {b['dates']})에서 "
                 f"{b['title']}(으)로 근무했습니다."}[s.lang]
    if js[-1].get("long") or js[0].get("long"):
        exp += " " + (js[-1].get("long") or js[0].get("long"))
    text = " ".join([ask, me_sentence(s), exp, f"{x['lic'][0]}, {x['dip'][0]}, {x['skill'][0]}.", more_sentence(s)])
    words, lines, cur = re.split(r"(?<=[,.]) ", text), [], ""  # the paper's lines end after a comma or a stop
    for w in words:
        if len(cur) + len(w) > 70:
            lines.append(cur)
            cur = w
        else:
            cur = f"{cur} {w}".strip()
    lines.append(cur)
    return "\n".join([name_value(s), v_phone(s), v_email(s), "", greet, *lines, "", bye, name_value(s)])


@blind22(("fr", "en", "ko"), "medium")
def reference_tampon(s: Sheet) -> str:
    """A former employer's reference letter, scanned: the company's stamp read as a box of marks around the employer's
    name, the referee speaking of the candidate ('Mme X, née le …, demeurant …'), a signature read as noise."""
    js = jobs(s, 2)
    j = js[0]
    stamp = ["»~~~~~~~~~~~~~~~«", f"¦ {j['employer']} ¦", f"¦ {j['place']} ¦", "»~~~~~~~~~~~~~~~«"]
    if s.lang == "ko":
        who = f"{name_value(s)} ({v_sex(s)})"
        said = (f"위 {who}(생년월일 {v_birth(s)}, 주소 {v_residence(s)})은(는) 당사에서 {j['title']}(으)로 근무하였음을 "
                f"확인합니다 ({j['dates']}).")
    else:
        title = ("Madame" if s.female else "Monsieur") if s.lang == "fr" else ("Ms" if s.female else "Mr")
        who = f"{s.plant('sex', ocr(s, title))} {name_value(s)}"
        if s.lang == "fr":
            said = (f"Je soussigné, responsable du site, certifie que {who}, {ocr(s, 'née' if s.female else 'né')} le "
                    f"{v_birth(s)} à {v_place(s)}, demeurant {v_residence(s)}, a travaillé chez nous comme "
                    f"{j['title']} ({j['dates']}).")
        else:
            said = (f"I confirm that {who}, date of birth {v_birth(s)}, of {v_residence(s)}, worked for us as "
                    f"{j['title']} ({j['dates']}).")
    rest = pair_lines(s, [(lab(s, k), fn(s)) for k, fn in (("age", v_age), ("nationality", v_nationality),
                                                           ("family", v_family), ("religion", v_religion),
                                                           ("health", v_health), ("phone", v_phone),
                                                           ("email", v_email))])
    kids = v_children(s)
    return "\n".join([*stamp, "", said, "", *([kids] if kids else []), "/~~\\_/ |/", *stamp[:2], "", *rest,
                      *job_lines(s, js[1:]), *([j["long"]] if j.get("long") else []),
                      *(v for vs in extras(s, 1, 1, 1).values() for v in vs)])


@blind22(("fr", "en", "ko"), "heavy")
def photocopie_identite(s: Sheet) -> str:
    """An identity card photocopied and attached to the CV, OCR'd: its printed labels in two languages ('Nom/Surname',
    'Sexe/Sex', 'Né(e) le/Date of birth'), the photo as noise, then the CV's own details and jobs."""
    card = {"fr": ["RÉPUBLIQUE FRANÇAISE", "CARTE NATIONALE D'IDENTITÉ"],
            "en": ["UNITED KINGDOM OF GREAT BRITAIN AND NORTHERN IRELAND", "RESIDENCE PERMIT"],
            "ko": ["주민등록증"]}[s.lang]
    card = [ocr(s, c, "label") for c in card]
    if s.lang == "ko":
        d = s.p.born
        digit = (2 if s.female else 1) + (2 if d.year >= 2000 else 0)
        number = s.plant("birth", ocr(s, f"{d:%y%m%d}-{digit}******", spaces=False))
        s.plant("sex", number)  # its seventh digit says the sex
        idl = [f"{s.pick(PHOTO)} {name_value(s)}", number, v_residence(s)]
    else:
        lbl = {"fr": ("Nom", "Prénom(s)", "Sexe", "Né(e) le", "à", "Nationalité"),
               "en": ("Surname", "Given names", "Sex", "Date of birth", "Place of birth", "Nationality")}[s.lang]
        lbl = [ocr(s, x, "label") for x in lbl]
        sexl = "F" if s.female else "M"
        idl = [f"{s.pick(PHOTO)} {lbl[0]} {last_value(s)}", f"{lbl[1]} {first_value(s)}",
               s.plant("sex", f"{lbl[2]} {sexl}"), f"{lbl[3]} {v_birth(s)} {lbl[4]} {v_place(s)}",
               f"{lbl[5]} {v_nationality(s)}"]
    rest = pair_lines(s, [(lab(s, k), fn(s)) for k, fn in (("age", v_age), ("family", v_family),
                                                           ("religion", v_religion), ("health", v_health))])
    if s.lang != "ko":
        rest.append(f"{lab(s, 'residence')}{s.sep}{v_residence(s)}")
    else:
        rest.append(f"{lab(s, 'nationality')}{s.sep}{v_nationality(s)}")
    kids = v_children(s)
    return "\n".join(strays(s, [*card, *idl, "- - - - - - - - - -", name_value(s), v_phone(s), v_email(s), *rest,
                                *([kids] if kids else []), *body(s)], 0.3))


@blind22(("fr", "en", "ko"), "heavy")
def photo_telephone(s: Sheet) -> str:
    """A low-quality phone photo of a printed CV: skewed lines read with a border mark at their start, heavy damage,
    letter-spaced headings, a label sometimes on the line above its value."""
    out = [name_value(s), letter_spaced(LABELS[s.lang]["personal"]) if s.lang != "ko" else lab(s, "personal")]
    for label, value in pairs(s, sex_style=s.pick(["word", "letter"])):
        if label and s.chance(0.35):
            out += [label, value]
        else:
            out += pair_lines(s, [(label, value)], "mixed")
    return "\n".join(strays(s, [*out, *body(s, "line")], 0.45))


@blind22(("fr", "en"), "medium")
def cv_colonnes_ocr(s: Sheet) -> str:
    """A two-column printed CV scanned and read across the columns: each line a personal detail on the left and a job
    or training line on the right, joined by a wide gap."""
    left = [name_value(s), *pair_lines(s, pairs(s))]
    js = jobs(s, 4)
    x = extras(s)
    right = [lab(s, "exp"), *job_lines(s, js, "block"), lab(s, "edu"), *x["dip"], *x["lic"], *x["skill"]]
    n = max(len(left), len(right))
    left += [""] * (n - len(left))
    right += [""] * (n - len(right))
    return "\n".join(f"{a:<44}{' ' * s.rng.randint(2, 8)}{b}".rstrip() for a, b in zip(left, right))
