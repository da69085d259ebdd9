"""The app in a real browser (Debian's chromium driven by playwright), as a user meets it.

1. First heatmap: `streamlit run app.py` on the sample data with the default models; seconds from opening
   /Heatmaps to the first heatmap and to every model's heatmap, for three machine states:
     fresh - an empty matchlens home (the bundled e5 is built on first use, nothing cached)
     cold  - models built, embedding cache empty
     warm  - the server restarted on the same home (embeddings cached); in a new browser profile, and in a
             returning browser (its cache holds Streamlit's scripts, as a user who opened the app before)
2. Pages at analyst scale (FR + EN texts from ESCO; tfidf, static-multilingual, jobs-multilingual; 60 labels):
   400 x 100 and 2,000 x 300. Scores computed first (seconds to all heatmaps, empty cache), then each page
   visited twice through the sidebar (first visit derives its tables, second is a rerun), then the server is
   restarted and the heatmaps timed again (warm cache).
3. The floor (with --repeat > 1): two bare Streamlit apps, a title only and three plotly heatmaps of the sample's size,
   timed the same way in the same run, and the ratio of matchlens's warm first heatmap to the bare plotly app.

Run: .venv/bin/python bench/bench_app.py [--sizes 400x100,2000x300] [--skip-first] [--skip-pages] [--repeat 5]
"""
from __future__ import annotations

import argparse
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

from common import ROOT, SIZE_MODELS, machine, size_workspace

CHROMIUM = "/usr/bin/chromium"
PAGES = ["Data", "Heatmaps", "Map", "Compare", "Inspector", "Evaluation", "Label queue", "Scorecard"]
HEADINGS = {"Compare": "Compare models"}
# the last thing each page shows: a page has answered when it is there and the script has stopped
DONE = {"Data": "Compute scores", "Heatmaps": "Download all scores (CSV)", "Map": "Panels are rotated",
        "Compare": "Disagreements: the odd scores worth checking", "Inspector": "Gig text",
        "Evaluation": "Confusion matrices", "Label queue": "labelled pairs in the workspace",
        "Scorecard": "95% intervals by bootstrap"}


def built_models() -> Path | None:
    """The bundled models folder of the developer's home, to start 'cold' without rebuilding e5."""
    home = Path(os.environ.get("MATCHLENS_HOME", Path.home() / ".matchlens"))
    folder = home / "models" / "_bundled"
    return folder if folder.exists() and any(folder.iterdir()) else None


def new_home(with_models: bool) -> Path:
    home = Path(tempfile.mkdtemp(prefix="matchlens-bench-app-"))
    src = built_models()
    if with_models and src is not None:
        (home / "models").mkdir(parents=True)
        (home / "models" / "_bundled").symlink_to(src)
    return home


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_healthy(url: str, proc: subprocess.Popen) -> None:
    """Until Streamlit answers its health check (raises if the server exits first)."""
    while True:
        try:
            urllib.request.urlopen(url + "/_stcore/health", timeout=1)
            return
        except OSError:
            if proc.poll() is not None:
                raise RuntimeError("streamlit exited")
            time.sleep(0.05)


@contextmanager
def server(home: Path, models: str | None = None, port: int | None = None, sample: bool = True):
    """The app as ./run.sh app starts it (matchlens.ui.serve: streamlit run app.py, loopback) on this home;
    yields (url, seconds to healthy). ``sample=False``: the default workspace starts empty (the server scores it at
    start, which would compete with the workspace being measured)."""
    port = port or free_port()
    env = dict(os.environ, MATCHLENS_HOME=str(home), MATCHLENS_AUTOLOAD_SAMPLE="1" if sample else "0",
               HF_HUB_OFFLINE="1")
    env.pop("MATCHLENS_SCORING_WAIT", None)
    env.pop("MATCHLENS_NO_WARMUP", None)
    if models:
        env["MATCHLENS_MODELS"] = models
    t0 = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "matchlens.ui.serve", "--server.headless", "true",
                             "--server.port", str(port)], cwd=ROOT, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_healthy(url, proc)
        yield url, time.perf_counter() - t0
    finally:
        proc.terminate()
        try:
            proc.wait(15)
        except subprocess.TimeoutExpired:
            proc.kill()


