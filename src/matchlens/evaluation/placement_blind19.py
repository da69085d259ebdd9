"""A twentieth held-aside set of layouts of the placement benchmark (see evaluation.placement), split "blind19":
registered into the same LAYOUTS. Written without reading the masker (its rules, its data, its tests), the README's
list of what it misses or the history's messages, to measure it once more on CVs nobody tuned it on; do not read this
file while tuning a masker, and run it once.

The split is about CVs of care, childcare, cleaning, hospitality, security and community work, whose JOB FACTS use the
very words of the protected grounds. A gig-staffing company places people in care homes (EHPAD), home help, crèches,
school canteens, hospitals, cleaning, kitchens, security and associations, and their CVs say:
- ages as job facts: 'auxiliaire de vie auprès de personnes âgées', 'EHPAD de 80 résidents', 'crèche 0-3 ans',
  'public 16-25 ans (mission locale)', 'elderly care', 'children aged 3 to 5', '노인요양원', '어린이집 만 0~2세반';
- health and disability as job facts: 'accompagnement de personnes en situation de handicap', 'ESAT', 'IME',
  'service de diabétologie', 'centre de dialyse', 'unité Alzheimer', 'SEN teaching assistant', 'mental health support
  worker', '장애인 활동지원사', '요양보호사';
- religion as job facts: employers and places ('EHPAD Sainte-Bernadette', 'École Saint-Joseph', 'Secours catholique',
  'Fondation Rothschild', 'Jewish Care', 'Salvation Army', '성당 부설 어린이집'), halal / kosher cooking, guarding a
  synagogue;
- origins as job facts: 'cuisine marocaine, libanaise', 'épicerie portugaise', 'interprète arabe-français',
  'langues : wolof, peul (courant)', 'Polish deli', '중국어 통역';
- family and sex as job facts: 'garde d'enfants à domicile (3 enfants)', 'maison des femmes', 'sage-femme',
  'women's refuge', 'mother and baby unit', '산후조리원', '여성인력개발센터';
- durations, hours, sizes and the street addresses of past employers: '10 ans d'expérience en EHPAD', 'depuis 2009',
  'nuit 21h-7h', '12 lits', 'since 2015', '5년 근무'.
Beside them, the candidate's OWN markers, which must go: their age ('âgée de 52 ans'), birth, home address (beside
the employers' addresses, which stay), nationality or origin, faith ('catholique pratiquante' beside 'Secours
catholique'), marital status and children ('mère de 3 enfants' beside a nanny's '3 enfants'), health ('RQTH',
'travailleuse handicapée', 'asthmatique', 'registered disabled', '장애 3급'), sex (civil titles, feminine job titles and
participles) and contact details. Other people's names (a colleague, a director signing a reference, a parent employing
a nanny, an emergency contact) are planted as "name".

Its vocabulary is its own: none of its name words is in a Faker locale's name lists, in placement_data nor in an
earlier split's lists (Korean names are written whole); homes, places of birth and places of past jobs are in none of
the earlier pools either (a test checks both).

Layouts: cv_auxiliaire_de_vie, dossier_aide_a_domicile, candidature_creche_cantine, profil_interim_medical,
fiche_accueil_proprete, cv_agent_securite, kitchen_porter_cv, care_assistant_application, yoyang_ireokseo,
boyuk_ireokseo, cv_benevole_salarie, lettre_reference_ehpad, profil_extra_hotellerie.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass, field

from matchlens.evaluation.placement_parts import layout_after
from matchlens.evaluation.placement import LANGS, Sheet, ascii_fold, name_words, pattern

SPLIT = "blind19"

# --- names: none of their words is in a Faker locale, placement_data or an earlier split (tests check it) -----------
NAMES = {
    "fr": {"F": ["Toussainte", "Maëlwenn", "Fitiavana", "Mialisoa", "Anrifa", "Nassiamou", "Roodeline", "Ketly",
                 "Bertide", "Zuleika", "Vanusa", "Léocadie", "Euphrasie", "Ysoline", "Corentine", "Loeiza"],
           "M": ["Gwenvaël", "Pacôme", "Anselme", "Théodrique", "Clodomir", "Heriniaina", "Faniry", "Chamsidine",
                 "Anlimoudine", "Fednel", "Jovenel", "Kervens", "Onésime", "Théophane"],
           "L": ["Andrianasolo", "Razafimahefa", "Rasoanirina", "Randrianarivony", "Toihir", "Soundi", "Destinvil",
                 "Thélusma", "Guillerm", "Derrien", "Pérennou", "Coatanéa", "Trémoureux", "Pichavant", "Larzul",
                 "Laouénan", "Fabrègue", "Sarrazy", "Vialatte", "Cétout", "Lurel", "Bellance", "Nicéphore"]},
    "en": {"F": ["Ruvimbo", "Rutendo", "Nyarai", "Mazvita", "Efua", "Pabitra", "Kerys", "Rhiannedd", "Delyth"],
           "M": ["Tendai", "Farai", "Munashe", "Shingirai", "Chidochashe", "Emrys", "Cledwyn"],
           "L": ["Mukarakate", "Manyika", "Adjei", "Frimpong", "Nketiah", "Lumbang", "Ratuvou", "Vunibaka",
                 "Gathercole", "Shufflebottom", "Higginbottom", "Ackroyd", "Openshaw", "Tattersall", "Blenkinsop",
                 "Postlethwaite", "Pickersgill", "Winterbottom"]},
    "ko": {"F": ["봉단비", "맹여울", "명새봄", "기나래", "길보람", "반솔잎", "육다래", "인나비", "봉이슬", "맹초롱", "창윤슬"],
           "M": ["국해슬", "인하람", "견우솔", "사온결", "국미르", "길한울", "반새얀", "육가온", "견다올", "여진솔"],
           "L": []},
}

# --- places: in none of the earlier pools (tests check it) --------------------------------------------------------
FR_TOWNS = [("Aixe-sur-Vienne", "87700"), ("Bellac", "87300"), ("Ambazac", "87240"), ("Eymoutiers", "87120"),
            ("Felletin", "23500")]
FR_STREETS = ["impasse des Genêts", "rue des Bruyères", "allée des Châtaigniers", "chemin des Mûriers",
              "lotissement Les Coteaux"]
FR_JOB_PLACES = ["Saint-Junien", "Panazol", "Couzeix", "Feytiat", "Rochechouart", "Nexon", "Boussac", "Bourganeuf",
                 "Saint-Yrieix-la-Perche", "Le Dorat", "Magnac-Laval"]
FR_JOB_PC = {"Saint-Junien": "87200", "Panazol": "87350", "Couzeix": "87270", "Feytiat": "87220",
             "Rochechouart": "87600", "Nexon": "87800", "Boussac": "23600", "Bourganeuf": "23400",
             "Saint-Yrieix-la-Perche": "87500", "Le Dorat": "87210", "Magnac-Laval": "87190"}
FR_JOB_STREETS = ["place de l'Église", "rue du Presbytère", "impasse du Couvent", "rue de l'Hôpital", "rue des Écoles",
                  "avenue de la Libération", "rue de la Gare", "chemin de la Chapelle"]
EN_TOWNS = [("Desborough", "NN14"), ("Raunds", "NN9"), ("Oakham", "LE15"), ("Finedon", "NN9")]
EN_STREETS = ["Thornbury Close", "Wharf Road", "Lime Kiln Way", "Paddock Rise"]
EN_JOB_PLACES = ["Market Harborough", "Oundle", "Thrapston", "Burton Latimer", "Higham Ferrers", "Irthlingborough",
                 "Brixworth", "Earls Barton", "Kibworth", "Geddington"]
EN_JOB_PC = {"Market Harborough": "LE16", "Oundle": "PE8", "Thrapston": "NN14", "Burton Latimer": "NN15",
             "Higham Ferrers": "NN10", "Irthlingborough": "NN9", "Brixworth": "NN6", "Earls Barton": "NN6",
             "Kibworth": "LE8", "Geddington": "NN14"}
EN_JOB_STREETS = ["Church Lane", "Chapel Street", "Vicarage Road", "Abbey Way", "Hospital Lane", "School Lane",
                  "Station Road"]
KO_TOWNS = [("경기 의정부시 가능동", "가능동"), ("대전 동구 판암동", "판암동"), ("서울 중랑구 망우동", "망우동"),
            ("경기 양주시 덕계동", "덕계동")]
KO_JOB_PLACES = ["서울 노원구 상계동", "서울 도봉구 창동", "남양주 진접읍", "구리시 인창동", "동두천시 생연동", "포천시 소흘읍"]

# --- origins: (place of birth, nationality (fem, masc), languages written as a fact) -----------------------------
ORIGINS = {
    "fr": [("Bougouni (Mali)", ("malienne", "malien"), "langues : bambara, soninké (courant)"),
           ("Kolda (Sénégal)", ("sénégalaise", "sénégalais"), "langues : wolof, peul (courant)"),
           ("Fort-Liberté (Haïti)", ("haïtienne", "haïtien"), "créole haïtien (courant)"),
           ("Aquin (Haïti)", ("haïtienne", "haïtien"), "créole haïtien (courant)"),
           ("Ribeira Brava (Cap-Vert)", ("cap-verdienne", "cap-verdien"), "créole cap-verdien, portugais (courant)"),
           ("Vatomandry (Madagascar)", ("malgache", "malgache"), "malgache (courant)"),
           ("Maroantsetra (Madagascar)", ("malgache", "malgache"), "anglais (notions)"),
           ("Riom-ès-Montagnes", ("française", "français"), "anglais (scolaire)")],
    "en": [("Kadoma, Zimbabwe", ("Zimbabwean", "Zimbabwean"), "Shona and Ndebele (fluent)"),
           ("Chegutu, Zimbabwe", ("Zimbabwean", "Zimbabwean"), "Shona (fluent)"),
           ("Techiman, Ghana", ("Ghanaian", "Ghanaian"), "Twi, Ga (fluent)"),
           ("Koforidua, Ghana", ("Ghanaian", "Ghanaian"), "Twi (fluent)"),
           ("Bacolod, Philippines", ("Filipina", "Filipino"), "Tagalog, Ilonggo (fluent)"),
           ("Dumaguete, Philippines", ("Filipina", "Filipino"), "Tagalog, Cebuano (fluent)"),
           ("Hetauda, Nepal", ("Nepalese", "Nepalese"), "Nepali, Hindi (fluent)")],
    "ko": [("경북 청송군", ("대한민국", "대한민국"), "영어 (기초)"), ("강원 정선군", ("한국", "한국"), "일본어 (기초)"),
           ("화룡시", ("중국 (조선족)", "중국 (조선족)"), "중국어 (원어민 수준)"),
           ("왕청현", ("중국 국적 (조선족)", "중국 국적 (조선족)"), "중국어 통역 가능"),
           ("베트남 짜빈", ("베트남 (결혼이민)", "베트남 (결혼이민)"), "베트남어 (모국어)")],
}
BIRTH = {lang: [o[0] for o in origins] for lang, origins in ORIGINS.items()}

# --- the candidate's own markers -------------------------------------------------------------------------------------
RELIGION = {"fr": [("catholique pratiquante", "catholique pratiquant"), ("musulmane", "musulman"),
                   ("protestante", "protestant"), ("chrétienne évangélique", "chrétien évangélique"), ("juive", "juif"),
                   ("adventiste du septième jour", "adventiste du septième jour")],
            "en": [("Christian (Pentecostal)", "Christian (Pentecostal)"), ("Catholic", "Catholic"),
                   ("Muslim", "Muslim"), ("Seventh-day Adventist", "Seventh-day Adventist"), ("Hindu", "Hindu"),
                   ("Sikh", "Sikh")],
            "ko": [("천주교", "천주교"), ("기독교", "기독교"), ("불교", "불교"), ("원불교", "원불교")]}
RELIGION_SAID = {"fr": ["je fais le ramadan", "je vais à la messe tous les dimanches",
                        "je ne travaille pas le samedi (shabbat)", "je prie à la mosquée le vendredi"],
                 "en": ["I attend church every Sunday", "I am a practising Muslim", "I keep the Sabbath (no Saturday shifts)",
                        "I go to the gurdwara every Sunday"],
                 "ko": ["교회 집사로 섬기고 있습니다", "성당에 다니는 신자입니다", "절에 다니는 불자입니다"]}
VEIL = {"fr": "je porte le voile", "en": "I wear a headscarf", "ko": "히잡을 씁니다"}
RELIGION_RULES = {"fr": ["pas de missions le samedi (shabbat)", "pas de missions le samedi (adventiste)",
                         "pause prière le vendredi midi", "messe le dimanche matin, pas de poste du matin"],
                  "en": ["no Saturday shifts (Sabbath)", "Friday prayers 1-2pm", "no Sunday mornings (church)"],
                  "ko": ["주일 (일요일) 근무 불가 - 교회", "일요일 오전 미사 참석", "토요일 근무 불가 (안식일)"]}
HEALTH = {"fr": [("RQTH", "RQTH", "j'ai la {v}"), ("travailleuse handicapée", "travailleur handicapé", "je suis {v}"),
                 ("asthmatique", "asthmatique", "je suis {v}"),
                 ("diabétique de type 1", "diabétique de type 1", "je suis {v}"),
                 ("malentendante appareillée", "malentendant appareillé", "je suis {v}"),
                 ("lombalgie chronique", "lombalgie chronique", "j'ai une {v}"),
                 ("reconnue handicapée par la MDPH", "reconnu handicapé par la MDPH", "je suis {v}")],
          "en": [("registered disabled", "registered disabled"), ("asthmatic", "asthmatic"),
                 ("diabetic (type 1)", "diabetic (type 1)"), ("hard of hearing (hearing aids)", "hard of hearing (hearing aids)"),
                 ("epileptic (well controlled)", "epileptic (well controlled)"), ("dyslexic", "dyslexic")],
          "ko": [("장애 3급", "장애 3급"), ("지체장애 4급", "지체장애 4급"), ("당뇨 (약 복용 중)", "당뇨 (약 복용 중)"),
                 ("허리 디스크 수술 이력", "허리 디스크 수술 이력"), ("청각장애 (보청기 착용)", "청각장애 (보청기 착용)")]}
MARITAL = {"fr": {"married": ("mariée", "marié"), "single": ("célibataire", "célibataire"), "pacs": ("pacsée", "pacsé"),
                  "divorced": ("divorcée", "divorcé"), "widowed": ("veuve", "veuf"),
                  "couple": ("en concubinage", "en concubinage")},
           "en": {"married": ("Married", "Married"), "single": ("Single", "Single"),
                  "pacs": ("In a civil partnership", "In a civil partnership"), "divorced": ("Divorced", "Divorced"),
                  "widowed": ("Widowed", "Widowed"), "couple": ("Cohabiting", "Cohabiting")},
           "ko": {"married": ("기혼", "기혼"), "single": ("미혼", "미혼"), "pacs": ("기혼", "기혼"),
                  "divorced": ("이혼", "이혼"), "widowed": ("사별", "사별"), "couple": ("미혼", "미혼")}}
EN_COUNT = {1: "one", 2: "two", 3: "three", 4: "four"}
MAIL_HOSTS = {"fr": ["orange.fr", "sfr.fr", "laposte.net", "gmail.com", "wanadoo.fr"],
              "en": ["gmail.com", "outlook.com", "yahoo.co.uk", "btinternet.com"],
              "ko": ["naver.com", "daum.net", "hanmail.net"]}


# --- the sectors: titles (planted as sex when feminine), employers, settings and duties (facts) -------------------
@dataclass
class Sector:
    """Job facts of one line of work in one language: titles (fem, masc), employers ('{town}' filled with the job's
    place), settings and duties ('{n}' filled with a number), hours, diplomas and the words of a duration."""

    titles: list[tuple[str, str]]
    employers: list[str]
    settings: list[str]
    duties: list[str]
    hours: list[str]
    diplomas: list[str]
    domain: str
    numbers: tuple[int, int] = (12, 90)
    extra: list[str] = field(default_factory=list)


SECTORS: dict[str, dict[str, Sector]] = {
    "care_home": {
        "fr": Sector([("Aide-soignante", "Aide-soignant"), ("Auxiliaire de vie", "Auxiliaire de vie"),
                      ("Agente de service hospitalier (ASH)", "Agent de service hospitalier (ASH)"),
                      ("Veilleuse de nuit", "Veilleur de nuit"),
                      ("Accompagnante éducative et sociale (AES)", "Accompagnant éducatif et social (AES)")],
                     ["EHPAD Sainte-Bernadette", "Maison de retraite Sainte-Anne", "Fondation Rothschild",
                      "Ma Maison - Petites Sœurs des Pauvres", "Maison de retraite protestante de {town}",
                      "EHPAD public de {town}", "Résidence mutualiste Les Chênes", "Maison de retraite israélite"],
                     ["EHPAD de {n} résidents", "unité Alzheimer", "unité protégée de {n} lits",
                      "auxiliaire de vie auprès de personnes âgées", "accueil de jour pour personnes âgées en perte d'autonomie",
                      "résidents GIR 1 à 4", "USLD de {n} lits", "soins palliatifs", "PASA (pôle d'activités et de soins adaptés)"],
                     ["toilettes, aide aux repas, transferts au lève-personne", "aide à la prise de médicaments",
                      "prévention des escarres", "ateliers mémoire", "respect des régimes (diabétique, mixé, halal)",
                      "accompagnement des résidents à la messe du dimanche", "accompagnement de fin de vie"],
                     ["nuit 21h-7h", "12h jour/nuit en alternance", "un week-end sur deux", "matin 6h45-14h15"],
                     ["DEAS", "DEAES", "Titre pro ADVF", "PSC1", "formation Humanitude"], "EHPAD", (40, 110)),
        "en": Sector([("Care Assistant", "Care Assistant"), ("Senior Carer", "Senior Carer"),
                      ("Night Care Assistant", "Night Care Assistant"), ("Activities Coordinator", "Activities Coordinator")],
                     ["Jewish Care", "Methodist Homes (MHA)", "Salvation Army", "St Columba's Hospice",
                      "Nightingale House", "{town} Court Care Home", "Sue Ryder"],
                     ["elderly care", "residential home for older people ({n} beds)", "dementia unit",
                      "care of the elderly", "end of life care", "day centre for over-65s", "{n}-bed nursing unit"],
                     ["personal care, continence care and feeding", "medication administration (MAR charts)",
                      "hoist and sling transfers", "pressure area care", "kosher kitchen rules followed",
                      "reminiscence activities", "escorting residents to the Sunday service"],
                     ["night shifts 8pm-8am", "long days 7am-7:30pm", "waking nights", "alternate weekends"],
                     ["Care Certificate", "NVQ Level 3 Health and Social Care", "enhanced DBS check (update service)",
                      "Moving and Handling (hoist)"], "care homes", (20, 70)),
        "ko": Sector([("요양보호사", "요양보호사"), ("간병인", "간병인"), ("생활지도원", "생활지도원")],
                     ["가톨릭 재단 성요셉요양원", "원불교 재단 은혜요양원", "불교 재단 자비요양원", "{town} 시립노인요양원",
                      "새빛교회 사회복지법인 요양원"],
                     ["노인요양원 (어르신 {n}명)", "치매 전담실", "주야간보호센터", "노인요양원", "호스피스 병동",
                      "와상 어르신 케어", "요양원 {n}병상"],
                     ["기저귀 케어, 체위 변경", "경관식 (콧줄) 식사 보조", "목욕 및 위생 관리", "인지활동 프로그램 보조",
                      "욕창 예방"],
                     ["야간 21시~07시", "3교대", "주 5일 주간", "24시간 격일제"],
                     ["요양보호사 자격증", "간호조무사", "치매전문교육 수료"], "요양원", (15, 90)),
    },
    "home_help": {
        "fr": Sector([("Aide à domicile", "Aide à domicile"), ("Auxiliaire de vie sociale", "Auxiliaire de vie sociale"),
                      ("Intervenante à domicile", "Intervenant à domicile"),
                      ("Garde d'enfants à domicile", "Garde d'enfants à domicile")],
                     ["ADMR du Haut-Limousin", "Association Aînés et Domicile", "SAAD du CCAS de {town}",
                      "Secours catholique (aide aux familles)", "particulier employeur (CESU)", "Domi'Seniors {town}"],
                     ["aide aux seniors ({n} bénéficiaires par semaine)", "auxiliaire de vie auprès de personnes âgées",
                      "accompagnement de personnes en situation de handicap", "bénéficiaires APA et PCH",
                      "travailleurs d'ESAT (accompagnement au logement)", "secrétariat d'un cabinet de sages-femmes",
                      "garde d'enfants à domicile ({k} enfants)", "garde partagée entre 2 familles",
                      "sorties d'école et aide aux devoirs (6-10 ans)", "retour à domicile après hospitalisation",
                      "personne tétraplégique (transferts)"],
                     ["courses, repas, entretien du logement", "aide à la toilette", "portage de repas aux seniors",
                      "accompagnement aux rendez-vous médicaux", "repas sans sel et sans sucre"],
                     ["interventions de 7h30 à 20h", "astreintes le week-end", "40 km par jour (véhicule personnel)"],
                     ["Titre pro ADVF", "DEAES", "CAP AEPE", "PSC1"], "aide à domicile", (5, 14)),
        "en": Sector([("Home Carer", "Home Carer"), ("Domiciliary Care Worker", "Domiciliary Care Worker"),
                      ("Nanny", "Nanny"), ("Personal Assistant (direct payments)", "Personal Assistant (direct payments)")],
                     ["Helping Hands {town}", "Age UK {town}", "Catholic Children's Society", "private family",
                      "{town} Homecare"],
                     ["elderly care in clients' homes ({n} calls a day)", "nanny to {k} children",
                      "children aged 3 to 5", "learning disability supported living", "double-up calls with hoist",
                      "reablement after hospital discharge", "young adult with cerebral palsy"],
                     ["meal preparation and shopping", "medication prompts", "school runs and homework help",
                      "companionship visits"],
                     ["early calls from 7am", "weekend rota", "own car (business insurance)"],
                     ["Care Certificate", "Paediatric First Aid", "Level 3 Diploma in Early Years",
                      "enhanced DBS check (update service)"], "home care", (6, 14)),
        "ko": Sector([("재가요양보호사", "재가요양보호사"), ("아이돌보미", "아이돌보미"), ("장애인 활동지원사", "장애인 활동지원사"),
                      ("산후관리사", "산후관리사")],
                     ["{town} 재가노인복지센터", "여성인력개발센터", "아이돌봄 지원사업 ({town})", "장애인자립생활센터"],
                     ["방문요양 (어르신 {k}가정)", "장애인 활동지원사", "영아 {k}명 돌봄", "산후조리원", "등하원 도우미",
                      "독거 어르신 안부 확인"],
                     ["식사 준비, 청소, 말벗", "병원 동행", "목욕 보조", "투약 확인"],
                     ["주 5일 오전", "하루 3시간 방문", "주말 포함"],
                     ["요양보호사 자격증", "아이돌보미 양성교육 수료", "장애인 활동지원사 교육 수료"], "방문요양", (3, 12)),
    },
    "childcare": {
        "fr": Sector([("Auxiliaire de puériculture", "Auxiliaire de puériculture"),
                      ("Agente polyvalente de crèche", "Agent polyvalent de crèche"),
                      ("Animatrice périscolaire", "Animateur périscolaire"),
                      ("Assistante maternelle agréée", "Assistant maternel agréé"),
                      ("Éducatrice de jeunes enfants", "Éducateur de jeunes enfants")],
                     ["École Saint-Joseph", "Multi-accueil Les Lutins", "Micro-crèche Les Petits Pas",
                      "Groupe scolaire Notre-Dame (privé sous contrat)", "Crèche de l'OSE (Œuvre de secours aux enfants)",
                      "Service enfance de la mairie de {town}", "Maison des femmes de {town} (halte-garderie)"],
                     ["crèche 0-3 ans", "micro-crèche de 10 berceaux", "section des bébés (3-18 mois)",
                      "centre de loisirs 6-12 ans", "cantine scolaire, {n} couverts", "école maternelle (petite section)",
                      "accueil d'un enfant porteur de handicap (PAI)", "agrément PMI : 4 enfants de 0 à 6 ans",
                      "ATSEM en classe de moyens", "IME Les Passereaux (enfants autistes de 6 à 14 ans)",
                      "consultations PMI avec la sage-femme"],
                     ["menus sans porc, halal et végétarien", "change, biberons, siestes",
                      "éveil et motricité", "surveillance de la cour et du réfectoire", "transmissions aux parents"],
                     ["7h30-18h30 en roulement", "périscolaire 16h30-18h30", "mercredis et vacances scolaires"],
                     ["CAP AEPE", "DEAP", "BAFA", "PSC1", "HACCP"], "petite enfance", (80, 320)),
        "en": Sector([("Nursery Practitioner", "Nursery Practitioner"), ("Teaching Assistant", "Teaching Assistant"),
                      ("Lunchtime Supervisor", "Lunchtime Supervisor"), ("Playworker", "Playworker")],
                     ["St Aidan's CofE Primary School", "Al-Noor Islamic Nursery", "Sure Start Children's Centre",
                      "{town} Montessori", "Little Acorns Day Nursery"],
                     ["children aged 3 to 5", "baby room (0-2)", "SEN teaching assistant", "Early Years Foundation Stage",
                      "school kitchen, {n} meals a day", "after-school club (ages 5-11)", "youth club (ages 11-18)",
                      "mother and baby unit"],
                     ["nappy changing and sleep routines", "1:1 support for a child with autism",
                      "halal and vegetarian menus", "phonics groups"],
                     ["8am-6pm on a rota", "term time only", "breakfast club 7:30am"],
                     ["Level 3 Diploma in Early Years", "Paediatric First Aid", "Food Hygiene Level 2"],
                     "early years", (120, 400)),
        "ko": Sector([("보육교사", "보육교사"), ("보조교사", "보조교사"), ("조리원", "조리원"), ("돌봄교사", "돌봄교사")],
                     ["성바오로성당 부설 어린이집", "새빛교회 부설 지역아동센터", "{town} 구립어린이집", "가정어린이집",
                      "초등 돌봄교실"],
                     ["어린이집 만 0~2세반", "만 3~5세 누리과정", "영아반 (만 1세)", "장애아 통합반",
                      "급식 {n}인분", "다문화 가정 아동 지도", "지역아동센터 (초등 4~6학년)"],
                     ["기저귀 갈기, 낮잠 지도", "놀이 중심 활동", "학부모 상담 보조", "알레르기 식단 관리"],
                     ["07:30~16:30", "연장보육 16:00~19:30", "방학 중 종일"],
                     ["보육교사 2급", "보육교사 1급", "사회복지사 2급", "아동요리지도사"], "어린이집", (40, 160)),
    },
    "hospital": {
        "fr": Sector([("Aide-soignante", "Aide-soignant"), ("Infirmière diplômée d'État", "Infirmier diplômé d'État"),
                      ("Agente de service hospitalier", "Agent de service hospitalier"),
                      ("Brancardière", "Brancardier")],
                     ["Centre hospitalier de {town}", "Clinique Sainte-Odile", "Hôpital des Diaconesses",
                      "Centre de dialyse du Val de Vienne", "Clinique mutualiste de {town}", "Hôpital Rothschild"],
                     ["service de diabétologie", "centre de dialyse", "unité Alzheimer", "service de psychiatrie adulte",
                      "hôpital de jour pédopsychiatrique", "gériatrie aiguë", "maternité (binôme avec les sages-femmes)",
                      "soins palliatifs ({n} lits)", "SSR neurologique", "service d'oncologie", "néonatologie",
                      "unité de {n} lits"],
                     ["prise des paramètres vitaux", "pansements simples", "bionettoyage des chambres",
                      "transmissions sur DPI", "accueil des familles"],
                     ["nuit 21h-7h", "missions de 12h", "week-ends et jours fériés"],
                     ["DEAS", "Diplôme d'État d'infirmier", "AFGSU niveau 2", "PSC1"], "milieu hospitalier", (10, 32)),
        "en": Sector([("Healthcare Assistant", "Healthcare Assistant"), ("Bank Nurse (RGN)", "Bank Nurse (RGN)"),
                      ("Domestic Assistant", "Domestic Assistant"), ("Porter", "Porter")],
                     ["NHS Professionals", "{town} General Hospital", "St Columba's Hospice", "Jewish Care"],
                     ["renal dialysis unit", "stroke rehabilitation ward", "mental health support worker",
                      "care of the elderly ward", "maternity ward", "diabetes outpatient clinic", "{n}-bed ward",
                      "children's ward"],
                     ["observations (NEWS2)", "catheter care", "bed baths", "infection control audits"],
                     ["night shifts 8pm-8am", "bank shifts", "weekends and bank holidays"],
                     ["Care Certificate", "NVQ Level 3 Health and Social Care", "Basic Life Support"],
                     "NHS wards", (10, 32)),
        "ko": Sector([("간호조무사", "간호조무사"), ("간병인", "간병인"), ("병동 보조원", "병동 보조원")],
                     ["성모병원", "{town} 시립병원", "새빛교회 의료선교 병원", "요양병원"],
                     ["인공신장실 (투석)", "호스피스 병동", "재활병동 {n}병상", "정신건강의학과 병동", "내분비내과 (당뇨)",
                      "신생아실"],
                     ["활력징후 측정", "석션 보조", "환자 이송", "감염 관리"],
                     ["야간 21시~07시", "3교대", "주말 근무"],
                     ["간호조무사", "요양보호사 자격증", "심폐소생술 교육 수료"], "병원", (10, 40)),
    },
    "cleaning": {
        "fr": Sector([("Agente de propreté", "Agent de propreté"), ("Employée polyvalente", "Employé polyvalent"),
                      ("Laveuse de vitres", "Laveur de vitres"), ("Cheffe d'équipe propreté", "Chef d'équipe propreté")],
                     ["Net'Limousin Services", "Propreté Vienne Nettoyage", "Clair Net {town}", "Bio-Net Hospitalier"],
                     ["bionettoyage en centre de dialyse", "nettoyage d'EHPAD ({n} chambres)",
                      "entretien de l'École Saint-Joseph", "entretien de lieux de culte (église, temple protestant)",
                      "crèche 0-3 ans (entretien des locaux)", "IME (internat de {n} enfants)", "ESAT de {n} travailleurs handicapés",
                      "foyer de travailleurs migrants"],
                     ["monobrosse et aspirateur dorsal", "protocole RABC", "gestion des déchets DASRI", "vitrerie en hauteur"],
                     ["6h-9h et 17h-20h", "horaires en coupure", "samedi matin"],
                     ["CAP Agent de propreté et d'hygiène", "SST", "habilitation électrique H0B0"], "propreté", (30, 90)),
        "en": Sector([("Cleaner", "Cleaner"), ("Domestic Assistant", "Domestic Assistant"),
                      ("Cleaning Supervisor", "Cleaning Supervisor"), ("Housekeeper", "Housekeeper")],
                     ["Brightway Cleaning", "{town} Commercial Cleaning", "Salvation Army", "ClearShine Facilities"],
                     ["deep cleaning a renal dialysis unit", "care home for older people ({n} rooms)",
                      "church halls and a synagogue", "women's refuge", "special school for autistic children",
                      "mosque community centre"],
                     ["COSHH procedures", "floor scrubber", "clinical waste handling", "window cleaning"],
                     ["6am-9am and 5pm-8pm", "split shifts", "Saturday mornings"],
                     ["COSHH training", "Level 2 Certificate in Cleaning", "Food Hygiene Level 2"], "cleaning", (20, 70)),
        "ko": Sector([("미화원", "미화원"), ("청소원", "청소원"), ("미화반장", "미화반장")],
                     ["클린하우스 용역", "{town} 시설관리공단", "새빛교회 교육관", "성당 교육관"],
                     ["노인요양원 청소 ({n}개 호실)", "인공신장실 청소", "어린이집 청소", "산후조리원 청소",
                      "장애인복지관 청소"],
                     ["바닥 왁스 작업", "분리수거", "의료폐기물 처리", "유리창 청소"],
                     ["06:00~09:00", "오후 17:00~20:00", "토요일 오전"],
                     ["위생교육 수료", "보건증"], "건물 미화", (20, 80)),
    },
    "kitchen": {
        "fr": Sector([("Commis de cuisine", "Commis de cuisine"), ("Plongeuse", "Plongeur"), ("Cuisinière", "Cuisinier"),
                      ("Serveuse extra", "Serveur extra"),
                      ("Employée de restauration collective", "Employé de restauration collective")],
                     ["Restaurant Le Cèdre (cuisine libanaise)", "Traiteur Dar Zitoun (cuisine marocaine)",
                      "Épicerie portugaise Casa Minho", "Traiteur casher Beth Shalom", "Cuisine centrale de {town}",
                      "Traiteur antillais Ti Kréol", "Cantine de l'École Saint-Joseph"],
                     ["cuisine marocaine, libanaise", "cuisine halal / casher", "repas mixés pour personnes âgées",
                      "texture modifiée (dysphagie)", "banquets de mariage ({n} couverts)", "bar-mitsvah et mariages",
                      "épicerie portugaise", "traiteur africain (mafé, yassa)", "cuisine créole"],
                     ["plonge batterie", "mise en place", "HACCP, traçabilité", "service à l'assiette"],
                     ["coupures 10h-15h / 18h-23h", "extras le week-end", "service du soir"],
                     ["CAP Cuisine", "HACCP", "permis d'exploitation"], "restauration", (60, 250)),
        "en": Sector([("Kitchen Porter", "Kitchen Porter"), ("Commis Chef", "Commis Chef"),
                      ("Waitress", "Waiter"), ("Catering Assistant", "Catering Assistant")],
                     ["Polish deli", "Caribbean takeaway", "Jewish Care (kosher kitchen)", "Mehfil Halal Grill",
                      "{town} Hospital kitchens", "Salvation Army community café"],
                     ["Polish deli", "halal and kosher meal preparation", "texture-modified diets for elderly residents",
                      "wedding banquets ({n} covers)", "Turkish grill", "Caribbean takeaway", "Chinese community centre kitchen"],
                     ["pot wash and deep clean", "allergen labelling", "prep and mise en place", "temperature logs"],
                     ["split shifts 10am-3pm / 5pm-11pm", "weekend events", "evenings"],
                     ["Food Hygiene Level 2", "Allergen Awareness", "Health and Safety Level 1"], "kitchens", (60, 250)),
        "ko": Sector([("조리원", "조리원"), ("주방보조", "주방보조"), ("조리사", "조리사")],
                     ["{town} 노인복지관 경로식당", "할랄 식당", "중식당", "성당 급식소", "웨딩홀 뷔페"],
                     ["할랄 식단 조리", "노인복지관 경로식당", "연하식 (다진 식사)", "돌잔치 뷔페", "웨딩홀 뷔페 ({n}인)"],
                     ["설거지", "재료 손질", "배식", "위생 점검"],
                     ["10:00~15:00", "주말 행사", "저녁 근무"],
                     ["한식조리기능사", "중식조리기능사", "위생교육 수료"], "단체급식", (80, 300)),
    },
    "security": {
        "fr": Sector([("Agente de sécurité", "Agent de sécurité"), ("Agente cynophile", "Agent cynophile"),
                      ("Cheffe de poste", "Chef de poste")],
                     ["Vigie Limousin Sécurité", "Sûreté Centre Gardiennage", "Garde {town} Protection"],
                     ["surveillance d'une synagogue (plan Vigipirate)", "filtrage à l'entrée d'une mosquée (fêtes de l'Aïd)",
                      "sécurité de la Maison des femmes", "rondes de nuit en EHPAD ({n} résidents)",
                      "accueil en CADA (demandeurs d'asile)", "hôpital psychiatrique (gestion de crise)",
                      "centre de dialyse (accueil)", "école Saint-Joseph (sorties)"],
                     ["rondes et main courante", "palpations de sécurité", "SSI, levée de doute", "gestion des conflits"],
                     ["nuit 19h-7h", "vacations de 12h", "week-ends"],
                     ["CQP APS", "carte pro CNAPS", "SSIAP 1", "SST", "H0B0"], "sécurité privée", (30, 110)),
        "en": Sector([("Security Officer", "Security Officer"), ("Door Supervisor", "Door Supervisor"),
                      ("Night Patrol Officer", "Night Patrol Officer")],
                     ["Shield Guarding", "{town} Security Services", "Sentinel Patrols"],
                     ["Jewish community centre (CST-trained)", "women's refuge", "mental health hospital",
                      "care home night patrols ({n} residents)", "mosque car park at Eid", "asylum seekers' hostel"],
                     ["CCTV monitoring", "incident reports", "conflict management", "fire alarm response"],
                     ["nights 7pm-7am", "12-hour shifts", "weekends"],
                     ["SIA door supervisor licence", "SIA CCTV licence", "Emergency First Aid at Work"], "security",
                     (30, 110)),
    },
    "community": {
        "fr": Sector([("Bénévole puis salariée", "Bénévole puis salarié"),
                      ("Coordinatrice de l'épicerie solidaire", "Coordinateur de l'épicerie solidaire"),
                      ("Médiatrice sociale", "Médiateur social"), ("Animatrice d'ateliers", "Animateur d'ateliers")],
                     ["Secours catholique", "CCFD-Terre Solidaire", "Maison des femmes de {town}", "Restos du cœur",
                      "Entraide protestante", "Armée du Salut", "Fondation Casip-Cojasor", "Cimade",
                      "Association Solidarité Comores-Limousin"],
                     ["public 16-25 ans (mission locale)", "accueil de femmes victimes de violences",
                      "cours de FLE pour primo-arrivants", "interprète arabe-français", "épicerie solidaire ({n} familles)",
                      "maraudes auprès des sans-abri", "aide aux devoirs (6-11 ans)", "foyer de travailleurs migrants",
                      "visites à des personnes âgées (lutte contre l'isolement)", "accompagnement de personnes en situation de handicap"],
                     ["accueil et orientation", "collectes alimentaires", "animation d'ateliers cuisine du monde",
                      "tenue des permanences"],
                     ["permanences le mardi et le jeudi", "maraudes le soir", "samedis de collecte"],
                     ["BAFA", "PSC1", "formation à l'écoute (violences conjugales)"], "milieu associatif", (40, 220)),
        "en": Sector([("Volunteer, then Support Worker", "Volunteer, then Support Worker"),
                      ("Food Bank Coordinator", "Food Bank Coordinator"), ("Community Link Worker", "Community Link Worker")],
                     ["Salvation Army", "Jewish Care", "Quaker Social Action", "women's refuge", "Refugee Welcome {town}",
                      "Trussell food bank", "St Columba's Hospice"],
                     ["women's refuge", "mother and baby unit", "refugee drop-in", "interpreting (Urdu-English)",
                      "food bank ({n} families a week)", "youth club (ages 11-18)", "befriending older people",
                      "mental health support worker"],
                     ["triage and signposting", "English conversation classes", "outreach with rough sleepers"],
                     ["Tuesday and Thursday drop-ins", "evening outreach", "Saturday collections"],
                     ["Level 2 Award in Mental Health Awareness", "Safeguarding Adults Level 2", "first aid"],
                     "the voluntary sector", (30, 200)),
        "ko": Sector([("자원봉사자 후 사회복지사", "자원봉사자 후 사회복지사"), ("통역 지원 인력", "통역 지원 인력"),
                      ("생활지원사", "생활지원사")],
                     ["다문화가족지원센터", "여성인력개발센터", "한부모가족 복지시설 (모자원)", "성당 빈첸시오회",
                      "{town} 종합사회복지관", "이주노동자 쉼터"],
                     ["중국어 통역", "베트남어 통역 (다문화가족지원센터)", "독거 어르신 반찬 배달 ({n}가구)",
                      "청소년 쉼터 (13~18세)", "장애인복지관 보조", "정신건강복지센터 보조", "산후조리원 연계 지원"],
                     ["상담 접수", "행사 진행", "서류 번역"],
                     ["화·목 오후", "주말 행사", "야간 상담"],
                     ["사회복지사 2급", "다문화 통번역 교육 수료", "심폐소생술 교육 수료"], "사회복지", (20, 120)),
    },
}
LAYOUT_SECTORS = {  # which sectors each layout's careers come from
    "cv_auxiliaire_de_vie": ("care_home", "home_help"), "dossier_aide_a_domicile": ("home_help", "care_home"),
    "candidature_creche_cantine": ("childcare", "kitchen"), "profil_interim_medical": ("hospital", "care_home"),
    "fiche_accueil_proprete": ("cleaning", "hospital"), "cv_agent_securite": ("security", "cleaning"),
    "kitchen_porter_cv": ("kitchen", "cleaning"), "care_assistant_application": ("care_home", "home_help"),
    "yoyang_ireokseo": ("care_home", "home_help", "hospital"), "boyuk_ireokseo": ("childcare", "community"),
    "cv_benevole_salarie": ("community", "home_help"), "lettre_reference_ehpad": ("care_home",),
    "profil_extra_hotellerie": ("kitchen", "childcare"),
}
DOMAIN_YEARS = {"fr": "{n} ans d'expérience en {d}", "en": "{n} years' experience in {d}", "ko": "{d} 경력 {n}년"}


# --- identity ------------------------------------------------------------------------------------------------------
def renew(s: Sheet) -> None:
    """Give the sheet's person an identity of this split: name, other people, home, origin, faith, family, health,
    phone and mail."""
    p, rng, lang = s.p, s.rng, s.lang
    names = NAMES[lang]
    p.first = rng.choice(names[p.sex])
    p.last = rng.choice(names["L"]) if names["L"] else ""
    firsts = [x for x in names["F"] + names["M"] if x != p.first]
    lasts = [x for x in names["L"] if x != p.last]
    p.b19_others = [f"{a} {b}" if lasts else a for a, b in zip(rng.sample(firsts, 3),
                                                             rng.sample(lasts, 3) if lasts else ["", "", ""])]
    if p.age < 23:  # old enough for two jobs
        p.age += 5
        p.born = p.born.replace(year=p.born.year - 5)
    p.b19_origin = rng.choice(ORIGINS[lang])
    p.b19_kids = rng.choice([0, 1, 2, 2, 3, 4]) if p.age >= 23 else rng.choice([0, 0, 1])
    if lang == "ko":
        p.b19_home = {"full": (t := rng.choice(KO_TOWNS))[0], "short": t[1],
                      "detail": f"{rng.randint(11, 489)}-{rng.randint(1, 30)}"}
    else:
        town, pc = rng.choice(FR_TOWNS if lang == "fr" else EN_TOWNS)
        street = rng.choice(FR_STREETS if lang == "fr" else EN_STREETS)
        if lang == "en":
            pc = f"{pc} {rng.randint(1, 9)}{rng.choice('ABDEHJLNPQRSTUWXYZ')}{rng.choice('ABDEHJLNPQRSTUWXYZ')}"
        p.b19_home = {"street": f"{rng.randint(2, 48)} {street}", "town": town, "pc": pc}
    digits = "".join(str(rng.randint(0, 9)) for _ in range(8))
    p.phone = {"fr": rng.choice([f"0{rng.choice('67')} {digits[:2]} {digits[2:4]} {digits[4:6]} {digits[6:]}",
                                 f"0{rng.choice('67')}.{digits[:2]}.{digits[2:4]}.{digits[4:6]}.{digits[6:]}"]),
               "en": rng.choice([f"07{digits[:3]} {digits[3:]}{rng.randint(0, 9)}",
                                 f"+44 7{digits[:3]} {digits[3:]}{rng.randint(0, 9)}"]),
               "ko": rng.choice([f"010-{digits[:4]}-{digits[4:]}", f"010 {digits[:4]} {digits[4:]}"])}[lang]
    if lang == "ko":
        local = rng.choice(["dalbit", "haneul", "sopung", "gureum"]) + digits[:4]
    else:
        first, last = _fold(p.first).replace(" ", ""), _fold(p.last)
        local = rng.choice([f"{first}.{last}", f"{first[0]}{last}{digits[:2]}", f"{last}.{first}{digits[:2]}"])
    p.email = f"{local}@{rng.choice(MAIL_HOSTS[lang])}"


def _fold(text: str) -> str:
    return ascii_fold(text).lower()


def blind19(langs=LANGS):
    """Register a layout of this split: the sheet gets its identity first."""
    return layout_after(renew, langs, SPLIT)


# --- names ------------------------------------------------------------------------------------------------------
def name(s: Sheet, form: str = "") -> str:
    """The author's name: 'Prénom NOM', 'NOM Prénom', 'Prénom Nom' (Korean whole); planted."""
    p = s.p
    if s.lang == "ko":
        return s.plant("name", p.first)
    forms = {"first LAST": f"{p.first} {p.last.upper()}", "LAST first": f"{p.last.upper()} {p.first}",
             "plain": f"{p.first} {p.last}"}
    if s.lang == "en":
        forms.pop("LAST first")
    return s.plant("name", forms.get(form) or s.pick(list(forms.values())))


