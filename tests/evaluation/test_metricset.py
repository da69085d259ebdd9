"""One metric table: Evaluation and the Scorecard compute ROC-AUC and average precision (and their intervals) by the
same functions on the same resamples; every registered metric is named and reaches the CLI; a metric added to the
table shows up in the evaluators, the labels, the CLI and the Scorecard without another edit."""
import json

import numpy as np
import pandas as pd
import pytest

from matchlens.evaluation import metrics, metricset
from matchlens.evaluation.metricset import PAIR, RANKING, Metric
from matchlens.views.formatting import metric_label
from tests.conftest import SAMPLE


@pytest.fixture(scope="module")
def sample_comparison():
    from matchlens.ingest.corpus import load_corpus
    from matchlens.scoring.cache import EmbeddingCache
    from matchlens.scoring.matching import compare

    corpus = load_corpus(SAMPLE / "resumes", SAMPLE / "gigs", labels=SAMPLE / "labels.csv")
    return compare(corpus, ["tfidf", "bm25"], cache=EmbeddingCache()), corpus.labels


@pytest.mark.parametrize("positive_min", [1.0, 0.5])
def test_evaluation_and_scorecard_report_the_same_quality_and_intervals(sample_comparison, positive_min):
    from matchlens.evaluation.labeled import evaluate_comparison
    from matchlens.evaluation.scorecard import scorecard

    comp, labels = sample_comparison
    evaluation = evaluate_comparison(comp, labels, positive_min=positive_min, n_boot=200, seed=3)
    card = scorecard(comp, labels, positive_min, n_boot=200, seed=3).table.set_index("model")
    for model, ev in evaluation.items():
        for key in ("roc_auc", "average_precision"):
            assert card.loc[model, key] == ev.metrics[key], (model, key)
            assert card.loc[model, f"{key}_ci"] == ev.metrics[f"{key}_ci"], (model, key)
            lo, hi = ev.metrics[f"{key}_ci"]
            assert lo < ev.metrics[key] < hi


def test_the_paired_differences_use_the_resamples_of_each_models_interval():
    """The Scorecard's paired bootstrap is the Evaluation bootstrap: its values give the models' own intervals."""
    from matchlens.evaluation.scorecard import paired_bootstrap

    rng = np.random.default_rng(0)
    groups = np.repeat(np.arange(30), 6)
    lab = rng.choice([0.0, 0.5, 1.0], len(groups), p=[0.6, 0.2, 0.2])
    scores = {"a": lab + rng.normal(0, 0.5, len(lab)), "b": rng.normal(0, 1, len(lab))}
    boots = paired_bootstrap((lab >= 1).astype(int), scores, groups, 300, seed=5)
    for m, s in scores.items():
        alone = metrics.pair_metrics(s, lab, n_boot=300, seed=5, groups=groups)
        assert metricset.interval(boots[m]) == alone["roc_auc_ci"]


def test_one_class_resamples_count_for_no_metric():
    y = np.array([1, 0, 0, 0, 0, 0])
    data = {"m": metrics.pairs(np.arange(6.0), y)}
    boots = metricset.pair_boots(data, n_boot=200, seed=0, groups=None)["m"]
    one_class = [i for i, idx in enumerate(metricset.resamples(6, 200, 0)) if y[idx].min() == y[idx].max()]
    assert one_class and all(np.isnan(boots[k][one_class]).all() for k in boots)  # AP of all-positives is not 1


def test_every_registered_metric_has_a_label_and_help_where_it_needs_one():
    for m in metricset.METRICS:
        key = m.name(10)
        assert metric_label(key) == m.title(10) and metric_label(key) != key, key
        assert metric_label(f"{key}_ci") == f"{m.title(10)} 95% CI"
        assert m.kind in (PAIR, RANKING) and m.better in (-1, 0, 1)
        if m.kind == RANKING:
            assert m.help and "{k}" in m.help or not m.at_k, key


def _ranking_files(tmp_path):
    pd.DataFrame({"text": ["infirmier de nuit en hôpital", "développeur python django", "cariste en entrepôt"],
                  "label": ["nurse", "dev", "warehouse"]}).to_csv(tmp_path / "q.csv", index=False)
    pd.DataFrame({"text": ["infirmière, soins de nuit, hôpital", "python django api", "cariste CACES, stock",
                           "cuisinier"], "label": ["nurse", "dev", "warehouse", "cook"]}).to_csv(tmp_path / "c.csv",
                                                                                               index=False)
    return ["--queries", str(tmp_path / "q.csv"), "--corpus", str(tmp_path / "c.csv")]


