"""Turn files, folders, table rows and pasted text into documents; every bad input becomes a Problem.

The contract: a load never raises because of one file. Each input either yields documents or a
:class:`Problem` naming it, and the other inputs still load.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from matchlens.documents import Document, Kind, make_id
from matchlens.ingest import formats  # the table of formats; readers load on first use
from matchlens.ingest.errors import IngestError, Problem, describe
from matchlens.ingest.lang import detect_language
from matchlens.ingest.limits import DEFAULT_LIMITS, Budget, Limits

TEXT_EXT = set(formats.BY_EXT[""].exts) - {""}
TABLE_EXT = set(formats.TABLES[1])  # no legacy .xls: offered formats load
HTML_EXT = set(formats.BY_EXT[".html"].exts)
SUPPORTED_EXT = (set(formats.BY_EXT) - {""}) | TABLE_EXT
# formats people have that matchlens cannot read, each with what to do instead
CONVERT = {".xls": "legacy Excel .xls is not supported: save it as .xlsx (or CSV) and load it again",
           ".doc": "legacy Word .doc is not supported: save it as .docx (or PDF) and load it again",
           ".ods": "OpenDocument spreadsheets (.ods) are not supported: save it as .xlsx (or CSV) and load it again",
           ".pages": "Apple Pages files are not supported: export it as .docx (or PDF) and load it again",
           ".hwp": "binary Hangul .hwp is not supported: save it as .hwpx, .docx or PDF and load it again"}

__all__ = ["IngestError", "Problem", "Limits", "DEFAULT_LIMITS", "LoadResult", "load_bytes", "CONVERT",
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


MAX_NAME = 200


def safe_name(name: str) -> str:
    """Display name of an uploaded file: the base name only (no path traversal), never empty; a long
    name loses the end of its stem, never its extension (the extension decides how it is read)."""
    base = os.path.basename(str(name).replace("\\", "/")).strip()
    base = "".join(c for c in base if c.isprintable())
    if len(base) > MAX_NAME:
        suffix = Path(base).suffix if len(Path(base).suffix) <= 16 else ""
        base = base[: MAX_NAME - len(suffix) - 1].rstrip() + "…" + suffix
    return base or "unnamed"


def from_text(text: str, name: str, kind: Kind, source: str = "pasted", meta: dict | None = None,
              limits: Limits = DEFAULT_LIMITS) -> tuple[Document, list[Problem]]:
    """Build a document from text; warnings say what was cut. Raises IngestError if nothing is left."""
    return _document(text, name, kind, source, meta, limits)


def _document(text: str, name: str, kind: Kind, source: str, meta: dict | None, limits: Limits,
              held_more: bool = False) -> tuple[Document, list[Problem]]:
    """The document of a text; the text is cut to twice the character limit *before* cleaning and repair (every
    step after it then has a bounded input), and to the limit after. ``held_more``: a reader already cut it."""
    from matchlens.ingest import quality
    from matchlens.ingest.text import clean_text

    length = len(text)
    text = text[: limits.max_raw_chars]
    text, repaired = quality.repair(text)
    text = clean_text(text)
    problems = [Problem(name, note, "warning") for note in repaired]
    if not text:
        raise IngestError(name, "empty document (no text, or only whitespace)")
    problems += [Problem(name, issue, "warning") for issue in quality.check(text)]
    if len(text) > limits.max_chars or length > limits.max_raw_chars or held_more:
        was = "the file holds more" if held_more else f"was {length:,}"
        problems.append(Problem(name, f"text cut to {limits.max_chars:,} characters ({was})", "warning"))
        text = text[: limits.max_chars]
    doc = Document(id=make_id(kind, name, text), name=name, kind=kind, text=text,
                   lang=detect_language(text), source=source, meta=dict(meta or {}))
    return doc, problems


def load_bytes(name: str, data: bytes, kind: Kind, *, limits: Limits = DEFAULT_LIMITS,
               text_col: str | None = None, source: str | None = None) -> LoadResult:
    """Load one file's bytes (any supported format). Never raises: problems are returned, in words."""
    name = safe_name(name)
    result = LoadResult()
    try:
        result.extend(_load_bytes(name, data, kind, limits, text_col, source or name))
    except IngestError as exc:
        result.problems.append(Problem(exc.name or name, exc.reason))
    except Exception as exc:  # last line of defence (MemoryError, RecursionError too): one file never breaks a load
        result.problems.append(Problem(name, describe(exc)))
    return result


