"""On-disk embedding cache: one SQLite file, keyed by a versioned hash of model identity and text.

A key is sha256 of ``{version, model identity, prompt, text sha256}``; the model identity already
carries weights path/revision, dtype and pooling, so changing any of them recomputes. Writes are
transactions (atomic); an entry that does not decode is deleted and recomputed, and an unreadable
database file is moved aside and replaced, so a broken cache never crashes a run.
"""
from __future__ import annotations

import hashlib
import json
import sqlite3
import threading
from pathlib import Path
from typing import Iterable, Mapping

import numpy as np

from . import settings

CACHE_VERSION = 1


def cache_key(model_identity: str, prompt: str, text: str) -> str:
    payload = json.dumps({"v": CACHE_VERSION, "model": model_identity, "prompt": prompt,
                          "text": hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()},
                         sort_keys=True)
    return hashlib.sha256(payload.encode()).hexdigest()


class EmbeddingCache:
    """key -> float32 vector. Thread-safe; one connection per thread."""

    def __init__(self, path: str | Path | None = None):
        self.path = Path(path) if path else settings.home() / "cache" / f"embeddings-v{CACHE_VERSION}.sqlite"
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._local = threading.local()
        self.hits = 0
        self.misses = 0
        self._open_checked()

    def _open_checked(self) -> None:
        try:
            self._conn().execute("SELECT count(*) FROM vectors").fetchone()
        except sqlite3.DatabaseError:
            self._reset_file()

    def _reset_file(self) -> None:
        conn = getattr(self._local, "conn", None)
        if conn is not None:
            conn.close()
            self._local.conn = None
        if self.path.exists():
            self.path.replace(self.path.with_suffix(".corrupt"))
        self._conn()

    def _conn(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = sqlite3.connect(self.path, timeout=30, check_same_thread=False)
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("CREATE TABLE IF NOT EXISTS vectors (key TEXT PRIMARY KEY, dim INTEGER, data BLOB)")
            self._local.conn = conn
        return conn

    def get_many(self, keys: Iterable[str]) -> dict[str, np.ndarray]:
        keys = list(dict.fromkeys(keys))
        found: dict[str, np.ndarray] = {}
        bad: list[str] = []
        conn = self._conn()
        for start in range(0, len(keys), 500):
            part = keys[start : start + 500]
            q = f"SELECT key, dim, data FROM vectors WHERE key IN ({','.join('?' * len(part))})"
            try:
                rows = conn.execute(q, part).fetchall()
            except sqlite3.DatabaseError:
                self._reset_file()
                return {}
            for key, dim, data in rows:
                vec = _decode(dim, data)
                if vec is None:
                    bad.append(key)
                else:
                    found[key] = vec
        if bad:
            with conn:
                conn.executemany("DELETE FROM vectors WHERE key = ?", [(k,) for k in bad])
        self.hits += len(found)
        self.misses += len(keys) - len(found)
        return found

    def put_many(self, items: Mapping[str, np.ndarray]) -> None:
        rows = [(k, int(v.shape[-1]), np.ascontiguousarray(v, dtype="<f4").tobytes()) for k, v in items.items()]
        conn = self._conn()
        try:
            with conn:
                conn.executemany("INSERT OR REPLACE INTO vectors (key, dim, data) VALUES (?, ?, ?)", rows)
        except sqlite3.DatabaseError:
            self._reset_file()

    def clear(self) -> None:
        with self._conn() as conn:
            conn.execute("DELETE FROM vectors")

    def __len__(self) -> int:
        return int(self._conn().execute("SELECT count(*) FROM vectors").fetchone()[0])


def _decode(dim, data) -> np.ndarray | None:
    if not isinstance(dim, int) or dim <= 0 or not isinstance(data, bytes) or len(data) != 4 * dim:
        return None
    vec = np.frombuffer(data, dtype="<f4")
    return vec if np.all(np.isfinite(vec)) else None


class NullCache:
    """No caching (tests, or the user turned it off)."""

    hits = misses = 0

    def get_many(self, keys):
        return {}

    def put_many(self, items):
        pass
