"""Run a training recipe with sentence-transformers' own trainers and losses, then save, evaluate
before/after on the held-back pairs, and write a model card. No hand-written training loop.
"""
from __future__ import annotations

import json
import platform
import shutil
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import numpy as np

from matchlens import settings
from matchlens.encoders.sbert import no_custom_code
from matchlens.evaluation.metrics import pair_metrics
from matchlens.training.config import TrainConfig
from matchlens.training.data import Pairs, data_hash, train_eval

Report = Callable[[dict], None]


@dataclass
class TrainResult:
    output_dir: Path
    before: dict
    after: dict
    baseline: dict
    seconds: float
    history: list = field(default_factory=list)


def base_path(name: str) -> str:
    """Folder (or hub id) of a registry model that can be trained."""
    from matchlens.encoders import create
    from matchlens.encoders.bundled import _Built

    enc = create(name)
    if isinstance(enc, _Built):
        return str(enc.ensure())
    path = getattr(enc, "path", None)
    if not path:
        raise ValueError(f"{name} is not trainable (kind {enc.info.kind}); pick a transformer-based model")
    return path


def _use_bf16(cfg: TrainConfig) -> bool:
    return cfg.bf16 == "yes" or (cfg.bf16 == "auto" and settings.bf16_preferred())


def _callback(report: Report | None, stop: threading.Event | None, history: list):
    from transformers import TrainerCallback

    class Progress(TrainerCallback):
        def on_log(self, args, state, control, logs=None, **kw):
            row = {"step": state.global_step, "max_steps": state.max_steps, **(logs or {})}
            history.append(row)
            if report:
                report(row)

        def on_step_end(self, args, state, control, **kw):
            if stop is not None and stop.is_set():
                control.should_training_stop = True
            return control

    return Progress()


def _args(cls, cfg: TrainConfig, out: str, has_eval: bool, **extra):
    kw = dict(output_dir=out, num_train_epochs=cfg.epochs, max_steps=cfg.max_steps,
              per_device_train_batch_size=cfg.batch_size, per_device_eval_batch_size=cfg.batch_size,
              learning_rate=cfg.learning_rate, warmup_steps=cfg.warmup_ratio, seed=cfg.seed, data_seed=cfg.seed,
              logging_steps=0.05, report_to="none", use_cpu=True,  # a ratio: ~20 points per curve
              bf16=_use_bf16(cfg), disable_tqdm=True, dataloader_num_workers=0,
              eval_strategy="steps" if has_eval else "no", eval_steps=cfg.eval_steps, save_strategy="no")
    if has_eval and cfg.early_stopping_patience:
        kw.update(save_strategy="steps", save_steps=cfg.eval_steps, load_best_model_at_end=True,
                  metric_for_best_model="eval_loss", greater_is_better=False, save_total_limit=2)
    kw.update(extra)
    return cls(**kw)


def _callbacks(cfg, report, stop, history):
    cbs = [_callback(report, stop, history)]
    if cfg.early_stopping_patience:
        from transformers import EarlyStoppingCallback

        cbs.append(EarlyStoppingCallback(early_stopping_patience=cfg.early_stopping_patience))
    return cbs


def _quiet(trainer):
    """No log dicts printed on stdout (stdout belongs to the CLI's tables); our callback reports instead."""
    from transformers.trainer_callback import PrinterCallback

    trainer.remove_callback(PrinterCallback)
    return trainer


def _dataset(p: Pairs, labels: np.ndarray | None):
    from datasets import Dataset

    cols = {"sentence1": p.a, "sentence2": p.b}
    if labels is not None:
        cols["label"] = [float(x) for x in labels]
    return Dataset.from_dict(cols)


def _labels_for(cfg: TrainConfig, p: Pairs) -> np.ndarray | None:
    if cfg.recipe in ("contrastive", "online_contrastive", "mlm_contrastive"):
        return (p.label >= cfg.positive_min).astype(float)
    if cfg.recipe == "mnrl":
        return None
    if cfg.recipe == "distill":
        from matchlens.encoders import create

        return np.clip(create(cfg.teacher).score_pairs(p.a, p.b), 0, 1)
    return p.label.astype(float)


