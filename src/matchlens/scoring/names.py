"""Model names as users type them, checked before any work: single models and composite ones (hybrids,
re-rankers), whose every part must be usable. One sentence says what is wrong."""
from __future__ import annotations

from matchlens.encoders import create
from matchlens.encoders.registry import check_model_name


def check_name(name: str) -> str | None:
    """Why ``name`` cannot be a model here, in one sentence (None: it can be created). Nothing is loaded and
    nothing is looked up on the network: used to refuse wrong input before any work starts."""
    name = name.strip()
    if name.startswith(("hybrid:", "rerank:")):
        return _check_composite(name)
    return check_model_name(name)


def _check_composite(name: str) -> str | None:
    from matchlens.scoring import fusion, rerank

    try:
        parts = fusion.parse(name)[0] if name.startswith("hybrid:") else list(rerank.parse(name)[:2])
    except ValueError as exc:
        return str(exc)
    for part in parts:
        if part.startswith(("hybrid:", "rerank:")):
            return f"{name}: a part cannot itself be a hybrid or re-ranker ({part})"
        problem = check_name(part)
        if problem:
            return f"{name}: part '{part}' is not usable: {problem}"
    if name.startswith("rerank:") and not create(parts[0]).pair_scorer:
        return f"{name}: '{parts[0]}' is not a cross-encoder (pair scorer), so it cannot re-rank"
    return None
