"""Text dictated to a voice assistant, read as it would have been typed: punctuation and numbers said as words.

A phone's dictation without automatic punctuation writes "âge deux points cinquante-deux ans point", "mon mail deux
points waheo point wakoue arobase hotmail point fr à la ligne", "CV colon … new line", "전화번호 콜론 공일공… 줄바꿈".
No rule (and no model) reads a label, an e-mail, a phone number, a date or an age in that form. A text is dictated
when it says its line breaks and full stops as words (:func:`is_dictated`, three times or more); then
:func:`written` puts back what was said: the punctuation (French, English, Korean words), numbers (French and English
by text2num, Korean Sino-Korean numerals here), e-mails and phone numbers; the masker and the models read that. Other
texts are left as they are: "point", "colon" or "일" mean other things in typed text.
"""
from __future__ import annotations

import re
from functools import lru_cache

from text_to_num import alpha2digit

from matchlens.preprocess.blind.regexcode import compile as rx

# what a dictated text says at its line ends (each counts once towards the gate)
_ENDS = rx(r"(?i)(?:\b(?:(?:retour )?à la ligne|nouveau paragraphe|new (?:line|paragraph)|next line|full stop"
                   r"|point final)\b|\bpoint(?=[ \t]*$)|줄바꿈|마침표|다음 줄)", re.MULTILINE)
GATE = 3

# spoken punctuation, longest first; ('\n' and ':' carry their own spacing in _space)
_PUNCT = (("point à la ligne", ".\n"), ("retour à la ligne", "\n"), ("à la ligne", "\n"), ("nouveau paragraphe", "\n"),
          ("new paragraph", "\n"), ("new line", "\n"), ("next line", "\n"), ("point final", "."),
          ("point-virgule", ";"), ("point virgule", ";"), ("deux points", ":"), ("virgule", ","),
          ("point d'interrogation", "?"), ("point d'exclamation", "!"), ("ouvrez la parenthèse", "("),
          ("ouvrir la parenthèse", "("), ("fermez la parenthèse", ")"), ("fermer la parenthèse", ")"),
          ("ouvrez les guillemets", "«"), ("fermez les guillemets", "»"), ("full stop", "."),
          ("semicolon", ";"), ("colon", ":"), ("comma", ","), ("question mark", "?"), ("exclamation mark", "!"),
          ("open bracket", "("), ("close bracket", ")"), ("open parenthesis", "("), ("close parenthesis", ")"),
          ("줄바꿈", "\n"), ("다음 줄", "\n"), ("마침표", "."), ("콜론", ":"), ("쉼표", ","), ("콤마", ","),
          ("괄호 열고", "("), ("괄호 닫고", ")"), ("물음표", "?"), ("느낌표", "!"))
_PUNCT_RE = rx(r"(?i)[ \t]*(?<![\w-])(" + "|".join(re.escape(w) for w, _ in _PUNCT) + r")(?![\w-])[ \t]*")
_PUNCT_OF = {w: p for w, p in _PUNCT}
_LINE_STOP = rx(r"(?i)[ \t]+(?:point|period)[ \t]*$", re.MULTILINE)  # 'point' / 'period' closing a line

# e-mails: 'waheo point wakoue arobase hotmail point fr', 'talate dot louisiano at gmail dot com'
_SEP = {"point": ".", "dot": ".", "점": ".", "tiret du bas": "_", "tiret bas": "_", "underscore": "_", "언더바": "_", "밑줄": "_",
        "tiret": "-", "dash": "-", "hyphen": "-", "하이픈": "-"}
_SEP_RE = "(?:" + "|".join(re.escape(s) for s in sorted(_SEP, key=len, reverse=True)) + ")"
_PART = r"[^\W_]+(?: \d+)?"
# an address has a few parts a side: bounded, so a long run of 'a point b point …' is read in linear time
_LOCAL = rf"{_PART}(?: {_SEP_RE} {_PART}){{0,5}}"
_DOMAIN = rf"[^\W_]+(?: {_SEP_RE} [^\W_]+){{1,4}}"
_AT = "(?:arobase|at sign|at|골뱅이)"
_EMAIL = rx(rf"(?i)(?<![\w.@-])({_LOCAL}) {_AT} ({_DOMAIN})(?![\w@])")
# an e-mail said aloud in a transcript that is not dictated ('oomesh tiret du bas nundlall7 arobase hotmail point fr'):
# its domain ends with a common top-level domain; 'at' alone needs a dotted local part ('work at Amazon dot com' stays)
TLD = "fr|com|net|org|be|ch|uk|kr|io|eu|re|nc|de|ca"
_DOMAIN_SAID = rf"[^\W_]+(?: {_SEP_RE} [^\W_]+){{0,3}}? {_SEP_RE} (?:{TLD})(?![\w@])"
EMAIL_SAID = rx(rf"(?i)(?<![\w.@-])(?:{_LOCAL} (?:arobase|at sign|골뱅이)|{_PART}(?: {_SEP_RE} {_PART}){{1,5}} at) "
                        rf"{_DOMAIN_SAID}")

