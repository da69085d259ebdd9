"""A twenty-fifth held-aside set of layouts of the placement benchmark (see evaluation.placement), split "blind24":
registered into the same LAYOUTS. Written without reading the masker (its rules, its data, its tests), the README's
list of what it misses or the history's messages, to measure it once more on CVs nobody tuned it on; do not read this
file while tuning a masker, and run it once.

The split is about CVs MADE WITH CV BUILDERS AND TEMPLATES (Canva, CVDesignR, Europass's editor, Indeed and HelloWork
profiles, Word and Google Docs templates, 잡코리아 / 사람인 exports, HWP 이력서 forms), exported to PDF and read back
by a text extractor. Their text carries what no typed CV has: icon fonts read as Private Use Area characters
('\\uf095', '\\uf0e0', '\\uf3c5', '\\ue0cd'), as the ligature names Material icons leave ('phone', 'mail', 'location_on',
'cake', 'person', 'flag', 'home', 'directions_car') or as '(cid:12)', or as emoji, glued to the item or not; a sidebar
read before, after or interleaved with the main column; headings letter-spaced or in small capitals; skill and language
bars read as dots, blocks, stars or percentages; dates in their own column, on the line before or after the job;
template leftovers (placeholders such as 'Votre adresse', 'Lorem ipsum', 'Your Name', '홍길동', a template's sample
name and contacts, the builder's footer, a QR code's text, page numbers: unscored); and the builders' own fields
('Date de naissance', 'Permis', 'Nationalité', 'Situation familiale', 'Genre', '병역', '가족관계', '장애여부'), some
filled and some left with their placeholder. Every family is planted in every CV, many right after an icon, in a
sidebar, in a builder field or in the hobbies; the job facts (employers, places, dates, durations, licences, diplomas,
schools, skills, languages with their levels) are many, several beside an icon or a bar.

Names and places are new: no word of a name is a Faker name or in an earlier split's pools or placement_data; homes,
places of birth and places of work are in none of the earlier pools.

Layouts: canva_deux_colonnes_icones, cvdesignr_export, europass_editeur_2020, indeed_profil_pdf,
word_moderne_zone_texte, gdocs_serif_modele, hellowork_cv, modele_etudiant_barres, uk_cvlibrary_template,
canva_frise_chrono, jobkorea_iryeokseo, saramin_pyojun, hwp_iryeokseo_cells.
"""
from __future__ import annotations

import functools
from datetime import date

from matchlens.evaluation.placement import Sheet, ascii_fold, interleave, layout, romanize

SPLIT = "blind24"
REF = date(2026, 11, 9)  # when the CVs are written: ages are counted from here

# --- names: no Faker word, in no earlier pool (a test checks) ----------------------------------------------------
NAMES = {
    "fr": {"F": ["Bérangère", "Gersende", "Yolaine", "Eudoxie", "Bathilde", "Honorine", "Ombrine"],
           "M": ["Barnabé", "Judicaël", "Gonzague", "Déodat", "Enguerrand", "Théophraste"],
           "L": ["Chamosset", "Vuagnoux", "Perrolaz", "Déchavassine", "Jacquemoud", "Grosset-Grange", "Pollier",
                 "Buttin", "Mugnier", "Dunand-Sauthier"]},
    "en": {"F": ["Sioned", "Carys", "Ebele", "Chinwe"],
           "M": ["Cadfael", "Dyfrig", "Berwyn", "Meurig", "Tobenna"],
           "L": ["Prytherch", "Gwilliam", "Llewelyn", "Treharne", "Pugsley", "Ezeani", "Bythell", "Ifeanyichukwu"]},
    "ko": {"F": ["사공윤슬", "서문보늬", "동방나린", "어금시울", "사공나린", "서문윤슬"],
           "M": ["사공도담", "서문한결", "동방미르", "어금벼리", "동방도담", "서문미르"]},
}
KO_GIVEN_M = ["한결", "도담", "미르", "벼리", "든솔"]
KO_GIVEN_F = ["윤슬", "보늬", "나린", "시울", "꽃님"]

# --- places: in none of the earlier pools (tests check) ----------------------------------------------------------
FR_TOWNS = [("Yssingeaux", "43200"), ("Craponne-sur-Arzon", "43500"), ("Tence", "43190"), ("Saugues", "43170"),
            ("Pradelles", "43420"), ("Lamastre", "07270")]
FR_DEPT = {"43": "Haute-Loire", "07": "Ardèche"}
FR_STREETS = ["rue du Pont-Vieux", "chemin des Écoliers", "avenue des Gorges", "rue de la Coustarade",
              "place du Foirail", "impasse des Genévriers"]
FR_JOB_PLACES = ["Blesle", "Monistrol-sur-Loire", "Retournac", "Paulhaguet", "Aurec-sur-Loire", "Dunières",
                 "Sainte-Sigolène"]
EN_TOWNS = [("Otterburn", "NE19"), ("Belford", "NE70"), ("Wylam", "NE41"), ("Bamburgh", "NE69"),
            ("Warkworth", "NE65")]
EN_STREETS = ["Tynedale Terrace", "Priestpopple", "Shaftoe Crescent", "Fellside Close", "Hencotes"]
EN_COUNTY = "Northumberland"
EN_JOB_PLACES = ["Prudhoe", "Ponteland", "Stocksfield", "Bedlington", "Ashington", "Blyth"]
KO_TOWNS = [("전라남도 보성군 벌교읍", "벌교읍"), ("전라남도 장흥군 관산읍", "관산읍"), ("전라남도 강진군 마량면", "마량면"),
            ("전라남도 해남군 송지면", "송지면")]
KO_ROADS = {"벌교읍": "채동선로", "관산읍": "관산삼거리길", "마량면": "미항로", "송지면": "땅끝해안로"}
KO_APTS = ["한빛아파트", "청솔마을", "해오름빌라"]
KO_JOB_PLACES = ["도양읍", "회천면", "대덕읍", "옥천면", "칠량면"]
BIRTH = {"fr": ["Kolondiéba (Mali)", "Yorosso (Mali)", "Égletons"], "en": ["Awka, Nigeria", "Abakaliki, Nigeria", "Embleton"],
         "ko": ["금일읍", "약산면"]}
MAIL = {"fr": ["orange.fr", "laposte.net", "gmail.com"], "en": ["gmail.com", "outlook.com"], "ko": ["naver.com", "daum.net"]}

# --- icons as a text extractor gives them ---------------------------------------------------------------------------
# kind -> (Font Awesome private-use glyph, Material private-use glyph, Material ligature name, emoji, cid)
ICONS = {
    "phone": ("\uf095", "\ue0cd", "phone", "📞", "(cid:12)"),
    "mail": ("\uf0e0", "\ue0be", "mail", "✉", "(cid:13)"),
    "place": ("\uf3c5", "\ue55f", "location_on", "📍", "(cid:14)"),
    "home": ("\uf015", "\ue88a", "home", "🏠", "(cid:15)"),
    "cake": ("\uf1fd", "\ue7e9", "cake", "🎂", "(cid:16)"),
    "person": ("\uf007", "\ue7fd", "person", "👤", "(cid:17)"),
    "flag": ("\uf024", "\ue153", "flag", "🏳", "(cid:18)"),
    "car": ("\uf1b9", "\ue531", "directions_car", "🚗", "(cid:19)"),
    "web": ("\uf0ac", "\ue894", "language", "🌐", "(cid:20)"),
    "link": ("\uf08c", "\ue157", "link", "🔗", "(cid:21)"),
    "heart": ("\uf004", "\ue87d", "favorite", "♥", "(cid:22)"),
    "family": ("\uf0c0", "\ue7ef", "family_restroom", "👪", "(cid:23)"),
    "health": ("\uf193", "\ue914", "accessible", "♿", "(cid:24)"),
    "work": ("\uf0b1", "\ue8f9", "work", "💼", "(cid:25)"),
    "school": ("\uf19d", "\ue80c", "school", "🎓", "(cid:26)"),
    "lang": ("\uf1ab", "\ue8e2", "translate", "🗣", "(cid:27)"),
    "cal": ("\uf073", "\ue916", "event", "📅", "(cid:28)"),
    "faith": ("\uf67f", "\ue1a0", "church", "🛐", "(cid:29)"),
}
ICON_STYLES = ("fa", "mat", "word", "emoji", "cid")
BARS = {"dots": ("●", "○"), "squares": ("■", "□"), "stars": ("★", "☆"), "blocks": ("█", "░"), "circles": ("⬤", "◯")}
SMALL_CAPS = dict(zip("abcdefghijklmnopqrstuvwxyz", "ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘǫʀꜱᴛᴜᴠᴡxʏᴢ"))

