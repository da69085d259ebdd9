"""A ninth held-aside set of layouts of the placement benchmark (see evaluation.placement), split "blind9": registered
into the same LAYOUTS. Written without reading the masker (its rules, its data, its tests), the README's list of what it
misses or the history's messages, to measure it once more on CVs nobody tuned it on; do not read this file while
tuning a masker, and run it once.

The split is about what a gig-staffing company receives besides a CV, and what file readers make of it: a developer's
profile README with shields.io badges (values written again inside the badge URLs, '-' doubled, ' ' as '_'), a
staffing app's profile exported as key=value properties (enum codes, ISO dates, booleans), a PDF form whose reader gives
every label first and every value after, a job-fair badge with its QR code decoded to a URL-encoded registration link,
the cards a worker scans with the CV (CSCS, carte BTP, union and railcard, 외국인등록증, 복지카드), a gig app's worker
page with a weekly availability grid and clients' reviews, a right-to-work and vetting block (share code, DBS, titre
de séjour, 체류자격, next of kin), a social worker's referral form with ticked "barriers", an RTF file read as its
source ('\\'e9' for 'é'), a payslip attached as proof of experience (N° SS, tax code, 가족수당), and a sworn translation
of a foreign work certificate (the translator's and the notary's names, the holder's birth and nationality).

Its vocabulary is its own: Mahorais, Malagasy, Haitian, Sri Lankan Tamil and Uyghur authors writing in French; Welsh,
Fijian, Romanian Roma and Orcadian authors in English; Korean authors with rare one-syllable surnames and pure-Korean
given names, Filipino and Bangladeshi workers writing Korean (the passport's romanised name beside the Hangul one).
None of the name words is in a Faker locale's name lists, in placement_data nor in an earlier split's lists; homes,
places of birth and places of past jobs (at home and abroad) are in none of the earlier pools either (a test checks
both). Other people's names (clients, advisers, translators, next of kin, signatories) are planted as "name"; job
facts (durations, employers - some named after people -, places of past jobs, diplomas, licences, cards, skills,
availability, languages) are planted where the layout puts them, as the layout writes them (escaped in RTF,
URL-encoded in a link). A layout that re-encodes text records markers and facts in their encoded form.

Layouts: readme_badges, app_properties, labels_then_values, fair_badge_qr, cards_scanned, shift_app_profile,
compliance_block, referral_form, rtf_source, payslip, sworn_translation.
"""
from __future__ import annotations

import functools
import re
from dataclasses import replace
from datetime import date
from urllib.parse import quote, quote_plus

from matchlens.evaluation import placement_data as D
from matchlens.evaluation.placement import (
    EN_MONTHS,
    FR_MONTHS,
    LANGS,
    Sheet,
    _contact,
    _weighted,
    ascii_fold,
    availability,
    duration,
    education,
    job_dates,
    layout,
    licence,
    skills,
    title_text,
)
from matchlens.evaluation.placement_parts import _born_in, civil, contacts, diploma, job_line

SPLIT = "blind9"

# --- names: none of their words is in a Faker locale, placement_data or an earlier split (tests check it) -----------
NAMES = {
    "mahorais": {"F": "Mariamou Nourdati Anlimati Zalifa Rahamatou Antoiyati Nassimati Zaïnaba Soulaïmati",
                 "M": "Anzizi Boinali Mhoudhoir Djanffar Inzoudine Toiyb",
                 "L": "Soulaimana Ahamadi Madjidi Attoumani Mdallah Kassimou Youssoufa Bourhane Andjilani"},
    "malagasy": {"F": "Hantamalala Mirana Voary Tsiky Holiniaina Zoeline Mbolatiana Lantoniaina",
                 "M": "Tojosoa Tsilavina Mahefa Heritiana Ando Soloniaina",
                 "L": "Randrianarisoa Rasolofomanana Ramaroson Andrianjafy Randriamampianina Ranaivosoa "
                      "Rakotoarimanana Ravoavy Ratovonirina Nomenjanahary"},
    "haitian": {"F": "Guerda Yolette Rosemène Jislaine Wisline Roselaure Rosenie", "M": "Ernso Wilguens Jamesly Wesner Kerby",
                "L": "Lafortune Thermidor Dorléans Décius Lindor Mérilus Bellegarde Phanord Cajuste Vilsaint"},
    "tamil": {"F": "Tharsika Kajanthini Thuvaraka Kobika", "M": "Thanushan Niroshan Mayooran",
              "L": "Tharmalingam Nadarajah Sinnathamby Selvarasa Pathmanathan Kugathasan Jeyaseelan"},
    "uyghur": {"F": "Gulnigar Mihray Arzugul Nurbiye Gulbahar Zumrat", "M": "Ablikim Memet Tursun Dolkun Nurmemet Abduweli",
               "L": "Tohti Abliz Mamut Turdi Ghopur Hoshur"},
    "welsh": {"F": "Eirlys Llinos Nerys Heulwen Tegwen Gwenno Meinir Morfudd Gwerful Dilys",
              "M": "Aled Gethin Tudur Elystan Cadfan Bleddyn Hywel Cynan Einion Ithel Goronwy",
              "L": "Pryce Meredudd Llywelyn Hopcyn Gwatkin Bengough Vychan Gittins Probert Trahearn Maelor"},
    "fijian": {"F": "Sereima Mereoni Timaima", "M": "Isoa Iliesa Eroni Mosese Alipate Kaliova Pauliasi Adriu",
               "L": "Radrodro Tuivuna Rokoduguni Nayacakalou Vunipola Matanitobua Qiolevu Vuniwaqa Tikoduadua Ravuvu"},
    "roma": {"F": "Rupa Papușa Lulugia Zorița Luludja Sofica Durda", "M": "Marinel Fănică Dumitraș Ghiocel Sorinel Bumbaș",
             "L": "Lăcătuș Căldărar Rostaș Bumbar Ciurar Zlătar Ursari Boldea Pirandă Lăutaru Lingurar Spoitoru"},
    "orcadian": {"F": "Ingirid Swona Hildigunn Osla Thurza Grizel Magnhild", "M": "Erlend Sweyn Thorfinn Rasmie Lowrie",
                 "L": "Isbister Halcrow Tulloch Goudie Flett Rendall Linklater Omand Heddle Drever Harcus Kirkness "
                      "Ollason Hourston Eunson Mouat"},
    "korean": {"F": "산들 눈꽃 물결 봄내 보슬 소록 새미 한비 여린 해랑", "M": "듬직 알찬 푸른솔 나래솔 누리 다감",
               "L": "견 계 궁 내 단 돈 묘 빙 삼 섭 애 야 어 즙 판 팽 환 국 방 봉"},
    "filipino": {"F": "조벨린 리알린 제사메", "M": "레이넬 잔레이 로델리오 라밀로",
                 "L": "다구이오 파발란 라드링간 두마구잉 마난살라 가찰리안 야붓 파시스 멘디올라"},
    "bangladeshi": {"F": "탄질라 나스린 타슬리마 마부바 시린 페르도우시", "M": "라킵 샤키브 소헬 루벨 나즈물 마수드 라셀",
                    "L": "탈룩데르 므리다 사르데르 하울라데르 호사인 베파리 아칸드 마줌데르"},
}
NAMES = {o: {k: v.split() for k, v in d.items()} for o, d in NAMES.items()}
ROMAN = {  # the passport's romanised form of a Hangul-written foreign name
    "조벨린": "JOVELYN", "리알린": "RHEALYN", "제사메": "JESSAMAE", "레이넬": "REYNEL", "잔레이": "JANREY",
    "로델리오": "RODELIO", "라밀로": "RAMILO", "다구이오": "DAGUIO", "파발란": "PABALAN", "라드링간": "LADRINGAN",
    "두마구잉": "DUMAGUING", "마난살라": "MANANSALA", "가찰리안": "GATCHALIAN", "야붓": "YABUT", "파시스": "PACIS",
    "멘디올라": "MENDIOLA", "탄질라": "TANJILA", "나스린": "NASRIN", "타슬리마": "TASLIMA", "마부바": "MAHBUBA",
    "시린": "SHIRIN", "페르도우시": "FERDOUSI", "라킵": "RAKIB", "샤키브": "SHAKIB", "소헬": "SOHEL", "루벨": "RUBEL",
    "나즈물": "NAZMUL", "마수드": "MASUD", "라셀": "RASEL", "탈룩데르": "TALUKDER", "므리다": "MRIDHA",
    "사르데르": "SARDER", "하울라데르": "HOWLADER", "호사인": "HOSSAIN", "베파리": "BEPARI", "아칸드": "AKAND",
    "마줌데르": "MAJUMDER"}
WEIGHTS = {"fr": {"mahorais": 3, "malagasy": 2, "haitian": 3, "tamil": 2, "uyghur": 1},
           "en": {"welsh": 3, "fijian": 2, "roma": 2, "orcadian": 2},
           "ko": {"korean": 6, "filipino": 1, "bangladeshi": 1}}
NATIONALITY = {"mahorais": {"FR": 3, "KM": 1}, "malagasy": {"MG": 2, "FR": 1}, "haitian": {"HT": 2, "FR": 1},
               "tamil": {"LK": 2, "FR": 1}, "uyghur": {"CN": 1, "FR": 1}, "welsh": {"GB": 1}, "fijian": {"FJ": 2, "GB": 1},
               "roma": {"RO": 1}, "orcadian": {"GB": 1}, "korean": {"KR": 1}, "filipino": {"PH": 1},
               "bangladeshi": {"BD": 1}}
ORIGIN_KEY = {"mahorais": "KM", "malagasy": "MG", "haitian": "HT", "tamil": "LK", "uyghur": "UY", "welsh": "WL",
              "fijian": "FJ", "roma": "RM", "orcadian": "OR", "korean": "KR", "filipino": "PH", "bangladeshi": "BD"}
NATS = {  # key -> (fr masc, fr fem, en, ko, ISO 3166 alpha-3)
    "FR": ("français", "française", "French", "프랑스", "FRA"),
    "KM": ("comorien", "comorienne", "Comorian", "코모로", "COM"),
    "MG": ("malgache", "malgache", "Malagasy", "마다가스카르", "MDG"),
    "HT": ("haïtien", "haïtienne", "Haitian", "아이티", "HTI"),
    "LK": ("sri-lankais", "sri-lankaise", "Sri Lankan", "스리랑카", "LKA"),
    "CN": ("chinois", "chinoise", "Chinese", "중국", "CHN"),
    "UY": ("ouïghour", "ouïghoure", "Uyghur", "위구르", "CHN"),
    "GB": ("britannique", "britannique", "British", "영국", "GBR"),
    "WL": ("gallois", "galloise", "Welsh", "웨일스", "GBR"),
    "FJ": ("fidjien", "fidjienne", "Fijian", "피지", "FJI"),
    "RO": ("roumain", "roumaine", "Romanian", "루마니아", "ROU"),
    "RM": ("rom", "rom", "Romani", "로마", "ROU"),
    "OR": ("orcadien", "orcadienne", "Orcadian", "오크니", "GBR"),
    "KR": ("sud-coréen", "sud-coréenne", "South Korean", "대한민국", "KOR"),
    "PH": ("philippin", "philippine", "Filipino", "필리핀", "PHL"),
    "BD": ("bangladais", "bangladaise", "Bangladeshi", "방글라데시", "BGD"),
}

