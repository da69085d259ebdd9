"""A seventh held-aside set of layouts of the placement benchmark (see evaluation.placement), split "blind7": registered
into the same LAYOUTS. Written without reading the masker (its rules, its data, its tests) nor the README's list of
what it misses, to measure it once more on CVs nobody tuned it on; do not read this file while tuning a masker, and
run it once.

The split is about the systems a CV passes through before it reaches a ranking tool: a Europass XML file, an e-mail
reply with the recruiter's questions quoted, a Word file reviewed with tracked changes (what the adviser deleted is
still in the text), a document's metadata read by Apache Tika, a voicemail transcribed by the phone, a video CV's
subtitles, a web profile printed by a browser (its title and address on every page), an HR system's profile of an
internal applicant, an AI meeting recap of an interview, a classified ad offering one's services, a functional
(skills-based) CV, and the Korean EPS roster of foreign job seekers. Its vocabulary is its own: authors of Ewe,
Soussou, Wallisian, Mauritian and Albanian origin writing in French; Shona, Edo, Cornish, Albanian and Mauritian authors
in English; Korean authors with rare one-syllable surnames and the given names of older generations (말순, 칠복),
living in migrant neighbourhoods or on islands; Kyrgyz and Tajik workers on the EPS roster. None of the name words is
in a Faker locale's name lists, in placement_data nor in an earlier split's lists; towns, places of birth and places
of past jobs are in none of the earlier pools either (a test checks both).

Other people's names (recruiters, advisers, managers, the author of a tracked change) are planted as "name". Job facts
(durations, employers, some named after people, places of past jobs, diplomas, licences, skills, contracts,
availability, languages) are planted where the layout puts them, as the layout writes them (lower case and without
punctuation in a voicemail's transcription, '&amp;' in XML).

Layouts: europass_xml, reply_thread, tracked_changes, tika_metadata, voicemail, video_srt, browser_print, hris_profile,
ai_recap, classified_ad, skills_based, eps_roster.
"""
from __future__ import annotations

import functools
import re
from dataclasses import replace
from datetime import date
from xml.etree import ElementTree as ET

from matchlens.evaluation import placement_data as D
from matchlens.evaluation.placement import (
    EN_MONTHS,
    FR_MONTHS,
    LANGS,
    Sheet,
    _contact,
    _jobs,
    _weighted,
    ascii_fold,
    availability,
    duration,
    education,
    email,
    headline,
    job_dates,
    layout,
    licence,
    phone,
    place_text,
    romanize,
    skills,
    title_text,
)

SPLIT = "blind7"

# --- names: none of their words is in a Faker locale, placement_data or an earlier split (tests check it) -----------
NAMES = {
    "ewe": {"F": "Ablavi Akossiwa Dzifa Kafui Mawuena Yawa Enyonam Esinam Kayi Fafa Essivi",
            "M": "Komlan Kossi Mawuli Kokou Sénamé Elom Dodzi Agbéko Yawovi Messan Edem",
            "L": "Agbodjan Amegah Kpodar Adjakly Gbeassor Ayéva Tchalla Kpatcha Fiagbé Houngbédji Agossou "
                 "Hounkpatin Ahouandjinou Gbaguidi"},
    "soussou": {"F": "Mabinty M'Balia Makalé Sayon Hadiatou Mafoudia", "M": "Fodé Naby Kerfalla Sékouba Mamadi "
                "Facinet Morlaye Alhassane Sény",
                "L": "Bangoura Soumah Yansané Youla Sampil Kourouma Doumbouya Kalissa Tounkara Kaloga Samoura"},
    "wallisian": {"F": "Kalolaine Telesia Sainimili Akata Mafalu Kolotilda", "M": "Sosefo Petelo Atonio Soane "
                  "Setefano Falakiko Lolesio Kapeliele Alesio Mikaele",
                  "L": "Tukumuli Takaniko Lauhea Vaitootai Mulikihaamea Folituu Vakalepu Tauhavili Ulufonua Felomaki "
                       "Tialetagi Hoatau"},
    "mauritian": {"F": "Kavisha Nishtah Sooryakanti Prishnee Dhanishta Oomila Teeshna Kreshnee",
                  "M": "Yashvin Dhiren Oomesh Ravind Kaviraj Vikash Jaykrishna",
                  "L": "Ramgoolam Bhageerutty Doorgakant Seeruttun Gokhool Beeharry Nundlall Lutchmun Boodhoo "
                       "Ramjattan Sookun Gopaul Jhurry Bundhun Dookhy Teeluck Ramful Beedassy Soobrayen Ramkissoon "
                       "Mungur"},
    "albanian": {"F": "Arjeta Valbona Fatbardha Lirije Hyrije", "M": "Gëzim Petrit Shkëlzen Arianit Xhevdet Qëndrim",
                 "L": "Krasniqi Berisha Hoxha Morina Shala Bytyqi Kryeziu Rexhepi Kelmendi Zeqiri Haziri Sopjani"},
    "shona": {"F": "Rumbidzai Tsitsi Chiedza Nyasha Vimbai Rufaro Tatenda Chipo Shamiso Nokutenda Tariro",
              "M": "Tinashe Tafadzwa Kudakwashe Munyaradzi Takudzwa Tonderai Panashe Kudzai Simbarashe",
              "L": "Mutasa Chikwanha Chiwenga Makoni Mapfumo Mukwena Chigumba Marufu Nyamande Chinembiri"},
    "edo": {"F": "Itohan Omosede Adesuwa Ekinadose Izegbe Imuetinyan Osayuwamen Osarugue Eghe",
            "M": "Osagie Osaro Eghosa Osamudiamen Iyobosa Nosakhare Uyi Efosa",
            "L": "Aiwerioba Omoregie Ehigiator Igbinedion Ogbebor Osayande Uwaifo Idahosa Erhabor Obaseki Edokpolo"},
    "cornish": {"F": "Tamsin Morwenna Kerenza Demelza Lowenna Wenna Kensa Elowen Hedra Talek",
                "M": "Jago Treeve Cador Jowan Kernow",
                "L": "Trevithick Penhaligon Polglase Tregenza Pascoe Trelawny Chenoweth Nankervis Angove Trembath "
                     "Carlyon Rosewarne Penberthy"},
    "korean": {  # rare one-syllable surnames; given names of older generations
        "F": "말순 끝순 점례 막례 분례 간난 또순 옥분 복순 금례 삼순 봉선 판례 이쁜 귀분 순덕 갑순",
        "M": "칠성 만복 봉달 삼돌 갑돌 덕팔 막동 쇠돌 복만 억만 천석 돌쇠 판석 팔봉 칠복",
        "L": "왕 맹 국 길 변 설 방 계 탄 표 함 형 화 여 마 편 육 경"},
    "kyrgyz": {"F": "AIZADA BERMET NURZADA ZHIBEK AIGERIM CHOLPON", "M": "AIBEK ERMEK BAKYT TALANT ULAN AZAMAT",
               "L": "ASANOV TOKTOGULOV DZHUMABAEV SYDYKOV ABDYKADYROV MAMATOV OSMONALIEV"},
    "tajik": {"F": "MEHRONA FIRUZA MANIZHA NIGINA PARVINA SITORA", "M": "FARRUKH SUHROB JAMSHED SHERALI UMED SAIDJON "
              "KOMRON ABDULLO", "L": "RAHMONOV SAFAROV QURBONOV DAVLATOV SHARIPOV MIRZOEV NAZRIEV ODINAEV SATTOROV BOBOEV"},
}
NAMES = {o: {k: [w.replace("_", " ") for w in v.split()] for k, v in d.items()} for o, d in NAMES.items()}
EPS_ORIGINS = ("kyrgyz", "tajik")
WEIGHTS = {
    "fr": {"ewe": 3, "soussou": 3, "wallisian": 2, "mauritian": 2, "albanian": 2},
    "en": {"shona": 3, "edo": 3, "cornish": 2, "albanian": 2, "mauritian": 2},
    "ko": {"korean": 1},
    "eps": {"kyrgyz": 1, "tajik": 1},
}
NATIONALITY = {  # nationality keys by origin, with weights
    "ewe": {"TG": 2, "BJ": 1, "FR": 1}, "soussou": {"GN": 2, "FR": 1}, "wallisian": {"FR": 1},
    "mauritian": {"MU": 1, "FR": 1, "GB": 1}, "albanian": {"AL": 1, "XK": 1, "FR": 1, "GB": 1},
    "shona": {"ZW": 2, "GB": 1}, "edo": {"NG": 2, "GB": 1}, "cornish": {"GB": 1},
    "korean": {"KR": 1}, "kyrgyz": {"KG": 1}, "tajik": {"TJ": 1},
}
NATIONALITY_BY_LANG = {"fr": {"mauritian": {"MU": 1, "FR": 1}, "albanian": {"AL": 1, "XK": 1, "FR": 1}},
                       "en": {"mauritian": {"MU": 1, "GB": 1}, "albanian": {"AL": 1, "XK": 1, "GB": 1}}}
ORIGIN_KEY = {"ewe": "TG", "soussou": "GN", "wallisian": "WF", "mauritian": "MU", "albanian": "AL", "shona": "ZW",
              "edo": "NG", "cornish": "KW", "korean": "KR", "kyrgyz": "KG", "tajik": "TJ"}
# key -> (fr masc, fr fem, fr country, en adjective, en country, ko country)
NATS = {
    "FR": ("français", "française", "France", "French", "France", "프랑스"),
    "TG": ("togolais", "togolaise", "Togo", "Togolese", "Togo", "토고"),
    "BJ": ("béninois", "béninoise", "Bénin", "Beninese", "Benin", "베냉"),
    "GN": ("guinéen", "guinéenne", "Guinée", "Guinean", "Guinea", "기니"),
    "WF": ("wallisien", "wallisienne", "Wallis-et-Futuna", "Wallisian", "Wallis and Futuna", "왈리스 푸투나"),
    "MU": ("mauricien", "mauricienne", "Maurice", "Mauritian", "Mauritius", "모리셔스"),
    "AL": ("albanais", "albanaise", "Albanie", "Albanian", "Albania", "알바니아"),
    "XK": ("kosovar", "kosovare", "Kosovo", "Kosovan", "Kosovo", "코소보"),
    "ZW": ("zimbabwéen", "zimbabwéenne", "Zimbabwe", "Zimbabwean", "Zimbabwe", "짐바브웨"),
    "NG": ("nigérian", "nigériane", "Nigeria", "Nigerian", "Nigeria", "나이지리아"),
    "KW": ("cornouaillais", "cornouaillaise", "Cornouailles", "Cornish", "Cornwall", "콘월"),
    "GB": ("britannique", "britannique", "Royaume-Uni", "British", "the UK", "영국"),
    "KR": ("sud-coréen", "sud-coréenne", "Corée du Sud", "South Korean", "South Korea", "대한민국"),
    "KG": ("kirghiz", "kirghize", "Kirghizistan", "Kyrgyz", "Kyrgyzstan", "키르기스스탄"),
    "TJ": ("tadjik", "tadjike", "Tadjikistan", "Tajik", "Tajikistan", "타지키스탄"),
}
ISO = {"KW": "GB"}  # origins that are not countries: the country code a form would take

# --- places: in none of the earlier pools (tests check it) ------------------------------------------------------
FR_TOWNS = [  # (town, postcode, département number, département)
    ("Mauriac", "15200", "15", "Cantal"), ("Bort-les-Orgues", "19110", "19", "Corrèze"),
    ("La Souterraine", "23300", "23", "Creuse"), ("Lapalisse", "03120", "03", "Allier"),
    ("Châtillon-sur-Seine", "21400", "21", "Côte-d'Or"), ("Joigny", "89300", "89", "Yonne"),
    ("Bar-sur-Aube", "10200", "10", "Aube"), ("Vouziers", "08400", "08", "Ardennes"), ("Givet", "08600", "08", "Ardennes"),
    ("Sainte-Menehould", "51800", "51", "Marne"), ("Neufchâteau", "88300", "88", "Vosges"),
    ("Morteau", "25500", "25", "Doubs"), ("Nantua", "01130", "01", "Ain"), ("Lavelanet", "09300", "09", "Ariège"),
    ("Nérac", "47600", "47", "Lot-et-Garonne"), ("Nontron", "24300", "24", "Dordogne"),
    ("Confolens", "16500", "16", "Charente"), ("Montmorillon", "86500", "86", "Vienne"),
    ("Decize", "58300", "58", "Nièvre"), ("Louhans", "71500", "71", "Saône-et-Loire"),
    ("Sinnamary", "97315", "973", "Guyane"), ("Dembeni", "97660", "976", "Mayotte"),
    ("Dumbéa", "98835", "988", "Nouvelle-Calédonie"), ("Mont-Dore", "98809", "988", "Nouvelle-Calédonie"),
]
FR_STREETS = ["rue des Tanneurs", "impasse du Lavoir", "chemin de la Croix-Rouge", "rue des Forges",
              "allée des Peupliers", "rue du Onze-Novembre", "cité des Mineurs", "route de Bellevue",
              "lotissement Les Cigales", "rue de la Verrerie"]
