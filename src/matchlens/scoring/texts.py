"""The text a model reads of a document: one definition for the scoring, the Inspector's evidence and keywords,
the Label queue's "as the models read it" box and the training export, so what is shown is what was scored.

Resumes are read blind (identifiers masked, see preprocess.masking) when blind scoring is on and, in the sections
mode, only their experience, education and skills; gigs are read whole.
"""
from __future__ import annotations

from typing import Sequence

from matchlens.documents import Document
from matchlens.options import Options
from matchlens.preprocess.masking import blind_text, blind_texts
from matchlens.preprocess.sections import select_text


def model_text(source: Document | str, options: Options, kind: str | None = None) -> str:
    """What a model reads of ``source`` under ``options``; ``kind`` defaults to the document's own (plain text
    must say whether it is a resume or a gig)."""
    text, kind = (source.text, kind or source.kind) if isinstance(source, Document) else (source, kind)
    if kind == "gig":
        return text
    if kind != "resume":
        raise ValueError(f"kind must be 'resume' or 'gig', not {kind!r}")
    return select_text(blind_text(text) if options.blind else text, options.preprocessing)


def model_texts(docs: Sequence[Document], options: Options) -> list[str]:
    """:func:`model_text` of each document (resumes not yet masked are masked together, in worker processes when
    there are many)."""
    if options.blind:
        blind_texts([d.text for d in docs if d.kind == "resume"])
    return [model_text(d, options) for d in docs]
