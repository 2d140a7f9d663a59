"""The `eventwire code` command: formats, stdin, the event-record contract."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

SAMPLE = Path(__file__).resolve().parents[1] / "src/eventwire/samples/sample-article.txt"
CONTRACT = {"id", "article_id", "sentence", "text", "trigger", "source", "target", "cameo",
            "plover", "modality", "reported_by", "via", "quote", "date", "location", "confidence"}


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "eventwire", *args], input=stdin,
                          capture_output=True, timeout=300)


@pytest.fixture(scope="module")
def sample_json():
    r = run("code", str(SAMPLE), "--date", "2024-03-13", "--format", "json")
    assert r.returncode == 0, r.stderr.decode()
    return json.loads(r.stdout)


@pytest.mark.slow
def test_json_follows_the_contract(sample_json):
    assert {"article", "events", "quotes", "actors", "places"} <= set(sample_json)
    assert sample_json["events"], "the sample article must yield events"
    raw = SAMPLE.read_text(encoding="utf-8")
    for e in sample_json["events"]:
        assert set(e) >= CONTRACT
        assert set(e["cameo"]) >= {"code", "label", "root", "goldstein", "quad_class"}
        assert set(e["plover"]) >= {"type", "mode", "context"}
        assert e["source"]["code"] and e["source"]["span"]
        s, t = e["trigger"]["span"]
        assert raw[s:t] == e["trigger"]["text"]
    for a in sample_json["actors"]:
        assert {"text", "code", "name", "span"} <= set(a)


@pytest.mark.slow
def test_sample_article_events(sample_json):
    """The sample (the team's own wire copy) has the events a careful coder finds."""
    got = {(e["source"]["code"][:3], e["cameo"]["root"], (e["target"] or {}).get("code", "")[:3])
           for e in sample_json["events"]}
    assert ("COD", "11", "RWA") in got or ("COD", "12", "RWA") in got, got
    assert any(s == "RWA" and root == "19" and t == "COD" for s, root, t in got), got
    assert not any("KEN" in (s, t) for s, _, t in got), "Kenya is only in page furniture"


@pytest.mark.slow
def test_jsonl_csv_table_and_stdin():
    text = b"Turkish President Recep Tayyip Erdogan praised Azerbaijan on Monday.\n"
    r = run("code", "-", "--date", "2024-05-06", "--format", "jsonl", stdin=text)
    assert r.returncode == 0, r.stderr
    lines = [json.loads(x) for x in r.stdout.decode().splitlines()]
    assert lines and all(set(x) >= CONTRACT for x in lines)
    r = run("code", "-", "--date", "2024-05-06", "--format", "csv", stdin=text)
    rows = list(csv.DictReader(io.StringIO(r.stdout.decode())))
    assert rows and rows[0]["source"] == "TURGOV" and rows[0]["root"] == "05"
    r = run("code", "-", "--date", "2024-05-06", stdin=text)
    assert r.returncode == 0 and b"TURGOV" in r.stdout


@pytest.mark.slow
def test_bad_date_is_a_clear_error():
    r = run("code", "-", "--date", "yesterday", stdin=b"Kenya praised Uganda on Monday.")
    assert r.returncode != 0 and b"YYYY-MM-DD" in r.stderr and b"Traceback" not in r.stderr


def test_code_many_streams(coder):
    texts = [f"Kenya praised Uganda for the {n}th time." for n in range(3)]
    it = coder.code_many(coder.article(t, date="2024-05-06") for t in texts)
    first = next(it)
    assert first.article.raw == texts[0]
    assert [c.article.raw for c in it] == texts[1:]


def test_library_code_function():
    import eventwire

    coded = eventwire.code("Canada expelled two Indian diplomats.", date="2024-05-06")
    assert any(e.cameo.root == "16" for e in coded.events)
    assert coded.to_dict()["article"]["date"] == "2024-05-06"


@pytest.mark.slow
def test_eval_command_on_the_teams_own_gold(tmp_path):
    gold = Path(__file__).parent / "fixtures" / "sample-article.gold.json"
    report = tmp_path / "report.json"
    r = run("eval", str(gold), "--report", str(report))
    assert r.returncode == 0, r.stderr
    lines = r.stdout.decode().splitlines()
    assert len(lines) == 3 and lines[0].startswith("article sample-2024-03-13 root:")
    data = json.loads(report.read_text(encoding="utf-8"))
    assert data[0]["kind"] == "article" and data[0]["figures"]["root_recall"] == 1.0
    verdicts = {rec["verdict"] for rec in data[0]["records"][0]["records"]}
    assert {"found"} <= verdicts


@pytest.mark.slow
def test_eval_refuses_a_file_that_is_no_gold(tmp_path):
    bad = tmp_path / "x.json"
    bad.write_text('{"hello": 1}', encoding="utf-8")
    r = run("eval", str(bad))
    assert r.returncode != 0 and b"not an article gold object" in r.stderr
    assert b"Traceback" not in r.stderr


def test_every_store_command_takes_the_same_db_option():
    from click.testing import CliRunner

    from eventwire.cli import cli

    runner = CliRunner()
    for command in ("ingest", "events", "query", "series", "export", "serve"):
        out = runner.invoke(cli, [command, "--help"], terminal_width=200).output
        line = next((x for x in out.splitlines() if x.strip().startswith("--db")), "")
        assert "The DuckDB event store." in line and "[default: events.duckdb]" in line, \
            (command, out)
    assert "Opened read-only" in runner.invoke(cli, ["serve", "--help"],
                                               terminal_width=200).output


def test_code_and_eval_take_the_same_dictionary_options():
    from click.testing import CliRunner

    from eventwire.cli import cli

    runner = CliRunner()
    helps = [runner.invoke(cli, [c, "--help"], terminal_width=200).output for c in ("code", "eval")]
    for option, words in (("--only-dictionaries", "the --dictionary files alone"),
                          ("--skip-bad-lines", "Skip malformed PETRARCH dictionary lines")):
        lines = [next((" ".join(x.split()) for x in h.splitlines()
                       if x.strip().startswith(option)), "") for h in helps]
        assert lines[0] == lines[1] and words in lines[0], lines
