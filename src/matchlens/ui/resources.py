"""Process-wide resources shared by every browser session (st.cache_resource)."""
from __future__ import annotations

import streamlit as st

from matchlens.scoring.cache import EmbeddingCache
from matchlens.ui.preload import preload as preload_modules


@st.cache_resource(show_spinner=False)
def embedding_cache() -> EmbeddingCache:
    return EmbeddingCache()


@st.cache_resource(show_spinner=False, max_entries=32)
def encoder(name: str):
    """One encoder object per model name per server process; weights load lazily, once, thread-safely."""
    from matchlens.encoders import create

    return create(name)


@st.cache_resource(show_spinner=False)
def comparisons() -> "ScoringJobs":
    """Scoring jobs started by any session, by (corpus fingerprint, models, options): a reload, a second tab or
    another page finds the scores (finished or still coming) and everything derived from them already there."""
    return ScoringJobs()


class ScoringJobs:
    """A small LRU of background scoring jobs (each holds score matrices; a few fit in memory at analyst scale).

    Sessions hold the job they show; a job nobody holds any more is cancelled before it finishes (its embeddings
    stay in the cache), so changing the model list never waits for the old list's slowest model.
    """

    def __init__(self, size: int = 4):
        import threading
        from collections import OrderedDict

        self.size, self._items, self._lock = size, OrderedDict(), threading.Lock()
        self._holders: dict = {}

    def get(self, key):
        """The job for this key; a finished job with a failed model is dropped (retried on the next visit)."""
        with self._lock:
            return self._get(key)

    def put(self, key, job) -> None:
        with self._lock:
            self._put(key, job)

    def get_or_start(self, key, start):
        """The job for this key, started with ``start()`` if there is none: once, even when a session and the
        server's start-up scoring (or two sessions) ask at the same moment."""
        with self._lock:
            job = self._get(key)
            if job is None:
                job = start()
                self._put(key, job)
            return job

    def _get(self, key):
        job = self._items.get(key)
        if job is not None and (job.failed or job.cancelled):
            del self._items[key]
            return None
        if job is not None:
            self._items.move_to_end(key)
        return job

    def _put(self, key, job) -> None:
        self._items[key] = job
        self._items.move_to_end(key)
        while len(self._items) > self.size:
            _, old = self._items.popitem(last=False)
            if not old.done:
                old.cancel()

    def hold(self, key, session: str) -> None:
        """This session shows the job. A job still running for nobody (the server's start-up scoring of the default
        workspace, when the first session opened another one) stops here: it would only slow the one shown."""
        with self._lock:
            self._holders.setdefault(key, set()).add(session)
            for other, job in list(self._items.items()):
                if other != key and not self._holders.get(other) and not job.done:
                    job.cancel()
                    del self._items[other]

    def release(self, key, session: str) -> None:
        """This session no longer shows the job; cancel it if unfinished and nobody else does."""
        with self._lock:
            holders = self._holders.get(key, set())
            holders.discard(session)
            job = self._items.get(key)
            if not holders and job is not None and not job.done:
                job.cancel()
                del self._items[key]


@st.cache_resource(show_spinner=False)
def umap_warmup():
    """Start compiling UMAP's numba code in the background worker process, once per server (~12-17 s).

    Started when the app opens, so by the time someone opens the Map it is usually ready; in its own process, the
    compile (which holds the GIL) never slows the page being shown. Returns a future."""
    from matchlens.scoring.background import elsewhere
    from matchlens.views.projection import warm_umap

    return elsewhere(warm_umap)


@st.cache_resource(show_spinner=False)
def preload():
    """Once per server, as soon as the first page starts: import what the first scores and charts need in the
    background (ui.preload; already under way when the server was started by ./run.sh app)."""
    return preload_modules()


def model_infos():
    """Every model the registry knows; refreshed whenever a model folder is added or removed."""
    from matchlens import settings

    stamp = tuple(sorted(p.name for p in settings.models_dir().iterdir()))
    return _model_infos(stamp)


@st.cache_resource(show_spinner=False, max_entries=8)
def _model_infos(stamp: tuple):
    from matchlens.encoders import available

    return available()


def start_warmups() -> None:
    """Background warm-ups at app start (skipped when MATCHLENS_NO_WARMUP=1, e.g. in fast tests)."""
    from matchlens import settings

    if not settings.current().no_warmup:
        _warmups()


@st.cache_resource(show_spinner=False)
def _warmups():
    """Once per server: the UMAP worker's start and compile wait until the first page is drawn (after_pages)."""
    from matchlens.scoring.background import after_pages

    return after_pages(umap_warmup)
