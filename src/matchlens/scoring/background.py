"""Scoring in the background: each model's scores are shown as soon as they exist, the cheapest model first.

A :class:`ScoringJob` runs :func:`matching.compare` in a worker thread. Whoever shows the scores asks for
``snapshot()`` whenever it likes: a :class:`Comparison` of the models finished so far (the same object until the
next model finishes, so tables and figures derived from it are computed once), plus ``progress()`` for the models
still embedding. Nothing here knows about Streamlit; the app polls, a script may simply ``wait()``.
"""
from __future__ import annotations

import logging
import os
import threading
import time
from contextlib import contextmanager
from concurrent.futures import Future
from dataclasses import dataclass
from typing import Callable, Sequence

from matchlens.documents import Corpus
from matchlens.encoders.registry import model_kind
from matchlens.options import Options
from matchlens.scoring.embedding import before_heavy_work
from matchlens.scoring.matching import compare
from matchlens.scoring.memo import later  # noqa: F401 (re-exported: the derived views' thread lives with the memo)
from matchlens.scoring.results import Comparison, ModelResult

log = logging.getLogger("matchlens")

# Expected cost per kind, cheapest first: a sparse model answers in about a second, a transformer in minutes at
# analyst scale, a cross-encoder scores every pair. Unknown kinds sit with the transformers.
_COST = {"tfidf": 0, "bm25": 0, "static": 1, "use": 2, "doc2vec": 3, "cross-encoder": 6, "remote-endpoint": 7}


class Cancelled(BaseException):
    """Raised in the worker when nobody wants the job any more (a BaseException, so the per-model guard in
    ``compare``, which keeps one failing model from stopping the others, lets it through)."""


@dataclass(frozen=True)
class Progress:
    stage: str      # waiting, loading, preparing, resumes, gigs, titles, bodies, pairs, done
    done: int
    total: int

    @property
    def fraction(self) -> float:
        """Overall share of this model's work (stages weighted by their usual cost)."""
        part = self.done / max(self.total, 1)
        start, width = {"waiting": (0, 0), "loading": (0.02, 0), "preparing": (0.02, 0.2),
                        "resumes": (0.05, 0.6), "gigs": (0.65, 0.2), "titles": (0.85, 0.05),
                        "bodies": (0.9, 0.08), "pairs": (0, 1), "done": (1, 0)}.get(self.stage, (0, 1))
        return min(start + width * part, 1.0)

    def text(self, model: str) -> str:
        if self.stage == "done":
            return f"{model}: done"
        if self.stage == "preparing":
            return f"{model}: preparing (one time, ~20 s) {self.done}%"
        return f"{model}: {self.stage} {self.done}/{self.total}" if self.total > 1 else f"{model}: {self.stage}"


def speed_order(names: Sequence[str], made: dict | None = None) -> list[str]:
    """The models in the order to compute them: cheapest kind first (stable), composites after their parts.
    ``made``: encoders already created (their kind is read from them; others from the registry)."""
    from matchlens.encoders.registry import expected_kind

    def cost(name: str) -> int:
        enc = (made or {}).get(name)
        return _COST.get(enc.info.kind if enc is not None else expected_kind(name), 4)

    base = sorted((n for n in names if model_kind(n) == "single"), key=cost)
    return base + [n for n in names if model_kind(n) != "single"]


class _Encoders:
    """Encoders by name, created on first use in the worker (creating one may load a library or probe the CPU:
    that must not hold up the page, nor the cheap models computed first)."""

    def __init__(self, made: dict, factory: Callable):
        self.made, self.factory = dict(made), factory

    def get(self, name: str, default=None):
        if name not in self.made:
            self.made[name] = self.factory(name)
        return self.made[name]


