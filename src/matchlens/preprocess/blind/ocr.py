"""A page read by OCR, read back as printed: what a scanned, faxed or photographed CV's engine got wrong, undone
where a dictionary says what the word was.

OCR reads letters as look-alikes: another script's ('Nationalitе' with a Cyrillic е), a digit inside a word or a
letter inside a number ('o7 Z5 o3 04 43', 'Ig79'), 'rn' for 'm', 'cl' for 'd', 'c' for 'e', 'l' for 'i', an accent
added or lost ('àns'), a word split by a space ('Nation alité') or a label run into its value ('Néele12/03/1985').
Each hides a label, a value or a lexicon word from rules that read letters ('Rcllgion' is no label). Standard OCR
post-correction does what this module does: a word no dictionary knows is replaced by the dictionary word one or
two known confusions away (simplemma's French and English lexicons, the masker's word, name and town lists).

Only a text that shows OCR's marks is read back (``signs``: look-alikes of another script inside a word, digits
inside words, letters inside numbers, 'à' inside a word): a typed CV, the sample and real job ads come back
unchanged, the same object. ``read_back(value, force=True)`` reads a short value (a fact, a marker) the same way,
so a benchmark finds a repaired fact in its repaired form.
"""
from __future__ import annotations

import re
from functools import lru_cache

from matchlens.preprocess.blind import lexicon
from matchlens.preprocess.blind.regexcode import compile as rx

# another script's letters that look like Latin ones (Cyrillic, Greek), read inside a Latin word or a number
LOOKALIKE = str.maketrans({
    "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P", "С": "C", "Т": "T", "Х": "X",
    "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "у": "y", "х": "x", "і": "i", "І": "I", "ј": "j", "Ј": "J",
    "ѕ": "s", "ԁ": "d", "ӏ": "l", "З": "3", "з": "3", "Ѕ": "S", "Ԛ": "Q", "ԛ": "q", "Ԝ": "W", "ԝ": "w",
    "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M", "Ν": "N", "Ο": "O", "Ρ": "P",
    "Τ": "T", "Υ": "Y", "Χ": "X", "ο": "o", "ν": "v", "ρ": "p", "ι": "i", "κ": "k", "τ": "t", "υ": "u"})
SHAPES = "".join(chr(c) for c in LOOKALIKE)
MIXED = rx(rf"[\w|]*[{SHAPES}][\w|]*")  # a token holding a look-alike; mapped only when it also holds Latin or digits
ANY_SHAPE = rx(f"[{SHAPES}]")
LATIN = rx(r"[A-Za-z0-9À-ÿ]")
# OCR's marks: a look-alike beside a Latin letter or a digit, a digit inside a word, a letter inside a number
# (a whole token of digits and look-alike letters: never a code such as 'H0B0' or an ID 'U0B2F5F64'), an 'I' inside
# a word in lower case (not camel case: 'LinkedIn', 'DocumentInfo'); a word with one digit (hex 'e5da5fb' is none);
# a digit opening a word ('5anté'), a bar inside a name ('G|ageon'), a column's border read as a letter ('C I Aide')
SIGN = rx(rf"[A-Za-z0-9][{SHAPES}]|[{SHAPES}][A-Za-z0-9]|(?<![\w|])[^\W\d_]*[a-zà-ÿ][015|][a-zà-ÿ]+(?![\w|])"
          r"|[a-z]I(?!n)[a-z]|(?<![\w.])[0158](?=[a-zà-ÿ]{3,}\b)(?!(?:[eè]me|i[eè]me|[eè]re|mes|res)\b)"
          r"|(?<![\w|])[A-Z][a-z]*\|[a-z]+(?![\w|@.])|(?<=\S) [Il] (?=[A-ZÀ-Þ][a-zà-ÿ])"
          r"|(?<![\w.\-])(?=[0-9OoIlZSB]*\d[OoIlZSB])(?=[0-9OoIlZSB]*[OoIlZSB]\d)[0-9OoIlZSB]{3,}(?![\w])")
MIN_SIGNS = 3  # a typed text can hold one or two ('H2O', 'B2B'); a scan holds dozens
# a number as OCR reads it: digit groups of a phone, a date or a postcode with letters for digits ('0l0-1185-1Z9g')
DIGIT_READS = str.maketrans({"O": "0", "o": "0", "l": "1", "I": "1", "Z": "2", "S": "5", "B": "8", "g": "9"})
NUMBER = rx(r"(?<![^\W\d_])(?<!\w[.\-/])(?:[0-9OolIZSBg]{1,4}[ .\-/]){1,5}[0-9OolIZSBg]{1,4}(?![\w])"
            r"|(?<![\w.\-/])[0-9OolIZSBg]{5}(?![\w])"
            r"|(?P<age>(?<![\w.])[0-9OolIZSBg]{1,2}(?= ?(?:ans|years|yrs)\b))")
