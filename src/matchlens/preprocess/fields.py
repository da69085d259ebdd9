"""Fields of a job posting: its title (the first short line) and its body, so a model can weigh the title, which
carries much of the signal and is diluted in a long body, on its own."""
from __future__ import annotations

import numpy as np

from matchlens.options import FIELD_MODES

TITLE_MAX_WORDS = 15
TITLE_MAX_CHARS = 120


def split_title(text: str) -> tuple[str, str]:
    """(title, body): the first non-empty line when it is short and a body follows; else ("", text)."""
    lines = text.strip().splitlines()
    if len(lines) < 2:
        return "", text
    first = lines[0].strip().strip("#*-=•").strip()
    body = "\n".join(lines[1:]).strip()
    if (not first or not body or len(first) > TITLE_MAX_CHARS or len(first.split()) > TITLE_MAX_WORDS
            or first.endswith((":", "：")) or first.rstrip().endswith((".", "!", "?"))):
        return "", text  # a heading that introduces the body ("Description du poste :") or a sentence
    return first, body


TITLE_KEYS = ("title", "titre", "job_title", "intitulé", "intitule", "intitulé du poste", "poste", "job",
              "preferredlabel", "occupation", "métier", "metier")


def split_fields(text: str, meta: dict | None = None) -> tuple[str, str]:
    """(title, body) of a gig: a title column of its table row when there is one, else its first short line."""
    for key, value in (meta or {}).items():
        value = str(value or "").strip()
        if str(key).strip().lower() in TITLE_KEYS and value and len(value) <= TITLE_MAX_CHARS and text.strip():
            return value, text
    return split_title(text)


def combine(title: np.ndarray, body: np.ndarray, whole: np.ndarray, has_title: np.ndarray, mode: str,
            title_weight: float = 0.5) -> np.ndarray:
    """(n_resumes, n_gigs) scores from per-field scores; gigs without a title keep their whole-text score."""
    if mode == "whole":
        return whole
    if mode not in FIELD_MODES:
        raise ValueError(f"field mode must be one of {list(FIELD_MODES)}, not {mode!r}")
    if not 0.0 <= title_weight <= 1.0:
        raise ValueError("title weight must be between 0 and 1")
    mixed = np.maximum(title, body) if mode == "max" else title_weight * title + (1 - title_weight) * body
    return np.where(np.asarray(has_title, bool)[None, :], mixed, whole).astype(np.float32)
