"""A fifth held-aside set of layouts of the placement benchmark (see evaluation.placement), split "blind5": registered
into the same LAYOUTS. Written without reading the masker (nor its rules, nor its tests), while the masker was being
improved after the "blind4" figures, to measure it once more on CVs nobody tuned it on; do not read this file while
tuning a masker, and run it once.

Like the earlier blind splits, the split has vocabulary of its own: names from the lists below (Comorian, Tahitian,
Fula, Soninke, Congolese, Eritrean, Chechen, Afghan, Sinhala, Malayali, Fijian, Samoan, Rwandan, Oromo; Korean rare
surnames with native given names no earlier split used; Thai and Sinhala names in Hangul), none of whose words is in a
Faker locale's name lists, in placement_data nor in the fresh, blind3 or blind4 lists (a test checks it); towns,
streets, birth places and places of past jobs in none of the earlier pools, among them Paris, Lyon and Marseille
arrondissements ("Paris 11e", "Lyon 3ème": the arrondissement is part of the town's name, the postal town alone is
planted too) and overseas departments (Les Abymes, Kourou, Koungou, Le Tampon); nationality, religion, age, birth,
residence, family and health in their own wording (age in letters, "trente-deux ans", "서른네 살"; birth as
"12 mars 87", "1987-03-12", "870312-2******"; "ressortissante comorienne"; children with their ages; religion told by a
hobby: "chorale paroissiale", "bénévole à la mosquée"). Trades, titles, diplomas, licences and skills stay those of
placement_data (they are facts, not markers); some facts sit next to markers on purpose: "depuis 2016", person-like
employers ("Boulangerie Martin", "Chez Paul"), the ages of the people cared for ("enfants de 0 à 3 ans",
"notre fils de 4 ans"), team sizes.

Other people's names (referees, the signatory of a work certificate, parents leaving a review, people commenting on a
post) are planted as "name": they are personal data of people other than the candidate and a blind CV must not carry
them either; the children's ages of the candidate are "family" markers, the ages of the children or old people the
candidate looked after are facts.

Layouts: web_form_paste, sms_profile, bullet_profile, about_me, filename_title, care_marketplace, latex_source,
json_resume, open_to_work_post, work_certificate.
"""
from __future__ import annotations

import functools
import json
import re
from dataclasses import replace
from datetime import date

from matchlens.evaluation import placement_data as D
from matchlens.evaluation.placement import (
    EN_MONTHS,
    FR_MONTHS,
    LANGS,
    RENDER,
    Sheet,
    _braced,
    _contact,
    _jobs,
    _weighted,
    availability,
    civil,
    contact_items,
    duration,
    education,
    email,
    first_name,
    headline,
    job_dates,
    joined,
    layout,
    licence,
    name,
    pattern,
    phone,
    place_text,
    profile,
    skills,
    title_text,
)

SPLIT = "blind5"

# --- names: none of their words is in a Faker locale, placement_data, fresh, blind3 or blind4 (tests check it) -----
NAMES = {
    "comorian": {
        "F": "Zalhata Echati Roukiya Zamzam Mkayamba Sitti Moinaecha Faouzia Anziza Mtoro Zaharati Hadjira Nourainya",
        "M": "Moinadjoumoi Soilihi Mhoudine Djaffar Ahamada Moustadroine Tadjidine Chamssidine Nassuf Mouigni Affane",
        "L": "Msaidié Mohadji Djoumoi Toybou Hamidouni Ousseni Anfani Mdahoma Boinaheri Chanfi Moindjié Madjid Soulé "
             "Youssouf_Mhadji Chehou"},
    "polynesian": {
        "F": "Hinano Vaimiti Heiata Moeata Teura Hereiti Mareva Titaina Poerava Vaitiare Hinatea",
        "M": "Teiki Tamatea Heimana Raiarii Manarii Tehei Vaitea Tavita Hiro Teva Tuarii",
        "L": "Teriitahi Tetuanui Temauri Tauhiro Maitere Tehaamoana Tuheiava Temarii Teihotu Vaiho Tepava "
             "Teriierooiterai"},
    "peul": {
        "F": "Hapsatou Djenabou Hadjiratou Oumou Houleymatou Diaraye Dalanda Kesso Safiatou Assiatou Mariama_Dalanda",
        "M": "Thierno Saïkou Sory Abdourahmane Mouctar Tidiane Bademba Lansana Amadou_Oury Cellou",
        "L": "Baldé Kanté Djigo Diao Sidibé Sangaré Wann Jallow Telli"},
    "soninke": {
        "F": "Goundo Mariame Djéneba Khadidiatou Tenin Koumba Sira Diaba",
        "M": "Samba Hamady Boubou Yaya Sadio Diadié Bakary Ladji",
        "L": "Doucouré Soumaré Dramé Sakho Tandia Gassama Niakaté Kanouté Diawara Timéra Dembélé Sissoko Magassa "
             "Cissokho Soukouna"},
    "congolese": {
        "F": "Nsimba Kiese Ngalula Mbombo Kapinga Luzolo Nzinga Malaïka Mbuyi Kabedi Tshala",
        "M": "Mukendi Kabongo Mbuta Lukusa Tshimanga Ilunga Bokanga Makengo Nzuzi Kiala Mpiana",
        "L": "Kabasele Tshisekedi Mbemba Makelele Kasongo Mulumba Ntumba Kalombo Mutombo Nzeza Mayala Tshibangu Kanku "
             "Mbuyamba"},
    "eritrean": {
        "F": "Luwam Winta Mebrat Yordanos Feven Semhar Nebiat Danait Rigbe Mizan Tsega",
        "M": "Tekle Habtom Yemane Filmon Tesfalem Kibrom Amanuel Mussie Natnael",
        "L": "Tesfamariam Ghebreyesus Habte Tekie Berhane Andemariam Woldegiorgis Okubamichael Mehari Kidane Tewelde "
             "Zerai Asmerom Ghirmay"},
    "chechen": {
        "F": "Zarema Kheda Aset Zalpa Petimat Marha Zulay Yakha Khava",
        "M": "Aslanbek Akhmed Dzhokhar Turpal Apti Shamil Ibragim Zelimkhan Khamzat",
        "L": "Magomadov Tsakayev Bisultanov Mutsuyev Khasbulatov Basayev Eskiyev Gaziyev Tepsurkayev Dzhamalkhanov "
             "Idrisov Saidulayev"},
    "afghan": {
        "F": "Zarghona Mursal Parwana Frozan Zarmina Mozhgan Pashtana Nilofar Malalai Storai",
        "M": "Wahidullah Zabihullah Hamidullah Ajmal Naqibullah Rahmatullah Najibullah Mirwais Ehsanullah Baryalai",
        "L": "Popal Stanikzai Ahmadzai Mohmand Wardak Hotak Noorzai Durrani Safi Shinwari Sultani Tokhi Yousafzai "
             "Barakzai Achakzai"},
    "sinhala": {
        "F": "Dilrukshi Chamari Nadeesha Sandamali Thilini Iresha Kumudini Malsha Piumi Hasini Nilmini",
        "M": "Chaminda Lasith Thisara Nuwan Dilshan Kusal Upul Sanath Mahela Ruwan Asanka Lahiru",
        "L": "Jayasuriya Ranatunga Wickramasinghe Herath Gunawardena Senanayake Dissanayake Rajapaksa Bandara "
             "Kumarasinghe Wijesekara Abeywardena Ekanayake Jayawardene Karunaratne Samarakoon"},
    "malayali": {
        "F": "Aswathy Parvathy Sreelakshmi Athira Jincy Sumangala Anusree Nimisha Reshmi Anjitha",
        "M": "Anoop Sreejith Jithin Sajeev Rajeesh Biju Sanal Shyju Vineeth Nithin Sreenath",
        "L": "Kurup Panicker Nambiar Kunnath Kottayil Pothen Edathil Puthenpurackal Thekkekara Vadakkan Chittilappilly"},
    "fijian": {
        "F": "Litia Mereani Vasemaca Kelera Unaisi Akanisi Losana Makereta Sereana",
        "M": "Waisale Sitiveni Apisai Isikeli Viliame Tevita Epeli Sakiusa Peceli Maika",
        "L": "Naivalu Radradra Nakarawa Rokocoko Nadolo Matawalu Nalaga Rabuka Qarase Koroibete Tuisova Volavola "
             "Seniloli Vatubua"},
    "samoan": {
        "F": "Tausala Sieni Teuila Fetu Salamasina Faleolo",
        "M": "Iosefa Ioane Faamanu Taulapapa Pulotu Malaetasi Sefo",
        "L": "Fonoti Tuimavave Faleafa Tuiasosopo Aiono Tuiloma Sapolu Seiuli Lauina Masoe Tuala Fualau Leaupepe Savea"},
    "rwandan": {
        "F": "Uwase Mukamana Ingabire Uwimana Umutoni Mutesi Umuhoza Kayitesi Nyiramana Uwamahoro",
        "M": "Habimana Niyonzima Mugisha Nshimiyimana Hakizimana Bizimana Ndayisaba Ntwari Gatete Kagabo Rukundo",
        "L": "Mukeshimana Nsengiyumva Habyarimana Munyaneza Nkurunziza Rwigema Gasana Kalisa Rutayisire Mugabo "
             "Kanamugire Mazimpaka"},
    "oromo": {
        "F": "Ebise Chaltu Lalise Ayantu Hawi Bontu Obse Gelane Seenaa Jalane Ifaa",
        "M": "Gemechu Lelisa Tolera Dereje Chala Abdisa Gadaa Jaarraa Tullu Ibsa Gutu",
        "L": "Gudina Merera Dinsa Fayisa Negasa Bulcha Diriba Lemessa Wakjira Tafa Regassa Gemeda"},
    "korean": {  # rare surnames, native Korean given names (none of fresh's, blind3's or blind4's)
        "F": "가을 꽃잎 달래 들꽃 보라 봄누리 새나 은결 이랑 조은 하늬 한나래 해님 고은비 나린 다은 솔잎 아리 은빛",
        "M": "가온누리 늘품 다한 동이 두리 바다솔 별찬 빛나 새길 솔바람 슬우 온누리 우람찬 한가람 해오름 힘나 또바기",
        "L": "개 궉 낭 누 담 란 랑 려 뢰 만 매 무 미 섭 애 잠 준 증 탄 포 풍 학"},
    "thai_ko": {  # Thai names in Hangul, surname first
        "F": "니파폰 쑤파폰 랏다 쁘라파이 낫타차 깐야 분씨",
        "M": "솜차이 쏨삭 아누차 위라삭 차차이 쁘라윳 낫타웃",
        "L": "차이야 쑤완나 씨리퐁 분마 통쿰 쌩통"},
    "lanka_ko": {  # Sinhala names in Hangul
        "F": "딜루시카 니로샤 산다말리 칠라니 이레샤",
        "M": "찬디마 루완 누완 아산카 라히루",
        "L": "자야수리야 헤라트 반다라 쿠마라 디사나야케"},
}
NAMES = {o: {k: [w.replace("_", " ") for w in v.split()] for k, v in d.items()} for o, d in NAMES.items()}
HANGUL_ORIGINS = ("korean", "thai_ko", "lanka_ko")

WEIGHTS = {  # origins of the authors (and of the other people in their CVs), by the CV's language
    "fr": {"comorian": 3, "polynesian": 2, "peul": 3, "soninke": 2, "congolese": 3, "eritrean": 2, "chechen": 2,
           "afghan": 2},
    "en": {"sinhala": 3, "malayali": 2, "fijian": 2, "samoan": 2, "rwandan": 2, "oromo": 2, "afghan": 1},
    "ko": {"korean": 84, "thai_ko": 8, "lanka_ko": 8},
}
NATIONALITY = {  # nationality keys by origin, with weights
    "comorian": {"FR": 2, "KM": 2}, "polynesian": {"FR": 1}, "peul": {"FR": 2, "GN": 2}, "soninke": {"FR": 2, "MR": 1},
    "congolese": {"FR": 2, "CD": 2}, "eritrean": {"ER": 2, "FR": 1}, "chechen": {"FR": 1, "RU": 1},
    "afghan": {"AF": 2, "FR": 1}, "sinhala": {"LK": 2, "GB": 2}, "malayali": {"IN": 2, "GB": 1},
    "fijian": {"FJ": 2, "GB": 1}, "samoan": {"WS": 1, "NZ": 1}, "rwandan": {"RW": 2, "GB": 1},
    "oromo": {"ET": 2, "GB": 1}, "korean": {"KR": 1}, "thai_ko": {"TH": 1}, "lanka_ko": {"LK": 1},
}
NATIONALITY_EN = {"afghan": {"AF": 1, "GB": 2}}
ORIGIN_KEY = {"comorian": "KM", "polynesian": "PF", "peul": "PE", "soninke": "SO", "congolese": "CD",
              "eritrean": "ER", "chechen": "CE", "afghan": "AF", "sinhala": "LK", "malayali": "KL", "fijian": "FJ",
              "samoan": "WS", "rwandan": "RW", "oromo": "OR", "korean": "KR", "thai_ko": "TH", "lanka_ko": "LK"}
