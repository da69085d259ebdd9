"""Data: load documents, review them, pick models and settings."""
import streamlit as st

from matchlens.views import panels
from matchlens.ui import components, data_widgets, occupation_widgets, router, state

router.ensure()
from matchlens.ui.safe import md

st.title("Data")
tab_upload, tab_paste, tab_sample, tab_ws = st.tabs(["Upload files", "Paste text", "Sample data", "Workspace"])
with tab_upload:
    data_widgets.upload_form()
with tab_paste:
    data_widgets.paste_form()
with tab_sample:
    st.write("20 resumes and 12 gigs in French, English and Korean (PDF, DOCX, TXT, CSV), fictional people, "
             "with fit/partial/no labels (48 of the 240 pairs left for the Label queue) and the classic traps: "
             "the same CV in two languages, a very long CV, a keyword-stuffed CV.")
    if st.button("Load the sample data", type="primary", key="load-sample"):
        state.load_sample()
        st.rerun()
with tab_ws:
    data_widgets.workspace_form()

components.problems_table(state.problems())
corpus = state.corpus()
st.subheader("Models")
data_widgets.model_picker()
data_widgets.settings_form()

st.subheader(f"Documents ({len(corpus.resumes)} resumes, {len(corpus.gigs)} gigs)")
if not corpus.documents:
    st.info("No documents yet: upload files, paste text or load the sample data above.")
    st.stop()
comp = state.comparison(compute=False)
table = panels.documents_table_for(corpus, comp)
table = occupation_widgets.with_column(table, corpus, comp)
st.dataframe(table, hide_index=True, width="stretch")
components.download_csv(table, "matchlens-documents.csv")
data_widgets.edit_documents()

if st.button("Compute scores", type="primary", disabled=not (corpus.resumes and corpus.gigs)):
    comp = state.comparison()
if comp is not None:
    components.scoring_progress(comp)
if comp is not None:
    for name, res in comp.results.items():
        src = "from cache" if res.encoded == 0 else f"{res.encoded} texts encoded"
        st.caption(f"✅ {md(name)}: {res.seconds:.1f} s ({src})")
    for name, err in comp.errors.items():
        st.error(f"{md(name)}: {md(err, 400)}")
