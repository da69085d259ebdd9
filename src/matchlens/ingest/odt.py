"""ODT (LibreOffice / OpenDocument text) via its content.xml, parsed with defusedxml: headings, paragraphs, lists,
tables, sections, text boxes and footnotes in document order, page headers and footers once; tracked deletions and
comments left out (they are not the document's text). Zip bombs are refused before parsing."""
from __future__ import annotations

import io
import zipfile

from matchlens.ingest.docx import check_zip
from matchlens.ingest.errors import MAX_DEPTH, IngestError, describe
from matchlens.ingest.limits import Budget, Limits
from matchlens.ingest.text import clean_text, table_row

TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
DRAW = "{urn:oasis:names:tc:opendocument:xmlns:drawing:1.0}"
OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
STYLE = "{urn:oasis:names:tc:opendocument:xmlns:style:1.0}"
SKIP = {TEXT + "tracked-changes", OFFICE + "annotation", OFFICE + "annotation-end", TEXT + "note-citation",
        TEXT + "sequence-decls", TEXT + "variable-decls", TEXT + "user-field-decls", OFFICE + "forms",
        TEXT + "soft-page-break", TEXT + "bookmark-ref"}
PARAGRAPHS = {TEXT + "p", TEXT + "h"}


def read_odt(data: bytes, name: str, limits: Limits, budget: Budget | None = None) -> str:
    """The text of an .odt file, cut to the budget (raises IngestError with the reason when there is none)."""
    budget = budget if budget is not None else Budget(name, limits)
    check_zip(data, name, limits, "ODT", budget)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            names = set(zf.namelist())
            if "content.xml" not in names:
                raise IngestError(name, "not an OpenDocument file (no content.xml): corrupt or misnamed")
            content = _parse(zf.read("content.xml"))
            styles = _parse(zf.read("styles.xml")) if "styles.xml" in names else None
    except IngestError:
        raise
    except Exception as exc:  # broken zip members, malformed or hostile XML
        raise IngestError(name, f"corrupt or unreadable ODT: {describe(exc)}") from None
    body = content.find(f"{OFFICE}body/{OFFICE}text")
    if body is None:
        raise IngestError(name, "not a text document (an ODS spreadsheet or ODP slides saved as .odt?): save it "
                                "as .odt text, .docx or PDF")
    headers, footers = _page_parts(styles, budget)
    text = clean_text("\n".join([*headers, *_block_lines(body, budget), *footers]))
    if not text:
        raise IngestError(name, "empty document (no text in paragraphs, tables, text boxes, headers or footers)")
    return text


def _parse(xml: bytes):
    from defusedxml import ElementTree

    return ElementTree.fromstring(xml, forbid_dtd=True)


def _page_parts(styles, budget: Budget) -> tuple[list[str], list[str]]:
    """Lines of the page headers and footers (each line once across master pages)."""
    if styles is None:
        return [], []
    parts: dict[str, list[str]] = {"header": [], "footer": []}
    seen: dict[str, set[str]] = {"header": set(), "footer": set()}
    for page in styles.iter(STYLE + "master-page"):
        for kind in parts:
            for part in (page.find(STYLE + kind), page.find(STYLE + kind + "-left"),
                         page.find(STYLE + kind + "-first")):
                if part is None:
                    continue
                for line in _block_lines(part, budget):
                    if line.strip() not in seen[kind]:
                        seen[kind].add(line.strip())
                        parts[kind].append(line)
    return parts["header"], parts["footer"]


def _block_lines(element, budget: Budget, depth: int = 0):
    """Lines of a container (body, section, list, cell, text box, note) in document order."""
    if depth > MAX_DEPTH:
        raise IngestError("", f"nested too deeply (more than {MAX_DEPTH} levels of sections, lists or tables "
                              f"inside each other)")
    for child in element:
        if budget.spent or budget.tick():
            return
        tag = child.tag
        if tag in SKIP:
            continue
        if tag in PARAGRAPHS:
            yield from _paragraph_lines(child, budget, depth)
        elif tag == TABLE + "table":
            yield from _table_lines(child, budget, depth)
        else:  # sections, lists, list items, table of contents bodies, frames: their blocks
            yield from _block_lines(child, budget, depth + 1)


MAX_SPACES = 1_000  # one text:s run: wider than any page's layout gap


def _spaces(node, budget: Budget) -> str:
    """A run of spaces (text:s text:c="N"): at most MAX_SPACES and what is left of the text budget (a 623-byte
    file asked for 300 million); a count that is not a number is one space."""
    try:
        asked = int(str(node.get(TEXT + "c", "1") or "1").strip()[:12])
    except ValueError:
        asked = 1
    return budget.text(" " * budget.count(min(asked, MAX_SPACES)))


def _paragraph_lines(p, budget: Budget, depth: int):
    """The paragraph's own text, then its text boxes and footnotes (each in order); text charged to the budget as
    it is read, without recursion (spans inside spans)."""
    own: list[str] = []
    later: list = []
    own.append(budget.text(p.text or ""))
    stack = [iter(p)]
    while stack and not budget.truncated:
        child = next(stack[-1], None)
        if child is None:
            stack.pop()
            continue
        if isinstance(child, str):  # the text after an element whose children were just read
            own.append(budget.text(child))
            continue
        tag = child.tag
        if tag == TEXT + "s":
            own.append(_spaces(child, budget))
        elif tag == TEXT + "tab":
            own.append("\t")
        elif tag == TEXT + "line-break":
            own.append("\n")
        elif tag in (DRAW + "frame", TEXT + "note-body", DRAW + "text-box"):
            later.append(child)
        elif tag not in SKIP:
            own.append(budget.text(child.text or ""))
            stack.append(_then_tail(child))
            continue
        own.append(budget.text(child.tail or ""))
    yield "".join(own)
    for part in later:
        yield from _block_lines(part, budget, depth + 1)


def _then_tail(element):
    """The element's children, then the text that follows it (a str)."""
    yield from element
    yield element.tail or ""


def _table_lines(table, budget: Budget, depth: int):
    """One line per row (ingest.text.table_row: a repeated or merged cell's text once)."""
    for row in _rows(table):
        if budget.spent:
            return
        line = table_row(_block_lines(cell, budget, depth + 1) for cell in row if cell.tag == TABLE + "table-cell")
        if line:
            yield line


def _rows(node):
    """The table's own rows, through header-row and row groups; a nested table's rows stay in their cell."""
    for child in node:
        if child.tag == TABLE + "table-row":
            yield child
        elif child.tag in (TABLE + "table-header-rows", TABLE + "table-rows", TABLE + "table-row-group"):
            yield from _rows(child)
