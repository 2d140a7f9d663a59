"""Issue 13 against a real uvicorn process on loopback: Host checking, security headers, the body
limit on bytes actually received (chunked too), errors as JSON with stable messages (never
DuckDB's text), the lone surrogate with the keep-alive connection still usable, and the time
budget of POST /api/code with reads unaffected."""

from __future__ import annotations

import http.client
import json
import re
import select
import socket
import threading
import time

import httpx
import pytest
from live_server import make_store, start

pytestmark = pytest.mark.slow

BUDGET = 2.0
SECURITY_HEADERS = {"content-security-policy", "x-content-type-options", "x-frame-options",
                    "referrer-policy"}


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("sec-server")
    srv = start(make_store(tmp), tmp, "--code-timeout", str(BUDGET))
    yield srv
    srv.stop()


def assert_json_error(r: httpx.Response, status: int, reason: str) -> dict:
    assert r.status_code == status, (r.status_code, r.text)
    assert r.headers["content-type"].startswith("application/json")
    body = r.json()
    assert set(body) == {"error", "reason"} and body["reason"] == reason, body
    for raw in ("Traceback", "Error:", "duckdb", "Conversion", "Binder", "Catalog"):
        assert raw not in body["error"], body
    return body


def test_every_response_carries_the_security_headers(server):
    for path in ("/", "/static/js/main.js", "/api/events", "/api/nope", "/docs"):
        r = httpx.get(server.base + path)
        assert set(r.headers) >= SECURITY_HEADERS, (path, r.headers)
        csp = r.headers["content-security-policy"]
        assert "script-src 'self'" in csp and "unsafe-inline" not in csp
        assert "frame-ancestors 'none'" in csp
        assert r.headers["x-content-type-options"] == "nosniff"
        assert r.headers["x-frame-options"] == "DENY"
        assert "server" not in r.headers
    r = httpx.get(server.base + "/api/events", headers={"Host": "evil.example"})
    assert set(r.headers) >= SECURITY_HEADERS


def test_the_pages_have_no_inline_script(server):
    for path in ("/", "/docs"):
        html = httpx.get(server.base + path).text
        scripts = html.count("<script")
        assert scripts and scripts == len(re.findall(r"<script[^>]*\ssrc=\"/static/", html))


@pytest.mark.parametrize("host", ["evil.example", "evil.example:8000", "127.0.0.1.evil.example",
                                  "localhost.evil.example", ""])
def test_a_foreign_host_gets_400(server, host):
    r = httpx.get(server.base + "/api/events", headers={"Host": host})
    assert_json_error(r, 400, "bad-host")
    r = httpx.post(server.base + "/api/code", headers={"Host": host},
                   json={"text": "Kenya praised Uganda on Monday."})
    assert_json_error(r, 400, "bad-host")


@pytest.mark.parametrize("origin", ["https://evil.example", "http://127.0.0.1.evil.example:80",
                                    "null", "file://", "http://[::2]:8000",
                                    "http://localhost:3000", "http://127.0.0.1",
                                    "https://127.0.0.1:1", "ftp://localhost"])
def test_a_request_from_a_page_of_another_site_gets_403(server, origin):
    r = httpx.post(server.base + "/api/code", headers={"Origin": origin},
                   json={"text": "Kenya praised Uganda on Monday."})
    assert_json_error(r, 403, "bad-origin")
    r = httpx.get(server.base + "/api/events", headers={"Origin": origin})
    assert_json_error(r, 403, "bad-origin")


@pytest.mark.parametrize("origin, host, same", [
    ("http://localhost:8000", "127.0.0.1:8000", True),
    ("http://[::1]:8000", "[::1]:8000", True),
    ("http://example.org", "example.org", True),
    ("https://example.org", "example.org:443", True),
    ("http://localhost:3000", "localhost:8000", False),
    ("http://example.org", "example.org:8080", False),
    ("https://example.org", "example.org", True),  # TLS ended by a proxy: no port in Host
    ("https://example.org:8443", "example.org", False),
    ("null", "localhost:8000", False),
    ("http://localhost:notaport", "localhost:8000", False),
])
def test_an_origin_must_be_on_the_port_the_request_was_sent_to(origin, host, same):
    from eventwire.web.security import same_port
    assert same_port(origin, host) is same


def test_a_request_from_the_dashboard_itself_is_answered(server):
    for origin in (server.base, f"http://localhost:{server.port}", f"http://[::1]:{server.port}"):
        r = httpx.post(server.base + "/api/code", headers={"Origin": origin},
                       json={"text": "   "})
        assert_json_error(r, 422, "empty")


@pytest.mark.parametrize("host", ["localhost", "LOCALHOST.", "127.0.0.1", "[::1]"])
def test_loopback_names_are_answered(server, host):
    r = httpx.get(server.base + "/api/events",
                  headers={"Host": f"{host}:{server.port}"})
    assert r.status_code == 200 and r.json()["total"] >= 2


def test_a_declared_body_over_the_limit_gets_413_unread(server):
    r = httpx.post(server.base + "/api/code", content=b"x" * 1_000_001,
                   headers={"content-type": "application/json"})
    assert_json_error(r, 413, "too-large")


