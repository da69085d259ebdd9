"""Who may talk to the dashboard's server (matchlens.netguard): Host/Origin allow-list against DNS rebinding and
cross-site pages, this machine's names, the access key and its cookie."""
import socket

import pytest
from hypothesis import given
from hypothesis import strategies as st

from matchlens import netguard
from matchlens.netguard import HostError, HostPolicy, host_policy, parse_hosts, split_host, split_origin

LOCAL = host_policy(network=False)


@pytest.mark.parametrize("value, expected", [
    ("127.0.0.1:8501", ("127.0.0.1", 8501)), ("LOCALHOST:8501", ("localhost", 8501)), ("localhost.", ("localhost", 80)),
    ("[::1]:8501", ("::1", 8501)), ("[::ffff:127.0.0.1]:1", ("127.0.0.1", 1)), ("Evil.Example:80", ("evil.example", 80)),
    ("", None), (None, None), ("a b:1", None), ("user@localhost", None), ("localhost/x", None), ("host:99999", None),
    ("host:port", None), ("::1", None), ("exa$mple.com", None), ("\0duplicate", None),
])
def test_a_host_header_is_read_as_host_and_port_or_refused(value, expected):
    assert split_host(value) == expected


def test_an_origin_is_scheme_host_and_port():
    assert split_origin("http://localhost:8501") == ("localhost", 8501)
    assert split_origin("https://cv.lan") == ("cv.lan", 443)
    assert split_origin("null") is None and split_origin("file:///x") is None
    assert split_origin("http://a:1/path") is None


@pytest.mark.parametrize("host", ["127.0.0.1:8501", "localhost:8501", "[::1]:8501", "127.0.0.2:8501", "localhost"])
def test_loopback_names_and_addresses_are_answered(host):
    assert LOCAL.refusal(host, None) is None


@pytest.mark.parametrize("host", [  # what a browser sends once a hostile name resolves to 127.0.0.1 (DNS rebinding)
    "evil.example:8501", "127.0.0.1.nip.io:8501", "localhost.evil.example:8501", "127.evil.example",
    "2130706433:8501", "0.0.0.0:8501", "192.0.2.2:8501"])
def test_a_foreign_host_is_refused_with_its_name(host):
    reason = LOCAL.refusal(host, None)
    assert reason and host.split(":")[0] in reason and "\n" not in reason


def test_a_missing_or_broken_host_is_refused_in_words():
    assert "no valid Host" in LOCAL.refusal(None, None)
    assert "is not a host name" in LOCAL.refusal("a b", None)


@pytest.mark.parametrize("origin, ok", [
    ("http://127.0.0.1:8501", True), ("http://evil.example", False), ("http://evil.example:8501", False),
    ("http://127.0.0.1:3000", False),  # another local web app (another port) is another site
    ("http://localhost:8501", False),  # same machine, but not the page's own origin
    ("null", False), ("file://", False), ("https://127.0.0.1:8501", False),
])
def test_an_origin_must_be_the_pages_own(origin, ok):
    assert (LOCAL.refusal("127.0.0.1:8501", origin) is None) is ok


def test_hosts_the_user_adds_are_answered_and_may_be_the_origin_of_a_proxy():
    policy = host_policy(network=False, added=parse_hosts("cv.lan, Proxy.Example.org"))
    assert policy.refusal("cv.lan:8501", "http://cv.lan:8501") is None
    assert policy.refusal("127.0.0.1:8501", "https://proxy.example.org") is None
    assert policy.refusal("other.lan:8501", None)


@pytest.mark.parametrize("bad", ["http://cv.lan", "cv.lan:8501", "cv lan/x", "*.lan", "a" * 300])
def test_a_bad_added_host_is_named_never_ignored(bad):
    with pytest.raises(HostError, match="is not a host name"):
        parse_hosts(bad)


def test_machine_hosts_are_its_names_and_interface_addresses():
    import psutil

    hosts = netguard.machine_hosts()
    assert netguard.normal_host(socket.gethostname()) in hosts and "127.0.0.1" in hosts
    nic = {netguard.normal_host(a.address) for v in psutil.net_if_addrs().values() for a in v
           if a.family == socket.AF_INET}
    assert nic <= hosts


def test_network_mode_answers_this_machines_names_and_any_ip_but_no_other_name():
    policy = host_policy(network=True, bind="0.0.0.0")
    name = socket.gethostname()
    assert policy.refusal(f"{name}:8501", f"http://{name}:8501") is None
    assert policy.refusal("10.9.8.7:8501", None) is None  # an IP cannot be rebound: NAT, containers
    assert policy.refusal("evil.example:8501", None)
    assert policy.refusal("10.9.8.7:8501", "http://evil.example") is not None


@given(st.from_regex(r"[a-z][a-z0-9-]{0,12}(\.[a-z][a-z0-9-]{0,12}){1,3}", fullmatch=True), st.integers(1, 65535))
def test_every_name_not_on_the_list_is_refused(name, port):
    assert LOCAL.refusal(f"{name}:{port}", None) is not None
    assert LOCAL.refusal(f"127.0.0.1:{port}", f"http://{name}:{port}") is not None


@given(st.text(max_size=60), st.one_of(st.none(), st.text(max_size=60)))
def test_any_header_text_gets_an_answer_never_an_exception(host, origin):
    reason = HostPolicy(frozenset({"localhost"})).refusal(host, origin)
    assert reason is None or ("\n" not in reason and len(reason) < 400)


def test_the_key_is_compared_and_the_cookie_holds_an_hmac_not_the_key():
    key = netguard.new_token()
    assert len(key) == 48 and key != netguard.new_token()
    assert netguard.key_matches(key, key) and not netguard.key_matches(key[:-1], key)
    assert not netguard.key_matches(None, key) and not netguard.key_matches("é", key)
    cookie = netguard.cookie_value(key)
    assert key not in cookie and netguard.cookie_matches(cookie, key)
    assert not netguard.cookie_matches(netguard.cookie_value("another key"), key)
    assert not netguard.cookie_matches(None, key) and not netguard.cookie_matches(key, key)


def test_a_short_password_is_refused_in_words():
    assert "shorter than 8" in netguard.password_problem("abc")
    assert netguard.password_problem("correct horse") is None
