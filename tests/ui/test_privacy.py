"""Nothing leaves the machine: a full app session and the CLI run with non-loopback connections trapped."""
import socket
from pathlib import Path

import pytest

from matchlens.cli import main
from tests.conftest import SAMPLE

APP = str(Path(__file__).resolve().parents[2] / "app.py")
PAGES = ["pages/1_Data.py", "pages/2_Heatmaps.py", "pages/3_Map.py", "pages/4_Compare.py",
         "pages/5_Inspector.py", "pages/6_Evaluation.py"]


@pytest.fixture()
def no_network(monkeypatch):
    """Record (and refuse) every connection to a non-loopback address, including DNS lookups."""
    attempts = []
    real_connect = socket.socket.connect
    real_getaddrinfo = socket.getaddrinfo

    def is_local(host) -> bool:
        return str(host) in {"localhost", "::1", ""} or str(host).startswith("127.")

    def connect(self, address):
        host = address[0] if isinstance(address, tuple) else address
        if self.family in (socket.AF_INET, socket.AF_INET6) and not is_local(host):
            attempts.append(address)
            raise OSError("network disabled in this test")
        return real_connect(self, address)

    def getaddrinfo(host, *args, **kwargs):
        if not is_local(host):
            attempts.append(("dns", host))
            raise socket.gaierror("network disabled in this test")
        return real_getaddrinfo(host, *args, **kwargs)

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    return attempts


def test_full_app_session_makes_no_outbound_connection(no_network, monkeypatch, tiny_st_dir):
    monkeypatch.setenv("MATCHLENS_NO_WARMUP", "1")
    from tests.ui.test_app import new_app

    at = new_app("privacy", ["tfidf", "use-multilingual", str(tiny_st_dir)])
    at.run()
    next(b for b in at.button if b.label == "Load the sample data").click().run()
    for page in PAGES:
        at.switch_page(page).run()
        assert not at.exception, page
    assert no_network == []


def test_cli_makes_no_outbound_connection(no_network, capsys):
    assert main(["score", str(SAMPLE / "resumes"), str(SAMPLE / "gigs"), "-m", "tfidf", "-m", "minilm-en",
                 "-m", "someone/hub-model", "--top-k", "1", "-q"]) == 0
    assert "someone/hub-model" in capsys.readouterr().err  # reported as unavailable offline...
    assert no_network == []                                # ...without trying the hub


def test_the_trap_does_catch_an_outbound_connection(no_network):
    with pytest.raises(OSError):
        socket.create_connection(("203.0.113.7", 443), timeout=1)  # TEST-NET-3: never routed
    assert no_network
