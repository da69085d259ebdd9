"""Background scoring: the cheapest model shows first, the others as they finish; cancelling stops the worker."""
import threading

import numpy as np
import pytest

from matchlens.encoders import create
from matchlens.scoring.background import Progress, ScoringJob, score_in_background, speed_order
from matchlens.scoring.cache import EmbeddingCache
from matchlens.scoring.matching import Options, compare


def gated(model_dir):
    """A real tiny transformer whose encode waits for the test to open a gate (a slow model, on demand)."""
    enc = create(str(model_dir))
    gate, entered = threading.Event(), threading.Event()
    real = enc.encode

    def encode(texts, *a, **k):
        entered.set()
        assert gate.wait(30), "the test never opened the gate"
        return real(texts, *a, **k)

    enc.encode = encode
    return enc, gate, entered


def test_the_fast_model_is_shown_while_the_slow_one_still_embeds(small_corpus, tiny_st_dir, tmp_path):
    slow, gate, entered = gated(tiny_st_dir)
    name = str(tiny_st_dir)
    job = score_in_background(small_corpus, [name, "tfidf"], cache=EmbeddingCache(tmp_path / "c.sqlite"),
                              encoders={name: slow})
    assert entered.wait(30)  # tfidf went first (cheapest kind), then the slow model started
    first = job.snapshot()
    assert first.models == ["tfidf"] and not job.done
    assert job.snapshot() is first  # same object until another model finishes: derived tables stay cached
    assert list(job.progress()) == [name] and job.progress()[name].stage in {"loading", "resumes"}
    gate.set()
    assert job.wait(60)
    final = job.snapshot()
    assert final is not first and final.models == [name, "tfidf"]  # the order the user asked for
    alone = compare(small_corpus, [name, "tfidf"], cache=EmbeddingCache(tmp_path / "c2.sqlite"))
    for m in final.models:
        np.testing.assert_allclose(final.scores(m), alone.scores(m), rtol=1e-5, atol=1e-6)


def test_a_failing_model_is_reported_and_the_others_still_come(small_corpus, tiny_st_dir, tmp_path):
    job = score_in_background(small_corpus, ["no-such/model", "tfidf", str(tiny_st_dir)],
                              cache=EmbeddingCache(tmp_path / "c.sqlite"))
    assert job.wait(60)
    comp = job.snapshot()
    assert comp.models == ["tfidf", str(tiny_st_dir)] and "no-such/model" in comp.errors
    assert job.failed


def test_cancel_stops_the_worker_at_its_next_step(small_corpus, tiny_st_dir, tmp_path):
    slow, gate, entered = gated(tiny_st_dir)
    name = str(tiny_st_dir)
    job = score_in_background(small_corpus, ["tfidf", name, f"hybrid:tfidf+{name}"],
                              cache=EmbeddingCache(tmp_path / "c.sqlite"), encoders={name: slow})
    assert entered.wait(30)
    job.cancel()
    gate.set()
    assert job.wait(30) and job.cancelled
    comp = job.snapshot()
    assert comp.models == ["tfidf"] and not comp.errors  # cancelled is not failed: nothing half-scored shows
    assert set(job.pending()) == {name, f"hybrid:tfidf+{name}"}


def test_composites_come_after_their_parts_and_cheap_kinds_first(tiny_st_dir):
    encs = {"tfidf": create("tfidf"), "st": create(str(tiny_st_dir))}
    assert speed_order(["hybrid:tfidf+st", "st", "tfidf"], encs) == ["tfidf", "st", "hybrid:tfidf+st"]


@pytest.mark.parametrize("stage,done,total,expected", [
    ("waiting", 0, 1, 0.0), ("resumes", 5, 10, 0.35), ("gigs", 10, 10, 0.85), ("done", 1, 1, 1.0),
    ("pairs", 3, 4, 0.75)])
def test_progress_fraction_follows_the_stages(stage, done, total, expected):
    assert Progress(stage, done, total).fraction == pytest.approx(expected)


def test_a_model_that_cannot_be_created_never_blocks_the_job(small_corpus, tmp_path):
    job = ScoringJob(small_corpus, ["gone", "tfidf"], Options(), EmbeddingCache(tmp_path / "c.sqlite"),
                     {"tfidf": create("tfidf")}, {"gone": "gone: not installed"}).start()
    assert job.wait(60)
    assert job.snapshot().models == ["tfidf"] and job.snapshot().errors == {"gone": "gone: not installed"}


