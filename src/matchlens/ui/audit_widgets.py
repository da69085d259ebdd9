"""The fairness audit on the Compare page: run it on demand (it multiplies the scoring work), show its verdicts."""
from __future__ import annotations

import streamlit as st

from matchlens.scoring.matching import Comparison
from matchlens.ui import components, resources
from matchlens.ui.safe import md


def last_audit_table():
    """The table of the audit run in this session, for the scorecard's fairness column (None if not run)."""
    cached = st.session_state.get("audit")
    return cached[1][0] if cached else None


def audit_panel(comp: Comparison) -> None:
    from matchlens.evaluation.audit import ATTRIBUTES, NAME_ORIGINS, audit

    st.subheader("Fairness: does a model judge the name, sex, age or postcode?")
    st.caption("Each resume is copied with one attribute changed (names of " + ", ".join(NAME_ORIGINS) +
               " origin, female and male, from Faker; Mme/M. and gendered job words; an age line; a postcode) and "
               "scored like the original. The copies stay in memory and never join the corpus. With blind scoring "
               "on, these attributes are masked before any model reads a resume.")
    attrs = st.multiselect("Vary", list(ATTRIBUTES), default=list(ATTRIBUTES), key="audit-attrs")
    key = (comp.uid, tuple(attrs))
    if st.button("Run the audit", key="audit-run", disabled=not attrs):
        bar = st.progress(0.0, text="Scoring the copies…")

        def report(model: str, done: int, total: int) -> None:
            bar.progress(min(done / max(total, 1), 1.0), text=f"{model}: {done}/{total} copies")

        st.session_state["audit"] = (key, audit(comp, attributes=attrs, cache=resources.embedding_cache(),
                                                report=report))
        bar.empty()
    cached = st.session_state.get("audit")
    if not cached or cached[0] != key:
        st.info("Run the audit to see, per model, how far a CV moves when only one of these attributes changes.")
        return
    table, groups, sentences = cached[1]
    for sentence in sentences:
        (st.success if sentence.startswith("No model") else st.warning)(md(sentence, 300))
    components.table(table)
    components.download_csv(table, "matchlens-audit.csv", key="dl-audit")
    with st.expander("Mean shift per group (units of the gig column's standard deviation, 95% bootstrap CI)"):
        shown = groups.assign(**{"95% CI": [f"[{lo:.3f}, {hi:.3f}]" for lo, hi in groups["95% CI"]]})
        components.table(shown)
