"""Fresh held-aside layouts of the placement benchmark (see evaluation.placement): registered into the same LAYOUTS
with split "fresh". Written after the masker's author had seen the "dev" and "held" figures, to measure the masker
once more on CVs it was not tuned on; do not read this file while tuning a masker, and run it once.

Unlike "dev" and "held", the fresh split does not share their vocabulary: the names come from the lists below
(Malagasy, Tamil, Wolof, Kabyle, Polish with diacritics, Haitian, Breton, Scottish and Irish Gaelic, Welsh, Somali,
Igbo, Sylheti, Filipino, Mongolian, rare Korean surnames with native Korean given names, Vietnamese names in Hangul),
none of whose words is in any Faker locale's name lists (a test checks it); residences, birth places and places of
past jobs are towns that are not in placement_data's pools; nationality, religion and some employers have their own
wording. Trades, titles, diplomas, licences and skills stay those of placement_data (they are facts, not markers).

Layouts: html_aside, odt_textbox, pdf_wrapped, pdf_spaced, site_export, application_form, narrative,
emoji_bullets, bilingual, caps_parens, initials_ps.
"""
from __future__ import annotations

import functools
import html
import io
import re
import textwrap
import zipfile
from dataclasses import replace
from xml.sax.saxutils import escape as xml_escape

from matchlens.evaluation import placement_data as D
from matchlens.evaluation.placement import (
    KO_COUNT, LANGS, Planted, Sheet, _braced, _contact, _en_health, _fr_family, _fr_health, _weighted, availability,
    contact_items, duration, education, email, en_date, experience, fr_date, headline, job_dates, joined, ko_date,
    layout, licence, name, name_line, pattern, phone, place_text, profile, romanize, skills, title_text,
)

SPLIT = "fresh"

# --- names: none of their words is in a Faker locale (tests/evaluation/test_placement.py checks it) ---------------
NAMES = {
    "malagasy": {
        "F": "Harimalala Voahangy Fanja Mialy Nirina Lalaina Hanitra Volatiana Ravaka Onja Hasina Noro Miora Fenosoa "
             "Tahina Vololona Nomena Rindra Haingo",
        "M": "Andry Tojo Rivo Haja Mamy Faly Hery Fidy Toky Njaka Tsiory Mahery Hajaina Fetra Solofo",
        "L": "Rakotomalala Randriamanana Rasoanaivo Rabemananjara Andrianarisoa Razafindrakoto Ratsimbazafy "
             "Randrianasolo Rakotondrabe Ravelojaona Andriamihaja Razanamparany Rafanomezantsoa Ranaivoson "
             "Rajaonarison Rabearivelo Ramanantsoa Andriamasinoro"},
    "tamil": {
        "F": "Tharshini Nivetha Sangeetha Thulasi Vithya Mathuja Keerthana Abinaya Sharmila Jeyanthi Kajani Thanushiya "
             "Piraveena Sinthuja Yalini Mathumitha",
        "M": "Thusyanthan Sivakumar Prashanth Kajan Nirojan Tharmaseelan Vithushan Mathan Kirushanth Sinthujan "
             "Thileepan Pirashanth Janarthanan Sutharsan Kobikrishna",
        "L": "Sivakumaran Thevarajah Ponnuthurai Kanagaratnam Balasingam Yogarajah Sritharan Jeyakumar Thurairajah "
             "Ratnasingam Sabaratnam Kandiah Navaratnam Paramalingam Selvanayagam"},
    "wolof": {
        "F": "Sokhna Khady Astou Daba Fama Mbayang Ndiémé Ngoné Dieynaba Yandé Mbissine Khoudia Seynabou Penda "
             "Ramatoulaye",
        "M": "Modou Cheikhouna Serigne Alioune Babacar Ousseynou Massamba Matar Pathé Saliou Mamour Demba Elhadji",
        "L": "Mbengue Ndour Gueye Thiam Seck Mboup Diouf Sarr Niang Samb Kébé Sène Dieng Mbodj Ndao Diagne Guèye Mbaye "
             "Ndiongue Lèye Thioune"},
    "berber": {
        "F": "Tiziri Thiziri Tinhinane Tanina Dihya Lounja Tafsut Sekoura Ouiza Tassadit Dyhia Thilleli Taninna Menna",
        "M": "Yuba Idir Mazigh Koceila Juba Ameziane Anir Lounès Amayas Akli Syphax Yidir Massil Anzar Aghiles "
             "Yugurten",
        "L": "Haddadou Ouamrane Oussaïd Laïfaoui Aït_Hamou Ouahioune Iguerbouchène Tighilt Messaoudène Bellil "
             "Aït_Oulhadj Ourabah Aït_Ouidir Hadjeres Aït_Menguellet Igoudjil Tazrout Ouaret"},
    "polish": {
        "F": "Wiesława Bogumiła Dobrosława Mieczysława Halszka Świętosława Żywia Bronisława Sławomira Wszebora "
             "Przemysława",
        "M": "Bogusław Zdzisław Mieczysław Ścibor Czcibor Dobiesław Bożydar Lechosław Wszebor Radzimir Przybysław "
             "Świętopełk Dobrogost",
        "LF": "Żółtowska Przybyłowicz Szczęsna Chrząszcz Brzęczyszczykiewicz Gżegżółka Łękawa Ściślewska "
              "Pszczółkowska Dziędziel Źrebiec Kędzierska-Śliwa Grzegorczyk Ślęzak Jędrzejczak Zdziebło Mrówczyńska "
              "Szczygieł Krzyżanowska",
        "LM": "Żółtowski Przybyłowicz Szczęsny Chrząszcz Brzęczyszczykiewicz Gżegżółka Łękawa Ściślewski "
              "Pszczółkowski Dziędziel Źrebiec Grzegorczyk Ślęzak Jędrzejczak Zdziebło Mrówczyński Szczygieł "
              "Krzyżanowski"},
    "haitian": {
        "F": "Wislande Mirlande Guerline Chrismène Mislène Wideline Fednise Gueline Roselande Nadeige Wislène Kettly",
        "M": "Wilner Frantzy Wiltherson Dieuseul Mackenson Wisly Fritznel Dieubon Jeanty Evens",
        "L": "Dorvilus Bazile Estimé Exantus Fleurimond Delva Mompremier Dorcely Lamothe Métellus Sainvil Jolicoeur "
             "Joassaint Valcourt"},
    "breton": {
        "F": "Soazig Katell Rozenn Tifenn Maïwenn Gwenola Anaïg Nolwenn Enora Azilis Bleuenn",
        "M": "Gwendal Goulven Padrig Youenn Riwal Tugdual Gurvan Gwenolé Perig Yannig Gweltaz Tangi Jakez Loeiz",
        "L": "Kerbrat Quéméner Guivarc'h Kerhervé Cornec Lannuzel Gourvennec Jaouen Le_Scouarnec Kervella Le_Goaziou "
             "Quiniou Le_Bihannic Gueguen Kerdraon Abgrall"},
    "gaelic": {
        "F": "Eilidh Mhairi Seonaid Éabha Ciorstaidh Peigi Raonaid Mòrag Oighrig Meadhbh",
        "M": "Donnchadh Fionnlagh Murdo Ruaridh Somhairle Tormod Coinneach Seumas Ruairidh",
        "L": "McGillivray MacLachlan McIlwraith MacAskill McConnachie MacIlleathain McSorley MacFhionnlaigh "
             "MacGillechaluim McIlhatton McGonigle McAlinden MacIomhair McFadzean McGlashan MacCorquodale"},
    "welsh": {
        "F": "Gwenllian Angharad Eluned Ffion Heledd Mererid Cerys Gwawr Lowri Myfanwy Siwan",
        "M": "Iolo Gruffydd Dafydd Rhodri Emyr Iestyn Geraint Caradog Llŷr Meirion Gwion Ieuan",
        "L": "Gruffudd Prosser Prydderch Gwilym Rhydderch Cadwaladr Llwyd Meredydd Trefor Pennant Eifion Rhisiart"},
    "somali": {
        "F": "Hodan Ubah Fardowsa Sagal Nasteho Ifrah Hibaaq Deeqa Idil Nimco Ladan Filsan",
        "M": "Guled Abdiqani Bashiir Khadar Mukhtar Abdiweli Abdirizak Siciid Cabdi Garaad",
        "L": "Warsame Hirsi Egal Dualeh Samatar Gulaid Nuur Cismaan Xirsi Aadan Guure Beyle Waaberi"},
    "igbo": {
        "F": "Chidinma Chinwendu Obioma Uzoamaka Ebere Nkechinyere Ugochi Chinenye Munachi Adanna",
        "M": "Ikechukwu Chibuike Kenechukwu Onyedikachi Chukwudubem Tochukwu Ebubechukwu Chimezie Ugochukwu Nnaemeka "
             "Chidiebere Obiora",
        "L": "Onyekachi Ezeji Igwe Ugwu Nnaji Obiechina Nwankwo Okoli Ezeocha Mbakwe"},
    "sylheti": {
        "F": "Rumana Shammi Tahmina Joynob Sumaiya Shilpi Rokeya Lutfa Shahnaz Minara",
        "M": "Shahidul Rezaul Moinul Anwarul Mizanur Jubayer Shamim Kamrul Tofazzal Foyzul",
        "L": "Uddin Talukdar Mazumder Hoque Bhuiyan Mollah"},
    "filipino": {
        "F": "Jhoanna Marivic Lorelie Analyn Rhodora Cherrylyn Jennylyn",
        "M": "Rodel Arnel Reynante Jhonrey Jericho",
        "L": "Dimaculangan Macaraeg Panganiban Dalisay Mangubat Sumulong Manalastas Pangilinan Dimaano"},
    "mongol": {
        "F": "Bolormaa Enkhjargal Oyuntsetseg Sarangerel Nomin-Erdene Altantsetseg Khulan Tsetsegmaa",
        "M": "Ganbold Enkhbat Temuulen Baatarkhuu Munkhbat Erdenebileg Sukhbaatar",
        "L": "Batbayar Tserendorj Gantulga Dorjsuren Enkhtaivan Purevdorj Batsaikhan Ochirbat"},
    "korean": {  # rare surnames, native Korean given names (no Hanja)
        "F": "다솜 새롬 초롱 나래 단비 여울 별하 다온 보미 소담 예솜 하랑 윤슬 슬비 가림 해나 은솔 채운 온유 라희",
        "M": "한별 가람 해솔 라온 한울 로운 도담 가온 찬솔 한빛 우솔 다올 하람 누온 재하",
        "L": "남궁 제갈 선우 독고 황보 사공 서문 탁 편 빈 국 여 명 기 반 방 마 길 연 위 표 감 석 봉 모 천 추 도 소 설 금 "
             "맹 육 변 채 태 견 옹 용 어 라 예 경 피 단 승 공 현"},
    "vietnam_ko": {  # Vietnamese names as a Korean CV writes them, in Hangul: surname, then the rest
        "F": "응우옌_티투짱 쩐_티응옥란 팜_티홍 레_티마이 호앙_티프엉 부_티타오 당_티뀐",
        "M": "응우옌_반뚜언 쩐_득민 팜_반훙 레_반남 보_반타인",
        "L": ""},
}
NAMES = {o: {k: [w.replace("_", " ") for w in v.split()] for k, v in d.items()} for o, d in NAMES.items()}
HANGUL_ORIGINS = ("korean", "vietnam_ko")

WEIGHTS = {  # origins of the authors, by the CV's language
    "fr": {"breton": 4, "malagasy": 3, "wolof": 3, "berber": 3, "tamil": 2, "haitian": 2, "polish": 1},
    "en": {"gaelic": 4, "welsh": 3, "somali": 2, "igbo": 2, "sylheti": 2, "tamil": 1, "polish": 1},
    "ko": {"korean": 80, "vietnam_ko": 7, "filipino": 6, "mongol": 5},
}
# nationality keys by origin and language, with weights; "KB" is an origin (Kabyle), not a nationality
NATIONALITY = {
    "breton": {"FR": 1}, "malagasy": {"FR": 2, "MG": 2}, "wolof": {"FR": 3, "SN": 2},
    "berber": {"FR": 3, "DZ": 2, "MA": 1},
    "tamil": {"FR": 2, "LK": 1}, "haitian": {"FR": 2, "HT": 2}, "polish": {"PL": 2, "FR": 1},
    "gaelic": {"GB": 2, "IE": 2, "SC": 2}, "welsh": {"GB": 1, "WL": 2}, "somali": {"GB": 2, "SO": 1},
    "igbo": {"GB": 2, "NG": 2}, "sylheti": {"GB": 3, "BD": 1}, "korean": {"KR": 1}, "vietnam_ko": {"KR": 1, "VN": 2},
    "filipino": {"PH": 1}, "mongol": {"MN": 1},
}
NATIONALITY_EN = {"tamil": {"GB": 2, "LK": 1}, "polish": {"PL": 2, "GB": 1}}  # the same origins in a British CV
ORIGIN_KEY = {"breton": "FR", "malagasy": "MG", "wolof": "SN", "berber": "KB", "tamil": "LK", "haitian": "HT",
              "polish": "PL", "gaelic": "IE", "welsh": "WL", "somali": "SO", "igbo": "NG", "sylheti": "BD",
              "korean": "KR", "vietnam_ko": "VN", "filipino": "PH", "mongol": "MN"}
