"""Parquet parts and the Ray engine on a real two-node cluster: a part registered in the store
gives exactly the rows a direct write gives, registering it twice changes nothing, and a run on
two Ray nodes started here (`ray start --head` and a second `ray start --address`, each with one
CPU, in a temporary folder of their own) stores the same rows as the local engine, on both
nodes, and skips everything when run again."""

from __future__ import annotations

import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import duckdb
import pytest

from eventwire.corpus.engine import code_batch
from eventwire.corpus.ingest import ingest
from eventwire.records import Article
from eventwire.store import Store, write_part

from test_corpus import wire, write_jsonl

TABLES = {"articles": "coded_at", "mentions": None, "events": None, "actors": None,
          "quotes": None, "rejects": "rejected_at"}


def rows(db: Path) -> dict[str, list[tuple]]:
    """Every row of every table (timestamps aside), sorted."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        return {t: con.execute(f"SELECT * {f'EXCLUDE ({ts})' if ts else ''} FROM {t} "
                               "ORDER BY ALL").fetchall() for t, ts in TABLES.items()}
    finally:
        con.close()


def _articles(n: int) -> list[Article]:
    return [Article(id=w["id"], raw=w["text"], date=w["date"], url=w["url"], title=None,
                    source=w["source"]) for w in map(wire, range(n))]


def test_a_registered_part_holds_the_rows_of_a_direct_write(tmp_path):
    arts = _articles(5)
    docs = code_batch(arts)
    keys = [f"in.jsonl:{n + 1}" for n in range(len(docs))]
    with Store(tmp_path / "direct.duckdb") as store:
        store.write(docs, keys)
    part = write_part(tmp_path / "parts", docs, keys)
    assert part.name.startswith("part-") and write_part(tmp_path / "parts", docs, keys) == part
    with Store(tmp_path / "parts.duckdb") as store:
        assert store.register_part(part) == sorted(a.id for a in arts)
        assert store.register_part(part) == []  # twice: nothing added
        assert store.events_consistent()
    assert rows(tmp_path / "parts.duckdb") == rows(tmp_path / "direct.duckdb")
    assert rows(tmp_path / "direct.duckdb")["mentions"]


def test_registering_only_some_articles_of_a_part(tmp_path):
    docs = code_batch(_articles(3))
    keys = ["k0", "k1", "k2"]
    part = write_part(tmp_path, docs, keys)
    with Store(tmp_path / "s.duckdb") as store:
        assert store.part_articles(part) == [("w0000", "k0"), ("w0001", "k1"), ("w0002", "k2")]
        assert store.register_part(part, only=["w0001"]) == ["w0001"]
        assert store.count("articles") == 1
        assert {r[0] for r in store.query("SELECT DISTINCT article_id FROM mentions")[1]} == {
            "w0001"}
        assert store.register_part(part) == ["w0000", "w0002"]
        assert store.events_consistent()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


WAIT_FOR_TWO = """
import sys, time, ray
ray.init(address=sys.argv[1], log_to_driver=False)
deadline = time.monotonic() + 60
while len([n for n in ray.nodes() if n["Alive"]]) < 2 and time.monotonic() < deadline:
    time.sleep(0.2)
print(len([n for n in ray.nodes() if n["Alive"]]), ray.cluster_resources().get("second_node"))
"""


@pytest.fixture
def two_nodes():
    """A Ray cluster of two nodes on this machine (one CPU each; the second with a resource of
    its own), token-authenticated with a fresh token, in a temporary folder. Yields (address,
    the environment a driver needs); every process of it is ended by its process group at the
    end, and none is left behind."""
    pytest.importorskip("ray", reason="install eventwire[ray] for the Ray engine")
    ray_bin = Path(sys.executable).with_name("ray")
    tmp = tempfile.mkdtemp(prefix="ewray-", dir="/tmp")  # Ray's socket paths must stay short
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("RAY_")} | {
        "RAY_AUTH_MODE": "token", "RAY_AUTH_TOKEN": secrets.token_hex(32),
        "RAY_USAGE_STATS_ENABLED": "0"}
    common = ["--block", "--num-cpus=1", "--node-ip-address=127.0.0.1", "--disable-usage-stats"]
    procs: list[subprocess.Popen] = []

    def start(args: list[str], log: str) -> None:
        with open(Path(tmp) / log, "w") as out:
            procs.append(subprocess.Popen([str(ray_bin), "start", *common, *args], env=env,
                                          start_new_session=True, stdout=out,
                                          stderr=subprocess.STDOUT))

    try:
        start(["--head", f"--port={port}", "--include-dashboard=false", f"--temp-dir={tmp}"],
              "head.log")
        deadline = time.monotonic() + 60
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), 0.5).close()
                break
            except OSError:
                assert time.monotonic() < deadline, (Path(tmp) / "head.log").read_text()[-2000:]
                time.sleep(0.2)
        start([f"--address=127.0.0.1:{port}", '--resources={"second_node": 1}'], "second.log")
        address = f"127.0.0.1:{port}"
        ready = subprocess.run([sys.executable, "-c", WAIT_FOR_TWO, address], env=env,
                               capture_output=True, text=True, timeout=120)
        assert ready.stdout.split()[-2:] == ["2", "1.0"], ready.stderr[-2000:]
        yield address, env
    finally:
        for p in procs:
            if p.poll() is None:
                os.killpg(p.pid, signal.SIGKILL)  # its own session: the group is its pid
            p.wait(30)
        time.sleep(0.5)
        left = subprocess.run(["ps", "-eo", "args"], capture_output=True, text=True).stdout
        shutil.rmtree(tmp, ignore_errors=True)
        assert tmp not in left, "a Ray process of the test cluster outlived it"


def _ingest(env: dict, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "eventwire", "ingest", *args], env=env,
                          capture_output=True, text=True, timeout=600)


@pytest.mark.slow
def test_two_node_ray_cluster_stores_the_rows_of_the_local_engine(tmp_path, two_nodes):
    address, env = two_nodes
    data = write_jsonl(tmp_path / "c.jsonl", 12)
    local_db, ray_db = tmp_path / "local.duckdb", tmp_path / "ray.duckdb"
    ingest([data], local_db, jobs=1, batch_size=3)
    parts = tmp_path / "shared-parts"
    cluster = ["--db", str(ray_db), "--engine", "ray", "--ray-address", address, "--parts-dir",
               str(parts), "--batch-size", "3"]
    r = _ingest(env, str(data), *cluster)
    assert r.returncode == 0, r.stderr[-3000:]
    assert "coded 12 articles" in r.stderr and "on 2 Ray nodes" in r.stderr, r.stderr[-3000:]
    assert rows(ray_db) == rows(local_db)
    assert not list(parts.iterdir())  # every part registered and removed
    r = _ingest(env, str(data), *cluster)
    assert r.returncode == 0 and "skipped 12 already coded" in r.stderr, r.stderr[-3000:]
    assert rows(ray_db) == rows(local_db)
