"""A twenty-first held-aside set of layouts of the placement benchmark (see evaluation.placement), split "blind20":
registered into the same LAYOUTS. Written without reading the masker (its rules, its data, its tests), the README's
list of what it misses or the history's messages, to measure it once more on CVs nobody tuned it on; do not read this
file while tuning a masker, and run it once.

The split is about candidates of a gig-staffing company whose names are ordinary words, beside the same words used as
job facts. Given names are virtues and wishes (Blessing, Patience, Godswill, Favour), days and months (Sunday, April),
colours and nature (Ruby, Hazel, River, Storm), French words (Prosper, Désiré, Fidèle, Marguerite), Korean given
names written in Latin script (Minji, Hana, Seul-ki) or in Hangul (하늘, 바다, 나라); surnames are trades and ordinary
words (Baker, Mason, Porter, Young, Green, Boulanger, Charpentier, Petit), romanized Korean syllables (Park, Song, Ha,
Bang) or towns and countries (Paris, London, Kenya, Georgia). The same words are job facts of the same CVs: titles
('Baker', 'Hotel Porter', 'HGV Driver (Class 1)'), employers ('Taylor Wimpey', 'Park Hyatt', 'Hope House (hospice)',
'Boulangerie Marchand', 'Disneyland Paris', '하늘요양원', '파리바게뜨'), places ("King's Langley", "Bishop's Stortford"),
shifts and dates ('Sunday shifts', 'shift patterns: Monday-Thursday', 'April 2019 – June 2022') and skills ('Brown
sauce prep'). A CV never writes its own name's word as a fact (the name could not be masked while the fact stays), but
it writes the other name-words as facts and its own name's neighbours ('bakery' beside Baker, 'Stonemason' beside Mason,
'boulangerie' beside Boulanger, 'Leeds' beside Lee, 'Bangkok' beside Bang, 'Marguerites' beside Marguerite).

Names are written every way CVs write them: surname in capitals first ('BAKER Blessing', 'PARK Minji'), given name first
('Minji Park', 'Pierre BOULANGER'), an initial ('B. Baker'), a title and the surname ('Mrs Baker', 'M. Boulanger'),
'Baker, Blessing (Ms)', a first name alone as a signature, in an e-mail address, Hangul with the romanized name after it
('박민지 (Minji PARK)'); other people are named too (a referee, a recruiter, a second candidate, the signer of a
reference whose surname is a job word), all planted as "name". Full names (given name and surname together) are new to
the earlier splits; homes, places of birth and places of past jobs are in none of the earlier pools and none of their
words is a Faker name (a test checks both).

Layouts: cv_fournil, cv_routier, care_cv_uk, cv_chantier, appli_bagagiste, brigade_cv, student_gig_profile,
cv_references, mail_shortlist, lettre_reference, lettre_prenom, export_profil.
"""
from __future__ import annotations

import functools
import re
from datetime import date

from matchlens.evaluation.placement import LANGS, Sheet, ascii_fold, layout

SPLIT = "blind20"

# --- names that are words ---------------------------------------------------------------------------------------
NAMES = {
    "fr": {"F": ["Rose", "Olive", "Marguerite", "Fleur", "Espérance", "Grâce", "Merveille", "Prudence", "Patience"],
           "M": ["Pierre", "Aimé", "Désiré", "Prosper", "Parfait", "Innocent", "Fidèle", "Dieudonné", "Modeste",
                 "Constant"],
           "L": ["Boulanger", "Meunier", "Charpentier", "Marchand", "Berger", "Masson", "Boucher", "Mercier", "Petit",
                 "Leblanc", "Fontaine", "Laroche", "Bonheur", "Lenoir", "Rousseau", "Chevalier", "Vigneron", "Paris",
                 "Florence", "Jordan"]},
    "en": {"F": ["Blessing", "Precious", "Patience", "Faith", "Grace", "Hope", "Joy", "Favour", "Mercy", "Charity",
                 "Prudence", "Honour", "April", "June", "Ruby", "Violet", "Jade", "Amber", "Hazel", "Iris", "Sky"],
           "M": ["Godswill", "Gift", "Lucky", "Sunday", "Monday", "Storm", "River", "Forest", "Justice"],
           "L": ["Baker", "Cook", "Smith", "Mason", "Carpenter", "Butcher", "Driver", "Porter", "Fisher", "Taylor",
                 "Turner", "Walker", "Young", "Long", "Brown", "Green", "White", "Hall", "Wood", "Hill", "Bishop",
                 "Knight", "King", "Chambers", "Parsons", "London", "Chelsea", "Kenya", "Georgia", "Bay"]},
    "kr": {"F": ["Minji", "Hana", "Bora", "Nari", "Seul-ki", "Haneul"], "M": ["Bada", "Nara", "Gaon", "Hanbyeol"],
           "L": ["Park", "Lee", "Song", "Moon", "Kang", "Ha", "Ko", "Jang", "Bang", "Han"]},
    "ko": {"F": ["하늘", "보라", "나리", "슬기", "하나", "민지", "새봄"], "M": ["바다", "나라", "한별", "가온", "푸름"],
           "L": ["박", "이", "송", "문", "강", "하", "고", "장", "방", "한"]},
}
AVOID = {("Espérance", "Bonheur"), ("Merveille", "Bonheur"), ("Modeste", "Bonheur"), ("가온", "한")}  # earlier splits could draw them
ROMAN = {"박": "Park", "이": "Lee", "송": "Song", "문": "Moon", "강": "Kang", "하": "Ha", "고": "Ko", "장": "Jang",
         "방": "Bang", "한": "Han", "하늘": "Haneul", "보라": "Bora", "나리": "Nari", "슬기": "Seul-ki", "하나": "Hana",
         "민지": "Minji", "새봄": "Saebom", "바다": "Bada", "나라": "Nara", "한별": "Hanbyeol", "가온": "Gaon",
         "푸름": "Pureum"}
HANGUL = {v: k for k, v in ROMAN.items()}

# --- places: in none of the earlier pools, no word a Faker name (tests check it) ------------------------------------
FR_TOWNS = [("Pontorson", "50170"), ("Avranches", "50300"), ("Ducey", "50220"), ("Brécey", "50370"),
            ("Mortain", "50140"), ("Villedieu-les-Poêles", "50800")]
FR_STREETS = ["rue du Docteur Gilbert", "chemin des Carrières", "rue de la Constitution", "place Littré",
              "rue du Pot d'Étain"]
