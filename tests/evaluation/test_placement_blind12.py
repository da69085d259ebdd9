"""The blind12 split of the placement benchmark: its generator only (never a masker). Deterministic CVs, every layout
planting every family in each of its languages, facts and markers found verbatim where the text says they are (an
identity mask finds nothing, deleting the planted values finds everything and keeps every fact), a vocabulary no
earlier split nor Faker carries, and layouts that write what their docstrings say."""
from __future__ import annotations

import csv
import importlib
import io
import re
import sys
import time
from collections import defaultdict
from pathlib import Path

import pytest

from matchlens.evaluation import placement as P
from matchlens.evaluation import placement_blind12 as B12
from matchlens.evaluation import placement_data as D

sys.path.insert(0, str(Path(__file__).parent))
from test_placement_blind7 import faker_name_words, name_words, towns  # noqa: E402

PER_LAYOUT = 10


@pytest.fixture(scope="module")
def cvs() -> list[P.PlacedCV]:
    return P.generate("blind12", per_layout=PER_LAYOUT, seed=12)


def make(name: str, lang: str, i: int = 0) -> P.PlacedCV:
    return P.make_cv(P.LAYOUTS[name], lang, seed=2, index=i)


def test_split_is_registered_new_and_listed():
    blind12 = P.layouts("blind12")
    older = {lay.name for split in P.SPLITS[:P.SPLITS.index("blind12")] for lay in P.layouts(split)}
    assert "blind12" in P.SPLITS and len(blind12) >= 10 and not {lay.name for lay in blind12} & older
    assert all(lay.fn.__module__ == B12.__name__ and lay.split == "blind12" for lay in blind12)
    for lang in P.LANGS:
        assert len(P.layouts("blind12", lang)) >= 9, lang
    listed = B12.__doc__.split("Layouts:")[1].split(".")[0]
    assert sorted(x.strip() for x in listed.split(",")) == sorted(lay.name for lay in blind12)
    assert 280 <= 10 * sum(len(lay.langs) for lay in blind12) <= 340  # CVs at the bench's default of 10 a layout
    assert set(blind12) <= set(P.layouts("all"))
    for bench in ("bench_blind.py", "bench_blind_effect.py"):  # selectable with --split blind12
        text = (Path(__file__).parents[2] / "bench" / bench).read_text(encoding="utf-8")
        assert "blind12" in text and "blind11" in text
    with pytest.raises(ValueError, match="blind12"):  # the message names every split
        P.generate("blind99")


def test_generation_is_deterministic_for_a_seed_and_quick():
    a, b = (P.generate("blind12", per_layout=1, seed=3) for _ in range(2))
    c = P.generate("blind12", per_layout=1, seed=4)
    assert [(x.text, x.markers, x.facts) for x in a] == [(x.text, x.markers, x.facts) for x in b]
    assert [x.text for x in a] != [x.text for x in c]
    start = time.perf_counter()
    P.generate("blind12", per_layout=3, seed=5)
    assert time.perf_counter() - start < 5  # per_layout=10 takes about three times as long


def test_every_layout_plants_every_family_in_each_language(cvs):
    seen: dict[tuple[str, str], set[str]] = defaultdict(set)
    for cv in cvs:
        seen[cv.layout, cv.lang] |= {m.family for m in cv.markers}
    expected = {(lay.name, lang) for lay in P.layouts("blind12") for lang in lay.langs}
    assert set(seen) == expected
    missing = {key: set(P.FAMILIES) - fams for key, fams in seen.items() if set(P.FAMILIES) - fams}
    assert not missing, missing


def test_markers_and_facts_are_verbatim_and_apart(cvs):
    for cv in cvs:
        assert cv.facts and "name" in {m.family for m in cv.markers}, cv.layout
        for m in cv.markers:
            assert m.family in P.FAMILIES and m.value in cv.text and not P.is_masked(m, cv.text), (cv.layout, m)
        for f in cv.facts:
            assert f in cv.text, (cv.layout, cv.lang, f)
            assert all(P.is_masked(m, f) for m in cv.markers), (cv.layout, f)  # no marker, no name word in a fact
        assert P.check(cv) == ""
        bare = P.delete_values(cv.text, [m.value for m in cv.markers])  # deleting the markers keeps every fact
        assert all(f in bare for f in cv.facts) and all(P.is_masked(m, bare) for m in cv.markers), cv.layout


def test_identity_finds_nothing_and_an_oracle_everything(cvs):
    kept = P.evaluate(lambda text: text, cvs)
    assert kept["recall"] == 0 and kept["fact_precision"] == 1 and kept["lost_facts"] == []
    by_text = {id(cv.text): cv for cv in cvs}
    oracle = P.evaluate(lambda text: P.delete_values(text, [m.value for m in by_text[id(text)].markers]), cvs)
    assert oracle["recall"] == 1 and oracle["fact_precision"] == 1 and oracle["primary"] == 1
    assert set(oracle["recall_by_layout"]) == {lay.name for lay in P.layouts("blind12")}


