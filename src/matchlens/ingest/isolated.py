"""Files read in a worker process with a hard time limit, so that one hostile file never holds the server (uploads)
or stops a command (the CLI reads every file through ``load_paths`` / ``load_corpus_with_problems`` here).

Reading runs Python and C code (regex, XML and PDF parsers) that holds the interpreter's lock: while one upload
parsed in the server's process, another client's health request waited 24.9 s. Here each file is read by
:func:`matchlens.ingest.load_bytes` in a spawned worker (kept for the next uploads); this process only waits on a
pipe. A file still reading after ``limits.hard_seconds`` has its worker killed and is named as a problem; the other
files still load. Small plain-text files are read here: starting a worker costs far more than reading them.
"""
from __future__ import annotations

import logging
from pathlib import Path
from typing import Iterable

from matchlens.documents import Kind
from matchlens.ingest import TEXT_EXT, LoadResult, safe_name
from matchlens.ingest import load_bytes as load_here
from matchlens.ingest.errors import Problem
from matchlens.ingest.limits import DEFAULT_LIMITS, Limits
from matchlens.ingest.workers import MEMORY_MB, SMALL_TEXT, give_back, run_in_worker, shutdown, take  # noqa: F401
from matchlens.procs import WorkerLost

log = logging.getLogger(__name__)


def in_process(name: str, data: bytes) -> bool:
    """Whether a file is read in this process: plain text of at most SMALL_TEXT bytes."""
    return Path(name).suffix.lower() in TEXT_EXT and len(data) <= SMALL_TEXT


def load_bytes(name: str, data: bytes, kind: Kind, *, limits: Limits = DEFAULT_LIMITS,
               text_col: str | None = None, source: str | None = None, timeout: float | None = None) -> LoadResult:
    """:func:`matchlens.ingest.load_bytes`, in a worker process stopped after ``timeout`` s (default:
    ``limits.hard_seconds``); small plain text is read here. Never raises: a file that takes too long, or kills its
    worker, is a problem named in words."""
    if in_process(name, data):
        return load_here(name, data, kind, limits=limits, text_col=text_col, source=source)
    try:
        worker = take()
    except (WorkerLost, OSError) as exc:  # no worker can start here: read in this process rather than not at all
        log.warning("reading %s in the server's process: %s", name, exc)
        return load_here(name, data, kind, limits=limits, text_col=text_col, source=source)
    timeout = limits.hard_seconds if timeout is None else timeout
    try:
        return worker.call(load_here, name, data, kind, limits=limits, text_col=text_col, source=source,
                           timeout=timeout)
    except TimeoutError:
        reason = (f"took longer than {timeout:g} s to read; stopped so that matchlens keeps answering and the other "
                  f"files load (a damaged file, or one built to stall readers: save it again from its application, "
                  f"or as PDF)")
    except WorkerLost:
        reason = "its reader ran out of memory or crashed, and was stopped: too large or damaged to read"
    finally:
        give_back(worker)
    return LoadResult(problems=[Problem(safe_name(name), reason)])


def load_in_worker(files: Iterable[tuple[str, bytes]], kind: Kind, *, limits: Limits = DEFAULT_LIMITS,
                   text_col: str | None = None, source_prefix: str = "", progress=None,
                   timeout: float | None = None) -> LoadResult:
    """Documents and problems of several files (name, bytes), as :func:`matchlens.ingest.load_bytes` gives them,
    each read in a worker with a hard time limit; ``progress(done, total)`` is called after each file."""
    files = list(files)
    result = LoadResult()
    for n, (name, data) in enumerate(files):
        result.extend(load_bytes(name, data, kind, limits=limits, text_col=text_col,
                                 source=f"{source_prefix}{name}" if source_prefix else None, timeout=timeout))
        if progress is not None:
            progress(n + 1, len(files))
    return result


def load_paths(paths, kind: Kind, **kwargs) -> LoadResult:
    """:func:`matchlens.ingest.load_paths` with each file read in a worker (hard timeout, memory cap): a file built
    to stall or exhaust its reader is named with the reason and the others in its folder still load. The CLI reads
    every file this way."""
    from matchlens.ingest import load_paths as load_paths_here

    return load_paths_here(paths, kind, reader=load_bytes, **kwargs)


def load_corpus_with_problems(resumes, gigs, **kwargs):
    """:func:`matchlens.ingest.corpus.load_corpus_with_problems` with each file read in a worker (as load_paths)."""
    from matchlens.ingest.corpus import load_corpus_with_problems as load_here_corpus

    return load_here_corpus(resumes, gigs, reader=load_bytes, **kwargs)