FR_JOB_PLACES = ["Thouars", "Segré", "Craon", "Ernée", "Flers", "Argentan", "L'Aigle", "Mortagne-au-Perche",
                 "Romilly-sur-Seine", "Rethel", "Chauny", "Péronne", "Doullens", "Montdidier"]
EN_TOWNS = [  # (town, outward code, county)
    ("Ebbw Vale", "NP23", "Blaenau Gwent"), ("Tredegar", "NP22", "Blaenau Gwent"), ("Great Yarmouth", "NR30", "Norfolk"),
    ("Margate", "CT9", "Kent"), ("Sheerness", "ME12", "Kent"), ("Clacton-on-Sea", "CO15", "Essex"),
    ("Mablethorpe", "LN12", "Lincolnshire"), ("Maryport", "CA15", "Cumbria"), ("Peterhead", "AB42", "Aberdeenshire"),
    ("Fraserburgh", "AB43", "Aberdeenshire"), ("Stranraer", "DG9", "Dumfries and Galloway"),
    ("Coleraine", "BT52", "County Londonderry"), ("Aberdare", "CF44", "Rhondda Cynon Taf"), ("Rhyl", "LL18", "Denbighshire"),
    ("Redruth", "TR15", "Cornwall"), ("Camborne", "TR14", "Cornwall"), ("Bodmin", "PL31", "Cornwall"),
    ("Ilfracombe", "EX34", "Devon"),
]
EN_STREETS = ["Colliery Row", "Furnace Terrace", "Slipway Road", "Cannery Lane", "Tannery Close", "Ropewalk",
              "Foundry Street", "Wharf Side", "Jubilee Crescent"]
EN_JOB_PLACES = ["Holbeach", "Evesham", "Pershore", "Long Sutton", "Sleaford", "Market Rasen", "Brigg", "Retford",
                 "Shirebrook", "Rushden", "Magor"]
KO_TOWNS = [  # (region, neighbourhood or island, village, road)
    ("경기도 안산시 단원구", "원곡동", "", "다문화길"), ("서울특별시 영등포구 대림2동", "대림동", "", "도림로"),
    ("서울특별시 구로구 가리봉동", "가리봉동", "", "우마길"), ("서울특별시 영등포구 문래동3가", "문래동", "", "문래로"),
    ("서울특별시 중랑구 면목동", "면목동", "", "면목로"), ("서울특별시 성북구 석관동", "석관동", "", "돌곶이로"),
    ("부산광역시 동구 범일동", "범일동", "", "범일로"), ("부산광역시 연제구 연산동", "연산동", "", "연제로"),
    ("인천광역시 옹진군 덕적면", "덕적", "진리", "덕적북로"), ("전라남도 신안군 비금면", "비금", "덕산리", "비금로"),
    ("제주특별자치도 제주시 추자면", "추자", "대서리", "추자로"), ("경상남도 사천시 동서동", "삼천포", "", "삼천포대교로"),
]
KO_APTS = ["", "", "", "1층", "203호", "한신아파트 102동 303호", "기숙사 B동"]
KO_JOB_PLACES = ["마산 자유무역지역", "진해 웅동", "여수 율촌", "군산 새만금", "대산석유화학단지", "왜관산단", "칠서공단",
                 "지사과학단지", "광양항", "벌교"]
EPS_HOMES = {  # a worker's home town as the roster writes it, and the places of past jobs at home
    "kyrgyz": (["Kara-Balta, Chuy", "Uzgen, Osh region", "Tokmok, Chuy"], ["Bishkek", "Kara-Suu"]),
    "tajik": (["Vahdat, Tajikistan", "Panjakent, Sughd", "Istaravshan, Sughd"], ["Dushanbe", "Hisor"]),
}
BIRTH = {  # origin -> places of birth as a CV in fr / en / ko writes them
    "ewe": ["Kpalimé (Togo)", "Aného (Togo)", "Abomey (Bénin)", "Ouidah (Bénin)"],
    "soussou": ["Boké (Guinée)", "Kindia (Guinée)", "Forécariah (Guinée)", "Dubréka (Guinée)"],
    "wallisian": ["Mata-Utu (Wallis-et-Futuna)", "Leava (Wallis-et-Futuna)"],
    "mauritian": ["Curepipe (Maurice)", "Mahébourg (Maurice)", "Curepipe, Mauritius", "Quatre Bornes, Mauritius"],
    "albanian": ["Prizren (Kosovo)", "Gjakova (Kosovo)", "Shkodër (Albanie)", "Peja, Kosovo", "Elbasan, Albania"],
    "shona": ["Masvingo, Zimbabwe", "Gweru, Zimbabwe", "Mutare, Zimbabwe"],
    "edo": ["Benin City, Nigeria", "Auchi, Nigeria", "Ekpoma, Nigeria", "Uromi, Nigeria"],
    "cornish": ["St Austell", "Helston", "Liskeard", "Launceston"],
    "korean": ["인천광역시 옹진군 연평면", "전라남도 신안군 증도면", "전라남도 신안군 임자면", "전라남도 여수시 거문도",
               "인천광역시 옹진군 대청면"],
    "kyrgyz": ["Talas, Kyrgyzstan", "Naryn, Kyrgyzstan"], "tajik": ["Khujand, Tajikistan", "Kulob, Tajikistan"],
}

# --- religions, health, and what sits next to them --------------------------------------------------------------
RELIGIONS = {"ewe": ["catholic", "methodist", "evangelical"], "soussou": ["muslim"], "wallisian": ["catholic"],
             "mauritian": ["hindu", "catholic", "muslim"], "albanian": ["muslim", "catholic", "bektashi", "none"],
             "shona": ["methodist", "apostolic", "catholic"], "edo": ["pentecostal", "catholic", "anglican"],
             "cornish": ["methodist", "anglican", "none"], "korean": ["buddhist", "protestant", "catholic", "cheondo", "none"],
             "kyrgyz": ["muslim"], "tajik": ["muslim", "ismaili"]}
REL = {  # key -> (fr fem, fr masc, en, ko, fr holiday, en holiday): holidays that tell the religion
    "muslim": ("musulmane", "musulman", "Muslim", "이슬람교", "Aïd el-Fitr", "Eid al-Fitr"),
    "ismaili": ("ismaélienne", "ismaélien", "Ismaili Muslim", "이스마일파", "Navroz", "Navroz"),
    "bektashi": ("bektachie", "bektachi", "Bektashi", "벡타시", "Sultan Nevruz", "Sultan Nevruz"),
    "hindu": ("hindoue", "hindou", "Hindu", "힌두교", "Divali", "Diwali"),
    "protestant": ("protestante", "protestant", "Protestant", "개신교", "", ""),
    "catholic": ("catholique", "catholique", "Catholic", "천주교", "", ""),
    "anglican": ("anglicane", "anglican", "Anglican", "성공회", "", ""),
    "methodist": ("méthodiste", "méthodiste", "Methodist", "감리교", "", ""),
    "pentecostal": ("pentecôtiste", "pentecôtiste", "Pentecostal", "오순절교회", "", ""),
    "evangelical": ("évangélique", "évangélique", "Evangelical", "복음주의", "", ""),
    "buddhist": ("bouddhiste", "bouddhiste", "Buddhist", "불교", "Vesak", "Vesak"),
    "apostolic": ("apostolique", "apostolique", "Apostolic (Johane Masowe)", "사도교회", "", ""),
    "cheondo": ("chondoïste", "chondoïste", "Cheondoist", "천도교", "", ""),
    "none": ("sans religion", "sans religion", "No religion", "무교", "", ""),
}
REL_ACT = {  # an activity that tells the religion, with the telling words braced
    "fr": {"muslim": "bénévole à la {madrassa} du quartier", "catholic": "membre de la {chorale paroissiale} de "
           "{Saint-Joseph}", "hindu": "bénévole au {kovil} (fête de {Cavadee})", "methodist": "choriste à l'{Église "
           "méthodiste} de Lomé-Paris", "evangelical": "membre du {groupe de louange} de l'{assemblée évangélique}",
           "bektashi": "bénévole à la {tekke bektachie}"},
    "en": {"muslim": "volunteer at the {masjid} homework club", "hindu": "volunteer at the {mandir}",
           "methodist": "singer in the {Methodist chapel} choir", "anglican": "serving as {church warden} at "
           "{St Piran's}", "apostolic": "member of the {Apostolic Faith Mission} choir",
           "catholic": "helper at the {Catholic parish} food bank",
           "pentecostal": "singer in the {Redeemed Christian Church of God} choir"},
    "ko": {"buddhist": "{절} 신도회 총무", "protestant": "{교회} 주일학교 교사", "catholic": "{성당} 레지오 단원",
           "cheondo": "{천도교} 청년회 활동"},
}
HEALTH = {  # key -> (fr (fem, masc) or text, en, ko)
    "rqth": ("RQTH", "Disability Confident interview scheme", "장애인 (심하지 않음)"),
    "epilepsy": (("épileptique stabilisée", "épileptique stabilisé"), "controlled epilepsy", "뇌전증 (약물 조절 중)"),
    "diabetes": (("diabétique insulinodépendante", "diabétique insulinodépendant"), "type 1 diabetes", "당뇨 (인슐린 투여)"),
    "crohn": ("maladie de Crohn", "Crohn's disease", "크론병"),
    "back": ("hernie discale opérée", "spinal fusion (2019)", "허리 디스크 수술"),
    "amputee": (("amputée tibiale (prothèse)", "amputé tibial (prothèse)"), "below-knee amputee (prosthesis)",
                "하지 절단 (의족 사용)"),
    "adhd": ("TDAH", "ADHD", "ADHD"),
    "good": ("en parfaite santé", "in good health", "건강 양호"),
}
SIDE_EMPLOYERS = {"fr": ["Boulangerie Chez Odette", "Pressing Chez Lucien", "Auberge Chez Mado", "Transports Vidal et Fils",
                         "Résidence Saint-Vincent-de-Paul", "Ferme des Quatre Vents"],
                  "en": ["Maggie's Café", "Sunny Bank Care Home", "Dot's Launderette", "St Winifred's Nursing Home",
                         "Bert's Fish Bar"],
                  "ko": ["영희네 분식", "덕수네 농장", "성모 요양원", "철수 세탁소", "은혜 반찬가게"]}
CONTRACTS = {"fr": ["CDD de 9 mois", "vacations de nuit", "temps partiel de 24 h", "intérim de 14 mois"],
             "en": ["zero-hours contract", "bank shifts", "night shifts, three a week", "12-month fixed-term contract"],
             "ko": ["주야 2교대", "야간 전담", "계약직 11개월", "주 5일 근무"]}
LEVELS = {"fr": ["bilingue", "courant"], "en": ["native", "fluent"], "ko": ["원어민", "능통"]}
TONGUES = {"ewe": "Éwé", "soussou": "Soussou", "wallisian": "Wallisien", "mauritian": "Bhojpuri",
           "albanian": "Albanais", "shona": "chiShona", "edo": "Edo", "cornish": "Kernewek", "kyrgyz": "Russian",
           "tajik": "Russian"}


# --- the blind7 sheet -----------------------------------------------------------------------------------------------
class Blind7Sheet(Sheet):
    """A Sheet whose personal details are written in this split's wording; modes: 'pair' (label, value), 'bare' (a CV
    item), 'me' (the author speaking), 'she' (someone else's note about the author)."""

    def bit(self, family: str, mode: str = "bare") -> str | None:
        if not self.has(family):
            return None
        self.done.add(family)
        out = RENDER7[family](self, mode)
        return f"{out[0]}{self.sep}{out[1]}" if isinstance(out, tuple) else out

    def pair(self, family: str) -> tuple[str, str] | None:
        """(label, value) of a family not written yet, the value planted."""
        if not self.has(family):
            return None
        self.done.add(family)
        return RENDER7[family](self, "pair")

    def pairs(self, families=("sex", "birth", "age", "nationality", "residence", "family", "health", "religion")):
        return [x for f in families if (x := self.pair(f))]


FAMILY_ODDS = {"sex": 0.6, "age": 0.75, "birth": 0.6, "residence": 0.85, "nationality": 0.65, "religion": 0.5,
               "family": 0.7, "health": 0.5}


def draw(rng, key: str, sex: str) -> tuple[str, str, str]:
    """(origin, first, last) of someone from a weight table key ('fr', 'en', 'ko', 'eps')."""
    origin = _weighted(rng, WEIGHTS[key])
    pool = NAMES[origin]
    return origin, rng.choice(pool[sex]), rng.choice(pool["L"])


