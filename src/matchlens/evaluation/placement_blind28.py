"""A twenty-ninth held-aside set of layouts of the placement benchmark (see evaluation.placement), split "blind28":
registered into the same LAYOUTS. Written without reading the masker (its rules, its data, its tests), the README's
list of what it misses or the history's messages, to measure it once more on CVs nobody tuned it on; do not read this
file while tuning a masker, and run it once.

The split is about CVs WRITTEN BY PEOPLE FOR WHOM WRITING A CV IS HARD, AND CVs WRITTEN FOR THEM: the everyday inbox
of a French gig-staffing agency (and of its English and Korean partners) - a CV spelt by ear ('je mapel', 'jabite a',
'célibatere', 'marier 2 enfant', 'nasionalité', 'permi B', "j'ai travailler"), without accents, in SMS abbreviations
('ds', 'pr', 'tt', 'dispo', 'exp') and in capitals, with words glued or split and odd line breaks; French as a second
language (articles missing, 'moi habiter'), English written by non-natives ('I am have 28 years', 'my nationality
is'), Korean written by foreign workers (romanised and half-Korean words) and by older Koreans in 반말 and dialect;
languages mixed inside one CV (French with Tamil, Romanian, Hassaniya Arabic, Dari or Pashto, Kurdish words; Korean
with English); and CVs written FOR the candidate - a mission locale adviser's presentation in the third person, a CV
dictated by phone and typed as a recruiter's notes, an online CV builder's plain export (fields in a fixed order, some
empty), a paper form filled by hand and typed back by a receptionist, a relative writing in their own words, a
machine translation (literal, with errors), a WhatsApp / KakaoTalk message 'voila mon cv' with the CV pasted in and
personal details in the chat lines around it, an application sent as an e-mail body only, a handwritten letter retyped
with its line breaks.

Markers take informal forms: ages ('jai 23ans', '23a', 'age 23', '23 yo', '23살'), births ('ne le 03/04/99', 'né en
99', 'b. 99', '99년생', 'date de naissance 3 avril 99'), homes ('jabite vers …', 'cité des Fleurs bat C', 'chez ma
tante a …', 'live near …', 'dans le 93', '… 기숙사'), nationality and status ('je suis afghan', "d'origine tamoule",
'titre de sejour', 'refugié', 'E-9'), faith, family ('2 enfant', 'maman solo', 'divorcer'), health ('mal au dos',
'handicapé', 'RQTH', 'diabete'), sex (feminine agreements misspelt: 'motivee', 'serieuse', 'une fille'; civilities;
'군필'), contact (phones with spaces, dots or +33, e-mails with birth years, a KakaoTalk id) and names (lower case,
first name only, nicknames, 'moi c'est …', surnames first). Every family is written in every CV.

Job facts are just as misspelt and must survive: durations ('5 an dexperience', '2 ans ds le batiment', '3 saison'),
employers, some named after people ('Chez Mamadou', 'Garage Da Silva', 'Boucherie Ben Salah', 'Epicerie Kim', an
agency 'Interim 93'), the towns of past jobs (never the home), periods whose years look like birth years ('de 1999 a
2004'), licences and cards (permis B, CACES 3, SST, carte BTP, 지게차), diplomas (CAP, BEP, brevet, 'niveau 3eme',
DELF A2), languages, availability, and facts that look like markers on purpose ("garde d'enfants de 3 a 10 ans", 'aide
a une dame agee de 90 ans', 'Foyer pour adultes handicapés'). Ages, birth years, durations and periods are counted
from one reference date.

Names and places are new: no word of a name is a Faker name or in an earlier split's pools or placement_data (Sri
Lankan Tamil, Romanian Roma, Mauritanian, Afghan and Iraqi Kurdish names; Kyrgyz and Mongolian workers in Korea, named
in Hangul and in Latin letters; Koreans with rare surnames and old-fashioned given names); homes, places of birth and
places of work (Seine-Saint-Denis, Oise, the Valenciennes and Lille areas, Lorraine, Auvergne; Lancashire and the East
Midlands; northern Gyeonggi and Chungcheong 읍·면; Jaffna's islands, Wallachia, Afghanistan, Iraqi Kurdistan,
Kyrgyzstan and Mongolia) are in none of the earlier pools.

Layouts: cv_phonetique, cv_sms_majuscules, presentation_mission_locale, notes_appel_recruteur, export_cv_en_ligne,
formulaire_accueil_retape, cv_ecrit_par_un_proche, cv_traduit_machine, whatsapp_voila_mon_cv, candidature_corps_mail,
cv_langues_melangees, cv_francais_langue_seconde, lettre_manuscrite_retapee.
"""
from __future__ import annotations

import functools
import re
from datetime import date
from types import SimpleNamespace

from matchlens.evaluation.placement import Sheet, ascii_fold, layout, pattern, romanize

SPLIT = "blind28"
REF = date(2026, 5, 11)  # when the CVs are written: ages, birth years, durations and "today" are counted from here

# --- names: no Faker word, in no earlier pool (a test checks) ----------------------------------------------------
_KO_LAST = ["편", "탁", "빈", "피", "제갈", "선우", "남궁"]
_KO_GIVEN = {"old": {"F": ["금분", "분이", "길녀", "오목", "덕순"], "M": ["복남", "팔용", "학배", "종팔", "용칠", "두만"]},
             "young": {"F": ["아라슬", "다소미", "예솔빛"], "M": ["한빛솔"]}}
NAMES = {
    "tamoul": {"F": ["Tharshika", "Thuvaraga", "Sobika", "Nivethika", "Luxsika", "Abiramy", "Kowsiga", "Vithusha"],
               "M": ["Kajeepan", "Sivakaran", "Thuvarakan", "Piratheepan", "Nirushan", "Kobinath", "Jeyakanthan"],
               "L": ["Ketheeswaran", "Thavarajah", "Sivalingam", "Thillainathan", "Paramsothy", "Vigneswaran",
                     "Uthayakumar"]},
    "rrom": {"F": ["Fluturaș", "Zambila", "Rupița", "Ghiocela", "Mandra", "Garofița"],
             "M": ["Lucică", "Florinel", "Sandokan"],
             "L": ["Căldăraru", "Ursaru", "Fieraru", "Zlătaru", "Cărămidaru", "Argintaru", "Pieptănaru", "Covaciu",
                   "Cioabă"],
             "N": ["Bobiță", "Tarzan"]},
    "maure": {"F": ["Mariem", "Mounina", "Varha", "Veten"],
              "M": ["Ethmane", "Lemine", "Mahfoudh", "Yarba", "Sidahmed", "Deddah", "Mohameden"],
              "L": ["Lebatt", "Khattri", "Bouh", "Beyrouk", "Biddah"]},
    "afghan": {"F": ["Freshta", "Wahida", "Najiba", "Storay", "Palwasha", "Zarghuna", "Gulalai"],
               "M": ["Samiullah", "Ezatullah", "Hayatullah", "Sidiqullah", "Noorullah", "Fazlullah", "Hekmatullah"],
               "L": ["Popalzai", "Stanekzai", "Niazi", "Zadran", "Sulaimankhel", "Tanai", "Ludin"]},
    "kurd": {"F": ["Shler", "Bafrin", "Kazhal"], "M": ["Hawre", "Rebwar", "Dilshad", "Awat"],
             "L": ["Hawrami", "Jaff", "Pishdar", "Barzinji", "Zangana", "Khoshnaw", "Hamarash", "Qaradaghi"]},
    "kyrgyz": {"F": ["Aizhan", "Kanykei", "Zhyldyz", "Asel"], "M": ["Nurbek", "Mirlan", "Tynchtyk"],
               "L": ["Mamytov", "Sadyrbaev", "Abdyldaev", "Mamytova", "Sadyrbaeva"]},
    "ko_hangul": {"F": [a + b for a in _KO_LAST for g in _KO_GIVEN.values() for b in g["F"]],
                  "M": [a + b for a in _KO_LAST for g in _KO_GIVEN.values() for b in g["M"]],
                  "G": [b for g in _KO_GIVEN.values() for v in g.values() for b in v],
                  "X": ["아이잔", "카니케이", "누르벡", "미를란", "마미토프", "마미토바", "사디르바예프", "사디르바예바",
                        "오윤치멕", "툽신", "바자르락차"]},
    "mongol": {"F": ["Oyunchimeg", "Munkhtsetseg"], "M": ["Tuvshin", "Batkhuyag", "Naranbaatar"],
               "L": ["Bazarragchaa"]},
}
KO_FOREIGN = {"kyrgyz": {"F": [("아이잔", "Aizhan"), ("카니케이", "Kanykei")], "M": [("누르벡", "Nurbek"), ("미를란", "Mirlan")],
                         "L": {"F": [("마미토바", "Mamytova"), ("사디르바예바", "Sadyrbaeva")],
                               "M": [("마미토프", "Mamytov"), ("사디르바예프", "Sadyrbaev")]}},
              "mongol": {"F": [("오윤치멕", "Oyunchimeg")], "M": [("툽신", "Tuvshin")],
                         "L": {"F": [("바자르락차", "Bazarragchaa")], "M": [("바자르락차", "Bazarragchaa")]}}}
KO_ROMAN = {"편": "pyeon", "탁": "tak", "빈": "bin", "피": "pi", "제갈": "jegal", "선우": "seonu", "남궁": "namgung"}
ORIGINS = {"fr": {"tamoul": 0.25, "rrom": 0.2, "maure": 0.2, "afghan": 0.2, "kurd": 0.15},
           "en": {"afghan": 0.3, "kurd": 0.3, "tamoul": 0.2, "rrom": 0.2},
           "ko": {"korean": 0.6, "kyrgyz": 0.25, "mongol": 0.15}}

# --- places: in none of the earlier pools (tests check) ----------------------------------------------------------
FR_REGIONS = {
    "idf_oise": {"homes": [("Dugny", "93440"), ("Romainville", "93230"), ("Gagny", "93220"), ("Villemomble", "93250"),
                           ("Saint-Ouen", "93400"), ("Noyon", "60400"), ("Crépy-en-Valois", "60800"),
                           ("Cramoisy", "60660"), ("Rantigny", "60290")],
                 "jobs": ["Coubron", "Vaujours", "Neuilly-sur-Marne", "Laigneville", "Thourotte", "Mouy", "Cauffry",
                          "Précy-sur-Oise", "Nanteuil-le-Haudouin", "Angicourt"]},
    "nord": {"homes": [("Anzin", "59410"), ("Raismes", "59590"), ("Onnaing", "59264"), ("Quiévrechain", "59920"),
                       ("Feignies", "59750"), ("Halluin", "59250"), ("Comines", "59560")],
             "jobs": ["Lourches", "Escaudain", "Douchy-les-Mines", "Aniche", "Somain", "Leers"]},
    "est_centre": {"homes": [("Knutange", "57240"), ("Algrange", "57440"), ("Joeuf", "54240"), ("Ambert", "63600"),
                             ("Brassac-les-Mines", "63570"), ("Domérat", "03410")],
                   "jobs": ["Homécourt", "Auboué", "Lempdes", "Gerzat", "Riom", "Désertines"]},
}
FR_TOWNS = [t for r in FR_REGIONS.values() for t in r["homes"]]
FR_JOB_PLACES = [t for r in FR_REGIONS.values() for t in r["jobs"]]
FR_STREETS = ["rue Jean Moulin", "av. de la Republique", "rue des Ecoles", "allée des Tilleuls", "rue de la Gare",
              "bd Gambetta", "rue du 8 Mai 1945"]
FR_CITES = ["cité des Fleurs bat C", "cité Jacques Brel esc 4", "résidence les Peupliers bat B", "foyer Adoma chambre 12",
            "cité du Moulin tour 3"]
EN_TOWNS = [("Darwen", "BB3"), ("Colne", "BB8"), ("Haslingden", "BB4"), ("Rawtenstall", "BB4"), ("Bacup", "OL13"),
            ("Leyland", "PR25"), ("Bedworth", "CV12"), ("Kirkby-in-Ashfield", "NG17"), ("Ilkeston", "DE7")]
