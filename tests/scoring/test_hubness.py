"""Long documents and hubs (#33 part 1): mean of the top-k chunk pairs, hubness reduction, family defaults."""
from __future__ import annotations

import numpy as np
import pytest

from matchlens.options import HUBNESS, Options, chosen, for_family, with_values
from matchlens.scoring import aggregate, hubness
from matchlens.scoring.similarity import max_chunk_pairs


def _chunks(seed: int = 0, na: int = 7, nb: int = 5):
    rng = np.random.default_rng(seed)
    oa = np.repeat(np.arange(na), rng.integers(1, 5, na))
    ob = np.repeat(np.arange(nb), rng.integers(1, 4, nb))
    return (rng.normal(size=(len(oa), 8)).astype(np.float32), oa,
            rng.normal(size=(len(ob), 8)).astype(np.float32), ob, na, nb)


@pytest.mark.parametrize("k", [1, 2, 3, 50])
def test_mean_top_k_pairs_is_the_mean_of_each_pairs_k_best_chunk_cosines(k, monkeypatch):
    ca, oa, cb, ob, na, nb = _chunks()
    want = np.array([[np.sort((ca[oa == i] @ cb[ob == j].T).ravel())[::-1][:k].mean() for j in range(nb)]
                     for i in range(na)])
    assert np.allclose(aggregate.mean_top_k_pairs(ca, oa, cb, ob, na, nb, k), want, atol=1e-5)
    monkeypatch.setattr(aggregate, "CELLS", 1)  # one resume at a time: the blocks must not change a score
    assert np.allclose(aggregate.mean_top_k_pairs(ca, oa, cb, ob, na, nb, k), want, atol=1e-5)


def test_top1_is_the_best_chunk_pair():
    ca, oa, cb, ob, na, nb = _chunks(1)
    assert np.allclose(aggregate.mean_top_k_pairs(ca, oa, cb, ob, na, nb, 1), max_chunk_pairs(ca, oa, cb, ob, na, nb))


def _with_hub(seed: int = 0, n: int = 40, m: int = 30) -> np.ndarray:
    """Resumes x gigs: resume j is gig j's match (+0.3); resume 39 is a hub (+0.32 for every gig)."""
    rng = np.random.default_rng(seed)
    s = rng.normal(0.5, 0.05, (n, m))
    s[np.arange(m), np.arange(m)] += 0.3
    s[n - 1] += 0.32
    return s.astype(np.float32)


@pytest.mark.parametrize("method", ["csls", "z", "mp"])
def test_a_reduction_takes_the_hub_off_the_top_and_keeps_each_gigs_match(method):
    s = _with_hub()
    raw_first = s.argmax(axis=0)
    assert (raw_first == len(s) - 1).mean() > 0.3            # the hub comes first for many gigs
    red = hubness.reduce(s, method)
    assert red.shape == s.shape and red.dtype == np.float32 and np.isfinite(red).all()
    assert (red.argmax(axis=0) == np.arange(s.shape[1])).mean() > 0.9   # each gig finds its own resume again


@pytest.mark.parametrize("method", ["csls", "z", "mp"])
def test_other_rows_reduce_against_the_corpus_as_its_own_rows_do(method):
    s = _with_hub(1)
    assert np.allclose(hubness.reduce(s[3:5], method, corpus=s), hubness.reduce(s, method)[3:5], atol=1e-5)


def test_none_and_unknown_methods():
    s = _with_hub()
    assert hubness.reduce(s, "none") is s
    with pytest.raises(ValueError, match="hubness reduction must be one of"):
        hubness.reduce(s, "magic")
    assert tuple(hubness.METHODS) == HUBNESS


def test_k_occurrence_and_its_skewness():
    from scipy.stats import skew

    s = _with_hub()
    occ = hubness.k_occurrence(s.T, 1)                   # queries (gigs) x corpus (resumes)
    assert occ.sum() == s.shape[1] and occ[-1] == (s.argmax(axis=0) == len(s) - 1).sum()
    assert hubness.k_skewness(s.T, 1) == pytest.approx(skew(occ))
    assert hubness.k_skewness(s.T, 1) > hubness.k_skewness(hubness.reduce(s, "z").T, 1)
    assert hubness.k_skewness(np.ones((3, 3)), 3) == 0.0


