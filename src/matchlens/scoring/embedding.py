"""Embed documents with any encoder: preprocess, chunk, dedupe, cache, encode what is missing."""
from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Callable, Sequence

import numpy as np

from matchlens.scoring.cache import EmbeddingCache, NullCache, cache_key
from matchlens.options import ChunkSettings
from matchlens.preprocess.chunking import CHUNKER_VERSION, chunk_bounds
from matchlens.encoders.base import Encoder, check_vectors, l2_normalize

StageProgress = Callable[[str, int, int], None]  # (stage, done, total)


@dataclass
class EmbeddedDocs:
    """Vectors for a list of documents under one model and one set of settings."""

    doc_vectors: object                  # (n, d) float32 array, or a sparse matrix (TF-IDF)
    chunk_vectors: np.ndarray | None     # (m, d) chunk rows, grouped by document in order
    chunk_owner: np.ndarray              # (m,) document index of each chunk row
    chunk_texts: list[str] = field(default_factory=list)
    n_tokens: list[int] = field(default_factory=list)
    window: int | None = None
    encoded: int = 0                     # texts that went through the model (cache misses)

    @property
    def n_chunks(self) -> np.ndarray:
        return np.bincount(self.chunk_owner, minlength=len(self.n_tokens)) if len(self.chunk_owner) else \
            np.zeros(len(self.n_tokens), int)

    def truncated_tokens(self, limit: int | None) -> list[int]:
        """Tokens a model with this limit would silently drop without chunking."""
        if not limit:
            return [0] * len(self.n_tokens)
        return [max(0, n - limit) for n in self.n_tokens]


def embed_texts(encoder: Encoder, texts: Sequence[str], side: str, chunking: ChunkSettings | None = None,
                cache: EmbeddingCache | NullCache | None = None,
                progress: Callable[[int, int], None] | None = None) -> EmbeddedDocs:
    """Embed ``texts``; each unique chunk is encoded once and cached across runs and models' pages."""
    chunking = chunking or ChunkSettings()
    texts = list(texts)
    if encoder.needs_fit or not encoder.cacheable:
        vecs = check_vectors(encoder.name, encoder.encode(texts, side=side, progress=progress), len(texts))
        owner = np.arange(len(texts))
        return EmbeddedDocs(vecs, None, owner, list(texts), [len(t.split()) for t in texts], None, len(texts))
    cache = NullCache() if cache is None else cache
    window, bounds, n_tokens, new_plans = _chunk_plans(encoder, texts, chunking, cache)
    chunks = [[t[a:b] for a, b in bs] for t, bs in zip(texts, bounds)]
    flat = [c for cs in chunks for c in cs]
    owner = np.repeat(np.arange(len(texts)), [len(cs) for cs in chunks])
    vectors, encoded = _encode_cached(encoder, flat, side, cache, progress)
    cache.put_many(new_plans)  # only once the model's vectors checked out: a failing model leaves nothing behind
    doc_vectors = _mean_by_owner(vectors, owner, len(texts))
    return EmbeddedDocs(doc_vectors, vectors, owner, flat, n_tokens, window, encoded)


_EXACT = 2 ** 24  # a chunk plan is stored as float32: offsets and counts below this are exact


