"""A twenty-fourth held-aside set of layouts of the placement benchmark (see evaluation.placement), split "blind23":
registered into the same LAYOUTS. Written without reading the masker (its rules, its data, its tests), the README's
list of what it misses or the history's messages, to measure it once more on CVs nobody tuned it on; do not read this
file while tuning a masker, and run it once.

The split is about PLACES: a gig-staffing CV names many places - the sites of its missions with their street addresses,
schools and training centres, the agency's branch, where a licence was obtained, the towns of a delivery round, places
of birth - and among them where the candidate LIVES, which is a protected ground and must be masked, while every place
of work, study or training is a job fact that must survive. The home is written in every form: full addresses (bis /
ter numbers, 'Appt 12, Bât C, Résidence …', lieu-dit, care-of 'chez …', BP / cedex, arrondissements of Paris, Lyon and
Marseille, overseas and Corsican postcodes, UK flats and postcodes, Korean road and lot addresses with 동/호), a town
with or without its postcode, a district, a département, 'habite / domicilié(e) à / I live in / based in / 거주', a
'Fait à …' line, an e-mail signature, a hostel or social housing, no fixed abode, the previous addresses of a UK form
and the towns of a move (all residence). Beside it, the places that are facts: mission sites and employers with their
own full addresses (in some CVs in the home's own town, on the line below the home), schools, training centres, the
agency branch, exam places, delivery rounds, job titles holding a place, streets named after people in both roles.
Mobility zones ('mobile sur 52/55, véhiculé') are left unscored. Every family is written in every CV.

Names and places are new: no word of a name is a Faker name or in an earlier split's pools or placement_data; homes,
places of birth and places of work are in none of the earlier pools.

Layouts: fiche_inscription_agence, cv_missions_adresses, historique_extra_appli, cv_livreur_tournees,
lettre_fait_a, uk_cv_client_sites, uk_form_previous_addresses, iryeokseo_juso_geunmuji, jagisogaeseo_geoju,
cv_etudiant_meme_ville, courriel_transfere_signatures, cv_demenagement, fiche_hebergement_social.
"""
from __future__ import annotations

import functools
from datetime import date

from matchlens.evaluation.placement import Sheet, ascii_fold, layout, romanize

SPLIT = "blind23"
REF = date(2026, 11, 9)  # when the CVs are written: ages are counted from here

# --- names: no Faker word, in no earlier pool (a test checks) ----------------------------------------------------
NAMES = {
    "fr": {"F": ["Gwenhaelle", "Nevenoe", "Soizig", "Annaig", "Zaïtoune", "Ansufati"],
           "M": ["Alanig", "Herri", "Iwenn", "Briag", "Mahamoudou"],
           "L": ["Pouyanne", "Larregain", "Lasserre", "Harguindeguy", "Bidegaray", "Mirande", "Hourcastagné",
                 "Lartigau", "Sarraute"]},
    "en": {"F": ["Tamsyn", "Sennen", "Jenifry", "Chenai", "Fadzai", "Ropafadzo"],
           "M": ["Kenwyn", "Gerens", "Tristram", "Tongai", "Tapiwa", "Ruzvidzo"],
           "L": ["Trevaskis", "Mazvimba", "Kadzere", "Nhamo", "Dzimba", "Mbirimi", "Morvah", "Lowdy"]},
    "ko": {"F": ["독고다솜", "선우새롬", "제갈다솜", "남궁새롬", "독고새롬", "황보다솜"],
           "M": ["독고하람", "선우가람", "황보라온", "제갈가람", "남궁하람", "선우라온"]},
}
HOSTS = {"fr": ["chez M. Vuarnet", "chez Mme Thiébault", "c/o M. Garnerin"], "en": ["c/o Mrs Jelbert", "c/o Mr Carveth"],
         "ko": ["(김○○ 방)"]}

# --- places: in none of the earlier pools (tests check) ----------------------------------------------------------
FR_TOWNS = [("Wassy", "52130"), ("Froncles", "52320"), ("Vaucouleurs", "55140"), ("Stenay", "55700"),
            ("Montmédy", "55600"), ("Doulaincourt-Saucourt", "52270")]
FR_JOB_PLACES = ["Commercy", "Saint-Mihiel", "Ligny-en-Barrois", "Gondrecourt-le-Château", "Spincourt",
                 "Montier-en-Der", "Damvillers"]
FR_JOB_PC = {"Commercy": "55200", "Saint-Mihiel": "55300", "Ligny-en-Barrois": "55500",
             "Gondrecourt-le-Château": "55130", "Spincourt": "55230", "Montier-en-Der": "52220", "Damvillers": "55150"}
FR_DEPT = {"52": "Haute-Marne", "55": "Meuse"}
FR_DISTRICTS = {"Wassy": "quartier du Bas-Pont", "Froncles": "cité des Forges", "Vaucouleurs": "quartier des Tanneries",
                "Stenay": "cité du Moulin", "Montmédy": "quartier de la Ville-Haute",
                "Doulaincourt-Saucourt": "cité Sainte-Barbe"}
# homes that are not towns of the pool: arrondissements, overseas and Corsica (name, postcode, short form, district)
FR_CITY_HOMES = [("Paris", "75018", "Paris 18e", "quartier de la Goutte-d'Or"),
                 ("Lyon", "69004", "Lyon 4e", "quartier de la Croix-Rousse"),
                 ("Marseille", "13001", "Marseille 1er", "quartier Belsunce"),
                 ("Saint-Laurent-du-Maroni", "97320", "Saint-Laurent-du-Maroni (Guyane)", "quartier de la Charbonnière"),
                 ("Dembéni", "97660", "Dembéni (Mayotte)", "village d'Iloni"),
                 ("Le Lorrain", "97214", "Le Lorrain (Martinique)", "quartier Séguineau"),
                 ("Ghisonaccia", "20240", "Ghisonaccia (2B)", "hameau de Casamozza"),
                 ("Propriano", "20110", "Propriano (2A)", "quartier du Scoglio")]
FR_HOME_STREETS = ["rue des Genêts", "chemin de la Côte Rôtie", "rue Lucie Aubrac", "allée Gisèle Halimi",
                   "impasse du Pré-Chêne", "rue Aimé Césaire", "avenue Simone Veil"]
FR_WORK_STREETS = ["rue Lucie Aubrac", "avenue Simone Veil", "ZA du Haut-Fourneau, rue de la Tréfilerie",
                   "rue Aimé Césaire", "route de Sorcy", "place Olympe de Gouges", "allée Gisèle Halimi",
                   "ZI de la Houpette"]
