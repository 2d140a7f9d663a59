"""Corpus runs against real DuckDB files: idempotent ingest, rejects, deduplication, exports, and
a run killed with SIGKILL and started again."""

from __future__ import annotations

import csv
import gzip
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from eventwire.corpus.ingest import ingest
from eventwire.store import Store

FIXTURES = Path(__file__).parent / "fixtures"
COUNTRIES = [("Kenya", "Kenyan"), ("Uganda", "Ugandan"), ("Peru", "Peruvian"),
             ("Chile", "Chilean"), ("Ghana", "Ghanaian"), ("Togo", "Togolese"),
             ("Poland", "Polish"), ("Belarus", "Belarusian"), ("Egypt", "Egyptian"),
             ("Sudan", "Sudanese")]


def wire(n: int) -> dict:
    """The team's own short wire items, varied by index."""
    a, b = COUNTRIES[n % 10], COUNTRIES[(n * 3 + 1) % 10]
    if a == b:
        b = COUNTRIES[(n + 1) % 10]
    day = 1 + n % 27
    text = (f"{a[0]} accused {b[0]} on Monday of moving troops to the border, officials said.\n\n"
            f"The {a[1]} foreign minister later held talks with his {b[1]} counterpart, and "
            f"both sides agreed to meet again in {n % 5 + 2} weeks.\n")
    return {"id": f"w{n:04d}", "text": text, "date": f"2024-03-{day:02d}",
            "url": f"https://news.example.org/2024/03/{day:02d}/item-{n}", "source": "Example"}


def write_jsonl(path: Path, n: int) -> Path:
    path.write_text("".join(json.dumps(wire(i)) + "\n" for i in range(n)), encoding="utf-8")
    return path


def table_counts(db: Path) -> dict:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in ("articles", "mentions", "events", "actors", "quotes", "rejects")} | {
            "mention_ids": [r[0] for r in con.execute("SELECT id FROM mentions ORDER BY 1")
                            .fetchall()],
            "event_ids": [r[0] for r in con.execute("SELECT id FROM events ORDER BY 1")
                          .fetchall()]}
    finally:
        con.close()


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


@pytest.mark.slow
def test_ingest_is_idempotent_and_records_rejects(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    write_jsonl(src / "a.jsonl", 6)
    (src / "b.txt").write_text((FIXTURES / "furniture-article.txt").read_text(encoding="utf-8"),
                               encoding="utf-8")
    (src / "c.jsonl.gz").write_bytes(gzip.compress(
        (FIXTURES / "articles.jsonl").read_bytes()))
    (src / "d.csv").write_text("id,text,date\nx1,Kenya praised Uganda for its help.,2024-03-02\n"
                               "x2,,2024-03-02\n", encoding="utf-8")
    (src / "e.html").write_text(
        "<html><head><title>Talks</title></head><body><article><h1>Talks</h1><p>Kenya and "
        "Uganda held talks in Kampala on Monday, officials said, and agreed to reopen the "
        "border crossing at Busia after weeks of disputes over trade.</p></article>"
        "</body></html>", encoding="utf-8")
    db = tmp_path / "events.duckdb"
    first = ingest([src], db, jobs=1)
    assert first.coded == 6 + 1 + 3 + 1 + 1
    assert sum(first.rejected.values()) == 3  # malformed + empty (gz jsonl) + empty csv text
    counts = table_counts(db)
    second = ingest([src], db, jobs=1)
    assert second.coded == 0 and second.skipped == first.coded
    assert table_counts(db) == counts
    with Store(db, read_only=True) as s:
        _, rows = s.query("SELECT reason FROM rejects ORDER BY 1")
    assert [r[0] for r in rows] == ["empty", "empty", "malformed"]


@pytest.mark.slow
@pytest.mark.parametrize("jobs", ["1", "2"])  # 2: a pool whose workers write Parquet parts
def test_kill_and_resume_gives_the_same_rows(tmp_path, jobs):
    data = write_jsonl(tmp_path / "many.jsonl", 80)
    clean_db, killed_db = tmp_path / "clean.duckdb", tmp_path / "killed.duckdb"
    ingest([data], clean_db, jobs=1, batch_size=4)
    cmd = [sys.executable, "-m", "eventwire", "ingest", str(data), "--db", str(killed_db),
           "-j", jobs, "--batch-size", "4", "--parts-dir", str(tmp_path / "parts")]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wal = Path(str(killed_db) + ".wal")
    deadline = time.time() + 240
    while time.time() < deadline and proc.poll() is None:
        if wal.exists() and wal.stat().st_size > 20_000:  # some batches committed
            break
        time.sleep(0.05)
    assert proc.poll() is None, "the run finished before it could be killed; raise the input size"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    partial = table_counts(killed_db)["articles"]
    assert 0 < partial < 80
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   timeout=600)
    assert rows(killed_db) == rows(clean_db)


