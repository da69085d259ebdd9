"""The real server, started as ./run.sh app starts it: a page that is not ours gets nothing (DNS rebinding, other
sites), over HTTP and the WebSocket; shared on the network, nothing of the app without the access key."""
import asyncio
import http.client
import os
import re
import socket
import subprocess
import sys
import threading
import time
import urllib.parse

import pytest
from websockets.exceptions import InvalidStatus
from websockets.sync.client import connect

from matchlens import netguard
from matchlens.ui import guard, serve
from tests.ui.test_browser import CHROMIUM, ROOT, free_port, stop_server

FOREIGN = ["evil.example", "127.0.0.1.nip.io", "localhost.evil.example"]  # names an attacker points at 127.0.0.1
PATHS = ["/", "/_stcore/health", "/_stcore/host-config", "/Heatmaps?ws=default", "/_stcore/upload_file/x/y",
         "/static/js/index.js", "/favicon.png"]


class Served:
    """A server process, its port and every line it printed."""

    def __init__(self, *args: str, env: dict | None = None) -> None:
        self.port = free_port()
        env = {**{k: v for k, v in os.environ.items() if k not in ("MATCHLENS_PASSWORD", "MATCHLENS_ALLOWED_HOSTS")},
               "MATCHLENS_NO_WARMUP": "1", "MATCHLENS_AUTOLOAD_SAMPLE": "0", "PYTHONUNBUFFERED": "1", **(env or {})}
        self.proc = subprocess.Popen([sys.executable, "-m", "matchlens.ui.serve", "--server.headless", "true",
                                      "--server.port", str(self.port), *args], cwd=ROOT, env=env,
                                     stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        self.lines: list[str] = []
        threading.Thread(target=lambda: self.lines.extend(self.proc.stdout), daemon=True).start()
        for _ in range(120):  # any HTTP answer means it is up (a shared one answers 403 without the key)
            if self.proc.poll() is not None:
                break
            try:
                self.get("/_stcore/health")
                return
            except OSError:
                time.sleep(0.25)
        stop_server(self.proc)
        pytest.fail("the server did not start: " + "".join(self.lines)[-2000:])

    @property
    def output(self) -> str:
        return "".join(self.lines)

    def get(self, path: str, host: str | None = None, **headers) -> http.client.HTTPResponse:
        """GET ``path`` from 127.0.0.1 with this Host header (default: 127.0.0.1:port), as a browser would send."""
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=10)
        conn.request("GET", path, headers={"Host": host or f"127.0.0.1:{self.port}", **headers})
        resp = conn.getresponse()
        resp.text = resp.read().decode()
        return resp

    def stream(self, host: str | None = None, origin: str | None = None, cookie: str | None = None) -> str:
        """Open Streamlit's WebSocket with this Host (the URL's) and Origin: 'open' or the refusal's status."""
        sock = socket.create_connection(("127.0.0.1", self.port), timeout=10)
        extra = {k: v for k, v in {"Origin": origin, "Cookie": cookie}.items() if v}
        try:
            with connect(f"ws://{host or f'127.0.0.1:{self.port}'}/_stcore/stream", sock=sock, open_timeout=10,
                         additional_headers=extra, subprotocols=["streamlit"]):
                return "open"
        except InvalidStatus as exc:
            return f"{exc.response.status_code} {bytes(exc.response.body).decode()}"


@pytest.fixture(scope="module")
def local(isolated_home):
    served = Served("--allow-host", "cv.test", env={"MATCHLENS_ALLOWED_HOSTS": "alias.test, proxy.test"})
    yield served
    stop_server(served.proc)


@pytest.fixture(scope="module")
def shared(isolated_home):
    served = Served("--server.address", "0.0.0.0")  # as ./run.sh app --network
    for _ in range(40):  # the key is printed when the server has started
        if "?token=" in served.output:
            break
        time.sleep(0.1)
    yield served
    stop_server(served.proc)


@pytest.mark.parametrize("name", FOREIGN)
def test_a_foreign_host_gets_403_on_every_path(local, name):
    for path in PATHS:
        resp = local.get(path, host=f"{name}:{local.port}")
        assert resp.status == 403, (path, resp.status)
        assert name in resp.text and resp.text.count("\n") == 1 and "<" not in resp.text  # one line, no app


