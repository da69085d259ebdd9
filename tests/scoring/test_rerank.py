import numpy as np
import pytest

from matchlens.scoring import rerank, similarity
from matchlens.scoring.cache import EmbeddingCache, NullCache
from matchlens.scoring.matching import compare


def test_parse_names():
    assert rerank.parse("rerank:cross:/m/x@e5-small-multilingual:5") == ("cross:/m/x", "e5-small-multilingual", 5)
    assert rerank.parse("rerank:my-cross@tfidf") == ("my-cross", "tfidf", rerank.DEFAULT_K)
    with pytest.raises(ValueError):
        rerank.parse("rerank:only-a-scorer")


def test_compose_orders_the_shortlist_by_the_cross_encoder_and_keeps_the_rest():
    base = np.array([[0.9, 0.1], [0.8, 0.2], [0.1, 0.3], [0.0, 0.4]], dtype=np.float32)
    pairs = rerank.shortlist(base, 2)
    assert sorted(pairs) == [(0, 0), (1, 0), (2, 1), (3, 1)]
    cross = np.array([-2.0 if p == (0, 0) else 3.0 for p in pairs])  # disagrees with the retriever on gig 0
    out = rerank.compose(base, pairs, cross)
    ranks = similarity.rank_per_gig(out)
    assert ranks[1, 0] == 1 and ranks[0, 0] == 2          # cross-encoder order within the shortlist
    assert ranks[2, 0] == 3 and ranks[3, 0] == 4          # retriever order beyond it
    assert out[[0, 1], 0].min() > 1 > out[[2, 3], 0].max()


def test_rerank_model_scores_only_the_shortlist(small_corpus, tiny_cross_dir):
    scorer = f"cross:{tiny_cross_dir}"
    name = f"rerank:{scorer}@tfidf:1"
    comp = compare(small_corpus, ["tfidf", name, scorer], cache=NullCache())
    assert not comp.errors and list(comp.results) == ["tfidf", name, scorer]
    res = comp.results[name]
    assert res.encoded == len(small_corpus.gigs) * 1  # k=1: one pair per gig, not resumes x gigs
    full = comp.results[scorer].scores
    top = similarity.top_k(comp.results["tfidf"].scores, 1, axis=0)
    for j in range(len(small_corpus.gigs)):
        i = int(top[j, 0])
        assert res.scores[i, j] == pytest.approx(1 + 1 / (1 + np.exp(-full[i, j])), abs=1e-5)
    bad = compare(small_corpus, ["rerank:tfidf@tfidf"], cache=EmbeddingCache())
    assert "not a cross-encoder" in bad.errors["rerank:tfidf@tfidf"]


def test_a_failing_reranker_is_reported_and_the_others_still_show(small_corpus, tiny_cross_dir, monkeypatch):
    from matchlens.encoders.cross import CrossEncoderScorer

    def boom(self, a, b, progress=None):
        raise RuntimeError("scorer crashed")

    monkeypatch.setattr(CrossEncoderScorer, "score_pairs", boom)
    name = f"rerank:cross:{tiny_cross_dir}@tfidf:2"
    comp = compare(small_corpus, ["tfidf", name], cache=NullCache())
    assert list(comp.results) == ["tfidf"] and "scorer crashed" in comp.errors[name]
