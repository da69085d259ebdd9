"""The blind7 split of the placement benchmark: its generator only (never a masker). Deterministic CVs, every layout
planting every family in each of its languages, facts and markers found verbatim where the text says they are, and a
vocabulary no earlier split nor Faker carries."""
from __future__ import annotations

import importlib
import re
import sys
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path

import pytest

from matchlens.evaluation import placement as P
from matchlens.evaluation import placement_blind7 as B7
from matchlens.evaluation import placement_data as D

sys.path.insert(0, str(Path(__file__).parent))
from split_contract import faker_name_words, name_words, towns  # noqa: E402,F401 (the other splits' tests import them from here)

PER_LAYOUT = 12


@pytest.fixture(scope="module")
def cvs() -> list[P.PlacedCV]:
    return P.generate("blind7", per_layout=PER_LAYOUT, seed=5)


def make(name: str, lang: str, i: int = 0) -> P.PlacedCV:
    return P.make_cv(P.LAYOUTS[name], lang, seed=1, index=i)


def test_split_is_registered_new_and_listed():
    blind7 = P.layouts("blind7")
    older = {lay.name for split in P.SPLITS[:P.SPLITS.index("blind7")] for lay in P.layouts(split)}
    assert "blind7" in P.SPLITS and len(blind7) >= 10 and not {lay.name for lay in blind7} & older
    assert all(lay.fn.__module__ == B7.__name__ and lay.split == "blind7" for lay in blind7)
    for lang in P.LANGS:
        assert len(P.layouts("blind7", lang)) >= 9, lang
    listed = B7.__doc__.split("Layouts:")[1].split(".")[0]
    assert sorted(x.strip() for x in listed.split(",")) == sorted(lay.name for lay in blind7)
    assert 280 <= 10 * sum(len(lay.langs) for lay in blind7) <= 340  # CVs at the bench's default of 10 a layout
    assert set(P.layouts("blind7")) <= set(P.layouts("all"))
    bench = (Path(__file__).parents[2] / "bench" / "bench_blind.py").read_text(encoding="utf-8")
    assert '"blind7"' in bench  # selectable with --split blind7


def test_generation_is_deterministic_for_a_seed():
    a, b = (P.generate("blind7", per_layout=1, seed=3) for _ in range(2))
    c = P.generate("blind7", per_layout=1, seed=4)
    assert [(x.text, x.markers, x.facts) for x in a] == [(x.text, x.markers, x.facts) for x in b]
    assert [x.text for x in a] != [x.text for x in c]


def test_every_layout_plants_every_family_in_each_language(cvs):
    seen: dict[tuple[str, str], set[str]] = defaultdict(set)
    for cv in cvs:
        seen[cv.layout, cv.lang] |= {m.family for m in cv.markers}
    expected = {(lay.name, lang) for lay in P.layouts("blind7") for lang in lay.langs}
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
        sides = set(B7.SIDE_EMPLOYERS[lang])
        places = set({"fr": B7.FR_JOB_PLACES, "en": B7.EN_JOB_PLACES, "ko": B7.KO_JOB_PLACES}[lang])
        durations = [f for f in facts if re.search(r"\d+ ?(ans|years|년)", f)]
        assert facts & sides and facts & places and len(durations) >= 10, lang
        trade_bits = {x for t in D.TRADES for k in ("diplomas", "licences", "skills") for x in getattr(t, k)[lang]}
        assert len(facts & trade_bits) >= 20, lang
        assert any(a in facts for a in ("Disponible immédiatement", "Available immediately", "즉시 출근 가능",
                                        "disponible immédiatement", "available immediately")), lang


