"""Language detection for French, English, Korean and their neighbours (lingua, offline)."""
from __future__ import annotations

import re
from functools import lru_cache

_HANGUL = re.compile(r"[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]")
_LATIN = re.compile(r"[A-Za-zÀ-ÿ]")
_WORDS = re.compile(r"[a-zà-ÿ]+")
# Function words that belong to one language only among those matchlens meets (French, English and their
# neighbours): a fast vote that answers only when it is sure; "de", "la", "en" are Spanish, Portuguese and Italian
# too, so they are not in it, and any sign of a neighbour sends the text to the full detector (lingua).
_STOP = {
    "fr": frozenset("les et pour avec dans sur aux vous nous une au cette sont être été chez leur nos vos".split()),
    "en": frozenset("the and of to with for is by you we this that from at are have has will your our".split()),
    "es": frozenset("el los las y con para por del una que como más está son también".split()),
    "pt": frozenset("os e com para do da dos das não em um uma são também mais está".split()),
    "it": frozenset("il gli con per che di della delle degli un una sono anche più è".split()),
    "de": frozenset("der die und mit für von ist das den dem ein eine nicht auch sind".split()),
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
    """'fr' or 'en' when their own function words leave no doubt (>= 8 hits, 4x any other language), else None."""
    words = _WORDS.findall(text.lower())
    counts = {lang: sum(w in stop for w in words) for lang, stop in _STOP.items()}
    for lang in ("fr", "en"):
        others = max(n for other, n in counts.items() if other != lang)
        if counts[lang] >= 8 and counts[lang] >= 4 * max(others, 1):
            return lang
    return None