# a column's border or a table's rule read as a character ('CONTACT l NGARLEJY', 'Tchadien I', 'Pacsé l 0B/2025',
# '| LOISIRS') or a gap of spaces between two columns on one line (never an English 'I' before a word in lower
# case: 'I worked')
BORDER = rx(r"(?m)^[ \t]*[|¦lI](?=[ \t]+[A-ZÀ-Þ0-9(])[ \t]+|(?<=\S)[ \t]+[¦](?=[ \t]|$)[ \t]*"
            r"|(?<=\S)[ \t]+(?P<letter>[lI])(?=[ \t]+[A-ZÀ-Þ0-9(]|[ \t]*$)[ \t]*|(?<=\S) {4,}(?=\S)"
            r"|(?<=[^\W\d_]) {2,3}(?=[A-ZÀ-Þ])")
DATED = rx(r"[^\w\n]*[0-9OoIl]{1,4}[/.\-][0-9OoIl]{2,4}|[^\w\n]*[12][0-9OoIl]{3}\b")  # a row opening with its dates
INNER_I = rx(r"(?<=[a-zà-ÿ])I(?!n)(?=[a-zà-ÿ]|(?![\w|]))")  # 'EpiIepsy', 'TravaiI': no capital I inside a word
PIPE = rx(r"(?<![\w|])[|](?=[a-zà-ÿ]+\b)|(?<![\w|])I(?=e\b)")  # '|a Fruitière', 'Ie 6 novembre': an l
JOINED = rx(r"(?<=[^\W\d_]{2})(?=[0-9OolIZSBg]{1,2}[./][0-9OolIZSBg]{1,2}[./][0-9OolIZSBg]{2,4}\b)"
            r"|(?<![^\W\d_]\d\d)(?<=\d\d)(?=[a-zà-ÿ]{3,}\b)(?!(?:[eè]me|i[eè]me|[eè]re|mes|res)\b)")  # '46rue'   # a label run into its date ('DOB06/10/1968')
# a digit or a bar between letters of a word no dictionary has (a town, a company: 'M0uthe', 'CACE5'): its letter
IN_WORD = rx(r"(?<=[^\W\d_])[015|](?=[^\W\d_])|(?<=[^\W\d_]{3})[05](?![\w|])")
LETTER_READS = {"0": "o", "1": "l", "5": "s", "|": "l"}
WORD = rx(r"(?<![\w|])[015|](?=[^\W\d_])[\w|]*[\w|]|[^\W\d_][\w|]*[\w|]|[^\W\d_]")  # also '0f', 'Fu|l', 'Ful|'
TOKEN = rx(r"[\w|]+")
# 'à' inside a word of French letters ('àns', 'Foümbàn'); Vietnamese writes it inside words ('làm'), among its own
# letters, so a word holding a letter beyond Latin-1 keeps it
INNER_A = rx(r"(?<![^\W\d_])[a-zA-Zà-ÿÀ-ßœŒ]*à[a-zA-Zà-ÿÀ-ßœŒ]+(?![^\W\d_])")
# where a capitalised word is a label or a field's value, not a proper noun: a line's or a sentence's start, after
# a colon, dotted leaders, a table's bar or a bracket
FIELD = rx(r"(?m)(?:^|[:|(.…_»]|[.!?] | {3,}|\t)[^\w\n]*$")  # 3+ spaces: a column's start
# what OCR reads for what was printed, as (read, printed) pairs on folded text; tried one or two at a time. Strong
# ones make letters no word has ('rn' for 'm', a digit for a letter); weak ones swap two letters (c / e, l / i) and
# would turn a town or a company into a word ('Ornans', 'Mouthe'): a proper noun gets the strong ones only
STRONG = (("rn", "m"), ("m", "rn"), ("cl", "d"), ("vv", "w"), ("ii", "u"), ("li", "h"), ("1", "l"), ("1", "i"),
          ("|", "l"), ("0", "o"), ("5", "s"), ("8", "b"), ("9", "g"), ("6", "b"))
