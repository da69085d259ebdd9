"""Views: what people see, computed without Streamlit. plots (plotly figures), panels (each page's figures
and tables), analysis (orders, correlations, disagreements), projection (maps), explain (sentence evidence),
keywords, formatting (names and numbers), export (files taken away)."""
from __future__ import annotations


def __getattr__(name: str):
    """`from matchlens import views; views.heatmap_figures(...)` (the README's first path) keeps working."""
    import importlib

    if name.startswith("_") or name == "panels":
        raise AttributeError(name)
    try:
        return getattr(importlib.import_module("matchlens.views.panels"), name)
    except AttributeError:
        raise AttributeError(f"module 'matchlens.views' has no attribute {name!r}") from None
