"""What the masker derives from its own patterns, kept on disk (one JSON file per kind), so a new process does not
derive it again before its first text: the prefilter's plans (parsing ~800 pattern branches: 0.8 s of a first heatmap
on a 2-core machine, measured) and the patterns' compiled code (:mod:`regexcode`: 0.8 s more).

A plan is pure data derived from a pattern's source and flags alone (its branches' sources and groups, the needles
each branch needs, whether it can match empty): :mod:`prefilter` computes it once and this store keeps it. Like
Python's own compiled modules, it is kept beside the code (in ``__pycache__``; in the matchlens folder when the
code's folder is read-only) and holds nothing of any text. The file's name carries a hash of the masker's sources
(its modules and word lists: `sources`) and of Python's version (its regular-expression parser), so a change to
either reads nothing old and the old file is removed when the new one is written: entries of patterns the masker no
longer has do not pile up (a development checkout had 2,114 compiled patterns on file for the 362 in use, 16 MB, read
by every new process in 0.44 s). The file is
a SHA-256 line then plain JSON: a file whose digest does not match its body reads as empty, and each entry is checked
by its user when read, so an entry of the wrong shape is computed again, never used; an unreadable or unwritable file
leaves the masker computing everything, as it did before this store (tests/preprocess/test_plans.py compares both
for every pattern).
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
def sources() -> str:
    """A hash of every file the masker's patterns come from: its modules (the prefilter's and this store's among
    them) and its word lists (~1.8 MB, read in a few milliseconds once a process)."""
    files = sorted(HERE.glob("*.py")) + sorted((HERE / "data").glob("*")) + [
        HERE.parent / "masking.py", HERE.parents[1] / "ingest" / "rtf.py", HERE.parents[1] / "ingest" / "quality.py"]
    digest = hashlib.sha256()
    for f in files:
        digest.update(f.name.encode() + b"\0" + f.read_bytes())
    return digest.hexdigest()[:16]


@lru_cache(maxsize=1)
def version() -> str:
    """A hash of what the stored entries belong to besides their pattern: the masker's sources and Python's parser."""
    return hashlib.sha256(f"{sys.version_info[:2]}\0{sources()}".encode()).hexdigest()[:16]


def key(source: str, flags: int) -> str:
    """The entry of one pattern: its flags and source, hashed."""
    return hashlib.sha256(f"{flags}\0{source}".encode("utf-8", "surrogatepass")).hexdigest()[:32]


class PlanStore:
    """pattern key -> what was derived from it, as JSON data; loaded once, written when entries were added (at exit
    and on `save`). ``kind`` and ``tag`` (a hash of what the entries depend on; :func:`version` by default) name the
    file, ``<kind>-<tag>.json``; the kind's files of other tags are removed when it is written."""

    def __init__(self, path: Path | None = None, kind: str = "prefilter", tag: str | None = None):
        self.kind = kind
        self.path = path or _folder() / f"{kind}-{tag or version()}.json"
        self._entries: dict[str, dict] | None = None
        self._dirty = False
        atexit.register(self.save)

    def get(self, name: str) -> dict | None:
        """The stored data of a pattern key, or None."""
        with _LOCK:
            value = self._loaded().get(name)
        return value if isinstance(value, dict) else None

    def values(self) -> list[dict]:
        """Every stored plan's data (the prefilter reads their needles at once: one scanner built, not one a plan)."""
        with _LOCK:
            return [v for v in self._loaded().values() if isinstance(v, dict)]

    def put(self, name: str, value: dict) -> None:
        """Keep an entry; written with the next save."""
        with _LOCK:
            self._loaded()[name] = value
            self._dirty = True

    def save(self) -> None:
        """Write the file when entries were added, atomically, merged with what another process wrote meanwhile."""
        with _LOCK:
            if not self._dirty or self._entries is None:
                return
            entries = {**_read(self.path), **self._entries}
            self._dirty = False
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            body = json.dumps(entries, ensure_ascii=False, separators=(",", ":")).encode("utf-8", "surrogatepass")
            fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=f".{self.kind}-", suffix=".tmp")
            with os.fdopen(fd, "wb") as out:
                out.write(hashlib.sha256(body).hexdigest().encode() + b"\n" + body)
            os.replace(tmp, self.path)
            _drop_old(self.path, self.kind)
        except OSError:  # a read-only folder: entries are computed again next time, nothing else changes
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
    """The file's entries; empty when it is missing, unreadable, not a JSON object or not the body its digest names."""
    try:
        digest, _, body = path.read_bytes().partition(b"\n")
        if digest.decode("ascii") != hashlib.sha256(body).hexdigest():
            return {}
        data = json.loads(body.decode("utf-8", "surrogatepass"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _drop_old(path: Path, kind: str) -> None:
    """Remove the kind's files of other versions (a changed prefilter or Python): never read again."""
    for old in path.parent.glob(f"{kind}-*.json"):
        if old != path:
            try:
                old.unlink()
            except OSError:
                pass


@lru_cache(maxsize=1)
def plans() -> PlanStore:
    """The store of this process (in the matchlens folder of the moment it is first used)."""
    return PlanStore()
