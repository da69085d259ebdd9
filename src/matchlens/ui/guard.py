"""The gate in front of Streamlit's web server: Host/Origin allow-list on every request and WebSocket, and the
access key when shared on a network (matchlens.netguard decides; this module applies it to the ASGI app).

Streamlit 1.67 serves with Starlette on uvicorn; ``streamlit.web.server.starlette.starlette_server`` builds the
app with ``create_starlette_app(runtime)`` inside ``UvicornServer.start``. ``install`` wraps that one factory, so
every HTTP request and WebSocket upgrade passes the gate before Streamlit's own middleware. If a Streamlit
release moves it, ``install`` raises GuardError and the server does not start (fail closed).

Shared, the gate also gives each browser that has the key an owner id (the ``matchlens_owner`` cookie: random,
HttpOnly, kept 400 days), so that the workspaces a browser makes can be private to it; ``viewer()`` reads it back
in a page run (``st.context.cookies``: the cookies of the browser's WebSocket) as a ``workspace.Viewer``.
"""
from __future__ import annotations

import asyncio
import re
import secrets
import socket
import sys
from urllib.parse import parse_qsl, urlencode

from matchlens import netguard, settings
from matchlens.errors import MatchlensError
from matchlens.net import loopback_ip

COOKIE = "matchlens_access"
OWNER_COOKIE = "matchlens_owner"
OWNER_DAYS = 400  # what browsers keep a cookie at most (Chrome caps Max-Age at 400 days)
_OWNER_ID = re.compile(r"[0-9a-f]{32}")
FORM_LIMIT = 4096  # bytes of a login form read at most
WRONG_KEY_DELAY = 1.0  # seconds per wrong key, one at a time: guessing a password stays slow


class GuardError(MatchlensError, RuntimeError):
    """The gate cannot be put in front of this Streamlit's web server (the message says why)."""


class Gate:
    """ASGI middleware: refuses (403, one line) a request whose Host or Origin is not ours, and, with a ``key``,
    one that neither carries the key's cookie nor gives the key (``?token=`` or the login form)."""

    def __init__(self, app, policy: netguard.HostPolicy, key: str | None = None, *, secure: bool = False,
                 announce=None) -> None:
        self.app, self.policy, self.key, self.secure, self.announce = app, policy, key, secure, announce
        self._wrong = asyncio.Lock()  # wrong keys wait their turn

    async def __call__(self, scope, receive, send) -> None:
        kind = scope["type"]
        if kind == "lifespan":
            return await self.app(scope, receive, self._on_startup(send))
        if kind not in ("http", "websocket"):
            return await self.app(scope, receive, send)
        headers = _headers(scope)
        reason = self.policy.refusal(headers.get("host"), headers.get("origin"), scope.get("scheme", "http"))
        if reason is None and self.key is not None and not self._has_cookie(headers):
            if kind == "websocket":
                reason = "this shared dashboard needs its access key: open the address printed at start"
            else:
                return await self._ask_key(scope, receive, send)
        if reason is None:
            if kind == "http" and self.key is not None and not owner_id_ok(_cookies(headers).get(OWNER_COOKIE)):
                send = self._giving_owner(send)
            return await self.app(scope, receive, send)
        await (_refuse_ws(scope, receive, send, reason) if kind == "websocket" else _respond(send, 403, reason))

    def _has_cookie(self, headers: dict[str, str]) -> bool:
        return netguard.cookie_matches(_cookies(headers).get(COOKIE), self.key)

    def _giving_owner(self, send):
        """``send`` that adds a new owner id cookie to the response (a browser with the key that has none yet).
        SameSite=Lax, not Strict: a link followed from another site must carry it, or the browser would get a new
        id and lose its private workspaces; it proves nothing by itself (the access cookie stays Strict)."""
        secure = "; Secure" if self.secure else ""
        cookie = (f"{OWNER_COOKIE}={secrets.token_hex(16)}; Path=/; Max-Age={OWNER_DAYS * 86400}; HttpOnly; "
                  f"SameSite=Lax{secure}")

        async def wrapped(message) -> None:
            if message.get("type") == "http.response.start":
                message = {**message, "headers": [*message.get("headers", []), (b"set-cookie", cookie.encode())]}
            await send(message)
        return wrapped

    async def _ask_key(self, scope, receive, send) -> None:
        """Take the key from ``?token=`` or the login form (then a cookie and a redirect to the page without it),
        or answer 403 with the login form."""
        query = parse_qsl(scope.get("query_string", b"").decode("latin-1"), keep_blank_values=True)
        given = dict(query).get("token")
        if given is None and scope.get("method") == "POST":
            given = dict(parse_qsl((await _body(receive)).decode("utf-8", "replace"))).get("token")
        if netguard.key_matches(given, self.key):
            rest = urlencode([(k, v) for k, v in query if k != "token"])
            location = _same_site_path(scope) + (f"?{rest}" if rest else "")
            return await _respond(send, 303, "access granted", [("location", location), self._cookie()])
        if given is not None:  # one wrong key per second for the whole server, however many connections
            async with self._wrong:
                await asyncio.sleep(WRONG_KEY_DELAY)
        await _respond(send, 403, login_page(wrong=given is not None), content_type="text/html; charset=utf-8")

    def _cookie(self) -> tuple[str, str]:
        secure = "; Secure" if self.secure else ""
        return ("set-cookie", f"{COOKIE}={netguard.cookie_value(self.key)}; Path=/; HttpOnly; SameSite=Strict{secure}")

    def _on_startup(self, send):
        """``send`` that prints the address (with the key) once, when the server has started."""
        async def wrapped(message) -> None:
            await send(message)
            if message.get("type") == "lifespan.startup.complete" and self.announce is not None:
                self.announce()
        return wrapped


