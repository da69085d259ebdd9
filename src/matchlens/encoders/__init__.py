"""Encoders and pair scorers behind one interface, created by name from the registry."""
from .base import Encoder, EncoderInfo, ModelFailed, ModelUnavailable, PairScorer
from .registry import available, bundled_names, check_name, create, default_names, saved_models

__all__ = ["Encoder", "EncoderInfo", "ModelFailed", "ModelUnavailable", "PairScorer", "available", "bundled_names",
           "check_name", "create", "default_names", "saved_models"]
