"""The job-domain model's cost over its base: encode time of jobs-multilingual vs e5-small-multilingual on the same
texts in one run (alternating, best of three), and the repository bytes the adapter adds.

Run: .venv/bin/python bench/bench_adapter.py [--n 300]
"""
from __future__ import annotations

import argparse
import time

from common import machine, resume_length_texts


def seconds(fn) -> float:
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=300)
    args = ap.parse_args()
    from matchlens.encoders import bundled, create

    texts = resume_length_texts(args.n, words=60, seed=4)
    base, jobs = create("e5-small-multilingual"), create("jobs-multilingual")
    base.encode(texts[:8]), jobs.encode(texts[:8])  # load both before timing
    t_base, t_jobs = float("inf"), float("inf")
    for _ in range(5):  # alternate, so drift of a shared CPU hits both alike; keep the best of each
        t_base = min(t_base, seconds(lambda: base.encode(texts, side="gig")))
        t_jobs = min(t_jobs, seconds(lambda: jobs.encode(texts, side="gig")))
    size = sum(p.stat().st_size for p in bundled.JOBS_ADAPTER.iterdir())
    print(f"machine: {machine()}")
    print(f"{args.n} texts of ~60 words: e5 {t_base:.2f} s, jobs-multilingual {t_jobs:.2f} s "
          f"-> ratio {t_jobs / t_base:.3f} (target < 1.10)")
    print(f"adapter files in the repository: {size / 1e6:.2f} MB (target < 10 MB)")


if __name__ == "__main__":
    main()