def test_other_people_are_named_too(cvs):
    """Recruiters, hosts, teachers, guardians, spouses, delegates, caseworkers, emergency contacts: names besides the
    author's, planted."""
    for name in ("sms_parts", "voice_note", "onboarding_checklist", "prefecture_letter", "school_report",
                 "hosting_attestation", "payroll_export", "right_to_work_check", "union_attestation", "notebook_ocr"):
        for cv in (c for c in cvs if c.layout == name):
            names = [set(P.name_words(m.value)) for m in cv.markers if m.family == "name"]
            assert any(not a & b for a in names for b in names), (name, cv.lang, names)  # two people at least


def test_job_facts_of_every_kind_are_recorded(cvs):
    for lang in P.LANGS:
        facts = {f for cv in cvs if cv.lang == lang for f in cv.facts}
        lowered = {f.lower() for f in facts}  # a transcript records its facts lower-cased
        places = {"fr": B12.FR_JOB_PLACES, "en": B12.EN_JOB_PLACES, "ko": B12.KO_JOB_PLACES}[lang]
        durations = [f for f in facts if re.search(r"\d+ ?(ans|years|년)|\d+년", f)]
        assert {x.lower() for x in B12.SIDE_EMPLOYERS[lang]} & lowered, lang
        assert len({x.lower() for x in places} & lowered) >= 8, lang
        assert len(durations) >= 10, lang
        trade_bits = {x for t in D.TRADES for k in ("diplomas", "licences", "skills") for x in getattr(t, k)[lang]}
        assert len(facts & trade_bits) >= 20, lang
        assert any(a in facts for a in ("Disponible immédiatement", "Available immediately", "즉시 출근 가능")), lang
    fr = {f for cv in cvs if cv.lang == "fr" for f in cv.facts}
    assert any(re.fullmatch(r"\d+ ans en EHPAD", f) for f in fr)  # a duration next to a workplace word, kept
    assert {"Épicerie Chez Nanou", "Garage Chez Titi", "Taxi Momo", "Boulangerie Chez Jojo"} & fr  # named after people


def test_names_and_places_are_unseen(cvs):
    earlier = [importlib.import_module(m) for m in (P.FRESH_MODULE, P.BLIND3_MODULE, P.BLIND4_MODULE,
                                                     P.BLIND5_MODULE, P.BLIND6_MODULE, P.BLIND7_MODULE,
                                                     P.BLIND8_MODULE, P.BLIND9_MODULE, P.BLIND10_MODULE,
                                                     P.BLIND11_MODULE)]
    data = {P.ascii_fold(w).lower() for w in re.findall(r"[^\W\d_]+", Path(D.__file__).read_text(encoding="utf-8"))}
    pool = name_words(B12.NAMES) | {P.ascii_fold(w).lower() for w in B12.NIC.values()}
    assert not pool & faker_name_words(), sorted(pool & faker_name_words())
    assert not pool & data, sorted(pool & data)
    old_names = set().union(*(name_words(m.NAMES) for m in earlier))
    old_names |= {w.lower() for m in earlier for w in getattr(m, "ROMAN", {}).values()}
    old_names |= {P.ascii_fold(w).lower() for m in earlier for v in getattr(m, "NICKS", {}).values() for w in v}
    old_names |= {P.ascii_fold(w).lower() for m in earlier for w in getattr(m, "KO_LATIN", {}).values()}
    assert not pool & old_names, sorted(pool & old_names)
    surnames = set(B12.NAMES["korean"]["L"])  # one syllable: not a 'name word', so compared whole
    old_korean = {n for m in earlier for o, d in m.NAMES.items() if "korean" in o for n in d.get("L", ())}
    assert not surnames & (old_korean | set(D.KO_SURNAME_ROMAN)), surnames & old_korean
    old = {t[0] for t in D.FR_TOWNS + D.EN_TOWNS} | set(D.EN_JOB_TOWNS) | set(D.KO_JOB_PLACES) | {t[1] for t in D.KO_TOWNS}
    old |= {t for c in D.COUNTRIES.values() for t in c[6]} | {t for ts in D.EN_BIRTH_TOWNS.values() for t in ts}
    old |= set().union(*(towns(m) for m in earlier))
    old |= {h.split(",")[0] for m in earlier for homes, _ in getattr(m, "EPS_HOMES", {}).values() for h in homes}
    old |= {place for m in earlier for pairs in getattr(m, "ABROAD", {}).values() for _, place in pairs}
    mine = towns(B12)
    assert {"Givors", "Splott", "원곡", "Morangis", "Rossington", "Karikal", "Tarbert"} <= mine  # the pools are read
    assert not mine & old, sorted(mine & old)
    homes = {m.value for cv in cvs for m in cv.markers if m.family == "residence"}
    assert homes and not homes & old
    written = {w for cv in cvs for m in cv.markers if m.family == "name" for w in P.name_words(m.value)}
    assert {"Oubelaïd", "Founé", "MacDhòmhnaill", "Dùghall", "Sìleas", "NicLeòid"} & written  # accents, graves
    assert any(w.islower() and len(w) > 2 for w in written)  # names in lower case (the transcript)