LEVEL_MAX = 3000  # variants tried before a third confusion: a long word of common letters has thousands
# longest word read back through the dictionary: its words are at most 38 letters but for 5 oddities; each level of
# variants costs (letters)^2, so a 2,000-letter 'word' (a scan's run of strokes) had taken 40 s, one of 40 takes 1 ms
LONGEST = 40
WEAK = (("c", "e"), ("e", "c"), ("l", "i"), ("i", "l"), ("g", "q"), ("q", "g"), ("n", "u"), ("u", "n"), ("t", "f"),
        ("f", "t"), ("o", "e"), ("e", "o"), ("a", "o"), ("o", "a"), ("h", "b"), ("b", "h"), ("r", "t"))


def signs(text: str, enough: int = MIN_SIGNS) -> int:
    """How many of OCR's marks the text holds, counted up to ``enough``."""
    n = 0
    for _ in SIGN.finditer(text):
        n += 1
        if n >= enough:
            break
    return n


def read_back(text: str, force: bool = False, proper: bool = False) -> str:
    """The text as printed where OCR misread it (see the module doc); unchanged unless it shows OCR's marks.
    ``proper``: read every capitalised word as a proper noun (strong confusions only), as a list's items are read
    in a text; a short value alone has no context to say which it is."""
    if not force and signs(text) < MIN_SIGNS:
        return text
    text = BORDER.sub(_border, text)
    text = MIXED.sub(_latin, text) if ANY_SHAPE.search(text) else text
    text = PIPE.sub("l", INNER_I.sub("l", _accents(text)))
    text = NUMBER.sub(_digits, JOINED.sub(" ", text))
    return WORD.sub(_proper_word if proper else _word, _rejoined(text))


def line_start(text: str, pos: int, back: int = 300) -> int:
    """Where the line holding ``pos`` starts, looking ``back`` characters at most (a longer line: its last ones)."""
    window = max(pos - back, 0)
    return text.rfind("\n", window, pos) + 1 or window


def dated_row(text: str, pos: int) -> bool:
    """The line holding ``pos`` opens with its dates (a job's row: '05/2026 - 05/2027 ---- Aide à domicile …')."""
    return bool(DATED.match(text, line_start(text, pos)))


def _border(m: re.Match) -> str:
    """A left border: nothing; a letter read for a bar in a row that opens with its dates: the bar (a job's row
    reads by its cells); elsewhere, and a gap between columns: a line break. A bar itself stays: a table's row."""
    if m.start() == 0 or m.string[m.start() - 1] == "\n":
        return ""
    return " | " if m.group("letter") and dated_row(m.string, m.start()) else "\n"


def _latin(m: re.Match) -> str:
    """A token mixing scripts, or a lone look-alike letter among Latin ones ('Né(е)'), in Latin letters."""
    token = m.group(0)
    near = m.string[max(m.start() - 3, 0):m.end() + 3] if len(token) <= 2 else token
    return token.translate(LOOKALIKE) if LATIN.search(near) else token


def _digits(m: re.Match) -> str:
    """A run of digit groups with letters for some digits, when most of it is digits ('o7 Z5 o3 04 43')."""
    run = m.group(0)
    if m.group("age"):
        return run.translate(DIGIT_READS)
    digits = sum(c.isdigit() for c in run)
    chars = sum(c.isalnum() or c == "|" for c in run)
    if digits == chars or digits < 0.6 * chars or (digits < 4 and len(run) > 3):
        return run
    return run.translate(DIGIT_READS)


def _rejoined(text: str) -> str:
    """Pieces of one word split by a space ('Nation alité', 'Asth rnà', 'lice nce'): one word when the two together
    are one (after a confusion or two when neither piece is a word, one when one is, none when both are)."""
    out, last, prev = [], 0, None
    for m in TOKEN.finditer(text):
        if prev is not None and prev.end() + 1 == m.start() and text[prev.end()] == " " and prev.start() >= last:
            joined = _join(prev.group(0), m.group(0))
            if joined:
                out.append(text[last:prev.start()] + joined)
                last, prev = m.end(), None
                continue
        prev = m
    return "".join(out) + text[last:] if out else text


def _join(a: str, b: str) -> str:
    if not a[0].isalpha() or not b[0].isalpha() or a.isupper() or len(a) < 3 or not 3 <= len(b) <= 8:
        return ""  # never a short word's join ('en logist', 'Aid ât')
    known = _known(a) + _known(b)
    fixed = _repair(lexicon.fold(a + b), max(2 - known, 0), weak=True)  # two words: only as one word exactly
    return _cased(a + b, _closest(a + b, fixed)) if fixed else ""


