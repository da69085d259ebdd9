"""DOCX via python-docx: paragraphs and tables in body order; zip bombs refused before parsing."""
from __future__ import annotations

import io
import zipfile

from .errors import IngestError
from .limits import Limits
from .text import clean_text


def check_zip(data: bytes, name: str, limits: Limits, what: str) -> None:
    """Refuse non-zips and archives that would inflate past the limit."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            total = sum(i.file_size for i in zf.infolist())
    except (zipfile.BadZipFile, ValueError, OSError, EOFError):
        raise IngestError(name, f"not a valid {what} file (not a zip archive): corrupt or misnamed") from None
    if total > limits.max_unzipped_mb * 1024 * 1024:
        raise IngestError(name, f"{what} would unpack to {total / 2**20:.0f} MB "
                                f"(limit {limits.max_unzipped_mb:.0f} MB): refused as a possible zip bomb")


def read_docx(data: bytes, name: str, limits: Limits) -> str:
    check_zip(data, name, limits, "DOCX")
    try:
        import docx

        document = docx.Document(io.BytesIO(data))
        lines = list(_body_lines(document))
    except IngestError:
        raise
    except Exception as exc:  # python-docx/lxml raise many kinds on broken files
        raise IngestError(name, f"corrupt or unreadable DOCX ({type(exc).__name__})") from None
    text = clean_text("\n".join(lines))
    if not text:
        raise IngestError(name, "empty document (no text in paragraphs or tables)")
    return text


def _body_lines(document):
    """Paragraph and table text in the order they appear in the body."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    for block in document.iter_inner_content():
        if isinstance(block, Paragraph):
            yield block.text
        elif isinstance(block, Table):
            yield from _table_lines(block)


def _table_lines(table):
    for row in table.rows:
        cells = []
        for cell in row.cells:
            t = cell.text.strip()
            if t and (not cells or cells[-1] != t):  # merged cells repeat their text
                cells.append(t)
        if cells:
            yield " | ".join(cells)
