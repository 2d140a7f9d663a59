"""The store's schema and SQL text, and the row building every writer shares (the SQL of the
store lives in this package alone: schema.py, reads.py, parts.py and the Store in __init__)."""

from __future__ import annotations

import hashlib
import json
from typing import Any

from ..errors import StoreError

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
"""DuckDB's buffer cache for readers (the API, `query`, exports) is capped so a process stays flat
as the store grows; its default is 80% of the machine's memory."""

WRITE_MEMORY_LIMIT = "192MB"
"""The cap of the writing (ingesting) connection, which spills to `<store>.tmp` beyond it. With
512 MB the ingesting parent reached 717 MB (pool) and 929 MB (-j 1, which also holds the model)
on 10,000 articles, as the cache filled with the growing store; with 256 MB 482 MB (pool) and
701 MB (-j 1); with 192 MB (-j 1) 643 MB at the same rate. Issue 16 asks for <= 700 MB."""

SEALED = {
    "enable_external_access": False,        # no files but the store: COPY, EXPORT, ATTACH,
                                            # read_csv/read_text/glob, http(s) reads, INSTALL
    "autoinstall_known_extensions": False,  # never fetch an extension
    "autoload_known_extensions": False,     # never load one that happens to be installed
    "python_enable_replacements": False,    # `FROM name` never reaches a Python variable
    "temp_directory": "",                   # no spilling to `<store>.tmp`: past MEMORY_LIMIT
                                            # a query fails (out of memory), it fills no disk
    "lock_configuration": True,             # and no SET can undo any of this
}
"""Connection settings for SQL that others write (`eventwire query`) and for the HTTP API: the
connection sees the store, opened read-only, and nothing else. A refused statement fails with
DuckDB's one-line Permission, Catalog or Invalid Input error; nothing is read or written outside
the store, not even DuckDB's spill files (a query that needs more than MEMORY_LIMIT of working
memory fails with DuckDB's one-line out-of-memory error instead)."""


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



def event_id(source: str, target: str | None, cameo: str, day: str | None,
             article_id: str) -> str:
    """The event key (source, target, CAMEO code, day) as a 16-hex-digit id; an undated mention
    is keyed by its article instead of a day. Depends on nothing else, so it never changes."""
    key = f"{source}|{target or ''}|{cameo}|" + (day if day else f"|{article_id}")
    return hashlib.sha1(key.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def mention_row(e: dict[str, Any], published: str | None) -> list:
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


def table_name(name: str) -> str:
    if name not in ("events", "mentions", "articles", "actors", "quotes", "rejects"):
        raise StoreError(f"unknown table {name!r}")
    return name


def first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__
