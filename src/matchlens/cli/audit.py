"""``matchlens audit``: the counterfactual fairness audit of each model on your own resumes and gigs."""
from __future__ import annotations

import json
import sys


def register(sub) -> None:
    from matchlens.cli.score import add_corpus_args

    p = sub.add_parser("audit", help="does a model judge the name, sex, age or postcode? (counterfactual copies)")
    add_corpus_args(p)
    p.add_argument("--attribute", "-a", action="append", choices=["name", "gender", "age", "postcode"],
                   help="attributes to vary (repeatable; default: all four)")
    p.add_argument("--names-per-origin", type=int, default=1, help="female and male names per origin")
    p.add_argument("--k", type=int, default=10, help="top-k whose changes are counted")
    p.add_argument("--groups", action="store_true", help="also print the mean shift per group with its CI")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_audit)


def cmd_audit(args) -> int:
    from matchlens.cli.output import EXIT_FAIL, print_table
    from matchlens.cli.score import _progress_reporter, compare_inputs
    from matchlens.evaluation.audit import ATTRIBUTES, audit
    from matchlens.scoring.cache import EmbeddingCache
    from matchlens.views.formatting import ci, metric_label, number

    cache = EmbeddingCache()
    loaded = compare_inputs(args, "audit", cache)
    if loaded is None:
        return EXIT_FAIL
    _, comp = loaded
    report = _progress_reporter(not args.quiet)
    say = (lambda m, d, t: report(m, "copies", d, t)) if report else None
    table, groups, sentences = audit(comp, attributes=args.attribute or ATTRIBUTES, per_origin=args.names_per_origin,
                                     k=args.k, cache=cache, report=say)
    if args.json:
        print(json.dumps({"verdicts": sentences, "table": table.to_dict("records"),
                          "groups": groups.to_dict("records")}, indent=1, default=float))
        return 0 if len(table) else EXIT_FAIL
    for s in sentences:
        print(s)
    print()
    cols = [c for c in table.columns if c not in ("pairs",)]
    print_table([metric_label(c) for c in cols], [[r[c] if isinstance(r[c], str) else
                                                   f"{r[c]:.0%}" if "pairs changing" in c or "changes" in c
                                                   else number(r[c]) for c in cols] for _, r in table.iterrows()])
    if args.groups:
        print()
        print_table(["model", "attribute", "group", "mean shift (gig sd)", "95% CI"],
                    [[r.model, r.attribute, r.group, number(r["mean shift (gig sd)"]), ci(*r["95% CI"])]
                     for _, r in groups.iterrows()])
    return 0 if len(table) else EXIT_FAIL
