"""matchlens: see, side by side, how different models match resumes to gigs.

Library entry points (all usable without Streamlit)::

    from matchlens import load_corpus, compare
    corpus = load_corpus("sample_data/resumes", "sample_data/gigs")
    result = compare(corpus, ["tfidf", "e5-small-multilingual"])
    result.long_table(top_k=3)
"""
from __future__ import annotations

from matchlens.settings import apply_privacy_defaults

apply_privacy_defaults()

__version__ = "0.1.0"

from matchlens.documents import Corpus, Document  # noqa: E402
from matchlens.errors import MatchlensError  # noqa: E402
from matchlens.ingest.corpus import load_corpus  # noqa: E402
from matchlens.options import Options  # noqa: E402

__all__ = ["Corpus", "Document", "Comparison", "MatchlensError", "Options", "compare", "load_corpus", "__version__"]

# Modules that moved into stage packages, still importable by their first names (the README's paths):
# `from matchlens import analysis` -> matchlens.views.analysis.
_MOVED = {"analysis": "matchlens.views.analysis", "plots": "matchlens.views.plots",
          "similarity": "matchlens.scoring.similarity", "evaluation": "matchlens.evaluation",
          "labeled": "matchlens.evaluation.labeled", "workspace": "matchlens.workspace"}


# Entry points read when first used: importing matchlens (the app's launcher does, before its server answers) does
# not import the scoring stack and its masker (~0.6 s, measured).
_LAZY = {"compare": "matchlens.scoring.matching", "Comparison": "matchlens.scoring.results"}


def __getattr__(name: str):
    import importlib

    if name in _LAZY:
        return getattr(importlib.import_module(_LAZY[name]), name)
    if name in _MOVED:
        return importlib.import_module(_MOVED[name])
    raise AttributeError(f"module 'matchlens' has no attribute {name!r}")
