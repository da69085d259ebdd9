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


def test_a_resume_that_wins_every_gig_is_named_as_a_hub(tmp_path):
    """A model under which one long CV is the closest to every gig (as e5's mean of chunks did on real CVs)."""
    from matchlens.documents import Corpus, Document
    from matchlens.encoders.base import Encoder, EncoderInfo
    from matchlens.scoring.matching import compare
    from matchlens.views.analysis import hub_sentences, hubs

    class Hubby(Encoder):
        info = EncoderInfo("hubby", "test", "any", 12, None, True, source="hubby")
        cacheable = False

        def encode(self, texts, side="resume", progress=None):
            out = np.zeros((len(texts), 12), np.float32)
            for n, t in enumerate(texts):
                if t.startswith("gig"):
                    out[n, int(t[3])] = 1
                elif t.startswith("long"):
                    out[n, :6] = 1
                else:  # a focused CV: a little of its gig's direction, mostly its own
                    out[n, int(t[2])], out[n, 6 + int(t[2])] = 0.3, 0.95
            return out / np.linalg.norm(out, axis=1, keepdims=True)

    docs = [Document(f"r{i}", f"cv {i}", "resume", f"cv{i} focused", "fr") for i in range(6)]
    docs.append(Document("rx", "long cv", "resume", "long cv with every topic", "fr"))
    docs += [Document(f"g{j}", f"gig {j}", "gig", f"gig{j}", "fr") for j in range(6)]
    from matchlens.options import Options

    # raw scores (the hub reduction bi-encoders default to would take the hub away: tested in test_hubness)
    comp = compare(Corpus(docs), ["hubby"], encoders={"hubby": Hubby()}, options=Options(pinned=("hubness",)))
    table = hubs(comp)
    assert list(table["resume"]) == ["long cv"] and table["top-1 of gigs"][0] == 6
    assert "'long cv'" in hub_sentences(table, 6)[0] and "for 6 of 6 gigs" in hub_sentences(table, 6)[0]


def test_a_gig_with_no_fitting_resume_is_said_to_have_none(tmp_path):
    from matchlens.documents import Corpus, Document
    from matchlens.scoring.matching import compare
    from matchlens.views.analysis import no_good_match

    cvs = ["développeur python django api web", "développeur react javascript front", "data analyst sql power bi",
           "développeur java spring backend", "devops docker kubernetes aws", "développeur php symfony web",
           "data engineer python spark sql", "développeur mobile kotlin android"]
    gigs = ["mission développeur python django", "data analyst sql", "chauffeur poids lourd permis C transport"]
    docs = [Document(f"r{i}", f"cv {i}", "resume", t, "fr") for i, t in enumerate(cvs)]
    docs += [Document(f"g{j}", f"gig {j}", "gig", t, "fr") for j, t in enumerate(gigs)]
    weak = no_good_match(compare(Corpus(docs), ["tfidf"], cache=EmbeddingCache(tmp_path / "c")))
    assert list(weak["gig"]) == ["gig 2"]
    sample = compare(load_sample(), ["tfidf"], cache=EmbeddingCache(tmp_path / "s"))
    assert no_good_match(sample).empty  # every sample gig has its matching CV


def load_sample():
    from matchlens import load_corpus
    from tests.conftest import SAMPLE

    return load_corpus(SAMPLE / "resumes", SAMPLE / "gigs")
