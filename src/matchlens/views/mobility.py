"""Location beside the scores of a comparison: the score tables with their `location` column, the top matches per
gig, the Inspector's location line. A separate criterion: no score is changed here."""
from __future__ import annotations

import numpy as np

from matchlens import location
from matchlens.scoring.results import Comparison

CHOICES = list(location.MOBILITY)
CLI_CHOICES = {"any": "any", "departement": "same département", "region": "same region"}


PLACES = ("places",)


def places(comp: Comparison) -> tuple[list, list]:
    """(resume places, gig places) of the comparison, read once."""
    return comp.derived(PLACES, lambda: _read(comp))


def places_soon(comp: Comparison, wait: float = 0.0) -> tuple[list, list] | None:
    """:func:`places`, read in the background: None until ready (a page shows the rest meanwhile: after a restart
    the resumes' addresses are masked again, seconds at 2,000 resumes)."""
    return comp.derived_soon(PLACES, lambda: _read(comp), wait)


def _read(comp: Comparison) -> tuple[list, list]:
    return location.places(comp.resumes), location.places(comp.gigs)


def scores_table(comp: Comparison, top_k: int | None = None, per: str = "gig", mobility: str = "any",
                 drop: bool = False):
    """`Comparison.long_table` plus `location` (and `mobility` under a setting): the model columns untouched."""
    rp, gp = places(comp)
    return location.with_location(comp.long_table(top_k=top_k, per=per), comp.resumes, comp.gigs, mobility, drop,
                                  resume_places=rp, gig_places=gp)


def top_matches(comp: Comparison, model: str, k: int = 3, mobility: str = "any"):
    """Each gig's k best resumes under one model (its rows of `long_table(top_k=k)`), the pair's location beside."""
    import pandas as pd

    res = comp.results[model]
    rank = res.view("rank")
    ri, gi = np.nonzero(rank <= k)
    table = pd.DataFrame({"gig": [comp.gigs[j].name for j in gi], "rank": rank[ri, gi],
                          "resume": [comp.resumes[i].name for i in ri], "score": res.scores[ri, gi],
                          "resume_id": [comp.resumes[i].id for i in ri], "gig_id": [comp.gigs[j].id for j in gi]})
    rp, gp = places(comp)
    table = location.with_location(table, comp.resumes, comp.gigs, mobility, resume_places=rp, gig_places=gp)
    order = table.sort_values(["gig", "rank"], kind="stable").index
    return table.loc[order].drop(columns=["resume_id", "gig_id"]).reset_index(drop=True)


def pair_line(comp: Comparison, i: int, j: int, mobility: str = "any") -> str:
    """'Location (not used by any model): candidate in 93 Seine-Saint-Denis, gig in 75 Paris: same region'."""
    rp, gp = places(comp)
    prox = location.proximity(rp[i], gp[j])
    line = (f"Location (not used by any model): {_where(prox.resume, 'candidate')}, {_where(prox.gig, 'gig')}: "
            f"{prox.text()}")
    flag = location.within(prox.label, mobility)
    return line + (f" — {flag} for mobility '{mobility}'" if flag else "")


def _where(place, side: str) -> str:
    return f"{side} in {place.describe()}" if place else f"{side}: no place found"
