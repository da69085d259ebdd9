"""Metrics on labeled data, from scikit-learn, with bootstrap confidence intervals: the evaluators.

Pair metrics answer "is this pair a fit?" (ROC-AUC, average precision, precision/recall/F1 at a threshold
and at the F1-optimal threshold, accuracy, and the Korean study's MSE between label and (cos+1)/2).
Ranking metrics answer "is the right resume near the top?" (MRR, hit@k, recall@k, nDCG@k), each the exact
expectation under uniformly random tie-breaking (``ties``). Which figures exist, their labels and how each is
computed is the one table ``metricset.METRICS``; its bootstrap draws every interval.
Each evaluator returns a dict with a ``primary_metric`` like sentence-transformers' evaluators.
"""
from __future__ import annotations

from typing import Sequence

import numpy as np

from matchlens.evaluation import metricset
from matchlens.evaluation.metricset import (Pairs, fast_average_precision, fast_f1, fast_roc_auc,  # noqa: F401
                                            resamples)
from matchlens.evaluation.ties import (best_relevant_ties, expected_hit_at, expected_recall_at,  # noqa: F401
                                       expected_reciprocal_rank, first_relevant_position, tie_positions,
                                       tied_at_best_relevant, top_hub_share)

PRIMARY_PAIR = "average_precision"
PRIMARY_RANKING = "mrr"
PAIR_KEYS = tuple(metricset.shown_keys())  # shown by default (the table's ``shown`` pair metrics)


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


def pairs(scores: Sequence[float], labels: Sequence[float], *, threshold: float | None = None,
          positive_min: float = 1.0, calibrated: Sequence[float] | None = None, heldout: Sequence[bool] | None = None,
          score_kind: str = "cosine") -> Pairs:
    """Labelled pairs as the metrics read them; the threshold defaults to the F1-optimal one."""
    s = np.asarray(scores, dtype=float)
    lab = np.asarray(labels, dtype=float)
    y = (lab >= positive_min).astype(int)
    best = best_f1_threshold(y, s) if len(np.unique(y)) == 2 else (float("nan"), float("nan"))
    return Pairs(y, s, lab, best[0] if threshold is None else float(threshold), as_probability(s, score_kind),
                 None if calibrated is None else np.asarray(calibrated, dtype=float),
                 None if heldout is None else np.asarray(heldout, dtype=bool), best)


def pair_metrics(scores: Sequence[float], labels: Sequence[float], *, threshold: float | None = None,
                 positive_min: float = 1.0, calibrated: Sequence[float] | None = None, n_boot: int = 500,
                 seed: int = 0, groups: Sequence | None = None, score_kind: str = "cosine",
                 heldout: Sequence[bool] | None = None) -> dict:
    """Every pair metric of ``metricset`` on pair scores against labels (binary, or graded like 0 / 0.5 / 1).

    A pair is positive when its label >= ``positive_min`` (default: only 'fit'). ``threshold`` defaults
    to the F1-optimal one, which is optimistic: for an honest figure, choose it on other data. ``heldout``: the
    pairs the ``calibrated`` probabilities were not fitted on (for the held-out calibrated MSE).
    """
    p = pairs(scores, labels, threshold=threshold, positive_min=positive_min, calibrated=calibrated,
              heldout=heldout, score_kind=score_kind)
    out: dict = {"n_pairs": int(len(p.s)), "n_positive": int(p.y.sum())}
    if len(np.unique(p.y)) < 2:
        out.update(primary_metric=PRIMARY_PAIR, error="labels have a single class: metrics undefined")
        return out
    out.update(metricset.pair_values(p))
    if n_boot:
        boots = metricset.pair_boots({"": p}, n_boot=n_boot, seed=seed,
                                     groups=None if groups is None else np.asarray(groups))[""]
        out.update({f"{key}_ci": metricset.interval(v) for key, v in boots.items()})
    out["primary_metric"] = PRIMARY_PAIR
    return out


def ranking_metrics(scores: np.ndarray, relevance: np.ndarray, ks: Sequence[int] = (1, 5, 10),
                    n_boot: int = 500, seed: int = 0) -> dict:
    """Queries x corpus scores and graded relevance (0 = not relevant): every ranking metric of ``metricset``
    (MRR, hit@k, recall@k, nDCG@k), with CIs over queries.

    Every figure is its exact expectation when tied scores are ordered at random (sklearn's tie-averaged nDCG is
    that expectation already). Queries with no relevant item are skipped (and counted in ``n_skipped``).
    """
    scores = np.asarray(scores, dtype=float)
    rel = np.asarray(relevance, dtype=float)
    has = rel.max(axis=1) > 0
    scores, rel = scores[has], rel[has]
    per_query = metricset.ranking_values(scores, rel, ks)
    out: dict = {"n_queries": int(len(rel)), "n_skipped": int((~has).sum()),
                 "n_queries_with_ties": int(tied_at_best_relevant(scores, rel > 0).sum()),
                 "top_hub_share": top_hub_share(scores)}
    out.update({key: float(v.mean()) for key, v in per_query.items()})
    with_ci = [key for key in per_query if metricset.find(key)[0].ci]
    if n_boot and len(rel) > 1:
        boots = metricset.mean_boots({key: per_query[key] for key in with_ci}, n_boot, seed)
        out.update({f"{key}_ci": metricset.interval(v) for key, v in boots.items()})
    out["per_query_rr"] = per_query["mrr"].tolist()
    out["primary_metric"] = PRIMARY_RANKING
    return out


def confusion(scores: Sequence[float], labels: Sequence[float], threshold: float, positive_min: float = 1.0):
    from sklearn.metrics import confusion_matrix

    y = (np.asarray(labels, float) >= positive_min).astype(int)
    return confusion_matrix(y, (np.asarray(scores, float) >= threshold).astype(int), labels=[0, 1])
