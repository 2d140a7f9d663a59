"""The event store: the one module that owns SQL. DuckDB, one file, schema below.

    articles  one row per coded article (id = content hash or the input record's id)
    mentions  one row per event mention, every field of the event record (+ the full JSON)
    events    mentions of one real-world event merged (see `rebuild_events`)
    actors    every resolved actor mention
    quotes    every quotation
    rejects   every input that could not be coded, with the reason

Each batch of coded articles is written in one transaction, so a run killed at any moment leaves
whole articles or nothing; a later run skips the articles already stored.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import duckdb

from .errors import StoreError

SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (
    id VARCHAR PRIMARY KEY, record VARCHAR, url VARCHAR, title VARCHAR, source VARCHAR,
    date DATE, date_basis VARCHAR, chars INTEGER, n_events INTEGER, dropped JSON,
    coded_at TIMESTAMP DEFAULT current_timestamp);
CREATE TABLE IF NOT EXISTS mentions (
    id VARCHAR PRIMARY KEY, article_id VARCHAR, sentence INTEGER, text VARCHAR,
    source_code VARCHAR, source_country VARCHAR, source_agent VARCHAR, source_text VARCHAR,
    source_name VARCHAR, target_code VARCHAR, target_country VARCHAR, target_agent VARCHAR,
    target_text VARCHAR, target_name VARCHAR, cameo VARCHAR, cameo_root VARCHAR,
    cameo_label VARCHAR, goldstein DOUBLE, quad_class INTEGER, plover_type VARCHAR,
    plover_mode VARCHAR, modality VARCHAR, reported_by VARCHAR, date DATE, date_value VARCHAR,
    date_precision VARCHAR, place_name VARCHAR, place_country VARCHAR, lat DOUBLE, lon DOUBLE,
    trigger VARCHAR, trigger_start INTEGER, trigger_end INTEGER, confidence DOUBLE,
    record JSON);
CREATE TABLE IF NOT EXISTS actors (
    article_id VARCHAR, code VARCHAR, country VARCHAR, agent VARCHAR, text VARCHAR,
    name VARCHAR, span_start INTEGER, span_end INTEGER, how VARCHAR);
CREATE TABLE IF NOT EXISTS quotes (
    article_id VARCHAR, kind VARCHAR, speaker_code VARCHAR, speaker_name VARCHAR,
    content VARCHAR, span_start INTEGER, span_end INTEGER, record JSON);
CREATE TABLE IF NOT EXISTS rejects (
    record VARCHAR PRIMARY KEY, reason VARCHAR, message VARCHAR,
    rejected_at TIMESTAMP DEFAULT current_timestamp);
CREATE TABLE IF NOT EXISTS events (
    id VARCHAR PRIMARY KEY, source_code VARCHAR, target_code VARCHAR, cameo VARCHAR,
    cameo_root VARCHAR, goldstein DOUBLE, quad_class INTEGER, plover_type VARCHAR,
    date DATE, place_name VARCHAR, place_country VARCHAR, lat DOUBLE, lon DOUBLE,
    num_mentions INTEGER, num_articles INTEGER, num_sources INTEGER, first_seen DATE,
    last_seen DATE, mention_ids VARCHAR[], source_url VARCHAR, modality VARCHAR);
"""

DEDUP_WINDOW_DAYS = 1
"""Mentions of the same dyad and CAMEO code whose dates are at most this far apart (and whose
places do not disagree) are one event."""


LINE_BREAKS = r"[\t\n\r\x0b\x0c\x1c-\x1e\x{85}\x{2028}\x{2029}]"
"""Tab and every line break (as `str.splitlines` counts them), as an RE2 class: replaced by a
space in CSV exports."""

MEMORY_LIMIT = "512MB"
"""DuckDB's buffer cache is capped so the ingesting process stays flat as the store grows (DuckDB
spills to disk beyond it); its default is 80% of the machine's memory."""