# numbers: French and English number words (text2num reads each run), Korean Sino-Korean numerals (below)
_FR = tuple(("zéro un une deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize vingt trente "
       "quarante cinquante soixante septante huitante octante nonante cent cents mille").split())
_EN = tuple(("zero oh one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
       "seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand").split())
_WORD = {"fr": _FR, "en": _EN}
_DIGIT = {"zéro": "0", "zero": "0", "oh": "0", "un": "1", "une": "1", "one": "1", "deux": "2", "two": "2",
          "trois": "3", "three": "3", "quatre": "4", "four": "4", "cinq": "5", "five": "5", "six": "6",
          "sept": "7", "seven": "7", "huit": "8", "eight": "8", "neuf": "9", "nine": "9"}
_JOIN = {"fr": "et", "en": "and"}
# an isolated small number stays a word unless a unit follows ('neuf ans', not 'remise à neuf')
_UNITS = rx(r"(?i)[ \t]*(?:ans?|années?|mois|semaines?|jours?|heures?|enfants?|years?|months?|weeks?|days?"
                    r"|hours?|kids?|children|child|sons?|daughters?|janvier|février|mars|avril|mai|juin|juillet|août"
                    r"|septembre|octobre|novembre|décembre|january|february|march|april|may|june|july|august"
                    r"|september|october|november|december|of (?:january|february|march|april|may|june|july|august"
                    r"|september|october|november|december))\b")

_KO_DIGIT = {"영": 0, "공": 0, "일": 1, "이": 2, "삼": 3, "사": 4, "오": 5, "육": 6, "륙": 6, "칠": 7, "팔": 8, "구": 9}
_KO_UNIT = {"십": 10, "백": 100, "천": 1000}
_KO_COUNTER = ("개월", "년", "월", "일", "살", "세", "명", "시", "분", "번지", "호", "층", "동", "번")
_KO_NUM = rx(r"(?<![가-힣])[영공일이삼사오육륙칠팔구십백천만]+(?:개월|년|월|일|살|세|명|시|분|번지|호|층|동|번)?(?![가-힣])")


_ANY_WORD = "(?:" + "|".join(sorted(map(re.escape, set(_FR) | set(_EN)), key=len, reverse=True)) + ")"
# a phone number said aloud in a transcript that is not dictated ('au zéro six quatre-vingt-huit soixante zéro zéro
# soixante-dix', 'oh seven nine one one…'): a run of number words that starts with zero and says nine digits or more
PHONE_RUN = rx(rf"(?i)(?<![\w'’-])(?:zéro|zero|oh)(?:[ -]+(?:et[ -]+|and[ -]+)?{_ANY_WORD}){{4,}}(?![\w'’-])")


def is_phone(run: str) -> bool:
    """Whether a run of number words says a phone number (nine digits or more)."""
    words = re.split(r"[ -]+", run.lower())
    lang = "fr" if any(w in _FR and w not in _EN for w in words) else "en"
    return sum(ch.isdigit() for ch in alpha2digit(re.sub(r"(?i)\boh\b", "zero", run), lang, threshold=0)) >= 9


def is_dictated(text: str) -> bool:
    """Whether the text says its line breaks and full stops as words (three times or more), or is a speech-to-text
    transcript: lines opened by a time stamp ('[00:01:13] …'), with a speaker's fillers ('euh', 'um', '어')."""
    head = text[:20_000]
    if len(_ENDS.findall(head)) >= GATE:
        return True
    return len(_STAMPED.findall(head)) >= 2 and len(_FILLER.findall(head)) >= 2


_STAMPED = rx(r"(?m)^[ \t]*\[?(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?\]?[ \t]+(?=[^\W\d_])")
_FILLER = rx(r"(?i)(?<![\w'’])(?:euh+|heu+|bah|ben|um+|uh+|erm|hmm+)(?![\w'’])|(?<![\w])(?:어|음|그+)(?= )")


def written(text: str, force: bool = False) -> str:
    """The text as typed, when it was dictated (or ``force``): punctuation, numbers, e-mails and phones put back."""
    if not force and not is_dictated(text):
        return text
    text = _numbers(text)
    text = _EMAIL.sub(_email, text)
    text = _LINE_STOP.sub(".", text)
    text = _PUNCT_RE.sub(_punct, text)
    return _phones(_TRAILING.sub("", text))


