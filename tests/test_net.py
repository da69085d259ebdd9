"""Local HTTP: loopback by IP only, no lookups of look-alike names, no proxies, no redirects, deadline, size cap."""
import json
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import numpy as np
import pytest

from matchlens.encoders.base import ModelUnavailable
from matchlens.encoders.remote import RemoteEmbeddingEncoder
from matchlens.net import HttpError, is_loopback, loopback_ip, post_json


@pytest.mark.parametrize("url, local", [
    ("http://127.0.0.1:8080/v1", True), ("http://127.8.9.10/v1", True), ("http://localhost:1/v1", True),
    ("http://LOCALHOST/v1", True), ("http://[::1]:11434/v1", True), ("http://[::ffff:127.0.0.1]/v1", True),
    ("http://127.evil.example/v1", False), ("http://127.0.0.1.nip.io/v1", False), ("http://127.1/v1", False),
    ("http://2130706433/v1", False), ("http://localhost.evil.example/v1", False), ("http://10.0.0.1/v1", False),
    ("http://[::ffff:10.0.0.1]/v1", False), ("http:///v1", False), ("http://0.0.0.0/v1", False),
])
def test_loopback_is_an_ip_address_or_the_word_localhost(url, local):
    assert is_loopback(url) is local


def test_localhost_is_pinned_not_resolved():
    assert loopback_ip("localhost") == "127.0.0.1"


def test_a_lookalike_host_name_is_never_looked_up(monkeypatch):
    looked_up = []
    monkeypatch.setattr(socket, "getaddrinfo", lambda host, *a, **k: looked_up.append(host) or [])
    enc = RemoteEmbeddingEncoder("openai:m", "m", base_url="http://127.0.0.1.evil.example/v1", allow_remote=False)
    with pytest.raises(ModelUnavailable):
        enc.encode(["Marie Dupont, infirmière"])
    with pytest.raises(HttpError):
        post_json("http://127.evil.example/v1/embeddings", {"input": ["x"]})
    assert looked_up == []


class _Handler(BaseHTTPRequestHandler):
    mode = "ok"

    def log_message(self, *args):
        pass

    def do_POST(self):
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        if self.mode == "redirect":
            self.send_response(307)
            self.send_header("Location", "http://203.0.113.7/v1/embeddings")
            self.end_headers()
            return
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        if self.mode == "drip":  # each read is quick, the whole answer never ends
            for _ in range(200):
                self.wfile.write(b" ")
                self.wfile.flush()
                time.sleep(0.05)
            return
        if self.mode == "huge":
            self.wfile.write(b"[" + b"0," * 3_000_000 + b"0]")
            return
        data = [{"index": i, "embedding": [1.0, float(i), 0.0]} for i in range(len(body["input"]))]
        self.wfile.write(json.dumps({"data": data}).encode())


@pytest.fixture()
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield httpd
    _Handler.mode = "ok"
    httpd.shutdown()


def url(httpd) -> str:
    return f"http://127.0.0.1:{httpd.server_address[1]}/v1"


def test_local_server_works_and_proxy_variables_are_ignored(server, monkeypatch):
    for var in ("HTTP_PROXY", "http_proxy", "HTTPS_PROXY", "ALL_PROXY"):
        monkeypatch.setenv(var, "http://203.0.113.7:3128")  # a proxy would receive the resumes
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    enc = RemoteEmbeddingEncoder("openai:m", "m", base_url=url(server))
    vecs = enc.encode(["a", "b", "c"])
    assert vecs.shape == (3, 3) and np.allclose(np.linalg.norm(vecs, axis=1), 1)


def test_a_redirect_is_never_followed(server):
    _Handler.mode = "redirect"
    with pytest.raises(HttpError, match="redirect"):
        post_json(url(server) + "/embeddings", {"input": ["x"]})


def test_the_deadline_covers_the_whole_call(server):
    _Handler.mode = "drip"
    start = time.monotonic()
    with pytest.raises(HttpError, match="within"):
        post_json(url(server) + "/embeddings", {"input": ["x"]}, deadline=1.0)
    assert time.monotonic() - start < 5


def test_the_answer_size_is_capped(server):
    _Handler.mode = "huge"
    with pytest.raises(HttpError, match="larger than"):
        post_json(url(server) + "/embeddings", {"input": ["x"]}, max_bytes=1_000_000)
