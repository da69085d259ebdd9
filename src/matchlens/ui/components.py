"""Widgets shared by the pages: sidebar status, empty states, problem lists, downloads, selections."""
from __future__ import annotations

from pathlib import Path

import streamlit as st

from matchlens.scoring import memo
from matchlens.ui import state
from matchlens.ui.rerun import follow
from matchlens.ui.safe import md

PAGES = {
    "data": "pages/1_Data.py", "heatmaps": "pages/2_Heatmaps.py", "map": "pages/3_Map.py",
    "compare": "pages/4_Compare.py", "inspector": "pages/5_Inspector.py", "evaluation": "pages/6_Evaluation.py",
}


ICON = str(Path(__file__).with_name("assets") / "icon.png")  # served by the local server, never a remote icon


def page_setup(title: str = "") -> None:
    """Page title and the app's own icon file (an emoji or :material: page icon is fetched from a CDN)."""
    st.set_page_config(page_title=f"matchlens · {title}" if title else "matchlens", page_icon=ICON, layout="wide")


def network_banner() -> None:
    """A visible banner on every page while the server listens beyond this computer: who can see what."""
    from matchlens.ui import guard
    from matchlens.workspace import sharing_summary

    if not guard.shared():
        return
    address = st.get_option("server.address") or ""
    everyone, mine = sharing_summary(guard.viewer())
    st.warning(f"This dashboard is shared on the network (address {address or 'all interfaces'}): everyone who has "
               "its access key (the token printed when it started, or the password in MATCHLENS_PASSWORD) can "
               f"open, change and delete the {everyone} shared workspace{'s' * (everyone != 1)} and read every "
               f"resume in them. Yours private: {mine} workspace{'s' * (mine != 1)} only this browser sees (and "
               "the person serving the dashboard); make a workspace you created private on the Data page, "
               "Workspace tab. Restart with `./run.sh app` to keep it on this computer only.", icon="⚠️")


def workspace_status() -> None:
    """Messages queued by the last action, and a workspace that cannot be opened, named with the reason."""
    state.snapshot()  # reads (or re-reads) the workspace, so a read error (or a refused ?ws=) shows before the page
    for kind, message in state.pop_flashes():
        getattr(st, kind)(md(message, 500))
    if not state.options().blind:
        st.warning("Blind scoring is OFF in this workspace: models read candidates' names, contact details, "
                   "address and age, which can change their scores and ranks. Switch it back on on the Data page.",
                   icon="⚠️")
    if state.error():
        st.error(f"The workspace cannot be used: {md(state.error(), 600)}. Nothing was changed on disk; open or "
                 "create another workspace on the Data page.", icon="⚠️")
    found = state.issues()  # hand-edited files: each wrong field named, the rest of the workspace is open
    if found:
        with st.expander(f"⚠️ {len(found)} problem(s) in this workspace's files (the rest is open)"):
            st.markdown("\n".join(f"- {md(why, 400)}" for why in found[:50]))


def sidebar(container=None) -> None:
    c = state.corpus()
    with container if container is not None else st.sidebar:
        st.markdown("### matchlens")
        st.caption(f"Workspace **{md(state.workspace().name)}** · saved as you work")
        st.caption(f"{len(c.resumes)} resumes · {len(c.gigs)} gigs · {len(c.labels)} labels")
        st.caption("Models: " + (md(", ".join(state.models()), 400) or "none"))
        st.caption("Offline: nothing leaves this machine.")


def drawing():
    """Around a page's run: background warm-ups wait while it is drawn (scoring.background.foreground)."""
    from matchlens.scoring.background import foreground

    return foreground()


def prefetch_charts() -> None:
    """An empty 1-pixel chart at the foot of the sidebar: the browser fetches and compiles plotly's script
    (4.6 MB; ~1.7 s on a 2-core machine, measured) while the page computes, not after its first chart arrives."""
    import plotly.graph_objects as go

    with st.sidebar.container(height=1, border=False):
        st.plotly_chart(go.Figure(layout={"height": 10, "width": 10, "margin": {"l": 0, "r": 0, "t": 0, "b": 0}}),
                        key="prefetch-plotly", config={"staticPlot": True, "displayModeBar": False})


