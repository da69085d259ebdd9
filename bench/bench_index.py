"""Top-k beyond one dense matrix: FAISS flat (exact) and HNSW (approximate) vs matchlens's numpy blocks,
and the Ray engine vs the local embed path on the same texts.

Run: .venv/bin/python bench/bench_index.py [--docs 200000] [--queries 1000] [--dim 384] [--skip-ray]
Vectors are synthetic and clustered (unit vectors around ~n/200 centres, like documents around occupations), of
e5-small's dimension: the index cost depends on n, d and structure, not on the text.
"""
from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

import numpy as np
from common import Timer, machine, peak_rss_mb, resume_length_texts


def bench_index(n_docs: int, n_queries: int, dim: int, k: int = 10) -> None:
    from matchlens.scoring import index
    from matchlens.encoders.base import l2_normalize
    from matchlens.scoring.similarity import top_k_blocked

    rng = np.random.default_rng(0)
    centers = rng.normal(size=(max(10, n_docs // 200), dim)).astype(np.float32)  # occupations, roughly

    def sample(n: int) -> np.ndarray:
        return l2_normalize(centers[rng.integers(0, len(centers), n)] + rng.normal(scale=0.08, size=(n, dim)))

    docs, queries = sample(n_docs), sample(n_queries)
    with Timer() as t_np:
        exact, _ = top_k_blocked(docs, queries, k)
    with Timer() as t_flat:
        flat, _ = index.top_k(docs, queries, k, "flat")
    with Timer() as t_build:
        hnsw = index.build(docs, "hnsw")
    with Timer() as t_search:
        approx, _ = index.search(hnsw, queries, k)
    print(f"top-{k} of {n_docs:,} x {dim}-d for {n_queries:,} queries: numpy blocks {t_np.seconds:.2f}s, "
          f"FAISS flat {t_flat.seconds:.2f}s ({t_np.seconds / t_flat.seconds:.1f}x, same top-k: "
          f"{index.recall_at_k(flat, exact):.3f}), HNSW build {t_build.seconds:.1f}s + search "
          f"{t_search.seconds:.3f}s ({t_flat.seconds / max(t_search.seconds, 1e-9):.0f}x faster than flat per "
          f"query batch, recall@{k} {index.recall_at_k(approx, exact):.3f}); peak RSS {peak_rss_mb():.0f} MB")


def bench_ray(n_texts: int = 400, model: str = "static-multilingual") -> None:
    import pandas as pd

    from matchlens.scoring.batch import embed_with_ray, ray_available, read_embeddings
    from matchlens.scoring.embedding import embed_texts
    from matchlens.encoders import create

    if not ray_available():
        print("ray: not installed (pip install 'ray[data]'), skipped")
        return
    texts = resume_length_texts(n_texts, words=300, seed=5)
    frame = pd.DataFrame({"id": [str(i) for i in range(n_texts)], "name": [f"t{i}" for i in range(n_texts)],
                          "kind": "resume", "lang": "", "text": texts})
    with Timer() as t_local:
        enc = create(model)
        local = embed_texts(enc, texts, "resume", None, None).doc_vectors
    with tempfile.TemporaryDirectory() as tmp, Timer() as t_ray:
        out = embed_with_ray(frame, model, Path(tmp) / "out", workers=2, batch_size=100)
        rows, vecs = read_embeddings(out)
    order = np.argsort(rows["id"].astype(int).to_numpy())
    same = float(np.abs(vecs[order] - local).max())
    print(f"ray engine ({model}, {n_texts} texts, 2 local workers, cluster start included): {t_ray.seconds:.1f}s vs "
          f"local {t_local.seconds:.1f}s ({t_ray.seconds / t_local.seconds:.1f}x the local time; max |diff| {same:.1e}). "
          "Ray pays off across machines, not on one 2-core box.")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=100_000)
    ap.add_argument("--queries", type=int, default=1_000)
    ap.add_argument("--dim", type=int, default=384)
    ap.add_argument("--skip-ray", action="store_true")
    args = ap.parse_args()
    print(f"machine: {machine()}")
    bench_index(args.docs, args.queries, args.dim)
    if not args.skip_ray:
        bench_ray()


if __name__ == "__main__":
    main()
