"""A twenty-eighth held-aside set of layouts of the placement benchmark (see evaluation.placement), split "blind27":
registered into the same LAYOUTS. Written without reading the masker (its rules, its data, its tests), the README's
list of what it misses or the history's messages, to measure it once more on CVs nobody tuned it on; do not read this
file while tuning a masker, and run it once.

The split is about EVERYDAY CVs OF GIG WORKERS, BY TRADE AND BY AGE, WRITTEN BY MANY HANDS: the CVs that a French
gig-staffing company (intérim, extras, seasonal work) and its English and Korean partner agencies receive, each layout a
genre of one trade or life stage as its candidates write it themselves in Word, Google Docs, Canva or on a phone, read
back as plain text in an extractor's reading order - from a sixteen-year-old's first CV to a woman of sixty-odd going
back to work: a first CV, a builder's CV (BTP, CSCS card, 건설 현장), a warehouse worker's two-column CV whose side
column is read after the body, a restaurant extra's CV typed on a phone, a cleaner's CV ending in a signature, a care
worker's CV (EHPAD, UK care, 요양보호사), a cashier's CV whose photo column is read first, a security guard's CV (SSIAP,
SIA) with a running footer, a seasonal farm worker's CV (vendanges, 감귤), a hostess's / host's CV with a profile URL
and a photo caption, a driver's CV (PL/SPL, HGV, 화물), a production operator's CV (생산직 이력서 with its 인적사항
table flattened), a youth leader's BAFA CV, and the CV of an older worker returning to work (경력단절).

Each genre puts the personal details where its writers put them - a header in capitals, a 'CURRICULUM VITAE' / 'PROFIL'
heading, a contact line with separators (| • – /), the opening sentence ('Jeune fille de 17 ans, sérieuse…', 'Maman
de 3 enfants, disponible…'), an e-mail address with a birth year, a profile URL, a side column read before or after the
body, a photo caption, an 'À propos' paragraph, a 'Divers' / 'Centres d'intérêt' / 'Informations complémentaires'
block, a running footer, a signature, a Korean 인적사항 table flattened to text - in many forms: birth dates in many
formats, a birth year alone ('Née en 1968', '(1971)', 'born 1990', '85년생'), ages ('34 ans', '34 a.', 'Âge : 34',
'aged 34', '만 34세'), homes with and without postcode ('Habite à …', 'Secteur …', 'réside sur …', 'based in …',
거주지), nationality and origin ('de nationalité …', 'Origine …', 'Originaire de La Réunion', 'British citizen',
국적), religion (a faith said outright, a parish choir, a mosque, a Tamil temple, a Methodist chapel, 교회 청년부),
family ('Mariée, 2 enfants', 'mère célibataire', 'Pacsé', 'Aînée d'une fratrie de 4', 기혼, 자녀), health (RQTH,
'pas de port de charges lourdes suite à une hernie discale', 'Type 1 diabetic', 허리디스크), sex (civility, 'Jeune
fille', feminine agreements 'sérieuse, motivée', she/her, 성별, 병역), contact (phone, e-mail, profile URL) and the
name (capitals, 'NOM Prénom', initials, hyphenated and double surnames, nicknames). Every family is written in every CV.

Job facts that must survive are as many: durations ('10 ans en EHPAD', '8 ans de plonge', '3 saisons de vendanges',
"5 years' experience in care", '요양 경력 7년'), employers, some named after people ('Chez Fatima', 'Boulangerie
Martin', 'Transports Rouxel', 'SARL Dos Santos Frères', 'Maison Etcheberry'), the places of past jobs (towns of
missions, none the candidate's home), periods whose years look like birth years ('1988 – 1994'), licences and cards
(Permis C, CACES R489 cat. 3, SSIAP 1, FIMO, HACCP, BAFA, CSCS, 지게차운전기능사), diplomas and schools (CAP, Bac pro,
DEAES, NVQ, GCSE), skills, languages, availability, and facts that look like markers on purpose: the ages of the people
cared for or taught ('résidents de 70 à 98 ans', 'enfants de 6 à 12 ans', '어르신 70~95세'), a school or a care home
named after a saint, a 'Foyer pour adultes handicapés', a 'Multi-accueil 0-3 ans'. Ages, birth years, durations and periods
are counted from one reference date.

Names and places are new: no word of a name is a Faker name or in an earlier split's pools or placement_data (Basque
and Béarnais, Réunionnais, Comorian and Mahorais, Portuguese, Cornish and Shetland names; Korean names with rare
surnames); homes, places of birth and places of work (Béarn and the Pays basque, the Landes, La Réunion, Mayotte, the
Comoros, northern Portugal, Devon, Somerset and Dorset, Caithness, Madeira, Gangwon and Jeju 읍·면) are in none of the
earlier pools.

Layouts: premier_cv_ado, cv_chantier_btp, cv_cariste_colonne, cv_extra_restauration, cv_proprete_signature,
cv_aide_domicile_ehpad, cv_caisse_photo, cv_agent_securite_pied, cv_saisonnier_agricole, cv_accueil_evenementiel,
cv_chauffeur_livreur, cv_agent_production, cv_animateur_bafa, cv_reprise_senior.
"""
from __future__ import annotations

import functools
import re
from datetime import date
from types import SimpleNamespace

from matchlens.evaluation.placement import Planted, Sheet, ascii_fold, layout, pattern, romanize

SPLIT = "blind27"
REF = date(2026, 4, 20)  # when the CVs are written: ages, birth years, durations and "today" are counted from here

# --- names: no Faker word, in no earlier pool (a test checks) ----------------------------------------------------
_KO_LAST = ["좌", "부", "궉", "옹", "견", "승"]
_KO_GIVEN = {"F": ["은가비", "달비", "아름솔", "아띠"], "M": ["해온", "비솔", "새론"]}
NAMES = {
    "fr_basque": {"F": ["Graxi", "Maider", "Izaskun", "Osane", "Ibane", "Maitena", "Mayalen", "Iraia", "Olatz"],
                  "M": ["Gexan", "Kemen", "Ibon", "Battitt", "Patxi", "Asier", "Julen", "Xabat", "Erramun", "Manttu",
                        "Pello", "Jurgi", "Haritz"],
                  "L": ["Olhagaray", "Mendiboure", "Haramboure", "Lohitçun", "Idiart", "Carricaburu", "Jaureguiberry",
                        "Hiriart", "Bordagaray", "Urruty", "Oçafrain", "Arotçarena", "Apheça", "Mendiondo", "Etchart",
                        "Irazoqui", "Harispuru", "Oyhenart", "Amestoy", "Elicetche", "Sorhaindo", "Ybarnegaray",
                        "Lapuyade", "Casenave", "Larrouy", "Lacrampe", "Cazalet", "Lahitte", "Poublan", "Bergeroo",
                        "Coustet", "Pédebernade", "Capdevielle", "Camgrand", "Lanusse", "Lacoarret", "Loustau",
                        "Lapassade", "Tisné", "Pucheu", "Peyroutet", "Sarthou", "Daugé", "Haurat", "Pouey"],
                  "N": ["Txiki", "Pitchoun", "Gégé"]},
    "fr_reunion": {"F": ["Laurencia", "Ketty", "Nelcie", "Gislaine", "Josélyne", "Mylaine", "Nathalène", "Priscillia",
                         "Audreylie", "Wendie", "Sulyvane", "Jessina", "Cindie"],
                   "M": ["Lucsen", "Dorlan", "Gilbertin", "Lylian", "Evenor", "Armelin", "Médéric", "Ylan", "Kerwan",
                         "Kendy", "Ritchy", "Steeve", "Stévy"],
                   "L": ["Gonthier", "Caderby", "Sinapayen", "Valliamé", "Govindin", "Nourry", "Maunier", "Ganivet",
                         "Tayllamin", "Baillif", "Chane-Pane", "Chane-Kune", "Sababady", "Deurveilher"],
                   "N": ["Ptiloup", "Titou", "Zazou"]},
    "fr_comores": {"F": ["Roukia", "Nadjma", "Toybat", "Faïrouz", "Mouhssina", "Anchia", "Soifia", "Fatoumia",
                         "Zaoudjati", "Chamssia", "Ansmina", "Ramlati"],
                   "M": ["Anfane", "Nassur", "Djanfar", "Ridjali", "Mogne", "Toiouil", "Saandi", "Mahafidhou",
                         "Kamardine", "Houssamdine", "Oumouri", "Dhoihir"],
                   "L": ["Daroueche", "Youssouffa", "Mlanao", "Mroudjae", "Abdérémane", "Allaoui", "Zoubeiri",
                         "Mchinda", "Oili", "Mkadara"],
                   "N": ["Kikou", "Bibou"]},
    "fr_portugal": {"F": ["Lurdes", "Graça", "Natércia", "Aldina", "Cremilde", "Ludovina", "Alzira"],
                    "M": ["Arménio", "Laurindo", "Delfim", "Gualter", "Silvino"],
                    "L": ["Fangueiro", "Cachapuz", "Seixas", "Lameiras", "Penela", "Sameiro", "Rebelo", "Carreiras",
                          "Marinho", "Fontoura", "Pestana"],
                    "N": ["Zézé", "Tchoupi"]},
    "en_cornwall": {"F": ["Kerra", "Endelyn", "Merryn", "Rozen", "Bersaba", "Lowena", "Rosenwyn", "Meliora", "Gwenneth",
                          "Kayna", "Elestren", "Derowen", "Eseld", "Lamorna", "Keyna"],
                    "M": ["Petroc", "Austol", "Hedyn", "Arthek", "Casworon", "Goron", "Clemo", "Madern", "Cubert",
                          "Gwithian", "Kevern", "Jacca"],
                    "L": ["Curnow", "Hosking", "Roskilly", "Spargo", "Tregear", "Trebilcock", "Pendarves", "Pellow",
                          "Polkinghorne", "Lanyon", "Trewhella", "Pengilly", "Trevenna", "Minear", "Treweek",
                          "Rouncefield"]},
    "en_shetland": {"F": ["Ishbel", "Ailsa", "Williamina", "Baabie", "Mimie", "Babsie"],
                    "M": ["Geordie", "Hakki", "Jeemie", "Brucie", "Osmund", "Thoms", "Ragnvald", "Dodie"],
                    "L": ["Inkster", "Sandison", "Arcus", "Shewan", "Hughson", "Hoseason", "Fordyce", "Clouston",
                          "Sclater", "Garriock", "Bairnson", "Gilbertson"]},
    "ko": {"F": [a + b for a in _KO_LAST for b in _KO_GIVEN["F"]], "M": [a + b for a in _KO_LAST for b in _KO_GIVEN["M"]],
           "G": _KO_GIVEN["F"] + _KO_GIVEN["M"]},
}
POOL = {"basque": "fr_basque", "reunion": "fr_reunion", "comores": "fr_comores", "portugal": "fr_portugal",
        "madeira": "fr_portugal", "cornwall": "en_cornwall", "shetland": "en_shetland"}
ORIGINS = {"fr": {"basque": 0.35, "reunion": 0.25, "comores": 0.2, "portugal": 0.2},
           "en": {"cornwall": 0.45, "shetland": 0.3, "madeira": 0.25},
           "ko": {"jeju": 0.4, "gangwon": 0.4, "joseonjok": 0.1, "goryeoin": 0.1}}
KO_ROMAN = {"좌": "jwa", "부": "bu", "궉": "gwok", "옹": "ong", "견": "gyeon", "승": "seung"}

# --- places: in none of the earlier pools (tests check) ----------------------------------------------------------
FR_REGIONS = {
    "bearn": {"homes": [("Navarrenx", "64190"), ("Arudy", "64260"), ("Salies-de-Béarn", "64270"), ("Monein", "64360"),
                        ("Lasseube", "64290"), ("Morlaàs", "64160"), ("Lembeye", "64350"), ("Artix", "64170"),
                        ("Tardets-Sorholus", "64470"), ("Ascain", "64310"), ("Macaye", "64240")],
              "jobs": ["Peyrehorade", "Mugron", "Soustons", "Morcenx", "Labouheyre", "Pontacq", "Garlin", "Jurançon",
                       "Billère", "Arthez-de-Béarn", "Louhossoa"],
              "streets": ["chemin de Lacaze", "route de Sauveterre", "rue du Fronton", "impasse des Palombes",
                          "chemin des Crêtes", "rue des Tisserands", "allée des Fougères"],
              "extras": ["Maison Ithurbidea", "Maison Ordokia", "Maison Bidartea", "Résidence Les Érables, appt 4",
                         "Lotissement Le Hameau du Gave, lot 12"]},
    "reunion": {"homes": [("Les Avirons", "97425"), ("Entre-Deux", "97414"), ("Petite-Île", "97429"),
                          ("Plaine-des-Palmistes", "97431")],
                "jobs": ["L'Étang-Salé", "La Possession", "Ravine-des-Cabris", "Trois-Bassins"],
                "streets": ["chemin des Letchis", "rue des Flamboyants", "allée des Filaos", "chemin Ylang-Ylang",
                            "rue des Vétivers"],
                "extras": ["Lotissement Les Tamarins", "Résidence Les Camélias, bât. C", "Cité des Goyaviers, appt 7"]},
    "mayotte": {"homes": [("Bandraboua", "97650"), ("Pamandzi", "97615"), ("Bouéni", "97620"), ("Acoua", "97630")],
                "jobs": ["Longoni", "Kawéni", "Combani", "Passamaïnty", "Tsararano", "Labattoir"],
                "streets": ["rue de la Mosquée", "route nationale 1", "rue du Stade", "chemin de la Plage"],
                "extras": ["Village Mtsahara", "Case SIM n° 14", "Quartier Hamaha"]},
}
FR_TOWNS = [t for r in FR_REGIONS.values() for t in r["homes"]]
FR_JOB_PLACES = [t for r in FR_REGIONS.values() for t in r["jobs"]]
EN_TOWNS = [("Okehampton", "EX20"), ("Holsworthy", "EX22"), ("Tavistock", "PL19"), ("Kingsbridge", "TQ7"),
            ("Ivybridge", "PL21"), ("Tiverton", "EX16"), ("Crediton", "EX17"), ("Honiton", "EX14"),
            ("Dartmouth", "TQ6"), ("Brixham", "TQ5"), ("Bude", "EX23")]
EN_COUNTY = {"Bude": "Cornwall"}  # the others are in Devon
EN_STREETS = ["Fore Street", "Moor View", "Tor Close", "Lower Town", "Exeter Road", "Barnstaple Street", "Leat Walk"]
EN_JOB_PLACES = ["Chard", "Glastonbury", "Bridport", "Sherborne", "Shaftesbury", "Wimborne", "Swanage", "Weymouth",
                 "Frome"]
KO_TOWNS = [("강원특별자치도 정선군 고한읍", "고한읍"), ("강원특별자치도 삼척시 도계읍", "도계읍"),
            ("강원특별자치도 영월군 상동읍", "상동읍"), ("강원특별자치도 평창군 진부면", "진부면"),
            ("제주특별자치도 서귀포시 남원읍", "남원읍"), ("제주특별자치도 제주시 한경면", "한경면")]
