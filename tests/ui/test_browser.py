"""One real-browser pass: Debian's chromium (driven by playwright) through every page of the app.

Screenshots go to artifacts/screenshots/ (kept by CI as artefacts).
"""
import os
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = "/usr/bin/chromium"
SHOTS = ROOT / "artifacts" / "screenshots"
PAGES = ["Data", "Heatmaps", "Map", "Compare", "Inspector", "Evaluation", "Label queue", "Training", "Scorecard",
         "Shortlist"]
READY = {"Data": "Documents (20 resumes, 12 gigs)", "Heatmaps": "Download all scores (CSV)",
         "Map": "Neighbour stability", "Compare": "Disagreements: the odd scores worth checking",
         "Inspector": "Gig sentences matched", "Evaluation": "Confusion matrices", "Training": "No training run yet",
         "Label queue": "labelled pairs in the workspace", "Scorecard": "95% intervals by bootstrap",
         "Shortlist": "blind: candidates by resume id"}

pytestmark = [pytest.mark.browser,
              pytest.mark.skipif(not os.path.exists(CHROMIUM), reason="Debian's chromium is not installed")]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class _Trap(BaseHTTPRequestHandler):
    """A proxy every non-loopback request of the browser goes to: it records the request and refuses it."""

    seen: list = []

    def _refuse(self):
        _Trap.seen.append(f"{self.command} {self.path}")
        self.send_response(403)
        self.end_headers()

    do_GET = do_POST = do_HEAD = do_CONNECT = do_PUT = do_OPTIONS = _refuse

    def log_message(self, *a):
        pass


# Chromium's own service hosts (updates, sign-in, autofill): the browser contacts them whatever page it shows,
# even with the background-networking flags. Everything else reaching the trap came from the app.
CHROMIUM_OWN = {"accounts.google.com", "update.googleapis.com", "clients2.google.com", "clients1.google.com",
                "content-autofill.googleapis.com", "optimizationguide-pa.googleapis.com", "redirector.gvt1.com",
                "edgedl.me.gvt1.com", "safebrowsingohttpgateway.googleapis.com"}


def app_outbound() -> list[str]:
    hosts = []
    for line in _Trap.seen:
        target = line.split()[1]
        host = target.split("/")[2] if "//" in target else target
        if host.rsplit(":", 1)[0] not in CHROMIUM_OWN:
            hosts.append(line)
    return hosts


@pytest.fixture(scope="module")
def outbound():
    """Requests the browser tried to send beyond 127.0.0.1 (favicon, fonts, scripts, anything)."""
    trap = ThreadingHTTPServer(("127.0.0.1", 0), _Trap)
    threading.Thread(target=trap.serve_forever, daemon=True).start()
    _Trap.seen = []
    yield trap
    trap.shutdown()


def listening_addresses(pid: int) -> set[str]:
    import psutil

    procs = [psutil.Process(pid), *psutil.Process(pid).children(recursive=True)]
    return {c.laddr.ip for p in procs for c in p.net_connections("tcp") if c.status == psutil.CONN_LISTEN}


