"""A bounded loopback load on the HTTP API: GET /api/events and POST /api/code.

    python bench/bench_api.py [--seconds 30] [--clients 4] [--budget 5] [--slow nested-quotes]

Builds a small event store from generated articles, starts `eventwire serve --code-timeout
BUDGET` on a free loopback port, runs `clients` threads for `seconds` per endpoint, and prints
requests/s and p50/p99 latency. Then one client GETs alone, and again while another keeps
posting an article of about 240,000 characters that runs over the coding budget each time
(issue 13's stall: `--slow wire`, 60 generated wire stories, or `--slow nested-quotes`,
quotations inside quotations as in the issue's 15.6 KB article, from bench_cost.py), and the
ratio of the two p99s is printed (target: reads under 100 ms at p99 while coding). Answers
other than 2xx are counted, not fatal (on a busy machine a POST can wait past the budget for
the one coding worker: 503 busy). Figures only.
"""

from __future__ import annotations

import argparse
import json
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).parent))

from bench_cost import make  # noqa: E402
from corpus import articles  # noqa: E402


def percentiles(lat: list[float]) -> tuple[float, float]:
    lat = sorted(lat)
    return statistics.median(lat), lat[min(len(lat) - 1, int(len(lat) * 0.99))]


def reads_while(url: str, seconds: float, post: str | None, body: bytes) -> tuple[list[float],
                                                                                   Counter]:
    """One client's GET latencies for `seconds`, while (when `post` is a URL) another thread
    keeps posting `body` there; (latencies, the POSTs' answers by status and reason)."""
    stop = time.perf_counter() + seconds
    posted: Counter = Counter()

    def poster() -> None:
        with httpx.Client(timeout=120) as c:
            while time.perf_counter() < stop:
                r = c.post(post, content=body, headers={"content-type": "application/json"})
                reason = r.json().get("reason") if not r.is_success else None
                posted[f"{r.status_code}" + (f" {reason}" if reason else "")] += 1

    thread = threading.Thread(target=poster) if post else None
    latencies = []
    with httpx.Client(timeout=60) as c:
        c.get(url)
        if thread:
            thread.start()
        while time.perf_counter() < stop:
            t0 = time.perf_counter()
            c.get(url).raise_for_status()
            latencies.append(time.perf_counter() - t0)
            time.sleep(0.01)
    if thread:
        thread.join()
    return latencies, posted


def load(url: str, seconds: float, clients: int, method: str, body: dict | None
         ) -> tuple[list[float], Counter]:
    """Latencies of the 2xx answers, and how many answers of each other status (on a busy
    machine POSTs can wait past the budget for the one worker: 503 busy, 422 time-budget)."""
    latencies: list[float] = []
    refused: Counter = Counter()
    stop = time.perf_counter() + seconds
    lock = threading.Lock()

    def worker() -> None:
        with httpx.Client(timeout=60) as c:
            while time.perf_counter() < stop:
                t0 = time.perf_counter()
                r = c.post(url, json=body) if method == "POST" else c.get(url)
                with lock:
                    if r.is_success:
                        latencies.append(time.perf_counter() - t0)
                    else:
                        refused[r.status_code] += 1

    threads = [threading.Thread(target=worker) for _ in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return latencies, refused


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seconds", type=float, default=30)
    ap.add_argument("--clients", type=int, default=4)
    ap.add_argument("--articles", type=int, default=200)
    ap.add_argument("--budget", type=float, default=5.0, help="the server's --code-timeout")
    ap.add_argument("--slow", choices=("wire", "nested-quotes"), default="wire",
                    help="the shape of the article that runs over the budget")
    args = ap.parse_args()
    from eventwire.corpus.ingest import ingest

    tmp = Path(tempfile.mkdtemp(prefix="ew-api-"))
    texts = articles(args.articles, seed=5)
    data = tmp / "in.jsonl"
    data.write_text("".join(json.dumps({"id": f"a{i}", "text": t, "date": "2024-03-13"}) + "\n"
                            for i, t in enumerate(texts)), encoding="utf-8")
    db = tmp / "events.duckdb"
    ingest([data], db)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = subprocess.Popen([sys.executable, "-m", "eventwire", "serve", "--db", str(db),
                               "--port", str(port), "--code-timeout", str(args.budget)])
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(200):
            try:
                httpx.get(base + "/openapi.json")
                break
            except httpx.TransportError:
                time.sleep(0.3)
        sample = {"text": texts[0], "date": "2024-03-13"}
        httpx.post(base + "/api/code", json=sample, timeout=120)  # load the model
        for label, method, path, body in (
                ("GET /api/events?actor=KEN&limit=50", "GET", "/api/events?actor=KEN&limit=50",
                 None),
                (f"POST /api/code ({len(texts[0].split())}-word article)", "POST", "/api/code",
                 sample)):
            lat, refused = load(base + path, args.seconds, args.clients, method, body)
            p50, p99 = percentiles(lat) if lat else (float("nan"),) * 2
            others = "".join(f"; {n} answered {status}" for status, n in sorted(refused.items()))
            print(f"{label}: {len(lat) / args.seconds:7.1f} requests/s, p50 "
                  f"{p50 * 1000:6.1f} ms, p99 {p99 * 1000:6.1f} ms "
                  f"({args.clients} clients, {args.seconds:.0f} s{others})")
        big = "\n\n".join(texts[:60]) if args.slow == "wire" else make("nested-quotes", 240_000)
        slow = json.dumps({"text": big, "date": "2024-03-13"}).encode()
        url = base + "/api/events?actor=KEN&limit=50"
        figures = {}
        for label, post in (("GET alone", None),
                            (f"GET while a {len(big):,}-character {args.slow} article hits the "
                             f"{args.budget:g} s budget", base + "/api/code")):
            lat, posted = reads_while(url, args.seconds, post, slow)
            figures[label] = p50, p99 = percentiles(lat)
            answers = ", ".join(f"{n} x {what}" for what, n in sorted(posted.items()))
            print(f"{label}: p50 {p50 * 1000:6.1f} ms, p99 {p99 * 1000:6.1f} ms "
                  f"({len(lat)} requests, 1 client" + (f"; POSTs answered {answers})" if post
                                                       else ")"))
        alone, busy = figures.values()
        print(f"ratio of GET p99 while coding to GET p99 alone: {busy[1] / alone[1]:.2f} "
              f"(target: p99 under 100 ms while coding)")
    finally:
        server.terminate()
        server.wait()
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
