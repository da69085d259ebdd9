"""Progress of background scoring, drawn the same way wherever a page waits for models."""
from __future__ import annotations

import streamlit as st

from matchlens.ui.safe import md


def model_bars(job, header: str = "") -> None:
    """A caption, then one bar per model still scoring (names escaped: a model may be a user's folder path)."""
    if header:
        st.caption(header)
    for name, p in job.progress().items():
        st.progress(p.fraction, text=md(p.text(name), 200))


def scoring_header(job) -> str:
    return (f"Scoring {len(job.corpus.resumes)} resumes x {len(job.corpus.gigs)} gigs with {len(job.models)} "
            "models (the cheapest first; each model shows as soon as it is scored):")
