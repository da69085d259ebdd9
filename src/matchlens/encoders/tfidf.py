"""TF-IDF baselines (scikit-learn), fitted on the corpus being compared."""
from __future__ import annotations

from typing import Sequence

from matchlens.encoders import tokens
from matchlens.encoders.base import Encoder, EncoderInfo, ModelUnavailable, corpus_hash

# "lexical": the terms of encoders/tokens.py (Hangul character bigrams, French elisions split, accents folded). Korean
# dev set (bench/bench_lexical_tokens.py, held-back templates): MRR 0.721 -> 0.998; French real ads -> ROME: 0.552
# either way. analyzer="word" is scikit-learn's own tokenizer (the default before issue #33), kept for comparison.
OLD_WORD = dict(analyzer="word", sublinear_tf=True, strip_accents="unicode", lowercase=True,
                ngram_range=(1, 2), min_df=1, max_df=0.9)
VARIANTS = {
    "tfidf": dict(analyzer="lexical", fold_accents=True, sublinear_tf=True, ngram_range=(1, 2), min_df=1,
                  max_df=0.9),
    "tfidf-char": dict(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True, lowercase=True,
                       strip_accents="unicode", min_df=1, max_df=0.9),
}


class TfidfEncoder(Encoder):
    """Word or character n-gram TF-IDF; vectors are sparse, rows L2-normalised."""

    needs_fit = True
    cacheable = False

    def __init__(self, name: str = "tfidf", params: dict | None = None):
        self.params = dict(params or VARIANTS[name])
        analyzer = self.params.get("analyzer", "word")
        self.info = EncoderInfo(
            name=name, kind="tfidf", languages="any (no cross-lingual matching)", dim=None,
            max_tokens=None, offline_ready=True,
            source=f"scikit-learn TfidfVectorizer({tokens.describe() if analyzer == 'lexical' else analyzer})",
            description="Keyword overlap weighted by rarity; fitted on the loaded corpus. Strong within "
                        "one language, blind across languages and to synonyms.")
        self._vectorizer = None
        self._corpus_hash = ""

    def fit(self, texts: Sequence[str]) -> "TfidfEncoder":
        from sklearn.feature_extraction.text import TfidfVectorizer

        fitted = TfidfEncoder(self.info.name, self.params)
        texts = [t for t in texts if t.strip()] or ["empty"]
        params = vectorizer_params(self.params)
        if len(texts) < 3:
            params["max_df"] = 1.0
        fitted._vectorizer = TfidfVectorizer(**params).fit(texts)
        fitted._corpus_hash = corpus_hash(texts)
        return fitted

    def identity(self) -> str:
        terms = tokens.signature() if self.params.get("analyzer") == "lexical" else ""
        return f"tfidf:{sorted(self.params.items())}:{terms}:{self._corpus_hash}"

    def encode(self, texts, side="resume", progress=None):
        if self._vectorizer is None:
            raise ModelUnavailable(f"{self.name}: fit it on the corpus first (encoder.fit(texts))")
        out = self._vectorizer.transform(list(texts)).astype("float32")
        if progress:
            progress(len(texts), len(texts))
        return out

    def terms(self, text: str, top: int = 15) -> list[tuple[str, float]]:
        """The text's highest-weighted terms: the keywords the inspector shows."""
        if self._vectorizer is None:
            return []
        row = self._vectorizer.transform([text]).tocoo()
        vocab = self._vectorizer.get_feature_names_out()
        pairs = sorted(zip(row.col, row.data), key=lambda p: -p[1])[:top]
        return [(str(vocab[i]), float(w)) for i, w in pairs]


def vectorizer_params(params: dict) -> dict:
    """TfidfVectorizer arguments for a variant: "lexical" becomes a tokens.Analyzer over the same n-gram range."""
    params = dict(params)
    if params.get("analyzer") != "lexical":
        return params
    params["analyzer"] = tokens.Analyzer(params.pop("ngram_range", (1, 1)), params.pop("fold_accents", True))
    return params
