"""embed_texts: chunking plans cached beside the vectors, so a warm start loads no tokenizer."""
import numpy as np
import pytest

from matchlens.preprocess.chunking import ChunkSettings
from matchlens.scoring.cache import EmbeddingCache
from matchlens.scoring.embedding import embed_texts

LONG = " ".join(f"Mission numéro {i} : soins, planning et coordination d'équipe." for i in range(40))
TEXTS = ["Infirmière de nuit.", LONG, "Python developer, Django and React.\n\n" + LONG[:400]]


def _encoder(path):
    from matchlens.encoders.sbert import SentenceTransformerEncoder

    return SentenceTransformerEncoder("tiny", str(path), max_seq_length=48)


def _no_tokenizer(monkeypatch):
    from matchlens.encoders.sbert import SentenceTransformerEncoder

    def boom(*a, **k):
        raise AssertionError("the tokenizer was used")

    for name in ("token_spans", "count_tokens", "window"):
        monkeypatch.setattr(SentenceTransformerEncoder, name, boom)


@pytest.mark.parametrize("aggregation", ["max", "first"])
def test_a_warm_start_reads_its_chunks_from_the_cache_without_a_tokenizer(tiny_st_dir, tmp_path, monkeypatch,
                                                                         aggregation):
    cache, chunking = EmbeddingCache(tmp_path / "c.sqlite"), ChunkSettings(aggregation=aggregation)
    cold = embed_texts(_encoder(tiny_st_dir), TEXTS, "resume", chunking, cache)
    assert cold.encoded > 0 and (aggregation == "first" or len(cold.chunk_texts) > len(TEXTS))
    _no_tokenizer(monkeypatch)
    warm = embed_texts(_encoder(tiny_st_dir), TEXTS, "resume", chunking, cache)
    assert warm.encoded == 0
    assert warm.chunk_texts == cold.chunk_texts and warm.n_tokens == cold.n_tokens and warm.window == cold.window
    assert np.allclose(warm.doc_vectors, cold.doc_vectors) and np.array_equal(warm.chunk_owner, cold.chunk_owner)


def test_a_new_text_is_planned_and_the_others_come_from_the_cache(tiny_st_dir, tmp_path):
    cache = EmbeddingCache(tmp_path / "c.sqlite")
    embed_texts(_encoder(tiny_st_dir), TEXTS[:2], "resume", cache=cache)
    mixed = embed_texts(_encoder(tiny_st_dir), TEXTS, "resume", cache=cache)
    fresh = embed_texts(_encoder(tiny_st_dir), TEXTS, "resume")
    assert mixed.chunk_texts == fresh.chunk_texts and mixed.n_tokens == fresh.n_tokens
    assert np.allclose(mixed.doc_vectors, fresh.doc_vectors, atol=1e-5)


def test_other_chunk_settings_or_prompts_never_reuse_a_plan(tiny_st_dir, tmp_path):
    cache = EmbeddingCache(tmp_path / "c.sqlite")
    enc = _encoder(tiny_st_dir)
    embed_texts(enc, TEXTS, "resume", ChunkSettings(overlap=4), cache)
    other = embed_texts(enc, TEXTS, "resume", ChunkSettings(overlap=16, max_tokens=20), cache)
    assert other.chunk_texts == embed_texts(enc, TEXTS, "resume", ChunkSettings(overlap=16, max_tokens=20)).chunk_texts
    assert other.window == 20
    enc.prompts = {"resume": "passage: " * 10}
    prompted = embed_texts(enc, TEXTS, "resume", cache=cache)
    assert prompted.window < embed_texts(_encoder(tiny_st_dir), TEXTS, "resume").window  # the prompt takes room
