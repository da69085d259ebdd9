"""DOCX via python-docx: body, nested tables, text boxes, content controls, footnotes, endnotes, headers and footers,
in order (tracked deletions and comments are not the document's text); zip bombs refused before parsing."""
from __future__ import annotations

import io
import zipfile

from matchlens.ingest.errors import MAX_DEPTH, IngestError, Refused, describe
from matchlens.ingest.limits import Budget, Limits
from matchlens.ingest.text import clean_text, table_row


def check_zip(data: bytes, name: str, limits: Limits, what: str, budget: Budget | None = None) -> None:
    """Refuse non-zips and archives that would inflate past the limit; an archive inside another one (a DOCX chunk)
    is charged to what is left of the outer file's budget."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            total = sum(i.file_size for i in zf.infolist())
    except (zipfile.BadZipFile, ValueError, OSError, EOFError):
        raise IngestError(name, f"not a valid {what} file (not a zip archive): corrupt or misnamed") from None
    if budget is not None:
        budget.take_bytes(total, what)
    if total > limits.max_unzipped_mb * 1024 * 1024:
        raise IngestError(name, f"{what} would unpack to {total / 2**20:.0f} MB "
                                f"(limit {limits.max_unzipped_mb:.0f} MB): refused as a possible zip bomb")


MAX_CHUNK_DEPTH = 3  # a DOCX imported inside a DOCX inside a DOCX...: deeper ones are not read


def read_docx(data: bytes, name: str, limits: Limits, budget: Budget | None = None, depth: int = 0) -> str:
    """The text of a .docx, cut to the budget (raises IngestError with the reason when there is none)."""
    budget = budget if budget is not None else Budget(name, limits)
    check_zip(data, name, limits, "DOCX", budget)
    try:
        import docx

        document = docx.Document(io.BytesIO(data))
        lines = list(_part_lines(document, _Reading(budget, depth)))
    except IngestError:
        raise
    except Exception as exc:  # python-docx/lxml raise many kinds on broken files
        raise IngestError(name, f"corrupt or unreadable DOCX: {describe(exc)}") from None
    text = clean_text("\n".join(lines))
    if not text:
        raise IngestError(name, "empty document (no text in paragraphs, tables, text boxes, headers or footers)")
    return text


W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"


class _Reading:
    """One DOCX being read: the budget its text is charged to, chunks already read, how deep chunks are nested."""

    def __init__(self, budget: Budget, depth: int = 0):
        self.budget = budget
        self.depth = depth
        self.chunks: dict[str, str] = {}

    def text(self, piece: str) -> str:
        return self.budget.text(piece)

    @property
    def spent(self) -> bool:
        return self.budget.spent or self.budget.tick()


def _part_lines(document, reading: _Reading):
    """Headers, then the body, then footers: every paragraph, table (nested ones too) and text box."""
    sections = list(document.sections)
    yield from _once((hf for s in sections for hf in (s.first_page_header, s.header, s.even_page_header)), reading)
    yield from _body_lines(document, reading)
    yield from _note_lines(document, reading)
    yield from _once((hf for s in sections for hf in (s.first_page_footer, s.footer, s.even_page_footer)), reading)


def _body_lines(document, reading: _Reading):
    """The body's blocks; an imported chunk (w:altChunk: HTML, MHT, text or DOCX that some CV builders embed
    instead of Word paragraphs) is read from its own part."""
    for child in document.element.body:
        if reading.spent:
            return
        if child.tag == W + "altChunk":
            yield from _alt_chunk_lines(document.part, child.get(R_ID), reading)
        else:
            yield from _block_lines([child], reading)


def _alt_chunk_lines(part, rel_id: str | None, reading: _Reading):
    """Lines of an imported chunk; nothing when its format cannot be read (RTF) - the caller's check names an
    empty result. Each reference is charged in full (bytes and text): one 8 MB chunk referenced 40 times is 320 MB,
    not 8; a chunk is parsed once however often it is referenced."""
    try:
        chunk = part.related_parts[rel_id]
    except KeyError:
        return
    reading.budget.take_bytes(len(chunk.blob), "its imported chunks (w:altChunk, counted at each use)")
    key = str(chunk.partname)
    if key in reading.chunks:
        yield from reading.text(reading.chunks[key]).splitlines()
        return
    reading.chunks[key] = text = _chunk_text(chunk, reading)
    yield from text.splitlines()


def _chunk_text(chunk, reading: _Reading) -> str:
    """The text of an imported chunk, charged to the file's budget ("" when it cannot be read)."""
    from matchlens.ingest.html import read_html
    from matchlens.ingest.text import decode_bytes

    blob, kind = chunk.blob, chunk.content_type.lower()
    budget = reading.budget
    try:
        if "html" in kind:
            return read_html(blob, "chunk", budget=budget)
        if "rfc822" in kind or "mhtml" in kind:
            return read_html(_mht_html(blob), "chunk", budget=budget)
        if "plain" in kind:
            return reading.text(decode_bytes(blob, "chunk"))
        if "wordprocessingml" in kind and reading.depth < MAX_CHUNK_DEPTH:
            return read_docx(blob, "chunk", budget.limits, budget, reading.depth + 1)
    except Refused:
        raise
    except IngestError:  # an empty or unreadable chunk: the rest of the document still counts
        pass
    return ""


