"""Hubness reduction on a score matrix: one long document must not come first for every query.

A long resume's mean of chunks sits near the centre of the space and tops many gigs (a hub, Radovanović et al.
2010). These methods rescale each score by how its resume and its gig score against everyone else, so every
document keeps its whole text and loses only its unearned lead. Definitions follow the literature as
scikit-hubness implements it (here on the full resumes x gigs matrix instead of k-nearest-neighbour lists):

- ``csls``: cross-domain similarity local scaling (Conneau et al. 2018): 2·s(r, g) − r_k(r) − r_k(g), r_k the mean
  of a document's k best scores on the other side.
- ``z``: per-document z-scoring: the score standardised within its resume's row and within its gig's column,
  averaged.
- ``mp``: mutual proximity with independent Gaussians (Schnitzer et al. 2012, scikit-hubness ``method="normal"``):
  P(a resume's other scores < s) · P(the gig's other scores < s), kept as its logarithm so near-certain pairs do
  not tie at 1.
"""
from __future__ import annotations

import numpy as np

from matchlens.scoring.similarity import standardise

METHODS = {
    "none": "raw scores",
    "csls": "CSLS: minus each document's mean of its 10 best scores (Conneau et al. 2018)",
    "z": "z-scored within the resume's row and the gig's column, averaged",
    "mp": "mutual proximity (Gaussian), log-probability (Schnitzer et al. 2012)",
}
K = 10  # neighbours for CSLS, as Conneau et al. and scikit-hubness use by default


def reduce(scores: np.ndarray, method: str, k: int = K, corpus: np.ndarray | None = None) -> np.ndarray:
    """The (n_resumes, n_gigs) matrix under hubness reduction ``method`` (see METHODS); "none" returns it as is.
    ``corpus``: the raw matrix of the corpus's resumes, when ``scores`` holds other rows (the fairness audit's
    copies of a resume): each gig's statistics then come from the corpus, so those rows score as its resumes do."""
    if method not in METHODS:
        raise ValueError(f"hubness reduction must be one of {', '.join(METHODS)}, not {method!r}")
    if method == "none" or scores.size == 0:
        return scores
    s = np.asarray(scores, dtype=np.float64)
    cols = s if corpus is None else np.asarray(corpus, dtype=np.float64)
    out = {"csls": _csls, "z": _z, "mp": _mutual_proximity}[method](s, cols, k)
    return out.astype(np.float32)


def _top_mean(s: np.ndarray, k: int, axis: int) -> np.ndarray:
    """Mean of the k largest scores along ``axis`` (kept as a broadcastable axis)."""
    k = max(1, min(k, s.shape[axis]))
    part = -np.partition(-s, k - 1, axis=axis)
    return np.take(part, np.arange(k), axis=axis).mean(axis=axis, keepdims=True)


def _csls(s: np.ndarray, cols: np.ndarray, k: int) -> np.ndarray:
    return 2.0 * s - _top_mean(s, k, 1) - _top_mean(cols, k, 0)


def _z(s: np.ndarray, cols: np.ndarray, k: int) -> np.ndarray:
    return 0.5 * (standardise(s, 1) + standardise(s, 0, cols))


def _mutual_proximity(s: np.ndarray, cols: np.ndarray, k: int) -> np.ndarray:
    from scipy.special import log_ndtr

    return log_ndtr(standardise(s, 1)) + log_ndtr(standardise(s, 0, cols))


def k_occurrence(scores: np.ndarray, k: int = 10) -> np.ndarray:
    """How often each corpus item (column of a queries x corpus matrix) is among a query's k best (the Compare
    page's hubs count resumes among gigs' top k with it)."""
    k = max(1, min(k, scores.shape[1]))
    top = np.argpartition(-scores, k - 1, axis=1)[:, :k]
    return np.bincount(top.ravel(), minlength=scores.shape[1])


def k_skewness(scores: np.ndarray, k: int = 10) -> float:
    """Skewness of the k-occurrence distribution (scikit-hubness's ``k_skewness``): near 0 without hubs, large
    when a few items are among everyone's k best."""
    from scipy.stats import skew

    occ = k_occurrence(scores, k)
    return float(skew(occ)) if occ.std() > 0 else 0.0


def apply(scores: np.ndarray, info, method: str):
    """(scores, EncoderInfo) of a model under ``method``: reduced scores are no longer cosines or probabilities,
    so their score kind becomes "unbounded" (pages and metrics then read them as ranks, never as a 0-1 scale)."""
    if method == "none":
        return scores, info
    from dataclasses import replace

    return reduce(scores, method), replace(info, score_kind="unbounded")
