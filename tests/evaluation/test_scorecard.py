"""The scorecard's sentence never claims more than its intervals support."""
import numpy as np

from matchlens.evaluation.scorecard import paired_bootstrap, verdict


def test_a_clear_winner_is_named_with_its_interval():
    rng = np.random.default_rng(0)
    y = np.array([1, 0] * 100)
    groups = np.arange(200) // 2
    good = y + rng.normal(0, 0.3, 200)
    weak = rng.normal(0, 1, 200)
    boots = paired_bootstrap(y, {"e5": good, "tfidf": weak}, groups, 300)
    auc = {"e5": 0.98, "tfidf": 0.5}
    sentence = verdict(auc, boots, 200)
    assert sentence.startswith("e5 beats tfidf by 0.48 ROC-AUC [")


def test_no_claim_without_support_and_a_label_estimate():
    rng = np.random.default_rng(1)
    y = np.array([1, 0] * 15)
    groups = np.arange(30)
    a = y * 0.3 + rng.normal(0, 1, 30)
    b = rng.normal(0, 1, 30)
    boots = paired_bootstrap(y, {"e5": a, "tfidf": b}, groups, 300)
    from sklearn.metrics import roc_auc_score

    auc = {"e5": roc_auc_score(y, a), "tfidf": roc_auc_score(y, b)}
    sentence = verdict(auc, boots, 30)
    assert sentence.startswith("No model is reliably better than") and "on your 30 labelled pairs" in sentence
    assert "more labelled pairs would tell" in sentence or "within" in sentence


def test_weights_in_memory_are_measured_from_the_loaded_model(tiny_st_dir):
    """The memory column counts what the model really holds (torch parameters, fitted vocabularies)."""
    from matchlens.encoders import create
    from matchlens.evaluation.scorecard import weights_mb

    enc = create(f"st:{tiny_st_dir}")
    enc.encode(["python developer"])
    params = sum(p.numel() * p.element_size() for p in enc.model.parameters())
    assert weights_mb(enc) >= round(params / 1e6, 1) > 0
    small = create("tfidf").fit(["chef cuisine", "chauffeur route", "infirmier nuit"])
    big = create("tfidf").fit([f"w{i} w{i + 1} w{i + 2}" for i in range(20000)])
    assert (weights_mb(big) or 0) > (weights_mb(small) or 0)


def _ranking(rr: list[float], **extra) -> dict:
    rr = np.asarray(rr, dtype=float)
    return {"mrr": float(rr.mean()), "per_query_rr": rr.tolist(), "n_queries": len(rr), "n_queries_with_ties": 0,
            "ndcg@10": float(rr.mean()), **extra}


def test_ranking_rows_give_the_paired_mrr_difference_and_their_own_sentence():
    from matchlens.evaluation.scorecard import ranking_rows, ranking_verdict

    rng = np.random.default_rng(3)
    good = _ranking(np.clip(rng.uniform(0.6, 1.0, 80), 0, 1))
    weak = _ranking(rng.uniform(0.0, 0.4, 80), n_queries_with_ties=31)
    rows = ranking_rows({"tfidf": weak, "jobs": {**good, "hit@10": 0.9, "recall@10": 0.4}}, 300)
    assert rows["model"].tolist() == ["jobs", "tfidf"]
    assert list(rows.columns[:6]) == ["model", "mrr", "mrr_ci", "hit@10", "recall@10", "ndcg@10"]
    assert rows.loc[0, "hit@10"] == 0.9 and rows.loc[0, "recall@10"] == 0.4 and np.isnan(rows.loc[1, "hit@10"])
    lo, hi = rows.loc[1, "MRR difference 95% CI"]
    assert 0 < lo < rows.loc[1, "MRR difference to jobs"] < hi
    assert rows.loc[1, "ranking queries (with ties)"] == "80 (31)"
    sentence = ranking_verdict({"tfidf": weak, "jobs": good}, 300)
    assert sentence.startswith("jobs beats tfidf by") and "MRR" in sentence and "80 ranking queries" in sentence
    mid = rng.uniform(0.3, 0.7, 80)
    same = ranking_verdict({"tfidf": _ranking(mid), "jobs": _ranking(mid + rng.normal(0, 0.1, 80))}, 300)
    assert same.startswith("No model is reliably better than tfidf on your 80 ranking queries")


def test_the_scorecard_adds_ranking_columns_to_the_label_rows(small_corpus):
    from matchlens.evaluation.scorecard import scorecard
    from matchlens.scoring.cache import EmbeddingCache
    from matchlens.scoring.matching import compare

    comp = compare(small_corpus, ["tfidf", "tfidf-char"], cache=EmbeddingCache())
    labels = {("r1", "g1"): "fit", ("r2", "g2"): "fit", ("r1", "g2"): "no", ("r3", "g1"): "no", ("r2", "g1"): "no"}
    ranking = {"tfidf": _ranking([1, 0.5, 1, 1]), "tfidf-char": _ranking([0.5, 0.5, 1, 0.33])}
    card = scorecard(comp, labels, n_boot=200, ranking=ranking)
    assert {"roc_auc", "mrr", "mrr_ci", "MRR difference to tfidf"} <= set(card.table.columns)
    assert card.table.set_index("model").loc["tfidf", "mrr"] == 0.875
    assert "4 ranking queries" in card.sentence and "labelled pairs" in card.sentence
    alone = scorecard(comp, {}, n_boot=200, ranking=ranking)  # no labels yet: the ranking set still speaks
    assert len(alone.table) == 2 and "ranking queries" in alone.sentence and "Not enough labels" in alone.sentence


