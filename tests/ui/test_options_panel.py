"""The Evaluation page's Options panel: searched on the sample's labels, applied to the workspace in one click."""
import pytest

from tests.ui.test_app import loaded, new_app, ws, ws_of


@pytest.fixture()
def app(monkeypatch):
    import uuid

    monkeypatch.setenv("MATCHLENS_NO_WARMUP", "1")
    monkeypatch.delenv("MATCHLENS_AUTOLOAD_SAMPLE", raising=False)
    return new_app(f"t-{uuid.uuid4().hex[:8]}", ["tfidf"])


def test_options_found_on_the_labels_are_applied_to_the_workspace_and_kept_after_a_reload(app):
    from matchlens.options import value_of
    from matchlens.ui.safe import md

    loaded(app)
    before = ws(app).options
    app.switch_page("pages/6_Evaluation.py").run()
    next(b for b in app.button if b.label == "Search the options on these labels").click().run()
    assert not app.exception
    choice = app.session_state["options-choice"]
    assert choice.model == "tfidf" and len(choice.tuning) == 12 and choice.changes  # the sample: z, whole
    held = next(d.value for d in app.dataframe if any(c.startswith("held-back ROC-AUC") for c in d.value.columns))
    assert list(held["options"]) == ["current", "chosen"]
    assert md(choice.verdict(), 500) in [m.value for m in [*app.success, *app.info]]
    next(b for b in app.button if b.label == "Apply to this workspace").click().run()
    assert not app.exception
    saved = ws(app).options
    assert saved != before and all(value_of(saved, k) == v for k, v in choice.chosen.items())
    assert set(choice.chosen) <= set(saved.pinned)  # the user's choice: no family default replaces it
    assert app.session_state["comparison"][1].options == saved  # every page scores under it now
    again = new_app(ws_of(app))  # a reload: a new session on the same workspace
    again.run()
    again.switch_page("pages/1_Data.py").run()
    assert not again.exception
    hub = next(s for s in again.selectbox if s.label.startswith("Hubness reduction"))
    assert hub.value == choice.chosen["hubness"]
