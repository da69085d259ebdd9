"""The dashboard driven through Streamlit's AppTest, on the sample data, with offline models."""
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

APP = str(Path(__file__).resolve().parents[2] / "app.py")
PAGES = ["pages/1_Data.py", "pages/2_Heatmaps.py", "pages/3_Map.py", "pages/4_Compare.py",
         "pages/5_Inspector.py", "pages/6_Evaluation.py", "pages/10_Shortlist.py"]


def new_app(ws_name: str, models: list[str] | None = None) -> AppTest:
    """A fresh browser session on the workspace named in its URL (as a reload or a second tab would be)."""
    from matchlens.workspace import Workspace

    if models is not None:
        Workspace.named(ws_name).create().set_models(models)
    at = AppTest.from_file(APP, default_timeout=120)
    at.query_params["ws"] = ws_name
    return at


@pytest.fixture()
def app(monkeypatch, tiny_st_dir):
    import uuid

    monkeypatch.setenv("MATCHLENS_NO_WARMUP", "1")
    monkeypatch.delenv("MATCHLENS_AUTOLOAD_SAMPLE", raising=False)
    return new_app(f"t-{uuid.uuid4().hex[:8]}", ["tfidf", str(tiny_st_dir)])


def ws(at):
    """What the app's workspace holds on disk now."""
    from matchlens.workspace import Workspace

    return Workspace.named(ws_of(at)).load()


def ws_of(at) -> str:
    value = at.query_params["ws"]
    return value[0] if isinstance(value, list) else value


def use_models(at, models: list[str]) -> None:
    from matchlens.workspace import Workspace

    Workspace.named(ws_of(at)).set_models(models)


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
    assert [m.value for m in app.metric][:3] == ["20", "12", "192"]  # 48 of 240 pairs left to label


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
    assert list(pair["model"]) == ws(app).models

    app.switch_page("pages/6_Evaluation.py").run()
    assert not app.exception
    table = frame_with(app, "ROC-AUC")
    assert set(table["model"]) == set(ws(app).models)
    assert {"ROC-AUC", "Average precision", "MSE vs (cos+1)/2"} <= set(table.columns)


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
    assert ws(app).corpus.labels[(r.id, g.id)] == "no"


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
    names = [d.name for d in ws(app).corpus.documents]
    assert names == ["cv_ok.txt"]
    problems = frame_with(app, "reason")
    assert set(problems["file"]) == {"broken.pdf", "empty.docx"}
    assert any("could not be read" in w.value for w in app.warning)


def test_a_model_that_cannot_load_is_reported_and_the_others_show(app, tiny_st_dir):
    use_models(app, ["tfidf", "nobody/not-a-model"])
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
    assert len(ws(app).corpus.documents) > 10_000  # the 10,000-row CSV and every good file
    next(b for b in app.button if b.label == "Load the sample data").click().run()
    assert not app.exception and len(ws(app).corpus.resumes) == 20


def test_training_page_runs_a_job_in_the_background(app, tmp_path, tiny_st_dir, saved_tiny_model):
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
    use_models(app, ["tfidf", "tfidf-char", "hybrid:tfidf+tfidf-char:rrf"])
    loaded(app)
    app.switch_page("pages/2_Heatmaps.py").run()
    assert not app.exception and len(charts(app)) == 3


def test_evaluation_page_reproduces_the_cli_numbers(app, capsys):
    import json

    from matchlens.cli import main

    use_models(app, ["tfidf", "tfidf-char"])
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
    assert ws(app).models[-1] == choice.name
    assert choice.name in app.session_state["comparison"][1].results