KO_ROADS = {"고한읍": "고한로", "도계읍": "도계로", "상동읍": "상동로", "진부면": "진부중앙로", "남원읍": "태위로",
            "한경면": "한경로"}
KO_APTS = ["주공아파트", "라온빌라", "행복주택", "솔밭연립"]
KO_JOB_PLACES = ["기린면", "방산면", "내촌면", "여량면", "신동읍", "북평면", "미로면", "하장면", "근덕면", "원덕읍"]
JEJU_JOB_PLACES = ["서귀포시 위미리", "서귀포시 하례리", "제주시 조수리"]  # orchards: facts only, not in the pools
KO_JOB_REGION = {"기린면": "인제군", "방산면": "양구군", "내촌면": "홍천군", "여량면": "정선군", "신동읍": "정선군",
                 "북평면": "정선군", "미로면": "삼척시", "하장면": "삼척시", "근덕면": "삼척시", "원덕읍": "삼척시"}
BIRTH = {"fr": {"basque": ["Iholdy", "Baigorri", "Hernani (Espagne)", "Zarautz (Espagne)", "Lekeitio (Espagne)"],
                "reunion": ["Bellemène", "Manapany", "Bras-Creux"],
                "comores": ["Iconi (Comores)", "Mitsoudjé (Comores)", "Nioumachoua (Comores)", "Mirontsi (Comores)",
                            "Wanani (Comores)", "Hahaya (Comores)"],
                "portugal": ["Melgaço (Portugal)", "Monção (Portugal)", "Sabugal (Portugal)", "Mirandela (Portugal)",
                             "Tondela (Portugal)", "Lamego (Portugal)"]},
         "en": {"cornwall": ["Hatherleigh", "Chagford", "Lydford", "Hartland", "Clovelly", "Appledore"],
                "shetland": ["Buckie", "Thurso", "Ullapool", "Mallaig"],
                "madeira": ["Machico, Madeira", "Funchal, Madeira"]},
         "ko": {"jeju": ["우도면"], "gangwon": ["임계면", "사내면"], "joseonjok": ["연변"], "goryeoin": ["사마르칸트"]}}
MAIL = {"fr": ["gmail.com", "hotmail.fr", "orange.fr", "laposte.net", "outlook.fr", "yahoo.fr"],
        "en": ["gmail.com", "hotmail.co.uk", "outlook.com", "btinternet.com"],
        "ko": ["naver.com", "daum.net", "hanmail.net", "gmail.com"]}
FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]


def _weighted(rng, weights: dict[str, float]) -> str:
    keys = sorted(weights)
    return rng.choices(keys, [weights[k] for k in keys])[0]


# --- the candidate -------------------------------------------------------------------------------------------------
NAT_FR = {"basque": [("française", "français"), ("française", "français"), ("espagnole", "espagnol"),
                     ("franco-espagnole", "franco-espagnol")],
          "reunion": [("française", "français")],
          "comores": [("comorienne", "comorien"), ("franco-comorienne", "franco-comorien"), ("française", "français")],
          "portugal": [("portugaise", "portugais"), ("franco-portugaise", "franco-portugais"), ("française", "français")]}
NAT_EN = {"cornwall": ["British", "Cornish", "British citizen"], "shetland": ["British", "Scottish", "British citizen"],
          "madeira": ["Portuguese", "British/Portuguese", "Portuguese (EU settled status)"]}
NAT_KO = {"jeju": ["대한민국"], "gangwon": ["대한민국"], "joseonjok": ["중국 (조선족)"], "goryeoin": ["우즈베키스탄 (고려인)"]}
ORIGIN_FR = {"basque": [("basque", "basque")], "reunion": ["Originaire de La Réunion", ("réunionnaise", "réunionnais")],
             "comores": [("comorienne", "comorien"), ("mahoraise", "mahorais"), "Originaire de Mayotte"],
             "portugal": [("portugaise", "portugais")]}
RELIGION = {"basque": ["catholic", "catholic", "none"], "reunion": ["catholic", "hindu", "evangelical", "muslim"],
            "comores": ["muslim"], "portugal": ["catholic", "catholic", "evangelical"],
            "cornwall": ["methodist", "anglican", "none"], "shetland": ["kirk", "methodist", "none"],
            "madeira": ["catholic"], "jeju": ["protestant", "buddhist", "catholic"],
            "gangwon": ["protestant", "buddhist", "wonbuddhism"], "joseonjok": ["protestant", "none"],
            "goryeoin": ["protestant", "catholic"]}
HEALTH = {"fr": ["rqth", "hernie", "diabete", "malentendant", "asthme", "epilepsie", "lombalgie", "dyslexie"],
          "en": ["disabled", "diabetes", "back", "deaf", "dyslexia", "epilepsy", "asthma"],
          "ko": ["hearing", "disc", "diabetes", "disabled", "asthma"]}


def renew(s: Sheet, ages: tuple[int, int] = (21, 58), female: float | None = None) -> None:
    """Give the sheet's person an identity of this split: name, sex, age and birth at REF, origin, home, contacts,
    nationality, faith, family, health (kept in s.c)."""
    rng, lang = s.rng, s.lang
    if female is not None:
        s.p.sex = "F" if rng.random() < female else "M"
    sex = s.p.sex
    origin = _weighted(rng, ORIGINS[lang])
    c = SimpleNamespace(origin=origin)
    if lang == "ko":
        c.full = rng.choice(NAMES["ko"][sex])
        c.last, c.first, c.nick = c.full[0], c.full[1:], ""
        f, last = romanize(c.first), KO_ROMAN[c.last]
    else:
        pool = NAMES[POOL[origin]]
        c.first, c.last = rng.choice(pool[sex]), rng.choice(pool["L"])
        other = rng.choice([x for x in pool["L"] if x != c.last])
        roll = rng.random()
        if origin == "basque" and roll < 0.2:
            c.last = f"{c.last}-{other}"  # a hyphenated Basque surname
        elif origin == "basque" and roll < 0.3:
            c.last = f"de {c.last}"  # a particle (left out of the name's words)
        elif origin in ("portugal", "madeira") and roll < 0.3:
            c.last = f"{other} {c.last}"  # two surnames
        elif origin in ("portugal", "madeira") and roll < 0.5:
            c.last = f"da {c.last}"
        c.nick = rng.choice(pool["N"]) if "N" in pool and rng.random() < 0.5 else ""
        c.full = f"{c.first} {c.last}"
        f, last = ascii_fold(c.first).lower().replace(" ", ""), ascii_fold(c.last).lower().replace(" ", "")
    c.age = rng.randint(*ages)
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    c.born = date(REF.year - c.age - (1 if (month, day) > (REF.month, REF.day) else 0), month, day)
    c.birthplace = rng.choice(BIRTH[lang][origin])
    c.religion = rng.choice(RELIGION[origin])
    c.marital = "single" if c.age < 22 else rng.choice(["married", "married", "pacs", "single", "divorced", "couple",
                                                       "widowed" if c.age > 45 else "married"])
    c.children = 0 if c.age < 21 else rng.choice([0, 1, 2, 2, 3, 4] if c.age < 50 else [1, 2, 3, 4])
    c.siblings = rng.randint(3, 5)
    c.start = min(c.born.year + rng.randint(17, 21), REF.year - 1)  # the first working year
    c.health = rng.choice(HEALTH[lang])
    digits = "".join(str(rng.randint(0, 9)) for _ in range(8))
    yy = c.born.year % 100
    if lang == "fr":
        c.nat = rng.choice(NAT_FR[origin])
        c.region = {"basque": "bearn", "portugal": "bearn", "reunion": "reunion" if rng.random() < 0.65 else "bearn",
                    "comores": "mayotte" if rng.random() < 0.6 else "bearn"}[origin]
        reg = FR_REGIONS[c.region]
        town, pc = rng.choice(reg["homes"])
        num = "" if c.region == "mayotte" and rng.random() < 0.6 else f"{rng.randint(1, 48)}{rng.choice(['', '', ' bis'])} "
        c.home = {"street": f"{num}{rng.choice(reg['streets'])}", "pc": pc, "town": town,
                  "extra": rng.choice(reg["extras"]) if rng.random() < 0.4 else ""}
        prefix = {"reunion": ["0692", "0693"], "mayotte": ["0639"]}.get(c.region)
        c.phone = (f"{rng.choice(prefix)} {digits[:2]} {digits[2:4]} {digits[4:6]}" if prefix else
                   rng.choice([f"06 {digits[:2]} {digits[2:4]} {digits[4:6]} {digits[6:]}",
                               f"07.{digits[:2]}.{digits[2:4]}.{digits[4:6]}.{digits[6:]}",
                               f"+33 6 {digits[:2]} {digits[2:4]} {digits[4:6]} {digits[6:]}"]))
        dep = pc[:2] if not pc.startswith("97") else pc[:3]
        local = rng.choice([f"{f}.{last}", f"{last}.{f}", f"{f}{last}{yy:02d}", f"{f[0]}{last}{dep}",
                            f"{f}.{last}{c.born.year}"])
    elif lang == "en":
        c.nat = rng.choice(NAT_EN[origin])
        town, code = rng.choice(EN_TOWNS)
        letters = rng.choice("ABDEFGHJLNPQRSTUWXY") + rng.choice("ABDEFGHJLNPQRSTUWXY")
        flat = rng.choice(["", "", "", f"Flat {rng.randint(1, 9)}, "])
        c.home = {"street": f"{flat}{rng.randint(1, 96)} {rng.choice(EN_STREETS)}", "town": town,
                  "pc": f"{code} {rng.randint(1, 9)}{letters}", "county": EN_COUNTY.get(town, "Devon"), "extra": ""}
        c.phone = rng.choice([f"07{digits[:3]} {digits[3:]}{rng.randint(0, 9)}",
                              f"+44 7{digits[:3]} {digits[3:]}{rng.randint(0, 9)}"])
        local = rng.choice([f"{f}.{last}", f"{f}{last}{yy:02d}", f"{f[0]}{last}", f"{last}.{f}{rng.randint(1, 99)}"])
    else:
        c.nat = rng.choice(NAT_KO[origin])
        region, short = rng.choice(KO_TOWNS)
        c.home = {"region": region, "town": short, "street": f"{KO_ROADS[short]} {rng.randint(3, 240)}",
                  "unit": f"{rng.choice(KO_APTS)} {rng.randint(101, 106)}동 {rng.randint(1, 12)}0{rng.randint(1, 4)}호",
                  "extra": ""}
        c.phone = f"010-{digits[:4]}-{digits[4:]}"
        local = rng.choice([f"{f}{last}", f"{last}{f}{yy:02d}", f"{f}_{last}", f"{f}{c.born.year}"])
    c.email = f"{local}@{rng.choice(MAIL[lang])}"
    site = rng.choice(["facebook.com/", "instagram.com/", "linkedin.com/in/"] if lang != "ko" else
                      ["blog.naver.com/", "instagram.com/"])
    c.url = site + rng.choice([f"{f}.{last}", f"{f}-{last}", f"{f}_{last}{yy:02d}"]).replace(
        ".", "-" if "linkedin" in site else ".")
    s.c = c


def blind27(langs, **kw):
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
def v_name(s: Sheet, form: str | None = None) -> str:
    """The name in a form people write it: 'Prénom Nom', 'NOM Prénom', 'Prénom NOM', capitals, an initial; Korean
    full or spaced. A nickname is planted on its own."""
    c = s.c
    if s.lang == "ko":
        return s.plant("name", c.full if form != "spaced" and s.chance(0.8) else f"{c.last} {c.first}")
    form = form or s.pick(["plain", "LAST first", "first LAST", "CAPS", "initial", "plain"])
    if s.lang == "en" and form == "LAST first":
        form = "plain"
    text = {"plain": c.full, "LAST first": f"{c.last.upper()} {c.first}", "first LAST": f"{c.first} {c.last.upper()}",
            "CAPS": c.full.upper(), "initial": f"{c.first[0]}. {c.last}"}[form]
    return s.plant("name", text)


def v_first(s: Sheet) -> str:
    return s.plant("name", s.c.first if s.lang != "ko" else s.c.full)


def v_nick(s: Sheet) -> str:
    """'Gexan « Txiki » OLHAGARAY' (each part planted) or the name alone when there is no nickname."""
    c = s.c
    if not c.nick:
        return v_name(s)
    q = ("« ", " »") if s.chance(0.6) else ('"', '"')
    return f"{s.plant('name', c.first)} {q[0]}{s.plant('name', c.nick)}{q[1]} {s.plant('name', c.last.upper())}"


def civ(s: Sheet) -> str:
    """A civility: Madame / Monsieur / Mme / Mr / Mrs / Ms (sex)."""
    opts = {"fr": (["Madame", "Mme", "Mlle"], ["Monsieur"]), "en": (["Mrs", "Ms", "Miss"], ["Mr"]),
            "ko": (["여성"], ["남성"])}[s.lang]
    return s.plant("sex", s.pick(opts[0] if s.female else opts[1]))


def fem(s: Sheet, f: str, m: str) -> str:
    """A word or phrase in the author's gender; the feminine words planted as sex."""
    return s.g(f, m)


def v_sex(s: Sheet) -> str:
    """Sex said outright."""
    f = s.female
    if s.lang == "fr":
        return s.plant("sex", s.pick(["Sexe : F", "Femme", "Sexe féminin"] if f else ["Sexe : M", "Homme",
                                                                                       "Sexe masculin"]))
    if s.lang == "en":
        return s.pick([lambda: s.plant("sex", "Gender: Female" if f else "Gender: Male"),
                       lambda: "Pronouns: " + s.plant("sex", "she/her" if f else "he/him"),
                       lambda: s.plant("sex", "Female" if f else "Male")])()
    return s.plant("sex", s.pick(["성별: 여", "여성"] if f else ["성별: 남", "남성"]))


def military(s: Sheet) -> str:
    """The Korean 병역 line (sex)."""
    if s.female:
        return s.plant("sex", s.pick(["병역: 해당없음", "병역: 비대상"]))
    return s.plant("sex", s.pick(["병역: 군필 (육군 병장 만기전역)", "병역: 군필", "병역: 공군 만기제대"]))


def v_age(s: Sheet, form: str | None = None) -> str:
    a = s.c.age
    if s.lang == "fr":
        return s.plant("age", {"ans": f"{a} ans", "a": f"{a} a.", "field": f"Âge : {a}", "paren": f"({a} ans)"}[
            form or s.pick(["ans", "ans", "a", "field", "paren"])])
    if s.lang == "en":
        return s.plant("age", {"ans": f"{a} years old", "a": f"aged {a}", "field": f"Age: {a}", "paren": f"({a})",
                               "yo": f"{a} y/o"}[form or s.pick(["ans", "a", "field", "yo"])])
    return s.plant("age", {"ans": f"만 {a}세", "a": f"{a}세", "field": f"나이: {a}", "paren": f"(만 {a}세)",
                           "sal": f"{a}살"}[form or s.pick(["ans", "ans", "a", "field", "sal"])])