def need_comparison():
    """The comparison, computing it if needed; otherwise an empty state that says what to do next."""
    c = state.corpus()
    if not c.resumes or not c.gigs:
        st.info("No documents yet. Go to **Data** to upload resumes and gigs, or load the sample data.")
        if st.button("Load the sample data", key="empty-load-sample"):
            state.load_sample()
            st.rerun()
        return None
    if not state.models():
        st.info("No model selected. Pick models on the **Data** page.")
        return None
    comp = state.comparison()
    scoring_progress(comp)
    job = state.scoring(start=False)
    if comp is not None and job is not None and job.done and comp.results:
        prepare_views(comp)
    for warning in comp.warnings if comp is not None else []:
        st.warning(md(warning, 500), icon="⚠️")
    if comp is not None and comp.errors:
        for name, err in comp.errors.items():
            st.warning(f"Model **{md(name)}** is not shown: {md(err, 400)}")
    if comp is not None and not comp.results:
        st.error("No model could be run. See the messages above.")
        return None
    return comp


def prepare_views(comp) -> None:
    """Once every model is scored: compute what the Map, Compare and Evaluation pages show by default in the
    background (a few seconds each at 2,000 x 300), with a progress bar until done, so their first visit is quick.
    A warm-up failure never breaks a page; the page computing the same view says what failed."""
    from matchlens.scoring.background import pause_for_pages
    from matchlens.views import panels

    corpus = state.corpus()  # the comparison's own (state.comparison is keyed by the corpus' fingerprint)
    labels = corpus.labels
    key = memo.key("warm", labels)
    steps = comp.derived(memo.key("warm-progress", labels), lambda: {"done": 0, "total": 1})  # shared by every session
    wait_all = state.waits_for_all()  # scripts and tests: the page waits for it, so it must not pause for the page

    def prepare() -> None:
        panels.warm(comp, labels, pause=(lambda: None) if wait_all else pause_for_pages,
                    progress=lambda done, total: steps.update(done=done, total=total), corpus=corpus)

    try:
        comp.derived_soon(key, prepare, wait=wait_budget(0))
    except Exception:  # noqa: BLE001 - see above
        return
    if comp.ready(key) or panels.is_small(comp):  # small: done in about a second, no bar (and no rerun) needed
        return
    slot = st.empty()

    def render() -> None:
        slot.progress(steps["done"] / max(steps["total"], 1), text="Preparing the Map, Compare, Evaluation and Inspector views "
                      f"in the background ({steps['done']} of {steps['total']} steps); they open at once afterwards.")

    render()
    follow(lambda: comp.ready(key), render)


def scoring_progress(shown) -> None:
    """Models still embedding in the background, with their progress; the page reruns as each one arrives
    (the waiting happens after the page is drawn: see ``ui/rerun``)."""
    job = state.scoring(start=False)
    if job is None or job.done:
        return
    slot = st.empty()

    def render() -> None:
        from matchlens.ui import progress

        with slot.container():
            progress.model_bars(job, f"Shown: {md(', '.join(shown.models), 300) if shown is not None else 'none yet'}."
                                " Still scoring in the background (each model appears here when ready):")

    render()
    follow(lambda: job.done or job.snapshot() is not shown, render)


def wait_budget(seconds: float) -> float:
    """How long a page waits for background work before showing a stand-in (scripts and tests may ask for all)."""
    return 3600.0 if state.waits_for_all() else seconds


def problems_table(problems) -> None:
    """Files that could not be read (or loaded with a caveat), by name, as plain text."""
    if not problems:
        return
    import pandas as pd

    errors = sum(p.severity == "error" for p in problems)
    st.warning(f"{errors} file(s) could not be read; {len(problems) - errors} warning(s). The other files loaded.")
    df = pd.DataFrame([{"file": p.name, "status": "skipped" if p.severity == "error" else "warning",
                        "reason": p.reason} for p in problems])
    st.dataframe(df, hide_index=True, width="stretch", column_config={
        "file": st.column_config.TextColumn(width="medium"), "status": st.column_config.TextColumn(width="small"),
        "reason": st.column_config.TextColumn(width="large", help="why, and what to do; double-click a cell to read "
                                                                   "it whole")})
    download_csv(df, "matchlens-problems.csv", "Download this list (CSV)", key="dl-problems")


