"""A nineteenth held-aside set of layouts of the placement benchmark (see evaluation.placement), split "blind18":
registered into the same LAYOUTS. Written without reading the masker (its rules, its data, its tests), the README's
list of what it misses or the history's messages, to measure it once more on CVs nobody tuned it on; do not read this
file while tuning a masker, and run it once.

The split is about personal details written the way hurried people really type them: misspelled, cut, SMS-style,
without accents or capitals, in phonetic or learner spellings, with typos in the labels and in the values. Gig
workers fill forms on phones, dictate voice notes, copy from memory or write in a second language: an SMS to an
agency, a form filled on a phone, a Facebook-group post 'cherche taf', an auto-transcribed voice note, a paper form
typed back by a volunteer, a classified-ad job request, a teenager's first CV, a learner's CV, a Discord-style
profile, a recruiter's hurried notes, a Korean 알바 app profile and a UK quick-apply with typed answers. Labels are
misspelled or cut ('date de naissense', 'ddn', 'nationalitée', 'sit. fam.', 'nb enf.', 'adrese', 'DOB',
'nationallity', 'maritial status', 'adress', '생녀월일', '국젹'), values in texting style ('jsuis née en 89', 'g 2
enfants', 'célib', '34ans', 'im 34', 'married w/ 2 kids', '89년생', '미혼임', '애 둘 엄마'), without accents ('nee a
guelma', 'musulmane pratiquante'), in learner spellings ('je sui maryé', 'natiolite'), with dates in odd formats
('03.03.89', '3 mars 89', '03/89', "'89", '890303'), e-mail addresses with typos ('@gmial.com', '@navr.com') and
emoji standing for words.

Job facts are written the same hurried way and must survive ('5ans d'exp en logistique', 'caces 1 3 5 ok', 'dispo de
suite', 'permis b + vehicule', '10 yrs warehouse', '지게차 3년'), with past employers and places.

Its vocabulary is its own: names in phonetic or fancy spellings, lower case, nicknames and handles (none of their
words is in a Faker locale's name lists, in placement_data nor in an earlier split's lists; Korean names are written
whole, surname and given name in one word); homes, places of birth and places of past jobs are in none of the earlier
pools either (a test checks both). Other people's names (a cousin who recommended, a previous boss, a volunteer who
typed the form) are planted as "name".

Layouts: sms_agence, formulaire_mobile, post_cherche_taf, note_vocale, fiche_benevole, demande_petite_annonce,
cv_premier_job, cv_apprenant, profil_discord, notes_recruteur, profil_alba, quick_apply_uk.
"""
from __future__ import annotations

import functools
from datetime import date

from matchlens.evaluation.placement_parts import layout_after
from matchlens.evaluation.placement import LANGS, Sheet, ascii_fold

SPLIT = "blind18"

# --- names: none of their words is in a Faker locale, placement_data or an earlier split (tests check it) -----------
NAMES = {
    "fr": {"F": ["Jessyka", "Maëllys", "Kélyssa", "Shaïnez", "Naëlla", "Anaïka", "Lysandrah"],
           "M": ["Kévynn", "Brayann", "Nolhan", "Enzzo", "Kilyan", "Dylane"],
           "L": ["Bouzerdoum", "Mezrioui", "Boubaker", "Ferrandou", "Benhaddou", "Tahiri", "Ferroukh", "Bouchelaghem",
                 "Diakhaby", "Sissokho"]},
    "en": {"F": ["Kaydee", "Shanterelle", "Maddisyn", "Kaylea", "Wiesia"],
           "M": ["Kaydn", "Deeco", "Kaylum", "Lewys", "Stasiek", "Zbyszek"],
           "L": ["Pughsley", "Gribbin", "Threlfall", "Ormerod", "Cattermole", "Heseltine", "Wozniakowski", "Popescuu"]},
    "ko": {"F": ["탁보늬", "모슬기", "피은솔", "어여름", "빈하늬", "옥다솜", "편새롬"],
           "M": ["탁우람", "모한결", "피다운", "빈가람", "옥찬솔", "편든솔", "어버들"], "L": []},
}
NICKS = {"Jessyka": "jessou", "Kévynn": "kevy", "Lysandrah": "lysou", "Dylane": "dydy", "Nolhan": "nono",
         "Shaïnez": "shaï", "Deeco": "deeks", "Kaydn": "kayks", "Maddisyn": "madz", "Zbyszek": "zbych", "Wiesia": "wiwi",
         "탁보늬": "보늬", "모한결": "한결이"}

# --- places: in none of the earlier pools (tests check it) ------------------------------------------------------
FR_TOWNS = [("Villetaneuse", "93430"), ("Chambly", "60230"), ("Méru", "60110"), ("Liancourt", "60140")]
FR_STREETS = ["rue des coquelicots", "rue du marais", "allée des tilleuls"]
FR_JOB_PLACES = ["Senlis", "Chantilly", "Gouvieux", "Lamorlaye", "Survilliers", "Fosses", "Louvres", "Roissy",
                 "Clermont", "Pont-Sainte-Maxence"]
