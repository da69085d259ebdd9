"""Shortlist: one gig's candidates under a model, its requirements edited, each candidate's breakdown, exports."""
import streamlit as st

from matchlens.ui import components, router, shortlist_widgets

router.ensure()

st.title("Shortlist")
comp = components.need_comparison()
if comp is None:
    st.stop()
g = shortlist_widgets.pick_gig(comp)
with st.expander("Requirements of this gig (edit, then save)", expanded=False):
    shortlist_widgets.editor(comp.gigs[g])
shortlist_widgets.shortlist(comp, g)
