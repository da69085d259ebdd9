"""Field labels in other languages (data/labels.tsv): a CV's personal block is often in its author's own language
('Data de nascimento', 'Stan cywilny', 'Giới tính', 'วันเกิด') beside French, English or Korean. Each family's labels
as one regular-expression alternation that masking adds to its own (masking.LABELS), so every labelled-field rule
(a value after a label, a label alone above its value, a label inside a sentence) reads them the same way."""
from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from functools import lru_cache
from pathlib import Path

from matchlens.preprocess.blind.regexcode import compile as rx

DATA = Path(__file__).resolve().parent / "data" / "labels.tsv"


@lru_cache(maxsize=1)
def table() -> dict[str, tuple[str, ...]]:
    """family -> its labels in other languages, longest first (so 'Nume și prenume' is tried before 'Nume')."""
    out: dict[str, set[str]] = defaultdict(set)
    for line in DATA.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            family, _lang, label = line.split("\t")
            out[family].add(label)
    return {f: tuple(sorted(labels, key=lambda s: (-len(s), s))) for f, labels in out.items()}


def pattern(family: str) -> str:
    """The family's labels as one regular expression ('' when none), written as a trie (labels sharing a prefix
    share its branch: 'Data de nascimento' and 'Data di nascita' are tried as 'Data d' once): an alternation of
    870 labels tried one by one at every position of a resume made masking 37% slower, measured. Spaces match any
    run of spaces or tabs; case is the caller's (masking's patterns ignore it)."""
    trie: dict = {}
    for label in table().get(family, ()):
        node = trie
        for ch in label:
            node = node.setdefault(ch.lower() if len(ch.lower()) == 1 else ch, {})
        node[""] = {}
    if not trie:
        return ""
    first = "".join(sorted(re.escape(ch) for ch in trie))  # one class test rejects most positions at once
    return f"(?=[{first}]){_branches(trie)}"


def _branches(node: dict) -> str:
    """The trie below ``node`` as a regular expression (the longest way first: an ended label is optional)."""
    ways = [(r"[ \t]+" if ch == " " else re.escape(ch)) + _branches(child) for ch, child in node.items() if ch]
    if not ways:
        return ""
    body = ways[0] if len(ways) == 1 else "(?:" + "|".join(ways) + ")"
    if "" in node:
        return f"(?:{body})?"
    return body


# The field labels a CV's personal block uses most, in French, English and Korean (masking.LABELS has them as
# patterns): what a label typed in a hurry is read against ('nationnalité', 'citizenshp', 'date de naisance', '국젹')
COMMON = ("nom", "prénom", "nom de famille", "nom et prénom", "prénom et nom", "date de naissance", "lieu de naissance", "nationalité", "situation familiale",
          "situation de famille", "adresse", "âge", "sexe", "religion", "enfants", "état civil", "domicile", "civilité",
          "name", "first name", "surname", "date of birth", "place of birth", "nationality", "citizenship",
          "marital status", "address", "age", "sex", "gender", "religion", "children", "birthplace",
          "이름", "성명", "성별", "생년월일", "국적", "주소", "나이", "종교", "결혼여부", "혼인여부", "병역", "사는곳", "건강", "자녀", "장애")
# a label's place: at a line's start or after a separator, one to four words, then a colon
SLOT = rx(r"(?m)(?:^|(?<=[|/·•;\t]))(?P<pre>[ \t\-•*]*)(?P<l>(?:[^\W\d_]|[01])[^\W_'’.:]{1,24}"
                  r"(?:[ \t]+[^\W\d_][^\W_'’.:]{0,14}){0,3})(?P<post>[ \t]*\.?[ \t]*[:：]|[ \t]*[.…_]{3,})")  # OCR: 'Nationa1ité :', 'Re1igion ......'


# the same typed without its colon, at a line's start or after a field separator, a value after it ('nationalitee
# tunisien | …', 'relegion christian', 'sit. fam. célib', '국쩍 한국'): the longest start of up to three words that is
# a typed or cut label
BARE = rx(r"(?m)(?:^|(?<=[|/·•;]))(?P<pre>[ \t\-•*>]*)(?P<l>[^\W\d_][^\W\d_'’:：|/]{1,24}"
                  r"(?:[ \t]+[^\W\d_][^\W\d_'’:：|/]{0,14}){0,2})(?P<post>[ \t]+)(?=[^\W_]|')")
