"""What a comparison produced, as plain data: one :class:`ModelResult` per model and the :class:`Comparison` every
page, the CLI and the library read (``matching.compare`` and ``background.ScoringJob`` build it), so pages agree
with each other and with ``matchlens score``."""
from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Callable, Hashable

import numpy as np

from matchlens.documents import Document
from matchlens.options import Options
from matchlens.scoring import similarity
from matchlens.scoring.memo import Memo

if TYPE_CHECKING:
    from matchlens.encoders.base import EncoderInfo
    from matchlens.scoring.embedding import EmbeddedDocs

_UIDS = itertools.count(1)


@dataclass
class ModelResult:
    name: str
    info: EncoderInfo
    scores: np.ndarray                     # (n_resumes, n_gigs)
    resumes: EmbeddedDocs | None
    gigs: EmbeddedDocs | None
    encoder: object
    seconds: float
    encoded: int                           # texts sent through the model (0: all from cache)
    _views: dict = field(default_factory=dict, repr=False, compare=False)
    options: object = None                 # the Options it was scored under (its family's defaults filled in)

    def view(self, name: str) -> np.ndarray:
        """A score view (rank, rank_for_resume, percentile, z; see similarity.VIEWS) computed once: pages ask for
        them on every rerun, and at 2,000 x 300 each costs a noticeable fraction of a second."""
        if name == "raw":
            return self.scores
        if name not in self._views:
            self._views[name] = similarity.view(self.scores, name)
            self._views[name].setflags(write=False)
        return self._views[name]


@dataclass
class Comparison:
    resumes: list[Document]
    gigs: list[Document]
    results: dict[str, ModelResult]
    errors: dict[str, str]
    options: Options
    warnings: list[str] = field(default_factory=list)  # e.g. the embedding cache is off for this run
    # what the pages derive from this comparison (scoring.memo), kept as long as it lives
    memo: Memo = field(default_factory=Memo, repr=False, compare=False)
    # unique per comparison in this process (unlike id(), never reused): a key for values kept elsewhere
    uid: int = field(default_factory=lambda: next(_UIDS), repr=False, compare=False)

    def derived(self, key: Hashable, compute: Callable[[], object]):
        """A value computed once from this comparison (:meth:`Memo.get`; ``key`` from :func:`memo.key`)."""
        return self.memo.get(key, compute)

    def derived_soon(self, key: Hashable, compute: Callable[[], object], wait: float = 0.0):
        """A value computed once in the background; None until ready (:meth:`Memo.soon`)."""
        return self.memo.soon(key, compute, wait)

    def has_derived(self, key: Hashable) -> bool:
        return self.memo.has(key)

    def ready(self, key: Hashable) -> bool:
        return self.memo.ready(key)

    @property
    def models(self) -> list[str]:
        return list(self.results)

    def scores(self, model: str, view: str = "raw") -> np.ndarray:
        return self.results[model].view(view)

    def pair(self, resume_idx: int, gig_idx: int) -> dict[str, dict]:
        """Every model's raw score, rank and percentile for one pair (the inspector's header)."""
        out = {}
        for name, res in self.results.items():
            out[name] = {
                "score": float(res.scores[resume_idx, gig_idx]),
                "rank_for_gig": int(res.view("rank")[resume_idx, gig_idx]),
                "rank_for_resume": int(res.view("rank_for_resume")[resume_idx, gig_idx]),
                "percentile": float(res.view("percentile")[resume_idx, gig_idx]),
                "z": float(res.view("z")[resume_idx, gig_idx]),
            }
        return out

    def long_table(self, top_k: int | None = None, per: str = "gig"):
        """One row per (resume, gig, model): score, rank within the gig, rank within the resume,
        percentile and z. ``top_k`` keeps the k best resumes per gig (or gigs per resume)."""
        import pandas as pd

        frames = []
        r_names = [d.name for d in self.resumes]
        g_names = [d.name for d in self.gigs]
        for name, res in self.results.items():
            s = res.scores
            rg, rr = res.view("rank"), res.view("rank_for_resume")
            ri, gi = np.meshgrid(np.arange(s.shape[0]), np.arange(s.shape[1]), indexing="ij")
            df = pd.DataFrame({
                "resume": np.asarray(r_names, dtype=object)[ri.ravel()],
                "gig": np.asarray(g_names, dtype=object)[gi.ravel()],
                "model": name, "score": s.ravel(), "rank": rg.ravel(), "rank_for_resume": rr.ravel(),
                "percentile": res.view("percentile").ravel(), "z": res.view("z").ravel(),
                "resume_id": np.asarray([d.id for d in self.resumes], dtype=object)[ri.ravel()],
                "gig_id": np.asarray([d.id for d in self.gigs], dtype=object)[gi.ravel()],
            })
            if top_k:
                df = df[(df["rank"] if per == "gig" else df["rank_for_resume"]) <= top_k]
            frames.append(df)
        if not frames:
            return pd.DataFrame(columns=["resume", "gig", "model", "score", "rank"])
        out = pd.concat(frames, ignore_index=True)
        key = "gig" if per == "gig" else "resume"
        rank = "rank" if per == "gig" else "rank_for_resume"
        return out.sort_values([key, "model", rank], kind="stable").reset_index(drop=True)
