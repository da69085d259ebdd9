"""Private workspaces when shared (issue #29): a workspace made by one browser of a shared dashboard and marked
private is listed, read, changed and deleted by nobody else, through any method; this computer's user (the CLI,
the library) sees everything; the default workspace stays shared; a hand-edited flag is read the safe way."""
from __future__ import annotations

import inspect
import json

import pytest

from matchlens.documents import Corpus, Document
from matchlens.options import Options
from matchlens.workspace import (DEFAULT, LOCAL, PrivateWorkspace, State, Workspace, WorkspaceError, browser_viewer,
                                 list_workspaces, name_taken, sharing_summary)

ALICE, BOB, NO_COOKIE = browser_viewer("a" * 32), browser_viewer("b" * 32), browser_viewer(None)
DOC = Document(id="r1", name="cv.txt", kind="resume", text="Infirmière de nuit à Lyon")

# every public method of Workspace that reads or changes a workspace, with arguments: each must refuse another
# browser's private workspace (a method added later without an entry here fails the coverage test below)
CALLS = {
    "load": (), "audit": (), "create": (), "save": (State(),), "replace_content": (Corpus(),),
    "add_documents": ([DOC],), "remove_documents": (["r1"],), "relabel": (["r1"], "gig"),
    "set_label": ("r1", "g1", "fit"), "set_labels": ({("r1", "g1"): "fit"},), "clear_problems": (),
    "set_models": (["tfidf"],), "set_options": (Options(),), "set_view": ("k", 1), "set_views": ({"k": 1},),
    "set_audit": (None,), "set_requirements": ("g1", None), "set_ranking_file": ("queries", b"q"),
    "ranking_files": (), "delete": (), "set_private": (False,), "check_visible": (),
}
FREE = {"exists", "revision", "sharing", "visible", "named"}  # say only that a folder is there and who made it


def _files(ws: Workspace) -> dict:
    return {p.name: p.read_bytes() for p in sorted(ws.folder.rglob("*")) if p.is_file() and p.name != ".lock"}


@pytest.fixture(autouse=True)
def default_as_found(isolated_home):
    """The home is the session's: a default workspace these tests create is removed, since an empty one would stop
    the app's first visit from loading the sample (tests/ui/test_browser.py serves this home)."""
    existed = Workspace.named(DEFAULT).exists()
    yield
    if not existed and Workspace.named(DEFAULT).exists():
        Workspace.named(DEFAULT).delete()


@pytest.fixture()
def private(isolated_home):
    """Alice's workspace 'mine', with a document and a label, made private from her browser."""
    ws = Workspace.named("mine", ALICE).create(models=["tfidf"])
    ws.add_documents([DOC])
    ws.set_label("r1", "g1", "fit")
    ws.set_private(True)
    yield ws
    Workspace.named("mine").delete()


def test_every_method_is_covered_by_the_refusal_test():
    public = {n for n, v in inspect.getmembers(Workspace) if not n.startswith("_") and callable(v)}
    assert public == set(CALLS) | FREE, public ^ (set(CALLS) | FREE)


@pytest.mark.parametrize("method", sorted(CALLS))
@pytest.mark.parametrize("who", [BOB, NO_COOKIE], ids=["another browser", "a browser without cookie"])
def test_another_browser_can_neither_read_change_nor_delete_a_private_workspace(private, method, who):
    before = _files(private)
    with pytest.raises(PrivateWorkspace, match="private to the person who made it"):
        getattr(Workspace.named("mine", who), method)(*CALLS[method])
    assert _files(private) == before  # nothing written, nothing deleted


def test_another_browser_does_not_list_it_and_its_name_opens_nothing_else(private):
    assert "mine" not in [p.name for p in list_workspaces(BOB)]
    assert "mine" in [p.name for p in list_workspaces(ALICE)] and "mine" in [p.name for p in list_workspaces()]
    assert name_taken("mine")  # so a new workspace of that name is refused, never merged into it
    for spelling in ("Mine", "MINE", "mi/ne", "mi.ne"):  # other spellings are other folders (safe_name)
        assert Workspace.named(spelling, BOB).folder != private.folder
    for spelling in ("mine ", " mine"):  # the same name: the same folder, still refused
        assert Workspace.named(spelling, BOB).folder == private.folder and not Workspace.named(spelling, BOB).visible()


