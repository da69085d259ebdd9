"""Which candidates for one gig: the shortlist (top k or above a cutoff under a model), each candidate's breakdown
requirement by requirement, the "no credible match" flag, and its CSV and HTML exports.

Blind by default: candidates are named by their resume id (a placeholder that says nothing of the person) until the
user chooses to reveal names; the evidence sentences are the text the model read (masked when blind scoring is on).
"""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from matchlens.encoders.registry import parse_model
from matchlens.requirements.score import Assessment, Judge, RequirementScorer, pair_judge, requirement_scores
from matchlens.scoring import memo
from matchlens.scoring.results import Comparison

COLUMNS = ["rank", "candidate", "score", "met", "partial", "missing", "to improve (required, not met)"]


def scorer_for(comp: Comparison, model: str, cache=None) -> RequirementScorer | None:
    """The requirement breakdown of ``model``: a req: model's own; for a model that embeds texts, the same breakdown
    under it (computed once per comparison); None for pair scorers and fusions (no sentence of theirs to show)."""
    own = _own_scorer(comp, model)
    if own is not None or not _embeds(comp, model):
        return own
    return comp.derived(("requirements", model), lambda: requirement_scores(
        f"req:{model}", comp.results[model], comp.resumes, comp.gigs, comp.options, cache)[0])


def judge_for(comp: Comparison, model: str, cache=None) -> Judge | None:
    """What :func:`breakdown` reads for ``model``: the comparison's scorer of every pair when it has one (a req:
    model, or one a shortlist computed), else a :class:`PairJudge` calibrated once per comparison and model that
    judges each pair when asked (the Inspector shows one pair; every pair of 2,000 x 300 took 1.3 s, TF-IDF)."""
    own = _own_scorer(comp, model)
    if own is not None or not _embeds(comp, model):
        return own
    if comp.has_derived(("requirements", model)):
        return scorer_for(comp, model, cache)
    return comp.derived(memo.key("requirement-judge", model), lambda: pair_judge(
        f"req:{model}", comp.results[model], comp.resumes, comp.gigs, comp.options, cache))


def breakdown_models(comp: Comparison) -> list[str]:
    """Models that can show a breakdown: req: models first, then the models that embed texts (the Inspector offers
    them in this order; the first is its default)."""
    from matchlens.encoders.registry import model_kind

    req = [m for m in comp.models if model_kind(m) == "req"]
    return req + [m for m in comp.models if model_kind(m) == "single" and comp.results[m].resumes is not None]


def prepare_breakdown(comp: Comparison) -> None:
    """The views' warm-up: calibrate the Inspector's default breakdown model (a first visit judges its pair at once)."""
    from matchlens.scoring.cache import EmbeddingCache

    models = breakdown_models(comp)
    if models:
        judge_for(comp, models[0], EmbeddingCache())


def _own_scorer(comp: Comparison, model: str) -> RequirementScorer | None:
    """A req: model's scorer, or that of the comparison's req: model over ``model`` (it already holds every pair)."""
    for res in (comp.results[model], comp.results.get(f"req:{model}")):
        if res is not None and isinstance(res.encoder, RequirementScorer):
            return res.encoder
    return None


def _embeds(comp: Comparison, model: str) -> bool:
    """A single model that embeds texts (pair scorers and fusions have no sentence of theirs to show)."""
    return parse_model(model).kind == "single" and comp.results[model].resumes is not None


def breakdown(comp: Comparison, model: str, r: int, g: int, cache=None) -> Assessment | None:
    """Resume ``r`` against gig ``g`` requirement by requirement under ``model`` (None: the model cannot show it)."""
    judge = judge_for(comp, model, cache)
    return judge.assess(r, g) if judge is not None else None


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
    scorer = judge_for(comp, model, cache)  # the kept candidates' sentences only, not every resume's (#28)
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