# key -> (fr masc, fr fem, fr country, en adjective, en country, ko country)
NATS = {
    "FR": ("français", "française", "France", "French", "France", "프랑스"),
    "KM": ("comorien", "comorienne", "Comores", "Comorian", "the Comoros", "코모로"),
    "PF": ("polynésien", "polynésienne", "Polynésie française", "French Polynesian", "French Polynesia",
           "프랑스령 폴리네시아"),
    "PE": ("peul", "peule", "Fouta-Djalon", "Fula", "the Futa Jallon", "풀라니"),
    "GN": ("guinéen", "guinéenne", "Guinée", "Guinean", "Guinea", "기니"),
    "SO": ("soninké", "soninké", "pays soninké", "Soninke", "the Soninke country", "소닝케"),
    "MR": ("mauritanien", "mauritanienne", "Mauritanie", "Mauritanian", "Mauritania", "모리타니"),
    "CD": ("congolais", "congolaise", "RDC", "Congolese", "the DR Congo", "콩고민주공화국"),
    "ER": ("érythréen", "érythréenne", "Érythrée", "Eritrean", "Eritrea", "에리트레아"),
    "CE": ("tchétchène", "tchétchène", "Tchétchénie", "Chechen", "Chechnya", "체첸"),
    "RU": ("russe", "russe", "Russie", "Russian", "Russia", "러시아"),
    "AF": ("afghan", "afghane", "Afghanistan", "Afghan", "Afghanistan", "아프가니스탄"),
    "LK": ("sri-lankais", "sri-lankaise", "Sri Lanka", "Sri Lankan", "Sri Lanka", "스리랑카"),
    "GB": ("britannique", "britannique", "Royaume-Uni", "British", "the UK", "영국"),
    "IN": ("indien", "indienne", "Inde", "Indian", "India", "인도"),
    "KL": ("keralais", "keralaise", "Kerala", "Malayali", "Kerala", "케랄라"),
    "FJ": ("fidjien", "fidjienne", "Fidji", "Fijian", "Fiji", "피지"),
    "WS": ("samoan", "samoane", "Samoa", "Samoan", "Samoa", "사모아"),
    "NZ": ("néo-zélandais", "néo-zélandaise", "Nouvelle-Zélande", "New Zealander", "New Zealand", "뉴질랜드"),
    "RW": ("rwandais", "rwandaise", "Rwanda", "Rwandan", "Rwanda", "르완다"),
    "ET": ("éthiopien", "éthiopienne", "Éthiopie", "Ethiopian", "Ethiopia", "에티오피아"),
    "OR": ("oromo", "oromo", "Oromia", "Oromo", "Oromia", "오로모"),
    "KR": ("sud-coréen", "sud-coréenne", "Corée du Sud", "South Korean", "South Korea", "대한민국"),
    "TH": ("thaïlandais", "thaïlandaise", "Thaïlande", "Thai", "Thailand", "태국"),
}
FR_FROM = {"KM": "des ", "PF": "de ", "PE": "du ", "SO": "du ", "CD": "de ", "ER": "d'", "CE": "de ", "AF": "d'",
           "GN": "de ", "MR": "de "}
PLACEHOLDER_D = {"fr": "fr", "en": "britain", "ko": "korea"}  # a placement_data origin the base renderers accept
RELIGIONS = {"comorian": ["muslim"], "polynesian": ["protestant", "catholic", "mormon"], "peul": ["muslim"],
             "soninke": ["muslim"], "congolese": ["kimbanguist", "catholic", "evangelical"],
             "eritrean": ["orthodox", "catholic", "muslim"], "chechen": ["muslim"], "afghan": ["muslim"],
             "sinhala": ["buddhist", "catholic"], "malayali": ["hindu", "catholic", "muslim"],
             "fijian": ["methodist", "hindu"], "samoan": ["congregational", "mormon"],
             "rwandan": ["catholic", "adventist"], "oromo": ["protestant", "muslim"],
             "korean": ["buddhist", "protestant", "catholic", "won", "none"], "thai_ko": ["buddhist"],
             "lanka_ko": ["buddhist"]}

# --- towns: none in the earlier splits' pools ------------------------------------------------------------------
FR_TOWNS = [  # (as written, postcode, postal town, overseas territory or "")
    ("Paris 11e", "75011", "Paris", ""), ("Paris 18e", "75018", "Paris", ""), ("Paris 19ème", "75019", "Paris", ""),
    ("Paris 20e", "75020", "Paris", ""), ("Paris 13e", "75013", "Paris", ""), ("Lyon 3ème", "69003", "Lyon", ""),
    ("Lyon 8e", "69008", "Lyon", ""), ("Marseille 14e", "13014", "Marseille", ""),
    ("Marseille 3e", "13003", "Marseille", ""), ("Stains", "93240", "Stains", ""),
    ("Champigny-sur-Marne", "94500", "Champigny-sur-Marne", ""), ("Vitry-sur-Seine", "94400", "Vitry-sur-Seine", ""),
    ("Épinay-sur-Seine", "93800", "Épinay-sur-Seine", ""), ("Bron", "69500", "Bron", ""),
    ("Les Abymes", "97139", "Les Abymes", "Guadeloupe"), ("Le Lamentin", "97232", "Le Lamentin", "Martinique"),
    ("Kourou", "97310", "Kourou", "Guyane"), ("Koungou", "97690", "Koungou", "Mayotte"),
    ("Le Tampon", "97430", "Le Tampon", "La Réunion"), ("Saint-Benoît", "97470", "Saint-Benoît", "La Réunion"),
    ("Nouméa", "98800", "Nouméa", "Nouvelle-Calédonie"), ("Papeete", "98714", "Papeete", "Polynésie française"),
]
FR_STREETS = ["rue de la Roquette", "rue du Faubourg-du-Temple", "boulevard de Belleville", "rue Oberkampf",
              "rue des Pyrénées", "rue Marx-Dormoy", "allée des Flamboyants", "rue Schoelcher", "chemin de la Ravine",
              "lotissement Les Alizés", "résidence Les Manguiers", "rue Frébault", "cité des Cosmonautes"]
FR_STREET_EXTRA = ["", "", "", ", bât. C", ", appt 27", " ter", ", 5e étage gauche"]
FR_JOB_PLACES = ["Ivry-sur-Seine", "Massy (91)", "Le Blanc-Mesnil", "Aulnay-sous-Bois", "Goussainville (95)",
                 "Bonneuil-sur-Marne", "Lieusaint", "Plaisir", "Chassieu", "Mitry-Mory", "Baie-Mahault",
                 "Le Port (974)", "Matoury", "Ducos", "Dembéni", "Rosny-sous-Bois", "Noisy-le-Grand"]
EN_TOWNS = [  # (town, postcode area, county)
    ("Southall", "UB", "Greater London"), ("Tottenham", "N", "Greater London"), ("Lewisham", "SE", "Greater London"),
    ("Walthamstow", "E", "Greater London"), ("Dudley", "DY", "West Midlands"), ("Chatham", "ME", "Kent"),
    ("Gillingham", "ME", "Kent"), ("Maidstone", "ME", "Kent"), ("Bedford", "MK", "Bedfordshire"),
    ("Wellingborough", "NN", "Northamptonshire"), ("Loughborough", "LE", "Leicestershire"),
    ("Rotherham", "S", "South Yorkshire"), ("Halifax", "HX", "West Yorkshire"), ("Accrington", "BB", "Lancashire"),
    ("Ashton-under-Lyne", "OL", "Greater Manchester"), ("Gateshead", "NE", "Tyne and Wear"),
    ("Coatbridge", "ML", "North Lanarkshire"), ("East Kilbride", "G", "South Lanarkshire"),
    ("Pontypridd", "CF", "Rhondda Cynon Taf"), ("Lisburn", "BT", "County Antrim"),
]
EN_STREETS = ["Lady Margaret Road", "Uxbridge Road", "Seven Sisters Road", "Hoe Street", "Milkstone Road",
              "Soho Road", "Stafford Street", "Windmill Street", "Lower Road", "Coronation Avenue", "Jubilee Close",
              "Tudor Way"]
EN_JOB_PLACES = ["Park Royal", "Wembley", "Trafford Park", "St Helens", "Enfield", "Dagenham", "Purfleet", "Erith",
                 "Oldbury", "Tipton", "Castle Donington", "Sandwell"]
KO_TOWNS = [  # (region, short name, district)
    ("경기도 부천시", "부천", "심곡동"), ("경기도 부천시", "부천", "상동"), ("경기도 부천시", "부천", "역곡동"),
    ("경기도 안양시", "안양", "비산동"), ("경기도 안양시", "안양", "평촌동"), ("경기도 안양시", "안양", "석수동"),
    ("강원특별자치도 영월군", "영월", "영월읍"), ("강원특별자치도 인제군", "인제", "인제읍"),
    ("강원특별자치도 양양군", "양양", "양양읍"), ("충청북도 옥천군", "옥천", "옥천읍"), ("전북특별자치도 완주군", "완주", "봉동읍"),
    ("전라남도 담양군", "담양", "담양읍"), ("전라남도 화순군", "화순", "화순읍"), ("전라남도 무안군", "무안", "삼향읍"),
    ("경상북도 예천군", "예천", "호명읍"), ("경상남도 창녕군", "창녕", "창녕읍"),
]
KO_ROADS = ["심곡로", "길주로", "역곡로", "비산로", "평촌대로", "석수로", "중앙로", "인제로", "양양로", "옥천로", "봉동로",
            "담양로", "화순로", "남악로", "도청대로", "창녕로"]  # one a town, in KO_TOWNS' order
KO_APTS = ["", "", "e편한세상 105동 803호", "호반베르디움 2동 1101호", "한신더휴 301동 202호", "다세대 201호",
           "오피스텔 1207호"]
KO_JOB_PLACES = ["고흥", "장흥", "강진", "진도", "영덕", "의령", "시화공단", "반월공단", "남동공단", "구로디지털단지"]
BIRTH = {  # origin -> places of birth as a CV in fr / en / ko writes them
    "comorian": ["Moroni (Comores)", "Mutsamudu (Comores)", "Fomboni (Comores)", "Mitsamiouli (Comores)"],
    "polynesian": ["Uturoa (Polynésie française)", "Taiohae (Polynésie française)", "Faa'a (Polynésie française)"],
    "peul": ["Labé (Guinée)", "Mamou (Guinée)", "Dalaba (Guinée)", "Podor (Sénégal)"],
    "soninke": ["Bakel (Sénégal)", "Nioro du Sahel (Mali)", "Sélibaby (Mauritanie)", "Kaédi (Mauritanie)"],
    "congolese": ["Kinshasa (RDC)", "Lubumbashi (RDC)", "Mbuji-Mayi (RDC)", "Pointe-Noire (Congo)"],
    "eritrean": ["Asmara (Érythrée)", "Keren (Érythrée)", "Mendefera (Érythrée)"],
    "chechen": ["Grozny (Russie)", "Goudermes (Russie)", "Argoun (Russie)"],
    "afghan": ["Jalalabad (Afghanistan)", "Kandahar (Afghanistan)", "Mazar-e-Charif (Afghanistan)",
               "Herat, Afghanistan", "Kunduz, Afghanistan"],
    "sinhala": ["Kandy, Sri Lanka", "Galle, Sri Lanka", "Kurunegala, Sri Lanka"],
    "malayali": ["Kochi, India", "Thrissur, India", "Kottayam, India"],
    "fijian": ["Suva, Fiji", "Lautoka, Fiji", "Labasa, Fiji"],
    "samoan": ["Apia, Samoa", "Salelologa, Samoa", "Auckland, New Zealand"],
    "rwandan": ["Huye, Rwanda", "Musanze, Rwanda", "Rubavu, Rwanda"],
    "oromo": ["Bishoftu, Ethiopia", "Jimma, Ethiopia", "Nekemte, Ethiopia"],
    "korean": ["경상북도 영양군", "경상북도 울릉군", "경상남도 함양군", "전북특별자치도 장수군"],
    "thai_ko": ["태국 치앙마이", "태국 우돈타니"],
    "lanka_ko": ["스리랑카 캔디", "스리랑카 갈레"],
}
HOME_BIRTH = {"fr": ["Noisy-le-Sec", "Aubagne"], "en": ["Stockton-on-Tees", "Kirkby"], "ko": []}

# --- facts that sit next to markers ----------------------------------------------------------------------------
SIDE_EMPLOYERS = {"fr": ["Boulangerie Martin", "Chez Paul", "Pharmacie Lefèvre", "Boucherie Bernard",
                         "Pressing Dubois", "Garage Moreau"],
                  "en": ["Timpson", "Morrisons", "Harry Ramsden's", "Ernest Jones", "Dorothy Perkins"],
                  "ko": ["영희네 분식", "할매국밥", "박가네 반찬", "철수네 세탁소"]}
SIDE_WHAT = {"fr": ["Extras le week-end", "Job d'été", "Renfort de fin d'année"],
             "en": ["Weekend job", "Summer job", "Christmas temp"], "ko": ["주말 아르바이트", "방학 아르바이트"]}