# key -> (fr masc, fr fem, fr country, en adjective, en country, ko country)
NATS = {
    "FR": ("français", "française", "France", "French", "France", "프랑스"),
    "MG": ("malgache", "malgache", "Madagascar", "Malagasy", "Madagascar", "마다가스카르"),
    "SN": ("sénégalais", "sénégalaise", "Sénégal", "Senegalese", "Senegal", "세네갈"),
    "DZ": ("algérien", "algérienne", "Algérie", "Algerian", "Algeria", "알제리"),
    "MA": ("marocain", "marocaine", "Maroc", "Moroccan", "Morocco", "모로코"),
    "KB": ("kabyle", "kabyle", "Kabylie", "Kabyle", "Kabylia", "카빌리"),
    "LK": ("sri-lankais", "sri-lankaise", "Sri Lanka", "Sri Lankan", "Sri Lanka", "스리랑카"),
    "HT": ("haïtien", "haïtienne", "Haïti", "Haitian", "Haiti", "아이티"),
    "PL": ("polonais", "polonaise", "Pologne", "Polish", "Poland", "폴란드"),
    "GB": ("britannique", "britannique", "Royaume-Uni", "British", "United Kingdom", "영국"),
    "IE": ("irlandais", "irlandaise", "Irlande", "Irish", "Ireland", "아일랜드"),
    "SC": ("écossais", "écossaise", "Écosse", "Scottish", "Scotland", "스코틀랜드"),
    "WL": ("gallois", "galloise", "pays de Galles", "Welsh", "Wales", "웨일스"),
    "SO": ("somalien", "somalienne", "Somalie", "Somali", "Somalia", "소말리아"),
    "NG": ("nigérian", "nigériane", "Nigeria", "Nigerian", "Nigeria", "나이지리아"),
    "BD": ("bangladais", "bangladaise", "Bangladesh", "Bangladeshi", "Bangladesh", "방글라데시"),
    "KR": ("sud-coréen", "sud-coréenne", "Corée du Sud", "South Korean", "South Korea", "대한민국"),
    "VN": ("vietnamien", "vietnamienne", "Vietnam", "Vietnamese", "Vietnam", "베트남"),
    "PH": ("philippin", "philippine", "Philippines", "Filipino", "Philippines", "필리핀"),
    "MN": ("mongol", "mongole", "Mongolie", "Mongolian", "Mongolia", "몽골"),
}
PLACEHOLDER_D = {"breton": "fr", "malagasy": "fr", "wolof": "westafrica", "berber": "maghreb", "tamil": "india",
                 "haitian": "fr", "polish": "poland", "gaelic": "britain", "welsh": "britain", "somali": "britain",
                 "igbo": "nigeria", "sylheti": "britain", "korean": "korea", "vietnam_ko": "vietnam",
                 "filipino": "korea", "mongol": "korea"}
RELIGIONS = {"breton": ["catholic", "none", "christian"], "malagasy": ["christian", "catholic"], "wolof": ["muslim"],
             "berber": ["muslim", "none"], "tamil": ["hindu", "catholic"], "haitian": ["catholic", "christian"],
             "polish": ["catholic"], "gaelic": ["catholic", "christian", "none"], "welsh": ["christian", "none"],
             "somali": ["muslim"], "igbo": ["catholic", "christian"], "sylheti": ["muslim"],
             "korean": ["buddhist", "christian", "catholic", "none"], "vietnam_ko": ["buddhist", "catholic"],
             "filipino": ["catholic"], "mongol": ["buddhist", "none"]}

# --- towns: none in placement_data's pools ---------------------------------------------------------------------
FR_TOWNS = [
    ("Lunel", "34400"), ("Hénin-Beaumont", "62110"), ("Montbéliard", "25200"), ("Vierzon", "18100"),
    ("Carpentras", "84200"), ("Oyonnax", "01100"), ("Hérouville-Saint-Clair", "14200"), ("Bagnols-sur-Cèze", "30200"),
    ("Saint-Pierre-des-Corps", "37700"), ("Sotteville-lès-Rouen", "76300"), ("Rillieux-la-Pape", "69140"),
    ("Saint-Herblain", "44800"), ("Fougères", "35300"), ("Longwy", "54400"), ("Lorient", "56100"),
    ("Thionville", "57100"), ("Alès", "30100"), ("Cavaillon", "84300"), ("Istres", "13800"),
    ("Mont-de-Marsan", "40000"), ("Aurillac", "15000"), ("Épinal", "88000"), ("Dreux", "28100"), ("Creil", "60100"),
    ("Sevran", "93270"), ("Villiers-le-Bel", "95400"), ("Bondy", "93140"), ("Pierrefitte-sur-Seine", "93380"),
    ("Quimperlé", "29300"), ("Saint-Brieuc", "22000"), ("Lannion", "22300"), ("Mamoudzou", "97600"),
]
FR_STREETS = ["rue des Mûriers", "allée des Glycines", "avenue de Bretagne", "rue Ambroise Croizat", "cours Lafayette",
              "rue Frédéric Mistral", "chemin de la Croix-Blanche", "rue du Onze-Novembre", "boulevard Marcel Sembat",
              "rue Danton", "place de la Liberté", "résidence les Hauts de Lunel", "rue des Pommiers",
              "avenue du Maréchal Foch", "lotissement les Genêts", "rue de Kerlédan", "cité Pablo Picasso"]
FR_JOB_PLACES = ["Saint-Quentin-Fallavier (38)", "Lesquin", "Moissy-Cramayel (77)", "Bondoufle", "Chilly-Mazarin",
                 "Wissous (91)", "Saint-Priest", "Corbas (69)", "Vitrolles", "Marignane (13)", "Blagnac", "Mérignac",
                 "Carquefou (44)", "Cesson-Sévigné", "Illkirch-Graffenstaden", "Colmar", "Chambéry (73)", "Annecy",
                 "Bayonne", "Tarbes (65)", "Niort", "Calais", "Dunkerque (59)", "Arras", "Douai", "Valenciennes",
                 "Béthune (62)", "Beauvais", "Compiègne", "Gonesse (95)", "Tremblay-en-France", "Orly (94)", "Chelles",
                 "Torcy (77)"]
EN_TOWNS = [  # (town, postcode area, county)
    ("Dewsbury", "WF", "West Yorkshire"), ("Kirkcaldy", "KY", "Fife"), ("Merthyr Tydfil", "CF", "Mid Glamorgan"),
    ("Wrexham", "LL", "Clwyd"), ("Grimsby", "DN", "Lincolnshire"), ("Gravesend", "DA", "Kent"),
    ("Harlow", "CM", "Essex"), ("Hounslow", "TW", "Greater London"), ("Walsall", "WS", "West Midlands"),
    ("Paisley", "PA", "Renfrewshire"), ("Barnsley", "S", "South Yorkshire"), ("Keighley", "BD", "West Yorkshire"),
    ("Nuneaton", "CV", "Warwickshire"), ("Burnley", "BB", "Lancashire"), ("Middlesbrough", "TS", "North Yorkshire"),
    ("Gloucester", "GL", "Gloucestershire"), ("Basildon", "SS", "Essex"), ("Hartlepool", "TS", "County Durham"),
    ("Dundee", "DD", "Angus"), ("Plymouth", "PL", "Devon"), ("Norwich", "NR", "Norfolk"), ("Ipswich", "IP", "Suffolk"),
    ("Aberdeen", "AB", "Aberdeenshire"), ("Newport", "NP", "Gwent"), ("Rochdale", "OL", "Greater Manchester"),
    ("Batley", "WF", "West Yorkshire"), ("Smethwick", "B", "West Midlands"), ("Swansea", "SA", "West Glamorgan"),
]
EN_STREETS = ["Ladypool Road", "Cowley Road", "Dewsbury Road", "Soho Road", "Roundhay Road", "Lozells Road",
              "Spring Bank", "Ashgrove", "Crwys Road", "Commercial Road", "Brudenell Grove", "Tannery Close",
              "Heol y Nant", "Glebe Terrace", "Whitehall Crescent"]
EN_JOB_PLACES = ["Immingham", "Avonmouth", "Tilbury", "Felixstowe", "Lutterworth", "Corby", "Kettering", "Thurrock",
                 "Bicester", "Castleford", "Normanton", "Thetford", "Stansted", "Gatwick", "Motherwell", "Port Talbot",
                 "Deeside", "Grangemouth", "Teesport", "Bathgate"]
KO_TOWNS = [  # (full region, short name, district) and the town's romanization
    ("경기도 시흥시", "시흥", "정왕동", "Siheung"), ("경기도 의정부시", "의정부", "신곡동", "Uijeongbu"),
    ("경기도 남양주시", "남양주", "다산동", "Namyangju"), ("경기도 군포시", "군포", "산본동", "Gunpo"),
    ("경상남도 김해시", "김해", "내외동", "Gimhae"), ("경상북도 포항시", "포항", "남구", "Pohang"),
    ("경상북도 경주시", "경주", "황성동", "Gyeongju"), ("전라남도 여수시", "여수", "학동", "Yeosu"),
    ("전라남도 순천시", "순천", "연향동", "Suncheon"), ("전라북도 군산시", "군산", "나운동", "Gunsan"),
    ("강원특별자치도 원주시", "원주", "단계동", "Wonju"), ("강원특별자치도 강릉시", "강릉", "교동", "Gangneung"),
    ("충청북도 충주시", "충주", "연수동", "Chungju"), ("충청남도 아산시", "아산", "배방읍", "Asan"),
    ("경상남도 양산시", "양산", "물금읍", "Yangsan"), ("경상남도 거제시", "거제", "고현동", "Geoje"),
]
KO_ROADS = ["정왕대로", "시민로", "다산중앙로", "번영로", "가야로", "포스코대로", "태종로", "여서로", "연향로", "나운로",
            "단계로", "경강로", "충원대로", "배방로", "물금로", "고현로"]
