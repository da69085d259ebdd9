"""Word pools of the placement benchmark (evaluation.placement): towns, trades, employers, diplomas, countries,
religions, names. Facts drawn from here are written without feminine-gendered words (a masker may rewrite those),
and employers include names of people on purpose ("Chez Fatima", "John Lewis", "Garage Renault")."""
from __future__ import annotations

from dataclasses import dataclass

TODAY = (2024, 9, 15)  # the date the CVs are written: ages and durations follow from it

# --- towns: (name, postcode or area) -------------------------------------------------------------------------
FR_TOWNS = [
    ("Sarcelles", "95200"), ("Roubaix", "59100"), ("Versailles", "78000"), ("Aubervilliers", "93300"),
    ("Vénissieux", "69200"), ("Clichy-sous-Bois", "93390"), ("Trappes", "78190"), ("Grigny", "91350"),
    ("Neuilly-sur-Seine", "92200"), ("Mantes-la-Jolie", "78200"), ("Saint-Denis", "93200"), ("Villepinte", "93420"),
    ("Roissy-en-France", "95700"), ("Rungis", "94150"), ("Gennevilliers", "92230"), ("Bobigny", "93000"),
    ("Nanterre", "92000"), ("Créteil", "94000"), ("Argenteuil", "95100"), ("Montreuil", "93100"),
    ("Évry-Courcouronnes", "91000"), ("Cergy", "95000"), ("Lyon", "69003"), ("Villeurbanne", "69100"),
    ("Marseille", "13015"), ("Lille", "59000"), ("Tourcoing", "59200"), ("Toulouse", "31000"), ("Bordeaux", "33000"),
    ("Nantes", "44000"), ("Rennes", "35000"), ("Strasbourg", "67000"), ("Mulhouse", "68100"),
    ("Montpellier", "34000"), ("Grenoble", "38000"), ("Saint-Étienne", "42000"), ("Le Havre", "76600"),
    ("Rouen", "76000"), ("Reims", "51100"), ("Amiens", "80000"), ("Limoges", "87000"), ("Clermont-Ferrand", "63000"),
    ("Dijon", "21000"), ("Metz", "57000"), ("Nancy", "54000"), ("Perpignan", "66000"), ("Avignon", "84000"),
    ("Orléans", "45000"), ("Le Mans", "72000"), ("Angers", "49000"), ("Brest", "29200"), ("Poitiers", "86000"),
    ("Chartres", "28000"), ("Meaux", "77100"), ("Melun", "77000"), ("Évreux", "27000"), ("Roanne", "42300"),
    ("Garges-lès-Gonesse", "95140"), ("Vaulx-en-Velin", "69120"), ("Les Mureaux", "78130"), ("Corbeil-Essonnes", "91100"),
]
NOT_JOB_PLACES = {"Mantes-la-Jolie"}  # a feminine word in the name: not written in a fact
FR_STREETS = ["rue des Lilas", "avenue Jean Jaurès", "rue Victor Hugo", "boulevard de la République",
              "allée des Tilleuls", "rue Pasteur", "rue de la Gare", "avenue du Général de Gaulle", "rue Émile Zola",
              "place du Marché", "rue des Écoles", "chemin des Vignes", "impasse des Roses", "rue du Moulin",
              "avenue Henri Barbusse", "rue Gabriel Péri", "quai de la Loire", "rue Paul Langevin", "cité des Fleurs",
              "résidence du Parc", "rue de Paris", "avenue Salvador Allende", "rue Lamartine", "square Berlioz"]
FR_STREET_EXTRA = ["", "", "", ", bât. B", ", appt 42", " bis", ", escalier C", ", 3e étage"]
EN_TOWNS = [
    ("Leeds", "LS", "West Yorkshire"), ("Manchester", "M", "Greater Manchester"), ("Birmingham", "B", "West Midlands"),
    ("Bradford", "BD", "West Yorkshire"), ("Leicester", "LE", "Leicestershire"), ("Croydon", "CR", "Greater London"),
    ("Luton", "LU", "Bedfordshire"), ("Glasgow", "G", "Scotland"), ("Cardiff", "CF", "Wales"), ("Bristol", "BS", "Bristol"),
    ("Sheffield", "S", "South Yorkshire"), ("Liverpool", "L", "Merseyside"), ("Nottingham", "NG", "Nottinghamshire"),
    ("Coventry", "CV", "West Midlands"), ("Slough", "SL", "Berkshire"), ("Wolverhampton", "WV", "West Midlands"),
    ("Newcastle upon Tyne", "NE", "Tyne and Wear"), ("Edinburgh", "EH", "Scotland"), ("Belfast", "BT", "Northern Ireland"),
    ("Southampton", "SO", "Hampshire"), ("Oldham", "OL", "Greater Manchester"), ("Bolton", "BL", "Greater Manchester"),
    ("Preston", "PR", "Lancashire"), ("Derby", "DE", "Derbyshire"), ("Swindon", "SN", "Wiltshire"),
    ("Milton Keynes", "MK", "Buckinghamshire"), ("Peterborough", "PE", "Cambridgeshire"), ("Sunderland", "SR", "Tyne and Wear"),
    ("Stoke-on-Trent", "ST", "Staffordshire"), ("Blackburn", "BB", "Lancashire"), ("Ilford", "IG", "Greater London"),
]
EN_STREETS = ["Harehills Lane", "Stratford Road", "Green Lane", "Church Street", "Victoria Road", "Albert Road",
              "Station Road", "Park Avenue", "Queen's Road", "High Street", "Mill Lane", "Chapel Street",
              "Belgrave Road", "Moseley Road", "Oxford Road", "Kings Road", "Cemetery Road", "Beech Grove"]
