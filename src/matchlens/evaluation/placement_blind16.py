"""A sixteenth held-aside set of layouts of the placement benchmark (see evaluation.placement), split "blind16":
registered into the same LAYOUTS. Written without reading the masker (its rules, its data, its tests), the README's
list of what it misses or the history's messages, to measure it once more on CVs nobody tuned it on; do not read this
file while tuning a masker, and run it once.

The split is about personal markers a CV says indirectly, in its narrative rather than in a field, and about names
written in every script and order. Markers said indirectly: a career gap explained by a maternity or parental leave
('congé maternité', '육아휴직', 'career break to raise my children'), Korean military service ('군필', '육군 병장
만기제대'), a maiden name ('Mme Précieuse MWAMBA née KALONJI'), pronouns in a profile ('she/her', '(elle)'), women's
networks and teams ('équipe féminine de handball', '새일센터'), religious youth movements, schools and charities given
as activities ('Scouts musulmans de France', 'aumônerie', '교회 청년부 봉사'), community associations of an origin
('Association des Congolais de Florange'), age said as a generation or an eligibility ('génération 80', 'senior',
'Bac obtenu il y a 30 ans', 'Over-50s', '신중년'), health said as a status ('RQTH', 'mi-temps thérapeutique',
'Access to Work', '장애인 고용'), the right to stay said instead of a nationality ('titre de séjour', 'réfugiée
statutaire', 'BN(O) visa', 'E-9 비자', '조선족'), and living situations ('foyer de jeunes travailleurs', 'hébergée chez
ma sœur à Yutz'). Names: surname first in capitals ('KALONJI Précieuse', 'TSE Hoi Ying'), particles ('Mint', 'Ould',
'bin', 'binti', 'al-'), names in Arabic script, Cyrillic, Hanzi and Hangul next to their Latin spelling, a patronymic
('Reshatovna'), surnames inflected for a woman ('Umerova'), names that are common words, days, months or places
('Vendredi', 'Janvier', 'Printemps', 'Memory', 'Talent', 'Lovely', '하늘', '나라'), nicknames and initials ('Trésor K.',
'P. Kalonji'), and the name repeated in a file name, a site's domain, a footer and an e-mail signature.

Job facts include ones that look like markers, as the law and the issue say they are facts: employers and duties
('Maison de retraite Les Tilleuls', 'Association Familles Rurales', 'Jewish Care', 'Age UK Cornwall', '소망교회 부설
어린이집', 'équipe de nuit', 'accompagnement de personnes en situation de handicap', 'aide aux familles'), schools ('Lycée
Saint-Exupéry', "St Joseph's Catholic College"), diplomas with their year, places of past jobs, licences, skills,
languages spoken (Lingala, Hassaniya, Shona, Cantonese), tenure ('12 ans en équipe de nuit') and availability.

Its vocabulary is its own: Congolese, Haitian, Mauritanian (Hassaniya), Crimean Tatar and Qingtian Chinese authors
writing French; Zimbabwean, Malay, Yemeni, Kazakh and Hong Kong authors writing English; Korean (native-word given
names), Korean-Chinese (조선족), Koryo-saram (고려인) and Filipino workers writing Korean. None of the name words is in a
Faker locale's name lists, in placement_data nor in an earlier split's lists; homes, places of birth and places of past
jobs are in none of the earlier pools either (a test checks both). Other people's names (referrers, social workers,
family members, recommenders) are planted as "name".

Layouts: parcours_narratif, gyeongryeok_gisulseo, career_break_uk, benevolat_asso, programme_insertion,
entete_bilingue_arabe, cv_sinogramme, cv_cyrillique, cooptation_interne, fiche_liaison_sociale, linkedin_about,
portfolio_about.
"""
from __future__ import annotations

import functools
import sys
import re
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
    duration,
    en_date,
    fr_date,
    job_dates,
    ko_date,
    layout,
    licence,
    name_words,
    skills,
    title_text,
)
from matchlens.evaluation.placement_parts import (RenderedSheet, settle, capital, contacts, dip_year, draw_name, jline,
                                                 pair_lines, sentence)

SPLIT = "blind16"

# --- names: none of their words is in a Faker locale, placement_data or an earlier split (tests check it) -----------
NAMES = {
    "congolese": {"F": ["Précieuse", "Merveille", "Espérance", "Gloire", "Plamedi"],
                  "M": ["Bienvenu", "Fortuné", "Trésor", "Exaucé", "Héritier", "Glodi"],
                  "L": ["Kabeya", "Kalonji", "Mwamba", "Kazadi", "Banza", "Tshilombo"]},
    "haitian": {"F": ["Lovelie", "Dieula", "Fleurette", "Félicité"], "M": ["Jocelin", "Fritzner", "Modeste"],
                "L": ["Vendredi", "Samedi", "Janvier", "Bonenfant", "Sansregret", "Dieujuste", "Printemps", "Bonheur"]},
    "hassaniya": {"F": ["Vatimetou", "Toutou", "Mneïna"], "M": ["Didi", "Sidiya", "Ebnou"],
                  "L": ["Bedde", "Tolba", "Boye", "Jiddou", "Bakar"]},
    "crimean": {"F": ["Ayshe", "Elmaz", "Zore", "Mavile", "Lemara", "Dilyara"],
                "M": ["Lenur", "Nariman", "Eskender", "Reshat", "Fevzi"],
                "L": ["Chubarov", "Dzhemilev", "Umerov", "Kurtseitov", "Seitablaev", "Bekirov", "Ablaev"]},
    "qingtian": {"F": ["Xiaolei", "Jiahui", "Yuting", "Wenjing"], "M": ["Haoran", "Zixuan", "Weiqiang"],
                 "L": ["Zheng", "Zhou", "Miao", "Qiu"]},
    "zimbabwe": {"F": ["Memory", "Loveness", "Privilege", "Sithembile"], "M": ["Godknows", "Trymore", "Nomatter", "Talent"],
                 "L": ["Nyamayaro", "Muchena", "Zvobgo", "Chidavaenzi", "Mukanya", "Zvinavashe", "Dzvairo"]},
    "malay": {"F": ["Wardina", "Nurhidayah", "Syuhada", "Aqilah"], "M": ["Faizal", "Azlan", "Ridzuan"],
              "L": ["Shamsuddin", "Hamdan", "Ridzuan"]},
    "yemeni": {"F": ["Dhikra", "Wiam"], "M": ["Waddah", "Ghumdan"],
               "L": ["al-Maqtari", "al-Shuaibi", "al-Hadhrami", "al-Dhubhani", "al-Aghbari"]},
    "kazakh": {"F": ["Zhansaya", "Aruzhan", "Balnur"], "M": ["Nursultan", "Askhat", "Bekzat"],
               "L": ["Zhaksylykov", "Nurmagambetov", "Seitkali", "Tokhtarov", "Abenov"]},
    "hongkong": {"F": ["Hoi Ying", "Pui Sum"], "M": ["Ka Chun", "Tsz Hin"], "L": ["Tse", "Yeung", "Kwok", "Cheuk", "Sze"]},
    "native": {"F": ["하늘", "여름", "나라"], "M": ["한솔", "바다"], "L": ["편", "변", "여", "국"]},
    "joseonjok": {"F": ["춘화", "향란", "금화"], "M": ["룡철", "광남", "동춘"], "L": ["탁", "추", "설", "방"]},
    "koryo": {"F": ["레브미라", "디아마라", "레니나"], "M": ["빌렌", "멜스", "빌로르"], "L": ["유가이", "티가이", "니가이", "코가이"]},
    "filipino": {"F": ["러블리", "허니린"], "M": ["로델", "로넬"], "L": ["마글라야", "수마게", "마카탕가이", "카방곤"]},
}
LATIN = {  # how a passport, an e-mail or a Latin-script CV spells a Hangul name
    "하늘": "Haneul", "여름": "Yeoreum", "나라": "Nara", "한솔": "Hansol", "바다": "Bada", "편": "Pyeon", "변": "Byeon",
    "여": "Yeo", "국": "Kook", "춘화": "Chunhua", "향란": "Xianglan", "금화": "Jinhua", "룡철": "Longzhe",
    "광남": "Guangnan", "동춘": "Dongchun", "탁": "Zhuo", "추": "Qiu", "설": "Xue", "방": "Fang", "레브미라": "Revmira",
    "디아마라": "Diamara", "레니나": "Lenina", "빌렌": "Vilen", "멜스": "Mels", "빌로르": "Vilor", "유가이": "Yugai",
    "티가이": "Tigai", "니가이": "Nigai", "코가이": "Kogai", "러블리": "Lovely", "허니린": "Honeylyn", "로델": "Rhodel",
    "로넬": "Ronnel", "마글라야": "Maglaya", "수마게": "Sumague", "마카탕가이": "Macatangay", "카방곤": "Cabangon"}
SCRIPT = {  # a name word in the script of the author's first language
    "Vatimetou": "فاطمتو", "Toutou": "توتو", "Mneïna": "امنينة", "Didi": "ديدي", "Sidiya": "سيديا", "Ebnou": "ابنو",
    "Bedde": "بده", "Tolba": "طلبه", "Boye": "بوي", "Jiddou": "جدو", "Bakar": "بكار", "Dhikra": "ذكرى",
    "Wiam": "وئام", "Waddah": "وضاح", "Ghumdan": "غمدان", "al-Maqtari": "المقطري",
    "al-Shuaibi": "الشعيبي", "al-Hadhrami": "الحضرمي", "al-Dhubhani": "الذبحاني", "al-Aghbari": "الأغبري",
    "Ayshe": "Айше", "Elmaz": "Эльмаз", "Zore": "Зоре", "Mavile": "Мавиле", "Lemara": "Лемара", "Dilyara": "Диляра",
    "Lenur": "Ленур", "Nariman": "Нариман", "Eskender": "Эскендер", "Reshat": "Решат", "Fevzi": "Февзи",
    "Chubarov": "Чубаров", "Dzhemilev": "Джемилев", "Umerov": "Умеров", "Kurtseitov": "Куртсеитов",
    "Seitablaev": "Сейтаблаев", "Bekirov": "Бекиров", "Ablaev": "Аблаев", "Zhansaya": "Жансая", "Aruzhan": "Аружан",
    "Balnur": "Балнур", "Nursultan": "Нурсултан", "Askhat": "Асхат", "Bekzat": "Бекзат", "Zhaksylykov": "Жаксылыков",
    "Nurmagambetov": "Нурмагамбетов", "Seitkali": "Сейткали", "Tokhtarov": "Тохтаров", "Abenov": "Абенов",
    "Xiaolei": "晓蕾", "Jiahui": "佳慧", "Yuting": "雨婷", "Wenjing": "文静", "Haoran": "浩然", "Zixuan": "子轩",
    "Weiqiang": "伟强", "Zheng": "郑", "Zhou": "周", "Miao": "缪", "Qiu": "邱", "Hoi Ying": "凱盈", "Pui Sum": "佩心",
    "Ka Chun": "嘉俊", "Tsz Hin": "子軒", "Tse": "謝", "Yeung": "楊", "Kwok": "郭", "Cheuk": "卓", "Sze": "施",
    "춘화": "春花", "향란": "香兰", "금화": "金花", "룡철": "龙哲", "광남": "光男", "동춘": "东春", "탁": "卓", "추": "秋",
    "설": "薛", "방": "方", "레브미라": "Ревмира", "디아마라": "Диамара", "레니나": "Ленина", "빌렌": "Вилен",
    "멜스": "Мэлс", "빌로르": "Вилор", "유가이": "Югай", "티가이": "Тигай", "니가이": "Нигай", "코가이": "Когай"}