EN_TOWNS = [("Darlaston", "WS10"), ("Bilston", "WV14"), ("Willenhall", "WV13"), ("Rowley Regis", "B65")]
EN_STREETS = ["church st", "park rd", "victoria terrace", "mill lane"]
EN_JOB_PLACES = ["Bloxwich", "Pelsall", "Sedgley", "Brierley Hill", "Halesowen", "Lichfield", "Cradley Heath"]
KO_TOWNS = [("인천 부평구 십정동", "십정동"), ("김포시 양촌읍", "양촌읍"), ("부천 오정구 고강동", "고강동")]
KO_JOB_PLACES = ["김포 대곶면", "시흥시 신천동", "청북읍", "공도읍"]
BIRTH = {"fr": ["Guelma", "Taza", "Khenifra", "Berkane", "Ziguinchor", "Mila"],
         "en": ["Suceava", "Kielce", "Radom", "Tarnobrzeg", "Stalowa Wola", "Botosani"],
         "ko": ["연길", "훈춘", "용정", "도문", "목단강"]}

# --- the personal details, typed in a hurry ---------------------------------------------------------------------
LABELS = {  # family -> labels as typed: misspelled, cut, without accents
    "fr": {"sex": ["sexe", "sxe", "Sexe"], "age": ["age", "âge", "agee"],
           "birth": ["date de naissense", "ddn", "DDN", "date naiss.", "date de naisance"],
           "place": ["lieu de naiss.", "ne(e) a", "lieu naissence"],
           "nationality": ["nationalitée", "nat.", "nationalitee", "natiolite", "nationnalité"],
           "religion": ["relig.", "religon", "religion"],
           "family": ["sit. fam.", "situation familliale", "sit fam", "situ famille"], "kids": ["nb enf.", "nbre enfant"],
           "health": ["santé", "sante", "problemes de sante", "handicap"],
           "residence": ["adrese", "adr.", "adress", "domicile", "adresse"], "contact": ["tel", "tél", "portable"],
           "mail": ["mail", "e-mail", "mel"], "name": ["nom prenom", "nom/prenom", "nom et prénon"]},
    "en": {"sex": ["sex", "gender", "gendr"], "age": ["age", "agee"], "birth": ["DOB", "d.o.b", "dob", "date of brith"],
           "place": ["place of birth", "POB", "birth place"],
           "nationality": ["nationallity", "nationality", "nat", "citizenship", "citizenshp"],
           "religion": ["relegion", "religion", "relig"], "family": ["maritial status", "marital status", "marrital"],
           "kids": ["no. of kids", "dependants", "dependents"], "health": ["health", "helth", "medical conditions",
                                                                         "disabilty"],
           "residence": ["adress", "addres", "address"], "contact": ["mob", "mobile", "phone no"],
           "mail": ["email", "e-mail", "emial"], "name": ["full name", "name", "ful name"]},
    "ko": {"sex": ["성별", "성벌"], "age": ["나이", "나이ㅣ"], "birth": ["생녀월일", "생년월릴", "생년월일", "생일"],
           "place": ["출생지", "고향", "출생"], "nationality": ["국젹", "국적", "국쩍"], "religion": ["종교", "종꾜"],
           "family": ["결혼여부", "결혼", "혼인"], "kids": ["자녀", "자녀수"], "health": ["건강", "건깅", "장애여부"],
           "residence": ["주소", "주쇼", "사는곳"], "contact": ["연락처", "폰", "핸펀"], "mail": ["메일", "이메일"],
           "name": ["이름", "성명", "이룸"]},
}
SEX = {"fr": ((["F", "femme", "fame"], ["M", "H", "homme"]), ("mme", "mr")),
       "en": ((["f", "female", "femal"], ["m", "male"]), ("she/her", "he/him")),
       "ko": ((["여", "여자", "녀"], ["남", "남자"]), ("여자임", "남자임"))}
NAT = {"fr": [("marocaine", "marocain"), ("algerienne", "algerien"), ("francaise", "francais"),
              ("senegalaise", "senegalais"), ("tunisienne", "tunisien"), ("comorienne", "comorien"),
              ("roumaine", "roumain")],
       "en": [("british", "british"), ("polish", "polish"), ("romanian", "romanian"), ("uk citizen", "uk citizen"),
              ("pakistani", "pakistani"), ("lithuanian", "lithuanian")],
       "ko": [("한국", "한국"), ("한국인", "한국인"), ("중국(조선족)", "중국(조선족)"), ("조선족", "조선족"),
              ("중국동포", "중국동포"), ("고려인", "고려인")]}