KO_APTS = ["", "", "e편한세상 102동 803호", "한신더휴 7동 1101호", "주공3단지 305동 402호", "원룸 201호", "다가구주택 1층"]
KO_JOB_PLACES = ["당진", "서산", "광양", "안성", "진천", "평창", "통영", "여주", "포천", "칠곡", "김천", "영천", "오송", "사천"]
BIRTH = {  # origin -> places of birth as a CV in fr / en / ko writes them
    "breton": {"fr": ["Quimper", "Morlaix", "Landerneau", "Carhaix-Plouguer", "Douarnenez"]},
    "malagasy": {"fr": ["Toamasina (Madagascar)", "Fianarantsoa (Madagascar)", "Antsirabe (Madagascar)",
                        "Mahajanga (Madagascar)"]},
    "wolof": {"fr": ["Kaolack (Sénégal)", "Louga (Sénégal)", "Touba (Sénégal)", "Mbour (Sénégal)"]},
    "berber": {"fr": ["Béjaïa (Algérie)", "Bouira (Algérie)", "Azazga (Algérie)", "Tiznit (Maroc)", "Nador (Maroc)"]},
    "tamil": {"fr": ["Jaffna (Sri Lanka)", "Batticaloa (Sri Lanka)", "Karaikal (Inde)"],
              "en": ["Jaffna, Sri Lanka", "Trincomalee, Sri Lanka", "Vavuniya, Sri Lanka"]},
    "haitian": {"fr": ["Jacmel (Haïti)", "Cap-Haïtien (Haïti)", "Gonaïves (Haïti)", "Pointe-à-Pitre"]},
    "polish": {"fr": ["Białystok (Pologne)", "Łódź (Pologne)", "Rzeszów (Pologne)"],
               "en": ["Białystok, Poland", "Lublin, Poland", "Olsztyn, Poland"]},
    "gaelic": {"en": ["Stornoway", "Letterkenny, Ireland", "Galway, Ireland", "Inverness", "Portree"]},
    "welsh": {"en": ["Aberystwyth", "Caernarfon", "Bangor", "Llanelli", "Carmarthen"]},
    "somali": {"en": ["Hargeisa, Somaliland", "Mogadishu, Somalia", "Kismayo, Somalia"]},
    "igbo": {"en": ["Enugu, Nigeria", "Onitsha, Nigeria", "Owerri, Nigeria"]},
    "sylheti": {"en": ["Sylhet, Bangladesh", "Sunamganj, Bangladesh", "Moulvibazar, Bangladesh"]},
    "korean": {"ko": ["경상북도 영주시", "전라남도 해남군", "강원특별자치도 삼척시", "충청남도 공주시", "경상남도 밀양시",
                      "전라북도 남원시"]},
    "vietnam_ko": {"ko": ["베트남 껀터", "베트남 하이퐁", "베트남 빈롱"]},
    "filipino": {"ko": ["필리핀 다바오", "필리핀 세부", "필리핀 일로일로"]},
    "mongol": {"ko": ["몽골 울란바토르", "몽골 다르항"]},
}
HOME_BIRTH = {"fr": ["Saint-Malo", "Mamoudzou", "Cayenne", "Fort-de-France", "Bastia", "Saint-Nazaire"],
              "en": ["Stockport", "Hackney, London", "Wigan", "Luton and Dunstable Hospital"], "ko": []}
# employers named after people, sometimes the most recent one (facts)
PEOPLE_EMPLOYERS = {"fr": ["Boulangerie Paul", "Ambulances Girard", "Transports Perrin", "Pharmacie Lefèvre",
                           "Chez Marcel", "Ets Girard & Fils", "Maison Lenôtre"],
                    "en": ["Marks & Spencer", "Morrisons", "Timpson", "Wetherspoons", "Ronald McDonald House"]}


# --- the fresh sheet: fresh names, towns, nationality and religion --------------------------------------------
class FreshSheet(Sheet):
    """A Sheet whose nationality and religion are written with the fresh split's wording."""

    def bit(self, family: str, mode: str = "bare") -> str | None:
        if family not in FRESH_RENDER:
            return super().bit(family, mode)
        if not self.has(family):
            return None
        self.done.add(family)
        return FRESH_RENDER[family](self, mode)


def freshen(s: Sheet) -> None:
    """Give the sheet's person a fresh identity: name, contact, home, birth place, nationality, religion, and places
    of past jobs (drawn from the sheet's random source: deterministic)."""
    p, rng, lang = s.p, s.rng, s.lang
    origin = _weighted(rng, WEIGHTS[lang])
    pool = NAMES[origin]
    first = rng.choice(pool["F" if p.sex == "F" else "M"])
    hangul = ""
    if origin == "vietnam_ko":
        last, first = first.split(" ", 1)
        hangul = last + first
    else:
        last = rng.choice(pool.get("LF" if p.sex == "F" else "LM") or pool["L"])
        if origin == "korean":
            hangul = last + first
        elif lang != "ko" and rng.random() < 0.15:  # a double-barrelled surname
            other = rng.choice(sorted(o for o in WEIGHTS[lang] if o != origin))
            second = rng.choice(NAMES[other].get("L") or NAMES[other]["LM"])
            if not set(second.split()) & set(last.split()):
                last = f"{last}-{second}"
    p.origin, p.first, p.last, p.hangul, p.hanja = PLACEHOLDER_D[origin], first, last, hangul, ""
    p.fresh_origin = origin
    p.email, p.phone, p.linkedin = _contact(rng, lang, first, last, first if hangul else "")
    if lang == "fr":
        town = rng.choice(FR_TOWNS)
        p.town, p.postcode = town, town[1]
        p.street = f"{rng.randint(1, 160)} {rng.choice(FR_STREETS)}{rng.choice(D.FR_STREET_EXTRA)}"
        home, places = town[0], FR_JOB_PLACES
    elif lang == "en":
        p.town = rng.choice(EN_TOWNS)
        letters = "".join(rng.choice("ABDEFGHJLNPQRSTUWXYZ") for _ in range(2))
        p.postcode = f"{p.town[1]}{rng.randint(1, 29)} {rng.randint(1, 9)}{letters}"
        p.street = f"{rng.choice(['', '', 'Flat 2, ', 'Flat 7A, '])}{rng.randint(1, 260)} {rng.choice(EN_STREETS)}"
        home, places = p.town[0], EN_JOB_PLACES
    else:
        town = rng.choice(KO_TOWNS)
        p.town, p.postcode, p.town_roman = town[:3], "", town[3]
        apt = rng.choice(KO_APTS)
        p.street = f"{rng.choice(KO_ROADS)} {rng.randint(1, 399)}" + (f", {apt}" if apt else "")
        home, places = town[1], KO_JOB_PLACES
    chosen = rng.sample([x for x in places if home not in x], len(p.jobs))
    for job, place in zip(p.jobs, chosen):
        job.place = place
    if p.sex == "M":  # no 'Barmaid' on a man's CV
        for job in p.jobs:
            if job.en_female:
                job.en, job.en_female = rng.choice(p.trade.en_titles), False
    if lang in PEOPLE_EMPLOYERS and rng.random() < 0.25:
        p.jobs[0].employer = rng.choice(PEOPLE_EMPLOYERS[lang])
    births = BIRTH[origin].get(lang) or HOME_BIRTH[lang]
    p.birth_place = rng.choice(HOME_BIRTH[lang] if HOME_BIRTH[lang] and rng.random() < 0.2 else births)
    nats = NATIONALITY_EN.get(origin, NATIONALITY[origin]) if lang == "en" else NATIONALITY[origin]
    p.fresh_nat = (_weighted(rng, nats),) if len(nats) == 1 or rng.random() > 0.15 else tuple(sorted(nats))[:2]
    p.religion = rng.choice(RELIGIONS[origin])


def fresh(langs=LANGS):
    """Register a fresh layout: the sheet gets a fresh identity before the layout writes the CV."""
    def deco(fn):
        @functools.wraps(fn)
        def run(s: Sheet) -> str:
            s.__class__ = FreshSheet
            freshen(s)
            return fn(s)
        layout(langs, split=SPLIT)(run)
        return run
    return deco


def romanized(s: Sheet) -> str:
    """A Korean author's name in Latin letters, surname first ('Namgung Dasom'); planted."""
    p = s.p
    given = romanize(p.hangul[len(p.last):], "-" if s.chance(0.3) else "").capitalize()
    return s.plant("name", f"{romanize(p.last).capitalize()} {given}")


# --- nationality and religion in the fresh wording --------------------------------------------------------------
def _nat_forms(s: Sheet) -> list[str]:
    """Every form of the author's nationalities and origin (to keep them out of facts)."""
    keys = set(s.p.fresh_nat) | {ORIGIN_KEY[s.p.fresh_origin]}
    return [f for k in keys for f in (NATS[k][0], NATS[k][1], NATS[k][3], NATS[k][5])]


def _fr_nat_adj(s: Sheet, key: str, cap: bool = False, person: bool = False) -> str:
    """A French nationality adjective, feminine (agreeing with 'nationalité', 'origine') or in the author's gender
    (person=True: 'Sénégalaise' also tells the sex); planted, the other gender as another form."""
    masc, fem = NATS[key][:2]
    if cap:
        masc, fem = masc[0].upper() + masc[1:], fem[0].upper() + fem[1:]
    return s.gv("nationality", fem, masc) if person else s.plant("nationality", fem, (masc,))


FR_FROM = {"MG": "de ", "SN": "du ", "KB": "de ", "LK": "du ", "HT": "d'", "PL": "de "}
BRITISH_HYPHEN = ("SO", "NG", "BD", "LK", "PL")


def r_nationality(s: Sheet, mode: str) -> str:
    """Nationality or origin, in the fresh wording."""
    nat, origin = s.p.fresh_nat, ORIGIN_KEY[s.p.fresh_origin]
    if s.lang == "fr":
        if origin not in nat and origin != "FR" and s.chance(0.4):
            if s.chance(0.3):
                return f"originaire {FR_FROM[origin]}" + s.plant("nationality", NATS[origin][2])
            return s.pick(["d'origine ", "Origine : "]) + _fr_nat_adj(s, origin)
        if mode == "field":
            return f"{s.pick(['Nationalité', 'Nationalité(s)'])}{s.sep}" + " et ".join(
                _fr_nat_adj(s, k, s.chance(0.3)) for k in nat)
        if len(nat) == 2 and "FR" in nat and s.chance(0.6):
            other = [k for k in nat if k != "FR"][0]
            word = "Franco-" if mode == "bare" else "franco-"
            return s.gv("nationality", word + NATS[other][1], word + NATS[other][0])
        if mode == "bare" and len(nat) == 1 and s.chance(0.4):
            return _fr_nat_adj(s, nat[0], cap=True, person=True)
        lead = "de nationalité " if mode == "prose" else s.pick(["De nationalité ", "Nationalité "])
        return lead + " et ".join(_fr_nat_adj(s, k) for k in nat)
    if s.lang == "en":
        adj = lambda k: s.plant("nationality", NATS[k][3])  # noqa: E731
        if origin not in nat and s.chance(0.35):
            return s.pick([lambda: f"of {adj(origin)} descent", lambda: f"{adj(origin)} by birth",
                           lambda: "British-" + adj(origin) if origin in BRITISH_HYPHEN else adj(origin)])()
        if mode == "field":
            return f"{s.pick(['Nationality', 'Citizenship'])}{s.sep}" + " / ".join(adj(k) for k in nat)
        if len(nat) == 2:
            return f"Dual {adj(nat[0])} and {adj(nat[1])} citizenship"
        return s.pick([lambda: f"{adj(nat[0])} passport holder", lambda: f"{adj(nat[0])} citizen",
                       lambda: f"Nationality – {adj(nat[0])}"])()
    country = NATS[nat[-1]][5]
    if mode == "field" or nat == ("KR",):
        return "국적" + s.sep + s.plant("nationality", country)
    return s.pick([lambda: s.plant("nationality", f"{country} 출신"),
                   lambda: s.plant("nationality", f"{country} 국적") + " (" + s.plant("family", "결혼이민") + ")"])()


REL_FR = {"muslim": [("musulmane", "musulman")], "catholic": [("catholique", "catholique")],
          "christian": [("protestante", "protestant"), ("évangélique", "évangélique"), ("adventiste", "adventiste")],
          "hindu": [("hindoue", "hindou")], "buddhist": [("bouddhiste", "bouddhiste")], "none": [("athée", "athée")]}
REL_EN = {"muslim": ["Muslim"], "catholic": ["Roman Catholic", "Catholic"], "christian": ["Baptist", "Pentecostal",
                                                                                           "Methodist", "Presbyterian"],
          "hindu": ["Hindu"], "buddhist": ["Buddhist"], "none": ["No religion", "Atheist"]}
REL_KO = {"buddhist": ["불교"], "christian": ["기독교", "개신교"], "catholic": ["천주교", "가톨릭"], "none": ["무교"]}
REL_HOBBY = {
    "fr": {"muslim": ["Bénévole au {centre culturel islamique}", "Cours de {Coran} le samedi",
                      "{Pèlerinage à La Mecque} en 2019"],
           "catholic": ["Bénévole au {Secours catholique}", "{Pèlerinage à Lourdes} chaque été",
                        "Membre de l'{aumônerie} de l'hôpital"],
           "christian": ["Chorale gospel de l'{Église adventiste}", "Bénévole à l'{Armée du Salut}",
                         "Musique à l'{Assemblée de Dieu}"],
           "hindu": ["Bénévole au {temple de Ganesh}", "Organisation de la fête de {Ganesh Chaturthi}"],
           "buddhist": ["Bénévole à la {pagode}"], "none": []},
    "en": {"muslim": ["Teaching at the {madrasa} at weekends", "{Friday prayers} (a longer lunch break on Fridays)"],
           "catholic": ["{Altar server} at {St Columba's}", "Volunteer with the {Legion of Mary}"],
           "christian": ["{Sunday school} teacher", "Member of the {Gospel choir} at {Elim Pentecostal Church}"],
           "hindu": ["Volunteer at the {Sri Murugan Temple}"], "buddhist": ["{Vipassana} retreats"],
           "none": ["Member of {Humanists UK}"]},
    "ko": {"buddhist": ["{템플스테이} 봉사", "{법회} 참석"], "christian": ["{교회 찬양팀} 활동", "{주일학교} 교사"],
           "catholic": ["{성당 레지오} 활동", "{성당 청년회} 봉사"], "none": []},
}
REL_EMOJI = {"muslim": "🕌", "catholic": "⛪", "christian": "✝️", "hindu": "🛕", "buddhist": "☸️"}


