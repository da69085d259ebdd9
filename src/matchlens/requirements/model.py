"""What a requirement is, how matchlens splits a gig into requirements, and where the user's edits are kept.

A gig's requirements are its title and the clauses of its body (``preprocess.chunking.sentences``, a sentence cut
at its commas only where a clause says "required" or "preferred" in its own words, so "Diplôme d'État exigé,
expérience en gériatrie appréciée" gives two items, the first flagged as saying it is required). The user's edits (keep / drop,
required / preferred, weight, added items) replace that split for the gig: they travel with the gig document
(``Document.meta[META]``, filled by the workspace from ``requirements.json``), so every scoring path sees them.
"""
from __future__ import annotations

import re
from dataclasses import asdict, dataclass, replace
from typing import Iterable

from matchlens.documents import REQUIREMENTS as META, Document
from matchlens.preprocess.chunking import sentences
from matchlens.preprocess.fields import split_fields

WEIGHT_MAX = 10.0  # what the editor accepts: weights are relative, 0 counts nothing
TEXT_MAX = 400     # a requirement is one clause; longer texts are cut (as the Inspector's sentences)
FIELDS = ("text", "keep", "required", "weight", "added")

# Words that mark a clause as a must or a plus (FR, EN, KO); a clause with a "must" word and no "plus" word is
# required. Defaults only: the user marks what matters in the editor.
_REQUIRED = re.compile(
    r"\b(exig[ée]e?s?|obligatoires?|indispensables?|requis|requises?|imp[ée]ratif|imp[ée]rative|impérativement|"
    r"minimum|required|must|mandatory|essential)\b|필수|반드시", re.I)
_PREFERRED = re.compile(
    r"\b(souhait[ée]e?s?|appr[ée]ci[ée]e?s?|un plus|a plus|id[ée]alement|bienvenue?s?|preferred|nice to have|"
    r"desirable|ideally|bonus|advantage)\b|우대|선호|가산점", re.I)
_CLAUSE = re.compile(r"[,;]\s+")


@dataclass(frozen=True)
class Requirement:
    """One item a gig asks for: its text, whether it is kept, required (a knock-out) or preferred, its weight."""

    text: str
    required: bool = False
    weight: float = 1.0
    keep: bool = True
    added: bool = False  # typed by the user, not split from the gig's text

    def row(self) -> dict:
        """The JSON row the workspace keeps (``requirements.json``)."""
        return asdict(self)


def marked_required(text: str) -> bool:
    """Whether a clause says it is a must (and not a plus) in its own words."""
    return bool(_REQUIRED.search(text)) and not _PREFERRED.search(text)


def _marked(text: str) -> bool:
    return bool(_REQUIRED.search(text) or _PREFERRED.search(text))


def clauses(sentence: str) -> list[str]:
    """A sentence cut after each comma-separated clause that says must or plus ("X exigé, Y apprécié" -> two);
    a sentence without such words stays whole (lists of tools are one requirement)."""
    parts = [p.strip() for p in _CLAUSE.split(sentence) if p.strip()]
    if len(parts) < 2 or not any(_marked(p) for p in parts):
        return [sentence]
    out, group = [], []
    for part in parts:
        group.append(part)
        if _marked(part):
            out.append(", ".join(group))
            group = []
    if group:
        out.append(", ".join(group))
    return out


def split(text: str, meta: dict | None = None) -> list[Requirement]:
    """matchlens' own split of a gig: its title, then each clause of its body, all preferred with weight 1.

    Nothing is required until the user says so (the editor shows which clauses say "exigé", "required", "필수"…):
    on the sample's 240 labels, marking those clauses required by default lowered ROC-AUC (req:tfidf 0.744 -> 0.690,
    req:e5-small-multilingual 0.770 -> 0.704): "5 ans d'expérience minimum" is rarely a sentence of a CV."""
    title, body = split_fields(text, meta)
    units = [c.strip(" .").strip() for s in sentences(body) for c in clauses(s)]
    items = [Requirement(title[:TEXT_MAX])] if title.strip() else []
    items += [Requirement(u[:TEXT_MAX]) for u in units if len(u) >= 3]
    return items or [Requirement(text.strip()[:TEXT_MAX] or "(empty gig)")]


def from_rows(rows: Iterable[dict]) -> list[Requirement]:
    """Requirements from checked rows (``wsschema.check_requirements``): unknown fields are ignored."""
    return [Requirement(**{k: r[k] for k in FIELDS if k in r}) for r in rows]


def of(gig: Document) -> list[Requirement]:
    """A gig's requirements: the user's edits when there are, else matchlens' split (every item, kept or not)."""
    rows = (gig.meta or {}).get(META)
    return from_rows(rows) if rows else split(gig.text, gig.meta)


def edited(gig: Document) -> bool:
    """Whether the user has edited this gig's requirements."""
    return bool((gig.meta or {}).get(META))


def scored(gig: Document) -> list[Requirement]:
    """The items that count: kept, with a weight above 0 and a text (the whole gig as one item when none is left)."""
    kept = [r for r in of(gig) if r.keep and r.weight > 0 and r.text.strip()]
    return kept or [Requirement(gig.text.strip()[:TEXT_MAX] or "(empty gig)")]


def with_requirements(gig: Document, items: list[Requirement] | None) -> Document:
    """The gig carrying these edits (None or empty: back to matchlens' own split)."""
    meta = {k: v for k, v in (gig.meta or {}).items() if k != META}
    if items:
        meta[META] = [r.row() for r in items]
    return replace(gig, meta=meta)
