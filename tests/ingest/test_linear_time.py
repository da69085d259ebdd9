"""Every reader and cleaner runs in time linear in its input, on text built to make it rescan (issue #29).

A regex that re-reads the rest of the text from every start made a 130 KB HTML page take 10.7 s (and 520 KB never
end); runs of spaces were quadratic in the cleaner for every format and for pasted text. Here each entry point (and
every pattern the ingest modules compile) reads hostile runs of n and 2n units; doubling the input may at most
about double the time (limit 2.5x: the least CPU time of 3 runs, the fixed cost of a call taken off, measured again
before a failure is reported, so a busy machine does not fail it and a quadratic one cannot pass).
"""
from __future__ import annotations

import ast
import itertools
import re
from pathlib import Path

import pytest

from matchlens.ingest import Limits, from_text, load_bytes
from tests.ingest.hostile import UNITS, as_file, hostile_text
from tests.scaling import LIMIT, worst_ratio

RATIO = LIMIT
MAX_CHARS = 320_000  # past it, too fast to matter: 2n characters in under MEASURABLE s is not quadratic
BIG = Limits(max_chars=50_000_000, max_file_mb=25, max_unzipped_mb=2000, parse_seconds=600, max_documents=10**6)
INGEST = Path(__file__).resolve().parents[2] / "src" / "matchlens" / "ingest"
TEXTUAL = ("spaces", "newlines", "long word", "quotes", "punctuation", "open angles", "accented runs")


def _cold(fn, *modules):
    """``fn`` with the per-word and per-text caches of ``modules`` emptied before each call (not the word lists
    loaded once): a cache hit on the second of three runs had hidden a word read back in 40 s on the first."""
    caches = [f for m in modules for f in vars(m).values()
              if hasattr(f, "cache_clear") and (getattr(f, "cache_parameters", dict)().get("maxsize") or 2) > 1]

    def run(data):
        for f in caches:
            f.cache_clear()
        return fn(data)
    return run