def _loss(cfg: TrainConfig, model):
    from sentence_transformers.sentence_transformer import losses

    return {"contrastive": losses.ContrastiveLoss, "online_contrastive": losses.OnlineContrastiveLoss,
            "mlm_contrastive": losses.ContrastiveLoss, "cosine": losses.CosineSimilarityLoss,
            "distill": losses.CosineSimilarityLoss, "cosent": losses.CoSENTLoss,
            "mnrl": losses.MultipleNegativesRankingLoss}[cfg.recipe](model)


def _mlm(cfg: TrainConfig, path: str, texts: list[str], work: Path, report, stop, history) -> str:
    """Domain adaptation: masked-language modelling on the unlabeled texts, then mean pooling on top."""
    from datasets import Dataset
    from transformers import (AutoModelForMaskedLM, AutoTokenizer, DataCollatorForLanguageModeling, Trainer,
                              TrainingArguments)

    tok = AutoTokenizer.from_pretrained(path, trust_remote_code=False)
    model = AutoModelForMaskedLM.from_pretrained(path, trust_remote_code=False)
    ds = Dataset.from_dict({"text": list(dict.fromkeys(texts))}).map(
        lambda b: tok(b["text"], truncation=True, max_length=cfg.max_seq_length), batched=True, remove_columns=["text"])
    args = _args(TrainingArguments, cfg, str(work / "mlm-ckpt"), False, num_train_epochs=cfg.mlm_epochs)
    trainer = Trainer(model=model, args=args, train_dataset=ds, callbacks=[_callback(report, stop, history)],
                      data_collator=DataCollatorForLanguageModeling(tok, mlm_probability=0.15))
    _quiet(trainer).train()
    out = work / "mlm"
    model.save_pretrained(out)
    tok.save_pretrained(out)
    return str(out)


def train(cfg: TrainConfig, report: Report | None = None, stop: threading.Event | None = None) -> TrainResult:
    """Train, save into the models folder, and measure base vs trained on the held-back pairs."""
    settings.apply_privacy_defaults()
    import torch
    from sentence_transformers import SentenceTransformer, models

    t0 = time.perf_counter()
    torch.manual_seed(cfg.seed)
    np.random.seed(cfg.seed)
    train_p, eval_p = train_eval(cfg)
    path = base_path(cfg.base_model)
    out = output_folder(cfg)  # refused here, before any training, if it is not ours to write
    work = Path(tempfile.mkdtemp(prefix="matchlens-train-"))
    history: list = []
    say = report or (lambda row: None)
    for problem in dict.fromkeys(map(str, train_p.problems + eval_p.problems)):
        say({"stage": "data", "message": problem})
    try:
        say({"stage": "before", "message": "scoring the base model on the held-back pairs"})
        before = _evaluate_path(path, eval_p, cfg, cross=False)
        if cfg.recipe == "cross_encoder":
            _train_cross(cfg, path, train_p, eval_p, work, report, stop, history)
        else:
            if cfg.recipe == "mlm_contrastive":
                mlm_path = _mlm(cfg, path, train_p.a + train_p.b, work, report, stop, history)
                body = models.Transformer(mlm_path, max_seq_length=cfg.max_seq_length, **no_custom_code({}))
                model = SentenceTransformer(modules=[body, models.Pooling(body.get_embedding_dimension(), "mean"),
                                                     models.Normalize()], device="cpu")
            else:
                model = SentenceTransformer(path, device="cpu", trust_remote_code=False)
                model.max_seq_length = min(cfg.max_seq_length, model.max_seq_length or cfg.max_seq_length)
            _train_bi(cfg, model, train_p, eval_p, work, report, stop, history)
        if stop is not None and stop.is_set():
            raise InterruptedError("training cancelled")
        say({"stage": "after", "message": "scoring the trained model on the held-back pairs"})
        after = _evaluate_path(str(work / "model"), eval_p, cfg, cross=cfg.recipe == "cross_encoder")
        baseline = _evaluate_tfidf(eval_p, cfg)
        result = TrainResult(out, before, after, baseline, time.perf_counter() - t0, history)
        _write_card(work / "model", cfg, result, path, train_p, eval_p)
        _write_pair_hashes(work / "model", train_p, eval_p)
        _publish(work / "model", out)  # one rename, after config, metrics, prompts and card are written
        return result
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _train_bi(cfg, model, train_p, eval_p, work, report, stop, history) -> None:
    from sentence_transformers import SentenceTransformerTrainer, SentenceTransformerTrainingArguments

    labels = _labels_for(cfg, train_p)
    if cfg.recipe == "mnrl":  # in-batch negatives: positive pairs only
        train_p = train_p.subset(train_p.label >= cfg.positive_min)
    eval_labels = None if cfg.recipe == "mnrl" else _labels_for(cfg, eval_p)
    eval_set = eval_p.subset(eval_p.label >= cfg.positive_min) if cfg.recipe == "mnrl" else eval_p
    args = _args(SentenceTransformerTrainingArguments, cfg, str(work / "ckpt"), len(eval_set) > 0)
    trainer = SentenceTransformerTrainer(model=model, args=args, train_dataset=_dataset(train_p, labels),
                                         eval_dataset=_dataset(eval_set, eval_labels) if len(eval_set) else None,
                                         loss=_loss(cfg, model), callbacks=_callbacks(cfg, report, stop, history))
    _quiet(trainer).train()
    model.save(str(work / "model"))