def start_server(models: str = "tfidf,use-multilingual,minilm-en"):
    """`streamlit run app.py` as ./run.sh app starts it (address from .streamlit/config.toml); (process, url)."""
    port = free_port()
    env = dict(os.environ, MATCHLENS_AUTOLOAD_SAMPLE="1", MATCHLENS_MODELS=models)
    env.pop("MATCHLENS_FOLLOW_SECONDS", None)  # as served: pages follow background work
    proc = subprocess.Popen([sys.executable, "-m", "matchlens.ui.serve",
                             "--server.headless", "true", "--server.port", str(port)],
                            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    for _ in range(120):
        try:
            urllib.request.urlopen(url + "/_stcore/health", timeout=1)
            return proc, url
        except OSError:
            time.sleep(0.5)
    proc.kill()
    pytest.fail("streamlit did not start: " + proc.stdout.read().decode()[-2000:])


def stop_server(proc) -> None:
    proc.terminate()
    try:
        proc.wait(10)
    except subprocess.TimeoutExpired:  # busy scoring: do not fail the test run on shutdown
        proc.kill()
        proc.wait(10)


@pytest.fixture(scope="module")
def server(isolated_home):
    proc, url = start_server()
    assert listening_addresses(proc.pid) == {"127.0.0.1"}  # this computer only, by default
    yield url
    stop_server(proc)


def wait_idle(page, timeout=120_000):
    """Wait until Streamlit has finished running the script (no 'running' status widget)."""
    page.wait_for_timeout(500)
    page.wait_for_function(
        "() => !document.querySelector('[data-testid=\"stStatusWidget\"]')", timeout=timeout)
    page.wait_for_timeout(700)


def _launch(p, trap=None):
    """Chromium whose every non-loopback request (HTTP, HTTPS, WebSocket) goes to the trap proxy."""
    proxy = [f"--proxy-server=http://127.0.0.1:{trap.server_address[1]}"] if trap else []
    return p.chromium.launch(executable_path=CHROMIUM, headless=True, args=[
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-pings",
        "--disable-default-apps", "--disable-extensions", "--disable-domain-reliability",
        "--disable-client-side-phishing-detection", "--disable-features=AutofillServerCommunication,"
        "OptimizationHints,MediaRouter,Translate,SignInProfileCreation,DiceWebSigninInterception", *proxy])


def test_the_trap_sees_a_remote_request(outbound):
    """The net works: a page that fetches a remote icon is caught."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = _launch(p, outbound)
        page = browser.new_page()
        page.set_content('<link rel="stylesheet" href="https://fonts.googleapis.com/css?family=Inter">'
                         '<img src="http://203.0.113.7/x.png">')
        page.wait_for_timeout(1500)
        browser.close()
    assert any("203.0.113.7" in s for s in app_outbound()) and any("fonts.googleapis.com" in s for s in app_outbound())
    _Trap.seen.clear()


def test_a_deep_link_as_first_visit_runs_under_the_router(server, outbound):
    """First request to a fresh server is /Data (a bookmark, a refresh after restart): the page must
    come with the app's sidebar and navigation, not as a bare v1 'pages/' script."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = _launch(p, outbound)
        page = browser.new_page(viewport={"width": 1500, "height": 1000})
        page.goto(server + "/Data", wait_until="domcontentloaded")
        page.get_by_role("heading", name="Data", exact=True).first.wait_for(timeout=60_000)
        page.get_by_text("nothing leaves this machine").first.wait_for(timeout=30_000)
        links = page.locator("[data-testid=stSidebarNav] a").all_inner_texts()
        assert [t.split()[-1] for t in links][:2] == ["Home", "Data"] and not any(t == "app" for t in links)
        browser.close()


def test_every_page_in_chromium(server, outbound):
    from playwright.sync_api import sync_playwright

    SHOTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = _launch(p, outbound)
        page = browser.new_page(viewport={"width": 1500, "height": 1000})
        errors, page_requests = [], []
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.context.on("request", lambda r: page_requests.append(r.url))
        page.goto(server, wait_until="domcontentloaded")
        page.get_by_text("Resumes").first.wait_for(timeout=60_000)
        wait_idle(page)
        page.get_by_text("20", exact=True).first.wait_for(timeout=30_000)  # the resumes' count (was read too early once)
        page.screenshot(path=str(SHOTS / "0_home.png"), full_page=True)
        for n, name in enumerate(PAGES, start=1):
            page.get_by_role("link", name=name, exact=True).first.click()
            page.get_by_role("heading", name=name if name != "Compare" else "Compare models",
                              exact=True).first.wait_for(timeout=60_000)
            page.get_by_text(READY[name]).first.wait_for(timeout=240_000)
            wait_idle(page, 240_000)
            page.wait_for_function("() => !document.querySelector('[data-testid=\"stSkeleton\"]')", timeout=60_000)
            assert not page.locator("[data-testid='stException']").count(), name
            if name in ("Heatmaps", "Map", "Compare"):
                page.locator("[data-testid=stMain] .js-plotly-plot").first.wait_for(timeout=60_000)
            page.screenshot(path=str(SHOTS / f"{n}_{name.lower()}.png"), full_page=True)
        page.get_by_role("link", name="Heatmaps", exact=True).first.click()
        page.get_by_text(READY["Heatmaps"]).first.wait_for(timeout=120_000)
        wait_idle(page)
        heatmaps_plots = page.locator("[data-testid=stMain] .js-plotly-plot").count()
        # the charts set their own margins (no automargin pass): no resume name may be cut at the chart's edge
        clipped = page.evaluate("""() => [...document.querySelectorAll('[data-testid=stMain] .js-plotly-plot')]
            .flatMap(plot => { const box = plot.getBoundingClientRect();
                return [...plot.querySelectorAll('.ytick text')].map(t => t.getBoundingClientRect())
                    .filter(r => r.width === 0 || r.left < box.left - 0.5).map(r => r.left - box.left); })""")
        # click the top-left cell of the first heatmap: the Inspector must open on that pair
        cell = page.locator("[data-testid=stMain] .js-plotly-plot").first.locator(".scatterlayer .point").first
        cell.hover(force=True)
        page.wait_for_timeout(300)
        cell.click(force=True)
        page.get_by_role("heading", name="Inspector", exact=True).first.wait_for(timeout=60_000)
        page.get_by_text(READY["Inspector"]).first.wait_for(timeout=120_000)
        page.screenshot(path=str(SHOTS / "8_inspector_from_click.png"), full_page=True)
        browser.close()
    assert heatmaps_plots == 3  # one heatmap per model
    assert clipped == [], clipped
    assert not errors, errors
    assert app_outbound() == []  # nothing but 127.0.0.1: no remote icon, font, script or beacon
    assert page_requests and all(u.startswith(server) or u.startswith(("data:", "blob:")) for u in page_requests), \
        sorted({u for u in page_requests if not u.startswith(server)})


def _sidebar_counts(page) -> str:
    loc = page.locator("[data-testid=stSidebar]").get_by_text("resumes ·")
    loc.first.wait_for(timeout=60_000)
    return loc.first.inner_text()


def _label_tile(page, base: str, n: int, label: str) -> None:
    """Click the n-th tile of the first heatmap, then label the pair in the Inspector with a note."""
    page.get_by_role("link", name="Heatmaps", exact=True).first.click()
    page.get_by_text(READY["Heatmaps"]).first.wait_for(timeout=240_000)
    wait_idle(page, 240_000)
    cell = page.locator("[data-testid=stMain] .js-plotly-plot").first.locator(".scatterlayer .trace").first.locator(".point").nth(n)
    cell.hover(force=True)
    page.wait_for_timeout(300)
    cell.click(force=True)
    page.get_by_role("heading", name="Inspector", exact=True).first.wait_for(timeout=60_000)
    page.get_by_text("Save label").first.wait_for(timeout=120_000)
    wait_idle(page, 240_000)
    page.locator("[data-testid=stRadio]").filter(has_text="Your judgement").get_by_text(label, exact=True).click()
    page.get_by_label("Note (optional)").fill(f"note {n}")
    page.get_by_role("button", name="Save label").click()
    page.get_by_text(f"Saved: {label}").first.wait_for(timeout=60_000)
    wait_idle(page)


def _shows_view(page, title: str) -> None:
    """The Heatmaps page's charts are drawn in this view (the 'Colour by' setting survived): their titles say so."""
    page.locator("[data-testid=stMain] .js-plotly-plot .gtitle").filter(has_text=title).first.wait_for(timeout=120_000)


def test_the_users_work_survives_reload_second_tab_and_restart(isolated_home, tmp_path, outbound):
    """Upload files, label three pairs, change a heatmap setting; then reload, open a second tab, restart the
    server: corpus, labels, notes, models and settings are all still there. A chart saved from the app opens
    with every non-file request blocked."""
    from playwright.sync_api import sync_playwright

    from matchlens.workspace import Workspace

    from tests.ingest.odf_builder import odt

    files = [tmp_path / "cv_ana.txt", tmp_path / "cv_bob.odt", tmp_path / "cv_old.doc"]
    files[0].write_text("Infirmière de nuit, soins intensifs, Lyon.", encoding="utf-8")
    files[1].write_bytes(odt("<text:h>Bob</text:h><text:p>Développeur Python Django, API REST, Paris.</text:p>"))
    files[2].write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)  # legacy Word: named, with what to do
    gigs = tmp_path / "gigs.csv"
    gigs.write_text("title,description\nInfirmier,Mission infirmier de nuit en EHPAD\n"
                    "Dev Python,Mission développeur Python Django\nCariste,Cariste en entrepôt CACES\n",
                    encoding="utf-8")
    proc, url = start_server("tfidf,tfidf-char")
    base = url + "/Data?ws=persist"
    try:
        with sync_playwright() as p:
            browser = _launch(p, outbound)
            page = browser.new_page(viewport={"width": 1500, "height": 1000})
            page.goto(base, wait_until="domcontentloaded")
            page.get_by_text("No documents yet").first.wait_for(timeout=120_000)  # a cold first start under load
            wait_idle(page)
            page.locator("input[type=file]").first.set_input_files([str(f) for f in files])
            page.get_by_text("cv_old.doc").first.wait_for(timeout=60_000)  # uploaded before the form is sent
            page.get_by_test_id("stBaseButton-primaryFormSubmit").filter(has_text="Add files").click()
            page.get_by_text("Added 2 document").first.wait_for(timeout=120_000)
            # named in the problems table (a canvas grid: its accessible cells are in the DOM, hidden)
            page.get_by_text("legacy Word .doc is not supported").first.wait_for(state="attached", timeout=60_000)
            wait_idle(page)
            page.locator("[data-testid=stRadio]").filter(has_text="These files are").get_by_text("gigs").click()
            page.locator("input[type=file]").first.set_input_files(str(gigs))
            page.get_by_text("gigs.csv").first.wait_for(timeout=60_000)
            page.get_by_test_id("stBaseButton-primaryFormSubmit").filter(has_text="Add files").click()
            page.get_by_text("Added 3 document").first.wait_for(timeout=120_000)
            wait_idle(page)
            for n, label in enumerate(["fit", "partial", "no"]):
                _label_tile(page, url, n, label)
            page.get_by_role("link", name="Heatmaps", exact=True).first.click()
            page.get_by_text(READY["Heatmaps"]).first.wait_for(timeout=120_000)
            wait_idle(page)
            page.locator("[data-testid=stSelectbox]").filter(has_text="Colour by").click()
            page.get_by_role("option", name="z-score within the gig's column").click()
            chart = tmp_path / "chart.html"
            _download_file(page, "Save chart (HTML)").save_as(chart)
            expected = "2 resumes · 3 gigs · 3 labels"
            assert _sidebar_counts(page) == expected

            page.reload(wait_until="domcontentloaded")  # a reload
            assert _sidebar_counts(page) == expected
            second = browser.new_page(viewport={"width": 1500, "height": 1000})  # a second tab
            second.goto(url + "/Heatmaps?ws=persist", wait_until="domcontentloaded")
            assert _sidebar_counts(second) == expected
            _shows_view(second, "z-score in the gig")

            offline = browser.new_context()  # the saved chart, with every non-file request blocked
            blocked = []
            offline.route("**/*", lambda r: (r.continue_() if r.request.url.startswith("file:")
                                             else (blocked.append(r.request.url), r.abort())))
            view = offline.new_page()
            view.goto(chart.as_uri())
            view.locator(".js-plotly-plot .scatterlayer .point").first.wait_for(timeout=30_000)
            assert blocked == []
            browser.close()
        stop_server(proc)
        proc, url = start_server("tfidf,tfidf-char")  # a server restart
        with sync_playwright() as p:
            browser = _launch(p, outbound)
            page = browser.new_page(viewport={"width": 1500, "height": 1000})
            page.goto(url + "/Heatmaps?ws=persist", wait_until="domcontentloaded")
            assert _sidebar_counts(page) == expected
            _shows_view(page, "z-score in the gig")
            browser.close()
    finally:
        stop_server(proc)
    state = Workspace.named("persist").load()
    assert sorted(state.corpus.labels.values()) == ["fit", "no", "partial"]
    assert sorted(state.notes.values()) == ["note 0", "note 1", "note 2"]
    assert state.models == ["tfidf", "tfidf-char"] and state.view["heatmap.view"] == "z"
    assert app_outbound() == []


