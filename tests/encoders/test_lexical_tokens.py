"""Lexical models split each script as its language does (issue #33): Korean particles, French elisions, mixed text."""
from __future__ import annotations

import pickle

import numpy as np
import pytest

from matchlens.encoders import tokens
from matchlens.encoders.bm25 import BM25Encoder
from matchlens.encoders.doc2vec import tokenize as doc2vec_tokenize
from matchlens.encoders.registry import family_defaults, family_of
from matchlens.encoders.tfidf import OLD_WORD, TfidfEncoder

NURSE = "간호사 면허 보유. 종합병원 병동 경력"
DISTRACTORS = ["간호조무사 자격증 보유. 요양원 경력", "지게차 운전기능사 자격. 물류창고 상하차", "웹 개발자. 파이썬과 자바스크립트",
               "요양보호사 자격증. 방문 요양 경력"]
QUERY = "간호사로 3년 근무했습니다"


def _scores(enc, docs, query):
    fitted = enc.fit(docs + [query])
    d, q = fitted.encode(docs, "resume"), fitted.encode([query], "gig")
    return np.asarray((d @ q.T).todense()).ravel()


@pytest.mark.parametrize("make", [lambda: TfidfEncoder("tfidf"), lambda: BM25Encoder()], ids=["tfidf", "bm25"])
def test_korean_query_with_particles_finds_the_stem(make):
    scores = _scores(make(), [*DISTRACTORS[:2], NURSE, *DISTRACTORS[2:]], QUERY)
    assert scores[2] > 0
    assert int(np.argmax(scores)) == 2 and scores[2] > np.delete(scores, 2).max()


@pytest.mark.parametrize("make", [lambda: TfidfEncoder("tfidf", OLD_WORD), lambda: BM25Encoder(analyzer="word")],
                         ids=["tfidf", "bm25"])
def test_whole_word_tokens_miss_it(make):
    """What the old tokenizer did (kept for comparison): the particle hides the stem, every score is 0."""
    assert not _scores(make(), [*DISTRACTORS, NURSE], QUERY).any()


def test_french_elisions_and_accents():
    assert tokens.words("l'infirmière") == tokens.words("infirmière") == tokens.words("Infirmiere") == ["infirmiere"]
    assert tokens.words("qu’il travaille jusqu'à l’hôpital d'Annecy") == ["il", "travaille", "hopital", "annecy"]
    assert tokens.words("l'infirmière", fold_accents=False) == ["infirmière"]
    scores = _scores(TfidfEncoder("tfidf"), ["Infirmière de nuit", "Cariste en entrepôt", "Aide-soignante"],
                     "Nous recherchons l'infirmière")
    assert int(np.argmax(scores)) == 0 and scores[0] > 0


def test_mixed_text_splits_each_script_its_own_way_in_reading_order():
    assert tokens.words("Infirmière 간호사로 nurse, Python개발자 2019") == \
        ["infirmiere", "간호", "호사", "사로", "nurse", "python", "개발", "발자", "2019"]
    assert tokens.words("일 팀") == ["일", "팀"]  # one-syllable Korean words stay whole
    assert tokens.Analyzer((1, 2))("요양보호사 구인") == ["요양", "양보", "보호", "호사", "구인",
                                                       "요양 양보", "양보 보호", "보호 호사", "호사 구인"]


def test_doc2vec_reads_the_same_terms():
    assert doc2vec_tokenize(QUERY) == tokens.words(QUERY)
    assert "간호사로" in doc2vec_tokenize(QUERY, "gensim")  # the old way, for comparison


def test_identity_changes_with_the_tokenizer(monkeypatch):
    texts = [NURSE, *DISTRACTORS]
    new, old = TfidfEncoder("tfidf").fit(texts), TfidfEncoder("tfidf", OLD_WORD).fit(texts)
    bm25 = BM25Encoder().fit(texts)
    before = {new.identity(), old.identity(), bm25.identity()}
    assert len(before) == 3 and new.identity() != old.identity()
    monkeypatch.setattr(tokens, "VERSION", tokens.VERSION + 1)
    assert new.identity() not in before and bm25.identity() not in before
    assert old.identity() in before


def test_fitted_model_pickles():
    fitted = TfidfEncoder("tfidf").fit([NURSE, *DISTRACTORS])
    again = pickle.loads(pickle.dumps(fitted._vectorizer))
    assert again.vocabulary_ == fitted._vectorizer.vocabulary_


def test_registry_records_defaults_per_family():
    base = {"aggregation": "max", "gig_fields": "title+body", "title_weight": 0.3}
    assert family_defaults("tfidf", "tfidf", base) == {**base, "tokens": tokens.describe()}
    assert "3-5-grams" in family_defaults("tfidf-char", "tfidf", base)["tokens"]
    # bi-encoders: mean of chunks with z hub reduction, measured in bench/bench_aggregation.py (#33 part 1)
    assert family_defaults("e5-small-multilingual", "sentence-transformers", base) == {**base, "aggregation": "mean",
                                                                                     "hubness": "z"}
    assert family_of("jobs-multilingual", "sentence-transformers") == "job model"
    assert family_of("hybrid:tfidf+bm25", "hybrid") == "composite"


def test_a_corpus_larger_than_the_old_cache_is_tokenized_once_for_fit_and_transform(monkeypatch):
    """TF-IDF reads the corpus twice in a row (fit, then transform): a cache smaller than the corpus evicted each
    text just before it was read again (2,300 texts at 2,000 x 300 were all tokenized twice)."""
    from matchlens.encoders import tokens
    from matchlens.encoders.tfidf import TfidfEncoder

    calls = []
    real = tokens.by_script
    monkeypatch.setattr(tokens, "by_script", lambda text, other: calls.append(text) or real(text, other))
    tokens._terms.cache_clear()
    texts = [f"infirmière de nuit {i} soins {i * 7} patients" for i in range(3000)]
    enc = TfidfEncoder("tfidf").fit(texts)
    vectors = enc.encode(texts)
    assert len(calls) == len(texts) and vectors.shape[0] == len(texts)
    tokens._terms.cache_clear()
    assert (enc.encode(texts) != vectors).nnz == 0  # the same vectors read afresh