def owner_id_ok(value: str | None) -> bool:
    """Whether a cookie holds an owner id the gate gives (32 hex digits); anything else gets a new one."""
    return value is not None and _OWNER_ID.fullmatch(value) is not None


def _cookies(headers: dict[str, str]) -> dict[str, str]:
    from starlette.requests import cookie_parser

    return cookie_parser(headers.get("cookie", ""))


def shared() -> bool:
    """Whether this dashboard is served beyond this computer (the gate then asks for the key): what the Streamlit
    server is configured to bind, read as gate_for_config reads it."""
    from streamlit import config

    return loopback_ip(config.get_option("server.address") or "") is None


def viewer():
    """Who this page run is for (a ``workspace.Viewer``): this computer's user when the dashboard is not shared;
    shared, the browser known by the owner id its gate gave it (none: a browser that owns nothing)."""
    from matchlens import workspace

    if not shared():
        return workspace.LOCAL
    import streamlit as st

    value = st.context.cookies.get(OWNER_COOKIE)
    return workspace.browser_viewer(value if owner_id_ok(value) else None)


def _same_site_path(scope) -> str:
    """The request's path as sent (still percent-encoded: no CR/LF), with one leading slash: ``//evil.example``
    would send the browser to another site."""
    raw = scope.get("raw_path") or scope["path"].encode()
    return "/" + raw.decode("latin-1").lstrip("/\\")


def login_page(wrong: bool = False) -> str:
    """The only page a shared dashboard shows without its key: a form asking for it (nothing of the app)."""
    note = "<p><b>That key is not right.</b></p>" if wrong else ""
    return ("<!doctype html><html><head><meta charset='utf-8'><title>matchlens · access key</title></head>"
            "<body style='font-family:sans-serif;max-width:32em;margin:4em auto'><h1>matchlens</h1>"
            "<p>This dashboard is shared on the network and needs its access key: the token printed in the "
            "terminal that started it, or the password set in MATCHLENS_PASSWORD.</p>" + note +
            "<form method='post'><input name='token' type='password' autocomplete='current-password' "
            "autofocus size='40' aria-label='access key'> <button type='submit'>Open</button></form></body></html>")


def _headers(scope) -> dict[str, str]:
    """Request headers by lower-case name; a repeated Host or Origin reads as invalid, never as the first one."""
    out: dict[str, str] = {}
    for raw_name, raw_value in scope.get("headers", []):
        name, value = raw_name.decode("latin-1").lower(), raw_value.decode("latin-1")
        if name in out and name in ("host", "origin"):
            value = "\0duplicate"
        elif name in out and name == "cookie":
            value = f"{out[name]}; {value}"
        out[name] = value
    return out


async def _body(receive) -> bytes:
    data = b""
    while len(data) <= FORM_LIMIT:
        message = await receive()
        data += message.get("body", b"")
        if not message.get("more_body"):
            break
    return data[:FORM_LIMIT]


async def _respond(send, status: int, text: str, headers=(), content_type: str = "text/plain; charset=utf-8"):
    body = (text if text.endswith("\n") or content_type.startswith("text/html") else text + "\n").encode()
    head = [(b"content-type", content_type.encode()), (b"content-length", str(len(body)).encode()),
            (b"cache-control", b"no-store"), (b"x-frame-options", b"DENY"),
            (b"content-security-policy", b"default-src 'none'; style-src 'unsafe-inline'; form-action 'self'"),
            *[(k.encode(), v.encode("latin-1")) for k, v in headers]]
    await send({"type": "http.response.start", "status": status, "headers": head})
    await send({"type": "http.response.body", "body": body})


