"""The fairness audit on the Compare page: run it on demand (it multiplies the scoring work), show its verdicts
and group view. The last result is kept in the workspace, so the Scorecard, a reload and other tabs see it."""
from __future__ import annotations

import datetime as dt

import streamlit as st

from matchlens.scoring.results import Comparison
from matchlens.ui import components, resources, state
from matchlens.ui.safe import md

FOUR_FIFTHS_HELP = ("Selection rate of the group / the best group's. The four-fifths rule (US EEOC Uniform "
                    "Guidelines, the usual yardstick of hiring audits) treats a ratio below 0.8 as evidence of "
                    "adverse impact: flagged. The 95% interval resamples the resumes.")


def stored_audit(comp: Comparison):
    """The audit kept in the workspace as an AuditResult (one object per record and comparison), or None."""
    from matchlens.evaluation.audit import AuditResult

    record = state.audit()
    if not record:
        return None
    stamp = (record.get("settings") or {}).get("time")
    return comp.derived(("audit-record", stamp), lambda: AuditResult.from_record(record))


def current_audit(comp: Comparison):
    """The kept audit when it describes this comparison (same documents and settings), else None."""
    from matchlens.evaluation.audit import stale

    result = stored_audit(comp)
    return result if result is not None and stale(result.settings, comp) is None else None


def fairness_note(comp: Comparison) -> None:
    """The one-line explanation of the Scorecard's fairness columns, and why they are empty when they are."""
    from matchlens.evaluation.audit import FAIRNESS_NOTE, stale

    result = stored_audit(comp)
    why = stale(result.settings, comp) if result is not None else None
    st.caption(FAIRNESS_NOTE + (" Run the audit on Compare to fill these columns." if result is None else
                                f" The last audit no longer applies ({why}): run it again on Compare." if why else ""))


def audit_panel(comp: Comparison) -> None:
    from matchlens.evaluation.audit import ATTRIBUTES, NAME_ORIGINS, NAMES_PER_GROUP

    st.subheader("Fairness: does a model judge the name, sex, age or postcode?")
    st.caption(f"Each resume is copied with one attribute changed ({NAMES_PER_GROUP} female and {NAMES_PER_GROUP} male "
               "names of " + ", ".join(NAME_ORIGINS) + " origin, from Faker; Mme/M. and gendered job words; the "
               "age; the postcode), each put where the CV carried it, and scored like the original. The copies stay "
               "in memory and never join the corpus. With blind scoring on, these attributes are masked before any "
               "model reads a resume.")
    attrs = st.multiselect("Vary", list(ATTRIBUTES), default=list(ATTRIBUTES), key="audit-attrs")
    if st.button("Run the audit", key="audit-run", disabled=not attrs):
        _run(comp, attrs)
    result = stored_audit(comp)
    if result is None:
        st.info("Run the audit to see, per model, how far a CV moves when only one of these attributes changes.")
        return
    if not _say_when(result, comp):
        return
    _show(result)


def _run(comp: Comparison, attrs: list[str]) -> None:
    """Run the audit with a progress bar and keep it in the workspace."""
    from matchlens.evaluation.audit import audit

    bar = st.progress(0.0, text="Scoring the copies…")

    def report(model: str, done: int, total: int) -> None:
        bar.progress(min(done / max(total, 1), 1.0), text=f"{model}: {done}/{total} copies")

    state.set_audit(audit(comp, attributes=attrs, cache=resources.embedding_cache(), report=report).to_record())
    bar.empty()


def _say_when(result, comp: Comparison) -> bool:
    """What the kept audit was computed for; False (and why) when it no longer describes this comparison."""
    from matchlens.evaluation.audit import not_audited, stale

    s = result.settings
    why = stale(s, comp)
    if why:
        st.info(f"The last audit no longer applies: {why}. Run it again.")
        return False
    when = dt.datetime.fromtimestamp(s["time"]).strftime("%Y-%m-%d %H:%M") if s.get("time") else "?"
    st.caption(f"Last run {when} on these documents and settings: {md(', '.join(s.get('attributes', [])))} varied, "
               f"models {md(', '.join(s.get('models', [])), 300)}; top {s.get('k', '?')}.")
    missing = not_audited(s, comp)
    if missing:
        st.caption(f"Not audited yet: {md(', '.join(missing), 300)} (run the audit again to include them).")
    return True


def _show(result) -> None:
    for sentence in result.sentences:
        (st.success if sentence.startswith("No model") else st.warning)(md(sentence, 300))
    components.table(result.table)
    components.download_csv(result.table, "matchlens-audit.csv", key="dl-audit")
    if len(result.selection):
        group_view(result.selection, result.settings.get("k", 10))
    with st.expander("Mean shift per group (units of the gig column's standard deviation, 95% bootstrap CI)"):
        groups = result.groups
        shown = groups.assign(**{"95% CI": [f"[{lo:.3f}, {hi:.3f}]" for lo, hi in groups["95% CI"]]})
        components.table(shown)


def group_view(selection, k: int) -> None:
    """The group view: selection rate and impact ratio per origin × sex group of names, flagged below 0.8."""
    st.markdown(f"**Group view** — share of CVs in a gig's top {k} when they carry each group's names")
    components.table(selection, column_config={
        "selection rate": st.column_config.NumberColumn(
            format="percent", help=f"Share of the resumes that reach a gig's top {k} when carrying the group's "
                                   "names (each resume in turn, ranked among the others as scored), over all gigs"),
        "impact ratio": st.column_config.NumberColumn(format="%.2f", help=FOUR_FIFTHS_HELP),
        "CI low": st.column_config.NumberColumn(format="%.2f", help="95% bootstrap interval of the impact ratio"),
        "CI high": st.column_config.NumberColumn(format="%.2f", help="95% bootstrap interval of the impact ratio"),
        "flag": st.column_config.CheckboxColumn("below 4/5", help=FOUR_FIFTHS_HELP)})
    st.caption("Impact ratio = a group's selection rate / the best group's. Below 0.8 fails the four-fifths rule "
               "(flagged); an interval reaching below 0.8 means the resumes cannot rule it out.")
    components.download_csv(selection, "matchlens-audit-groups.csv", key="dl-audit-groups")