def _store_with(tmp_path, articles: list[dict]) -> Path:
    data = tmp_path / "in.jsonl"
    data.write_text("".join(json.dumps(a) + "\n" for a in articles), encoding="utf-8")
    db = tmp_path / "e.duckdb"
    ingest([data], db, jobs=1)
    return db


def test_one_event_from_three_outlets_is_one_event(tmp_path):
    texts = [("Reuters", "Sudanese troops shelled Chadian border posts on Tuesday, the Chadian "
                         "army said."),
             ("AFP", "Chad's army said Sudanese troops had shelled its border posts on Tuesday."),
             ("AP", "Sudanese artillery shelled Chadian border posts on Tuesday, according to "
                    "the Chadian army.")]
    db = _store_with(tmp_path, [{"id": f"o{i}", "text": t, "date": "2024-04-04", "source": s}
                                for i, (s, t) in enumerate(texts)])
    with Store(db, read_only=True) as s:
        _, rows = s.query("SELECT num_mentions, num_articles, num_sources FROM events WHERE "
                          "source_code LIKE 'SDN%' AND cameo_root = '19'")
    assert rows == [(3, 3, 3)]


def test_two_attacks_on_different_days_are_two_events(tmp_path):
    texts = ["Sudanese troops shelled Chadian border posts on Monday, the Chadian army said.",
             "Sudanese troops shelled Chadian border posts on Friday, the Chadian army said."]
    db = _store_with(tmp_path, [{"id": f"d{i}", "text": t, "date": "2024-04-13", "source": "X"}
                                for i, t in enumerate(texts)])
    with Store(db, read_only=True) as s:
        _, rows = s.query("SELECT date FROM events WHERE source_code LIKE 'SDN%' AND "
                          "cameo_root = '19' ORDER BY 1")
    assert [str(r[0]) for r in rows] == ["2024-04-08", "2024-04-12"]


