"""A fourth held-aside set of layouts of the placement benchmark (see evaluation.placement), split "blind4": registered
into the same LAYOUTS. Written without reading the masker (nor its rules), after the "dev", "held", "fresh" and
"blind3" figures had all been seen, to measure it once more on CVs nobody tuned it on; do not read this file while
tuning a masker, and run it once.

Like "fresh" and "blind3", the split has vocabulary of its own: names from the lists below (Sardinian, Friulian, Khmer,
Lao, Yoruba, Zulu, Xhosa, Malay, Javanese, Burmese, Inuit, Navajo; Korean rare surnames with native given names
neither fresh nor blind3 used; Khmer and Javanese names in Hangul), none of whose words is in a Faker locale's name
lists nor in placement_fresh's or placement_blind3's (a test checks it); towns, streets, birth places and places of past
jobs in none of the earlier pools; nationality and religion in their own wording. Other people appear too (a recruiter,
referees, an emergency contact): their names are "name" markers. Trades, titles, diplomas, licences and skills stay
those of placement_data (they are facts, not markers). Layouts that damage the text (lower case, OCR) record markers
and facts as they appear after the damage.

Layouts: chat_thread, front_matter, lowercase_flat, bottom_identity, agency_grid, anonymised_leaky, letterhead_letter,
question_answers, machine_translated, ocr_scan.
"""
from __future__ import annotations

import functools
import re
from dataclasses import replace

from matchlens.evaluation import placement_data as D
from matchlens.evaluation.placement import (
    KO_COUNT,
    LANGS,
    Sheet,
    _braced,
    _contact,
    _weighted,
    availability,
    civil,
    contact_items,
    duration,
    education,
    email,
    en_date,
    experience,
    first_name,
    fr_date,
    headline,
    job_dates,
    joined,
    ko_date,
    layout,
    licence,
    military,
    name,
    name_line,
    pattern,
    phone,
    place_text,
    profile,
    romanize,
    skills,
    title_text,
)

SPLIT = "blind4"

# --- names: none of their words is in a Faker locale nor in fresh's or blind3's lists (tests check it) ------------
NAMES = {
    "sardinian": {
        "F": "Bonaria Mariedda Gavina Efisia Itria Grazietta Annedda Peppedda Tzia Luxia Pasqualina Mariangia Giuannica",
        "M": "Efisio Gavino Bachisio Giommaria Antioco Priamo Sisinnio Giuanne Bainzu Larentu Predu Zuanne Costantinu",
        "L": "Porcu Cocco Murgia Usai Piras Deiana Atzeni Loi Mereu Cadeddu Sechi Tolu Pintus Zedda Cabras Orrù Fadda "
             "Mulas Aresu Spanu Contu Scanu Pilia Dessì Pisanu Puddu"},
    "friulian": {
        "F": "Catine Tunine Vigjute Mariute Ursule Gjilde Pierine",
        "M": "Pieri Zuan Checo Bepi Meni Titute Gjovanin Tite Nart",
        "L": "Zanier Tonon Pitton Moret Bortolin Cescutti Pellarin Tosoratti Cimenti Spangaro Toffoletti Londero Forniz "
             "Zuccolo Missana Candusso Zamparo Tomat Pittino Zuliani Picotti Cudin Variola"},
    "khmer": {
        "F": "Sreymom Chanthou Bopha Sokunthea Chenda Mealea Sreyneang Kolab Phalla Sothea Romduol Leakhena Sreypov",
        "M": "Vuthy Sokha Rithy Sovann Piseth Vannak Chhay Sambath Visal Sopheak Bunthoeun Kosal Chamroeun",
        "L": "Chhim Keo Ouk Chea Prak Srun Nhem Yim Phal Chhun Meas Sorn Khieu Tep Chhorn Nuon"},
    "lao": {
        "F": "Vilayvanh Khamphoui Bouavanh Phetsamone Souksavanh Manivone Chanthaly Latsamy Vanhdy Daovone",
        "M": "Bounmy Khamsing Somphone Phoutthasone Sengdao Thongsavath Vongphachanh Kongkeo Bounthanh Khamla",
        "L": "Phommachanh Sayavong Vongsavath Inthavong Keomany Sisouphanh Phanthavong Luangrath Souvannavong "
             "Chanthavong Douangmala Keovilay Sengsouriya Xayavong Phimmasone"},
    "yoruba": {
        "F": "Ayotunde Oyindamola Titilope Iyabo Oluwatoyin Ifeoluwa Adedoyin Fiyinfoluwa Temitope Omowunmi",
        "M": "Olufemi Babatunde Adewale Oluwaseun Olumide Ayomide Oluwadamilare Ademola",
        "L": "Akinola Olaniyan Adewuyi Fashola Ogundipe Olatunji Adebayo Oyelaran Oyebanji Adeleye Oyedepo Akande "
             "Odutola Ogunlesi Adeniran Okunade Olagunju Akinyemi Fagbemi Oyewole Ogunbanjo Akintola Adesanya "
             "Olowookere"},
    "zulu": {
        "F": "Zanele Nokuthula Lindiwe Hlengiwe Ntombifuthi Zodwa Khethiwe",
        "M": "Sifiso Sipho Bongani Themba Nkosinathi Lwazi Musawenkosi Zwelakhe",
        "L": "Buthelezi Cele Zungu Mkhwanazi"},
    "xhosa": {
        "F": "Nomsa Nosipho Zintle Siphokazi Nolitha Ntombizodwa Bulelwa Anathi Lulama",
        "M": "Xolani Luthando Mzwandile Vuyani Zolani Sizwe Lonwabo Akhona Unathi",
        "L": "Mbeki Sisulu Mgqibelo Ngqondo Mxenge Qongqo Nqakula Makhaphela Tshabalala Gxowa Dyantyi Somyo "
             "Matshikiza"},
    "malay": {
        "F": "Farhana Nurhaliza Sharifah Syazwani Izzati Hidayah Nadhirah",
        "M": "Mohd_Azrul Syafiq Khairul Hazwan Amirul Firdaus Haziq Zulkifli Shahrul",
        "LM": "bin_Othman bin_Yusof bin_Ariffin bin_Mokhtar bin_Baharom bin_Sazali bin_Ghazali bin_Rosli "
              "bin_Kamaruddin bin_Azhar",
        "LF": "binti_Othman binti_Yusof binti_Ariffin binti_Mokhtar binti_Baharom binti_Sazali binti_Ghazali "
              "binti_Rosli binti_Kamaruddin binti_Azhar"},
    "javanese": {
        "F": "Sukarti Endang Kartini Suwarni Sumiyati Ngatini Tumini Parmi Sutarmi",
        "M": "Sutrisno Sugiyanto Suparman Wagiman Paijo Sukardi Tukiman Ngadimin",
        "L": "Susanto Hartono Purnomo Sulistyo Prawiro Sastrowardoyo Hadiwijoyo Notonegoro Suryadiningrat Wiryono"},
    "burmese": {  # no family names: a second personal name stands in the surname's place
        "F": "Thida Khin_Myo Nandar Ei_Mon Thazin Hnin_Wai Yadanar Phyu_Phyu Sandar",
        "M": "Kyaw_Zin Aung_Ko Min_Thu Zaw_Htet Thura Htet_Aung Naing_Win Tun_Tun",
        "L": "Htun Myint Naing Lwin Kyaw Aung Maung Swe Hlaing Zaw"},
    "inuit": {
        "F": "Aputi Siqiniq Nuvuja Ukaliq Akutaq Tuvaaq Qilak Saimmaq",
        "M": "Natsiq Pauloosie Iqaluk Amaruq Tulugaq Nanuq Qajaq Anuri Sakkiq Ujarak",
        "L": "Arnaquq Kilabuk Akulukjuk Ipeelee Ishulutak Qumangapik Nakashuk Evaloardjuk Pitseolak Kunuk Ashevak"},
    "navajo": {
        "F": "Nizhoni Doli Yanaba Sihasin Tadita",
        "M": "Hastiin Ahiga Niyol Bidziil Naalnish Yiska",
        "L": "Begay Yazzie Tsosie Benally Bitsui Etsitty Tsinajinnie Manygoats Yellowhair Bitsilly Chischilly"},
    "korean": {  # rare surnames, native Korean given names (neither fresh's nor blind3's)
        "F": "별님 은별 새봄 봄비 나비 은하 이레 새결 온새미 한봄 초아 소라 구슬 단별",
        "M": "새힘 한길 큰솔 바우 든해 새날 한얼 굳셈 힘솔 벼리 슬찬 한뫼 솔뫼 아롱 해든 늘솔 한마루",
        "L": "인 함 염 시 상 초 형 계 제 환 궁 운 저 사 아 해 선 십 은 창 옥 화 우 근 필 척 자 삼 교 대 점 야 뇌 가 묘 을지 황목 "
             "후 로"},
    "khmer_ko": {  # Khmer names in Hangul, surname first
        "F": "스레이몸 짠투 보파 소쿤티어 쩬다 미어리어 꼴랍 팔라",
        "M": "부티 소카 릿티 소완 삐셋 완낙 삼밧 위살",
        "L": "침 께오 쁘락 스룬 뚜이 넴"},
    "indo_ko": {  # Javanese names in Hangul
        "F": "와율란 수카르티 앤당 라하유 수와르니 뚜미니",
        "M": "수트리스노 밤방 조코 수파르만 슬라멧 물요노",
        "L": "위보워 수산토 하르토노 푸르노모 산토소 누그로호"},
}
NAMES = {o: {k: [w.replace("_", " ") for w in v.split()] for k, v in d.items()} for o, d in NAMES.items()}
HANGUL_ORIGINS = ("korean", "khmer_ko", "indo_ko")

