"""The store under records that should never reach it, and the merge rule (issue 12, items 2-4):
a refused batch is written again article by article; `events` agrees with `mentions` after every
batch, whatever the dates; an older store is brought up to date; twelve daily reports of one
strike are twelve events everywhere, with ids that do not move when more mentions arrive."""

from __future__ import annotations

import copy
import io
import json
from pathlib import Path

import duckdb
import pytest

from eventwire.corpus.ingest import ingest, write_batch
from eventwire.export import export
from eventwire.store import Store, event_id

STRIKE = "Russia fired missiles at Ukraine overnight, Ukrainian officials said."


def daily(day: str, n: int, source: str = "Example Wire") -> dict:
    return {"id": f"strike-{source[:3]}-{n:02d}", "text": STRIKE, "date": day, "source": source,
            "url": f"https://{source.split()[0].lower()}.example/{day.replace('-', '/')}/strike"}


def write_jsonl(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def strike_events(db: Path) -> list[tuple]:
    with Store(db, read_only=True) as s:
        return s.query("SELECT id, CAST(date AS VARCHAR), num_mentions FROM events WHERE "
                       "source_code = 'RUS' AND target_code = 'UKR' AND cameo_root = '19' "
                       "ORDER BY date")[1]


def test_twelve_daily_reports_are_twelve_events_everywhere(tmp_path):
    days = [f"2024-03-{d:02d}" for d in range(1, 13)]
    db = tmp_path / "chain.duckdb"
    ingest([write_jsonl(tmp_path / "a.jsonl", [daily(d, n) for n, d in enumerate(days)])], db,
           jobs=1)
    events = strike_events(db)
    assert [e[1] for e in events] == days and all(e[2] == 1 for e in events)
    with Store(db, read_only=True) as s:
        assert len(s.events(actor="RUS", root="19", since="2024-03-05")[1]) == 8
        out = io.StringIO()
        export(s, "gdelt", None, out)
    gdelt = [line.split("\t") for line in out.getvalue().splitlines()]
    assert sorted(r[1] for r in gdelt if r[5] == "RUS" and r[28] == "19") == [
        d.replace("-", "") for d in days]

    from eventwire.web.app import create_app

    with _test_client()(create_app(db), base_url="http://127.0.0.1") as client:  # a loopback Host
        stats = client.get("/api/stats", params={"actor": "RUS", "root": "19"}).json()
        listed = client.get("/api/events", params={"actor": "RUS", "root": "19"}).json()
    assert sorted(str(b["date"]) for b in stats["by_day"]) == days  # the timeline's bars
    assert listed["total"] == 12

    # more mentions: a second outlet on day 5, a report of the day before, one of the day after
    more = [daily("2024-03-05", 99, "Other Post"), daily("2024-02-29", 98, "Other Post"),
            daily("2024-03-13", 97, "Other Post")]
    ingest([write_jsonl(tmp_path / "b.jsonl", more)], db, jobs=1)
    after = {e[1]: e for e in strike_events(db)}
    assert len(after) == 14
    for eid, day, _ in events:  # the twelve ids did not move
        assert after[day][0] == eid
    assert after["2024-03-05"][2] == 2
    with Store(db, read_only=True) as s:
        assert s.events_consistent()
        _, rows = s.query("SELECT num_sources, first_seen, last_seen FROM events WHERE id = ?",
                          [after["2024-03-05"][0]])
    assert rows[0][0] == 2 and str(rows[0][1]) == str(rows[0][2]) == "2024-03-05"


def _test_client():
    """FastAPI's in-process client (its import warns that starlette prefers httpx2)."""
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient
    return TestClient


def test_event_ids_depend_on_the_key_alone():
    a = event_id("RUS", "UKR", "195", "2024-03-05", "art-1")
    assert a == event_id("RUS", "UKR", "195", "2024-03-05", "art-2")  # any article
    assert a != event_id("RUS", "UKR", "195", "2024-03-06", "art-1")
    assert a != event_id("RUS", None, "195", "2024-03-05", "art-1")
    undated = event_id("RUS", "UKR", "195", None, "art-1")
    assert undated != event_id("RUS", "UKR", "195", None, "art-2")  # no day: per article


@pytest.fixture(scope="module")
def coded_docs(coder):
    texts = ["Kenya accused Uganda on Monday of moving troops to the border.",
             "Peru praised Chile for its help after the floods, the ministry said.",
             "Ghana and Togo held talks on Tuesday about the border crossing."]
    return [coder.code(t, date="2024-03-05", id=f"doc{i}").to_dict()
            for i, t in enumerate(texts)]


def consistent(db: Path) -> bool:
    with Store(db) as s:
        return s.events_consistent()


@pytest.mark.parametrize("poison", [
    lambda d: d["article"].__setitem__("date", "2020-02-30"),   # out of range for DuckDB
    lambda d: d["article"].__setitem__("title", 42.5),           # one float among strings
    lambda d: d["article"].__setitem__("url", ["a", "b"]),       # a list among strings
    lambda d: d["events"][0].__setitem__("article_id", None),    # a broken record
])
def test_a_refused_batch_is_written_again_one_by_one(tmp_path, coded_docs, poison):
    docs = copy.deepcopy(coded_docs)
    poison(docs[1])
    rejects: list[tuple] = []
    db = tmp_path / "r.duckdb"
    with Store(db) as store:
        stored = write_batch(store, docs, ["f:1", "f:2", "f:3"],
                             lambda *r: (rejects.append(r), store.reject(*r)))
        assert [d["article"]["id"] for d in stored] == ["doc0", "doc2"]
        ids = [r[0] for r in store.query("SELECT id FROM articles ORDER BY 1")[1]]
        assert ids == ["doc0", "doc2"]
        assert store.events_consistent() and store.count("events") > 0
        assert [(r[0], r[1]) for r in rejects] == [("f:2", "unstorable")]
        assert "f:2" in rejects[0][2] and "\n" not in rejects[0][2]
        assert store.query("SELECT reason FROM rejects")[1] == [("unstorable",)]


def test_year_zero_cannot_freeze_the_events_table(tmp_path, coded_docs):
    """Item 2: a year-0 date once made the Python rebuild fail (str - str) for good. Dates are
    now refused at the boundary, and the events are computed in SQL in the write's own
    transaction, so even such a row, were it stored, leaves `events` consistent."""
    docs = copy.deepcopy(coded_docs)
    docs[0]["article"]["date"] = "0000-03-01"
    for e in docs[0]["events"]:
        e["date"] = {"value": "0000-03-01", "precision": "day", "text": None, "basis": "x"}
    db = tmp_path / "y0.duckdb"
    with Store(db) as store:
        write_batch(store, docs[:1], ["f:1"], store.reject)
        write_batch(store, docs[1:], ["f:2", "f:3"], store.reject)
        assert store.count("articles") + store.count("rejects") == 3
        assert store.events_consistent()
        n = store.count("events")
        assert store.rebuild_events() == n
    assert consistent(db)


def test_an_older_store_is_brought_up_to_date(tmp_path, coded_docs):
    fresh, old = tmp_path / "fresh.duckdb", tmp_path / "old.duckdb"
    for db in (fresh, old):
        with Store(db) as store:
            store.write(coded_docs, ["f:1", "f:2", "f:3"])
    con = duckdb.connect(str(old))  # as version 1 left it: no event ids, events stale
    con.execute("ALTER TABLE mentions DROP COLUMN event_id")
    con.execute("DELETE FROM meta")
    con.execute("DELETE FROM events")
    con.close()
    with Store(old) as store:
        assert store.events_consistent()
    con = duckdb.connect(str(old), read_only=True)
    got = con.execute("SELECT * FROM events ORDER BY id").fetchall()
    con.close()
    con = duckdb.connect(str(fresh), read_only=True)
    assert got == con.execute("SELECT * FROM events ORDER BY id").fetchall() and got
    con.close()


def test_ingest_rebuilds_a_store_whose_events_disagree(tmp_path):
    data = write_jsonl(tmp_path / "a.jsonl", [daily("2024-03-01", 1), daily("2024-03-02", 2)])
    db = tmp_path / "s.duckdb"
    ingest([data], db, jobs=1)
    con = duckdb.connect(str(db))
    con.execute("DELETE FROM events")  # as a crash of an older version could leave it
    con.close()
    summary = ingest([data], db, jobs=1)
    assert summary.rebuilt and summary.skipped == 2 and summary.events == len(strike_events(db))
    assert consistent(db)


def test_the_writer_caches_less_than_readers_and_may_spill(tmp_path):
    """The ingesting connection keeps DuckDB's cache at WRITE_MEMORY_LIMIT (the parent's RSS
    target on 10,000 articles) and spills beyond it; readers keep MEMORY_LIMIT and, sealed,
    never spill."""
    def setting(store: Store, name: str) -> str:
        return store.con.execute("SELECT current_setting(?)", [name]).fetchone()[0]

    def mib(text: str) -> float:
        number, unit = text.split()
        return float(number) * {"MiB": 1, "GiB": 1024}[unit]

    db = tmp_path / "s.duckdb"
    with Store(db) as writer:
        assert mib(setting(writer, "memory_limit")) == pytest.approx(192e6 / 2**20, abs=0.1)
        assert setting(writer, "temp_directory").endswith("s.duckdb.tmp")
    with Store(db, read_only=True) as reader:
        assert mib(setting(reader, "memory_limit")) == pytest.approx(512e6 / 2**20, abs=0.1)
    with Store(db, sealed=True) as sealed:
        assert setting(sealed, "temp_directory") == ""