def other(s: Sheet, i: int) -> str:
    """Another person's name (a colleague, a director, a parent employer, an emergency contact); planted."""
    return s.plant("name", s.p.b19_others[i])


def civil(s: Sheet, long: bool = False) -> str:
    """The author's civil title ('Mme', 'Madame', 'Mr', 'Mrs'); planted as sex."""
    words = {"fr": (["Madame"], ["Monsieur"]) if long else (["Mme", "Madame"], ["M.", "Monsieur"]),
             "en": (["Mrs", "Ms", "Miss"], ["Mr"]), "ko": (["(여)"], ["(남)"])}[s.lang]
    return s.plant("sex", s.pick(words[0] if s.female else words[1]))


# --- the candidate's own markers: each returns (label, value) for a form, or a phrase ('me': the author, 'she': a
# --- referee writing about them), its values planted --------------------------------------------------------------
LABELS = {
    "fr": {"sex": "Sexe", "age": "Âge", "birth": "Date de naissance", "place": "Lieu de naissance",
           "nationality": "Nationalité", "religion": "Religion", "family": "Situation familiale",
           "kids": "Enfants à charge", "health": "Santé / handicap", "residence": "Adresse", "phone": "Téléphone",
           "mail": "E-mail"},
    "en": {"sex": "Gender", "age": "Age", "birth": "Date of birth", "place": "Place of birth",
           "nationality": "Nationality", "religion": "Religion or belief", "family": "Marital status",
           "kids": "Dependants", "health": "Health / disability", "residence": "Address", "phone": "Mobile",
           "mail": "Email"},
    "ko": {"sex": "성별", "age": "나이", "birth": "생년월일", "place": "출생지", "nationality": "국적", "religion": "종교",
           "family": "결혼여부", "kids": "자녀", "health": "건강상태", "residence": "주소", "phone": "연락처",
           "mail": "이메일"},
}


