"""What each page shows, computed from a Comparison: figures and tables, no Streamlit.

Pages call these and only display the result, so every view is testable and usable from a notebook.
"""
from __future__ import annotations

from typing import Callable

import numpy as np

from matchlens import labelvocab
from matchlens.views import analysis, plots, projection
from matchlens.scoring import memo, similarity
from matchlens.documents import Corpus
from matchlens.preprocess.sections import section_report
from matchlens.views.explain import prepare_evidence
from matchlens.views.keywords import cluster_names, corpus_model
from matchlens.views.shortlist import prepare_breakdown
from matchlens.scoring.results import Comparison
from matchlens.scoring.texts import model_texts

VIEW_COLORS = {"raw": ("Viridis", False), "rank": ("Viridis", True), "percentile": ("Viridis", False),
               "z": ("RdBu", True), "calibrated": ("Viridis", False)}
VIEW_NAMES = {**similarity.VIEWS, "calibrated": "calibrated P(fit) from your labels (comparable across models)"}
# chart titles: two charts side by side leave ~50 characters, model name included (the long names are the picker's)
VIEW_SHORT = {"raw": "raw cosine", "rank": "rank for the gig", "percentile": "rank percentile",
              "z": "z-score in the gig", "calibrated": "calibrated P(fit)"}


def calibrated_matrices(comp: Comparison, labels: dict, method: str = "platt",
                        positive_min: float = 1.0) -> dict[str, np.ndarray]:
    """P(fit) per pair and model, from a calibrator fitted on all labelled pairs of the corpus."""
    from matchlens.evaluation import calibration
    from matchlens.evaluation.labeled import corpus_pairs

    pairs, lab = corpus_pairs(comp, labels)
    y = (lab >= positive_min).astype(int)
    if not _fits_calibration(y):  # no usable labels here: reuse calibrations saved earlier
        saved = {m: calibration.load_for_model(m) for m in comp.results}
        return {m: cal.predict(comp.results[m].scores).astype(np.float32) for m, cal in saved.items() if cal}
    ri, gi = np.array([p[0] for p in pairs]), np.array([p[1] for p in pairs])
    out = {}
    for m, res in comp.results.items():
        cal = calibration.fit(res.scores[ri, gi], y, method)
        out[m] = cal.predict(res.scores).astype(np.float32)
    return out


def _fits_calibration(y: np.ndarray) -> bool:
    return len(y) >= 4 and len(np.unique(y)) == 2


def can_calibrate(comp: Comparison, labels: dict, positive_min: float = 1.0) -> bool:
    """Whether :func:`calibrated_matrices` has anything to give, without fitting (the Heatmaps page offers the
    calibrated view from this and fits only when it is chosen, after the first charts are sent)."""
    from matchlens.evaluation import calibration
    from matchlens.evaluation.labeled import corpus_pairs

    _, lab = corpus_pairs(comp, labels)
    return _fits_calibration((lab >= positive_min).astype(int)) or any(calibration.saved_stamp(comp.results))


def calibrated_for(comp: Comparison, labels: dict) -> dict[str, np.ndarray]:
    """:func:`calibrated_matrices`, computed once per comparison, labels and saved calibrations (pages rerun often)."""
    from matchlens.evaluation import calibration

    key = memo.key("calibrated", labels, calibration.saved_stamp(comp.results))
    return comp.derived(key, lambda: calibrated_matrices(comp, labels))


def documents_table(corpus: Corpus, comp: Comparison | None = None):
    """One row per document: kind, language, length, and per model tokens vs the model's limit."""
    import pandas as pd

    rows = []
    pos = {}
    if comp is not None:
        pos = {d.id: ("resumes", i) for i, d in enumerate(comp.resumes)}
        pos.update({d.id: ("gigs", j) for j, d in enumerate(comp.gigs)})
    for d in corpus.documents:
        row = {"name": d.name, "kind": d.kind, "language": d.lang, "words": d.n_words, "characters": d.n_chars}
        for m, res in (comp.results.items() if comp else []):
            emb = getattr(res, pos[d.id][0]) if d.id in pos else None
            limit = res.info.max_tokens
            if emb is not None and limit:
                n = emb.n_tokens[pos[d.id][1]]
                row[f"{m} tokens"] = n
                row[f"{m} truncated?"] = f"yes, {n - limit} tokens over (chunked)" if n > limit else ""
        if d.kind == "resume":  # what the experience + education + skills mode (V2) keeps of it
            row.update(section_report(d.text))
        row["source"] = d.source
        rows.append(row)
    return pd.DataFrame(rows)


