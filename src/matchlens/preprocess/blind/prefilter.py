"""Literal prefilters for masking's long patterns: skip a regular expression when the text cannot hold a match.

Most of blind masking's patterns are long alternations (`markers.NATIONALITY` has over 30 branches and 400 words) that
Python's `re` tries at every position of a resume, although a real resume holds a match of few of them. For each
top-level branch of a pattern, :func:`needles` reads its parse tree once and derives the strings one of which every
match must contain (' national', 'citizen', "d'origine"…, lower-cased); :func:`sub` looks for them in the text
lower-cased once, and runs only the branches whose needles are there, merging their matches as the whole
alternation would. The needles come from the patterns themselves, so a branch added later is covered, and one that
needs no literal always runs. The output is the same by construction: a branch skipped here could not have matched
(tests/preprocess/test_prefilter.py, and bench/bench_masking_speed.py --check on 4,020 texts).

The needles of every pattern are looked for together, in one pass over each state of the text (an Aho-Corasick
automaton, `pyahocorasick`: 0.09 ms for 3,400 needles in a 300-word resume, where one `in` per needle took 3.7 ms):
a pattern's branches then cost a set look-up each, however many needles they have.
"""
from __future__ import annotations

import re
import threading
from functools import lru_cache, wraps
from operator import itemgetter
from re import _constants as C  # the parse tree's opcodes (stable across 3.11-3.13)
from re import _parser
from typing import NamedTuple

from matchlens.preprocess.blind import plans
from matchlens.preprocess.blind.regexcode import compile as rx

try:
    from ahocorasick import Automaton
except ImportError:  # without it each needle is looked for on its own (`in`): the same branches run, slower
    Automaton = None

MAX_SET = 64  # exact strings a node may stand for before it counts as 'anything'
MAX_NEEDLES = 150 if Automaton is None else 5000  # a branch needing one of more strings is kept without looking
MAX_CLAUSES = 4  # sets of needles a branch is checked for (the best one first)
MAX_CLASS = 8  # characters of a [class] kept as alternatives ('[ée]', '[ \t]')
# characters whose lower case the needles may hold: those `re`'s IGNORECASE matches exactly through str.lower
# (once 'İ', 'ı' and 'ſ' are mapped, see `lowered`); others make a node 'anything', which is always safe
SAFE = rx(r"[\x00-\x7f\u00c0-\u00ff\u0100-\u0130\u0132-\u017e\u0180-\u024f\u0400-\u0431\u0433\u0435-\u043d"
                  r"\u043f\u0440\u0443-\u0449\u044b-\u0462\u0464-\u04ff\u0600-\u06ff\u0900-\u0dff\u0e00-\u0e7f"
                  r"\u1000-\u109f\u1780-\u17ff\u1e00-\u1e60\u1e62-\u1e9a\u1e9c-\u1eff\u2010-\u2027\u2030-\u205e\u25a0-\u25ff\u3000-\u303f"
                  r"\u4e00-\u9fff\uac00-\ud7a3\uff01-\uff20]")  # ASCII, Latin-1 letters, œ, punctuation ('’', '–', '•', '：'), shapes
# ('◆'), CJK, Hangul; Latin Extended ('ă', 'ł', 'ş', Vietnamese 'ổ'), Cyrillic, Arabic, the Brahmic scripts, Thai,
# Myanmar, Khmer (the labels of other languages), less the letters IGNORECASE also matches with others ('ı', 'ſ',
# Cyrillic 'в' and old 'ᲀ'): tests/preprocess/test_prefilter.py checks every one of them against every character

REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT)
Info = tuple[frozenset[str] | None, tuple[frozenset[str], ...]]  # (exact strings matched, sets of strings: one of
# each set is in every match)


_PATTERNS: dict[int, re.Pattern] = {}  # every pattern planned, by id: held here, an id is never reused


def per_pattern(fn):
    """``fn(pattern)`` computed once per pattern object, found again by identity: `lru_cache` hashes a compiled
    pattern, which reads its whole code each time (80 µs for NATIONALITY's, several times a text)."""
    values: dict[int, object] = {}

    @wraps(fn)
    def cached(pattern: re.Pattern):
        key = id(pattern)
        if _PATTERNS.get(key) is not pattern:
            _PATTERNS[key] = pattern
        if key not in values:
            values[key] = fn(pattern)
        return values[key]

    cached.cache_clear = values.clear
    return cached


