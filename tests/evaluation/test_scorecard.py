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
