"""Model names as users type them, checked before any work: single models and composite ones (hybrids,
re-rankers), whose every part must be usable. One sentence says what is wrong (the registry's prefix table)."""
from __future__ import annotations

from matchlens.encoders.registry import check_model_name


def check_name(name: str) -> str | None:
    """Why ``name`` cannot be a model here, in one sentence (None: it can be created). Nothing is loaded and
    nothing is looked up on the network: used to refuse wrong input before any work starts."""
    return check_model_name(name)