# --- unscored template leftovers -------------------------------------------------------------------------------------
PLACEHOLDERS = {
    "fr": ["Votre adresse", "Votre ville", "[Prénom NOM]", "Intitulé du poste", "Nom de l'entreprise",
           "Lorem ipsum dolor sit amet, consectetur adipiscing elit.", "Décrivez ici vos missions principales.",
           "Ajoutez votre site web"],
    "en": ["Your Name", "Your Address", "123 Anywhere St., Any City", "hello@reallygreatsite.com", "+123-456-7890",
           "www.reallygreatsite.com", "Lorem ipsum dolor sit amet, consectetur adipiscing elit.", "Job Title Here"],
    "ko": ["홍길동", "주소를 입력하세요", "000-0000-0000", "OO대학교 OO학과", "hong@email.com", "내용을 입력하세요"],
}
SAMPLE_NAMES = {"fr": ["Olivia Wilson", "Juliana Silva"], "en": ["Olivia Wilson", "Lorna Alvarado"], "ko": ["홍길동"]}
FOOTERS = {
    "canva": ["Designed with Canva", "canva.com"],
    "cvdesignr": ["Créé avec CVDesignR – cvdesignr.com", "Created with CVDesignR – cvdesignr.com"],
    "europass": ["© Union européenne, 2002-2026 | europass.europa.eu", "© European Union, 2002-2026 | europass.europa.eu"],
    "indeed": ["Profil Indeed – généré le 09/11/2026", "Indeed profile – generated 09/11/2026"],
    "hellowork": ["CV réalisé sur HelloWork – hellowork.com"],
    "jobkorea": ["잡코리아(www.jobkorea.co.kr)에서 출력한 이력서입니다."],
    "saramin": ["사람인 표준이력서 양식 – www.saramin.co.kr"],
}
WEB_PLACEHOLDER = {"fr": "Ajoutez votre site web", "en": "www.reallygreatsite.com", "ko": "홈페이지 주소를 입력하세요"}
QR = {"fr": "[QR code] Scannez-moi pour voir mon CV en ligne", "en": "[QR code] Scan me for my online CV",
      "ko": "[QR] 모바일 이력서 보기"}


# --- the candidate -------------------------------------------------------------------------------------------------
def renew(s: Sheet) -> None:
    """Give the sheet's person an identity, a home, contacts and an icon style of this split."""
    p, rng, lang = s.p, s.rng, s.lang
    if lang == "ko":
        p.b24_full = rng.choice(NAMES["ko"][p.sex])
        p.b24_first, p.b24_last = p.b24_full[2:], p.b24_full[:2]
        local = romanize(p.b24_first) + romanize(p.b24_last) + str(rng.randint(70, 99))
    else:
        p.b24_first, p.b24_last = rng.choice(NAMES[lang][p.sex]), rng.choice(NAMES[lang]["L"])
        p.b24_full = f"{p.b24_first} {p.b24_last}"
        f, last = ascii_fold(p.b24_first).lower(), ascii_fold(p.b24_last).lower().replace(" ", "")
        local = rng.choice([f"{f}.{last}", f"{last}.{f[0]}", f"{f[0]}{last}{rng.randint(70, 99)}"])
    p.age = rng.randint(19, 58)
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    p.born = date(REF.year - p.age - (1 if (month, day) > (REF.month, REF.day) else 0), month, day)
    p.b24_birth = rng.choice(BIRTH[lang])
    p.b24_marital = rng.choice(["married", "single", "divorced", "married", "couple"])
    p.children = rng.choice([0, 1, 2, 3]) if p.age >= 24 else 0
    num = rng.randint(2, 97)
    if lang == "fr":
        town, pc = rng.choice(FR_TOWNS)
        home = {"street": f"{num}{rng.choice(['', '', ' bis'])} {rng.choice(FR_STREETS)}", "pc": pc, "town": town,
                "dept": f"{FR_DEPT[pc[:2]]} ({pc[:2]})"}
    elif lang == "en":
        town, code = rng.choice(EN_TOWNS)
        pc = f"{code} {rng.randint(1, 9)}{rng.choice('ABDEFGHJLNPQRSTUWXY')}{rng.choice('ABDEFGHJLNPRSTUWXY')}"
        home = {"street": f"{rng.choice(['', 'Flat 2, ', 'Flat 5B, '])}{num} {rng.choice(EN_STREETS)}", "pc": pc,
                "town": town, "dept": EN_COUNTY}
    else:
        region, short = rng.choice(KO_TOWNS)
        home = {"street": f"{KO_ROADS[short]} {num}", "town": short, "region": region,
                "unit": f"{rng.choice(KO_APTS)} {rng.randint(101, 109)}동 {rng.randint(1, 12)}0{rng.randint(1, 4)}호"}
    p.b24_home = home
    digits = "".join(str(rng.randint(0, 9)) for _ in range(8))
    p.phone = {"fr": rng.choice([f"0{rng.choice('67')} {digits[:2]} {digits[2:4]} {digits[4:6]} {digits[6:]}",
                                 f"+33 {rng.choice('67')} {digits[:2]} {digits[2:4]} {digits[4:6]} {digits[6:]}"]),
               "en": f"07{digits[:3]} {digits[3:]}{rng.randint(0, 9)}", "ko": f"010-{digits[:4]}-{digits[4:]}"}[lang]
    p.email = f"{local}@{rng.choice(MAIL[lang])}"
    slug = ascii_fold(local.split("@")[0]).replace(".", "-")
    p.b24_linkedin = rng.choice([f"linkedin.com/in/{slug}", f"www.linkedin.com/in/{slug}-{rng.randint(100, 999)}"])
    p.b24_start = max(p.born.year + rng.randint(17, 21), 2004)
    s.b24_icons = rng.choice(ICON_STYLES)
    s.b24_glue = rng.random() < 0.4  # a private-use glyph read right against its item


def blind24(langs):
    """Register a layout of this split: the sheet gets its identity first."""
    def deco(fn):
        @functools.wraps(fn)
        def run(s: Sheet) -> str:
            renew(s)
            return fn(s)
        layout(langs, split=SPLIT)(run)
        return run
    return deco


# --- the text of builders -------------------------------------------------------------------------------------------
def ico(s: Sheet, kind: str, text: str, style: str | None = None) -> str:
    """text after its icon as the extractor reads it: a private-use glyph (glued on some CVs), a ligature name, an
    emoji or a '(cid:N)'."""
    style = style or s.b24_icons
    glyph = ICONS[kind][ICON_STYLES.index(style)]
    sep = "" if style in ("fa", "mat", "cid") and s.b24_glue else s.pick([" ", "  ", "\t"]) if style == "word" else " "
    return f"{glyph}{sep}{text}"


def spaced(text: str) -> str:
    """A letter-spaced heading: 'E X P É R I E N C E'."""
    return "   ".join(" ".join(word) for word in text.upper().split())


def small_caps(text: str) -> str:
    return "".join(SMALL_CAPS.get(c, c) for c in text.lower())


def heading(s: Sheet, text: str, style: str | None = None) -> str:
    style = style or s.pick(["spaced", "caps", "small", "plain"])
    return {"spaced": spaced(text), "caps": text.upper(), "small": small_caps(text), "plain": text}[style]


def bar(s: Sheet, level: int, style: str | None = None) -> str:
    """A skill or language bar of level 1-5: dots, squares, stars, blocks, a percentage or 'n/5'."""
    style = style or s.pick([*BARS, "percent", "outof"])
    if style == "percent":
        return f"{level * 20}%"
    if style == "outof":
        return f"{level}/5"
    full, empty = BARS[style]
    return full * level + empty * (5 - level)


def leftover(s: Sheet, n: int = 1) -> list[str]:
    """Placeholder lines a template left in (unscored)."""
    return s.rng.sample(PLACEHOLDERS[s.lang], n)


