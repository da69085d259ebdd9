import numpy as np
import scipy.sparse as sp

from matchlens.views import projection


def test_pca_and_umap_give_2d_coordinates():
    x = np.random.default_rng(0).normal(size=(30, 16)).astype(np.float32)
    assert projection.project(x, "pca").shape == (30, 2)
    assert projection.project(x, "umap").shape == (30, 2)
    assert projection.project(sp.random(30, 200, density=0.1, format="csr", random_state=0), "pca").shape == (30, 2)
    assert projection.project(x[:2], "umap").shape == (2, 2)  # tiny corpora fall back to PCA


def test_procrustes_undoes_a_rotation_and_scale():
    ref = np.random.default_rng(1).normal(size=(20, 2))
    theta = 1.1
    rot = np.array([[np.cos(theta), -np.sin(theta)], [np.sin(theta), np.cos(theta)]])
    moved = 3 * ref @ rot + 5
    assert np.allclose(projection.align(ref, moved), ref, atol=1e-5)


def test_neighbour_stability():
    x = np.random.default_rng(2).normal(size=(25, 8))
    same = projection.neighbour_stability({"a": x, "b": x.copy()}, k=3)
    assert np.allclose(same, 1)
    other = projection.neighbour_stability({"a": x, "b": np.random.default_rng(3).normal(size=(25, 8))}, k=3)
    assert other.mean() < 0.6
