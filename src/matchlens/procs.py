"""Worker processes started without re-running the parent's ``__main__`` (layer 0: any layer may start one).

A spawned child imports the parent's main module first; Streamlit installs each page script as
``sys.modules["__main__"]`` while it runs, so the child would run app.py (and fail starting its own worker: "start a
new process before the current process has finished its bootstrapping phase"); a script read from stdin has no
main file at all. Our workers only run module-level functions of matchlens, which they import by name.
"""
from __future__ import annotations

import threading
from contextlib import contextmanager

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
