import sqlite3

import numpy as np

from matchlens.cache import EmbeddingCache, cache_key


def test_hit_after_put(tmp_path):
    c = EmbeddingCache(tmp_path / "c.sqlite")
    k = cache_key("m", "", "texte")
    c.put_many({k: np.arange(4, dtype=np.float32)})
    assert np.array_equal(c.get_many([k])[k], np.arange(4))
    assert EmbeddingCache(tmp_path / "c.sqlite").get_many([k])  # persisted on disk


def test_key_changes_with_model_prompt_and_text():
    base = cache_key("m", "", "t")
    assert len({base, cache_key("m2", "", "t"), cache_key("m", "query: ", "t"), cache_key("m", "", "t2")}) == 4


def test_corrupt_entry_is_dropped_and_recomputed(tmp_path):
    path = tmp_path / "c.sqlite"
    c = EmbeddingCache(path)
    c.put_many({"good": np.ones(3, np.float32)})
    with sqlite3.connect(path) as conn:
        conn.execute("INSERT INTO vectors VALUES ('bad', 3, ?)", (b"xx",))
        conn.execute("INSERT INTO vectors VALUES ('nan', 1, ?)", (np.array([np.nan], np.float32).tobytes(),))
    got = c.get_many(["good", "bad", "nan"])
    assert list(got) == ["good"]
    assert len(c) == 1


def test_garbage_database_file_is_replaced_not_fatal(tmp_path):
    path = tmp_path / "c.sqlite"
    path.write_bytes(b"this is not sqlite" * 100)
    c = EmbeddingCache(path)
    assert c.get_many(["x"]) == {}
    c.put_many({"x": np.ones(2, np.float32)})
    assert "x" in c.get_many(["x"])
    assert path.with_suffix(".corrupt").exists()
