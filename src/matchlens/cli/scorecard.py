"""``matchlens scorecard``: which model, and are we sure? One row per model and one sentence."""
from __future__ import annotations

import json
import sys


def register(sub) -> None:
    from matchlens.cli.score import add_corpus_args

    p = sub.add_parser("scorecard", help="compare models on your labels: quality with CIs, paired differences, "
                                         "speed, languages, cross-language probe, and one sentence")
    add_corpus_args(p, labels="required")
    p.add_argument("--positive-min", type=float, default=1.0, help="1: only 'fit' is positive; 0.5: fit or partial")
    p.add_argument("--bootstrap", type=int, default=1000)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_scorecard)


def cmd_scorecard(args) -> int:
    from matchlens.cli.output import EXIT_FAIL, print_table
    from matchlens.cli.score import compare_inputs
    from matchlens.evaluation.scorecard import scorecard
    from matchlens.views.formatting import display_table

    loaded = compare_inputs(args, "compare")
    if loaded is None:
        return EXIT_FAIL
    corpus, comp = loaded
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