def _cli(capsys, args) -> str:
    from matchlens.cli import main

    assert main(args) == 0, capsys.readouterr().err
    return capsys.readouterr().out


def test_every_registered_metric_reaches_the_cli(tmp_path, capsys):
    """`evaluate pairs` prints each shown pair metric by its label and reports every pair metric that needs no
    calibration in --json; `evaluate ranking` every ranking metric at every k; `scorecard` the headline ones."""
    pairs = ["evaluate", "pairs", str(SAMPLE / "pairs.csv"), "-m", "tfidf", "--bootstrap", "30"]
    table, found = _cli(capsys, pairs), json.loads(_cli(capsys, pairs + ["--json"]))["tfidf"]
    bare = metrics.pairs([0.1, 0.9], [0, 1])
    for m in metricset.of_kind(PAIR):
        if m.shown:
            assert m.label in table, m.key
        if m.value(bare) is not None:  # the calibrated MSEs need a calibrator: the Evaluation page's (test below)
            assert m.key in found and (f"{m.key}_ci" in found) == m.ci, m.key
    ranking = ["evaluate", "ranking", *_ranking_files(tmp_path), "-m", "tfidf", "--k", "1,3", "--bootstrap", "30"]
    table, found = _cli(capsys, ranking), json.loads(_cli(capsys, ranking + ["--json"]))["tfidf"]
    for m in metricset.of_kind(RANKING):
        for k in (1, 3):
            assert m.title(k) in table and m.name(k) in found and f"{m.name(k)}_ci" in found
    card = _cli(capsys, ["scorecard", str(SAMPLE / "resumes"), str(SAMPLE / "gigs"), "-q", "--labels",
                         str(SAMPLE / "labels.csv"), "-m", "tfidf", "--bootstrap", "30"])
    assert all(f"{m.label} 95% CI" in card for m in metricset.of_kind(PAIR) if m.headline)


def test_the_calibrated_figures_reach_the_evaluation_page(sample_comparison):
    from matchlens.evaluation.labeled import evaluate_comparison, metrics_table

    comp, labels = sample_comparison
    evaluation = evaluate_comparison(comp, labels, n_boot=0)
    table = metrics_table(evaluation)
    for m in metricset.of_kind(PAIR):
        assert all(m.key in ev.metrics for model, ev in evaluation.items() if model == "tfidf"), m.key
        if m.shown or m.page:
            assert m.key in table.columns


FAKE = Metric("fake", "Fake figure", PAIR, lambda p: float(p.y.mean()), ci=True, fast=lambda p: float(p.y.mean()),
              shown=True, headline=True)
FAKE_RANK = Metric("first", "First place", RANKING, lambda s, rel, k: (s.argmax(axis=1) == rel.argmax(axis=1)) * 1.0,
                   ci=True, help="share of queries whose top item is the most relevant one")


def test_a_metric_added_to_the_table_shows_everywhere(monkeypatch, sample_comparison, capsys):
    from matchlens.evaluation.scorecard import scorecard

    monkeypatch.setattr(metricset, "METRICS", metricset.METRICS + (FAKE, FAKE_RANK))
    out = metrics.pair_metrics([0.1, 0.4, 0.35, 0.8], [0, 0, 1, 1], n_boot=50)
    assert out["fake"] == 0.5 and np.isfinite(out["fake_ci"]).all()
    ranked = metrics.ranking_metrics(np.array([[0.9, 0.1], [0.8, 0.2]]), np.array([[1, 0], [0, 1]]), ks=(1,),
                                     n_boot=50)
    assert ranked["first"] == 0.5 and "first_ci" in ranked
    assert metric_label("fake") == "Fake figure" and metric_label("first_ci") == "First place 95% CI"
    table = _cli(capsys, ["evaluate", "pairs", str(SAMPLE / "pairs.csv"), "-m", "tfidf", "--bootstrap", "0"])
    assert "Fake figure" in table.splitlines()[0]
    comp, labels = sample_comparison
    card = scorecard(comp, labels, n_boot=50).table
    assert {"fake", "fake_ci"} <= set(card.columns)


def test_the_ranking_figures_keep_their_expectation_under_ties():
    """The table's ranking functions are the tie-expectation ones (TF-IDF's many zeros decide nothing)."""
    scores = np.zeros((1, 4))
    rel = np.array([[1, 0, 0, 0]])
    out = metrics.ranking_metrics(scores, rel, ks=(1,), n_boot=0)
    assert out["mrr"] == pytest.approx((1 + 1 / 2 + 1 / 3 + 1 / 4) / 4) and out["hit@1"] == pytest.approx(0.25)