def lab(s: Sheet, key: str) -> str:
    return LABELS[s.lang][key]


def m_sex(s: Sheet, mode: str):
    """A form's 'Sexe : F' (planted whole) or 'féminin'; the author's 'Madame' / civil title otherwise."""
    if mode == "pair":
        value = s.pick({"fr": (["F", "féminin"], ["M", "masculin"]), "en": (["Female", "F"], ["Male", "M"]),
                        "ko": (["여", "여성"], ["남", "남성"])}[s.lang][0 if s.female else 1])
        if len(value) == 1 or s.lang == "ko":  # too short to find alone (or inside a job word): the field whole
            return "", s.plant("sex", f"{lab(s, 'sex')} : {value}" if s.lang == "fr" else f"{lab(s, 'sex')}: {value}")
        return lab(s, "sex"), s.plant("sex", value)
    if s.lang == "ko":
        return s.plant("sex", f"성별은 {'여성' if s.female else '남성'}")
    if s.lang == "en":
        return s.plant("sex", s.pick(["(she/her)"] if s.female else ["(he/him)"]))
    return civil(s, long=True)


def m_age(s: Sheet, mode: str):
    """'52 ans', 'âgée de 52 ans' (and 'âgée' as sex), 'aged 52', '만 52세'."""
    a = s.p.age
    if s.lang == "fr":
        if mode == "pair":
            return lab(s, "age"), s.plant("age", f"{a} ans")
        if mode == "me":
            return s.plant("age", f"j'ai {a} ans")
        return s.gv("age", f"âgée de {a} ans", f"âgé de {a} ans")
    if s.lang == "en":
        if mode == "pair":
            return "", s.plant("age", f"Age: {a}")
        return s.plant("age", s.pick([f"aged {a}", f"{a} years old"]))
    if mode == "pair":
        return lab(s, "age"), s.plant("age", s.pick([f"{a}세", f"만 {a}세"]))
    return s.plant("age", f"올해 {a}세")


FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]


def birth_date(s: Sheet) -> str:
    d = s.p.born
    return s.pick({"fr": [f"{d:%d/%m/%Y}", f"{d.day} {FR_MONTHS[d.month - 1]} {d.year}", f"{d:%d.%m.%Y}"],
                   "en": [f"{d:%d/%m/%Y}", f"{d.day} {EN_MONTHS[d.month - 1]} {d.year}"],
                   "ko": [f"{d.year}. {d.month}. {d.day}", f"{d.year}년 {d.month}월 {d.day}일", f"{d:%Y.%m.%d}"]}[s.lang])


def m_birth(s: Sheet, mode: str):
    """Date and place of birth: 'Née le 12/03/1977 à Bougouni (Mali)' ('Née' as sex), 'DOB', '생년월일'."""
    when, where = s.plant("birth", birth_date(s)), s.plant("birth", s.p.b19_origin[0])
    if mode == "pair":
        joiner = {"fr": " à ", "en": ", born in ", "ko": " / "}[s.lang]
        return lab(s, "birth"), f"{when}{joiner}{where}"
    if s.lang == "fr":
        born = s.g("née", "né")
        return f"{born} le {when} à {where}"
    if s.lang == "en":
        return f"born on {when} in {where}"
    return f"{when}생, {where} 출생"