def fr_date(s: Sheet, d: date) -> str:
    day = "1er" if d.day == 1 else str(d.day)
    return s.pick([f"{d:%d/%m/%Y}", f"{d:%d.%m.%Y}", f"{d:%d-%m-%Y}", f"{d:%d/%m/%y}", f"{day} {FR_MONTHS[d.month - 1]} {d.year}",
                   f"{d.day}/{d.month}/{d.year}"])


def en_date(s: Sheet, d: date) -> str:
    suffix = "th" if 10 < d.day < 14 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
    return s.pick([f"{d:%d/%m/%Y}", f"{d.day} {EN_MONTHS[d.month - 1]} {d.year}",
                   f"{d.day}{suffix} {EN_MONTHS[d.month - 1]} {d.year}", f"{d:%d.%m.%y}"])


def ko_date(s: Sheet, d: date) -> str:
    return s.pick([f"{d.year}년 {d.month}월 {d.day}일", f"{d:%Y.%m.%d}", f"{d:%Y-%m-%d}", f"{d:%Y. %m. %d.}"])


def v_birthdate(s: Sheet) -> str:
    d = s.c.born
    return s.plant("birth", {"fr": fr_date, "en": en_date, "ko": ko_date}[s.lang](s, d))


def v_birthyear(s: Sheet, form: str | None = None) -> str:
    """A birth year alone: 'en 1968' (after Née / Né), '(1971)', 'born 1990', '85년생'."""
    y = s.c.born.year
    if s.lang == "fr":
        form = form or s.pick(["en", "paren", "field"])
        if form in ("en", "en_low"):
            return f"{fem(s, 'Née', 'Né') if form == 'en' else fem(s, 'née', 'né')} {s.plant('birth', f'en {y}')}"
        return s.plant("birth", f"({y})" if form == "paren" else f"Année de naissance : {y}")
    if s.lang == "en":
        return s.plant("birth", s.pick([f"born {y}", f"({y})", f"b. {y}"]))
    return s.plant("birth", s.pick([f"{y % 100:02d}년생", f"{y}년생"]))


def v_birthplace(s: Sheet) -> str:
    return s.plant("birth", s.c.birthplace)


def v_born(s: Sheet) -> str:
    """'Née le 03/04/1990 à Iholdy' / 'Born 3 April 1990 in Chagford' / '1990년 4월 3일 우도면 출생'."""
    if s.lang == "fr":
        return f"{fem(s, 'Née', 'Né')} le {v_birthdate(s)} à {v_birthplace(s)}"
    if s.lang == "en":
        return f"Born {v_birthdate(s)} in {v_birthplace(s)}"
    return f"{v_birthdate(s)} {v_birthplace(s)} 출생"


def v_res(s: Sheet, form: str) -> str:
    """The home in a form: 'line', 'block', 'town', 'habite' (a phrase in the author's voice or a CV's), 'secteur'
    (a zone: 'Secteur …', 'Area: …', '거주지: …'), 'sentence' (Korean '… 거주')."""
    h, pl = s.c.home, functools.partial(s.plant, "residence")
    if s.lang == "ko":
        short = h["region"].split(" ", 1)[1]
        return {"line": lambda: f"{pl(h['region'])} {pl(h['street'])}, {pl(h['unit'])}",
                "block": lambda: f"{pl(h['region'])} {pl(h['street'])}\n{pl(h['unit'])}",
                "town": lambda: pl(short), "habite": lambda: f"{pl(short)}에 살고 있습니다",
                "sentence": lambda: f"{pl(short)} 거주", "secteur": lambda: f"거주지: {pl(h['town'])}"}[form]()
    if s.lang == "fr":
        dep = h["pc"][:2] if not h["pc"].startswith("97") else h["pc"][:3]
        if form in ("line", "block"):
            sep = "\n" if form == "block" else ", "
            extra = f"{pl(h['extra'])}{sep}" if h["extra"] else ""
            return f"{extra}{pl(h['street'])}{sep}{pl(h['pc'])} {pl(h['town'])}"
        if form == "town":
            return s.pick([lambda: pl(h["town"]), lambda: pl(f"{h['town']} ({dep})"),
                           lambda: pl(f"{h['pc']} {h['town']}")])()
        if form == "habite":
            return s.pick([lambda: f"habite à {pl(h['town'])}", lambda: f"j'habite à {pl(h['town'])}",
                           lambda: f"réside sur {pl(h['town'])}",
                           lambda: f"{fem(s, 'domiciliée', 'domicilié')} à {pl(h['town'])}"])()
        if form == "secteur":
            return s.pick([lambda: f"Secteur {pl(h['town'])}", lambda: f"Secteur : {pl(h['town'])} et alentours",
                           lambda: "Secteur " + pl(f"{h['town']} ({dep})")])()
        raise ValueError(form)
    if form in ("line", "block"):
        sep = "\n" if form == "block" else ", "
        return f"{pl(h['street'])}{sep}{pl(h['town'])}{sep if form == 'block' else ' '}{pl(h['pc'])}"
    if form == "town":
        return f"{pl(h['town'])}, {h['county']}"
    if form == "habite":
        return s.pick([lambda: f"based in {pl(h['town'])}", lambda: f"living in {pl(h['town'])}",
                       lambda: f"I live in {pl(h['town'])}"])()
    if form == "secteur":
        return f"Area: {pl(h['town'])} ({pl(h['pc'].split()[0])})"
    raise ValueError(form)


def v_nat(s: Sheet, form: str | None = None) -> str:
    """Nationality or origin."""
    c = s.c
    if s.lang == "fr":
        f, m = c.nat
        value, other = (f, m) if s.female else (m, f)
        form = form or s.pick(["field", "de", "bare"])
        if form == "origin":
            o = s.pick(ORIGIN_FR[c.origin])
            if isinstance(o, str):
                return s.plant("nationality", o)
            return s.pick(["Origine ", "d'origine "]) + s.plant("nationality", o[0], (o[1],))  # 'origine' is feminine
        if form in ("bare", "origin"):
            return s.plant("nationality", value[:1].upper() + value[1:], (other[:1].upper() + other[1:],))
        marker = s.plant("nationality", f, (m,))  # 'nationalité' is feminine: 'de nationalité française' for all
        return f"Nationalité : {marker}" if form == "field" else f"de nationalité {marker}"
    if s.lang == "en":
        value = s.plant("nationality", c.nat)
        return s.pick([f"Nationality: {value}", value]) if form != "bare" else value
    return f"국적: {s.plant('nationality', c.nat)}"


REL_FR = {"catholic": [("catholique pratiquante", "catholique pratiquant"), "Chorale de la {paroisse}",
                       "{Catéchisme} le mercredi (bénévole)", "{Pèlerinage à Lourdes} chaque été",
                       "Chef d'unité aux {Scouts et Guides de France}"],
          "muslim": [("musulmane pratiquante", "musulman pratiquant"), "Bénévole à l'association de la {mosquée}",
                     "{Madrassa} : aide aux enfants le week-end", "{Ramadan} : horaires aménagés si possible",
                     "Encadrement aux {Scouts musulmans de France}"],
          "hindu": [("hindoue", "hindou"), "Fidèle du {temple tamoul}", "Marche sur le feu ({Teemeedee}) chaque année"],
          "evangelical": [("évangélique", "évangélique"), "Chorale de l'{église évangélique}",
                          "Membre de l'{Assemblée de Dieu}", "Encadrement aux {Éclaireurs unionistes}"],
          "none": [("sans religion", "sans religion")]}
REL_EN = {"methodist": ["Methodist", "Sunday school helper at the {Methodist chapel}"],
          "anglican": ["Church of England", "Bell-ringer at the {parish church}"],
          "kirk": ["Church of Scotland", "Member of the {Kirk} choir"],
          "catholic": ["practising Catholic", "Reader at {Mass} on Sundays"],
          "none": ["no religion"]}
REL_KO = {"protestant": ["기독교", "{교회 청년부} 봉사"], "buddhist": ["불교", "{사찰} 봉사활동"],
          "catholic": ["천주교", "{성당 성가대} 활동"], "wonbuddhism": ["원불교", "{원불교} 교당 봉사"],
          "none": ["무교"]}


def v_rel(s: Sheet, form: str | None = None) -> str:
    """The faith: said outright ('form' = 'said') or as an activity ('hobby')."""
    key = s.c.religion
    opts = {"fr": REL_FR, "en": REL_EN, "ko": REL_KO}[s.lang][key]
    form = form or s.pick(["said", "hobby"])
    if form == "hobby" and len(opts) > 1:
        tpl = s.pick(opts[1:])
        head, rest = tpl.split("{", 1)
        word, tail = rest.split("}", 1)
        return f"{head}{s.plant('religion', word)}{tail}"
    said = opts[0]
    if isinstance(said, tuple):
        value, other = (said[0], said[1]) if s.female else (said[1], said[0])
        return s.plant("religion", value, (other,))
    return s.plant("religion", said)


def v_family(s: Sheet, form: str | None = None) -> str:
    """Marital status and children; for the young, the siblings."""
    c = s.c
    form = form or s.pick(["status", "status", "parent"])
    if c.age < 21 or form == "siblings":
        n = c.siblings
        return s.gv("family", *{"fr": (f"Aînée d'une fratrie de {n}", f"Aîné d'une fratrie de {n}"),
                                "en": (f"eldest of {n} children", f"eldest of {n} children"),
                                "ko": (f"{n}남매 중 장녀", f"{n}남매 중 장남")}[s.lang])
    n = c.children
    if form == "grand" and n and c.age >= 50:
        k = n + s.rng.randint(1, 3)
        return s.gv("family", *{"fr": (f"Grand-mère de {k} petits-enfants", f"Grand-père de {k} petits-enfants"),
                                "en": (f"grandmother of {k}", f"grandfather of {k}"),
                                "ko": (f"손주 {k}명을 둔 할머니", f"손주 {k}명을 둔 할아버지")}[s.lang])
    if s.lang == "fr":
        if form == "parent" and n:
            kids = f"de {n} enfants" if n > 1 else "d'un enfant"
            if c.marital in ("single", "divorced") and s.chance(0.6):
                return s.gv("family", f"mère célibataire {kids}", f"père célibataire {kids}")
            return s.gv("family", f"Maman {kids}", f"Papa {kids}")
        f, m = {"married": ("Mariée", "Marié"), "pacs": ("Pacsée", "Pacsé"), "single": ("Célibataire", "Célibataire"),
                "divorced": ("Divorcée", "Divorcé"), "couple": ("En couple", "En couple"),
                "widowed": ("Veuve", "Veuf")}[c.marital]
        text = s.gv("family", f, m)
        if n:
            text += ", " + s.plant("family", f"{n} enfant{'s' if n > 1 else ''}")
        return text
    if s.lang == "en":
        if form == "parent" and n:
            if c.marital in ("single", "divorced"):
                return s.gv("family", f"single mum of {n}", f"single dad of {n}")
            return s.gv("family", f"mum of {n}", f"dad of {n}")
        text = s.plant("family", {"married": "Married", "pacs": "Civil partnership", "single": "Single",
                                  "divorced": "Divorced", "couple": "Living with partner", "widowed": "Widowed"}[c.marital])
        if n:
            text += ", " + s.plant("family", f"{n} child{'ren' if n > 1 else ''}")
        return text
    if form == "parent" and n:
        return s.gv("family", f"{n}남매의 엄마" if n > 1 else "외동아이 엄마", f"{n}남매의 아빠" if n > 1 else "외동아이 아빠")
    text = s.plant("family", {"married": "기혼", "pacs": "기혼", "single": "미혼", "divorced": "이혼", "couple": "미혼",
                              "widowed": "사별"}[c.marital])
    if n:
        text += ", " + s.plant("family", f"자녀 {n}명")
    return text


def v_health(s: Sheet) -> str:
    key = s.c.health
    if s.lang == "fr":
        return {"rqth": lambda: s.pick([lambda: s.plant("health", "RQTH"),
                                        lambda: s.gv("health", "Reconnue travailleuse handicapée",
                                                     "Reconnu travailleur handicapé", sex=False) + " (" +
                                        s.plant("health", "RQTH") + ")"])(),
                "hernie": lambda: s.plant("health", "pas de port de charges lourdes suite à une hernie discale"),
                "diabete": lambda: s.plant("health", "diabétique de type 1"),
                "malentendant": lambda: s.gv("health", "malentendante (appareillée)", "malentendant (appareillé)"),
                "asthme": lambda: s.plant("health", "asthmatique"),
                "epilepsie": lambda: s.plant("health", "épilepsie stabilisée"),
                "lombalgie": lambda: s.plant("health", "lombalgie chronique (pas plus de 15 kg)"),
                "dyslexie": lambda: s.plant("health", "dyslexique")}[key]()
    if s.lang == "en":
        return s.plant("health", {"disabled": "Registered disabled", "diabetes": "Type 1 diabetic",
                                  "back": "no heavy lifting after a back operation",
                                  "deaf": "partially deaf (hearing aids)", "dyslexia": "dyslexic",
                                  "epilepsy": "epilepsy (well controlled)", "asthma": "asthmatic"}[key])
    return s.plant("health", {"hearing": "청각장애 (심하지 않은 장애)", "disc": "허리디스크 (중량물 취급 어려움)",
                              "diabetes": "당뇨 (관리 중)", "disabled": "지체장애인 등록", "asthma": "천식"}[key])


def v_phone(s: Sheet) -> str:
    return s.plant("contact", s.c.phone)


def v_email(s: Sheet) -> str:
    return s.plant("contact", s.c.email)


def v_url(s: Sheet, label: bool = False) -> str:
    """The profile URL (with the site's name before it when label)."""
    site = next(k for k in ("facebook", "instagram", "linkedin", "blog") if k in s.c.url)
    name = {"facebook": "Facebook", "instagram": "Instagram", "linkedin": "LinkedIn",
            "blog": "블로그"}[site] if s.lang != "ko" or site == "blog" else "인스타그램"
    return (f"{name} : " if s.lang == "fr" else f"{name}: ") * label + s.plant("contact", s.c.url)


