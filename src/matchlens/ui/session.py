"""Every key this app keeps in Streamlit's session state, named once with why; the one module that touches it.

The user's work lives in the workspace on disk (``ui/state``); a session keeps only what may be lost: which
workspace a tab shows, caches of what was read or computed, what a page is in the middle of. A key not listed in
:data:`KEYS` is refused (a typo would otherwise start a second, silent piece of state), and
``tests/test_architecture_ui.py`` checks that no other module reads ``st.session_state``.
"""
from __future__ import annotations

from collections.abc import Iterator, MutableMapping

import streamlit as st

from matchlens.errors import MatchlensError

KEYS: dict[str, str] = {
    # the workspace (ui/state)
    "ws": "the workspace this tab works in, when the URL lost its ?ws= (a click on a link without it)",
    "ws-snap": "(name, revision, State): the workspace as last read, re-read only when its files change",
    "ws-error": "why the workspace could not be opened or written; shown on every page until it can",
    "ws-view-issues": "hand-edited view settings already named, so each is toasted once per session",
    "flash": "messages a change queued for the next run (after st.rerun the page shows what was applied)",
    "inspect": "(resume id, gig id): the pair the Inspector shows, set by a click on any page",
    # scoring (ui/state)
    "scoring": "(job key, ScoringJob): the background job this session holds; released when the key changes",
    "session-id": "this session's id in the shared scoring jobs' holders (a job nobody holds is cancelled)",
    "comparison": "(key, Comparison): the scores this session last showed, as AppTests read them",
    # the run itself (ui/router, ui/rerun)
    "_matchlens_routed": "this session ran through the router once (a deep link's first run reruns through it)",
    "_follow": "(ready, render) pairs of background work this run's page waits for (ui/rerun)",
    # results of a button, kept while the user reads them (lost on reload: one click makes them again)
    "report-html": "the Scorecard's stakeholder report, built on a click, offered for download",
    "hybrid-choice": "Evaluation: the last hybrid weights chosen on the labels (a HybridChoice)",
    "pairs-table": "Evaluation: the pairs file's metrics at full precision (the page shows them rounded)",
    "options-choice": "Evaluation: the last options searched for a model (an OptionsChoice)",
    "train-job": "Training: the id of the job this session started, among the server's (training.runner.Jobs)",
    # the label queue (ui/queue_widgets)
    "q-keys": "the key pad component's value: every key press the browser has sent (widget key)",
    "queue-applied": "ids of the key presses already applied, so a press sent again is not applied twice",
    "queue-skipped": "(resume id, gig id) pairs skipped this session: the queue does not offer them again",
    "queue-done": "how many pairs were labelled from the queue this session (its caption)",
    "queue-said": "sentences saying what the last presses did, toasted once on the next run",
}


class UndeclaredKey(MatchlensError, LookupError):
    """A session key not in KEYS (never a KeyError: Mapping.get would take it for a missing value and hide it)."""


def _known(key: str) -> str:
    if key not in KEYS:
        raise UndeclaredKey(f"session key {key!r} is not declared in matchlens.ui.session.KEYS: add it there with why "
                       "it is kept")
    return key


def get(key: str, default=None):
    """The session's value for a declared key, or ``default``."""
    return st.session_state.get(_known(key), default)


def put(key: str, value) -> None:
    """Keep ``value`` under a declared key for the rest of this session."""
    st.session_state[_known(key)] = value


def pop(key: str, default=None):
    """Forget a declared key; its value (or ``default``)."""
    return st.session_state.pop(_known(key), default)


def setdefault(key: str, default):
    """The value under a declared key, set to ``default`` first when there is none."""
    return st.session_state.setdefault(_known(key), default)


class Declared(MutableMapping):
    """The session as a mapping of its declared keys only (for logic that takes a mapping, testable on a dict)."""

    def __getitem__(self, key: str):
        return st.session_state[_known(key)]

    def __setitem__(self, key: str, value) -> None:
        put(key, value)

    def __delitem__(self, key: str) -> None:
        del st.session_state[_known(key)]

    def __iter__(self) -> Iterator[str]:
        return (k for k in KEYS if k in st.session_state)

    def __len__(self) -> int:
        return sum(1 for _ in self)


def mapping() -> MutableMapping:
    """This session's declared keys as a mutable mapping."""
    return Declared()
