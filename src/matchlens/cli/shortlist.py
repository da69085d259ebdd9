"""``matchlens shortlist``: one gig's candidates under one model (top k or above a cutoff), each one's breakdown
requirement by requirement, the "no credible match" flag, and CSV / HTML exports. Blind unless ``--reveal``."""
from __future__ import annotations

import json
import sys
from pathlib import Path


def register(sub) -> None:
    from matchlens.cli.score import _add_common

    p = sub.add_parser("shortlist", help="one gig's best candidates under one model, with each one's requirements "
                                         "met / partial / missing (blind: resume ids, unless --reveal)")
    p.add_argument("resumes", help="resume files, folders or tables")
    p.add_argument("gigs", help="gig files, folders or tables")
    p.add_argument("--gig", required=True, help="the gig: its name, its id, or a part of its name found in one gig")
    p.add_argument("--model", "-m", required=True, help="the model ranking the candidates (e.g. req:tfidf)")
    how = p.add_mutually_exclusive_group()
    how.add_argument("--top", type=int, default=None, help="keep the k best candidates (default 10)")
    how.add_argument("--cutoff", type=float, default=None, help="keep every candidate scoring at least X")
    p.add_argument("--requirements", help="edited requirements: a JSON object, a gig's name or id -> its rows "
                                          "(text, keep, required, weight), as a workspace's requirements.json")
    p.add_argument("--reveal", action="store_true", help="name candidates by their file name (default: resume id)")
    p.add_argument("--details", action="store_true", help="print each candidate's breakdown")
    p.add_argument("--csv", help="write the shortlist to this CSV (or .tsv/.xlsx/.parquet) file")
    p.add_argument("--html", help="write the shortlist with every breakdown to this HTML file")
    p.add_argument("--json", action="store_true")
    p.add_argument("--quiet", "-q", action="store_true")
    _add_common(p)
    p.set_defaults(func=cmd_shortlist)


def find_gig(gigs, wanted: str) -> tuple[int | None, str]:
    """The gig named ``wanted`` (exact name, id, or a part of one name, case-insensitive), or None and why."""
    w = wanted.strip().casefold()
    for pick in (lambda d: d.name.casefold() == w or d.id == wanted.strip(), lambda d: w in d.name.casefold()):
        hits = [i for i, d in enumerate(gigs) if pick(d)]
        if len(hits) == 1:
            return hits[0], ""
        if len(hits) > 1:
            return None, f"'{wanted}' names {len(hits)} gigs ({', '.join(gigs[i].name for i in hits[:4])}…); be exact"
    names = ", ".join(d.name for d in gigs[:6])
    return None, f"no gig named '{wanted}' among the {len(gigs)} gigs ({names}{'…' if len(gigs) > 6 else ''})"


def apply_requirements(corpus, path: str) -> list[str]:
    """Put a requirements file's edits on the corpus's gigs (keys: a gig's id or name); the problems, in words."""
    from matchlens.wsschema import check_requirements, in_words
    from matchlens.workspace import with_requirements

    try:
        raw = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError, UnicodeDecodeError) as exc:
        return [f"{path} cannot be read: {in_words(exc)}; the gigs keep matchlens' own split"]
    rows, problems = check_requirements(raw)
    by_name = {d.name: d.id for d in corpus.gigs}
    ids = {d.id for d in corpus.gigs}
    edits = {}
    for key, value in rows.items():
        gig_id = key if key in ids else by_name.get(key)
        if gig_id is None:
            problems.append(f"{path}: no gig named or with the id '{key}'; its requirements are not used")
        else:
            edits[gig_id] = value
    corpus.documents = with_requirements(corpus.documents, edits)
    return problems


def cmd_shortlist(args) -> int:
    from matchlens.cli.output import EXIT_FAIL, EXIT_OK, EXIT_USAGE, print_table
    from matchlens.cli.score import _progress_reporter, load_inputs, reading_options
    from matchlens.scoring.cache import EmbeddingCache
    from matchlens.scoring.matching import compare
    from matchlens.views import shortlist as sl_view
    from matchlens.views.export import write_table
    from matchlens.views.report import shortlist_html

    corpus = load_inputs(args, "shortlist")
    if corpus is None:
        return EXIT_FAIL
    g, why = find_gig(corpus.gigs, args.gig)
    if g is None:
        print(f"[matchlens] error: {why}", file=sys.stderr)
        return EXIT_USAGE
    for p in apply_requirements(corpus, args.requirements) if args.requirements else []:
        print(f"[matchlens] warning: {p}", file=sys.stderr)
    cache = EmbeddingCache()
    comp = compare(corpus, [args.model], reading_options(args), cache=cache, report=_progress_reporter(not args.quiet))
    if args.model not in comp.results:
        print(f"[matchlens] model failed: {comp.errors.get(args.model, args.model)}", file=sys.stderr)
        return EXIT_FAIL
    top = args.top if args.top is not None or args.cutoff is not None else 10
    sl = sl_view.shortlist(comp, args.model, g, top=top, cutoff=args.cutoff, reveal=args.reveal, cache=cache)
    if sl.credible:
        print(f"[matchlens] {sl.credible}", file=sys.stderr)
    if args.csv:
        print(f"[matchlens] wrote {len(sl.table)} candidates to {write_table(sl_view.to_csv_table(sl), args.csv)}",
              file=sys.stderr)
    if args.html:
        Path(args.html).write_text(shortlist_html(sl, comp), encoding="utf-8")
        print(f"[matchlens] wrote the shortlist report to {args.html}", file=sys.stderr)
    if args.json:
        print(json.dumps({"gig": sl.gig, "model": sl.model, "note": sl.note, "no_credible_match": sl.credible,
                          "candidates": sl_view.to_csv_table(sl).to_dict("records"),
                          "breakdowns": {n: t.to_dict("records") for n, t in sl.details(comp)}},
                         ensure_ascii=False, indent=1, default=str))
        return EXIT_OK
    print(f"{sl.gig}: {sl.note}")
    shown = sl.table.drop(columns=["resume_id"])
    print_table(list(shown.columns), [["—" if v is None or v != v else (f"{v:.3f}" if isinstance(v, float) else str(v))
                                       for v in row] for row in shown.itertuples(index=False)])
    if args.details:
        for name, table in sl.details(comp):
            print(f"\n{name}")
            print_table(["requirement", "kind", "status", "evidence in the CV"],
                        [[req[:60], kind, status, ev[:70]] for req, kind, status, ev in
                         table[["requirement", "kind", "status", "evidence in the CV"]].itertuples(index=False,
                                                                                                   name=None)])
    return EXIT_OK
