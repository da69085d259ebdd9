"""Package-wide conventions (issue 28 part 6), checked on the source with ast so a new module cannot slip past:
settings.py is the only reader of MATCHLENS_* variables and each one is documented; every error matchlens defines
derives from MatchlensError; background threads log what they catch."""
from __future__ import annotations

import ast
import logging
import re
from dataclasses import fields
from pathlib import Path

import pytest

from matchlens import settings
from matchlens.errors import MatchlensError

ROOT = Path(__file__).resolve().parents[1]
PKG = ROOT / "src" / "matchlens"
ENV_METHODS = {"get", "pop", "setdefault", "__getitem__", "__contains__"}
SIGNALS = {"Cancelled"}  # BaseException control flow (a job nobody wants), deliberately not an error


def _is_environ(node: ast.AST) -> bool:
    return (isinstance(node, ast.Attribute) and node.attr == "environ") or \
        (isinstance(node, ast.Name) and node.id == "environ")


def _names_other_variable(arg: ast.AST | None) -> bool:
    """A literal name that is not matchlens's (HF_HUB_OFFLINE...): fine anywhere. A MATCHLENS_ one, or a name
    held in a variable (which may be one), is settings.py's business."""
    return isinstance(arg, ast.Constant) and isinstance(arg.value, str) and not arg.value.startswith("MATCHLENS_")


def environ_reads(pkg: Path = PKG) -> list[str]:
    """Every place outside settings.py that reads a MATCHLENS_ variable (or an environment variable by a name
    held in a variable) from os.environ / os.getenv."""
    found = []
    for path in sorted(pkg.rglob("*.py")):
        if path.relative_to(pkg).as_posix() == "settings.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            arg, hit = None, False
            if isinstance(node, ast.Call) and isinstance(node.func, (ast.Attribute, ast.Name)):
                func = node.func
                hit = (isinstance(func, ast.Attribute) and func.attr in ENV_METHODS and _is_environ(func.value)) or \
                    getattr(func, "attr", getattr(func, "id", None)) == "getenv"
                arg = node.args[0] if node.args else None
            elif isinstance(node, ast.Subscript) and _is_environ(node.value):
                hit, arg = True, node.slice
            if hit and not _names_other_variable(arg):
                found.append((str(path.relative_to(pkg.parent)), node.lineno))
    return [f"{where}:{line}" for where, line in sorted(found)]


def test_only_settings_reads_matchlens_variables():
    assert environ_reads() == [], "read these through matchlens.settings.current()"


def test_the_environ_check_finds_every_kind_of_read(tmp_path):
    pkg = tmp_path / "matchlens"
    (pkg / "ui").mkdir(parents=True)
    (pkg / "settings.py").write_text('import os\nX = os.environ.get("MATCHLENS_X")\n')
    (pkg / "ui" / "a.py").write_text(
        'import os\nfrom os import environ, getenv\nNAME = "MATCHLENS_Y"\n'
        'a = os.environ.get("MATCHLENS_A")\nb = os.environ["MATCHLENS_B"]\nc = os.getenv(NAME)\n'
        'd = environ.get(NAME, "")\ne = getenv("MATCHLENS_E")\n'
        'os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")\nf = dict(os.environ)\n')
    assert environ_reads(pkg) == [f"matchlens/ui/a.py:{n}" for n in (4, 5, 6, 7, 8)]


def test_every_variable_is_a_documented_setting():
    variables = {f.metadata["env"]: f.metadata["doc"] for f in fields(settings.Settings)}
    assert all(name.startswith("MATCHLENS_") and doc for name, doc in variables.items())
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert [v for v in variables if f"| `{v}` |" not in readme] == [], "add them to README's settings table"
    named = set()  # a variable the code or its messages name must be a setting (MATCHLENS_CARD.md is a file)
    for path in PKG.rglob("*.py"):
        named |= set(re.findall(r"\bMATCHLENS_[A-Z0-9_]*[A-Z0-9]\b(?!\.md)", path.read_text(encoding="utf-8")))
    assert named - set(variables) == set()


def test_settings_follow_the_environment(monkeypatch):
    monkeypatch.setenv("MATCHLENS_FOLLOW_SECONDS", "2.5")
    monkeypatch.setenv("MATCHLENS_MODELS", " tfidf, ,bm25 ")
    monkeypatch.setenv("MATCHLENS_ALLOW_REMOTE", " Yes ")
    monkeypatch.setenv("MATCHLENS_BF16", "0")
    monkeypatch.setenv("MATCHLENS_SHARED", "~/team")
    now = settings.current()
    assert (now.follow_seconds, now.models, now.allow_remote, now.bf16) == (2.5, ("tfidf", "bm25"), True, False)
    assert now.shared == Path("~/team").expanduser() and settings.shared_dir() == now.shared
    monkeypatch.setenv("MATCHLENS_ALLOW_REMOTE", "0")
    monkeypatch.delenv("MATCHLENS_BF16")
    assert (settings.current().allow_remote, settings.current().bf16) == (False, None)
    with pytest.raises(AttributeError):
        now.models = ()  # frozen: nobody changes the settings behind the environment's back


def test_a_bad_value_is_named_in_words(monkeypatch):
    monkeypatch.setenv("MATCHLENS_FOLLOW_SECONDS", "an hour")
    with pytest.raises(settings.SettingsError, match="MATCHLENS_FOLLOW_SECONDS must be a number of seconds"):
        settings.current()