# --- the job facts -----------------------------------------------------------------------------------------------------
# per trade and language: titles (epicene or masculine; (masc, fem) pairs write the feminine for some women, planted as
# sex and then no fact), employers (some named after people), licences, diplomas, skills, a duration template
T = SimpleNamespace
TRADES = {
    "btp": {"fr": T(titles=["Maçon", "Coffreur bancheur", "Manœuvre", "Ferrailleur", "Carreleur", "Couvreur",
                            "Maçon VRD"],
                    employers=["SARL Dos Santos Frères", "Maison Etcheberry", "Entreprise Lacoste et Fils",
                               "Eiffage Construction", "Bâtiments Laborde", "Charpentes Duhau"],
                    lic=["CACES R482 cat. A", "AIPR opérateur", "SST", "Habilitation électrique B0", "Permis BE"],
                    dipl=["CAP Maçon", "Titre pro coffreur bancheur", "BEP Bâtiment"],
                    skills=["Lecture de plans", "Coffrage et banchage", "Pose de parpaings", "Enduits",
                            "Travail en hauteur"],
                    dur=["{n} ans de métier", "{n} ans en gros œuvre", "{n} ans d'expérience sur chantier"]),
            "en": T(titles=["Groundworker", "Labourer", "Bricklayer", "Plasterer", "Scaffolder", "Dryliner"],
                    employers=["Kier Construction", "J. Pascoe & Sons", "Midas Group", "Clegg Builders",
                               "Bob Vosper Ltd", "Persimmon Homes"],
                    lic=["CSCS Green Card", "CSCS Blue Card", "CPCS A09 Forward Tipping Dumper", "PASMA", "SSSTS"],
                    dipl=["NVQ Level 2 Bricklaying", "City & Guilds Plastering", "GCSEs (English, Maths)"],
                    skills=["Setting out", "Reading drawings", "Block paving", "Kerbing"],
                    dur=["{n} years' experience on site", "{n} years in the trade"]),
            "ko": T(titles=["형틀목공", "철근공", "조적공", "건설 일용직", "타일공", "신호수"],
                    employers=["한라종합건설", "동진토건", "박가네 인테리어", "대성건설", "태영건설 협력업체"],
                    lic=["건설기초안전교육 이수", "굴착기운전기능사", "거푸집기능사", "1종 보통 운전면허"],
                    dipl=["공업고등학교 졸업", "직업훈련 건축목공 수료"],
                    skills=["도면 해독", "거푸집 설치·해체", "고소작업"], dur=["건설 현장 경력 {n}년", "형틀목공 {n}년"])},
    "logistique": {
        "fr": T(titles=["Cariste", ("Préparateur de commandes", "Préparatrice de commandes"), "Agent de quai",
                        ("Magasinier", "Magasinière"), "Manutentionnaire", ("Réceptionnaire", "Réceptionnaire")],
                employers=["Transports Rouxel", "Plateforme Scadif", "Entrepôt Lidl", "Maïsadour", "Euralis",
                           "SARL Dufau et Fils"],
                lic=["CACES R489 cat. 1", "CACES R489 cat. 3", "CACES R489 cat. 5", "CACES R485 cat. 2", "SST"],
                dipl=["Titre pro préparateur de commandes", "CAP Opérateur logistique", "Bac pro Logistique"],
                skills=["Préparation vocale", "Scanner RF", "Filmage des palettes", "Chargement des semi-remorques",
                        "Inventaires tournants"],
                dur=["{n} ans de cariste", "{n} ans en entrepôt", "{n} ans de préparation de commandes"]),
        "en": T(titles=["Warehouse Operative", "Forklift Driver", "Picker Packer", "Reach Truck Driver",
                        "Goods In Operative"],
                employers=["Clipper Logistics", "Ginsters bakery depot", "Yeo Valley dairy", "Wincanton",
                           "J. Curtis & Sons", "Tesco distribution centre"],
                lic=["Counterbalance FLT licence (RTITB)", "Reach truck licence", "First Aid at Work",
                     "Full UK driving licence"],
                dipl=["NVQ Level 2 Warehousing", "GCSEs (5 passes)", "BTEC Business"],
                skills=["RF scanning", "Stock rotation", "Loading trailers", "Cycle counts"],
                dur=["{n} years' warehouse experience", "{n} years on forklifts"]),
        "ko": T(titles=["지게차 기사", "상하차", "피킹", "물류센터 입출고", "검수"],
                employers=["CJ대한통운", "한진택배 터미널", "롯데글로벌로지스", "김씨네 운수", "쿠팡 물류센터"],
                lic=["지게차운전기능사", "2종 보통 운전면허", "물류관리사"], dipl=["고등학교 졸업", "전문대 유통과 졸업"],
                skills=["PDA 스캔", "재고 관리", "팔레트 적재"], dur=["물류 경력 {n}년", "지게차 경력 {n}년"])},
    "restauration": {
        "fr": T(titles=[("Plongeur", "Plongeuse"), "Commis de cuisine", "Extra en salle", ("Serveur", "Serveuse"),
                        "Aide de cuisine", "Plonge et préparation"],
                employers=["Chez Fatima", "Boulangerie Martin", "Auberge Etchemendy", "Brasserie du Fronton",
                           "Traiteur créole Payet", "Hôtel Ibis Styles", "Le Comptoir de Jeanne"],
                lic=["HACCP", "Permis d'exploitation", "SST"],
                dipl=["CAP Cuisine", "CAP Commercialisation et services en HCR", "Bac pro Cuisine"],
                skills=["Plonge batterie", "Mise en place", "Service en salle", "Service banquets (200 couverts)",
                        "Ouverture et fermeture"],
                dur=["{n} ans de plonge", "{n} saisons en restauration", "{n} ans d'extras"]),
        "en": T(titles=["Kitchen Porter", "Bar Staff", "Waiting Staff", "Commis Chef", "Barista"],
                employers=["The Ship Inn", "Doris's Tearoom", "Wetherspoons", "The Royal Oak", "Annie's Pasty Shop",
                           "Premier Inn"],
                lic=["Food Hygiene Level 2", "Personal Licence (APLH)", "Allergen awareness"],
                dipl=["City & Guilds Food Preparation", "GCSEs (English, Maths)"],
                skills=["Pot wash", "Prep", "Till and card payments", "Cellar work"],
                dur=["{n} years' experience in hospitality", "{n} summer seasons"]),
        "ko": T(titles=["서빙", "주방 보조", "설거지", "카페 바리스타", "편의점 근무"],
                employers=["할매국밥", "철수네 분식", "스타벅스", "고깃집 소담정", "GS25"],
                lic=["보건증", "바리스타 2급", "한식조리기능사"], dipl=["고등학교 졸업", "조리고등학교 졸업"],
                skills=["홀 서빙", "포스 사용", "주방 정리"], dur=["서빙 경력 {n}년", "알바 경력 {n}년"])},
    "proprete": {
        "fr": T(titles=["Agent d'entretien", "Agent de propreté", "Agent de service", "Laveur de vitres",
                        "Agent de nettoyage industriel"],
                employers=["Onet Propreté", "Atalian", "Nettoyage Dufourcq et Fils", "SARL Net'Adour",
                           "Particuliers (CESU)", "Clinique Sainte-Thérèse"],
                lic=["CQP Agent machiniste classique", "Habilitation électrique H0B0", "Permis B"],
                dipl=["CAP Agent de propreté et d'hygiène", "Bac pro Hygiène, propreté, stérilisation"],
                skills=["Monobrosse", "Autolaveuse", "Bionettoyage", "Nettoyage de bureaux (1 500 m²)",
                        "Lavage de vitres"],
                dur=["{n} ans dans la propreté", "{n} ans de ménage en entreprise"]),
        "en": T(titles=["Cleaner", "Contract Cleaner", "Domestic Cleaner", "Cleaning Operative", "Housekeeping"],
                employers=["OCS", "Mitie", "Serco (Derriford Hospital)", "Trewin Holiday Lets", "Sparkle & Co"],
                lic=["BICSc Level 2", "COSHH training", "Full UK driving licence"],
                dipl=["GCSEs (4 passes)", "Level 2 Certificate in Cleaning"],
                skills=["Floor buffing", "Deep cleans", "Changeovers", "Window cleaning"],
                dur=["{n} years' cleaning experience"]),
},
    "soin": {
        "fr": T(titles=["Auxiliaire de vie", "Aide à domicile", "Agent de service hospitalier",
                        ("Aide-soignant", "Aide-soignante"), ("Accompagnant éducatif et social",
                                                              "Accompagnante éducative et sociale")],
                employers=["EHPAD Les Magnolias", "ADMR de la vallée", "SAAD Adour Services",
                           "Résidence Sainte-Marthe", "Foyer pour adultes handicapés Les Platanes", "EHPAD Larrazabal"],
                lic=["Permis B", "SST", "PSC1"],
                dipl=["DEAES", "DEAS", "Titre pro ADVF", "BEP Carrières sanitaires et sociales"],
                skills=["Aide à la toilette", "Transferts au lève-personne", "Aide au repas", "Transmissions écrites",
                        "résidents de 70 à 98 ans", "personnes âgées en perte d’autonomie (GIR 1 à 4)"],
                dur=["{n} ans en EHPAD", "{n} ans d'aide à domicile", "{n} ans auprès des personnes âgées"]),
        "en": T(titles=["Care Assistant", "Support Worker", "Senior Carer", "Healthcare Assistant", "Domiciliary Carer"],
                employers=["Blackberry Hill care home", "Helping Hands", "Home Instead", "St Luke's Hospice",
                           "Mount Tavy Nursing Home"],
                lic=["Care Certificate", "Enhanced DBS (update service)", "Moving and Handling",
                     "Full UK driving licence"],
                dipl=["NVQ Level 3 Health and Social Care", "Level 2 Diploma in Care"],
                skills=["Personal care", "Medication rounds", "Hoist transfers", "residents aged 65-102",
                        "End of life care"],
                dur=["{n} years in care", "{n} years' experience in care"]),
        "ko": T(titles=["요양보호사", "재가 요양보호사", "간병인", "주간보호센터 요양보호사"],
                employers=["늘푸른요양원", "행복재가센터", "사랑채 주간보호센터", "성가요양원"],
                lic=["요양보호사 자격증", "치매전문교육 이수", "2종 보통 운전면허"],
                dipl=["고등학교 졸업", "사회복지사 2급"],
                skills=["어르신 70~95세", "목욕 보조", "식사 보조", "치매 어르신 케어"],
                dur=["요양 경력 {n}년", "요양보호사 {n}년"])},
    "caisse": {
        "fr": T(titles=[("Hôte de caisse", "Hôtesse de caisse"), ("Employé commercial", "Employée commerciale"),
                        "Mise en rayon", "Caisse et accueil", "Préparation drive"],
                employers=["Intermarché", "Carrefour Market", "Super U", "Leclerc Drive", "Bazar Chez Ahmed",
                           "Épicerie Chez Mimi"],
                lic=["Permis B", "SST"], dipl=["Bac pro Commerce", "CAP Équipier polyvalent du commerce"],
                skills=["Encaissement", "Tenue de caisse", "Inventaire", "Facing", "Relation client"],
                dur=["{n} ans en grande distribution", "{n} ans de caisse"])},
    "securite": {
        "fr": T(titles=["Agent de sécurité", "Agent SSIAP 1", "Chef d'équipe SSIAP 2", "Agent cynophile", "Rondier"],
                employers=["Securitas", "Fiducial Sécurité", "Main Sécurité", "Sécurité Larralde",
                           "Palais des Congrès", "Centre commercial Quartier Libre"],
                lic=["SSIAP 1", "SSIAP 2", "Carte pro CNAPS", "SST", "H0B0", "TFP APS"],
                dipl=["CQP APS", "Bac pro Métiers de la sécurité", "BEP Métiers de la sécurité"],
                skills=["Rondes", "Contrôle d'accès", "PC sécurité", "Levée de doute", "Palpations"],
                dur=["{n} ans en sécurité privée", "{n} ans d'expérience SSIAP"]),
        "en": T(titles=["Security Officer", "Door Supervisor", "CCTV Operator", "Event Steward"],
                employers=["G4S", "Mitie Security", "Glastonbury Festival", "Sandy Park stadium", "Showsec"],
                lic=["SIA Door Supervisor licence", "SIA CCTV licence", "Emergency First Aid at Work",
                     "Level 2 Award in Spectator Safety"],
                dipl=["BTEC Public Services", "GCSEs (6 passes)"],
                skills=["Patrols", "Access control", "Conflict management", "Incident reports"],
                dur=["{n} years in security"])},
    "agri": {
        "fr": T(titles=["Vendanges", "Cueillette des kiwis", "Taille de la vigne", "Castration du maïs",
                        "Coupe de la canne", "Récolte des letchis"],
                employers=["Domaine Cauhapé", "SICA Kiwi Sud-Ouest", "GAEC Lacoste", "Maïsadour", "Exploitation Payet",
                           "Sucrerie de Bois-Rouge"],
                pairs=[("Vendanges", "Domaine Cauhapé", "bearn"), ("Vendanges", "Cave des producteurs de Jurançon", "bearn"),
                       ("Cueillette des kiwis", "SICA Kiwi Sud-Ouest", "bearn"), ("Taille de la vigne", "GAEC Lacoste",
                                                                                  "bearn"),
                       ("Castration du maïs", "Maïsadour", "bearn"), ("Coupe de la canne", "Exploitation Payet",
                                                                     "reunion"),
                       ("Coupe de la canne", "Sucrerie de Bois-Rouge", "reunion"),
                       ("Récolte des letchis", "Vergers Hoarau", "reunion")],
                lic=["Certiphyto", "Permis B", "Permis tracteur"], dipl=["CAPA Vigne et vin", "Bac pro CGEA",
                                                                         "BPA Travaux de la vigne"],
                skills=["Palissage", "Conduite de tracteur", "Tri des fruits", "Port de la hotte"],
                dur=["{n} saisons de vendanges", "{n} saisons agricoles"]),
        "ko": T(titles=["감귤 수확", "고랭지 배추 수확", "감자 선별", "옥수수 수확", "농장 일용직"],
                employers=["하장농협 선별장", "위미 감귤농장", "고씨네 감귤농원", "강원감자 영농조합", "대관령 채소농가"],
                pairs=[("감귤 수확", "위미 감귤농장", "jeju"), ("감귤 수확", "고씨네 감귤농원", "jeju"),
                       ("고랭지 배추 수확", "하장농협 선별장", "ko"), ("감자 선별", "강원감자 영농조합", "ko"),
                       ("옥수수 수확", "대관령 채소농가", "ko"), ("농장 일용직", "대관령 채소농가", "ko")],
                lic=["1종 보통 운전면허", "농기계 운전 교육 이수"], dipl=["고등학교 졸업", "농업고등학교 졸업"],
                skills=["수확", "선별·포장", "트랙터 운전"], dur=["감귤 수확 {n}시즌", "농작업 경력 {n}년"])},
    "accueil": {
        "fr": T(titles=["Accueil événementiel", "Agent d'accueil", ("Hôte d'accueil", "Hôtesse d'accueil"), "Steward",
                        "Vestiaire et billetterie"],
                employers=["Agence Hôtes & Co", "Palais Beaumont", "Parc des expositions de Pau", "Fêtes de Bayonne",
                           "Salon de l'Agriculture", "Stade du Hameau"],
                lic=["SST", "Permis B"], dipl=["BTS Tourisme", "Licence LEA", "Bac STMG"],
                skills=["Accueil bilingue", "Gestion des badges", "Orientation du public", "Vestiaire"],
                dur=["{n} ans d'événementiel", "{n} saisons d'accueil"])},
    "transport": {
        "fr": T(titles=["Chauffeur PL", "Chauffeur SPL", ("Chauffeur-livreur", "Chauffeuse-livreuse"), "Livreur VL",
                        "Conducteur de car scolaire"],
                employers=["Transports Rouxel", "Transports Dufau", "Chronopost", "Transports Sallenave",
                           "Geodis Calberson", "Cars Citram"],
                lic=["Permis C", "Permis CE", "FIMO marchandises", "FCO à jour", "Carte conducteur", "ADR base",
                     "Permis D"],
                dipl=["Titre pro conducteur du transport routier", "CAP Conducteur livreur", "BEP Conduite"],
                skills=["Chargement et déchargement", "Hayon", "Tachygraphe numérique", "Tournées de 120 points"],
                dur=["{n} ans de route", "{n} ans de conduite poids lourd"]),
        "en": T(titles=["HGV Class 1 Driver", "HGV Class 2 Driver", "Multi-drop Delivery Driver", "Van Driver"],
                employers=["Eddie Stobart", "DPD", "Kendall's Transport", "Howard Tenens", "Blue Line Couriers"],
                lic=["Cat C+E licence", "Driver CPC", "Digital tachograph card", "ADR"],
                dipl=["GCSEs (5 passes)", "NVQ Level 2 Driving Goods Vehicles"],
                skills=["Multi-drop routes", "Tail lift", "Load securing", "Vehicle checks"],
                dur=["{n} years on the road", "{n} years' HGV experience"]),
        "ko": T(titles=["화물차 기사", "택배 기사", "지입 기사", "통근버스 기사"],
                employers=["한진택배", "CJ대한통운", "박씨네 화물", "동해운수", "강원여객"],
                lic=["1종 대형 운전면허", "화물운송종사 자격증", "버스운전 자격증"], dipl=["고등학교 졸업"],
                skills=["장거리 운행", "상하차", "차량 점검"], dur=["운전 경력 {n}년", "화물 운송 {n}년"])},
    "industrie": {
        "fr": T(titles=["Agent de production", ("Opérateur de production", "Opératrice de production"),
                        ("Conducteur de ligne", "Conductrice de ligne"), "Régleur", "Agent de conditionnement"],
                employers=["Lindt & Sprüngli", "Safran Helicopter Engines", "Salaisons Pyrénéennes",
                           "Conserverie Dufau et Fils", "Toyal Europe", "Laiterie Etchegoyen"],
                lic=["CACES R489 cat. 1", "SST", "Habilitation électrique B0"],
                dipl=["Bac pro Pilote de ligne de production", "CAP Conducteur d'installations de production"],
                skills=["Travail en 3x8", "Contrôle qualité", "Conditionnement", "Lecture de fiches de production"],
                dur=["{n} ans en usine", "{n} ans en production"]),
        "ko": T(titles=["생산직", "포장", "검사", "라인 작업", "기계 오퍼레이터"],
                employers=["동강식품", "한결제약", "대관령 유업", "○○전자 협력사", "삼척 수산가공"],
                lic=["지게차운전기능사", "위험물기능사", "컴퓨터활용능력 2급"], dipl=["고등학교 졸업", "공업고등학교 졸업"],
                skills=["3교대 근무", "품질 검사", "설비 점검"], dur=["생산직 경력 {n}년", "공장 근무 {n}년"])},
    "animation": {
        "fr": T(titles=[("Animateur", "Animatrice"), "Animation périscolaire", ("Directeur adjoint", "Directrice adjointe"),
                        "Surveillant de baignade", "Animation en colonie"],
                employers=["Centre de loisirs de Mugron", "Colonie Les Goélands", "Mairie de Soustons",
                           "Les Francas des Landes", "UFCV", "Camping Les Pins"],
                lic=["BAFA", "BAFD (en cours)", "PSC1", "Surveillant de baignade (SB)"],
                dipl=["BPJEPS Loisirs tous publics", "Bac pro SAPAT", "CAP AEPE"],
                skills=["enfants de 6 à 12 ans", "Grands jeux", "Veillées", "Projets d'animation", "Multi-accueil 0-3 ans"],
                dur=["{n} étés en colonie", "{n} ans d'animation"])},
}
SCHOOLS = {"fr": ["Lycée professionnel Guynemer", "AFPA de Pau", "GRETA Sud Aquitaine", "Lycée agricole de Montardon",
                  "MFR de Mugron", "Lycée Saint-Joseph", "CFA du BTP de Blanquefort", "Lycée professionnel de Kawéni"],
           "en": ["Bicton College", "Exeter College", "South Devon College", "Yeovil College", "City College Plymouth"],
           "ko": ["강원도립대학교", "한국폴리텍대학 강릉캠퍼스", "직업전문학교", "제주한라대학교"]}