RELIGION = {"fr": [("musulmane pratiquante", "musulman pratiquant"), ("catho", "catho"), ("chretienne", "chretien"),
                   ("evangelique", "evangelique"), ("muslmane", "muslman")],
            "en": [("muslim", "muslim"), ("christian", "christian"), ("catholic", "catholic"),
                   ("pentecostal", "pentecostal"), ("sikh", "sikh")],
            "ko": [("기독교", "기독교"), ("불교", "불교"), ("천주교", "천주교"), ("교회다님", "교회다님")]}
RELIGION_SAID = {"fr": ["je fais le ramadan", "priere du vendredi", "je vais a la messe le dimanche"],
                 "en": ["go to church on sundays", "no work fridays (jummah)", "i pray 5 times a day"],
                 "ko": ["교회 다녀요", "일요일은 교회", "절에 다님"]}
MARITAL = {"fr": {"married": [("mariée", "marié"), ("maryée", "maryé")], "single": [("célib", "célib"),
                                                                                 ("celibatere", "celibatere")],
                  "divorced": [("divorcée", "divorcé"), ("divorsée", "divorsé")]},
           "en": {"married": [("marrried", "marrried"), ("married", "married")], "single": [("single", "single"),
                                                                                          ("singel", "singel")],
                  "divorced": [("divorced", "divorced"), ("devorced", "devorced")]},
           "ko": {"married": [("기혼", "기혼"), ("결혼함", "결혼함")], "single": [("미혼임", "미혼임"), ("미혼", "미혼")],
                  "divorced": [("돌싱", "돌싱"), ("이혼", "이혼")]}}
KO_COUNT = {1: "하나", 2: "둘", 3: "셋", 4: "넷", 5: "다섯"}
PARENT = {"fr": ("maman", "papa"), "en": ("mum", "dad"), "ko": ("엄마", "아빠")}
HEALTH = {"fr": [("rqth", "rqth"), ("travailleuse handicapée", "travailleur handicapé"), ("asmathique", "asmathique"),
                 ("diabetique type 1", "diabetique type 1"), ("hernie discale", "hernie discale")],
          "en": [("bad back", "bad back"), ("type 1 diabetic", "type 1 diabetic"), ("dyslexic", "dyslexic"),
                 ("asthma", "asthma"), ("epilepsy (controlled)", "epilepsy (controlled)")],
          "ko": [("허리디스크", "허리디스크"), ("당뇨", "당뇨"), ("허리 안좋음", "허리 안좋음"), ("장애 4급", "장애 4급")]}
FR_MONTHS = ["janv", "fev", "mars", "avril", "mai", "juin", "juil", "aout", "sept", "oct", "nov", "dec"]
EN_MONTHS = ["jan", "feb", "march", "april", "may", "june", "july", "aug", "sept", "oct", "nov", "dec"]
MAIL_HOSTS = {"fr": ["gmial.com", "hotmial.fr", "gmail.con", "yahooo.fr", "outlok.fr"],
              "en": ["hotmial.co.uk", "gmial.com", "outlook.cm", "yahoo.co.uk", "icloud.con"],
              "ko": ["naver.con", "navr.com", "daum.nte", "gmial.com"]}

# --- job facts, typed the same way ------------------------------------------------------------------------------
DOMAINS = {"fr": ["logistique", "manutention", "nettoyage", "bâtiment", "restauration", "preparation de commandes"],
           "en": ["warehouse", "cleaning", "construction", "care work", "kitchen", "picking and packing"],
           "ko": ["지게차", "물류센터", "용접", "식당 주방", "택배 상하차", "공장 생산직"]}
LICENCES = {"fr": ["caces 1 3 5 ok", "caces R489 cat 1 3 5", "permis b + vehicule", "permis B + voiture perso",
                   "sst a jour", "habilitation elec B0"],
            "en": ["flt licence (counterbalance)", "full uk driving licence", "cscs card", "forklift + reach truck",
                   "food hygiene lvl 2", "sia badge"],
            "ko": ["지게차 면허 있음", "1종보통", "2종보통", "굴삭기 자격증", "보건증 있음"]}
AVAIL = {"fr": ["dispo de suite", "dispo tt de suite", "dispo des demain", "dispo week end et nuit"],
         "en": ["can start asap", "available immediately", "can start monday", "any shifts"],
         "ko": ["바로 출근 가능", "내일부터 가능", "주말 가능", "야간 가능"]}
DIPLOMAS = {"fr": ["cap agent de propreté", "bac pro logistique", "brevet des colleges", "cap cuisine",
                   "titre pro preparateur de commandes"],
            "en": ["gcse maths and english", "nvq level 2", "btec level 3", "level 1 functional skills"],
            "ko": ["고졸", "전문대 졸", "검정고시 합격", "공고 졸업"]}
