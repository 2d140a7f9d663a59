"""The event store: the one module that owns SQL. DuckDB, one file, schema below.

    articles  one row per coded article (id = content hash or the input record's id)
    mentions  one row per event mention, every field of the event record (+ the full JSON)
    events    mentions of one real-world event merged (the merge rule below)
    actors    every resolved actor mention
    quotes    every quotation
    rejects   every input that could not be coded, with the reason
    meta      the store's schema version

Each batch of coded articles is written in one transaction together with the events its
mentions belong to, so a run killed at any moment leaves whole articles or nothing, and `events`
always agrees with `mentions`; a later run skips the articles already stored.

The merge rule (docs/store.md): one event per source, target, CAMEO code and day, as in GDELT.
A mention's day is its own date when it has one to the day, else its article's publication date;
a mention with neither is an event of its own article. Nothing chains: twelve daily reports of
the same strike are twelve events. An event's id is a hash of that key alone (`event_id`), so it
never changes when earlier or later mentions arrive.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator
from contextlib import suppress
from functools import lru_cache
from pathlib import Path
from typing import Any

import duckdb

from .errors import StoreError
from .validate import normalise_text

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
    record JSON, event_id VARCHAR);
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
CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR);
"""

SCHEMA_VERSION = "2"
"""1: events rebuilt at the end of a run by chaining dates; 2: `mentions.event_id`, events kept
per batch by the dyad-code-day rule. An older store is brought up to date when opened for
writing (`_migrate`)."""

EVENT_COLUMNS = """
    m.event_id,
    first(m.source_code ORDER BY a.date NULLS LAST, m.id),
    first(m.target_code ORDER BY a.date NULLS LAST, m.id),
    first(m.cameo ORDER BY a.date NULLS LAST, m.id),
    first(m.cameo_root ORDER BY a.date NULLS LAST, m.id),
    first(m.goldstein ORDER BY a.date NULLS LAST, m.id),
    first(m.quad_class ORDER BY a.date NULLS LAST, m.id),
    first(m.plover_type ORDER BY a.date NULLS LAST, m.id),
    first(coalesce(m.date, a.date) ORDER BY a.date NULLS LAST, m.id),
    first(m.place_name ORDER BY a.date NULLS LAST, m.id) FILTER (WHERE m.place_name IS NOT NULL),
    first(m.place_country ORDER BY a.date NULLS LAST, m.id) FILTER (WHERE m.place_name IS NOT NULL),
    first(m.lat ORDER BY a.date NULLS LAST, m.id) FILTER (WHERE m.place_name IS NOT NULL),
    first(m.lon ORDER BY a.date NULLS LAST, m.id) FILTER (WHERE m.place_name IS NOT NULL),
    count(*),
    count(DISTINCT m.article_id),
    count(DISTINCT coalesce(a.source, nullif(regexp_extract(a.url, '://([^/]+)', 1), ''), a.id)),
    min(a.date),
    max(a.date),
    list(m.id ORDER BY a.date NULLS LAST, m.id),
    first(a.url ORDER BY a.date NULLS LAST, m.id),
    first(m.modality ORDER BY a.date NULLS LAST, m.id)
"""
"""One events row from its mentions. The representative mention (names, modality, the source
URL, the first of `mention_ids`) is the one in the earliest article, ties broken by mention id;
the place is that of the first mention that has one; first_seen and last_seen are the first and
last publication dates of the articles that mention the event. Deterministic: a function of the
set of mentions, not of the order they were stored in."""


QUAD_CLASSES = {1: "verbal_cooperation", 2: "material_cooperation", 3: "verbal_conflict",
                4: "material_conflict"}
"""CAMEO's quad classes, as the column names of a series."""

EVENT_SUMMARY = ("SELECT date, source_code, cameo, target_code, plover_type, goldstein, place_name, "
                 "num_mentions, num_articles, num_sources, id")
"""The columns `eventwire events` prints."""

LINE_BREAKS = r"[\t\n\r\x0b\x0c\x1c-\x1e\x{85}\x{2028}\x{2029}]"
"""Tab and every line break (as `str.splitlines` counts them), as an RE2 class: replaced by a
space in CSV exports."""

