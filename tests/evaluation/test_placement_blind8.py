"""The blind8 split of the placement benchmark: its generator only (never a masker). Deterministic CVs, every layout
planting every family in each of its languages, facts and markers found verbatim where the text says they are, a
vocabulary no earlier split nor Faker carries, and layouts that write what their docstrings say."""
from __future__ import annotations

import csv
import importlib
import io
import re
import sys
from collections import defaultdict
from pathlib import Path

import pytest

from matchlens.evaluation import placement as P
from matchlens.evaluation import placement_blind8 as B8
from matchlens.evaluation import placement_data as D

sys.path.insert(0, str(Path(__file__).parent))
from test_placement_blind7 import faker_name_words, name_words, towns  # noqa: E402

PER_LAYOUT = 10


@pytest.fixture(scope="module")
def cvs() -> list[P.PlacedCV]:
    return P.generate("blind8", per_layout=PER_LAYOUT, seed=8)


def make(name: str, lang: str, i: int = 0) -> P.PlacedCV:
    return P.make_cv(P.LAYOUTS[name], lang, seed=2, index=i)


def test_split_is_registered_new_and_listed():
    blind8 = P.layouts("blind8")
    older = {lay.name for split in P.SPLITS[:P.SPLITS.index("blind8")] for lay in P.layouts(split)}
    assert "blind8" in P.SPLITS and len(blind8) >= 10 and not {lay.name for lay in blind8} & older
    assert all(lay.fn.__module__ == B8.__name__ and lay.split == "blind8" for lay in blind8)
    for lang in P.LANGS:
        assert len(P.layouts("blind8", lang)) >= 9, lang
    listed = B8.__doc__.split("Layouts:")[1].split(".")[0]
    assert sorted(x.strip() for x in listed.split(",")) == sorted(lay.name for lay in blind8)
    assert 280 <= 10 * sum(len(lay.langs) for lay in blind8) <= 340  # CVs at the bench's default of 10 a layout
    assert set(blind8) <= set(P.layouts("all"))
    bench = (Path(__file__).parents[2] / "bench" / "bench_blind.py").read_text(encoding="utf-8")
    assert '"blind8"' in bench  # selectable with --split blind8


def test_generation_is_deterministic_for_a_seed():
    a, b = (P.generate("blind8", per_layout=1, seed=3) for _ in range(2))
    c = P.generate("blind8", per_layout=1, seed=4)
    assert [(x.text, x.markers, x.facts) for x in a] == [(x.text, x.markers, x.facts) for x in b]
    assert [x.text for x in a] != [x.text for x in c]


def test_every_layout_plants_every_family_in_each_language(cvs):
    seen: dict[tuple[str, str], set[str]] = defaultdict(set)
    for cv in cvs:
        seen[cv.layout, cv.lang] |= {m.family for m in cv.markers}
    expected = {(lay.name, lang) for lay in P.layouts("blind8") for lang in lay.langs}
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


def test_job_facts_of_every_kind_are_recorded(cvs):
    for lang in P.LANGS:
        facts = {f for cv in cvs if cv.lang == lang for f in cv.facts}
        places = set({"fr": B8.FR_JOB_PLACES, "en": B8.EN_JOB_PLACES, "ko": B8.KO_JOB_PLACES}[lang])
        durations = [f for f in facts if re.search(r"\d+ ?(ans|years|년)|\d+년", f)]
        assert facts & set(B8.SIDE_EMPLOYERS[lang]) and len(facts & places) >= 5, lang
        assert len(durations) >= 10, lang
        trade_bits = {x for t in D.TRADES for k in ("diplomas", "licences", "skills") for x in getattr(t, k)[lang]}
        assert len(facts & trade_bits) >= 20, lang
        assert any(a in facts for a in ("Disponible immédiatement", "Available immediately", "즉시 출근 가능",
                                        "disponible immediatement", "available immediately")), lang
    fr = {f for cv in cvs if cv.lang == "fr" for f in cv.facts}
    assert any(re.fullmatch(r"\d+ ans en EHPAD", f) for f in fr)  # a duration next to a place word, kept
    assert {"Garage Martin", "Snack Chez Fatima"} & fr  # employers named after people, kept


