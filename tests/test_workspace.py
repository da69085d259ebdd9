"""The workspace on disk: every change written as it happens, atomically; concurrent writers keep their
changes; a workspace that cannot be read is named, never overwritten."""
import json
import multiprocessing
import threading

import pytest

from matchlens.documents import Document
from matchlens.ingest.errors import Problem
from matchlens.scoring.matching import Options
from matchlens.workspace import State, Workspace, WorkspaceError


def doc(i: int, kind: str = "resume") -> Document:
    return Document(f"{kind[0]}{i}", f"{kind} {i}.txt", kind, f"texte {i} infirmière", "fr")


def test_each_change_is_on_disk_at_once(tmp_path):
    ws = Workspace(tmp_path / "w").create(models=["tfidf"])
    ws.add_documents([doc(1), doc(2, "gig")], [Problem("bad.pdf", "no text layer")])
    ws.set_label("r1", "g2", "fit", "très bon profil")
    ws.set_models(["tfidf", "bm25"])
    ws.set_options(Options("sections"))
    ws.set_view("heatmap.view", "z")
    again = Workspace(tmp_path / "w").load()  # another process, tab or a restarted server
    assert [d.id for d in again.corpus.documents] == ["r1", "g2"]
    assert again.corpus.labels == {("r1", "g2"): "fit"} and again.notes == {"r1|g2": "très bon profil"}
    assert again.models == ["tfidf", "bm25"] and again.options.preprocessing == "sections"
    assert again.view == {"heatmap.view": "z"} and again.problems[0].name == "bad.pdf"


def test_revision_changes_with_every_write(tmp_path):
    ws = Workspace(tmp_path / "w").create()
    seen = {ws.revision()}
    for change in (lambda: ws.add_documents([doc(1)]), lambda: ws.set_label("r1", "g1", "no"),
                   lambda: ws.set_view("k", 1), lambda: ws.set_models(["tfidf"])):
        change()
        seen.add(ws.revision())
    assert len(seen) == 5


def _label_many(folder: str, start: int) -> None:
    ws = Workspace(folder)
    for i in range(start, start + 25):
        ws.set_label(f"r{i}", "g1", "fit")


def test_two_writers_at_once_keep_every_label(tmp_path):
    """Two tabs (threads) and two processes labelling different pairs at the same time: nothing lost."""
    folder = tmp_path / "w"
    Workspace(folder).create()
    threads = [threading.Thread(target=_label_many, args=(str(folder), s)) for s in (0, 25)]
    procs = [multiprocessing.get_context("spawn").Process(target=_label_many, args=(str(folder), s)) for s in (50, 75)]
    for t in threads + procs:
        t.start()
    for t in threads + procs:
        t.join(120)
    labels = Workspace(folder).load().corpus.labels
    assert len(labels) == 100
    json.loads((folder / "labels.json").read_text())  # whole, valid JSON


def test_last_write_wins_per_pair(tmp_path):
    ws = Workspace(tmp_path / "w").create()
    ws.set_label("r1", "g1", "fit")
    ws.set_label("r2", "g1", "no")
    ws.set_label("r1", "g1", "partial")
    assert Workspace(tmp_path / "w").load().corpus.labels == {("r1", "g1"): "partial", ("r2", "g1"): "no"}


@pytest.mark.parametrize("name, content, says", [
    ("documents.jsonl", '{"id": "r1", "name": "cv"\n', "documents.jsonl, line 1 cannot be read: it is not valid JSON"),
    ("labels.json", "[{not json", "labels.json cannot be read: it is not valid JSON"),
    ("documents.jsonl", b"\xff\xfe\x00garbage", "documents.jsonl cannot be read: it is not UTF-8 text"),
    ("workspace.json", "[]", "workspace.json should be an object"),
])
def test_a_file_that_cannot_be_read_is_named_with_the_reason_and_the_rest_opens(tmp_path, name, content, says):
    ws = Workspace(tmp_path / "w").save(State(models=["tfidf"], view={"k": 1}))
    ws.add_documents([doc(1)])
    path = tmp_path / "w" / name
    path.write_bytes(content if isinstance(content, bytes) else content.encode())
    state = ws.load()
    assert any(why.startswith(says) for why in state.issues), state.issues
    assert not any("Error" in why for why in state.issues)  # words, not an exception class
    if name != "documents.jsonl":
        assert [d.id for d in state.corpus.documents] == ["r1"]
    if name != "workspace.json":
        assert state.models == ["tfidf"] and state.view == {"k": 1}


