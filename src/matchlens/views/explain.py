"""Evidence behind one (resume, gig) score: which passage matched which requirement, shared keywords.

Works with any vector encoder: sentences of both sides are embedded with the same model (and cached),
so a multilingual model shows cross-language evidence (a French requirement matched by an English line).
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from matchlens.scoring.cache import NullCache
from matchlens.options import ChunkSettings
from matchlens.preprocess.chunking import sentences
from matchlens.scoring.embedding import embed_texts


@dataclass
class Evidence:
    gig_units: list[str]
    resume_units: list[str]
    sims: np.ndarray                 # (n_gig_units, n_resume_units)

    def coverage(self, threshold: float | None = None):
        """For each gig requirement: its text, the best resume sentence, its score, and whether it is covered.

        Covered means the best sentence scores at least ``threshold``: by default this pair's own midpoint
        between median and maximum; pass :func:`reference_threshold` for an absolute rule the user can read.
        """
        import pandas as pd

        if self.sims.size == 0:
            return pd.DataFrame(columns=["requirement", "best match in resume", "score", "covered"])
        best = self.sims.argmax(axis=1)
        vals = self.sims.max(axis=1)
        cut = (np.median(self.sims) + self.sims.max()) / 2 if threshold is None else threshold
        return pd.DataFrame({
            "requirement": self.gig_units,
            "best match in resume": [self.resume_units[i] for i in best],
            "score": np.round(vals, 3),
            "covered": vals >= cut,
        })


def reference_threshold(encoder, resume_texts: list[str], gig_texts: list[str], q: float = 0.9, n: int = 150,
                        seed: int = 0, cache=None) -> float:
    """The model's q-quantile of similarities between sentences of the corpus's gigs and resumes, drawn at random:
    a requirement is covered when its best resume sentence beats most random requirement-sentence pairs."""
    rng = np.random.default_rng(seed)
    pools = []
    for texts in (gig_texts, resume_texts):
        units = [u for t in texts for u in sentences(t)] or list(texts)
        pools.append([units[i] for i in rng.choice(len(units), size=min(n, len(units)), replace=False)])
    settings = ChunkSettings(aggregation="first")
    g = embed_texts(encoder, pools[0], "gig", settings, cache or NullCache()).doc_vectors
    r = embed_texts(encoder, pools[1], "resume", settings, cache or NullCache()).doc_vectors
    sims = g @ r.T
    sims = np.asarray(sims.toarray() if hasattr(sims, "toarray") else sims, dtype=np.float32)
    return float(np.quantile(sims, q))


def evidence_models(comp) -> tuple[list[str], str | None]:
    """The comparison's models that embed texts (sentence evidence needs vectors), and the Inspector's default
    among them (a multilingual e5 or USE when there is one, since the pair may cross languages)."""
    models = [m for m, res in comp.results.items() if res.resumes is not None]
    return models, next((m for m in models if "e5" in m or "use" in m), models[0] if models else None)


def corpus_threshold(comp, model: str, cache=None) -> float:
    """``model``'s :func:`reference_threshold` on this comparison (resumes as the models read them), computed once
    per comparison and model: the Inspector's coverage reads it, the views' warm-up prepares the default one."""
    from matchlens.scoring.texts import model_text

    return comp.derived(("coverage-threshold", model), lambda: reference_threshold(
        comp.results[model].encoder, [model_text(d, comp.options) for d in comp.resumes],
        [d.text for d in comp.gigs], cache=cache))


def prepare_evidence(comp) -> None:
    """The views' warm-up: the coverage threshold of the Inspector's default evidence model."""
    from matchlens.scoring.cache import EmbeddingCache

    model = evidence_models(comp)[1]
    if model is not None:
        corpus_threshold(comp, model, EmbeddingCache())


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
