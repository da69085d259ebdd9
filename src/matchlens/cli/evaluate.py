"""``matchlens evaluate pairs|ranking``: the evaluators from the command line, ``--json`` for machines."""
from __future__ import annotations

import json
import sys

from matchlens.cli import options
from matchlens.cli.score import add_reading_args, reading_options
from matchlens.evaluation.metricset import RANKING, shown_keys

AS_THE_APP = ("Scored as the app scores a corpus, by the same function and under the same options: {side} read "
              "blind (names, contact details, address, age masked) unless --no-blind; --sections, chunking "
              "(--aggregation, --overlap) and gig fields (--fields, --title-weight) as in `matchlens score`; "
              "hybrids fused and re-rankers shortlisted per {gig}.")


def register(sub) -> None:
    p = sub.add_parser("evaluate", help="metrics of models on labeled pairs or a ranking set")
    ev = p.add_subparsers(dest="what", required=True)
    pp = ev.add_parser("pairs", help="labeled (resume, job, label) pairs in a CSV",
                       description=AS_THE_APP.format(side="the resume column is", gig="job of the file"))
    pp.add_argument("file")
    pp.add_argument("--model", "-m", action="append", required=True)
    pp.add_argument("--resume-col", default="resume")
    pp.add_argument("--job-col", default="job")
    pp.add_argument("--label-col", default="label")
    pp.add_argument("--threshold", type=float, default=None, help="default: the F1-optimal threshold")
    pp.add_argument("--positive-min", type=float, default=1.0, help="labels >= this count as a fit")
    pp.add_argument("--bootstrap", type=int, default=300)
    add_reading_args(pp)
    pp.add_argument("--json", action="store_true")
    pp.set_defaults(func=cmd_pairs)
    rp = ev.add_parser("ranking", help="queries and a corpus; relevant when labels are equal (or --qrels): MRR, "
                                       "hit@k, recall@k, nDCG@k",
                       description="Queries are read as gigs, the corpus as resumes. " + AS_THE_APP.format(
                           side="the corpus is", gig="query"))
    rp.add_argument("--queries", required=True)
    rp.add_argument("--corpus", required=True)
    rp.add_argument("--qrels", help="CSV of query_id, corpus_id, relevance (needs an id column in both files)")
    rp.add_argument("--model", "-m", action="append", required=True)
    rp.add_argument("--text-col", default="text")
    rp.add_argument("--label-col", default="label")
    rp.add_argument("--k", default="1,5,10")
    rp.add_argument("--bootstrap", type=int, default=300)
    add_reading_args(rp)
    rp.add_argument("--json", action="store_true")
    rp.set_defaults(func=cmd_ranking)
    _register_realads(ev)
    options.register(ev)  # evaluate options: the scoring options searched on the labels (cli/options.py)
    hp = ev.add_parser("hybrid", help="choose fusion weights of 2+ models on labels (--resumes/--gigs/--labels) "
                                      "or on a ranking set (--queries/--corpus), with a held-back check")
    hp.add_argument("--resumes")
    hp.add_argument("--gigs")
    hp.add_argument("--labels", help="CSV with resume, gig, label (as sample_data/labels.csv)")
    hp.add_argument("--queries", help="ranking set: weights chosen on half the queries (MRR), checked on the rest")
    hp.add_argument("--corpus")
    hp.add_argument("--qrels")
    hp.add_argument("--text-col", default="text")
    hp.add_argument("--label-col", default="label")
    hp.add_argument("--model", "-m", action="append", required=True)
    hp.add_argument("--method", choices=["z", "rrf"], default="z")
    hp.add_argument("--positive-min", type=float, default=1.0)
    hp.add_argument("--json", action="store_true")
    add_reading_args(hp)
    hp.set_defaults(func=cmd_hybrid)


def _emit(results: dict, errors: dict, keys, as_json: bool) -> int:
    for m, e in errors.items():
        print(f"[matchlens] model failed: {m}: {e}", file=sys.stderr)
    if as_json:
        print(json.dumps({m: {k: v for k, v in r.items() if k != "per_query_rr"} for m, r in results.items()},
                         indent=2, default=float))
    else:
        from matchlens.cli.output import print_table
        from matchlens.views.formatting import metric_label, number

        rows = [[m] + [number(r.get(k)) if k in r else "—" for k in keys] for m, r in results.items()]
        print_table(["model", *(metric_label(k) for k in keys)], rows)
    return 0 if results else 1


def cmd_pairs(args) -> int:
    from matchlens.evaluation.labeled import evaluate_pairs_file

    results, errors = evaluate_pairs_file(args.file, args.model, args.resume_col, args.job_col, args.label_col,
                                          args.threshold, args.positive_min, args.bootstrap,
                                          options=reading_options(args))
    for m, r in results.items():
        if r.get("trained_on_pairs"):
            print(f"[matchlens] warning: leakage: {m} was trained on {r['trained_on_pairs']} of these "
                  f"{r['n_pairs']} pairs, so its figures are inflated; evaluate it on pairs it did not see",
                  file=sys.stderr)
    return _emit(results, errors, shown_keys(), args.json)