KO_HIGH = {"고등학교": ["강원생활과학고등학교", "한국관광고등학교", "사북고등학교", "정선정보공업고등학교"],
           "공업고등학교": ["한림공업고등학교", "정선정보공업고등학교"], "조리고등학교": ["한국조리과학고등학교"],
           "농업고등학교": ["강원생명과학고등학교"]}
LANGS = {"fr": ["Anglais (scolaire)", "Anglais B1", "Espagnol courant", "Basque (euskara)", "Créole réunionnais",
                "Shimaoré", "Portugais courant", "Occitan (notions)"],
         "en": ["Portuguese (fluent)", "French (GCSE)", "Spanish (basic)", "BSL Level 1", "Cornish (basic)"],
         "ko": ["영어 (기초)", "중국어 (회화 가능)", "러시아어 (모국어 수준)", "일본어 (JLPT N3)"]}
AVAIL = {"fr": ["Disponible de suite", "Disponible les week-ends", "Disponible nuits et week-ends",
                "Disponible pour les saisons", "Disponible immédiatement"],
         "en": ["Available immediately", "Available weekends", "Available for nights", "Available from May"],
         "ko": ["즉시 출근 가능", "주말 근무 가능", "야간 근무 가능", "3교대 가능"]}


def nat_words(s: Sheet) -> list[str]:
    """Every form of the candidate's nationality and origin (a fact must hold none of them)."""
    c = s.c
    if s.lang == "fr":
        out = list(c.nat) + [w for o in ORIGIN_FR[c.origin] if isinstance(o, tuple) for w in o]
        return out + [w.split("-")[-1] for w in out]
    return [c.nat.split(" ")[0].split("/")[0]] + c.nat.replace("(", " ").replace(")", " ").replace("/", " ").split()


def safe(s: Sheet, text: str) -> bool:
    return not any(pattern(w).search(text) for w in nat_words(s))


def trade(s: Sheet, key: str):
    return TRADES[key][s.lang]


def title(s: Sheet, t) -> str:
    """A job title: a fact, or, for a woman writing the feminine form, a sex marker."""
    if isinstance(t, tuple):
        masc, fm = t
        if s.female and masc != fm and s.chance(0.6):
            s.plant_fem(fm, masc)
            return fm
        return s.fact(masc)
    return s.fact(t)


def period(s: Sheet, y1: int, y2: int | None, style: str) -> str:
    """A job's period (a fact) in a style: 'years', 'months', 'de', 'ko'."""
    rng = s.rng
    m1 = rng.randint(1, 12 if y1 != REF.year else REF.month)
    m2 = rng.randint(m1 if y2 == y1 else 1, max(m1, 12 if y2 != REF.year else REF.month))
    if s.lang == "ko":
        text = f"{y1}.{m1:02d} ~ " + (f"{y2}.{m2:02d}" if y2 else "현재")
    elif s.lang == "en":
        text = {"years": f"{y1} – {y2 or 'present'}",
                "months": f"{EN_MONTHS[m1 - 1][:3]} {y1} – " + (f"{EN_MONTHS[m2 - 1][:3]} {y2}" if y2 else "present"),
                "de": f"{y1}-{y2 or 'now'}"}[style]
    else:
        text = {"years": f"{y1} – {y2 or 'aujourd’hui'}",
                "months": f"{m1:02d}/{y1} – " + (f"{m2:02d}/{y2}" if y2 else "aujourd'hui"),
                "de": f"De {y1} à {y2}" if y2 else f"Depuis {y1}"}[style]
        if y2 == y1:
            text = s.pick([f"Saison {y1}", f"Été {y1}", f"{FR_MONTHS[m1 - 1].capitalize()} {y1}"])
    return s.fact(text)


def job_place(s: Sheet, region: str | None = None) -> str:
    """A town of a past job: never the candidate's home (a fact)."""
    if s.lang == "fr":
        pool = FR_REGIONS[region or s.c.region]["jobs"]
    else:
        pool = {"en": EN_JOB_PLACES, "ko": KO_JOB_PLACES}[s.lang]
    return s.fact(s.pick(pool))


def career(s: Sheet, key: str, n: int = 3, start: int | None = None, style: str | None = None,
           ongoing: float = 0.5, end: int = REF.year) -> list[dict]:
    """n jobs of a trade, most recent first, from start (the candidate's first working year) to end (REF's year, the
    last job maybe ongoing): period, title, employer and place, each a fact."""
    c, rng, t = s.c, s.rng, trade(s, key)
    start = min(start if start is not None else c.start, end - 1)
    span = end - start
    n = max(1, min(n, span))
    cuts = sorted(rng.sample(range(start + 1, end), n - 1)) if n > 1 else []
    bounds = [start, *cuts, end]
    ongoing = ongoing if end == REF.year else 0.0
    style = style or s.pick(["years", "months", "de"])
    pairs = getattr(t, "pairs", None)
    if pairs:  # title, employer and where such work is done go together
        picks = [rng.choice(pairs) for _ in range(n)]
    else:
        titles = rng.sample(t.titles, min(n, len(t.titles)))
        employers = rng.sample(t.employers, min(n, len(t.employers)))
        picks = [(titles[i % len(titles)], employers[i % len(employers)], None) for i in range(n)]
    jobs = []
    for i, (ti, emp, where) in enumerate(picks):
        y1, y2 = bounds[i], bounds[i + 1]
        if i == n - 1 and rng.random() < ongoing:
            y2 = None
        elif i < n - 1:
            y2 = max(y1, y2 - (1 if rng.random() < 0.3 else 0))
        place = s.fact(s.pick(JEJU_JOB_PLACES)) if where == "jeju" else job_place(s, where if s.lang == "fr" else None)
        jobs.append({"period": period(s, y1, y2, style), "title": title(s, ti), "employer": s.fact(emp),
                     "place": place, "y1": y1})
    c.start = start
    return jobs[::-1]


def job_lines(s: Sheet, jobs: list[dict], style: str = "line") -> list[str]:
    out = []
    for j in jobs:
        if style == "line":
            out.append(f"{j['period']} : {j['title']} – {j['employer']} ({j['place']})")
        elif style == "block":
            out += [j["period"], f"{j['title']} – {j['employer']}", j["place"]]
        elif style == "pipe":
            out.append(f"{j['period']} | {j['title']} | {j['employer']} | {j['place']}")
        elif style == "dash":
            out.append(f"- {j['title']}, {j['employer']}, {j['place']} ({j['period']})")
        else:  # "bullet": the phone style
            out += [f"• {j['title']} @ {j['employer']}", f"  {j['place']} · {j['period']}"]
    return out


def duration(s: Sheet, key: str) -> str:
    """The years of experience in the trade, counted from the first job to REF (a fact)."""
    n = max(1, REF.year - s.c.start)
    text = s.pick(trade(s, key).dur).format(n=n)
    if n == 1:  # '1 an', '1 saison', "1 year's"
        text = re.sub(r"^1 (an|saison|été|year|summer season)s", r"1 \1", text).replace("1 years'", "1 year's")
        text = re.sub(r"^1 years", "1 year", text)
    return s.fact(text)


def diploma(s: Sheet, key: str) -> str:
    """A diploma with its year and school (facts)."""
    t = trade(s, key)
    year = s.fact(str(min(max(s.c.born.year + 18, s.c.start), REF.year - 1)))
    d = s.pick(t.dipl)
    if s.lang == "ko" and "고등학교" in d:  # a high school's name, then 졸업
        return f"{year}년 {s.fact(s.pick(KO_HIGH.get(d.split(' ')[0], KO_HIGH['고등학교'])))} 졸업"
    d, school = s.fact(d), s.fact(s.pick(SCHOOLS[s.lang]))
    return {"fr": f"{year} : {d} – {school}", "en": f"{year}: {d}, {school}", "ko": f"{year}년 {school} {d}"}[s.lang]


def licences(s: Sheet, key: str, n: int = 2) -> str:
    t = trade(s, key)
    return ", ".join(s.fact(x) for x in s.rng.sample(t.lic, min(n, len(t.lic))))


def skills(s: Sheet, key: str, n: int = 3) -> str:
    t = trade(s, key)
    return ", ".join(s.fact(x) for x in s.rng.sample(t.skills, min(n, len(t.skills))))


def langs(s: Sheet, n: int = 2) -> str:
    """n languages (facts), none of them the candidate's nationality's word, no language twice."""
    pool = [x for x in LANGS[s.lang] if safe(s, x)]
    s.rng.shuffle(pool)
    picked = list({x.split(" ")[0]: x for x in reversed(pool)}.values())[:n]
    return ", ".join(s.fact(x) for x in picked)


def avail(s: Sheet) -> str:
    return s.fact(s.pick(AVAIL[s.lang]))


def adjs(s: Sheet, n: int = 2) -> str:
    """Self-descriptions agreeing with the author's gender (the feminine words planted as sex)."""
    if s.lang != "fr":
        return ", ".join(s.rng.sample({"en": ["reliable", "hard-working", "punctual", "friendly", "flexible"],
                                       "ko": ["성실함", "책임감", "꼼꼼함", "체력"]}[s.lang], n))
    pairs = s.rng.sample([("sérieuse", "sérieux"), ("motivée", "motivé"), ("ponctuelle", "ponctuel"),
                          ("polyvalente", "polyvalent"), ("courageuse", "courageux"), ("minutieuse", "minutieux"),
                          ("dynamique", "dynamique")], n)
    return " et ".join(fem(s, f, m) for f, m in pairs)


def H(s: Sheet, key: str, case: str = "upper") -> str:
    text = {"fr": {"exp": "Expériences professionnelles", "edu": "Formation", "lic": "Permis et habilitations",
                   "skills": "Compétences", "langs": "Langues", "hobbies": "Centres d'intérêt", "profile": "Profil",
                   "more": "Informations complémentaires", "divers": "Divers", "contact": "Contact",
                   "about": "À propos de moi", "perso": "Informations personnelles"},
            "en": {"exp": "Work Experience", "edu": "Education", "lic": "Licences and Tickets", "skills": "Skills",
                   "langs": "Languages", "hobbies": "Interests", "profile": "Profile", "more": "Additional Information",
                   "divers": "Other", "contact": "Contact", "about": "About me", "perso": "Personal Details"},
            "ko": {"exp": "경력사항", "edu": "학력사항", "lic": "자격증", "skills": "보유 기술", "langs": "어학",
                   "hobbies": "취미 및 특기", "profile": "자기소개", "more": "기타사항", "divers": "기타",
                   "contact": "연락처", "about": "자기소개", "perso": "인적사항"}}[s.lang][key]
    return text.upper() if case == "upper" and s.lang != "ko" else text


def hobbies(s: Sheet) -> str:
    return s.pick({"fr": ["pelote basque", "randonnée", "football", "cuisine", "danse maloya", "pêche", "couture"],
                   "en": ["surfing", "gig rowing", "football", "fishing", "walking on Dartmoor", "darts"],
                   "ko": ["등산", "낚시", "요리", "축구", "드라마 보기"]}[s.lang])