def renew(s: Sheet, eps: bool = False) -> None:
    """Give the sheet's person an identity of this split (name, contact, home, birth place, nationality, religion,
    health, families to reveal, places of past jobs), drawn from the sheet's random source."""
    p, rng, lang = s.p, s.rng, s.lang
    origin, first, last = draw(rng, "eps" if eps else lang, p.sex)
    hangul = last + first if origin == "korean" else ""
    p.first, p.last, p.hangul, p.hanja, p.b7_origin = first, last, hangul, "", origin
    latin = (first.capitalize(), last.capitalize()) if eps else (first, last)
    p.email, p.phone, p.linkedin = _contact(rng, lang, *latin, first if hangul else "")
    if eps:  # a trade the permit system recruits for, and a career at home
        p.trade = rng.choice([t for t in D.TRADES if t.key in ("logistics", "building", "mechanics", "cleaning")])
        p.jobs = _jobs(rng, lang, p.trade, p.born, p.years, "-")  # places are drawn again below
        homes, places = EPS_HOMES[origin]
        p.b7_home = {"kind": "eps", "town": rng.choice(homes)}
        places = [x for x in places if x not in p.b7_home["town"]]
    elif lang == "fr":
        town, pc, dept, dname = rng.choice(FR_TOWNS)
        street = f"{rng.randint(1, 90)} {rng.choice(FR_STREETS)}"
        p.b7_home = {"kind": "fr", "town": town, "pc": pc, "dept": dept, "area": dname, "street": street}
        places = FR_JOB_PLACES
    elif lang == "en":
        town, code, county = rng.choice(EN_TOWNS)
        pc = f"{code} {rng.randint(1, 9)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"
        p.b7_home = {"kind": "en", "town": town, "pc": pc, "area": county,
                     "street": f"{rng.randint(1, 120)} {rng.choice(EN_STREETS)}"}
        places = EN_JOB_PLACES
    else:
        region, short, village, road = rng.choice(KO_TOWNS)
        apt = rng.choice(KO_APTS)
        p.b7_home = {"kind": "ko", "town": short, "region": region, "village": village, "place": f"{short} {village}".strip(),
                     "street": f"{road} {rng.randint(1, 240)}" + (f", {apt}" if apt else "")}
        places = KO_JOB_PLACES
    for job, place in zip(p.jobs, rng.sample(places, min(len(places), len(p.jobs)))):
        job.place = place
    p.jobs = p.jobs[:len(places)]
    if p.sex == "M":  # no 'Chambermaid' on a man's CV
        for job in p.jobs:
            if job.en_female:
                job.en, job.en_female = rng.choice(p.trade.en_titles), False
    p.birth_place = rng.choice(BIRTH[origin])
    nats = NATIONALITY_BY_LANG.get(lang, {}).get(origin, NATIONALITY[origin])
    p.b7_nat = (_weighted(rng, nats),) if len(nats) == 1 or rng.random() > 0.25 else tuple(sorted(nats))[:2]
    p.religion = rng.choice(RELIGIONS[origin])
    p.health = rng.choice(sorted(HEALTH))
    chosen = {f for f, odds in FAMILY_ODDS.items() if rng.random() < odds}
    while len(chosen) < 4:
        chosen.add(_weighted(rng, FAMILY_ODDS))
    p.families = chosen | {"name"} | ({"contact"} if rng.random() < 0.95 else set())


def blind7(langs=LANGS, eps: bool = False):
    """Register a layout of this split: the sheet gets its identity first."""
    def deco(fn):
        @functools.wraps(fn)
        def run(s: Sheet) -> str:
            s.__class__ = Blind7Sheet
            renew(s, eps)
            return fn(s)
        layout(langs, split=SPLIT)(run)
        return run
    return deco


def someone(s: Sheet, form: str = "plain", sex: str | None = None) -> str:
    """Another person's name (a recruiter, an adviser, a manager), planted as 'name': 'plain', 'first' or 'last'."""
    key = {"fr": "fr", "en": "en", "ko": "ko"}[s.lang]
    _, first, last = draw(s.rng, key, sex or s.pick("FM"))
    for _ in range(20):  # never a word of the author's name
        if not ({first, last} & {s.p.first, s.p.last}):
            break
        _, first, last = draw(s.rng, key, sex or s.pick("FM"))
    if key == "ko":
        return s.plant("name", {"first": first, "last": last + " 담당"}.get(form, last + first))
    return s.plant("name", {"first": first, "last": last}.get(form, f"{first} {last}"))


def recast(s: Sheet, fn, m0: int = 0, f0: int = 0) -> None:
    """Apply a text transformation to the markers and facts recorded since (m0, f0), as it was applied to the text."""
    s.markers[m0:] = [replace(m, value=fn(m.value), also=tuple(fn(a) for a in m.also)) for m in s.markers[m0:]]
    s.facts[f0:] = [fn(f) for f in s.facts[f0:]]


def ko_particle(word: str, after_consonant: str, after_vowel: str) -> str:
    """The Korean particle that follows the word's last syllable ('서문복만' + '이라고', '독고말순' + '이라고')."""
    code = ord(word[-1]) - 0xAC00 if word else -1
    return after_consonant if 0 <= code < 11172 and code % 28 else after_vowel


def clauses(s: Sheet, items: list[str], sep: str = ", ") -> str:
    """Phrases joined into one sentence ('j'ai 42 ans, j'habite à Nérac.'); Korean ones, whole sentences, one by one."""
    if s.lang == "ko":
        return " ".join(x if x.endswith(".") else x + "." for x in items)
    return capital(sep.join(items)) + "."


def capital(text: str) -> str:
    return text[0].upper() + text[1:] if text else text


def me_name(s: Sheet, form: str = "plain") -> str:
    """The author's name, planted: 'plain', 'LAST first', 'first' or 'initial' (first name and the surname's initial)."""
    p = s.p
    if p.hangul:
        return s.plant("name", p.first if form == "first" else p.hangul)
    text = {"plain": f"{p.first} {p.last}", "LAST first": f"{p.last.upper()} {p.first}", "first": p.first,
            "initial": p.first}[form]
    out = s.plant("name", text)
    return out + (f" {p.last[0]}." if form == "initial" else "")


# --- numbers said aloud ---------------------------------------------------------------------------------------------
FR_UNITS = ("zéro un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize").split()
FR_TENS = {2: "vingt", 3: "trente", 4: "quarante", 5: "cinquante", 6: "soixante"}
EN_UNITS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
            "seventeen eighteen nineteen").split()
EN_TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy", 8: "eighty", 9: "ninety"}
KO_NATIVE_TENS = {1: "열", 2: "스물", 3: "서른", 4: "마흔", 5: "쉰", 6: "예순", 7: "일흔"}
KO_NATIVE_UNITS = {1: "한", 2: "두", 3: "세", 4: "네", 5: "다섯", 6: "여섯", 7: "일곱", 8: "여덟", 9: "아홉"}
KO_DIGITS = "공일이삼사오육칠팔구"
KO_COUNT = {1: "하나", 2: "둘", 3: "셋", 4: "넷"}


def fr_words(n: int) -> str:
    """0-99 in French words ('quarante-deux', 'soixante et onze', 'quatre-vingts')."""
    if n < 17:
        return FR_UNITS[n]
    if n < 20:
        return "dix-" + FR_UNITS[n - 10]
    tens, unit = divmod(n, 10)
    if tens in (7, 9):
        base = "soixante" if tens == 7 else "quatre-vingt"
        return base + (" et " if n == 71 else "-") + fr_words(10 + unit)
    if tens == 8:
        return "quatre-vingts" if unit == 0 else "quatre-vingt-" + FR_UNITS[unit]
    return FR_TENS[tens] + ("" if unit == 0 else " et un" if unit == 1 else "-" + FR_UNITS[unit])


def en_words(n: int) -> str:
    """0-99 in English words ('forty-two')."""
    if n < 20:
        return EN_UNITS[n]
    tens, unit = divmod(n, 10)
    return EN_TENS[tens] + (f"-{EN_UNITS[unit]}" if unit else "")


def ko_age_words(n: int) -> str:
    """An age in native Korean numbers, as said before 살 ('마흔두', '스무')."""
    tens, unit = divmod(n, 10)
    if unit == 0:
        return "스무" if tens == 2 else KO_NATIVE_TENS[tens]
    return KO_NATIVE_TENS[tens] + KO_NATIVE_UNITS[unit]


def spoken_digits(s: Sheet, number: str) -> str:
    """A phone number as said aloud: French in pairs ('zéro six douze…'), English digit by digit ('oh seven…'), Korean
    digit by digit ('공일공 일이삼사…')."""
    digits = re.sub(r"\D", "", number.replace("(0)", ""))
    if s.lang == "fr":
        digits = "0" + digits[2:] if digits.startswith("33") else digits
        pairs = [digits[i:i + 2] for i in range(0, len(digits), 2)]
        return " ".join(("zéro " + FR_UNITS[int(x[1:] or 0)]) if x[0] == "0" else fr_words(int(x)) for x in pairs)
    if s.lang == "en":
        digits = "0" + digits[2:] if digits.startswith("44") else digits
        return " ".join("oh" if d == "0" else EN_UNITS[int(d)] for d in digits)
    digits = "0" + digits[2:] if digits.startswith("82") else digits
    return " ".join("".join(KO_DIGITS[int(d)] for d in part) for part in (digits[:3], digits[3:7], digits[7:]))


# --- the families in this split's wording -------------------------------------------------------------------------
def r_age(s: Sheet, mode: str):
    """Age: '42 ans', 'dans ma 43e année', '42-year-old', 'aged 42', '만 42세', '42살'."""
    a, lang = s.p.age, s.lang
    if lang == "fr":
        if mode == "pair":
            return "Âge", s.plant("age", f"{a} ans")
        if mode == "me":
            return "j'ai " + s.plant("age", f"{a} ans")
        if mode == "she":
            return s.plant("age", f"{a} ans")
        return s.pick([lambda: s.plant("age", f"{a} ans"), lambda: s.plant("age", f"dans ma {a + 1}e année")])()
    if lang == "en":
        if mode == "pair":
            return "Age", s.plant("age", s.pick([f"{a} years", f"{a} (as of {EN_MONTHS[D.TODAY[1] - 1]} {D.TODAY[0]})"]))
        if mode == "me":
            return "I'm " + s.plant("age", f"{a} years old")
        if mode == "she":
            return s.plant("age", f"{a}-year-old")
        return s.plant("age", s.pick([f"Aged {a}", f"{a} y/o"]))
    if mode == "pair":
        return "나이", s.plant("age", f"만 {a}세")
    if mode == "me":
        return "올해 " + s.plant("age", f"{a}살") + "입니다"
    return s.plant("age", s.pick([f"{a}세", f"만 {a}세"]))


def _date(s: Sheet, d: date) -> str:
    if s.lang == "fr":
        return s.pick([f"{d:%d/%m/%Y}", f"{d.day} {FR_MONTHS[d.month - 1]} {d.year}", f"{d:%d-%m-%Y}"])
    if s.lang == "en":
        return s.pick([f"{d:%d/%m/%Y}", f"{d.day} {EN_MONTHS[d.month - 1][:3]} {d.year}", f"{d:%d.%m.%Y}"])
    return s.pick([f"{d:%Y.%m.%d}", f"{d.year}년 {d.month:02d}월 {d.day:02d}일", f"{d:%Y/%m/%d}"])


def _born_in(s: Sheet, odds: float = 0.4) -> str:
    if not s.chance(odds):
        return ""
    return {"fr": " à ", "en": " in ", "ko": ", "}[s.lang] + s.plant("birth", s.p.birth_place) + (
        " 출생" if s.lang == "ko" else "")


def r_birth(s: Sheet, mode: str):
    """Date or year of birth, sometimes with the place."""
    b, lang = s.p.born, s.lang
    if mode == "pair":
        label = {"fr": "Date de naissance", "en": "Date of birth", "ko": "생년월일"}[lang]
        return label, s.plant("birth", _date(s, b)) + _born_in(s, 0.3)
    if lang == "fr":
        if mode == "me":
            return "je suis " + s.g("née", "né") + " en " + s.plant("birth", str(b.year)) + _born_in(s)
        if mode == "she":
            return s.g("née", "né") + " le " + s.plant("birth", _date(s, b))
        return s.g("Née", "Né") + " le " + s.plant("birth", _date(s, b)) + _born_in(s)
    if lang == "en":
        if mode == "me":
            return "I was born" + _born_in(s, 0.6) + " in " + s.plant("birth", str(b.year))
        if mode == "she":
            return "born " + s.plant("birth", str(b.year))
        return "Born " + s.plant("birth", _date(s, b)) + _born_in(s)
    if mode == "me":
        return s.plant("birth", f"{b.year}년") + "에 태어났습니다"
    return s.plant("birth", s.pick([f"{b.year}년생", f"{b:%y}년생", _date(s, b) + " 생"]))


