import json

import pandas as pd
import pytest

from matchlens.cli import main
from matchlens.evaluation.labeled import evaluate_comparison, metrics_table, parse_labels
from matchlens.scoring.matching import compare


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
    assert {"mrr", "hit@1", "hit@2", "recall@1", "recall@2", "ndcg@1", "ndcg@2", "hit@1_ci", "recall@1_ci"} <= set(out)
    assert out["mrr"] == out["hit@1"] == 1.0
    assert main(["evaluate", "ranking", "--queries", str(tmp_path / "q.csv"), "--corpus", str(tmp_path / "c.csv"),
                 "-m", "tfidf-char", "--k", "1,2", "--bootstrap", "20"]) == 0
    table = capsys.readouterr().out
    header = table.splitlines()[0].split()
    assert header == ["model", "MRR", "Hit@1", "Hit@2", "Recall@1", "Recall@2", "nDCG@1", "nDCG@2"]
    assert "hit@k the share of queries with at least one relevant item in the top k" in table


def test_ranking_sets_from_french_exports_and_files_missing_a_column(tmp_path):
    from matchlens.evaluation.labeled import evaluate_pairs_file, ranking_set

    (tmp_path / "q.csv").write_bytes("texte;label\ninfirmier de nuit;soins\n".encode("cp1252"))
    (tmp_path / "c.csv").write_bytes("texte;label\ninfirmière, soins de nuit;soins\ncariste;entrepôt\n".encode("cp1252"))
    qt, ct, rel = ranking_set(str(tmp_path / "q.csv"), str(tmp_path / "c.csv"), "texte", "label", None)
    assert ct == ["infirmière, soins de nuit", "cariste"] and rel.tolist() == [[1.0, 0.0]]
    with pytest.raises(ValueError, match="q.csv: no column 'text' \\(columns: texte, label\\)"):
        ranking_set(str(tmp_path / "q.csv"), str(tmp_path / "c.csv"), "text", "label", None)
    (tmp_path / "p.csv").write_text("resume,job,label\na,b,?\n", encoding="utf-8")
    with pytest.raises(ValueError, match="no pair with a readable label.*row\\(s\\) 1"):
        evaluate_pairs_file(str(tmp_path / "p.csv"), ["tfidf"], n_boot=0)


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


def test_tune_hybrid_weights_on_labels_beat_or_match_each_component():
    import numpy as np

    from matchlens.scoring import fusion
    from matchlens.ingest.corpus import load_corpus
    from matchlens.evaluation.labeled import corpus_pairs, tune_hybrid
    from tests.conftest import SAMPLE

    corpus = load_corpus(SAMPLE / "resumes", SAMPLE / "gigs", labels=SAMPLE / "labels.csv")
    comp = compare(corpus, ["tfidf", "tfidf-char", "bm25"])
    choice = tune_hybrid(comp, corpus.labels, ["tfidf", "tfidf-char", "bm25"], "z")
    assert sum(choice.weights) == pytest.approx(1.0, abs=1e-3) and len(choice.weights) == 3
    assert set(choice.heldout) == {"tfidf", "tfidf-char", "bm25", choice.name}
    assert choice.n_fit > 0 and choice.n_heldout > 0
    # the grid contains each component alone, so on the pairs it was fitted on it cannot do worse
    from sklearn.metrics import average_precision_score
    from matchlens.evaluation.calibration import grouped_split

    pairs, lab = corpus_pairs(comp, corpus.labels)
    ri, gi = np.array([p[0] for p in pairs]), np.array([p[1] for p in pairs])
    train, _ = grouped_split(ri, gi, 0.4, 0)
    for m in ("tfidf", "tfidf-char", "bm25"):
        ap = average_precision_score(lab[train] >= 1, comp.results[m].scores[ri[train], gi[train]])
        assert choice.fit_ap >= ap - 1e-9
    # the name is a model: it reproduces the fused scores inside a comparison
    again = compare(corpus, [choice.name])
    expected = fusion.fuse([comp.results[m].scores for m in ("tfidf", "tfidf-char", "bm25")], "z", choice.weights)
    np.testing.assert_allclose(again.results[choice.name].scores, expected, atol=1e-5)
    with pytest.raises(ValueError, match="at least two"):
        tune_hybrid(comp, corpus.labels, ["tfidf"])


