"""The rerun loop (ui/rerun): a page that waits for background work is rerun once it is ready, redrawn meanwhile,
and never kept waiting past its budget; the loop is tested on a fake clock, the whole on a page run by AppTest."""
from __future__ import annotations

from streamlit.testing.v1 import AppTest

from matchlens.ui import rerun


class Clock:
    """A clock that moves only when the loop sleeps."""

    def __init__(self):
        self.now, self.sleeps = 0.0, []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


def test_it_reruns_as_soon_as_one_wait_is_ready_redrawing_and_beating_meanwhile():
    clock, drawn, beats, polls = Clock(), [], [], []

    def ready() -> bool:
        polls.append(clock.now)
        return clock.now >= 1.5

    waits = [(lambda: False, lambda: drawn.append("a")), (ready, None)]
    assert rerun.wait(waits, 60, beat=lambda: beats.append(1), sleep=clock.sleep, clock=clock)
    assert clock.sleeps == [rerun.BEAT] * 3 and drawn == ["a"] * 3 and len(beats) == 3
    assert polls == [0.0, 0.5, 1.0, 1.5]


def test_it_gives_up_after_its_budget_and_waits_for_nothing_when_nothing_is_asked():
    clock = Clock()
    assert not rerun.wait([(lambda: False, None)], 2.0, sleep=clock.sleep, clock=clock)
    assert clock.now == 2.0
    assert not rerun.wait([], 60, sleep=clock.sleep, clock=clock) and clock.now == 2.0


PAGE = """
import threading, time
import streamlit as st
from matchlens.ui import rerun, session

rerun.begin()
runs = st.session_state.setdefault("runs", 0) + 1
st.session_state["runs"] = runs
if runs == 1:
    done = threading.Event()
    threading.Timer(0.6, done.set).start()
    rerun.when(done.is_set, "computing")
st.write(f"run {runs}")
rerun.follow_up()
"""


def test_a_page_that_waits_is_rerun_by_itself_when_the_work_is_done(tmp_path, monkeypatch):
    monkeypatch.setenv("MATCHLENS_FOLLOW_SECONDS", "30")
    script = tmp_path / "page.py"
    script.write_text(PAGE)
    at = AppTest.from_file(str(script), default_timeout=30).run()
    assert not at.exception and at.session_state["runs"] == 2  # the first run waited, then reran by itself
    assert [m.value for m in at.markdown] == ["run 2"]
