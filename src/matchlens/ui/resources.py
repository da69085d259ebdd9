"""Process-wide resources shared by every browser session (st.cache_resource)."""
from __future__ import annotations

import streamlit as st

from matchlens.scoring.cache import EmbeddingCache


@st.cache_resource(show_spinner=False)
def embedding_cache() -> EmbeddingCache:
    return EmbeddingCache()


@st.cache_resource(show_spinner=False, max_entries=32)
def encoder(name: str):
    """One encoder object per model name per server process; weights load lazily, once, thread-safely."""
    from matchlens.encoders import create

    return create(name)


@st.cache_resource(show_spinner=False)
def comparisons() -> "Comparisons":
    """Comparisons computed by any session, by (corpus fingerprint, models, options): a reload, a second tab or
    another page finds the scores and everything derived from them already there."""
    return Comparisons()


class Comparisons:
    """A small LRU of comparisons (each holds score matrices; a few fit in memory at analyst scale)."""

    def __init__(self, size: int = 4):
        import threading
        from collections import OrderedDict

        self.size, self._items, self._lock = size, OrderedDict(), threading.Lock()

    def get(self, key):
        with self._lock:
            if key in self._items:
                self._items.move_to_end(key)
            return self._items.get(key)

    def put(self, key, value) -> None:
        with self._lock:
            self._items[key] = value
            self._items.move_to_end(key)
            while len(self._items) > self.size:
                self._items.popitem(last=False)


@st.cache_resource(show_spinner=False)
def umap_warmup():
    """Start compiling UMAP's numba code in the background, once per server process (~12-17 s).

    Started when the app opens, so by the time someone opens the Map it is usually ready.
    Returns a future; the Map page waits on it with a spinner if it is not done yet.
    """
    from concurrent.futures import ThreadPoolExecutor

    from matchlens.views.projection import warm_umap

    return ThreadPoolExecutor(max_workers=1, thread_name_prefix="umap-warmup").submit(warm_umap)


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
    import os

    if os.environ.get("MATCHLENS_NO_WARMUP") != "1":
        umap_warmup()
