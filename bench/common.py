"""Shared helpers for the benchmarks: real texts (ESCO occupations) and timing."""
from __future__ import annotations

import csv
import os
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
SHARED = Path(os.environ.get("MATCHLENS_SHARED", ROOT.parent / "shared")) / "data" / "esco_v1.2.0"


def esco_descriptions(lang: str = "en") -> list[str]:
    """ESCO occupation descriptions (real text, EU licence); falls back to the sample data."""
    path = SHARED / f"occupations_{lang}.csv"
    if path.exists():
        with open(path, encoding="utf-8") as fh:
            return [r["description"] for r in csv.DictReader(fh) if r.get("description")]
    from matchlens.ingest import load_paths

    return [d.text for d in load_paths([ROOT / "sample_data" / "resumes"], "resume").documents]


def resume_length_texts(n: int = 200, words: int = 300, french_share: float = 1 / 3, seed: int = 0) -> list[str]:
    """n texts of ~``words`` words, built by joining ESCO descriptions; a share of them French."""
    import random

    rng = random.Random(seed)
    pools = {"en": esco_descriptions("en"), "fr": esco_descriptions("fr")}
    out = []
    for i in range(n):
        pool = pools["fr"] if i < n * french_share else pools["en"]
        parts, count = [], 0
        while count < words:
            p = rng.choice(pool)
            parts.append(p)
            count += len(p.split())
        out.append(" ".join(" ".join(parts).split()[:words]))
    return out


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class Timer:
    def __enter__(self):
        self.t0 = time.perf_counter()
        return self

    def __exit__(self, *exc):
        self.seconds = time.perf_counter() - self.t0


def machine() -> str:
    import platform

    cpu = platform.processor() or "cpu"
    try:
        with open("/proc/cpuinfo") as fh:
            cpu = next(l.split(":", 1)[1].strip() for l in fh if l.startswith("model name"))
    except (OSError, StopIteration):
        pass
    return f"{cpu}, {os.cpu_count()} cores, Python {platform.python_version()}"


SIZE_MODELS = ["tfidf", "static-multilingual", "jobs-multilingual"]


def size_workspace(home: Path, name: str, n_resumes: int, n_gigs: int, models: list[str] | None = None) -> None:
    """A workspace of ESCO-built FR + EN texts with 60 random labels (timing only; no quality claim)."""
    import random

    os.environ["MATCHLENS_HOME"] = str(home)
    from matchlens.documents import Document
    from matchlens.workspace import Workspace

    docs = [Document(f"r{i}", f"cv_{i:05d}.txt", "resume", t, "fr" if i < n_resumes / 3 else "en")
            for i, t in enumerate(resume_length_texts(n_resumes, words=150, seed=1))]
    docs += [Document(f"g{i}", f"gig_{i:04d}.txt", "gig", t, "fr" if i < n_gigs / 3 else "en")
             for i, t in enumerate(resume_length_texts(n_gigs, words=80, seed=2))]
    ws = Workspace.named(name).create(models or SIZE_MODELS)
    ws.add_documents(docs)
    rng = random.Random(7)
    ws.set_labels({(f"r{rng.randrange(n_resumes)}", f"g{rng.randrange(n_gigs)}"): rng.choice(["fit", "no", "partial"])
                   for _ in range(60)})
