"""The blind21 split of the placement benchmark: its generator only (never a masker). Deterministic CVs, every layout
planting every family in each of its languages, facts and markers found verbatim (an identity mask finds nothing,
deleting the planted values finds everything and keeps every fact), CVs dense with numeric job facts (periods in every
format, durations, diploma and licence dates, hours, pay, counts, other people's ages, postcodes) among which the
candidate's age and birth date sit, written every way; names and places new; layouts that write what their docstrings
say."""
from __future__ import annotations

import importlib
import re
import sys
from pathlib import Path

import pytest

from matchlens.evaluation import placement as P
from matchlens.evaluation import placement_blind21 as B21
from matchlens.evaluation import placement_data as D

sys.path.insert(0, str(Path(__file__).parent))
import split_contract as contract  # noqa: E402
from split_contract import planted, some, values  # noqa: E402
from test_placement_blind7 import faker_name_words, name_words, towns  # noqa: E402

PER_LAYOUT = 8  # 256 CVs: the contract's 250 and more, and a quicker file
LAYOUT_NAMES = ("cv_chronologique", "frise_parcours", "tableau_periodes", "cv_senior", "premier_cv",
                "uk_personal_details", "resume_us_grad", "iryeokseo_gyeongryeok", "calendrier_saisonnier", "releve_missions",
                "cv_soins_ages", "cv_conducteur", "liste_certificats")


@pytest.fixture(scope="module")
def cvs() -> list[P.PlacedCV]:
    return P.generate("blind21", per_layout=PER_LAYOUT, seed=21)


def test_split_is_registered_new_and_listed():
    contract.registered("blind21", B21, LAYOUT_NAMES)


def test_generation_is_deterministic_for_a_seed_and_quick():
    contract.deterministic("blind21")


def test_every_layout_plants_every_family_in_each_language(cvs):
    contract.every_family("blind21", cvs)


def test_markers_and_facts_are_verbatim_and_apart(cvs):
    contract.verbatim_and_apart(cvs)


def test_identity_finds_nothing_and_an_oracle_everything(cvs):
    contract.identity_and_oracle(cvs, LAYOUT_NAMES)


# --- numbers and time everywhere ------------------------------------------------------------------------------------
def test_numeric_facts_are_many_and_of_every_kind(cvs):
    """Every CV has 15 facts or more, most of them with a digit; periods, durations, diploma and licence dates, hours,
    pay, counts and other people's ages are all written somewhere."""
    assert all(len(cv.facts) >= 15 for cv in cvs), min(len(cv.facts) for cv in cvs)
    for cv in cvs:
        numeric = [f for f in cv.facts if re.search(r"\d", f)]
        assert len(numeric) >= 10 and len(numeric) >= 0.55 * len(cv.facts), (cv.layout, cv.lang, len(numeric))
    facts = {f for cv in cvs for f in cv.facts}
    shapes = {
        "slash period": r"^\d\d/\d{4} – \d\d/\d{4}$", "years": r"^\d{4}-\d{4}$", "de à": r"^de \d{4} à \d{4}$",
        "depuis": r"^depuis [a-zéû]+ \d{4}$", "present": r"^[A-Z][a-z]{2} \d{4} - present$", "since": r"^since \d{4}$",
        "ko period": r"^\d{4}\.\d\d ~ \d{4}\.\d\d$", "ans": r"^\(\d+ ans?( \d+ mois)?\)$",
        "yrs mos": r"^\(\d+ yrs? \d+ mos?\)$", "ko length": r"^\(\d+년 \d+개월\)$",
        "experience": r"^\d+ (ans de métier|ans d'expérience|years' experience)$",
        "as a trade": r"^\d+ (ans comme [a-z]|ans en [a-z]|years as [A-Z])", "ko trade": r"^\S+ 경력 \d+년$",
        "경력": r"^(총 )?경력 \d+년$", "permis": r"^permis B depuis \d{4}$",
        "CACES": r"^CACES R489 obtenu le \d\d/\d\d/\d{4}$", "SIA": r"^SIA licence exp\. \d\d/\d{4}$",
        "diploma year": r"^CAP (cuisine|AEPE) \d{4}$",
    }
    for label, shape in shapes.items():
        assert any(re.search(shape, f) for f in facts), label
    for f in ("CDD 6 mois", "missions de 2 semaines", "travail en 3x8", "horaires 6h-14h", "nights 22:00-06:00",
              "11,88 €/h brut", "£12.21/hr", "équipe de 12", "charges de 25 kg", "80 couverts", "300 colis/jour",
              "résidents de 75 à 98 ans", "enfants de 3 à 6 ans", "public 16-25 ans", "adults 65+", "만 3세 반 담임",
              "시급 10,030원", "하루 300박스", "80 % de réussite au CAP", "Cariste, 40 ans de terrain"):
        assert f in facts, f
    assert any(re.search(r"\b\d{5} [A-Z]", f) for f in facts)  # a workplace postcode
    assert any(re.search(r"^(19[89]\d)", f) or re.search(r"\b198\d\b", f) for f in facts)  # the 1980s of an old career


