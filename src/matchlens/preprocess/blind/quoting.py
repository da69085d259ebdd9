"""A mail's quoted text read as its own lines: '> ' and '> > ' markers taken off before masking.

A CV forwarded by mail reaches the agency inside quotes ('> > Sexe : F', '> > Iracoubo'). Every rule that reads a line
from its start (a label, a town alone on a line, a signature) would see '>' there instead; and the marks tell who
answered whom, nothing of the candidate's work. A text quotes when three lines or more start with '>'; then the marks
are taken off every line (what a mail client does when it shows the quoted text), and the masker and models read that.
"""
from __future__ import annotations

import re

from matchlens.preprocess.blind.regexcode import compile as rx

QUOTE = rx(r"^[ \t]*>(?:[ \t]*>)*[ \t]?", re.MULTILINE)
GATE = 3


def unquoted(text: str) -> str:
    """The text without its mail quote marks, when three lines or more carry them; otherwise as it is."""
    if text.count(">") < GATE or len(QUOTE.findall(text)) < GATE:
        return text
    return QUOTE.sub("", text)