FR_HOME_EXTRA = ["Appt 12, Bât C, Résidence les Sorbiers", "Résidence le Clos Fleuri, escalier B", "Lieu-dit la Haute Borne",
                 "Apt 4, 2e étage", "Lieu-dit les Essertines"]
FR_HOSTELS = ["Foyer Adoma des Tilleuls", "Résidence sociale Les Hêtres", "CHRS Le Phare"]
EN_TOWNS = [("Swaffham", "PE37"), ("Dereham", "NR19"), ("Fakenham", "NR21"), ("Aylsham", "NR11"),
            ("Harleston", "IP20")]
EN_JOB_PLACES = ["Wymondham", "Downham Market", "Hunstanton", "Attleborough", "Sheringham"]
EN_JOB_PC = {"Wymondham": "NR18", "Downham Market": "PE38", "Hunstanton": "PE36", "Attleborough": "NR17",
             "Sheringham": "NR26"}
EN_HOME_STREETS = ["Mary Seacole Court", "Brunel Way", "Cowper Road", "Edith Cavell Close", "Quebec Street",
                   "Nelson Mandela House, Pightle Lane"]
EN_WORK_STREETS = ["Brunel Way", "Edith Cavell Close", "Gressenhall Road", "Norwich Road Industrial Estate",
                   "Mary Seacole Court", "Station Approach"]
EN_COUNTY = "Norfolk"
KO_TOWNS = [("경상남도 함안군 가야읍", "가야읍"), ("경상남도 창녕군 영산면", "영산면"), ("경상남도 합천군 삼가면", "삼가면"),
            ("경상남도 산청군 단성면", "단성면")]
KO_ROADS = {"가야읍": "함안대로", "영산면": "온정로", "삼가면": "삼가중앙로", "단성면": "목화로"}
KO_LOT = {"가야읍": "말산리", "영산면": "서리", "삼가면": "금리", "단성면": "성내리"}
KO_JOB_PLACES = ["화개면", "악양면", "묘산면", "쌍책면"]
KO_JOB_REGION = {"화개면": "경상남도 하동군 화개면", "악양면": "경상남도 하동군 악양면", "묘산면": "경상남도 합천군 묘산면",
                 "쌍책면": "경상남도 합천군 쌍책면"}
KO_WORK_ROADS = ["세종대로", "충무공로", "다산로", "율곡로", "퇴계로"]
KO_APTS = ["솔빛마을아파트", "한아름아파트", "가야휴먼시아"]
KO_CITY = "광주광역시 북구 용봉동"
BIRTH = {"fr": ["Ihosy (Madagascar)", "Toliara (Madagascar)", "Langeac"], "en": ["Hwange, Zimbabwe", "Gokwe, Zimbabwe",
                                                                             "Polperro"],
         "ko": ["가회면", "대병면"]}
MAIL = {"fr": ["orange.fr", "laposte.net", "free.fr"], "en": ["gmail.com", "btinternet.com"], "ko": ["naver.com", "daum.net"]}


# --- the candidate -------------------------------------------------------------------------------------------------
def renew(s: Sheet, same_town: float = 0.35, city: float = 0.3) -> None:
    """Give the sheet's person an identity, a home and its forms: same_town is the odds a mission is in the home's
    town (the home then never written as its town alone), city the odds of a city, overseas or Corsican home."""
    p, rng, lang = s.p, s.rng, s.lang
    if lang == "ko":
        p.b23_full = rng.choice(NAMES["ko"][p.sex])
        cut = 2
        p.b23_first, p.b23_last = p.b23_full[cut:], p.b23_full[:cut]
        local = romanize(p.b23_first) + romanize(p.b23_last) + str(rng.randint(70, 99))
    else:
        p.b23_first, p.b23_last = rng.choice(NAMES[lang][p.sex]), rng.choice(NAMES[lang]["L"])
        p.b23_full = f"{p.b23_first} {p.b23_last}"
        f, last = ascii_fold(p.b23_first).lower(), ascii_fold(p.b23_last).lower()
        local = rng.choice([f"{f}.{last}", f"{last}.{f[0]}", f"{f[0]}{last}{rng.randint(70, 99)}"])
    p.age = rng.randint(19, 60)
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    p.born = date(REF.year - p.age - (1 if (month, day) > (REF.month, REF.day) else 0), month, day)
    p.b23_birth = rng.choice(BIRTH[lang])
    p.b23_marital = rng.choice(["married", "single", "divorced", "married", "pacs"])
    p.children = rng.choice([0, 1, 2, 3]) if p.age >= 24 else 0
    s.b23_same = rng.random() < same_town
    num = rng.randint(2, 97)
    if lang == "fr":
        if rng.random() < city:
            town, pc, short, district = rng.choice(FR_CITY_HOMES)
            dept = ""
        else:
            town, pc = rng.choice(FR_TOWNS)
            short, district, dept = town, FR_DISTRICTS[town], f"{FR_DEPT[pc[:2]]} ({pc[:2]})"
        bis = rng.choice(["", "", " bis", " ter", "bis"])
        home = {"street": f"{num}{bis} {rng.choice(FR_HOME_STREETS)}", "pc": pc, "town": town, "short": short,
                "district": district, "dept": dept, "extra": rng.choice(FR_HOME_EXTRA) if rng.random() < 0.5 else ""}
    elif lang == "en":
        town, code = rng.choice(EN_TOWNS)
        pc = f"{code} {rng.randint(1, 9)}{rng.choice('ABDEFGHJLNPQRSTUWXY')}{rng.choice('ABDEFGHJLNPRSTUWXY')}"
        flat = rng.choice(["", "", f"Flat {rng.randint(1, 9)}, ", f"Flat {rng.randint(1, 20)}B, "])
        home = {"street": f"{flat}{num} {rng.choice(EN_HOME_STREETS)}", "pc": pc, "town": town, "short": town,
                "district": "", "dept": EN_COUNTY, "extra": ""}
    else:
        region, short = rng.choice(KO_TOWNS)
        apt = rng.choice(KO_APTS)
        home = {"street": f"{KO_ROADS[short]} {num}", "pc": "", "town": short, "short": short, "region": region,
                "unit": f"{apt} {rng.randint(101, 109)}동 {rng.randint(1, 15)}0{rng.randint(1, 4)}호",
                "lot": f"{short} {KO_LOT[short]} {rng.randint(10, 400)}-{rng.randint(1, 9)}", "district": "",
                "dept": "", "extra": ""}
    p.b23_home = home
    digits = "".join(str(rng.randint(0, 9)) for _ in range(8))
    p.phone = {"fr": f"0{rng.choice('67')} {digits[:2]} {digits[2:4]} {digits[4:6]} {digits[6:]}",
               "en": f"07{digits[:3]} {digits[3:]}{rng.randint(0, 9)}", "ko": f"010-{digits[:4]}-{digits[4:]}"}[lang]
    p.email = f"{local}@{rng.choice(MAIL[lang])}"
    p.b23_start = max(p.born.year + rng.randint(17, 21), 2000)


