"""HWPX (Hancom Office Hangul, the Korean word processor's open XML format): every section's paragraphs in order,
table cells joined by ' | ', parsed with defusedxml. Zip bombs are refused before parsing. (Binary .hwp is not
readable here: ingest.CONVERT says how to convert it.)"""
from __future__ import annotations

import io
import re
import zipfile

from matchlens.ingest.docx import check_zip
from matchlens.ingest.errors import IngestError
from matchlens.ingest.limits import Limits
from matchlens.ingest.text import clean_text, table_row

SECTION = re.compile(r"^Contents/section(\d+)\.xml$")


def read_hwpx(data: bytes, name: str, limits: Limits) -> str:
    """The text of an .hwpx file (raises IngestError with the reason when there is none)."""
    from defusedxml import ElementTree

    check_zip(data, name, limits, "HWPX")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            sections = sorted((int(m.group(1)), n) for n in zf.namelist() if (m := SECTION.match(n)))
            if not sections:
                raise IngestError(name, "not an HWPX document (no Contents/section0.xml): corrupt or misnamed")
            roots = [ElementTree.fromstring(zf.read(n), forbid_dtd=True) for _, n in sections]
    except IngestError:
        raise
    except Exception as exc:  # broken members, malformed or hostile XML
        raise IngestError(name, f"corrupt or unreadable HWPX ({type(exc).__name__})") from None
    text = clean_text("\n".join(line for root in roots for line in _lines(root)))
    if not text:
        raise IngestError(name, "empty document (no text in its sections)")
    return text


def _local(tag) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _lines(node):
    """Paragraph by paragraph; a table as one line per row."""
    for child in node:
        tag = _local(child.tag)
        if tag == "tbl":
            yield from _rows(child)
        elif tag == "p":
            yield from _paragraph(child)
        else:
            yield from _lines(child)


def _paragraph(p):
    """The paragraph's runs' text, then the tables and text boxes inside it."""
    own, inner = [], []
    for run in p:
        for part in run:
            tag = _local(part.tag)
            if tag == "t":
                own.append("".join(part.itertext()))
            elif tag in ("tbl", "rect", "container", "drawText", "ctrl", "subList"):
                inner.append(part)
            elif tag == "lineBreak":
                own.append("\n")
    yield "".join(own)
    for part in inner:
        yield from (_rows(part) if _local(part.tag) == "tbl" else _lines(part))


def _rows(tbl):
    """One line per row (ingest.text.table_row)."""
    for tr in (c for c in tbl if _local(c.tag) == "tr"):
        line = table_row(_lines(tc) for tc in tr if _local(tc.tag) == "tc")
        if line:
            yield line
