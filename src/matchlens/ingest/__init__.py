"""Turn files, folders, table rows and pasted text into documents; every bad input becomes a Problem.

The contract: a load never raises because of one file. Each input either yields documents or a
:class:`Problem` naming it, and the other inputs still load.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from ..documents import Document, Kind, make_id
from .errors import IngestError, Problem
from .lang import detect_language
from .limits import DEFAULT_LIMITS, Limits

TEXT_EXT = {".txt", ".md", ".markdown", ".text", ".rst"}
TABLE_EXT = {".csv", ".tsv", ".xlsx", ".xlsm", ".xls"}
SUPPORTED_EXT = TEXT_EXT | TABLE_EXT | {".pdf", ".docx"}

__all__ = ["IngestError", "Problem", "Limits", "DEFAULT_LIMITS", "LoadResult", "load_bytes",
           "load_paths", "from_text", "detect_language", "SUPPORTED_EXT"]


@dataclass
class LoadResult:
    """Documents that loaded, and problems (errors: skipped; warnings: loaded with a caveat)."""

    documents: list[Document] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    def extend(self, other: "LoadResult") -> None:
        self.documents.extend(other.documents)
        self.problems.extend(other.problems)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]


def safe_name(name: str) -> str:
    """Display name of an uploaded file: the base name only (no path traversal), never empty."""
    base = os.path.basename(str(name).replace("\\", "/")).strip()
    base = "".join(c for c in base if c.isprintable())
    return base[:200] or "unnamed"


def from_text(text: str, name: str, kind: Kind, source: str = "pasted", meta: dict | None = None,
              limits: Limits = DEFAULT_LIMITS) -> tuple[Document, list[Problem]]:
    """Build a document from text; warnings say what was cut. Raises IngestError if nothing is left."""
    from .text import clean_text

    text = clean_text(text)
    problems = []
    if not text:
        raise IngestError(name, "empty document (no text, or only whitespace)")
    if len(text) > limits.max_chars:
        problems.append(Problem(name, f"text cut to {limits.max_chars:,} characters "
                                      f"(was {len(text):,})", "warning"))
        text = text[: limits.max_chars]
    doc = Document(id=make_id(kind, name, text), name=name, kind=kind, text=text,
                   lang=detect_language(text), source=source, meta=dict(meta or {}))
    return doc, problems


def load_bytes(name: str, data: bytes, kind: Kind, *, limits: Limits = DEFAULT_LIMITS,
               text_col: str | None = None, source: str | None = None) -> LoadResult:
    """Load one file's bytes (any supported format). Never raises: problems are returned."""
    name = safe_name(name)
    result = LoadResult()
    try:
        result.extend(_load_bytes(name, data, kind, limits, text_col, source or name))
    except IngestError as exc:
        result.problems.append(Problem(exc.name or name, exc.reason))
    except MemoryError:
        result.problems.append(Problem(name, "too large to read in memory"))
    except Exception as exc:  # last line of defence: one file must never break a load
        result.problems.append(Problem(name, f"unexpected error while reading ({type(exc).__name__})"))
    return result


def _load_bytes(name, data, kind, limits, text_col, source) -> LoadResult:
    ext = Path(name).suffix.lower()
    if len(data) > limits.max_file_bytes:
        raise IngestError(name, f"file is {len(data) / 2**20:.1f} MB, over the limit of "
                                f"{limits.max_file_mb:g} MB")
    if not data:
        raise IngestError(name, "empty file (0 bytes)")
    if ext in TABLE_EXT:
        return _load_table(name, data, kind, limits, text_col, source)
    if ext == ".pdf":
        from .pdf import read_pdf

        text = read_pdf(data, name, limits)
    elif ext == ".docx":
        from .docx import read_docx

        text = read_docx(data, name, limits)
    elif ext in TEXT_EXT or ext == "":
        from .text import read_text

        text = read_text(data, name)
    else:
        raise IngestError(name, f"unsupported file type '{ext}' (supported: "
                                f"{', '.join(sorted(SUPPORTED_EXT))})")
    doc, problems = from_text(text, name, kind, source=source, limits=limits)
    return LoadResult([doc], problems)


def _load_table(name, data, kind, limits, text_col, source) -> LoadResult:
    from .table import detect_name_column, detect_text_column, read_table

    df = read_table(data, name, limits)
    try:
        col = detect_text_column(df, text_col)
    except IngestError as exc:
        raise IngestError(name, exc.reason) from None
    name_col = detect_name_column(df, col)
    result = LoadResult()
    if len(df) > limits.max_documents:
        result.problems.append(Problem(name, f"only the first {limits.max_documents:,} rows were "
                                             f"loaded (limit)", "warning"))
        df = df.head(limits.max_documents)
    for i, row in enumerate(df.to_dict("records")):
        label = str(row.get(name_col) or "").strip() if name_col else ""
        row_name = f"{label or Path(name).stem} [{name}#{i + 1}]"
        row_kind = _row_kind(row, kind)
        meta = {k: v for k, v in row.items() if k != col}
        try:
            doc, problems = from_text(str(row[col]), row_name, row_kind, source=f"{source}#{i + 1}",
                                      meta=meta, limits=limits)
        except IngestError as exc:
            result.problems.append(Problem(row_name, exc.reason, "warning"))
            continue
        result.documents.append(doc)
        result.problems.extend(problems)
    if not result.documents:
        raise IngestError(name, f"no row of column '{col}' has text")
    return result


def _row_kind(row: dict, default: Kind) -> Kind:
    value = str(row.get("kind", "")).strip().lower()
    return value if value in ("resume", "gig") else default  # type: ignore[return-value]


def iter_files(path: Path) -> Iterable[Path]:
    """Files under a folder (sorted, hidden ones skipped), or the path itself."""
    if path.is_dir():
        for p in sorted(path.rglob("*")):
            if p.is_file() and not any(part.startswith(".") for part in p.relative_to(path).parts):
                yield p
    else:
        yield path


def load_paths(paths: Iterable[str | os.PathLike], kind: Kind, *, limits: Limits = DEFAULT_LIMITS,
               text_col: str | None = None, progress=None) -> LoadResult:
    """Load files and folders from disk; problems are collected, never raised."""
    result = LoadResult()
    files: list[Path] = []
    for p in paths:
        p = Path(p)
        if not p.exists():
            result.problems.append(Problem(str(p), "no such file or folder"))
            continue
        files.extend(iter_files(p))
    for f in progress(files) if progress else files:
        if f.stat().st_size > limits.max_file_bytes:
            result.problems.append(Problem(f.name, f"file is {f.stat().st_size / 2**20:.1f} MB, over "
                                                   f"the limit of {limits.max_file_mb:g} MB"))
            continue
        if f.suffix and f.suffix.lower() not in SUPPORTED_EXT:
            result.problems.append(Problem(f.name, f"unsupported file type '{f.suffix}'", "warning"))
            continue
        result.extend(load_bytes(f.name, f.read_bytes(), kind, limits=limits, text_col=text_col,
                                 source=str(f)))
    return result
