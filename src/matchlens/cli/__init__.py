"""The ``matchlens`` command: one module per command group, each a thin wrapper over the library.

Tables go to stdout (``--json`` for machines), progress and problems to stderr. Model names are checked before
any work starts: a wrong one is refused in one sentence (exit 2).
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Sequence

from matchlens.cli.output import EXIT_FAIL, EXIT_USAGE


def build_parser() -> argparse.ArgumentParser:
    from matchlens.cli import (audit, blind, evaluate, report, scale, score, scorecard, shortlist, train,
                               workspaces)

    parser = argparse.ArgumentParser(prog="matchlens", description="Compare how models match resumes to gigs.")
    sub = parser.add_subparsers(dest="command", required=True)
    for module in (score, evaluate, scorecard, shortlist, audit, blind, report, train, scale, workspaces):
        module.register(sub)
    return parser


def refused_models(names: Sequence[str]) -> list[str]:
    """Model names refused before any work: bad composite specs, unknown parts, unknown names, non-folders.
    A plain hub id that is not available offline still runs as 'reported, the others still score'."""
    from matchlens.scoring.names import check_name

    out = []
    for name in names:
        problem = check_name(name)
        hub_id = "/" in name and ":" not in name and not Path(name).expanduser().exists()
        if problem and not (hub_id and "not available offline" in problem):
            out.append(problem)
    return out


def main(argv: Sequence[str] | None = None) -> int:
    from matchlens.settings import apply_privacy_defaults

    apply_privacy_defaults()
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command == "score":
        if len(args.resumes) < 2:
            parser.error("score needs RESUMES and GIGS")
        args.gigs = args.resumes[-1]
        args.resumes = args.resumes[:-1]
    if getattr(args, "default_models", False) and not args.model:  # what the app compares, without composing a name
        from matchlens.cli.score import default_models

        args.model = default_models()
        print(f"[matchlens] models: {', '.join(args.model)} (the defaults; -m to choose)", file=sys.stderr)
    chosen = getattr(args, "model", None) or []
    refused = refused_models([chosen] if isinstance(chosen, str) else chosen)
    if refused:
        for sentence in refused:
            print(f"[matchlens] error: {sentence}", file=sys.stderr)
        return EXIT_USAGE
    try:
        return args.func(args)
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # the CLI reports, never dumps a traceback on users
        from matchlens.encoders import ModelUnavailable

        kind = "model unavailable" if isinstance(exc, ModelUnavailable) else type(exc).__name__
        print(f"[matchlens] error ({kind}): {exc}", file=sys.stderr)
        return EXIT_FAIL
