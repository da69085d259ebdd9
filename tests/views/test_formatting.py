"""One formatting layer: metric names, 3 significant digits, CIs, long names that stay distinct."""
import pandas as pd
import pytest

from matchlens.views.formatting import ci, display_table, metric_help, metric_label, number, shorten, shorten_all


@pytest.mark.parametrize("key, label", [("roc_auc", "ROC-AUC"), ("average_precision", "Average precision"),
                                        ("ndcg@10", "nDCG@10"), ("recall@5", "Recall@5"), ("mrr", "MRR"),
                                        ("hit@10", "Hit@10"), ("hit@1_ci", "Hit@1 95% CI"),
                                        ("roc_auc_ci", "ROC-AUC 95% CI"), ("unknown_key", "unknown_key")])
def test_metric_labels(key, label):
    assert metric_label(key) == label


def test_ranking_metrics_say_what_they_mean():
    assert "at least one relevant item in the top 10" in metric_help("hit@10")
    assert "share of each query's relevant items" in metric_help("recall@5")
    assert "first relevant item" in metric_help("mrr") and "expectation" in metric_help("mrr")
    assert metric_help("recall@5_ci").startswith("95% bootstrap interval")
    assert metric_help("recall") is None and metric_help("roc_auc") is None  # pair metrics: their own names


@pytest.mark.parametrize("x, text", [(0.863149, "0.863"), (12.53, "12.5"), (0.000123456, "0.000123"),
                                     (1240.0, "1,240"), (None, "—"), (float("nan"), "—"), (0.5, "0.5"), (0, "0")])
def test_numbers_have_three_significant_digits_and_never_six_decimals(x, text):
    assert number(x) == text


def test_ci_and_table():
    assert ci(0.75123, 0.9712) == "[0.751, 0.971]" and ci(float("nan"), 1) == ""
    t = display_table(pd.DataFrame({"model": ["a"], "roc_auc": [0.8631492], "mse": [0.0123456]}))
    assert list(t.columns) == ["model", "ROC-AUC", "MSE vs (cos+1)/2"] and t.iloc[0, 1] == 0.863


def test_long_names_keep_their_distinguishing_end():
    names = [f"Offre d'emploi - Développeur(se) Python Django - mission freelance à {city} [gigs.csv#{i}]"
             for i, city in enumerate(["Lyon", "Lille", "Lyon"])]
    short = shorten_all(names, 48)
    assert len(set(short)) == 3 and all(len(s) <= 48 for s in short)
    assert shorten("abc", 48) == "abc" and shorten("x" * 60, 20).count("…") == 1
