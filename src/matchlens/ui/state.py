"""Session state over the workspace: the user's work lives on disk, the session only remembers which.

The app always works in a named workspace (``?ws=<name>`` in the URL; ``default`` on first start). Every
change (uploads, labels, notes, models, settings, view choices, the last fairness audit) is written to it when it
happens, and every run re-reads it when its files changed, so a reload, a second tab or a server restart shows the
same state.
Only what may be lost (the comparison cache, the pair being inspected, messages) stays in the session
(``ui/session``, where every key is declared with why).
"""
from __future__ import annotations

import os
import threading

import streamlit as st

from matchlens import settings
from matchlens.documents import Corpus
from matchlens.options import Options
from matchlens.scoring.results import Comparison
from matchlens.workspace import DEFAULT, LOCAL, PrivateWorkspace, State, Viewer, Workspace, WorkspaceError, safe_name
from matchlens.wsschema import in_words, view_value
from matchlens.ui import guard, premask, resources, session

SAMPLE = premask.SAMPLE


def default_models() -> list[str]:
    from matchlens.encoders import default_names

    env = list(settings.current().models)
    return env or default_names()


def workspace() -> Workspace:
    """The workspace of this session, named in the URL; created (with the sample on first start) if new."""
    name = safe_name(st.query_params.get("ws") or session.get("ws") or DEFAULT)
    session.put("ws", name)
    if st.query_params.get("ws") != name:
        st.query_params["ws"] = name
    viewer = guard.viewer()  # shared on a network: another browser's private workspace is never opened
    try:
        return open_workspace(name, viewer)
    except PrivateWorkspace as exc:
        flash(f"Not opened: {exc}. This tab works in {DEFAULT}.", "error")
        switch(DEFAULT)
        return open_workspace(DEFAULT, viewer)
    except WorkspaceError as exc:
        session.put("ws-error", str(exc))
        return Workspace.named(name, viewer)


_CREATING = threading.Lock()  # a session and the server's start-up scoring may both create the default workspace


def open_workspace(name: str, viewer: Viewer = LOCAL) -> Workspace:
    """The named workspace, created if new (with the sample data when it is the default one and the app was started
    with MATCHLENS_AUTOLOAD_SAMPLE=1); PrivateWorkspace when ``viewer`` may not see it. Needs no session: the
    server's start-up scoring uses it too."""
    ws = Workspace.named(name, viewer)
    with _CREATING:  # nobody sees a created but not yet filled default workspace
        if not ws.exists():
            ws.create(models=default_models())
            if settings.current().autoload_sample and name == DEFAULT:
                _save_sample(ws)
    ws.check_visible()
    return ws


def switch(name: str) -> None:
    """Open another workspace (created empty if it does not exist) in this tab."""
    session.put("ws", safe_name(name))
    st.query_params["ws"] = safe_name(name)
    session.pop("ws-snap", None)
    session.pop("ws-view-issues", None)  # view settings named in the workspace left behind
    session.pop("comparison", None)


def snapshot() -> State:
    """The workspace as last written by anyone (re-read only when its files changed)."""
    ws = workspace()
    rev = ws.revision()
    snap = session.get("ws-snap")
    if snap and snap[0] == ws.name and snap[1] == rev:
        return snap[2]
    try:
        state = ws.load()
        session.pop("ws-error", None)
    except WorkspaceError as exc:
        session.put("ws-error", str(exc))
        state = State(models=default_models())
    except Exception as exc:  # noqa: BLE001 - whatever a hand-edited file does, a page names it, never a traceback
        session.put("ws-error", f"{ws.name} could not be read: {in_words(exc)}")
        state = State(models=default_models())
    session.put("ws-snap", (ws.name, rev, state))
    return state


def error() -> str | None:
    """Why the workspace could not be opened or written (shown on every page), if it could not."""
    return session.get("ws-error")


def issues() -> list[str]:
    """What was wrong in the workspace's files (a field of the wrong type, a line that is not a document...), each
    named with its file and field and what was done with it; the rest of the workspace is open."""
    return snapshot().issues + sorted(session.get("ws-view-issues", set()))


_FAILED = object()
REPLACING = ("save", "replace_content")  # changes that rewrite every file, allowed on a workspace that cannot be read


def _change(method: str, *args, **kwargs):
    """Apply one change to the workspace on disk; the next read sees it. Errors are named, never fatal: the
    result is ``_FAILED`` then (and error() says why)."""
    if error() and method not in REPLACING:
        return _FAILED  # a workspace that cannot be read is never overwritten by a partial change
    try:
        return getattr(workspace(), method)(*args, **kwargs)
    except WorkspaceError as exc:
        session.put("ws-error", str(exc))
        return _FAILED