def test_work_survives_a_reload_a_second_tab_and_a_restart(app, tiny_st_dir):
    """Uploads, labels, notes, models and view settings are on disk as soon as they are made."""
    loaded(app)
    app.switch_page("pages/1_Data.py").run()
    app.get("file_uploader")[0].set_value([("cv_maya.txt", "Cariste, chariot élévateur, entrepôt.".encode(),
                                            "text/plain")])
    next(b for b in app.button if b.label == "Add files").click().run()
    app.switch_page("pages/2_Heatmaps.py").run()
    app.selectbox(key="view-heatmap.view").set_value("z").run()
    comp = app.session_state["comparison"][1]
    app.session_state["inspect"] = (comp.resumes[2].id, comp.gigs[1].id)
    app.switch_page("pages/5_Inspector.py").run()
    app.radio[0].set_value("partial")
    app.text_input[0].set_value("à revoir avec le client")
    next(b for b in app.button if b.label == "Save label").click().run()
    assert not app.exception

    from matchlens.ui import resources

    resources.encoder.clear()  # a server restart forgets every process resource
    for again in (new_app(ws_of(app)), new_app(ws_of(app))):  # a reload, then a second tab
        again.run()
        assert not again.exception
        assert [m.value for m in again.metric][:2] == ["21", "12"]
        again.switch_page("pages/2_Heatmaps.py").run()
        assert again.selectbox(key="view-heatmap.view").value == "z"
        state = ws(again)
        assert state.corpus.labels[(comp.resumes[2].id, comp.gigs[1].id)] == "partial"
        assert state.notes[f"{comp.resumes[2].id}|{comp.gigs[1].id}"] == "à revoir avec le client"
        assert state.models == ["tfidf", str(tiny_st_dir)]


def test_counts_shown_are_those_of_the_action_just_applied(app):
    app.run()
    app.switch_page("pages/1_Data.py").run()
    app.get("file_uploader")[0].set_value([("a.txt", b"Infirmiere de nuit", "text/plain"),
                                           ("b.txt", b"Developpeur Python", "text/plain")])
    next(b for b in app.button if b.label == "Add files").click().run()
    sidebar = " ".join(c.value for c in app.sidebar.caption)
    assert "2 resumes" in sidebar
    assert any("Added 2 document" in s.value for s in app.success)


def test_a_broken_line_of_the_workspace_is_named_and_left_alone(app):
    """A line that is not a document is named with its file and line (the rest of the workspace opens), and stays
    in the file as it is (issue #29: it used to make the whole workspace unusable)."""
    from matchlens.workspace import Workspace

    folder = Workspace.named(ws_of(app)).folder
    (folder / "documents.jsonl").write_text('{"id": "broken"\n')
    app.run()
    assert not app.exception
    named = " ".join(m.value for m in app.markdown).replace("\\", "")
    assert "documents.jsonl, line 1 cannot be read: it is not valid JSON" in named
    app.switch_page("pages/1_Data.py").run()
    assert not app.exception
    assert (folder / "documents.jsonl").read_text() == '{"id": "broken"\n'  # never overwritten


def test_a_composite_model_with_an_unknown_part_is_refused_when_added(app):
    app.run()
    app.switch_page("pages/1_Data.py").run()
    box = next(t for t in app.text_input if t.label.startswith("Add a model"))
    box.set_value("hybrid:tfidf+nope")
    next(b for b in app.button if b.label == "Add model").click().run()
    assert not app.exception
    assert any("nope" in e.value for e in app.error)
    assert "hybrid:tfidf+nope" not in ws(app).models


def test_the_fairness_audit_runs_from_compare(app):
    loaded(app)
    app.switch_page("pages/4_Compare.py").run()
    assert any("Run the audit" in i.value for i in app.info)
    next(b for b in app.button if b.label == "Run the audit").click().run()
    assert not app.exception
    audit = frame_with(app, "max rank change")
    assert set(audit["attribute"]) == {"name", "gender", "age", "postcode"}
    assert all(s.value.startswith("No model") for s in app.success)  # blind scoring is on by default
    view = frame_with(app, "impact ratio")
    assert list(view.columns) == ["model", "group", "selection rate", "impact ratio", "CI low", "CI high", "flag"]
    assert len(view) == 16 * len(ws(app).models) and not view["flag"].any()
    assert ws(app).audit["settings"]["models"] == ws(app).models  # kept in the workspace


