"""Mask the default workspace's resumes in a process of its own while the server starts, so its first scores find
them in the mask store (blind.store) instead of masking them in the server's interpreter.

For the first ~3 s after ``./run.sh app`` the server imports Streamlit, scikit-learn and plotly and reads the
workspace, on one core (one interpreter); the second core waits for the browser. Masking the sample's 20 resumes in
the server took 1.5-1.9 s of that interpreter (the masker's word lists and lemmatiser loaded, then the texts), on the
way to the first heatmap (2-core AMD EPYC, measured). Here it takes the idle core. Small workspaces only: a large one
is masked by the server's worker processes (masking.start_workers). The process reads the workspace and writes only
masked texts to the store, as the server does; if it is slow or fails, the server masks what is missing itself.
Usage: ``python -m matchlens.ui.premask (workspace|sample) NAME``.
"""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

SAMPLE = Path(__file__).resolve().parents[3] / "sample_data"
WAIT = 4.0  # seconds the server's start-up scoring waits for this process before masking what is left itself


def start(name: str) -> subprocess.Popen | None:
    """Start masking the named workspace's resumes (or the sample's, when the server will fill a new default
    workspace with them) in a process of its own; None when there is nothing to mask or it cannot start."""
    from matchlens import settings
    from matchlens.workspace import DEFAULT, LOCAL, Workspace

    if Workspace.named(name, LOCAL).exists():  # the server's own start, before any browser: this computer's user
        source = "workspace"
    elif settings.current().autoload_sample and name == DEFAULT:
        source = "sample"
    else:
        return None
    try:
        return subprocess.Popen([sys.executable, "-m", "matchlens.ui.premask", source, name], stdin=subprocess.DEVNULL,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=dict(os.environ))
    except OSError:
        return None


def wait(proc: subprocess.Popen | None, timeout: float = WAIT) -> None:
    """Wait for the process to finish, at most ``timeout`` seconds (the caller masks whatever is still missing)."""
    if proc is None:
        return
    try:
        proc.wait(timeout)
    except subprocess.TimeoutExpired:
        pass


def texts(source: str, name: str) -> list[str]:
    """The resumes to mask: the workspace's (read only) when it is blind, or the sample's."""
    from matchlens.options import Options
    from matchlens.workspace import LOCAL, Workspace

    if source == "workspace":
        state = Workspace.named(name, LOCAL).load()
        resumes, blind = state.corpus.resumes, state.options.blind
    else:  # the resumes alone, read as the server's load_corpus reads them (the gigs' table would import pandas)
        from matchlens.ingest import load_paths

        resumes, blind = load_paths([SAMPLE / "resumes"], "resume").documents, Options().blind
    return [d.text for d in resumes] if blind else []


def main(argv: list[str] | None = None) -> int:
    """Mask what the store lacks; nothing when that is many resumes (the server's worker processes mask those)."""
    from matchlens.preprocess.blind.store import store  # not the masker: a warm start stops after reading the store

    source, name = (sys.argv[1:] if argv is None else argv)[:2]
    todo = store().missing(texts(source, name))
    if todo:
        from matchlens.preprocess import masking

        if len(todo) < masking.POOL_MIN:
            masking.blind_texts(todo)
            masking.store().flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
