"""A third held-aside set of layouts of the placement benchmark (see evaluation.placement), split "blind3": registered
into the same LAYOUTS. Written without reading the masker (nor its rules), after the "dev", "held" and "fresh" figures
had all been seen, to measure it once more on CVs nobody tuned it on; do not read this file while tuning a masker.

Like "fresh", the split has vocabulary of its own: names from the lists below (Basque, Corsican, Occitan, Armenian,
Kurdish, Georgian, Amharic, Hausa, Māori, Tagalog, Tibetan, Hawaiian, Quechua, Sámi; Korean rare surnames with native
given names other than fresh's; Koryo-saram, Nepali and Uzbek names in Hangul), none of whose words is in a Faker
locale's name lists nor in placement_fresh's (a test checks it); towns, streets, birth places and places of past jobs
that are in neither placement_data's nor placement_fresh's pools; nationality and religion in their own wording. Other
people appear too (referees, a job-centre adviser, a recruiter, a partner, children): their names are "name" markers.
Trades, titles, diplomas, licences and skills stay those of placement_data (they are facts, not markers).

Layouts: mail_body, sheet_row, jobcentre_plan, motivation_then_cv, referees, career_statement, photo_qr,
life_timeline, interview_transcript.
"""
from __future__ import annotations

import functools
import re

from matchlens.evaluation import placement_data as D
from matchlens.evaluation.placement import (
    LANGS,
    Sheet,
    _braced,
    _contact,
    _weighted,
    availability,
    contact_items,
    duration,
    education,
    email,
    experience,
    first_name,
    headline,
    job_dates,
    joined,
    layout,
    licence,
    military,
    name,
    name_line,
    pattern,
    phone,
    place_text,
    profile,
    skills,
    title_text,
)

SPLIT = "blind3"

# --- names: none of their words is in a Faker locale nor in placement_fresh (tests/evaluation/test_placement.py) ---
NAMES = {
    "basque": {
        "F": "Oihana Garazi Irati Nahia Haizea Izaro Uxue Maialen Arrate Idoia Miren Edurne Argiñe Goizane Eneritz "
             "Ihintza Alaia Itsaso Oneka",
        "M": "Unai Eneko Ander Gorka Ibai Xabier Beñat Peio Txomin Jokin Ekaitz Urko Oier Manex Ellande Gaizka Koldo "
             "Aimar Xalbat",
        "L": "Etxeberria Goikoetxea Zubizarreta Agirre Iturralde Olazabal Etcheverry Irigoyen Haritschelhar Mendiburu "
             "Ospital Duhalde Inchauspé Bidegain Landaburu Errecart Lasarte Uhalde Etxegarai Arrizabalaga Ibarguren"},
    "corsican": {
        "F": "Ghjulia Ghjuvanna Vanina Orsola Nunziata Ghjacumina Filumena Carulina",
        "M": "Ghjacumu Santu Orsu Paulu Anghjulu Dumenicu Lisandru Ghjiseppu Francescu Matteu Ghjuvan-Battista "
             "Ghjilormu",
        "L": "Acquaviva Bonavita Ceccaldi Cristofini Mondoloni Paoli Peretti Pianelli Quilichini Santucci Tomasi "
             "Vincentelli Zuccarelli Cesari Mariani Poggioli Leca Susini Franceschini Pietri Santoni Giacomoni Filippi "
             "Casabianca Moracchini Talamoni"},
    "occitan": {
        "F": "Mirèlha Alienòr Floreta Azalaïs Magalona Beatritz Clamença Esclarmonda Bernadeta",
        "M": "Pèire Guilhèm Arnaut Aimeric Ròc Miquèl",
        "L": "Lafforgue Caussanel Bonnafous Escaffre Salvanhac Delpech Cabanac Barrièra Fabrèga Castanhau Marcoul "
             "Roqueplan Fontanilhas Canut Besombes"},
    "armenian": {
        "F": "Anahit Siranush Lusine Nairi Hasmik Gayane Armine Shushan Tatevik Knarik Satenik Astghik Zepyur Arpine "
             "Nune",
        "M": "Vardan Tigran Hovhannes Karapet Gevorg Ashot Hrant Sarkis Samvel Mher Vahagn Artak Khachik Garnik Arsen "
             "Hayk",
        "L": "Aznavourian Manoukian Tchakerian Kalfayan Boyadjian Papazian Kevorkian Hagopian Terzian Keuroghlian "
             "Mardirossian Sarkissian Djerrahian Bedrossian Karamanoukian Hovhannisyan Sargsyan"},
    "kurdish": {
        "F": "Rojda Berivan Zozan Rojîn Nûjîn Hêvî Bêrîtan Jiyan Avesta Delal Gulistan",
        "M": "Rêbaz Rênas Şoreş Kawa Rizgar Welat Agir Serhat Hejar Sherko",
        "L": "Amedî Zêbarî Botanî Hekarî Doskî Mizûrî Berwarî Xelîl Bozarslan Şêxmûs Barwari Rojhilat Goyî Sindî"},
    "georgian": {
        "F": "Ketevan Tinatin Natia Mzia Nestan Rusudan Khatuna Tsira Lali Nanuli Tamari",
        "M": "Giorgi Zurab Irakli Davit Otar Shota Tengiz Revaz Vakhtang Merab Nodar Gocha Mamuka Lasha",
        "L": "Beridze Kapanadze Gelashvili Maisuradze Tsiklauri Lomidze Khutsishvili Mchedlishvili Chkheidze "
             "Jorbenadze Kvaratskhelia Tsereteli Abashidze Gogoladze Dolidze"},
    "amharic": {
        "F": "Tigist Meseret Hiwot Selamawit Tsion Mekdes Eyerusalem Genet Azeb Frehiwot Yeshi Mahlet Tirunesh Senait",
        "M": "Tesfaye Dawit Yonas Mulugeta Getachew Tewodros Abebe Kebede Berhanu Alemayehu Bereket Yared Henok Kidus "
             "Ermias",
        "L": "Tadesse Haile Wolde Gebremedhin Desta Bekele Mengistu Kassa Asfaw Ayele Mekonnen Girma Tilahun "
             "Woldemariam Gebreyes"},
    "hausa": {
        "F": "Binta Saratu Ladi Lami Talatu Asabe Larai Kande Mairo Dije Rakiya",
        "M": "Aminu Yakubu Auwal Muttaka Jibrin",
        "L": "Danladi Umaru Dankwambo Maigari Shinkafi Bichi Kwankwaso Dantata Gumel Yandoto Dambatta Tsoho"},
    "maori": {
        "F": "Mere Hine Ngaio Moana Marama",
        "M": "Rangi Hone Tipene Whetu",
        "L": "Ngata Parata Tawhiri Waititi Horomona Tipoki Ruatapu Tamihana Ngawaka Pōmare Rewiti Kereama Hōhaia"},
    "tagalog": {
        "F": "Ligaya Luningning Marikit Amihan Diwata Liwayway Mutya Bituin Hiraya",
        "M": "Bayani Dakila Makisig Lakan Kidlat Datu Bagwis Magiting",
        "L": "Bagatsing Makalintal Dimayuga Lacandola Mangahas Dimalanta Lacsamana Balagtas Magsaysay Dimagiba"},
    "tibetan": {
        "F": "Pema Dolma Yangchen Dechen Lhamo Kunsang Drolkar Tsomo Dickyi",
        "M": "Tashi Jigme Ngawang Lobsang Namgyal Dorje Thubten Phuntsok",
        "L": "Gyatso Tsering Dhondup Wangdu Norbu Choephel Lhundup Samdup Gyaltsen Rinchen"},
    "hawaiian": {
        "F": "Kalena Noelani Mahina Keala Pualani Haunani Makana Lokelani",
        "M": "Kekoa Keoni Makoa Kaimana Kalani Ikaika Kainoa Keahi Nohea",
        "L": "Kahananui Kealoha Kamakau Kahale Keawe Kanahele Kapaona Mahoe Kaleikini Akana"},
    "quechua": {
        "F": "Killa Sisa Wayra Chaska Ñusta Nayra",
        "M": "Inti Wari Yupanqui Rumi Tupaq Waman Sayri Kuntur Atoq",
        "L": "Huamán Condori Ccori Chambi Huarachi Pariona Ccahuana Taipe Apaza Ticona"},
    "sami": {
        "F": "Áile Máret Ristin Iŋgá Risten Biret",
        "M": "Ánde Niillas Jovnna Máhtte Áslat Heaika Ovllá",
        "L": "Gaup Hætta Somby Utsi Balto Oskal Guttorm Turi"},
    "korean": {  # rare surnames, native Korean given names (none of fresh's)
        "F": "슬기 나리 이슬 고운 새별 마루 꽃님 샛별 아라 미리내 노을 단아 다래 봄이 눈솔 햇살 꽃비 가람슬 예그린 시나브로",
        "M": "힘찬 한결 우람 바름 늘봄 다솔 푸름 솔찬 든솔 한샘 버들 새한 슬옹 늘찬 해찬 이든 빛찬 겨레 굳센 미르",
        "L": "좌 팽 두 부 음 곡 목 빙 호 평 엽 순 간 돈 묵 범 복 비 온 요 당 동방 망절 강전 소봉 어금 장곡 흥 종 판 즙 "
             "갈"},
    "koryo": {  # Koryo-saram: a Korean surname as it is written in Russian, a Russian given name, in Hangul
        "F": "스베틀라나 이리나 올가 나탈리야 류드밀라 타티야나 율리야 옥사나",
        "M": "알렉산드르 세르게이 드미트리 빅토르 블라디미르 안드레이 막심 일리야",
        "L": "리가이 텐 초이 고가이 헤가이 오가이 팍 셰가이"},
    "nepal_ko": {
        "F": "수니타 산지타 비누 락시미 사비타 프라밀라",
        "M": "비슈누 수만 디팍 비제이 라케시 프렘",
        "L": "구룽 타망 마가르 셰르파 림부 셰르찬"},
    "uzbek_ko": {
        "F": "딜노자 니고라 마흘리요 굴노라 세보라",
        "M": "딜쇼드 자수르 베흐조드 샤흐조드 오타벡",
        "LF": "유수포바 카리모바 토시마토바 라시도바",
        "LM": "유수포프 카리모프 토시마토프 라시도프"},
}
NAMES = {o: {k: [w.replace("_", " ") for w in v.split()] for k, v in d.items()} for o, d in NAMES.items()}
HANGUL_ORIGINS = ("korean", "koryo", "nepal_ko", "uzbek_ko")

