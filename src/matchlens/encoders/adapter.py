"""Shipped LoRA adapters: checked by SHA-256, merged into their base model once, saved as a normal model folder.

Merging (peft's ``merge_and_unload``) folds the low-rank update into the base weights, so the adapted model encodes
exactly as fast as its base.
"""
from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path
from typing import Callable

from matchlens.encoders.base import ModelUnavailable
from matchlens.encoders.e5build import building

WEIGHTS = "adapter_model.safetensors"
CONFIG = "adapter_config.json"


def sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def check(adapter: Path, expected_sha256: str, name: str) -> None:
    """Refuse a missing or altered adapter with what to do, before anything is built from it."""
    weights = adapter / WEIGHTS
    if not weights.is_file() or not (adapter / CONFIG).is_file():
        raise ModelUnavailable(f"{name}: adapter files missing in {adapter} (reinstall matchlens)")
    got = sha256(weights)
    if got != expected_sha256:
        raise ModelUnavailable(f"{name}: adapter checksum mismatch ({got[:12]}… instead of {expected_sha256[:12]}…); "
                               f"the file is damaged or altered: reinstall matchlens")


def merge(base: Path, adapter: Path, out: Path, progress: Callable[[float, str], None] | None = None,
          meta: dict | None = None) -> Path:
    """Write ``base`` + LoRA ``adapter`` (merged) as a sentence-transformers folder at ``out`` (atomic rename)."""
    from peft import PeftModel
    from transformers import AutoModel

    say = progress or (lambda frac, msg: None)
    with building(out, ".adapter-") as tmp:
        say(0.1, "copying the base model's files")
        for item in base.iterdir():
            if item.name != "model.safetensors":
                (shutil.copytree if item.is_dir() else shutil.copy2)(item, tmp / item.name)
        say(0.3, "loading the base weights")
        model = AutoModel.from_pretrained(str(base), trust_remote_code=False)
        say(0.6, "merging the adapter")
        merged = PeftModel.from_pretrained(model, str(adapter), is_trainable=False).merge_and_unload()
        say(0.8, "writing the merged weights")
        merged.save_pretrained(str(tmp), safe_serialization=True)
        (tmp / "matchlens_build.json").write_text(json.dumps({"base": str(base.name), "adapter": str(adapter),
                                                              "adapter_sha256": sha256(adapter / WEIGHTS),
                                                              **(meta or {})}))
    say(1.0, "done")
    return out
