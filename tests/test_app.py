"""The dashboard driven through Streamlit's AppTest, on the sample data, with offline models."""
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

APP = str(Path(__file__).resolve().parents[1] / "app.py")
PAGES = ["pages/1_Data.py", "pages/2_Heatmaps.py", "pages/3_Map.py", "pages/4_Compare.py",
         "pages/5_Inspector.py", "pages/6_Evaluation.py"]


@pytest.fixture()
def app(monkeypatch, tiny_st_dir):
    monkeypatch.setenv("MATCHLENS_NO_WARMUP", "1")
    monkeypatch.delenv("MATCHLENS_AUTOLOAD_SAMPLE", raising=False)
    at = AppTest.from_file(APP, default_timeout=120)
    at.session_state["models"] = ["tfidf", str(tiny_st_dir)]
    return at


def loaded(at):
    at.run()
    next(b for b in at.button if b.label == "Load the sample data").click().run()
    return at


def frame_with(at, column):
    """The first dataframe on the page that has this column."""
    return next(d.value for d in at.dataframe if column in d.value.columns)


def charts(at):
    return at.get("plotly_chart")


def test_home_shows_an_empty_state_then_the_sample(app):
    app.run()
    assert not app.exception
    assert any("Start on the **Data** page" in i.value for i in app.info)
    loaded(app)
    assert [m.value for m in app.metric][:3] == ["20", "12", "240"]


def test_pages_without_data_say_what_to_do(app):
    app.run()
    for page in PAGES[1:]:
        app.switch_page(page).run()
        assert not app.exception, page
        assert any("No documents yet" in i.value for i in app.info), page


def test_every_page_renders_on_the_sample_with_two_models(app):
    loaded(app)
    app.switch_page("pages/1_Data.py").run()
    assert not app.exception
    docs = frame_with(app, "language")
    assert len(docs) == 32 and {"name", "kind", "language"} <= set(docs.columns)
    next(b for b in app.button if b.label == "Compute scores").click().run()
    assert not app.exception
    assert any("tfidf" in c.value for c in app.caption)

    app.switch_page("pages/2_Heatmaps.py").run()
    assert not app.exception and len(charts(app)) == 2  # one heatmap per model

    app.switch_page("pages/3_Map.py").run()
    app.radio[0].set_value("pca").run()
    assert not app.exception
    assert len(charts(app)) == 3  # two aligned maps + neighbour stability

    app.switch_page("pages/4_Compare.py").run()
    assert not app.exception
    dis = frame_with(app, "spread")
    assert len(dis) == 25 and "spread" in dis.columns

    app.switch_page("pages/5_Inspector.py").run()
    assert not app.exception
    pair = frame_with(app, "raw score")
    assert list(pair["model"]) == app.session_state["models"]

    app.switch_page("pages/6_Evaluation.py").run()
    assert not app.exception
    table = frame_with(app, "roc_auc")
    assert set(table["model"]) == set(app.session_state["models"])
    assert {"roc_auc", "average_precision", "mse"} <= set(table.columns)


def test_inspector_opens_the_selected_pair_and_saves_a_label(app):
    loaded(app)
    app.switch_page("pages/2_Heatmaps.py").run()
    comp = app.session_state["comparison"][1]
    r, g = comp.resumes[3], comp.gigs[5]
    app.session_state["inspect"] = (r.id, g.id)  # what a heatmap click stores
    app.switch_page("pages/5_Inspector.py").run()
    assert not app.exception
    assert app.selectbox[0].value == 3 and app.selectbox[1].value == 5
    app.radio[0].set_value("no")
    next(b for b in app.button if b.label == "Save label").click().run()
    assert app.session_state["corpus"].labels[(r.id, g.id)] == "no"


def test_upload_reports_a_broken_file_and_keeps_the_good_ones(app):
    app.run()
    app.switch_page("pages/1_Data.py").run()
    app.get("file_uploader")[0].set_value([
        ("cv_ok.txt", "Infirmière de nuit, soins intensifs.".encode(), "text/plain"),
        ("broken.pdf", b"%PDF-1.4 this is not a pdf", "application/pdf"),
        ("empty.docx", b"", "application/octet-stream"),
    ])
    next(b for b in app.button if b.label == "Add files").click().run()
    assert not app.exception
    names = [d.name for d in app.session_state["corpus"].documents]
    assert names == ["cv_ok.txt"]
    problems = frame_with(app, "reason")
    assert set(problems["file"]) == {"broken.pdf", "empty.docx"}
    assert any("could not be read" in w.value for w in app.warning)


