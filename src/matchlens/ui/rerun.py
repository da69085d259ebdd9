"""The rerun loop: pages say what background work they wait for; once drawn, the run waits for it and reruns.

A page never sleeps. It registers ``(ready, render)`` with :func:`follow` (or :func:`when`, with a message) and
goes on drawing what it has; ``app.py`` calls :func:`begin` before the page and :func:`follow_up` after it. That
keeps the run alive in half-second beats, redrawing each progress ``render`` and sending an empty element each
beat (Streamlit acts on a click only when the script sends something), and calls ``st.rerun()`` as soon as one
``ready()`` is true, or gives up after ``MATCHLENS_FOLLOW_SECONDS`` (one hour by default). A click meanwhile reruns
the page as usual. The loop itself (:func:`wait`) takes its clock, sleep and beat as arguments: tested without
Streamlit.
"""
from __future__ import annotations

import time
from typing import Callable, Sequence

import streamlit as st

from matchlens import settings
from matchlens.ui import session

BEAT = 0.5  # seconds between two checks of what the page waits for
Ready = Callable[[], bool]
Render = Callable[[], None] | None


def begin() -> None:
    """Before a page runs: it waits for nothing yet (what the last run waited for is not this run's)."""
    session.put("_follow", [])


def follow(ready: Ready, render: Render = None) -> None:
    """Once this page is drawn, wait for ``ready()`` (redrawing progress with ``render``), then rerun it."""
    session.setdefault("_follow", []).append((ready, render))


def when(ready: Ready, message: str) -> None:
    """Say what is being computed in the background; rerun the page once ``ready()`` is true."""
    st.info(message, icon="⏳")
    follow(ready)


def follow_up() -> None:
    """Called last by app.py: keep this run alive until background work a page waits for is done, then rerun.

    The server drives it (a timer in the browser, st.fragment's run_every, stopped ticking now and then at
    2,000 x 300 with Streamlit 1.67, leaving a page on its partial scores)."""
    waits = session.pop("_follow", [])
    if not waits:
        return
    slot = st.empty()
    if wait(waits, settings.current().follow_seconds, beat=slot.empty):
        st.rerun()


def wait(waits: Sequence[tuple[Ready, Render]], seconds: float, beat: Callable[[], None] = lambda: None,
         sleep: Callable[[float], None] = time.sleep, clock: Callable[[], float] = time.monotonic) -> bool:
    """Check each ``ready()`` every :data:`BEAT` seconds for up to ``seconds``, calling every ``render`` and then
    ``beat`` after each sleep; True as soon as one is ready (the page should rerun), False when time ran out."""
    end = clock() + seconds
    while waits and clock() < end:
        if any(ready() for ready, _ in waits):
            return True
        sleep(BEAT)
        for _, render in waits:
            if render is not None:
                render()
        beat()  # without it a page waiting for its UMAP (no bar to redraw) held the next page back until the fit ended
    return False