def test_our_own_host_gets_the_app(local):
    for host in (f"127.0.0.1:{local.port}", f"localhost:{local.port}"):
        assert local.get("/", host=host).status == 200
        assert local.get("/_stcore/health", host=host).text == "ok"


def test_names_the_user_adds_are_answered_and_no_others(local):
    for name in ("cv.test", "alias.test", "proxy.test"):
        assert local.get("/_stcore/health", host=f"{name}:{local.port}").status == 200
    assert local.get("/_stcore/health", host=f"other.test:{local.port}").status == 403
    assert serve.split_hosts(["--allow-host", "a.lan", "--server.port", "1", "--allow-host=b.lan"]) == \
        (["a.lan", "b.lan"], ["--server.port", "1"])


def test_a_page_of_another_site_gets_403(local):
    resp = local.get("/_stcore/health", Origin="http://evil.example")
    assert resp.status == 403 and "another site" in resp.text


@pytest.mark.parametrize("name", FOREIGN)
def test_the_websocket_refuses_a_foreign_host_or_origin(local, name):
    here = f"127.0.0.1:{local.port}"
    assert local.stream(f"{name}:{local.port}", f"http://{name}:{local.port}").startswith("403 this server does not")
    assert local.stream(here, f"http://{name}:{local.port}").startswith("403 the request comes from another site")
    assert local.stream(here, f"http://127.0.0.1:{free_port()}").startswith("403")  # another local web app
    assert local.stream(here, f"http://{here}") == "open"  # the refusals above are the gate, not a broken socket


def test_loopback_serving_asks_for_no_key(local):
    assert "token=" not in local.output and "shared on the network" not in local.output


def test_shared_the_key_is_printed_once_with_the_address(shared):
    urls = re.findall(r"https?://\S+\?token=([0-9a-f]{48})", shared.output)
    assert len(urls) == 1 and shared.output.count(urls[0]) == 1
    assert "checkip" not in shared.output and "Did not auto detect external IP" not in shared.output


def _key(shared) -> str:
    return re.search(r"\?token=([0-9a-f]{48})", shared.output).group(1)


def test_shared_without_the_key_shows_only_a_form_asking_for_it(shared):
    for path in PATHS:
        resp = shared.get(path)
        assert resp.status == 403, path
        assert "<script" not in resp.text and "streamlit" not in resp.text.lower()
    page = shared.get("/").text
    assert "access key" in page and "<form method='post'>" in page
    assert shared.stream().startswith("403 this shared dashboard needs its access key")


def test_shared_the_right_token_sets_a_strict_cookie_and_drops_itself_from_the_address(shared):
    resp = shared.get(f"/Heatmaps?ws=pilot&token={_key(shared)}")
    assert resp.status == 303 and resp.getheader("Location") == "/Heatmaps?ws=pilot"
    cookie = resp.getheader("Set-Cookie")
    assert "HttpOnly" in cookie and "SameSite=Strict" in cookie and _key(shared) not in cookie
    value = cookie.split(";")[0]
    assert shared.get("/", Cookie=value).status == 200  # the cookie alone: reloads work
    assert shared.get("/_stcore/health", Cookie=value).text == "ok"
    assert shared.stream(cookie=value) == "open"
    assert shared.get("/", host=f"evil.example:{shared.port}", Cookie=value).status == 403  # still our host only


def test_shared_a_wrong_token_or_cookie_gets_nothing(shared):
    key = _key(shared)
    resp = shared.get(f"/?token={key[:-1]}{'1' if key.endswith('0') else '0'}")  # one character off, never the key
    assert resp.status == 403 and "not right" in resp.text and resp.getheader("Set-Cookie") is None
    forged = f"{guard.COOKIE}={netguard.cookie_value('guess')}"
    assert shared.get("/", Cookie=forged).status == 403
    assert shared.stream(cookie=forged).startswith("403")
    assert shared.stream(cookie=f"{guard.COOKIE}={_key(shared)}").startswith("403")  # the key is not the cookie