def _word(m: re.Match, proper: bool | None = None) -> str:
    """A word no dictionary knows, read as the word it was printed as; a capitalised word that does not open a line,
    a sentence, a field or a column is a proper noun (strong confusions only). Two letters ('ln', 'cn'): one
    confusion."""
    token = m.group(0)
    if token.isupper() or _known(token) or len(token) < 2 or len(token) == 2 and not token.islower():
        return token
    if proper is None:
        line = line_start(m.string, m.start(), 200)
        proper = token[0].isupper() and not FIELD.search(m.string, line, m.start())
    edits = 1 if len(token) == 2 else 3 if len(token) >= 7 else 2  # 'Aclrcssc': three slips in a long word
    fixed = _repair(lexicon.fold(token), edits, weak=not (proper and token[0].isupper()))
    if fixed:
        return _cased(token, _closest(token, fixed))
    return IN_WORD.sub(lambda d: LETTER_READS[d.group(0)], token) if not token.isupper() else token


def _proper_word(m: re.Match) -> str:
    return _word(m, proper=True)


def _known(token: str) -> bool:
    """A word as it stands: in a dictionary, or a name or a town (never read as another word) written without
    accents ('Sânté' is OCR's 'Santé', though Sante is a surname)."""
    low = token.lower()
    folded = lexicon.fold(token)
    if low in _exact():
        return True
    return folded == low and (folded in lexicon.names() or folded in lexicon.towns() or folded in lexicon.regions())


def _cased(token: str, word: str) -> str:
    if token.isupper() and len(token) > 1:
        return word.upper()
    return word[0].upper() + word[1:] if token[0].isupper() else word


@lru_cache(maxsize=50_000)
def _repair(folded: str, edits: int = 2, weak: bool = True) -> str:
    """The folded dictionary word ``edits`` confusions or fewer from ``folded``, or '' when none."""
    forms = _folded()
    if folded in forms:
        return folded
    if len(folded) > LONGEST:
        return ""
    level = {folded}
    pairs = STRONG + WEAK if weak else STRONG
    for _ in range(edits):
        if len(level) > LEVEL_MAX:
            break
        level = {v for w in level for v in _variants(w, pairs)}
        hits = [v for v in level if v in forms]
        if hits:
            return min(hits, key=_rank)
    return ""


def _rank(folded: str) -> tuple[int, str]:
    """Job text's own words first (counted), then any dictionary word."""
    return (-lexicon.folded_words().get(folded, 0), folded)


def _closest(token: str, folded: str) -> str:
    """The written form of a folded word nearest the token as read: 'Divorcé' stays accented, 'àns' is 'ans'."""
    low = token.lower()
    return max(_folded()[folded], key=lambda form: (sum(a == b for a, b in zip(form, low)),
                                                    -sum(a != b for a, b in zip(form, folded)), form))


def _accents(text: str) -> str:
    """'à' inside a word is OCR's (French writes it at a word's end only: 'déjà', 'voilà')."""
    return INNER_A.sub(lambda m: m.group(0).replace("à", "a"), text) if "à" in text else text


def _variants(word: str, pairs: tuple[tuple[str, str], ...]) -> set[str]:
    out = set()
    for read, printed in pairs:
        start = word.find(read)
        while start >= 0:
            out.add(word[:start] + printed + word[start + len(read):])
            start = word.find(read, start + 1)
    return out


@lru_cache(maxsize=1)
def _dictionaries() -> tuple[dict[str, tuple[str, ...]], frozenset[str]]:
    """Folded word -> its written forms, and the written forms in lower case: simplemma's French and English
    lexicons (~430,000 forms, about a second once, only for a text OCR read) and the masker's job-text words."""
    from simplemma.strategies.dictionaries import DefaultDictionaryFactory

    factory = DefaultDictionaryFactory()
    exact = {form for lang in ("fr", "en") for form in factory.get_dictionary(lang) if form.isalpha() and form.islower()}
    exact.update(lexicon.words())
    folded: dict[str, tuple[str, ...]] = {}
    for form in exact:
        key = _fold(form)
        folded[key] = folded.get(key, ()) + (form,)
    for place in lexicon.towns() | lexicon.regions():  # folded already; a place is repaired to its folded form
        if place.isalpha() and place not in folded:
            folded[place] = (place,)
    return folded, frozenset(exact)


def _fold(word: str) -> str:
    """lexicon.fold without its cache (430,000 words would churn it)."""
    return lexicon.fold.__wrapped__(word)


def _folded() -> dict[str, tuple[str, ...]]:
    return _dictionaries()[0]


def _exact() -> frozenset[str]:
    return _dictionaries()[1]