# --- the markers ---------------------------------------------------------------------------------------------------
FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
NAT = {"fr": [("malienne", "malien"), ("française", "français"), ("sénégalaise", "sénégalais")],
       "en": ["Nigerian", "British", "British-Nigerian"], "ko": ["대한민국", "우즈베키스탄", "캄보디아"]}
REL = {"fr": [("catholique", "catholique"), ("musulmane", "musulman"), ("protestante", "protestant")],
       "en": ["Catholic", "Muslim", "Pentecostal"], "ko": ["기독교", "불교", "천주교"]}
REL_HOBBY = {"fr": ["Chorale paroissiale", "Bénévolat à la mosquée", "Groupe de prière évangélique"],
             "en": ["Church choir", "Volunteering at the mosque", "Pentecostal youth group"],
             "ko": ["교회 성가대", "사찰 봉사활동", "성당 청년회"]}
MARITAL = {"fr": {"married": ("Mariée", "Marié"), "single": ("Célibataire", "Célibataire"),
                  "divorced": ("Divorcée", "Divorcé"), "couple": ("En couple", "En couple")},
           "en": {"married": "Married", "single": "Single", "divorced": "Divorced", "couple": "Living with partner"},
           "ko": {"married": "기혼", "single": "미혼", "divorced": "이혼", "couple": "미혼"}}
KIDS = {"fr": "{n} enfant(s)", "en": "{n} children", "ko": "자녀 {n}명"}
HEALTH = {"fr": ["RQTH", "diabète de type 1", "déficience auditive", "épilepsie stabilisée"],
          "en": ["Registered disabled", "Type 1 diabetes", "Hearing impairment (hearing aids)"],
          "ko": ["지체장애 5급", "청각장애 4급", "당뇨"]}
HEALTH_HOBBY = {"fr": "Handisport (basket fauteuil)", "en": "Wheelchair basketball", "ko": "휠체어 농구"}
PARENT = {"fr": ("Maman de {n} enfants", "Papa de {n} enfants"), "en": ("Mum of {n}", "Dad of {n}"),
          "ko": ("{n}남매 엄마", "{n}남매 아빠")}


def v_name(s: Sheet, form: str | None = None) -> str:
    """The name: plain, 'LAST First', 'First LAST', all capitals (a builder's title style)."""
    if s.lang == "ko":
        return s.plant("name", s.p.b24_full)
    f, last = s.p.b24_first, s.p.b24_last
    forms = {"plain": f"{f} {last}", "LAST first": f"{last.upper()} {f}", "first LAST": f"{f} {last.upper()}",
             "caps": f"{f} {last}".upper()}
    return s.plant("name", forms[form or s.pick(list(forms))])


def v_first(s: Sheet) -> str:
    return s.plant("name", s.p.b24_first)


def v_sex(s: Sheet, mode: str = "value") -> str:
    """'Femme' / 'Female' / '여' (a field's value; the whole field when the value is one letter), or a civil title."""
    f = s.female
    if mode == "title":
        return s.plant("sex", {"fr": ("Madame", "Monsieur"), "en": ("Ms", "Mr"), "ko": ("여성", "남성")}[s.lang][not f])
    if s.lang == "fr":
        return s.plant("sex", s.pick(["Femme", "Féminin"] if f else ["Homme", "Masculin"]))
    if s.lang == "en":
        return s.plant("sex", "Female" if f else "Male")
    return s.plant("sex", "여성" if f else "남성")


def v_military(s: Sheet, label: str = "병역") -> str:
    """A Korean 병역 field: '군필 (육군 병장 만기전역)' for a man, '비대상' for a woman (the value planted as sex)."""
    body = "비대상" if s.female else s.pick(["군필 (육군 병장 만기전역)", "군필", "육군 만기제대"])
    return f"{label} {s.plant('sex', body)}" if label else s.plant("sex", body)


def v_age(s: Sheet) -> str:
    a = s.p.age
    return s.plant("age", {"fr": f"{a} ans", "en": s.pick([f"{a} years old", f"Age {a}"]),
                           "ko": s.pick([f"만 {a}세", f"{a}세"])}[s.lang])


def v_birth(s: Sheet, style: str | None = None) -> str:
    d = s.p.born
    style = style or s.pick(["num", "words"])
    text = {"fr": f"{d:%d/%m/%Y}" if style == "num" else f"{d.day} {FR_MONTHS[d.month - 1]} {d.year}",
            "en": f"{d:%d/%m/%Y}" if style == "num" else f"{d.day} {EN_MONTHS[d.month - 1]} {d.year}",
            "ko": f"{d.year}.{d.month:02d}.{d.day:02d}" if style == "num" else f"{d.year}년 {d.month}월 {d.day}일"}
    return s.plant("birth", text[s.lang])


def v_birthplace(s: Sheet) -> str:
    return s.plant("birth", s.p.b24_birth)


def v_nat(s: Sheet, cap: bool = False) -> str:
    if s.lang == "fr":
        fem, masc = s.pick(NAT["fr"])
        if cap:
            fem, masc = fem.capitalize(), masc.capitalize()
        return s.plant("nationality", fem if s.female else masc, (masc if s.female else fem,))
    return s.plant("nationality", s.pick(NAT[s.lang]))


def v_rel(s: Sheet, mode: str = "value") -> str:
    """The faith as a field's value, or a hobby that says it."""
    if mode == "hobby":
        return s.plant("religion", s.pick(REL_HOBBY[s.lang]))
    if s.lang == "fr":
        fem, masc = s.pick(REL["fr"])
        return s.plant("religion", fem if s.female else masc, (masc if s.female else fem,))
    return s.plant("religion", s.pick(REL[s.lang]))


def v_family(s: Sheet, mode: str = "value") -> str:
    """Marital status and children (a field's value), or a hobby line 'Maman de 2 enfants' (family and sex)."""
    n = s.p.children
    if mode == "hobby" and n >= 2:
        text = PARENT[s.lang][not s.female].format(n=n)
        s.plant("family", text)
        word = text.split()[0] if s.lang != "ko" else text[-2:]
        s.plant("sex", word)
        return text
    if s.lang == "fr":
        fem, masc = MARITAL["fr"][s.p.b24_marital]
        text = s.plant("family", fem if s.female else masc, (masc if s.female else fem,))
    else:
        text = s.plant("family", MARITAL[s.lang][s.p.b24_marital])
    if n:
        text += ", " + s.plant("family", KIDS[s.lang].format(n=n))
    return text


def v_health(s: Sheet, mode: str = "value") -> str:
    if mode == "hobby":
        return s.plant("health", HEALTH_HOBBY[s.lang])
    return s.plant("health", s.pick(HEALTH[s.lang]))


def v_phone(s: Sheet) -> str:
    return s.plant("contact", s.p.phone)


def v_email(s: Sheet) -> str:
    return s.plant("contact", s.p.email)


def v_linkedin(s: Sheet) -> str:
    return s.plant("contact", s.p.b24_linkedin)


def v_res(s: Sheet, form: str = "line") -> str:
    """The home: 'line' (street, postcode, town), 'block' (two lines), 'town' (town, its postcode or département),
    'street' (the street alone, the town given by 'town' elsewhere)."""
    h, pl = s.p.b24_home, functools.partial(s.plant, "residence")
    if s.lang == "ko":
        if form in ("line", "street"):
            return pl(f"{h['region']} {h['street']}, {h['unit']}")
        if form == "block":
            return f"{pl(h['region'] + ' ' + h['street'])}\n{pl(h['unit'])}"
        return pl(s.pick([h["region"], h["region"].split(" ", 1)[1]]))
    if form == "line":
        tail = f"{h['pc']} {h['town']}" if s.lang == "fr" else f"{h['town']} {h['pc']}"
        return pl(f"{h['street']}, {tail}")
    if form == "block":
        tail = f"{h['pc']} {h['town']}" if s.lang == "fr" else f"{h['town']}, {h['pc']}"
        return f"{pl(h['street'])}\n{pl(tail)}"
    if form == "street":
        return pl(h["street"])
    if s.lang == "fr":
        return pl(s.pick([h["town"], f"{h['town']} ({h['pc'][:2]})", f"{h['pc']} {h['town']}",
                          f"{h['town']}, {h['dept']}"]))
    return pl(s.pick([h["town"], f"{h['town']}, {EN_COUNTY}", f"{h['town']} {h['pc']}"]))