WEIGHTS = {  # origins of the authors (and of the other people in their CVs), by the CV's language
    "fr": {"basque": 4, "corsican": 3, "occitan": 2, "armenian": 3, "kurdish": 3, "georgian": 2, "amharic": 1},
    "en": {"hausa": 3, "amharic": 2, "maori": 2, "tagalog": 2, "tibetan": 1, "hawaiian": 1, "quechua": 1, "sami": 1},
    "ko": {"korean": 80, "koryo": 8, "nepal_ko": 6, "uzbek_ko": 6},
}
NATIONALITY = {  # nationality keys by origin, with weights
    "basque": {"FR": 3, "ES": 1}, "corsican": {"FR": 1}, "occitan": {"FR": 1}, "armenian": {"FR": 3, "AM": 2},
    "kurdish": {"FR": 2, "TR": 1, "IQ": 1, "SY": 1}, "georgian": {"GE": 2, "FR": 1}, "amharic": {"FR": 2, "ET": 2},
    "hausa": {"GB": 2, "NG": 2}, "maori": {"NZ": 2, "GB": 1}, "tagalog": {"PH": 2, "GB": 1},
    "tibetan": {"GB": 2, "IN": 1, "NP": 1}, "hawaiian": {"US": 2, "GB": 1}, "quechua": {"PE": 2, "GB": 1},
    "sami": {"NO": 2, "SE": 1, "GB": 1}, "korean": {"KR": 1}, "koryo": {"UZ": 2, "KZ": 2, "RU": 1},
    "nepal_ko": {"NP": 1}, "uzbek_ko": {"UZ": 1},
}
NATIONALITY_EN = {"amharic": {"GB": 2, "ET": 1}}
ORIGIN_KEY = {"basque": "EU", "corsican": "CO", "occitan": "FR", "armenian": "AM", "kurdish": "KU", "georgian": "GE",
              "amharic": "ET", "hausa": "HA", "maori": "MI", "tagalog": "PH", "tibetan": "TB", "hawaiian": "HI",
              "quechua": "QU", "sami": "SA", "korean": "KR", "koryo": "KO", "nepal_ko": "NP", "uzbek_ko": "UZ"}
# key -> (fr masc, fr fem, fr country, en adjective, en country, ko country)
NATS = {
    "FR": ("français", "française", "France", "French", "France", "프랑스"),
    "ES": ("espagnol", "espagnole", "Espagne", "Spanish", "Spain", "스페인"),
    "EU": ("basque", "basque", "Pays basque", "Basque", "the Basque Country", "바스크"),
    "CO": ("corse", "corse", "Corse", "Corsican", "Corsica", "코르시카"),
    "AM": ("arménien", "arménienne", "Arménie", "Armenian", "Armenia", "아르메니아"),
    "KU": ("kurde", "kurde", "Kurdistan", "Kurdish", "Kurdistan", "쿠르드"),
    "TR": ("turc", "turque", "Turquie", "Turkish", "Turkey", "튀르키예"),
    "IQ": ("irakien", "irakienne", "Irak", "Iraqi", "Iraq", "이라크"),
    "SY": ("syrien", "syrienne", "Syrie", "Syrian", "Syria", "시리아"),
    "GE": ("géorgien", "géorgienne", "Géorgie", "Georgian", "Georgia", "조지아"),
    "ET": ("éthiopien", "éthiopienne", "Éthiopie", "Ethiopian", "Ethiopia", "에티오피아"),
    "GB": ("britannique", "britannique", "Royaume-Uni", "British", "the United Kingdom", "영국"),
    "NG": ("nigérian", "nigériane", "Nigeria", "Nigerian", "Nigeria", "나이지리아"),
    "HA": ("haoussa", "haoussa", "pays haoussa", "Hausa", "Hausaland", "하우사"),
    "NZ": ("néo-zélandais", "néo-zélandaise", "Nouvelle-Zélande", "New Zealander", "New Zealand", "뉴질랜드"),
    "MI": ("maori", "maorie", "Aotearoa", "Māori", "Aotearoa", "마오리"),
    "PH": ("philippin", "philippine", "Philippines", "Filipino", "the Philippines", "필리핀"),
    "TB": ("tibétain", "tibétaine", "Tibet", "Tibetan", "Tibet", "티베트"),
    "IN": ("indien", "indienne", "Inde", "Indian", "India", "인도"),
    "NP": ("népalais", "népalaise", "Népal", "Nepalese", "Nepal", "네팔"),
    "US": ("américain", "américaine", "États-Unis", "American", "the United States", "미국"),
    "HI": ("hawaïen", "hawaïenne", "Hawaï", "Hawaiian", "Hawaii", "하와이"),
    "PE": ("péruvien", "péruvienne", "Pérou", "Peruvian", "Peru", "페루"),
    "QU": ("quechua", "quechua", "Andes", "Quechua", "the Andes", "케추아"),
    "NO": ("norvégien", "norvégienne", "Norvège", "Norwegian", "Norway", "노르웨이"),
    "SE": ("suédois", "suédoise", "Suède", "Swedish", "Sweden", "스웨덴"),
    "SA": ("same", "same", "Sápmi", "Sámi", "Sápmi", "사미"),
    "KR": ("sud-coréen", "sud-coréenne", "Corée du Sud", "South Korean", "South Korea", "대한민국"),
    "KO": ("coréen", "coréenne", "Corée", "Koryo-saram", "Korea", "고려인"),
    "UZ": ("ouzbek", "ouzbèke", "Ouzbékistan", "Uzbek", "Uzbekistan", "우즈베키스탄"),
    "KZ": ("kazakh", "kazakhe", "Kazakhstan", "Kazakh", "Kazakhstan", "카자흐스탄"),
    "RU": ("russe", "russe", "Russie", "Russian", "Russia", "러시아"),
}
FR_FROM = {"EU": "du ", "CO": "de ", "AM": "d'", "KU": "du ", "GE": "de ", "ET": "d'", "ES": "d'", "TR": "de ",
           "IQ": "d'", "SY": "de "}
PLACEHOLDER_D = {"fr": "fr", "en": "britain", "ko": "korea"}  # a placement_data origin the base renderers accept
RELIGIONS = {"basque": ["catholic", "none"], "corsican": ["catholic", "none"], "occitan": ["catholic", "protestant",
                                                                                            "none"],
             "armenian": ["orthodox", "catholic"], "kurdish": ["muslim", "yezidi", "alevi"], "georgian": ["orthodox"],
             "amharic": ["orthodox", "muslim", "protestant"], "hausa": ["muslim", "christian"],
             "maori": ["lds", "anglican", "none"], "tagalog": ["catholic", "evangelical"], "tibetan": ["buddhist"],
             "hawaiian": ["lds", "protestant", "none"], "quechua": ["catholic", "evangelical"],
             "sami": ["lutheran", "laestadian", "none"], "korean": ["buddhist", "protestant", "catholic", "won", "none"],
             "koryo": ["orthodox", "protestant", "none"], "nepal_ko": ["hindu", "buddhist"], "uzbek_ko": ["muslim"]}

# --- towns: none in placement_data's or placement_fresh's pools ---------------------------------------------------
FR_TOWNS = [
    ("Anglet", "64600"), ("Hendaye", "64700"), ("Saint-Jean-de-Luz", "64500"), ("Biarritz", "64200"), ("Pau", "64000"),
    ("Ajaccio", "20000"), ("Porto-Vecchio", "20137"), ("Rodez", "12000"), ("Albi", "81000"), ("Castres", "81100"),
    ("Montauban", "82000"), ("Agen", "47000"), ("Périgueux", "24000"), ("Brive-la-Gaillarde", "19100"),
    ("Montluçon", "03100"), ("Nevers", "58000"), ("Auxerre", "89000"), ("Saint-Dizier", "52100"),
    ("Forbach", "57600"), ("Haguenau", "67500"), ("Vesoul", "70000"), ("Bourg-en-Bresse", "01000"),
    ("Montélimar", "26200"), ("Draguignan", "83300"), ("Sète", "34200"), ("Béziers", "34500"), ("Narbonne", "11100"),
    ("Carcassonne", "11000"), ("Dax", "40100"), ("Alfortville", "94140"), ("Arnouville", "95400"),
    ("Décines-Charpieu", "69150"), ("Valence", "26000"),
]
FR_STREETS = ["rue du Pont-Neuf", "avenue des Pyrénées", "chemin des Pêcheurs", "rue Jean-Baptiste Vico",
              "cours Napoléon", "rue de la Forge", "allée des Chênes", "impasse des Acacias", "rue du Stade",
              "avenue de la Libération", "lotissement Ur Alde", "rue du Fronton", "chemin de Halsou",
              "rue des Tanneurs", "boulevard du Lycée", "place des Platanes"]
FR_JOB_PLACES = ["Lacq (64)", "Tarnos", "Boucau (64)", "Mourenx", "Lescar", "Borgo (2B)", "Lucciana", "Capdenac",
                 "Figeac (46)", "Cahors", "Gaillac", "Muret (31)", "Portet-sur-Garonne", "Saint-Gaudens", "Lannemezan",
                 "Marmande", "Bergerac (24)", "Ussel", "Vichy", "Moulins (03)", "Digoin", "Chalon-sur-Saône", "Mâcon",
                 "Tournus", "Sarrebourg (57)", "Saverne", "Lunéville", "Pontarlier", "Dole (39)",
                 "Ambérieu-en-Bugey", "Pierrelatte (26)", "Brignoles", "Frontignan"]