def test_sms_parts_are_numbered_complete_and_out_of_order():
    for lang in P.LANGS:
        for i in range(4):
            cv = make("sms_parts", lang, i)
            numbers = [(int(a), int(b)) for a, b in re.findall(r"^\((\d)/(\d)\) ", cv.text, re.M)]
            total = numbers[0][1]
            assert sorted(n for n, _ in numbers) == list(range(1, total + 1)) and {t for _, t in numbers} == {total}
            assert [n for n, _ in numbers] != sorted(n for n, _ in numbers)  # two parts arrived swapped
            first = next(x for x in cv.text.splitlines() if x.startswith(f"(1/{total}) "))
            assert any(m.family == "name" and m.value in first for m in cv.markers)  # the author says hello in part 1


def test_voice_note_is_unpunctuated_lower_case_and_records_it():
    for lang in ("fr", "en"):
        for i in range(4):
            cv = make("voice_note", lang, i)
            transcript = cv.text.split("\n\n", 1)[1]
            assert transcript == transcript.lower() and not re.search(r"[,.;:!?](\s|$)", transcript)
            assert all(m.value == m.value.lower() for m in cv.markers if m.value in transcript)
            assert all(f == f.lower() for f in cv.facts)
    assert B12.unpunctuated("Bonjour, c'est Fetta. J'ai 34 ans!") == "bonjour c'est fetta j'ai 34 ans"


def test_onboarding_social_security_number_tells_sex_and_birth():
    seen = 0
    for i in range(20):
        cv = make("onboarding_checklist", "fr", i)
        for m in cv.markers:
            if m.family == "birth" and re.fullmatch(r"[12] \d\d \d\d 99 \d{3} \d{3} \d\d", m.value):
                digits = m.value.replace(" ", "")
                assert 97 - int(digits[:13]) % 97 == int(digits[13:]) and (digits[0] == "2") == (cv.sex == "F")
                seen += 1
    assert seen >= 5


def test_payroll_export_parses_as_separated_values():
    for lang, delim in (("fr", ";"), ("en", ","), ("ko", ",")):
        for i in range(4):
            cv = make("payroll_export", lang, i)
            rows = list(csv.reader(io.StringIO(cv.text), delimiter=delim))
            assert len(rows[0]) == len(rows[1]) == len(B12.PAY_LABELS)
            cells = set(rows[1])
            named = [m.value for m in cv.markers if m.family == "name" and m.value in cells]
            assert named  # the worker's name is a cell of its own
            assert any(f in {c for r in rows for c in r} for f in cv.facts)


def test_letters_write_the_author_in_their_gender():
    for i in range(10):
        cv = make("school_report", "fr", i)
        assert ("une élève sérieuse" in cv.text) == (cv.sex == "F")
        cv = make("prefecture_letter", "fr", i)
        assert ("Madame" in cv.text.splitlines()[3]) == (cv.sex == "F")
        assert any(m.family == "sex" and m.value in ("Madame", "Monsieur") for m in cv.markers)
    gaelic = [w for i in range(30) for cv in [make("hosting_attestation", "en", i)] for m in cv.markers
              if m.family == "name" for w in m.value.split() if w.startswith(("Nic", "NIC"))]
    assert gaelic  # a Gaelic woman's surname in 'Nic'


def test_korean_layouts_follow_the_author():
    for i in range(6):
        cv = make("prefecture_letter", "ko", i)  # an immigration office: a Burmese worker
        name = next(m.value for m in cv.markers if m.family == "name" and " " in m.value)
        assert set(name.split()) <= {x for d in B12.NAMES["burmese"].values() for x in d}
        cv = make("school_report", "ko", i)  # a Korean school record: a Korean author, resident number and sex
        number = next(m.value for m in cv.markers if m.family == "birth" and "*" in m.value)
        assert (number[7] in "24") == (cv.sex == "F")


def test_notebook_underlines_the_name_and_others_are_in_it():
    for lang in P.LANGS:
        cv = make("notebook_ocr", lang)
        lines = cv.text.splitlines()
        assert lines[3] == "=" * len(lines[2]) and any(m.value == lines[2] for m in cv.markers if m.family == "name")
        assert sum(x.startswith("| ") for x in lines) >= 1 or lang == "ko"