def test_the_audit_is_seen_by_the_scorecard_and_by_another_session(app):
    """Run once on Compare: a second session (a reload, another tab) shows it on Compare without running it, and
    its Scorecard has the fairness columns filled; changing a setting makes it stale, said on both pages."""
    from matchlens.scoring.matching import Options

    loaded(app)
    app.switch_page("pages/4_Compare.py").run()
    next(b for b in app.button if b.label == "Run the audit").click().run()
    other = new_app(ws_of(app))
    other.run()
    other.switch_page("pages/4_Compare.py").run()
    assert not other.exception and len(frame_with(other, "impact ratio")) == 16 * len(ws(app).models)
    assert any("Last run" in c.value for c in other.caption)
    other.switch_page("pages/8_Scorecard.py").run()
    card = frame_with(other, "lowest impact ratio (audit)")
    assert card["lowest impact ratio (audit)"].between(0.8, 1.0).all() and card["max rank change (audit)"].notna().all()
    assert any("four-fifths rule" in c.value for c in other.caption)
    from matchlens.workspace import Workspace

    Workspace.named(ws_of(app)).set_options(Options(blind=False))
    other.run()
    assert not other.exception
    assert frame_with(other, "lowest impact ratio (audit)")["lowest impact ratio (audit)"].isna().all()
    assert any("no longer applies" in c.value for c in other.caption)


def test_the_scorecard_states_its_verdict_from_the_numbers(app):
    loaded(app)
    app.switch_page("pages/8_Scorecard.py").run()
    assert not app.exception
    table = frame_with(app, "ROC-AUC 95% CI")
    assert set(table["model"]) == set(ws(app).models)
    assert any("labelled pairs" in m.value for m in list(app.success) + list(app.info))


def test_a_ranking_set_in_the_workspace_adds_its_rows_to_the_scorecard(app):
    """Ranking-set files kept in the workspace (as the Scorecard's uploaders save them) add MRR columns and a
    sentence of their own; a broken file is named and the label rows still show."""
    from matchlens.workspace import Workspace

    loaded(app)
    wsp = Workspace.named(ws_of(app))
    wsp.set_ranking_file("queries", "text,label\ninfirmier de nuit,nurse\ndéveloppeur python,dev\n".encode())
    wsp.set_ranking_file("corpus", "text,label\ninfirmière de nuit,nurse\npython django,dev\ncariste,wh\n".encode())
    app.switch_page("pages/8_Scorecard.py").run()
    assert not app.exception
    table = frame_with(app, "ROC-AUC 95% CI")
    assert "MRR" in table.columns and table["MRR"].notna().all()
    assert any("2 ranking queries" in m.value for m in list(app.success) + list(app.info))
    wsp.set_ranking_file("corpus", b"words,nolabel\nx,y\n")
    app.run()
    assert not app.exception and any("could not" in w.value for w in app.warning)
    assert len(frame_with(app, "ROC-AUC 95% CI")) == len(ws(app).models)


def test_the_label_queue_takes_a_label_and_moves_on(app):
    loaded(app)
    ws_name = ws_of(app)
    from matchlens.workspace import Workspace

    Workspace.named(ws_name).set_labels({})  # start with no labels
    state = Workspace.named(ws_name).load()
    for key in list(state.corpus.labels):
        Workspace.named(ws_name).set_label(*key, None)
    app.switch_page("pages/9_Label_queue.py").run()
    assert not app.exception
    first = next(m.value for m in app.markdown if " × " in m.value)
    next(b for b in app.button if b.label.startswith("fit")).click().run()
    assert not app.exception and len(ws(app).corpus.labels) == 1
    second = next(m.value for m in app.markdown if " × " in m.value)
    assert second != first
    next(b for b in app.button if b.label.startswith("skip")).click().run()
    assert len(ws(app).corpus.labels) == 1 and next(m.value for m in app.markdown if " × " in m.value) != second


def test_the_report_is_one_click_from_the_scorecard(app):
    loaded(app)
    app.switch_page("pages/8_Scorecard.py").run()
    next(b for b in app.button if b.label.startswith("Prepare the stakeholder report")).click().run()
    assert not app.exception
    assert "<h2>Scorecard" in app.session_state["report-html"]


