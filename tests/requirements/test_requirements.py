"""The requirements score req:<model>: the split, the knock-out cap, the breakdown, one scoring path."""
from __future__ import annotations

import numpy as np
import pytest

from matchlens.documents import Corpus
from matchlens.requirements import model as req
from matchlens.requirements.score import CAP, combine
from matchlens.scoring.matching import compare
from tests.requirements.corpus import corpus


def knockout(c: Corpus) -> Corpus:
    """The welding gig with its certification marked required (as the editor saves it)."""
    gig = c.gigs[0]
    items = [r if "Certification" not in r.text else req.Requirement(r.text, required=True, weight=2.0)
             for r in req.split(gig.text)]
    c.documents = [req.with_requirements(d, items) if d.id == gig.id else d for d in c.documents]
    return c


def test_the_split_keeps_the_title_and_cuts_marked_clauses_apart():
    items = req.split("Infirmier de nuit\nMission de 3 mois en EHPAD. Diplôme d'État d'infirmier exigé, expérience "
                      "en gériatrie appréciée. Django, PostgreSQL, Celery.")
    texts = [r.text for r in items]
    assert texts[0] == "Infirmier de nuit"
    assert "Diplôme d'État d'infirmier exigé" in texts and "expérience en gériatrie appréciée" in texts
    assert "Django, PostgreSQL, Celery" in texts  # a list of tools without must/plus words stays one item
    assert not any(r.required for r in items)  # nothing is a knock-out until the user says so
    assert req.marked_required("지게차운전기능사 자격증 필수") and not req.marked_required("물류센터 경력자 우대")


def test_a_cv_meeting_the_required_item_outranks_a_closer_text_missing_it():
    comp = compare(knockout(corpus()), ["tfidf", "req:tfidf"])
    raw, scored = comp.scores("tfidf")[:, 0], comp.scores("req:tfidf")[:, 0]
    certified, lookalike = 0, 1
    assert raw[lookalike] > raw[certified]  # the raw text prefers the look-alike
    assert scored[certified] > CAP > scored[lookalike]  # the knock-out decides
    assert int(np.argmax(scored)) == certified


def test_without_edits_nothing_caps_and_every_path_scores_alike():
    from matchlens.scoring.pairs import score_pairs  # noqa: F401  (the pairs path reads the same score_model)
    from matchlens.scoring.matching import score_model

    c = corpus()
    comp = compare(c, ["req:tfidf"])
    again = score_model("req:tfidf", c.resumes, c.gigs)
    assert np.allclose(comp.scores("req:tfidf"), again.scores)
    assert (comp.scores("req:tfidf") >= CAP).all()  # no required item, no cap


def test_the_cap_holds_for_any_credit_and_deepens_with_each_missing_item():
    rng = np.random.default_rng(0)
    credit = rng.random((5, 200))
    credit[:, 0] = 1.0  # every item fully shown ...
    missing = credit < 0.3
    required = np.array([True, True, False, False, False])
    out = combine(credit, missing, np.ones(5), required)
    ok = ~(missing & required[:, None]).any(axis=0)
    assert out[ok].min() > CAP > out[~ok].max()
    one = combine(np.ones(5), np.array([1, 0, 0, 0, 0], bool), np.ones(5), required)
    two = combine(np.ones(5), np.array([1, 1, 0, 0, 0], bool), np.ones(5), required)
    assert CAP > one > two


def test_the_breakdown_names_the_evidence_and_what_to_improve():
    comp = compare(knockout(corpus()), ["req:tfidf"])
    scorer = comp.results["req:tfidf"].encoder
    good, bad = scorer.assess(0, 0), scorer.assess(1, 0)
    row = good.table().set_index("requirement").loc["Certification soudure TIG exigée"]
    assert row["status"] != "missing" and "Certification soudure TIG obtenue" in row["evidence in the CV"]
    assert good.missing_required() == [] and good.score == pytest.approx(float(comp.scores("req:tfidf")[0, 0]))
    assert all("(missing)" not in t for t in good.to_improve())
    assert bad.missing_required() == ["Certification soudure TIG exigée"]
    assert bad.to_improve() == ["Certification soudure TIG exigée (missing)"]


def test_a_dropped_or_zero_weight_item_counts_nothing():
    c = knockout(corpus())
    gig = c.gigs[0]
    dropped = [req.Requirement(r.text, r.required, r.weight, keep=not r.required) for r in req.of(gig)]
    c.documents = [req.with_requirements(d, dropped) if d.id == gig.id else d for d in c.documents]
    assert all("Certification" not in r.text for r in req.scored(c.gigs[0]))
    comp = compare(c, ["req:tfidf"])
    assert comp.scores("req:tfidf")[1, 0] > CAP  # no knock-out left


def test_req_names_are_read_by_the_one_prefix_table_and_bad_ones_refused():
    from matchlens.encoders.registry import check_model_name, model_kind, parse_model

    spec = parse_model("req:tfidf")
    assert (spec.kind, spec.inputs, spec.canonical()) == ("req", ("tfidf",), "req:tfidf")
    assert model_kind("req:e5-small-multilingual") == "req"
    assert "needs a model" in check_model_name("req:")
    assert "cannot itself be" in check_model_name("req:hybrid:tfidf+bm25")
    assert "scores whole pairs" in check_model_name("req:cross:some/cross-encoder")
