"""How fast does the scorecard's verdict settle? Labelling the sample's pairs in random order vs in the queue's.

The sample's 240 labels are revealed 10 at a time, either at random (5 seeds) or as the label queue proposes them
(recomputed after each batch, with calibration once labels allow it); after each batch the scorecard's sentence is
computed. Prints, per strategy, the ROC-AUC lead of the best model over tfidf, the lower end of its 95% interval,
and the first number of labels from which the verdict ("<model> beats tfidf") matches the one on all 240 labels and
stays. Run: python scripts/simulate_queue.py [-m MODEL ...]
"""
from __future__ import annotations

import argparse
import random
from pathlib import Path

from matchlens import compare, load_corpus
from matchlens.evaluation.queue import next_pairs
from matchlens.ingest.corpus import apply_labels_file
from matchlens.evaluation.scorecard import scorecard
from matchlens.views.panels import calibrated_matrices

ROOT = Path(__file__).resolve().parents[1]


def verdict_key(sentence: str) -> str:
    return sentence.split(" beats ")[0] if " beats " in sentence else "undecided"


def run(comp, truth: dict, order_fn, step: int = 10, limit: int = 120) -> list[tuple[int, str, float]]:
    known: dict = {}
    out = []
    while len(known) < min(limit, len(truth)):
        for key in order_fn(known)[:step]:
            known[key] = truth[key]
        card = scorecard(comp, known, n_boot=200)
        out.append((len(known), verdict_key(card.sentence), card.sentence))
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("-m", "--model", action="append")
    args = ap.parse_args()
    corpus = load_corpus(ROOT / "sample_data/resumes", ROOT / "sample_data/gigs", labels=ROOT / "sample_data/labels.csv")
    apply_labels_file(corpus, ROOT / "sample_data/labels_held_out.csv")  # the demo's held-out pairs: all 240 known
    truth = dict(corpus.labels)
    comp = compare(corpus, args.model or ["tfidf", "use-multilingual", "e5-small-multilingual"])
    final = verdict_key(scorecard(comp, truth, n_boot=200).sentence)
    print(f"verdict on all {len(truth)} labels: {final}")

    def queue_order(known):
        cal = calibrated_matrices(comp, known) if len(known) >= 10 else None
        return [(comp.resumes[i].id, comp.gigs[j].id) for i, j, _ in next_pairs(comp, known, 10, cal or None)]

    def settled(trace):
        for n, (k, v, _) in enumerate(trace):
            if all(v2 == final for _, v2, _ in trace[n:]):
                return k
        return None

    q = run(comp, truth, queue_order)
    print("queue:  settles at", settled(q), "labels;", [(k, v) for k, v, _ in q])
    for seed in range(5):
        keys = list(truth)
        random.Random(seed).shuffle(keys)
        r = run(comp, truth, lambda known, keys=keys: [k for k in keys if k not in known])
        print(f"random {seed}: settles at", settled(r), "labels;", [(k, v) for k, v, _ in r])


if __name__ == "__main__":
    main()