CARE_FACTS = {
    "fr": ["garde d'enfants", "aide à domicile auprès de personnes âgées", "enfants de 0 à 3 ans",
           "enfants de 3 à 10 ans", "personnes âgées de 80 à 95 ans", "sorties d'école", "aide aux devoirs",
           "préparation des repas"],
    "en": ["childcare", "home care for elderly clients", "children aged 0 to 5", "clients aged 80 to 97",
           "school runs", "meal preparation"],
    "ko": ["아이 돌봄", "어르신 방문요양", "만 3세~5세 아동", "80~90대 어르신", "등하원 도우미", "식사 준비"],
}
CARED = {"fr": ["notre fils de 4 ans", "notre fille de 18 mois", "mon père de 91 ans", "nos jumeaux de 6 ans"],
         "en": ["our 4-year-old son", "our daughter (18 months)", "my 91-year-old father", "our 6-year-old twins"],
         "ko": ["7살 아들", "18개월 딸", "91세 아버님", "6살 쌍둥이"]}
TEAM = {"fr": ["équipe de {n} personnes", "encadrement de {n} agents"], "en": ["team of {n}", "supervised {n} staff"],
        "ko": ["{n}명 팀 관리", "{n}명 교대조 운영"]}


# --- the blind5 sheet: its own identity and wording of every personal family ----------------------------------
class Blind5Sheet(Sheet):
    """A Sheet whose personal details are written with the blind5 split's wording."""

    def bit(self, family: str, mode: str = "bare") -> str | None:
        if not self.has(family):
            return None
        self.done.add(family)
        return RENDER5.get(family, RENDER[family])(self, "bare" if mode == "sms" and family not in RENDER5 else mode)


def draw(rng, lang: str, sex: str, origin: str | None = None) -> tuple[str, str, str, str]:
    """(origin, first, last, hangul full name or "") of someone writing (or named in) a CV in lang."""
    origin = origin or _weighted(rng, WEIGHTS[lang])
    pool = NAMES[origin]
    first, last = rng.choice(pool[sex]), rng.choice(pool["L"])
    return origin, first, last, (last + first if origin in HANGUL_ORIGINS else "")


def renew(s: Sheet, trade: tuple[str, ...] = ()) -> None:
    """Give the sheet's person an identity of this split (name, contact, home, birth place, nationality, religion,
    children's ages, places of past jobs; a trade among `trade` if given), drawn from the sheet's random source."""
    p, rng, lang = s.p, s.rng, s.lang
    if trade:
        key = rng.choice(trade)
        p.trade = next(t for t in D.TRADES if t.key == key)
        p.jobs = _jobs(rng, lang, p.trade, p.born, p.years, "@")
    origin, first, last, hangul = draw(rng, lang, p.sex)
    p.origin, p.first, p.last, p.hangul, p.hanja = PLACEHOLDER_D[lang], first, last, hangul, ""
    p.b5_origin = origin
    p.email, p.phone, p.linkedin = _contact(rng, lang, first, last, first if hangul else "")
    if lang == "fr":
        p.town = rng.choice(FR_TOWNS)
        p.postcode = p.town[1]
        p.street = f"{rng.randint(1, 120)} {rng.choice(FR_STREETS)}{rng.choice(FR_STREET_EXTRA)}"
        home, places = p.town[2], FR_JOB_PLACES
    elif lang == "en":
        p.town = rng.choice(EN_TOWNS)
        letters = "".join(rng.choice("ABDEFGHJLNPQRSTUWXYZ") for _ in range(2))
        p.postcode = f"{p.town[1]}{rng.randint(1, 22)} {rng.randint(1, 9)}{letters}"
        p.street = f"{rng.choice(['', '', 'Flat 4, ', '2nd Floor Flat, '])}{rng.randint(1, 190)} {rng.choice(EN_STREETS)}"
        home, places = p.town[0], EN_JOB_PLACES
    else:
        p.town, p.postcode = rng.choice(KO_TOWNS), ""
        apt = rng.choice(KO_APTS)
        p.street = f"{KO_ROADS[KO_TOWNS.index(p.town)]} {rng.randint(1, 320)}" + (f", {apt}" if apt else "")
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
    p.b5_nat = (_weighted(rng, nats),) if len(nats) == 1 or rng.random() > 0.2 else tuple(sorted(nats))[:2]
    p.religion = rng.choice(RELIGIONS[origin])
    top = max(p.children + 1, min(p.age - 17, 24))
    p.b5_kids = sorted(rng.sample(range(1, top), p.children)) if p.children else []


def blind5(langs=LANGS, trade: tuple[str, ...] = ()):
    """Register a layout of this split: the sheet gets its identity before the layout writes the CV."""
    def deco(fn):
        @functools.wraps(fn)
        def run(s: Sheet) -> str:
            s.__class__ = Blind5Sheet
            renew(s, trade)
            return fn(s)
        layout(langs, split=SPLIT)(run)
        return run
    return deco


def someone(s: Sheet, sex: str | None = None, form: str = "plain") -> str:
    """Another person's name (a referee, a signatory, a parent), planted as 'name'. form: 'plain' or 'first'."""
    _, first, last, hangul = draw(s.rng, s.lang, sex or s.pick("FM"))
    if hangul:
        return s.plant("name", hangul[len(last):] if form == "first" else hangul)
    return s.plant("name", first if form == "first" else f"{first} {last}")


# --- numbers and dates in words ----------------------------------------------------------------------------------
FR_UNITS = ("zéro un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize dix-sept "
            "dix-huit dix-neuf").split()
FR_TENS = {2: "vingt", 3: "trente", 4: "quarante", 5: "cinquante", 6: "soixante"}
EN_UNITS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
            "seventeen eighteen nineteen").split()
EN_TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty"}
KO_TENS = {1: "열", 2: "스물", 3: "서른", 4: "마흔", 5: "쉰", 6: "예순"}
KO_UNITS = ["", "한", "두", "세", "네", "다섯", "여섯", "일곱", "여덟", "아홉"]


def fr_words(n: int) -> str:
    """19 -> 'dix-neuf', 21 -> 'vingt et un', 32 -> 'trente-deux' (up to 69)."""
    if n < 20:
        return FR_UNITS[n]
    tens, unit = divmod(n, 10)
    return FR_TENS[tens] + {0: "", 1: " et un"}.get(unit, f"-{FR_UNITS[unit]}")


def en_words(n: int) -> str:
    """32 -> 'thirty-two' (up to 69)."""
    if n < 20:
        return EN_UNITS[n]
    tens, unit = divmod(n, 10)
    return EN_TENS[tens] + (f"-{EN_UNITS[unit]}" if unit else "")


def ko_words(n: int) -> str:
    """Native Korean count of years: 34 -> '서른네 살', 20 -> '스무 살'."""
    tens, unit = divmod(n, 10)
    return ("스무" if n == 20 else KO_TENS[tens] + KO_UNITS[unit]) + " 살"


EN_MON = [m[:3] for m in EN_MONTHS]


def birth_date(s: Sheet, d: date, short: bool = False) -> str:
    """A date of birth the way people write it: 12/03/1987, 1987-03-12, 12 mars 87, 12.03.87, 12 Mar 1987,
    1987. 3. 12, 870312-2******."""
    if s.lang == "fr":
        day = "1er" if d.day == 1 else str(d.day)
        forms = [f"{d:%d/%m/%Y}", f"{d:%Y-%m-%d}", f"{day} {FR_MONTHS[d.month - 1]} {d:%y}", f"{d:%d.%m.%y}"]
    elif s.lang == "en":
        forms = [f"{d:%d/%m/%Y}", f"{d:%Y-%m-%d}", f"{d.day} {EN_MON[d.month - 1]} {d.year}", f"{d:%d.%m.%y}"]
    else:
        digit = (4 if s.female else 3) if d.year >= 2000 else (2 if s.female else 1)
        forms = [f"{d.year}. {d.month}. {d.day}", f"{d:%Y.%m.%d}", f"{d.year}년 {d.month}월 {d.day}일"]
        forms += [] if short else [f"{d:%y%m%d}-{digit}******"]
    return s.pick(forms)


def kids_ages(s: Sheet) -> str:
    """The children's ages: '4 et 9 ans', '4, 7 and 9', '4세, 9세'."""
    ages = s.p.b5_kids
    if s.lang == "ko":
        return ", ".join(f"{a}세" for a in ages)
    word = " et " if s.lang == "fr" else " and "
    text = ", ".join(map(str, ages[:-1])) + word + str(ages[-1]) if len(ages) > 1 else str(ages[0])
    return text + (" ans" if s.lang == "fr" and ages[-1] > 1 else " an" if s.lang == "fr" else "")


# --- the families in this split's wording -----------------------------------------------------------------------
def r_age(s: Sheet, mode: str) -> str:
    """Age: '32 ans', 'trente-deux ans', '32a', '32 y/o', 'thirty-two', '만 34세', '34살', '서른네 살'."""
    a = s.p.age
    if s.lang == "fr":
        if mode == "field":
            body = s.pick([f"{a} ans", f"{fr_words(a)} ans", f"{a}"])
            return s.field(s.pick(["Âge", "Age"]), body, "age", whole=body.isdigit())
        if mode == "sms":
            return s.plant("age", s.pick([f"{a}a", f"{a} ans", f"{a}ans"]))
        words = s.plant("age", s.pick([f"{fr_words(a)} ans", f"{a} ans"]))
        return ("j'ai " + words) if mode == "prose" else words
    if s.lang == "en":
        if mode == "field":
            return s.field(s.pick(["Age", "Age (years)"]), str(a), "age", whole=True)
        if mode == "sms":
            return s.plant("age", s.pick([f"{a}yo", f"{a} y/o"]))
        if mode == "prose":
            return s.pick([lambda: "I'm " + s.plant("age", en_words(a)), lambda: s.plant("age", f"I am {a}")])()
        return s.plant("age", s.pick([f"{a} y/o", f"aged {a}", f"{en_words(a)} years old"]))
    if mode == "field":
        return s.field(s.pick(["나이", "연령"]), s.pick([f"만 {a}세", f"{a}살"]), "age")
    if mode == "prose":
        return "올해 " + s.plant("age", s.pick([f"{a}살", ko_words(a), f"만 {a}세"]))
    return s.plant("age", s.pick([f"{a}살", f"만 {a}세", ko_words(a)]))


def _birth_place(s: Sheet, chance: float = 0.4) -> str:
    if not s.chance(chance):
        return ""
    return {"fr": " à ", "en": " in ", "ko": " "}[s.lang] + s.plant("birth", s.p.birth_place) + \
        (" 출생" if s.lang == "ko" else "")


def r_birth(s: Sheet, mode: str) -> str:
    """Date (or year) and sometimes place of birth."""
    b = s.p.born
    if s.lang == "fr":
        if mode == "field":
            label = s.pick(["Date de naissance", "Né(e) le", "DDN", "Naissance"])
            return s.field(label, birth_date(s, b), "birth") + _birth_place(s)
        lead = s.g("née", "né") if mode in ("prose", "sms") else s.g("Née", "Né")
        if s.chance(0.25):
            return f"{lead} en {s.plant('birth', str(b.year))}" + _birth_place(s)
        return f"{lead} le {s.plant('birth', birth_date(s, b))}" + _birth_place(s)
    if s.lang == "en":
        if mode == "field":
            return s.field(s.pick(["DOB", "Date of birth", "D.O.B."]), birth_date(s, b), "birth") + _birth_place(s)
        if mode == "prose":
            return "I was born" + (_birth_place(s, 1.0) if s.p.birth_place else "") + \
                f" in {s.plant('birth', str(b.year))}"
        return s.pick(["DOB ", "Born ", "b. "]) + s.plant("birth", birth_date(s, b))
    if mode == "field":
        return s.field(s.pick(["생년월일", "주민등록번호"]), birth_date(s, b), "birth")
    if mode == "prose":
        return s.plant("birth", s.p.birth_place) + "에서 " + s.plant("birth", f"{b.year}년") + "에 태어나"
    return s.plant("birth", s.pick([f"{b:%y}년생", f"{b.year}년 {b.month}월 {b.day}일생"]))


def r_residence(s: Sheet, mode: str) -> str:
    """Where the author lives: an address, an arrondissement, an overseas town, a Korean 시/군 and 동/읍."""
    return {"fr": _fr_residence, "en": _en_residence, "ko": _ko_residence}[s.lang](s, mode)


def _fr_residence(s: Sheet, mode: str) -> str:
    shown, pc, town, overseas = s.p.town

    def full() -> str:
        return f"{s.plant('residence', s.p.street)}, {s.plant('residence', pc)} {s.plant('residence', town)}"

    def short() -> str:
        if overseas and s.chance(0.5):
            return s.plant("residence", s.pick([f"{shown} ({pc[:3]})", f"{shown}, {overseas}"]))
        return s.plant("residence", shown)

    if mode == "field":
        return f"{s.pick(['Adresse', 'Domicile'])}{s.sep}" + (full() if s.chance(0.6) else short())
    if mode == "prose":
        return s.pick(["j'habite à ", "je vis à ", "j'habite "]) + short() if s.chance(0.7) else "j'habite au " + full()
    if mode == "sms":
        return s.pick(["hab ", "sur ", "secteur "]) + short()
    return s.pick([full, short, lambda: "Habite " + short(), lambda: "📍 " + short()])()