# --- the facts -----------------------------------------------------------------------------------------------------
JOBS = {
    "fr": [("Cariste", "Coopérative laitière du Mézenc"), ("Agent de production", "Salaisons du Meygal"),
           ("Agent logistique", "Plateforme Velay Distribution"), ("Commis de cuisine", "Auberge des Gorges de la Loire"),
           ("Agent de quai", "Transports Velay-Express"), ("Employé(e) polyvalent(e)", "Station du Mézenc"),
           ("Ouvrier(ère) agricole", "GAEC des Trois Fontaines"), ("Agent d'entretien", "Thermes de Saint-Laurent")],
    "en": [("Warehouse Operative", "Tyne Valley Freight"), ("Kitchen Porter", "The Hadrian Arms"),
           ("Housekeeping Assistant", "Coquetdale Lodge Hotel"), ("Production Operative", "Coquet Creamery"),
           ("Forklift Driver", "Kielder Timber"), ("Farm Hand", "Cheviot Estate farms"),
           ("Retail Assistant", "Tynedale Outdoor store")],
    "ko": [("생산직", "득량만 수산 가공공장"), ("지게차 운전", "회천 물류센터"), ("포장", "다향 녹차 영농조합"),
           ("미화", "남도 복지회관"), ("주방 보조", "율포 해수녹차센터"), ("상하차", "옥천 농협 APC")],
}
SKILLS = {"fr": ["Conduite de chariot élévateur", "Gestion des stocks", "Hygiène HACCP", "Travail en équipe",
                 "Scanner RF", "Pack Office", "Relation client", "Port de charges"],
          "en": ["Stock rotation", "Food hygiene", "Teamwork", "Pallet truck", "Microsoft Excel", "Customer service",
                 "Manual handling"],
          "ko": ["재고 관리", "위생 관리", "엑셀", "팀워크", "고객 응대", "정리정돈"]}
LANGS = {"fr": [("Anglais", "B1"), ("Espagnol", "A2"), ("Occitan", "B2"), ("Italien", "A2"), ("Allemand", "A1")],
         "en": [("French", "B1"), ("Spanish", "A2"), ("Welsh", "B2"), ("German", "A1")],
         "ko": [("영어", "중급"), ("일본어", "초급"), ("중국어", "초급")]}
LICENCES = {"fr": ["Permis B", "CACES R489 cat. 3", "SST", "Habilitation électrique H0B0"],
            "en": ["Full UK driving licence", "Counterbalance forklift licence", "Food Hygiene Level 2", "CSCS card"],
            "ko": ["지게차운전기능사", "2종 보통 운전면허", "한식조리기능사"]}
DIPLOMAS = {"fr": ["CAP Cuisine", "Bac pro Logistique", "Titre professionnel Agent magasinier", "CAP Agricole"],
            "en": ["NVQ Level 2 Warehousing", "BTEC Hospitality", "GCSEs (5, grades 9-4)"],
            "ko": ["기계과 졸업", "조리과 졸업", "물류관리 과정 수료"]}
SCHOOLS = {"fr": ["AFPA du Puy-en-Velay", "Lycée professionnel du Velay", "CFA agricole de Brioude"],
           "en": ["Northumberland College", "Kirkley Hall College", "Newcastle College"],
           "ko": ["순천공업고등학교", "목포직업전문학교", "전남생명과학고등학교"]}
HOBBIES = {"fr": ["Randonnée", "Pêche", "Football", "Cuisine"], "en": ["Hill walking", "Football", "Cooking"],
           "ko": ["등산", "독서", "축구"]}


def period(s: Sheet, y1: int, m1: int, y2: int | None, m2: int, style: str) -> str:
    now = {"fr": "aujourd'hui", "en": "Present", "ko": "재직중"}[s.lang]
    if s.lang == "ko":
        return f"{y1}.{m1:02d} ~ " + (f"{y2}.{m2:02d}" if y2 else now)
    if style == "years":
        return f"{y1} – {y2 or now}" if y1 != y2 else str(y1)
    if style == "month":
        months = FR_MONTHS if s.lang == "fr" else [m[:3] for m in EN_MONTHS]
        end = f"{months[m2 - 1]} {y2}" if y2 else now
        return f"{months[m1 - 1]} {y1} – {end}"
    if style == "europass":
        return f"01/{m1:02d}/{y1} – " + (f"28/{m2:02d}/{y2}" if y2 else now.upper() if s.lang == "en" else "ACTUEL")
    return f"{m1:02d}/{y1} - " + (f"{m2:02d}/{y2}" if y2 else now)


def duration(s: Sheet, months: int) -> str:
    y, m = divmod(max(months, 1), 12)
    if s.lang == "fr":
        parts = [f"{y} an{'s' if y > 1 else ''}" if y else "", f"{m} mois" if m else ""]
    elif s.lang == "en":
        parts = [f"{y} yr{'s' if y > 1 else ''}" if y else "", f"{m} mo{'s' if m > 1 else ''}" if m else ""]
    else:
        parts = [f"{y}년" if y else "", f"{m}개월" if m else ""]
    return " ".join(p for p in parts if p)


def missions(s: Sheet, n: int = 3, style: str = "slash", with_duration: bool = False) -> list[dict]:
    """n jobs, most recent first: dates, duration, title, employer, town (facts)."""
    rng = s.rng
    start = s.p.b24_start
    cuts = sorted(rng.sample(range(start + 1, REF.year), min(n - 1, max(REF.year - start - 1, 0))))
    bounds = [start, *cuts, REF.year]
    picks = rng.sample(JOBS[s.lang], len(bounds) - 1)
    towns = rng.sample({"fr": FR_JOB_PLACES, "en": EN_JOB_PLACES, "ko": KO_JOB_PLACES}[s.lang], len(picks))
    out = []
    for i, ((title, employer), town) in enumerate(zip(picks, towns)):
        y1, y2 = bounds[i], bounds[i + 1]
        m1, m2 = rng.randint(1, 12), rng.randint(1, 10 if y2 == REF.year else 12)
        current = i == len(picks) - 1 and rng.random() < 0.5
        months = (REF.year - y1) * 12 + REF.month - m1 if current else (y2 - y1) * 12 + m2 - m1
        out.append({"dates": s.fact(period(s, y1, m1, None if current else y2, m2, style)),
                    "duration": s.fact(duration(s, months)) if with_duration else "",
                    "title": s.fact(title), "employer": s.fact(employer), "town": s.fact(town)})
    return out[::-1]


def skills(s: Sheet, n: int = 4) -> list[tuple[str, int]]:
    return [(s.fact(x), s.rng.randint(2, 5)) for x in s.rng.sample(SKILLS[s.lang], n)]


def languages(s: Sheet, n: int = 2) -> list[tuple[str, str, int]]:
    """(language, level, bar level): the language a fact, its CEFR level a fact."""
    out = []
    for name, level in s.rng.sample(LANGS[s.lang], n):
        lvl = {"A1": 1, "A2": 2, "B1": 3, "B2": 4, "초급": 2, "중급": 3}[level]
        out.append((s.fact(name), s.fact(level), lvl))
    return out


def licences(s: Sheet, n: int = 2) -> list[str]:
    return [s.fact(x) for x in s.rng.sample(LICENCES[s.lang], n)]


def diploma(s: Sheet) -> tuple[str, str, str]:
    year = s.p.b24_start - 1
    return s.fact(s.pick(DIPLOMAS[s.lang])), s.fact(s.pick(SCHOOLS[s.lang])), s.fact(str(year))


def hobbies(s: Sheet, *extra: str) -> list[str]:
    """The hobbies, the markers given mixed among plain ones."""
    items = [*s.rng.sample(HOBBIES[s.lang], 2), *extra]
    s.rng.shuffle(items)
    return items