NOT_BARE = ("nom", "prénom", "name", "first name", "surname", "nom de famille", "이름", "성명")  # any value follows a name: colons only ('여름 씨는' is no '이름')
WORD = rx(r"\S+")


def corrected(text: str) -> str:
    """The text with each label typed a letter or two away from a known one written as that label ('nationnalité :'
    -> 'nationalité :', 'citizenshp:' -> 'citizenship:'), or cut short before a full stop ('relig. :' -> 'religion :'),
    so the labelled-field rules read it; a typed label without its colon gets one ('relegion christian' ->
    'religion: christian'); other text unchanged."""
    if ":" in text or "：" in text:
        text = SLOT.sub(_slot, text)
    return "\n".join(BARE.sub(_bare, line) if _listed(line) else LEAD.sub(_lead, line) if LEAD_HINT.match(line) else line
                     for line in text.split("\n"))


# a line that starts with a field typed as a note or a learner types it, without a colon and outside a list ('-> nat.
# sri lankais', 'sit. fam celib', 'nasionalité roumain'): read as its label only when cut before a full stop or typed a
# letter or two away from a label (never a word of its own, never a label's prefix without its full stop: 'Enfant …')
LEAD_HINT = rx(r"[ \t\-•*>→]*[^\W\d_]")
LEAD = rx(r"^(?P<pre>[ \t\-•*>→]*)(?P<l>[^\W\d_][^\W\d_'’:：|/]{1,24}(?:[ \t]+[^\W\d_][^\W\d_'’:：|/]{0,14}){0,2})"
          r"(?P<post>[ \t]+)(?=[^\W_]|')")


def _lead(m: re.Match) -> str:
    """A line's first words as a label when cut with a full stop or typed near one (see LEAD)."""
    label = m.group("l")
    ends = [w.end() for w in WORD.finditer(label)]
    for end in reversed(ends):
        typed = label[:end]
        cut = typed.endswith(".")
        if not cut and _spelled_right(typed):
            continue  # a word of its own ('Enfant de 3 ans gardé', 'Adresses mail'): no label typed wrong
        if (target := _nearest(typed.rstrip("."), cut, bare=True)) and target not in NOT_BARE:
            return m.group("pre") + target + ":" + (label[end:] + m.group("post") if end < len(label) else " ")
    return m.group(0)


LISTED = rx(r"[ \t][|/·•][ \t]|\|")


def _listed(line: str) -> bool:
    """A line that lists fields ('sexe: F | age 34 | nationalitee tunisien'): only there is a label read without its
    colon (a bullet's 'Sage 100' or a heading's 'ÂGÉE DE 32 ANS' would read as 'age')."""
    return len(LISTED.findall(line)) >= 2


def _spelled_right(words: str) -> bool:
    """Every word is a French or English word (simplemma's dictionaries): no typo."""
    import simplemma  # deferred: only a line that starts like a mistyped label asks

    return all(simplemma.is_known(w, lang="fr") or simplemma.is_known(w, lang="en") for w in words.lower().split())


def _slot(m: re.Match) -> str:
    """A label and its colon, the label written as the one it was typed for ('relig. :' -> 'religion :', 'nat:' ->
    'nationalité :': three or four letters before a colon are a label cut short)."""
    short = 3 <= len(m.group("l")) <= 4 and m.group("l").isalpha()
    target = _nearest(m.group("l"), "." in m.group("post") or short)
    return m.group("pre") + (target + m.group("post").replace(".", "", 1) if target else m.group("l") + m.group("post"))


def _bare(m: re.Match) -> str:
    """A field's start as typed, with its label written as the label and a colon when it was a typed one."""
    label = m.group("l")
    ends = [w.end() for w in WORD.finditer(label)]
    for end in reversed(ends):
        typed = label[:end]
        cut = typed.endswith(".") or len(typed) >= 5 and " " not in typed  # 'relig sikh': cut without its full stop
        if (target := _nearest(typed.rstrip("."), cut, bare=True)) and target not in NOT_BARE:
            return m.group("pre") + target + ":" + (label[end:] + m.group("post") if end < len(label) else " ")
    return m.group(0)