def _en_residence(s: Sheet, mode: str) -> str:
    town, _, county = s.p.town

    def full() -> str:
        return f"{s.plant('residence', s.p.street)}, {s.plant('residence', town)} {s.plant('residence', s.p.postcode)}"

    if mode == "field":
        return f"{s.pick(['Address', 'Home address'])}{s.sep}" + full()
    if mode == "prose":
        return s.pick(["I live in ", "I'm based in "]) + s.plant("residence", town)
    if mode == "sms":
        return s.pick(["based in ", "live in ", ""]) + s.plant("residence", town)
    return s.pick([full, lambda: f"{s.plant('residence', town)} ({s.plant('residence', s.p.postcode.split()[0])})",
                   lambda: f"{s.plant('residence', town)}, {county}"])()


def _ko_residence(s: Sheet, mode: str) -> str:
    region, short, district = s.p.town
    unit = region[-1]  # 시 or 군
    if mode == "field":
        return f"{s.pick(['주소', '현 주소'])}{s.sep}{s.plant('residence', region)} {s.plant('residence', s.p.street)}" + \
            f" ({s.plant('residence', district)})"
    if mode == "prose":
        return s.plant("residence", f"{short}{unit} {district}") + "에 살고 있습니다"
    if mode == "sms":
        return s.plant("residence", f"{short} {district}") + " 살아요"
    return s.plant("residence", s.pick([f"{short}{unit} {district}", f"{short} {district}"])) + s.pick([" 거주", ""])


def _fr_adj(s: Sheet, key: str, cap: bool = False) -> str:
    masc, fem = NATS[key][:2]
    if cap:
        masc, fem = masc[0].upper() + masc[1:], fem[0].upper() + fem[1:]
    value, other = (fem, masc) if s.female else (masc, fem)
    return s.plant("nationality", value, (other,))


def r_nationality(s: Sheet, mode: str) -> str:
    """Nationality or origin: 'ressortissante comorienne', 'franco-congolaise', 'originaire des Comores',
    'Sri Lankan citizen', 'British-Fijian', '태국 출신'."""
    nat, origin = s.p.b5_nat, ORIGIN_KEY[s.p.b5_origin]
    if s.lang == "fr":
        if origin not in nat and s.chance(0.45):
            if origin in FR_FROM and s.chance(0.5):
                return f"originaire {FR_FROM[origin]}" + s.plant("nationality", NATS[origin][2])
            return "d'origine " + s.plant("nationality", NATS[origin][1], (NATS[origin][0],))  # 'origine' is feminine
        if mode == "field":
            return f"Nationalité{s.sep}" + " / ".join(_fr_adj(s, k, cap=True) for k in nat)
        if nat == ("FR", origin) or nat == (origin, "FR") or (len(nat) == 2 and "FR" in nat):
            other = next(k for k in nat if k != "FR")
            masc, fem = (f"franco-{NATS[other][0]}", f"franco-{NATS[other][1]}")
            return s.gv("nationality", fem, masc, sex=False)
        if nat[0] != "FR" and s.chance(0.6):
            return s.g("ressortissante", "ressortissant") + " " + _fr_adj(s, nat[0])
        return "de nationalité " + " et ".join(s.plant("nationality", NATS[k][1], (NATS[k][0],)) for k in nat)
    if s.lang == "en":
        def adj(k: str) -> str:
            return s.plant("nationality", NATS[k][3])

        if origin not in nat and s.chance(0.4):
            return s.pick([lambda: "originally from " + s.plant("nationality", NATS[origin][4]),
                           lambda: f"{adj(origin)} background"])()
        if mode == "field":
            return f"{s.pick(['Nationality', 'Citizenship'])}{s.sep}" + " / ".join(adj(k) for k in nat)
        if len(nat) == 2:
            return s.plant("nationality", f"{NATS[nat[0]][3]}-{NATS[nat[1]][3]}") + " dual national"
        return s.pick([lambda: f"{adj(nat[0])} citizen", lambda: f"{adj(nat[0])} passport"])()
    country = NATS[nat[-1]][5]
    if mode == "field" or nat == ("KR",):
        return "국적" + s.sep + s.plant("nationality", country)
    return s.plant("nationality", s.pick([f"{country} 출신", f"{country} 국적"]))


REL_FR = {"muslim": ("musulmane", "musulman"), "protestant": ("protestante", "protestant"),
          "catholic": ("catholique", "catholique"), "mormon": ("mormone", "mormon"),
          "kimbanguist": ("kimbanguiste", "kimbanguiste"), "evangelical": ("évangélique", "évangélique"),
          "orthodox": ("orthodoxe", "orthodoxe")}
REL_EN = {"muslim": "Muslim", "buddhist": "Buddhist", "catholic": "Catholic", "hindu": "Hindu",
          "methodist": "Methodist", "congregational": "Congregational Christian", "mormon": "Latter-day Saint",
          "adventist": "Seventh-day Adventist", "protestant": "Protestant", "orthodox": "Orthodox Christian"}
REL_KO = {"buddhist": "불교", "protestant": "개신교", "catholic": "천주교", "won": "원불교", "none": "무교"}
REL_HOBBY = {
    "fr": {"muslim": ["bénévole à la {mosquée}", "cours de {Coran} le week-end", "aide aux devoirs à la {madrassa}"],
           "catholic": ["{chorale paroissiale}", "{catéchisme} le mercredi", "{pèlerinage à Lourdes} chaque été"],
           "protestant": ["chorale du {temple protestant}", "{école du dimanche} au {temple}"],
           "mormon": ["bénévolat avec l'{Église de Jésus-Christ des Saints des Derniers Jours}"],
           "kimbanguist": ["fanfare de l'{Église kimbanguiste}"],
           "evangelical": ["{chorale gospel} de l'{église évangélique}", "louange à l'{église de réveil}"],
           "orthodox": ["bénévole à l'{église orthodoxe érythréenne}"]},
    "en": {"muslim": ["volunteer at the {mosque}", "{madrasa} teacher at weekends"],
           "buddhist": ["{dana} volunteer at the {vihara}", "{Poya day} volunteer at the {temple}"],
           "catholic": ["{parish choir}", "{catechist} at {St Joseph's}"],
           "hindu": ["{Onam} and {Diwali} organiser at the {mandir}"],
           "methodist": ["youth leader at the {Methodist church}"], "congregational": ["{EFKS} church choir"],
           "mormon": ["{LDS} ward volunteer"], "adventist": ["{Sabbath} keeper (no Saturday shifts)"],
           "protestant": ["{Mekane Yesus} church choir"], "orthodox": ["{Tewahedo} church volunteer"]},
    "ko": {"buddhist": ["{사찰} 연등 봉사", "{템플스테이} 자원봉사"], "protestant": ["{교회} 찬양팀", "{주일학교} 교사"],
           "catholic": ["{성당} 성가대", "{레지오} 단원"], "won": ["{원불교} 교당 봉사"], "none": []},
}


def r_religion(s: Sheet, mode: str) -> str:
    """Religion: a field, a self-description, or an activity that tells it."""
    key = s.p.religion
    hobbies = REL_HOBBY[s.lang].get(key, [])
    if mode != "field" and hobbies and s.chance({"hobby": 0.9, "bare": 0.6}.get(mode, 0.4)):
        return _braced(s, s.pick(hobbies), "religion")
    if s.lang == "fr":
        fem, masc = REL_FR[key]
        if mode == "field":
            return f"{s.pick(['Religion', 'Confession'])}{s.sep}" + s.gv("religion", fem, masc, sex=False)
        return s.pick(["de confession ", "", "je suis " if mode == "prose" else ""]) + \
            s.gv("religion", fem, masc, sex=False) + s.pick([lambda: "", lambda: " " + s.g("pratiquante", "pratiquant")])()
    if s.lang == "en":
        if mode == "field":
            return s.field(s.pick(["Religion", "Faith"]), REL_EN[key], "religion")
        return s.pick(["practising ", "", "devout "]) + s.plant("religion", REL_EN[key])
    return "종교" + s.sep + s.plant("religion", REL_KO.get(key, "무교"))


FR_STATUS = {"single": ("célibataire",) * 2, "married": ("mariée", "marié"), "pacs": ("pacsée", "pacsé"),
             "divorced": ("divorcée", "divorcé"), "widowed": ("veuve", "veuf"), "couple": ("en concubinage",) * 2}
EN_STATUS = {"single": "single", "married": "married", "pacs": "in a civil partnership", "divorced": "divorced",
             "widowed": "widowed", "couple": "living with my partner"}
KO_STATUS = {"single": "미혼", "married": "기혼", "pacs": "기혼", "divorced": "이혼", "widowed": "사별", "couple": "미혼"}
FR_KIDS = {1: "un enfant", 2: "deux enfants", 3: "trois enfants", 4: "quatre enfants"}
EN_KIDS = {1: "one", 2: "two", 3: "three", 4: "four"}
KO_KIDS = {1: "한", 2: "두", 3: "세", 4: "네"}


def r_family(s: Sheet, mode: str) -> str:
    """Marital status and children, the children often with their ages."""
    return {"fr": _fr_family, "en": _en_family, "ko": _ko_family}[s.lang](s, mode)


def _fr_family(s: Sheet, mode: str) -> str:
    p, n = s.p, s.p.children
    fem, masc = FR_STATUS[p.marital]
    if mode == "sms":
        return s.gv("family", fem, masc) + (" " + s.plant("family", s.pick([f"{n} enfts", f"{n} enf."])) if n else "")
    if n and mode != "field" and s.chance(0.4):
        kids = s.pick([FR_KIDS[n], f"{n} enfants"]) if n > 1 else "un enfant"
        head = s.pick([("maman", "papa"), ("mère", "père")])
        if mode == "prose":
            return "je suis " + s.gv("family", f"{head[0]} de {kids} ({kids_ages(s)})",
                                      f"{head[1]} de {kids} ({kids_ages(s)})", sex=False)
        return s.gv("family", f"{head[0].capitalize()} de {kids}", f"{head[1].capitalize()} de {kids}", sex=False)
    if mode != "prose":
        fem, masc = fem[0].upper() + fem[1:], masc[0].upper() + masc[1:]
    status = s.gv("family", fem, masc)
    kids = ""
    if n:
        kids = ", " + s.plant("family", s.pick([f"{n} enfant{'s' if n > 1 else ''} ({kids_ages(s)})",
                                                 FR_KIDS[n]]))
    if mode == "field":
        return f"{s.pick(['Situation familiale', 'Situation de famille'])}{s.sep}{status}{kids}"
    return ("je suis " if mode == "prose" else "") + status + kids


def _en_family(s: Sheet, mode: str) -> str:
    p, n = s.p, s.p.children
    if mode == "sms":
        return s.plant("family", EN_STATUS[p.marital]) + (f" w/ {s.plant('family', f'{n} kids' if n > 1 else '1 kid')}"
                                                           if n else "")
    if n and p.marital in ("single", "divorced", "widowed") and mode != "field" and s.chance(0.5):
        return s.gv("family", f"single mum of {EN_KIDS[n]}", f"single dad of {EN_KIDS[n]}", sex=False)
    status = EN_STATUS[p.marital]
    if mode == "field":
        kids = "; " + s.plant("family", f"Dependants: {n}") if n else ""
        return f"Marital status{s.sep}{s.plant('family', status.capitalize())}{kids}"
    kids = f" with {s.plant('family', f'{n} kids ({kids_ages(s)})' if n > 1 else f'a child ({kids_ages(s)})')}" \
        if n else ""
    return ("I'm " if mode == "prose" else "") + s.plant("family", status) + kids


def _ko_family(s: Sheet, mode: str) -> str:
    p, n = s.p, s.p.children
    if n and mode in ("prose", "sms") and s.chance(0.6):
        return s.gv("family", f"{KO_KIDS[n]} 아이 엄마", f"{KO_KIDS[n]} 아이 아빠", sex=False)
    status = s.plant("family", KO_STATUS[p.marital])
    kids = f" ({s.plant('family', f'자녀 {n}명')}, {s.plant('family', kids_ages(s))})" if n else ""
    if mode == "field":
        return f"{s.pick(['결혼 여부', '혼인 여부'])}{s.sep}{status}{kids}"
    return status + kids


HEALTH_FR = {"rqth": "RQTH", "handicap": "reconnaissance MDPH", "diabetes": "diabète de type 2",
             "hearing": ("porteuse d'appareils auditifs", "porteur d'appareils auditifs"), "good": "aucun souci de santé",
             "mitemps": "épilepsie stabilisée", "boeth": "pension d'invalidité catégorie 1"}
HEALTH_EN = {"disabled": "Blue Badge holder", "hearing": "Deaf", "diabetes": "epilepsy", "dyslexia": "ADHD",
             "wheelchair": "partially sighted", "good": "no health issues", "confident": "Crohn's disease"}


def r_health(s: Sheet, mode: str) -> str:
    """Disability or health, in this split's words (the base wording half of the time)."""
    if s.chance(0.4):
        return RENDER["health"](s, "bare" if mode == "sms" else mode)
    key = s.p.health
    if s.lang == "fr":
        value = HEALTH_FR[key]
        text = s.gv("health", *value) if isinstance(value, tuple) else s.plant("health", value)
        return f"{s.pick(['Santé', 'Handicap'])}{s.sep}{text}" if mode == "field" else text
    if s.lang == "en":
        text = s.plant("health", HEALTH_EN[key])
        suffix = " (disclosed for reasonable adjustments)" if key != "good" and s.chance(0.3) else ""
        return f"Health{s.sep}{text}" if mode == "field" else text + suffix
    value = "건강 양호" if key == "good" else s.pick(["장애인 등록 (심하지 않은 장애)", "당뇨 관리 중", "청각장애 (보청기 사용)"])
    return (f"{s.pick(['건강', '장애 여부'])}{s.sep}" if mode == "field" else "") + s.plant("health", value)