# Korean towns: (full region, short name, district)
KO_TOWNS = [
    ("서울특별시", "서울", "강남구"), ("서울특별시", "서울", "관악구"), ("서울특별시", "서울", "노원구"), ("서울특별시", "서울", "마포구"),
    ("서울특별시", "서울", "송파구"), ("서울특별시", "서울", "은평구"), ("서울특별시", "서울", "구로구"), ("부산광역시", "부산", "해운대구"),
    ("부산광역시", "부산", "사하구"), ("인천광역시", "인천", "부평구"), ("인천광역시", "인천", "남동구"), ("대구광역시", "대구", "수성구"),
    ("대구광역시", "대구", "달서구"), ("광주광역시", "광주", "북구"), ("대전광역시", "대전", "유성구"), ("울산광역시", "울산", "남구"),
    ("경기도 수원시", "수원", "영통구"), ("경기도 성남시", "성남", "분당구"), ("경기도 안산시", "안산", "단원구"),
    ("경기도 고양시", "고양", "일산동구"), ("경기도 용인시", "용인", "기흥구"), ("제주특별자치도 제주시", "제주", "연동"),
    ("충청남도 천안시", "천안", "서북구"), ("경상남도 창원시", "창원", "성산구"), ("전라북도 전주시", "전주", "완산구"),
]
KO_ROADS = ["테헤란로", "봉은사로", "올림픽로", "해운대로", "중앙대로", "동탄대로", "세종대로", "도산대로", "월드컵로",
            "경인로", "충장로", "둔산로", "달구벌대로", "광복로", "신림로", "동일로", "통일로", "월드컵북로"]
KO_APTS = ["", "", "래미안아파트 101동 1203호", "현대아파트 5동 702호", "푸르지오 203동 1504호", "2층", "빌라 B01호"]
KO_JOB_PLACES = ["평택", "이천", "화성", "김포", "송도", "천안", "창원", "울산", "청주", "구미", "파주", "광명", "하남", "세종"]
EN_JOB_TOWNS = ["Doncaster", "Wakefield", "Warrington", "Northampton", "Daventry", "Rugby", "Huddersfield",
                "Salford", "Stockport", "Reading", "Watford", "Heathrow", "Dartford", "Crawley", "Hull", "York"]

# --- countries: key -> (fr masc, fr fem, fr country, en adjective, en country, ko country, birth towns fr/en) --------
COUNTRIES = {
    "FR": ("français", "française", "France", "French", "France", "프랑스", ["Lyon", "Limoges", "Rouen"]),
    "MA": ("marocain", "marocaine", "Maroc", "Moroccan", "Morocco", "모로코", ["Casablanca", "Oujda", "Fès"]),
    "DZ": ("algérien", "algérienne", "Algérie", "Algerian", "Algeria", "알제리", ["Oran", "Alger", "Sétif", "Tizi Ouzou"]),
    "TN": ("tunisien", "tunisienne", "Tunisie", "Tunisian", "Tunisia", "튀니지", ["Sfax", "Tunis", "Sousse"]),
    "SN": ("sénégalais", "sénégalaise", "Sénégal", "Senegalese", "Senegal", "세네갈", ["Dakar", "Thiès"]),
    "ML": ("malien", "malienne", "Mali", "Malian", "Mali", "말리", ["Bamako", "Kayes"]),
    "CI": ("ivoirien", "ivoirienne", "Côte d'Ivoire", "Ivorian", "Côte d'Ivoire", "코트디부아르", ["Abidjan", "Bouaké"]),
    "VN": ("vietnamien", "vietnamienne", "Vietnam", "Vietnamese", "Vietnam", "베트남", ["Hanoï", "Haïphong"]),
    "PT": ("portugais", "portugaise", "Portugal", "Portuguese", "Portugal", "포르투갈", ["Porto", "Braga"]),
    "TR": ("turc", "turque", "Turquie", "Turkish", "Turkey", "튀르키예", ["Ankara", "Kayseri"]),
    "PL": ("polonais", "polonaise", "Pologne", "Polish", "Poland", "폴란드", ["Cracovie", "Gdańsk"]),
    "ES": ("espagnol", "espagnole", "Espagne", "Spanish", "Spain", "스페인", ["Séville", "Grenade"]),
    "CN": ("chinois", "chinoise", "Chine", "Chinese", "China", "중국", ["Wenzhou", "Canton"]),
    "IN": ("indien", "indienne", "Inde", "Indian", "India", "인도", ["Chennai", "Pondichéry"]),
    "PK": ("pakistanais", "pakistanaise", "Pakistan", "Pakistani", "Pakistan", "파키스탄", ["Lahore", "Mirpur"]),
    "KR": ("sud-coréen", "sud-coréenne", "Corée du Sud", "South Korean", "South Korea", "대한민국", ["Séoul", "Busan"]),
    "GB": ("britannique", "britannique", "Royaume-Uni", "British", "United Kingdom", "영국", ["Londres", "Leeds"]),
    "NG": ("nigérian", "nigériane", "Nigeria", "Nigerian", "Nigeria", "나이지리아", ["Lagos", "Ibadan"]),
    "GH": ("ghanéen", "ghanéenne", "Ghana", "Ghanaian", "Ghana", "가나", ["Accra", "Kumasi"]),
}
EN_BIRTH_TOWNS = {"FR": ["Lyon", "Marseille"], "MA": ["Casablanca"], "DZ": ["Oran", "Algiers"], "TN": ["Tunis"],
                  "SN": ["Dakar"], "ML": ["Bamako"], "CI": ["Abidjan"], "VN": ["Hanoi"], "PT": ["Porto"],
                  "TR": ["Ankara"], "PL": ["Krakow", "Gdansk"], "ES": ["Seville"], "CN": ["Wenzhou"],
                  "IN": ["Chennai", "Amritsar"], "PK": ["Lahore", "Mirpur"], "KR": ["Seoul"], "NG": ["Lagos", "Ibadan"],
                  "GH": ["Accra"], "GB": ["Leeds", "Bradford", "London", "Glasgow"]}
KO_BIRTH_PLACES = ["경상북도 안동시", "전라남도 목포시", "강원도 춘천시", "충청북도 청주시", "전라북도 익산시", "경상남도 진주시"]

