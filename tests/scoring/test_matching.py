import numpy as np
import pytest

from matchlens.scoring.cache import EmbeddingCache
from matchlens.preprocess.chunking import ChunkSettings
from matchlens.scoring.matching import Options, compare, model_texts


def test_compare_scores_every_pair_and_reports_a_failing_model(small_corpus, tiny_st_dir, tmp_path):
    res = compare(small_corpus, ["tfidf", str(tiny_st_dir), "no-such/model"], cache=EmbeddingCache(tmp_path / "c"))
    assert set(res.results) == {"tfidf", str(tiny_st_dir)}
    assert "no-such/model" in res.errors and "offline" in res.errors["no-such/model"]
    assert res.scores("tfidf").shape == (3, 2)
    s = res.scores("tfidf")
    assert s[0, 0] > s[0, 1] and s[1, 1] > s[1, 0]  # nurse->nurse gig, dev->dev gig by keywords


def test_second_run_is_served_from_cache(small_corpus, tiny_st_dir, tmp_path):
    cache = EmbeddingCache(tmp_path / "c.sqlite")
    first = compare(small_corpus, [str(tiny_st_dir)], cache=cache).results[str(tiny_st_dir)]
    second = compare(small_corpus, [str(tiny_st_dir)], cache=cache).results[str(tiny_st_dir)]
    assert first.encoded == 5 and second.encoded == 0
    assert np.allclose(first.scores, second.scores)


def test_long_table_has_ranks_and_top_k(small_corpus):
    res = compare(small_corpus, ["tfidf"], cache=EmbeddingCache())
    table = res.long_table()
    assert len(table) == 6
    assert {"resume", "gig", "model", "score", "rank", "percentile", "z"} <= set(table.columns)
    top = res.long_table(top_k=1)
    assert len(top) == 2 and (top["rank"] == 1).all()
    assert len(res.long_table(top_k=1, per="resume")) == 3


def test_chunking_reads_long_documents_and_reports_truncation(small_corpus, tiny_st_dir, tmp_path):
    from matchlens.documents import Corpus, Document

    long_text = "cuisinier restaurant " * 10 + "python developer django " * 40
    corpus = Corpus(small_corpus.documents + [Document("r9", "long.txt", "resume", long_text, "en")])
    name = str(tiny_st_dir)
    first = compare(corpus, [name], Options(chunking=ChunkSettings("first")), cache=EmbeddingCache(tmp_path / "a"))
    mean = compare(corpus, [name], Options(chunking=ChunkSettings("mean")), cache=EmbeddingCache(tmp_path / "b"))
    best = compare(corpus, [name], Options(chunking=ChunkSettings("max")), cache=EmbeddingCache(tmp_path / "c"))
    emb = mean.results[name].resumes
    assert emb.n_chunks[-1] > 1 and emb.n_chunks[0] == 1
    assert emb.truncated_tokens(48)[-1] > 0 and emb.truncated_tokens(48)[0] == 0
    s_first, s_mean, s_max = (r.results[name].scores[-1] for r in (first, mean, best))
    assert not np.allclose(s_first, s_mean)
    assert (s_max >= s_mean - 1e-5).all()  # the best chunk pair is at least the mean's score


def test_sections_mode_changes_only_resume_texts():
    from matchlens.documents import Document

    cv = Document("r", "cv", "resume", "Jean\nExpérience\nCariste\nLoisirs\nPêche\nCompétences\nPython", "fr")
    gig = Document("g", "gig", "gig", "Compétences\nPython\nLoisirs\nPêche", "fr")
    full, sections = model_texts([cv, gig], Options()), model_texts([cv, gig], Options("sections"))
    assert full == [cv.text, gig.text]
    assert "Pêche" not in sections[0] and sections[1] == gig.text


def test_pair_scorer_fills_the_matrix(small_corpus, tiny_cross_dir, tmp_path):
    cache = EmbeddingCache(tmp_path / "c")
    res = compare(small_corpus, [f"cross:{tiny_cross_dir}"], cache=cache)
    r = res.results[f"cross:{tiny_cross_dir}"]
    assert r.scores.shape == (3, 2) and r.encoded == 6
    again = compare(small_corpus, [f"cross:{tiny_cross_dir}"], cache=cache).results[f"cross:{tiny_cross_dir}"]
    assert again.encoded == 0 and np.allclose(again.scores, r.scores)


def test_inspector_pair_summary(small_corpus):
    res = compare(small_corpus, ["tfidf", "tfidf-char"], cache=EmbeddingCache())
    pair = res.pair(0, 0)
    assert set(pair) == {"tfidf", "tfidf-char"}
    assert pair["tfidf"]["rank_for_gig"] == 1