@lru_cache(maxsize=4096)
def _nearest(label: str, cut: bool = False, bare: bool = False) -> str | None:
    """The French, English or Korean label ``label`` was meant to be, when it is no label or word itself and is one
    or two edits from one (other languages' labels are not targets: 'family' is two edits from Uzbek 'familiya'), or,
    ``cut`` short before a full stop, its words start a label's words ('relig.', 'sit. fam.', 'date naiss.').
    ``bare``: no colon follows, so only labels of five letters or more, and a two-syllable Hangul label typed with the
    same consonants ('건깅' is '건강', '놀이' is no '나이')."""
    low = label.lower()
    if low in _known() or _is_word(low) and not cut:
        return None  # a label already, or a word of its own ('Note:', 'Family:' are no typos)
    for target in COMMON:
        if bare and not (len(target) >= 5 or _hangul(target) and len(target) == len(low) and _consonants(low, target)):
            continue
        if abs(len(target) - len(low)) <= 2 and (_close(low, target) or _close(_ocr(low), _ocr(target))):
            return target
    parts = low.replace(".", " ").split()
    if cut and len("".join(parts)) >= 3:
        for target in COMMON:
            words = [w for w in target.split() if w not in ("de", "of", "du")]
            if len(parts) == len(words) and all(w.startswith(p) for p, w in zip(parts, words)) and parts[-1] != words[-1]:
                return target
    return None


def _is_word(low: str) -> bool:
    """A word job text uses (blind.lexicon's counts): no typo of a label."""
    from matchlens.preprocess.blind.lexicon import fold, folded_words

    return folded_words().get(fold(low), 0) >= 3


@lru_cache(maxsize=1)
def _known() -> tuple[str, ...]:
    return tuple(dict.fromkeys([*COMMON, *(lab.lower() for labels in table().values() for lab in labels)]))


# what OCR reads for a letter: digits and bars for letters, letter pairs for one, look-alikes of other scripts
OCR_CHARS = str.maketrans({"0": "o", "1": "l", "|": "l", "5": "s", "8": "b", "а": "a", "е": "e", "о": "o", "р": "p",
                           "с": "c", "х": "x", "у": "y", "і": "i", "ο": "o", "α": "a", "ν": "v", "ι": "i", "κ": "k"})


def _ocr(word: str) -> str:
    """A label as OCR may have read it, its confusions undone ('nationa1ité', 'prénorn', 'situatlon')."""
    plain = unicodedata.normalize("NFC", "".join(c for c in unicodedata.normalize("NFD", word.translate(OCR_CHARS))
                                                 if not unicodedata.combining(c)))  # (Hangul syllables whole again)
    return plain.replace("rn", "m").replace("cl", "d").replace("vv", "w")  # accents too: 'Surnàrne', 'Nâtionàlity'


def _close(word: str, target: str) -> bool:
    """One edit (two from 8 letters on; adjacent letters swapped count as one), never for words under 3 letters; in
    Hangul a two- or three-syllable label only with the same first consonant in the syllable that differs
    ('국젹' is '국적', '주요' is no '주소')."""
    n = len(target)
    limit = 2 if n >= 8 else 1 if n >= 3 or _hangul(target) else 0
    if limit == 0 or _distance(word, target, limit) > limit:
        return False
    if _hangul(target) and n <= 3:
        return len(word) == n and all(a == b or _initial(a) == _initial(b) for a, b in zip(word, target))
    return True


def _consonants(word: str, target: str) -> bool:
    """Each syllable with the target's first and last consonants (a tense one read as its plain one)."""
    return _hangul(word) and all(_initial(a) == _initial(b) and (ord(a) - 0xAC00) % 28 == (ord(b) - 0xAC00) % 28
                                 for a, b in zip(word, target))


def _hangul(s: str) -> bool:
    return all("가" <= c <= "힣" for c in s)


def _initial(c: str) -> int:
    """A syllable's first consonant, a tense one read as its plain one (hurried typing holds shift: '종꾜', '국쩍')."""
    i = (ord(c) - 0xAC00) // 588 if "가" <= c <= "힣" else -1
    return {1: 0, 4: 3, 8: 7, 10: 9, 13: 12}.get(i, i)


def _distance(a: str, b: str, limit: int) -> int:
    """Optimal string alignment distance (edits, adjacent swaps counting one), stopped early past ``limit``."""
    prev2, prev = None, list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb))
            if prev2 is not None and i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        if min(cur) > limit:
            return limit + 1
        prev2, prev = prev, cur
    return prev[-1]
