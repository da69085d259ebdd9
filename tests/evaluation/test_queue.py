"""The label queue proposes disputed, unsure pairs first, spread over gigs and resumes, never a labelled one."""
import numpy as np

from matchlens.evaluation.queue import next_pairs, priorities, training_pairs
from matchlens.scoring.cache import EmbeddingCache
from matchlens.scoring.matching import compare


def test_disputed_pairs_come_first_and_the_batch_is_spread(small_corpus, tmp_path):
    comp = compare(small_corpus, ["tfidf", "tfidf-char"], cache=EmbeddingCache(tmp_path / "c"))
    prio = priorities(comp)
    batch = next_pairs(comp, {}, n=4, per_doc=1)
    assert prio[batch[0][0], batch[0][1]] == prio.max()
    assert len({j for _, j, _ in batch}) == len(batch) or len(batch) <= len(comp.gigs)
    assert len({i for i, _, _ in batch}) == len(batch)  # at most one pair per resume with per_doc=1
    labelled = {(comp.resumes[batch[0][0]].id, comp.gigs[batch[0][1]].id): "fit"}
    assert (batch[0][0], batch[0][1]) not in [(i, j) for i, j, _ in next_pairs(comp, labelled, n=6)]


def test_unsure_calibration_raises_the_priority(small_corpus, tmp_path):
    comp = compare(small_corpus, ["tfidf"], cache=EmbeddingCache(tmp_path / "c"))
    sure = {"tfidf": np.full(comp.results["tfidf"].scores.shape, 0.99)}
    unsure = {"tfidf": np.full(comp.results["tfidf"].scores.shape, 0.5)}
    assert priorities(comp, unsure).min() > priorities(comp, sure).max()


def test_labels_export_as_a_training_csv(small_corpus, tmp_path):
    comp = compare(small_corpus, ["tfidf"], cache=EmbeddingCache(tmp_path / "c"))
    df = training_pairs(comp, {("r1", "g1"): "fit", ("r2", "g1"): "no", ("r3", "g2"): "partial"})
    assert list(df.columns) == ["resume", "job", "label"] and sorted(df.label) == [0.0, 0.5, 1.0]
