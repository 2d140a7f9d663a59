"""A real `eventwire serve` process on a free loopback port, over a real DuckDB store, for the
web and security tests (test_web.py, test_security_*.py), and waiting on a browser."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import httpx

ARTICLES = [
    {"id": "xss", "date": "2024-03-11", "source": "Example Wire",
     "url": "javascript:alert(document.domain)//https://wire.example/2024/03/11/adre",
     "text": "Sudanese troops shelled Chadian border posts near Adre on Monday, the Chadian "
             "army said."},
    {"id": "good", "date": "2024-03-14", "source": "Good Wire",
     "url": "https://wire.example/2024/03/14/kenya",
     "text": "Kenya praised Uganda on Wednesday for its help in Nairobi talks."},
    {"id": "data", "date": "2024-03-15", "source": "Data Wire",
     "url": "data:text/html,<script>alert(1)</script>",
     "text": "Egypt accused Ethiopia on Friday of filling the dam without an agreement."},
]


def make_store(folder: Path, articles: list[dict] = ARTICLES) -> Path:
    from eventwire.corpus.ingest import ingest

    data = folder / "in.jsonl"
    data.write_text("".join(json.dumps(a) + "\n" for a in articles), encoding="utf-8")
    db = folder / "events.duckdb"
    ingest([data], db, jobs=1)
    return db


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Server:
    base: str
    port: int
    proc: subprocess.Popen
    log: Path

    def rss_kb(self) -> int:
        """The server process's resident memory now (the coding workers are other processes)."""
        for line in Path(f"/proc/{self.proc.pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
        raise AssertionError("no VmRSS")

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


def start(db: Path | None, folder: Path, *args: str, env: dict[str, str] | None = None,
          host: str = "127.0.0.1") -> Server:
    """`eventwire serve --db DB --port P ARGS` (without --db, from `folder`, when `db` is None),
    waited for until /openapi.json answers."""
    port = free_port()
    log = folder / f"server-{port}.log"
    out = log.open("wb")
    store = ["--db", str(db)] if db is not None else []
    proc = subprocess.Popen([sys.executable, "-m", "eventwire", "serve", *store,
                             "--host", host, "--port", str(port), *args], stdout=out,
                            stderr=out, env={**os.environ, **(env or {})}, cwd=folder)
    out.close()
    base = f"http://127.0.0.1:{port}"
    deadline = time.time() + 120
    while time.time() < deadline:
        if proc.poll() is not None:
            raise AssertionError("the server stopped: " + log.read_text()[-2000:])
        try:
            if httpx.get(base + "/openapi.json", timeout=2).status_code == 200:
                return Server(base, port, proc, log)
        except httpx.TransportError:
            time.sleep(0.3)
    proc.kill()
    raise AssertionError("the server did not start: " + log.read_text()[-2000:])


def wait(predicate, timeout=30):
    """Poll `predicate` until it returns something truthy (a browser element list, a text)."""
    deadline = time.time() + timeout
    while time.time() < deadline:
        result = predicate()
        if result:
            return result
        time.sleep(0.2)
    raise AssertionError("timed out waiting in the browser")