RENDER5 = {"age": r_age, "birth": r_birth, "residence": r_residence, "nationality": r_nationality,
           "religion": r_religion, "family": r_family, "health": r_health}


# --- sections ----------------------------------------------------------------------------------------------------
EXTRA_LANGS = {  # languages of an origin (facts; dropped when they name the author's nationality or origin)
    "fr": {"comorian": ["Shikomori"], "polynesian": ["Tahitien"], "peul": ["Pulaar"], "soninke": ["Soninké"],
           "congolese": ["Lingala", "Kikongo"], "eritrean": ["Tigrinya"], "chechen": ["Tchétchène", "Russe"],
           "afghan": ["Pachto", "Dari"]},
    "en": {"sinhala": ["Sinhala"], "malayali": ["Malayalam"], "fijian": ["Fiji Hindi", "iTaukei"],
           "samoan": ["Gagana Samoa"], "rwandan": ["Kinyarwanda"], "oromo": ["Afaan Oromoo"], "afghan": ["Pashto"]},
    "ko": {"thai_ko": ["태국어"], "lanka_ko": ["싱할라어"]},
}
LEVELS = {"fr": ["langue d'origine", "courant", "bilingue"], "en": ["native", "fluent"], "ko": ["모국어", "원어민"]}


def nat_forms(s: Sheet) -> list[str]:
    """Every form of the author's nationalities and origin."""
    keys = set(s.p.b5_nat) | {ORIGIN_KEY[s.p.b5_origin]}
    return [f for k in keys for f in (NATS[k][0], NATS[k][1], NATS[k][3], NATS[k][5])]


def names_origin(s: Sheet, text: str) -> bool:
    return any(f in text if s.lang == "ko" else pattern(f).search(text) for f in nat_forms(s))


def tongues(s: Sheet, pairs: bool = False) -> list:
    """Languages spoken (facts), none naming the author's nationality or origin; (language, level) pairs if asked."""
    common = {"fr": D.FR_LANGS, "en": D.EN_LANGS, "ko": [(x, [""]) for x in D.KO_LANGS]}[s.lang]
    mine = [(x, LEVELS[s.lang]) for x in EXTRA_LANGS[s.lang].get(s.p.b5_origin, []) if not names_origin(s, x)][:1]
    pool = [x for x in common if not names_origin(s, x[0])]
    chosen = (mine if s.chance(0.7) else []) + s.rng.sample(pool, s.rng.randint(1, 2))
    out = []
    for lang_name, levels in chosen:
        level = s.pick(levels)
        if pairs:
            out.append((s.fact(lang_name), s.fact(level) if level else ""))
        elif not level:
            out.append(s.fact(lang_name))
        else:
            out.append(s.fact(s.pick([f"{lang_name} : {level}" if s.lang == "fr" else f"{lang_name}: {level}",
                                      f"{lang_name} ({level})"])))
    return out


def interests(s: Sheet, label: bool = True) -> str:
    """Interests, with the religious activity of some authors."""
    items = s.rng.sample({"fr": D.FR_HOBBIES, "en": D.EN_HOBBIES, "ko": D.KO_HOBBIES}[s.lang], 2)
    rel = s.bit("religion", "hobby")
    if rel:
        items.insert(s.rng.randint(0, 2), rel)
    return (f"{s.h('hobbies')}{s.sep}" if label else "") + ", ".join(items)


def since(s: Sheet) -> str:
    """Since when the author has held the current job: 'depuis 2016', 'since 2016', '2016년부터' (a fact)."""
    job = s.p.jobs[0]
    y0 = job.start[0]
    if job.end:
        return s.fact({"fr": f"de {y0} à {job.end[0]}", "en": f"from {y0} to {job.end[0]}",
                       "ko": f"{y0}년부터 {job.end[0]}년까지"}[s.lang])
    return s.fact({"fr": f"depuis {y0}", "en": f"since {y0}", "ko": f"{y0}년부터"}[s.lang])


def side_job(s: Sheet) -> str:
    """A small job for an employer with a person's name, and where: 'Extras le week-end : Boulangerie Martin,
    Ivry-sur-Seine' (facts)."""
    places = {"fr": FR_JOB_PLACES, "en": EN_JOB_PLACES, "ko": KO_JOB_PLACES}[s.lang]
    used = {j.place for j in s.p.jobs}
    place = s.fact(s.pick([x for x in places if x not in used]))
    return f"{s.pick(SIDE_WHAT[s.lang])}{s.sep}{s.fact(s.pick(SIDE_EMPLOYERS[s.lang]))}, {place}"


def team(s: Sheet) -> str:
    """A team size (a fact)."""
    return s.fact(s.pick(TEAM[s.lang]).format(n=s.rng.randint(3, 25)))


def rest(s: Sheet, mode: str = "bare") -> list[str]:
    """Every family this CV reveals and has not written yet (residence included)."""
    res = s.bit("residence", mode)
    return ([res] if res else []) + s.bits(mode=mode)


def body5(s: Sheet, exp_style: str = "line") -> list[str]:
    """Profile, experience (with a side job), education, skills, languages, licences and interests, with headings."""
    exp = experience_lines(s) if exp_style == "line" else [f"{title_text(s, j)} – {s.fact(j.employer)}, "
                                                           f"{place_text(s, j)} ({job_dates(s, j)})" for j in s.p.jobs]
    out = [s.h("profile"), profile(s), "", s.h("exp"), *exp, side_job(s), "", s.h("edu"), *education(s), ""]
    out += [s.h("skills"), ", ".join(skills(s)), "", s.h("langs"), *tongues(s), "", f"{s.h('lic')}{s.sep}{licence(s)}",
            interests(s)]
    return out


def experience_lines(s: Sheet, jobs=None) -> list[str]:
    """One line a job (every job, or those given): dates, title, employer, place."""
    return [f"{job_dates(s, j)} : {title_text(s, j)} – {s.fact(j.employer)}, {place_text(s, j)}"
            for j in (s.p.jobs if jobs is None else jobs)]


def diploma(s: Sheet) -> str:
    """One diploma of the trade (a fact)."""
    return s.fact(s.pick(list(s.p.trade.diplomas[s.lang])))


def recast(s: Sheet, fn, m0: int = 0, f0: int = 0) -> None:
    """Apply a text transformation to the markers and facts recorded since (m0, f0), as it was applied to the text."""
    s.markers[m0:] = [replace(m, value=fn(m.value), also=tuple(fn(a) for a in m.also)) for m in s.markers[m0:]]
    s.facts[f0:] = [fn(f) for f in s.facts[f0:]]


def josa(word: str, after_consonant: str, after_vowel: str) -> str:
    """The Korean particle that fits the word's last syllable ('미화원' + 으로, '바리스타' + 로; ㄹ takes 로)."""
    code = ord(word[-1]) - 0xAC00 if word else -1
    final = code % 28 if 0 <= code < 11172 else 0
    if after_consonant == "으로":
        return after_vowel if final in (0, 8) else after_consonant
    return after_consonant if final else after_vowel


def with_ro(word: str) -> str:
    """'미화원' -> '미화원으로', '바리스타' -> '바리스타로'."""
    return word + josa(word, "으로", "로")


def de(word: str) -> str:
    """'de cariste', 'd'infirmier', 'd'hôtesse': the French preposition before a word."""
    return ("d'" if word[:1].lower() in "aeiouyhéèêâîôû" else "de ") + word


def one_line(text: str | None) -> str | None:
    return text.replace("\n", ", ") if text else text


def capital(text: str) -> str:
    return text[0].upper() + text[1:] if text else text


# --- 1. a web application form copied from the browser ------------------------------------------------------------
FORM = {
    "fr": {"head": "Postuler – {job}", "req": "Les champs marqués d'un * sont obligatoires.",
           "select": "-- Sélectionner --", "date": "jj/mm/aaaa", "civil": "Civilité *", "first": "Prénom *",
           "last": "Nom *", "birth": "Date de naissance", "age": "Âge", "street": "Adresse", "pc": "Code postal *",
           "town": "Ville *", "tel": "Téléphone *", "mail": "E-mail *", "nat": "Nationalité",
           "fam": "Situation familiale", "kids": "Nombre d'enfants", "health": "Handicap ou besoin d'aménagement "
                                                                                 "(facultatif)",
           "job": "Poste actuel *", "emp": "Employeur actuel", "since": "Ancienneté", "exp": "Votre expérience *",
           "edu": "Diplôme le plus élevé", "lic": "Permis / habilitations", "langs": "Langues",
           "msg": "Message au recruteur (facultatif)", "count": "{n}/2000",
           "tail": ["CV (PDF, Word – 5 Mo max)", "Parcourir… Aucun fichier sélectionné",
                    "☐ J'accepte que mes données soient traitées dans le cadre de ma candidature. *",
                    "Envoyer ma candidature"]},
    "en": {"head": "Apply for {job}", "req": "* Required", "select": "Please select", "date": "DD/MM/YYYY",
           "civil": "Title *", "first": "First name *", "last": "Last name *", "birth": "Date of birth",
           "age": "Age", "street": "Address line 1", "pc": "Postcode *", "town": "Town/City *", "tel": "Mobile number *",
           "mail": "Email address *", "nat": "Nationality", "fam": "Marital status (optional)",
           "kids": "Number of dependants", "health": "Do you consider yourself to have a disability? (optional)",
           "job": "Current job title *", "emp": "Current employer", "since": "Time in role",
           "exp": "Work history *", "edu": "Highest qualification", "lic": "Licences and tickets",
           "langs": "Languages", "msg": "Supporting statement (optional)", "count": "{n}/2000 characters",
           "tail": ["Upload your CV", "Choose file   No file chosen", "☐ I agree to the privacy notice *",
                    "Submit application"]},
    "ko": {"head": "지원서 작성 – {job}", "req": "* 필수 입력 항목", "select": "선택하세요", "date": "YYYY.MM.DD",
           "civil": "성별", "first": "", "last": "이름 *", "birth": "생년월일 *", "age": "나이", "street": "주소",
           "pc": "", "town": "", "tel": "휴대폰 *", "mail": "이메일 *", "nat": "국적", "fam": "결혼 여부",
           "kids": "자녀 수", "health": "장애 여부 (선택)", "job": "현 직무 *", "emp": "현 직장", "since": "근속",
           "exp": "경력사항 *", "edu": "최종 학력", "lic": "자격증", "langs": "어학", "msg": "자기소개 (선택)",
           "count": "{n}/1000자", "tail": ["첨부파일", "파일 선택   선택된 파일 없음", "☐ 개인정보 수집·이용에 동의합니다. *",
                                          "지원서 제출"]},
}
SEX_WORD = {"fr": ("Madame", "Monsieur"), "en": ("Ms", "Mr"), "ko": ("여", "남")}


def _form_personal(s: Sheet, T: dict) -> list[tuple[str, str]]:
    """The identity rows of a web form: (label, value) pairs, a placeholder where the author left a field empty."""
    p, lang, rows = s.p, s.lang, []
    if s.has("sex"):
        s.done.add("sex")
        word = SEX_WORD[lang][0 if s.female else 1]
        rows.append((T["civil"], s.plant("sex", f"{T['civil']}\n{word}") and word) if lang == "ko" else
                    (T["civil"], s.plant("sex", word)))
    else:
        rows.append((T["civil"], T["select"]))
    if p.hangul:
        rows.append((T["last"], name(s)))
    else:
        rows += [(T["first"], s.plant("name", p.first)), (T["last"], s.plant("name", s.pick([p.last, p.last.upper()])))]
    if s.has("birth"):
        s.done.add("birth")
        rows.append((T["birth"], s.plant("birth", birth_date(s, p.born, short=True))))
    else:
        rows.append((T["birth"], T["date"]))
    if s.has("age"):
        s.done.add("age")
        rows.append((T["age"], s.plant("age", f"{T['age']}\n{p.age}") and str(p.age)))
    if s.has("residence"):
        s.done.add("residence")
        if lang == "fr":
            rows += [(T["street"], s.plant("residence", p.street)), (T["pc"], s.plant("residence", p.postcode)),
                     (T["town"], s.plant("residence", p.town[2]))]
        elif lang == "en":
            rows += [(T["street"], s.plant("residence", p.street)), (T["town"], s.plant("residence", p.town[0])),
                     (T["pc"], s.plant("residence", p.postcode))]
        else:
            rows.append((T["street"], f"{s.plant('residence', p.town[0])} {s.plant('residence', p.street)}"))
    rows += [(label, v) for label, v in ((T["tel"], phone(s)), (T["mail"], email(s))) if v]
    if s.has("nationality"):
        s.done.add("nationality")
        key = p.b5_nat[0]
        value = {"fr": lambda: _fr_adj(s, key, cap=True), "en": lambda: s.plant("nationality", NATS[key][3]),
                 "ko": lambda: s.plant("nationality", NATS[key][5])}[lang]()
        rows.append((T["nat"], value))
    else:
        rows.append((T["nat"], T["select"]))
    if lang == "ko" and "sex" in s.done and not s.female and s.chance(0.7):
        body = s.pick(["군필 (육군 병장 만기전역)", "육군 만기제대", "군필"])
        rows.append(("병역", s.plant("sex", f"병역\n{body}") and body))
    if s.has("family"):
        s.done.add("family")
        fem, masc = (FR_STATUS[p.marital] if lang == "fr" else (EN_STATUS[p.marital],) * 2 if lang == "en" else
                     (KO_STATUS[p.marital],) * 2)
        rows.append((T["fam"], s.gv("family", capital(fem), capital(masc))))
        if p.children:
            rows.append((T["kids"], s.plant("family", f"{T['kids']}\n{p.children}") and str(p.children)))
    else:
        rows.append((T["fam"], T["select"]))
    health = s.bit("health", "bare")
    if health:
        rows.append((T["health"], health))
    return rows