@contextmanager
def browser(profile: Path | None = None):
    """A headless Chromium page; with ``profile``, a browser that keeps its cache there (a returning user: Streamlit's
    scripts, e.g. plotly's 4.7 MB, are hashed and served immutable, so they come from the disk cache, compiled)."""
    from playwright.sync_api import sync_playwright

    args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]
    with sync_playwright() as p:
        if profile is not None:
            b = p.chromium.launch_persistent_context(str(profile), executable_path=CHROMIUM, headless=True, args=args,
                                                     viewport={"width": 1500, "height": 1000})
            page = b.pages[0] if b.pages else b.new_page()
        else:
            b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=args)
            page = b.new_page(viewport={"width": 1500, "height": 1000})
        try:
            yield page
        finally:
            b.close()


def idle(page, timeout: float = 600_000) -> None:
    """Streamlit has finished running the script (no 'running' widget for a short while)."""
    page.wait_for_function("""() => {
        const busy = document.querySelector('[data-testid="stStatusWidget"]');
        const now = performance.now();
        if (busy) { window.__idleSince = null; return false; }
        window.__idleSince = window.__idleSince || now;
        return now - window.__idleSince > 250;
    }""", timeout=timeout, polling=50)


def heatmaps(page, url: str, n_models: int, ws: str = "default") -> tuple[float, int, float]:
    """Open Heatmaps: (seconds to the first heatmap, models shown then, seconds to every model's heatmap)."""
    t0 = time.perf_counter()
    page.goto(f"{url}/Heatmaps?ws={ws}", wait_until="commit")
    page.locator("[data-testid=stMain] .js-plotly-plot").first.wait_for(timeout=900_000)
    first = time.perf_counter() - t0
    shown = page.locator("[data-testid=stMain] .js-plotly-plot").count()
    state = """() => [document.querySelectorAll('[data-testid=stMain] .js-plotly-plot').length,
                      document.querySelectorAll('[data-testid=stMain] [data-testid=stProgress]').length]"""
    while True:
        plots, bars = page.evaluate(state)
        if plots >= n_models and not bars:
            return first, shown, time.perf_counter() - t0
        if time.perf_counter() - t0 > 1800:
            shot = Path(tempfile.gettempdir()) / "bench-app-heatmaps.png"
            page.screenshot(path=str(shot), full_page=True)
            raise RuntimeError(f"not every heatmap after 30 min: {plots} charts, {bars} progress bars ({shot})")
        page.wait_for_timeout(200)


