"""The requirements score ``req:<model>``: each requirement's best CV sentence under a model, calibrated per model
on the corpus, combined with the user's weights; a required item missing caps the score.

Calibration (per model, per corpus, no labels needed): the similarities of every requirement of the corpus with
every CV sentence (a sample of at most ``NULL_PAIRS``) are the model's null, since almost every such pair is
unrelated; F is their distribution, taken per pair of languages (gig, CV) when the corpus has ``NULL_MIN`` such
pairs: a multilingual model's French-English similarities run lower than its French-French ones, and an English CV
is compared with what unrelated English CVs reach on a French gig. A CV of n sentences shows a requirement by its best sentence, of similarity e;
n unrelated sentences would all stay below e with probability F(e) ** n: that is the item's *credit* (0..1, on the
same scale for every model: TF-IDF's similarities and e5's are not, and a long CV gets no credit for its length).
The item is **met** when the credit is at least ``MET`` (0.95: an unrelated CV meets 1 item in 20 by chance),
**partial** from ``PARTIAL`` (0.75), else **missing**.

Score of a pair in [0, 1]: s = sum(weight * credit) / sum(weight) over the kept items; 0.5 + 0.5 s when no required
item is missing, else 0.5 s / (number of required items missing): every CV meeting the knock-outs ranks above every
CV missing one, whatever its raw similarity, and missing two ranks lower than missing one.
"""
from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from typing import Sequence

import numpy as np

from matchlens.documents import Document
from matchlens.encoders.base import EncoderInfo
from matchlens.options import ChunkSettings, Options
from matchlens.preprocess.chunking import sentences
from matchlens.requirements.model import Requirement, scored
from matchlens.scoring.embedding import embed_texts
from matchlens.scoring.texts import model_text

MET, PARTIAL = 0.95, 0.75  # credit (best-of-n percentile) an item must reach (see the module's text)
CAP = 0.5                 # a pair missing a required item scores below this; one meeting them all, above
MAX_UNITS = 60            # CV sentences read per resume (as the Inspector's evidence)
NULL_PAIRS = 200_000      # requirement x sentence similarities sampled for the calibration
NULL_MIN = 2_000          # a language pair with fewer similarities is calibrated on the whole corpus
STATUSES = ("met", "partial", "missing")
BLOCK = 4_000_000         # similarities computed at once (memory bound on large corpora)


@dataclass
class Assessment:
    """One (CV, gig) pair requirement by requirement: the breakdown the Inspector, the Shortlist and the report show."""

    items: list[Requirement]
    evidence: list[str]           # the CV sentence that best shows each item
    similarity: np.ndarray        # its similarity under the model
    credit: np.ndarray            # F(e) ** n: how unlikely an unrelated CV shows it as well (0..1)
    status: list[str]             # met / partial / missing
    score: float

    def table(self):
        """requirement, kind, weight, status, best CV sentence, similarity, credit: one row per item."""
        import pandas as pd

        return pd.DataFrame({
            "requirement": [r.text for r in self.items],
            "kind": ["required" if r.required else "preferred" for r in self.items],
            "weight": [float(r.weight) for r in self.items],
            "status": self.status,
            "evidence in the CV": self.evidence,
            "similarity": np.round(self.similarity.astype(float), 3),
            "credit": np.round(self.credit.astype(float), 3)})

    def missing_required(self) -> list[str]:
        """Required items the CV does not show (each one caps the score)."""
        return [r.text for r, s in zip(self.items, self.status) if r.required and s == "missing"]

    def to_improve(self) -> list[str]:
        """How to improve this CV for this gig: its required items not met, the missing ones first."""
        order = sorted(zip(self.items, self.status), key=lambda x: x[1] != "missing")
        return [f"{r.text} ({s})" for r, s in order if r.required and s != "met"]

    def counts(self) -> dict[str, int]:
        return {s: self.status.count(s) for s in STATUSES}


def combine(credit: np.ndarray, missing: np.ndarray, weights: np.ndarray, required: np.ndarray) -> np.ndarray:
    """Scores from per-item credits (items on axis 0, pairs on axis 1 if any): the weighted mean credit, and below
    CAP when a required item is missing (its credit then counts 0, so the capped score stays strictly below CAP)."""
    credit = np.asarray(credit, np.float64)
    flat = credit.ndim == 1
    credit, missing = (credit[:, None], np.asarray(missing)[:, None]) if flat else (credit, np.asarray(missing))
    w, req = np.asarray(weights, np.float64)[:, None], np.asarray(required, bool)[:, None]
    knocked = req & missing
    s = (w * credit).sum(axis=0) / max(float(w.sum()), 1e-12)
    s_capped = (w * np.where(knocked, 0.0, credit)).sum(axis=0) / max(float(w.sum()), 1e-12)
    n_missing = knocked.sum(axis=0)
    out = np.where(n_missing == 0, CAP + (1 - CAP) * s, CAP * s_capped / np.maximum(n_missing, 1))
    return out[0] if flat else out