_TRAILING = rx(r"[ \t]+$", re.MULTILINE)


def _punct(m: re.Match) -> str:
    """A spoken punctuation mark as typed; a line break said at the end of a line is already there."""
    sign = _PUNCT_OF[m.group(1).lower()]
    if sign.endswith("\n") and m.string[m.end():m.end() + 1] in ("\n", ""):
        sign = sign[:-1]
    return _space(sign) if sign else ""


def _space(p: str) -> str:
    """A punctuation mark with the spacing typed text gives it."""
    return {"\n": "\n", "(": " (", "«": " « ", "»": " » "}.get(p, p if p == ")" else p + " ")


def _email(m: re.Match) -> str:
    """'waheo point wakoue arobase hotmail point fr' -> 'waheo.wakoue@hotmail.fr'."""
    def joined(part: str) -> str:
        for word, sign in sorted(_SEP.items(), key=lambda x: -len(x[0])):
            part = re.sub(rf"(?i) {re.escape(word)} ", sign, part)
        return part.replace(" ", "")
    return f"{joined(m.group(1))}@{joined(m.group(2))}"


def _numbers(text: str) -> str:
    """Number words as digits: each French or English run of them, and Korean numerals."""
    for lang, words in _WORD.items():
        text = _runs(lang, words).sub(lambda m, lang=lang: _number(m, lang), text)
    return _KO_NUM.sub(_korean, text)


@lru_cache(maxsize=None)
def _runs(lang: str, words: tuple[str, ...]) -> re.Pattern:
    word = "(?:" + "|".join(sorted(map(re.escape, words), key=len, reverse=True)) + ")"
    return rx(rf"(?i)(?<![\w'’-]){word}(?:(?:[ -]|[ -]{_JOIN[lang]}[ -]){word}){{0,15}}(?![\w'’-])")  # bounded


def _number(m: re.Match, lang: str) -> str:
    """One run of number words as digits; a lone small one stays a word unless a unit follows it."""
    run = m.group(0)
    words = re.split(r"[ -]+", run.lower())
    if len(words) >= 3 and all(w in _DIGIT for w in words):
        return "".join(_DIGIT[w] for w in words)  # digits said one by one: a phone, a code
    digits = alpha2digit(run, lang, threshold=0)
    if not re.fullmatch(r"[\d ]+", digits):
        return run
    parts = digits.split()
    if len(parts) == 2 and parts[0] in ("19", "20") and len(parts[1]) == 2:  # 'nineteen sixty-three'
        return parts[0] + parts[1]
    if len(parts) == 1 and int(parts[0]) < 10 and len(words) == 1 and not _UNITS.match(m.string, m.end()):
        return run
    return digits


def _korean(m: re.Match) -> str:
    """'천구백구십육년' -> '1996년', '공일공이칠사칠팔이육오' -> '01027478265'; a lone syllable stays a word."""
    word = m.group(0)
    if len(word) >= 3 and all(c in _KO_DIGIT for c in word):
        return "".join(str(_KO_DIGIT[c]) for c in word)  # digits said one by one: a phone
    counter = next((c for c in _KO_COUNTER if word.endswith(c) and len(word) > len(c)), "")
    body = word[:len(word) - len(counter)]
    if not any(c in _KO_UNIT or c == "만" for c in body):
        if counter and len(body) <= 2 and all(c in _KO_DIGIT for c in body):
            return "".join(str(_KO_DIGIT[c]) for c in body) + counter
        return word
    value = _sino(body)
    return word if value is None else f"{value}{counter}"


def _sino(body: str) -> int | None:
    """The value of a Sino-Korean numeral ('구십' 90, '천구백구십육' 1996), None if it is not one."""
    total, group, digit = 0, 0, None
    for c in body:
        if c in _KO_DIGIT:
            if digit is not None:
                return None
            digit = _KO_DIGIT[c]
        elif c in _KO_UNIT:
            group += (1 if digit is None else digit) * _KO_UNIT[c]
            digit = None
        elif c == "만":
            total += (group + (digit or 0) or 1) * 10_000
            group, digit = 0, None
        else:
            return None
    return total + group + (digit or 0)


_PHONE = rx(r"(?<![\d,])(\d{1,3}(?:, \d{1,3}){3,})(?![\d])")


def _phones(text: str) -> str:
    """A phone said in groups ('06, 67, 63, 63, 17' once commas are put back) as a phone: '06 67 63 63 17'."""
    return _PHONE.sub(lambda m: m.group(1).replace(", ", " ") if len(re.sub(r"\D", "", m.group(1))) >= 8
                      else m.group(1), text)
