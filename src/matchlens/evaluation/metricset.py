"""The one table of metrics: every figure Evaluation, the Scorecard, the report and the CLI show, with its label,
its kind (pair or ranking), its direction, how it is computed and whether it gets a bootstrap CI.

A new metric is one :class:`Metric` line in :data:`METRICS`: ``metrics.pair_metrics`` / ``ranking_metrics``
compute it, ``views.formatting.metric_label`` names it, the Evaluation page bolds its best model by its direction,
the CLI prints it when ``shown``, the Scorecard adds it as a column when ``headline``. One bootstrap
(:func:`bootstrap`) draws the resamples for all of them, so the same seed gives the same intervals on every page.
"""
from __future__ import annotations

import warnings
from dataclasses import dataclass, replace
from typing import Callable, Iterator, Sequence

import numpy as np

from matchlens.evaluation.ties import expected_hit_at, expected_recall_at, expected_reciprocal_rank

PAIR, RANKING = "pair", "ranking"
SCORECARD_K = 10  # the cut-off of the ranking columns on the Scorecard


@dataclass(frozen=True)
class Pairs:
    """Labelled pairs as a pair metric reads them (also one bootstrap resample of them, see :meth:`take`)."""

    y: np.ndarray                        # 1 when the label is at least positive_min
    s: np.ndarray                        # the model's scores
    label: np.ndarray                    # graded labels, 0..1
    threshold: float                     # the decision threshold (F1-optimal unless chosen)
    unit: np.ndarray | None = None       # scores on the labels' 0-1 scale; None for unbounded kinds (BM25, fusions)
    calibrated: np.ndarray | None = None  # calibrated probabilities, when a calibrator was fitted
    heldout: np.ndarray | None = None    # pairs the calibrator did not see (bool mask)
    best_f1: tuple[float, float] = (float("nan"), float("nan"))  # (threshold, F1) at the F1-optimal threshold

    def take(self, idx: np.ndarray) -> Pairs:
        """The pairs at ``idx`` (a bootstrap resample): every array indexed, the threshold kept."""
        def pick(a):
            return None if a is None else a[idx]
        return replace(self, y=self.y[idx], s=self.s[idx], label=self.label[idx], unit=pick(self.unit),
                       calibrated=pick(self.calibrated), heldout=pick(self.heldout))

    @property
    def pred(self) -> np.ndarray:
        """Predicted fits at the threshold (0 / 1)."""
        return (self.s >= self.threshold).astype(int)


@dataclass(frozen=True)
class Metric:
    """One figure. ``value``: a pair metric's value on :class:`Pairs` (None: not defined for these pairs, the key is
    left out), a ranking metric's per-query values from (scores, graded relevance, k). ``fast``: a pair metric's
    numpy twin used on resamples (same values, tested); ``ci``: a 95% bootstrap interval is reported as
    ``<key>_ci``. ``at_k``: a ranking metric computed at each cut-off, keyed ``<key>@<k>``."""

    key: str
    label: str
    kind: str
    value: Callable
    better: int = 1                  # 1: higher is better, -1: lower is better, 0: a setting, not a quality
    ci: bool = False
    fast: Callable | None = None
    shown: bool = False              # a default column of Evaluation's tables and `matchlens evaluate`
    page: bool = False               # a column of the Evaluation page's table (as every shown one)
    headline: bool = False           # a Scorecard column, and its CI a column on the Evaluation page
    at_k: bool = False
    help: str = ""                   # what it means, for hover text ({k}: the cut-off)

    def name(self, k: int | None = None) -> str:
        """The result key: 'mrr', 'hit@10'."""
        return f"{self.key}@{k}" if self.at_k else self.key

    def title(self, k: int | str | None = None) -> str:
        """The label for people: 'ROC-AUC', 'Hit@10'."""
        return f"{self.label}@{k}" if self.at_k else self.label


def _sk(name: str) -> Callable:
    """A scikit-learn metric by name, imported when first used (sklearn costs ~0.5 s to import)."""
    def call(*args, **kwargs):
        import sklearn.metrics

        return float(getattr(sklearn.metrics, name)(*args, **kwargs))
    return call


def fast_roc_auc(y: np.ndarray, s: np.ndarray) -> float:
    """ROC-AUC as Mann-Whitney U with average ranks for ties: equal to sklearn's roc_auc_score."""
    n1 = int(y.sum())
    n0 = len(y) - n1
    if n1 == 0 or n0 == 0:
        return float("nan")
    _, inv, counts = np.unique(s, return_inverse=True, return_counts=True)
    ranks = (np.cumsum(counts) - (counts - 1) / 2.0)[inv]
    return float((ranks[y == 1].sum() - n1 * (n1 + 1) / 2.0) / (n1 * n0))


def fast_average_precision(y: np.ndarray, s: np.ndarray) -> float:
    """Sum over distinct thresholds of (recall gain) x precision: equal to sklearn's average_precision_score."""
    order = np.argsort(-s, kind="mergesort")
    ss, ys = s[order], y[order]
    last = np.r_[np.nonzero(np.diff(ss))[0], len(ss) - 1]  # last index of each distinct score
    tps = np.cumsum(ys)[last].astype(float)
    if len(tps) == 0 or tps[-1] == 0:
        return float("nan")
    precision = tps / (last + 1)
    recall = tps / tps[-1]
    return float(np.sum(np.diff(np.r_[0.0, recall]) * precision))


