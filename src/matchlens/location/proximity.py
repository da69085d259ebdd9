"""How near a candidate lives to a gig, as a plain label beside the scores (never inside one), and the user's
mobility setting that flags candidates outside the area."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

import numpy as np

from matchlens.documents import Document
from matchlens.location.gigs import gig_place
from matchlens.location.places import Place, resume_places

SAME_AREA, SAME_REGION, ELSEWHERE, UNKNOWN = "same département", "same region", "elsewhere", "unknown"
MOBILITY = {"any": None, "same département": {SAME_AREA}, "same region": {SAME_AREA, SAME_REGION}}
IN_AREA, OUTSIDE, NOT_KNOWN = "in area", "outside area", "location unknown"
WHY = ("Place of residence is a protected ground under French law (Code du travail, art. L1132-1): blind scoring "
       "hides it from every model. Where a gig needs someone nearby, location is this separate criterion that you "
       "see and set; it never changes a model's score.")


@dataclass(frozen=True)
class Proximity:
    """The label of one resume x gig pair, why it is unknown when it is, and the two places."""

    label: str
    why: str = ""
    resume: Place | None = None
    gig: Place | None = None

    def text(self) -> str:
        """'same region', or 'unknown (no place found in the gig)'."""
        return f"{self.label} ({self.why})" if self.why else self.label


def proximity(resume: Place | None, gig: Place | None) -> Proximity:
    """Same département (or Korean city/district, or the same town as written), same region, elsewhere, unknown."""
    missing = [side for side, p in (("the resume", resume), ("the gig", gig)) if p is None]
    if missing:
        return Proximity(UNKNOWN, "no place found in " + " or ".join(missing), resume, gig)
    if resume.area and resume.area == gig.area and resume.country == gig.country:
        return Proximity(SAME_AREA, "", resume, gig)
    if not resume.country or not gig.country:
        return Proximity(UNKNOWN, f"{_unplaced(resume, gig)} is in no table of places", resume, gig)
    if resume.region and resume.region == gig.region:
        return Proximity(SAME_REGION, "", resume, gig)
    return Proximity(ELSEWHERE, "", resume, gig)


def _unplaced(resume: Place, gig: Place) -> str:
    return " and ".join(p.name for p in (resume, gig) if not p.country)


def within(label: str, mobility: str = "any") -> str | None:
    """'in area', 'outside area' or 'location unknown' for a label under a mobility setting; None for 'any'."""
    area = MOBILITY[mobility]
    if area is None:
        return None
    if label.startswith(UNKNOWN):
        return NOT_KNOWN
    return IN_AREA if label in area else OUTSIDE


def places(docs: Sequence[Document]) -> list[Place | None]:
    """Each document's place: where a resume's candidate lives, where a gig takes place."""
    resumes = [d.text for d in docs if d.kind == "resume"]
    found = iter(resume_places(resumes) if resumes else [])
    return [next(found) if d.kind == "resume" else gig_place(d.text, d.meta) for d in docs]


def label_matrix(resume_places: Sequence[Place | None], gig_places: Sequence[Place | None]) -> np.ndarray:
    """resumes x gigs of label texts, each distinct pair of places compared once."""
    r_keys, g_keys = list(dict.fromkeys(resume_places)), list(dict.fromkeys(gig_places))
    small = np.array([[proximity(r, g).text() for g in g_keys] for r in r_keys], dtype=object).reshape(
        len(r_keys), len(g_keys))
    r_at, g_at = {p: i for i, p in enumerate(r_keys)}, {p: j for j, p in enumerate(g_keys)}
    ri = np.array([r_at[p] for p in resume_places], dtype=int)
    gi = np.array([g_at[p] for p in gig_places], dtype=int)
    return small[np.ix_(ri, gi)]


def with_location(table, resumes: Sequence[Document], gigs: Sequence[Document], mobility: str = "any",
                  drop: bool = False, resume_places=None, gig_places=None):
    """The score table (with resume_id and gig_id) plus a `location` column and, under a mobility setting, a
    `mobility` flag ('outside area' rows kept unless ``drop``). Scores are left as they are."""
    rp = resume_places if resume_places is not None else places(resumes)
    gp = gig_places if gig_places is not None else places(gigs)
    labels = label_matrix(rp, gp)
    r_pos = {d.id: i for i, d in enumerate(resumes)}
    g_pos = {d.id: j for j, d in enumerate(gigs)}
    out = table.copy()
    out["location"] = labels[out["resume_id"].map(r_pos).to_numpy(int), out["gig_id"].map(g_pos).to_numpy(int)] \
        if len(out) else []
    if MOBILITY[mobility] is not None:
        out["mobility"] = [within(label, mobility) for label in out["location"]]
        if drop:
            out = out[out["mobility"] != OUTSIDE]
    return out