H = {"fr": {"exp": "Expérience", "edu": "Formation", "skills": "Compétences", "langs": "Langues",
            "hobbies": "Centres d'intérêt", "perso": "Infos personnelles", "contact": "Contact", "lic": "Permis",
            "profile": "Profil"},
     "en": {"exp": "Experience", "edu": "Education", "skills": "Skills", "langs": "Languages", "hobbies": "Interests",
            "perso": "Personal details", "contact": "Contact", "lic": "Licences", "profile": "Profile"},
     "ko": {"exp": "경력사항", "edu": "학력사항", "skills": "보유 기술", "langs": "외국어", "hobbies": "취미",
            "perso": "인적사항", "contact": "연락처", "lic": "자격증", "profile": "자기소개"}}
LAB = {"fr": {"birth": "Date de naissance", "place": "Lieu de naissance", "nat": "Nationalité", "family":
              "Situation familiale", "sex": "Genre", "age": "Âge", "rel": "Religion", "health": "Santé",
              "lic": "Permis", "web": "Site web", "addr": "Adresse", "phone": "Téléphone", "mail": "E-mail"},
       "en": {"birth": "Date of birth", "place": "Place of birth", "nat": "Nationality", "family": "Marital status",
              "sex": "Gender", "age": "Age", "rel": "Religion", "health": "Health", "lic": "Driving licence",
              "web": "Website", "addr": "Address", "phone": "Phone", "mail": "Email"},
       "ko": {"birth": "생년월일", "place": "출생지", "nat": "국적", "family": "결혼여부", "sex": "성별", "age": "나이",
              "rel": "종교", "health": "장애여부", "lic": "운전면허", "web": "홈페이지", "addr": "주소", "phone": "휴대폰",
              "mail": "이메일"}}
UNFILLED = {"fr": "[à compléter]", "en": "[Add details]", "ko": "(입력)"}


def pers_fields(s: Sheet, icons: bool, skip: tuple[str, ...] = ()) -> list[str]:
    """The builder's personal fields, each filled with its marker (after the field's icon when icons is set); the
    fields skipped are left with the template's placeholder."""
    lab, out = LAB[s.lang], []
    items = [("cake", "birth", lambda: v_birth(s)), ("home", "place", lambda: v_birthplace(s)),
             ("cake", "age", lambda: v_age(s)), ("flag", "nat", lambda: v_nat(s, cap=True)),
             ("person", "sex", lambda: v_sex(s)), ("family", "family", lambda: v_family(s)),
             ("faith", "rel", lambda: v_rel(s)), ("health", "health", lambda: v_health(s))]
    for kind, key, fn in items:
        if key in skip:
            out.append(f"{lab[key]} : {UNFILLED[s.lang]}" if s.lang == "fr" else f"{lab[key]}: {UNFILLED[s.lang]}")
            continue
        value = fn()
        line = f"{lab[key]} : {value}" if s.lang == "fr" else f"{lab[key]}: {value}"
        out.append(ico(s, kind, value) if icons and s.chance(0.6) else line)
    return out


def contact_block(s: Sheet, icons: bool = True, res_form: str = "line", linked: bool = True) -> list[str]:
    """Phone, mail, home, LinkedIn each after its icon."""
    items = [("phone", v_phone(s)), ("mail", v_email(s)), ("place", v_res(s, res_form))]
    if linked:
        items.append(("link", v_linkedin(s)))
    s.rng.shuffle(items)
    if not icons:
        return [v for _, v in items]
    return [line for kind, v in items for line in ico(s, kind, v).split("\n")]


def exp_lines(s: Sheet, ms: list[dict], how: str) -> list[str]:
    """Jobs as builders lay them out: 'before' (the dates' column read on the line before), 'after' (on the line
    after), 'timeline' ('|' and '•'), 'icon' (a briefcase before the title), 'inline'."""
    out = []
    for m in ms:
        dur = f" ({m['duration']})" if m["duration"] else ""
        if how == "before":
            out += [m["dates"] + dur, m["title"], f"{m['employer']} • {m['town']}"]
        elif how == "after":
            out += [f"{m['title']} – {m['employer']}", m["town"], m["dates"] + dur]
        elif how == "timeline":
            out += [f"•  {m['dates']}{dur}", f"|  {m['title']}", f"|  {m['employer']}, {m['town']}", "|"]
        elif how == "icon":
            out += [ico(s, "work", m["title"]), f"{m['employer']} | {m['town']}", ico(s, "cal", m["dates"] + dur)]
        else:
            out.append(f"{m['dates']}{dur} | {m['title']} | {m['employer']} | {m['town']}")
    return out


def skill_lines(s: Sheet, style: str | None = None, split: bool = False) -> list[str]:
    """Skills with their bars, the bar on the skill's line or (split) on the next line."""
    style = style or s.pick([*BARS, "percent"])
    out = []
    for name, lvl in skills(s):
        out += [name, bar(s, lvl, style)] if split else [f"{name}  {bar(s, lvl, style)}"]
    return out


def lang_lines(s: Sheet, style: str | None = None) -> list[str]:
    style = style or s.pick(list(BARS))
    return [s.pick([f"{name} ({level})  {bar(s, lvl, style)}", f"{name}  {bar(s, lvl, style)}  {level}",
                    f"{name} – {level}"]) for name, level, lvl in languages(s)]


def edu_lines(s: Sheet) -> list[str]:
    dip, school, year = diploma(s)
    return {"fr": [f"{year} : {dip}", school], "en": [f"{dip} ({year})", school], "ko": [f"{year}.02 {school} {dip}"]}[
        s.lang]


# --- layouts -------------------------------------------------------------------------------------------------------
@blind24(("fr", "en", "ko"))
def canva_deux_colonnes_icones(s: Sheet) -> str:
    """A Canva two-column CV read by a PDF extractor: the name in capitals and the job title, then the sidebar
    (photo's '(cid:n)', contact items each after an icon glyph, 'Infos personnelles' with birth, nationality, family
    after icons, skills with bars, languages with bars, hobbies holding faith and health) interleaved line by line with
    the main column (profile, jobs with their dates on the line before), the template's sample name left in a
    testimonial box, the 'canva.com' footer."""
    hd = s.pick(["spaced", "caps"])
    side = ["(cid:5)", heading(s, H[s.lang]["contact"], hd), *contact_block(s), "", heading(s, H[s.lang]["perso"], hd),
            ico(s, "cake", v_birth(s)), ico(s, "flag", v_nat(s, cap=True)), ico(s, "family", v_family(s)),
            ico(s, "person", v_sex(s)), "", heading(s, H[s.lang]["skills"], hd), *skill_lines(s), "",
            heading(s, H[s.lang]["langs"], hd), *lang_lines(s), "", heading(s, H[s.lang]["hobbies"], hd),
            *hobbies(s, v_rel(s, "hobby"), v_health(s, "hobby"))]
    ms = missions(s, 3, s.pick(["years", "slash"]))
    age, bp = v_age(s), v_birthplace(s)
    main = [heading(s, H[s.lang]["profile"], hd),
            {"fr": f"{age}, motivé(e) et ponctuel(le), {'née' if s.female else 'né'} à {bp}.",
             "en": f"Reliable worker, {age}, born in {bp}.", "ko": f"{bp} 출신, {age}, 성실한 지원자입니다."}[s.lang],
            "", heading(s, H[s.lang]["exp"], hd), *exp_lines(s, ms, "before"), "",
            heading(s, H[s.lang]["edu"], hd), *edu_lines(s), *[ico(s, "car", x) for x in licences(s, 1)]]
    if s.lang == "fr" and s.female:  # the 'née' of the profile is the author's sex
        s.plant("sex", "née")
    head = [v_name(s, "caps"), s.pick([x[0] for x in JOBS[s.lang]])]
    quote = ["", f"« {s.pick(SAMPLE_NAMES[s.lang])} »"]
    how = s.pick(["alternate", "rows", "side_first"])
    body = side + [""] + main if how == "side_first" else interleave(side, main, how, 36)
    return "\n".join(head + [""] + body + quote + ["", s.pick(FOOTERS["canva"])])