def r_religion(s: Sheet, mode: str) -> str:
    """Religion, in the fresh wording: a field, a self-description, or an activity that tells it."""
    key = s.p.religion
    hobbies = REL_HOBBY[s.lang].get(key, [])
    if mode in ("bare", "hobby", "prose") and hobbies and s.chance({"hobby": 0.9, "bare": 0.5}.get(mode, 0.3)):
        return _braced(s, s.pick(hobbies), "religion")
    if s.lang == "fr":
        fem, masc = s.pick(REL_FR[key])
        if mode == "field":
            return f"{s.pick(['Religion', 'Confession', 'Culte'])}{s.sep}" + s.plant("religion", fem, (masc,))
        if key != "none" and s.chance(0.5):
            return "de confession " + s.plant("religion", fem, (masc,))
        word = s.gv("religion", fem, masc) if mode == "prose" else s.gv("religion", fem.capitalize(), masc.capitalize())
        return word + (" " + s.gv("religion", "pratiquante", "pratiquant") if key != "none" and s.chance(0.4) else "")
    if s.lang == "en":
        word = s.pick(REL_EN[key])
        if mode == "field" or key == "none":
            return s.field(s.pick(["Religion or belief", "Faith"]), word, "religion", whole=key == "none")
        return s.pick(["Practising ", "Observant ", ""]) + s.plant("religion", word)
    return "종교" + s.sep + s.plant("religion", s.pick(REL_KO.get(key, ["무교"])))


FRESH_RENDER = {"nationality": r_nationality, "religion": r_religion}


# --- sections of the fresh CVs -----------------------------------------------------------------------------------
EXTRA_LANGS = {  # languages an origin lists, with levels (facts; dropped when they name the author's nationality)
    "fr": {"malagasy": [("Malgache", ["bilingue"])], "wolof": [("Wolof", ["bilingue", "courant"])],
           "berber": [("Kabyle", ["courant"]), ("Tamazight", ["parlé"]), ("Arabe", ["parlé"])],
           "tamil": [("Tamoul", ["bilingue"])], "haitian": [("Créole", ["bilingue"])],
           "polish": [("Polonais", ["bilingue"])], "breton": [("Breton", ["notions", "courant"])]},
    "en": {"gaelic": [("Gàidhlig", ["fluent", "conversational"]), ("Gaeilge", ["conversational"])],
           "welsh": [("Cymraeg", ["fluent", "first language"])], "somali": [("Somali", ["native"])],
           "igbo": [("Igbo", ["native", "fluent"])], "sylheti": [("Sylheti", ["fluent"]), ("Bengali", ["fluent"])],
           "tamil": [("Tamil", ["native"])], "polish": [("Polish", ["native"])]},
    "ko": {"vietnam_ko": [("베트남어", ["모국어"])], "filipino": [("타갈로그어", ["모국어"]), ("영어", ["능통"])],
           "mongol": [("몽골어", ["모국어"]), ("러시아어", ["중급"])]},
}


def tongues(s: Sheet) -> list[str]:
    """Languages spoken (facts), none naming the author's nationality or origin."""
    forms = _nat_forms(s)

    def names_origin(text: str) -> bool:
        return any(f in text if s.lang == "ko" else pattern(f).search(text) for f in forms)

    extra = EXTRA_LANGS[s.lang].get(s.p.fresh_origin, [])
    if s.lang == "ko":
        pool = [x for x in D.KO_LANGS if not names_origin(x)]
        mine = [f"{n} {s.pick(levels)}" for n, levels in extra if not names_origin(n)]
        chosen = mine[:1] + s.rng.sample(pool, s.rng.randint(1, 2))
        return [s.fact(x) for x in chosen]
    common = D.FR_LANGS if s.lang == "fr" else D.EN_LANGS
    mine = [x for x in extra if not names_origin(x[0])][:2]
    pool = [x for x in common if not names_origin(x[0]) and x[0] not in {m[0] for m in mine}]
    chosen = (mine if s.chance(0.7) else []) + s.rng.sample(pool, s.rng.randint(1, 2))
    out = []
    for lang_name, levels in chosen:
        level = s.pick(levels)
        out.append(s.fact(s.pick([f"{lang_name} : {level}" if s.lang == "fr" else f"{lang_name}: {level}",
                                  f"{lang_name} ({level})", f"{lang_name} – {level}"])))
    return out


def interests(s: Sheet) -> str:
    """Interests, with the religious activity of some authors."""
    pool = {"fr": D.FR_HOBBIES, "en": D.EN_HOBBIES, "ko": D.KO_HOBBIES}[s.lang]
    items = s.rng.sample(pool, 2)
    rel = s.bit("religion", "hobby")
    if rel:
        items.insert(s.rng.randint(0, 2), rel)
    return f"{s.h('hobbies')}{s.sep}{', '.join(items)}"


def licences(s: Sheet) -> str:
    """The licences line (a fact), and for French authors sometimes 'véhiculé(e)'."""
    extra = f", {s.g('véhiculée', 'véhiculé')}" if s.lang == "fr" and s.chance(0.3) else ""
    return f"{s.h('lic')}{s.sep}{licence(s)}{extra}"


def fbody(s: Sheet, exp_style: str = "line", with_profile: bool = True) -> list[str]:
    """Profile, experience, education, skills, languages, licences and interests, with headings."""
    out = [s.h("profile"), profile(s), ""] if with_profile else []
    out += [s.h("exp"), *experience(s, exp_style), "", s.h("edu"), *education(s), ""]
    out += [s.h("skills"), ", ".join(skills(s)), "", s.h("langs"), *tongues(s), "", licences(s), interests(s)]
    return out


def rest(s: Sheet, mode: str = "bare") -> list[str]:
    """Every family this CV reveals and has not written yet (residence included)."""
    res = s.bit("residence", mode)
    return ([res.replace("\n", ", ")] if res else []) + s.bits(mode=mode)


def follow_whitespace(s: Sheet, text: str) -> None:
    """Markers whose spaces the text now writes otherwise (a line break, two spaces): planted as they now are, once
    for every way they occur."""
    out: list[Planted] = []
    for m in s.markers:
        words = m.value.split(" ")
        found = [x.group(0) for x in re.finditer(r"\s+".join(map(re.escape, words)), text)] if len(words) > 1 else []
        forms = list(dict.fromkeys(found)) or [m.value]
        for form in forms:
            seps = re.findall(r"\s+", form)
            also = tuple("".join(w + (seps[i] if i < len(seps) else "") for i, w in enumerate(a.split(" ")))
                         if len(a.split(" ")) == len(words) else a for a in m.also)
            out.append(replace(m, value=form, also=also))
    s.markers[:] = out


def read_back(filename: str, data: bytes) -> str:
    """The text matchlens reads from a generated file (its ingest reader)."""
    from matchlens.ingest import load_bytes

    result = load_bytes(filename, data, "resume")
    if not result.documents:
        raise ValueError(f"matchlens could not read the generated {filename}: {result.problems}")
    return result.documents[0].text


# --- 1. an HTML CV with the personal block in a sidebar ------------------------------------------------------------
HTML_LABELS = {
    "fr": ("Coordonnées", "En bref", "Adresse", "Téléphone", "E-mail", "Expériences", "Formation", "Compétences",
           "Langues", "CV en ligne – créé avec Canva"),
    "en": ("Contact", "About me", "Address", "Phone", "Email", "Experience", "Education", "Skills", "Languages",
           "Online CV – made with Wix"),
    "ko": ("연락처", "인적사항", "주소", "휴대폰", "이메일", "경력", "학력", "보유 기술", "외국어", "온라인 이력서 – 노션으로 작성"),
}


@fresh()
def html_aside(s: Sheet) -> str:
    """An HTML CV (a site builder's export) read by matchlens: an h-card sidebar <aside> with contact and personal
    details as <dl> pairs, the career in <main>; the name in the <title> and the <h1>."""
    e = html.escape
    lab = HTML_LABELS[s.lang]
    if s.p.hangul or s.chance(0.5):
        who = name(s, s.pick(["plain", "first LAST", "CAPS"]))
        h1 = f'<h1 class="p-name">{e(who)}</h1>'
    else:
        last = s.p.last.upper() if s.chance(0.5) else s.p.last
        h1 = (f'<h1><span class="p-given-name">{e(s.plant("name", s.p.first))}</span> '
              f'<span class="p-family-name">{e(s.plant("name", last))}</span></h1>')
    title = f"<title>CV – {e(name(s, 'plain'))}</title>" if s.chance(0.5) else "<title>CV</title>"
    pairs = []
    res = s.bit("residence", "bare")
    if res:
        pairs.append((lab[2], "<br>".join(e(x) for x in res.split("\n"))))
    tel, mail = phone(s), email(s)
    if tel:
        pairs.append((lab[3], f'<a class="p-tel" href="tel:{e(tel)}">{e(tel)}</a>'))
    if mail:
        pairs.append((lab[4], f'<a class="u-email" href="mailto:{e(mail)}">{e(mail)}</a>'))
    dl = "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in pairs)
    bits = s.bits(mode=s.pick(["bare", "field"]))
    if s.chance(0.5):
        personal = "<ul>" + "".join(f"<li>{e(b)}</li>" for b in bits) + "</ul>"
    else:
        personal = "<table>" + "".join(f"<tr><td>{e(b)}</td></tr>" for b in bits) + "</table>"
    aside = (f'<aside class="sidebar h-card"><section><h2>{lab[0]}</h2><dl>{dl}</dl></section>'
             f"<section><h2>{lab[1]}</h2>{personal}</section>"
             f"<section><h2>{lab[8]}</h2><ul>" + "".join(f"<li>{e(x)}</li>" for x in tongues(s)) + "</ul></section>"
             f"<section><h2>{lab[7]}</h2><ul class=\"tags\">" + "".join(f"<li>{e(x)}</li>" for x in skills(s)) +
             "</ul></section></aside>")
    jobs = "".join(
        f"<article><h3>{e(title_text(s, job))}</h3><p>{e(s.fact(job.employer))} · {e(place_text(s, job))}</p>"
        f"<p><time>{e(job_dates(s, job))}</time></p></article>" for job in s.p.jobs)
    main = (f"<main><section><p class=\"p-summary\">{e(profile(s))}</p></section>"
            f"<section><h2>{lab[5]}</h2>{jobs}</section>"
            f"<section><h2>{lab[6]}</h2><ul>" + "".join(f"<li>{e(x)}</li>" for x in education(s)) + "</ul></section>"
            f"<section><p>{e(licences(s))}</p><p>{e(interests(s))}</p></section></main>")
    body = aside + main if s.chance(0.5) else main + aside
    page = (f'<!DOCTYPE html><html lang="{s.lang}"><head><meta charset="utf-8">{title}'
            f'<style>.sidebar{{float:left;width:30%}}</style></head><body><header>{h1}'
            f'<p class="p-job-title">{e(headline(s))}</p></header><div class="page">{body}</div>'
            f"<footer><p>{lab[9]}</p></footer></body></html>")
    text = read_back("cv.html", page.encode("utf-8"))
    follow_whitespace(s, text)
    return text


# --- 2. an ODT CV with the personal details in a text box ----------------------------------------------------------
NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"')


def odt_inline(text: str) -> str:
    """Text as ODT paragraph content: tabs, runs of spaces and line breaks as LibreOffice writes them."""
    out = xml_escape(text).replace("\t", "<text:tab/>").replace("\n", "<text:line-break/>")
    return re.sub(r" {2,}", lambda m: f' <text:s text:c="{len(m.group(0)) - 1}"/>', out)


def odt_p(text: str, tag: str = "p") -> str:
    """A paragraph (or a heading, tag 'h')."""
    level = ' text:outline-level="2"' if tag == "h" else ""
    return f"<text:{tag}{level}>{odt_inline(text)}</text:{tag}>"


