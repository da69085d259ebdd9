"""A text's name words are found by set lookup over its whole words (masking._name_words_sub), not by compiling one
pattern of that text's words: the same matches, in the same order, as that pattern, on any text."""
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from matchlens.preprocess import masking

WORDS = ["Ana", "Li", "Martin", "MARTIN", "Martinez", "Zoé", "Ng2", "x_y"]
PIECES = WORDS + ["chez ", "Chez ", "[", "]", "-", "-", " ", " ", "\n", ",", "'", "é", "2", "_"]


def _by_pattern(s: str, words: list[str]) -> tuple[str, list[str]]:
    """What one compiled pattern of the words gives (the masker's former way, kept for Korean and odd words)."""
    found = []
    if not words:
        return s, found  # no word written: no pattern
    alternation = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    pattern = re.compile(r"(?<![\w\[])(?<!\w-)(?<![Cc]hez )(?:" + alternation + r")(?![\w\]])(?!-\w)")
    return pattern.sub(lambda m: found.append(m.group(0)) or "[NAME]", s), found


def _by_lookup(s: str, words: list[str]) -> tuple[str, list[str]]:
    found = []
    out = masking._name_words_sub(s, sorted(words, key=len, reverse=True),
                                  lambda m: found.append(m.group(0)) or "[NAME]")
    return out, found


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=12), st.sets(st.sampled_from(WORDS), min_size=1))
def test_set_lookup_finds_what_the_pattern_of_the_words_finds(pieces, words):
    s = "".join(pieces)
    words = [w for w in words if w in s]
    assert _by_lookup(s, words) == _by_pattern(s, words)


def test_the_cases_that_decide_a_whole_word():
    s = "Ana Martin, chez Martin, [Martin], Jean-Martin, Martin-Li, Martinez, ANA2, Ana_b, Ana-, Ana."
    assert _by_lookup(s, ["Martin", "Ana", "Li"]) == _by_pattern(s, ["Martin", "Ana", "Li"])
    assert _by_lookup(s, ["Martin", "Ana"])[1] == ["Ana", "Martin", "Ana", "Ana"]


def test_words_with_an_apostrophe_or_in_hangul_keep_the_pattern():
    s = "N'Diaye Awa, 김민지입니다"
    found = []
    out = masking._name_words_sub(s, ["N'Diaye", "김민지", "Awa"], lambda m: found.append(m.group(0)) or "[NAME]")
    assert out == "[NAME] [NAME], [NAME]입니다" and found == ["N'Diaye", "Awa", "김민지"]
