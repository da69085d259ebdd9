"""Plain text and Markdown: encoding detection (not just UTF-8), binary rejection, clean-up."""
from __future__ import annotations

import codecs
import re
import unicodedata

from matchlens.ingest.errors import IngestError

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def decode_bytes(data: bytes, name: str, notes: list[str] | None = None) -> str:
    """Decode text bytes: BOM, then strict UTF-8, then line by line (files pasted together from several
    encodings), then charset-normalizer's best guess. ``notes`` receives what the user should know."""
    notes = notes if notes is not None else []
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return data.decode(enc, errors="replace")
    if _looks_utf16(data):
        return data.decode("utf-16-le" if data[1:2] == b"\x00" else "utf-16-be", errors="replace")
    nuls = data.count(b"\x00")
    if nuls > max(8, len(data) // 100):
        raise IngestError(name, "binary data, not text (contains NUL bytes)")
    if nuls:
        data = data.replace(b"\x00", b"")
        notes.append(f"{nuls} stray NUL byte(s) removed")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    mixed = _decode_lines(data)
    if mixed is not None:
        notes.append("mixed encodings: lines that are not UTF-8 were read as Windows-1252/Latin-1")
        return mixed
    western = _western(data)
    if western is not None:
        return western
    from charset_normalizer import from_bytes

    best = from_bytes(data[:1_000_000]).best()
    if best is None:
        raise IngestError(name, "could not detect the text encoding (binary file?)")
    return data.decode(best.encoding, errors="replace")


def _decode_lines(data: bytes) -> str | None:
    """UTF-8 where a line is UTF-8, Windows-1252 elsewhere; None unless both kinds are present."""
    lines = data.split(b"\n")
    utf8 = legacy = 0
    out = []
    for line in lines:
        try:
            out.append(line.decode("utf-8"))
            utf8 += any(b > 127 for b in line)
        except UnicodeDecodeError:
            out.append(line.decode("cp1252", errors="replace") if not _cp1252_gaps(line) else line.decode("latin-1"))
            legacy += 1
    return "\n".join(out) if utf8 and legacy else None


# letters and punctuation of French and other Western European text as Windows-1252 encodes them
WESTERN = set("àâäáãåçéèêëíìîïñóòôöõúùûüýÿœæßÀÂÄÁÃÅÇÉÈÊËÍÌÎÏÑÓÒÔÖÕÚÙÛÜÝŸŒÆ€’‘“”«»–—…•°\u00a0")


LONG_RUN = re.compile(r"[^\x00-\x7f’”»…\u00a0]{3,}")


def _western(data: bytes) -> str | None:
    """The text as Windows-1252 when it reads as Western European text: its non-ASCII characters are accented
    letters and typographic punctuation, rarely three in a row. Statistical detection alone read French
    CP1252 as CP1250 ('infirmière' -> 'infirmičre'); Cyrillic, Greek or Korean bytes read as CP1252 give runs of
    symbols and odd letters and are left to the detector."""
    if _cp1252_gaps(data):
        return None
    text = data.decode("cp1252")
    high = [i for i, c in enumerate(text) if ord(c) > 127]
    if not high:
        return text
    western = sum(text[i] in WESTERN for i in high)
    in_runs = sum(len(m.group()) for m in LONG_RUN.finditer(text))  # "créée" has 2 in a row; Cyrillic whole words
    return text if western >= 0.95 * len(high) and in_runs <= 0.2 * len(high) else None


def _cp1252_gaps(line: bytes) -> bool:
    return any(b in (0x81, 0x8D, 0x8F, 0x90, 0x9D) for b in line)


def _looks_utf16(data: bytes) -> bool:
    """UTF-16 without BOM: every other byte is NUL in mostly-Latin text."""
    head = data[:2000]
    if len(head) < 8:
        return False
    even, odd = head[0::2].count(0), head[1::2].count(0)
    return max(even, odd) > 0.4 * (len(head) / 2) and min(even, odd) < 0.05 * (len(head) / 2)


def table_row(cells) -> str:
    """One table row as a line: each cell's lines joined by ' / ', cells by ' | '; a merged cell's repeated text once
    (DOCX, ODT and HWPX tables)."""
    out: list[str] = []
    for lines in cells:
        text = " / ".join(line.strip() for line in lines if line.strip())
        if text and (not out or out[-1] != text):
            out.append(text)
    return " | ".join(out)


BLANK_LINES = re.compile(r"\n{3,}")  # one start per run of line breaks: linear
TRAILING = " \t\u00a0"


def clean_text(text: str) -> str:
    """NFKC (ligatures, full-width forms), drop control characters, tidy blank runs. Linear in the text's length
    (spaces at a line's end are cut by rstrip: a regex '[ ]+\\n' re-read a run of spaces from each of its starts)."""
    text = unicodedata.normalize("NFKC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL.sub(" ", text)
    text = "\n".join(line.rstrip(TRAILING) for line in text.split("\n"))
    text = BLANK_LINES.sub("\n\n", text)
    return text.strip()


def read_text(data: bytes, name: str, notes: list[str] | None = None, budget=None) -> str:
    """A text file's text, cut to the budget's characters before cleaning."""
    text = decode_bytes(data, name, notes)
    text = clean_text(budget.text(text) if budget is not None else text)
    if _binary_ratio(text) > 0.1:
        raise IngestError(name, "binary data, not text")
    return text


def _binary_ratio(text: str) -> float:
    sample = text[:20_000]
    if not sample:
        return 0.0
    bad = sum(1 for c in sample if c == "\ufffd" or unicodedata.category(c) in {"Co", "Cs", "Cn"})
    return bad / len(sample)