EMPLOYERS = {"fr": ["geodis", "kiloutou", "amazon", "intermarché", "la poste", "sodexo", "onet", "id logistics"],
             "en": ["tesco", "asda", "dhl", "royal mail", "evri", "greggs", "jcb", "boots"],
             "ko": ["쿠팡", "CJ대한통운", "롯데마트", "한진택배", "이마트", "GS25"]}
JOB_PLACES = {"fr": FR_JOB_PLACES, "en": EN_JOB_PLACES, "ko": KO_JOB_PLACES}


def experience(s: Sheet, n: int, dom: str) -> str:
    """A duration of experience in a trade, typed in a hurry ('5ans d'exp en logistique', '10 yrs warehouse')."""
    return s.pick({"fr": [f"{n}ans d'exp en {dom}", f"{n} ans d'experience en {dom}", f"{n}ans en {dom}"],
                   "en": [f"{n} yrs {dom}", f"{n} years exp {dom}", f"{n}yrs in {dom}"],
                   "ko": [f"{dom} {n}년", f"{dom} {n}년차", f"{dom} 경력 {n}년"]}[s.lang])


def job_facts(s: Sheet) -> list[str]:
    """Past jobs (employer, place, experience), a licence or two, a diploma and when the author can start: facts."""
    lang, out = s.lang, []
    at = {"fr": " a ", "en": " in ", "ko": " "}[lang]
    employers = s.rng.sample(EMPLOYERS[lang], 2)
    places = s.rng.sample(JOB_PLACES[lang], 2)
    doms = s.rng.sample(DOMAINS[lang], 2)
    for emp, place, dom in zip(employers, places, doms):
        n = s.rng.randint(1, max(1, min(12, s.p.age - 17)))
        out.append(f"{s.fact(experience(s, n, dom))} ({s.fact(emp)}{at}{s.fact(place)})")
    out += [s.fact(x) for x in s.rng.sample(LICENCES[lang], 2)]
    out += [s.fact(s.pick(DIPLOMAS[lang])), s.fact(s.pick(AVAIL[lang]))]
    return out


# --- identity ---------------------------------------------------------------------------------------------------
def renew(s: Sheet) -> None:
    """Give the sheet's person an identity of this split: name, home, place of birth, phone and mail."""
    p, rng, lang = s.p, s.rng, s.lang
    names = NAMES[lang]
    p.first = rng.choice(names[p.sex])
    p.last = rng.choice(names["L"]) if names["L"] else ""
    p.b18_other = rng.choice([x for x in names["F"] + names["M"] if x != p.first])
    p.b18_other_last = rng.choice([x for x in names["L"] if x != p.last]) if names["L"] else ""
    p.b18_place = rng.choice(BIRTH[lang])
    p.b18_marital = p.marital if p.marital in ("married", "single", "divorced") else "single"
    p.b18_kids = min(p.children, 1) if p.age < 25 else p.children
    if lang == "ko":
        p.b18_home = {"full": (t := rng.choice(KO_TOWNS))[0], "short": t[1]}
    else:
        town, pc = rng.choice(FR_TOWNS if lang == "fr" else EN_TOWNS)
        street = rng.choice(FR_STREETS if lang == "fr" else EN_STREETS)
        p.b18_home = {"street": f"{rng.randint(2, 98)} {street}", "town": town, "pc": pc}
    digits = "".join(str(rng.randint(0, 9)) for _ in range(8))
    p.phone = {"fr": rng.choice([f"0{rng.choice('67')} {digits[:2]} {digits[2:4]} {digits[4:6]} {digits[6:]}",
                                 f"0{rng.choice('67')}{digits}"]),
               "en": rng.choice([f"07{digits[:3]} {digits[3:]}{rng.randint(10, 99)}", f"07{digits}{rng.randint(0, 9)}"]),
               "ko": rng.choice([f"010-{digits[:4]}-{digits[4:]}", f"010{digits}"])}[lang]
    local = {"fr": _fold(p.first), "en": _fold(p.first), "ko": "bo" + digits[:3]}[lang]
    tail = _fold(p.last)[:3] if p.last else "kk"
    p.email = f"{local}.{tail}{rng.randint(100, 999)}@{rng.choice(MAIL_HOSTS[lang])}"


def _fold(text: str) -> str:
    """Lower case without accents, as typed on a phone."""
    return ascii_fold(text).lower()


def typed(s: Sheet, text: str) -> str:
    """A value as typed in a hurry: as is, in lower case, or in lower case without accents."""
    if s.lang == "ko":
        return text
    return s.pick([text, text.lower(), _fold(text)])


def blind18(langs=LANGS):
    """Register a layout of this split: the sheet gets its identity first."""
    return layout_after(renew, langs, SPLIT)


# --- the families, typed: each returns (label, text) with the values planted ---------------------------------------
def lab(s: Sheet, family: str) -> str:
    """A label of a family as typed."""
    return s.pick(LABELS[s.lang][family])