FR_JOB_PLACES = ["Vire", "Falaise", "Bayeux", "Honfleur", "Coutances", "Carentan", "Valognes", "Tinchebray",
                 "Domfront", "Isigny-sur-Mer", "Lessay"]
EN_TOWNS = [("Horncastle", "LN9"), ("Ruskington", "NG34"), ("Louth", "LN11"), ("Market Deeping", "PE6"),
            ("Heckington", "NG34"), ("Wainfleet", "PE24")]
EN_STREETS = ["Pinchbeck Road", "Marsh Lane", "Fleet Street", "Winsover Road", "Station Approach", "Spilsby Road"]
EN_JOB_PLACES = ["Bishop's Stortford", "King's Langley", "Parkgate", "Woodhall Spa", "Greenford", "Longbridge",
                 "Grantham", "Stamford"]
KO_TOWNS = [("강원특별자치도 정선군 정선읍", "정선읍"), ("경상남도 밀양시 삼문동", "삼문동"), ("전북특별자치도 남원시 도통동", "도통동"),
            ("경상북도 영주시 휴천동", "휴천동")]
KO_JOB_PLACES = ["삼척", "영주", "정선", "남원", "밀양", "단양"]
BIRTH = {"fr": ["Kisangani", "Mbandaka", "Kindu", "Bukavu", "Matadi", "Likasi", "Nkongsamba", "Kribi"],
         "en": ["Calabar", "Uyo", "Warri", "Asaba", "Ilorin", "Makurdi"],
         "ko": ["청송", "봉화", "태안", "하동", "봉평"], "kr": ["Cheongsong", "Bonghwa", "Taean", "Hadong", "Bongpyeong"]}
BIRTH_COUNTRY = {"Kisangani": "RDC", "Mbandaka": "RDC", "Kindu": "RDC", "Bukavu": "RDC", "Matadi": "RDC",
                 "Likasi": "RDC", "Nkongsamba": "Cameroun", "Kribi": "Cameroun"}

# --- the facts: job words that are also names, and their neighbours ---------------------------------------------------
# (title, employer, activity) - titles and employers that carry the words of the names above
JOBS = {
    "fr": [("Boulanger", "Paul", "fabrication du pain et des viennoiseries"),
           ("Vente en boulangerie", "Boulangerie Marchand", "mise en place du fournil"),
           ("Commis de cuisine", "Disneyland Paris", "préparations froides"),
           ("Pâtissier", "pâtisserie Fleur de Sel", "montage des entremets"),
           ("Préparateur de commandes", "Pierre Fabre", "préparation de commandes en picking"),
           ("Vente en boutique", "Petit Bateau", "réassort et encaissement"),
           ("Entretien des emplacements", "Camping Les Prés Fleuris", "accueil des vacanciers"),
           ("Boucher", "Boucherie Berger", "découpe et désossage"),
           ("Charpentier", "Charpentes Leblanc", "pose de charpente traditionnelle"),
           ("Maçon", "Maçonnerie Masson", "taille de pierre et enduits"),
           ("Chauffeur PL", "Transports Chevalier", "livraison en porteur 19 t"),
           ("Plongeur", "Hôtel Le Petit Paris", "plonge batterie"),
           ("Agent de service", "EHPAD Les Marguerites", "bionettoyage des chambres"),
           ("Commis de salle", "Le Prosper (brasserie)", "service en terrasse"),
           ("Caviste", "Champagne Mercier", "remuage et étiquetage"),
           ("Ouvrier de chai", "Domaine Laroche", "vendanges et soutirage"),
           ("Pizzaiolo", "La Fontaine (pizzeria)", "pizza Marguerite au feu de bois"),
           ("Employé polyvalent", "Le Fidèle (bar-tabac)", "tenue de caisse"),
           ("Aide-boulanger", "Moulins Meunier", "pesée des farines"),
           ("Bagagiste", "Hôtel Rousseau", "accueil et bagagerie")],
    "en": [("Baker", "Greggs", "baker at Greggs"), ("HGV Driver (Class 1)", "Eddie Stobart", "trunking nights"),
           ("Hotel Porter", "Park Hyatt", "luggage and concierge runs"),
           ("Kitchen Porter", "Rose & Crown pub", "deep cleans and pot wash"),
           ("Carpenter (CSCS)", "Taylor Wimpey", "first and second fix"),
           ("Removals Porter", "Smith & Co Removals", "packing and loading"),
           ("Fish Filleter", "Young's Seafood", "filleting line"), ("Cook", "Lucky Star takeaway", "wok station"),
           ("Butcher", "Morrisons", "butcher's counter"), ("Care Assistant", "Hope House (hospice)", "night care"),
           ("Support Worker", "Grace Care Ltd", "domiciliary visits"),
           ("Production Operative", "Jordan's cereals", "packing line"),
           ("Bar Staff", "Amber Taverns", "cellar and bar"), ("Crew Member", "Burger King", "grill and fries"),
           ("Stock Assistant", "River Island", "deliveries and replen"),
           ("Housekeeper", "Forest Holidays", "lodge turnarounds"),
           ("Van Driver", "Bishop's Move (removals)", "multi-drop"),
           ("Cleaner", "Knight Frank (lettings)", "end of tenancy cleans"),
           ("Line Cook", "Green Flag (staff canteen)", "Brown sauce prep"),
           ("Drinks Promoter", "Innocent Drinks", "sampling events"),
           ("Dairy Operative", "Long Clawson Dairy", "Stilton turning"),
           ("Care Assistant", "Hazel Court care home", "personal care"),
           ("Stonemason", "Mason's Yard Ltd", "dressing stone"),
           ("Kitchen Assistant", "Jade Garden restaurant", "prep and dim sum"),
           ("Porter", "King's College Hospital", "patient transfers")],
    "ko": [("제빵 보조", "파리바게뜨", "빵 성형 및 굽기"), ("객실관리", "롯데호텔", "객실 정비"),
           ("요양보호사", "하늘요양원", "어르신 식사 보조"), ("콜센터 상담", "하나은행", "카드 분실 접수"),
           ("간병 보조", "보라매병원", "환자 이송"), ("홀서빙", "바다횟집", "주말 홀 서빙"),
           ("입찰 서류 보조", "나라장터 (조달청)", "서류 스캔"), ("벨맨 (호텔 포터)", "파크하얏트 서울", "수하물 운반"),
           ("주방 보조", "한솥도시락", "도시락 조리"), ("물류 상하차", "쿠팡", "야간 상하차"),
           ("바리스타", "별다방 (스타벅스)", "음료 제조"), ("형틀 목수", "현대건설 협력업체", "거푸집 설치"),
           ("카운터", "송도 센트럴파크 호텔", "체크인 응대"), ("정육 코너", "이마트", "고기 손질"),
           ("택배 보조", "한진택배", "분류 작업")],
}
FR_FEM_TITLE = {"Boulanger": "Fabrication en boulangerie", "Pâtissier": "Pâtisserie", "Boucher": "Découpe en boucherie",
                "Charpentier": "Pose de charpente", "Maçon": "Maçonnerie", "Chauffeur PL": "Conduite poids lourd",
                "Plongeur": "Plonge", "Préparateur de commandes": "Préparation de commandes",
                "Employé polyvalent": "Poste polyvalent", "Ouvrier de chai": "Travail en chai",
                "Aide-boulanger": "Aide au fournil"}
