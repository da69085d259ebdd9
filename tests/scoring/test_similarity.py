import numpy as np
import scipy.sparse as sp

from matchlens.scoring import similarity as S
from matchlens.encoders.base import l2_normalize


def rand(n, d, seed):
    return l2_normalize(np.random.default_rng(seed).normal(size=(n, d)))


def test_views():
    s = np.array([[0.9, 0.1], [0.5, 0.3], [0.2, 0.8]], np.float32)
    assert S.rank_per_gig(s)[:, 0].tolist() == [1, 2, 3]
    assert S.rank_per_resume(s)[2].tolist() == [2, 1]
    p = S.percentile(s)
    assert p.max() == 100 and p.min() == 0 and p[0, 0] == 100
    z = S.zscore_per_gig(s)
    assert np.allclose(z.mean(axis=0), 0, atol=1e-6)


def test_top_k_matches_a_full_sort():
    s = np.random.default_rng(0).random((50, 7))
    top = S.top_k(s, 5, axis=0)
    assert top.shape == (7, 5)
    for g in range(7):
        assert top[g].tolist() == np.argsort(-s[:, g])[:5].tolist()


def test_blocked_top_k_equals_dense():
    a, b = rand(300, 16, 1), rand(20, 16, 2)
    idx, val = S.top_k_blocked(a, b, k=10, block=64)
    dense = b @ a.T
    for i in range(20):
        assert idx[i].tolist() == np.argsort(-dense[i])[:10].tolist()
        assert np.allclose(val[i], np.sort(dense[i])[::-1][:10], atol=1e-6)


def test_max_chunk_pairs_equals_brute_force():
    ca, cb = rand(9, 8, 3), rand(5, 8, 4)
    oa, ob = np.array([0, 0, 0, 1, 2, 2, 3, 3, 3]), np.array([0, 1, 1, 1, 2])
    got = S.max_chunk_pairs(ca, oa, cb, ob, 4, 3)
    full = ca @ cb.T
    for i in range(4):
        for j in range(3):
            assert np.isclose(got[i, j], full[oa == i][:, ob == j].max())


def test_cosine_matrix_accepts_sparse():
    a = sp.csr_matrix(np.eye(3, dtype=np.float32))
    assert np.array_equal(S.cosine_matrix(a, a), np.eye(3))