def name(s: Sheet, form: str = "") -> str:
    """The author's name as typed: lower case, capitals, initial, nickname, or Korean whole."""
    p = s.p
    if s.lang == "ko":
        forms = [p.first, p.first] + ([NICKS[p.first]] if p.first in NICKS else [])
        return s.plant("name", form or s.pick(forms))
    forms = [f"{p.first} {p.last}".lower(), _fold(f"{p.first} {p.last}"), f"{p.first} {p.last}".upper(),
             f"{p.first} {p.last[0]}.", f"{p.last} {p.first}".lower()]
    if p.first in NICKS:
        forms.append(f"{NICKS[p.first]} ({p.first.lower()})")
    return s.plant("name", form or s.pick(forms))


def other(s: Sheet) -> str:
    """Another person's name (a cousin, a former boss, a volunteer), planted as 'name'."""
    p = s.p
    text = p.b18_other if s.lang == "ko" else typed(s, f"{p.b18_other} {p.b18_other_last}")
    return s.plant("name", text)


def f_sex(s: Sheet, talk: bool = False) -> tuple[str, str]:
    """Sex: a short field planted whole ('sexe: F'), or a title typed before the name ('mme', 'she/her', '여자임')."""
    (fem, masc), (said_f, said_m) = SEX[s.lang]
    if talk:
        return "", s.plant("sex", said_f if s.female else said_m)
    value, label = s.pick(fem if s.female else masc), lab(s, "sex")
    return "", s.plant("sex", f"{label}: {value}")  # too short to find alone: the field is planted whole


def f_age(s: Sheet, talk: bool = False) -> tuple[str, str]:
    """Age typed as '34ans', '34 piges', '34yo', 'im 34', '34살', '만34'."""
    a = s.p.age
    values = {"fr": [f"{a}ans", f"{a} ans", f"{a} piges", f"{a}a"], "en": [f"{a}yo", f"{a} yrs old", f"{a}y/o"],
              "ko": [f"{a}살", f"만{a}세", f"{a}세"]}[s.lang]
    value = s.plant("age", s.pick(values))
    if talk:
        return "", {"fr": s.pick(["jai ", "j'ai ", "g "]), "en": "", "ko": ""}[s.lang] + value
    return lab(s, "age"), value


def b_date(s: Sheet, d: date) -> str:
    """A date of birth in an odd format ('03.03.89', '3 mars 89', '03/89', "'89", '890303', '89년생')."""
    yy = f"{d:%y}"
    return s.pick({"fr": [f"{d:%d/%m/%y}", f"{d.day}/{d.month}/{yy}", f"{d:%d.%m.%y}", f"{d.day} {FR_MONTHS[d.month - 1]} {yy}",
                          f"{d:%m}/{yy}", f"{d.day}/{d.month}/{d.year}"],
                   "en": [f"{d:%d/%m/%y}", f"{d.day}.{d.month}.{yy}", f"{d.day} {EN_MONTHS[d.month - 1]} {d.year}",
                          f"{d.month}/{d.day}/{yy}", f"'{yy}"],
                   "ko": [f"{yy}년생", f"{d:%y%m%d}", f"{d.year}.{d.month}.{d.day}", f"{yy}.{d:%m}.{d:%d}"]}[s.lang])


def f_birth(s: Sheet, talk: bool = False) -> tuple[str, str]:
    """Date and place of birth ('ddn: 03.03.89 a guelma', 'jsuis née en 89 a taza', '89년생 연길 출신')."""
    d, place = s.p.born, s.plant("birth", typed(s, s.p.b18_place))
    if talk:
        when = s.plant("birth", s.pick({"fr": [f"en {d:%y}", f"le {b_date(s, d)}"], "en": [f"born {d:%y}", f"born {d.year}"],
                                        "ko": [f"{d:%y}년생"]}[s.lang]))
        if s.lang == "fr":
            born = s.plant("sex", "née") if s.female else "né"
            return "", f"{s.pick(['jsuis', 'je suis', 'chui'])} {born} {when} a {place}"
        return "", f"{when} in {place}" if s.lang == "en" else f"{when} {place} 출신"
    when = s.plant("birth", b_date(s, d))
    if s.chance(0.5):
        return lab(s, "birth"), f"{when} - {lab(s, 'place')}: {place}"
    return lab(s, "birth"), f"{when} {({'fr': 'a', 'en': 'in', 'ko': '/'})[s.lang]} {place}"


