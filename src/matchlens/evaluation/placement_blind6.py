"""A sixth held-aside set of layouts of the placement benchmark (see evaluation.placement), split "blind6": registered
into the same LAYOUTS. Written without reading the masker (nor its rules, nor its tests), while the masker was being
improved after the "blind5" figures, to measure it once more on CVs nobody tuned it on; do not read this file while
tuning a masker, and run it once.

The split is about how CV text reaches a tool: a graphic CV read one word a line, a Word table saved as text, the
fields of a PDF form dumped by pdftk, a vCard attached to a mail, an ATS card with hashtags, a photo read by OCR, a CV
with its list of attached scans, icon fonts read as private-use characters. Its vocabulary is its own: names from the
lists below (Basque, Breton, Corsican, Occitan, Kurdish, Amazigh, Bambara, Hmong, Khmer, Manouche, Georgian and
Mongolian authors in French; Filipino, Quechua, Maori, Inuit, Georgian, Uzbek, Mongolian and Romany authors in
English; Korean rare surnames with native given names, Mongolian and Uzbek names in Hangul), none of whose words is in
a Faker locale's name lists, in placement_data nor in an earlier split's lists (a test checks it); towns, birth places
and places of past jobs in none of the earlier pools (small French communes, British villages, Korean 군 and 읍/면, Jeju's
읍/면). Names written in two scripts (Georgian, Cyrillic, Tifinagh, Hangul) are planted in both.

Other people's names (recruiters in an ATS, a husband's name used as a married name) are planted as "name"; the ages
of the people the author looked after, contracts ("CDD de 6 mois", "maternity cover"), employers with a person's or a
saint's name and the places of past jobs are facts. Every family is planted where the layout puts it: in a file name
("passeport_malien.pdf"), a hashtag ("#quadra"), a vCard field ("GENDER:F"), a pdftk field value, an emoji timeline.

Layouts: word_per_line, spaced_cells, uk_personal_profile, ko_jobsite_resume, attachments_list, ats_card, icon_strip,
photo_ocr, letter_other_language, mixed_script, vcard_attached, pdf_form_dump.
"""
from __future__ import annotations

import functools
import re
from dataclasses import replace
from datetime import date

from matchlens.evaluation import placement_data as D
from matchlens.evaluation.placement import (
    EN_MONTHS,
    FR_MONTHS,
    LANGS,
    Sheet,
    _braced,
    _contact,
    _weighted,
    ascii_fold,
    availability,
    civil,
    duration,
    education,
    email,
    headline,
    job_dates,
    layout,
    licence,
    military,
    name,
    pattern,
    phone,
    place_text,
    profile,
    romanize,
    skills,
    title_text,
)

SPLIT = "blind6"

# --- names: none of their words is in a Faker locale, placement_data or an earlier split (tests check it) -----------
NAMES = {
    "basque": {"F": "Maddi Enara Ainhize Naroa Amaiur Ekhiñe Nekane Kattalin Maddalen Gaxuxa Pantxika Intza",
               "M": "Urtzi Aritz Eñaut Ximun Aitzol Harkaitz Kepa Mattin Antton Ganix Joanes Pantxo Ortzi",
               "L": "Larralde Goyhenetche Olaizola Zubiri Harispe Indart Etchegaray Arrosagaray Oyarzabal "
                    "Aguirrebengoa Haramburu Iriart Elissalde"},
    "breton": {"F": "Gaïd Awena Azenor Youna Klervi Lenaig Maela Aziliz Sterenn Mannaig Riwanon Soizic",
               "M": "Fañch Tudual Gwilherm Kaourintin Armel Paol Jord Konan Hoel Judikael Gireg Efflam Maodez",
               "L": "Kerjean Le_Floc'h Le_Duigou Pennec Kerdoncuff Nédélec Kergoat Le_Meur Cloarec Gourmelon "
                    "Le_Goarnig Quillivic"},
    "corsican": {"F": "Vannina Chjara Saveria Dumenica Rusulina Matalena",
                 "M": "Saveriu Fiurenzu Carlu Natale Micheli Rinatu Ghjuvanni Maceu Filippu Ghjacintu Tumasgiu",
                 "L": "Poggi Tafani Versini Graziani Ottavi Pantalacci Vinciguerra Cristofari Pasqualini"},
    "occitan": {"F": "Margalida Mirèio Lauréna Aurelha Joseta Guilhemeta Ermengarda",
                "M": "Amanieu Marçal Audric Sicard",
                "L": "Teisseire Cabanel Rouquette Ginestet Espitalier Malbosc Canaguier Castagnier Soulié Cammas "
                     "Vayssière Rieutord"},
    "kurdish": {"F": "Berfin Newroz Ronahî Xezal Rûken Jînda Zelal Dilşa Stêrk Viyan Nazê Evîn",
                "M": "Rojhat Rêzan Dildar Berxwedan Agit Zinar Serdar Soran Bawer",
                "L": "Zagros Barzanî Hesen Cizîrî Tekoşer Kobanî Rêber Dêrsimî Zaxoyî"},
    "amazigh": {"F": "Tanirt Tilelli Thanina Taous Tafat Tadjer Ferroudja Tasekkurt Titrit Tazerzit",
                "M": "Aksil Menad Ghiles Mastan Mennad Sifaw Usaden Amnay",
                "L": "Iferroudjene Mammeri Ouramdane Imache Aberkane Ouyahia Hamitouche Ouzeggane Bellili Djennad "
                     "Oussalah Amghar Aouchiche Ighil"},
    "bambara": {"F": "Sitan Nakany Kounandi Niagalé Nassira Tenimba Maimouna Salimata Koriba",
                "M": "Bourama Siaka Fousseyni Drissa Zoumana Bassirou Lassana Sidiki Nianson Mahamadou",
                "L": "Samaké Bagayoko Doumbia Sanogo Togola Kouyaté Tangara Konaté Ballo"},
    "hmong": {"F": "Choua Youa Zoua Nplias Maiv Ntxhi Yeej Kabzuag Npauj",
              "M": "Xeng Nhia Pheng Teng Fue Leng Xai Tooj Nplooj Tswb Ntxawg",
              "L": "Xiong Moua Lor Khang Kue Vue Yaj Vaj Xyooj Tsab Hawj"},
    "khmer": {"F": "Sophea Kunthea Leakena Channary Sreyleak Phally",
              "M": "Samnang Vichet Chantha Sovannarith Rotha",
              "L": "Heng Kong Seng Norng Phan"},
    "manouche": {"F": "Tchaïa Zinka Mirka Djemila Zanka", "M": "Tchavolo Zanko Biréli Stochelo Mandino Ninine Dorado",
                 "L": "Lagrène Ferret Winterstein Debarre Loeffler Limberger"},
    "georgian": {"F": "Nanuka Tamta Lika Sopho Tiko Keti Dali Tsitsino Natela Medea Gvantsa Mariami Elene Nato "
                      "Shorena Maka",
                 "M": "Dato Koba Gela Badri Paata Tamaz Teimuraz Ucha Zviad Mikheil Archil Jaba Gogi Kakha Gigla "
                      "Elguja Tornike Guram",
                 "L": "Bakuradze Sikharulidze Dadiani Gvasalia Kiknadze Tskitishvili Bregvadze Kobakhidze "
                      "Margvelashvili Mamaladze Nadiradze Jgenti Chanturia Shengelia Kharaishvili Gorgodze Tevzadze "
                      "Lortkipanidze Japaridze Gogichaishvili Nozadze Surmava"},
    "mongolian": {"F": "Oyuun Sarnai Tsetseg Solongo Anujin Saruul Delgermaa",
                  "M": "Enkhbold Otgonbayar Bilguun Erdenebat Ganzorig",
                  "L": "Dorj Dashdondog Lkhagva Sodnom Baatar Davaa Batsukh Chuluun Namsrai Gombo"},
    "filipino": {"F": "Marites Divina Girlie Luzviminda Nenita Flordeliza Annaliza Zenaida",
                 "M": "Dindo Rommel Jojo Nonoy Bong Bongbong Dodong Junjun Buboy Reynan Jonel Rolly",
                 "L": "Macapagal Malabanan Manalo Pacquiao Lacson Sotto Lagman Salonga Ilagan Magbanua Dumlao "
                      "Pagdanganan Macaspac Lapid Tuazon Dizon Pamintuan Punzalan Bumanglag"},
    "quechua": {"F": "Urpi Illari Yurac Tika Phuyu", "M": "Wayna Pachakuti Yaku Mayta Sinchi Illapa",
                "L": "Huanca Cusi Huallpa Cutipa Mullisaca Colque Challco Achahui Chuquimia Villca Llanque Machaca "
                     "Alanoca"},
    "maori": {"F": "Tuihana Pania Ripeka Hinemoa Rongomai Kura Puawai Rangimarie Ramari Raukura Tangiwai Kiritapu "
                   "Pounamu Roimata",
              "M": "Hohepa Rewi Piripi Tawhaki Tuhi Mahaki Takerei Aperahama Hori Paora Whiti Apirana Ruawai",
              "L": "Ngarimu Karaka Whaanga Tautahi Ngapo Turei Harawira Mahuika Tirikatene Tuhiwai Mokomoko "
                   "Rangihuna Hapeta Poutama Ihimaera Potaka Maniapoto"},
    "inuit": {"F": "Ulluriaq Nivi Aaju Kunik Nuvuk Arnaq Taqralik Ooleepika Nuvija Qimmiq",
              "M": "Akeeagok Tunnuq Tagak Lucassie Jaypeetee Mosesie Aqsarniit",
              "L": "Kusugak Arnatsiaq Qitsualik Ittukallak Kanayuk Anaviapik Pootoogook Tagoona Nutarak"},
    "uzbek": {"F": "Dilnoza Gulnora Nodira Mohira Zulfiya Yulduz", "M": "Bekzod Sherzod Ulugbek Dilshod Temur",
              "L": "Karimov Rakhimov Ergashev Abdullaev Tursunov Khodjaev Mirzaev Qodirov"},
    "romany": {"F": "Darklis Mizelli Sinfai Athaliah Fenella Gentilia Lementina",
               "M": "Goliath Gilderoy Silvanus Bendigo",
               "L": "Boswell Loveridge Herne Wenman Penfold Buckland"},
    "korean": {  # rare surnames, native Korean given names (none of an earlier split's)
        "F": "달님 방울 빛나리 솔미 송이 아림 예솔 오롯 푸르미 혜윰 희나리 가비 꽃별 나봄 누리별 다예 도란 봄솔 새누리 아슬 "
             "예그리나 윤별 자람 한아름 해밀",
        "M": "나길 너울 라움 보라매 빛솔 사나래 산하 새얀 세찬 아름드리 얼찬 이룸 차돌 찬들 참빛 온결 누리찬 단우 마로 "
             "미르찬 솔빈",
        "L": "견 교 돈 묵 빙 승 어 옹 점 좌 창 초 판 팽 편 필 후 흥 즙 갈 감 근 단 대 묘 범 봉 빈 순 야 엽 옥 온 운 음 제 탁 태 "
             "평 피 환"},
    "mongol_ko": {"F": "오윤 사르나이 솔롱고 체첵 아노징", "M": "엥흐볼드 빌궁 간조릭 에르데네바트 오트공바야르",
                  "L": "도르지 바타르 다와 소드놈 남스라이 곰보"},
    "uzbek_ko": {"F": "모히라 줄피야 노디라 율두즈", "M": "쉐르조드 테무르 울루그벡 베크조드",
                 "L": "투르수노프 에르가셰프 미르자예프 라히모프"},
}
NAMES = {o: {k: [w.replace("_", " ") for w in v.split()] for k, v in d.items()} for o, d in NAMES.items()}
HANGUL_ORIGINS = ("korean",)
KO_LATIN = {  # Mongolian and Uzbek names in Hangul -> as their passports spell them
    "오윤": "Oyuun", "사르나이": "Sarnai", "솔롱고": "Solongo", "체첵": "Tsetseg", "아노징": "Anujin", "엥흐볼드": "Enkhbold",
    "빌궁": "Bilguun", "간조릭": "Ganzorig", "에르데네바트": "Erdenebat", "오트공바야르": "Otgonbayar", "도르지": "Dorj",
    "바타르": "Baatar", "다와": "Davaa", "소드놈": "Sodnom", "남스라이": "Namsrai", "곰보": "Gombo", "모히라": "Mohira",
    "줄피야": "Zulfiya", "노디라": "Nodira", "율두즈": "Yulduz", "쉐르조드": "Sherzod", "테무르": "Temur", "울루그벡": "Ulugbek",
    "베크조드": "Bekzod", "투르수노프": "Tursunov", "에르가셰프": "Ergashev", "미르자예프": "Mirzaev", "라히모프": "Rakhimov"}
GEORGIAN = {  # the Georgian script of the Georgian names
    "Nanuka": "ნანუკა", "Tamta": "თამთა", "Lika": "ლიკა", "Sopho": "სოფო", "Tiko": "თიკო", "Keti": "ქეთი", "Dali": "დალი",
    "Tsitsino": "ციცინო", "Natela": "ნათელა", "Medea": "მედეა", "Gvantsa": "გვანცა", "Mariami": "მარიამი",
    "Elene": "ელენე", "Nato": "ნატო", "Shorena": "შორენა", "Maka": "მაკა", "Dato": "დათო", "Koba": "კობა", "Gela": "გელა",
    "Badri": "ბადრი", "Paata": "პაატა", "Tamaz": "თამაზ", "Teimuraz": "თეიმურაზ", "Ucha": "უჩა", "Zviad": "ზვიად",
    "Mikheil": "მიხეილ", "Archil": "არჩილ", "Jaba": "ჯაბა", "Gogi": "გოგი", "Kakha": "კახა", "Gigla": "გიგლა",
    "Elguja": "ელგუჯა", "Tornike": "თორნიკე", "Guram": "გურამ", "Bakuradze": "ბაკურაძე", "Sikharulidze": "სიხარულიძე",
    "Dadiani": "დადიანი", "Gvasalia": "გვასალია", "Kiknadze": "კიკნაძე", "Tskitishvili": "ცქიტიშვილი",
    "Bregvadze": "ბრეგვაძე", "Kobakhidze": "კობახიძე", "Margvelashvili": "მარგველაშვილი", "Mamaladze": "მამალაძე",
    "Nadiradze": "ნადირაძე", "Jgenti": "ჯღენტი", "Chanturia": "ჭანტურია", "Shengelia": "შენგელია",
    "Kharaishvili": "ხარაიშვილი", "Gorgodze": "გორგოძე", "Tevzadze": "თევზაძე", "Lortkipanidze": "ლორთქიფანიძე",
    "Japaridze": "ჯაფარიძე", "Gogichaishvili": "გოგიჩაიშვილი", "Nozadze": "ნოზაძე", "Surmava": "სურმავა"}

