"""On-disk embedding cache: one SQLite file, keyed by a versioned hash of model identity and text.

A key is sha256 of ``{version, model identity, prompt, text sha256}``; the model identity already
carries weights path/revision, dtype and pooling, so changing any of them recomputes. Each entry stores
its dimension and a checksum of its bytes: an entry that does not check out is deleted and recomputed,
never used. Only a file SQLite itself reports as corrupt is moved aside; a read-only, locked or full disk
turns the cache off for this run with one warning (``EmbeddingCache.warning``) and leaves the file alone.
"""
from __future__ import annotations

import hashlib
import json
import sqlite3
import threading
import zlib
from pathlib import Path
from typing import Iterable, Mapping

import numpy as np

from matchlens import settings

CACHE_VERSION = 2
_CORRUPT = {11, 26}  # SQLITE_CORRUPT, SQLITE_NOTADB: the only errors that move the file aside


def cache_key(model_identity: str, prompt: str, text: str) -> str:
    payload = json.dumps({"v": CACHE_VERSION, "model": model_identity, "prompt": prompt,
                          "text": hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()},
                         sort_keys=True)
    return hashlib.sha256(payload.encode()).hexdigest()


def checksum(data: bytes) -> int:
    return zlib.crc32(data)


class EmbeddingCache:
    """key -> float32 vector. Thread-safe; one connection per thread; never fatal."""

    def __init__(self, path: str | Path | None = None):
        self.path = Path(path) if path else settings.home() / "cache" / f"embeddings-v{CACHE_VERSION}.sqlite"
        self._local = threading.local()
        self.hits = 0
        self.misses = 0
        self.warning: str | None = None
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._conn().execute("SELECT count(*) FROM vectors").fetchone()
        except (sqlite3.Error, OSError) as exc:
            self._failed(exc)

    @property
    def enabled(self) -> bool:
        return self.warning is None

    def _failed(self, exc: Exception) -> None:
        """Corrupt file: set aside and start afresh. Anything else: run without the cache, file untouched."""
        if isinstance(exc, sqlite3.DatabaseError) and getattr(exc, "sqlite_errorcode", None) in _CORRUPT:
            self._close()
            try:
                self.path.replace(self.path.with_suffix(".corrupt"))
                self._conn()
                return
            except (sqlite3.Error, OSError) as again:
                exc = again
        self._close()
        self.warning = (f"the embedding cache ({self.path}) cannot be used ({type(exc).__name__}: {exc}); "
                        f"running without it, so models re-encode every text")

    def _close(self) -> None:
        conn = getattr(self._local, "conn", None)
        if conn is not None:
            conn.close()
        self._local.conn = None

    def _conn(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = sqlite3.connect(self.path, timeout=30, check_same_thread=False)
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("CREATE TABLE IF NOT EXISTS vectors "
                         "(key TEXT PRIMARY KEY, dim INTEGER, crc INTEGER, data BLOB)")
            self._local.conn = conn
        return conn

    def get_many(self, keys: Iterable[str]) -> dict[str, np.ndarray]:
        keys = list(dict.fromkeys(keys))
        if not self.enabled:
            self.misses += len(keys)
            return {}
        found: dict[str, np.ndarray] = {}
        bad: list[str] = []
        try:
            conn = self._conn()
            for start in range(0, len(keys), 500):
                part = keys[start : start + 500]
                q = f"SELECT key, dim, crc, data FROM vectors WHERE key IN ({','.join('?' * len(part))})"
                for key, dim, crc, data in conn.execute(q, part).fetchall():
                    vec = _decode(dim, crc, data)
                    (bad.append(key) if vec is None else found.__setitem__(key, vec))
            if bad:
                with conn:
                    conn.executemany("DELETE FROM vectors WHERE key = ?", [(k,) for k in bad])
        except (sqlite3.Error, OSError) as exc:
            self._failed(exc)
            found = {k: v for k, v in found.items() if k not in bad}
        self.hits += len(found)
        self.misses += len(keys) - len(found)
        return found

    def put_many(self, items: Mapping[str, np.ndarray]) -> None:
        if not self.enabled or not items:
            return
        rows = []
        for k, v in items.items():
            data = np.ascontiguousarray(v, dtype="<f4").tobytes()
            rows.append((k, int(np.asarray(v).shape[-1]), checksum(data), data))
        try:
            conn = self._conn()
            with conn:
                conn.executemany("INSERT OR REPLACE INTO vectors (key, dim, crc, data) VALUES (?, ?, ?, ?)", rows)
        except (sqlite3.Error, OSError) as exc:
            self._failed(exc)

    def clear(self) -> None:
        with self._conn() as conn:
            conn.execute("DELETE FROM vectors")

    def __len__(self) -> int:
        return int(self._conn().execute("SELECT count(*) FROM vectors").fetchone()[0]) if self.enabled else 0


def _decode(dim, crc, data) -> np.ndarray | None:
    """The stored vector, or None when its size, checksum or values do not check out."""
    if not isinstance(dim, int) or dim <= 0 or not isinstance(data, bytes) or len(data) != 4 * dim:
        return None
    if not isinstance(crc, int) or checksum(data) != crc:
        return None
    vec = np.frombuffer(data, dtype="<f4")
    return vec if np.all(np.isfinite(vec)) else None


class NullCache:
    """No caching (tests, or the user turned it off)."""

    hits = misses = 0
    warning = None
    enabled = False

    def get_many(self, keys):
        return {}

    def put_many(self, items):
        pass