def f_residence(s: Sheet, talk: bool = False) -> tuple[str, str]:
    """Where the author lives, typed lower case ('jhabite a chambly', 'lives in bilston', '십정동 살아요')."""
    h, plant = s.p.b18_home, functools.partial(s.plant, "residence")
    if s.lang == "ko":
        if talk:
            return "", f"{plant(h['short'])} 살아요"
        return lab(s, "residence"), plant(h["full"])
    town = plant(typed(s, h["town"]))
    if talk:
        return "", {"fr": s.pick(["jhabite a ", "j'habite ", "jsuis sur "]), "en": s.pick(["lives in ", "im in ",
                                                                                         "based in "])}[s.lang] + town
    street, pc = plant(typed(s, h["street"])), plant(h["pc"])
    return lab(s, "residence"), f"{street} {pc} {town}" if s.lang == "fr" else f"{street}, {town} {pc}"


def f_nationality(s: Sheet, talk: bool = False) -> tuple[str, str]:
    """Nationality typed without accents ('francaise', 'polish', '조선족'), the other gender's word also counting."""
    fem, masc = s.pick(NAT[s.lang])
    value = s.gv("nationality", fem, masc, sex=False)
    if talk:
        return "", {"fr": f"nationalité {value}", "en": f"im {value}", "ko": f"{value}이에요"}[s.lang]
    return lab(s, "nationality"), value


def f_religion(s: Sheet, talk: bool = False) -> tuple[str, str]:
    """Religion as a word ('musulmane pratiquante', 'catho', '기독교') or said ('je fais le ramadan')."""
    if talk:
        return "", s.plant("religion", s.pick(RELIGION_SAID[s.lang]))
    fem, masc = s.pick(RELIGION[s.lang])
    return lab(s, "religion"), s.gv("religion", fem, masc, sex=False)


def kids(s: Sheet) -> str:
    """Children typed in a hurry ('g 2 enfants', '3 gosses', 'w/ 2 kids', '애 둘'), a parent's word planted as sex."""
    n = s.p.b18_kids
    if s.lang == "ko":
        kid = s.plant("family", f"애 {KO_COUNT.get(n, str(n))}")
        return kid + (" " + s.plant("sex", PARENT["ko"][0]) if s.female and s.chance(0.6) else "")
    if s.chance(0.35):
        parent = PARENT[s.lang][0 if s.female else 1]
        if s.female:
            s.plant("sex", parent)
        return s.plant("family", f"{parent} de {n}" if s.lang == "fr" else f"{parent} of {n}")
    word = {"fr": s.pick(["enfants", "gosses", "enf."]) if n > 1 else "enfant", "en": "kids" if n > 1 else "kid"}
    prefix = {"fr": s.pick(["g ", "", "avc "]), "en": s.pick(["w/ ", "", "with "])}[s.lang]
    return prefix + s.plant("family", f"{n} {word[s.lang]}")


def f_family(s: Sheet, talk: bool = False) -> tuple[str, str]:
    """Marital status and children ('célib', 'mariée avc 3 gosses', 'married w/ 2 kids', '미혼임', '기혼 애 둘 엄마')."""
    fem, masc = s.pick(MARITAL[s.lang][s.p.b18_marital])
    status = s.gv("family", fem, masc, sex=False)
    if s.female and fem != masc:
        s.plant("sex", fem, (masc,))
    if s.p.b18_kids and not talk and s.chance(0.4):  # the number alone is too short to find: the field whole
        label = lab(s, "kids")
        return lab(s, "family"), f"{status} - {s.plant('family', f'{label}: {s.p.b18_kids}')}"
    text = status + (" " + kids(s) if s.p.b18_kids else "")
    if talk:
        lead = {"fr": s.pick(["jsuis ", "je sui ", ""]), "en": s.pick(["im ", ""]), "ko": ""}[s.lang]
        return "", lead + text
    return lab(s, "family"), text


def f_health(s: Sheet, talk: bool = False) -> tuple[str, str]:
    """Health typed as a condition ('rqth', 'asmathique', 'bad back', '허리디스크')."""
    fem, masc = s.pick(HEALTH[s.lang])
    value = s.gv("health", fem, masc, sex=False)
    if s.female and fem != masc:
        s.plant_fem(fem, masc)
    if talk:
        return "", {"fr": f"juste {value}", "en": f"only thing is {value}", "ko": f"{value} 있음"}[s.lang]
    return lab(s, "health"), value


def f_contact(s: Sheet, talk: bool = False) -> tuple[str, str]:
    """Phone and a mistyped e-mail address ('@gmial.com', '@navr.com')."""
    phone, mail = s.plant("contact", s.p.phone), s.plant("contact", s.p.email)
    if talk:
        return "", f"{phone} / {mail}"
    return lab(s, "contact"), f"{phone} - {lab(s, 'mail')}: {mail}"


FAMILY_FNS = {"sex": f_sex, "age": f_age, "birth": f_birth, "residence": f_residence, "nationality": f_nationality,
              "religion": f_religion, "family": f_family, "health": f_health, "contact": f_contact}
ORDER = ("sex", "age", "birth", "nationality", "family", "residence", "religion", "health", "contact")


