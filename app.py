"""matchlens dashboard: the router. Run with ./run.sh app (or streamlit run app.py)."""
import streamlit as st

from matchlens.ui import components, rerun, resources

components.page_setup()
pages = [
    st.Page("pages/0_Home.py", title="Home", icon=":material/home:", default=True),
    st.Page("pages/1_Data.py", title="Data", icon=":material/folder_open:"),
    st.Page("pages/2_Heatmaps.py", title="Heatmaps", icon=":material/grid_on:"),
    st.Page("pages/3_Map.py", title="Map", icon=":material/scatter_plot:"),
    st.Page("pages/4_Compare.py", title="Compare", icon=":material/compare_arrows:"),
    st.Page("pages/5_Inspector.py", title="Inspector", icon=":material/search:"),
    st.Page("pages/6_Evaluation.py", title="Evaluation", icon=":material/rule:"),
    st.Page("pages/9_Label_queue.py", title="Label queue", icon=":material/label:"),
    st.Page("pages/7_Training.py", title="Training", icon=":material/model_training:"),
    st.Page("pages/8_Scorecard.py", title="Scorecard", icon=":material/leaderboard:"),
    st.Page("pages/10_Shortlist.py", title="Shortlist", icon=":material/checklist:"),
]
nav = st.navigation(pages)
rerun.begin()  # this run's page waits for no background work until it says so (ui/rerun.follow)
components.network_banner()
components.workspace_status()
slot = st.sidebar.empty()
components.sidebar(slot.container())  # at once, so the sidebar is never blank during a long computation
components.prefetch_charts()
try:
    with components.drawing():  # background warm-ups hold off meanwhile
        nav.run()
finally:  # and again last, also after st.stop(): the counts shown are those of the changes this run applied
    components.sidebar(slot.container())
resources.start_warmups()  # after the page is sent: UMAP compiles in the background while the user reads
rerun.follow_up()  # last: wait for models (or a UMAP) still computing, then rerun the page with them
