"""Compare models on a corpus: one score matrix per model, with failures reported per model.

This is the one pipeline behind the app, the CLI and the library: every page reads the same
:class:`Comparison`, so pages agree with each other and with ``matchlens score``.
"""
from __future__ import annotations

import itertools
import threading
import time
from dataclasses import dataclass, field
from typing import Callable, Sequence

import numpy as np

from matchlens.scoring.cache import EmbeddingCache, NullCache, cache_key
from matchlens.preprocess.chunking import ChunkSettings
from matchlens.documents import Corpus, Document
from matchlens.scoring.embedding import EmbeddedDocs, embed_texts
from matchlens.encoders import ModelFailed, ModelUnavailable, create
from matchlens.encoders.base import EncoderInfo, check_scores
from matchlens.preprocess.masking import mask
from matchlens.preprocess import fields
from matchlens.preprocess.sections import select_text
from matchlens.scoring import similarity

_UIDS = itertools.count(1)
_LOCKS_LOCK = threading.Lock()
COMPOSITE = ("hybrid:", "rerank:")  # models built from other models inside compare()

Report = Callable[[str, str, int, int], None]  # (model, stage, done, total)
OnResult = Callable[[str, "ModelResult | None", "str | None"], None]  # (model, its result, or why it failed)


@dataclass(frozen=True)
class Options:
    """Everything besides the model that changes a score."""

    preprocessing: str = "full"           # "full" or "sections" (resumes: experience/education/skills)
    chunking: ChunkSettings = field(default_factory=ChunkSettings)
    blind: bool = True                    # resumes' personal identifiers masked before any model reads them
    # Gig title weighed on its own (preprocess.fields): on the dev postings (docs/quality.md) title+body at 0.3
    # beat the whole text for every model (TF-IDF 0.81 -> 0.90 MRR, USE 0.64 -> 0.83, e5 0.91 -> 0.93).
    gig_fields: str = "title+body"        # "whole", "title+body" or "max"
    title_weight: float = 0.3             # share of the title's score in "title+body"

    def __post_init__(self):
        if self.gig_fields not in fields.FIELD_MODES:
            raise ValueError(f"gig_fields must be one of {list(fields.FIELD_MODES)}, not {self.gig_fields!r}")
        if not 0.0 <= self.title_weight <= 1.0:
            raise ValueError("title_weight must be between 0 and 1")


@dataclass
class ModelResult:
    name: str
    info: EncoderInfo
    scores: np.ndarray                     # (n_resumes, n_gigs)
    resumes: EmbeddedDocs | None
    gigs: EmbeddedDocs | None
    encoder: object
    seconds: float
    encoded: int                           # texts sent through the model (0: all from cache)
    _views: dict = field(default_factory=dict, repr=False, compare=False)

    def view(self, name: str) -> np.ndarray:
        """A score view (rank, rank_for_resume, percentile, z; see similarity.VIEWS) computed once: pages ask for
        them on every rerun, and at 2,000 x 300 each costs a noticeable fraction of a second."""
        if name == "raw":
            return self.scores
        if name not in self._views:
            self._views[name] = similarity.view(self.scores, name)
            self._views[name].setflags(write=False)
        return self._views[name]