MEMORY_LIMIT = "512MB"
"""DuckDB's buffer cache is capped so the ingesting process stays flat as the store grows (DuckDB
spills to disk beyond it); its default is 80% of the machine's memory."""

SEALED = {
    "enable_external_access": False,        # no files but the store: COPY, EXPORT, ATTACH,
                                            # read_csv/read_text/glob, http(s) reads, INSTALL
    "autoinstall_known_extensions": False,  # never fetch an extension
    "autoload_known_extensions": False,     # never load one that happens to be installed
    "python_enable_replacements": False,    # `FROM name` never reaches a Python variable
    "lock_configuration": True,             # and no SET can undo any of this
}
"""Connection settings for SQL that others write (`eventwire query`) and for the HTTP API: the
connection sees the store, opened read-only, and nothing else. A refused statement fails with
DuckDB's one-line Permission, Catalog or Invalid Input error; nothing is read or written outside
the store (DuckDB may still spill a large sort to its own `<store>.tmp` folder)."""


class Store:
    def __init__(self, path: str | Path, *, read_only: bool = False, sealed: bool = False) -> None:
        """Open (or create) the store. `read_only` for readers; `sealed` (implies read-only)
        for untrusted SQL and the HTTP API: see SEALED."""
        self.path = Path(path)
        read_only = read_only or sealed
        if read_only and not self.path.exists():
            raise StoreError(f"{self.path}: no such event store; run `eventwire ingest` first")
        config: dict[str, str | bool] = {"memory_limit": MEMORY_LIMIT}
        if sealed:
            config.update(SEALED)
        try:
            self.con = duckdb.connect(str(self.path), read_only=read_only, config=config)
        except duckdb.Error as exc:
            raise StoreError(f"{self.path}: cannot open the event store "
                             f"({_first_line(exc)})") from None
        if not read_only:
            try:
                self.con.execute(SCHEMA)
                self._migrate()
            except duckdb.Error as exc:
                self.con.close()
                raise StoreError(f"{self.path}: cannot prepare the event store "
                                 f"({_first_line(exc)})") from None

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
        """Write coded articles (the JSON contract) in one transaction, as bulk inserts, and
        recompute the events their mentions belong to in the same transaction. Raises
        StoreError (naming the cause) and leaves the store as it was when anything fails."""
        articles, mentions, actors, quotes = table_rows(coded, records)
        touched = sorted({m[-1] for m in mentions})
        self._transaction(lambda: self._write_rows(articles, mentions, actors, quotes, touched))

    def register_part(self, part: Path, only: list[str] | None = None) -> list[str]:
        """Add a Parquet part (`write_part`) to the store in one transaction, with the events
        its mentions belong to; `only`: just these articles of it. Articles the store already
        holds are left as they are, so registering a part twice changes nothing. Returns the
        ids of the articles added; raises StoreError (store unchanged) when anything fails."""
        added: list[str] = []

        def work() -> None:
            ids = [r[0] for r in self.con.execute(
                "SELECT id FROM read_parquet(?) WHERE id NOT IN (SELECT id FROM articles)"
                + (" AND id IN (SELECT unnest(?))" if only is not None else ""),
                [str(part / "articles.parquet")] + ([only] if only is not None else [])
            ).fetchall()]
            if not ids:
                return
            for table in PART_TABLES:
                cols = ", ".join(c for c, _ in _columns(table))
                key = "id" if table == "articles" else "article_id"
                self.con.execute(
                    f"INSERT INTO {table} ({cols}) SELECT {cols} FROM read_parquet(?) "
                    f"WHERE {key} IN (SELECT unnest(?))", [str(part / f"{table}.parquet"), ids])
            touched = [r[0] for r in self.con.execute(
                "SELECT DISTINCT event_id FROM read_parquet(?) WHERE article_id IN "
                "(SELECT unnest(?)) ORDER BY 1", [str(part / "mentions.parquet"), ids]).fetchall()]
            self._refresh_events(touched)
            added.extend(sorted(ids))

        self._transaction(work)
        return added

    def part_articles(self, part: Path) -> list[tuple[str, str]]:
        """(id, input record) of each article of a Parquet part."""
        try:
            return [tuple(r) for r in self.con.execute(
                "SELECT id, record FROM read_parquet(?) ORDER BY id",
                [str(part / "articles.parquet")]).fetchall()]
        except duckdb.Error as exc:
            raise StoreError(f"{part}: cannot read the part ({_first_line(exc)})") from None

    def _write_rows(self, articles, mentions, actors, quotes, touched) -> None:
        for table, rows, conflict in (("articles", articles, True), ("mentions", mentions, True),
                                      ("actors", actors, False), ("quotes", quotes, False)):
            if rows:
                self._bulk(table, rows, conflict)
        self._refresh_events(touched)

    def _transaction(self, work) -> None:
        """Run `work` in one transaction: all of it is committed, or none of it. The first
        error is the one reported (a failed rollback must not hide it)."""
        con = self.con
        con.execute("BEGIN TRANSACTION")
        try:
            work()
            con.execute("COMMIT")
        except BaseException as exc:
            with suppress(duckdb.Error):  # already gone; the original error says why
                con.execute("ROLLBACK")
            if isinstance(exc, duckdb.Error | ArithmeticError | TypeError | ValueError):
                raise StoreError(f"{self.path}: write failed ({_first_line(exc)})") from exc
            raise

    def _bulk(self, table: str, rows: list[list], skip_conflicts: bool) -> None:
        data = _arrow(table, rows)
        cols = [c for c, _ in _columns(table)]
        self.con.register("_batch", data)
        try:
            self.con.execute(f"INSERT INTO {table} ({', '.join(cols)}) SELECT * FROM _batch"
                             + (" ON CONFLICT DO NOTHING" if skip_conflicts else ""))
        finally:
            with suppress(duckdb.Error):  # an aborted transaction refuses even this
                self.con.unregister("_batch")

    def reject(self, record: str, reason: str, message: str) -> None:
        """Record a rejection (the latest reason wins when a record is rejected again)."""
        try:
            self.con.execute("INSERT OR REPLACE INTO rejects (record, reason, message) "
                             "VALUES (?, ?, ?)", [normalise_text(record), reason,
                                                  normalise_text(message)])
        except duckdb.Error as exc:
            raise StoreError(f"{self.path}: cannot record a rejection ({_first_line(exc)})"
                             ) from None

    # -- events -------------------------------------------------------------------------------
    def _refresh_events(self, ids: list[str]) -> None:
        """Recompute the events with these ids from all their mentions (inside a transaction)."""
        if not ids:
            return
        self.con.execute("DELETE FROM events WHERE id IN (SELECT unnest(?))", [ids])
        self.con.execute(f"""
            INSERT INTO events SELECT {EVENT_COLUMNS}
            FROM (SELECT * FROM mentions WHERE event_id IN (SELECT unnest(?))) m
            JOIN articles a ON a.id = m.article_id
            GROUP BY m.event_id""", [ids])

    def rebuild_events(self) -> int:
        """Recompute the whole events table from the mentions, in one transaction (a store
        that disagrees with itself, e.g. one written by an older version, is put right)."""
        def work() -> None:
            self.con.execute("DELETE FROM events")
            self.con.execute(f"""
                INSERT INTO events SELECT {EVENT_COLUMNS}
                FROM mentions m JOIN articles a ON a.id = m.article_id
                GROUP BY m.event_id""")

        self._transaction(work)
        return self.count("events")

    def count(self, table: str) -> int:
        return self.query(f"SELECT count(*) FROM {_table(table)}")[1][0][0]

    def events_consistent(self) -> bool:
        """Does `events` hold exactly one row per event key of the mentions, with the right
        number of mentions? (Always true for a store written by this version.)"""
        return self.query("""
            SELECT count(*) FROM (SELECT event_id, count(*) AS n FROM mentions GROUP BY 1) m
            FULL JOIN events e ON e.id = m.event_id
            WHERE e.id IS NULL OR m.event_id IS NULL OR e.num_mentions <> m.n""")[1][0][0] == 0

    def _migrate(self) -> None:
        """Bring a store of an older schema up to date: give every mention its event id and
        rebuild the events table by the current rule, in one transaction."""
        row = self.con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        if row and row[0] == SCHEMA_VERSION:
            return
        cols = {c[0] for c in self.con.execute("DESCRIBE mentions").fetchall()}

        def work() -> None:
            import pyarrow as pa

            if "event_id" not in cols:
                self.con.execute("ALTER TABLE mentions ADD COLUMN event_id VARCHAR")
            rows = self.con.execute("""
                SELECT m.id, m.source_code, m.target_code, m.cameo, m.date, a.date, m.article_id
                FROM mentions m JOIN articles a ON a.id = m.article_id""").fetchall()
            if rows:
                ids = pa.table({"id": [r[0] for r in rows], "event_id": [
                    event_id(r[1], r[2], r[3], str(r[4] or r[5] or "") or None, r[6])
                    for r in rows]})
                self.con.register("_ids", ids)
                self.con.execute("UPDATE mentions SET event_id = _ids.event_id FROM _ids "
                                 "WHERE mentions.id = _ids.id")
                self.con.unregister("_ids")
            self.con.execute("DELETE FROM events")
            self.con.execute(f"""
                INSERT INTO events SELECT {EVENT_COLUMNS}
                FROM mentions m JOIN articles a ON a.id = m.article_id
                GROUP BY m.event_id""")
            self.con.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)",
                             [SCHEMA_VERSION])

        self._transaction(work)

    # -- reading ------------------------------------------------------------------------------
    def query(self, sql: str, params: list | None = None) -> tuple[list[str], list[tuple]]:
        try:
            cur = self.con.execute(sql, params or [])
            cols = [d[0] for d in cur.description] if cur.description else []
            return cols, cur.fetchall()
        except duckdb.PermissionException as exc:
            raise StoreError(f"query refused: {_first_line(exc)} (only the store's own tables "
                             "can be read: no files, network, extensions or ATTACH)") from None
        except duckdb.Error as exc:
            raise StoreError(f"query failed: {_first_line(exc)}") from None

    def arrow(self, sql: str, params: list | None = None):
        """A query's result as a pyarrow Table (text columns stay strings: CAMEO "0256" is not
        the number 256)."""
        try:
            return self.con.sql(sql, params=params or None).to_arrow_table()
        except duckdb.PermissionException as exc:
            raise StoreError(f"query refused: {_first_line(exc)} (only the store's own tables "
                             "can be read: no files, network, extensions or ATTACH)") from None
        except duckdb.Error as exc:
            raise StoreError(f"query failed: {_first_line(exc)}") from None

    def table(self, name: str):
        """A whole table as a pyarrow Table, rows in a fixed order."""
        return self.arrow(f"SELECT * FROM {_table(name)} ORDER BY ALL")

    def events_sql(self, *, limit: int | None = None, offset: int = 0, sort: str = "date",
                   **filters: str | None) -> tuple[str, list]:
        """Every column of the events matching the filters (those of the HTTP API), sorted."""
        where, params = self._filters(**filters)
        order = self.SORTS.get(sort)
        if order is None:
            raise StoreError(f"unknown sort {sort!r}; use one of {', '.join(self.SORTS)}")
        sql = ("SELECT * FROM events" + (" WHERE " + " AND ".join(where) if where else "")
               + f" ORDER BY {order}, id LIMIT ? OFFSET ?")
        return sql, [*params, limit, offset]

    def events(self, *, limit: int = 50, offset: int = 0, sort: str = "date",
               **filters: str | None) -> tuple[list[str], list[tuple]]:
        """Events matching the filters (those of the HTTP API), for the command line."""
        sql, params = self.events_sql(limit=limit, offset=offset, sort=sort, **filters)
        return self.query(sql.replace("SELECT *", EVENT_SUMMARY, 1), params)

    SORTS = {"date": "date DESC NULLS LAST", "-date": "date ASC NULLS LAST",
             "mentions": "num_mentions DESC", "-mentions": "num_mentions ASC",
             "goldstein": "goldstein ASC", "-goldstein": "goldstein DESC",
             "source": "source_code ASC", "-source": "source_code DESC",
             "target": "target_code ASC NULLS LAST", "-target": "target_code DESC NULLS LAST",
             "cameo": "cameo ASC", "-cameo": "cameo DESC",
             "plover": "plover_type ASC NULLS LAST", "-plover": "plover_type DESC NULLS LAST",
             "place": "place_name ASC NULLS LAST", "-place": "place_name DESC NULLS LAST",
             "sources": "num_sources DESC", "-sources": "num_sources ASC"}

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

    def stats(self, *, top: int = 60, **filters: str | None) -> dict[str, Any]:
        """Counts for the dashboard: by day and quad class, by PLOVER type, the `top` dyads,
        located places, and events by the country they happened in (a country-level place
        has no coordinates, so only `by_country` holds it)."""
        where, params = self._filters(**filters)
        clause = " WHERE " + " AND ".join(where) if where else ""

        def rows(sql: str, *extra: Any) -> list[dict[str, Any]]:
            cols, data = self.query(sql, [*params, *extra])
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
                          "GROUP BY 1, 2 ORDER BY 3 DESC, 1, 2 LIMIT ?", top),
            "places": rows(f"SELECT place_name, place_country, lat, lon, count(*) AS n "
                           f"FROM events{clause}{' AND' if clause else ' WHERE'} lat IS NOT NULL "
                           "GROUP BY 1, 2, 3, 4 ORDER BY 5 DESC, 1, 2 LIMIT 300"),
            "by_country": rows(f"SELECT place_country, count(*) AS n FROM events{clause}"
                               f"{' AND' if clause else ' WHERE'} place_country IS NOT NULL "
                               "GROUP BY 1 ORDER BY 2 DESC, 1"),
        }

    SERIES_BY = ("actor", "dyad")
    SERIES_EVERY = {"day": ("day", "INTERVAL 1 DAY"), "week": ("week", "INTERVAL 7 DAY"),
                    "month": ("month", "INTERVAL 1 MONTH")}

    def series(self, *, by: str = "dyad", every: str = "week", fill: bool = True,
               top: int | None = None, **filters: str | None) -> tuple[list[str], list[tuple]]:
        """`series_sql`'s table as column names and rows."""
        return self.query(*self.series_sql(by=by, every=every, fill=fill, top=top, **filters))

    def series_sql(self, *, by: str = "dyad", every: str = "week", fill: bool = True,
                   top: int | None = None, **filters: str | None) -> tuple[str, list]:
        """Counts per actor or dyad per period, the table event-data studies start from: one
        row per key (`actor`, or `source_code` and `target_code`) and period (named by its
        first day; weeks start on Monday) with `events`, `mentions` (the sum of num_mentions),
        `goldstein_sum` and the quad-class counts. An event counts once for each distinct actor
        on it (`as_source`, `as_target` say on which side); dyads are the events with a target;
        undated events are left out. With `fill`, every key has a row for every period from
        the first to the last (`since`/`until` when given), zeros where nothing happened; `top`
        keeps the keys with the most events. Filters as `events`."""
        if by not in self.SERIES_BY:
            raise StoreError(f"unknown series key {by!r}; use one of {', '.join(self.SERIES_BY)}")
        if every not in self.SERIES_EVERY:
            raise StoreError(f"unknown period {every!r}; use one of "
                             f"{', '.join(self.SERIES_EVERY)}")
        unit, step = self.SERIES_EVERY[every]
        where, params = self._filters(**filters)
        where.append("date IS NOT NULL")
        measures = ["events", "mentions", "goldstein_sum", *QUAD_CLASSES.values()]
        counts = ["count(*)", "CAST(coalesce(sum(num_mentions), 0) AS BIGINT)",
                  "coalesce(round(sum(goldstein), 2), 0)",
                  *(f"count(*) FILTER (WHERE quad_class = {q})" for q in QUAD_CLASSES)]
        if by == "dyad":
            keys, rows = "source_code, target_code", "events"
            where.append("target_code IS NOT NULL")
        else:
            keys = "actor"
            rows = ("(SELECT *, unnest(list_distinct(list_value(source_code, target_code))) "
                    "AS actor FROM events)")
            measures[1:1] = ["as_source", "as_target"]
            counts[1:1] = ["count(*) FILTER (WHERE actor = source_code)",
                           "count(*) FILTER (WHERE actor = target_code)"]
            if filters.get("actor"):  # the actors asked for, not their counterparts too
                where.append("actor LIKE ?")
                params.append(str(filters["actor"]).upper() + "%")
        chosen = "SELECT * FROM sums"
        if top is not None:
            chosen += (f" SEMI JOIN (SELECT {keys} FROM sums GROUP BY ALL ORDER BY sum(events) "
                       f"DESC, {keys} LIMIT ?) USING ({keys})")
            params.append(top)
        sql = f"""
            WITH picked AS (SELECT date_trunc('{unit}', date)::DATE AS period, * FROM {rows}
                            WHERE {' AND '.join(where)}),
            sums AS (SELECT {keys}, period, {', '.join(f'{c} AS {m}' for c, m in
                                                       zip(counts, measures, strict=True))}
                     FROM picked GROUP BY ALL),
            chosen AS ({chosen})"""
        if not fill:
            return sql + f" SELECT {keys}, period, {', '.join(measures)} FROM chosen " \
                "ORDER BY ALL", params
        sql += f""",
            span AS (SELECT date_trunc('{unit}', coalesce(CAST(? AS DATE), min(period)))::DATE
                     AS first, date_trunc('{unit}', coalesce(CAST(? AS DATE), max(period)))::DATE
                     AS last FROM chosen),
            periods AS (SELECT unnest(generate_series(first, last, {step}))::DATE AS period
                        FROM span WHERE first IS NOT NULL)
            SELECT {keys}, period, {', '.join(f'coalesce({m}, 0) AS {m}' for m in measures)}
            FROM (SELECT DISTINCT {keys} FROM chosen) CROSS JOIN periods
            LEFT JOIN chosen USING ({keys}, period) ORDER BY ALL"""
        return sql, [*params, filters.get("since"), filters.get("until")]

    def export_events(self) -> Iterator[dict[str, Any]]:
        """Every event with its representative mention (the full record as `mention`), its
        article (`article_date`, `article_url`, `article_source`) and `added`, when its first
        article was stored: the rows of the GDELT and PLOVER exports, in date order."""
        return self.iter_rows(EXPORT_EVENTS)

    def export_mentions(self) -> Iterator[dict[str, Any]]:
        """Every mention with its event (`event_id`, `event_added`) and its article (`url`,
        `source`, `title`, `chars`, `coded_at`): the rows of the GDELT Mentions export."""
        return self.iter_rows(EXPORT_MENTIONS)

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
        try:
            self.con.execute(f"COPY (SELECT {columns} FROM {table} ORDER BY ALL) TO '{target}' "
                             f"({options})")
        except duckdb.Error as exc:
            raise StoreError(f"{path}: cannot write the export ({_first_line(exc)})") from None


