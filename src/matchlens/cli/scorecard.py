"""``matchlens scorecard``: which model, and are we sure? One row per model and one sentence."""
from __future__ import annotations

import json
import sys


def register(sub) -> None:
    from matchlens.cli.score import _add_common

    p = sub.add_parser("scorecard", help="compare models on your labels: quality with CIs, paired differences, "
                                         "speed, languages, cross-language probe, and one sentence")
    p.add_argument("resumes")
    p.add_argument("gigs")
    p.add_argument("--labels", required=True, help="CSV with resume, gig, label (fit/partial/no or 1/0.5/0)")
    p.add_argument("--model", "-m", action="append", required=True)
    p.add_argument("--positive-min", type=float, default=1.0, help="1: only 'fit' is positive; 0.5: fit or partial")
    p.add_argument("--bootstrap", type=int, default=1000)
    p.add_argument("--json", action="store_true")
    p.add_argument("--quiet", "-q", action="store_true")
    _add_common(p)
    p.set_defaults(func=cmd_scorecard)


def cmd_scorecard(args) -> int:
    from matchlens.cli.output import EXIT_FAIL, print_table
    from matchlens.cli.score import _options, _progress_reporter, load_inputs
    from matchlens.evaluation.scorecard import scorecard
    from matchlens.ingest.corpus import apply_labels_file
    from matchlens.scoring.matching import compare
    from matchlens.views.formatting import display_table

    corpus = load_inputs(args, "compare")
    if corpus is None:
        return EXIT_FAIL
    for p in apply_labels_file(corpus, args.labels):
        print(f"[matchlens] warning: {p}", file=sys.stderr)
    comp = compare(corpus, args.model, _options(args), report=_progress_reporter(not args.quiet))
    for err in comp.errors.values():
        print(f"[matchlens] model failed: {err}", file=sys.stderr)
    card = scorecard(comp, corpus.labels, args.positive_min, args.bootstrap)
    if args.json:
        print(json.dumps({"sentence": card.sentence, "n_labels": card.n_labels,
                          "table": card.table.to_dict("records")}, indent=1, default=str))
        return 0 if len(card.table) else EXIT_FAIL
    print(card.sentence + "\n")
    if len(card.table):
        shown = display_table(card.table.drop(columns=["languages"]))
        print_table(list(shown.columns), [["—" if v is None or v != v else str(v) for v in row]
                                          for row in shown.itertuples(index=False)])
    return 0 if len(card.table) else EXIT_FAIL
