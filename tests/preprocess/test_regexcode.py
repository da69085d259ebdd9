"""The masker's patterns compiled from code kept on disk (blind.regexcode) are the patterns ``re`` compiles: equal
code for every pattern; a tampered file, a wrong entry or code ``_sre`` refuses is compiled again, never used; and
no word of a text ever reaches the stores on disk (only the masker's own patterns do)."""
from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from matchlens.preprocess import masking
from matchlens.preprocess.blind import gender, labels, markers, names, plans, prefilter, regexcode, spoken, typeset

MODULES = (masking, markers, names, gender, labels, spoken, typeset, prefilter)
PATTERNS = {f"{mod.__name__.rsplit('.', 1)[-1]}.{name}": p for mod in MODULES
            for name, p in vars(mod).items() if isinstance(p, re.Pattern)}
SOURCES = [(r"(?i)\b(?P<age>\d{2})[ \t]*ans\b|(née?)[ \t]+en", 0), (r"[가-힣]{2,3}시", 0), ("a|b", re.I | re.M),
           (r"(?x) a  # comment\n b", 0), (r"(?P<x>a)(?P=x)(?(x)b|c)", 0), (rb"bytes", 0)]


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_every_masker_pattern_is_the_one_re_compiles(name):
    """Pattern equality compares flags, source and the compiled code itself."""
    pattern = PATTERNS[name]
    assert pattern == re.compile(pattern.pattern, pattern.flags)
    assert pattern.groupindex == re.compile(pattern.pattern, pattern.flags).groupindex


@pytest.fixture
def store(tmp_path, monkeypatch):
    """A fresh store file for this test; the module's own left as it was."""
    fresh = plans.PlanStore(tmp_path / "regex-test.json", kind="regex")
    monkeypatch.setattr(regexcode, "_store", lambda: fresh)
    return fresh


@pytest.mark.parametrize("source,flags", [s for s in SOURCES if isinstance(s[0], str)])
def test_compiled_then_read_back(store, source, flags):
    first = regexcode.compile(source, flags)
    store.save()
    again = plans.PlanStore(store.path, kind="regex")
    entry = again.get(plans.key(source, int(flags)))
    assert entry is not None
    read = regexcode._built(source, entry)
    assert read == first == re.compile(source, flags)
    assert (read.groups, read.groupindex, read.flags) == (first.groups, first.groupindex, first.flags)


def test_bytes_and_bad_patterns_behave_as_in_re(store):
    assert regexcode.compile(rb"by(t)es") == re.compile(rb"by(t)es")  # not stored: re does it
    with pytest.raises(re.error):
        regexcode.compile(r"(unclosed")


def _entry(source: str) -> dict:
    regexcode.compile(source)
    return regexcode._store().get(plans.key(source, 0))


def test_an_entry_of_the_wrong_shape_or_refused_code_is_compiled_again(store):
    source = r"(?P<a>x)y+"
    good = _entry(source)
    for bad in [{**good, "code": [999999, 1, 2]}, {**good, "code": "abc"}, {**good, "code": [1.5]},
                {**good, "groups": "1"}, {**good, "indexgroup": [None]}, {**good, "groupindex": {"a": "1"}},
                {k: v for k, v in good.items() if k != "flags"}]:
        assert regexcode._built(source, bad) is None
        store.put(plans.key(source, 0), bad)
        assert regexcode.compile(source) == re.compile(source)
        assert store.get(plans.key(source, 0)) == good  # written again, right


def test_a_tampered_file_reads_as_empty(tmp_path):
    path = tmp_path / "regex-x.json"
    first = plans.PlanStore(path, kind="regex")
    first.put("k", {"code": [1, 2, 3]})
    first.save()
    assert plans.PlanStore(path, kind="regex").get("k") == {"code": [1, 2, 3]}
    digest, body = path.read_bytes().split(b"\n", 1)
    path.write_bytes(digest + b"\n" + body.replace(b"[1,2,3]", b"[1,2,4]"))
    assert plans.PlanStore(path, kind="regex").get("k") is None
    body = json.dumps({"k": {"code": [9]}}).encode()
    path.write_bytes(hashlib.sha256(body).hexdigest().encode() + b"\n" + body)  # a right digest: read
    assert plans.PlanStore(path, kind="regex").get("k") == {"code": [9]}


NAMES = ["Zorglubovna Quetzalcoatlin", "Xylophaninou", "Grünspechtova", "탁구공민", "Vrillebourg-sur-Oise"]
TEXTS = ["ZORGLUBOVNA Quetzalcoatlin\n12 rue des Vrillebourg, 75011 Paris\nNée en 1980\nCariste depuis 2010",
         "Profil : Xylophaninou, 34 ans, habite à Vrillebourg-sur-Oise. Mme Grünspechtova Xylophaninou.",
         "이름: 탁구공민\n주소: 서울특별시 강남구 탁구공민로 12\n지게차 운전 10년",
         "Contact : xylophaninou.grunspechtova@mail.fr, Vrillebourg-sur-Oise (95)\nRéférence : M. Zorglubovna"]
SPY = """
import json, sys
from matchlens.preprocess.blind import plans
keyed, real = [], plans.key
plans.key = lambda source, flags: keyed.append(source) or real(source, flags)
from matchlens.preprocess import masking
for text in json.loads(sys.argv[1]):
    masking._mask(text)
print(json.dumps(keyed))
"""


def test_no_word_of_a_text_reaches_the_stores(tmp_path):
    """Every pattern source and plan keyed by a fresh process masking texts with unique names: none holds a word of
    them (a process of its own: in this one, caches filled by other tests would keep the stores from being asked)."""
    env = {**os.environ, "MATCHLENS_HOME": str(tmp_path), "PYTHONPATH": str(Path(masking.__file__).parents[2])}
    out = subprocess.run([sys.executable, "-c", SPY, json.dumps(TEXTS)], env=env, capture_output=True, text=True,
                         timeout=120, check=True).stdout
    keyed = json.loads(out)
    assert len(keyed) > 200, "the stores were hardly asked: this test would prove nothing"
    words = {w.lower() for n in NAMES for w in re.split(r"[ -]", n) if len(w) > 4} | {"grunspechtova", "탁구공민"}
    assert not [s for s in keyed if any(w in s.lower() for w in words)]