def r_residence(s: Sheet, mode: str):
    """Where the author lives: an address, 'Nérac (47)', 'Redruth, Cornwall', '덕적 진리 거주'."""
    h, lang = s.p.b7_home, s.lang
    plant = functools.partial(s.plant, "residence")
    if h["kind"] == "eps":
        return ("주소", plant(h["town"])) if mode == "pair" else plant(h["town"])
    if lang == "ko":
        full = lambda: f"{plant((h['region'] + ' ' + h['village']).strip())} {plant(h['street'])}"  # noqa: E731
        if mode == "pair":
            return "주소", full()
        if mode == "me":
            return plant(h["place"]) + "에 살고 있습니다"
        return plant(h["place"]) + " 거주"
    town = h["town"]
    if lang == "fr":
        full = lambda: f"{plant(h['street'])}, {plant(h['pc'])} {plant(town)}"  # noqa: E731
        if mode == "pair":
            return "Adresse", full()
        if mode == "me":
            return "j'habite à " + plant(town)
        if mode == "she":
            return "habite " + plant(town)
        return s.pick([full, lambda: plant(f"{town} ({h['dept']})"), lambda: "Résidant à " + plant(town)])()
    full = lambda: f"{plant(h['street'])}, {plant(town)} {plant(h['pc'])}"  # noqa: E731
    if mode == "pair":
        return "Address", full()
    if mode == "me":
        return "I live in " + plant(town)
    if mode == "she":
        return "lives in " + plant(town)
    return s.pick([full, lambda: f"{plant(town)}, {plant(h['area'])}", lambda: "Resident in " + plant(town)])()


def _fr_nat(s: Sheet, key: str, cap: bool = False, agree: bool = True) -> str:
    """A French nationality adjective, in the author's gender (agree) or in the feminine ('d'origine', 'nationalité')."""
    masc, fem = NATS[key][:2]
    masc, fem = (capital(masc), capital(fem)) if cap else (masc, fem)
    return s.gv("nationality", fem, masc, sex=False) if agree else s.plant("nationality", fem, (masc,))


def r_nationality(s: Sheet, mode: str):
    """Nationality or origin: 'franco-comorienne', "d'origine haïtienne", 'British-Eritrean', 'of Somali heritage',
    '미얀마 국적'."""
    nat, lang, origin = s.p.b7_nat, s.lang, ORIGIN_KEY[s.p.b7_origin]
    if lang == "fr":
        if mode == "pair":
            return "Nationalité", " et ".join(_fr_nat(s, k, True) for k in nat)
        if len(nat) == 2 and "FR" in nat:
            other = next(k for k in nat if k != "FR")
            fem, masc = "franco-" + NATS[other][1], "franco-" + NATS[other][0]
            return ("je suis " if mode == "me" else "") + s.gv("nationality", fem, masc, sex=False)
        if origin not in nat and s.chance(0.6):
            return "d'origine " + _fr_nat(s, origin, agree=False)
        return ("je suis de nationalité " if mode == "me" else "nationalité ") + _fr_nat(s, nat[0], agree=False)
    if lang == "en":
        adj = lambda k: s.plant("nationality", NATS[k][3])  # noqa: E731
        if mode == "pair":
            return "Nationality", " / ".join(adj(k) for k in nat)
        if len(nat) == 2 and "GB" in nat:
            other = next(k for k in nat if k != "GB")
            return ("I'm " if mode == "me" else "") + s.plant("nationality", f"British-{NATS[other][3]}")
        if origin not in nat and s.chance(0.6):
            return "of " + adj(origin) + " heritage"
        return ("I am a " if mode == "me" else "") + adj(nat[0]) + " national"
    country = NATS[nat[0]][5]
    if mode == "pair":
        return "국적", s.plant("nationality", country)
    if mode == "me":
        return s.plant("nationality", country) + " 국적입니다"
    return s.plant("nationality", f"{country} 국적")


def r_religion(s: Sheet, mode: str):
    """Religion: a field, a word, or an activity that tells it."""
    key, lang = s.p.religion, s.lang
    fem, masc, en, ko = REL[key][:4]
    act = REL_ACT[lang].get(key)
    if mode in ("bare", "me") and act and s.chance(0.5):
        return re.sub(r"\{([^}]*)\}", lambda m: s.plant("religion", m.group(1)), act)
    if lang == "fr":
        if mode == "pair":
            return "Religion", s.gv("religion", capital(fem), capital(masc), sex=False)
        if mode == "me" or key == "none":
            if mode == "me":
                return "je suis " + s.gv("religion", fem, masc, sex=False)
            return s.gv("religion", capital(fem), capital(masc), sex=False)
        return "de confession " + s.plant("religion", fem, (masc,))
    if lang == "en":
        if mode == "pair":
            return "Religion or belief", s.plant("religion", en)
        if mode == "me":
            return "I have " + s.plant("religion", "no religion") if key == "none" else "I am a practising " + \
                s.plant("religion", en)
        return s.plant("religion", en)
    if mode == "pair":
        return "종교", s.plant("religion", ko)
    return ("종교는 " if mode == "me" else "종교 ") + s.plant("religion", ko)


FR_STATUS = {"single": ("célibataire",) * 2, "married": ("mariée", "marié"), "pacs": ("pacsée", "pacsé"),
             "divorced": ("divorcée", "divorcé"), "widowed": ("veuve", "veuf"), "couple": ("en concubinage",) * 2}
EN_STATUS = {"single": "single", "married": "married", "pacs": "in a civil partnership", "divorced": "divorced",
             "widowed": "widowed", "couple": "cohabiting"}
KO_STATUS = {"single": "미혼", "married": "기혼", "pacs": "기혼", "divorced": "이혼", "widowed": "사별", "couple": "미혼"}


def r_family(s: Sheet, mode: str):
    """Marital status and children; in Korean sometimes the rank among siblings ('3남매 중 장녀')."""
    p, n, lang = s.p, s.p.children, s.lang
    if lang == "fr":
        fem, masc = FR_STATUS[p.marital]
        kids = lambda: (", " + s.plant("family", f"{n} enfant{'s' if n > 1 else ''} à charge")) if n else ""  # noqa: E731
        if mode == "pair":
            return "Situation familiale", s.gv("family", capital(fem), capital(masc)) + kids()
        if mode == "me" and n:
            return "je suis " + s.gv("family", "maman", "papa", sex=False) + " de " + s.plant(
                "family", f"{FR_UNITS[n]} enfant{'s' if n > 1 else ''}")
        status = s.gv("family", fem, masc) if mode != "bare" else s.gv("family", capital(fem), capital(masc))
        return ("je suis " if mode == "me" else "") + status + kids()
    if lang == "en":
        status = EN_STATUS[p.marital]
        if mode == "pair":
            return "Marital status", s.plant("family", capital(status)) + (
                "; " + s.plant("family", f"dependants: {n}") if n else "")
        if mode == "me" and n:
            return "I'm " + s.plant("family", status) + " with " + s.plant(
                "family", f"{EN_UNITS[n]} kid{'s' if n > 1 else ''}")
        kids = f", {s.plant('family', f'{n} child' + ('ren' if n > 1 else ''))}" if n else ""
        return ("I am " if mode == "me" else "") + s.plant("family", capital(status) if mode == "bare" else status) + kids
    status = KO_STATUS[p.marital]
    if mode == "pair":
        return "결혼여부", s.plant("family", status) + (f" (자녀 {s.plant('family', f'{n}명')})" if n else "")
    if p.marital == "single" and s.chance(0.5):
        return s.gv("family", "3남매 중 장녀", "3남매 중 장남")
    if mode == "me":
        return s.plant("family", status) + (f"이며 {s.plant('family', f'아이가 {KO_COUNT[n]}')} 있습니다" if n else "입니다")
    return s.plant("family", status) + (f", {s.plant('family', f'자녀 {n}명')}" if n else "")


def r_health(s: Sheet, mode: str):
    """Disability or health: 'RQTH', 'épileptique stabilisée', 'controlled epilepsy', '뇌전증 (약물 조절 중)'."""
    value = HEALTH[s.p.health][{"fr": 0, "en": 1, "ko": 2}[s.lang]]
    planted = s.gv("health", *value, sex=True) if isinstance(value, tuple) else s.plant("health", value)
    if mode == "pair":
        label = {"fr": ("Santé", "Handicap"), "en": ("Health", "Disability"), "ko": ("건강", "장애")}[s.lang]
        return label[s.p.health != "good"], planted
    if mode == "me":
        return {"fr": "à savoir : ", "en": "just so you know: ", "ko": "참고로 "}[s.lang] + planted
    return planted


def r_sex(s: Sheet, mode: str):
    """Sex: a field, a civil title, pronouns."""
    f, lang = s.female, s.lang
    if mode == "pair":
        label, words = {"fr": ("Sexe", ("Féminin", "Masculin")), "en": ("Gender", ("Female", "Male")),
                        "ko": ("성별", ("여성", "남성"))}[lang]
        return label, s.plant("sex", words[0] if f else words[1])
    if lang == "fr":
        return s.plant("sex", ("Madame" if f else "Monsieur") if mode != "me" else ("une femme" if f else "un homme"))
    if lang == "en":
        return ("Pronouns: " if mode == "bare" else "") + s.plant("sex", "she/her" if f else "he/him")
    return s.plant("sex", "여성" if f else "남성")


RENDER7 = {"sex": r_sex, "age": r_age, "birth": r_birth, "residence": r_residence, "nationality": r_nationality,
           "religion": r_religion, "family": r_family, "health": r_health}
PERSONAL7 = ("age", "birth", "sex", "nationality", "family", "health", "religion")


# --- job sections ---------------------------------------------------------------------------------------------------
def tongues(s: Sheet) -> list[str]:
    """Languages spoken (facts), the author's home language among them when it names no nationality."""
    nat_words = {w.lower() for k in (*s.p.b7_nat, ORIGIN_KEY[s.p.b7_origin]) for w in re.findall(r"\w+", " ".join(
        NATS[k][:2] + NATS[k][3:4] + NATS[k][5:6]))}
    own = TONGUES.get(s.p.b7_origin)
    out = []
    if own and s.lang != "ko" and own.lower() not in nat_words and s.chance(0.7):
        out.append(f"{own} ({s.pick(LEVELS[s.lang])})")
    common = {"fr": ["Anglais (B1)", "Espagnol (notions)", "Anglais (courant)"],
              "en": ["French (basic)", "Spanish (conversational)", "Arabic (basic)"],
              "ko": ["영어 (TOEIC 780)", "일본어 (JLPT N3)", "영어 회화 가능"]}[s.lang]
    out.append(s.pick(common))
    return [s.fact(x) for x in out]


def contract(s: Sheet) -> str:
    """A contract's kind (a fact)."""
    return s.fact(s.pick(CONTRACTS[s.lang]))


def side_job(s: Sheet, label: bool = True) -> str:
    """A small job for an employer with a person's or a saint's name, and where (facts)."""
    places = {"fr": FR_JOB_PLACES, "en": EN_JOB_PLACES, "ko": KO_JOB_PLACES}[s.lang]
    used = {j.place for j in s.p.jobs}
    place = s.fact(s.pick([x for x in places if x not in used]))
    what = {"fr": "Extras", "en": "Weekend work", "ko": "주말 아르바이트"}[s.lang]
    return (f"{what}{s.sep}" if label else "") + f"{s.fact(s.pick(SIDE_EMPLOYERS[s.lang]))}, {place}"


def job_lines(s: Sheet, sep: str = " – ") -> list[str]:
    """One line a job: dates, title, employer, place."""
    return [f"{job_dates(s, j)}{sep}{title_text(s, j)}{sep}{s.fact(j.employer)}, {place_text(s, j)}" for j in s.p.jobs]


def diploma(s: Sheet) -> str:
    """One diploma of the trade (a fact)."""
    return s.fact(s.pick(list(s.p.trade.diplomas[s.lang])))


def rest(s: Sheet, mode: str = "bare", skip: tuple[str, ...] = ()) -> list[str]:
    """Every family this CV reveals and has not written yet (residence included), but those skipped."""
    res = s.bit("residence", mode)
    return ([res] if res else []) + s.bits([f for f in PERSONAL7 if f not in skip], mode)


def contacts(s: Sheet) -> list[str]:
    return [x for x in (phone(s), email(s)) if x]


