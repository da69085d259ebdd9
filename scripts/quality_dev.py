"""Every model on the job-domain dev sets (held-back ESCO occupations), with bootstrap CIs: docs/quality.md.

The dev sets come from matchlens.training.jobdata with the same seed as the job-domain recipe, so no dev occupation
was trained on. Never tune on sample_data.

Run: python scripts/quality_dev.py [-m MODEL ...] [--out docs/quality.json] [--markdown docs/quality.md]
"""
from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from matchlens import settings
from matchlens.cli.score import add_scoring_args, scoring_options
from matchlens.evaluation.labeled import evaluate_ranking_files
from matchlens.training import jobdata

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_MODELS = ["tfidf", "tfidf-char", "bm25", "use-multilingual", "e5-small-multilingual",
                  "hybrid:tfidf+e5-small-multilingual"]
TASKS = {"fr_posting_to_cv": "FR job posting → resumes (short ones, and 30 of 25-60 jobs)",
         "fr_offer_to_entry": "FR occupation description → FR entries (title + alt titles)",
         "fr_posting_to_entry": "FR job posting (title line, missions, ad boilerplate) → FR entries",
         "fr_title_to_entry": "FR held-out job title → FR entries",
         "en_title_to_occupation": "EN held-out job title → EN occupations (title + description)",
         "fr_to_en": "FR description → EN descriptions (cross-language)"}


def run(models: list[str], dev_dir: Path, seed: int, tasks: list[str], options=None) -> dict:
    data = jobdata.build(seed=seed)
    jobdata.write_dev(data, dev_dir)
    out: dict = {"cpu": settings.cpu_name(), "seed": seed, "dev_occupations": data.dev_occupations, "tasks": {},
                 "options": options and {"fields": options.gig_fields, "title_weight": options.title_weight,
                                         "aggregation": options.chunking.aggregation}}
    for task in tasks:
        t0 = time.perf_counter()
        res, err = evaluate_ranking_files(str(dev_dir / task / "queries.csv"), str(dev_dir / task / "corpus.csv"),
                                          models, n_boot=1000, qrels=str(dev_dir / task / "qrels.csv"),
                                          options=options)
        out["tasks"][task] = {"results": {m: {k: v for k, v in r.items() if k != "per_query_rr"}
                                          for m, r in res.items()}, "errors": err,
                              "differences": differences(res), "seconds": round(time.perf_counter() - t0, 1)}
        print(task, {m: round(r["mrr"], 3) for m, r in res.items()}, err or "", flush=True)
    return out


def differences(res: dict, n_boot: int = 2000, seed: int = 0) -> dict:
    """MRR of the best model minus each other model's, with a paired bootstrap 95% CI over the same queries."""
    import numpy as np

    from matchlens.evaluation.metrics import resamples

    if not res:
        return {}
    best = max(res, key=lambda m: res[m]["mrr"])
    rr = {m: np.asarray(r["per_query_rr"]) for m, r in res.items()}
    boots = [idx for idx in resamples(len(rr[best]), n_boot, seed)]
    out = {}
    for m in rr:
        if m != best:
            diff = [float((rr[best][i] - rr[m][i]).mean()) for i in boots]
            out[f"{best} - {m}"] = [float(rr[best].mean() - rr[m].mean()), *np.percentile(diff, [2.5, 97.5]).tolist()]
    return out


def markdown(result: dict) -> str:
    models = list(dict.fromkeys(m for t in result["tasks"].values() for m in t["results"]))
    head = "| model | " + " | ".join(TASKS[t].split(" → ")[0] + " → …" for t in TASKS) + " |"
    lines = [head, "|" + " --- |" * (len(TASKS) + 1)]
    for m in models:
        cells = []
        for t in TASKS:
            r = result["tasks"].get(t, {}).get("results", {}).get(m)
            cells.append("—" if r is None else f"{r['mrr']:.3f} [{r['mrr_ci'][0]:.3f}, {r['mrr_ci'][1]:.3f}]")
        lines.append(f"| `{m}` | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("-m", "--model", action="append")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--dev-dir", default=str(ROOT / "artifacts" / "jobs_dev"))
    ap.add_argument("--out", default=str(ROOT / "docs" / "quality.json"))
    ap.add_argument("--task", action="append", choices=list(TASKS))
    add_scoring_args(ap)
    args = ap.parse_args()
    settings.apply_privacy_defaults()
    result = run(args.model or DEFAULT_MODELS, Path(args.dev_dir), args.seed, args.task or list(TASKS),
                 scoring_options(args))
    Path(args.out).write_text(json.dumps(result, indent=1))
    print(markdown(result))


if __name__ == "__main__":
    main()
