"""Location as a separate column (#27): the Heatmaps page's top matches show it beside the scores, the mobility
setting flags candidates outside the area and is kept in the workspace, the Inspector says it in one line."""
import numpy as np

from tests.ui.test_app import app, loaded, new_app, use_models, ws, ws_of  # noqa: F401  (app is a fixture)


def location_table(at):
    return next(t.value for t in at.table if "location" in t.value.columns)


def test_heatmaps_show_location_beside_the_scores_and_flag_by_mobility(app):  # noqa: F811
    loaded(app)
    use_models(app, ["tfidf"])
    app.switch_page("pages/2_Heatmaps.py").run()
    assert not app.exception and not app.dataframe  # a static table: no grid script on the chart page
    table = location_table(app)
    assert {"gig", "resume", "Score", "location"} <= set(table.columns) and "mobility" not in table.columns
    assert "same département" in set(table["location"])  # the EHPAD nurse in Lyon 3e, a nurse living in Lyon
    comp = app.session_state["comparison"][1]
    before = comp.results["tfidf"].scores.copy()

    box = next(s for s in app.selectbox if s.label.startswith("Mobility"))
    assert box.value == "any" and "protected ground" in box.help
    box.set_value("same region").run()
    assert not app.exception
    flagged = location_table(app)
    assert "mobility" in flagged.columns and "outside area" in set(flagged["mobility"])
    assert flagged["Score"].tolist() == table["Score"].tolist()  # flagged, not dropped, no score changed
    assert np.array_equal(app.session_state["comparison"][1].results["tfidf"].scores, before)
    assert ws(app).view["location.mobility"] == "same region"

    again = new_app(ws_of(app))
    again.switch_page("pages/2_Heatmaps.py").run()
    assert next(s for s in again.selectbox if s.label.startswith("Mobility")).value == "same region"


def test_the_inspector_says_where_each_side_is_in_one_line(app):  # noqa: F811
    loaded(app)
    use_models(app, ["tfidf"])
    app.switch_page("pages/2_Heatmaps.py").run()
    comp = app.session_state["comparison"][1]
    r = next(d.id for d in comp.resumes if "infirmiere" in d.name)
    g = next(d.id for d in comp.gigs if d.name.startswith("Infirmier"))
    app.session_state["inspect"] = (r, g)
    app.switch_page("pages/5_Inspector.py").run()
    assert not app.exception
    line = next(m.value for m in app.markdown if "not used by any model" in m.value)
    assert "candidate in 69 Rhône" in line.replace("\\", "") and "same département" in line


def test_heatmaps_draw_before_the_places_are_read_and_show_them_once_read(app, monkeypatch):  # noqa: F811
    """Reading where 2,000 candidates live can take seconds after a restart: the page draws its heatmaps and the
    rest without waiting, says what it is reading, and shows the location table when it is there."""
    import importlib
    import threading
    import time

    proximity = importlib.import_module("matchlens.location.proximity")  # the package exports a function so named

    gate, real = threading.Event(), proximity.resume_places
    monkeypatch.setattr(proximity, "resume_places", lambda texts: gate.wait(30) and real(texts))
    loaded(app)
    use_models(app, ["tfidf"])
    monkeypatch.setenv("MATCHLENS_SCORING_WAIT", "none")
    from matchlens.ui import resources

    resources.comparisons.clear()  # places of this sample read by other tests must not be found
    app.switch_page("pages/2_Heatmaps.py").run()
    assert not app.exception
    assert not [t for t in app.table if "location" in t.value.columns]
    assert any("Reading where each of the" in i.value for i in app.info)
    assert any(b.label.startswith("Download all scores") for b in app.get("download_button"))  # the rest drawn
    gate.set()
    comp = app.session_state["comparison"][1]
    deadline = time.monotonic() + 30
    while not comp.ready(("places",)) and time.monotonic() < deadline:
        time.sleep(0.05)
    app.run()
    assert "same département" in set(location_table(app)["location"])