def body7(s: Sheet) -> list[str]:
    """Experience (with a side job), education, skills, languages, licence, with headings."""
    out = [s.h("exp"), *job_lines(s), side_job(s), "", s.h("edu"), *education(s), ""]
    return out + [s.h("skills"), ", ".join(skills(s)), "", s.h("langs"), *tongues(s), "",
                  f"{s.h('lic')}{s.sep}{licence(s)}"]


# --- 1. a Europass XML file -------------------------------------------------------------------------------------
def _el(parent, tag: str, text: str | None = None, **attrs) -> ET.Element:
    el = ET.SubElement(parent, tag, attrs)
    if text is not None:
        el.text = text
    return el


@blind7(langs=("fr", "en"))
def europass_xml(s: Sheet) -> str:
    """The Europass CV as its online editor saves it (SkillsPassport XML, V3): PersonName, ContactInfo, Demographics
    (Birthdate as year / '--MM' / '---DD' attributes, Gender and Nationality as Code and Label), the career as
    WorkExperience elements, and the free-text fields as escaped HTML ('&lt;p&gt;Mariée, 2 enfants à charge&lt;/p&gt;')."""
    fr, p = s.lang == "fr", s.p
    root = ET.Element("SkillsPassport", {"xmlns": "http://europass.cedefop.europa.eu/Europass", "locale": s.lang})
    info = _el(root, "DocumentInfo")
    _el(info, "DocumentType", "ECV")
    _el(info, "CreationDate", f"{D.TODAY[0]}-0{D.TODAY[1]}-{D.TODAY[2] - 3:02d}T19:{s.rng.randint(10, 59)}:07.412Z")
    _el(info, "XSDVersion", "V3.4")
    _el(info, "Generator", "EWA")
    learner = _el(root, "LearnerInfo")
    ident = _el(learner, "Identification")
    names = _el(ident, "PersonName")
    _el(names, "FirstName", s.plant("name", p.first))
    _el(names, "Surname", s.plant("name", p.last.upper() if s.chance(0.4) else p.last))
    ci = _el(ident, "ContactInfo")
    home_country = "FR" if fr else "UK"
    if s.has("residence"):
        s.done.add("residence")
        h = p.b7_home
        contact = _el(_el(ci, "Address"), "Contact")
        _el(contact, "AddressLine", s.plant("residence", h["street"]))
        _el(contact, "PostalCode", s.plant("residence", h["pc"]))
        _el(contact, "Municipality", s.plant("residence", h["town"]))
        if "nationality" not in p.families or home_country not in p.b7_nat:
            country = _el(contact, "Country")
            _el(country, "Code", home_country)
            _el(country, "Label", "France" if fr else "United Kingdom")
    if email(s):
        _el(_el(ci, "Email"), "Contact", p.email)
    if phone(s):
        tel = _el(_el(ci, "TelephoneList"), "Telephone")
        _el(tel, "Contact", p.phone)
        _el(_el(tel, "Use"), "Code", "mobile")
    demo = _el(ident, "Demographics")
    if s.has("birth"):
        s.done.add("birth")
        b = p.born
        attrs = {"year": str(b.year), "month": f"--{b.month:02d}", "day": f"---{b.day:02d}"}
        _el(demo, "Birthdate", **attrs)
        s.plant("birth", " ".join(f'{k}="{v}"' for k, v in attrs.items()))
    if s.has("sex"):
        s.done.add("sex")
        gender = _el(demo, "Gender")
        _el(gender, "Code", "F" if s.female else "M")
        s.plant("sex", f"<Code>{'F' if s.female else 'M'}</Code>")
        label = ("Féminin" if s.female else "Masculin") if fr else ("Female" if s.female else "Male")
        _el(gender, "Label", s.plant("sex", label))
    if s.has("nationality"):
        s.done.add("nationality")
        nats = _el(demo, "NationalityList")
        for key in p.b7_nat:
            nat = _el(nats, "Nationality")
            code = ISO.get(key, key)
            _el(nat, "Code", code)
            s.plant("nationality", f"<Code>{code}</Code>")
            label = capital(NATS[key][1] if s.female else NATS[key][0]) if fr else NATS[key][3]
            _el(nat, "Label", s.plant("nationality", label))
    head = _el(learner, "Headline")
    _el(_el(head, "Type"), "Label", "Emploi recherché" if fr else "Preferred job")
    _el(_el(head, "Description"), "Label", headline(s))
    works = _el(learner, "WorkExperienceList")
    for j in p.jobs:
        w = _el(works, "WorkExperience")
        period = _el(w, "Period")
        _el(period, "From", year=str(j.start[0]), month=f"--{j.start[1]:02d}")
        if j.end:
            _el(period, "To", year=str(j.end[0]), month=f"--{j.end[1]:02d}")
        else:
            _el(period, "Current", "true")
        _el(_el(w, "Position"), "Label", title_text(s, j))
        employer = _el(w, "Employer")
        _el(employer, "Name", s.fact(j.employer))
        _el(_el(_el(_el(employer, "ContactInfo"), "Address"), "Contact"), "Municipality", s.fact(j.place))
    edus = _el(learner, "EducationList")
    edu = _el(edus, "Education")
    _el(_el(edu, "Period"), "From", year=str(max(p.born.year + 17, p.jobs[-1].start[0] - 1)))
    _el(edu, "Title", diploma(s))
    skill = _el(learner, "Skills")
    lings = _el(_el(skill, "Linguistic"), "ForeignLanguageList")
    for tongue in tongues(s):
        _el(_el(_el(lings, "ForeignLanguage"), "Description"), "Label", tongue)
    _el(_el(skill, "JobRelated"), "Description", "&lt;p&gt;" + ", ".join(skills(s)) + "&lt;/p&gt;")
    _el(_el(skill, "Other"), "Description", "&lt;p&gt;" + licence(s) + "&lt;/p&gt;")
    more = rest(s, "bare") + [availability(s)]
    ach = _el(_el(learner, "AchievementList"), "Achievement")
    _el(_el(ach, "Title"), "Label", "Informations complémentaires" if fr else "Additional information")
    _el(ach, "Description", "".join(f"&lt;p&gt;{x}&lt;/p&gt;" for x in more))
    if s.chance(0.6):
        ET.indent(root, "  ")
    recast(s, lambda v: v.replace("&", "&amp;"))  # as the XML writes them ('City &amp; Guilds')
    text = ET.tostring(root, encoding="unicode").replace("&amp;lt;", "&lt;").replace("&amp;gt;", "&gt;")
    return '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' + text


# --- 2. an e-mail reply that answers the recruiter's questions between the quoted lines ---------------------------
REPLY = {
    "fr": {"head": ("De", "Envoyé", "À", "Objet"), "sent": "mardi 10 septembre 2024 21:14", "re": "RE: Votre candidature – ",
           "hello": "Bonsoir {r},\n\nMerci pour votre retour, je vous réponds directement sous vos questions.\n\nBonne soirée,",
           "wrote": "Le lun. 9 sept. 2024 à 17:02, {r} <{m}> a écrit :", "dear": "Bonjour {t},",
           "ask": "Merci pour votre candidature. Pour compléter votre dossier, pouvez-vous me préciser :",
           "q": ["Votre expérience dans le métier ?", "Vos diplômes et habilitations ?", "Votre disponibilité ?",
                 "Votre lieu de résidence (pour les trajets) ?", "Des contraintes à prendre en compte ?"],
           "bye": "Cordialement,", "role": "Chargé(e) de recrutement", "older": "Le dim. 8 sept. 2024 à 22:40, {n} <{m}> a écrit :",
           "first": "Madame, Monsieur, je vous adresse ma candidature pour le poste de {h}.",
           "phone": "Envoyé de mon iPhone"},
    "en": {"head": ("From", "Sent", "To", "Subject"), "sent": "Tuesday, 10 September 2024 21:14",
           "re": "RE: Your application – ", "hello": "Hi {r},\n\nThanks for getting back to me, my answers are under your "
           "questions below.\n\nKind regards,", "wrote": "On Mon, 9 Sept 2024 at 17:02, {r} <{m}> wrote:",
           "dear": "Dear {t},", "ask": "Thank you for applying. Before we go further, could you tell me:",
           "q": ["How much experience do you have in this role?", "What qualifications and tickets do you hold?",
                 "When could you start?", "Where are you based (for travel)?", "Anything we should plan around?"],
           "bye": "Best wishes,", "role": "Resourcing Partner", "older": "On Sun, 8 Sept 2024 at 22:40, {n} <{m}> wrote:",
           "first": "Dear Sir or Madam, please find my application for the {h} position.", "phone": "Sent from Outlook for Android"},
    "ko": {"head": ("보낸 사람", "보낸 날짜", "받는 사람", "제목"), "sent": "2024년 9월 10일 화요일 오후 9:14",
           "re": "RE: 입사지원 관련 확인 요청 – ", "hello": "안녕하세요, {r}님.\n\n문의하신 내용 아래에 답변 드립니다.\n\n감사합니다.",
           "wrote": "-----Original Message-----\nFrom: \"{r}\" <{m}>\nSent: 2024-09-09 (월) 17:02:11", "dear": "{t}님, 안녕하세요.",
           "ask": "지원해 주셔서 감사합니다. 아래 내용 확인 부탁드립니다.",
           "q": ["1. 관련 경력", "2. 자격증 및 학력", "3. 입사 가능일", "4. 거주지 (출퇴근 거리 확인용)", "5. 근무 시 고려할 사항"],
           "bye": "감사합니다.", "role": "인사팀", "older": "-----Original Message-----\nFrom: \"{n}\" <{m}>\nSent: 2024-09-08 (일) 22:40:55",
           "first": "{h} 직무에 지원합니다.", "phone": ""},
}


@blind7()
def reply_thread(s: Sheet) -> str:
    """An e-mail reply where the author answers the recruiter's questions under each quoted line: the reply's headers
    with the author's display name, a short greeting signed with the first name, the recruiter's message quoted with
    '> ' (Outlook, Gmail, a Korean webmail's '-----Original Message-----'), and the author's first message under it
    quoted twice ('>> '); the personal details in the answers and the first message, the job facts in the answers."""
    W, p, lang = REPLY[s.lang], s.p, s.lang
    p.families.add("contact")
    rec_mail = {"fr": "recrutement@groupe-ehpad.fr", "en": "talent@northcare.co.uk", "ko": "recruit@hanil-hr.co.kr"}[lang]
    recruiter = someone(s)
    rfirst = s.plant("name", recruiter.split()[0]) if lang != "ko" else recruiter
    author = me_name(s)
    mail = email(s)
    head = [f"{W['head'][0]} : {author} <{mail}>" if lang == "fr" else f"{W['head'][0]}: {author} <{mail}>",
            f"{W['head'][1]}{' :' if lang == 'fr' else ':'} {W['sent']}",
            f"{W['head'][2]}{' :' if lang == 'fr' else ':'} {recruiter} <{rec_mail}>",
            f"{W['head'][3]}{' :' if lang == 'fr' else ':'} {W['re']}{headline(s)}", ""]
    sign = me_name(s, "first")
    hello = W["hello"].format(r=rfirst if lang != "ko" else recruiter) + f"\n{sign}" + (" 드림" if lang == "ko" else "")
    out = head + [hello] + ([W["phone"]] if W["phone"] and s.chance(0.5) else []) + [""]
    out.append(W["wrote"].format(r=recruiter, m=rec_mail))
    sex = s.bit("sex", "she") if lang != "en" else (s.plant("sex", s.pick(["Ms", "Mrs"]) if s.female else "Mr")
                                                    if s.has("sex") else None)
    title = f"{sex} {s.plant('name', p.last)}" if sex and lang != "ko" else author
    out += ["> " + W["dear"].format(t=title), ">", "> " + W["ask"]]
    job = p.jobs[0]
    answers = [f"{duration(s)} – {title_text(s, job, 'lower' if lang != 'ko' else 'cap')}, {s.fact(job.employer)} "
               f"({place_text(s, job)}).", f"{diploma(s)}, {licence(s)}.", f"{availability(s)}.",
               (capital(r) + "." if (r := s.bit("residence", "me")) else "-")]
    limits = [x for x in (s.bit("family", "me"), s.bit("health", "me"), s.bit("religion", "me")) if x]
    answers.append(clauses(s, limits, "; ") if limits else {"fr": "Aucune.", "en": "None.", "ko": "없습니다."}[lang])
    for q, a in zip(W["q"], answers):
        out += [f"> - {q}" if lang != "ko" else f"> {q}", a if lang != "ko" else f"[답변] {a}", ">"]
    out += [f"> {W['bye']}", f"> {recruiter}", f"> {W['role']}", ">"]
    older = [W["first"].format(h=headline(s, "lower") if lang != "ko" else headline(s))]
    older += [capital(x) + "." for x in (s.bit("age", "me"), s.bit("nationality", "me"), s.bit("birth", "me")) if x]
    if sex and lang == "ko":
        older.append(f"성별: {sex}")
    older += [author, " ".join(contacts(s))]
    out += [">> " + line for line in W["older"].format(n=author, m=mail).split("\n")] + [">>"] + [">> " + x for x in older]
    return "\n".join(out)


