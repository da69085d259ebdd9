"""RTF (Word's and TextEdit's rich text) through striprtf: control words and groups dropped, ``\\'e9`` and ``\\u8364?``
escapes decoded with the file's own code page (``\\ansicpg1252``), font, colour and style tables left out."""
from __future__ import annotations

import codecs
import re

from matchlens.ingest.errors import IngestError, describe
from matchlens.ingest.limits import Budget, Limits
from matchlens.ingest.text import clean_text

CODEPAGE = re.compile(rb"\\ansicpg(\d{3,5})")


def read_rtf(data: bytes, name: str, limits: Limits, budget: Budget | None = None) -> str:
    """The text of an .rtf file, cut to the budget (raises IngestError with the reason when there is none)."""
    budget = budget if budget is not None else Budget(name, limits)
    if not data.lstrip()[:5] == b"{\\rtf":
        raise IngestError(name, "not an RTF file (it does not start with '{\\rtf'): corrupt or misnamed")
    try:
        text = source_text(data.decode(_encoding(data), errors="replace"))
    except Exception as exc:  # malformed groups or escapes
        raise IngestError(name, f"corrupt or unreadable RTF: {describe(exc)}") from None
    text = clean_text(budget.text(text))
    if not text:
        raise IngestError(name, "empty document (no text outside RTF's control words)")
    return text


def source_text(source: str) -> str:
    """The text RTF source says, the source already read as characters (a file, or source pasted as text): control
    words and groups dropped, escapes decoded with the code page the source declares. Raises on malformed source."""
    from striprtf.striprtf import rtf_to_text

    encoding = _encoding(source[:4096].encode("latin-1", errors="ignore"))
    return rtf_to_text(source, encoding=encoding, errors="replace")


def _encoding(data: bytes) -> str:
    """The code page the file declares (Windows-1252 when none or unknown)."""
    m = CODEPAGE.search(data[:4096])
    name = f"cp{int(m.group(1))}" if m else "cp1252"
    try:
        codecs.lookup(name)
    except LookupError:
        return "cp1252"
    return name
