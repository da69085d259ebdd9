"""Encoders and pair scorers behind one interface, created by name from the registry."""
from matchlens.encoders.base import Encoder, EncoderInfo, ModelFailed, ModelUnavailable, PairScorer
from matchlens.encoders.registry import available, bundled_names, create, default_names, saved_models

__all__ = ["Encoder", "EncoderInfo", "ModelFailed", "ModelUnavailable", "PairScorer", "available", "bundled_names",
           "create", "default_names", "saved_models"]