# origin -> (Faker locale or "", nationality keys with weights)
ORIGINS = {
    "fr": ("fr_FR", {"FR": 1}), "maghreb": ("fr_DZ", {"FR": 6, "DZ": 2, "MA": 2, "TN": 1}),
    "westafrica": ("", {"FR": 5, "SN": 2, "ML": 2, "CI": 2}), "vietnam": ("vi_VN", {"FR": 3, "VN": 1}),
    "portugal": ("pt_PT", {"FR": 2, "PT": 2}), "turkey": ("tr_TR", {"FR": 2, "TR": 1}), "poland": ("pl_PL", {"PL": 2, "FR": 1}),
    "spain": ("es_ES", {"ES": 1, "FR": 1}), "china": ("zh_CN", {"CN": 1, "FR": 1}), "india": ("en_IN", {"IN": 1, "GB": 1}),
    "korea": ("ko_KR", {"KR": 1}), "britain": ("en_GB", {"GB": 1}), "nigeria": ("en_NG", {"NG": 1, "GB": 2}),
    "ghana": ("tw_GH", {"GH": 1, "GB": 1}), "pakistan": ("", {"GB": 3, "PK": 1}),
}
ORIGIN_COUNTRY = {"fr": "FR", "maghreb": "DZ", "westafrica": "SN", "vietnam": "VN", "portugal": "PT", "turkey": "TR",
                  "poland": "PL", "spain": "ES", "china": "CN", "india": "IN", "korea": "KR", "britain": "GB",
                  "nigeria": "NG", "ghana": "GH", "pakistan": "PK"}
ORIGIN_WEIGHTS = {
    "fr": {"fr": 38, "maghreb": 16, "westafrica": 10, "vietnam": 5, "portugal": 7, "turkey": 5, "poland": 3, "spain": 4,
           "china": 3, "india": 2, "korea": 2, "britain": 3, "nigeria": 1, "ghana": 1},
    "en": {"britain": 42, "india": 10, "pakistan": 8, "nigeria": 8, "ghana": 4, "poland": 7, "china": 4, "korea": 3,
           "fr": 4, "portugal": 3, "spain": 3, "turkey": 2, "maghreb": 2},
    "ko": {"korea": 88, "vietnam": 6, "china": 6},
}
MAGHREB_FIRST = {"F": ["Fatima", "Khadija", "Nadia", "Samira", "Yasmina", "Leïla", "Amina", "Karima", "Nawel", "Sana",
                       "Imane", "Houria", "Malika", "Rachida", "Soraya", "Meriem", "Naïma", "Zohra"],
                 "M": ["Mohamed", "Karim", "Rachid", "Youssef", "Mehdi", "Samir", "Nabil", "Farid", "Bilal", "Hakim",
                       "Sofiane", "Abdelkader", "Mourad", "Yacine", "Mustapha", "Hicham"]}
MAGHREB_LAST = ["El Amrani", "Benali", "Bouzid", "Haddad", "Benkhelifa", "Cherif", "Mansouri", "Belkacem", "Ait Ouali",
                "Zerrouki", "Boukhari", "Saadi", "Hamidi", "El Idrissi", "Meziane", "Touati", "Ben Youssef", "Ouazzani"]
WAFRICA_FIRST = {"F": ["Aminata", "Fatoumata", "Awa", "Mariam", "Aïssatou", "Kadiatou", "Adjoa", "Rokia", "Binta",
                       "Ndeye", "Coumba", "Assitan"],
                 "M": ["Mamadou", "Moussa", "Ousmane", "Ibrahima", "Abdoulaye", "Seydou", "Kofi", "Souleymane",
                       "Boubacar", "Lamine", "Cheikh", "Adama"]}
WAFRICA_LAST = ["Diallo", "Traoré", "Koné", "Diop", "Ndiaye", "Camara", "Sow", "Keïta", "Coulibaly", "Sylla", "Bamba",
                "Kouassi", "Ouédraogo", "N'Diaye", "Diakité", "Touré", "Cissé", "Fofana"]
PAKISTAN_FIRST = {"F": ["Ayesha", "Sadia", "Nazia", "Shabana", "Rukhsana", "Bushra"],
                  "M": ["Imran", "Asif", "Tariq", "Usman", "Zubair", "Kashif"]}
PAKISTAN_LAST = ["Hussain", "Akhtar", "Iqbal", "Mahmood", "Rashid", "Qureshi", "Butt", "Chaudhry"]
FR_PARTICLE_LAST = ["de la Fontaine", "Le Goff", "Da Silva", "Van den Berg", "D'Almeida", "Le Bihan", "de Souza",
                    "Saint-Martin", "Le Gall", "Dos Santos", "de Oliveira", "Le Roux"]
VI_MIDDLE = {"F": ["Thị", "Ngọc", "Thu"], "M": ["Văn", "Đức", "Minh"]}

KO_SURNAME_ROMAN = {"김": "Kim", "이": "Lee", "박": "Park", "최": "Choi", "정": "Jung", "강": "Kang", "조": "Cho",
                    "윤": "Yoon", "장": "Jang", "임": "Lim", "한": "Han", "오": "Oh", "서": "Seo", "신": "Shin",
                    "권": "Kwon", "황": "Hwang", "안": "Ahn", "송": "Song", "류": "Ryu", "유": "Yoo", "전": "Jeon",
                    "홍": "Hong", "고": "Ko", "문": "Moon", "양": "Yang", "손": "Son", "배": "Bae", "백": "Baek",
                    "허": "Heo", "노": "Noh", "남": "Nam", "심": "Shim", "하": "Ha", "곽": "Kwak", "성": "Sung",
                    "차": "Cha", "주": "Joo", "우": "Woo", "구": "Koo", "민": "Min", "나": "Na", "진": "Jin"}
