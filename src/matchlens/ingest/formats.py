"""The file formats matchlens reads, in one table: each with its extensions, the name the uploader shows and its reader
(one signature: data, name, limits, notes, budget -> text). ``SUPPORTED_EXT``, the uploader's accepted types and label
and the isolated worker's imports are derived from it; adding a format is one row here and one reader module."""
from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import Callable

from matchlens.ingest.limits import Budget, Limits

Reader = Callable[[bytes, str, Limits, list, Budget], str]


@dataclass(frozen=True)
class Format:
    """A document format: what it is called, its extensions, and where its reader lives."""

    label: str
    exts: tuple[str, ...]
    module: str  # 'matchlens.ingest.pdf', imported when a file of this format is read
    function: str  # its reader: read_<fmt>(data, name, limits, [notes=…,] budget=…)
    takes_notes: bool = False  # the reader names what it could not read (pages, lines) in ``notes``
    takes_limits: bool = True

    def read(self, data: bytes, name: str, limits: Limits, notes: list, budget: Budget) -> str:
        """The text of one file of this format (IngestError with a sentence when there is none)."""
        fn = getattr(importlib.import_module(self.module), self.function)
        args = (data, name, limits) if self.takes_limits else (data, name)
        return fn(*args, **({"notes": notes} if self.takes_notes else {}), budget=budget)


DOCUMENTS: tuple[Format, ...] = (
    Format("PDF", (".pdf",), "matchlens.ingest.pdf", "read_pdf", takes_notes=True),
    Format("DOCX", (".docx",), "matchlens.ingest.docx", "read_docx"),
    Format("ODT", (".odt",), "matchlens.ingest.odt", "read_odt"),
    Format("RTF", (".rtf",), "matchlens.ingest.rtf", "read_rtf"),
    Format("HWPX", (".hwpx",), "matchlens.ingest.hwpx", "read_hwpx"),
    Format("HTML", (".html", ".htm", ".xhtml"), "matchlens.ingest.html", "read_html", takes_notes=True,
           takes_limits=False),
    Format("TXT/MD", (".txt", ".md", ".markdown", ".text", ".rst", ""), "matchlens.ingest.text", "read_text",
           takes_notes=True, takes_limits=False),
)
TABLES = ("CSV/XLSX/JSON", (".csv", ".tsv", ".xlsx", ".xlsm", ".json", ".jsonl", ".ndjson"))  # one document per row
BY_EXT = {ext: f for f in DOCUMENTS for ext in f.exts}


def by_ext(ext: str) -> Format | None:
    """The document format of an extension ('.pdf'), None for tables and unknown extensions."""
    return BY_EXT.get(ext.lower())


# what a file's first bytes say it is, whatever its name: an RTF or a PDF saved as '.txt' (or with no extension) is read
# as what it is, not as its source
MAGIC = ((b"{\\rtf", ".rtf"), (b"%PDF-", ".pdf"))


def sniffed(data: bytes, ext: str) -> tuple[Format | None, str]:
    """The format of a file (by its first bytes for a text-named file, else by its extension), and a note when the
    bytes overrode the name ('' otherwise)."""
    fmt = by_ext(ext)
    if fmt is not None and fmt.label == "TXT/MD":
        head = data[:16].lstrip(b"\xef\xbb\xbf \t\r\n")
        for magic, real in MAGIC:
            if head.startswith(magic):
                return by_ext(real), f"named '{ext or 'no extension'}' but is {by_ext(real).label}: read as {by_ext(real).label}"
    return fmt, ""


def upload_label() -> str:
    """What the uploader says it accepts ('Files (PDF, DOCX, …; CSV/XLSX/JSON — one document per row)')."""
    return f"Files ({', '.join(f.label for f in DOCUMENTS)}; {TABLES[0]} — one document per row)"


def names() -> str:
    """Every readable format in one line, as pages list them ('PDF, DOCX, …, TXT/MD, CSV/XLSX/JSON')."""
    return ", ".join([f.label for f in DOCUMENTS] + [TABLES[0]])


def reader_modules() -> list[str]:
    """Every reader module, for a worker process to import before its first file."""
    return sorted({f.module for f in DOCUMENTS})
