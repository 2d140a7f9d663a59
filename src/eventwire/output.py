"""Render coded articles: table (for people), json (one object per article), jsonl (one event
per line), csv (one event per row, flat columns).

Text from the input is never markup: table cells are rich `Text` objects (so "[bold]", "[/x]" or
":smile:" in an article print as written) with control characters made visible as U+FFFD; CSV and
TSV fields carry no tab or line break (each becomes a space), so one record is one line."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable

from rich.console import Console
from rich.table import Table
from rich.text import Text

from .records import CodedArticle

FORMATS = ("table", "json", "jsonl", "csv")
ROW_FORMATS = ("table", "csv", "json")
"""How query results print (`query`, `events`, `series`): a table for people, CSV with a header
row, or JSON (one array of objects; dates as YYYY-MM-DD)."""
CSV_COLUMNS = ["article_id", "id", "sentence", "source", "source_text", "target", "target_text",
               "cameo", "cameo_label", "root", "goldstein", "quad_class", "plover", "plover_mode",
               "modality", "reported_by", "trigger", "trigger_start", "trigger_end", "date",
               "confidence", "text", "place", "place_country", "place_adm1", "place_feature",
               "lat", "lon", "geonames_id"]
"""Code columns ("010", "0256") are text: read with pandas as
`pandas.read_csv(path, dtype=eventwire.export.CODE_DTYPES)` to keep their leading zeros."""


def to_json(coded: CodedArticle) -> str:
    return json.dumps(coded.to_dict(), ensure_ascii=False)


def to_jsonl(coded: CodedArticle) -> Iterable[str]:
    for e in coded.events:
        yield json.dumps(e.to_dict(), ensure_ascii=False)


_LINE_BREAKS = "\t\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029"
"""Tab, and every character `str.splitlines` breaks a line at."""
_FLAT = str.maketrans({c: " " for c in _LINE_BREAKS})
_VISIBLE = str.maketrans({**{c: "\ufffd" for c in map(chr, [*range(32), *range(127, 160)])},
                          **{c: " " for c in _LINE_BREAKS}})


def flat(value) -> str:
    """A CSV or TSV field on one line: tabs and line breaks become spaces."""
    return "" if value is None else str(value).translate(_FLAT)


def cell(value) -> Text:
    """A table cell that prints as written: no markup, no emoji codes, no control characters
    (line breaks and tabs become spaces, other control characters U+FFFD)."""
    return Text("" if value is None else str(value).translate(_VISIBLE))


def csv_rows(coded: CodedArticle) -> Iterable[list]:
    for e in coded.events:
        row = [e.article_id, e.id, e.sentence, e.source.code, e.source.text,
               e.target.code if e.target else "", e.target.text if e.target else "",
               e.cameo.code, e.cameo.label, e.cameo.root, e.cameo.goldstein, e.cameo.quad_class,
               e.plover.type, e.plover.mode or "", e.modality,
               e.reported_by.code if e.reported_by else "", e.trigger.text, e.trigger.span[0],
               e.trigger.span[1], (e.date or {}).get("value") or "", e.confidence, e.text,
               *_place(e.location)]
        yield [flat(v) if isinstance(v, str) else v for v in row]


def _place(loc: dict | None) -> list:
    loc = loc or {}
    return [loc.get("name") or "", loc.get("country") or "", loc.get("adm1") or "",
            loc.get("feature") or "", loc.get("lat"), loc.get("lon"), loc.get("geonames_id")]


def csv_text(rows: Iterable[list], header: bool) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    if header:
        w.writerow(CSV_COLUMNS)
    w.writerows(rows)
    return buf.getvalue()


def print_table(coded: CodedArticle, console: Console) -> None:
    art = coded.article
    title = f"{art.id}  {art.date or 'undated'}  {len(coded.events)} events"
    dropped = ", ".join(f"{n} {m}" for m, n in sorted(coded.dropped.items()))
    table = Table(title=cell(title), caption=cell(f"left out: {dropped}") if dropped else None,
                  show_lines=False, expand=False)
    for col, width in (("#", 3), ("source", 28), ("event", 30), ("target", 28),
                       ("plover", 10), ("modality", 11), ("trigger", 14)):
        table.add_column(col, max_width=width, overflow="ellipsis", no_wrap=False)
    for e in coded.events:
        table.add_row(cell(e.sentence), _actor(e.source),
                      cell(f"{e.cameo.code} {e.cameo.label}"),
                      _actor(e.target) if e.target else cell("-"),
                      cell(e.plover.type), cell(e.modality), cell(e.trigger.text))
    console.print(table)


def _actor(a) -> Text:
    text = f"{a.name} (inferred)" if a.how == "inferred" else a.text
    text = text if len(text) <= 26 else text[:25] + "\u2026"
    return Text.assemble((cell(a.code).plain, "bold"), " ", (cell(text).plain, "dim"))


def print_rows(cols: list[str], rows: list[tuple], fmt: str, console: Console) -> None:
    """Query results in one of ROW_FORMATS. Column names and values are data: printed as
    written, never read as rich markup."""
    if fmt == "csv":
        console.file.write(rows_csv(cols, rows))
    elif fmt == "json":
        console.file.write(json.dumps([dict(zip(cols, row, strict=True)) for row in rows],
                                      ensure_ascii=False, default=_json_value) + "\n")
    else:
        table = Table()
        for c in cols:
            table.add_column(cell(c))
        for row in rows:
            table.add_row(*(cell(v) for v in row))
        console.print(table)


def rows_csv(cols: list[str], rows: Iterable[tuple]) -> str:
    """Query results as CSV with a header row; every field on one line, lists as JSON."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow([flat(c) for c in cols])
    w.writerows([_csv_value(v) for v in row] for row in rows)
    return buf.getvalue()


def _csv_value(value):
    if isinstance(value, list | tuple):
        return flat(json.dumps(value, ensure_ascii=False, default=_json_value))
    return flat(value) if isinstance(value, str) else _json_value(value) if value is not None \
        and not isinstance(value, int | float) else value


def _json_value(value):
    """Dates and times as ISO text, decimals as numbers, anything else as its text."""
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if hasattr(value, "as_integer_ratio"):
        return float(value)
    return str(value)