def test_the_label_queue_takes_keys_and_the_report_downloads(server, outbound, tmp_path):
    """Label three pairs from the keyboard (F, N, S, F), then download the stakeholder report from the Scorecard:
    one HTML file with plotly inlined and no remote script, font or image."""
    import re

    from playwright.sync_api import sync_playwright

    def session_count(page) -> int:
        text = page.get_by_text("labelled here this session").first.inner_text()
        return int(re.search(r"(\d+) labelled here this session", text).group(1))

    from matchlens.workspace import Workspace

    ws = Workspace.named("default")
    with sync_playwright() as p:
        browser = _launch(p, outbound)
        page = browser.new_page(viewport={"width": 1500, "height": 1000})
        page.goto(server, wait_until="domcontentloaded")  # the first visit creates the sample workspace
        page.get_by_text("Resumes").first.wait_for(timeout=60_000)
        wait_idle(page)
        labels = ws.load().corpus.labels  # the sample labels every pair: keep 60 (fits and non-fits), queue the rest
        for r, g in sorted(labels)[60:]:
            ws.set_label(r, g, None)
        page.goto(server + "/Label_queue", wait_until="domcontentloaded")
        page.get_by_role("heading", name="Label queue", exact=True).first.wait_for(timeout=60_000)
        page.get_by_text("labelled here this session").first.wait_for(timeout=240_000)
        wait_idle(page, 240_000)
        page.screenshot(path=str(SHOTS / "9_label_queue_keys.png"), full_page=True)
        assert session_count(page) == 0
        for key, expected in (("f", 1), ("n", 2), ("s", 2), ("f", 3)):
            first_pair = page.locator("[data-testid=stMain] strong").first.inner_text()
            page.get_by_role("heading", name="Label queue", exact=True).first.click()  # focus the page, not a text box
            page.keyboard.press(key)
            page.wait_for_function(
                "([t]) => { const s = document.querySelector('[data-testid=stMain] strong'); return s && s.innerText !== t; }",
                arg=[first_pair], timeout=60_000)  # the queue moved on to another pair
            wait_idle(page)
            assert session_count(page) == expected, key
        assert len(ws.load().corpus.labels) == 63  # the three labels are in the workspace
        page.get_by_role("link", name="Scorecard", exact=True).first.click()
        page.get_by_text(READY["Scorecard"]).first.wait_for(timeout=240_000)
        wait_idle(page, 240_000)
        page.get_by_role("button", name="Prepare the stakeholder report (HTML)").click()
        page.get_by_role("button", name=re.compile("Download the report")).wait_for(timeout=120_000)
        path = tmp_path / "report.html"
        _download_file(page, re.compile("Download the report")).save_as(path)
        browser.close()
    html = path.read_text(encoding="utf-8")
    assert html.lstrip().lower().startswith("<!doctype html") and "Plotly" in html and len(html) > 1_000_000
    assert not re.search(r"""<(script|link|img)[^>]+(src|href)=["']?https?://""", html, re.I)
    assert app_outbound() == []