EN_TOWNS = [  # (town, postcode area, county)
    ("Kendal", "LA", "Cumbria"), ("Workington", "CA", "Cumbria"), ("Barrow-in-Furness", "LA", "Cumbria"),
    ("Scarborough", "YO", "North Yorkshire"), ("Boston", "PE", "Lincolnshire"), ("Spalding", "PE", "Lincolnshire"),
    ("King's Lynn", "PE", "Norfolk"), ("Lowestoft", "NR", "Suffolk"), ("Stevenage", "SG", "Hertfordshire"),
    ("Bognor Regis", "PO", "West Sussex"), ("Hastings", "TN", "East Sussex"), ("Folkestone", "CT", "Kent"),
    ("Yeovil", "BA", "Somerset"), ("Taunton", "TA", "Somerset"), ("Torquay", "TQ", "Devon"), ("Truro", "TR", "Cornwall"),
    ("Hereford", "HR", "Herefordshire"), ("Shrewsbury", "SY", "Shropshire"), ("Telford", "TF", "Shropshire"),
    ("Crewe", "CW", "Cheshire"), ("Darlington", "DL", "County Durham"), ("Carlisle", "CA", "Cumbria"),
    ("Falkirk", "FK", "Stirlingshire"), ("Greenock", "PA", "Inverclyde"), ("Kilmarnock", "KA", "Ayrshire"),
    ("Bridgend", "CF", "Glamorgan"), ("Llandudno", "LL", "Conwy"), ("Newry", "BT", "County Down"),
]
EN_STREETS = ["Stricklandgate", "Fisher Street", "Wellington Terrace", "Marine Parade", "Jubilee Close", "Orchard Way",
              "Castle Hill", "Quarry Road", "Harbour View", "Meadow Rise", "Foundry Lane", "Priory Walk"]
EN_JOB_PLACES = ["Sherburn-in-Elmet", "Magna Park", "Goole", "Selby", "Scunthorpe", "Ellesmere Port", "Runcorn", "Widnes",
                 "Skelmersdale", "Chorley", "Crick", "Corringham", "Sittingbourne", "Aylesford", "Harwich",
                 "Stowmarket", "Wisbech", "Bury St Edmunds", "Cumbernauld", "Livingston", "Barry", "Pembroke Dock"]
KO_TOWNS = [  # (full region, short name, district)
    ("경기도 오산시", "오산", "세마동"), ("경기도 양주시", "양주", "옥정동"), ("경기도 동두천시", "동두천", "생연동"),
    ("경기도 구리시", "구리", "인창동"), ("강원특별자치도 속초시", "속초", "조양동"), ("강원특별자치도 동해시", "동해", "천곡동"),
    ("충청북도 제천시", "제천", "청전동"), ("충청남도 보령시", "보령", "대천동"), ("충청남도 논산시", "논산", "취암동"),
    ("전라북도 정읍시", "정읍", "수성동"), ("전라남도 나주시", "나주", "빛가람동"), ("경상북도 상주시", "상주", "남성동"),
    ("경상북도 문경시", "문경", "모전동"), ("제주특별자치도 서귀포시", "서귀포", "동홍동"),
]
KO_ROADS = ["세마역로", "옥정동로", "평화로", "인창중앙로", "청초호반로", "천곡로", "의림대로", "대천로", "시민회관길",
            "수성로", "빛가람로", "남성로", "모전로", "동홍로"]
KO_APTS = ["", "", "한양수자인 104동 602호", "부영아파트 9동 1203호", "휴먼시아 201동 1102호", "투룸 302호", "반지하 B02호"]
KO_JOB_PLACES = ["음성", "증평", "예산", "홍성", "영암", "고령", "함안", "김제", "장성", "횡성", "괴산", "청도"]
BIRTH = {  # origin -> places of birth as a CV in fr / en / ko writes them
    "basque": ["Ustaritz", "Hasparren", "Mauléon-Licharre", "Donostia (Espagne)", "Gernika (Espagne)"],
    "corsican": ["Sartène", "Corte", "Calvi", "Propriano"],
    "occitan": ["Millau", "Lodève", "Saint-Affrique", "Castelnaudary"],
    "armenian": ["Erevan (Arménie)", "Gyumri (Arménie)", "Vanadzor (Arménie)", "Beyrouth (Liban)"],
    "kurdish": ["Diyarbakır (Turquie)", "Erbil (Irak)", "Qamichli (Syrie)", "Duhok (Irak)"],
    "georgian": ["Tbilissi (Géorgie)", "Koutaïssi (Géorgie)", "Batoumi (Géorgie)", "Roustavi (Géorgie)"],
    "amharic": ["Addis-Abeba (Éthiopie)", "Gondar (Éthiopie)", "Dire Dawa (Éthiopie)"],
    "hausa": ["Kano, Nigeria", "Zaria, Nigeria", "Sokoto, Nigeria", "Maradi, Niger"],
    "maori": ["Rotorua, New Zealand", "Gisborne, New Zealand", "Whanganui, New Zealand"],
    "tagalog": ["Batangas, Philippines", "Lucena, Philippines", "Malolos, Philippines"],
    "tibetan": ["Dharamshala, India", "Pokhara, Nepal", "Bylakuppe, India"],
    "hawaiian": ["Hilo, Hawaii", "Kailua, Hawaii", "Wailuku, Hawaii"],
    "quechua": ["Cusco, Peru", "Ayacucho, Peru", "Huancavelica, Peru"],
    "sami": ["Karasjok, Norway", "Kautokeino, Norway", "Jokkmokk, Sweden"],
    "korean": ["전라남도 완도군", "경상북도 청송군", "강원특별자치도 정선군", "충청북도 단양군", "경상남도 하동군", "전라북도 고창군"],
    "koryo": ["우즈베키스탄 타슈켄트", "카자흐스탄 알마티", "러시아 사할린"],
    "nepal_ko": ["네팔 포카라", "네팔 치트완"],
    "uzbek_ko": ["우즈베키스탄 사마르칸트", "우즈베키스탄 페르가나"],
}
HOME_BIRTH = {"fr": ["Tarbes-Lourdes", "Oloron-Sainte-Marie", "Bonifacio"], "en": ["Penrith", "Whitehaven"], "ko": []}


# --- the blind3 sheet: its own identity, nationality and religion ---------------------------------------------------
class Blind3Sheet(Sheet):
    """A Sheet whose nationality and religion are written with the blind3 split's wording."""

    def bit(self, family: str, mode: str = "bare") -> str | None:
        if family not in RENDER3:
            return super().bit(family, mode)
        if not self.has(family):
            return None
        self.done.add(family)
        return RENDER3[family](self, mode)


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
    p.b3_origin = origin
    p.email, p.phone, p.linkedin = _contact(rng, lang, first, last, first if hangul else "")
    if lang == "fr":
        p.town = rng.choice(FR_TOWNS)
        p.postcode = p.town[1]
        p.street = f"{rng.randint(1, 90)} {rng.choice(FR_STREETS)}{rng.choice(D.FR_STREET_EXTRA)}"
        home, places = p.town[0], FR_JOB_PLACES
    elif lang == "en":
        p.town = rng.choice(EN_TOWNS)
        letters = "".join(rng.choice("ABDEFGHJLNPQRSTUWXYZ") for _ in range(2))
        p.postcode = f"{p.town[1]}{rng.randint(1, 29)} {rng.randint(1, 9)}{letters}"
        p.street = f"{rng.choice(['', '', 'Flat 4, ', 'Apartment 9, '])}{rng.randint(1, 180)} {rng.choice(EN_STREETS)}"
        home, places = p.town[0], EN_JOB_PLACES
    else:
        p.town, p.postcode = rng.choice(KO_TOWNS), ""
        apt = rng.choice(KO_APTS)
        p.street = f"{rng.choice(KO_ROADS)} {rng.randint(1, 299)}" + (f", {apt}" if apt else "")
        home, places = p.town[1], KO_JOB_PLACES
    for job, place in zip(p.jobs, rng.sample([x for x in places if home not in x], len(p.jobs))):
        job.place = place
    if p.sex == "M":  # no 'Barmaid' on a man's CV
        for job in p.jobs:
            if job.en_female:
                job.en, job.en_female = rng.choice(p.trade.en_titles), False
    births = BIRTH[origin]
    p.birth_place = rng.choice(HOME_BIRTH[lang] if HOME_BIRTH[lang] and rng.random() < 0.2 else births)
    nats = NATIONALITY_EN.get(origin, NATIONALITY[origin]) if lang == "en" else NATIONALITY[origin]
    p.b3_nat = (_weighted(rng, nats),) if len(nats) == 1 or rng.random() > 0.15 else tuple(sorted(nats))[:2]
    p.religion = rng.choice(RELIGIONS[origin])


def blind3(langs=LANGS):
    """Register a layout of this split: the sheet gets its identity before the layout writes the CV."""
    def deco(fn):
        @functools.wraps(fn)
        def run(s: Sheet) -> str:
            s.__class__ = Blind3Sheet
            renew(s)
            return fn(s)
        layout(langs, split=SPLIT)(run)
        return run
    return deco


def someone(s: Sheet, sex: str | None = None, form: str = "plain", kin: bool = False) -> str:
    """Another person's name (a referee, an adviser; a child or partner, of the author's origin when kin): drawn from
    the split's pools of the CV's language, planted as 'name'. form: 'plain', 'first' or 'last'."""
    sex = sex or s.pick("FM")
    _, first, last, hangul = draw(s.rng, s.lang, sex, s.p.b3_origin if kin else None)
    if hangul:
        text = {"first": hangul[len(last):], "last": hangul}.get(form, hangul)
    else:
        text = {"first": first, "last": last}.get(form, f"{first} {last}")
    return s.plant("name", text)


def other_contact(s: Sheet, who: str) -> str:
    """A phone number for another person named who; planted as 'contact'."""
    tel = _contact(s.rng, s.lang, who.split()[0], who.split()[-1], "")[1]
    return s.plant("contact", tel)


