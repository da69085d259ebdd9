"""``matchlens audit``: the counterfactual fairness audit of each model on your own resumes and gigs."""
from __future__ import annotations

import json


def register(sub) -> None:
    from matchlens.cli.score import add_corpus_args
    from matchlens.evaluation.audit import NAMES_PER_GROUP

    p = sub.add_parser("audit", help="does a model judge the name, sex, age or postcode? (counterfactual copies)")
    add_corpus_args(p)
    p.add_argument("--attribute", "-a", action="append", choices=["name", "gender", "age", "postcode"],
                   help="attributes to vary (repeatable; default: all four)")
    p.add_argument("--names-per-origin", type=int, default=NAMES_PER_GROUP,
                   help="female and male names per origin (each origin × sex group's names)")
    p.add_argument("--k", type=int, default=10, help="top-k whose changes (and selection rates) are counted")
    p.add_argument("--groups", action="store_true",
                   help="also print the mean shift per group with its CI, and the group view: each origin × sex "
                        "group's top-k selection rate and impact ratio (flagged below 0.8, the four-fifths rule)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_audit)


def cmd_audit(args) -> int:
    from matchlens.cli.output import EXIT_FAIL
    from matchlens.cli.score import _progress_reporter, compare_inputs
    from matchlens.evaluation.audit import ATTRIBUTES, audit
    from matchlens.scoring.cache import EmbeddingCache

    cache = EmbeddingCache()
    loaded = compare_inputs(args, "audit", cache)
    if loaded is None:
        return EXIT_FAIL
    _, comp = loaded
    report = _progress_reporter(not args.quiet)
    say = (lambda m, d, t: report(m, "copies", d, t)) if report else None
    result = audit(comp, attributes=args.attribute or ATTRIBUTES, per_origin=args.names_per_origin, k=args.k,
                   cache=cache, report=say)
    if args.json:
        record = result.to_record()
        record["verdicts"] = record.pop("sentences")
        print(json.dumps(record, indent=1, default=float))
    else:
        print_audit(result, args.groups)
    return 0 if len(result.table) else EXIT_FAIL


def print_audit(result, groups: bool) -> None:
    """The verdicts and the table; with ``groups``, the mean shift per group and the group view."""
    from matchlens.cli.output import print_table
    from matchlens.views.formatting import ci, metric_label, number

    for s in result.sentences:
        print(s)
    print()
    table = result.table
    cols = [c for c in table.columns if c not in ("pairs",)]
    print_table([metric_label(c) for c in cols], [[r[c] if isinstance(r[c], str) else
                                                   f"{r[c]:.0%}" if "pairs changing" in c or "changes" in c
                                                   else number(r[c]) for c in cols] for _, r in table.iterrows()])
    if not groups:
        return
    print()
    print_table(["model", "attribute", "group", "mean shift (gig sd)", "95% CI"],
                [[r.model, r.attribute, r.group, number(r["mean shift (gig sd)"]), ci(*r["95% CI"])]
                 for _, r in result.groups.iterrows()])
    if len(result.selection):
        k = result.settings.get("k", "k")
        print(f"\nGroup view: share of CVs in a gig's top {k} when carrying each group's names (averaged over gigs); "
              "impact ratio = rate / best group's rate, flagged below 0.8 (four-fifths rule); 95% CI over resumes.")
        print_table(["model", "group", "selection rate", "impact ratio", "95% CI", "flag"],
                    [[r.model, r.group, f"{r['selection rate']:.0%}", number(r["impact ratio"]),
                      ci(r["CI low"], r["CI high"]), "below 4/5" if r.flag else ""]
                     for _, r in result.selection.iterrows()])