# --- 3. a Word file reviewed with tracked changes, read by pandoc --------------------------------------------------
TRACK = {
    "fr": {"why": "Inutile d'indiquer ces informations personnelles : un employeur ne peut pas les demander.",
           "profile": "Profil", "new": "Professionnel(le) de terrain, fiable et disponible", "more": "Informations complémentaires"},
    "en": {"why": "Take these personal details out - employers can't ask for them and they can count against you.",
           "profile": "Profile", "new": "Reliable, hands-on and flexible", "more": "Additional information"},
    "ko": {"why": "개인 신상 정보는 채용 절차법상 요구할 수 없으니 삭제하는 것이 좋습니다.", "profile": "자기소개",
           "new": "성실하고 책임감 있는 지원자", "more": "기타사항"},
}


def _change(kind: str, text: str, who: str, minute: int) -> str:
    return f'[{text}]{{.{kind} author="{who}" date="2024-03-04T10:{minute:02d}:00Z"}}'


@blind7()
def tracked_changes(s: Sheet) -> str:
    """A Word CV reviewed by an employment adviser with track changes on, converted by pandoc with
    --track-changes=all: what the adviser deleted (the personal details) is still in the text inside
    '[…]{.deletion author="…" date="…"}', insertions and the adviser's comment beside it, and the author's own later
    edits signed with the name Word was registered under."""
    T = TRACK[s.lang]
    adviser = someone(s)
    author = me_name(s)
    mins = iter(range(3, 60, 4))
    top = [f"# {author}", "", f"**{headline(s)}**", "", " · ".join(contacts(s)), ""]
    res = s.bit("residence", "bare")
    personal = ([res] if res else []) + s.bits(("age", "birth", "family", "nationality"), "bare")
    prof = f"{duration(s)}. {licence(s)}."
    lines = top + [f"## {T['profile']}", ""]
    if personal:
        lines.append(_change("deletion", ", ".join(personal), adviser, next(mins)) + " " + f'[{T["why"]}]{{.comment-start '
                     f'id="0" author="{adviser}" date="2024-03-04T10:{next(mins):02d}:00Z"}}' + prof + '[]{.comment-end id="0"}')
    else:
        lines.append(prof)
    lines += ["", _change("insertion", T["new"], adviser, next(mins)) + ". " +
              _change("insertion", availability(s), author, next(mins)) + ".", "", f"## {s.h('exp')}", ""]
    lines += [f"- {x}" for x in job_lines(s)] + [f"- {side_job(s)}", "", f"## {s.h('edu')}", ""]
    lines += [f"- {x}" for x in education(s)] + ["", f"## {s.h('skills')}", "", ", ".join(skills(s)), "",
                                                 f"## {s.h('langs')}", "", ", ".join(tongues(s)), ""]
    more = s.bits(PERSONAL7, "bare")
    if more:
        lines += [f"## {T['more']}", "", _change("deletion", " – ".join(more), adviser, next(mins))]
    return "\n".join(lines)


# --- 4. a document's metadata and text as Apache Tika gives them ----------------------------------------------------
@blind7()
def tika_metadata(s: Sheet) -> str:
    """A CV file read by Apache Tika (metadata then text, as `tika -m` and `tika -t` print them): the author the
    word processor was registered to (dc:creator, Author), the last person who saved it (an adviser), the title and
    keywords the author typed into the file's properties ('CV Sékouba 44 ans', 'surveillant; Neufchâteau; RQTH'),
    the file name; then the text, whose top may carry no name at all."""
    p, lang = s.p, s.lang
    author = me_name(s)
    adviser = someone(s)
    first = me_name(s, "first")
    title_bits = [{"fr": "CV", "en": "CV", "ko": "이력서"}[lang], first]
    age = s.bit("age", "she")
    if age:
        title_bits.append(age)
    keys = [headline(s, "lower") if lang != "ko" else headline(s)]
    if s.has("residence"):
        s.done.add("residence")
        keys.append(s.plant("residence", p.b7_home["town"]))
    if s.has("health"):
        s.done.add("health")
        keys.append(r_health(s, "bare"))
    file_name = (f"CV_{ascii_fold(p.first)}_{ascii_fold(p.last).upper()}_2024.docx" if lang != "ko"
                 else f"이력서_{p.hangul}.hwp")
    s.plant("name", file_name.split("_", 1)[1].rsplit("_", 1)[0] if lang != "ko" else p.hangul)
    docx = lang != "ko"
    company = {"fr": "France Travail", "en": "Jobcentre Plus", "ko": "고용노동부 고용센터"}[lang]
    meta = {"Author": author, "Content-Type": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            if docx else "application/x-hwp-v5", "Last-Author": adviser, "Last-Modified": "2024-09-10T20:01:00Z",
            "X-TIKA:Parsed-By": "org.apache.tika.parser.microsoft.ooxml.OOXMLParser" if docx else
            "org.apache.tika.parser.hwp.HwpV5Parser", "dc:creator": author, "dc:title": " ".join(title_bits),
            "meta:keyword": "; ".join(keys), "meta:last-author": adviser, "resourceName": file_name,
            "extended-properties:Company": company, "meta:page-count": "2", "Revision-Number": str(s.rng.randint(3, 19))}
    head = [f"{k}: {v}" for k, v in sorted(meta.items())]
    body = [me_name(s, "LAST first") if s.chance(0.4) else "", headline(s, "upper") if lang != "ko" else headline(s),
            "\t".join(contacts(s)), ""]
    pairs = s.pairs(("birth", "sex", "nationality", "family"))
    body += [f"{a}\t{b}" for a, b in pairs]
    body += [""] + body7(s) + [""] + [availability(s)] + rest(s, "bare")
    return "\n".join(head + ["", *[x for x in body]]).replace("\n\n\n", "\n\n")


# --- 5. a voicemail transcribed by the phone ----------------------------------------------------------------------
def spoken(text: str) -> str:
    """Text as a phone's transcription writes it: lower case, no punctuation but apostrophes and hyphens."""
    return re.sub(r" {2,}", " ", re.sub(r"[,.;:!?()\"«»“”]", "", text.lower()))


def spoken_mail(s: Sheet) -> str | None:
    """The e-mail address said aloud ('awa point sanogo arobase orange point fr'); planted as contact."""
    if "contact" not in s.p.families:
        return None
    words = {"fr": (" point ", " arobase ", " tiret du bas "), "en": (" dot ", " at ", " underscore "),
             "ko": (" 점 ", " 골뱅이 ", " 언더바 ")}[s.lang]
    said = s.p.email.replace(".", words[0]).replace("@", words[1]).replace("_", words[2])
    return s.plant("contact", said)


def spoken_age(s: Sheet) -> str | None:
    """The age said aloud, in words half of the time ('j'ai quarante-deux ans', "I'm forty-two", '마흔두 살이고')."""
    if not s.has("age"):
        return None
    s.done.add("age")
    a = s.p.age
    if not s.chance(0.5):
        return r_age(s, "me")
    if s.lang == "fr":
        return "j'ai " + s.plant("age", f"{fr_words(a)} ans")
    if s.lang == "en":
        return "I'm " + s.plant("age", en_words(a))
    return s.plant("age", f"{ko_age_words(a)} 살") + "이고"


VOICE = {
    "fr": ("Messagerie vocale visuelle", "De : {n}", "Mardi 10 sept. 2024 à 18:42 · Durée 1:12",
           "Transcription (peut contenir des erreurs) :", "oui bonjour c'est {me} euh je vous appelle pour l'annonce de "
           "{h} que j'ai vue sur Indeed", "euh vous pouvez me rappeler au {t}", "ou par mail {m}", "merci bonne journée"),
    "en": ("Visual Voicemail", "From: {n}", "Tue 10 Sep 2024, 18:42 · 1:12", "Transcription (beta):",
           "hi there it's {me} um I'm ringing about the {h} job I saw on Indeed", "you can call me back on {t}",
           "or email me at {m}", "thanks bye"),
    "ko": ("음성사서함", "발신: {n}", "2024. 9. 10. (화) 오후 6:42 · 1분 12초", "음성 텍스트 변환 (정확하지 않을 수 있음):",
           "네 안녕하세요 {me} 하는데요 어 {h} 구인 공고 보고 연락드렸어요", "{t}으로 연락 주세요", "메일은 {m}이에요",
           "감사합니다"),
}


@blind7()
def voicemail(s: Sheet) -> str:
    """A voicemail left for a recruiter, transcribed by the phone: the caller's number and the call's date above, then
    one run of lower-case words without punctuation, fillers ('euh', 'um', '어') between them, the age said in words half
    of the time, the phone number said digit by digit and the e-mail address spelled out ('point', 'arobase'); markers
    and facts are recorded as the transcription writes them."""
    V, lang = VOICE[s.lang], s.lang
    s.p.families.add("contact")
    head = [V[0], V[1].format(n=phone(s)), V[2], V[3]]
    m0, f0 = len(s.markers), len(s.facts)
    job = s.p.jobs[0]
    who = me_name(s)
    who += ko_particle(who, "이라고", "라고") if lang == "ko" else ""
    said = [V[4].format(me=who, h=headline(s, "lower") if lang != "ko" else headline(s))]
    said += [x for x in (spoken_age(s), s.bit("residence", "me"), s.bit("family", "me")) if x]
    if lang == "fr":
        said += [f"alors j'ai {duration(s, lower=True)}", f"la dernière fois c'était chez {s.fact(job.employer)} à "
                 f"{place_text(s, job)}", f"côté diplômes {diploma(s)} et {licence(s)}"]
    elif lang == "en":
        said += [f"I've got {duration(s, lower=True)}", f"most recently at {s.fact(job.employer)} in {place_text(s, job)}",
                 f"I've got my {diploma(s)} and {licence(s)}"]
    else:
        said += [f"{duration(s)} 있고요", f"최근에는 {place_text(s, job)} {s.fact(job.employer)}에서 일했어요",
                 f"{licence(s)}도 있어요"]
    said += [x for x in (s.bit("nationality", "me"), s.bit("religion", "me"), s.bit("health", "me"),
                         s.bit("birth", "me")) if x]
    if s.has("sex"):
        s.done.add("sex")
        said.append({"fr": lambda: f"demandez {s.plant('sex', 'Madame' if s.female else 'Monsieur')} "
                                   f"{s.plant('name', s.p.last)}",
                     "en": lambda: f"just ask for {s.plant('sex', 'Mrs' if s.female else 'Mr')} {s.plant('name', s.p.last)}",
                     "ko": lambda: f"{s.plant('sex', '여자' if s.female else '남자')}인데 지원 가능할까요"}[lang]())
    said += [availability(s, lower=True), V[5].format(t=s.plant("contact", spoken_digits(s, s.p.phone)))]
    mail = spoken_mail(s)
    said += ([V[6].format(m=mail)] if mail else []) + [V[7]]
    filler = {"fr": " euh ", "en": " um ", "ko": " 어 "}[lang]
    text = " ".join(x + (filler if s.chance(0.2) else "") for x in said)
    recast(s, spoken, m0, f0)
    return "\n".join(head + [spoken(text).strip()])


# --- 6. a video CV's subtitles ----------------------------------------------------------------------------------
def _breaks(s: Sheet, sentence: str, width: int) -> list[str]:
    """The sentence cut into lines of about `width` characters at spaces, never inside a planted value."""
    spans = [(m.start(), m.end()) for v in {*(x.value for x in s.markers), *s.facts} if v
             for m in re.finditer(re.escape(v), sentence)]
    ok = [i for i, ch in enumerate(sentence) if ch == " " and not any(a < i < b for a, b in spans)]
    lines, start = [], 0
    while len(sentence) - start > width:
        fits = [i for i in ok if start < i <= start + width]
        later = [i for i in ok if i > start + width]
        cut = fits[-1] if fits else later[0] if later else None
        if cut is None:
            break
        lines.append(sentence[start:cut])
        start = cut + 1
    return lines + [sentence[start:]]


def _stamp(ms: int) -> str:
    h, rest_ms = divmod(ms, 3_600_000)
    m, rest_ms = divmod(rest_ms, 60_000)
    sec, milli = divmod(rest_ms, 1000)
    return f"{h:02d}:{m:02d}:{sec:02d},{milli:03d}"


