import numpy as np
import pytest

from matchlens.scoring import fusion
from matchlens.scoring.cache import EmbeddingCache
from matchlens.scoring.matching import compare


def test_parse_names():
    assert fusion.parse("hybrid:tfidf+use-multilingual") == (["tfidf", "use-multilingual"], "z", None)
    assert fusion.parse("hybrid:a+b:rrf:0.2,0.8") == (["a", "b"], "rrf", [0.2, 0.8])
    with pytest.raises(ValueError):
        fusion.parse("hybrid:onlyone")


def test_fusion_keeps_the_best_of_each_model():
    good_a = np.array([[0.9, 0.1], [0.1, 0.9], [0.5, 0.5]])   # right on resumes 0 and 1
    good_b = np.array([[0.5, 0.5], [0.5, 0.5], [0.9, 0.1]])   # right on resume 2
    fused = fusion.fuse([good_a, good_b], "rrf")
    assert fused.shape == (3, 2)
    pairs = [(0, 0), (0, 1), (1, 0), (1, 1), (2, 0), (2, 1)]
    y = np.array([1, 0, 0, 1, 1, 0])
    w, ap = fusion.fit_weights([good_a, good_b], pairs, y)
    assert ap == pytest.approx(1.0) and sum(w) == pytest.approx(1.0)


def test_hybrid_model_in_a_comparison(small_corpus):
    res = compare(small_corpus, ["tfidf", "hybrid:tfidf+tfidf-char:z"], cache=EmbeddingCache())
    assert list(res.results) == ["tfidf", "hybrid:tfidf+tfidf-char:z"]
    assert res.results["hybrid:tfidf+tfidf-char:z"].info.kind == "hybrid"
    assert res.scores("hybrid:tfidf+tfidf-char:z").shape == (3, 2)
    bad = compare(small_corpus, ["hybrid:tfidf+nobody/none"], cache=EmbeddingCache())
    assert "hybrid:tfidf+nobody/none" in bad.errors
