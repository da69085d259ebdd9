"""Scale: 10,000 resumes x 1,000 gigs from files on disk, top-10 per gig, with tfidf and the static model;
plus time per 1,000 documents for each bundled transformer model.

Run: .venv/bin/python bench/bench_scale.py [--resumes 10000] [--gigs 1000] [--skip-transformers]
"""
from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from common import Timer, machine, peak_rss_mb, resume_length_texts


def write_corpus(root: Path, n_resumes: int, n_gigs: int) -> None:
    (root / "resumes").mkdir(parents=True)
    (root / "gigs").mkdir()
    for i, t in enumerate(resume_length_texts(n_resumes, words=150, seed=1)):
        (root / "resumes" / f"cv_{i:05d}.txt").write_text(t, encoding="utf-8")
    for i, t in enumerate(resume_length_texts(n_gigs, words=80, seed=2)):
        (root / "gigs" / f"gig_{i:04d}.txt").write_text(t, encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--resumes", type=int, default=10_000)
    ap.add_argument("--gigs", type=int, default=1_000)
    ap.add_argument("--skip-transformers", action="store_true")
    args = ap.parse_args()
    from matchlens.scoring.cache import EmbeddingCache
    from matchlens.ingest.corpus import load_corpus_with_problems
    from matchlens.scoring.matching import compare
    from matchlens.scoring.similarity import top_k

    print(f"machine: {machine()}")
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        write_corpus(root, args.resumes, args.gigs)
        for model in ("tfidf", "static-multilingual"):
            cache = EmbeddingCache(root / f"cache-{model}.sqlite")
            with Timer() as total:
                with Timer() as t_load:
                    corpus, problems = load_corpus_with_problems(root / "resumes", root / "gigs")
                with Timer() as t_score:
                    result = compare(corpus, [model], cache=cache)
                with Timer() as t_top:
                    top = top_k(result.results[model].scores, 10, axis=0)
            assert top.shape == (args.gigs, 10) and not result.errors, result.errors
            print(f"{model}: {args.resumes} x {args.gigs} end to end {total.seconds:.1f}s (load+parse "
                  f"{t_load.seconds:.1f}s, encode+score {t_score.seconds:.1f}s, top-10 {t_top.seconds:.2f}s); "
                  f"peak RSS so far {peak_rss_mb():.0f} MB")
    if args.skip_transformers:
        return
    from matchlens.preprocess.chunking import ChunkSettings
    from matchlens.scoring.embedding import embed_texts
    from matchlens.encoders import create

    texts = resume_length_texts(100, words=300, seed=3)
    for name in ("minilm-en", "use-multilingual", "e5-small-multilingual"):
        enc = create(name)
        embed_texts(enc, texts[:4], "resume", ChunkSettings("first"), None)  # load + warm
        with Timer() as t:
            embed_texts(enc, texts, "resume", ChunkSettings("mean"), None)
        print(f"{name}: {t.seconds / len(texts) * 1000:.0f}s per 1,000 resume-length documents "
              f"(measured on {len(texts)}, chunked)")


if __name__ == "__main__":
    main()
