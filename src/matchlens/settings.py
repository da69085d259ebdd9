"""Where matchlens keeps its files, and the privacy defaults every entry point applies."""
from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

ENV_HOME = "MATCHLENS_HOME"
ENV_ALLOW_DOWNLOADS = "MATCHLENS_ALLOW_DOWNLOADS"
ENV_BF16 = "MATCHLENS_BF16"


def home() -> Path:
    """The user folder: embeddings cache, built bundled models, trained models, workspaces."""
    root = os.environ.get(ENV_HOME) or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "matchlens")
    path = Path(root)
    path.mkdir(parents=True, exist_ok=True)
    return path


def models_dir() -> Path:
    """Trained and built models live here; every folder in it shows up in the registry."""
    path = home() / "models"
    path.mkdir(parents=True, exist_ok=True)
    return path


def downloads_allowed() -> bool:
    """Hub downloads are off unless the user opts in (resumes are personal data)."""
    return os.environ.get(ENV_ALLOW_DOWNLOADS, "").strip().lower() in {"1", "true", "yes"}


def apply_privacy_defaults() -> None:
    """Keep Hugging Face libraries offline and telemetry off unless downloads were allowed."""
    os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")
    os.environ.setdefault("DO_NOT_TRACK", "1")
    os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    if not downloads_allowed():
        os.environ["HF_HUB_OFFLINE"] = "1"
        os.environ["TRANSFORMERS_OFFLINE"] = "1"
        os.environ["HF_DATASETS_OFFLINE"] = "1"


@lru_cache(maxsize=1)
def cpu_flags() -> frozenset[str]:
    """CPU feature flags from /proc/cpuinfo (empty where it does not exist)."""
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as fh:
            for line in fh:
                if line.startswith("flags"):
                    return frozenset(line.split(":", 1)[1].split())
    except OSError:
        pass
    return frozenset()


@lru_cache(maxsize=1)
def cpu_name() -> str:
    """The CPU model and its speed-relevant flags, stated beside every figure matchlens records."""
    import platform

    name = platform.processor() or "unknown CPU"
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as fh:
            name = next((ln.split(":", 1)[1].strip() for ln in fh if ln.startswith("model name")), name)
    except OSError:
        pass
    extras = [f for f in ("avx512f", "amx_bf16") if f in cpu_flags()]
    return f"{name}, {os.cpu_count()} cores" + (f" ({', '.join(extras)})" if extras else "")


@lru_cache(maxsize=1)
def bf16_preferred() -> bool:
    """Run transformer weights in bf16 only where it is really faster on this CPU.

    On Intel CPUs with AMX, bf16 weights measured 4.9x faster than fp32 (Spearman rho 0.9999 of pair
    scores); on an AMD EPYC without AVX512 they measured 3.3x *slower*. So: no native bf16 flag ->
    fp32; with one, a matmul check decides (bf16 must be >= 1.5x faster). ``MATCHLENS_BF16=0/1``
    overrides. The decision is part of every embedding's cache key, so it is made once per CPU and torch version
    and kept in the matchlens home (see :func:`_probe_once`): one timing under load (1.25x measured once among
    4-8x) must not make the next server re-encode everything.
    """
    override = os.environ.get(ENV_BF16, "").strip().lower()
    if override in {"0", "false", "no"}:
        return False
    if override in {"1", "true", "yes"}:
        return True
    if not {"amx_bf16", "avx512_bf16"} & cpu_flags():
        return False
    return _probe_once()


def _probe_once() -> bool:
    """bf16 or not for this CPU and torch, decided by the median of five matmul checks and remembered on disk."""
    import json
    import statistics
    from importlib import metadata

    path = home() / "cpu-probe.json"
    try:  # the installed version, read without importing torch (2.2 s, often not needed: embeddings cached)
        version = metadata.version("torch")
    except metadata.PackageNotFoundError:
        import torch

        version = torch.__version__
    key = f"{cpu_name()} | torch {version}"
    try:
        known = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        known = {}
    if isinstance(known.get(key), dict) and isinstance(known[key].get("bf16"), bool):
        return known[key]["bf16"]
    speedup = statistics.median(_bf16_matmul_speedup() for _ in range(5))
    known = known if isinstance(known, dict) else {}
    known[key] = {"bf16": speedup >= 1.5, "speedup": round(speedup, 2)}
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(json.dumps(known, indent=1), encoding="utf-8")
        tmp.replace(path)
    except OSError:
        pass  # a read-only home: decide again next time
    return known[key]["bf16"]


def _bf16_matmul_speedup() -> float:
    """fp32 time / bf16 time of a transformer-sized matmul."""
    import time

    import torch

    a, b = torch.randn(512, 384), torch.randn(384, 1536)
    timings = {}
    for dtype in (torch.float32, torch.bfloat16):
        x, y = a.to(dtype), b.to(dtype)
        for _ in range(3):
            x @ y
        t = time.perf_counter()
        for _ in range(20):
            x @ y
        timings[dtype] = time.perf_counter() - t
    return timings[torch.float32] / max(timings[torch.bfloat16], 1e-9)


BACKGROUND_NICE = 10


def lower_thread_priority(nice: int = BACKGROUND_NICE) -> bool:
    """Run the calling thread (and threads it starts later, e.g. torch's) at a lower CPU priority, so background
    scoring and UMAP leave the cores to the page being shown and the browser. Linux only; False elsewhere."""
    import threading

    try:
        tid = threading.get_native_id()
        os.setpriority(os.PRIO_PROCESS, tid, max(os.getpriority(os.PRIO_PROCESS, tid), nice))
        return True
    except (AttributeError, OSError):
        return False
