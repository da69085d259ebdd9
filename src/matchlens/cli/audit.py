"""``matchlens audit``: the counterfactual fairness audit of each model on your own resumes and gigs."""
from __future__ import annotations

import json
import sys


def register(sub) -> None:
    from matchlens.cli.score import _add_common

    p = sub.add_parser("audit", help="does a model judge the name, sex, age or postcode? (counterfactual copies)")
    p.add_argument("resumes", help="resume files, folders or tables")
    p.add_argument("gigs", help="gig files, folders or tables")
    p.add_argument("--model", "-m", action="append", required=True)
    p.add_argument("--attribute", "-a", action="append", choices=["name", "gender", "age", "postcode"],
                   help="attributes to vary (repeatable; default: all four)")
    p.add_argument("--names-per-origin", type=int, default=1, help="female and male names per origin")
    p.add_argument("--k", type=int, default=10, help="top-k whose changes are counted")
    p.add_argument("--groups", action="store_true", help="also print the mean shift per group with its CI")
    p.add_argument("--json", action="store_true")
    p.add_argument("--quiet", "-q", action="store_true")
    _add_common(p)
    p.set_defaults(func=cmd_audit)


def cmd_audit(args) -> int:
    from matchlens.cli.output import EXIT_FAIL, print_table
    from matchlens.cli.score import _options, _progress_reporter, load_inputs
    from matchlens.evaluation.audit import ATTRIBUTES, audit
    from matchlens.scoring.cache import EmbeddingCache
    from matchlens.scoring.matching import compare
    from matchlens.views.formatting import ci, metric_label, number

    corpus = load_inputs(args, "audit")
    if corpus is None:
        return EXIT_FAIL
    cache = EmbeddingCache()
    report = _progress_reporter(not args.quiet)
    comp = compare(corpus, args.model, _options(args), cache=cache, report=report)
    for name, err in comp.errors.items():
        print(f"[matchlens] model failed: {err}", file=sys.stderr)
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