PARTICLE = {"hassaniya": ("Mint", "Ould", "منت", "ولد"), "malay": ("binti", "bin", "بنت", "بن")}
WEIGHTS = {"fr": {"congolese": 3, "haitian": 3, "hassaniya": 2, "crimean": 2, "qingtian": 2},
           "en": {"zimbabwe": 3, "malay": 2, "yemeni": 2, "kazakh": 2, "hongkong": 2},
           "ko": {"native": 4, "joseonjok": 2, "koryo": 2, "filipino": 2}}
NAT = {"congolese": "CD", "haitian": "HT", "hassaniya": "MR", "crimean": "UA", "qingtian": "CN", "zimbabwe": "ZW",
       "malay": "MY", "yemeni": "YE", "kazakh": "KZ", "hongkong": "HK", "native": "KR", "joseonjok": "CN",
       "koryo": "UZ", "filipino": "PH"}
NATS = {  # country -> (fr masc, fr fem, fr plural, en, ko country)
    "CD": ("congolais", "congolaise", "Congolais", "Congolese", "콩고민주공화국"),
    "HT": ("haïtien", "haïtienne", "Haïtiens", "Haitian", "아이티"),
    "MR": ("mauritanien", "mauritanienne", "Mauritaniens", "Mauritanian", "모리타니"),
    "UA": ("ukrainien", "ukrainienne", "Tatars de Crimée", "Ukrainian", "우크라이나"),
    "CN": ("chinois", "chinoise", "Chinois", "Chinese", "중국"),
    "ZW": ("zimbabwéen", "zimbabwéenne", "", "Zimbabwean", "짐바브웨"),
    "MY": ("malaisien", "malaisienne", "", "Malaysian", "말레이시아"), "YE": ("yéménite", "yéménite", "", "Yemeni", "예멘"),
    "KZ": ("kazakh", "kazakhe", "", "Kazakhstani", "카자흐스탄"), "HK": ("hongkongais", "hongkongaise", "", "Hong Konger",
                                                                       "홍콩"),
    "KR": ("sud-coréen", "sud-coréenne", "", "South Korean", "대한민국"), "UZ": ("ouzbek", "ouzbèke", "", "Uzbek", "우즈베키스탄"),
    "PH": ("philippin", "philippine", "", "Filipino", "필리핀"), "FR": ("français", "française", "", "French", "프랑스"),
}
KO_KIN = {"joseonjok": "조선족 동포", "koryo": "고려인 동포"}  # an origin said as a community, in Korean

# --- places: in none of the earlier pools (tests check it) ------------------------------------------------------
FR_TOWNS = [("Fameck", "57290"), ("Florange", "57190"), ("Uckange", "57270"), ("Yutz", "57970")]
FR_STREETS = ["rue de la Fensch", "avenue Saint-Rémy", "rue des Jardins ouvriers", "cité du Tournebride",
              "rue du Haut-Fourneau", "allée des Mésanges"]
FR_JOB_PLACES = ["Talange", "Hagondange", "Amnéville", "Rombas", "Guénange", "Ennery", "Woippy", "Maizières-lès-Metz",
                 "Gandrange", "Terville"]
EN_TOWNS = [("Newquay", "TR7"), ("Hayle", "TR27"), ("Falmouth", "TR11"), ("Saltash", "PL12")]
EN_STREETS = ["Trevithick Road", "Fore Street", "Chapel Hill", "Killigrew Street", "Foundry Square", "Tolvean Close"]
EN_JOB_PLACES = ["Torpoint", "Callington", "Wadebridge", "Looe", "St Ives", "Perranporth", "Padstow", "Fowey",
                 "Lostwithiel", "Marazion", "Porthleven"]
KO_TOWNS = [("경기도 포천시 영중면", "영중"), ("경기도 포천시 창수면", "창수"), ("경기도 포천시 관인면", "관인")]
KO_ROADS = ["영중로", "창수로", "관인로"]
KO_JOB_PLACES = ["연천 전곡읍", "양주 은현면", "양주 광적면", "양주 백석읍", "포천 이동면", "연천 청산면", "동두천 상패동"]
BIRTH = {  # origin -> places of birth as a CV writes them
    "congolese": ["Kananga (RDC)", "Tshikapa (RDC)", "Kikwit (RDC)"],
    "haitian": ["Petit-Goâve (Haïti)", "Port-de-Paix (Haïti)", "Mirebalais (Haïti)", "Ouanaminthe (Haïti)"],
    "hassaniya": ["Aleg (Mauritanie)", "Boutilimit (Mauritanie)"],
    "crimean": ["Bakhtchyssaraï (Crimée)", "Djankoï (Crimée)", "Soudak (Crimée)"],
    "qingtian": ["Qingtian (Chine)", "Yongjia (Chine)"],
    "zimbabwe": ["Chinhoyi, Zimbabwe", "Bindura, Zimbabwe", "Marondera, Zimbabwe"],
    "malay": ["Kuala Terengganu, Malaysia", "Alor Setar, Malaysia", "Kuantan, Malaysia"],
    "yemeni": ["Taiz, Yemen", "Ibb, Yemen", "Mukalla, Yemen"],
    "kazakh": ["Shymkent, Kazakhstan", "Taraz, Kazakhstan", "Kyzylorda, Kazakhstan"],
    "hongkong": ["Sham Shui Po, Hong Kong", "Kwun Tong, Hong Kong", "Tuen Mun, Hong Kong"],
    "native": ["강원도 태백시 장성동", "강원도 정선군 사북읍", "전라남도 장흥군 회진면"], "joseonjok": ["중국 연길", "중국 용정", "중국 도문"],
    "koryo": ["카자흐스탄 우슈토베", "우즈베키스탄 양기율"], "filipino": ["필리핀 바탕가스", "필리핀 팜팡가"],
}
NAT_WORD = {"HK": "Hong Kong", "KZ": "Kazakhstan"}

# --- religions, health, and job facts of this split -------------------------------------------------------------
RELIGIONS = {"congolese": ["kimbanguist", "catholic", "evangelical"], "haitian": ["catholic", "evangelical"],
             "hassaniya": ["muslim"], "crimean": ["muslim"], "qingtian": ["evangelical", "buddhist"],
             "zimbabwe": ["evangelical", "catholic"], "malay": ["muslim"], "yemeni": ["muslim"],
             "kazakh": ["muslim", "orthodox"], "hongkong": ["buddhist", "catholic", "evangelical"],
             "native": ["evangelical", "catholic", "buddhist"], "joseonjok": ["evangelical", "catholic"],
             "koryo": ["orthodox", "evangelical"], "filipino": ["catholic"]}
REL = {  # key -> (fr fem, fr masc, en, ko) and the activities that say it: {lang: [...]}
    "muslim": (("musulmane", "musulman", "Muslim", "이슬람교"),
               {"fr": ["Scouts musulmans de France", "école coranique du quartier", "cours d'arabe à la mosquée"],
                "en": ["mosque youth committee", "weekend madrasa", "Ramadan food bank at the mosque"],
                "ko": ["이슬람 사원 봉사", "라마단 나눔 행사"]}),
    "catholic": (("catholique", "catholique", "Catholic", "천주교"),
                 {"fr": ["aumônerie du lycée", "chorale paroissiale", "pèlerinage diocésain des jeunes"],
                  "en": ["Catholic parish choir", "Sunday school at the parish", "SVP (St Vincent de Paul) youth group"],
                  "ko": ["성당 주일학교 교사", "성당 청년회 봉사"]}),
    "evangelical": (("protestante évangélique", "protestant évangélique", "Evangelical Christian", "개신교"),
                    {"fr": ["groupe de louange de l'Église évangélique", "camp biblique d'été"],
                     "en": ["Pentecostal church youth band", "church worship team"],
                     "ko": ["교회 청년부 봉사", "교회 성가대", "교회 여름성경학교 교사"]}),
    "kimbanguist": (("kimbanguiste", "kimbanguiste", "Kimbanguist", "킴방구교"),
                    {"fr": ["fanfare de l'Église kimbanguiste"], "en": ["Kimbanguist Church brass band"],
                     "ko": ["킴방구교회 봉사"]}),
    "buddhist": (("bouddhiste", "bouddhiste", "Buddhist", "불교"),
                 {"fr": ["bénévole à la pagode"], "en": ["volunteer at the Buddhist temple"],
                  "ko": ["사찰 템플스테이 봉사", "불교 청년회"]}),
    "orthodox": (("orthodoxe", "orthodoxe", "Orthodox", "정교회"),
                 {"fr": ["chorale de l'église orthodoxe"], "en": ["Orthodox church choir"],
                  "ko": ["러시아 정교회 성가대"]}),
}
SIDE_JOBS = {  # employer -> duties there: facts that look like markers
    "fr": {"Maison de retraite Les Tilleuls": ["équipe de nuit", "entretien des chambres des résidents"],
           "EHPAD Notre-Dame": ["agent de service hospitalier", "équipe de nuit"],
           "Association Familles Rurales": ["aide aux familles", "accompagnement de personnes en situation de handicap"],
           "Clinique Sainte-Odile": ["agent de service hospitalier", "équipe de nuit"],
           "Restaurant Chez Maman": ["plonge et mise en place", "service du midi"],
           "Foyer d'accueil médicalisé Les Glycines": ["accompagnement de personnes en situation de handicap",
                                                        "équipe de nuit"]},
    "en": {"Age UK Cornwall": ["domiciliary care", "befriending calls"], "St Michael's Hospice": ["night shift",
           "housekeeping"], "Jewish Care": ["domiciliary care", "night shift"], "Mothercare": ["stockroom", "tills"],
           "Salvation Army Trading": ["textile sorting", "van runs"],
           "Scope": ["supporting adults with learning disabilities", "shop floor"]},
    "ko": {"성모요양원": ["야간 근무조", "어르신 돌봄"], "은혜장애인복지관": ["장애인 활동 지원", "급식 보조"],
           "소망교회 부설 어린이집": ["조리 보조", "차량 운행"], "엄마손 밥상": ["주방 보조", "배달"],
           "새마을금고": ["시설 관리", "주차 관리"]}}
SIDE_EMPLOYERS = {lang: list(jobs) for lang, jobs in SIDE_JOBS.items()}
SCHOOLS = {"fr": ["Lycée Saint-Exupéry", "Lycée professionnel Notre-Dame", "GRETA Lorraine Nord", "AFPA de Metz"],
           "en": ["St Joseph's Catholic College", "Cornwall College", "Truro and Penwith College"],
           "ko": ["은혜고등학교", "한국폴리텍대학", "성심직업전문학교"]}
TENURE = {"fr": ["{n} ans d'expérience", "{n} ans de métier", "{n} ans en équipe de nuit"],
          "en": ["{n} years' experience", "{n} years on nights", "{n} years in the trade"],
          "ko": ["경력 {n}년", "현장 경력 {n}년", "야간 근무 {n}년"]}