@blind7()
def video_srt(s: Sheet) -> str:
    """A video CV (a phone video posted on a job site or sent by link) whose subtitles were saved as an .srt file: numbered
    cues of one or two lines with their time codes, the spoken presentation cut across cues ('Bonjour, je m'appelle …' /
    'j'ai 42 ans et j'habite à …'); a planted value never spans two cues."""
    lang, p = s.lang, s.p
    job = p.jobs[0]
    hello = {"fr": "Bonjour, je m'appelle {n}.", "en": "Hello, my name is {n}.", "ko": "안녕하세요, 저는 {n}입니다."}[lang]
    sent = [hello.format(n=me_name(s))]
    mine = [x for x in (s.bit("age", "me"), s.bit("residence", "me"), s.bit("family", "me")) if x]
    if mine:
        sent.append(clauses(s, mine))
    if lang == "fr":
        sent += [f"Je suis {title_text(s, job, 'lower')}, avec {duration(s, lower=True)}.",
                 f"Aujourd'hui je travaille chez {s.fact(job.employer)}, à {place_text(s, job)}.",
                 f"J'ai le {diploma(s)} et le {licence(s)}."]
    elif lang == "en":
        sent += [f"I'm a {title_text(s, job, 'lower')} with {duration(s, lower=True)}.",
                 f"At the moment I work for {s.fact(job.employer)} in {place_text(s, job)}.",
                 f"I hold a {diploma(s)} and a {licence(s)}."]
    else:
        sent += [f"{duration(s)}의 {headline(s)}입니다.", f"지금은 {place_text(s, job)}에 있는 {s.fact(job.employer)}에서 일하고 있습니다.",
                 f"{diploma(s)}, {licence(s)} 자격이 있습니다."]
    sent += [capital(x) + "." for x in (s.bit("nationality", "me"), s.bit("birth", "me"), s.bit("religion", "me"),
                                         s.bit("health", "me")) if x]
    if lang == "en" and s.has("sex"):
        sent.append(f"My pronouns are {r_sex(s, 'me')}.")
    sent.append({"fr": lambda: f"{availability(s)}, et je serais {s.g('ravie', 'ravi')} de vous rencontrer. Merci !",
                 "en": lambda: f"{availability(s)}, and I'd love to meet you. Thanks for watching!",
                 "ko": lambda: f"{availability(s)}합니다. 감사합니다!"}[lang]())
    lines = [line for x in sent for line in _breaks(s, x, 42 if lang != "ko" else 24)]
    cues, t, i, n = [], s.rng.randint(200, 900), 0, 1
    while i < len(lines):
        take = 2 if i + 1 < len(lines) and s.chance(0.6) else 1
        chunk = lines[i:i + take]
        end = t + 60 * sum(len(x) for x in chunk) + s.rng.randint(300, 900)
        cues.append(f"{n}\n{_stamp(t)} --> {_stamp(end)}\n" + "\n".join(chunk))
        t, i, n = end + s.rng.randint(0, 120), i + take, n + 1
    tail = contacts(s)
    if tail:
        cues.append(f"{n}\n{_stamp(t)} --> {_stamp(t + 3000)}\n" + "\n".join(tail))
    return "\n\n".join(cues) + "\n"


# --- 7. a web profile printed by a browser ----------------------------------------------------------------------
PRINT = {"fr": ("10/09/2024 21:14", "{n} – {h}{w} | Meteojob", "https://www.meteojob.com/candidat/{slug}-{id}",
                ("Accueil", "Offres", "Mon espace", "Déconnexion"), "Mon profil", "À propos de moi", "Mes expériences",
                "Ma formation", "Mes atouts"),
         "en": ("10/09/2024, 21:14", "{n} - {h}{w} - CV-Library", "https://www.cv-library.co.uk/candidate/{slug}-{id}",
                ("Home", "Jobs", "My account", "Sign out"), "My profile", "About me", "Work history", "Education",
                "Skills"),
         "ko": ("24. 9. 10. 오후 9:14", "{n}님의 이력서{w} - 알바몬", "https://www.albamon.com/resume/view?rNo={id}",
                ("홈", "채용정보", "내 이력서", "로그아웃"), "이력서", "자기소개", "경력", "학력", "자격증")}


