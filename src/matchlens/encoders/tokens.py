"""Terms for the lexical models (TF-IDF, BM25, doc2vec), each script split as its language's field does.

A text is read token by token by script, so mixed French/Korean/English text splits each part its own way:
- Hangul: overlapping character bigrams within each Hangul word ("간호사로" -> "간호", "호사", "사로"), as Lucene's
  CJK analyser does. Korean writes a word as a stem with its particles and endings attached, so whole-word tokens
  rarely match (word TF-IDF scored 0.006 MRR on the Korean job dictionary, issue #33); bigrams match the stem
  inside any inflected or compounded form. A morphological analyser (kiwipiepy, 100 MB) was measured against
  them and did worse (its segmentation of a compound changes with the context), 2-7x slower
  (bench/bench_lexical_tokens.py).
- Other scripts: lower-cased words of two characters or more, French elisions split off ("l'infirmière" ->
  "infirmière", "qu'il" -> "il"), accents folded.
"""
from __future__ import annotations

import re
import sys
from functools import lru_cache
from typing import Callable

VERSION = 1  # bump when the terms a text gives change: it is part of the lexical models' identity
HANGUL = "\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f"
_HANGUL_WORD = re.compile(f"[{HANGUL}]+")
_OTHER_WORD = re.compile(rf"[^\W{HANGUL}]+")
_ELISION = re.compile(r"\b(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu|quoiqu)['’](?=[^\W\d_])", re.IGNORECASE)


def signature() -> str:
    """What the terms depend on, for a model's identity (cache keys, fitted state)."""
    return f"tokens-v{VERSION}"


def describe() -> str:
    """One line for the model list: how each script is split."""
    return "words, elisions split, accents folded; Hangul: character bigrams"


def bigrams(word: str) -> list[str]:
    """Overlapping character bigrams of a Hangul word; a one-syllable word stays whole."""
    return [word[i:i + 2] for i in range(max(len(word) - 1, 1))]


def by_script(text: str, other: Callable[[str], list[str]]) -> list[str]:
    """The text's terms in reading order: ``other`` on each stretch between Hangul words, bigrams of each
    Hangul word (per token by script: mixed text needs no language detection)."""
    out, at = [], 0
    for m in _HANGUL_WORD.finditer(text):
        out += other(text[at:m.start()]) + bigrams(m.group())
        at = m.end()
    return out + other(text[at:])


def other_words(text: str, fold_accents: bool = True) -> list[str]:
    """Non-Hangul words: lower-cased, two characters or more, elisions split off, accents folded or not."""
    from sklearn.feature_extraction.text import strip_accents_unicode  # lazy: the model list must not load sklearn

    words = (w for w in _OTHER_WORD.findall(_ELISION.sub(" ", text).lower()) if len(w) > 1)
    return [strip_accents_unicode(w) for w in words] if fold_accents else list(words)


@lru_cache(maxsize=16_384)
def _terms(text: str, fold_accents: bool) -> tuple[str, ...]:
    """A fitted model reads each text twice (fit, then transform), the whole corpus in a row: the cache must hold
    every text of it, or each read evicts the text the next one needs (at 2,048 entries, a corpus of 2,300 texts was
    tokenized twice). The terms are interned: a text costs its tuple, the words are shared (~3 MB for 2,300 texts)."""
    return tuple(map(sys.intern, by_script(text, lambda part: other_words(part, fold_accents))))


def words(text: str, fold_accents: bool = True) -> list[str]:
    """The text's terms in reading order."""
    return list(_terms(text, fold_accents))


class Analyzer:
    """A scikit-learn ``analyzer``: a text's terms and their word n-grams (picklable, so fitted models save)."""

    def __init__(self, ngram_range: tuple[int, int] = (1, 1), fold_accents: bool = True):
        self.ngram_range, self.fold_accents = tuple(ngram_range), fold_accents

    def terms(self, text: str) -> tuple[str, ...]:
        return _terms(text, self.fold_accents)

    def __call__(self, text: str) -> list[str]:
        terms = self.terms(text)
        lo, hi = self.ngram_range
        out = list(terms) if lo == 1 else []
        for n in range(max(lo, 2), hi + 1):
            out += [" ".join(terms[i:i + n]) for i in range(len(terms) - n + 1)]
        return out

    def __repr__(self) -> str:
        return f"Analyzer(ngram_range={self.ngram_range}, fold_accents={self.fold_accents})"