def blind23(langs, **odds):
    """Register a layout of this split: the sheet gets its identity first."""
    def deco(fn):
        @functools.wraps(fn)
        def run(s: Sheet) -> str:
            renew(s, **odds)
            return fn(s)
        layout(langs, split=SPLIT)(run)
        return run
    return deco


# --- the residence in its forms, planted ---------------------------------------------------------------------------
def res(s: Sheet, form: str) -> str:
    """The home in a form: 'block' (lines), 'line', 'town', 'sentence', 'district', 'dept', 'signoff' (the place of a
    'Fait à'), 'me' (a clause in the author's voice). When a mission is in the home's town, the forms that would write
    the town alone are written with the street instead (the town is then a job fact too)."""
    h, lang = s.p.b23_home, s.lang
    if s.b23_same and form == "signoff":  # the town is a mission's too: written, not planted
        return h["short"] if lang != "ko" else h["region"]
    if s.b23_same and form == "district":  # the district alone: not a mission's
        if lang == "fr":
            return s.plant("residence", h["district"])
        return s.plant("residence", EN_COUNTY)
    if s.b23_same and form in ("town", "sentence", "dept"):
        form = "line"
    if lang == "ko":
        return _ko_res(s, form)
    pl = functools.partial(s.plant, "residence")
    if form in ("block", "line"):
        sep = "\n" if form == "block" else ", "
        extra = f"{h['extra']}{sep}" if h["extra"] else ""
        if s.b23_same:  # the street planted; the postcode and town are a mission's too, a job fact, left unscored
            street = pl(h["street"])
            if extra:
                pl(h["extra"])
            tail = f"{h['pc']} {h['town']}" if lang == "fr" else f"{h['town']} {h['pc']}"
            return f"{street}{sep}{extra}{tail}"
        parts = [pl(h["street"])] + ([pl(h["extra"])] if h["extra"] else [])
        tail = f"{pl(h['pc'])} {pl(h['town'])}" if lang == "fr" else f"{pl(h['town'])} {pl(h['pc'])}"
        if lang == "fr" and h["town"] != h["short"] and h["pc"].startswith("97") is False and s.chance(0.3):
            tail += " Cedex" if s.chance(0.5) else ""
        return sep.join(parts + [tail])
    if form == "town":
        if lang == "fr":
            return pl(s.pick([h["short"], f"{h['pc']} {h['town']}", f"{h['town']} ({h['pc'][:2]})"]))
        return pl(s.pick([h["town"], f"{h['town']}, {EN_COUNTY}", f"{h['town']} {h['pc']}"]))
    if form == "sentence":
        if lang == "fr":
            verb = s.pick(["J'habite à", "Je réside à", "Je vis à", "domicilié(e) à", "Basé(e) à"])
            return f"{verb} {pl(h['short'])}"
        return f"{s.pick(['I live in', 'Based in', 'I am based in', 'Currently living in'])} {pl(h['town'])}"
    if form == "district":
        if lang == "fr":
            return f"{pl(h['district'])}, {pl(h['short'])}"
        return f"{pl(h['town'])}, {pl(EN_COUNTY)}"
    if form == "dept":
        if lang == "fr" and h["dept"]:
            return f"Département : {pl(h['dept'])}"
        if lang == "fr":
            return pl(h["short"])
        return f"{pl(h['town'])}, {pl(EN_COUNTY)}"
    if form == "signoff":
        return pl(h["short"] if lang == "fr" else h["town"])
    if form == "me":
        if lang == "fr":
            return f"j'habite au {res(s, 'line')}"
        return f"I live at {res(s, 'line')}"
    raise ValueError(form)


def _ko_res(s: Sheet, form: str) -> str:
    h = s.p.b23_home
    pl = functools.partial(s.plant, "residence")
    if s.b23_same:
        if form == "me":
            return pl(f"{h['region']} {h['street']}, {h['unit']}") + "에 살고 있습니다"
        if form == "sentence":
            return pl(f"{h['region']} {h['street']}, {h['unit']}") + " 거주"
        if form == "block":
            return pl(f"{h['region']} {h['street']}") + "\n" + pl(h["unit"])
        return pl(f"{h['region']} {h['street']}, {h['unit']}")
    if form == "block":
        return f"{pl(h['region'])} {pl(h['street'])}\n{pl(h['unit'])}"
    if form == "line":
        return s.pick([lambda: f"{pl(h['region'])} {pl(h['street'])}, {pl(h['unit'])}",
                       lambda: f"{pl(h['region'].rsplit(' ', 1)[0])} {pl(h['lot'])}"])()
    if form in ("town", "signoff", "dept", "district"):
        return pl(s.pick([h["region"], h["region"].split(" ", 1)[1]]))
    if form == "sentence":
        return f"{pl(h['region'].split(' ', 1)[1])} 거주"
    if form == "me":
        return f"{pl(h['region'].split(' ', 1)[1])}에 살고 있습니다"
    raise ValueError(form)


# --- the other families, each planted --------------------------------------------------------------------------------
FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]
NAT = {"fr": [("française", "français"), ("malgache", "malgache"), ("comorienne", "comorien")],
       "en": ["British", "Zimbabwean", "British / Zimbabwean"], "ko": ["대한민국", "베트남", "필리핀"]}
REL = {"fr": [("protestante", "protestant"), ("musulmane", "musulman"), ("catholique", "catholique")],
       "en": ["Methodist", "Anglican", "Muslim"], "ko": ["원불교", "천주교", "불교"]}