@blind24(("fr", "en"))
def cvdesignr_export(s: Sheet) -> str:
    """A CVDesignR export: the sidebar read first (photo caption, 'Infos personnelles' with the builder's fields
    'Date de naissance', 'Nationalité', 'Situation familiale', 'Permis' filled and one left with its placeholder,
    contact items after glyphs, a personal page URL, skills as stars), then the main column with letter-spaced headings
    and the dates in their own column on the line after each job, a QR code's text and the 'Créé avec CVDesignR'
    footer, page numbers."""
    skip = (s.pick(["place", "age"]),)
    lic = licences(s, 1)[0]
    side = ["Photo", v_name(s), heading(s, H[s.lang]["perso"], "spaced"), *pers_fields(s, True, skip),
            f"{LAB[s.lang]['lic']} : {lic}" if s.lang == "fr" else f"{LAB[s.lang]['lic']}: {lic}",
            *contact_block(s, res_form="block"),
            ico(s, "web", s.plant("contact", f"cvdesignr.com/p/{s.rng.getrandbits(32):08x}")),
            "", heading(s, H[s.lang]["skills"], "spaced"), *skill_lines(s, "stars"), "",
            heading(s, H[s.lang]["langs"], "spaced"), *lang_lines(s, "stars")]
    ms = missions(s, 3, "month", with_duration=s.chance(0.5))
    main = [heading(s, H[s.lang]["exp"], "spaced"), *exp_lines(s, ms, "after"), "",
            heading(s, H[s.lang]["edu"], "spaced"), *edu_lines(s), "", heading(s, H[s.lang]["hobbies"], "spaced"),
            " · ".join(hobbies(s, v_rel(s, "hobby")))]
    foot = [QR[s.lang], s.pick(FOOTERS["cvdesignr"]), "1 / 1"]
    return "\n".join(side + [""] + main + [""] + foot)


@blind24(("fr", "en"))
def europass_editeur_2020(s: Sheet) -> str:
    """A CV from the Europass editor (2020+) read back: the name, the fields 'Date de naissance', 'Nationalité',
    'Genre' on one line separated by '|', the contact items with '(cid:n)' icons, 'Adresse :' with the home ('Domicile'),
    jobs with the dates and the town on the line above the title ('01/03/2021 – 28/06/2023 Retournac, France'), the
    self-assessment grid of languages, the driving licence section, the hobbies box, the Europass footer."""
    lab = LAB[s.lang]
    top = [v_name(s, "plain"), f"{lab['birth']}: {v_birth(s, 'num')} | {lab['nat']}: {v_nat(s, cap=True)} | "
           f"{lab['sex']}: {v_sex(s)}",
           ico(s, "phone", f"({'Mobile' if s.lang == 'en' else 'Portable'}) {v_phone(s)}", "cid"),
           ico(s, "mail", f"{'Adresse e-mail' if s.lang == 'fr' else 'Email address'}: {v_email(s)}", "cid"),
           ico(s, "home", f"{'Domicile' if s.lang == 'fr' else 'Home'}: {v_res(s, 'line')}", "cid"),
           ico(s, "link", f"LinkedIn: {v_linkedin(s)}", "cid")]
    country = {"fr": "France", "en": "United Kingdom"}[s.lang]
    exp = [heading(s, "Expérience professionnelle" if s.lang == "fr" else "Work experience", "caps")]
    for m in missions(s, 3, "europass"):
        exp += [f"{m['dates']} {m['town']}, {country}", m["title"], m["employer"], ""]
    langs = [heading(s, "Compétences linguistiques" if s.lang == "fr" else "Language skills", "caps"),
             "Mother tongue(s): English" if s.lang == "en" else "Langue(s) maternelle(s) : Français" if not any(
                 m.family == "nationality" and m.value.lower().startswith("fran") for m in s.markers) else
             "Langue(s) maternelle(s) :",
             "COMPRÉHENSION ORALE LECTURE EXPRESSION ÉCRITE" if s.lang == "fr" else "LISTENING READING WRITING"]
    langs += [f"{name} {level} {level} {level}" for name, level, _ in languages(s)]
    rest = ["", heading(s, "Permis de conduire" if s.lang == "fr" else "Driving licence", "caps"),
            *licences(s, 1), "", heading(s, "Éducation et formation" if s.lang == "fr" else "Education and training",
                                         "caps"), *edu_lines(s), "",
            heading(s, "Centres d'intérêt" if s.lang == "fr" else "Hobbies and interests", "caps"),
            *hobbies(s, v_rel(s, "hobby"), ico(s, "health", v_health(s), "cid")),
            "", heading(s, "Informations complémentaires" if s.lang == "fr" else "Additional information", "caps"),
            f"{lab['family']}: {v_family(s)}", f"{lab['age']}: {v_age(s)}", f"{lab['place']}: {v_birthplace(s)}",
            "", s.pick(FOOTERS["europass"]), "Page 1 / 2" if s.lang == "fr" else "Page 1 of 2"]
    return "\n".join(top + [""] + exp + langs + rest)


@blind24(("fr", "en"))
def indeed_profil_pdf(s: Sheet) -> str:
    """An Indeed profile saved as PDF: the name, the town and département ('Marvejols (48)') after a Material
    'location_on', phone and mail after their ligature names, the 'Expérience professionnelle' entries with the job's
    town and dates below, the 'Permis' and 'Certifications' lines, a 'Informations complémentaires' box the candidate
    typed birth, age, nationality, family, faith and health into, the Indeed footer."""
    lab = LAB[s.lang]
    lines = [v_name(s, "plain"), ico(s, "place", v_res(s, "town"), "word"), ico(s, "phone", v_phone(s), "word"),
             ico(s, "mail", v_email(s), "word"), "", heading(s, "Expérience professionnelle" if s.lang == "fr" else
                                                           "Work Experience", "plain")]
    for m in missions(s, 3, "month", with_duration=True):
        lines += [m["title"], f"{m['employer']} - {m['town']}", f"{m['dates']} ({m['duration']})", ""]
    lines += [heading(s, H[s.lang]["edu"], "plain"), *edu_lines(s), "", heading(s, H[s.lang]["skills"], "plain"),
              *[f"• {x} - {s.pick(['1 an', '2 ans', '5 ans'] if s.lang == 'fr' else ['1 year', '3 years'])}"
                for x, _ in skills(s, 3)], "", "Permis" if s.lang == "fr" else "Licences",
              *licences(s, 2), "", heading(s, H[s.lang]["langs"], "plain"),
              *[f"{n} - {lv}" for n, lv, _ in languages(s)], "",
              "Informations complémentaires" if s.lang == "fr" else "Additional Information",
              f"{v_sex(s, 'title')}, {v_age(s)}, {'née le' if s.female else 'né le'} {v_birth(s)} à {v_birthplace(s)}"
              if s.lang == "fr" else f"{v_sex(s, 'title')}, {v_age(s)}, born {v_birth(s)} in {v_birthplace(s)}",
              f"{lab['nat']} : {v_nat(s)} – {v_family(s)}" if s.lang == "fr" else f"{lab['nat']}: {v_nat(s)} – "
              f"{v_family(s)}", f"{v_rel(s)} / {v_health(s)}", "", s.pick(FOOTERS["indeed"])]
    if s.lang == "fr" and s.female:
        s.plant("sex", "née")
    return "\n".join(lines)


@blind24(("fr", "en", "ko"))
def word_moderne_zone_texte(s: Sheet) -> str:
    """A Word 'moderne' template whose sidebar is a text box read AFTER the main column: the name and the job title
    with the template's placeholders left beside them ('Votre adresse', '[Prénom NOM]'), the main column with small
    capital headings, then the text box: contact lines after Font Awesome glyphs (read as private-use characters),
    the personal fields, hobbies, a page number."""
    ms = missions(s, 3, "slash")
    main = [v_name(s, s.pick(["LAST first", "first LAST"])) if s.lang != "ko" else v_name(s),
            *leftover(s, 2), "", heading(s, H[s.lang]["exp"], "small"), *exp_lines(s, ms, s.pick(["before", "inline"])),
            "", heading(s, H[s.lang]["edu"], "small"), *edu_lines(s), "",
            heading(s, H[s.lang]["lic"], "small"), *[ico(s, "car", x, "fa") for x in licences(s, 2)]]
    box = [heading(s, H[s.lang]["contact"], "small"), *[ico(s, k, v, "fa") for k, v in
                                                       (("phone", v_phone(s)), ("mail", v_email(s)))],
           *ico(s, "home", v_res(s, "block"), "fa").split("\n"), "", heading(s, H[s.lang]["perso"], "small"),
           *pers_fields(s, True, (s.pick(["place", "sex"]),)), "", heading(s, H[s.lang]["langs"], "small"),
           *lang_lines(s, "squares"), "", heading(s, H[s.lang]["hobbies"], "small"),
           ", ".join(hobbies(s, v_family(s, "hobby") if s.p.children >= 2 else s.pick(HOBBIES[s.lang])))]
    return "\n".join(main + ["", "\f"] + box + ["", "1"])


