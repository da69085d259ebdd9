"""Who may talk to the dashboard's server: the Host and Origin a request may carry, and the key of a shared one.

Any web page the user visits can point a name of its own at 127.0.0.1 (DNS rebinding): the browser then sends
that page's requests, WebSocket included, to the local server with the page's *name* in Host and Origin. So a
request is answered only when its Host is a name or address of this server: loopback IPs and ``localhost``
when serving this computer only; under ``--network`` also this machine's names and any IP address (rebinding
needs a name, and clients behind NAT or a container reach the machine by an address it does not see as its
own); always the names the user adds. An Origin, when sent, must be the page's own origin (same scheme, host
and port as the request) or one of the names the user added (a reverse proxy). Shared on a network, every
request also needs the access key: a random token printed once, or a password the user chose; a browser keeps
an HMAC of it in a cookie, never the key itself.
"""
from __future__ import annotations

import hashlib
import hmac
import ipaddress
import re
import secrets
import socket
from collections.abc import Iterable
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from matchlens.errors import MatchlensError
from matchlens.net import loopback_ip

LOOPBACK = frozenset({"localhost", "127.0.0.1", "::1"})
MIN_PASSWORD = 8
_NAME = re.compile(r"[a-z0-9_](?:[a-z0-9_-]{0,62})(?:\.[a-z0-9_](?:[a-z0-9_-]{0,62}))*")  # no backtracking
DEFAULT_PORT = {"http": 80, "ws": 80, "https": 443, "wss": 443}


class HostError(MatchlensError, ValueError):
    """A host name the user gave that is not a host name (the message says which and why)."""


def normal_host(name: str) -> str | None:
    """The canonical form of a host name or IP address (lower case, no trailing dot, IPv6 compressed), or None."""
    name = (name or "").strip().lower().rstrip(".")
    if name.startswith("[") and name.endswith("]"):
        name = name[1:-1]
    try:
        ip = ipaddress.ip_address(name.split("%", 1)[0])
    except ValueError:
        return name if len(name) <= 253 and _NAME.fullmatch(name) else None
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return str(ip)


def is_ip(name: str) -> bool:
    """True when this (normalised) host is an IP address, not a name."""
    try:
        ipaddress.ip_address(name)
    except ValueError:
        return False
    return True


def split_host(value: str | None, scheme: str = "http") -> tuple[str, int] | None:
    """(host, port) of a Host header value such as ``name:8501`` or ``[::1]:8501``; None when it is not one."""
    value = (value or "").strip()
    if not value or any(c in value for c in "/?#@\\ \t"):
        return None
    try:
        parts = urlsplit(f"//{value}")
        port = parts.port
    except ValueError:
        return None
    host = normal_host(parts.hostname or "")
    return (host, port if port is not None else DEFAULT_PORT.get(scheme, 80)) if host else None


def split_origin(origin: str) -> tuple[str, int] | None:
    """(host, port) of an Origin header such as ``http://name:8501``; None for ``null`` or anything else."""
    try:
        parts = urlsplit(origin.strip())
        port = parts.port
    except ValueError:
        return None
    if parts.scheme not in ("http", "https") or parts.path or parts.query or parts.username:
        return None
    host = normal_host(parts.hostname or "")
    return (host, port if port is not None else DEFAULT_PORT[parts.scheme]) if host else None


def parse_hosts(text: str) -> frozenset[str]:
    """The host names or addresses in a comma- or space-separated list (MATCHLENS_ALLOWED_HOSTS); a bad one is
    refused by name, so a typo never silently allows nothing or everything."""
    out = set()
    for item in re.split(r"[,\s]+", text or ""):
        if not item:
            continue
        host = normal_host(item)
        if host is None:
            raise HostError(f"{item!r} is not a host name or IP address (letters, digits, '-', '.'; no port, "
                            "no scheme, no path)")
        out.add(host)
    return frozenset(out)