def m_residence(s: Sheet, mode: str):
    """The author's home (street, postcode and town planted apart), beside employers' addresses that stay."""
    h, plant = s.p.b19_home, functools.partial(s.plant, "residence")
    if s.lang == "ko":
        full = f"{plant(h['full'])} {plant(h['detail'])}"
        if mode == "pair":
            return lab(s, "residence"), full
        return f"{full}에 거주"
    street, pc, town = plant(h["street"]), plant(h["pc"]), plant(h["town"])
    full = f"{street}, {pc} {town}" if s.lang == "fr" else f"{street}, {town} {pc}"
    if mode == "pair":
        return lab(s, "residence"), full
    if s.lang == "fr":
        return ("j'habite " if mode == "me" else "demeurant ") + full
    return ("I live at " if mode == "me" else "of ") + full


def m_nationality(s: Sheet, mode: str):
    """Nationality or origin ('malienne', 'de nationalité haïtienne', 'Filipina', '중국 (조선족)'); the other gender's
    word also counts."""
    fem, masc = s.p.b19_origin[1]
    if mode != "pair" and s.lang == "fr":  # 'de nationalité' is feminine whoever it is about
        return f"de nationalité {s.plant('nationality', fem, (masc,))}"
    value = s.gv("nationality", fem, masc, sex=False)
    if mode == "pair":
        return lab(s, "nationality"), value
    return {"fr": f"de nationalité {value}", "en": f"a {value} national", "ko": f"국적은 {value}"}[s.lang]


def m_religion(s: Sheet, mode: str):
    """The author's faith ('catholique pratiquante' beside 'Secours catholique'), said ('je porte le voile') or a
    constraint it sets on shifts ('pas de missions le samedi (shabbat)'): 'rule' mode."""
    if mode == "rule":
        return s.plant("religion", s.pick(RELIGION_RULES[s.lang]))
    if mode == "me" and s.chance(0.5):
        return s.plant("religion", s.pick(RELIGION_SAID[s.lang] + ([VEIL[s.lang]] if s.female else [])))
    fem, masc = s.pick(RELIGION[s.lang])
    if s.lang == "fr" and mode == "she":  # 'de confession' is feminine whoever it is about
        s.plant("religion", fem, (masc,))
        return f"de confession {fem}"
    value = s.gv("religion", fem, masc, sex=False)
    if s.female and fem != masc:
        s.plant_fem(fem, masc)
    if mode == "pair":
        return lab(s, "religion"), value
    return {"fr": f"je suis {value}", "en": f"{value} by faith", "ko": f"종교는 {value}"}[s.lang]


def kids(s: Sheet, mode: str) -> str:
    """The author's children: '3 enfants à charge', 'mère de 3 enfants' ('mère' as sex), 'mum of two', '자녀 2명'."""
    n = s.p.b19_kids
    if s.lang == "fr":
        if mode == "pair" or s.chance(0.4):
            return s.plant("family", f"{n} enfant{'s' if n > 1 else ''} à charge")
        kids_ = f"de {n} enfants" if n > 1 else "d'un enfant"
        return s.gv("family", f"mère {kids_}", f"père {kids_}")
    if s.lang == "en":
        if mode == "pair":
            return s.plant("family", f"{n} child{'ren' if n > 1 else ''}")
        return s.gv("family", f"mum of {EN_COUNT[n]}", f"dad of {EN_COUNT[n]}")
    return s.plant("family", s.pick([f"자녀 {n}명", f"슬하에 자녀 {n}명"]))


def m_family(s: Sheet, mode: str):
    """Marital status and children ('mariée, mère de 3 enfants' - 'mariée' also as sex -, 'Married', '기혼')."""
    fem, masc = MARITAL[s.lang][s.p.marital]
    status = s.gv("family", fem, masc, sex=False)
    if s.female and fem != masc:
        s.plant_fem(fem, masc)
    children = kids(s, mode) if s.p.b19_kids else ""
    if mode == "pair":
        return lab(s, "family"), status + (f", {children}" if children else "")
    if s.lang == "ko":
        return f"{status}{', ' + children if children else ''}입니다"
    return status + (f", {children}" if children else "")


def m_health(s: Sheet, mode: str):
    """The author's own health ('RQTH', 'travailleuse handicapée', 'registered disabled', '장애 3급'), beside
    health words that are job facts."""
    fem, masc, *said = s.pick(HEALTH[s.lang])
    value = s.gv("health", fem, masc, sex=False)
    if s.female and fem != masc:
        s.plant_fem(fem, masc)
    if mode == "pair":
        return lab(s, "health"), value
    if mode == "she":
        return {"fr": f"poste aménagé ({value})", "en": f"adjusted duties ({value})", "ko": f"{value}에도 불구하고"}[s.lang]
    return {"fr": said[0].format(v=value) if said else value, "en": f"I am {value}", "ko": value}[s.lang]


def m_contact(s: Sheet, mode: str):
    """Phone and e-mail."""
    phone, mail = s.plant("contact", s.p.phone), s.plant("contact", s.p.email)
    if mode == "pair":
        return lab(s, "phone"), f"{phone} - {lab(s, 'mail')} : {mail}" if s.lang == "fr" else f"{phone} - {mail}"
    return f"{phone} / {mail}"


MARKERS = {"sex": m_sex, "age": m_age, "birth": m_birth, "residence": m_residence, "nationality": m_nationality,
           "religion": m_religion, "family": m_family, "health": m_health, "contact": m_contact}
ORDER = ("sex", "age", "birth", "nationality", "residence", "family", "religion", "health", "contact")
SOMETIMES = {"religion": 0.8, "health": 0.8, "nationality": 0.85}  # not every candidate writes these


def personal(s: Sheet, mode: str = "pair", order=ORDER) -> dict:
    """Each family written once in a mode, by family (families a candidate leaves out are absent)."""
    out = {}
    for f in order:
        if s.chance(SOMETIMES.get(f, 1.0)):
            out[f] = MARKERS[f](s, mode)
    return out


def as_lines(items, sep: str = " : ") -> list[str]:
    """'label : value' lines (a value planted whole alone)."""
    return [f"{k}{sep}{v}" if k else v for k, v in (items.values() if isinstance(items, dict) else items)]


# --- job facts ----------------------------------------------------------------------------------------------------
def fits(s: Sheet, text: str) -> bool:
    """A fact may be written: no planted marker occurs in it, and it is in no marker (the candidate's own 'malienne'
    keeps 'cuisine malienne' out of the same CV). Plain substrings first: the whole-word patterns only when needed."""
    low = text.lower()
    for m in s.markers:
        value = m.value.lower()
        if low in value and pattern(text).search(m.value):
            return False
        if m.family == "name":
            if any(w.lower() in low and pattern(w, letters=True).search(text) for w in name_words(m.value)):
                return False
        elif any(v.lower() in low and pattern(v).search(text) for v in (m.value, *m.also)):  # check() sees the rest
            return False
    return True


def fact(s: Sheet, text: str) -> str:
    return s.fact(text)


def pick_facts(s: Sheet, pool: list[str], k: int, sector: Sector | None = None) -> list[str]:
    """Up to k facts of a pool that fit this CV, numbers filled in; recorded."""
    filled = [fill(s, t, sector) for t in pool]
    ok = [t for t in dict.fromkeys(filled) if fits(s, t)]
    return [s.fact(t) for t in s.rng.sample(ok, min(k, len(ok)))]


def fill(s: Sheet, template: str, sector: Sector | None = None, town: str = "") -> str:
    lo, hi = sector.numbers if sector else (10, 90)
    n = lo + (hi - lo) * s.rng.randint(0, 7) // 7  # eight sizes a sector's places have
    return template.replace("{n}", str(n)).replace("{k}", str(s.rng.randint(2, 4))).replace(
        "{town}", town or "")


