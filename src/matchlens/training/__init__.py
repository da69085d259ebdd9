"""Train matchers on labeled (resume, job, label) pairs with sentence-transformers' trainers."""
from .config import RECIPES, TrainConfig
from .run import TrainResult, train

__all__ = ["RECIPES", "TrainConfig", "TrainResult", "train"]
