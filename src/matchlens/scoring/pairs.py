"""Scores of plain texts (a labelled pairs file, a ranking set) through the one scoring path of a comparison.

The texts become a small corpus of resumes and gigs and :func:`matching.score_model` scores it, so a pair scores
here exactly as in the heatmaps under the same ``Options``: the resume side blind, sections, chunking, gig
title/fields weighting and aggregation; hybrids fused and re-rankers shortlisted per gig of that corpus.
"""
from __future__ import annotations

from typing import Sequence

import numpy as np

from matchlens.documents import Document
from matchlens.encoders import create
from matchlens.encoders.registry import parse_model
from matchlens.encoders.spec import ModelSpec
from matchlens.options import Options
from matchlens.scoring.cache import NullCache
from matchlens.scoring.matching import Report, pair_scores, score_model
from matchlens.scoring.texts import model_texts


def text_docs(texts: Sequence[str], kind: str) -> list[Document]:
    """Plain texts as documents of one kind (resumes are what blind scoring masks)."""
    return [Document(f"{kind}-{i}", f"{kind} {i + 1}", kind, t) for i, t in enumerate(texts)]


def score_matrix(model: str | ModelSpec, resume_texts: Sequence[str], gig_texts: Sequence[str],
                 options: Options | None = None, cache=None, report: Report | None = None,
                 encoders: dict | None = None) -> np.ndarray:
    """(n_resumes, n_gigs) scores of one model, as a comparison of these texts would give them."""
    resumes, gigs = text_docs(resume_texts, "resume"), text_docs(gig_texts, "gig")
    return score_model(model, resumes, gigs, options or Options(), cache, report, encoders).scores


def score_pairs(model: str | ModelSpec, resume_texts: Sequence[str], gig_texts: Sequence[str],
                options: Options | None = None, cache=None, report: Report | None = None) -> np.ndarray:
    """Score of each (resume_texts[i], gig_texts[i]): the pairs' distinct texts scored as one corpus
    (:func:`score_matrix`), read at the pairs; a pair scorer on its own scores only the listed pairs."""
    spec = model if isinstance(model, ModelSpec) else parse_model(model)
    options = options or Options()
    cache = NullCache() if cache is None else cache
    ua, ub = list(dict.fromkeys(resume_texts)), list(dict.fromkeys(gig_texts))
    pa, pb = {t: i for i, t in enumerate(ua)}, {t: i for i, t in enumerate(ub)}
    ia, ib = np.array([pa[t] for t in resume_texts], int), np.array([pb[t] for t in gig_texts], int)
    encoders = None
    if not spec.composite:
        enc = create(spec.name)
        if enc.pair_scorer:  # every resume x gig would be scored for nothing
            texts = model_texts(text_docs(ua, "resume"), options), model_texts(text_docs(ub, "gig"), options)
            say = (lambda stage, d, t: report(spec.name, stage, d, t)) if report else (lambda *a: None)
            return pair_scores(enc, *texts, cache, say, list(zip(ia.tolist(), ib.tolist())))[0]
        encoders = {spec.name: enc}
    return score_matrix(spec, ua, ub, options, cache, report, encoders)[ia, ib]
