"""Re-ranking: a cross-encoder re-scores only a bi-encoder's top-k resumes per gig.

Cross-encoder quality where it matters (the shortlist) at a fraction of its cost: k x gigs pairs instead of
resumes x gigs. The composite score keeps one order per gig: shortlisted pairs score 1 + sigmoid(cross score)
(so their order is the cross-encoder's), the others keep the retriever's order below 1.
"""
from __future__ import annotations

import numpy as np

from matchlens.encoders.registry import parse_model
from matchlens.encoders.spec import DEFAULT_K
from matchlens.scoring import similarity

__all__ = ["DEFAULT_K", "compose", "parse", "shortlist"]


def parse(name: str) -> tuple[str, str, int]:
    """'rerank:<pair scorer>@<retriever>[:k]' -> (scorer, retriever, k) (registry.parse_model)."""
    spec = parse_model(name)
    if spec.kind != "rerank":
        raise ValueError(f"bad re-ranker spec {name!r}: rerank:<cross-encoder>@<bi-encoder>[:k]")
    return spec.scorer, spec.retriever, spec.k


def shortlist(retriever_scores: np.ndarray, k: int) -> list[tuple[int, int]]:
    """(resume, gig) pairs of the retriever's top-k resumes for each gig."""
    top = similarity.top_k(retriever_scores, k, axis=0)
    return [(int(i), j) for j in range(top.shape[0]) for i in top[j]]


def compose(retriever_scores: np.ndarray, pairs: list[tuple[int, int]], cross: np.ndarray) -> np.ndarray:
    """Composite matrix: the retriever's per-gig order in [0, 1), shortlisted pairs above in (1, 2)."""
    ranks = similarity.rank_per_gig(retriever_scores).astype(np.float32)  # 1 = best
    out = 1.0 - ranks / (ranks.shape[0] + 1)
    if pairs:
        ri, gi = np.array(pairs).T
        out[ri, gi] = 1.0 + 1.0 / (1.0 + np.exp(-np.asarray(cross, dtype=np.float64)))
    return out.astype(np.float32)