# --- places: in none of the earlier pools (tests check it) ------------------------------------------------------
FR_TOWNS = [  # (town, postcode)
    ("Bandrélé", "97660"), ("Chirongui", "97620"), ("Tsingoni", "97680"), ("Ouangani", "97670"),
    ("Saint-Laurent-du-Maroni", "97320"), ("Rémire-Montjoly", "97354"), ("Macouria", "97355"),
    ("Chanteloup-les-Vignes", "78570"), ("Lormont", "33310"), ("Cenon", "33150"), ("Floirac", "33270"),
    ("Bègles", "33130"),
]
FR_STREETS = ["rue des Badamiers", "chemin des Manguiers", "allée des Fromagers", "rue du Maroni", "cité des Peupliers",
              "rue Camille-Pelletan", "avenue de la Libération", "impasse des Cocotiers", "rue des Vignes"]
FR_JOB_PLACES = ["Mions", "Vendin-le-Vieil", "Lauwin-Planque", "Serris", "Chessy", "Bussy-Saint-Georges", "Réau",
                 "Combs-la-Ville", "Cestas", "Blanquefort", "Saint-Jean-d'Illac", "Ambarès-et-Lagrave"]
EN_TOWNS = [  # (town, outward code, area)
    ("Tonypandy", "CF40", "Rhondda Cynon Taf"), ("Treorchy", "CF42", "Rhondda Cynon Taf"),
    ("Ammanford", "SA18", "Carmarthenshire"), ("Porthcawl", "CF36", "Mid Glamorgan"), ("Kirkwall", "KW15", "Orkney"),
    ("Stromness", "KW16", "Orkney"), ("Finstown", "KW17", "Orkney"), ("Catterick Garrison", "DL9", "North Yorkshire"),
    ("Bulford", "SP4", "Wiltshire"), ("Larkhill", "SP4", "Wiltshire"), ("Fletton", "PE2", "Cambridgeshire"),
    ("Page Hall", "S4", "South Yorkshire"), ("Govanhill", "G42", "Glasgow"),
]
EN_STREETS = ["Dunraven Street", "Bute Street", "Wind Street", "Victoria Street", "Garrison Road", "Ferry Road",
              "Idris Terrace", "Popple Road", "Cathcart Road"]
EN_JOB_PLACES = ["Pencoed", "Llantrisant", "Hirwaun", "Baglan", "Shotton", "Flint", "Lerwick", "Sullom Voe", "Flotta",
                 "Invergordon", "Rosyth", "Colchester"]
KO_TOWNS = [  # (region, short name)
    ("경기도 화성시 향남읍", "향남"), ("충청북도 음성군 금왕읍", "금왕"), ("경상남도 김해시 진영읍", "진영"),
    ("경상북도 영천시 금호읍", "금호"), ("충청남도 당진시 송악읍", "송악"), ("경기도 김포시 통진읍", "통진"),
]
KO_ROADS = ["향남로", "금왕로", "진영로", "금호로", "송악로", "통진로"]
KO_JOB_PLACES = ["김포 양촌산단", "화성 발안산단", "음성 대소면", "당진 석문산단", "평택 포승공단", "이천 마장면",
                 "군산 오식도동", "울산 온산공단"]
BIRTH = {  # origin -> places of birth as a CV writes them
    "mahorais": ["Mtsamboro (Mayotte)", "Sada (Mayotte)", "Mtsangamouji (Mayotte)", "Domoni (Comores)"],
    "malagasy": ["Ambositra (Madagascar)", "Ambatondrazaka (Madagascar)", "Morondava (Madagascar)",
                 "Manakara (Madagascar)"],
    "haitian": ["Les Cayes (Haïti)", "Jérémie (Haïti)", "Hinche (Haïti)", "Saint-Marc (Haïti)"],
    "tamil": ["Point Pedro (Sri Lanka)", "Chavakachcheri (Sri Lanka)", "Kilinochchi (Sri Lanka)"],
    "uyghur": ["Kachgar (Chine)", "Hotan (Chine)", "Ghulja (Chine)", "Aksou (Chine)"],
    "welsh": ["Maesteg", "Ystrad Mynach", "Caerphilly"], "fijian": ["Nadi, Fiji", "Sigatoka, Fiji", "Levuka, Fiji",
                                                                     "Savusavu, Fiji"],
    "roma": ["Țăndărei, Romania", "Buzău, Romania", "Tulcea, Romania"], "orcadian": ["Stronsay", "Westray", "Sanday"],
    "korean": ["경상남도 산청군", "충청북도 보은군", "전라북도 무주군"],
    "filipino": ["필리핀 바기오", "필리핀 타클로반"], "bangladeshi": ["방글라데시 실렛", "방글라데시 쿠밀라", "방글라데시 보그라"],
}
ABROAD = {  # origin -> (employer, place) of a job abroad whose certificate was translated
    "mahorais": [("Hôtel Le Jardin d'Ouani", "Ouani"), ("Boulangerie Chez Fundi", "Mbéni")],
    "malagasy": [("Hôtel Les Filaos", "Antalaha"), ("Vanillerie Chez Bako", "Sambava"), ("Clinique Fitiavana", "Nosy Be")],
    "haitian": [("Hôpital Bon Samaritain", "Léogâne"), ("Restaurant Chez Tante Lamercie", "Pétion-Ville")],
    "tamil": [("Mannar Fisheries Cooperative", "Mannar"), ("Kalmunai Base Hospital", "Kalmunai")],
    "uyghur": [("Korla Textile Factory", "Korla"), ("Karamay Oilfield Canteen", "Karamay")],
    "welsh": [("Cartref Bryn Awel", "Llanrwst"), ("Garej Wil Bach", "Tywyn")],
    "fijian": [("Nausori Town Council", "Nausori"), ("Rakiraki Hotel", "Rakiraki")],
    "roma": [("Fabrica de pâine Slobozia", "Slobozia"), ("Spitalul Județean Călărași", "Călărași"),
             ("Ferma Nea Ion", "Alexandria")],
    "orcadian": [("Haugesund Shipyard", "Haugesund"), ("Florø Fish Farm", "Florø")],
    "korean": [("번다버그 딸기농장", "호주 번다버그"), ("보웬 망고팜", "호주 보웬"), ("하코다테 호텔", "일본 하코다테")],
    "filipino": [("타클로반 병원", "타클로반"), ("바콜로드 제당공장", "바콜로드")],
    "bangladeshi": [("가지푸르 봉제공장", "가지푸르"), ("나라연간지 조선소", "나라연간지")],
}

# --- religions, health, and job facts of this split -------------------------------------------------------------
RELIGIONS = {"mahorais": ["muslim"], "malagasy": ["protestant", "catholic"], "haitian": ["catholic", "adventist"],
             "tamil": ["hindu", "catholic"], "uyghur": ["muslim", "none"], "welsh": ["chapel", "none"],
             "fijian": ["methodist", "adventist"], "roma": ["pentecostal", "orthodox"], "orcadian": ["kirk", "none"],
             "korean": ["protestant", "buddhist", "catholic", "none"], "filipino": ["catholic", "inc"],
             "bangladeshi": ["muslim"]}
REL = {  # key -> (fr fem, fr masc, en, ko)
    "muslim": ("musulmane", "musulman", "Muslim", "이슬람교"),
    "protestant": ("protestante", "protestant", "Protestant", "개신교"),
    "catholic": ("catholique", "catholique", "Catholic", "천주교"),
    "adventist": ("adventiste", "adventiste", "Seventh-day Adventist", "재림교"),
    "hindu": ("hindoue", "hindou", "Hindu", "힌두교"),
    "none": ("sans religion", "sans religion", "No religion", "무교"),
    "chapel": ("baptiste", "baptiste", "Baptist", "침례교"),
    "methodist": ("méthodiste", "méthodiste", "Methodist", "감리교"),
    "pentecostal": ("pentecôtiste", "pentecôtiste", "Pentecostal", "오순절교회"),
    "orthodox": ("orthodoxe", "orthodoxe", "Romanian Orthodox", "정교회"),
    "kirk": ("presbytérienne", "presbytérien", "Church of Scotland", "장로교"),
    "buddhist": ("bouddhiste", "bouddhiste", "Buddhist", "불교"),
    "inc": ("Iglesia ni Cristo", "Iglesia ni Cristo", "Iglesia ni Cristo", "이글레시아 니 크리스토"),
}
REL_ACT = {  # an activity that tells the religion, the telling words braced
    "fr": {"muslim": "bénévole à la {madrassa} du quartier", "protestant": "chorale du {temple FJKM}",
           "catholic": "{catéchisme} le mercredi", "adventist": "pas de mission le {sabbat} (vendredi soir au samedi soir)",
           "hindu": "bénévole au {temple de Ganesh}"},
    "en": {"chapel": "deacon at {Bethel Baptist chapel}", "methodist": "choir, {Fijian Methodist} congregation",
           "adventist": "no shifts on the {Sabbath}", "pentecostal": "musician at the {Pentecostal church}",
           "kirk": "elder, {Church of Scotland}"},
    "ko": {"protestant": "{교회} 찬양팀", "buddhist": "{사찰} 봉사", "catholic": "{성당} 주일학교 교사",
           "inc": "{이글레시아 니 크리스토} 예배", "muslim": "{이슬람 사원} 금요 예배"},
}
HEALTH = {  # key -> (fr (fem, masc) or text, en, ko)
    "rqth": ("RQTH", "Access to Work support", "장애인 등록 (경증)"),
    "diabetes": ("diabète de type 2", "type 2 diabetes", "당뇨 (인슐린 투약)"),
    "epilepsy": (("épileptique stabilisée", "épileptique stabilisé"), "epilepsy (controlled)", "뇌전증 (약 복용 중)"),
    "knee": ("prothèse du genou", "knee replacement", "무릎 인공관절 수술"),
    "hearing": (("malentendante", "malentendant"), "partially deaf", "청각장애 (보청기)"),
    "good": ("aucun problème de santé", "in good health", "건강 양호"),
}
SIDE_EMPLOYERS = {"fr": ["Chez Dédé", "Garage Ribeiro", "Snack Chez Ti'Jo", "Boulangerie Chez Mimi",
                         "Traiteur Chez Fatou", "Pressing de Madame Lucette"],
                  "en": ["Dai's Garage", "Mrs Evans' Bakery", "Big Tony's Diner", "Maggie's Laundrette",
                         "Uncle Ray's Fish Bar"],
                  "ko": ["영자네 분식", "박씨네 세탁소", "철수 카센터", "순이네 식당", "만복 정육점"]}
