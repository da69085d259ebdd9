"""Compare models on a corpus: one score matrix per model, with failures reported per model.

This is the one pipeline behind the app, the CLI and the library: :func:`compare` and :func:`score_model` score
under an :class:`~matchlens.options.Options` and give the plain data of ``scoring.results`` (a
:class:`Comparison`), so pages agree with each other and with ``matchlens score``.
"""
from __future__ import annotations

import time
from typing import Callable, Sequence

import numpy as np

from matchlens.documents import Corpus, Document
from matchlens.encoders import ModelFailed, ModelUnavailable, create
from matchlens.encoders.base import EncoderInfo, check_scores
from matchlens.encoders.registry import model_kind, parse_model
from matchlens.encoders.spec import ModelSpec
from matchlens.errors import MatchlensError
from matchlens.options import ChunkSettings, Options  # noqa: F401 (re-exported: their home is matchlens.options)
from matchlens.preprocess import fields
from matchlens.scoring import hubness, similarity
from matchlens.scoring.cache import EmbeddingCache, NullCache, cache_key
from matchlens.scoring.embedding import EmbeddedDocs, embed_texts
from matchlens.scoring.results import Comparison, ModelResult
from matchlens.scoring.texts import model_text, model_texts  # noqa: F401 (model_text: re-exported, the text read)

Report = Callable[[str, str, int, int], None]  # (model, stage, done, total)
OnResult = Callable[[str, "ModelResult | None", "str | None"], None]  # (model, its result, or why it failed)


def compare(corpus: Corpus, models: Sequence[str], options: Options | None = None,
            cache: EmbeddingCache | NullCache | None = None, report: Report | None = None,
            encoders: dict | None = None, on_result: OnResult | None = None) -> Comparison:
    """Score every resume against every gig with each model. A model that fails is reported in
    ``errors`` and the others still run. ``encoders`` may supply already-created encoders by name;
    ``on_result`` hears of each model as soon as it is scored or failed (see scoring.background)."""
    options = options or Options()
    cache = cache if cache is not None else EmbeddingCache()
    resumes, gigs = corpus.resumes, corpus.gigs
    done, errors = {}, {}
    singles = [n for n in models if model_kind(n) == "single"]
    for name in singles + [n for n in models if n not in singles]:  # composites after, built from their parts
        try:
            done[name] = score_model(name, resumes, gigs, options, cache, report, encoders, done)
        except Exception as exc:  # one model must never take the others down
            errors[name] = _failure(name, exc)
        _tell(on_result, name, {} if name in errors else done, errors)
    results = {n: done[n] for n in models if n in done and n not in errors}
    warnings = [cache.warning] if getattr(cache, "warning", None) else []
    return Comparison(resumes, gigs, results, errors, options, warnings)


class PartFailed(MatchlensError):
    """A hybrid's or re-ranker's part could not be scored (the message names both)."""


def _failure(name: str, exc: Exception) -> str:
    """Why a model failed, in one line (the messages compare has always reported)."""
    if isinstance(exc, (ModelUnavailable, ModelFailed, PartFailed)) or \
            (isinstance(exc, ValueError) and model_kind(name) != "single"):
        return str(exc)
    if isinstance(exc, MemoryError):
        return f"{name}: ran out of memory; try fewer documents or a smaller model"
    return f"{name} failed: {type(exc).__name__}: {str(exc)[:300]}"


def _tell(on_result: OnResult | None, name: str, results: dict, errors: dict) -> None:
    if on_result is not None:
        on_result(name, results.get(name), errors.get(name))


def score_model(name: str | ModelSpec, resumes: Sequence[Document], gigs: Sequence[Document],
                options: Options | None = None, cache=None, report: Report | None = None,
                encoders: dict | None = None, done: dict | None = None) -> ModelResult:
    """One model's scores of these resumes against these gigs under ``options``: the one scoring path of the app,
    the CLI, pairs files and ranking sets (single models, hybrids, re-rankers alike). ``done`` holds results
    already computed (a composite reuses its parts from it, and adds the parts it computes); raises on failure."""
    spec = name if isinstance(name, ModelSpec) else parse_model(name)
    options = options or Options()
    cache = cache if cache is not None else NullCache()
    if not spec.composite:
        enc = (encoders or {}).get(spec.name) or create(spec.name)
        return run_model(enc, resumes, gigs, family_options(enc, options), cache, report)
    done = {} if done is None else done
    parts = {p: _part(spec, p, resumes, gigs, options, cache, report, encoders, done) for p in spec.inputs}
    if spec.kind == "hybrid":
        return _hybrid(spec, parts)
    if spec.kind == "req":  # each requirement's best CV sentence under the part (matchlens.requirements)
        from matchlens.requirements.score import score_result

        say = (lambda stage, d, t: report(spec.name, stage, d, t)) if report else (lambda *a: None)
        return score_result(spec.name, parts[spec.parts[0]], resumes, gigs, options, cache, say)
    return _rerank(spec, parts[spec.retriever], resumes, gigs, options, cache, report, encoders)


