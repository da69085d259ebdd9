"""Masked resumes kept on disk (one SQLite file in the matchlens folder), so a warm start masks nothing again.

Only the text models read is stored, with its placeholders: never the identifiers the masker found (those are
recomputed when the Inspector lists them), so the file holds no name, address or age.

Keyed by sha256 of the masker's own version and the text. The version is a hash of the masker's source files and
word lists, so any change to a rule or a list recomputes; an entry that does not parse is recomputed, never used.
A read-only, locked or broken file turns the store off for the run (``MaskStore.warning``): masking never fails
because of it. Writes are batched and flushed when a batch fills and at exit.
"""
from __future__ import annotations

import atexit
import hashlib
from importlib import metadata
import json
import sqlite3
import threading
from functools import lru_cache
from pathlib import Path

from matchlens import settings
from matchlens.preprocess.blind import plans

BATCH = 64


@lru_cache(maxsize=1)
def masker_version() -> str:
    """A hash of every file the masker reads (its modules and its word lists) and of the libraries it calls."""
    libraries = "".join(f"{lib} {metadata.version(lib)}\0" for lib in ("text2num", "ftfy", "simplemma"))
    return hashlib.sha256(f"{libraries}{plans.sources()}".encode()).hexdigest()[:16]


class MaskStore:
    """text -> the masked text models read, on disk; thread-safe; never fatal."""

    def __init__(self, path: Path | None = None):
        self.path = path or settings.home() / "masks.sqlite"
        self.warning: str | None = None
        self._local = threading.local()
        self._lock = threading.Lock()
        self._pending: list[tuple[str, str]] = []
        atexit.register(self.flush)

    def get(self, text: str) -> str | None:
        """The stored masked text for ``text``, or None."""
        if self.warning:
            return None
        try:
            row = self._conn().execute("SELECT v FROM masks WHERE k = ?", (self._key(text),)).fetchone()
            return None if row is None else _parse(row[0])
        except sqlite3.Error as exc:
            self._off(exc)
            return None

    def missing(self, texts) -> list[str]:
        """The distinct texts not stored yet, in their order (what a caller still has to mask)."""
        return [t for t in dict.fromkeys(texts) if self.get(t) is None]

    def put(self, text: str, value: str) -> None:
        """Keep a result; written with the next batch."""
        if self.warning:
            return
        with self._lock:
            self._pending.append((self._key(text), json.dumps(value, ensure_ascii=False)))
            full = len(self._pending) >= BATCH
        if full:
            self.flush()

    def flush(self) -> None:
        """Write the pending results in one transaction."""
        with self._lock:
            rows, self._pending = self._pending, []
        if not rows or self.warning:
            return
        try:
            with self._conn() as conn:
                conn.executemany("INSERT OR REPLACE INTO masks (k, v) VALUES (?, ?)", rows)
        except sqlite3.Error as exc:
            self._off(exc)

    def _key(self, text: str) -> str:
        return hashlib.sha256(f"{masker_version()}\0{text}".encode("utf-8", "surrogatepass")).hexdigest()

    def _conn(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = sqlite3.connect(self.path, timeout=5)
            conn.execute("CREATE TABLE IF NOT EXISTS masks (k TEXT PRIMARY KEY, v TEXT NOT NULL)")
            self._local.conn = conn
        return conn

    def _off(self, exc: Exception) -> None:
        self.warning = f"masked-text store off for this run ({type(exc).__name__}: {exc}); masking still works"


def _parse(raw: str) -> str | None:
    """A stored value back, or None when it is not the JSON string the store writes."""
    try:
        value = json.loads(raw)
    except ValueError:
        return None
    return value if isinstance(value, str) else None


@lru_cache(maxsize=1)
def store() -> MaskStore:
    """The store of this process (in the matchlens folder of the moment it is first used)."""
    return MaskStore()