TENURE = {"fr": ["{n} ans de missions", "{n} ans en extra", "{n} ans d'expérience terrain"],
          "en": ["{n} years on shifts", "{n} years of temp work", "{n} years in the job"],
          "ko": ["{n}년 근무", "알바 경력 {n}년", "현장 경력 {n}년"]}
TRADE_TENURE = {  # years in a kind of workplace, for the trades that have one
    "care": ("{n} ans en EHPAD", "{n} years in care homes", "요양원 {n}년"),
    "logistics": ("{n} ans en entrepôt", "{n} years in warehouses", "물류센터 {n}년"),
    "kitchen": ("{n} ans en restauration collective", "{n} years in kitchens", "주방 {n}년"),
    "cleaning": ("{n} ans en propreté", "{n} years in cleaning", "청소 {n}년"),
    "building": ("{n} ans sur chantier", "{n} years on site", "건설 현장 {n}년"),
}
TONGUES = {"mahorais": "Shimaoré", "tamil": "Tamoul", "fijian": "Vosa Vakaviti", "roma": "Romani (spoken)",
           "filipino": "타갈로그어", "bangladeshi": "벵골어"}
COMMON_TONGUES = {"fr": ["Anglais (B1)", "Anglais (notions)", "Espagnol (A2)"],
                  "en": ["French (basic)", "Spanish (A2)", "Makaton (basic)"],
                  "ko": ["한국어 (TOPIK 3급)", "영어 (기초)", "한국어 (TOPIK 2급)"]}
KO_NATIVE_TONGUES = ["영어 (기초)", "일본어 (JLPT N3)", "중국어 (HSK 3급)"]
EXTRA = {"fr": "extra", "en": "casual", "ko": "알바"}


# --- the blind9 sheet -----------------------------------------------------------------------------------------------
class Blind9Sheet(Sheet):
    """A Sheet whose personal details are written in this split's wording; modes: 'pair' (label, value), 'bare' (a CV
    item), 'me' (the author speaking), 'she' (someone else writing about the author)."""

    def bit(self, family: str, mode: str = "bare") -> str | None:
        if not self.has(family):
            return None
        self.done.add(family)
        out = RENDER9[family](self, mode)
        return f"{out[0]}{self.sep}{out[1]}" if isinstance(out, tuple) else out

    def pair(self, family: str) -> tuple[str, str] | None:
        """(label, value) of a family not written yet, the value planted."""
        if not self.has(family):
            return None
        self.done.add(family)
        return RENDER9[family](self, "pair")

    def pairs(self, families=("sex", "birth", "age", "nationality", "residence", "family", "health", "religion")
              ) -> list[tuple[str, str]]:
        return [x for f in families if (x := self.pair(f))]

    def take(self, family: str) -> bool:
        """True (and the family marked written) if the CV reveals it and it is not written yet."""
        if self.has(family):
            self.done.add(family)
            return True
        return False


FAMILY_ODDS = {"sex": 0.6, "age": 0.7, "birth": 0.6, "residence": 0.85, "nationality": 0.65, "religion": 0.55,
               "family": 0.7, "health": 0.55}


def draw(rng, lang: str, sex: str, foreign: bool = False, origin: str = "") -> tuple[str, str, str]:
    """(origin, first, last) of someone writing in lang (a foreign worker, for Korean, if foreign), or of an origin."""
    weights = {"filipino": 1, "bangladeshi": 1} if foreign else WEIGHTS[lang]
    origin = origin or _weighted(rng, weights)
    pool = NAMES[origin]
    return origin, rng.choice(pool[sex]), rng.choice(pool["L"])


def renew(s: Sheet, foreign: bool = False) -> None:
    """Give the sheet's person an identity of this split (name, contact, home, birth place, nationality, religion,
    health, families to reveal, places of past jobs), drawn from the sheet's random source."""
    p, rng, lang = s.p, s.rng, s.lang
    origin, first, last = draw(rng, lang, p.sex, foreign)
    p.b9_origin, p.hanja = origin, ""
    if origin == "korean":
        p.first, p.last, p.hangul = first, last, last + first
        p.email, p.phone, p.linkedin = _contact(rng, lang, first, last, first)
    elif lang == "ko":  # a foreign worker: Hangul given name first, the passport's romanised name
        p.first, p.last, p.hangul = first, last, f"{first} {last}"
        p.email, p.phone, p.linkedin = _contact(rng, lang, ROMAN[first].capitalize(), ROMAN[last].capitalize(), "")
    else:
        p.first, p.last, p.hangul = first, last, ""
        p.email, p.phone, p.linkedin = _contact(rng, lang, first, last, "")
    if lang == "fr":
        town, pc = rng.choice(FR_TOWNS)
        p.b9_home = {"town": town, "pc": pc, "street": f"{rng.randint(1, 88)} {rng.choice(FR_STREETS)}"}
        places = FR_JOB_PLACES
    elif lang == "en":
        town, code, area = rng.choice(EN_TOWNS)
        pc = f"{code} {rng.randint(1, 9)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"
        p.b9_home = {"town": town, "pc": pc, "area": area, "street": f"{rng.randint(1, 140)} {rng.choice(EN_STREETS)}"}
        places = EN_JOB_PLACES
    else:
        i = rng.randrange(len(KO_TOWNS))
        region, short = KO_TOWNS[i]
        p.b9_home = {"town": short, "region": region, "street": f"{KO_ROADS[i]} {rng.randint(1, 300)}"}
        places = KO_JOB_PLACES
    for job, place in zip(p.jobs, rng.sample(places, len(p.jobs))):
        job.place = place
    if p.sex == "M":  # no 'Chambermaid' on a man's CV
        for job in p.jobs:
            if job.en_female:
                job.en, job.en_female = rng.choice(p.trade.en_titles), False
    p.birth_place = rng.choice(BIRTH[origin])
    nats = NATIONALITY[origin]
    p.b9_nat = (_weighted(rng, nats),) if len(nats) == 1 or rng.random() > 0.2 else tuple(sorted(nats))[:2]
    p.religion = rng.choice(RELIGIONS[origin])
    p.health = rng.choice(sorted(HEALTH))
    chosen = {f for f, odds in FAMILY_ODDS.items() if rng.random() < odds}
    while len(chosen) < 4:
        chosen.add(_weighted(rng, FAMILY_ODDS))
    p.families = chosen | {"name"} | ({"contact"} if rng.random() < 0.95 else set())


def blind9(langs=LANGS, foreign: bool = False):
    """Register a layout of this split: the sheet gets its identity first."""
    def deco(fn):
        @functools.wraps(fn)
        def run(s: Sheet) -> str:
            s.__class__ = Blind9Sheet
            renew(s, foreign and s.lang == "ko")
            return fn(s)
        layout(langs, split=SPLIT)(run)
        return run
    return deco


# --- names ------------------------------------------------------------------------------------------------------------
def me(s: Sheet, form: str = "plain") -> str:
    """The author's name, planted: 'plain', 'LAST first', 'first LAST', 'first', 'last', 'first L.', 'roman' (the
    passport's form of a foreign worker's name in Korean)."""
    p = s.p
    if s.lang == "ko":
        if form == "roman" and p.b9_origin != "korean":
            return s.plant("name", f"{ROMAN[p.last]} {ROMAN[p.first]}")
        if form in ("first", "first L."):
            return s.plant("name", p.first)
        return s.plant("name", p.hangul)
    text = {"plain": f"{p.first} {p.last}", "LAST first": f"{p.last.upper()} {p.first}", "first": p.first,
            "first LAST": f"{p.first} {p.last.upper()}", "last": p.last, "LAST": p.last.upper(),
            "first L.": p.first, "roman": f"{p.first} {p.last}"}[form]
    s.plant("name", text)
    return text + (f" {p.last[0]}." if form == "first L." else "")


def someone(s: Sheet, form: str = "plain", sex: str | None = None, origin: str = "") -> str:
    """Another person's name (a client, an adviser, a translator, next of kin), planted as 'name': 'plain', 'first',
    'LAST first', 'first L.' (the initial, one letter, not planted)."""
    for _ in range(30):  # never a word of the author's name
        origin, first, last = draw(s.rng, s.lang, sex or s.pick("FM"), origin=origin)
        if not {first, last} & {s.p.first, s.p.last}:
            break
    if s.lang == "ko":
        full = last + first if origin == "korean" else f"{first} {last}"
        return s.plant("name", first if form in ("first", "first L.") else full)
    if form == "first L.":
        return s.plant("name", first) + f" {last[0]}."
    return s.plant("name", {"first": first, "LAST first": f"{last.upper()} {first}"}.get(form, f"{first} {last}"))


def recast(s: Sheet, fn, m0: int = 0, f0: int = 0) -> None:
    """Apply a text transformation to the markers and facts recorded since (m0, f0), as it was applied to the text."""
    s.markers[m0:] = [replace(m, value=fn(m.value), also=tuple(fn(a) for a in m.also)) for m in s.markers[m0:]]
    s.facts[f0:] = [fn(f) for f in s.facts[f0:]]


def de(text: str) -> str:
    """'de ' + text, elided before a vowel ("d'aide-soignante")."""
    return ("d'" if ascii_fold(text[:1]).lower() in "aeiouyh" else "de ") + text


def capital(text: str) -> str:
    return text[0].upper() + text[1:] if text else text


# --- the families in this split's wording -------------------------------------------------------------------------
def _date(s: Sheet, d: date) -> str:
    if s.lang == "fr":
        return s.pick([f"{d:%d/%m/%Y}", f"{d.day} {FR_MONTHS[d.month - 1]} {d.year}"])
    if s.lang == "en":
        return s.pick([f"{d:%d/%m/%Y}", f"{d.day} {EN_MONTHS[d.month - 1]} {d.year}"])
    return s.pick([f"{d:%Y.%m.%d}", f"{d.year}년 {d.month}월 {d.day}일"])


def r_age(s: Sheet, mode: str):
    """Age: '34 ans', 'aged 34', '34세'."""
    a, lang = s.p.age, s.lang
    if lang == "fr":
        if mode == "pair":
            return "Âge", s.plant("age", f"{a} ans")
        return ("j'ai " if mode == "me" else "") + s.plant("age", f"{a} ans")
    if lang == "en":
        if mode == "pair":
            return "Age", s.plant("age", f"{a} years")
        return "I am " + s.plant("age", f"{a} years old") if mode == "me" else s.plant("age", f"aged {a}")
    if mode == "pair":
        return "나이", s.plant("age", f"만 {a}세")
    return s.plant("age", f"{a}살" if mode == "me" else f"{a}세")


