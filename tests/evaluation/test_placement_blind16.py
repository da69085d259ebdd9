"""The blind16 split of the placement benchmark: its generator only (never a masker). Deterministic CVs, every layout
planting every family in each of its languages, facts and markers found verbatim (an identity mask finds nothing,
deleting the planted values finds everything and keeps every fact), markers said indirectly (leaves, military service,
maiden names, pronouns, permits, activities), names in Arabic, Cyrillic, Hanzi and Hangul beside their Latin spelling
with their particles left out of the marker, a vocabulary no earlier split nor Faker carries, and layouts that write
what their docstrings say."""
from __future__ import annotations

import importlib
import re
import sys
from pathlib import Path

import pytest

from matchlens.evaluation import placement as P
from matchlens.evaluation import placement_blind16 as B16
from matchlens.evaluation import placement_data as D

sys.path.insert(0, str(Path(__file__).parent))
import split_contract as contract  # noqa: E402
from split_contract import planted, some, values  # noqa: E402
from test_placement_blind7 import faker_name_words, name_words, towns  # noqa: E402

PER_LAYOUT = 10
LAYOUT_NAMES = ("parcours_narratif", "gyeongryeok_gisulseo", "career_break_uk", "benevolat_asso", "programme_insertion",
                "entete_bilingue_arabe", "cv_sinogramme", "cv_cyrillique", "cooptation_interne",
                "fiche_liaison_sociale", "linkedin_about", "portfolio_about")


@pytest.fixture(scope="module")
def cvs() -> list[P.PlacedCV]:
    return P.generate("blind16", per_layout=PER_LAYOUT, seed=16)


def test_split_is_registered_new_and_listed():
    contract.registered("blind16", B16, LAYOUT_NAMES)


def test_generation_is_deterministic_for_a_seed_and_quick():
    contract.deterministic("blind16")


def test_every_layout_plants_every_family_in_each_language(cvs):
    contract.every_family("blind16", cvs)


def test_markers_and_facts_are_verbatim_and_apart(cvs):
    contract.verbatim_and_apart(cvs)


def test_identity_finds_nothing_and_an_oracle_everything(cvs):
    contract.identity_and_oracle(cvs, LAYOUT_NAMES)

def test_markers_said_indirectly_are_planted(cvs):
    """Leaves, military service, pronouns, women's teams, permits, activities, living situations, statuses."""
    sex_fr, sex_en, sex_ko = (values(cvs, "sex", lang) for lang in P.LANGS)
    assert {"congé maternité", "elle/la", "Femmes du BTP", "équipe féminine", "il/lui"} <= sex_fr
    assert {"paternité", "équipe masculine"} & sex_fr
    assert {"maternity leave", "she/her", "he/him", "Women in Logistics"} <= sex_en
    assert {"군필", "병역: 해당없음", "출산휴가", "새일센터(여성새로일하기센터)"} <= sex_ko
    assert {"육군 병장 만기제대", "공군 병장 만기전역"} & sex_ko
    family = values(cvs, "family")
    assert {"congé parental", "육아휴직", "부모님 간병"} <= family and any(v.startswith("to raise my") for v in family)
    assert not any(" ma " in line or " my " in line for cv in cvs if cv.layout == "fiche_liaison_sociale"
                   for line in cv.text.splitlines()[5:-3])  # a social worker writes 'sa sœur', 'their father'
    assert any(re.fullmatch(r"née [A-ZÉ]+", v) for v in family)  # a maiden name
    nat = values(cvs, "nationality")
    assert {"Indefinite Leave to Remain", "refugee status", "고려인 동포", "조선족 동포"} <= nat
    assert nat & {"réfugiée statutaire", "réfugié statutaire"} and nat & {"E-9 비자", "F-6 결혼이민"}
    assert any(v.startswith(("titre de séjour", "récépissé")) for v in nat)
    assert {"Congolais", "Mauritaniens"} & nat  # an association of an origin
    religion = values(cvs, "religion")
    hints = {x for _, acts in B16.REL.values() for lang in P.LANGS for x in acts[lang]}
    assert len(religion & hints) >= 15 and {"Scouts musulmans de France", "교회 청년부 봉사"} & religion
    age = values(cvs, "age")
    assert {"senior", "Over-50s", "신중년"} & age and any(v.startswith("génération ") for v in age)
    assert any(re.fullmatch(r"il y a \d+ ans", v) for v in age) and any(v.endswith("년대생") for v in age)
    health = values(cvs, "health")
    assert {"RQTH", "mi-temps thérapeutique", "reconnaissance MDPH", "Access to Work support"} <= health
    assert {"travailleuse handicapée", "travailleur handicapé"} & health and {"장애인 등록 (지체 경증)"} <= health
    residence = values(cvs, "residence")
    assert {"foyer de jeunes travailleurs", "résidence sociale", "supported housing", "고시원"} & residence


