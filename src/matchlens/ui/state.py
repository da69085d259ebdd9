"""Session state over the workspace: the user's work lives on disk, the session only remembers which.

The app always works in a named workspace (``?ws=<name>`` in the URL; ``default`` on first start). Every
change (uploads, labels, notes, models, settings, view choices) is written to it when it happens, and every
run re-reads it when its files changed, so a reload, a second tab or a server restart shows the same state.
Only what may be lost (the comparison cache, the pair being inspected, messages) stays in the session.
"""
from __future__ import annotations

import os
from pathlib import Path

import streamlit as st

from matchlens.documents import Corpus
from matchlens.scoring.matching import COMPOSITE, Comparison, Options
from matchlens.workspace import DEFAULT, State, Workspace, WorkspaceError, safe_name
from matchlens.ui import resources

SAMPLE = Path(__file__).resolve().parents[3] / "sample_data"


def default_models() -> list[str]:
    from matchlens.encoders import default_names

    env = [m.strip() for m in os.environ.get("MATCHLENS_MODELS", "").split(",") if m.strip()]
    return env or default_names()


def workspace() -> Workspace:
    """The workspace of this session, named in the URL; created (with the sample on first start) if new."""
    name = safe_name(st.query_params.get("ws") or st.session_state.get("ws") or DEFAULT)
    st.session_state["ws"] = name
    if st.query_params.get("ws") != name:
        st.query_params["ws"] = name
    ws = Workspace.named(name)
    if not ws.exists():
        try:
            ws.create(models=default_models())
            if os.environ.get("MATCHLENS_AUTOLOAD_SAMPLE") == "1" and name == DEFAULT:
                _save_sample(ws)
        except WorkspaceError as exc:
            st.session_state["ws-error"] = str(exc)
    return ws


def switch(name: str) -> None:
    """Open another workspace (created empty if it does not exist) in this tab."""
    st.session_state["ws"] = safe_name(name)
    st.query_params["ws"] = safe_name(name)
    st.session_state.pop("ws-snap", None)
    st.session_state.pop("comparison", None)


def snapshot() -> State:
    """The workspace as last written by anyone (re-read only when its files changed)."""
    ws = workspace()
    rev = ws.revision()
    snap = st.session_state.get("ws-snap")
    if snap and snap[0] == ws.name and snap[1] == rev:
        return snap[2]
    try:
        state = ws.load()
        st.session_state.pop("ws-error", None)
    except WorkspaceError as exc:
        st.session_state["ws-error"] = str(exc)
        state = State(models=default_models())
    st.session_state["ws-snap"] = (ws.name, rev, state)
    return state


def error() -> str | None:
    """Why the workspace could not be opened or written (shown on every page), if it could not."""
    return st.session_state.get("ws-error")


def _change(method: str, *args, **kwargs):
    """Apply one change to the workspace on disk; the next read sees it. Errors are named, never fatal."""
    if error() and method != "save":
        return None  # a workspace that cannot be read is never overwritten by a partial change
    try:
        return getattr(workspace(), method)(*args, **kwargs)
    except WorkspaceError as exc:
        st.session_state["ws-error"] = str(exc)
        return None


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
    """A view setting (heatmap colour scale, order...), kept in the workspace across pages and reloads."""
    return snapshot().view.get(key, default)


def set_view(key: str, value) -> None:
    if view(key) != value:
        _change("set_view", key, value)


def set_models(names: list[str]) -> None:
    _change("set_models", list(dict.fromkeys(names)))


def set_options(opts: Options) -> None:
    _change("set_options", opts)


def set_label(resume_id: str, gig_id: str, label: str | None, note: str | None = None) -> None:
    _change("set_label", resume_id, gig_id, label, note)


def set_labels(labels: dict) -> None:
    _change("set_labels", dict(labels))


def add_documents(docs, probs) -> int:
    added = _change("add_documents", docs, probs)
    return len(added or [])


def remove_documents(ids) -> None:
    _change("remove_documents", ids)


def relabel_documents(ids, kind: str) -> None:
    _change("relabel", ids, kind)


def clear() -> None:
    """Empty this workspace (documents, labels, notes, problems); models, settings and views stay."""
    s = snapshot()
    _change("save", State(models=s.models, options=s.options, view=s.view))
    st.session_state.pop("comparison", None)


def load_sample() -> None:
    """Replace the workspace's documents and labels with the bundled sample data."""
    _save_sample(workspace())
    st.session_state.pop("comparison", None)