def odt_bytes(header: list[str], body: str, footer: list[str]) -> bytes:
    """An .odt file: page header and footer paragraphs (styles.xml), a body of ODF XML (content.xml)."""
    content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {NS} office:version="1.3">'
               f"<office:body><office:text>{body}</office:text></office:body></office:document-content>")
    parts = "".join(f"<style:{k}>{''.join(odt_p(x) for x in v)}</style:{k}>" for k, v in
                    (("header", header), ("footer", footer)) if v)
    styles = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-styles {NS} office:version="1.3">'
              f'<office:master-styles><style:master-page style:name="Standard">{parts}</style:master-page>'
              f"</office:master-styles></office:document-styles>")
    manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
                'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
                '<manifest:file-entry manifest:full-path="/" '
                'manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
                "</manifest:manifest>")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text",
                    compress_type=zipfile.ZIP_STORED)
        zf.writestr("content.xml", content)
        zf.writestr("styles.xml", styles)
        zf.writestr("META-INF/manifest.xml", manifest)
    return buf.getvalue()


def odt_table(rows: list[list[str]]) -> str:
    """An ODF table of text cells."""
    cols = max(len(r) for r in rows)
    body = "".join("<table:table-row>" + "".join(
        f'<table:table-cell office:value-type="string">{"".join(odt_p(x) for x in cell.split(" / "))}'
        f"</table:table-cell>" for cell in row) + "</table:table-row>" for row in rows)
    return (f'<table:table table:name="Parcours"><table:table-column table:number-columns-repeated="{cols}"/>'
            f"{body}</table:table>")


@fresh()
def odt_textbox(s: Sheet) -> str:
    """A LibreOffice CV read by matchlens: the personal details in a text box (a frame beside the photo) anchored to
    the headline, the career in a table, the name in the page header or the title, contact in the page footer."""
    lab = {"fr": ("Tél.", "Parcours", "Formation", "Compétences", "Langues"),
           "en": ("Tel.", "Career", "Education", "Skills", "Languages"),
           "ko": ("전화", "경력", "학력", "보유 기술", "외국어")}[s.lang]
    in_header = s.chance(0.5)
    who = name_line(s)
    s.sep = s.pick(["\t", s.sep])  # labels and values of the box a tab apart, as people align them
    box = [f"{s.h('personal')}"]
    res = s.bit("residence", "bare")
    if res:
        box.append(res)
    box += [f"{lab[0]}\t{v}" for v in [phone(s)] if v] + s.bits(mode=s.pick(["bare", "field"]))
    frame = ('<draw:frame draw:name="Cadre1" text:anchor-type="paragraph" svg:width="6cm"><draw:text-box>' +
             "".join(odt_p(x) for x in box) + "</draw:text-box></draw:frame>")
    body = "" if in_header else odt_p(who, "h")
    body += f"<text:p>{odt_inline(headline(s))}{frame}</text:p>"
    body += odt_p(profile(s))
    body += odt_p(lab[1], "h") + odt_table([[job_dates(s, job), f"{s.fact(job.employer)} / {place_text(s, job)}",
                                               title_text(s, job)] for job in s.p.jobs])
    body += odt_p(lab[2], "h") + "<text:list>" + "".join(
        f"<text:list-item>{odt_p(x)}</text:list-item>" for x in education(s)) + "</text:list>"
    body += odt_p(lab[3], "h") + odt_p(", ".join(skills(s))) + odt_p(lab[4], "h")
    body += "".join(odt_p(x) for x in tongues(s))
    body += odt_p(licences(s)) + odt_p(interests(s))
    footer = [joined([email(s), *rest(s)], "  –  ")]
    header = [who] if in_header else []
    text = read_back("cv.odt", odt_bytes(header, body, [f for f in footer if f]))
    follow_whitespace(s, text)
    return text


# --- 3. a PDF's text hard-wrapped at a line width -------------------------------------------------------------------
NB = "\ue000"  # a space a line never breaks at (inside facts)


def wrap(text: str, width: int, keep: list[str]) -> str:
    """Every line of text wrapped at width, never inside one of keep."""
    for k in sorted(set(keep), key=len, reverse=True):
        text = text.replace(k, k.replace(" ", NB))
    out = []
    for line in text.split("\n"):
        out += textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False) or [""]
    return "\n".join(out).replace(NB, " ")


def _split(text: str, value: str) -> bool:
    return value not in text and re.search(r"\s+".join(map(re.escape, value.split(" "))), text) is not None


@fresh()
def pdf_wrapped(s: Sheet) -> str:
    """A PDF's text as a reader gives it: paragraphs hard-wrapped mid-sentence at about 60 characters (a name or an
    address split over two lines), a running header on the second page."""
    fr, en = s.lang == "fr", s.lang == "en"
    who = name(s, s.pick(["plain", "first LAST", "LAST first"]))
    res = s.bit("residence", "prose")
    bits = [x for x in (s.bit("age", "prose"), res, s.bit("nationality", "prose"), s.bit("family", "prose")) if x]
    contact = joined(contact_items(s, labelled=True), ", ")
    job = headline(s, "lower" if not s.lang == "ko" else "cap")
    if fr:
        intro = (f"Je m'appelle {who}, {job}" + (", " + ", ".join(bits) if bits else "") +
                 (f". Vous pouvez me joindre : {contact}." if contact else "."))
    elif en:
        intro = (f"My name is {who} and I work as a {job}" + ("; " + ", ".join(bits) if bits else "") +
                 (f". You can reach me on {contact}." if contact else "."))
    else:
        intro = (f"안녕하십니까. 저는 {' '.join(bits) + ' ' if bits else ''}{job} {who}입니다." +
                 (f" 연락처는 {contact}입니다." if contact else ""))
    lines = [intro, "", s.h("profile").upper() if s.lang != "ko" else s.h("profile"), profile(s)]
    more = [x for x in (s.bit(f, "bare" if f == "health" else "prose") for f in ("birth", "sex", "religion", "health"))
            if x]  # (a French health phrase written lower-case would no longer be its planted value)
    if more:
        lines.append(("Par ailleurs, " if fr else "Also, " if en else "그 밖에 ") + ("; ".join(more)) + ".")
    lines += ["", s.h("exp"), *experience(s, "line")]
    page2 = [f"{name(s, 'plain')} – CV – 2/2" if s.lang != "ko" else f"{name(s)} 이력서 2/2", ""]
    tail = ["", s.h("edu"), *education(s), "", s.h("skills"), ", ".join(skills(s)), "", s.h("langs"),
            ", ".join(tongues(s)), "", licences(s), interests(s)]
    lo, hi = (44, 72) if s.lang != "ko" else (26, 40)
    key = [m.value for m in s.markers if m.family in ("name", "residence") and " " in m.value]
    splitting = [w for w in range(lo, hi) if any(_split(wrap(intro, w, s.facts), v) for v in key)]
    width = s.pick(splitting) if splitting and s.chance(0.7) else s.rng.randrange(lo, hi)
    first_page = wrap("\n".join(lines), width, s.facts)
    text = "\n".join([first_page, "", "1/2", "", *page2, wrap("\n".join(tail), width, s.facts)])
    follow_whitespace(s, text)
    return text


# --- 4. a PDF's text with every word two spaces apart -------------------------------------------------------------
def spaced(text: str) -> str:
    """Every space between two words doubled (a PDF reader that spaces by glyph positions)."""
    return re.sub(r"(?<=\S) (?=\S)", "  ", text)


@fresh()
def pdf_spaced(s: Sheet) -> str:
    """A PDF's text with every word separated by two spaces, markers and facts included (they are planted as they
    occur), headings letter-spaced."""
    top = [name_line(s), headline(s)]
    res = s.bit("residence", "bare")
    top += [joined([res.replace("\n", ", ") if res else None, *contact_items(s)], " | ")]
    top += [joined(s.bits(families=("age", "birth", "nationality", "sex")), " | ")]
    lines = top + [""] + fbody(s, exp_style=s.pick(["line", "block"])) + ["", *rest(s)]
    if s.lang != "ko" and s.chance(0.5):
        heads = {s.h(k) for k in ("profile", "exp", "edu", "skills", "langs")}
        lines = [" ".join(x) if x in heads else x for x in lines]
    text = spaced("\n".join(x for x in lines))
    s.markers[:] = [replace(m, value=spaced(m.value), also=tuple(spaced(a) for a in m.also)) for m in s.markers]
    s.facts[:] = [spaced(f) for f in s.facts]
    return text


# --- 5. a job site's profile export ----------------------------------------------------------------------------------
def fr_export(s: Sheet) -> list[str]:
    """A HelloWork / Welcome to the Jungle profile: what the author looks for first, identity fields last."""
    site = s.pick(["HelloWork", "Welcome to the Jungle"])
    out = [f"Profil exporté depuis {site} le 15/09/2024", f"Poste recherché : {headline(s)}",
           f"Expérience : {duration(s)}", f"Disponibilité : {availability(s)}",
           "Contrats souhaités : CDI · CDD · Intérim", "Salaire souhaité : selon grille"]
    if s.has("residence"):
        s.done.add("residence")
        out.append(f"Zone de recherche : {s.plant('residence', s.p.town[0])} + {s.pick([15, 25, 40])} km")
    out += ["", "Parcours"]
    for job in s.p.jobs:
        out += [title_text(s, job), f"{s.fact(job.employer)} · {place_text(s, job)}", job_dates(s, job)]
    out += ["", "Diplômes", *education(s), "", "Compétences", " · ".join(skills(s)), "", "Langues", *tongues(s), "",
            licences(s)]
    about = [x for x in (s.bit("age", "prose"), s.bit("family", "prose"), s.bit("nationality", "prose")) if x]
    if about:
        out += ["", "À propos de moi", "Quelques mots : " + ", ".join(about) + "."]
    out += ["", "Informations de contact (visibles après mise en relation)", f"Prénom : {s.plant('name', s.p.first)}",
            f"Nom : {s.plant('name', s.p.last)}", *contact_items(s, labelled=True), *s.bits(mode="field")]
    return out


def en_export(s: Sheet) -> list[str]:
    """A Reed / Totaljobs candidate profile: desired job, location radius, work history, then personal details."""
    site = s.pick(["Reed.co.uk", "Totaljobs"])
    out = [f"Candidate profile – {site}", f"Desired job title: {headline(s)}", f"Availability: {availability(s)}",
           "Job type: Permanent, Temporary", "Eligible to work in the UK: Yes"]
    if s.has("residence"):
        s.done.add("residence")
        out.append(f"Preferred location: {s.plant('residence', s.p.town[0])} (within {s.pick([5, 10, 20])} miles)")
    out += ["", "Work history"]
    for job in s.p.jobs:
        out += [f"{job_dates(s, job)}  {title_text(s, job)}", f"{s.fact(job.employer)}, {place_text(s, job)}"]
    out += ["", "Qualifications", *education(s), "", "Key skills", ", ".join(skills(s)), "", "Languages", *tongues(s),
            "", licences(s), "", "Personal details", f"First name: {s.plant('name', s.p.first)}",
            f"Last name: {s.plant('name', s.p.last)}", *contact_items(s, labelled=True), *s.bits(mode="field")]
    return out


def ko_export(s: Sheet) -> list[str]:
    """A 원티드 / 인크루트 resume export: short introduction and career first, personal details at the end."""
    site = s.pick(["원티드", "인크루트"])
    intro = [x for x in (s.bit("family", "prose"), s.bit("residence", "prose")) if x]
    out = [f"{site} 이력서", f"간단 소개글: {duration(s)}의 {headline(s)}입니다. " +
           (" ".join(intro) + " 지원자입니다. " if intro else "") + f"{availability(s)}.", "", "경력"]
    for job in s.p.jobs:
        out += [f"{s.fact(job.employer)} · {title_text(s, job)}", f"{job_dates(s, job)} · {place_text(s, job)}"]
    out += ["", "학력", *education(s), "", "스킬", " · ".join(skills(s)), "", "외국어", *tongues(s), "", "자격증",
            licence(s), "", "인적사항", f"이름: {name(s)}"]
    out += contact_items(s, labelled=True) + s.bits(mode="field")
    return out


@fresh()
def site_export(s: Sheet) -> str:
    """A job site's profile export (HelloWork, Welcome to the Jungle, Reed, Totaljobs, 원티드, 인크루트): what the author
    looks for and the career first, the identity fields at the end in the site's own order."""
    lines = {"fr": fr_export, "en": en_export, "ko": ko_export}[s.lang](s)
    more = rest(s, "field")
    return "\n".join(lines + ([""] + more if more else []))


