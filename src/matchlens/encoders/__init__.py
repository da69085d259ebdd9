"""Encoders and pair scorers behind one interface, created by name from the registry."""
from matchlens.encoders.base import Encoder, EncoderInfo, ModelFailed, ModelUnavailable, PairScorer
from matchlens.encoders.registry import (available, bundled_names, create, default_names, model_kind, parse_model,
                                         saved_models)
from matchlens.encoders.spec import ModelSpec

__all__ = ["Encoder", "EncoderInfo", "ModelFailed", "ModelSpec", "ModelUnavailable", "PairScorer", "available",
           "bundled_names", "create", "default_names", "model_kind", "parse_model", "saved_models"]