def first_heatmap(repeat: int = 5) -> None:
    from matchlens.encoders import default_names

    n = len(default_names())
    print(f"\n## First heatmap, sample data ({n} default models: {', '.join(default_names())})")
    print("| machine state | server healthy (s) | first heatmap (s) | models in it | every model (s) |")
    print("|---|---|---|---|---|")
    runs = [("fresh (empty home: e5 built on first use)", new_home(False)), ("cold (models built, empty cache)",
                                                                             new_home(True))]
    runs.append(("warm (server restarted, same home)", runs[-1][1]))
    for label, home in runs:
        with server(home) as (url, healthy), browser() as page:
            first, shown, every = heatmaps(page, url, n)
            print(f"| {label} | {healthy:.1f} | {first:.1f} | {shown} of {n} | {every:.1f} |", flush=True)
    port, profile = free_port(), Path(tempfile.mkdtemp(prefix="matchlens-bench-browser-"))
    for label in ("warm, browser's first visit (its cache filled here)", "warm, returning browser (same profile)",
                  "warm, returning browser, again"):
        with server(runs[-1][1], port=port) as (url, healthy), browser(profile) as page:
            first, shown, every = heatmaps(page, url, n)
        if "first visit" not in label:
            print(f"| {label} | {healthy:.1f} | {first:.1f} | {shown} of {n} | {every:.1f} |", flush=True)
    if repeat > 1:  # on 2 shared cores one run says little: the spread of the warm states, beside the floor
        warm = {"new browser profile": [], "returning browser": []}
        for _ in range(repeat):
            for kind, prof in (("new browser profile", None), ("returning browser", profile)):
                with server(runs[-1][1], port=port) as (url, _), browser(prof) as page:
                    warm[kind].append(heatmaps(page, url, n)[0])
        bare = floor(repeat)
        for kind, times in warm.items():
            print(f"warm, {kind}, {repeat} more runs: {spread(times)}", flush=True)
        for name, times in bare.items():
            print(f"floor, bare app ({name}, new browser profile), {repeat} runs: {spread(times)}", flush=True)
        plotly_floor = statistics.median(bare["Streamlit + 3 plotly heatmaps"])
        print(f"matchlens warm first heatmap / bare Streamlit + plotly app (medians, new browser profile): "
              f"{statistics.median(warm['new browser profile']) / plotly_floor:.2f}x", flush=True)
    for _, home in runs[:2]:
        shutil.rmtree(home, ignore_errors=True)
    shutil.rmtree(profile, ignore_errors=True)


def visit(page, name: str, verbose: bool = False) -> float:
    t0 = time.perf_counter()
    page.get_by_role("link", name=name, exact=True).first.click()
    page.get_by_role("heading", name=HEADINGS.get(name, name), exact=True).first.wait_for(timeout=600_000)
    t_head = time.perf_counter() - t0
    try:
        page.get_by_text(DONE[name]).first.wait_for(timeout=180_000)
    except Exception:  # noqa: BLE001 - name the page and keep measuring the others
        shot = Path(tempfile.gettempdir()) / f"bench-app-{name.replace(' ', '_')}.png"
        page.screenshot(path=str(shot), full_page=True)
        print(f"  {name}: '{DONE[name]}' not shown after 180 s (screenshot {shot})", flush=True)
    t_done = time.perf_counter() - t0
    idle(page)
    if verbose:
        print(f"  {name}: heading {t_head:.1f} s, last element {t_done:.1f} s, script done "
              f"{time.perf_counter() - t0:.1f} s", flush=True)
    return time.perf_counter() - t0


BARE_APPS = {  # the floor: Streamlit alone, and Streamlit with three plotly heatmaps (sample-sized, with hover)
    "Streamlit, title only": ("import streamlit as st\nst.title('Heatmaps')\n", "[data-testid=stMain] h1"),
    "Streamlit + 3 plotly heatmaps": ("""import numpy as np, plotly.graph_objects as go, streamlit as st
st.title('Heatmaps')
rng = np.random.default_rng(0)
rows, cols = [f'Resume {i} — Développeur' for i in range(40)], [f'Gig {j} cuisinier' for j in range(30)]
for k, col in zip(range(3), st.columns(2) + st.columns(2)):
    z = rng.random((40, 30)) * 100
    hover = [[f'{r}<br>{g}<br>{z[i, j]:.0f}' for j, g in enumerate(cols)] for i, r in enumerate(rows)]
    fig = go.Figure(go.Heatmap(z=z, x=cols, y=rows, hovertext=hover, hoverinfo='text'))
    fig.update_layout(height=700, title=f'model {k}')
    with col:
        st.plotly_chart(fig, key=f'hm{k}', on_select='rerun', selection_mode='points')
""", "[data-testid=stMain] .js-plotly-plot"),
}


