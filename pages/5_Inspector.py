"""Inspector: one resume and one gig — every model's score and the evidence behind it; label the pair."""
import streamlit as st

from matchlens.views import panels
from matchlens.ui import components, inspector, location_widgets, occupation_widgets, router, shortlist_widgets

router.ensure()
from matchlens.ui.safe import md

st.title("Inspector")
comp = components.need_comparison()
if comp is None:
    st.stop()
r_idx, g_idx = inspector.pick_pair(comp)
resume, gig = comp.resumes[r_idx], comp.gigs[g_idx]
st.markdown(f"**{md(resume.name)}** ({md(resume.lang)}) × **{md(gig.name)}** ({md(gig.lang)})")
table = panels.pair_table(comp, r_idx, g_idx)
components.table(table)
location_widgets.pair_line(comp, r_idx, g_idx)
components.download_csv(table, "matchlens-pair.csv", key="dl-pair")
for note in panels.truncation_notes(comp, r_idx, g_idx):
    st.warning(md(note, 300))
if resume.lang != gig.lang and resume.lang != "unknown" and gig.lang != "unknown":
    st.info(f"Cross-language pair ({md(resume.lang)} → {md(gig.lang)}): keyword models (TF-IDF) cannot match it; "
            "multilingual models can.")

inspector.feedback(resume.id, gig.id)
inspector.masked(comp, r_idx)
st.subheader("Evidence")
inspector.evidence(comp, r_idx, g_idx)
st.subheader("Requirements")
shortlist_widgets.pair_breakdown(comp, r_idx, g_idx)
occupation_widgets.pair_section(comp, r_idx, g_idx)
inspector.keywords(comp, r_idx, g_idx)
left, right = st.columns(2)
with left:
    st.markdown("**Resume text**")
    st.text(resume.text)
with right:
    st.markdown("**Gig text**")
    st.text(gig.text)