MARITAL = {"fr": {"married": ("Mariée", "Marié"), "single": ("Célibataire", "Célibataire"),
                  "divorced": ("Divorcée", "Divorcé"), "pacs": ("Pacsée", "Pacsé")},
           "en": {"married": "Married", "single": "Single", "divorced": "Divorced", "pacs": "Civil partnership"},
           "ko": {"married": "기혼", "single": "미혼", "divorced": "이혼", "pacs": "기혼"}}
KIDS = {"fr": "{n} enfant(s)", "en": "{n} children", "ko": "자녀 {n}명"}
HEALTH = {"fr": ["RQTH", "asthme sévère", "diabète de type 1"], "en": ["Type 1 diabetes", "Registered disabled",
                                                                       "Epilepsy"],
          "ko": ["청각장애", "지체장애 6급", "당뇨"]}


def v_name(s: Sheet) -> str:
    if s.lang == "ko":
        return s.plant("name", s.p.b23_full)
    return s.plant("name", s.pick([s.p.b23_full, f"{s.p.b23_last.upper()} {s.p.b23_first}",
                                   f"{s.p.b23_first} {s.p.b23_last.upper()}"]))


def v_sex(s: Sheet) -> str:
    f = s.female
    if s.lang == "fr":
        return s.plant("sex", s.pick(["Sexe : F", "Femme"] if f else ["Sexe : M", "Homme"]))
    if s.lang == "en":
        return s.plant("sex", s.pick(["Gender: Female", "Female"] if f else ["Gender: Male", "Male"]))
    return s.plant("sex", "성별: 여" if f else "성별: 남")


def v_age(s: Sheet) -> str:
    a = s.p.age
    return s.plant("age", {"fr": f"{a} ans", "en": s.pick([f"{a} years old", f"{a} years"]), "ko": f"만 {a}세"}[s.lang])


def v_birth(s: Sheet) -> str:
    d = s.p.born
    text = {"fr": s.pick([f"{d:%d/%m/%Y}", f"{d.day} {FR_MONTHS[d.month - 1]} {d.year}"]),
            "en": s.pick([f"{d:%d/%m/%Y}", f"{d:%d.%m.%Y}"]), "ko": f"{d.year}년 {d.month}월 {d.day}일"}[s.lang]
    return s.plant("birth", text)


def v_birthplace(s: Sheet) -> str:
    return s.plant("birth", s.p.b23_birth)


def v_born(s: Sheet) -> str:
    """'Née le 03/04/1990 à Ihosy (Madagascar)' / 'Born 03/04/1990 in Polperro' / '1990년 4월 3일 가회면 출생'."""
    if s.lang == "fr":
        word = s.plant("sex", "Née") if s.female else "Né"
        return f"{word} le {v_birth(s)} à {v_birthplace(s)}"
    if s.lang == "en":
        return f"Date of birth: {v_birth(s)} ({v_birthplace(s)})"
    return f"생년월일: {v_birth(s)} ({v_birthplace(s)} 출생)"


def v_nationality(s: Sheet) -> str:
    if s.lang == "fr":
        fem, masc = s.pick(NAT["fr"])
        return s.plant("nationality", fem if s.female else masc, (masc if s.female else fem,))
    return s.plant("nationality", s.pick(NAT[s.lang]))


def v_religion(s: Sheet) -> str:
    if s.lang == "fr":
        fem, masc = s.pick(REL["fr"])
        return s.plant("religion", fem if s.female else masc, (masc if s.female else fem,))
    return s.plant("religion", s.pick(REL[s.lang]))


def v_family(s: Sheet) -> str:
    m = s.p.b23_marital
    if s.lang == "fr":
        fem, masc = MARITAL["fr"][m]
        text = s.plant("family", fem if s.female else masc, (masc if s.female else fem,))
    else:
        text = s.plant("family", MARITAL[s.lang][m])
    if s.p.children:
        text += ", " + s.plant("family", KIDS[s.lang].format(n=s.p.children))
    return text


def v_health(s: Sheet) -> str:
    return s.plant("health", s.pick(HEALTH[s.lang]))


def v_phone(s: Sheet) -> str:
    return s.plant("contact", s.p.phone)


def v_email(s: Sheet) -> str:
    return s.plant("contact", s.p.email)


LABELS = {"fr": {"sex": "", "born": "", "age": "Âge", "nationality": "Nationalité", "family": "Situation familiale",
                 "religion": "Confession", "health": "Santé", "phone": "Tél.", "email": "E-mail"},
          "en": {"sex": "", "born": "", "age": "Age", "nationality": "Nationality", "family": "Marital status",
                 "religion": "Religion", "health": "Health", "phone": "Mobile", "email": "Email"},
          "ko": {"sex": "", "born": "", "age": "나이", "nationality": "국적", "family": "결혼여부", "religion": "종교",
                 "health": "건강", "phone": "연락처", "email": "이메일"}}


def personal(s: Sheet, contact: bool = True) -> list[str]:
    """'label : value' lines of every family but name and residence (and contact, unless told not to)."""
    lab = LABELS[s.lang]
    sep = {"fr": " : ", "en": ": ", "ko": ": "}[s.lang]
    out = [v_sex(s), v_born(s), {"fr": "Quartier", "en": "County", "ko": "거주지"}[s.lang] + sep + res(s, "district")]
    out += [f"{lab[k]}{sep}{fn(s)}" for k, fn in (("age", v_age), ("nationality", v_nationality),
                                                  ("family", v_family), ("religion", v_religion),
                                                  ("health", v_health))]
    if contact:
        out += [f"{lab['phone']}{sep}{v_phone(s)}", f"{lab['email']}{sep}{v_email(s)}"]
    return out


def me_sentence(s: Sheet) -> str:
    """The families but name, residence and contact said in the author's voice."""
    if s.lang == "fr":
        word = s.plant("sex", "née") if s.female else "né"
        return (f"J'ai {v_age(s)}, je suis {word} le {v_birth(s)} à {v_birthplace(s)}, de nationalité "
                f"{v_nationality(s)}, {v_family(s)}, {v_religion(s)} ; je précise : {v_health(s)}. {v_sex(s)}.")
    if s.lang == "en":
        return (f"I am {v_age(s)} ({v_sex(s)}), born on {v_birth(s)} in {v_birthplace(s)}, {v_nationality(s)}, "
                f"{v_family(s)}, {v_religion(s)}; health: {v_health(s)}.")
    return (f"저는 {v_birth(s)} {v_birthplace(s)}에서 태어난 {v_age(s)}이며 {v_sex(s)}, 국적은 {v_nationality(s)}, "
            f"{v_family(s)}, 종교는 {v_religion(s)}, 건강: {v_health(s)}입니다.")