def test_a_second_tab_reuses_the_scores_and_what_pages_derive_from_them(app, monkeypatch):
    """Scores are computed once per corpus, models and settings for the whole server: a reload or a second tab
    shows the heatmaps without scoring again, on the very same comparison (with its cached views)."""
    from matchlens.scoring import matching

    loaded(app)
    app.switch_page("pages/2_Heatmaps.py").run()
    first = app.session_state["comparison"][1]
    calls = []
    real = matching.compare
    monkeypatch.setattr(matching, "compare", lambda *a, **k: calls.append(1) or real(*a, **k))
    again = new_app(ws_of(app))
    again.switch_page("pages/2_Heatmaps.py").run()
    assert not again.exception and not calls
    assert again.session_state["comparison"][1] is first
    model = first.models[0]
    assert first.results[model].view("percentile") is first.results[model].view("percentile")
    with pytest.raises(ValueError):
        first.results[model].view("rank")[0, 0] = 99  # shared views are read-only


def test_gig_title_setting_is_offered_and_kept_in_the_workspace(app):
    loaded(app)
    app.switch_page("pages/1_Data.py").run()
    box = next(s for s in app.selectbox if s.label == "Gig title")
    assert box.value == "title+body"  # the measured default
    box.set_value("whole").run()
    assert not app.exception and ws(app).options.gig_fields == "whole"
    again = new_app(ws_of(app))
    again.switch_page("pages/1_Data.py").run()
    assert next(s for s in again.selectbox if s.label == "Gig title").value == "whole"


def test_a_chosen_aggregation_or_hubness_is_pinned_over_model_defaults_and_kept(app):
    """#33: each model family has measured defaults; what the user picks on Data is theirs, also when it equals the
    global default (best chunk pair), and it survives a reload."""
    loaded(app)
    app.switch_page("pages/1_Data.py").run()
    hub = next(s for s in app.selectbox if s.label.startswith("Hubness reduction"))
    agg = next(s for s in app.selectbox if s.label == "Long documents")
    assert hub.value == "auto" and agg.value == "auto" and ws(app).options.pinned == ()  # each model's own default
    hub.set_value("csls").run()
    assert not app.exception and ws(app).options.hubness == "csls" and ws(app).options.pinned == ("hubness",)
    next(s for s in app.selectbox if s.label == "Long documents").set_value("max").run()  # = the global default
    assert not app.exception and ws(app).options.pinned == ("aggregation", "hubness")  # still the user's choice
    next(s for s in app.selectbox if s.label == "Long documents").set_value("top3").run()
    assert not app.exception and ws(app).options.chunking.aggregation == "top3"
    again = new_app(ws_of(app))
    again.switch_page("pages/1_Data.py").run()
    assert next(s for s in again.selectbox if s.label.startswith("Hubness")).value == "csls"
    assert ws(again).options.pinned == ("aggregation", "hubness")
    next(s for s in again.selectbox if s.label == "Long documents").set_value("auto").run()  # back to the defaults
    assert not again.exception and ws(again).options.pinned == ("hubness",)


def test_the_first_model_shows_while_a_slower_one_embeds_in_the_background(app, monkeypatch, tiny_st_dir):
    """Heatmaps show TF-IDF at once with the slow model's progress; the slow model joins when it is done."""
    import threading

    from matchlens.ui import resources

    monkeypatch.delenv("MATCHLENS_SCORING_WAIT")
    gate, entered = threading.Event(), threading.Event()
    real = resources.encoder

    def encoder(name):
        enc = real(name)
        if name == str(tiny_st_dir):  # as a bundled model being built on first use (before any cache lookup)
            enc = __import__("copy").copy(enc)
            enc.prepare = lambda progress: progress(0.5, "building") or entered.set() or gate.wait(60)
        return enc

    monkeypatch.setattr(resources, "encoder", encoder)
    resources.comparisons.clear()  # scores of this sample from other tests must not be found
    loaded(app)
    app.switch_page("pages/2_Heatmaps.py").run()
    assert not app.exception
    assert len(charts(app)) == 1  # TF-IDF's heatmap, while the tiny transformer waits
    assert entered.wait(60)
    app.run()  # a rerun while it is still being built shows its stage
    assert len(charts(app)) == 1
    assert any("tiny" in p.proto.text and "preparing" in p.proto.text for p in app.get("progress"))
    job = app.session_state["scoring"][1]
    assert not job.done
    gate.set()
    assert job.wait(60)
    app.run()
    assert not app.exception and len(charts(app)) == 2 and not app.get("progress")
    # every model is there; the other pages' views are prepared in the background (no bar on a small corpus)
    comp = app.session_state["comparison"][1]
    for _ in range(120):
        if comp.has_derived("summary") and comp.has_derived(("projection", "pca")):  # Compare's and the Map's
            break
        __import__("time").sleep(0.5)
    assert comp.has_derived("summary") and comp.has_derived(("projection", "pca"))


