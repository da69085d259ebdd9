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
    from striprtf.striprtf import rtf_to_text

    budget = budget if budget is not None else Budget(name, limits)
    if not data.lstrip()[:5] == b"{\\rtf":
        raise IngestError(name, "not an RTF file (it does not start with '{\\rtf'): corrupt or misnamed")
    encoding = _encoding(data)
    try:
        text = rtf_to_text(data.decode(encoding, errors="replace"), encoding=encoding, errors="replace")
    except Exception as exc:  # malformed groups or escapes
        raise IngestError(name, f"corrupt or unreadable RTF: {describe(exc)}") from None
    text = clean_text(budget.text(text))
    if not text:
        raise IngestError(name, "empty document (no text outside RTF's control words)")
    return text


def _encoding(data: bytes) -> str:
    """The code page the file declares (Windows-1252 when none or unknown)."""
    m = CODEPAGE.search(data[:4096])
    name = f"cp{int(m.group(1))}" if m else "cp1252"
    try:
        codecs.lookup(name)
    except LookupError:
        return "cp1252"
    return name
