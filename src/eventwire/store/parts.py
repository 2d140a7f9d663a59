"""Parquet parts: coded articles written as one Parquet file per table (the rows `Store.write`
would insert) by workers that have no store, for the driver to register (`Store.register_part`)."""

from __future__ import annotations

import hashlib
import json
from functools import cache
from pathlib import Path
from typing import Any

import duckdb

from ..errors import StoreError
from .schema import SCHEMA, mention_row, table_name

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
            mentions.extend(mention_row(e, a["date"]) for e in doc["events"])
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
        pq.write_table(arrow_table(table, table_rows_), tmp / f"{table}.parquet")
    shutil.rmtree(part, ignore_errors=True)
    os.replace(tmp, part)
    return part


@cache
def columns_of(table: str) -> tuple[tuple[str, str], ...]:
    """(name, type) of each column a write fills (all but `coded_at`), from SCHEMA."""
    con = duckdb.connect(":memory:")
    try:
        con.execute(SCHEMA)
        return tuple(tuple(c[:2]) for c in con.execute(f"DESCRIBE {table_name(table)}").fetchall()
                     if c[0] != "coded_at")
    finally:
        con.close()


def arrow_table(table: str, rows: list[list]):
    """Rows as an Arrow table with the store's column names. Text columns take strings only (a
    number or a list among them is refused, not cast); the other types are inferred from the
    values and cast by DuckDB on insert."""
    import pyarrow as pa

    return pa.table({c: pa.array([r[i] for r in rows],
                                 type=pa.string() if t in ("VARCHAR", "JSON") else None)
                     for i, (c, t) in enumerate(columns_of(table))})