@dataclass
class Job:
    """A job of the career: its period (a fact), title (planted as sex when feminine), employer (a fact, with the
    parent employing a nanny named after it), address, place and the facts of what was done there."""

    period: str
    title: str
    employer: str
    address: str
    place: str
    details: list[str]
    years: int


FAMILY_EMPLOYERS = {"particulier employeur (CESU)": "famille", "private family": "the family of"}


def _places(s: Sheet) -> list[str]:
    return {"fr": FR_JOB_PLACES, "en": EN_JOB_PLACES, "ko": KO_JOB_PLACES}[s.lang]


def period(s: Sheet, start: int, end: int | None) -> str:
    """'depuis 2009', '2012-2019', 'since 2015', '2015년부터', '2012.03~2019.06'."""
    if end is None:
        return s.pick({"fr": [f"depuis {start}"], "en": [f"since {start}"],
                       "ko": [f"{start}년부터", f"{start}.{s.rng.randint(1, 12):02d}~현재"]}[s.lang])
    m1, m2 = sorted(s.rng.sample(range(1, 13), 2)) if start == end else (s.rng.randint(1, 12), s.rng.randint(1, 12))
    return s.pick({"fr": [f"{start}-{end}", f"de {start} à {end}"], "en": [f"{start}-{end}", f"{start} to {end}"],
                   "ko": [f"{start}.{m1:02d}~{end}.{m2:02d}", f"{start}~{end}",
                          f"{start}~{end} ({end - start}년 근무)" if end - start > 1 else f"{start}~{end}"]}[s.lang])


def address(s: Sheet, place: str) -> str:
    """An employer's street address in a job's town (a fact, beside the author's own home, a marker); a street of a
    town has one number, as an employer's address recurs from CV to CV."""
    if s.lang == "ko":
        i = KO_JOB_PLACES.index(place)
        return f"{place} {100 + 37 * i + 101 * s.rng.randint(0, 2)}-{3 + i}"
    streets = FR_JOB_STREETS if s.lang == "fr" else EN_JOB_STREETS
    street = s.pick(streets)
    i, j = streets.index(street), _places(s).index(place)
    number = 1 + (7 * i + 11 * j) % 57
    if s.lang == "fr":
        return f"{number} {street}, {FR_JOB_PC[place]} {place}"
    letters = "ABDEHJLNPQRSTUWXYZ"
    inward = f"{1 + (i + j) % 9}{letters[(3 * i + j) % 18]}{letters[(i + 5 * j) % 18]}"
    return f"{number} {street}, {place} {EN_JOB_PC[place]} {inward}"


def job_title(s: Sheet, fem: str, masc: str) -> str:
    """A job title in the author's gender; of a feminine title only its head word is planted as sex ('Accompagnante'
    of 'Accompagnante éducative et sociale': 'sociale' is also in the epicene 'Auxiliaire de vie sociale')."""
    if not s.female or fem == masc:
        return masc
    s.plant("sex", next(f for f, m in zip(fem.split(), masc.split()) if f != m))
    return fem


def career(s: Sheet, sectors: tuple[str, ...], n_details: int = 3) -> list[Job]:
    """Two or three jobs, most recent first, in the layout's sectors; the titles are written first, then the facts,
    chosen to fit the markers already planted (call it after the personal details)."""
    start_min = s.p.born.year + 18
    n = s.pick([2, 2, 2, 3])
    years = max(n + 1, min(s.p.age - 18, s.rng.randint(4, 26)))
    cuts = sorted(s.rng.sample(range(1, years), n - 1))
    bounds = [0] + cuts + [years]
    now = 2024
    places = s.rng.sample([p for p in _places(s) if fits(s, p)], n)
    secs = [SECTORS[sectors[i] if i < min(2, len(sectors)) else s.pick(sectors)][s.lang] for i in range(n)]
    titles = [job_title(s, *s.pick(sec.titles)) for sec in secs]
    jobs, used = [], set()
    for i, (sec, title, place) in enumerate(zip(secs, titles, places)):
        start, end = max(start_min, now - bounds[i + 1]), (None if i == 0 and s.chance(0.6) else now - bounds[i])
        employers = [e for e in (fill(s, e, sec, place) for e in sec.employers) if fits(s, e) and e not in used]
        employer = s.fact(s.pick(employers))
        used.add(employer)
        if employer in FAMILY_EMPLOYERS:
            employer += f" - {FAMILY_EMPLOYERS[employer]} {other(s, 2)}"
        addr = s.fact(address(s, place)) if s.lang != "ko" or s.chance(0.6) else ""
        if not addr:
            s.fact(place)
        details = pick_facts(s, sec.settings, min(n_details, 2), sec) + pick_facts(s, sec.duties, 1, sec)
        details += pick_facts(s, sec.hours, 1, sec)
        jobs.append(Job(s.fact(period(s, start, end)), title, employer, addr, place, details, (end or now) - start))
    return jobs


def job_text(s: Sheet, job: Job, style: str = "line") -> list[str]:
    """A job written as one line or a block."""
    where = job.address or job.place
    if style == "line":
        return [f"{job.period} : {job.title} - {job.employer}, {where}" if s.lang == "fr" else
                f"{job.period}: {job.title}, {job.employer}, {where}" if s.lang == "en" else
                f"{job.period} | {job.employer} | {job.title} | {where}",
                "  " + " ; ".join(job.details)]
    return [f"{job.title}", f"{job.employer} ({where})", job.period, *(f"- {d}" for d in job.details)]


def extras(s: Sheet, sectors: tuple[str, ...], total_years: int) -> dict[str, list[str]]:
    """The facts around the jobs: diplomas, languages, a duration of experience, skills, availability."""
    sec = SECTORS[sectors[0]][s.lang]
    out = {"diplomas": pick_facts(s, sec.diplomas, 2)}
    out["years"] = pick_facts(s, [DOMAIN_YEARS[s.lang].format(n=max(2, total_years), d=sec.domain)], 1)
    langs = [s.p.b19_origin[2]] + {"fr": ["interprète arabe-français", "LSF (langue des signes) niveau A2",
                                          "espagnol (notions)"],
                                   "en": ["basic Polish", "British Sign Language Level 1", "interpreting (Urdu-English)"],
                                   "ko": ["중국어 통역", "수화 (한국수어) 기초", "베트남어 통역"]}[s.lang]
    out["langs"] = pick_facts(s, langs[:1], 1) + pick_facts(s, langs[1:], 1)
    skills = {"fr": ["cuisine halal / casher", "manutention de personnes (lève-personne)", "gestes et postures (PRAP 2S)",
                     "repas mixés et texture modifiée"],
              "en": ["halal and kosher food handling", "moving and handling people", "PEG feeding", "dementia friends"],
              "ko": ["할랄 식단 조리", "치매 어르신 응대", "이동 보조 (휠체어)", "한식 조리"]}[s.lang]
    out["skills"] = pick_facts(s, skills, 2)
    avail = {"fr": ["disponible de nuit et le week-end", "disponible immédiatement", "permis B"],
             "en": ["available nights and weekends", "full UK driving licence", "can start immediately"],
             "ko": ["야간 근무 가능", "즉시 출근 가능", "운전면허 1종보통"]}[s.lang]
    out["avail"] = pick_facts(s, avail, 1)
    return out


def total(jobs: list[Job]) -> int:
    return sum(j.years for j in jobs)


# --- layouts ------------------------------------------------------------------------------------------------------
@blind19(("fr", "en", "ko"))
def cv_auxiliaire_de_vie(s: Sheet) -> str:
    """A care worker's CV: a civil title before the name, the home address and contact under it, a profile sentence
    with the age and family, care-home and home-help jobs with their employers' addresses, diplomas, languages, and a
    personal-details block at the end."""
    sectors = LAYOUT_SECTORS["cv_auxiliaire_de_vie"]
    head = f"{civil(s)} {name(s)}" if s.lang != "ko" else f"{name(s)} {civil(s)}"
    res = m_residence(s, "pair")[1]
    contact = m_contact(s, "me")
    age, fam = m_age(s, "me"), m_family(s, "me")
    rest = personal(s, "pair", ("birth", "nationality", "religion", "health"))
    jobs = career(s, sectors)
    ex = extras(s, sectors, total(jobs))
    h = {"fr": ("PROFIL", "EXPÉRIENCES", "DIPLÔMES", "LANGUES ET COMPÉTENCES", "INFORMATIONS PERSONNELLES"),
         "en": ("PROFILE", "EXPERIENCE", "QUALIFICATIONS", "LANGUAGES AND SKILLS", "PERSONAL DETAILS"),
         "ko": ("자기소개", "경력사항", "자격증", "어학 및 기술", "인적사항")}[s.lang]
    trained = s.g("Auxiliaire de vie expérimentée", "Auxiliaire de vie expérimenté") if s.lang == "fr" else ""
    profile = {"fr": f"{trained}, {age}, {fam}. "
                     f"{ex['years'][0] if ex['years'] else ''}.",
               "en": f"Compassionate carer, {age}, {fam}. {ex['years'][0] if ex['years'] else ''}.",
               "ko": f"{age}, {fam}. {ex['years'][0] if ex['years'] else '경력'}의 성실한 요양보호사입니다."}[s.lang]
    lines = [head, res, contact, "", h[0], profile, "", h[1]]
    for job in jobs:
        lines += job_text(s, job, s.pick(["line", "block"]))
    lines += ["", h[2], *ex["diplomas"], "", h[3], *ex["langs"], *ex["skills"], *ex["avail"], "", h[4],
              *as_lines(rest, " : " if s.lang == "fr" else ": ")]
    return "\n".join(lines)


@blind19(("fr", "en", "ko"))
def dossier_aide_a_domicile(s: Sheet) -> str:
    """A home-help agency's application form: labelled identity fields, an emergency contact (named), the publics and
    sectors the candidate accepts (ticked: elderly people, disability, young children - facts), then the experience."""
    sectors = LAYOUT_SECTORS["dossier_aide_a_domicile"]
    t = {"fr": ("DOSSIER DE CANDIDATURE - SERVICE D'AIDE À DOMICILE", "Nom et prénom", "Personne à prévenir",
                "Publics acceptés", "Secteurs d'intervention souhaités", "Expérience", "[x]", "(sa sœur)"),
         "en": ("HOME CARE APPLICATION FORM", "Full name", "Emergency contact", "Client groups you will work with",
                "Areas you can cover", "Employment history", "[x]", "(sister)"),
         "ko": ("재가요양 지원서", "성명", "비상연락처", "희망 돌봄 대상", "희망 근무 지역", "경력", "[v]", "(동생)")}[s.lang]
    sep = " : " if s.lang == "fr" else ": "
    pers = personal(s, "pair")
    ident = [f"{t[1]}{sep}{name(s)}", *as_lines(pers, sep), f"{t[2]}{sep}{other(s, 0)} {t[7]}"]
    publics = {"fr": ["personnes âgées en perte d'autonomie", "personnes en situation de handicap", "enfants de moins de 3 ans",
                      "personnes atteintes de la maladie d'Alzheimer", "sortie d'hospitalisation"],
               "en": ["older people", "people with learning disabilities", "children under 5", "people living with dementia",
                      "palliative care at home"],
               "ko": ["치매 어르신", "와상 어르신", "장애인", "영유아 (만 0~2세)", "산모·신생아"]}[s.lang]
    ticked = [f"{t[6]} {p}" for p in pick_facts(s, publics, 3)]
    jobs = career(s, sectors)
    areas = [s.fact(p) for p in s.rng.sample([p for p in _places(s) if fits(s, p)], 2)]
    ex = extras(s, sectors, total(jobs))
    lines = [t[0], *ident, "", f"{t[3]} :" if s.lang == "fr" else f"{t[3]}:", *ticked,
             f"{t[4]}{sep}{', '.join(areas)}", "", t[5]]
    for job in jobs:
        lines += job_text(s, job, "line")
    lines += [" / ".join(ex["diplomas"] + ex["years"]), " / ".join(ex["langs"] + ex["skills"] + ex["avail"])]
    return "\n".join(lines)