WEIGHTS = {  # origins of the authors (and of the other people in their CVs), by the CV's language
    "fr": {"basque": 2, "breton": 2, "corsican": 1, "occitan": 2, "kurdish": 3, "amazigh": 3, "bambara": 3, "hmong": 2,
           "khmer": 2, "manouche": 2, "georgian": 1, "mongolian": 1},
    "en": {"filipino": 3, "quechua": 2, "maori": 2, "inuit": 2, "georgian": 2, "uzbek": 2, "mongolian": 2, "romany": 2},
    "ko": {"korean": 80, "mongol_ko": 10, "uzbek_ko": 10},
}
SCRIPTED = {"fr": ("amazigh", "georgian", "mongolian"), "en": ("georgian", "uzbek", "mongolian"),
            "ko": ("mongol_ko", "uzbek_ko")}  # origins whose names mixed_script writes in two scripts
NATIONALITY = {  # nationality keys by origin, with weights
    "basque": {"FR": 1}, "breton": {"FR": 1}, "corsican": {"FR": 1}, "occitan": {"FR": 1},
    "kurdish": {"TR": 2, "IQ": 1, "SY": 1, "FR": 2}, "amazigh": {"DZ": 2, "MA": 1, "FR": 2}, "bambara": {"ML": 2, "FR": 1},
    "hmong": {"FR": 2, "LA": 1}, "khmer": {"KH": 1, "FR": 2}, "manouche": {"FR": 1}, "georgian": {"GE": 2, "FR": 1},
    "mongolian": {"MN": 2, "FR": 1}, "filipino": {"PH": 2, "GB": 1}, "quechua": {"PE": 1, "BO": 1, "GB": 1},
    "maori": {"NZ": 2, "GB": 1}, "inuit": {"CA": 2, "DK": 1}, "uzbek": {"UZ": 2, "GB": 1}, "romany": {"GB": 1},
    "korean": {"KR": 1}, "mongol_ko": {"MN": 3, "KR": 1}, "uzbek_ko": {"UZ": 2, "KR": 1},
}
NATIONALITY_BY_LANG = {"en": {"georgian": {"GE": 2, "GB": 1}, "mongolian": {"MN": 2, "GB": 1}}}
ORIGIN_KEY = {"basque": "EH", "breton": "BZ", "corsican": "CO", "occitan": "OC", "kurdish": "KU", "amazigh": "AM",
              "bambara": "ML", "hmong": "HM", "khmer": "KH", "manouche": "MA_", "georgian": "GE", "mongolian": "MN",
              "filipino": "PH", "quechua": "QU", "maori": "MI", "inuit": "IU", "uzbek": "UZ", "romany": "RY",
              "korean": "KR", "mongol_ko": "MN", "uzbek_ko": "KU_"}
# key -> (fr masc, fr fem, fr country, en adjective, en country, ko country)
NATS = {
    "FR": ("français", "française", "France", "French", "France", "프랑스"),
    "TR": ("turc", "turque", "Turquie", "Turkish", "Turkey", "튀르키예"),
    "IQ": ("irakien", "irakienne", "Irak", "Iraqi", "Iraq", "이라크"),
    "SY": ("syrien", "syrienne", "Syrie", "Syrian", "Syria", "시리아"),
    "DZ": ("algérien", "algérienne", "Algérie", "Algerian", "Algeria", "알제리"),
    "MA": ("marocain", "marocaine", "Maroc", "Moroccan", "Morocco", "모로코"),
    "ML": ("malien", "malienne", "Mali", "Malian", "Mali", "말리"),
    "LA": ("laotien", "laotienne", "Laos", "Laotian", "Laos", "라오스"),
    "KH": ("cambodgien", "cambodgienne", "Cambodge", "Cambodian", "Cambodia", "캄보디아"),
    "GE": ("géorgien", "géorgienne", "Géorgie", "Georgian", "Georgia", "조지아"),
    "MN": ("mongol", "mongole", "Mongolie", "Mongolian", "Mongolia", "몽골"),
    "PH": ("philippin", "philippine", "Philippines", "Filipino", "the Philippines", "필리핀"),
    "PE": ("péruvien", "péruvienne", "Pérou", "Peruvian", "Peru", "페루"),
    "BO": ("bolivien", "bolivienne", "Bolivie", "Bolivian", "Bolivia", "볼리비아"),
    "NZ": ("néo-zélandais", "néo-zélandaise", "Nouvelle-Zélande", "New Zealander", "New Zealand", "뉴질랜드"),
    "CA": ("canadien", "canadienne", "Canada", "Canadian", "Canada", "캐나다"),
    "DK": ("danois", "danoise", "Danemark", "Danish", "Denmark", "덴마크"),
    "UZ": ("ouzbek", "ouzbèke", "Ouzbékistan", "Uzbek", "Uzbekistan", "우즈베키스탄"),
    "GB": ("britannique", "britannique", "Royaume-Uni", "British", "the UK", "영국"),
    "KR": ("sud-coréen", "sud-coréenne", "Corée du Sud", "South Korean", "South Korea", "대한민국"),
    # origins that are not nationalities
    "EH": ("basque", "basque", "Pays basque", "Basque", "the Basque Country", "바스크"),
    "BZ": ("breton", "bretonne", "Bretagne", "Breton", "Brittany", "브르타뉴"),
    "CO": ("corse", "corse", "Corse", "Corsican", "Corsica", "코르시카"),
    "OC": ("occitan", "occitane", "Occitanie", "Occitan", "Occitania", "오크"),
    "KU": ("kurde", "kurde", "Kurdistan", "Kurdish", "Kurdistan", "쿠르드"),
    "AM": ("kabyle", "kabyle", "Kabylie", "Amazigh", "Kabylia", "베르베르"),
    "HM": ("hmong", "hmong", "Laos", "Hmong", "Laos", "몽족"),
    "MA_": ("manouche", "manouche", "communauté manouche", "Manouche", "the Manouche community", "집시"),
    "QU": ("quechua", "quechua", "Andes", "Quechua", "the Andes", "케추아"),
    "MI": ("maori", "maorie", "Aotearoa", "Māori", "Aotearoa", "마오리"),
    "IU": ("inuit", "inuite", "Nunavut", "Inuk", "Nunavut", "이누이트"),
    "RY": ("rom", "rom", "communauté rom", "Romany Gypsy", "the Romany community", "집시"),
    "KU_": ("koryo-saram", "koryo-saram", "Asie centrale", "Koryo-saram", "Central Asia", "고려인"),
}
PLACEHOLDER_D = {"fr": "fr", "en": "britain", "ko": "korea"}  # a placement_data origin the base renderers accept
RELIGIONS = {"basque": ["catholic", "none"], "breton": ["catholic", "none"], "corsican": ["catholic"],
             "occitan": ["protestant", "catholic", "none"], "kurdish": ["muslim", "alevi", "yezidi"],
             "amazigh": ["muslim", "none"], "bambara": ["muslim"], "hmong": ["animist", "evangelical"],
             "khmer": ["buddhist"], "manouche": ["evangelical", "catholic"], "georgian": ["orthodox"],
             "mongolian": ["buddhist", "none"], "filipino": ["catholic", "inc", "evangelical"],
             "quechua": ["catholic", "evangelical"], "maori": ["ratana", "anglican", "catholic"],
             "inuit": ["anglican", "pentecostal"], "uzbek": ["muslim"], "romany": ["pentecostal", "catholic"],
             "korean": ["buddhist", "protestant", "catholic", "won", "none"], "mongol_ko": ["buddhist", "none"],
             "uzbek_ko": ["muslim", "protestant"]}

# --- towns: none in the earlier splits' pools ------------------------------------------------------------------
FR_TOWNS = [  # (town, postcode, department as written, department's name)
    ("Espelette", "64250", "64", "Pyrénées-Atlantiques"), ("Ainhoa", "64250", "64", "Pyrénées-Atlantiques"),
    ("Itxassou", "64250", "64", "Pyrénées-Atlantiques"), ("Sare", "64310", "64", "Pyrénées-Atlantiques"),
    ("Saint-Pée-sur-Nivelle", "64310", "64", "Pyrénées-Atlantiques"), ("Urrugne", "64122", "64", "Pyrénées-Atlantiques"),
    ("Bidache", "64520", "64", "Pyrénées-Atlantiques"), ("Plougastel-Daoulas", "29470", "29", "Finistère"),
    ("Pont-l'Abbé", "29120", "29", "Finistère"), ("Crozon", "29160", "29", "Finistère"),
    ("Loudéac", "22600", "22", "Côtes-d'Armor"), ("Plouha", "22580", "22", "Côtes-d'Armor"),
    ("Rostrenen", "22110", "22", "Côtes-d'Armor"), ("Tréguier", "22220", "22", "Côtes-d'Armor"),
    ("Paimpol", "22500", "22", "Côtes-d'Armor"), ("Quintin", "22800", "22", "Côtes-d'Armor"),
    ("Ploërmel", "56800", "56", "Morbihan"), ("Ghisonaccia", "20240", "2B", "Haute-Corse"),
    ("Calenzana", "20214", "2B", "Haute-Corse"), ("Cervione", "20221", "2B", "Haute-Corse"),
    ("Aléria", "20270", "2B", "Haute-Corse"), ("Mazamet", "81200", "81", "Tarn"), ("Lacaune", "81230", "81", "Tarn"),
    ("Florac", "48400", "48", "Lozère"), ("Marvejols", "48100", "48", "Lozère"), ("Langogne", "48300", "48", "Lozère"),
    ("Le Vigan", "30120", "30", "Gard"), ("Saint-Hippolyte-du-Fort", "30170", "30", "Gard"),
    ("Saint-Pons-de-Thomières", "34220", "34", "Hérault"), ("Lézignan-Corbières", "11200", "11", "Aude"),
    ("Quillan", "11500", "11", "Aude"), ("Limoux", "11300", "11", "Aude"), ("Decazeville", "12300", "12", "Aveyron"),
    ("Ribérac", "24600", "24", "Dordogne"), ("Aubusson", "23200", "23", "Creuse"), ("Cacao", "97356", "973", "Guyane"),
]
FR_STREETS = ["chemin de Xapitalia", "route de Cambo", "rue Karrika Nagusia", "hent Sant-Jakez", "straed ar Porzh",
              "rue des Goémoniers", "lieu-dit Kervoalic", "chemin de Saint-Éloi", "rue de la Draille",
              "route de Saint-Jean", "lotissement Les Châtaigniers", "quartier Bas", "impasse du Causse",
              "rue de la Filature", "chemin des Abattis"]
FR_STREET_EXTRA = ["", "", "", ", maison 2", ", apt 4", " bis", ", lieu-dit Haltzia"]
FR_JOB_PLACES = ["Lanester", "Landivisiau", "Biscarrosse", "Hagetmau", "Furiani", "Carmaux", "Ganges", "Lamballe",
                 "Pontivy", "Orthez", "Bidart", "Vitré", "Auray", "Biguglia", "Porticcio", "Auch"]
EN_TOWNS = [  # (village, postcode area, county)
    ("Great Ayton", "TS", "North Yorkshire"), ("Much Wenlock", "TF", "Shropshire"), ("Bampton", "OX", "Oxfordshire"),
    ("Bourton-on-the-Water", "GL", "Gloucestershire"), ("Grassington", "BD", "North Yorkshire"),
    ("Hawes", "DL", "North Yorkshire"), ("Tideswell", "SK", "Derbyshire"), ("Mevagissey", "PL", "Cornwall"),
    ("Llanberis", "LL", "Gwynedd"), ("Tobermory", "PA", "Argyll and Bute"), ("Pitlochry", "PH", "Perth and Kinross"),
    ("Kirkby Lonsdale", "LA", "Cumbria"), ("Ambleside", "LA", "Cumbria"), ("Bala", "LL", "Gwynedd"),
    ("Llandeilo", "SA", "Carmarthenshire"), ("Crickhowell", "NP", "Powys"), ("Blaenau Ffestiniog", "LL", "Gwynedd"),
    ("Ballycastle", "BT", "County Antrim"), ("Aldeburgh", "IP", "Suffolk"), ("Wells-next-the-Sea", "NR", "Norfolk"),
    ("Hay-on-Wye", "HR", "Powys"), ("Machynlleth", "SY", "Powys"), ("Tregaron", "SY", "Ceredigion"),
]
EN_STREETS = ["Chapel Row", "Fell View", "Quarry Cottages", "Mill Wynd", "Glebe Close", "Beck Side", "Harbour Terrace",
              "Stryd Fawr", "Maes y Llan", "The Butts", "Orchard Mews", "Smithy Lane"]
EN_JOB_PLACES = ["Shap", "Skipton", "Keswick", "Settle", "Barnard Castle", "Brecon", "Fort William", "Bakewell",
                 "Helmsley", "Porthmadog", "Thirsk", "Malton", "Dolgellau", "Newtown", "Pwllheli"]
KO_TOWNS = [  # (region, short name, 읍/면, romanization, road)
    ("강원특별자치도 고성군", "고성", "토성면", "Toseong-myeon, Goseong-gun, Gangwon", "토성로"),
    ("부산광역시 기장군", "기장", "일광읍", "Ilgwang-eup, Gijang-gun, Busan", "일광로"),
    ("대구광역시 달성군", "달성", "현풍읍", "Hyeonpung-eup, Dalseong-gun, Daegu", "현풍중앙로"),
    ("울산광역시 울주군", "울주", "언양읍", "Eonyang-eup, Ulju-gun, Ulsan", "언양로"),
    ("인천광역시 강화군", "강화", "교동면", "Gyodong-myeon, Ganghwa-gun, Incheon", "교동남로"),
    ("인천광역시 옹진군", "옹진", "백령면", "Baengnyeong-myeon, Ongjin-gun, Incheon", "백령로"),
    ("제주특별자치도 제주시", "애월", "애월읍", "Aewol-eup, Jeju-si, Jeju", "애월해안로"),
    ("제주특별자치도 제주시", "한림", "한림읍", "Hallim-eup, Jeju-si, Jeju", "한림로"),
    ("제주특별자치도 제주시", "구좌", "구좌읍", "Gujwa-eup, Jeju-si, Jeju", "해맞이해안로"),
    ("제주특별자치도 제주시", "조천", "조천읍", "Jocheon-eup, Jeju-si, Jeju", "조천로"),
    ("제주특별자치도 서귀포시", "성산", "성산읍", "Seongsan-eup, Seogwipo-si, Jeju", "일출로"),
    ("제주특별자치도 서귀포시", "대정", "대정읍", "Daejeong-eup, Seogwipo-si, Jeju", "하모항구로"),
    ("제주특별자치도 서귀포시", "표선", "표선면", "Pyoseon-myeon, Seogwipo-si, Jeju", "표선중앙로"),
]
KO_APTS = ["", "", "", "2층", "101호", "주공아파트 3동 204호", "단독주택"]
KO_JOB_PLACES = ["온산공단", "여수국가산단", "대불산단", "오창산단", "탕정", "구미4공단", "석문산단", "군장산단", "명지",
                 "녹산공단"]
