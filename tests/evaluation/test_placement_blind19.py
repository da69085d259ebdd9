"""The blind19 split of the placement benchmark: its generator only (never a masker). Deterministic CVs, every layout
planting every family in each of its languages, facts and markers found verbatim (an identity mask finds nothing,
deleting the planted values finds everything and keeps every fact), job facts of care, childcare, cleaning,
hospitality, security and community work that use the words of the protected grounds (ages, health and disability,
faith, origins, family and sex) - many of them, in every language and beside the candidate's own markers of the same
ground -, employers' addresses beside the candidate's home, other people named, a vocabulary no earlier split nor
Faker carries, and layouts that write what their docstrings say."""
from __future__ import annotations

import importlib
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

from matchlens.evaluation import placement as P
from matchlens.evaluation import placement_blind19 as B19
from matchlens.evaluation import placement_data as D

sys.path.insert(0, str(Path(__file__).parent))
import split_contract as contract  # noqa: E402
from split_contract import planted, values  # noqa: E402
from test_placement_blind7 import faker_name_words, name_words, towns  # noqa: E402

PER_LAYOUT = 10
LAYOUT_NAMES = ("cv_auxiliaire_de_vie", "dossier_aide_a_domicile", "candidature_creche_cantine",
                "profil_interim_medical", "fiche_accueil_proprete", "cv_agent_securite", "kitchen_porter_cv",
                "care_assistant_application", "yoyang_ireokseo", "boyuk_ireokseo", "cv_benevole_salarie",
                "lettre_reference_ehpad", "profil_extra_hotellerie")

# words of a protected ground written as job facts (lower case; Korean matched inside words)
GROUNDS = {
    "age": {"fr": ["âgées", "seniors", "ehpad", "crèche", "0-3 ans", "6-12 ans", "16-25 ans", "enfants", "bébés",
                   "usld", "gir", "berceaux", "maternelle", "retraite"],
            "en": ["elderly", "older people", "over-65s", "children", "aged 3 to 5", "baby", "ages", "youth",
                   "early years", "care home"],
            "ko": ["노인", "어르신", "어린이집", "만 0~2세", "만 3~5세", "영아", "청소년", "아동", "요양원"]},
    "health": {"fr": ["handicap", "esat", "ime", "diabétologie", "dialyse", "alzheimer", "psychiatri", "palliatifs",
                      "oncologie", "autistes", "dysphagie", "tétraplégique", "mdph", "pch", "lsf", "diabétique",
                      "hospitalisation", "médicaments", "escarres", "fin de vie", "ssr", "néonatologie", "mémoire",
                      "dialysis", "hôpital", "hospitalier", "médicaux", "soins", "lève-personne", "humanitude"],
               "en": ["sen ", "mental health", "learning disability", "dementia", "dialysis", "stroke", "autism",
                      "autistic", "cerebral palsy", "end of life", "diabetes", "sign language", "peg feeding",
                      "hospital", "hospice", "medication", "hoist", "nursing", "ward", "moving and handling",
                      "reablement", "catheter", "clinical", "nhs", "pressure area", "texture-modified"],
               "ko": ["장애", "요양보호사", "치매", "투석", "호스피스", "정신건강", "재활", "당뇨", "수어", "휠체어",
                      "병원", "병동", "병상", "간호", "와상", "욕창", "경관식", "투약", "인공신장실", "요양", "간병",
                      "의료", "연하식", "병원 동행"]},
    "religion": {"fr": ["sainte-", "saint-", "catholique", "rothschild", "ccfd", "halal", "casher", "protestant",
                        "israélite", "diaconesses", "sœurs", "église", "presbytère", "couvent", "chapelle", "synagogue",
                        "mosquée", "aïd", "bar-mitsvah", "messe", "notre-dame", "ose", "armée du salut", "casip"],
                 "en": ["jewish", "salvation army", "methodist", "st columba", "st aidan", "cofe", "islamic", "kosher",
                        "halal", "catholic", "quaker", "synagogue", "mosque", "eid", "church", "chapel", "abbey",
                        "vicarage", "bar mitzvah", "sunday service"],
                 "ko": ["성당", "교회", "가톨릭", "원불교", "불교", "할랄", "성요셉", "성바오로", "선교", "빈첸시오"]},
    "nationality": {"fr": ["marocaine", "libanaise", "portugaise", "arabe", "wolof", "bambara", "créole", "antillais",
                           "africain", "migrants", "primo-arrivants", "fle", "comores", "malgache", "cada",
                           "asile", "soninké", "peul", "cap-verdien", "haïtien", "libanais", "cuisine du monde"],
                    "en": ["polish", "caribbean", "turkish", "chinese", "urdu", "refugee", "asylum", "twi", "shona",
                           "tagalog", "nepali", "west african"],
                    "ko": ["중국어", "베트남어", "다문화", "이주노동자", "중식", "한국수어"]},
    "family": {"fr": ["enfants", "femmes", "sage-femme", "sages-femmes", "maternité", "familles", "maternelle",
                      "mariage", "parents", "garde"],
               "en": ["women's refuge", "mother and baby", "maternity", "nanny", "children", "wedding", "family",
                      "families"],
               "ko": ["산후조리원", "여성", "모자원", "한부모", "가족", "산모", "웨딩", "돌잔치", "신생아"]},
}