def _train_cross(cfg, path, train_p, eval_p, work, report, stop, history) -> None:
    from sentence_transformers import CrossEncoder, CrossEncoderTrainer, CrossEncoderTrainingArguments
    from sentence_transformers.cross_encoder.losses import BinaryCrossEntropyLoss

    model = CrossEncoder(path, num_labels=1, max_length=cfg.max_seq_length, device="cpu", trust_remote_code=False)
    args = _args(CrossEncoderTrainingArguments, cfg, str(work / "ckpt"), len(eval_p) > 0)
    trainer = CrossEncoderTrainer(model=model, args=args, train_dataset=_dataset(train_p, train_p.label),
                                  eval_dataset=_dataset(eval_p, eval_p.label), loss=BinaryCrossEntropyLoss(model),
                                  callbacks=_callbacks(cfg, report, stop, history))
    _quiet(trainer).train()
    model.save(str(work / "model"))


def _write_pair_hashes(folder: Path, train_p: Pairs, eval_p: Pairs) -> None:
    """Hashes of the training and held-back pairs, so evaluation can flag a model judged on its own training
    data (leakage); no text is stored."""
    from matchlens.evaluation.labeled import TRAINED_PAIRS, pair_hash

    (folder / TRAINED_PAIRS).write_text(json.dumps({"train": sorted({pair_hash(a, b) for a, b in zip(train_p.a, train_p.b)}),
                                                    "heldout": sorted({pair_hash(a, b) for a, b in zip(eval_p.a, eval_p.b)})}))


def output_folder(cfg: TrainConfig) -> Path:
    """Where the model will be published: inside the models folder, and never over something not ours."""
    root = settings.models_dir().resolve()
    out = (Path(cfg.output_dir).expanduser() if cfg.output_dir else root / cfg.name).resolve()
    if out == root or root not in out.parents:
        raise ValueError(f"output_dir {cfg.output_dir!r} is outside matchlens's models folder ({root}); "
                         f"training writes only there (leave output_dir empty to use {root / cfg.name})")
    if out.exists() and not (out / "matchlens.json").is_file():
        raise ValueError(f"{out} exists and is not a matchlens model; choose another name")
    return out