def test_the_map_shows_pca_while_umap_fits_in_the_background(app, monkeypatch):
    import threading

    from matchlens.views import panels

    gate, real = threading.Event(), panels.projections
    monkeypatch.setattr(panels, "projections",
                        lambda comp, method="umap", **kw: (method != "umap" or gate.wait(60)) and real(comp, method, **kw))
    loaded(app)
    app.switch_page("pages/4_Compare.py").run()  # scores computed (all models) before the map's test
    monkeypatch.delenv("MATCHLENS_SCORING_WAIT")
    app.switch_page("pages/3_Map.py").run()
    assert not app.exception and charts(app)  # PCA panels at once
    assert any("UMAP is being computed" in i.value for i in app.info)
    comp = app.session_state["comparison"][1]
    gate.set()
    for _ in range(600):
        if comp.ready(("projection", "umap")):
            break
        __import__("time").sleep(0.1)
    app.run()
    assert not app.exception and charts(app) and not any("UMAP is being" in i.value for i in app.info)
    assert comp.has_derived(("projection", "umap"))


def test_heatmaps_say_which_gigs_have_no_credible_match_as_text(app):
    """Listed as escaped text (no table widget on the first chart page: its script slowed the first heatmaps)."""
    from matchlens.documents import Document
    from matchlens.workspace import Workspace

    loaded(app)
    use_models(app, ["tfidf"])
    pilot = Document("g-pilot", "gig_pilote_<b>A320</b>.txt", "gig",
                     "Pilote de ligne Airbus A320, licence ATPL, vols moyen-courriers au départ d'Orly.", "fr")
    Workspace.named(ws_of(app)).add_documents([pilot], [])  # no resume fits: nobody is a credible match
    app.switch_page("pages/2_Heatmaps.py").run()
    assert not app.exception
    title = next(e.label for e in app.expander if e.label.startswith("No credible match"))
    listed = [m.value for e in app.expander if e.label == title for m in e.markdown]
    assert listed and listed[0].startswith("- **") and "best resume per model: tfidf:" in listed[0]
    assert "pilote" in listed[0] and "<b>" not in listed[0]  # the gig's name, as text
    assert not app.dataframe  # the only table the page had
    assert any(b.label == "Download this list (CSV)" for b in app.get("download_button"))


def test_the_shortlist_is_blind_its_requirements_save_and_an_edit_reranks(app):
    """Shortlist page: blind candidates under req:tfidf, the requirements saved from the editor, a knock-out edit
    re-ranks the candidates at once, the Inspector shows the pair's breakdown."""
    from matchlens.requirements.model import of
    from matchlens.workspace import Workspace

    use_models(app, ["tfidf", "req:tfidf"])
    loaded(app)
    app.switch_page("pages/10_Shortlist.py").run()
    assert not app.exception
    table = frame_with(app, "candidate")
    assert len(table) == 10 and table["candidate"].str.startswith("candidate r-").all()
    gig = ws(app).corpus.gigs[app.selectbox[0].value]
    next(b for b in app.button if b.label == "Save requirements").click().run()
    assert not app.exception and [r["text"] for r in ws(app).requirements[gig.id]] == [r.text for r in of(gig)]
    rows = [dict(r, required=True, weight=3.0) if n == 1 else r for n, r in enumerate(ws(app).requirements[gig.id])]
    Workspace.named(ws_of(app)).set_requirements(gig.id, rows)
    app.run()
    after = frame_with(app, "candidate")
    assert not app.exception and list(after.iloc[:, 2]) != list(table.iloc[:, 2])  # re-scored with the edit
    assert after["to improve (required, not met)"].str.contains("(missing)", regex=False).any()
    app.toggle[0].set_value(True).run()
    assert set(frame_with(app, "candidate")["candidate"]) <= {d.name for d in ws(app).corpus.resumes}
    app.switch_page("pages/5_Inspector.py").run()
    assert not app.exception and frame_with(app, "evidence in the CV") is not None