@blind5()
def web_form_paste(s: Sheet) -> str:
    """A careers site's application form copied from the browser and pasted as a CV: every label ('Prénom *',
    'Date of birth', '생년월일 *') on its own line and the value typed under it, placeholders ('jj/mm/aaaa',
    '-- Sélectionner --') where a field was left empty, a free message with its character counter, the buttons."""
    T, lang = FORM[s.lang], s.lang
    s.sep = {"fr": " : ", "en": ": ", "ko": ": "}[lang]
    job = s.p.jobs[0]
    rows = _form_personal(s, T)
    rows += [(T["job"], title_text(s, job)), (T["emp"], s.fact(job.employer)), (T["since"], duration(s)),
             (T["exp"], "\n".join(experience_lines(s))), (T["edu"], diploma(s)), (T["lic"], licence(s)),
             (T["langs"], ", ".join(tongues(s)))]
    more = rest(s, "prose")
    msg = profile(s) + (" " + "; ".join(more) + "." if more else "")
    lines = [T["head"].format(job=headline(s, "lower") if lang != "ko" else headline(s)), T["req"], ""]
    for label, value in rows:
        lines += [label, value, ""] if label else [value, ""]
    lines += [T["msg"], msg, T["count"].format(n=len(msg)), "", *T["tail"]]
    return "\n".join(lines)


# --- 2. a profile sent as one text message ------------------------------------------------------------------------
@blind5()
def sms_profile(s: Sheet) -> str:
    """A profile typed as a text message to an agency or a manager: one or two lines, abbreviations ('32a', '2 enfts',
    'hab Paris 11e', '32yo', '애 둘 엄마'), the job facts in the middle of the personal ones, the number at the end."""
    p, lang = s.p, s.lang
    job = p.jobs[0]
    me = name(s, "plain") if p.hangul or s.chance(0.6) else first_name(s)
    mine = [s.bit(f, "sms") for f in s.rng.sample(["age", "family", "residence", "sex"], 4)]
    if lang == "ko":
        work = f"{title_text(s, job)} {since(s)} 일했어요 ({duration(s)})"
    else:
        work = f"{title_text(s, job, 'lower')} {since(s)} ({duration(s, lower=True)})"
    lic = licence(s) + (f" + {s.g('véhiculée', 'véhiculé')}" if lang == "fr" and s.chance(0.4) else "")
    others = [s.bit(f, "sms") for f in ("nationality", "birth", "health", "religion")]
    tail = availability(s, lower=lang != "ko") + (f" et {s.g('motivée', 'motivé')}" if lang == "fr" else "")
    contact = joined([phone(s), email(s)], " / ")
    if lang == "fr":
        first = f"{s.pick(['Bjr', 'Bonjour', 'Slt'])} c {me}, " + ", ".join(x for x in [*mine, work, lic] if x)
        second = ", ".join(x for x in [*others, tail] if x) + (f". Mon num {contact}" if contact else "")
    elif lang == "en":
        first = f"{s.pick(['hi', 'Hiya', 'Hello'])} its {me}, " + ", ".join(x for x in [*mine, work, lic] if x)
        second = ", ".join(x for x in [*others, tail] if x) + (f". txt me on {contact}" if contact else "")
    else:
        first = f"안녕하세요~ {me}{josa(me, '이에요', '예요')} " + " ".join(x for x in [*mine, work, f"{lic} 있어요"] if x)
        second = " ".join(x for x in [*others, tail] if x) + (f" 연락주세요 {contact}" if contact else "")
    glue = " " if lang == "ko" else ", "
    return first + (glue if s.chance(0.5) else "\n") + second + s.pick(["", " 🙏", " merci" if lang == "fr" else " thx"])


# --- 3. a profile of inline bullets ------------------------------------------------------------------------------
@blind5()
def bullet_profile(s: Sheet) -> str:
    """A profile line of inline bullets where personal details and job facts alternate ('• 42 ans • marié • permis B •
    15 ans d'expérience • Paris 11e'), then every section as bullets."""
    p = s.p
    items = [one_line(s.bit(f, "bare")) for f in ("age", "family", "residence", "nationality", "birth", "sex")]
    items += [licence(s), duration(s), since(s), team(s), *skills(s, 2), availability(s)]
    items = [x for x in items if x]
    s.rng.shuffle(items)
    head = [name(s, s.pick(["CAPS", "plain", "first LAST"])) if not p.hangul else name(s), headline(s),
            "• " + " • ".join(items)]
    contact = contact_items(s)
    head += ["• " + " • ".join(contact)] if contact else []
    dot = s.pick([" · ", " | "])
    exp = [f"• {job_dates(s, j)}{dot}{title_text(s, j)}{dot}{s.fact(j.employer)}{dot}{place_text(s, j)}"
           for j in p.jobs] + ["• " + side_job(s)]
    extra = rest(s, "bare")
    lines = head + ["", s.h("exp"), *exp, "", s.h("edu"), *[f"• {x}" for x in education(s)], "",
                    s.h("langs") + " • " + " • ".join(tongues(s)), "", s.h("hobbies") + " • " + interests(s, False)]
    return "\n".join(lines + (["", s.h("more"), *[f"• {x}" for x in extra]] if extra else []))


# --- 4. an 'about me' paragraph in the first person ----------------------------------------------------------------
def _about_fr(s: Sheet) -> list[str]:
    p, job = s.p, s.p.jobs[0]
    me = first_name(s)
    intro = s.pick([f"Bonjour ! Moi c'est {me}", f"Enchanté{'e' if s.female else ''} ! Moi c'est {me}",
                    f"Je me présente : {me}"])
    if intro.startswith("Enchantée"):
        s.plant("sex", "Enchantée")
    full = f" ({s.plant('name', f'{p.first} {p.last.upper()}')} pour l'état civil)" if s.chance(0.5) else ""
    bits = [x for x in (s.bit("age", "prose"), s.bit("birth", "prose"), s.bit("residence", "prose"),
                        s.bit("family", "prose"), s.bit("nationality", "prose")) if x]
    para = [intro + full + (", " + ", ".join(bits) if bits else "") + ".",
            ("J'ai été" if job.end else "Je suis") + f" {title_text(s, job, 'lower')} {since(s)} chez "
            f"{s.fact(job.employer)} ({place_text(s, job)}), avec {duration(s, lower=True)}."]
    for old in p.jobs[1:]:
        para.append(f"Avant, j'ai travaillé chez {s.fact(old.employer)} à {place_text(s, old)} ({job_dates(s, old)}).")
    para.append(f"Je suis titulaire du {licence(s)} et à l'aise avec {', '.join(skills(s, 2))}.")
    health, rel = s.bit("health", "prose"), s.bit("religion", "prose")
    if health:
        para.append(f"Côté santé : {health}.")
    para.append(f"En dehors du travail : {interests(s, False)}" + (f", et {rel}" if rel else "") + ".")
    para.append(f"{availability(s)} !")
    return ["À propos de moi", " ".join(para)]


def _about_en(s: Sheet) -> list[str]:
    p, job = s.p, s.p.jobs[0]
    me = first_name(s)
    intro = s.pick([f"Hi! I'm {me}", f"Hello, {me} here", f"A bit about me: I'm {me}"])
    full = f" ({s.plant('name', f'{p.first} {p.last}')} on paper)" if s.chance(0.4) else ""
    bits = [x for x in (s.bit("age", "prose"), s.bit("residence", "prose"), s.bit("family", "prose"),
                        s.bit("nationality", "prose")) if x]
    birth = s.bit("birth", "prose")
    para = [intro + full + (" – " + ", ".join(bits) if bits else "") + "." + (f" {birth}." if birth else ""),
            f"{'I was' if job.end else 'I have been'} a {title_text(s, job, 'lower')} at {s.fact(job.employer)} in {place_text(s, job)} "
            f"{since(s)}, so I bring {duration(s, lower=True)}."]
    for old in p.jobs[1:]:
        para.append(f"Before that I worked at {s.fact(old.employer)} ({job_dates(s, old)}).")
    para.append(f"I hold a {licence(s)} and I'm confident with {', '.join(skills(s, 2))}.")
    health, rel = s.bit("health", "bare"), s.bit("religion", "prose")
    if health:
        para.append(f"Health-wise: {health}.")
    para.append(f"Outside work I enjoy {interests(s, False)}" + (f"; {rel}" if rel else "") + ".")
    para.append(f"{availability(s)}.")
    return ["About me", " ".join(para)]


def _about_ko(s: Sheet) -> list[str]:
    job = s.p.jobs[0]
    birth = s.bit("birth", "prose")
    me = name(s)
    para = [(f"저는 {birth} 자란 {me}입니다." if birth else f"안녕하십니까, {me}입니다.")]
    age, res = s.bit("age", "prose"), s.bit("residence", "prose")
    if age or res:
        para.append(" ".join(x for x in (age + "이고" if age and res else age + "입니다." if age else "",
                                         res + "." if res else "") if x))
    fam = s.bit("family", "prose")
    if fam:
        para.append(f"{fam}{josa(fam, '으로', '로')}서 책임감을 가지고 일하고 있습니다." if "아이" in fam else f"결혼 여부는 {fam}입니다.")
    nat = s.bit("nationality", "bare")
    if nat:
        para.append(f"{nat}." if nat.startswith("국적") else f"{nat}{josa(nat, '으로', '로')} 한국 생활은 익숙합니다.")
    title, lic = title_text(s, job), licence(s)
    para.append(f"{since(s)} {s.fact(job.employer)}({place_text(s, job)})에서 {title}{josa(title, '으로', '로')} "
                f"근무했습니다 ({duration(s)}).")
    para.append(f"{lic}{josa(lic, '을', '를')} 보유하고 있으며 {', '.join(skills(s, 2))}에 자신이 있습니다.")
    more = [x for x in (s.bit("health", "bare"), s.bit("religion", "bare"), s.bit("sex", "bare")) if x]
    if more:
        para.append("참고 사항: " + ", ".join(more) + ".")
    para.append(f"{availability(s)}합니다.")
    return ["자기소개서", " ".join(para)]


@blind5()
def about_me(s: Sheet) -> str:
    """An 'À propos de moi' / 'About me' paragraph in the first person with the first name mid-sentence ('Bonjour !
    Moi c'est Ines, j'ai trente-deux ans…'), or a Korean 자기소개서 paragraph (hometown, age, 시/군 and 동 in running text),
    then the career in short sections."""
    lines = {"fr": _about_fr, "en": _about_en, "ko": _about_ko}[s.lang](s)
    older = experience_lines(s, s.p.jobs[1:]) if s.lang == "ko" else []
    lines += ["", s.h("exp"), *older, side_job(s), "", s.h("edu"), *education(s), "",
              s.h("langs"), *tongues(s), "", joined(contact_items(s), " – ")]
    extra = rest(s)
    return "\n".join(lines + ([", ".join(extra)] if extra else []))


# --- 5. the name only in a file-name-like title --------------------------------------------------------------------
@blind5()
def filename_title(s: Sheet) -> str:
    """A CV whose only name is its first line, a file name typed as a title ('CV_RAKOTO_Ines_2024.pdf',
    'Resume_Nuwan_Herath_FINAL(2).docx', '이력서_개하늬_최종.hwp'); no name line, details and sections below."""
    p, lang = s.p, s.lang
    first, last = p.first.replace(" ", "_"), p.last.replace(" ", "_")
    if p.hangul:
        value = s.plant("name", p.hangul)
        title = s.pick([f"이력서_{value}_최종.hwp", f"{value}_이력서(2024).pdf", f"[이력서]{value}_{headline(s)}.docx"])
    elif lang == "fr":
        value = s.plant("name", s.pick([f"{last.upper()}_{first}", f"{first}_{last}", f"{last}-{first}".lower()]))
        title = s.pick([f"CV_{value}_2024.pdf", f"{value}_CV_final(2).docx", f"cv-{value}-2024"])
    else:
        value = s.plant("name", s.pick([f"{first}_{last}", f"{last.upper()}_{first}", f"{first}-{last}".lower()]))
        title = s.pick([f"Resume_{value}_FINAL(2).docx", f"{value}_CV_2024.pdf", f"cv-{value}-v3"])
    top = [title, "", headline(s, "upper") if lang != "ko" else headline(s)]
    contact = contact_items(s, labelled=s.chance(0.5))
    top += [joined(contact, " | ")] if contact else []
    personal = [one_line(x) for x in rest(s, "bare")]
    top += [joined(personal, " – ")] if personal else []
    return "\n".join(top + [""] + body5(s) + ["", s.pick(["Page 1/1", "1", "- 1 -"])])