def chunked_upload(port: int, total: int, chunk: int = 64 * 1024) -> tuple[bytes, int]:
    """POST a chunked body of up to `total` bytes, stopping as soon as the server answers;
    (the response's first bytes, the bytes sent)."""
    sock = socket.create_connection(("127.0.0.1", port), timeout=30)
    sock.sendall(b"POST /api/code HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json"
                 b"\r\nTransfer-Encoding: chunked\r\n\r\n")
    piece = f"{chunk:x}\r\n".encode() + b"a" * chunk + b"\r\n"
    sent = 0
    try:
        while sent < total:
            if select.select([sock], [], [], 0)[0]:
                break
            try:
                sock.sendall(piece)
            except (BrokenPipeError, ConnectionResetError):
                break
            sent += chunk
        sock.settimeout(30)
        answer = b""
        while b"\r\n\r\n" not in answer or len(answer.partition(b"\r\n\r\n")[2]) < int(
                answer.lower().partition(b"content-length:")[2].split(b"\r\n")[0] or 0):
            more = sock.recv(4096)
            if not more:
                break
            answer += more
    finally:
        sock.close()
    return answer, sent


def test_a_chunked_body_over_the_limit_gets_413_and_the_memory_stays_flat(server):
    for _ in range(2):  # warm-up: the same path, so the allocator has what it keeps anyway
        first, _ = chunked_upload(server.port, 8_000_000)
        assert first.startswith(b"HTTP/1.1 413"), first[:200]
    before = server.rss_kb()
    offered = 0
    for _ in range(3):  # 900 MB offered in all; before issue 13 one 300 MB body added 838 MB
        answer, sent = chunked_upload(server.port, 300_000_000)
        offered += sent
        assert answer.startswith(b"HTTP/1.1 413"), answer[:200]
        head, _, body = answer.partition(b"\r\n\r\n")
        assert b"content-type: application/json" in head.lower() and b"too-large" in body
        assert sent < 50_000_000, f"the server read on: {sent:,} bytes sent before the 413"
    grown = server.rss_kb() - before
    assert grown * 1024 < 1_000_000, (
        f"server RSS grew by {grown:,} KB over three uploads ({offered:,} bytes sent)")
    assert httpx.get(server.base + "/api/events").status_code == 200


def test_query_parameters_are_checked_with_stable_messages(server):
    for params in ({"offset": "1e30"}, {"offset": str(10**30)}, {"limit": "-1"},
                   {"limit": "lots"}, {"actor": "x" * 1000}):
        assert_json_error(httpx.get(server.base + "/api/events", params=params), 422,
                          "bad-parameter")
    for params in ({"since": "2020-13-45"}, {"until": "2020-02-30"}, {"since": "yesterday"}):
        for path in ("/api/events", "/api/stats"):
            body = assert_json_error(httpx.get(server.base + path, params=params), 422,
                                     "bad-date")
            assert "calendar day" in body["error"]
    body = assert_json_error(httpx.get(server.base + "/api/events", params={"sort": "x; --"}),
                             400, "bad-parameter")
    assert "unknown sort" in body["error"]
    assert_json_error(httpx.get(server.base + "/api/events/nope"), 404, "not-found")
    assert_json_error(httpx.get(server.base + "/api/nothing"), 404, "not-found")
    assert_json_error(httpx.delete(server.base + "/api/events"), 405, "bad-method")
    r = httpx.get(server.base + "/api/events", params={"actor": "x' OR 1=1 --"})
    assert r.status_code == 200 and r.json()["total"] == 0


def test_bad_bodies_get_4xx_json(server):
    cases = [(b"{", "malformed"), (b"[1, 2]", "malformed"), (b'{"text": 5}', "malformed"),
             (b'{"text": "   "}', "empty"), (b"[" * 100_000, "too-deep"),
             (b'{"text": "Kenya praised Uganda.", "date": "2020-02-30"}', "bad-date"),
             (b'{"text": "Kenya praised Uganda.", "url": 7}', "bad-field"),
             ('{"text": "Kenya praised \xed\xa0\x80 Uganda."}'.encode("latin-1"), "encoding")]
    for body, reason in cases:
        r = httpx.post(server.base + "/api/code", content=body,
                       headers={"content-type": "application/json"}, timeout=120)
        assert_json_error(r, 422, reason)


def test_a_lone_surrogate_gets_an_answer_and_the_connection_stays_usable(server):
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=120)
    headers = {"Content-Type": "application/json"}

    def post(body: bytes) -> tuple[int, dict]:
        conn.request("POST", "/api/code", body=body, headers=headers)
        r = conn.getresponse()
        return r.status, json.loads(r.read())

    conn.request("GET", "/api/actors")
    assert conn.getresponse().read()
    sock = conn.sock
    # escaped in the JSON: repaired by the validator (U+FFFD, one for one), as in `code`
    status, doc = post(b'{"text": "Kenya praised Uganda \\ud800 on Monday.", '
                       b'"date": "2024-05-06"}')
    assert status == 200 and doc["events"][0]["source"]["code"] == "KEN"
    # in a date, where it cannot be repaired into a day: 422
    status, doc = post(b'{"text": "Kenya praised Uganda on Monday.", "date": "2024-\\udc00"}')
    assert status == 422 and doc["reason"] == "bad-date"
    # as raw bytes (not UTF-8): 422
    status, doc = post(b'{"text": "Kenya praised \xed\xa0\x80 Uganda on Monday."}')
    assert status == 422 and doc["reason"] == "encoding"
    conn.request("GET", "/api/stats")
    r = conn.getresponse()
    assert r.status == 200 and json.loads(r.read())["articles"] >= 2
    assert conn.sock is sock, "the keep-alive connection was closed"
    conn.close()
    assert "Traceback" not in server.log.read_text()