EN_STREETS = ["Blackburn Road", "Market Street", "Albert Terrace", "Victoria Street", "Railway View", "Mill Lane"]
EN_JOB_PLACES = ["Clitheroe", "Padiham", "Great Harwood", "Oswaldtwistle", "Rishton", "Ramsbottom", "Todmorden",
                 "Brierfield", "Barnoldswick", "Atherstone", "Polesworth", "Hednesford", "Heanor", "Alfreton",
                 "Hucknall", "Shepshed", "Ibstock", "Whitwick"]
KO_TOWNS = [("경기 포천시 소흘읍", "소흘읍"), ("경기 연천군 전곡읍", "전곡읍"), ("경기 양주시 광적면", "광적면"),
            ("경기 파주시 문산읍", "문산읍"), ("충북 음성군 대소면", "대소면"), ("충북 음성군 금왕읍", "금왕읍"),
            ("충북 진천군 덕산읍", "덕산읍"), ("충남 당진시 송악읍", "송악읍"), ("충남 아산시 둔포면", "둔포면"),
            ("충북 괴산군 청천면", "청천면")]
KO_ROADS = ["중앙로", "시장길", "공단로", "역전길", "새마을로"]
KO_JOB_PLACES = ["법원읍", "청평면", "이원면", "대산읍", "성거읍", "직산읍", "삼성면", "맹동면", "감곡면", "이월면",
                 "광혜원면", "신북면", "가산면", "영중면", "은현면", "백석읍", "장흥면", "적성면", "파평면", "조리읍"]
BIRTH = {"fr": {"tamoul": ["Kayts (Sri Lanka)", "Valvettithurai (Sri Lanka)", "Mullaitivu (Sri Lanka)"],
                "rrom": ["Costești (Roumanie)", "Strehaia (Roumanie)", "Buzescu (Roumanie)", "Sintești (Roumanie)",
                         "Tecuci (Roumanie)", "Huedin (Roumanie)"],
                "maure": ["Boghé (Mauritanie)", "Néma (Mauritanie)"],
                "afghan": ["Ghazni (Afghanistan)", "Khost (Afghanistan)", "Charikar (Afghanistan)"],
                "kurd": ["Ranya (Irak)", "Halabja (Irak)", "Akre (Irak)", "Chamchamal (Irak)"]},
         "en": {"afghan": ["Ghazni, Afghanistan", "Lashkar Gah, Afghanistan", "Charikar, Afghanistan"],
                "kurd": ["Kalar, Iraq", "Penjwen, Iraq", "Halabja, Iraq"],
                "tamoul": ["Kayts, Sri Lanka", "Mullaitivu, Sri Lanka"],
                "rrom": ["Tecuci, Romania", "Strehaia, Romania"]},
         "ko": {"korean": ["연천읍", "동두천시", "포천시"], "kyrgyz": ["Karakol", "Batken"],
                "mongol": ["Choibalsan", "Bayankhongor", "Arvaikheer"]}}
COUNTRY = {"fr": {"tamoul": "sri lanka", "rrom": "roumanie", "maure": "mauritanie", "afghan": "afghanistan",
                  "kurd": "irak"}}
MAIL = {"fr": ["gmail.com", "hotmail.fr", "yahoo.fr", "outlook.fr", "live.fr"], "en": ["gmail.com", "hotmail.co.uk",
                                                                                      "outlook.com", "yahoo.com"],
        "ko": ["naver.com", "daum.net", "gmail.com"]}
FR_MONTHS = ["janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre",
             "novembre", "decembre"]


def _weighted(rng, weights: dict[str, float]) -> str:
    keys = sorted(weights)
    return rng.choices(keys, [weights[k] for k in keys])[0]


# --- the candidate -------------------------------------------------------------------------------------------------
NAT_FR = {"tamoul": [("sri lankaise", "sri lankais"), ("tamoule", "tamoul")],
          "rrom": [("roumaine", "roumain"), ("roumaine", "roumain")],
          "maure": [("mauritanienne", "mauritanien")], "afghan": [("afghane", "afghan")],
          "kurd": [("kurde", "kurde"), ("irakienne", "irakien")]}
STATUS_FR = {"tamoul": [("refugiée", "refugié"), ("titre de sejour 10 ans", "titre de sejour 10 ans")],
             "rrom": [("citoyenne europeenne", "citoyen europeen")],
             "maure": [("titre de sejour", "titre de sejour"), ("papier en regle", "papier en regle")],
             "afghan": [("refugiée", "refugié"), ("protection subsidiaire", "protection subsidiaire")],
             "kurd": [("refugiée", "refugié"), ("carte de resident", "carte de resident")]}
NAT_EN = {"afghan": ["Afghan", "afghan"], "kurd": ["Kurdish", "Iraqi"], "tamoul": ["Sri Lankan", "Tamil from Sri Lanka"],
          "rrom": ["Romanian", "romanian"]}
STATUS_EN = {"afghan": "refugee status", "kurd": "leave to remain", "tamoul": "ILR", "rrom": "settled status"}
NAT_KO = {"korean": ["한국"], "kyrgyz": ["키르기스스탄", "키르기스"], "mongol": ["몽골", "몽골 사람"]}
RELIGION = {"tamoul": ["hindu", "catholic"], "rrom": ["pentecostal", "orthodox"], "maure": ["muslim"],
            "afghan": ["muslim"], "kurd": ["muslim", "yezidi"], "korean": ["church", "buddhist", "none"],
            "kyrgyz": ["muslim"], "mongol": ["buddhist", "church"]}
HEALTH = {"fr": ["dos", "handicap", "rqth", "diabete", "asthme", "genou"],
          "en": ["back", "diabetes", "disabled", "knee", "asthma"],
          "ko": ["back", "diabetes", "disabled", "knee"]}


