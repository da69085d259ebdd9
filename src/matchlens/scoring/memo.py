"""What the pages derive from one comparison (tables, figures, a UMAP), computed once and kept with it.

Pages rerun on every click, and the background warm-up prepares the same values ahead of a visit: both ask a
:class:`Memo` under one :func:`key`, so a value is computed once whoever asks first, and a page asking for a value
being computed waits for it instead of computing it a second time. Values for later (``soon``) are computed on the
one low-priority thread of :func:`later`.
"""
from __future__ import annotations

import threading
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Callable, Hashable

from matchlens import settings

_LATER: ThreadPoolExecutor | None = None
_LATER_LOCK = threading.Lock()


def key(name: str, *parts) -> tuple:
    """The memo key of a value named ``name`` that depends on ``parts``: labels and other dicts by their sorted
    items, lists and sets as tuples, so equal settings give equal keys whoever builds them."""
    return (name, *(_frozen(p) for p in parts))


def _frozen(value) -> Hashable:
    if isinstance(value, dict):
        return tuple(sorted((k, _frozen(v)) for k, v in value.items()))
    if isinstance(value, (set, frozenset)):
        return tuple(sorted(_frozen(v) for v in value))
    if isinstance(value, (list, tuple)):
        return tuple(_frozen(v) for v in value)
    return value


def later(compute: Callable[[], object]) -> Future:
    """Run ``compute`` on the one background thread for derived views (the views' warm-up, waiting on a UMAP fit
    that runs in :func:`scoring.background.elsewhere`); one at a time on a 2-core machine leaves the other core
    to the pages."""
    global _LATER
    with _LATER_LOCK:
        if _LATER is None:
            _LATER = ThreadPoolExecutor(max_workers=1, thread_name_prefix="matchlens-later",
                                        initializer=settings.lower_thread_priority)
    return _LATER.submit(compute)


class Memo:
    """Values computed once under a key (thread-safe); ``key`` must name everything a value depends on."""

    def __init__(self):
        self._values: dict = {}
        self._locks: dict = {}
        self._soon: dict[Hashable, Future] = {}
        self._guard = threading.Lock()

    def get(self, key: Hashable, compute: Callable[[], object]):
        """The value for ``key``, computed now by ``compute`` if nobody has (a thread computing it is waited for,
        also one :meth:`soon` started; one :meth:`soon` only queued is cancelled and computed here: the one background
        thread may be busy for minutes, e.g. tagging occupations while a fresh home builds its models)."""
        if key in self._values:
            return self._values[key]
        future = self._soon.get(key)
        if future is not None and future.cancel():  # still queued behind other background work: computed here now
            self._soon.pop(key, None)
        elif future is not None:  # running (or done): waited for, never computed twice at once
            try:
                return self._values.setdefault(key, future.result())
            except BaseException:  # noqa: BLE001 - computed again below, where the error is raised to the caller
                pass
        with self._lock_for(key):
            if key not in self._values:
                self._values[key] = compute()
        return self._values[key]

    def _lock_for(self, key: Hashable) -> threading.RLock:
        with self._guard:
            return self._locks.setdefault(key, threading.RLock())

    def has(self, key: Hashable) -> bool:
        return key in self._values

    def ready(self, key: Hashable) -> bool:
        """The value for ``key`` exists, or its background computation (:meth:`soon`) has finished."""
        future = self._soon.get(key)
        return key in self._values or (future is not None and future.done())

    def soon(self, key: Hashable, compute: Callable[[], object], wait: float = 0.0):
        """Like :meth:`get`, but computed on the background thread (:func:`later`): the value if it is ready within
        ``wait`` seconds, else None, and the page shows a stand-in meanwhile. An exception in ``compute`` is raised
        here, once, and the next call starts afresh."""
        if key in self._values:
            return self._values[key]
        future = self._soon.get(key)
        if future is None:
            future = self._soon[key] = later(compute)
        try:
            value = future.result(timeout=wait) if wait > 0 or future.done() else None
        except TimeoutError:
            return None
        except BaseException:
            del self._soon[key]
            raise
        if future.done():
            self._values[key] = value
            del self._soon[key]
        return self._values.get(key)
