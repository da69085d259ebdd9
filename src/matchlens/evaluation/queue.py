"""The label queue: which pair to label next, so that a few labels tell the most.

Unlabelled pairs are ranked by how much the models disagree on them (spread of their rank percentiles) and, when
calibrated P(fit) exists, by how unsure the calibration is (P near 0.5); the batch is spread over gigs and resumes
(at most ``per_doc`` pairs of one gig or one resume). Labels export as the (resume, job, label) CSV that
``matchlens train`` reads.
"""
from __future__ import annotations

from typing import Iterable

import numpy as np

from matchlens.labelvocab import LABEL_VALUE
from matchlens.scoring.results import Comparison
from matchlens.scoring.texts import model_text


def priorities(comp: Comparison, calibrated: dict | None = None) -> np.ndarray:
    """(resumes, gigs) priority in [0, 2]: model disagreement (0-1) plus calibration uncertainty (0-1)."""
    pct = np.stack([r.view("percentile") / 100.0 for r in comp.results.values()])
    disagreement = pct.std(axis=0) * 2 if len(pct) > 1 else np.zeros(pct.shape[1:])
    uncertain = np.zeros_like(disagreement)
    if calibrated:
        probs = np.stack([calibrated[m] for m in comp.results if m in calibrated])
        uncertain = 1 - np.abs(2 * probs.mean(axis=0) - 1)
    return np.clip(disagreement, 0, 1) + uncertain


def next_pairs(comp: Comparison, labels: dict, n: int = 20, calibrated: dict | None = None,
               skipped: Iterable[tuple[str, str]] = (), per_doc: int = 2) -> list[tuple[int, int, str]]:
    """The next ``n`` unlabelled pairs to label, best first: (resume index, gig index, why)."""
    prio = priorities(comp, calibrated)
    done = set(labels) | set(skipped)
    order = np.argsort(-prio, axis=None, kind="stable")
    per_gig: dict[int, int] = {}
    per_resume: dict[int, int] = {}
    out = []
    for flat in order:
        i, j = divmod(int(flat), prio.shape[1])
        if (comp.resumes[i].id, comp.gigs[j].id) in done:
            continue
        if per_gig.get(j, 0) >= per_doc or per_resume.get(i, 0) >= per_doc:
            continue
        per_gig[j] = per_gig.get(j, 0) + 1
        per_resume[i] = per_resume.get(i, 0) + 1
        out.append((i, j, _why(comp, i, j, calibrated)))
        if len(out) == n:
            break
    return out


def _why(comp: Comparison, i: int, j: int, calibrated: dict | None) -> str:
    ranks = {m: int(r.view("rank")[i, j]) for m, r in comp.results.items()}
    text = "ranks by model: " + ", ".join(f"{m} {r}" for m, r in ranks.items())
    if calibrated:
        p = np.mean([calibrated[m][i, j] for m in comp.results if m in calibrated])
        text += f"; calibrated P(fit) {p:.2f}"
    return text


def training_pairs(comp: Comparison, labels: dict):
    """The workspace's labels as the (resume, job, label) CSV that ``matchlens train`` reads; resume texts are
    what the models read (blind when blind scoring is on)."""
    import pandas as pd

    resumes = {d.id: d for d in comp.resumes}
    gigs = {d.id: d for d in comp.gigs}
    rows = [{"resume": model_text(resumes[r], comp.options), "job": model_text(gigs[g], comp.options),
             "label": LABEL_VALUE[lab]}
            for (r, g), lab in labels.items() if r in resumes and g in gigs and lab in LABEL_VALUE]
    return pd.DataFrame(rows, columns=["resume", "job", "label"])
