"""Options searched on the user's labels (#33 part 3): a planted better option is found and checked held back."""
import numpy as np
import pytest

from matchlens.documents import Corpus, Document
from matchlens.encoders.base import Encoder, EncoderInfo
from matchlens.evaluation.options_search import GRID, grid_points, search
from matchlens.options import Options

N_TOPICS, N_RESUMES = 12, 96


class Loud(Encoder):
    """Every resume carries its own loudness (a share of one direction all gigs share) and a little of its topic:
    raw scores rank loud resumes first for every gig; only a per-document hubness reduction leaves the topic."""

    info = EncoderInfo("loud", "test", "any", N_TOPICS + 1, None, True, source="loud")
    cacheable = False

    def encode(self, texts, side="resume", progress=None):
        out = np.zeros((len(texts), N_TOPICS + 1), np.float32)
        for n, t in enumerate(texts):
            kind, topic, loud = t.split()[:3]
            out[n, 1 + int(topic)] = 1.0
            out[n, 0] = 3.0 if kind == "gig" else float(loud)
        return out / np.linalg.norm(out, axis=1, keepdims=True)


def loud_corpus() -> tuple[Corpus, dict]:
    rng = np.random.default_rng(1)
    docs = [Document(f"r{i}", f"cv {i}", "resume", f"cv {i % N_TOPICS} {rng.choice([0.1, 5.0]):.3f}", "fr")
            for i in range(N_RESUMES)]
    docs += [Document(f"g{j}", f"gig {j}", "gig", f"gig {j} 0", "fr") for j in range(N_TOPICS)]
    labels = {}
    for i in range(N_RESUMES):
        labels[(f"r{i}", f"g{i % N_TOPICS}")] = "fit"
        for j in rng.choice([j for j in range(N_TOPICS) if j != i % N_TOPICS], 6, replace=False):
            labels[(f"r{i}", f"g{j}")] = "no"
    return Corpus(docs), labels


def test_the_planted_better_option_is_found_and_wins_on_held_back_pairs():
    corpus, labels = loud_corpus()
    current = Options(pinned=("hubness",))  # the user kept raw scores
    choice = search(corpus, labels, "loud", options=current, encoders={"loud": Loud()})
    assert choice.current["hubness"] == "none"
    assert choice.chosen["hubness"] == "z" and "hubness" in choice.changes
    auc, lo, _ = choice.heldout["chosen"]
    assert auc > choice.heldout["current"][0] + 0.1 and choice.difference[1] > 0  # a gain the CI excludes 0 from
    assert "a real gain" in choice.verdict() and "hubness z" in choice.verdict()
    applied = choice.options(current)
    assert applied.hubness == "z" and {"hubness", "aggregation", "gig_fields"} <= set(applied.pinned)
    assert choice.rows()[0]["tuning_roc_auc"] == max(choice.tuning) and len(choice.rows()) == len(grid_points())


def test_a_tie_keeps_the_current_options():
    """Aggregation changes nothing for a model that reads whole texts: the current value stays chosen."""
    corpus, labels = loud_corpus()
    choice = search(corpus, labels, "loud", options=Options(), encoders={"loud": Loud()})
    assert choice.chosen["aggregation"] == choice.current["aggregation"]
    assert choice.chosen["gig_fields"] == choice.current["gig_fields"]
    assert choice.current["hubness"] == "z" and not choice.changes  # its family's default is already the best
    assert "nothing to change" in choice.verdict()


def test_too_few_labels_are_refused_in_words():
    corpus, labels = loud_corpus()
    few = dict(list(labels.items())[:3])
    with pytest.raises(ValueError, match="not enough labels"):
        search(corpus, few, "loud", encoders={"loud": Loud()})


def test_the_default_grid_is_small_and_the_title_weight_only_varies_with_title_and_body():
    assert len(grid_points()) == len(grid_points(GRID)) <= 12
    wide = grid_points({"gig_fields": ("title+body", "whole"), "title_weight": (0.3, 0.5)})
    assert len(wide) == 3 and {p["title_weight"] for p in wide if p["gig_fields"] == "whole"} == {0.3}


def test_pairs_and_roc_auc_come_from_the_one_path_every_evaluation_uses(monkeypatch):
    """The labelled pairs are read by labeled.corpus_pairs and every ROC-AUC is metricset's: a change there (here a
    metric table whose ROC-AUC is 1 - ROC-AUC, and a pairs reader that drops half the labels) changes the search."""
    from dataclasses import replace

    from matchlens.evaluation import labeled, metricset, options_search

    corpus, labels = loud_corpus()
    ri, gi, y = options_search.labelled_pairs(corpus, labels)
    pairs, values = labeled.corpus_pairs(corpus, labels)
    assert [tuple(p) for p in zip(ri, gi)] == pairs and (y == (values >= 1.0)).all()

    before = search(corpus, labels, "loud", encoders={"loud": Loud()}, n_boot=20)
    flipped = tuple(replace(m, value=lambda p, v=m.value: 1 - v(p), fast=lambda p, f=m.fast: 1 - f(p))
                    if m.key == "roc_auc" else m for m in metricset.METRICS)
    monkeypatch.setattr(metricset, "METRICS", flipped)
    after = search(corpus, labels, "loud", encoders={"loud": Loud()}, n_boot=20)
    assert np.allclose(after.tuning, 1 - np.asarray(before.tuning), equal_nan=True)
    assert after.heldout["current"][0] == pytest.approx(1 - before.heldout["current"][0])

    read = labeled.corpus_pairs
    monkeypatch.setattr(labeled, "corpus_pairs", lambda c, lab: tuple(x[::2] for x in read(c, lab)))
    assert len(options_search.labelled_pairs(corpus, labels)[2]) == (len(pairs) + 1) // 2