def sexed(s: Sheet, kind: str = "civ") -> str:
    """A sex marker every author has: a civility ('civ'), 'Jeune fille' / 'Jeune homme' ('young'), the word alone
    ('word': Femme / Homme, female / male, 여성 / 남성), said outright ('said')."""
    if kind == "young":
        return s.plant("sex", {"fr": ("Jeune fille", "Jeune homme"), "en": ("young woman", "young man"),
                               "ko": ("여학생", "남학생")}[s.lang][0 if s.female else 1])
    if kind == "word":
        return s.plant("sex", {"fr": ("Femme", "Homme"), "en": ("female", "male"), "ko": ("여성", "남성")}[s.lang][
            0 if s.female else 1])
    return civ(s) if kind == "civ" and s.lang != "ko" else v_sex(s)


def rows(cells: list[str], per_line: int = 2, sep: str = " | ") -> list[str]:
    """A form's table flattened to text: cells ('label | value') joined per_line a row."""
    return [sep.join(cells[i:i + per_line]) for i in range(0, len(cells), per_line)]


def cap(s: Sheet, text: str) -> str:
    """The text with a capital first letter; a marker it starts with is planted capitalized (the CV writes it so)."""
    if not text[:1].islower():
        return text
    for i, m in enumerate(s.markers):
        if text.startswith(m.value):
            s.markers[i] = Planted(m.family, m.value[:1].upper() + m.value[1:],
                                   tuple(a[:1].upper() + a[1:] for a in m.also))
    return text[:1].upper() + text[1:]


# --- layouts -------------------------------------------------------------------------------------------------------
TEEN_JOBS = {  # (job, employer): facts
    "fr": [("Cueillette des kiwis", "SICA Kiwi Sud-Ouest"), ("Vendanges", "Domaine Cauhapé"),
           ("Castration du maïs", "Maïsadour"), ("Plonge", "Chez Fatima"), ("Vente au snack de la plage", "Camping Les Pins"),
           ("Vente de viennoiseries", "Boulangerie Martin")],
    "en": [("Pot wash (Saturdays)", "The Ship Inn"), ("Strawberry picking", "Riverside Fruit Farm"),
           ("Counter staff", "Annie's Pasty Shop"), ("Holiday park cleaning", "Parkdean holiday park"),
           ("Paper round", "Spar newsagents")],
    "ko": [("편의점 알바", "GS25"), ("카페 알바", "메가커피"), ("감귤 선별장 알바", "위미 감귤농장"),
           ("식당 서빙 알바", "할매국밥"), ("전단지 배포", "동네 학원")]}
TEEN_STUDIES = {"fr": ["Bac pro Commerce", "Bac pro Cuisine", "CAP Maçon", "Bac pro SAPAT", "Bac pro Logistique",
                       "Seconde générale"],
                "en": ["A levels (Biology, PE)", "BTEC Sport", "T Level Health", "Level 2 Catering"],
                "ko": ["조리과", "관광과", "전기과", "보통과"]}
TEEN_SCHOOLS = {"fr": ["Lycée professionnel Guynemer", "Lycée Saint-Joseph", "Lycée agricole de Montardon",
                       "MFR de Mugron", "Lycée professionnel de Kawéni"],
                "en": ["Bicton College", "Exeter College", "South Devon College", "Yeovil College"],
                "ko": ["강원생활과학고등학교", "한국관광고등학교", "한림공업고등학교"]}


@blind27(("fr", "en", "ko"), ages=(16, 18))
def premier_cv_ado(s: Sheet) -> str:
    """A sixteen- to eighteen-year-old's first CV: a 'CURRICULUM VITAE' heading, the name, an opening sentence with
    the sex and age ('Jeune fille de 16 ans, sérieuse et motivée…'), an e-mail address that may carry the birth year, a
    work-experience week, summer jobs and babysitting of children of other ages (facts), the faith among the interests
    (a scout movement, a mosque, a chapel, 교회 청년부), and the birth, nationality, siblings, health and the parents'
    address in an 'Informations' block read at the top or at the end (a Korean 인적사항 table)."""
    year = REF.year
    study, school = s.fact(s.pick(TEEN_STUDIES[s.lang])), s.fact(s.pick(TEEN_SCHOOLS[s.lang]))
    jobs = []
    for i, (job, employer) in enumerate(s.rng.sample(TEEN_JOBS[s.lang], s.rng.randint(1, 2))):
        y = year - 1 - i
        jobs.append((s.fact({"fr": f"Été {y}", "en": f"Summer {y}", "ko": f"{y}.07 ~ {y}.08"}[s.lang]),
                     s.fact(job), s.fact(employer), job_place(s)))
    stage = (s.fact(s.pick(TRADES["restauration"][s.lang].employers)), job_place(s))
    if s.lang == "fr":
        info = [H(s, "perso"), v_born(s), f"Nationalité : {v_nat(s, 'bare')}", v_family(s),
                f"Santé : {v_health(s)}", f"Habite chez mes parents : {v_res(s, 'line')}", v_url(s, True)]
        head = ["CURRICULUM VITAE", "", v_name(s, s.pick(["CAPS", "plain", "first LAST"])),
                f"{sexed(s, 'young')} de {v_age(s, 'ans')}, {adjs(s)}, je cherche un job d'été ou des week-ends.",
                f"{v_phone(s)} – {v_email(s)}"]
        body = ["", H(s, "edu"), f"En cours : {study} – {school}",
                f"{s.fact(str(year - 2))} : {s.fact('Brevet des collèges')}", "", "EXPÉRIENCES",
                f"{s.fact('Stage d’observation de 3e')} : {stage[0]} ({stage[1]})",
                *[f"{a} : {b} – {e} ({p})" for a, b, e, p in jobs], s.fact("Babysitting (enfants de 2 à 8 ans)"), "",
                "QUALITÉS", f"{cap(s, adjs(s, 1))}, {s.fact('PSC1')}", "", H(s, "langs"), langs(s, 1), "",
                H(s, "hobbies"), f"{cap(s, hobbies(s))}, {v_rel(s, 'hobby')}", "", avail(s)]
    elif s.lang == "en":
        info = [H(s, "perso"), f"Date of birth: {v_birthdate(s)} ({v_birthplace(s)})", v_nat(s),
                f"Family: {v_family(s)}", f"Health: {v_health(s)}", v_sex(s), v_url(s, True)]
        head = ["CV", v_name(s, "plain"), f"{v_res(s, 'line')} | {v_phone(s)} | {v_email(s)}", "",
                "PERSONAL STATEMENT", f"I am a {adjs(s)} {sexed(s, 'young')}, {v_age(s, 'ans')}, looking for weekend "
                f"and holiday work."]
        body = ["", H(s, "edu"), f"Currently: {study}, {school}",
                f"{s.fact(str(year - 1))}: {s.fact('GCSEs (8 passes)')}", "", H(s, "exp"),
                f"{s.fact('Work experience week')}: {stage[0]}, {stage[1]}",
                *[f"{a}: {b} – {e}, {p}" for a, b, e, p in jobs], s.fact("Babysitting (ages 3-9)"),
                s.fact("Duke of Edinburgh Bronze Award"), "", H(s, "hobbies"),
                f"{cap(s, hobbies(s))}; {v_rel(s, 'hobby')}", "", avail(s)]
    else:
        info = ["[인적사항]", *rows([f"성명 | {v_name(s)}", f"생년월일 | {v_birthdate(s)} ({v_age(s, 'ans')})",
                                   f"성별 | {sexed(s, 'word')}", f"연락처 | {v_phone(s)}", f"이메일 | {v_email(s)}",
                                   f"주소 | {v_res(s, 'line')}"])]
        head = ["이 력 서"]
        body = ["", "[학력사항]", f"{s.fact(f'{year - 1}.03')} ~ 현재 {school} {study} 재학", "", "[경력사항]",
                *[f"{a} {b} ({e}, {p})" for a, b, e, p in jobs], f"{s.fact('직업체험')}: {stage[0]} ({stage[1]})", "", "[자격증]", s.fact("컴퓨터활용능력 2급"), "",
                "[자기소개]", f"저는 {v_res(s, 'habite')}. {sexed(s, 'young')}이고 {v_family(s)}입니다. "
                f"활동: {v_rel(s, 'hobby')}. {v_nat(s)}. 건강: {v_health(s)}. {avail(s)}.", v_url(s, True)]
    top = s.chance(0.35)
    return "\n".join(head + ([""] + info if top else []) + body + ([] if top else [""] + info))


@blind27(("fr", "en", "ko"), ages=(22, 61), female=0.1)
def cv_chantier_btp(s: Sheet) -> str:
    """A builder's CV: the name in capitals (maybe after 'Monsieur') with the trade and the years of trade in the
    header, a 'Secteur …' / 'Habite à …' line, a contact line with slashes, the sites and employers (some named after
    people), the cards and tickets, and a 'DIVERS' / 'OTHER' block at the end with the family, origin, age, birth,
    faith and health joined by bullets; the Korean 건설 현장 이력서 has its 인적사항 table flattened to text, 병역
    row included, and the birthplace, faith and health in its 자기소개."""
    jobs = career(s, "btp", s.rng.randint(2, 3))
    if s.lang == "fr":
        head = [f"{civ(s)} {v_name(s, 'CAPS')}" if s.chance(0.4) else v_name(s, "CAPS"),
                f"{jobs[0]['title']} – {duration(s, 'btp')}", cap(s, v_res(s, s.pick(["secteur", "habite"]))),
                " / ".join([v_phone(s), v_email(s), s.fact("Permis B") + " + véhicule"])]
        divers = [v_family(s), v_nat(s, s.pick(["origin", "de"])), v_age(s, s.pick(["ans", "a"])), v_born(s),
                  v_rel(s), v_health(s)]
        if "sex" not in {m.family for m in s.markers}:
            divers.append(sexed(s, "word"))
        body = ["", H(s, "exp"), *job_lines(s, jobs, s.pick(["line", "block"])), "", H(s, "edu"), diploma(s, "btp"),
                "", "HABILITATIONS", licences(s, "btp", 3), "", H(s, "skills"), skills(s, "btp"), "", "DIVERS",
                " • ".join(divers), avail(s)]
        return "\n".join(head + body)
    if s.lang == "en":
        card = s.fact(s.pick(["CSCS Blue Card", "CSCS Green Card"]))
        head = [f"{v_name(s, 'CAPS')} – {jobs[0]['title']} – {card}",
                " • ".join([v_phone(s), v_email(s), v_res(s, "town")]), "", "PROFILE",
                f"{jobs[-1]['title']} with {duration(s, 'btp')}, {adjs(s)}, own transport."]
        other = [v_sex(s), v_age(s), v_family(s), v_nat(s, "bare"), f"DOB {v_birthdate(s)}", v_rel(s),
                 v_health(s)]
        body = ["", H(s, "exp"), *job_lines(s, jobs, "dash"), "", H(s, "lic"), licences(s, "btp", 3), "",
                H(s, "edu"), diploma(s, "btp"), "", "OTHER", " • ".join(other), f"Home: {v_res(s, 'line')}", avail(s)]
        return "\n".join(head + body)
    mil = ("해당없음",) if s.female else ("군필 (육군 병장 만기전역)", "군필", "공군 만기제대")
    cells = [f"성명 | {v_name(s)}", f"생년월일 | {v_birthdate(s)} ({v_age(s, 'ans')})", f"주소 | {v_res(s, 'line')}",
             f"연락처 | {v_phone(s)}", f"이메일 | {v_email(s)}", f"국적 | {s.plant('nationality', s.c.nat)}",
             f"결혼여부 | {v_family(s, 'status')}", s.plant("sex", f"병역 | {s.pick(mil)}")]
    lines = ["건설 현장 이력서", "", "인적사항", *rows(cells), "", "경력사항", "기간 | 현장/회사 | 직종 | 지역"]
    lines += [f"{j['period']} | {j['employer']} | {j['title']} | {j['place']}" for j in jobs]
    lines += ["", f"총 경력: {duration(s, 'btp')}", "", "자격증", licences(s, "btp", 2), "", "자기소개",
              f"{v_birthplace(s)} 출생, {v_res(s, 'sentence')}. 종교는 {v_rel(s, 'said')}이고, {v_health(s)} 외에는 "
              f"건강합니다. {avail(s)}."]
    return "\n".join(lines)


@blind27(("fr", "en", "ko"), ages=(20, 58), female=0.35)
def cv_cariste_colonne(s: Sheet) -> str:
    """A warehouse worker's two-column CV (Canva, Word) read back main column first: the name, the profile, the
    missions and the training, then the side column read after them - contact, the home as an address block, the
    birth date, age, sex, nationality, family, health, the licences (facts) and the interests with the faith."""
    jobs = career(s, "logistique", s.rng.randint(2, 3))
    if s.lang == "fr":
        main = [v_name(s, s.pick(["first LAST", "CAPS", "plain"])), jobs[0]["title"], "", H(s, "profile"),
                f"{cap(s, fem(s, 'expérimentée', 'expérimenté'))} ({duration(s, 'logistique')}), {adjs(s)}. {avail(s)}.",
                "", H(s, "exp"), *job_lines(s, jobs, "block"), "", H(s, "edu"), diploma(s, "logistique")]
        side = ["CONTACT", v_phone(s), v_email(s), v_res(s, "block"), "", "INFOS",
                f"Date de naissance : {v_birthdate(s)}", v_age(s, s.pick(["ans", "field"])), v_sex(s),
                f"Nationalité : {v_nat(s, 'bare')}", v_family(s), v_health(s), "", "PERMIS / CACES",
                licences(s, "logistique", 3), "", "LOISIRS", f"{cap(s, hobbies(s))} – {v_rel(s, 'hobby')}"]
    elif s.lang == "en":
        main = [v_name(s), jobs[0]["title"], "", H(s, "profile"),
                f"{cap(s, adjs(s))} operative with {duration(s, 'logistique')}. {avail(s)}.", "", H(s, "exp"),
                *job_lines(s, jobs, "block"), "", H(s, "edu"), diploma(s, "logistique")]
        side = ["CONTACT", v_phone(s), v_email(s), v_res(s, "block"), "", "DETAILS", f"DOB: {v_birthdate(s)}",
                v_age(s, s.pick(["field", "yo", "ans"])), v_sex(s), v_nat(s), f"Status: {v_family(s)}", f"Health: {v_health(s)}", "",
                "TICKETS", licences(s, "logistique", 3), "", "INTERESTS", f"{cap(s, hobbies(s))}, {v_rel(s, 'hobby')}"]
    else:
        main = [v_name(s), "희망직무: " + s.fact("지게차 기사"), "", "자기소개",
                f"{duration(s, 'logistique')}의 물류 경력자입니다. {adjs(s)}. {avail(s)}.", "", "경력사항",
                *job_lines(s, jobs, "pipe"), "", "학력", diploma(s, "logistique")]
        side = ["연락처", v_phone(s), v_email(s), "주소", v_res(s, "block"), "", "개인정보",
                f"생년월일: {v_birthdate(s)}", v_age(s, "field"), v_sex(s), v_nat(s), f"가족관계: {v_family(s, 'status')}",
                f"건강: {v_health(s)}", "", "자격증", licences(s, "logistique", 2), "", "취미",
                f"{hobbies(s)}, {v_rel(s, 'hobby')}"]
    return "\n".join(main + [""] + side)