def _save_sample(ws: Workspace) -> None:
    from matchlens.ingest.corpus import load_corpus_with_problems

    c, probs = load_corpus_with_problems(SAMPLE / "resumes", SAMPLE / "gigs", labels=SAMPLE / "labels.csv")
    try:
        old = ws.load() if ws.exists() else State(models=default_models())
        ws.save(State(c, old.models, old.options, {}, probs, old.view))
    except WorkspaceError as exc:
        st.session_state["ws-error"] = str(exc)


def flash(message: str, kind: str = "success") -> None:
    """A message shown once on the next run (after st.rerun, so what the page shows is what was applied)."""
    st.session_state.setdefault("flash", []).append((kind, message))


def pop_flashes() -> list[tuple[str, str]]:
    return st.session_state.pop("flash", [])


def _key() -> tuple:
    c = corpus()
    return (c.fingerprint(), tuple(models()), options())


def comparison(compute: bool = True) -> Comparison | None:
    """The current comparison; recomputed (with progress bars) only when corpus/models/settings change."""
    key = _key()
    cached = st.session_state.get("comparison")
    if cached is not None and cached[0] == key:
        return cached[1]
    shared_key = (key[0], key[1], repr(key[2]))  # Options is a plain (unhashable) dataclass; its repr is exact
    shared = resources.comparisons().get(shared_key)
    if shared is not None:
        st.session_state["comparison"] = (key, shared)
        return shared
    c = corpus()
    if not compute or not c.resumes or not c.gigs or not models():
        return None
    result = _compute(c)
    if not result.errors:  # a failed model is retried on the next visit, not frozen for every session
        resources.comparisons().put(shared_key, result)
    st.session_state["comparison"] = (key, result)
    return result


def _compute(c: Corpus) -> Comparison:
    from matchlens.encoders import ModelUnavailable
    from matchlens.scoring.matching import compare

    names = models()
    _prepare_bundled(names)
    encoders, errors = {}, {}
    for name in names:
        if name.startswith(COMPOSITE):
            continue  # fused from its components inside compare()
        try:
            encoders[name] = resources.encoder(name)
        except ModelUnavailable as exc:
            errors[name] = str(exc)
    with st.status(f"Scoring {len(c.resumes)} resumes x {len(c.gigs)} gigs with {len(encoders)} models…",
                   expanded=True) as status:
        bars = {n: st.progress(0.0, text=f"{n}: waiting") for n in encoders}

        def report(model: str, stage: str, done: int, total: int) -> None:
            if model not in bars:
                bars[model] = st.progress(0.0, text=model)
            part = done / max(total, 1)
            frac = {"loading": 0.02, "resumes": 0.05 + 0.6 * part, "gigs": 0.65 + 0.2 * part,
                    "titles": 0.85 + 0.05 * part, "bodies": 0.9 + 0.08 * part, "pairs": part,
                    "done": 1.0}.get(stage, part)
            bars[model].progress(min(frac, 1.0), text=f"{model}: {stage} {done}/{total}" if stage != "done"
                                 else f"{model}: done")

        wanted = [n for n in names if n in encoders or n.startswith(COMPOSITE)]
        result = compare(c, wanted, options(), cache=resources.embedding_cache(), report=report, encoders=encoders)
        status.update(label="Scores ready", state="complete", expanded=False)
    result.errors.update(errors)
    ordered = {n: result.results[n] for n in names if n in result.results}
    result.results = ordered
    return result


def _prepare_bundled(names: list[str]) -> None:
    """Build the e5 (and adapted) folders once with a visible progress bar, instead of a silent pause."""
    from matchlens.encoders import bundled

    builds = {"e5-small-multilingual": (bundled.e5_ready, bundled.ensure_e5),
              bundled.JOBS_NAME: (bundled.jobs_ready, bundled.ensure_jobs)}
    for name, (ready, ensure) in builds.items():
        if name not in names or ready() or not bundled.e5_buildable():
            continue
        bar = st.progress(0.0, text=f"Preparing {name} (one time, ~20 s)…")
        try:
            ensure(lambda frac, msg, n=name: bar.progress(min(max(frac, 0.0), 1.0), text=f"{n}: {msg}"))
        except Exception:  # reported with the model's other errors when it is used
            pass
        bar.empty()


def inspect(resume_id: str, gig_id: str) -> None:
    st.session_state["inspect"] = (resume_id, gig_id)


def inspected() -> tuple[str, str] | None:
    return st.session_state.get("inspect")