# --- the facts: missions with their sites' addresses, schools, licences, the agency -------------------------------------
JOBS = {
    "fr": [("Cariste", "Entrepôt Stef Logistique"), ("Agent de production", "Fromagerie Renard-Gillard"),
           ("Préparateur de commandes", "Plateforme Scapest"), ("Agent d'entretien", "Clinique Saint-Joseph"),
           ("Serveur extra", "Brasserie du Canal"), ("Manutentionnaire", "Tréfileries de la Marne"),
           ("Agent de quai", "Messagerie Ziegler"), ("Plongeur", "Hôtel du Lac de Madine")],
    "en": [("Warehouse Operative", "Bernard Matthews depot"), ("Picker Packer", "Crisp Malting"),
           ("Kitchen Porter", "The Lifeboat Inn"), ("Care Assistant", "Cavell Court care home"),
           ("Forklift Driver", "Banham Poultry"), ("Cleaner", "Caley Mill lavender farm"),
           ("Event Steward", "Costessey showground")],
    "ko": [("생산직", "하동녹차 가공공장"), ("지게차 운전", "합천물류센터"), ("포장", "산청한방식품"), ("미화", "화개장터 관리사무소"),
           ("주방 보조", "악양면 한식뷔페"), ("상하차", "묘산농협 선별장")],
}
TITLE_PLACES = {"fr": ["Agent d'accueil Gare de {t}", "Chauffeur ligne {t} – Bar-le-Duc"],
                "en": ["Station Assistant, {t} railway station", "Driver, route {t} – King's Lynn"],
                "ko": ["{t} 버스정류장 안내원", "{t} 노선 운전기사"]}
SCHOOLS = {"fr": ["Lycée professionnel Émile Gallé", "CFA de la Meuse", "AFPA"],
           "en": ["College of West Anglia", "Easton College", "Paston Sixth Form College"],
           "ko": ["한국폴리텍대학", "직업훈련학교", "농업기술센터"]}
LICENCES = {"fr": ["CACES R489 cat. 3", "CACES R489 cat. 1", "SST", "Permis C", "HACCP"],
            "en": ["Counterbalance B1", "CSCS card", "Food Hygiene Level 2", "First Aid at Work"],
            "ko": ["지게차운전기능사", "2종 보통 운전면허", "한식조리기능사"]}
AGENCIES = {"fr": ["Agence Proman", "Agence Crit Intérim", "Agence Temporis"],
            "en": ["Blue Arrow branch", "Pertemps branch"], "ko": ["한빛인력 지점", "다온인력 사무소"]}


def period(s: Sheet, y1: int, m1: int, y2: int | None, m2: int) -> str:
    if s.lang == "ko":
        return f"{y1}.{m1:02d} ~ " + (f"{y2}.{m2:02d}" if y2 else "현재")
    now = "aujourd'hui" if s.lang == "fr" else "present"
    return f"{m1:02d}/{y1} - " + (f"{m2:02d}/{y2}" if y2 else now)


def site(s: Sheet, town: str | None = None) -> dict:
    """A place of work: its street (a fact) and its postcode and town (a fact), or a Korean road address (a fact);
    in the home's town when town is the home's."""
    h, rng = s.p.b23_home, s.rng
    if s.lang == "ko":
        town = town or rng.choice(KO_JOB_PLACES)
        region = h["region"] if town == h["town"] else KO_JOB_REGION[town]
        return {"town": s.fact(town) if town != h["town"] else town,
                "street": s.fact(f"{region} {rng.choice(KO_WORK_ROADS)} {rng.randint(100, 299)}")}
    num = rng.randint(100, 180)
    streets = FR_WORK_STREETS if s.lang == "fr" else EN_WORK_STREETS
    if s.lang == "fr":
        town = town or rng.choice(FR_JOB_PLACES)
        pc = h["pc"] if town == h["town"] else FR_JOB_PC[town]
        return {"town": town, "street": s.fact(f"{num} {rng.choice(streets)}"), "locality": s.fact(f"{pc} {town}")}
    town = town or rng.choice(EN_JOB_PLACES)
    code = h["pc"].split()[0] if town == h["town"] else EN_JOB_PC[town]
    pc = f"{code} {rng.randint(1, 9)}{rng.choice('ABDEFGHJ')}{rng.choice('LNPQRSTU')}"
    unit = rng.choice(["Unit 4, ", "Units 7-9, ", ""])
    return {"town": town, "street": s.fact(f"{unit}{num} {rng.choice(streets)}"), "locality": s.fact(f"{town} {pc}")}


def cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def address(st: dict, sep: str = ", ") -> str:
    return f"{st['street']}{sep}{st['locality']}" if "locality" in st else st["street"]


def missions(s: Sheet, n: int = 3, same: bool | None = None) -> list[dict]:
    """n missions, most recent first: period, title, employer and site (its address facts); the first in the home's
    town when the CV says so."""
    rng = s.rng
    start = s.p.b23_start
    span = REF.year - start
    cuts = sorted(rng.sample(range(start + 1, REF.year), min(n - 1, max(span - 1, 0)))) if n > 1 else []
    bounds = [start, *cuts, REF.year]
    picks = rng.sample(JOBS[s.lang], len(bounds) - 1)
    places = {"fr": FR_JOB_PLACES, "en": EN_JOB_PLACES, "ko": KO_JOB_PLACES}[s.lang]
    towns = rng.sample(places, len(picks))
    if s.b23_same if same is None else same:
        s.b23_same = True
        towns[-1] = s.p.b23_home["town"]  # the most recent mission, in the home's town
    out = []
    for i, (title, employer) in enumerate(picks):
        y1, y2 = bounds[i], bounds[i + 1]
        current = i == len(picks) - 1 and rng.random() < 0.5
        m2 = rng.randint(1, 10 if y2 == REF.year else 12)
        out.append({"dates": s.fact(period(s, y1, rng.randint(1, 12), None if current else y2, m2)),
                    "title": s.fact(title), "employer": s.fact(employer), "site": site(s, towns[i])})
    return out[::-1]


def mission_lines(s: Sheet, ms: list[dict], style: str = "block") -> list[str]:
    out = []
    for m in ms:
        st = m["site"]
        if style == "block":
            out += [f"{m['dates']} : {m['title']} – {m['employer']}", f"    {address(st)}"]
        elif style == "pipe":
            out.append(f"{m['dates']} | {m['title']} | {m['employer']} | {address(st)}")
        else:
            out += [f"{m['dates']}", f"{m['title']}, {m['employer']}", st["street"], *([st["locality"]]
                                                                                   if "locality" in st else [])]
    return out