def test_a_client_that_leaves_mid_body_leaves_no_traceback(server):
    """A chunked upload abandoned half-way is the client's doing: nothing to answer, and no
    80-line traceback in the server's log for each one (anyone could fill the log that way)."""
    logged = len(server.log.read_text())
    for _ in range(3):
        with socket.create_connection(("127.0.0.1", server.port), timeout=30) as sock:
            sock.sendall(b"POST /api/code HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: "
                         b"application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
                         b"10\r\n{\"text\": \"Kenya \r\n")  # 16 bytes of 0x10
            time.sleep(0.3)  # the server is now waiting for the rest of the body
    time.sleep(1)
    assert httpx.get(server.base + "/api/stats").status_code == 200
    assert "Traceback" not in server.log.read_text()[logged:]


def slow_article() -> str:
    """About 240,000 characters of plain wire copy: many seconds of coding anywhere."""
    lines = ["Kenya accused Uganda on Monday of moving troops to the border, officials said.",
             "The Ugandan foreign minister rejected the claim and called for talks in Nairobi.",
             "Peru praised Chile for its help after the floods, the ministry said on Tuesday.",
             "Ghana and Togo held talks about the border crossing, a spokesman told reporters."]
    paragraphs = [" ".join(lines[(i + k) % 4] for k in range(6)) for i in range(500)]
    return "\n\n".join(paragraphs)


def test_a_slow_article_hits_the_budget_while_reads_stay_fast(server):
    # the coding worker's model loads on the first article: not part of any budget
    warm = httpx.post(server.base + "/api/code", json={"text": "Kenya praised Uganda.",
                                                       "date": "2024-05-06"}, timeout=300)
    assert warm.status_code == 200
    result: dict = {}
    body = json.dumps({"text": slow_article(), "date": "2024-05-06"}).encode()
    sender = httpx.Client(base_url=server.base, timeout=120)  # made before the clock starts

    def post_slow() -> None:
        t0 = time.perf_counter()
        result["response"] = sender.post("/api/code", content=body,
                                         headers={"content-type": "application/json"})
        result["seconds"] = time.perf_counter() - t0

    poster = threading.Thread(target=post_slow)
    latencies = []
    with httpx.Client(base_url=server.base, timeout=30) as client, sender:
        client.get("/api/events")
        poster.start()
        until = None
        while until is None or time.perf_counter() < until:
            t0 = time.perf_counter()
            r = client.get("/api/events", params={"actor": "KEN", "limit": 50})
            latencies.append(time.perf_counter() - t0)
            assert r.status_code == 200
            if until is None and not poster.is_alive():
                until = time.perf_counter() + 3  # and on while a fresh worker loads its model
            time.sleep(0.01)
    poster.join()
    body = assert_json_error(result["response"], 422, "time-budget")
    assert f"{BUDGET:g} s" in body["error"]
    assert BUDGET <= result["seconds"] < BUDGET + 10
    # No read waited for the coding: one that did would take about the whole budget. The
    # latency figure itself (p99 under 100 ms) is measured by bench/bench_api.py --slow, not
    # timed here, where the machine may be shared.
    assert len(latencies) >= 50 and max(latencies) < BUDGET * 0.75, (
        f"slowest GET {max(latencies) * 1000:.0f} ms over {len(latencies)} requests while coding")
    after = httpx.post(server.base + "/api/code", json={"text": "Peru praised Chile.",
                                                        "date": "2024-05-06"}, timeout=300)
    assert after.status_code == 200 and after.json()["events"]


def test_docs_are_served_from_the_package(server):
    html = httpx.get(server.base + "/docs").text
    assert "/static/swagger/swagger-ui-bundle.js" in html and "cdn" not in html.lower()
    for asset in ("swagger-ui-bundle.js", "swagger-ui.css"):
        r = httpx.get(server.base + "/static/swagger/" + asset)
        assert r.status_code == 200 and len(r.content) > 50_000
    assert httpx.get(server.base + "/static/docs.js").status_code == 200


def test_a_websocket_handshake_is_refused(server):
    with socket.create_connection(("127.0.0.1", server.port), timeout=30) as sock:
        sock.sendall(b"GET /api/events HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\n"
                     b"Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                     b"Sec-WebSocket-Version: 13\r\n\r\n")
        answer = sock.recv(4096)
    assert answer.startswith(b"HTTP/1.1 403"), answer[:100]