KO_HANJA = {"김": "金", "이": "李", "박": "朴", "최": "崔", "정": "鄭", "강": "姜", "조": "趙", "윤": "尹", "장": "張",
            "임": "林", "한": "韓", "오": "吳", "서": "徐", "신": "申", "권": "權", "황": "黃", "안": "安", "송": "宋",
            "유": "劉", "전": "全", "홍": "洪", "고": "高", "문": "文", "양": "梁", "손": "孫", "배": "裵", "백": "白",
            "민": "敏", "지": "智", "수": "秀", "영": "英", "현": "賢", "준": "俊", "호": "浩", "우": "宇", "진": "眞",
            "은": "恩", "혜": "惠", "미": "美", "경": "京", "희": "姬", "성": "成", "훈": "勳", "재": "在", "석": "錫",
            "동": "東", "철": "哲", "하": "夏", "예": "藝", "주": "珠", "원": "元", "상": "相", "태": "泰", "기": "基",
            "숙": "淑", "옥": "玉", "순": "順", "명": "明", "선": "善", "아": "雅", "나": "娜", "소": "素", "채": "彩",
            "혁": "赫", "용": "龍", "승": "承", "환": "煥", "식": "植", "규": "奎", "병": "炳", "종": "鍾", "광": "光",
            "인": "仁", "건": "建", "도": "道", "빈": "彬", "연": "娟", "윤": "允", "정": "貞", "유": "有", "서": "瑞"}


# --- trades ----------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Trade:
    """A line of work: its ROME codes (French titles come from there), titles in English and Korean, and the job
    facts a CV of that trade mentions (employers, durations with {n} years, diplomas, licences, skills)."""

    key: str
    rome: tuple[str, ...]
    fr_fallback: tuple[tuple[str, str], ...]  # (masculine, feminine) if the ROME file is not there
    en_titles: tuple[str, ...]
    ko_titles: tuple[str, ...]
    employers: dict[str, tuple[str, ...]]
    durations: dict[str, tuple[str, ...]]
    diplomas: dict[str, tuple[str, ...]]
    licences: dict[str, tuple[str, ...]]
    skills: dict[str, tuple[str, ...]]
    en_female: tuple[str, ...] = ()  # English job words that say the author is a woman


def _t(**kw) -> dict[str, tuple[str, ...]]:
    return {k: tuple(v) for k, v in kw.items()}


