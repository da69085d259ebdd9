"""The UI's state has one owner (docs/architecture.md): only ``ui/session.py`` touches Streamlit's session state,
and every key it keeps is declared there with why. Checked on the source with ast, and shown to fail on
deliberately wrong code (each way of reaching the session state)."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
UI = ROOT / "src" / "matchlens" / "ui"
OWNER = UI / "session.py"
CALLS = {"get", "put", "pop", "setdefault"}


def front_end_files(root: Path = ROOT) -> list[Path]:
    """Every file that may run under Streamlit: the package, the pages and app.py."""
    return sorted([*(root / "src" / "matchlens").rglob("*.py"), *(root / "pages").glob("*.py"), root / "app.py"])


def touches_session_state(path: Path) -> list[int]:
    """Lines of a file that reach st.session_state: as an attribute, imported by name, or named in a string
    (getattr(st, "session_state"))."""
    lines = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Attribute) and node.attr == "session_state" or \
                isinstance(node, ast.alias) and node.name.split(".")[-1] == "session_state" or \
                isinstance(node, ast.Constant) and node.value == "session_state":
            lines.append(getattr(node, "lineno", 0))
    return lines


def session_state_users(root: Path = ROOT, owner: Path = OWNER) -> list[str]:
    return [f"{p.relative_to(root)}:{line}" for p in front_end_files(root) if p != owner
            for line in touches_session_state(p)]


def test_only_the_session_module_touches_the_session_state():
    assert session_state_users() == [], "go through matchlens.ui.session (declare the key in session.KEYS)"
    assert touches_session_state(OWNER)  # the check does see the one module that does


@pytest.mark.parametrize("code", [
    "import streamlit as st\nx = st.session_state.get('a')\n",
    "import streamlit as st\nst.session_state['a'] = 1\n",
    "from streamlit import session_state\n",
    "import streamlit as st\nstate = getattr(st, 'session_state')\n",
    "def f(st):\n    return st.session_state.setdefault('a', [])\n",
])
def test_the_check_catches_every_way_in(tmp_path, code):
    pkg = tmp_path / "src" / "matchlens"
    pkg.mkdir(parents=True)
    (tmp_path / "pages").mkdir()
    (tmp_path / "app.py").write_text("import streamlit as st\n")
    (pkg / "mod.py").write_text(code)
    assert session_state_users(tmp_path, pkg / "session.py") == ["src/matchlens/mod.py:" + str(
        touches_session_state(pkg / "mod.py")[0])]


def _constants(tree: ast.AST) -> dict[str, str]:
    """Module-level NAME = "text" assignments (a key kept in a constant, as options_widgets.KEY)."""
    return {t.id: n.value.value for n in getattr(tree, "body", []) if isinstance(n, ast.Assign)
            and isinstance(n.value, ast.Constant) and isinstance(n.value.value, str)
            for t in n.targets if isinstance(t, ast.Name)}


def keys_used(path: Path) -> set[str]:
    """The keys a file passes to session.get / put / pop / setdefault (literals, or module-level constants)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = _constants(tree)
    used = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in CALLS and \
                isinstance(node.func.value, ast.Name) and node.func.value.id == "session" and node.args:
            arg = node.args[0]
            used.add(arg.value if isinstance(arg, ast.Constant) else names.get(getattr(arg, "id", ""), "?"))
    return used


def test_every_key_is_declared_with_why_and_every_declared_key_is_used():
    from matchlens.ui.session import KEYS

    used = set().union(*(keys_used(p) for p in front_end_files() if p != OWNER))
    assert used - set(KEYS) == set(), "declare these in matchlens.ui.session.KEYS"
    mentioned = " ".join(p.read_text(encoding="utf-8") for p in front_end_files() if p != OWNER)
    assert [k for k in KEYS if f'"{k}"' not in mentioned] == [], "a declared key nobody uses: remove it"
    assert all(len(why) > 20 and "\n" not in why for why in KEYS.values())


def test_an_undeclared_key_is_refused_in_words():
    from matchlens.errors import MatchlensError
    from matchlens.ui import session

    with pytest.raises(MatchlensError, match="not declared in matchlens.ui.session.KEYS"):
        session.get("comparisn")
    with pytest.raises(MatchlensError):  # never a KeyError, which Mapping.get would take for a missing value
        session.mapping().get("comparisn")