def documents_table_for(corpus: Corpus, comp: Comparison | None = None):
    """:func:`documents_table`, once per comparison (it reads every resume's sections: ~seconds at 2,000 resumes);
    ``comp`` must be the comparison of this corpus (state.comparison gives it for the current corpus only)."""
    if comp is None:
        return documents_table(corpus)
    return comp.derived("documents-table", lambda: documents_table(corpus, comp))


def pair_hover(comp: Comparison, i: int, j: int, ranks: dict, label: str = "") -> str:
    r, g = comp.resumes[i], comp.gigs[j]
    lines = [f"<b>{plots.hover_escape(plots.short(r.name, 60))}</b> × <b>{plots.hover_escape(plots.short(g.name, 60))}</b>"]
    for m, res in comp.results.items():
        lines.append(f"{plots.hover_escape(m)}: {res.scores[i, j]:.3f} (rank {ranks[m][i, j]}/{len(comp.resumes)})")
    if label:
        lines.append(f"label: {plots.esc(label)}")
    return "<br>".join(lines)


def heatmap_figures(comp: Comparison, view: str = "percentile", order: str = "cluster", ref_model: str | None = None,
                    top_n: int | None = None, labels: dict | None = None,
                    calibrated: dict | None = None, page: int = 0) -> list[tuple[str, object]]:
    """One figure per model, same row/column order in all. With top_n: the N best gigs of ref_model, and
    page ``page`` of its resumes ranked by their best score (page 0 = the N best)."""
    rows, cols = analysis.heatmap_order(comp, order, ref_model)
    if top_n and (len(rows) > top_n or len(cols) > top_n):
        ref = comp.results[ref_model or comp.models[0]].scores
        keep_r = set(np.argsort(-ref.max(axis=1))[page * top_n : (page + 1) * top_n].tolist())
        keep_c = set(np.argsort(-ref.max(axis=0))[:top_n].tolist())
        rows = np.array([r for r in rows if r in keep_r])
        cols = np.array([c for c in cols if c in keep_c])
    ranks = {m: r.view("rank") for m, r in comp.results.items()}
    lab = analysis.label_matrix(comp, labels or {})
    hover = np.array([[pair_hover(comp, i, j, ranks, lab[i, j]) for j in cols] for i in rows], dtype=object)
    cell_ids = np.stack(np.meshgrid(rows, cols, indexing="ij"), axis=-1)
    figs = []
    for m, res in comp.results.items():
        full = calibrated[m] if view == "calibrated" else res.view(view)
        values = full[np.ix_(rows, cols)]
        scale, rev = VIEW_COLORS[view]
        zr = {"percentile": (0, 100), "z": (-3, 3), "calibrated": (0, 1)}.get(view)
        fig = plots.heatmap(values, [comp.resumes[i].name for i in rows], [comp.gigs[j].name for j in cols],
                            title=f"{m} — {VIEW_SHORT[view]}", hover=hover, colorscale=scale, reverse=rev,
                            labels=lab[np.ix_(rows, cols)] if labels else None, zrange=zr, cell_ids=cell_ids)
        figs.append((m, fig))
    return figs


def point_table(comp: Comparison, labels: dict | None = None, gig_idx: int | None = None):
    """Names, kinds, languages, hover text of the map's points (resumes first, then gigs)."""
    docs = comp.resumes + comp.gigs
    lab = analysis.label_matrix(comp, labels or {})
    point_label = ["" for _ in docs]
    if gig_idx is not None:
        point_label = [lab[i, gig_idx] or labelvocab.UNLABELLED for i in range(len(comp.resumes))] + \
                      ["this gig" if j == gig_idx else "other gig" for j in range(len(comp.gigs))]
    hover = [f"<b>{plots.hover_escape(d.name)}</b> ({plots.esc(d.kind)}, {plots.esc(d.lang)})<br>{plots.hover_escape(d.text[:220])}"
             for d in docs]
    return docs, point_label, hover


def projections(comp: Comparison, method: str = "umap", elsewhere: bool = False) -> dict[str, np.ndarray]:
    """Per model 2-D coordinates of resumes+gigs, Procrustes-aligned to the first model's map. ``elsewhere``: the
    fits run in the background worker process (UMAP holds the GIL for seconds; the app's pages must not wait on it)."""
    from matchlens.scoring.background import elsewhere as in_worker

    stacked = {m: projection.stack_vectors(res.resumes.doc_vectors, res.gigs.doc_vectors)
               for m, res in comp.results.items() if res.resumes is not None}  # pair scorers have no vectors
    if elsewhere:
        futures = {m: in_worker(projection.project, x, method) for m, x in stacked.items()}
        fitted = {m: f.result() for m, f in futures.items()}
    else:
        fitted = {m: projection.project(x, method) for m, x in stacked.items()}
    out: dict[str, np.ndarray] = {}
    ref = None
    for m, coords in fitted.items():
        coords = coords if ref is None else projection.align(ref, coords)
        ref = coords if ref is None else ref
        out[m] = coords
    return out