class ScoringJob:
    """Scores one corpus with several models in a daemon thread; read it from any thread at any time."""

    def __init__(self, corpus: Corpus, models: Sequence[str], options: Options, cache, encoders: dict | None = None,
                 errors: dict | None = None, factory: Callable | None = None):
        from matchlens.encoders import create

        self.corpus, self.models, self.options, self.cache = corpus, list(models), options, cache
        self.encoders = _Encoders(encoders or {}, factory or create)
        self._results: dict[str, ModelResult] = {}
        self._errors: dict[str, str] = dict(errors or {})
        self._progress = {n: Progress("waiting", 0, 1) for n in self.models if n not in self._errors}
        self._lock = threading.Lock()
        self._snap: Comparison | None = None
        self._told = threading.Event()  # set when the worker reports its first model (scored or failed)
        self._cancel = threading.Event()
        self._done = threading.Event()
        self._yielding = threading.Event()  # set while the worker waits for a page to be drawn (yield_to_pages)
        self.started = time.monotonic()
        self.finished_at: float | None = None
        self._thread: threading.Thread | None = None

    def start(self) -> "ScoringJob":
        self._thread = threading.Thread(target=self._run, name="matchlens-scoring", daemon=True)
        self._thread.start()
        return self

    def _run(self) -> None:
        todo = [n for n in speed_order(self.models, self.encoders.made) if n not in self._errors]
        try:
            compare(self.corpus, todo, self.options, self.cache, report=self._report, encoders=self.encoders,
                    on_result=self._collect)
        except Cancelled:
            pass
        except BaseException as exc:  # noqa: BLE001 - the reader must learn why, whatever it was
            log.warning("background scoring of %s stopped", ", ".join(todo), exc_info=True)
            with self._lock:
                for name in self.pending():
                    self._errors[name] = f"{name}: scoring stopped: {type(exc).__name__}: {str(exc)[:300]}"
                self._snap = None
        finally:
            self.finished_at = time.monotonic()
            self._done.set()

    def _report(self, model: str, stage: str, done: int, total: int) -> None:
        if self._cancel.is_set():
            raise Cancelled()
        with self._lock:
            self._progress[model] = Progress(stage, done, total)

    def _collect(self, name: str, result: ModelResult | None, error: str | None) -> None:
        from matchlens import settings

        # The first model runs at full priority: the page waits for it (at nice 10 on 2 cores shared with the
        # browser, TF-IDF took 1.6-3.3 s to arrive). The others run at low priority, so the page and the browser
        # come first (threads started later, e.g. torch's, inherit it).
        settings.lower_thread_priority()
        if result is not None and not settings.current().scoring_wait_all:
            before_heavy_work(self._let_pages_draw)  # a page can draw now: later models let it
        with self._lock:
            if result is not None:
                self._results[name] = result
            elif error is not None:
                self._errors[name] = error
            self._progress[name] = Progress("done", 1, 1)
            self._snap = None
        self._told.set()

    def snapshot(self) -> Comparison:
        """The models finished so far, in the order they were asked for (a new object only when one finishes)."""
        with self._lock:
            if self._snap is None:
                results = {n: self._results[n] for n in self.models if n in self._results}
                warning = getattr(self.cache, "warning", None)
                self._snap = Comparison(self.corpus.resumes, self.corpus.gigs, results, dict(self._errors),
                                        self.options, [warning] if warning else [])
            return self._snap

    def pending(self) -> list[str]:
        """Models neither scored nor failed yet (in the order they will be computed)."""
        return [n for n in speed_order(self.models, self.encoders.made)
                if n not in self._results and n not in self._errors]

    def progress(self) -> dict[str, Progress]:
        """Where each pending model is."""
        with self._lock:
            return {n: self._progress.get(n, Progress("waiting", 0, 1)) for n in self.pending()}

    @property
    def done(self) -> bool:
        return self._done.is_set()

    @property
    def failed(self) -> bool:
        """Finished with at least one model reported as failed (worth retrying on another visit)."""
        return self.done and bool(self._errors)

    def wait(self, timeout: float | None = None) -> bool:
        """Block until every model is scored (True) or the timeout passes (False)."""
        return self._done.wait(timeout)

    def _let_pages_draw(self) -> None:
        """Before heavy work once a model is delivered (the next model's loading, its encoding): let the page being
        drawn finish first. Loading a model holds Python's GIL for seconds (model2vec's tokenizer: the first
        heatmap's draw at 2,000 x 300 stalled ~3 s behind it, measured), and the page draws the models delivered so
        far. Never for the first model (the page waits for it), nor with MATCHLENS_SCORING_WAIT=all (pages wait for
        every model); in the CLI and scripts no page is drawn, so it returns at once."""
        self._yielding.set()  # the page waiting for more models (settle) draws now
        try:
            pause_for_pages(LOAD_PAUSE, settle=0.0)
        finally:
            self._yielding.clear()

    def settle(self, timeout: float) -> bool:
        """Block until every model is scored (True), or the next one waits for the page to be drawn (it has a model
        to load: waiting longer would gain nothing), or the timeout passes (False)."""
        end = time.monotonic() + timeout
        while not self._done.is_set() and not self._yielding.is_set() and time.monotonic() < end:
            self._done.wait(min(0.05, max(0.0, end - time.monotonic())))
        return self._done.is_set()

    def wait_for_any(self, timeout: float) -> bool:
        """Block until at least one model is scored or failed, or the job ends; False on timeout."""
        end = time.monotonic() + timeout
        while not self._told.wait(min(0.05, max(end - time.monotonic(), 0))):
            if self.done:
                return True
            if time.monotonic() >= end:
                return False
        return True

    def cancel(self) -> None:
        """Stop at the next progress report (the embedding cache keeps what was already encoded)."""
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()


_ELSEWHERE = None
_ELSEWHERE_LOCK = threading.Lock()


_DRAWING = 0
_DRAWN_AT = float("-inf")  # time.monotonic() when the last page finished drawing
_IDLE = threading.Condition()
# After a page is drawn, the browser still loads and runs its charts' scripts (plotly's: ~1.5 s of a core) and
# fetches the page's widgets from this server: warm-ups leave it that long (a warm first heatmap, measured).
SETTLE = 3.0


