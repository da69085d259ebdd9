"""``matchlens evaluate options``: the scoring options of each model searched on the user's labels (#33 part 3)."""
from __future__ import annotations

import json
import sys

from matchlens.cli.score import add_reading_args, reading_options


def register(ev) -> None:
    """Add ``options`` to the ``evaluate`` subcommands (``ev``: their subparsers)."""
    p = ev.add_parser("options", help="search aggregation, hubness and gig fields per model on your labels, with the "
                                      "held-back ROC-AUC of the best against the current options",
                      description="The labelled pairs are split as the hybrid tuner splits them (a held-back "
                                  "pair's resume and gig both unseen while choosing); each grid point is judged "
                                  "on the other part. The current options are those of the flags below, with "
                                  "each model's family defaults where no flag is given.")
    p.add_argument("resumes")
    p.add_argument("gigs")
    p.add_argument("--labels", required=True, help="CSV with resume, gig, label (as sample_data/labels.csv)")
    p.add_argument("--model", "-m", action="append", required=True)
    p.add_argument("--wide", action="store_true", help="also full CV vs sections and title weight 0.3 vs 0.5 "
                                                        "(48 points instead of 12)")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--positive-min", type=float, default=1.0)
    p.add_argument("--json", action="store_true")
    add_reading_args(p)
    p.set_defaults(func=cmd_options)


def cmd_options(args) -> int:
    from matchlens.cli.output import print_problems
    from matchlens.evaluation import options_search
    from matchlens.ingest.isolated import load_corpus_with_problems
    from matchlens.scoring.cache import EmbeddingCache

    corpus, problems = load_corpus_with_problems(args.resumes, args.gigs, labels=args.labels)
    print_problems(problems)
    if not corpus.resumes or not corpus.gigs or not corpus.labels:
        print("[matchlens] error: need resumes, gigs and labels of their pairs to choose options", file=sys.stderr)
        return 2
    grid = options_search.WIDE_GRID if args.wide else options_search.GRID
    options, cache, found = reading_options(args), EmbeddingCache(), {}
    for model in args.model:
        try:
            found[model] = options_search.search(corpus, corpus.labels, model, grid, args.seed, options, cache,
                                                 args.positive_min)
        except ValueError as exc:
            print(f"[matchlens] {model}: {exc}", file=sys.stderr)
    if args.json:
        print(json.dumps({m: c.as_dict() for m, c in found.items()}, indent=2, default=float))
    else:
        for choice in found.values():
            _print(choice)
    return 0 if found else 1


def _print(choice) -> None:
    """The grid (best tuning figure first), the held-back comparison, and the sentence."""
    from matchlens.cli.output import print_table

    print(f"{choice.model}: ROC-AUC on {choice.n_tuning} tuning pairs")
    print_table([*choice.axes, "tuning ROC-AUC", ""],
                [[str(r[k]) for k in choice.axes] + [number(r["tuning_roc_auc"]), r["mark"].strip()]
                 for r in choice.rows()])
    print()
    print_table(["", "options", f"held-back ROC-AUC ({choice.n_heldout} pairs)", "95% CI"],
                [[r["options"], r["values"], number(r["heldout_roc_auc"]),
                  f"[{number(r['ci_low'])}, {number(r['ci_high'])}]"] for r in choice.heldout_rows()])
    print("\n" + choice.verdict() + "\n")


def number(x) -> str:
    """Three decimals, so figures of one table line up ('—' when undefined)."""
    return f"{x:.3f}" if x == x else "—"