def school(s: Sheet, town: str | None = None) -> str:
    """A diploma or training with its school and the school's town (facts)."""
    year = s.p.b23_start - 1
    name = s.fact(s.pick(SCHOOLS[s.lang]))
    if town is None:
        town = s.fact(s.pick({"fr": FR_JOB_PLACES, "en": EN_JOB_PLACES, "ko": KO_JOB_PLACES}[s.lang]))
    if s.lang == "ko":
        return f"{year}.02 {name} ({town}) 수료"
    return f"{year} : {name}, {town}" if s.lang == "fr" else f"{year}: {name}, {town}"


def licence_at(s: Sheet) -> str:
    """A licence and where it was obtained (facts)."""
    lic = s.fact(s.pick(LICENCES[s.lang]))
    town = s.fact(s.pick({"fr": FR_JOB_PLACES, "en": EN_JOB_PLACES, "ko": KO_JOB_PLACES}[s.lang]))
    return {"fr": f"{lic} obtenu à {town}", "en": f"{lic} (passed in {town})", "ko": f"{lic} ({town} 시험장 취득)"}[s.lang]


def agency(s: Sheet) -> str:
    """The agency branch with its own address (facts)."""
    name = s.fact(s.pick(AGENCIES[s.lang]))
    return f"{name}, {address(site(s))}"


def title_place(s: Sheet) -> str:
    """A job title holding a place (a fact)."""
    town = s.pick({"fr": FR_JOB_PLACES, "en": EN_JOB_PLACES, "ko": KO_JOB_PLACES}[s.lang])
    return s.fact(s.pick(TITLE_PLACES[s.lang]).format(t=town))


def mobility(s: Sheet) -> str:
    """An unscored mobility line."""
    return {"fr": "Mobile sur 52/55/54, permis B, véhiculé", "en": "Happy to travel up to 30 miles, own car",
            "ko": "경남 서부 출퇴근 가능, 자차 보유"}[s.lang]


H = {"fr": {"exp": "MISSIONS", "edu": "FORMATION", "lic": "PERMIS / HABILITATIONS", "perso": "INFORMATIONS"},
     "en": {"exp": "WORK HISTORY", "edu": "EDUCATION", "lic": "LICENCES", "perso": "PERSONAL"},
     "ko": {"exp": "경력사항", "edu": "학력사항", "lic": "자격증", "perso": "인적사항"}}


def tail(s: Sheet) -> list[str]:
    """Education, licences and a place of voluntary work."""
    h = H[s.lang]
    vol = {"fr": "Bénévole : Banque alimentaire de {t}", "en": "Volunteer: {t} food bank",
           "ko": "봉사: {t} 푸드뱅크"}[s.lang]
    town = s.pick({"fr": FR_JOB_PLACES, "en": EN_JOB_PLACES, "ko": KO_JOB_PLACES}[s.lang])
    return ["", h["edu"], school(s), "", h["lic"], licence_at(s), "", s.fact(vol.format(t=town))]


# --- layouts -------------------------------------------------------------------------------------------------------
@blind23(("fr", "en", "ko"))
def fiche_inscription_agence(s: Sheet) -> str:
    """A temp agency's registration sheet: the branch's name and address at the top (facts), the candidate's address
    block as form boxes (street, complement, postcode, town: residence), the personal boxes, the missions with their
    sites' addresses, an unscored mobility line."""
    top = {"fr": "FICHE D'INSCRIPTION", "en": "REGISTRATION FORM", "ko": "구직 등록 카드"}[s.lang]
    box = {"fr": "Adresse du candidat", "en": "Candidate's home address", "ko": "주소"}[s.lang]
    lines = [top, agency(s), "", f"{v_name(s)}", f"{box} :", res(s, "block"), *personal(s),
             f"{'Secteur' if s.lang == 'fr' else 'Area' if s.lang == 'en' else '거주지'} : {res(s, 'town')}",
             mobility(s), "", H[s.lang]["exp"], *mission_lines(s, missions(s), "pipe"), *tail(s)]
    return "\n".join(lines)


@blind23(("fr", "en", "ko"), same_town=0.6)
def cv_missions_adresses(s: Sheet) -> str:
    """A CV whose header gives the home's address, followed at once by the mission list with each site's address; the
    first mission often in the home's own town, its address on the line right below the home's."""
    ms = missions(s)
    first = ms[0]
    lines = [v_name(s), res(s, "line"), f"{first['title']} – {first['employer']}, {address(first['site'])} ({first['dates']})",
             v_phone(s) + " · " + v_email(s), "", H[s.lang]["exp"], *mission_lines(s, ms[1:], "block"), "",
             H[s.lang]["perso"], *personal(s, contact=False), f"{res(s, 'sentence')}", *tail(s)]
    return "\n".join(lines)


@blind23(("fr", "en", "ko"))
def historique_extra_appli(s: Sheet) -> str:
    """A gig app's history of a multi-mission worker: a profile card ('Basé(e) à …', the district), then every
    mission with its site's address and a rating, the app's own office address at the foot (a fact)."""
    ms = missions(s, 3)
    pay = {"fr": "Adresse (fiches de paie)", "en": "Payslip address", "ko": "급여명세서 주소"}[s.lang]
    card = [v_name(s), res(s, "sentence"), f"{pay} : {res(s, 'line')}", "★ 4,9"]
    hist = []
    for m in ms:
        hist += [f"✔ {m['title']} @ {m['employer']}", f"  📍 {address(m['site'])}", f"  {m['dates']}"]
    foot = {"fr": "Siège de l'application :", "en": "Platform office:", "ko": "앱 운영사 주소:"}[s.lang]
    return "\n".join([*card, "", *hist, "", *personal(s), "", *tail(s), "", foot, address(site(s))])


