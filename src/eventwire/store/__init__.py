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

from collections.abc import Iterable, Iterator
from contextlib import suppress
from pathlib import Path
from typing import Any

import duckdb

from ..errors import StoreError
from ..validate import normalise_text
from .parts import PART_TABLES, arrow_table, columns_of, table_rows, write_part
from .reads import Reads
from .schema import (
    EVENT_COLUMNS,
    LINE_BREAKS,
    MEMORY_LIMIT,
    QUAD_CLASSES,
    SCHEMA,
    SCHEMA_VERSION,
    SEALED,
    WRITE_MEMORY_LIMIT,
    event_id,
    first_line,
    table_name,
)

__all__ = ["MEMORY_LIMIT", "PART_TABLES", "QUAD_CLASSES", "SCHEMA", "SEALED", "Store",
           "WRITE_MEMORY_LIMIT", "event_id", "table_rows", "write_part"]


class Store(Reads):
    def __init__(self, path: str | Path, *, read_only: bool = False, sealed: bool = False) -> None:
        """Open (or create) the store. `read_only` for readers; `sealed` (implies read-only)
        for untrusted SQL and the HTTP API: see SEALED."""
        self.path = Path(path)
        read_only = read_only or sealed
        if read_only and not self.path.exists():
            raise StoreError(f"{self.path}: no such event store; run `eventwire ingest` first")
        config: dict[str, str | bool] = {
            "memory_limit": MEMORY_LIMIT if read_only else WRITE_MEMORY_LIMIT}
        if sealed:
            config.update(SEALED)
        try:
            self.con = duckdb.connect(str(self.path), read_only=read_only, config=config)
        except duckdb.Error as exc:
            raise StoreError(f"{self.path}: cannot open the event store "
                             f"({first_line(exc)})") from None
        if not read_only:
            try:
                self.con.execute(SCHEMA)
                self._migrate()
            except duckdb.Error as exc:
                self.con.close()
                raise StoreError(f"{self.path}: cannot prepare the event store "
                                 f"({first_line(exc)})") from None

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
                cols = ", ".join(c for c, _ in columns_of(table))
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
            raise StoreError(f"{part}: cannot read the part ({first_line(exc)})") from None

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
                raise StoreError(f"{self.path}: write failed ({first_line(exc)})") from exc
            raise

    def _bulk(self, table: str, rows: list[list], skip_conflicts: bool) -> None:
        data = arrow_table(table, rows)
        cols = [c for c, _ in columns_of(table)]
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
            raise StoreError(f"{self.path}: cannot record a rejection ({first_line(exc)})"
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
        return self.query(f"SELECT count(*) FROM {table_name(table)}")[1][0][0]

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
            raise StoreError(f"query refused: {first_line(exc)} (only the store's own tables "
                             "can be read: no files, network, extensions or ATTACH)") from None
        except duckdb.Error as exc:
            raise StoreError(f"query failed: {first_line(exc)}") from None

    def arrow(self, sql: str, params: list | None = None):
        """A query's result as a pyarrow Table (text columns stay strings: CAMEO "0256" is not
        the number 256)."""
        try:
            return self.con.sql(sql, params=params or None).to_arrow_table()
        except duckdb.PermissionException as exc:
            raise StoreError(f"query refused: {first_line(exc)} (only the store's own tables "
                             "can be read: no files, network, extensions or ATTACH)") from None
        except duckdb.Error as exc:
            raise StoreError(f"query failed: {first_line(exc)}") from None

    def table(self, name: str):
        """A whole table as a pyarrow Table, rows in a fixed order."""
        return self.arrow(f"SELECT * FROM {table_name(name)} ORDER BY ALL")

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
            raise StoreError(f"{path}: cannot write the export ({first_line(exc)})") from None