TONGUES = {"congolese": "Lingala (langue d'origine)", "haitian": "Kreyòl (langue d'origine)",
           "hassaniya": "Hassaniya (langue d'origine)", "crimean": "Tatar de Crimée (langue d'origine)",
           "qingtian": "Mandarin (langue d'origine)", "zimbabwe": "Shona (native)", "malay": "Bahasa Melayu (native)",
           "yemeni": "Arabic (native)", "kazakh": "Kazakh and Russian (native)", "hongkong": "Cantonese (native)",
           "joseonjok": "중국어 (원어민)", "koryo": "러시아어 (원어민)", "filipino": "타갈로그어 (원어민)"}
COMMON_TONGUES = {"fr": ["Anglais (B1)", "Anglais : notions", "Allemand (A2)", "Russe (courant)"],
                  "en": ["French (A2)", "English (IELTS 6.5)", "Portuguese (basic)"],
                  "ko": ["한국어 (TOPIK 4급)", "영어 (중급)", "한국어 (사회통합프로그램 5단계)"]}

FAMILY_ODDS = {"sex": 0.7, "age": 0.7, "birth": 0.55, "residence": 0.85, "nationality": 0.65, "religion": 0.6,
               "family": 0.75, "health": 0.55}
PERSONAL16 = ("sex", "age", "birth", "nationality", "family", "health", "religion")


# --- the blind16 sheet -----------------------------------------------------------------------------------------------
class Blind16Sheet(RenderedSheet):
    """A Sheet whose personal details are written in this split's wording: 'pair' gives (label, value), 'bare' a CV
    item, 'me' a clause in the author's voice, 'she' about the author, 'hint' the family said indirectly."""

    def render(self, family: str, mode: str):
        return RENDER16[family](self, mode)


def draw(rng, lang: str, sex: str, origin: str = "") -> tuple[str, str, str]:
    """(origin, first, last) of someone writing in lang, or of an origin."""
    return draw_name(rng, NAMES, WEIGHTS, lang, sex, origin)


def latin(word: str) -> str:
    """A Hangul name word as its owner spells it in Latin letters (others as they are)."""
    return LATIN.get(word, word)


def inflect(origin: str, last: str, sex: str, script: bool = False) -> str:
    """A Slavic-style surname in the bearer's gender ('Umerov' -> 'Umerova' for a woman)."""
    if origin in ("crimean", "kazakh") and sex == "F" and last.endswith(("ov", "ev", "ов", "ев")):
        return last + ("а" if script else "a")
    return last


def renew(s: Sheet, origins: tuple[str, ...] = ()) -> None:
    """Give the sheet's person an identity of this split (name, contact, home, birth place, nationality, religion,
    health, families to reveal, places of past jobs), drawn from the sheet's random source."""
    p, rng, lang = s.p, s.rng, s.lang
    origin = rng.choice(origins) if origins else ""
    origin, first, last = draw(rng, lang, p.sex, origin)
    p.b16_origin, p.hanja, p.first, p.last, p.b16_third = origin, "", first, last, False
    p.hangul = full_hangul(origin, first, last) if lang == "ko" else ""
    p.b16_father = rng.choice(NAMES[origin]["M"])
    p.email, p.phone, p.linkedin = _contact(rng, lang, ascii_fold(latin(first)).replace(" ", ""),
                                            ascii_fold(latin(inflect(origin, last, p.sex))).replace("al-", ""), "")
    if lang == "ko" and p.trade.key not in ("logistics", "cleaning", "building", "kitchen", "care", "childcare"):
        p.trade = rng.choice([x for x in D.TRADES if x.key in ("logistics", "building", "kitchen", "care")])
        p.jobs = _jobs(rng, lang, p.trade, p.born, p.years, "\0")
    p.b16_home = settle(rng, p, lang, sys.modules[__name__])
    p.birth_place = rng.choice(BIRTH[origin])
    p.b16_nat = "FR" if lang == "fr" and rng.random() < 0.15 else NAT[origin]
    p.religion = rng.choice(RELIGIONS[origin])
    p.b16_salt = rng.getrandbits(16)
    chosen = {f for f, odds in FAMILY_ODDS.items() if rng.random() < odds}
    while len(chosen) < 4:
        chosen.add(_weighted(rng, FAMILY_ODDS))
    if p.marital not in ("married", "pacs") and p.sex == "F" and rng.random() < 0.3:
        p.marital = "married"
    if p.age < 25:
        p.children = min(p.children, 1)
    p.families = chosen | {"name"} | ({"contact"} if rng.random() < 0.95 else set())


def blind16(langs=LANGS, origins: dict[str, tuple[str, ...]] | None = None):
    """Register a layout of this split: the sheet gets its identity first (of the given origins per language)."""
    def deco(fn):
        @functools.wraps(fn)
        def run(s: Sheet) -> str:
            s.__class__ = Blind16Sheet
            renew(s, (origins or {}).get(s.lang, ()))
            return fn(s)
        layout(langs, split=SPLIT)(run)
        return run
    return deco


# --- names ------------------------------------------------------------------------------------------------------------
def full_hangul(origin: str, first: str, last: str) -> str:
    """A Korean-written full name: surname and given name joined ('편하늘'), or spaced for a foreign name."""
    if origin in ("native", "joseonjok"):
        return last + first
    return f"{last} {first}" if origin == "koryo" else f"{first} {last}"


PARTICLE_RE = re.compile(r"(?<![^\W_])(?:[Mm]int|[Oo]uld|binti|bin|منت|ولد|بنت|بن)(?![^\W_])|(?<![^\W_])[Aa][Ll]-")


def plant_name(s: Sheet, text: str) -> str:
    """Plant a name written as text: whole, or, when it holds a particle ('Mint', 'bin', 'al-', 'ولد'), each piece
    between the particles (a particle alone tells nothing, and a masker may leave it)."""
    if not PARTICLE_RE.search(text):
        return s.plant("name", text)
    for piece in PARTICLE_RE.split(text):
        piece = piece.strip(" _-")
        if name_words(piece):
            s.plant("name", piece)
    return text


def parts(s: Sheet, script: bool = False) -> tuple[str, str, str]:
    """(given name, particle or '', surname) of the author, in Latin letters or in their own script."""
    p, o = s.p, s.p.b16_origin
    first, last = (latin(p.first), latin(p.last)) if s.lang == "ko" else (p.first, p.last)
    if script:
        first, last = SCRIPT.get(p.first, first), SCRIPT.get(p.last, last)
    last = inflect(o, last, p.sex, script)
    part = ""
    if o in PARTICLE:
        part = PARTICLE[o][(0 if s.female else 1) + (2 if script else 0)]
        if o == "hassaniya" and not script and s.chance(0.3):
            part = part.lower()
    return first, part, last


def me(s: Sheet, form: str = "plain") -> str:
    """The author's name, planted: 'plain', 'LAST first', 'first LAST', 'first', 'last', 'short' ('Trésor K.'),
    'initial' ('T. Kalonji'), 'file' ('KALONJI_Tresor'), 'handle', 'script' (Arabic, Cyrillic, Hanzi), 'latin'
    (Korean authors' Latin spelling, surname first in capitals), 'latin first' ('Haneul Pyeon')."""
    p = s.p
    if s.lang == "ko" and form in ("plain", "LAST first", "first LAST"):
        return s.plant("name", p.hangul)
    if s.lang == "ko" and form == "first":
        return s.plant("name", p.first)
    if s.lang == "ko" and form == "last":
        return s.plant("name", p.last) if len(p.last) > 1 else s.plant("name", p.hangul)
    if form == "script":
        first, part, last = parts(s, script=True)
        if s.p.b16_origin in ("qingtian", "hongkong", "joseonjok"):
            return s.plant("name", last + first)
        if s.p.b16_origin in ("crimean", "kazakh", "koryo"):
            return s.plant("name", f"{last} {first}")
        return plant_name(s, " ".join(x for x in (first, part, last) if x))
    first, part, last = parts(s)
    sur = f"{part} {last}" if part else last
    fold = ascii_fold(f"{first}").replace(" ", "").lower(), ascii_fold(last).replace("al-", "").lower()
    text = {"plain": f"{first} {sur}", "LAST first": f"{last.upper()} {first}", "first LAST": f"{first} {sur.upper()}",
            "first": first, "last": last, "short": f"{first} {last.replace('al-', '')[0]}.",
            "initial": f"{first[0]}. {last}",
            "file": f"{ascii_fold(last).upper().replace(' ', '')}_{ascii_fold(first).replace(' ', '_')}",
            "handle": f"@{fold[0]}.{fold[1]}", "latin": f"{last.upper()} {first.upper()}",
            "latin first": f"{first} {last}"}[form]
    return plant_name(s, text)


def other(s: Sheet, sex: str | None = None) -> tuple[str, str, str]:
    """(origin, first, last) of another person, none of whose words is the author's."""
    for _ in range(30):
        origin, first, last = draw(s.rng, s.lang, sex or s.pick("FM"))
        if not {first, last} & {s.p.first, s.p.last, s.p.b16_father}:
            break
    return origin, first, last


def someone(s: Sheet, form: str = "plain", sex: str | None = None) -> str:
    """Another person's name (a referrer, a social worker, a relative, a recommender), planted as 'name'."""
    origin, first, last = other(s, sex)
    if s.lang == "ko":
        return s.plant("name", first if form == "first" and len(first) > 1 else full_hangul(origin, first, last))
    last = last.replace("al-", "")
    return s.plant("name", {"first": first, "LAST first": f"{last.upper()} {first}", "short": f"{first} {last[0]}.",
                            "last": last}.get(form, f"{first} {last}"))


# --- the families in this split's wording -------------------------------------------------------------------------
def ro(word: str) -> str:
    """A Korean noun with its particle '(으)로' ('조리사로', '작업원으로')."""
    code = ord(word[-1]) - 0xAC00
    return word + ("으로" if 0 <= code < 11172 and code % 28 not in (0, 8) else "로")


def my(s: Sheet) -> str:
    """'ma' / 'my' when the author writes, 'sa' / 'their' on a sheet someone else writes about them."""
    third = getattr(s.p, "b16_third", False)
    return {"fr": ("ma", "sa"), "en": ("my", "their"), "ko": ("", "")}[s.lang][third]


def bdate(s: Sheet, d: date) -> str:
    """A date of birth in one of the notations people use."""
    return {"fr": fr_date, "en": en_date, "ko": ko_date}[s.lang](s, d)


def said(s: Sheet, mode: str, opts: list) -> str:
    """One of the ways to say a family indirectly: opts are (how a list or a field writes it, how the author tells
    it in a sentence, the planted value's maker); the frames may be callables (they hold gendered words)."""
    hint, story, make = opts[s.rng.randrange(len(opts))]
    value = make()
    frame = story if mode == "story" else hint
    return (frame() if callable(frame) else frame).format(x=value)


