"""Evidence behind one (resume, gig) score: which passage matched which requirement, shared keywords.

Works with any vector encoder: sentences of both sides are embedded with the same model (and cached),
so a multilingual model shows cross-language evidence (a French requirement matched by an English line).
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .cache import NullCache
from .chunking import ChunkSettings, sentences
from .embedding import embed_texts


@dataclass
class Evidence:
    gig_units: list[str]
    resume_units: list[str]
    sims: np.ndarray                 # (n_gig_units, n_resume_units)

    def coverage(self):
        """For each gig requirement: best resume sentence, its score, and whether it is a good match.

        'Good' is relative to this pair (raw cosines are model-specific): the best match must reach
        the midpoint between the pair's median sentence similarity and its maximum.
        """
        import pandas as pd

        if self.sims.size == 0:
            return pd.DataFrame(columns=["requirement", "best match in resume", "score", "matched"])
        best = self.sims.argmax(axis=1)
        vals = self.sims.max(axis=1)
        cut = (np.median(self.sims) + self.sims.max()) / 2
        return pd.DataFrame({
            "requirement": self.gig_units,
            "best match in resume": [self.resume_units[i] for i in best],
            "score": np.round(vals, 4),
            "matched": vals >= cut,
        })


def sentence_evidence(encoder, resume_text: str, gig_text: str, cache=None, max_units: int = 60) -> Evidence:
    """Sentence x sentence similarities of a pair under one model (vectors models only)."""
    g_units = sentences(gig_text)[:max_units] or [gig_text[:400]]
    r_units = sentences(resume_text)[:max_units] or [resume_text[:400]]
    settings = ChunkSettings(aggregation="first")
    g = embed_texts(encoder, g_units, "gig", settings, cache or NullCache()).doc_vectors
    r = embed_texts(encoder, r_units, "resume", settings, cache or NullCache()).doc_vectors
    sims = g @ r.T
    sims = np.asarray(sims.toarray() if hasattr(sims, "toarray") else sims, dtype=np.float32)
    return Evidence(g_units, r_units, sims)


def keyword_overlap(tfidf_encoder, resume_text: str, gig_text: str, top: int = 20) -> dict[str, list[str]]:
    """Shared and missing TF-IDF terms: the gig's top terms found / not found in the resume."""
    gig_terms = [t for t, _ in tfidf_encoder.terms(gig_text, top)]
    resume_terms = {t for t, _ in tfidf_encoder.terms(resume_text, 200)}
    return {"shared": [t for t in gig_terms if t in resume_terms],
            "missing": [t for t in gig_terms if t not in resume_terms],
            "resume_top": [t for t, _ in tfidf_encoder.terms(resume_text, top)]}
