import numpy as np
import pytest
from sklearn.metrics import average_precision_score, f1_score, ndcg_score, roc_auc_score

from matchlens.evaluation import calibration, metrics as evaluation


@pytest.fixture()
def fixture_pairs():
    rng = np.random.default_rng(0)
    labels = np.array([1, 1, 0.5, 0, 0, 1, 0, 0.5, 0, 1, 0, 0] * 5, dtype=float)
    scores = labels * 0.4 + rng.normal(0, 0.2, len(labels))
    return scores, labels


def test_pair_metrics_agree_with_sklearn_by_hand(fixture_pairs):
    s, lab = fixture_pairs
    y = (lab >= 1).astype(int)
    m = evaluation.pair_metrics(s, lab, threshold=0.2, n_boot=0)
    assert m["roc_auc"] == pytest.approx(roc_auc_score(y, s))
    assert m["average_precision"] == pytest.approx(average_precision_score(y, s))
    assert m["f1"] == pytest.approx(f1_score(y, (s >= 0.2).astype(int)))
    assert m["mse"] == pytest.approx(np.mean((lab - (s + 1) / 2) ** 2))
    assert m["primary_metric"] == "average_precision"
    partial_pos = evaluation.pair_metrics(s, lab, positive_min=0.5, n_boot=0)
    assert partial_pos["n_positive"] == int((lab >= 0.5).sum())


def test_f1_optimal_threshold_is_optimal(fixture_pairs):
    s, lab = fixture_pairs
    y = (lab >= 1).astype(int)
    t, best = evaluation.best_f1_threshold(y, s)
    grid = [f1_score(y, (s >= c).astype(int)) for c in np.unique(s)]
    assert best == pytest.approx(max(grid))


def test_bootstrap_ci_brackets_the_estimate(fixture_pairs):
    s, lab = fixture_pairs
    m = evaluation.pair_metrics(s, lab, n_boot=200, seed=1)
    lo, hi = m["roc_auc_ci"]
    assert lo <= m["roc_auc"] <= hi and hi - lo > 0


def test_single_class_is_reported_not_raised():
    m = evaluation.pair_metrics([0.1, 0.2], [0, 0], n_boot=0)
    assert "error" in m


def test_ranking_metrics_by_hand():
    scores = np.array([[0.9, 0.1, 0.5], [0.2, 0.8, 0.3], [0.1, 0.2, 0.3]])
    rel = np.array([[0, 0, 1], [0, 1, 0], [0, 0, 0]])
    m = evaluation.ranking_metrics(scores, rel, ks=(1, 2), n_boot=0)
    assert m["n_queries"] == 2 and m["n_skipped"] == 1
    assert m["mrr"] == pytest.approx((1 / 2 + 1) / 2)
    assert m["recall@1"] == pytest.approx(0.5) and m["recall@2"] == pytest.approx(1.0)
    assert m["ndcg@2"] == pytest.approx(np.mean([ndcg_score(rel[i:i + 1], scores[i:i + 1], k=2) for i in range(2)]))


def test_calibration_makes_scores_probabilities(fixture_pairs):
    s, lab = fixture_pairs
    y = (lab >= 1).astype(int)
    for method in calibration.METHODS:
        cal = calibration.fit(s, y, method)
        p = cal.predict(s)
        assert ((p >= 0) & (p <= 1)).all()
        assert (np.diff(p[np.argsort(s)]) >= -1e-12).all()  # monotone in the score
        again = calibration.Calibrator.from_json(cal.to_json())
        assert np.allclose(again.predict(s), p)


def test_grouped_split_never_shares_a_resume_or_gig():
    r = [f"r{i % 10}" for i in range(100)]
    g = [f"g{i // 10}" for i in range(100)]
    train, test = calibration.grouped_split(r, g, 0.3, seed=0)
    assert train.any() and test.any() and not (train & test).any()
    assert not {r[i] for i in np.nonzero(train)[0]} & {r[i] for i in np.nonzero(test)[0]}
    assert not {g[i] for i in np.nonzero(train)[0]} & {g[i] for i in np.nonzero(test)[0]}