def test_a_family_default_fills_only_what_the_user_did_not_choose():
    fam = {"aggregation": "mean", "hubness": "z", "tokens": "words"}
    assert for_family(Options(), fam).hubness == "z" and for_family(Options(), fam).chunking.aggregation == "mean"
    mine = with_values(Options(), {"aggregation": "max", "hubness": "none"}, pin=True)  # chosen, equal to global
    assert chosen(mine, "aggregation") and for_family(mine, fam) == mine
    other = with_values(Options(), {"hubness": "csls"})                                   # set, not pinned
    assert chosen(other, "hubness") and for_family(other, fam).hubness == "csls"
    with pytest.raises(ValueError, match="pinned options must be among"):
        Options(pinned=frozenset({"colour"}))
    with pytest.raises(ValueError, match="hubness must be one of"):
        Options(hubness="magic")


RESUMES = ["python developer django flask api", "nurse hospital care patients night shifts",
           "chef kitchen cooking menu restaurant", "python data analyst pandas sql reports",
           "warehouse forklift logistics stock"]
GIGS = ["Developer\npython django api", "Nurse\nhospital patients care", "Data analyst\nsql pandas reports"]


def test_score_model_applies_the_family_default_unless_the_user_chose():
    from matchlens.scoring.pairs import score_matrix
    from matchlens.scoring.matching import score_model
    from matchlens.scoring.pairs import text_docs

    raw = score_matrix("bm25", RESUMES, GIGS, with_values(Options(), {"hubness": "none"}, pin=True))
    default = score_model("bm25", text_docs(RESUMES, "resume"), text_docs(GIGS, "gig"), Options())
    assert default.options.hubness == "z" and default.info.score_kind == "unbounded"
    assert np.allclose(default.scores, hubness.reduce(raw, "z"), atol=1e-5)
    tfidf = score_model("tfidf", text_docs(RESUMES, "resume"), text_docs(GIGS, "gig"), Options())
    assert tfidf.options.hubness == "none" and tfidf.info.score_kind == "cosine"


def test_options_with_hubness_and_pinned_survive_a_workspace_round_trip(tmp_path):
    from matchlens.documents import Corpus, Document
    from matchlens import workspace

    opts = with_values(Options(), {"hubness": "csls", "aggregation": "max"}, pin=True)
    corpus = Corpus([Document("r1", "r1", "resume", "python developer"), Document("g1", "g1", "gig", "dev")])
    workspace.save(tmp_path, corpus, ["tfidf"], opts)
    assert workspace.load(tmp_path)[2] == opts


def test_one_z_score_and_one_k_occurrence_for_the_whole_package(monkeypatch):
    """The z view, z-score fusion and the hubness reductions standardise with similarity.standardise; the Compare
    page's hubs count top-k places with hubness.k_occurrence: a change to either reaches every reader."""
    from types import SimpleNamespace

    from matchlens.documents import Document
    from matchlens.scoring import similarity
    from matchlens.views import analysis

    s = _with_hub().astype(np.float64)
    z = 0.5 * (similarity.standardise(s, 1) + similarity.standardise(s, 0))
    assert np.allclose(hubness.reduce(s, "z"), z, atol=1e-6)
    assert np.allclose(similarity.zscore_per_gig(s), similarity.standardise(s, 0), atol=1e-6)
    flat = np.ones((4, 3))
    assert (similarity.standardise(flat, 0) == 0).all() and (hubness.reduce(flat, "z") == 0).all()

    calls = []
    real = similarity.standardise
    monkeypatch.setattr(similarity, "standardise", lambda *a, **k: calls.append(a[1]) or real(*a, **k))
    monkeypatch.setattr(hubness, "standardise", similarity.standardise)  # as the module reads it
    similarity.zscore_per_gig(s)
    hubness.reduce(s, "z")
    hubness.reduce(s, "mp")
    assert calls == [0, 1, 0, 1, 0]

    docs = [Document(f"r{i}", f"r{i}", "resume", "x") for i in range(len(s))]
    gigs = [Document(f"g{j}", f"g{j}", "gig", "x") for j in range(s.shape[1])]
    comp = SimpleNamespace(resumes=docs, gigs=gigs, results={"m": SimpleNamespace(scores=s.astype(np.float32))})
    counted = []
    monkeypatch.setattr(hubness, "k_occurrence", lambda m, k: counted.append(m.shape) or np.bincount(
        m.argmax(axis=1), minlength=m.shape[1]))
    table = analysis.hubs(comp)
    assert counted == [(s.shape[1], len(s))] and table["resume"].tolist() == [f"r{len(s) - 1}"]
