"""The blind10 split of the placement benchmark: its generator only (never a masker). Deterministic CVs, every layout
planting every family in each of its languages, facts and markers found verbatim where the text says they are, a
vocabulary no earlier split nor Faker carries, and layouts that write what their docstrings say."""
from __future__ import annotations

import importlib
import re
import sys
import time
from collections import defaultdict
from pathlib import Path

import pytest

from matchlens.evaluation import placement as P
from matchlens.evaluation import placement_blind10 as B10
from matchlens.evaluation import placement_data as D

sys.path.insert(0, str(Path(__file__).parent))
from test_placement_blind7 import faker_name_words, name_words, towns  # noqa: E402

PER_LAYOUT = 10
BOLD = range(0x1D5D4, 0x1D7F6)  # the 'bold sans-serif' letters and digits a design tool pastes


@pytest.fixture(scope="module")
def cvs() -> list[P.PlacedCV]:
    return P.generate("blind10", per_layout=PER_LAYOUT, seed=10)


def make(name: str, lang: str, i: int = 0) -> P.PlacedCV:
    return P.make_cv(P.LAYOUTS[name], lang, seed=2, index=i)


def test_split_is_registered_new_and_listed():
    blind10 = P.layouts("blind10")
    older = {lay.name for split in P.SPLITS[:P.SPLITS.index("blind10")] for lay in P.layouts(split)}
    assert "blind10" in P.SPLITS and len(blind10) >= 11 and not {lay.name for lay in blind10} & older
    assert all(lay.fn.__module__ == B10.__name__ and lay.split == "blind10" for lay in blind10)
    for lang in P.LANGS:
        assert len(P.layouts("blind10", lang)) >= 10, lang
    listed = B10.__doc__.split("Layouts:")[1].split(".")[0]
    assert sorted(x.strip() for x in listed.split(",")) == sorted(lay.name for lay in blind10)
    assert 280 <= 10 * sum(len(lay.langs) for lay in blind10) <= 340  # CVs at the bench's default of 10 a layout
    assert set(blind10) <= set(P.layouts("all"))
    for bench in ("bench_blind.py", "bench_blind_effect.py"):  # selectable with --split blind10
        assert "blind10" in (Path(__file__).parents[2] / "bench" / bench).read_text(encoding="utf-8")
    with pytest.raises(ValueError, match="blind11"):  # the message names the newest split
        P.generate("blind99")


def test_generation_is_deterministic_for_a_seed_and_quick():
    a, b = (P.generate("blind10", per_layout=1, seed=3) for _ in range(2))
    c = P.generate("blind10", per_layout=1, seed=4)
    assert [(x.text, x.markers, x.facts) for x in a] == [(x.text, x.markers, x.facts) for x in b]
    assert [x.text for x in a] != [x.text for x in c]
    start = time.perf_counter()
    P.generate("blind10", per_layout=3, seed=5)
    assert time.perf_counter() - start < 5  # per_layout=10 takes about three times as long


def test_every_layout_plants_every_family_in_each_language(cvs):
    seen: dict[tuple[str, str], set[str]] = defaultdict(set)
    for cv in cvs:
        seen[cv.layout, cv.lang] |= {m.family for m in cv.markers}
    expected = {(lay.name, lang) for lay in P.layouts("blind10") for lang in lay.langs}
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


def test_other_people_are_named_too(cvs):
    """Recruiters, work coaches, customers, supervisors, relatives: names besides the author's, planted."""
    for name in ("forwarded_twice", "competence_profile", "service_provider", "timesheet", "relative_letter",
                 "calendar_invite", "status_stories"):
        for cv in (c for c in cvs if c.layout == name):
            names = [set(P.name_words(m.value)) for m in cv.markers if m.family == "name"]
            assert any(not a & b for a in names for b in names), (name, cv.lang, names)  # two people at least


