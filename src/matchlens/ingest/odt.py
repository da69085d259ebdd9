"""ODT (LibreOffice / OpenDocument text) via its content.xml, parsed with defusedxml: headings, paragraphs, lists,
tables, sections, text boxes and footnotes in document order, page headers and footers once; tracked deletions and
comments left out (they are not the document's text). Zip bombs are refused before parsing."""
from __future__ import annotations

import io
import zipfile

from matchlens.ingest.docx import check_zip
from matchlens.ingest.errors import IngestError
from matchlens.ingest.limits import Limits
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


def read_odt(data: bytes, name: str, limits: Limits) -> str:
    """The text of an .odt file (raises IngestError with the reason when there is none)."""
    check_zip(data, name, limits, "ODT")
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
        raise IngestError(name, f"corrupt or unreadable ODT ({type(exc).__name__})") from None
    body = content.find(f"{OFFICE}body/{OFFICE}text")
    if body is None:
        raise IngestError(name, "not a text document (an ODS spreadsheet or ODP slides saved as .odt?): save it "
                                "as .odt text, .docx or PDF")
    headers, footers = _page_parts(styles)
    text = clean_text("\n".join([*headers, *_block_lines(body), *footers]))
    if not text:
        raise IngestError(name, "empty document (no text in paragraphs, tables, text boxes, headers or footers)")
    return text


def _parse(xml: bytes):
    from defusedxml import ElementTree

    return ElementTree.fromstring(xml, forbid_dtd=True)


def _page_parts(styles) -> tuple[list[str], list[str]]:
    """Lines of the page headers and footers (each line once across master pages)."""
    if styles is None:
        return [], []
    parts: dict[str, list[str]] = {"header": [], "footer": []}
    for page in styles.iter(STYLE + "master-page"):
        for kind in parts:
            for part in (page.find(STYLE + kind), page.find(STYLE + kind + "-left"),
                         page.find(STYLE + kind + "-first")):
                if part is not None:
                    parts[kind] += [line for line in _block_lines(part) if line.strip() not in
                                    {seen.strip() for seen in parts[kind]}]
    return parts["header"], parts["footer"]


def _block_lines(element):
    """Lines of a container (body, section, list, cell, text box, note) in document order."""
    for child in element:
        tag = child.tag
        if tag in SKIP:
            continue
        if tag in PARAGRAPHS:
            yield from _paragraph_lines(child)
        elif tag == TABLE + "table":
            yield from _table_lines(child)
        else:  # sections, lists, list items, table of contents bodies, frames: their blocks
            yield from _block_lines(child)


def _paragraph_lines(p):
    """The paragraph's own text, then its text boxes and footnotes (each in order)."""
    own: list[str] = []
    later: list = []

    def walk(node) -> None:
        if node.text:
            own.append(node.text)
        for child in node:
            tag = child.tag
            if tag == TEXT + "s":
                own.append(" " * int(child.get(TEXT + "c", "1") or 1))
            elif tag == TEXT + "tab":
                own.append("\t")
            elif tag == TEXT + "line-break":
                own.append("\n")
            elif tag in (DRAW + "frame", TEXT + "note-body", DRAW + "text-box"):
                later.append(child)
            elif tag not in SKIP:
                walk(child)
            if child.tail:
                own.append(child.tail)

    walk(p)
    yield "".join(own)
    for part in later:
        yield from _block_lines(part)


def _table_lines(table):
    """One line per row (ingest.text.table_row: a repeated or merged cell's text once)."""
    for row in _rows(table):
        line = table_row(_block_lines(cell) for cell in row if cell.tag == TABLE + "table-cell")
        if line:
            yield line


def _rows(node):
    """The table's own rows, through header-row and row groups; a nested table's rows stay in their cell."""
    for child in node:
        if child.tag == TABLE + "table-row":
            yield child
        elif child.tag in (TABLE + "table-header-rows", TABLE + "table-rows", TABLE + "table-row-group"):
            yield from _rows(child)
