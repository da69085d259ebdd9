"""Hybrid scoring: fuse several models' score matrices (reciprocal-rank fusion or weighted z-scores).

TF-IDF is strong within one language and blind across languages; embeddings are the reverse. A hybrid
model takes the best of both. Weights can be chosen on labeled pairs (grid search on average precision).
"""
from __future__ import annotations

from itertools import product
from typing import Callable, Sequence

import numpy as np

from matchlens.encoders.registry import parse_model
from matchlens.encoders.spec import FUSION_METHODS as METHODS  # noqa: F401 - public: fusion.METHODS, as calibration.METHODS
from matchlens.scoring import similarity


def parse(name: str) -> tuple[list[str], str, list[float] | None]:
    """'hybrid:tfidf+e5-small-multilingual[:rrf|:z][:0.3,0.7]' -> (components, method, weights), by parse_model."""
    spec = parse_model(name)
    if spec.kind != "hybrid":
        raise ValueError(f"not a hybrid model: {name!r} (hybrid:<a>+<b>[:rrf|z][:w1,w2])")
    return list(spec.parts), spec.method, None if spec.weights is None else list(spec.weights)


def fuse(matrices: Sequence[np.ndarray], method: str = "z", weights: Sequence[float] | None = None,
         k: int = 60) -> np.ndarray:
    """Fused (n_resumes, n_gigs) scores. rrf: sum of w / (k + rank per gig); z: sum of w * z-score per gig."""
    w = np.asarray(weights if weights is not None else [1.0] * len(matrices), dtype=np.float32)
    w = w / max(w.sum(), 1e-9)
    if method == "rrf":
        parts = [1.0 / (k + similarity.rank_per_gig(m)) for m in matrices]
    else:
        parts = [similarity.zscore_per_gig(m) for m in matrices]
    return np.sum([wi * p for wi, p in zip(w, parts)], axis=0).astype(np.float32)


def fit_weights(matrices: Sequence[np.ndarray], pairs: list[tuple[int, int]], y: np.ndarray, method: str = "z",
                steps: int = 11) -> tuple[list[float], float]:
    """Weights (summing to 1) that maximise average precision on labeled pairs, by grid search."""
    from sklearn.metrics import average_precision_score

    ri, gi = np.array([p[0] for p in pairs]), np.array([p[1] for p in pairs])
    return search_weights(matrices, method, steps, lambda fused: average_precision_score(y, fused[ri, gi]))


def search_weights(matrices: Sequence[np.ndarray], method: str, steps: int,
                   objective: Callable[[np.ndarray], float]) -> tuple[list[float], float]:
    """Grid search over weights summing to 1: the fused matrix that maximises ``objective`` (first best wins)."""
    grid = np.linspace(0, 1, steps)
    best, best_value = None, -np.inf
    for combo in product(grid, repeat=len(matrices) - 1):
        if sum(combo) > 1 + 1e-9:
            continue
        w = list(combo) + [1 - sum(combo)]
        value = float(objective(fuse(matrices, method, w)))
        if value > best_value:
            best, best_value = w, value
    return [round(float(x), 3) for x in best], float(best_value)
