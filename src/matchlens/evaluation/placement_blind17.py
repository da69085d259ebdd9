"""An eighteenth held-aside set of layouts of the placement benchmark (see evaluation.placement), split "blind17":
registered into the same LAYOUTS. Written without reading the masker (its rules, its data, its tests), the README's
list of what it misses or the history's messages, to measure it once more on CVs nobody tuned it on; do not read this
file while tuning a masker, and run it once.

The split is about CVs of workers whose own language is neither French, English nor Korean: personal blocks, labels
and sentences written in that language beside the CV's main one, as a translated home-country CV, a Europass filled
in at home, an agency sheet translated by a relative, a home employer's recommendation, a sworn translation, a chat
message, an ID card read by OCR, a bilingual form, an app profile, a cover letter that switches language, a Korean
E-9 roster and a seasonal farm worker's application. Markers are planted through those languages' own labels and
phrasings: Portuguese ('Data de nascimento', 'Naturalidade', 'Estado civil: casada'), Spanish ('Fecha de nacimiento',
'Lugar de nacimiento'), Romanian ('Data nașterii', 'Stare civilă', 'Cetățenie'), Polish ('Data urodzenia', 'Stan
cywilny: zamężna', 'Obywatelstwo'), Turkish ('Doğum tarihi', 'Medeni hali', 'Uyruğu', 'Askerlik durumu'), Ukrainian
in Cyrillic ('Дата народження', 'Сімейний стан: заміжня'), Lithuanian ('Gimimo data', a married woman's '-ienė'),
Nepali in Devanagari ('जन्म मिति', 'लिङ्ग: महिला'), Vietnamese ('Họ và tên', 'Giới tính: Nữ', 'Quê quán', 'Dân tộc:
Kinh'), Indonesian ('Jenis kelamin', 'Agama: Islam', 'Status perkawinan', 'Tinggi badan'), Khmer, Uzbek ('Harbiy
xizmat'), Tagalog ('Kasarian', 'Katayuang sibil'), Burmese (the honorific 'Daw') and Thai ('นางสาว', 'ศาสนา: พุทธ'),
and said indirectly in those languages (children, military service, a parish, a home village, an age in words).

Job facts include ones in those languages that a masker must keep: home-country employers and places, original and
translated diplomas ('12.º ano de escolaridade', 'Technikum mechaniczne'), licences ('Carta de condução categoria C',
'Prawo jazdy kat. C+E', 'Ehliyet sınıfı: CE'), durations ('12 anos de experiência', '10 lat doświadczenia', 'kinh
nghiệm 5 năm'), languages given by their own names ('Português (langue d'origine)'), skills and availability.

Its vocabulary is its own: Portuguese, Cape Verdean, Brazilian, Spanish (Basque), Romanian, Polish, Turkish and
Ukrainian authors writing French; Polish, Romanian, Lithuanian, Portuguese and Nepali authors writing English;
Vietnamese, Indonesian (Javanese), Nepali, Khmer, Uzbek, Filipino, Burmese and Thai workers writing Korean. None of
the name words is in a Faker locale's name lists, in placement_data nor in an earlier split's lists (but the
Vietnamese middle names Thị and Văn, which nearly every Vietnamese name carries); homes, places of birth and places of
past jobs are in none of the earlier pools either (a test checks both). Other people's names (home employers'
signatories, translators, relatives, recruiters) are planted as "name".

Layouts: cv_traduit, europass_maison, fiche_agence_traduite, carta_recomendacao, traduction_assermentee,
message_whatsapp, carte_identite_ocr, formulaire_bilingue, profil_appli, lettre_code_switch, biodata_e9,
saisonnier_agricole.
"""
from __future__ import annotations

import functools
import sys
from datetime import date

from matchlens.evaluation import placement_data as D
from matchlens.evaluation.placement import (
    LANGS,
    Sheet,
    _contact,
    _jobs,
    _weighted,
    ascii_fold,
    availability,
    en_date,
    fr_date,
    ko_date,
    layout,
    licence,
    skills,
    title_text,
)
from matchlens.evaluation.placement_parts import RenderedSheet, contacts, dip_year, draw_name, jline, settle

SPLIT = "blind17"

# --- names: none of their words is in a Faker locale, placement_data or an earlier split (tests check it) -----------
NAMES = {
    "pt": {"F": ["Gracinda", "Deolinda", "Laurinda", "Idalina", "Felismina", "Zulmira", "Benvinda"],
           "M": ["Adelino", "Belmiro", "Deolindo", "Amândio", "Ilídio", "Firmino"],
           "L": ["Fragoso", "Bettencourt", "Quaresma", "Cerqueira", "Gouveia", "Brandão", "Carrilho", "Meireles",
                 "Taveira", "Sequeira", "Vilaça"]},
    "cv": {"F": ["Djamila", "Eunilda", "Crisolita"], "M": ["Ailton", "Nhelas", "Edmilson", "Olavo"],
           "L": ["Fortes", "Mascarenhas", "Évora", "Benrós", "Querido"]},
    "br": {"F": ["Jussara", "Rosilene", "Lucineide", "Edileuza", "Cleonice", "Josenilda"],
           "M": ["Edivaldo", "Valdeci", "Josivaldo", "Cleiton", "Adenilson", "Jucelino"],
           "L": ["Bezerra", "Damasceno", "Queiroga", "Nóbrega", "Brasileiro"]},
    "es": {"F": ["Covadonga", "Maitane", "Zuriñe", "Arantxa"], "M": ["Gumersindo", "Teodomiro", "Crisanto", "Pancracio"],
           "L": ["Urquiza", "Olabarria", "Campuzano", "Arzuaga", "Aizpurua"]},
    "ro": {"F": ["Dochița", "Măndița", "Lenuța", "Sevastița"], "M": ["Fănel", "Costică", "Gigel", "Tănase"],
           "L": ["Zăvoianu", "Țurcanu", "Dumitrache", "Pârvulescu", "Lăzărescu", "Bârsan", "Cârstea", "Ciobotaru"]},
    "pl": {"F": ["Genowefa", "Czesława", "Kunegunda", "Bogusława", "Władysława", "Zdzisława", "Teodozja"],
           "M": ["Bronisław", "Lech", "Ziemowit", "Dobrosław"],
           "L": ["Grzybowski", "Gąsiorowski", "Pstrągowski", "Źdźbło", "Grzęda", "Przepiórka", "Kurzawa"]},
    "tr": {"F": ["Gülizar", "Nurhan", "Sevgül", "Döndü", "Kevser", "Şerife", "Nazmiye"],
           "M": ["Hüsamettin", "Kemalettin", "Hayrettin"],
           "L": ["Çakırbeyli", "Kahveci", "Demirtaş", "Yıldırımoğlu", "Topaloğlu", "Kocabıyık", "Eskiocak"]},
    "uk": {"F": ["Myroslava", "Liubomyra", "Zenoviia", "Yivha", "Horpyna"], "M": ["Dobromyr", "Tymish", "Yevstakhii"],
           "L": ["Kuzmyshyn", "Stetskiv", "Diachyshyn", "Hryvnak", "Fedorchak", "Holubets", "Pryshliak"]},
    "lt": {"F": ["Birutė", "Danutė", "Jūratė", "Genovaitė", "Gražina"], "M": ["Rimantas", "Žydrūnas", "Vygintas",
                                                                             "Valdemaras"],
           "L": ["Jakštas", "Grybauskas", "Baranauskas", "Bružas", "Vaitkevičius"]},
    "ne": {"F": ["Phulmaya", "Belmaya", "Kanchhimaya", "Hiramaya"], "M": ["Dilbahadur", "Tekbahadur", "Jitbahadur"],
           "L": ["Thakali", "Dhimal", "Yakkha", "Ghising", "Hyolmo", "Bhujel"]},
    "vi": {"F": ["Thắm", "Nhung", "Huệ", "Sương", "Xoan", "Liễu"], "M": ["Thắng", "Chiến", "Khải", "Toản", "Lượng",
                                                                         "Quyết"],
           "L": ["Khổng", "Quách", "Kiều", "Nông", "Triệu", "Ninh", "Thạch"]},
    "id": {"F": ["Sarinem", "Poniyem", "Jumirah", "Karsinah", "Tukinem", "Ngatiyem"],
           "M": ["Karsono", "Warsito", "Sumardi", "Parmin", "Tarjo", "Sukirno"],
           "L": ["Ngadiman", "Kasmijan", "Sarimin", "Kartodiharjo", "Wiryosentono", "Mangunkusumo"]},
    "km": {"F": ["Sovannary", "Malis", "Sreynich"], "M": ["Chanra", "Phearith", "Kimsan", "Ratanak"],
           "L": ["Phann", "Touch", "Svay", "Huot", "Pech", "Kheang", "Prum"]},
    "uz": {"F": ["Sayyora", "Xurshida", "Barno", "Dilfuza", "Gulnoza", "Muqaddas"],
           "M": ["Shuhrat", "Baxtiyor", "Ilhom", "Ibodulla", "Nuriddin", "Fayzulla"],
           "L": ["Xolmatov", "Toʻxtayev", "Yoʻldoshev", "Normurodov", "Tojiboyev"]},
    "tl": {"F": ["Jhonalyn", "Analiza", "Lovelyn"], "M": ["Jerwin", "Jhunrey", "Reymart", "Jomel", "Aljon"],
           "L": ["Dimasalang", "Lumbao", "Sicat", "Manaloto"]},
    "my": {"F": ["Thiri", "Thandar", "Myat"], "M": ["Phyo", "Thant", "Sithu", "Wunna", "Pyae"],
           "L": ["Khaing", "Nwe", "Oo", "Soe", "Shwe"]},
    "th": {"F": ["Wilaiwan", "Somjit", "Ratree", "Buppha", "Duangjai"], "M": ["Boonmee", "Thongchai", "Chatchai"],
           "L": ["Saengthong", "Wongsakul", "Thongdee", "Boonyarit"]},
}
VI_MIDDLE = {"F": "Thị", "M": "Văn"}  # nearly every Vietnamese name carries one: a name word, and the sex
SCRIPT = {  # a name word in the script of the author's first language
    "Myroslava": "Мирослава", "Liubomyra": "Любомира", "Zenoviia": "Зеновія", "Yivha": "Ївга", "Horpyna": "Горпина",
    "Dobromyr": "Добромир", "Tymish": "Тиміш", "Yevstakhii": "Євстахій", "Kuzmyshyn": "Кузьмишин",
    "Stetskiv": "Стецьків", "Diachyshyn": "Дячишин", "Hryvnak": "Гривнак", "Fedorchak": "Федорчак",
    "Holubets": "Голубець", "Pryshliak": "Пришляк",
    "Phulmaya": "फूलमाया", "Belmaya": "बेलमाया", "Kanchhimaya": "कान्छीमाया", "Hiramaya": "हिरामाया",
    "Dilbahadur": "दिलबहादुर", "Tekbahadur": "टेकबहादुर", "Jitbahadur": "जितबहादुर", "Ghising": "घिसिङ",
    "Hyolmo": "ह्योल्मो", "Bhujel": "भुजेल", "Thakali": "थकाली", "Dhimal": "धिमाल", "Yakkha": "याक्खा",
    "Sovannary": "សុវណ្ណារី", "Malis": "ម្លិះ", "Sreynich": "ស្រីនិច", "Chanra": "ច័ន្ទរ៉ា", "Phearith": "ភារ៉ិទ្ធ",
    "Kimsan": "គឹមសាន", "Ratanak": "រតនៈ", "Phann": "ផាន់", "Touch": "ទូច", "Svay": "ស្វាយ", "Huot": "ហួត",
    "Pech": "ពេជ្រ", "Kheang": "ឃាង", "Prum": "ព្រំ",
    "Thiri": "သီရိ", "Thandar": "သန္တာ", "Myat": "မြတ်", "Phyo": "ဖြိုး", "Thant": "သန့်", "Sithu": "စည်သူ",
    "Wunna": "ဝဏ္ဏ", "Pyae": "ပြည့်", "Khaing": "ခိုင်", "Nwe": "နွယ်", "Oo": "ဦး", "Soe": "စိုး", "Shwe": "ရွှေ",
    "Wilaiwan": "วิไลวรรณ", "Somjit": "สมจิต", "Ratree": "ราตรี", "Buppha": "บุปผา", "Duangjai": "ดวงใจ",
    "Boonmee": "บุญมี", "Thongchai": "ธงชัย", "Chatchai": "ฉัตรชัย", "Saengthong": "แสงทอง", "Wongsakul": "วงศ์สกุล",
    "Thongdee": "ทองดี", "Boonyarit": "บุญฤทธิ์"}
