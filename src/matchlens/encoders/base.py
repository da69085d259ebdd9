"""The one interface every model kind implements: an Encoder (texts -> vectors) or a PairScorer."""
from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import asdict, dataclass
from typing import Callable, Sequence

import numpy as np

from matchlens.errors import MatchlensError
from matchlens.preprocess.chunking import Spans, word_spans

Progress = Callable[[int, int], None]  # (done, total)
SIDES = ("resume", "gig")


class ModelUnavailable(MatchlensError, RuntimeError):
    """A model that cannot be loaded (unknown, not available offline, not a model): message names it."""


class ModelFailed(MatchlensError, RuntimeError):
    """A model that ran but gave junk (NaN, Inf, all zeros, wrong shape or count): left out of every view."""


@dataclass(frozen=True)
class EncoderInfo:
    """What the model list shows for each model."""

    name: str
    kind: str                  # tfidf | sentence-transformers | transformer | cross-encoder | ...
    languages: str
    dim: int | None
    max_tokens: int | None
    offline_ready: bool
    description: str = ""
    source: str = ""
    sends_data: bool = False   # True when texts leave the process (remote endpoint)
    pair_scorer: bool = False
    status: str = ""           # why it is not ready, or how it will be prepared
    score_kind: str = "cosine"  # cosine (-1..1) | probability (0..1) | unbounded: which views and metrics apply

    def as_dict(self) -> dict:
        return asdict(self)


class _Model(ABC):
    """What every model kind shares: a name, an identity for the cache, token counting, loading."""

    info: EncoderInfo
    needs_fit: bool = False     # True for models fitted on the corpus (TF-IDF, BM25...)
    cacheable: bool = True      # False for cheap or corpus-dependent models
    pair_scorer: bool = False

    @property
    def name(self) -> str:
        return self.info.name

    def identity(self) -> str:
        """What the embedding cache keys on: the model and anything that changes its vectors."""
        return f"{self.info.kind}:{self.info.source or self.info.name}"

    def token_spans(self, text: str) -> Spans:
        return word_spans(text)

    def count_tokens(self, texts: Sequence[str]) -> list[int]:
        return [len(self.token_spans(t)) for t in texts]

    def fit(self, texts: Sequence[str]):
        """Return a model fitted on ``texts`` (a copy; shared instances are never mutated)."""
        return self

    def load(self) -> None:
        """Load weights now (so failures surface before any scoring starts)."""


class Encoder(_Model):
    """Texts -> float32 rows, L2-normalised; ``side`` lets asymmetric models (e5) use their prompts."""

    def prompt(self, side: str) -> str:
        """Text prepended for this side (e5: 'query: ' for resumes, 'passage: ' for gigs)."""
        return ""

    def window(self) -> int | None:
        """Content tokens per chunk (model limit minus specials and prompt); None: no limit."""
        return None

    @abstractmethod
    def encode(self, texts: Sequence[str], side: str = "resume", progress: Progress | None = None):
        """(n, d) float32 array (or a sparse matrix for TF-IDF), rows L2-normalised."""


class PairScorer(_Model):
    """A cross-encoder-like model: (resume text, gig text) -> score, no vectors."""

    pair_scorer = True

    def window(self) -> int | None:
        return self.info.max_tokens

    @abstractmethod
    def score_pairs(self, a: Sequence[str], b: Sequence[str], progress: Progress | None = None) -> np.ndarray:
        """Scores of the pairs (a[i], b[i]), float32, higher is a better match."""


def corpus_hash(texts: Sequence[str]) -> str:
    """Short hash of the texts a corpus-fitted model (TF-IDF, BM25, Doc2Vec) was fitted on: part of its identity."""
    import hashlib

    return hashlib.sha256("\0".join(texts).encode()).hexdigest()[:12]


def check_vectors(name: str, vectors, n: int, dim: int | None = None):
    """The encoder's output if it is n finite, non-zero rows of one dimension; otherwise ModelFailed."""
    shape = getattr(vectors, "shape", None)
    if shape is None or len(shape) != 2:
        raise ModelFailed(f"{name} returned output of shape {shape}, not one vector per text")
    if shape[0] != n:
        raise ModelFailed(f"{name} returned {shape[0]} vectors for {n} texts")
    if dim and n and shape[1] != dim:
        raise ModelFailed(f"{name} returned {shape[1]}-dimensional vectors; it declares {dim}")
    values = vectors.data if hasattr(vectors, "tocsr") else np.asarray(vectors)
    if not np.all(np.isfinite(values)):
        raise ModelFailed(f"{name} returned NaN or infinite values")
    if n and shape[1] and not np.any(values):
        raise ModelFailed(f"{name} returned only zeros: every text would score alike")
    return vectors


def check_scores(name: str, scores: np.ndarray, shape: tuple) -> np.ndarray:
    """A score matrix or vector of the expected shape with finite values; otherwise ModelFailed."""
    scores = np.asarray(scores)
    if scores.shape != tuple(shape):
        raise ModelFailed(f"{name} returned {scores.shape} scores, expected {tuple(shape)}")
    if not np.all(np.isfinite(scores)):
        raise ModelFailed(f"{name} returned NaN or infinite scores")
    return scores


def l2_normalize(x: np.ndarray) -> np.ndarray:
    x = np.asarray(x, dtype=np.float32)
    norms = np.linalg.norm(x, axis=1, keepdims=True)
    return x / np.maximum(norms, 1e-12)


def batched(items: Sequence, size: int):
    for i in range(0, len(items), size):
        yield i, items[i : i + size]