EXPORT_EVENTS = """
SELECT e.*, m.record AS mention, a.date AS article_date, a.url AS article_url,
       a.source AS article_source, a.title AS article_title, x.added
FROM events e
JOIN mentions m ON m.id = e.mention_ids[1]
JOIN articles a ON a.id = m.article_id
JOIN (SELECT m2.event_id, min(a2.coded_at) AS added FROM mentions m2
      JOIN articles a2 ON a2.id = m2.article_id GROUP BY 1) x ON x.event_id = e.id
ORDER BY e.date NULLS LAST, e.id"""

EXPORT_MENTIONS = """
SELECT m.record AS mention, m.event_id, e.date AS event_date, x.added AS event_added, a.url,
       a.source, a.title, a.chars, a.coded_at, a.date AS article_date
FROM mentions m
JOIN events e ON e.id = m.event_id
JOIN articles a ON a.id = m.article_id
JOIN (SELECT m2.event_id, min(a2.coded_at) AS added FROM mentions m2
      JOIN articles a2 ON a2.id = m2.article_id GROUP BY 1) x ON x.event_id = m.event_id
ORDER BY e.date NULLS LAST, m.event_id, a.date NULLS LAST, m.id"""


PART_TABLES = ("articles", "mentions", "actors", "quotes")
"""The tables a Parquet part holds, one file each."""