@pytest.fixture(scope="module")
def small_store(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("store")
    data = write_jsonl(tmp / "w.jsonl", 8)
    db = tmp / "w.duckdb"
    ingest([data], db, jobs=1)
    return db


def _cli(*args):
    return subprocess.run([sys.executable, "-m", "eventwire", *args], capture_output=True,
                          text=True, timeout=300)


@pytest.mark.slow
@pytest.mark.parametrize("fmt", ["parquet", "csv", "jsonl", "plover", "gdelt", "gdelt-mentions"])
def test_exports(small_store, tmp_path, fmt):
    out = tmp_path / f"out.{fmt}"
    r = _cli("export", "--db", str(small_store), "--format", fmt, "--output", str(out))
    assert r.returncode == 0, r.stderr
    n_events = table_counts(small_store)["events"]
    if fmt == "parquet":
        assert duckdb.sql(f"SELECT count(*) FROM '{out}'").fetchall()[0][0] == n_events
    elif fmt == "csv":
        with out.open(encoding="utf-8") as fh:
            rows = list(csv.DictReader(fh))
        assert len(rows) == n_events and "num_sources" in rows[0]
    elif fmt == "gdelt":
        lines = out.read_text(encoding="utf-8").splitlines()
        assert len(lines) == n_events and all(len(x.split("\t")) == 61 for x in lines)
        cols = lines[0].split("\t")  # EventCode, EventBaseCode, EventRootCode at 26, 27, 28
        assert cols[27] == cols[26][:3] and cols[28] == cols[26][:2] and cols[25] in "01"
    elif fmt == "gdelt-mentions":
        lines = out.read_text(encoding="utf-8").splitlines()
        assert len(lines) == table_counts(small_store)["mentions"]
        assert all(len(x.split("\t")) == 16 for x in lines)
    else:
        recs = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
        if fmt == "plover":  # a reciprocal act's two events are one record
            assert len(recs) + sum(len(r.get("cameoEvents", [0])) - 1 for r in recs) == n_events
            assert all(r["event"] and r["actor"] for r in recs)
        else:
            assert len(recs) == n_events


@pytest.mark.slow
def test_events_and_query_commands(small_store):
    r = _cli("events", "--db", str(small_store), "--root", "11", "--limit", "5")
    assert r.returncode == 0 and ("112" in r.stdout or "111" in r.stdout), r.stdout
    r = _cli("query", "SELECT count(*) AS n FROM mentions", "--db", str(small_store))
    assert r.returncode == 0 and "n" in r.stdout
    r = _cli("query", "DELETE FROM mentions", "--db", str(small_store))
    assert r.returncode != 0 and "read-only" in r.stderr.lower() and "Traceback" not in r.stderr
    r = _cli("events", "--db", str(small_store.parent / "missing.duckdb"))
    assert r.returncode != 0 and "no such event store" in r.stderr


@pytest.mark.slow
def test_ray_engine_gives_the_same_rows_as_the_pool(tmp_path):
    pytest.importorskip("ray", reason="install eventwire[ray] for the Ray engine")
    data = write_jsonl(tmp_path / "r.jsonl", 12)
    local_db, ray_db = tmp_path / "local.duckdb", tmp_path / "ray.duckdb"
    ingest([data], local_db, jobs=1, batch_size=4)
    summary = ingest([data], ray_db, jobs=2, batch_size=4, engine="ray")
    assert summary.coded == 12
    assert table_counts(ray_db) == table_counts(local_db)
    pool_db = tmp_path / "pool.duckdb"
    ingest([data], pool_db, jobs=2, batch_size=4)
    assert table_counts(pool_db) == table_counts(local_db)


@pytest.mark.slow
def test_the_pool_stores_exactly_the_rows_of_one_process(tmp_path):
    """-j 2 (workers write Parquet parts that the parent registers) against -j 1 (the parent
    codes and writes the rows itself): every row of every table, rejections included; the
    parts are gone afterwards, and a second run skips everything."""
    data = write_jsonl(tmp_path / "p.jsonl", 14)
    with data.open("a", encoding="utf-8") as fh:
        fh.write('{"id": "blank", "text": "  ", "date": "2024-03-02"}\n{"id": "cut", "text": \n')
    one, two, parts = tmp_path / "one.duckdb", tmp_path / "two.duckdb", tmp_path / "parts"
    first = ingest([data], one, jobs=1, batch_size=4)
    pooled = ingest([data], two, jobs=2, batch_size=4, parts=parts)
    assert pooled.coded == 14 and sum(pooled.rejected.values()) == 2
    assert (pooled.coded, pooled.mentions, pooled.events, pooled.rejected) == (
        first.coded, first.mentions, first.events, first.rejected)
    assert pooled.worker_rss_mb > 100 and first.worker_rss_mb == 0  # workers with a model
    assert rows(two) == rows(one)
    assert rows(one)["mentions"] and rows(one)["quotes"] and len(rows(one)["rejects"]) == 2
    assert list(parts.iterdir()) == []  # every part registered, then removed
    again = ingest([data], two, jobs=2, batch_size=4)
    assert (again.coded, again.skipped) == (0, 14) and rows(two) == rows(one)
