"""SIGKILL an ingest at several points (issue 12, item 3): after every kill the store is
consistent (events agree with mentions, every stored article has all its mentions), and the
run started again ends with exactly the rows of an uninterrupted run, events included."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from eventwire.corpus.ingest import ingest
from eventwire.store import Store

COUNTRIES = ["Kenya", "Uganda", "Peru", "Chile", "Ghana", "Togo", "Poland", "Egypt", "Sudan"]


def wire(n: int) -> dict:
    a, b = COUNTRIES[n % 9], COUNTRIES[(n * 2 + 1) % 9]
    if a == b:
        b = COUNTRIES[(n + 1) % 9]
    return {"id": f"k{n:04d}", "date": f"2024-03-{1 + n % 5:02d}", "source": f"S{n % 3}",
            "text": f"{a} accused {b} on Monday of moving troops to the border, officials "
                    f"said. The {a} foreign minister later held talks with his {b} counterpart."}


def snapshot(db: Path) -> dict:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return {t: sorted(con.execute(f"SELECT * EXCLUDE ({ex}) FROM {t}").fetchall(),
                          key=repr)
                for t, ex in (("articles", "coded_at"), ("mentions", "record"),
                              ("events", "mention_ids"))}
    finally:
        con.close()


def check_consistent(db: Path) -> int:
    with Store(db) as s:
        assert s.events_consistent()
        # no half-written article: each stored article has exactly the mentions it counts
        _, bad = s.query("SELECT a.id FROM articles a LEFT JOIN (SELECT article_id, count(*) n "
                         "FROM mentions GROUP BY 1) m ON m.article_id = a.id "
                         "WHERE a.n_events <> coalesce(m.n, 0)")
        assert bad == []
        return s.count("articles")


@pytest.mark.slow
def test_killed_at_random_points_then_resumed(tmp_path):
    n = 60
    data = tmp_path / "k.jsonl"
    data.write_text("".join(json.dumps(wire(i)) + "\n" for i in range(n)), encoding="utf-8")
    clean_db, db = tmp_path / "clean.duckdb", tmp_path / "killed.duckdb"
    ingest([data], clean_db, jobs=1, batch_size=3)
    cmd = [sys.executable, "-m", "eventwire", "ingest", str(data), "--db", str(db), "-j", "1",
           "--batch-size", "3"]
    wal = Path(str(db) + ".wal")
    rng = random.Random(12)
    stored, points = 0, []
    for _kill in range(3):  # each run is killed once a random number of new batches are in
        target = stored + 3 * rng.randint(1, 4)
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        start_size = wal.stat().st_size if wal.exists() else 0
        deadline = time.time() + 240
        while time.time() < deadline and proc.poll() is None:
            # the WAL grows by a few kB a batch; kill somewhere past the target, mid-write or not
            if wal.exists() and wal.stat().st_size > start_size + 2500 * (target - stored) / 3:
                time.sleep(rng.random() * 0.3)
                break
            time.sleep(0.01)
        assert proc.poll() is None, "the run ended before it was killed; raise n"
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        now = check_consistent(db)
        assert now >= stored
        stored = now
        points.append(now)
    print("articles stored at each kill:", points)
    assert 0 < stored < n and len(set(points)) >= 2, points
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600)
    check_consistent(db)
    assert snapshot(db) == snapshot(clean_db)
