"""Training data: labeled pairs from a CSV, split so that no text of the test part was trained on."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from matchlens.evaluation.calibration import grouped_split
from matchlens.training.config import TrainConfig


@dataclass
class Pairs:
    a: list[str]
    b: list[str]
    label: np.ndarray
    problems: list = field(default_factory=list)  # rows of the file left out, by number, and why

    def __len__(self) -> int:
        return len(self.a)

    def subset(self, mask: np.ndarray) -> "Pairs":
        idx = np.nonzero(mask)[0]
        return Pairs([self.a[i] for i in idx], [self.b[i] for i in idx], self.label[idx], self.problems)


def read_pairs(path: str, cfg: TrainConfig) -> Pairs:
    """The file's (text a, text b, label) rows (any separator, encoding or label words: ingest.labels)."""
    from matchlens.ingest.errors import IngestError
    from matchlens.ingest.labels import read_label_table

    try:
        rows, problems = read_label_table(path, {"resume": cfg.text_a, "gig": cfg.text_b, "label": cfg.label})
    except IngestError as exc:
        raise ValueError(f"{path}: {exc.reason}") from None
    return Pairs(rows["resume"].tolist(), rows["gig"].tolist(), rows["value"].to_numpy(float), problems)


def train_eval(cfg: TrainConfig) -> tuple[Pairs, Pairs]:
    """The training pairs and the held-back pairs (a file, or a split grouped by both texts)."""
    pairs = read_pairs(cfg.train_file, cfg)
    if cfg.eval_file:
        return pairs, read_pairs(cfg.eval_file, cfg)
    train, test = grouped_split(pairs.a, pairs.b, cfg.test_size, cfg.seed)
    if not test.any():
        raise ValueError("the split left no held-back pair: add data or set eval_file")
    return pairs.subset(train), pairs.subset(test)


def data_hash(*paths: str | None) -> str:
    h = hashlib.sha256()
    for p in paths:
        if p:
            h.update(Path(p).read_bytes())
    return h.hexdigest()[:16]
