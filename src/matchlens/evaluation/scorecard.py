"""The scorecard: which matcher, and are we sure? One row per model and one sentence the numbers support.

Quality on the user's labels (ROC-AUC and average precision with bootstrap CIs, resampling resumes), the paired
difference to the best model (the same resamples for every model, so the CI is of the difference itself), speed
measured in this run, languages, a cross-language probe (the same CV in French and English must score the gigs
alike: Spearman rho of their scores), offline, and the fairness audit's worst figures when it was run (the lowest
impact ratio of a group of names, with its CI, and the largest rank change). The
sentence never claims what the CIs do not support; when they cannot tell, it estimates how many more labelled
pairs would (the CI's half-width shrinks as 1/sqrt(n)).
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from matchlens.evaluation import metricset
from matchlens.evaluation.labeled import corpus_pairs
from matchlens.evaluation.metrics import PRIMARY_RANKING, pairs as labelled_pairs
from matchlens.scoring.results import Comparison

BASELINE = "tfidf"
VERDICT_METRIC = "roc_auc"  # the pair metric the rows are sorted by and the sentence speaks of


@dataclass
class Scorecard:
    table: object          # pandas DataFrame, one row per model, best first
    sentence: str
    n_labels: int


def paired_bootstrap(y: np.ndarray, scores: dict[str, np.ndarray], groups: np.ndarray, n_boot: int = 1000,
                     seed: int = 0, metric: str = VERDICT_METRIC) -> dict[str, np.ndarray]:
    """``metric`` (a key of ``metricset``) of every model on the same resamples of resumes: (n_boot,) per model,
    NaN for one-class resamples."""
    y = np.asarray(y, dtype=float)
    data = {m: labelled_pairs(s, y) for m, s in scores.items()}
    found = metricset.find(metric)
    boots = metricset.pair_boots(data, [found[0]], n_boot, seed, np.asarray(groups))
    return {m: b[metric] for m, b in boots.items()}


def language_probe(comp: Comparison, model: str) -> float | None:
    """Spearman rho between the gig scores of a CV and its translation, when the corpus holds such a pair
    (resumes whose names differ only by their language prefix, as the sample's fr_/en_ nurse); None otherwise."""
    from scipy.stats import spearmanr

    pairs = _translations(comp)
    if not pairs or comp.results[model].scores.shape[1] < 3:
        return None
    s = comp.results[model].scores
    rhos = [spearmanr(s[i], s[j]).statistic for i, j in pairs]
    return float(np.nanmean(rhos)) if rhos else None


def _translations(comp: Comparison) -> list[tuple[int, int]]:
    """Resumes of the same person in two languages: the same name words found by blind masking."""
    from matchlens.preprocess.masking import fold, found_in

    by: dict[frozenset, list[int]] = {}
    for i, found in enumerate(found_in([d.text for d in comp.resumes], "name")):  # masking's own, read once
        names = frozenset(fold(v) for v in found)
        if names:
            by.setdefault(names, []).append(i)
    return [(idx[0], idx[1]) for idx in by.values()
            if len(idx) == 2 and comp.resumes[idx[0]].lang != comp.resumes[idx[1]].lang]


def scorecard(comp: Comparison, labels: dict, positive_min: float = 1.0, n_boot: int = 1000, seed: int = 0,
              audit_table=None, ranking: dict | None = None, audit=None) -> Scorecard:
    """One row per model; ``ranking``: :func:`labeled.evaluate_ranking_files` results on a ranking set, added as
    MRR / hit@10 / recall@10 / nDCG@10 columns with the paired MRR difference to the best model (same query resamples); ``audit``: an
    :class:`audit.AuditResult` (or only its ``audit_table``) for the fairness columns."""
    from matchlens.evaluation.audit import worst_by_model

    worst = worst_by_model(*((audit.table, audit.selection) if audit is not None else (audit_table, None)))
    card = _label_card(comp, labels, positive_min, n_boot, seed, worst)
    if not ranking:
        return card
    rows = ranking_rows(ranking, n_boot, seed)
    if not len(card.table):
        return Scorecard(rows, ranking_verdict(ranking, n_boot, seed) + " " + card.sentence, card.n_labels)
    table = card.table.merge(rows, on="model", how="left")
    return Scorecard(table, card.sentence + " " + ranking_verdict(ranking, n_boot, seed), card.n_labels)


def _label_card(comp: Comparison, labels: dict, positive_min: float, n_boot: int, seed: int,
                worst) -> Scorecard:
    import pandas as pd

    pairs, lab = corpus_pairs(comp, labels)
    y = (np.asarray(lab) >= positive_min).astype(int)
    if len(pairs) < 4 or y.min() == y.max():
        return Scorecard(pd.DataFrame(), f"Not enough labels to compare models ({len(pairs)} labelled pairs; both "
                                         "fits and non-fits are needed). Label pairs in the Inspector.", len(pairs))
    ri, gi = np.array([p[0] for p in pairs]), np.array([p[1] for p in pairs])
    data = {m: labelled_pairs(res.scores[ri, gi].astype(float), lab, positive_min=positive_min,
                              score_kind=res.info.score_kind) for m, res in comp.results.items()}
    quality = quality_columns(data, n_boot, seed, ri)
    boots = {m: b[VERDICT_METRIC] for m, b in quality.boots.items()}
    auc = {m: v[VERDICT_METRIC] for m, v in quality.values.items()}
    best = max(auc, key=auc.get)
    fairness = _fairness(worst)
    rows = []
    for m in data:
        res = comp.results[m]
        n_texts = len(comp.resumes) + len(comp.gigs)
        rows.append({
            "model": m, **quality.row(m),
            f"difference to {best}": auc[best] - auc[m],
            "difference 95% CI": _ci(boots[best] - boots[m]) if m != best else (float("nan"), float("nan")),
            "documents/s (this run)": round(n_texts / res.seconds, 1) if res.encoded and res.seconds > 0 else None,
            "weights in memory (MB)": weights_mb(res.encoder),
            "languages": res.info.languages, "same CV across languages (rho)": language_probe(comp, m),
            "offline": res.info.offline_ready and not res.info.sends_data,
            **fairness.get(m, _fairness_row(None)),
        })
    table = pd.DataFrame(rows).sort_values(VERDICT_METRIC, ascending=False, ignore_index=True)
    return Scorecard(table, verdict(auc, boots, len(pairs), metric=_label(VERDICT_METRIC)), len(pairs))


@dataclass
class Quality:
    """The Scorecard's pair metrics per model: values, and their resamples (the same for every model)."""

    values: dict[str, dict[str, float]]
    boots: dict[str, dict[str, np.ndarray]]

    def row(self, model: str) -> dict:
        """Each metric and its 95% CI, in the table's order."""
        out = {}
        for key, v in self.values[model].items():
            out[key] = v
            if key in self.boots[model]:
                out[f"{key}_ci"] = _ci(self.boots[model][key])
        return out


def quality_columns(data: dict, n_boot: int, seed: int, groups: np.ndarray) -> Quality:
    """The ``scorecard`` pair metrics of ``metricset`` for every model, by the functions Evaluation uses
    (``pair_values``, ``pair_boots``): the same pairs, seed and resamples give the same figures and intervals."""
    chosen = [m for m in metricset.of_kind(metricset.PAIR) if m.headline]
    values = {m: metricset.pair_values(p, chosen) for m, p in data.items()}
    return Quality(values, metricset.pair_boots(data, chosen, n_boot, seed, groups))


def _label(key: str) -> str:
    found = metricset.find(key)
    return found[0].title(found[1]) if found else key


def _rr_boots(ranking: dict, n_boot: int, seed: int) -> dict[str, np.ndarray]:
    """Mean reciprocal rank of every model on the same resamples of queries: (n_boot,) per model."""
    rr = {m: np.asarray(r["per_query_rr"], dtype=float) for m, r in ranking.items()}
    return metricset.mean_boots(rr, n_boot, seed)


def ranking_rows(ranking: dict, n_boot: int = 1000, seed: int = 0):
    """The ranking set's columns: MRR with CI, hit@10, recall@10, nDCG@10, paired MRR difference to the best
    model, ties."""
    import pandas as pd

    boots = _rr_boots(ranking, n_boot, seed)
    key, name = PRIMARY_RANKING, _label(PRIMARY_RANKING)
    best = max(ranking, key=lambda m: ranking[m][key])
    columns = [m.name(metricset.SCORECARD_K) for m in metricset.of_kind(metricset.RANKING) if m.headline]
    rows = []
    for m, r in ranking.items():
        rows.append({"model": m, **{c: r.get(c) for c in columns}, f"{key}_ci": r.get(f"{key}_ci", _ci(boots[m])),
                     f"{name} difference to {best}": ranking[best][key] - r[key],
                     f"{name} difference 95% CI": _ci(boots[best] - boots[m]) if m != best else (float("nan"),) * 2,
                     "ranking queries (with ties)": f"{r['n_queries']} ({r.get('n_queries_with_ties', 0)})"})
    table = pd.DataFrame(rows).sort_values(key, ascending=False, ignore_index=True)
    return table[["model", key, f"{key}_ci", *[c for c in table.columns if c not in ("model", key, f"{key}_ci")]]]


def ranking_verdict(ranking: dict, n_boot: int = 1000, seed: int = 0) -> str:
    """The sentence for the ranking set, by the same rule as for labels (never beyond what the CI supports)."""
    mrr = {m: r[PRIMARY_RANKING] for m, r in ranking.items()}
    n = min(r["n_queries"] for r in ranking.values())
    return verdict(mrr, _rr_boots(ranking, n_boot, seed), n, metric=_label(PRIMARY_RANKING), unit="ranking queries",
                   over="queries")


def weights_mb(obj, depth: int = 4) -> float | None:
    """Memory the model's arrays take (torch parameters and buffers, numpy and sparse arrays, fitted vocabularies),
    found by walking its attributes; None when it holds none (nothing loaded yet)."""
    seen: set[int] = set()

    def walk(o, d: int) -> int:
        if id(o) in seen or d < 0 or o is None or isinstance(o, (str, bytes, int, float, bool)):
            return 0
        seen.add(id(o))
        if hasattr(o, "parameters") and hasattr(o, "buffers") and callable(o.parameters):  # a torch module
            return sum(t.numel() * t.element_size() for t in list(o.parameters()) + list(o.buffers()))
        if isinstance(o, np.ndarray):
            return int(o.nbytes)
        if hasattr(o, "data") and hasattr(o, "indices") and hasattr(o, "indptr"):  # scipy sparse
            return int(o.data.nbytes + o.indices.nbytes + o.indptr.nbytes)
        if isinstance(o, dict):  # a fitted vocabulary: ~100 bytes per entry in CPython
            return 100 * len(o) + sum(walk(v, d - 1) for v in list(o.values())[:1000])
        if isinstance(o, (list, tuple)):
            return sum(walk(v, d - 1) for v in o[:1000])
        return sum(walk(v, d - 1) for v in getattr(o, "__dict__", {}).values())

    total = walk(obj, depth)
    if isinstance(getattr(type(obj), "model", None), property):  # weights behind a lazy property, loaded by now
        try:
            total += walk(obj.model, depth)
        except Exception:  # a model that cannot load has no memory to report
            pass
    return round(total / 1e6, 1) if total else None


def _ci(values: np.ndarray) -> tuple[float, float]:
    """The 95% interval of a figure's paired resamples (``metricset.interval``: one rule for every page)."""
    return metricset.interval(values)


def _fairness(worst) -> dict[str, dict]:
    """The fairness columns per model, from :func:`audit.worst_by_model`."""
    return {r["model"]: _fairness_row(r) for r in worst.to_dict("records")}


def _fairness_row(r: dict | None) -> dict:
    r = r or {}
    ratio, moved = r.get("lowest impact ratio"), r.get("max rank change")
    ci = r.get("impact ratio 95% CI")
    return {"lowest impact ratio (audit)": None if ratio is None or ratio != ratio else float(ratio),
            "impact ratio 95% CI": tuple(ci) if isinstance(ci, (tuple, list)) else (float("nan"), float("nan")),
            "least selected group (audit)": r.get("least selected group") if ratio == ratio else None,
            "max rank change (audit)": None if moved is None or moved != moved else int(moved)}


def verdict(auc: dict, boots: dict, n: int, metric: str = "ROC-AUC", unit: str = "labelled pairs",
            over: str = "resumes") -> str:
    """The plain sentence: who beats the keyword baseline (or the runner-up), by how much, and how sure.
    ``auc``: the metric per model on all items; ``boots``: its paired resamples; ``n``: items (pairs, queries)."""
    ranked = sorted(auc, key=auc.get, reverse=True)
    best = ranked[0]
    other = BASELINE if BASELINE in auc and best != BASELINE else (ranked[1] if len(ranked) > 1 else None)
    if other is None:
        return f"Only {best} was scored: {metric} {auc[best]:.2f} on your {n} {unit}."
    diff = boots[best] - boots[other]
    lo, hi = _ci(diff)
    d = auc[best] - auc[other]
    if lo > 0:
        return (f"{best} beats {other} by {d:.2f} {metric} [{lo:.2f}, {hi:.2f}] on your {n} {unit} "
                f"(95% paired bootstrap over {over}).")
    half = (hi - lo) / 2
    if d <= 0.005:
        return (f"No model is reliably better than {other} on your {n} {unit}: the difference is within "
                f"±{half:.2f} {metric}.")
    sigma = (hi - lo) / (2 * 1.96)  # 80% power at the 5% level needs the difference at 2.8 standard errors
    needed = max(10, int(np.ceil(n * (2.8 * sigma / d) ** 2 - n) / 10) * 10 + 10)
    return (f"No model is reliably better than {other} on your {n} {unit}: {best} leads by {d:.2f} {metric} "
            f"but the 95% interval [{lo:.2f}, {hi:.2f}] includes 0; about {max(needed, 1):,} more {unit} "
            f"would tell.")
