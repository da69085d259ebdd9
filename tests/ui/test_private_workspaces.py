"""Private workspaces on a shared dashboard, through the app (issue #29): the gate gives each browser with the key
an owner id; another browser's private workspace is not listed, not opened by ``?ws=``, not deleted, and the
banner says who sees what; every call in ui/ and pages/ that resolves a workspace does it for the session's viewer."""
from __future__ import annotations

import ast
import asyncio
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from matchlens import netguard
from matchlens.ui import guard
from matchlens.workspace import Workspace, browser_viewer, list_workspaces

ROOT = Path(__file__).resolve().parents[2]
APP = str(ROOT / "app.py")
ALICE, BOB = browser_viewer("a" * 32), browser_viewer("b" * 32)


# --- the gate hands out the owner id -----------------------------------------------------------------------------
def _ask(gate, cookie: str = "", host: bytes = b"10.0.0.5:8501") -> tuple[int, list[str]]:
    sent = []

    async def app(scope, receive, send):
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": b"app"})

    async def send(message):
        sent.append(message)

    async def receive():
        return {"type": "http.request", "body": b""}

    gate.app = app
    scope = {"type": "http", "method": "GET", "path": "/", "raw_path": b"/", "query_string": b"", "scheme": "http",
             "headers": [(b"host", host), (b"cookie", cookie.encode())]}
    asyncio.run(gate(scope, receive, send))
    return sent[0]["status"], [v.decode() for k, v in sent[0]["headers"] if k == b"set-cookie"]


def test_shared_each_browser_with_the_key_gets_one_owner_id_and_keeps_it():
    key = "correct horse battery"
    gate = guard.Gate(None, netguard.host_policy(network=True, bind="0.0.0.0"), key)
    access = f"{guard.COOKIE}={netguard.cookie_value(key)}"
    assert _ask(gate) == (403, [])  # no key: no owner id either
    status, cookies = _ask(gate, access)
    assert status == 200 and len(cookies) == 1
    owner = cookies[0].split(";")[0]
    assert owner.startswith(f"{guard.OWNER_COOKIE}=") and "HttpOnly" in cookies[0] and "SameSite=Lax" in cookies[0]
    assert guard.owner_id_ok(owner.split("=", 1)[1])
    assert _ask(gate, f"{access}; {owner}") == (200, [])  # kept: never replaced
    assert _ask(gate, f"{access}; {guard.OWNER_COOKIE}=../../x")[1]  # not an id the gate gives: a new one
    other = _ask(gate, access)[1][0].split(";")[0]
    assert other != owner  # two browsers, two ids
    local = guard.Gate(None, netguard.host_policy(network=False))
    assert _ask(local, host=b"127.0.0.1:8501") == (200, [])  # not shared: no owner ids, this computer's user sees everything


# --- the app, for another browser and for the maker ---------------------------------------------------------------
@pytest.fixture()
def shared_as(monkeypatch, isolated_home):
    """Run the app as a browser of a shared dashboard; Alice's private workspace 'alices' exists."""
    monkeypatch.setenv("MATCHLENS_NO_WARMUP", "1")
    monkeypatch.delenv("MATCHLENS_AUTOLOAD_SAMPLE", raising=False)
    monkeypatch.setattr(guard, "shared", lambda: True)
    ws = Workspace.named("alices", ALICE).create(models=["tfidf"])
    ws.set_private(True)
    Workspace.named("team", BOB).create(models=["tfidf"])

    def run(viewer, name: str, page: str | None = None) -> AppTest:
        monkeypatch.setattr(guard, "viewer", lambda: viewer)
        at = AppTest.from_file(APP, default_timeout=120)
        at.query_params["ws"] = name
        at.run()
        if page:
            at.switch_page(page).run()
        assert not at.exception
        return at

    yield run
    Workspace.named("alices").delete()
    Workspace.named("team").delete()


def _shown(elements) -> str:
    """What a list of st.error / st.warning elements says (without the Markdown escapes of ui.safe.md)."""
    return " ".join(e.value for e in elements).replace("\\", "")


def _ws(at) -> str:
    value = at.query_params["ws"]
    return value[0] if isinstance(value, list) else value


def test_another_browser_cannot_open_it_by_its_address(shared_as):
    at = shared_as(BOB, "alices")
    assert _ws(at) == "default"
    shown = _shown(at.error)
    assert "Not opened: the workspace 'alices' is private to the person who made it" in shown
    at.run()  # and on the next run it stays out
    assert _ws(at) == "default"