def r_sex(s: Sheet, mode: str):
    """Sex: a field, a word, or said indirectly (pronouns, a maternity or paternity leave, a women's team or network,
    military service)."""
    f, lang = s.female, s.lang
    if mode == "pair":
        label, words = {"fr": ("Sexe", ("Féminin", "Masculin")), "en": ("Gender", ("Female", "Male")),
                        "ko": ("성별", ("여", "남"))}[lang]
        value = words[0 if f else 1]
        if lang == "ko":  # one Hangul letter is no word of its own: the whole field is the marker
            s.plant("sex", f"{label}{s.sep}{value}")
            return label, value
        return label, s.plant("sex", value)
    if mode not in ("hint", "story"):
        return s.plant("sex", {"fr": ("femme", "homme"), "en": ("woman", "man"), "ko": ("여성", "남성")}[lang][
            0 if f else 1])
    plant = functools.partial(s.plant, "sex")
    if lang == "fr":
        return said(s, mode, [
            ("Pronoms : {x}", "Mes pronoms : {x}", lambda: plant("elle/la" if f else "il/lui")),
            ("{x} de handball", "Je joue en {x} de handball le week-end", lambda: plant(
                "équipe féminine" if f else "équipe masculine")),
            ("membre du réseau {x}", "Je suis membre du réseau {x}", lambda: plant("Femmes du BTP")) if f else
            ("congé {x} en 2021", "J'ai pris mon congé {x} en 2021", lambda: plant("paternité"))])
    if lang == "en":
        return said(s, mode, [
            ("Pronouns: {x}", "My pronouns are {x}", lambda: plant("she/her" if f else "he/him")),
            ("{x} rugby team", "I play for a {x} rugby team", lambda: plant("women's" if f else "men's")),
            ("member of {x}", "I am a member of {x}", lambda: plant("Women in Logistics")) if f else
            ("{x} in 2021", "I took {x} in 2021", lambda: plant("paternity leave"))])
    if s.p.b16_origin == "native" and not f:
        return said(s, mode, [("병역: {x}", "{x} 후 바로 취업했습니다", lambda: plant("군필") + " (" + plant(s.pick(
            ["육군 병장 만기제대", "공군 병장 만기전역"])) + ")")])
    if s.p.b16_origin == "native":
        return said(s, mode, [("{x}", "{x}", lambda: plant("병역: 해당없음"))])
    return said(s, mode, [
        ("{x} 직업훈련 수료", "{x}에서 직업훈련을 받았습니다", lambda: plant("새일센터(여성새로일하기센터)")) if f else
        ("{x} 근로자 기숙사", "{x} 근로자 기숙사에서 지냅니다", lambda: plant("남성")),
        ("{x} 활동", "주말에는 {x} 활동을 합니다", lambda: plant("여성 축구 동호회" if f else "조기축구회 (남성부)"))])


def r_age(s: Sheet, mode: str):
    """Age: '45 ans', or said as a generation, a retirement, a seniority or an eligibility."""
    a, lang = s.p.age, s.lang
    if mode == "pair":
        return {"fr": "Âge", "en": "Age", "ko": "나이"}[lang], s.plant("age", {"fr": f"{a} ans", "en": f"{a}",
                                                                             "ko": f"만 {a}세"}[lang])
    if mode not in ("hint", "story"):
        return s.plant("age", {"fr": f"{a} ans", "en": f"{a} years old", "ko": f"만 {a}세"}[lang])
    plant = functools.partial(s.plant, "age")
    decade = s.p.born.year // 10 % 10 * 10
    if lang == "fr":
        opts = [("Bac obtenu {x}", "J'ai eu mon bac {x}", lambda: plant(f"il y a {a - 18} ans"))]
        if a >= 50:
            opts.append(("profil {x}", "Je suis un profil {x}, avec l'expérience qui va avec", lambda: plant("senior")))
        if a >= 58:
            opts.append(("{x} qui reprend une activité", "{x}, je reprends une activité", lambda: s.gv(
                "age", "jeune retraitée", "jeune retraité")))
        if a < 26:
            opts.append(("jeune de {x}", "J'ai {x} et je suis suivi par la Mission locale" if not s.female else
                         "J'ai {x} et je suis suivie par la Mission locale", lambda: plant("moins de 26 ans")))
        if 1970 <= s.p.born.year < 2000:
            opts.append(("{x}", "Je suis de la {x}", lambda: plant(f"génération {decade}")))
        return said(s, mode, opts)
    if lang == "en":
        opts = [("left school {x}", "I left school {x}", lambda: plant(f"{a - 16} years ago"))]
        if a >= 50:
            opts.append(("on the {x} back-to-work scheme", "I joined the {x} back-to-work scheme this year",
                         lambda: plant("Over-50s")))
        if a < 25:
            opts.append(("{x} apprenticeship route", "I am on the {x} apprenticeship route", lambda: plant("under-25s")))
        if 1980 <= s.p.born.year < 1997:
            opts.append(("a proud {x}", "I'm a proud {x}", lambda: plant("millennial")))
        return said(s, mode, opts)
    opts = [("{x}", "{x}입니다", lambda: plant(f"{decade}년대생"))]
    if a >= 50:
        opts.append(("{x} 특화과정 수료", "{x} 특화과정을 수료했습니다", lambda: plant("신중년")))
    if a <= 34:
        opts.append(("{x} (만 34세 이하)", "{x}로 취업 지원을 받고 있습니다", lambda: plant("청년 구직자")))
    return said(s, mode, opts)


def r_birth(s: Sheet, mode: str):
    """Date of birth, sometimes with the place; said indirectly, where the author comes from."""
    b, lang = s.p.born, s.lang
    at = ""
    if mode not in ("hint", "story") and s.chance(0.5):
        at = {"fr": " à ", "en": " in ", "ko": " "}[lang] + s.plant("birth", s.p.birth_place)
    if mode == "pair":
        return {"fr": "Date de naissance", "en": "Date of birth", "ko": "생년월일"}[lang], s.plant("birth", bdate(s, b)) + at
    if mode in ("hint", "story"):
        place = functools.partial(s.plant, "birth", s.p.birth_place)
        if lang == "fr":
            return said(s, mode, [("originaire de {x}", "Je suis originaire de {x}", place),
                                  (lambda: s.g("née", "né") + " à {x}", lambda: "Je suis " + s.g("née", "né") +
                                   " à {x}", place)])
        if lang == "en":
            return said(s, mode, [("born and raised in {x}", "I was born and raised in {x}", place)])
        return said(s, mode, [("{x} 출생", "{x}에서 태어났습니다", place)])
    if lang == "fr":
        return s.g("née", "né") + " le " + s.plant("birth", bdate(s, b)) + at
    if lang == "en":
        return "born " + s.plant("birth", bdate(s, b)) + at
    return s.plant("birth", f"{b.year}년생") + at


def r_residence(s: Sheet, mode: str):
    """Where the author lives: an address, a town, or a living situation (a young workers' hostel, a sister's)."""
    h, lang = s.p.b16_home, s.lang
    plant = functools.partial(s.plant, "residence")
    if mode == "pair":
        if lang == "ko":
            return "주소", f"{plant(h['region'])} {plant(h['street'])}"
        pc = f"{plant(h['pc'])} {plant(h['town'])}" if lang == "fr" else f"{plant(h['town'])} {plant(h['pc'])}"
        return {"fr": "Adresse", "en": "Address"}[lang], f"{plant(h['street'])}, {pc}"
    if mode in ("hint", "story"):
        town = h["town"]
        if lang == "fr":
            return said(s, mode, [
                (lambda: s.g("hébergée", "hébergé") + f" chez {my(s)} sœur à {{x}}",
                 lambda: "Je suis " + s.g("hébergée", "hébergé") + " chez ma sœur à {x}", lambda: plant(town)),
                ("{x}", "Je loge au {x}", lambda: plant("foyer de jeunes travailleurs") + " de " + plant(town)),
                ("{x}", "Je vis en {x}", lambda: plant("résidence sociale") + " à " + plant(town))])
        if lang == "en":
            return said(s, mode, [(f"staying with {my(s)} sister in {{x}}", "I'm staying with my sister in {x}",
                                   lambda: plant(town)),
                                  ("{x}", "I live in {x}", lambda: plant("supported housing") + " in " + plant(town))])
        return said(s, mode, [("{x}", "지금은 {x}하고 있습니다", lambda: f"{plant(town)} {plant('고시원')} 거주"),
                              ("{x}", "지금은 {x} 지내고 있습니다", lambda: f"{plant(town)} " + s.gv(
                                  "sex", "언니 집에서", "누나 집에서", sex=False))])
    if lang == "ko":
        return plant(h["town"]) + " 거주"
    return ("habite à " if lang == "fr" else "lives in ") + plant(h["town"])


def nat_word(s: Sheet, cap: bool = False) -> str:
    """The nationality in the CV's language, planted (French in the author's gender)."""
    masc, fem, _, en, ko = NATS[s.p.b16_nat]
    if s.lang == "fr":
        return s.gv("nationality", capital(fem) if cap else fem, capital(masc) if cap else masc, sex=False)
    return s.plant("nationality", en if s.lang == "en" else f"{ko} 국적")  # '중국' alone is in '중국어', a fact


def r_nationality(s: Sheet, mode: str):
    """Nationality, or the right to stay said instead (a residence permit, refugee status, a visa), or an origin's
    community."""
    lang, code = s.lang, s.p.b16_nat
    plant = functools.partial(s.plant, "nationality")
    if mode == "pair":
        return {"fr": "Nationalité", "en": "Nationality", "ko": "국적"}[lang], nat_word(s, True)
    if mode not in ("hint", "story"):
        if lang == "fr":
            masc, fem = NATS[code][:2]
            return "de nationalité " + s.plant("nationality", fem, (masc,))
        return (nat_word(s) + " national") if lang == "en" else nat_word(s)
    if lang == "fr":
        if code == "FR":
            return said(s, mode, [("{x} en 2015", "J'ai été {x} en 2015", lambda: s.gv(
                "nationality", "naturalisée française", "naturalisé français"))])
        return said(s, mode, [
            ("{x}", "J'ai un {x}", lambda: plant(s.pick(["titre de séjour pluriannuel", "récépissé de titre de séjour"]))),
            ("{x} (OFPRA)", "Je suis {x} depuis 2019", lambda: s.gv("nationality", "réfugiée statutaire",
                                                                    "réfugié statutaire")),
            ("{x} depuis 2023", "Je suis {x} depuis 2023, avec une autorisation de travail", lambda: s.gv(
                "nationality", "demandeuse d'asile", "demandeur d'asile"))])
    if lang == "en":
        return said(s, mode, [
            ("{x} holder", "I hold a {x}", lambda: plant("BN(O) visa" if code == "HK" else "Skilled Worker visa")),
            ("{x} granted in 2022", "I was granted {x} in 2022", lambda: plant("refugee status")),
            ("{x}", "I have {x}", lambda: plant("Indefinite Leave to Remain"))])
    if s.p.b16_origin in KO_KIN:
        return said(s, mode, [("{x}", "저는 {x} 자격으로 일하고 있습니다", lambda: plant(KO_KIN[s.p.b16_origin]) + " ("
                               + plant(s.pick(["H-2 방문취업", "F-4 재외동포"])) + ")")])
    if s.p.b16_origin == "filipino":
        return said(s, mode, [("{x} 체류", "{x}로 체류 중입니다", lambda: plant(s.pick(["E-9 비자", "F-6 결혼이민"])))])
    return said(s, mode, [("{x}", "{x}입니다", lambda: plant("대한민국 국적"))])


def rel_word(s: Sheet, cap: bool = False) -> str:
    fem, masc, en, ko = REL[s.p.religion][0]
    if s.lang == "fr":
        return s.gv("religion", capital(fem) if cap else fem, capital(masc) if cap else masc, sex=False)
    return s.plant("religion", en if s.lang == "en" else ko)