BIRTH = {  # origin -> places of birth as a CV in fr / en / ko writes them
    "basque": ["Saint-Palais"], "breton": ["Concarneau", "Vannes"], "corsican": ["L'Île-Rousse", "Cargèse"],
    "occitan": ["Villefranche-de-Rouergue", "Lectoure"],
    "kurdish": ["Dohuk (Irak)", "Mardin (Turquie)", "Kobané (Syrie)", "Sulaymaniyah (Irak)"],
    "amazigh": ["Akbou (Algérie)", "Larbaâ Nath Irathen (Algérie)", "Ouarzazate (Maroc)", "Al Hoceïma (Maroc)",
                "Tinghir (Maroc)"],
    "bambara": ["Ségou (Mali)", "Sikasso (Mali)", "Koutiala (Mali)", "Kita (Mali)"],
    "hmong": ["Javouhey (Guyane)", "Xieng Khouang (Laos)", "Sam Neua (Laos)"],
    "khmer": ["Kampong Cham (Cambodge)", "Takeo (Cambodge)", "Pursat (Cambodge)"],
    "manouche": ["Saintes-Maries-de-la-Mer", "Sarreguemines", "Craiova (Roumanie)"],
    "georgian": ["Telavi (Géorgie)", "Gori (Géorgie)", "Zougdidi (Géorgie)", "Kutaisi, Georgia",
                 "Batumi, Georgia", "Zugdidi, Georgia"],
    "mongolian": ["Darkhan (Mongolie)", "Erdenet (Mongolie)", "Darkhan, Mongolia", "Erdenet, Mongolia",
                  "Khovd, Mongolia"],
    "filipino": ["Cebu City, Philippines", "Iloilo, Philippines", "Pampanga, Philippines", "Tacloban, Philippines"],
    "quechua": ["Puno, Peru", "El Alto, Bolivia", "Juliaca, Peru", "Oruro, Bolivia"],
    "maori": ["Kaitaia, New Zealand", "Ruatoria, New Zealand", "Ōpōtiki, New Zealand", "Wairoa, New Zealand"],
    "inuit": ["Igloolik, Canada", "Pangnirtung, Canada", "Arviat, Canada", "Ilulissat, Greenland"],
    "uzbek": ["Namangan, Uzbekistan", "Andijan, Uzbekistan", "Termez, Uzbekistan", "Nukus, Uzbekistan"],
    "romany": ["Appleby-in-Westmorland", "Ballinasloe, Ireland", "Tuam, Ireland"],
    "korean": ["대구광역시 군위군", "전라남도 신안군 흑산면", "경상남도 통영시 욕지면", "전라남도 완도군 청산면"],
    "mongol_ko": ["몽골 에르데네트", "몽골 호브드"], "uzbek_ko": ["우즈베키스탄 나망간", "우즈베키스탄 안디잔"],
}
NATIVE_PLACE = {"Kutaisi": "ქუთაისი", "Telavi": "თელავი", "Batumi": "ბათუმი", "Gori": "გორი",
                "Zugdidi": "ზუგდიდი", "Zougdidi": "ზუგდიდი", "Darkhan": "Дархан", "Erdenet": "Эрдэнэт", "Khovd": "Ховд",
                "Namangan": "Наманган", "Andijan": "Андижон", "Termez": "Термиз", "Nukus": "Нукус",
                "Akbou": "ⴰⴽⴱⵓ", "Larbaâ Nath Irathen": "ⵍⴰⵔⴱⵄⴰ ⵏ ⴰⵜ ⵉⵔⴰⵜⵏ", "Ouarzazate": "ⵡⴰⵔⵣⴰⵣⴰⵜ",
                "Al Hoceïma": "ⵍⵃⵓⵙⵉⵎⴰ", "Tinghir": "ⵜⵉⵏⵖⵉⵔ", "에르데네트": "Эрдэнэт", "호브드": "Ховд",
                "나망간": "Наманган", "안디잔": "Андижон"}
NATIVE_COUNTRY = {"GE": "საქართველო", "MN": "Монгол Улс", "UZ": "Ўзбекистон", "DZ": "ⵍⴷⵣⴰⵢⴻⵔ", "MA": "ⵍⵎⵖⵔⵉⴱ"}

# --- job facts that sit next to markers ------------------------------------------------------------------------
CONTRACTS = {"fr": ["CDD de 6 mois", "mission de 3 mois", "mission d'intérim de 18 mois", "CDI à temps partiel",
                    "contrat saisonnier de 4 mois", "CDD de remplacement (congé maternité)"],
             "en": ["6-month fixed-term contract", "3-month temp assignment", "maternity cover (9 months)",
                    "seasonal contract, April to October", "permanent, 37.5 hours"],
             "ko": ["계약직 6개월", "3개월 단기 파견", "출산휴가 대체 근무 (10개월)", "정규직 전환", "시즌 계약직 (4개월)"]}
CARE = {"fr": ["aide à domicile auprès de personnes âgées", "personnes âgées de 82 à 97 ans", "enfants de 2 à 6 ans",
               "accompagnement d'adultes en situation de handicap", "toilette et aide au lever"],
        "en": ["home care for clients aged 80 to 96", "support worker for adults with learning disabilities",
               "children aged 2 to 5", "personal care and medication prompts"],
        "ko": ["80~95세 어르신 방문요양", "장애인 활동지원", "만 2~5세 영유아 보육", "목욕 및 식사 보조"]}
TEAM = {"fr": ["équipe de {n} personnes", "encadrement de {n} saisonniers"],
        "en": ["team of {n}", "line manager for {n} staff"], "ko": ["{n}명 팀장", "{n}명 교대조 관리"]}
SIDE_EMPLOYERS = {"fr": ["Ferme Etchebarne", "Conserverie Larzul", "Chez Maïté", "Garage Le Bris", "Maison Pujol",
                         "Ehpad Saint-Joseph", "Institution Sainte-Marie"],
                  "en": ["Betty's Tea Rooms", "St Aidan's Care Home", "Morrison & Sons Farm", "Jenny Wren Nursery",
                         "Old Joe's Fish Bar"],
                  "ko": ["순이네 식당", "복음 요양원", "은혜 어린이집", "할머니 손맛 국수", "철이네 과수원"]}
SIDE_WHAT = {"fr": ["Saison d'été", "Extras le week-end", "Vendanges"], "en": ["Summer season", "Weekend shifts"],
             "ko": ["주말 아르바이트", "감귤 수확 아르바이트"]}
EXTRA_LANGS = {  # languages of an origin (facts; dropped when they name the author's nationality or origin)
    "fr": {"basque": ["Euskara"], "breton": ["Brezhoneg"], "corsican": ["Corsu"], "occitan": ["Occitan"],
           "kurdish": ["Kurmandji"], "amazigh": ["Tamazight"], "bambara": ["Bambara"], "hmong": ["Hmong"],
           "khmer": ["Khmer"], "manouche": ["Romani"], "georgian": ["Russe"], "mongolian": ["Russe"]},
    "en": {"filipino": ["Tagalog"], "quechua": ["Runasimi"], "maori": ["te reo"], "inuit": ["Inuktitut"],
           "georgian": ["Russian"], "uzbek": ["Russian"], "mongolian": ["Russian"], "romany": ["Romani"]},
    "ko": {"mongol_ko": ["러시아어"], "uzbek_ko": ["러시아어"]},
}
LEVELS = {"fr": ["langue natale", "courant"], "en": ["native", "fluent"], "ko": ["원어민", "능통"]}


# --- the blind6 sheet: its own identity and wording of every personal family ----------------------------------
class Blind6Sheet(Sheet):
    """A Sheet whose personal details are written with the blind6 split's wording; modes: 'pair' (label and value),
    'bare' (a CV item), 'me' (a phrase in the first person), 'she' (a recruiter's note), 'tag' (a hashtag's body)."""

    def bit(self, family: str, mode: str = "bare") -> str | None:
        if not self.has(family):
            return None
        self.done.add(family)
        out = RENDER6[family](self, mode)
        return f"{out[0]}{self.sep}{out[1]}" if isinstance(out, tuple) else out

    def pair(self, family: str) -> tuple[str, str] | None:
        """(label, value) of a family not written yet, the value planted."""
        if not self.has(family):
            return None
        self.done.add(family)
        return RENDER6[family](self, "pair")

    def pairs(self, families=("birth", "age", "sex", "residence", "nationality", "family", "health", "religion")):
        return [x for f in families if (x := self.pair(f))]


def draw(rng, lang: str, sex: str, origins=None) -> tuple[str, str, str, str]:
    """(origin, first, last, hangul full name or "") of someone writing (or named in) a CV in lang."""
    weights = {o: w for o, w in WEIGHTS[lang].items() if origins is None or o in origins}
    origin = _weighted(rng, weights)
    pool = NAMES[origin]
    first, last = rng.choice(pool[sex]), rng.choice(pool["L"])
    return origin, first, last, (last + first if origin in HANGUL_ORIGINS else "")


def renew(s: Sheet, origins=None) -> None:
    """Give the sheet's person an identity of this split (name, contact, home, birth place, nationality, religion,
    health, children's ages, places of past jobs), drawn from the sheet's random source."""
    p, rng, lang = s.p, s.rng, s.lang
    origin, first, last, hangul = draw(rng, lang, p.sex, origins)
    p.origin, p.first, p.last, p.hangul, p.hanja = PLACEHOLDER_D[lang], first, last, hangul, ""
    p.b6_origin = origin
    latin = (KO_LATIN.get(first, first), KO_LATIN.get(last, last))
    p.b6_latin = latin if not hangul else (romanize(first, "-").capitalize(), romanize(last).capitalize())
    p.email, p.phone, p.linkedin = _contact(rng, lang, *(latin if lang == "ko" and not hangul else (first, last)),
                                            first if hangul else "")
    if lang == "fr":
        town, pc, dept, dname = rng.choice(FR_TOWNS)
        street = f"{rng.randint(1, 60)} {rng.choice(FR_STREETS)}{rng.choice(FR_STREET_EXTRA)}"
        p.b6_home = {"kind": "fr", "town": town, "latin": town, "pc": pc, "dept": dept, "area": dname, "street": street}
        places = FR_JOB_PLACES
    elif lang == "en":
        town, code, county = rng.choice(EN_TOWNS)
        letters = "".join(rng.choice("ABDEFGHJLNPQRSTUWXYZ") for _ in range(2))
        pc = f"{code}{rng.randint(1, 40)} {rng.randint(1, 9)}{letters}"
        street = f"{rng.choice(['', '', 'Flat 2, ', 'Rose Cottage, '])}{rng.randint(1, 48)} {rng.choice(EN_STREETS)}"
        p.b6_home = {"kind": "en", "town": town, "latin": town, "pc": pc, "area": county, "street": street}
        places = EN_JOB_PLACES
    else:
        region, short, district, roman, road = rng.choice(KO_TOWNS)
        apt = rng.choice(KO_APTS)
        street = f"{road} {rng.randint(1, 280)}" + (f", {apt}" if apt else "")
        p.b6_home = {"kind": "ko", "town": short, "latin": roman, "region": region, "district": district,
                     "street": street, "area": region}
        places = KO_JOB_PLACES
    p.town, p.street, p.postcode = (p.b6_home["town"], p.b6_home.get("pc", "")), street, p.b6_home.get("pc", "")
    for job, place in zip(p.jobs, rng.sample(places, len(p.jobs))):
        job.place = place
    if p.sex == "M":  # no 'Barmaid' on a man's CV
        for job in p.jobs:
            if job.en_female:
                job.en, job.en_female = rng.choice(p.trade.en_titles), False
    births = [b for b in BIRTH[origin] if lang == "ko" or (", " in b) == (lang == "en")] or BIRTH[origin]
    p.birth_place = rng.choice(births)
    nats = NATIONALITY_BY_LANG.get(lang, {}).get(origin, NATIONALITY[origin])
    p.b6_nat = (_weighted(rng, nats),) if len(nats) == 1 or rng.random() > 0.2 else tuple(sorted(nats))[:2]
    p.religion = rng.choice(RELIGIONS[origin])
    p.b6_health = rng.choice(sorted(HEALTH))
    top = max(p.children + 1, min(p.age - 17, 24))
    p.b6_kids = sorted(rng.sample(range(1, top), p.children), reverse=True) if p.children else []
    p.b6_married_at = rng.randint(min(p.born.year + 19, D.TODAY[0] - 1), D.TODAY[0] - 1)


def blind6(langs=LANGS, origins: dict | None = None):
    """Register a layout of this split: the sheet gets its identity (from `origins[lang]` if given) first."""
    def deco(fn):
        @functools.wraps(fn)
        def run(s: Sheet) -> str:
            s.__class__ = Blind6Sheet
            renew(s, (origins or {}).get(s.lang))
            return fn(s)
        layout(langs, split=SPLIT)(run)
        return run
    return deco


def someone(s: Sheet, sex: str | None = None, form: str = "plain") -> str:
    """Another person's name (a recruiter, a manager), planted as 'name'. form: 'plain', 'first' or 'initial'."""
    _, first, last, hangul = draw(s.rng, s.lang, sex or s.pick("FM"))
    if hangul:
        return s.plant("name", hangul[len(last):] if form == "first" else hangul)
    if form == "initial":
        return s.plant("name", first) + f" {last[0]}."
    return s.plant("name", first if form == "first" else f"{first} {last}")


def recast(s: Sheet, fn, m0: int = 0, f0: int = 0) -> None:
    """Apply a text transformation to the markers and facts recorded since (m0, f0), as it was applied to the text."""
    s.markers[m0:] = [replace(m, value=fn(m.value), also=tuple(fn(a) for a in m.also)) for m in s.markers[m0:]]
    s.facts[f0:] = [fn(f) for f in s.facts[f0:]]


def capital(text: str) -> str:
    return text[0].upper() + text[1:] if text else text