def r_birth(s: Sheet, mode: str):
    """Date or year of birth, sometimes with the place."""
    b, lang = s.p.born, s.lang
    if mode == "pair":
        label = {"fr": "Date de naissance", "en": "Date of birth", "ko": "생년월일"}[lang]
        return label, s.plant("birth", _date(s, b)) + _born_in(s, 0.3)
    if lang == "fr":
        if mode == "me":
            return "je suis " + s.g("née", "né") + " en " + s.plant("birth", str(b.year)) + _born_in(s)
        return s.g("née", "né") + " le " + s.plant("birth", _date(s, b)) + _born_in(s)
    if lang == "en":
        if mode == "me":
            return "I was born in " + s.plant("birth", str(b.year)) + _born_in(s, 0.5)
        return "born " + s.plant("birth", _date(s, b)) + _born_in(s)
    return s.plant("birth", f"{b.year}년생") + _born_in(s)


def r_residence(s: Sheet, mode: str):
    """Where the author lives: an address, 'Cenon (33)', 'Kirkwall, Orkney', '향남 거주'."""
    h, lang = s.p.b9_home, s.lang
    plant = functools.partial(s.plant, "residence")
    if lang == "ko":
        if mode == "pair":
            return "주소", f"{plant(h['region'])} {plant(h['street'])}"
        return plant(h["town"]) + ("에 살아요" if mode == "me" else " 거주")
    if lang == "fr":
        full = lambda: f"{plant(h['street'])}, {plant(h['pc'])} {plant(h['town'])}"  # noqa: E731
        if mode == "pair":
            return "Adresse", full()
        if mode == "me":
            return "j'habite à " + plant(h["town"])
        if mode == "she":
            return s.g("domiciliée", "domicilié") + " à " + plant(h["town"])
        return s.pick([full, lambda: plant(f"{h['town']} ({h['pc'][:2]})"), lambda: plant(h["town"])])()
    full = lambda: f"{plant(h['street'])}, {plant(h['town'])} {plant(h['pc'])}"  # noqa: E731
    if mode == "pair":
        return "Address", full()
    if mode == "me":
        return "I live in " + plant(h["town"])
    if mode == "she":
        return "lives in " + plant(h["town"])
    return s.pick([full, lambda: f"{plant(h['town'])}, {plant(h['area'])}"])()


def _fr_nat(s: Sheet, key: str, cap: bool = False) -> str:
    masc, fem = NATS[key][:2]
    return s.gv("nationality", capital(fem) if cap else fem, capital(masc) if cap else masc, sex=False)


def r_nationality(s: Sheet, mode: str):
    """Nationality or origin: 'malgache', "d'origine ouïghoure", 'Fijian national', '필리핀 국적'."""
    nat, lang, origin = s.p.b9_nat, s.lang, ORIGIN_KEY[s.p.b9_origin]
    if lang == "fr":
        if mode == "pair":
            return "Nationalité", " / ".join(_fr_nat(s, k, True) for k in nat)
        if origin not in nat and s.chance(0.5):
            return "d'origine " + s.plant("nationality", NATS[origin][1], (NATS[origin][0],))
        return ("je suis " if mode == "me" else "") + " et ".join(_fr_nat(s, k) for k in nat)
    if lang == "en":
        if mode == "pair":
            return "Nationality", " / ".join(s.plant("nationality", NATS[k][2]) for k in nat)
        if origin not in nat and s.chance(0.5):
            return ("I am " if mode == "me" else "") + s.plant("nationality", NATS[origin][2])
        return ("I am a " if mode == "me" else "") + s.plant("nationality", f"{NATS[nat[0]][2]} national")
    country = NATS[nat[0]][3]
    if mode == "pair":
        return "국적", s.plant("nationality", country)
    return s.plant("nationality", f"{country} 국적") + ("이에요" if mode == "me" else "")


def r_religion(s: Sheet, mode: str):
    """Religion: a field, a word, or an activity that tells it."""
    key, lang = s.p.religion, s.lang
    fem, masc, en, ko = REL[key]
    act = REL_ACT[lang].get(key)
    if mode != "pair" and act and s.chance(0.5):
        return re.sub(r"\{([^}]*)\}", lambda m: s.plant("religion", m.group(1)), act)
    if lang == "fr":
        if mode == "pair":
            return "Religion", s.gv("religion", capital(fem), capital(masc), sex=False)
        return ("je suis " if mode == "me" else "") + s.gv("religion", fem, masc, sex=False)
    if lang == "en":
        if mode == "pair":
            return "Religion or belief", s.plant("religion", en)
        return ("I am " if mode == "me" else "") + s.plant("religion", en)
    if mode == "pair":
        return "종교", s.plant("religion", ko)
    return "종교 " + s.plant("religion", ko)


FR_STATUS = {"single": ("célibataire",) * 2, "married": ("mariée", "marié"), "pacs": ("pacsée", "pacsé"),
             "divorced": ("divorcée", "divorcé"), "widowed": ("veuve", "veuf"), "couple": ("en concubinage",) * 2}
EN_STATUS = {"single": "single", "married": "married", "pacs": "civil partnership", "divorced": "divorced",
             "widowed": "widowed", "couple": "cohabiting"}
KO_STATUS = {"single": "미혼", "married": "기혼", "pacs": "기혼", "divorced": "이혼", "widowed": "사별", "couple": "미혼"}


def r_family(s: Sheet, mode: str):
    """Marital status and children."""
    p, n, lang = s.p, s.p.children, s.lang
    if lang == "fr":
        fem, masc = FR_STATUS[p.marital]
        kids = lambda: (", " + s.plant("family", f"{n} enfant{'s' if n > 1 else ''}")) if n else ""  # noqa: E731
        if mode == "pair":
            return "Situation familiale", s.gv("family", capital(fem), capital(masc)) + kids()
        if mode in ("she", "me") and n:
            return s.gv("family", "maman", "papa") + " de " + s.plant("family", f"{n} enfant{'s' if n > 1 else ''}")
        return ("je suis " if mode == "me" else "") + s.gv("family", fem, masc) + kids()
    if lang == "en":
        status = EN_STATUS[p.marital]
        kids = lambda: f", {s.plant('family', f'{n} child' + ('ren' if n > 1 else ''))}" if n else ""  # noqa: E731
        if mode == "pair":
            return "Marital status", s.plant("family", capital(status)) + kids()
        if mode == "me" and n:
            return "I have " + s.plant("family", f"{n} kid{'s' if n > 1 else ''}")
        return ("I am " if mode == "me" else "") + s.plant("family", status) + kids()
    status = KO_STATUS[p.marital]
    kids = lambda: f", {s.plant('family', f'자녀 {n}명')}" if n else ""  # noqa: E731
    if mode == "pair":
        return "결혼", s.plant("family", status) + kids()
    return s.plant("family", status) + kids()


def r_health(s: Sheet, mode: str):
    """Disability or health."""
    value = HEALTH[s.p.health][{"fr": 0, "en": 1, "ko": 2}[s.lang]]
    planted = s.gv("health", *value, sex=True) if isinstance(value, tuple) else s.plant("health", value)
    if mode == "pair":
        return {"fr": "Santé", "en": "Health", "ko": "건강"}[s.lang], planted
    if mode == "me":
        return {"fr": "santé : ", "en": "health: ", "ko": "건강: "}[s.lang] + planted
    return planted


def r_sex(s: Sheet, mode: str):
    """Sex: a field, a civil title, a word."""
    f, lang = s.female, s.lang
    if mode == "pair":
        label, words = {"fr": ("Sexe", ("Féminin", "Masculin")), "en": ("Sex", ("Female", "Male")),
                        "ko": ("성별", ("여성", "남성"))}[lang]
        return label, s.plant("sex", words[0] if f else words[1])
    if mode == "she":
        return s.plant("sex", {"fr": ("de sexe féminin", "de sexe masculin"), "en": ("female", "male"),
                               "ko": ("여성", "남성")}[lang][0 if f else 1])
    if lang == "fr":
        return "je suis " + s.plant("sex", "une femme" if f else "un homme") if mode == "me" else \
            s.plant("sex", "Mme" if f else "M.")
    if lang == "en":
        return "I am " + s.plant("sex", "a woman" if f else "a man") if mode == "me" else \
            s.plant("sex", "Ms" if f else "Mr")
    return s.plant("sex", "여자" if f else "남자")


RENDER9 = {"sex": r_sex, "age": r_age, "birth": r_birth, "residence": r_residence, "nationality": r_nationality,
           "religion": r_religion, "family": r_family, "health": r_health}
PERSONAL9 = ("sex", "age", "birth", "nationality", "family", "health", "religion")


# --- job sections ---------------------------------------------------------------------------------------------------
def tenure(s: Sheet) -> str:
    """Years in a kind of workplace ('8 ans en EHPAD', '9 years in care homes'): a fact."""
    own = TRADE_TENURE.get(s.p.trade.key)
    pool = TENURE[s.lang] + ([own[LANGS.index(s.lang)]] * 3 if own else [])
    return s.fact(s.pick(pool).format(n=s.p.years))


def side(s: Sheet) -> tuple[str, str]:
    """(employer named after a person, place): a small job, both facts."""
    places = {"fr": FR_JOB_PLACES, "en": EN_JOB_PLACES, "ko": KO_JOB_PLACES}[s.lang]
    used = {j.place for j in s.p.jobs}
    return s.fact(s.pick(SIDE_EMPLOYERS[s.lang])), s.fact(s.pick([x for x in places if x not in used]))


def tongues(s: Sheet) -> list[str]:
    """Languages spoken (facts): the home language (it names no nationality) sometimes, and a common one."""
    own = TONGUES.get(s.p.b9_origin)
    out = [own] if own and s.chance(0.6) else []
    out.append(s.pick(KO_NATIVE_TONGUES if s.p.b9_origin == "korean" else COMMON_TONGUES[s.lang]))
    return [s.fact(x) for x in out]


def rest(s: Sheet, mode: str = "bare", skip: tuple[str, ...] = ()) -> list[str]:
    """Every family this CV reveals and has not written yet (residence first), but those skipped."""
    res = s.bit("residence", mode) if "residence" not in skip else None
    return ([res] if res else []) + s.bits([f for f in PERSONAL9 if f not in skip], mode)


def short_cv(s: Sheet, name: bool = True) -> list[str]:
    """A short CV: the name, the title, the jobs, a side job, diplomas, skills, licence, availability, languages."""
    emp, where = side(s)
    head = [me(s, s.pick(["plain", "LAST first"]))] if name else []
    return head + [title_text(s, s.p.jobs[0]), "", s.h("exp"), *[job_line(s, j) for j in s.p.jobs],
                   f"{emp}, {where}", "", s.h("edu"), *education(s), "", s.h("skills"), ", ".join(skills(s)),
                   f"{s.h('lic')}{s.sep}{licence(s)}", f"{s.h('langs')}{s.sep}{', '.join(tongues(s))}",
                   availability(s)]