def cmd_ranking(args) -> int:
    from matchlens.evaluation.labeled import evaluate_ranking_files

    ks = [int(k) for k in args.k.split(",") if k.strip()]
    results, errors = evaluate_ranking_files(args.queries, args.corpus, args.model, args.text_col, args.label_col,
                                             ks, args.bootstrap, args.qrels, options=reading_options(args))
    keys = shown_keys(RANKING, ks)
    for m, r in results.items():
        if r.get("n_queries_with_ties"):
            print(f"[matchlens] {m}: {r['n_queries_with_ties']} of {r['n_queries']} queries had ties at their best "
                  f"relevant item; every figure is its expectation over random orders of the ties", file=sys.stderr)
    code = _emit(results, errors, keys, args.json)
    if results and not args.json:
        from matchlens.views.formatting import RANKING_NOTE

        print("\n" + RANKING_NOTE)
    return code


def cmd_hybrid(args) -> int:
    from matchlens.ingest.corpus import load_corpus
    from matchlens.ingest.isolated import load_bytes as in_worker
    from matchlens.evaluation.labeled import tune_hybrid, tune_hybrid_ranking
    from matchlens.scoring.matching import compare

    if args.queries or args.corpus:
        if not (args.queries and args.corpus):
            print("[matchlens] a ranking set needs both --queries and --corpus", file=sys.stderr)
            return 2
        choice = tune_hybrid_ranking(args.queries, args.corpus, args.model, args.method, args.text_col,
                                     args.label_col, args.qrels, reading_options(args))
        keys, unit = ("mrr",), "queries"
    else:
        if not (args.resumes and args.gigs and args.labels):
            print("[matchlens] give --resumes, --gigs and --labels, or a ranking set (--queries, --corpus)",
                  file=sys.stderr)
            return 2
        corpus = load_corpus(args.resumes, args.gigs, labels=args.labels, reader=in_worker)
        comp = compare(corpus, args.model, reading_options(args))
        for m, e in comp.errors.items():
            print(f"[matchlens] model failed: {m}: {e}", file=sys.stderr)
        choice = tune_hybrid(comp, corpus.labels, [m for m in args.model if m in comp.results], args.method,
                             args.positive_min)
        keys, unit = ("roc_auc", "average_precision"), "pairs"
    print(f"[matchlens] {choice.verdict()} Chosen on {choice.n_fit} {unit}; metrics on {choice.n_heldout} "
          f"held-back {unit}; model name {choice.name}", file=sys.stderr)
    if args.json:
        print(json.dumps({"name": choice.name, "weights": choice.weights, "heldout": choice.heldout}, indent=2))
        return 0
    return _emit(choice.heldout, {}, keys, False)


def _register_realads(ev) -> None:
    """``evaluate realads``: the real French job ads of ../shared/data → their ROME occupation (or back)."""
    from matchlens.evaluation import realads

    p = ev.add_parser("realads", help="real French job ads → their ROME occupation among all 1,584 (needs the "
                                      "shared data folder: MATCHLENS_SHARED_DATA): MRR, hit@k with CIs",
                      description="Each ad (title + description) is a query read as a gig; the corpus is every ROME "
                                  "occupation (label + job titles), read as resumes. " + AS_THE_APP.format(
                                      side="the corpus is", gig="query"))
    p.add_argument("--model", "-m", action="append", required=True)
    p.add_argument("--split", default="dev", choices=["all", "dev", "test", "train", "dldi", "chuck"],
                   help="which ads: a part of the seeded split (dev, test, train), a collection (dldi: nationwide "
                        "2019-2023, chuck: départements 01 and 74, 2025) or all")
    p.add_argument("--direction", default="ad_to_occupation", choices=["ad_to_occupation", "occupation_to_ads"])
    p.add_argument("--titles", type=int, default=10, help="job titles per ROME entry besides its label")
    p.add_argument("--seed", type=int, default=realads.SEED)
    p.add_argument("--bootstrap", type=int, default=300)
    add_reading_args(p)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_realads)


def cmd_realads(args) -> int:
    from matchlens.evaluation import realads

    try:
        task, what = realads.build(args.direction, args.split, args.seed, args.titles)
    except (realads.SharedDataMissing, ValueError) as exc:
        print(f"[matchlens] {exc}", file=sys.stderr)
        return 2
    print(f"[matchlens] {what}", file=sys.stderr)
    found, errors = realads.evaluate(task, args.model, options=reading_options(args), n_boot=args.bootstrap)
    return _emit(found["all"], errors, shown_keys(RANKING), args.json)
