"""Token-aware chunking with overlap, so long resumes are read in full instead of truncated."""
from __future__ import annotations

import re
from typing import Sequence

from matchlens.options import AGGREGATIONS, ChunkSettings  # noqa: F401 (their home is matchlens.options)

_WORD = re.compile(r"\S+")

Spans = Sequence[tuple[int, int]]


def word_spans(text: str) -> list[tuple[int, int]]:
    """Whitespace-token character spans: the fallback when a model has no tokenizer."""
    return [m.span() for m in _WORD.finditer(text)]


CHUNKER_VERSION = 1  # bump when chunk_bounds cuts differently: cached chunk plans (scoring.embedding) are keyed by it


def chunk_text(text: str, spans: Spans, window: int, overlap: int = 32, limit: int | None = None) -> list[str]:
    """Cut ``text`` into pieces of at most ``window`` tokens sharing ``overlap`` tokens (see :func:`chunk_bounds`)."""
    return [text[a:b] for a, b in chunk_bounds(text, spans, window, overlap, limit)]


def chunk_bounds(text: str, spans: Spans, window: int, overlap: int = 32,
                 limit: int | None = None) -> list[tuple[int, int]]:
    """Character (start, end) of each piece of at most ``window`` tokens sharing ``overlap`` tokens.

    ``spans`` are the (start, end) character offsets of the tokens; pieces are cut at token
    boundaries, moved back to the previous line break or sentence end when one is near, and stripped of
    surrounding white space. A text that fits is one piece, the whole text.
    """
    if window <= 0:
        raise ValueError("window must be positive")
    if len(spans) <= window:
        return [(0, len(text))]
    overlap = max(0, min(overlap, window // 2))
    bounds = []
    start_tok = 0
    while start_tok < len(spans):
        end_tok = min(start_tok + window, len(spans))
        end_tok = _soft_end(text, spans, start_tok, end_tok, window)
        a, b = spans[start_tok][0], spans[end_tok - 1][1]
        piece = text[a:b]
        stripped = piece.strip()
        if stripped:
            a += len(piece) - len(piece.lstrip())
            bounds.append((a, a + len(stripped)))
        if end_tok >= len(spans) or (limit and len(bounds) >= limit):
            break
        start_tok = max(end_tok - overlap, start_tok + 1)
    return bounds


def _soft_end(text: str, spans: Spans, start: int, end: int, window: int) -> int:
    """Prefer ending a chunk at a line break or full stop within the last quarter of the window."""
    if end >= len(spans):
        return end
    floor = start + (3 * window) // 4
    for t in range(end - 1, floor, -1):
        gap = text[spans[t][1] : spans[t + 1][0]]
        if "\n" in gap or text[spans[t][1] - 1 : spans[t][1]] in {".", "!", "?", "。"}:
            return t + 1
    return end


_SENT = re.compile(r"(?<=[.!?。])\s+|\n+")


def sentences(text: str, min_chars: int = 25, max_chars: int = 400) -> list[str]:
    """Lines and sentences, short ones merged: the units the inspector matches requirement by requirement."""
    out: list[str] = []
    for raw in _SENT.split(text):
        s = raw.strip(" \t-•*·▪")
        if not s:
            continue
        if out and len(out[-1]) < min_chars:
            out[-1] = f"{out[-1]} {s}"
        else:
            out.append(s)
    return [s[:max_chars] for s in out if len(s) >= 3]
