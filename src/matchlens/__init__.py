"""matchlens: see, side by side, how different models match resumes to gigs.

Library entry points (all usable without Streamlit)::

    from matchlens import load_corpus, compare
    corpus = load_corpus("sample_data/resumes", "sample_data/gigs")
    result = compare(corpus, ["tfidf", "e5-small-multilingual"])
    result.long_table(top_k=3)
"""
from __future__ import annotations

from .settings import apply_privacy_defaults

apply_privacy_defaults()

__version__ = "0.1.0"

from .documents import Corpus, Document  # noqa: E402
from .corpus import load_corpus  # noqa: E402
from .matching import Comparison, Options, compare  # noqa: E402

__all__ = ["Corpus", "Document", "Comparison", "Options", "compare", "load_corpus", "__version__"]
