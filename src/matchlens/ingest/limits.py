"""Limits that keep one strange file from hanging or exhausting the machine; all user-adjustable.

:class:`Limits` are the user's settings; a :class:`Budget` is what one file may still spend while it is read (text,
bytes unpacked from its archives, time). Every reader draws on the same budget, so a count written inside a file (an
ODT's number of spaces, a DOCX's references to one imported chunk, an XLSX's declared sheet size) can never ask for
more than is left.
"""
from __future__ import annotations

import time
from dataclasses import dataclass, field

from matchlens.ingest.errors import Refused

RAW_FACTOR = 2  # text collected before cleaning: twice the character limit (cleaning drops blank runs)


@dataclass(frozen=True)
class Limits:
    max_file_mb: float = 25.0          # bigger files are refused before parsing
    max_pages: int = 200               # PDF pages; a resume or gig never has more
    max_chars: int = 100_000           # per document; longer text is cut, with a warning
    max_documents: int = 20_000        # per load (rows of a table included)
    max_unzipped_mb: float = 200.0     # DOCX/XLSX/ODT/HWPX: total uncompressed size, imported parts counted per use
    parse_seconds: float = 30.0        # every reader stops after this long (what it read is kept, and named)
    max_columns: int = 200             # XLSX columns read per row (a sheet's real cells, never its declared size)

    @property
    def max_file_bytes(self) -> int:
        return int(self.max_file_mb * 1024 * 1024)

    @property
    def max_raw_chars(self) -> int:
        """Characters a reader collects before cleaning (the text is cut to ``max_chars`` after)."""
        return self.max_chars * RAW_FACTOR

    @property
    def hard_seconds(self) -> float:
        """When a reader that ignores its budget (a single slow step in a library) is stopped from outside."""
        return self.parse_seconds + max(5.0, self.parse_seconds / 2)


DEFAULT_LIMITS = Limits()


@dataclass
class Budget:
    """What is left for one file: characters of raw text, bytes unpacked, seconds. Readers stop when it is spent
    (``truncated``: text left out; ``late``: out of time, named by ``note``) and never allocate a count the file asks
    for beyond what is left."""

    name: str
    limits: Limits = DEFAULT_LIMITS
    chars: int = field(init=False)
    unpacked: int = field(init=False)
    deadline: float = field(init=False)
    truncated: bool = field(init=False, default=False)
    late: bool = field(init=False, default=False)
    _ticks: int = field(init=False, default=0)

    def __post_init__(self) -> None:
        self.chars = self.limits.max_raw_chars
        self.unpacked = int(self.limits.max_unzipped_mb * 1024 * 1024)
        self.deadline = time.monotonic() + self.limits.parse_seconds

    @property
    def spent(self) -> bool:
        """Whether reading should stop (text budget used up, or out of time)."""
        return self.truncated or self.out_of_time()

    @property
    def note(self) -> str:
        """What the user should know about a read that ran out of time ("" otherwise)."""
        if not self.late:
            return ""
        return (f"reading stopped after {self.limits.parse_seconds:g} s (the time limit): the rest of the file was "
                f"not read")

    def text(self, piece: str) -> str:
        """``piece``, or as much of it as is left (the rest dropped, ``truncated`` set)."""
        if len(piece) <= self.chars:
            self.chars -= len(piece)
            return piece
        kept, self.chars, self.truncated = piece[: max(self.chars, 0)], 0, True
        return kept

    def count(self, asked: int) -> int:
        """A repeat count written in the file (spaces, cells), capped by the text that is left."""
        return max(0, min(asked, self.chars + 1))

    def take_bytes(self, size: int, what: str) -> None:
        """Charge bytes unpacked from an archive (each use of a part counts); IngestError past the limit."""
        self.unpacked -= size
        if self.unpacked < 0:
            raise Refused(self.name, f"{what} would unpack to more than {self.limits.max_unzipped_mb:g} MB "
                                         f"in all: refused as a possible zip bomb")

    def tick(self) -> bool:
        """Cheap check inside loops: True when out of time."""
        self._ticks += 1
        return self.late or (self._ticks % 128 == 0 and self.out_of_time())

    def out_of_time(self) -> bool:
        if not self.late and time.monotonic() > self.deadline:
            self.late = True
        return self.late
