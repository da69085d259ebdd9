"""The prefilter's plans kept on disk (blind.plans) are the plans it computes: read back for every pattern masking
runs, they give the same branches, needles and output; a file or an entry that is not what the store writes is
computed again, never used."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from matchlens.preprocess import masking
from matchlens.preprocess.blind import gender, markers, names, plans, prefilter

PATTERNS = {f"{mod.__name__.rsplit('.', 1)[-1]}.{name}": p for mod in (masking, markers, names, gender)
            for name, p in vars(mod).items() if isinstance(p, re.Pattern)}


@pytest.mark.parametrize("name", sorted(PATTERNS)[::2])
def test_parsed_branches_are_the_compiled_ones(name):
    """Facts read from parse trees alone split a pattern as compiling each branch does, with the same groups."""
    pattern = PATTERNS[name]
    facts = prefilter._computed(pattern)
    pieces = prefilter._pieces(pattern)
    assert facts.parts == tuple(src for src, _ in pieces)
    assert facts.groups == tuple(c.groups for _, c in pieces)
    assert facts.empty == (prefilter._tree(pattern).getwidth()[0] == 0)


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_a_plan_read_back_from_json_is_the_plan(name):
    pattern = PATTERNS[name]
    facts = prefilter._computed(pattern)
    data = json.loads(json.dumps(prefilter._encoded(facts)))
    assert prefilter._decoded(data, pattern.pattern) == facts


def test_the_store_writes_reads_and_merges(tmp_path):
    path = tmp_path / "prefilter-x.json"
    (tmp_path / "prefilter-old.json").write_text("{}")
    first, second = plans.PlanStore(path), plans.PlanStore(path)
    first.put("a", {"n": 1})
    second.put("b", {"n": 2})
    first.save()
    second.save()  # another process's entries are kept
    assert plans.PlanStore(path).get("a") == {"n": 1} and plans.PlanStore(path).get("b") == {"n": 2}
    assert not (tmp_path / "prefilter-old.json").exists()  # another version's file: never read again


def test_a_change_to_the_masker_names_new_files_so_old_patterns_do_not_pile_up(tmp_path, monkeypatch):
    """Every store (plans, compiled patterns, masked texts) is named by the masker's sources: a changed rule or word
    list writes a new file and removes the old one, instead of keeping an older masker's patterns forever."""
    from matchlens.preprocess.blind import regexcode, store

    def tags():
        for f in (plans.sources, plans.version, regexcode.tag, store.masker_version):
            f.cache_clear()
        return plans.version(), regexcode.tag(), store.masker_version()

    before = tags()
    real = Path.read_bytes
    monkeypatch.setattr(Path, "read_bytes", lambda self: real(self) + (b"# edited" if self.name == "gender.py" else b""))
    after = tags()
    monkeypatch.undo()
    tags()
    assert all(a != b for a, b in zip(before, after))
    old, new = plans.PlanStore(tmp_path / "regex-old.json", kind="regex"), plans.PlanStore(tmp_path / "regex-new.json",
                                                                                          kind="regex")
    old.put("a", {"n": 1})
    old.save()
    new.put("b", {"n": 2})
    new.save()
    assert [f.name for f in tmp_path.glob("regex-*.json")] == ["regex-new.json"]


@pytest.mark.parametrize("raw", ["", "not json", "[1, 2]", '{"a": 3}', '{"a": [1]}'])
def test_a_broken_file_reads_as_empty(tmp_path, raw):
    path = tmp_path / "prefilter-x.json"
    path.write_text(raw)
    assert plans.PlanStore(path).get("a") is None


def test_an_unwritable_folder_never_fails(tmp_path):
    folder = tmp_path / "ro"
    folder.write_text("a file where the folder should be")
    store = plans.PlanStore(folder / "prefilter-x.json")
    store.put("a", {"n": 1})
    store.save()  # nothing written, nothing raised
    assert store.get("a") == {"n": 1}


PATTERN = re.compile(r"(?i)\b(?:camerounais|malien)[ \t]+national|(\d{5})[ \t]+paris|[가-힣]{2,3}시")


def _broken(data: dict) -> list[dict]:
    """Entries of the wrong shape, each one change away from ``data``."""
    out = []
    for field, value in [("parts", ["x"]), ("parts", "abc"), ("groups", [0, 1]), ("count", 2), ("count", "3"),
                         ("always", [7]), ("always", ["0"]), ("keys", {"x": [9]}), ("keys", []), ("more", {"9": []}),
                         ("more", {"1": [[["class", "nope"]]]}), ("more", {"x": []}), ("empty", 0), ("prefix", 1)]:
        out.append({**data, field: value})
    out.append({k: v for k, v in data.items() if k != "keys"})
    return out


def test_an_entry_of_the_wrong_shape_is_never_used():
    data = prefilter._encoded(prefilter._computed(PATTERN))
    assert prefilter._decoded(data, PATTERN.pattern) is not None
    for broken in _broken(data):
        assert prefilter._decoded(broken, PATTERN.pattern) is None, broken
    assert prefilter._decoded(data, PATTERN.pattern + "|other") is None  # another pattern's entry


def test_a_stored_plan_gives_the_same_output(monkeypatch, tmp_path):
    """A new process reading the plans another wrote masks as one computing them (here: the store swapped, the
    process's memo of plans emptied)."""
    text = "Malien national, 75011 Paris, 서울시; camerounais\tNATIONAL, 12345 paris"
    writer = plans.PlanStore(tmp_path / "prefilter-t.json")
    monkeypatch.setattr(plans, "plans", lambda: writer)
    monkeypatch.setattr(prefilter, "_FACTS", {})
    expected = PATTERN.sub("<\\g<0>>", text)
    assert prefilter.sub(PATTERN, "<\\g<0>>", text, prefilter.lowered(text)) == expected
    writer.save()
    reader = plans.PlanStore(tmp_path / "prefilter-t.json")
    assert reader.get(next(iter(reader._loaded()))) is not None
    monkeypatch.setattr(plans, "plans", lambda: reader)
    monkeypatch.setattr(prefilter, "_FACTS", {})
    monkeypatch.setattr(prefilter, "_computed", lambda p: pytest.fail("computed again"))
    re.purge()
    fresh = re.compile(PATTERN.pattern)  # a pattern object the memo by identity has not seen
    assert fresh is not PATTERN
    assert prefilter.sub(fresh, "<\\g<0>>", text, prefilter.lowered(text)) == expected


def test_the_needles_of_every_stored_plan_are_scanned_for_from_the_first_plan(monkeypatch, tmp_path):
    """The scanner is built once for the stored plans, not rebuilt as each pattern is first used."""
    store = plans.PlanStore(tmp_path / "prefilter-n.json")
    store.put("other", {"keys": {"zqxj-needle": [0]}, "more": {"0": [["zqxw-clause", ["class", "digit"]]]}})
    store.put("junk", {"keys": ["not", "a", "dict"], "more": 3})
    monkeypatch.setattr(plans, "plans", lambda: store)
    monkeypatch.setattr(prefilter, "_FACTS", {})
    monkeypatch.setattr(prefilter, "_NEEDLES", {})
    monkeypatch.setattr(prefilter, "_SCANNER", [None])  # the process's own scanner is left as it was
    prefilter._facts_of(PATTERN.pattern, PATTERN.flags, PATTERN)
    assert {"zqxj-needle", "zqxw-clause", " national"} <= set(prefilter._NEEDLES)
    prefilter._found.cache_clear()
