"""A document's source pasted as text, read as its text: RTF ('{\\rtf1 … n\\'e9 le 16/08/1980\\par'), and a shared
document's comment anchors ('Féminin[b]').

The RTF reader (ingest/rtf) decodes .rtf files; but RTF source also reaches matchlens as text: pasted from an editor
that shows the source, saved with a .txt name, exported by a system that writes RTF into a text field. Every rule
would then read 'n\\'e9' for 'né' and '\\par' for a line end. A text that starts with '{\\rtf' is read through striprtf
first (its own code page), and the masker and models read that.
"""
from __future__ import annotations

import re

from matchlens.preprocess.blind.regexcode import compile as rx


def as_text(text: str) -> str:
    """The text an RTF source says, when the text is RTF source (ingest.rtf.source_text, as for .rtf files);
    otherwise, or when the source is malformed, the text as it is."""
    if not text.lstrip().startswith("{\\rtf"):
        return text
    from matchlens.ingest.rtf import source_text

    try:
        return source_text(text).strip() or text
    except Exception:  # a malformed source is masked as it is
        return text


# a shared document's comment anchors glued to the words they mark ('Sexe : Féminin[b]', '국적: 대한민국[b]')
ANCHOR = rx(r"(?<=[^\s\[])\[[a-z]{1,2}\](?=[\s.,;:!?)]|$)", re.MULTILINE)


def without_anchors(text: str) -> str:
    """The text without a document export's comment anchors ('word[a]'): they mark a comment, not a word."""
    return ANCHOR.sub("", text) if "[" in text else text


RTF_ESCAPE = rx(r"\\'([0-9a-fA-F]{2})")


def unescaped(value: str) -> str:
    """A value written with RTF's '\\'e9' escapes, as its letters (cp1252)."""
    return RTF_ESCAPE.sub(lambda m: bytes.fromhex(m.group(1)).decode("cp1252", errors="replace"), value)