WEIGHTS = {  # origins of the authors (and of the other people in their CVs), by the CV's language
    "fr": {"sardinian": 3, "friulian": 3, "khmer": 3, "lao": 3, "yoruba": 2},
    "en": {"yoruba": 2, "zulu": 1, "xhosa": 2, "malay": 2, "javanese": 1, "burmese": 2, "inuit": 1, "navajo": 1},
    "ko": {"korean": 84, "khmer_ko": 8, "indo_ko": 8},
}
NATIONALITY = {  # nationality keys by origin, with weights
    "sardinian": {"FR": 2, "IT": 2}, "friulian": {"FR": 2, "IT": 1}, "khmer": {"FR": 3, "KH": 1},
    "lao": {"FR": 3, "LA": 1}, "yoruba": {"FR": 1, "BJ": 2}, "zulu": {"ZA": 2, "GB": 1}, "xhosa": {"ZA": 2, "GB": 1},
    "malay": {"MY": 2, "GB": 1}, "javanese": {"ID": 2, "GB": 1}, "burmese": {"MM": 2, "GB": 1},
    "inuit": {"CA": 2, "DK": 1}, "navajo": {"US": 1}, "korean": {"KR": 1}, "khmer_ko": {"KH": 1},
    "indo_ko": {"ID": 1},
}
NATIONALITY_EN = {"yoruba": {"NG": 2, "GB": 2}}
ORIGIN_KEY = {"sardinian": "SD", "friulian": "FU", "khmer": "KH", "lao": "LA", "yoruba": "YO", "zulu": "ZU",
              "xhosa": "XH", "malay": "ML", "javanese": "JV", "burmese": "MM", "inuit": "IU", "navajo": "NV",
              "korean": "KR", "khmer_ko": "KH", "indo_ko": "ID"}
# key -> (fr masc, fr fem, fr country, en adjective, en country, ko country)
NATS = {
    "FR": ("français", "française", "France", "French", "France", "프랑스"),
    "IT": ("italien", "italienne", "Italie", "Italian", "Italy", "이탈리아"),
    "SD": ("sarde", "sarde", "Sardaigne", "Sardinian", "Sardinia", "사르데냐"),
    "FU": ("frioulan", "frioulane", "Frioul", "Friulian", "Friuli", "프리울리"),
    "KH": ("cambodgien", "cambodgienne", "Cambodge", "Cambodian", "Cambodia", "캄보디아"),
    "LA": ("laotien", "laotienne", "Laos", "Laotian", "Laos", "라오스"),
    "BJ": ("béninois", "béninoise", "Bénin", "Beninese", "Benin", "베냉"),
    "YO": ("yoruba", "yoruba", "pays yoruba", "Yoruba", "Yorubaland", "요루바"),
    "NG": ("nigérian", "nigériane", "Nigeria", "Nigerian", "Nigeria", "나이지리아"),
    "GB": ("britannique", "britannique", "Royaume-Uni", "British", "the United Kingdom", "영국"),
    "ZA": ("sud-africain", "sud-africaine", "Afrique du Sud", "South African", "South Africa", "남아프리카공화국"),
    "ZU": ("zoulou", "zouloue", "KwaZulu-Natal", "Zulu", "KwaZulu-Natal", "줄루"),
    "XH": ("xhosa", "xhosa", "Cap-Oriental", "Xhosa", "the Eastern Cape", "코사"),
    "MY": ("malaisien", "malaisienne", "Malaisie", "Malaysian", "Malaysia", "말레이시아"),
    "ML": ("malais", "malaise", "Malaisie", "Malay", "Malaysia", "말레이"),
    "ID": ("indonésien", "indonésienne", "Indonésie", "Indonesian", "Indonesia", "인도네시아"),
    "JV": ("javanais", "javanaise", "Java", "Javanese", "Java", "자와"),
    "MM": ("birman", "birmane", "Birmanie", "Burmese", "Myanmar", "미얀마"),
    "CA": ("canadien", "canadienne", "Canada", "Canadian", "Canada", "캐나다"),
    "DK": ("danois", "danoise", "Danemark", "Danish", "Denmark", "덴마크"),
    "IU": ("inuit", "inuite", "Nunavut", "Inuk", "Nunavut", "이누이트"),
    "US": ("américain", "américaine", "États-Unis", "American", "the United States", "미국"),
    "NV": ("navajo", "navajo", "Nation navajo", "Navajo", "the Navajo Nation", "나바호"),
    "KR": ("sud-coréen", "sud-coréenne", "Corée du Sud", "South Korean", "South Korea", "대한민국"),
}
FR_FROM = {"SD": "de ", "FU": "du ", "KH": "du ", "LA": "du ", "YO": "du ", "IT": "d'", "BJ": "du "}
PLACEHOLDER_D = {"fr": "fr", "en": "britain", "ko": "korea"}  # a placement_data origin the base renderers accept
RELIGIONS = {"sardinian": ["catholic", "none"], "friulian": ["catholic", "none"], "khmer": ["buddhist"],
             "lao": ["buddhist", "catholic"], "yoruba": ["celestial", "muslim", "catholic"],
             "zulu": ["shembe", "zionist", "methodist"], "xhosa": ["methodist", "zionist", "none"],
             "malay": ["muslim"], "javanese": ["muslim", "catholic"], "burmese": ["buddhist", "baptist"],
             "inuit": ["anglican", "pentecostal"], "navajo": ["nac", "catholic", "none"],
             "korean": ["buddhist", "protestant", "catholic", "none"], "khmer_ko": ["buddhist"],
             "indo_ko": ["muslim"]}

# --- towns: none in placement_data's, placement_fresh's or placement_blind3's pools --------------------------------
FR_TOWNS = [
    ("Guéret", "23000"), ("Tulle", "19000"), ("Aubenas", "07200"), ("Privas", "07000"), ("Mende", "48000"),
    ("Digne-les-Bains", "04000"), ("Manosque", "04100"), ("Gap", "05000"), ("Briançon", "05100"),
    ("Lons-le-Saunier", "39000"), ("Remiremont", "88200"), ("Saint-Dié-des-Vosges", "88100"), ("Verdun", "55100"),
    ("Bar-le-Duc", "55000"), ("Charleville-Mézières", "08000"), ("Sedan", "08200"), ("Laon", "02000"),
    ("Soissons", "02200"), ("Abbeville", "80100"), ("Dieppe", "76200"), ("Fécamp", "76400"), ("Lisieux", "14100"),
    ("Alençon", "61000"), ("Laval", "53000"), ("Cholet", "49300"), ("Saumur", "49400"), ("Châtellerault", "86100"),
    ("Rochefort", "17300"), ("Cognac", "16100"), ("Guingamp", "22200"),
]
FR_STREETS = ["rue des Teinturiers", "avenue du Limousin", "chemin des Vignes", "rue du Moulin-à-Vent",
              "place du Marché-aux-Grains", "rue des Cordeliers", "allée des Noisetiers", "impasse du Lavoir",
              "rue Pasteur", "avenue de la Gare", "route de Ventabren", "rue du Four", "résidence le Clos Fleuri"]
FR_JOB_PLACES = ["Sablé-sur-Sarthe", "Château-Gontier (53)", "Ancenis", "Bressuire (79)", "Parthenay", "Luçon",
                 "Romorantin", "Issoudun (36)", "Vendôme", "Gien", "Montargis (45)", "Sens", "Avallon", "Autun",
                 "Le Creusot", "Montceau-les-Mines", "Paray-le-Monial", "Feurs (42)", "Thiers", "Issoire", "Brioude",
                 "Saint-Flour", "Langres", "Chaumont (52)", "Vitry-le-François", "Épernay", "Château-Thierry"]
EN_TOWNS = [  # (town, postcode area, county)
    ("Penzance", "TR", "Cornwall"), ("Bideford", "EX", "Devon"), ("Minehead", "TA", "Somerset"),
    ("Bridgwater", "TA", "Somerset"), ("Chippenham", "SN", "Wiltshire"), ("Trowbridge", "BA", "Wiltshire"),
    ("Andover", "SP", "Hampshire"), ("Newbury", "RG", "Berkshire"), ("Banbury", "OX", "Oxfordshire"),
    ("Kidderminster", "DY", "Worcestershire"), ("Leominster", "HR", "Herefordshire"), ("Oswestry", "SY", "Shropshire"),
    ("Macclesfield", "SK", "Cheshire"), ("Buxton", "SK", "Derbyshire"), ("Mansfield", "NG", "Nottinghamshire"),
    ("Worksop", "S", "Nottinghamshire"), ("Gainsborough", "DN", "Lincolnshire"), ("Skegness", "PE", "Lincolnshire"),
    ("Bridlington", "YO", "East Yorkshire"), ("Whitby", "YO", "North Yorkshire"), ("Hexham", "NE", "Northumberland"),
    ("Morpeth", "NE", "Northumberland"), ("Dumfries", "DG", "Dumfriesshire"), ("Oban", "PA", "Argyll"),
    ("Elgin", "IV", "Moray"), ("Arbroath", "DD", "Angus"), ("Haverfordwest", "SA", "Pembrokeshire"),
    ("Holyhead", "LL", "Anglesey"), ("Omagh", "BT", "County Tyrone"), ("Ballymena", "BT", "County Antrim"),
]
EN_STREETS = ["Chapel Street", "Tolcarne Road", "Quay Hill", "Bath Road", "Station Approach", "Mill Lane",
              "Sheep Street", "Abbey Foregate", "Bowling Green Lane", "Ropewalk", "Lifeboat Terrace", "Kiln Close"]
EN_JOB_PLACES = ["Biggleswade", "Peterlee", "Seaham", "Coalville", "Hinckley", "Redditch", "Bromsgrove", "Tamworth",
                 "Burton upon Trent", "Uttoxeter", "Eastleigh", "Totton", "Fareham", "Aldershot", "Didcot", "Witney",
                 "Newton Aycliffe", "Washington", "Cramlington", "Irvine", "Deeside Park"]
KO_TOWNS = [  # (full region, short name, district)
    ("경기도 의왕시", "의왕", "내손동"), ("경기도 과천시", "과천", "별양동"), ("강원특별자치도 태백시", "태백", "황지동"),
    ("충청남도 계룡시", "계룡", "엄사면"), ("경상북도 경산시", "경산", "중방동"), ("경상남도 거창군", "거창", "거창읍"),
    ("경기도 연천군", "연천", "전곡읍"), ("전라남도 보성군", "보성", "보성읍"), ("경상북도 울진군", "울진", "울진읍"),
    ("충청남도 서천군", "서천", "장항읍"), ("전라북도 부안군", "부안", "부안읍"), ("강원특별자치도 홍천군", "홍천", "홍천읍"),
]
KO_ROADS = ["내손순환로", "별양로", "황지로", "엄사중앙로", "중방로", "거창대로", "전곡로", "송재로", "울진중앙로",
            "장항로", "부풍로", "홍천로"]
KO_APTS = ["", "", "LH천년나무 103동 704호", "코아루 2동 505호", "삼정그린코아 108동 1402호", "원룸 3층", "주택 별채"]
KO_JOB_PLACES = ["양평", "가평", "철원", "화천", "영동", "보은", "청양", "부여", "금산", "무주", "진안", "순창", "곡성",
                 "구례", "함평", "영광", "의성", "성주", "합천", "산청"]
