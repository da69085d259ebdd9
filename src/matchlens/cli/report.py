"""``matchlens report``: the stakeholder report, one self-contained HTML file that opens offline."""
from __future__ import annotations

import sys
from pathlib import Path


def register(sub) -> None:
    from matchlens.cli.score import add_corpus_args

    p = sub.add_parser("report", help="write one self-contained HTML report (scorecard, heatmaps, odd scores)")
    add_corpus_args(p, labels="optional")
    p.add_argument("--out", default="matchlens-report.html")
    p.add_argument("--audit", action="store_true",
                   help="run the fairness audit too: its worst figures per model in the scorecard and the report")
    p.set_defaults(func=cmd_report)


def cmd_report(args) -> int:
    from matchlens.cli.output import EXIT_FAIL
    from matchlens.cli.score import compare_inputs
    from matchlens.evaluation.audit import audit
    from matchlens.evaluation.scorecard import scorecard
    from matchlens.scoring.cache import EmbeddingCache
    from matchlens.views.report import build

    cache = EmbeddingCache()
    loaded = compare_inputs(args, "report on", cache)
    if loaded is None:
        return EXIT_FAIL
    corpus, comp = loaded
    labels = corpus.labels
    result = audit(comp, cache=cache) if args.audit else None
    card = scorecard(comp, labels, audit=result) if labels else None
    Path(args.out).write_text(build(comp, labels, card, audit=result), encoding="utf-8")
    print(f"[matchlens] wrote {args.out}: opens offline in any browser", file=sys.stderr)
    return 0