def _publish(src: Path, out: Path) -> None:
    """Move the finished model into place in one rename (never a half-written model folder)."""
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.parent / f".{out.name}.tmp"
    shutil.rmtree(tmp, ignore_errors=True)
    shutil.copytree(src, tmp)
    old = out.parent / f".{out.name}.old"
    if out.exists():
        shutil.rmtree(old, ignore_errors=True)
        out.rename(old)
    tmp.rename(out)
    shutil.rmtree(old, ignore_errors=True)


def _scores(path: str, p: Pairs, cross: bool) -> np.ndarray:
    from matchlens.encoders.cross import CrossEncoderScorer
    from matchlens.encoders.sbert import SentenceTransformerEncoder

    if cross:
        return CrossEncoderScorer("eval", path).score_pairs(p.a, p.b)
    enc = SentenceTransformerEncoder("eval", path)
    a, b = enc.encode(p.a, "resume"), enc.encode(p.b, "gig")
    return np.einsum("ij,ij->i", a, b)


def _evaluate_path(path: str, p: Pairs, cfg: TrainConfig, cross: bool) -> dict:
    return pair_metrics(_scores(path, p, cross), p.label, positive_min=cfg.positive_min, n_boot=300, seed=cfg.seed)


def _evaluate_tfidf(p: Pairs, cfg: TrainConfig) -> dict:
    """The TF-IDF baseline read as the trained model is (_scores): the texts as given, whole."""
    from matchlens.evaluation.labeled import score_text_pairs
    from matchlens.options import Options

    raw = Options(blind=False, gig_fields="whole")
    return pair_metrics(score_text_pairs("tfidf", p.a, p.b, options=raw), p.label, positive_min=cfg.positive_min,
                        n_boot=300, seed=cfg.seed)


def _write_card(out: Path, cfg: TrainConfig, r: TrainResult, base: str, train_p: Pairs, eval_p: Pairs) -> None:
    import sentence_transformers
    import torch
    import transformers

    kind = "cross-encoder" if cfg.recipe == "cross_encoder" else "bi-encoder"
    meta = {"kind": kind, "recipe": cfg.recipe, "base_model": cfg.base_model, "base_path": base,
            "languages": "as the base model", "description": f"{cfg.recipe} on {Path(cfg.train_file).name} "
            f"from {cfg.base_model}", "data_hash": data_hash(cfg.train_file, cfg.eval_file),
            "n_train": len(train_p), "n_eval": len(eval_p), "seconds": round(r.seconds, 1),
            "versions": {"python": platform.python_version(), "torch": torch.__version__,
                         "transformers": transformers.__version__,
                         "sentence-transformers": sentence_transformers.__version__}}
    if cfg.base_model == "e5-small-multilingual":
        meta["prompts"] = {"resume": "query: ", "gig": "query: "}
    (out / "matchlens.json").write_text(json.dumps(meta, indent=2))
    (out / "train_config.json").write_text(json.dumps(cfg.to_dict(), indent=2))
    metrics = {"before": r.before, "after": r.after, "tfidf": r.baseline, "history": r.history}
    (out / "metrics.json").write_text(json.dumps(metrics, indent=2, default=float))
    rows = "\n".join(f"| {name} | {m.get('roc_auc', float('nan')):.3f} | {m.get('average_precision', float('nan')):.3f} "
                     f"| {m.get('mse', float('nan')):.3f} |" for name, m in
                     (("TF-IDF", r.baseline), (f"base: {cfg.base_model}", r.before), (f"trained: {cfg.name}", r.after)))
    (out / "MATCHLENS_CARD.md").write_text(
        f"# {cfg.name}\n\n{kind} trained by matchlens with recipe `{cfg.recipe}` from `{cfg.base_model}` on "
        f"`{cfg.train_file}` ({len(train_p)} pairs; {len(eval_p)} held back, grouped by both texts).\n\n"
        f"| model | ROC-AUC | AP | MSE |\n| --- | --- | --- | --- |\n{rows}\n\nTrained in {r.seconds:.0f} s. "
        f"Data hash {meta['data_hash']}; seed {cfg.seed}. Full config: train_config.json.\n")
