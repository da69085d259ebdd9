import pytest

from matchlens.preprocess.chunking import ChunkSettings, chunk_text, sentences, word_spans


def test_short_text_is_one_chunk():
    assert chunk_text("a b c", word_spans("a b c"), window=10) == ["a b c"]


def test_chunks_respect_the_window_overlap_and_cover_the_text():
    words = [f"w{i}" for i in range(1000)]
    text = " ".join(words)
    chunks = chunk_text(text, word_spans(text), window=100, overlap=20)
    assert all(len(c.split()) <= 100 for c in chunks)
    covered = set(w for c in chunks for w in c.split())
    assert covered == set(words)
    first, second = chunks[0].split(), chunks[1].split()
    assert first[-20:] == second[:20]


def test_chunks_prefer_line_breaks():
    text = "\n".join(" ".join(f"l{i}w{j}" for j in range(9)) for i in range(30))
    chunks = chunk_text(text, word_spans(text), window=40, overlap=0)
    assert all(c.split()[-1].endswith("w8") for c in chunks[:-1])


def test_bad_settings_are_refused():
    with pytest.raises(ValueError):
        ChunkSettings(aggregation="median")
    with pytest.raises(ValueError):
        chunk_text("a", [(0, 1)], window=0)


def test_sentences_split_lines_and_merge_short_ones():
    units = sentences("Python.\nDjango et PostgreSQL depuis 5 ans. Anglais courant!\n- Permis B")
    assert units[0].startswith("Python. Django")
    assert any("Anglais" in u for u in units)