@blind23(("fr", "en", "ko"))
def cv_livreur_tournees(s: Sheet) -> str:
    """A delivery driver's CV: depots with their addresses, the towns each round covered (facts), the home as a town
    and a 'domicilié' line, a job title holding a place."""
    ms = missions(s, 2)
    rounds = {"fr": "Tournées", "en": "Rounds", "ko": "배송 구역"}[s.lang]
    towns = s.rng.sample({"fr": FR_JOB_PLACES, "en": EN_JOB_PLACES, "ko": KO_JOB_PLACES}[s.lang], 3)
    lines = [v_name(s), res(s, "town"), "", H[s.lang]["exp"]]
    for m in ms:
        lines += [f"{m['dates']} – {m['title']} ({m['employer']})",
                  f"{'Dépôt' if s.lang == 'fr' else 'Depot' if s.lang == 'en' else '물류센터'} : {address(m['site'])}",
                  f"{rounds} : " + ", ".join(s.fact(t) for t in towns)]
    lines += [title_place(s), "", *personal(s), res(s, "line"), *tail(s)]
    return "\n".join(lines)


@blind23(("fr", "en", "ko"))
def lettre_fait_a(s: Sheet) -> str:
    """A cover letter: the sender's address block (residence), the employer's address block (facts), a sentence on
    where the author lives and worked, 'Fait à <home>, le …' and the signature."""
    ms = missions(s, 2)
    emp = site(s)
    recip = {"fr": "Service recrutement", "en": "Recruitment team", "ko": "채용 담당자"}[s.lang]
    emp_name = s.fact(s.pick(JOBS[s.lang])[1])
    body = {"fr": f"Madame, Monsieur,\n{cap(res(s, 'me'))} et j'ai travaillé comme {ms[0]['title']} chez "
                  f"{ms[0]['employer']}, {address(ms[0]['site'])} ({ms[0]['dates']}).",
            "en": f"Dear Sir or Madam,\n{res(s, 'me')} and I worked as {ms[0]['title']} at {ms[0]['employer']}, "
                  f"{address(ms[0]['site'])} ({ms[0]['dates']}).",
            "ko": f"안녕하십니까.\n저는 {res(s, 'me')}. {ms[0]['employer']}({address(ms[0]['site'])})에서 "
                  f"{ms[0]['title']}(으)로 근무했습니다 ({ms[0]['dates']})."}[s.lang]
    sign = {"fr": f"Fait à {res(s, 'signoff')}, le 9 novembre 2026", "en": f"Signed at {res(s, 'signoff')}, 9 November 2026",
            "ko": f"2026년 11월 9일 {res(s, 'signoff')}에서"}[s.lang]
    return "\n".join([v_name(s), res(s, "block"), v_phone(s), v_email(s), "", emp_name, recip, address(emp, "\n"), "",
                      body, me_sentence(s), *mission_lines(s, ms[1:], "pipe"), *tail(s), "", sign, v_name(s)])


@blind23(("en",))
def uk_cv_client_sites(s: Sheet) -> str:
    """A UK CV: the home address in the header (flat, street, town, postcode), a 'based in' profile line, the agency
    placements with each client site's address, the references' offices (facts)."""
    ms = missions(s, 3)
    lines = [v_name(s), res(s, "line"), f"{v_phone(s)} | {v_email(s)}", "", "PROFILE",
             f"{res(s, 'sentence')}, reliable temp with {len(ms)} placements.", "", "PLACEMENTS"]
    for m in ms:
        lines += [f"{m['title']} – client: {m['employer']} ({m['dates']})", f"Site: {address(m['site'])}"]
    lines += ["", "PERSONAL DETAILS", *personal(s, contact=False), *tail(s), "", "REFERENCES",
              f"Branch manager, {agency(s)}"]
    return "\n".join(lines)


@blind23(("en",))
def uk_form_previous_addresses(s: Sheet) -> str:
    """A UK application form asking for every address of the last three years: the current one and two previous ones
    with their dates (all residence), then the employer addresses of the employment history (facts)."""
    h = s.p.b23_home
    prev = [t for t in EN_TOWNS if t[0] != h["town"]]
    s.rng.shuffle(prev)
    lines = ["APPLICATION FORM", f"Full name: {v_name(s)}", "Section 2 - Address history (last 3 years)",
             f"Current address: {res(s, 'line')} (from 03/2025)"]
    for i, (town, code) in enumerate(prev[:2]):
        street = s.plant("residence", f"{s.rng.randint(2, 60)} {s.pick(EN_HOME_STREETS)}")
        pc = f"{code} {s.rng.randint(1, 9)}{s.pick('ABDEFGHJ')}{s.pick('LNPQRSTU')}"
        lines.append(f"Previous address {i + 1}: {street}, {s.plant('residence', town)} {s.plant('residence', pc)}"
                     f" ({2022 - i}-{2025 - i})")
    lines += ["Section 3 - Personal details", *personal(s), "Section 4 - Employment history"]
    for m in missions(s, 3):
        lines += [f"Employer: {m['employer']}", f"Employer's address: {address(m['site'])}", f"Job title: {m['title']}",
                  f"Dates: {m['dates']}"]
    return "\n".join(lines + tail(s))


@blind23(("ko",))
def iryeokseo_juso_geunmuji(s: Sheet) -> str:
    """A Korean 이력서 table: 주소 row (road address with 동·호, or a lot address: residence) and, in the 경력 table, a
    근무지 column with each workplace's address (facts), the first often in the home's 읍·면."""
    ms = missions(s, 3)
    rows = ["이 력 서", f"성명 | {v_name(s)}", f"주소 | {res(s, 'line')}", f"휴대폰 | {v_phone(s)}",
            f"이메일 | {v_email(s)}", *[f"{x}" for x in personal(s, contact=False)], "", "경력사항",
            "기간 | 회사명 | 직무 | 근무지"]
    rows += [f"{m['dates']} | {m['employer']} | {m['title']} | {address(m['site'])}" for m in ms]
    rows += [*tail(s), "", "위 기재 사항은 사실과 틀림없습니다.", f"작성자: {v_name(s)} (인)"]
    return "\n".join(rows)


@blind23(("ko",))
def jagisogaeseo_geoju(s: Sheet) -> str:
    """A Korean 자기소개서 in sentences: where the author lives ('… 거주', '…에 살고 있습니다'), where they worked (the
    workplaces' addresses), where they trained, in prose."""
    ms = missions(s, 2)
    a, b = ms[-1], ms[0]
    text = [f"{v_name(s)} 자기소개서", f"저는 {res(s, 'me')}. {me_sentence(s)}",
            f"{a['employer']}({address(a['site'])})에서 {a['title']}(으)로 일했고, 이후 {b['employer']}"
            f"({address(b['site'])})에서 {b['title']} 업무를 맡았습니다 ({b['dates']}, {a['dates']}).",
            f"현재 주소는 {res(s, 'line')}이며, 연락처는 {v_phone(s)}, {v_email(s)}입니다.", *tail(s)]
    return "\n".join(text)