@dataclass
class Comparison:
    resumes: list[Document]
    gigs: list[Document]
    results: dict[str, ModelResult]
    errors: dict[str, str]
    options: Options
    warnings: list[str] = field(default_factory=list)  # e.g. the embedding cache is off for this run
    _memo: dict = field(default_factory=dict, repr=False, compare=False)
    # unique per comparison in this process (unlike id(), never reused): a key for values kept elsewhere
    uid: int = field(default_factory=lambda: next(_UIDS), repr=False, compare=False)

    def derived(self, key, compute: Callable[[], object]):
        """A value computed once from this comparison (tables and figures the pages show on every rerun);
        ``key`` must name everything else it depends on (labels, a model, a setting). Thread-safe: a page asking
        for a value the background warm-up is computing waits for it instead of computing it a second time."""
        if key in self._memo:
            return self._memo[key]
        with self._lock_for(key):
            if key not in self._memo:
                self._memo[key] = compute()
        return self._memo[key]

    def _lock_for(self, key) -> threading.RLock:
        with _LOCKS_LOCK:
            return self._memo.setdefault(("_lock", key), threading.RLock())

    def has_derived(self, key) -> bool:
        return key in self._memo

    def ready(self, key) -> bool:
        """The value for ``key`` exists, or its background computation (derived_soon) has finished."""
        future = self._memo.get(("_soon", key))
        return key in self._memo or (future is not None and future.done())

    def derived_soon(self, key, compute: Callable[[], object], wait: float = 0.0):
        """Like :meth:`derived`, but computed in a background thread (one at a time, see scoring.background):
        the value if it is ready within ``wait`` seconds, else None, and the page shows a stand-in meanwhile.
        An exception in ``compute`` is raised here, once, and the next call starts afresh."""
        if key in self._memo:
            return self._memo[key]
        from matchlens.scoring.background import later

        future = self._memo.get(("_soon", key))
        if future is None:
            future = self._memo[("_soon", key)] = later(compute)
        try:
            value = future.result(timeout=wait) if wait > 0 or future.done() else None
        except TimeoutError:
            return None
        except BaseException:
            del self._memo[("_soon", key)]
            raise
        if future.done():
            self._memo[key] = value
            del self._memo[("_soon", key)]
        return self._memo.get(key)

    @property
    def models(self) -> list[str]:
        return list(self.results)

    def scores(self, model: str, view: str = "raw") -> np.ndarray:
        return self.results[model].view(view)

    def pair(self, resume_idx: int, gig_idx: int) -> dict[str, dict]:
        """Every model's raw score, rank and percentile for one pair (the inspector's header)."""
        out = {}
        for name, res in self.results.items():
            out[name] = {
                "score": float(res.scores[resume_idx, gig_idx]),
                "rank_for_gig": int(res.view("rank")[resume_idx, gig_idx]),
                "rank_for_resume": int(res.view("rank_for_resume")[resume_idx, gig_idx]),
                "percentile": float(res.view("percentile")[resume_idx, gig_idx]),
                "z": float(res.view("z")[resume_idx, gig_idx]),
            }
        return out

    def long_table(self, top_k: int | None = None, per: str = "gig"):
        """One row per (resume, gig, model): score, rank within the gig, rank within the resume,
        percentile and z. ``top_k`` keeps the k best resumes per gig (or gigs per resume)."""
        import pandas as pd

        frames = []
        r_names = [d.name for d in self.resumes]
        g_names = [d.name for d in self.gigs]
        for name, res in self.results.items():
            s = res.scores
            rg, rr = res.view("rank"), res.view("rank_for_resume")
            ri, gi = np.meshgrid(np.arange(s.shape[0]), np.arange(s.shape[1]), indexing="ij")
            df = pd.DataFrame({
                "resume": np.asarray(r_names, dtype=object)[ri.ravel()],
                "gig": np.asarray(g_names, dtype=object)[gi.ravel()],
                "model": name, "score": s.ravel(), "rank": rg.ravel(), "rank_for_resume": rr.ravel(),
                "percentile": res.view("percentile").ravel(), "z": res.view("z").ravel(),
                "resume_id": np.asarray([d.id for d in self.resumes], dtype=object)[ri.ravel()],
                "gig_id": np.asarray([d.id for d in self.gigs], dtype=object)[gi.ravel()],
            })
            if top_k:
                df = df[(df["rank"] if per == "gig" else df["rank_for_resume"]) <= top_k]
            frames.append(df)
        if not frames:
            return pd.DataFrame(columns=["resume", "gig", "model", "score", "rank"])
        out = pd.concat(frames, ignore_index=True)
        key = "gig" if per == "gig" else "resume"
        rank = "rank" if per == "gig" else "rank_for_resume"
        return out.sort_values([key, "model", rank], kind="stable").reset_index(drop=True)


def model_texts(docs: Sequence[Document], options: Options) -> list[str]:
    """The text each model sees: resumes blind (identifiers masked) and, in sections mode, only experience,
    education and skills; gigs keep their full text."""
    return [resume_text(d.text, options) if d.kind == "resume" else d.text for d in docs]


def resume_text(text: str, options: Options) -> str:
    return select_text(mask(text).text if options.blind else text, options.preprocessing)


def compare(corpus: Corpus, models: Sequence[str], options: Options | None = None,
            cache: EmbeddingCache | NullCache | None = None, report: Report | None = None,
            encoders: dict | None = None, on_result: OnResult | None = None) -> Comparison:
    """Score every resume against every gig with each model. A model that fails is reported in
    ``errors`` and the others still run. ``encoders`` may supply already-created encoders by name;
    ``on_result`` hears of each model as soon as it is scored or failed (see scoring.background)."""
    options = options or Options()
    cache = cache if cache is not None else EmbeddingCache()
    resumes, gigs = corpus.resumes, corpus.gigs
    results, errors = {}, {}
    for name in models:
        if name.startswith(COMPOSITE):
            continue  # built from their components, below
        try:
            enc = (encoders or {}).get(name) or create(name)
            results[name] = run_model(enc, resumes, gigs, options, cache, report)
        except (ModelUnavailable, ModelFailed) as exc:
            errors[name] = str(exc)
        except MemoryError:
            errors[name] = f"{name}: ran out of memory; try fewer documents or a smaller model"
        except Exception as exc:  # one model must never take the others down
            errors[name] = f"{name} failed: {type(exc).__name__}: {str(exc)[:300]}"
        _tell(on_result, name, results, errors)
    for name in [n for n in models if n.startswith(COMPOSITE)]:
        add = _add_hybrid if name.startswith("hybrid:") else _add_rerank
        try:
            add(name, corpus, options, cache, report, encoders, results, errors)
        except Exception as exc:  # a composite model must never take the others down either
            errors[name] = f"{name} failed: {type(exc).__name__}: {str(exc)[:300]}"
        _tell(on_result, name, results, errors)
    results = {n: results[n] for n in models if n in results}
    warnings = [cache.warning] if getattr(cache, "warning", None) else []
    return Comparison(resumes, gigs, results, errors, options, warnings)


