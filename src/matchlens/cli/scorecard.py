"""``matchlens scorecard``: which model, and are we sure? One row per model and one sentence."""
from __future__ import annotations

import json
import sys


def register(sub) -> None:
    from matchlens.cli.score import add_corpus_args
    from matchlens.labelvocab import positive_choices

    p = sub.add_parser("scorecard", help="compare models on your labels: quality with CIs, paired differences, "
                                         "speed, languages, cross-language probe, and one sentence")
    add_corpus_args(p, labels="required")
    p.add_argument("--positive-min", type=float, default=1.0,
                   help="the lowest label counted as a fit: " + "; ".join(f"{v:g}: {names}" for v, names in
                                                                         positive_choices().items()))
    p.add_argument("--bootstrap", type=int, default=1000)
    p.add_argument("--json", action="store_true")
    p.add_argument("--ranking-queries", help="a ranking set's queries CSV (as for `evaluate ranking`): adds MRR, "
                                             "hit@10, recall@10, nDCG@10 and the paired MRR difference to each "
                                             "model's row")
    p.add_argument("--ranking-corpus", help="the ranking set's corpus CSV")
    p.add_argument("--ranking-qrels", help="query_id, corpus_id, relevance CSV (else equal labels are relevant)")
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
    ranking = _ranking(args, comp)
    if ranking is False:
        return EXIT_FAIL
    card = scorecard(comp, corpus.labels, args.positive_min, args.bootstrap, ranking=ranking)
    if args.json:
        print(json.dumps({"sentence": card.sentence, "n_labels": card.n_labels,
                          "table": card.table.to_dict("records")}, indent=1, default=str))
        return 0 if len(card.table) else EXIT_FAIL
    print(card.sentence + "\n")
    if len(card.table):
        shown = display_table(card.table.drop(columns=["languages"], errors="ignore"))
        print_table(list(shown.columns), [["—" if v is None or v != v else str(v) for v in row]
                                          for row in shown.itertuples(index=False)])
        if ranking:
            from matchlens.views.formatting import RANKING_NOTE

            print("\n" + RANKING_NOTE)
    return 0 if len(card.table) else EXIT_FAIL


def _ranking(args, comp):
    """Ranking metrics of the scored models on the ranking set, if one is given (False: it could not be read)."""
    from matchlens.evaluation.labeled import evaluate_ranking_files

    if not (args.ranking_queries or args.ranking_corpus):
        return None
    if not (args.ranking_queries and args.ranking_corpus):
        print("[matchlens] a ranking set needs both --ranking-queries and --ranking-corpus", file=sys.stderr)
        return False
    try:
        results, errors = evaluate_ranking_files(args.ranking_queries, args.ranking_corpus, list(comp.results),
                                                 n_boot=min(args.bootstrap, 300), qrels=args.ranking_qrels,
                                                 options=comp.options)
    except (OSError, KeyError, ValueError) as exc:
        print(f"[matchlens] the ranking set could not be read: {exc}", file=sys.stderr)
        return False
    for m, err in errors.items():
        print(f"[matchlens] {m}: not ranked: {err}", file=sys.stderr)
    return results or None
