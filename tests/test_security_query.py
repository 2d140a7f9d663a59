"""`eventwire query` sees the store and nothing else (issue 13, item 7): file reads and writes,
ATTACH, INSTALL/LOAD, network reads and SET are refused with a one-line message and a non-zero
exit, and nothing is written anywhere. The HTTP API opens its store the same way."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from eventwire.cli import cli
from eventwire.errors import StoreError
from eventwire.store import Store

ESCAPES = [
    "COPY events TO 'out.csv'",
    "COPY (SELECT 'echo pwned' AS line) TO 'x.sh' (FORMAT csv, HEADER false)",
    "COPY events TO '/tmp/../tmp/eventwire-escape.parquet' (FORMAT parquet)",
    "EXPORT DATABASE 'dump'",
    "ATTACH 'new.duckdb' AS n",
    "ATTACH 'new.duckdb' AS n; CREATE TABLE n.t AS SELECT 1",
    "SELECT * FROM read_text('/etc/passwd')",
    "SELECT * FROM read_csv('/etc/passwd')",
    "SELECT * FROM read_blob('/etc/passwd')",
    "SELECT * FROM read_json_auto('/etc/passwd')",
    "SELECT * FROM glob('/etc/*')",
    "SELECT * FROM '/etc/passwd'",
    "CALL sniff_csv('/etc/passwd')",
    "INSTALL httpfs",
    "LOAD httpfs",
    "SELECT * FROM read_csv('https://127.0.0.1:9/x.csv')",  # loopback: never leaves the machine
    "SELECT * FROM read_parquet('http://localhost:9/x.parquet')",
    "SET enable_external_access = true",
    "RESET enable_external_access",
    "SET lock_configuration = false",
    "SET temp_directory = 'elsewhere'",
    "CREATE TABLE t AS SELECT 1",
    "DELETE FROM events",
    "INSERT INTO rejects (record, reason, message) VALUES ('a', 'b', 'c')",
    "DROP TABLE events",
    "UPDATE events SET goldstein = 0",
    "CREATE MACRO pwn(x) AS x",
    "COPY rejects FROM '/etc/passwd' (FORMAT csv)",
    "IMPORT DATABASE '/tmp'",
    "SELECT * FROM duckdb_secrets()",
    "CREATE SECRET s (TYPE S3, KEY_ID 'a', SECRET 'b')",
    "PRAGMA memory_limit = '100GB'",
    "SELECT 1; COPY events TO 'second.csv'",
    "SELECT * FROM query('SELECT * FROM read_text(''/etc/passwd'')')",
    # the audit's further tries (docs/audit-issue13.md): files through settings and logging
    "CALL enable_logging(storage = 'file', storage_path = 'logs')",
    "PRAGMA enable_profiling = 'json'",
    "SET profiling_output = 'profile.json'",
    "LOAD 'evil.duckdb_extension'",
    "FORCE INSTALL json",
    "CREATE PERSISTENT SECRET p (TYPE S3, KEY_ID 'a', SECRET 'b')",
    "SELECT * FROM read_text('/proc/self/environ')",
    "SELECT * FROM parquet_metadata('/etc/passwd')",
    "EXPORT DATABASE 'dump' (FORMAT parquet)",
    "PREPARE p AS COPY events TO 'p.csv'",
]


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("sealed") / "events.duckdb"
    with Store(path) as s:  # the schema, and one rejection so that a table has a row
        s.reject("in.jsonl:1", "empty", "in.jsonl line 1: empty")
    return path


def fingerprint(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.mark.parametrize("sql", ESCAPES)
def test_each_escape_is_refused_in_one_line_and_writes_nothing(store, sql, tmp_path,
                                                                monkeypatch):
    monkeypatch.chdir(tmp_path)  # relative paths in the SQL land here, if anywhere
    before, store_before = fingerprint(tmp_path), fingerprint(store.parent)
    result = CliRunner().invoke(cli, ["query", sql, "--db", str(store)])
    assert result.exit_code == 2, (result.exit_code, result.output)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("eventwire: error: query "), result.stderr
    assert "root:" not in result.output and "Traceback" not in result.output
    assert result.stdout == ""
    assert fingerprint(tmp_path) == before
    assert fingerprint(store.parent) == store_before
    assert not Path("/tmp/eventwire-escape.parquet").exists()


@pytest.mark.parametrize("sql", ["CHECKPOINT", "FORCE CHECKPOINT", "VACUUM", "ANALYZE",
                                 "CREATE TEMP TABLE t AS SELECT 1"])
def test_housekeeping_statements_change_nothing(store, sql, tmp_path, monkeypatch):
    """Accepted, but on a read-only store they are no-ops, and a temporary table lives in memory
    for the one command: the store's bytes and the folder stay as they were."""
    monkeypatch.chdir(tmp_path)
    store_before = fingerprint(store.parent)
    result = CliRunner().invoke(cli, ["query", sql, "--db", str(store)])
    assert result.exit_code == 0, result.output
    assert fingerprint(store.parent) == store_before and fingerprint(tmp_path) == {}


