"""Per-query ranking figures as their exact expectation when tied scores are ordered uniformly at random (TF-IDF
scores many items 0: no arbitrary sort order decides), and the hub share; ``metricset`` averages them over queries."""
from __future__ import annotations

import numpy as np


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