# neighbours of a name's word, facts that must stay beside it
NEAR = {"Baker": ["bakery assistant (Tesco)"], "Mason": ["masonry (CSCS blue card)"], "Lee": ["Leeds depot"],
        "Bang": ["Bangkok Street Food (kitchen)"], "Driver": ["driving assessment passed"],
        "Porter": ["portering (NHS)"], "Carpenter": ["carpentry NVQ Level 2"], "Butcher": ["butchery skills"],
        "Wood": ["woodwork"], "Green": ["greengrocer's (Saturday job)"], "Park": ["parking enforcement (Parkside)"],
        "Hall": ["Halls of residence cleaning"], "King": ["Kingston depot"], "Knight": ["Knightsbridge hotels"],
        "Song": ["Songdo (exchange term)"], "Turner": ["turning and milling"], "Fisher": ["fishery (Grimsby)"],
        "Boulanger": ["boulangerie artisanale"], "Boucher": ["boucherie traditionnelle"],
        "Charpentier": ["charpente bois"], "Marchand": ["réception de marchandises"], "Berger": ["bergerie (saisonnier)"],
        "Mercier": ["mercerie (vente)"], "Meunier": ["meunerie"], "Vigneron": ["Cave des Vignerons de Buzet"],
        "Marguerite": ["EHPAD Les Marguerites"], "Fontaine": ["Fontainebleau (saison)"],
        "Laroche": ["La Roche-sur-Yon (intérim)"], "Paris": ["Parisii Traiteur"], "Petit": ["petits-déjeuners"],
        "하늘": ["하늘요양원"], "바다": ["바다횟집"], "하나": ["하나은행"], "보라": ["보라매병원"], "나라": ["나라장터 (조달청)"]}
SHIFTS = {"fr": ["disponible le dimanche", "horaires : du lundi au vendredi", "travail en 2x8", "nuits possibles",
                 "week-ends et jours fériés"],
          "en": ["Sunday shifts", "days: Sunday to Friday", "shift patterns: Monday-Thursday", "nights and weekends",
                 "available from June", "Monday to Friday days"],
          "ko": ["주말 근무 가능", "일요일 근무 가능", "야간 근무 가능", "평일 오전 근무"]}
LICENCES = {"fr": ["permis B", "CACES R489 cat. 3", "permis C + FIMO", "SST à jour", "HACCP", "carte conducteur"],
            "en": ["CSCS green card", "Class 1 HGV licence", "Driver CPC", "Level 2 Food Hygiene", "Care Certificate",
                   "enhanced DBS", "full UK driving licence", "digital tachograph card"],
            "ko": ["제빵기능사", "한식조리기능사", "2종 보통 운전면허", "요양보호사 자격증", "지게차운전기능사"]}
DIPLOMAS = {"fr": ["CAP Boulanger", "CAP Cuisine", "CAP Maçon", "Bac pro Boulanger-pâtissier", "CAP Charpentier bois",
                   "Titre pro conducteur du transport routier"],
            "en": ["NVQ Level 2 Health and Social Care", "City & Guilds Bakery Level 2", "BTEC Hospitality",
                   "NVQ Level 2 Wood Occupations", "WAEC (West African Senior School Certificate)"],
            "ko": ["제과제빵과 졸업", "호텔조리과 졸업", "사회복지학과 재학", "고등학교 졸업"]}
SKILLS = {"fr": ["viennoiserie", "façonnage des baguettes", "respect des normes HACCP", "mise en place",
                 "lecture de plans", "conduite de four à sole"],
          "en": ["Brown sauce prep", "moving and handling", "pastry lamination", "first fix", "manual handling",
                 "cash handling", "stock rotation"],
          "ko": ["반죽 성형", "위생 관리", "고객 응대", "POS 사용", "엑셀"]}
LANGUES = {"fr": ["Anglais (B1)", "Lingala (courant)", "Swahili (courant)", "Anglais (notions)"],
           "en": ["Yoruba (fluent)", "Igbo (fluent)", "Pidgin (fluent)", "French (basic)"],
           "kr": ["English (IELTS 6.5)", "Japanese (JLPT N3)", "Mandarin (HSK 3)"],
           "ko": ["영어 (TOEIC 780)", "영어 회화 가능", "일본어 (JLPT N3)"]}
FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
MAIL = {"fr": ["orange.fr", "gmail.com", "laposte.net", "free.fr"], "en": ["gmail.com", "outlook.com", "yahoo.co.uk"],
        "ko": ["naver.com", "daum.net", "gmail.com"]}

# --- the personal details ---------------------------------------------------------------------------------------------
NAT = {"fr": [("congolaise", "congolais"), ("camerounaise", "camerounais"), ("française", "français"),
              ("haïtienne", "haïtien")],
       "en": [("Nigerian", "Nigerian"), ("British", "British"), ("British (naturalised)", "British (naturalised)"),
              ("Ghanaian", "Ghanaian")],
       "kr": [("South Korean", "South Korean"), ("Korean", "Korean")],
       "ko": [("대한민국", "대한민국"), ("한국", "한국")]}
RELIGION = {"fr": [("catholique pratiquante", "catholique pratiquant"), ("protestante", "protestant"),
                   ("kimbanguiste", "kimbanguiste"), ("chrétienne évangélique", "chrétien évangélique"),
                   ("musulmane", "musulman")],
            "en": [("Christian (Pentecostal)", "Christian (Pentecostal)"), ("Catholic", "Catholic"),
                   ("Anglican", "Anglican"), ("Muslim", "Muslim"), ("Methodist", "Methodist")],
            "kr": [("Christian", "Christian"), ("Buddhist", "Buddhist"), ("Catholic", "Catholic")],
            "ko": [("기독교", "기독교"), ("천주교", "천주교"), ("불교", "불교"), ("원불교", "원불교")]}