# --- 6. an application form with tick boxes -----------------------------------------------------------------------
def boxes(s: Sheet, family: str, options: list[str], checked: int, glyphs: tuple[str, str] = ("☒", "☐"),
          also: tuple[str, ...] = ()) -> str:
    """'☒ Madame ☐ Monsieur', planted whole; it leaks while its checked pair ('☒ Madame') is left, and with two
    options while the unchecked pair ('☐ Monsieur') is left too: the masker must hide the checked label, and the other
    one when there are two, or the boxes."""
    on, off = glyphs
    pairs = [f"{on if i == checked else off} {o}" for i, o in enumerate(options)]
    other = tuple(p for i, p in enumerate(pairs) if i != checked) if len(options) == 2 else ()
    return s.plant(family, " ".join(pairs), (pairs[checked], *other, *(f"{on} {a}" for a in also)))


def fr_form(s: Sheet) -> list[str]:
    """A French 'Dossier de candidature'."""
    f = s.female
    out = ["DOSSIER DE CANDIDATURE", "(à retourner complété au service des ressources humaines)",
           f"Poste sollicité : {headline(s)}", f"Date de disponibilité : {availability(s)}", "", "1. IDENTITÉ"]
    if s.has("sex"):
        s.done.add("sex")
        out.append("Civilité : " + boxes(s, "sex", ["Madame", "Monsieur"], 0 if f else 1))
    out += [f"Nom : {s.plant('name', s.p.last.upper())}", f"Prénom(s) : {s.plant('name', s.p.first)}"]
    if s.has("birth"):
        s.done.add("birth")
        out.append(f"Date et lieu de naissance : {s.plant('birth', fr_date(s, s.p.born))} à "
                   f"{s.plant('birth', s.p.birth_place)}")
    if s.has("age"):
        s.done.add("age")
        out.append(f"Âge : {s.plant('age', f'{s.p.age} ans')}")
    if s.has("nationality"):
        s.done.add("nationality")
        if s.p.fresh_nat == ("FR",):
            out.append("Nationalité : " + boxes(s, "nationality", ["Française", "Autre (préciser) :"], 0))
        else:
            other = [k for k in s.p.fresh_nat if k != "FR"][0]
            checked = 0 if "FR" in s.p.fresh_nat else 1 if other == "PL" else 2
            line = boxes(s, "nationality", ["Française", "UE", "Hors UE"], checked)
            out.append(f"Nationalité : {line} – préciser : {_fr_nat_adj(s, other)}")
    res = s.bit("residence", "field")
    out += [res] if res else []
    out += contact_items(s, labelled=True)
    if s.has("family"):
        s.done.add("family")
        status = ["Célibataire", "Marié(e)", "Pacsé(e)", "Divorcé(e)", "Veuf(ve)", "Union libre"]
        key = ["single", "married", "pacs", "divorced", "widowed", "couple"].index(s.p.marital)
        line = "Situation de famille : " + boxes(s, "family", status, key)
        if s.p.children:
            label = s.pick(["Enfants à charge", "Nombre d'enfants"])
            line += " – " + s.plant("family", f"{label} : {s.p.children}")
        out.append(line)
    out += ["", "2. SITUATION PARTICULIÈRE"]
    if s.has("health"):
        s.done.add("health")
        if s.p.health in ("rqth", "boeth", "handicap"):
            out.append(s.plant("health", "Bénéficiaire de l'obligation d'emploi (RQTH…) : ☒ Oui ☐ Non"))
        elif s.p.health == "good":
            out.append(s.plant("health", "Aptitude médicale : ☒ Apte sans restriction ☐ Apte avec aménagement"))
        else:
            out.append("Aménagement de poste souhaité : ☒ Oui – préciser : " + _fr_health(s, "bare"))
    out += ["Véhicule personnel : ☒ Oui ☐ Non", f"Permis : {licence(s)}", "", "3. EXPÉRIENCES PROFESSIONNELLES",
            "Période | Employeur | Fonction | Lieu", *experience(s, "table"), "", "4. FORMATION",
            *education(s, "table"),
            "", "5. LANGUES ET COMPÉTENCES", *tongues(s), ", ".join(skills(s)), "", "6. ACTIVITÉS ET ENGAGEMENTS",
            interests(s)]
    more = s.bits(mode="field")
    out += (["", "7. AUTRES INFORMATIONS", *more] if more else [])
    out += ["", "Je certifie l'exactitude des renseignements fournis.",
            f"Fait à {s.plant('residence', s.p.town[0])}, le 15/09/2024" if "residence" in s.p.families else
            "Fait le 15/09/2024", f"Signature : {name(s, 'first LAST')}"]
    return out


ETHNIC = {"gaelic": {"IE": "White – Irish", "SC": "White – Scottish", "GB": "White – Scottish"},
          "welsh": {"": "White – Welsh"}, "somali": {"": "Black or Black British – African"},
          "igbo": {"": "Black or Black British – African"}, "sylheti": {"": "Asian or Asian British – Bangladeshi"},
          "tamil": {"": "Asian or Asian British – Sri Lankan"}, "polish": {"": "White – Polish"}}
ETHNIC_OTHERS = ["White – English", "Mixed – White and Black Caribbean", "Asian or Asian British – Indian",
                 "Black or Black British – Caribbean", "Chinese", "Any other ethnic group"]


