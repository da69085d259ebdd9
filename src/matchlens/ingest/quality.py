"""Damaged text, repaired where it can be and named where it cannot: a document that reads badly is flagged,
never scored silently.

PDF text layers break in known ways: glyph names instead of characters ("/two.lnum/zero.lnum" for 2020, "/f_i"
for "fi"), icon-font private-use characters ("♂¶obile-alt"), words with every space lost ("analysedegrandsjeux"),
letter-spaced words ("C O N T A C T") and replacement characters. ``repair`` fixes glyph names, icon fonts and letter
spacing; ``check`` names what is left (missing spaces, unreadable characters) with what the user can do.
"""
from __future__ import annotations

import re

DIGITS = {"zero": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
          "eight": "8", "nine": "9"}
LIGATURES = {"f_i": "fi", "f_l": "fl", "f_f": "ff", "f_f_i": "ffi", "f_f_l": "ffl", "fi": "fi", "fl": "fl",
             "ff": "ff", "ffi": "ffi", "ffl": "ffl", "s_t": "st", "c_t": "ct", "T_h": "Th"}
GLYPH = re.compile(r"/(?:((?:zero|one|two|three|four|five|six|seven|eight|nine)(?:\.[a-z]+)+)"
                   r"|((?:f_f_i|f_f_l|f_i|f_l|f_f|s_t|c_t|T_h)(?:\.[a-z]+)*))")
PRIVATE = re.compile(r"[\ue000-\uf8ff\U000f0000-\U000ffffd]")
TOKEN = re.compile(r"\S+")
LETTER_SPACED = re.compile(r"(?m)(?<![^\W\d_])(?:[^\W\d_] ){3,}[^\W\d_](?![^\W\d_])"
                           r"|^[ \t]*(?:[가-힣] )+[가-힣][ \t]*$")  # or a Korean heading line: "경 력"


# First parts of compounds that keep their hyphen when a line breaks after it ("aides-\nsoignants").
COMPOUND_FIRST = frozenset("""aide aides auto self co non multi full peut après arrière avant sous demi semi anti ex mi
vice grand grands well part long short high low cross front back e sans contre entre extra infra inter intra micro
mini post pré pre re ré super sur ultra bien mal porte garde""".split())
# Both start only where a word (or a letter-spaced run) starts: linear time on hostile text (a 100,000-letter token).
HYPHEN_BREAK = re.compile(r"(?m)(?<![^\W\d_])([^\W\d_]{2,})-[ \t]*\n[ \t]*([^\W\d_]+)([^\s\w]*)[ \t]?")
WORD_GAP = re.compile(r"(?<=[^\W\d_]) {3}(?=[^\W\d_])")
SPACED_HYPHEN = re.compile(r"(?m)(?<![^\W\d_])(?<![^\W\d_] )((?:[^\W\d_] ){2,}[^\W\d_]) -[ \t]*$")  # "P R O F E S -"


def dehyphenate(text: str) -> tuple[str, int]:
    """Words broken at a line end ("surveil-\nlance") joined back ("surveillance\n"); compounds keep their hyphen."""
    count = 0

    def join(m: re.Match) -> str:
        nonlocal count
        first, rest, punct = m.group(1), m.group(2), m.group(3)
        same_case = rest.islower() or (first.isupper() and rest.isupper())
        if not same_case:
            return m.group(0)  # "Paris-\nLyon": a name or a dash, left alone
        count += 1
        joined = f"{first}-{rest}" if first.lower() in COMPOUND_FIRST else first + rest
        return f"{joined}{punct}\n"

    return HYPHEN_BREAK.sub(join, text), count


def repair(text: str) -> tuple[str, list[str]]:
    """Glyph names mapped back to characters, icon-font characters removed, letter-spaced words and words broken
    at line ends joined; notes say what was done."""
    notes = []
    n_glyph = len(GLYPH.findall(text))
    if n_glyph:
        text = GLYPH.sub(lambda m: _glyph(m.group(1) or m.group(2)), text)
        notes.append(f"{n_glyph} glyph name(s) such as '/two.lnum' or '/f_i' turned back into characters")
    text = SPACED_HYPHEN.sub(r"\1-", text)
    spaced = LETTER_SPACED.findall(text)
    if spaced:
        text = LETTER_SPACED.sub(lambda m: m.group(0).replace(" ", "").replace("\t", ""), text)
        text = WORD_GAP.sub(" ", text)  # word gaps kept by the PDF reader
        notes.append(f"{len(spaced)} letter-spaced word(s) such as '{spaced[0]}' joined")
    text, n_broken = dehyphenate(text)
    if n_broken:
        notes.append(f"{n_broken} word(s) broken at a line end joined")
    n_private = len(PRIVATE.findall(text))
    if n_private:
        text = PRIVATE.sub(" ", text)
        notes.append(f"{n_private} icon-font character(s) removed")
    return text, notes


def _glyph(name: str) -> str:
    base = name.split(".")[0]
    return DIGITS.get(base) or LIGATURES.get(base, "")


def _address(token: str) -> bool:
    """A link or an e-mail address: a long token that is not damaged text."""
    return token.startswith(("http://", "https://", "www.")) or "@" in token.strip("@")


def check(text: str) -> list[str]:
    """What still makes the text read badly, each with what the user can do (empty: it reads fine)."""
    tokens = [t for t in TOKEN.findall(text) if any(c.isalpha() for c in t)]
    if len(tokens) < 5:
        return []
    issues = []
    long = [t for t in tokens if len(t) > 25 and not _address(t)]
    if len(long) >= 3 and len(long) / len(tokens) > 0.03:
        issues.append(f"text looks damaged: missing spaces ({len(long)} of {len(tokens)} words longer than 25 "
                      f"letters, e.g. '{long[0][:40]}'): re-export the PDF (e.g. print to PDF from a browser), or "
                      f"paste the text instead")
    spaced = LETTER_SPACED.findall(text)
    if len(spaced) >= 3:
        issues.append(f"text looks damaged: letter-spaced words ({len(spaced)}, e.g. '{spaced[0].strip()}'): "
                      f"paste the text or re-export the document")
    bad = text.count("\ufffd")
    if bad >= 5:
        issues.append(f"text looks damaged: {bad} unreadable characters (�): check the file's encoding or "
                      f"re-export it")
    return issues
