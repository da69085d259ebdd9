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
            words = sorted(keys or ())[:12]  # sorted: the same tests in every process (pytest-xdist)
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


TRICKY = ["aaaa national nationality", "İSTANBUL İnternational citizenſhip", "e\u0301glise E\u0301GLISE église",
          "국적: 대한민국 국 적 이름 홍길동", "😀 née à Lyon 🇫🇷 national", "ﬁancée ǅ ß SS ẞ", "Ｎａｔｉｏｎａｌ", "",
          "x" * 3 + "\n\n" + "-" * 5, "née\u0307 nee ne\u0301e"]


@pytest.mark.parametrize("text", TRICKY + TEXTS[:40])
def test_the_one_pass_scan_finds_exactly_the_needles_in_finds(text):
    """The automaton (and the set of characters, for one-character needles) finds every needle of every pattern that
    `in` finds, overlapping ones included, and no other."""
    for pattern in PATTERNS.values():
        prefilter._plan(pattern)  # every pattern's needles are scanned for
    low = prefilter.lowered(text)
    found = prefilter._found(low, len(prefilter._NEEDLES))
    assert found.intersection(prefilter._NEEDLES) == {k for k in prefilter._NEEDLES if k in low}
    assert {k for k in found if not isinstance(k, str)} == {k for k, c in prefilter.CLASSES.items() if c.search(low)}


def test_lowering_keeps_every_digit_and_hangul_syllable_as_it_is():
    """The classes are looked for in the lowered text: no character becomes, or stops being, a digit or a syllable."""
    for cls in prefilter.CLASSES.values():
        for code in range(0x110000):
            c = chr(code)
            if 0xd800 <= code < 0xe000:
                continue
            assert bool(cls.search(c)) == bool(cls.search(prefilter.lowered(c))), (cls.pattern, hex(code))


def test_a_branch_runs_only_when_the_text_holds_each_thing_it_needs():
    """A match needs one string of every set (a demonym and ' national'), and a digit for '\\d' or a syllable."""
    pattern = re.compile(r"(?i)\b(?:camerounais|malien)[ \t]+national|\b\d{5}[ \t]+paris|[가-힣]{2,3}시")
    assert prefilter.requirements(re.compile(r"(?i)\b(?:camerounais|malien)[ \t]+national"))[:2] == (
        frozenset({" national", "\tnational"}), frozenset({"camerounais ", "camerounais\t", "malien ", "malien\t"}))
    assert [prefilter.classes(c) for _, c in prefilter._pieces(pattern)] == [
        frozenset(), frozenset([prefilter.DIGIT]), frozenset([prefilter.HANGUL])]
    keys, always, count, more = prefilter._plan(pattern)

    def alive(text: str) -> list[int]:
        low = prefilter.lowered(text)
        return sorted(i for i in always.union(*[keys[k] for k in prefilter._present(keys, low)])
                      if i not in more or all(prefilter._holds(c, low) for c in more[i]))

    assert alive("an international team, a national park in paris") == []  # no demonym, no digit, no syllable
    assert alive("Malien national, 75011 Paris, 서울시") == [0, 1, 2]
    assert alive("camerounais\tNATIONAL") == [0]


@pytest.mark.parametrize("name", sorted(PATTERNS)[::3])
def test_without_the_automaton_the_same_branches_run(name, monkeypatch):
    """The pure-Python path (`in` per needle) gives the same output when pyahocorasick is missing."""
    monkeypatch.setattr(prefilter, "Automaton", None)
    pattern = PATTERNS[name]
    for text in TEXTS[::4] + TRICKY:
        assert prefilter.sub(pattern, _shown, text, prefilter.lowered(text)) == pattern.sub(_shown, text), (name, text)


def test_every_safe_character_is_found_in_the_lowered_text_wherever_re_matches_it():
    """A needle character (lower case, in SAFE) must be in `lowered(y)` for every character y that IGNORECASE matches
    it with ('k' and the Kelvin sign, 's' and 'ſ', 'i' and 'İ', '：' only itself): checked for every one of them
    against all of Unicode (CJK ideographs and Hangul syllables have no case at all)."""
    safe = [chr(c) for c in range(0x10000) if prefilter.SAFE.match(chr(c)) and chr(c).lower() == chr(c)]
    caseless = {c for c in safe if "\u4e00" <= c <= "\u9fff" or "\uac00" <= c <= "\ud7a3"}
    assert all(c.lower() == c == c.upper() for c in caseless)
    cased = [c for c in safe if c not in caseless]
    single = [re.compile(re.escape(c), re.I) for c in cased]
    any_of = re.compile("[" + "".join(re.escape(c) for c in cased) + "]", re.I)
    for y in map(chr, range(0x110000)):
        if any_of.fullmatch(y):
            low = prefilter.lowered(y)
            assert all(c in low for c, p in zip(cased, single) if p.fullmatch(y)), hex(ord(y))


def test_a_group_spread_into_branches_finds_a_match_exactly_when_the_pattern_does():
    """has_match tries each alternative of the outer group alone ('(?:A|B)T' -> 'AT|BT'), never a repeated group."""
    from matchlens.preprocess.blind import names

    spread = prefilter._spread(re.compile(r"(?i)(?:a|[)(|]\w)c[ \t]*$"))
    assert spread.pattern == r"(?i)(?:a)c[ \t]*$|(?:[)(|]\w)c[ \t]*$"
    for kept in (r"(?:a|b)+c", r"(?:a|b){2}c", r"(?:a|b)c|d", r"(?:a|b)(c)", r"a(?:b|c)"):
        assert prefilter._spread(re.compile(kept)).pattern == kept
    patterns = [p for p in PATTERNS.values() if prefilter._spread(p) is not p]
    patterns += [names.CUE_BEFORE, names.STRONG_CUE]
    assert len(prefilter._pieces(prefilter._spread(names.CUE_BEFORE))) > 40
    lines = [line for text in TEXTS + TRICKY for line in text.split("\n")]
    lines += ["Bonjour,", "Cordialement,", "Candidate: ", "fait à Lyon, le 3 mars", "Mon conseiller est",
              "je m'appelle", "Contact :", "Tuteur :", "(", "CV de", "[12/03/2024, 10:15] "]
    for pattern in patterns:
        for line in lines:
            for before in (line, line[-80:] + " ", line[:40]):
                assert prefilter.has_match(pattern, before) == bool(pattern.search(before)), (pattern.pattern[:60], before)