@blind24(("fr", "en", "ko"))
def gdocs_serif_modele(s: Sheet) -> str:
    """A Google Docs 'Serif' template: the name, an address line and the contacts on the next lines, the template's
    'Lorem ipsum' left under a heading, the jobs with the town after the employer and the dates in their own column
    after them, the skills and languages with percentages, the personal details typed in a last 'Autres' section."""
    lab = LAB[s.lang]
    ms = missions(s, 3, "month" if s.lang != "ko" else "slash")
    lines = [v_name(s, "plain"), v_res(s, "line"), f"{v_phone(s)}", v_email(s), "",
             heading(s, H[s.lang]["profile"], "caps"), leftover(s)[0], "", heading(s, H[s.lang]["exp"], "caps"),
             *exp_lines(s, ms, "after"), "", heading(s, H[s.lang]["edu"], "caps"), *edu_lines(s), "",
             heading(s, H[s.lang]["skills"], "caps"), *skill_lines(s, "percent"), *lang_lines(s, "dots"),
             *licences(s, 1), "", heading(s, {"fr": "Autres", "en": "Other", "ko": "기타"}[s.lang], "caps")]
    lines += [f"{lab['birth']} : {v_birth(s)} ({v_age(s)})" if s.lang == "fr" else
              f"{lab['birth']}: {v_birth(s)} ({v_age(s)})", f"{lab['place']}: {v_birthplace(s)}",
              f"{lab['nat']}: {v_nat(s, cap=True)}", f"{lab['family']}: {v_family(s)}",
              f"{lab['sex']}: {v_sex(s)}", f"{lab['rel']}: {v_rel(s)}", f"{lab['health']}: {v_health(s)}"]
    return "\n".join(lines)


@blind24(("fr",))
def hellowork_cv(s: Sheet) -> str:
    """A HelloWork CV (the job board's builder): a header card 'Prénom NOM – métier – ville (dép.)', the builder's
    fields ('Mobilité', 'Disponibilité', 'Permis' beside a car icon, 'Date de naissance', 'Situation familiale'), the
    jobs as a timeline with '|' and '•', a 'Compétences' list with levels as 'Débutant / Confirmé / Expert' and dots,
    hobbies with faith and health, the HelloWork footer with a page number."""
    ms = missions(s, 3, "slash", with_duration=True)
    card = f"{v_name(s, 'first LAST')} – {ms[0]['title']} – {v_res(s, 'town')}"
    lines = [card, ico(s, "phone", v_phone(s), "mat"), ico(s, "mail", v_email(s), "mat"),
             f"Adresse : {v_res(s, 'street')}", "Mobilité : 50 km", "Disponibilité : immédiate",
             ico(s, "car", licences(s, 1)[0], "mat"), f"Date de naissance : {v_birth(s)}",
             f"Situation familiale : {v_family(s)}", f"Nationalité : {v_nat(s, cap=True)}",
             f"Civilité : {v_sex(s, 'title')}", "", heading(s, "Expériences", "caps"), *exp_lines(s, ms, "timeline"),
             "", heading(s, "Compétences", "caps")]
    lines += [f"{name} • {['', 'Débutant', 'Débutant', 'Confirmé', 'Confirmé', 'Expert'][lvl]} {bar(s, lvl, 'dots')}"
              for name, lvl in skills(s, 3)]
    lines += ["", heading(s, "Formations", "caps"), *edu_lines(s), "", heading(s, "Langues", "caps"),
              *lang_lines(s, "dots"), "", heading(s, "Centres d'intérêt", "caps"),
              *hobbies(s, v_rel(s, "hobby"), v_health(s, "hobby")), f"Âge : {v_age(s)}",
              f"Née à {v_birthplace(s)}" if s.female else f"Né à {v_birthplace(s)}", "",
              s.pick(FOOTERS["hellowork"]), "Page 1/1"]
    if s.female:
        s.plant("sex", "Née")
    return "\n".join(lines)


@blind24(("fr", "en", "ko"))
def modele_etudiant_barres(s: Sheet) -> str:
    """A student template with skill bars: the name and 'Étudiant(e) en …', a photo read as '(cid:n)', the age after
    a cake glyph, each skill's bar on the line after it (blocks or circles), languages with stars and their level,
    a 'Soft skills' row of percentages, hobbies with faith and family (siblings' care), weekend and summer jobs with
    their dates after, contact items after emoji or glyphs, the template's placeholder left in its 'Site web' field."""
    stud = {"fr": "Étudiant(e) en BTS Logistique", "en": "Student – Level 3 Logistics", "ko": "물류학과 재학생"}[s.lang]
    ms = missions(s, 2, "years")
    lines = [v_name(s), stud, "(cid:3)", ico(s, "cake", v_age(s)), ico(s, "cake", v_birth(s)),
             *contact_block(s, res_form=s.pick(["line", "town"]), linked=False),
             f"{LAB[s.lang]['web']}: {WEB_PLACEHOLDER[s.lang]}", "",
             heading(s, H[s.lang]["skills"], "plain"), *skill_lines(s, s.pick(["blocks", "circles"]), split=True), "",
             heading(s, H[s.lang]["langs"], "plain"), *lang_lines(s, "stars"), "", "Soft skills",
             "  ".join(f"{x} {lvl * 20}%" for x, lvl in [(s.fact(y), s.rng.randint(3, 5)) for y in
                                                         s.rng.sample(SKILLS[s.lang][3:], 2)]), "",
             heading(s, H[s.lang]["exp"], "plain"), *exp_lines(s, ms, "after"), "", heading(s, H[s.lang]["edu"], "plain"),
             *edu_lines(s), "", heading(s, H[s.lang]["perso"], "plain"),
             ico(s, "flag", v_nat(s, cap=True)), ico(s, "home", v_birthplace(s)), ico(s, "person", v_sex(s)),
             ico(s, "health", v_health(s)), ico(s, "family", v_family(s)), "", heading(s, H[s.lang]["hobbies"], "plain"),
             *[ico(s, "heart", x) for x in hobbies(s, v_rel(s, "hobby"))]]
    return "\n".join(lines)


@blind24(("en",))
def uk_cvlibrary_template(s: Sheet) -> str:
    """A UK CV-Library / Reed template: 'YOUR NAME' left above the real name, the address in the header after a home
    glyph, a 'Personal Statement' of the template, 'Key Skills' with bars, the employment history with the dates
    right-aligned (read after the title on the same line after a tab), a 'Personal Details' table the builder offers
    (date of birth, nationality, marital status, gender, religion, health) and 'References available on request'."""
    ms = missions(s, 3, "month")
    lines = ["YOUR NAME", v_name(s, "caps"), ico(s, "home", v_res(s, "line")),
             ico(s, "phone", v_phone(s)) + "  |  " + ico(s, "mail", v_email(s)), ico(s, "link", v_linkedin(s)), "",
             "PERSONAL STATEMENT", PLACEHOLDERS["en"][6], "", "KEY SKILLS", *skill_lines(s, "squares"), "",
             "EMPLOYMENT HISTORY"]
    for m in ms:
        lines += [f"{m['title']}, {m['employer']}\t\t\t{m['dates']}", f"{m['town']}, {EN_COUNTY}"]
    lines += ["", "EDUCATION & QUALIFICATIONS", *edu_lines(s), *licences(s, 2), "", "LANGUAGES", *lang_lines(s), "",
              "PERSONAL DETAILS", *pers_fields(s, False), "", "INTERESTS", ", ".join(hobbies(s)), "",
              "References available on request", "Page 1 of 2"]
    return "\n".join(lines)