def test_shared_the_login_form_sets_the_cookie(shared):
    conn = http.client.HTTPConnection("127.0.0.1", shared.port, timeout=10)
    body = urllib.parse.urlencode({"token": _key(shared)})
    conn.request("POST", "/Data", body=body, headers={"Content-Type": "application/x-www-form-urlencoded",
                                                       "Origin": f"http://127.0.0.1:{shared.port}"})
    resp = conn.getresponse()
    assert resp.status == 303 and resp.getheader("Location") == "/Data"
    assert resp.getheader("Set-Cookie").startswith(f"{guard.COOKIE}={netguard.cookie_value(_key(shared))}")


# --- the hook itself, in this process: it must be applied, and refuse to start when it cannot be ---

def test_install_puts_the_gate_in_front_of_the_app_streamlit_builds(monkeypatch):
    from streamlit.web.server.starlette import starlette_server

    inner = object()
    monkeypatch.setattr(starlette_server, "create_starlette_app", lambda runtime: inner)
    guard.install()
    app = starlette_server.create_starlette_app(None)
    assert isinstance(app, guard.Gate) and app.app is inner
    guard.install()  # twice: still one gate
    assert starlette_server.create_starlette_app(None).app is inner


@pytest.mark.parametrize("break_it", ["no factory", "factory not called", "server not uvicorn"])
def test_a_streamlit_that_moved_its_server_is_refused_not_served_unguarded(monkeypatch, break_it, capsys):
    from streamlit.web.server import server
    from streamlit.web.server.starlette import starlette_server

    async def start(self):
        return None

    if break_it == "no factory":
        monkeypatch.delattr(starlette_server, "create_starlette_app")
    elif break_it == "factory not called":
        monkeypatch.setattr(starlette_server.UvicornServer, "start", start)
    else:
        monkeypatch.setattr(server.Server, "start", start)
    with pytest.raises(guard.GuardError, match="create_starlette_app"):
        guard.install()
    with pytest.raises(SystemExit, match="Not starting, so that no other web page"):
        guard.install_or_exit()


@pytest.mark.parametrize("env, words", [({"MATCHLENS_ALLOWED_HOSTS": "http://cv.lan"}, "is not a host name"),
                                        ({"MATCHLENS_PASSWORD": "abc"}, "shorter than 8")])
def test_bad_settings_stop_the_start_in_words(monkeypatch, env, words):
    for k, v in env.items():
        monkeypatch.setenv(k, v)
    with pytest.raises(SystemExit, match=words):
        guard.install_or_exit()


def test_a_password_opens_the_gate_like_the_token(monkeypatch):
    """The ASGI gate alone, with a password the user chose (MATCHLENS_PASSWORD), no server needed."""
    monkeypatch.setattr(guard, "WRONG_KEY_DELAY", 0)
    reached = []

    async def app(scope, receive, send):
        reached.append(scope["path"])
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": b"app"})

    gate = guard.Gate(app, netguard.host_policy(network=True, bind="0.0.0.0"), "correct horse battery")

    async def ask(query: str = "", cookie: str = "", path: str = "/"):
        sent = []

        async def send(message):
            sent.append(message)

        async def receive():
            return {"type": "http.request", "body": b""}

        scope = {"type": "http", "method": "GET", "path": urllib.parse.unquote(path), "raw_path": path.encode(),
                 "query_string": query.encode(), "scheme": "http",
                 "headers": [(b"host", b"10.0.0.5:8501"), (b"cookie", cookie.encode())]}
        await gate(scope, receive, send)
        return sent[0]["status"], dict((k.decode(), v.decode()) for k, v in sent[0]["headers"])

    def call(*args, **kwargs):
        return asyncio.run(ask(*args, **kwargs))

    assert call()[0] == 403 and call("token=correct+horse")[0] == 403 and not reached
    status, headers = call("token=correct+horse+battery")
    assert status == 303 and not reached
    assert call(cookie=headers["set-cookie"].split(";")[0])[0] == 200 and reached == ["/"]
    for path, location in [("//evil.example/x", "/evil.example/x"), ("/\\evil.example", "/evil.example"),
                           ("/a%0d%0aSet-Cookie:%20x=1", "/a%0d%0aSet-Cookie:%20x=1")]:  # never another site
        assert call("token=correct+horse+battery&ws=w", path=path)[1]["location"] == location + "?ws=w"

    async def guesses():  # four connections guessing at once (one event loop, as in the server)
        return await asyncio.gather(*[ask(f"token=guess{i}") for i in range(4)])
    monkeypatch.setattr(guard, "WRONG_KEY_DELAY", 0.05)
    start = time.perf_counter()
    assert {status for status, _ in asyncio.run(guesses())} == {403}
    assert time.perf_counter() - start >= 0.2  # still wait their turn: one wrong key per delay


