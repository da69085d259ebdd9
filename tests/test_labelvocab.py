"""One label vocabulary (``matchlens.labelvocab``): the reader accepts its words, and no other module keeps its own
copy of the labels' names, values, keys, symbols, colours or synonyms."""
import ast
import re
from pathlib import Path

import pytest

from matchlens import labelvocab
from matchlens.ingest.labels import label_value, normalize_label

ROOT = Path(__file__).resolve().parents[1]
VOCAB = ROOT / "src" / "matchlens" / "labelvocab.py"
GENERIC = re.compile(r"[\d.,]+|y|n|o|yes|true|false")  # also the words of booleans and numbers: no copy alone
WORD_OF = {w: lab.name for lab in labelvocab.LABELS for w in lab.words if w == lab.name or not GENERIC.fullmatch(w)}


def _where(path: Path) -> str:
    return str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else path.name


def sources() -> list[Path]:
    files = sorted((ROOT / "src" / "matchlens").rglob("*.py")) + sorted((ROOT / "pages").glob("*.py"))
    return [f for f in files + [ROOT / "app.py"] if f != VOCAB]


def _strings(nodes) -> list[str]:
    return [n.value.strip().lower() for n in nodes if isinstance(n, ast.Constant) and isinstance(n.value, str)]


def label_copies(path: Path) -> list[str]:
    """Collection literals (dict, list, tuple, set) naming two labels or synonyms of two labels: a vocabulary copy."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Dict):
            items = _strings([k for k in node.keys if k is not None]) + _strings(node.values)
        elif isinstance(node, (ast.List, ast.Tuple, ast.Set)):
            items = _strings(node.elts)
        else:
            continue
        labels = {WORD_OF[s] for s in items if s in WORD_OF}
        if len(labels) >= 2:
            found.append(f"{_where(path)}:{node.lineno}: {sorted(set(items) & set(WORD_OF))}")
    return found


def colour_copies(path: Path) -> list[str]:
    """Lines that put a label name next to a label colour (a colour map of its own)."""
    names = "|".join(map(re.escape, labelvocab.NAMES))
    colours = "|".join(re.escape(lab.color) for lab in labelvocab.LABELS)
    pattern = re.compile(rf"""["']({names})["']\s*:\s*["']({colours})["']""", re.I)
    return [f"{_where(path)}:{n}" for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
            if pattern.search(line)]


def test_no_module_keeps_its_own_copy_of_the_label_vocabulary():
    copies = [c for f in sources() for c in label_copies(f) + colour_copies(f)]
    assert copies == []


def test_the_check_finds_a_copy(tmp_path):
    """What the test above relies on: each kind of copy (keys, values by name, synonyms, colours) is reported."""
    bad = tmp_path / "bad.py"
    bad.write_text('KEYS = {"fit": "F", "partial": "P"}\nVALUE = {1.0: "fit", 0.0: "no"}\n'
                   'WORDS = ("oui", "non")\nCOLOURS = {"no": "#c92a2a"}\nBOOLEAN = {"0", "1", "true", "yes", "no"}\n')
    found = label_copies(bad)
    assert [f.split(":")[1] for f in found] == ["1", "2", "3"]  # a boolean's words are no copy
    assert len(colour_copies(bad)) == 1


@pytest.mark.parametrize("lab", labelvocab.LABELS, ids=lambda lab: lab.name)
def test_the_reader_accepts_every_word_of_the_vocabulary(lab):
    for word in lab.words:
        for written in (word, word.upper(), f"  {word} "):
            assert normalize_label(written) == lab.name and label_value(written) == lab.value, written


def test_the_vocabulary_is_consistent():
    words = [w for lab in labelvocab.LABELS for w in lab.words]
    assert len(words) == len(set(words))  # no word means two labels
    for field in ("name", "value", "key", "symbol", "glyph", "color"):
        values = [getattr(lab, field) for lab in labelvocab.LABELS]
        assert len(values) == len(set(values)), field
    assert labelvocab.SKIP_KEY not in labelvocab.KEYS.values()
    assert all(lab.name in lab.words for lab in labelvocab.LABELS)
    assert [labelvocab.nearest(v) for v in (0.0, 0.24, 0.25, 0.74, 0.75, 1.0)] == \
        ["no", "no", "partial", "partial", "fit", "fit"]  # the rounding apply_labels_file documents
    assert labelvocab.positive_choices() == {1.0: "fit", 0.5: "fit or partial"}
    with pytest.raises(KeyError, match="not a label"):
        labelvocab.label("maybe")
