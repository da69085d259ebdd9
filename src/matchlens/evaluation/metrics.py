"""Metrics on labeled data, from scikit-learn, with bootstrap confidence intervals.

Pair metrics answer "is this pair a fit?" (ROC-AUC, average precision, precision/recall/F1 at a threshold
and at the F1-optimal threshold, accuracy, and the Korean study's MSE between label and (cos+1)/2).
Ranking metrics answer "is the right resume near the top?" (MRR, recall@k, nDCG@k). Each evaluator
returns a dict with a ``primary_metric`` like sentence-transformers' evaluators.
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
    """Queries x corpus scores and graded relevance (0 = not relevant). MRR, recall@k, nDCG@k, with CIs.

    Queries with no relevant item are skipped (and counted in ``n_skipped``).
    """
    from sklearn.metrics import ndcg_score

    scores = np.asarray(scores, dtype=float)
    rel = np.asarray(relevance, dtype=float)
    has = rel.max(axis=1) > 0
    scores, rel = scores[has], rel[has]
    order = np.argsort(-scores, axis=1, kind="stable")
    sorted_rel = np.take_along_axis(rel, order, axis=1) > 0
    first, tied = expected_first_rank(scores, rel > 0)
    per_query = {"rr": 1.0 / first}
    for k in ks:
        per_query[f"recall@{k}"] = sorted_rel[:, :k].sum(axis=1) / np.maximum(sorted_rel.sum(axis=1), 1)
        per_query[f"ndcg@{k}"] = np.array([ndcg_score(rel[i:i + 1], scores[i:i + 1], k=k) for i in range(len(rel))])
    out: dict = {"n_queries": int(len(rel)), "n_skipped": int((~has).sum()), "mrr": float(per_query["rr"].mean()),
                 "n_queries_with_ties": int(tied.sum()), "top_hub_share": top_hub_share(scores)}
    for k in ks:
        out[f"recall@{k}"] = float(per_query[f"recall@{k}"].mean())
        out[f"ndcg@{k}"] = float(per_query[f"ndcg@{k}"].mean())
    if n_boot and len(rel) > 1:
        for name, vals in (("mrr", per_query["rr"]), *((f"ndcg@{k}", per_query[f"ndcg@{k}"]) for k in ks)):
            out[f"{name}_ci"] = _bootstrap(lambda i, v=vals: float(v[i].mean()), len(vals), n_boot, seed)
    out["per_query_rr"] = per_query["rr"].tolist()
    out["primary_metric"] = PRIMARY_RANKING
    return out


def top_hub_share(scores: np.ndarray) -> float:
    """Share of queries whose first result is the single most frequent first result: near 1/n_queries when each
    query finds its own item, high when one item (often a long document) comes first for everyone."""
    if not scores.size:
        return 0.0
    return float(np.bincount(scores.argmax(axis=1)).max() / len(scores))


def expected_first_rank(scores: np.ndarray, relevant: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Rank of each query's best relevant item, ties broken at random in expectation: 1 + (items scored higher)
    + (other items tied with it) / 2. An unstable sort would put tied items (TF-IDF's many zeros) at arbitrary
    ranks. Also returns which queries had such a tie."""
    best = np.where(relevant, scores, -np.inf).max(axis=1, keepdims=True)
    higher = (scores > best).sum(axis=1)
    ties = (scores == best).sum(axis=1) - 1
    return 1.0 + higher + ties / 2.0, ties > 0


def confusion(scores: Sequence[float], labels: Sequence[float], threshold: float, positive_min: float = 1.0):
    from sklearn.metrics import confusion_matrix

    y = (np.asarray(labels, float) >= positive_min).astype(int)
    return confusion_matrix(y, (np.asarray(scores, float) >= threshold).astype(int), labels=[0, 1])
