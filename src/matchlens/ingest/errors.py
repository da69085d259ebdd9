"""Per-file ingestion problems: reported by name, never raised past the loader."""
from __future__ import annotations

from dataclasses import dataclass


class IngestError(Exception):
    """A file (or row) that could not be turned into a document, with a human-readable reason."""

    def __init__(self, name: str, reason: str):
        super().__init__(f"{name}: {reason}")
        self.name = name
        self.reason = reason


@dataclass(frozen=True)
class Problem:
    """What the UI and CLI show: the file name, whether it was skipped, and why."""

    name: str
    reason: str
    severity: str = "error"  # "error": nothing loaded from it; "warning": loaded with a caveat

    def __str__(self) -> str:
        return f"{self.name}: {self.reason}"
