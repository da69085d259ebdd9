"""The launcher ./run.sh app uses: streamlit run app.py after a background preload of the first page's imports."""
import sys

import pytest

from matchlens.ui import serve


def test_preload_imports_in_the_background_and_survives_a_missing_module():
    sys.modules.pop("colorsys", None)
    thread = serve.preload(["no_such_module_for_matchlens", "colorsys"])
    thread.join(30)
    assert not thread.is_alive() and "colorsys" in sys.modules


def test_main_runs_streamlit_on_the_app_with_the_given_options(monkeypatch):
    from streamlit.runtime.pages_manager import PagesManager
    from streamlit.web import cli

    monkeypatch.setattr(PagesManager, "uses_pages_directory", None)
    seen = {}
    monkeypatch.setattr(serve, "preload", lambda *a: seen.setdefault("preloaded", True))
    monkeypatch.setattr(serve, "start_masking", lambda: "the masking process")
    monkeypatch.setattr(serve, "prestart", lambda masker: seen.setdefault("prestarted", masker))
    monkeypatch.setattr(cli, "main", lambda: seen.setdefault("argv", list(sys.argv)) and 0)
    monkeypatch.setattr(sys, "argv", ["serve"])
    with pytest.raises(SystemExit):
        serve.main(["--server.address", "127.0.0.1"])
    assert seen["preloaded"] and seen["prestarted"] == "the masking process" and seen["argv"][:2] == ["streamlit", "run"]
    assert seen["argv"][2].endswith("app.py") and seen["argv"][3:] == ["--server.address", "127.0.0.1"]
    assert PagesManager.uses_pages_directory is False  # every page through app.py's st.navigation from the start


def test_the_default_workspace_is_scored_at_start_and_the_first_page_uses_that_job(monkeypatch, tmp_path):
    """./run.sh app starts scoring before any browser connects: the first page finds the very same job (its scores
    there or on their way) instead of starting its own."""
    import uuid

    from streamlit.testing.v1 import AppTest

    from matchlens.ui import state
    from matchlens.workspace import Workspace

    name = f"t-{uuid.uuid4().hex[:8]}"
    monkeypatch.setenv("MATCHLENS_MODELS", "tfidf")
    monkeypatch.setenv("MATCHLENS_AUTOLOAD_SAMPLE", "1")
    monkeypatch.setattr(state, "DEFAULT", name)  # the workspace a first browser opens
    assert state.prestart("no-such-workspace-" + name) is None  # created empty: nothing to score
    assert not Workspace.named("no-such-workspace-" + name).load().corpus.documents
    job = state.prestart(name)  # created with the sample (MATCHLENS_AUTOLOAD_SAMPLE=1), scoring started
    assert job is not None and job.wait(120) and "tfidf" in job.snapshot().results
    assert state.prestart(name) is job  # once per workspace, models and settings
    at = AppTest.from_file(str(serve.APP), default_timeout=120)
    at.query_params["ws"] = name
    at.switch_page("pages/2_Heatmaps.py").run()
    assert not at.exception and at.session_state["scoring"][1] is job


def test_prestart_is_off_with_no_warmup(monkeypatch):
    monkeypatch.setenv("MATCHLENS_NO_WARMUP", "1")
    assert serve.prestart() is None


def test_prestart_leaves_the_server_thread_free(monkeypatch):
    """The launcher's own thread starts only the background scoring: nothing of the masker is imported or warmed
    before Streamlit answers."""
    from matchlens.preprocess import masking
    from matchlens.ui import state

    seen = []
    monkeypatch.setattr(masking, "start_workers", lambda: seen.append("workers") or True)
    monkeypatch.setattr(state, "prestart", lambda *a, **k: seen.append("scoring"))
    monkeypatch.setenv("MATCHLENS_NO_WARMUP", "1")
    assert serve.prestart() is None and not seen  # tests and CI start nothing
    monkeypatch.delenv("MATCHLENS_NO_WARMUP")
    serve.prestart().join(30)
    assert seen == ["scoring"]


@pytest.mark.parametrize("resumes, blind, started", [(250, True, True), (40, True, False), (250, False, False)])
def test_the_masking_workers_server_starts_for_a_workspace_they_will_mask(monkeypatch, resumes, blind, started):
    """A default workspace of many resumes starts the masking workers' fork server at once (2,000 resumes are masked
    by workers forked warm from it); a small one, or one scored without masking, starts none (the sample's first
    heatmap was slower with a fork server warming the masker on the second core)."""
    from types import SimpleNamespace

    from matchlens.preprocess import masking
    from matchlens.ui import state

    seen = []
    corpus = SimpleNamespace(resumes=[object()] * resumes, gigs=[object()], fingerprint=lambda: "fp")
    saved = SimpleNamespace(corpus=corpus, models=["tfidf"], options=SimpleNamespace(blind=blind))
    monkeypatch.setattr(state, "open_workspace", lambda name: SimpleNamespace(load=lambda: saved))
    monkeypatch.setattr(masking, "start_workers", lambda: seen.append("workers") or True)
    monkeypatch.setattr(state, "_shared", lambda key: key)
    monkeypatch.setattr(state.resources, "comparisons", lambda: SimpleNamespace(get_or_start=lambda k, f: "job"))
    assert state.prestart("any") == "job"
    assert seen == (["workers"] if started else [])
