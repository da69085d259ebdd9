"""The one way matchlens talks HTTP: loopback by IP, no proxies, no redirects, a deadline and a size cap.

Resume text only ever goes to an embeddings server the user named. A host is on this machine only when it
*is* a loopback IP address (``127.0.0.0/8``, ``::1``, IPv4-mapped forms) or the literal name ``localhost``,
which is pinned to 127.0.0.1 instead of being looked up: a host *name* such as ``127.evil.example`` is not
loopback and is never resolved unless the user allowed remote endpoints.
"""
from __future__ import annotations

import http.client
import ipaddress
import json
import time
from urllib.parse import urlparse

from matchlens.errors import MatchlensError

MAX_RESPONSE_BYTES = 64 * 2**20   # 64 MB: ~40k vectors of 384 floats as JSON
DEADLINE_SECONDS = 120.0


class HttpError(MatchlensError, OSError):
    """A request that failed, was refused, timed out or answered too much; the message says which."""


def loopback_ip(host: str | None) -> str | None:
    """The loopback IP to connect to for this host, or None when the host is not on this machine."""
    host = (host or "").strip().lower().strip("[]")
    if host == "localhost":
        return "127.0.0.1"
    try:
        ip = ipaddress.ip_address(host)
    except ValueError:
        return None  # a name: never resolved here
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return str(ip) if ip.is_loopback else None


def is_loopback(url: str) -> bool:
    return loopback_ip(urlparse(url).hostname) is not None


def post_json(url: str, payload: dict, *, headers: dict | None = None, allow_remote: bool = False,
              deadline: float = DEADLINE_SECONDS, max_bytes: int = MAX_RESPONSE_BYTES):
    """POST JSON and return the decoded answer. Raises HttpError; never follows a redirect."""
    parts = urlparse(url)
    if parts.scheme not in ("http", "https"):
        raise HttpError(f"unsupported URL scheme '{parts.scheme}' (http or https only)")
    host = loopback_ip(parts.hostname)
    if host is None:
        if not allow_remote:
            raise HttpError(f"{parts.hostname!r} is not a loopback address; remote endpoints are off")
        host = parts.hostname or ""
    body = json.dumps(payload).encode()
    conn = _connection(parts.scheme, host, parts.port, min(deadline, 30.0))
    start = time.monotonic()
    try:
        path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        conn.request("POST", path, body, {"Content-Type": "application/json", "Host": parts.netloc,
                                          **(headers or {})})
        resp = conn.getresponse()
        if 300 <= resp.status < 400:
            raise HttpError(f"the server answered with a redirect ({resp.status}); redirects are never followed")
        data = _read_capped(conn, resp, start, deadline, max_bytes)
        if resp.status != 200:
            raise HttpError(f"HTTP {resp.status}: {data[:200].decode('utf-8', 'replace')}")
    except HttpError:
        raise
    except (OSError, http.client.HTTPException) as exc:
        raise HttpError(f"{type(exc).__name__}: {exc}") from exc
    finally:
        conn.close()
    try:
        return json.loads(data)
    except ValueError as exc:
        raise HttpError(f"the answer is not JSON ({exc})") from exc


def _connection(scheme: str, host: str, port: int | None, timeout: float):
    cls = http.client.HTTPSConnection if scheme == "https" else http.client.HTTPConnection
    return cls(host, port, timeout=timeout)


def _read_capped(conn, resp, start: float, deadline: float, max_bytes: int) -> bytes:
    """Read the body in pieces: the whole call, not each read, must finish before the deadline."""
    chunks, size = [], 0
    while True:
        left = deadline - (time.monotonic() - start)
        if left <= 0:
            raise HttpError(f"no complete answer within {deadline:g} s")
        if conn.sock is not None:
            conn.sock.settimeout(left)
        chunk = resp.read1(65536)
        if not chunk:
            return b"".join(chunks)
        size += len(chunk)
        if size > max_bytes:
            raise HttpError(f"the answer is larger than {max_bytes / 2**20:.0f} MB; refused")
        chunks.append(chunk)
