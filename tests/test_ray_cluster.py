"""Parquet parts and the Ray engine on a real two-node cluster: a part registered in the store
gives exactly the rows a direct write gives, registering it twice changes nothing, and a run on
two Ray nodes started here (`ray start --head` and a second `ray start --address`, each with one
CPU, in a temporary folder of their own) stores the same rows as the local engine, on both
nodes, and skips everything when run again."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from test_corpus import rows, wire, write_jsonl

from eventwire.corpus.engine import code_batch
from eventwire.corpus.ingest import ingest
from eventwire.records import Article
from eventwire.store import Store, write_part

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

import cluster  # noqa: E402


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


@pytest.fixture
def two_nodes():
    """A Ray cluster of two nodes on this machine (bench/cluster.py), ended afterwards."""
    pytest.importorskip("ray", reason="install eventwire[ray] for the Ray engine")
    with cluster.two_nodes() as address_env:
        yield address_env


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
    assert not parts.exists()  # every part registered and removed, then the folder
    r = _ingest(env, str(data), *cluster)
    assert r.returncode == 0 and "skipped 12 already coded" in r.stderr, r.stderr[-3000:]
    assert rows(ray_db) == rows(local_db)
