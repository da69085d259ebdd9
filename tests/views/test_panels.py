import json

import numpy as np
import pytest

from matchlens.views import explain, panels
from matchlens import workspace
from matchlens.scoring.cache import EmbeddingCache
from matchlens.preprocess.chunking import ChunkSettings
from matchlens.scoring.matching import Options, compare


@pytest.fixture()
def comp(small_corpus, tiny_st_dir, tmp_path):
    return compare(small_corpus, ["tfidf", str(tiny_st_dir)], cache=EmbeddingCache(tmp_path / "c"))


def test_heatmaps_share_order_and_hover_names_every_model(comp, tiny_st_dir):
    figs = panels.heatmap_figures(comp, "rank", "cluster", "tfidf", labels={("r1", "g1"): "fit"})
    assert [m for m, _ in figs] == ["tfidf", str(tiny_st_dir)]
    ticks = figs[0][1].layout.yaxis.ticktext
    assert all(f.layout.yaxis.ticktext == ticks for _, f in figs)
    cells = figs[0][1].data[0]
    assert len(cells.hovertext) == 6 and "tfidf" in cells.hovertext[0] and str(tiny_st_dir)[-8:] in cells.hovertext[0]
    assert cells.customdata.shape == (6, 2)  # (resume idx, gig idx) for click -> inspector
    top = panels.heatmap_figures(comp, "raw", "name", "tfidf", top_n=2)
    assert len(top[0][1].data[0].x) == 4


def test_heatmap_titles_fit_two_charts_side_by_side(comp):
    """The picker's long view names cut the chart titles at half width ('…(comparable across mo'): short ones."""
    from matchlens.encoders import default_names

    longest = max(default_names(), key=len)
    for view in ("raw", "rank", "percentile", "z"):
        (m, fig), *_ = panels.heatmap_figures(comp, view, "name", "tfidf")
        assert fig.layout.title.text == f"{m} — {panels.VIEW_SHORT[view]}"
        assert len(f"{longest} — {panels.VIEW_SHORT[view]}") <= 45


def test_hover_escapes_markup(small_corpus):
    from matchlens.documents import Corpus, Document

    c = Corpus(small_corpus.documents + [Document("x", "<img src=x onerror=alert(1)>.txt", "resume", "<b>hi</b>")])
    comp = compare(c, ["tfidf"], cache=EmbeddingCache())
    hover = panels.heatmap_figures(comp, "raw", "name")[0][1].data[0].hovertext
    assert not any("<img" in h or "<b>hi" in h for h in hover)


def test_map_and_stability(comp):
    coords = panels.projections(comp, "pca")
    figs, note = panels.map_figures(comp, coords, "label", gig_idx=0, k=2, labels={("r1", "g1"): "fit"})
    assert len(figs) == 2 and note == ""
    lines = [t for t in figs[0][1].data if t.mode == "lines"]
    assert len(lines) == 2
    assert panels.stability_figure(comp) is not None


def test_documents_table_reports_tokens_and_truncation(small_corpus, tiny_st_dir, tmp_path):
    from matchlens.documents import Document

    small_corpus.documents.append(Document("r9", "long", "resume", "python developer " * 60, "en"))
    comp = compare(small_corpus, [str(tiny_st_dir)], cache=EmbeddingCache(tmp_path / "d"))
    table = panels.documents_table(small_corpus, comp)
    col = f"{tiny_st_dir} truncated?"
    assert table.loc[table.name == "long", col].item().startswith("yes")


def test_pair_table_and_truncation_notes(comp):
    t = panels.pair_table(comp, 0, 0)
    assert len(t) == 2 and "percentile" in t.columns
    assert panels.truncation_notes(comp, 0, 0) == []


def test_sentence_evidence_finds_the_matching_line(tmp_path):
    from matchlens.encoders import create

    enc = create("tfidf").fit(["Soins infirmiers de nuit.", "Python et Django.", "Permis B."])
    ev = explain.sentence_evidence(enc, "Python et Django depuis 5 ans.\nPermis B.\nCourse à pied.",
                                   "Maîtrise de Python et Django.\nPermis B obligatoire.")
    cov = ev.coverage()
    best = cov["best match in resume"].tolist()
    assert best[0] == "Python et Django depuis 5 ans." and best[1].startswith("Permis B.")
    assert cov["requirement"].tolist() == ["Maîtrise de Python et Django.", "Permis B obligatoire."]
    thr = explain.reference_threshold(enc, ["Course à pied.\nPermis B.", "Soins de nuit."],
                                      ["Python et Django.", "Permis B obligatoire."], q=0.9)
    assert ev.coverage(threshold=thr)["covered"].tolist() == (cov["score"] >= thr).tolist()
    assert ev.coverage(threshold=2.0)["covered"].sum() == 0  # an absolute rule, not relative to the pair


def test_workspace_round_trip(small_corpus, tmp_path):
    small_corpus.set_label("r1", "g1", "fit")
    opts = Options("sections", ChunkSettings("max", 16))
    path = workspace.save(tmp_path / "ws", small_corpus, ["tfidf"], opts, {"r1|g1": "great"})
    corpus, models, options, notes = workspace.load(path)
    assert [d.text for d in corpus.documents] == [d.text for d in small_corpus.documents]
    assert corpus.labels == {("r1", "g1"): "fit"} and models == ["tfidf"] and options == opts
    assert notes == {"r1|g1": "great"}
    assert json.loads((path / "workspace.json").read_text())["format"] == workspace.FORMAT_VERSION