def family_options(enc, options: Options) -> Options:
    """``options`` with the model family's measured defaults (encoders.registry.FAMILY_DEFAULTS: aggregation,
    hubness reduction...) for every option the user did not choose (matchlens.options.chosen)."""
    from matchlens.encoders.registry import family_defaults
    from matchlens.options import for_family

    return for_family(options, family_defaults(enc.name, enc.info.kind, {}))


def _part(spec: ModelSpec, part: str, resumes, gigs, options, cache, report, encoders, done) -> ModelResult:
    """A composite's part, computed once (PartFailed names the composite and why the part failed)."""
    if part not in done:
        try:
            done[part] = score_model(part, resumes, gigs, options, cache, report, encoders, done)
        except Exception as exc:
            raise PartFailed(f"{spec.name}: component {_failure(part, exc)}") from exc
    return done[part]


def _hybrid(spec: ModelSpec, parts: dict[str, ModelResult]) -> ModelResult:
    """A hybrid model: its components' score matrices fused per gig."""
    from matchlens.scoring import fusion

    comps, method, weights = list(spec.parts), spec.method, None if spec.weights is None else list(spec.weights)
    info = EncoderInfo(name=spec.name, kind="hybrid", score_kind="unbounded", languages="union of its components",
                       dim=None, max_tokens=None, offline_ready=True, source=spec.name,
                       description=f"{method} fusion of {', '.join(comps)}" + (f" with weights {weights}" if weights else ""))
    last = parts[comps[-1]]
    return ModelResult(spec.name, info, fusion.fuse([parts[c].scores for c in comps], method, weights), last.resumes,
                       last.gigs, last.encoder, sum(parts[c].seconds for c in comps), 0)


def _rerank(spec: ModelSpec, base: ModelResult, resumes, gigs, options, cache, report, encoders) -> ModelResult:
    """A re-ranker: the retriever's top-k per gig re-scored by a pair scorer (see rerank.py)."""
    from matchlens.scoring import rerank

    scorer = (encoders or {}).get(spec.scorer) or create(spec.scorer)
    if not scorer.pair_scorer:
        raise ValueError(f"{spec.scorer} is not a cross-encoder (pair scorer); it cannot re-rank")
    t0 = time.perf_counter()
    pairs = rerank.shortlist(base.scores, spec.k)
    say = (lambda stage, d, t: report(spec.name, stage, d, t)) if report else (lambda *a: None)
    cross, encoded = pair_scores(scorer, model_texts(resumes, options), model_texts(gigs, options), cache, say, pairs)
    info = EncoderInfo(name=spec.name, kind="rerank", score_kind="unbounded", languages=scorer.info.languages,
                       dim=None, max_tokens=None, offline_ready=True, source=spec.name, pair_scorer=True,
                       description=f"{spec.scorer} re-scores the top {spec.k} resumes per gig of {spec.retriever}")
    return ModelResult(spec.name, info, rerank.compose(base.scores, pairs, cross), None, None, scorer,
                       base.seconds + time.perf_counter() - t0, encoded)