WEIGHTS = {"fr": {"pt": 3, "cv": 2, "br": 2, "es": 2, "ro": 2, "pl": 2, "tr": 2, "uk": 2},
           "en": {"pl": 3, "ro": 2, "lt": 2, "pt": 2, "ne": 2},
           "ko": {"vi": 3, "id": 2, "ne": 2, "km": 2, "uz": 2, "tl": 2, "my": 2, "th": 2}}
HOME = {"pt": "pt", "cv": "pt", "br": "pt", "es": "es", "ro": "ro", "pl": "pl", "tr": "tr", "uk": "uk", "lt": "lt",
        "ne": "ne", "vi": "vi", "id": "id", "km": "km", "uz": "uz", "tl": "tl", "my": "my", "th": "th"}  # origin -> language
COUNTRY = {  # origin -> (fr, en, ko) country, as a CV in that language says where a job or a school was
    "pt": ("Portugal", "Portugal", "포르투갈"), "cv": ("Cap-Vert", "Cape Verde", "카보베르데"),
    "br": ("Brésil", "Brazil", "브라질"), "es": ("Espagne", "Spain", "스페인"), "ro": ("Roumanie", "Romania", "루마니아"),
    "pl": ("Pologne", "Poland", "폴란드"), "tr": ("Turquie", "Turkey", "튀르키예"), "uk": ("Ukraine", "Ukraine", "우크라이나"),
    "lt": ("Lituanie", "Lithuania", "리투아니아"), "ne": ("Népal", "Nepal", "네팔"), "vi": ("Viêt Nam", "Vietnam", "베트남"),
    "id": ("Indonésie", "Indonesia", "인도네시아"), "km": ("Cambodge", "Cambodia", "캄보디아"),
    "uz": ("Ouzbékistan", "Uzbekistan", "우즈베키스탄"), "tl": ("Philippines", "Philippines", "필리핀"),
    "my": ("Birmanie", "Myanmar", "미얀마"), "th": ("Thaïlande", "Thailand", "태국")}
TONGUES = {  # the first language by its own name (a nationality's adjective would be a marker): a fact
    "pt": "Português", "cv": "Kriolu", "br": "Português do Brasil", "es": "Español", "ro": "Limba română",
    "pl": "Język polski", "tr": "Türkçe", "uk": "Українська мова", "lt": "Lietuvių kalba", "ne": "Nepali",
    "vi": "Tiếng Việt", "id": "Bahasa Jawa", "km": "Khmer", "uz": "Oʻzbek tili", "tl": "Tagalog", "my": "Burmese",
    "th": "Thai"}
NATIVE = {"fr": "langue d'origine", "en": "native", "ko": "모국어"}
OTHER_TONGUES = {"fr": ["Français (B1)", "Français : intermédiaire", "Anglais (A2)"],
                 "en": ["English (B2)", "English (IELTS 5.5)", "French (A2)"],
                 "ko": ["한국어 (EPS-TOPIK 합격)", "한국어 (TOPIK 3급)", "영어 (기초)"]}

# --- places: in none of the earlier pools (tests check it) ------------------------------------------------------
FR_TOWNS = [("Scionzier", "74950"), ("Marnaz", "74460"), ("Thyez", "74300"), ("Marignier", "74970")]
FR_STREETS = ["rue du Décolletage", "chemin des Vernaies", "avenue de la Sardagne", "rue des Écureuils",
              "impasse du Giffre"]
FR_JOB_PLACES = ["Cluses", "Bonneville", "Sallanches", "Passy", "Magland", "Taninges", "Samoëns", "Reignier",
                 "La Roche-sur-Foron", "Saint-Pierre-en-Faucigny"]
EN_TOWNS = [("Kimbolton", "HR6"), ("Cleobury Mortimer", "DY14"), ("Knighton", "LD7"), ("Church Stretton", "SY6")]
EN_STREETS = ["Abbey Road", "Bridge Street", "Worcester Road", "Church Lane", "Orchard Close", "Hop Pole Lane"]
EN_JOB_PLACES = ["Badsey", "Offenham", "Honeybourne", "Inkberrow", "Bredon", "Fownhope", "Bodenham", "Bosbury",
                 "Cradley", "Dymock"]
KO_TOWNS = [("충청남도 논산시 연무읍", "연무"), ("충청남도 논산시 강경읍", "강경"), ("충청남도 부여군 규암면", "규암")]
KO_ROADS = ["안심로", "계백로", "규암로"]
KO_JOB_PLACES = ["논산 양촌면", "부여 세도면", "공주 탄천면", "청양 비봉면", "금산 추부면", "익산 망성면", "서천 마서면"]
BIRTH = {  # origin -> places of birth as the home country's papers write them
    "pt": ["Fafe", "Cabeceiras de Basto", "Vieira do Minho", "Arcos de Valdevez"],
    "cv": ["Tarrafal de São Nicolau", "Ribeira Grande de Santo Antão", "Santa Catarina de Santiago"],
    "br": ["Governador Valadares, MG", "Caratinga, MG", "Teófilo Otoni, MG"],
    "es": ["Almendralejo (Badajoz)", "Villarrobledo (Albacete)", "Azpeitia (Gipuzkoa)"],
    "ro": ["Vaslui", "Bârlad", "Pașcani", "Rădăuți"], "pl": ["Biłgoraj", "Hrubieszów", "Łuków", "Kraśnik"],
    "tr": ["Yozgat", "Sorgun", "Emirdağ", "Kulu"], "uk": ["м. Коломия", "м. Калуш", "м. Бережани"],
    "lt": ["Kėdainiai", "Tauragė", "Rokiškis", "Biržai"], "ne": ["Syangja", "Tanahun", "Myagdi"],
    "vi": ["Diễn Châu, Nghệ An", "Thạch Hà, Hà Tĩnh", "Hải Hậu, Nam Định"],
    "id": ["Indramayu", "Cilacap", "Kebumen", "Wonosobo"], "km": ["Prey Veng", "Kampong Speu", "Kampong Thom"],
    "uz": ["Qarshi", "Denov", "Kosonsoy", "Jizzax"], "tl": ["Paniqui, Tarlac", "Gapan, Nueva Ecija", "Laoag"],
    "my": ["Magway", "Pakokku", "Monywa", "Hinthada"], "th": ["Udon Thani", "Nong Khai", "Sakon Nakhon", "Roi Et"]}
HOME_JOBS = {  # origin -> (employer, place) of a job in the home country: facts
    "pt": [("Construções Irmãos Pacheco, Lda.", "Felgueiras"), ("Calçado Sarafil, S.A.", "Lousada")],
    "cv": [("Hotel Morabeza", "Santa Maria, Sal"), ("Câmara Municipal do Maio", "Vila do Maio")],
    "br": [("Frigorífico Boi Bravo Ltda.", "Ipatinga, MG"), ("Construtora Serra Verde", "Uberlândia, MG")],
    "es": [("Cooperativa Agrícola San Isidro", "El Ejido"), ("Hostal Las Dunas", "Roquetas de Mar")],
    "ro": [("SC Dacia Service SRL", "Mioveni"), ("SC Agro Moldova SA", "Pitești")],
    "pl": [("Zakład Stolarski Dąb", "Zamość"), ("PKS Tomaszów Sp. z o.o.", "Tomaszów Lubelski")],
    "tr": [("Yılmaz Tekstil A.Ş.", "Gebze"), ("Anadolu Lojistik Ltd. Şti.", "Çorlu")],
    "uk": [("ТОВ «Карпатбуд»", "м. Долина"), ("ПАТ «Стрийський молокозавод»", "м. Стрий")],
    "lt": [("UAB Baltijos logistika", "Jonava"), ("AB Sūduvos pienas", "Marijampolė")],
    "ne": [("Himalayan Trekking Lodge", "Butwal"), ("Bharatpur Brick Industries", "Bharatpur")],
    "vi": [("Công ty TNHH May Sông Hồng", "Bắc Ninh"), ("Công ty CP Cơ khí Vĩnh Phúc", "Vĩnh Yên")],
    "id": [("PT Sinar Karawang Plastik", "Karawang"), ("PT Cikarang Baja Utama", "Cikarang")],
    "km": [("Bavet Garment Co., Ltd.", "Bavet"), ("Poipet Logistics Co., Ltd.", "Poipet")],
    "uz": [("Angren koʻmir MChJ", "Angren"), ("Olmaliq kon-metallurgiya kombinati", "Olmaliq")],
    "tl": [("Laguna Auto Parts Corp.", "Calamba, Laguna"), ("Cabuyao Food Processing Inc.", "Cabuyao")],
    "my": [("Hlaing Tharyar Garment Factory", "Hlaing Tharyar"), ("Thilawa Port Services", "Thilawa")],
    "th": [("Laem Chabang Terminal Co.", "Laem Chabang"), ("Rayong Auto Parts Co., Ltd.", "Rayong")]}