# --- the families in this split's wording -------------------------------------------------------------------------
DECADE_FR = {3: "trentenaire", 4: "quadragénaire", 5: "quinquagénaire", 6: "sexagénaire"}
DECADE_TAG_FR = {3: "trentenaire", 4: "quadra", 5: "quinqua", 6: "senior"}
DECADE_EN = {1: "teens", 2: "twenties", 3: "thirties", 4: "forties", 5: "fifties", 6: "sixties"}


def r_age(s: Sheet, mode: str):
    """Age: '45 ans révolus', 'quadragénaire', '#quadra', 'mid-forties', '#40s', '40대 중반', '만 45세'."""
    a, lang = s.p.age, s.lang
    pos = "early" if a % 10 < 4 else "mid" if a % 10 < 7 else "late"
    if lang == "fr":
        if mode == "pair":
            return s.pick(["Âge", "Age"]), s.plant("age", s.pick([f"{a} ans", f"{a} ans révolus"]))
        if mode == "me":
            return "j'ai " + s.plant("age", f"{a} ans")
        if mode == "she":
            return s.plant("age", s.pick([f"{a} ans", f"{a}a", f"{a} ans"]))
        if mode == "tag":
            return s.plant("age", DECADE_TAG_FR.get(a // 10, f"{a}ans"))
        if a >= 30 and s.chance(0.4):
            return s.plant("age", capital(DECADE_FR[min(a // 10, 6)]))
        return s.pick([lambda: s.plant("age", f"{a} ans"), lambda: s.g("Âgée", "Âgé") + " de " + s.plant("age", f"{a} ans")])()
    if lang == "en":
        if mode == "pair":
            return "Age", s.plant("age", s.pick([f"{a} years", f"{a} yrs"]))
        if mode == "me":
            return s.pick([lambda: "I am " + s.plant("age", f"{a} years old"),
                           lambda: "I'm in my " + s.plant("age", f"{pos}-{DECADE_EN[a // 10]}")])()
        if mode == "she":
            return s.plant("age", s.pick([f"aged {a}", f"{a}yo"]))
        if mode == "tag":
            return s.plant("age", "over50" if a >= 50 else f"{a // 10 * 10}s")
        return s.plant("age", s.pick([f"Aged {a}", f"{a} years of age", capital(f"{pos}-{DECADE_EN[a // 10]}")]))
    ko_pos = {"early": "초반", "mid": "중반", "late": "후반"}[pos]
    if mode == "pair":
        return "나이", s.plant("age", s.pick([f"만 {a}세", f"{a}세"]))
    if mode == "me":
        return "올해 " + s.plant("age", f"{a}세")
    if mode == "she":
        return s.plant("age", s.pick([f"{a}세", f"{a}살"]))
    if mode == "tag":
        return s.plant("age", f"{a // 10 * 10}대")
    return s.plant("age", s.pick([f"만 {a}세", f"{a // 10 * 10}대 {ko_pos}"]))


def fr_birth_date(s: Sheet, d: date) -> str:
    return s.pick([f"{d:%d/%m/%Y}", f"{d:%d.%m.%y}", f"{d.day} {FR_MONTHS[d.month - 1]} {d.year}", f"{d:%Y-%m-%d}"])


def en_birth_date(s: Sheet, d: date) -> str:
    return s.pick([f"{d:%d/%m/%Y}", f"{d.day} {EN_MONTHS[d.month - 1]} {d.year}",
                   f"{d.day:02d}-{EN_MONTHS[d.month - 1][:3]}-{d.year}", f"{d:%d.%m.%Y}"])


def ko_birth_date(s: Sheet, d: date) -> str:
    return s.pick([f"{d.year}. {d.month}. {d.day}.", f"{d:%Y.%m.%d}", f"{d.year}년 {d.month}월 {d.day}일"])


def _born_at(s: Sheet, chance: float = 0.4) -> str:
    if not s.chance(chance):
        return ""
    return {"fr": " à ", "en": " in ", "ko": " "}[s.lang] + s.plant("birth", s.p.birth_place) + \
        (" 출생" if s.lang == "ko" else "")


def r_birth(s: Sheet, mode: str):
    """Date (or year) and sometimes place of birth: '° 03/04/1979' (the Belgian sign), 'D.O.B. 03-Apr-1979', '79년생'."""
    b, lang = s.p.born, s.lang
    if lang == "fr":
        if mode == "pair":
            label = s.pick(["Date de naissance", "Né(e) le", "Date et lieu de naissance"])
            return label, s.plant("birth", fr_birth_date(s, b)) + _born_at(s, 0.6 if "lieu" in label else 0.3)
        if mode == "me":
            return "je suis " + s.g("née", "né") + " le " + s.plant("birth", fr_birth_date(s, b)) + _born_at(s)
        if mode in ("she", "tag"):
            return s.g("née", "né") + " en " + s.plant("birth", str(b.year))
        return s.pick([lambda: "° " + s.plant("birth", fr_birth_date(s, b)),
                       lambda: s.g("Née", "Né") + " le " + s.plant("birth", fr_birth_date(s, b)),
                       lambda: s.g("Née", "Né") + " en " + s.plant("birth", str(b.year))])() + _born_at(s)
    if lang == "en":
        if mode == "pair":
            return s.pick(["Date of Birth", "D.O.B."]), s.plant("birth", en_birth_date(s, b))
        if mode == "me":
            return "I was born" + _born_at(s, 0.7) + " in " + s.plant("birth", str(b.year))
        if mode in ("she", "tag"):
            return "born " + s.plant("birth", str(b.year))
        return s.pick(["D.O.B. ", "DOB: ", "b. "]) + s.plant("birth", en_birth_date(s, b)) + _born_at(s, 0.3)
    if mode == "pair":
        return "생년월일", s.plant("birth", ko_birth_date(s, b))
    if mode == "me":
        return s.plant("birth", s.p.birth_place) + "에서 " + s.plant("birth", f"{b.year}년") + "에 태어나"
    return s.plant("birth", s.pick([f"{b:%y}년생", f"{b.year}년생"]))


def home_name(s: Sheet) -> str:
    h = s.p.b6_home
    return h["latin"] if s.lang != "ko" else h["town"]


def r_residence(s: Sheet, mode: str):
    """Where the author lives: a hamlet's address, 'Espelette (64)', 'Grassington, North Yorkshire', '애월 거주'."""
    h, lang = s.p.b6_home, s.lang
    town = home_name(s)
    plant = functools.partial(s.plant, "residence")
    if h["kind"] == "ko" and lang == "ko":
        full = lambda: f"{plant(h['region'] + ' ' + h['district'])} {plant(h['street'])}"  # noqa: E731
        if mode == "pair":
            return s.pick(["주소", "현주소"]), full()
        if mode == "me":
            return plant(f"{h['region'].split()[-1]} {h['district']}") + "에 살고 있으며"
        if mode == "she":
            return plant(h["town"]) + " 거주"
        if mode == "tag":
            return plant(h["town"]) + "거주"
        return s.pick([full, lambda: plant(f"{h['town']} {h['district']}") + " 거주"])()
    if h["kind"] == "ko":  # a Korean home written in English
        return ("Address", plant(h["latin"])) if mode == "pair" else "living in " + plant(h["latin"])
    if h["kind"] == "fr":
        full = lambda: f"{plant(h['street'])}, {plant(h['pc'])} {plant(town)}"  # noqa: E731
        short = lambda: plant(f"{town} ({h['dept']})")  # noqa: E731
    else:
        full = lambda: f"{plant(h['street'])}, {plant(town)} {plant(h['pc'])}"  # noqa: E731
        short = lambda: f"{plant(town)}, {plant(h['area'])}"  # noqa: E731
    if mode == "tag":
        return plant(re.sub(r"[\s'-]", "", town))
    if lang == "fr":
        if mode == "pair":
            return s.pick(["Adresse", "Domicile"]), full() if s.chance(0.6) else short()
        if mode == "me":
            return "j'habite " + s.pick([lambda: "à " + short(), lambda: "au " + full(), lambda: "à " + plant(town)])()
        if mode == "she":
            return s.pick(["habite ", "hab. ", "domicile "]) + plant(town)
        return s.pick([full, short, lambda: "Secteur " + plant(town)])()
    if mode == "pair":
        return s.pick(["Address", "Home address"]), full()
    if mode == "me":
        return "I live in " + s.pick([lambda: plant(town), short])()
    if mode == "she":
        return s.pick(["lives in ", "based in "]) + plant(town)
    return s.pick([full, short, lambda: "Lives in " + plant(town)])()


def _fr_adj(s: Sheet, key: str, cap: bool = False) -> str:
    masc, fem = NATS[key][:2]
    if cap:
        masc, fem = capital(masc), capital(fem)
    value, other = (fem, masc) if s.female else (masc, fem)
    return s.plant("nationality", value, (other,))


def _origin_phrase(s: Sheet) -> str | None:
    """'d'origine kabyle', 'issue de la communauté manouche', 'of Māori descent', '고려인 동포'; None if none fits."""
    key = ORIGIN_KEY[s.p.b6_origin]
    if key in s.p.b6_nat:
        return None
    if s.lang == "fr":
        if key == "MA_":
            return s.g("issue", "issu") + " de la " + s.plant("nationality", "communauté manouche")
        return "d'origine " + s.plant("nationality", NATS[key][1], (NATS[key][0],))
    if s.lang == "en":
        if key in ("RY", "IU"):
            return s.plant("nationality", NATS[key][3])
        return "of " + s.plant("nationality", NATS[key][3]) + " descent"
    return s.plant("nationality", NATS[key][5] + " 동포" if key == "KU_" else NATS[key][5] + " 출신")


def r_nationality(s: Sheet, mode: str):
    """Nationality, residence status or origin: 'naturalisée française', 'carte de résident', 'Indefinite Leave to
    Remain', 'of Māori descent', 'E-9 (비전문취업)', '고려인 동포'."""
    nat, lang, kind = s.p.b6_nat, s.lang, s.p.b6_home["kind"]
    foreign = {"fr": "FR", "en": "GB", "ko": "KR"}[kind] not in nat and kind == lang  # a status is told at home
    origin = _origin_phrase(s) if mode not in ("pair", "tag") and s.chance(0.35) else None
    if origin:
        return origin
    if lang == "fr":
        adjs = lambda cap=False: " / ".join(_fr_adj(s, k, cap) for k in nat)  # noqa: E731
        if mode == "pair":
            return "Nationalité", adjs(True)
        if mode == "tag":
            return _fr_adj(s, nat[0])
        if foreign and mode in ("bare", "she") and s.chance(0.4):
            return s.plant("nationality", s.pick(["carte de résident", "titre de séjour", "récépissé de titre de séjour"])) \
                + " (" + _fr_adj(s, nat[0]) + ")"
        if nat == ("FR",) and kind == "fr" and s.p.b6_origin not in (
                "basque", "breton", "corsican", "occitan", "manouche") and s.chance(0.5):
            return s.gv("nationality", "naturalisée", "naturalisé") + " " + _fr_adj(s, "FR") + \
                f" en {s.p.b6_married_at}"
        return ("je suis de nationalité " if mode == "me" else "nationalité " if mode == "bare" else "") + adjs()
    if lang == "en":
        adj = lambda k: s.plant("nationality", NATS[k][3])  # noqa: E731
        if mode == "pair":
            return s.pick(["Nationality", "Citizenship"]), " / ".join(adj(k) for k in nat)
        if mode == "tag":
            return s.plant("nationality", NATS[nat[0]][3].replace(" ", ""))
        if foreign and s.chance(0.5):
            status = s.plant("nationality", s.pick(["Indefinite Leave to Remain", "Skilled Worker visa", "pre-settled status"]))
            return ("I hold " if mode == "me" else "") + status + " (" + adj(nat[0]) + " passport)"
        if "GB" in nat and kind == "en" and s.p.b6_origin not in ("romany",) and s.chance(0.5):
            return adj("GB") + " citizen (" + s.plant("nationality", "naturalised") + f" {s.p.b6_married_at})"
        return ("I am a " if mode == "me" else "") + " and ".join(adj(k) for k in nat) + " national"
    country = NATS[nat[0]][5]
    if mode == "pair":
        return "국적", s.plant("nationality", country)
    if mode == "tag":
        return s.plant("nationality", country)
    if foreign and s.chance(0.6):
        visa = s.pick(["E-9 (비전문취업)", "F-6 (결혼이민)", "F-5 (영주)", "E-7 (특정활동)"])
        return s.plant("nationality", f"{country} 국적") + ", " + s.plant("nationality", visa)
    if not foreign and nat == ("KR",) and s.p.b6_origin != "korean":
        return s.plant("nationality", "귀화") + " (" + s.plant("nationality", NATS[ORIGIN_KEY[s.p.b6_origin]][5]) + ")"
    return s.plant("nationality", f"{country} 국적")


REL = {  # key -> (fr fem, fr masc, en, ko)
    "catholic": ("catholique", "catholique", "Catholic", "천주교"), "protestant": ("protestante", "protestant",
                                                                            "Protestant", "개신교"),
    "muslim": ("musulmane", "musulman", "Muslim", "이슬람교"), "alevi": ("alévie", "alévi", "Alevi", "알레비"),
    "yezidi": ("yézidie", "yézidi", "Yazidi", "야지디교"), "evangelical": ("évangélique", "évangélique",
                                                                      "Evangelical Christian", "복음주의 개신교"),
    "buddhist": ("bouddhiste", "bouddhiste", "Buddhist", "불교"), "animist": ("animiste", "animiste", "Animist", "토속신앙"),
    "orthodox": ("orthodoxe", "orthodoxe", "Georgian Orthodox", "정교회"), "anglican": ("anglicane", "anglican",
                                                                                  "Anglican", "성공회"),
    "pentecostal": ("pentecôtiste", "pentecôtiste", "Pentecostal", "오순절교회"),
    "inc": ("membre de l'Iglesia ni Cristo",) * 2 + ("Iglesia ni Cristo", "이글레시아 니 크리스토"),
    "ratana": ("membre de l'Église Rātana",) * 2 + ("Rātana", "라타나교"), "won": ("bouddhiste won",) * 2 + (
        "Won Buddhist", "원불교"), "none": ("sans religion", "sans religion", "None", "무교"),
}
REL_HOBBY = {
    "fr": {"catholic": ["porteuse de bannière au {pardon de Sainte-Anne-la-Palud}", "{confrérie Saint-Érasme}",
                        "{chorale paroissiale} (messe du dimanche)"],
           "protestant": ["{culte} du dimanche au {temple}", "conseil presbytéral de l'{Église protestante unie}"],
           "muslim": ["cours d'arabe à la {mosquée}", "{prière du vendredi} (pause déjeuner décalée souhaitée)"],
           "alevi": ["bénévole au {cemevi}"], "yezidi": ["bénévole à l'{association yézidie}"],
           "evangelical": ["{mission évangélique Vie et Lumière}", "{chorale gospel} de l'{église évangélique}"],
           "buddhist": ["bénévole à la {pagode}"], "animist": ["{cérémonies chamaniques} du Nouvel An"],
           "orthodox": ["{chorale de l'église orthodoxe géorgienne}"]},
    "en": {"catholic": ["{Simbang Gabi} volunteer", "{parish} choir"], "inc": ["{Iglesia ni Cristo} choir"],
           "evangelical": ["worship band at the {Evangelical church}"], "pentecostal": ["{Light and Life} church"],
           "orthodox": ["{Georgian Orthodox} choir"], "muslim": ["{Friday prayers} (flexible lunch break asked)"],
           "buddhist": ["volunteer at the {Buddhist centre}"], "anglican": ["{Anglican} church warden"],
           "ratana": ["{Rātana} church brass band"]},
    "ko": {"buddhist": ["{사찰} 신도회 활동"], "protestant": ["{교회} 집사", "{교회} 찬양대"], "catholic": ["{성당} 주일학교 교사"],
           "muslim": ["{이슬람} 금요 예배 참석"], "won": ["{원불교} 교당 봉사"]},
}


def r_religion(s: Sheet, mode: str):
    """Religion: a field, a self-description, or an activity that tells it."""
    key, lang = s.p.religion, s.lang
    hobbies = REL_HOBBY[lang].get(key, [])
    if mode in ("bare", "me", "she") and hobbies and s.chance(0.6):
        return _braced(s, s.pick(hobbies), "religion")
    fem, masc, en, ko = REL[key]
    if lang == "fr":
        if mode == "pair":
            return s.pick(["Religion", "Confession"]), s.gv("religion", fem, masc, sex=False)
        word = s.gv("religion", fem, masc, sex=False)
        return ("je suis " + word if mode == "me" else word) + (
            " " + s.gv("religion", "pratiquante", "pratiquant") if key != "none" and s.chance(0.4) else "")
    if lang == "en":
        if mode == "pair":
            return "Religion", s.plant("religion", en)
        return ("I am a practising " if mode == "me" and key != "none" else "") + s.plant("religion", en)
    if mode == "pair":
        return "종교", s.plant("religion", ko)
    return "종교는 " + s.plant("religion", ko) if mode == "me" else s.plant("religion", ko)


FR_STATUS = {"single": ("célibataire",) * 2, "married": ("mariée", "marié"), "pacs": ("pacsée", "pacsé"),
             "divorced": ("divorcée", "divorcé"), "widowed": ("veuve", "veuf"), "couple": ("en couple",) * 2}
EN_STATUS = {"single": "single", "married": "married", "pacs": "in a civil partnership", "divorced": "divorced",
             "widowed": "widowed", "couple": "living with my partner"}
KO_STATUS = {"single": "미혼", "married": "기혼", "pacs": "기혼", "divorced": "이혼", "widowed": "사별", "couple": "미혼"}
EN_NUM = {1: "one", 2: "two", 3: "three", 4: "four"}
KO_NUM = {1: "한", 2: "두", 3: "세", 4: "네"}


def kids_ages(s: Sheet) -> str:
    """The children's ages: '12, 9 et 4 ans', '12, 9 and 4', '12세, 9세'."""
    ages = s.p.b6_kids
    if s.lang == "ko":
        return ", ".join(f"{a}세" for a in ages)
    word = " et " if s.lang == "fr" else " and "
    text = ", ".join(map(str, ages[:-1])) + word + str(ages[-1]) if len(ages) > 1 else str(ages[0])
    return text + (" ans" if s.lang == "fr" else "")


def r_family(s: Sheet, mode: str):
    """Marital status and children, sometimes with their ages."""
    p, n, lang = s.p, s.p.children, s.lang
    alone = p.marital in ("single", "divorced", "widowed")
    if lang == "fr":
        fem, masc = FR_STATUS[p.marital]
        kids = lambda: s.plant("family", s.pick([f"{n} enfant{'s' if n > 1 else ''}",  # noqa: E731
                                                  f"{n} enfant{'s' if n > 1 else ''} ({kids_ages(s)})"]))
        if mode == "pair":
            return s.pick(["Situation familiale", "Situation de famille"]), s.gv("family", capital(fem), capital(masc)) + (
                ", " + kids() if n else "")
        if mode == "tag":
            return s.gv("family", "maman", "papa") if n else s.gv("family", fem.replace(" ", ""), masc.replace(" ", ""))
        if mode == "she":
            return s.gv("family", fem, masc) + (", " + s.plant("family", f"{n} enf.") if n else "")
        if n and alone and s.chance(0.5):
            phrase = s.gv("family", f"maman solo de {n}", f"papa solo de {n}", sex=False)
            return ("je suis " if mode == "me" else "") + phrase
        if n >= 3 and mode == "bare" and s.chance(0.4):
            return s.gv("family", "Mère de famille nombreuse", "Père de famille nombreuse", sex=False)
        status = s.gv("family", fem, masc) if mode == "me" else s.gv("family", capital(fem), capital(masc))
        return ("je suis " if mode == "me" else "") + status + (", " + kids() if n else "")
    if lang == "en":
        status = EN_STATUS[p.marital]
        if mode == "pair":
            return "Marital Status", s.plant("family", capital(status)) + (
                "; " + s.plant("family", f"{n} dependant{'s' if n > 1 else ''}") if n else "")
        if mode == "tag":
            if n:
                return s.gv("family", "singlemum", "singledad") if alone else s.gv("family", f"mumof{n}", f"dadof{n}")
            return s.plant("family", status.replace(" ", ""))
        if n and alone and mode != "she":
            return ("I'm a " if mode == "me" else "") + s.gv("family", f"single mum of {EN_NUM[n]}",
                                                             f"single dad of {EN_NUM[n]}", sex=False)
        kids = f" with {s.plant('family', f'{EN_NUM[n]} children' if n > 1 else 'one child')}" if n else ""
        if n and s.chance(0.3):
            kids += f" ({s.plant('family', kids_ages(s))})"
        return ("I am " if mode == "me" else "") + s.plant("family", status if mode != "bare" else capital(status)) + kids
    status = KO_STATUS[p.marital]
    if mode == "pair":
        return s.pick(["결혼여부", "혼인관계"]), s.plant("family", status) + (
            " / " + s.plant("family", f"자녀 {n}명") if n else "")
    if mode == "tag":
        return s.gv("family", "워킹맘", "워킹대디") if n else s.plant("family", status)
    if mode == "me" and n:
        return s.gv("family", f"{KO_NUM[n]} 아이의 엄마", f"{KO_NUM[n]} 아이의 아빠", sex=False) + "로서"
    return s.plant("family", status) + (" " + s.plant("family", f"자녀{n}") if n else "") + (
        f" ({s.plant('family', kids_ages(s))})" if n and mode == "bare" and s.chance(0.4) else "")


HEALTH = {  # key -> (fr, en, ko, fr tag, en tag, ko tag); a (fem, masc) pair where French differs by gender
    "rqth": ("RQTH valable jusqu'en 2028", "Access to Work support", "장애인 등록 (심하지 않은 장애)", "RQTH",
             "AccessToWork", "장애인"),
    "low_vision": (("malvoyante", "malvoyant"), "partially sighted", "시각장애 (저시력)",
                   ("malvoyante", "malvoyant"), "VisuallyImpaired", "시각장애"),
    "hearing": (("sourde appareillée", "sourd appareillé"), "hard of hearing", "청각장애 (보청기 사용)",
                ("appareillée", "appareillé"), "HardOfHearing", "청각장애"),
    "asthma": ("asthme sévère", "severe asthma", "중증 천식", "asthme", "asthma", "천식"),
    "ms": ("sclérose en plaques", "multiple sclerosis", "다발성 경화증", "SEP", "MSwarrior", "난치병"),
    "back": ("port de charges lourdes contre-indiqué", "no heavy lifting (medical advice)", "허리 디스크 수술 이력",
             "restrictionsmédicales", "nolifting", "디스크"),
    "colour": (("daltonienne", "daltonien"), "colour blind", "색약", ("daltonienne", "daltonien"), "colourblind", "색약"),
    "autism": ("autiste (TSA)", "autistic", "자폐 스펙트럼", "TSA", "neurodivergent", "자폐"),
    "hip": ("prothèse de hanche", "hip replacement", "인공 고관절 수술", "prothèse", "hipreplacement", "고관절"),
    "good": ("en excellente santé", "excellent health", "건강 양호", "bonnesanté", "fitandhealthy", "건강"),
}


def _health_value(s: Sheet, tag: bool = False) -> str:
    value = HEALTH[s.p.b6_health][{"fr": 0, "en": 1, "ko": 2}[s.lang] + (3 if tag else 0)]
    if isinstance(value, tuple):
        return s.gv("health", *value)
    return s.plant("health", value)


def r_health(s: Sheet, mode: str):
    """Disability or health: 'RQTH valable jusqu'en 2028', 'no heavy lifting (medical advice)', '청각장애 (보청기 사용)'."""
    good = s.p.b6_health == "good"
    if mode == "pair":
        label = {"fr": ("Santé", "Handicap"), "en": ("Health", "Disability"), "ko": ("건강", "장애")}[s.lang][not good]
        return label, _health_value(s)
    if mode == "tag":
        return _health_value(s, tag=True)
    value = _health_value(s)
    if mode == "me":
        return {"fr": "à noter : ", "en": "please note: ", "ko": ""}[s.lang] + value
    return value


def r_sex(s: Sheet, mode: str):
    """Sex: a field, a civil title, pronouns, 'une femme de terrain'."""
    f, lang = s.female, s.lang
    if mode == "pair":
        label, words = {"fr": ("Sexe", ("Féminin", "Masculin")), "en": ("Gender", ("Female", "Male")),
                        "ko": ("성별", ("여성", "남성"))}[lang]
        return label, s.plant("sex", words[0] if f else words[1])
    if lang == "fr":
        if mode == "me":
            return "je suis " + s.gv("sex", "une femme de terrain", "un homme de terrain")
        if mode == "tag":
            return s.gv("sex", "femme", "homme")
        return civil(s) if mode == "she" else s.plant("sex", "Femme" if f else "Homme")
    if lang == "en":
        if mode in ("me", "bare"):
            return ("my pronouns are " if mode == "me" else "Pronouns: ") + s.plant("sex", "she/her" if f else "he/him")
        return s.plant("sex", ("woman" if f else "man") if mode == "tag" else ("Ms" if f else "Mr"))
    return s.plant("sex", "여성" if f else "남성")


RENDER6 = {"sex": r_sex, "age": r_age, "birth": r_birth, "residence": r_residence, "nationality": r_nationality,
           "religion": r_religion, "family": r_family, "health": r_health}
PERSONAL6 = ("age", "birth", "sex", "nationality", "family", "health", "religion")


# --- sections ----------------------------------------------------------------------------------------------------
def nat_forms(s: Sheet) -> list[str]:
    """Every form of the author's nationalities and origin."""
    keys = set(s.p.b6_nat) | {ORIGIN_KEY[s.p.b6_origin]}
    return [f for k in keys for f in (NATS[k][0], NATS[k][1], NATS[k][3], NATS[k][5])]


def names_origin(s: Sheet, text: str) -> bool:
    words = {w.lower() for f in nat_forms(s) for w in re.findall(r"[^\W\d_]+", f)}
    return text.split()[0].lower() in words or any(
        f in text if s.lang == "ko" else pattern(f).search(text) for f in nat_forms(s))


def tongues(s: Sheet) -> list[str]:
    """Languages spoken (facts), none naming the author's nationality or origin."""
    common = {"fr": D.FR_LANGS, "en": D.EN_LANGS, "ko": [(x, [""]) for x in D.KO_LANGS]}[s.lang]
    mine = [(x, LEVELS[s.lang]) for x in EXTRA_LANGS[s.lang].get(s.p.b6_origin, []) if not names_origin(s, x)]
    pool = [x for x in common if not names_origin(s, x[0])]
    chosen = (mine if s.chance(0.7) else []) + s.rng.sample(pool, s.rng.randint(1, 2))
    out = []
    for lang_name, levels in chosen:
        level = s.pick(levels)
        out.append(s.fact(f"{lang_name} ({level})" if level else lang_name))
    return out


def interests(s: Sheet, label: bool = True) -> str:
    """Interests, with the religious activity of some authors."""
    items = s.rng.sample({"fr": D.FR_HOBBIES, "en": D.EN_HOBBIES, "ko": D.KO_HOBBIES}[s.lang], 2)
    rel = s.bit("religion", "bare")
    if rel:
        items.insert(s.rng.randint(0, 2), rel)
    return (f"{s.h('hobbies')}{s.sep}" if label else "") + ", ".join(items)


def contract(s: Sheet) -> str:
    """A contract's kind and length (a fact): 'CDD de 6 mois', 'maternity cover (9 months)', '계약직 6개월'."""
    return s.fact(s.pick(CONTRACTS[s.lang]))


def care(s: Sheet) -> str:
    """Who the author looked after (a fact): 'personnes âgées de 82 à 97 ans', 'children aged 2 to 5'."""
    return s.fact(s.pick(CARE[s.lang]))


def team(s: Sheet) -> str:
    """A team size (a fact)."""
    return s.fact(s.pick(TEAM[s.lang]).format(n=s.rng.randint(3, 25)))


def side_job(s: Sheet) -> str:
    """A small job for an employer with a person's or a saint's name, and where (facts)."""
    places = {"fr": FR_JOB_PLACES, "en": EN_JOB_PLACES, "ko": KO_JOB_PLACES}[s.lang]
    used = {j.place for j in s.p.jobs}
    place = s.fact(s.pick([x for x in places if x not in used]))
    extra = f" ({care(s)})" if s.chance(0.4) else ""
    return f"{s.pick(SIDE_WHAT[s.lang])}{s.sep}{s.fact(s.pick(SIDE_EMPLOYERS[s.lang]))}, {place}{extra}"


def experience_lines(s: Sheet) -> list[str]:
    """One line a job: dates, title, employer, place; the current job with its contract or team."""
    out = []
    for i, j in enumerate(s.p.jobs):
        extra = f" ({s.pick([contract, team])(s)})" if i == 0 and s.chance(0.7) else ""
        out.append(f"{job_dates(s, j)} : {title_text(s, j)} – {s.fact(j.employer)}, {place_text(s, j)}{extra}")
    return out


def diploma(s: Sheet) -> str:
    """One diploma of the trade (a fact)."""
    return s.fact(s.pick(list(s.p.trade.diplomas[s.lang])))


def body6(s: Sheet, with_profile: bool = True) -> list[str]:
    """Profile, experience (with a side job), education, skills, languages, licences and interests, with headings."""
    out = [s.h("profile"), profile(s), ""] if with_profile else []
    out += [s.h("exp"), *experience_lines(s), side_job(s), "", s.h("edu"), *education(s), ""]
    out += [s.h("skills"), ", ".join(skills(s)), "", s.h("langs"), *tongues(s), "",
            f"{s.h('lic')}{s.sep}{licence(s)}", interests(s)]
    return out


def rest(s: Sheet, mode: str = "bare") -> list[str]:
    """Every family this CV reveals and has not written yet (residence included)."""
    res = s.bit("residence", mode)
    return ([res] if res else []) + s.bits(PERSONAL6, mode)


def contacts(s: Sheet) -> list[str]:
    return [x for x in (phone(s), email(s)) if x]


def slug(text: str, sep: str = "_") -> str:
    """A file-name form: 'Pont-l'Abbé' -> 'Pont-l_Abbe', 'algérienne' -> 'algerienne'."""
    return re.sub(r"[\s']+", sep, ascii_fold(text))


# --- 1. a graphic CV read one word a line -------------------------------------------------------------------------
@blind6()
def word_per_line(s: Sheet) -> str:
    """A graphic CV (Canva-like) whose text a PDF reader gives one word a line: every text box (name, title, contact,
    'about me', the sections) split into its words, a blank line between boxes; markers and facts cut the same way."""
    about = {"fr": "À PROPOS", "en": "ABOUT ME", "ko": "소개"}[s.lang]
    res = s.bit("residence", "bare")
    boxes = [name(s, s.pick(["plain", "CAPS", "first LAST"])), headline(s, "upper") if s.lang != "ko" else headline(s),
             "\n".join([s.h("contact").upper(), *contacts(s), *([res] if res else [])])]
    personal = s.bits(PERSONAL6, "bare")
    if personal:
        boxes.append("\n".join([about, *personal]))
    boxes += ["\n".join(x for x in block if x) for block in _split_blocks(body6(s))]
    spaced = lambda t: re.sub(r"[ \t]+", "\n", t)  # noqa: E731
    recast(s, spaced)
    return "\n\n".join(spaced(b) for b in boxes if b)


def _split_blocks(lines: list[str]) -> list[list[str]]:
    blocks, cur = [], []
    for line in lines:
        if line:
            cur.append(line)
        elif cur:
            blocks.append(cur)
            cur = []
    return blocks + ([cur] if cur else [])


# --- 2. a Word table saved as plain text ----------------------------------------------------------------------------
CELL_LABELS = {"fr": ("Nom", "Prénom", "Téléphone", "E-mail", ("Période", "Employeur", "Poste", "Lieu"),
                      ("Année", "Diplôme", "Établissement"), "Compétences", "Langues", "Permis"),
               "en": ("Surname", "First name", "Telephone", "Email", ("Dates", "Employer", "Role", "Location"),
                      ("Year", "Qualification", "Where"), "Skills", "Languages", "Licences"),
               "ko": ("성명", "", "연락처", "이메일", ("기간", "회사명", "직무", "근무지"), ("졸업", "학력", "학교"), "보유기술",
                      "어학", "자격증")}


def grid(rows: list[list[str]], gap: int = 3) -> list[str]:
    """Rows of cells padded into columns with runs of spaces, as a table saved as text gives them."""
    n = max(len(r) for r in rows)
    widths = [max((len(r[i]) for r in rows if i < len(r)), default=0) for i in range(n)]
    return [("".join(c.ljust(widths[i] + gap) for i, c in enumerate(r[:-1])) + r[-1]).rstrip() for r in rows]


@blind6()
def spaced_cells(s: Sheet) -> str:
    """A CV typed in a Word table and saved as plain text: cells padded with runs of spaces into columns, the
    identity table two label / value pairs a row, then the career and the schooling as tables with a header row."""
    L = CELL_LABELS[s.lang]
    p = s.p
    pairs = [(L[0], name(s))] if p.hangul else [(L[0], s.plant("name", p.last.upper())), (L[1], s.plant("name", p.first))]
    pairs += [(lab, v) for lab, v in ((L[2], phone(s)), (L[3], email(s))) if v]
    pairs += s.pairs()
    if s.lang == "ko" and not s.female and "sex" in s.done:
        pairs.append(("병역", s.plant("sex", s.pick(["육군 병장 만기전역", "해병대 만기제대", "공군 병장 전역"]))))
    rows = [[a, b, *(pairs[i + 1] if i + 1 < len(pairs) else ())] for i in range(0, len(pairs), 2)
            for a, b in [pairs[i]]]
    title = {"fr": "CURRICULUM VITAE", "en": "CURRICULUM VITAE", "ko": "이 력 서"}[s.lang]
    jobs = [list(L[4])] + [[job_dates(s, j), s.fact(j.employer), title_text(s, j), place_text(s, j)] for j in p.jobs]
    year = max(p.born.year + 17, p.jobs[-1].start[0] - 1)
    school = s.pick({"fr": D.FR_SCHOOLS, "en": D.EN_SCHOOLS, "ko": D.KO_SCHOOLS}[s.lang])
    schooling = [list(L[5]), [str(year), diploma(s), school]]
    extra = [[L[6], ", ".join(skills(s))], [L[7], ", ".join(tongues(s))], [L[8], licence(s)],
             [s.h("more"), f"{contract(s)}, {availability(s, lower=s.lang != 'ko')}"]]
    hobbies = interests(s, label=False)
    extra.append([s.h("hobbies"), hobbies])
    out = [title, "", *grid(rows), "", headline(s, "upper") if s.lang != "ko" else headline(s), "", s.h("exp"),
           *grid(jobs), "", s.h("edu"), *grid(schooling), "", *grid(extra)]
    return "\n".join(out)


# --- 3. a British CV with a personal profile and referees on request --------------------------------------------
@blind6(langs=("en",))
def uk_personal_profile(s: Sheet) -> str:
    """A British CV of the old school: the name and a stacked postal address, a 'PERSONAL PROFILE' paragraph in the
    first person, key skills, employment history with duties, a 'PERSONAL DETAILS' block (date of birth, nationality,
    marital status, health, driving licence) near the end, and 'Referees available on request'."""
    h, plant = s.p.b6_home, functools.partial(s.plant, "residence")
    top = [name(s, "plain")]
    if s.has("residence"):
        s.done.add("residence")
        top += [plant(h["street"]), plant(h["town"]), plant(h["area"]), plant(h["pc"])]
    top += [f"Tel: {x}" if "@" not in x else f"Email: {x}" for x in contacts(s)]
    me = [x for x in (s.bit("age", "me"), s.bit("family", "me")) if x]
    adj = s.pick(D.EN_ADJ).lower()
    prof = f"I am {'an' if adj[0] in 'aeiou' else 'a'} {adj} {headline(s, 'lower')} with {duration(s, lower=True)}"
    prof += ". " + ". ".join(capital(x) for x in me) if me else ""
    prof += f". {availability(s)}."
    lines = top + ["", "PERSONAL PROFILE", prof, "", "KEY SKILLS", *[f"• {x}" for x in skills(s)], "",
                   "EMPLOYMENT HISTORY"]
    for i, j in enumerate(s.p.jobs):
        lines += [f"{job_dates(s, j)}    {s.fact(j.employer)}, {place_text(s, j)}", f"Position: {title_text(s, j)}"]
        if i == 0:
            lines.append(f"Duties included: {', '.join(skills(s, 2))}; {s.pick([contract, team, care])(s)}")
        lines.append("")
    lines += ["EDUCATION AND QUALIFICATIONS", *education(s), "", "PERSONAL DETAILS"]
    lines += [f"{lab}: {v}" for lab, v in s.pairs(("birth", "nationality", "family", "sex", "health", "religion"))]
    lines += [f"Licences and Certificates: {licence(s)}", "", "HOBBIES AND INTERESTS", interests(s, label=False), "",
              "REFEREES", "Available on request"]
    return "\n".join(lines)


# --- 4. a Korean job site's résumé export -------------------------------------------------------------------------
KO_WISH = ["경남 전체, 부산 강서구", "제주 전체", "울산 전체, 경북 경주시", "인천 전체, 경기 김포시", "전국 (기숙사 제공 시)"]


@blind6(langs=("ko",))
def ko_jobsite_resume(s: Sheet) -> str:
    """A Korean job site's résumé saved as PDF (잡코리아, 사람인): the header with name and contact, 희망근무조건 (desired
    job, 희망근무지 — where the author wants to work, a fact, not where they live), 학력, 경력, 자격증, and the
    '취업우대·병역' block (보훈대상, 장애, 병역) that tells disability and sex, then the 자기소개서."""
    site = s.pick(["잡코리아", "사람인"])
    head = [f"{site} 이력서", name(s)]
    head += [f"{lab} {v}" for lab, v in (("휴대폰", phone(s)), ("이메일", email(s))) if v]
    head += [f"{lab} {v}" for lab, v in s.pairs(("sex", "birth", "age", "residence", "nationality"))]
    job = s.p.jobs[0]
    lines = head + ["", "희망근무조건", f"희망직무 {headline(s)}", f"고용형태 {s.pick(['정규직', '정규직 · 계약직'])}",
                    f"희망근무지 {s.fact(s.pick(KO_WISH))}", "희망연봉 회사내규에 따름", "",
                    "학력", *education(s, "table"), "", f"경력 (총 {duration(s)})"]
    for i, j in enumerate(s.p.jobs):
        extra = f" | {contract(s)}" if i == 0 and s.chance(0.6) else ""
        lines.append(f"{job_dates(s, j)} | {s.fact(j.employer)} | {title_text(s, j)} | {place_text(s, j)}{extra}")
    lines += ["", "자격증", licence(s), "", "어학", *tongues(s), "", "취업우대·병역"]
    veteran = "비대상"
    if s.has("family") and s.p.marital == "widowed" and s.chance(0.5):
        veteran = s.plant("family", "대상 (국가유공자 유족)")
    lines.append(f"보훈대상 {veteran}")
    lines.append(f"장애 {_health_value(s) if s.has('health') and s.p.b6_health != 'good' else '비대상'}")
    if s.has("health"):
        s.done.add("health")
    if "sex" in s.p.families:
        s.sep = " "
        lines.append(military(s))
    lines.append("고용지원금대상 비대상")
    intro = [f"{duration(s)}의 {with_ro(job.ko or headline(s))} 일해 왔습니다."]
    intro += [x + "." for x in rest(s, "me")]
    intro.append(f"{', '.join(skills(s, 2))} 업무에 자신 있습니다. {availability(s)}.")
    lines += ["", "자기소개서", " ".join(intro), "", interests(s)]
    return "\n".join(lines)


def with_ro(word: str) -> str:
    """'미화원' -> '미화원으로', '바리스타' -> '바리스타로' (ㄹ takes 로)."""
    code = ord(word[-1]) - 0xAC00 if word else -1
    final = code % 28 if 0 <= code < 11172 else 0
    return word + ("로" if final in (0, 8) else "으로")


# --- 5. a CV with the list of the scans attached to it -----------------------------------------------------------
def _attachments(s: Sheet) -> list[str]:
    """File names of the attached scans; those that tell a family are planted (the telling part of the name)."""
    p, lang, files = s.p, s.lang, []
    first, last = p.b6_latin if lang != "ko" else (p.first, p.last)
    if lang == "ko":
        files.append(f"이력서_{s.plant('name', p.hangul or f'{p.first}_{p.last}')}.hwp")
    else:
        cv_name = f"{slug(last).upper()}_{slug(first)}" if lang == "fr" else f"{slug(first)}_{slug(last)}"
        files.append(f"CV_{s.plant('name', cv_name)}.{s.pick(['pdf', 'docx'])}")
    nat = p.b6_nat
    if s.has("nationality"):
        s.done.add("nationality")
        key = next((k for k in nat if k != {"fr": "FR", "en": "GB", "ko": "KR"}[lang]), nat[0])
        if lang == "fr":
            files.append(f"passeport_{s.plant('nationality', slug(NATS[key][0]))}.pdf")
            if key != "FR":
                files.append(f"{s.plant('nationality', s.pick(['titre_de_sejour', 'carte_de_resident']))}_recto_verso.jpg")
        elif lang == "en":
            files.append(f"passport_{s.plant('nationality', slug(NATS[key][3]).lower())}.pdf")
            if key != "GB":
                files.append(f"{s.plant('nationality', s.pick(['BRP', 'eVisa_share_code']))}_front_back.jpg")
        else:
            files.append(f"{s.plant('nationality', '외국인등록증')}_{s.plant('nationality', NATS[key][5])}.jpg"
                         if key != "KR" else f"여권사본_{s.plant('nationality', NATS[key][5])}.pdf")
    if s.has("birth"):
        s.done.add("birth")
        word = {"fr": "acte_de_naissance", "en": "birth_certificate", "ko": "기본증명서"}[lang]
        files.append(f"{word}_{s.plant('birth', str(p.born.year))}.pdf")
    if s.has("family") and (p.marital in ("married", "pacs") or p.children):
        s.done.add("family")
        if lang == "fr":
            files.append(f"{s.plant('family', 'livret_de_famille')}.pdf")
            if p.children:
                files.append(f"attestation_CAF_{s.plant('family', f'{p.children}_enfant' + ('s' if p.children > 1 else ''))}.pdf")
        elif lang == "en":
            files.append(f"{s.plant('family', 'marriage_certificate' if p.marital == 'married' else 'child_benefit_letter')}.pdf")
        else:
            files.append(f"{s.plant('family', '혼인관계증명서' if p.marital in ('married', 'pacs') else '한부모가족증명서')}.pdf")
    if s.has("health") and p.b6_health != "good":
        s.done.add("health")
        word = {"fr": ["notification_RQTH_MDPH", "carte_mobilite_inclusion"], "en": ["PIP_award_letter", "Access_to_Work_grant"],
                "ko": ["장애인증명서", "복지카드"]}[lang]
        files.append(f"{s.plant('health', s.pick(word))}_{D.TODAY[0] - 1}.pdf")
    if s.has("residence"):
        s.done.add("residence")
        word = {"fr": "justificatif_domicile", "en": "proof_of_address", "ko": "주민등록초본"}[lang]
        files.append(f"{word}_{s.plant('residence', slug(home_name(s)))}.pdf")
    files += [{"fr": "photo_identite.jpg", "en": "DBS_certificate.pdf", "ko": "증명사진.jpg"}[lang]]
    return files


@blind6()
def attachments_list(s: Sheet) -> str:
    """An application whose CV ends with the list of the files sent with it, scans of identity papers among them,
    their names telling what the CV does not: 'passeport_malien.pdf', 'titre_de_sejour_recto_verso.jpg',
    'livret_de_famille.pdf', 'notification_RQTH_MDPH_2023.pdf', 'BRP_front_back.jpg', '외국인등록증_몽골.jpg'."""
    files = _attachments(s)
    head = [name(s), headline(s), " – ".join(contacts(s))]
    lines = head + [""] + body6(s)
    more = rest(s, "bare")
    if more:
        lines += ["", s.h("more"), " · ".join(more)]
    label = {"fr": f"Pièces jointes ({len(files)}) :", "en": f"Attachments ({len(files)}):", "ko": f"첨부파일 ({len(files)})"}
    size = lambda: s.pick(["212 Ko", "1,2 Mo", "864 Ko", "2,4 Mo"]) if s.lang == "fr" else s.pick(["212 KB", "1.2 MB", "864 KB"])  # noqa: E731
    return "\n".join(lines + ["", label[s.lang], *[f"📎 {f} ({size()})" for f in files]])


# --- 6. a candidate's card in a recruiter's tracking system --------------------------------------------------------
ATS = {"fr": ("Fiche candidat", "Étape", "Présélection ✔ → Entretien téléphonique ✔ → Entretien client", "Source",
              "Étiquettes", "Notes", "Ajouté par", "Poste"),
       "en": ("Candidate profile", "Stage", "Screening ✔ → Phone interview ✔ → Client interview", "Source", "Tags",
              "Notes", "Added by", "Job"),
       "ko": ("지원자 카드", "전형 단계", "서류 ✔ → 전화면접 ✔ → 현장면접", "지원 경로", "태그", "메모", "등록자", "채용공고")}


@blind6()
def ats_card(s: Sheet) -> str:
    """A candidate's card exported from a recruiter's tracking system: stage, source, the recruiter's hashtags
    ('#quadra #maman #RQTH #Espelette', '#over50 #singlemum', '#40대 #워킹맘 #애월거주'), then dated notes by named
    recruiters in the third person, telegraphic, with the job facts between the personal ones."""
    T, lang = ATS[s.lang], s.lang
    title = civil(s) + " " if lang != "ko" and "sex" in s.p.families and s.chance(0.6) else ""
    if title:
        s.done.add("sex")
    head = [f"{T[0]} — {title}{name(s)}   ★★★★☆", f"{T[7]} : {headline(s)} – {contract(s)}",
            f"{T[1]} : {T[2]}", f"{T[3]} : {s.pick(['Indeed', 'HelloWork', 'France Travail', 'LinkedIn'] if lang != 'ko' else ['사람인', '잡코리아', '워크넷'])}"
            f" · {T[6]} {someone(s, form='initial' if lang != 'ko' else 'plain')}"]
    tags = [b for f in ("age", "family", "health", "residence", "nationality", "sex") if (b := s.bit(f, "tag"))]
    head.append(f"{T[4]} : " + " ".join("#" + t for t in tags))
    head += contacts(s)
    who = s.p.hangul or s.p.last
    when = [f"[{d}/09 {h}:{mi:02d}]" for d, h, mi in ((9, 10, 12), (11, 14, 37), (12, 9, 5))]
    note1 = [x for x in rest(s, "she") if x]
    job = s.p.jobs[0]
    exp = duration(s, lower=lang != "ko")
    where = f"{s.fact(job.employer)} ({place_text(s, job)}). {licence(s)}. {availability(s)}."
    facts = {"fr": f"Exp : {exp}, dernier poste chez {where}", "en": f"Exp: {exp}, last at {where}",
             "ko": f"경력 {exp}, 최근 {where}"}[lang]
    call = {"fr": "Tél OK avec ", "en": "Phone screen done with ", "ko": "전화면접 완료: "}[lang]
    n1 = f"{when[0]} {someone(s, form='first')} : {call}{s.plant('name', who)}" + (", " + ", ".join(note1) if note1 else "") + ". " + facts
    what = care(s) if s.p.trade.key == "care" else team(s)
    n2 = f"{when[1]} {someone(s, form='first')}" + {"fr": f" : OK pour le client, {what}.", "en": f": good fit, {what}.",
                                                     "ko": f": 현장 적합, {what}."}[lang]
    return "\n".join(head + ["", T[5], n1, n2, "", interests(s)])


# --- 7. a graphic CV whose icons are read as characters --------------------------------------------------------
ICON = {"phone": "\uf095", "mail": "\uf0e0", "pin": "\uf3c5", "user": "\uf007", "flag": "\uf024", "heart": "\uf004",
        "health": "\uf193", "work": "\uf0b1", "school": "\uf19d", "car": "\uf1b9", "lang": "\uf1ab", "star": "\uf005"}


@blind6()
def icon_strip(s: Sheet) -> str:
    """A designer CV whose icon font is read as private-use characters glued to the values ('\\uf095+33 6 …',
    '\\uf3c5Espelette (64)'), a row of personal details each after its icon, and a life timeline of emoji glued to
    years ('🎂1979 ─ 💍2006 ─ 👶2008 ─ 💼2012 ─ 🏠2019 Espelette')."""
    p = s.p
    top = [name(s, s.pick(["CAPS", "plain"])), headline(s, "upper") if s.lang != "ko" else headline(s)]
    icons = [ICON["phone"] + phone(s) if "contact" in p.families else "", ICON["mail"] + email(s) if "contact" in p.families else ""]
    res = s.bit("residence", "bare")
    icons.append(ICON["pin"] + res if res else "")
    top.append("   ".join(x for x in icons if x))
    row = []
    for fam, icon in (("age", "user"), ("nationality", "flag"), ("family", "heart"), ("health", "health")):
        bit = s.bit(fam, "bare")
        if bit:
            row.append(ICON[icon] + bit)
    if row:
        top.append("   ".join(row))
    steps = []
    if "birth" in p.families:
        s.done.add("birth")
        steps.append("🎂" + s.plant("birth", str(p.born.year)))
    steps.append("🎓" + str(max(p.born.year + 18, p.jobs[-1].start[0] - 1)))
    if "family" in p.families and p.marital in ("married", "pacs"):
        steps.append(s.plant("family", f"💍{p.b6_married_at}"))
    if "family" in p.families:
        steps += [s.plant("family", f"👶{D.TODAY[0] - a}") for a in p.b6_kids]
    steps.append(f"💼{p.jobs[-1].start[0]}")
    if "residence" in p.families:
        steps.append(f"🏠{p.jobs[0].start[0]} " + s.plant("residence", home_name(s)))
    steps.sort(key=lambda x: re.search(r"\d{4}", x).group(0))
    body = [s.h("profile"), profile(s), ""]
    body += [s.h("exp"), *[ICON["work"] + x for x in experience_lines(s)], side_job(s), ""]
    body += [s.h("edu"), *[ICON["school"] + x for x in education(s)], ""]
    body += [s.h("skills"), *[f"{x}  {ICON['star'] * s.rng.randint(3, 5)}" for x in skills(s)], ""]
    body += [ICON["lang"] + " " + ", ".join(tongues(s)), ICON["car"] + licence(s), interests(s)]
    more = rest(s, "bare")
    return "\n".join(top + ["", " ─ ".join(steps), ""] + body + ([" · ".join(more)] if more else []))


# --- 8. a photographed CV read by OCR ----------------------------------------------------------------------------
OCR_RULES = [("rn", "m"), ("m", "rn"), ("l", "1"), ("O", "0"), ("e", "c"), ("é", "e"), ("cl", "d"), ("h", "b"),
             ("i", "í"), ("S", "5"), ("è", "e"), ("a", "o")]
DIGIT_RULES = [("0", "O"), ("1", "l"), ("5", "S"), ("8", "B")]


def ocr_misread(salt: str):
    """A misreading of words that is the same for the same word in one CV: one confusion ('rn' read 'm', 'l' read
    '1', 'O' read '0') in about a third of the words of 3 characters or more."""
    import random

    @functools.lru_cache(maxsize=None)
    def word(w: str) -> str:
        rng = random.Random(f"{salt}/{w}")
        if len(w) < 3 or rng.random() > 0.33:
            return w
        rules = [r for r in (DIGIT_RULES if w.isdigit() else OCR_RULES) if r[0] in w]
        if not rules:
            return w
        a, b = rng.choice(rules)
        return w.replace(a, b, 1)

    return lambda text: re.sub(r"[^\W_]+", lambda m: word(m.group(0)), text)


@blind6(langs=("fr", "en"))
def photo_ocr(s: Sheet) -> str:
    """A paper CV photographed with a phone and read by OCR: letters confused the same way wherever the same word
    occurs ('rn' read 'm', 'l' read '1', 'O' read '0', 'é' read 'e'), in markers and facts too (they are planted
    as read), a stray line of specks, and the scanning app's footer."""
    top = [name(s), headline(s), " ".join(contacts(s))]
    res = s.bit("residence", "bare")
    top += [res] if res else []
    personal = s.bits(PERSONAL6, "bare")
    top += [" - ".join(personal)] if personal else []
    text = "\n".join(top + ["", *body6(s)])
    misread = ocr_misread(str(s.rng.random()))
    recast(s, misread)
    footer = {"fr": "Scanné avec CamScanner", "en": "Scanned with CamScanner"}[s.lang]
    lines = misread(text).splitlines()
    lines.insert(s.rng.randint(2, len(lines) - 1), s.pick([". ,  ' .", "~ . ·", "| ."]))
    return "\n".join(lines + ["", footer])


# --- 9. a cover letter in one language and a CV in another --------------------------------------------------------
LETTER_LANG = {"fr": "en", "en": "fr", "ko": "ko"}
CV_LANG = {"fr": "fr", "en": "en", "ko": "en"}


def _letter(s: Sheet) -> list[str]:
    """The cover letter in the sheet's current language (first-person phrases)."""
    lang = s.lang
    me = [x for x in rest(s, "me") if x]
    job = s.p.jobs[0]
    full = name(s, "plain")
    if lang == "en":
        lines = ["Dear Hiring Manager,", "",
                 f"My name is {full} and I am applying for the position of {job.en or headline(s)}. I have "
                 f"{duration(s, lower=True)} and hold a {licence(s)}."]
        if me:
            lines.append("A little about me: " + "; ".join(me) + ".")
        lines += [f"{availability(s)}. I look forward to hearing from you.", "", "Kind regards,", full]
    elif lang == "fr":
        lines = ["Madame, Monsieur,", "",
                 f"Je m'appelle {full} et je souhaite postuler pour la saison comme {title_text(s, job, 'lower')}. "
                 f"J'ai {duration(s, lower=True)}."]
        if me:
            lines.append("Quelques mots sur moi : " + ", ".join(me) + ".")
        lines += [f"{availability(s)}.", "", "Cordialement,", full]
    else:
        lines = ["자기소개서", "", f"안녕하십니까. {duration(s)}의 {headline(s)} {full}입니다."]
        if me:
            lines.append(", ".join(me) + " 성실하게 일하겠습니다.")
        lines += [f"{licence(s)}를 보유하고 있으며 {availability(s)}합니다.", "", full]
    return lines


def ko_resume_body(s: Sheet) -> list[str]:
    """The sections of a Korean author's English résumé: English headings and titles, the Korean facts as they are."""
    s.lang, s.sep = "ko", ": "
    jobs = [f"{job_dates(s, j)} | {s.fact(j.employer)} | {j.en or j.ko} | {place_text(s, j)}" for j in s.p.jobs]
    out = ["WORK EXPERIENCE", *jobs, "", "EDUCATION", *education(s, "table"), "", "CERTIFICATES", licence(s), "",
           "SKILLS", ", ".join(skills(s)), "", "LANGUAGES", *tongues(s)]
    s.lang = "en"
    return out


@blind6()
def letter_other_language(s: Sheet) -> str:
    """A cover letter in one language and the CV in another: a French CV sent with an English cover letter, an
    English CV with a French letter for a seasonal job in France, a Korean 자기소개서 with an English résumé (the
    name romanized, the address and the military service in English)."""
    home = s.lang
    s.lang, s.sep = LETTER_LANG[home], {"fr": " : ", "en": ": ", "ko": ": "}[LETTER_LANG[home]]
    letter = _letter(s)
    s.lang, s.sep = CV_LANG[home], {"fr": " : ", "en": ": "}[CV_LANG[home]]
    if home == "ko":
        first, last = s.p.b6_latin
        top = [s.plant("name", f"{first} {last}" if s.chance(0.5) else f"{last.upper()} {first}")]
        s.p.hangul = ""
    else:
        top = [name(s)]
    top += contacts(s)
    top += [f"{lab}: {v}" if s.lang == "en" else f"{lab} : {v}" for lab, v in s.pairs()]
    if home == "ko" and "sex" in s.p.families and not s.female:
        top.append("Military service: " + s.plant("sex", s.pick(["Completed (ROK Army, Sergeant)", "Completed (ROK Navy)"])))
    cv = top + [""] + (ko_resume_body(s) if home == "ko" else body6(s, with_profile=False))
    s.lang = home
    sep = {"fr": "— CV —", "en": "— CV —", "ko": "— Résumé —"}[home]
    return "\n".join(letter + ["", sep, ""] + cv)


# --- 10. a translated CV that keeps the original script ------------------------------------------------------------
CYR = [("kh", "х"), ("sh", "ш"), ("ch", "ч"), ("ts", "ц"), ("zh", "ж"), ("ya", "я"), ("yu", "ю"), ("yo", "ё"),
       ("dj", "дж"), ("a", "а"), ("b", "б"), ("d", "д"), ("e", "е"), ("f", "ф"), ("g", "г"), ("h", "ҳ"), ("i", "и"),
       ("j", "ж"), ("k", "к"), ("l", "л"), ("m", "м"), ("n", "н"), ("o", "о"), ("p", "п"), ("q", "қ"), ("r", "р"),
       ("s", "с"), ("t", "т"), ("u", "у"), ("v", "в"), ("y", "й"), ("z", "з")]
TIF = [("ou", "ⵓ"), ("ch", "ⵛ"), ("gh", "ⵖ"), ("kh", "ⵅ"), ("dj", "ⴵ"), ("th", "ⵜ"), ("a", "ⴰ"), ("b", "ⴱ"),
       ("d", "ⴷ"), ("e", "ⴻ"), ("f", "ⴼ"), ("g", "ⴳ"), ("h", "ⵀ"), ("i", "ⵉ"), ("j", "ⵊ"), ("k", "ⴽ"), ("l", "ⵍ"),
       ("m", "ⵎ"), ("n", "ⵏ"), ("q", "ⵇ"), ("r", "ⵔ"), ("s", "ⵙ"), ("t", "ⵜ"), ("u", "ⵓ"), ("w", "ⵡ"), ("x", "ⵅ"),
       ("y", "ⵢ"), ("z", "ⵣ")]


def _letters(word: str, table: list[tuple[str, str]], mongolian: bool = False) -> str:
    """A Latin word in another alphabet, letter by letter (digraphs first)."""
    w, out, i = ascii_fold(word).lower(), [], 0
    while i < len(w):
        two = w[i:i + 2]
        if mongolian and w[i] == "e":
            out.append("э")
            i += 1
            continue
        if two in dict(table):
            out.append(dict(table)[two])
            i += 2
            continue
        if w[i] == "i" and i and w[i - 1] in "aeou" and table is CYR:
            out.append("й")
        else:
            out.append(dict(table).get(w[i], w[i]))
        i += 1
    text = "".join(out)
    return text[:1].upper() + text[1:] if table is CYR else text


def native(origin: str, word: str) -> str:
    """A name in its own script: Georgian, Mongolian or Uzbek Cyrillic, Tifinagh."""
    if origin == "georgian":
        return GEORGIAN[word]
    if origin in ("mongolian", "mongol_ko"):
        return _letters(KO_LATIN.get(word, word), CYR, mongolian=True)
    if origin in ("uzbek", "uzbek_ko"):
        return _letters(KO_LATIN.get(word, word), CYR)
    return _letters(word, TIF)


NATIVE_LABELS = {"georgian": ("სახელი", "გვარი", "დაბადების თარიღი", "მოქალაქეობა"),
                 "mongolian": ("Нэр", "Овог", "Төрсөн огноо", "Иргэншил"),
                 "uzbek": ("Исм", "Фамилия", "Туғилган сана", "Фуқаролиги"), "amazigh": ("", "", "", "")}


@blind6(origins=SCRIPTED)
def mixed_script(s: Sheet) -> str:
    """A CV translated from Georgian, Mongolian, Uzbek or written by a Kabyle author who keeps Tifinagh: every label
    in both languages where the original had one, the name, the birth place and the country in both scripts
    ('GORGODZE (გორგოძე)', 'Koutaïssi / ქუთაისი', 'Монгол Улс'), a Korean résumé of a foreign worker with the name in
    Hangul, in Latin and in Cyrillic."""
    p, o = s.p, s.p.b6_origin
    first, last = p.first, p.last
    if s.lang == "ko":
        lat_first, lat_last = p.b6_latin
        lines = ["이 력 서 (번역본)", f"성명(한글) {s.plant('name', f'{first} {last}')}",
                 f"성명(영문) {s.plant('name', f'{lat_first.upper()} {lat_last.upper()}')}",
                 f"성명(원어) {s.plant('name', native(o, first) + ' ' + native(o, last))}"]
    else:
        base = o if o in NATIVE_LABELS else "amazigh"
        lab = NATIVE_LABELS[base]
        fr = s.lang == "fr"
        both = lambda a, b: f"{a} / {b}" if b else a  # noqa: E731
        lines = [("CURRICULUM VITAE (traduit de l'original)" if fr else "CURRICULUM VITAE (translated)"),
                 f"{both('Nom' if fr else 'Surname', lab[1])} : {s.plant('name', last.upper())} ({s.plant('name', native(o, last))})",
                 f"{both('Prénom' if fr else 'First name', lab[0])} : {s.plant('name', first)} ({s.plant('name', native(o, first))})"]
    if s.has("birth"):
        s.done.add("birth")
        d = s.p.born
        label = {"fr": "Né(e) le", "en": "Date of birth", "ko": "생년월일"}[s.lang]
        when = {"fr": f"{d:%d.%m.%Y}", "en": f"{d:%d.%m.%Y}", "ko": f"{d:%Y.%m.%d}"}[s.lang]
        place = p.birth_place
        town = re.split(r" \(|, ", place)[0].split()[-1] if s.lang == "ko" else re.split(r" \(|, ", place)[0]
        extra = f" / {s.plant('birth', NATIVE_PLACE[town])}" if town in NATIVE_PLACE else ""
        lines.append(f"{label} : {s.plant('birth', when)}, {s.plant('birth', place)}{extra}")
    if s.has("nationality"):
        s.done.add("nationality")
        key = p.b6_nat[0]
        if s.lang == "fr":
            word = _fr_adj(s, key, cap=True)
        else:
            word = s.plant("nationality", NATS[key][3] if s.lang == "en" else NATS[key][5])
        extra = f" ({s.plant('nationality', NATIVE_COUNTRY[key])})" if key in NATIVE_COUNTRY else ""
        label = {"fr": "Nationalité", "en": "Nationality", "ko": "국적"}[s.lang]
        lines.append(f"{label} : {word}{extra}")
        if s.lang == "ko" and key != "KR":
            lines.append("체류자격 : " + s.plant("nationality", s.pick(["E-9 (비전문취업)", "E-7 (특정활동)", "F-6 (결혼이민)"])))
    lines += [f"{lab} : {v}" for lab, v in s.pairs(("residence", "family", "sex", "age", "health", "religion"))]
    lines += contacts(s)
    return "\n".join(lines + [""] + body6(s))


# --- 11. a CV with a vCard attached ------------------------------------------------------------------------------
def vesc(text: str) -> str:
    """A vCard text value: commas, semicolons and backslashes escaped."""
    return text.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;")


@blind6()
def vcard_attached(s: Sheet) -> str:
    """A CV sent by mail with the author's contact card attached and pasted as text (a .vcf): N and FN, ORG and
    TITLE, TEL, EMAIL, ADR with its empty components, BDAY, GENDER:F, and a NOTE whose commas are escaped
    ('42 ans\\, mariée\\, 3 enfants'); the CV before it."""
    p, lang = s.p, s.lang
    cv = [headline(s), "", *body6(s)]
    first, last = (p.first, p.last) if not p.hangul else (p.hangul[len(p.last):], p.last)
    card = ["BEGIN:VCARD", "VERSION:3.0"]
    prefix = ""
    if lang != "ko" and s.has("sex") and s.chance(0.5):
        s.done.add("sex")
        prefix = civil(s)
    card += [f"N:{s.plant('name', f'{last};{first}')};;{prefix};", f"FN:{name(s, 'plain')}",
             f"ORG:{vesc(s.fact(p.jobs[0].employer))}", f"TITLE:{vesc(headline(s))}"]
    card += [f"TEL;TYPE=CELL:{phone(s)}", f"EMAIL;TYPE=INTERNET:{email(s)}"] if "contact" in p.families else []
    if s.has("residence"):
        s.done.add("residence")
        h, plant = p.b6_home, functools.partial(s.plant, "residence")
        if h["kind"] == "ko":
            adr = f";;{plant(vesc(h['street']))};{plant(h['district'])};{plant(h['region'])};;대한민국"
        else:
            adr = f";;{plant(vesc(h['street']))};{plant(h['town'])};;{plant(h['pc'])};" + ("France" if lang == "fr" else "United Kingdom")
        card.append(f"ADR;TYPE=HOME:{adr}")
    if s.has("birth"):
        s.done.add("birth")
        card.append("BDAY:" + s.plant("birth", s.pick([f"{p.born:%Y-%m-%d}", f"{p.born:%Y%m%d}"])))
    if s.has("sex"):
        s.done.add("sex")
        card.append(s.plant("sex", "GENDER:" + ("F" if s.female else "M")))
    m0, f0 = len(s.markers), len(s.facts)
    note = [vesc(x) for x in rest(s, "she")]
    recast(s, vesc, m0, f0)
    if note:
        card.append("NOTE:" + "\\, ".join(note))
    card.append("END:VCARD")
    names = p.b6_latin if lang == "ko" else (first, last)
    vcf = s.plant("name", f"{slug(names[0], '-')}-{slug(names[1], '-')}") + ".vcf"
    intro = {"fr": f"Pièce jointe : {vcf}", "en": f"Attachment: {vcf}", "ko": f"첨부: {vcf}"}[lang]
    return "\n".join(cv + ["", "--", intro, *card])


# --- 12. a PDF form's fields dumped by pdftk ---------------------------------------------------------------------
def _field(name_: str, alt: str, value: str, kind: str = "Text", options: tuple[str, ...] = ()) -> list[str]:
    out = ["---", f"FieldType: {kind}", f"FieldName: {name_}", f"FieldNameAlt: {alt}", "FieldFlags: 0",
           f"FieldValue: {value}"]
    out += [f"FieldStateOption: {o}" for o in options]
    return out + (["FieldJustification: Left"] if kind == "Text" else [])


EO_ETHNIC = {"filipino": "Asian or Asian British – any other Asian background (Filipino)",
             "quechua": "Any other ethnic group (Latin American)", "maori": "Any other ethnic group (Māori)",
             "inuit": "Any other ethnic group (Inuit)", "georgian": "White – any other White background (Georgian)",
             "uzbek": "Asian or Asian British – any other Asian background (Uzbek)",
             "mongolian": "Asian or Asian British – any other Asian background (Mongolian)",
             "romany": "White – Gypsy or Irish Traveller"}


@blind6(langs=("fr", "en"))
def pdf_form_dump(s: Sheet) -> str:
    """A fillable PDF application form whose fields were dumped as text (pdftk dump_data_fields): one block per
    field with its type, name, tooltip and value; a French form with 'nom de naissance' and 'nom d'usage' (a
    married woman's second surname), a British one with the equal opportunities monitoring page (age band, ethnic
    origin, religion, disability) in the same file."""
    p, fr = s.p, s.lang == "fr"
    out = []
    if "sex" in p.families:
        s.done.add("sex")
        opts = ("Madame", "Monsieur") if fr else ("Mr", "Mrs", "Ms", "Miss", "Mx")
        value = ("Madame" if s.female else "Monsieur") if fr else (s.pick(["Mrs", "Ms"]) if s.female else "Mr")
        out += _field("civilite" if fr else "Title", "Civilité" if fr else "Title", s.plant("sex", value), "Choice", opts)
    out += _field("nom_naissance" if fr else "Surname", "Nom de naissance" if fr else "Surname",
                  s.plant("name", p.last.upper() if fr else p.last))
    if fr and s.female and p.marital in ("married", "widowed") and "family" in p.families:
        husband = draw(s.rng, "fr", "M")[2]
        out += _field("nom_usage", "Nom d'usage (le cas échéant)", s.plant("name", husband.upper()))
    out += _field("prenoms" if fr else "Forenames", "Prénom(s)" if fr else "Forename(s)", s.plant("name", p.first))
    if s.has("birth"):
        s.done.add("birth")
        out += _field("date_naissance" if fr else "DOB", "Date de naissance" if fr else "Date of birth (monitoring only)",
                      s.plant("birth", f"{p.born:%d/%m/%Y}"))
        if fr and s.chance(0.6):
            out += _field("lieu_naissance", "Lieu de naissance", s.plant("birth", p.birth_place))
    if s.has("residence"):
        s.done.add("residence")
        h, plant = p.b6_home, functools.partial(s.plant, "residence")
        out += _field("adresse" if fr else "Address", "Adresse" if fr else "Address", plant(h["street"]))
        out += _field("code_postal" if fr else "Postcode", "Code postal" if fr else "Postcode", plant(h["pc"]))
        out += _field("commune" if fr else "Town", "Commune" if fr else "Town", plant(h["town"]))
    if "contact" in p.families:
        out += _field("telephone" if fr else "Phone", "Téléphone" if fr else "Telephone", phone(s))
        out += _field("courriel" if fr else "Email", "Courriel" if fr else "Email", email(s))
    if fr:
        for fam, field, alt in (("nationality", "nationalite", "Nationalité"),
                                ("family", "situation_familiale", "Situation de famille"),
                                ("health", "handicap_amenagement", "Handicap / aménagement de poste souhaité"),
                                ("age", "age", "Âge"), ("religion", "religion", "Religion (facultatif)")):
            pair = s.pair(fam)
            if pair:
                out += _field(field, alt, pair[1])
    job = p.jobs[0]
    out += _field("poste_actuel" if fr else "CurrentJobTitle", "Poste actuel" if fr else "Current job title",
                  title_text(s, job))
    out += _field("employeur" if fr else "CurrentEmployer", "Employeur actuel" if fr else "Current employer",
                  s.fact(job.employer))
    out += _field("contrat" if fr else "ContractType", "Type de contrat" if fr else "Type of contract", contract(s))
    out += _field("experience" if fr else "EmploymentHistory", "Expérience" if fr else "Employment history",
                  "\n".join(experience_lines(s)))
    out += _field("diplome" if fr else "Qualifications", "Diplôme" if fr else "Qualifications", diploma(s))
    out += _field("permis" if fr else "DrivingLicence", "Permis" if fr else "Driving licence", licence(s))
    out += _field("langues" if fr else "Languages", "Langues" if fr else "Languages", ", ".join(tongues(s)))
    out += _field("disponibilite" if fr else "NoticePeriod", "Disponibilité" if fr else "Availability", availability(s))
    if not fr:
        monitoring = []
        if s.has("age"):
            s.done.add("age")
            lo = (p.age // 10) * 10 + (5 if p.age % 10 >= 5 else 0)
            band = f"{lo}-{lo + 4}" if p.age < 65 else "65+"
            monitoring += _field("EO_AgeBand", "Age band", s.plant("age", band), "Choice")
        if s.has("nationality"):
            s.done.add("nationality")
            monitoring += _field("EO_Ethnicity", "Ethnic origin", s.plant("nationality", EO_ETHNIC[p.b6_origin]))
            if p.b6_nat != ("GB",):
                monitoring += _field("RightToWork", "Do you have the right to work in the UK?",
                                     "Yes – " + s.plant("nationality", s.pick(["Indefinite Leave to Remain",
                                                                                "Skilled Worker visa"])))
        for fam, field, alt in (("religion", "EO_Religion", "Religion or belief"),
                                ("health", "EO_Disability", "Do you consider yourself to have a disability?"),
                                ("family", "EO_MaritalStatus", "Marriage and civil partnership")):
            pair = s.pair(fam)
            if pair:
                monitoring += _field(field, alt, pair[1])
        out += monitoring
    return "\n".join(out + ["---"])
