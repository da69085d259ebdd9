"""Every model on the job-domain dev sets, with bootstrap CIs: docs/quality.md.

Two families of dev sets. The ESCO-made ones come from matchlens.training.jobdata with the same seed as the
job-domain recipe, so no dev occupation was trained on. The real ones (``--realads``) come from
matchlens.evaluation.realads: 2,634 real French job ads → their ROME occupation among all 1,584, split by occupation
and by collection (configs/eval/realads_split.json); they are added to the JSON's "realads" part one model at a time,
and per-query reciprocal ranks (numbers by ad id, no text) go to artifacts/realads/ for the paired differences.
Never tune on sample_data, nor on the real ads' test part.

Run: python scripts/quality_dev.py [-m MODEL ...] [--out docs/quality.json]
     python scripts/quality_dev.py --realads [-m MODEL ...] [--subset dev] [--reverse-subset dev]
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
REALADS_MODELS = ["tfidf", "tfidf-char", "bm25", "use-multilingual", "e5-small-multilingual", "jobs-multilingual",
                  "hybrid:jobs-multilingual+tfidf-char"]
REAL_SUBSETS = {"all": "all ads", "dev": "dev split (held-out occupations, 01 + 74, 2025)",
                "dldi": "nationwide 2019–2023", "chuck": "départements 01 and 74, 2025"}  # test: not reported
REAL_TASKS = {"ad_to_occupation": "ad (title + description) → its ROME occupation among all 1,584",
              "occupation_to_ads": "ROME occupation (label + job titles) → its ads (the ads as long documents)"}
SPLIT_FILE = ROOT / "configs" / "eval" / "realads_split.json"
RR_DIR = ROOT / "artifacts" / "realads"
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


def run_realads(models: list[str], subsets: list[str], reverse_subsets: list[str], seed: int, n_titles: int,
                options=None, previous: dict | None = None) -> dict:
    """The real-ad sets for these models, merged into ``previous`` (the JSON's "realads" part)."""
    from matchlens.evaluation import realads

    ads, rome = realads.read_ads(), realads.read_rome()
    split = realads.split_ads(ads, rome, seed)
    record = realads.split_record(ads, rome, split, seed)
    SPLIT_FILE.parent.mkdir(parents=True, exist_ok=True)
    SPLIT_FILE.write_text(compact_json(record))
    rows = realads.subsets(ads, split)
    out = previous if previous and previous.get("seed") == seed and previous.get("n_titles") == n_titles else {}
    out.update({"cpu": settings.cpu_name(), "seed": seed, "n_titles": n_titles, "split": record["counts"],
                "split_file": str(SPLIT_FILE.relative_to(ROOT)), "tasks": out.get("tasks", {}),
                "options": options and {"fields": options.gig_fields, "title_weight": options.title_weight,
                                        "aggregation": options.chunking.aggregation}})
    RR_DIR.mkdir(parents=True, exist_ok=True)
    needed = sorted(set().union(*(rows[k].tolist() for k in subsets)))  # only the ads a chosen subset holds
    where = {i: k for k, i in enumerate(needed)}
    forward = realads.ad_to_occupation([ads[i] for i in needed], rome, n_titles)
    jobs = [("ad_to_occupation", forward, {k: [where[i] for i in rows[k]] for k in subsets})]
    for name in reverse_subsets:  # the reverse set's corpus is the subset's ads: one set per subset
        sub = [ads[i] for i in rows[name]]
        jobs.append(("occupation_to_ads", realads.occupation_to_ads(sub, rome, n_titles), {name: None}))
    for task_name, task, parts in jobs:
        for m in models:
            t0 = time.perf_counter()
            parts = {k: (v if v is not None else list(range(len(task["queries"])))) for k, v in parts.items()}
            res, err = realads.evaluate(task, [m], parts, options, n_boot=1000)
            seconds = round(time.perf_counter() - t0, 1)
            for part, by_model in res.items():
                slot = out["tasks"].setdefault(task_name, {}).setdefault(part, {"results": {}, "errors": {}})
                slot["errors"].pop(m, None)
                if m in by_model:
                    r = by_model[m]
                    slot["results"][m] = {k: v for k, v in r.items() if k != "per_query_rr"} | {"seconds": seconds}
                    ids = [task["query_ids"][i] for i in parts[part]]
                    (RR_DIR / f"{task_name}.{part}.{m.replace(':', '_')}.json").write_text(
                        json.dumps(dict(zip(ids, r["per_query_rr"]))))
                else:
                    slot["errors"][m] = err.get(m, "failed")
            print(task_name, m, f"{seconds} s", {p: round(v[m]["mrr"], 3) for p, v in res.items() if m in v},
                  err or "", flush=True)
    for task_name, by_part in out["tasks"].items():
        for part, slot in by_part.items():
            slot["differences"] = rr_differences(task_name, part, list(slot["results"]))
    return out


def compact_json(record: dict) -> str:
    """JSON with one line per key, and per key of a nested dict (the id lists stay readable in a diff)."""
    def line(k, v, pad):
        if isinstance(v, dict) and v and all(isinstance(x, list) for x in v.values()):
            inner = ",\n".join(line(k2, v2, pad + " ") for k2, v2 in v.items())
            return f"{pad}{json.dumps(k)}: {{\n{inner}\n{pad}}}"
        return f"{pad}{json.dumps(k)}: {json.dumps(v, ensure_ascii=False)}"
    return "{\n" + ",\n".join(line(k, v, " ") for k, v in record.items()) + "\n}\n"


def rr_differences(task: str, part: str, models: list[str]) -> dict:
    """Paired differences from the per-query reciprocal ranks saved by each model's run (same queries only)."""
    import numpy as np

    rr = {}
    for m in models:
        path = RR_DIR / f"{task}.{part}.{m.replace(':', '_')}.json"
        if path.exists():
            rr[m] = json.loads(path.read_text())
    if len(rr) < 2:
        return {}
    ids = sorted(set.intersection(*(set(v) for v in rr.values())))
    res = {m: {"mrr": float(np.mean([v[i] for i in ids])), "per_query_rr": [v[i] for i in ids]} for m, v in rr.items()}
    return differences(res)


def realads_markdown(real: dict) -> str:
    """The real-ad tables: all ads and dev with MRR, hit@1, hit@10 and CIs; collections and the reverse direction;
    paired differences."""
    tasks = real.get("tasks", {})
    fwd, rev = tasks.get("ad_to_occupation", {}), tasks.get("occupation_to_ads", {})
    blocks = [_full_table(part, fwd[part]["results"]) for part in ("all", "dev") if fwd.get(part, {}).get("results")]
    models = list(dict.fromkeys(m for t in tasks.values() for s in t.values() for m in s["results"]))
    cols = [(fwd, "dldi"), (fwd, "chuck"), *((rev, p) for p in rev)]
    head = [f"ads → occupation, {REAL_SUBSETS[p]} ({_n(t[p]['results']):,})" if t is fwd else
            f"occupation → ads, {p} ({_n(t[p]['results'])} occupations; top-hub share)" for t, p in cols if p in t]
    lines = ["| model | " + " | ".join(head) + " |", "|" + " --- |" * (len(head) + 1)]
    for m in models:
        cells = []
        for t, p in cols:
            r = t.get(p, {}).get("results", {}).get(m)
            hub = f"; {r['top_hub_share']:.0%}" if r and t is rev else ""
            cells.append("—" if r is None else f"{r['mrr']:.3f} [{r['mrr_ci'][0]:.3f}, {r['mrr_ci'][1]:.3f}]{hub}")
        lines.append(f"| `{m}` | " + " | ".join(cells) + " |")
    blocks.append("\n".join(lines))
    diffs = ["| set | best model | difference with each other model (paired bootstrap, 95% CI) |", "| --- | --- | --- |"]
    for name, t in tasks.items():
        for part, slot in t.items():
            d = slot.get("differences") or {}
            if d:
                best = next(iter(d)).split(" - ")[0]
                rest = "; ".join(f"− `{k.split(' - ')[1]}` {v[0]:+.3f} [{v[1]:+.3f}, {v[2]:+.3f}]" for k, v in d.items())
                diffs.append(f"| `{name}` {part} | `{best}` | {rest} |")
    blocks.append("\n".join(diffs))
    return "\n\n".join(blocks)


def _n(results: dict) -> int:
    return next(iter(results.values()))["n_queries"] if results else 0


def _full_table(part: str, res: dict) -> str:
    """Ads → occupation on one part: MRR (CI over ads and over occupations), hit@1, hit@10, best MRR in bold."""
    def cell(r: dict, key: str) -> str:
        lo, hi = r[f"{key}_ci"]
        return f"{r[key]:.3f} [{lo:.3f}, {hi:.3f}]"

    best = max(res, key=lambda m: res[m]["mrr"])
    lines = [f"Ads → occupation, {REAL_SUBSETS[part]}: {_n(res):,} ads, each against all 1,584 entries", "",
             "| model | MRR [95% CI] | MRR CI, resampling occupations | hit@1 | hit@10 |",
             "| --- | --- | --- | --- | --- |"]
    for m, r in res.items():
        mrr, occ = cell(r, "mrr"), r["mrr_ci_by_occupation"]
        lines.append(f"| `{m}` | {f'**{mrr}**' if m == best else mrr} | [{occ[0]:.3f}, {occ[1]:.3f}] | "
                     f"{cell(r, 'hit@1')} | {cell(r, 'hit@10')} |")
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("-m", "--model", action="append")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--dev-dir", default=str(ROOT / "artifacts" / "jobs_dev"))
    ap.add_argument("--out", default=str(ROOT / "docs" / "quality.json"))
    ap.add_argument("--task", action="append", choices=list(TASKS))
    ap.add_argument("--realads", action="store_true", help="the real-ad sets only, merged into --out")
    ap.add_argument("--subset", action="append", choices=list(REAL_SUBSETS), help="real ads → occupation: "
                    "which query subsets (default: all of them); the ads of the chosen subsets are scored once")
    ap.add_argument("--reverse-subset", action="append", choices=list(REAL_SUBSETS),
                    help="occupation → ads, on these subsets' ads (default: dev)")
    ap.add_argument("--titles", type=int, default=10, help="job titles per ROME entry besides its label")
    add_scoring_args(ap)
    args = ap.parse_args()
    settings.apply_privacy_defaults()
    if args.realads:
        out = Path(args.out)
        whole = json.loads(out.read_text()) if out.exists() else {}
        whole["realads"] = run_realads(args.model or REALADS_MODELS, args.subset or list(REAL_SUBSETS),
                                       args.reverse_subset or ["dev"], args.seed, args.titles,
                                       scoring_options(args), whole.get("realads"))
        out.write_text(json.dumps(whole, indent=1))
        print(realads_markdown(whole["realads"]))
        return
    result = run(args.model or DEFAULT_MODELS, Path(args.dev_dir), args.seed, args.task or list(TASKS),
                 scoring_options(args))
    out = Path(args.out)
    if out.exists() and "realads" in (old := json.loads(out.read_text())):
        result["realads"] = old["realads"]  # the real-ad figures are kept when the ESCO sets are re-run
    out.write_text(json.dumps(result, indent=1))
    print(markdown(result))


if __name__ == "__main__":
    main()