TRADES = [
    Trade("logistics", ("N1103", "N1101", "N1105"), (("Préparateur de commandes", "Préparatrice de commandes"),
                                                     ("Magasinier", "Magasinière")),
          ("Warehouse Operative", "Forklift Driver", "Order Picker", "Stock Controller"),
          ("물류센터 입출고 담당", "지게차 운전원", "피킹 담당"),
          _t(fr=["Leroy Merlin", "Geodis", "Amazon", "XPO Logistics", "Carrefour Supply Chain", "Kuehne+Nagel",
                 "Lidl", "FM Logistic", "Intermarché"],
             en=["DHL Supply Chain", "Amazon", "Tesco Distribution", "Royal Mail", "Wincanton", "John Lewis",
                 "Sainsbury's"],
             ko=["쿠팡 풀필먼트", "CJ대한통운", "롯데글로벌로지스", "한진", "마켓컬리"]),
          _t(fr=["Après {n} ans comme cariste", "{n} ans d'expérience en logistique", "{n} ans en entrepôt",
                 "{n} ans de préparation de commandes"],
             en=["{n} years as a forklift driver", "{n} years in warehousing", "{n} years' experience in logistics"],
             ko=["물류센터 근무 {n}년", "{n}년 경력", "입출고 업무 {n}년"]),
          _t(fr=["CAP Opérateur logistique", "Bac pro Logistique", "Titre professionnel Cariste d'entrepôt"],
             en=["NVQ Level 2 in Warehousing and Storage", "BTEC Level 2 in Logistics"],
             ko=["물류관리사", "한국폴리텍대학 물류시스템과"]),
          _t(fr=["CACES R489 cat. 3", "CACES R489 cat. 1, 3 et 5", "CACES R485 cat. 2", "Permis B"],
             en=["Counterbalance forklift licence", "Reach truck licence (RTITB)", "Full UK driving licence"],
             ko=["지게차운전기능사", "1종 보통 운전면허"]),
          _t(fr=["Gestion des stocks", "Préparation de commandes", "Inventaires tournants", "Logiciel SAP", "Scanner RF"],
             en=["Stock control", "Pick and pack", "SAP WMS", "RF scanners", "Goods-in checks"],
             ko=["재고 관리", "WMS 사용", "입출고 검수", "피킹·패킹"])),
    Trade("care", ("J1501", "K1302"), (("Aide-soignant", "Aide-soignante"), ("Auxiliaire de vie", "Auxiliaire de vie")),
          ("Care Assistant", "Healthcare Assistant", "Support Worker", "Senior Carer"),
          ("요양보호사", "간병인", "요양원 생활지원사"),
          _t(fr=["EHPAD Les Tilleuls", "Korian", "CHU de Lille", "ADMR", "Hôpital Avicenne", "Clinique du Parc", "Domusvi"],
             en=["Leeds Teaching Hospitals NHS Trust", "Barchester Healthcare", "HC-One", "Bupa Care Homes", "Home Instead"],
             ko=["서울시립 북부노인요양원", "행복한요양원", "삼성서울병원", "국민건강보험공단 요양센터"]),
          _t(fr=["{n} ans en EHPAD", "{n} ans d'expérience en gériatrie", "{n} ans en service de soins"],
             en=["{n} years in care homes", "{n} years' experience in elderly care"],
             ko=["요양원 근무 {n}년", "{n}년 경력"]),
          _t(fr=["DEAS", "DEAES", "Diplôme d'État d'aide-soignant", "Bac pro ASSP", "CAP AEPE"],
             en=["Care Certificate", "NVQ Level 3 in Health and Social Care"],
             ko=["요양보호사 자격증", "사회복지사 2급"]),
          _t(fr=["Permis B", "AFGSU niveau 2", "PSC1"], en=["Full UK driving licence", "First Aid at Work"],
             ko=["2종 보통 운전면허"]),
          _t(fr=["Soins d'hygiène et de confort", "Aide à la toilette", "Dossier de soins informatisé", "Logiciel Netsoins"],
             en=["Personal care", "Medication rounds", "Dementia care", "Manual handling"],
             ko=["치매 어르신 돌봄", "식사 보조", "이동 보조"])),
    Trade("nursing", ("J1506",), (("Infirmier", "Infirmière"),),
          ("Staff Nurse", "Registered Nurse", "Ward Nurse"), ("간호사", "병동 간호사"),
          _t(fr=["AP-HP", "CHU de Nantes", "Clinique Pasteur", "Hôpital Foch", "Centre hospitalier de Meaux"],
             en=["Manchester University NHS Foundation Trust", "Nuffield Health", "Spire Healthcare", "Barts Health NHS Trust"],
             ko=["서울아산병원", "분당서울대학교병원", "세브란스병원", "부산대학교병원"]),
          _t(fr=["{n} ans en service de chirurgie", "{n} ans en réanimation", "{n} ans d'exercice en milieu hospitalier"],
             en=["{n} years on a surgical ward", "{n} years in A&E"], ko=["병동 근무 {n}년", "{n}년 경력"]),
          _t(fr=["Diplôme d'État infirmier", "DEI", "IFSI"],
             en=["BSc (Hons) Adult Nursing", "NMC registration"], ko=["간호사 면허", "간호학과 학사"]),
          _t(fr=["Permis B", "AFGSU niveau 2"], en=["NMC PIN", "Full UK driving licence"], ko=["BLS Provider"]),
          _t(fr=["Pose de perfusions", "Logiciel Orbis", "Gestion de la douleur"],
             en=["IV cannulation", "Wound care", "EPIC records"], ko=["EMR 전산", "활력징후 측정", "투약 관리"])),
    Trade("kitchen", ("G1602",), (("Commis de cuisine", "Commise de cuisine"), ("Cuisinier", "Cuisinière")),
          ("Commis Chef", "Line Cook", "Kitchen Porter", "Chef de Partie"), ("주방 보조", "조리사", "라인 쿡"),
          _t(fr=["Chez Fatima", "Restaurant Chez Marcel", "Sodexo", "Elior", "Flunch", "Brasserie Le Zinc",
                 "Hôtel Ibis", "Compass Group"],
             en=["Nando's", "Pret A Manger", "Wetherspoons", "Compass Group", "Dishoom", "Marks & Spencer"],
             ko=["CJ프레시웨이", "아워홈", "본죽", "이모네 식당", "신라호텔"]),
          _t(fr=["{n} ans en cuisine", "{n} ans dans la restauration", "{n} ans en brasserie"],
             en=["{n} years in professional kitchens", "{n} years as a line cook"], ko=["주방 경력 {n}년", "{n}년 경력"]),
          _t(fr=["CAP Cuisine", "Bac pro Cuisine", "BEP Restauration"],
             en=["NVQ Level 2 in Professional Cookery", "Level 2 Food Hygiene Certificate"],
             ko=["한식조리기능사", "양식조리기능사"]),
          _t(fr=["HACCP", "Permis B"], en=["Level 2 Food Safety"], ko=["위생교육 이수"]),
          _t(fr=["Mise en place", "Cuisson", "Plats du jour", "Normes HACCP"],
             en=["Food prep", "Allergen management", "Grill station"], ko=["식재료 손질", "위생 관리", "대량 조리"])),
    Trade("service", ("G1803",), (("Serveur", "Serveuse"), ("Barman", "Barmaid")),
          ("Waiter", "Bartender", "Front of House Assistant"), ("홀 서빙", "바리스타", "매장 직원"),
          _t(fr=["Brasserie Le Zinc", "Restaurant Chez Marcel", "Chez Fatima", "Starbucks", "Hippopotamus",
                 "Buffalo Grill", "Café de Flore"],
             en=["Wetherspoons", "Costa Coffee", "Pizza Express", "The Ivy", "Greggs"],
             ko=["스타벅스 코리아", "투썸플레이스", "빕스", "아웃백스테이크하우스"]),
          _t(fr=["{n} ans en salle", "{n} ans dans la restauration", "{n} ans de service en brasserie"],
             en=["{n} years front of house", "{n} years in hospitality"], ko=["서빙 경력 {n}년", "{n}년 경력"]),
          _t(fr=["CAP Commercialisation et services en HCR", "Bac pro CSR", "Mention complémentaire barman"],
             en=["WSET Level 1", "BTEC in Hospitality"], ko=["바리스타 2급", "조주기능사"]),
          _t(fr=["Permis d'exploitation", "Permis B"], en=["Personal Licence (alcohol)"], ko=["위생교육 이수"]),
          _t(fr=["Service à l'assiette", "Encaissement", "Accueil client", "Cocktails"],
             en=["Table service", "Cash handling", "Upselling", "Cocktail making"], ko=["고객 응대", "POS 사용", "음료 제조"]),
          en_female=("Waitress", "Barmaid", "Hostess")),
    Trade("retail", ("D1505", "D1507", "D1106", "D1214"), (("Caissier", "Caissière"), ("Vendeur", "Vendeuse")),
          ("Sales Assistant", "Cashier", "Retail Assistant", "Shelf Stacker"), ("매장 판매원", "캐셔", "진열 담당"),
          _t(fr=["Carrefour Market", "Auchan", "Monoprix", "Lidl", "Decathlon", "Action", "Intermarché", "Leclerc"],
             en=["Tesco", "Asda", "Sainsbury's", "Primark", "Boots", "Aldi"],
             ko=["이마트", "롯데마트", "홈플러스", "GS25", "올리브영"]),
          _t(fr=["{n} ans en hypermarché", "{n} ans de caisse", "{n} ans dans le commerce"],
             en=["{n} years in retail", "{n} years on the tills"], ko=["매장 근무 {n}년", "{n}년 경력"]),
          _t(fr=["BTS MCO", "BTS MUC", "Bac pro Commerce", "CAP Employé de vente"],
             en=["BTEC Level 3 in Retail", "GCSEs in English and Maths"], ko=["유통관리사 2급", "고등학교 졸업"]),
          _t(fr=["Permis B"], en=["Full UK driving licence"], ko=["2종 보통 운전면허"]),
          _t(fr=["Encaissement", "Mise en rayon", "Gestion des stocks", "Conseil client", "Logiciel de caisse"],
             en=["Customer service", "Stock rotation", "Visual merchandising"], ko=["POS 운영", "재고 관리", "고객 응대"]),
          en_female=("Saleswoman", "Shop girl")),
    Trade("cleaning", ("K2204", "G1501", "K1304"), (("Agent d'entretien", "Agente d'entretien"),
                                                    ("Employé d'étage", "Employée d'étage")),
          ("Cleaner", "Housekeeper", "Cleaning Operative"), ("미화원", "객실 청소원", "청소 담당"),
          _t(fr=["Onet", "Samsic", "ISS Facility Services", "Elior Services", "Hôtel Mercure", "Atalian"],
             en=["ISS Facility Services", "Mitie", "Premier Inn", "Travelodge", "OCS Group"],
             ko=["에스원", "롯데호텔", "KT 서비스"]),
          _t(fr=["{n} ans dans la propreté", "{n} ans d'entretien de bureaux", "{n} ans en hôtellerie"],
             en=["{n} years in commercial cleaning", "{n} years in hotel housekeeping"], ko=["청소 경력 {n}년", "{n}년 경력"]),
          _t(fr=["CAP Agent de propreté et d'hygiène", "Titre professionnel Agent de propreté et d'hygiène"],
             en=["BICSc Certificate", "NVQ Level 2 in Cleaning"], ko=["건물위생관리 교육 이수"]),
          _t(fr=["Permis B", "Habilitation électrique H0B0"], en=["COSHH training"], ko=["2종 보통 운전면허"]),
          _t(fr=["Monobrosse", "Protocoles de nettoyage", "Tri des déchets", "Bionettoyage"],
             en=["Floor scrubber", "Deep cleaning", "COSHH"], ko=["바닥 왁스 작업", "분리수거", "소독"]),
          en_female=("Chambermaid", "Cleaning lady")),
    Trade("driving", ("N4105", "N4101"), (("Chauffeur-livreur", "Chauffeuse-livreuse"), ("Conducteur livreur", "Conductrice livreuse")),
          ("Delivery Driver", "HGV Driver", "Van Driver"), ("택배 기사", "배송 기사", "화물차 운전원"),
          _t(fr=["Chronopost", "DPD", "La Poste", "Amazon Logistics", "Geodis", "Transports Dupuis"],
             en=["DPD", "Evri", "Royal Mail", "Ocado", "Eddie Stobart"], ko=["쿠팡", "CJ대한통운", "로젠택배", "배달의민족"]),
          _t(fr=["{n} ans de livraison en tournée", "{n} ans au volant", "{n} ans de messagerie"],
             en=["{n} years as a delivery driver", "{n} years of multi-drop delivery"], ko=["배송 경력 {n}년", "{n}년 무사고 운전"]),
          _t(fr=["Titre professionnel Conducteur livreur", "FIMO marchandises", "CAP Conducteur livreur"],
             en=["Driver CPC", "NVQ Level 2 in Driving Goods Vehicles"], ko=["화물운송종사자격"]),
          _t(fr=["Permis B", "Permis C", "Permis CE", "FCO"],
             en=["Category C licence", "Full UK driving licence", "Digital tachograph card"],
             ko=["1종 대형 운전면허", "1종 보통 운전면허"]),
          _t(fr=["Tournées de livraison", "Lecture de GPS", "Chargement du véhicule"],
             en=["Route planning", "Multi-drop delivery", "Vehicle checks"], ko=["배송 경로 관리", "차량 점검"])),
    Trade("building", ("F1602", "F1606"), (("Électricien", "Électricienne"), ("Peintre", "Peintre")),
          ("Electrician", "Site Labourer", "Painter and Decorator"), ("전기 기사", "건설 현장 작업원", "도장공"),
          _t(fr=["Bouygues Construction", "Vinci Energies", "Eiffage", "Spie Batignolles", "SARL Martin Élec"],
             en=["Balfour Beatty", "Kier Group", "Willmott Dixon", "Morgan Sindall"],
             ko=["현대건설", "삼성물산 건설부문", "GS건설", "대우건설"]),
          _t(fr=["{n} ans sur chantier", "{n} ans en électricité du bâtiment"],
             en=["{n} years on building sites", "{n} years as an electrician"], ko=["현장 경력 {n}년", "{n}년 경력"]),
          _t(fr=["CAP Électricien", "Bac pro MELEC", "BP Électricien", "CAP Peintre applicateur de revêtements"],
             en=["City & Guilds 2365 Level 3", "NVQ Level 3 Electrotechnical"], ko=["전기기능사", "전기산업기사"]),
          _t(fr=["Habilitation électrique B1V BR", "CACES R486", "Permis B"],
             en=["CSCS Gold Card", "IPAF licence", "Full UK driving licence"], ko=["1종 보통 운전면허", "건설기계조종사"]),
          _t(fr=["Lecture de plans", "Câblage d'armoires", "Tirage de câbles", "Mise en conformité"],
             en=["Reading drawings", "Fault finding", "Testing and inspection"], ko=["도면 판독", "배선 작업", "안전 관리"])),
    Trade("mechanics", ("I1604",), (("Mécanicien automobile", "Mécanicienne automobile"),),
          ("Vehicle Technician", "Motor Mechanic"), ("자동차 정비사", "정비 기사"),
          _t(fr=["Norauto", "Feu Vert", "Speedy", "Garage Renault", "Midas", "Peugeot"],
             en=["Kwik Fit", "Halfords Autocentre", "Arnold Clark"], ko=["현대자동차 블루핸즈", "기아 오토큐", "스피드메이트"]),
          _t(fr=["{n} ans en atelier", "{n} ans en mécanique automobile"],
             en=["{n} years in a main dealer workshop", "{n} years as a vehicle technician"], ko=["정비 경력 {n}년", "{n}년 경력"]),
          _t(fr=["CAP Maintenance des véhicules", "Bac pro MV", "BTS MV"],
             en=["IMI Level 3 Diploma in Light Vehicle Maintenance"], ko=["자동차정비기능사", "자동차정비산업기사"]),
          _t(fr=["Permis B", "Habilitation véhicules électriques B1VL"], en=["Full UK driving licence", "IMI EV Level 2"],
             ko=["1종 보통 운전면허"]),
          _t(fr=["Diagnostic électronique", "Vidange", "Freinage", "Distribution"],
             en=["Diagnostics", "MOT preparation", "Brake and clutch work"], ko=["엔진 진단", "타이어 교체", "오일 교환"])),
    Trade("admin", ("M1602", "M1607", "M1203"), (("Assistant administratif", "Assistante administrative"),
                                                 ("Comptable", "Comptable")),
          ("Administrative Assistant", "Accounts Assistant", "Office Administrator"), ("사무 보조", "경리", "회계 담당"),
          _t(fr=["Crédit Agricole", "MAIF", "Fiducial", "KPMG", "Pôle emploi", "In Extenso"],
             en=["HMRC", "Capita", "PwC", "Leeds City Council"], ko=["한국전력공사", "삼성생명", "한국토지주택공사", "대성회계법인"]),
          _t(fr=["{n} ans en comptabilité", "{n} ans d'expérience en administration"],
             en=["{n} years in accounts payable", "{n} years in office administration"], ko=["사무직 {n}년", "{n}년 경력"]),
          _t(fr=["BTS CG", "BTS SAM", "DCG", "Bac pro AGORA", "Licence AES"],
             en=["AAT Level 3", "BA (Hons) Business Management"], ko=["전산회계 1급", "컴퓨터활용능력 2급", "경영학과 학사"]),
          _t(fr=["Permis B", "TOSA Excel"], en=["Full UK driving licence"], ko=["ERP 정보관리사"]),
          _t(fr=["Sage 100", "Excel (tableaux croisés dynamiques)", "Saisie comptable", "Rapprochements bancaires"],
             en=["Sage 50", "Excel", "Xero", "Purchase ledger"], ko=["더존 iCUBE", "엑셀", "세금계산서 발행"])),
    Trade("it", ("M1805",), (("Développeur informatique", "Développeuse informatique"),),
          ("Software Developer", "Web Developer", "Data Analyst"), ("백엔드 개발자", "웹 개발자", "데이터 분석가"),
          _t(fr=["Capgemini", "Sopra Steria", "OVHcloud", "Doctolib", "Atos"], en=["BBC", "Sky", "Ocado Technology", "Deliveroo"],
             ko=["삼성SDS", "Samsung SDS", "네이버", "카카오", "LG CNS"]),
          _t(fr=["{n} ans de développement Java", "{n} ans en ESN"],
             en=["{n} years of Python development", "{n} years building web apps"], ko=["개발 경력 {n}년", "{n}년 경력"]),
          _t(fr=["Master Informatique", "BTS SIO", "Licence pro Développement web", "Diplôme d'ingénieur"],
             en=["BSc Computer Science", "MSc Data Science"], ko=["정보처리기사", "컴퓨터공학과 학사"]),
          _t(fr=["Permis B", "AWS Certified Developer"], en=["AWS Certified Developer"], ko=["SQLD", "AWS SAA"]),
          _t(fr=["Java", "Spring Boot", "React", "PostgreSQL", "Docker"], en=["Python", "Django", "TypeScript", "AWS", "SQL"],
             ko=["Java", "Spring Boot", "MySQL", "AWS", "Kotlin"])),
    Trade("childcare", ("K1202", "G1202"), (("Animateur", "Animatrice"), ("Éducateur de jeunes enfants", "Éducatrice de jeunes enfants")),
          ("Nursery Practitioner", "Teaching Assistant", "Childminder"), ("보육교사", "방과후 교사", "아이돌보미"),
          _t(fr=["Crèche Les Petits Loups", "Mairie de Montreuil", "Léo Lagrange", "People&Baby", "Centre social Rosa Parks"],
             en=["Bright Horizons", "Busy Bees", "Kids Planet", "Leeds City Council"],
             ko=["○○어린이집", "구립 해님어린이집", "지역아동센터"]),
          _t(fr=["{n} ans en crèche", "{n} ans en accueil de loisirs", "{n} ans d'animation périscolaire"],
             en=["{n} years in early years settings", "{n} years in primary schools"], ko=["보육 경력 {n}년", "{n}년 경력"]),
          _t(fr=["BAFA", "CAP AEPE", "BPJEPS", "DEEJE"], en=["CACHE Level 3 Diploma", "Early Years Educator"],
             ko=["보육교사 2급", "유아교육과 졸업"]),
          _t(fr=["PSC1", "Permis B"], en=["Paediatric First Aid", "Enhanced DBS"], ko=["아동학대 예방교육 이수"]),
          _t(fr=["Animation d'ateliers", "Suivi des projets pédagogiques", "Accueil des parents"],
             en=["EYFS planning", "Safeguarding", "Phonics"], ko=["놀이 지도", "생활 지도", "부모 상담"]),
          en_female=("Nanny", "Dinner lady")),
    Trade("security", ("K2503",), (("Agent de sécurité", "Agente de sécurité"),),
          ("Security Officer", "Door Supervisor"), ("보안 요원", "경비원"),
          _t(fr=["Securitas", "Fiducial Sécurité", "Samsic Sécurité", "Stade de France"],
             en=["G4S", "Securitas", "Mitie Security"], ko=["에스원", "ADT캡스", "KT텔레캅"]),
          _t(fr=["{n} ans dans la sécurité", "{n} ans en surveillance de sites"],
             en=["{n} years in manned guarding", "{n} years as a door supervisor"], ko=["보안 경력 {n}년", "{n}년 경력"]),
          _t(fr=["CQP APS", "SSIAP 1", "Carte CNAPS"], en=["SIA Door Supervisor Licence", "SIA CCTV Licence"],
             ko=["신임경비교육 이수", "경비지도사"]),
          _t(fr=["SSIAP 1", "SST", "Permis B"], en=["SIA licence", "First Aid at Work"], ko=["1종 보통 운전면허"]),
          _t(fr=["Rondes de surveillance", "Contrôle d'accès", "Vidéoprotection", "Rédaction de rapports"],
             en=["CCTV monitoring", "Access control", "Incident reports"], ko=["CCTV 관제", "출입 통제", "순찰"])),
]
AGENCIES = {"fr": ["Adecco", "Manpower", "Randstad", "Synergie", "Proman", "Crit Intérim"],
            "en": ["Reed", "Hays", "Adecco", "Blue Arrow"], "ko": ["맨파워코리아", "잡코리아 파견"]}

