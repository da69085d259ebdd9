"""The CLI reads files as the app's uploads are read (issue #29): in a worker process, with the parse budget and a
hard timeout, so one file built to stall or exhaust a reader is named with its reason and the others in its folder
are scored. Before, every command read in its own process: nothing stopped a reader that ignored its budget."""
from __future__ import annotations

import ast
import json
import time
from pathlib import Path

import pytest

import matchlens.ingest
from matchlens.cli import main
from matchlens.ingest import Limits
from matchlens.ingest.isolated import shutdown
from tests.ingest import hostile
from tests.ingest.odf_builder import odt

CLI = Path(__file__).resolve().parents[2] / "src/matchlens/cli"
GOOD = "Infirmière de nuit en soins intensifs, dix ans à l'hôpital de Lyon."


@pytest.fixture(scope="module", autouse=True)
def _stop_workers():
    yield
    shutdown()


def _docx(text: str) -> bytes:
    import io

    import docx

    d = docx.Document()
    d.add_paragraph(text)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


@pytest.fixture()
def folder(tmp_path):
    """A folder of resumes: one good DOCX, and files built to stall or exhaust a reader (issue #29's)."""
    cvs = tmp_path / "cvs"
    cvs.mkdir()
    (cvs / "good.docx").write_bytes(_docx(GOOD))
    (cvs / "page.html").write_bytes(hostile.html_pages(512 * 1024)["doctype starts"])
    (cvs / "dim.xlsx").write_bytes(hostile.xlsx([["titre", "texte"], ["Cariste", "Cariste CACES 3 à Lyon"]],
                                                dimension="A1:XFD1048576"))
    (cvs / "bomb.odt").write_bytes(hostile.odt_space_bomb())
    (cvs / "amplifier.docx").write_bytes(hostile.altchunk_docx(chunk_mb=2, references=120, text=False))
    (cvs / "deep.odt").write_bytes(odt("<text:section>" * 400 + "<text:p>profond</text:p>" + "</text:section>" * 400))
    gigs = tmp_path / "gig.txt"
    gigs.write_text("Infirmier ou infirmière de nuit, soins intensifs, Lyon.", encoding="utf-8")
    return cvs, gigs


@pytest.fixture()
def read_here(monkeypatch):
    """Names of the files the CLI's own process parses with the reader (small plain text aside, all must go to a
    worker)."""
    names = []
    original = matchlens.ingest._load_bytes

    def spy(name, *args, **kwargs):
        if Path(name).suffix not in matchlens.ingest.TEXT_EXT:
            names.append(name)
        return original(name, *args, **kwargs)

    monkeypatch.setattr(matchlens.ingest, "_load_bytes", spy)  # the worker imports its own, unpatched
    return names


def test_a_folder_with_hostile_files_scores_the_good_ones_and_names_the_others(folder, read_here, capsys):
    cvs, gigs = folder
    start = time.perf_counter()
    assert main(["score", str(cvs), str(gigs), "-m", "tfidf", "--json", "-q"]) == 0
    took = time.perf_counter() - start
    out = capsys.readouterr()
    scored = {row["resume"] for row in json.loads(out.out)}
    assert {"good.docx", "page.html", "bomb.odt"} <= scored and "Cariste [dim.xlsx#1]" in scored
    assert "skipped: amplifier.docx:" in out.err and "counted at each use" in out.err  # named, with the reason
    assert "skipped: deep.odt: nested too deeply" in out.err
    assert read_here == []  # every file was parsed in a worker, none in the CLI's process
    assert took < Limits().parse_seconds, took  # well within one file's budget, for the whole folder


def test_a_file_past_the_hard_timeout_is_named_and_the_command_goes_on(tmp_path, monkeypatch, capsys):
    """A reader that ignores its budget (here the budget is made huge, so reading a 180 MB imported chunk takes about
    20 s) is killed at the hard timeout, which is made 3 s here (it is parse_seconds + at least 5 s)."""
    monkeypatch.setattr(Limits, "hard_seconds", property(lambda self: 3.0))
    (tmp_path / "slow.docx").write_bytes(hostile.altchunk_docx(chunk_mb=3, references=60))
    (tmp_path / "good.docx").write_bytes(_docx(GOOD))
    gigs = tmp_path / "gig.txt"
    gigs.write_text("Infirmière de nuit, Lyon.", encoding="utf-8")
    start = time.perf_counter()
    code = main(["score", str(tmp_path / "slow.docx"), str(tmp_path / "good.docx"), str(gigs), "-m", "tfidf",
                 "--json", "-q", "--parse-seconds", "600", "--max-chars", "50000000"])
    took = time.perf_counter() - start
    out = capsys.readouterr()
    assert code == 0 and {row["resume"] for row in json.loads(out.out)} == {"good.docx"}
    assert "skipped: slow.docx: took longer than 3 s to read" in out.err
    assert took < 15, took  # the 3 s timeout, a new worker for the next file, the scoring


def test_blind_reads_in_a_worker_too(folder, read_here, capsys):
    cvs, _ = folder
    assert main(["blind", str(cvs / "good.docx"), str(cvs / "deep.odt"), "--json"]) == 0
    out = capsys.readouterr()
    assert [r["resume"] for r in json.loads(out.out)] == ["good.docx"] and "deep.odt" in out.err
    assert read_here == []


READERS = {"load_paths", "load_corpus", "load_corpus_with_problems", "load_bytes"}


def test_every_cli_command_reads_documents_through_the_worker():
    """No module of cli/ imports a document reader from anywhere but ingest.isolated, nor calls one without it."""
    found = []
    for path in sorted(CLI.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("matchlens.ingest"):
                for alias in node.names:
                    if alias.name in READERS and node.module != "matchlens.ingest.isolated":
                        calls = [c for c in ast.walk(tree) if isinstance(c, ast.Call)
                                 and getattr(c.func, "id", None) == (alias.asname or alias.name)]
                        if any(not any(k.arg == "reader" for k in c.keywords) for c in calls) or not calls:
                            found.append(f"{path.name}:{node.lineno} {alias.name} from {node.module}")
    assert found == []
