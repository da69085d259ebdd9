"""A CV's text read as it was typed, whatever its file did to it: the masker's rules and the benchmark read this form.

A PDF or Word file gives back its text with marks of the typesetting: soft hyphens inside words ('Réfé\\u00adrences'),
zero-width spaces inside names, decomposed accents (e + U+0301), ligatures ('ﬁ', 'ﬀ'), no-break and ideographic
spaces, words broken at a line end ('Bou-' / 'hali'), and a whole text decoded with the wrong code page ('Ã©' for
'é', ftfy reads it back). A scan read by OCR puts a digit for a letter inside a word ('consei1ler'), and inclusive
writing splits a word's forms with a middle dot ('conseiller·ère'). A page read by OCR is read back as printed
(``ocr``: look-alike letters, letters for digits, 'rn' for 'm', split words). Each hides a label or a name from a rule that reads letters and spaces ('Réfé­rences :' is
no label). ``typed`` undoes them all; a clean text comes back unchanged (the same object: nothing to pay).
"""
from __future__ import annotations

import bisect
import re
import unicodedata

from matchlens.ingest.quality import COMPOUND_FIRST
from matchlens.preprocess.sections import heading_of
from matchlens.preprocess.blind import ocr
from matchlens.preprocess.blind.regexcode import compile as rx

INVISIBLE = rx("[\u00ad\u200b\u2060\ufeff]")  # soft hyphen, zero-width space, word joiner, BOM
APOSTROPHE = rx(r"(?<=[^\W\d_])[´`ʼ](?=[^\W\d_])")  # an accent or a backquote typed or read for an apostrophe ('d´entretien')
SPACES = rx("[\u00a0\u2007\u2009\u202f\u3000]")  # no-break, figure, thin, narrow no-break, ideographic
LIGATURE = rx("[\ufb00-\ufb06]")
DECOMPOSED = rx("[\u0300-\u036f]")  # combining accents: the text holds a letter and its accent apart
MOJIBAKE = rx("[ÃÂâ][\u0080-\u00bf\u2013\u2014\u2018-\u203a\u20ac\u2122\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc]")
# a word broken at a line end: joined (the line goes on), its hyphen kept when the rest starts with a capital ('Capesterre-' /
# 'Belle-Eau' is one name) or the first part is a compound's ('aides-' / 'soignants'); starts only where a word starts
BROKEN = rx(r"(?m)(?<![^\W\d_])([^\W\d_]{2,})-[ \t]*\n[ \t]*(?=([^\W\d_]+)([\-'’]?))")
GATE = rx("[\u00ad\u200b\u2060\ufeff\u00a0\u2007\u2009\u202f\u3000\ufb00-\ufb06\u0300-\u036fÃÂâ·‧⋅]|[^\\W\\d_]-[ \t]*\n"
                  "|[^\\W\\d_][´`ʼ][^\\W\\d_]|[a-zà-ÿ][10|][a-zà-ÿ]|[A-ZÀ-Þ][l0][A-ZÀ-Þ]|\\d[Oo]\\d|(?<![\\w.])[lIOo]\\d{3}(?![\\d\\w])|\\d\\d[Oo](?![\\w])|[a-zà-ÿ]\\.(?:e|ère|euse|rice|trice|ne|le|fe)\\b")
# inclusive writing ('conseiller·ère', 'gérant·e', 'salarié·e·s', 'motivé.e'): read as its first form, as the masker
# reads every feminine in its masculine, so 'Votre conseiller·ère :' is the label 'conseiller :' (not before '@' or '/')
INCLUSIVE = rx(r"(?<=[a-zà-ÿ])(?:[·‧⋅](?:e|ère|ere|euse|rice|trice|ne|nne|le|lle|fe|ffe|se|te)(?:[·‧⋅.]?(s))?"
                       r"|\.(?:e|ère|euse|rice|trice|ne|le|fe)(?:\.(s))?)(?![\w.@/\-])")
