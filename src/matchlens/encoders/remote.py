"""An OpenAI-compatible /embeddings endpoint (local Ollama/vLLM, or a hosted API): strictly opt-in.

Texts are sent to the server. A loopback server keeps them on this machine; any other host is refused
unless the user explicitly allows remote endpoints (``allow_remote=True`` or MATCHLENS_ALLOW_REMOTE=1),
because resumes are personal data.
"""
from __future__ import annotations

from typing import Sequence
from urllib.parse import urlparse

import numpy as np

from matchlens import settings
from matchlens.net import HttpError, is_loopback, post_json
from matchlens.encoders.base import Encoder, EncoderInfo, ModelUnavailable, Progress, l2_normalize

__all__ = ["RemoteEmbeddingEncoder", "is_loopback"]


class RemoteEmbeddingEncoder(Encoder):
    def __init__(self, name: str, model: str, base_url: str | None = None, api_key: str | None = None,
                 allow_remote: bool | None = None, batch_size: int = 64, timeout: float = 60.0):
        self.model_id = model
        env = settings.current()
        self.base_url = (base_url or env.embeddings_url or "http://127.0.0.1:11434/v1").rstrip("/")
        self.api_key = api_key if api_key is not None else env.embeddings_key
        self.allow_remote = env.allow_remote if allow_remote is None else allow_remote
        self.batch_size = batch_size
        self.timeout = timeout
        local = is_loopback(self.base_url)
        self.info = EncoderInfo(
            name=name, kind="remote-endpoint", languages="depends on the server's model", dim=None,
            max_tokens=None, offline_ready=local, source=f"{self.base_url} model={model}", sends_data=True,
            description=("OpenAI-compatible embeddings server on this machine" if local else
                         "REMOTE embeddings API: resume text is sent to " + (urlparse(self.base_url).hostname or "?")),
            status="" if local or self.allow_remote else "remote endpoints are off (MATCHLENS_ALLOW_REMOTE=1)")

    def identity(self) -> str:
        return f"remote:{self.base_url}:{self.model_id}"

    def load(self) -> None:
        self._check_allowed()

    def _check_allowed(self) -> None:
        if not is_loopback(self.base_url) and not self.allow_remote:
            raise ModelUnavailable(
                f"{self.name}: {self.base_url} is not on this machine; sending resumes there is off by "
                f"default. Allow it explicitly with MATCHLENS_ALLOW_REMOTE=1.")

    def _post(self, texts: list[str]) -> np.ndarray:
        headers = {"Authorization": f"Bearer {self.api_key}"} if self.api_key else {}
        try:
            payload = post_json(self.base_url + "/embeddings", {"model": self.model_id, "input": texts},
                                headers=headers, allow_remote=self.allow_remote, deadline=self.timeout)
        except HttpError as exc:
            raise ModelUnavailable(f"{self.name}: embeddings server {self.base_url} failed: {exc}") from exc
        rows = payload.get("data") if isinstance(payload, dict) else None
        if not isinstance(rows, list) or len(rows) != len(texts):
            got = len(rows) if isinstance(rows, list) else "no"
            raise ModelUnavailable(f"{self.name}: server returned {got} vectors for {len(texts)} texts")
        try:
            rows = sorted(rows, key=lambda r: r.get("index", 0))
            return np.asarray([r["embedding"] for r in rows], dtype=np.float32)
        except (TypeError, KeyError, ValueError, AttributeError) as exc:
            raise ModelUnavailable(f"{self.name}: the server's answer is not a list of vectors ({exc})") from exc

    def encode(self, texts: Sequence[str], side="resume", progress: Progress | None = None) -> np.ndarray:
        self._check_allowed()
        texts = list(texts)
        out = []
        for start in range(0, len(texts), self.batch_size):
            out.append(self._post(texts[start : start + self.batch_size]))
            if progress:
                progress(min(start + self.batch_size, len(texts)), len(texts))
        return l2_normalize(np.concatenate(out)) if out else np.zeros((0, 0), np.float32)