@blind27(("fr", "en", "ko"), ages=(19, 56), female=0.55)
def cv_extra_restauration(s: Sheet) -> str:
    """A restaurant extra's CV typed on a phone: a header line 'Prénom NOM • 06… • mail', the home's town with a
    pin, bullet-point jobs, an 'À propos' paragraph in the middle of them ('Maman de 3 enfants, … j'ai 34 ans, …
    d'origine comorienne…', the faith and health there too), and the birth and sex on the last line."""
    jobs = career(s, "restauration", s.rng.randint(2, 3), style=s.pick(["years", "de"]))
    cut = s.rng.randint(1, max(1, len(jobs) - 1))  # the paragraph between two jobs
    if s.lang == "fr":
        head = [f"{v_nick(s) if s.chance(0.5) else v_name(s, 'first LAST')} • {v_phone(s)} • {v_email(s)}",
                f"📍 {v_res(s, 'town')}", "",
                f"EXTRA RESTAURATION – {duration(s, 'restauration')}", ""]
        about = ["À propos de moi :", f"{cap(s, v_family(s, 'parent'))}, {adjs(s)}, j'ai {v_age(s, 'ans')}, "
                 f"{v_res(s, 'habite') if s.chance(0.5) else 'je suis ' + v_nat(s, 'de')}. "
                 f"{cap(s, v_rel(s))}. {cap(s, v_health(s))}. {avail(s)}.", ""]
        if "nationality" not in {m.family for m in s.markers}:
            about.insert(2, f"{cap(s, v_nat(s, s.pick(['origin', 'field'])))}.")
        tail = ["", "Formation :", diploma(s, "restauration"), "Hygiène / permis : " + licences(s, "restauration", 2),
                "Langues : " + langs(s), "", f"{sexed(s, 'word')} – {v_born(s)}"]
    elif s.lang == "en":
        head = [f"{v_name(s)} · {v_phone(s)} · {v_email(s)}", f"📍 {v_res(s, 'town')}", "",
                f"Bar & kitchen staff – {duration(s, 'restauration')}", ""]
        about = ["About me:", f"{cap(s, v_family(s, 'parent'))}, {v_age(s, 'ans')}, {v_res(s, 'habite')}. "
                 f"{v_nat(s)}. {cap(s, v_rel(s))}. Health: {v_health(s)}. {avail(s)}.", ""]
        tail = ["", "Training: " + licences(s, "restauration", 2), "Languages: " + langs(s), "",
                f"DOB: {v_birthdate(s)} · {v_sex(s)}"]
    else:
        head = [f"이름: {v_name(s)}", f"연락처: {v_phone(s)} / {v_email(s)}", v_res(s, "secteur"), "",
                f"희망 업무: 홀 서빙, 주방 보조 ({duration(s, 'restauration')})", ""]
        about = ["자기소개:", f"{v_family(s, 'parent')}입니다. 나이는 {v_age(s, 'ans')}이고 {v_res(s, 'habite')}. "
                 f"{v_nat(s)}, 종교: {v_rel(s, 'said')}. 건강: {v_health(s)}. {avail(s)}.", ""]
        tail = ["", "자격: " + licences(s, "restauration", 2), f"생년월일: {v_birthdate(s)}", f"성별: {sexed(s, 'word')}"]
    lines = job_lines(s, jobs, "bullet")
    at = 2 * cut
    return "\n".join(head + lines[:at] + [""] + about + lines[at:] + tail)


@blind27(("fr", "en"), ages=(20, 62), female=0.65)
def cv_proprete_signature(s: Sheet) -> str:
    """A cleaner's CV that opens on the job sought and the missions (facts: sites, machines, surfaces) and ends on an
    'Informations complémentaires' block (birth, age, nationality, family, health, faith) and a signature: 'Fait à
    <home>, le …', the civility and name, the phone and e-mail, the address on the last line."""
    jobs = career(s, "proprete", s.rng.randint(2, 3))
    h = s.c.home
    if s.lang == "fr":
        lines = ["CURRICULUM VITAE", f"Poste recherché : {jobs[0]['title']} ({avail(s)})", "", H(s, "exp"),
                 *job_lines(s, jobs, "line"), f"Expérience : {duration(s, 'proprete')}", "", H(s, "skills"),
                 skills(s, "proprete", 2), "", H(s, "edu"), diploma(s, "proprete"), licences(s, "proprete", 2), "",
                 H(s, "more"), v_born(s), v_age(s, "field"), f"Nationalité : {v_nat(s, 'bare')}",
                 f"Situation familiale : {v_family(s)}", f"Santé : {v_health(s)}", cap(s, v_rel(s)), "",
                 f"Fait à {s.plant('residence', h['town'])}, le 20/04/2026", f"{civ(s)} {v_name(s, 'LAST first')}",
                 f"{v_phone(s)} – {v_email(s)}", v_res(s, "line")]
    else:
        lines = ["CURRICULUM VITAE", f"Seeking: {jobs[0]['title']} work ({avail(s)})", "", H(s, "exp"),
                 *job_lines(s, jobs, "dash"), f"Experience: {duration(s, 'proprete')}", "", H(s, "skills"),
                 skills(s, "proprete", 2), "", H(s, "edu"), diploma(s, "proprete"), licences(s, "proprete", 2), "",
                 H(s, "more"), v_born(s), v_age(s, "ans"), v_nat(s), f"Family: {v_family(s)}",
                 f"Health: {v_health(s)}", cap(s, v_rel(s)), "", "Yours faithfully,", f"{civ(s)} {v_name(s)}",
                 f"{v_phone(s)} | {v_email(s)}", v_res(s, "line")]
    return "\n".join(lines)


@blind27(("fr", "en", "ko"), ages=(24, 60), female=0.85)
def cv_aide_domicile_ehpad(s: Sheet) -> str:
    """A care worker's CV: 'Madame NOM Prénom' in the header, a 'PROFIL' paragraph under its heading holding the
    diploma and years in care (facts) among the feminine agreements, the age, family and home; the missions with the
    residents' ages (facts that look like markers: 'résidents de 70 à 98 ans', 'Foyer pour adultes handicapés'), and
    the birth, nationality, faith, health and contact at the end; the Korean 요양보호사 이력서 opens on '지원자: 이름 (나이,
    성별)'."""
    jobs = career(s, "soin", s.rng.randint(2, 3))
    t = trade(s, "soin")
    public = s.fact(s.pick([x for x in t.skills if any(ch.isdigit() for ch in x)]))
    if s.lang == "fr":
        dipl = s.fact(s.pick(t.dipl))
        head = [f"{civ(s)} {v_name(s, 'LAST first')}", "", H(s, "profile"),
                f"{jobs[0]['title']} {fem(s, 'diplômée', 'diplômé')} ({dipl}), {duration(s, 'soin')}. "
                f"{cap(s, v_family(s))}, {v_age(s, 'ans')}, {v_res(s, 'habite')}, "
                f"{fem(s, 'véhiculée', 'véhiculé')}.", ""]
        end = ["", H(s, "perso"), v_born(s), cap(s, v_nat(s, "de")), cap(s, v_rel(s)), v_health(s),
               f"{v_phone(s)} | {v_email(s)}"]
        body = [H(s, "exp"), *job_lines(s, jobs, "line"), f"Public : {public}", "", H(s, "skills"),
                skills(s, "soin", 2), "", H(s, "lic"), licences(s, "soin", 2), avail(s)]
    elif s.lang == "en":
        head = [f"{civ(s)} {v_name(s)}", "", H(s, "profile"),
                f"{cap(s, adjs(s))} {jobs[0]['title']} with {duration(s, 'soin')}, {v_age(s, 'a')}, "
                f"{v_family(s, 'parent')}, {v_res(s, 'habite')}.", ""]
        end = ["", H(s, "perso"), v_born(s), v_nat(s), cap(s, v_rel(s)), f"Health: {v_health(s)}", v_sex(s),
               f"{v_phone(s)} | {v_email(s)}"]
        body = [H(s, "exp"), *job_lines(s, jobs, "block"), f"Service users: {public}", "", "QUALIFICATIONS",
                diploma(s, "soin"), licences(s, "soin", 3), avail(s)]
    else:
        head = [f"지원자: {v_name(s)} ({v_age(s, 'ans')}, {sexed(s, 'word')})", f"주소: {v_res(s, 'line')}",
                f"연락처: {v_phone(s)} / {v_email(s)}", ""]
        end = ["", "자기소개", f"{v_birthplace(s)} 출생입니다. {v_family(s, 'parent')}로서 어르신을 가족처럼 모십니다. "
               f"종교: {v_rel(s, 'said')}. {v_nat(s)}. 건강: {v_health(s)}.", f"생년월일: {v_birthdate(s)}"]
        body = ["경력사항", *job_lines(s, jobs, "pipe"), f"대상: {public}", f"총 경력: {duration(s, 'soin')}", "",
                "자격증", licences(s, "soin", 2), avail(s)]
    return "\n".join(head + body + end)


@blind27(("fr",), ages=(18, 55), female=0.75)
def cv_caisse_photo(s: Sheet) -> str:
    """A cashier's two-column CV whose side column is read first: the photo's caption ('Prénom, 24 ans'), contact with
    its icons, the address block, the birth, nationality and family, the interests with the faith; then the main
    column: the name in capitals (after 'Monsieur' for men), the profile, the jobs, the training and a 'DIVERS' line
    with the health."""
    jobs = career(s, "caisse", s.rng.randint(2, 3))
    side = ["[photo]", f"{v_first(s)}, {v_age(s, 'ans')}", "", "CONTACT", f"☎ {v_phone(s)}", f"✉ {v_email(s)}",
            f"⌂ {v_res(s, 'block')}", "", "INFOS", f"{fem(s, 'Née', 'Né')} le {v_birthdate(s)}",
            f"Nationalité : {v_nat(s, 'bare')}", v_family(s), licences(s, "caisse", 1), "", "LOISIRS",
            f"{cap(s, hobbies(s))}, {v_rel(s, 'hobby')}"]
    name = v_name(s, "CAPS")
    main = [f"{civ(s)} {name}" if not s.female or s.chance(0.5) else name, jobs[0]["title"], "",
            H(s, "profile"), f"{cap(s, adjs(s))}, {duration(s, 'caisse')}. {avail(s)}.", "", H(s, "exp"),
            *job_lines(s, jobs, s.pick(["line", "block"])), "", H(s, "edu"), diploma(s, "caisse"), "", H(s, "skills"),
            skills(s, "caisse", 2), "", "DIVERS", f"{cap(s, v_health(s))} – {langs(s, 1)}"]
    return "\n".join(side + [""] + main)


@blind27(("fr", "en"), ages=(20, 60), female=0.2)
def cv_agent_securite_pied(s: Sheet) -> str:
    """A security guard's two-page CV with a running footer printed on each page (the name, the birth date, the phone
    and the page number), the civility and name in the header, the cards (SSIAP, CNAPS, SIA: facts) and an
    'Informations complémentaires' block on page 2 with the nationality, family, zone, age, health and faith."""
    jobs = career(s, "securite", s.rng.randint(2, 3))
    if s.lang == "fr":
        born = v_birthdate(s)
        foot = lambda i: f"{s.c.last.upper()} {s.c.first} – né(e) le {born} – {s.c.phone} – page {i}/2"  # noqa: E731
        s.plant("name", f"{s.c.last.upper()} {s.c.first}")
        v_phone(s)
        p1 = [f"{civ(s)} {v_name(s, 'first LAST')}", f"{jobs[0]['title']} – {licences(s, 'securite', 2)}",
              v_email(s), "", H(s, "profile"), f"{duration(s, 'securite')}, {adjs(s)}. {avail(s)}.", "", H(s, "exp"),
              *job_lines(s, jobs, "block")]
        p2 = [H(s, "edu"), diploma(s, "securite"), "", H(s, "skills"), skills(s, "securite"), "", H(s, "more"),
              v_nat(s, "field"), f"Situation : {v_family(s)}", cap(s, v_res(s, "secteur")), v_age(s, "field"),
              cap(s, v_health(s)), cap(s, v_rel(s))]
    else:
        born = v_birthdate(s)
        foot = lambda i: f"{s.c.full} | DOB {born} | {s.c.phone} | Page {i} of 2"  # noqa: E731
        s.plant("name", s.c.full)
        v_phone(s)
        p1 = [f"{civ(s)} {v_name(s, 'CAPS')}", f"{jobs[0]['title']} – {licences(s, 'securite', 2)}", v_email(s), "",
              H(s, "profile"), f"{cap(s, adjs(s))} officer with {duration(s, 'securite')}. {avail(s)}.", "", H(s, "exp"),
              *job_lines(s, jobs, "block")]
        p2 = [H(s, "edu"), diploma(s, "securite"), "", H(s, "skills"), skills(s, "securite"), "", H(s, "more"),
              v_nat(s), f"Family: {v_family(s)}", v_res(s, "secteur"), v_age(s, "field"), f"Health: {v_health(s)}",
              cap(s, v_rel(s))]
    return "\n".join(p1 + ["", foot(1), "\f"] + p2 + ["", foot(2)])


@blind27(("fr", "ko"), ages=(18, 62), female=0.4)
def cv_saisonnier_agricole(s: Sheet) -> str:
    """A seasonal farm worker's CV that says who the author is in its opening sentence ('Jeune homme de 19 ans,
    sérieux, habite à …' / 'Saisonnière depuis 1998, 58 ans…'), then the seasons (vendanges, kiwis, cane, letchis,
    감귤, 고랭지 배추: facts) with the number of seasons, the know-how and licences, and an 'Infos' block with
    nationality, family, health, faith, birth and contact; the Korean 계절근로 지원서 says it in one paragraph."""
    c = s.c
    jobs = career(s, "agri", s.rng.randint(2, 3), style="years", start=max(c.start, REF.year - s.rng.randint(3, 12)))
    if s.lang == "fr":
        name = v_name(s, s.pick(["plain", "LAST first", "CAPS"]))
        if c.age < 27:
            opening = (f"{sexed(s, 'young')} de {v_age(s, 'ans')}, {adjs(s)}, {v_res(s, 'habite')}, "
                       f"je cherche une saison de vendanges ou de cueillette.")
        else:
            name = f"{civ(s)} {name}"
            opening = (f"{fem(s, 'Saisonnière', 'Saisonnier')} {s.fact(f'depuis {c.start}')}, "
                       f"{v_age(s, s.pick(['ans', 'a']))}, {v_res(s, 'habite')}, {adjs(s, 1)}.")
        lines = [name, opening, "", "SAISONS", *job_lines(s, jobs, "line"),
                 f"Bilan : {duration(s, 'agri')}", "", "SAVOIR-FAIRE", skills(s, "agri", 2), "", "PERMIS",
                 licences(s, "agri", 2), "", "INFOS", v_nat(s, s.pick(["field", "origin"])),
                 f"Situation : {v_family(s)}", cap(s, v_health(s)), cap(s, v_rel(s)), v_born(s),
                 f"{v_phone(s)} / {v_email(s)}", "Hébergement : tente ou camping-car, pas besoin de logement",
                 avail(s)]
    else:
        para = (f"저는 {v_res(s, 'town')}에 사는 {v_age(s, 'ans')} {sexed(s, 'word')}입니다. {v_birthplace(s)}에서 "
                f"태어났고 {v_family(s, s.pick(['status', 'parent']))}입니다. {v_nat(s)}. 종교는 {v_rel(s, 'said')}이며 "
                f"건강 상태: {v_health(s)}. {duration(s, 'agri')}의 경험이 있습니다.")
        lines = ["계절근로 지원서", f"성명: {v_name(s)}", f"생년월일: {v_birthdate(s)}", f"연락처: {v_phone(s)}",
                 f"이메일: {v_email(s)}", "", "자기소개", para, "", "작업 경력", *job_lines(s, jobs, "pipe"), "",
                 "가능 작업: " + skills(s, "agri", 2), "면허: " + licences(s, "agri", 1), avail(s)]
    return "\n".join(lines)


