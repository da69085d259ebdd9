"""Options tuned on the user's own labels (#33 part 3): each point of a small grid of scoring options is judged on
one part of the labelled pairs, the best is checked against the current options on the held-back part.

The split is the hybrid tuner's (``calibration.grouped_split``, 40% held back): a held-back pair's resume and gig
were both unseen while choosing, so the held-back figure is what the user would get on new documents. Every grid
point is scored through the one path (``scoring.matching.score_model``) with its values pinned, so the family
defaults do not replace them; the current options are scored as every page scores them.
"""
from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from typing import Callable, Sequence

import numpy as np

from matchlens.evaluation import calibration, metricset
from matchlens.evaluation import labeled
from matchlens.options import Options, value_of, with_values

# 3 aggregations x 2 hubness x 2 gig fields = 12 points: seconds for TF-IDF on the sample.
GRID: dict[str, tuple] = {
    "aggregation": ("max", "mean", "top3"),
    "hubness": ("none", "z"),
    "gig_fields": ("title+body", "whole"),
}
# The wider grid adds what the issue lists besides: full CV vs sections, and the title's weight (48 points).
WIDE_GRID: dict[str, tuple] = {**GRID, "preprocessing": ("full", "sections"), "title_weight": (0.3, 0.5)}
SHOWN = ("preprocessing", "aggregation", "gig_fields", "title_weight", "hubness")  # what a point is described by
TEST_SIZE = 0.4  # the hybrid tuner's share of held-back resumes and gigs
Progress = Callable[[int, int], None]  # (points done, points in all)


@dataclass
class OptionsChoice:
    """A grid searched on one part of the labels, the winner and the current options judged on the other."""

    model: str
    points: list[dict]                 # every grid point's values
    tuning: list[float]                # ROC-AUC of each point on the tuning pairs (NaN: undefined)
    chosen: dict                       # the best point's values
    current: dict                      # the current options' values for this model (its family defaults filled in)
    heldout: dict                      # "chosen" / "current" -> (ROC-AUC, CI low, CI high) on the held-back pairs
    difference: tuple                  # chosen - current on the same resamples: (value, CI low, CI high)
    n_tuning: int
    n_heldout: int
    current_tuning: float = float("nan")
    axes: list[str] = field(default_factory=list)

    @property
    def changes(self) -> dict:
        """The chosen values that differ from the current ones (empty: keep the current options)."""
        return {k: v for k, v in self.chosen.items() if self.current.get(k) != v}

    def options(self, base: Options) -> Options:
        """``base`` with the chosen values pinned as the user's own (the family defaults no longer replace them)."""
        return with_values(base, self.chosen, pin=True)

    def rows(self) -> list[dict]:
        """One row per grid point, best tuning figure first: its values, tuning ROC-AUC, and which is which."""
        rows = [{**{k: p[k] for k in self.axes}, "tuning_roc_auc": t,
                 "mark": ("chosen" if p == self.chosen else "") + (" current" if _same(p, self.current) else "")}
                for p, t in zip(self.points, self.tuning)]
        return sorted(rows, key=lambda r: -np.nan_to_num(r["tuning_roc_auc"], nan=-1.0))

    def heldout_rows(self) -> list[dict]:
        """The current options and the chosen ones, each with its held-back ROC-AUC and 95% CI."""
        return [{"options": which, "values": describe(values, self.axes), "heldout_roc_auc": self.heldout[which][0],
                 "ci_low": self.heldout[which][1], "ci_high": self.heldout[which][2]}
                for which, values in (("current", self.current), ("chosen", self.chosen))]

    def as_dict(self) -> dict:
        """Plain values for ``--json`` and the workspace."""
        return {"model": self.model, "chosen": self.chosen, "current": {k: self.current[k] for k in self.axes},
                "changes": self.changes, "heldout": self.heldout, "difference": self.difference,
                "n_tuning": self.n_tuning, "n_heldout": self.n_heldout, "grid": self.rows(), "verdict": self.verdict()}

    def verdict(self) -> str:
        """One sentence a person can act on."""
        c, k, (d, lo, hi) = self.heldout["chosen"], self.heldout["current"], self.difference
        figures = (f"on {self.n_heldout} held-back pairs, ROC-AUC {_ci(c)} with it against {_ci(k)} with the "
                   f"current options")
        if not self.changes:
            return (f"{self.model}: the current options are the best of the grid on these labels (ROC-AUC {_ci(k)} "
                    f"on {self.n_heldout} held-back pairs); nothing to change.")
        what = ", ".join(f"{name} {value}" for name, value in self.changes.items())
        gain = (f"difference {d:+.3f} [{lo:+.3f}, {hi:+.3f}]" if np.isfinite(lo) else f"difference {d:+.3f}")
        sure = ("a real gain: apply it" if np.isfinite(lo) and lo > 0 else
                "no better on the held-back pairs: keep the current options" if d <= 0 else
                "within the uncertainty: more labels would tell" if np.isfinite(lo) else "too few labels for a CI")
        return f"{self.model}: {what} chosen on {self.n_tuning} pairs; {figures}; {gain}, {sure}."


def describe(values: dict, names: Sequence[str] | None = None) -> str:
    """'aggregation max · hubness z · gig_fields whole': the options of a grid point, as a person reads them."""
    return " · ".join(f"{k} {values[k]}" for k in (names or values) if k in values)


def _ci(v: tuple) -> str:
    value, lo, hi = v
    return f"{value:.3f} [{lo:.3f}, {hi:.3f}]" if np.isfinite(lo) else f"{value:.3f}"


