"""App: time from `streamlit run` to first paint, and time to render each page (50 x 20 documents,
3 models, embeddings cached).

Run: .venv/bin/python bench/bench_app.py   (first paint needs Debian's chromium; skipped without it)
"""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import ROOT, Timer, machine, resume_length_texts

PAGES = ["pages/1_Data.py", "pages/2_Heatmaps.py", "pages/3_Map.py", "pages/4_Compare.py",
         "pages/5_Inspector.py", "pages/6_Evaluation.py"]
MODELS = ["tfidf", "use-multilingual", "minilm-en"]


def first_paint() -> tuple[float, float] | None:
    if not os.path.exists("/usr/bin/chromium"):
        return None
    from playwright.sync_api import sync_playwright

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    t0 = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "streamlit", "run", str(ROOT / "app.py"), "--server.headless",
                             "true", "--server.port", str(port)], cwd=ROOT, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, env=dict(os.environ, MATCHLENS_NO_WARMUP="1"))
    try:
        import urllib.request

        while True:
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=1)
                break
            except OSError:
                time.sleep(0.05)
        t_health = time.perf_counter() - t0
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox", "--disable-gpu"])
            page = browser.new_page()
            t_nav = time.perf_counter()
            page.goto(f"http://127.0.0.1:{port}")
            page.get_by_role("heading", name="matchlens").first.wait_for(timeout=60_000)
            t_paint = time.perf_counter() - t0
            print(f"  (browser navigation to painted heading: {time.perf_counter() - t_nav:.2f}s; the rest is "
                  f"server start and launching chromium)")
            browser.close()
        return t_health, t_paint
    finally:
        proc.terminate()


def page_renders() -> dict[str, float]:
    from streamlit.testing.v1 import AppTest

    from matchlens.documents import Corpus, Document

    res = resume_length_texts(50, words=200, seed=5)
    gigs = resume_length_texts(20, words=80, seed=6)
    corpus = Corpus([Document(f"r{i}", f"cv {i}", "resume", t, "en") for i, t in enumerate(res)] +
                    [Document(f"g{j}", f"gig {j}", "gig", t, "en") for j, t in enumerate(gigs)])
    os.environ["MATCHLENS_NO_WARMUP"] = "1"
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=900)
    at.session_state["corpus"] = corpus
    at.session_state["models"] = MODELS
    at.run()
    at.switch_page("pages/2_Heatmaps.py").run()  # computes (and caches) the embeddings once
    from matchlens.views.projection import warm_umap

    warm_umap()
    times = {}
    for page in PAGES:
        at.switch_page(page).run()  # first visit of the page in this session
        with Timer() as t:
            at.switch_page(page).run()
        assert not at.exception, (page, at.exception)
        times[page] = t.seconds
    return times


def main() -> None:
    os.environ.setdefault("MATCHLENS_HOME", tempfile.mkdtemp(prefix="matchlens-bench-"))
    print(f"machine: {machine()}")
    fp = first_paint()
    if fp:
        print(f"streamlit run -> server healthy {fp[0]:.2f}s, -> first paint in chromium {fp[1]:.2f}s")
    else:
        print("first paint: skipped (no /usr/bin/chromium)")
    for page, secs in page_renders().items():
        print(f"render {Path(page).stem}: {secs:.2f}s (50 resumes x 20 gigs, {len(MODELS)} models, cached)")


if __name__ == "__main__":
    main()