BIRTH = {  # origin -> places of birth as a CV in fr / en / ko writes them
    "sardinian": ["Nuoro (Italie)", "Oristano (Italie)", "Olbia (Italie)", "Iglesias (Italie)"],
    "friulian": ["Udine (Italie)", "Pordenone (Italie)", "Gemona (Italie)", "Tolmezzo (Italie)"],
    "khmer": ["Battambang (Cambodge)", "Siem Reap (Cambodge)", "Kampot (Cambodge)"],
    "lao": ["Savannakhet (Laos)", "Paksé (Laos)", "Luang Prabang (Laos)"],
    "yoruba": ["Kétou (Bénin)", "Savè (Bénin)", "Ogbomosho, Nigeria", "Osogbo, Nigeria", "Abeokuta, Nigeria"],
    "zulu": ["Eshowe, South Africa", "Pietermaritzburg, South Africa", "Vryheid, South Africa"],
    "xhosa": ["Mthatha, South Africa", "Qonce, South Africa", "Gqeberha, South Africa"],
    "malay": ["Kota Bharu, Malaysia", "Ipoh, Malaysia", "Melaka, Malaysia"],
    "javanese": ["Yogyakarta, Indonesia", "Surakarta, Indonesia", "Semarang, Indonesia"],
    "burmese": ["Mandalay, Myanmar", "Mawlamyine, Myanmar", "Bago, Myanmar"],
    "inuit": ["Iqaluit, Canada", "Nuuk, Greenland", "Kuujjuaq, Canada"],
    "navajo": ["Window Rock, Arizona", "Tuba City, Arizona", "Shiprock, New Mexico"],
    "korean": ["경상북도 봉화군", "전라남도 신안군", "강원특별자치도 양구군", "충청남도 태안군", "경상남도 남해군",
               "전라북도 임실군"],
    "khmer_ko": ["캄보디아 바탐방", "캄보디아 캄퐁참"],
    "indo_ko": ["인도네시아 족자카르타", "인도네시아 스마랑"],
}
HOME_BIRTH = {"fr": ["Saint-Girons", "Sarlat-la-Canéda", "Gourdon"], "en": ["Hawick", "Ludlow"], "ko": []}
AGENCY = {"fr": ["Partnaire", "Start People", "Interaction Intérim", "Leader Intérim"],
          "en": ["Pertemps", "Staffline", "Gi Group", "Kelly Services"], "ko": ["한솔인력", "대성아웃소싱", "우리파견"]}


# --- the blind4 sheet: its own identity, nationality and religion ---------------------------------------------------
class Blind4Sheet(Sheet):
    """A Sheet whose nationality and religion are written with the blind4 split's wording."""

    def bit(self, family: str, mode: str = "bare") -> str | None:
        if family not in RENDER4:
            return super().bit(family, mode)
        if not self.has(family):
            return None
        self.done.add(family)
        return RENDER4[family](self, mode)


def draw(rng, lang: str, sex: str, origin: str | None = None) -> tuple[str, str, str, str]:
    """(origin, first, last, hangul full name or "") of someone writing (or named in) a CV in lang."""
    origin = origin or _weighted(rng, WEIGHTS[lang])
    pool = NAMES[origin]
    first = rng.choice(pool[sex])
    last = rng.choice(pool.get("LF" if sex == "F" else "LM") or pool["L"])
    return origin, first, last, (last + first if origin in HANGUL_ORIGINS else "")


def renew(s: Sheet) -> None:
    """Give the sheet's person an identity of this split: name, contact, home, birth place, nationality, religion and
    places of past jobs (drawn from the sheet's random source: deterministic)."""
    p, rng, lang = s.p, s.rng, s.lang
    origin, first, last, hangul = draw(rng, lang, p.sex)
    p.origin, p.first, p.last, p.hangul, p.hanja = PLACEHOLDER_D[lang], first, last, hangul, ""
    p.b4_origin = origin
    mail_last = last.split()[-1] if origin == "malay" else last  # 'bin Othman' -> othman
    p.email, p.phone, p.linkedin = _contact(rng, lang, first, mail_last, first if hangul else "")
    if lang == "fr":
        p.town = rng.choice(FR_TOWNS)
        p.postcode = p.town[1]
        p.street = f"{rng.randint(1, 70)} {rng.choice(FR_STREETS)}{rng.choice(D.FR_STREET_EXTRA)}"
        home, places = p.town[0], FR_JOB_PLACES
    elif lang == "en":
        p.town = rng.choice(EN_TOWNS)
        letters = "".join(rng.choice("ABDEFGHJLNPQRSTUWXYZ") for _ in range(2))
        p.postcode = f"{p.town[1]}{rng.randint(1, 24)} {rng.randint(1, 9)}{letters}"
        p.street = f"{rng.choice(['', '', 'Flat 2, ', 'Unit 5, '])}{rng.randint(1, 160)} {rng.choice(EN_STREETS)}"
        home, places = p.town[0], EN_JOB_PLACES
    else:
        p.town, p.postcode = rng.choice(KO_TOWNS), ""
        apt = rng.choice(KO_APTS)
        p.street = f"{rng.choice(KO_ROADS)} {rng.randint(1, 250)}" + (f", {apt}" if apt else "")
        home, places = p.town[1], KO_JOB_PLACES
    for job, place in zip(p.jobs, rng.sample([x for x in places if home not in x], len(p.jobs))):
        job.place = place
    if p.sex == "M":  # no 'Barmaid' on a man's CV
        for job in p.jobs:
            if job.en_female:
                job.en, job.en_female = rng.choice(p.trade.en_titles), False
    births = [b for b in BIRTH[origin] if (", " in b) == (lang == "en") or lang == "ko"] or BIRTH[origin]
    p.birth_place = rng.choice(HOME_BIRTH[lang] if HOME_BIRTH[lang] and rng.random() < 0.2 else births)
    nats = NATIONALITY_EN.get(origin, NATIONALITY[origin]) if lang == "en" else NATIONALITY[origin]
    p.b4_nat = (_weighted(rng, nats),) if len(nats) == 1 or rng.random() > 0.15 else tuple(sorted(nats))[:2]
    p.religion = rng.choice(RELIGIONS[origin])


def blind4(langs=LANGS):
    """Register a layout of this split: the sheet gets its identity before the layout writes the CV."""
    def deco(fn):
        @functools.wraps(fn)
        def run(s: Sheet) -> str:
            s.__class__ = Blind4Sheet
            renew(s)
            return fn(s)
        layout(langs, split=SPLIT)(run)
        return run
    return deco


def someone(s: Sheet, sex: str | None = None, form: str = "plain", kin: bool = False) -> str:
    """Another person's name (a recruiter, a referee; a relative, of the author's origin when kin), planted as 'name'.
    form: 'plain', 'first' or 'last'."""
    sex = sex or s.pick("FM")
    _, first, last, hangul = draw(s.rng, s.lang, sex, s.p.b4_origin if kin else None)
    if hangul:
        text = {"first": hangul[len(last):]}.get(form, hangul)
    else:
        text = {"first": first, "last": last}.get(form, f"{first} {last}")
    return s.plant("name", text)


def other_phone(s: Sheet) -> str:
    """A phone number of another person; planted as 'contact'."""
    return s.plant("contact", _contact(s.rng, s.lang, "x", "y", "")[1])


# --- nationality and religion in this split's wording -------------------------------------------------------------
def nat_forms(s: Sheet) -> list[str]:
    """Every form of the author's nationalities and origin (kept out of facts)."""
    keys = set(s.p.b4_nat) | {ORIGIN_KEY[s.p.b4_origin]}
    return [f for k in keys for f in (NATS[k][0], NATS[k][1], NATS[k][3], NATS[k][5])]


def _fr_adj(s: Sheet, key: str, cap: bool = False) -> str:
    masc, fem = NATS[key][:2]
    if cap:
        masc, fem = masc[0].upper() + masc[1:], fem[0].upper() + fem[1:]
    value, other = (fem, masc) if s.female else (masc, fem)
    return s.plant("nationality", value, (other,))


def r_nationality(s: Sheet, mode: str) -> str:
    """Nationality or origin: 'de nationalité cambodgienne', 'originaire du Frioul', 'Malaysian citizen', '캄보디아 국적'."""
    nat, origin = s.p.b4_nat, ORIGIN_KEY[s.p.b4_origin]
    if s.lang == "fr":
        if origin not in nat and s.chance(0.45):
            if origin in FR_FROM and s.chance(0.5):
                return f"originaire {FR_FROM[origin]}" + s.plant("nationality", NATS[origin][2])
            return s.pick(["d'origine ", "de culture "]) + _fr_adj(s, origin)
        if mode == "field":
            return f"{s.pick(['Nationalité', 'Nationalité(s)'])}{s.sep}" + " / ".join(
                _fr_adj(s, k, s.chance(0.5)) for k in nat)
        lead = "de nationalité " if mode == "prose" else s.pick(["Nationalité ", "De nationalité "])
        return lead + " et ".join(_fr_adj(s, k) for k in nat)
    if s.lang == "en":
        adj = lambda k: s.plant("nationality", NATS[k][3])  # noqa: E731
        if origin not in nat and s.chance(0.4):
            return s.pick([lambda: f"{adj(origin)} by heritage", lambda: f"born and raised in "
                                                                           f"{s.plant('nationality', NATS[origin][4])}"])()
        if mode == "field":
            return f"{s.pick(['Nationality', 'Citizenship'])}{s.sep}" + " / ".join(adj(k) for k in nat)
        if len(nat) == 2:
            return f"dual {adj(nat[0])} and {adj(nat[1])} citizen"
        return s.pick([lambda: f"{adj(nat[0])} citizen", lambda: f"{adj(nat[0])} passport holder"])()
    country = NATS[nat[-1]][5]
    if mode == "field" or nat == ("KR",):
        return s.pick(["국적", "국 적"]) + s.sep + s.plant("nationality", country)
    return s.pick([lambda: s.plant("nationality", f"{country} 출신"), lambda: s.plant("nationality", f"{country} 국적")])()


REL_FR = {"catholic": ("catholique", "catholique"), "none": ("sans religion", "sans religion"),
          "buddhist": ("bouddhiste", "bouddhiste"), "muslim": ("musulmane", "musulman"),
          "celestial": ("chrétienne céleste", "chrétien céleste")}
