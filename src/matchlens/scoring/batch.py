"""Embed many documents on Ray Data with the same Encoder objects and cache, writing the parquet files that
``matchlens embed`` writes and ``matchlens topk`` / the library read back.

Ray is optional (``pip install "ray[data]"``). Locally it starts a private one-machine cluster bound to
127.0.0.1 with usage statistics off; with ``address`` it joins an existing cluster. Design: docs/scale.md.
"""
from __future__ import annotations

import os
from dataclasses import asdict
from pathlib import Path
from typing import Sequence

import numpy as np
import pandas as pd

from matchlens.options import ChunkSettings
from matchlens.documents import Document

COLUMNS = ["id", "name", "kind", "lang", "model", "n_tokens", "embedding"]


def ray_available() -> bool:
    try:
        import ray  # noqa: F401
        import ray.data  # noqa: F401
    except ImportError:
        return False
    return True


class EmbedBatch:
    """A Ray Data actor: creates the encoder once per worker, then embeds pandas batches."""

    def __init__(self, model: str, side: str, chunking: dict, cache_path: str | None):
        from matchlens.scoring.cache import EmbeddingCache, NullCache
        from matchlens.encoders import create

        self.encoder = create(model)
        self.encoder.load()
        self.side = side
        self.chunking = ChunkSettings(**chunking)
        self.cache = EmbeddingCache(cache_path) if cache_path else NullCache()

    def __call__(self, batch: pd.DataFrame) -> pd.DataFrame:
        from matchlens.scoring.embedding import embed_texts

        emb = embed_texts(self.encoder, batch["text"].tolist(), self.side, self.chunking, self.cache)
        vecs = np.asarray(emb.doc_vectors, dtype=np.float32)
        out = batch.drop(columns=["text"]).assign(model=self.encoder.name, n_tokens=emb.n_tokens)
        out["embedding"] = list(vecs)
        return out


def _init_ray(address: str | None, num_cpus: int | None) -> None:
    import logging

    import ray
    import ray.data

    os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
    ctx = ray.data.DataContext.get_current()
    ctx.enable_progress_bars = False
    ctx.print_on_execution_start = False
    logging.getLogger("ray").setLevel(logging.WARNING)
    if ray.is_initialized():
        return
    quiet = dict(logging_level=logging.WARNING, log_to_driver=False)
    if address:
        ray.init(address=address, **quiet)
    else:
        ray.init(num_cpus=(num_cpus or 1) + 1, include_dashboard=False, _node_ip_address="127.0.0.1", **quiet)


def documents_frame(docs: Sequence[Document], texts: Sequence[str]) -> pd.DataFrame:
    """The rows sent to the workers: ids, metadata, and the text each model sees."""
    return pd.DataFrame({"id": [d.id for d in docs], "name": [d.name for d in docs],
                         "kind": [d.kind for d in docs], "lang": [d.lang for d in docs], "text": list(texts)})


def embed_with_ray(frame: pd.DataFrame, model: str, out_dir: str | Path, side: str = "resume",
                   chunking: ChunkSettings | None = None, cache_path: str | Path | None = None,
                   batch_size: int = 256, workers: int = 1, address: str | None = None) -> Path:
    """Embed ``frame['text']`` with ``workers`` Ray actors; write parquet files (COLUMNS) into ``out_dir``."""
    from matchlens.encoders import create

    if not ray_available():
        raise RuntimeError('the Ray engine needs Ray: pip install "ray[data]"')
    probe = create(model)
    if probe.needs_fit or not probe.cacheable:
        raise ValueError(f"{model} is fitted on the whole corpus (TF-IDF, BM25, Doc2Vec): run it without "
                         "--engine ray")
    import ray.data

    _init_ray(address, workers if not address else None)
    # Blocks of batch_size rows keep every worker busy (split here: Ray's own split fails on pandas 3).
    cols = frame[["id", "name", "kind", "lang", "text"]].reset_index(drop=True)
    ds = ray.data.from_pandas([cols.iloc[i : i + batch_size] for i in range(0, max(len(cols), 1), batch_size)])
    ds = ds.map_batches(EmbedBatch, batch_size=batch_size, batch_format="pandas",
                        compute=ray.data.ActorPoolStrategy(size=workers),
                        fn_constructor_kwargs=dict(model=model, side=side, chunking=asdict(chunking or ChunkSettings()),
                                                   cache_path=str(cache_path) if cache_path else None))
    out = Path(out_dir)
    ds.write_parquet(str(out))
    return out


def read_embeddings(path: str | Path) -> tuple[pd.DataFrame, np.ndarray]:
    """Rows and a float32 matrix from a parquet file or a folder of them (as the Ray engine writes)."""
    df = pd.read_parquet(path)
    missing = set(COLUMNS) - set(df.columns)
    if missing:
        raise ValueError(f"{path}: not a matchlens embeddings file (missing {sorted(missing)})")
    vecs = np.stack([np.asarray(v, dtype=np.float32) for v in df["embedding"]]) if len(df) else \
        np.zeros((0, 0), np.float32)
    return df.drop(columns=["embedding"]), vecs