def test_a_model_that_cannot_load_is_reported_and_the_others_show(app, tiny_st_dir):
    app.session_state["models"] = ["tfidf", "nobody/not-a-model"]
    loaded(app)
    app.switch_page("pages/2_Heatmaps.py").run()
    assert not app.exception
    assert len(charts(app)) == 1
    assert any("nobody" in w.value and "offline" in w.value for w in app.warning)


def test_dropping_the_bad_input_corpus_keeps_good_files_and_lists_bad_ones(app):
    from tests.bad_inputs import cases

    uploads = [(name.split("/")[-1], data, "application/octet-stream") for name, data, _ in cases()
               if len(data) < 25 * 1024 * 1024]  # the browser refuses bigger files before they reach us
    expected = {name.split("/")[-1]: exp for name, data, exp in cases() if len(data) < 25 * 1024 * 1024}
    app.run()
    app.switch_page("pages/1_Data.py").run()
    app.get("file_uploader")[0].set_value(uploads)
    next(b for b in app.button if b.label == "Add files").click().run()
    assert not app.exception
    problems = frame_with(app, "reason")
    skipped = set(problems[problems.status == "skipped"].file)
    assert {n for n, e in expected.items() if e == "error"} <= skipped
    assert len(app.session_state["corpus"].documents) > 10_000  # the 10,000-row CSV and every good file
    next(b for b in app.button if b.label == "Load the sample data").click().run()
    assert not app.exception and len(app.session_state["corpus"].resumes) == 20


def test_training_page_runs_a_job_in_the_background(app, tmp_path, tiny_st_dir, saved_tiny_model):
    import time

    app.run()
    app.switch_page("pages/7_Training.py").run()
    assert not app.exception
    assert any("No training run yet" in i.value for i in app.info)
    app.text_input[0].set_value("tiny-from-page")
    app.selectbox[0].set_value("cosent")
    app.selectbox[1].set_value("tiny-trained")
    app.number_input[3].set_value(2)  # max steps
    next(b for b in app.button if b.label == "Start training").click().run()
    assert not app.exception
    from matchlens.ui.training_widgets import jobs

    job = jobs()[app.session_state["train-job"]]
    job.thread.join(300)
    assert job.error == "" and job.result is not None
    app.run()
    assert any("Before / after" in m.value for m in app.markdown)


def test_hybrid_model_added_in_the_app(app):
    app.session_state["models"] = ["tfidf", "tfidf-char", "hybrid:tfidf+tfidf-char:rrf"]
    loaded(app)
    app.switch_page("pages/2_Heatmaps.py").run()
    assert not app.exception and len(charts(app)) == 3


def test_evaluation_page_reproduces_the_cli_numbers(app, capsys):
    import json

    from matchlens.cli import main

    app.session_state["models"] = ["tfidf", "tfidf-char"]
    loaded(app)
    app.switch_page("pages/6_Evaluation.py").run()
    next(b for b in app.button if b.label == "Evaluate the pairs file").click().run()
    assert not app.exception
    page = app.session_state["pairs-table"].set_index("model")
    assert main(["evaluate", "pairs", str(Path(APP).parent / "sample_data" / "pairs.csv"), "-m", "tfidf",
                 "-m", "tfidf-char", "--json"]) == 0
    cli = json.loads(capsys.readouterr().out)
    for model in ("tfidf", "tfidf-char"):
        for key in ("roc_auc", "average_precision", "f1", "mse"):
            assert page.loc[model, key] == pytest.approx(cli[model][key])

    # hybrid: weights chosen on the corpus labels, then added as a model with one click
    next(b for b in app.button if b.label == "Choose the weights on these labels").click().run()
    assert not app.exception
    choice = app.session_state["hybrid-choice"]
    assert choice.name.startswith("hybrid:tfidf+tfidf-char:z:")
    hybrid_table = next(d.value for d in app.dataframe if "model" in d.value.columns and
                        choice.name in set(d.value["model"]))
    assert set(hybrid_table["model"]) == {"tfidf", "tfidf-char", choice.name}
    next(b for b in app.button if b.label.startswith("Add hybrid")).click().run()
    assert not app.exception
    assert app.session_state["models"][-1] == choice.name
    assert choice.name in app.session_state["comparison"][1].results
