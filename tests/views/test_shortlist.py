"""The shortlist of one gig: top k, cutoff, blind by default, each candidate's breakdown, exports, the report."""
from __future__ import annotations

import pytest

from matchlens.scoring.matching import compare
from matchlens.views import report
from matchlens.views.shortlist import breakdown, shortlist, to_csv_table
from tests.requirements.corpus import corpus


@pytest.fixture(scope="module")
def comp():
    return compare(corpus(), ["tfidf", "req:tfidf"])


def test_top_k_keeps_the_k_best_in_order(comp):
    sl = shortlist(comp, "req:tfidf", 0, top=3)
    assert list(sl.table["rank"]) == [1, 2, 3]
    scores = comp.scores("req:tfidf")[:, 0]
    assert list(sl.table["score"]) == pytest.approx(sorted(scores, reverse=True)[:3])
    assert len(sl.assessments) == 3 and "3 of 6 resumes" in sl.note


def test_a_cutoff_keeps_exactly_those_at_or_above_it(comp):
    scores = comp.scores("tfidf")[:, 0]
    cut = float(sorted(scores)[-2])
    sl = shortlist(comp, "tfidf", 0, top=None, cutoff=cut)
    assert len(sl.table) == int((scores >= cut).sum()) == 2
    assert (sl.table["score"] >= cut).all()


def test_blind_by_default_names_only_when_revealed(comp):
    blind = shortlist(comp, "req:tfidf", 0, top=6)
    names = {d.name for d in comp.resumes}
    shown = " ".join(map(str, to_csv_table(blind).to_numpy().ravel()))
    assert not any(n in shown for n in names) and not any("dupont" in n.lower() for n in shown.split())
    assert all(c.startswith("candidate r-") for c in blind.table["candidate"])
    html = report.shortlist_html(blind, comp)
    assert not any(n in html for n in names)
    revealed = shortlist(comp, "req:tfidf", 0, top=6, reveal=True)
    assert set(revealed.table["candidate"]) == names


def test_each_candidate_has_its_breakdown_and_plain_models_get_one_too(comp):
    a = breakdown(comp, "tfidf", 0, 0)  # computed under the plain model on demand
    b = comp.results["req:tfidf"].encoder.assess(0, 0)
    assert list(a.table()["requirement"]) == list(b.table()["requirement"])
    assert a.table()["evidence in the CV"].tolist() == b.table()["evidence in the CV"].tolist()
    sl = shortlist(comp, "req:tfidf", 0, top=2)
    assert [n for n, _ in sl.details(comp)] == list(sl.table["candidate"])


def test_the_stakeholder_report_has_the_requirements_of_req_models_only(comp):
    html = report.build(comp, {})
    assert "Requirements (req: models)" in html and "candidate r-" in html
    plain = compare(corpus(), ["tfidf"])
    assert "Requirements (req: models)" not in report.build(plain, {})
