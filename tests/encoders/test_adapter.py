"""Shipped LoRA adapters: a damaged file is refused before use; a merged model encodes as base + adapter does."""
import json

import numpy as np
import pytest

from matchlens.encoders import adapter, bundled
from matchlens.encoders.base import ModelUnavailable


@pytest.fixture(scope="module")
def lora_dir(tiny_st_dir, tmp_path_factory):
    """A LoRA adapter on the tiny BERT with random (non-zero) weights, saved by peft."""
    import torch
    from peft import LoraConfig, get_peft_model
    from transformers import AutoModel

    torch.manual_seed(0)
    model = get_peft_model(AutoModel.from_pretrained(str(tiny_st_dir)),
                           LoraConfig(r=4, lora_alpha=8, target_modules=["query", "value"], init_lora_weights=False))
    out = tmp_path_factory.mktemp("lora") / "adapter"
    model.save_pretrained(str(out))
    return out


def test_merged_model_encodes_like_base_plus_adapter(tiny_st_dir, lora_dir, tmp_path):
    import torch
    from peft import PeftModel
    from sentence_transformers import SentenceTransformer
    from transformers import AutoModel, AutoTokenizer

    out = adapter.merge(tiny_st_dir, lora_dir, tmp_path / "merged")
    texts = ["python developer django", "infirmière de nuit hôpital"]
    merged = SentenceTransformer(str(out), device="cpu").encode(texts)
    base = SentenceTransformer(str(tiny_st_dir), device="cpu").encode(texts)
    tok = AutoTokenizer.from_pretrained(str(tiny_st_dir))
    peft_model = PeftModel.from_pretrained(AutoModel.from_pretrained(str(tiny_st_dir)), str(lora_dir)).eval()
    with torch.no_grad():
        batch = tok(texts, padding=True, return_tensors="pt")
        hidden = peft_model(**batch).last_hidden_state
        mask = batch["attention_mask"].unsqueeze(-1).float()
        ref = torch.nn.functional.normalize((hidden * mask).sum(1) / mask.sum(1), dim=-1).numpy()
    assert np.allclose(merged, ref, atol=1e-4)
    assert not np.allclose(merged, base, atol=1e-3)  # the adapter really changed the model
    assert json.loads((out / "matchlens_build.json").read_text())["adapter_sha256"] == adapter.sha256(
        lora_dir / adapter.WEIGHTS)


def test_damaged_or_missing_adapter_is_refused(lora_dir, tmp_path):
    good = adapter.sha256(lora_dir / adapter.WEIGHTS)
    adapter.check(lora_dir, good, "x")
    import shutil

    bad = tmp_path / "bad"
    shutil.copytree(lora_dir, bad)
    raw = bytearray((bad / adapter.WEIGHTS).read_bytes())
    raw[-1] ^= 0x01
    (bad / adapter.WEIGHTS).write_bytes(bytes(raw))
    with pytest.raises(ModelUnavailable, match="checksum mismatch"):
        adapter.check(bad, good, "x")
    (bad / adapter.WEIGHTS).unlink()
    with pytest.raises(ModelUnavailable, match="missing"):
        adapter.check(bad, good, "x")


def test_shipped_adapter_matches_its_checksum():
    """The adapter in the package is the one whose SHA-256 the registry expects (a re-ship updates both)."""
    adapter.check(bundled.JOBS_ADAPTER, bundled.JOBS_SHA256, bundled.JOBS_NAME)
    card = (bundled.JOBS_ADAPTER / "README.md").read_text()
    assert "ESCO" in card and "matchlens train --config configs/train/jobs_multilingual.json" in card
    assert (bundled.JOBS_ADAPTER / adapter.WEIGHTS).stat().st_size < 10e6


def test_jobs_model_is_listed_as_offline_ready():
    from matchlens.encoders import available

    info = {i.name: i for i in available()}[bundled.JOBS_NAME]
    assert info.offline_ready and info.dim == 384
