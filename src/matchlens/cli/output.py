"""What every command prints: exit codes, plain tables on stdout, named problems on stderr."""
from __future__ import annotations

import sys
from typing import Sequence

EXIT_OK, EXIT_FAIL, EXIT_USAGE = 0, 1, 2


def print_table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
    """A plain text table on stdout (the human output; --json is the machine one)."""
    widths = [max(len(str(x)) for x in col) for col in zip(header, *rows)] if rows else [len(h) for h in header]
    for row in [header, ["-" * w for w in widths], *rows]:
        print("  ".join(str(x).ljust(w) for x, w in zip(row, widths)).rstrip())


def print_problems(problems) -> None:
    """Files and rows that were skipped or loaded with a caveat, by name, with the reason."""
    for p in problems:
        tag = "skipped" if p.severity == "error" else "warning"
        print(f"[matchlens] {tag}: {p.name}: {p.reason}", file=sys.stderr)
