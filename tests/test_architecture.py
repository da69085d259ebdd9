"""Import rules (docs/architecture.md): a stage imports only itself and the stages below it; only ui/ and
pages/ import Streamlit; no import cycle between modules. Every import counts, those inside functions (deferred)
and under TYPE_CHECKING too: a deferred import still ties two modules together, it only hides the tie until the
function runs. Checked on the source with ast, and shown to fail on deliberately wrong imports."""
from __future__ import annotations

import ast
import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PKG = ROOT / "src" / "matchlens"
LAYERS = [  # lowest first; a module may import its own layer and the layers before it
    {"matchlens.settings", "matchlens.net", "matchlens.netguard", "matchlens.documents", "matchlens.procs",
     "matchlens.labelvocab", "matchlens.options", "matchlens.errors"},
    {"matchlens.ingest", "matchlens.preprocess", "matchlens.location"},
    {"matchlens.encoders"},
    {"matchlens.scoring", "matchlens.requirements"},
    {"matchlens.evaluation", "matchlens.occupations"},
    {"matchlens.views"},
    {"matchlens.training"},
    {"matchlens.workspace", "matchlens.wsschema"},
    {"matchlens.cli", "matchlens.ui"},
]
STREAMLIT_OK = ("matchlens.ui",)


def module_name(path: Path, pkg: Path) -> str:
    parts = list(path.relative_to(pkg.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def stage(module: str) -> str:
    """matchlens.scoring.cache -> matchlens.scoring (the unit the layers are made of)."""
    for layer in LAYERS:
        for s in layer:
            if module == s or module.startswith(s + "."):
                return s
    return module


def layer_of(module: str) -> int | None:
    for n, layer in enumerate(LAYERS):
        if stage(module) in layer:
            return n
    return None


def imports(path: Path, pkg: Path) -> list[tuple[str, int]]:
    """(imported module, line) of every import of a file, wherever it stands (module level, in a function, under
    TYPE_CHECKING); `from matchlens import x` resolves to matchlens.x."""
    out = []
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            for a in node.names:  # `from matchlens.views import plots` imports the module matchlens.views.plots
                sub = f"{node.module}.{a.name}"
                is_module = (pkg.parent / sub.replace(".", "/")).with_suffix(".py").exists() or \
                    (pkg.parent / sub.replace(".", "/")).is_dir()
                out.append((sub if is_module else node.module, node.lineno))
        elif isinstance(node, ast.Import):
            out += [(a.name, node.lineno) for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level:
            out.append(("<relative>", node.lineno))
    return out


def violations(pkg: Path = PKG) -> list[str]:
    found = []
    for path in sorted(pkg.rglob("*.py")):
        me = module_name(path, pkg)
        if me == "matchlens":
            continue  # the package facade re-exports the public API from every stage
        mine = layer_of(me)
        for target, line in imports(path, pkg):
            where = f"{path.relative_to(pkg.parent)}:{line}"
            if target == "<relative>":
                found.append(f"{where}: relative import (use absolute matchlens.… imports)")
            elif target.split(".")[0] == "streamlit" and not me.startswith(STREAMLIT_OK):
                found.append(f"{where}: imports Streamlit outside matchlens.ui")
            elif target.startswith("matchlens.") and stage(target) != stage(me):
                theirs = layer_of(target)
                if mine is None or theirs is None:
                    found.append(f"{where}: {target} or {me} belongs to no layer of docs/architecture.md")
                elif theirs > mine:
                    found.append(f"{where}: {stage(me)} (layer {mine}) imports {stage(target)} (layer {theirs})")
                elif theirs == mine and {stage(me), stage(target)} == {"matchlens.cli", "matchlens.ui"}:
                    found.append(f"{where}: the CLI and the UI are separate front ends")
    return found + cycles(pkg)


def cycles(pkg: Path = PKG) -> list[str]:
    """Cycles among all imports, deferred ones included (no allowance: none is needed for start-up time)."""
    graph: dict[str, set[str]] = {}
    for path in pkg.rglob("*.py"):
        me = module_name(path, pkg)
        graph[me] = {t for t, _ in imports(path, pkg) if t.startswith("matchlens.") and t != me}
    out, state = [], {}

    def visit(node: str, trail: list[str]) -> None:
        state[node] = 1
        for nxt in sorted(graph.get(node, ())):
            if nxt not in graph:
                continue
            if state.get(nxt) == 1:
                out.append("import cycle: " + " -> ".join(trail[trail.index(nxt):] + [nxt]))
            elif nxt not in state:
                visit(nxt, trail + [nxt])
        state[node] = 2

    for node in sorted(graph):
        if node not in state:
            visit(node, [node])
    return out


def test_the_package_follows_its_import_rules():
    assert violations() == []


def test_pages_import_only_the_package_and_streamlit():
    for page in sorted((ROOT / "pages").glob("*.py")) + [ROOT / "app.py"]:
        for target, line in imports(page, PKG):
            assert target.split(".")[0] in {"streamlit", "matchlens"}, f"{page.name}:{line} imports {target}"


def test_the_rules_catch_a_wrong_import(tmp_path):
    """A lower stage importing a higher one, Streamlit outside ui/, and a cycle are each reported, also when the
    import that makes them is deferred (inside a function)."""
    copy = tmp_path / "matchlens"
    shutil.copytree(PKG, copy)
    enc = copy / "encoders" / "tfidf.py"
    enc.write_text(enc.read_text() + "\nfrom matchlens.views import plots  # wrong: encoders -> views\n")
    sim = copy / "scoring" / "similarity.py"
    sim.write_text(sim.read_text() + "\nimport streamlit as st  # wrong: Streamlit in scoring\n")
    (copy / "views" / "a.py").write_text("from matchlens.views import b\n")
    (copy / "views" / "b.py").write_text("from matchlens.views import a\n")
    (copy / "ui" / "c.py").write_text("from matchlens.ui import d\n")
    (copy / "ui" / "d.py").write_text("def later():\n    from matchlens.ui import c\n")  # a deferred cycle
    docs = copy / "documents.py"
    docs.write_text(docs.read_text() + "\n\ndef _wrong():\n    from matchlens.scoring import matching\n")
    found = violations(copy)
    assert any("encoders/tfidf.py" in v and "imports matchlens.views" in v for v in found)
    assert any("scoring/similarity.py" in v and "Streamlit" in v for v in found)
    assert any(v.startswith("import cycle") and "matchlens.views.a" in v for v in found)
    assert any(v.startswith("import cycle") and "matchlens.ui.c" in v and "matchlens.ui.d" in v for v in found)
    assert any("documents.py" in v and "(layer 0) imports matchlens.scoring (layer 3)" in v for v in found)