@contextmanager
def foreground():
    """Mark a page being drawn: background warm-ups (``pause_for_pages``) hold off until no page is."""
    global _DRAWING, _DRAWN_AT
    with _IDLE:
        _DRAWING += 1
    try:
        yield
    finally:
        with _IDLE:
            _DRAWING -= 1
            _DRAWN_AT = time.monotonic()
            _IDLE.notify_all()


def pause_for_pages(limit: float = 10.0, settle: float | None = None) -> bool:
    """Wait until no page is being drawn and the last one was drawn ``settle`` seconds ago (default
    :data:`SETTLE`), at most ``limit`` seconds: a warm-up step between two of its parts calls this so it does not
    take the CPU and the GIL from the page on screen. True if the pages were quiet at the end."""
    settle = SETTLE if settle is None else settle
    end = time.monotonic() + limit
    with _IDLE:
        while True:
            now = time.monotonic()
            if _DRAWING == 0 and now - _DRAWN_AT >= settle:
                return True
            if now >= end:
                return False
            quiet_at = _DRAWN_AT + settle if _DRAWING == 0 else end  # a draw ending wakes us (notify_all)
            _IDLE.wait(max(0.0, min(quiet_at, end) - now))


LOAD_PAUSE = 5.0  # at most this long: a page drawn longer (or another session's) no longer holds the scoring up


def after_pages(fn: Callable[[], object], limit: float = 10.0) -> threading.Thread:
    """Call ``fn`` in a daemon thread once the pages are quiet (``pause_for_pages``): start-up warm-ups that
    would otherwise compete with the browser drawing the first page."""
    def run() -> None:
        pause_for_pages(limit)
        fn()

    thread = threading.Thread(target=run, name="matchlens-after-pages", daemon=True)
    thread.start()
    return thread


def premask(docs: Sequence, options: Options) -> threading.Thread | None:
    """Mask newly added resumes once the pages are quiet (worker processes when many), so the first scores after an
    upload find them in the mask store: 2,000 resumes cost ~7 s of masking, paid while the user reads the Data page
    instead of before the first heatmap. None when blind scoring is off, no resume was added, or warm-ups are off
    (MATCHLENS_NO_WARMUP=1)."""
    from matchlens import settings
    from matchlens.preprocess.masking import blind_texts

    texts = [d.text for d in docs if d.kind == "resume"]
    if not options.blind or not texts or settings.current().no_warmup:
        return None
    return after_pages(lambda: _logged(blind_texts, texts), limit=2.0)


def _logged(fn: Callable, *args) -> None:
    """Run a background step; a failure is logged, never raised into a thread nobody joins."""
    try:
        fn(*args)
    except Exception:  # noqa: BLE001 (a warm-up must never break the app; the scoring path masks again)
        log.exception("background step %s failed", getattr(fn, "__name__", fn))


def _worker_start(parent: int) -> None:
    """In the worker process: low priority, and exit as soon as the server that started it is gone (a server
    stopped by a signal runs no clean-up; its workers, ~450 MB each, were left behind, found after a day of benches)."""
    from matchlens import settings

    settings.lower_thread_priority()

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(0)

    threading.Thread(target=watch, name="matchlens-parent-watch", daemon=True).start()


def _without_main():
    """Start processes in this thread without re-running ``__main__`` in them (see matchlens.procs)."""
    from matchlens.procs import without_main

    return without_main()


def elsewhere(fn: Callable, *args) -> Future:
    """Run ``fn(*args)`` in the one low-priority worker *process* (started on first use, kept for the server's life).

    For numeric work that holds Python's GIL for seconds (UMAP's numba code: its compile at start and a 40-s fit at
    2,000 x 300): in a thread it stalled the page being shown (Evaluation 3.2-5.5 s in Chromium while a UMAP ran);
    in its own process the page keeps its core. ``fn`` and its arguments must be picklable (module-level function,
    arrays). A worker that died (out of memory) is replaced on the next call; its futures raise BrokenProcessPool."""
    global _ELSEWHERE
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    with _ELSEWHERE_LOCK:
        for attempt in range(2):
            if _ELSEWHERE is None:  # spawn: never fork a server with threads (locks held by other threads)
                _ELSEWHERE = ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn"),
                                                 initializer=_worker_start, initargs=(os.getpid(),))
            try:
                with _without_main():  # the worker process starts inside submit, in this thread
                    return _ELSEWHERE.submit(fn, *args)
            except BrokenProcessPool:
                _ELSEWHERE.shutdown(wait=False, cancel_futures=True)
                _ELSEWHERE = None
                if attempt:
                    raise
    raise AssertionError("unreachable")


def score_in_background(corpus: Corpus, models: Sequence[str], options: Options | None = None, cache=None,
                        encoders: dict | None = None) -> ScoringJob:
    """Start scoring and return at once; ``job.snapshot()`` shows the models scored so far."""
    from matchlens.scoring.cache import EmbeddingCache

    return ScoringJob(corpus, models, options or Options(), cache if cache is not None else EmbeddingCache(),
                      encoders).start()