@blind19(("fr", "en", "ko"))
def candidature_creche_cantine(s: Sheet) -> str:
    """A crèche / school canteen application: a short letter in the first person (the author's age, birth, children
    and faith in it), then the childcare and kitchen experience and the diplomas, signed."""
    sectors = LAYOUT_SECTORS["candidature_creche_cantine"]
    me = personal(s, "me", ("age", "birth", "family", "nationality", "religion", "health"))
    top = [name(s), m_residence(s, "pair")[1], m_contact(s, "me"), m_sex(s, "pair")[1]]
    jobs = career(s, sectors)
    ex = extras(s, sectors, total(jobs))
    said = "; ".join(me.values())
    years = ex["years"][0] if ex["years"] else ""
    letter = {"fr": ["Objet : candidature au poste d'agent de crèche / de restauration scolaire", "Bonjour,",
                     f"Je vous propose ma candidature : {said}.",
                     f"J'ai {years} et j'aime le travail auprès des enfants."],
              "en": ["Re: Nursery / school kitchen vacancy", "Dear Hiring Manager,",
                     f"I would like to apply: {said}.", f"I have {years} and love working with children."],
              "ko": ["어린이집 / 급식실 지원서", "안녕하십니까.", f"{said}.", f"{years}의 경험을 살려 성실히 일하겠습니다."]}[s.lang]
    lines = [*top, "", *letter, ""]
    for job in jobs:
        lines += job_text(s, job, "block")
    lines += ["", *ex["diplomas"], *ex["langs"], *ex["skills"], *ex["avail"]]
    sign = {"fr": "Cordialement,", "en": "Kind regards,", "ko": "감사합니다."}[s.lang]
    return "\n".join(lines + [sign, name(s)])


@blind19(("fr", "en", "ko"))
def profil_interim_medical(s: Sheet) -> str:
    """A hospital staffing (intérim médical) profile: key-value lines of the agency's tool (a religious constraint on
    shifts among them), the wards accepted (facts: dialysis, diabetology, psychiatry, maternity), the missions done with
    their wards and hours, the referent named."""
    sectors = LAYOUT_SECTORS["profil_interim_medical"]
    t = {"fr": ("Profil intérimaire - Médical & Paramédical", "Intérimaire", "Services acceptés", "Missions réalisées",
                "Référent agence", "Contraintes"),
         "en": ("Agency worker profile - Nursing & Care", "Worker", "Wards accepted", "Shifts worked", "Consultant",
                "Restrictions"),
         "ko": ("의료 인력 파견 프로필", "인력", "희망 병동", "파견 이력", "담당 매니저", "근무 제약")}[s.lang]
    sep = " : " if s.lang == "fr" else ": "
    pers = personal(s, "pair", ("sex", "age", "birth", "nationality", "residence", "family", "health", "contact"))
    lines = [t[0], f"{t[1]}{sep}{name(s)}", *as_lines(pers, sep)]
    if s.chance(0.85):
        lines.append(f"{t[5]}{sep}{m_religion(s, 'rule')}")
    jobs = career(s, sectors, n_details=2)
    wards = {"fr": ["service de diabétologie", "centre de dialyse", "service de psychiatrie adulte", "unité Alzheimer",
                    "maternité", "néonatologie", "soins palliatifs", "gériatrie aiguë"],
             "en": ["renal dialysis unit", "mental health wards", "dementia unit", "maternity ward", "children's ward",
                    "care of the elderly ward", "end of life care"],
             "ko": ["인공신장실 (투석)", "정신건강의학과 병동", "치매 병동", "신생아실", "호스피스 병동", "재활병동"]}[s.lang]
    lines.append(f"{t[2]}{sep}{' / '.join(pick_facts(s, wards, 4))}")
    lines.append(f"{t[3]}{sep}")
    for job in jobs:
        lines.append(f"- {job.period} | {job.employer} | {job.title} | {', '.join(job.details)} | "
                     f"{job.address or job.place}")
    ex = extras(s, sectors, total(jobs))
    lines += [" | ".join(ex["diplomas"] + ex["years"] + ex["avail"]), " | ".join(ex["langs"] + ex["skills"]),
              f"{t[4]}{sep}{other(s, 0)}"]
    return "\n".join(lines)


@blind19(("fr", "en", "ko"))
def fiche_accueil_proprete(s: Sheet) -> str:
    """A cleaning company's onboarding sheet: civility, identity and family fields, the occupational doctor's
    restrictions (health), an emergency contact, sometimes the religion, then the sites assigned with their addresses
    (a dialysis centre, a care home, a school, places of worship), titles and hours, the area manager named."""
    sectors = LAYOUT_SECTORS["fiche_accueil_proprete"]
    t = {"fr": ("FICHE D'ACCUEIL NOUVEL ARRIVANT", "Civilité", "Nom", "Prénom", "Restrictions (médecine du travail)",
                "Personne à prévenir", "Chantiers affectés", "Chef de secteur"),
         "en": ("NEW STARTER FORM", "Title", "Surname", "First name", "Occupational health notes", "Next of kin",
                "Sites assigned", "Area manager"),
         "ko": ("신규 입사자 카드", "성별", "성명", "", "건강 관련 특이사항", "비상연락처", "배치 현장", "현장 소장")}[s.lang]
    sep = " : " if s.lang == "fr" else ": "
    lines = [t[0]]
    if s.lang == "ko":
        lines += [f"{t[2]}{sep}{name(s)}", m_sex(s, "pair")[1]]
    else:
        lines += [f"{t[1]}{sep}{civil(s)}", f"{t[2]}{sep}{s.plant('name', s.p.last.upper())}",
                  f"{t[3]}{sep}{s.plant('name', s.p.first)}"]
    pers = personal(s, "pair", ("birth", "age", "nationality", "residence", "family", "contact"))
    lines += as_lines(pers, sep)
    health = m_health(s, "pair")[1]
    lines += [f"{t[4]}{sep}{health}", f"{t[5]}{sep}{other(s, 0)}"]
    if s.chance(0.5):
        rel = m_religion(s, "pair")
        lines.append(f"{rel[0]}{sep}{rel[1]}")
    jobs = career(s, sectors, n_details=2)
    lines += ["", t[6]]
    for job in jobs:
        lines.append(f"* {job.employer} - {job.address or job.place} - {job.title} - {' ; '.join(job.details)} "
                     f"({job.period})")
    ex = extras(s, sectors, total(jobs))
    lines += ["", *ex["diplomas"], *ex["years"], *ex["avail"], *ex["skills"], *ex["langs"], f"{t[7]}{sep}{other(s, 1)}"]
    return "\n".join(lines)


@blind19(("fr", "en"))
def cv_agent_securite(s: Sheet) -> str:
    """A security guard's CV: CQP APS / SIA licence and professional card first, the sites guarded (a synagogue, a
    mosque at Eid, a women's refuge, a CADA, a psychiatric hospital - facts), the personal details in a side column
    read after the body."""
    sectors = LAYOUT_SECTORS["cv_agent_securite"]
    head = name(s, "LAST first" if s.lang == "fr" else "first LAST")
    pers = personal(s, "pair", ("sex", "age", "birth", "nationality", "family", "residence", "religion", "health",
                                "contact"))
    jobs = career(s, sectors, n_details=3)
    ex = extras(s, sectors, total(jobs))
    card = {"fr": f"carte pro CNAPS valable jusqu'en {s.rng.randint(2025, 2029)}",
            "en": f"SIA licence valid until {s.rng.randint(2025, 2027)}"}[s.lang]
    lines = [head, {"fr": "AGENT DE SÉCURITÉ / SSIAP 1", "en": "SECURITY OFFICER / DOOR SUPERVISOR"}[s.lang],
             " - ".join(ex["diplomas"] + [s.fact(card)]), ""]
    for job in jobs:
        lines += job_text(s, job, "line")
    lines += ["", *ex["years"], *ex["langs"], *ex["skills"], *ex["avail"], "",
              {"fr": "— colonne —", "en": "— sidebar —"}[s.lang], *as_lines(pers, " : " if s.lang == "fr" else ": ")]
    return "\n".join(lines)


@blind19(("en",))
def kitchen_porter_cv(s: Sheet) -> str:
    """A kitchen porter's UK CV: name, contact and town on top, a personal statement (age, birth, family, faith said),
    the kitchens worked (a Polish deli, a Caribbean takeaway, a kosher kitchen, a halal grill - facts), food hygiene,
    the head chef named as referee."""
    sectors = LAYOUT_SECTORS["kitchen_porter_cv"]
    top = [name(s), f"{m_residence(s, 'pair')[1]} | {m_contact(s, 'me')}"]
    sex = m_sex(s, "me")
    me = personal(s, "me", ("age", "birth", "family", "religion", "nationality", "health"))
    jobs = career(s, sectors)
    ex = extras(s, sectors, total(jobs))
    statement = f"Hard-working kitchen porter {sex}, {', '.join(me.values())}. {ex['years'][0] if ex['years'] else ''}."
    lines = [*top, "", "PERSONAL STATEMENT", statement, "", "EMPLOYMENT"]
    for job in jobs:
        lines += job_text(s, job, "block")
    lines += ["", "TRAINING", *ex["diplomas"], *ex["skills"], "", "OTHER", *ex["langs"], *ex["avail"],
              "", f"References: {other(s, 0)} (head chef), available on request"]
    return "\n".join(lines)


ETHNIC = {"Zimbabwe": "Black or Black British - African", "Ghana": "Black or Black British - African",
          "Philippines": "Asian or Asian British - Filipino", "Nepal": "Asian or Asian British - Nepalese"}


@blind19(("en",))
def care_assistant_application(s: Sheet) -> str:
    """A UK care assistant's application: personal details, a DBS section, employment history, and the equal
    opportunities monitoring page that travels with it (gender, age band, ethnic origin, religion, disability, marital
    status)."""
    sectors = LAYOUT_SECTORS["care_assistant_application"]
    lines = ["APPLICATION FOR EMPLOYMENT - CARE ASSISTANT", "Section 1: Personal details",
             f"Title: {civil(s)}", f"Name: {name(s)}"]
    lines += as_lines(personal(s, "pair", ("residence", "contact", "birth")), ": ")
    a = s.p.age
    lo = 16 if a < 25 else a // 10 * 10 - (5 if a % 10 < 5 else -5)
    mon = [f"Gender: {s.plant('sex', 'Female' if s.female else 'Male')}",
           f"Age band: {s.plant('age', f'{lo}-{lo + 8 if lo == 16 else lo + 9}')}"]
    if s.chance(0.85):
        mon.append(f"Ethnic origin: {s.plant('nationality', ETHNIC[s.p.b19_origin[0].split(', ')[1]])}")
    mon += [f"Religion or belief: {m_religion(s, 'pair')[1]}",
            f"Do you consider yourself to have a disability? Yes - {m_health(s, 'pair')[1]}",
            f"Marital or civil partnership status: {m_family(s, 'pair')[1]}"]
    jobs = career(s, sectors)
    lines += ["Section 2: DBS",
              f"Do you hold an enhanced DBS certificate? {s.fact('Yes - enhanced DBS, on the update service')}",
              "Section 3: Employment history"]
    for job in jobs:
        lines += job_text(s, job, "line")
    ex = extras(s, sectors, total(jobs))
    lines += ["Section 4: Training", *ex["diplomas"], *ex["skills"], *ex["years"], *ex["langs"], *ex["avail"],
              f"Referee: {other(s, 0)}, registered manager", "",
              "EQUAL OPPORTUNITIES MONITORING (detached before shortlisting)", *mon]
    return "\n".join(lines)