def _same(point: dict, values: dict) -> bool:
    return all(values.get(k) == v for k, v in point.items())


def grid_points(grid: dict[str, Sequence] | None = None) -> list[dict]:
    """Every combination of the grid's values; a title weight only with "title+body" (elsewhere it changes nothing)."""
    grid = dict(GRID if grid is None else grid)
    names = list(grid)
    points, seen = [], set()
    for combo in itertools.product(*(grid[n] for n in names)):
        p = dict(zip(names, combo))
        if p.get("gig_fields", "title+body") != "title+body" and "title_weight" in p:
            p["title_weight"] = grid["title_weight"][0]
        key = tuple(sorted(p.items()))
        if key not in seen:
            seen.add(key)
            points.append(p)
    return points


def labelled_pairs(corpus, labels: dict, positive_min: float = 1.0) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(resume index, gig index, fit 0/1) of each labelled pair whose documents are in the corpus (read by
    ``labeled.corpus_pairs``, as every evaluation reads them)."""
    pairs, values = labeled.corpus_pairs(corpus, labels)
    if not pairs:
        return np.zeros(0, int), np.zeros(0, int), np.zeros(0, int)
    ri, gi = (np.array(c, dtype=int) for c in zip(*pairs))
    return ri, gi, (values >= positive_min).astype(int)


def search(corpus, labels: dict, model: str, grid: dict[str, Sequence] | None = None, seed: int = 0,
           options: Options | None = None, cache=None, positive_min: float = 1.0, n_boot: int = 500,
           progress: Progress | None = None, encoders: dict | None = None) -> OptionsChoice:
    """Search ``grid`` (default :data:`GRID`) for ``model`` on the corpus's labelled pairs; ``options``: the
    current options (the workspace's), kept for everything outside the grid; ``encoders``: models already
    created, by name. Raises ValueError, in words, when the labels cannot support a choice."""
    from matchlens.scoring.matching import score_model

    base = options or Options()
    ri, gi, y = labelled_pairs(corpus, labels, positive_min)
    tune, held = calibration.grouped_split(ri, gi, TEST_SIZE, seed)
    if len(np.unique(y[tune])) < 2 or len(np.unique(y[held])) < 2:
        raise ValueError(f"not enough labels to choose options: both parts of the split need fits and non-fits "
                         f"({int(tune.sum())} pairs to choose on, {int(held.sum())} held back, from {len(y)} "
                         f"labelled pairs); label more pairs, over more resumes and gigs")
    points = grid_points(grid)
    memo: dict[tuple, np.ndarray] = {}

    def scores(opts: Options) -> tuple[np.ndarray, Options]:
        res = score_model(model, corpus.resumes, corpus.gigs, opts, cache, encoders=encoders)
        return res.scores[ri, gi].astype(float), res.options or opts

    current_s, current_opts = scores(base)
    current = {k: value_of(current_opts, k) for k in SHOWN}
    tuning = []
    for n, p in enumerate(points):
        key = tuple(sorted({**current, **p}.items()))
        if key not in memo:
            memo[key] = current_s if _same(p, current) else scores(with_values(base, p, pin=True))[0]
        tuning.append(_auc(y[tune], memo[key][tune]))
        if progress:
            progress(n + 1, len(points))
    best = _best(points, tuning, current)
    chosen_s = memo[tuple(sorted({**current, **points[best]}.items()))]
    heldout, difference = _heldout(y[held], {"chosen": chosen_s[held], "current": current_s[held]}, ri[held],
                                   n_boot, seed)
    return OptionsChoice(model, points, tuning, points[best], current, heldout, difference, int(tune.sum()),
                         int(held.sum()), _auc(y[tune], current_s[tune]), list(points[0]))


def _auc(y: np.ndarray, s: np.ndarray) -> float:
    """ROC-AUC as Evaluation and the Scorecard compute it (``metricset``); NaN with one class only."""
    if len(np.unique(y)) != 2:
        return float("nan")
    return metricset.pair_values(_pairs(y, s), [_roc()])["roc_auc"]


def _roc() -> metricset.Metric:
    return metricset.find("roc_auc")[0]


def _pairs(y: np.ndarray, s: np.ndarray) -> metricset.Pairs:
    """Fit / non-fit pairs as the metric table reads them (no threshold: ROC-AUC needs none)."""
    return metricset.Pairs(y=y, s=s, label=y.astype(float), threshold=0.0)


def _best(points: list[dict], tuning: list[float], current: dict) -> int:
    """The best tuning figure; among ties (1e-9), the point that changes fewest current values (a tie is no
    reason to change), then the first in grid order."""
    t = np.nan_to_num(np.asarray(tuning, float), nan=-1.0)
    tied = np.flatnonzero(t >= t.max() - 1e-9)
    return int(min(tied, key=lambda i: sum(current.get(k) != v for k, v in points[i].items())))


def _heldout(y: np.ndarray, scores: dict[str, np.ndarray], groups: np.ndarray, n_boot: int,
             seed: int) -> tuple[dict, tuple]:
    """ROC-AUC with its CI per set of scores on the same held-back pairs, and chosen - current on the same
    resamples (whole resumes resampled: metricset's one bootstrap)."""
    pairs = {name: _pairs(y, s) for name, s in scores.items()}
    boots = metricset.pair_boots(pairs, [_roc()], n_boot, seed, groups)
    out = {name: (_auc(y, s), *metricset.interval(boots[name]["roc_auc"])) for name, s in scores.items()}
    diff = boots["chosen"]["roc_auc"] - boots["current"]["roc_auc"]
    return out, (out["chosen"][0] - out["current"][0], *metricset.interval(diff))