@pytest.mark.browser
@pytest.mark.skipif(not os.path.exists(CHROMIUM), reason="Debian's chromium is not installed")
def test_in_chromium_the_printed_link_opens_the_app_reloads_work_and_a_rebound_name_gets_nothing(shared):
    """What a colleague does: open the printed link (the app runs, its WebSocket carrying the cookie, with the
    banner saying who can see what), reload; another browser without the key, and a page whose name resolves to
    this server (DNS rebinding, via chromium's resolver rules), see no app."""
    from playwright.sync_api import sync_playwright

    base = f"http://127.0.0.1:{shared.port}"
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=[
            "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
            "--host-resolver-rules=MAP evil.example 127.0.0.1"])
        try:
            page = browser.new_page()
            page.goto(f"{base}/?token={_key(shared)}")
            page.get_by_text("everyone who has its access key").wait_for(timeout=60_000)  # the app ran: the banner
            assert "token" not in page.url
            page.reload()
            page.get_by_text("everyone who has its access key").wait_for(timeout=60_000)
            other = browser.new_context().new_page()
            other.goto(base + "/")
            assert "needs its access key" in other.content() and "stApp" not in other.content()
            rebound = browser.new_context().new_page()
            resp = rebound.goto(f"http://evil.example:{shared.port}/")
            assert resp.status == 403 and "does not answer for the name 'evil.example'" in rebound.content()
        finally:
            browser.close()


@pytest.mark.browser
@pytest.mark.skipif(not os.path.exists(CHROMIUM), reason="Debian's chromium is not installed")
def test_in_chromium_a_private_workspace_is_seen_by_its_browser_only(shared):
    """Two colleagues with the key: the gate gives each browser its own owner id (HttpOnly: the page cannot read
    it, the server reads it on the WebSocket); Alice's private workspace opens in her browser and not in Bob's."""
    from playwright.sync_api import sync_playwright

    from matchlens.workspace import Workspace, browser_viewer

    base = f"http://127.0.0.1:{shared.port}"
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=["--no-sandbox", "--disable-gpu"])
        try:
            alice, bob = browser.new_context(), browser.new_context()
            pages = {}
            for who, context in (("alice", alice), ("bob", bob)):
                pages[who] = context.new_page()
                pages[who].goto(f"{base}/?token={_key(shared)}")
                pages[who].get_by_text("Yours private: 0 workspaces").wait_for(timeout=60_000)
            ids = [next(c["value"] for c in ctx.cookies() if c["name"] == guard.OWNER_COOKIE) for ctx in (alice, bob)]
            assert ids[0] != ids[1] and pages["alice"].evaluate("document.cookie").find(guard.OWNER_COOKIE) < 0
            Workspace.named("alices-notes", browser_viewer(ids[0])).create().set_private(True)
            pages["alice"].goto(f"{base}/?ws=alices-notes")
            pages["alice"].get_by_text("Yours private: 1 workspace only this browser sees").wait_for(timeout=60_000)
            assert "alices-notes" in pages["alice"].url
            pages["bob"].goto(f"{base}/?ws=alices-notes")
            pages["bob"].get_by_text("is private to the person who made it").wait_for(timeout=60_000)
            pages["bob"].wait_for_url("**ws=default**", timeout=30_000)
        finally:
            browser.close()
            Workspace.named("alices-notes").delete()