# --- nationality and religion in this split's wording -------------------------------------------------------------
def nat_forms(s: Sheet) -> list[str]:
    """Every form of the author's nationalities and origin (kept out of facts)."""
    keys = set(s.p.b3_nat) | {ORIGIN_KEY[s.p.b3_origin]}
    return [f for k in keys for f in (NATS[k][0], NATS[k][1], NATS[k][3], NATS[k][5])]


def _fr_adj(s: Sheet, key: str, cap: bool = False) -> str:
    masc, fem = NATS[key][:2]
    if cap:
        masc, fem = masc[0].upper() + masc[1:], fem[0].upper() + fem[1:]
    return s.plant("nationality", fem, (masc,))


def r_nationality(s: Sheet, mode: str) -> str:
    """Nationality or origin: 'de nationalité géorgienne', 'originaire du Kurdistan', 'Holder of a Peruvian
    passport', '고려인 동포'."""
    nat, origin = s.p.b3_nat, ORIGIN_KEY[s.p.b3_origin]
    if s.lang == "fr":
        if origin not in nat and origin != "FR" and s.chance(0.45):
            if origin in FR_FROM and s.chance(0.4):
                return f"originaire {FR_FROM[origin]}" + s.plant("nationality", NATS[origin][2])
            return s.pick(["d'origine ", "de culture "]) + _fr_adj(s, origin)
        if mode == "field":
            return f"{s.pick(['Nationalité', 'Citoyenneté'])}{s.sep}" + " / ".join(
                _fr_adj(s, k, s.chance(0.5)) for k in nat)
        if mode == "bare" and len(nat) == 1 and s.chance(0.3):
            masc, fem = NATS[nat[0]][:2]
            return s.gv("nationality", fem[0].upper() + fem[1:], masc[0].upper() + masc[1:])
        lead = "de nationalité " if mode == "prose" else s.pick(["Nationalité ", "De nationalité "])
        return lead + " et ".join(_fr_adj(s, k) for k in nat)
    if s.lang == "en":
        adj = lambda k: s.plant("nationality", NATS[k][3])
        if origin not in nat and s.chance(0.4):
            return s.pick([lambda: f"{adj(origin)} heritage", lambda: f"proud {adj(origin)}",
                           lambda: f"raised in {s.plant('nationality', NATS[origin][4])}"])()
        if mode == "field":
            return f"{s.pick(['Nationality', 'Passport'])}{s.sep}" + " and ".join(adj(k) for k in nat)
        if len(nat) == 2:
            return f"{adj(nat[0])}-{adj(nat[1])} dual national"
        return s.pick([lambda: f"Holder of a {adj(nat[0])} passport", lambda: f"{adj(nat[0])} national",
                       lambda: f"Citizenship – {adj(nat[0])}"])()
    country = NATS[nat[-1]][5]
    if origin == "KO" and s.chance(0.6):
        return s.plant("nationality", "고려인") + " 동포 (" + s.plant("nationality", country) + " 출생)"
    if mode == "field" or nat == ("KR",):
        return s.pick(["국적", "국 적"]) + s.sep + s.plant("nationality", country)
    return s.pick([lambda: s.plant("nationality", f"{country}인"), lambda: s.plant("nationality", f"{country} 국적")])()


REL_FR = {"catholic": ("catholique", "catholique"), "none": ("sans confession", "sans confession"),
          "protestant": ("protestante", "protestant"), "muslim": ("musulmane", "musulman"),
          "yezidi": ("yézidie", "yézidi"), "alevi": ("alévie", "alévi"), "orthodox": ("orthodoxe", "orthodoxe")}
REL_EN = {"muslim": "Muslim", "christian": "Christian", "orthodox": "Orthodox Christian", "protestant": "Protestant",
          "lds": "Latter-day Saint", "anglican": "Anglican", "none": "No religion", "catholic": "Roman Catholic",
          "evangelical": "Evangelical", "buddhist": "Buddhist", "lutheran": "Lutheran", "laestadian": "Laestadian"}
REL_KO = {"buddhist": "불교", "protestant": "개신교", "catholic": "천주교", "won": "원불교", "none": "무교",
          "orthodox": "정교회", "hindu": "힌두교", "muslim": "이슬람교"}
REL_HOBBY = {
    "fr": {"catholic": ["Chants à la {messe} du dimanche", "{Procession de la Fête-Dieu} avec l'association du village"],
           "orthodox": ["Chants liturgiques à l'{église orthodoxe}", "{Carême orthodoxe} (repas adaptés)"],
           "muslim": ["Aide aux devoirs à la {mosquée} du quartier", "{Jeûne du ramadan} : horaires adaptés bienvenus"],
           "yezidi": ["Membre de l'{association yézidie} locale"], "alevi": ["Saz à la {cemevi} de Strasbourg"],
           "protestant": ["Chorale du {temple protestant}", "Scoutisme aux {Éclaireurs unionistes}"], "none": []},
    "en": {"muslim": ["Volunteer at the {masjid} food bank"], "orthodox": ["Choir at {St George's Orthodox Church}"],
           "lds": ["{Relief Society} volunteer", "{Seminary} teacher at my {ward}"],
           "anglican": ["{Parish church} bell ringer"], "buddhist": ["{Dharma} study group"],
           "evangelical": ["Worship band at the {Evangelical church}"], "lutheran": ["{Lutheran} church choir"],
           "laestadian": ["{Laestadian} summer services"], "catholic": ["{Catholic} youth group leader"],
           "christian": ["{Bible study} group"], "protestant": ["{Chapel} choir"], "none": []},
    "ko": {"buddhist": ["{연등회} 봉사"], "protestant": ["{교회 찬양대} 반주"], "catholic": ["{성당 빈첸시오회} 봉사"],
           "won": ["{원불교 교당} 청년회"], "orthodox": ["{정교회} 성가대"], "hindu": ["{힌두 사원} 봉사"],
           "muslim": ["{이슬람 사원} 금요 예배"], "none": []},
}


def r_religion(s: Sheet, mode: str) -> str:
    """Religion: a field, a self-description, or an activity that tells it."""
    key = s.p.religion
    hobbies = REL_HOBBY[s.lang].get(key, [])
    if mode in ("bare", "hobby", "prose") and hobbies and s.chance({"hobby": 0.9, "bare": 0.5}.get(mode, 0.3)):
        return _braced(s, s.pick(hobbies), "religion")
    if s.lang == "fr":
        fem, masc = REL_FR[key]
        if mode == "field":
            return f"{s.pick(['Religion', 'Confession'])}{s.sep}" + s.plant("religion", fem, (masc,))
        if key == "none":
            return s.plant("religion", "sans confession" if mode == "prose" else "Sans confession")
        if s.chance(0.5):
            return "de confession " + s.plant("religion", fem, (masc,))
        word = s.gv("religion", fem, masc) if mode == "prose" else s.gv("religion", fem.capitalize(), masc.capitalize())
        return word + (" " + s.gv("religion", "croyante", "croyant") if s.chance(0.4) else "")
    if s.lang == "en":
        word = REL_EN[key]
        if mode == "field" or key == "none":
            return s.field(s.pick(["Religion", "Faith"]), word, "religion", whole=key == "none")
        return s.pick(["Practising ", "Committed ", ""]) + s.plant("religion", word)
    return "종교" + s.sep + s.plant("religion", REL_KO.get(key, "무교"))


RENDER3 = {"nationality": r_nationality, "religion": r_religion}


# --- sections ------------------------------------------------------------------------------------------------------
EXTRA_LANGS = {  # languages of an origin, with levels (facts; dropped when they name the author's nationality)
    "fr": {"basque": [("Euskara", ["bilingue", "courant"])], "corsican": [("Corse", ["courant"])],
           "occitan": [("Occitan", ["courant", "notions"])], "armenian": [("Arménien", ["bilingue"])],
           "kurdish": [("Kurmandji", ["bilingue"]), ("Turc", ["courant"])], "georgian": [("Russe", ["courant"])],
           "amharic": [("Amharique", ["bilingue"]), ("Tigrinya", ["notions"])]},
    "en": {"hausa": [("Hausa", ["native"]), ("Yoruba", ["basic"])], "amharic": [("Amharic", ["native"])],
           "maori": [("te reo", ["conversational"])], "tagalog": [("Tagalog", ["native"])],
           "tibetan": [("Tibetan", ["native"]), ("Hindi", ["conversational"])], "hawaiian": [("ʻŌlelo", ["basic"])],
           "quechua": [("Quechua", ["native"]), ("Spanish", ["fluent"])], "sami": [("Northern Sámi", ["fluent"])]},
    "ko": {"koryo": [("러시아어", ["모국어"])], "nepal_ko": [("네팔어", ["모국어"]), ("힌디어", ["중급"])],
           "uzbek_ko": [("우즈베크어", ["모국어"]), ("러시아어", ["능통"])]},
}


def tongues(s: Sheet) -> list[str]:
    """Languages spoken (facts), none naming the author's nationality or origin."""
    forms = nat_forms(s)

    def names_origin(text: str) -> bool:
        return any(f in text if s.lang == "ko" else pattern(f).search(text) for f in forms)

    extra = EXTRA_LANGS[s.lang].get(s.p.b3_origin, [])
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


def bbody(s: Sheet, exp_style: str = "line", with_profile: bool = True) -> list[str]:
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


