"""Encode path: matchlens vs plain SentenceTransformer.encode, bf16 vs fp32, cold vs warm (cache).

Run: ./run.sh bench   (or .venv/bin/python bench/bench_encode.py [--n 200] [--model minilm-en])
Prints ratios measured side by side in this one run.
"""
from __future__ import annotations

import argparse
import tempfile

import numpy as np

from common import Timer, machine, resume_length_texts


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=200)
    ap.add_argument("--model", default="minilm-en")
    args = ap.parse_args()

    import torch
    from scipy.stats import spearmanr
    from sentence_transformers import SentenceTransformer

    from matchlens.scoring.cache import EmbeddingCache
    from matchlens.preprocess.chunking import ChunkSettings
    from matchlens.scoring.embedding import embed_texts
    from matchlens.encoders import create

    texts = resume_length_texts(args.n)
    print(f"machine: {machine()}; torch {torch.__version__}; {len(texts)} texts of ~300 words; model {args.model}")
    results = {}
    for dtype in ("fp32", "bf16"):
        enc = create(args.model)
        enc.bf16 = dtype == "bf16"
        path = enc.path
        kw = {"model_kwargs": {"dtype": torch.bfloat16}} if enc.bf16 else {}
        plain = SentenceTransformer(path, device="cpu", **kw)
        plain.encode(texts[:8])  # warm-up both
        enc.encode(texts[:8])
        settings = ChunkSettings(aggregation="first")  # same work as plain encode: one window per text
        with Timer() as t_plain:
            ref = plain.encode(texts, batch_size=32, convert_to_numpy=True, normalize_embeddings=True)
        cache = EmbeddingCache(tempfile.mkdtemp() + "/c.sqlite")
        with Timer() as t_ours:
            ours = embed_texts(enc, texts, "resume", settings, cache).doc_vectors
        with Timer() as t_warm:
            embed_texts(enc, texts, "resume", settings, cache)
        with Timer() as t_chunked:
            chunked = embed_texts(enc, texts, "resume", ChunkSettings("mean"), EmbeddingCache(tempfile.mkdtemp() + "/c"))
        cos = float(np.mean(np.sum(ref.astype(np.float32) * ours, axis=1)))
        results[dtype] = ours
        print(f"[{dtype}] plain ST.encode {t_plain.seconds:.2f}s ({len(texts) / t_plain.seconds:.1f} texts/s) | "
              f"matchlens {t_ours.seconds:.2f}s -> speed ratio {t_plain.seconds / t_ours.seconds:.2f}x "
              f"(mean cosine to plain {cos:.4f}) | warm (cached) {t_warm.seconds:.3f}s -> "
              f"{t_ours.seconds / t_warm.seconds:.0f}x faster | chunked, whole texts read "
              f"({int(chunked.n_chunks.sum())} chunks) {t_chunked.seconds:.2f}s")
        results[dtype + "_t"] = t_ours.seconds
    a, b = results["fp32"], results["bf16"]
    rho = spearmanr((a @ a.T).ravel(), (b @ b.T).ravel())[0]
    print(f"bf16 vs fp32: {results['fp32_t'] / results['bf16_t']:.2f}x faster, Spearman rho of pair scores {rho:.5f}")


if __name__ == "__main__":
    main()
