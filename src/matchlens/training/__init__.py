"""Train matchers on labeled (resume, job, label) pairs with sentence-transformers' trainers."""
from matchlens.training.config import RECIPES, TrainConfig
from matchlens.training.run import TrainResult, train

__all__ = ["RECIPES", "TrainConfig", "TrainResult", "train"]