def pairs(s: Sheet, talk_odds: float = 0.0, order=ORDER) -> list[tuple[str, str]]:
    """Every family typed once, as (label, value) or, at talk_odds, ('', sentence)."""
    return [FAMILY_FNS[f](s, s.chance(talk_odds)) for f in order]


def lines(items: list[tuple[str, str]], sep: str = ": ") -> list[str]:
    """'label: value' or a sentence alone."""
    return [f"{k}{sep}{v}" if k else v for k, v in items]


def talk(s: Sheet) -> list[str]:
    """Every family said in a sentence, in a shuffled order."""
    order = list(ORDER)
    s.rng.shuffle(order)
    return [FAMILY_FNS[f](s, True)[1] for f in order]


# --- layouts ------------------------------------------------------------------------------------------------------
@blind18(("fr", "en", "ko"))
def sms_agence(s: Sheet) -> str:
    """SMS to a temp agency: short messages, greetings, every detail said, facts at the end."""
    hello = {"fr": "bjr c ", "en": "hiya its ", "ko": "안녕하세요 "}[s.lang]
    head = {"fr": "SMS → Agence Intérim", "en": "SMS → Temp agency", "ko": "문자 → 인력사무소"}[s.lang]
    by = {"fr": "c {x} qui ma donné le num", "en": "got ur number off {x}", "ko": "{x} 소개로 연락드려요"}[s.lang]
    msgs = [hello + name(s), by.format(x=other(s)), *talk(s), *job_facts(s), {"fr": "merci bcp", "en": "ta",
                                                                              "ko": "감사합니다"}[s.lang]]
    return head + "\n" + "\n".join(f"> {m}" for m in msgs)


@blind18(("fr", "en", "ko"))
def formulaire_mobile(s: Sheet) -> str:
    """A form filled on a phone: misspelled labels, autocorrect leftovers, every field on its own line."""
    head = {"fr": "Formulaire candidature (envoyé depuis mobile)", "en": "Application form (sent from my phone)",
            "ko": "지원서 (모바일 작성)"}[s.lang]
    sep = s.pick([": ", ":", " : ", " :"])  # thumbs miss the space
    body = [f"{lab(s, 'name')}{sep}{name(s)}", *lines(pairs(s, 0.15), sep)]
    exp = {"fr": "experiences", "en": "experience", "ko": "경력"}[s.lang]
    return "\n".join([head, *body, f"{exp}:", *(f"- {f}" for f in job_facts(s))])


@blind18(("fr", "en", "ko"))
def post_cherche_taf(s: Sheet) -> str:
    """A Facebook-group post 'cherche taf': emoji standing for words, everything in one breath."""
    head = {"fr": "Groupe « Emploi Oise entraide » · cherche taf 🙏", "en": "Black Country Jobs group · looking 4 work 🙏",
            "ko": "알바 구해요 카페 · 일자리 구합니다 🙏"}[s.lang]
    emoji = {"sex": "🚻", "age": "🎂", "birth": "👶", "nationality": "🏳️", "family": "💍", "residence": "📍",
             "religion": "🕌", "health": "🩺", "contact": "📞"}
    body = [f"{emoji[f]} {FAMILY_FNS[f](s, s.chance(0.5))[1]}" for f in ORDER]
    return "\n".join([head, f"👋 {name(s)}", *body, "💼 " + " / ".join(job_facts(s)),
                      {"fr": "partagez svp", "en": "pls share", "ko": "공유 부탁드려요"}[s.lang]])


@blind18(("fr", "en", "ko"))
def note_vocale(s: Sheet) -> str:
    """A voice note auto-transcribed: no capitals, no punctuation, fillers between the sentences."""
    filler = {"fr": " euh ", "en": " erm ", "ko": " 음 "}[s.lang]
    intro = {"fr": "alors moi c ", "en": "so yeah my name is ", "ko": "저는 "}[s.lang]
    boss = {"fr": "mon ancien chef {x} peut vous dire", "en": "my old manager {x} can vouch", "ko": "전 반장님 {x}"}[s.lang]
    said = [intro + name(s), *talk(s), boss.format(x=other(s)), *job_facts(s)]
    return {"fr": "Transcription auto (WhatsApp) 0:52", "en": "Auto transcript (voice note) 0:52",
            "ko": "음성메모 자동변환 0:52"}[s.lang] + "\n" + filler.join(said)


@blind18(("fr", "en", "ko"))
def fiche_benevole(s: Sheet) -> str:
    """A paper form typed back by a volunteer: labels as the author wrote them, '[illisible]' notes, the volunteer named."""
    by = {"fr": "Ressaisi par {x} (bénévole)", "en": "Typed up by {x} (volunteer)", "ko": "입력: {x} (자원봉사)"}[s.lang]
    unread = {"fr": "[illisible]", "en": "[cant read]", "ko": "[판독불가]"}[s.lang]
    body = lines(pairs(s, 0.1), s.pick([": ", " : ", ":"]))
    body.insert(s.rng.randrange(len(body)), unread)
    return "\n".join([by.format(x=other(s)), f"{lab(s, 'name')} : {name(s)}", *body, "---", *job_facts(s)])