def machine_hosts() -> frozenset[str]:
    """This machine's own names and the addresses of its network interfaces, found without any network lookup."""
    names = {socket.gethostname()}
    names |= {f"{n}.local" for n in list(names) if n and "." not in n}  # mDNS, as macOS and Avahi announce it
    try:
        import psutil

        addresses = {a.address for nic in psutil.net_if_addrs().values() for a in nic
                     if a.family in (socket.AF_INET, socket.AF_INET6)}
    except ImportError:  # psutil ships with the app's requirements; a bare install still knows its hostname's
        addresses = {info[4][0] for info in _addrinfo(socket.gethostname())}
    return frozenset(h for h in map(normal_host, names | addresses) if h)


def _addrinfo(name: str) -> list:
    try:
        return socket.getaddrinfo(name, None)
    except OSError:
        return []


@dataclass(frozen=True)
class HostPolicy:
    """The hosts a request may name: ``allowed`` (normalised names and IPs), any IP address when ``any_ip``
    (network mode), and ``added`` (the user's own, also accepted as a cross-origin Origin)."""

    allowed: frozenset[str]
    any_ip: bool = False
    added: frozenset[str] = field(default_factory=frozenset)

    def host_ok(self, host: str) -> bool:
        return host in self.allowed or host in self.added or (self.any_ip and is_ip(host)) or \
            loopback_ip(host) is not None

    def refusal(self, host: str | None, origin: str | None, scheme: str = "http") -> str | None:
        """Why a request with this Host and Origin must not be answered, in one line; None when it may be."""
        where = split_host(host, scheme)
        if where is None:
            return "the request has no valid Host header" if not host else f"{_show(host)} is not a host name"
        if not self.host_ok(where[0]):
            return (f"this server does not answer for the name {_show(where[0])} (a page that is not matchlens "
                    "may be trying to read it); add it to MATCHLENS_ALLOWED_HOSTS if it is yours")
        if origin is None:
            return None
        source = split_origin(origin)
        if source is None:
            return f"the request comes from a page without a web origin ({_show(origin)})"
        secure = scheme in ("https", "wss")
        if (source == where and origin.strip().lower().startswith("https:") == secure) or source[0] in self.added:
            return None
        return (f"the request comes from another site ({_show(origin)}); only matchlens' own pages may call "
                "this server")


def _show(text: str) -> str:
    """A header value fit for a one-line message: printable, quoted, at most 80 characters."""
    text = "".join(c if c.isprintable() else "?" for c in text)
    return repr(text[:80] + ("…" if len(text) > 80 else ""))


def host_policy(network: bool, bind: str = "", added: Iterable[str] = ()) -> HostPolicy:
    """The policy for a server bound to ``bind``: loopback only, or (``network``) also this machine's names."""
    allowed = set(LOOPBACK)
    if network:
        allowed |= machine_hosts()
        if normal_host(bind) and bind not in ("0.0.0.0", "::"):
            allowed.add(normal_host(bind))
    return HostPolicy(frozenset(allowed), any_ip=network, added=frozenset(added))


def new_token() -> str:
    """A random access key: 24 bytes, 48 hex digits (as Jupyter's)."""
    return secrets.token_hex(24)


def password_problem(password: str) -> str | None:
    """Why a password the user chose cannot protect a shared dashboard; None when it can."""
    if len(password) < MIN_PASSWORD:
        return f"MATCHLENS_PASSWORD is shorter than {MIN_PASSWORD} characters: choose a longer one"
    return None


def key_matches(given: str | None, key: str) -> bool:
    """True when ``given`` is the access key (compared in constant time)."""
    return given is not None and hmac.compare_digest(given.encode("utf-8", "replace"), key.encode())


def cookie_value(key: str) -> str:
    """What the browser keeps once it gave the key: an HMAC of it, so the cookie never holds the key itself."""
    return hmac.new(key.encode(), b"matchlens-access", hashlib.sha256).hexdigest()


def cookie_matches(given: str | None, key: str) -> bool:
    """True when a cookie proves its browser gave the access key."""
    return given is not None and hmac.compare_digest(given.encode("utf-8", "replace"), cookie_value(key).encode())