# --- 1. a CV pasted in the body of an e-mail -------------------------------------------------------------------------
@blind3()
def mail_body(s: Sheet) -> str:
    """An e-mail with the CV pasted in its body (no attachment): the headers with the sender's display name, a short
    greeting with a few personal details, the CV, then the signature block sent from a phone."""
    s.p.families.add("contact")
    fr, en = s.lang == "fr", s.lang == "en"
    sender = name(s, "plain")
    mail = email(s)
    employer = s.fact(s.p.jobs[-1].employer) if s.chance(0.3) else None
    to = "recrutement@" + s.pick(["interim-sudouest.fr", "groupe-adour.fr", "agence-emploi.fr"]) if fr else \
        "jobs@" + s.pick(["northwest-staffing.co.uk", "taylorsrecruitment.co.uk"]) if en else \
        "recruit@" + s.pick(["hanbit-hr.co.kr", "daeyang.co.kr"])
    if fr:
        head = [f"De : {sender} <{mail}>", f"À : {to}", "Date : lun. 16 sept. 2024 à 07:52",
                f"Objet : Candidature {headline(s)} – CV dans le mail", "", "Bonjour,", ""]
        intro = [x for x in (s.bit("age", "prose"), s.bit("residence", "prose"), s.bit("family", "prose")) if x]
        head.append("Je vous envoie mon CV directement dans le corps du mail, je n'arrive pas à joindre le fichier "
                    "depuis mon téléphone." + (" Pour me présenter rapidement : " + ", ".join(intro) + "." if intro else ""))
        if employer:
            head.append(f"J'ai déjà travaillé en mission chez {employer}.")
        close = ["Dans l'attente de votre retour,", "Bien à vous,", ""]
        sent = "Envoyé de mon iPhone"
    elif en:
        head = [f"From: {sender} <{mail}>", f"To: {to}", "Sent: Monday, 16 September 2024 07:52",
                f"Subject: {headline(s)} – my CV (below)", "", "Hi there,", ""]
        intro = [x for x in (s.bit("age", "prose"), s.bit("residence", "prose"), s.bit("family", "prose")) if x]
        head.append("Please see my CV below, I couldn't attach it from my phone." +
                    (" A bit about me: " + ", ".join(intro) + "." if intro else ""))
        if employer:
            head.append(f"I have worked through you before at {employer}.")
        close = ["Thanks for your time,", "Cheers,", ""]
        sent = "Sent from my Samsung Galaxy smartphone."
    else:
        head = [f"보낸 사람: {sender} <{mail}>", f"받는 사람: {to}", "날짜: 2024년 9월 16일 (월) 오전 7:52",
                f"제목: [입사지원] {headline(s)} 지원합니다 (본문 이력서)", "", "안녕하세요, 채용 담당자님.", ""]
        intro = [x for x in (s.bit("residence", "prose"),) if x]
        head.append("휴대폰이라 파일 첨부가 되지 않아 본문에 이력서를 붙여 보내드립니다." +
                    (" " + " ".join(intro) + " 지원자입니다." if intro else ""))
        if employer:
            head.append(f"예전에 {employer}에서 근무한 적이 있습니다.")
        close = ["검토 부탁드립니다.", "감사합니다.", ""]
        sent = "네이버 메일 앱에서 보냄"
    marker = {"fr": "----- CV -----", "en": "----- CV -----", "ko": "----- 이력서 -----"}[s.lang]
    lines = head + ["", marker, headline(s, "upper" if s.lang != "ko" else "cap"), ""] + bbody(s) + ["", marker, ""]
    more = s.bits(mode="bare")
    if more:
        lines.append(("PS : " if fr else "PS: " if en else "추신: ") + "; ".join(more))
        lines.append("")
    sign = [first_name(s) if s.chance(0.5) else name(s, s.pick(["plain", "first LAST"]))]
    tel = phone(s)
    res = s.bit("residence", "bare")
    sign += [x for x in (tel, one_line(res)) if x]
    return "\n".join(lines + close + sign + ["", sent])


# --- 2. a row of a spreadsheet flattened ------------------------------------------------------------------------------
SHEET_COLS = {
    "fr": ["nom", "prénom", "âge", "sexe", "ville", "code postal", "nationalité", "situation familiale", "téléphone",
           "e-mail", "poste", "expérience", "permis", "disponibilité", "langues", "parcours", "notes"],
    "en": ["Surname", "First name", "Age", "Gender", "Town", "Postcode", "Nationality", "Marital status", "Phone",
           "Email", "Current role", "Experience", "Licence", "Notice", "Languages", "Work history", "Notes"],
    "ko": ["이름", "나이", "성별", "거주지", "국적", "결혼여부", "연락처", "이메일", "희망직무", "경력", "자격증", "입사가능일",
           "외국어", "경력사항", "비고"],
}


def _status(s: Sheet) -> str:
    p = s.p
    if s.lang == "fr":
        fem, masc = {"single": ("célibataire", "célibataire"), "married": ("mariée", "marié"),
                     "pacs": ("pacsée", "pacsé"), "divorced": ("divorcée", "divorcé"), "widowed": ("veuve", "veuf"),
                     "couple": ("en couple", "en couple")}[p.marital]
        text = s.gv("family", fem, masc)
        return text + (f", {s.plant('family', f'{p.children} enf.')}" if p.children else "")
    if s.lang == "en":
        text = s.plant("family", {"single": "Single", "married": "Married", "pacs": "Civil partnership",
                                  "divorced": "Divorced", "widowed": "Widowed", "couple": "Cohabiting"}[p.marital])
        return text + (f" + {s.plant('family', f'{p.children} kids')}" if p.children else "")
    text = s.plant("family", {"single": "미혼", "couple": "미혼", "divorced": "이혼", "widowed": "사별"}.get(p.marital,
                                                                                                     "기혼"))
    return text + (f"(자녀 {s.plant('family', f'{p.children}명')})" if p.children else "")


@blind3()
def sheet_row(s: Sheet) -> str:
    """A candidate pool kept in a spreadsheet, one row exported (CSV with ';' in French, ',' with quotes in English,
    tabs in Korean): a header of columns and a row of values, empty cells where nothing was filled in."""
    p, fam = s.p, s.p.families
    cols = SHEET_COLS[s.lang]
    v: dict[str, str] = {}
    get = lambda f: f in fam and (s.done.add(f) or True)
    if s.lang == "ko":
        v["이름"] = name(s)
        if get("age"):
            v["나이"] = s.plant("age", f"{p.age}세")
        if get("sex"):
            v["성별"] = s.plant("sex", "여성" if s.female else "남성")
        if get("residence"):
            v["거주지"] = s.plant("residence", f"{p.town[1]} {p.town[2]}")
        if get("nationality"):
            v["국적"] = s.plant("nationality", NATS[p.b3_nat[-1]][5])
        if get("family"):
            v["결혼여부"] = _status(s)
        v["연락처"], v["이메일"] = phone(s) or "", email(s) or ""
        v["희망직무"], v["경력"], v["자격증"] = headline(s), duration(s), licence(s)
        v["입사가능일"], v["외국어"] = availability(s), ", ".join(tongues(s))
        v["경력사항"] = " / ".join(experience(s, "table"))
        v["비고"] = " / ".join(rest(s, "bare"))
        sep = "\t"
        title = f"지원자 관리대장_2024.xlsx – 시트1 (행 {s.rng.randint(12, 140)})"
    else:
        fr = s.lang == "fr"
        c = cols
        last = p.last.upper() if s.chance(0.6) else p.last
        v[c[0]], v[c[1]] = s.plant("name", last), s.plant("name", p.first)
        if get("age"):
            v[c[2]] = s.plant("age", str(p.age))
        if get("sex"):
            v[c[3]] = s.plant("sex", ("Femme" if s.female else "Homme") if fr else ("Female" if s.female else "Male"))
        if get("residence"):
            v[c[4]] = s.plant("residence", p.town[0])
            v[c[5]] = s.plant("residence", p.postcode)
        if get("nationality"):
            v[c[6]] = " / ".join(_fr_adj(s, k, True) if fr else s.plant("nationality", NATS[k][3]) for k in p.b3_nat)
        if get("family"):
            v[c[7]] = _status(s)
        v[c[8]], v[c[9]] = phone(s) or "", email(s) or ""
        v[c[10]], v[c[11]], v[c[12]] = headline(s), duration(s), licence(s)
        v[c[13]], v[c[14]] = availability(s), ", ".join(tongues(s))
        v[c[15]] = " / ".join(x.replace(" | ", ", ") for x in experience(s, "table"))
        v[c[16]] = " / ".join(rest(s, "bare"))
        sep = ";" if fr else ","
        title = (f"Export vivier candidats – onglet « 2024 » (ligne {s.rng.randint(12, 140)})" if fr else
                 f"Candidate tracker.xlsx – sheet 'Applicants' (row {s.rng.randint(12, 140)})")

    def cell(x: str) -> str:
        if s.lang == "en" and ("," in x or '"' in x):
            return '"' + x.replace('"', '""') + '"'
        return x.replace(";", ",") if s.lang == "fr" else x

    footer = {"fr": "1 ligne exportée", "en": "1 row exported", "ko": "1건"}[s.lang]
    return "\n".join([title, sep.join(cols), sep.join(cell(v.get(k, "")) for k in cols), "", footer])


