"""Text from the input prints as written: rich markup ("[/x]", "[bold]", "[link=...]"), emoji
codes and control characters in an article, an id or a query result are never interpreted and
never crash a table; a tab or a line break in any field of a CSV or TSV export never splits a
record (24 events are 24 lines). Sentences are the team's own."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import replace

import pytest
from click.testing import CliRunner
from rich.console import Console

from eventwire import output
from eventwire.cli import cli
from eventwire.export import export
from eventwire.records import Article
from eventwire.store import Store

TEXT = ("Kenya accused Ethiopia of shelling the border town of Moyale on Monday.\n\n"
        "\"We did not fire a single shell,\" the Ethiopian army said in a statement.\n\n"
        "Ugandan police arrested dozens of protesters in Kampala on Tuesday.\n")
MARKUP = ["[/x]", "[bold]loud[/bold]", "[link=https://evil.example]click[/link]", ":smile:",
          "[/]"]
BREAKS = "a\tb\nc\r\nd\x0be\x0cf\x1cg\x85h\u2028i\u2029j"


def render(coded) -> str:
    console = Console(file=io.StringIO(), width=200, color_system=None)
    output.print_table(coded, console)
    return console.file.getvalue()


def test_table_prints_markup_in_the_data_as_written(coder):
    coded = coder.code(TEXT, date="2024-03-13", id="[/bold]:smile:")
    e = coded.events[0]
    e = replace(e, trigger=replace(e.trigger, text="[/x]"),
                source=replace(e.source, text="[bold]Kenya"),
                target=replace(e.target, text="[link=x]y[/link]"))
    out = render(replace(coded, events=(e,)))
    for literal in ("[/bold]:smile:", "[/x]", "[bold]Kenya", "[link=x]y[/link]"):
        assert literal in out, out
    assert "\U0001f604" not in out  # :smile: is not turned into an emoji


def test_table_shows_control_characters_harmlessly(coder):
    coded = coder.code(TEXT, date="2024-03-13")
    e = coded.events[0]
    e = replace(e, trigger=replace(e.trigger, text="x\x1b[31mred\x07\ny"))
    out = render(replace(coded, events=(e,)))
    assert "\x1b" not in out and "\x07" not in out
    assert "\ufffd[31mred" in out


@pytest.mark.parametrize("literal", MARKUP)
def test_cell_is_never_markup(literal):
    console = Console(file=io.StringIO(), width=80, color_system=None)
    console.print(output.cell(literal))
    assert console.file.getvalue() == literal + "\n"


def test_code_table_with_markup_in_ids_and_text(tmp_path):
    path = tmp_path / "a.jsonl"
    rec = {"id": "[/x][bold]id-1", "date": "2024-03-13",
           "text": "Kenya accused Ethiopia [of] shelling the [bold] border town on Monday."}
    path.write_text(json.dumps(rec) + "\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["code", str(path)])
    assert result.exit_code == 0, result.output
    assert "[/x][bold]id-1" in result.output


@pytest.fixture
def store_with_breaks(tmp_path, coder):
    """A store whose articles, mentions, rejects and URLs carry tabs and line breaks."""
    db = tmp_path / "s.duckdb"
    arts = [Article(id=f"id{n}{BREAKS}", raw=TEXT.replace("Monday", day), date=f"2024-03-1{n}",
                    url=f"https://news.example/{n}/{BREAKS}", source=f"Wire{BREAKS}")
            for n, day in enumerate(["Monday", "Tuesday", "Friday"])]
    coded = [c.to_dict() for c in coder.code_many(arts)]
    with Store(db) as store:
        store.write(coded, [f"file{BREAKS}.jsonl line {n}" for n in range(len(coded))])
        store.reject(f"bad{BREAKS}.jsonl line 9", "malformed", f"broken{BREAKS}record")
        store.rebuild_events()
    return db


def test_query_prints_markup_literally(store_with_breaks):
    sql = ("SELECT '[/x] [bold]b[/bold] [link=https://e.x]l[/link] :smile:' AS \"[/col]\", "
           "record FROM rejects")
    result = CliRunner().invoke(cli, ["query", sql, "--db", str(store_with_breaks)])
    assert result.exit_code == 0, result.output
    assert "[/x] [bold]b[/bold] [link=https://e.x]l[/link] :smile:" in result.output
    assert "[/col]" in result.output
    assert "\t" not in result.output and "\x0b" not in result.output


def test_gdelt_export_has_one_line_per_event(store_with_breaks):
    with Store(store_with_breaks, read_only=True) as store:
        n_events = store.query("SELECT count(*) FROM events")[1][0][0]
        buf = io.StringIO()
        assert export(store, "gdelt", None, buf).rows == n_events
    lines = buf.getvalue().split("\n")
    assert lines[-1] == "" and len(lines) - 1 == n_events > 2
    assert all(len(x.split("\t")) == 61 for x in lines[:-1])
    assert all(x.split("\t")[60].startswith("https://news.example/") for x in lines[:-1])
    breaks = set(BREAKS) - set("abcdefghij")
    assert not breaks & set(buf.getvalue().replace("\t", "").replace("\n", ""))


@pytest.mark.parametrize("table", ["events", "mentions", "articles", "actors", "quotes",
                                   "rejects"])
def test_csv_export_has_one_line_per_row(store_with_breaks, tmp_path, table):
    out = tmp_path / f"{table}.csv"
    with Store(store_with_breaks, read_only=True) as store:
        n = export(store, "csv", out, io.StringIO(), table).rows
    data = out.read_text(encoding="utf-8")
    assert n > 0 and len(data.split("\n")) == n + 2  # header, rows, final newline
    assert len(data.splitlines()) == n + 1
    with out.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    assert len(rows) == n + 1 and all(len(r) == len(rows[0]) for r in rows)


def test_code_csv_rows_stay_on_one_line(coder):
    coded = coder.code(TEXT, date="2024-03-13", id=f"x{BREAKS}")
    text = output.csv_text(output.csv_rows(coded), header=True)
    assert len(text.splitlines()) == len(coded.events) + 1 > 1
    rows = list(csv.reader(io.StringIO(text)))[1:]
    assert all(row[0] == "xa b c  d e f g h i j" for row in rows)
