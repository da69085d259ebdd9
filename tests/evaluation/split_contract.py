"""The contract every held-aside split of the placement benchmark keeps, one copy for the splits' tests to call:
registered, new and listed everywhere a split is named; deterministic for a seed and quick; every family planted in
each language of each layout; markers and facts verbatim and apart; an identity mask finds nothing and an oracle
everything."""
from __future__ import annotations

import time
from collections import defaultdict
from pathlib import Path
from types import ModuleType

import pytest

from matchlens.evaluation import placement as P

BENCHES = ("bench_blind.py", "bench_blind_effect.py")


def registered(split: str, module: ModuleType, layout_names: tuple[str, ...]) -> None:
    """The split's layouts are its module's, new, listed in its docstring, in the benches' usage and the error."""
    lays = P.layouts(split)
    older = {lay.name for earlier in P.SPLITS[:P.SPLITS.index(split)] for lay in P.layouts(earlier)}
    assert split in P.SPLITS and len(lays) >= 12 and not {lay.name for lay in lays} & older
    assert all(lay.fn.__module__ == module.__name__ and lay.split == split for lay in lays)
    assert {lay.name for lay in lays} == set(layout_names)
    for lang in P.LANGS:
        assert len(P.layouts(split, lang)) >= 8, lang
    assert all(lay.langs[0] == "fr" for lay in P.layouts(split, "fr"))  # French first
    listed = module.__doc__.split("Layouts:")[1].split(".")[0]
    assert sorted(x.strip() for x in listed.split(",")) == sorted(lay.name for lay in lays)
    assert 250 <= 10 * sum(len(lay.langs) for lay in lays) <= 340  # CVs at the bench's default of 10 a layout
    assert set(lays) <= set(P.layouts("all"))
    assert getattr(P, f"{split.upper()}_MODULE") == module.__name__ and split in P.__doc__ and split in P.layouts.__doc__
    for bench in BENCHES:  # selectable with --split, the others kept
        text = (Path(__file__).parents[2] / "bench" / bench).read_text(encoding="utf-8")
        usage = next(line for line in text.splitlines() if "--split" in line and "Run:" in line)
        assert all(f"|{name}|" in usage or f"|{name}]" in usage for name in P.SPLITS[2:]), bench
    with pytest.raises(ValueError, match=split) as err:  # the message names every split
        P.generate("blind99")
    assert all(name in str(err.value) for name in P.SPLITS)


def deterministic(split: str) -> None:
    a, b = (P.generate(split, per_layout=1, seed=3) for _ in range(2))
    c = P.generate(split, per_layout=1, seed=4)
    assert [(x.text, x.markers, x.facts) for x in a] == [(x.text, x.markers, x.facts) for x in b]
    assert [x.text for x in a] != [x.text for x in c]
    start = time.perf_counter()
    P.generate(split, per_layout=3, seed=5)
    assert time.perf_counter() - start < 5  # per_layout=10 takes about three times as long


def every_family(split: str, cvs: list[P.PlacedCV]) -> None:
    seen: dict[tuple[str, str], set[str]] = defaultdict(set)
    for cv in cvs:
        seen[cv.layout, cv.lang] |= {m.family for m in cv.markers}
    assert set(seen) == {(lay.name, lang) for lay in P.layouts(split) for lang in lay.langs}
    missing = {key: set(P.FAMILIES) - fams for key, fams in seen.items() if set(P.FAMILIES) - fams}
    assert not missing, missing


def verbatim_and_apart(cvs: list[P.PlacedCV]) -> None:
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


def identity_and_oracle(cvs: list[P.PlacedCV], layout_names: tuple[str, ...]) -> None:
    kept = P.evaluate(lambda text: text, cvs)
    assert kept["recall"] == 0 and kept["fact_precision"] == 1 and kept["lost_facts"] == []
    by_text = {id(cv.text): cv for cv in cvs}
    oracle = P.evaluate(lambda text: P.delete_values(text, [m.value for m in by_text[id(text)].markers]), cvs)
    assert oracle["recall"] == 1 and oracle["fact_precision"] == 1 and oracle["primary"] == 1
    assert set(oracle["recall_by_layout"]) == set(layout_names)
    assert 250 <= oracle["n_cvs"] and oracle["n_markers"] >= 3000 and oracle["n_facts"] >= 3000


def make(name: str, lang: str, i: int = 0) -> P.PlacedCV:
    """One CV of a layout (seed 2), as the splits' own tests read them."""
    return P.make_cv(P.LAYOUTS[name], lang, seed=2, index=i)


def some(name: str, lang: str, n: int = 8) -> list[P.PlacedCV]:
    return [make(name, lang, i) for i in range(n)]


def planted(cv: P.PlacedCV, family: str) -> list[str]:
    return [m.value for m in cv.markers if m.family == family]


def values(cvs: list[P.PlacedCV], family: str, lang: str | None = None) -> set[str]:
    return {v for cv in cvs if lang in (None, cv.lang) for v in planted(cv, family)}