class Judge:
    """What every breakdown of ``req:<model>`` on one corpus reads: its items per gig, each CV's sentences and the
    model's calibration (nulls); :class:`RequirementScorer` and :class:`PairJudge` say where the best sentences
    come from."""

    pair_scorer = False
    needs_fit = False
    cacheable = False

    def __init__(self, info: EncoderInfo, base, units: list[list[str]], items: list[list[Requirement]],
                 nulls: dict, langs: tuple[list[str], list[str]]):
        self.info, self.base, self.units, self.items = info, base, units, items
        self.nulls, (self.resume_langs, self.gig_langs) = nulls, langs  # nulls: (gig lang, CV lang) or None -> F
        self.offsets = np.cumsum([0] + [len(i) for i in items])

    @property
    def name(self) -> str:
        return self.info.name

    def credit(self, sims: np.ndarray, n_units, r: int, g: int) -> np.ndarray:
        """F(e) ** n: how likely n unrelated sentences all stay below the best one (F: the model's null on this
        corpus for the languages of gig ``g`` and resume ``r``, requirement x sentence similarities)."""
        null = self.nulls.get((self.gig_langs[g], self.resume_langs[r]), self.nulls[None])
        share = np.searchsorted(null, sims, side="left") / max(len(null), 1)  # strictly below: ties show nothing
        return np.power(share, np.maximum(n_units, 1))

    @staticmethod
    def status(credit: np.ndarray) -> np.ndarray:
        """met / partial / missing from the credit."""
        return np.where(credit >= MET, "met", np.where(credit >= PARTIAL, "partial", "missing"))

    def best_of(self, r: int, g: int) -> tuple[np.ndarray, list[str]]:
        """Per item of gig ``g``: the similarity of resume ``r``'s best sentence, and that sentence."""
        raise NotImplementedError

    def assess(self, r: int, g: int) -> Assessment:
        """Resume ``r`` against gig ``g`` (indexes of the comparison), requirement by requirement."""
        items = self.items[g]
        sims, evidence = self.best_of(r, g)
        credit = self.credit(sims, len(self.units[r]), r, g)
        status = self.status(credit)
        score = combine(credit, status == "missing", np.array([i.weight for i in items]),
                        np.array([i.required for i in items]))
        return Assessment(items, evidence, sims, credit, list(status), float(score))


class RequirementScorer(Judge):
    """What ``req:<model>`` computed on one corpus: its items per gig, each item's best sentence of each CV and the
    model's calibration, so a pair's breakdown is read from the very numbers its score was made of."""

    def __init__(self, info: EncoderInfo, base, units: list[list[str]], items: list[list[Requirement]],
                 best: np.ndarray, where: np.ndarray, nulls: dict, langs: tuple[list[str], list[str]]):
        super().__init__(info, base, units, items, nulls, langs)
        self.best, self.where = best, where        # (n_items_total, n_resumes)
        self.flat_units = [u for us in units for u in us]

    def matrix(self) -> np.ndarray:
        """(n_resumes, n_gigs) scores."""
        out = np.zeros((len(self.units), len(self.items)), np.float32)
        n_units = np.array([len(u) for u in self.units])
        langs = np.asarray(self.resume_langs, dtype=object)
        for j, items in enumerate(self.items):
            rows = slice(self.offsets[j], self.offsets[j + 1])
            w, req = np.array([i.weight for i in items]), np.array([i.required for i in items])
            for lang in set(self.resume_langs):  # one null per (gig language, CV language)
                rs = np.flatnonzero(langs == lang)
                credit = self.credit(self.best[rows][:, rs], n_units[rs][None, :], int(rs[0]), j)
                out[rs, j] = combine(credit, self.status(credit) == "missing", w, req)
        return out

    def best_of(self, r: int, g: int) -> tuple[np.ndarray, list[str]]:
        rows = slice(self.offsets[g], self.offsets[g + 1])
        return self.best[rows, r], [self.flat_units[k] for k in self.where[rows, r]]