# --- 1. a developer's profile README with badges ------------------------------------------------------------------------
def shield(text: str) -> str:
    """A text as a shields.io static badge writes it in its URL: '-' doubled, '_' doubled, ' ' as '_', rest quoted."""
    return quote(text.replace("-", "--").replace("_", "__").replace(" ", "_"), safe="_-.~'()")


@blind9()
def readme_badges(s: Sheet) -> str:
    """A GitHub profile README.md kept as a CV: an HTML comment, a greeting heading, shields.io badges whose alt text
    and URL both carry a personal detail (the URL in the badge's escaping), a Markdown table of jobs, a <details> block
    'about me' with the rest, and a contact section with a mailto link."""
    p, lang = s.p, s.lang
    hello = {"fr": "Salut, moi c'est", "en": "Hi, I'm", "ko": "안녕하세요,"}[lang]
    lines = ["<!-- profile README · last update " + f"{D.TODAY[0]}-{D.TODAY[1]:02d}-{D.TODAY[2]:02d} -->",
             f"# 👋 {hello} {me(s, s.pick(['plain', 'first']) if lang != 'ko' else 'plain')}", ""]
    badges = []
    if s.take("residence"):
        town = p.b9_home["town"]
        badges.append(f"![📍 {s.plant('residence', town)}](https://img.shields.io/badge/"
                      f"{'lieu' if lang == 'fr' else 'location'}-{s.plant('residence', shield(town))}-blue)")
    if s.take("age"):
        age = {"fr": f"{p.age} ans", "en": f"{p.age} yrs", "ko": f"{p.age}세"}[lang]
        badges.append(f"![{s.plant('age', age)}](https://img.shields.io/badge/age-{s.plant('age', shield(age))}-green)")
    if s.take("sex"):
        label, pron = {"fr": ("genre", ("femme", "homme")), "en": ("pronouns", ("she/her", "he/him")),
                       "ko": ("성별", ("여성", "남성"))}[lang]
        badges.append(f"![{label}](https://img.shields.io/badge/{label}-{s.plant('sex', shield(pron[0 if s.female else 1]))}"
                      "-purple)")
    if s.take("nationality"):
        nat = {"fr": NATS[p.b9_nat[0]][1], "en": NATS[p.b9_nat[0]][2], "ko": NATS[p.b9_nat[0]][3]}[lang]
        badges.append(f"![{s.plant('nationality', nat)}](https://img.shields.io/badge/"
                      f"{s.plant('nationality', shield(nat))}-🏳-lightgrey)")
    open_, yes = {"fr": ("dispo", "oui"), "en": ("open_to_work", "yes"), "ko": ("구직중", "yes")}[lang]
    badges.append(f"![{open_}](https://img.shields.io/badge/{open_}-{yes}-brightgreen)")
    lines += [" ".join(badges), "", f"> **{title_text(s, p.jobs[0])}** · {tenure(s)} · {availability(s)}", ""]
    head = {"fr": ("Période", "Poste", "Employeur", "Lieu"), "en": ("When", "Role", "Employer", "Where"),
            "ko": ("기간", "직무", "회사", "지역")}[lang]
    lines += [f"## 🧰 {s.h('exp')}", "", "| " + " | ".join(head) + " |", "|---|---|---|---|"]
    lines += [f"| {job_dates(s, j)} | {title_text(s, j)} | {s.fact(j.employer)} | {s.fact(j.place)} |" for j in p.jobs]
    emp, where = side(s)
    lines += [f"| — | {EXTRA[lang]} | {emp} | {where} |", "", f"## 🎓 {s.h('edu')}", *[f"- {x}" for x in education(s)], "",
              f"## 🛠️ {s.h('skills')}", " ".join(f"`{x}`" for x in skills(s)), f"- {licence(s)}",
              f"- {', '.join(tongues(s))}", ""]
    about = rest(s, "me")
    if about:
        summary = {"fr": "À propos de moi", "en": "About me", "ko": "자기소개"}[lang]
        lines += [f"<details><summary>{summary}</summary>", "", capital(", ".join(about)) + ".", "", "</details>", ""]
    if "contact" in p.families:
        mail = s.plant("contact", p.email)
        lines += [f"## 📫 {s.h('contact')}", f"[{mail}](mailto:{mail}) · {s.plant('contact', p.phone)}"]
    return "\n".join(lines)


# --- 2. a staffing app's profile exported as key=value properties ------------------------------------------------------
@blind9()
def app_properties(s: Sheet) -> str:
    """A staffing app's worker profile exported as a .properties file: dotted snake_case keys, enum codes (gender=F,
    marital_status=MARRIED), ISO dates, booleans, list indices; the free-text bio as one escaped line."""
    p, lang = s.p, s.lang
    app = {"fr": "Profil intervenant — export RGPD", "en": "Worker profile — subject access export",
           "ko": "근무자 프로필 내보내기"}[lang]
    rows = [f"# {app}", f"# generated {D.TODAY[0]}-{D.TODAY[1]:02d}-{D.TODAY[2]:02d}T09:12:44Z",
            f"worker.id=W-{s.rng.randint(100000, 999999)}"]
    if lang == "ko":
        rows += [f"worker.identity.name={me(s)}"]
        if p.b9_origin != "korean":
            rows.append(f"worker.identity.passport_name={me(s, 'roman')}")
    else:
        rows += [f"worker.identity.first_name={me(s, 'first')}", f"worker.identity.last_name={me(s, 'LAST')}"]
    if s.take("sex"):
        rows.append(s.plant("sex", f"worker.identity.gender={'F' if s.female else 'M'}"))
    if s.take("birth"):
        rows.append(f"worker.identity.birth_date={s.plant('birth', f'{p.born:%Y-%m-%d}')}")
        if s.chance(0.5):
            rows.append(f"worker.identity.birth_place={s.plant('birth', p.birth_place)}")
    if s.take("age"):
        rows.append(s.plant("age", f"worker.identity.age={p.age}"))
    if s.take("nationality"):
        rows.append(s.plant("nationality", f"worker.identity.nationality={NATS[p.b9_nat[0]][4]}"))
    if s.take("residence"):
        h = p.b9_home
        if lang == "ko":
            rows += [f"worker.address.region={s.plant('residence', h['region'])}",
                     f"worker.address.line1={s.plant('residence', h['street'])}"]
        else:
            rows += [f"worker.address.line1={s.plant('residence', h['street'])}",
                     f"worker.address.city={s.plant('residence', h['town'])}",
                     f"worker.address.postcode={s.plant('residence', h['pc'])}"]
    if s.take("family"):
        code = {"single": "SINGLE", "married": "MARRIED", "pacs": "CIVIL_UNION", "divorced": "DIVORCED",
                "widowed": "WIDOWED", "couple": "COHABITING"}[p.marital]
        rows.append(f"worker.family.marital_status={s.plant('family', code)}")
        rows.append(s.plant("family", f"worker.family.dependants={p.children}"))
    if s.take("health"):
        rows.append(s.plant("health", f"worker.health.disability={str(p.health != 'good').lower()}"))
        rows.append(f"worker.health.{'notes' if p.health == 'good' else 'adjustments'}={r_health(s, 'bare')}")
    if s.take("religion"):
        rows.append(f"worker.preferences.days_off_reason={r_religion(s, 'bare')}")
    rows += [f"worker.contact.{k}={v}" for k, v in zip(("phone", "email"), contacts(s))]
    for i, j in enumerate(p.jobs):
        rows += [f"worker.experience[{i}].employer={s.fact(j.employer)}", f"worker.experience[{i}].city={s.fact(j.place)}",
                 f"worker.experience[{i}].title={title_text(s, j)}", f"worker.experience[{i}].period={job_dates(s, j)}"]
    rows += [f"worker.skills[{i}]={x}" for i, x in enumerate(skills(s))]
    rows += [f"worker.licences[0]={licence(s)}", f"worker.diplomas[0]={diploma(s)}",
             f"worker.languages={';'.join(tongues(s))}", f"worker.availability={availability(s)}"]
    emp, where = side(s)
    years = tenure(s)
    bio = {"fr": f"{years}, aussi en extra chez {emp} ({where}).", "en": f"{years}, also extra shifts at {emp} ({where}).",
           "ko": f"{years}, {emp}({where})에서도 근무."}[lang]
    rows.append("worker.bio=" + bio.replace(":", "\\:"))
    return "\n".join(rows)


# --- 3. a PDF form read labels first, values after ----------------------------------------------------------------------
@blind9()
def labels_then_values(s: Sheet) -> str:
    """A CV made from a two-column form template whose PDF reader gives the column of labels first and the column of
    values after (so no value sits beside its label), then the career table read column by column too."""
    p, lang = s.p, s.lang
    title = {"fr": "CURRICULUM VITAE", "en": "CURRICULUM VITAE", "ko": "이 력 서"}[lang]
    labels = [{"fr": "Nom", "en": "Surname", "ko": "성명"}[lang]]
    values = [me(s, "LAST") if lang != "ko" else me(s)]
    if lang != "ko":
        labels.append({"fr": "Prénom", "en": "First name"}[lang])
        values.append(me(s, "first"))
    for lab, val in s.pairs():
        labels.append(lab)
        values.append(val)
    for lab, val in zip({"fr": ("Téléphone", "Courriel"), "en": ("Mobile", "Email"), "ko": ("연락처", "이메일")}[lang],
                        contacts(s)):
        labels.append(lab)
        values.append(val)
    lines = [title, "", *labels, *values, "", s.h("exp")]
    jobs = p.jobs
    lines += [job_dates(s, j) for j in jobs] + [title_text(s, j) for j in jobs]
    lines += [s.fact(j.employer) for j in jobs] + [s.fact(j.place) for j in jobs]
    lines += ["", s.h("edu"), *education(s), "", s.h("skills"), *skills(s), "", f"{s.h('lic')}", licence(s),
              tenure(s), availability(s), *tongues(s)]
    return "\n".join(lines)


# --- 4. a job-fair badge and its QR code -----------------------------------------------------------------------------------
FAIRS = {"fr": "FORUM JOBS D'ÉTÉ — PARC DES EXPOSITIONS — 12 MARS", "en": "SEASONAL JOBS FAIR — CONFERENCE CENTRE — 12 MARCH",
         "ko": "2024 지역 일자리 박람회 — 3월 12일"}