def table_rows(coded: list[dict[str, Any]], records: list[str]
               ) -> tuple[list[list], list[list], list[list], list[list]]:
    """The rows of articles, mentions, actors and quotes for coded articles (the JSON contract)
    read from the input records `records`; StoreError when a record is not in that format."""
    articles, mentions, actors, quotes = [], [], [], []
    try:
        for doc, record in zip(coded, records, strict=True):
            a = doc["article"]
            articles.append([a["id"], record, a["url"], a["title"], a["source"], a["date"],
                             a["date_basis"], a["chars"], len(doc["events"]),
                             json.dumps(a["dropped_events"])])
            if any(e["article_id"] != a["id"] for e in doc["events"]):
                raise ValueError(f"article {a['id']!r} holds another article's mentions")
            mentions.extend(_mention_row(e, a["date"]) for e in doc["events"])
            actors.extend([a["id"], x["code"], x["country"], x["agent"], x["text"],
                           x["name"], x["span"][0], x["span"][1], x["how"]]
                          for x in doc["actors"])
            quotes.extend([a["id"], q["kind"], (q["speaker"] or {}).get("code"),
                           (q["speaker"] or {}).get("name"), q["content"], q["span"][0],
                           q["span"][1], json.dumps(q)] for q in doc["quotes"])
    except (KeyError, TypeError, IndexError, ValueError) as exc:
        raise StoreError(f"a coded article is not in the record format ({exc!r})") from None
    return articles, mentions, actors, quotes


