"""Doc2Vec (gensim) as a fitted baseline, as the CV-Job-matching project compares against.

Trained on the loaded corpus (PV-DBOW with word vectors, one worker and a fixed seed so a rerun gives the
same vectors); every text, seen or not, gets a vector by ``infer_vector`` so resumes and gigs are embedded
the same way. Learns co-occurrence in *this* corpus: weak on small corpora, blind across languages.
"""
from __future__ import annotations

import functools
import hashlib
from typing import Sequence

import numpy as np

from matchlens.encoders import tokens
from matchlens.encoders.base import Encoder, EncoderInfo, ModelUnavailable, corpus_hash, l2_normalize


def _stable_hash(s: str) -> int:
    """gensim seeds word vectors with ``hash(word + seed)``; Python's str hash changes per process."""
    return int.from_bytes(hashlib.blake2b(s.encode(), digest_size=4).digest(), "little")


def _stable_inference() -> None:
    """``infer_vector`` seeds its start vector with Python's per-process ``hash``: use a stable hash instead,
    so the same text gets the same vector in every process (reproducible scores)."""
    import gensim.models.doc2vec as d2v
    from gensim.models.keyedvectors import pseudorandom_weak_vector

    if not isinstance(d2v.pseudorandom_weak_vector, functools.partial):
        d2v.pseudorandom_weak_vector = functools.partial(pseudorandom_weak_vector, hashfxn=_stable_hash)


def tokenize(text: str, how: str = "lexical") -> list[str]:
    """Lower-cased, accent-stripped words (gensim's simple_preprocess); "lexical": Hangul words as character
    bigrams (encoders/tokens.py), as TF-IDF and BM25 read them; "gensim": Korean words whole with their particles
    (before issue #33)."""
    from gensim.utils import simple_preprocess

    def words(part: str) -> list[str]:
        return simple_preprocess(part, deacc=True, min_len=2, max_len=30)

    return tokens.by_script(text, words) if how == "lexical" else words(text)


class Doc2VecEncoder(Encoder):
    needs_fit = True
    cacheable = False

    def __init__(self, name: str = "doc2vec", dim: int = 100, epochs: int = 40, seed: int = 42,
                 tokenizer: str = "lexical"):
        self.dim, self.epochs, self.seed, self.tokenizer = dim, epochs, seed, tokenizer
        self.info = EncoderInfo(
            name=name, kind="doc2vec", languages="any (no cross-lingual matching)", dim=dim, max_tokens=None,
            offline_ready=True, source=f"gensim Doc2Vec PV-DBOW dim={dim} epochs={epochs}",
            description="Doc2Vec trained on the loaded corpus: a classic baseline; needs hundreds of documents.")
        self._model = None
        self._hash = ""

    def fit(self, texts: Sequence[str]) -> "Doc2VecEncoder":
        try:
            from gensim.models.doc2vec import Doc2Vec, TaggedDocument
        except ImportError as e:  # pragma: no cover - gensim is in requirements.txt
            raise ModelUnavailable("doc2vec needs gensim: pip install gensim") from e
        fitted = Doc2VecEncoder(self.info.name, self.dim, self.epochs, self.seed, self.tokenizer)
        docs = [TaggedDocument(tokenize(t, self.tokenizer), [i]) for i, t in enumerate(texts) if t.strip()]
        docs = docs or [TaggedDocument(["empty"], [0])]
        min_count = 2 if len(docs) >= 50 else 1
        fitted._model = Doc2Vec(docs, dm=0, dbow_words=1, vector_size=self.dim, window=5, min_count=min_count,
                                epochs=self.epochs, seed=self.seed, workers=1,
                                hashfxn=_stable_hash)
        fitted._hash = corpus_hash(texts)
        return fitted

    def identity(self) -> str:
        terms = tokens.signature() if self.tokenizer == "lexical" else self.tokenizer
        return f"doc2vec:{self.dim}:{self.epochs}:{self.seed}:{terms}:{self._hash}"

    def encode(self, texts, side="resume", progress=None):
        if self._model is None:
            raise ModelUnavailable(f"{self.name}: fit it on the corpus first (encoder.fit(texts))")
        _stable_inference()
        texts = list(texts)
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for i, text in enumerate(texts):
            self._model.random.seed(self.seed)  # inference samples negatives: reseed so a text's vector is fixed
            out[i] = self._model.infer_vector(tokenize(text, self.tokenizer) or ["empty"], epochs=self.epochs)
            if progress and (i % 50 == 49 or i == len(texts) - 1):
                progress(i + 1, len(texts))
        return l2_normalize(out)