def corpus() -> Corpus:
    return snapshot().corpus


def problems() -> list:
    return snapshot().problems


def notes() -> dict:
    return snapshot().notes


def models() -> list[str]:
    return snapshot().models


def options() -> Options:
    return snapshot().options


def view(key: str, default=None):
    """A view setting (heatmap colour scale, order...), kept in the workspace across pages and reloads. A value of
    another kind than the default (hand-edited) gives the default, and is named among the issues."""
    value, why = view_value(key, snapshot().view.get(key), default)
    seen = session.setdefault("ws-view-issues", set())
    if why and why not in seen:
        seen.add(why)
        st.toast(why[:300], icon="⚠️")  # now; the page's workspace messages list it from the next run on
    return value


def set_view(key: str, value) -> None:
    if view(key) != value:
        _change("set_view", key, value)


def set_models(names: list[str]) -> None:
    _change("set_models", list(dict.fromkeys(names)))


def set_options(opts: Options) -> None:
    _change("set_options", opts)


def set_label(resume_id: str, gig_id: str, label: str | None, note: str | None = None) -> bool:
    """Label one pair on disk; False when it could not be written (error() says why)."""
    return _change("set_label", resume_id, gig_id, label, note) is not _FAILED


def set_labels(labels: dict) -> None:
    _change("set_labels", dict(labels))


def set_requirements(gig_id: str, rows: list[dict] | None) -> bool:
    """A gig's edited requirements on disk (None: back to matchlens' own split); False when not written."""
    return _change("set_requirements", gig_id, rows) is not _FAILED


def set_ranking_file(part: str, content: bytes | None) -> None:
    _change("set_ranking_file", part, content)


def audit() -> dict | None:
    """The last fairness audit kept in the workspace (a record: tables and what it was computed for)."""
    return snapshot().audit


def set_audit(record: dict | None) -> None:
    _change("set_audit", record)


def add_documents(docs, probs) -> int:
    added = _change("add_documents", docs, probs)
    if added is not _FAILED and added:
        from matchlens.scoring.background import premask as mask_later

        mask_later(added, options())  # masked while the user reads the Data page, not before the first heatmap
    return 0 if added is _FAILED else len(added or [])


def remove_documents(ids) -> None:
    _change("remove_documents", ids)


def relabel_documents(ids, kind: str) -> None:
    _change("relabel", ids, kind)


def clear() -> None:
    """Empty this workspace (documents, labels, notes, problems); models, settings and views stay."""
    _change("replace_content", Corpus())  # models, settings and views are not rewritten: other tabs keep theirs
    session.pop("comparison", None)


def load_sample() -> None:
    """Replace the workspace's documents and labels with the bundled sample data."""
    try:
        _save_sample(workspace())
    except WorkspaceError as exc:
        session.put("ws-error", str(exc))
    session.pop("comparison", None)


def _save_sample(ws: Workspace) -> None:
    from matchlens.ingest.corpus import load_corpus_with_problems

    c, probs = load_corpus_with_problems(SAMPLE / "resumes", SAMPLE / "gigs", labels=SAMPLE / "labels.csv")
    if not ws.exists():
        ws.create(models=default_models())
    ws.replace_content(c, {}, probs)


def flash(message: str, kind: str = "success") -> None:
    """A message shown once on the next run (after st.rerun, so what the page shows is what was applied)."""
    session.setdefault("flash", []).append((kind, message))


def pop_flashes() -> list[tuple[str, str]]:
    return session.pop("flash", [])


def _key() -> tuple:
    c = corpus()
    return (c.fingerprint(), tuple(models()), options())


def _shared(key: tuple) -> tuple:
    """The key of a scoring job shared by sessions (Options is a plain, unhashable dataclass; its repr is exact)."""
    return (key[0], key[1], repr(key[2]))


def comparison(compute: bool = True) -> Comparison | None:
    """The models scored so far for the current corpus, models and settings. Scoring runs in the background,
    cheapest model first; this waits (with progress) only until the first model is there, and pages show the
    others as they come (components.scoring_progress). ``compute=False``: only what already exists."""
    key = _key()
    job = scoring(start=compute, key=key)
    if job is None:
        return None
    wait_all = waits_for_all()
    if compute and not job.done and (wait_all or not job.snapshot().results):
        _wait(job, wait_all)
    comp = job.snapshot()
    session.put("comparison", (key, comp))
    return comp


