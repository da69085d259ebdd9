"""Worker processes started without re-running the parent's ``__main__`` (layer 0: any layer may start one).

A spawned child imports the parent's main module first; Streamlit installs each page script as
``sys.modules["__main__"]`` while it runs, so the child would run app.py (and fail starting its own worker: "start a
new process before the current process has finished its bootstrapping phase"); a script read from stdin has no
main file at all. Our workers only run module-level functions of matchlens, which they import by name.
"""
from __future__ import annotations

import os
import threading
from contextlib import contextmanager
from typing import Callable, Sequence

from matchlens.errors import MatchlensError

_NO_MAIN = threading.local()


@contextmanager
def without_main():
    """Start processes in this thread without re-running ``__main__`` in them."""
    from multiprocessing import spawn

    if not getattr(spawn.get_preparation_data, "_matchlens", False):
        original = spawn.get_preparation_data

        def preparation(name):
            data = original(name)
            if getattr(_NO_MAIN, "on", False):
                data.pop("init_main_from_path", None)
                data.pop("init_main_from_name", None)
            return data

        preparation._matchlens = True
        spawn.get_preparation_data = preparation
    _NO_MAIN.on = True
    try:
        yield
    finally:
        _NO_MAIN.on = False


def warm_context(preload: Sequence[str]):
    """A multiprocessing context whose processes start warm: forked from one server process that imported the
    modules ``preload`` once (Python's fork server; itself started fresh, not forked, so forking from it is safe
    while this process runs threads, unlike a plain fork), or spawn where the platform has no fork server.

    There is one fork server per process: the first start (:func:`start_ahead` or a first pool) fixes its modules.
    Its workers see its environment as it was then, not this process's later changes: for work that reads no
    settings. It exits when this process does (its end of a pipe closes); a dead one is started again by the next
    pool."""
    import multiprocessing

    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(list(preload))
    return ctx


def start_ahead(preload: Sequence[str]) -> bool:
    """Start :func:`warm_context`'s fork server now: it imports ``preload`` while this process goes on, so the first
    pool's workers are forked warm instead of each importing them. False where there is no fork server."""
    ctx = warm_context(preload)
    if ctx.get_start_method() != "forkserver":
        return False
    from multiprocessing import forkserver

    forkserver.ensure_running()
    return True


class WorkerLost(MatchlensError, RuntimeError):
    """The worker process died during a call (killed, out of memory, crashed in C code)."""


class Worker:
    """One spawned process that runs module-level functions sent to it, one call at a time. A call that outlives its
    timeout kills the process (TimeoutError): a C-level step that never checks the time (a regex, a parser) cannot
    be interrupted any other way, and while it runs this process only waits on a pipe, without holding the GIL.

    ``warm`` runs in the child before it answers (imports: they are not counted in any call's timeout); ``nice``
    lowers the child's CPU priority so the server's own process answers first; ``memory_mb`` caps the child's address
    space above what it uses once warm (a call past it gets a MemoryError there, not the machine's memory). If this
    process dies, the child reads end-of-file on its pipe and exits: no worker is left behind."""

    def __init__(self, warm: Callable[[], object] | None = None, *, nice: int = 0, memory_mb: int | None = None,
                 start_timeout: float = 120.0):
        import multiprocessing

        ctx = multiprocessing.get_context("spawn")  # never fork a server with threads
        self._conn, child = ctx.Pipe()
        self.process = ctx.Process(target=_serve, args=(child, warm, nice, memory_mb), name="matchlens-worker",
                                   daemon=True)
        with without_main():
            self.process.start()
        child.close()
        if not self._conn.poll(start_timeout):
            self.close()
            raise WorkerLost(f"the worker process did not start within {start_timeout:g} s")
        try:
            self._conn.recv()  # "ready"
        except (EOFError, OSError):
            self.close()
            raise WorkerLost("the worker process stopped while starting") from None

    @property
    def alive(self) -> bool:
        return self.process.is_alive() and not self._conn.closed

    def call(self, fn: Callable, *args, timeout: float, **kwargs):
        """``fn(*args, **kwargs)`` in the worker: its result, or its exception raised here; TimeoutError (the worker
        killed) after ``timeout`` s; WorkerLost if it died."""
        try:
            self._conn.send((fn, args, kwargs))
        except (OSError, ValueError):
            self.close()
            raise WorkerLost("the worker process is gone") from None
        if not self._conn.poll(timeout):
            self.close()
            raise TimeoutError(f"stopped after {timeout:g} s")
        try:
            ok, value = self._conn.recv()
        except (EOFError, OSError):
            self.close()
            raise WorkerLost("the worker process stopped during the call (out of memory, or a crash)") from None
        if not ok:
            raise value
        return value

    def close(self) -> None:
        """Stop the process now (kill: it may be inside a C call that ignores signals it could catch)."""
        if self.process.is_alive():
            self.process.kill()
        self.process.join(5)
        self._conn.close()


def _serve(conn, warm, nice: int, memory_mb: int | None) -> None:
    """The worker's loop: warm up, say ready, then answer calls until the pipe closes."""
    if nice:
        try:
            os.nice(nice)
        except OSError:
            pass
    if warm is not None:
        warm()
    if memory_mb:
        _cap_memory(memory_mb)
    conn.send("ready")
    while True:
        try:
            fn, args, kwargs = conn.recv()
        except (EOFError, OSError, KeyboardInterrupt):
            return  # the parent went away
        try:
            answer = (True, fn(*args, **kwargs))
        except BaseException as exc:  # noqa: BLE001 - sent back to be raised in the caller
            answer = (False, exc)
        try:
            conn.send(answer)
        except Exception as exc:  # noqa: BLE001 - an answer that does not pickle
            conn.send((False, RuntimeError(f"{type(exc).__name__}: {exc}")))


def _cap_memory(extra_mb: int) -> None:
    """Limit the address space to what the process maps now plus ``extra_mb`` (Linux; nothing elsewhere)."""
    try:
        import resource

        with open("/proc/self/statm") as f:
            mapped = int(f.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
        limit = mapped + extra_mb * 2**20
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    except (ImportError, OSError, ValueError):
        pass