def test_file_access_is_refused_as_such(store):
    r = CliRunner().invoke(cli, ["query", "SELECT * FROM read_text('/etc/passwd')", "--db",
                                 str(store)])
    assert "query refused" in r.stderr and "only the store's own tables" in r.stderr


def test_reading_the_store_still_works(store):
    r = CliRunner().invoke(cli, ["query", "SELECT reason, count(*) AS n FROM rejects GROUP BY 1",
                                 "--db", str(store)])
    assert r.exit_code == 0 and "empty" in r.stdout
    with Store(store, sealed=True) as s:
        settings = dict(s.query("SELECT name, value FROM duckdb_settings() WHERE name IN "
                                "('enable_external_access', 'autoinstall_known_extensions', "
                                "'autoload_known_extensions', 'lock_configuration')")[1])
    assert settings == {"enable_external_access": "false", "lock_configuration": "true",
                        "autoinstall_known_extensions": "false",
                        "autoload_known_extensions": "false"}


def test_a_query_past_the_memory_limit_fails_instead_of_spilling_to_disk(store, monkeypatch):
    """DuckDB spills a sort too big for its memory to `<store>.tmp`, up to 90% of the free disk:
    a file written outside the store, as large as the SQL asks. Sealed, it fails in one line.
    (With spilling on, this sort finishes at this memory limit, writing its spill files.)"""
    monkeypatch.setattr("eventwire.store.MEMORY_LIMIT", "64MB")
    before = fingerprint(store.parent)
    with Store(store, sealed=True) as s, pytest.raises(StoreError, match="Out of Memory") as err:
        s.query("SELECT count(*) FROM (SELECT repeat('x', 100) || x AS s FROM range(1000000) "
                "t(x) ORDER BY s DESC)")
    assert len(str(err.value).splitlines()) == 1
    assert fingerprint(store.parent) == before
    assert not store.with_name(store.name + ".tmp").exists()


def test_the_store_attached_again_is_read_only_too(store):
    with Store(store, sealed=True) as s:
        s.query(f"ATTACH '{store}' AS again")
        with pytest.raises(StoreError, match="read-only"):
            s.query("DELETE FROM again.rejects")
    with Store(store, sealed=True) as s:
        assert s.query("SELECT count(*) FROM rejects")[1] == [(1,)]


def test_python_variables_are_not_tables(store):
    events_copy = [("secret",)]  # noqa: F841  (what a replacement scan would find)
    with Store(store, sealed=True) as s, pytest.raises(StoreError, match="events_copy"):
        s.query("SELECT * FROM events_copy")


@pytest.mark.parametrize("sql", ["COPY events TO 'api.csv'", "SELECT * FROM glob('/etc/*')",
                                 "ATTACH 'api.duckdb'", "INSTALL httpfs"])
def test_the_api_connection_is_sealed_the_same_way(store, sql, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with Store(store, sealed=True) as s:  # as web/app.py opens it
        view = s.view()
        with pytest.raises(StoreError):
            view.query(sql)
    assert fingerprint(tmp_path) == {}


def test_the_real_command_exits_2_with_one_line(store, tmp_path):
    r = subprocess.run([sys.executable, "-m", "eventwire", "query",
                        "COPY (SELECT 1) TO 'x.sh'", "--db", str(store)], cwd=tmp_path,
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 2 and r.stdout == ""
    assert len(r.stderr.strip().splitlines()) == 1 and "query refused" in r.stderr
    assert not (tmp_path / "x.sh").exists()