def fast_f1(y: np.ndarray, pred: np.ndarray) -> float:
    """F1 of boolean predictions (0 when undefined, as sklearn's zero_division=0)."""
    tp = float(np.sum(pred & (y == 1)))
    denom = float(np.sum(pred)) + float(np.sum(y == 1))
    return 2 * tp / denom if denom else 0.0


def _mse(a: np.ndarray, b: np.ndarray | None) -> float | None:
    return None if b is None else float(np.mean((a - b) ** 2))


def _mse_heldout(p: Pairs) -> float | None:
    if p.calibrated is None or p.heldout is None or not p.heldout.any():
        return None
    return _mse(p.label[p.heldout], p.calibrated[p.heldout])


def _ndcg(scores: np.ndarray, rel: np.ndarray, k: int) -> np.ndarray:
    """nDCG@k per query, sklearn's (tie-averaged: already the expectation under random tie-breaking)."""
    from sklearn.metrics import ndcg_score

    return np.array([ndcg_score(rel[i:i + 1], scores[i:i + 1], k=k) for i in range(len(rel))])


METRICS: tuple[Metric, ...] = (
    Metric("roc_auc", "ROC-AUC", PAIR, lambda p: _sk("roc_auc_score")(p.y, p.s), ci=True,
           fast=lambda p: fast_roc_auc(p.y, p.s), shown=True, headline=True),
    Metric("average_precision", "Average precision", PAIR, lambda p: _sk("average_precision_score")(p.y, p.s),
           ci=True, fast=lambda p: fast_average_precision(p.y, p.s), shown=True, headline=True),
    Metric("f1", "F1", PAIR, lambda p: _sk("f1_score")(p.y, p.pred, zero_division=0), ci=True,
           fast=lambda p: fast_f1(p.y, p.s >= p.threshold), shown=True),
    Metric("precision", "Precision", PAIR, lambda p: _sk("precision_score")(p.y, p.pred, zero_division=0),
           shown=True),
    Metric("recall", "Recall", PAIR, lambda p: _sk("recall_score")(p.y, p.pred, zero_division=0), shown=True),
    Metric("accuracy", "Accuracy", PAIR, lambda p: _sk("accuracy_score")(p.y, p.pred), page=True),
    Metric("threshold", "Threshold", PAIR, lambda p: p.threshold, better=0, shown=True),
    Metric("mse", "MSE vs (cos+1)/2", PAIR, lambda p: _mse(p.label, p.unit), better=-1, shown=True),
    Metric("f1_optimal_threshold", "Best-F1 threshold", PAIR, lambda p: p.best_f1[0], better=0),
    Metric("f1_at_optimal", "F1 at best threshold", PAIR, lambda p: p.best_f1[1]),
    Metric("mse_calibrated", "Calibrated MSE", PAIR, lambda p: _mse(p.label, p.calibrated), better=-1),
    Metric("mse_calibrated_heldout", "Calibrated MSE (held out)", PAIR, _mse_heldout, better=-1, page=True),
    Metric("mrr", "MRR", RANKING, lambda s, rel, k: expected_reciprocal_rank(s, rel > 0), ci=True, headline=True,
           help="Mean reciprocal rank: the mean over queries of 1 / (rank of the first relevant item)."),
    Metric("hit", "Hit", RANKING, lambda s, rel, k: expected_hit_at(s, rel > 0, k), ci=True, headline=True, at_k=True,
           help="Hit@{k} (success@{k}): share of queries with at least one relevant item in the top {k}."),
    Metric("recall", "Recall", RANKING, lambda s, rel, k: expected_recall_at(s, rel > 0, k), ci=True, headline=True, at_k=True,
           help="Recall@{k}: share of each query's relevant items that are in the top {k}, averaged over queries "
                "(low when a query has many relevant items, even with a right one first)."),
    Metric("ndcg", "nDCG", RANKING, _ndcg, ci=True, headline=True, at_k=True,
           help="nDCG@{k}: discounted gain of the top {k} against the best possible order (graded relevance)."),
)


def of_kind(kind: str) -> tuple[Metric, ...]:
    """The registered metrics of one kind, in table order (read at call time: a metric added later counts)."""
    return tuple(m for m in METRICS if m.kind == kind)


def find(key: str) -> tuple[Metric, int | None] | None:
    """The metric a result key names ('roc_auc', 'hit@10' -> (hit, 10)); None for other keys."""
    base, _, k = key.partition("@")
    if k and not k.isdigit():
        return None
    return next(((m, int(k) if k else None) for m in METRICS if m.key == base and m.at_k == bool(k)), None)


def direction(key: str) -> int:
    """1 when a higher value of this key is better, -1 when lower is, 0 for other keys (settings, counts)."""
    found = find(key)
    return found[0].better if found else 0


