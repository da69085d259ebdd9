import numpy as np
import pytest

from matchlens.scoring import index
from matchlens.encoders.base import l2_normalize
from matchlens.scoring.similarity import top_k_blocked


def _vectors(n: int, d: int = 32, seed: int = 0) -> np.ndarray:
    return l2_normalize(np.random.default_rng(seed).normal(size=(n, d)))


def test_flat_index_matches_the_exact_blocked_top_k():
    docs, queries = _vectors(3000), _vectors(40, seed=1)
    idx, scores = index.top_k(docs, queries, 10, "flat")
    ref_idx, ref_scores = top_k_blocked(docs, queries, 10)
    np.testing.assert_array_equal(idx, ref_idx)
    np.testing.assert_allclose(scores, ref_scores, atol=1e-5)
    assert np.all(np.diff(scores, axis=1) <= 1e-6)  # best first


def test_hnsw_is_approximate_but_finds_most_neighbours():
    docs, queries = _vectors(5000), _vectors(50, seed=2)
    exact, _ = index.top_k(docs, queries, 10, "flat")
    approx, _ = index.top_k(docs, queries, 10, "hnsw")
    assert index.recall_at_k(approx, exact) >= 0.9


def test_k_larger_than_the_collection_and_numpy_fallback():
    docs, queries = _vectors(4), _vectors(3, seed=3)
    idx, scores = index.top_k(docs, queries, 10, "flat")
    assert idx.shape == (3, 4) and sorted(idx[0]) == [0, 1, 2, 3]
    np.testing.assert_array_equal(index.top_k(docs, queries, 10, "numpy")[0], idx)
    with pytest.raises(ValueError, match="unknown index"):
        index.build(docs, "ivf-pq")


def test_auto_is_exact_below_a_million_rows():
    assert index.resolve("auto", 10_000, 100) == "numpy" and index.resolve("auto", 2_000_000) == "hnsw"
    assert index.resolve("auto", 100_000, 1_000) == "flat"
    docs, queries = _vectors(500), _vectors(5, seed=4)
    np.testing.assert_array_equal(index.top_k(docs, queries, 5)[0], top_k_blocked(docs, queries, 5)[0])