# --- 6. a profile on a childcare / home-care marketplace ----------------------------------------------------------
MARKET = {
    "fr": {"checks": "✔ Identité vérifiée   ✔ Diplômes vérifiés   ✔ Extrait de casier judiciaire", "who": "Qui suis-je ?",
           "exp": "Mes expériences", "edu": "Diplômes et formations", "avail": "Disponibilités",
           "reviews": "Avis des familles ({n})", "rate": "{r} €/h", "reply": "Répond en moins de 2 h"},
    "en": {"checks": "✓ ID checked   ✓ References checked   ✓ Enhanced DBS on the update service", "who": "About me",
           "exp": "Experience", "edu": "Qualifications", "avail": "Availability", "reviews": "Reviews ({n})",
           "rate": "£{r}/hr", "reply": "Usually replies within an hour"},
    "ko": {"checks": "✔ 본인 인증   ✔ 등초본 인증   ✔ 건강검진 확인", "who": "자기소개", "exp": "돌봄 경력",
           "edu": "자격 및 교육", "avail": "활동 가능 시간", "reviews": "부모님 후기 ({n})", "rate": "시급 {r},000원",
           "reply": "평균 응답 30분"},
}


def _review(s: Sheet) -> list[str]:
    """A parent's or a relative's review of the author: the reviewer's name, the author's first name, who was cared
    for (a fact), and words in the author's gender."""
    month = s.pick({"fr": FR_MONTHS[:8], "en": EN_MONTHS[:8], "ko": [f"{m}월" for m in range(1, 9)]}[s.lang])
    cared = s.fact(s.pick(CARED[s.lang]))
    me = first_name(s)
    if s.lang == "fr":
        who = f"{someone(s, form='first')} {s.pick('BDFGLMPRT')}."
        she = s.g("Elle", "Il")
        text = (f"« {me} s'occupe de {cared} depuis l'an dernier. {she} est {s.g('ponctuelle', 'ponctuel')}, "
                f"{s.g('douce', 'doux')} et de confiance. Je recommande ! »")
        return [f"★★★★★ {who} – {month} 2024", text]
    if s.lang == "en":
        who = f"{someone(s, form='first')} {s.pick('BDFGLMPRT')}."
        she = s.plant("sex", "She" if s.female else "He")
        return [f"★★★★★ {who} – {month} 2024", f"“{me} has looked after {cared} for a year. {she} is kind, punctual and "
                                                   f"reliable – highly recommend.”"]
    who = someone(s, form="first") + s.pick(["맘", "맘", "아빠"])
    return [f"★★★★★ {who} · 2024년 {month}", f"{me} 선생님 덕분에 {cared}{josa(cared, '이', '가')} 정말 즐겁게 지내요. 시간 약속도 잘 지키시고 "
                                                f"믿고 맡길 수 있어요."]