# --- 3. a job centre's plan printed out ------------------------------------------------------------------------------
@blind3()
def jobcentre_plan(s: Sheet) -> str:
    """A job centre's plan for a jobseeker, printed: a French PPAE (France Travail), a British Universal Credit
    Claimant Commitment, a Korean 국민취업지원제도 IAP; the adviser's name, the 'obstacles' (children, health) and
    the search area around home among the administrative fields."""
    p = s.p
    adviser_sex = s.pick("FM")
    if s.lang == "fr":
        adviser = ("Mme " if adviser_sex == "F" else "M. ") + someone(s, adviser_sex)
        out = ["France Travail", "PROJET PERSONNALISÉ D'ACCÈS À L'EMPLOI (PPAE)", "Édité le 16/09/2024 – page 1/2", "",
               f"Demandeur d'emploi : {name_line(s, 'LAST first')}",
               f"Identifiant : {s.rng.randint(1000000, 9999999)}{s.pick('ABCDEHJK')}",
               f"Catégorie : A – {s.g('Inscrite', 'Inscrit')} depuis le 0{s.rng.randint(1, 9)}/0{s.rng.randint(1, 8)}/2024",
               f"Conseiller référent : {adviser}"]
        res = s.bit("residence", "field")
        out += ([res] if res else []) + contact_items(s, labelled=True)
        out += ["", "1. MÉTIER(S) RECHERCHÉ(S)", f"Métier : {headline(s)} (code ROME {p.trade.rome[0]})",
                "Types de contrat : CDI, CDD de plus de 6 mois, Intérim",
                f"Zone de recherche : {s.pick([20, 30, 40])} km autour du domicile", f"Disponibilité : {availability(s)}",
                "", "2. ATOUTS", f"Expérience : {duration(s)}", f"Compétences : {', '.join(skills(s))}",
                f"Langues : {', '.join(tongues(s))}", licences(s), "", "3. EXPÉRIENCES", *experience(s, "table"), "",
                "4. FORMATIONS", *education(s), "", "5. FREINS PÉRIPHÉRIQUES IDENTIFIÉS"]
        brakes = [x for x in (s.bit("family", "field"), s.bit("health", "field")) if x]
        out += [f"- {x}" for x in brakes] or ["- Aucun"]
        more = s.bits(mode="field")
        out += (["", "6. AUTRES INFORMATIONS", *more] if more else [])
        out += ["", "Actions prévues : atelier « Valoriser son image professionnelle » le 23/09/2024",
                f"Signature {s.g('de la demandeuse', 'du demandeur')} : {name(s, 'plain')}",
                f"Signature du conseiller : {adviser}"]
        return "\n".join(out)
    if s.lang == "en":
        coach = ("Ms " if adviser_sex == "F" else "Mr ") + someone(s, adviser_sex, "last")
        out = ["Universal Credit – Your Claimant Commitment", "Accepted on 16 September 2024", "",
               f"Name: {name(s, 'plain')}", f"Work coach: {coach}"]
        if s.has("residence"):
            s.done.add("residence")
            out.append(f"Jobcentre: {s.plant('residence', p.town[0])} Jobcentre Plus")
            out.append(f"Address held: {s.plant('residence', p.street)}, {s.plant('residence', p.postcode)}")
        out += contact_items(s, labelled=True)
        out += ["", "WHAT I WILL DO", f"Look and apply for work as a {headline(s, 'lower')} for 35 hours a week.",
                "I will travel up to 90 minutes each way for work.", f"When I can start: {availability(s)}", "",
                "ABOUT MY WORK SO FAR", f"Experience: {duration(s)}", *experience(s, "line"), "", "Qualifications:",
                *education(s), f"Skills: {', '.join(skills(s))}", f"Languages: {', '.join(tongues(s))}", licences(s),
                "", "MY CIRCUMSTANCES (taken into account)"]
        circ = [x for x in (s.bit("family", "field"), s.bit("health", "field"), s.bit("age", "field")) if x]
        out += [f"- {x}" for x in circ] or ["- None recorded"]
        more = s.bits(mode="field")
        out += (["", "OTHER NOTES", *more] if more else [])
        out += ["", f"I accept this commitment. {name(s, 'plain')}"]
        return "\n".join(out)
    counsellor = someone(s, adviser_sex)
    out = ["국민취업지원제도 개인별 취업활동계획서(IAP)", "출력일: 2024-09-16", ""]
    if s.has("residence"):
        s.done.add("residence")
        out.append(f"관할: {s.plant('residence', p.town[1])} 고용복지플러스센터")
    out += [f"참여자: {name(s)}", f"담당 상담사: {counsellor}"]
    born = s.bit("birth", "field")
    out += ([born] if born else []) + contact_items(s, labelled=True)
    if s.has("sex"):
        s.done.add("sex")
        out.append(military(s))
    out += ["", "1. 희망 직종", f"직종: {headline(s)}", f"희망 근무지: 거주지 반경 {s.pick([10, 20, 30])}km",
            f"근무 가능일: {availability(s)}", "", "2. 경력 및 역량", f"총 경력: {duration(s)}", *experience(s), "",
            "학력", *education(s), "", f"보유 자격: {licence(s)}", f"외국어: {', '.join(tongues(s))}",
            f"보유 기술: {', '.join(skills(s))}", "", "3. 취업 장애요인"]
    barriers = [x for x in (s.bit("family", "field"), s.bit("health", "field")) if x]
    out += [f"- {x}" for x in barriers] or ["- 없음"]
    more = s.bits(mode="field")
    out += (["", "4. 기타", *more] if more else [])
    out += ["", f"참여자 서명: {name(s)}", f"상담사 확인: {counsellor}"]
    return "\n".join(out)


# --- 4. a formal letter then the CV ----------------------------------------------------------------------------------
@blind3(("fr", "en"))
def motivation_then_cv(s: Sheet) -> str:
    """A formal application letter (the sender's block top left, the employer's block, place and date, subject,
    enclosure) followed by the CV itself on the next page; personal details in both."""
    p, fr = s.p, s.lang == "fr"
    sender = [name(s, "plain")]
    if s.has("residence"):
        s.done.add("residence")
        town = f"{s.plant('residence', p.postcode)} {s.plant('residence', p.town[0])}"
        sender += [s.plant("residence", p.street)] + ([town] if fr else
                                                        [s.plant("residence", p.town[0]),
                                                         s.plant("residence", p.postcode)])
        place = s.plant("residence", p.town[0])
    else:
        place = ""
    sender += contact_items(s)
    job = p.jobs[0]
    if fr:
        recipient = ["", "\t\t\t\t\tService des ressources humaines", "\t\t\t\t\tÀ l'attention du responsable du recrutement",
                     "", f"\t\t\t\t\t{'À ' + place + ', le' if place else 'Le'} 16 septembre 2024", "",
                     f"Objet : candidature au poste de {headline(s, 'lower')}", "P.J. : curriculum vitae", "",
                     "Madame, Monsieur,", ""]
        intro = [x for x in (s.bit("age", "prose"), s.bit("family", "prose"), s.bit("nationality", "prose")) if x]
        letter = [f"Actuellement {title_text(s, job, 'lower')} chez {s.fact(job.employer)}, je me permets de vous "
                  f"adresser ma candidature." + (" " + "Pour me présenter : " + ", ".join(intro) + "." if intro else ""),
                  f"Forte de mon expérience ({duration(s, lower=True)}), je maîtrise {', '.join(skills(s, 2))}."
                  if s.female else
                  f"Fort de mon expérience ({duration(s, lower=True)}), je maîtrise {', '.join(skills(s, 2))}.",
                  f"{availability(s)}, je reste à votre disposition pour un entretien.", "",
                  "Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.", "",
                  "\t\t\t\t\t" + name(s, "first LAST")]
        if s.female:
            s.plant("sex", "Forte")
        cv_head = ["", "— page 2 —", "", "CURRICULUM VITAE", name_line(s, "LAST first"), headline(s, "upper")]
    else:
        recipient = ["", "The Recruitment Team", "", f"{place + ', ' if place else ''}16 September 2024", "",
                     f"Re: {headline(s)} vacancy", "Enclosure: CV", "", "Dear Sir or Madam,", ""]
        intro = [x for x in (s.bit("age", "prose"), s.bit("family", "prose"), s.bit("nationality", "bare")) if x]
        letter = [f"I am writing to apply for the above post. I currently work at {s.fact(job.employer)} as a "
                  f"{title_text(s, job, 'lower')}." + (" About me: " + "; ".join(intro) + "." if intro else ""),
                  f"I bring {duration(s, lower=True)} and I am confident with {', '.join(skills(s, 2))}.",
                  f"{availability(s)}, and I would welcome an interview.", "", "Yours faithfully,", "",
                  name(s, "plain")]
        cv_head = ["", "— page 2 —", "", "CURRICULUM VITAE", name_line(s, "plain"), headline(s, "upper")]
    cv = cv_head + [""] + bbody(s) + [""] + rest(s, "field")
    return "\n".join(sender + recipient + letter + cv)


# --- 5. a résumé with named referees ---------------------------------------------------------------------------------
REF_ROLES = {"fr": ["chef d'équipe", "responsable d'exploitation", "gérant", "cadre de santé", "chef de chantier"],
             "en": ["Line Manager", "Shift Supervisor", "Store Manager", "Site Manager", "Team Leader"],
             "ko": ["팀장", "현장 소장", "과장", "센터장", "반장"]}


@blind3()
def referees(s: Sheet) -> str:
    """A US-style résumé (headings in capitals, bullets under each job) ending with named referees: their names (markers
    too), their roles at the author's former employers, their phone numbers; 'References available upon request'
    for the rest. French and Korean CVs with a 'Références' / '추천인' block of the same kind."""
    p, fr, en = s.p, s.lang == "fr", s.lang == "en"
    res = s.bit("residence", "bare")
    top = [name(s, "CAPS" if s.lang != "ko" else None), joined([one_line(res), *contact_items(s)], " • ")]
    heads = {"fr": ("PROFIL", "EXPÉRIENCE PROFESSIONNELLE", "FORMATION", "COMPÉTENCES", "LANGUES",
                    "INFORMATIONS COMPLÉMENTAIRES", "RÉFÉRENCES"),
             "en": ("PROFESSIONAL SUMMARY", "PROFESSIONAL EXPERIENCE", "EDUCATION", "CORE SKILLS", "LANGUAGES",
                    "ADDITIONAL INFORMATION", "REFERENCES"),
             "ko": ("요약", "경력", "학력", "보유 기술", "외국어", "기타", "추천인")}[s.lang]
    out = top + ["", heads[0], profile(s), "", heads[1]]
    for job in p.jobs:
        out.append(f"{title_text(s, job, 'upper' if s.lang != 'ko' else 'cap')} — {s.fact(job.employer)}, "
                   f"{place_text(s, job)} ({job_dates(s, job)})")
        out += [f"• {x}" for x in skills(s, 2)]
    out += ["", heads[2], *education(s), "", heads[3], ", ".join(skills(s)), licences(s), "", heads[4], *tongues(s)]
    more = s.bits(mode="field")
    out += (["", heads[5], *more] if more else [])
    out += ["", heads[6]]
    for job in p.jobs[:s.rng.randint(1, min(2, len(p.jobs)))]:
        sex = s.pick("FM")
        who = someone(s, sex)
        tel = other_contact(s, who) if not s.p.hangul else s.plant("contact", f"010-{s.rng.randint(1000, 9999)}-"
                                                                              f"{s.rng.randint(1000, 9999)}")
        role = s.pick(REF_ROLES[s.lang])
        if fr:
            out.append(f"{'Mme' if sex == 'F' else 'M.'} {who}, {role} chez {job.employer} – {tel}")
        elif en:
            out.append(f"{who}, {role}, {job.employer} – {tel}")
        else:
            out.append(f"{who} ({job.employer} {role}) {tel}")
    out.append({"fr": "Autres références disponibles sur demande.", "en": "References available upon request.",
                "ko": "기타 추천인은 요청 시 제공"}[s.lang])
    return "\n".join(out)