def write_part(folder: Path, coded: list[dict[str, Any]], records: list[str]) -> Path:
    """Write coded articles as a Parquet part: a folder `part-<hash of their ids>` in `folder`
    holding one file per table of PART_TABLES (the rows `write` would insert), for
    `Store.register_part`. Written under a temporary name and renamed, so a part that exists is
    whole; the same articles give the same part. Needs no store: a cluster's workers write parts
    to a shared folder and the driver registers them."""
    import os
    import shutil

    import pyarrow.parquet as pq

    rows = table_rows(coded, records)
    ids = "\n".join(doc["article"]["id"] for doc in coded)
    part = folder / f"part-{hashlib.sha1(ids.encode('utf-8', 'surrogatepass')).hexdigest()[:20]}"
    tmp = folder / f".{part.name}.{os.getpid()}.tmp"
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    for table, table_rows_ in zip(PART_TABLES, rows, strict=True):
        pq.write_table(_arrow(table, table_rows_), tmp / f"{table}.parquet")
    shutil.rmtree(part, ignore_errors=True)
    os.replace(tmp, part)
    return part


@lru_cache(maxsize=None)
def _columns(table: str) -> tuple[tuple[str, str], ...]:
    """(name, type) of each column a write fills (all but `coded_at`), from SCHEMA."""
    con = duckdb.connect(":memory:")
    try:
        con.execute(SCHEMA)
        return tuple(tuple(c[:2]) for c in con.execute(f"DESCRIBE {_table(table)}").fetchall()
                     if c[0] != "coded_at")
    finally:
        con.close()


