"""The literal prefilters (blind.prefilter) never change what a pattern matches: for every pattern masking runs
through them, on resumes, on texts made of the patterns' own needles, and on the letters whose case `re` folds
differently from str.lower ('İ', 'ı', 'ſ', the Kelvin sign)."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from matchlens.preprocess import masking
from matchlens.preprocess.blind import markers, prefilter

ROOT = Path(__file__).resolve().parents[2]
PATTERNS = {f"{mod.__name__.rsplit('.', 1)[-1]}.{name}": p for mod in (masking, markers)
            for name, p in vars(mod).items() if isinstance(p, re.Pattern)}
FOLDS = ["Nationalİté : française", "NATIONALİTY British", "nationalıty: Irish", "Titre de ſéjour", "Carte de ſéjour",
         "Religion : muſulmane", "I am a devout Chriſtian", "née le 12 mars 1990 à Lyon", "K-pop fan, KELVIN",
         "Dual ſpanish/french nationality", "İ am 34 years old", "İnternational", "aged 45", "ÉGLISE Saint-Paul"]


def _texts() -> list[str]:
    """Resumes, the fold cases, and each pattern's needles written in several cases and joined with words."""
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "sample_data" / "resumes").glob("*.txt"))]
    texts += FOLDS
    for pattern in PATTERNS.values():
        for _, keys, _ in prefilter.branches(pattern):
            words = list(keys or ())[:12]
            texts += [" ".join(words), " ".join(w.upper() for w in words) + " 34 ans", ", ".join(
                w.title() for w in words) + " Marie Dupont 1990"]
    return texts


TEXTS = _texts()


def _shown(m: re.Match) -> str:
    return f"<{m.start()}:{m.end()}:{m.group(0)}>"


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_sub_matches_exactly_what_the_pattern_matches(name):
    pattern = PATTERNS[name]
    for text in TEXTS:
        assert prefilter.sub(pattern, _shown, text, prefilter.lowered(text)) == pattern.sub(_shown, text), (name, text)


@pytest.mark.parametrize("text", FOLDS)
def test_letters_re_folds_differently_still_find_their_needles(text):
    for name, pattern in PATTERNS.items():
        if pattern.search(text):
            assert prefilter.may_match(pattern, prefilter.lowered(text)), (name, text)


def test_needles_are_what_every_match_holds():
    assert set(prefilter.needles(re.compile(r"(?i)\b(?:foo|bar)[ \t]+(?:citizen|national)\b"))) == {
        " citizen", "\tcitizen", " national", "\tnational"}
    assert prefilter.needles(re.compile(r"\w+@\w+")) == ("@",)
    assert prefilter.needles(re.compile(r"a|\d+")) is None  # a branch that needs no literal: always run


def test_a_pattern_that_cannot_be_split_runs_whole():
    pattern = re.compile(r"(?x) a | b  # verbose: not split")
    assert len(prefilter.branches(pattern)) == 1
    assert prefilter.sub(pattern, "-", "a b c", "a b c") == "- - c"
