"""Mean of the k best chunk pairs of each resume-gig pair: a long document is read in full (unlike the first window),
judged on its best passages (unlike the mean of all its chunks, which drifts to the centre of the space and makes
hubs), and one lucky passage alone does not decide (unlike the single best pair)."""
from __future__ import annotations

import numpy as np

CELLS = 4_000_000  # chunk-pair cells held at once (float32: 16 MB), whatever the corpus size


def top_k_of(aggregation: str) -> int | None:
    """k of an aggregation named "top<k>" (e.g. "top3"), else None."""
    if aggregation.startswith("top") and aggregation[3:].isdigit() and int(aggregation[3:]) > 0:
        return int(aggregation[3:])
    return None


def _padded_slots(owner: np.ndarray, n: int) -> tuple[np.ndarray, int]:
    """Each chunk's position within its document, and the most chunks any document has."""
    starts = np.searchsorted(owner, np.arange(n))
    pos = np.arange(len(owner)) - starts[owner] if len(owner) else np.zeros(0, int)
    return pos, int(pos.max()) + 1 if len(pos) else 1


def mean_top_k_pairs(ca: np.ndarray, oa: np.ndarray, cb: np.ndarray, ob: np.ndarray, na: int, nb: int,
                     k: int) -> np.ndarray:
    """(na, nb): for each document pair, the mean of its k highest chunk-pair cosines (all of them when fewer)."""
    pos_b, mb = _padded_slots(ob, nb)
    pos_a, ma = _padded_slots(oa, na)
    kb = min(k, mb)
    out = np.empty((na, nb), dtype=np.float32)
    starts_a = np.searchsorted(oa, np.arange(na + 1))
    step = max(1, CELLS // max(1, nb * mb * ma))
    for d0 in range(0, na, step):
        d1 = min(na, d0 + step)
        r0, r1 = starts_a[d0], starts_a[d1]
        grid = np.full((r1 - r0, nb, mb), -np.inf, dtype=np.float32)
        grid[:, ob, pos_b] = ca[r0:r1] @ cb.T
        best_b = -np.partition(-grid, kb - 1, axis=2)[:, :, :kb]          # each resume chunk's kb best per gig
        per_doc = np.full((d1 - d0, ma, nb, kb), -np.inf, dtype=np.float32)
        per_doc[oa[r0:r1] - d0, pos_a[r0:r1]] = best_b
        flat = per_doc.transpose(0, 2, 1, 3).reshape(d1 - d0, nb, ma * kb)
        kk = min(k, flat.shape[2])
        top = -np.partition(-flat, kk - 1, axis=2)[:, :, :kk]
        ok = np.isfinite(top)
        out[d0:d1] = np.where(ok, top, 0.0).sum(axis=2) / np.maximum(ok.sum(axis=2), 1)
    return out