def test_two_sessions_at_once_get_their_own_results(small_corpus, tiny_st_dir, tmp_path):
    """Two corpora scored concurrently with one shared (once-loaded) model give the sequential results."""
    import threading

    from matchlens.documents import Corpus, Document
    from matchlens.encoders import create

    other = Corpus([Document("x1", "a", "resume", "warehouse forklift stock entrepôt", "en"),
                    Document("x2", "b", "gig", "cariste entrepôt stock", "fr"),
                    Document("x3", "c", "gig", "cuisine restaurant cook", "en")])
    name = str(tiny_st_dir)
    shared = {name: create(name)}
    expected = [compare(c, [name], cache=EmbeddingCache(tmp_path / f"s{i}")).scores(name)
                for i, c in enumerate((small_corpus, other))]
    got = [None, None]

    def run(i, c):
        got[i] = compare(c, [name], cache=EmbeddingCache(tmp_path / "shared.sqlite"), encoders=shared).scores(name)

    threads = [threading.Thread(target=run, args=(i, c)) for i, c in enumerate((small_corpus, other))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for g, e in zip(got, expected):
        assert g.shape == e.shape and np.allclose(g, e, atol=1e-5)


def test_a_model_that_runs_out_of_memory_is_reported_and_nothing_is_cached(small_corpus, tmp_path):
    from matchlens.encoders import create

    class Exploding:
        def __init__(self):
            self._inner = create("tfidf-char")

        def __getattr__(self, item):
            return getattr(self._inner, item)

        def fit(self, texts):
            raise MemoryError

    cache = EmbeddingCache(tmp_path / "c.sqlite")
    res = compare(small_corpus, ["tfidf", "big"], cache=cache, encoders={"big": Exploding()})
    assert "tfidf" in res.results and "out of memory" in res.errors["big"]
    assert len(cache) == 0


@pytest.mark.parametrize("junk, reason", [
    (lambda n: np.full((n, 4), np.nan, np.float32), "NaN"),
    (lambda n: np.full((n, 4), np.inf, np.float32), "NaN or infinite"),
    (lambda n: np.zeros((n, 4), np.float32), "only zeros"),
    (lambda n: np.ones((n + 1, 4), np.float32), "vectors for"),
    (lambda n: np.ones((n,), np.float32), "shape"),
    (lambda n: np.ones((n, 5), np.float32), "5-dimensional"),
])
def test_a_model_that_returns_junk_is_reported_left_out_and_never_cached(small_corpus, tmp_path, junk, reason):
    from matchlens.encoders.base import Encoder, EncoderInfo

    class Junk(Encoder):
        info = EncoderInfo("junk", "test", "any", 4, None, True, source="junk")

        def encode(self, texts, side="resume", progress=None):
            return junk(len(texts))

    cache = EmbeddingCache(tmp_path / "c.sqlite")
    res = compare(small_corpus, ["tfidf", "junk", "hybrid:tfidf+junk"], cache=cache, encoders={"junk": Junk()})
    assert list(res.results) == ["tfidf"]
    assert reason in res.errors["junk"] and "junk" in res.errors["hybrid:tfidf+junk"]
    assert len(cache) == 0
    good = compare(small_corpus, ["tfidf"], cache=cache)  # the next run is not poisoned
    assert not good.errors


def test_a_pair_scorer_that_returns_junk_is_reported(small_corpus, tmp_path):
    from matchlens.encoders.base import EncoderInfo, PairScorer

    class JunkPairs(PairScorer):
        info = EncoderInfo("jp", "test", "any", None, None, True, source="jp", pair_scorer=True)

        def score_pairs(self, a, b, progress=None):
            return np.full(len(a), np.nan, np.float32)

    res = compare(small_corpus, ["tfidf", "jp"], cache=EmbeddingCache(tmp_path / "c"), encoders={"jp": JunkPairs()})
    assert "NaN" in res.errors["jp"] and "tfidf" in res.results


def test_title_field_moves_the_ranking_only_for_titled_gigs():
    """A gig whose title names one job and whose body talks of another: weighing the title ranks the title's
    resume first; an untitled gig keeps its whole-text scores in every mode."""
    from matchlens.documents import Corpus, Document
    from matchlens.scoring.cache import NullCache
    from matchlens.scoring.matching import Options, compare

    docs = [Document("r1", "cook", "resume", "cuisinier cuisine restaurant chef", "fr"),
            Document("r2", "driver", "resume", "chauffeur camion transport livraison route", "fr"),
            Document("g1", "ad", "gig", "Cuisinier\ntransport livraison route camion horaires", "fr"),
            Document("g2", "plain", "gig", "cuisine restaurant et livraison", "fr")]
    corpus = Corpus(docs)
    whole = compare(corpus, ["tfidf"], Options(gig_fields="whole"), cache=NullCache()).scores("tfidf")
    titled = compare(corpus, ["tfidf"], Options(gig_fields="title+body", title_weight=0.8),
                     cache=NullCache()).scores("tfidf")
    best = compare(corpus, ["tfidf"], Options(gig_fields="max"), cache=NullCache()).scores("tfidf")
    assert whole[:, 0].argmax() == 1 and titled[:, 0].argmax() == 0
    assert np.allclose(whole[:, 1], titled[:, 1]) and np.allclose(whole[:, 1], best[:, 1])
    assert (best[:, 0] >= titled[:, 0] - 1e-6).all()
