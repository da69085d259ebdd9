"""Location as a separate criterion (#27): the mobility setting, the top matches with their location column, the
Inspector's location line. Models never see where a candidate lives; here the user sees it beside the scores."""
from __future__ import annotations

import streamlit as st

from matchlens.location import WHY
from matchlens.scoring.results import Comparison
from matchlens.ui import components, state
from matchlens.ui.rerun import when
from matchlens.ui.safe import md
from matchlens.views import mobility
from matchlens.views.formatting import display_table

SHOWN_ROWS = 60  # a static table: the full one is the CSV
PLACES_WAIT = 1.0  # seconds the page waits for the places before drawing without them (the sample's take ~0.1 s)


def mobility_setting(container=st) -> str:
    """The user's mobility area ('any' by default), kept in the workspace like the other view settings."""
    return components.remembered(container, "selectbox", "Mobility (location, not a score)", "location.mobility",
                                 "any", mobility.CHOICES, help=WHY + " Outside the area, candidates are flagged, "
                                 "never dropped.")


def top_matches(comp: Comparison, model: str) -> None:
    """Each gig's best resumes under one model, with a separate `location` column (and `mobility` flag)."""
    st.subheader("Top matches, with location", help=WHY)
    c1, c2 = st.columns([2, 1])
    area = mobility_setting(c1)
    k = components.remembered(c2, "number_input", "Top-k per gig", "location.top_k", 3, min_value=1, max_value=20)
    if mobility.places_soon(comp, wait=components.wait_budget(PLACES_WAIT)) is None:
        when(lambda: comp.ready(mobility.PLACES), f"Reading where each of the {len(comp.resumes)} candidates lives "
             "(the addresses blind masking found; no model reads them): the table appears in a few seconds.")
        return
    table = comp.derived(("top-matches", model, int(k), area), lambda: mobility.top_matches(comp, model, int(k), area))
    shown = display_table(table.head(SHOWN_ROWS))  # a static table (no grid script on this chart page)
    st.table(shown.apply(lambda col: col.map(lambda v: md(v, 120) if isinstance(v, str) else v)))
    st.caption(f"Under {md(model, 80)} (the reference model). Location is a separate column: no model reads where "
               "a candidate lives, and the mobility setting never changes a score."
               + (f" First {SHOWN_ROWS} of {len(table)} rows: download all scores below." if len(table) > SHOWN_ROWS
                  else ""))


def scores_csv(comp: Comparison):
    """Every score with its location column (and mobility flag), for the download button."""
    area = state.view("location.mobility", "any")
    area = area if area in mobility.CHOICES else "any"
    return mobility.scores_table(comp, mobility=area).drop(columns=["resume_id", "gig_id"])


def pair_line(comp: Comparison, i: int, j: int) -> None:
    """One line under the Inspector's scores: where each side is and how near (not used by any model)."""
    area = state.view("location.mobility", "any")
    st.markdown(md(mobility.pair_line(comp, i, j, area if area in mobility.CHOICES else "any"), 400), help=WHY)