def exception_classes(pkg: Path = PKG) -> dict[str, bool]:
    """Every exception class defined in the package -> whether it derives from MatchlensError (by name, through
    the package's own classes; a builtin base counts as an exception, a base named *Error/*Exception too)."""
    bases: dict[str, list[str]] = {}
    for path in pkg.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                bases[node.name] = [ast.unparse(b).rsplit(".", 1)[-1] for b in node.bases]

    def reaches(name: str, goal, seen=()) -> bool:
        if name in seen:
            return False
        if goal(name):
            return True
        return any(reaches(b, goal, (*seen, name)) for b in bases.get(name, ()))

    import builtins

    def builtin_exc(n: str) -> bool:
        return n not in bases and (isinstance(getattr(builtins, n, None), type) and
                                   issubclass(getattr(builtins, n), BaseException) or n.endswith(("Error", "Exception")))

    return {n: reaches(n, lambda b: b == "MatchlensError") for n in bases
            if n != "MatchlensError" and n not in SIGNALS and reaches(n, builtin_exc)}


def test_every_matchlens_error_derives_from_one_base():
    found = exception_classes()
    assert {"IngestError", "WorkspaceError", "HttpError", "SharedDataMissing", "ModelUnavailable"} <= set(found)
    assert [n for n, ok in found.items() if not ok] == [], "derive them from matchlens.errors.MatchlensError"


def test_the_error_check_fails_on_a_stray_exception(tmp_path):
    (tmp_path / "a.py").write_text("class MatchlensError(Exception): ...\nclass Good(MatchlensError): ...\n"
                                   "class Sub(Good): ...\nclass Stray(ValueError): ...\nclass Plain: ...\n")
    (tmp_path / "b.py").write_text("import x\nclass Lib(x.FooError): ...\nclass Twice(MatchlensError, OSError): ...\n")
    assert exception_classes(tmp_path) == {"Good": True, "Sub": True, "Stray": False, "Lib": False, "Twice": True}


def test_the_errors_keep_their_builtin_kinds_too():
    from matchlens.encoders.base import ModelUnavailable
    from matchlens.evaluation.realads import SharedDataMissing
    from matchlens.net import HttpError
    from matchlens.netguard import HostError

    for cls, old in ((HttpError, OSError), (SharedDataMissing, FileNotFoundError), (HostError, ValueError),
                     (ModelUnavailable, RuntimeError)):
        assert issubclass(cls, MatchlensError) and issubclass(cls, old)


def test_background_failures_are_logged_not_lost(caplog):
    from matchlens.ui import preload

    def fail() -> None:
        raise RuntimeError("the disk is full")

    with caplog.at_level(logging.WARNING, logger="matchlens"):
        preload.in_background("matchlens-test", fail).join(5)
        preload.preload(("matchlens_no_such_module",)).join(5)
    records = [r for r in caplog.records if r.name == "matchlens" and r.levelno == logging.WARNING]
    assert [r.getMessage() for r in records] == ["background work matchlens-test failed",
                                                 "preloading matchlens_no_such_module failed"]
    assert all(r.exc_info for r in records) and "the disk is full" in caplog.text


def test_a_scoring_thread_that_stops_logs_why(monkeypatch, caplog, small_corpus):
    from matchlens.options import Options
    from matchlens.scoring import background
    from matchlens.scoring.cache import NullCache

    def broken(*args, **kwargs):
        raise MemoryError("no room for the vectors")

    monkeypatch.setattr(background, "compare", broken)
    with caplog.at_level(logging.WARNING, logger="matchlens"):
        job = background.ScoringJob(small_corpus, ["tfidf"], Options(), NullCache()).start()
        assert job.wait(10)
    assert [r.getMessage() for r in caplog.records if r.name == "matchlens"] == \
        ["background scoring of tfidf stopped"]
    assert "no room for the vectors" in caplog.text  # the traceback, in the log only; the page reads job's error


PAGES = sorted((ROOT / "pages").glob("*.py"))


def _calls(tree: ast.Module) -> list[str]:
    """The dotted names of the module-level calls, in order ('router.ensure', 'st.title'…)."""
    out = []
    for node in tree.body:
        for call in [n for n in ast.walk(node) if isinstance(n, ast.Call)][:1]:
            out.append(ast.unparse(call.func))
    return out


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_every_page_has_one_shape(page):
    """Pages are thin and alike (issue 28 part 5): a docstring saying what the page is for, imports of streamlit and
    matchlens only, router.ensure() before anything is drawn, a title, no function or class of their own (logic lives
    in the package), at most 80 lines."""
    source = page.read_text(encoding="utf-8")
    tree = ast.parse(source)
    assert ast.get_docstring(tree), f"{page.name}: no docstring"
    imported = {a.name.split(".")[0] for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names} | \
        {(n.module or "").split(".")[0] for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)}
    assert imported <= {"streamlit", "matchlens"}, f"{page.name} imports {sorted(imported)}"
    calls = _calls(tree)
    assert calls and calls[0] == "router.ensure", f"{page.name}: the first call is {calls[:1]}, not router.ensure()"
    assert "st.title" in source, f"{page.name}: no title"
    own = [n.name for n in ast.walk(tree) if isinstance(n, (ast.FunctionDef, ast.ClassDef, ast.AsyncFunctionDef))]
    assert not own, f"{page.name} defines {own}: put them in matchlens.ui or matchlens.views"
    assert len(source.splitlines()) <= 80, f"{page.name}: {len(source.splitlines())} lines"