@blind18(("fr", "en"))
def demande_petite_annonce(s: Sheet) -> str:
    """A classified-ad job request: a title, a description in one paragraph, the details in texting style."""
    title = {"fr": "Demandes d'emploi › cherche travail urgent", "en": "Jobs wanted › need work asap"}[s.lang]
    facts = job_facts(s)
    desc = ", ".join([name(s), *talk(s)])
    return "\n".join([title, f"Description : {desc}", " - ".join(facts)])


@blind18(("fr", "en", "ko"))
def cv_premier_job(s: Sheet) -> str:
    """A teenager's first CV: lower-case labels, hobbies, a reference from a relative."""
    head = {"fr": "MON CV !!", "en": "MY CV !!", "ko": "내 이력서!!"}[s.lang]
    ref = {"fr": "ref: {x} (mon oncle)", "en": "reference: {x} (my uncle)", "ko": "추천인: {x} (삼촌)"}[s.lang]
    hob = {"fr": "loisirs: foot, tiktok", "en": "hobbies: football, gaming", "ko": "취미: 축구, 게임"}[s.lang]
    return "\n".join([head, name(s), *lines(pairs(s, 0.2)), *job_facts(s), hob, ref.format(x=other(s))])


@blind18(("fr", "en", "ko"))
def cv_apprenant(s: Sheet) -> str:
    """A CV written by a learner of the language: sentences in learner spellings, labels half right."""
    head = {"fr": "CURICULUM VITAE", "en": "CURICULUM VITAE", "ko": "이럭서"}[s.lang]
    me = {"fr": "mon nom et ", "en": "my name are ", "ko": "제 이름은 "}[s.lang]
    return "\n".join([head, me + name(s), *[x + {"fr": ".", "en": ".", "ko": "."}[s.lang] for x in talk(s)],
                      {"fr": "experiance:", "en": "experiense:", "ko": "경역:"}[s.lang], *job_facts(s)])


@blind18(("fr", "en", "ko"))
def profil_discord(s: Sheet) -> str:
    """A Discord/Vinted-style profile: a handle, pronouns, fields separated by bars."""
    handle = s.plant("contact", f"@{_fold(s.p.first) if s.lang != 'ko' else 'bo'}_{s.rng.randint(10, 99)}x")
    items = [f"{k} {v}" if k else v for k, v in pairs(s, 0.4)]
    return "\n".join([f"{handle} · {name(s)}", " | ".join(items), " | ".join(job_facts(s))])


@blind18(("fr", "en", "ko"))
def notes_recruteur(s: Sheet) -> str:
    """A recruiter's hurried notes after a call: abbreviations, arrows, the referee named."""
    head = {"fr": "appel 14h → ", "en": "call 2pm → ", "ko": "통화 2시 → "}[s.lang]
    ref = {"fr": "reco par {x}", "en": "ref'd by {x}", "ko": "{x} 추천"}[s.lang]
    items = [f"{k} {v}" if k else v for k, v in pairs(s, 0.3)]
    return "\n".join([head + name(s), " / ".join(items), "→ " + " ; ".join(job_facts(s)), ref.format(x=other(s))])


@blind18(("ko",))
def profil_alba(s: Sheet) -> str:
    """A Korean 알바 app profile: typed labels, a one-line introduction, chat abbreviations."""
    intro = f"한줄소개: {name(s)}입니당 ㅎㅎ 열심히 할게요~"
    return "\n".join(["알바앱 프로필", intro, *lines(pairs(s, 0.3)), "경력/자격", *job_facts(s),
                      f"추천: {other(s)} 사장님"])


@blind18(("en",))
def quick_apply_uk(s: Sheet) -> str:
    """A UK quick-apply with typed answers to screener questions."""
    qs = {"sex": "Gender?", "age": "How old are you?", "birth": "Date of birth?", "nationality": "Right to work / "
          "nationality?", "family": "Anything we should know (family)?", "residence": "Where do you live?",
          "religion": "Any days you can't work?", "health": "Any medical conditions?", "contact": "Best contact?"}
    out = ["Quick apply — screener answers", f"Q: Full name? A: {name(s)}"]
    out += [f"Q: {qs[f]} A: {FAMILY_FNS[f](s, s.chance(0.5))[1]}" for f in ORDER]
    facts = job_facts(s)
    return "\n".join([*out, f"Q: Relevant experience? A: {facts[0]}, {facts[1]}",
                      f"Q: Licences / tickets? A: {', '.join(facts[2:])}", f"Q: Who referred you? A: {other(s)}"])