def of(cvs: list[P.PlacedCV], name: str, lang: str, n: int = 3) -> list[P.PlacedCV]:
    """The first n CVs of a layout in a language, from the module's CVs."""
    return [cv for cv in cvs if cv.layout == name and cv.lang == lang][:n]


def grounds(fact: str, lang: str) -> set[str]:
    """The protected grounds whose words a job fact uses."""
    low = fact.lower() + " "
    return {g for g, words in GROUNDS.items() if any(w in low for w in words[lang])}


@pytest.fixture(scope="module")
def cvs() -> list[P.PlacedCV]:
    return P.generate("blind19", per_layout=PER_LAYOUT, seed=19)


def test_split_is_registered_new_and_listed():
    contract.registered("blind19", B19, LAYOUT_NAMES)


def test_generation_is_deterministic_for_a_seed_and_quick():
    contract.deterministic("blind19")


def test_every_layout_plants_every_family_in_each_language(cvs):
    contract.every_family("blind19", cvs)


def test_markers_and_facts_are_verbatim_and_apart(cvs):
    contract.verbatim_and_apart(cvs)


def test_identity_finds_nothing_and_an_oracle_everything(cvs):
    contract.identity_and_oracle(cvs, LAYOUT_NAMES)


# --- what is special here: job facts in the words of the protected grounds -------------------------------------------
def test_job_facts_are_many_and_use_the_words_of_every_ground(cvs):
    """Every CV carries many facts, several of them in the words of a protected ground; in every language every ground
    has such facts, in quantity."""
    for cv in cvs:
        sensitive = [f for f in cv.facts if grounds(f, cv.lang)]
        assert len(cv.facts) >= 15 and len(sensitive) >= 5, (cv.layout, cv.lang, len(cv.facts), sensitive)
    for lang in P.LANGS:
        facts = {f for cv in cvs if cv.lang == lang for f in cv.facts}
        per_ground = Counter(g for f in facts for g in grounds(f, lang))
        assert all(per_ground[g] >= 8 for g in GROUNDS), (lang, per_ground)