def run_model(enc, resumes: Sequence[Document], gigs: Sequence[Document], options: Options,
              cache, report: Report | None = None) -> ModelResult:
    """Embed (or pair-score) one model over the corpus and return its score matrix."""
    t0 = time.perf_counter()
    name = enc.name
    say = (lambda stage, d, t: report(name, stage, d, t)) if report else (lambda *a: None)
    say("loading", 0, 1)
    if hasattr(enc, "prepare"):  # a bundled model built on first use (~20 s, once): say so, with progress
        enc.prepare(lambda frac, msg: say("preparing", int(100 * min(max(frac, 0.0), 1.0)), 100))
    r_texts, g_texts = model_texts(resumes, options), model_texts(gigs, options)
    if enc.needs_fit:
        enc = enc.fit(r_texts + g_texts)
    if enc.pair_scorer:
        scores, encoded = pair_scores(enc, r_texts, g_texts, cache, say)
        r_emb = g_emb = None
    else:
        r_emb = embed_texts(enc, r_texts, "resume", options.chunking, cache, lambda d, t: say("resumes", d, t))
        g_emb = embed_texts(enc, g_texts, "gig", options.chunking, cache, lambda d, t: say("gigs", d, t))
        scores, more = embedding_scores(enc, r_emb, g_emb, gig_fields(gigs, options), options, cache, say)
        encoded = r_emb.encoded + g_emb.encoded + more
    check_scores(name, scores, (len(resumes), len(gigs)))
    scores, info = hubness.apply(scores, enc.info, options.hubness)
    say("done", 1, 1)
    return ModelResult(name, info, scores.astype(np.float32), r_emb, g_emb, enc,
                       time.perf_counter() - t0, encoded, options=options)


def embedding_scores(enc, r_emb: EmbeddedDocs, g_emb: EmbeddedDocs, g_fields: list[tuple[str, str]],
                     options: Options, cache, say=lambda *a: None) -> tuple[np.ndarray, int]:
    """(n_resumes, n_gigs) scores of embedded resumes and gigs under ``options`` (aggregation, gig fields), and
    the texts this encoded: the one scoring rule of the app, the audit and the ranking evaluator."""
    whole = similarity.score_matrix(r_emb, g_emb, options.chunking.aggregation)
    if options.gig_fields == "whole":
        return whole, 0
    return field_scores(enc, r_emb, g_fields, whole, options, cache, say)


def gig_fields(gigs: Sequence[Document], options: Options) -> list[tuple[str, str]]:
    """(title, body) of each gig as the models read it (see preprocess.fields.split_fields)."""
    return [fields.split_fields(t, d.meta) for t, d in zip(model_texts(gigs, options), gigs)]


def field_scores(enc, r_emb: EmbeddedDocs, split: list[tuple[str, str]], whole: np.ndarray, options: Options,
                 cache, say=lambda *a: None) -> tuple[np.ndarray, int]:
    """Scores with each gig's title and body encoded apart and combined (gigs without a title keep ``whole``)."""
    has = np.array([bool(t) for t, _ in split])
    if not has.any():
        return whole, 0
    agg = options.chunking.aggregation
    chunking = options.chunking
    t_emb = embed_texts(enc, [t or b for t, b in split], "gig", chunking, cache, lambda d, n: say("titles", d, n))
    b_emb = embed_texts(enc, [b for _, b in split], "gig", chunking, cache, lambda d, n: say("bodies", d, n))
    title, body = similarity.score_matrix(r_emb, t_emb, agg), similarity.score_matrix(r_emb, b_emb, agg)
    return fields.combine(title, body, whole, has, options.gig_fields, options.title_weight), t_emb.encoded + b_emb.encoded


def pair_scores(enc, r_texts, g_texts, cache, say=lambda *a: None, pairs=None) -> tuple[np.ndarray, int]:
    """Cross-encoder: every pair (a matrix), or the given (resume, gig) pairs (a vector); cached by pair."""
    ident = enc.identity()
    subset = pairs is not None
    pairs = pairs if subset else [(i, j) for i in range(len(r_texts)) for j in range(len(g_texts))]
    keys = [cache_key(ident, "pair", r_texts[i] + "\0\0" + g_texts[j]) for i, j in pairs]
    found = cache.get_many(keys)
    todo = [n for n, k in enumerate(keys) if k not in found]
    if todo:
        vals = enc.score_pairs([r_texts[pairs[n][0]] for n in todo], [g_texts[pairs[n][1]] for n in todo],
                               progress=lambda d, t: say("pairs", d, t))
        vals = check_scores(enc.name, vals, (len(todo),))
        new = {keys[n]: np.asarray([v], np.float32) for n, v in zip(todo, vals)}
        cache.put_many(new)
        found.update(new)
    out = np.array([found[k][0] for k in keys], dtype=np.float32)
    return (out if subset else out.reshape(len(r_texts), len(g_texts))), len(todo)