@blind27(("fr",), ages=(19, 35), female=0.7)
def cv_accueil_evenementiel(s: Sheet) -> str:
    """A hostess's / host's CV: the name, the job title (feminine for most women), the online book's URL and the
    photo's caption with the birth year ('Maider, née en 2001'), an unscored height line, a contact line with pipes,
    the events worked (facts), the languages, and an 'Informations' block with sex, age, home, nationality, family,
    health and faith."""
    jobs = career(s, "accueil", s.rng.randint(2, 3), start=max(s.c.start, REF.year - 8))
    lines = [v_name(s, s.pick(["plain", "first LAST"])), f"{jobs[0]['title']} bilingue", f"Book : {v_url(s)}",
             f"[Photo – {v_first(s)}, {v_birthyear(s, 'en_low')}]", f"Taille 1,{s.rng.randint(62, 88)} m",
             f"{v_phone(s)} | {v_email(s)}", "", H(s, "profile"),
             f"{cap(s, adjs(s))}, {v_age(s, 'ans')}, à l'aise avec le public ({duration(s, 'accueil')}).", "",
             "ÉVÉNEMENTS", *job_lines(s, jobs, "dash"), "", H(s, "langs"), langs(s, 3), "", H(s, "edu"),
             diploma(s, "accueil"), licences(s, "accueil", 1), "", "INFORMATIONS", v_sex(s), cap(s, v_res(s, "habite")),
             v_nat(s, "field"), cap(s, v_family(s)), cap(s, v_health(s)), f"{cap(s, hobbies(s))}, {v_rel(s, 'hobby')}", avail(s)]
    return "\n".join(lines)


@blind27(("fr", "en", "ko"), ages=(24, 62), female=0.12)
def cv_chauffeur_livreur(s: Sheet) -> str:
    """A driver's CV: the name in capitals with the birth year in brackets ('GEXAN OLHAGARAY (1971)', 'born 1971',
    '85년생'), the licence categories and cards (facts) first, a contact line with pipes and the zone ('Secteur …'),
    the employers with the towns of the rounds (facts), and a 'DIVERS' / 'ABOUT ME' / 인적사항 line with age, family,
    nationality, faith, health and sex."""
    jobs = career(s, "transport", s.rng.randint(2, 3))
    pool = FR_REGIONS[s.c.region]["jobs"] if s.lang == "fr" else EN_JOB_PLACES if s.lang == "en" else KO_JOB_PLACES
    rounds = " – ".join(s.fact(x) for x in s.rng.sample(pool, 2))
    if s.lang == "fr":
        lines = [f"{v_name(s, 'CAPS')} {v_birthyear(s, 'paren')}", f"{jobs[0]['title']} – {duration(s, 'transport')}",
                 " | ".join([v_phone(s), v_email(s), v_res(s, "secteur")]), "", "PERMIS ET CARTES",
                 licences(s, "transport", 4), "", H(s, "exp"), *job_lines(s, jobs, "line"), f"Tournées : {rounds}",
                 "", H(s, "edu"), diploma(s, "transport"), "", "DIVERS",
                 ", ".join([v_age(s, "a"), v_family(s), v_nat(s, "de"), v_rel(s), v_health(s), sexed(s, "word")]),
                 avail(s)]
    elif s.lang == "en":
        year = v_birthyear(s)
        lines = [f"{v_name(s, 'CAPS')}{' ' if year.startswith('(') else ', '}{year}", " | ".join([jobs[0]["title"], v_phone(s), v_email(s),
                                                                      v_res(s, "secteur")]), "", "LICENCES",
                 licences(s, "transport", 3), "", "EMPLOYMENT", *job_lines(s, jobs, "dash"), f"Routes: {rounds}", "",
                 "ABOUT ME", f"{cap(s, v_age(s, 'ans'))}, {v_family(s)}, {v_nat(s, 'bare')}, {v_rel(s)}; "
                 f"{v_health(s)}. {v_sex(s)}. {duration(s, 'transport')}. {avail(s)}."]
    else:
        cells = [v_age(s, "a"), sexed(s, "word"), v_nat(s), v_family(s), f"종교: {v_rel(s, 'said')}",
                 f"건강: {v_health(s)}"]
        lines = [f"이력서 - {v_name(s)} ({v_birthyear(s)})", "희망 직종: " + jobs[0]["title"], f"연락처: {v_phone(s)}",
                 f"이메일: {v_email(s)}", f"주소: {v_res(s, 'line')}", "", "면허·자격", licences(s, "transport", 2), "",
                 "경력", *job_lines(s, jobs, "pipe"), f"운행 지역: {rounds}", f"총 {duration(s, 'transport')}", "",
                 "인적사항", " / ".join(cells), avail(s)]
    return "\n".join(lines)


@blind27(("fr", "ko"), ages=(19, 58), female=0.45)
def cv_agent_production(s: Sheet) -> str:
    """A production operator's CV made in Google Docs: the name, address and contact at the top, an 'Informations
    complémentaires' block between the jobs and the training (sex, age, nationality, family, health, faith) and a footer
    line 'CV de NOM Prénom – mis à jour le … – né(e) le …'; the Korean 입사지원서 has its 인적사항 in two columns
    read across and a 자기소개서 in four headed paragraphs."""
    jobs = career(s, "industrie", s.rng.randint(2, 3))
    if s.lang == "fr":
        born = v_birthdate(s)
        lines = [v_name(s, "first LAST"), v_res(s, "line"), f"{v_phone(s)} · {v_email(s)}", "", "OBJECTIF",
                 f"Poste en production – {s.fact('travail en équipe')}. {avail(s)}.", "", H(s, "exp"),
                 *job_lines(s, jobs, s.pick(["line", "block"])), "", H(s, "more"), f"Civilité : {sexed(s, 'civ')}",
                 v_age(s, "field"), v_nat(s, "field"), f"Situation familiale : {v_family(s)}", cap(s, v_health(s)),
                 f"Religion : {v_rel(s, 'said')}" if s.chance(0.4) else cap(s, v_rel(s, "hobby")), "", H(s, "edu"),
                 diploma(s, "industrie"), licences(s, "industrie", 2), "", H(s, "skills"), skills(s, "industrie", 2),
                 f"Expérience totale : {duration(s, 'industrie')}", "",
                 f"CV de {s.plant('name', s.c.last.upper() + ' ' + s.c.first)} – mis à jour le 20/04/2026 – "
                 f"né(e) le {born}"]
        return "\n".join(lines)
    mil = ("해당없음",) if s.female else ("군필", "육군 병장 만기전역")
    cells = [f"성  명  {v_name(s)}", f"생년월일  {v_birthdate(s)}", f"연 락 처  {v_phone(s)}", f"이 메 일  {v_email(s)}",
             f"주  소  {v_res(s, 'line')}", f"국  적  {s.plant('nationality', s.c.nat)}", f"성  별  {sexed(s, 'word')}",
             s.plant("sex", f"병  역  {s.pick(mil)}")]
    lines = ["입 사 지 원 서", "", *rows(cells, 2, "    "), "", "경력사항", *job_lines(s, jobs, "pipe"),
             f"총 {duration(s, 'industrie')}", "", "자격증", licences(s, "industrie", 2), "", "학력", diploma(s, "industrie"),
             "", "자기소개서", f"[성장과정] {v_birthplace(s)}에서 태어났고 {v_family(s, 'siblings')}입니다.",
             f"[성격] {adjs(s)}이 장점입니다. 올해 {v_age(s, 'sal')}입니다.",
             f"[생활] {v_res(s, 'habite')}. 현재 {v_family(s, 'status')}이며 주말에는 {v_rel(s, 'hobby')}에 참여합니다.",
             f"[건강] {v_health(s)} 외에는 {s.fact('3교대 근무')}에 문제가 없습니다. {avail(s)}."]
    return "\n".join(lines)


@blind27(("fr",), ages=(17, 26), female=0.6)
def cv_animateur_bafa(s: Sheet) -> str:
    """A youth leader's BAFA CV: an opening line with sex, age and studies, the holiday camps and after-school
    centres with the children's ages (facts that look like ages: 'enfants de 6 à 12 ans'), the diplomas (BAFA, PSC1:
    facts), a 'Centres d'intérêt' block with the faith (a scout movement, a chaplaincy), and an 'Infos' block with
    birth, nationality, siblings, health, home and contact."""
    c = s.c
    jobs = career(s, "animation", s.rng.randint(2, 3), start=max(c.born.year + 17, REF.year - 6), style="years")
    lines = [v_name(s, s.pick(["plain", "first LAST", "CAPS"])),
             f"{sexed(s, 'young')} de {v_age(s, 'ans')}, {fem(s, 'étudiante', 'étudiant')} en "
             f"{s.fact(s.pick(['STAPS', 'BTS SP3S', 'Licence de psychologie', 'Bac pro SAPAT']))}, titulaire du "
             f"{s.fact('BAFA')}, {adjs(s, 1)}.", "", "EXPÉRIENCES D'ANIMATION", *job_lines(s, jobs, "line"),
             f"Public : {s.fact('enfants de 6 à 12 ans')}", f"Bilan : {duration(s, 'animation')}", "", "DIPLÔMES",
             licences(s, "animation", 3), diploma(s, "animation"), "", H(s, "skills"), skills(s, "animation", 2), "",
             H(s, "hobbies"), f"{cap(s, v_rel(s, 'hobby'))}, {hobbies(s)}", "", "INFOS", v_born(s),
             v_nat(s, s.pick(["field", "de"])), v_family(s, "siblings"), cap(s, v_health(s)), v_res(s, "line"),
             f"{v_phone(s)} | {v_email(s)} | {v_url(s)}", avail(s)]
    return "\n".join(lines)


@blind27(("fr", "en", "ko"), ages=(55, 63), female=0.7)
def cv_reprise_senior(s: Sheet) -> str:
    """An older worker going back to work after a long break: the civility and name in the header with the birth year
    ('Née en 1964') and the home's town, a contact line with dashes, an 'À propos' paragraph (widowed or married, the
    children grown up or the grandchildren, the age, the wish to work again) beside a career break (a fact: 'pause de
    10 ans (éducation des enfants)'), the jobs of the 1980s to 2010s whose years look like birth years (facts), and the
    nationality, faith and health in a 'Divers' block; the Korean 경력단절 재취업 이력서 says it in a 자기소개."""
    c = s.c
    key = s.pick(["proprete", "soin", "caisse", "industrie", "restauration"] if s.lang == "fr" else
                 ["proprete", "soin", "restauration", "logistique"] if s.lang == "en" else
                 ["soin", "restauration", "industrie", "logistique"])
    stop = REF.year - s.rng.randint(8, 14)
    jobs = career(s, key, s.rng.randint(2, 3), start=c.born.year + s.rng.randint(17, 20), end=stop,
                  style=s.pick(["years", "de"]))
    pause = REF.year - stop
    fam = v_family(s, s.pick(["status", "grand"]))
    if s.lang == "fr":
        brk = s.fact(f"pause de {pause} ans (éducation des enfants)" if s.chance(0.5) else
                     f"pause de {pause} ans (aidant familial)")
        lines = [f"{civ(s)} {v_name(s, 'LAST first')}", f"{v_birthyear(s, 'en')} – {v_res(s, 'town')}",
                 f"Tél. {v_phone(s)} — {v_email(s)}", "", "À PROPOS",
                 f"{cap(s, fam)}, mes enfants sont grands ; après une {brk}, je souhaite reprendre une activité. "
                 f"J'ai {v_age(s, 'ans')}, je suis {adjs(s)}. {avail(s)}.", "", "PARCOURS",
                 *job_lines(s, jobs, "line"), f"Expérience : {s.fact(f'{stop - c.start} ans de métier')}", "",
                 H(s, "edu"), diploma(s, key), licences(s, key, 1), "", "DIVERS", v_nat(s, s.pick(["field", "origin"])),
                 cap(s, v_rel(s)), cap(s, v_health(s)), v_res(s, "line")]
    elif s.lang == "en":
        brk = s.fact(f"career break {stop} – {REF.year} (family)")
        lines = [f"{civ(s)} {v_name(s)}", f"{v_birthyear(s)} · {v_res(s, 'town')}", f"{v_phone(s)} — {v_email(s)}",
                 "", "ABOUT ME", f"{cap(s, fam)}, returning to work after a {brk}. I am {v_age(s, 'ans')}, "
                 f"{adjs(s)} and {v_res(s, 'habite')}. {avail(s)}.", "", "EMPLOYMENT HISTORY",
                 *job_lines(s, jobs, "block"), f"In total {s.fact(f'{stop - c.start} years of work')}", "",
                 H(s, "edu"), diploma(s, key), "", "OTHER", v_nat(s), cap(s, v_rel(s)), f"Health: {v_health(s)}",
                 f"Address: {v_res(s, 'line')}"]
    else:
        brk = s.fact(f"{stop}년 ~ {REF.year}년 자녀 양육")
        lines = [f"{v_name(s)} ({v_birthyear(s)}, {v_age(s, 'ans')})", f"주소: {v_res(s, 'line')}",
                 f"연락처: {v_phone(s)} / {v_email(s)}", "", "경력사항", *job_lines(s, jobs, "pipe"),
                 f"경력단절 기간: {brk}", "", "자기소개",
                 f"저는 {fam}입니다. 자녀들이 모두 자라 다시 일을 시작하려고 합니다. {v_res(s, 'habite')}. "
                 f"종교는 {v_rel(s, 'said')}이며 {v_health(s)}. {v_nat(s)}. {sexed(s, 'word')}, {adjs(s)}. "
                 f"{avail(s)}.", "", "자격증", licences(s, key, 2)]
    return "\n".join(lines)