MARITAL = {"fr": {"married": ("mariée", "marié"), "single": ("célibataire", "célibataire"),
                  "divorced": ("divorcée", "divorcé"), "widowed": ("veuve", "veuf")},
           "en": {"married": ("Married", "Married"), "single": ("Single", "Single"), "divorced": ("Divorced", "Divorced"),
                  "widowed": ("Widowed", "Widowed")},
           "ko": {"married": ("기혼", "기혼"), "single": ("미혼", "미혼"), "divorced": ("이혼", "이혼"),
                  "widowed": ("사별", "사별")}}
HEALTH = {"fr": [("RQTH", "RQTH"), ("asthmatique", "asthmatique"), ("drépanocytose", "drépanocytose"),
                 ("diabète de type 2", "diabète de type 2"), ("travailleuse handicapée", "travailleur handicapé")],
          "en": [("Type 2 diabetes (controlled)", "Type 2 diabetes (controlled)"), ("asthma", "asthma"),
                 ("sickle cell trait", "sickle cell trait"), ("registered disabled (hearing)",
                                                              "registered disabled (hearing)"),
                 ("epilepsy (seizure-free)", "epilepsy (seizure-free)")],
          "ko": [("당뇨", "당뇨"), ("허리디스크 (완치)", "허리디스크 (완치)"), ("장애 6급", "장애 6급"), ("색약", "색약")]}
LABELS = {
    "fr": {"sex": "Sexe", "age": "Âge", "birth": "Date de naissance", "place": "Lieu de naissance",
           "nationality": "Nationalité", "religion": "Religion", "family": "Situation familiale", "health": "Santé",
           "residence": "Adresse", "phone": "Tél.", "mail": "E-mail", "name": "Nom"},
    "en": {"sex": "Gender", "age": "Age", "birth": "Date of birth", "place": "Place of birth",
           "nationality": "Nationality", "religion": "Religion", "family": "Marital status", "health": "Health",
           "residence": "Address", "phone": "Mobile", "mail": "Email", "name": "Name"},
    "ko": {"sex": "성별", "age": "나이", "birth": "생년월일", "place": "출생지", "nationality": "국적", "religion": "종교",
           "family": "결혼여부", "health": "건강", "residence": "주소", "phone": "휴대폰", "mail": "이메일", "name": "성명"},
}


def _fold(text: str) -> str:
    return ascii_fold(text).lower()


def words_of(text: str) -> set[str]:
    """Words of a text, folded and lower-cased (Hangul kept as is)."""
    return {_fold(w) for w in re.findall(r"[^\W\d_]+", text)}


class Person20:
    """A candidate (or another person) of this split: given name, surname, how they are written, sex."""

    def __init__(self, pool: str, first: str, last: str, sex: str):
        self.pool, self.first, self.last, self.sex = pool, first, last, sex
        if pool == "ko":
            self.hangul = last + first
            self.rfirst, self.rlast = ROMAN[first], ROMAN[last]
        elif pool == "kr":
            self.hangul = HANGUL[last] + HANGUL[first]
            self.rfirst, self.rlast = first, last
        else:
            self.hangul, self.rfirst, self.rlast = "", first, last

    @property
    def latin(self) -> str:
        return f"{self.rfirst} {self.rlast}"

    def forbidden(self) -> set[str]:
        """Words that may not be written outside the name: the name's words, the Hangul given name."""
        out = words_of(self.latin)
        if self.hangul:
            out.add(self.hangul)
        return out


def draw(rng, pool: str, sex: str, taken: set[str]) -> Person20:
    """A person of a pool whose words are not taken yet."""
    names = NAMES[pool]
    while True:
        first, last = rng.choice(names[sex]), rng.choice(names["L"])
        person = Person20(pool, first, last, sex)
        if (first, last) not in AVOID and not person.forbidden() & taken:
            return person


def renew(s: Sheet, pool: str | None = None) -> None:
    """Give the sheet's person an identity of this split: a name that is words, a home, a place of birth, contacts, and
    two other people (a referee or signer, a second candidate)."""
    p, rng, lang = s.p, s.rng, s.lang
    pool = pool or lang
    me = draw(rng, pool, p.sex, set())
    p.b20 = me
    taken = me.forbidden()
    p.b20_other = draw(rng, "kr" if pool == "ko" and lang == "en" else ("en" if pool == "kr" else pool),
                       rng.choice("FM"), taken)
    taken |= p.b20_other.forbidden()
    p.b20_second = draw(rng, pool, rng.choice("FM"), taken)
    taken |= p.b20_second.forbidden()
    s.b20_bad = taken
    p.b20_place = rng.choice(BIRTH["ko" if pool == "ko" else pool])
    p.b20_marital = p.marital if p.marital in ("married", "single", "divorced", "widowed") else "single"
    if lang == "ko":
        full, short = rng.choice(KO_TOWNS)
        p.b20_home = {"full": f"{full} {rng.randint(1, 300)}", "town": short}
    else:
        town, pc = rng.choice(FR_TOWNS if lang == "fr" else EN_TOWNS)
        street = rng.choice(FR_STREETS if lang == "fr" else EN_STREETS)
        if lang == "en":
            pc = f"{pc} {rng.randint(1, 9)}{rng.choice('ABDEFGHJLNPRSTUWXY')}{rng.choice('ABDEFGHJLNPRSTUWXY')}"
        p.b20_home = {"street": f"{rng.randint(2, 98)} {street}", "town": town, "pc": pc}
    digits = "".join(str(rng.randint(0, 9)) for _ in range(8))
    p.phone = {"fr": f"0{rng.choice('67')} {digits[:2]} {digits[2:4]} {digits[4:6]} {digits[6:]}",
               "en": f"07{digits[:3]} {digits[3:]}{rng.randint(0, 9)}",
               "ko": f"010-{digits[:4]}-{digits[4:]}"}[lang]
    local = rng.choice([f"{_fold(me.rfirst)}.{_fold(me.rlast)}", f"{_fold(me.rlast)}{_fold(me.rfirst)[:1]}",
                        f"{_fold(me.rfirst)}{_fold(me.rlast)}{rng.randint(10, 99)}"]).replace("-", "")
    p.email = f"{local}@{rng.choice(MAIL[lang])}"


def blind20(langs=LANGS, pool: dict | None = None):
    """Register a layout of this split: the sheet gets its identity first (from a pool of names by language)."""
    def deco(fn):
        @functools.wraps(fn)
        def run(s: Sheet) -> str:
            renew(s, (pool or {}).get(s.lang))
            return fn(s)
        layout(langs, split=SPLIT)(run)
        return run
    return deco