def test_derived_soon_computes_in_the_background_once(small_corpus):
    gate, calls = threading.Event(), []
    comp = compare(small_corpus, ["tfidf"], cache=EmbeddingCache())

    def slow():
        calls.append(1)
        assert gate.wait(30)
        return "umap"

    assert comp.derived_soon("k", slow) is None and not comp.ready("k")
    assert comp.derived_soon("k", slow) is None  # asked again while running: not started twice
    gate.set()
    assert comp.derived_soon("k", slow, wait=30) == "umap" and comp.ready("k") and comp.has_derived("k")
    assert comp.derived("k", lambda: "other") == "umap" and calls == [1]


def test_derived_soon_raises_a_failure_once_then_retries(small_corpus):
    comp = compare(small_corpus, ["tfidf"], cache=EmbeddingCache())
    with pytest.raises(ZeroDivisionError):
        comp.derived_soon("k", lambda: 1 / 0, wait=30)
    assert comp.derived_soon("k", lambda: 2, wait=30) == 2


def test_derived_asked_while_another_thread_computes_it_waits_instead_of_computing_twice(small_corpus):
    comp = compare(small_corpus, ["tfidf"], cache=EmbeddingCache())
    gate, started, calls = threading.Event(), threading.Event(), []

    def slow():
        calls.append(1)
        started.set()
        assert gate.wait(30)
        return "table"

    other = threading.Thread(target=lambda: comp.derived("t", slow))
    other.start()
    assert started.wait(30)
    got = []
    page = threading.Thread(target=lambda: got.append(comp.derived("t", slow)))
    page.start()
    page.join(0.3)
    assert page.is_alive() and not got  # the page waits for the warm-up's value
    gate.set()
    other.join(30), page.join(30)
    assert got == ["table"] and calls == [1]
    assert comp.derived("u", lambda: comp.derived("t", slow)) == "table"  # nested keys do not deadlock


def test_warm_ups_hold_off_while_a_page_is_drawn():
    from matchlens.scoring.background import foreground, pause_for_pages

    assert pause_for_pages(0.01, settle=0)
    with foreground():
        assert not pause_for_pages(0.05, settle=0)  # gave up after its limit, reported that a page was still drawn
        waiter = []
        t = threading.Thread(target=lambda: waiter.append(pause_for_pages(30, settle=0)))
        t.start()
        t.join(0.2)
        assert t.is_alive()
    t.join(30)
    assert waiter == [True]  # released as soon as the page was drawn


def test_warm_ups_leave_the_browser_time_after_a_page_is_drawn():
    import time

    from matchlens.scoring.background import after_pages, foreground, pause_for_pages

    with foreground():
        pass
    assert not pause_for_pages(0.1, settle=5)  # drawn just now: not quiet yet
    t0, ran = time.monotonic(), []
    assert pause_for_pages(5, settle=0.3) and time.monotonic() - t0 < 2
    with foreground():
        pass
    t0 = time.monotonic()
    after_pages(lambda: ran.append(time.monotonic() - t0), limit=10).join(10)
    assert ran and ran[0] >= 2.5  # the default settle (3 s) after the last draw


def test_elsewhere_runs_in_another_process_and_replaces_a_dead_worker():
    import os
    from concurrent.futures.process import BrokenProcessPool

    from matchlens.scoring.background import elsewhere
    from matchlens.views.projection import project

    assert elsewhere(os.getpid).result(120) != os.getpid()
    x = np.random.default_rng(0).normal(size=(30, 8)).astype(np.float32)
    assert np.allclose(elsewhere(project, x, "pca").result(120), project(x, "pca"), atol=1e-5)
    with pytest.raises(BrokenProcessPool):
        elsewhere(os._exit, 3).result(120)  # the worker died (as when out of memory)
    assert elsewhere(os.getpid).result(120) != os.getpid()  # a new one takes the next job


def test_elsewhere_never_runs_the_main_script_in_its_worker(tmp_path, monkeypatch):
    """Streamlit installs the page script (app.py) as __main__; a spawned worker must not run it."""
    import os
    import sys
    import types

    from matchlens.scoring import background

    script = tmp_path / "page.py"
    marker = tmp_path / "ran"
    script.write_text(f"open({str(marker)!r}, 'w').write('main ran')\n")
    fake = types.ModuleType("__main__")
    fake.__file__ = str(script)
    monkeypatch.setitem(sys.modules, "__main__", fake)
    monkeypatch.setattr(background, "_ELSEWHERE", None)  # a fresh worker, started with this __main__
    assert background.elsewhere(os.getpid).result(120) != os.getpid()
    assert not marker.exists()