def _check(entries: dict, units: dict, most: int = MAX_CHARS, first_only: bool = False) -> None:
    """Every (entry, unit) pair scales linearly; the failures are listed together, each measured three times
    (``first_only``: stop at the first one)."""
    slow = []
    for (entry, (fn, build, chars)), (label, unit) in itertools.product(entries.items(), units.items()):
        def make(n, build=build, unit=unit):
            return build(hostile_text(unit, max(1, n // len(unit))))

        ratio, n = worst_ratio(fn, make, chars, most, RATIO)
        if ratio > RATIO:
            slow.append(f"{entry} on {label!r} ({n:,} chars -> 2x): time x{ratio:.1f}")
            if first_only:
                break
    assert not slow, "not linear:\n" + "\n".join(slow)


def _reader(ext: str):
    suffix = ".txt" if ext == ".cp1252.txt" else ext
    return lambda data: load_bytes("hostile" + suffix, data, "resume", limits=BIG)


@pytest.mark.parametrize("entry", ["pasted text", "HTML page"])
def test_pasted_text_and_html_pages_are_linear_on_every_hostile_run(entry):
    """Pasted text goes through the whole pipeline after reading (repair, clean-up, checks, language); an HTML
    page is the hostile run itself."""
    if entry == "pasted text":
        entries = {entry: (lambda t: from_text(t, "pasted", "resume", limits=BIG), str, 20_000)}
    else:
        entries = {entry: (_reader(".html"), lambda t: as_file(".html", t), 20_000)}
    _check(entries, UNITS)


@pytest.mark.parametrize("ext", [".txt", ".cp1252.txt", ".csv", ".json", ".jsonl", ".docx", ".odt", ".hwpx",
                                 ".xlsx", ".rtf"])
def test_every_reader_is_linear_on_hostile_text(ext):
    entries = {ext: (_reader(ext), lambda t: as_file(ext, t), 20_000)}
    _check(entries, {label: UNITS[label] for label in TEXTUAL})


def test_blind_masking_is_linear_on_hostile_runs():
    """preprocess.masking.mask reads every loaded text (a cache per text: each run gets its own)."""
    from matchlens.preprocess.masking import mask

    import importlib
    import pkgutil

    from matchlens.preprocess import blind, masking

    parts = [importlib.import_module(f"{blind.__name__}.{m.name}") for m in pkgutil.iter_modules(blind.__path__)]
    count = itertools.count()
    cold = _cold(lambda t: mask(f"{t} {next(count)}"), masking, *parts)
    entries = {"masking.mask": (cold, str, 500)}
    _check(entries, UNITS, most=8_000, first_only=True)


def test_reading_dictated_text_is_linear_on_hostile_runs():
    """preprocess.blind.spoken reads a dictated text's words as punctuation, numbers and addresses: e-mail parts and
    number words chained without end (a run of 'a point b point …') must not be read from every start."""
    from matchlens.preprocess.blind import spoken

    entries = {"spoken.written": (_cold(lambda t: spoken.written(t, force=True), spoken), str, 500),
               "spoken.EMAIL_SAID": (lambda t: list(spoken.EMAIL_SAID.finditer(t)), str, 500)}
    runs = {"e-mail parts": "a point b point ", "e-mail parts with at": "a dot b at c dot ", "number words": "vingt-deux ",
            "said punctuation": "virgule point "}
    _check(entries, runs, most=64_000)


def test_reading_ocr_text_back_is_linear_on_hostile_runs():
    """preprocess.blind.ocr reads a scan's words back through a dictionary (one or two confusions, three in a long
    word, a level capped) and joins split words: long words, runs of confusable letters and split pieces without end."""
    from matchlens.preprocess.blind import ocr, typeset

    entries = {"ocr.read_back": (_cold(lambda t: ocr.read_back(t, force=True), ocr), str, 500),
               "typeset.paired": (_cold(typeset.paired, typeset), str, 500)}
    runs = {"damaged labels": "Rcllgion : àdvent lste | ", "split pieces": "Nation alité Asth rnà ",
            "long damaged word": "rnc", "numbers and look-alikes": "o7 Z5 Nationalitе DOB06/1O/Ig68 ",
            "labels then values": "Nom :\nPrénom :\nÂge :\nSexe :\n\nA\nB\nC\nD\n"}
    _check(entries, runs, most=4_000)


def _patterns() -> dict[str, re.Pattern]:
    """Every regex the ingest modules compile at module level (they are all applied to what users load)."""
    import importlib

    found = {}
    for path in sorted(INGEST.glob("*.py")):
        module = importlib.import_module(f"matchlens.ingest.{path.stem}" if path.stem != "__init__"
                                         else "matchlens.ingest")
        for name, value in vars(module).items():
            if isinstance(value, re.Pattern):
                found[f"{path.stem}.{name}"] = value
    return found


def test_every_ingest_pattern_is_linear_on_every_hostile_run():
    patterns = _patterns()
    assert len(patterns) >= 15, sorted(patterns)  # the discovery works (the modules hold about twenty)

    def scan(pattern: re.Pattern):
        if isinstance(pattern.pattern, bytes):
            return lambda text: sum(1 for _ in pattern.finditer(text.encode("utf-8", "replace")))
        return lambda text: sum(1 for _ in pattern.finditer(text))

    _check({name: (scan(p), str, 30_000) for name, p in patterns.items()}, UNITS, most=30_000)


def test_no_pattern_is_written_inline_in_ingest():
    """A pattern written in a call (re.sub(r"...", ...)) would escape the test above: each must be a module-level
    compiled constant. Checked on the source with ast."""
    calls = []
    for path in sorted(INGEST.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and isinstance(node.func.value, ast.Name) and node.func.value.id == "re"
                    and node.func.attr in {"sub", "subn", "search", "match", "fullmatch", "findall", "finditer",
                                           "split"}):
                calls.append(f"{path.name}:{node.lineno} re.{node.func.attr}")
    assert not calls, calls