# --- each home language: its labels, values and job facts ---------------------------------------------------------
# keys: cv, name, born, place, sex (label, F, M, whole field?), nat (label, value), civil (label, {status: (F, M)}),
# kids (n -> text), rel (label, {religion: word}), addr, age (n -> text), health (label, value), mil (label, value)
# for a man, exp (n -> duration), lic, dip (original titles), skills, avail, langs (label), eth (label, value)
M4 = {"married": 0, "single": 1, "divorced": 2}
HL = {
    "pt": dict(cv="Curriculum Vitae", name="Nome completo", born="Data de nascimento", place="Naturalidade",
               sex=("Sexo", "Feminino", "Masculino", False), nat=("Nacionalidade", None), civil=(
                   "Estado civil", [("casada", "casado"), ("solteira", "solteiro"), ("divorciada", "divorciado")]),
               kids=lambda n: "1 filho" if n == 1 else f"{n} filhos", rel=("Religião", {"catholic": "Católica",
                                                                                      "evangelical": "Evangélica"}),
               addr="Morada", age=lambda n: f"{n} anos", health=("Grau de incapacidade", "60 % (Atestado Multiuso)"),
               mil=None, exp=lambda n: f"{n} anos de experiência", lic=["Carta de condução categoria C",
                                                                       "Carta de condução categorias B e C"],
               dip=["12.º ano de escolaridade", "Curso de Educação e Formação de Serralharia"],
               skills=["cofragem e armação de ferro", "condução de empilhador", "trabalho em equipa"],
               avail="Disponibilidade imediata", langs="Línguas"),
    "es": dict(cv="Currículum Vitae", name="Nombre y apellidos", born="Fecha de nacimiento",
               place="Lugar de nacimiento", sex=("Sexo", "Mujer", "Hombre", False), nat=("Nacionalidad", "Española"),
               civil=("Estado civil", [("casada", "casado"), ("soltera", "soltero"), ("divorciada", "divorciado")]),
               kids=lambda n: "1 hijo" if n == 1 else f"{n} hijos", rel=("Religión", {"catholic": "Católica"}),
               addr="Domicilio", age=lambda n: f"{n} años", health=("Discapacidad", "certificado de discapacidad del 33 %"),
               mil=None, exp=lambda n: f"{n} años de experiencia", lic=["Carné de conducir C1", "Carné de carretillero"],
               dip=["Graduado en ESO", "Técnico en Cocina y Gastronomía"],
               skills=["poda y recolección de fruta", "manejo de carretilla elevadora", "trabajo en equipo"],
               avail="Disponibilidad inmediata", langs="Idiomas"),
    "ro": dict(cv="Curriculum Vitae", name="Nume și prenume", born="Data nașterii", place="Locul nașterii",
               sex=("Sex", "F", "M", True), nat=("Cetățenie", "România"), civil=(
                   "Stare civilă", [("căsătorită", "căsătorit"), ("necăsătorită", "necăsătorit"),
                                    ("divorțată", "divorțat")]),
               kids=lambda n: "1 copil" if n == 1 else f"{n} copii", rel=("Religie", {"orthodox": "ortodoxă"}),
               addr="Domiciliu", age=lambda n: f"{n} de ani" if n >= 20 else f"{n} ani",
               health=("Încadrare în grad de handicap", "grad ușor"), mil=None,
               exp=lambda n: f"{n} ani de experiență", lic=["Permis de conducere categoria B, C", "Atestat de stivuitorist"],
               dip=["Diplomă de bacalaureat", "Școala profesională - mecanic auto"],
               skills=["sudură MIG-MAG", "montaj structuri metalice", "lucru în echipă"],
               avail="Pot începe imediat", langs="Limbi străine"),
    "pl": dict(cv="Życiorys zawodowy (CV)", name="Imię i nazwisko", born="Data urodzenia", place="Miejsce urodzenia",
               sex=("Płeć", "kobieta", "mężczyzna", False), nat=("Obywatelstwo", "polskie"), civil=(
                   "Stan cywilny", [("zamężna", "żonaty"), ("panna", "kawaler"), ("rozwiedziona", "rozwiedziony")]),
               kids=lambda n: "1 dziecko" if n == 1 else f"{n} dzieci",
               rel=("Wyznanie", {"catholic": "rzymskokatolickie"}), addr="Adres zamieszkania",
               age=lambda n: f"{n} lata" if n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14) else f"{n} lat",
               health=("Orzeczenie", "umiarkowany stopień niepełnosprawności"),
               mil=("Stosunek do służby wojskowej", "uregulowany"),
               exp=lambda n: f"{n} lat doświadczenia" if n % 10 not in (2, 3, 4) or n % 100 in (12, 13, 14)
               else f"{n} lata doświadczenia", lic=["Prawo jazdy kat. C+E", "Uprawnienia UDT na wózki widłowe"],
               dip=["Technikum mechaniczne", "Zasadnicza szkoła zawodowa - murarz"],
               skills=["obsługa wózka widłowego", "kompletacja zamówień", "praca w zespole"],
               avail="Mogę zacząć od zaraz", langs="Języki obce"),
    "tr": dict(cv="Özgeçmiş", name="Adı Soyadı", born="Doğum tarihi", place="Doğum yeri",
               sex=("Cinsiyet", "Kadın", "Erkek", False), nat=("Uyruğu", "T.C."), civil=(
                   "Medeni hali", [("Evli", "Evli"), ("Bekâr", "Bekâr"), ("Boşanmış", "Boşanmış")]),
               kids=lambda n: f"{n} çocuk", rel=("Dini", {"muslim": "İslam"}), addr="Adres",
               age=lambda n: f"{n} yaşında", health=("Engel durumu", "%40 engelli raporu"),
               mil=("Askerlik durumu", "Yapıldı"), exp=lambda n: f"{n} yıllık deneyim",
               lic=["Ehliyet sınıfı: CE", "SRC belgesi"], dip=["Meslek lisesi - makine bölümü", "Ustalık belgesi"],
               skills=["CNC torna", "forklift kullanımı", "ekip çalışması"], avail="Hemen başlayabilirim",
               langs="Yabancı dil"),
    "uk": dict(cv="Резюме", name="П.І.Б.", born="Дата народження", place="Місце народження",
               sex=("Стать", "жіноча", "чоловіча", False), nat=("Громадянство", "Україна"), civil=(
                   "Сімейний стан", [("заміжня", "одружений"), ("незаміжня", "неодружений"), ("розлучена",
                                                                                          "розлучений")]),
               kids=lambda n: f"діти: {n}", rel=("Віросповідання", {"greek": "греко-католицьке",
                                                                    "orthodox": "православне"}),
               addr="Адреса", age=lambda n: f"{n} років" if n % 10 in (0, 5, 6, 7, 8, 9) or 11 <= n % 100 <= 14
               else f"{n} роки" if n % 10 in (2, 3, 4) else f"{n} рік",
               health=("Інвалідність", "III група"), mil=("Військовий облік", "військовозобов'язаний"),
               exp=lambda n: f"досвід роботи {n} р.", lic=["Посвідчення водія кат. C, CE", "Посвідчення зварника"],
               dip=["Диплом кваліфікованого робітника", "Професійний ліцей - кухар"],
               skills=["зварювання", "укладання плитки", "робота в команді"], avail="Можу почати одразу",
               langs="Мови"),
    "lt": dict(cv="Gyvenimo aprašymas", name="Vardas, pavardė", born="Gimimo data", place="Gimimo vieta",
               sex=("Lytis", "moteris", "vyras", False), nat=("Pilietybė", "Lietuvos Respublikos"), civil=(
                   "Šeiminė padėtis", [("ištekėjusi", "vedęs"), ("netekėjusi", "nevedęs"), ("išsiskyrusi",
                                                                                          "išsiskyręs")]),
               kids=lambda n: f"vaikai: {n}", rel=("Religija", {"catholic": "Romos katalikų"}),
               addr="Gyvenamoji vieta", age=lambda n: f"{n} m.", health=("Darbingumo lygis", "55 % darbingumas"),
               mil=None, exp=lambda n: f"{n} m. darbo patirtis", lic=["Vairuotojo pažymėjimas C kategorija",
                                                                     "Krautuvo vairuotojo pažymėjimas"],
               dip=["Profesinio mokymo diplomas - suvirintojas", "Brandos atestatas"],
               skills=["krovinių tvarkymas", "darbas su krautuvu", "komandinis darbas"],
               avail="Galiu pradėti iš karto", langs="Kalbos"),
    "ne": dict(cv="बायोडाटा", name="नाम थर", born="जन्म मिति", place="जन्म स्थान",
               sex=("लिङ्ग", "महिला", "पुरुष", False), nat=("नागरिकता", "नेपाली"), civil=(
                   "वैवाहिक स्थिति", [("विवाहित", "विवाहित"), ("अविवाहित", "अविवाहित"), ("सम्बन्ध विच्छेद",
                                                                                   "सम्बन्ध विच्छेद")]),
               kids=lambda n: f"छोराछोरी: {n}", rel=("धर्म", {"hindu": "हिन्दु", "buddhist": "बौद्ध"}),
               addr="ठेगाना", age=lambda n: f"{n} वर्ष", health=("अपाङ्गता", "अपाङ्गता परिचयपत्र (ख वर्ग)"), mil=None,
               exp=lambda n: f"{n} वर्षको अनुभव", lic=["सवारी चालक अनुमतिपत्र (ख वर्ग)"],
               dip=["एस.ई.ई. उत्तीर्ण", "सीटीईभीटी सिकर्मी तालिम"], skills=["निर्माण कार्य", "होटल सेवा"],
               avail="तुरुन्त काम सुरु गर्न सक्छु", langs="भाषा"),
    "vi": dict(cv="Sơ yếu lý lịch", name="Họ và tên", born="Ngày sinh", place="Quê quán",
               sex=("Giới tính", "Nữ", "Nam", True), nat=("Quốc tịch", "Việt Nam"), civil=(
                   "Tình trạng hôn nhân", [("Đã kết hôn", "Đã kết hôn"), ("Độc thân", "Độc thân"),
                                            ("Đã ly hôn", "Đã ly hôn")]),
               kids=lambda n: f"{n} con", rel=("Tôn giáo", {"buddhist": "Phật giáo", "catholic": "Công giáo"}),
               addr="Địa chỉ", age=lambda n: f"{n} tuổi", health=("Chiều cao, cân nặng", "1m58, 50 kg"),
               mil=("Nghĩa vụ quân sự", "Đã hoàn thành"), exp=lambda n: f"kinh nghiệm {n} năm",
               lic=["Giấy phép lái xe hạng C", "Chứng chỉ vận hành xe nâng"],
               dip=["Bằng tốt nghiệp THPT", "Trung cấp nghề Hàn"], skills=["hàn điện", "may công nghiệp",
                                                                            "làm việc nhóm"],
               avail="Có thể đi làm ngay", langs="Ngoại ngữ", eth=("Dân tộc", "Kinh")),
    "id": dict(cv="Daftar Riwayat Hidup", name="Nama lengkap", born="Tanggal lahir", place="Tempat lahir",
               sex=("Jenis kelamin", "Perempuan", "Laki-laki", False), nat=("Kewarganegaraan", "WNI"), civil=(
                   "Status perkawinan", [("Kawin", "Kawin"), ("Belum kawin", "Belum kawin"),
                                          ("Cerai hidup", "Cerai hidup")]),
               kids=lambda n: f"{n} anak", rel=("Agama", {"muslim": "Islam"}), addr="Alamat",
               age=lambda n: f"{n} tahun", health=("Tinggi/berat badan", "158 cm / 52 kg"), mil=None,
               exp=lambda n: f"pengalaman kerja {n} tahun", lic=["SIM B1", "Sertifikat operator forklift"],
               dip=["Ijazah SMK jurusan Teknik Mesin", "Ijazah SMA"], skills=["pengelasan", "perakitan", "kerja sama tim"],
               avail="Siap bekerja segera", langs="Bahasa"),
    "km": dict(cv="ប្រវត្តិរូបសង្ខេប", name="គោត្តនាម និងនាម", born="ថ្ងៃខែឆ្នាំកំណើត", place="ទីកន្លែងកំណើត",
               sex=("ភេទ", "ស្រី", "ប្រុស", True), nat=("សញ្ជាតិ", "ខ្មែរ"), civil=(
                   "ស្ថានភាពគ្រួសារ", [("រៀបការ", "រៀបការ"), ("នៅលីវ", "នៅលីវ"), ("លែងលះ", "លែងលះ")]),
               kids=lambda n: f"កូន {n} នាក់", rel=("សាសនា", {"buddhist": "ព្រះពុទ្ធសាសនា"}), addr="អាសយដ្ឋាន",
               age=lambda n: f"{n} ឆ្នាំ", health=("សុខភាព", "ពិការភ្នែកម្ខាង"), mil=None,
               exp=lambda n: f"បទពិសោធន៍ {n} ឆ្នាំ", lic=["ប័ណ្ណបើកបរប្រភេទ B"],
               dip=["សញ្ញាបត្រមធ្យមសិក្សាបឋមភូមិ"], skills=["ដេរសម្លៀកបំពាក់", "ធ្វើការជាក្រុម"],
               avail="អាចចាប់ផ្តើមការងារភ្លាម", langs="ភាសា"),
    "uz": dict(cv="Maʼlumotnoma", name="Familiyasi, ismi", born="Tugʻilgan sanasi", place="Tugʻilgan joyi",
               sex=("Jinsi", "ayol", "erkak", False), nat=("Fuqaroligi", "Oʻzbekiston Respublikasi"), civil=(
                   "Oilaviy holati", [("turmush qurgan", "uylangan"), ("turmush qurmagan", "uylanmagan"),
                                      ("ajrashgan", "ajrashgan")]),
               kids=lambda n: f"{n} nafar farzand", rel=("Dini", {"muslim": "islom"}), addr="Yashash manzili",
               age=lambda n: f"{n} yosh", health=("Sogʻligʻi", "II guruh nogironligi"),
               mil=("Harbiy xizmat", "oʻtagan"), exp=lambda n: f"{n} yillik ish tajribasi",
               lic=["Haydovchilik guvohnomasi BC toifa"], dip=["Kasb-hunar kolleji diplomi - payvandchi"],
               skills=["payvandlash", "qurilish ishlari", "jamoada ishlash"], avail="Darhol ishga chiqa olaman",
               langs="Tillar"),
    "tl": dict(cv="Bio-data", name="Pangalan", born="Petsa ng kapanganakan", place="Lugar ng kapanganakan",
               sex=("Kasarian", "Babae", "Lalaki", False), nat=("Pagkamamamayan", "Pilipino"), civil=(
                   "Katayuang sibil", [("May asawa", "May asawa"), ("Walang asawa", "Walang asawa"),
                                        ("Hiwalay", "Hiwalay")]),
               kids=lambda n: f"{n} anak", rel=("Relihiyon", {"catholic": "Katoliko", "inc": "Iglesia ni Cristo"}),
               addr="Tirahan", age=lambda n: f"{n} taong gulang", health=("Taas at timbang", "5'2\", 54 kg"),
               mil=None, exp=lambda n: f"{n} taong karanasan", lic=["Professional Driver's License (restriction 1, 2, 3)",
                                                                    "TESDA NC II - Shielded Metal Arc Welding"],
               dip=["High School Diploma", "TESDA NC II - Housekeeping"], skills=["pagwe-welding", "paglilinis"],
               avail="Handa nang magtrabaho agad", langs="Wika"),
    "my": dict(cv="ကိုယ်ရေးရာဇဝင်", name="အမည်", born="မွေးသက္ကရာဇ်", place="မွေးရပ်",
               sex=("ကျား/မ", "မ", "ကျား", True), nat=("နိုင်ငံသား", "မြန်မာ"), civil=(
                   "အိမ်ထောင်ရေး", [("အိမ်ထောင်ရှိ", "အိမ်ထောင်ရှိ"), ("အပျို", "လူပျို"), ("ကွာရှင်းပြီး", "ကွာရှင်းပြီး")]),
               kids=lambda n: f"သားသမီး {n} ယောက်", rel=("ကိုးကွယ်သည့်ဘာသာ", {"buddhist": "ဗုဒ္ဓ"}),
               addr="နေရပ်လိပ်စာ", age=lambda n: f"{n} နှစ်", health=("အရပ်", "၅ ပေ ၃ လက်မ"), mil=None,
               exp=lambda n: f"လုပ်ငန်းအတွေ့အကြုံ {n} နှစ်", lic=["ယာဉ်မောင်းလိုင်စင် (ခ)"],
               dip=["တက္ကသိုလ်ဝင်စာမေးပွဲ အောင်"], skills=["အထည်ချုပ်", "အုပ်စုလိုက်အလုပ်"],
               avail="ချက်ချင်း အလုပ်ဝင်နိုင်သည်", langs="ဘာသာစကား", eth=("လူမျိုး", "ဗမာ")),
    "th": dict(cv="ประวัติส่วนตัว", name="ชื่อ-นามสกุล", born="วันเกิด", place="สถานที่เกิด",
               sex=("เพศ", "หญิง", "ชาย", False), nat=("สัญชาติ", "ไทย"), civil=(
                   "สถานภาพ", [("สมรส", "สมรส"), ("โสด", "โสด"), ("หย่าร้าง", "หย่าร้าง")]),
               kids=lambda n: f"บุตร {n} คน", rel=("ศาสนา", {"buddhist": "พุทธ"}), addr="ที่อยู่",
               age=lambda n: f"{n} ปี", health=("ส่วนสูง/น้ำหนัก", "160 ซม. / 52 กก."),
               mil=("สถานะทางทหาร", "ผ่านการเกณฑ์ทหารแล้ว"), exp=lambda n: f"ประสบการณ์ {n} ปี",
               lic=["ใบขับขี่รถยนต์ส่วนบุคคล", "ใบอนุญาตขับรถยก"], dip=["ประกาศนียบัตรวิชาชีพ (ปวช.) ช่างยนต์"],
               skills=["ขับรถยก", "บรรจุสินค้า"], avail="พร้อมเริ่มงานทันที", langs="ภาษา"),
}
NAT_VALUE = {"pt": "Portuguesa", "cv": "Cabo-verdiana", "br": "Brasileira"}  # Portuguese speakers of three countries
RELIGIONS = {"pt": ["catholic"], "cv": ["catholic"], "br": ["catholic", "evangelical"], "es": ["catholic"],
             "ro": ["orthodox"], "pl": ["catholic"], "tr": ["muslim"], "uk": ["greek", "orthodox"], "lt": ["catholic"],
             "ne": ["hindu", "buddhist"], "vi": ["buddhist", "catholic"], "id": ["muslim"], "km": ["buddhist"],
             "uz": ["muslim"], "tl": ["catholic", "inc"], "my": ["buddhist"], "th": ["buddhist"]}