def lowered(text: str) -> str:
    """The text in the lower case the needles are written in; 'İ', 'ı' and 'ſ' read as 'i', 'i' and 's', as `re`'s
    IGNORECASE reads them."""
    low = text.lower()
    if not low.isascii():
        low = low.replace("\u0307", "").replace("ı", "i").replace("ſ", "s")  # 'İ'.lower() is 'i' + a combining dot
    return low


def may_match(pattern: re.Pattern, low: str) -> bool:
    """False only when no match of ``pattern`` can be in the text whose :func:`lowered` form is ``low``."""
    keys = _needles_stored(pattern)
    return keys is None or any(k in low for k in keys)


def sub(pattern: re.Pattern, repl, s: str, low: str) -> str:
    """``pattern.sub(repl, s)`` (``low``: :func:`lowered` of ``s``), running only the top-level branches that can
    match in the text, each alone (compiled once: no compilation per text), their matches merged as the alternation
    takes them: the leftmost, and at one position the first branch."""
    alive = _alive(pattern, low)
    count = _facts(pattern).plan[2]
    if not alive:
        return s
    if len(alive) == count or _facts(pattern).empty:
        return pattern.sub(repl, s) if len(alive) == count else _compiled(pattern, _mask(alive, count)).sub(repl, s)
    parts = [_compiled(pattern, _mask([i], count)) for i in alive]
    if len(parts) == 1:
        return parts[0].sub(repl, s)
    replace = repl if callable(repl) else lambda m: m.expand(repl)
    ahead = [p.search(s) for p in parts]  # each branch's next match; none is empty (Facts.empty)
    out, pos = [], 0
    while any(ahead):
        m = min((m for m in ahead if m), key=lambda m: m.start())  # min keeps the first branch on a tie
        out += [s[pos:m.start()], replace(m)]
        pos = m.end()
        ahead = [m if m is None or m.start() >= pos else p.search(s, pos) for p, m in zip(parts, ahead)]
    return "".join(out) + s[pos:]


def has_match(pattern: re.Pattern, s: str) -> bool:
    """``bool(pattern.search(s))``, each alternative of the pattern's outer group tried alone, and only when the text
    holds what it needs (:func:`_spread`; CUE_BEFORE's 48 alternatives on a line: 40 -> 10 µs)."""
    facts = _facts_of(_spread_source(pattern), pattern.flags)
    return any(_branch(facts.prefix + facts.parts[i], pattern.flags).search(s)
               for i in _alive_in(facts.plan, lowered(s)))


def _spread(pattern: re.Pattern) -> re.Pattern:
    """:func:`_spread_source` compiled (the pattern itself when it is its own)."""
    source = _spread_source(pattern)
    return pattern if source == pattern.pattern else rx(source, pattern.flags)


@per_pattern
def _spread_source(pattern: re.Pattern) -> str:
    """The pattern with the alternatives of the group it is made of as top-level branches ('(?i)(?:A|B)T' ->
    '(?i)(?:A)T|(?:B)T'): 'AT' or 'BT' matches wherever '(?:A|B)T' does, so whether a text holds a match is the same
    (where the matches are may not be). The pattern's own source when it is not one such group followed by a tail."""
    prefix, parts = _split(pattern.pattern)
    body = pattern.pattern[len(prefix):]
    end = _group_end(body) if body.startswith("(?:") and len(parts) == 1 else -1
    tail = body[end + 1:]
    if end < 0 or pattern.groups or pattern.flags & re.VERBOSE or tail[:1] in ("*", "+", "?", "{") \
            or len(_split(tail)[1]) > 1:
        return pattern.pattern
    alternatives = _split(body[3:end])[1]
    return prefix + "|".join(f"(?:{a}){tail}" for a in alternatives)


@lru_cache(maxsize=4096)
def _branch(source: str, flags: int) -> re.Pattern:
    """One branch compiled, when it is first needed (most branches of most patterns never are)."""
    return rx(source, flags)


