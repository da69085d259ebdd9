"""sentence-transformers models (a hub id or a local folder) and plain transformers with mean pooling.

Weights are loaded once per process and shared by every encoder that names them (thread-safe); bf16
weights are used where the CPU runs bf16 natively (see ``settings.bf16_preferred``).
"""
from __future__ import annotations

import json
import logging
import threading
from pathlib import Path
from typing import Sequence

import numpy as np

from matchlens import settings
from matchlens.encoders.base import Encoder, EncoderInfo, ModelUnavailable, Progress, l2_normalize

_LOCK = threading.Lock()
_LOADED: dict[tuple, object] = {}
MEGA_BATCH = 256  # texts per call into sentence-transformers (progress granularity)


def _quiet_transformers() -> None:
    for name in ("transformers", "sentence_transformers", "huggingface_hub"):
        logging.getLogger(name).setLevel(logging.ERROR)
    try:
        import transformers

        transformers.logging.set_verbosity_error()
        transformers.logging.disable_progress_bar()
    except Exception:
        pass


def is_local_model(path: str) -> bool:
    return Path(path).expanduser().is_dir()


def load_sentence_transformer(path: str, *, bf16: bool, mean_pooling: bool = False,
                              max_seq_length: int | None = None):
    """Load (once per process) a SentenceTransformer from a folder or hub id; errors name the model."""
    key = (path, bf16, mean_pooling, max_seq_length)
    with _LOCK:
        if key in _LOADED:
            return _LOADED[key]
        settings.apply_privacy_defaults()
        _quiet_transformers()
        import torch
        from sentence_transformers import SentenceTransformer

        kwargs = {"model_kwargs": {"dtype": torch.bfloat16}} if bf16 else {}
        local = is_local_model(path)
        try:
            if mean_pooling:
                from sentence_transformers import models

                body = models.Transformer(str(Path(path).expanduser()) if local else path,
                                          max_seq_length=max_seq_length, **no_custom_code(kwargs))
                pool = models.Pooling(body.get_embedding_dimension(), pooling_mode="mean")
                model = SentenceTransformer(modules=[body, pool], device="cpu")
            else:
                model = SentenceTransformer(str(Path(path).expanduser()) if local else path, device="cpu",
                                            trust_remote_code=False,
                                            local_files_only=not settings.downloads_allowed(), **kwargs)
                if max_seq_length:
                    model.max_seq_length = max_seq_length
        except Exception as exc:
            raise ModelUnavailable(_explain_load_error(path, local, exc)) from exc
        model.eval()
        _LOADED[key] = model
        return model


def no_custom_code(kwargs: dict) -> dict:
    """models.Transformer arguments with custom model code refused at every level (model, tokenizer, config)."""
    model_args = {**kwargs.get("model_kwargs", {}), "trust_remote_code": False}
    return {"model_args": model_args, "tokenizer_args": {"trust_remote_code": False},
            "config_args": {"trust_remote_code": False}}


def _explain_load_error(path: str, local: bool, exc: Exception) -> str:
    if not local and not settings.downloads_allowed():
        return (f"'{path}' is not available offline: it is not in the local Hugging Face cache and downloads "
                f"are off (set MATCHLENS_ALLOW_DOWNLOADS=1 to fetch it; the texts never leave the machine, "
                f"only the weights are downloaded)")
    if local:
        return f"'{path}' is not a loadable model folder ({type(exc).__name__}: {str(exc)[:200]})"
    return f"'{path}' could not be loaded ({type(exc).__name__}: {str(exc)[:200]})"


def _folder_shape(path: str) -> tuple[int | None, int | None]:
    """(max tokens, dimension) read from a local model folder's config files, when present."""
    folder = Path(path).expanduser()
    max_tokens = dim = None
    try:
        if (folder / "sentence_bert_config.json").exists():
            max_tokens = json.loads((folder / "sentence_bert_config.json").read_text()).get("max_seq_length")
        if not max_tokens and (folder / "tokenizer_config.json").exists():  # sentence-transformers >= 6
            limit = json.loads((folder / "tokenizer_config.json").read_text()).get("model_max_length")
            max_tokens = limit if isinstance(limit, int) and limit < 100_000 else None
        if (folder / "1_Pooling" / "config.json").exists():
            pool = json.loads((folder / "1_Pooling" / "config.json").read_text())
            dim = pool.get("word_embedding_dimension") or pool.get("embedding_dimension")
        elif (folder / "config.json").exists():
            cfg = json.loads((folder / "config.json").read_text())
            dim = cfg.get("hidden_size")
            max_tokens = max_tokens or cfg.get("max_position_embeddings")
    except (OSError, ValueError):
        pass
    return max_tokens, dim