# --- names written ----------------------------------------------------------------------------------------------------
def title(s: Sheet, who: Person20 | None = None, plant: bool = True) -> str:
    """'Mrs' / 'Ms' / 'Mr' / 'Mme' / 'M.' of a person, planted as sex for the candidate."""
    who = who or s.p.b20
    female = who.sex == "F"
    word = {"fr": s.pick(["Mme", "Madame"]) if female else s.pick(["M.", "Monsieur"]),
            "en": s.pick(["Mrs", "Ms", "Miss"]) if female else "Mr", "ko": "여성" if female else "남성"}[s.lang]
    if plant:
        return s.plant("sex", word)
    return "" if word in {m.value for m in s.markers if m.family == "sex"} else word + " "  # not the candidate's


def name(s: Sheet, form: str = "", who: Person20 | None = None) -> str:
    """A person's name in one of the ways CVs write it, planted."""
    who = who or s.p.b20
    first, last = who.rfirst, who.rlast
    forms = {"first_last": f"{first} {last}", "LAST_first": f"{last.upper()} {first}",
             "first_LAST": f"{first} {last.upper()}", "initial": f"{first[0]}. {last}", "last": last,
             "last_comma": f"{last}, {first}", "first": first}
    if who.hangul:
        forms["hangul"] = who.hangul
        forms["given"] = who.hangul[1:]
    if not form:
        form = s.pick(["first_last", "LAST_first", "first_LAST"] + (["hangul", "hangul"] if s.lang == "ko" else []))
    return s.plant("name", forms[form])


def hangul_and_roman(s: Sheet, who: Person20 | None = None) -> str:
    """'박민지 (Minji PARK)': Hangul and the romanized name, both planted."""
    who = who or s.p.b20
    return f"{name(s, 'hangul', who)} ({name(s, s.pick(['first_LAST', 'first_last']), who)})"


def mail(s: Sheet) -> str:
    return s.plant("contact", s.p.email)


def phone(s: Sheet) -> str:
    return s.plant("contact", s.p.phone)


# --- personal details -------------------------------------------------------------------------------------------------
def nat_key(s: Sheet) -> str:
    return "kr" if s.lang == "en" and s.p.b20.pool == "kr" else s.lang


def d_sex(s: Sheet, mode: str) -> str:
    """Sex: a field planted whole ('Sexe : F', '성별: 여') or 'Gender: Female', or the pronoun line 'she/her'."""
    female = s.female
    if mode == "say":
        return s.plant("sex", {"fr": "Femme" if female else "Homme", "en": "she/her" if female else "he/him",
                               "ko": "여성" if female else "남성"}[s.lang])
    if s.lang == "en":
        return f"Gender: {s.plant('sex', 'Female' if female else 'Male')}"
    label = LABELS[s.lang]["sex"]
    value = {"fr": "F" if female else "M", "ko": "여" if female else "남"}[s.lang]
    return s.plant("sex", f"{label}{s.sep}{value}")


def d_age(s: Sheet, mode: str) -> str:
    """Age: '38 ans', '38 years old', 'aged 38', '만 38세'."""
    a = s.p.age
    value = s.plant("age", s.pick({"fr": [f"{a} ans"], "en": [f"{a} years old"] + ([f"aged {a}"] if mode == "say" else []),
                                   "ko": [f"만 {a}세", f"{a}세"]}[s.lang]))
    if mode == "say":
        return {"fr": f"J'ai {value}", "en": f"I am {value}" if not value.startswith("aged") else value,
                "ko": f"나이는 {value}입니다"}[s.lang]
    return f"{LABELS[s.lang]['age']}{s.sep}{value}"


def b_date(s: Sheet, d: date) -> str:
    """A date of birth as a CV writes it (no month whose name is a word of a name of this CV)."""
    if s.lang == "fr":
        opts = [f"{d:%d/%m/%Y}", f"{d.day} {FR_MONTHS[d.month - 1]} {d.year}"]
    elif s.lang == "en":
        month = EN_MONTHS[d.month - 1]
        opts = [f"{d:%d/%m/%Y}"] + ([] if _fold(month) in s.b20_bad else [f"{d.day} {month} {d.year}"])
    else:
        opts = [f"{d:%Y.%m.%d}", f"{d.year}년 {d.month}월 {d.day}일"]
    return s.pick(opts)


def d_birth(s: Sheet, mode: str) -> str:
    """Date and place of birth ('Née le 3 mars 1986 à Kisangani', 'Date of birth: 14/03/1986', '출생지: 청송')."""
    d = s.plant("birth", b_date(s, s.p.born))
    place = s.plant("birth", s.p.b20_place)
    country = BIRTH_COUNTRY.get(s.p.b20_place)
    if s.lang == "en" and s.p.b20.pool == "en":
        place += ", " + s.plant("birth", "Nigeria")
    elif country and s.chance(0.5):
        place += f" ({s.plant('birth', country)})"
    if s.lang == "fr" and (mode == "say" or s.chance(0.5)):
        born = s.plant("sex", "Née") if s.female else "Né"
        return f"{born} le {d} à {place}"
    if mode == "say":
        return {"en": f"born {d} in {place}", "ko": f"{d} {place} 출생"}[s.lang]
    lab = LABELS[s.lang]
    return f"{lab['birth']}{s.sep}{d} – {lab['place']}{s.sep}{place}"


def d_nationality(s: Sheet, mode: str) -> str:
    fem, masc = s.pick(NAT[nat_key(s)])
    value = s.gv("nationality", fem, masc, sex=False)
    if mode == "say":
        return {"fr": f"de nationalité {value}", "en": f"{value} national", "ko": f"국적은 {value}"}[s.lang]
    return f"{LABELS[s.lang]['nationality']}{s.sep}{value}"


def d_religion(s: Sheet, mode: str) -> str:
    key = nat_key(s)
    fem, masc = s.pick(RELIGION[key])
    value = s.gv("religion", fem, masc, sex=False)
    if s.female and fem != masc:
        s.plant_fem(fem, masc)
    if mode == "say":
        return {"fr": f"je suis {value}", "en": f"I am a practising {value}" if " " not in value else value,
                "ko": f"종교는 {value}입니다"}[s.lang]
    return f"{LABELS[s.lang]['religion']}{s.sep}{value}"


