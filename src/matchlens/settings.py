"""Where matchlens keeps its files, the privacy defaults every entry point applies, and the one place that reads
matchlens's environment variables (:class:`Settings`, :func:`current`)."""
from __future__ import annotations

import os
from dataclasses import dataclass, field, fields
from functools import lru_cache
from pathlib import Path

from matchlens.errors import MatchlensError

ENV_HOME = "MATCHLENS_HOME"
ENV_ALLOW_DOWNLOADS = "MATCHLENS_ALLOW_DOWNLOADS"
ENV_BF16 = "MATCHLENS_BF16"
_YES, _NO = {"1", "true", "yes"}, {"0", "false", "no"}


class SettingsError(MatchlensError, ValueError):
    """An environment variable holds a value matchlens cannot use (named in the message)."""


def _env(name: str, doc: str):
    """A settings field read from the variable ``name``; ``doc`` says what it does (README's table lists them)."""
    return field(metadata={"env": name, "doc": doc})


@dataclass(frozen=True)
class Settings:
    """Every ``MATCHLENS_*`` environment variable, parsed once: the rest of the package reads these fields."""

    home: str = _env(ENV_HOME, "the user folder (cache, models, workspaces); default ~/.cache/matchlens")
    allow_downloads: bool = _env(ENV_ALLOW_DOWNLOADS, "1 lets Hugging Face weights be downloaded (off: offline)")
    bf16: bool | None = _env(ENV_BF16, "0/1 forces fp32/bf16 weights; unset: measured once per CPU")
    models: tuple[str, ...] = _env("MATCHLENS_MODELS", "comma-separated models a new workspace compares")
    allow_remote: bool = _env("MATCHLENS_ALLOW_REMOTE", "1 allows a non-loopback embeddings endpoint")
    embeddings_url: str = _env("MATCHLENS_EMBEDDINGS_URL", "the OpenAI-compatible /embeddings server (default Ollama's)")
    embeddings_key: str = _env("MATCHLENS_EMBEDDINGS_KEY", "the API key sent to that server")
    password: str | None = _env("MATCHLENS_PASSWORD", "the access key of `--network` (else a random one)")
    allowed_hosts: str = _env("MATCHLENS_ALLOWED_HOSTS", "more host names the server answers to (like --allow-host)")
    shared: Path | None = _env("MATCHLENS_SHARED", "the team's shared folder (default ../shared beside the checkout)")
    shared_data: Path | None = _env("MATCHLENS_SHARED_DATA", "the real job-ad data (default $MATCHLENS_SHARED/data)")
    autoload_sample: bool = _env("MATCHLENS_AUTOLOAD_SAMPLE", "1 fills a new default workspace with the sample data")
    no_warmup: bool = _env("MATCHLENS_NO_WARMUP", "1 skips the start-up scoring and warm-ups (fast tests)")
    scoring_wait_all: bool = _env("MATCHLENS_SCORING_WAIT", "`all`: pages wait for every model before drawing")
    follow_seconds: float = _env("MATCHLENS_FOLLOW_SECONDS", "how long a page follows background work (s, 3600)")


def current() -> Settings:
    """The settings of the environment as it is now (parsed once per distinct set of values, so a test's
    monkeypatch.setenv is seen at once)."""
    return _parse(tuple(os.environ.get(f.metadata["env"]) for f in fields(Settings)))


@lru_cache(maxsize=8)
def _parse(raw: tuple[str | None, ...]) -> Settings:
    """Settings from the variables' raw values, in field order."""
    v = dict(zip((f.name for f in fields(Settings)), raw))
    return Settings(
        home=v["home"] or "", allow_downloads=_flag(v["allow_downloads"]), bf16=_override(v["bf16"]),
        models=tuple(m.strip() for m in (v["models"] or "").split(",") if m.strip()),
        allow_remote=_flag(v["allow_remote"]), embeddings_url=v["embeddings_url"] or "",
        embeddings_key=v["embeddings_key"] or "", password=v["password"], allowed_hosts=v["allowed_hosts"] or "",
        shared=_path(v["shared"]), shared_data=_path(v["shared_data"]), autoload_sample=_flag(v["autoload_sample"]),
        no_warmup=_flag(v["no_warmup"]), scoring_wait_all=v["scoring_wait_all"] == "all",
        follow_seconds=_seconds("MATCHLENS_FOLLOW_SECONDS", v["follow_seconds"], 3600.0))


def _flag(value: str | None) -> bool:
    """1/true/yes (any case, spaces around) is on; anything else off."""
    return (value or "").strip().lower() in _YES


def _override(value: str | None) -> bool | None:
    """0/1 (false/true, no/yes) forces a choice; anything else leaves it to matchlens."""
    text = (value or "").strip().lower()
    return True if text in _YES else False if text in _NO else None


def _path(value: str | None) -> Path | None:
    """A folder named by a variable (~ expanded); unset or empty is None."""
    return Path(value).expanduser() if value else None


def _seconds(name: str, value: str | None, default: float) -> float:
    """A number of seconds, or a message naming the variable when it is not one."""
    if value is None:
        return default
    try:
        return float(value)
    except ValueError:
        raise SettingsError(f"{name} must be a number of seconds, not {value!r}") from None


def shared_dir() -> Path:
    """The team's shared folder: $MATCHLENS_SHARED, else ../shared beside the checkout."""
    return current().shared or Path(__file__).resolve().parents[2].parent / "shared"


def home() -> Path:
    """The user folder: embeddings cache, built bundled models, trained models, workspaces."""
    root = current().home or os.path.join(
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
    return current().allow_downloads


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
    override = current().bf16
    if override is not None:
        return override
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