# what OCR reads for a letter inside a word ('consei1ler', 'consu|tant', 'c0nducteur', 'CHlLESHE'): the letter
OCR_LETTER = rx(r"(?<=[a-zà-ÿ])[1|0](?=[a-zà-ÿ])|(?<=[A-ZÀ-Þ])l(?=[A-ZÀ-Þ])|(?<=[A-ZÀ-Þ])0(?=[A-ZÀ-Þ]{2})")
OCR_DIGIT_GATE = rx(r"\d[Oo]\d|(?<![\w.])[lIOo]\d{3}(?![\d\w])|\d\d[Oo](?![\w])")
MAIL = rx(r"(?<![\w.+\-])[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)*")  # from a run's start only: linear
# and a letter for a digit inside a number ('Née en l982', '2O22 – aujourd'hui'): the digit
# (a whole token of digits and O's, or l / I before three digits; never inside a code: 'C159O64397', 'H2O')
OCR_DIGIT = rx(r"(?<![\w.])[lI](?=\d{3}(?![\d\w]))|(?<![\w.])(?=[Oo]*\d[Oo]*\d)(?=[\d]*[Oo])[\dOo]{3,}(?![\w])")
OCR_READS = {"1": "l", "|": "l", "0": "o", "l": "I"}  # a 0 between capitals reads O: see _ocr_letters


# a form's boxed characters ('|0|5|0|1|1|9|7|5|', '|__|__|' filled): the characters without their boxes
BOXED = rx(r"\|(?:[ \t]?[0-9A-Za-z][ \t]?\|){4,}")
# a form's dotted leaders between a label and its value ('Né(e) le ··········· 01/11/1976', 'Age . . . . . 21',
# 'Tél. ____ 06 …', 'Next of kin …………… X'): a colon, as the label's rules read it (never a table's rule '| --- |')
LEADERS = rx(r"(?<=[^\s|.·…_\-])[ \t]*(?:(?:\.[ \t]?){4,}|(?:[·…_][ \t]?){3,}|-{4,}|(?:[.:][ \t]?)*:[.]{3,})[ \t]*"
             r"(?=[^\s|.·…_\-])")
LEADER_HINT = rx(r"\.{4}|\. \. \.|[·…_]{3}|-{4}|[·…_] [·…_] [·…_]")
GAP = rx(r"\S( {6,})(?=\S)")  # a run of spaces between two columns of a page read line by line
RIGHT_ONLY = rx(r"^ {20,}\S")
LABEL_ONLY = rx(r"^[^\w\n]{0,3}[^\W_][^:\n]{0,38}:[ \t:._]*$")  # 'Nationalité :', '» Adresse :', a form's label alone
JITTER = 6  # a column's start moves a few characters from line to line in OCR's output of a photographed page


def typed(text: str) -> str:
    """The text without its typesetting marks (see the module doc); unchanged when it has none."""
    scan = ocr.signs(text) >= ocr.MIN_SIGNS  # before the repairs below take some of its marks away
    text = columns(text) if "      " in text else text
    text = paired(text) if ":\n" in text else text
    text = BOXED.sub(lambda m: re.sub(r"[|\s]", "", m.group(0)), text) if "|" in text else text
    text = LEADERS.sub(_leader, text) if LEADER_HINT.search(text) else text
    if not GATE.search(text):
        return ocr.read_back(text, force=True) if scan else text
    if MOJIBAKE.search(text):
        text = _fix_encoding(text)
    text = APOSTROPHE.sub("'", INVISIBLE.sub("", text))
    text = SPACES.sub(" ", text)
    text = LIGATURE.sub(lambda m: unicodedata.normalize("NFKC", m.group(0)), text)
    if DECOMPOSED.search(text):
        text = unicodedata.normalize("NFC", text)
    text = INCLUSIVE.sub(lambda m: m.group(1) or m.group(2) or "", text)
    text = _ocr_letters(text)
    text = BROKEN.sub(_join, text) if "-" in text else text
    return ocr.read_back(text, force=True) if scan else text


def _ocr_letters(text: str) -> str:
    """OCR's digits for letters read back as letters, never inside an e-mail address ('jean1dupont@…' spells a name)."""
    mails = [m.span() for m in MAIL.finditer(text)] if "@" in text else []
    starts = [a for a, _ in mails]

    def letter(m: re.Match) -> str:
        i = bisect.bisect_right(starts, m.start()) - 1
        if i >= 0 and m.start() < mails[i][1]:
            return m.group(0)
        return "O" if m.group(0) == "0" and m.string[m.start() - 1].isupper() else OCR_READS[m.group(0)]
    text = OCR_LETTER.sub(letter, text)
    return OCR_DIGIT.sub(lambda m: "1" if m.group(0) in "lI" else re.sub("[Oo]", "0", m.group(0)), text) \
        if OCR_DIGIT_GATE.search(text) else text


