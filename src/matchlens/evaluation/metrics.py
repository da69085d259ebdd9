"""Metrics on labeled data, from scikit-learn, with bootstrap confidence intervals.

Pair metrics answer "is this pair a fit?" (ROC-AUC, average precision, precision/recall/F1 at a threshold
and at the F1-optimal threshold, accuracy, and the Korean study's MSE between label and (cos+1)/2).
Ranking metrics answer "is the right resume near the top?" (MRR, hit@k, recall@k, nDCG@k), each the exact
expectation under uniformly random tie-breaking (TF-IDF scores many items 0: no arbitrary sort order decides).
Each evaluator returns a dict with a ``primary_metric`` like sentence-transformers' evaluators.
"""
from __future__ import annotations

import warnings
from typing import Callable, Sequence

import numpy as np

PRIMARY_PAIR = "average_precision"
PRIMARY_RANKING = "mrr"
PAIR_KEYS = ("roc_auc", "average_precision", "f1", "precision", "recall", "threshold", "mse")  # shown by default


def resamples(n: int, n_boot: int, seed: int = 0, groups: np.ndarray | None = None):
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


def _bootstrap(fn: Callable[[np.ndarray], float], n: int, n_boot: int, seed: int,
               groups: np.ndarray | None = None) -> tuple[float, float]:
    """95% percentile interval of ``fn(indices)`` over resamples (of groups when given)."""
    from sklearn.exceptions import UndefinedMetricWarning

    vals = []
    for idx in resamples(n, n_boot, seed, groups):
        try:
            with warnings.catch_warnings():  # a resample with one class only: sklearn warns, we skip it
                warnings.simplefilter("ignore", UndefinedMetricWarning)
                warnings.filterwarnings("ignore", "No positive class found", UserWarning)
                v = fn(idx)
        except ValueError:
            continue
        if np.isfinite(v):
            vals.append(v)
    if len(vals) < max(10, n_boot // 10):
        return (float("nan"), float("nan"))
    return float(np.percentile(vals, 2.5)), float(np.percentile(vals, 97.5))


def to_unit(scores: np.ndarray) -> np.ndarray:
    """Cosine in [-1, 1] mapped to [0, 1] as (cos + 1) / 2: the seed study's convention for its MSE."""
    return (np.asarray(scores, dtype=float) + 1.0) / 2.0


def as_probability(scores: np.ndarray, score_kind: str) -> np.ndarray | None:
    """Scores on a 0-1 scale where the model's kind has one (cosine, probability); None for unbounded ones
    (BM25, fusions), whose MSE against 0 / 0.5 / 1 labels would mean nothing."""
    if score_kind == "probability":
        return np.asarray(scores, dtype=float)
    if score_kind == "cosine":
        return to_unit(scores)
    return None


def best_f1_threshold(y: np.ndarray, s: np.ndarray) -> tuple[float, float]:
    from sklearn.metrics import precision_recall_curve

    p, r, t = precision_recall_curve(y, s)
    f1 = np.where(p + r > 0, 2 * p * r / np.maximum(p + r, 1e-12), 0)[:-1]
    if len(t) == 0:
        return float(s.max()), 0.0
    k = int(np.argmax(f1))
    return float(t[k]), float(f1[k])


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


def pair_metrics(scores: Sequence[float], labels: Sequence[float], *, threshold: float | None = None,
                 positive_min: float = 1.0, calibrated: Sequence[float] | None = None, n_boot: int = 500,
                 seed: int = 0, groups: Sequence | None = None, score_kind: str = "cosine") -> dict:
    """Metrics of pair scores against labels (binary, or graded like 0 / 0.5 / 1).

    A pair is positive when its label >= ``positive_min`` (default: only 'fit'). ``threshold`` defaults
    to the F1-optimal one, which is optimistic: for an honest figure, choose it on other data.
    """
    from sklearn.metrics import (accuracy_score, average_precision_score, f1_score, precision_score,
                                 recall_score, roc_auc_score)

    s = np.asarray(scores, dtype=float)
    lab = np.asarray(labels, dtype=float)
    y = (lab >= positive_min).astype(int)
    out: dict = {"n_pairs": int(len(s)), "n_positive": int(y.sum())}
    if len(np.unique(y)) < 2:
        out.update(primary_metric=PRIMARY_PAIR, error="labels have a single class: metrics undefined")
        return out
    t_opt, f1_opt = best_f1_threshold(y, s)
    t = t_opt if threshold is None else float(threshold)
    pred = (s >= t).astype(int)
    out.update({
        "roc_auc": float(roc_auc_score(y, s)),
        "average_precision": float(average_precision_score(y, s)),
        "threshold": t, "f1_optimal_threshold": t_opt, "f1_at_optimal": f1_opt,
        "precision": float(precision_score(y, pred, zero_division=0)),
        "recall": float(recall_score(y, pred, zero_division=0)),
        "f1": float(f1_score(y, pred, zero_division=0)),
        "accuracy": float(accuracy_score(y, pred)),
    })
    unit = as_probability(s, score_kind)
    if unit is not None:  # MSE / Brier only where scores are on the labels' 0-1 scale
        out["mse"] = float(np.mean((lab - unit) ** 2))
    if calibrated is not None:
        out["mse_calibrated"] = float(np.mean((lab - np.asarray(calibrated, float)) ** 2))
    g = None if groups is None else np.asarray(groups)
    if n_boot:  # numpy twins of the sklearn metrics (same values, tested): sklearn's per-call checks cost ~10 ms
        for name, fn in (("roc_auc", lambda i: fast_roc_auc(y[i], s[i])),
                         ("average_precision", lambda i: fast_average_precision(y[i], s[i])),
                         ("f1", lambda i: fast_f1(y[i], s[i] >= t))):
            out[f"{name}_ci"] = _bootstrap(fn, len(s), n_boot, seed, g)
    out["primary_metric"] = PRIMARY_PAIR
    return out


def ranking_metrics(scores: np.ndarray, relevance: np.ndarray, ks: Sequence[int] = (1, 5, 10),
                    n_boot: int = 500, seed: int = 0) -> dict:
    """Queries x corpus scores and graded relevance (0 = not relevant). MRR, hit@k, recall@k, nDCG@k, with CIs.

    Every figure is its exact expectation when tied scores are ordered at random (sklearn's tie-averaged nDCG is
    that expectation already). Queries with no relevant item are skipped (and counted in ``n_skipped``).
    """
    from sklearn.metrics import ndcg_score

    scores = np.asarray(scores, dtype=float)
    rel = np.asarray(relevance, dtype=float)
    has = rel.max(axis=1) > 0
    scores, rel = scores[has], rel[has]
    relevant = rel > 0
    per_query = {"rr": expected_reciprocal_rank(scores, relevant)}
    for k in ks:
        per_query[f"hit@{k}"] = expected_hit_at(scores, relevant, k)
        per_query[f"recall@{k}"] = expected_recall_at(scores, relevant, k)
        per_query[f"ndcg@{k}"] = np.array([ndcg_score(rel[i:i + 1], scores[i:i + 1], k=k) for i in range(len(rel))])
    out: dict = {"n_queries": int(len(rel)), "n_skipped": int((~has).sum()), "mrr": float(per_query["rr"].mean()),
                 "n_queries_with_ties": int(tied_at_best_relevant(scores, relevant).sum()),
                 "top_hub_share": top_hub_share(scores)}
    for k in ks:
        for name in (f"hit@{k}", f"recall@{k}", f"ndcg@{k}"):
            out[name] = float(per_query[name].mean())
    if n_boot and len(rel) > 1:
        for name, vals in per_query.items():
            key = "mrr" if name == "rr" else name
            out[f"{key}_ci"] = _bootstrap(lambda i, v=vals: float(v[i].mean()), len(vals), n_boot, seed)
    out["per_query_rr"] = per_query["rr"].tolist()
    out["primary_metric"] = PRIMARY_RANKING
    return out


def top_hub_share(scores: np.ndarray) -> float:
    """Share of queries whose first result is the single most frequent first result: near 1/n_queries when each
    query finds its own item, high when one item (often a long document) comes first for everyone."""
    if not scores.size:
        return 0.0
    return float(np.bincount(scores.argmax(axis=1)).max() / len(scores))


def best_relevant_ties(scores: np.ndarray, relevant: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per query: items scored above its best relevant item (s), items tied with it (t, itself included) and the
    relevant ones among those (r)."""
    best = np.where(relevant, scores, -np.inf).max(axis=1, keepdims=True)
    at = scores == best
    return (scores > best).sum(axis=1), at.sum(axis=1), (at & relevant).sum(axis=1)


def tied_at_best_relevant(scores: np.ndarray, relevant: np.ndarray) -> np.ndarray:
    """Queries whose best relevant item shares its score with another item (TF-IDF's many zeros)."""
    return best_relevant_ties(scores, relevant)[1] > 1


def first_relevant_position(t: int, r: int) -> np.ndarray:
    """P(J = j), j = 1..t-r+1: the first relevant of r items among t tied ones in random order is the j-th,
    C(t-j, r-1) / C(t, r), built from P(1) = r/t and P(j+1)/P(j) = (t-j-r+1)/(t-j) (no large binomials)."""
    j = np.arange(1, t - r + 1)
    return (r / t) * np.r_[1.0, np.cumprod((t - j - r + 1) / (t - j))]


def expected_reciprocal_rank(scores: np.ndarray, relevant: np.ndarray) -> np.ndarray:
    """E[1 / rank of the first relevant item] per query, tied scores ordered uniformly at random:
    sum over j of P(J = j) / (s + j) (see :func:`first_relevant_position`); 1 / (s + 1) without ties."""
    s, t, r = best_relevant_ties(scores, relevant)
    out = 1.0 / (s + 1.0)
    for q in np.flatnonzero(t > r):
        p = first_relevant_position(int(t[q]), int(r[q]))
        out[q] = float(p @ (1.0 / (s[q] + np.arange(1, len(p) + 1))))
    return out


def expected_hit_at(scores: np.ndarray, relevant: np.ndarray, k: int) -> np.ndarray:
    """P(at least one relevant item in the top k) per query, tied scores ordered uniformly at random:
    P(s + J <= k)."""
    s, t, r = best_relevant_ties(scores, relevant)
    out = (s < k).astype(float)
    for q in np.flatnonzero((t > r) & (s < k)):
        out[q] = float(first_relevant_position(int(t[q]), int(r[q]))[: k - s[q]].sum())
    return out


def tie_positions(scores: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Per item: how many items of its query score higher, and how many share its score (itself included)."""
    above, size = np.empty(scores.shape, int), np.empty(scores.shape, int)
    for q, row in enumerate(scores):
        asc = np.sort(row)
        hi = np.searchsorted(asc, row, "right")
        above[q], size[q] = len(row) - hi, hi - np.searchsorted(asc, row, "left")
    return above, size


def expected_recall_at(scores: np.ndarray, relevant: np.ndarray, k: int) -> np.ndarray:
    """Expected share of each query's relevant items in the top k, tied scores ordered uniformly at random: an item
    with a items above it and t in its tie group is in the top k with probability clip(k - a, 0, t) / t."""
    above, size = tie_positions(scores)
    in_top = np.clip(k - above, 0, size) / size
    return (in_top * relevant).sum(axis=1) / np.maximum(relevant.sum(axis=1), 1)


def confusion(scores: Sequence[float], labels: Sequence[float], threshold: float, positive_min: float = 1.0):
    from sklearn.metrics import confusion_matrix

    y = (np.asarray(labels, float) >= positive_min).astype(int)
    return confusion_matrix(y, (np.asarray(scores, float) >= threshold).astype(int), labels=[0, 1])