def floor(repeat: int) -> dict[str, list[float]]:
    """Seconds to the first element of two bare Streamlit apps, new browser profile each run: what any Streamlit
    page with plotly charts costs in this browser on this machine, whatever matchlens does."""
    times: dict[str, list[float]] = {name: [] for name in BARE_APPS}
    folder = Path(tempfile.mkdtemp(prefix="matchlens-bench-bare-"))
    for _ in range(repeat):
        for name, (code, selector) in BARE_APPS.items():
            script = folder / "bare_app.py"
            script.write_text(code, encoding="utf-8")
            port = free_port()
            proc = subprocess.Popen([sys.executable, "-m", "streamlit", "run", str(script), "--server.headless", "true",
                                     "--server.port", str(port), "--server.address", "127.0.0.1",
                                     "--browser.gatherUsageStats", "false"], cwd=folder,
                                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            try:
                wait_healthy(f"http://127.0.0.1:{port}", proc)
                with browser() as page:
                    t0 = time.perf_counter()
                    page.goto(f"http://127.0.0.1:{port}/", wait_until="commit")
                    page.locator(selector).first.wait_for(timeout=120_000)
                    times[name].append(time.perf_counter() - t0)
            finally:
                proc.terminate()
                proc.wait(timeout=30)
    shutil.rmtree(folder, ignore_errors=True)
    return times


def spread(times: list[float]) -> str:
    times = sorted(times)
    return f"median {times[len(times) // 2]:.1f} s, {times[0]:.1f}-{times[-1]:.1f} s, {sum(t < 4 for t in times)} under 4 s"


def pages_at(n_resumes: int, n_gigs: int, verbose: bool = False) -> None:
    home = new_home(True)
    ws = f"bench-{n_resumes}x{n_gigs}"
    size_workspace(home, ws, n_resumes, n_gigs)
    print(f"\n## Pages at {n_resumes} resumes x {n_gigs} gigs ({', '.join(SIZE_MODELS)})")
    with server(home, sample=False) as (url, _), browser() as page:
        first, shown, every = heatmaps(page, url, len(SIZE_MODELS), ws)
        print(f"empty cache: first heatmap {first:.1f} s ({shown} model(s)), every model {every:.1f} s", flush=True)
        idle(page)
        times = {rnd: {p: visit(page, p, verbose) for p in PAGES} for rnd in ("first visit", "second visit")}
        umap = time.perf_counter()
        page.get_by_role("link", name="Map", exact=True).first.click()
        page.wait_for_function("() => !document.body.innerText.includes('UMAP is being computed')",
                               timeout=900_000, polling=250)
        umap_wait = time.perf_counter() - umap
    print("| page | first visit (s) | second visit (s) |\n|---|---|---|")
    for p in PAGES:
        print(f"| {p} | {times['first visit'][p]:.1f} | {times['second visit'][p]:.1f} |")
    print(f"UMAP map ready {umap_wait:.1f} s after the third visit to Map (PCA shown meanwhile)")
    with server(home, sample=False) as (url, _), browser() as page:
        first, shown, every = heatmaps(page, url, len(SIZE_MODELS), ws)
        print(f"warm cache (server restarted): first heatmap {first:.1f} s, every model {every:.1f} s", flush=True)
    shutil.rmtree(home, ignore_errors=True)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="400x100,2000x300")
    ap.add_argument("--skip-first", action="store_true")
    ap.add_argument("--skip-pages", action="store_true")
    ap.add_argument("--repeat", type=int, default=5, help="warm first-heatmap runs for the spread (1: none)")
    ap.add_argument("--models", help="models for the page sizes (default: " + ",".join(SIZE_MODELS) + ")")
    ap.add_argument("--verbose", action="store_true", help="each visit's heading / last element / script times")
    args = ap.parse_args()
    if not os.path.exists(CHROMIUM):
        sys.exit("bench_app needs Debian's chromium (/usr/bin/chromium)")
    print(f"machine: {machine()}")
    if not args.skip_first:
        first_heatmap(args.repeat)
    if args.models:
        SIZE_MODELS[:] = args.models.split(",")
    if not args.skip_pages:
        for size in args.sizes.split(","):
            r, g = (int(x) for x in size.lower().split("x"))
            pages_at(r, g, args.verbose)


if __name__ == "__main__":
    main()
