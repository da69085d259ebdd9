import os
import sqlite3

import numpy as np
import pytest

from matchlens.scoring.cache import EmbeddingCache, cache_key, checksum


def test_hit_after_put(tmp_path):
    c = EmbeddingCache(tmp_path / "c.sqlite")
    k = cache_key("m", "", "texte")
    c.put_many({k: np.arange(4, dtype=np.float32)})
    assert np.array_equal(c.get_many([k])[k], np.arange(4))
    assert EmbeddingCache(tmp_path / "c.sqlite").get_many([k])  # persisted on disk


def test_key_changes_with_model_prompt_and_text():
    base = cache_key("m", "", "t")
    assert len({base, cache_key("m2", "", "t"), cache_key("m", "query: ", "t"), cache_key("m", "", "t2")}) == 4


def _raw(path, key, dim, crc, data):
    with sqlite3.connect(path) as conn:
        conn.execute("INSERT OR REPLACE INTO vectors VALUES (?, ?, ?, ?)", (key, dim, crc, data))


def test_any_entry_that_does_not_check_out_is_recomputed_never_used(tmp_path):
    path = tmp_path / "c.sqlite"
    c = EmbeddingCache(path)
    c.put_many({"good": np.ones(3, np.float32)})
    ok = np.ones(3, "<f4").tobytes()
    flipped = bytearray(ok)
    flipped[5] ^= 0x10  # one bit flipped on disk: still 3 finite floats, but not what was written
    nan = np.array([np.nan], "<f4").tobytes()
    _raw(path, "short", 3, checksum(b"xx"), b"xx")
    _raw(path, "flipped", 3, checksum(ok), bytes(flipped))
    _raw(path, "nan", 1, checksum(nan), nan)
    _raw(path, "dim", 4, checksum(ok), ok)
    _raw(path, "nocrc", 3, None, ok)
    got = c.get_many(["good", "short", "flipped", "nan", "dim", "nocrc"])
    assert list(got) == ["good"]
    assert len(c) == 1  # the bad entries are gone: the next run recomputes them


def test_garbage_database_file_is_set_aside_and_replaced(tmp_path):
    path = tmp_path / "c.sqlite"
    path.write_bytes(b"this is not sqlite" * 100)
    c = EmbeddingCache(path)
    assert c.get_many(["x"]) == {} and c.enabled
    c.put_many({"x": np.ones(2, np.float32)})
    assert "x" in c.get_many(["x"])
    assert path.with_suffix(".corrupt").exists()


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes to read-only files")
def test_read_only_cache_runs_without_it_and_keeps_the_file(tmp_path):
    path = tmp_path / "c.sqlite"
    EmbeddingCache(path).put_many({"x": np.ones(2, np.float32)})
    before = path.read_bytes()
    tmp_path.chmod(0o555)
    path.chmod(0o444)
    try:
        c = EmbeddingCache(path)
        c.put_many({"y": np.ones(2, np.float32)})
        c.get_many(["x", "y"])
        assert path.read_bytes() == before and not path.with_suffix(".corrupt").exists()
    finally:
        tmp_path.chmod(0o755)
        path.chmod(0o644)


class _FailingConnection:
    """Every write fails as SQLite does on a full, read-only or locked disk."""

    def __init__(self, real, code, message):
        self.real, self.code, self.message = real, code, message

    def __getattr__(self, name):
        return getattr(self.real, name)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    def executemany(self, *a):
        err = sqlite3.OperationalError(self.message)
        err.sqlite_errorcode = self.code
        raise err


@pytest.mark.parametrize("code, message", [(13, "database or disk is full"), (8, "attempt to write a readonly database"),
                                           (5, "database is locked"), (10, "disk I/O error")])
def test_full_or_read_only_disk_turns_the_cache_off_with_one_warning_and_keeps_the_file(tmp_path, monkeypatch,
                                                                                        code, message):
    path = tmp_path / "c.sqlite"
    c = EmbeddingCache(path)
    c.put_many({"x": np.ones(2, np.float32)})
    real = c._conn()
    monkeypatch.setattr(c, "_conn", lambda: _FailingConnection(real, code, message))
    c.put_many({"y": np.ones(2, np.float32)})
    assert not c.enabled and message in c.warning
    assert path.exists() and not path.with_suffix(".corrupt").exists()
    assert c.get_many(["x"]) == {}  # off for this run: nothing half-read
    monkeypatch.undo()
    assert "x" in EmbeddingCache(path).get_many(["x"])  # the next run still has every valid entry


def test_unwritable_home_degrades_to_no_cache(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("a file where the cache folder should be")
    c = EmbeddingCache(blocker / "cache" / "c.sqlite")
    assert not c.enabled and c.warning
    c.put_many({"x": np.ones(2, np.float32)})
    assert c.get_many(["x"]) == {}
