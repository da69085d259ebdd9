"""Run every training recipe of ``configs/train/`` end to end with the CLI, as a new user would, and write
the before/after table with wall-clock times to ``docs/recipes.md``.

Each recipe: ``matchlens train --config X --json`` (trains, saves, evaluates base vs trained on the held-back
split), then ``matchlens models`` must list it and ``matchlens evaluate pairs`` must score it. Not run in CI
(an hour on a 2-core CPU); usage: ``python scripts/run_recipes.py [recipe ...]``.
"""
from __future__ import annotations

import json
import os
import platform
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ORDER = ["cosine", "contrastive", "online_contrastive", "cosent", "mnrl", "mlm_contrastive",
         "cross_encoder", "distill", "esco_cosine", "esco_cross_encoder", "esco_distill"]
RESULTS = ROOT / "docs" / "recipes.json"  # every run's row, so running one recipe keeps the others' rows


def _cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "matchlens.cli", *args], cwd=ROOT, capture_output=True,
                          text=True)


def run_one(recipe: str) -> dict:
    cfg_file = ROOT / "configs" / "train" / f"{recipe}.json"
    name = json.loads(cfg_file.read_text())["name"]
    t0 = time.perf_counter()
    proc = _cli("train", "--config", str(cfg_file), "--json")
    seconds = time.perf_counter() - t0
    if proc.returncode != 0:
        return {"recipe": recipe, "name": name, "error": proc.stderr.strip().splitlines()[-1:], "seconds": seconds}
    table = json.loads(proc.stdout)
    listed = name in _cli("models").stdout
    test_file = ROOT / "configs" / "train" / f"{recipe}.json"
    data = json.loads(test_file.read_text())["train_file"]
    ev = _cli("evaluate", "pairs", data, "--model", name, "--bootstrap", "0", "--json")
    scored = ev.returncode == 0 and name in ev.stdout
    return {"recipe": recipe, "name": name, "seconds": seconds, "table": table, "listed": listed,
            "evaluated": scored}


def _fmt(v: dict) -> str:
    ci = v.get("roc_auc_ci") or ()
    ci_s = f" [{ci[0]:.3f}, {ci[1]:.3f}]" if len(ci) == 2 else ""
    return f"{v.get('roc_auc', float('nan')):.3f}{ci_s}"


def to_markdown(rows: list[dict]) -> str:
    out = [f"# Training recipes, measured\n\nMachine: {platform.machine()}, {os.cpu_count()} cores, no GPU, "
           f"Python {platform.python_version()}; run by `python scripts/run_recipes.py` on "
           f"{time.strftime('%Y-%m-%d')}. ROC-AUC on each config's held-back split (grouped by resume and gig), "
           "95% bootstrap CI; MSE of the score against the 0/1 label.\n",
           "| recipe | time | TF-IDF | base model | trained | MSE base → trained | listed / evaluated |",
           "|---|---|---|---|---|---|---|"]
    for r in rows:
        if "error" in r:
            out.append(f"| {r['recipe']} | {r['seconds']:.0f} s | failed: {r['error']} | | | | |")
            continue
        vals = list(r["table"].values())
        base, trained = vals[1], vals[2]
        out.append(f"| {r['recipe']} | {r['seconds'] / 60:.1f} min | {_fmt(vals[0])} | {_fmt(base)} | "
                   f"{_fmt(trained)} | {base.get('mse', float('nan')):.3f} → {trained.get('mse', float('nan')):.3f} "
                   f"| {'yes' if r['listed'] else 'NO'} / {'yes' if r['evaluated'] else 'NO'} |")
    return "\n".join(out) + "\n"


def main(argv: list[str]) -> int:
    recipes = argv or ORDER
    done = {r["recipe"]: r for r in json.loads(RESULTS.read_text())} if RESULTS.exists() else {}
    ok = True
    for recipe in recipes:
        print(f"== {recipe}", file=sys.stderr, flush=True)
        row = run_one(recipe)
        ok &= "error" not in row
        print(json.dumps(row, default=float), file=sys.stderr, flush=True)
        done[recipe] = row
        rows = sorted(done.values(), key=lambda r: ORDER.index(r["recipe"]) if r["recipe"] in ORDER else 99)
        RESULTS.write_text(json.dumps(rows, indent=1, default=float))
        (ROOT / "docs" / "recipes.md").write_text(to_markdown(rows))
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
