"""Every kind of bad input: a typed exception in the library, a one-line message and a non-zero
exit code from the CLI, never a traceback, and in JSONL input the good records still coded."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from eventwire import (
    BinaryInputError,
    EmptyInputError,
    InputTooLargeError,
    MalformedRecordError,
    NotEnglishError,
)
from eventwire.corpus.read import read_lines
from eventwire.guard import decode


def read_jsonl(lines, name):
    return [item for _key, item in read_lines(lines, name=name)]

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.mark.parametrize("text,error", [
    ("", EmptyInputError),
    ("   \n\t  \n", EmptyInputError),
    ("abc\x00\x01\x02\x03" * 50, BinaryInputError),
    ((FIXTURES / "french-article.txt").read_text(encoding="utf-8"), NotEnglishError),
])
def test_library_raises_typed_errors(coder, text, error):
    with pytest.raises(error):
        coder.code(text)


def test_too_large(coder):
    from eventwire import Coder, Settings

    small = Coder(Settings(max_chars=1000))
    with pytest.raises(InputTooLargeError, match="over the limit of 1,000"):
        small.code("The minister met the ambassador. " * 100)


def test_binary_bytes_refused():
    with pytest.raises(BinaryInputError):
        decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")


def test_latin1_decodes():
    text = decode((FIXTURES / "latin1-article.txt").read_bytes())
    assert "Élysée" in text or "Türkiye" in text


def test_mojibake_repaired():
    broken = "The minister\u00e2\u20ac\u2122s visit to the \u00c3\u2030lys\u00c3\u00a9e was brief."
    assert decode(broken.encode("utf-8")) == "The minister\u2019s visit to the \u00c9lys\u00e9e was brief."


def test_jsonl_bad_lines_reported_rest_read():
    with (FIXTURES / "articles.jsonl").open("rb") as fh:
        items = read_jsonl(fh, name="articles.jsonl")
    good = [i for i in items if not hasattr(i, "reason")]
    bad = [i for i in items if hasattr(i, "reason")]
    assert len(good) == 3
    assert sorted(b.reason for b in bad) == ["empty", "malformed"]
    assert all("articles.jsonl line" in b.message for b in bad)


def test_malformed_record_kinds():
    lines = [b'[1, 2]', b'{"id": "x"}', b'{"id": "y", "text": "Kenya praised Uganda.", '
             b'"date": "06/05/2024"}']
    items = read_jsonl(lines, name="in.jsonl")
    assert [i.reason for i in items] == ["malformed", "malformed", "bad-date"]
    assert "not a calendar day YYYY-MM-DD" in items[2].message
    with pytest.raises(MalformedRecordError):
        raise MalformedRecordError("x")


def _cli(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "eventwire", *args], input=stdin,
                          capture_output=True, timeout=300)


@pytest.mark.slow
@pytest.mark.parametrize("content,needle", [
    (b"", b"empty text"),
    (b"\x00\x01\x02binary\x00", b"binary"),
    ("Le ministre des Affaires \u00e9trang\u00e8res a rencontr\u00e9 son homologue "
     "\u00e0 Dakar pour discuter de la p\u00eache et de la s\u00e9curit\u00e9 maritime dans "
     "la r\u00e9gion.".encode(), b"does not look like English"),
])
def test_cli_bad_input_one_line_no_traceback(tmp_path, content, needle):
    f = tmp_path / "article.txt"
    f.write_bytes(content)
    r = _cli("code", str(f))
    assert r.returncode != 0
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and needle in lines[0] and b"article.txt" in lines[0], r.stderr
    assert b"Traceback" not in r.stderr


@pytest.mark.slow
def test_cli_missing_file():
    r = _cli("code", "/nonexistent/article.txt")
    assert r.returncode != 0 and b"Traceback" not in r.stderr


@pytest.mark.slow
def test_cli_jsonl_reports_bad_lines_and_codes_the_rest():
    r = _cli("code", str(FIXTURES / "articles.jsonl"), "--format", "json")
    assert r.returncode == 1
    out = [json.loads(line) for line in r.stdout.decode().splitlines()]
    assert [o["article"]["id"] for o in out] == ["art-001", "art-003", "art-005"]
    err = r.stderr.decode()
    assert "line 2" in err and "line 4" in err and "Traceback" not in err