def r_religion(s: Sheet, mode: str):
    """Religion as a field, or said by an activity (a youth movement, a choir, a Quranic school, a church)."""
    if mode == "pair":
        return {"fr": "Religion", "en": "Religion", "ko": "종교"}[s.lang], rel_word(s, True)
    if mode in ("hint", "story"):
        story = {"fr": "Je donne aussi de mon temps : {x}", "en": "Outside work I give my time to the {x}",
                 "ko": "주말에는 {x} 활동을 하고 있습니다"}[s.lang]
        return said(s, mode, [("{x}", story, lambda: s.plant("religion", s.pick(REL[s.p.religion][1][s.lang])))])
    if s.lang == "fr":  # 'confession' is feminine: the adjective after it is too, whoever writes
        fem, masc = REL[s.p.religion][0][:2]
        return "de confession " + s.plant("religion", fem, (masc,) if masc != fem else ())
    return {"en": "practising ", "ko": "종교: "}[s.lang] + rel_word(s)


FR_STATUS = {"single": ("célibataire",) * 2, "married": ("mariée", "marié"), "pacs": ("pacsée", "pacsé"),
             "divorced": ("divorcée", "divorcé"), "widowed": ("veuve", "veuf"), "couple": ("en couple",) * 2}
EN_STATUS = {"single": "single", "married": "married", "pacs": "married", "divorced": "divorced", "widowed": "widowed",
             "couple": "in a relationship"}
KO_STATUS = {"single": "미혼", "married": "기혼", "pacs": "기혼", "divorced": "이혼", "widowed": "사별", "couple": "미혼"}
FR_KIDS = {1: "un enfant", 2: "deux enfants", 3: "trois enfants", 4: "quatre enfants"}
EN_KIDS = {1: "one child", 2: "two children", 3: "three children", 4: "four children"}


def r_family(s: Sheet, mode: str):
    """Marital status and children, or said by a leave, a break to raise them, caring for a parent."""
    p, n, lang = s.p, s.p.children, s.lang
    if mode in ("hint", "story"):
        fam = functools.partial(s.plant, "family")
        if lang == "fr":
            opts = [(f"{{x}} de {my(s)} mère", "Je suis {x} de ma mère", lambda: s.gv("family", "aidante familiale",
                                                                             "aidant familial"))]
            if n:
                opts.append(("{x} (2018-2020)", "J'ai pris un {x} de 2018 à 2020", lambda: fam("congé parental")))
                if p.marital not in ("married", "pacs", "couple"):
                    opts.append(("{x} de " + FR_KIDS[n], "Je suis {x} de " + FR_KIDS[n], lambda: s.gv(
                        "family", "maman solo", "papa solo")))
                if s.female:
                    opts.append(("{x}", "De 2019 à 2021 : {x}", lambda: s.plant("sex", "congé maternité") + " puis "
                                 + fam("congé parental")))
            return said(s, mode, opts)
        if lang == "en":
            opts = [("{x}", "I was a {x} for two years", lambda: fam(f"carer for {my(s)} father"))]
            if n:
                kids = EN_KIDS[n].split()
                opts.append(("career break {x}", "I took a career break {x}", lambda: fam(
                    f"to raise {my(s)} {kids[1]}")))
                if p.marital not in ("married", "pacs", "couple"):
                    opts.append(("{x} of " + kids[0], "I'm a {x} of " + kids[0], lambda: s.gv(
                        "family", "single mum", "single dad")))
                if s.female:
                    opts.append(("{x} (2020-2021)", "I was on {x} in 2020-2021", lambda: fam(s.plant(
                        "sex", "maternity leave"))))  # a leave to have a child: the sex and the family
            return said(s, mode, opts)
        opts = [("{x}으로 휴직", "{x}으로 1년간 휴직했습니다", lambda: fam("부모님 간병"))]
        if n:
            opts.append(("{x} (2019.03~2020.02)", "2019년에 {x}을 했습니다", lambda: fam("육아휴직")))
            if n == 2:
                opts.append(("{x}", "저는 {x}입니다", lambda: s.gv("family", "두 아이 엄마", "두 아이 아빠")))
            if s.female:
                opts.append(("{x}", "{x}을 다녀왔습니다", lambda: s.plant("sex", "출산휴가") + " 후 " + fam("육아휴직")))
        return said(s, mode, opts)
    if lang == "fr":
        fem, masc = FR_STATUS[p.marital]
        status = s.gv("family", capital(fem) if mode == "pair" else fem, capital(masc) if mode == "pair" else masc)
        tail = f", {s.plant('family', FR_KIDS[n])}" if n else ""
        return ("Situation familiale", status + tail) if mode == "pair" else status + tail
    if lang == "en":
        status = s.plant("family", capital(EN_STATUS[p.marital]) if mode == "pair" else EN_STATUS[p.marital])
        tail = f", {s.plant('family', EN_KIDS[n])}" if n else ""
        return ("Marital status", status + tail) if mode == "pair" else status + tail
    status = s.plant("family", KO_STATUS[p.marital])
    tail = f", {s.plant('family', f'자녀 {n}명')}" if n else ""
    return ("결혼 여부", status + tail) if mode == "pair" else status + tail


HEALTH = {"fr": [("{x}", "J'ai une {x}", "RQTH"), ("{x}", "Je reprends à {x}", "mi-temps thérapeutique"),
                 ("{x}", "J'ai une {x} depuis 2020", "reconnaissance MDPH"),
                 ("{x}", "Je suis {x}", ("travailleuse handicapée", "travailleur handicapé"))],
          "en": [("{x}", "I have {x} in place", "Access to Work support"), ("{x}", "I am {x}", "registered disabled"),
                 ("{x}", "I am on a {x}", "phased return after long-term sickness")],
          "ko": [("{x}", "{x}입니다", "장애인 고용 대상 (경증)"), ("{x}", "{x}되어 있습니다", "장애인 등록 (지체 경증)"),
                 ("{x}", "{x}했습니다", "산재 요양 후 복귀")]}


def r_health(s: Sheet, mode: str):
    """Health said as a status: a disabled worker's recognition, a therapeutic part-time, Access to Work."""
    def make(value):
        return lambda: s.gv("health", *value, sex=False) if isinstance(value, tuple) else s.plant("health", value)
    text = said(s, mode, [(h, st, make(v)) for h, st, v in HEALTH[s.lang]])
    if mode == "pair":
        return {"fr": "Situation", "en": "Health", "ko": "건강"}[s.lang], text
    return text


RENDER16 = {"sex": r_sex, "age": r_age, "birth": r_birth, "residence": r_residence, "nationality": r_nationality,
            "religion": r_religion, "family": r_family, "health": r_health}


# --- job facts --------------------------------------------------------------------------------------------------------
def tenure(s: Sheet) -> str:
    """Years of work ('12 ans en équipe de nuit', the trade's own): a fact."""
    if s.chance(0.4):
        return duration(s)
    return s.fact(s.pick(TENURE[s.lang]).format(n=s.p.years))


def side(s: Sheet) -> tuple[str, str, str]:
    """(employer that looks like a marker, place, duty that looks like one): a small job, all three facts."""
    places = {"fr": FR_JOB_PLACES, "en": EN_JOB_PLACES, "ko": KO_JOB_PLACES}[s.lang]
    used = {j.place for j in s.p.jobs}
    emp = s.pick(SIDE_EMPLOYERS[s.lang])
    return s.fact(emp), s.fact(s.pick([x for x in places if x not in used])), s.fact(s.pick(SIDE_JOBS[s.lang][emp]))


def school(s: Sheet) -> str:
    """Where the diploma was taken, some with a saint's or a church's name: a fact."""
    return s.fact(s.pick(SCHOOLS[s.lang]))


def tongues(s: Sheet) -> list[str]:
    """Languages spoken (facts): the first language sometimes, and a common one."""
    own = TONGUES.get(s.p.b16_origin)
    out = [own] if own and s.chance(0.7) else []
    out.append(s.pick(COMMON_TONGUES[s.lang]))
    return [s.fact(x) for x in out]


def side_line(s: Sheet, sep: str = " – ") -> str:
    """The small job that looks like a marker, on one line."""
    emp, where, duty = side(s)
    return f"{emp}, {where}{sep}{duty}"


def cv_body(s: Sheet, sep: str = " – ") -> list[str]:
    """The jobs, a side job, the diploma and school, skills, licence, languages, tenure and availability."""
    return [s.h("exp"), *[jline(s, j, sep) for j in s.p.jobs], side_line(s, sep), "", s.h("edu"),
            f"{dip_year(s)}{sep}{school(s)}", "", s.h("skills"), ", ".join(skills(s)),
            f"{s.h('lic')}{s.sep}{licence(s)}", f"{s.h('langs')}{s.sep}{', '.join(tongues(s))}", tenure(s),
            availability(s)]


def rest(s: Sheet, mode: str = "bare", skip: tuple[str, ...] = ()) -> list[str]:
    """Every family this CV reveals and has not written yet (residence first), but those skipped."""
    res = s.bit("residence", mode) if "residence" not in skip else None
    return ([res] if res else []) + s.bits([f for f in PERSONAL16 if f not in skip], mode)


def civil(s: Sheet) -> str:
    """'Mme ' / 'Ms ' / '' before a name if the CV reveals the sex (planted)."""
    if s.lang == "ko" or not s.take("sex"):
        return ""
    return s.plant("sex", {"fr": ("Mme", "M."), "en": ("Ms", "Mr")}[s.lang][0 if s.female else 1]) + " "


MAIDEN = ("congolese", "haitian", "crimean", "zimbabwe", "kazakh")  # where a wife commonly takes her husband's name


def maiden(s: Sheet) -> str:
    """' née KALONJI' / ' (née Zvobgo)' after a married woman's name, her birth surname planted as 'name' and the
    phrase as 'family'; '' otherwise."""
    if not (s.female and s.p.marital == "married" and s.p.b16_origin in MAIDEN and s.has("family") and s.chance(0.7)):
        return ""
    born_as = s.pick([x for x in NAMES[s.p.b16_origin]["L"] if x != s.p.last])
    born_as = inflect(s.p.b16_origin, born_as, "F")
    s.done.add("family")
    word = s.plant("sex", "née")
    s.plant("name", born_as.upper())
    return " " + s.plant("family", f"{word} {born_as.upper()}")


def footer(s: Sheet) -> str:
    """The page footer a word processor repeats: the short name, 'CV', the page."""
    if s.lang == "ko":
        return f"{me(s, 'plain')} 이력서 - 1/1"
    return f"{me(s, 'short')} — CV — page 1/1" if s.lang == "fr" else f"{me(s, 'short')} | CV | Page 1 of 1"


