import json

import pandas as pd
import pytest

from matchlens.cli import main
from matchlens.labeled import evaluate_comparison, metrics_table, parse_labels
from matchlens.matching import compare


@pytest.fixture()
def pairs_csv(tmp_path):
    rows = [("Infirmière de nuit en réanimation", "Mission infirmier de nuit, soins", "fit"),
            ("Développeur Python Django", "Développeur Python pour API Django", 1),
            ("Cuisinier en brasserie", "Mission infirmier de nuit, soins", "no"),
            ("Développeur Python Django", "Cariste CACES entrepôt", 0),
            ("Cariste en entrepôt, CACES 3", "Cariste CACES entrepôt", 1),
            ("Cuisinier en brasserie", "Développeur Python pour API Django", "no"),
            ("Infirmière de nuit en réanimation", "Cariste CACES entrepôt", 0.5)]
    path = tmp_path / "pairs.csv"
    pd.DataFrame(rows, columns=["resume", "job", "label"]).to_csv(path, index=False)
    return path


def test_cli_evaluate_pairs_json_keys(pairs_csv, capsys):
    assert main(["evaluate", "pairs", str(pairs_csv), "-m", "tfidf", "-m", "tfidf-char", "--json",
                 "--bootstrap", "50"]) == 0
    out = json.loads(capsys.readouterr().out)
    for model in ("tfidf", "tfidf-char"):
        assert {"roc_auc", "average_precision", "f1", "precision", "recall", "threshold", "mse"} <= set(out[model])
    assert out["tfidf"]["roc_auc"] == 1.0  # keyword overlap separates this toy set perfectly


def test_cli_evaluate_ranking(tmp_path, capsys):
    q = pd.DataFrame({"text": ["infirmier de nuit", "développeur python"], "label": ["nurse", "dev"]})
    c = pd.DataFrame({"text": ["infirmière, soins de nuit", "python django", "cariste"],
                      "label": ["nurse", "dev", "warehouse"]})
    q.to_csv(tmp_path / "q.csv", index=False)
    c.to_csv(tmp_path / "c.csv", index=False)
    assert main(["evaluate", "ranking", "--queries", str(tmp_path / "q.csv"), "--corpus", str(tmp_path / "c.csv"),
                 "-m", "tfidf-char", "--k", "1,2", "--json", "--bootstrap", "20"]) == 0
    out = json.loads(capsys.readouterr().out)["tfidf-char"]
    assert {"mrr", "recall@1", "recall@2", "ndcg@1", "ndcg@2"} <= set(out)
    assert out["mrr"] == 1.0


def test_labels_words_and_numbers():
    assert parse_labels(["fit", "partial", "no", "1", "0.5"]).tolist() == [1, 0.5, 0, 1, 0.5]
    with pytest.raises(ValueError):
        parse_labels(["maybe?"])


def test_evaluation_of_corpus_labels_matches_metrics(small_corpus):
    small_corpus.labels = {("r1", "g1"): "fit", ("r1", "g2"): "no", ("r2", "g2"): "fit", ("r2", "g1"): "no",
                           ("r3", "g1"): "no", ("r3", "g2"): "no"}
    comp = compare(small_corpus, ["tfidf"], cache=None)
    evals = evaluate_comparison(comp, small_corpus.labels, n_boot=0, calibrate=None)
    m = evals["tfidf"].metrics
    assert m["n_pairs"] == 6 and m["n_positive"] == 2 and m["roc_auc"] == 1.0
    table = metrics_table(evals)
    assert list(table.model) == ["tfidf"]
