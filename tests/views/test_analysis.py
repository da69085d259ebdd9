import numpy as np
import pytest

from matchlens.views import analysis
from matchlens.scoring.cache import EmbeddingCache
from matchlens.scoring.matching import compare


@pytest.fixture()
def comp(small_corpus, tiny_st_dir, tmp_path):
    return compare(small_corpus, ["tfidf", "tfidf-char", str(tiny_st_dir)], cache=EmbeddingCache(tmp_path / "c"))


def test_orderings_are_permutations(comp):
    for how in analysis.ORDERINGS:
        rows, cols = analysis.heatmap_order(comp, how, "tfidf")
        assert sorted(rows) == [0, 1, 2] and sorted(cols) == [0, 1]
    rows, _ = analysis.heatmap_order(comp, "name")
    assert [comp.resumes[i].name for i in rows] == sorted(d.name for d in comp.resumes)


def test_rank_correlation_is_a_symmetric_matrix_with_unit_diagonal(comp):
    corr = analysis.rank_correlation(comp, "kendall")
    assert np.allclose(np.diag(corr.values), 1) and np.allclose(corr.values, corr.values.T, equal_nan=True)


def test_disagreements_sorted_by_percentile_spread(comp):
    dis = analysis.disagreements(comp, top=4, labels={(comp.resumes[0].id, comp.gigs[0].id): "fit"})
    assert len(dis) == 4 and dis.spread.is_monotonic_decreasing
    row = dis.iloc[0]
    pcts = [row[f"{m} pct"] for m in comp.models]
    assert row.spread == pytest.approx(max(pcts) - min(pcts), abs=0.11)


def test_topk_side_by_side_lists_every_models_rank(comp):
    top = analysis.topk_side_by_side(comp, gig_idx=0, k=2, reference="tfidf")
    assert len(top) == 2 and list(top["tfidf rank"]) == [1, 2]
    assert {f"{m} rank" for m in comp.models} <= set(top.columns)


def test_label_matrix(comp):
    lab = analysis.label_matrix(comp, {("r2", "g2"): "fit", ("zz", "g1"): "no"})
    assert lab[1, 1] == "fit" and (lab == "").sum() == 5