# (masculine, feminine) self-descriptions a French CV uses about its author
FR_ADJ = [("motivé", "motivée"), ("sérieux", "sérieuse"), ("rigoureux", "rigoureuse"), ("organisé", "organisée"),
          ("expérimenté", "expérimentée"), ("polyvalent", "polyvalente"), ("passionné", "passionnée"),
          ("ponctuel", "ponctuelle"), ("consciencieux", "consciencieuse"), ("attentif", "attentive"),
          ("curieux", "curieuse"), ("déterminé", "déterminée"), ("investi", "investie"), ("souriant", "souriante"),
          ("patient", "patiente"), ("bienveillant", "bienveillante"), ("minutieux", "minutieuse"),
          ("courageux", "courageuse"), ("dévoué", "dévouée"), ("impliqué", "impliquée"), ("travailleur", "travailleuse"),
          ("qualifié", "qualifiée"), ("dynamique", "dynamique"), ("autonome", "autonome"), ("fiable", "fiable")]
FR_TRAITS = [("habitué au travail en équipe", "habituée au travail en équipe"),
             ("formé aux gestes et postures", "formée aux gestes et postures"),
             ("reconnu pour ma fiabilité", "reconnue pour ma fiabilité"),
             ("prêt à m'investir", "prête à m'investir"), ("attaché au travail bien fait", "attachée au travail bien fait")]