REL_EN = {"celestial": "Celestial Church of Christ", "muslim": "Muslim", "catholic": "Catholic",
          "shembe": "Nazareth Baptist (Shembe)", "zionist": "Zion Christian", "methodist": "Methodist",
          "none": "No religion", "buddhist": "Buddhist", "baptist": "Baptist", "anglican": "Anglican",
          "pentecostal": "Pentecostal", "nac": "Native American Church"}
REL_KO = {"buddhist": "불교", "protestant": "개신교", "catholic": "천주교", "none": "무교", "muslim": "이슬람교"}
REL_HOBBY = {
    "fr": {"catholic": ["Bénévole au {Secours catholique}", "Chorale de la {paroisse Sainte-Thérèse}"],
           "buddhist": ["Bénévole à la {pagode} (fêtes du {Nouvel An khmer})", "Méditation à la {pagode}"],
           "muslim": ["Aide aux devoirs à la {mosquée}"], "celestial": ["Chorale de l'{Église du christianisme "
                                                                          "céleste}"], "none": []},
    "en": {"muslim": ["Volunteer at the {surau} on Fridays", "{Quran} class helper"],
           "celestial": ["Choir at the {Celestial Church}"], "catholic": ["{Parish} youth helper"],
           "shembe": ["{Shembe} choir member"], "zionist": ["{ZCC} youth member"],
           "methodist": ["{Methodist} choir"], "buddhist": ["Volunteer at the {Buddhist vihara}"],
           "baptist": ["{Baptist church} Sunday school"], "anglican": ["{Anglican} church warden"],
           "pentecostal": ["{Pentecostal} worship team"], "nac": ["{Native American Church} meetings"], "none": []},
    "ko": {"buddhist": ["{사찰} 템플스테이 봉사"], "protestant": ["{교회} 주일학교 교사"], "catholic": ["{성당} 레지오 활동"],
           "muslim": ["{이슬람 사원} 봉사"], "none": []},
}


def r_religion(s: Sheet, mode: str) -> str:
    """Religion: a field, a self-description, or an activity that tells it."""
    key = s.p.religion
    hobbies = REL_HOBBY[s.lang].get(key, [])
    if mode in ("bare", "hobby", "prose") and hobbies and s.chance({"hobby": 0.9, "bare": 0.5}.get(mode, 0.3)):
        return _braced(s, s.pick(hobbies), "religion")
    if s.lang == "fr":
        fem, masc = REL_FR.get(key, REL_FR["none"])
        if mode == "field":
            return f"{s.pick(['Religion', 'Confession'])}{s.sep}" + s.plant("religion", fem if s.female else masc,
                                                                          (masc if s.female else fem,))
        if key == "none":
            return s.plant("religion", "sans religion")
        return "de confession " + s.plant("religion", fem if s.female else masc, (masc if s.female else fem,))
    if s.lang == "en":
        word = REL_EN[key]
        if mode == "field" or key == "none":
            return s.field(s.pick(["Religion", "Faith"]), word, "religion", whole=key == "none")
        return s.pick(["Practising ", "Member of the ", ""]) + s.plant("religion", word)
    return "종교" + s.sep + s.plant("religion", REL_KO.get(key, "무교"))


RENDER4 = {"nationality": r_nationality, "religion": r_religion}


# --- sections ------------------------------------------------------------------------------------------------------
EXTRA_LANGS = {  # languages of an origin, with levels (facts; dropped when they name the author's nationality)
    "fr": {"sardinian": [("Sarde", ["courant"]), ("Italien", ["bilingue"])], "friulian": [("Italien", ["bilingue"])],
           "khmer": [("Khmer", ["bilingue", "langue d'origine"])],
           "lao": [("Lao", ["bilingue", "langue d'origine"]), ("Thaï", ["notions"])],
           "yoruba": [("Yoruba", ["bilingue", "langue d'origine"]), ("Fon", ["courant"])]},
    "en": {"yoruba": [("Yoruba", ["native"])], "zulu": [("isiZulu", ["native"]), ("Afrikaans", ["basic"])],
           "xhosa": [("isiXhosa", ["native"])], "malay": [("Bahasa Melayu", ["native"])],
           "javanese": [("Bahasa Indonesia", ["native"])], "burmese": [("Shan", ["basic"])],
           "inuit": [("Inuktitut", ["fluent"])], "navajo": [("Diné bizaad", ["conversational"])]},
    "ko": {"khmer_ko": [("크메르어", ["모국어"])], "indo_ko": [("인도네시아어", ["모국어"])]},
}


def tongues(s: Sheet) -> list[str]:
    """Languages spoken (facts), none naming the author's nationality or origin."""
    forms = nat_forms(s)

    def names_origin(text: str) -> bool:
        return any(f in text if s.lang == "ko" else pattern(f).search(text) for f in forms)

    extra = EXTRA_LANGS[s.lang].get(s.p.b4_origin, [])
    if s.lang == "ko":
        pool = [x for x in D.KO_LANGS if not names_origin(x)]
        mine = [f"{n} {s.pick(levels)}" for n, levels in extra if not names_origin(n)]
        return [s.fact(x) for x in mine[:1] + s.rng.sample(pool, s.rng.randint(1, 2))]
    common = D.FR_LANGS if s.lang == "fr" else D.EN_LANGS
    mine = [x for x in extra if not names_origin(x[0])][:2]
    pool = [x for x in common if not names_origin(x[0]) and x[0] not in {m[0] for m in mine}]
    chosen = (mine if s.chance(0.7) else []) + s.rng.sample(pool, s.rng.randint(1, 2))
    out = []
    for lang_name, levels in chosen:
        level = s.pick(levels)
        out.append(s.fact(s.pick([f"{lang_name} : {level}" if s.lang == "fr" else f"{lang_name}: {level}",
                                  f"{lang_name} ({level})"])))
    return out


def interests(s: Sheet) -> str:
    """Interests, with the religious activity of some authors."""
    items = s.rng.sample({"fr": D.FR_HOBBIES, "en": D.EN_HOBBIES, "ko": D.KO_HOBBIES}[s.lang], 2)
    rel = s.bit("religion", "hobby")
    if rel:
        items.insert(s.rng.randint(0, 2), rel)
    return f"{s.h('hobbies')}{s.sep}{', '.join(items)}"


def licences(s: Sheet) -> str:
    """The licences line (a fact), and for French authors sometimes 'véhiculé(e)'."""
    extra = f", {s.g('véhiculée', 'véhiculé')}" if s.lang == "fr" and s.chance(0.3) else ""
    return f"{s.h('lic')}{s.sep}{licence(s)}{extra}"


def body4(s: Sheet, exp_style: str = "line", with_profile: bool = True) -> list[str]:
    """Profile, experience, education, skills, languages, licences and interests, with headings."""
    out = [s.h("profile"), profile(s), ""] if with_profile else []
    out += [s.h("exp"), *experience(s, exp_style), "", s.h("edu"), *education(s), ""]
    out += [s.h("skills"), ", ".join(skills(s)), "", s.h("langs"), *tongues(s), "", licences(s), interests(s)]
    return out


def rest(s: Sheet, mode: str = "bare") -> list[str]:
    """Every family this CV reveals and has not written yet (residence included)."""
    res = s.bit("residence", mode)
    return ([res.replace("\n", ", ")] if res else []) + s.bits(mode=mode)


def one_line(text: str | None) -> str | None:
    return text.replace("\n", ", ") if text else text


def recast(s: Sheet, fn, m0: int = 0, f0: int = 0) -> None:
    """Apply a text transformation to the markers and facts recorded since (m0, f0), as it was applied to the text."""
    s.markers[m0:] = [replace(m, value=fn(m.value), also=tuple(fn(a) for a in m.also)) for m in s.markers[m0:]]
    s.facts[f0:] = [fn(f) for f in s.facts[f0:]]


# --- 1. a chat thread exported --------------------------------------------------------------------------------------
CHAT = {
    "fr": {"head": "Discussion WhatsApp avec {who}", "sys": "Les messages et les appels sont chiffrés de bout en bout.",
           "hi": "Bonjour, c'est {rec} de l'agence {agency}. Vous avez postulé pour l'annonce {job}, vous pouvez me "
                 "résumer votre parcours ici ?", "ok": "Bonjour oui bien sûr",
           "now": "Alors je suis {title} chez {emp} à {place}", "before": "avant j'étais chez {emp} ({dates})",
           "lic": "j'ai le {lic} et je maîtrise {skills}", "where": "Super. Vous êtes sur quel secteur ? C'est pour le "
                                                                   "trajet", "cons": "Des contraintes de notre côté ?",
           "none": "non aucune", "file": "<pièce jointe : CV_{file}.pdf>", "contact": "mon mail {mail} sinon {tel}",
           "bye": "Merci {first}, je transmets au client et je vous rappelle 👍", "langs": "et je parle {langs}",
           "edu": "diplômes : {edu}", "more": "pour le dossier : {more}", "fmt": "[16/09/2024 {h:02d}:{m:02d}] "},
    "en": {"head": "WhatsApp Chat with {who}", "sys": "Messages and calls are end-to-end encrypted.",
           "hi": "Hi, it's {rec} from {agency}. You applied for the {job} job, can you give me a quick summary here?",
           "ok": "Hi yes no problem", "now": "So I'm a {title} at {emp} in {place}", "before": "before that {emp} "
                                                                                              "({dates})",
           "lic": "I've got a {lic} and I'm good with {skills}", "where": "Great. Whereabouts are you based? For the "
                                                                          "commute", "cons": "Anything we should know?",
           "none": "no nothing", "file": "<attached: {file}_CV.pdf>", "contact": "my email is {mail} or call {tel}",
           "bye": "Thanks {first}, I'll pass it on and call you back 👍", "langs": "I also speak {langs}",
           "edu": "qualifications: {edu}", "more": "for the file: {more}", "fmt": "[16/09/2024, {h:02d}:{m:02d}] "},
    "ko": {"head": "{who} 님과 카카오톡 대화", "sys": "저장한 날짜 : 2024-09-16 11:02",
           "hi": "안녕하세요 {agency} {rec}입니다. {job} 공고 지원하셨죠? 간단히 경력 정리해서 보내주실 수 있을까요?",
           "ok": "네 안녕하세요", "now": "지금 {emp}({place})에서 {title}로 일하고 있어요", "before": "그 전엔 {emp} ({dates})",
           "lic": "{lic} 있고요 {skills} 가능합니다", "where": "감사합니다. 사시는 곳이 어디세요? 출퇴근 때문에요",
           "cons": "근무하실 때 참고할 사항 있으실까요?", "none": "없어요", "file": "<파일: 이력서_{file}.hwp>",
           "contact": "메일은 {mail} 번호는 {tel}이에요", "bye": "{first}님 감사합니다 고객사에 전달드릴게요 👍",
           "langs": "외국어는 {langs}", "edu": "학력 {edu}", "more": "참고로 {more}", "fmt": "2024. 9. 16. {ampm} {h12}:{m:02d}, "},
}