def _group_end(source: str) -> int:
    """The index of the parenthesis closing the group that opens ``source``; -1 when there is none."""
    depth, in_class, i = 0, False, 0
    while i < len(source):
        c = source[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            i += 1 + (source[i + 1:i + 2] == "^")
            i += source[i:i + 1] == "]"  # a ']' first in a class is a character
            continue
        elif c in "()":
            depth += 1 if c == "(" else -1
            if depth == 0:
                return i
        i += 1
    return -1


def _alive(pattern: re.Pattern, low: str) -> list[int]:
    """The top-level branches of the pattern that may match in the text whose :func:`lowered` form is ``low``."""
    return _alive_in(_plan(pattern), low)


def _alive_in(plan: Plan, low: str) -> list[int]:
    """The branches of a plan that may match in ``low``: it holds one needle of each set they need, and a character
    of each class."""
    keys, always, count, more = plan
    return sorted(i for i in always.union(*[keys[key] for key in _present(keys, low)])
                  if i not in more or all(_holds(c, low) for c in more[i]))


def _mask(alive: list[int], count: int) -> tuple[bool, ...]:
    """Which of ``count`` branches are kept."""
    return tuple(i in alive for i in range(count))


def _present(keys: dict[str, frozenset[int]], low: str):
    """Which of the needles ``keys`` are in ``low``."""
    if Automaton is None or not keys:
        return [key for key in keys if key in low]
    return _keyset(keys) & _found(low, len(_NEEDLES))


def _keyset(keys: dict[str, frozenset[int]]) -> frozenset[str]:
    """A plan's needles as a set (made once: an intersection walks the smaller side)."""
    return _KEYSETS.get(id(keys)) or _KEYSETS.setdefault(id(keys), frozenset(keys))


_KEYSETS: dict[int, frozenset[str]] = {}  # plans live as long as the process (cached): their ids are never reused


def _holds(clause: frozenset, low: str) -> bool:
    """Whether ``low`` holds one of the needles of ``clause`` (strings, or a class: a digit, a Hangul syllable)."""
    if Automaton is not None:
        return not clause.isdisjoint(_found(low, len(_NEEDLES)))
    return any(key in low if isinstance(key, str) else bool(CLASSES[key].search(low)) for key in clause)


# character classes whose case is their own (IGNORECASE and `lowered` change nothing in them): a branch holding one
# ('\d{5}', '[가-힣]{2,4}') runs only on a text that holds such a character
CLASSES = {("class", "digit"): rx(r"\d"), ("class", "hangul"): rx("[\uac00-\ud7a3]")}
DIGIT, HANGUL = CLASSES
_NEEDLES: dict[str, None] = {}  # every needle of the patterns planned so far, in the order they came
_SCANNER: list = [None]  # the automaton finding them all, rebuilt (once per pattern) when a pattern adds needles
_LOCK = threading.Lock()


def _register(needles) -> None:
    """Add needles to those every text state is scanned for."""
    with _LOCK:
        new = [key for key in needles if key not in _NEEDLES]
        if not new or Automaton is None:
            return
        automaton = Automaton()
        for key in [*_NEEDLES, *new]:
            if len(key) > 1:  # single characters are found in the set of the text's characters
                automaton.add_word(key, key)
        automaton.make_automaton()
        _SCANNER[0] = automaton  # before the count changes: a text scanned meanwhile is scanned for more, never less
        _NEEDLES.update(dict.fromkeys(new))


@lru_cache(maxsize=8)
def _found(low: str, known: int) -> set:
    """The needles in ``low``, all found in one pass, and the classes it holds a character of (``known``: how many
    needles there are, so that a text scanned before a pattern added its needles is scanned again). Read only."""
    scanner = _SCANNER[0]
    found = set(map(itemgetter(1), scanner.iter(low))) if scanner is not None and len(scanner) else set()
    found.update(low)  # every single character (' ', '@', '-': the most frequent needles, many hits each)
    for key, cls in CLASSES.items():
        if cls.search(low):
            found.add(key)
    return found


Plan = tuple[dict[str, frozenset[int]], frozenset[int], int, dict[int, tuple[frozenset, ...]]]


class Facts(NamedTuple):
    """What the prefilter knows of a pattern, read from its source and flags alone (pure data: kept on disk by
    :mod:`plans`)."""
    prefix: str  # leading global flags of its branches ('' when it runs whole)
    parts: tuple[str, ...]  # each top-level branch's source (the whole pattern when it cannot be split)
    groups: tuple[int, ...]  # capturing groups of each branch
    plan: Plan
    empty: bool  # whether it can match an empty string (then `re.sub`'s rules for empty matches apply: not merged)


def _plan(pattern: re.Pattern) -> Plan:
    """(each needle and the branches it keeps, the branches kept without looking, how many branches, the other sets
    of needles each branch needs): each needle is looked for once, whichever branches need it."""
    return _facts(pattern).plan


@per_pattern
def _facts(pattern: re.Pattern) -> Facts:
    """The pattern's :class:`Facts` (found again by identity: no hashing of its source)."""
    return _facts_of(pattern.pattern, pattern.flags, pattern)


_FACTS: dict[tuple[str, int], Facts] = {}


def _facts_of(source: str, flags: int, pattern: re.Pattern | None = None) -> Facts:
    """The :class:`Facts` of a pattern's source (``pattern``: it compiled, if at hand): read from the plan store,
    else computed and stored; its needles are then scanned for in every text."""
    facts = _FACTS.get((source, flags))
    if facts is None:
        if not _FACTS:
            _register(_stored_needles())
        name = plans.key(f"{MAX_NEEDLES}\0{source}", flags)
        facts = _decoded(plans.plans().get(name), source)
        if facts is None:
            facts = _computed(pattern or rx(source, flags))
            plans.plans().put(name, _encoded(facts))
        keys, _, _, more = facts.plan
        _register([*keys, *(k for c in sum(more.values(), ()) for k in c if isinstance(k, str))])
        facts = _FACTS.setdefault((source, flags), facts)
    return facts


@per_pattern
def _needles_stored(pattern: re.Pattern) -> tuple[str, ...] | None:
    """:func:`needles` of the whole pattern, kept in the plan store beside its :class:`Facts`."""
    name = plans.key(f"{MAX_NEEDLES}\0needles\0{pattern.pattern}", pattern.flags)
    data = plans.plans().get(name)
    found = data.get("needles", False) if data is not None else False
    if found is None or isinstance(found, list) and all(isinstance(k, str) for k in found):
        return None if found is None else tuple(found)
    keys = needles(pattern)
    plans.plans().put(name, {"needles": None if keys is None else list(keys)})
    return keys


def _stored_needles() -> list[str]:
    """The needles of every plan in the store, registered together before the first plan is used: the scanner is
    then built once instead of once for each new plan (51 builds of up to 3,400 needles in a first text: 0.1 s)."""
    out: list[str] = []
    for data in plans.plans().values():
        keys, more = data.get("keys"), data.get("more")
        out += [k for k in keys if isinstance(k, str)] if isinstance(keys, dict) else []
        for clauses in more.values() if isinstance(more, dict) else ():
            out += [k for c in clauses if isinstance(c, list) for k in c if isinstance(k, str)] \
                if isinstance(clauses, list) else []
    return out


def _computed(pattern: re.Pattern) -> Facts:
    """The pattern's :class:`Facts`, read from its branches' parse trees (parsed, not compiled: most branches of most
    patterns never run alone)."""
    prefix, trees = _trees(pattern)
    return Facts(prefix, tuple(src for src, _ in trees), tuple(t.state.groups - 1 for _, t in trees),
                 _planned([t for _, t in trees]), min(t.getwidth()[0] for _, t in trees) == 0)


def _trees(pattern: re.Pattern) -> tuple[str, tuple[tuple[str, object], ...]]:
    """(leading flags, (source, parse tree) of each top-level branch): :func:`_pieces` without compiling; ('', the
    whole pattern) when it cannot be split safely."""
    prefix, parts = _split(pattern.pattern)
    try:
        trees = [_parser.parse(prefix + p, pattern.flags) for p in parts]
    except re.error:
        trees = []
    if pattern.flags & re.VERBOSE or not trees or prefix + "|".join(parts) != pattern.pattern \
            or sum(t.state.groups - 1 for t in trees) != pattern.groups:
        return "", ((pattern.pattern, _tree(pattern)),)
    return prefix, tuple(zip(parts, trees))


def _encoded(facts: Facts) -> dict:
    """:class:`Facts` as JSON data."""
    keys, always, count, more = facts.plan
    return {"prefix": facts.prefix, "parts": list(facts.parts), "groups": list(facts.groups), "count": count,
            "keys": {k: sorted(v) for k, v in keys.items()}, "always": sorted(always),
            "more": {str(i): [sorted(map(_item, c), key=str) for c in cs] for i, cs in more.items()},
            "empty": facts.empty}


def _item(key) -> str | list[str]:
    """A needle, or a class key as a list (JSON has no tuple)."""
    return key if isinstance(key, str) else list(key)


def _decoded(data: dict | None, source: str) -> Facts | None:
    """:class:`Facts` back from JSON data, or None when it is not what :func:`_encoded` writes for ``source``."""
    if data is None:
        return None
    try:
        prefix, parts, groups, count = data["prefix"], tuple(data["parts"]), tuple(data["groups"]), data["count"]
        branches_ok = all(isinstance(p, str) for p in parts) and all(type(g) is int for g in groups)
        if not (branches_ok and isinstance(prefix, str) and type(count) is int and len(parts) == len(groups) == count
                and prefix + "|".join(parts) == source):
            return None
        keys = {k: _indices(v, count) for k, v in data["keys"].items() if isinstance(k, str)}
        more = {int(i): tuple(frozenset(map(_key, c)) for c in cs) for i, cs in data["more"].items()}
        if len(keys) != len(data["keys"]) or not all(0 <= i < count for i in more) or type(data["empty"]) is not bool:
            return None
        return Facts(prefix, parts, groups, (keys, _indices(data["always"], count), count, more), data["empty"])
    except (KeyError, TypeError, ValueError, AttributeError):
        return None


def _indices(values, count: int) -> frozenset[int]:
    """Branch indices read back, each checked."""
    out = frozenset(values)
    if not all(type(i) is int and 0 <= i < count for i in out):
        raise ValueError("not a branch index")
    return out


def _key(item) -> str | tuple[str, str]:
    """A needle or a class key read back, checked."""
    if isinstance(item, str):
        return item
    if isinstance(item, list) and tuple(item) in CLASSES:
        return tuple(item)
    raise ValueError("not a needle")


def _planned(trees) -> Plan:
    """:func:`_plan` of a pattern's branches' parse trees."""
    keeps: dict[str, set[int]] = {}
    always, more = set(), {}
    for i, tree in enumerate(trees):
        clauses = _requirements_of(tree)
        if not clauses or len(clauses[0]) > MAX_NEEDLES:
            always.add(i)
        for key in clauses[0] if i not in always else ():
            keeps.setdefault(key, set()).add(i)
        clauses = clauses[0 if i in always else 1:]
        more[i] = tuple(c for c in clauses if len(c) <= MAX_NEEDLES) + tuple(frozenset([k]) for k in _classes(tree))
    return {k: frozenset(v) for k, v in keeps.items()}, frozenset(always), len(more), \
        {i: c for i, c in more.items() if c}


@per_pattern
def _pieces(pattern: re.Pattern) -> tuple[tuple[str, re.Pattern], ...]:
    """(source, compiled) of each top-level branch; the whole pattern as one branch when it cannot be split safely
    (verbose patterns, or a split that does not give the pattern back)."""
    prefix, parts = _split(pattern.pattern)
    try:
        compiled = [rx(prefix + p, pattern.flags) for p in parts]
    except re.error:
        compiled = []
    if pattern.flags & re.VERBOSE or not compiled or prefix + "|".join(parts) != pattern.pattern \
            or sum(c.groups for c in compiled) != pattern.groups:
        return ((pattern.pattern, pattern),)
    return tuple(zip(parts, compiled))


@per_pattern
def branches(pattern: re.Pattern) -> tuple[tuple[str, tuple[str, ...] | None, bool], ...]:
    """(source, needles, holds a group) of each top-level branch (:func:`_pieces`)."""
    return tuple((src, needles(c), c.groups > 0) for src, c in _pieces(pattern))


def _compiled(pattern: re.Pattern, alive: tuple[bool, ...]) -> re.Pattern:
    """The pattern with its dead branches dropped (or failed at once, when they hold a group)."""
    return _compiled_by_id(_kept(pattern), alive)


@per_pattern
def _kept(pattern: re.Pattern) -> int:
    """The pattern's id, the pattern kept alive meanwhile (by :func:`per_pattern`'s table): a key hashed at no cost."""
    return id(pattern)


@lru_cache(maxsize=4096)
def _compiled_by_id(key: int, alive: tuple[bool, ...]) -> re.Pattern:
    """:func:`_compiled` of the pattern whose :func:`_kept` id is ``key``."""
    pattern = _PATTERNS[key]
    facts = _facts(pattern)
    kept = [src if live else "(?!)" + src for src, groups, live in zip(facts.parts, facts.groups, alive)
            if live or groups]
    return re.compile(facts.prefix + "|".join(kept), pattern.flags)  # not kept on disk: one per set of live branches


@lru_cache(maxsize=None)
def _split(source: str) -> tuple[str, tuple[str, ...]]:
    """(leading global flags such as '(?i)', top-level branches) of a pattern's source."""
    flags = re.match(r"\(\?[aiLmsux]+\)", source)
    prefix = flags.group(0) if flags else ""
    parts, depth, in_class, start, i = [], 0, False, len(prefix), len(prefix)
    while i < len(source):
        c = source[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            i += 1 + (source[i + 1:i + 2] == "^")
            i += source[i:i + 1] == "]"  # a ']' first in a class is a character
            continue
        elif c in "()":
            depth += 1 if c == "(" else -1
        elif c == "|" and depth == 0:
            parts.append(source[start:i])
            start = i + 1
        i += 1
    return prefix, (*parts, source[start:])


@per_pattern
def needles(pattern: re.Pattern) -> tuple[str, ...] | None:
    """Lower-case strings one of which every match of the pattern contains; None when no such set is known."""
    clauses = requirements(pattern)
    return tuple(sorted(clauses[0], key=len, reverse=True)) if clauses else None


@per_pattern
def requirements(pattern: re.Pattern) -> tuple[frozenset[str], ...]:
    """Sets of lower-case strings, each holding one string that every match of the pattern contains (the best set
    first: :func:`needles`), at most :data:`MAX_CLAUSES`: a text must hold one string of each set
    ('…(?:camerounais|…)[ \\t]+national' needs a demonym and ' national')."""
    return _requirements_of(_tree(pattern))


def _requirements_of(tree) -> tuple[frozenset[str], ...]:
    """:func:`requirements` of a parse tree."""
    exact, need = _info(tree)
    kept: list[frozenset[str]] = []
    for clause in _ranked([exact, *need]):  # a set whose strings each hold one of another's says nothing more
        if not any(all(any(b in a for b in clause) for a in before) for before in kept):
            kept.append(clause)
    return tuple(kept[:MAX_CLAUSES])


@lru_cache(maxsize=32)
def _tree(pattern: re.Pattern):
    """The pattern's parse tree, read once for its needles, its classes and its width (0.2 s a process)."""
    return _parser.parse(pattern.pattern, pattern.flags)


def _score(needles: frozenset[str]) -> float:
    """Longer needles are rarer (' national' is not in 'international'), each needle costs a look-up without the
    automaton ('-' beats 350 demonyms: a pattern kept for nothing costs less)."""
    return 10 * min(12, min(map(len, needles))) - len(needles) / 10


def _ranked(sets) -> tuple[frozenset[str], ...]:
    """The usable sets of needles (none empty, none holding ''), the best first, each once."""
    usable = dict.fromkeys(s for s in sets if s and "" not in s)
    return tuple(sorted(usable, key=_score, reverse=True))


def _info(items) -> Info:
    """(exact, needs) of a sequence of parse-tree nodes: neighbouring exact nodes are joined while the set stays
    small ('d', "['’]", 'origine' -> "d'origine", "d’origine"), each run and each node's needs are needed."""
    run, whole, candidates = frozenset([""]), True, []
    for op, av in items:
        if op in REPEATS and av[0] >= 1 and not av[0] == av[1] == 1 and (rep := _info(av[2])[0]) is not None:
            # 'x+': its first repetition ends the run ('…[ \t]+' -> ' '), its last one starts the next ('+national')
            joined = frozenset(a + b for a in run for b in rep) if len(run) * len(rep) <= MAX_SET else run
            candidates += [joined, *_info(av[2])[1]]
            run, whole = rep, False
            continue
        exact, need = _node(op, av)
        candidates += need
        if exact is not None and len(run) * len(exact) <= MAX_SET:
            run = frozenset(a + b for a in run for b in exact)
            continue
        candidates.append(run)
        run, whole = (exact, False) if exact is not None else (frozenset([""]), False)
    candidates.append(run)
    return (run if whole else None), _ranked(candidates)


def _node(op, av) -> Info:
    """(exact, needs) of one parse-tree node."""
    if op is C.LITERAL:
        low = chr(av).lower()
        return (frozenset([low]), (frozenset([low]),)) if len(low) == 1 and SAFE.match(low) else (None, ())
    if op is C.IN:
        chars = _class(av)
        return (chars, (chars,)) if chars else (None, ())
    if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
        return frozenset([""]), ()  # zero width: adds nothing to a match
    if op is C.SUBPATTERN:
        return _info(av[-1])
    if op is C.ATOMIC_GROUP:
        return _info(av)
    if op is C.BRANCH:
        parts = [_info(alt) for alt in av[1]]
        exact = frozenset().union(*(e for e, _ in parts)) if all(e is not None for e, _ in parts) else None
        needs = [_ranked([exact, *need])[:1] for exact, need in parts]
        need = (frozenset().union(*(n[0] for n in needs)),) if all(needs) else ()
        return (exact if exact is not None and len(exact) <= MAX_SET else None), need
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        low, high, sub = av
        exact, need = _info(sub)
        if low == 0:
            return (exact | {""} if high == 1 and exact is not None else None), ()
        return (exact if low == high == 1 else None), _ranked([exact, *need])
    return None, ()  # any character, categories (\d), back references, conditionals: anything


@per_pattern
def classes(pattern: re.Pattern) -> frozenset:
    """The :data:`CLASSES` every match of the pattern holds a character of ('\\d{5}': a digit)."""
    return _classes(_tree(pattern))


def _classes(items) -> frozenset:
    """:func:`classes` of a sequence of parse-tree nodes."""
    out: set = set()
    for op, av in items:
        if op is C.IN or op is C.LITERAL:
            out |= _class_of([(op, av)] if op is C.LITERAL else av)
        elif op is C.SUBPATTERN:
            out |= _classes(av[-1])
        elif op is C.ATOMIC_GROUP:
            out |= _classes(av)
        elif op in REPEATS and av[0] >= 1:
            out |= _classes(av[2])
        elif op is C.BRANCH:
            out |= frozenset.intersection(*[_classes(alt) for alt in av[1]])
    return frozenset(out)


def _class_of(items) -> frozenset:
    """The one of :data:`CLASSES` holding every character of a class's items ('\\d', '[0-9]', '[가-힣]'), if any."""
    def kind(op, av):
        if op is C.CATEGORY:
            return DIGIT if av is C.CATEGORY_DIGIT else None
        low, high = (av, av) if op is C.LITERAL else av if op is C.RANGE else (-1, -1)
        return DIGIT if 0x30 <= low <= high <= 0x39 else HANGUL if 0xac00 <= low <= high <= 0xd7a3 else None
    kinds = {kind(op, av) for op, av in items}
    return frozenset(kinds) if len(kinds) == 1 and None not in kinds else frozenset()


def _class(items) -> frozenset[str] | None:
    """The lower-case characters of a small positive class ('[ée]'), or None."""
    chars: set[str] = set()
    for op, av in items:
        if op is C.LITERAL:
            chars.add(chr(av))
        elif op is C.RANGE and av[1] - av[0] < MAX_CLASS:
            chars.update(map(chr, range(av[0], av[1] + 1)))
        else:
            return None  # negated classes, categories, wide ranges
    low = {c.lower() for c in chars}
    if len(low) > MAX_CLASS or not all(len(c) == 1 and SAFE.match(c) for c in low):
        return None
    return frozenset(low)