def test_names_and_places_are_unseen(cvs):
    earlier = [importlib.import_module(m) for m in (P.FRESH_MODULE, P.BLIND3_MODULE, P.BLIND4_MODULE,
                                                     P.BLIND5_MODULE, P.BLIND6_MODULE)]
    data = {P.ascii_fold(w).lower() for w in re.findall(r"[^\W\d_]+", Path(D.__file__).read_text(encoding="utf-8"))}
    pool = name_words(B7.NAMES)
    assert not pool & faker_name_words(), sorted(pool & faker_name_words())
    assert not pool & data, sorted(pool & data)
    old_names = set().union(*(name_words(m.NAMES) for m in earlier))
    assert not pool & old_names, sorted(pool & old_names)
    old = {t[0] for t in D.FR_TOWNS + D.EN_TOWNS} | set(D.EN_JOB_TOWNS) | set(D.KO_JOB_PLACES) | {t[1] for t in D.KO_TOWNS}
    old |= {t for c in D.COUNTRIES.values() for t in c[6]} | {t for ts in D.EN_BIRTH_TOWNS.values() for t in ts}
    old |= set().union(*(towns(m) for m in earlier))
    mine = towns(B7) | {h.split(",")[0] for homes, _ in B7.EPS_HOMES.values() for h in homes}
    assert not mine & old, sorted(mine & old)
    homes = {m.value for cv in cvs for m in cv.markers if m.family == "residence"}
    assert homes and not homes & old


def test_numbers_said_aloud():
    assert [B7.fr_words(n) for n in (21, 42, 71, 80, 97)] == [
        "vingt et un", "quarante-deux", "soixante et onze", "quatre-vingts", "quatre-vingt-dix-sept"]
    assert [B7.en_words(n) for n in (19, 40, 58)] == ["nineteen", "forty", "fifty-eight"]
    assert [B7.ko_age_words(n) for n in (20, 42, 57)] == ["스무", "마흔두", "쉰일곱"]


def test_layouts_write_what_they_say():
    for i in range(4):
        xml = make("europass_xml", "fr", i)
        root = ET.fromstring(xml.text.split("\n", 1)[1])  # well-formed XML
        ns = "{http://europass.cedefop.europa.eu/Europass}"
        first = root.find(f"{ns}LearnerInfo/{ns}Identification/{ns}PersonName/{ns}FirstName").text
        assert first in {m.value for m in xml.markers if m.family == "name"}
    for lang in P.LANGS:
        reply = make("reply_thread", lang).text.splitlines()
        assert any(x.startswith("> ") for x in reply) and any(x.startswith(">> ") for x in reply)
        tracked = [make("tracked_changes", lang, i) for i in range(6)]
        deleted = [m for cv in tracked for m in cv.markers if m.family not in ("name", "contact") and any(
            m.value in d for d in re.findall(r"\[([^\]]*)\]\{\.deletion", cv.text))]
        assert deleted  # what the adviser deleted is still in the text
        meta = make("tika_metadata", lang)
        creator = next(x for x in meta.text.splitlines() if x.startswith("dc:creator: "))[12:]
        assert creator in {m.value for m in meta.markers if m.family == "name"}
        voice = make("voicemail", lang).text.splitlines()[-1]
        assert voice == voice.lower() and not re.search(r"[,.;:!?]", voice.replace("@", ""))
        srt = make("video_srt", lang).text.strip().split("\n\n")
        assert all(re.fullmatch(r"\d+\n\d\d:\d\d:\d\d,\d{3} --> \d\d:\d\d:\d\d,\d{3}\n.+", c, re.S) for c in srt)
        printed = make("browser_print", lang).text.splitlines()
        assert printed[-1].endswith("2/2") and sum(x.endswith("1/2") for x in printed) == 1
    voiced = [m.value for i in range(10) for cv in [make("voicemail", "fr", i)] for m in cv.markers if m.family == "age"]
    assert any(re.fullmatch(r"[a-zé -]+ ans", a) for a in voiced)  # the age said in words
    roster = [make("eps_roster", "ko", i) for i in range(4)]
    assert all(re.search(r"성명\(영문\) \| [A-Z ]+\n", cv.text) for cv in roster)
