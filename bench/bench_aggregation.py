"""Long documents and hubs (issue #33 part 1): today's three aggregations vs the mean of the top-k chunk pairs and
hubness reduction of the score matrix (CSLS, per-document z, mutual proximity), on sets where long real documents
sit in the corpus (resume) role.

Sets (queries are read as gigs, the corpus as resumes, through the app's one scoring path with default Options
otherwise: blind, gig title + body at 0.3):
- ``occ→ads``: ROME occupations → their real French ads (evaluation.realads, dev part: held-out occupations);
- ``ad→occ``: the same ads → all ROME occupations (the ads are the queries: long documents on the gig side);
- ``posting→cv``: generated FR postings → resumes, 30 of them 25-60 jobs long (training.jobdata dev): where e5's
  mean of chunks made one resume first for 13% of postings;
- ``sample``: the sample's 12 gigs → its 20 resumes, relevant = labelled fit (a sanity check: 12 queries).

Per row: MRR (expected reciprocal rank under ties) with its 95% bootstrap CI (occupations resampled on the real
ads), the paired difference to today's default (best chunk pair, no reduction) with its CI, the hub share (share
of queries whose first result is the single most frequent first result) and the k-occurrence skewness at k=10
(scikit-hubness's k_skewness). Lexical models have no chunks: only the reductions differ for them.

    .venv/bin/python bench/bench_aggregation.py [-m tfidf -m bm25 ...] [--sets occ→ads,ad→occ] [--part dev]
"""
from __future__ import annotations

import argparse
import json
import sys
import time

import numpy as np

from common import ROOT

AGGS = ("max", "mean", "first", "top2", "top3")
HUBS = ("none", "csls", "z", "mp")
LEXICAL = {"tfidf", "tfidf-char", "bm25"}
BASE = ("max", "none")
SETS = ("occ→ads", "ad→occ", "posting→cv", "sample")


def sets(names: list[str], part: str) -> dict:
    """name -> (query texts, corpus texts, relevance (queries, corpus), bootstrap groups or None)."""
    out = {}
    if "occ→ads" in names or "ad→occ" in names:
        from matchlens.evaluation import realads

        for name, direction in (("occ→ads", "occupation_to_ads"), ("ad→occ", "ad_to_occupation")):
            if name in names:
                task, what = realads.build(direction, part)
                labels = np.array([lab for _, lab in task["queries"]])
                out[name] = ([t for t, _ in task["queries"]], [t for t, _ in task["corpus"]],
                             realads.relevance(task), labels if direction == "ad_to_occupation" else None)
                print(f"# {name}: {what}", flush=True)
    if "posting→cv" in names:
        from matchlens.training import jobdata

        t = jobdata.build(seed=13).dev["fr_posting_to_cv"]
        q, c = t["queries"], t["corpus"]
        rel = np.array([[qq[1] == cc[1] for cc in c] for qq in q], float)
        out["posting→cv"] = ([x for x, _ in q], [x for x, _ in c], rel, None)
        print(f"# posting→cv: {len(q)} generated FR postings → {len(c)} resumes", flush=True)
    if "sample" in names:
        out["sample"] = sample_set()
        print("# sample: 12 gigs → 20 resumes, relevant = fit", flush=True)
    return out


def sample_set():
    from matchlens.ingest.corpus import load_corpus
    from matchlens.labelvocab import LABEL_VALUE

    d = ROOT / "sample_data"
    corpus = load_corpus(d / "resumes", d / "gigs", labels=str(d / "labels.csv"))
    r_ix = {r.id: i for i, r in enumerate(corpus.resumes)}
    g_ix = {g.id: j for j, g in enumerate(corpus.gigs)}
    rel = np.zeros((len(corpus.gigs), len(corpus.resumes)))
    for (r, g), lab in corpus.labels.items():
        if r in r_ix and g in g_ix:
            rel[g_ix[g], r_ix[r]] = float(LABEL_VALUE.get(lab, 0) >= 1)
    return [g.text for g in corpus.gigs], [r.text for r in corpus.resumes], rel, None


