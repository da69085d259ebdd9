"""HWPX (Hancom Office Hangul, the Korean word processor's open XML format): every section's paragraphs in order,
table cells joined by ' | ', parsed with defusedxml. Zip bombs are refused before parsing. (Binary .hwp is not
readable here: ingest.CONVERT says how to convert it.)"""
from __future__ import annotations

import io
import re
import zipfile

from matchlens.ingest.docx import check_zip
from matchlens.ingest.errors import MAX_DEPTH, IngestError, describe
from matchlens.ingest.limits import Budget, Limits
from matchlens.ingest.text import clean_text, table_row

SECTION = re.compile(r"^Contents/section(\d+)\.xml$")


def read_hwpx(data: bytes, name: str, limits: Limits, budget: Budget | None = None) -> str:
    """The text of an .hwpx file, cut to the budget (raises IngestError with the reason when there is none)."""
    from defusedxml import ElementTree

    budget = budget if budget is not None else Budget(name, limits)
    check_zip(data, name, limits, "HWPX", budget)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            sections = sorted((int(m.group(1)), n) for n in zf.namelist() if (m := SECTION.match(n)))
            if not sections:
                raise IngestError(name, "not an HWPX document (no Contents/section0.xml): corrupt or misnamed")
            roots = [ElementTree.fromstring(zf.read(n), forbid_dtd=True) for _, n in sections]
    except IngestError:
        raise
    except Exception as exc:  # broken members, malformed or hostile XML
        raise IngestError(name, f"corrupt or unreadable HWPX: {describe(exc)}") from None
    text = clean_text("\n".join(line for root in roots for line in _lines(root, budget)))
    if not text:
        raise IngestError(name, "empty document (no text in its sections)")
    return text


def _local(tag) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _lines(node, budget: Budget, depth: int = 0):
    """Paragraph by paragraph; a table as one line per row."""
    if depth > MAX_DEPTH:
        raise IngestError("", f"nested too deeply (more than {MAX_DEPTH} levels of tables or boxes inside each other)")
    for child in node:
        if budget.spent or budget.tick():
            return
        tag = _local(child.tag)
        if tag == "tbl":
            yield from _rows(child, budget, depth)
        elif tag == "p":
            yield from _paragraph(child, budget, depth)
        else:
            yield from _lines(child, budget, depth + 1)


def _paragraph(p, budget: Budget, depth: int):
    """The paragraph's runs' text, then the tables and text boxes inside it; text charged to the budget."""
    own, inner = [], []
    for run in p:
        for part in run:
            tag = _local(part.tag)
            if tag == "t":
                own.append(budget.text("".join(part.itertext())))
            elif tag in ("tbl", "rect", "container", "drawText", "ctrl", "subList"):
                inner.append(part)
            elif tag == "lineBreak":
                own.append("\n")
        if budget.spent:
            break
    yield "".join(own)
    for part in inner:
        yield from (_rows(part, budget, depth + 1) if _local(part.tag) == "tbl" else _lines(part, budget, depth + 1))


def _rows(tbl, budget: Budget, depth: int):
    """One line per row (ingest.text.table_row)."""
    for tr in (c for c in tbl if _local(c.tag) == "tr"):
        if budget.spent:
            return
        line = table_row(_lines(tc, budget, depth + 1) for tc in tr if _local(tc.tag) == "tc")
        if line:
            yield line