@blind5(trade=("care", "childcare"))
def care_marketplace(s: Sheet) -> str:
    """A carer's profile on a childcare and home-care marketplace (Yoopies-like, Care.com-like, 맘시터-like): the first
    name and initial with the age in the title, badges, a first-person 'about me', experience with the ages of the
    children and old people looked after, and reviews signed by parents ('Zarema T.', '하늬맘') about the author."""
    p, lang, T = s.p, s.lang, MARKET[s.lang]
    job = p.jobs[0]
    if p.hangul:
        title = name(s) + " 선생님"
    else:
        title = s.plant("name", f"{p.first} {p.last[0]}.") if s.chance(0.6) else name(s, "plain")
    if s.has("age"):
        s.done.add("age")
        title += ", " + s.plant("age", {"fr": f"{p.age} ans", "en": f"{p.age} years old", "ko": f"만 {p.age}세"}[lang])
    if lang == "ko" and s.has("sex"):
        s.done.add("sex")
        title += " · " + s.plant("sex", "여성" if s.female else "남성")
    care = s.rng.sample(CARE_FACTS[lang], 3)
    where = s.bit("residence", "bare")
    line2 = joined([f"📍 {one_line(where)}" if where else None, T["rate"].format(r=s.rng.randint(11, 16)), T["reply"]],
                   " · ")
    about = {"fr": lambda: (("J'ai été" if job.end else "Je suis") + f" {title_text(s, job, 'lower')} {since(s)}"
                            + "".join(f", {x}" for x in rest(s, "prose")) + "."),
             "en": lambda: (f"I've worked as a {title_text(s, job, 'lower')} {since(s)}"
                            + "".join(f"; {x}" for x in rest(s, "prose")) + "."),
             "ko": lambda: f"{with_ro(title_text(s, job))} {since(s)} 일해 왔습니다. " + " ".join(f"{x}." for x in rest(s))}[lang]()
    exp = [f"• {s.fact(care[0])} – {s.fact(care[1])}", f"• {s.fact(care[2])}",
           *[f"• {x}" for x in experience_lines(s)], f"• {duration(s)}"]
    reviews = [x for _ in range(s.rng.randint(1, 2)) for x in _review(s)]
    lines = [title, joined([headline(s), *care[:2]], " · "), line2, T["checks"], "", T["who"], about, "", T["exp"],
             *exp, "", T["edu"], *education(s), licence(s), "", s.h("langs"), ", ".join(tongues(s)), "",
             T["avail"], availability(s), "", T["reviews"].format(n=len(reviews) // 2), *reviews]
    contact = contact_items(s)
    return "\n".join(lines + ([joined(contact, " · ")] if contact else []))


# --- 7. a LaTeX (moderncv) source pasted as text ------------------------------------------------------------------
TEX_ESC = re.compile(r"([&%#_$])")


def tex(text: str) -> str:
    """LaTeX escapes of the special characters a CV's values hold ('&', '%', '#', '_', '$')."""
    return TEX_ESC.sub(r"\\\1", text)


@blind5(("fr", "en"))
def latex_source(s: Sheet) -> str:
    """A moderncv source file sent as the CV (or pasted from Overleaf): \\name{}{}, \\address{}{}{}, \\phone,
    \\email, \\extrainfo with the personal details, \\cventry per job; '&', '_' and '%' escaped in every value, the
    first name in the photo's file name and in a comment."""
    p, fr = s.p, s.lang == "fr"
    lines = [f"\\name{{{s.plant('name', p.first)}}}{{{s.plant('name', p.last)}}}", f"\\title{{{headline(s)}}}"]
    if s.has("residence"):
        s.done.add("residence")
        town = p.town[2] if fr else p.town[0]
        pc_town = (f"{s.plant('residence', p.postcode)} {s.plant('residence', town)}" if fr else
                   f"{s.plant('residence', town)} {s.plant('residence', p.postcode)}")
        lines.append(f"\\address{{{s.plant('residence', p.street)}}}{{{pc_town}}}{{{'France' if fr else 'UK'}}}")
    lines += [f"\\phone[mobile]{{{v}}}" for v in [phone(s)] if v] + [f"\\email{{{v}}}" for v in [email(s)] if v]
    extra = [one_line(x) for x in s.bits(families=("birth", "age", "nationality", "family"), mode="bare")]
    if extra:
        lines.append("\\extrainfo{" + " \\textbullet{} ".join(extra) + "}")
    lines += ["\\begin{document}", "\\makecvtitle", "",
              f"\\section{{{'Expérience professionnelle' if fr else 'Experience'}}}"]
    for j in p.jobs:
        lines.append(f"\\cventry{{{job_dates(s, j)}}}{{{title_text(s, j)}}}{{{s.fact(j.employer)}}}"
                     f"{{{place_text(s, j)}}}{{}}{{{skills(s, 1)[0]}}}")
    lines += [f"\\cvitem{{{'Autres' if fr else 'Other'}}}{{{side_job(s)}}}", "",
              f"\\section{{{'Formation' if fr else 'Education'}}}", *[f"\\cvitem{{}}{{{x}}}" for x in education(s)], "",
              f"\\section{{{'Compétences' if fr else 'Skills'}}}",
              f"\\cvitem{{{'Permis' if fr else 'Licences'}}}{{{licence(s)}}}",
              f"\\cvitem{{{'Langues' if fr else 'Languages'}}}{{{', '.join(tongues(s))}}}"]
    more = [one_line(x) for x in rest(s, "bare")]
    if more:
        lines.append(f"\\cvitem{{{'Divers' if fr else 'Personal'}}}{{{'; '.join(more)}}}")
    lines += [f"\\cvitem{{{'Loisirs' if fr else 'Interests'}}}{{{interests(s, False)}}}", "", "\\end{document}"]
    body = tex("\n".join(lines))
    recast(s, tex)
    slug = re.sub(r"[^a-z]", "-", p.first.lower())
    head = [f"% CV {s.plant('name', p.first)} – {'version' if fr else 'updated'} 09/2024",
            "\\documentclass[11pt,a4paper,sans]{moderncv}", "\\moderncvstyle{classic}", "\\moderncvcolor{blue}",
            "\\usepackage[utf8]{inputenc}", "\\usepackage[scale=0.8]{geometry}",
            f"\\usepackage[{'french' if fr else 'british'}]{{babel}}",
            f"\\photo[64pt][0.4pt]{{photo-{s.plant('name', slug)}}}" if s.chance(0.5) else "% no photo", ""]
    return "\n".join(head) + "\n" + body


# --- 8. a JSON Resume export ----------------------------------------------------------------------------------------
def _json_personal(s: Sheet) -> dict:
    """The 'personal' block some JSON Resume exports add: birthDate, age, gender, nationality, maritalStatus,
    children, religion, health (each planted as it will be printed)."""
    p, lang, out = s.p, s.lang, {}
    if s.has("birth"):
        s.done.add("birth")
        out["birthDate"] = s.plant("birth", f"{p.born:%Y-%m-%d}")
        if s.chance(0.5):
            out["birthPlace"] = s.plant("birth", p.birth_place)
    if s.has("age"):
        s.done.add("age")
        out["age"] = p.age
        s.plant("age", f'"age": {p.age}')
    if s.has("sex"):
        s.done.add("sex")
        word = {"fr": ("femme", "homme"), "en": ("female", "male"), "ko": ("여", "남")}[lang][0 if s.female else 1]
        out["gender"] = word
        s.plant("sex", f'"gender": "{word}"' if lang == "ko" else word)
    if s.has("nationality"):
        s.done.add("nationality")
        key = p.b5_nat[0]
        out["nationality"] = {"fr": lambda: _fr_adj(s, key), "en": lambda: s.plant("nationality", NATS[key][3]),
                              "ko": lambda: s.plant("nationality", NATS[key][5])}[lang]()
    if s.has("family"):
        s.done.add("family")
        fem, masc = (FR_STATUS[p.marital] if lang == "fr" else (EN_STATUS[p.marital],) * 2 if lang == "en" else
                     (KO_STATUS[p.marital],) * 2)
        out["maritalStatus"] = s.gv("family", fem, masc)
        if p.children:
            out["children"] = p.children
            s.plant("family", f'"children": {p.children}')
    if s.has("religion"):
        s.done.add("religion")
        out["religion"] = {"fr": lambda: s.gv("religion", *REL_FR[p.religion], sex=False),
                           "en": lambda: s.plant("religion", REL_EN[p.religion]),
                           "ko": lambda: s.plant("religion", REL_KO.get(p.religion, "무교"))}[lang]()
    health = s.bit("health", "bare")
    if health:
        out["health"] = health
    return out


@blind5()
def json_resume(s: Sheet) -> str:
    """A JSON Resume file (jsonresume.org schema) exported from a site and sent as is: basics (name, label, email,
    phone, location), work, education, skills, languages, interests, and a non-standard 'personal' block."""
    p, lang = s.p, s.lang
    basics = {"name": name(s) if p.hangul else name(s, "plain"), "label": headline(s)}
    basics.update({k: v for k, v in (("email", email(s)), ("phone", phone(s))) if v})
    basics["summary"] = profile(s)
    if s.has("residence"):
        s.done.add("residence")
        if lang == "ko":
            basics["location"] = {"address": s.plant("residence", p.street), "city": s.plant("residence", p.town[0]),
                                  "region": s.plant("residence", p.town[2]), "countryCode": "KR"}
        else:
            basics["location"] = {"address": s.plant("residence", p.street),
                                  "postalCode": s.plant("residence", p.postcode),
                                  "city": s.plant("residence", p.town[2] if lang == "fr" else p.town[0]),
                                  "countryCode": "FR" if lang == "fr" else "GB"}
    work = []
    for j in p.jobs:
        entry = {"name": s.fact(j.employer), "position": title_text(s, j), "location": place_text(s, j),
                 "startDate": f"{j.start[0]}-{j.start[1]:02d}"}
        if j.end:
            entry["endDate"] = f"{j.end[0]}-{j.end[1]:02d}"
        entry["highlights"] = skills(s, 1) + ([team(s)] if s.chance(0.3) else [])
        work.append(entry)
    diplomas = s.rng.sample(list(p.trade.diplomas[lang]), min(2, len(p.trade.diplomas[lang])))
    school = s.fact(s.pick({"fr": D.FR_SCHOOLS, "en": D.EN_SCHOOLS, "ko": D.KO_SCHOOLS}[lang]))
    education_ = [{"institution": school, "studyType": s.fact(d)} for d in diplomas]
    hobbies = s.rng.sample({"fr": D.FR_HOBBIES, "en": D.EN_HOBBIES, "ko": D.KO_HOBBIES}[lang], 2)
    doc = {"$schema": "https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json",
           "basics": basics, "work": work, "education": education_,
           "certificates": [{"name": licence(s)}], "skills": [{"name": x} for x in skills(s, 3)],
           "languages": [{"language": a, "fluency": b} if b else {"language": a} for a, b in tongues(s, pairs=True)]}
    personal = _json_personal(s)
    rel = None if "religion" in s.done else s.bit("religion", "hobby")
    doc["interests"] = [{"name": x} for x in hobbies + ([rel] if rel else [])]
    if personal:
        doc["personal"] = personal
    doc["meta"] = {"lastModified": "2024-09-14T21:37:00", "version": "v1.0.0"}
    return json.dumps(doc, ensure_ascii=False, indent=2)


# --- 9. an 'open to work' post on a social network -------------------------------------------------------------------
def tag(text: str) -> str:
    """A town as a hashtag body: 'Paris 11e' -> 'Paris11e', 'Les Abymes' -> 'LesAbymes'."""
    return re.sub(r"[\s'’-]", "", text)


def _post_fr_en(s: Sheet) -> list[str]:
    p, fr = s.p, s.lang == "fr"
    job = p.jobs[0]
    me = name(s, "plain")
    head = [f"{me} • {s.pick(['2e', '3e+'] if fr else ['2nd', '3rd+'])}",
            f"{title_text(s, job)} {'chez' if fr else 'at'} {s.fact(job.employer)}",
            f"{s.rng.randint(1, 6)} {'j' if fr else 'd'} • 🌐", "", "🔎 #OpenToWork", ""]
    where, town_tag = "", ""
    if s.has("residence"):
        s.done.add("residence")
        shown = p.town[0]
        where = (" sur " if fr else " around ") + s.plant("residence", shown) + (" et alentours" if fr else "")
        town_tag = "#" + s.plant("residence", tag(shown))
    personal = [x for x in (s.bit("age", "prose"), s.bit("family", "prose"), s.bit("nationality", "prose")) if x]
    if fr:
        body = [s.pick(["Bonjour à tous 👋", "Bonjour mon réseau !"]),
                f"Après {duration(s, lower=True)} ({since(s)} chez mon {'dernier' if job.end else 'actuel'} employeur), "
                f"je suis à la recherche d'un nouveau poste {de(title_text(s, job, 'lower'))}{where}.",
                f"✅ {licence(s)}", *[f"✅ {x}" for x in skills(s, 2)], f"✅ {diploma(s)}"]
        body += [f"Un peu de moi : {', '.join(personal)}."] if personal else []
        more = rest(s, "prose")
        body += [f"À savoir : {'; '.join(more)}."] if more else []
        body += [f"{availability(s)}. Contactez-moi en MP" + (f" ou au {phone(s)}" if "contact" in p.families else "")
                 + " 🙏", "Merci pour vos partages, ça peut tout changer 💙", "",
                 joined(["#emploi", "#recrutement", f"#{p.trade.key}", town_tag], " ")]
        comments = [f"{someone(s)} • 1er", f"Je partage ! Courage {first_name(s)} 💪",
                    f"{someone(s)} • 2e", f"Bonjour {first_name(s)}, je vous ai envoyé un message privé."]
        stats = f"👍❤️👏 {s.rng.randint(20, 300)} · {s.rng.randint(3, 60)} commentaires · {s.rng.randint(2, 80)} republications"
    else:
        body = [s.pick(["Hi everyone 👋", "Hello network!"]),
                f"After {duration(s, lower=True)} ({since(s)} with my {'last' if job.end else 'current'} employer) I'm looking "
                f"for a new "
                f"{title_text(s, job, 'lower')} role{where}.",
                f"✅ {licence(s)}", *[f"✅ {x}" for x in skills(s, 2)], f"✅ {diploma(s)}"]
        body += [f"A bit about me: {', '.join(personal)}."] if personal else []
        more = rest(s, "prose")
        body += [f"Good to know: {'; '.join(more)}."] if more else []
        body += [f"{availability(s)}. DM me" + (f" or call {phone(s)}" if "contact" in p.families else "") + " 🙏",
                 "Thanks for sharing, it really helps 💙", "",
                 joined(["#jobsearch", "#hiring", f"#{p.trade.key}", town_tag], " ")]
        comments = [f"{someone(s)} • 1st", f"Sharing! Good luck {first_name(s)} 💪",
                    f"{someone(s)} • 2nd", f"Hi {first_name(s)}, I've sent you a message."]
        stats = f"👍❤️👏 {s.rng.randint(20, 300)} · {s.rng.randint(3, 60)} comments · {s.rng.randint(2, 80)} reposts"
    return head + body + ["", stats, ""] + comments


def _post_ko(s: Sheet) -> list[str]:
    p = s.p
    job = p.jobs[0]
    where = s.bit("residence", "bare")
    head = [f"[구직] {headline(s)} 구직합니다" + (f" ({where})" if where else ""),
            f"{first_name(s)}{s.pick(['맘', '이네', '쌤'] if s.female else ['아빠', '이네', '쌤'])} | "
            f"2024.09.{s.rng.randint(10, 14)}. 21:{s.rng.randint(10, 59)} | 조회 {s.rng.randint(40, 400)}", ""]
    personal = [x for x in (s.bit("age", "bare"), s.bit("sex", "bare"), s.bit("family", "prose")) if x]
    body = ["안녕하세요. " + (" ".join(personal) + "입니다." if personal else ""),
            f"{since(s)} {s.fact(job.employer)}에서 {with_ro(title_text(s, job))} 일했고 {duration(s)}입니다.",
            f"{licence(s)} 있고 {', '.join(skills(s, 2))} 가능합니다."]
    more = rest(s, "bare")
    body += ["참고로 " + ", ".join(more) + "."] if more else []
    body += [f"{availability(s)}합니다. 연락 부탁드립니다" + (f" {phone(s)}" if "contact" in p.families else "") + "."]
    comments = ["", f"댓글 {2}", f"{someone(s, form='first')}맘 : 쪽지 드렸어요~", f"{first_name(s)} : 감사합니다!"]
    return head + body + comments


@blind5()
def open_to_work_post(s: Sheet) -> str:
    """A job-seeking post on a social network: a LinkedIn '#OpenToWork' post (the name and current job in its header,
    the town as a hashtag, comments by other people who use the author's first name) or a Korean community-board
    구직 post (the nickname built on the first name, the neighbourhood in the title, a commenter's 'OO맘')."""
    return "\n".join(_post_ko(s) if s.lang == "ko" else _post_fr_en(s))


# --- 10. a work certificate attached after the CV -----------------------------------------------------------------
ROLE = {"fr": [("gérante", "gérant"), ("directrice des ressources humaines", "directeur des ressources humaines"),
               ("responsable d'agence", "responsable d'agence")],
        "en": [("Operations Manager",) * 2, ("HR Business Partner",) * 2, ("Registered Manager",) * 2],
        "ko": [("대표이사",) * 2, ("인사팀장",) * 2]}


def _certified_job(s: Sheet):
    """The job the certificate is about: the latest finished one, else the current one."""
    return next((j for j in s.p.jobs if j.end), s.p.jobs[0])


def _cert_fr(s: Sheet) -> list[str]:
    p = s.p
    job = _certified_job(s)
    sign_sex = s.pick("FM")
    signer = someone(s, sign_sex)
    role = s.pick(ROLE["fr"])[0 if sign_sex == "F" else 1]
    s.done.add("sex")
    who = f"{civil(s)} {name(s, 'plain')}"
    parts = [who]
    if s.has("nationality"):
        parts.append(s.bit("nationality", "prose"))
    if s.has("birth"):
        s.done.add("birth")
        parts.append(f"{s.g('née', 'né')} le {s.plant('birth', birth_date(s, p.born))} à "
                     f"{s.plant('birth', p.birth_place)}")
    if s.has("residence"):
        s.done.add("residence")
        parts.append(f"demeurant {s.plant('residence', p.street)}, {s.plant('residence', p.postcode)} "
                     f"{s.plant('residence', p.town[2])}")
    y0, m0 = job.start
    if job.end:
        period = s.fact(f"du 01/{m0:02d}/{y0} au 28/{job.end[1]:02d}/{job.end[0]}")
        verb = f"a été {s.g('employée', 'employé')} par notre établissement {period}"
        title = "CERTIFICAT DE TRAVAIL"
    else:
        period = s.fact(f"depuis le 01/{m0:02d}/{y0}")
        verb = f"est {s.g('employée', 'employé')} par notre établissement {period}"
        title = "ATTESTATION D'EMPLOI"
    place = place_text(s, job)
    return [f"— Pièce jointe : {title.lower()} —", s.fact(job.employer), place, "", title, "",
            f"Je {'soussignée' if sign_sex == 'F' else 'soussigné'} {signer}, {role}, certifie que "
            + ", ".join(parts) + f", {verb} en qualité {de(title_text(s, job, 'lower'))}.",
            f"{s.g('Elle', 'Il')} nous quitte libre de tout engagement." if job.end else
            "Cette attestation est délivrée pour servir et valoir ce que de droit.",
            "Fait le 10 septembre 2024.", "", signer, capital(role)]


def _cert_en(s: Sheet) -> list[str]:
    p = s.p
    job = _certified_job(s)
    signer = someone(s)
    role = s.pick(ROLE["en"])[0]
    s.done.add("sex")
    who = f"{civil(s)} {name(s, 'plain')}"
    if s.has("birth"):
        s.done.add("birth")
        who += f" (date of birth {s.plant('birth', birth_date(s, p.born))})"
    if s.has("residence"):
        s.done.add("residence")
        who += f", of {s.plant('residence', p.street)}, {s.plant('residence', p.town[0])} " \
               f"{s.plant('residence', p.postcode)},"
    y0, m0 = job.start
    period = s.fact(f"from {EN_MONTHS[m0 - 1]} {y0} to {EN_MONTHS[job.end[1] - 1]} {job.end[0]}" if job.end else
                    f"since {EN_MONTHS[m0 - 1]} {y0}")
    she, her = (s.plant("sex", "she"), s.plant("sex", "her")) if s.female else (s.plant("sex", "he"),
                                                                                 s.plant("sex", "his"))
    health = s.bit("health", "bare")
    lines = ["— Attached: employment reference —", s.fact(job.employer), place_text(s, job), "16 September 2024", "",
             "To whom it may concern,", "",
             f"I am pleased to confirm that {who} {'was' if job.end else 'has been'} employed by {job.employer} as a "
             f"{title_text(s, job, 'lower')} {period}.",
             f"During this time {she} proved reliable and punctual, and {her} work with the team was excellent."]
    if health:
        lines.append(f"We made reasonable adjustments for {her} condition ({health}); it never affected {her} work.")
    return lines + ["", "Yours faithfully,", "", signer, f"{role}, {job.employer}"]


def _cert_ko(s: Sheet) -> list[str]:
    p = s.p
    job = _certified_job(s)
    rows = ["경 력 증 명 서", "", f"성 명 | {name(s)}"]
    if s.has("birth"):
        s.done.add("birth")
        rows.append(f"생년월일 | {s.plant('birth', birth_date(s, p.born))}")
    if s.has("residence"):
        s.done.add("residence")
        rows.append(f"주 소 | {s.plant('residence', p.town[0])} {s.plant('residence', p.street)}")
    y0, m0 = job.start
    end = f"{job.end[0]}.{job.end[1]:02d}.28" if job.end else "현재"
    rows += [f"근무처 | {s.fact(job.employer)} ({place_text(s, job)})",
             f"근무기간 | {s.fact(f'{y0}.{m0:02d}.01 ~ {end}')}", f"직 위 | {title_text(s, job)}",
             f"담당업무 | {', '.join(skills(s, 2))}", "용 도 | 취업 제출용", "", "위와 같이 경력을 증명합니다.",
             "2024년 9월 10일", f"{job.employer} {s.pick(ROLE['ko'])[0]} {someone(s)} (인)"]
    return rows


@blind5()
def work_certificate(s: Sheet) -> str:
    """A short CV followed by the work certificate the author attached (a French certificat de travail or attestation
    d'emploi, a British employment reference, a Korean 경력증명서): the author's civil title, birth date and place and
    address in the employer's words, and the signatory's name."""
    p, lang = s.p, s.lang
    top = [name(s) if p.hangul else name(s, s.pick(["plain", "first LAST"])), headline(s)]
    contact = contact_items(s)
    top += [joined(contact, " | ")] if contact else []
    cert = {"fr": _cert_fr, "en": _cert_en, "ko": _cert_ko}[lang](s)
    cv = ["", s.h("exp"), *experience_lines(s), side_job(s), "", s.h("edu"), *education(s), "",
          f"{s.h('lic')}{s.sep}{licence(s)}", f"{s.h('langs')}{s.sep}{', '.join(tongues(s))}"]
    more = [one_line(x) for x in rest(s, "bare")]
    cv += [joined(more, " – ")] if more else []
    return "\n".join(top + cv + ["", ""] + cert)