# --- 1. a CV with a narrative 'parcours' section ------------------------------------------------------------------
@blind16()
def parcours_narratif(s: Sheet) -> str:
    """A CV whose first section tells the path in the first person ('Mon parcours'): arrival, schooling, jobs, and
    the gaps explained (a maternity or parental leave, caring for a parent, a health matter, a residence permit),
    written the way people write them; then the usual short sections, and a footer with the short name."""
    p, j = s.p, s.p.jobs[0]
    head = {"fr": ("MON PARCOURS", "Je m'appelle ", "J'ai commencé comme ", "Aujourd'hui je cherche un poste de "),
            "en": ("MY STORY", "My name is ", "I started out as ", "Today I am looking for a role as "),
            "ko": ("나의 이야기", "안녕하세요, ", "처음에는 ", "지금은 ")}[s.lang]
    form = s.pick(["LAST first", "first LAST"]) if s.lang == "fr" else "plain"
    lines = [civil(s) + me(s, form) + maiden(s), title_text(s, j, "upper" if s.lang != "ko" else "cap"),
             " · ".join(contacts(s)), "", head[0]]
    told = [sentence(s, x) for x in rest(s, "story", skip=("religion",))]
    old = p.jobs[-1]
    if s.lang == "fr":
        story = (f"{head[1]}{me(s, 'first')}. {head[2]}{title_text(s, old, 'lower')} chez {s.fact(old.employer)} à "
                 f"{s.fact(old.place)}. " + " ".join(told) + f" {head[3]}{title_text(s, j, 'lower')} ; j'ai "
                 f"{tenure(s)}.")
    elif s.lang == "en":
        story = (f"{head[1]}{me(s, 'first')}. {head[2]}{title_text(s, old, 'lower')} at {s.fact(old.employer)} in "
                 f"{s.fact(old.place)}. " + " ".join(told) + f" {head[3]}{title_text(s, j, 'lower')}, with "
                 f"{tenure(s)}.")
    else:
        story = (f"{head[1]}{me(s, 'plain')}입니다. {head[2]}{s.fact(old.place)} {s.fact(old.employer)}에서 "
                 f"{ro(title_text(s, old))} 일했습니다. " + " ".join(told) + f" {head[3]}{title_text(s, j)} 자리를 찾고 "
                 f"있으며 {tenure(s)}입니다.")
    lines += [story, ""]
    lines += cv_body(s)
    hobby = s.bit("religion", "hint")
    if hobby:
        lines.append({"fr": "Loisirs : ", "en": "Interests: ", "ko": "취미: "}[s.lang] + hobby)
    lines += [*pair_lines(s), "", footer(s)]
    return "\n".join(lines)


# --- 2. a Korean 경력기술서 with its 인적사항, 병역사항 and 가족사항 ----------------------------------------------
@blind16(langs=("ko",))
def gyeongryeok_gisulseo(s: Sheet) -> str:
    """A Korean career statement (경력기술서) with the résumé's personal table: 성명 in Hangul, Hanja or Hanzi and Latin
    letters, 생년월일, 병역사항 (군필, 육군 병장 만기제대 - or 해당없음 for a woman), 가족사항 (관계, 성명, 연령, 직업 of
    each relative - other people's names), then each job told as 담당업무 and 주요성과 with a 휴직 gap explained."""
    p = s.p
    lines = ["경 력 기 술 서", "", "[인적사항]", f"성명: {me(s, 'plain')}  (영문: {me(s, 'latin')})"]
    if p.b16_origin == "joseonjok":
        lines[-1] += f"  (한자: {me(s, 'script')})"
    if s.take("birth"):
        lines.append(f"생년월일: {s.plant('birth', bdate(s, p.born))}")
    if s.take("sex"):
        lines.append(r_sex(s, "hint") if p.b16_origin == "native" else s.plant("sex", f"성별: {'여' if s.female else '남'}"))
    lines += [f"연락처: {c}" for c in contacts(s)]
    lines += pair_lines(s, ("residence", "nationality"))
    if s.take("family"):
        rows = []
        if p.marital in ("married", "pacs"):
            rows.append(f"{s.plant('family', '배우자')} | {someone(s, 'plain', 'M' if s.female else 'F')} | 회사원")
        for i in range(min(p.children, 2)):
            rows.append(f"{s.plant('family', '자녀')} | {someone(s)} | {s.plant('family', f'{s.rng.randint(3, 15)}세')} | 학생")
        rows.append(f"부 | {someone(s, 'plain', 'M')} | 농업")
        lines += ["", "[가족사항]", "관계 | 성명 | 연령 | 직업", *rows]
    lines += ["", "[경력사항]"]
    for x in p.jobs:
        lines += [f"■ {s.fact(x.employer)} ({s.fact(x.place)}) | {job_dates(s, x, fact=True)} | {title_text(s, x)}",
                  f"  - 담당업무: {', '.join(skills(s, 2))}"]
    emp, where, duty = side(s)
    lines += [f"■ {emp} ({where}) | 단기 | {duty}"]
    gap = [x for x in (s.bit("family", "hint"), s.bit("health", "hint")) if x]
    if gap:
        lines.append("  ※ 공백기: " + ", ".join(gap))
    lines += ["", "[학력 및 자격]", f"{dip_year(s)} - {school(s)}", licence(s), ", ".join(tongues(s)), "", "[기타]",
              *rest(s, "hint"), tenure(s), availability(s), "", f"위 기재 사항은 사실과 다름없습니다. 작성자: {me(s, 'plain')}"]
    return "\n".join(lines)


# --- 3. a UK CV with a 'Career break' section -----------------------------------------------------------------------
@blind16(langs=("en",))
def career_break_uk(s: Sheet) -> str:
    """A UK CV as career-returner guides advise: name and contact line, a personal statement, EMPLOYMENT HISTORY with
    the career break given its own dated entry and reason (raising children, caring, illness, a visa wait), then
    VOLUNTEERING (faith and community groups), EDUCATION with the school, and 'References on request'."""
    p, j = s.p, s.p.jobs[0]
    stop = min(max(j.start[0], 2021), 2023)  # the last job ended, then the break ran until now
    j.end = (stop, 3) if j.start < (stop, 3) else (stop, 12)
    name_ = me(s, s.pick(["plain", "first LAST"]))
    lines = [name_ + maiden(s), " | ".join(contacts(s) + [x for x in [s.bit("residence", "bare")] if x]), "",
             "PERSONAL STATEMENT",
             f"{title_text(s, j)} with {tenure(s)}, returning to work after a career break. {availability(s)}.", "",
             "EMPLOYMENT HISTORY"]
    reason = [x for x in (s.bit("family", "hint"), s.bit("health", "hint"), s.bit("nationality", "hint")) if x]
    lines += [f"Career break ({j.end[0]} - present)",
              "• " + ("; ".join(reason) if reason else "travelling and family commitments")]
    for x in p.jobs[:1]:
        lines += [f"{title_text(s, x)} - {s.fact(x.employer)}, {s.fact(x.place)} ({job_dates(s, x)})",
                  *[f"• {y}" for y in skills(s, 2)]]
    for x in p.jobs[1:]:
        lines.append(f"{title_text(s, x)} - {s.fact(x.employer)}, {s.fact(x.place)} ({job_dates(s, x)})")
    lines += ["", "VOLUNTEERING", side_line(s)]
    lines += [f"• {x}" for x in (s.bit("religion", "hint"), s.bit("sex", "hint"), s.bit("age", "hint")) if x]
    lines += ["", "EDUCATION", f"{dip_year(s)} - {school(s)}", "", "LICENCES", licence(s), "",
              f"Languages: {', '.join(tongues(s))}", *pair_lines(s), "", "References available on request.", "",
              footer(s)]
    return "\n".join(lines)


# --- 4. a CV whose volunteer / associative section says the markers --------------------------------------------------
ASSO = {"fr": ("ENGAGEMENTS ASSOCIATIFS", "Association des {p} de {t}", "trésorière", "trésorier", "bénévole"),
        "en": ("VOLUNTEERING & COMMUNITY", "{p} Community Association of Cornwall", "treasurer", "treasurer",
               "volunteer"),
        "ko": ("대외활동 및 봉사", "{p} 공동체 모임", "총무", "총무", "봉사")}


@blind16()
def benevolat_asso(s: Sheet) -> str:
    """A CV with a full volunteer section, as job-seekers are told to fill gaps: a community association of the
    author's origin (with their role), a religious youth movement or choir, a women's team or network, a
    retired-people's or young people's club; beside employers and duties that look like markers but are facts."""
    p, j = s.p, s.p.jobs[0]
    t = ASSO[s.lang]
    lines = [me(s, "first LAST" if s.lang != "ko" else "plain") + maiden(s), title_text(s, j), *contacts(s),
             *rest(s, "bare", skip=("religion", "sex", "age", "nationality", "family", "health")), ""]
    lines += cv_body(s) + ["", t[0]]
    if s.take("nationality") and (NATS[p.b16_nat][2] or s.lang == "en" or p.b16_origin in ("joseonjok", "koryo",
                                                                                          "filipino")):
        demo = NATS[p.b16_nat][2] if s.lang == "fr" else NATS[p.b16_nat][3] if s.lang == "en" else (
            KO_KIN.get(p.b16_origin, f"{NATS[p.b16_nat][4]}인"))
        org = t[1].format(p=s.plant("nationality", demo), t=p.b16_home["town"] if s.lang == "fr" else "")
        org = re.sub(r" de ([AEIOUYÉ])", r" d'\1", org)  # 'des Tatars de Crimée d'Uckange'
        if s.lang == "fr":
            s.plant("residence", p.b16_home["town"])
        lines.append(f"{org} — {s.g(t[2], t[3])}" if s.lang == "fr" else f"{org} - {t[2]}")
    elif "nationality" in s.done:
        lines.append(f"• {r_nationality(s, 'hint')}")
    lines += [f"• {x}" for x in (s.bit("religion", "hint"), s.bit("sex", "hint"), s.bit("age", "hint")) if x]
    lines += [f"• {x}" for x in rest(s, "hint")]
    lines += ["", footer(s)]
    return "\n".join(lines)


# --- 5. the template of an employment-support programme ------------------------------------------------------------
PROG = {"fr": ("PLIE Val de Fensch — Fiche profil participant·e", "Référente de parcours : ",
               "Publics prioritaires (cocher) :", "Freins périphériques à l'emploi :", "Projet professionnel : ",
               "Plan d'action :", "Date d'entrée dans le dispositif : 02/05/2024"),
        "en": ("Restart Scheme - Participant Profile", "Work coach: ", "Eligibility flags:", "Barriers to work:",
               "Job goal: ", "Action plan:", "Start date on programme: 02/05/2024"),
        "ko": ("국민취업지원제도 - 구직자 프로필", "전담 상담사: ", "취업취약계층 해당 여부:", "취업 장애 요인:",
               "희망 직무: ", "취업활동계획:", "참여 시작일: 2024.05.02")}
FLAGS = {"fr": ["☐ QPV", "☐ BRSA", "☐ DELD (+12 mois)"], "en": ["☐ Long-term unemployed", "☐ Universal Credit"],
         "ko": ["☐ 저소득층", "☐ 장기실업자"]}


