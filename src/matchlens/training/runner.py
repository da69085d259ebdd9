"""Training runs in background threads: start one, follow its logged steps, cancel it, read its result.

The Training page keeps one :class:`Jobs` per server (a run survives page changes and reruns) and only displays
what a :class:`Job` holds; a script or a notebook can use the same classes without Streamlit.
"""
from __future__ import annotations

import shutil
import threading
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from matchlens.training.config import TrainConfig


@dataclass
class Job:
    """One training run: its thread, the flag that cancels it, the rows it logged, and its result or error."""

    name: str
    thread: threading.Thread | None = None
    stop: threading.Event = field(default_factory=threading.Event)
    history: list = field(default_factory=list)
    result: object = None
    error: str = ""

    @property
    def running(self) -> bool:
        return self.thread is not None and self.thread.is_alive()

    def cancel(self) -> None:
        """Ask the run to stop at its next logged step (it then ends with the error "cancelled")."""
        self.stop.set()


class Jobs:
    """The runs started in this process, by id (thread-safe)."""

    def __init__(self):
        self._jobs: dict[str, Job] = {}
        self._lock = threading.Lock()

    def __getitem__(self, job_id: str) -> Job:
        return self._jobs[job_id]

    def get(self, job_id: str | None) -> Job | None:
        return self._jobs.get(job_id or "")

    def start(self, cfg: TrainConfig, remove_after: Path | None = None, train: Callable | None = None) -> str:
        """Start training ``cfg`` in a daemon thread; its id. ``remove_after``: a folder deleted when the run ends
        (an uploaded CSV lives only as long as its run). ``train``: the training function (default
        :func:`matchlens.training.train`)."""
        if train is None:
            from matchlens.training.run import train
        job = Job(cfg.name)

        def run() -> None:
            try:
                job.result = train(cfg, job.history.append, job.stop)
            except InterruptedError:
                job.error = "cancelled"
            except Exception as exc:  # noqa: BLE001 - reported on the page; the app keeps running
                job.error = f"{type(exc).__name__}: {exc}"
            finally:
                if remove_after is not None:
                    shutil.rmtree(remove_after, ignore_errors=True)

        job.thread = threading.Thread(target=run, name=f"train-{cfg.name}", daemon=True)
        job_id = uuid.uuid4().hex[:8]
        with self._lock:
            self._jobs[job_id] = job
        job.thread.start()
        return job_id
