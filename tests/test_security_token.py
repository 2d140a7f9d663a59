"""Binding beyond loopback (issue 13, item 4): refused without a token; with one, every data
path answers 401 without it, the dashboard's files do not, and the start-up message says so. The
requests themselves go to 127.0.0.1 only."""

from __future__ import annotations

import os
import subprocess
import sys

import httpx
import pytest
from live_server import free_port, make_store, start

pytestmark = pytest.mark.slow

TOKEN = "s3cret-token-for-the-tests-0123"


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return make_store(tmp_path_factory.mktemp("sec-token"))


@pytest.mark.parametrize("host", ["0.0.0.0", "::", "192.0.2.1"])
def test_a_network_bind_without_a_token_refuses_to_start(db, host):
    r = subprocess.run([sys.executable, "-m", "eventwire", "serve", "--db", str(db), "--host",
                        host, "--port", str(free_port())], capture_output=True, text=True,
                       timeout=60, env={k: v for k, v in os.environ.items()
                                        if k != "EVENTWIRE_TOKEN"})
    assert r.returncode == 2
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and "token" in lines[0] and "EVENTWIRE_TOKEN" in lines[0], r.stderr


def test_a_short_token_is_refused(db):
    r = subprocess.run([sys.executable, "-m", "eventwire", "serve", "--db", str(db), "--host",
                        "0.0.0.0", "--port", str(free_port()), "--token", "hunter2"],
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 2 and "at least 16 characters" in r.stderr


@pytest.fixture(scope="module")
def network_server(db, tmp_path_factory):
    tmp = tmp_path_factory.mktemp("sec-token-server")
    srv = start(db, tmp, "--allowed-host", "events.lab.example", host="0.0.0.0",
                env={"EVENTWIRE_TOKEN": TOKEN})
    yield srv
    srv.stop()


def test_the_start_up_message_says_what_is_served(network_server):
    said = network_server.log.read_text()
    assert "the network" in said and "Authorization: Bearer" in said
    assert "events.lab.example" in said and TOKEN not in said


@pytest.mark.parametrize("path", ["/api/events", "/api/stats", "/api/actors", "/api/codebook",
                                  "/api/events/anything", "/api/nothing", "/nothing",
                                  "//api/events", "/static/../api/events"])
def test_data_needs_the_token(network_server, path):
    r = httpx.get(network_server.base + path)
    assert r.status_code == 401 and r.json()["reason"] == "token"
    assert r.headers["www-authenticate"].startswith("Bearer")
    for wrong in ("Bearer nope", f"Basic {TOKEN}", f"Bearer {TOKEN}x", TOKEN, "Bearer",
                  f"Bearer {TOKEN[:-1]}"):
        r = httpx.get(network_server.base + path, headers={"Authorization": wrong})
        assert r.status_code == 401, wrong


def test_with_the_token_the_api_answers(network_server):
    auth = {"Authorization": f"Bearer {TOKEN}"}
    r = httpx.get(network_server.base + "/api/events", headers=auth)
    assert r.status_code == 200 and r.json()["total"] >= 2
    r = httpx.post(network_server.base + "/api/code", json={"text": "   "})
    assert r.status_code == 401
    r = httpx.post(network_server.base + "/api/code", json={"text": "   "}, headers=auth)
    assert r.status_code == 422 and r.json()["reason"] == "empty"


def test_the_dashboard_files_need_no_token(network_server):
    for path in ("/", "/static/js/main.js", "/static/vendor/d3.min.js", "/static/style.css",
                 "/openapi.json", "/docs"):
        assert httpx.get(network_server.base + path).status_code == 200, path


def test_the_host_is_still_checked_and_allowed_hosts_are_answered(network_server):
    auth = {"Authorization": f"Bearer {TOKEN}"}
    r = httpx.get(network_server.base + "/api/events", headers={**auth, "Host": "evil.example"})
    assert r.status_code == 400 and r.json()["reason"] == "bad-host"
    r = httpx.get(network_server.base + "/api/events",
                  headers={**auth, "Host": f"events.lab.example:{network_server.port}"})
    assert r.status_code == 200