def test_heatmap_margins_fit_names_in_any_script(tmp_path):
    """The heatmap sets its own left margin (no automargin pass): names in Hangul, capitals, accented capitals and
    wide letters must all fit, drawn by plotly's own default font in Chromium (file:// page, plotly inlined)."""
    import numpy as np
    from playwright.sync_api import sync_playwright

    from matchlens.views.plots import heatmap

    rows = ["김지연_간호사_이력서_서울_2024.pdf", "WWWWMMMM_WIDE_UPPER_NAME.pdf", "ÉLODIE_BÉRANGER_CV_COMPLET_2024.PDF",
            "mmmmwwww_mmmmwwww_mmmmwwww.txt", "fr_aide_soignante_fatou_diallo.pdf"]
    parts = []  # one chart per name: the margin fits the longest estimate, so each name must be checked alone
    for i, name in enumerate(rows):
        fig = heatmap(np.zeros((1, 2)), [name], ["a", "b"], title="t", hover=np.full((1, 2), "x", dtype=object))
        parts.append(fig.to_html(include_plotlyjs=i == 0, full_html=False))
    page_file = tmp_path / "heatmaps.html"
    page_file.write_text("<html><body>" + "".join(parts) + "</body></html>", encoding="utf-8")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=["--no-sandbox"])
        page = browser.new_page()
        page.goto(page_file.as_uri())
        page.locator(".ytick text").nth(len(rows) - 1).wait_for(timeout=60_000)
        lefts = page.evaluate("""() => [...document.querySelectorAll('.js-plotly-plot')].map(plot =>
            plot.querySelector('.ytick text').getBoundingClientRect().left - plot.getBoundingClientRect().left)""")
        browser.close()
    assert len(lefts) == len(rows) and min(lefts) >= 0, lefts