def test_job_facts_of_every_kind_are_recorded(cvs):
    for lang in P.LANGS:
        facts = {f for cv in cvs if cv.lang == lang for f in cv.facts}
        places = set({"fr": B10.FR_JOB_PLACES, "en": B10.EN_JOB_PLACES, "ko": B10.KO_JOB_PLACES}[lang])
        durations = [f for f in facts if re.search(r"\d+ ?(ans|years|년)|\d+년", f)]
        assert facts & set(B10.SIDE_EMPLOYERS[lang]) and len(facts & places) >= 8, lang
        assert len(durations) >= 10, lang
        trade_bits = {x for t in D.TRADES for k in ("diplomas", "licences", "skills") for x in getattr(t, k)[lang]}
        assert len(facts & trade_bits) >= 20, lang
        assert any(a in facts for a in ("Disponible immédiatement", "Available immediately", "즉시 출근 가능")), lang
    fr = {f for cv in cvs if cv.lang == "fr" for f in cv.facts}
    assert any(re.fullmatch(r"\d+ ans en maison de retraite", f) for f in fr)  # a duration next to a place word, kept
    assert {"Garage Chez Fredo", "Snack Chez Tatie Lulu", "Pressing Madame Odile"} & fr  # named after people, kept
    spelled = {f for cv in cvs if cv.layout == "dictated_cv" for f in cv.facts}
    assert any(re.fullmatch(r"[a-zé-]+ ans .+", f) for f in spelled)  # a duration dictated: 'huit ans de métier'


def test_names_and_places_are_unseen(cvs):
    earlier = [importlib.import_module(m) for m in (P.FRESH_MODULE, P.BLIND3_MODULE, P.BLIND4_MODULE,
                                                     P.BLIND5_MODULE, P.BLIND6_MODULE, P.BLIND7_MODULE,
                                                     P.BLIND8_MODULE, P.BLIND9_MODULE)]
    data = {P.ascii_fold(w).lower() for w in re.findall(r"[^\W\d_]+", Path(D.__file__).read_text(encoding="utf-8"))}
    pool = name_words(B10.NAMES) | {w.lower() for w in B10.ROMAN.values()}
    assert not pool & faker_name_words(), sorted(pool & faker_name_words())
    assert not pool & data, sorted(pool & data)
    old_names = set().union(*(name_words(m.NAMES) for m in earlier))
    old_names |= {w.lower() for m in earlier for w in getattr(m, "ROMAN", {}).values()}
    old_names |= {P.ascii_fold(w).lower() for m in earlier for v in getattr(m, "NICKS", {}).values() for w in v}
    assert not pool & old_names, sorted(pool & old_names)
    old = {t[0] for t in D.FR_TOWNS + D.EN_TOWNS} | set(D.EN_JOB_TOWNS) | set(D.KO_JOB_PLACES) | {t[1] for t in D.KO_TOWNS}
    old |= {t for c in D.COUNTRIES.values() for t in c[6]} | {t for ts in D.EN_BIRTH_TOWNS.values() for t in ts}
    old |= set().union(*(towns(m) for m in earlier))
    old |= {h.split(",")[0] for m in earlier for homes, _ in getattr(m, "EPS_HOMES", {}).values() for h in homes}
    old |= {place for m in earlier for pairs in getattr(m, "ABROAD", {}).values() for _, place in pairs}
    mine = towns(B10)
    assert {"Bourail", "Scalloway", "옥포", "Koumac", "Sumburgh", "Hienghène", "Unst"} <= mine  # the pools are read
    assert not mine & old, sorted(mine & old)
    homes = {m.value for cv in cvs for m in cv.markers if m.family == "residence"}
    assert homes and not homes & old
    written = {w for cv in cvs for m in cv.markers if m.family == "name" for w in P.name_words(m.value)}
    assert {"Kaloï", "Boéhé", "Wéjième", "Ixöe", "Pwädi"} & written  # letters with diaereses and accents
    assert any(w.isupper() and w.lower() in {x.lower() for x in B10.ROMAN.values()} for w in written)


def test_numbers_and_punctuation_are_dictated():
    spoken = 0
    for lang in P.LANGS:
        for i in range(6):
            cv = make("dictated_cv", lang, i)
            words = B10.DICT_WORDS[lang]
            assert sum(cv.text.count(w) for w in words) >= 8, cv.text
            for m in cv.markers:
                if m.family in ("age", "contact") or (m.family == "birth" and "(" not in m.value):
                    assert not re.search(r"\d", m.value), m  # spelled out, never in digits
                    spoken += 1
            assert not re.search(r"\d", cv.text.split("\n", 2)[1] + cv.text.split("\n", 2)[2].split(words[2])[0])
    assert spoken >= 20
    assert B10.fr_words(1988) == "mille-neuf-cent-quatre-vingt-huit" and B10.fr_words(71) == "soixante-et-onze"
    assert B10.en_year(2003) == "two thousand and three" and B10.en_year(1988) == "nineteen eighty-eight"
    assert B10.ko_words(1988) == "천구백팔십팔" and B10.ko_words(34) == "삼십사"


