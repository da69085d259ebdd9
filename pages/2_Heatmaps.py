"""Heatmaps: one resumes x gigs heatmap per model, same order everywhere; click a cell to inspect it."""
import streamlit as st

from matchlens import labelvocab
from matchlens.scoring import memo
from matchlens.views import analysis, panels
from matchlens.ui import components, location_widgets, router, state

router.ensure()

st.title("Heatmaps")
comp = components.need_comparison()
if comp is None:
    st.stop()
labels = state.corpus().labels


choices = list(panels.VIEW_NAMES) if panels.can_calibrate(comp, labels) else \
    [v for v in panels.VIEW_NAMES if v != "calibrated"]
c1, c2, c3, c4 = st.columns([1.2, 1, 1, 1])
view = components.remembered(c1, "selectbox", "Colour by", "heatmap.view", "percentile", choices,
                             format_func=panels.VIEW_NAMES.get)
order = components.remembered(c2, "selectbox", "Order", "heatmap.order", "cluster", ["cluster", "name", "model"],
                              format_func={"cluster": "clustered (all models)", "name": "by name",
                                           "model": "by one model's ranking"}.get)
ref = components.remembered(c3, "selectbox", "Reference model", "heatmap.ref", comp.models[0], comp.models,
                            help="used by 'by one model's ranking' and for top-N")
n_max = max(len(comp.resumes), len(comp.gigs))
top_n = components.remembered(c4, "number_input", "Top-N rows/columns", "heatmap.top_n", min(n_max, 40),
                              min_value=2, max_value=max(2, n_max), step=5,
                              help="Large corpora: keep the N resumes and gigs with the best scores under the "
                                   "reference model")
c5, c6 = st.columns([3, 1])
show_labels = components.remembered(c5, "toggle", f"Mark labelled pairs ({labelvocab.marks_help()})", "heatmap.labels", True)
n_pages = panels.heatmap_pages(comp, int(top_n))
page = c6.number_input(f"Resume page (of {n_pages})", 1, n_pages, 1) - 1 if n_pages > 1 else 0
if view == "raw":
    st.warning("Raw cosines are **not comparable across models**: each model has its own range. "
               "Use rank, percentile or z-score to compare panels.")
figs = comp.derived(memo.key("heatmaps", view, order, ref, int(top_n), labels if show_labels else None, int(page)),
                    lambda: panels.heatmap_figures(comp, view, order, ref, int(top_n), labels if show_labels else None,
                                                   panels.calibrated_for(comp, labels) if view == "calibrated" else None, int(page)))
per_row = 2 if len(figs) > 1 else 1
for start in range(0, len(figs), per_row):
    cols = st.columns(per_row)
    for col, (model, fig) in zip(cols, figs[start : start + per_row]):
        with col:
            event = st.plotly_chart(fig, key=f"hm-{model}", on_select="rerun", selection_mode="points",
                                    width="stretch")
            components.download_figure(fig, f"heatmap-{model}", key=f"dl-hm-{model}")
            cell = components.selected_cell(event)
            if cell:
                components.open_inspector(comp.resumes[cell[0]].id, comp.gigs[cell[1]].id)
st.caption("Hover a cell for every model's score and rank; click it to open the pair in the Inspector.")
weak = comp.derived(memo.key("no-good-match", labels), lambda: analysis.no_good_match(comp, panels.calibrated_for(comp, labels)))
components.no_credible_match(weak)
location_widgets.top_matches(comp, ref)
components.download_csv(lambda: location_widgets.scores_csv(comp), "matchlens-scores.csv",
                        "Download all scores (CSV)")
