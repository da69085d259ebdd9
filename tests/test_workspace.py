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


@pytest.mark.parametrize("name, content", [
    ("documents.jsonl", '{"id": "r1", "name": "cv"\n'),
    ("labels.json", "[{not json"),
    ("workspace.json", '{"format": 99}'),
    ("documents.jsonl", b"\xff\xfe\x00garbage"),
])
def test_a_workspace_that_cannot_be_read_is_named_with_the_reason(tmp_path, name, content):
    ws = Workspace(tmp_path / "w").save(State(models=["tfidf"]))
    path = tmp_path / "w" / name
    path.write_bytes(content if isinstance(content, bytes) else content.encode())
    with pytest.raises(WorkspaceError, match=name.split(".")[0]):
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
