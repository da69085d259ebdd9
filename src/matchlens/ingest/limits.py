"""Limits that keep one strange file from hanging or exhausting the machine; all user-adjustable."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Limits:
    max_file_mb: float = 25.0          # bigger files are refused before parsing
    max_pages: int = 200               # PDF pages; a resume or gig never has more
    max_chars: int = 100_000           # per document; longer text is cut, with a warning
    max_documents: int = 20_000        # per load (rows of a table included)
    max_unzipped_mb: float = 200.0     # DOCX/XLSX: total uncompressed size (zip bombs)
    parse_seconds: float = 30.0        # PDF text extraction stops after this long (pathological files)

    @property
    def max_file_bytes(self) -> int:
        return int(self.max_file_mb * 1024 * 1024)


DEFAULT_LIMITS = Limits()
