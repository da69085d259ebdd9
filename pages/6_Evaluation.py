"""Evaluation: which model is right on labeled pairs, with confidence intervals."""
import streamlit as st

from matchlens.ui import components, evaluation_widgets, options_widgets, router, state

router.ensure()

st.title("Evaluation")
comp = components.need_comparison()
if comp is None:
    st.stop()
labels = state.corpus().labels
if not labels:
    st.info("No labels yet. Load the sample data (it has labels), upload a labels CSV below, or label pairs "
            "in the Inspector.")
evaluation_widgets.labels_upload()
if state.corpus().labels:
    evaluation_widgets.report(comp, state.corpus().labels)
    st.subheader("Hybrid: fuse models, weights chosen on these labels")
    evaluation_widgets.hybrid_tuner(comp, state.corpus().labels)
    st.subheader("Options: how a model reads and scores, chosen on these labels")
    options_widgets.options_panel(comp, state.corpus().labels)
st.subheader("Labeled pairs from a file")
st.caption("The seed format: a CSV of resume text, job text and label. Same computation as "
           "`matchlens evaluate pairs FILE.csv`.")
evaluation_widgets.pairs_file_report(state.models(), comp.options)