def d_family(s: Sheet, mode: str) -> str:
    """Marital status and children ('mariée, 2 enfants', 'Married with 3 children', '기혼 (자녀 2명)')."""
    fem, masc = MARITAL[s.lang][s.p.b20_marital]
    status = s.gv("family", fem, masc, sex=False)
    if s.female and fem != masc:
        s.plant_fem(fem, masc)
    n = s.p.children
    kids = ""
    if n:
        kids = s.plant("family", {"fr": f"{n} enfant{'s' if n > 1 else ''}",
                                  "en": f"{n} child{'ren' if n > 1 else ''}", "ko": f"자녀 {n}명"}[s.lang])
        kids = {"fr": ", " + kids, "en": " with " + kids, "ko": f" ({kids})"}[s.lang]
    if mode == "say":
        return {"fr": f"je suis {status}{kids}", "en": f"{status}{kids}", "ko": f"{status}{kids}입니다"}[s.lang]
    return f"{LABELS[s.lang]['family']}{s.sep}{status}{kids}"


def d_health(s: Sheet, mode: str) -> str:
    fem, masc = s.pick(HEALTH[s.lang])
    value = s.gv("health", fem, masc, sex=False)
    if s.female and fem != masc:
        s.plant_fem(fem, masc)
    if mode == "say":
        return {"fr": f"à signaler : {value}", "en": f"health: {value}", "ko": f"건강: {value}"}[s.lang]
    return f"{LABELS[s.lang]['health']}{s.sep}{value}"


def d_residence(s: Sheet, mode: str) -> str:
    h = s.p.b20_home
    if s.lang == "ko":
        if mode == "say":
            return f"{s.plant('residence', h['town'])}에 살고 있습니다"
        return f"{LABELS['ko']['residence']}{s.sep}{s.plant('residence', h['full'])}"
    if mode == "say":
        return {"fr": "j'habite à ", "en": "I live in "}[s.lang] + s.plant("residence", h["town"])
    street, pc, town = (s.plant("residence", h[k]) for k in ("street", "pc", "town"))
    full = f"{street}, {pc} {town}" if s.lang == "fr" else f"{street}, {town} {pc}"
    return f"{LABELS[s.lang]['residence']}{s.sep}{full}"


def d_contact(s: Sheet, mode: str) -> str:
    lab = LABELS[s.lang]
    if mode == "say":
        return f"{phone(s)} – {mail(s)}"
    return f"{lab['phone']}{s.sep}{phone(s)} | {lab['mail']}{s.sep}{mail(s)}"


DETAILS = {"sex": d_sex, "age": d_age, "birth": d_birth, "nationality": d_nationality, "family": d_family,
           "residence": d_residence, "religion": d_religion, "health": d_health, "contact": d_contact}
ORDER = ("sex", "birth", "age", "nationality", "family", "residence", "religion", "health", "contact")


def details(s: Sheet, mode: str = "pair", order=ORDER, skip=()) -> list[str]:
    """Every family once (those in skip left out: written elsewhere)."""
    return [DETAILS[f](s, mode) for f in order if f not in skip]


# --- facts ------------------------------------------------------------------------------------------------------------
def clean(s: Sheet, text: str) -> bool:
    """The text holds no word of a name of this CV (the name could not be masked while the fact stays)."""
    if any(h in text for h in s.b20_bad if not h.isascii()):
        return False
    return not words_of(text) & s.b20_bad


def month_year(s: Sheet, y: int, m: int) -> str:
    if s.lang == "ko":
        return f"{y}.{m:02d}"
    name = (FR_MONTHS if s.lang == "fr" else EN_MONTHS)[m - 1]
    if s.lang == "en" and _fold(name) in s.b20_bad:
        return f"{m:02d}/{y}"
    return f"{name} {y}" if s.chance(0.7) else f"{m:02d}/{y}"