@blind9()
def fair_badge_qr(s: Sheet) -> str:
    """A job-fair visitor badge as scanned (the name on two lines in capitals, the wanted job), the badge's QR code
    decoded to the registration link whose query string carries the identity URL-encoded ('Bandr%C3%A9l%C3%A9',
    'sexe=F', 'enfants=2', 'repas=halal'), then the short CV handed at the stand."""
    p, lang = s.p, s.lang
    visitor = {"fr": "VISITEUR", "en": "VISITOR", "ko": "구직자"}[lang]
    if lang == "ko":
        lines = [FAIRS[lang], visitor, me(s), title_text(s, p.jobs[0])]
    else:
        lines = [FAIRS[lang], visitor, s.plant("name", p.first.upper()), s.plant("name", p.last.upper()),
                 title_text(s, p.jobs[0])]
    keys = {"fr": ("nom", "prenom", "ddn", "sexe", "cp", "ville", "adr", "nat", "enfants", "rqth", "repas", "tel", "mail"),
            "en": ("surname", "forename", "dob", "sex", "postcode", "town", "street", "nat", "children", "disability",
                   "meal", "tel", "email"),
            "ko": ("", "", "birth", "gender", "", "addr", "street", "nation", "children", "disabled", "meal", "hp",
                   "email")}[lang]
    q = [("id", str(s.rng.randint(10000, 99999)))]
    if lang != "ko":
        q += [(keys[0], s.plant("name", quote_plus(p.last))), (keys[1], s.plant("name", quote_plus(p.first)))]
    if s.take("birth"):
        q.append((keys[2], s.plant("birth", f"{p.born:%Y-%m-%d}")))
    if s.take("sex"):
        q.append((keys[3], "F" if s.female else "M"))
        s.plant("sex", f"{keys[3]}={q[-1][1]}")
    if s.take("residence"):
        h = p.b9_home
        if lang == "ko":
            q.append((keys[5], s.plant("residence", quote_plus(h["region"]))))
        else:
            q += [(keys[4], s.plant("residence", h["pc"])), (keys[5], s.plant("residence", quote_plus(h["town"])))]
        q.append((keys[6], s.plant("residence", quote_plus(h["street"]))))
    if s.take("nationality"):
        q.append((keys[7], s.plant("nationality", NATS[p.b9_nat[0]][4])))
    if s.take("family"):
        q.append((keys[8], str(p.children)))
        s.plant("family", f"{keys[8]}={p.children}")
    if s.take("health"):
        q.append((keys[9], "1"))
        s.plant("health", f"{keys[9]}=1")
    if p.religion == "muslim" and s.take("religion"):  # the meal chosen at registration
        q.append((keys[10], s.plant("religion", "halal")))
    if "contact" in p.families:
        q += [(keys[11], s.plant("contact", quote_plus(p.phone))), (keys[12], s.plant("contact", quote_plus(p.email)))]
    host = {"fr": "https://inscription.forum-jobs.example/v", "en": "https://register.jobsfair.example/badge",
            "ko": "https://job-fair.example.kr/r"}[lang]
    url = host + "?" + "&".join(f"{k}={v}" for k, v in q)
    scanned = {"fr": "[QR décodé]", "en": "[QR decoded]", "ko": "[QR 코드]"}[lang]
    handed = {"fr": "— CV remis au stand —", "en": "— CV handed in at the stand —", "ko": "— 현장 제출 이력서 —"}[lang]
    lines += ["", scanned, url, "", handed]
    body = short_cv(s, name=s.chance(0.5))
    more = rest(s, "bare")
    return "\n".join(lines + body + ([" · ".join(more)] if more else []) + contacts(s))


SITE_CARDS = {  # the card of the trade's workplace; "" for the others
    "fr": {"building": "CARTE D'IDENTIFICATION PROFESSIONNELLE BTP", "security": "CARTE PROFESSIONNELLE CNAPS",
           "": "BADGE D'ACCÈS SITE"},
    "en": {"building": "CSCS CARD — CONSTRUCTION SKILLS CERTIFICATION SCHEME", "security": "SIA LICENCE",
           "": "STAFF ID BADGE"},
    "ko": {"building": "건설업 기초안전보건교육 이수증", "": "사원증"},
}


# --- 5. the cards a worker scans with the CV ------------------------------------------------------------------------------
@blind9()
def cards_scanned(s: Sheet) -> str:
    """The cards scanned and sent with a CV, each read as text: a site card (carte BTP, CSCS, 건설업 기초안전보건교육
    이수증) with the current employer, a licence card, and the cards that tell more than asked (union card, family or
    disability card, a residence card with the nationality, a railcard, a parish or temple card)."""
    p, lang = s.p, s.lang
    j = p.jobs[0]
    out = []
    card = SITE_CARDS[lang].get(p.trade.key, SITE_CARDS[lang][""])
    if lang == "fr":
        out += [f"=== Scan 1 — {card} ===", f"{civil(s)}{me(s, 'LAST first')}",
                f"Employeur : {s.fact(j.employer)}", f"Chantier : {s.fact(j.place)}", f"Valide jusqu'au 31/12/{D.TODAY[0] + 1}",
                "", "=== Scan 2 — " + licence(s) + " ===", f"Titulaire : {me(s, 'first LAST')}"]
        if s.take("birth"):
            out.append("Né(e) le : " + s.plant("birth", f"{p.born:%d/%m/%Y}"))
        if "FR" not in p.b9_nat and s.take("nationality"):
            out += ["", "=== Scan 3 — TITRE DE SÉJOUR ===", "TITRE DE SÉJOUR / RESIDENCE PERMIT",
                    "NATIONALITÉ / NATIONALITY : " + s.plant("nationality", NATS[p.b9_nat[0]][4]),
                    "CARTE DE RÉSIDENT — autorise son titulaire à travailler"]
        if p.children >= 3 and s.take("family"):
            out += ["", "=== Scan 4 — CARTE FAMILLE NOMBREUSE SNCF ===", f"{me(s, 'first')} — "
                    + s.plant("family", "famille nombreuse") + " — réduction 30 %"]
        if p.health != "good" and s.take("health"):
            out += ["", "=== Scan 5 — CARTE MOBILITÉ INCLUSION ===", s.plant("health", "mention invalidité") + " — "
                    + r_health(s, "bare")]
        if act := religion_act(s):
            out += ["", "=== Scan 6 — carte de membre ===", "Association — " + act]
        out += ["", "=== Scan 7 — carte syndicale ===", f"Adhérent(e) CFDT Services — section {s.fact(j.employer)}"]
    elif lang == "en":
        out += [f"--- card 1: {card} ---", f"{civil(s)}{me(s, 'plain')}",
                f"Occupation: {title_text(s, j)}", f"Employer: {s.fact(j.employer)}, {s.fact(j.place)}",
                f"Expires 08/{D.TODAY[0] + 2}", "", "--- card 2 ---", licence(s), f"Holder: {me(s, 'LAST first')}"]
        if (p.age <= 30 or p.age >= 60) and s.take("age"):
            card = "16-25 Railcard" if p.age <= 25 else "26-30 Railcard" if p.age <= 30 else "Senior Railcard"
            out += ["", "--- card 3: railcard ---", s.plant("age", card)]
        if "GB" not in p.b9_nat and s.take("nationality"):
            out += ["", "--- card 4: BIOMETRIC RESIDENCE PERMIT ---", "NATIONALITY " + s.plant("nationality",
                                                                                         NATS[p.b9_nat[0]][4])]
        if p.health != "good" and s.take("health"):
            out += ["", "--- card 5: Blue Badge ---", s.plant("health", "Blue Badge holder") + " (" + r_health(s, "bare")
                    + ")"]
        if s.take("family"):
            out += ["", "--- card 6: Family & Friends Railcard ---", f"{r_family(s, 'bare')}"]
        if act := religion_act(s):
            out += ["", "--- card 7: membership ---", capital(act)]
        out += ["", "--- card 8: union ---", "UNITE the Union — member", f"Branch: {s.fact(j.place)}"]
    else:
        out += [f"[스캔 1] {card}", f"성명: {me(s)}", f"소속: {s.fact(j.employer)} ({s.fact(j.place)})",
                "", "[스캔 2] " + licence(s), f"성명: {me(s)}"]
        if s.take("birth"):
            out.append(id_number(s))
        if p.b9_origin != "korean" and s.take("nationality"):
            out += ["", "[스캔 3] 외국인등록증 ALIEN REGISTRATION CARD", "국가 " + s.plant("nationality",
                                                                                   NATS[p.b9_nat[0]][3]),
                    "체류자격 비전문취업(E-9)"]
        if p.health != "good" and s.take("health"):
            out += ["", "[스캔 4] 복지카드 (장애인등록증)", s.plant("health", "장애의 정도가 심하지 않은 장애인")]
        if p.children >= 2 and s.take("family"):
            out += ["", "[스캔 5] " + s.plant("family", "다자녀 우대카드"), f"자녀 수: {s.plant('family', f'{p.children}명')}"]
        if act := religion_act(s):
            out += ["", "[스캔 6] 신자 카드", act]
    out += ["", "=== CV ===" if lang != "ko" else "=== 이력서 ===", *short_cv(s, name=False), *rest(s, "bare"),
            *contacts(s)]
    count = iter(range(1, 20))
    return re.sub(r"(Scan |card |스캔 )\d+", lambda m: m.group(1) + str(next(count)), "\n".join(out))


def id_number(s: Sheet) -> str:
    """The Korean resident (or alien) registration number with its back digits hidden but the first one, which tells
    the century and the sex: '850423-2******' (planted as 'birth')."""
    p = s.p
    base = 0 if p.b9_origin == "korean" else 4
    code = base + (3 if p.born.year >= 2000 else 1) + (1 if s.female else 0)
    label = "주민등록번호" if p.b9_origin == "korean" else "외국인등록번호"
    return f"{label}: " + s.plant("birth", f"{p.born:%y%m%d}-{code}******")


def religion_act(s: Sheet) -> str | None:
    """The activity that tells the author's religion (its telling words planted), if this split has one for it."""
    act = REL_ACT[s.lang].get(s.p.religion)
    if not act or not s.take("religion"):
        return None
    return re.sub(r"\{([^}]*)\}", lambda m: s.plant("religion", m.group(1)), act)


# --- 6. a gig app's worker page with availability and reviews ---------------------------------------------------------------
DAYS = {"fr": "Lun Mar Mer Jeu Ven Sam Dim", "en": "Mon Tue Wed Thu Fri Sat Sun", "ko": "월 화 수 목 금 토 일"}
SLOTS = {"fr": ("Matin", "Après-midi", "Soir"), "en": ("Morning", "Afternoon", "Evening"), "ko": ("오전", "오후", "야간")}
REVIEWS = {
    "fr": ["{me} est {arrived} en avance et a géré le rush du midi.", "Très pro, je reprends {me} quand {she} veut !",
           "Mission parfaite, {me} connaît le métier."],
    "en": ["{me} turned up early and handled the lunch rush.", "Really professional, we'd book {me} again any time.",
           "Perfect shift, {me} knows the job."],
    "ko": ["{me} 님 시간 약속 잘 지키시고 일 잘하세요.", "다음에도 {me} 님 꼭 다시 부르고 싶어요.", "성실하고 손이 빨라요."],
}