def waits_for_all() -> bool:
    """MATCHLENS_SCORING_WAIT=all: pages wait for every model (and a UMAP) before drawing (scripts, tests)."""
    return settings.current().scoring_wait_all


def scoring(start: bool = True, key: tuple | None = None):
    """The background scoring job behind this session's comparison (started here if it does not exist)."""
    key = key or _key()
    shared_key = _shared(key)
    jobs = resources.comparisons()
    held = session.get("scoring")
    if held is not None and held[0] == shared_key:
        return held[1]
    c = corpus()
    if start and c.resumes and c.gigs and models():
        job = jobs.get_or_start(shared_key, lambda: _start(c, models(), options()))
    else:
        job = jobs.get(shared_key)
        if job is None:
            return None
    me = session.setdefault("session-id", os.urandom(8).hex())
    jobs.hold(shared_key, me)
    if held is not None:
        jobs.release(held[0], me)
    session.put("scoring", (shared_key, job))
    return job


def _start(c: Corpus, names: list[str], opts: Options):
    """Score in a background thread; encoders are created there too (one per server, see resources.encoder)."""
    from matchlens.scoring.background import ScoringJob

    return ScoringJob(c, names, opts, resources.embedding_cache(), factory=resources.encoder).start()


def prestart(name: str = DEFAULT, masker=None):
    """At server start, before any browser connects: start scoring the named workspace in the background, so the
    first page finds its scores there (or on their way). The job is the one a session's ``scoring()`` looks up; the
    masking workers' fork server is started too when the workspace has enough resumes to mask in workers; a small
    one is masked by ``masker`` (ui.premask's process, started with the server), waited for a few seconds at most.
    Returns the job, or None when the workspace has nothing to score or cannot be read (the page will say why)."""
    from matchlens.preprocess import masking

    try:
        s = open_workspace(name).load()
    except WorkspaceError:
        return None
    c = s.corpus
    if not c.resumes or not c.gigs or not s.models:
        return None
    premask.wait(masker)
    if s.options.blind and len(c.resumes) >= masking.POOL_MIN:
        masking.start_workers()  # its fork server warms the masker while the rest starts (~1 s per worker saved)
    key = _shared((c.fingerprint(), tuple(s.models), s.options))
    return resources.comparisons().get_or_start(key, lambda: _start(c, list(s.models), s.options))


# After the first model, how long the first draw waits for the others: with their embeddings cached they all arrive
# within about a second, and one draw with every model beat a draw per model (each redraw re-sends every heatmap
# while the browser is still loading plotly: a warm first heatmap took 6.5-8.3 s that way, measured).
FIRST_DRAW_GRACE = 1.2


def _wait(job, until_done: bool) -> None:
    """Wait in this run for the first model (or all of them), showing each model's progress; the bars go away
    once the page can draw (the page then shows the models still pending: components.scoring_progress)."""
    from matchlens.ui import progress

    slot = st.empty()
    while not job.done and (until_done or not job.snapshot().results):
        with slot.container():
            progress.model_bars(job, progress.scoring_header(job))
        if until_done:
            job.wait(0.25)
        else:
            job.wait_for_any(0.25)  # wakes as soon as a model is there
    job.settle(FIRST_DRAW_GRACE)
    slot.empty()


def inspect(resume_id: str, gig_id: str) -> None:
    session.put("inspect", (resume_id, gig_id))


def inspected() -> tuple[str, str] | None:
    return session.get("inspect")


# --- which workspaces this browser may see (issue #29: private workspaces when shared; ui.guard.viewer) ---
def workspace_names() -> list[str]:
    """The workspaces this session may open: all of them, but for other browsers' private ones when shared."""
    from matchlens.workspace import list_workspaces

    return [p.name for p in list_workspaces(guard.viewer())]


def sharing():
    """(who made this tab's workspace and whether it is private: a workspace.Sharing, this session's Viewer)."""
    return workspace().sharing(), guard.viewer()


def set_private(private: bool) -> bool:
    """Make this tab's workspace private to this browser, or shared again; False (a message says why) if refused."""
    try:
        workspace().set_private(private)
    except WorkspaceError as exc:
        flash(f"Not changed: {exc}.", "error")
        return False
    return True


def delete_workspace() -> bool:
    """Delete this tab's workspace (never another browser's private one) and go back to the default one."""
    ws = workspace()
    try:
        ws.delete()
    except WorkspaceError as exc:
        flash(f"Not deleted: {exc}.", "error")
        return False
    switch(DEFAULT)
    return True
