"""The one label vocabulary: what a judgement of a (resume, gig) pair can be, and everything that names it.

Each label's stored name (the workspace, ``Corpus.labels``), its number for metrics and training (1 / 0.5 / 0), the
Label queue's key, its marks on the heatmaps and maps (plotly symbol, text glyph, colour) and the words a labels
file may use for it (French and English). A new label or synonym is one line here; the label reader, the metrics,
the Inspector, the Label queue and the figures read it.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Label:
    """One judgement and its names."""

    name: str               # stored in the workspace and shown: 'fit', 'partial', 'no'
    value: float            # for metrics and training: 1, 0.5, 0
    key: str                # the Label queue's keyboard shortcut
    symbol: str             # plotly marker symbol on the heatmaps
    glyph: str              # the same mark in text (legends, captions)
    color: str              # hex colour in scatter plots and maps
    marked: bool            # marked on the heatmaps (most pairs are 'no': marking them would hide the colours)
    words: tuple[str, ...]  # what a labels file may write for it (lower case, spaces collapsed)


LABELS: tuple[Label, ...] = (
    Label("fit", 1.0, "F", "circle", "○", "#2b8a3e", True,
          ("fit", "1", "1.0", "yes", "y", "true", "match", "good", "oui", "o", "vrai", "adapté", "adapte", "bon")),
    Label("partial", 0.5, "P", "diamond", "◇", "#e67700", True,
          ("partial", "0.5", "0,5", "maybe", "partiel", "partielle", "peut-être", "peut-etre", "moyen")),
    Label("no", 0.0, "N", "x", "✕", "#c92a2a", False,
          ("no", "0", "0.0", "n", "false", "no fit", "nofit", "no_fit", "no match", "bad", "non", "faux",
           "pas adapté", "pas adapte", "mauvais")),
)
UNLABELLED = "unlabelled"          # how a pair without a label is shown
UNLABELLED_COLOR = "#adb5bd"
SKIP_KEY = "S"                     # the Label queue's key to skip a pair

NAMES: tuple[str, ...] = tuple(lab.name for lab in LABELS)
LABEL_VALUE: dict[str, float] = {lab.name: lab.value for lab in LABELS}
WORDS: dict[str, tuple[str, ...]] = {lab.name: lab.words for lab in LABELS}
KEYS: dict[str, str] = {lab.name: lab.key for lab in LABELS}
SYMBOLS: dict[str, str] = {lab.name: lab.symbol for lab in LABELS}
COLORS: dict[str, str] = {lab.name: lab.color for lab in LABELS}


def label(name: str) -> Label:
    """The label of a stored name; KeyError, in words, for another one."""
    for lab in LABELS:
        if lab.name == name:
            return lab
    raise KeyError(f"{name!r} is not a label (labels: {spelled(', ')})")


def nearest(value: float) -> str:
    """The label whose number is nearest to a value from 0 to 1 (a tie goes to the higher label)."""
    return min(LABELS, key=lambda lab: (abs(lab.value - value), -lab.value)).name


def positive_choices() -> dict[float, str]:
    """What 'positive' can mean, by the lowest label counted as a fit: {1.0: 'fit', 0.5: 'fit or partial'}."""
    ranked = sorted((lab for lab in LABELS if lab.value > 0), key=lambda lab: -lab.value)
    return {lab.value: " or ".join(x.name for x in ranked[:k + 1]) for k, lab in enumerate(ranked)}


def spelled(sep: str = " / ") -> str:
    """The labels as a user writes them: 'fit / partial / no'."""
    return sep.join(NAMES)


def key_help() -> str:
    """The Label queue's keys in words: 'F fit, P partial, N no, S skip'."""
    return ", ".join(f"{lab.key} {lab.name}" for lab in LABELS) + f", {SKIP_KEY} skip"


def marks_help() -> str:
    """The heatmaps' marks in words: '○ fit, ◇ partial'."""
    return ", ".join(f"{lab.glyph} {lab.name}" for lab in LABELS if lab.marked)


def percent_help() -> str:
    """Each label as a percentile target: 'fit = 100, partial = 50, no = 0'."""
    return ", ".join(f"{lab.name} = {100 * lab.value:g}" for lab in LABELS)
