"""The Inspector at first visit (#28: 3.5 s at 2,000 x 300 when it judged every pair's requirements and fitted its
keyword model on the page): the views' warm-up prepares both, the page judges the selected pair only, and the
requirements and occupations still show for that pair. Sample data, TF-IDF, a four-occupation ESCO of the test's."""
from __future__ import annotations

import pytest

from matchlens.requirements.score import requirement_scores
from matchlens.scoring import memo
from matchlens.views import shortlist
from tests.ui.test_occupations_ui import esco_tfidf, sample_app  # noqa: F401  (the fixture is used by name)


def counts_line(assessment) -> str:
    c = assessment.counts()
    return f"**{c['met']} met, {c['partial']} partial, {c['missing']} missing**"


def test_first_visit_judges_the_selected_pair_only_and_shows_its_requirements_and_occupations(esco_tfidf,  # noqa: F811
                                                                                               monkeypatch):
    at = sample_app(["tfidf"])
    at.switch_page("pages/2_Heatmaps.py").run()  # scores, then the views' warm-up (tests wait for it)
    comp = at.session_state["comparison"][1]
    assert comp.has_derived("keyword-model")  # the Inspector's keyword model, fitted before any visit
    assert comp.has_derived(memo.key("requirement-judge", "tfidf"))  # its default breakdown, calibrated
    whole = requirement_scores("req:tfidf", comp.results["tfidf"], comp.resumes, comp.gigs, comp.options, None)[0]
    pairs = [(r, g) for r in range(len(comp.resumes)) for g in range(len(comp.gigs))]
    mixed = [p for p in pairs if 0 < whole.assess(*p).counts()["met"] < len(whole.assess(*p).items)]
    r, g = mixed[-1]  # a pair with items met and others not (not the page's default pair)
    expected = whole.assess(r, g)

    def every_pair(*a, **k):
        raise AssertionError("the Inspector scored the requirements of every pair to show one")

    monkeypatch.setattr(shortlist, "requirement_scores", every_pair)
    at.session_state["inspect"] = (comp.resumes[r].id, comp.gigs[g].id)  # what a heatmap click stores
    at.switch_page("pages/5_Inspector.py").run()
    assert not at.exception, at.exception
    assert [s.value for s in at.subheader] == ["Evidence", "Requirements", "Occupations"]
    assert any(m.value.startswith(counts_line(expected)) for m in at.markdown)
    table = next(d.value for d in at.dataframe if "evidence in the CV" in d.value.columns)
    assert list(table["requirement"]) == [i.text for i in expected.items]
    assert list(table["status"]) == expected.status and list(table["evidence in the CV"]) == expected.evidence
    lines = [m.value for m in at.markdown if "nearest occupations" in m.value]
    assert len(lines) == 2 and lines[0].startswith("**gig**") and lines[1].startswith("**resume**")


def test_the_pairs_occupations_show_without_tagging_every_document(esco_tfidf):  # noqa: F811
    """Once the occupations index loads without encoding, the Inspector tags its two documents only (every
    document's tags, for the Data page and the Map, are not needed for it), as every document's tags read them."""
    from matchlens.occupations import index, tags as occ
    from matchlens.ui.safe import md

    at = sample_app(["tfidf", "bm25"])  # a comparison of its own (the other tests' may hold every document's tags)
    at.switch_page("pages/2_Heatmaps.py").run()
    comp = at.session_state["comparison"][1]
    index.load_index("tfidf")  # as after any page's tags: in this process (the job model's: on disk)
    r, g = 2, len(comp.gigs) - 1
    at.session_state["inspect"] = (comp.resumes[r].id, comp.gigs[g].id)
    at.switch_page("pages/5_Inspector.py").run()
    assert not at.exception
    assert not comp.has_derived(memo.key("occupations-soon", "tfidf"))  # every document's: not computed
    every = occ.tag_comparison(comp, "tfidf")
    shown = [m.value for m in at.markdown if "nearest occupations" in m.value]
    assert shown == [f"**{who}**: nearest occupations " + md("; ".join(t.text() for t in every.of(kind, i)), 600)
                     for who, kind, i in (("gig", "gig", g), ("resume", "resume", r))]
    assert every.of("gig", g)  # a real comparison: the gig reads as some occupation


@pytest.mark.parametrize("model", ["tfidf"])
def test_the_breakdown_model_can_be_changed_and_is_judged_for_the_pair(esco_tfidf, model):  # noqa: F811
    at = sample_app([model, f"req:{model}"])
    at.switch_page("pages/5_Inspector.py").run()
    assert not at.exception
    box = next(s for s in at.selectbox if s.label == "Requirements under model")
    assert box.options == [f"req:{model}", model]
    box.set_value(model).run()
    assert not at.exception and any(" met, " in m.value for m in at.markdown)
