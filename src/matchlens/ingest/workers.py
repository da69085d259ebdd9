"""The reading workers' pool: spawned processes that read files with a hard time limit (ingest.isolated for
documents, ingest.labels for label, pair and ranking tables), kept idle between calls, one per core."""
from __future__ import annotations

import importlib
import threading

from matchlens.procs import Worker

SMALL_TEXT = 64 * 1024  # plain text up to this size is read in the calling process (linear: a few ms)
MAX_IDLE = 2            # workers kept between uploads (one per core)
MEMORY_MB = 3072        # what one worker may map beyond its warm size (a file past it: "too large to read")
_IDLE: list = []
_LOCK = threading.Lock()


def warm() -> None:
    """Imports every reader needs (run once in a new worker, not counted in any file's time)."""
    import docx  # noqa: F401
    import lxml.html  # noqa: F401
    import openpyxl  # noqa: F401
    import pandas  # noqa: F401
    import pypdf  # noqa: F401

    import matchlens.ingest.table  # noqa: F401
    from matchlens.ingest.formats import reader_modules

    for module in reader_modules():
        importlib.import_module(module)


def run_in_worker(fn, *args, timeout: float, **kwargs):
    """``fn(*args, **kwargs)`` in an idle worker (started if none is): TimeoutError after ``timeout`` s (that worker
    is killed, the next call gets a new one), procs.WorkerLost if it died."""
    worker = take()
    try:
        return worker.call(fn, *args, timeout=timeout, **kwargs)
    finally:
        give_back(worker)


def take() -> Worker:
    """An idle worker, or a new one (warmed, niced, memory-capped)."""
    from matchlens.settings import BACKGROUND_NICE

    with _LOCK:
        while _IDLE:
            worker = _IDLE.pop()
            if worker.alive:
                return worker
    return Worker(warm, nice=BACKGROUND_NICE // 2, memory_mb=MEMORY_MB)


def give_back(worker: Worker) -> None:
    """A worker back to the pool (closed when the pool is full or it died)."""
    with _LOCK:
        if worker.alive and len(_IDLE) < MAX_IDLE:
            _IDLE.append(worker)
            return
    if worker.alive:
        worker.close()


def shutdown() -> None:
    """Stop the idle workers (tests; the server's exit stops them anyway)."""
    with _LOCK:
        workers, _IDLE[:] = list(_IDLE), []
    for worker in workers:
        worker.close()