def clusters(comp: Comparison, model: str, k: int = 6) -> list[str]:
    from sklearn.cluster import AgglomerativeClustering

    res = comp.results[model]
    x = projection._dense_features(projection.stack_vectors(res.resumes.doc_vectors, res.gigs.doc_vectors))
    k = max(2, min(k, len(x) - 1))
    labels = AgglomerativeClustering(n_clusters=k, metric="cosine", linkage="average").fit_predict(x)
    docs = comp.resumes + comp.gigs
    texts = model_texts(docs, comp.options)  # named by the words the models read
    names = cluster_names(texts, [d.lang for d in docs], list(labels))
    return [f"{c + 1}: {names[c]}" for c in labels]


def map_figures(comp: Comparison, coords: dict, color_by: str = "kind", gig_idx: int | None = None, k: int = 5,
                labels: dict | None = None, max_points: int = 1500) -> tuple[list, str]:
    """Side-by-side maps; lines from the selected gig to its top-k resumes under each model."""
    docs, point_label, hover = point_table(comp, labels, gig_idx)
    n_r = len(comp.resumes)
    note = ""
    keep = np.arange(len(docs))
    if len(docs) > max_points:
        keep = np.sort(np.random.default_rng(0).choice(len(docs), max_points, replace=False))
        note = f"Showing a random {max_points} of {len(docs)} documents."
    figs = []
    for m, xy in coords.items():
        if color_by == "kind":
            color = [d.kind for d in docs]
        elif color_by == "language":
            color = [d.lang for d in docs]
        elif color_by == "label":
            color = point_label if gig_idx is not None else ["pick a gig" for _ in docs]
        elif color_by == "occupation":  # nearest ESCO occupation, the same for every model (the job model reads it)
            color = occupation_colours(comp)
        else:
            color = clusters(comp, m)
        lines = []
        if gig_idx is not None:
            top = similarity.top_k(comp.results[m].scores[:, [gig_idx]], k, axis=0)[0]
            lines = [(n_r + gig_idx, int(i)) for i in top]
        new_pos = {int(old): k for k, old in enumerate(keep)}  # subsampled points are re-indexed
        kept_lines = [(new_pos[a], new_pos[b]) for a, b in lines if a in new_pos and b in new_pos]
        kinds = np.asarray([d.kind for d in docs], dtype=object)
        custom = np.array([[i, 0] for i in range(len(docs))])
        fig = plots.projection_map(xy[keep], np.asarray(color, dtype=object)[keep], np.asarray(hover, dtype=object)[keep],
                                   kinds[keep], title=m, lines=kept_lines, custom=custom[keep],
                                   color_map={**labelvocab.COLORS, labelvocab.UNLABELLED: labelvocab.UNLABELLED_COLOR,
                                              "this gig": "#000000", "other gig": "#dee2e6",
                                              "resume": "#3b5bdb", "gig": "#e8590c"})
        figs.append((m, fig))
    return figs, note


def occupation_colours(comp: Comparison) -> list[str]:
    """Each point's nearest occupation (resumes then gigs), as the occupations view tagged them (#30)."""
    from matchlens.occupations.tags import map_colours, tag_comparison

    return map_colours(tag_comparison(comp))


def stability_figure(comp: Comparison, k: int = 5):
    vecs = {m: projection.stack_vectors(r.resumes.doc_vectors, r.gigs.doc_vectors)
            for m, r in comp.results.items() if r.resumes is not None}
    if len(vecs) < 2:
        return None
    docs = comp.resumes + comp.gigs
    values = projection.neighbour_stability(vecs, k)
    return plots.stability_bar([d.name for d in docs], values, [d.kind for d in docs])


SCATTER_POINTS = 5_000  # points drawn at once (bench/bench_app.py: Compare in Chromium); labelled pairs always shown


