"""The occupations view and the demo's label queue in the app (#30 parts 4 and 5), through AppTest, on the sample.

The occupation model is TF-IDF here (the job model in the app) and ESCO a four-occupation folder written by the
test: nothing is downloaded or built."""
from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from tests.occupations.test_occupations import write_esco

APP = str(Path(__file__).resolve().parents[2] / "app.py")
COLUMN = "nearest occupation (ESCO)"


def sample_app(models: list[str]) -> AppTest:
    from matchlens.workspace import Workspace

    name = f"o-{uuid.uuid4().hex[:8]}"
    Workspace.named(name).create().set_models(models)
    Workspace.named(name).set_view("map.method", "pca")  # the Map without UMAP's worker (tested in test_app)
    at = AppTest.from_file(APP, default_timeout=60)
    at.query_params["ws"] = name
    at.run()
    next(b for b in at.button if b.label == "Load the sample data").click().run()
    return at


@pytest.fixture()
def esco_tfidf(monkeypatch, tmp_path):
    """ESCO in a shared data folder of the test's own, read with TF-IDF."""
    from matchlens.occupations import index

    write_esco(tmp_path / "esco_v1.2.0")
    monkeypatch.setenv("MATCHLENS_SHARED_DATA", str(tmp_path))
    monkeypatch.setenv("MATCHLENS_NO_WARMUP", "1")
    monkeypatch.setattr(index, "DEFAULT_MODEL", "tfidf")
    index._LOADED.clear()
    yield tmp_path
    index._LOADED.clear()


def captions(at) -> str:
    return " ".join(c.value for c in at.caption).replace("\\", "")  # markdown escapes off


def test_documents_inspector_and_map_show_nearest_occupations(esco_tfidf):
    at = sample_app(["tfidf"])
    at.switch_page("pages/2_Heatmaps.py").run()
    at.switch_page("pages/1_Data.py").run()
    assert not at.exception
    table = next(d.value for d in at.dataframe if COLUMN in d.value.columns)
    nurse = table[table["name"] == "fr_infirmiere_claire_martin.pdf"][COLUMN].iloc[0]
    assert nurse.startswith("infirmier/infirmière / nurse (")
    at.switch_page("pages/5_Inspector.py").run()
    assert not at.exception
    lines = [m.value for m in at.markdown if "nearest occupations" in m.value]
    assert len(lines) == 2 and lines[0].startswith("**gig**") and lines[1].startswith("**resume**")
    at.switch_page("pages/3_Map.py").run()
    next(s for s in at.selectbox if s.label == "Colour by").set_value("occupation").run()
    assert not at.exception
    names = {trace.name for chart in at.get("plotly_chart") for trace in _traces(chart)}
    assert any(str(n).startswith("infirmier/infirmière / nurse") for n in names), names


def _traces(chart):
    import json

    return [type("T", (), {"name": t.get("name")}) for t in json.loads(chart.proto.spec).get("data", [])]


def test_without_esco_the_view_says_so_and_the_pages_work(monkeypatch, tmp_path):
    from matchlens.occupations import index

    monkeypatch.setenv("MATCHLENS_SHARED_DATA", str(tmp_path / "not-here"))
    monkeypatch.setenv("MATCHLENS_NO_WARMUP", "1")
    monkeypatch.setattr(index, "DEFAULT_MODEL", "tfidf")
    at = sample_app(["tfidf"])
    at.switch_page("pages/2_Heatmaps.py").run()
    at.switch_page("pages/1_Data.py").run()
    assert not at.exception and "occupations_fr.csv" in captions(at) and "everything else works" in captions(at)
    assert any("name" in d.value.columns and COLUMN not in d.value.columns for d in at.dataframe)
    at.switch_page("pages/5_Inspector.py").run()
    assert not at.exception and "occupations_fr.csv" in captions(at)


def test_without_the_job_model_the_view_says_how_to_get_it(monkeypatch):
    monkeypatch.setenv("MATCHLENS_NO_WARMUP", "1")
    at = sample_app(["tfidf"])
    at.switch_page("pages/5_Inspector.py").run()
    assert not at.exception and "add it, or jobs-hybrid, to the models" in captions(at)


def test_the_sample_leaves_pairs_for_the_label_queue(monkeypatch):
    monkeypatch.setenv("MATCHLENS_NO_WARMUP", "1")
    at = sample_app(["tfidf"])
    at.switch_page("pages/9_Label_queue.py").run()
    assert not at.exception
    assert any(c.value.startswith("192 labelled pairs in the workspace") for c in at.caption)
    assert any(" × " in m.value for m in at.markdown) and not at.success  # a pair to label, not the empty state


def test_a_no_credible_match_flag_says_what_the_gig_and_its_resumes_read_as(esco_tfidf, monkeypatch):
    from matchlens.views import shortlist

    monkeypatch.setattr(shortlist, "_credible", lambda comp, model, gig: "No credible match: (flag for the test).")
    at = sample_app(["tfidf"])
    at.switch_page("pages/10_Shortlist.py").run()
    assert not at.exception
    flag = next(w.value for w in at.warning if "No credible match" in w.value).replace("\\", "")
    assert "This gig reads as " in flag and "nearest resumes under tfidf read as" in flag