def _load_bytes(name, data, kind, limits, text_col, source) -> LoadResult:
    ext = Path(name).suffix.lower()
    if len(data) > limits.max_file_bytes:
        raise IngestError(name, f"file is {len(data) / 2**20:.1f} MB, over the limit of "
                                f"{limits.max_file_mb:g} MB")
    if not data:
        raise IngestError(name, "empty file (0 bytes)")
    budget = Budget(name, limits)
    if ext in TABLE_EXT:
        return _load_table(name, data, kind, limits, text_col, source, budget)
    notes: list[str] = []  # what the reader could not read in a file it read (named pages, lines)
    fmt, note = formats.sniffed(data, ext)
    notes += [note] if note else []
    if fmt:
        text = fmt.read(data, name, limits, notes, budget)
    elif ext in CONVERT:
        raise IngestError(name, CONVERT[ext])
    else:
        raise IngestError(name, f"unsupported file type '{ext}' (supported: "
                                f"{', '.join(sorted(SUPPORTED_EXT))})")
    notes += [budget.note] if budget.note else []
    doc, problems = _document(text, name, kind, source, None, limits, held_more=budget.truncated)
    return LoadResult([doc], [Problem(name, n, "warning") for n in notes] + problems)


def _load_table(name, data, kind, limits, text_col, source, budget) -> LoadResult:
    from matchlens.ingest.table import detect_name_column, detect_text_column, read_table

    notes: list[str] = []
    df = read_table(data, name, limits, notes=notes, budget=budget)
    try:
        col = detect_text_column(df, text_col)
    except IngestError as exc:
        raise IngestError(name, exc.reason) from None
    name_col = detect_name_column(df, col)
    result = LoadResult(problems=[Problem(name, n, "warning") for n in notes])
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
            doc, problems = _document(str(row[col]), row_name, row_kind, f"{source}#{i + 1}", meta, limits)
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
    """Entries under a folder that are not folders (sorted, hidden ones skipped), or the path itself.

    Links, FIFOs and the like are yielded too, so that :func:`check_file` names them instead of their
    vanishing silently; links to folders are not followed.
    """
    if not path.is_dir():
        yield path
        return
    for root, dirs, names in os.walk(path, onerror=None, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        links = [d for d in dirs if os.path.islink(os.path.join(root, d))]
        for name in sorted([n for n in names if not n.startswith(".")] + links):
            yield Path(root) / name


def check_file(f: Path, folder: Path | None, limits: Limits) -> Problem | None:
    """Why this entry cannot be read as a file (None: it can). Never blocks, never follows a link out."""
    import stat

    try:
        if f.is_symlink():
            target = f.resolve(strict=True)
            if folder is not None and folder.resolve() not in target.parents:
                return Problem(f.name, f"link to {target}, outside the chosen folder: skipped")
        info = f.stat()
    except FileNotFoundError:
        return Problem(f.name, "broken link (its target does not exist)")
    except (OSError, RuntimeError) as exc:
        return Problem(f.name, f"cannot be read: {describe(exc)}")
    if stat.S_ISDIR(info.st_mode):
        return Problem(f.name, "link to a folder: skipped (choose the folder itself)", "warning")
    if not stat.S_ISREG(info.st_mode):
        kind = "FIFO (named pipe)" if stat.S_ISFIFO(info.st_mode) else "special file"
        return Problem(f.name, f"not a regular file ({kind}): skipped")
    if info.st_size > limits.max_file_bytes:
        return Problem(f.name, f"file is {info.st_size / 2**20:.1f} MB, over the limit of {limits.max_file_mb:g} MB")
    if f.suffix and f.suffix.lower() not in SUPPORTED_EXT | set(CONVERT):
        return Problem(f.name, f"unsupported file type '{f.suffix}'", "warning")
    return None


def load_paths(paths: Iterable[str | os.PathLike], kind: Kind, *, limits: Limits = DEFAULT_LIMITS,
               text_col: str | None = None, progress=None, reader=None) -> LoadResult:
    """Load files and folders from disk; problems are collected, never raised. ``reader``: what reads one file's
    bytes (:func:`load_bytes` here by default; ``ingest.isolated.load_bytes`` reads each in a worker process with a
    hard timeout, as the CLI does)."""
    read = reader or load_bytes
    result = LoadResult()
    files: list[tuple[Path, Path | None]] = []
    for p in paths:
        p = Path(p)
        if not p.exists() and not p.is_symlink():
            result.problems.append(Problem(str(p), "no such file or folder"))
            continue
        folder = p if p.is_dir() else None
        files.extend((f, folder) for f in iter_files(p))
    for f, folder in progress(files) if progress else files:
        problem = check_file(f, folder, limits)
        if problem is not None:
            result.problems.append(problem)
            continue
        try:
            data = f.read_bytes()
        except (OSError, MemoryError) as exc:
            result.problems.append(Problem(f.name, f"cannot be read: {describe(exc)}"))
            continue
        result.extend(read(f.name, data, kind, limits=limits, text_col=text_col, source=str(f)))
    return result
