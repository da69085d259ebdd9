"""Encoders and pair scorers behind one interface, created by name from the registry."""
from .base import Encoder, EncoderInfo, ModelUnavailable, PairScorer
from .registry import available, bundled_names, create, default_names, saved_models

__all__ = ["Encoder", "EncoderInfo", "ModelUnavailable", "PairScorer", "available", "bundled_names",
           "create", "default_names", "saved_models"]
