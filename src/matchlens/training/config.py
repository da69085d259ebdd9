"""One dataclass of training arguments, loaded from JSON (the seed study's Trainer(config_file=...))."""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

BI_ENCODER_RECIPES = ("contrastive", "online_contrastive", "cosine", "cosent", "mnrl", "distill", "mlm_contrastive")
RECIPES = BI_ENCODER_RECIPES + ("cross_encoder",)


def default_base_model(languages, available) -> str:
    """The base model to offer for a corpus: the English MiniLM only when every document is English."""
    langs = {lang for lang in languages if lang and lang != "unknown"}
    wanted = "minilm-en" if langs and langs <= {"en"} else "e5-small-multilingual"
    available = list(available)
    return wanted if wanted in available else (available[0] if available else wanted)


@dataclass
class TrainConfig:
    """Everything a training run needs; unknown keys in the JSON are an error (typos must not pass)."""

    name: str                                  # output model name (appears in every model list)
    recipe: str = "cosine"                     # one of RECIPES
    base_model: str = "e5-small-multilingual"  # any registry name or model folder
    train_file: str = "sample_data/pairs.csv"
    text_a: str = "resume"                     # column names in the CSV
    text_b: str = "job"
    label: str = "label"
    eval_file: str | None = None               # None: a split of train_file grouped by text A and text B
    test_size: float = 0.25
    positive_min: float = 1.0                  # labels >= this are positives (contrastive, mnrl, metrics)
    epochs: float = 1.0
    max_steps: int = -1
    batch_size: int = 16
    learning_rate: float = 2e-5
    warmup_ratio: float = 0.1                 # share of steps (transformers 5: warmup_steps < 1 is a ratio)
    max_seq_length: int = 256
    eval_steps: int = 50
    early_stopping_patience: int = 0           # 0: off; else evaluations without improvement of eval loss
    seed: int = 42
    teacher: str | None = None                 # distill: a cross-encoder (registry name or folder)
    mlm_epochs: float = 1.0                    # mlm_contrastive: masked-LM epochs on the texts first
    bf16: str = "auto"                         # "auto" (where the CPU is faster in bf16), "yes", "no"
    output_dir: str | None = None              # default: the models folder / name
    extra: dict = field(default_factory=dict)  # free-form notes kept in the model card

    def __post_init__(self):
        if self.recipe not in RECIPES:
            raise ValueError(f"recipe must be one of {RECIPES}, not {self.recipe!r}")
        if self.recipe == "distill" and not self.teacher:
            raise ValueError("the distill recipe needs a 'teacher' (a cross-encoder)")
        if not self.name or any(c in self.name for c in "/\\") or self.name.startswith((".", "_")):
            raise ValueError(f"invalid model name {self.name!r}")

    @classmethod
    def from_json(cls, path: str | Path) -> "TrainConfig":
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        known = {f.name for f in fields(cls)}
        unknown = set(data) - known
        if unknown:
            raise ValueError(f"{path}: unknown keys {sorted(unknown)} (known: {sorted(known)})")
        return cls(**data)

    def to_dict(self) -> dict:
        return asdict(self)