def test_calibration_is_saved_with_the_model(fixture_pairs):
    s, lab = fixture_pairs
    cal = calibration.fit(s, (lab >= 1).astype(int), "platt")
    calibration.save_for_model("tfidf", cal)
    again = calibration.load_for_model("tfidf")
    assert np.allclose(again.predict(s), cal.predict(s))
    assert calibration.load_for_model("never-saved") is None


def test_fast_bootstrap_metrics_equal_sklearn():
    """The numpy twins used in the bootstrap give sklearn's values, ties and single-class cases included."""
    from sklearn.metrics import average_precision_score, f1_score, roc_auc_score

    from matchlens.evaluation.metrics import fast_average_precision, fast_f1, fast_roc_auc

    rng = np.random.default_rng(0)
    for trial in range(300):
        n = int(rng.integers(2, 40))
        y = rng.integers(0, 2, n)
        s = rng.integers(0, 6, n) / 5.0 if trial % 2 else rng.random(n)  # half the trials full of ties
        pred = s >= 0.5
        assert fast_f1(y, pred) == pytest.approx(f1_score(y, pred.astype(int), zero_division=0))
        if len(np.unique(y)) < 2:
            assert np.isnan(fast_roc_auc(y, s))
            continue
        assert fast_roc_auc(y, s) == pytest.approx(roc_auc_score(y, s), abs=1e-12)
        assert fast_average_precision(y, s) == pytest.approx(average_precision_score(y, s), abs=1e-12)


def test_ranking_metrics_use_the_expected_reciprocal_rank_under_ties():
    from matchlens.evaluation.metrics import ranking_metrics

    scores = np.array([[0.0, 0.0, 0.0, 0.0], [0.9, 0.1, 0.0, 0.0], [0.0, 0.0, 0.0, 0.0]])  # all tied: TF-IDF zeros
    rel = np.array([[0, 0, 0, 1], [1, 0, 0, 0], [0, 1, 1, 0]])
    out = ranking_metrics(scores, rel, ks=(1,), n_boot=0)
    # one relevant among 4 tied: at position 1..4 alike; two among 4: first at 1, 2, 3 with P 1/2, 1/3, 1/6
    assert out["per_query_rr"] == pytest.approx([(1 + 1 / 2 + 1 / 3 + 1 / 4) / 4, 1.0, 1 / 2 + 1 / 6 + 1 / 18])
    assert out["hit@1"] == pytest.approx((1 / 4 + 1 + 1 / 2) / 3)
    assert out["recall@1"] == pytest.approx((1 / 4 + 1 + 1 / 4) / 3)  # one of 4 tied slots: 2/4 of 2 relevant
    assert out["n_queries_with_ties"] == 2


def test_hit_at_k_counts_queries_recall_at_k_counts_relevant_items():
    """Four right answers, one of them first: hit@1 is 1 (a right one is on top), recall@1 is 1/4."""
    from matchlens.evaluation.metrics import ranking_metrics

    out = ranking_metrics(np.array([[0.9, 0.1, 0.2, 0.3, 0.4]]), np.array([[1, 1, 1, 1, 0]]), ks=(1, 5), n_boot=0)
    assert out["hit@1"] == 1.0 and out["recall@1"] == 0.25
    assert out["hit@5"] == out["recall@5"] == 1.0


def test_first_relevant_position_is_the_hypergeometric_first_success():
    from math import comb

    from matchlens.evaluation.metrics import first_relevant_position

    for t in range(1, 40):
        for r in range(1, t + 1):
            p = first_relevant_position(t, r)
            exact = [comb(t - j, r - 1) / comb(t, r) for j in range(1, t - r + 2)]
            np.testing.assert_allclose(p, exact, rtol=1e-12)
    assert first_relevant_position(3000, 32).sum() == pytest.approx(1.0)


