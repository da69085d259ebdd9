"""Field labels in other languages (data/labels.tsv): a CV's personal block is often in its author's own language
('Data de nascimento', 'Stan cywilny', 'Giới tính', 'วันเกิด') beside French, English or Korean. Each family's labels
as one regular-expression alternation that masking adds to its own (masking.LABELS), so every labelled-field rule
(a value after a label, a label alone above its value, a label inside a sentence) reads them the same way."""
from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data" / "labels.tsv"


@lru_cache(maxsize=1)
def table() -> dict[str, tuple[str, ...]]:
    """family -> its labels in other languages, longest first (so 'Nume și prenume' is tried before 'Nume')."""
    out: dict[str, set[str]] = defaultdict(set)
    for line in DATA.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            family, _lang, label = line.split("\t")
            out[family].add(label)
    return {f: tuple(sorted(labels, key=lambda s: (-len(s), s))) for f, labels in out.items()}


def pattern(family: str) -> str:
    """The family's labels as one regular expression ('' when none), written as a trie (labels sharing a prefix
    share its branch: 'Data de nascimento' and 'Data di nascita' are tried as 'Data d' once): an alternation of
    870 labels tried one by one at every position of a resume made masking 37% slower, measured. Spaces match any
    run of spaces or tabs; case is the caller's (masking's patterns ignore it)."""
    trie: dict = {}
    for label in table().get(family, ()):
        node = trie
        for ch in label:
            node = node.setdefault(ch.lower() if len(ch.lower()) == 1 else ch, {})
        node[""] = {}
    if not trie:
        return ""
    first = "".join(sorted(re.escape(ch) for ch in trie))  # one class test rejects most positions at once
    return f"(?=[{first}]){_branches(trie)}"


def _branches(node: dict) -> str:
    """The trie below ``node`` as a regular expression (the longest way first: an ended label is optional)."""
    ways = [(r"[ \t]+" if ch == " " else re.escape(ch)) + _branches(child) for ch, child in node.items() if ch]
    if not ways:
        return ""
    body = ways[0] if len(ways) == 1 else "(?:" + "|".join(ways) + ")"
    if "" in node:
        return f"(?:{body})?"
    return body
