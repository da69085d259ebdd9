"""BM25 (Okapi) as a fitted model: gigs are the queries, resumes the documents.

The classic keyword baseline of search engines, computed with sparse matrices from scikit-learn's
CountVectorizer: score(gig, resume) = sum over the gig's terms of idf * tf (k1 + 1) / (tf + k1 (1 - b + b dl/avgdl)).
Scores are unbounded (not cosines): compare ranks or percentiles.
"""
from __future__ import annotations

from typing import Sequence

import numpy as np

from matchlens.encoders import tokens
from matchlens.encoders.base import Encoder, EncoderInfo, ModelUnavailable, corpus_hash


class BM25Encoder(Encoder):
    needs_fit = True
    cacheable = False

    def __init__(self, name: str = "bm25", k1: float = 1.5, b: float = 0.75, analyzer: str = "lexical"):
        """``analyzer``: "lexical" (encoders/tokens.py terms) or "word" (scikit-learn's, the default before #33)."""
        self.k1, self.b, self.analyzer = k1, b, analyzer
        terms = tokens.describe() if analyzer == "lexical" else "scikit-learn words"
        self.info = EncoderInfo(name=name, kind="bm25", score_kind="unbounded", languages="any (no cross-lingual matching)", dim=None,
                                max_tokens=None, offline_ready=True, source=f"BM25 k1={k1} b={b}; {terms}",
                                description="Okapi BM25 keyword ranking, fitted on the loaded corpus (gigs as queries).")
        self._vec = None
        self._idf = None
        self._avgdl = 1.0
        self._hash = ""

    def fit(self, texts: Sequence[str]) -> "BM25Encoder":
        from sklearn.feature_extraction.text import CountVectorizer

        fitted = BM25Encoder(self.info.name, self.k1, self.b, self.analyzer)
        texts = [t for t in texts if t.strip()] or ["empty"]
        how = dict(analyzer=tokens.Analyzer()) if self.analyzer == "lexical" else dict(strip_accents="unicode")
        fitted._vec = CountVectorizer(lowercase=True, **how).fit(texts)
        counts = fitted._vec.transform(texts)
        df = np.bincount(counts.indices, minlength=counts.shape[1])
        n = counts.shape[0]
        fitted._idf = np.log(1 + (n - df + 0.5) / (df + 0.5)).astype(np.float32)
        fitted._avgdl = float(counts.sum(axis=1).mean()) or 1.0
        fitted._hash = corpus_hash(texts)
        return fitted

    def identity(self) -> str:
        terms = tokens.signature() if self.analyzer == "lexical" else "word"
        return f"bm25:{self.k1}:{self.b}:{terms}:{self._hash}"

    def encode(self, texts, side="resume", progress=None):
        import scipy.sparse as sp

        if self._vec is None:
            raise ModelUnavailable(f"{self.name}: fit it on the corpus first")
        counts = self._vec.transform(list(texts)).astype(np.float32).tocsr()
        if side == "gig":  # the query side: which terms it asks for
            out = counts.copy()
            out.data[:] = 1.0
        else:  # the document side: saturated, length-normalised, idf-weighted term frequencies
            dl = np.asarray(counts.sum(axis=1)).ravel()
            norm = self.k1 * (1 - self.b + self.b * dl / self._avgdl)
            rows = np.repeat(np.arange(counts.shape[0]), np.diff(counts.indptr))
            tf = counts.data
            data = tf * (self.k1 + 1) / (tf + norm[rows]) * self._idf[counts.indices]
            out = sp.csr_matrix((data, counts.indices, counts.indptr), shape=counts.shape)
        if progress:
            progress(len(texts), len(texts))
        return out
