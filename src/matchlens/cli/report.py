"""``matchlens report``: the stakeholder report, one self-contained HTML file that opens offline."""
from __future__ import annotations

import sys
from pathlib import Path


def register(sub) -> None:
    from matchlens.cli.score import add_corpus_args

    p = sub.add_parser("report", help="write one self-contained HTML report (scorecard, heatmaps, odd scores)")
    add_corpus_args(p, labels="optional")
    p.add_argument("--out", default="matchlens-report.html")
    p.set_defaults(func=cmd_report)


def cmd_report(args) -> int:
    from matchlens.cli.output import EXIT_FAIL
    from matchlens.cli.score import compare_inputs
    from matchlens.evaluation.scorecard import scorecard
    from matchlens.views.report import build

    loaded = compare_inputs(args, "report on")
    if loaded is None:
        return EXIT_FAIL
    corpus, comp = loaded
    labels = corpus.labels
    card = scorecard(comp, labels) if labels else None
    Path(args.out).write_text(build(comp, labels, card), encoding="utf-8")
    print(f"[matchlens] wrote {args.out}: opens offline in any browser", file=sys.stderr)
    return 0