def test_the_examples_of_the_brief_are_written_as_facts(cvs):
    facts = {f for cv in cvs for f in cv.facts}
    for fact in ("auxiliaire de vie auprès de personnes âgées", "crèche 0-3 ans", "centre de loisirs 6-12 ans",
                 "public 16-25 ans (mission locale)", "accompagnement de personnes en situation de handicap",
                 "service de diabétologie", "centre de dialyse", "unité Alzheimer", "Secours catholique",
                 "Fondation Rothschild", "École Saint-Joseph", "cuisine halal / casher", "cuisine marocaine, libanaise",
                 "épicerie portugaise", "interprète arabe-français", "nuit 21h-7h",
                 "elderly care", "children aged 3 to 5", "SEN teaching assistant", "mental health support worker",
                 "Jewish Care", "Salvation Army", "Polish deli", "women's refuge", "mother and baby unit",
                 "노인요양원", "어린이집 만 0~2세반", "장애인 활동지원사", "요양보호사 자격증", "성바오로성당 부설 어린이집",
                 "중국어 통역", "산후조리원", "여성인력개발센터"):
        assert any(fact in f for f in facts), fact
    patterns = (r"EHPAD de \d+ résidents", r"garde d'enfants à domicile \(\d enfants\)", r"\d+ ans d'expérience en EHPAD",
                r"depuis (19|20)\d\d", r"since (19|20)\d\d", r"unité protégée de \d+ lits", r"ESAT de \d+ travailleurs handicapés",
                r"IME \(internat de \d+ enfants\)", r"\d{4}~\d{4} \(\d+년 근무\)", r"Maison des femmes de .+",
                r".*sage-femme.*", r"langues : (wolof|bambara).+\(courant\)")
    for pat in patterns:
        assert any(re.fullmatch(pat, f) for f in facts), pat


def test_own_markers_stand_beside_facts_of_the_same_ground(cvs):
    """The point of the split: a CV with the candidate's own faith (or health, age, origin, family) also carries job
    facts in the words of that ground, and a marker and a fact never contain each other."""
    beside = Counter()
    for cv in cvs:
        grounds_of_facts = {g for f in cv.facts for g in grounds(f, cv.lang)}
        for family in {m.family for m in cv.markers} & set(GROUNDS):
            beside[family, cv.lang] += family in grounds_of_facts
    for lang in P.LANGS:
        for family in GROUNDS:
            assert beside[family, lang] >= 40, (family, lang, beside)
    religion = values(cvs, "religion", "fr")
    assert {"catholique pratiquante", "catholique pratiquant"} & religion
    assert set(B19.VEIL.values()) & values(cvs, "religion") and set(B19.RELIGION_RULES["fr"]) & religion
    assert {"RQTH", "travailleuse handicapée", "travailleur handicapé", "asthmatique"} <= values(cvs, "health", "fr")
    assert {"registered disabled", "asthmatic"} <= values(cvs, "health", "en")
    assert {"장애 3급", "지체장애 4급"} <= values(cvs, "health", "ko")
    assert any(re.fullmatch(r"âgée? de \d\d ans", v) for v in values(cvs, "age", "fr"))
    assert any(re.fullmatch(r"(mère|père) de \d enfants", v) for v in values(cvs, "family", "fr"))
    facts = {f for cv in cvs for f in cv.facts}
    assert any("Secours catholique" in f for f in facts) and "cuisine halal / casher" in facts  # they stay


def test_employers_addresses_stay_beside_the_home_that_goes(cvs):
    for cv in cvs:
        if cv.lang == "ko":
            continue
        home = [m.value for m in cv.markers if m.family == "residence"]
        street = re.compile(r"\d+ (rue|place|impasse|avenue|chemin|allée|lotissement|([A-Z]\w+ )+(Road|Lane|Street|"
                            r"Way|Close|Rise))")
        addresses = [f for f in cv.facts if street.match(f)]
        assert addresses and any(street.match(v) for v in home), (cv.layout, home, addresses)
        places = set(B19.FR_JOB_PLACES + B19.EN_JOB_PLACES)
        assert all(any(p in a for p in places) for a in addresses)
        assert not {v for v in home} & {p for p in places}


def test_other_people_are_named_too(cvs):
    """A director, a colleague, a referee, an emergency contact, a parent employing a nanny: names besides the
    author's."""
    for name in ("dossier_aide_a_domicile", "profil_interim_medical", "fiche_accueil_proprete", "cv_benevole_salarie",
                 "lettre_reference_ehpad", "profil_extra_hotellerie"):
        for lang in P.LAYOUTS[name].langs:
            for cv in of(cvs, name, lang, 2):
                words = [set(P.name_words(m.value)) for m in cv.markers if m.family == "name"]
                assert any(not a & b for a in words for b in words), (name, lang, words)
    nanny = [cv for cv in (P.make_cv(P.LAYOUTS["dossier_aide_a_domicile"], lang, 7, i) for lang in ("fr", "en")
                           for i in range(8)) if re.search(r"(CESU\)|private family) - (famille|the family of) ", cv.text)]
    assert nanny
    for cv in nanny:
        parent = re.search(r"(?:famille|the family of) ([^\n,(]+?)(?:,| \(|\n)", cv.text).group(1)
        assert parent in planted(cv, "name")


