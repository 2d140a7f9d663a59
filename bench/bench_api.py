"""A bounded loopback load on the HTTP API: GET /api/events and POST /api/code.

    python bench/bench_api.py [--seconds 30] [--clients 4]

Builds a small event store from generated articles, starts `eventwire serve` on a free loopback
port, runs `clients` threads for `seconds` per endpoint, and prints requests/s and p50/p99
latency. Figures only.
"""

from __future__ import annotations

import argparse
import json
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).parent))

from corpus import articles  # noqa: E402


def load(url: str, seconds: float, clients: int, method: str, body: dict | None) -> list[float]:
    latencies: list[float] = []
    stop = time.perf_counter() + seconds
    lock = threading.Lock()

    def worker() -> None:
        with httpx.Client(timeout=60) as c:
            while time.perf_counter() < stop:
                t0 = time.perf_counter()
                r = c.post(url, json=body) if method == "POST" else c.get(url)
                r.raise_for_status()
                with lock:
                    latencies.append(time.perf_counter() - t0)

    threads = [threading.Thread(target=worker) for _ in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return latencies


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seconds", type=float, default=30)
    ap.add_argument("--clients", type=int, default=4)
    ap.add_argument("--articles", type=int, default=200)
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
                               "--port", str(port)])
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
            lat = sorted(load(base + path, args.seconds, args.clients, method, body))
            p99 = lat[min(len(lat) - 1, int(len(lat) * 0.99))]
            print(f"{label}: {len(lat) / args.seconds:7.1f} requests/s, p50 "
                  f"{statistics.median(lat) * 1000:6.1f} ms, p99 {p99 * 1000:6.1f} ms "
                  f"({args.clients} clients, {args.seconds:.0f} s)")
    finally:
        server.terminate()
        server.wait()


if __name__ == "__main__":
    main()
