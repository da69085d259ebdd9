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
    monkeypatch.setattr(cli, "main", lambda: seen.setdefault("argv", list(sys.argv)) and 0)
    monkeypatch.setattr(sys, "argv", ["serve"])
    with pytest.raises(SystemExit):
        serve.main(["--server.address", "127.0.0.1"])
    assert seen["preloaded"] and seen["argv"][:2] == ["streamlit", "run"]
    assert seen["argv"][2].endswith("app.py") and seen["argv"][3:] == ["--server.address", "127.0.0.1"]
    assert PagesManager.uses_pages_directory is False  # every page through app.py's st.navigation from the start