@blind4()
def chat_thread(s: Sheet) -> str:
    """A chat with a recruiter exported as text (WhatsApp in French and English, KakaoTalk in Korean): every message
    line carries the author's display name; the career typed in short messages, the personal details in answers, the
    CV's file name in an attachment line."""
    p, lang, T = s.p, s.lang, CHAT[s.lang]
    rec = someone(s, s.pick("FM"))
    me = name(s) if p.hangul else name(s, "plain")
    clock = [s.rng.randint(8 * 60, 11 * 60)]

    def stamp() -> str:
        clock[0] += s.rng.randint(0, 4)
        h, m = divmod(clock[0], 60)
        return T["fmt"].format(h=h, m=m, ampm="오전" if h < 12 else "오후", h12=h if h <= 12 else h - 12)

    msgs: list[tuple[str, str]] = []
    job = p.jobs[0]
    msgs.append((rec, T["hi"].format(rec=rec, agency=s.pick(AGENCY[lang]), job=headline(s, "lower"))))
    msgs.append((me, T["ok"]))
    msgs.append((me, T["now"].format(title=title_text(s, job, "lower"), emp=s.fact(job.employer),
                                     place=place_text(s, job))))
    for old in p.jobs[1:]:
        msgs.append((me, T["before"].format(emp=s.fact(old.employer), dates=job_dates(s, old))))
    msgs.append((me, duration(s)))
    msgs.append((me, T["lic"].format(lic=licence(s), skills=", ".join(skills(s, 2)))))
    msgs.append((me, T["edu"].format(edu="; ".join(education(s)))))
    msgs.append((me, T["langs"].format(langs=", ".join(tongues(s)))))
    msgs.append((rec, T["where"]))
    mode = "bare" if lang == "ko" else "prose"
    where = [x for x in (s.bit("residence", mode), s.bit("age", mode)) if x]
    if where:
        msgs.append((me, one_line(", ".join(where))))
    msgs.append((rec, T["cons"]))
    cons = [x for x in (s.bit("family", mode), s.bit("health", "bare"), s.bit("religion", "prose")) if x]
    msgs.append((me, "; ".join(cons) if cons else T["none"]))
    msgs.append((me, availability(s)))
    file = s.plant("name", p.hangul if p.hangul else f"{p.first}_{p.last}".replace(" ", "_"))
    msgs.append((me, T["file"].format(file=file)))
    if "contact" in p.families:
        msgs.append((me, T["contact"].format(mail=email(s), tel=phone(s))))
    more = s.bits(mode="bare")
    if more:
        msgs.append((me, T["more"].format(more=", ".join(more))))
    msgs.append((rec, T["bye"].format(first=first_name(s))))
    sep = " : " if lang == "ko" else ": "
    return "\n".join([T["head"].format(who=me), T["sys"], ""] + [f"{stamp()}{who}{sep}{text}" for who, text in msgs])


# --- 2. a developer's README CV with a YAML front matter ------------------------------------------------------------
@blind4()
def front_matter(s: Sheet) -> str:
    """A Markdown CV kept in a Git repository (a README, a static site page) opening with a YAML front matter block
    of key: value lines (name:, location:, born:, gender:, nationality:, family:, email:), then the Markdown body."""
    p, lang = s.p, s.lang
    ym = ["---", f"name: {name(s) if p.hangul else name(s, 'plain')}", f"title: \"{headline(s)}\""]
    if s.has("residence"):
        s.done.add("residence")
        town = p.town[1] if lang == "ko" else p.town[0]
        where = s.plant("residence", town) + (f", {s.plant('residence', p.postcode)}" if p.postcode and
                                               s.chance(0.5) else "")
        ym.append(f"location: {where}")
    if s.has("birth"):
        s.done.add("birth")
        ym.append(f"born: {s.plant('birth', f'{p.born:%Y-%m-%d}')}")
    if s.has("age"):
        s.done.add("age")
        ym.append(s.plant("age", f"age: {p.age}"))
    if s.has("sex"):
        s.done.add("sex")
        if lang == "en":
            ym.append(f"pronouns: {s.plant('sex', 'she/her' if s.female else 'he/him')}")
        else:
            ym.append(s.plant("sex", f"gender: {'F' if s.female else 'M'}"))
    nat = s.bit("nationality", "field")
    if nat:
        ym.append("nationality: " + (nat.split(s.sep, 1)[1] if s.sep in nat else nat))
    fam = s.bit("family", "bare")
    if fam:
        ym.append(f"family: \"{fam}\"")
    if "contact" in p.families:
        ym += ["contact:", f"  email: {email(s)}", f"  phone: \"{phone(s)}\""]
    ym += [f"tags: [{', '.join(skills(s))}]", f"lang: {lang}", "---", ""]
    md = [f"# {first_name(s)}", "", f"> {profile(s)}", "", f"## {s.h('exp')}"]
    md += [f"- {x}" for x in experience(s)] + ["", f"## {s.h('edu')}", *[f"- {x}" for x in education(s)], "",
                                                f"## {s.h('langs')}", *[f"- {x}" for x in tongues(s)], "",
                                                f"## {s.h('lic')}", f"- {licence(s)}"]
    more = rest(s, "bare")
    if more:
        md += ["", f"## {s.h('more')}", *[f"- {x}" for x in more]]
    return "\n".join(ym + md + ["", f"_{interests(s)}_"])


# --- 3. a CV typed in lower case without punctuation ----------------------------------------------------------------
_PUNCT = re.compile(r"[,;:!?()\[\]«»\"•|–—*]|\.(?=\s|$)|(?<!\S)-(?!\S)")
_AGREEING = re.compile(r"(?:ées|euses?|ières|iennes|elles?|ives|antes|entes)$")


def flat(text: str) -> str:
    """Lower case, no punctuation (except inside e-mail addresses, dates and numbers), single spaces."""
    text = re.sub(r"[ \t]+", " ", _PUNCT.sub(" ", text.lower()))
    return "\n".join(line.strip() for line in text.split("\n"))


@blind4()
def lowercase_flat(s: Sheet) -> str:
    """A CV typed on a phone in one go: all lower case, no commas, colons, brackets or full stops; the usual header,
    personal details and sections otherwise."""
    top = [name_line(s), headline(s)]
    res = s.bit("residence", "bare")
    top += [joined([one_line(res), *contact_items(s)], " ")]
    top += s.bits(families=("age", "birth", "sex", "nationality", "family"))
    lines = top + [""] + body4(s, exp_style=s.pick(["line", "block"])) + ["", *rest(s)]
    text = flat("\n".join(lines))
    recast(s, flat)
    if s.lang == "fr":  # a lower-cased town or employer may end like a feminine adjective: not counted as a fact
        s.facts[:] = [f for f in s.facts if not any(_AGREEING.search(w) for w in re.findall(r"[^\W\d_]+", f))]
    s.facts[:] = [f for f in s.facts if f]
    return text


# --- 4. the identity at the very bottom, after the references ------------------------------------------------------
BOTTOM = {"fr": ("RÉFÉRENCES", "INFORMATIONS PERSONNELLES", ("Nom", "Prénom"), "{role} chez {emp}"),
          "en": ("REFERENCES", "PERSONAL INFORMATION", ("Surname", "First name"), "{role}, {emp}"),
          "ko": ("추천인", "인적사항", ("성명", ""), "{emp} {role}")}
ROLES = {"fr": ["responsable de site", "chef d'équipe", "directeur d'agence"],
         "en": ["Shift Manager", "Operations Manager", "Supervisor"], "ko": ["팀장", "실장", "소장"]}


@blind4()
def bottom_identity(s: Sheet) -> str:
    """A CV that opens on the job and ends with the references (named referees with their phones) and, under them,
    the personal information block with the name (the last lines of the page)."""
    p, lang = s.p, s.lang
    refs_h, pers_h, labels, fmt = BOTTOM[lang]
    lines = [headline(s, "upper") if lang != "ko" else headline(s), ""] + body4(s, exp_style="block")
    lines += ["", refs_h]
    for job in p.jobs[:s.rng.randint(1, min(2, len(p.jobs)))]:
        who = someone(s)
        lines.append(f"{who} – " + fmt.format(role=s.pick(ROLES[lang]), emp=job.employer) + f" – {other_phone(s)}")
    lines += ["", pers_h]
    s.sep = {"fr": " : ", "en": ": ", "ko": ": "}[lang]
    if p.hangul:
        lines.append(f"{labels[0]}{s.sep}{name(s)}")
    else:
        lines += [f"{labels[0]}{s.sep}{s.plant('name', p.last.upper() if lang == 'fr' else p.last)}",
                  f"{labels[1]}{s.sep}{s.plant('name', p.first)}"]
    lines += [x for x in (s.bit("birth", "field"), s.bit("age", "field"), s.bit("residence", "field")) if x]
    lines += contact_items(s, labelled=True) + s.bits(mode="field")
    if lang == "ko":
        lines += ["", "위 기재 사항은 사실과 다름없습니다."]
    return "\n".join(lines)