def test_cli_scorecard_with_a_ranking_set(tmp_path, capsys):
    import json

    import pandas as pd

    from matchlens.cli import main
    from tests.conftest import SAMPLE

    pd.DataFrame({"text": ["infirmier de nuit en hôpital", "développeur python django", "cariste en entrepôt"],
                  "label": ["nurse", "dev", "warehouse"]}).to_csv(tmp_path / "q.csv", index=False)
    pd.DataFrame({"text": ["infirmière, soins de nuit, hôpital", "python django api", "cariste CACES, stock",
                           "cuisinier"], "label": ["nurse", "dev", "warehouse", "cook"]}).to_csv(tmp_path / "c.csv",
                                                                                               index=False)
    args = ["scorecard", str(SAMPLE / "resumes"), str(SAMPLE / "gigs"), "-q", "--labels",
            str(SAMPLE / "labels.csv"), "-m", "tfidf", "-m", "tfidf-char", "--bootstrap", "100",
            "--ranking-queries", str(tmp_path / "q.csv"), "--ranking-corpus", str(tmp_path / "c.csv")]
    assert main(args + ["--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    rows = {r["model"]: r for r in out["table"]}
    assert rows["tfidf"]["mrr"] == 1.0 and "3 ranking queries" in out["sentence"]
    assert rows["tfidf"]["hit@10"] == 1.0 and rows["tfidf"]["recall@10"] == 1.0
    assert main(args) == 0
    text = capsys.readouterr().out
    assert all(name in text for name in ("MRR", "Hit@10", "Recall@10", "recall@k the share of each query"))
    assert main(args[:-2]) != 0  # a ranking set needs its corpus too
    assert "--ranking-corpus" in capsys.readouterr().err


def test_the_fairness_columns_show_each_models_worst_audit_figures(small_corpus):
    """The lowest impact ratio (with its group and CI) and the largest rank change, per model; empty without an
    audit."""
    from matchlens.evaluation.audit import audit
    from matchlens.evaluation.scorecard import scorecard
    from matchlens.scoring.cache import EmbeddingCache
    from matchlens.scoring.matching import Options, compare

    comp = compare(small_corpus, ["tfidf", "tfidf-char"], Options(blind=False), cache=EmbeddingCache())
    labels = {("r1", "g1"): "fit", ("r2", "g2"): "fit", ("r1", "g2"): "no", ("r3", "g1"): "no", ("r2", "g1"): "no"}
    result = audit(comp, k=1, n_boot=100)
    card = scorecard(comp, labels, n_boot=100, audit=result).table.set_index("model")
    for m in ("tfidf", "tfidf-char"):
        sel, moves = result.selection[result.selection["model"] == m], result.table[result.table["model"] == m]
        assert card.loc[m, "lowest impact ratio (audit)"] == sel["impact ratio"].min()
        assert card.loc[m, "least selected group (audit)"] in set(sel["group"])
        lo, hi = card.loc[m, "impact ratio 95% CI"]
        assert lo <= card.loc[m, "lowest impact ratio (audit)"] <= hi
        assert card.loc[m, "max rank change (audit)"] == moves["max rank change"].max()
    bare = scorecard(comp, labels, n_boot=100).table
    assert bare["lowest impact ratio (audit)"].isna().all() and bare["max rank change (audit)"].isna().all()


def test_the_language_probe_pairs_translations_by_the_names_masking_found_once(monkeypatch):
    """The probe finds the same person's CV in two languages by the name words masking found; those come from the
    masking scoring does (kept in memory), so a Scorecard of 2,000 resumes no longer masks each one again (12 s)."""
    from matchlens.documents import Corpus, Document
    from matchlens.evaluation import scorecard
    from matchlens.options import Options
    from matchlens.preprocess import masking
    from matchlens.scoring.matching import compare

    docs = [Document("r1", "fr_nurse.txt", "resume", "Amina Diallo\nInfirmière de nuit, soins aux patients.", "fr"),
            Document("r2", "en_nurse.txt", "resume", "Amina Diallo\nNight nurse, patient care in hospital.", "en"),
            Document("r3", "cook.txt", "resume", "Paul Martin\nCuisinier en restaurant, cuisine traditionnelle.", "fr")]
    docs += [Document(f"f{i}", f"f{i}.txt", "resume", f"Cariste {i} ans chez Geodis, CACES 3, équipe de nuit.", "fr")
             for i in range(masking.POOL_MIN)]  # many: masked in the worker processes, as 2,000 resumes are
    docs += [Document(f"g{i}", f"g{i}.txt", "gig", text, "fr") for i, text in enumerate(
        ["Infirmier de nuit à l'hôpital.", "Cuisinier de collectivité.", "Développeur Python.", "Aide-soignant."])]
    comp = compare(Corpus(docs), ["tfidf"], options=Options(blind=False))
    masking._FOUND.clear()
    masking.mask.cache_clear()
    assert masking.start_workers()
    masking.blind_texts([d.text for d in docs if d.kind == "resume"])  # what scoring does
    masking.mask.cache_clear()

    def masked_again(text):
        raise AssertionError("masked again")

    monkeypatch.setattr(masking, "_mask", masked_again)
    assert scorecard._translations(comp) == [(0, 1)]
    assert scorecard.language_probe(comp, "tfidf") is not None