@blind7()
def browser_print(s: Sheet) -> str:
    """A job site's profile page printed to PDF from the browser: on every page the print date and the page's title
    (the name, the headline, sometimes the town) at the top, and the page's address (the name in its slug) with the
    page number at the bottom; the site's menu, then the profile fields, a page break in the middle of them."""
    P, lang, p = PRINT[s.lang], s.lang, s.p
    name_text = me_name(s)
    town = ""
    if s.has("residence") and s.chance(0.6):
        s.done.add("residence")
        town = (" – " if lang == "fr" else " - " if lang == "en" else " · ") + s.plant(
            "residence", p.b7_home["town"] if lang != "ko" else p.b7_home["place"])
    title = P[1].format(n=name_text, h=headline(s) if lang != "ko" else "", w=town)
    page_id = s.rng.randint(1_000_000, 9_999_999)
    slug = ""
    if lang != "ko":
        slug = s.plant("name", "-".join(re.sub(r"[^a-z]+", "-", ascii_fold(w).lower()).strip("-")
                                        for w in (p.first, p.last)))
    url = P[2].format(slug=slug, id=page_id if lang == "ko" else f"{page_id:x}")
    lines = ["   ".join(P[3]), "", P[4], name_text.upper() if lang != "ko" else name_text,
             headline(s) if lang == "ko" else "", " · ".join(contacts(s)), ""]
    lines += [f"{a} : {b}" if lang == "fr" else f"{a}: {b}" for a, b in s.pairs(("age", "birth", "sex", "nationality"))]
    about = [x for x in (s.bit("family", "me"), s.bit("health", "me"), s.bit("religion", "me"), s.bit("residence", "me"))
             if x]
    lines += ["", P[5], clauses(s, about, " ; " if lang == "fr" else "; ") if about else "",
              f"{duration(s)}. {availability(s)}.", "", P[6], *job_lines(s, "  ·  "), side_job(s), "", P[7],
              *education(s), "", P[8], ", ".join(skills(s)), licence(s), ", ".join(tongues(s))]
    lines = [x for x in lines if x is not None]
    cut = s.rng.randint(len(lines) // 3, 2 * len(lines) // 3)
    pages = [lines[:cut], lines[cut:]]
    out = []
    for i, page in enumerate(pages, 1):
        out += [f"{P[0]}{' ' * 12}{title}", "", *page, "", f"{url}{' ' * 12}{i}/{len(pages)}"]
    return "\n".join(out)


# --- 8. an HR system's profile of an internal applicant -----------------------------------------------------------
HRIS = {
    "fr": ("Workday · Profil collaborateur (candidature interne)", "Matricule", "Poste actuel", "Responsable",
           "Date d'entrée", "Ancienneté : {y} ans", "Données personnelles", "Absences", "Historique des postes",
           "Formations", "Compétences", "Nom légal"),
    "en": ("Workday · Worker profile (internal applicant)", "Employee ID", "Current position", "Manager", "Hire date",
           "Length of service: {y} years", "Personal information", "Time off", "Job history", "Learning", "Skills",
           "Preferred name"),
    "ko": ("인사정보 조회 (사내공모 지원자)", "사번", "현 소속", "팀장", "입사일", "근속 {y}년", "인적사항", "휴직·휴가 이력",
           "경력사항", "교육이수", "보유역량", "영문성명"),
}
LEAVE = {"fr": ("Congé maternité", "Congé paternité"), "en": ("Maternity leave", "Paternity leave"), "ko": ("출산휴가", "육아휴직")}


@blind7()
def hris_profile(s: Sheet) -> str:
    """An internal applicant's profile printed from the HR system (Workday-like; a Korean 인사정보 screen): employee ID,
    current position, manager, hire date and length of service, a personal information block (gender, date of birth,
    nationality, marital status, disability, home address), the leave history that tells a birth or a religious
    holiday, then the job history and the training."""
    H, lang, p = HRIS[s.lang], s.lang, s.p
    sep = " : " if lang == "fr" else ": "
    job = p.jobs[0]
    years = D.TODAY[0] - job.start[0]
    legal = {"fr": lambda: f"{p.last.upper()}, {p.first}", "en": lambda: p.first,
             "ko": lambda: f"{romanize(p.last).capitalize()} {romanize(p.first).capitalize()}"}[lang]()
    out = [H[0], "", f"{me_name(s)} · {H[1]} {s.rng.randint(10000, 99999)}", f"{H[11]}{sep}{s.plant('name', legal)}",
        f"{H[2]}{sep}{title_text(s, job)} – {s.fact(job.employer)} – {place_text(s, job)} ({contract(s)})",
        f"{H[3]}{sep}{someone(s)}", f"{H[4]}{sep}{job.start[1]:02d}/{job.start[0]} · {s.fact(H[5].format(y=years))}"
        if years >= 1 else f"{H[4]}{sep}{job.start[1]:02d}/{job.start[0]}", "", H[6]]
    if lang == "en" and s.has("sex"):
        out.append(f"Pronouns{sep}" + s.plant("sex", "she/her" if s.female else "he/him"))
    out += [f"{a}{sep}{b}" for a, b in s.pairs(("sex", "birth", "age", "nationality", "family", "health", "residence"))]
    labels = {"fr": ("Téléphone personnel", "E-mail personnel"), "en": ("Personal mobile", "Personal email"),
              "ko": ("개인 연락처", "개인 이메일")}[lang]
    out += [f"{lab}{sep}{v}" for lab, v in zip(labels, (phone(s), email(s))) if v]
    if lang == "ko" and "sex" in p.families and not s.female:
        out.append(f"병역{sep}" + s.plant("sex", s.pick(["군필 (육군 병장 만기전역)", "군필 (해군 병장)"])))
    leave = []
    if "family" in p.families and p.children:
        s.done.add("family")
        y, m = D.TODAY[0] - s.rng.randint(1, 6), s.rng.randint(1, 9)
        leave.append((f"{y}.{m:02d}" if lang == "ko" else f"{m:02d}/{y}") + " – " + s.gv("family", *LEAVE[lang]))
    holiday = REL[p.religion][4 if lang == "fr" else 5] if lang != "ko" else ""
    if s.has("religion"):
        s.done.add("religion")
        if holiday:
            what = {"fr": "Congé sans solde – ", "en": "Unpaid leave – "}[lang]
            leave.append(f"{D.TODAY[0] - 1} – {what}" + s.plant("religion", holiday))
        else:
            fem, masc, en, ko = REL[p.religion][:4]
            value = {"fr": lambda: s.gv("religion", capital(fem), capital(masc), sex=False),
                     "en": lambda: s.plant("religion", en), "ko": lambda: s.plant("religion", ko)}[lang]()
            out.append(f"{'Religion' if lang != 'ko' else '종교'}{sep}{value}")
    out += ["", H[7], *(leave or ["-"]), "", H[8], *job_lines(s, " · "), "", H[9], *education(s), licence(s), "",
            H[10], ", ".join(skills(s)), ", ".join(tongues(s)), availability(s)]
    return "\n".join(out)


# --- 9. an AI recap of an interview ---------------------------------------------------------------------------------
RECAP = {
    "fr": ("Récapitulatif de la réunion – Copilot", "Entretien {h} · mardi 10 septembre 2024, 14:00 – 14:32 · Microsoft Teams",
           "Participants", "Le contenu généré par l'IA peut être incorrect.", "Notes", "Parcours", "Profil", "Diplômes",
           "Disponibilité", "Tâches de suivi", "vérifier les références chez {e}", "envoyer la copie de son {d}"),
    "en": ("Meeting summary with AI Companion", "Interview – {h} · Tue, Sep 10, 2024 2:00 PM · Zoom",
           "Attendees", "AI-generated content may be inaccurate or misleading. Always check for accuracy.", "Quick recap",
           "Background", "About the candidate", "Qualifications", "Availability", "Next steps",
           "check references with {e}", "send a copy of the {d} certificate"),
    "ko": ("클로바노트 AI 요약", "{h} 면접 · 2024.09.10 (화) 14:00 ~ 14:32", "참석자", "AI가 생성한 요약은 부정확할 수 있습니다.",
           "주요 내용", "경력", "지원자 정보", "자격", "입사 가능일", "할 일", "{e} 평판 조회", "{d} 사본 제출"),
}


@blind7()
def ai_recap(s: Sheet) -> str:
    """An interview's recap written by the video tool's assistant (Teams Copilot, Zoom AI Companion, 클로바노트): the
    meeting's title and attendees (the author among the recruiters), the AI warning, then bullet notes in the third
    person where the job facts and the personal details the author mentioned sit side by side, and the follow-up
    tasks with each person's name."""
    R, lang, p = RECAP[s.lang], s.lang, s.p
    job = p.jobs[0]
    r1, author, r2 = someone(s), me_name(s), someone(s)
    first = me_name(s, "first")
    head = [R[0], R[1].format(h=headline(s, "lower") if lang != "ko" else headline(s)), f"{R[2]}{' :' if lang == 'fr' else ':'} "
            f"{r1}, {author}, {r2}", R[3], "", R[4]]
    pron = ""
    if lang == "fr":
        pron = s.g("Elle", "Il")
    elif lang == "en":
        pron = s.plant("sex", "She" if s.female else "He")
    bits = rest(s, "she", skip=("sex",) if pron else ())
    job_note = {"fr": lambda: f"{first} a {duration(s, lower=True)} ; actuellement chez {s.fact(job.employer)} "
                f"({place_text(s, job)}).",
                "en": lambda: f"{first} has {duration(s, lower=True)}; currently at {s.fact(job.employer)} "
                f"({place_text(s, job)}), {contract(s)}.",
                "ko": lambda: f"{first} 님은 {duration(s)}, 현재 {s.fact(job.employer)} ({place_text(s, job)}) "
                f"근무 ({contract(s)})."}[lang]()
    notes = [f"• {R[5]} : {job_note}" if lang == "fr" else f"• {R[5]}: {job_note}"]
    if bits:
        who = f"{pron} " if pron else ""
        notes.append(f"• {R[6]}{' :' if lang == 'fr' else ':'} {who}" + ", ".join(bits) + ".")
    notes += [f"• {R[7]}{' :' if lang == 'fr' else ':'} {diploma(s)}, {licence(s)}; {', '.join(skills(s, 2))}.",
              f"• {R[8]}{' :' if lang == 'fr' else ':'} {availability(s)}."]
    side = s.fact(s.pick(SIDE_EMPLOYERS[lang]))
    todo = [f"☐ {s.plant('name', r1.split()[0]) if lang != 'ko' else r1} : {R[10].format(e=side)}",
            f"☐ {first} : {R[11].format(d=p.trade.diplomas[lang][0])}"]
    s.fact(p.trade.diplomas[lang][0])
    return "\n".join(head + notes + ["", R[9], *todo, "", " · ".join(contacts(s))])


# --- 10. a classified ad offering one's services --------------------------------------------------------------------
@blind7()
def classified_ad(s: Sheet) -> str:
    """A classified ad in which the author offers their work (leboncoin 'Services à la personne', Gumtree 'Services',
    당근알바 구직): a title that tells the sex and the age ('Dame sérieuse de 52 ans cherche…', 'Experienced lady
    cleaner…', '40대 아줌마 주방보조 구해요'), the ad's place (the author's home), the description in the first person,
    the poster's first name and initial and the site's badges."""
    lang, p = s.lang, s.p
    job = p.jobs[0]
    a = p.age
    sex = s.has("sex")
    age = s.has("age")
    s.done |= {"sex", "age"} & p.families
    if lang == "fr":
        who = s.gv("sex", "Dame sérieuse", "Homme sérieux") if sex else "Personne sérieuse"
        title = f"{who}{' de ' + s.plant('age', f'{a} ans') if age else ''} cherche heures – {headline(s, 'lower')}"
        price, posted = f"{s.rng.randint(12, 16)} €", "Publiée le 10/09/2024 à 21:14"
    elif lang == "en":
        who = s.gv("sex", "lady", "man") if sex else "person"
        title = f"Experienced {headline(s, 'lower')} available – reliable {who}" + (
            f", {s.plant('age', f'{a} years old')}" if age else "")
        price, posted = f"£{s.rng.randint(12, 16)} ph", "Posted 2 days ago"
    else:
        who = s.gv("sex", "아줌마", "아저씨") if sex else ""
        title = f"[구직] {s.plant('age', f'{a // 10 * 10}대') + ' ' if age else ''}{who} {headline(s)} 일자리 구해요".replace("  ", " ")
        price, posted = f"시급 {s.rng.randint(10, 13)},000원", "3일 전"
    h = p.b7_home
    place = ""
    if s.has("residence"):
        s.done.add("residence")
        place = {"fr": lambda: f"{s.plant('residence', h['town'])} {s.plant('residence', h['pc'])}",
                 "en": lambda: f"{s.plant('residence', h['town'])}, {s.plant('residence', h['area'])}",
                 "ko": lambda: s.plant("residence", h["place"])}[lang]()
    me = [x for x in (s.bit("family", "me"), s.bit("nationality", "me"), s.bit("religion", "me"), s.bit("health", "me"),
                      s.bit("birth", "me")) if x]
    if lang == "fr":
        desc = [f"Bonjour, {', '.join(me)}." if me else "Bonjour.", f"{duration(s)}, dernièrement chez "
                f"{s.fact(job.employer)} ({place_text(s, job)}).", f"Je propose : {', '.join(skills(s, 2))}.",
                f"{licence(s)}. {availability(s)}. Paiement CESU accepté.", "Références sérieuses sur demande."]
        foot = [f"{me_name(s, 'initial')} · Particulier", "Membre depuis 2019", "Répond généralement en 1 heure"]
    elif lang == "en":
        desc = [f"Hi, {'; '.join(me)}." if me else "Hi.", f"I have {duration(s, lower=True)}, most recently with "
                f"{s.fact(job.employer)} ({place_text(s, job)}).", f"I can offer: {', '.join(skills(s, 2))}.",
                f"{licence(s)}. {availability(s)}.", "DBS checked, references available."]
        foot = [f"{me_name(s, 'initial')} · Private seller", "Posting for 4 years", "Usually replies within an hour"]
    else:
        desc = [f"안녕하세요. {clauses(s, me)}" if me else "안녕하세요.", f"{duration(s)}, 최근 {s.fact(job.employer)}"
                f"({place_text(s, job)})에서 일했어요.", f"{', '.join(skills(s, 2))} 가능합니다.", f"{licence(s)} 있어요. "
                f"{availability(s)}."]
        foot = [f"{me_name(s, 'first')} · 매너온도 {s.rng.randint(365, 420) / 10}°C", "재거래희망률 97%"]
    return "\n".join([title, price, *([place] if place else []), posted, "", *desc, "", *foot, " ".join(contacts(s))])


# --- 11. a functional (skills-based) CV ---------------------------------------------------------------------------
FUNCTIONAL = {
    "fr": ("CV PAR COMPÉTENCES", "COMPÉTENCES", "acquis chez {e}, {p}", "ATOUTS", "PARCOURS", "FORMATION",
           "LANGUES ET PERMIS", "INFORMATIONS", "{y1} – {y2} : pause professionnelle – "),
    "en": ("SKILLS-BASED CV", "KEY SKILLS", "developed at {e}, {p}", "PERSONAL QUALITIES", "EMPLOYMENT HISTORY",
           "EDUCATION AND TRAINING", "LANGUAGES AND LICENCES", "ADDITIONAL INFORMATION", "{y1} – {y2}: career break – "),
    "ko": ("직무능력 중심 이력서", "직무 역량", "{e} ({p})에서 습득", "강점", "경력 요약", "교육 사항", "어학 및 자격",
           "기타", "{y1} – {y2}: 경력 공백 – "),
}
CARER = {"fr": ("aidante familiale de mon fils handicapé", "aidant familial de mon fils handicapé"),
         "en": ("full-time carer for my disabled son", "full-time carer for my disabled son"),
         "ko": ("장애 아들 돌봄 (주 양육자)", "장애 아들 돌봄 (주 양육자)")}


@blind7()
def skills_based(s: Sheet) -> str:
    """A functional CV (CV par compétences, the UK skills-based CV, a Korean NCS-style 직무능력 이력서): skills
    grouped under headings, each with where it was learnt, qualities where a family situation is put forward as one
    ('mère de trois enfants : organisation'), a short job list, a career gap explained, and the personal details last."""
    F, lang, p = FUNCTIONAL[s.lang], s.lang, s.p
    res = s.bit("residence", "bare")
    top = [me_name(s, "LAST first" if lang == "fr" and s.chance(0.5) else "plain"),
           f"{headline(s)} – {duration(s, lower=lang != 'ko')}", " · ".join(([res] if res else []) + contacts(s)), "",
           F[0], "", F[1]]
    learnt = skills(s, 2 * min(2, len(p.jobs)))
    for n, j in enumerate(p.jobs[:2]):
        top += [f"• {x}" for x in learnt[2 * n:2 * n + 2]] + [f"  ({F[2].format(e=s.fact(j.employer), p=place_text(s, j))})"]
    quality = [capital(s.pick(D.EN_ADJ)) if lang == "en" else s.pick({"fr": ["Ponctualité", "Sens de l'écoute"],
                                                                       "ko": ["책임감", "성실함"]}[lang])]
    if s.has("family") and p.children:
        s.done.add("family")
        quality.append({"fr": lambda: s.gv("family", "Mère", "Père") + " de " + s.plant(
            "family", f"{FR_UNITS[p.children]} enfant{'s' if p.children > 1 else ''}") + " : organisation au quotidien",
                        "en": lambda: s.gv("family", f"Mum of {EN_UNITS[p.children]}", f"Dad of {EN_UNITS[p.children]}",
                                           sex=False) + ": calm under pressure",
                        "ko": lambda: s.plant("family", f"자녀 {p.children}명") + "을 키우며 기른 책임감"}[lang]())
    lines = top + ["", F[3], *[f"• {q}" for q in quality], "", F[4], *job_lines(s, " · "), side_job(s, label=False)]
    if s.has("family"):
        s.done.add("family")
        y = p.jobs[-1].start[0] - 3
        lines.append(F[8].format(y1=y, y2=y + 2) + s.gv("family", *CARER[lang], sex=True))
    lines += ["", F[5], *education(s), "", F[6], ", ".join(tongues(s)), licence(s), availability(s)]
    more = s.bits(PERSONAL7, "bare")
    if more:
        lines += ["", F[7], " · ".join(more)]
    if lang == "en":
        lines += ["", "REFERENCES", "Available on request"]
    return "\n".join(lines)


# --- 12. the Korean EPS roster of foreign job seekers ----------------------------------------------------------
EPS_EMPLOYERS = {"kyrgyz": ["Dordoi Textile", "Ak-Tilek Sewing Workshop"], "tajik": ["Talco Aluminium",
                                                                                    "Dushanbe Brick Works"]}


@blind7(langs=("ko",), eps=True)
def eps_roster(s: Sheet) -> str:
    """The roster of foreign job seekers (고용허가제 외국인 구직자 명부) an employer receives from a Korean job centre: the
    worker's passport name in capitals, sending country, sex, date of birth with the age, home address, height and
    weight, medical remark, religion, marital status and dependants, EPS-TOPIK score, skills test and work abroad."""
    p = s.p
    origin = p.b7_origin
    for j in p.jobs:
        j.employer = s.pick(EPS_EMPLOYERS[origin])
    s.sep = " | "
    name = s.plant("name", f"{p.last} {p.first}" if s.chance(0.5) else f"{p.first} {p.last}")
    out = ["고용허가제 외국인 구직자 명부", "", f"구직번호 | {ISO.get(p.b7_nat[0], p.b7_nat[0])}-2024-{s.rng.randint(100000, 999999)}"
           f" | 사진 | [사진]", f"성명(영문) | {name}"]
    if s.has("nationality"):
        s.done.add("nationality")
        out.append("송출국가 | " + s.plant("nationality", NATS[p.b7_nat[0]][5]))
    row = [f"{a} | {b}" for a, b in s.pairs(("sex", "birth"))]
    if s.has("age"):
        s.done.add("age")
        row.append("나이 | " + s.plant("age", f"만 {p.age}세"))
    out += row
    if s.has("health"):
        s.done.add("health")
        tall = s.rng.randint(152, 184)
        out.append(f"신장 | {s.plant('health', f'{tall}cm')} | 체중 | {s.plant('health', f'{tall - s.rng.randint(95, 112)}kg')}")
        out.append("병력 | " + r_health(s, "bare"))
    out += [f"{a} | {b}" for a, b in s.pairs(("residence", "religion", "family"))]
    if "contact" in p.families:
        out.append(f"연락처 | {email(s)}")
    score = s.rng.randint(120, 190)
    out += ["", f"한국어능력시험 | {s.fact(f'EPS-TOPIK {score}점')}", f"희망업종 | {s.fact(s.pick(['제조업', '건설업', '농축산업']))}",
            f"기능수준평가 | {', '.join(skills(s, 2))}", f"자격 | {licence(s)}", f"학력 | {diploma(s)}", "", "국외 경력"]
    out += [f"{job_dates(s, j)} | {s.fact(j.employer)} | {title_text(s, j)} | {place_text(s, j)}" for j in p.jobs]
    out += [f"총 경력 | {duration(s)}", "", f"어학 | {', '.join(tongues(s))}", f"입국 가능 | {availability(s)}"]
    return "\n".join(out)