def shown_keys(kind: str = PAIR, ks: Sequence[int] = (1, 5, 10), page: bool = False) -> list[str]:
    """Result keys of the default table: the shown pair metrics (with ``page``: and the Evaluation page's own), or
    every ranking metric at every k."""
    if kind == PAIR:
        return [m.key for m in of_kind(PAIR) if m.shown or (page and m.page)]
    flat = [m.name() for m in of_kind(RANKING) if not m.at_k]
    return flat + [m.name(k) for m in of_kind(RANKING) if m.at_k for k in ks]


def resamples(n: int, n_boot: int, seed: int = 0, groups: np.ndarray | None = None) -> Iterator[np.ndarray]:
    """Bootstrap index resamples of n items, or of whole groups (e.g. every pair of a resume) when given."""
    rng = np.random.default_rng(seed)
    if groups is None:
        for _ in range(n_boot):
            yield rng.integers(0, n, n)
        return
    units = np.unique(groups)
    members = {u: np.flatnonzero(groups == u) for u in units}
    for _ in range(n_boot):
        yield np.concatenate([members[u] for u in rng.choice(units, len(units))])


def bootstrap(stat: Callable[[np.ndarray], dict], n: int, n_boot: int, seed: int = 0,
              groups: np.ndarray | None = None) -> dict[str, np.ndarray]:
    """``stat(indices)`` (a dict of figures) on ``n_boot`` resamples of n items (of whole groups when given): each
    figure's (n_boot,) values, NaN where a resample leaves it undefined. Every page and command draws its resamples
    here, so the same seed gives the same resamples, and models compared on them are paired."""
    from sklearn.exceptions import UndefinedMetricWarning

    rows = []
    for idx in resamples(n, n_boot, seed, groups):
        with warnings.catch_warnings():  # a resample with one class only: sklearn warns, the figure is undefined
            warnings.simplefilter("ignore", UndefinedMetricWarning)
            warnings.filterwarnings("ignore", "No positive class found", UserWarning)
            try:
                rows.append(stat(idx))
            except ValueError:
                rows.append({})
    keys = list(dict.fromkeys(k for r in rows for k in r))
    return {k: np.array([r.get(k, np.nan) for r in rows], dtype=float) for k in keys}


def interval(values: np.ndarray) -> tuple[float, float]:
    """95% percentile interval of the finite values of one figure's resamples (from :func:`bootstrap`); NaN when
    fewer than a tenth of the resamples (at least 10) gave one."""
    values = np.asarray(values, dtype=float)
    finite = values[np.isfinite(values)]
    if len(finite) < max(10, len(values) // 10):
        return (float("nan"), float("nan"))
    return float(np.percentile(finite, 2.5)), float(np.percentile(finite, 97.5))


def pair_values(p: Pairs, metrics: Sequence[Metric] | None = None) -> dict[str, float]:
    """Each pair metric's value on these pairs (those undefined here, as MSE of unbounded scores, left out)."""
    out = {}
    for m in of_kind(PAIR) if metrics is None else metrics:
        v = m.value(p)
        if v is not None:
            out[m.key] = float(v)
    return out


def pair_boots(pairs: dict[str, Pairs], metrics: Sequence[Metric] | None = None, n_boot: int = 500, seed: int = 0,
               groups: np.ndarray | None = None) -> dict[str, dict[str, np.ndarray]]:
    """Per set of pairs (one per model, same pairs), each CI metric's values on the same ``n_boot`` resamples:
    {model: {key: (n_boot,)}}. A resample with one class only is undefined for every metric (NaN)."""
    chosen = [m for m in (of_kind(PAIR) if metrics is None else metrics) if m.ci]
    first = next(iter(pairs.values()))

    def stat(idx: np.ndarray) -> dict:
        y = first.y[idx]
        if y.min() == y.max():
            return {}
        out = {}
        for name, p in pairs.items():
            sub = p.take(idx)
            out.update({(name, m.key): (m.fast or m.value)(sub) for m in chosen})
        return out

    flat = bootstrap(stat, len(first.y), n_boot, seed, groups)
    nan = np.full(n_boot, np.nan)
    return {name: {m.key: flat.get((name, m.key), nan) for m in chosen} for name in pairs}


def ranking_values(scores: np.ndarray, rel: np.ndarray, ks: Sequence[int]) -> dict[str, np.ndarray]:
    """Each ranking metric's per-query values, keyed by result key ('mrr', then 'hit@1', 'recall@1', ... per k)."""
    out = {m.name(): np.asarray(m.value(scores, rel, None), float) for m in of_kind(RANKING) if not m.at_k}
    for k in ks:
        for m in of_kind(RANKING):
            if m.at_k:
                out[m.name(k)] = np.asarray(m.value(scores, rel, k), dtype=float)
    return out


def mean_boots(per_query: dict[str, np.ndarray], n_boot: int, seed: int = 0) -> dict[str, np.ndarray]:
    """The mean of each per-query array on the same resamples of queries (the first n of each, n the shortest)."""
    n = min(len(v) for v in per_query.values())
    return bootstrap(lambda idx: {k: float(v[idx].mean()) for k, v in per_query.items()}, n, n_boot, seed)
