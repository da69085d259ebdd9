"""ESCO v1.2.0 occupations from the shared data folder: French and English files joined by ``conceptUri``.

Only occupations are there (``occupations_fr.csv``, ``occupations_en.csv``): the shared data holds no ESCO skills
file, so requirements are not linked to ESCO skills (:func:`skills_file` says where one would be looked for).
"""
from __future__ import annotations

import csv
import hashlib
from dataclasses import dataclass
from pathlib import Path

from matchlens.errors import MatchlensError
from matchlens.evaluation.realads import shared_data_dir

FOLDER = "esco_v1.2.0"
FILES = ("occupations_fr.csv", "occupations_en.csv")
SKILLS = "skills_fr.csv"  # ESCO's export name; not in the shared data as of v1.2.0 here
NEEDED = ("conceptUri", "preferredLabel", "description")


class EscoMissing(MatchlensError, FileNotFoundError):
    """The ESCO occupation files are not in the shared data folder: says where it looked and how to point to it."""


@dataclass(frozen=True)
class Occupation:
    """One ESCO occupation in French and English: labels, ISCO group, and the card a model reads of it."""

    uri: str
    isco: str
    fr: str
    en: str
    card_fr: str
    card_en: str

    def label(self) -> str:
        """'cuisinier/cuisinière / cook': French label then English one (once when they are the same)."""
        return self.fr if self.fr == self.en else f"{self.fr} / {self.en}"


def esco_dir(root: Path | None = None) -> Path:
    """The ESCO folder of the shared data ($MATCHLENS_SHARED_DATA, else ../shared/data beside the checkout)."""
    return (root or shared_data_dir()) / FOLDER


def require(folder: Path) -> list[Path]:
    """The two occupation files, or EscoMissing naming the first absent one."""
    paths = [folder / f for f in FILES]
    for path in paths:
        if not path.is_file():
            raise EscoMissing(
                f"The occupations view needs ESCO's {path.name} and {path} is not there, so gigs and resumes are "
                f"not tagged with occupations; everything else works. Set MATCHLENS_SHARED_DATA to the folder "
                f"holding {FOLDER}/ (the team's ../shared/data beside the checkout).")
    return paths


def checksum(folder: Path) -> str:
    """sha256 of the occupation files' bytes: a new ESCO release (or an edited file) gives a new cache key."""
    h = hashlib.sha256()
    for path in require(folder):
        h.update(path.name.encode())
        with open(path, "rb") as fh:
            for block in iter(lambda: fh.read(1 << 20), b""):
                h.update(block)
    return h.hexdigest()


def _rows(path: Path) -> dict[str, dict]:
    with open(path, encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        missing = [c for c in NEEDED if c not in (reader.fieldnames or [])]
        if missing:
            raise EscoMissing(f"{path}: no column {', '.join(map(repr, missing))}; this is not an ESCO occupations "
                              f"export (columns: {', '.join(reader.fieldnames or [])})")
        return {r["conceptUri"].strip(): r for r in reader if r.get("conceptUri")}


def _card(row: dict) -> str:
    """What a model reads of an occupation: its label, then its description (as the job model was trained)."""
    return f"{row['preferredLabel'].strip()}\n{(row.get('description') or '').strip()}".strip()


def read_occupations(folder: Path | None = None) -> list[Occupation]:
    """Occupations present in both languages, sorted by URI (the same order on every run)."""
    fr_path, en_path = require(folder or esco_dir())
    fr, en = _rows(fr_path), _rows(en_path)
    return [Occupation(u, (en[u].get("iscoGroup") or "").strip(), fr[u]["preferredLabel"].strip(),
                       en[u]["preferredLabel"].strip(), _card(fr[u]), _card(en[u]))
            for u in sorted(set(fr) & set(en))]


def skills_file(folder: Path | None = None) -> Path | None:
    """ESCO's skills file when the shared data holds one (it does not, as of this ESCO v1.2.0 folder)."""
    path = (folder or esco_dir()) / SKILLS
    return path if path.is_file() else None
