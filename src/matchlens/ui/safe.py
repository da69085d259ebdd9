"""Render user-provided strings (file names, labels, document text) as text, never as markup."""
from __future__ import annotations

import re

_MD = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:])")


def md(text: str, limit: int = 200) -> str:
    """Escape a string for Streamlit markdown (no links, images, HTML or formatting can come through)."""
    text = " ".join(str(text).split())[:limit].strip()  # no edge spaces: "**name **" would not render bold
    return _MD.sub(r"\\\1", text)