def test_age_and_birth_are_written_every_way(cvs):
    ages, births = values(cvs, "age"), values(cvs, "birth")
    age_shapes = {"ans": r"^\d\d ans$", "âge :": r"^[âÂ]ge : \d\d$", "y/o": r"^\d\d y/o$", "aged": r"^aged \d\d$",
                  "paren": r"^\(\d\d\)$", "만": r"^만 \d\d세$", "세": r"^\d\d세$", "fr words": r"^[a-z-]+( et un)?(-[a-z]+)? ans$",
                  "en words": r"^[a-z]+-[a-z]+$|^(forty|fifty|sixty|thirty)$", "살": r"^[가-힣]+ 살$",
                  "turned": r"^turned \d0$", "mes": r"^mes \d0 ans$", "years old": r"^\d\d years old$"}
    for label, shape in age_shapes.items():
        assert any(re.search(shape, v) for v in ages), label
    birth_shapes = {"long": r"^\d\d? [a-zéû]+ \d{4}$", "slash": r"^\d\d/\d\d/\d{4}$", "short": r"^\d\d?/\d\d?/\d\d$",
                    "degree": r"^°\d{4}$", "iso": r"^\d{4}-\d\d-\d\d$", "year": r"^(19|20)\d\d$",
                    "dots": r"^\d\d\.\d\d\.\d\d$", "ordinal": r"^\d\d?(st|nd|rd|th) [A-Z][a-z]+ \d{4}$",
                    "ko dots": r"^\d{4}\.\d\d\.\d\d$", "년생": r"^\d\d년생$", "일생": r"^\d{4}년 \d+월 \d+일생$",
                    "주민번호": r"^\d{6}-[1-4]\*{6}$"}
    for label, shape in birth_shapes.items():
        assert any(re.search(shape, v) for v in births), label
    text = "\n".join(cv.text for cv in cvs)
    for lead in ("Né le ", "Née le ", "DOB: ", "D.O.B ", "born in ", "Date de naissance ", "생년월일: "):
        assert lead in text, lead


def test_age_markers_sit_among_numeric_facts(cvs):
    """In every CV a numeric age or birth marker is written within three lines of a numeric fact, and the numbers of
    the candidate's age and birth year are never a fact's."""
    for cv in cvs:
        lines = cv.text.splitlines()
        fact_lines = {i for i, line in enumerate(lines) for f in cv.facts if re.search(r"\d", f) and f in line}
        near = False
        for m in cv.markers:
            if m.family in ("age", "birth") and re.search(r"\d", m.value):
                at = {i for i, line in enumerate(lines) if m.value in line}
                near |= any(abs(i - j) <= 3 for i in at for j in fact_lines)
        assert near, (cv.layout, cv.lang)
        assert all(not P.pattern(v).search(f) for f in cv.facts
                   for v in (*planted(cv, "age"), *planted(cv, "birth"))), cv.layout