def _grid_cells(page) -> list[str]:
    """The requirements editor's cells, row by row, from the grid's accessibility layer."""
    cells = page.locator("[data-testid=stExpander] [data-testid=stDataFrame] [role=gridcell]")
    return [cells.nth(i).inner_text() for i in range(cells.count())]


def _grid_rows(page, ncols: int = 6, least: int = 2, seconds: float = 30) -> list[list[str]]:
    """The editor's rows with a requirement, once the grid has drawn at least ``least`` of them (on a loaded
    machine the expander's grid took over a second to fill its accessibility layer: a fixed wait read no rows)."""
    deadline = time.monotonic() + seconds
    while True:
        cells = _grid_cells(page)
        rows = [cells[i:i + ncols] for i in range(0, len(cells) - ncols + 1, ncols) if cells[i + 3].strip()]
        if len(rows) >= least or time.monotonic() > deadline:
            return rows
        page.wait_for_timeout(250)


def _set_box(page, row: int, col: int, value: bool, ncols: int = 6) -> None:
    """Click a checkbox cell of the editor (a canvas grid) until the accessibility layer shows ``value``."""
    box = page.locator("[data-testid=stExpander] [data-testid=stDataFrame]").first.bounding_box()
    x = box["x"] + {0: 78, 1: 182}[col]  # keep, required: the editor's first two columns
    y = box["y"] + 35 + 35 * row + 17
    for _ in range(4):
        if _grid_cells(page)[row * ncols + col] == str(value).lower():
            return
        page.mouse.click(x, y)
        page.wait_for_timeout(400)
    assert _grid_cells(page)[row * ncols + col] == str(value).lower(), _grid_cells(page)[:ncols * (row + 1)]