def shown_pairs(n_resumes: int, n_gigs: int, keep: np.ndarray | None = None, limit: int = SCATTER_POINTS,
                seed: int = 0) -> np.ndarray:
    """Flat indices of the pairs a chart draws: all of them up to ``limit``, else every pair in ``keep``
    (labelled ones) plus a seeded random sample of the rest."""
    n = n_resumes * n_gigs
    if n <= limit:
        return np.arange(n)
    keep_idx = np.flatnonzero(keep) if keep is not None else np.array([], int)
    rest = np.setdiff1d(np.arange(n), keep_idx)
    take = np.random.default_rng(seed).choice(rest, size=max(0, min(len(rest), limit - len(keep_idx))), replace=False)
    return np.sort(np.concatenate([keep_idx, take]))


def scatter_figure(comp: Comparison, a: str, b: str, labels: dict | None = None, view: str = "raw"):
    """Model A vs model B, one point per pair (a sample of the unlabelled ones on large corpora)."""
    sa, sb = comp.results[a].view(view), comp.results[b].view(view)
    lab = analysis.label_matrix(comp, labels or {}).ravel()
    idx = shown_pairs(*sa.shape, keep=lab != "")
    ii, jj = np.unravel_index(idx, sa.shape)
    x, y = sa.ravel()[idx], sb.ravel()[idx]
    hover = [f"{plots.hover_escape(comp.resumes[i].name)} × {plots.hover_escape(comp.gigs[j].name)}<br>"
             f"{plots.esc(a)}: {u:.3f} · {plots.esc(b)}: {v:.3f}" for i, j, u, v in zip(ii, jj, x, y)]
    fig = plots.pair_scatter(x, y, f"{a} ({view})", f"{b} ({view})", hover, lab[idx], np.stack([ii, jj], axis=1))
    if len(idx) < sa.size:
        fig.update_layout(title=f"{len(idx):,} of {sa.size:,} pairs: every labelled pair and a random sample")
    return fig


def pair_table(comp: Comparison, i: int, j: int):
    """Every model's raw score, ranks, percentile and z for one pair."""
    import pandas as pd

    rows = [{"model": m, "raw score": round(v["score"], 4),
             "rank of resume for this gig": f"{v['rank_for_gig']} / {len(comp.resumes)}",
             "rank of gig for this resume": f"{v['rank_for_resume']} / {len(comp.gigs)}",
             "percentile": round(v["percentile"], 1), "z (gig column)": round(v["z"], 2)}
            for m, v in comp.pair(i, j).items()]
    return pd.DataFrame(rows)


def truncation_notes(comp: Comparison, i: int, j: int) -> list[str]:
    notes = []
    for m, res in comp.results.items():
        limit = res.info.max_tokens
        if res.resumes is None or not limit:
            continue
        for side, emb, idx in (("resume", res.resumes, i), ("gig", res.gigs, j)):
            n = emb.n_tokens[idx]
            if n > limit:
                how = {"first": "the model only sees the first window",
                       "mean": f"read in {int(emb.n_chunks[idx])} chunks (mean)",
                       "max": f"read in {int(emb.n_chunks[idx])} chunks (best pair)"}[comp.options.chunking.aggregation]
                notes.append(f"{m}: the {side} has {n} tokens, over the {limit}-token limit — {how}.")
    return notes