async def _refuse_ws(scope, receive, send, reason: str) -> None:
    """Refuse a WebSocket upgrade: HTTP 403 with the reason where the server can send one, else a close (uvicorn
    answers the handshake 403)."""
    await receive()  # websocket.connect
    if "websocket.http.response" in scope.get("extensions", {}):
        body = (reason + "\n").encode()
        await send({"type": "websocket.http.response.start", "status": 403,
                    "headers": [(b"content-type", b"text/plain; charset=utf-8"),
                                (b"content-length", str(len(body)).encode())]})
        await send({"type": "websocket.http.response.body", "body": body})
    else:
        await send({"type": "websocket.close", "code": 1008, "reason": reason[:120]})


def gate_for_config(app, added: frozenset[str] = frozenset(), out=print) -> Gate:
    """The gate for the server Streamlit is configured to run: network mode when its address is not loopback;
    ``added``: the user's host names (MATCHLENS_ALLOWED_HOSTS, --allow-host)."""
    from streamlit import config

    address = config.get_option("server.address") or ""
    network = loopback_ip(address) is None
    policy = netguard.host_policy(network, address, added)
    secure = bool(config.get_option("server.sslCertFile"))
    if not network:
        return Gate(app, policy, secure=secure)
    password = settings.current().password
    if password is not None and (problem := netguard.password_problem(password)):
        raise GuardError(problem)
    key = password or netguard.new_token()
    if not config.is_manually_set("browser.serverAddress"):  # else Streamlit asks checkip.amazonaws.com for
        config.set_option("browser.serverAddress", _shown_host(address))  # the machine's public address

    def announce() -> None:
        scheme = "https" if secure else "http"
        base = f"{scheme}://{_shown_host(address)}:{config.get_option('server.port')}/"
        if password:
            out(f"\n  matchlens is shared on the network; it asks for the password in MATCHLENS_PASSWORD:\n"
                f"    {base}\n", flush=True)
        else:
            out(f"\n  matchlens is shared on the network with an access key (shown once; anyone with it can read "
                f"every workspace):\n    {base}?token={key}\n", flush=True)

    return Gate(app, policy, key, secure=secure, announce=announce)


def _shown_host(address: str) -> str:
    """The address colleagues type: the bound one, or this machine's first network IPv4 address, or its name."""
    if address and address not in ("0.0.0.0", "::"):
        return f"[{address}]" if ":" in address else address
    ips = sorted(h for h in netguard.machine_hosts() if netguard.is_ip(h) and "." in h and loopback_ip(h) is None)
    return ips[0] if ips else socket.gethostname()


def install(added: frozenset[str] = frozenset()) -> None:
    """Put the gate in front of the app Streamlit's web server builds; GuardError when this Streamlit builds it
    elsewhere (then no server may start unguarded)."""
    try:
        from streamlit.web.server import server as st_server
        from streamlit.web.server.starlette import starlette_server as factory_home
    except ImportError as exc:
        raise GuardError(f"Streamlit's Starlette server is missing ({exc})") from exc
    factory = getattr(factory_home, "create_starlette_app", None)
    start = getattr(getattr(factory_home, "UvicornServer", None), "start", None)
    server_start = getattr(getattr(st_server, "Server", None), "start", None)
    if factory is None or not _calls(start, "create_starlette_app") or not _calls(server_start, "UvicornServer"):
        raise GuardError("this Streamlit no longer builds its web app with starlette_server.create_starlette_app "
                         "in UvicornServer.start")
    if getattr(factory, "matchlens_gate", False):
        return

    def guarded(runtime):
        return gate_for_config(factory(runtime), frozenset(added))

    guarded.matchlens_gate = True
    factory_home.create_starlette_app = guarded


def _calls(function, name: str) -> bool:
    """True when ``function``'s code refers to the global or imported ``name``."""
    code = getattr(function, "__code__", None)
    return code is not None and name in code.co_names


def install_or_exit(added_hosts=()) -> None:
    """Check the user's settings and install the gate, or stop with a message in words: the resumes are never
    served without it."""
    try:
        added = netguard.parse_hosts(" ".join([*added_hosts, settings.current().allowed_hosts]))
        password = settings.current().password
        if password is not None and (problem := netguard.password_problem(password)):
            raise ValueError(problem)
    except ValueError as exc:
        sys.exit(f"matchlens: {exc}")
    try:
        install(added)
    except GuardError as exc:
        import streamlit

        sys.exit(f"matchlens: cannot protect the dashboard's server (Streamlit {streamlit.__version__}): {exc}. "
                 "Not starting, so that no other web page or computer can read the resumes. Install the Streamlit "
                 "version pinned in requirements.txt.")