class Store:
    def __init__(self, path: str | Path, *, read_only: bool = False) -> None:
        self.path = Path(path)
        if read_only and not self.path.exists():
            raise StoreError(f"{self.path}: no such event store; run `eventwire ingest` first")
        try:
            self.con = duckdb.connect(str(self.path), read_only=read_only,
                                      config={"memory_limit": MEMORY_LIMIT})
        except duckdb.Error as exc:
            raise StoreError(f"{self.path}: cannot open the event store ({exc})") from None
        if not read_only:
            self.con.execute(SCHEMA)

    def view(self) -> Store:
        """The same store through a cursor of its own, for one request thread."""
        other = object.__new__(Store)
        other.path, other.con = self.path, self.con.cursor()
        return other

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writing ------------------------------------------------------------------------------
    def known(self, ids: Iterable[str]) -> set[str]:
        ids = list(ids)
        if not ids:
            return set()
        rows = self.con.execute("SELECT id FROM articles WHERE id IN (SELECT unnest(?))",
                                [ids]).fetchall()
        return {r[0] for r in rows}

    def write(self, coded: list[dict[str, Any]], records: list[str]) -> None:
        """Write coded articles (the JSON contract) in one transaction, as bulk inserts."""
        articles, mentions, actors, quotes = [], [], [], []
        for doc, record in zip(coded, records, strict=True):
            a = doc["article"]
            articles.append([a["id"], record, a["url"], a["title"], a["source"], a["date"],
                             a["date_basis"], a["chars"], len(doc["events"]),
                             json.dumps(a["dropped_events"])])
            mentions.extend(_mention_row(e) for e in doc["events"])
            actors.extend([a["id"], x["code"], x["country"], x["agent"], x["text"], x["name"],
                           x["span"][0], x["span"][1], x["how"]] for x in doc["actors"])
            quotes.extend([a["id"], q["kind"], (q["speaker"] or {}).get("code"),
                           (q["speaker"] or {}).get("name"), q["content"], q["span"][0],
                           q["span"][1], json.dumps(q)] for q in doc["quotes"])
        con = self.con
        con.execute("BEGIN TRANSACTION")
        try:
            for table, rows, conflict in (("articles", articles, True), ("mentions", mentions, True),
                                          ("actors", actors, False), ("quotes", quotes, False)):
                if rows:
                    self._bulk(table, rows, conflict)
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise

    def _bulk(self, table: str, rows: list[list], skip_conflicts: bool) -> None:
        import pyarrow as pa

        cols = [c[0] for c in self.con.execute(f"DESCRIBE {table}").fetchall()]
        if table == "articles":
            cols = [c for c in cols if c != "coded_at"]
        # column types are inferred from the values; DuckDB casts on insert (all-null
        # columns included)
        data = pa.table({c: pa.array([r[i] for r in rows]) for i, c in enumerate(cols)})
        self.con.register("_batch", data)
        try:
            self.con.execute(f"INSERT INTO {table} ({', '.join(cols)}) SELECT * FROM _batch"
                             + (" ON CONFLICT DO NOTHING" if skip_conflicts else ""))
        finally:
            self.con.unregister("_batch")

    def reject(self, record: str, reason: str, message: str) -> None:
        self.con.execute("INSERT INTO rejects (record, reason, message) VALUES (?, ?, ?) "
                         "ON CONFLICT DO NOTHING", [record, reason, message])

    # -- deduplication ------------------------------------------------------------------------
    def rebuild_events(self) -> int:
        """Merge mentions into events: same source, target and CAMEO code, dates at most
        DEDUP_WINDOW_DAYS apart, places not in different countries. Deterministic; rebuilt
        whole in one transaction."""
        rows = self.con.execute("""
            SELECT m.id, m.article_id, m.source_code, coalesce(m.target_code, ''), m.cameo,
                   m.cameo_root, m.goldstein, m.quad_class, m.plover_type,
                   coalesce(m.date, a.date), m.place_name, m.place_country, m.lat, m.lon,
                   coalesce(a.source, regexp_extract(a.url, '://([^/]+)', 1), a.id), a.url,
                   m.modality
            FROM mentions m JOIN articles a ON a.id = m.article_id
            ORDER BY 3, 4, 5, 10 NULLS LAST, 1""").fetchall()
        events: list[list] = []
        current: list[tuple] = []
        for row in rows:
            if current and not _same_event(current, row):
                events.append(_merge(current))
                current = []
            current.append(row)
        if current:
            events.append(_merge(current))
        self.con.execute("BEGIN TRANSACTION")
        try:
            self.con.execute("DELETE FROM events")
            if events:
                self.con.executemany(f"INSERT INTO events VALUES ({', '.join(['?'] * 21)})",
                                     events)
            self.con.execute("COMMIT")
        except BaseException:
            self.con.execute("ROLLBACK")
            raise
        return len(events)

    # -- reading ------------------------------------------------------------------------------
    def query(self, sql: str, params: list | None = None) -> tuple[list[str], list[tuple]]:
        try:
            cur = self.con.execute(sql, params or [])
        except duckdb.Error as exc:
            raise StoreError(f"query failed: {str(exc).splitlines()[0]}") from None
        cols = [d[0] for d in cur.description] if cur.description else []
        return cols, cur.fetchall()

    def events(self, *, actor: str | None = None, root: str | None = None,
               code: str | None = None, plover: str | None = None, since: str | None = None,
               until: str | None = None, limit: int = 50) -> tuple[list[str], list[tuple]]:
        """Events matching the filters, for the command line."""
        where, params = self._filters(actor=actor, root=root, code=code, plover=plover,
                                      since=since, until=until)
        sql = ("SELECT date, source_code, cameo, target_code, plover_type, goldstein, "
               "place_name, num_mentions, num_articles, num_sources, id FROM events"
               + (" WHERE " + " AND ".join(where) if where else "")
               + " ORDER BY date DESC NULLS LAST, num_mentions DESC, id LIMIT ?")
        return self.query(sql, [*params, limit])

    SORTS = {"date": "date DESC NULLS LAST", "-date": "date ASC NULLS LAST",
             "mentions": "num_mentions DESC", "goldstein": "goldstein ASC",
             "-goldstein": "goldstein DESC"}

    def search(self, *, limit: int = 50, offset: int = 0, sort: str = "date",
               **filters: str | None) -> tuple[int, list[dict[str, Any]]]:
        """Events for the HTTP API: filters, pagination, sort; all values bound parameters."""
        where, params = self._filters(**filters)
        clause = " WHERE " + " AND ".join(where) if where else ""
        order = self.SORTS.get(sort)
        if order is None:
            raise StoreError(f"unknown sort {sort!r}; use one of {', '.join(self.SORTS)}")
        total = self.query(f"SELECT count(*) FROM events{clause}", params)[1][0][0]
        cols, rows = self.query(
            f"SELECT * EXCLUDE (mention_ids) FROM events{clause} ORDER BY {order}, id "
            "LIMIT ? OFFSET ?", [*params, limit, offset])
        return total, [dict(zip(cols, r, strict=True)) for r in rows]

    def event(self, event_id: str) -> dict[str, Any] | None:
        cols, rows = self.query("SELECT * FROM events WHERE id = ?", [event_id])
        if not rows:
            return None
        event = dict(zip(cols, rows[0], strict=True))
        _, mentions = self.query(
            "SELECT m.record, a.url, a.title, a.source FROM mentions m JOIN articles a ON "
            "a.id = m.article_id WHERE m.id IN (SELECT unnest(?)) ORDER BY m.id",
            [event["mention_ids"]])
        event["mentions"] = [dict(json.loads(r[0]), article_url=r[1], article_title=r[2],
                                  article_source=r[3]) for r in mentions]
        return event

    def _filters(self, *, actor: str | None = None, root: str | None = None,
                 code: str | None = None, plover: str | None = None, since: str | None = None,
                 until: str | None = None, place: str | None = None,
                 modality: str | None = None) -> tuple[list[str], list]:
        where, params = [], []
        if actor:
            where.append("(source_code LIKE ? OR target_code LIKE ?)")
            params += [actor.upper() + "%", actor.upper() + "%"]
        for col, value in (("cameo_root", root), ("cameo", code), ("plover_type", plover)):
            if value:
                where.append(f"{col} = ?")
                params.append(value.upper() if col == "plover_type" else value)
        if since:
            where.append("date >= ?")
            params.append(since)
        if until:
            where.append("date <= ?")
            params.append(until)
        if place:
            where.append("(strip_accents(place_name) ILIKE strip_accents(?) OR place_country = ?)")
            params += [f"%{place}%", place.upper()]
        if modality:
            where.append("modality = ?")
            params.append(modality)
        return where, params

    def actors_summary(self, limit: int = 100) -> list[dict[str, Any]]:
        cols, rows = self.query("""
            SELECT code, count(*) AS events, sum(num_mentions) AS mentions,
                   round(avg(goldstein), 2) AS mean_goldstein
            FROM (SELECT source_code AS code, num_mentions, goldstein FROM events
                  UNION ALL SELECT target_code, num_mentions, goldstein FROM events
                  WHERE target_code IS NOT NULL)
            GROUP BY code ORDER BY events DESC, code LIMIT ?""", [limit])
        return [dict(zip(cols, r, strict=True)) for r in rows]

    def stats(self, **filters: str | None) -> dict[str, Any]:
        where, params = self._filters(**filters)
        clause = " WHERE " + " AND ".join(where) if where else ""

        def rows(sql: str) -> list[dict[str, Any]]:
            cols, data = self.query(sql, params)
            return [dict(zip(cols, r, strict=True)) for r in data]

        return {
            "totals": rows(f"SELECT count(*) AS events, coalesce(sum(num_mentions), 0) AS "
                           f"mentions FROM events{clause}")[0],
            "articles": self.query("SELECT count(*) FROM articles")[1][0][0],
            "by_day": rows(f"SELECT date, quad_class, count(*) AS n FROM events{clause} "
                           "GROUP BY 1, 2 ORDER BY 1, 2"),
            "by_plover": rows(f"SELECT plover_type, count(*) AS n FROM events{clause} "
                              "GROUP BY 1 ORDER BY 2 DESC"),
            "dyads": rows(f"SELECT source_code, target_code, count(*) AS n, "
                          f"round(avg(goldstein), 2) AS mean_goldstein FROM events{clause}"
                          f"{' AND' if clause else ' WHERE'} target_code IS NOT NULL "
                          "GROUP BY 1, 2 ORDER BY 3 DESC LIMIT 60"),
            "places": rows(f"SELECT place_name, place_country, lat, lon, count(*) AS n "
                           f"FROM events{clause}{' AND' if clause else ' WHERE'} lat IS NOT NULL "
                           "GROUP BY 1, 2, 3, 4 ORDER BY 5 DESC LIMIT 300"),
        }

    def iter_rows(self, sql: str) -> Iterator[dict[str, Any]]:
        cur = self.con.execute(sql)
        cols = [d[0] for d in cur.description]
        while True:
            chunk = cur.fetchmany(1000)
            if not chunk:
                return
            for row in chunk:
                yield dict(zip(cols, row, strict=True))

    def copy(self, table: str, path: Path, fmt: str) -> None:
        """Write a whole table to parquet or CSV, rows in a fixed order. In CSV every text field
        is on one line: tabs and line breaks become spaces."""
        if table not in ("events", "mentions", "articles", "actors", "quotes", "rejects"):
            raise StoreError(f"unknown table {table!r}")
        columns = "*"
        if fmt != "parquet":
            columns = ", ".join(
                f"regexp_replace(CAST({name} AS VARCHAR), '{LINE_BREAKS}', ' ', 'g') AS {name}"
                if kind in ("VARCHAR", "JSON") or kind.endswith("[]") else name
                for name, kind, *_ in self.con.execute(f"DESCRIBE {table}").fetchall())
        options = "FORMAT parquet" if fmt == "parquet" else "FORMAT csv, HEADER true"
        target = str(path).replace("'", "''")
        self.con.execute(f"COPY (SELECT {columns} FROM {table} ORDER BY ALL) TO '{target}' "
                         f"({options})")