def _monte_carlo(scores: np.ndarray, rel: np.ndarray, k: int, n: int = 20000, seed: int = 0) -> dict:
    """Per-query means of RR, hit@k, recall@k and nDCG@k (linear gains, 1/log2(1+rank)) over n random orders of
    tied scores: a random key breaks each tie, independently of the metrics' code."""
    rng = np.random.default_rng(seed)
    keys = rng.random((n, *scores.shape))
    order = np.lexsort((keys, np.broadcast_to(-scores, keys.shape)), axis=-1)
    ranked = np.take_along_axis(np.broadcast_to(rel, keys.shape), order, axis=-1)
    first = (ranked > 0).argmax(axis=-1) + 1
    disc = 1.0 / np.log2(np.arange(2, scores.shape[1] + 2))
    ideal = (-np.sort(-rel, axis=1)[:, :k] * disc[:k]).sum(axis=1)
    return {"rr": (1.0 / first).mean(axis=0), f"hit@{k}": (first <= k).mean(axis=0),
            f"recall@{k}": ((ranked[..., :k] > 0).sum(-1) / (rel > 0).sum(1)).mean(axis=0),
            f"ndcg@{k}": ((ranked[..., :k] * disc[:k]).sum(-1) / ideal).mean(axis=0)}


def test_ranking_metrics_are_their_expectation_under_random_tie_breaking():
    """Against an independent Monte-Carlo of random tie-breaking, on small score matrices full of ties."""
    from matchlens.evaluation.metrics import expected_hit_at, expected_recall_at, ranking_metrics

    rng = np.random.default_rng(7)
    for trial in range(6):
        scores = rng.integers(0, 3, (6, 9)).astype(float)  # three distinct scores: every query has ties
        rel = rng.integers(0, 3, (6, 9)) * (rng.random((6, 9)) < 0.35)
        rel[:, 0] = np.maximum(rel[:, 0], 1)  # each query has a relevant item
        k = int(rng.integers(1, 5))
        mc = _monte_carlo(scores, rel, k, seed=trial)
        out = ranking_metrics(scores, rel, ks=(k,), n_boot=0)
        np.testing.assert_allclose(out["per_query_rr"], mc["rr"], atol=1e-2)
        for name in (f"hit@{k}", f"recall@{k}", f"ndcg@{k}"):
            assert out[name] == pytest.approx(mc[name].mean(), abs=1e-2), name
        np.testing.assert_allclose(expected_hit_at(scores, rel > 0, k), mc[f"hit@{k}"], atol=1e-2)
        np.testing.assert_allclose(expected_recall_at(scores, rel > 0, k), mc[f"recall@{k}"], atol=1e-2)


def test_without_ties_the_figures_are_those_of_the_sorted_order():
    """No ties: MRR, recall@k and nDCG@k equal the figures of the one order there is (as before), bit for bit."""
    from matchlens.evaluation.metrics import ranking_metrics

    rng = np.random.default_rng(1)
    scores = rng.random((30, 25))
    rel = (rng.random((30, 25)) < 0.15) * rng.integers(1, 3, (30, 25))
    rel[:, 3] = 1
    out = ranking_metrics(scores, rel, ks=(1, 5, 10), n_boot=0)
    ranked = np.take_along_axis(rel, np.argsort(-scores, axis=1, kind="stable"), axis=1) > 0
    assert out["per_query_rr"] == (1.0 / (ranked.argmax(axis=1) + 1)).tolist()
    assert out["n_queries_with_ties"] == 0
    for k in (1, 5, 10):
        assert out[f"recall@{k}"] == float((ranked[:, :k].sum(axis=1) / ranked.sum(axis=1)).mean())
        assert out[f"hit@{k}"] == float(ranked[:, :k].any(axis=1).mean())
        assert out[f"ndcg@{k}"] == float(np.mean([ndcg_score(rel[i:i + 1], scores[i:i + 1], k=k) for i in range(30)]))


def test_ranking_metrics_report_a_hub_that_tops_every_query():
    from matchlens.evaluation.metrics import ranking_metrics

    rel = np.eye(4)
    fair = ranking_metrics(np.eye(4) + 0.01, rel, n_boot=0)
    hub = ranking_metrics(np.tile([0.9, 0.1, 0.1, 0.1], (4, 1)) + np.eye(4) * 0.05, rel, n_boot=0)
    assert fair["top_hub_share"] == 0.25 and hub["top_hub_share"] == 1.0
