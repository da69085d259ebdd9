"""A hand-edited workspace in the app (issue #29): pages open, each wrong field is named where load problems are
shown, no traceback; workspace names that differ open different workspaces."""
from __future__ import annotations

import json
import uuid
from pathlib import Path

import pytest

APP = str(Path(__file__).resolve().parents[2] / "app.py")
PAGES = ["pages/1_Data.py", "pages/2_Heatmaps.py", "pages/4_Compare.py", "pages/9_Label_queue.py"]


@pytest.fixture()
def app(monkeypatch):
    from streamlit.testing.v1 import AppTest

    from matchlens.workspace import Workspace

    monkeypatch.setenv("MATCHLENS_NO_WARMUP", "1")
    monkeypatch.delenv("MATCHLENS_AUTOLOAD_SAMPLE", raising=False)
    name = f"h-{uuid.uuid4().hex[:8]}"
    Workspace.named(name).create().set_models(["tfidf"])
    at = AppTest.from_file(APP, default_timeout=120)
    at.query_params["ws"] = name
    return at, Workspace.named(name)


def fresh(name: str):
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(APP, default_timeout=120)
    at.query_params["ws"] = name
    return at


def shown(at) -> str:
    """Every text on the page (markdown, warnings, errors, captions, expander labels)."""
    parts = [e.value for kind in ("markdown", "warning", "error", "caption", "info") for e in getattr(at, kind)]
    return "\n".join(parts + [e.label for e in at.expander]).replace("\\", "")


def test_a_hand_edited_workspace_opens_on_every_page_and_names_each_wrong_field(app):
    at, ws = app
    at.run()
    next(b for b in at.button if b.label == "Load the sample data").click().run()
    meta = json.loads((ws.folder / "workspace.json").read_text())
    meta.update(format="2", models="tfidf", options=[1, 2],
                view={"heatmap.view": ["z"], "ingest.limits": {"max_pages": "lots", "max_chars": {"a": 1}}})
    (ws.folder / "workspace.json").write_text(json.dumps(meta))
    labels = json.loads((ws.folder / "labels.json").read_text())
    labels[0]["resume_id"] = ["a", "list"]
    (ws.folder / "labels.json").write_text(json.dumps(labels))
    with open(ws.folder / "documents.jsonl", "a", encoding="utf-8") as fh:
        fh.write('{"id": "x", "kind": "resume", "text": 1' + "0" * 5000 + "}\n")
    home = fresh(ws.name)  # app.py: the router, which shows the workspace's messages above every page
    home.run()
    assert not home.exception
    text = shown(home)
    assert "workspace.json: 'models' should be a list of model names, found the text \"tfidf\"; read as ['tfidf']" \
        in text
    assert "labels.json, row 1: 'resume_id' should be a text, found a list of 2 items" in text
    assert "documents.jsonl, line 33 cannot be read: it holds a number with more than 4,300 digits" in text
    for page in PAGES:
        at.switch_page(page).run()
        assert not at.exception, (page, at.exception)
        assert "Traceback" not in shown(at) and "Error:" not in shown(at)
    at.switch_page("pages/1_Data.py").run()
    text = shown(at)
    assert "'view.ingest.limits.max_pages' should be a whole number from 1 to 5000, found the text \"lots\"" in text
    assert "max_chars" in text
    assert ws.load().models == ["tfidf"]  # read as one model, not five (t, f, i, d, f)
    assert len(ws.load().corpus.labels) == len(labels) - 1  # the other labels are all there


def test_a_view_setting_of_the_wrong_kind_gives_the_default_and_is_named(app):
    at, ws = app
    at.run()
    next(b for b in at.button if b.label == "Load the sample data").click().run()
    ws.set_view("heatmap.view", {"not": "a choice"})
    at.switch_page("pages/2_Heatmaps.py").run()
    assert not at.exception
    assert any("'view.heatmap.view' should be a text" in t.value.replace("\\", "") for t in at.toast)
    assert "'view.heatmap.view' should be a text" in "\n".join(at.session_state["ws-view-issues"])


def test_names_that_differ_open_different_workspaces(app):
    at, _ = app
    from matchlens.workspace import Workspace

    folders = set()
    for name in ("a/b", "a.b", "a-b"):
        at.query_params["ws"] = name
        at.run()
        assert not at.exception
        folders.add(at.query_params["ws"][0] if isinstance(at.query_params["ws"], list) else at.query_params["ws"])
    assert len(folders) == 3 and all(Workspace.named(f).exists() for f in folders)