def _mention_row(e: dict[str, Any]) -> list:
    s, t = e["source"], e["target"] or {}
    d, loc = e["date"] or {}, e["location"] or {}
    value = d.get("value")
    day = value if value and d.get("precision") == "day" else None
    return [e["id"], e["article_id"], e["sentence"], e["text"], s["code"], s["country"],
            s["agent"], s["text"], s["name"], t.get("code"), t.get("country"), t.get("agent"),
            t.get("text"), t.get("name"), e["cameo"]["code"], e["cameo"]["root"],
            e["cameo"]["label"], e["cameo"]["goldstein"], e["cameo"]["quad_class"],
            e["plover"]["type"], e["plover"]["mode"], e["modality"],
            (e["reported_by"] or {}).get("code"), day, value, d.get("precision"),
            loc.get("name"), loc.get("country"), loc.get("lat"), loc.get("lon"),
            e["trigger"]["text"], e["trigger"]["span"][0], e["trigger"]["span"][1],
            e["confidence"], json.dumps(e, ensure_ascii=False)]


def _same_event(group: list[tuple], row: tuple) -> bool:
    first, last = group[0], group[-1]
    if row[2:5] != first[2:5]:
        return False
    d0, d1 = last[9], row[9]
    if d0 is None or d1 is None or (d1 - d0) > timedelta(days=DEDUP_WINDOW_DAYS):
        return d0 is None and d1 is None
    countries = {r[11] for r in group if r[11]}
    return not (row[11] and countries and row[11] not in countries)


def _merge(group: list[tuple]) -> list:
    first = group[0]
    dates = [r[9] for r in group if r[9] is not None]
    placed = next((r for r in group if r[10]), None)
    mention_ids = [r[0] for r in group]
    eid = hashlib.sha1("|".join([*first[2:5], str(first[9]), mention_ids[0]]).encode()
                       ).hexdigest()[:16]
    first_seen: date | None = min(dates) if dates else None
    return [eid, first[2], first[3] or None, first[4], first[5], first[6], first[7], first[8],
            first_seen, placed[10] if placed else None, placed[11] if placed else None,
            placed[12] if placed else None, placed[13] if placed else None, len(group),
            len({r[1] for r in group}), len({r[14] for r in group}), first_seen,
            max(dates) if dates else None, mention_ids, first[15], first[16]]