# --- 6. a Korean 경력기술서, the name only in the page footer ---------------------------------------------------------
@blind3(("ko",))
def career_statement(s: Sheet) -> str:
    """A 경력기술서 (a career description, sent with the 이력서): per company the period, role, duties and results;
    no name at the top, the name, contact and a few personal details only in the page footer."""
    p = s.p
    out = ["경 력 기 술 서", "", "1. 경력 요약", f"총 경력: {duration(s)} / 현 직무: {headline(s)}", "", "2. 세부 경력"]
    for i, job in enumerate(p.jobs):
        out += [f"[회사명] {s.fact(job.employer)} ({place_text(s, job)})", f"[근무기간] {job_dates(s, job)}",
                f"[직무] {title_text(s, job)}", "[담당업무]", *[f" - {x}" for x in skills(s, 2)],
                "[주요성과]", f" - 무사고 {s.rng.randint(300, 1500)}일 달성" if i == 0 else " - 업무 매뉴얼 정비", ""]
    out += ["3. 자격 및 교육", licence(s), *education(s), "", "4. 어학", *tongues(s), "", "5. 입사 가능일",
            availability(s)]
    more = [x for x in (s.bit("family", "field"), s.bit("health", "field"), s.bit("religion", "field"),
                        s.bit("nationality", "field")) if x]
    out += (["", "6. 참고사항", *more] if more else [])
    res = s.bit("residence", "bare")
    foot = [name(s)]
    if s.has("birth"):
        s.done.add("birth")
        foot.append(s.plant("birth", f"{p.born.year}년생"))
    foot += [*s.bits(families=("age", "sex")), *contact_items(s), one_line(res)]
    out += ["", "─" * 30, joined(foot, " | ") + "   1/1"]
    return "\n".join(out)


# --- 7. a CV with a photo caption and a QR code read out ------------------------------------------------------------
@blind3()
def photo_qr(s: Sheet) -> str:
    """A CV as a text extractor or an accessibility reader gives it: the photo's caption and alt text ('Photo :
    portrait de …, femme souriante'), and the QR code decoded to a vCard (N:, TEL:, ADR:, BDAY:)."""
    p, fr, en = s.p, s.lang == "fr", s.lang == "en"
    who = name(s, "plain")
    sexword = {"fr": ("femme", "homme"), "en": ("woman", "man"), "ko": ("여성", "남성")}[s.lang][0 if s.female else 1]
    if fr:
        cap = f"[Photo : {who}]" if s.chance(0.5) else f"[Image : portrait d'un{'e' if s.female else ''} " \
            f"{s.plant('sex', sexword)} souriant{'e' if s.female else ''}, en tenue de travail]"
    elif en:
        cap = f"[Photo: {who}]" if s.chance(0.5) else f"[Image: headshot of a smiling {s.plant('sex', sexword)} in " \
                                                      f"work clothes]"
    else:
        cap = f"[사진: {who} 증명사진]" if s.chance(0.5) else f"[이미지: 작업복을 입은 {s.plant('sex', sexword)} 증명사진]"
    if s.female and fr and "souriante" in cap:
        s.plant("sex", "souriante")
    lines = [cap, who if who not in cap else headline(s, "upper" if s.lang != "ko" else "cap")]
    if who in cap:
        lines.append("")
    else:
        lines.append(headline(s))
    lines += [""] + bbody(s) + [""]
    more = rest(s, "bare")
    lines += more
    # the QR code: a vCard
    vc = ["BEGIN:VCARD", "VERSION:3.0"]
    if p.hangul:
        last = s.plant("name", p.last) if len(p.last) > 1 else p.last
        vc += [f"N:{last};{s.plant('name', p.hangul[len(p.last):])};;;", f"FN:{s.plant('name', p.hangul)}"]
    else:
        vc += [f"N:{s.plant('name', p.last)};{s.plant('name', p.first)};;;", f"FN:{s.plant('name', f'{p.first} {p.last}')}"]
    if "contact" in p.families:
        vc += [f"TEL;TYPE=CELL:{s.plant('contact', p.phone)}", f"EMAIL:{s.plant('contact', p.email)}"]
    if "residence" in p.families:
        town = p.town[0] if s.lang != "ko" else p.town[1]
        vc.append(f"ADR;TYPE=HOME:;;{s.plant('residence', p.street)};{s.plant('residence', town)};;"
                  f"{s.plant('residence', p.postcode) if p.postcode else ''};"
                  f"{ {'fr': 'France', 'en': 'United Kingdom', 'ko': 'Korea'}[s.lang]}")
    if "birth" in p.families:
        vc.append(f"BDAY:{s.plant('birth', f'{p.born:%Y-%m-%d}')}")
    vc.append("END:VCARD")
    label = {"fr": "[QR code – scannez pour enregistrer mes coordonnées]",
             "en": "[QR code – scan to save my contact details]", "ko": "[QR 코드 – 스캔하여 연락처 저장]"}[s.lang]
    return "\n".join(lines + ["", label, *vc])


# --- 8. a timeline whose year lines carry life events too ------------------------------------------------------------
LIFE = {
    "fr": {"born": "{y} : naissance à {place}", "married": "{y} : {mariage} avec {who}", "child": "{y} : {naissance} "
           "de {mon} {fils_fille} {who}", "moved": "{y} : déménagement à {town}", "divorced": "{y} : {divorce}",
           "widowed": "{y} : {deces}", "nat": "{y} : {natur}", "job": "{y} : embauche chez {emp} ({place}) comme {title}",
           "dip": "{y} : {dip}", "today": "Aujourd'hui"},
    "en": {"born": "{y} – born in {place}", "married": "{y} – {mariage} {who}", "child": "{y} – {naissance} {who}",
           "moved": "{y} – moved to {town}", "divorced": "{y} – {divorce}", "widowed": "{y} – {deces}",
           "nat": "{y} – {natur}", "job": "{y} – joined {emp} ({place}) as {title}", "dip": "{y} – {dip}",
           "today": "Now"},
    "ko": {"born": "{y} {place} 출생", "married": "{y} {who}{mariage}", "child": "{y} {fils_fille} {who} {naissance}",
           "moved": "{y} {town}(으)로 이사", "divorced": "{y} {divorce}", "widowed": "{y} {deces}", "nat": "{y} {natur}",
           "job": "{y} {emp} ({place}) 입사 – {title}", "dip": "{y} {dip}", "today": "현재"},
}