class PairJudge(Judge):
    """``req:<model>``'s breakdown of one pair at a time, as :class:`RequirementScorer` gives it, without scoring
    every pair: the calibration embeds only its sampled items and sentences, each pair only its own. The Inspector
    shows one pair (at 2,000 x 300 every pair took 1.3 s under TF-IDF, one pair takes milliseconds)."""

    KEEP = 64  # pairs whose best sentences are kept (a session clicks through a few pairs)

    def __init__(self, info: EncoderInfo, base, units, items, nulls, langs, cache):
        super().__init__(info, base, units, items, nulls, langs)
        self.cache, self._pairs, self._lock = cache, {}, threading.Lock()

    def best_of(self, r: int, g: int) -> tuple[np.ndarray, list[str]]:
        with self._lock:
            found = self._pairs.get((r, g))
        if found is None:
            found = self._best_of(r, g)
            with self._lock:
                self._pairs[(r, g)] = found
                while len(self._pairs) > self.KEEP:
                    self._pairs.pop(next(iter(self._pairs)))
        return found

    def _best_of(self, r: int, g: int) -> tuple[np.ndarray, list[str]]:
        items, units = self.items[g], self.units[r]
        if not items:
            return np.zeros(0, np.float32), []
        Q, _ = _vectors(self.base, [i.text for i in items], "gig", self.cache)
        S, _ = _vectors(self.base, units, "resume", self.cache)
        best, where = _best(Q, S, np.array([0, len(units)]))
        return best[:, 0], [units[k] for k in where[:, 0]]


def resume_units(text: str) -> list[str]:
    """The CV sentences a requirement is matched against (the Inspector's units)."""
    return sentences(text)[:MAX_UNITS] or [text[:400] or "(empty)"]


def _vectors(enc, texts: list[str], side: str, cache):
    emb = embed_texts(enc, texts, side, ChunkSettings(aggregation="first"), cache)
    return emb.doc_vectors, emb.encoded


def _dense(m) -> np.ndarray:
    return np.asarray(m.toarray() if hasattr(m, "toarray") else m, dtype=np.float32)


def _best(Q, S, bounds: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Per item and resume: the best sentence's similarity and its index (resume r owns sentences bounds[r] to
    bounds[r + 1]), computed a block of whole resumes at a time (memory stays bounded on large corpora)."""
    n_resumes = len(bounds) - 1
    best = np.zeros((Q.shape[0], n_resumes), np.float32)
    where = np.zeros((Q.shape[0], n_resumes), np.int64)
    step = max(1, BLOCK // max(Q.shape[0], 1))
    r = 0
    while r < n_resumes:
        end = int(np.searchsorted(bounds, bounds[r] + step, side="right")) - 1
        end = min(max(end, r + 1), n_resumes)
        lo = bounds[r]
        sims = _dense(Q @ S[lo:bounds[end]].T)
        for k in range(r, end):
            block = sims[:, bounds[k] - lo:bounds[k + 1] - lo]
            where[:, k] = bounds[k] + block.argmax(axis=1)
            best[:, k] = block.max(axis=1)
        r = end
    return best, where


def null_samples(q_langs: list[str], s_langs: list[str], seed: int = 0) -> dict:
    """Which requirements and CV sentences (flat indexes) the calibration compares: a sample of all of them (key
    None) and per (gig language, CV language) with at least NULL_MIN pairs; it depends on the languages only, so
    a calibration embedding just these gives the same nulls as one embedding every sentence."""
    rng = np.random.default_rng(seed)
    q_langs, s_langs = np.asarray(q_langs, dtype=object), np.asarray(s_langs, dtype=object)

    def sample(qi: np.ndarray, si: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        side = int(np.sqrt(NULL_PAIRS))
        qi = rng.choice(qi, size=min(side, len(qi)), replace=False)
        return qi, rng.choice(si, size=min(NULL_PAIRS // len(qi), len(si)), replace=False)

    out = {None: sample(np.arange(len(q_langs)), np.arange(len(s_langs)))}
    for gl in sorted(set(q_langs)):
        for rl in sorted(set(s_langs)):
            qi, si = np.flatnonzero(q_langs == gl), np.flatnonzero(s_langs == rl)
            if len(qi) * len(si) >= NULL_MIN:
                out[(gl, rl)] = sample(qi, si)
    return out


def _nulls(Q, S, q_langs: list[str], s_langs: list[str], seed: int = 0) -> dict:
    """Sorted samples of the model's requirement x sentence similarities on this corpus (:func:`null_samples`)."""
    return {k: np.sort(_dense(Q[qi] @ S[si].T).ravel()) for k, (qi, si) in null_samples(q_langs, s_langs, seed).items()}