def test_statuses_are_numbered_and_replies_signed():
    for lang in P.LANGS:
        for i in range(4):
            cv = make("status_stories", lang, i)
            numbers = [int(n) for n in re.findall(r"^\[\S+ (\d+)/7 ", cv.text, re.M)]
            assert numbers == list(range(1, 8)), cv.text
            names = {m.value for m in cv.markers if m.family == "name"}
            replies = [x for x in cv.text.splitlines() if x.startswith("💬 ")]
            assert len(replies) == 3 and all(x[2:].split(" : ")[0] in names for x in replies)


def test_fancy_fonts_put_the_name_in_bold_letters():
    for lang in ("fr", "en"):
        for i in range(4):
            cv = make("fancy_fonts", lang, i)
            first = cv.text.splitlines()[0]
            names = [m.value for m in cv.markers if m.family == "name"]
            assert names and all(any(ord(c) in BOLD for c in v) for v in names) and names[0] in first
            assert not any(v.isascii() for v in names)  # only the bold form is written
            assert re.search(r"⟡ (\w ){4,}", cv.text)  # letter-spaced headings
            assert B10.bold("Ab9") == "\U0001D5D4\U0001D5EF\U0001D7F5"


def test_forwarded_mail_is_quoted_twice():
    for lang in P.LANGS:
        for i in range(4):
            cv = make("forwarded_twice", lang, i)
            lines = cv.text.splitlines()
            inner = [x for x in lines if x.startswith("> >")]
            assert len(inner) >= 15 and lines[-1].startswith("> > ")
            author = P.name_words(next(m.value for m in cv.markers if m.family == "name" and
                                       any(m.value in x for x in inner)))
            assert not any(w in x for x in lines if not x.startswith(">") for w in author)  # the author, quoted only


def test_calendar_file_escapes_its_text():
    escaped = 0
    for lang in P.LANGS:
        for i in range(6):
            cv = make("calendar_invite", lang, i)
            lines = cv.text.splitlines()
            assert lines[0] == "BEGIN:VCALENDAR" and lines[-1] == "END:VCALENDAR"
            assert all(re.fullmatch(r"[A-Z-]+(;[A-Z-]+=[^:;]+)*:.*", x) for x in lines), cv.text
            desc = next(x for x in lines if x.startswith("DESCRIPTION:"))
            assert not re.search(r"(?<!\\)[,;]", desc) and desc.count("\\n") >= 8
            escaped += desc.count("\\,")
            assert all(f in desc or f in cv.text.split("DESCRIPTION:")[0] for f in cv.facts)
    assert escaped >= 10  # commas of addresses, lists and places escaped


def test_sql_dump_doubles_quotes():
    doubled = 0
    for lang in P.LANGS:
        for i in range(6):
            cv = make("sql_insert", lang, i)
            lines = cv.text.splitlines()
            assert lines[0].startswith("-- ") and all(x.startswith("INSERT INTO ") and x.endswith(");")
                                                      for x in lines[1:])
            for x in lines[1:]:
                assert x.replace("''", "").count("'") % 2 == 0, x
            doubled += sum("''" in f for f in cv.facts)
    assert doubled >= 3


def test_wiki_page_has_an_infobox_and_categories():
    for lang in P.LANGS:
        for i in range(4):
            cv = make("wiki_infobox", lang, i)
            lines = cv.text.splitlines()
            assert lines[0].startswith("{{") and "}}" in lines and re.search(r"^\[\[\w+:", cv.text, re.M)
            for m in cv.markers:
                if m.family == "birth" and "|" in m.value:
                    assert re.fullmatch(r"\d+\|\d+\|\d+", m.value) and f"|{m.value}}}}}" in cv.text


def test_timesheet_rows_name_client_sites():
    for lang in P.LANGS:
        for i in range(4):
            cv = make("timesheet", lang, i)
            rows = [x for x in cv.text.splitlines() if x.count(" | ") == 5][1:]
            assert rows and all(any(f in r for f in cv.facts) for r in rows)
            assert cv.text.splitlines()[1].split(cv.text.splitlines()[1].split()[0])[0] == ""


def test_relative_writes_in_the_third_person():
    for lang in P.LANGS:
        for i in range(4):
            cv = make("relative_letter", lang, i)
            names = [m.value for m in cv.markers if m.family == "name"]
            assert cv.text.splitlines()[-1] in names  # the relative signs
            first = next(v for v in names if " " not in v and len(v) > 1)
            assert cv.text.count(first) >= 3
