"""Large-corpus commands: ``matchlens embed --engine ray`` (distributed embedding) and ``matchlens topk``
(top-k per gig from embedding files through a FAISS index, never a dense resumes x gigs matrix)."""
from __future__ import annotations

import sys
import time


def add_engine_args(p) -> None:
    p.add_argument("--engine", choices=["local", "ray"], default="local",
                   help="ray: embed on Ray Data workers (pip install 'ray[data]'); --out is then a folder")
    p.add_argument("--workers", type=int, default=2, help="Ray actors (each loads the model once)")
    p.add_argument("--ray-address", help="join an existing Ray cluster (default: a private local one)")
    p.add_argument("--batch-size", type=int, default=256)


def embed_on_ray(args, docs, texts, chunking) -> int:
    from matchlens.scoring.batch import documents_frame, embed_with_ray
    from matchlens.scoring.cache import EmbeddingCache

    t0 = time.perf_counter()
    out = embed_with_ray(documents_frame(docs, texts), args.model, args.out, side=args.kind, chunking=chunking,
                         cache_path=EmbeddingCache().path, batch_size=args.batch_size, workers=args.workers,
                         address=args.ray_address)
    print(f"[matchlens] wrote {len(docs)} embeddings with Ray ({args.workers} workers) to {out}/ in "
          f"{time.perf_counter() - t0:.1f}s", file=sys.stderr)
    return 0


def register(sub) -> None:
    p = sub.add_parser("topk", help="top-k resumes per gig from `matchlens embed` files, through a vector index")
    p.add_argument("--resumes", required=True, help="parquet file or folder written by `matchlens embed`")
    p.add_argument("--gigs", required=True, help="parquet file or folder written by `matchlens embed --kind gig`")
    p.add_argument("--k", type=int, default=10)
    p.add_argument("--index", choices=["auto", "flat", "hnsw", "numpy"], default="auto",
                   help="auto: exact below 1M resumes (numpy blocks or FAISS flat, by size), FAISS HNSW "
                        "(approximate) above")
    p.add_argument("--out", help="write the table to FILE.csv or FILE.parquet (default: print)")
    p.set_defaults(func=cmd_topk)


def cmd_topk(args) -> int:
    import pandas as pd

    from matchlens.scoring import index
    from matchlens.scoring.batch import read_embeddings

    res_rows, res_vecs = read_embeddings(args.resumes)
    gig_rows, gig_vecs = read_embeddings(args.gigs)
    models = set(res_rows["model"]) | set(gig_rows["model"])
    if len(models) != 1:
        print(f"[matchlens] error: the files mix models {sorted(models)}; embed both sides with one model",
              file=sys.stderr)
        return 1
    if len(res_rows) == 0 or len(gig_rows) == 0:
        print("[matchlens] error: no resumes or no gigs in the files", file=sys.stderr)
        return 1
    kind = index.resolve(args.index, len(res_rows), len(gig_rows))
    t0 = time.perf_counter()
    idx, scores = index.top_k(res_vecs, gig_vecs, args.k, kind)
    print(f"[matchlens] top-{args.k} of {len(res_rows)} resumes for {len(gig_rows)} gigs ({kind} index) in "
          f"{time.perf_counter() - t0:.2f}s", file=sys.stderr)
    table = pd.DataFrame({
        "gig": gig_rows["name"].to_numpy().repeat(idx.shape[1]),
        "resume": res_rows["name"].to_numpy()[idx.ravel()],
        "model": next(iter(models)), "score": scores.ravel().round(4),
        "rank": list(range(1, idx.shape[1] + 1)) * idx.shape[0]})
    if args.out:
        from matchlens.views.export import write_table

        write_table(table, args.out)
        print(f"[matchlens] wrote {len(table)} rows to {args.out}", file=sys.stderr)
    else:
        print(table.to_string(index=False))
    return 0
