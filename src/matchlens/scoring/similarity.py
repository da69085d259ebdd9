"""Score matrices (resumes x gigs), top-k, and the score views shown beside the raw cosine.

Raw cosines of different models are not comparable (e5 puts almost everything in 0.8-0.95, MiniLM in
0.0-0.7), so every page can show a view that is: rank, percentile within the corpus, z-score per gig,
or a calibrated probability.
"""
from __future__ import annotations

import numpy as np

from matchlens.scoring.embedding import EmbeddedDocs

VIEWS = {
    "raw": "raw cosine (not comparable across models)",
    "rank": "rank of the resume for this gig (1 = best)",
    "percentile": "rank percentile among this model's pairs (comparable across models)",
    "z": "z-score within the gig's column",
}
BLOCK = 1024


def _dense(m) -> np.ndarray:
    return np.asarray(m.toarray() if hasattr(m, "toarray") else m, dtype=np.float32)


def cosine_matrix(a, b) -> np.ndarray:
    """Rows are L2-normalised, so the dot product is the cosine. Works for sparse TF-IDF too."""
    prod = a @ b.T
    return _dense(prod)


def score_matrix(res: EmbeddedDocs, gig: EmbeddedDocs, aggregation: str = "mean") -> np.ndarray:
    """(n_resumes, n_gigs) float32. 'max' takes the best chunk pair of each resume-gig pair, 'top<k>' the mean of
    the k best (scoring.aggregate)."""
    from matchlens.scoring.aggregate import mean_top_k_pairs, top_k_of

    k = top_k_of(aggregation)
    if (aggregation != "max" and k is None) or res.chunk_vectors is None or gig.chunk_vectors is None:
        return cosine_matrix(res.doc_vectors, gig.doc_vectors)
    if k is not None:
        return mean_top_k_pairs(res.chunk_vectors, res.chunk_owner, gig.chunk_vectors, gig.chunk_owner,
                                len(res.n_tokens), len(gig.n_tokens), k)
    return max_chunk_pairs(res.chunk_vectors, res.chunk_owner, gig.chunk_vectors, gig.chunk_owner,
                           len(res.n_tokens), len(gig.n_tokens))


def max_chunk_pairs(ca, oa, cb, ob, na: int, nb: int) -> np.ndarray:
    """Max over chunk pairs, block by block so memory stays bounded for long corpora."""
    starts_b = np.searchsorted(ob, np.arange(nb))
    out = np.empty((na, nb), dtype=np.float32)
    starts_a = np.searchsorted(oa, np.arange(na + 1))
    for d0 in range(0, na, BLOCK):
        d1 = min(na, d0 + BLOCK)
        r0, r1 = starts_a[d0], starts_a[d1]
        sims = ca[r0:r1] @ cb.T
        by_gig = np.maximum.reduceat(sims, starts_b, axis=1)
        out[d0:d1] = np.maximum.reduceat(by_gig, starts_a[d0:d1] - r0, axis=0)
    return out


def _ordinal_ranks(scores: np.ndarray, axis: int) -> np.ndarray:
    """1 = best; ties broken by position (stable sort), so a top-k keeps exactly k."""
    order = np.argsort(-scores, axis=axis, kind="stable")
    ranks = np.empty_like(order)
    np.put_along_axis(ranks, order, np.arange(1, scores.shape[axis] + 1).reshape((-1, 1) if axis == 0 else (1, -1)),
                      axis=axis)
    return ranks.astype(np.int32)


def rank_per_gig(scores: np.ndarray) -> np.ndarray:
    """Rank of each resume within its gig column (1 = best score)."""
    return _ordinal_ranks(scores, 0)


def rank_per_resume(scores: np.ndarray) -> np.ndarray:
    """Rank of each gig within its resume row (1 = best score)."""
    return _ordinal_ranks(scores, 1)


def percentile(scores: np.ndarray) -> np.ndarray:
    """Rank percentile (0-100) of each pair among all pairs of the same model: the shared scale on which
    models of any score kind compare. Ties sit at their mean rank, except pairs tied at the model's floor
    (TF-IDF's "no shared word" zeros, often most pairs across languages), which sit at 0: no evidence must
    never look like a medium match."""
    from scipy.stats import rankdata  # lazy: scipy.stats costs ~1.8 s to import

    flat = scores.ravel()
    if flat.size <= 1:
        return np.full_like(scores, 100.0)
    pct = 100.0 * (rankdata(flat, method="average") - 1) / (flat.size - 1)
    pct[flat <= flat.min()] = 0.0
    return pct.reshape(scores.shape).astype(np.float32)


FLAT = 1e-9  # a standard deviation below this is a line of equal scores (rounding): centred, never scaled up


def standardise(scores: np.ndarray, axis: int, ref: np.ndarray | None = None) -> np.ndarray:
    """Each score minus the mean, over the standard deviation, along ``axis`` (0: within its gig's column, 1: within
    its resume's row), both taken from ``ref`` (default ``scores``), in the scores' own dtype. The one z-score of
    the package: the "z" view, z-score fusion and the hubness reductions all read it."""
    ref = scores if ref is None else ref
    sd = ref.std(axis=axis, keepdims=True)
    return (scores - ref.mean(axis=axis, keepdims=True)) / np.where(sd > FLAT, sd, 1.0)


def zscore_per_gig(scores: np.ndarray) -> np.ndarray:
    """Scores as z-scores within each gig's column (float32)."""
    return standardise(scores, 0).astype(np.float32)


def view(scores: np.ndarray, name: str) -> np.ndarray:
    """The matrix for a score view name (see VIEWS)."""
    if name == "raw":
        return scores
    if name == "rank":
        return rank_per_gig(scores)
    if name == "percentile":
        return percentile(scores)
    if name == "z":
        return zscore_per_gig(scores)
    if name == "rank_for_resume":
        return rank_per_resume(scores)
    raise ValueError(f"unknown view {name!r}; choose one of {list(VIEWS)}")


def top_k(scores: np.ndarray, k: int, axis: int = 0) -> np.ndarray:
    """Indices of the k best per column (axis=0: resumes per gig) or per row (axis=1), best first."""
    mat = scores if axis == 1 else scores.T
    k = max(1, min(k, mat.shape[1]))
    part = np.argpartition(-mat, k - 1, axis=1)[:, :k]
    order = np.take_along_axis(mat, part, axis=1).argsort(axis=1)[:, ::-1]
    return np.take_along_axis(part, order, axis=1)


def top_k_blocked(a, b, k: int, block: int = BLOCK) -> tuple[np.ndarray, np.ndarray]:
    """Top-k rows of ``a`` for each row of ``b`` (e.g. resumes per gig) without the full dense matrix."""
    best_idx = np.zeros((b.shape[0], 0), dtype=np.int64)
    best_val = np.zeros((b.shape[0], 0), dtype=np.float32)
    for start in range(0, a.shape[0], block):
        sims = cosine_matrix(b, a[start : start + block])
        vals = np.concatenate([best_val, sims], axis=1)
        idx = np.concatenate([best_idx, np.arange(start, start + sims.shape[1])[None, :].repeat(b.shape[0], 0)], 1)
        kk = min(k, vals.shape[1])
        part = np.argpartition(-vals, kk - 1, axis=1)[:, :kk]
        best_val = np.take_along_axis(vals, part, 1)
        best_idx = np.take_along_axis(idx, part, 1)
    order = np.argsort(-best_val, axis=1)
    return np.take_along_axis(best_idx, order, 1), np.take_along_axis(best_val, order, 1)