def test_names_and_places_are_unseen(cvs):
    earlier = [importlib.import_module(m) for m in (P.FRESH_MODULE, P.BLIND3_MODULE, P.BLIND4_MODULE,
                                                     P.BLIND5_MODULE, P.BLIND6_MODULE, P.BLIND7_MODULE)]
    data = {P.ascii_fold(w).lower() for w in re.findall(r"[^\W\d_]+", Path(D.__file__).read_text(encoding="utf-8"))}
    pool = name_words(B8.NAMES) | {P.ascii_fold(w).lower() for v in B8.NICKS.values() for w in v}
    pool |= {w.lower() for w in B8.ROMAN.values()}
    assert not pool & faker_name_words(), sorted(pool & faker_name_words())
    assert not pool & data, sorted(pool & data)
    old_names = set().union(*(name_words(m.NAMES) for m in earlier))
    assert not pool & old_names, sorted(pool & old_names)
    old = {t[0] for t in D.FR_TOWNS + D.EN_TOWNS} | set(D.EN_JOB_TOWNS) | set(D.KO_JOB_PLACES) | {t[1] for t in D.KO_TOWNS}
    old |= {t for c in D.COUNTRIES.values() for t in c[6]} | {t for ts in D.EN_BIRTH_TOWNS.values() for t in ts}
    old |= set().union(*(towns(m) for m in earlier))
    old |= {h.split(",")[0] for homes, _ in earlier[-1].EPS_HOMES.values() for h in homes}
    mine = towns(B8)
    assert {"Bitche", "Douglas", "전곡", "Kehl", "성서공단", "Kiffa"} <= mine  # the pools are read
    assert not mine & old, sorted(mine & old)
    homes = {m.value for cv in cvs for m in cv.markers if m.family == "residence"}
    assert homes and not homes & old
    written = {w for cv in cvs for m in cv.markers if m.family == "name" for w in P.name_words(m.value)}
    assert {"Ould", "MacKinlay"} & written or any(w.startswith("N'") for cv in cvs for m in cv.markers
                                                   if m.family == "name" for w in m.value.split())


def test_layouts_write_what_they_say():
    for i in range(3):
        for lang in ("fr", "en"):
            phone = make("phone_notes", lang, i)
            body = phone.text.rsplit("\n\n", 1)[0]
            assert body == body.lower() and not re.search(r"[éèàçêô]", body)  # no capitals, no accents
            assert all(m.value == m.value.lower() for m in phone.markers)
        for lang in P.LANGS:
            cv = make("ats_csv_rows", lang, i)
            table = cv.text.split("\n#")[0]
            rows = list(csv.reader(io.StringIO(table), delimiter=";" if lang == "fr" else ","))
            assert rows[0] == B8.CSV_HEAD[lang] and len(rows) >= 3 and all(len(r) == len(rows[0]) for r in rows)
            assert len({(r[1], r[2], r[3]) for r in rows[1:]}) == 1  # the identity repeated on every row
            leben = make("lebenslauf", lang, i).text
            assert leben.startswith("Lebenslauf") and "Berufserfahrung" in leben
            assert re.search(r"\n(seit \d\d/\d{4}|\d\d/\d{4} – \d\d/\d{4}) +\S", leben)  # the dates' column
            fiche = make("interim_fiche", lang, i).text
            assert "☒" in fiche and "☐" in fiche
    worknet = [make("worknet_form", "ko", i) for i in range(4)]
    assert all(cv.text.startswith("[별지 제1호서식] 구직신청서") and "① 성명" in cv.text for cv in worknet)
    learners = [make("learner_intro", "ko", i) for i in range(4)]
    for cv in learners:  # a Korean learner's Hangul name and the passport's romanised one, both planted
        roman = re.search(r"여권 이름: (.+)", cv.text).group(1)
        assert roman == roman.upper() and roman in {m.value for m in cv.markers if m.family == "name"}
    statements = [make("honour_statement", lang, i) for lang in ("fr", "en") for i in range(3)]
    for cv in statements:  # signed with initials, which are not planted (no word of two letters)
        sign = [x for x in cv.text.splitlines() if re.fullmatch(r"([A-ZÉ]\.)+", x)]
        assert sign and not any(m.value == sign[0] for m in cv.markers)
    letters = [make("benefit_letter", "fr", i) for i in range(3)]
    assert all("pièce jointe : CV" in cv.text and "sex" in {m.family for m in cv.markers} for cv in letters)