def test_narratives_tell_the_markers_in_the_first_person():
    told = 0
    for cv in some("parcours_narratif", "fr", 10):
        story = cv.text.split("MON PARCOURS\n")[1].split("\n")[0]
        assert story.startswith("Je m'appelle ")
        told += any(v in story for m in cv.markers if m.family in ("residence", "nationality", "health", "family")
                    for v in [m.value])
    assert told >= 5
    for cv in some("linkedin_about", "en", 6):
        about = cv.text.split("\nAbout\n")[1].split("\n")[0]
        assert about.startswith("I") or about.startswith("Available") or about.startswith("Notice"), about


def test_names_in_every_script_and_order(cvs):
    arabic = [v for cv in cvs if cv.layout == "entete_bilingue_arabe" for v in planted(cv, "name")
              if re.search("[\u0600-\u06ff]", v)]
    hanzi = [v for cv in cvs if cv.layout == "cv_sinogramme" for v in planted(cv, "name") if re.search("[\u4e00-\u9fff]", v)]
    cyr = [v for cv in cvs if cv.layout == "cv_cyrillique" for v in planted(cv, "name") if re.search("[\u0400-\u04ff]", v)]
    assert len(arabic) >= 15 and len(hanzi) >= 25 and len(cyr) >= 50
    names = values(cvs, "name")
    for particle in ("Mint", "Ould", "mint", "ould", "bin", "binti", "منت", "ولد"):  # a particle is no marker
        assert not any(particle in v.split() for v in names), particle
    assert not any(v.lower().startswith("al-") or " al-" in v.lower() for v in names)
    assert any(re.fullmatch(r"[A-Z]+ [A-Z][a-z]+", v) for v in names)  # surname first in capitals
    assert any(re.fullmatch(r"[^\W\d_]+ [A-Z]\.", v) for v in names)  # a nickname with an initial
    assert any(re.fullmatch(r"[A-Z]+_[A-Za-z_]+", v) for v in names)  # a file name
    for word in ("Vendredi", "Janvier", "Printemps", "Memory", "Talent", "러블리", "하늘", "나라"):  # names that are common words
        assert any(word in v or word.upper() in v for v in names), word


def test_patronymics_and_surnames_agree_with_the_sex():
    for lang in P.LANGS:
        for cv in some("cv_cyrillique", lang, 8):
            fio = re.search(r"^ФИО: (.+)$", cv.text, re.M).group(1)
            assert fio.endswith("овна" if cv.sex == "F" else "ович"), fio
            if lang != "ko" and cv.sex == "F" and re.search(r"(ов|ев)а ", fio):
                assert fio.split()[0].endswith("а")
            assert all(any(w in v for v in planted(cv, "name")) for w in fio.split()), fio


def test_other_people_are_named_too():
    """Counsellors, referrers, social workers, recommenders: names besides the author's."""
    for name in ("programme_insertion", "cooptation_interne", "fiche_liaison_sociale", "linkedin_about"):
        for lang in P.LANGS:
            for cv in some(name, lang, 4):
                words = [set(P.name_words(m.value)) for m in cv.markers if m.family == "name"]
                assert any(not a & b for a in words for b in words), (name, lang, words)


