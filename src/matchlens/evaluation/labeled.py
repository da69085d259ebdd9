"""Run the evaluators on labeled data: the corpus's own labels, a pairs CSV, or a ranking set.

Same computations for the Evaluation page and ``matchlens evaluate``; embeddings come from the cache.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Sequence

import numpy as np

from matchlens.evaluation import calibration, metricset, metrics as evaluation
from matchlens.scoring.cache import EmbeddingCache
from matchlens.ingest.labels import label_value
from matchlens.labelvocab import LABEL_VALUE, spelled
from matchlens.encoders import create
from matchlens.encoders.registry import model_kind, parse_model
from matchlens.encoders.spec import hybrid_name
from matchlens.options import Options
from matchlens.scoring.results import Comparison
from matchlens.scoring.pairs import score_matrix, score_pairs


@dataclass
class ModelEval:
    metrics: dict
    scores: np.ndarray
    labels: np.ndarray
    calibrated: np.ndarray | None = None
    calibrator: calibration.Calibrator | None = None
    pairs: list = field(default_factory=list)   # (resume_idx, gig_idx) for corpus labels


TRAINED_PAIRS = "pair_hashes.json"  # in a trained model's folder: hashes of the pairs it was trained on


def pair_hash(a: str, b: str) -> str:
    """A pair of texts, whitespace-insensitive, as a short hash (the texts themselves are never stored)."""
    import hashlib

    return hashlib.sha256((" ".join(a.split()) + "\0" + " ".join(b.split())).encode()).hexdigest()[:24]


def trained_pairs(model: str) -> set[str]:
    """Hashes of the pairs a matchlens-trained model saw in training (empty for any other model)."""
    import json
    from matchlens.encoders import saved_models

    folder = saved_models().get(model) or Path(model).expanduser()
    try:
        return set(json.loads((folder / TRAINED_PAIRS).read_text())["train"])
    except (OSError, ValueError, KeyError, TypeError):
        return set()


def leaked(models: Sequence[str], text_pairs: Sequence[tuple[str, str]]) -> dict[str, int]:
    """How many of the evaluated (resume, job) text pairs each model was trained on (leakage), when any."""
    hashes = [pair_hash(a, b) for a, b in text_pairs]
    out = {}
    for m in models:
        seen = trained_pairs(m)
        n = sum(h in seen for h in hashes) if seen else 0
        if n:
            out[m] = n
    return out


def without_trained(comp: Comparison, labels: dict, models: Sequence[str]) -> dict:
    """The labels minus the pairs any of these models was trained on: the held-out evaluation."""
    seen = set().union(*(trained_pairs(m) for m in models)) if models else set()
    texts = {d.id: d.text for d in comp.resumes + comp.gigs}
    return {(r, g): lab for (r, g), lab in labels.items()
            if r in texts and g in texts and pair_hash(texts[r], texts[g]) not in seen}


def corpus_pairs(comp: Comparison, labels: dict) -> tuple[list[tuple[int, int]], np.ndarray]:
    r_pos = {d.id: i for i, d in enumerate(comp.resumes)}
    g_pos = {d.id: j for j, d in enumerate(comp.gigs)}
    pairs, values = [], []
    for (r, g), lab in labels.items():
        if r in r_pos and g in g_pos and lab in LABEL_VALUE:
            pairs.append((r_pos[r], g_pos[g]))
            values.append(LABEL_VALUE[lab])
    return pairs, np.asarray(values, dtype=float)


def evaluate_comparison(comp: Comparison, labels: dict, *, threshold: float | None = None,
                        calibrate: str | None = "platt", positive_min: float = 1.0, n_boot: int = 300,
                        seed: int = 0) -> dict[str, ModelEval]:
    """Per model metrics on the corpus labels; calibration fitted on a grouped split, scored on the rest."""
    pairs, lab = corpus_pairs(comp, labels)
    if not pairs:
        return {}
    ri = np.array([p[0] for p in pairs])
    gi = np.array([p[1] for p in pairs])
    y = (lab >= positive_min).astype(int)
    train, test = calibration.grouped_split(ri, gi, 0.4, seed)
    out = {}
    for m, res in comp.results.items():
        s = res.scores[ri, gi].astype(float)
        cal, probs = None, None
        if calibrate and len(np.unique(y[train])) == 2:
            cal = calibration.fit(s[train], y[train], calibrate)
            probs = cal.predict(s)
        metrics = evaluation.pair_metrics(s, lab, threshold=threshold, positive_min=positive_min,
                                          calibrated=probs, n_boot=n_boot, seed=seed, groups=ri,
                                          score_kind=res.info.score_kind, heldout=test)
        if cal is not None and test.any():
            metrics["n_heldout"] = int(test.sum())
        out[m] = ModelEval(metrics, s, lab, probs, cal, pairs)
    texts = [(comp.resumes[i].text, comp.gigs[j].text) for i, j in pairs]
    for m, n in leaked(list(out), texts).items():
        out[m].metrics["trained_on_pairs"] = n
    return out


@dataclass
class HybridChoice:
    """Weights fitted on one part of the labels, judged with every component on the held-back part."""

    name: str                 # hybrid:<a>+<b>:<method>:<w1>,<w2>: usable as a model everywhere
    weights: list[float]
    fit_ap: float             # average precision on the pairs the weights were chosen on
    heldout: dict             # model -> {"roc_auc", "average_precision"} on held-back pairs
    n_fit: int
    n_heldout: int
    components: list[str] = field(default_factory=list)

    @property
    def useless(self) -> list[str]:
        """Parts whose chosen weight is 0: they add nothing on these labels."""
        return [c for c, w in zip(self.components, self.weights) if w == 0]

    def verdict(self) -> str:
        """One sentence a person can act on."""
        if not self.useless:
            return f"Weights {', '.join(f'{c} {w:g}' for c, w in zip(self.components, self.weights))} chosen."
        kept = [c for c in self.components if c not in self.useless]
        return (f"{', '.join(self.useless)} add{'s' if len(self.useless) == 1 else ''} nothing on these labels "
                f"(weight 0): the hybrid is {', '.join(kept)} alone; use {kept[0] if len(kept) == 1 else 'it'} "
                f"directly.")


def tune_hybrid(comp: Comparison, labels: dict, components: Sequence[str], method: str = "z",
                positive_min: float = 1.0, seed: int = 0, steps: int = 11) -> HybridChoice:
    """Choose fusion weights on a grouped split of the labels (no resume or gig on both sides)."""
    from sklearn.metrics import average_precision_score, roc_auc_score

    from matchlens.scoring import fusion

    if len(components) < 2:
        raise ValueError("pick at least two models to fuse")
    pairs, lab = corpus_pairs(comp, labels)
    y = (lab >= positive_min).astype(int)
    ri, gi = np.array([p[0] for p in pairs], int), np.array([p[1] for p in pairs], int)
    train, test = calibration.grouped_split(ri, gi, 0.4, seed)
    if len(np.unique(y[train])) < 2 or len(np.unique(y[test])) < 2:
        raise ValueError("not enough labels: both parts of the split need fits and non-fits "
                         f"({int(train.sum())} pairs to fit, {int(test.sum())} held back)")
    mats = [comp.results[c].scores for c in components]
    fit_pairs = [pairs[i] for i in np.flatnonzero(train)]
    weights, fit_ap = fusion.fit_weights(mats, fit_pairs, y[train], method, steps)
    name = hybrid_name(components, method, weights)
    candidates = {**{c: m for c, m in zip(components, mats)}, name: fusion.fuse(mats, method, weights)}
    heldout = {m: {"roc_auc": float(roc_auc_score(y[test], s[ri[test], gi[test]])),
                   "average_precision": float(average_precision_score(y[test], s[ri[test], gi[test]]))}
               for m, s in candidates.items()}
    return HybridChoice(name, list(weights), fit_ap, heldout, int(train.sum()), int(test.sum()), list(components))


def tune_hybrid_ranking(queries: str, corpus: str, components: Sequence[str], method: str = "z",
                        text_col: str = "text", label_col: str = "label", qrels: str | None = None,
                        options=None, seed: int = 0, steps: int = 11, cache=None) -> HybridChoice:
    """Choose fusion weights on half of a ranking set's queries (MRR), judge every part and the hybrid on the other
    half: the weights a user would deploy, measured on queries they were not chosen on."""
    from matchlens.scoring import fusion

    if len(components) < 2:
        raise ValueError("pick at least two models to fuse")
    qt, ct, rel = ranking_set(queries, corpus, text_col, label_col, qrels)
    keep = rel.max(axis=1) > 0
    cache = EmbeddingCache() if cache is None else cache
    mats = [ranking_scores(m, qt, ct, cache, options)[keep].T for m in components]  # (corpus, queries)
    rel = rel[keep]
    order = np.random.default_rng(seed).permutation(len(rel))
    fit, held = np.sort(order[: len(order) // 2]), np.sort(order[len(order) // 2:])
    if len(fit) < 2 or len(held) < 2:
        raise ValueError(f"too few queries with a relevant item ({len(rel)}) to choose weights and check them")

    def mrr(fused: np.ndarray, idx: np.ndarray) -> float:
        return float(evaluation.expected_reciprocal_rank(fused[:, idx].T, rel[idx] > 0).mean())

    weights, fit_mrr = fusion.search_weights(mats, method, steps, lambda fused: mrr(fused, fit))
    name = hybrid_name(components, method, weights)
    candidates = {**dict(zip(components, mats)), name: fusion.fuse(mats, method, weights)}
    heldout = {m: {"mrr": mrr(s, held)} for m, s in candidates.items()}
    return HybridChoice(name, list(weights), fit_mrr, heldout, len(fit), len(held), list(components))


def metrics_table(results: dict[str, ModelEval]):
    import pandas as pd

    rows = []
    for m, ev in results.items():
        row = {"model": m}
        for k in metricset.shown_keys(page=True):
            if k in ev.metrics:
                row[k] = round(ev.metrics[k], 4)
        for k in (x.key for x in metricset.of_kind(metricset.PAIR) if x.headline):
            lo, hi = ev.metrics.get(f"{k}_ci", (np.nan, np.nan))
            row[f"{k} 95% CI"] = f"[{lo:.3f}, {hi:.3f}]" if np.isfinite(lo) else ""
        rows.append(row)
    return pd.DataFrame(rows)


def score_text_pairs(model: str, a: Sequence[str], b: Sequence[str], cache=None,
                     options: Options | None = None) -> np.ndarray:
    """Score of each (resume a[i], job b[i]) under one model, exactly as a comparison of the pairs' distinct texts
    scores it under ``options`` (default ``Options()``, blind as in the app): see scoring.pairs.score_pairs."""
    return score_pairs(model, a, b, options or Options(), cache)


def _score_kind(model: str) -> str:
    if model_kind(model) != "single":
        return "unbounded"  # composite names: their scores are fused ranks or z-scores
    try:
        return create(model).info.score_kind
    except Exception:
        return "unbounded"


def parse_labels(values) -> np.ndarray:
    """Numeric labels (0..1) or words (labelvocab: fit / partial / no, oui / partiel / non...); raises on the first
    other value."""
    out = []
    for v in values:
        value = label_value(v)
        if value is None:
            raise ValueError(f"unknown label {v!r} (use 0..1 or {spelled('/')})")
        out.append(value)
    return np.asarray(out, dtype=float)


def evaluate_pairs_file(path: str, models: Sequence[str], resume_col: str = "resume", job_col: str = "job",
                        label_col: str = "label", threshold: float | None = None, positive_min: float = 1.0,
                        n_boot: int = 300, cache=None, options: Options | None = None) -> tuple[dict, dict]:
    """Metrics per model on a CSV of (resume text, job text, label); returns (metrics, errors). The pairs are
    scored as the app scores a corpus under ``options`` (default ``Options()``: resumes read blind)."""
    from matchlens.ingest.errors import IngestError
    from matchlens.ingest.labels import read_label_table

    try:
        df, problems = read_label_table(path, {"resume": resume_col, "gig": job_col, "label": label_col})
    except IngestError as exc:
        raise ValueError(f"{exc.name}: {exc.reason}") from None
    if df.empty:
        raise ValueError(f"{Path(path).name}: no pair with a readable label" + "".join(f"; {p.reason}" for p in problems))
    resume_col, job_col, lab = "resume", "gig", df["value"].to_numpy(float)
    cache = EmbeddingCache() if cache is None else cache
    results, errors = {}, {f"{p.name} (file)": p.reason for p in problems}
    for m in models:
        try:
            s = score_text_pairs(m, df[resume_col].tolist(), df[job_col].tolist(), cache, options)
        except Exception as exc:  # report per model, keep going
            errors[m] = f"{type(exc).__name__}: {exc}"
            continue
        results[m] = evaluation.pair_metrics(s, lab, threshold=threshold, positive_min=positive_min, n_boot=n_boot,
                                             score_kind=_score_kind(m))
    for m, n in leaked(list(results), list(zip(df[resume_col], df[job_col]))).items():
        results[m]["trained_on_pairs"] = n
    return results, errors


def evaluate_ranking_files(queries: str, corpus: str, models: Sequence[str], text_col: str = "text",
                           label_col: str = "label", ks: Sequence[int] = (1, 5, 10), n_boot: int = 300,
                           qrels: str | None = None, cache=None, options: Options | None = None) -> tuple[dict, dict]:
    """Queries and corpus CSVs; an item is relevant when its label equals the query's (or per qrels).
    Queries are read as gigs and the corpus as resumes, under ``options`` (default ``Options()``: the corpus read
    blind, fields, aggregation) as in the app."""
    qt, ct, rel = ranking_set(queries, corpus, text_col, label_col, qrels)
    cache = EmbeddingCache() if cache is None else cache
    results, errors = {}, {}
    for m in models:
        try:
            sims = ranking_scores(m, qt, ct, cache, options)
        except Exception as exc:
            errors[m] = f"{type(exc).__name__}: {exc}"
            continue
        results[m] = evaluation.ranking_metrics(sims, rel, ks, n_boot=n_boot)
    return results, errors


def ranking_scores(model: str, qt: Sequence[str], ct: Sequence[str], cache=None,
                   options: Options | None = None) -> np.ndarray:
    """(queries, corpus) scores: the corpus as resumes, the queries as gigs, scored as a comparison of them
    (hybrids fused and re-rankers shortlisted per query). A pair scorer alone would score every query x item:
    refused, it belongs in a re-ranker."""
    encoders = None
    if not parse_model(model).composite:
        enc = create(model)
        if enc.pair_scorer:
            raise ValueError("ranking with a pair scorer would score every query x item; use it as a re-ranker "
                             f"(rerank:{model}@<bi-encoder>[:k])")
        encoders = {model: enc}
    return score_matrix(model, ct, qt, options or Options(), cache, encoders=encoders).T


def ranking_set(queries: str, corpus: str, text_col: str, label_col: str,
                qrels: str | None) -> tuple[list[str], list[str], np.ndarray]:
    """Query texts, corpus texts and the (queries, corpus) relevance matrix of a ranking set's CSV files."""
    q = _table(queries, [text_col] + ([] if qrels else [label_col]) + (["id"] if qrels else []))
    c = _table(corpus, [text_col] + ([] if qrels else [label_col]) + (["id"] if qrels else []))
    return q[text_col].tolist(), c[text_col].tolist(), relevance_matrix(q, c, label_col, qrels)


