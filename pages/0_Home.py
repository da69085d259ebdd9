"""Home: what matchlens is, where the corpus stands, what to do next."""
import streamlit as st

from matchlens.ingest import formats
from matchlens.ui import components, router, state

router.ensure()

st.title("matchlens")
st.markdown("See, side by side, how different AI models match **resumes** to **gigs** — and why a score "
            "that looks like nonsense is (or is not) nonsense. Everything runs on this machine.")
c = state.corpus()
col1, col2, col3, col4 = st.columns(4)
col1.metric("Resumes", len(c.resumes))
col2.metric("Gigs", len(c.gigs))
col3.metric("Labels", len(c.labels))
col4.metric("Models", len(state.models()))
if not c.documents:
    st.info(f"Start on the **Data** page: upload resumes and gigs ({formats.names()}), paste text, "
            "or load the bundled sample data in one click.")
    if st.button("Load the sample data", type="primary"):
        state.load_sample()
        st.rerun()
else:
    components.problems_table(state.problems())
    st.markdown("**Next:** pick models on **Data**, then look at **Heatmaps**, the **Map**, **Compare** "
                "models, and open any odd pair in the **Inspector**.")
st.divider()
st.markdown("""
**Reading scores.** Raw cosines of different models are *not comparable*: multilingual-e5 puts almost every
pair between 0.8 and 0.95, MiniLM between 0 and 0.7, TF-IDF near 0 for anything across languages. Compare
**ranks** or **percentiles** (or calibrated scores on the Evaluation page) instead.
""")