@blind19(("ko",))
def yoyang_ireokseo(s: Sheet) -> str:
    """A Korean 요양보호사 이력서: the 인적사항 table (성명, 생년월일, 성별, 주소, 연락처, 결혼여부, 종교, 건강상태),
    경력사항 in care homes, home care and hospitals (facts: 노인요양원, 치매 전담실, 장애인 활동지원사), 자격증, and a
    자기소개서 where the author says their age, a former colleague named as 추천인."""
    sectors = LAYOUT_SECTORS["yoyang_ireokseo"]
    rows = ["이 력 서", f"성명 | {name(s)}"]
    pers = personal(s, "pair", ("birth", "sex", "residence", "contact", "family", "religion", "health", "nationality"))
    rows += [f"{k} | {v}" if k else v for k, v in pers.values()]
    age = m_age(s, "me")
    jobs = career(s, sectors)
    ex = extras(s, sectors, total(jobs))
    rows += ["경력사항", "기간 | 기관명 | 직종 | 소재지"]
    for job in jobs:
        rows += job_text(s, job, "line")
    rows += ["자격증", *ex["diplomas"], "기타", *ex["langs"], *ex["skills"], *ex["avail"], "", "자기소개서",
             f"저는 {age}로, {ex['years'][0] if ex['years'] else ''}을 쌓았습니다. 어르신을 가족처럼 모시겠습니다.",
             f"추천인: {other(s, 0)} (전 요양원 사무국장)", "위 기재 사항은 사실과 틀림없습니다.", f"작성자: {name(s)} (인)"]
    return "\n".join(rows)


@blind19(("ko",))
def boyuk_ireokseo(s: Sheet) -> str:
    """A Korean 어린이집 보육교사 이력서: 인적사항 with 결혼여부 / 자녀 / 종교 beside a church- or cathedral-run
    어린이집 (facts), 경력 with 만 0~2세반 / 누리과정, 자격 (보육교사 2급), and 지원동기."""
    sectors = LAYOUT_SECTORS["boyuk_ireokseo"]
    rows = ["보육교사 이력서", f"성명: {name(s)}"]
    pers = personal(s, "pair", ("sex", "age", "birth", "residence", "contact", "family", "religion", "nationality",
                                "health"))
    rows += [f"{k}: {v}" if k else v for k, v in pers.values()]
    jobs = career(s, sectors)
    ex = extras(s, sectors, total(jobs))
    rows += ["", "[경력]"]
    for job in jobs:
        rows += job_text(s, job, "block")
    rows += ["", "[자격]", *ex["diplomas"], *ex["skills"], *ex["langs"], "", "[지원동기]",
             f"{ex['years'][0] if ex['years'] else ''}의 경험으로 아이들을 돌보겠습니다. {' / '.join(ex['avail'])}",
             f"전 원장님: {other(s, 0)}"]
    return "\n".join(rows)


ARRIVED = {"fr": ("arrivée en France en {y}", "arrivé en France en {y}"), "en": ("came to the UK in {y}",) * 2,
           "ko": ("{y}년 한국 입국",) * 2}
HOME_NATIONS = {"française", "한국", "대한민국"}


@blind19(("fr", "en", "ko"))
def cv_benevole_salarie(s: Sheet) -> str:
    """A volunteer-turned-worker's CV written with the association: a 'parcours' in the first person (arrival in the
    country, birth, family, faith said), volunteering then paid jobs at faith and community charities (facts), the
    coordinator who vouches named."""
    sectors = LAYOUT_SECTORS["cv_benevole_salarie"]
    story = []
    if s.p.b19_origin[1][0] not in HOME_NATIONS:
        y = s.rng.randint(s.p.born.year + 16, 2021)
        fem, masc = (x.format(y=y) for x in ARRIVED[s.lang])
        story.append(s.gv("nationality", fem, masc))
    me = personal(s, "me", ("age", "birth", "nationality", "family", "religion", "health", "residence"))
    sex = m_sex(s, "pair")[1]
    jobs = career(s, sectors)
    ex = extras(s, sectors, total(jobs))
    intro = {"fr": "Mon parcours", "en": "My journey", "ko": "나의 이야기"}[s.lang]
    said = ", ".join(story + list(me.values()))
    who = name(s)
    story = {"fr": f"Je m'appelle {who}, {said}.", "en": f"My name is {who}, {said}.", "ko": f"저는 {who}입니다. {said}."}[s.lang]
    lines = [intro, story, sex, m_contact(s, "me"), ""]
    for job in reversed(jobs):
        lines += job_text(s, job, "block")
    vouch = s.g("Recommandée par", "Recommandé par") if s.lang == "fr" else {"en": "Vouched for by", "ko": "추천"}[s.lang]
    lines += ["", *ex["diplomas"], *ex["years"], *ex["langs"], *ex["skills"], *ex["avail"],
              f"{vouch} {other(s, 0)}" + {"fr": " (coordinatrice bénévole)", "en": " (volunteer coordinator)",
                                         "ko": " (봉사단 코디네이터)"}[s.lang]]
    return "\n".join(lines)


@blind19(("fr", "en", "ko"))
def lettre_reference_ehpad(s: Sheet) -> str:
    """A reference letter from a care home director: the home and its address (facts) in the letterhead, the
    director named, the candidate named with civil title, birth and home (markers), the wards and duties (facts), a
    remark on age, family, origin, faith or health, the candidate's contact copied at the end, the director's
    signature."""
    sectors = LAYOUT_SECTORS["lettre_reference_ehpad"]
    director = other(s, 0)
    who = f"{civil(s, long=True)} {name(s, 'first LAST')}" if s.lang != "ko" else f"{name(s)} {civil(s)}"
    birth = m_birth(s, "she")
    home = m_residence(s, "she")
    said = ", ".join(personal(s, "she", ("age", "family", "nationality", "religion", "health")).values())
    contact = m_contact(s, "me")
    jobs = career(s, sectors, n_details=3)
    job = jobs[0]
    ex = extras(s, sectors, total(jobs))
    details = ", ".join(job.details)
    if s.lang == "fr":
        good = f"{s.g('ponctuelle', 'ponctuel')} et {s.g('attentive', 'attentif')} aux résidents"
        signs = "Je soussignée" if s.p.b19_others[0].split()[0] in NAMES["fr"]["F"] else "Je soussigné"
        role = "directrice" if signs.endswith("e") else "directeur"
        body = [job.employer, job.address, "", "ATTESTATION DE TRAVAIL ET RECOMMANDATION", "À qui de droit,",
                f"{signs}, {director}, {role} de l'établissement, atteste que {who}, {birth}, "
                f"{home}, a travaillé dans notre établissement {job.period} en qualité de : {job.title}.",
                f"Missions : {details}.", f"Pour information : {said} ; toujours {good}." if said else f"Toujours {good}.",
                *(f"Auparavant : {j.title}, {j.employer}, {j.address} ({j.period}) - {', '.join(j.details)}."
                  for j in jobs[1:]), f"Formation : {', '.join(ex['diplomas'])}.",
                f"Langues et savoir-faire : {', '.join(ex['langs'] + ex['skills'])}.",
                "Fait pour servir et valoir ce que de droit.", director, f"Copie à l'intéressé(e) : {contact}"]
    elif s.lang == "en":
        body = [job.employer, job.address, "", "REFERENCE", "To whom it may concern,",
                f"I am {director}, registered manager. {who}, {birth}, {home}, worked with us {job.period} as "
                f"{job.title}.", f"Duties: {details}.",
                f"For information: {said}; always punctual and kind with residents." if said else
                "Always punctual and kind with residents.",
                *(f"Previously: {j.title}, {j.employer}, {j.address} ({j.period}) - {', '.join(j.details)}."
                  for j in jobs[1:]), f"Training: {', '.join(ex['diplomas'])}.",
                f"Languages and skills: {', '.join(ex['langs'] + ex['skills'])}.",
                "Yours faithfully,", director, f"cc. the applicant: {contact}"]
    else:
        body = [job.employer, job.address or job.place, "", "경력증명서 겸 추천서",
                f"성명: {who}", f"생년월일 및 출생지: {birth}", f"주소: {home}",
                f"위 사람은 본 기관에서 {job.title}(으)로 근무하였습니다 ({job.period}).", f"업무: {details}",
                f"{said}. 성실하고 어르신들께 친절하였습니다." if said else "성실하고 친절하였습니다.",
                *(f"이전 경력: {j.employer} {j.title} ({j.period}, {j.address or j.place}) - {', '.join(j.details)}"
                  for j in jobs[1:]), f"자격: {', '.join(ex['diplomas'])}", f"어학 및 기술: {', '.join(ex['langs'] + ex['skills'])}",
                f"원장 {director} (직인)", f"본인 연락처: {contact}"]
        body.insert(2, f"기관장: 원장 {director}")
    return "\n".join(body + [*ex["years"], *ex["avail"]])


@blind19(("fr", "en", "ko"))
def profil_extra_hotellerie(s: Sheet) -> str:
    """A hospitality gig app's profile for 'extras': a badge line, a bio in the first person, the specialities
    (Moroccan and Lebanese cooking, halal / kosher, weddings and bar mitzvahs - facts), the missions with ratings, the
    fields the app asks (gender, age, home, contact)."""
    sectors = LAYOUT_SECTORS["profil_extra_hotellerie"]
    app = {"fr": "ExtraPro · profil", "en": "ShiftBuddy · profile", "ko": "알바히어로 · 프로필"}[s.lang]
    done = {"fr": "missions", "en": "shifts", "ko": "건"}[s.lang]
    head = f"{app} · {name(s)} · ★ {s.rng.randint(40, 50) / 10} ({s.rng.randint(8, 120)} {done})"
    fields = personal(s, "pair", ("sex", "age", "residence", "contact"))
    bio = personal(s, "me", ("family", "religion", "nationality", "health", "birth"))
    jobs = career(s, sectors, n_details=3)
    ex = extras(s, sectors, total(jobs))
    spec = {"fr": ["cuisine marocaine, libanaise", "cuisine halal / casher", "bar-mitsvah et mariages",
                   "service en salle (banquets)", "épicerie portugaise"],
            "en": ["halal and kosher meal preparation", "wedding banquets", "bar mitzvah and wedding service",
                   "Caribbean and West African cooking", "Polish deli counter"],
            "ko": ["할랄 식단 조리", "돌잔치 뷔페", "웨딩홀 서빙", "중식 보조", "한식 반찬"]}[s.lang]
    lines = [head, " | ".join(as_lines(fields, ": ")), "Bio: " + "; ".join(bio.values()),
             ("Spécialités" if s.lang == "fr" else "Specialities" if s.lang == "en" else "특기") + ": "
             + ", ".join(pick_facts(s, spec, 3)), ""]
    for job in jobs:
        lines.append(f"✔ {job.period} · {job.employer} · {job.title} · {' · '.join(job.details)} · "
                     f"{job.address or job.place}")
    lines += ["", " · ".join(ex["diplomas"] + ex["avail"] + ex["years"]), " · ".join(ex["langs"] + ex["skills"]),
              f"👍 {other(s, 0)}: " + {"fr": "« super collègue »", "en": "“great to work with”", "ko": "“최고의 동료”"}[s.lang]]
    return "\n".join(lines)