def renew(s: Sheet, ages: tuple[int, int] = (19, 58), female: float = 0.5) -> None:
    """Give the sheet's person an identity of this split (kept in s.c): name, sex, age and birth at REF, origin, home,
    contacts, nationality and status, faith, family, health, the first working year."""
    rng, lang = s.rng, s.lang
    s.p.sex = "F" if rng.random() < female else "M"
    sex = s.p.sex
    c = SimpleNamespace(origin=_weighted(rng, ORIGINS[lang]), nick="", latin="")
    if lang == "ko" and c.origin == "korean":
        age_group = "old" if ages[1] > 45 and rng.random() < 0.6 else "young"
        c.last = rng.choice(_KO_LAST)
        c.first = rng.choice(_KO_GIVEN[age_group][sex])
        c.full = c.last + c.first
        f, last = romanize(c.first), KO_ROMAN[c.last]
    elif lang == "ko":
        pool = KO_FOREIGN[c.origin]
        (c.first, lf), (c.last, ll) = rng.choice(pool[sex]), rng.choice(pool["L"][sex])
        c.full, c.latin = f"{c.first} {c.last}", f"{lf} {ll}"
        f, last = lf.lower(), ll.lower()
    else:
        pool = NAMES[c.origin]
        c.first, c.last = rng.choice(pool[sex]), rng.choice(pool["L"])
        c.nick = rng.choice(pool["N"]) if "N" in pool and rng.random() < 0.5 else ""
        c.full = f"{c.first} {c.last}"
        f, last = ascii_fold(c.first).lower(), ascii_fold(c.last).lower()
    c.age = rng.randint(*ages)
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    c.born = date(REF.year - c.age - (1 if (month, day) > (REF.month, REF.day) else 0), month, day)
    c.birthplace = rng.choice(BIRTH[lang][c.origin])
    c.religion = rng.choice(RELIGION[c.origin])
    c.marital = "single" if c.age < 22 else rng.choice(["married", "married", "single", "divorced", "solo"])
    c.children = 0 if c.age < 21 else rng.choice([1, 2, 2, 3, 4] if c.marital in ("married", "solo") else [0, 1, 2])
    c.children = min(c.children, max(0, (c.age - 19) // 3 + 1)) if c.age >= 21 else 0
    if c.marital == "solo" and not c.children:
        c.children = 1
    c.start = min(c.born.year + rng.randint(16, 20), REF.year - 1)
    c.health = rng.choice(HEALTH[lang])
    d = "".join(str(rng.randint(0, 9)) for _ in range(8))
    yy = c.born.year % 100
    if lang == "fr":
        c.region = rng.choice(sorted(FR_REGIONS))
        town, pc = rng.choice(FR_REGIONS[c.region]["homes"])
        c.home = {"town": town, "pc": pc, "street": f"{rng.randint(2, 88)} {rng.choice(FR_STREETS)}",
                  "cite": rng.choice(FR_CITES)}
        c.phone = rng.choice([f"06 {d[:2]} {d[2:4]} {d[4:6]} {d[6:]}", f"07.{d[:2]}.{d[2:4]}.{d[4:6]}.{d[6:]}",
                              f"+33 7 {d[:2]} {d[2:4]} {d[4:6]} {d[6:]}", f"06{d}", f"+33{rng.choice('67')}{d}"])
        c.nat = rng.choice(NAT_FR[c.origin])
        c.status = rng.choice(STATUS_FR[c.origin])
    elif lang == "en":
        town, code = rng.choice(EN_TOWNS)
        c.home = {"town": town, "pc": f"{code} {rng.randint(1, 9)}{rng.choice('ABDHJLNPRSTW')}{rng.choice('BDEFGHQUXY')}",
                  "street": f"{rng.randint(3, 140)} {rng.choice(EN_STREETS)}"}
        c.phone = rng.choice([f"07{d[:3]} {d[3:]}{rng.randint(0, 9)}", f"+44 7{d[:3]} {d[3:]}{rng.randint(0, 9)}",
                              f"07{d}{rng.randint(0, 9)}"])
        c.nat = rng.choice(NAT_EN[c.origin])
        c.status = STATUS_EN[c.origin]
    else:
        region, short = rng.choice(KO_TOWNS)
        c.home = {"region": region, "town": short, "street": f"{rng.choice(KO_ROADS)} {rng.randint(3, 120)}"}
        c.phone = rng.choice([f"010-{d[:4]}-{d[4:]}", f"010 {d[:4]} {d[4:]}", f"010{d}"])
        c.nat = rng.choice(NAT_KO[c.origin])
        c.status = "" if c.origin == "korean" else rng.choice(["E-9", "E-9 비자", "H-2"])
    local = rng.choice([f"{f}{last}{yy:02d}", f"{f}.{last}", f"{f}{c.born.year}", f"{last}.{f}{yy:02d}",
                        f"{f}_{yy:02d}"])
    c.email = f"{local}@{rng.choice(MAIL[lang])}"
    c.kakao = f"{f}{yy:02d}" if lang == "ko" else ""
    s.c = c


def blind28(langs, **kw):
    """Register a layout of this split: the sheet gets its identity first."""
    def deco(fn):
        @functools.wraps(fn)
        def run(s: Sheet) -> str:
            renew(s, **kw)
            return fn(s)
        layout(langs, split=SPLIT)(run)
        return run
    return deco


def tr(s: Sheet, fr: str, en: str, ko: str) -> str:
    return {"fr": fr, "en": en, "ko": ko}[s.lang]


# --- the markers, each planted ---------------------------------------------------------------------------------------
def v_name(s: Sheet, form: str = "full") -> str:
    """The name: 'full', 'LAST first' (surname first), 'lower', 'first' (first name alone), 'first_lower', 'caps'; the
    Korean name in Hangul ('latin': a foreign worker's name in Latin letters)."""
    c = s.c
    if s.lang == "ko":
        if form == "latin" and c.latin:
            return s.plant("name", c.latin)
        return s.plant("name", c.full)
    text = {"full": c.full, "LAST first": f"{c.last.upper()} {c.first}", "lower": c.full.lower(),
            "first": c.first, "first_lower": c.first.lower(), "caps": c.full.upper(),
            "last_first": f"{c.last} {c.first}"}[form]
    return s.plant("name", text)


def v_nick(s: Sheet) -> str:
    """A nickname in brackets after the first name, or nothing."""
    if not s.c.nick:
        return ""
    return f" ({s.plant('name', s.c.nick)})"


def agree(s: Sheet, f: str, m: str) -> str:
    """A word in the author's gender; the feminine planted as sex (its masculine is what a man writes, so reading it
    in the masculine masks it, as the framework's plant_fem scores it)."""
    if s.female:
        return s.plant("sex", f)
    return m


def v_sex(s: Sheet, kind: str = "civ") -> str:
    """A sex marker every author has: a civility ('civ'), a word ('word'), a field ('field'), 'une fille'/'un garçon'
    ('kid'), 병역 in Korean ('mil')."""
    F = s.female
    if s.lang == "fr":
        opts = {"civ": ("Mme", "Mr") if s.chance(0.5) else ("madame", "monsieur"), "word": ("femme", "homme"),
                "field": ("sexe : F", "sexe : M"), "kid": ("une fille", "un garçon")}[kind]
        return s.plant("sex", opts[0 if F else 1])
    if s.lang == "en":
        opts = {"civ": ("Mrs", "Mr") if s.chance(0.5) else ("Ms", "Mr"), "word": ("woman", "man"),
                "field": ("gender: female", "gender: male"), "kid": ("a girl", "a boy")}[kind]
        return s.plant("sex", opts[0 if F else 1])
    if kind == "mil":
        return s.plant("sex", "병역 해당없음" if F else s.pick(["군필", "병역 필", "군대 갔다옴"]))
    opts = {"civ": ("여자", "남자"), "word": ("여자", "남자"), "field": ("성별: 여", "성별: 남"), "kid": ("여자", "남자")}[kind]
    return s.plant("sex", opts[0 if F else 1])


def v_age(s: Sheet, form: str) -> str:
    """fr: 'glued' (23ans), 'ans' (23 ans), 'a' (23a), 'age' (age 23); en: 'years' (28 years), 'yo', 'age', 'old';
    ko: 'sal' (23살), 'man' (만 45세), 'nai' (나이 45), 'se' (45세)."""
    a = s.c.age
    text = {"glued": f"{a}ans", "ans": f"{a} ans", "a": f"{a}a", "age": f"age {a}", "years": f"{a} years",
            "yo": f"{a} yo", "old": f"{a} years old", "sal": f"{a}살", "man": f"만 {a}세", "nai": f"나이 {a}",
            "se": f"{a}세", "an": f"{a} an"}[form]
    return s.plant("age", text)


def v_birth(s: Sheet, form: str) -> str:
    """A birth date or year: 'short' (03/04/99), 'slash' (3/4/1999), 'yy' (99 alone, after 'né en'), 'words'
    (3 avril 99), 'year' (1999), 'b' (b. 99), 'dots' (03.04.1999), 'ko_yy' (99년생), 'ko_full' (1999.03.04),
    'ko_month' (99년 3월생)."""
    d = s.c.born
    yy = f"{d.year % 100:02d}"
    text = {"short": f"{d:%d/%m}/{yy}", "slash": f"{d.day}/{d.month}/{d.year}", "yy": f"en {yy}",
            "words": f"{d.day} {FR_MONTHS[d.month - 1]} {yy}", "year": str(d.year), "b": f"b. {yy}",
            "dots": f"{d:%d.%m.%Y}", "ko_yy": f"{yy}년생", "ko_full": f"{d:%Y.%m.%d}",
            "ko_month": f"{yy}년 {d.month}월생", "yyyy_en": f"en {d.year}"}[form]
    return s.plant("birth", text)


def v_place(s: Sheet, bare: bool = False) -> str:
    """The place of birth: 'Kayts (Sri Lanka)', 'Kayts' alone, 'Kalar, Iraq', 'Karakol', '연천읍'."""
    p = s.c.birthplace
    if bare:
        p = p.split(" (")[0].split(", ")[0]
    return s.plant("birth", p)


def v_res(s: Sheet, form: str) -> str:
    """The home: 'town', 'pc_town' (93220 Gagny), 'addr' (street, postcode, town), 'cite' (a housing estate's block),
    'dep' ('dans le 93'); en 'town', 'addr'; ko 'town', 'addr', 'dorm' (a dormitory)."""
    h, pl = s.c.home, functools.partial(s.plant, "residence")
    if s.lang == "fr":
        return {"town": lambda: pl(h["town"]), "pc_town": lambda: pl(f"{h['pc']} {h['town']}"),
                "addr": lambda: f"{pl(h['street'])} {pl(h['pc'])} {pl(h['town'])}",
                "cite": lambda: f"{pl(h['cite'])} a {pl(h['town'])}",
                "dep": lambda: pl(f"dans le {h['pc'][:2]}")}[form]()
    if s.lang == "en":
        return {"town": lambda: pl(h["town"]), "pc_town": lambda: pl(f"{h['town']} {h['pc']}"),
                "addr": lambda: f"{pl(h['street'])}, {pl(h['town'])} {pl(h['pc'])}",
                "cite": lambda: f"{pl(h['street'])}, {pl(h['town'])}", "dep": lambda: pl(h["town"])}[form]()
    return {"town": lambda: pl(h["town"]), "pc_town": lambda: pl(h["region"]),
            "addr": lambda: f"{pl(h['region'])} {pl(h['street'])}",
            "cite": lambda: f"{pl(h['town'])} 공장 기숙사", "dep": lambda: pl(h["town"])}[form]()


def v_nat(s: Sheet, form: str = "nat") -> str:
    """Nationality ('nat') or residence status ('status'), in the author's gender in French."""
    c = s.c
    if s.lang == "fr":
        f, m = c.nat if form == "nat" else c.status
        value, other = (f, m) if s.female else (m, f)
        return s.plant("nationality", value, (other,))
    if s.lang == "en":
        return s.plant("nationality", c.nat if form == "nat" else c.status)
    if form == "status" and c.status:
        return s.plant("nationality", c.status)
    return s.plant("nationality", c.nat)


REL = {"fr": {"hindu": [("hindoue", "hindou"), "temple hindou"], "catholic": [("catholique", "catholique"), "l'eglise"],
              "pentecostal": [("pentecotiste", "pentecotiste"), "l'eglise evangelique"],
              "orthodox": [("orthodoxe", "orthodoxe"), "l'eglise orthodoxe"],
              "muslim": [("musulmane", "musulman"), "ramadan"], "yezidi": [("yezidie", "yezidi"), "yezidi"]},
       "en": {"hindu": ["Hindu", "temple"], "catholic": ["Catholic", "church"], "pentecostal": ["Pentecostal", "church"],
              "orthodox": ["Orthodox", "church"], "muslim": ["Muslim", "mosque"], "yezidi": ["Yazidi", "Yazidi"]},
       "ko": {"church": ["교회", "교회"], "buddhist": ["불교", "절"], "none": ["무교", "무교"],
              "muslim": ["이슬람", "이슬람"]}}


def v_rel(s: Sheet, form: str = "said") -> str:
    """The faith said outright ('said') or the place or practice ('place')."""
    opts = REL[s.lang][s.c.religion]
    if form == "said":
        said = opts[0]
        if isinstance(said, tuple):
            value, other = (said[0], said[1]) if s.female else (said[1], said[0])
            return s.plant("religion", value, (other,))
        return s.plant("religion", said)
    return s.plant("religion", opts[1])


def v_family(s: Sheet, style: str = "phon") -> str:
    """Marital status and children, spelt by ear ('phon': 'marier 2 enfant', 'célibatere', 'maman solo', 'divorcer')
    or neatly ('neat')."""
    c, n = s.c, s.c.children
    if s.lang == "fr":
        phon = style == "phon"
        if c.marital == "solo":
            return s.plant("family", f"{'maman' if s.female else 'papa'} solo {n} enfant" + ("s" if n > 1 and not phon
                                                                                             else ""),
                           (f"{'papa' if s.female else 'maman'} solo",))
        word = {"married": ("marier", "marier") if phon else ("mariée", "marié"),
                "single": ("célibatere", "célibatere") if phon else ("célibataire", "célibataire"),
                "divorced": ("divorcer", "divorcer") if phon else ("divorcée", "divorcé")}[c.marital]
        text = s.plant("family", word[0] if s.female else word[1], (word[1] if s.female else word[0],))
        if n:
            text += " " + s.plant("family", f"{n} enfant{'' if phon else 's' if n > 1 else ''}")
        return text
    if s.lang == "en":
        if c.marital == "solo":
            return s.plant("family", f"single {'mum' if s.female else 'dad'} of {n}")
        text = s.plant("family", {"married": "married", "single": "single", "divorced": "divorced"}[c.marital])
        if n:
            text += " with " + s.plant("family", f"{n} kid{'s' if n > 1 else ''}")
        return text
    text = s.plant("family", {"married": "기혼", "single": "미혼", "divorced": "이혼", "solo": "이혼"}[c.marital])
    if n:
        text += ", " + s.plant("family", {1: "애 하나", 2: "애 둘", 3: "애 셋", 4: "애 넷"}[n])
    return text


def v_health(s: Sheet) -> str:
    key = s.c.health
    if s.lang == "fr":
        return {"dos": lambda: s.plant("health", "mal au dos"),
                "handicap": lambda: s.plant("health", *(("handicapée", ("handicapé",)) if s.female else
                                                       ("handicapé", ("handicapée",)))),
                "rqth": lambda: s.plant("health", "RQTH"), "diabete": lambda: s.plant("health", "diabete"),
                "asthme": lambda: s.plant("health", "asthme"),
                "genou": lambda: s.plant("health", "operé du genou")}[key]()
    if s.lang == "en":
        return s.plant("health", {"back": "bad back", "diabetes": "diabetic", "disabled": "disabled",
                                  "knee": "knee operation", "asthma": "asthma"}[key])
    return s.plant("health", {"back": "허리 안좋음", "diabetes": "당뇨 있음", "disabled": "장애 4급",
                              "knee": "무릎 수술"}[key])


def v_phone(s: Sheet) -> str:
    return s.plant("contact", s.c.phone)


def v_email(s: Sheet, upper: bool = False) -> str:
    return s.plant("contact", s.c.email.upper() if upper else s.c.email)


def v_kakao(s: Sheet) -> str:
    return s.plant("contact", s.c.kakao)


# --- the job facts -----------------------------------------------------------------------------------------------------
# per trade and language: titles (as spelt by ear), employers (some named after people), places (the region's), cards
# and licences, diplomas, durations ({n}: years since the first job)
T = SimpleNamespace
TRADES = {
    "btp": {"fr": T(titles=["manoeuvre", "macon", "aide macon", "coffreur", "peintre batiment", "carreleur"],
                    employers=["Garage Da Silva", "Batiment Ozturk", "Interim 93", "SARL Bati Nord", "Eiffage",
                               "Chez Mamadou renovation"],
                    lic=["permis B", "carte BTP", "CACES 8", "SST", "permi B"],
                    dipl=["CAP macon", "niveau 3eme", "BEP", "brevet"],
                    dur=["{n} ans ds le batiment", "{n} an dexperience", "{n} ans de chantier"]),
            "en": T(titles=["labourer", "painter", "groundworker", "plasterer helper"],
                    employers=["Interim 93 UK", "Barratt Homes", "Khan Building Ltd", "Lancashire Builders Ltd",
                               "Da Silva Plastering"],
                    lic=["CSCS card", "driving licence", "forklift licence"],
                    dipl=["ESOL entry 3", "Level 1 construction", "school in my country"],
                    dur=["{n} years on building", "{n} year experience"]),
            "ko": T(titles=["건설 노가다", "형틀 보조", "철근 보조", "데모도"],
                    employers=["대한종합건설", "박씨네 인력", "새벽인력", "현대건설 하청"],
                    lic=["건설기초안전교육", "지게차", "2종 보통"], dipl=["고등학교 중퇴", "중학교 졸업"],
                    dur=["노가다 {n}년", "건설 {n}년 해봄"])},
    "menage": {"fr": T(titles=["menage particulier", "agent d entretien", "menage bureau", "plonge", "lingerie hotel"],
                       employers=["Boucherie Ben Salah", "Epicerie Kim", "Onet", "Hotel Formule 1", "Interim 93",
                                  "Chez Mamadou"],
                       lic=["permis B", "SST", "CQP agent machiniste"],
                       dipl=["DELF A2", "niveau 3eme", "brevet", "CAP APH"],
                       dur=["{n} ans menage", "{n} an dexperience", "{n} ans ds le nettoyage"]),
               "en": T(titles=["cleaner", "housekeeping", "kitchen porter", "laundry"],
                       employers=["Premier Inn", "Patel Cleaning Services", "OCS", "Kim's Takeaway", "Sparkle Cleaners"],
                       lic=["food hygiene level 2", "COSHH"], dipl=["ESOL entry 2", "ESOL level 1"],
                       dur=["{n} years cleaning", "{n} year experience"]),
               "ko": T(titles=["청소", "식당 설거지", "모텔 청소", "주방 보조"],
                       employers=["김씨네 식당", "할매국밥", "○○모텔", "청소용역 한결"],
                       lic=["보건증"], dipl=["중학교 졸업", "고등학교 졸업"], dur=["청소 {n}년", "식당일 {n}년"])},
    "logistique": {"fr": T(titles=["preparateur de commande", "cariste", "manutentionaire", "agent de quai",
                                   "magazinier"],
                           employers=["Interim 93", "Amazon", "Geodis", "Epicerie Kim", "Lidl entrepot", "Garage Da Silva"],
                           lic=["CACES 3", "CACES 1", "permis B", "SST", "CACES 1 3 5"],
                           dipl=["niveau 3eme", "BEP logistique", "brevet", "DELF A2"],
                           dur=["{n} ans en entrepot", "{n} an dexperience", "{n} ans de cariste"]),
                   "en": T(titles=["warehouse operative", "picker packer", "forklift driver", "loader"],
                           employers=["Amazon", "Boohoo warehouse", "Singh Cash and Carry", "DHL", "Asda depot"],
                           lic=["counterbalance licence", "reach truck", "driving licence"],
                           dipl=["ESOL entry 3", "forklift training"],
                           dur=["{n} years warehouse", "{n} year experience"]),
                   "ko": T(titles=["상하차", "지게차", "물류 피킹", "택배 분류"],
                           employers=["쿠팡 물류센터", "CJ대한통운", "한진 터미널", "김씨네 유통"],
                           lic=["지게차", "지게차 면허", "1종 보통"], dipl=["중학교 졸업", "고등학교 졸업", "EPS-TOPIK"],
                           dur=["지게차 {n}년", "물류 {n}년 함"])},
    "resto": {"fr": T(titles=["plonge", "commis", "serveur", "aide cuisine", "cuisinier snack"],
                      employers=["Chez Mamadou", "Boucherie Ben Salah", "Kebab Istanbul", "Pizza Roma", "Interim 93",
                                 "Restaurant Le Saint Jacques"],
                      lic=["HACCP", "permis B", "SST"], dipl=["CAP cuisine", "niveau 3eme", "DELF A2", "brevet"],
                      dur=["{n} ans en restauration", "{n} saison", "{n} an dexperience"]),
              "en": T(titles=["kitchen porter", "chef helper", "waiter", "takeaway driver"],
                      employers=["Kim's Takeaway", "Nando's", "Ali's Kebab House", "Wetherspoons"],
                      lic=["food hygiene level 2", "driving licence"], dipl=["ESOL entry 3", "level 2 catering"],
                      dur=["{n} years kitchen", "{n} year experience"]),
              "ko": T(titles=["주방 보조", "서빙", "설거지", "배달"],
                      employers=["할매국밥", "철수네 분식", "김씨네 식당", "양꼬치 가게"],
                      lic=["보건증", "2종 보통"], dipl=["중학교 졸업", "고등학교 졸업"], dur=["식당 {n}년", "주방 {n}년 해봄"])},
    "aide": {"fr": T(titles=["aide a domicile", "auxiliaire de vie", "agent de service", "garde d'enfant"],
                     employers=["ADMR", "Foyer pour adultes handicapés Les Cedres", "EHPAD Les Glycines",
                                "Particulier (CESU)", "Interim 93"],
                     lic=["permis B", "SST", "PSC1"], dipl=["titre pro ADVF", "BEP carriere sanitaire", "DELF A2",
                                                           "niveau 3eme"],
                     dur=["{n} ans aupres personne agée", "{n} an dexperience", "{n} ans aide a domicile"],
                     extra=["garde d'enfants de 3 a 10 ans", "aide a une dame agee de 90 ans",
                            "residents de 65 a 95 ans", "remplacements au Foyer pour adultes handicapés Les Cedres"]),
             "en": T(titles=["carer", "care assistant", "support worker", "babysitter"],
                     employers=["Helping Hands", "Home Instead", "St Mary's care home", "Begum family (private)"],
                     lic=["DBS", "care certificate", "driving licence"], dipl=["ESOL entry 3", "NVQ level 2 care"],
                     dur=["{n} years care", "{n} year experience"],
                     extra=["old lady 90 years", "children 3 to 10 years", "adults with learning disabilities"]),
             "ko": T(titles=["요양보호사", "간병", "아이 돌봄"],
                     employers=["늘봄요양원", "행복재가센터", "새희망 주간보호"],
                     lic=["요양보호사 자격증", "2종 보통"], dipl=["고등학교 졸업", "중학교 졸업"],
                     dur=["요양 {n}년", "간병 {n}년"], extra=["어르신 80~95세", "아이 3~10살 돌봄"])},
    "agri": {"fr": T(titles=["vendange", "cueillette pomme", "ramassage patate", "maraichage", "taille vigne"],
                     employers=["GAEC Lefebvre", "Ferme Da Silva", "EARL des Trois Chenes", "Interim 93",
                                "Vergers du Valois"],
                     lic=["permis B", "permi tracteur", "certiphyto"], dipl=["niveau 3eme", "CAPA", "brevet"],
                     dur=["{n} saison", "{n} saisons agricole", "{n} an dexperience"]),
             "ko": T(titles=["비닐하우스", "인삼밭", "사과 따기", "축사"],
                     employers=["음성 인삼농장", "박씨네 축사", "햇살농원", "대소 영농조합"],
                     lic=["트랙터 운전", "1종 보통"], dipl=["중학교 졸업", "고등학교 졸업"],
                     dur=["농사 {n}년", "하우스 {n}년"])},
}
FR_KEYS, EN_KEYS, KO_KEYS = ["btp", "menage", "logistique", "resto", "aide", "agri"], \
    ["btp", "menage", "logistique", "resto", "aide"], ["btp", "menage", "logistique", "resto", "aide", "agri"]
LANGS = {"fr": ["tamoul", "roumain", "romani", "arabe hassaniya", "pachto", "dari", "kurde sorani", "anglais un peu",
                "francais DELF A2", "wolof un peu", "portugais", "turc", "arabe"],
         "en": ["Pashto", "Dari", "Kurdish Sorani", "Arabic", "Tamil", "Romanian", "Romani", "English ESOL entry 3",
                "Farsi", "Urdu a little"],
         "ko": ["한국어 조금", "한국어 잘함", "러시아어", "영어 조금", "몽골어", "키르기스어", "TOPIK 2급"]}
AVAIL = {"fr": ["dispo tt de suite", "dispo de suite", "dispo le week end", "dispo nuit", "DISPO IMMEDIATEMENT",
                "dispo 7j/7"],
         "en": ["available now", "can start monday", "available nights", "available weekend"],
         "ko": ["바로 출근 가능", "내일부터 가능", "야간 가능", "주말 가능"]}


def nat_words(s: Sheet) -> list[str]:
    """Every form of the candidate's nationality (a fact must hold none of them)."""
    c = s.c
    if s.lang == "fr":
        out = [w for pair in NAT_FR[c.origin] + STATUS_FR[c.origin] for w in pair]
        return out + [w.split()[-1] for w in out]
    if s.lang == "en":
        return [w for v in NAT_EN[c.origin] for w in v.split()] + [STATUS_EN[c.origin]]
    return [w for v in NAT_KO[c.origin] for w in v.split()]


def safe(s: Sheet, text: str) -> bool:
    return not any(pattern(w).search(text) for w in nat_words(s)) and "musulm" not in text


def trade(s: Sheet, key: str):
    return TRADES[key][s.lang]


def job_place(s: Sheet) -> str:
    """A town of a past job: never the candidate's home (a fact)."""
    if s.lang == "fr":
        pool = FR_REGIONS[s.c.region]["jobs"]
    else:
        pool = {"en": EN_JOB_PLACES, "ko": KO_JOB_PLACES}[s.lang]
    return s.fact(s.pick(pool))


def period(s: Sheet, y1: int, y2: int | None, style: str) -> str:
    """A job's period (a fact): 'de' (de 1999 a 2004 / depuis 2021), 'dash' (2015-2018), 'en' (from 2015 to 2018),
    'ko' (2019년~2022년)."""
    if s.lang == "ko":
        text = f"{y1}년~{y2}년" if y2 else f"{y1}년~지금"
    elif s.lang == "en":
        text = (f"from {y1} to {y2}" if style == "de" else f"{y1}-{y2}") if y2 else f"since {y1}"
    else:
        text = (f"de {y1} a {y2}" if style == "de" else f"{y1}-{y2}") if y2 else \
            (f"depuis {y1}" if style == "de" else f"{y1}-maintenant")
        if y2 == y1:
            text = s.pick([f"ete {y1}", f"saison {y1}", f"{y1}"])
    return s.fact(text)


def career(s: Sheet, key: str, n: int = 2, style: str | None = None) -> list[dict]:
    """n jobs of a trade, most recent first, from the first working year to REF: period, title, employer and place,
    each a fact."""
    c, rng, t = s.c, s.rng, trade(s, key)
    start, end = c.start, REF.year
    n = max(1, min(n, end - start))
    cuts = sorted(rng.sample(range(start + 1, end), n - 1)) if n > 1 else []
    bounds = [start, *cuts, end]
    style = style or s.pick(["de", "dash"])
    titles, employers = rng.sample(t.titles, min(n, len(t.titles))), rng.sample(t.employers, min(n, len(t.employers)))
    jobs = []
    for i in range(n):
        y1, y2 = bounds[i], bounds[i + 1]
        y2 = None if i == n - 1 and rng.random() < 0.5 else max(y1, y2 - (1 if rng.random() < 0.3 else 0))
        jobs.append({"period": period(s, y1, y2, style), "title": s.fact(titles[i % len(titles)]),
                     "employer": s.fact(employers[i % len(employers)]), "place": job_place(s)})
    return jobs[::-1]


def duration(s: Sheet, key: str) -> str:
    """Years in the trade since the first job (a fact), spelt as the layout's author spells it."""
    n = max(1, REF.year - s.c.start)
    text = s.pick(trade(s, key).dur).format(n=n)
    if n == 1:  # '1 an', '1 saison', '1 year'
        text = re.sub(r"^1 (an|saison|year)s\b", r"1 \1", text)
    return s.fact(text)


def lic(s: Sheet, key: str, n: int = 2) -> list[str]:
    t = trade(s, key)
    picked = s.rng.sample(t.lic, min(n, len(t.lic)))
    if any(p.startswith("permi") for p in picked):  # one driving licence, spelt one way
        picked = [p for p in picked if not p.startswith("permi")] + [next(p for p in picked if p.startswith("permi"))]
    return [s.fact(x) for x in picked]


def dipl(s: Sheet, key: str) -> str:
    return s.fact(s.pick(trade(s, key).dipl))


def extra(s: Sheet, key: str) -> list[str]:
    """The look-alike facts of a trade (the ages of the people cared for), if any."""
    pool = getattr(trade(s, key), "extra", [])
    return [s.fact(x) for x in s.rng.sample(pool, min(len(pool), s.rng.randint(1, 2)))]


def langs(s: Sheet, n: int = 2) -> str:
    """n spoken languages (facts), none naming the candidate's nationality."""
    pool = [x for x in LANGS[s.lang] if safe(s, x)]
    return ", ".join(s.fact(x) for x in s.rng.sample(pool, n))


def avail(s: Sheet) -> str:
    return s.fact(s.pick(AVAIL[s.lang]))


def key_for(s: Sheet) -> str:
    return s.pick({"fr": FR_KEYS, "en": EN_KEYS, "ko": KO_KEYS}[s.lang])


def job_lines(s: Sheet, jobs: list[dict], style: str = "dash") -> list[str]:
    out = []
    for j in jobs:
        if style == "dash":
            out.append(f"- {j['period']} {j['title']} {j['employer']} a {j['place']}"
                       if s.lang == "fr" else f"- {j['period']} {j['title']} {j['employer']} {j['place']}")
        elif style == "phon":
            out.append(f"j'ai travailler {j['title']} chez {j['employer']} a {j['place']} {j['period']}")
        elif style == "en":
            out.append(f"i work {j['title']} in {j['employer']} in {j['place']} {j['period']}")
        elif style == "pipe":
            out.append(f"{j['period']} | {j['title']} | {j['employer']} | {j['place']}")
        elif style == "ko":
            out.append(f"{j['period']} {j['place']} {j['employer']} {j['title']}")
        else:  # "third": someone else writes
            out.append(f"{j['title']} chez {j['employer']} ({j['place']}), {j['period']}")
    return out


def caps(text: str) -> str:
    return text.upper()


# --- layouts -------------------------------------------------------------------------------------------------------
@blind28(("fr", "en", "ko"), ages=(19, 52))
def cv_phonetique(s: Sheet) -> str:
    """A CV spelt by ear, all in lower case and without accents: 'je mapel …', 'jai 23ans', 'jabite vers …', 'je suis
    marier 2 enfant', "j'ai travailler …", 'permi B'; in English 'my name is …, i am have 28 years, i live in …'; in
    Korean an older worker's 반말 ('나 편금분이고 58살, 소흘읍 살아')."""
    key = key_for(s)
    jobs = career(s, key, s.rng.randint(1, 3))
    if s.lang == "fr":
        lines = ["cv", f"je mapel {v_name(s, s.pick(['lower', 'first_lower']))}",
                 f"jai {v_age(s, 'glued')} je suis {agree(s, 'nee', 'né')} le {v_birth(s, 'short')} a "
                 f"{v_place(s, bare=True)}",
                 f"jabite vers {v_res(s, 'town')}", f"nasionalité {v_nat(s)} {v_nat(s, 'status')}",
                 f"je suis {v_family(s, 'phon')}", f"religion {v_rel(s)}",
                 f"je suis {agree(s, 'motivee', 'motive')} {agree(s, 'serieuse', 'serieux')} "
                 f"{v_sex(s, 'field')} jai {v_health(s)}",
                 f"tel {v_phone(s)} mail {v_email(s)}", "", "experiense",
                 *job_lines(s, jobs, "phon"), f"en tout {duration(s, key)}", *extra(s, key),
                 f"permi {' '.join(lic(s, key, 2))}", f"ecole {dipl(s, key)}", f"langue {langs(s, 2)}", avail(s)]
    elif s.lang == "en":
        lines = ["cv", f"my name is {v_name(s, s.pick(['lower', 'full']))}",
                 f"i am have {v_age(s, 'years')} i am born {v_birth(s, 'dots')} in {v_place(s)}",
                 f"i live in {v_res(s, 'town')} my nationality is {v_nat(s)} i have {v_nat(s, 'status')}",
                 f"i am {v_family(s)} i am {v_sex(s, 'word')} {v_rel(s)}", f"health {v_health(s)} but i can work",
                 f"phone {v_phone(s)} email {v_email(s)}", "", "work",
                 *job_lines(s, jobs, "en"), f"i have {duration(s, key)}", *extra(s, key),
                 f"card {' '.join(lic(s, key, 2))}", f"school {dipl(s, key)}", f"languages {langs(s, 2)}", avail(s)]
    else:
        lines = ["이력서", f"나 {v_name(s)}이고 {v_age(s, 'sal')} {v_birth(s, 'ko_yy')}",
                 f"{v_res(s, 'town')} 살아 {v_sex(s, 'word')}임 {v_nat(s)} 사람", f"{v_family(s)} {v_rel(s)} 다님",
                 f"몸은 {v_health(s)} 그래도 일 할수있어", f"전화 {v_phone(s)} 카톡 {v_kakao(s)}", "", "한 일",
                 *job_lines(s, jobs, "ko"), f"다 합해서 {duration(s, key)}", *extra(s, key),
                 f"자격 {' '.join(lic(s, key, 1))}", f"학교 {dipl(s, key)}", avail(s)]
    return "\n".join(lines)


@blind28(("fr", "en"), ages=(18, 45))
def cv_sms_majuscules(s: Sheet) -> str:
    """A CV typed on a phone in capitals and SMS abbreviations ('DS', 'PR', 'TT', 'DISPO', 'EXP', 'AN'), no
    punctuation: 'MOI C {FIRST}', '23A', 'HABITE {TOWN}', 'NE LE 3/4/1999', then 'EXP' lines and 'PERMI'."""
    key = key_for(s)
    jobs = career(s, key, s.rng.randint(1, 2), style="dash")
    if s.lang == "fr":
        lines = [f"MOI C {v_name(s, 'caps')}{v_nick(s)}", f"{v_age(s, 'a')} NE LE {v_birth(s, 'slash')} A {v_place(s)}",
                 f"HABITE {v_res(s, 'pc_town').upper()} {v_sex(s, 'word').upper()} {v_nat(s).upper()}",
                 f"{v_family(s, 'phon').upper()} {v_rel(s).upper()} {v_health(s).upper()}",
                 f"TEL {v_phone(s)} MAIL {v_email(s, upper=True)}", "", "EXP",
                 *[caps(x) for x in job_lines(s, jobs, "dash")], caps(duration(s, key)), "PERMI ET CARTE",
                 caps(" ".join(lic(s, key, 2))), f"ECOLE {caps(dipl(s, key))}", caps(avail(s)),
                 "MERCI PR VOTRE REPONSE"]
    else:
        lines = [f"HI ITS {v_name(s, 'caps')}{v_nick(s)}", f"{v_age(s, 'yo').upper()} B {v_birth(s, 'slash')}",
                 f"LIVE {v_res(s, 'pc_town').upper()} {v_sex(s, 'word').upper()} {v_nat(s).upper()}",
                 f"{v_family(s).upper()} {v_rel(s).upper()} {v_health(s).upper()}",
                 f"TEL {v_phone(s)} EMAIL {v_email(s, upper=True)}", "", "EXP",
                 *[caps(x) for x in job_lines(s, jobs, "dash")], caps(duration(s, key)),
                 caps(" ".join(lic(s, key, 2))), f"SCHOOL {caps(dipl(s, key))}", caps(avail(s)), "THX"]
    return "\n".join(_fix_caps(s, lines))


def _fix_caps(s: Sheet, lines: list[str]) -> list[str]:
    """Capitals everywhere: every marker and fact recorded as written (upper-cased)."""
    for i, m in enumerate(s.markers):
        s.markers[i] = type(m)(m.family, m.value.upper(), tuple(a.upper() for a in m.also))
    s.facts[:] = [f.upper() for f in s.facts]
    return [line.upper() for line in lines]


@blind28(("fr", "en", "ko"), ages=(17, 26))
def presentation_mission_locale(s: Sheet) -> str:
    """A youth adviser's presentation of a young job seeker, in the third person: the adviser's header, 'Jeune
    accompagnée : …', '… a 19 ans, elle est née …' avoided for '… est accompagnée depuis …' (the feminine agreements
    planted), 'L'intéressée habite chez sa tante à …', her papers, family, health and faith as the adviser puts them;
    an English job coach's referral and a Korean 고용센터 상담사's 추천서 likewise."""
    key = s.pick(["menage", "logistique", "resto", "aide"] if s.lang != "ko" else ["menage", "logistique", "resto"])
    jobs = career(s, key, s.rng.randint(1, 2), style="de")
    c = s.c
    if s.lang == "fr":
        name = v_name(s, s.pick(["LAST first", "full"]))
        first = v_name(s, "first")
        lines = ["MISSION LOCALE - FICHE DE PRESENTATION CANDIDAT", "Conseillere referente : service emploi", "",
                 f"Jeune {agree(s, 'accompagnée', 'accompagné')} : {v_sex(s, 'civ')} {name}",
                 f"{first} a {v_age(s, 'ans')} (date de naissance {v_birth(s, 'words')}, a {v_place(s)}). "
                 f"{first} est de nationalité {v_nat(s)} ({v_nat(s, 'status')}).",
                 f"{agree(s, 'L’intéressée', 'L’intéressé')} habite chez sa tante a {v_res(s, 'town')}. "
                 f"Situation : {v_family(s, 'neat')}.",
                 f"Point santé : {v_health(s)}. {first} est {v_rel(s)}"
                 + (" et souhaite ne pas travailler le vendredi apres-midi." if c.religion == "muslim" else "."),
                 f"Contact : {v_phone(s)} / {v_email(s)}", "", "PARCOURS",
                 *job_lines(s, jobs, "third"), f"{first} cumule {duration(s, key)}.", *extra(s, key),
                 f"Formation : {dipl(s, key)}. Permis / cartes : {', '.join(lic(s, key, 2))}.",
                 f"Langues : {langs(s, 2)}.", f"Disponibilite : {avail(s)}.", "",
                 f"{first} est {agree(s, 'motivée', 'motivé')} et {agree(s, 'ponctuelle', 'ponctuel')}."]
    elif s.lang == "en":
        name = v_name(s)
        first = v_name(s, "first")
        lines = ["JOBCENTRE PLUS - WORK COACH REFERRAL", "",
                 f"Client: {v_sex(s, 'civ')} {name}",
                 f"{first} is {v_age(s, 'years')} old (DOB {v_birth(s, 'slash')}, born in {v_place(s)}). "
                 f"{first} is {v_nat(s)} with {v_nat(s, 'status')}.",
                 f"{first} lives with an aunt in {v_res(s, 'town')}. Family: {v_family(s)}.",
                 f"Health: {v_health(s)}. Faith: {v_rel(s)}.", f"Contact: {v_phone(s)}, {v_email(s)}", "",
                 "WORK HISTORY (as told by the client)", *job_lines(s, jobs, "pipe"), f"{first} has {duration(s, key)}.",
                 *extra(s, key), f"Cards: {', '.join(lic(s, key, 2))}. Education: {dipl(s, key)}.",
                 f"Languages: {langs(s, 2)}. {avail(s)}."]
    else:
        name = v_name(s)
        lines = ["취업 추천서 (고용센터 취업상담사 작성)", "",
                 f"추천 대상: {name} ({v_sex(s, 'word')}, {v_age(s, 'man')}, {v_birth(s, 'ko_full')} 출생)",
                 f"위 구직자는 {v_res(s, 'addr')}에 거주하며 {v_nat(s)} 국적입니다.",
                 f"가족관계: {v_family(s)} / 종교: {v_rel(s)} / 건강: {v_health(s)}",
                 f"연락처: {v_phone(s)}", "", "경력", *job_lines(s, jobs, "ko"), f"총 {duration(s, key)}",
                 f"자격: {', '.join(lic(s, key, 1))} / 학력: {dipl(s, key)}", avail(s)]
    return "\n".join(lines)


@blind28(("fr", "en", "ko"), ages=(20, 58))
def notes_appel_recruteur(s: Sheet) -> str:
    """A recruiter's notes of a CV dictated by phone: a time stamp, short lines with arrows and abbreviations
    ('23a', 'hab. vers …', 'nat. …', 'sit. fam …', 'pb dos', 'tel …'), the jobs as heard, the cards, and the
    recruiter's own remarks ('parle bien', 'a rappeler')."""
    key = key_for(s)
    jobs = career(s, key, s.rng.randint(1, 3), style="dash")
    h = s.rng.randint(8, 18)
    if s.lang == "fr":
        lines = [f"appel {h}h{s.rng.randint(10, 59)} - candidat spontane", f"nom : {v_name(s, 'LAST first')}",
                 f"-> {v_sex(s, 'civ')}, {v_age(s, 'a')}, {agree(s, 'nee', 'né')} {v_birth(s, 'yy')} a "
                 f"{v_place(s, bare=True)}",
                 f"-> hab. vers {v_res(s, 'town')} ({v_res(s, 'dep')})" if s.chance(0.5) else
                 f"-> hab. {v_res(s, 'cite')}",
                 f"-> nat. {v_nat(s)} / {v_nat(s, 'status')}", f"-> sit. fam : {v_family(s, 'phon')}",
                 f"-> pb : {v_health(s)}", f"-> {v_rel(s)} (dit au tel)",
                 f"-> tel {v_phone(s)} / mail {v_email(s)}", "", "parcours (dicte) :",
                 *[f"  * {j['title']} / {j['employer']} / {j['place']} / {j['period']}" for j in jobs],
                 f"  total {duration(s, key)}", *[f"  * {x}" for x in extra(s, key)],
                 f"cartes : {' + '.join(lic(s, key, 2))} ; ecole : {dipl(s, key)}", f"langues : {langs(s, 2)}",
                 f"{avail(s)} - parle bien, a rappeler"]
    elif s.lang == "en":
        lines = [f"call {h}:{s.rng.randint(10, 59)} - walk-in candidate", f"name: {v_name(s)}",
                 f"> {v_sex(s, 'civ')}, {v_age(s, 'yo')}, {v_birth(s, 'b')}, from {v_place(s)}",
                 f"> lives near {v_res(s, 'town')}", f"> nat: {v_nat(s)} ({v_nat(s, 'status')})",
                 f"> {v_family(s)}", f"> health: {v_health(s)}", f"> {v_rel(s)}",
                 f"> tel {v_phone(s)} / {v_email(s)}", "", "jobs (as dictated):",
                 *[f"  * {j['title']} / {j['employer']} / {j['place']} / {j['period']}" for j in jobs],
                 f"  total {duration(s, key)}", *[f"  * {x}" for x in extra(s, key)],
                 f"cards: {' + '.join(lic(s, key, 2))}; school: {dipl(s, key)}", f"langs: {langs(s, 2)}",
                 f"{avail(s)} - call back"]
    else:
        lines = [f"전화 {h}:{s.rng.randint(10, 59)} 구직 문의", f"이름: {v_name(s)}",
                 f"> {v_sex(s, 'word')}, {v_age(s, 'se')}, {v_birth(s, 'ko_yy')}, {v_place(s)} 출신",
                 f"> {v_res(s, 'cite')}", f"> {v_nat(s)} / {v_nat(s, 'status')}", f"> {v_family(s)}",
                 f"> {v_health(s)}", f"> {v_rel(s)}", f"> {v_phone(s)} 카톡 {v_kakao(s)}", "", "경력 (말한 대로):",
                 *[f"  * {j['title']} / {j['employer']} / {j['place']} / {j['period']}" for j in jobs],
                 f"  총 {duration(s, key)}", *[f"  * {x}" for x in extra(s, key)],
                 f"자격: {' + '.join(lic(s, key, 2))} / 학력: {dipl(s, key)}", f"{avail(s)} - 다시 연락"]
    return "\n".join(lines)


@blind28(("fr", "en", "ko"), ages=(19, 60))
def export_cv_en_ligne(s: Sheet) -> str:
    """An online CV builder's plain export: every field in a fixed order, 'Label : value' lines, some left empty
    ('Titre du CV :', 'Site web :'), the values typed by the candidate as they spell them (no accents, capitals or
    lower case at random), then 'Expériences' and 'Formations' blocks in the builder's format."""
    key = key_for(s)
    jobs = career(s, key, s.rng.randint(2, 3), style="dash")
    lab = {"fr": ["Nom", "Prénom", "Civilité", "Date de naissance", "Lieu de naissance", "Âge", "Adresse",
                  "Nationalité", "Statut", "Situation familiale", "Religion (facultatif)",
                  "Handicap / santé", "Téléphone", "E-mail", "Site web", "Titre du CV"],
           "en": ["Surname", "First name", "Title", "Date of birth", "Place of birth", "Age", "Address",
                  "Nationality", "Right to work", "Marital status", "Religion (optional)", "Health / disability",
                  "Phone", "Email", "Website", "CV title"],
           "ko": ["성명", "영문 성명", "성별", "생년월일", "출생지", "나이", "주소", "국적", "체류자격", "결혼여부", "종교",
                  "건강/장애", "휴대폰", "이메일", "홈페이지", "이력서 제목"]}[s.lang]
    c = s.c
    if s.lang == "ko":  # 성명 and 영문 성명 (empty for a Korean)
        names = [f"{lab[0]} : {v_name(s)}", f"{lab[1]} : {v_name(s, 'latin') if c.latin else ''}".rstrip()]
    else:
        low = s.chance(0.5)
        names = [f"{lab[0]} : {s.plant('name', c.last.upper() if not low else c.last.lower())}",
                 f"{lab[1]} : {s.plant('name', c.first if not low else c.first.lower())}"]
    age = v_age(s, {"fr": "ans", "en": "years", "ko": "se"}[s.lang])
    born = v_birth(s, {"fr": "short", "en": "dots", "ko": "ko_full"}[s.lang]) if s.chance(0.7) else ""
    values = [v_sex(s, "civ"), born, v_place(s), age,
              v_res(s, "addr"), v_nat(s), v_nat(s, "status") if s.lang != "ko" or c.status else "",
              v_family(s, "phon"), v_rel(s), v_health(s), f"{v_phone(s)}", v_email(s), "", ""]
    lines = [{"fr": "MON CV - export", "en": "MY CV - export", "ko": "나의 이력서 - 내보내기"}[s.lang], *names]
    lines += [f"{label} : {value}".rstrip() for label, value in zip(lab[2:], values)]
    head = {"fr": ("Expériences", "Formations", "Permis", "Langues", "Disponibilité"),
            "en": ("Experience", "Education", "Licences", "Languages", "Availability"),
            "ko": ("경력", "학력", "자격증", "언어", "근무 가능")}[s.lang]
    lines += ["", head[0], *[f"{j['title']} | {j['employer']} | {j['place']} | {j['period']}" for j in jobs],
              f"{duration(s, key)}", *extra(s, key), "", head[1], dipl(s, key), "", head[2], ", ".join(lic(s, key, 2)),
              "", head[3], langs(s, 1) if s.lang == "ko" else langs(s, 2), "", head[4], avail(s)]
    return "\n".join(lines)


@blind28(("fr", "ko"), ages=(20, 62))
def formulaire_accueil_retape(s: Sheet) -> str:
    """A paper registration form filled in by hand at the agency's desk and typed back by the receptionist: the
    form's labels with the candidate's answers in capitals as written, '[illisible]' and '(?)' where the hand was hard
    to read, crossed-out answers in '~~', and the receptionist's initials and note at the end."""
    key = key_for(s)
    jobs = career(s, key, s.rng.randint(1, 2), style="de")
    if s.lang == "fr":
        lines = [f"NOM / PRENOM : {v_name(s, 'LAST first').upper()}", f"M. / Mme : {v_sex(s, 'civ').upper()}",
                 f"NE(E) LE : {v_birth(s, 'short')} A {v_place(s, bare=True).upper()}",
                 f"AGE : {v_age(s, 'ans').upper()}",
                 f"ADRESSE : {v_res(s, 'cite').upper()}",
                 f"NATIONALITE : {v_nat(s).upper()} ~~{s.pick(['FRANCAISE', 'FRANCE'])}~~",
                 f"SITUATION : {v_family(s, 'phon').upper()}", f"RELIGION (facultatif) : {v_rel(s).upper()}",
                 f"PROBLEME DE SANTE : {v_health(s).upper()}", f"TEL : {v_phone(s)}", f"MAIL : {v_email(s)}",
                 "", "DERNIERS EMPLOIS :", *[caps(x) for x in job_lines(s, jobs, "dash")],
                 f"EXPERIENCE : {caps(duration(s, key))}", *[caps(x) for x in extra(s, key)],
                 f"PERMIS / CACES : {caps(' '.join(lic(s, key, 2)))}", f"DIPLOME : {caps(dipl(s, key))}",
                 f"DISPONIBLE : {caps(avail(s))}"]
        lines = _fix_caps(s, lines)
        lines[2] += " (?)"
        lines[4] += " [illisible]"
        return "\n".join(["FICHE D'INSCRIPTION (remplie a la main, retapee par l'accueil)", *lines, "",
                          "note accueil (SB) : ecriture difficile, verifier le tel"])
    lines = ["구직 등록 카드 (손글씨, 접수처 입력)", f"성명: {v_name(s)}", f"성별: {v_sex(s, 'word')}",
             f"생년월일: {v_birth(s, 'ko_month')} (?)", f"나이: {v_age(s, 'sal')}", f"주소: {v_res(s, 'addr')} [잘 안보임]",
             f"국적: {v_nat(s)} ~~한국~~" if s.c.origin != "korean" else f"국적: {v_nat(s)}",
             f"가족: {v_family(s)}", f"종교: {v_rel(s)}", f"건강: {v_health(s)}", f"연락처: {v_phone(s)}", "",
             "최근 일한 곳:", *job_lines(s, jobs, "ko"), f"경력: {duration(s, key)}", *extra(s, key),
             f"자격: {' '.join(lic(s, key, 1))}", f"학력: {dipl(s, key)}", f"가능: {avail(s)}", "",
             "접수 메모: 글씨 알아보기 힘듦, 전화 확인 필요"]
    return "\n".join(lines)


@blind28(("fr", "en", "ko"), ages=(18, 60))
def cv_ecrit_par_un_proche(s: Sheet) -> str:
    """A relative writes for the candidate in their own words: 'Bonjour je suis la soeur de Hawre, il cherche du
    travail…', the candidate named by first name and described in the third person by kin ('mon frère', 'ma mère':
    sex), then a list of what they did; in English a son or daughter writing for a parent ('my mum'); in Korean a
    daughter writing for her father ('우리 아빠').'"""
    key = key_for(s)
    jobs = career(s, key, s.rng.randint(1, 3), style="de")
    F = s.female
    if s.lang == "fr":
        kin = s.plant("sex", s.pick(["ma soeur", "ma mere"]) if F else s.pick(["mon frere", "mon pere"]))
        first = v_name(s, "first")
        lines = ["Bonjour,", f"je vous ecrit pour {kin} {first}{v_nick(s)}, parle pas bien francais alors c'est moi.",
                 f"Son nom complet {v_name(s, 'LAST first')}, {v_age(s, 'ans')}, {agree(s, 'nee', 'né')} le "
                 f"{v_birth(s, 'words')} a {v_place(s)}.",
                 f"On habite tous {v_res(s, 'cite')}." if s.chance(0.5) else f"On habite {v_res(s, 'dep')}.",
                 f"{first} est {v_nat(s)}, {v_nat(s, 'status')}. {v_family(s, 'phon')}.",
                 f"{first} est {v_rel(s)}, juste {v_health(s)} mais {agree(s, 'courageuse', 'courageux')}.",
                 f"Son numero {v_phone(s)} ou mon mail {v_email(s)}", "", f"Ce que {first} a fait :",
                 *job_lines(s, jobs, "third"), f"En tout {duration(s, key)}.", *extra(s, key),
                 f"Papiers : {', '.join(lic(s, key, 2))}, {dipl(s, key)}", f"Langues : {langs(s, 2)}",
                 f"{avail(s)}. Merci beaucoup"]
    elif s.lang == "en":
        kin = s.plant("sex", s.pick(["my mum", "my sister"]) if F else s.pick(["my dad", "my brother"]))
        lines = ["Hello,", f"I am writing for {kin} {v_name(s, 'first')}, english is not good.",
                 f"{v_sex(s, 'civ')} {v_name(s, 'full')} is {v_age(s, 'old')}, born {v_birth(s, 'slash')} in "
                 f"{v_place(s)}.", f"We live at {v_res(s, 'addr')}.",
                 f"Nationality {v_nat(s)}, {v_nat(s, 'status')}. {v_family(s)}.",
                 f"Religion {v_rel(s)}. Health {v_health(s)} but works hard.", f"Phone {v_phone(s)} or {v_email(s)}",
                 "", "What they did:", *job_lines(s, jobs, "pipe"), f"In total {duration(s, key)}.", *extra(s, key),
                 f"Papers: {', '.join(lic(s, key, 2))}, {dipl(s, key)}", f"Languages: {langs(s, 2)}",
                 f"{avail(s)}. Thank you so much"]
    else:
        kin = s.plant("sex", "엄마" if F else "아빠")
        lines = ["안녕하세요", f"우리 {kin} 대신 제가 씁니다. {kin} 이름은 {v_name(s)}이에요.",
                 f"{v_birth(s, 'ko_yy')}, 올해 {v_age(s, 'sal')}, {v_place(s)}에서 태어났어요.",
                 f"지금 {v_res(s, 'addr')}에 살아요. {v_nat(s)} 국적이에요.",
                 f"{v_family(s)}, 종교는 {v_rel(s)}, {v_health(s)}.", f"연락은 {v_phone(s)} 으로 주세요", "",
                 "일한 곳", *job_lines(s, jobs, "ko"), f"합쳐서 {duration(s, key)}", *extra(s, key),
                 f"자격: {', '.join(lic(s, key, 1))}, {dipl(s, key)}", f"{avail(s)}. 감사합니다"]
    return "\n".join(lines)


@blind28(("fr", "en"), ages=(20, 55))
def cv_traduit_machine(s: Sheet) -> str:
    """A CV translated word for word by a machine translator: 'Je suis né dans l'année 1999 dans la ville de …',
    'État civil : épousé', 'Nom de famille d'abord', capitalised labels gone wrong ('Expérience De Travail'), literal
    durations and the original's order kept."""
    key = key_for(s)
    jobs = career(s, key, s.rng.randint(2, 3), style="de")
    if s.lang == "fr":
        lines = ["Curriculum Vitae Personnel", f"Nom De Famille Et Prénom : {v_name(s, 'last_first')}",
                 f"Le Sexe : {v_sex(s, 'word')}",
                 f"Je suis {agree(s, 'née', 'né')} dans l'année {v_birth(s, 'year')} dans la ville de {v_place(s)}.",
                 f"Mon âge est {v_age(s, 'ans')} de vieux.", f"Adresse De Résidence : {v_res(s, 'addr')}",
                 f"Nationalité : {v_nat(s)}, statut : {v_nat(s, 'status')}",
                 f"État Civil : {v_family(s, 'neat')}", f"La Religion : {v_rel(s)}",
                 f"Condition De Santé : {v_health(s)}", f"Numéro De Mobile : {v_phone(s)}",
                 f"Courrier Électronique : {v_email(s)}", "", "Expérience De Travail",
                 *[f"{j['period']} : j'ai travaillé comme {j['title']} dans {j['employer']}, ville {j['place']}"
                   for j in jobs], f"Total : {duration(s, key)}", *extra(s, key), "", "Les Certificats",
                 *lic(s, key, 2), dipl(s, key), "", f"Les Langues : {langs(s, 2)}", f"Le Disponible : {avail(s)}"]
    else:
        lines = ["Personal Curriculum Vitae", f"Family Name And Name: {v_name(s, 'last_first')}",
                 f"The Sex: {v_sex(s, 'word')}", f"I was born in the year {v_birth(s, 'year')} in the city of "
                 f"{v_place(s)}.", f"My age is {v_age(s, 'years')} of old.",
                 f"Address Of Residence: {v_res(s, 'addr')}", f"Nationality: {v_nat(s)}, status {v_nat(s, 'status')}",
                 f"Civil State: {v_family(s)}", f"The Religion: {v_rel(s)}", f"Condition Of Health: {v_health(s)}",
                 f"Number Of Mobile: {v_phone(s)}", f"Electronic Mail: {v_email(s)}", "", "Experience Of Work",
                 *[f"{j['period']}: i worked as {j['title']} in {j['employer']}, city {j['place']}" for j in jobs],
                 f"Total: {duration(s, key)}", *extra(s, key), "", "The Certificates", *lic(s, key, 2), dipl(s, key),
                 "", f"The Languages: {langs(s, 2)}", f"The Available: {avail(s)}"]
    return "\n".join(lines)


@blind28(("fr", "en", "ko"), ages=(18, 50))
def whatsapp_voila_mon_cv(s: Sheet) -> str:
    """A WhatsApp (KakaoTalk in Korean) exchange exported as text: time-stamped chat lines with the recruiter where the
    candidate gives the age, home, papers and number ('slt c pour le taf', 'jai 24ans', 'voila mon cv'), then the CV
    pasted in the middle with the rest of the markers, then more chat lines (family, health, faith, availability)."""
    key = key_for(s)
    jobs = career(s, key, s.rng.randint(1, 2), style="dash")
    h, m = s.rng.randint(8, 21), s.rng.randint(10, 40)
    t = lambda k: f"[{h:02d}:{m + k:02d}]"  # noqa: E731
    if s.lang == "fr":
        who = v_name(s, "first")
        rec = "Interim 93 - Sonia"
        lines = [f"{t(0)} {who}: slt c pour le taf de {jobs[0]['title']}", f"{t(1)} {rec}: Bonjour, vous avez un CV ?",
                 f"{t(2)} {who}: oui voila mon cv", f"{t(2)} {who}: jai {v_age(s, 'glued')} jabite vers {v_res(s, 'town')}",
                 f"{t(3)} {who}: <CV colle>", v_name(s, s.pick(["caps", "LAST first"])),
                 f"{v_sex(s, 'civ')} {agree(s, 'nee', 'né')} le {v_birth(s, 'short')} a {v_place(s)}",
                 f"{v_res(s, 'addr')}", f"{v_phone(s)} {v_email(s)}", "EXPERIENCE", *job_lines(s, jobs, "dash"),
                 duration(s, key), *extra(s, key), f"permis : {' '.join(lic(s, key, 2))}", f"ecole : {dipl(s, key)}",
                 "</CV colle>", f"{t(5)} {rec}: Merci. Vous avez le droit de travailler ?",
                 f"{t(6)} {who}: oui {v_nat(s)} {v_nat(s, 'status')}", f"{t(7)} {who}: {v_family(s, 'phon')} dc pr les horaires faut voir",
                 f"{t(8)} {who}: et jai {v_health(s)} mais ca va", f"{t(9)} {who}: je suis {v_rel(s)} pas de souci",
                 f"{t(9)} {who}: {avail(s)} 👍", f"{t(10)} {rec}: Parfait je vous rappelle"]
        s.c.chat = who
    elif s.lang == "en":
        who = v_name(s, "first")
        rec = "Agency - Dan"
        lines = [f"{t(0)} {who}: hi is for the job {jobs[0]['title']}", f"{t(1)} {rec}: Hi, do you have a CV?",
                 f"{t(2)} {who}: yes here my cv", f"{t(2)} {who}: i am {v_age(s, 'yo')} live near {v_res(s, 'town')}",
                 f"{t(3)} {who}: <CV pasted>", v_name(s, "caps"), f"{v_sex(s, 'civ')} DOB {v_birth(s, 'dots')} {v_place(s)}",
                 f"{v_res(s, 'addr')}", f"{v_phone(s)} {v_email(s)}", "WORK", *job_lines(s, jobs, "dash"),
                 duration(s, key), *extra(s, key), f"licence: {' '.join(lic(s, key, 2))}", f"school: {dipl(s, key)}",
                 "</CV pasted>", f"{t(5)} {rec}: Thanks. Right to work?", f"{t(6)} {who}: yes {v_nat(s)} {v_nat(s, 'status')}",
                 f"{t(7)} {who}: {v_family(s)} so hours need to see", f"{t(8)} {who}: i have {v_health(s)} but ok",
                 f"{t(9)} {who}: i am {v_rel(s)} no problem", f"{t(9)} {who}: {avail(s)} 👍",
                 f"{t(10)} {rec}: Great I will call you"]
        s.c.chat = who
    else:
        who = v_name(s)
        rec = "새벽인력 사무실"
        lines = [f"{t(0)} {who}: 안녕하세요 일자리 {jobs[0]['title']} 있어요?", f"{t(1)} {rec}: 네 이력서 보내주세요",
                 f"{t(2)} {who}: 여기 내 이력서", f"{t(2)} {who}: 나 {v_age(s, 'sal')} {v_res(s, 'town')} 살아요",
                 f"{t(3)} {who}: <이력서>", v_name(s, "latin") if s.c.latin else v_name(s),
                 f"{v_sex(s, 'word')} {v_birth(s, 'ko_full')} {v_place(s)}", v_res(s, 'addr'),
                 f"{v_phone(s)} kakao {v_kakao(s)}", "경력", *job_lines(s, jobs, "ko"), duration(s, key),
                 *extra(s, key), f"자격: {' '.join(lic(s, key, 1))}", f"학교: {dipl(s, key)}", "</이력서>",
                 f"{t(5)} {rec}: 비자 있어요?" if s.c.origin != "korean" else f"{t(5)} {rec}: 국적은요?",
                 f"{t(6)} {who}: {v_nat(s)} {v_nat(s, 'status') if s.c.status else ''}".rstrip(),
                 f"{t(7)} {who}: {v_family(s)}", f"{t(8)} {who}: {v_health(s)} 근데 괜찮아요",
                 f"{t(9)} {who}: {v_rel(s)} 다녀요", f"{t(9)} {who}: {avail(s)} ㅎㅎ", f"{t(10)} {rec}: 네 연락드릴게요"]
        s.c.chat = who
    return "\n".join(lines)


@blind28(("fr", "en", "ko"), ages=(19, 58))
def candidature_corps_mail(s: Sheet) -> str:
    """An application sent as an e-mail body only, no attachment: the headers (From with the name and address, a
    subject in capitals), 'bonjour madame monsieur je me permet…' in one long paragraph without punctuation holding
    most markers, the jobs in the same run of text, and a signature with the phone."""
    key = key_for(s)
    jobs = career(s, key, s.rng.randint(1, 2), style="de")
    j = jobs[0]
    if s.lang == "fr":
        frm = f"De : {v_name(s, 'full')} <{v_email(s)}>"
        para = (f"bonjour madame monsieur je me permet de vous ecrire pour un travail je suis "
                f"{agree(s, 'agée', 'agé')} de {v_age(s, 'ans')} {agree(s, 'nee', 'né')} {v_birth(s, 'yyyy_en')} je "
                f"suis {v_nat(s)} avec {v_nat(s, 'status')} jabite {v_res(s, 'cite')} je suis {v_family(s, 'phon')} "
                f"jai travailler {j['title']} chez {j['employer']} a {j['place']} {j['period']} en tout "
                f"{duration(s, key)} jai {' et '.join(lic(s, key, 2))} je suis {v_rel(s)} et jai {v_health(s)} "
                f"mais je peux travailler {avail(s)}")
        lines = [frm, "A : contact@interim-agence.fr", "Objet : CANDIDATURE", "", para,
                 *[f"aussi {x['title']} chez {x['employer']} a {x['place']} {x['period']}" for x in jobs[1:]],
                 *extra(s, key), f"ecole {dipl(s, key)}", "", "cordialement", f"{v_sex(s, 'civ')} {v_name(s, 'lower')}",
                 v_phone(s)]
    elif s.lang == "en":
        frm = f"From: {v_name(s, 'full')} <{v_email(s)}>"
        para = (f"dear sir madam i am writing for work i am {v_age(s, 'years')} born {v_birth(s, 'year')} in "
                f"{v_place(s)} i am {v_nat(s)} with {v_nat(s, 'status')} i live in {v_res(s, 'town')} i am "
                f"{v_family(s)} i work {j['title']} in {j['employer']} {j['place']} {j['period']} total "
                f"{duration(s, key)} i have {' and '.join(lic(s, key, 2))} i am {v_rel(s)} and i have "
                f"{v_health(s)} but i can work {avail(s)}")
        lines = [frm, "To: jobs@agency.co.uk", "Subject: JOB", "", para,
                 *[f"also {x['title']} in {x['employer']} {x['place']} {x['period']}" for x in jobs[1:]],
                 *extra(s, key), f"school {dipl(s, key)}", "", "regards", f"{v_sex(s, 'civ')} {v_name(s, 'lower')}",
                 v_phone(s)]
    else:
        frm = f"보낸사람: {v_name(s)} <{v_email(s)}>"
        para = (f"안녕하세요 일자리 찾고 있습니다 저는 {v_age(s, 'man')} {v_sex(s, 'word')}이고 {v_birth(s, 'ko_yy')} "
                f"{v_place(s)} 출생 {v_nat(s)} 사람이고 {v_res(s, 'addr')} 살고 {v_family(s)} "
                f"{j['place']} {j['employer']}에서 {j['title']} {j['period']} 했고 {duration(s, key)} "
                f"{' '.join(lic(s, key, 1))} 있고 종교 {v_rel(s)} 건강은 {v_health(s)} {avail(s)}")
        lines = [frm, "받는사람: jobs@insa.co.kr", "제목: 지원합니다", "", para,
                 *[f"그리고 {x['place']} {x['employer']} {x['title']} {x['period']}" for x in jobs[1:]],
                 *extra(s, key), f"학력 {dipl(s, key)}", "", f"{v_phone(s)}"]
    return "\n".join(lines)


@blind28(("fr", "ko"), ages=(19, 55))
def cv_langues_melangees(s: Sheet) -> str:
    """A CV that mixes languages: French with greetings and words of the author's own language (Tamil 'vanakkam',
    Romanian 'mulțumesc', Hassaniya and Dari 'salam', Kurdish 'spas', Portuguese and Wolof words) between the lines,
    and a Korean CV by a foreign worker half in English ('I'm 28살', 'forklift 지게차 license 있음', 'visa E-9')."""
    key = key_for(s)
    jobs = career(s, key, s.rng.randint(1, 3), style="dash")
    if s.lang == "fr":
        hello = {"tamoul": "Vanakkam", "rrom": "Buna ziua", "maure": "Salam aleykoum", "afghan": "Salam",
                 "kurd": "Silav"}[s.c.origin]
        thanks = {"tamoul": "nandri", "rrom": "mulțumesc", "maure": "choukrane", "afghan": "tashakor",
                  "kurd": "spas"}[s.c.origin]
        lines = [f"{hello} ! moi c'est {v_name(s, 'first_lower')} ({v_name(s, 'LAST first')}){v_nick(s)}",
                 f"{v_age(s, 'an')} , {agree(s, 'née', 'né')} {v_birth(s, 'words')} a {v_place(s)}",
                 f"{v_sex(s, 'kid')} tres {agree(s, 'serieuse', 'serieux')}",
                 f"jabite chez ma tante a {v_res(s, 'town')}, obrigado a elle",
                 f"{v_nat(s)} - {v_nat(s, 'status')}", f"{v_family(s, 'phon')} , {v_rel(s)}", f"{v_health(s)} (un peu)",
                 f"tel/whatsapp {v_phone(s)} · {v_email(s)}", "", "TRAVAIL", *job_lines(s, jobs, "dash"),
                 f"{duration(s, key)} inch'allah plus", *extra(s, key), f"papiers : {' / '.join(lic(s, key, 2))}",
                 f"ecole : {dipl(s, key)}", f"langues : {langs(s, 3)}", avail(s), f"{thanks} / merci"]
    else:
        lines = ["RESUME 이력서", f"Name 이름: {v_name(s, 'latin')}" if s.c.latin else f"Name 이름: {v_name(s)}",
                 f"I'm {v_age(s, 'sal')}, {v_birth(s, 'ko_yy')}, born {v_place(s)}",
                 f"{v_sex(s, 'word')} / {v_sex(s, 'mil')}" if s.c.origin == "korean" and not s.female else
                 f"{v_sex(s, 'word')}", f"Live 주소: {v_res(s, 'cite')}",
                 f"Nationality 국적: {v_nat(s)}" + (f", visa {v_nat(s, 'status')}" if s.c.status else ""),
                 f"Family 가족: {v_family(s)}", f"Religion: {v_rel(s)}", f"Health: {v_health(s)}",
                 f"Phone {v_phone(s)} / kakao {v_kakao(s)}", "", "Work 경력", *job_lines(s, jobs, "ko"),
                 f"total {duration(s, key)}", *extra(s, key), f"license 자격: {', '.join(lic(s, key, 2))}",
                 f"school 학교: {dipl(s, key)}", f"language: {langs(s, 2)}", avail(s)]
    return "\n".join(lines)


@blind28(("fr", "en"), ages=(20, 55))
def cv_francais_langue_seconde(s: Sheet) -> str:
    """A CV by someone learning the language: articles and verbs missing or unconjugated ('Moi habiter Gagny', 'Moi
    travail avant dans restaurant', 'Mon âge 31'), the surname before the first name, DELF / ESOL levels among the
    facts; in English 'I am have 28 years', 'my nationality is', 'I am work in …'."""
    key = key_for(s)
    jobs = career(s, key, s.rng.randint(1, 3), style="de")
    if s.lang == "fr":
        lines = [f"Nom prenom : {v_name(s, 'last_first')}",
                 f"Moi {v_sex(s, 'word')}. Mon age {v_age(s, 'ans')}. Naissance {v_birth(s, 'slash')}, pays "
                 f"{v_place(s)}.", f"Moi habiter {v_res(s, 'pc_town')}.",
                 f"Moi nationalité {v_nat(s)}, avoir {v_nat(s, 'status')}.", f"Famille : {v_family(s, 'phon')}.",
                 f"Religion moi {v_rel(s)}.", f"Santé : {v_health(s)}, petit probleme.",
                 f"Telephone {v_phone(s)}. Mail {v_email(s)}.", "", "Travail avant",
                 *[f"Moi travail {j['title']} dans {j['employer']}, ville {j['place']}, {j['period']}." for j in jobs],
                 f"Experience : {duration(s, key)}.", *extra(s, key), f"Moi avoir {', '.join(lic(s, key, 2))}.",
                 f"Ecole : {dipl(s, key)}.", f"Langue : {langs(s, 2)}.", f"{avail(s)}."]
    else:
        lines = [f"Name: {v_name(s, 'last_first')}", f"I am {v_sex(s, 'word')}. I am have {v_age(s, 'years')}. "
                 f"I am born {v_birth(s, 'slash')} in {v_place(s)}.", f"I am live in {v_res(s, 'addr')}.",
                 f"My nationality is {v_nat(s)}, i have {v_nat(s, 'status')}.", f"Family: i am {v_family(s)}.",
                 f"Religion i am {v_rel(s)}.", f"Health: {v_health(s)}, small problem.",
                 f"Telephone {v_phone(s)}. Email {v_email(s)}.", "", "Work before",
                 *[f"I am work {j['title']} in {j['employer']}, town {j['place']}, {j['period']}." for j in jobs],
                 f"Experience: {duration(s, key)}.", *extra(s, key), f"I have {', '.join(lic(s, key, 2))}.",
                 f"School: {dipl(s, key)}.", f"Language: {langs(s, 2)}.", f"{avail(s)}."]
    return "\n".join(lines)


@blind28(("fr", "en", "ko"), ages=(24, 62))
def lettre_manuscrite_retapee(s: Sheet) -> str:
    """A handwritten letter retyped as it was written: the line breaks of the paper kept in the middle of sentences,
    words split or glued at the ends of lines ('jai', 'dexperience'), no punctuation, the date and town at the top
    right, the markers spread over the lines, 'merci davance' and the signature."""
    key = key_for(s)
    jobs = career(s, key, s.rng.randint(1, 2), style="de")
    j = jobs[0]
    if s.lang == "fr":
        chunks = [f"{v_res(s, 'town')} le 11/05/2026", "", "Madame Monsieur", "je m appel",
                  f"{v_name(s, 'full')} jai", f"{v_age(s, 'ans')} je suis {agree(s, 'nee', 'né')}", f"le {v_birth(s, 'short')}",
                  f"a {v_place(s, bare=True)} je suis", f"{v_nat(s)} jai mon {v_nat(s, 'status')}",
                  f"je suis {v_family(s, 'phon')}", f"jai travailler {j['title']} chez", f"{j['employer']} a {j['place']}",
                  f"{j['period']}", *[f"et {x['title']} chez {x['employer']}" for x in jobs[1:]],
                  *[f"a {x['place']} {x['period']}" for x in jobs[1:]], f"jai {duration(s, key)}",
                  *[f"aussi {x}" for x in extra(s, key)],
                  f"jai le {' et le '.join(lic(s, key, 2))}", f"{dipl(s, key)} je suis {v_rel(s)}",
                  f"jai {v_health(s)} mais je suis", f"{agree(s, 'courageuse', 'courageux')} {v_sex(s, 'civ')}",
                  f"mon adresse {v_res(s, 'addr')}" if s.chance(0.5) else f"j habite {v_res(s, 'cite')}",
                  f"tel {v_phone(s)}", f"{avail(s)} merci davance", v_name(s, "first")]
    elif s.lang == "en":
        chunks = [f"{v_res(s, 'town')} 11/05/2026", "", "Dear sir madam", "my name is",
                  f"{v_name(s, 'full')} i am", f"{v_age(s, 'years')} old i am {v_sex(s, 'word')}",
                  f"born {v_birth(s, 'slash')}", f"in {v_place(s)} i am", f"{v_nat(s)} i have my {v_nat(s, 'status')}",
                  f"i am {v_family(s)}", f"i work {j['title']} in", f"{j['employer']} in {j['place']}",
                  f"{j['period']}", *[f"and {x['title']} in {x['employer']}" for x in jobs[1:]],
                  *[f"in {x['place']} {x['period']}" for x in jobs[1:]], f"i have {duration(s, key)}",
                  *[f"also {x}" for x in extra(s, key)],
                  f"i have {' and '.join(lic(s, key, 2))}", f"{dipl(s, key)} i am {v_rel(s)}",
                  f"i have {v_health(s)} but i work", "hard", f"my address {v_res(s, 'addr')}",
                  f"phone {v_phone(s)}", f"{avail(s)} thank you", v_name(s, "first")]
    else:
        chunks = [f"2026년 5월 11일 {v_res(s, 'town')}에서", "", "사장님께", f"저는 {v_name(s)}입니다",
                  f"{v_birth(s, 'ko_yy')} 올해 {v_age(s, 'sal')}", f"{v_place(s)} 태생이고 {v_sex(s, 'word')}입니다",
                  f"{v_nat(s)} 사람이고", f"{v_family(s)} 이고", f"{j['place']} {j['employer']}에서",
                  f"{j['title']} {j['period']} 했고",
                  *[f"{x['place']} {x['employer']} {x['title']} {x['period']}" for x in jobs[1:]],
                  f"{duration(s, key)} 입니다", *extra(s, key),
                  f"{' '.join(lic(s, key, 1))} 있고 {dipl(s, key)}", f"{v_rel(s)} 다니고 {v_health(s)}",
                  "그래도 열심히 하겠습니다", f"주소 {v_res(s, 'addr')}", f"전화 {v_phone(s)}", f"{avail(s)}",
                  f"{v_name(s)} 올림"]
    return "\n".join(chunks)