def _chunk_plans(encoder: Encoder, texts: list[str], chunking: ChunkSettings, cache):
    """(window, each text's chunk bounds, each text's token count, new cache entries). Plans are cached beside the
    vectors, so a warm start needs no tokenizer: loading e5's took 0.7-1.1 s of the GIL while the first page was
    being served (measured)."""
    tag = (f"chunk-plan-v{CHUNKER_VERSION}|{chunking.max_tokens}|{chunking.overlap}|{chunking.aggregation == 'first'}"
           f"|{encoder.prompt('resume')}|{encoder.prompt('gig')}")
    identity = encoder.identity()
    keys = [cache_key(identity, tag, t) for t in texts]
    found = cache.get_many(keys)
    plans = [_decode_plan(found.get(k), len(t)) for k, t in zip(keys, texts)]
    missing = [i for i, p in enumerate(plans) if p is None]
    window = next((p[0] for p in plans if p is not None), None)
    new: dict[str, np.ndarray] = {}
    if missing or not texts:
        _yield_to_pages()  # the tokenizer may load here
        window = chunking.max_tokens or encoder.window()
        todo = [texts[i] for i in missing]
        if chunking.aggregation == "first" or not window:  # the model truncates on its own / has no limit
            bounds = [[(0, len(t))] for t in todo]
        else:
            bounds = [chunk_bounds(t, encoder.token_spans(t), window, chunking.overlap) for t in todo]
        # Exact token counts matter only where a model truncates; elsewhere words are enough (and far cheaper).
        counts = encoder.count_tokens(todo) if encoder.info.max_tokens else [len(t.split()) for t in todo]
        for i, b, n in zip(missing, bounds, counts):
            plans[i] = (window, b, n)
            if len(texts[i]) < _EXACT and n < _EXACT:
                new[keys[i]] = np.array([window or 0, n, *(x for ab in b for x in ab)], dtype=np.float32)
    return window, [p[1] for p in plans], [p[2] for p in plans], new


def _decode_plan(vec, length: int):
    """A cached plan (window, bounds, tokens), or None when there is none or it does not fit the text."""
    if vec is None or len(vec) < 4 or len(vec) % 2:
        return None
    window, n = int(vec[0]), int(vec[1])
    edges = [int(x) for x in vec[2:]]
    bounds = list(zip(edges[::2], edges[1::2]))
    if n < 0 or any(not 0 <= a <= b <= length for a, b in bounds):
        return None
    return window or None, bounds, n


def _encode_cached(encoder: Encoder, texts: list[str], side: str, cache, progress) -> tuple[np.ndarray, int]:
    identity, prompt = encoder.identity(), encoder.prompt(side)
    keys = [cache_key(identity, prompt, t) for t in texts]
    found = cache.get_many(keys)
    if encoder.info.dim:  # an entry of another dimension is stale: recompute it, never use it
        found = {k: v for k, v in found.items() if v.shape[-1] == encoder.info.dim}
    missing = list(dict.fromkeys(k for k in keys if k not in found))
    if missing:
        _yield_to_pages()  # the model may load here
        text_of = dict(zip(keys, texts))
        fresh = encoder.encode([text_of[k] for k in missing], side=side, progress=progress)
        fresh = check_vectors(encoder.name, np.asarray(fresh, dtype=np.float32), len(missing), encoder.info.dim)
        new = dict(zip(missing, fresh))  # only checked vectors reach the cache
        cache.put_many(new)
        found.update(new)
    elif progress:
        progress(len(texts), len(texts))
    if not texts:
        return np.zeros((0, encoder.info.dim or 1), np.float32), 0
    if len({found[k].shape for k in keys}) > 1:  # cached entries of another dimension: recompute them all
        return _encode_cached(encoder, texts, side, _Fresh(cache), progress)
    return np.stack([found[k] for k in keys]).astype(np.float32), len(missing)


_HEAVY = threading.local()


def before_heavy_work(fn: Callable[[], None] | None) -> None:
    """Have ``fn`` called in this thread before each step that may load a model or encode (None: nothing): a
    scoring job lets the page being drawn finish first (scoring.background.ScoringJob)."""
    _HEAVY.fn = fn


def _yield_to_pages() -> None:
    fn = getattr(_HEAVY, "fn", None)
    if fn is not None:
        fn()


class _Fresh:
    """A cache view that finds nothing (forcing re-encoding) but still stores the new vectors."""

    def __init__(self, cache):
        self.put_many = cache.put_many

    def get_many(self, keys):
        return {}


def _mean_by_owner(vectors: np.ndarray, owner: np.ndarray, n: int) -> np.ndarray:
    if len(vectors) == n and np.array_equal(owner, np.arange(n)):
        return vectors
    sums = np.zeros((n, vectors.shape[1]), dtype=np.float32)
    np.add.at(sums, owner, vectors)
    return l2_normalize(sums)
