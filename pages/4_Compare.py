"""Compare: score distributions, model-vs-model scatter, rank correlations, top-k and disagreements."""
import streamlit as st

from matchlens import labelvocab
from matchlens.views import analysis, panels, plots
from matchlens.ui import audit_widgets, components, router, state
from matchlens.ui.safe import md

router.ensure()

st.title("Compare models")
comp = components.need_comparison()
if comp is None:
    st.stop()
labels = state.corpus().labels
st.plotly_chart(panels.distributions_figure(comp), key="dist", width="stretch")
summary = panels.summary_table(comp)
components.table(summary)
st.caption("The same raw cosine means different things: compare where each model's median and quartiles sit.")

if len(comp.models) >= 2:
    st.subheader("Model A vs model B")
    c1, c2, c3 = st.columns(3)
    a = c1.selectbox("Model A", comp.models, index=0)
    b = c2.selectbox("Model B", comp.models, index=1)
    view = components.remembered(c3, "selectbox", "Scores", "compare.view", "raw", ["raw", "percentile", "rank"])
    event = st.plotly_chart(panels.scatter_for(comp, a, b, labels, view), key="scatter", on_select="rerun",
                            selection_mode="points", width="stretch")
    cell = components.selected_cell(event)
    if cell:
        components.open_inspector(comp.resumes[cell[0]].id, comp.gigs[cell[1]].id)
    method = components.remembered(st, "radio", "Rank correlation", "compare.corr", "spearman",
                                   ["spearman", "kendall"], horizontal=True)
    corr = panels.correlation_table(comp, method)
    st.plotly_chart(plots.matrix_figure(corr, f"{method.title()} correlation of all pair scores"), key="corr")

st.subheader("Hubs: resumes that win far more gigs than their share")
hub_table = panels.hubs_table(comp)
if hub_table.empty:
    st.caption(f"No hub: no resume is the top match of {analysis.hub_floor(comp)} gigs or more under any model.")
else:
    for line in analysis.hub_sentences(hub_table, len(comp.gigs)):
        st.warning(md(line, 300))
    components.table(hub_table)
    st.caption("A long CV that tops every gig under one model only is a length effect: try another 'Long documents' setting or "
               "'Truncate' for long documents on the Data page, and compare the models here.")

st.subheader("Top-k per gig, every model's rank side by side")
c1, c2, c3 = st.columns([2, 1, 1])
gig = c1.selectbox("Gig", range(len(comp.gigs)), format_func=lambda j: comp.gigs[j].name)
ref = c2.selectbox("Ranked by", comp.models)
k = c3.number_input("k", 1, len(comp.resumes), min(10, len(comp.resumes)))
top = analysis.topk_side_by_side(comp, gig, int(k), ref)
components.table(top)
components.download_csv(top, "matchlens-topk.csv", key="dl-topk")

st.subheader("Disagreements: the odd scores worth checking")
mode = st.radio("Where", ["between models", "models vs your labels"], horizontal=True,
                help="between models: percentile spread across models; vs labels: the models' mean percentile "
                     f"far from the label ({labelvocab.percent_help()})")
dis = panels.disagreement_table(comp, labels, against_labels=mode != "between models")
if dis.empty:
    st.info("Needs two models or more." if mode == "between models" else
            "No labels yet: label pairs in the Inspector or load the sample data.")
else:
    st.caption("Select a row to open the pair in the Inspector.")
    shown = dis.drop(columns=["resume_idx", "gig_idx"])
    event = components.table(shown, on_select="rerun", selection_mode="single-row", key=f"dis-{mode}")
    components.download_csv(shown, "matchlens-disagreements.csv", key="dl-dis")
    if event.selection.rows:
        row = dis.iloc[event.selection.rows[0]]
        components.open_inspector(comp.resumes[row.resume_idx].id, comp.gigs[row.gig_idx].id)

st.divider()
audit_widgets.audit_panel(comp)
