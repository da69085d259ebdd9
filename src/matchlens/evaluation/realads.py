"""Dev sets of the real task: real French job ads → their ROME occupation among all of ROME, and back.

The ads (``job_ads_fr/ads.csv``) and the ROME taxonomy (``rome_v4.60/``) are read from the team's shared data folder
(``$MATCHLENS_SHARED_DATA``, else ``$MATCHLENS_SHARED/data``, else ``../shared/data`` beside the checkout); the ads
may be used for development and evaluation but never redistributed, so nothing here writes their text anywhere:
the sets live in memory and split membership is saved as ad ids only (``configs/eval/realads_split.json``).

A task has the structure of ``training.jobdata``'s dev sets: ``{"queries": [(text, label)], "corpus": [(text,
label)]}`` (relevant: equal labels, as ``labeled.relevance_matrix`` reads them), plus ``query_ids`` and
``corpus_ids``. Source: France Travail, ROME v4.60 (Licence Ouverte / Etalab 2.0); the ads: France Travail API.
"""
from __future__ import annotations

import csv
import random
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

import numpy as np

from matchlens import settings
from matchlens.errors import MatchlensError

ADS = "job_ads_fr/ads.csv"
ROME_CODES = "rome_v4.60/unix_referentiel_code_rome_v460_utf8.csv"
ROME_TITLES = "rome_v4.60/unix_referentiel_appellation_v460_utf8.csv"
AD_COLUMNS = ("source", "id", "created", "department", "title", "description", "rome_code")
HELD_SOURCES = ("chuck",)   # départements 01 and 74, 2025: the dev/test side; "dldi" (nationwide 2019-2023) trains
SHARES = (0.6, 0.2, 0.2)    # occupation groups (ROME parent codes) to train, dev, test
SEED = 13
COLLECTIONS = {"dldi": "nationwide 2019–2023", "chuck": "départements 01 and 74, 2025"}


class SharedDataMissing(MatchlensError, FileNotFoundError):
    """The shared data folder, or a file in it, is not there: says where it looked and how to point to it."""


@dataclass(frozen=True)
class Ad:
    """One real job ad: what a model reads (title, description) and what splits it (source, place, date, code)."""

    id: str
    source: str
    created: str
    department: str
    title: str
    description: str
    rome_code: str

    def text(self) -> str:
        """Title line then description: the title is read as the gig's title (preprocess.fields)."""
        return f"{self.title.strip()}\n{self.description.strip()}"


@dataclass
class Rome:
    """ROME v4.60: label, parent code and job titles (appellations, most used first) of every occupation code."""

    labels: dict[str, str]
    parents: dict[str, str]
    titles: dict[str, list[str]]

    def entry(self, code: str, n_titles: int = 10) -> str:
        """The corpus entry of an occupation: its label, then up to ``n_titles`` of its job titles, one a line."""
        lines = [self.labels[code]] + [t for t in self.titles.get(code, []) if t != self.labels[code]][:n_titles]
        return "\n".join(dict.fromkeys(lines))


def shared_data_dir() -> Path:
    """The shared data folder: $MATCHLENS_SHARED_DATA, $MATCHLENS_SHARED/data, or ../shared/data of the checkout."""
    return settings.current().shared_data or settings.shared_dir() / "data"


def _require(root: Path, rel: str) -> Path:
    path = root / rel
    if not path.is_file():
        raise SharedDataMissing(
            f"The real job-ad dev sets need {rel} in the shared data folder, and {path} is not there. Set "
            f"MATCHLENS_SHARED_DATA to the folder holding job_ads_fr/ and rome_v4.60/ (the team's ../shared/data "
            f"beside the checkout). These ads are not shipped with matchlens: their licence allows evaluation, "
            f"not redistribution.")
    return path


