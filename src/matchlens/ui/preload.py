"""What the first page needs, imported in a background thread before it asks (the launcher, ui.serve, starts it
with the server; ui.resources once per server when a page starts): scikit-learn, SciPy's clustering and plotly
(~1.7 s together on a 2-core machine, measured), so the first heatmap does not wait for them."""
from __future__ import annotations

import importlib
import logging
import threading

log = logging.getLogger("matchlens")  # the terminal's record of what a thread's page never shows

PRELOAD = ("sklearn.feature_extraction.text", "scipy.cluster.hierarchy", "plotly.graph_objects",
           "sklearn.linear_model")  # the last for calibration (Heatmaps' no-credible-match): 0.13-0.4 s on the page
# not torch: importing it (~2 s of the GIL) while the first page runs slowed that page by ~0.6 s (measured)


def in_background(name: str, work) -> threading.Thread:
    """Run ``work`` in a daemon thread; a failure is logged (warning) and left to the page that needs the result
    (it reports it)."""
    def run() -> None:
        try:
            work()
        except Exception:  # noqa: BLE001 - see the docstring
            log.warning("background work %s failed", name, exc_info=True)

    thread = threading.Thread(target=run, name=name, daemon=True)
    thread.start()
    return thread


def preload(modules=PRELOAD) -> threading.Thread:
    """Import these modules in a daemon thread (a module that fails to import is left to fail where it is used)."""
    def work() -> None:
        for name in modules:
            try:
                importlib.import_module(name)
            except Exception:  # noqa: BLE001 - the page that needs it reports the problem
                log.warning("preloading %s failed", name, exc_info=True)

    return in_background("matchlens-preload", work)
