"""Make every page run under the router (app.py), even on a deep link or a refresh right after start-up.

Streamlit treats ``pages/`` as a v1 multipage folder until ``st.navigation`` has run once in the server
process: a first visit to /Heatmaps (a bookmark, a refresh after a restart) would run the page alone, with
no sidebar, layout or shared set-up. Measured in Chromium on Streamlit 1.67. Each page calls ``ensure()``.
"""
from __future__ import annotations

import streamlit as st

from matchlens.ui import session


def ensure() -> None:
    """If this run skipped the router, switch Streamlit's v1 mode off; on a session's first run (nothing
    clicked yet, so nothing to lose) rerun at once through app.py, later runs go through it by themselves."""
    from streamlit.runtime.pages_manager import PagesManager

    from matchlens.ui import resources

    resources.preload()
    first_run = not session.get("_matchlens_routed")
    session.put("_matchlens_routed", True)
    if PagesManager.uses_pages_directory:
        PagesManager.uses_pages_directory = False
        if first_run:
            st.rerun()