def test_calibrated_view_makes_models_comparable(comp):
    labels = {("r1", "g1"): "fit", ("r1", "g2"): "no", ("r2", "g2"): "fit", ("r2", "g1"): "no",
              ("r3", "g1"): "no", ("r3", "g2"): "no"}
    cal = panels.calibrated_matrices(comp, labels)
    assert set(cal) == set(comp.models)
    assert all(((m >= 0) & (m <= 1)).all() for m in cal.values())
    figs = panels.heatmap_figures(comp, "calibrated", "name", calibrated=cal)
    assert "P(fit)" in figs[0][1].layout.title.text
    from matchlens.evaluation import calibration

    for m in comp.models:
        calibration._path_for(m).unlink(missing_ok=True)
    assert panels.calibrated_matrices(comp, {}) == {}  # nothing saved yet

    calibration.save_for_model("tfidf", calibration.Calibrator("platt", {"a": 10.0, "b": -1.0}))
    reused = panels.calibrated_matrices(comp, {})  # no labels: the saved calibration is reused
    assert list(reused) == ["tfidf"] and np.allclose(reused["tfidf"], 1 / (1 + np.exp(-(10 * comp.scores("tfidf") - 1))))


def test_map_subsampling_keeps_lines_on_the_right_points(comp):
    coords = panels.projections(comp, "pca")
    figs, note = panels.map_figures(comp, coords, "kind", gig_idx=0, k=3, max_points=4)
    assert "4 of 5" in note
    fig = figs[0][1]
    points = {(round(x, 5), round(y, 5)) for t in fig.data if t.mode == "markers" for x, y in zip(t.x, t.y)}
    for t in fig.data:
        if t.mode == "lines":  # both ends of every line are points drawn on the map
            assert {(round(x, 5), round(y, 5)) for x, y in zip(t.x, t.y)} <= points


def test_heatmap_paging_walks_through_every_resume(comp):
    assert panels.heatmap_pages(comp, 2) == 2
    seen = set()
    for page in range(2):
        fig = panels.heatmap_figures(comp, "raw", "name", "tfidf", top_n=2, page=page)[0][1]
        seen |= {int(c[0]) for c in fig.data[0].customdata}
    assert seen == {0, 1, 2}


def test_large_charts_draw_a_sample_that_keeps_every_labelled_pair():
    import numpy as np

    from matchlens.views.panels import shown_pairs
    from matchlens.views.plots import DISTRIBUTION_POINTS, distributions

    keep = np.zeros(2000 * 300, bool)
    keep[[5, 77_777, 599_999]] = True
    idx = shown_pairs(2000, 300, keep, limit=20_000)
    assert len(idx) == 20_000 and {5, 77_777, 599_999} <= set(idx.tolist()) and len(set(idx.tolist())) == 20_000
    assert np.array_equal(idx, shown_pairs(2000, 300, keep, limit=20_000))
    assert np.array_equal(shown_pairs(10, 10, None, limit=20_000), np.arange(100))
    fig = distributions({"a": np.random.default_rng(0).random((2000, 300))})
    assert len(fig.data[0].y) == DISTRIBUTION_POINTS and "random" in fig.layout.title.text


def test_warm_fills_what_compare_map_and_evaluation_read_and_pauses_before_each_step(small_corpus):
    from matchlens.scoring.cache import EmbeddingCache
    from matchlens.scoring.matching import compare
    from matchlens.views import panels

    comp = compare(small_corpus, ["tfidf", "tfidf-char"], cache=EmbeddingCache())
    labels = {("r1", "g1"): "fit", ("r2", "g1"): "no", ("r1", "g2"): "no", ("r3", "g2"): "fit"}
    lk = tuple(sorted(labels.items()))
    pauses = []
    panels.warm(comp, labels, pause=lambda: pauses.append(1), corpus=small_corpus)
    assert len(pauses) == len(panels.warm_steps(comp, labels, small_corpus)) >= 10
    for key in ("distributions", "summary", ("correlation", "spearman"), "hubs", ("disagreements", lk),
                ("scatter", "tfidf", "tfidf-char", "raw", lk), ("projection", "pca"), ("map", "pca", "kind", None, 5, 0),
                "stability", ("evaluation", lk, None, "platt", 1.0), ("evaluation-figures", lk, None, "platt", 1.0),
                "documents-table"):
        assert comp.has_derived(key), key
    assert panels.summary_table(comp) is comp.derived("summary", lambda: None)  # the page gets the same object
    assert panels.documents_table_for(small_corpus, comp).name.tolist() == [d.name for d in small_corpus.documents]
    evals = panels.evaluation_for(comp, labels)
    assert set(evals) == {"tfidf", "tfidf-char"} and evals["tfidf"].metrics["n_pairs"] == 4
    assert panels.evaluation_for(comp, labels, method="isotonic") is not evals  # a setting is part of the key


def test_the_map_waits_for_its_umap_only_on_small_corpora(comp):
    assert panels.umap_wait(comp) == 0.5
    assert panels.umap_wait(comp, small=2) == 0.0  # a large corpus: PCA at once, UMAP when ready


def test_a_failing_warm_up_step_is_skipped_and_the_others_still_run(small_corpus, monkeypatch):
    from matchlens.scoring.cache import EmbeddingCache
    from matchlens.scoring.matching import compare

    comp = compare(small_corpus, ["tfidf", "tfidf-char"], cache=EmbeddingCache())
    monkeypatch.setattr(panels, "stability_figure", lambda comp: 1 / 0)
    seen = []
    panels.warm(comp, {}, progress=lambda done, total: seen.append((done, total)))
    assert seen[-1][0] == seen[-1][1] == len(panels.warm_steps(comp, {}))
    assert not comp.has_derived("stability") and comp.has_derived("summary") and comp.has_derived("hubs")
