"""The contract every held-aside split of the placement benchmark keeps, one copy for the splits' tests to call:
registered, new and listed everywhere a split is named; deterministic for a seed and quick; every family planted in
each language of each layout; markers and facts verbatim and apart; an identity mask finds nothing and an oracle
everything; names and places new."""
from __future__ import annotations

import functools
import importlib
import pkgutil
import re
import time
from collections import defaultdict
from pathlib import Path
from types import ModuleType

import pytest

from matchlens.evaluation import placement as P
from matchlens.evaluation import placement_data as D

BENCHES = ("bench_blind.py", "bench_blind_effect.py")
PLACE_STOP = frozenset({"en", "les", "le", "sur", "de", "du", "la", "saint"})  # particles of place names


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


@functools.cache
def faker_name_words() -> frozenset[str]:
    """Every word of every first and last name list of every Faker locale, folded and lower-cased."""
    import faker.providers.person as person

    words = set()
    for module in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"{person.__name__}.{module.name}").Provider
        for attr in dir(provider):
            value = getattr(provider, attr)
            if ("first_name" in attr or "last_name" in attr) and isinstance(value, (list, tuple, dict, set)):
                words |= {P.ascii_fold(w).lower() for n in value if isinstance(n, str) for w in P.name_words(n)}
    return frozenset(words)


def name_words(names: dict) -> set[str]:
    return {P.ascii_fold(w).lower() for d in names.values() for v in d.values() for n in v for w in P.name_words(n)}


def towns(mod) -> set[str]:
    """Every place of a split module's pools: homes, places of past jobs, places of birth."""
    out = set()
    for attr in ("FR_TOWNS", "EN_TOWNS", "KO_TOWNS"):
        for t in getattr(mod, attr, []):
            out |= {t[0], t[1]} if attr == "KO_TOWNS" else {t[0]}
    for attr in ("FR_JOB_PLACES", "EN_JOB_PLACES", "KO_JOB_PLACES"):
        out |= {re.sub(r" \(\w+\)$", "", p) for p in getattr(mod, attr, [])}
    births = getattr(mod, "BIRTH", {}).values()
    flat = [b for v in births for b in (v if isinstance(v, list) else [x for bs in v.values() for x in bs])]
    return out | {re.split(r" \(|, ", b)[0] for b in flat} | {b for bs in getattr(mod, "HOME_BIRTH", {}).values() for b in bs}


def names_and_places_new(split: str, module: ModuleType, must_have: set[str], pool: set[str] | None = None,
                         place_stop: frozenset[str] | None = None, abroad: bool = False) -> None:
    """No word of the split's names is a Faker name word, a placement_data word or an earlier split's name; none of
    its places (homes, births, past jobs) is in an earlier pool, folded or not, and it has the ones it names
    (`must_have`). With `place_stop`, no word of a place but those is a Faker name word either."""
    earlier = [importlib.import_module(getattr(P, f"{s.upper()}_MODULE")) for s in P.SPLITS[2:P.SPLITS.index(split)]]
    data = {P.ascii_fold(w).lower() for w in re.findall(r"[^\W\d_]+", Path(D.__file__).read_text(encoding="utf-8"))}
    pool, faker = name_words(module.NAMES) if pool is None else pool, faker_name_words()
    assert not pool & faker, sorted(pool & faker)
    assert not pool & data, sorted(pool & data)
    old_names = set().union(*(name_words(m.NAMES) for m in earlier if hasattr(m, "NAMES")))
    assert not pool & old_names, sorted(pool & old_names)
    old = {t[0] for t in D.FR_TOWNS + D.EN_TOWNS} | set(D.EN_JOB_TOWNS) | set(D.KO_JOB_PLACES) | {t[1] for t in D.KO_TOWNS}
    old |= {t for c in D.COUNTRIES.values() for t in c[6]} | {t for ts in D.EN_BIRTH_TOWNS.values() for t in ts}
    old |= set().union(*(towns(m) for m in earlier))
    if abroad:  # the homes of blind7's EPS rosters and places abroad too (blind25 shares one: 'Kegalle')
        old |= {h.split(",")[0] for m in earlier for homes, _ in getattr(m, "EPS_HOMES", {}).values() for h in homes}
        old |= {place for m in earlier for pairs in getattr(m, "ABROAD", {}).values() for _, place in pairs}
    mine = towns(module)
    assert must_have <= mine, sorted(must_have - mine)
    folded = {P.ascii_fold(x).lower() for x in old}
    assert not mine & old and not {P.ascii_fold(x).lower() for x in mine} & folded, sorted(mine & old)
    if place_stop is not None:
        words = {P.ascii_fold(w).lower() for x in mine for w in re.findall(r"[^\W\d_]+", x)} - place_stop
        assert not words & faker, sorted(words & faker)