def test_job_facts_of_every_kind_are_recorded(cvs):
    for lang in P.LANGS:
        facts = {f for cv in cvs if cv.lang == lang for f in cv.facts}
        places = {"fr": B16.FR_JOB_PLACES, "en": B16.EN_JOB_PLACES, "ko": B16.KO_JOB_PLACES}[lang]
        durations = [f for f in facts if re.search(r"\d+ ?(ans|years)|\d+년", f)]
        assert len(set(B16.SIDE_EMPLOYERS[lang]) & facts) >= 4, lang  # employers that look like markers
        assert len({d for ds in B16.SIDE_JOBS[lang].values() for d in ds} & facts) >= 5, lang
        assert len(set(B16.SCHOOLS[lang]) & facts) >= 3, lang
        assert len(set(places) & facts) >= 6, (lang, set(places) - facts)
        assert len(durations) >= 10, lang
        assert len([f for f in facts if re.search(r"(19|20)\d\d", f) and any(
            f.startswith(d) for t in D.TRADES for d in t.diplomas[lang])]) >= 10, lang  # diplomas with their year
        trade_bits = {x for t in D.TRADES for k in ("diplomas", "licences", "skills") for x in getattr(t, k)[lang]}
        assert len(facts & trade_bits) >= 20, lang
    fr = {f for cv in cvs if cv.lang == "fr" for f in cv.facts}
    assert {"Maison de retraite Les Tilleuls", "Lycée Saint-Exupéry", "équipe de nuit", "aide aux familles",
            "accompagnement de personnes en situation de handicap", "agent de service hospitalier"} <= fr
    assert {"Lingala (langue d'origine)", "Hassaniya (langue d'origine)"} & fr  # languages hint at origin: facts
    assert any(re.fullmatch(r"\d+ ans en équipe de nuit", f) for f in fr)


def test_names_and_places_are_unseen(cvs):
    earlier = [importlib.import_module(m) for m in (P.FRESH_MODULE, P.BLIND3_MODULE, P.BLIND4_MODULE,
                                                     P.BLIND5_MODULE, P.BLIND6_MODULE, P.BLIND7_MODULE,
                                                     P.BLIND8_MODULE, P.BLIND9_MODULE, P.BLIND10_MODULE,
                                                     P.BLIND11_MODULE, P.BLIND12_MODULE, P.BLIND13_MODULE,
                                                     P.BLIND14_MODULE, P.BLIND15_MODULE)]
    data = {P.ascii_fold(w).lower() for w in re.findall(r"[^\W\d_]+", Path(D.__file__).read_text(encoding="utf-8"))}
    pool = name_words(B16.NAMES) | {P.ascii_fold(w).lower() for v in B16.LATIN.values() for w in P.name_words(v)}
    pool |= {P.ascii_fold(w).lower() for v in B16.SCRIPT.values() for w in P.name_words(v) if len(v) > 1}
    pool -= {"al"}  # the article of 'al-Maqtari', a particle
    assert not pool & faker_name_words(), sorted(pool & faker_name_words())
    assert not pool & data, sorted(pool & data)
    old_names = set().union(*(name_words(m.NAMES) for m in earlier))
    old_names |= {w.lower() for m in earlier for w in getattr(m, "ROMAN", {}).values()}
    old_names |= {P.ascii_fold(w).lower() for m in earlier for v in getattr(m, "NICKS", {}).values() for w in v}
    for attr in ("KO_LATIN", "LATIN", "NIC"):
        old_names |= {P.ascii_fold(w).lower() for m in earlier for w in getattr(m, attr, {}).values()
                      if isinstance(w, str)}
    assert not pool & old_names, sorted(pool & old_names)
    old = {t[0] for t in D.FR_TOWNS + D.EN_TOWNS} | set(D.EN_JOB_TOWNS) | set(D.KO_JOB_PLACES) | {t[1] for t in D.KO_TOWNS}
    old |= {t for c in D.COUNTRIES.values() for t in c[6]} | {t for ts in D.EN_BIRTH_TOWNS.values() for t in ts}
    old |= set().union(*(towns(m) for m in earlier))
    old |= {h.split(",")[0] for m in earlier for homes, _ in getattr(m, "EPS_HOMES", {}).values() for h in homes}
    old |= {place for m in earlier for pairs in getattr(m, "ABROAD", {}).values() for _, place in pairs}
    mine = towns(B16)
    assert {"Fameck", "Newquay", "창수", "Talange", "Padstow", "Kananga", "Taraz", "중국 연길"} <= mine  # read
    assert not mine & old, sorted(mine & old)
    homes = {m.value for cv in cvs for m in cv.markers if m.family == "residence"}
    assert homes and not homes & old
    written = {w for cv in cvs for m in cv.markers if m.family == "name" for w in P.name_words(m.value)}
    assert {"Kalonji", "Vendredi", "Umerov", "Zvobgo", "Nurmagambetov", "편하늘", "Revmira"} & written