def heatmap_pages(comp: Comparison, top_n: int) -> int:
    """How many pages of top_n resumes the heatmaps have."""
    return max(1, -(-len(comp.resumes) // max(1, top_n)))


# What the Compare page derives from a comparison, under one set of keys: the page and the background warm-up
# (warm_compare) both go through these, so a first visit after scoring finds them computed.
def distributions_figure(comp: Comparison):
    return comp.derived("distributions", lambda: plots.distributions(
        {m: r.scores for m, r in comp.results.items()}, {m: r.info.score_kind for m, r in comp.results.items()}))


def summary_table(comp: Comparison):
    return comp.derived("summary", lambda: analysis.score_summary(comp))


def correlation_table(comp: Comparison, method: str = "spearman"):
    return comp.derived(("correlation", method), lambda: analysis.rank_correlation(comp, method))


def hubs_table(comp: Comparison):
    return comp.derived("hubs", lambda: analysis.hubs(comp))


def disagreement_table(comp: Comparison, labels: dict, against_labels: bool = False):
    if against_labels:
        return comp.derived(memo.key("label-disagreements", labels),
                            lambda: analysis.label_disagreements(comp, labels, 25))
    return comp.derived(memo.key("disagreements", labels), lambda: analysis.disagreements(comp, 25, labels))


def scatter_for(comp: Comparison, a: str, b: str, labels: dict, view: str = "raw"):
    return comp.derived(memo.key("scatter", a, b, view, labels), lambda: scatter_figure(comp, a, b, labels, view))


SMALL = 600  # documents: below, UMAP and the views' preparation take about a second


def is_small(comp: Comparison, small: int = SMALL) -> bool:
    return len(comp.resumes) + len(comp.gigs) <= small


def umap_wait(comp: Comparison, small: int = SMALL) -> float:
    """Seconds the Map waits for its UMAP before drawing the PCA stand-in: half a second on small corpora (where
    the fit usually ends within it), none on large ones (~15-40 s at 2,300 documents: the wait was pure delay)."""
    return 0.5 if is_small(comp, small) else 0.0


def pca_map(comp: Comparison) -> dict[str, np.ndarray]:
    """The Map's stand-in (and its PCA choice): instant per model, aligned like the UMAP."""
    return comp.derived(("projection", "pca"), lambda: projections(comp, "pca"))


def map_figures_for(comp: Comparison, shown: str, coords: dict, color_by: str = "kind", gig_idx: int | None = None,
                    k: int = 5, labels: dict | None = None) -> tuple[list, str]:
    key = memo.key("map", shown, color_by, gig_idx, k, (labels or {}) if color_by == "label" else 0)
    return comp.derived(key, lambda: map_figures(comp, coords, color_by, gig_idx, k, labels))


def stability_for(comp: Comparison):
    return comp.derived("stability", lambda: stability_figure(comp))


def evaluation_for(comp: Comparison, labels: dict, threshold: float | None = None, method: str = "platt",
                   positive: float = 1.0) -> dict:
    """Metrics with bootstrap CIs per model (evaluation.labeled), once per comparison, labels and settings."""
    from matchlens.evaluation.labeled import evaluate_comparison

    return comp.derived(memo.key("evaluation", labels, threshold, method, positive),
                        lambda: evaluate_comparison(comp, labels, threshold=threshold, calibrate=method,
                                                    positive_min=positive))


def evaluation_figures(comp: Comparison, labels: dict, threshold: float | None = None, method: str = "platt",
                       positive: float = 1.0) -> tuple[object, object | None]:
    """The Evaluation page's ROC/PR curves and reliability diagram (None without calibrated models)."""
    def build():
        from matchlens.evaluation import calibration

        evals = evaluation_for(comp, labels, threshold, method, positive)
        curves = {m: calibration.reliability(ev.calibrated, ev.labels >= positive, bins=5)
                  for m, ev in evals.items() if ev.calibrated is not None}
        return plots.roc_pr_curves(evals, positive), plots.reliability_figure(curves) if curves else None

    return comp.derived(memo.key("evaluation-figures", labels, threshold, method, positive), build)


def warm_steps(comp: Comparison, labels: dict, corpus: Corpus | None = None) -> list:
    """What the pages derive by default, in the sidebar's order (Map, Compare, Evaluation: the next page after the
    Heatmaps first): computed in the background once every model is scored (seconds each at 2,000 x 300), so a
    first visit finds them ready (with ``corpus``, the comparison's own: the Data page's documents table too; last,
    the Inspector's coverage threshold, keyword model and requirement calibration). Each step is one call the page
    also makes."""
    steps = [lambda: map_figures_for(comp, "pca", pca_map(comp)), lambda: stability_for(comp),
             lambda: distributions_figure(comp), lambda: summary_table(comp)]
    if len(comp.models) >= 2:
        steps += [lambda: scatter_for(comp, comp.models[0], comp.models[1], labels), lambda: correlation_table(comp)]
    steps += [lambda: hubs_table(comp), lambda: disagreement_table(comp, labels)]
    if labels:
        steps += [lambda: evaluation_figures(comp, labels)]
    if corpus is not None:
        steps += [lambda: documents_table_for(corpus, comp)]
    return steps + [lambda: prepare_evidence(comp), lambda: corpus_model(comp), lambda: prepare_breakdown(comp)]


def warm(comp: Comparison, labels: dict, pause: Callable[[], None] = lambda: None,
         progress: Callable[[int, int], None] = lambda done, total: None, corpus: Corpus | None = None) -> None:
    """Run :func:`warm_steps`, calling ``pause`` before each (the app waits there while a page is being drawn) and
    ``progress(done, total)`` after each. A step that fails is skipped (nothing is kept for it): the page that
    shows it computes it again and says what failed; the other steps still run."""
    steps = warm_steps(comp, labels, corpus)
    for done, step in enumerate(steps, 1):
        pause()
        try:
            step()
        except Exception:  # noqa: BLE001 - see the docstring
            pass
        progress(done, len(steps))