# --- 5. a temp agency's registration sheet, fields in a grid --------------------------------------------------------
def grid(rows: list[list[str]]) -> list[str]:
    """A table drawn with +---+ borders: rows of two cells side by side, or of one cell across, or '-' for a rule."""
    w = max([len(c) for r in rows if r != "-" and len(r) == 2 for c in r] + [30])
    full = max([len(r[0]) for r in rows if r != "-" and len(r) == 1] + [2 * w + 3])
    w = max(w, (full - 3 + 1) // 2)
    rule = "+" + "-" * (w + 2) + "+" + "-" * (w + 2) + "+"
    out = [rule]
    for r in rows:
        if r == "-":
            out.append(rule)
        elif len(r) == 2:
            out.append(f"| {r[0].ljust(w)} | {r[1].ljust(w)} |")
        else:
            out.append(f"| {r[0].ljust(2 * w + 3)} |")
    return out + [rule]


def nir(s: Sheet) -> str:
    """A French social security number: sex, year and month of birth, department (99 abroad), commune, order, key."""
    p = s.p
    dept = "99" if "(" in p.birth_place else s.pick(["23", "19", "07", "48", "04", "05", "39", "88"])
    digits = f"{1 if not s.female else 2}{p.born.year % 100:02d}{p.born.month:02d}{dept}" \
             f"{s.rng.randint(1, 999):03d}{s.rng.randint(1, 999):03d}"
    key = 97 - int(digits) % 97
    return f"{digits[0]} {digits[1:3]} {digits[3:5]} {digits[5:7]} {digits[7:10]} {digits[10:13]} {key:02d}"


def _agency_identity(s: Sheet) -> list:
    p, lang, f = s.p, s.lang, s.female
    rows: list = []
    if lang == "fr":
        rows.append([f"Nom : {s.plant('name', p.last.upper())}", f"Prénom : {s.plant('name', p.first)}"])
        if s.has("birth"):
            s.done.add("birth")
            rows.append([f"Né(e) le : {s.plant('birth', fr_date(s, p.born))}",
                         f"à : {s.plant('birth', p.birth_place)}"])
            rows.append([f"N° Sécurité sociale : {s.plant('birth', nir(s))}"])
        sex_age = []
        if s.has("sex"):
            s.done.add("sex")
            sex_age.append(f"Civilité : {civil(s)}")
        if s.has("age"):
            s.done.add("age")
            sex_age.append(f"Âge : {s.plant('age', f'{p.age} ans')}")
        rows += [sex_age] if sex_age else []
        nat = s.bit("nationality", "field")
        if nat:
            rows.append([nat, "Titre de séjour : " + ("non concerné" if "FR" in p.b4_nat else "carte de résident")])
        if s.has("residence"):
            s.done.add("residence")
            rows.append([f"Adresse : {s.plant('residence', p.street)}",
                         f"CP / Ville : {s.plant('residence', p.postcode)} {s.plant('residence', p.town[0])}"])
        if "contact" in p.families:
            rows.append([f"Tél. : {phone(s)}", f"E-mail : {email(s)}"])
        if s.has("family"):
            s.done.add("family")
            fem, masc = {"single": ("Célibataire",) * 2, "married": ("Mariée", "Marié"), "pacs": ("Pacsée", "Pacsé"),
                         "divorced": ("Divorcée", "Divorcé"), "widowed": ("Veuve", "Veuf"),
                         "couple": ("Concubinage",) * 2}[p.marital]
            rows.append([f"Situation familiale : {s.gv('family', fem, masc)}",
                         s.plant("family", f"Enfants à charge : {p.children}")])
        health = s.bit("health", "field")
        rows += [[health]] if health else []
        rel = s.bit("religion", "bare")
        rows += [[f"Remarques : {rel}"]] if rel else []
        return rows
    if lang == "en":
        rows.append([f"Surname: {s.plant('name', p.last)}", f"Forename(s): {s.plant('name', p.first)}"])
        if s.has("birth") or s.has("age"):
            cells = []
            if s.has("birth"):
                s.done.add("birth")
                cells.append(f"Date of birth: {s.plant('birth', en_date(s, p.born))}")
            if s.has("age"):
                s.done.add("age")
                cells.append(s.plant("age", f"Age: {p.age}"))
            rows.append(cells)
        if s.has("sex"):
            s.done.add("sex")
            rows.append([f"Title: {civil(s)}", "Preferred name: –"])
        nat = s.bit("nationality", "field")
        if nat:
            rows.append([nat, "Right to work: checked (passport seen)"])
        if s.has("residence"):
            s.done.add("residence")
            rows.append([f"Address: {s.plant('residence', p.street)}, {s.plant('residence', p.town[0])}",
                         f"Postcode: {s.plant('residence', p.postcode)}"])
        if "contact" in p.families:
            rows.append([f"Mobile: {phone(s)}", f"Email: {email(s)}"])
        if s.has("family"):
            s.done.add("family")
            married = p.marital in ("married", "pacs")
            who = someone(s, "M" if f else "F", kin=True) if married else someone(s, kin=True)
            rel = s.gv("family", "husband", "wife", sex=False) if married else "sibling"
            rows.append([f"Emergency contact: {who} ({rel})", f"Tel: {other_phone(s)}"])
        health = s.bit("health", "field")
        rows += [[health]] if health else []
        rel = s.bit("religion", "bare")
        rows += [[f"Days unavailable / notes: {rel}"]] if rel else []
        return rows
    rows.append([f"성명: {name(s)}", "등록번호: " + str(s.rng.randint(20240001, 20249999))])
    if s.has("birth"):
        s.done.add("birth")
        digit = {(False, False): 1, (True, False): 2, (False, True): 3, (True, True): 4}[(f, p.born.year >= 2000)]
        rows.append([f"주민등록번호: {s.plant('birth', f'{p.born:%y%m%d}-{digit}******')}"])
    cells = []
    if s.has("age"):
        s.done.add("age")
        cells.append(f"나이: {s.plant('age', f'만 {p.age}세')}")
    if s.has("sex"):
        s.done.add("sex")
        cells.append(s.plant("sex", f"성별: {'여' if f else '남'}"))
    rows += [cells] if cells else []
    nat = s.bit("nationality", "field")
    if nat:
        rows.append([nat, "체류자격: " + ("해당없음" if "KR" in p.b4_nat else "E-9")])
    if s.has("residence"):
        s.done.add("residence")
        rows.append([f"주소: {s.plant('residence', p.town[0])} {s.plant('residence', p.street)}"])
    if "contact" in p.families:
        rows.append([f"휴대폰: {phone(s)}", f"이메일: {email(s)}"])
    if s.has("family"):
        s.done.add("family")
        status = s.plant("family", {"single": "미혼", "couple": "미혼", "divorced": "이혼", "widowed": "사별"}.get(p.marital,
                                                                                                              "기혼"))
        rows.append([f"결혼여부: {status}", s.plant("family", f"부양가족: {p.children}명")])
    if not f or s.chance(0.3):
        rows.append([military(s)])
    health = s.bit("health", "field")
    rows += [[health]] if health else []
    rel = s.bit("religion", "field")
    rows += [[rel]] if rel else []
    return rows


@blind4()
def agency_grid(s: Sheet) -> str:
    """A temp agency's registration sheet (fiche de renseignements intérimaire, temp registration form, 인력파견
    등록카드) printed as a grid of bordered cells, two fields a row: identity (with the social security number or the
    Korean resident number), address, family, emergency contact, then qualifications and past assignments."""
    p, lang = s.p, s.lang
    agency = s.pick(AGENCY[lang])
    title = {"fr": f"{agency.upper()} – FICHE DE RENSEIGNEMENTS INTÉRIMAIRE",
             "en": f"{agency} – TEMPORARY WORKER REGISTRATION FORM", "ko": f"{agency} 인력파견 등록카드"}[lang]
    ident = _agency_identity(s)
    lab = {"fr": ("Poste recherché", "Expérience", "Permis / CACES", "Compétences", "Langues", "MISSIONS ET EMPLOIS",
                  "FORMATION", "Disponibilité", "Signature de l'intérimaire"),
           "en": ("Position sought", "Experience", "Licences / tickets", "Skills", "Languages", "WORK HISTORY",
                  "QUALIFICATIONS", "Availability", "Signed"),
           "ko": ("희망 직무", "경력", "자격증", "보유 기술", "외국어", "경력사항", "학력", "근무 가능일", "등록자 서명")}[lang]
    sep = " : " if lang == "fr" else ": "
    rows = ident + ["-", [f"{lab[0]}{sep}{headline(s)}"], [f"{lab[1]}{sep}{duration(s)}"],
                    [f"{lab[2]}{sep}{licence(s)}"], [f"{lab[3]}{sep}{', '.join(skills(s))}"],
                    [f"{lab[4]}{sep}{', '.join(tongues(s))}"], "-", [lab[5]]]
    rows += [[x] for x in experience(s, "table")] + ["-", [lab[6]]] + [[x] for x in education(s)]
    rows += ["-", [f"{lab[7]}{sep}{availability(s)}"]]
    more = rest(s, "field")
    rows += [[one_line(x)] for x in more]
    sign = name(s) if p.hangul else name(s, "plain")
    rows.append([f"{lab[8]}{sep}{sign}"])
    foot = {"fr": "Document interne – ne pas transmettre à l'entreprise utilisatrice",
            "en": "Internal use only – not to be sent to clients", "ko": "내부용 – 고객사 제출 금지"}[lang]
    return "\n".join([title, ""] + grid(rows) + [foot])


# --- 6. a "blind" CV that still gives its author away ---------------------------------------------------------------
def _leaks_fr(s: Sheet) -> list[str]:
    p = s.p
    out = []
    if s.has("family"):
        s.done.add("family")
        if p.children:
            out.append(f"Après avoir élevé {s.plant('family', f'mes {p.children} enfants')}, je reprends une activité "
                       "à temps plein.")
        if p.marital in ("married", "pacs"):
            town = s.plant("residence", p.town[0]) if s.has("residence") else "la région"
            s.done.add("residence")
            out.append(f"{s.gv('family', 'Mon mari', 'Ma femme', sex=False)} m'a {s.g('suivie', 'suivi')} à {town} "
                       "quand j'ai changé de poste.")
        elif not p.children:
            out.append(f"{s.plant('family', 'Sans enfant')}, je suis disponible en horaires décalés.")
    if s.has("age"):
        s.done.add("age")
        out.append(f"À {s.plant('age', f'{p.age} ans')}, je souhaite me stabiliser dans un poste durable.")
    origin = ORIGIN_KEY[p.b4_origin]
    if s.has("nationality") and origin in FR_FROM:
        s.done.add("nationality")
        out.append(f"{s.g('Arrivée', 'Arrivé')} {FR_FROM[origin]}{s.plant('nationality', NATS[origin][2])} à "
                   f"l'adolescence, je me suis {s.g('formée', 'formé')} en France.")
    return out


def _leaks_en(s: Sheet) -> list[str]:
    p = s.p
    out = []
    if s.has("family"):
        s.done.add("family")
        if p.children:
            out.append(f"After {s.plant('family', f'raising my {KIDS_EN[p.children]}')}, I am returning to full-time "
                       "work.")
        if p.marital in ("married", "pacs"):
            town = s.plant("residence", p.town[0]) if s.has("residence") else "the area"
            s.done.add("residence")
            out.append(f"{s.gv('family', 'My husband', 'My wife', sex=False)}'s job brought us to {town} last year.")
    if s.has("age"):
        s.done.add("age")
        out.append(f"As a {s.plant('age', f'{p.age}-year-old')}, I bring maturity and a steady pair of hands.")
    if s.has("sex"):
        s.done.add("sex")
        out.append(f"As a {s.plant('sex', 'woman' if s.female else 'man')} in a mixed team, I value respect on "
                   "shift.")
    if s.has("nationality"):
        s.done.add("nationality")
        out.append(f"Since moving from {s.plant('nationality', NATS[ORIGIN_KEY[p.b4_origin]][4])}, I have worked "
                   "hard to build my career here.")
    return out


KIDS_EN = {1: "son", 2: "two children", 3: "three children", 4: "four children"}


def _leaks_ko(s: Sheet) -> list[str]:
    p = s.p
    out = []
    if s.has("family"):
        s.done.add("family")
        if p.children:
            out.append(f"{s.plant('family', f'{KO_COUNT[p.children]}를 키우느라')} 잠시 경력이 단절되었지만 다시 일을 시작하고자 "
                       "합니다.")
        if p.marital in ("married", "pacs"):
            town = s.plant("residence", p.town[1]) if s.has("residence") else "지방"
            s.done.add("residence")
            out.append(f"{s.gv('family', '남편', '아내', sex=False)}의 직장을 따라 {town}(으)로 이사했습니다.")
    if s.has("age"):
        s.done.add("age")
        out.append(f"{s.plant('age', f'{p.age}세')}의 나이지만 체력에는 자신이 있습니다.")
    if s.has("nationality") and p.b4_nat != ("KR",):
        s.done.add("nationality")
        out.append(f"{s.plant('nationality', NATS[p.b4_nat[-1]][5])}에서 와서 한국 생활 10년 차입니다.")
    return out


@blind4()
def anonymised_leaky(s: Sheet) -> str:
    """A CV made 'anonymous' (CV anonyme, blind CV, 블라인드 이력서): the name line replaced by a candidate number,
    but the file name, the profile's sentences ('j'ai élevé mes 3 enfants', 'my husband's job brought us to …'), a
    signature and a left-over e-mail still tell who the author is."""
    p, lang = s.p, s.lang
    ref = s.rng.randint(1000, 9999)
    if lang == "fr":
        file = s.plant("name", f"{p.last}_{p.first}".replace(" ", "_"))
        top = [f"CV ANONYME – Candidature n° {ref}", f"Fichier : CV_anonyme_{file}_v2.pdf",
               "Nom : [anonymisé] – Coordonnées : via la plateforme", f"Poste visé : {headline(s)}"]
        leaks = _leaks_fr(s)
        sign = f"Merci de votre lecture. {first_name(s)}"
        mail = f"Pour toute question : {email(s)}" if "contact" in p.families else ""
    elif lang == "en":
        file = s.plant("name", f"{p.first}-{p.last}".replace(" ", "-"))
        top = [f"BLIND CV – Candidate ref. {ref}", f"File: {file}-CV-anonymised.docx",
               "Name: [removed] – Contact details: held by the recruiter", f"Role applied for: {headline(s)}"]
        leaks = _leaks_en(s)
        sign = f"Thank you for reading, {first_name(s)}"
        mail = f"Questions: {email(s)}" if "contact" in p.families else ""
    else:
        file = s.plant("name", p.hangul)
        top = [f"블라인드 이력서 – 지원번호 {ref}", f"파일명: 이력서_{file}_블라인드.hwp", "성명: (블라인드 처리)",
               f"지원 직무: {headline(s)}"]
        leaks = _leaks_ko(s)
        sign = f"{first_name(s)} 드림"
        mail = f"문의: {email(s)}" if "contact" in p.families else ""
    lines = top + ["", s.h("profile"), profile(s), *leaks, ""] + body4(s, with_profile=False)
    more = rest(s, "bare")
    lines += (["", s.h("more"), *more] if more else [])
    return "\n".join(lines + ["", sign] + ([mail] if mail else []))


# --- 7. a cover letter: details only in the letterhead and under the signature -------------------------------------
@blind4(("fr", "en"))
def letterhead_letter(s: Sheet) -> str:
    """A cover letter whose body holds only the job (employers, years, licences, skills): the name, address and
    contact are in the letterhead above a rule, the other personal details in a line under the signature."""
    p, fr = s.p, s.lang == "fr"
    head = [name(s, "CAPS")]
    parts = [headline(s)]
    if s.has("residence"):
        s.done.add("residence")
        town = s.plant("residence", p.town[0])
        parts.append(f"{s.plant('residence', p.street)}, " + (f"{s.plant('residence', p.postcode)} {town}" if fr else
                                                              f"{town} {s.plant('residence', p.postcode)}"))
    parts += contact_items(s)
    head += [joined(parts, " · "), "─" * 60, ""]
    job = p.jobs[0]
    if fr:
        body = ["Le 16 septembre 2024", "", "À l'attention du service recrutement", "",
                f"Objet : candidature – {headline(s, 'lower')}", "", "Madame, Monsieur,", "",
                f"Actuellement en poste chez {s.fact(job.employer)} ({place_text(s, job)}), je vous propose ma "
                f"candidature. J'ai {duration(s, lower=True)}."]
        for old in p.jobs[1:]:
            body.append(f"Auparavant, j'ai travaillé chez {s.fact(old.employer)} ({job_dates(s, old)}).")
        body += [f"Titulaire du {licence(s)} ({'; '.join(education(s))}), je maîtrise {', '.join(skills(s, 2))}. "
                 f"Langues : {', '.join(tongues(s))}.", f"{availability(s)}.", "",
                 "Veuillez agréer, Madame, Monsieur, mes salutations distinguées.", ""]
    else:
        body = ["16 September 2024", "", "The Recruitment Team", "", f"Re: {headline(s)}", "",
                "Dear Hiring Manager,", "",
                f"I am writing to apply for this role. I currently work at {s.fact(job.employer)} in "
                f"{place_text(s, job)} and bring {duration(s, lower=True)}."]
        for old in p.jobs[1:]:
            body.append(f"Before that I worked at {s.fact(old.employer)} ({job_dates(s, old)}).")
        body += [f"I hold a {licence(s)} ({'; '.join(education(s))}) and I am confident with "
                 f"{', '.join(skills(s, 2))}. Languages: {', '.join(tongues(s))}.", f"{availability(s)}.", "",
                 "Yours sincerely,", ""]
    sign = name(s, "plain")
    if s.has("sex"):
        s.done.add("sex")
        sign = f"{civil(s)} {sign}" if fr else f"{sign} ({civil(s)})"
    under = s.bits(mode="bare")
    return "\n".join(head + body + ["[signature]", sign] + ([joined(under, " · ")] if under else []))


# --- 8. written answers to an application's questions -------------------------------------------------------------
def _count(s: Sheet, text: str) -> str:
    n = len(text)
    return {"fr": f"({n}/600 caractères)", "en": f"({n}/600 characters)", "ko": f"(공백 포함 {n}자 / 600자)"}[s.lang]


@blind4()
def question_answers(s: Sheet) -> str:
    """An application's written questions and the answers typed under them, as a careers portal exports them (French,
    English) or a 자기소개서 in 문항 form (Korean), each answer with its character count."""
    p, lang = s.p, s.lang
    job = p.jobs[0]
    me = name(s) if p.hangul else name(s, "plain")
    if lang == "ko":
        grow = [x for x in (s.bit("birth", "bare"), s.bit("nationality", "bare"), s.bit("religion", "field"),
                            s.bit("family", "bare")) if x]
        qa = [("1. 성장과정 및 가치관을 기술하여 주십시오. (600자 이내)",
               (" ".join(f"{x}." for x in grow) + " " if grow else "") + "성실함을 가장 중요한 가치로 여기며 살아왔습니다."),
              ("2. 지원 직무와 관련한 경력 및 역량을 기술하여 주십시오.",
               f"{duration(s)}의 경력으로 현재 {s.fact(job.employer)}({place_text(s, job)})에서 {title_text(s, job)}로 "
               f"일하고 있습니다. {licence(s)} 보유, {', '.join(skills(s, 2))} 가능합니다. 학력: "
               f"{' / '.join(education(s))}. 외국어: {', '.join(tongues(s))}."),
              ("3. 본인의 장단점과 근무 시 고려할 사항을 적어 주십시오.",
               "꼼꼼하지만 완벽주의 성향이 있습니다. " + " ".join(f"{x}." for x in rest(s, "bare"))),
              ("4. 입사 가능일", availability(s))]
        head = ["자기소개서 (문항형)", f"지원자: {me} / 지원 직무: {headline(s)}"]
        tail = [joined(contact_items(s, labelled=True), " / ")]
    elif lang == "fr":
        intro = [x for x in (s.bit("age", "prose"), s.bit("residence", "prose"), s.bit("family", "prose")) if x]
        qa = [("Q1. Présentez-vous en quelques lignes.", profile(s) + (f" En bref : {', '.join(intro)}."
                                                                       if intro else "")),
              ("Q2. Décrivez votre parcours.", " ; ".join(experience(s))),
              ("Q3. Diplômes, permis et langues ?", f"{'; '.join(education(s))}. {licence(s)}. "
                                                    f"{', '.join(tongues(s))}."),
              ("Q4. Avez-vous des contraintes ou besoins d'aménagement à signaler ?",
               "; ".join(x for x in (s.bit("health", "bare"), s.bit("religion", "prose")) if x) or "Non."),
              ("Q5. À partir de quand êtes-vous disponible ?", availability(s)),
              ("Q6. Informations complémentaires (facultatif)", "; ".join(rest(s, "bare")) or "Rien à ajouter.")]
        head = [f"Candidature en ligne – {headline(s)} – réponses au questionnaire", f"Candidat : {me}",
                joined(contact_items(s, labelled=True), " | ")]
        tail = []
    else:
        intro = [x for x in (s.bit("age", "prose"), s.bit("residence", "prose"), s.bit("family", "prose")) if x]
        qa = [("Q1. Tell us about yourself.", profile(s) + (f" In short: {'; '.join(intro)}." if intro else "")),
              ("Q2. Describe your work history.", " ; ".join(experience(s))),
              ("Q3. Qualifications, licences and languages?", f"{'; '.join(education(s))}. {licence(s)}. "
                                                              f"{', '.join(tongues(s))}."),
              ("Q4. Do you need any adjustments, or is there anything we should know?",
               "; ".join(x for x in (s.bit("health", "bare"), s.bit("religion", "bare")) if x) or "No."),
              ("Q5. When can you start?", availability(s)),
              ("Q6. Anything else? (optional)", "; ".join(rest(s, "bare")) or "Nothing to add.")]
        head = [f"Application – {headline(s)} – answers to screening questions", f"Applicant: {me}",
                joined(contact_items(s, labelled=True), " | ")]
        tail = []
    lines = head + [""]
    for q, a in qa:
        lines += [q, a, _count(s, a), ""]
    return "\n".join(lines + tail)


# --- 9. a CV run through a translator, labels and values half translated -------------------------------------------
FR_STATUS_EN = {"single": "Single", "married": "Married", "pacs": "Pacsed", "divorced": "Divorced",
                "widowed": "Widow", "couple": "In couple"}
FR_STATUS = {"single": ("célibataire",) * 2, "married": ("mariée", "marié"), "pacs": ("pacsée", "pacsé"),
             "divorced": ("divorcée", "divorcé"), "widowed": ("veuve", "veuf"), "couple": ("en couple",) * 2}


def _translated_fr(s: Sheet) -> list[str]:
    p, f = s.p, s.female
    out = ["CURRICULUM VITAE (translated)", "", f"Name : {s.plant('name', p.last.upper())} {s.plant('name', p.first)}"]
    if s.has("birth"):
        s.done.add("birth")
        out.append(f"Born the : {s.plant('birth', fr_date(s, p.born))} at {s.plant('birth', p.birth_place)}")
    if s.has("age"):
        s.done.add("age")
        out.append(f"Age : {s.plant('age', f'{p.age} years')}")
    if s.has("sex"):
        s.done.add("sex")
        out.append(f"Sex : {s.plant('sex', 'Woman' if f else 'Man')} ({s.plant('sex', 'Femme' if f else 'Homme')})")
    if s.has("nationality"):
        s.done.add("nationality")
        k = p.b4_nat[0]
        out.append(f"Nationality : {s.plant('nationality', NATS[k][3])} ({_fr_adj(s, k)})")
    if s.has("family"):
        s.done.add("family")
        fem, masc = FR_STATUS[p.marital]
        kids = f", {s.plant('family', f'{p.children} childs')}" if p.children else ""
        out.append(f"Familial situation : {s.plant('family', FR_STATUS_EN[p.marital])} "
                   f"({s.gv('family', fem, masc)}){kids}")
    if s.has("residence"):
        s.done.add("residence")
        out.append(f"Adress : {s.plant('residence', p.street)}, {s.plant('residence', p.postcode)} "
                   f"{s.plant('residence', p.town[0])}")
    out += [f"Phone : {phone(s)}", f"Mail : {email(s)}"] if "contact" in p.families else []
    out += s.bits(mode="field")
    out += ["", f"Searched post : {headline(s)}", "", "PROFESSIONAL EXPERIENCES (Expériences professionnelles)",
            *experience(s), "", "FORMATIONS", *education(s), "", f"Competences : {', '.join(skills(s))}",
            f"Languages : {', '.join(tongues(s))}", f"Driving permit : {licence(s)}", f"Disponibility : {availability(s)}"]
    return out


def _translated_en(s: Sheet) -> list[str]:
    p, f = s.p, s.female
    out = ["RESUME", "", "PERSONAL PARTICULARS", f"Name : {name(s, 'CAPS')}"]
    if s.has("birth"):
        s.done.add("birth")
        out.append(f"Date of Birth : {s.plant('birth', f'{p.born:%d-%m-%Y}')}")
        out.append(f"Place of Birth : {s.plant('birth', p.birth_place)}")
    if s.has("age"):
        s.done.add("age")
        out.append(f"Age : {s.plant('age', f'{p.age} years old')}")
    if s.has("sex"):
        s.done.add("sex")
        out.append(f"Gender : {s.plant('sex', 'Female' if f else 'Male')}")
    if s.has("nationality"):
        s.done.add("nationality")
        out.append(f"Race : {s.plant('nationality', NATS[ORIGIN_KEY[p.b4_origin]][3])}")
        out.append(f"Nationality : {s.plant('nationality', NATS[p.b4_nat[0]][3])}")
    if s.has("religion"):
        s.done.add("religion")
        out.append(f"Religion : {s.plant('religion', REL_EN[p.religion])}")
    if s.has("family"):
        s.done.add("family")
        status = {"single": "Single", "couple": "Single", "divorced": "Divorced", "widowed": "Widowed"}.get(p.marital,
                                                                                                            "Married")
        kids = f" with {s.plant('family', f'{p.children} childs')}" if p.children else ""
        out.append(f"Marital Status : {s.plant('family', status)}{kids}")
    health = s.bit("health", "field")
    out += [health] if health else []
    if s.has("residence"):
        s.done.add("residence")
        out.append(f"Correspondence Address : {s.plant('residence', p.street)}, {s.plant('residence', p.town[0])} "
                   f"{s.plant('residence', p.postcode)}")
    out += [f"Handphone No. : {phone(s)}", f"E-mail : {email(s)}"] if "contact" in p.families else []
    out += ["", "CARRIER OBJECTIVE", profile(s), "", "WORKING EXPERIENCES", *experience(s, "block"), "",
            "EDUCATIONAL BACKGROUND", *education(s), "", "LANGUAGE PROFICIENCY", *tongues(s), "",
            f"Driving License : {licence(s)}", f"Skills : {', '.join(skills(s))}", f"Notice : {availability(s)}"]
    return out


def _translated_ko(s: Sheet) -> list[str]:
    p, f = s.p, s.female
    given = p.hangul[len(p.last):]
    roman = f"{D.KO_SURNAME_ROMAN.get(p.last, romanize(p.last).capitalize())} {romanize(given).capitalize()}"
    out = ["RESUME (이력서)", "", f"Name : {name(s)} ({s.plant('name', roman)})"]
    if s.has("birth"):
        s.done.add("birth")
        out.append(f"Birth : {s.plant('birth', ko_date(s, p.born))}")
    if s.has("age"):
        s.done.add("age")
        out.append(f"Age : {s.plant('age', f'{p.age} (만 {p.age}세)')}")
    if s.has("sex"):
        s.done.add("sex")
        out.append(f"Gender : {s.plant('sex', 'Female (여)' if f else 'Male (남)')}")
        out.append(military(s, "Military (병역)"))
    nat = s.bit("nationality", "field")
    out += [nat] if nat else []
    if s.has("family"):
        s.done.add("family")
        status = {"single": "Single (미혼)", "couple": "Single (미혼)", "divorced": "Divorce (이혼)",
                  "widowed": "Bereavement (사별)"}.get(p.marital, "Married (기혼)")
        kids = f", {s.plant('family', f'자녀 {p.children}명')}" if p.children else ""
        out.append(f"Family relation : {s.plant('family', status)}{kids}")
    if s.has("residence"):
        s.done.add("residence")
        out.append(f"Address : {s.plant('residence', p.town[0])} {s.plant('residence', p.street)}")
    out += [f"Phone : {phone(s)}", f"E-mail : {email(s)}"] if "contact" in p.families else []
    out += s.bits(mode="field")
    out += ["", "Work Experience (경력사항)", *experience(s, "table"), "", "Education (학력)", *education(s), "",
            f"Certificate (자격증) : {licence(s)}", f"Foreign language : {', '.join(tongues(s))}",
            f"Skill : {', '.join(skills(s))}", f"Can start : {availability(s)}"]
    return out


@blind4()
def machine_translated(s: Sheet) -> str:
    """A CV half translated (by a tool or by hand) into English: a French CV with literal labels ('Born the', 'Familial
    situation', 'Driving permit') and French left in brackets; an English CV in the Malaysian style ('PERSONAL
    PARTICULARS', 'Race', '2 childs'); a Korean CV in English with the Korean kept in brackets."""
    return "\n".join({"fr": _translated_fr, "en": _translated_en, "ko": _translated_ko}[s.lang](s))


# --- 10. a scanned CV read by OCR ----------------------------------------------------------------------------------
OCR_RULES = {"lig": [("ffi", "ﬃ"), ("fi", "ﬁ"), ("fl", "ﬂ"), ("ff", "ﬀ")], "rn": [("rn", "m")], "m": [("m", "rn")],
             "l1": [("ll", "l1"), ("il", "i1")], "O0": [("0", "O")]}


def fragment(s: Sheet, word: str) -> str:
    """A word split by a stray space, as OCR reads a letter-spaced title ('Sreymom' -> 'Srey mom'); pieces of 2+."""
    if len(word) < 5 or not word.isalpha():
        return word
    cut = s.rng.randint(2, len(word) - 2)
    return word[:cut] + " " + word[cut:]


@blind4(("fr", "en"))
def ocr_scan(s: Sheet) -> str:
    """A paper CV scanned and read by OCR: the big letter-spaced name read as broken words ('Srey mom Chh im'),
    ligatures ('ﬁ', 'ﬂ'), 'rn' read 'm' (or 'm' read 'rn'), 'll' read 'l1', zeros read 'O'; headings letter-spaced;
    a scanner app's line at the end. Markers and facts are recorded as the OCR wrote them."""
    p = s.p
    broken = " ".join(fragment(s, w) for w in f"{p.first} {p.last}".split())
    top = [s.plant("name", broken.upper() if s.chance(0.5) else broken), headline(s)]
    res = s.bit("residence", "bare")
    top += [joined([one_line(res), *contact_items(s)], " | ")]
    top += [joined(s.bits(families=("age", "birth", "sex", "nationality")), " | ")]
    lines = top + [""] + body4(s, exp_style=s.pick(["line", "block"])) + ["", *rest(s)]
    heads = {s.h(k) for k in ("profile", "exp", "edu", "skills", "langs")}
    lines = [" ".join(x) if x in heads else x for x in lines]
    lines += ["", f"{s.pick(['- 1 -', 'Page 1', '1/1'])} – {name(s, 'plain')}",
              s.pick(["Numérisé avec CamScanner", "Adobe Scan 16 sept. 2024"] if s.lang == "fr" else
                     ["Scanned with CamScanner", "Adobe Scan 16 Sep 2024"])]
    rules = [r for k in sorted(s.rng.sample(["lig", "rn" if s.chance(0.5) else "m", "l1", "O0"], s.rng.randint(2, 3)))
             for r in OCR_RULES[k]]

    def damage(text: str) -> str:
        for a, b in rules:
            text = text.replace(a, b)
        return text

    text = damage("\n".join(lines))
    recast(s, damage)
    return text