EN_ADJ = ["Reliable", "Hard-working", "Friendly", "Experienced", "Motivated", "Dependable", "Conscientious"]

FR_HOBBIES = ["football", "lecture", "bricolage", "jardinage", "natation", "course à pied", "photographie", "jeux vidéo",
              "musique", "pâtisserie", "vélo", "boxe", "échecs"]
EN_HOBBIES = ["football", "cooking", "running", "gaming", "hiking", "photography", "gardening", "cycling", "chess",
              "swimming", "baking"]
KO_HOBBIES = ["독서", "등산", "요리", "축구", "사진", "수영", "여행", "자전거"]

FR_LANGS = [("Anglais", ["courant", "B2", "scolaire", "notions", "C1", "lu, écrit, parlé"]),
            ("Espagnol", ["courant", "notions", "B1"]), ("Arabe", ["courant", "bilingue", "parlé"]),
            ("Portugais", ["courant", "bilingue"]), ("Wolof", ["courant"]), ("Turc", ["bilingue", "courant"]),
            ("Allemand", ["notions", "B1"]), ("Italien", ["notions", "A2"]), ("Polonais", ["bilingue"]),
            ("Vietnamien", ["bilingue"]), ("Mandarin", ["courant", "HSK 4"]), ("Bambara", ["courant"]),
            ("Tamoul", ["courant"]), ("Kabyle", ["parlé"]), ("Coréen", ["TOPIK 3"])]