def test_the_worker_process_exits_when_the_server_that_started_it_dies(tmp_path):
    """A server stopped by a signal runs no clean-up: its worker must not outlive it."""
    import os
    import subprocess
    import sys
    import time

    server = subprocess.Popen([sys.executable, "-c", (
        "import os, sys, time\n"
        "from matchlens.scoring.background import elsewhere\n"
        "print(elsewhere(os.getpid).result(120), flush=True)\n"
        "time.sleep(600)\n")], stdout=subprocess.PIPE, text=True, cwd=tmp_path)
    worker = int(server.stdout.readline())
    os.kill(worker, 0)  # alive while the server is
    server.kill()  # SIGKILL: no atexit, no pool shutdown
    server.wait(30)
    for _ in range(100):
        try:
            os.kill(worker, 0)
        except ProcessLookupError:
            break
        try:  # reap it if it became our child (it was re-parented to init or a subreaper)
            os.waitpid(worker, os.WNOHANG)
        except ChildProcessError:
            pass
        time.sleep(0.1)
    else:
        os.kill(worker, 9)
        raise AssertionError("the worker outlived its server")


def test_added_resumes_are_masked_in_the_background(tmp_path, monkeypatch):
    from matchlens.documents import Document
    from matchlens.options import Options
    from matchlens.preprocess import masking
    from matchlens.scoring import background

    seen = []
    monkeypatch.delenv("MATCHLENS_NO_WARMUP", raising=False)
    monkeypatch.setattr(masking, "blind_texts", lambda texts: seen.append(list(texts)))
    docs = [Document("r1", "r1.txt", "resume", "Marie Dupont\nCariste"), Document("g1", "g1.txt", "gig", "Cariste H/F")]
    thread = background.premask(docs, Options())
    thread.join(10)
    assert seen == [["Marie Dupont\nCariste"]]  # resumes only: gigs are never masked
    assert background.premask(docs, Options(blind=False)) is None
    assert background.premask(docs[1:], Options()) is None
    monkeypatch.setenv("MATCHLENS_NO_WARMUP", "1")
    assert background.premask(docs, Options()) is None  # fast tests: no warm-up


def recording(model_dir):
    """A real tiny transformer that records when it first encodes."""
    enc = create(str(model_dir))
    entered, real = threading.Event(), enc.encode

    def encode(texts, *a, **k):
        entered.set()
        return real(texts, *a, **k)

    enc.encode = encode
    return enc, entered


def test_a_later_model_loads_only_once_the_page_showing_the_first_is_drawn(small_corpus, tiny_st_dir, tmp_path,
                                                                            monkeypatch):
    """Loading a model holds the GIL for seconds (the first heatmap's draw stalled ~3 s behind model2vec's): once a
    model is delivered, the next one's loading and encoding wait for the page being drawn (never the first model,
    which the page waits for), and the page waiting for more models (settle) draws at once instead."""
    import time

    from matchlens.scoring.background import foreground

    monkeypatch.delenv("MATCHLENS_SCORING_WAIT")  # the app's way: pages draw the first model, then the others
    slow, entered = recording(tiny_st_dir)
    name = str(tiny_st_dir)
    with foreground():  # the page, drawn while the job runs
        job = score_in_background(small_corpus, ["tfidf", name], cache=EmbeddingCache(tmp_path / "c.sqlite"),
                                  encoders={name: slow})
        assert job.wait_for_any(60) and job.snapshot().models == ["tfidf"]  # the first model never waits
        t0 = time.monotonic()
        assert not job.settle(30) and time.monotonic() - t0 < 5  # the next model waits for the page: no grace wasted
        time.sleep(0.3)
        assert not entered.is_set() and not job.done  # nothing encoded while the page is drawn
    assert job.wait(60) and entered.is_set() and job.snapshot().models == ["tfidf", name]


def test_cached_models_and_pages_waiting_for_every_model_never_wait_for_the_page(small_corpus, tiny_st_dir, tmp_path,
                                                                                  monkeypatch):
    """Nothing to load (every embedding cached: the warm start's models arrive within the first draw's grace), or a
    page waiting for every model (MATCHLENS_SCORING_WAIT=all): the job runs on while the page is drawn."""
    from matchlens.scoring import background
    from matchlens.scoring.background import foreground

    monkeypatch.setattr(background, "LOAD_PAUSE", 120.0)  # a job that waited for the page would miss the deadlines
    monkeypatch.delenv("MATCHLENS_SCORING_WAIT")
    name = str(tiny_st_dir)
    cache = EmbeddingCache(tmp_path / "c.sqlite")
    compare(small_corpus, [name], cache=cache)
    with foreground():
        assert score_in_background(small_corpus, ["tfidf", name], cache=cache).wait(30)
    monkeypatch.setenv("MATCHLENS_SCORING_WAIT", "all")
    slow, entered = recording(tiny_st_dir)
    with foreground():
        job = score_in_background(small_corpus, ["tfidf", name], cache=EmbeddingCache(tmp_path / "c2.sqlite"),
                                  encoders={name: slow})
        assert job.wait(30) and entered.is_set()