def test_its_maker_and_this_computers_user_see_everything(private):
    assert Workspace.named("mine", ALICE).load().corpus.labels == {("r1", "g1"): "fit"}
    assert Workspace.named("mine", LOCAL).load().corpus.labels == {("r1", "g1"): "fit"}  # the CLI, the library
    assert sharing_summary(ALICE) == (0, 1) and sharing_summary(BOB) == (0, 0)
    Workspace.named("mine", ALICE).set_private(False)
    assert Workspace.named("mine", BOB).load().corpus.labels == {("r1", "g1"): "fit"}
    assert sharing_summary(BOB) == (1, 0)


def test_only_its_maker_may_make_it_private_and_never_the_default(isolated_home):
    Workspace.named("theirs", ALICE).create()
    with pytest.raises(WorkspaceError, match="only the person who made"):
        Workspace.named("theirs", BOB).set_private(True)
    with pytest.raises(WorkspaceError, match="did not keep the cookie"):
        Workspace.named("theirs", NO_COOKIE).set_private(True)
    Workspace.named(DEFAULT, ALICE).create()
    with pytest.raises(WorkspaceError, match="cannot be private"):
        Workspace.named(DEFAULT, ALICE).set_private(True)
    Workspace.named("theirs").set_private(True)  # this computer's user may (matchlens workspaces --private)
    assert Workspace.named("theirs", ALICE).visible() and not Workspace.named("theirs", BOB).visible()
    Workspace.named("theirs").delete()


def test_the_owner_id_is_never_stored_only_its_hash(private):
    meta = json.loads((private.folder / "workspace.json").read_text())
    assert meta["private"] is True and meta["owner"] == ALICE.owner and "a" * 32 not in json.dumps(meta)


def test_a_whole_new_content_keeps_who_may_see_it(private):
    Workspace.named("mine", ALICE).save(State(models=["tfidf"]))
    Workspace.named("mine", ALICE).replace_content(Corpus([DOC]))
    assert not Workspace.named("mine", BOB).visible()


@pytest.mark.parametrize("value, words", [("yes", "read as private"), (1, "read as private"),
                                          (None, "read as private")])
def test_a_hand_edited_private_flag_is_read_as_private_and_named(private, value, words):
    path = private.folder / "workspace.json"
    meta = json.loads(path.read_text())
    path.write_text(json.dumps({**meta, "private": value, "owner": ["not", "a", "key"]}))
    issues = Workspace.named("mine").load().issues
    assert any("private" in i and words in i for i in issues) and any("owner" in i for i in issues)
    assert not Workspace.named("mine", ALICE).visible() and not Workspace.named("mine", BOB).visible()
    path.write_text("{ not json")  # who may see it is unknown: no browser does
    assert not Workspace.named("mine", BOB).visible() and Workspace.named("mine").visible()
    path.write_text(json.dumps(meta))


def test_a_hand_edited_private_default_workspace_stays_open_to_everyone(isolated_home):
    ws = Workspace.named(DEFAULT, ALICE).create()
    meta = json.loads((ws.folder / "workspace.json").read_text())
    (ws.folder / "workspace.json").write_text(json.dumps({**meta, "private": True}))
    assert Workspace.named(DEFAULT, BOB).visible()  # every browser starts there: never locked out
    (ws.folder / "workspace.json").write_text(json.dumps(meta))


def test_the_cli_lists_every_workspace_and_shares_one_again(private, capsys):
    from matchlens.cli import main

    assert main(["workspaces", "--json"]) == 0
    rows = {r["name"]: r for r in json.loads(capsys.readouterr().out)}
    assert rows["mine"]["private"] and rows["mine"]["seen_by"] == "its maker's browser only"
    assert rows["mine"]["documents"] == 1
    assert main(["workspaces", "--share", "mine"]) == 0 and Workspace.named("mine", BOB).visible()
    assert main(["workspaces", "--private", "nowhere"]) == 1
    assert "no workspace named 'nowhere'" in capsys.readouterr().err


def test_this_computers_user_pays_nothing_for_it(private, monkeypatch):
    """LOCAL never reads workspace.json to decide: the CLI's and the library's writes cost what they did."""
    calls = []
    monkeypatch.setattr(Workspace, "sharing", lambda self: calls.append(1))
    Workspace.named("mine").set_view("k", 2)
    assert calls == []