def _table(path: str, columns: list[str]):
    """A ranking set's file read like any table (separator, encoding, XLSX: ingest.table); ValueError naming the
    columns it lacks."""
    from matchlens.ingest.errors import IngestError
    from matchlens.ingest.labels import read_file_table

    name = Path(path).name
    try:
        df = read_file_table(path)
    except IngestError as exc:
        raise ValueError(f"{name}: {exc.reason}") from None
    missing = [col for col in columns if col not in df.columns]
    if missing:
        raise ValueError(f"{name}: no column {', '.join(map(repr, missing))} (columns: {', '.join(df.columns[:12])})")
    return df


def relevance_matrix(q, c, label_col: str, qrels: str | None) -> np.ndarray:
    if qrels:
        qr = _table(qrels, ["query_id", "corpus_id"])
        qpos = {v: i for i, v in enumerate(q["id"])}
        cpos = {v: i for i, v in enumerate(c["id"])}
        rel = np.zeros((len(q), len(c)))
        for row in qr.itertuples():
            if row.query_id in qpos and row.corpus_id in cpos:
                rel[qpos[row.query_id], cpos[row.corpus_id]] = float(getattr(row, "relevance", 1) or 1)
        return rel
    return (q[label_col].to_numpy()[:, None] == c[label_col].to_numpy()[None, :]).astype(float)
