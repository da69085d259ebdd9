"""Training data: labeled pairs from a CSV, split so that no text of the test part was trained on."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from matchlens.evaluation.calibration import grouped_split
from matchlens.evaluation.labeled import parse_labels
from matchlens.training.config import TrainConfig


@dataclass
class Pairs:
    a: list[str]
    b: list[str]
    label: np.ndarray

    def __len__(self) -> int:
        return len(self.a)

    def subset(self, mask: np.ndarray) -> "Pairs":
        idx = np.nonzero(mask)[0]
        return Pairs([self.a[i] for i in idx], [self.b[i] for i in idx], self.label[idx])


def read_pairs(path: str, cfg: TrainConfig) -> Pairs:
    import pandas as pd

    df = pd.read_csv(path, dtype=str, keep_default_na=False)
    missing = [c for c in (cfg.text_a, cfg.text_b, cfg.label) if c not in df.columns]
    if missing:
        raise ValueError(f"{path}: missing columns {missing} (have {list(df.columns)})")
    return Pairs(df[cfg.text_a].tolist(), df[cfg.text_b].tolist(), parse_labels(df[cfg.label]))


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