def _rows(path: Path, needed: Sequence[str]) -> list[dict]:
    csv.field_size_limit(2**31 - 1)  # a real ad's description may pass csv's 131,072-character default
    with open(path, encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        missing = [c for c in needed if c not in (reader.fieldnames or [])]
        if missing:
            raise ValueError(f"{path.name}: no column {', '.join(map(repr, missing))} "
                             f"(columns: {', '.join(reader.fieldnames or [])})")
        return list(reader)


def read_ads(root: Path | None = None) -> list[Ad]:
    """Every ad of job_ads_fr/ads.csv, in file order."""
    path = _require(root or shared_data_dir(), ADS)
    return [Ad(**{c: r[c] if c == "description" else r[c].strip() for c in AD_COLUMNS})
            for r in _rows(path, AD_COLUMNS)]


def read_rome(root: Path | None = None) -> Rome:
    """ROME codes, labels, parents, and job titles: the main title first, then common ones, then rarely used ones."""
    root = root or shared_data_dir()
    codes = _rows(_require(root, ROME_CODES), ("code_rome", "libelle_rome", "code_rome_parent"))
    titles = _rows(_require(root, ROME_TITLES), ("code_rome", "libelle_appellation_long"))
    order = {"PRINCIPALE": 0}
    titles.sort(key=lambda r: (order.get(r.get("classification", ""), 1), r.get("peu_usite", "N") == "O"))
    by_code: dict[str, list[str]] = {}
    for r in titles:  # stable sort: file order within each rank
        by_code.setdefault(r["code_rome"], []).append(r["libelle_appellation_long"].strip())
    return Rome({r["code_rome"]: r["libelle_rome"].strip() for r in codes},
                {r["code_rome"]: r["code_rome_parent"] or r["code_rome"] for r in codes},
                {c: list(dict.fromkeys(t)) for c, t in by_code.items()})


def check_codes(ads: Sequence[Ad], rome: Rome) -> None:
    """Every ad's code must be a ROME entry, else its query would have no relevant item: named, never skipped."""
    unknown = sorted({a.rome_code for a in ads if a.rome_code not in rome.labels})
    if unknown:
        raise ValueError(f"{len(unknown)} ROME code(s) of the ads are not in the taxonomy read: "
                         f"{', '.join(unknown[:10])}; use the ROME version the ads were coded with")


def split_ads(ads: Sequence[Ad], rome: Rome, seed: int = SEED, shares: tuple[float, float, float] = SHARES,
              held_sources: Sequence[str] = HELD_SOURCES) -> dict[str, str]:
    """Ad id → "train", "dev", "test" or "unused", disjoint by occupation AND by collection, département and period.

    Occupation: ROME parent groups (a code and its child codes, as older ads use the parent code) that have ads,
    sorted, shuffled with ``seed``; the first ``shares[1]`` of them go to dev, the next ``shares[2]`` to test, the
    rest to train. Collection: dev and test ads come from ``held_sources`` only; train ads from the other sources,
    minus any ad from a département of the held side or created on or after the held side's first date. An ad on
    the wrong side of either axis is "unused", so no dev or test ad's occupation, département or period is trained on.
    """
    check_codes(ads, rome)
    groups = sorted({rome.parents[a.rome_code] for a in ads})
    random.Random(seed).shuffle(groups)
    n_dev, n_test = round(len(groups) * shares[1]), round(len(groups) * shares[2])
    part_of = {g: "dev" if k < n_dev else "test" if k < n_dev + n_test else "train" for k, g in enumerate(groups)}
    held = [a for a in ads if a.source in held_sources]
    held_places = {a.department for a in held}
    held_start = min((a.created for a in held if a.created), default="9999")
    out = {}
    for a in ads:
        part = part_of[rome.parents[a.rome_code]]
        if a.source in held_sources:
            out[a.id] = part if part != "train" else "unused"
        else:
            trainable = a.department not in held_places and bool(a.created) and a.created < held_start
            out[a.id] = "train" if part == "train" and trainable else "unused"
    return out


def subsets(ads: Sequence[Ad], split: dict[str, str]) -> dict[str, np.ndarray]:
    """Row indices of the ads of each reported part: all, each collection, and each split part."""
    out = {"all": np.arange(len(ads))}
    for source in sorted({a.source for a in ads}):
        out[source] = np.array([i for i, a in enumerate(ads) if a.source == source], dtype=int)
    for part in ("train", "dev", "test"):
        out[part] = np.array([i for i, a in enumerate(ads) if split.get(a.id) == part], dtype=int)
    return out


def ad_to_occupation(ads: Sequence[Ad], rome: Rome, n_titles: int = 10) -> dict[str, list]:
    """Ads (title + description) → every ROME occupation (label + up to ``n_titles`` job titles); relevant: its code."""
    check_codes(ads, rome)
    codes = sorted(rome.labels)
    return {"queries": [(a.text(), a.rome_code) for a in ads], "corpus": [(rome.entry(c, n_titles), c) for c in codes],
            "query_ids": [a.id for a in ads], "corpus_ids": codes}


def occupation_to_ads(ads: Sequence[Ad], rome: Rome, n_titles: int = 10) -> dict[str, list]:
    """The reverse direction: each occupation with ads → those ads (long documents, in the corpus role)."""
    check_codes(ads, rome)
    codes = sorted({a.rome_code for a in ads})
    return {"queries": [(rome.entry(c, n_titles), c) for c in codes], "corpus": [(a.text(), a.rome_code) for a in ads],
            "query_ids": codes, "corpus_ids": [a.id for a in ads]}


def relevance(task: dict[str, list]) -> np.ndarray:
    """(queries, corpus) relevance of a task, as the ranking evaluator reads a set with a label column."""
    import pandas as pd

    from matchlens.evaluation.labeled import relevance_matrix

    q, c = (pd.DataFrame(task[part], columns=["text", "label"]) for part in ("queries", "corpus"))
    return relevance_matrix(q, c, "label", None)


def evaluate(task: dict[str, list], models: Sequence[str], rows: dict[str, np.ndarray] | None = None,
             options=None, ks: Sequence[int] = (1, 5, 10), n_boot: int = 1000, cache=None) -> tuple[dict, dict]:
    """Ranking metrics of each model on each subset of the task's queries ({name: row indices}; default all),
    scoring the whole task once per model: ({subset: {model: metrics}}, {model: error})."""
    from matchlens.evaluation.labeled import ranking_scores
    from matchlens.evaluation.metrics import ranking_metrics
    from matchlens.scoring.cache import EmbeddingCache

    texts = [t for t, _ in task["queries"]], [t for t, _ in task["corpus"]]
    rel = relevance(task)
    rows = rows if rows is not None else {"all": np.arange(len(rel))}
    labels = np.array([label for _, label in task["queries"]])
    cache = EmbeddingCache() if cache is None else cache
    results: dict[str, dict] = {name: {} for name in rows}
    errors: dict[str, str] = {}
    for m in models:
        try:
            sims = ranking_scores(m, texts[0], texts[1], cache, options)
        except Exception as exc:  # report per model, keep going
            errors[m] = f"{type(exc).__name__}: {exc}"
            continue
        for name, idx in rows.items():
            if len(idx):
                r = ranking_metrics(sims[idx], rel[idx], ks, n_boot=n_boot)
                r["mrr_ci_by_occupation"] = occupation_ci(r["per_query_rr"], labels[idx], n_boot)
                results[name][m] = r
    return results, errors


def occupation_ci(rr: Sequence[float], labels: np.ndarray, n_boot: int = 1000, seed: int = 0) -> tuple[float, float]:
    """95% CI of the MRR resampling whole occupations (their ads are alike, so ads alone understate the spread)."""
    from matchlens.evaluation.metrics import resamples

    rr = np.asarray(rr, dtype=float)
    if len(rr) < 2 or n_boot < 1:
        return (float("nan"), float("nan"))
    vals = [float(rr[idx].mean()) for idx in resamples(len(rr), n_boot, seed, groups=np.asarray(labels))]
    return float(np.percentile(vals, 2.5)), float(np.percentile(vals, 97.5))


def split_record(ads: Sequence[Ad], rome: Rome, split: dict[str, str], seed: int = SEED) -> dict:
    """The split as ad ids and occupation groups per part, with its rule and counts: no ad text."""
    parts = {p: sorted(i for i, v in split.items() if v == p) for p in ("train", "dev", "test", "unused")}
    groups = {p: sorted({rome.parents[a.rome_code] for a in ads if split[a.id] == p}) for p in ("train", "dev", "test")}
    return {"seed": seed, "shares (occupation groups: train, dev, test)": list(SHARES),
            "held_sources": list(HELD_SOURCES), "rule": " ".join(split_ads.__doc__.split("\n\n", 1)[1].split()),
            "counts": {p: len(v) for p, v in parts.items()},
            "occupation_groups": groups, "ad_ids": parts}


def build(direction: str = "ad_to_occupation", part: str = "dev", seed: int = SEED, n_titles: int = 10,
          root: Path | None = None) -> tuple[dict[str, list], str]:
    """One real-ad set on one part ("all", a split part or a collection), with a line saying what it holds."""
    ads, rome = read_ads(root), read_rome(root)
    rows = subsets(ads, split_ads(ads, rome, seed))
    if part not in rows:
        raise ValueError(f"no part {part!r} of the real ads: choose one of {', '.join(rows)}")
    chosen = [ads[i] for i in rows[part]]
    what = f"{len(chosen):,} real French ads ({part}, seed {seed})"
    if direction == "ad_to_occupation":
        task = ad_to_occupation(chosen, rome, n_titles)
        return task, f"{what} → {len(task['corpus']):,} ROME occupations (label + up to {n_titles} job titles)"
    if direction == "occupation_to_ads":
        task = occupation_to_ads(chosen, rome, n_titles)
        return task, f"{len(task['queries']):,} ROME occupations (label + up to {n_titles} job titles) → {what}"
    raise ValueError(f"direction must be ad_to_occupation or occupation_to_ads, not {direction!r}")