@blind24(("fr", "en", "ko"))
def canva_frise_chrono(s: Sheet) -> str:
    """A Canva timeline CV: the name as a big title over a letter-spaced 'C U R R I C U L U M'; the contact row with Material ligature names read before each item ('phone', 'mail', 'location_on', 'cake'), a
    timeline of jobs whose year column is read on its own line before the '•' and the '|', languages as dots and a
    percentage, a sidebar of personal details read last, the template's sample contact left in the footer."""
    top = [v_name(s, s.pick(["caps", "plain"])), heading(s, {"fr": "Curriculum vitae", "en": "Curriculum vitae",
                                                           "ko": "이력서"}[s.lang], "spaced"),
           "   ".join(ico(s, k, v, "word") for k, v in (("phone", v_phone(s)), ("mail", v_email(s)))),
           ico(s, "place", v_res(s, "town"), "word") + "   " + ico(s, "cake", v_age(s), "word"), ""]
    ms = missions(s, 3, "years")
    line = [heading(s, H[s.lang]["exp"], "spaced")]
    for m in ms:
        line += [m["dates"], f"•  {m['title']}", f"|  {m['employer']} – {m['town']}"]
    line += ["", heading(s, H[s.lang]["edu"], "spaced"), *edu_lines(s),
             *[ico(s, "car", x, "word") for x in licences(s, 1)], "", heading(s, H[s.lang]["langs"], "spaced"),
             *[f"{n} {bar(s, lvl, 'dots')} {lvl * 20}% ({lv})" for n, lv, lvl in languages(s)], *skill_lines(s, "percent")]
    side = ["", heading(s, H[s.lang]["perso"], "spaced"), ico(s, "home", v_res(s, "street"), "word"),
            ico(s, "cake", v_birth(s), "word"), ico(s, "home", v_birthplace(s), "word"),
            ico(s, "flag", v_nat(s, cap=True), "word"), ico(s, "family", v_family(s), "word"),
            ico(s, "faith", v_rel(s), "word"), ico(s, "health", v_health(s), "word"),
            ico(s, "person", v_sex(s), "word"), ico(s, "link", v_linkedin(s), "word")]
    foot = ["", " | ".join(PLACEHOLDERS[s.lang][:3]) if s.lang != "ko" else "홍길동 | 000-0000-0000",
            s.pick(FOOTERS["canva"])]
    return "\n".join(top + line + side + foot)


# --- Korean forms --------------------------------------------------------------------------------------------------
def ko_relatives(s: Sheet) -> list[str]:
    """가족관계 rows: the relatives' names (family) and ages."""
    last = s.p.b24_last
    given_m = [g for g in KO_GIVEN_M if g != s.p.b24_first]
    rows = [f"부 | {s.plant('family', last + s.pick(given_m))} | {s.p.age + 29}세 | 자영업"]
    rows.append(f"모 | {s.plant('family', '정' + s.pick(KO_GIVEN_F))} | {s.p.age + 26}세 | 주부")
    if s.p.b24_marital == "married":
        rows.append(f"배우자 | {s.plant('family', '남궁' + s.pick(KO_GIVEN_M if s.female else KO_GIVEN_F))} | "
                    f"{s.p.age + 1}세 | 회사원")
    return rows


@blind24(("ko",))
def jobkorea_iryeokseo(s: Sheet) -> str:
    """A 잡코리아 이력서 export: the name and '(여, 34세)' after it, icon glyphs before 휴대폰 / 이메일 / 주소, the
    builder's 병역 and 취업우대 (보훈 / 장애) rows, 경력 with the company, period and duration on separate lines, skills as
    '■■■□□', the 잡코리아 footer, the placeholder '홍길동' of a leftover sample block."""
    ms = missions(s, 3, with_duration=True)
    lines = [f"{v_name(s)} ({v_sex(s)}, {v_age(s)})", ico(s, "phone", v_phone(s)), ico(s, "mail", v_email(s)),
             ico(s, "place", v_res(s, "line")), ico(s, "cake", v_birth(s)), "", "병역", v_military(s, "병역사항:"), "",
             "취업우대사항", f"보훈대상: 해당없음 | 장애: {v_health(s)}", "", "경력"]
    for m in ms:
        lines += [m["employer"], f"{m['dates']} ({m['duration']})", f"{m['title']} | {m['town']}", ""]
    lines += ["학력", *edu_lines(s), "", "자격증", *[ico(s, "school", x) for x in licences(s, 2)], "", "스킬",
              *skill_lines(s, "squares"), "", "외국어", *lang_lines(s), "", "인적사항",
              f"국적: {v_nat(s)} | 출생지: {v_birthplace(s)}", f"결혼여부: {v_family(s)}", f"종교: {v_rel(s)}", "",
              "예시) 홍길동 | 000-0000-0000", FOOTERS["jobkorea"][0]]
    return "\n".join(lines)


@blind24(("ko",))
def saramin_pyojun(s: Sheet) -> str:
    """A 사람인 표준이력서 read row by row: '인적사항' cells (성명, 생년월일, 성별, 연락처, 이메일, 주소) as 'label | value'
    rows, the 가족관계 table with the relatives' names, 병역, 보훈 / 장애 rows, 학력 and 경력 tables with their dates in the
    first cell, 외국어 with the test score, the 사람인 footer and page number."""
    ms = missions(s, 3)
    lines = ["표준이력서", "인적사항", f"성명 | {v_name(s)} | 사진", f"생년월일 | {v_birth(s)} ({v_age(s)})",
             f"성별 | {v_sex(s)}", f"국적 | {v_nat(s)}", f"휴대폰 | {v_phone(s)} | 이메일 | {v_email(s)}",
             f"주소 | {v_res(s, 'line')}", "", "가족관계", "관계 | 성명 | 연령 | 직업", *ko_relatives(s),
             f"결혼여부 | {v_family(s)}", "", "병역사항", v_military(s, "병역 |"), f"장애여부 | {v_health(s)}",
             f"종교 | {v_rel(s)}", "", "학력사항", *edu_lines(s), "", "경력사항", "기간 | 회사명 | 직무 | 근무지",
             *exp_lines(s, ms, "inline"), "", "자격증 | " + " | ".join(licences(s, 2)), "외국어",
             *[f"{n} | {lv} | TOEIC {s.fact(str(s.rng.randint(50, 85) * 10))}" if n == "영어" else f"{n} | {lv}"
               for n, lv, _ in languages(s)], "", f"출생지 | {v_birthplace(s)}", "", FOOTERS["saramin"][0], "- 1 -"]
    return "\n".join(lines)


@blind24(("ko",))
def hwp_iryeokseo_cells(s: Sheet) -> str:
    """A 한글 (HWP) 이력서 form converted to PDF and read cell by cell: each label and its value on separate lines,
    '(cid:n)' for the photo box and the check boxes, the name in 한글 and 영문 (romanized), 주민등록번호's birth half,
    the 가족관계 rows as cells one per line, the filled fields beside the unfilled placeholders '홍길동' / '(입력)'."""
    ms = missions(s, 3)
    romanized = s.plant("name", f"{romanize(s.p.b24_last).upper()} {romanize(s.p.b24_first).capitalize()}")
    d = s.p.born
    rrn = s.plant("birth", f"{d:%y%m%d}-{(2 if s.female else 1) + (2 if d.year >= 2000 else 0)}******")
    cells = ["이 력 서", "(cid:1)", "성 명", "(한글)", v_name(s), "(영문)", romanized, "주민등록번호", rrn,
             "생년월일", v_birth(s), "나이", v_age(s), "성별", v_sex(s), "주 소", *v_res(s, "block").split("\n"),
             "연락처", v_phone(s), "E-mail", v_email(s), "국적", v_nat(s), "종교", v_rel(s), "(cid:9) 장애", v_health(s),
             "가족관계"]
    for row in ko_relatives(s):
        cells += row.split(" | ")
    cells += ["결혼여부", v_family(s), "병역", v_military(s, ""), "출생지", v_birthplace(s), "학력"]
    cells += edu_lines(s)
    cells += ["경력", "기간", "회사명", "직위", "근무지"]
    for m in ms:
        cells += [m["dates"], m["employer"], m["title"], m["town"]]
    cells += ["자격증", *licences(s, 2), "외국어", *[f"{n} {lv}" for n, lv, _ in languages(s)], "",
              "위 기재 사항은 사실과 틀림없습니다.", "2026년 11월 9일", "작성자 : 홍길동 (인)" if s.chance(0.3) else
              f"작성자 : {v_name(s)} (인)"]
    return "\n".join(cells)
