"""Scorecard: which matcher, and are we sure? One row per model on your labels, and one sentence."""
import streamlit as st

from matchlens.ui import audit_widgets, components, evaluation_widgets, router, scorecard_widgets, session, state
from matchlens.ui.safe import md

router.ensure()

st.title("Scorecard")
comp = components.need_comparison()
if comp is None:
    st.stop()
from matchlens.evaluation.scorecard import scorecard  # noqa: E402

positive = evaluation_widgets.positive_select()
audit = audit_widgets.current_audit(comp)
ranking_version, ranking = scorecard_widgets.ranking_set(comp)
key = scorecard_widgets.card_key(state.corpus().labels, positive, audit, ranking_version)
with st.spinner("Bootstrapping every model on the same resamples…"):
    card = comp.derived(key, lambda: scorecard(comp, state.corpus().labels, positive, audit=audit, ranking=ranking))
(st.success if " beats " in card.sentence else st.info)(md(card.sentence, 500))
if len(card.table):
    components.table(card.table)
    components.download_csv(card.table, "matchlens-scorecard.csv", key="dl-scorecard")
    if st.button("Prepare the stakeholder report (HTML)", key="report-build"):
        from matchlens.views.report import build

        session.put("report-html", build(comp, state.corpus().labels, card, audit=audit))
    if session.get("report-html"):
        st.download_button("Download the report (one HTML file, opens offline, prints to PDF)",
                           session.get("report-html").encode("utf-8"), file_name="matchlens-report.html",
                           mime="text/html", key="report-dl")
    st.caption("95% intervals by bootstrap over resumes; the difference column compares each model with the best on "
               "the same resamples. Speed is measured in this run (empty when the vectors came from the cache). "
               "The cross-language probe is the Spearman correlation of the gig scores of one person's CV in two "
               "languages (1 = the language does not matter).")
    audit_widgets.fairness_note(comp)