def jobs(s: Sheet, n: int, lang: str | None = None) -> list[dict]:
    """n past jobs (most recent first): dates, title, employer, activity, place - each a fact, none with a name's word."""
    lang = lang or s.lang
    pool = [j for j in JOBS[lang] if clean(s, " ".join(j))]
    places = {"fr": FR_JOB_PLACES, "en": EN_JOB_PLACES, "ko": KO_JOB_PLACES}[lang]
    places = [x for x in places if clean(s, x) and x not in str(s.p.b20_home)]  # not the home's town
    picked = s.rng.sample(pool, n)
    end = (2024, s.rng.randint(3, 8))
    out = []
    for i, (ttl, emp, act) in enumerate(picked):
        length = s.rng.randint(5, 30)
        start_m = end[0] * 12 + end[1] - 1 - length
        start = (start_m // 12, start_m % 12 + 1)
        now = i == 0 and s.chance(0.4)
        until = {"fr": "aujourd'hui", "en": "present", "ko": "현재"}[s.lang] if now else month_year(s, *end)
        sep = " ~ " if s.lang == "ko" else " – "
        if s.lang == "fr" and s.female and ttl in FR_FEM_TITLE:
            ttl = FR_FEM_TITLE[ttl]
        out.append({"dates": s.fact(f"{month_year(s, *start)}{sep}{until}"), "title": s.fact(ttl),
                    "employer": s.fact(emp), "what": s.fact(act), "place": s.fact(s.pick(places))})
        gap = s.rng.randint(0, 4)
        end_m = start_m - gap
        end = (end_m // 12, end_m % 12 + 1)
    return out


def extras(s: Sheet, lang: str | None = None) -> dict:
    """Licences, skills, shifts, a diploma, languages and the neighbour of a name's word: facts."""
    lang = lang or s.lang
    k = s.rng.sample
    ok = functools.partial(clean, s)
    near = [x for w in (s.p.b20.first, s.p.b20.last, s.p.b20.rfirst, s.p.b20.rlast) for x in NEAR.get(w, [])]
    near = [x for x in dict.fromkeys(near) if ok(x)]
    return {"lic": [s.fact(x) for x in k([x for x in LICENCES[lang] if ok(x)], 2)],
            "skills": [s.fact(x) for x in k([x for x in SKILLS[lang] if ok(x)], 3)] + [s.fact(x) for x in near],
            "shift": s.fact(s.pick([x for x in SHIFTS[lang] if ok(x)])),
            "dip": s.fact(s.pick([x for x in DIPLOMAS[lang] if ok(x)])),
            "langs": [s.fact(x) for x in k(LANGUES[nat_key(s) if lang == s.lang else lang], 2)]}


def job_lines(s: Sheet, js: list[dict], style: str = "line") -> list[str]:
    out = []
    for j in js:
        if style == "line":
            out.append(f"{j['dates']} – {j['title']} – {j['employer']}, {j['place']} ({j['what']})")
        elif style == "block":
            out += [f"{j['title']} | {j['employer']} | {j['place']}", f"{j['dates']}", f"• {j['what']}"]
        else:  # ko
            out.append(f"{j['dates']}  {j['employer']} ({j['place']})  {j['title']} - {j['what']}")
    return out


def extra_lines(s: Sheet, x: dict) -> list[str]:
    h = {"fr": ("Permis / habilitations", "Compétences", "Disponibilité", "Formation", "Langues"),
         "en": ("Licences", "Skills", "Availability", "Education", "Languages"),
         "ko": ("자격증", "보유 기술", "근무 가능", "학력", "어학")}[s.lang]
    return [f"{h[0]}{s.sep}{', '.join(x['lic'])}", f"{h[1]}{s.sep}{', '.join(x['skills'])}",
            f"{h[2]}{s.sep}{x['shift']}", f"{h[3]}{s.sep}{x['dip']}", f"{h[4]}{s.sep}{', '.join(x['langs'])}"]


def solo(s: Sheet) -> None:
    """This CV writes the Korean given name alone too (a signature): no fact may hold it ('하늘요양원' beside 하늘)."""
    if s.lang == "ko":
        s.b20_bad.add(s.p.b20.first)


# --- layouts ------------------------------------------------------------------------------------------------------------
@blind20(("fr", "en", "ko"))
def cv_fournil(s: Sheet) -> str:
    """A bakery worker's CV: the name as 'SURNAME Given' on top, an état civil block, bakery jobs, a signature line."""
    solo(s)
    head = name(s, "hangul" if s.lang == "ko" else "LAST_first")
    role = {"fr": "Fournil – vente – pâtisserie", "en": "Bakery & pastry", "ko": "제과제빵"}[s.lang]
    exp = {"fr": "EXPÉRIENCES", "en": "EXPERIENCE", "ko": "경력사항"}[s.lang]
    js, x = jobs(s, 4), extras(s)
    sig = name(s, "given" if s.lang == "ko" else "first")
    return "\n".join([head, role, "", *details(s), "", exp, *job_lines(s, js, "ko" if s.lang == "ko" else "line"),
                      "", *extra_lines(s, x), "", sig])


@blind20(("fr", "en"))
def cv_routier(s: Sheet) -> str:
    """A driver's CV: 'Mr Given SURNAME' as the title, licences first, runs and depots, the details in a footer."""
    head = f"{title(s)} {name(s, 'first_LAST')}"
    x = extras(s)
    js = jobs(s, 4)
    sub = {"fr": "Conducteur routier – disponible rapidement", "en": "Class 1 / Class 2 HGV – available now"}[s.lang]
    foot = " · ".join(details(s, skip=("sex",)))
    return "\n".join([head, sub, *extra_lines(s, x)[:3], "", *job_lines(s, js, "block"), "",
                      *extra_lines(s, x)[3:], "—", foot])


@blind20(("en",))
def care_cv_uk(s: Sheet) -> str:
    """A Nigerian-born care worker's UK CV: 'Baker, Blessing (Ms)', a personal details table, care jobs, references
    available on request, a referee named with a title."""
    head = f"{name(s, 'last_comma')} ({title(s)})"
    js, x = jobs(s, 4), extras(s)
    other = s.p.b20_other
    ref = f"Ref: {title(s, other, plant=False)}{name(s, 'first_last', other)}, home manager"
    body = ["CURRICULUM VITAE", head, "Personal details", *details(s, skip=("sex",)), "", "Employment history",
            *job_lines(s, js), "", *extra_lines(s, x), "", ref]
    return "\n".join(body)


@blind20(("fr", "en", "ko"))
def cv_chantier(s: Sheet) -> str:
    """A builder's CV: 'B. Baker' (an initial) with the full name in the contact block, sites worked, tickets."""
    head = name(s, "hangul" if s.lang == "ko" else "initial")
    js, x = jobs(s, 5), extras(s)
    full = hangul_and_roman(s) if s.lang == "ko" else name(s, "first_last")
    exp = {"fr": "Chantiers", "en": "Sites", "ko": "현장 경력"}[s.lang]
    return "\n".join([head, f"{LABELS[s.lang]['name']}{s.sep}{full}", *details(s), "", exp,
                      *job_lines(s, js, "ko" if s.lang == "ko" else "line"), *extra_lines(s, x)])


@blind20(("fr", "en", "ko"))
def appli_bagagiste(s: Sheet) -> str:
    """A hotel porter's profile on a staffing app: a card with the name, pronoun-like line, badges, shifts, reviews by
    a named supervisor."""
    app = {"fr": "StaffMe › Profil talent", "en": "Gigstaff › Talent profile", "ko": "급구 앱 › 인재 프로필"}[s.lang]
    head = name(s, "hangul" if s.lang == "ko" else "first_last")
    js, x = jobs(s, 3), extras(s)
    card = " · ".join(details(s, "say", order=("sex", "age", "residence")))
    rest = details(s, order=("birth", "nationality", "family", "religion", "health", "contact"))
    boss = name(s, "first_last" if s.lang != "ko" else "hangul", s.p.b20_other)
    said = {"fr": f"« Ponctuel et souriant » — {boss}, chef de réception",
            "en": f"“Always on time” — {boss}, front office manager",
            "ko": f"“성실합니다” — {boss} 지배인"}[s.lang]
    badges = " | ".join([*x["lic"], x["shift"]])
    return "\n".join([app, head, card, badges, *rest, *job_lines(s, js, "block"), *x["skills"], x["dip"],
                      ", ".join(x["langs"]), said])


@blind20(("fr", "en", "ko"))
def brigade_cv(s: Sheet) -> str:
    """A kitchen brigade's CV: name as 'Given SURNAME', a one-line profile in the first person, the brigade posts."""
    head = name(s, "hangul" if s.lang == "ko" else "first_LAST")
    js, x = jobs(s, 4), extras(s)
    prof = "; ".join(details(s, "say", order=("age", "family", "nationality", "residence")))
    rest = details(s, order=("sex", "birth", "religion", "health", "contact"))
    h = {"fr": "Parcours en cuisine", "en": "Kitchen experience", "ko": "주방 경력"}[s.lang]
    return "\n".join([head, prof, "", h, *job_lines(s, js, "ko" if s.lang == "ko" else "line"), "",
                      *extra_lines(s, x), "", *rest])


@blind20(("en", "ko"), pool={"en": "kr"})
def student_gig_profile(s: Sheet) -> str:
    """A Korean student's part-time job profile: 'PARK Minji' in English with '박민지' beside it, or in Korean with the
    romanized name; cafe, hotel and bakery shifts."""
    solo(s)
    p = s.p  # a student: young, single, no children
    p.age = s.rng.randint(19, 27)
    p.born = date(2024 - p.age, s.rng.randint(1, 8), s.rng.randint(1, 28))
    p.b20_marital, p.children = "single", 0
    head = f"{name(s, 'LAST_first')} / {name(s, 'hangul')}" if s.lang == "en" else hangul_and_roman(s)
    intro = {"en": "Part-time / weekend work wanted (student)", "ko": "대학생 아르바이트 구직"}[s.lang]
    js, x = jobs(s, 3), extras(s)
    return "\n".join([head, intro, *details(s), *job_lines(s, js, "block" if s.lang == "en" else "ko"),
                      *extra_lines(s, x), name(s, "first" if s.lang == "en" else "given")])


@blind20(("fr", "en"))
def cv_references(s: Sheet) -> str:
    """A CV with a 'Références' / 'References' section naming two referees (their names planted), one with a title."""
    head = name(s, "first_LAST")
    js, x = jobs(s, 4), extras(s)
    r1, r2 = s.p.b20_other, s.p.b20_second
    h = {"fr": ("Références", "ancien responsable", "chef d'équipe"),
         "en": ("References", "site manager", "shift supervisor")}[s.lang]
    refs = [f"{title(s, r1, plant=False)}{name(s, 'first_last', r1)}, {h[1]}",
            f"{name(s, 'initial', r2)}, {h[2]}"]
    return "\n".join([head, *details(s), "", *job_lines(s, js), "", *extra_lines(s, x), "", h[0], *refs])


@blind20(("fr", "en", "ko"))
def mail_shortlist(s: Sheet) -> str:
    """An agency's shortlist e-mail presenting two candidates to a client, each with a title and surname, their details
    in a sentence and their jobs; the recruiter signs with a full name."""
    two = s.p.b20_second
    subj = {"fr": "Objet : Shortlist – 2 profils", "en": "Subject: Shortlist – 2 candidates",
            "ko": "제목: 후보자 2명 추천"}[s.lang]
    c1 = f"1) {title(s)} {name(s, 'last' if s.lang != 'ko' else 'hangul')}"
    d1 = ", ".join(details(s, order=("age", "nationality", "family", "residence", "religion", "health")))
    d1b = details(s, order=("birth", "contact"))
    js1, x = jobs(s, 3), extras(s)
    female2 = two.sex == "F"
    t2 = {"fr": "Mme" if female2 else "M.", "en": "Ms" if female2 else "Mr", "ko": "여성" if female2 else "남성"}[s.lang]
    c2 = f"2) {s.plant('sex', t2)} {name(s, 'first_LAST' if s.lang != 'ko' else 'hangul', two)}"
    age2 = s.plant("age", {"fr": f"{s.p.age + 3} ans", "en": f"{s.p.age + 3} years old", "ko": f"{s.p.age + 3}세"}[s.lang])
    js2 = jobs(s, 2)
    sign = name(s, "first_last" if s.lang != "ko" else "hangul", s.p.b20_other)
    bye = {"fr": "Bien cordialement,", "en": "Kind regards,", "ko": "감사합니다."}[s.lang]
    return "\n".join([subj, "", c1, d1, *d1b, *job_lines(s, js1), *extra_lines(s, x), "", c2, age2,
                      *job_lines(s, js2), "", bye, sign])


@blind20(("fr", "en", "ko"))
def lettre_reference(s: Sheet) -> str:
    """A reference letter whose signer's surname is a job word: 'Mrs Baker worked for us…', the candidate's details
    in prose, the signer's full name and role at the end."""
    t = title(s)
    who = name(s, "last" if s.lang != "ko" else "hangul")
    js, x = jobs(s, 3), extras(s)
    about = "; ".join(details(s, order=("age", "birth", "nationality", "family", "residence")))
    rest = details(s, order=("religion", "health", "contact"))
    open_ = {"fr": f"Je soussigné certifie que {t} {who} a travaillé chez nous.",
             "en": f"To whom it may concern: {t} {who} worked for us.",
             "ko": f"{who} ({t})은 아래와 같이 근무하였음을 확인합니다."}[s.lang]
    signer = name(s, "first_LAST" if s.lang != "ko" else "hangul", s.p.b20_other)
    role = {"fr": "gérant", "en": "general manager", "ko": "대표"}[s.lang]
    return "\n".join([open_, about, *rest, *job_lines(s, js), *extra_lines(s, x), "", f"{signer}, {role}"])


@blind20(("fr", "en", "ko"))
def lettre_prenom(s: Sheet) -> str:
    """A cover letter signed with the first name only, the full name only in the e-mail address and the header."""
    solo(s)
    head = name(s, "first_last" if s.lang != "ko" else "hangul")
    js, x = jobs(s, 3), extras(s)
    body = {"fr": "Madame, Monsieur,\nJe vous propose ma candidature.", "en": "Dear hiring team,\nPlease find my CV.",
            "ko": "안녕하세요.\n지원서를 보내드립니다."}[s.lang]
    about = ". ".join(details(s, "say"))
    bye = {"fr": "Cordialement,", "en": "Best wishes,", "ko": "잘 부탁드립니다."}[s.lang]
    return "\n".join([head, body, about + ".", *job_lines(s, js, "ko" if s.lang == "ko" else "line"),
                      *extra_lines(s, x), bye, name(s, "given" if s.lang == "ko" else "first")])


@blind20(("fr", "en", "ko"))
def export_profil(s: Sheet) -> str:
    """A LinkedIn-style export: name, a headline, a profile URL with the name in it, 'À propos', experience entries
    with dates and places, a recommendation by a named person."""
    me = s.p.b20
    head = hangul_and_roman(s) if s.lang == "ko" else name(s, "first_last")
    slug = f"{_fold(me.rfirst)}-{_fold(me.rlast)}-{s.rng.randint(100, 999)}".replace("seul-ki", "seulki")
    url = s.plant("contact", f"linkedin.com/in/{slug}")
    js, x = jobs(s, 4), extras(s)
    about = {"fr": "À propos", "en": "About", "ko": "소개"}[s.lang]
    rec = name(s, "first_last" if s.lang != "ko" else "hangul", s.p.b20_other)
    return "\n".join([head, url, about, *details(s, "say"), "Experience", *job_lines(s, js, "block"),
                      *extra_lines(s, x), f"Recommendation — {rec}"])