def parents(s: Sheet) -> str:
    """The family home, in another town of the pool (the candidate's permanent address: residence)."""
    h, pl = s.p.b23_home, functools.partial(s.plant, "residence")
    num = s.rng.randint(2, 60)
    if s.lang == "ko":
        region, short = s.pick([t for t in KO_TOWNS if t[1] != h["town"]])
        return f"본가 주소 : {pl(f'{region} {KO_ROADS[short]} {num}')}"
    if s.lang == "fr":
        town, pc = s.pick([t for t in FR_TOWNS if t[0] != h["town"]])
        return f"Adresse permanente (parents) : {pl(f'{num} {s.pick(FR_HOME_STREETS)}')}, {pl(pc)} {pl(town)}"
    town, code = s.pick([t for t in EN_TOWNS if t[0] != h["town"]])
    return f"Permanent address: {pl(f'{num} {s.pick(EN_HOME_STREETS)}')}, {pl(town)} {pl(code)}"


@blind23(("fr", "en", "ko"), same_town=1.0, city=0.0)
def cv_etudiant_meme_ville(s: Sheet) -> str:
    """A student's CV whose school and home are in the same town: the school's address (a fact) and the home's
    (residence) on neighbouring lines, weekend jobs with their sites."""
    ms = missions(s, 2, same=True)
    h = s.p.b23_home
    st = site(s, h["town"])
    sch = s.fact(s.pick(SCHOOLS[s.lang]))
    lines = [v_name(s), {"fr": "Adresse", "en": "Home", "ko": "주소"}[s.lang] + " : " + res(s, "line"),
             {"fr": "Établissement", "en": "College", "ko": "학교"}[s.lang] + f" : {sch}, {address(st)}",
             parents(s), v_phone(s), v_email(s), "", H[s.lang]["exp"], *mission_lines(s, ms, "lines"), "",
             *personal(s, contact=False), *tail(s)]
    return "\n".join(lines)


@blind23(("fr", "en", "ko"))
def courriel_transfere_signatures(s: Sheet) -> str:
    """A forwarded e-mail: the recruiter's message and signature with the office's address (a fact), then the
    candidate's forwarded message and signature with the home's address (residence)."""
    office = address(site(s))
    rec = {"fr": "Ysolde Garnerin – Chargée de recrutement", "en": "Recruitment consultant", "ko": "채용 담당"}[s.lang]
    ms = missions(s, 2)
    fwd = {"fr": "---------- Message transféré ----------", "en": "---------- Forwarded message ----------",
           "ko": "---------- 전달된 메일 ----------"}[s.lang]
    ask = {"fr": "Bonjour, ci-dessous la candidature pour la mission.", "en": "Hi, candidate below for the shift.",
           "ko": "안녕하세요, 아래 지원자 전달드립니다."}[s.lang]
    lines = [ask, "--", rec, office, "", fwd, f"De : {v_name(s)} <{v_email(s)}>", "",
             {"fr": "Bonjour, je suis disponible.", "en": "Hello, I am available.", "ko": "안녕하세요, 지원합니다."}[s.lang],
             *mission_lines(s, ms, "pipe"), me_sentence(s), "--", v_name(s), res(s, "block"), v_phone(s), *tail(s)]
    return "\n".join(lines)


@blind23(("fr", "en", "ko"))
def cv_demenagement(s: Sheet) -> str:
    """A relocation CV: 'I moved from A to B' (both homes, residence), the old jobs near the old home and the new
    ones near the new home with their sites' addresses."""
    h = s.p.b23_home
    pool = {"fr": [t for t, _ in FR_TOWNS], "en": [t for t, _ in EN_TOWNS], "ko": [t for _, t in KO_TOWNS]}[s.lang]
    old = s.plant("residence", s.pick([t for t in pool if t != h["town"] and t not in h["town"]]))
    new = res(s, "town")
    moved = {"fr": f"Arrivé(e) de {old}, je me suis installé(e) à {new}.", "en": f"I moved from {old} to {new}.",
             "ko": f"{old}에서 {new}(으)로 이사했습니다."}[s.lang]
    ms = missions(s, 3)
    lines = [v_name(s), moved, res(s, "line"), v_phone(s), v_email(s), "", H[s.lang]["exp"],
             *mission_lines(s, ms, "block"), "", *personal(s, contact=False), *tail(s)]
    return "\n".join(lines)


@blind23(("fr", "en", "ko"), same_town=0.0)
def fiche_hebergement_social(s: Sheet) -> str:
    """A social worker's liaison sheet for a candidate housed in a hostel or social housing, or of no fixed abode
    with a postal address at an association (residence), beside the training centre's and the mission sites'
    addresses (facts)."""
    if s.lang == "fr":
        kind = s.pick([lambda: f"Hébergé(e) au {s.plant('residence', s.pick(FR_HOSTELS))}, {res(s, 'town')}",
                       lambda: f"Sans domicile fixe, domiciliation postale : CCAS de {res(s, 'signoff')}",
                       lambda: f"{s.plant('residence', s.pick(HOSTS['fr']))}, {res(s, 'line')}"])()
    elif s.lang == "en":
        kind = s.pick([lambda: f"Housed at {s.plant('residence', 'Pightle House hostel')}, {res(s, 'town')}",
                       lambda: f"No fixed abode - post to {s.plant('residence', 'the Shelter hub')}, {res(s, 'town')}",
                       lambda: f"{s.plant('residence', s.pick(HOSTS['en']))}, {res(s, 'line')}"])()
    else:
        kind = s.pick([lambda: f"{s.plant('residence', '가야 쉼터')} 입소 중 ({res(s, 'town')})",
                       lambda: f"주거 불안정, 우편물: {res(s, 'line')}"])()
    head = {"fr": "FICHE DE LIAISON – INSERTION", "en": "SUPPORT WORKER REFERRAL", "ko": "취업 연계 의뢰서"}[s.lang]
    lines = [head, v_name(s), kind, *personal(s), "", H[s.lang]["exp"], *mission_lines(s, missions(s, 2), "pipe"),
             {"fr": "Centre de formation : ", "en": "Training centre: ", "ko": "훈련기관: "}[s.lang] + agency(s),
             *tail(s)]
    return "\n".join(lines)