def test_numbers_in_other_families_against_facts(cvs):
    """A home postcode beside workplaces' postcodes, the candidate's children with their ages (family) beside children
    cared for (facts), a disability rate (health) beside success rates (facts)."""
    fam = values(cvs, "family")
    assert any(re.search(r"enfants \(\d+(, \d+)* et \d+ ans\)", v) for v in fam)
    assert any(re.search(r"children \(aged \d+", v) for v in fam) and any(re.search(r"자녀 \d명 \(\d+세", v) for v in fam)
    assert {"50 %", "80 %"} & values(cvs, "health", "fr") and {"50%", "80%"} & values(cvs, "health", "en")
    assert any(re.fullmatch(r"\d{5}", v) for v in values(cvs, "residence", "fr"))
    assert any(re.fullmatch(r"NE\d\d \d[A-Z]{2}", v) for v in values(cvs, "residence", "en"))
    for cv in cvs:
        if cv.lang == "fr" and "80 %" in planted(cv, "health"):
            assert not any("80 %" in f for f in cv.facts)


def test_numbers_said_in_words():
    assert [B21.fr_words(n) for n in (21, 41, 58, 61, 71, 80)] == [
        "vingt et un", "quarante et un", "cinquante-huit", "soixante et un", "soixante-et-onze", "quatre-vingts"]
    assert [B21.en_words(n) for n in (19, 40, 58)] == ["nineteen", "forty", "fifty-eight"]
    assert [B21.ko_words(n) for n in (20, 42, 57)] == ["스무", "마흔두", "쉰일곱"]


# --- vocabulary ------------------------------------------------------------------------------------------------------
def test_names_and_places_are_new(cvs):
    earlier = [importlib.import_module(m) for m in (P.FRESH_MODULE, *(getattr(P, f"BLIND{i}_MODULE")
                                                                      for i in range(3, 21)))]
    data = {P.ascii_fold(w).lower() for w in re.findall(r"[^\W\d_]+", Path(D.__file__).read_text(encoding="utf-8"))}
    pool, faker = name_words(B21.NAMES), faker_name_words()
    assert not pool & faker, sorted(pool & faker)
    assert not pool & data, sorted(pool & data)
    old_names = set().union(*(name_words(m.NAMES) for m in earlier))
    assert not pool & old_names, sorted(pool & old_names)
    old = {t[0] for t in D.FR_TOWNS + D.EN_TOWNS} | set(D.EN_JOB_TOWNS) | set(D.KO_JOB_PLACES) | {t[1] for t in D.KO_TOWNS}
    old |= {t for c in D.COUNTRIES.values() for t in c[6]} | {t for ts in D.EN_BIRTH_TOWNS.values() for t in ts}
    old |= set().union(*(towns(m) for m in earlier))
    old |= {h.split(",")[0] for m in earlier for homes, _ in getattr(m, "EPS_HOMES", {}).values() for h in homes}
    old |= {place for m in earlier for pairs in getattr(m, "ABROAD", {}).values() for _, place in pairs}
    mine = towns(B21)
    assert {"Espalion", "Eauze", "Bafatá", "Alnwick", "Cockermouth", "Mandeville", "해남읍", "목포"} <= mine
    folded = {P.ascii_fold(x).lower() for x in old}
    assert not mine & old and not {P.ascii_fold(x).lower() for x in mine} & folded, sorted(mine & old)
    place_words = {P.ascii_fold(w).lower() for x in mine for w in re.findall(r"[^\W\d_]+", x)} - {"sur", "les", "la"}
    assert not place_words & faker, sorted(place_words & faker)
    assert not {P.ascii_fold(x).lower() for x in mine if " " not in x} & data
    homes = {m.value for cv in cvs for m in cv.markers if m.family in ("residence", "birth")}
    assert homes and not homes & old
    written = {w for cv in cvs for m in cv.markers if m.family == "name" for w in P.name_words(m.value)}
    assert {P.ascii_fold(w).lower() for w in written} <= pool