# --- the layouts write what their docstrings say ----------------------------------------------------------------------
def test_korean_career_statement_has_military_and_family_tables():
    service = family = 0
    for cv in some("gyeongryeok_gisulseo", "ko", 16):
        assert cv.text.startswith("경 력 기 술 서") and "[경력사항]" in cv.text
        service += "병역: " in cv.text
        if "[가족사항]" in cv.text:
            family += 1
            rows = cv.text.split("관계 | 성명 | 연령 | 직업\n")[1].split("\n\n")[0].splitlines()
            assert all(row.split(" | ")[1] in planted(cv, "name") for row in rows), rows
    assert service >= 3 and family >= 3
    assert B16.ro("조리사") == "조리사로" and B16.ro("작업원") == "작업원으로" and B16.ro("서울") == "서울로"


def test_uk_career_break_and_referral_and_liaison_forms():
    for cv in some("career_break_uk", "en", 6):
        assert re.search(r"^Career break \(20\d\d - present\)$", cv.text, re.M) and "References available" in cv.text
    for lang, head in (("fr", "FORMULAIRE DE COOPTATION"), ("en", "EMPLOYEE REFERRAL FORM"), ("ko", "사내 추천서")):
        for cv in some("cooptation_interne", lang, 4):
            referrer = cv.text.splitlines()[2].split(": ", 1)[1]
            assert cv.text.startswith(head) and referrer in planted(cv, "name")
    for lang in P.LANGS:
        for cv in some("fiche_liaison_sociale", lang, 4):
            worker = cv.text.splitlines()[2].split(": ", 1)[1].split(", ")[0]
            assert worker in planted(cv, "name")


def test_programme_ticks_priority_groups_that_are_markers():
    ticked = 0
    for lang in P.LANGS:
        for cv in some("programme_insertion", lang, 8):
            for line in cv.text.splitlines():
                if line.startswith("☒ "):
                    ticked += 1
                    assert any(v in line for m in cv.markers for v in [m.value]), line
    assert ticked >= 20


def test_bilingual_headers_carry_both_scripts():
    for lang in ("fr", "en"):
        for cv in some("entete_bilingue_arabe", lang, 4):
            lines = cv.text.splitlines()
            assert lines[0].startswith("السيرة الذاتية / ") and re.search("[\u0600-\u06ff]", lines[2])
            assert re.search("[A-Za-z]", lines[3])
    for lang in P.LANGS:
        for cv in some("cv_sinogramme", lang, 4):
            assert cv.text.startswith("个人简历 / ") and re.search(r"^姓名 / .+: [\u4e00-\u9fff]+ ", cv.text, re.M)


def test_portfolio_repeats_the_name_in_domain_file_and_footer():
    for lang in P.LANGS:
        for cv in some("portfolio_about", lang, 4):
            assert re.search(r"CV_\S+_2024\.pdf", cv.text) and "© 2024 " in cv.text
            first = cv.text.splitlines()[0]
            assert first in planted(cv, "contact") or first.split(".")[0] in planted(cv, "name"), first