def test_names_and_places_are_unseen(cvs):
    earlier = [importlib.import_module(m) for m in (P.FRESH_MODULE, *(getattr(P, f"BLIND{i}_MODULE")
                                                                      for i in range(3, 19)))]
    data = {P.ascii_fold(w).lower() for w in re.findall(r"[^\W\d_]+", Path(D.__file__).read_text(encoding="utf-8"))}
    pool = name_words(B19.NAMES)
    assert not pool & faker_name_words(), sorted(pool & faker_name_words())
    assert not pool & data, sorted(pool & data)
    old_names = set().union(*(name_words(m.NAMES) for m in earlier))
    old_names |= {w.lower() for m in earlier for w in getattr(m, "ROMAN", {}).values()}
    old_names |= {P.ascii_fold(w).lower() for m in earlier for v in getattr(m, "NICKS", {}).values() for w in v}
    for attr in ("KO_LATIN", "LATIN", "NIC", "SCRIPT"):
        old_names |= {P.ascii_fold(w).lower() for m in earlier for v in getattr(m, attr, {}).values()
                      if isinstance(v, str) for w in P.name_words(v)}
    assert not pool & old_names, sorted(pool & old_names)
    old = {t[0] for t in D.FR_TOWNS + D.EN_TOWNS} | set(D.EN_JOB_TOWNS) | set(D.KO_JOB_PLACES) | {t[1] for t in D.KO_TOWNS}
    old |= {t for c in D.COUNTRIES.values() for t in c[6]} | {t for ts in D.EN_BIRTH_TOWNS.values() for t in ts}
    old |= set().union(*(towns(m) for m in earlier))
    old |= {h.split(",")[0] for m in earlier for homes, _ in getattr(m, "EPS_HOMES", {}).values() for h in homes}
    old |= {place for m in earlier for pairs in getattr(m, "ABROAD", {}).values() for _, place in pairs}
    mine = towns(B19)
    assert {"Aixe-sur-Vienne", "Desborough", "가능동", "Saint-Junien", "Oundle", "Bougouni", "Kadoma", "화룡시"} <= mine
    folded = {P.ascii_fold(x).lower() for x in old}
    assert not mine & old and not {P.ascii_fold(x).lower() for x in mine} & folded, sorted(mine & old)
    homes = {m.value for cv in cvs for m in cv.markers if m.family in ("residence", "birth")}
    assert homes and not homes & old
    written = {w for cv in cvs for m in cv.markers if m.family == "name" for w in P.name_words(m.value)}
    assert {"Toussainte", "Ruvimbo", "봉단비"} & written


# --- the layouts write what their docstrings say ----------------------------------------------------------------------
def test_care_cv_application_forms_and_letters(cvs):
    for lang in P.LANGS:
        for cv in of(cvs, "cv_auxiliaire_de_vie", lang, 3):
            first = cv.text.splitlines()[0]
            assert any(m.family == "sex" and m.value in first for m in cv.markers)
            assert any(m.family == "name" and m.value in first for m in cv.markers)
            assert {"fr": "INFORMATIONS PERSONNELLES", "en": "PERSONAL DETAILS", "ko": "인적사항"}[lang] in cv.text
        for cv in of(cvs, "dossier_aide_a_domicile", lang, 3):
            ticked = [line[4:] for line in cv.text.splitlines() if line.startswith(("[x] ", "[v] "))]
            assert len(ticked) == 3 and set(ticked) <= set(cv.facts)
        for cv in of(cvs, "candidature_creche_cantine", lang, 3):
            assert cv.text.splitlines()[-1] in planted(cv, "name")
            assert {"fr": "Bonjour,", "en": "Dear Hiring Manager,", "ko": "안녕하십니까."}[lang] in cv.text
        for cv in of(cvs, "lettre_reference_ehpad", lang, 3):
            lines = cv.text.splitlines()
            assert lines[0] in cv.facts and (lines[1] in cv.facts or lang == "ko")
            director = planted(cv, "name")[0]
            assert cv.text.count(director) == 2
            if lang != "ko":
                assert {"Madame", "Monsieur", "Mrs", "Ms", "Miss", "Mr"} & set(planted(cv, "sex"))
        for cv in of(cvs, "profil_extra_hotellerie", lang, 3):
            assert "★" in cv.text.splitlines()[0] and cv.text.count("✔ ") >= 2
            spec = next(line for line in cv.text.splitlines() if line.startswith(("Spécialités", "Specialities", "특기")))
            rest = spec.split(": ", 1)[1]
            for f in sorted(cv.facts, key=len, reverse=True):
                rest = rest.replace(f, "")
            assert not rest.strip(", "), spec


