"""DOCX via python-docx: body, nested tables, text boxes, content controls, footnotes, endnotes, headers and footers,
in order (tracked deletions and comments are not the document's text); zip bombs refused before parsing."""
from __future__ import annotations

import io
import zipfile

from matchlens.ingest.errors import IngestError
from matchlens.ingest.limits import Limits
from matchlens.ingest.text import clean_text, table_row


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
        lines = list(_part_lines(document))
    except IngestError:
        raise
    except Exception as exc:  # python-docx/lxml raise many kinds on broken files
        raise IngestError(name, f"corrupt or unreadable DOCX ({type(exc).__name__})") from None
    text = clean_text("\n".join(lines))
    if not text:
        raise IngestError(name, "empty document (no text in paragraphs, tables, text boxes, headers or footers)")
    return text


W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


def _part_lines(document):
    """Headers, then the body, then footers: every paragraph, table (nested ones too) and text box."""
    sections = list(document.sections)
    yield from _once(hf for s in sections for hf in (s.first_page_header, s.header, s.even_page_header))
    yield from _body_lines(document)
    yield from _note_lines(document)
    yield from _once(hf for s in sections for hf in (s.first_page_footer, s.footer, s.even_page_footer))


R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"


def _body_lines(document):
    """The body's blocks; an imported chunk (w:altChunk: HTML, MHT, text or DOCX that some CV builders embed
    instead of Word paragraphs) is read from its own part."""
    for child in document.element.body:
        if child.tag == W + "altChunk":
            yield from _alt_chunk_lines(document.part, child.get(R_ID))
        else:
            yield from _block_lines([child])


def _alt_chunk_lines(part, rel_id: str | None):
    """Lines of an imported chunk; nothing when its format cannot be read (RTF) - the caller's check names an
    empty result."""
    from matchlens.ingest.html import read_html
    from matchlens.ingest.limits import DEFAULT_LIMITS
    from matchlens.ingest.text import decode_bytes

    try:
        chunk = part.related_parts[rel_id]
        blob, kind = chunk.blob, chunk.content_type.lower()
        if "html" in kind:
            text = read_html(blob, "chunk")
        elif "rfc822" in kind or "mhtml" in kind:
            text = read_html(_mht_html(blob), "chunk")
        elif "plain" in kind:
            text = decode_bytes(blob, "chunk")
        elif "wordprocessingml" in kind:
            text = read_docx(blob, "chunk", DEFAULT_LIMITS)
        else:
            return
    except (KeyError, IngestError):
        return
    yield from text.splitlines()


def _mht_html(blob: bytes) -> bytes:
    """The HTML part of an MHT (MIME) archive."""
    from email import message_from_bytes

    for sub in message_from_bytes(blob).walk():
        if sub.get_content_type() == "text/html":
            return sub.get_payload(decode=True) or b""
    return b""


NOTE_SEPARATORS = {"separator", "continuationSeparator", "continuationNotice"}


def _note_lines(document):
    """Footnotes, then endnotes (python-docx has no API for them: read from their parts)."""
    from docx.oxml import parse_xml

    rels = [r for r in document.part.rels.values() if not r.is_external]
    for kind in ("footnotes", "endnotes"):
        for rel in (r for r in rels if r.reltype.endswith("/" + kind)):
            try:
                root = parse_xml(rel.target_part.blob)
            except Exception:  # noqa: BLE001 - a broken notes part must not lose the body
                continue
            for note in root.iterchildren(W + kind[:-1]):
                if note.get(W + "type") not in NOTE_SEPARATORS:
                    yield from _block_lines(note)


def _hf_lines(hf):
    try:
        if hf.is_linked_to_previous:
            return
        yield from _block_lines(hf._element)
    except (AttributeError, KeyError, ValueError):
        return


def _block_lines(element):
    """Lines of a container (body, cell, header, text box) in document order."""
    for child in element:
        if child.tag == W + "p":
            yield from _paragraph_lines(child)
        elif child.tag == W + "tbl":
            yield from _table_lines(child)
        elif child.tag == W + "sdt":  # content controls wrap paragraphs and tables
            for content in child.iter(W + "sdtContent"):
                yield from _block_lines(content)
                break


def _paragraph_lines(p):
    """The paragraph's own text, then the text boxes anchored in it (each once: the VML fallback copy of
    a DrawingML text box is skipped)."""
    own, boxes = [], []

    def walk(node) -> None:
        for child in node:
            if child.tag == MC_FALLBACK:
                continue
            if child.tag == W + "txbxContent":
                boxes.append(child)
            elif child.tag == W + "t":
                own.append(child.text or "")
            elif child.tag == W + "tab":
                own.append("\t")
            elif child.tag in (W + "br", W + "cr"):
                own.append("\n")
            else:
                walk(child)

    walk(p)
    yield "".join(own)
    for box in boxes:
        yield from _block_lines(box)


def _table_lines(tbl):
    """One line per row (ingest.text.table_row); a cell's nested tables and paragraphs are kept."""
    for tr in tbl.iter(W + "tr"):
        if tr.getparent() is tbl:
            line = table_row(_block_lines(tc) for tc in tr.iter(W + "tc") if tc.getparent() is tr)
            if line:
                yield line


def _once(parts):
    """Lines of headers (or footers): a line repeated by several sections or page kinds appears once."""
    seen = set()
    for hf in parts:
        for line in _hf_lines(hf):
            if line.strip() and line.strip() not in seen:
                seen.add(line.strip())
                yield line
