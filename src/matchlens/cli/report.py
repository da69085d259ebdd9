"""``matchlens report``: the stakeholder report, one self-contained HTML file that opens offline."""
from __future__ import annotations

import sys
from pathlib import Path


def register(sub) -> None:
    from matchlens.cli.score import _add_common

    p = sub.add_parser("report", help="write one self-contained HTML report (scorecard, heatmaps, odd scores)")
    p.add_argument("resumes")
    p.add_argument("gigs")
    p.add_argument("--model", "-m", action="append", required=True)
    p.add_argument("--labels", help="CSV with resume, gig, label: adds the scorecard")
    p.add_argument("--out", default="matchlens-report.html")
    p.add_argument("--quiet", "-q", action="store_true")
    _add_common(p)
    p.set_defaults(func=cmd_report)


def cmd_report(args) -> int:
    from matchlens.cli.output import EXIT_FAIL
    from matchlens.cli.score import _options, _progress_reporter, load_inputs
    from matchlens.evaluation.scorecard import scorecard
    from matchlens.ingest.corpus import apply_labels_file
    from matchlens.scoring.matching import compare
    from matchlens.views.report import build

    corpus = load_inputs(args, "report on")
    if corpus is None:
        return EXIT_FAIL
    for p in apply_labels_file(corpus, args.labels) if args.labels else []:
        print(f"[matchlens] warning: {p}", file=sys.stderr)
    comp = compare(corpus, args.model, _options(args), report=_progress_reporter(not args.quiet))
    for err in comp.errors.values():
        print(f"[matchlens] model failed: {err}", file=sys.stderr)
    if not comp.results:
        return EXIT_FAIL
    card = scorecard(comp, corpus.labels) if corpus.labels else None
    Path(args.out).write_text(build(comp, corpus.labels, card), encoding="utf-8")
    print(f"[matchlens] wrote {args.out}: opens offline in any browser", file=sys.stderr)
    return 0