def test_another_browser_does_not_see_it_in_the_list_and_cannot_take_its_name(shared_as):
    at = shared_as(BOB, "team", "pages/1_Data.py")
    options = at.selectbox(key="ws-open").options
    assert "alices" not in options and "team" in options
    at.text_input(key="ws-new").input("alices").run()
    next(b for b in at.button if b.label == "Create and open").click().run()
    assert "The name alices is taken" in _shown(at.error) and _ws(at) == "team"


def test_the_banner_says_who_sees_what(shared_as):
    bob = _shown(shared_as(BOB, "team").warning)
    alice = _shown(shared_as(ALICE, "alices").warning)
    shared = len(list_workspaces(BOB))  # every workspace Bob sees is shared: 'alices' is not among them
    assert "alices" not in [p.name for p in list_workspaces(BOB)] and shared >= 2  # team, default
    assert "everyone who has its access key" in bob
    assert f"delete the {shared} shared workspaces" in bob and "Yours private: 0 workspaces" in bob
    assert f"delete the {shared} shared workspaces" in alice  # hers is not counted among them
    assert "Yours private: 1 workspace only this browser sees" in alice


def test_its_maker_opens_it_and_shares_it_again(shared_as):
    at = shared_as(ALICE, "alices", "pages/1_Data.py")
    assert _ws(at) == "alices" and "alices" in at.selectbox(key="ws-open").options
    toggle = at.toggle(key="ws-private")
    assert toggle.value is True
    toggle.set_value(False).run()
    assert not Workspace.named("alices").sharing().private
    assert shared_as(BOB, "alices").query_params["ws"] in ("alices", ["alices"])  # now open to the key's holders


def test_a_tab_open_before_it_was_made_private_loses_it_at_its_next_run(shared_as):
    """Bob's tab had 'alices' open while it was shared; once Alice makes it private, his next click (any run) finds
    it refused, and his Delete button can only reach the workspace he is moved to."""
    Workspace.named("alices", ALICE).set_private(False)
    at = shared_as(BOB, "alices")
    assert _ws(at) == "alices"
    Workspace.named("alices", ALICE).set_private(True)
    at.run()  # (AppTest's later runs skip app.py's status block: the refusal's words are checked above)
    assert _ws(at) == "default"
    at.switch_page("pages/1_Data.py").run()
    assert Workspace.named("alices").exists() and "alices" not in at.selectbox(key="ws-open").options


# --- every entry point of ui/ and pages/ resolves a workspace for the session's viewer ----------------------------
NEEDS_VIEWER = {"Workspace": 2, "named": 2, "open_workspace": 2, "list_workspaces": 1}
SERVER_SIDE = {("state.py", "prestart")}  # the server's start-up scoring of the default workspace, before any browser


def _calls_without_viewer(path: Path) -> list[str]:
    """Calls in this file that resolve a workspace by name or folder without passing the viewer."""
    found = []

    def visit(node, function: str) -> None:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            function = node.name
        if isinstance(node, ast.Call) and (path.name, function) not in SERVER_SIDE:
            name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
            if name in NEEDS_VIEWER and len(node.args) < NEEDS_VIEWER[name] and \
                    not any(k.arg == "viewer" for k in node.keywords):
                found.append(f"{path.relative_to(ROOT)}:{node.lineno} {name}(...) without the viewer")
            if name in ("load", "save") and isinstance(node.func, ast.Attribute) and \
                    getattr(node.func.value, "id", "") in ("workspace", "wsmod"):
                found.append(f"{path.relative_to(ROOT)}:{node.lineno} workspace.{name}() by folder")
        for child in ast.iter_child_nodes(node):
            visit(child, function)

    visit(ast.parse(path.read_text(encoding="utf-8")), "")
    return found


def test_every_workspace_the_app_resolves_is_resolved_for_the_sessions_viewer():
    files = [*sorted((ROOT / "src/matchlens/ui").glob("*.py")), *sorted((ROOT / "pages").glob("*.py")), ROOT / "app.py"]
    assert sorted({f for p in files for f in _calls_without_viewer(p)}) == []


def test_the_entry_point_check_finds_a_call_without_the_viewer(tmp_path):
    bad = ROOT / "src/matchlens/ui" / "_probe_tmp.py"
    try:
        bad.write_text("from matchlens.workspace import Workspace, list_workspaces\n"
                       "def f(name):\n    return Workspace.named(name), list_workspaces()\n")
        assert len(_calls_without_viewer(bad)) == 2
    finally:
        bad.unlink()


def test_a_browser_deletes_a_shared_workspace_from_the_data_page(shared_as):
    at = shared_as(BOB, "team", "pages/1_Data.py")
    at.checkbox(key="ws-del-sure").check().run()
    next(b for b in at.button if b.label == "Delete this workspace").click().run()
    assert not Workspace.named("team").exists() and _ws(at) == "default"
    assert Workspace.named("alices").exists()  # only what this tab had open