def table(df, **kw):
    """A table as people read it (see matchlens.formatting): named metrics, 3 significant digits, hover help."""
    from matchlens.views.formatting import display_table

    kw.setdefault("column_config", column_help(df))
    return st.dataframe(display_table(df), hide_index=True, width="stretch", **kw)


def column_help(df) -> dict:
    """Hover text for the metric columns of a raw table, keyed by their displayed names (see display_table)."""
    from matchlens.views.formatting import metric_help, metric_label

    return {metric_label(c): st.column_config.Column(help=metric_help(c))
            for c in df.columns if isinstance(c, str) and metric_help(c)}


def no_credible_match(weak, limit: int = 50) -> None:
    """Gigs whose best resume is weak under some model, as escaped text, one line per gig: no table widget, whose
    1.3 MB script the browser would otherwise run while drawing the first heatmaps (0.4-0.6 s there, measured)."""
    if weak.empty:
        return
    by_gig = list(weak.groupby("gig", sort=False))
    with st.expander(f"No credible match: {len(by_gig)} gig(s) whose best resume is weak under at least one model "
                     "(every model still ranks someone first)"):
        lines = [f"- **{md(gig, 120)}** — best resume per model: " + "; ".join(
                    f"{md(m, 80)}: {md(best, 120)} ({value:.3g})"
                    for m, best, value in zip(rows["model"], rows["best resume"], rows["best value"]))
                 for gig, rows in by_gig[:limit]]
        st.markdown("\n".join(lines))
        if len(by_gig) > limit:
            st.caption(f"and {len(by_gig) - limit} more gig(s): download the table.")
        st.caption("Rule: " + md("; ".join(dict.fromkeys(weak["rule"])), 600))
        download_csv(weak, "matchlens-no-credible-match.csv", "Download this list (CSV)")


def download_csv(df, name: str, label: str = "Download CSV", key: str | None = None, **kw) -> None:
    """A formula-safe CSV download of the table, or of the table a function returns, built only when clicked
    (all scores of 2,000 x 300 pairs are ~100 MB of CSV: never on every rerun). ``kw``: st.download_button options."""
    from matchlens.views.export import table_csv

    data = (lambda: table_csv(df())) if callable(df) else table_csv(df)
    st.download_button(label, data, file_name=name, mime="text/csv", key=key or f"dl-{name}", **kw)


def download_figure(fig, name: str, key: str) -> None:
    """The chart as one offline HTML file (plotly.js inlined, ~4 MB), built only when clicked."""
    from matchlens.views.export import figure_html

    st.download_button("Save chart (HTML)", lambda: figure_html(fig).encode("utf-8"),
                       file_name=f"{name}.html", mime="text/html", key=key)


def open_inspector(resume_id: str, gig_id: str) -> None:
    state.inspect(resume_id, gig_id)
    st.switch_page(PAGES["inspector"])


def selected_cell(event) -> tuple[int, int] | None:
    """(resume index, gig index) from a plotly selection event on a heatmap/scatter, if any."""
    try:
        points = event.selection.points if hasattr(event, "selection") else event["selection"]["points"]
    except (KeyError, AttributeError, TypeError):
        return None
    for p in points or []:
        data = p.get("customdata")
        if isinstance(data, dict):  # Streamlit sends arrays as {"0": .., "1": ..}
            data = [data[k] for k in sorted(data, key=int)]
        if data is not None and len(data) >= 2:
            return int(data[0]), int(data[1])
    return None


def remembered(container, widget: str, label: str, key: str, default, options=None, **kw):
    """A selectbox, radio, toggle, slider or number input whose value is a view setting of the workspace:
    it comes back after a page change, a reload or a restart."""
    saved = state.view(key, default)
    make = getattr(container, widget)
    if options is not None:
        options = list(options)
        saved = saved if saved in options else default if default in options else options[0]
        value = make(label, options, index=options.index(saved), key=f"view-{key}", **kw)
    else:
        lo, hi = kw.get("min_value"), kw.get("max_value")
        if isinstance(saved, (int, float)) and not isinstance(saved, bool):
            saved = min(max(saved, lo if lo is not None else saved), hi if hi is not None else saved)
        value = make(label, value=saved, key=f"view-{key}", **kw)
    state.set_view(key, value)
    return value