def _mht_html(blob: bytes) -> bytes:
    """The HTML part of an MHT (MIME) archive."""
    from email import message_from_bytes

    for sub in message_from_bytes(blob).walk():
        if sub.get_content_type() == "text/html":
            return sub.get_payload(decode=True) or b""
    return b""


NOTE_SEPARATORS = {"separator", "continuationSeparator", "continuationNotice"}


def _note_lines(document, reading: _Reading):
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
                if reading.spent:
                    return
                if note.get(W + "type") not in NOTE_SEPARATORS:
                    yield from _block_lines(note, reading)


def _hf_lines(hf, reading: _Reading):
    try:
        if hf.is_linked_to_previous:
            return
        yield from _block_lines(hf._element, reading)
    except (AttributeError, KeyError, ValueError):
        return


def _block_lines(element, reading: _Reading, depth: int = 0):
    """Lines of a container (body, cell, header, text box) in document order."""
    if depth > MAX_DEPTH:
        raise IngestError("", f"nested too deeply (more than {MAX_DEPTH} levels of tables or boxes inside each other)")
    for child in element:
        if reading.spent:
            return
        if child.tag == W + "p":
            yield from _paragraph_lines(child, reading, depth)
        elif child.tag == W + "tbl":
            yield from _table_lines(child, reading, depth)
        elif child.tag == W + "sdt":  # content controls wrap paragraphs and tables
            for content in child.iter(W + "sdtContent"):
                yield from _block_lines(content, reading, depth + 1)
                break


def _paragraph_lines(p, reading: _Reading, depth: int):
    """The paragraph's own text, then the text boxes anchored in it (each once: the VML fallback copy of
    a DrawingML text box is skipped). Text is charged to the budget as it is read."""
    own, boxes = [], []
    stack = [iter(p)]
    while stack:  # the paragraph's runs, hyperlinks, fields... in order, without recursion
        child = next(stack[-1], None)
        if child is None:
            stack.pop()
            continue
        if child.tag == MC_FALLBACK:
            continue
        if child.tag == W + "txbxContent":
            boxes.append(child)
        elif child.tag == W + "t":
            own.append(reading.text(child.text or ""))
            if reading.budget.truncated:
                break
        elif child.tag == W + "tab":
            own.append("\t")
        elif child.tag in (W + "br", W + "cr"):
            own.append("\n")
        else:
            stack.append(iter(child))
    yield "".join(own)
    for box in boxes:
        yield from _block_lines(box, reading, depth + 1)


def _table_lines(tbl, reading: _Reading, depth: int):
    """One line per row (ingest.text.table_row); a cell's nested tables and paragraphs are kept."""
    for tr in tbl.iterchildren(W + "tr"):
        if reading.spent:
            return
        line = table_row(_block_lines(tc, reading, depth + 1) for tc in tr.iterchildren(W + "tc"))
        if line:
            yield line


def _once(parts, reading: _Reading):
    """Lines of headers (or footers): a line repeated by several sections or page kinds appears once."""
    seen = set()
    for hf in parts:
        for line in _hf_lines(hf, reading):
            if line.strip() and line.strip() not in seen:
                seen.add(line.strip())
                yield line