@blind9()
def shift_app_profile(s: Sheet) -> str:
    """A worker's public page on a gig-staffing app (Brigad / Indeed Flex / 알바몬-like), printed: the first name and
    initial with the age (Korean: '(여, 만 24세)'), verified badges, the rating and missions count, a weekly availability
    grid, the missions, then clients' reviews signed with the client's first name and the venue."""
    p, lang = s.p, s.lang
    if lang == "ko":  # '어해랑 (여, 만 24세)', '(여)', '(만 24세)'
        head, sex, age = me(s), s.take("sex"), s.take("age")
        if sex:
            head += " " + s.plant("sex", ("(여" if s.female else "(남") + ("," if age else ")"))
        if age:
            head += " " + s.plant("age", f"만 {p.age}세)" if sex else f"(만 {p.age}세)")
    else:
        head = me(s, "first L.")
        if s.take("age"):
            head += " · " + s.plant("age", f"{p.age} ans" if lang == "fr" else f"Age {p.age}")
    stars, count = f"{s.rng.randint(44, 50) / 10:.1f}", s.rng.randint(12, 140)
    rating = {"fr": f"★ {stars.replace('.', ',')} ({count} missions)", "en": f"★ {stars} ({count} shifts)",
              "ko": f"★ {stars} (근무 {count}회)"}[lang]
    verified = {"fr": "✔ Identité vérifiée ✔ Auto-entrepreneur", "en": "✔ ID verified ✔ Right to work checked",
                "ko": "✔ 본인인증 ✔ 보건증 등록"}[lang]
    lines = [head, title_text(s, p.jobs[0]), rating, verified, ""]
    where = s.bit("residence", "bare")
    if where:
        lines.append(("📍 " if lang != "ko" else "📍 ") + where)
    grid = [f"{'':<12}" + "  ".join(f"{d:<3}" for d in DAYS[lang].split())]
    for slot in SLOTS[lang]:
        grid.append(f"{slot:<12}" + "  ".join(f"{s.pick(['✓', '✓', '–']):<3}" for _ in range(7)))
    lines += [{"fr": "Disponibilités", "en": "Availability", "ko": "근무 가능 시간"}[lang], *grid, availability(s), ""]
    lines += [{"fr": "Missions réalisées", "en": "Completed shifts", "ko": "근무 이력"}[lang]]
    lines += [f"• {title_text(s, j)} — {s.fact(j.employer)} ({s.fact(j.place)}) — {job_dates(s, j)}" for j in p.jobs]
    emp, place = side(s)
    lines += [f"• {EXTRA[lang]} — {emp} ({place})", f"{tenure(s)} · {licence(s)} · {', '.join(skills(s, 2))}",
              " · ".join(tongues(s)), ""]
    lines.append({"fr": "Avis des établissements", "en": "Reviews from venues", "ko": "사장님 후기"}[lang])
    for template in s.rng.sample(REVIEWS[lang], 2):
        she = s.g("elle", "il") if lang == "fr" and "{she}" in template else ""
        arrived = s.g("arrivée", "arrivé") if lang == "fr" and "{arrived}" in template else ""
        text = template.format(me=me(s, "first"), she=she, arrived=arrived)
        lines.append(f"★★★★★ « {text} » — {someone(s, 'first L.')}, {s.fact(s.pick(SIDE_EMPLOYERS[lang]))}")
    more = rest(s, "bare")
    if more:
        lines += ["", {"fr": "Infos complémentaires", "en": "More about me", "ko": "추가 정보"}[lang], *more]
    return "\n".join(lines + contacts(s))


# --- 7. the right-to-work and vetting block ---------------------------------------------------------------------------------
@blind9()
def compliance_block(s: Sheet) -> str:
    """A CV for care, security or warehouse work whose checks block says more than asked: the right to work (a British
    passport, settled status with a share code, a titre de séjour, 체류자격), the DBS or B3 extract, the emergency
    contact with the relationship (next of kin, personne à prévenir, 비상연락처), the adjustments."""
    p, lang = s.p, s.lang
    lines = [f"{civil(s)}{me(s, 'plain')}", title_text(s, p.jobs[0]), *contacts(s), "", s.h("exp")]
    lines += [job_line(s, j) for j in p.jobs]
    lines += ["", s.h("edu"), *education(s), "", ", ".join(skills(s)), tenure(s), ""]
    if lang == "en":
        lines.append("RIGHT TO WORK & VETTING")
        if s.take("nationality"):
            if "GB" in p.b9_nat:
                lines.append("Right to work: " + s.plant("nationality", "British passport holder"))
            else:
                code = "".join(s.pick("ABCDEFGHJKLMNPRSTUVWXYZ23456789") for _ in range(9))
                status = "EU Settled Status" if p.b9_origin == "roma" else f"{NATS[p.b9_nat[0]][2]} passport"
                lines += ["Right to work: " + s.plant("nationality", status) + ("" if p.b9_origin == "roma" else
                                                                               " with a Skilled Worker visa"),
                          f"Share code: {code[:3]} {code[3:6]} {code[6:]}"]
        lines += [s.fact("Enhanced DBS on the Update Service"), licence(s)]
        if s.take("family"):
            partner = p.marital in ("married", "couple", "pacs")
            rel = ("husband" if s.female else "wife") if partner else "mother"
            lines.append(f"Next of kin: {someone(s, sex='F' if rel != 'husband' else 'M')} ({s.plant('family', rel)})")
        if s.take("health"):
            lines.append(("Fitness to work: " if p.health == "good" else "Reasonable adjustments: ") + r_health(s, "bare"))
        act = religion_act(s)
        if act:
            lines.append("Unavailable: " + act)
    elif lang == "fr":
        lines.append("SITUATION ADMINISTRATIVE")
        if s.take("nationality"):
            if "FR" in p.b9_nat:
                lines.append("Autorisation de travail : " + s.plant("nationality", "nationalité française"))
            else:
                lines.append("Titre de séjour pluriannuel « salarié » — " + s.plant("nationality", "ressortissant"
                             + ("e" if s.female else "") + " " + NATS[p.b9_nat[0]][1 if s.female else 0]))
        lines += [s.fact("Extrait de casier judiciaire (B3) vierge"), licence(s)]
        if s.take("birth"):
            nir = f"{2 if s.female else 1} {p.born:%y} {p.born:%m} 97 {s.rng.randint(101, 617)} {s.rng.randint(100, 999)}"
            lines.append("N° de sécurité sociale : " + s.plant("birth", nir))
        if s.take("family"):
            rel = s.pick(["époux", "conjoint"]) if s.female else s.pick(["épouse", "conjointe"])
            if p.marital not in ("married", "couple", "pacs"):
                rel = "sœur"
            lines.append(f"Personne à prévenir : {someone(s, sex='M' if rel in ('époux', 'conjoint') else 'F')} "
                         f"({s.plant('family', rel)})")
        if s.take("health"):
            lines.append(("Aptitude : " if p.health == "good" else "Aménagement de poste : ") + r_health(s, "bare"))
        act = religion_act(s)
        if act:
            lines.append("Indisponibilités : " + act)
    else:
        lines.append("체류 및 확인 사항")
        if s.take("nationality"):
            if p.b9_origin == "korean":
                lines.append("국적: " + s.plant("nationality", "대한민국"))
            else:
                lines.append("체류자격: " + s.plant("nationality", f"{NATS[p.b9_nat[0]][3]} 국적, E-9"))
        lines += [s.fact("보건증 유효"), licence(s)]
        if s.take("family"):
            rel = "배우자" if p.marital == "married" else "어머니"
            lines.append(f"비상연락처: {someone(s)} ({s.plant('family', rel)})")
        if p.b9_origin == "korean" and s.take("sex"):
            lines.append(s.plant("sex", "병역: 해당없음" if s.female else "병역: 군필"))
    lines += ["", availability(s), ", ".join(tongues(s)), *rest(s, "bare")]
    return "\n".join(lines)


def adviser(s: Sheet, fem: str, masc: str) -> str:
    """'Guerda Lindor, conseillère': another person's name (planted) and their job in their gender."""
    sex = s.pick("FM")
    return f"{someone(s, sex=sex)}, {fem if sex == 'F' else masc}"


# --- 8. a social worker's referral form ---------------------------------------------------------------------------------------
@blind9()
def referral_form(s: Sheet) -> str:
    """A referral form from a social worker or an adviser to a work-integration employer (fiche de liaison vers une
    SIAE, a supported-employment referral form, 자활센터 의뢰서): the referrer's name, the person referred, ticked
    eligibility criteria and 'barriers' (childcare, health, housing, language), the plan, the work history."""
    p, lang = s.p, s.lang
    fam = s.take("family")
    health = s.take("health")
    single = fam and p.children and p.marital in ("single", "divorced", "widowed")
    if lang == "fr":
        lines = ["FICHE DE LIAISON — Orientation vers une structure d'insertion (SIAE)",
                 f"Prescripteur : CCAS — {adviser(s, 'conseillère', 'conseiller')} en insertion",
                 f"Personne orientée : {civil(s)}{me(s, 'LAST first')}", *[f"{a} : {b}" for a, b in s.pairs(
                     ("birth", "age", "residence", "nationality"))],
                 "Critères d'éligibilité IAE : ☒ BRSA ☐ ASS ☒ DELD "
                 + (s.plant("family", "☒ Parent isolé") if single else "☐ Parent isolé") + " "
                 + (s.plant("health", "☒ RQTH") if health else "☐ RQTH") + " ☐ Résident QPV"]
        barriers = ["☐ mobilité"]
        if fam and p.children:
            barriers.append(s.plant("family", f"☒ garde d'enfants ({p.children} enfant{'s' if p.children > 1 else ''})"))
        elif fam:
            lines.append("Situation familiale : " + r_family(s, "bare"))
        if health:
            barriers.append("☒ santé (" + r_health(s, "bare") + ")")
        lines += ["Freins périphériques : " + " ".join(barriers), "",
                  f"Projet : {title_text(s, p.jobs[0], 'lower')} — {availability(s)}", f"Parcours : {duration(s)}"]
    elif lang == "en":
        lines = ["REFERRAL FORM — Supported Employment Service",
                 f"Referred by: {adviser(s, 'Work Coach', 'Work Coach')}", f"Client: {civil(s)}{me(s, 'plain')}",
                 *[f"{a}: {b}" for a, b in s.pairs(("birth", "age", "residence", "nationality"))]]
        barriers = ["☐ transport"]
        if fam and p.children:
            barriers.append(s.plant("family", "☒ childcare" + (" (lone parent)" if single else "")))
        elif fam:
            lines.append("Household: " + r_family(s, "bare"))
        if health:
            barriers.append("☒ health condition: " + r_health(s, "bare"))
        lines += ["Barriers to work: " + " ".join(barriers), "",
                  f"Goal: {title_text(s, p.jobs[0])} — {availability(s)}", f"Work history: {duration(s)}"]
    else:
        lines = ["자활근로 참여자 의뢰서", f"의뢰기관: 행정복지센터 (담당: {someone(s)})", f"대상자: {me(s)}",
                 *[f"{a}: {b}" for a, b in s.pairs(("birth", "age", "residence", "nationality"))],
                 "대상자 유형: ☒ 기초생활수급자 " + (s.plant("family", "☒ 한부모가족") if single else "☐ 한부모가족") + " "
                 + (s.plant("health", "☒ 장애인") if health else "☐ 장애인")]
        if fam and not single:
            lines.append("가구 상황: " + r_family(s, "bare"))
        if health:
            lines.append("건강: " + r_health(s, "bare"))
        lines += ["", f"희망 직종: {title_text(s, p.jobs[0])} — {availability(s)}", f"경력: {duration(s)}"]
    lines += [job_line(s, j) for j in p.jobs]
    lines += [f"{licence(s)} · {diploma(s)} · {', '.join(skills(s, 2))}", ", ".join(tongues(s)), *rest(s, "she"),
              *contacts(s)]
    return "\n".join(lines)


