"""A model name read once: one model, a hybrid of several (``hybrid:<a>+<b>[:rrf|z][:w1,w2]``) or a re-ranker
over a retriever (``rerank:<pair scorer>@<retriever>[:k]``) or a gig's requirements scored under a model
(``req:<model>``), so no caller re-parses names by hand.

The parsers here are pure; which prefix calls which parser is the registry's one prefix table
(``registry.PREFIXES``, ``registry.parse_model``).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Sequence

KINDS = ("single", "hybrid", "rerank", "req")
FUSION_METHODS = ("rrf", "z")
DEFAULT_K = 20  # re-ranker: resumes re-scored per gig when the name gives no k


@dataclass(frozen=True)
class ModelSpec:
    """What a model name asks for. Equal specs score alike, however the name was spelled."""

    name: str = field(compare=False)        # as typed (stripped)
    kind: str = "single"                    # one of KINDS
    prefix: str = ""                        # the name's prefix in registry.PREFIXES ("": bundled, saved, folder, hub id)
    ref: str = ""                           # single: the name without its prefix (hub id, folder, endpoint model)
    parts: tuple[str, ...] = ()             # hybrid: its components; rerank: (pair scorer, retriever); req: (model,)
    method: str = ""                        # hybrid: "z" or "rrf"
    weights: tuple[float, ...] | None = None  # hybrid: one per component (None: equal)
    k: int = 0                              # rerank: shortlist length per gig

    @property
    def composite(self) -> bool:
        """Built from other models' scores inside a comparison (never created as one encoder)."""
        return self.kind != "single"

    @property
    def scorer(self) -> str:
        """A re-ranker's pair scorer (cross-encoder)."""
        return self.parts[0] if self.kind == "rerank" else ""

    @property
    def retriever(self) -> str:
        """A re-ranker's retriever, whose top-k per gig the scorer re-scores."""
        return self.parts[1] if self.kind == "rerank" else ""

    @property
    def inputs(self) -> tuple[str, ...]:
        """The models whose score matrices this one is built from."""
        return self.parts if self.kind in ("hybrid", "req") else (self.retriever,) if self.kind == "rerank" else ()

    def canonical(self) -> str:
        """The name spelled out from the parsed fields (defaults written): it parses back to an equal spec."""
        if self.kind == "hybrid":
            return hybrid_name(self.parts, self.method, self.weights)
        if self.kind == "rerank":
            return f"rerank:{self.scorer}@{self.retriever}:{self.k}"
        if self.kind == "req":
            return f"req:{self.parts[0]}"
        return f"{self.prefix}:{self.ref}" if self.prefix else self.ref


def hybrid_name(components: Sequence[str], method: str = "z", weights: Sequence[float] | None = None) -> str:
    """``hybrid:<a>+<b>:<method>[:<w1>,<w2>]``: the name of a fusion, usable as a model everywhere."""
    name = f"hybrid:{'+'.join(components)}:{method}"
    return name + (f":{','.join(f'{w:g}' for w in weights)}" if weights is not None else "")


def single(name: str, prefix: str, rest: str) -> ModelSpec:
    """``st:<id>``, ``hf:<id>``, ``cross:<id>``, ``openai:<model>[@<url>]``…: one model."""
    return ModelSpec(name, "single", prefix, rest)


def hybrid(name: str, prefix: str, rest: str) -> ModelSpec:
    """``hybrid:tfidf+e5-small-multilingual[:rrf|:z][:0.3,0.7]`` -> components, method, weights."""
    parts = rest.split(":")
    if not parts[0]:
        raise ValueError(f"hybrid model needs components: {name!r} (e.g. hybrid:tfidf+use-multilingual)")
    comps = tuple(c for c in parts[0].split("+") if c)
    method = parts[1] if len(parts) > 1 and parts[1] else "z"
    weights = tuple(float(w) for w in parts[2].split(",")) if len(parts) > 2 else None
    if method not in FUSION_METHODS or len(comps) < 2 or (weights and len(weights) != len(comps)):
        raise ValueError(f"bad hybrid spec {name!r}: hybrid:<a>+<b>[:rrf|z][:w1,w2]")
    return ModelSpec(name, "hybrid", prefix, parts=comps, method=method, weights=weights)


def rerank(name: str, prefix: str, rest: str) -> ModelSpec:
    """``rerank:<pair scorer>@<retriever>[:k]`` -> scorer, retriever, k."""
    body, k = rest, DEFAULT_K
    head, _, tail = body.rpartition(":")
    if head and tail.isdigit():
        body, k = head, int(tail)
    scorer, _, retriever = body.partition("@")
    if not scorer or not retriever or k < 1:
        raise ValueError(f"bad re-ranker spec {name!r}: rerank:<cross-encoder>@<bi-encoder>[:k]")
    return ModelSpec(name, "rerank", prefix, parts=(scorer, retriever), k=k)


def requirements(name: str, prefix: str, rest: str) -> ModelSpec:
    """``req:<model>`` -> the model whose sentence similarities the requirements score is built from."""
    base = rest.strip()
    if not base:
        raise ValueError(f"requirements model needs a model: {name!r} (e.g. req:e5-small-multilingual)")
    return ModelSpec(name, "req", prefix, parts=(base,))