# --- the layouts write what their docstrings say ------------------------------------------------------------------------
def test_layout_frames():
    for lang in ("fr", "en", "ko"):
        for cv in some("frise_parcours", lang, 2):
            first, axis = cv.text.splitlines()[:2]
            assert re.search(r"\((만 )?\d\d(세)?\)$", first) and first.rsplit(" ", 1 if lang != "ko" else 2)[0]
            assert axis.split(" ")[0] in planted(cv, "birth") and "█" in cv.text
        for cv in some("tableau_periodes", lang, 2):
            assert cv.text.count(" | ") >= 25 and re.search(r"^(Période|Period|기간) \| ", cv.text, re.M)
            assert any(v.startswith(("âge", "Âge", "Age", "age", "나이")) for v in planted(cv, "age"))
        for cv in some("cv_senior", lang, 2):
            assert any(re.search(r"\b19[78]\d\b", f) for f in cv.facts)  # a career begun around 1980
            assert any(v.startswith(("mes ", "turned ")) or v.endswith("되던") for v in planted(cv, "age"))
        for cv in some("premier_cv", lang, 2):
            assert any(re.search(r"(1[6-9]|20)", v) for v in planted(cv, "age"))
            assert any(re.search(r"\d+ (et|and) \d+|\d+세, \d+세|\d-\d ans", f) for f in cv.facts)
        for cv in some("releve_missions", lang, 2):
            assert sum(bool(re.search(r"\| \d\d h(rs)? \||\| \d\d시간 \|", f)) for f in cv.facts) == 4
            assert "(" in cv.text.splitlines()[0] and any(re.fullmatch(r"\((만 )?\d\d(세)?\)", v)
                                                          for v in planted(cv, "age"))
        for cv in some("calendrier_saisonnier", lang, 2):
            assert any(re.search(r"(CNI n°|NI no\.|주민등록번호)", line) for line in cv.text.splitlines()[:2])
        for cv in some("cv_soins_ages", lang, 2):
            assert planted(cv, "family") and any(re.search(r"\d", v) for v in planted(cv, "family"))
            assert sum(bool(re.search(r"\d", f)) and ("ans" in f or "aged" in f or "세" in f or "65+" in f or "13-19" in f
                                                      or "등급" in f) for f in cv.facts) >= 2
        for cv in some("cv_conducteur", lang, 2):
            assert cv.text.splitlines()[0].split(" ")[0] in planted(cv, "sex")
            assert any(k in cv.text for k in ("3. date de naissance", "Licence field 3", "운전면허증 생년월일"))
    for cv in some("uk_personal_details", "en", 4):
        lines = cv.text.splitlines()
        assert lines[1] == "Personal details" and lines[2].startswith("DOB: ")
        assert re.fullmatch(r"\d\d\.\d\d\.\d\d", lines[2][5:].split(",")[0])
    for cv in some("resume_us_grad", "en", 4):
        assert "Date of birth" not in cv.text and "DOB" not in cv.text
        assert any(f.startswith("High School Diploma, Class of ") for f in cv.facts)
        assert any(v.startswith("turned ") for v in planted(cv, "age"))
    for cv in some("iryeokseo_gyeongryeok", "ko", 4):
        assert cv.text.startswith("이 력 서") and "생년월일: " in cv.text and "주민등록번호: " in cv.text
        assert any(re.fullmatch(r"만 \d\d세", v) for v in planted(cv, "age"))
    for lang in ("fr", "en"):
        for cv in some("liste_certificats", lang, 2):
            assert sum(bool(re.search(r"(délivré le|issued) \d\d/\d\d/\d{4} – (expire le|expires) ", f))
                       for f in cv.facts) == 4
            assert re.search(r"\((\d\d ans|\d\d y/o)\)$", cv.text.splitlines()[1])
