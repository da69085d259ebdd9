"""The prefilter's plans kept on disk (one JSON file), so a new process does not parse the masker's ~800 pattern
branches again before its first text (0.8 s of a first heatmap on a 2-core machine, measured).

A plan is pure data derived from a pattern's source and flags alone (its branches' sources and groups, the needles
each branch needs, whether it can match empty): :mod:`prefilter` computes it once and this store keeps it. Like
Python's own compiled modules, it is kept beside the code (in ``__pycache__``; in the matchlens folder when the
code's folder is read-only) and holds nothing of any text. The file's name carries a hash of the prefilter's own
source and of Python's version (its regular-expression parser), so a change to either reads nothing old. The file is plain JSON, checked entry by entry when read: an entry of the wrong
shape is computed again, never used; an unreadable or unwritable file leaves the prefilter computing every plan, as it
did before this store (tests/preprocess/test_prefilter.py compares both for every pattern).
"""
from __future__ import annotations

import atexit
import hashlib
import json
import os
import sys
import tempfile
import threading
from functools import lru_cache
from pathlib import Path

from matchlens import settings

HERE = Path(__file__).resolve().parent
_LOCK = threading.Lock()


@lru_cache(maxsize=1)
def version() -> str:
    """A hash of what a plan depends on besides its pattern: the prefilter's code and Python's parser."""
    digest = hashlib.sha256(f"{sys.version_info[:2]}\0".encode())
    digest.update((HERE / "prefilter.py").read_bytes())
    return digest.hexdigest()[:16]


def key(source: str, flags: int) -> str:
    """The entry of one pattern: its flags and source, hashed."""
    return hashlib.sha256(f"{flags}\0{source}".encode("utf-8", "surrogatepass")).hexdigest()[:32]


class PlanStore:
    """pattern key -> its plan as JSON data; loaded once, written when plans were added (at exit and on `save`)."""

    def __init__(self, path: Path | None = None):
        self.path = path or _folder() / f"prefilter-{version()}.json"
        self._entries: dict[str, dict] | None = None
        self._dirty = False
        atexit.register(self.save)

    def get(self, name: str) -> dict | None:
        """The stored plan data of a pattern key, or None."""
        with _LOCK:
            value = self._loaded().get(name)
        return value if isinstance(value, dict) else None

    def values(self) -> list[dict]:
        """Every stored plan's data (the prefilter reads their needles at once: one scanner built, not one a plan)."""
        with _LOCK:
            return [v for v in self._loaded().values() if isinstance(v, dict)]

    def put(self, name: str, value: dict) -> None:
        """Keep a plan; written with the next save."""
        with _LOCK:
            self._loaded()[name] = value
            self._dirty = True

    def save(self) -> None:
        """Write the file when plans were added, atomically, merged with what another process wrote meanwhile."""
        with _LOCK:
            if not self._dirty or self._entries is None:
                return
            entries = {**_read(self.path), **self._entries}
            self._dirty = False
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".prefilter-", suffix=".tmp")
            with os.fdopen(fd, "w", encoding="utf-8") as out:
                json.dump(entries, out, ensure_ascii=False, separators=(",", ":"))
            os.replace(tmp, self.path)
            _drop_old(self.path)
        except OSError:  # a read-only folder: plans are computed again next time, nothing else changes
            pass

    def _loaded(self) -> dict[str, dict]:
        if self._entries is None:
            self._entries = _read(self.path)
        return self._entries


def _folder() -> Path:
    """Where plans are kept: the code's ``__pycache__`` when it can be written, else the matchlens folder."""
    cache = HERE / "__pycache__"
    try:
        cache.mkdir(exist_ok=True)
        if os.access(cache, os.W_OK):
            return cache
    except OSError:
        pass
    return settings.home()


def _read(path: Path) -> dict[str, dict]:
    """The file's entries; empty when it is missing, unreadable or not a JSON object."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _drop_old(path: Path) -> None:
    """Remove the files of other versions (a changed prefilter or Python): never read again."""
    for old in path.parent.glob("prefilter-*.json"):
        if old != path:
            try:
                old.unlink()
            except OSError:
                pass


@lru_cache(maxsize=1)
def plans() -> PlanStore:
    """The store of this process (in the matchlens folder of the moment it is first used)."""
    return PlanStore()
