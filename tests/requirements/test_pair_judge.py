"""The requirement breakdown of one pair (the Inspector's): judged as the scorer of every pair judges it, with only
the calibration's sample and the pair's own sentences embedded, calibrated once per comparison and model."""
from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from matchlens.requirements import score
from matchlens.requirements.model import scored
from matchlens.requirements.score import pair_judge, requirement_scores
from matchlens.scoring.matching import compare
from matchlens.scoring.texts import model_text
from matchlens.views import shortlist
from tests.requirements.corpus import corpus
from tests.requirements.test_requirements import knockout


@pytest.fixture()
def small_sample(monkeypatch):
    """A calibration sample smaller than the corpus (4 items x 4 sentences) and per-language nulls from 4 values,
    so the sampled path embeds a true subset and the language pairs are exercised."""
    monkeypatch.setattr(score, "NULL_PAIRS", 16)
    monkeypatch.setattr(score, "NULL_MIN", 4)


def mixed_languages(c):
    """The welding corpus with two CVs and one gig read as English (the calibration then has language pairs)."""
    c.documents = [replace(d, lang="en") if d.name in ("other_0.txt", "other_2.txt", "gig_1.txt") else d
                   for d in c.documents]
    return c


def same(a, b) -> bool:
    return (a.status == b.status and a.evidence == b.evidence and [r.text for r in a.items] == [r.text for r in b.items]
            and np.isclose(a.score, b.score) and np.allclose(a.similarity, b.similarity)
            and np.allclose(a.credit, b.credit))


@pytest.mark.parametrize("sample", [False, True])
def test_each_pair_is_judged_as_the_scorer_of_every_pair_judges_it(request, sample):
    if sample:
        request.getfixturevalue("small_sample")
    comp = compare(mixed_languages(knockout(corpus())), ["tfidf"])
    args = ("req:tfidf", comp.results["tfidf"], comp.resumes, comp.gigs, comp.options, None)
    whole, judge = requirement_scores(*args)[0], pair_judge(*args)
    assert set(judge.nulls) == set(whole.nulls) and len(whole.nulls) > (1 if sample else 0)
    assert all(np.allclose(judge.nulls[k], whole.nulls[k]) for k in whole.nulls)
    for r in range(len(comp.resumes)):
        for g in range(len(comp.gigs)):
            assert same(judge.assess(r, g), whole.assess(r, g)), (r, g)
    assert "missing" in judge.assess(1, 0).status and judge.assess(1, 0).missing_required()  # the knock-out shows


def test_the_inspector_breakdown_embeds_one_pair_not_every_cv(small_sample, monkeypatch):
    """breakdown() of one pair embeds the calibration's sampled sentences and that CV's, never every CV's (at
    2,000 x 300 embedding every CV sentence took most of the Inspector's 3.5 s); a second pair adds only its own."""
    comp = compare(knockout(corpus()), ["tfidf"])
    enc = comp.results["tfidf"].encoder
    seen: list[str] = []
    encode = enc.encode
    monkeypatch.setattr(enc, "encode", lambda texts, side, **kw: (seen.extend(texts) if side == "resume" else None)
                        or encode(texts, side=side, **kw))
    units = [score.resume_units(model_text(d, comp.options)) for d in comp.resumes]
    every = sum(len(u) for u in units)
    a = shortlist.breakdown(comp, "tfidf", 1, 0)
    first = len(seen)
    items = [scored(g) for g in comp.gigs]
    samples = score.null_samples([g.lang for g, its in zip(comp.gigs, items) for _ in its],
                                 [r.lang for r, us in zip(comp.resumes, units) for _ in us])
    sampled = len(set(np.concatenate([si for _, si in samples.values()])))
    assert first == sampled + len(units[1]) < every, (first, sampled, every)
    shortlist.breakdown(comp, "tfidf", 2, 0)
    assert len(seen) - first == len(units[2])  # calibrated once per comparison and model
    whole = requirement_scores("req:tfidf", comp.results["tfidf"], comp.resumes, comp.gigs, comp.options, None)[0]
    assert same(a, whole.assess(1, 0))


def test_a_comparison_with_the_req_model_reads_its_own_scorer():
    comp = compare(knockout(corpus()), ["tfidf", "req:tfidf"])
    assert shortlist.judge_for(comp, "tfidf") is comp.results["req:tfidf"].encoder
    assert shortlist.judge_for(comp, "req:tfidf") is comp.results["req:tfidf"].encoder


def test_a_shortlist_embeds_its_candidates_not_every_cv(small_sample, monkeypatch):
    """shortlist() of the top 1 embeds the calibration's sample and that candidate's sentences, not every CV's, and its
    breakdown is the scorer of every pair's."""
    comp = compare(knockout(corpus()), ["tfidf"])
    enc = comp.results["tfidf"].encoder
    seen: list[str] = []
    encode = enc.encode
    monkeypatch.setattr(enc, "encode", lambda texts, side, **kw: (seen.extend(texts) if side == "resume" else None)
                        or encode(texts, side=side, **kw))
    every = sum(len(score.resume_units(model_text(d, comp.options))) for d in comp.resumes)
    sl = shortlist.shortlist(comp, "tfidf", 0, top=1)
    assert 0 < len(seen) < every, (len(seen), every)
    whole = requirement_scores("req:tfidf", comp.results["tfidf"], comp.resumes, comp.gigs, comp.options, None)[0]
    (r, a), = sl.assessments.items()
    assert same(a, whole.assess(r, 0))