def _sampled_nulls(enc, items: list[str], units: list[str], q_langs: list[str], s_langs: list[str], cache) -> dict:
    """:func:`_nulls` embedding only the sampled requirements and sentences (flat ``items`` and ``units`` texts)."""
    samples = null_samples(q_langs, s_langs)
    qs = np.unique(np.concatenate([qi for qi, _ in samples.values()])).astype(np.int64)
    ss = np.unique(np.concatenate([si for _, si in samples.values()])).astype(np.int64)
    Q, _ = _vectors(enc, [items[k] for k in qs], "gig", cache)
    S, _ = _vectors(enc, [units[k] for k in ss], "resume", cache)
    return {k: np.sort(_dense(Q[np.searchsorted(qs, qi)] @ S[np.searchsorted(ss, si)].T).ravel())
            for k, (qi, si) in samples.items()}


def _read(name: str, base, resumes: Sequence[Document], gigs: Sequence[Document], options: Options):
    """Each CV's sentences, each gig's items, the model's info and the languages (ValueError for a pair scorer)."""
    if getattr(base.encoder, "pair_scorer", False) or base.resumes is None:
        raise ValueError(f"{name}: {base.name} gives one score per whole pair, so it cannot find each requirement's "
                         "best CV sentence; use a model that embeds texts (tfidf, e5-small-multilingual, …)")
    units = [resume_units(model_text(r, options)) for r in resumes]
    items = [scored(g) for g in gigs]
    info = EncoderInfo(name=name, kind="requirements", score_kind="unbounded", languages=base.info.languages,
                       dim=None, max_tokens=None, offline_ready=base.info.offline_ready, source=name,
                       sends_data=base.info.sends_data,
                       description=f"each gig requirement's best CV sentence under {base.name}, weighted; a "
                                   "missing required item caps the score at 0.5")
    q_langs = [g.lang for g, its in zip(gigs, items) for _ in its]
    s_langs = [r.lang for r, us in zip(resumes, units) for _ in us]
    return units, items, info, (q_langs, s_langs), ([r.lang for r in resumes], [g.lang for g in gigs])


def pair_judge(name: str, base, resumes: Sequence[Document], gigs: Sequence[Document], options: Options,
               cache) -> PairJudge:
    """``req:<base>``'s breakdown of any one pair (:class:`PairJudge`), calibrated as :func:`requirement_scores`
    calibrates it; ValueError for a pair scorer."""
    units, items, info, (q_langs, s_langs), langs = _read(name, base, resumes, gigs, options)
    nulls = _sampled_nulls(base.encoder, [r.text for its in items for r in its], [u for us in units for u in us],
                           q_langs, s_langs, cache)
    return PairJudge(info, base.encoder, units, items, nulls, langs, cache)


def requirement_scores(name: str, base, resumes: Sequence[Document], gigs: Sequence[Document],
                       options: Options, cache, say=lambda *a: None):
    """The scorer of ``req:<base>`` on these documents (its ``matrix()`` is the score matrix); ``base`` is the part's
    ModelResult (its encoder, fitted on this corpus when the model needs it). ValueError for a pair scorer."""
    units, items, info, (q_langs, s_langs), langs = _read(name, base, resumes, gigs, options)
    enc = base.encoder
    say("requirements", 0, 2)
    S, n_s = _vectors(enc, [u for us in units for u in us], "resume", cache)
    say("requirements", 1, 2)
    Q, n_q = _vectors(enc, [r.text for its in items for r in its], "gig", cache)
    best, where = _best(Q, S, np.cumsum([0] + [len(u) for u in units]))
    say("requirements", 2, 2)
    return RequirementScorer(info, enc, units, items, best, where, _nulls(Q, S, q_langs, s_langs), langs), n_s + n_q


def score_result(name: str, base, resumes, gigs, options: Options, cache, say=lambda *a: None):
    """``req:<base>`` as a ModelResult (scoring.matching.score_model builds it here)."""
    from matchlens.scoring.results import ModelResult

    t0 = time.perf_counter()
    scorer, encoded = requirement_scores(name, base, resumes, gigs, options, cache, say)
    return ModelResult(name, scorer.info, scorer.matrix(), None, None, scorer,
                       base.seconds + time.perf_counter() - t0, encoded)