@blind16()
def programme_insertion(s: Sheet) -> str:
    """A participant sheet of an employment-support programme (PLIE / Mission locale, the UK Restart Scheme, Korea's
    국민취업지원제도): the counsellor named, tick boxes of priority groups that are personal markers ('☒ RQTH',
    '☒ Senior 50+', '☒ 경력단절여성'), 'barriers to work' (childcare, housing, a permit), the job goal, the plan."""
    p, j = s.p, s.p.jobs[0]
    t = PROG[s.lang]
    lines = [t[0], "", f"{ {'fr': 'Participant·e', 'en': 'Participant', 'ko': '참여자'}[s.lang] }{s.sep}"
             f"{civil(s)}{me(s, 'LAST first' if s.lang != 'ko' else 'plain')}{maiden(s)}", t[1] + someone(s),
             *contacts(s), *pair_lines(s, ("birth", "residence") + (("nationality",) if p.b16_origin == "native"
                                                                    else ())), "", t[2]]
    flags = list(FLAGS[s.lang])
    if s.take("health"):
        flags.append("☒ " + s.plant("health", {"fr": "RQTH", "en": "Disability (Access to Work)",
                                                "ko": "장애인 (경증)"}[s.lang]))
    if s.take("age"):
        senior = p.age >= 50
        flags.append("☒ " + s.plant("age", {"fr": "Senior 50+" if senior else "Jeune -26 ans" if p.age < 26 else
                                             f"{p.age} ans", "en": "Aged 50+" if senior else f"Aged {p.age}",
                                             "ko": "신중년 (50세 이상)" if senior else f"만 {p.age}세"}[s.lang]))
    if s.female and s.lang == "ko" and s.take("sex"):
        flags.append("☒ " + s.plant("sex", "경력단절여성"))
    if s.take("nationality"):
        flags.append("☒ " + r_nationality(s, "hint"))
    lines += flags + ["", t[3]]
    lines += [f"- {x}" for x in rest(s, "hint")] or ["- RAS"]
    lines += ["", t[4] + title_text(s, j), "", {"fr": "Expériences :", "en": "Work history:", "ko": "경력:"}[s.lang]]
    lines += [f"- {jline(s, x)}" for x in p.jobs] + [f"- {side_line(s)}"]
    lines += ["", {"fr": "Formation :", "en": "Qualifications:", "ko": "학력/자격:"}[s.lang], f"- {dip_year(s)}, {school(s)}",
              f"- {licence(s)}", f"- {', '.join(tongues(s))}", f"- {', '.join(skills(s, 2))}", "", t[5],
              f"- {tenure(s)}", f"- {availability(s)}", "", t[6]]
    return "\n".join(lines)


# --- 6. a CV with an Arabic / Latin bilingual header -----------------------------------------------------------------
AR_LABELS = {"name": "الاسم", "birth": "تاريخ الميلاد", "nationality": "الجنسية", "family": "الحالة الاجتماعية",
             "residence": "العنوان", "religion": "الديانة", "sex": "الجنس"}
AR_STATUS = {"married": ("متزوجة", "متزوج"), "pacs": ("متزوجة", "متزوج"), "single": ("عزباء", "أعزب"),
             "divorced": ("مطلقة", "مطلق"), "widowed": ("أرملة", "أرمل"), "couple": ("عزباء", "أعزب")}
AR_NAT = {"MR": ("موريتانية", "موريتاني"), "YE": ("يمنية", "يمني"), "FR": ("فرنسية", "فرنسي")}


@blind16(langs=("fr", "en"), origins={"fr": ("hassaniya",), "en": ("yemeni",)})
def entete_bilingue_arabe(s: Sheet) -> str:
    """A CV whose header is in Arabic and Latin letters side by side ('السيرة الذاتية / Curriculum vitae'): the name
    in Arabic script over its transliteration (with 'Mint' / 'Ould' / 'al-'), bilingual labels with Arabic values too
    (a married woman's 'متزوجة', a nationality's 'موريتانية'), then the CV in French or English."""
    p = s.p
    lines = ["السيرة الذاتية / " + ("Curriculum vitae" if s.lang == "fr" else "Curriculum Vitae"), "",
             f"{me(s, 'script')}", f"{me(s, s.pick(['plain', 'first LAST']))}", ""]
    label = {"fr": {"birth": "Date de naissance", "nationality": "Nationalité", "family": "Situation familiale",
                    "residence": "Adresse", "religion": "Religion", "sex": "Sexe"},
             "en": {"birth": "Date of birth", "nationality": "Nationality", "family": "Marital status",
                    "residence": "Address", "religion": "Religion", "sex": "Gender"}}[s.lang]
    if s.take("sex"):
        lines.append(f"{AR_LABELS['sex']} / {label['sex']} : {s.plant('sex', 'أنثى' if s.female else 'ذكر')} / "
                     + s.plant("sex", {"fr": ("Féminin", "Masculin"), "en": ("Female", "Male")}[s.lang][
                         0 if s.female else 1]))
    if s.take("birth"):
        lines.append(f"{AR_LABELS['birth']} / {label['birth']} : {s.plant('birth', p.born.strftime('%d/%m/%Y'))}")
    if s.take("nationality"):
        ar = AR_NAT.get(p.b16_nat, AR_NAT["FR"])
        lines.append(f"{AR_LABELS['nationality']} / {label['nationality']} : "
                     f"{s.plant('nationality', ar[0] if s.female else ar[1], (ar[1] if s.female else ar[0],))} / "
                     f"{nat_word(s, True)}")
    if s.take("family"):
        ar = AR_STATUS[p.marital]
        status = s.plant("family", ar[0] if s.female else ar[1], (ar[1] if s.female else ar[0],))
        if s.female:  # the feminine form says the sex too
            s.plant("sex", status)
        lines.append(f"{AR_LABELS['family']} / {label['family']} : {status} / {r_family(s, 'pair')[1]}")
    if s.take("residence"):
        lines.append(f"{AR_LABELS['residence']} / {label['residence']} : {r_residence(s, 'pair')[1]}")
    if s.take("religion"):
        lines.append(f"{AR_LABELS['religion']} / {label['religion']} : {s.plant('religion', 'الإسلام')} / "
                     f"{rel_word(s, True)}")
    lines += [f"{'الهاتف' if i == 0 else 'البريد الإلكتروني'} / {c}" for i, c in enumerate(contacts(s))]
    lines += ["", *cv_body(s), *[f"• {x}" for x in rest(s, "hint")], "", footer(s)]
    return "\n".join(lines)


# --- 7. a CV in Chinese and the CV's language, with the name in Hanzi ------------------------------------------------
@blind16(origins={"fr": ("qingtian",), "en": ("hongkong",), "ko": ("joseonjok",)})
def cv_sinogramme(s: Sheet) -> str:
    """A bilingual CV written in Chinese and French, English or Korean: '个人简历 / CV', the name in Hanzi beside its
    Latin or Hangul spelling, surname first in capitals ('ZHENG Xiaolei'), the Chinese personal fields (性别, 出生日期,
    籍贯 - the ancestral place -, 民族 - 朝鲜族 -, 政治面貌, 婚姻状况), then the jobs in both languages."""
    p = s.p
    title = {"fr": "个人简历 / CV", "en": "个人简历 / Curriculum Vitae", "ko": "个人简历 / 이력서"}[s.lang]
    other_form = me(s, "LAST first") if s.lang == "fr" else me(s, "latin") if s.lang == "en" else me(s, "plain")
    lines = [title, "", f"姓名 / {'Nom' if s.lang == 'fr' else 'Name' if s.lang == 'en' else '성명'}: {me(s, 'script')}"
             f" {other_form}"]
    if s.lang == "ko":
        lines.append(f"여권 영문명: {me(s, 'latin')}")
    if s.take("sex"):
        lines.append(s.plant("sex", f"性别: {'女' if s.female else '男'}"))  # one Hanzi alone would be found anywhere
    if s.take("birth"):
        b = p.born
        lines.append(f"出生日期: {s.plant('birth', f'{b.year}年{b.month}月{b.day}日')}")
        lines.append("籍贯: " + s.plant("birth", {"qingtian": "浙江青田", "hongkong": "广东台山",
                                                 "joseonjok": "吉林延边"}[p.b16_origin]))
    if s.take("nationality"):
        if p.b16_origin == "joseonjok":
            lines += [f"民族: {s.plant('nationality', '朝鲜族')}", f"체류: {r_nationality(s, 'hint')}"]
        else:
            han = {"CN": "中国", "HK": "中国香港", "FR": "法国"}[p.b16_nat]
            lines.append(f"国籍: {s.plant('nationality', han)} / {nat_word(s, True)}")
    if s.take("family"):
        lines.append(f"婚姻状况: {s.plant('family', '已婚' if p.marital in ('married', 'pacs') else '未婚')}"
                     + (f" / {r_family(s, 'hint')}" if p.children else ""))
    if s.take("religion"):
        lines.append(f"宗教信仰: {s.plant('religion', {'buddhist': '佛教', 'catholic': '天主教'}.get(p.religion, '基督教'))}")
    lines += [f"{'电话' if i == 0 else '邮箱'}: {c}" for i, c in enumerate(contacts(s))]
    lines += pair_lines(s, ("residence", "age", "health"))
    lines += ["", "工作经历 / " + s.h("exp")]
    for x in p.jobs:
        lines.append(f"{job_dates(s, x)}  {s.fact(x.employer)} ({s.fact(x.place)})  {title_text(s, x)}")
    lines += [side_line(s), "", "教育背景 / " + s.h("edu"), f"{dip_year(s)} - {school(s)}", "",
              "技能 / " + s.h("skills"), ", ".join(skills(s)), licence(s),
              f"语言 / {s.h('langs')}{s.sep}{', '.join(tongues(s))}",
              tenure(s), availability(s), *rest(s, "hint"), "", footer(s)]
    return "\n".join(lines)


# --- 8. a CV in Latin and Cyrillic letters ---------------------------------------------------------------------------
@blind16(origins={"fr": ("crimean",), "en": ("kazakh",), "ko": ("koryo",)})
def cv_cyrillique(s: Sheet) -> str:
    """A CV written from a Russian or Ukrainian template and translated: 'РЕЗЮМЕ / CV', the full name in Cyrillic
    with its patronymic ('Умерова Айше Решатовна': the father's name, and a woman's ending), the Latin spelling of
    the passport, Пол, Дата рождения, Гражданство, Семейное положение ('замужем' says a woman), then the CV."""
    p = s.p
    father = SCRIPT[p.b16_father]
    patro_cyr = father + ("овна" if s.female else "ович")
    patro_lat = (latin(p.b16_father) + ("ovna" if s.female else "ovich"))
    fio = me(s, "script")
    s.plant("name", patro_cyr)
    lines = ["РЕЗЮМЕ / " + {"fr": "CV", "en": "CV", "ko": "이력서"}[s.lang], "", f"ФИО: {fio} {patro_cyr}",
             f"{ {'fr': 'Nom (passeport)', 'en': 'Name (passport)', 'ko': '여권 영문명'}[s.lang] }: "
             f"{me(s, 'latin')} {s.plant('name', patro_lat.upper())}"]
    if s.lang == "ko":
        lines.append(f"한글 성명: {me(s, 'plain')}")
    if s.take("sex"):
        lines.append(f"Пол: {s.plant('sex', 'женский' if s.female else 'мужской')}")
    if s.take("birth"):
        lines.append(f"Дата рождения: {s.plant('birth', p.born.strftime('%d.%m.%Y'))}, "
                     f"{s.plant('birth', p.birth_place)}")
    if s.take("nationality"):
        cyr = {"UA": "Украина", "KZ": "Казахстан", "UZ": "Узбекистан", "FR": "Франция"}.get(p.b16_nat, "Украина")
        lines.append(f"Гражданство: {s.plant('nationality', cyr)} / {r_nationality(s, 'hint')}")
    if s.take("family"):
        married = p.marital in ("married", "pacs")
        word = ("замужем" if s.female else "женат") if married else ("не замужем" if s.female else "холост")
        lines.append(f"Семейное положение: {s.plant('family', word)}" +
                     (f", {s.plant('family', f'дети: {p.children}')}" if p.children else ""))
        if s.female:
            s.plant("sex", word)
    if s.take("religion"):
        faith = {"muslim": "ислам", "orthodox": "православие"}.get(p.religion, "христианство")
        lines.append(f"Вероисповедание: {s.plant('religion', faith)}")
    lines += [f"Тел.: {c}" if "@" not in c else f"E-mail: {c}" for c in contacts(s)]
    lines += pair_lines(s, ("residence", "age", "health")) + [""] + cv_body(s) + [*rest(s, "hint"), "", footer(s)]
    return "\n".join(lines)