def test_cli_evaluate_hybrid_prints_a_usable_model_name(capsys):
    from matchlens.scoring import fusion
    from tests.conftest import SAMPLE

    assert main(["evaluate", "hybrid", "--resumes", str(SAMPLE / "resumes"), "--gigs", str(SAMPLE / "gigs"),
                 "--labels", str(SAMPLE / "labels.csv"), "-m", "tfidf", "-m", "bm25", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    comps, method, weights = fusion.parse(out["name"])
    assert comps == ["tfidf", "bm25"] and method == "z" and weights == out["weights"]
    assert set(out["heldout"]) == {"tfidf", "bm25", out["name"]}


def test_ranking_with_a_reranker_keeps_the_order_beyond_the_shortlist(tmp_path, tiny_cross_dir):
    from matchlens.evaluation.labeled import evaluate_ranking_files

    q = pd.DataFrame({"text": ["infirmier de nuit", "développeur python"], "label": ["nurse", "dev"]})
    c = pd.DataFrame({"text": ["infirmière, soins de nuit", "python django", "cariste", "cuisinier"],
                      "label": ["nurse", "dev", "warehouse", "cook"]})
    q.to_csv(tmp_path / "q.csv", index=False)
    c.to_csv(tmp_path / "c.csv", index=False)
    name = f"rerank:cross:{tiny_cross_dir}@tfidf-char:1"
    res, errors = evaluate_ranking_files(str(tmp_path / "q.csv"), str(tmp_path / "c.csv"),
                                         ["tfidf-char", name, f"cross:{tiny_cross_dir}"], n_boot=0)
    assert "re-ranker" in errors[f"cross:{tiny_cross_dir}"]
    # k=1: the cross-encoder only confirms the retriever's first item, so the ranking cannot change
    assert res[name]["mrr"] == pytest.approx(res["tfidf-char"]["mrr"]) == 1.0


def test_a_part_with_weight_zero_is_named():
    from matchlens.evaluation.labeled import HybridChoice

    c = HybridChoice("hybrid:tfidf+use:z:0,1", [0.0, 1.0], 0.9, {}, 80, 40, ["tfidf", "use"])
    assert c.useless == ["tfidf"] and "tfidf adds nothing on these labels" in c.verdict()
    assert not HybridChoice("h", [0.3, 0.7], 0.9, {}, 80, 40, ["a", "b"]).useless


def test_hybrids_are_evaluated_on_ranking_files_like_single_models(tmp_path):
    import pandas as pd

    from matchlens.evaluation.labeled import evaluate_ranking_files

    q = pd.DataFrame({"id": ["q1", "q2", "q3"], "text": ["infirmière de nuit", "développeur python", "cariste"],
                      "label": ["a", "b", "c"]})
    c = pd.DataFrame({"id": ["c1", "c2", "c3", "c4"], "text": ["soins infirmiers de nuit", "python django api",
                                                                 "cariste entrepôt caces", "cuisine"],
                      "label": ["a", "b", "c", "d"]})
    q.to_csv(tmp_path / "q.csv", index=False)
    c.to_csv(tmp_path / "c.csv", index=False)
    res, err = evaluate_ranking_files(str(tmp_path / "q.csv"), str(tmp_path / "c.csv"),
                                      ["tfidf", "tfidf-char", "hybrid:tfidf+tfidf-char:rrf"], n_boot=0)
    assert not err and set(res) == {"tfidf", "tfidf-char", "hybrid:tfidf+tfidf-char:rrf"}
    assert res["hybrid:tfidf+tfidf-char:rrf"]["mrr"] > 0.5


def test_hybrids_are_evaluated_on_pairs_files(tmp_path):
    from matchlens.evaluation.labeled import evaluate_pairs_file

    rows = [("infirmière de nuit", "mission infirmier de nuit", 1), ("développeur python", "mission infirmier", 0),
            ("cariste caces", "cariste entrepôt", 1), ("cuisinier", "développeur python django", 0)] * 3
    path = tmp_path / "pairs.csv"
    path.write_text("resume,job,label\n" + "\n".join(f"{a},{b},{y}" for a, b, y in rows), encoding="utf-8")
    res, err = evaluate_pairs_file(str(path), ["tfidf", "hybrid:tfidf+tfidf-char:z"], n_boot=0)
    assert not err and res["hybrid:tfidf+tfidf-char:z"]["roc_auc"] > 0.7
    assert "mse" not in res["hybrid:tfidf+tfidf-char:z"]  # fused scores are not on a 0-1 scale


def _ranking_files(tmp_path):
    import csv

    jobs = ["infirmier de nuit", "chauffeur poids lourd", "développeur python", "cuisinier restaurant",
            "cariste entrepôt", "électricien chantier", "comptable paie", "serveur brasserie"]
    with open(tmp_path / "corpus.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["id", "text", "label"])
        for k, j in enumerate(jobs):
            w.writerow([f"c{k}", f"{j}\n{j.split()[0]}s et {j.split()[-1]}s", j])
    with open(tmp_path / "queries.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["id", "text", "label"])
        for k, j in enumerate(jobs * 2):
            w.writerow([f"q{k}", (j.split()[0] if k < len(jobs) else j.split()[-1][:5]) + " H/F", j])
    return tmp_path / "queries.csv", tmp_path / "corpus.csv"


def test_hybrid_weights_chosen_on_half_a_ranking_set_and_checked_on_the_rest(tmp_path):
    from matchlens.evaluation.labeled import tune_hybrid_ranking

    q, c = _ranking_files(tmp_path)
    from matchlens.scoring.cache import NullCache

    choice = tune_hybrid_ranking(str(q), str(c), ["tfidf", "tfidf-char"], cache=NullCache())
    assert choice.name.startswith("hybrid:tfidf+tfidf-char:z:") and abs(sum(choice.weights) - 1) < 1e-6
    assert choice.n_fit + choice.n_heldout == 16 and set(choice.heldout) == {"tfidf", "tfidf-char", choice.name}
    assert all(0 < v["mrr"] <= 1 for v in choice.heldout.values())


def test_cli_hybrid_on_a_ranking_set(tmp_path, capsys):
    import json

    from matchlens.cli import main

    q, c = _ranking_files(tmp_path)
    assert main(["evaluate", "hybrid", "--queries", str(q), "--corpus", str(c), "-m", "tfidf", "-m", "tfidf-char",
                 "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["name"].startswith("hybrid:") and "mrr" in out["heldout"]["tfidf"]
    assert main(["evaluate", "hybrid", "--queries", str(q), "-m", "tfidf", "-m", "bm25"]) == 2
