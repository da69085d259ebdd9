"""Cross-encoders: score a (resume, gig) pair jointly; none ships offline, users train or bring one."""
from __future__ import annotations

import threading
from pathlib import Path
from typing import Sequence

import numpy as np

from matchlens import settings
from matchlens.encoders.base import EncoderInfo, ModelUnavailable, PairScorer, Progress
from matchlens.encoders.sbert import _explain_load_error, _quiet_transformers, is_local_model

_LOCK = threading.Lock()
_LOADED: dict[tuple, object] = {}


class CrossEncoderScorer(PairScorer):
    def __init__(self, name: str, path: str, *, languages: str = "see model card", max_tokens: int = 512,
                 description: str = ""):
        self.path = str(path)
        self.info = EncoderInfo(
            name=name, kind="cross-encoder", score_kind="probability", languages=languages, dim=None, max_tokens=max_tokens,
            offline_ready=is_local_model(self.path), source=self.path, pair_scorer=True,
            description=description or "Reads resume and gig together and outputs one score: usually the "
                                       "most accurate, but every pair costs a forward pass.")

    @property
    def model(self):
        key = self.path
        with _LOCK:
            if key not in _LOADED:
                settings.apply_privacy_defaults()
                _quiet_transformers()
                from sentence_transformers import CrossEncoder

                local = is_local_model(self.path)
                try:
                    _LOADED[key] = CrossEncoder(str(Path(self.path).expanduser()) if local else self.path,
                                                device="cpu", trust_remote_code=False,
                                                local_files_only=not settings.downloads_allowed())
                except Exception as exc:
                    raise ModelUnavailable(_explain_load_error(self.path, local, exc)) from exc
            return _LOADED[key]

    def load(self) -> None:
        self.model  # noqa: B018

    def token_spans(self, text: str):
        enc = self.model.tokenizer(text, add_special_tokens=False, return_offsets_mapping=True, verbose=False)
        return [tuple(s) for s in enc["offset_mapping"]]

    def score_pairs(self, a: Sequence[str], b: Sequence[str], progress: Progress | None = None) -> np.ndarray:
        pairs = list(zip(a, b))
        out = []
        for start in range(0, len(pairs), 128):
            out.append(np.asarray(self.model.predict(pairs[start : start + 128], batch_size=16,
                                                     show_progress_bar=False), dtype=np.float32).reshape(-1))
            if progress:
                progress(min(start + 128, len(pairs)), len(pairs))
        return np.concatenate(out) if out else np.zeros(0, np.float32)