EN_LANGS = [("French", ["conversational", "basic", "fluent", "B2"]), ("Spanish", ["conversational", "basic"]),
            ("Polish", ["fluent", "C1"]), ("Urdu", ["fluent", "spoken"]), ("Punjabi", ["fluent", "spoken"]),
            ("Yoruba", ["fluent"]), ("Mandarin", ["fluent", "HSK 5"]), ("Portuguese", ["fluent"]),
            ("Arabic", ["conversational", "fluent"]), ("Hindi", ["fluent"]), ("Korean", ["TOPIK 4"]),
            ("Turkish", ["fluent"]), ("German", ["basic", "A2"]), ("Twi", ["fluent"])]
ORIGIN_LANGS = {  # languages people of an origin list (facts, kept by the masker)
    "fr": {"maghreb": ("Arabe", "Kabyle"), "westafrica": ("Wolof", "Bambara"), "vietnam": ("Vietnamien",),
           "portugal": ("Portugais",), "turkey": ("Turc",), "poland": ("Polonais",), "spain": ("Espagnol",),
           "china": ("Mandarin",), "india": ("Tamoul",), "korea": ("Coréen",)},
    "en": {"india": ("Hindi", "Punjabi"), "pakistan": ("Urdu", "Punjabi"), "nigeria": ("Yoruba",), "ghana": ("Twi",),
           "poland": ("Polish",), "china": ("Mandarin",), "korea": ("Korean",), "fr": ("French",),
           "portugal": ("Portuguese",), "spain": ("Spanish",), "turkey": ("Turkish",), "maghreb": ("Arabic",)},
}
COMMON_LANGS = ("Anglais", "Espagnol", "French", "Spanish", "German")
KO_LANGS = ["영어 (TOEIC 850)", "영어 회화 중급", "일본어 (JLPT N2)", "중국어 (HSK 4급)", "영어 (OPIc IM2)",
            "베트남어 능통", "중국어 (HSK 5급)", "TOEIC Speaking Lv.6"]

FR_SCHOOLS = ["Lycée professionnel Jean Moulin", "GRETA Val-d'Oise", "AFPA de Meaux", "CFA des métiers de Bobigny",
              "Lycée Gustave Eiffel", "IFSI de Créteil", "Université Paris 8", "IUT de Villetaneuse", "IFAS de Rouen",
              "Lycée des métiers Jacques Prévert", "CNAM", "Université de Lille"]
EN_SCHOOLS = ["Leeds City College", "Bradford College", "University of Salford", "The Open University",
              "Manchester Metropolitan University", "Birmingham Metropolitan College", "City of Glasgow College"]
KO_SCHOOLS = ["한국폴리텍대학", "서울디지털대학교", "서울공업고등학교", "인하공업전문대학", "부산경상대학교",
              "경기과학기술대학교", "대구보건대학교", "한양사이버대학교"]
