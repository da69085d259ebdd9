"""2-D maps of resumes and gigs per model, aligned across models, and neighbour stability."""
from __future__ import annotations

import numpy as np

METHODS = ("umap", "pca")


def _dense_features(vectors, max_dim: int = 64) -> np.ndarray:
    """Sparse TF-IDF is reduced by truncated SVD first; dense vectors are used as they are."""
    if hasattr(vectors, "toarray"):
        from sklearn.decomposition import TruncatedSVD

        k = max(2, min(max_dim, vectors.shape[1] - 1, vectors.shape[0] - 1))
        return TruncatedSVD(n_components=k, random_state=0).fit_transform(vectors).astype(np.float32)
    return np.asarray(vectors, dtype=np.float32)


def project(vectors, method: str = "umap", n_neighbors: int = 15, seed: int = 42) -> np.ndarray:
    """(n, 2) coordinates. UMAP with cosine distance, or PCA (instant)."""
    x = _dense_features(vectors)
    n = x.shape[0]
    if n < 4 or method == "pca":
        from sklearn.decomposition import PCA

        if n < 2:
            return np.zeros((n, 2), np.float32)
        coords = PCA(n_components=min(2, n, x.shape[1]), random_state=seed).fit_transform(x)
        return np.pad(coords, ((0, 0), (0, 2 - coords.shape[1]))).astype(np.float32)
    import umap

    reducer = umap.UMAP(n_components=2, n_neighbors=max(2, min(n_neighbors, n - 1)), metric="cosine",
                        random_state=seed, init="random" if n < 10 else "spectral", n_jobs=1)
    return reducer.fit_transform(x).astype(np.float32)


def warm_umap() -> float:
    """Fit a tiny UMAP once so numba compiles now (~12 s per process) rather than mid-demo."""
    import time

    t = time.perf_counter()
    project(np.random.default_rng(0).normal(size=(40, 8)).astype(np.float32), "umap")
    return time.perf_counter() - t


def align(reference: np.ndarray, coords: np.ndarray) -> np.ndarray:
    """Rotate/reflect and scale ``coords`` onto ``reference`` (orthogonal Procrustes) so panels compare."""
    from scipy.linalg import orthogonal_procrustes

    if len(coords) < 2:
        return coords
    ref_c = reference - reference.mean(axis=0)
    c = coords - coords.mean(axis=0)
    ref_n, c_n = np.linalg.norm(ref_c), np.linalg.norm(c)
    if ref_n == 0 or c_n == 0:
        return coords
    rot, _ = orthogonal_procrustes(c / c_n, ref_c / ref_n)
    return ((c / c_n) @ rot * ref_n + reference.mean(axis=0)).astype(np.float32)


def knn_sets(vectors, k: int) -> list[set[int]]:
    x = _dense_features(vectors)
    x = x / np.maximum(np.linalg.norm(x, axis=1, keepdims=True), 1e-12)
    sims = x @ x.T
    np.fill_diagonal(sims, -np.inf)
    k = max(1, min(k, len(x) - 1))
    idx = np.argpartition(-sims, k - 1, axis=1)[:, :k]
    return [set(map(int, row)) for row in idx]


def neighbour_stability(vectors_by_model: dict, k: int = 5) -> np.ndarray:
    """Per point: mean Jaccard overlap of its k nearest neighbours across every pair of models (1 = same)."""
    sets = [knn_sets(v, k) for v in vectors_by_model.values()]
    n = len(sets[0]) if sets else 0
    if len(sets) < 2:
        return np.ones(n)
    scores = np.zeros(n)
    pairs = 0
    for a in range(len(sets)):
        for b in range(a + 1, len(sets)):
            scores += [len(x & y) / max(1, len(x | y)) for x, y in zip(sets[a], sets[b])]
            pairs += 1
    return scores / pairs


def stack_vectors(res_vectors, gig_vectors):
    """Resumes then gigs in one matrix (sparse stays sparse)."""
    if hasattr(res_vectors, "toarray"):
        import scipy.sparse as sp

        return sp.vstack([res_vectors, gig_vectors]).tocsr()
    return np.vstack([res_vectors, gig_vectors])