def test_a_workspace_from_a_newer_matchlens_is_refused_in_words(tmp_path):
    ws = Workspace(tmp_path / "w").create()
    (tmp_path / "w" / "workspace.json").write_text('{"format": 99}')
    with pytest.raises(WorkspaceError, match="newer matchlens"):
        ws.load()


def test_not_a_workspace(tmp_path):
    with pytest.raises(WorkspaceError, match="not a matchlens workspace"):
        Workspace(tmp_path).load()


def test_a_ranking_set_is_kept_in_the_workspace_and_removed_on_request(tmp_path):
    import pytest

    from matchlens.workspace import Workspace

    ws = Workspace(tmp_path / "w").create()
    ws.set_ranking_file("queries", b"text,label\nq,a\n")
    ws.set_ranking_file("corpus", b"text,label\nc,a\n")
    assert set(Workspace(tmp_path / "w").ranking_files()) == {"queries", "corpus"}  # a restart finds them
    assert ws.ranking_files()["corpus"].read_bytes() == b"text,label\nc,a\n"
    ws.set_ranking_file("queries", None)
    assert set(ws.ranking_files()) == {"corpus"}
    with pytest.raises(ValueError):
        ws.set_ranking_file("../escape", b"x")


def _set_views(folder: str, start: int, n: int = 90) -> None:
    ws = Workspace(folder)
    for i in range(start, start + n):
        ws.set_view(f"key{i}", i)


def test_two_writers_of_view_settings_keep_every_key(tmp_path):
    """Two processes and two threads changing view settings at once (as two tabs do): all 360 keys kept (the
    view used to be read under the lock and written under another: 101 of 180 kept)."""
    folder = tmp_path / "w"
    Workspace(folder).create()
    procs = [multiprocessing.get_context("spawn").Process(target=_set_views, args=(str(folder), s)) for s in (0, 90)]
    threads = [threading.Thread(target=_set_views, args=(str(folder), s)) for s in (180, 270)]
    for t in procs + threads:
        t.start()
    for t in procs + threads:
        t.join(120)
    assert Workspace(folder).load().view == {f"key{i}": i for i in range(360)}


def test_the_lock_is_reentrant_and_holds_across_a_whole_change(tmp_path):
    ws = Workspace(tmp_path / "w").create()
    with ws._locked():
        ws.set_view("a", 1)  # a change inside a held lock does not wait for itself
        ws.set_label("r1", "g1", "fit")
    assert ws.load().view == {"a": 1}


def test_names_that_differ_never_share_a_folder(tmp_path, monkeypatch):
    from matchlens.workspace import safe_name

    monkeypatch.setenv("MATCHLENS_HOME", str(tmp_path))
    names = ["a/b", "a.b", "a-b", "a b", "A-b", "x" * 60 + "1", "x" * 60 + "2", "../etc", "é", "e\u0301x", "."]
    folders = [safe_name(n) for n in names]
    assert len(set(folders)) == len(names), dict(zip(names, folders))
    for f in folders:
        assert safe_name(f) == f and "/" not in f and "." not in f and 0 < len(f) <= 60  # the URL maps to itself
    assert safe_name("a-b") == "a-b" and safe_name("pilot_lyon") == "pilot_lyon" and safe_name("") == "default"
    ws = Workspace.named("a/b").create()
    Workspace.named("a-b").create()
    ws.delete()  # deleting one leaves the other
    assert Workspace.named("a-b").exists() and not Workspace.named("a/b").exists()


def test_workspaces_made_before_the_rule_keep_their_folder(tmp_path, monkeypatch):
    from matchlens.workspace import safe_name

    monkeypatch.setenv("MATCHLENS_HOME", str(tmp_path))
    old = Workspace(tmp_path / "workspaces" / "Pilot_Lyon").create(models=["tfidf"])  # an upper-case folder name
    assert safe_name("Pilot_Lyon") == "Pilot_Lyon" and Workspace.named("Pilot_Lyon").load().models == ["tfidf"]
    assert safe_name("pilot_lyon") != "Pilot_Lyon"  # on a case-insensitive disk this would be the same folder
    assert old.exists()