class SentenceTransformerEncoder(Encoder):
    """Any sentence-transformers model; per-side prompts (e5: 'query: ' / 'passage: ')."""

    def __init__(self, name: str, path: str, *, languages: str = "see model card", description: str = "",
                 prompts: dict[str, str] | None = None, bf16: bool | None = None, mean_pooling: bool = False,
                 max_seq_length: int | None = None, dim: int | None = None,
                 max_tokens: int | None = None, kind: str = "sentence-transformers", revision: str = ""):
        self.path = str(path)
        self.prompts = dict(prompts or {})
        self.bf16 = settings.bf16_preferred() if bf16 is None else bf16
        self.mean_pooling = mean_pooling
        self.max_seq_length = max_seq_length
        self.revision = revision
        cfg_max, cfg_dim = _folder_shape(self.path)
        self.info = EncoderInfo(name=name, kind=kind, languages=languages, dim=dim or cfg_dim,
                                max_tokens=max_tokens or max_seq_length or cfg_max,
                                offline_ready=is_local_model(self.path), source=self.path,
                                description=description)

    @property
    def model(self):
        return load_sentence_transformer(self.path, bf16=self.bf16, mean_pooling=self.mean_pooling,
                                         max_seq_length=self.max_seq_length)

    def load(self) -> None:
        self.model  # noqa: B018 - loading is the point

    @property
    def tokenizer(self):
        """A callable tokenizer; for local folders the fast `tokenizers` file alone (no weights, no
        transformers import), so cached runs cost well under a second per model."""
        folder = Path(self.path).expanduser()
        if not (folder / "tokenizer.json").exists():
            return self.model.tokenizer
        tkey = ("tokenizer", str(folder))
        with _LOCK:
            if tkey not in _LOADED:
                _LOADED[tkey] = FastTokenizer(folder / "tokenizer.json")
            return _LOADED[tkey]

    def seq_limit(self) -> int:
        """The model's max sequence length, read from its config files when they are local."""
        if self.max_seq_length:
            return self.max_seq_length
        if not self.mean_pooling and self.info.max_tokens:
            return int(self.info.max_tokens)
        return int(self.model.max_seq_length or 512)

    def identity(self) -> str:
        dtype = "bf16" if self.bf16 else "fp32"
        pool = "mean" if self.mean_pooling else "st"
        return f"{self.info.kind}:{self.path}:{self.revision}:{dtype}:{pool}:{self.seq_limit()}"

    def prompt(self, side: str) -> str:
        return self.prompts.get(side, "")

    def window(self) -> int | None:
        prompt_tokens = max(len(self.token_spans(p)) for p in [self.prompt("resume"), self.prompt("gig"), ""])
        return max(16, self.seq_limit() - 2 - prompt_tokens)

    def token_spans(self, text: str):
        enc = self.tokenizer(text, add_special_tokens=False, return_offsets_mapping=True, truncation=False,
                             verbose=False)
        return [tuple(span) for span in enc["offset_mapping"]]

    def count_tokens(self, texts: Sequence[str]) -> list[int]:
        out = self.tokenizer(list(texts), add_special_tokens=True, truncation=False, verbose=False)["input_ids"]
        return [len(ids) for ids in out]

    def encode(self, texts: Sequence[str], side: str = "resume", progress: Progress | None = None,
               batch_size: int = 32) -> np.ndarray:
        import torch

        texts = list(texts)
        model = self.model
        dim = model.get_embedding_dimension() if hasattr(model, "get_embedding_dimension") else None
        if not texts:
            return np.zeros((0, dim or 0), dtype=np.float32)
        order = sorted(range(len(texts)), key=lambda i: -len(texts[i]))  # long first: stable memory use
        out: list[np.ndarray] = []
        prompt = self.prompt(side) or None
        done = 0
        with torch.inference_mode():
            for start in range(0, len(order), MEGA_BATCH):
                idx = order[start : start + MEGA_BATCH]
                emb = model.encode([texts[i] for i in idx], batch_size=batch_size, prompt=prompt,
                                   convert_to_tensor=True, show_progress_bar=False)
                out.append(emb.float().cpu().numpy())
                done += len(idx)
                if progress:
                    progress(done, len(texts))
        stacked = np.concatenate(out, axis=0)
        result = np.empty_like(stacked)
        result[np.asarray(order)] = stacked
        return l2_normalize(result)


def transformer_encoder(name: str, path: str, **kw) -> SentenceTransformerEncoder:
    """A plain transformer (mBERT, CamemBERT...) with mean pooling, as the seed notes use it."""
    kw.setdefault("description", "Raw pre-trained transformer + mean pooling. Not trained for similarity: "
                                 "its cosines bunch together, which is why such scores 'look like nonsense'.")
    return SentenceTransformerEncoder(name, path, mean_pooling=True, kind="transformer", **kw)


class FastTokenizer:
    """The subset of a Hugging Face tokenizer's call API we use, backed by `tokenizers` directly."""

    def __init__(self, path: Path):
        from tokenizers import Tokenizer

        try:
            self._tok = Tokenizer.from_file(str(path))
        except Exception as exc:
            raise ModelUnavailable(f"unreadable tokenizer {path}: {exc}") from exc
        self._tok.no_truncation()
        self._tok.no_padding()

    def __call__(self, text, add_special_tokens=True, return_offsets_mapping=False, **_):
        if isinstance(text, str):
            enc = self._tok.encode(text, add_special_tokens=add_special_tokens)
            out = {"input_ids": enc.ids}
            if return_offsets_mapping:
                out["offset_mapping"] = enc.offsets
            return out
        encs = self._tok.encode_batch(list(text), add_special_tokens=add_special_tokens)
        return {"input_ids": [e.ids for e in encs]}
