"""What blind scoring costs in quality: each model with masking off and on, on the sample's labelled pairs (ROC-AUC
and average precision with bootstrap CIs) and on the ESCO ranking sets of data/esco_eval (MRR).

Run: python bench/bench_blind_quality.py [-m tfidf -m e5-small-multilingual …]
"""
from __future__ import annotations

import argparse
import platform
import time
from pathlib import Path

import common  # noqa: F401  (puts src/ on the path)
from matchlens.evaluation.labeled import evaluate_comparison, evaluate_ranking_files
from matchlens.ingest.corpus import apply_labels_file, load_corpus
from matchlens.scoring.cache import EmbeddingCache
from matchlens.scoring.matching import Options, compare

ROOT = Path(__file__).resolve().parents[1]
MODELS = ["tfidf", "tfidf-char", "bm25", "use-multilingual", "e5-small-multilingual", "jobs-multilingual", "minilm-en"]
SETS = {"title -> occupation (EN)": ("title_queries.csv", "crosslingual_corpus.csv"),
        "FR description -> EN occupation": ("crosslingual_queries.csv", "crosslingual_corpus.csv")}


def sample_metrics(models: list[str], blind: bool, cache) -> dict[str, tuple[float, float]]:
    """ROC-AUC and average precision per model on the sample's 240 labelled pairs."""
    corpus = load_corpus(resumes=[ROOT / "sample_data" / "resumes"], gigs=[ROOT / "sample_data" / "gigs"],
                         labels=ROOT / "sample_data" / "labels.csv")
    apply_labels_file(corpus, ROOT / "sample_data" / "labels_held_out.csv")  # the pairs the demo leaves to label
    comp = compare(corpus, models, Options(blind=blind), cache)
    res = evaluate_comparison(comp, corpus.labels, calibrate=None, n_boot=200)
    return {m: (r.metrics["roc_auc"], r.metrics["average_precision"]) for m, r in res.items()}


def ranking_mrr(models: list[str], blind: bool, cache) -> dict[str, dict[str, float]]:
    """MRR per ranking set and model."""
    out: dict[str, dict[str, float]] = {}
    for name, (q, c) in SETS.items():
        res, _ = evaluate_ranking_files(str(ROOT / "data/esco_eval" / q), str(ROOT / "data/esco_eval" / c), models,
                                        n_boot=50, cache=cache, options=Options(blind=blind))
        out[name] = {m: r["mrr"] if isinstance(r, dict) else r.metrics["mrr"] for m, r in res.items()}
    return out


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("-m", "--model", action="append")
    args = p.parse_args()
    models = args.model or MODELS
    cache = EmbeddingCache()
    print(f"machine: {platform.processor() or platform.machine()}; models: {', '.join(models)}")
    t0 = time.perf_counter()
    off, on = sample_metrics(models, False, cache), sample_metrics(models, True, cache)
    print("sample labels (240 pairs): ROC-AUC off -> on | AP off -> on")
    for m in models:
        if m in off and m in on:
            print(f"  {m:24} {off[m][0]:.3f} -> {on[m][0]:.3f} | {off[m][1]:.3f} -> {on[m][1]:.3f}")
    r_off, r_on = ranking_mrr(models, False, cache), ranking_mrr(models, True, cache)
    for name in SETS:
        print(f"{name}: MRR off -> on")
        for m in models:
            if m in r_off[name] and m in r_on[name]:
                print(f"  {m:24} {r_off[name][m]:.3f} -> {r_on[name][m]:.3f}")
    print(f"({time.perf_counter() - t0:.0f} s)")


if __name__ == "__main__":
    main()