# the home language says them in a sentence: {x} is the planted value
SAY = {
    "pt": {"age": "Tenho {x}.", "birth": "Sou natural de {x}.", "family": "Sou {x}.", "kids": "Tenho {x}.",
           "religion": "Sou {x} e ajudo na catequese da paróquia.", "residence": "Moro em {x}."},
    "es": {"age": "Tengo {x}.", "birth": "Nací en {x}.", "family": "Estoy {x}.", "kids": "Tengo {x}.",
           "religion": "Soy {x} practicante.", "residence": "Vivo en {x}."},
    "ro": {"age": "Am {x}.", "birth": "M-am născut în {x}.", "family": "Sunt {x}.", "kids": "Am {x}.",
           "religion": "Sunt de religie {x}.", "residence": "Locuiesc în {x}."},
    "pl": {"age": "Mam {x}.", "birth": "Pochodzę z miejscowości {x}.", "family": "Jestem {x}.", "kids": "Mam {x}.",
           "religion": "Wyznanie: {x}.", "residence": "Mieszkam w {x}."},
    "tr": {"age": "{x} ve çalışmaya hazırım.", "birth": "{x} doğumluyum.", "family": "Medeni durumum: {x}.",
           "kids": "{x} sahibiyim.", "religion": "Dinim {x}.", "residence": "{x} adresinde oturuyorum."},
    "uk": {"age": "Мені {x}.", "birth": "Родом з: {x}.", "family": "Я {x}.", "kids": "Маю {x}.",
           "religion": "Віросповідання: {x}.", "residence": "Живу: {x}."},
    "lt": {"age": "Man {x}.", "birth": "Gimiau: {x}.", "family": "Esu {x}.", "kids": "Turiu {x}.",
           "religion": "Religija: {x}.", "residence": "Gyvenu: {x}."},
    "ne": {"age": "मेरो उमेर {x} हो।", "birth": "मेरो जन्म {x} मा भएको हो।", "family": "म {x} हुँ।",
           "kids": "मेरो {x} छन्।", "religion": "मेरो धर्म {x} हो।", "residence": "म {x} मा बस्छु।"},
    "vi": {"age": "Em năm nay {x}.", "birth": "Quê em ở {x}.", "family": "Em {x}.", "kids": "Em có {x}.",
           "religion": "Em theo {x}.", "residence": "Em đang ở {x}."},
    "id": {"age": "Umur saya {x}.", "birth": "Saya lahir di {x}.", "family": "Status saya {x}.",
           "kids": "Saya punya {x}.", "religion": "Agama saya {x}.", "residence": "Saya tinggal di {x}."},
    "km": {"age": "ខ្ញុំអាយុ {x}។", "birth": "ខ្ញុំកើតនៅ {x}។", "family": "ខ្ញុំ {x}។", "kids": "ខ្ញុំមាន {x}។",
           "religion": "ខ្ញុំកាន់ {x}។", "residence": "ខ្ញុំរស់នៅ {x}។"},
    "uz": {"age": "Men {x}man.", "birth": "Tugʻilgan joyim: {x}.", "family": "Men {x}.", "kids": "{x} bor.",
           "religion": "Dinim: {x}.", "residence": "Yashash manzilim: {x}."},
    "tl": {"age": "Ako ay {x}.", "birth": "Ipinanganak ako sa {x}.", "family": "Ako ay {x}.",
           "kids": "Mayroon akong {x}.", "religion": "Ako ay {x}.", "residence": "Nakatira ako sa {x}."},
    "my": {"age": "ကျွန်ုပ်အသက် {x} ရှိပါသည်။", "birth": "{x} တွင် မွေးဖွားပါသည်။", "family": "{x} ဖြစ်ပါသည်။",
           "kids": "{x} ရှိပါသည်။", "religion": "{x} ဘာသာ ကိုးကွယ်ပါသည်။", "residence": "{x} တွင် နေထိုင်ပါသည်။"},
    "th": {"age": "อายุ {x}", "birth": "เกิดที่ {x}", "family": "สถานภาพ {x}", "kids": "มี{x}",
           "religion": "นับถือศาสนา{x}", "residence": "ปัจจุบันอาศัยอยู่ที่ {x}"},
}
WORDS = {  # tens and units of an age said in words, for the languages that write it so in a message
    "pt": (["", "", "vinte", "trinta", "quarenta", "cinquenta", "sessenta"],
           ["", "um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove"], " e ", "{w} anos"),
    "es": (["", "", "veinte", "treinta", "cuarenta", "cincuenta", "sesenta"],
           ["", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"], " y ", "{w} años"),
    "id": (["", "", "dua puluh", "tiga puluh", "empat puluh", "lima puluh", "enam puluh"],
           ["", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"], " ", "{w} tahun")}
ES_TWENTIES = {2: "veintidós", 3: "veintitrés", 6: "veintiséis"}


def in_words(hl: str, n: int) -> str:
    """An age of 20 to 69 in the words of a home language ('trinta e oito anos', 'veintidós años')."""
    tens, units, join, frame = WORDS[hl]
    t, u = divmod(n, 10)
    if hl == "es" and t == 2 and u:
        word = ES_TWENTIES.get(u, "veinti" + units[u])
    else:
        word = tens[t] + (join + units[u] if u else "")
    return frame.format(w=word)


FAMILY_ODDS = {"sex": 0.75, "age": 0.7, "birth": 0.7, "residence": 0.85, "nationality": 0.75, "religion": 0.6,
               "family": 0.8, "health": 0.5}
PERSONAL17 = ("sex", "age", "birth", "nationality", "family", "health", "religion")


# --- the blind17 sheet ---------------------------------------------------------------------------------------------
class Blind17Sheet(RenderedSheet):
    """A Sheet whose personal details are written in the author's own language: 'pair' gives (label, value) with the
    home language's label, 'bare' a value alone, 'say' a sentence in the home language, 'cv' a CV-language item."""

    def render(self, family: str, mode: str):
        return RENDER17[family](self, mode)


def hl(s: Sheet) -> dict:
    """The labels and values of the author's own language."""
    return HL[HOME[s.p.b17_origin]]


def renew(s: Sheet, origins: tuple[str, ...] = ()) -> None:
    """Give the sheet's person an identity of this split (origin, name, contact, home, birth place, religion, a job
    at home, families to reveal, places of past jobs), drawn from the sheet's random source."""
    p, rng, lang = s.p, s.rng, s.lang
    wanted = [o for o in origins if o in WEIGHTS[lang]] or list(WEIGHTS[lang])
    origin = _weighted(rng, {o: WEIGHTS[lang].get(o, 1) for o in wanted}) if origins else ""
    origin, first, last = draw_name(rng, NAMES, WEIGHTS, lang, p.sex, origin)
    p.b17_origin, p.first, p.last, p.hangul, p.hanja = origin, first, last, "", ""
    p.b17_first2 = rng.choice([x for x in NAMES[origin][p.sex] if x != first])  # a second given name, or a syllable
    p.b17_last2 = rng.choice([x for x in NAMES[origin]["L"] if x != last])  # a mother's surname, a maiden name
    if p.marital in ("pacs", "couple", "widowed"):
        p.marital = "married" if rng.random() < 0.6 else "single"
    if p.age < 25:
        p.children = min(p.children, 1)
    p.email, p.phone, p.linkedin = _contact(rng, lang, ascii_fold(first).lower(), ascii_fold(surname(p)).lower()
                                            .replace("ʻ", ""), "")
    if lang == "ko" and p.trade.key not in ("logistics", "building", "kitchen", "cleaning"):
        p.trade = rng.choice([x for x in D.TRADES if x.key in ("logistics", "building", "kitchen")])
        p.jobs = _jobs(rng, lang, p.trade, p.born, p.years, "\0")
    p.b17_home = settle(rng, p, lang, sys.modules[__name__])
    p.birth_place = rng.choice(BIRTH[origin])
    p.religion = rng.choice(RELIGIONS[origin])
    p.b17_home_job = rng.choice(HOME_JOBS[origin])
    end = p.jobs[-1].start[0] - 1
    p.b17_home_years = (min(max(p.born.year + 17, end - rng.randint(2, 7)), end), end)
    chosen = {f for f, odds in FAMILY_ODDS.items() if rng.random() < odds}
    while len(chosen) < 4:
        chosen.add(_weighted(rng, FAMILY_ODDS))
    p.families = chosen | {"name"} | ({"contact"} if rng.random() < 0.95 else set())


def blind17(langs=LANGS, origins: dict[str, tuple[str, ...]] | None = None):
    """Register a layout of this split: the sheet gets its identity first (of the given origins per language)."""
    def deco(fn):
        @functools.wraps(fn)
        def run(s: Sheet) -> str:
            s.__class__ = Blind17Sheet
            renew(s, (origins or {}).get(s.lang, ()))
            return fn(s)
        layout(langs, split=SPLIT)(run)
        return run
    return deco


# --- names ------------------------------------------------------------------------------------------------------------
def surname(p, married: bool | None = None) -> str:
    """The surname in the bearer's gender (Polish '-ska', Uzbek '-ova', Lithuanian '-ienė' for a married woman and
    '-aitė' for an unmarried one)."""
    last, o = p.last, p.b17_origin
    if p.sex != "F":
        return last
    if o == "pl" and last.endswith(("ski", "cki")):
        return last[:-1] + "a"
    if o == "uz" and last.endswith(("ov", "ev")):
        return last + "a"
    if o == "lt":
        wed = p.marital == "married" if married is None else married
        stem = last[:-3] if last.endswith("ius") else last[:-2]
        return stem + ("ienė" if wed else "iūtė" if last.endswith("ius") else "aitė")
    return last


def script(word: str) -> str:
    """A name word in its owner's script (itself for a Latin-script language)."""
    return SCRIPT.get(word, word)


def home_order(s: Sheet, scripted: bool = False) -> str:
    """The full name as the home country's papers write it: 'Khổng Thị Thắm', 'SOK Malis', 'Gracinda Fragoso
    Quaresma', 'Urquiza Olabarria, Covadonga', 'Luzviminda D. Sicat', in the home script when asked."""
    p, o = s.p, s.p.b17_origin
    first, last, last2 = p.first, surname(p), p.b17_last2
    if scripted:
        first, last, last2 = script(first), script(last), script(last2)
    if o == "vi":
        return f"{last} {VI_MIDDLE[p.sex]} {first}"
    if o in ("km", "uz"):
        return f"{last.upper() if not scripted and o == 'km' else last} {first}"
    if o in ("pt", "cv", "br"):
        return f"{first} {last2} {last}"
    if o == "es":
        return f"{last} {last2}, {first}"
    if o == "tl":
        return f"{first} {last2} {last}"
    if o == "my":
        return f"{first} {last}"
    if o in ("ro", "uk"):
        return f"{last.upper() if not scripted else last} {first}"
    return f"{first} {last}"


def me(s: Sheet, form: str = "plain") -> str:
    """The author's name, planted: 'plain' ('Gracinda Quaresma'), 'LAST first', 'home' (the home country's order),
    'script' (Cyrillic, Devanagari, Khmer, Burmese, Thai - the home order otherwise), 'passport' (surname first in
    capitals, as a machine-readable document), 'first', 'short' ('Gracinda Q.')."""
    p = s.p
    first, last = p.first, surname(p)
    text = {"plain": f"{first} {last}", "LAST first": f"{last.upper()} {first}", "home": home_order(s),
            "script": home_order(s, scripted=True), "passport": f"{last.upper()} {first.upper()}",
            "first": first, "short": f"{first} {last[0]}."}[form]
    if form == "plain" and p.b17_origin == "vi":
        text = home_order(s)
    if form == "passport" and p.b17_origin == "my":  # a Burmese name has no surname: its order is kept
        text = f"{first.upper()} {last.upper()}"
    s.plant("name", text)
    return title(s, form) + text


def title(s: Sheet, form: str) -> str:
    """The title a Burmese or Thai name carries at home ('Daw' / 'ဒေါ်' for a woman; 'นาย', 'นาง' - a wife -,
    'นางสาว' - an unmarried woman - written onto a Thai name), planted as 'sex' (and 'family' for a Thai woman)."""
    o, p = s.p.b17_origin, s.p
    if o == "my" and s.female and form in ("home", "script"):
        return s.plant("sex", "Daw" if form == "home" else "ဒေါ်") + " "
    if o == "th" and form == "script":
        if not s.female:
            return s.plant("sex", "นาย")
        word = "นาง" if p.marital == "married" else "นางสาว"
        s.plant("family", word)
        return s.plant("sex", word)
    return ""


SCRIPTED = ("uk", "ne", "km", "my", "th")  # origins whose papers write names in another script than Latin


def me_both(s: Sheet) -> str:
    """The name as a home form writes it: in the home script with the passport's Latin spelling after it
    ('Кузьмишин Тиміш (KUZMYSHYN TYMISH)'), or in the home order for a Latin-script language."""
    if s.p.b17_origin in SCRIPTED:
        return f"{me(s, 'script')} ({me(s, 'passport')})"
    return me(s, "home")


def someone(s: Sheet, sex: str | None = None, origin: str = "") -> str:
    """Another person's name (a signatory, a translator, a relative, a recruiter), planted as 'name'."""
    mine = {s.p.first, s.p.last, s.p.b17_first2, s.p.b17_last2}
    for _ in range(30):
        o, first, last = draw_name(s.rng, NAMES, WEIGHTS, s.lang, sex or s.pick("FM"), origin)
        if not {first, last} & mine:
            break
    if o == "vi":
        return s.plant("name", f"{last} {VI_MIDDLE['F' if first in NAMES['vi']['F'] else 'M']} {first}")
    return s.plant("name", f"{first} {last}")


# --- the families in the author's language ------------------------------------------------------------------------
def bdate(s: Sheet, d: date, home: bool = True) -> str:
    """A date of birth as the home papers write it (day first with dots or slashes, or the CV language's way)."""
    if home:
        o = s.p.b17_origin
        if o in ("lt", "ne", "uz", "km") or (o == "th" and s.chance(0.5)):
            return f"{d:%Y-%m-%d}" if o != "uz" else f"{d:%d.%m.%Y}"
        return s.pick([f"{d:%d/%m/%Y}", f"{d:%d.%m.%Y}"]) if o not in ("tl",) else f"{d:%m/%d/%Y}"
    return {"fr": fr_date, "en": en_date, "ko": ko_date}[s.lang](s, d)


def said(s: Sheet, family: str, value: str) -> str:
    """A sentence of the home language that says a value."""
    return SAY[HOME[s.p.b17_origin]][family].format(x=value)


def r_sex(s: Sheet, mode: str):
    """Sex: the home form's field ('Sexo: Feminino', 'Giới tính: Nữ' planted whole when the value is a letter or
    two), military service for a man, or the CV language's word."""
    t = hl(s)
    label, fem, masc, whole = t["sex"]
    value = fem if s.female else masc
    if mode == "cv":
        return s.plant("sex", {"fr": ("femme", "homme"), "en": ("female", "male"), "ko": ("여성", "남성")}[s.lang][
            0 if s.female else 1])
    if mode == "say" and t["mil"] and not s.female:
        return s.plant("sex", f"{t['mil'][0]}: {t['mil'][1]}") + "."
    if whole:
        s.plant("sex", f"{label}: {value}")
        return (label, value) if mode == "pair" else f"{label}: {value}"
    if mode == "pair":
        return label, s.plant("sex", value)
    return f"{label}: {s.plant('sex', value)}" if mode == "say" else s.plant("sex", value)


def r_age(s: Sheet, mode: str):
    """Age in the home language ('38 anos', '38 lat', '38 tuổi'), in words in a message ('trinta e oito anos')."""
    a, h = s.p.age, HOME[s.p.b17_origin]
    if mode == "cv":
        return s.plant("age", {"fr": f"{a} ans", "en": f"{a} years old", "ko": f"만 {a}세"}[s.lang])
    value = in_words(h, a) if mode == "say" and h in WORDS and 20 <= a < 70 else hl(s)["age"](a)
    s.plant("age", value)
    if mode == "pair":
        return {"pt": "Idade", "es": "Edad", "ro": "Vârsta", "pl": "Wiek", "tr": "Yaş", "uk": "Вік", "lt": "Amžius",
                "ne": "उमेर", "vi": "Tuổi", "id": "Umur", "km": "អាយុ", "uz": "Yoshi", "tl": "Edad", "my": "အသက်",
                "th": "อายุ"}[h], value
    return said(s, "age", value) if mode == "say" else value


def r_birth(s: Sheet, mode: str):
    """Date of birth in the home notation, with the place of birth ('Naturalidade: Fafe', 'Quê quán: ...')."""
    t, p = hl(s), s.p
    if mode == "say":
        return said(s, "birth", s.plant("birth", p.birth_place))
    when = s.plant("birth", bdate(s, p.born, mode != "cv"))
    if mode == "pair":
        return t["born"], when + f" — {t['place']}: {s.plant('birth', p.birth_place)}"
    return when


def r_residence(s: Sheet, mode: str):
    """Where the author lives now (in France, the UK or Korea), under the home language's label."""
    h = s.p.b17_home
    plant = functools.partial(s.plant, "residence")
    if s.lang == "ko":
        text = f"{plant(h['region'])} {plant(h['street'])}"
    elif s.lang == "fr":
        text = f"{plant(h['street'])}, {plant(h['pc'])} {plant(h['town'])}"
    else:
        text = f"{plant(h['street'])}, {plant(h['town'])} {plant(h['pc'])}"
    if mode == "pair":
        return hl(s)["addr"], text
    return said(s, "residence", text) if mode == "say" else text


def nat_value(s: Sheet) -> str:
    """The nationality as the home form writes it ('Portuguesa', 'polskie', 'T.C.', 'Việt Nam', 'WNI')."""
    return NAT_VALUE.get(s.p.b17_origin) or hl(s)["nat"][1]


def r_nationality(s: Sheet, mode: str):
    """Nationality under the home label, and an ethnicity where the home form asks it ('Dân tộc: Kinh')."""
    t = hl(s)
    if mode == "cv":
        return s.plant("nationality", {"fr": "Nationalité : ", "en": "Nationality: ", "ko": "국적: "}[s.lang]
                       + COUNTRY[s.p.b17_origin][LANGS.index(s.lang)])
    value = s.plant("nationality", nat_value(s))
    if "eth" in t:
        eth = s.plant("nationality", f"{t['eth'][0]}: {t['eth'][1]}")  # 'Kinh' alone is in 'kinh nghiệm', a fact
        return (t["nat"][0], f"{value}; {eth}") if mode == "pair" else f"{value}, {eth}"
    if mode == "say":
        return f"{t['nat'][0]}: {value}"
    return (t["nat"][0], value) if mode == "pair" else value


def r_religion(s: Sheet, mode: str):
    """Religion under the home label ('Religião: Católica', 'Agama: Islam', 'ศาสนา: พุทธ')."""
    label, words = hl(s)["rel"]
    value = s.plant("religion", words[s.p.religion])
    if mode == "pair":
        return label, value
    return said(s, "religion", value) if mode == "say" else f"{label}: {value}"


def r_family(s: Sheet, mode: str):
    """Marital status in the home language (in the author's gender: 'casada', 'zamężna', 'ištekėjusi'), and
    children ('2 filhos', '2 con')."""
    p, t = s.p, hl(s)
    label, forms = t["civil"]
    fem, masc = forms[M4.get(p.marital, 1)]
    status = s.gv("family", fem, masc, sex=False)
    if s.female and fem != masc:
        s.plant("sex", fem, (masc,))
    kids = s.plant("family", t["kids"](p.children)) if p.children else ""
    if mode == "pair":
        return label, status + (f", {kids}" if kids else "")
    if mode == "say":
        return said(s, "family", status) + (" " + said(s, "kids", kids) if kids else "")
    return status + (f", {kids}" if kids else "")


def r_health(s: Sheet, mode: str):
    """Health under the home label: a disability certificate, or the height and weight a biodata asks."""
    label, value = hl(s)["health"]
    s.plant("health", value)
    if mode == "pair":
        return label, value
    return f"{label}: {value}" + ("." if mode == "say" else "")


RENDER17 = {"sex": r_sex, "age": r_age, "birth": r_birth, "residence": r_residence, "nationality": r_nationality,
            "religion": r_religion, "family": r_family, "health": r_health}


def home_lines(s: Sheet, families=("sex", "birth", "age", "nationality", "family", "religion", "residence",
                                   "health"), sep: str = ": ") -> list[str]:
    """'label: value' lines of the home form, for the families not written yet."""
    return [f"{a}{sep}{b}" for a, b in s.pairs(families)]


def rest(s: Sheet, mode: str = "say") -> list[str]:
    """Every family this CV reveals and has not written yet."""
    return s.bits(("residence", *PERSONAL17), mode)


# --- job facts --------------------------------------------------------------------------------------------------------
def tongues(s: Sheet) -> list[str]:
    """Languages spoken (facts): the first one by its own name, and the CV country's."""
    own = f"{TONGUES[s.p.b17_origin]} ({NATIVE[s.lang]})"
    return [s.fact(own), s.fact(s.pick(OTHER_TONGUES[s.lang]))]


def home_job(s: Sheet, sep: str = " – ") -> str:
    """The job in the home country: years, employer and place (facts)."""
    emp, place = s.p.b17_home_job
    y0, y1 = s.p.b17_home_years
    return f"{y0}-{y1}{sep}{s.fact(emp)}, {s.fact(place)}"


def home_facts(s: Sheet) -> list[str]:
    """The job facts written in the home language: experience, licence, diploma, skill, availability."""
    t = hl(s)
    return [s.fact(t["exp"](s.p.years)), s.fact(s.pick(t["lic"])), s.fact(s.pick(t["dip"])), s.fact(s.pick(t["skills"])),
            s.fact(t["avail"])]


def cv_body(s: Sheet, sep: str = " – ") -> list[str]:
    """The jobs here and at home, diploma, skills, licence, languages and availability in the CV's language."""
    return [s.h("exp"), *[jline(s, j, sep) for j in s.p.jobs], home_job(s, sep), "", s.h("edu"), dip_year(s), "",
            s.h("skills"), ", ".join(skills(s)), f"{s.h('lic')}{s.sep}{licence(s)}",
            f"{s.h('langs')}{s.sep}{', '.join(tongues(s))}", availability(s)]


def footer(s: Sheet) -> str:
    """The page footer with the short name."""
    if s.lang == "ko":
        return f"{me(s, 'passport')} 이력서 - 1/1"
    return f"{me(s, 'short')} — CV — page 1/1" if s.lang == "fr" else f"{me(s, 'short')} | CV | Page 1 of 1"


TRANSLATED = {"fr": "Traduction", "en": "Translation", "ko": "번역"}
CVLABEL = {"fr": {"name": "Nom", "born": "Date de naissance", "sex": "Sexe", "nat": "Nationalité",
                  "civil": "Situation familiale", "rel": "Religion", "addr": "Adresse", "age": "Âge", "health": "Santé"},
           "en": {"name": "Name", "born": "Date of birth", "sex": "Sex", "nat": "Nationality",
                  "civil": "Marital status", "rel": "Religion", "addr": "Address", "age": "Age", "health": "Health"},
           "ko": {"name": "성명", "born": "생년월일", "sex": "성별", "nat": "국적", "civil": "혼인 여부", "rel": "종교",
                  "addr": "주소", "age": "나이", "health": "건강"}}
FAM_KEY = {"sex": "sex", "birth": "born", "nationality": "nat", "family": "civil", "religion": "rel",
           "residence": "addr", "age": "age", "health": "health"}


def bilingual(s: Sheet, families=("sex", "birth", "age", "nationality", "family", "religion", "residence", "health"),
              sep: str = " : ") -> list[str]:
    """'home label / CV label : value' lines, the value as the home form wrote it."""
    out = []
    for fam in families:
        pair = s.pair(fam)
        if pair:
            out.append(f"{pair[0]} / {CVLABEL[s.lang][FAM_KEY[fam]]}{sep}{pair[1]}")
    return out


# --- 1. a home-country CV translated, labels in both languages ------------------------------------------------------
@blind17()
def cv_traduit(s: Sheet) -> str:
    """A home-country CV translated for the agency: the original title over its translation, each label in both
    languages ('Data de nascimento / Date de naissance'), the values left as the home form gave them, then the jobs
    at home and here, the original diploma titles beside the CV language's."""
    t = hl(s)
    title = {"fr": "Curriculum vitae (traduit)", "en": "Curriculum Vitae (translated)", "ko": "이력서 (번역본)"}[s.lang]
    lines = [f"{t['cv']} / {title}", "", f"{t['name']} / {CVLABEL[s.lang]['name']} : {me_both(s)}", *contacts(s)]
    lines += bilingual(s) + ["", *cv_body(s), "", f"{t['langs']} / {s.h('langs')}", *home_facts(s), "", footer(s)]
    return "\n".join(lines)


# --- 2. a Europass filled in at home, then partly translated --------------------------------------------------------
EUROPASS = {"fr": ("Curriculum vitae Europass", "Informations personnelles", "Expérience professionnelle",
                   "Éducation et formation", "Compétences personnelles", "Langue(s) maternelle(s)"),
            "en": ("Europass Curriculum Vitae", "Personal information", "Work experience", "Education and training",
                   "Personal skills", "Mother tongue(s)"),
            "ko": ("Europass 이력서", "인적 사항", "경력", "학력 및 교육", "개인 역량", "모국어")}


@blind17()
def europass_maison(s: Sheet) -> str:
    """A Europass filled in at home in the author's language, its headings translated later: headings in the CV's
    language, the personal block's labels and values still in the home language, the jobs half translated."""
    e, t = EUROPASS[s.lang], hl(s)
    lines = [e[0], "", e[1], f"{t['name']}: {me_both(s)}", *contacts(s), *home_lines(s), "", e[2],
             home_job(s), *[jline(s, j) for j in s.p.jobs], "", e[3], dip_year(s), s.fact(s.pick(t["dip"])), "",
             e[4], f"{e[5]}: {tongues(s)[0]}", f"{t['langs']}: {s.fact(s.pick(OTHER_TONGUES[s.lang]))}",
             ", ".join(skills(s)), s.fact(s.pick(t["skills"])), licence(s), s.fact(s.pick(t["lic"])),
             s.fact(t["exp"](s.p.years)), availability(s)]
    return "\n".join(lines)


# --- 3. an agency's intake sheet translated by a relative ----------------------------------------------------------
INTAKE = {"fr": ("FICHE D'INSCRIPTION — Agence d'intérim", "Traduit par : ", "lien : ", "Candidat·e : ",
                 "Remarques du traducteur : ", (("sa fille", "son fils"), ("sa nièce", "son neveu"), "son voisin")),
          "en": ("REGISTRATION FORM - Recruitment agency", "Translated by: ", "relationship: ", "Candidate: ",
                 "Translator's notes: ", (("their daughter", "their son"), ("their niece", "their nephew"),
                                         "a neighbour")),
          "ko": ("구직 등록 신청서 - 인력사무소", "통역: ", "관계: ", "구직자: ", "통역자 메모: ",
                 (("딸", "아들"), ("조카", "조카"), "같은 기숙사 동료"))}


@blind17()
def fiche_agence_traduite(s: Sheet) -> str:
    """An agency's intake sheet a relative filled in for the candidate: the translator named with their link ('sa
    fille' - the candidate has children), the candidate's answers copied in their own language after the CV
    language's labels, the translator's notes in the CV language, then the work facts."""
    t = INTAKE[s.lang]
    kid, kin, far = t[5]
    link = s.plant("family", s.pick(kid)) if s.p.children and s.chance(0.6) else s.pick([s.pick(kin), far])
    lines = [t[0], "", t[1] + someone(s, origin=s.p.b17_origin) + f" ({t[2]}{link})", t[3] + me(s, "LAST first"),
             *contacts(s)]
    lines += [f"{CVLABEL[s.lang][FAM_KEY[fam]]}{s.sep}{b}" for fam in ("sex", "birth", "nationality", "family",
                                                                         "residence") if (b := s.bit(fam, "bare"))]
    notes = [x for x in (s.bit("age", "cv"), s.bit("religion", "bare"), s.bit("health", "bare")) if x]
    lines += ["", t[4] + ("; ".join(notes) or "-"), "", *cv_body(s), "", *home_facts(s)]
    return "\n".join(lines)


# --- 4. a recommendation letter from a home employer, with its translation -----------------------------------------
LETTER = {"pt": "Declaramos que {who} trabalhou na nossa empresa de {y0} a {y1}, sempre com dedicação.",
          "es": "Certificamos que {who} ha trabajado en nuestra empresa desde {y0} hasta {y1}.",
          "ro": "Prin prezenta confirmăm că {who} a lucrat în cadrul firmei noastre între {y0} și {y1}.",
          "pl": "Zaświadczamy, że {who} był(a) zatrudniony(a) w naszej firmie w latach {y0}-{y1}.",
          "tr": "{who} firmamızda {y0}-{y1} yılları arasında çalışmıştır.",
          "uk": "Цим підтверджуємо, що {who} працював(ла) на нашому підприємстві з {y0} по {y1} р.",
          "lt": "Patvirtiname, kad {who} dirbo mūsų įmonėje nuo {y0} iki {y1} m.",
          "ne": "{who} ले हाम्रो संस्थामा {y0} देखि {y1} सम्म काम गर्नुभएको हो।",
          "vi": "Chúng tôi xác nhận {who} đã làm việc tại công ty từ năm {y0} đến năm {y1}.",
          "id": "Dengan ini kami menerangkan bahwa {who} telah bekerja di perusahaan kami dari {y0} sampai {y1}.",
          "km": "យើងខ្ញុំសូមបញ្ជាក់ថា {who} បានធ្វើការនៅក្រុមហ៊ុនយើងពីឆ្នាំ {y0} ដល់ {y1}។",
          "uz": "{who} korxonamizda {y0}-{y1} yillarda ishlagan.",
          "tl": "Pinapatunayan namin na si {who} ay nagtrabaho sa aming kumpanya mula {y0} hanggang {y1}.",
          "my": "{who} သည် ကျွန်ုပ်တို့ ကုမ္ပဏီတွင် {y0} မှ {y1} အထိ လုပ်ကိုင်ခဲ့ပါသည်။",
          "th": "ขอรับรองว่า {who} ได้ทำงานกับบริษัทของเราตั้งแต่ปี {y0} ถึง {y1}"}
LETTER_CV = {"fr": "Traduction : Nous certifions que {who} a travaillé dans notre entreprise de {y0} à {y1}.",
             "en": "Translation: We certify that {who} worked for our company from {y0} to {y1}.",
             "ko": "번역: {who} 님은 {y0}년부터 {y1}년까지 당사에서 근무하였음을 증명합니다."}
SIGNED = {"fr": "Le gérant, ", "en": "Signed, ", "ko": "대표 "}


@blind17()
def carta_recomendacao(s: Sheet) -> str:
    """A home employer's work certificate in its language with the translation under it: the company and its town
    (facts), the worker named in the home order and script with their birth, nationality and family as the home
    labels give them, the manager who signs (another name), then the CV."""
    f, (emp, place), (y0, y1) = HOME[s.p.b17_origin], s.p.b17_home_job, s.p.b17_home_years
    lines = [s.fact(emp), s.fact(place), "", LETTER[f].format(who=me(s, "script"), y0=y0, y1=y1)]
    lines += home_lines(s, ("birth", "nationality", "family"))
    lines += ["", LETTER_CV[s.lang].format(who=me(s, "plain"), y0=y0, y1=y1), "", SIGNED[s.lang] + someone(
        s, origin=s.p.b17_origin), "", "---", "", me(s, "plain"), *contacts(s), *home_lines(s), "", *cv_body(s),
        s.fact(hl(s)["exp"](s.p.years))]
    return "\n".join(lines)


# --- 5. a sworn translation of a diploma or a work certificate ------------------------------------------------------
SWORN = {"fr": ("TRADUCTION CERTIFIÉE CONFORME À L'ORIGINAL rédigé en ", "Traducteur expert près la cour d'appel de "
                "Chambéry : ", "Titulaire : ", "Titre original : "),
         "en": ("CERTIFIED TRANSLATION of a document in ", "Translator (ITI member): ", "Holder: ", "Original title: "),
         "ko": ("번역 공증 - 원문 언어: ", "번역자: ", "소지자: ", "원문 명칭: ")}
LANG_NAME = {"pt": ("portugais", "Portuguese", "포르투갈어"), "es": ("espagnol", "Spanish", "스페인어"),
             "ro": ("roumain", "Romanian", "루마니아어"), "pl": ("polonais", "Polish", "폴란드어"),
             "tr": ("turc", "Turkish", "튀르키예어"), "uk": ("ukrainien", "Ukrainian", "우크라이나어"),
             "lt": ("lituanien", "Lithuanian", "리투아니아어"), "ne": ("népali", "Nepali", "네팔어"),
             "vi": ("vietnamien", "Vietnamese", "베트남어"), "id": ("indonésien", "Indonesian", "인도네시아어"),
             "km": ("khmer", "Khmer", "크메르어"), "uz": ("ouzbek", "Uzbek", "우즈베크어"),
             "tl": ("filipino", "Filipino", "필리핀어"), "my": ("birman", "Burmese", "미얀마어"), "th": ("thaï", "Thai", "태국어")}


@blind17()
def traduction_assermentee(s: Sheet) -> str:
    """A sworn translation of a diploma: the translator named, the holder's civil state copied from the original in
    its own language (the home labels), the original title beside the translated one (both facts), then the CV."""
    t, f = SWORN[s.lang], HOME[s.p.b17_origin]
    lines = [t[0] + LANG_NAME[f][LANGS.index(s.lang)], t[1] + someone(s), "", t[2] + me(s, "passport")]
    lines += home_lines(s, ("sex", "birth", "nationality")) + ["", t[3] + s.fact(s.pick(hl(s)["dip"])),
                                                               dip_year(s), ""]
    lines += [me(s, "plain"), *contacts(s), *home_lines(s), "", *cv_body(s), *home_facts(s)]
    return "\n".join(lines)


# --- 6. a chat export (WhatsApp, Zalo, Viber) -------------------------------------------------------------------------
APP = {"vi": "Zalo", "uk": "Viber", "ro": "WhatsApp", "my": "Viber"}
RECRUITER = {"fr": ("Bonjour, vous pouvez m'envoyer votre CV ?", "Merci ! Vous avez le permis ?", "Parfait, à bientôt."),
             "en": ("Hi, can you send me your CV?", "Thanks! Do you drive?", "Great, speak soon."),
             "ko": ("안녕하세요, 이력서 보내주세요.", "감사합니다. 운전 가능하세요?", "네, 연락드릴게요.")}


@blind17()
def message_whatsapp(s: Sheet) -> str:
    """A chat with a recruiter exported as text ('[12/05/2024, 09:14] Name: ...'): the worker answers in their own
    language (age in words, status and children, the home village, the faith, where they live), the recruiter in
    the CV's; the work facts come in both."""
    app = APP.get(s.p.b17_origin, "WhatsApp")
    who, r = me(s, "plain"), RECRUITER[s.lang]
    boss = someone(s)
    day = f"{s.rng.randint(1, 28):02d}/0{s.rng.randint(1, 9)}/2024"
    stamp = [f"[{day}, {9 + i // 4:02d}:{(i * 7) % 60:02d}] " for i in range(12)]
    lines = [f"{app} — {boss} ↔ {who}", f"{stamp[0]}{boss}: {r[0]}"]
    said_ = rest(s, "say")
    lines += [f"{stamp[1]}{who}: {x}" for x in said_]
    lines += [f"{stamp[2]}{who}: {x}" for x in home_facts(s)]
    lines += [f"{stamp[3]}{boss}: {r[1]}", f"{stamp[4]}{who}: {licence(s)} ✅", *[f"{stamp[5]}{who}: {x}" for x in
                                                                                 contacts(s)],
              f"{stamp[6]}{who}: CV_{s.plant('name', ascii_fold(f'{surname(s.p).upper()}_{s.p.first}'))}.pdf",
              "", *cv_body(s), f"{stamp[7]}{boss}: {r[2]}"]
    return "\n".join(lines)


# --- 7. a home-country ID card read by OCR ------------------------------------------------------------------------
ID_CARD = {"pt": "REPÚBLICA PORTUGUESA · CARTÃO DE CIDADÃO", "es": "REINO DE ESPAÑA · DOCUMENTO NACIONAL DE IDENTIDAD",
           "ro": "ROMÂNIA · CARTE DE IDENTITATE", "pl": "RZECZPOSPOLITA POLSKA · DOWÓD OSOBISTY",
           "tr": "TÜRKİYE CUMHURİYETİ KİMLİK KARTI", "uk": "УКРАЇНА · ID-КАРТКА", "lt": "LIETUVOS RESPUBLIKA · ASMENS "
           "TAPATYBĖS KORTELĖ", "ne": "नेपाल सरकार · नागरिकताको प्रमाणपत्र", "vi": "CĂN CƯỚC CÔNG DÂN",
           "id": "KARTU TANDA PENDUDUK", "km": "អត្តសញ្ញាណប័ណ្ណសញ្ជាតិខ្មែរ", "uz": "OʻZBEKISTON RESPUBLIKASI · ID KARTA",
           "tl": "PAMBANSANG PAGKAKAKILANLAN · PhilSys", "my": "နိုင်ငံသားစိစစ်ရေးကတ်ပြား", "th": "บัตรประจำตัวประชาชน"}
OCR_HEAD = {"fr": "[Pièce d'identité — texte extrait par OCR]", "en": "[ID document - OCR text]",
            "ko": "[신분증 사본 - OCR 추출]"}


@blind17()
def carte_identite_ocr(s: Sheet) -> str:
    """A home-country ID card's text as OCR reads it from a scan sent with the CV: the state's heading, the name in the
    home script and order with the Latin spelling, the home labels (sex, birth, nationality, religion on some, the
    marital status on others), the card's number; then the short CV the agency typed under it."""
    f = HOME[s.p.b17_origin]
    card = s.rng.randint(10 ** 8, 10 ** 9 - 1)
    lines = [OCR_HEAD[s.lang], ID_CARD[f], f"{hl(s)['name']}: {me(s, 'script')}"]
    if s.p.b17_origin in SCRIPTED:
        lines.append(me(s, "passport"))
    lines += home_lines(s, ("sex", "birth", "nationality", "religion", "family"))
    lines += [f"No. {card}", "", me(s, "plain"), *contacts(s), *[f"{CVLABEL[s.lang][FAM_KEY[fam]]}{s.sep}{b}" for fam in (
        "residence", "age", "health") if (b := s.bit(fam, "bare"))], "", *cv_body(s), *home_facts(s)]
    return "\n".join(lines)


# --- 8. a bilingual form flattened into one column -----------------------------------------------------------------
@blind17()
def formulaire_bilingue(s: Sheet) -> str:
    """A two-column bilingual form (the home language on the left, the CV language on the right) flattened by a
    text export: each label twice on one line with ' | ', each value as the author wrote it, the work facts in both
    languages (experience, licence, availability)."""
    t = hl(s)
    lines = [f"{t['cv']} | {s.h('personal')}", f"{t['name']} | {CVLABEL[s.lang]['name']}: {me_both(s)}"]
    lines += bilingual(s, sep=": ")
    lines = [x.replace(" / ", " | ", 1) for x in lines]
    lines += [*contacts(s), "", *cv_body(s), "", f"{t['langs']} | {s.h('langs')}"]
    exp, lic, dip, skill, avail = home_facts(s)
    lines += [f"{exp} | {s.fact(duration_cv(s))}", f"{lic} | {licence(s)}", f"{dip} | {dip_year(s)}", skill, avail]
    return "\n".join(lines)


def duration_cv(s: Sheet) -> str:
    """Years of experience in the CV's language."""
    return {"fr": f"{s.p.years} ans d'expérience", "en": f"{s.p.years} years' experience",
            "ko": f"경력 {s.p.years}년"}[s.lang]


# --- 9. a gig app's profile with a bio in the home language --------------------------------------------------------
APP_PROFILE = {"fr": ("Profil intérimaire", "Bio", "Voir la traduction", "Missions réalisées", "Note"),
               "en": ("Worker profile", "Bio", "See translation", "Shifts completed", "Rating"),
               "ko": ("근로자 프로필", "자기소개", "번역 보기", "완료한 근무", "평점")}


@blind17()
def profil_appli(s: Sheet) -> str:
    """A gig app's worker profile copied from the screen: the name, a rating, the bio the worker typed in their own
    language (age, family, home, faith), the app's 'see translation' link, then the verified documents and jobs."""
    a = APP_PROFILE[s.lang]
    lines = [a[0], me(s, "plain"), f"★ 4.{s.rng.randint(5, 9)} · {s.rng.randint(12, 140)} {a[3]}", "", a[1],
             " ".join(rest(s, "say")) + " " + " ".join(home_facts(s)), a[2], "", *contacts(s), "", *cv_body(s)]
    return "\n".join(lines)


# --- 10. a cover letter that switches language --------------------------------------------------------------------
OPEN = {"fr": ("Madame, Monsieur,", "Je vous écris pour le poste de ", "Je vous remercie. Cordialement,"),
        "en": ("Dear Sir or Madam,", "I am writing to apply for the role of ", "Thank you. Kind regards,"),
        "ko": ("채용 담당자님께,", "다음 직무에 지원합니다: ", "감사합니다."),}
CLOSE_HOME = {"pt": "Com os melhores cumprimentos", "es": "Atentamente", "ro": "Cu stimă", "pl": "Z poważaniem",
              "tr": "Saygılarımla", "uk": "З повагою", "lt": "Pagarbiai", "ne": "धन्यवाद", "vi": "Trân trọng",
              "id": "Hormat saya", "km": "សូមអរគុណ", "uz": "Hurmat bilan", "tl": "Lubos na gumagalang",
              "my": "လေးစားစွာဖြင့်", "th": "ขอแสดงความนับถือ"}


@blind17()
def lettre_code_switch(s: Sheet) -> str:
    """A cover letter in the CV's language whose personal part slips into the author's own (a sentence about the
    family, the age, the village or the faith), signed with the home closing and the name in the home script."""
    o, j = OPEN[s.lang], s.p.jobs[0]
    lines = [me(s, "plain"), *contacts(s), *[x for x in [s.bit("residence", "bare")] if x], "", o[0], "",
             o[1] + title_text(s, j, "lower" if s.lang != "ko" else "cap") + ". " + f"{duration_cv(s)}; "
             + f"{jline(s, j)}; {home_job(s)}.", " ".join(rest(s, "say")), " ".join(home_facts(s)), "",
             o[2], CLOSE_HOME[HOME[s.p.b17_origin]] + ",", me(s, "script"), "", s.h("skills"), ", ".join(skills(s)),
             licence(s), ", ".join(tongues(s)), availability(s), dip_year(s)]
    s.fact(duration_cv(s))
    return "\n".join(lines)


# --- 11. the Korean E-9 job-seeker roster ----------------------------------------------------------------------------
ROSTER_KO = {"name": "성명", "sex": "성별", "birth": "생년월일", "nationality": "국적", "family": "혼인",
             "religion": "종교", "health": "신체", "age": "나이", "residence": "주소"}


@blind17(langs=("ko",))
def biodata_e9(s: Sheet) -> str:
    """The roster a Korean employer gets for an E-9 worker (구직자 명부), each field labelled in Korean and in the
    worker's language (성명 / Họ và tên), the values as the worker wrote them (height and weight, religion, marital
    status, children, military service), the EPS-TOPIK score and the home jobs."""
    t = hl(s)
    lines = ["외국인 구직자 명부 (E-9)", f"{ROSTER_KO['name']} / {t['name']}: {me(s, 'passport')} ({me(s, 'script')})",
             *contacts(s)]
    for fam in ("sex", "birth", "age", "nationality", "family", "religion", "health", "residence"):
        pair = s.pair(fam)
        if pair:
            lines.append(f"{ROSTER_KO[fam]} / {pair[0]}: {pair[1]}")
    if t["mil"] and not s.female:
        lines.append(f"병역 / {s.plant('sex', t['mil'][0] + ': ' + t['mil'][1])}")
    lines += ["", "한국어능력시험: " + s.fact(f"EPS-TOPIK {s.rng.randint(140, 190)}점"), "", "본국 경력:", *home_facts(s), "", *cv_body(s)]
    return "\n".join(lines)


# --- 12. a seasonal farm worker's application ------------------------------------------------------------------------
SEASON = {"fr": ("CANDIDATURE — Saisonnier agricole (cueillette, vendanges)", "Période souhaitée : ",
                 "de juin à octobre", "Hébergement sur l'exploitation : oui"),
          "en": ("SEASONAL WORKER APPLICATION - fruit picking", "Season: ", "May to October",
                 "On-farm caravan accommodation: yes")}


@blind17(langs=("fr", "en"), origins={"fr": ("pt", "es", "ro", "pl"), "en": ("ro", "lt", "pl", "ne")})
def saisonnier_agricole(s: Sheet) -> str:
    """A seasonal farm worker's application (a grower's form in France, a Seasonal Worker scheme in the UK): the
    worker's block filled in in their own language under the form's labels, the past seasons (places and farms are
    facts), the home licence and experience in the home language."""
    t = SEASON[s.lang]
    lines = [t[0], "", me(s, "LAST first"), *contacts(s), *home_lines(s), "", t[1] + s.fact(t[2]), t[3], "",
             *cv_body(s), *home_facts(s)]
    return "\n".join(lines)