def _arrow(table: str, rows: list[list]):
    """Rows as an Arrow table with the store's column names. Text columns take strings only (a
    number or a list among them is refused, not cast); the other types are inferred from the
    values and cast by DuckDB on insert."""
    import pyarrow as pa

    return pa.table({c: pa.array([r[i] for r in rows],
                                 type=pa.string() if t in ("VARCHAR", "JSON") else None)
                     for i, (c, t) in enumerate(_columns(table))})


def event_id(source: str, target: str | None, cameo: str, day: str | None,
             article_id: str) -> str:
    """The event key (source, target, CAMEO code, day) as a 16-hex-digit id; an undated mention
    is keyed by its article instead of a day. Depends on nothing else, so it never changes."""
    key = f"{source}|{target or ''}|{cameo}|" + (day if day else f"|{article_id}")
    return hashlib.sha1(key.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def _mention_row(e: dict[str, Any], published: str | None) -> list:
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
            e["confidence"], json.dumps(e, ensure_ascii=False),
            event_id(s["code"], t.get("code"), e["cameo"]["code"], day or published,
                     e["article_id"])]


def _table(name: str) -> str:
    if name not in ("events", "mentions", "articles", "actors", "quotes", "rejects"):
        raise StoreError(f"unknown table {name!r}")
    return name


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__