def test_staffing_profiles_sheets_and_guards(cvs):
    for lang in P.LANGS:
        for cv in of(cvs, "profil_interim_medical", lang, 3):
            ward = next(line for line in cv.text.splitlines() if line.startswith(("Services acceptés", "Wards accepted",
                                                                                    "희망 병동")))
            assert all(w in cv.facts for w in ward.split(": ", 1)[1].split(" / "))
        for cv in of(cvs, "fiche_accueil_proprete", lang, 3):
            sites = [line for line in cv.text.splitlines() if line.startswith("* ")]
            assert sites and all(any(f in line for f in cv.facts if re.search(r"\d", f)) for line in sites)
            if lang != "ko":
                assert re.search(r"^(Civilité|Title): (Mme|Madame|M\.|Monsieur|Mrs|Ms|Miss|Mr)$",
                                 cv.text.replace(" : ", ": "), re.M)
    for lang in ("fr", "en"):
        for cv in of(cvs, "cv_agent_securite", lang, 4):
            assert any(x in cv.facts for x in ("CQP APS", "SSIAP 1", "SST", "H0B0", "SIA door supervisor licence",
                                               "SIA CCTV licence", "Emergency First Aid at Work"))
            assert re.search(r"(carte pro CNAPS valable|SIA licence valid)", cv.text)
            tail = cv.text.split("— ")[-1]
            assert sum(m.value in tail for m in cv.markers if m.family != "name") >= 8
    facts = {f for lang in ("fr", "en") for cv in of(cvs, "cv_agent_securite", lang, 10) for f in cv.facts}
    assert {"surveillance d'une synagogue (plan Vigipirate)", "Jewish community centre (CST-trained)"} & facts


def test_uk_and_korean_forms(cvs):
    for cv in of(cvs, "kitchen_porter_cv", "en", 3):
        assert "PERSONAL STATEMENT" in cv.text and re.search(r"\((she/her|he/him)\)", cv.text)
        assert re.search(r"References: .+ \(head chef\)", cv.text)
    for cv in of(cvs, "care_assistant_application", "en", 3):
        page = cv.text.split("EQUAL OPPORTUNITIES MONITORING")[1]
        assert re.search(r"^Gender: (Female|Male)$", page, re.M) and re.search(r"^Age band: \d\d-\d\d$", page, re.M)
        assert "enhanced DBS" in cv.text and sum(m.value in page for m in cv.markers) >= 5
    for cv in of(cvs, "yoyang_ireokseo", "ko", 3):
        assert cv.text.startswith("이 력 서") and "자기소개서" in cv.text and cv.text.endswith("(인)")
        assert re.search(r"올해 \d\d세", cv.text)
    for cv in of(cvs, "boyuk_ireokseo", "ko", 3):
        assert "결혼여부: " in cv.text and "[지원동기]" in cv.text
    for lang in P.LANGS:
        for cv in of(cvs, "cv_benevole_salarie", lang, 3):
            story = cv.text.splitlines()[1]
            assert sum(m.value in story for m in cv.markers) >= 5