# --- 9. an RTF file read as its source ----------------------------------------------------------------------------------------
def rtf_escape(text: str) -> str:
    """Text as an RTF writer stores it: '\\\\', '{', '}' escaped, cp1252 characters as \\'hh, others as \\uN?."""
    out = []
    for ch in text:
        if ch in "\\{}":
            out.append("\\" + ch)
        elif ord(ch) < 128:
            out.append(ch)
        else:
            try:
                out.append("".join(f"\\'{b:02x}" for b in ch.encode("cp1252")))
            except UnicodeEncodeError:
                out.append(f"\\u{ord(ch) if ord(ch) < 32768 else ord(ch) - 65536}?")
    return "".join(out)


@blind9(langs=("fr", "en"))
def rtf_source(s: Sheet) -> str:
    """A CV saved as RTF (WordPad, an old Word) read as its source by a reader that did not parse it: the font and
    colour tables, '\\\\b', '\\\\par', accents as \\\\'e9, markers and facts in their escaped form; names typed without
    accents."""
    p, lang = s.p, s.lang
    p.first, p.last = ascii_fold(p.first), ascii_fold(p.last)
    m0, f0 = len(s.markers), len(s.facts)
    paras = [f"{civil(s)}{me(s, s.pick(['plain', 'first LAST']))}", title_text(s, p.jobs[0]), *rest(s, "bare"),
             " - ".join(contacts(s)), "", s.h("exp"), *[job_line(s, j) for j in p.jobs]]
    emp, where = side(s)
    paras += [f"{emp}, {where}", "", s.h("edu"), *education(s), "", s.h("skills"), ", ".join(skills(s)),
              licence(s), tenure(s), ", ".join(tongues(s)), availability(s)]
    body = "\n".join(("{\\b " + rtf_escape(x) + "}\\par" if i == 0 or x.isupper() else rtf_escape(x) + "\\par")
                     for i, x in enumerate(paras))
    recast(s, rtf_escape, m0, f0)
    head = ("{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\fswiss Calibri;}{\\f1\\froman Times New Roman;}}\n"
            "{\\colortbl;\\red0\\green0\\blue0;\\red31\\green78\\blue121;}\n"
            "{\\*\\generator Riched20 10.0.19041}\\viewkind4\\uc1\\pard\\sa200\\sl276\\slmult1\\f0\\fs22\\lang"
            + ("1036" if lang == "fr" else "2057") + "\n")
    return head + body + "\n}"


# --- 10. a payslip attached as proof of experience ---------------------------------------------------------------------------
@blind9()
def payslip(s: Sheet) -> str:
    """A short CV followed by a payslip sent as proof of experience (bulletin de paie, a UK payslip, 급여명세서), read
    as text: the employer and site, the employee's block (civil title, address, N° SS or 주민번호), the job and length
    of service, and pay lines that tell more (maternity pay, family allowance, therapeutic part-time)."""
    p, lang = s.p, s.lang
    j = p.jobs[0]
    lines = short_cv(s) + [""]
    month, years = D.TODAY[1] - 1, max(1, (j.end or D.TODAY[:2])[0] - j.start[0])  # service with this employer
    if lang == "fr":
        lines += [f"BULLETIN DE PAIE — Période du 01/{month:02d}/{D.TODAY[0]} au 31/{month:02d}/{D.TODAY[0]}",
                  f"Employeur : {s.fact(j.employer)} — établissement de {s.fact(j.place)}",
                  f"{s.g('Salariée', 'Salarié') if 'sex' in p.families else 'Salarié'} : {civil(s)}{me(s, 'LAST first')}"]
        if s.take("residence"):
            h = p.b9_home
            lines.append(f"{s.plant('residence', h['street'])} — {s.plant('residence', h['pc'])} "
                         f"{s.plant('residence', h['town'])}")
        if s.take("birth"):
            nir = f"{2 if s.female else 1}{p.born:%y}{p.born:%m}97{s.rng.randint(101, 617)}{s.rng.randint(100, 999)}"
            lines.append("N° SS : " + s.plant("birth", nir))
        lines += [f"Emploi : {title_text(s, j)} — Coefficient {s.rng.randint(150, 260)}",
                  f"Ancienneté : {s.fact(f'{years} an' + 's' * (years > 1))}", f"Salaire de base 151,67 h × {s.rng.randint(1180, 1500) // 100},{s.rng.randint(10, 99)}"]
        if s.take("family"):
            lines.append(f"Sit. fam. : {s.plant('family', FR_STATUS[p.marital][0 if s.female else 1].upper())}"
                         + (f" — {s.plant('family', f'Enf. à charge : {p.children}')}" if p.children else ""))
        if s.take("health"):
            lines.append(s.plant("health", "Mi-temps thérapeutique") + " — IJSS subrogation")
    elif lang == "en":
        lines += [f"PAYSLIP — {EN_MONTHS[month - 1]} {D.TODAY[0]}", f"Employer: {s.fact(j.employer)}, {s.fact(j.place)}",
                  f"Employee: {civil(s)}{me(s, 'plain')}", f"Job title: {title_text(s, j)}",
                  f"Continuous service: {s.fact(f'{years} year' + 's' * (years > 1))}", "Tax code: 1257L   Pay method: BACS"]
        if s.take("residence"):
            lines.append(r_residence(s, "bare"))
        if p.children and s.female and s.take("family"):
            lines.append(s.plant("family", "Statutory Maternity Pay") + f" £{s.rng.randint(180, 190)}.{s.rng.randint(10, 99)}")
        if s.take("health"):
            lines.append(s.plant("health", "Statutory Sick Pay") + " (3 days) — " + r_health(s, "bare"))
    else:
        lines += [f"{D.TODAY[0]}년 {month}월 급여명세서", f"회사: {s.fact(j.employer)} ({s.fact(j.place)})", f"성명: {me(s)}",
                  f"직무: {title_text(s, j)}", f"근속: {s.fact(f'{years}년')}"]
        if s.take("birth"):
            lines.append(id_number(s))
        if s.take("family"):
            kids = f"자녀 {p.children}" if p.children else "배우자"
            lines.append(f"가족수당 ({s.plant('family', kids)}) {s.rng.randint(2, 9)}0,000")
        if s.take("health"):
            lines.append("장애인 고용장려 대상: " + r_health(s, "bare"))
    lines += ["", *rest(s, "bare"), *contacts(s)]
    return "\n".join(lines)


# --- 11. a sworn translation of a foreign work certificate -------------------------------------------------------------------
@blind9()
def sworn_translation(s: Sheet) -> str:
    """A short CV followed by the certified translation of a work certificate from abroad (traduction certifiée conforme,
    certified translation, 번역 공증): the translator's name and court or seal, the translated certificate naming the
    holder with birth date, place and nationality, the job abroad, and the signatory of the original."""
    p, lang = s.p, s.lang
    employer, place = s.pick(ABROAD[p.b9_origin])
    employer, place = s.fact(employer), s.fact(place)
    lines = short_cv(s) + [""]
    birth = s.take("birth")
    nat = s.take("nationality")
    if lang == "fr":
        lines += ["TRADUCTION CERTIFIÉE CONFORME",
                  f"par {adviser(s, 'traductrice', 'traducteur')} expert près la cour d'appel", "",
                  "[Traduction] CERTIFICAT DE TRAVAIL",
                  f"Nous soussignés, {employer}, {place}, certifions que {civil(s)}{me(s, 'first LAST')}"
                  + (", " + s.g("née", "né") + " le " + s.plant("birth", f"{p.born:%d/%m/%Y}") + " à "
                     + s.plant("birth", p.birth_place) if birth else "")
                  + (", de nationalité " + _fr_nat(s, p.b9_nat[0]) if nat else "")
                  + f", a été {s.g('employée', 'employé')} en qualité {de(title_text(s, p.jobs[-1], 'lower'))}.",
                  f"La direction : {someone(s, origin=p.b9_origin)} [signature et cachet]", "", "Traduction n° 2024-" + str(s.rng.randint(100, 999))]
    elif lang == "en":
        lines += ["CERTIFIED TRANSLATION", f"Translated by {someone(s)}, MCIL, sworn translator", "",
                  "[Translation] CERTIFICATE OF EMPLOYMENT",
                  f"This is to certify that {civil(s)}{me(s, 'first LAST')}"
                  + (", born on " + s.plant("birth", f"{p.born:%d/%m/%Y}") + " in " + s.plant("birth", p.birth_place)
                     if birth else "")
                  + (", a " + s.plant("nationality", NATS[p.b9_nat[0]][2]) + " citizen" if nat else "")
                  + f", worked for {employer}, {place}, as {title_text(s, p.jobs[-1], 'lower')}.",
                  f"Signed: {someone(s, origin=p.b9_origin)}, Manager [stamp]", "",
                  "I certify that this is a true and accurate translation of the original."]
    else:
        lines += ["번역문 (공증)", f"번역인: {someone(s)}", "", "[번역] 경력증명서",
                  f"성명: {me(s)}" + (f" ({me(s, 'roman')})" if p.b9_origin != "korean" else "")]
        if birth:
            lines.append("생년월일: " + s.plant("birth", f"{p.born:%Y.%m.%d}"))
        if nat:
            lines.append("국적: " + s.plant("nationality", NATS[p.b9_nat[0]][3]))
        lines += [f"근무처: {employer} ({place})", f"직무: {title_text(s, p.jobs[-1])}",
                  "위 사람은 상기와 같이 근무하였음을 증명합니다.", f"대표 {someone(s, origin=p.b9_origin)} (직인)", "",
                  f"위 번역문은 원문과 상위 없음을 확인합니다. 공증인 {someone(s)}"]
    lines += ["", *rest(s, "bare"), *contacts(s)]
    return "\n".join(lines)
