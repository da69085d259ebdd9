"""The base class of every error matchlens raises itself, so a front end can catch matchlens's own errors in one place
(and tell them from a bug in a library it calls)."""
from __future__ import annotations


class MatchlensError(Exception):
    """An error matchlens raises on purpose, with a message in words for the user."""
