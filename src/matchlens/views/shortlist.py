"""Which candidates for one gig: the shortlist (top k or above a cutoff under a model), each candidate's breakdown
requirement by requirement, the "no credible match" flag, and its CSV and HTML exports.

Blind by default: candidates are named by their resume id (a placeholder that says nothing of the person) until the
user chooses to reveal names; the evidence sentences are the text the model read (masked when blind scoring is on).
"""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from matchlens.encoders.registry import parse_model
from matchlens.requirements.score import Assessment, RequirementScorer, requirement_scores
from matchlens.scoring.results import Comparison

COLUMNS = ["rank", "candidate", "score", "met", "partial", "missing", "to improve (required, not met)"]


def scorer_for(comp: Comparison, model: str, cache=None) -> RequirementScorer | None:
    """The requirement breakdown of ``model``: a req: model's own; for a model that embeds texts, the same breakdown
    under it (computed once per comparison); None for pair scorers and fusions (no sentence of theirs to show)."""
    res = comp.results[model]
    if isinstance(res.encoder, RequirementScorer):
        return res.encoder
    if parse_model(model).kind != "single" or res.resumes is None:
        return None
    own = comp.results.get(f"req:{model}")  # the comparison's req: model already holds this breakdown
    if own is not None and isinstance(own.encoder, RequirementScorer):
        return own.encoder
    return comp.derived(("requirements", model), lambda: requirement_scores(
        f"req:{model}", res, comp.resumes, comp.gigs, comp.options, cache)[0])


def breakdown(comp: Comparison, model: str, r: int, g: int, cache=None) -> Assessment | None:
    """Resume ``r`` against gig ``g`` requirement by requirement under ``model`` (None: the model cannot show it)."""
    scorer = scorer_for(comp, model, cache)
    return scorer.assess(r, g) if scorer is not None else None


@dataclass
class Shortlist:
    """The candidates kept for one gig under one model, with what each shows and lacks."""

    gig: str
    model: str
    table: object                      # pandas DataFrame, COLUMNS + resume_id
    assessments: dict = field(default_factory=dict)   # resume index -> Assessment
    credible: str = ""                 # why the best candidate is not a credible match ("" when it is)
    revealed: bool = False
    note: str = ""                     # how the candidates were chosen

    def details(self, comp: Comparison) -> list[tuple[str, object]]:
        """(candidate, its breakdown table) in shortlist order."""
        names = dict(zip(self.table["resume_id"], self.table["candidate"]))
        return [(names[comp.resumes[r].id], a.table()) for r, a in self.assessments.items()]


def candidate_name(doc, revealed: bool) -> str:
    """A resume's name in the shortlist: its id (blind) or its file name once the user reveals names."""
    return doc.name if revealed else f"candidate {doc.id}"


def shortlist(comp: Comparison, model: str, gig: int, top: int | None = 10, cutoff: float | None = None,
              reveal: bool = False, cache=None) -> Shortlist:
    """Gig ``gig``'s candidates under ``model``: the ``top`` best, or those scoring at least ``cutoff`` (both: the
    best ``top`` of those), with each one's breakdown when the model can show one."""
    import pandas as pd

    scores = comp.scores(model)[:, gig]
    order = np.argsort(-scores, kind="stable")
    if cutoff is not None:
        order = order[scores[order] >= cutoff]
    if top is not None:
        order = order[:max(int(top), 0)]
    scorer = scorer_for(comp, model, cache)
    rows, found = [], {}
    for rank, r in enumerate(order, start=1):
        doc = comp.resumes[int(r)]
        a = scorer.assess(int(r), gig) if scorer is not None else None
        if a is not None:
            found[int(r)] = a
        counts = a.counts() if a is not None else {}
        rows.append({"rank": rank, "candidate": candidate_name(doc, reveal), "score": float(scores[r]),
                     "met": counts.get("met"), "partial": counts.get("partial"), "missing": counts.get("missing"),
                     COLUMNS[-1]: "; ".join(a.to_improve()) if a is not None else "", "resume_id": doc.id})
    table = pd.DataFrame(rows, columns=COLUMNS + ["resume_id"])
    how = (f"top {top}" if top is not None else "") + (" " if top is not None and cutoff is not None else "") + \
        (f"scoring at least {cutoff:g}" if cutoff is not None else "")
    return Shortlist(comp.gigs[gig].name, model, table, found, _credible(comp, model, gig), reveal,
                     f"{len(table)} of {len(comp.resumes)} resumes under {model}: {how or 'all'}")


def _credible(comp: Comparison, model: str, gig: int) -> str:
    """Why this gig has no credible match under this model (views.analysis.no_good_match), or ""."""
    from matchlens.views.analysis import no_good_match

    weak = comp.derived(("no-good-match-plain",), lambda: no_good_match(comp))
    hit = weak[(weak["model"] == model) & (weak["gig"] == comp.gigs[gig].name)]
    if hit.empty:
        return ""
    return (f"No credible match: the best resume for this gig scores like an ordinary non-match under {model} "
            f"({hit['rule'].iloc[0]}).")


def to_csv_table(sl: Shortlist):
    """The shortlist as the CSV rows: one per candidate (names only when revealed), the gig and model named."""
    return sl.table.drop(columns=[] if sl.revealed else ["resume_id"]).assign(gig=sl.gig, model=sl.model)
