"""Export the event store: parquet, csv, jsonl (one row per line, every field), plover (PLOVER
JSON lines, export_plover.py), gdelt and gdelt-mentions (GDELT 2.0 Events and Mentions tables,
export_gdelt.py). docs/exports.md describes each format field by field.

Every field of a CSV or TSV export is on one line: tabs and line breaks in text (a URL, a
sentence, an id) become spaces, so N events are N lines (plus the CSV header). Code columns
(CAMEO event and actor codes, "010", "0256") are text: read a CSV export with pandas as
`pandas.read_csv(path, dtype=eventwire.export.CODE_DTYPES)` to keep their leading zeros.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from . import export_gdelt, export_plover
from .errors import StoreError
from .store import Store

FORMATS = ("parquet", "csv", "jsonl", "plover", "gdelt", "gdelt-mentions")

CODE_COLUMNS = ("id", "article_id", "event_id", "cameo", "cameo_root", "source_code",
                "target_code", "code", "speaker_code", "reported_by", "root", "source", "target",
                "plover_mode", "place_adm1", "place_country")
"""Columns of our CSV outputs (the exported tables and `code --format csv`) that hold codes or
ids: text, never numbers."""

CODE_DTYPES = {c: "string" for c in CODE_COLUMNS}
"""pandas dtypes for CODE_COLUMNS: `pandas.read_csv(path, dtype=CODE_DTYPES)` keeps "010"."""


@dataclass
class Exported:
    rows: int
    left_out: dict[str, int] = field(default_factory=dict)


def export(store: Store, fmt: str, out: Path | None, stream: TextIO,
           table: str = "events") -> Exported:
    """Write the export to `out` (or `stream`); returns the rows written and the rows left out
    by reason (GDELT and PLOVER need a date: `undated`)."""
    if fmt in ("parquet", "csv"):
        if out is None:
            raise StoreError(f"--format {fmt} needs --output FILE")
        store.copy(table, out, fmt)
        return Exported(store.query(f"SELECT count(*) FROM {_table(table)}")[1][0][0])
    if fmt == "jsonl":
        lines = ((line, True) for line in _jsonl(store, table))
    elif fmt == "plover":
        lines = export_plover.rows(store)
    elif fmt in ("gdelt", "gdelt-mentions"):
        lines = export_gdelt.rows(store, "events" if fmt == "gdelt" else "mentions")
    else:
        raise StoreError(f"unknown export format {fmt!r}")
    fh = out.open("w", encoding="utf-8") if out else stream
    done = Exported(0)
    try:
        for line, kept in lines:
            if kept:
                fh.write(line)
                done.rows += 1
            else:
                done.left_out["undated"] = done.left_out.get("undated", 0) + 1
    finally:
        if out:
            fh.close()
    return done


def _jsonl(store: Store, table: str):
    if table == "mentions":
        for row in store.iter_rows("SELECT record FROM mentions ORDER BY id"):
            yield row["record"] + "\n"
    else:
        for row in store.iter_rows(f"SELECT * FROM {_table(table)} ORDER BY ALL"):
            yield json.dumps(row, default=str, ensure_ascii=False) + "\n"


def _table(name: str) -> str:
    if name not in ("events", "mentions", "articles", "actors", "quotes", "rejects"):
        raise StoreError(f"unknown table {name!r}")
    return name