def _tell(on_result: OnResult | None, name: str, results: dict, errors: dict) -> None:
    if on_result is not None:
        on_result(name, results.get(name), errors.get(name))


def _components(name, comps, corpus, options, cache, report, encoders, results, errors) -> dict | None:
    """Results of a composite model's components, computed when not already there (None: one failed)."""
    missing = [c for c in comps if c not in results]
    if not missing:
        return results
    sub = compare(corpus, missing, options, cache, report, encoders)
    for c in missing:
        if c in sub.errors:
            errors[name] = f"{name}: component {sub.errors[c]}"
            return None
    return {**results, **sub.results}


def _add_hybrid(name, corpus, options, cache, report, encoders, results, errors) -> None:
    """A hybrid model: its components are computed (or reused) and their score matrices fused."""
    from matchlens.scoring import fusion

    try:
        comps, method, weights = fusion.parse(name)
    except ValueError as exc:
        errors[name] = str(exc)
        return
    parts = _components(name, comps, corpus, options, cache, report, encoders, results, errors)
    if parts is None:
        return
    mats = [parts[c].scores for c in comps]
    info = EncoderInfo(name=name, kind="hybrid", score_kind="unbounded", languages="union of its components", dim=None, max_tokens=None,
                       offline_ready=True, source=name,
                       description=f"{method} fusion of {', '.join(comps)}" + (f" with weights {weights}" if weights else ""))
    first = parts[comps[-1]]
    results[name] = ModelResult(name, info, fusion.fuse(mats, method, weights), first.resumes, first.gigs,
                                first.encoder, sum(parts[c].seconds for c in comps), 0)


def _add_rerank(name, corpus, options, cache, report, encoders, results, errors) -> None:
    """A re-ranker: the retriever's top-k per gig re-scored by a pair scorer (see rerank.py)."""
    from matchlens.scoring import rerank

    try:
        scorer_name, retriever, k = rerank.parse(name)
        parts = _components(name, [retriever], corpus, options, cache, report, encoders, results, errors)
        if parts is None:
            return
        scorer = (encoders or {}).get(scorer_name) or create(scorer_name)
        if not scorer.pair_scorer:
            raise ValueError(f"{scorer_name} is not a cross-encoder (pair scorer); it cannot re-rank")
        t0 = time.perf_counter()
        base = parts[retriever]
        r_texts, g_texts = model_texts(corpus.resumes, options), model_texts(corpus.gigs, options)
        pairs = rerank.shortlist(base.scores, k)
        say = (lambda stage, d, t: report(name, stage, d, t)) if report else (lambda *a: None)
        cross, encoded = _pair_scores(scorer, r_texts, g_texts, cache, say, pairs)
    except (ModelUnavailable, ValueError) as exc:
        errors[name] = str(exc)
        return
    info = EncoderInfo(name=name, kind="rerank", score_kind="unbounded", languages=scorer.info.languages, dim=None, max_tokens=None,
                       offline_ready=True, source=name, pair_scorer=True,
                       description=f"{scorer_name} re-scores the top {k} resumes per gig of {retriever}")
    results[name] = ModelResult(name, info, rerank.compose(base.scores, pairs, cross), None, None, scorer,
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
        scores, encoded = _pair_scores(enc, r_texts, g_texts, cache, say)
        r_emb = g_emb = None
    else:
        r_emb = embed_texts(enc, r_texts, "resume", options.chunking, cache, lambda d, t: say("resumes", d, t))
        g_emb = embed_texts(enc, g_texts, "gig", options.chunking, cache, lambda d, t: say("gigs", d, t))
        scores, more = embedding_scores(enc, r_emb, g_emb, gig_fields(gigs, options), options, cache, say)
        encoded = r_emb.encoded + g_emb.encoded + more
    check_scores(name, scores, (len(resumes), len(gigs)))
    say("done", 1, 1)
    return ModelResult(name, enc.info, scores.astype(np.float32), r_emb, g_emb, enc,
                       time.perf_counter() - t0, encoded)


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


def _pair_scores(enc, r_texts, g_texts, cache, say, pairs=None) -> tuple[np.ndarray, int]:
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
