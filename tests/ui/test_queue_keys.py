"""Label-queue key presses (issue #29): each press applied once, to the pair it was pressed for, and said on screen;
presses that arrive together (sent while the page was running) all applied, none dropped."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from matchlens.ui.queue_widgets import apply_presses

APP = str(Path(__file__).resolve().parents[2] / "app.py")


def press(n: int, resume: str, gig: str = "g1", label: str = "fit") -> dict:
    return {"id": f"tab-{n}", "resume": resume, "gig": gig, "label": label, "name": f"{resume} × {gig}", "key": "F"}


class Disk:
    """What state.set_label does, counted."""

    def __init__(self, ok: bool = True):
        self.calls, self.ok = [], ok

    def __call__(self, r, g, label) -> bool:
        self.calls.append((r, g, label))
        return self.ok


def test_presses_sent_again_are_applied_once():
    session, disk = {}, Disk()
    first = [press(1, "r1")]
    both = first + [press(2, "r2", label="no")]  # the browser sends its whole queue each time
    said = apply_presses(first, session, disk) + apply_presses(both, session, disk) + apply_presses(both, session, disk)
    assert disk.calls == [("r1", "g1", "fit"), ("r2", "g1", "no")]
    assert session["queue-done"] == 2 and said == ["Labelled r1 × g1: fit.", "Labelled r2 × g1: no."]


def test_presses_that_arrive_together_are_each_applied_to_their_own_pair():
    """Four keys pressed while one run was going on reach the next run together: four pairs, in order."""
    session, disk = {}, Disk()
    queue = [press(1, "r1"), press(2, "r2", label="partial"), press(3, "r3", label="skip"), press(4, "r4", label="no")]
    said = apply_presses(queue, session, disk)
    assert disk.calls == [("r1", "g1", "fit"), ("r2", "g1", "partial"), ("r4", "g1", "no")]
    assert session["queue-skipped"] == [("r3", "g1")] and len(said) == 4 and session["queue-done"] == 3


@pytest.mark.parametrize("bad", [None, "F", [None], [{"id": "x"}], [press(1, "r1", label="delete")],
                                 [{**press(1, "r1"), "resume": ["r1"]}], [{**press(1, "r1"), "id": ""}], {"a": 1}])
def test_malformed_presses_are_ignored(bad):
    session, disk = {}, Disk()
    assert apply_presses(bad, session, disk) == [] and disk.calls == []


def test_a_press_that_cannot_be_written_says_so():
    session = {}
    said = apply_presses([press(1, "r1")], session, Disk(ok=False))
    assert "not labelled" in said[0] and session.get("queue-done", 0) == 0


def test_the_applied_ids_stay_bounded():
    session, disk = {}, Disk()
    apply_presses([press(n, f"r{n}") for n in range(500)], session, disk)
    assert len(session["queue-applied"]) == 200 and len(disk.calls) == 500


@pytest.fixture()
def app(monkeypatch):
    import uuid

    from streamlit.testing.v1 import AppTest

    from matchlens.workspace import Workspace

    monkeypatch.setenv("MATCHLENS_NO_WARMUP", "1")
    monkeypatch.delenv("MATCHLENS_AUTOLOAD_SAMPLE", raising=False)
    name = f"q-{uuid.uuid4().hex[:8]}"
    Workspace.named(name).create().set_models(["tfidf"])
    at = AppTest.from_file(APP, default_timeout=120)
    at.query_params["ws"] = name
    return at, name


def _pairs_sent(at) -> list:
    """The pairs the page gave the key component (the pair shown first)."""
    pad = next(e for e in at.get("bidi_component"))
    return json.loads(pad.proto.json)["pairs"]


def test_the_page_applies_queued_presses_once_and_says_so(app):
    at, name = app
    from matchlens.workspace import Workspace

    at.run()
    next(b for b in at.button if b.label == "Load the sample data").click().run()
    ws = Workspace.named(name)
    ws.set_labels({})
    for key in list(ws.load().corpus.labels):
        ws.set_label(*key, None)
    at.switch_page("pages/9_Label_queue.py").run()
    assert not at.exception
    pairs = _pairs_sent(at)
    shown = next(m.value for m in at.markdown if " × " in m.value)
    assert pairs[0][2].split(" × ")[0] in shown.replace("\\", "")  # the first pair sent is the one shown
    presses = [{"id": "t-1", "resume": pairs[0][0], "gig": pairs[0][1], "label": "fit", "name": pairs[0][2]},
               {"id": "t-2", "resume": pairs[1][0], "gig": pairs[1][1], "label": "no", "name": pairs[1][2]}]
    at.session_state["q-keys"] = {"presses": presses}  # as the browser sends two presses made during one run
    at.run()
    assert not at.exception
    labels = ws.load().corpus.labels
    assert labels == {tuple(pairs[0][:2]): "fit", tuple(pairs[1][:2]): "no"}
    assert any("2 labelled here this session" in c.value for c in at.caption)
    said = [t.value.replace("\\", "") for t in at.toast]  # shown as Markdown, escaped
    assert said[:2] == [f"Labelled {pairs[0][2]}: fit.", f"Labelled {pairs[1][2]}: no."]
    at.run()  # the same queue again (a rerun): nothing applied twice
    assert any("2 labelled here this session" in c.value for c in at.caption)
    assert tuple(pairs[0][:2]) not in {tuple(p[:2]) for p in _pairs_sent(at)}


@pytest.mark.browser
@pytest.mark.skipif(not Path("/usr/bin/chromium").exists(), reason="Debian's chromium is not installed")
def test_keys_pressed_400_ms_apart_all_count_in_a_real_browser():
    """Six keys 400 ms apart, without waiting for the page: every press acknowledged at once in the page, then
    applied once each, to six different pairs (it was half of them, with no word on screen)."""
    from playwright.sync_api import sync_playwright
    from test_browser import _launch, start_server, stop_server, wait_idle

    from matchlens.workspace import Workspace

    proc, url = start_server(models="tfidf")
    try:
        ws = Workspace.named("default")
        with sync_playwright() as p:
            browser = _launch(p)
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            page.goto(url, wait_until="domcontentloaded")
            page.get_by_text("Resumes").first.wait_for(timeout=60_000)
            wait_idle(page)
            for r, g in sorted(ws.load().corpus.labels)[60:]:
                ws.set_label(r, g, None)
            before = dict(ws.load().corpus.labels)
            page.goto(url + "/Label_queue", wait_until="domcontentloaded")
            page.get_by_text("labelled here this session").first.wait_for(timeout=120_000)
            wait_idle(page)
            page.get_by_role("heading", name="Label queue", exact=True).first.click()
            for key in "fnpsfn":
                page.keyboard.press(key)
                page.wait_for_timeout(400)
            page.get_by_text("5 labelled here this session").first.wait_for(timeout=60_000)
            wait_idle(page)
            browser.close()
        new = {k: v for k, v in ws.load().corpus.labels.items() if k not in before}
        assert sorted(new.values()) == ["fit", "fit", "no", "no", "partial"], new
    finally:
        stop_server(proc)