def paired(rr: np.ndarray, base: np.ndarray, groups, n_boot: int = 1000) -> tuple[float, float, float]:
    """Mean difference of per-query reciprocal ranks and its 95% bootstrap CI (same resamples for both)."""
    from matchlens.evaluation.metricset import resamples

    d = rr - base
    vals = [d[idx].mean() for idx in resamples(len(d), n_boot, 0, groups=groups)]
    return float(d.mean()), float(np.percentile(vals, 2.5)), float(np.percentile(vals, 97.5))


def measure(model: str, data: tuple, aggs, hubs) -> list[dict]:
    """One row per (aggregation, reduction) of one model on one set."""
    from matchlens.evaluation.labeled import ranking_scores
    from matchlens.evaluation.metrics import ranking_metrics
    from matchlens.evaluation.realads import occupation_ci
    from matchlens.options import Options, with_values
    from matchlens.scoring import hubness
    from matchlens.scoring.cache import EmbeddingCache

    qt, ct, rel, groups = data
    keep = rel.max(axis=1) > 0
    cache, rows, base_rr = EmbeddingCache(), [], None
    for agg in aggs:
        # pinned: the model family's defaults (encoders.registry) must not replace the option measured
        opts = with_values(Options(), {"aggregation": agg, "hubness": "none"}, pin=True)
        raw = ranking_scores(model, qt, ct, cache, opts).T  # (corpus, queries) = (resumes, gigs)
        for hub in hubs:
            sims = hubness.reduce(raw, hub).T[keep]
            m = ranking_metrics(sims, rel[keep], (1, 10), n_boot=1000)
            rr = np.asarray(m["per_query_rr"])
            ci = occupation_ci(rr, groups[keep]) if groups is not None else m["mrr_ci"]
            if (agg, hub) == BASE:
                base_rr = rr
            rows.append({"aggregation": agg, "hubness": hub, "mrr": m["mrr"], "ci": ci, "rr": rr,
                         "hub": m["top_hub_share"], "skew": hubness.k_skewness(sims, 10)})
    for r in rows:
        r["diff"] = paired(r.pop("rr"), base_rr, groups[keep] if groups is not None else None)
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("-m", "--model", action="append")
    ap.add_argument("--sets", default=",".join(SETS))
    ap.add_argument("--part", default="dev", help="real-ads part: dev (default), train, chuck, dldi")
    ap.add_argument("--aggs", default=",".join(AGGS), help="long-document aggregations to try (chunked models)")
    ap.add_argument("--hubs", default=",".join(HUBS), help="hubness reductions to try")
    ap.add_argument("--json", help="also write the rows to this JSON file")
    args = ap.parse_args()
    from matchlens import settings

    print(f"# CPU: {settings.cpu_name()}", flush=True)
    data = sets(args.sets.split(","), args.part)
    out = {}
    print("| set | model | long documents | hubness | MRR [95% CI] | Δ vs max/none [95% CI] | hub share | k-skew |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- |")
    for model in args.model or ["tfidf", "tfidf-char", "bm25"]:
        for name, d in data.items():
            t0 = time.perf_counter()
            aggs = ["max"] + [a for a in args.aggs.split(",") if a != "max"]  # the baseline first
            rows = measure(model, d, ("max",) if model in LEXICAL else aggs, ["none"] + [h for h in args.hubs.split(",") if h != "none"])
            for r in rows:
                lo, hi = r["ci"]
                dm, dlo, dhi = r["diff"]
                print(f"| {name} | {model} | {r['aggregation']} | {r['hubness']} | {r['mrr']:.3f} [{lo:.3f}, {hi:.3f}] "
                      f"| {dm:+.3f} [{dlo:+.3f}, {dhi:+.3f}] | {r['hub']:.1%} | {r['skew']:.2f} |", flush=True)
            out.setdefault(model, {})[name] = rows
            print(f"#   {model} on {name}: {time.perf_counter() - t0:.0f} s", file=sys.stderr, flush=True)
    if args.json:
        with open(args.json, "w") as fh:
            json.dump(out, fh, indent=1, default=float)


if __name__ == "__main__":
    main()
