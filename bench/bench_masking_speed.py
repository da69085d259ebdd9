"""How fast is blind masking, and does a faster masker give the same output? A reference corpus (the placement
benchmark's CVs of every split, the sample resumes, 500 real French job ads, 300-word ESCO resumes) is masked by
two source trees, each in its own process, on the same texts: milliseconds per text and texts per second for each
group, old and new, and their ratio. ``--freeze`` saves every text's masked output (text, shown, found) once;
``--check`` compares the current code's output to it, byte for byte.

Run: python bench/bench_masking_speed.py --freeze /tmp/ref.pkl          (before changing the masker)
     python bench/bench_masking_speed.py --check /tmp/ref.pkl           (after: 0 differences expected)
     python bench/bench_masking_speed.py --old /tmp/oldsrc/src [--new src] [--repeat 3]
"""
from __future__ import annotations

import argparse
import csv
import json
import os
import pickle
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import common  # noqa: F401  (puts src/ on the path)
from common import ROOT, SHARED, machine, resume_length_texts

ADS = SHARED.parent / "job_ads_fr" / "ads.csv"


def corpus(n_ads: int = 500, n_esco: int = 200) -> list[tuple[str, str]]:
    """(group, text) of every text the identity check and the timing read."""
    from matchlens.evaluation.placement import SPLITS, generate
    from matchlens.ingest import load_paths

    out = [(f"placement:{split}", cv.text) for split in SPLITS for cv in generate(split, per_layout=10, seed=0)]
    out += [("sample resumes", d.text) for d in load_paths([ROOT / "sample_data" / "resumes"], "resume").documents]
    csv.field_size_limit(10**8)
    with open(ADS, encoding="utf-8", newline="") as fh:
        rows = [r for _, r in zip(range(n_ads), csv.DictReader(fh))]
    out += [("job ads", f"{r['title']}\n{r['description']}") for r in rows]
    out += [("esco 300 words", t) for t in resume_length_texts(n_esco, words=300, seed=3)]
    return out


def outputs(texts: list[str]) -> list[tuple[str, str, str]]:
    """(model text, shown text, repr of what was found) of each text, by the masker on the path."""
    from matchlens.preprocess.masking import _mask

    return [(m.text, m.shown, repr(m.found)) for m in map(_mask, texts)]


def freeze(path: str) -> None:
    items = corpus()
    with open(path, "wb") as fh:
        pickle.dump({"items": items, "outputs": outputs([t for _, t in items])}, fh)
    print(f"froze {len(items)} texts to {path}")


def check(path: str) -> int:
    """Number of texts whose output differs from the frozen one (the first few shown)."""
    with open(path, "rb") as fh:
        ref = pickle.load(fh)
    new = outputs([t for _, t in ref["items"]])
    bad = [i for i, (a, b) in enumerate(zip(ref["outputs"], new)) if a != b]
    for i in bad[:5]:
        group, text = ref["items"][i]
        fields = [n for n, a, b in zip(("text", "shown", "found"), ref["outputs"][i], new[i]) if a != b]
        print(f"DIFF {group} #{i} in {fields}: {text[:80]!r}")
    print(f"identity: {len(ref['items']) - len(bad)}/{len(ref['items'])} texts identical, {len(bad)} differ")
    return len(bad)


def time_groups(texts_file: str, repeat: int) -> dict[str, dict[str, float]]:
    """CPU seconds per group (less sensitive than wall time to a shared machine's load): the first pass ('cold': the
    word lists load, the caches fill) and the minimum of ``repeat`` passes after it ('warm')."""
    sys.path.insert(0, os.environ["MASKER_SRC"])  # before common's src/: the tree under test wins
    from matchlens.preprocess import masking

    assert Path(masking.__file__).is_relative_to(os.environ["MASKER_SRC"]), masking.__file__
    with open(texts_file, "rb") as fh:
        items = pickle.load(fh)
    passes = []
    for _ in range(repeat + 1):
        seconds: dict[str, float] = {}
        for group, text in items:
            t0 = time.process_time()
            masking._mask(text)
            seconds[group] = seconds.get(group, 0.0) + time.process_time() - t0
        passes.append(seconds)
    return {"cold": passes[0], "warm": {g: min(p[g] for p in passes[1:]) for g in passes[0]}}


def run_tree(src: str, texts_file: str, repeat: int) -> dict[str, float]:
    """:func:`time_groups` in a fresh process reading the masker from ``src``."""
    src = str(Path(src).resolve())
    env = {**os.environ, "PYTHONPATH": src, "MASKER_SRC": src}
    out = subprocess.run([sys.executable, __file__, "--time", texts_file, "--repeat", str(repeat)], env=env,
                         check=True, capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def compare(old: str, new: str, repeat: int) -> None:
    items = corpus()
    counts: dict[str, int] = {}
    for group, _ in items:
        counts[group] = counts.get(group, 0) + 1
    with tempfile.NamedTemporaryFile(suffix=".pkl", delete=False) as fh:
        pickle.dump(items, fh)
    try:
        t_old, t_new = run_tree(old, fh.name, repeat), run_tree(new, fh.name, repeat)
    finally:
        os.unlink(fh.name)
    print(f"machine: {machine()} (shared load possible); CPU time; warm: min of {repeat} passes after the cold one")
    for kind in ("warm", "cold"):
        print(f"\n{kind:22} {'texts':>5}  {'old ms/text':>11} {'new ms/text':>11}  {'old /s':>7} {'new /s':>7}  ratio")
        rows = [(g, n, t_old[kind][g], t_new[kind][g]) for g, n in counts.items()]
        rows.append(("all", len(items), sum(r[2] for r in rows), sum(r[3] for r in rows)))
        for group, n, o, w in rows:
            print(f"{group:22} {n:5d}  {o / n * 1000:11.2f} {w / n * 1000:11.2f}  {n / o:7.0f} {n / w:7.0f}  {o / w:5.2f}x")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--freeze")
    ap.add_argument("--check")
    ap.add_argument("--time")
    ap.add_argument("--old", help="source folder of the masker to compare with (holding matchlens/)")
    ap.add_argument("--new", default=str(ROOT / "src"))
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    if args.freeze:
        freeze(args.freeze)
    elif args.check:
        sys.exit(1 if check(args.check) else 0)
    elif args.time:
        print(json.dumps(time_groups(args.time, args.repeat)))
    elif args.old:
        compare(args.old, args.new, args.repeat)
    else:
        ap.error("one of --freeze, --check, --time or --old")


if __name__ == "__main__":
    main()