# --- 9. an internal referral from an employee ------------------------------------------------------------------------
REFER = {"fr": ("FORMULAIRE DE COOPTATION", "Salarié·e coopteur·rice : ", "Matricule : ", "Candidat·e coopté·e : ",
                "Lien avec la personne : ", "Pourquoi je recommande cette personne :", "Prime de cooptation : 300 €",
                (("ma belle-sœur", "mon beau-frère"), ("ma cousine", "mon cousin"), ("une voisine", "un voisin"),
                 "on se connaît de la paroisse", "un ami de la famille")),
         "en": ("EMPLOYEE REFERRAL FORM", "Referred by: ", "Staff no.: ", "Candidate: ", "How do you know them? ",
                "Why are you referring them?", "Referral bonus: £250 after probation",
                (("my sister-in-law", "my brother-in-law"), "my cousin", "a neighbour", "we go to the same church",
                 "a family friend")),
         "ko": ("사내 추천서", "추천인: ", "사번: ", "피추천인: ", "관계: ", "추천 사유:", "추천 수당: 30만원 (수습 후)",
                (("처제", "처남"), "사촌", "이웃", "같은 교회 다님", "고향 친구"))}


@blind16()
def cooptation_interne(s: Sheet) -> str:
    """An internal referral form an employee fills in for a candidate: the referrer named with their staff number and
    team, the relationship ('ma belle-sœur', 'we go to the same church' - what links them says family or faith), why
    they recommend the person (a paragraph in the third person that lets slip age, family, health, origin), then the
    candidate's CV attached as text."""
    j = s.p.jobs[0]
    t = REFER[s.lang]
    referrer = someone(s)
    link = s.pick(list(t[7]))
    if isinstance(link, tuple):  # 'ma belle-sœur': the candidate's sex
        link = s.gv("sex", *link, sex=False)
    elif link in ("on se connaît de la paroisse", "we go to the same church", "같은 교회 다님"):
        link = s.plant("religion", link) if s.take("religion") else t[7][-1]
    lines = [t[0], "", t[1] + referrer, t[2] + f"{s.rng.randint(10000, 99999)}", t[3] + civil(s) +
             me(s, "plain" if s.lang == "ko" else s.pick(["plain", "LAST first"])), t[4] + link, "", t[5]]
    she = {"fr": lambda: s.g("Elle", "Il"), "en": lambda: s.gv("sex", "She", "He", sex=False),
           "ko": lambda: me(s, "first") + " 씨는"}[s.lang]()
    about = [sentence(s, x) for x in rest(s, "she")]
    emp, where, long = s.fact(j.employer), s.fact(j.place), tenure(s)
    job = {"fr": f"{she} a travaillé chez {emp} à {where} et a {long}.",
           "en": f"{she} worked at {emp} in {where} and has {long}.",
           "ko": f"{she} {where} {emp}에서 일했고 {long}입니다."}[s.lang]
    lines += [" ".join([job, *about]), "", t[6], "", "---", ""]
    lines += [me(s, "LAST first" if s.lang != "ko" else "plain"), *contacts(s), *pair_lines(s), "", *cv_body(s)]
    return "\n".join(lines)


# --- 10. a social worker's liaison sheet -----------------------------------------------------------------------------
LIAISON = {"fr": ("FICHE DE LIAISON — Service social départemental / Agence d'emploi", "Orientée par : ",
                  "assistante sociale", "Situation administrative : ", "Hébergement : ", "Composition familiale : ",
                  "Santé : ", "Compétences repérées : ", "Expérience : ", "Observations : "),
           "en": ("REFERRAL / LIAISON FORM - Citizens Advice to recruitment agency", "Referred by: ", "support worker",
                  "Immigration status: ", "Housing: ", "Household: ", "Health: ", "Skills noted: ", "Experience: ",
                  "Notes: "),
           "ko": ("사례관리 연계 의뢰서 - 행정복지센터 → 고용센터", "의뢰자: ", "사회복지사", "체류 자격: ", "주거: ",
                  "가족 구성: ", "건강: ", "보유 역량: ", "경력: ", "특이사항: ")}


@blind16()
def fiche_liaison_sociale(s: Sheet) -> str:
    """A liaison sheet a social worker sends an agency with a person they follow: who refers (named, with their
    role), the person's administrative situation (a permit, asylum), housing (a young workers' hostel, a sister's
    sofa), household, health (RQTH, a therapeutic part-time), then skills and experience (facts) and observations."""
    p, j = s.p, s.p.jobs[0]
    t = LIAISON[s.lang]
    p.b16_third = True  # the social worker writes about the person
    lines = [t[0], "", f"{t[1]}{someone(s, 'plain', 'F')}, {t[2]}",
             f"{ {'fr': 'Personne accompagnée', 'en': 'Client', 'ko': '대상자'}[s.lang] }{s.sep}{civil(s)}"
             f"{me(s, 'LAST first' if s.lang != 'ko' else 'plain')}{maiden(s)}", *contacts(s)]
    if s.take("birth"):
        lines.append(f"{ {'fr': 'Née le' if s.female else 'Né le', 'en': 'DOB', 'ko': '생년월일'}[s.lang] }{s.sep}"
                     f"{s.plant('birth', bdate(s, p.born))}")
        if s.lang == "fr" and s.female:
            s.plant("sex", "Née")
    for fam, label in (("nationality", 3), ("residence", 4), ("family", 5), ("health", 6)):
        value = s.bit(fam, "hint")
        if value:
            lines.append(t[label] + value)
    lines += ["", t[7] + ", ".join(skills(s)) + f" ; {licence(s)}", t[8] + f"{jline(s, j)}; {side_line(s)}",
              f"{dip_year(s)} ({school(s)})", ", ".join(tongues(s)), tenure(s), "",
              t[9] + (" ".join(sentence(s, x) for x in rest(s, "hint")) or "-"), availability(s)]
    return "\n".join(lines)


# --- 11. a LinkedIn 'About' section ----------------------------------------------------------------------------------
LINKEDIN = {"fr": ("Infos", "Expérience", "Bénévolat", "Recommandations", "· 1er", "relations"),
            "en": ("About", "Experience", "Volunteering", "Recommendations", "· 1st", "connections"),
            "ko": ("정보", "경력", "봉사 활동", "추천", "· 1촌", "1촌")}


@blind16()
def linkedin_about(s: Sheet) -> str:
    """A LinkedIn profile copied from the browser: the name with pronouns beside it ('(elle)', '(she/her)'), the
    headline, the town, the 'About' text in the first person that tells the gaps and the life around the work,
    Experience, Volunteering (faith and community groups), and a recommendation signed by a former colleague."""
    p, j = s.p, s.p.jobs[0]
    t = LINKEDIN[s.lang]
    name_ = me(s, "plain" if s.lang == "ko" else s.pick(["plain", "first LAST"]))
    if s.take("sex"):
        name_ += " (" + s.plant("sex", {"fr": ("elle", "il"), "en": ("she/her", "he/him"), "ko": ("she/her", "he/him")}[
            s.lang][0 if s.female else 1]) + ")"
    lines = [f"{name_} {t[4]}", f"{title_text(s, j)} | {tenure(s)}"]
    res = s.bit("residence", "bare")
    lines += [res or {"fr": "France", "en": "United Kingdom", "ko": "대한민국"}[s.lang],
              f"500+ {t[5]}", "", t[0]]
    about = [sentence(s, x) for x in rest(s, "story", skip=("religion",))]
    lines += [" ".join(about + [sentence(s, availability(s))]), "", t[1]]
    for x in p.jobs:
        lines += [title_text(s, x), f"{s.fact(x.employer)} · {job_dates(s, x)}", s.fact(x.place)]
    lines += ["", t[2], side_line(s, " · ")]
    rel = s.bit("religion", "hint")
    if rel:
        lines.append(rel)
    lines += ["", s.h("edu"), school(s), dip_year(s), "", s.h("skills"), " · ".join(skills(s) + [licence(s)]),
              ", ".join(tongues(s)), "", t[3]]
    boss = someone(s)
    first = me(s, "first")
    lines += [boss, {"fr": f"« {first} est d'une fiabilité rare, je recommande sans hésiter. »",
                     "en": f"\"{first} is utterly reliable - I recommend without hesitation.\"",
                     "ko": f"\"{first} 님은 정말 믿을 수 있는 동료입니다. 적극 추천합니다.\""}[s.lang],
              *contacts(s), *pair_lines(s)]
    return "\n".join(lines)


# --- 12. a portfolio site's about page -------------------------------------------------------------------------------
@blind16()
def portfolio_about(s: Sheet) -> str:
    """A personal site's 'about' page saved as text: the domain made of the name, the menu, a hello in the first
    person with the life story, a 'download my CV' link whose file name carries the name, the jobs, and a footer
    ('© 2024 Trésor K.') and the e-mail signature the page's contact form sends."""
    p, j = s.p, s.p.jobs[0]
    first, _, last = parts(s)
    slug = re.sub(r"[^a-z]", "", ascii_fold(f"{first}{last}").lower())
    tld = {"fr": "fr", "en": "co.uk", "ko": "kr"}[s.lang]
    domain = s.plant("contact", f"www.{slug}.{tld}") if "contact" in p.families else f"{s.plant('name', slug)}.{tld}"
    menu = {"fr": "Accueil · À propos · Expériences · Contact", "en": "Home · About · Work · Contact",
            "ko": "홈 · 소개 · 경력 · 연락하기"}[s.lang]
    hello = {"fr": "Bonjour, moi c'est ", "en": "Hi, I'm ", "ko": "안녕하세요, 저는 "}[s.lang]
    lines = [domain, menu, "", f"{hello}{me(s, 'first')} 👋", title_text(s, j)]
    story = [sentence(s, x) for x in rest(s, "story")]
    lines += [" ".join(story + [sentence(s, tenure(s))]), ""]
    lines.append({"fr": "⬇ Télécharger mon CV (", "en": "⬇ Download my CV (", "ko": "⬇ 이력서 다운로드 ("}[s.lang] +
                 f"CV_{me(s, 'file')}_2024.pdf)")
    lines += ["", s.h("exp")] + [jline(s, x) for x in p.jobs] + [side_line(s)]
    lines += ["", s.h("edu"), f"{dip_year(s)}, {school(s)}", licence(s), ", ".join(skills(s)), ", ".join(tongues(s)),
              availability(s), ""]
    lines.append(f"© 2024 {me(s, 'short' if s.lang != 'ko' else 'plain')} — "
                 + {"fr": "Tous droits réservés", "en": "All rights reserved", "ko": "All rights reserved"}[s.lang])
    lines += ["", "--", me(s, "plain"), *contacts(s)]
    return "\n".join(lines)
