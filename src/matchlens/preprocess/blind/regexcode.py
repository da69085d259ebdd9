"""The masker's fixed regular expressions compiled once per Python and kept on disk, as Python keeps compiled modules:
compiling its ~900 patterns and branches took 0.8 s of a new process's first masked texts (2-core AMD EPYC, measured),
loading their code 0.07 s.

``re`` compiles in two steps: parsing and code generation in Python (the slow part), then ``_sre.compile`` of the code
(fast, and it validates the code). This module keeps the first step's result: the flags, the code, the groups. It is
derived from the pattern's source and flags alone and holds nothing of any text; only patterns written in the
masker's code come here, never one built from a resume's words (those are compiled by ``re`` as usual; a test checks
that no text's word reaches this module). The file is tagged by Python's exact version, ``_sre``'s code format and the
masker's sources (so the patterns of an older masker are dropped with its file), and kept by :mod:`plans`
(digest-checked). A stored entry of the wrong shape, or code ``_sre`` refuses, is compiled again;
any failure of the internals used here falls back to ``re.compile``: the result is the pattern ``re.compile`` gives,
equal to it (``==`` compares the code; tests/preprocess/test_regexcode.py checks every pattern).
"""
from __future__ import annotations

import hashlib
import re
import sys
from functools import lru_cache

try:
    import _sre
    from re import _compiler, _parser
except ImportError:  # another Python: every pattern is compiled by re
    _sre = _compiler = _parser = None

from matchlens.preprocess.blind import plans


def compile(source: str, flags: int = 0) -> re.Pattern:  # noqa: A001 - re.compile's name, for the masker's patterns
    """``re.compile(source, flags)``, its code read from disk when this Python compiled it before."""
    flags = int(flags)
    name = plans.key(source, flags)
    stored = _store().get(name) if _sre is not None else None
    pattern = _built(source, stored) if stored is not None else None
    if pattern is not None:
        return pattern
    pattern, entry = _compiled(source, flags)
    if entry is not None:
        _store().put(name, entry)
    return pattern


def _compiled(source: str, flags: int) -> tuple[re.Pattern, dict | None]:
    """The pattern and its entry, as ``re._compiler.compile`` makes them; ``re.compile``'s pattern and no entry when
    the internals are not the ones this module knows."""
    try:
        tree = _parser.parse(source, flags)
        code = [int(c) for c in _compiler._code(tree, flags)]  # opcodes are named ints: stored as ints
        groupindex = dict(tree.state.groupdict)
        indexgroup = [None] * tree.state.groups
        for group, index in groupindex.items():
            indexgroup[index] = group
        entry = {"flags": flags | tree.state.flags, "code": code, "groups": tree.state.groups - 1,
                 "groupindex": groupindex, "indexgroup": indexgroup}
        pattern = _built(source, entry)
    except re.error:
        raise
    except Exception:  # noqa: BLE001 - internals of another Python: re does it all
        pattern = None
    if pattern is None:
        return re.compile(source, flags), None
    return pattern, entry


def _built(source: str, entry: dict) -> re.Pattern | None:
    """``_sre.compile`` of a stored entry; None when the entry is not of the shape written or ``_sre`` refuses it."""
    try:
        flags, code, groups = entry["flags"], entry["code"], entry["groups"]
        groupindex, indexgroup = entry["groupindex"], entry["indexgroup"]
        # the code's items are not checked one by one (0.1 s): _sre.compile refuses a non-integer and validates the code
        if not (_ints([flags, groups]) and isinstance(code, list) and isinstance(groupindex, dict)
                and all(isinstance(k, str) for k in groupindex) and _ints(groupindex.values())
                and isinstance(indexgroup, list) and len(indexgroup) == groups + 1
                and all(g is None or isinstance(g, str) for g in indexgroup)):
            return None
        return _sre.compile(source, flags, code, groups, groupindex, tuple(indexgroup))
    except (KeyError, TypeError, ValueError, RuntimeError, OverflowError):
        return None


def _ints(values) -> bool:
    return all(type(v) is int for v in values)


@lru_cache(maxsize=1)
def tag() -> str:
    """What the file's compiled code depends on: Python's exact build, ``_sre``'s code format; and which patterns it
    holds: the masker's sources."""
    magic = getattr(_sre, "MAGIC", None), getattr(_sre, "CODESIZE", None)
    what = f"{sys.version}\0{sys.implementation.cache_tag}\0{magic}\0{plans.sources()}"
    return hashlib.sha256(what.encode()).hexdigest()[:16]


@lru_cache(maxsize=1)
def _store() -> plans.PlanStore:
    return plans.PlanStore(kind="regex", tag=tag())


def save() -> None:
    """Write the code compiled so far (also done at exit)."""
    _store().save()