@blind3()
def life_timeline(s: Sheet) -> str:
    """A CV written as one chronology, year by year, where jobs and diplomas sit among life events: 'naissance à …',
    'mariage avec …', 'naissance de ma fille …', 'déménagement à …', 'naturalisation'."""
    p, f, lang = s.p, s.female, s.lang
    T = LIFE[lang]
    yfmt = (lambda y: f"{y}년") if lang == "ko" else str
    events: list[tuple[int, int, str]] = []
    if s.has("birth"):
        s.done.add("birth")
        events.append((p.born.year, 0, T["born"].format(y=s.plant("birth", yfmt(p.born.year)),
                                                        place=s.plant("birth", p.birth_place))))
    first_job = min(j.start[0] for j in p.jobs)
    if s.has("family"):
        s.done.add("family")
        married = p.marital in ("married", "pacs", "divorced", "widowed")
        wed = min(D.TODAY[0] - 1, max(p.born.year + 20, first_job + s.rng.randint(0, 4)))
        if married:
            partner = someone(s, "M" if f else "F", "first", kin=s.chance(0.7))
            word = {"fr": "pacs" if p.marital == "pacs" else "mariage", "en": "married",
                    "ko": "와 결혼" if not partner[-1:] or (ord(partner[-1]) - 0xAC00) % 28 == 0 else "과 결혼"}[lang]
            events.append((wed, 1, T["married"].format(y=yfmt(wed), mariage=s.plant("family", word), who=partner)))
        for i in range(p.children):
            y = min(D.TODAY[0], wed + 1 + 2 * i)
            girl = s.chance(0.5)
            kid = someone(s, "F" if girl else "M", "first", kin=True)
            if lang == "fr":
                text = T["child"].format(y=y, naissance="naissance", mon="ma" if girl else "mon",
                                         fils_fille=s.plant("family", "fille" if girl else "fils"), who=kid)
            elif lang == "en":
                text = T["child"].format(y=y, naissance=s.plant("family", "our daughter" if girl else "our son"),
                                         who=kid + " is born")
            else:
                text = T["child"].format(y=yfmt(y), fils_fille=s.plant("family", "딸" if girl else "아들"), who=kid,
                                         naissance="출생")
            events.append((y, 2 + i, text))
        if p.marital in ("divorced", "widowed"):
            y = min(D.TODAY[0], wed + 2 + 2 * p.children)
            if p.marital == "divorced":
                word = {"fr": "divorce", "en": "divorced", "ko": "이혼"}[lang]
            else:
                word = {"fr": "décès de mon mari" if f else "décès de ma femme",
                        "en": "lost my husband" if f else "lost my wife", "ko": "배우자 사별"}[lang]
            key = "divorced" if p.marital == "divorced" else "widowed"
            events.append((y, 9, T[key].format(y=yfmt(y), divorce=s.plant("family", word), deces=s.plant("family",
                                                                                                        word))))
        if not married and not p.children:
            events.append((D.TODAY[0], 9, f"{T['today']}{s.sep}" + s.plant("family", {"fr": "célibataire", "en": "single",
                                                                                  "ko": "미혼"}[lang])))
    if s.has("residence"):
        s.done.add("residence")
        y = max(p.born.year + 18, D.TODAY[0] - s.rng.randint(1, 8))
        town = p.town[1] if lang == "ko" else p.town[0]
        events.append((y, 5, T["moved"].format(y=yfmt(y), town=s.plant("residence", town))))
    if s.has("nationality") and ORIGIN_KEY[p.b3_origin] not in ("FR", "KR") and s.chance(0.6):
        s.done.add("nationality")
        y = max(p.born.year + 16, first_job - s.rng.randint(0, 3))
        key = ORIGIN_KEY[p.b3_origin]
        if lang == "fr":
            article = "l'" if NATS[key][2][0] in "AEÉIOU" else "le " if key in ("KU", "EU") else "la "
            natur = f"arrivée en France, depuis {article}" + s.plant("nationality", NATS[key][2])
        elif lang == "en":
            natur = "came to the UK from " + s.plant("nationality", NATS[key][4])
        else:
            natur = s.plant("nationality", NATS[p.b3_nat[-1]][5]) + "에서 한국 입국"
        events.append((y, 6, T["nat"].format(y=yfmt(y), natur=natur)))
    for job in p.jobs:
        events.append((job.start[0], 7, T["job"].format(y=yfmt(job.start[0]), emp=s.fact(job.employer),
                                                        place=place_text(s, job), title=title_text(s, job, "lower"))))
    n = len(s.facts)
    for line, dip in zip(education(s), s.facts[n:]):  # each diploma (a fact) at its year
        y = int(re.search(r"(?<!\d)(?:19|20)\d\d(?!\d)", line).group(0))
        events.append((y, 8, T["dip"].format(y=yfmt(y), dip=dip)))
    events.sort(key=lambda e: (e[0], e[1]))
    head = [name_line(s) if lang != "ko" else name(s), headline(s), joined(contact_items(s), " · ")]
    title = {"fr": "MON PARCOURS, ANNÉE PAR ANNÉE", "en": "MY LIFE AND WORK, YEAR BY YEAR", "ko": "연도별 이력"}[lang]
    now = [x for x in (s.bit("age", "bare"), s.bit("sex", "bare")) if x]
    out = head + ["", title, *[e[2] for e in events]]
    if now:
        out.append(f"{T['today']}{s.sep}" + ", ".join(now))
    out += ["", f"{s.h('skills')}{s.sep}{', '.join(skills(s))}", f"{s.h('langs')}{s.sep}{', '.join(tongues(s))}",
            licences(s), f"{duration(s)} – {availability(s)}"]
    more = s.bits(mode="bare")
    return "\n".join(out + more)


# --- 9. a recruiter's interview transcript ---------------------------------------------------------------------------
@blind3()
def interview_transcript(s: Sheet) -> str:
    """A phone interview as a meeting tool transcribes it, with time stamps and speaker labels, and the recruiter's
    summary line on top ('Candidate: …, 42, lives in …'); the markers in the candidate's answers."""
    p, lang = s.p, s.lang
    rec_sex = s.pick("FM")
    recruiter = someone(s, rec_sex)
    t = [0]

    def stamp() -> str:
        t[0] += s.rng.randint(4, 40)
        return f"[{t[0] // 3600:02d}:{t[0] // 60 % 60:02d}:{t[0] % 60:02d}]"

    job = p.jobs[0]
    if lang == "fr":
        me = s.g("Candidate", "Candidat")
        rec = f"Recrut{'euse' if rec_sex == 'F' else 'eur'}"
        top = [f"Compte rendu d'entretien téléphonique – 16/09/2024 – poste : {headline(s)}",
               f"{rec} : {recruiter} – transcription automatique (Teams), relue"]
        summary = [x for x in (s.bit("age", "bare"), s.bit("residence", "bare")) if x]
        top.append(f"{me} : {name(s, 'plain')}" + (", " + ", ".join(one_line(x) for x in summary) if summary else ""))
        qa = [(rec, f"Bonjour, vous êtes bien {first_name(s)} ?"), (me, "Oui, c'est bien moi, bonjour."),
              (rec, "Pouvez-vous vous présenter en quelques mots ?")]
        bits = [x for x in (s.bit("family", "prose"), s.bit("nationality", "prose")) if x]
        qa.append((me, f"Oui, alors je suis {title_text(s, job, 'lower')} chez {s.fact(job.employer)}, à "
                       f"{place_text(s, job)}" + (", " + ", ".join(bits) if bits else "") + "."))
        qa += [(rec, "Combien d'années d'expérience dans le métier ?"), (me, f"{duration(s)}.")]
        for old in p.jobs[1:]:
            qa.append((me, f"Avant, j'étais chez {s.fact(old.employer)} ({job_dates(s, old)})."))
        qa += [(rec, "Vos diplômes et permis ?"), (me, f"{'; '.join(education(s))}. Côté permis : {licence(s)}."),
               (rec, "Des langues ?"), (me, ", ".join(tongues(s)) + "."),
               (rec, "Y a-t-il des contraintes dont je dois tenir compte ?")]
        cons = [x for x in (s.bit("health", "bare"), s.bit("religion", "prose"), s.bit("birth", "prose")) if x]
        qa.append((me, ("Je préfère vous le dire : " + "; ".join(cons) + ".") if cons else "Non, aucune."))
        qa += [(rec, "Et vos disponibilités ?"), (me, f"{availability(s)}.")]
        close = [f"Avis : profil sérieux – {', '.join(skills(s, 2))}.", *contact_items(s, labelled=True)]
    elif lang == "en":
        me = "Candidate"
        rec = "Recruiter"
        top = [f"Phone screen notes – 16/09/2024 – role: {headline(s)}",
               f"Interviewer: {recruiter} (auto-transcript, checked)"]
        summary = [x for x in (s.bit("age", "bare"), s.bit("residence", "bare")) if x]
        top.append(f"Candidate: {name(s, 'plain')}" + (", " + ", ".join(one_line(x) for x in summary) if summary
                                                      else ""))
        qa = [(rec, f"Hi, is that {first_name(s)}?"), (me, "Yes, speaking, hi."), (rec, "Tell me a bit about yourself.")]
        bits = [x for x in (s.bit("family", "prose"), s.bit("nationality", "bare")) if x]
        qa.append((me, f"So I'm a {title_text(s, job, 'lower')} at {s.fact(job.employer)} in {place_text(s, job)}" +
                   ("; " + ", ".join(bits) if bits else "") + "."))
        qa += [(rec, "How long have you been doing this?"), (me, f"{duration(s)}.")]
        for old in p.jobs[1:]:
            qa.append((me, f"Before that I was at {s.fact(old.employer)} ({job_dates(s, old)})."))
        qa += [(rec, "Qualifications and licences?"), (me, f"{'; '.join(education(s))}. Licences: {licence(s)}."),
               (rec, "Any other languages?"), (me, ", ".join(tongues(s)) + "."),
               (rec, "Anything we should know about, any adjustments?")]
        cons = [x for x in (s.bit("health", "bare"), s.bit("religion", "bare"), s.bit("birth", "prose"),
                            s.bit("sex", "bare")) if x]
        qa.append((me, ("Yes: " + "; ".join(cons) + ".") if cons else "No, nothing."))
        qa += [(rec, "And when could you start?"), (me, f"{availability(s)}.")]
        close = [f"Verdict: solid – {', '.join(skills(s, 2))}.", *contact_items(s, labelled=True)]
    else:
        me, rec = "지원자", "면접관"
        top = [f"전화 면접 기록 – 2024.09.16 – 지원 직무: {headline(s)}", f"면접관: {recruiter} (자동 녹취, 검토 완료)"]
        summary = [x for x in (s.bit("age", "bare"), s.bit("residence", "bare")) if x]
        top.append(f"지원자: {name(s)}" + (" / " + " / ".join(one_line(x) for x in summary) if summary else ""))
        qa = [(rec, f"안녕하세요, {first_name(s)} 님 맞으시죠?"), (me, "네, 맞습니다."), (rec, "간단히 자기소개 부탁드립니다.")]
        bits = [x for x in (s.bit("family", "bare"), s.bit("nationality", "bare")) if x]
        qa.append((me, f"현재 {s.fact(job.employer)}({place_text(s, job)})에서 {title_text(s, job)}로 일하고 있습니다." +
                   (" " + ", ".join(bits) + "." if bits else "")))
        qa += [(rec, "경력은 어떻게 되시나요?"), (me, f"{duration(s)}입니다.")]
        for old in p.jobs[1:]:
            qa.append((me, f"그 전에는 {s.fact(old.employer)}에서 일했습니다 ({job_dates(s, old)})."))
        qa += [(rec, "자격증은요?"), (me, f"{licence(s)} 있습니다. 학력은 {' / '.join(education(s))}."),
               (rec, "외국어는 어느 정도 하시나요?"), (me, ", ".join(tongues(s)) + "."),
               (rec, "근무하실 때 고려해야 할 사항이 있을까요?")]
        cons = [x for x in (s.bit("health", "field"), s.bit("religion", "field"), s.bit("birth", "bare"),
                            s.bit("sex", "field")) if x]
        qa.append((me, (" / ".join(cons) + ".") if cons else "없습니다."))
        qa += [(rec, "입사 가능일은요?"), (me, f"{availability(s)}합니다.")]
        close = [f"평가: 성실함 – {', '.join(skills(s, 2))}.", *contact_items(s, labelled=True)]
    lines = top + [""] + [f"{stamp()} {who} : {text}" if lang == "fr" else f"{stamp()} {who}: {text}"
                          for who, text in qa]
    more = s.bits(mode="field")
    return "\n".join(lines + [""] + close + more)