def _download_file(page, name, attempts: int = 3):
    """Click a download button until the file comes: a click that lands while a rerun redraws the button (the
    idle check can pass before the rerun's status shows) is lost by the browser, as it would be for a user."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    for attempt in range(attempts):
        wait_idle(page)
        try:
            with page.expect_download(timeout=60_000) as dl:
                page.get_by_role("button", name=name).first.click()
            return dl.value
        except PlaywrightTimeout:
            if attempt == attempts - 1:
                raise


def _download(page, name: str) -> str:
    return Path(_download_file(page, name).path()).read_text(encoding="utf-8")


def test_edit_requirements_rerank_export_and_find_them_after_a_reload(tmp_path, monkeypatch, outbound):
    """Issue 30's path in a real browser: drop one requirement and make another required on the Shortlist page, save;
    the req: model's ranking and the exported shortlist change at once (the required item is now listed to improve
    for the CVs missing it); after a reload the edits are still there and the export is the same."""
    import csv
    import io
    import shutil

    from playwright.sync_api import sync_playwright

    home = tmp_path / "home"  # its own home: the edits must not reach the other browser tests' workspace
    home.mkdir()
    shutil.copy(ROOT / "tests" / "data" / "towns_fr_sample.tsv", home / "towns_fr.tsv")
    monkeypatch.setenv("MATCHLENS_HOME", str(home))
    proc, url = start_server("req:tfidf,tfidf")
    try:
        with sync_playwright() as p:
            browser = _launch(p, outbound)
            page = browser.new_page(viewport={"width": 1500, "height": 1100})
            page.goto(url + "/Shortlist", wait_until="domcontentloaded")
            page.get_by_text(READY["Shortlist"]).first.wait_for(timeout=180_000)
            wait_idle(page)
            before = _download(page, "Download the shortlist (CSV)")
            page.get_by_text("Requirements of this gig (edit, then save)").first.click()
            rows = _grid_rows(page)
            last = len(rows) - 1
            dropped, required = rows[1][3], rows[last][3]
            _set_box(page, 1, 0, False)       # drop the second requirement
            _set_box(page, last, 1, True)     # make the last one required
            page.get_by_role("button", name="Save requirements").first.click()
            page.get_by_text("Requirements saved").first.wait_for(timeout=60_000)
            page.get_by_text(READY["Shortlist"]).first.wait_for(timeout=180_000)
            wait_idle(page)
            after = _download(page, "Download the shortlist (CSV)")
            assert after != before
            table = list(csv.DictReader(io.StringIO(after)))
            improve = [c for c in table[0] if c.startswith("to improve")][0]
            assert any(required[:20] in row[improve] for row in table), (required, [r[improve] for r in table])
            assert not any(dropped[:20] in row[improve] for row in table)
            page.reload(wait_until="domcontentloaded")
            page.get_by_text(READY["Shortlist"]).first.wait_for(timeout=180_000)
            wait_idle(page)
            assert _download(page, "Download the shortlist (CSV)") == after
            page.get_by_text("Requirements of this gig (edit, then save)").first.click()
            _grid_rows(page, least=last + 1)
            cells = _grid_cells(page)
            assert cells[6] == "false" and cells[last * 6 + 1] == "true", cells[:6 * (last + 1)]
            page.screenshot(path=str(SHOTS / "shortlist_edited.png"), full_page=True)
            browser.close()
    finally:
        stop_server(proc)
    assert not app_outbound(), app_outbound()  # offline: nothing left the machine on this path either