def en_form(s: Sheet) -> list[str]:
    """A UK application form with its equal opportunities monitoring page."""
    f = s.female
    out = ["APPLICATION FOR EMPLOYMENT – CONFIDENTIAL", f"Position applied for: {headline(s)}", "",
           "SECTION A: PERSONAL DETAILS"]
    if s.has("sex") and s.chance(0.5):
        titles = ["Mr", "Mrs", "Miss", "Ms", "Dr", "Mx"]
        out.append("Title: " + boxes(s, "sex", titles, titles.index(s.pick(["Mrs", "Miss", "Ms"]) if f else "Mr"),
                                     ("[x]", "[ ]")))
    out += [f"Surname: {s.plant('name', s.p.last)}", f"Forename(s): {s.plant('name', s.p.first)}"]
    res = s.bit("residence", "field")
    out += ([res] if res else []) + contact_items(s, labelled=True)
    out += ["Do you hold a full UK driving licence? ☒ Yes ☐ No", f"Licences held: {licence(s)}", "",
            "SECTION B: EMPLOYMENT HISTORY (most recent first)", "Dates | Employer | Job title | Location",
            *experience(s, "table"), "", "SECTION C: EDUCATION AND TRAINING", *education(s, "table"), "",
            "SECTION D: SKILLS, LANGUAGES, AVAILABILITY", ", ".join(skills(s)), *tongues(s),
            f"Notice / availability: {availability(s)}", interests(s), "",
            "SECTION E: EQUAL OPPORTUNITIES MONITORING (detached before shortlisting)"]
    if s.has("sex"):
        s.done.add("sex")
        out.append("Sex: " + boxes(s, "sex", ["Female", "Male"], 0 if f else 1) + " ☐ Prefer not to say")
    if s.has("age"):
        s.done.add("age")
        bands = ["16-24", "25-34", "35-44", "45-54", "55-64", "65+"]
        band = min(5, max(0, (s.p.age - 15) // 10 if s.p.age >= 25 else 0))
        out.append("Age band: " + boxes(s, "age", bands, band))
    if s.has("birth"):
        s.done.add("birth")
        out.append("Date of birth: " + s.plant("birth", en_date(s, s.p.born)))
    if s.has("family"):
        s.done.add("family")
        status = ["Single", "Married or in a civil partnership", "Divorced", "Widowed", "Prefer not to say"]
        key = {"single": 0, "couple": 0, "married": 1, "pacs": 1, "divorced": 2, "widowed": 3}[s.p.marital]
        out.append("Marital status: " + boxes(s, "family", status, key))
        if s.p.children:
            out.append("Caring responsibilities: " + s.plant("family", f"{s.p.children} dependent children"))
    if s.has("nationality"):
        s.done.add("nationality")
        table = ETHNIC[s.p.fresh_origin]
        mine = next((v for k, v in table.items() if k in s.p.fresh_nat), table.get("", next(iter(table.values()))))
        options = s.rng.sample(ETHNIC_OTHERS, 4) + [mine]
        s.rng.shuffle(options)
        out.append("Ethnic origin: " + boxes(s, "nationality", options, options.index(mine)))
    if s.has("religion"):
        s.done.add("religion")
        word = s.pick(REL_EN[s.p.religion])
        options = ["No religion", "Christian", "Muslim", "Hindu", "Sikh", "Jewish", "Buddhist", "Other"]
        word = word if word in options else {"Roman Catholic": "Christian", "Catholic": "Christian",
                                             "Atheist": "No religion"}.get(word, "Christian")
        out.append("Religion or belief: " + boxes(s, "religion", options, options.index(word)))
    if s.has("health"):
        s.done.add("health")
        yes = s.p.health != "good"
        out.append(s.plant("health", "Do you consider yourself to have a disability? " +
                           ("☒ Yes ☐ No" if yes else "☐ Yes ☒ No")))
        if yes and s.p.health != "confident":
            out.append("If yes, please give details: " + _en_health(s, "bare"))
    out += ["", "Declaration: I confirm the information given is correct.", f"Signed: {name(s, 'plain')}",
            "Date: 15/09/2024"]
    return out


def ko_form(s: Sheet) -> list[str]:
    """A Korean 입사지원서 with ■ / □ boxes."""
    glyphs = ("■", "□")
    f = s.female
    out = ["입 사 지 원 서", f"지원분야: {headline(s)}", "", "1. 인적사항", f"성명{'(한글)' if s.p.hangul else ''}: {name(s)}"]
    if s.p.hangul:
        out.append(f"성명(영문): {romanized(s)}")
    born = s.bit("birth", "field")
    if born and s.has("age") and s.chance(0.6):
        s.done.add("age")
        born += f" ({s.plant('age', f'만 {s.p.age}세')})"
    out += [born] if born else []
    if s.has("sex"):
        s.done.add("sex")
        out.append("성별: " + boxes(s, "sex", ["남", "여"], 1 if f else 0, glyphs))
    if s.has("nationality"):
        s.done.add("nationality")
        if s.p.fresh_nat == ("KR",):
            out.append("국적: " + boxes(s, "nationality", ["내국인", "외국인"], 0, glyphs))
        else:
            out.append("국적: " + boxes(s, "nationality", ["내국인", "외국인"], 1, glyphs) +
                       f" (국적: {s.plant('nationality', NATS[s.p.fresh_nat[-1]][5])})")
    res = s.bit("residence", "field")
    out += ([res] if res else []) + contact_items(s, labelled=True)
    if s.has("family"):
        s.done.add("family")
        married = s.p.marital in ("married", "pacs", "divorced", "widowed")
        line = "결혼여부: " + boxes(s, "family", ["미혼", "기혼"], 1 if married else 0, glyphs)
        if s.p.children:
            line += " / " + s.plant("family", f"자녀: {s.p.children}명")
        out.append(line)
    military = "병역: " + ("□ 군필 □ 미필 □ 면제 ■ 해당없음" if f else s.pick(["■ 군필 □ 미필 □ 면제 □ 해당없음",
                                                                              "□ 군필 □ 미필 ■ 면제 □ 해당없음"]))
    out.append(s.plant("sex", military))
    if s.has("health"):
        s.done.add("health")
        out.append(s.plant("health", "장애여부: □ 대상 ■ 비대상" if s.p.health == "good" else
                           f"장애여부: ■ 대상 ({s.pick(['청각장애', '지체장애', '시각장애'])}) □ 비대상"))
    out += s.bits(mode="field")
    out += ["", "2. 학력사항", "기간 | 학교명 | 전공", *education(s, "table"), "", "3. 경력사항",
            "기간 | 회사명 | 직무 | 근무지", *experience(s, "table"), "", "4. 자격 / 면허", licence(s), "", "5. 외국어",
            *tongues(s), "", "6. 보유 기술", ", ".join(skills(s)), "", f"근무 가능일: {availability(s)}", "",
            "위 기재사항은 사실과 다름없음을 확인합니다.", "2024년 9월 15일", f"지원자: {name(s)} (서명)"]
    return out


@fresh()
def application_form(s: Sheet) -> str:
    """An employer's application form filled in: a French 'Dossier de candidature', a UK application form with its
    equal opportunities page, a Korean 입사지원서; tick boxes ('☒ Madame ☐ Monsieur', '■ 기혼')."""
    return "\n".join({"fr": fr_form, "en": en_form, "ko": ko_form}[s.lang](s))


# --- 7. a narrative: an agency's third-person note, a personal statement, a 자기소개서 -------------------------------
KO_TENS = {1: "열", 2: "스물", 3: "서른", 4: "마흔", 5: "쉰", 6: "예순"}
KO_UNITS = ["", "한", "두", "세", "네", "다섯", "여섯", "일곱", "여덟", "아홉"]


def ko_native_age(age: int) -> str:
    """'서른네 살' (the age in native Korean numerals)."""
    return ("스무" if age == 20 else KO_TENS[age // 10] + KO_UNITS[age % 10]) + " 살"


def fr_note(s: Sheet) -> list[str]:
    """A recruitment agency's note on a candidate, in the third person."""
    p, f = s.p, s.female
    title = s.plant("sex", "Mme" if f else "M.")
    me = f"{title} {s.plant('name', p.last)}"
    bits = []
    if s.has("age"):
        s.done.add("age")
        bits.append(s.plant("age", f"{p.age} ans"))
    if s.has("birth"):
        s.done.add("birth")
        bits.append(f"{s.g('née', 'né')} le {s.plant('birth', fr_date(s, p.born))} à {s.plant('birth', p.birth_place)}")
    if s.has("family"):
        s.done.add("family")
        if p.children and s.chance(0.5):
            kids = {1: "un enfant", 2: "deux enfants", 3: "trois enfants", 4: "quatre enfants"}[p.children]
            bits.append(s.gv("family", f"mère de {kids}", f"père de {kids}", sex=False))
        else:
            bits.append(_fr_family(s, "prose").removeprefix("je suis "))
    if s.has("residence"):
        s.done.add("residence")
        bits.append(s.pick([lambda: f"{s.g('domiciliée', 'domicilié')} à {s.plant('residence', p.town[0])}",
                            lambda: f"résidant à {s.plant('residence', p.town[0])} ({p.town[1][:2]})"])())
    nat = s.bit("nationality", "prose")
    bits += [nat] if nat else []
    she = s.g("Elle", "Il")
    job = p.jobs[0]
    out = ["NOTE DE PRÉSENTATION", f"Réf. {s.rng.randint(1000, 9999)}/24 – Poste : {headline(s)}",
           f"{s.g('Candidate présentée', 'Candidat présenté')} : "
           f"{name(s, s.pick(['plain', 'first LAST', 'LAST first']))}",
           "", f"{me}" + (", " + ", ".join(bits) if bits else "") + ", se présente pour ce poste.",
           f"Expérience : {duration(s)}. {she} occupe actuellement un poste de {title_text(s, job, 'lower')} chez "
           f"{s.fact(job.employer)} ({place_text(s, job)}), depuis {job.start[0]}."]
    for old in p.jobs[1:]:
        out.append(f"Auparavant : {title_text(s, old, 'lower')} chez {s.fact(old.employer)}, {place_text(s, old)} "
                   f"({job_dates(s, old)}).")
    out += [f"Formation : {'; '.join(education(s))}. Permis : {licence(s)}.",
            f"Compétences vérifiées : {', '.join(skills(s))}. Langues : {', '.join(tongues(s))}.",
            f"{availability(s)}."]
    health = s.bit("health", "bare")
    rel = s.bit("religion", "prose")
    if health or rel:
        out.append("À noter : " + "; ".join(x for x in (health, rel) if x) + ".")
    out += ["", f"Avis du consultant : {s.g('candidate sérieuse', 'candidat sérieux')}, très bon contact. "
            f"Nous recommandons {me}.", *contact_items(s, labelled=True), *s.bits(mode="field")]
    return out


EN_HEALTH_3RD = {"disabled": "is {registered disabled}", "hearing": "is {profoundly deaf} and uses BSL",
                 "diabetes": "manages {type 1 diabetes}", "dyslexia": "has {dyslexia}",
                 "wheelchair": "is a {wheelchair user}", "good": "is in {good health}",
                 "confident": "is applying under the {Disability Confident} scheme"}


def en_statement(s: Sheet) -> list[str]:
    """A personal statement written in the third person (by a careers adviser or an agency)."""
    p, f = s.p, s.female
    she, her = s.plant("sex", "She" if f else "He"), s.plant("sex", "her" if f else "his")
    title = s.plant("sex", s.pick(["Ms", "Mrs", "Miss"]) if f else "Mr")
    me = f"{title} {s.plant('name', p.last)}"
    job = p.jobs[0]
    out = ["PERSONAL STATEMENT", name(s, "plain"), headline(s), "",
           f"{me} is a {s.pick(D.EN_ADJ).lower()} {title_text(s, job, 'lower')} with {duration(s, lower=True)}."]
    life = []
    if s.has("age"):
        s.done.add("age")
        life.append(f"is {s.plant('age', f'{p.age} years old')}")
    if s.has("birth"):
        s.done.add("birth")
        life.append(f"was born in {s.plant('birth', p.birth_place)} " + s.plant("birth", f"in {p.born.year}"))
    home, with_whom = "", ""
    if s.has("residence"):
        s.done.add("residence")
        home = f"lives in {s.plant('residence', p.town[0])}, {p.town[2]}"
    if s.has("family"):
        s.done.add("family")
        partner = {"married": "husband" if f else "wife", "pacs": "civil partner", "couple": "partner"}.get(p.marital)
        kids = {1: "one child", 2: "two children", 3: "three children", 4: "four children"}.get(p.children)
        fam = [f"{her} {s.plant('family', partner)}" if partner else None,
               f"{her} {s.plant('family', kids)}" if kids else None]
        if any(fam):
            with_whom = "with " + " and ".join(x for x in fam if x)
        else:
            life.append("is " + s.plant("family", {"divorced": "divorced", "widowed": "widowed"}
                                        .get(p.marital, "single")))
    if home or with_whom:
        life.append(joined([home or "lives", with_whom], " "))
    if life:
        out.append(f"{she} " + ", ".join(life) + ".")
    out.append(f"{she} currently works at {s.fact(job.employer)} in {place_text(s, job)}, where {her} duties include "
               f"{', '.join(skills(s, 2))}.")
    for old in p.jobs[1:]:
        out.append(f"Before that, {she.lower()} worked at {s.fact(old.employer)} ({place_text(s, old)}).")
    out.append(f"{she} holds a {licence(s)}. Education: {'; '.join(education(s))}. Languages: "
               f"{', '.join(tongues(s))}.")
    nat = s.bit("nationality", "bare")
    if nat:
        out.append(f"{she} describes {'herself' if f else 'himself'} as follows: {nat}.")
        s.plant("sex", "herself" if f else "himself")
    if s.has("health"):
        s.done.add("health")
        out.append(f"{she} " + _braced(s, EN_HEALTH_3RD[p.health], "health") + ".")
    rel = s.bit("religion", "bare")
    if rel:
        out.append(f"Outside work: {rel}.")
    out += [f"{availability(s)}.", "", *contact_items(s, labelled=True), *s.bits(mode="field")]
    return out


def ko_essay(s: Sheet) -> list[str]:
    """A 자기소개서: a first-person essay in sections, the markers in its sentences."""
    p, f = s.p, s.female
    grow = []
    born = []
    if s.has("birth"):
        s.done.add("birth")
        born = [s.plant("birth", f"{p.born.year}년"), s.plant("birth", p.birth_place) + "에서"]
    if s.has("nationality") and p.fresh_nat != ("KR",):
        s.done.add("nationality")
        country = NATS[p.fresh_nat[-1]][5]
        grow.append(f"저는 {s.plant('nationality', country)}에서 태어나 {s.rng.randint(2008, 2018)}년에 "
                    f"{s.plant('family', '결혼이민')}으로 한국에 왔습니다.")
        if born:
            grow.append(f"{born[0]} {born[1]} 태어났고, 한국어는 다문화센터에서 배웠습니다.")
    else:
        order = s.plant("sex", s.pick(["장녀", "막내딸", "외동딸"]) if f else s.pick(["장남", "막내아들", "외동아들"]))
        grow.append(f"저는 {' '.join(born) + ' ' if born else ''}{order}로 태어났습니다.")
    if s.has("age"):
        s.done.add("age")
        grow.append(f"올해 {s.plant('age', ko_native_age(p.age))}이 되었습니다.")
    if s.has("religion"):
        s.done.add("religion")
        rel = {"christian": "{모태신앙}으로 자라 {교회}에서 봉사하며 책임감을 배웠습니다.",
               "catholic": "어려서 {세례}를 받고 {성당} 청년회에서 활동했습니다.",
               "buddhist": "{불자}이신 부모님을 따라 {절}에서 봉사하며 인내를 배웠습니다.",
               "none": "특별한 {종교}는 없지만 봉사활동을 꾸준히 해 왔습니다.", "muslim": "{이슬람} 신앙을 지키며 살아 왔습니다."}
        grow.append(_braced(s, rel.get(p.religion, rel["none"]), "religion"))
    life = []
    if s.has("family"):
        s.done.add("family")
        if p.marital in ("married", "pacs") and p.children:
            kids = KO_COUNT[p.children]
            parent = s.gv("family", f"{kids}의 엄마", f"{kids}의 아빠", sex=False)
            life.append(f"지금은 {parent}로서 가정과 일을 함께 책임지고 있습니다.")
        elif p.marital in ("married", "pacs"):
            life.append(f"결혼 후 {s.plant('family', '남편' if f else '아내')}{'과' if f else '와'} 함께 이사하여 "
                        "새 직장을 찾고 있습니다.")
        else:
            life.append(f"아직 {s.plant('family', '미혼')}이라 야근과 출장도 가능합니다.")
    if s.has("residence"):
        s.done.add("residence")
        life.append(f"현재 {s.plant('residence', f'{p.town[1]} {p.town[2]}')}에 살고 있어 출퇴근에 문제가 없습니다.")
    if s.has("health"):
        s.done.add("health")
        life.append(s.plant("health", "청각장애") + "가 있지만 보청기를 사용하여 업무에 지장이 없습니다." if p.health != "good"
                    else "건강은 " + s.plant("health", "매우 양호") + "합니다.")
    job = p.jobs[0]
    out = ["자기소개서", "", "[성장과정]", " ".join(grow), "", "[성격의 장단점]",
           "꼼꼼하고 책임감이 강한 편이지만, 때로는 일을 혼자 해결하려는 단점이 있어 동료와 자주 상의하려고 노력합니다.",
           " ".join(life), "", "[경력 및 역량]",
           f"{duration(s)} 동안 {headline(s)}로 일했으며, 현재 {s.fact(job.employer)}({place_text(s, job)})에서 근무하고 "
           f"있습니다."]
    for old in p.jobs[1:]:
        out.append(f"그 전에는 {s.fact(old.employer)}에서 {title_text(s, old)}로 일했습니다.")
    out += [f"{licence(s)}을 보유하고 있으며 {', '.join(skills(s, 2))}에 자신이 있습니다.",
            f"학력: {' / '.join(education(s))}. 외국어: {', '.join(tongues(s))}.", "", "[지원동기 및 입사 후 포부]",
            f"귀사에서 오래 일하며 성장하고 싶습니다. {availability(s)}합니다.", "", *s.bits(mode="field"),
            f"지원자 {name(s)} 올림", joined(contact_items(s), " / ")]
    return out


@fresh()
def narrative(s: Sheet) -> str:
    """Running prose about the author: a French agency's note in the third person ('Mme X, 41 ans, mère de deux
    enfants…'), an English personal statement in the third person ('Ms X has… She…'), a Korean 자기소개서 ('저는 1990년
    …에서 태어나', '두 아이의 엄마로서')."""
    return "\n".join(x for x in {"fr": fr_note, "en": en_statement, "ko": ko_essay}[s.lang](s))


# --- 8. bullets with emojis ---------------------------------------------------------------------------------------
EMOJI = {"age": "🎂", "birth": "📅", "sex": "⚧️", "nationality": "🌍", "family": "👨‍👩‍👧", "health": "♿",
         "residence": "📍"}
FLAGS = {"FR": "🇫🇷", "MG": "🇲🇬", "SN": "🇸🇳", "DZ": "🇩🇿", "MA": "🇲🇦", "LK": "🇱🇰", "HT": "🇭🇹", "PL": "🇵🇱",
         "GB": "🇬🇧", "IE": "🇮🇪", "SO": "🇸🇴", "NG": "🇳🇬", "BD": "🇧🇩", "KR": "🇰🇷", "VN": "🇻🇳", "PH": "🇵🇭",
         "MN": "🇲🇳"}


@fresh()
def emoji_bullets(s: Sheet) -> str:
    """A CV written on a phone: every line led by an emoji ('📍 Lunel', '📞', '✉️', '🎂 34 ans'), a flag beside the
    nationality, a mosque or church emoji beside a religious activity."""
    glue = s.pick([" ", "", " "])
    lines = [s.pick(["✨ ", "👋 ", "🙋 "]) + name(s), f"💼{glue}{headline(s)}"]
    res = s.bit("residence", "bare")
    if res:
        lines.append(f"📍{glue}{res.replace(chr(10), ', ')}")
    for icon, value in (("📞", phone(s)), ("✉️", email(s))):
        if value:
            lines.append(f"{icon}{glue}{value}")
    for fam in ("age", "birth", "sex", "nationality", "family", "health"):
        bit = s.bit(fam, "bare")
        if not bit:
            continue
        if fam == "nationality" and s.chance(0.6):
            flag = FLAGS.get(s.p.fresh_nat[-1])
            if flag:
                bit += " " + s.plant("nationality", flag)
        if fam == "health" and s.p.health == "good":
            lines.append(f"💪{glue}{bit}")
        else:
            lines.append(f"{EMOJI[fam]}{glue}{bit}")
    rel = s.bit("religion", "hobby")
    lines += ["", f"🚀 {s.h('profile')}", profile(s), "", f"🏢 {s.h('exp')}"]
    lines += [f"▶️ {x}" for x in experience(s)]
    lines += ["", f"🎓 {s.h('edu')}", *[f"📜 {x}" for x in education(s)], "", f"🛠️ {s.h('skills')}",
              " · ".join(skills(s)), "", f"🗣️ {s.h('langs')}", *[f"• {x}" for x in tongues(s)], "",
              f"🚗 {licences(s)}", f"📆 {availability(s)}"]
    hobbies = s.rng.sample({"fr": D.FR_HOBBIES, "en": D.EN_HOBBIES, "ko": D.KO_HOBBIES}[s.lang], 2)
    lines += ["", f"🎯 {s.h('hobbies')}", *[f"⚽ {h}" for h in hobbies[:1]], *[f"🎵 {h}" for h in hobbies[1:]]]
    if rel:
        icon = REL_EMOJI.get(s.p.religion)
        lines.append((s.plant("religion", icon) + " " if icon else "🙏 ") + rel)
    return "\n".join(lines)


# --- 9. a bilingual CV ----------------------------------------------------------------------------------------------
BI = {
    "fr": {"title": "Curriculum Vitae / Résumé", "name": "Nom / Name", "birth": "Date de naissance / Date of birth",
           "nat": "Nationalité / Nationality", "family": "Situation familiale / Marital status",
           "addr": "Adresse / Address", "phone": "Téléphone / Phone", "mail": "E-mail", "sex": "Sexe / Sex",
           "exp": "Expérience professionnelle / Work experience", "edu": "Formation / Education",
           "skills": "Compétences / Skills", "langs": "Langues / Languages", "lic": "Permis / Licence",
           "avail": "Disponibilité / Availability", "more": "Divers / Other"},
    "en": {"title": "Résumé / Curriculum Vitae", "name": "Name / Nom", "birth": "Date of birth / Date de naissance",
           "nat": "Nationality / Nationalité", "family": "Marital status / Situation familiale",
           "addr": "Address / Adresse", "phone": "Phone / Téléphone", "mail": "Email", "sex": "Sex / Sexe",
           "exp": "Work experience / Expérience professionnelle", "edu": "Education / Formation",
           "skills": "Skills / Compétences", "langs": "Languages / Langues", "lic": "Licence / Permis",
           "avail": "Availability / Disponibilité", "more": "Other / Divers"},
    "ko": {"title": "이력서 (Resume)", "name": "성명 (Name)", "birth": "생년월일 (Date of Birth)",
           "nat": "국적 (Nationality)", "family": "결혼여부 (Marital Status)", "addr": "주소 (Address)",
           "phone": "연락처 (Phone)", "mail": "이메일 (E-mail)", "sex": "성별 (Gender)",
           "exp": "경력사항 (Work Experience)", "edu": "학력사항 (Education)", "skills": "보유 기술 (Skills)",
           "langs": "외국어 (Languages)", "lic": "자격증 (Certificates)", "avail": "근무 가능일 (Availability)",
           "more": "기타 (Other)"},
}
FR_STATUS = {"single": ("Célibataire", "Célibataire"), "married": ("Mariée", "Marié"), "pacs": ("Pacsée", "Pacsé"),
             "divorced": ("Divorcée", "Divorcé"), "widowed": ("Veuve", "Veuf"), "couple": ("En couple", "En couple")}
EN_STATUS = {"single": "Single", "married": "Married", "pacs": "Civil partnership", "divorced": "Divorced",
             "widowed": "Widowed", "couple": "In a relationship"}
KO_STATUS = {"single": "미혼", "married": "기혼", "pacs": "기혼", "divorced": "이혼", "widowed": "사별", "couple": "미혼"}


@fresh()
def bilingual(s: Sheet) -> str:
    """A bilingual CV (French / English, English / French, Korean / English): every label in two languages, the
    personal details given in both ('Mariée / Married', '여 (F)', '남궁다솜 (Namgung Dasom)')."""
    p, f, lab = s.p, s.female, BI[s.lang]
    sep = s.pick([" : ", ": ", "\t"])
    out = [lab["title"], ""]
    who = name(s, "plain") if s.lang != "ko" or not p.hangul else f"{name(s)} ({romanized(s)})"
    out.append(f"{lab['name']}{sep}{who}")
    if s.has("birth"):
        s.done.add("birth")
        date = {"fr": fr_date, "en": en_date, "ko": ko_date}[s.lang](s, p.born)
        out.append(f"{lab['birth']}{sep}{s.plant('birth', date)}")
    if s.has("sex"):
        s.done.add("sex")
        word = {"fr": ("Féminin / Female", "Masculin / Male"), "en": ("Female / Féminin", "Male / Masculin"),
                "ko": ("여 (F)", "남 (M)")}[s.lang][0 if f else 1]
        out.append(s.plant("sex", f"{lab['sex']}{sep}{word}"))
    if s.has("nationality"):
        s.done.add("nationality")
        k = p.fresh_nat[-1]
        if s.lang == "ko":
            text = f"{s.plant('nationality', NATS[k][5])} ({s.plant('nationality', NATS[k][4])})"
        else:
            fr_word = _fr_nat_adj(s, k)
            en_word = s.plant("nationality", NATS[k][3])
            text = f"{fr_word} / {en_word}" if s.lang == "fr" else f"{en_word} / {fr_word}"
        out.append(f"{lab['nat']}{sep}{text}")
    if s.has("family"):
        s.done.add("family")
        fem, masc = FR_STATUS[p.marital]
        if s.lang == "ko":
            text = f"{s.plant('family', KO_STATUS[p.marital])} ({s.plant('family', EN_STATUS[p.marital])})"
        else:
            fr_word = s.gv("family", fem, masc)
            en_word = s.plant("family", EN_STATUS[p.marital])
            text = f"{fr_word} / {en_word}" if s.lang == "fr" else f"{en_word} / {fr_word}"
        if p.children:
            kids = {"fr": f"{p.children} enfant(s) / {p.children} child(ren)",
                    "en": f"{p.children} child(ren) / {p.children} enfant(s)",
                    "ko": f"자녀 {p.children}명 ({p.children} children)"}[s.lang]
            text += ", " + s.plant("family", kids)
        out.append(f"{lab['family']}{sep}{text}")
    if s.has("residence"):
        s.done.add("residence")
        if s.lang == "ko":
            text = (f"{s.plant('residence', f'{p.town[0]} {p.town[2]}')} {s.plant('residence', p.street)} "
                    f"({s.plant('residence', p.town_roman)}, Korea)")
        elif s.lang == "fr":
            text = (f"{s.plant('residence', p.street)}, {s.plant('residence', p.postcode)} "
                    f"{s.plant('residence', p.town[0])}, France")
        else:
            text = (f"{s.plant('residence', p.street)}, {s.plant('residence', p.town[0])} "
                    f"{s.plant('residence', p.postcode)}, United Kingdom / Royaume-Uni")
        out.append(f"{lab['addr']}{sep}{text}")
    out += [f"{lab[k]}{sep}{v}" for k, v in (("phone", phone(s)), ("mail", email(s))) if v]
    out += ["", lab["exp"]]
    for job in p.jobs:
        own = title_text(s, job)
        other = job.en if s.lang in ("fr", "ko") and job.en else ""
        if other and job.en_female:
            s.plant("sex", other)
        if s.lang == "en":
            fr_t = job.title.fem if f else job.title.masc
            other = s.plant_words(fr_t, "sex", job.title.fem_words) if f else fr_t
        both = f"{own} / {other}" if other else own
        out.append(f"{job_dates(s, job)} | {both} | {s.fact(job.employer)} | {place_text(s, job)}")
    out += ["", lab["edu"], *education(s), "", lab["skills"], ", ".join(skills(s)), "", lab["langs"], *tongues(s), "",
            f"{lab['lic']}{sep}{licence(s)}", f"{lab['avail']}{sep}{availability(s)}"]
    more = [x for x in (s.bit("age", "bare"), s.bit("health", "bare"), s.bit("religion", "bare")) if x]
    if more:
        out += ["", lab["more"], *more]
    return "\n".join(out)


# --- 10. everything in capitals, the details in brackets after the name -------------------------------------------
@fresh(("fr", "en"))
def caps_parens(s: Sheet) -> str:
    """A CV typed in capitals (the e-mail address excepted) with the personal details in brackets after the name:
    'RASOANAIVO HARIMALALA (41 ANS, MARIÉE, 2 ENFANTS)'."""
    who = name(s, s.pick(["LAST first", "plain", "first LAST"]) if s.lang == "fr" else "plain")
    details = [x for x in (s.bit("age", "bare"), s.bit("family", "bare"), s.bit("nationality", "bare"),
                           s.bit("sex", "bare")) if x]
    head = who + (f" ({', '.join(details)})" if details else "")
    res = s.bit("residence", "bare")
    lines = [head, headline(s, "upper"), joined([res.replace("\n", " – ") if res else None, *contact_items(s)], " – ")]
    lines += [""] + fbody(s) + ["", *rest(s)]
    text = "\n".join(lines)
    keep = [v for v in (s.p.email, s.p.linkedin) if v in text]
    upper = text.upper()
    for v in keep:
        upper = upper.replace(v.upper(), v)
    s.markers[:] = [m if m.value in keep else replace(m, value=m.value.upper(), also=tuple(a.upper() for a in m.also))
                    for m in s.markers]
    s.facts[:] = [f.upper() for f in s.facts]
    return upper


# --- 11. initials at the top, the details in a P.S. ----------------------------------------------------------------
@fresh(("fr", "en"))
def initials_ps(s: Sheet) -> str:
    """Only initials at the top and an e-mail address that spells the name; the personal details in a closing P.S.,
    sometimes signed with the first name."""
    s.p.families.add("contact")
    p = s.p
    initials = " ".join(w[0] + "." for w in (p.first.split("-")[0], p.last.replace("-", " ").split()[0]))
    mail = s.p.email
    s.plant("contact", mail)
    local = mail.split("@")[0]
    s.plant("name", local if re.search(r"[a-z]{2,}", local) else mail)
    lines = [f"{initials} – {headline(s)}", joined([mail, phone(s)], " · "), ""] + fbody(s)
    more = [x for x in (s.bit("age", "prose"), s.bit("birth", "prose"), s.bit("residence", "prose"),
                        s.bit("family", "prose"), s.bit("nationality", "prose"), s.bit("health", "bare"),
                        s.bit("religion", "prose"), s.bit("sex", "bare")) if x]
    if more:
        lead = "P.S. : pour information, " if s.lang == "fr" else "P.S. For your information: "
        lines += ["", lead + "; ".join(more) + "."]
    if s.chance(0.5):
        lines.append(("— " if s.chance(0.5) else "") + s.plant("name", p.first))
    return "\n".join(lines)