def _fix_encoding(text: str) -> str:
    """UTF-8 that was decoded as cp1252 or Latin-1, decoded again (ftfy: only where the result reads better)."""
    import ftfy  # deferred: 63 ms of imports that only damaged text needs

    return ftfy.fix_encoding(text)


def _join(m: re.Match) -> str:
    """'Bou-' / 'hali' -> 'Bouhali', 'Capesterre-' / 'Belle-Eau' -> 'Capesterre-Belle-Eau': one line again; a
    word in capitals joins a word in capitals ('BOU-' / 'HALI')."""
    first, rest, then = m.group(1), m.group(2), m.group(3)
    compound = then or first.lower() in COMPOUND_FIRST  # 'Villette-' / 'd'Anthon', 'Villeneuve-' / 'sur-Lot'
    hyphen = "-" if compound or rest[0].isupper() and not first.isupper() else ""
    return first + hyphen


def _leader(m: re.Match) -> str:
    """A label's leaders are a colon; in a row that opens with its dates ('05/2026 - 05/2027 ---- Aide à domicile ____
    ADMR …') they separate a job's cells."""
    return " – " if ocr.dated_row(m.string, m.start()) else " : "


def columns(text: str) -> str:
    """A two-column page read line by line ('Né(e) le          FORMATION' then '10/09/85 à Omoa'): the left column's
    lines, then the right column's, as a reader with layout analysis gives them. Only when most gapped lines split at
    one position (give or take ``JITTER`` characters: OCR's columns are not straight), some lines hold the right column alone (a table's rows do not) and a section's heading stands in the
    right column (labels aligned with their values do not)."""
    lines = text.split("\n")
    starts = [m.end(1) for line in lines if (m := GAP.search(line))]
    right_only = [line for line in lines if RIGHT_ONLY.match(line)]
    if len(starts) < 4 or len(right_only) < 2:
        return text
    if not any(_known_heading(line[m.end(1):]) for line in lines if (m := GAP.search(line))):
        return text  # labels and their values aligned ('Geburtsdatum        21.06.1982'): one column of fields
    pos = sorted(starts)[len(starts) // 2]
    near = [s for s in starts if abs(s - pos) <= JITTER]
    if len(near) < 0.8 * len(starts) or any(abs(len(line) - len(line.lstrip(" ")) - pos) > JITTER for line in right_only):
        return text
    left, right = [], []
    for line in lines:
        cut = _cut(line, pos)
        left.append(line[:cut].rstrip())
        right.append(line[cut:].strip())
    return "\n".join(left).rstrip("\n") + "\n\n" + "\n".join(r for r in right if r).strip("\n") + "\n"


def paired(text: str) -> str:
    """A form's labels read as one column, then its values as another ('Nom :' … 'E-mail :', a blank line, then
    'TARAWALLY' … 'k@orange.fr'): each label beside its value again, when the two runs have as many lines."""
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        n = _run(lines, i, lambda line: bool(LABEL_ONLY.match(line)))
        if n < 4:
            i += max(n, 1)
            continue
        j = i + n
        while j < len(lines) and not lines[j].strip():
            j += 1
        m = _run(lines, j, lambda line: bool(line.strip()) and not LABEL_ONLY.match(line))
        if m == n:
            lines[i:j + m] = [f"{label.rstrip()} {value.strip()}" for label, value in zip(lines[i:i + n], lines[j:j + m])]
        i += n
    return "\n".join(lines)


def _run(lines: list[str], start: int, test) -> int:
    n = 0
    while start + n < len(lines) and test(lines[start + n]):
        n += 1
    return n


def _cut(line: str, pos: int) -> int:
    """Where a line's right column starts: the gap nearest ``pos``, or the line's end when it has no such gap."""
    indent = len(line) - len(line.lstrip(" "))
    if line.strip() and indent >= pos - JITTER:
        return indent  # the right column alone
    for m in GAP.finditer(line):
        if abs(m.end(1) - pos) <= JITTER:
            return m.end(1)
    return len(line)


def _known_heading(cell: str) -> bool:
    """A section's heading ('EXPÉRIENCE PROFESSIONNELLE', 'Skills') sits in the right column of a two-column page."""
    section = heading_of(cell.strip())
    return section is not None and section != "other"
