"""Language detection for French, English, Korean and their neighbours (lingua, offline)."""
from __future__ import annotations

import re
from functools import lru_cache

_HANGUL = re.compile(r"[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]")
_LATIN = re.compile(r"[A-Za-zÀ-ÿ]")
_WORDS = re.compile(r"[a-zà-ÿ']+")
# Frequent function words: a fast, exact-enough vote for long French/English texts (lingua decides the rest).
_STOP = {
    "fr": frozenset("le la les et des de du en pour avec une un dans sur au aux est par vous nous ou à".split()),
    "en": frozenset("the and of to with in for on is as by you we or an at from this that".split()),
}


@lru_cache(maxsize=1)
def _detector():
    from lingua import Language, LanguageDetectorBuilder

    langs = [Language.FRENCH, Language.ENGLISH, Language.KOREAN, Language.GERMAN, Language.SPANISH,
             Language.ITALIAN, Language.PORTUGUESE, Language.DUTCH, Language.ARABIC,
             Language.CHINESE, Language.JAPANESE]
    return LanguageDetectorBuilder.from_languages(*langs).with_low_accuracy_mode().build()


def detect_language(text: str) -> str:
    """ISO 639-1 code of the dominant language, 'mixed' for Korean+Latin halves, or 'unknown'."""
    sample = text[:3000]
    hangul = len(_HANGUL.findall(sample))
    latin = len(_LATIN.findall(sample))
    if hangul + latin < 10:
        return "unknown"
    if hangul > 0.6 * (hangul + latin):
        return "ko"
    quick = _stopword_vote(sample) if hangul == 0 else None
    if quick:
        return quick
    try:
        lang = _detector().detect_language_of(sample)
    except Exception:  # a detector failure must never block ingestion
        return "unknown"
    if lang is None:
        return "unknown"
    code = lang.iso_code_639_1.name.lower()
    if hangul > 0.25 * (hangul + latin) and code != "ko":
        return "mixed"
    return code


def _stopword_vote(text: str) -> str | None:
    """'fr' or 'en' when function words leave no doubt (>= 8 hits, 4x the other language), else None."""
    words = _WORDS.findall(text.lower())
    fr = sum(w in _STOP["fr"] for w in words)
    en = sum(w in _STOP["en"] for w in words)
    if fr >= 8 and fr >= 4 * max(en, 1):
        return "fr"
    if en >= 8 and en >= 4 * max(fr, 1):
        return "en"
    return None
