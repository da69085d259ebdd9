"""Cross-model analysis: heatmap orderings, rank correlations, disagreements, side-by-side top-k."""
from __future__ import annotations

import numpy as np

from matchlens.scoring.results import Comparison
from matchlens.scoring import hubness

ORDERINGS = ("name", "cluster", "model")


def leaf_order(matrix: np.ndarray) -> np.ndarray:
    """Row order from average-linkage clustering of the rows (cosine), so similar rows sit together."""
    from scipy.cluster.hierarchy import leaves_list, linkage

    if matrix.shape[0] < 3:
        return np.arange(matrix.shape[0])
    m = matrix - matrix.mean(axis=1, keepdims=True)
    m = np.where(np.abs(m).sum(axis=1, keepdims=True) == 0, 1e-6, m)
    return leaves_list(linkage(m, method="average", metric="cosine"))


def heatmap_order(comp: Comparison, how: str = "cluster", model: str | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Row (resume) and column (gig) order shared by every model's heatmap.

    name: alphabetical; cluster: hierarchical clustering on all models' z-scores stacked; model: gigs
    clustered by that model, resumes grouped by their best gig so the matches form a diagonal.
    """
    n_g = len(comp.gigs)
    if how == "name" or not comp.results:
        return (np.argsort([d.name.lower() for d in comp.resumes], kind="stable"),
                np.argsort([d.name.lower() for d in comp.gigs], kind="stable"))
    if how == "model":
        s = comp.results[model or comp.models[0]].view("z")
        cols = leaf_order(s.T)
        pos = np.empty(n_g, int)
        pos[cols] = np.arange(n_g)
        best = pos[s.argmax(axis=1)]
        rows = np.lexsort((-s.max(axis=1), best))
        return rows, cols
    stacked = np.concatenate([r.view("z") for r in comp.results.values()], axis=1)
    stacked_t = np.concatenate([r.view("z").T for r in comp.results.values()], axis=1)
    return leaf_order(stacked), leaf_order(stacked_t) if n_g > 2 else np.arange(n_g)


def rank_correlation(comp: Comparison, method: str = "spearman"):
    """Model x model correlation of all pair scores (Spearman or Kendall), as a DataFrame."""
    import pandas as pd
    from scipy.stats import kendalltau, spearmanr

    names = comp.models
    flat = {n: comp.results[n].scores.ravel() for n in names}
    out = np.eye(len(names))
    for i, a in enumerate(names):
        for j in range(i + 1, len(names)):
            b = names[j]
            fn = spearmanr if method == "spearman" else kendalltau
            val = fn(flat[a], flat[b])[0] if flat[a].size > 1 else np.nan
            out[i, j] = out[j, i] = val
    return pd.DataFrame(out, index=names, columns=names)


def disagreements(comp: Comparison, top: int = 25, labels: dict | None = None):
    """Pairs where models disagree most: the spread of their percentiles (0-100), largest first.

    Percentiles, not raw cosines, because raw scores of different models live on different scales.
    """
    import pandas as pd

    if len(comp.models) < 2:
        return pd.DataFrame()
    pct = np.stack([comp.results[m].view("percentile") for m in comp.models])
    spread = pct.max(axis=0) - pct.min(axis=0)
    flat = np.argsort(-spread, axis=None)[:top]
    rows = []
    for f in flat:
        i, j = np.unravel_index(f, spread.shape)
        r, g = comp.resumes[i], comp.gigs[j]
        row = {"resume": r.name, "gig": g.name, "spread": float(spread[i, j]),
               "most_positive": comp.models[int(pct[:, i, j].argmax())],
               "most_negative": comp.models[int(pct[:, i, j].argmin())],
               "label": (labels or {}).get((r.id, g.id), ""), "resume_idx": int(i), "gig_idx": int(j)}
        for k, m in enumerate(comp.models):
            row[f"{m} pct"] = round(float(pct[k, i, j]), 1)
        rows.append(row)
    return pd.DataFrame(rows)


def label_disagreements(comp: Comparison, labels: dict, top: int = 25):
    """Pairs where the models' consensus contradicts the user's label: 'no' pairs every model ranks
    high (a keyword-stuffed CV) and 'fit' pairs they rank low (a CV in another language for TF-IDF)."""
    import pandas as pd

    from matchlens.labelvocab import LABEL_VALUE

    lab = label_matrix(comp, labels)
    if not comp.models or not (lab != "").any():
        return pd.DataFrame()
    pct = np.stack([comp.results[m].view("percentile") for m in comp.models])
    mean = pct.mean(axis=0)
    rows = []
    for i, j in zip(*np.nonzero(lab != "")):
        target = 100 * LABEL_VALUE[lab[i, j]]
        row = {"resume": comp.resumes[i].name, "gig": comp.gigs[j].name, "label": lab[i, j],
               "mean pct": round(float(mean[i, j]), 1), "gap": round(float(abs(mean[i, j] - target)), 1),
               "resume_idx": int(i), "gig_idx": int(j)}
        for k, m in enumerate(comp.models):
            row[f"{m} pct"] = round(float(pct[k, i, j]), 1)
        rows.append(row)
    return pd.DataFrame(rows).sort_values("gap", ascending=False).head(top).reset_index(drop=True)


def topk_side_by_side(comp: Comparison, gig_idx: int, k: int = 10, reference: str | None = None):
    """The gig's top-k resumes by a reference model, with every model's rank and score beside it."""
    import pandas as pd

    ref = reference or comp.models[0]
    ranks = {m: comp.results[m].view("rank")[:, gig_idx] for m in comp.models}
    order = np.argsort(ranks[ref])[:k]
    rows = []
    for i in order:
        row = {"resume": comp.resumes[i].name}
        for m in comp.models:
            row[f"{m} rank"] = int(ranks[m][i])
            row[f"{m} score"] = round(float(comp.results[m].scores[i, gig_idx]), 4)
        rows.append(row)
    return pd.DataFrame(rows)


def score_summary(comp: Comparison):
    """Per model: where its scores live (min, quartiles, max) and the gap between best and median."""
    import pandas as pd

    rows = []
    for m, r in comp.results.items():
        s = r.scores.ravel()
        q = np.percentile(s, [0, 25, 50, 75, 100])
        rows.append({"model": m, "min": q[0], "q25": q[1], "median": q[2], "q75": q[3], "max": q[4],
                     "spread (q75-q25)": q[3] - q[1], "seconds": round(r.seconds, 2),
                     "from cache": r.encoded == 0})
    return pd.DataFrame(rows)


def label_matrix(comp: Comparison, labels: dict) -> np.ndarray:
    """(n_resumes, n_gigs) array of '', 'fit', 'partial', 'no' from the corpus labels."""
    out = np.full((len(comp.resumes), len(comp.gigs)), "", dtype=object)
    r_pos = {d.id: i for i, d in enumerate(comp.resumes)}
    g_pos = {d.id: j for j, d in enumerate(comp.gigs)}
    for (r, g), lab in labels.items():
        if r in r_pos and g in g_pos:
            out[r_pos[r], g_pos[g]] = lab
    return out


def hub_floor(comp: Comparison, k: int = 1) -> int:
    """How many gigs make a resume a hub: three times its fair share of top-k places, and at least two."""
    import math

    return max(2, math.ceil(3 * k * len(comp.gigs) / max(len(comp.resumes), 1)))


def hubs(comp: Comparison, k: int = 1):
    """Resumes that are the top-k match of far more gigs than their share (hubs), per model, with their length:
    a long CV that wins every gig under one model is a length effect, not a skill match."""
    import pandas as pd

    n_g = len(comp.gigs)
    floor = hub_floor(comp, k)
    rows = []
    for m, res in comp.results.items():
        counts = hubness.k_occurrence(res.scores.T, k)        # per resume: gigs it is among the top k of
        for i in np.flatnonzero(counts >= floor):
            d = comp.resumes[i]
            rows.append({"model": m, "resume": d.name, f"top-{k} of gigs": int(counts[i]),
                         "share of gigs": counts[i] / max(n_g, 1), "words": d.n_words,
                         "median words": int(np.median([r.n_words for r in comp.resumes]))})
    cols = ["model", "resume", f"top-{k} of gigs", "share of gigs", "words", "median words"]
    return pd.DataFrame(rows, columns=cols).sort_values(f"top-{k} of gigs", ascending=False, ignore_index=True)


def hub_sentences(table, n_gigs: int) -> list[str]:
    """One line per hub: '<model>: <resume> (9,800 words; median 400) is the top match for 10 of 47 gigs'."""
    col = next(c for c in table.columns if c.startswith("top-"))
    return [f"{r.model}: '{r.resume}' ({r.words:,} words; median {r['median words']:,}) is the "
            f"{'top match' if col == 'top-1 of gigs' else col.replace(' of gigs', '') + ' match'} for "
            f"{r[col]} of {n_gigs} gigs" for _, r in table.iterrows()]


def no_good_match(comp: Comparison, calibrated: dict | None = None, q: float = 0.99, top: int = 3):
    """Gigs whose best resume is not a credible match, per model: every model ranks someone first, even for a
    truck driver among developers. With labels, credible means calibrated P(fit) >= 0.5. Without, the best score
    must beat the model's ``q`` quantile of the scores of pairs that are nobody's shortlist (each gig's ``top``
    best resumes left out): a gig whose best resume scores like an ordinary non-match has no match here."""
    import pandas as pd

    rows = []
    for m, res in comp.results.items():
        s = res.scores
        if calibrated and m in calibrated:
            values = calibrated[m].max(axis=0)
            weak, rule = values < 0.5, "calibrated P(fit) of the best resume < 0.5"
        else:
            k = min(top, s.shape[0] - 1)
            if k < 1:
                continue
            cut_each = np.sort(s, axis=0)[-k, :]
            null = s[s < cut_each[None, :]]
            if null.size == 0:
                continue
            cut = float(np.quantile(null, q))
            values = s.max(axis=0)
            weak, rule = values <= cut, f"best score not above the model's {q:.0%} quantile of non-shortlist pairs ({cut:.3g})"
        for j in np.flatnonzero(weak):
            rows.append({"model": m, "gig": comp.gigs[j].name,
                         "best resume": comp.resumes[int(s[:, j].argmax())].name,
                         "best value": float(values[j]), "rule": rule})
    return pd.DataFrame(rows, columns=["model", "gig", "best resume", "best value", "rule"])
