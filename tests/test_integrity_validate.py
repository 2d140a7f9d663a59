"""The one validator (validate.py, via guard.make_article) on every bad kind of record found in
issue 12, item 1, 6 and 11: each is refused with a typed error and a stable reason, naming its
record, or (surrogates, control characters) normalised one character for one. No model needed."""

from __future__ import annotations

import codecs
import gzip
import json
from datetime import date

import pytest

from eventwire import dates, guard
from eventwire.corpus.read import read, read_lines
from eventwire.errors import (
    BinaryInputError,
    FieldTooLongError,
    FieldTypeError,
    InputError,
    InvalidDateError,
    MalformedRecordError,
    TooDeepError,
)
from eventwire.guard import Rejected, make_article
from eventwire.validate import MAX_JSON_DEPTH, check_date, json_depth, load_json, normalise_text

TEXT = "Kenya accused Uganda on Monday of moving troops to the border, officials said."


def one(line: str | bytes, name: str = "in.jsonl"):
    data = line.encode("utf-8", "surrogatepass") if isinstance(line, str) else line
    [(key, item)] = list(read_lines([data], name=name))
    return key, item


# every bad kind of item 1 as a JSONL line → the reason it is refused with
BAD_LINES = [
    ("date 2020-02-30", json.dumps({"text": TEXT, "date": "2020-02-30"}), "bad-date"),
    ("date 2020-13-45", json.dumps({"text": TEXT, "date": "2020-13-45"}), "bad-date"),
    ("year 0", json.dumps({"text": TEXT, "date": "0000-03-01"}), "bad-date"),
    ("year 9999", json.dumps({"text": TEXT, "date": "9999-12-31"}), "bad-date"),
    ("date a number", json.dumps({"text": TEXT, "date": 20200202}), "bad-field"),
    ("url a number", json.dumps({"text": TEXT, "url": 123}), "bad-field"),
    ("url a list", json.dumps({"text": TEXT, "url": ["https://a.example/x"]}), "bad-field"),
    ("title a number", json.dumps({"text": TEXT, "title": 42}), "bad-field"),
    ("source an object", json.dumps({"text": TEXT, "source": {"name": "AP"}}), "bad-field"),
    ("id a boolean", json.dumps({"text": TEXT, "id": True}), "bad-field"),
    ("id 2,000,000 characters", json.dumps({"text": TEXT, "id": "x" * 2_000_000}),
     "field-too-long"),
    ("JSON 100,000 deep", "[" * 100_000 + "]" * 100_000, "too-deep"),
    ("deep inside a field", json.dumps({"text": TEXT, "url": None})[:-1]
     + ', "x": ' + "[" * 5000 + "]" * 5000 + "}", "too-deep"),
    ("an integer of 5,000 digits", '{"text": "' + TEXT + '", "id": ' + "7" * 5000 + "}",
     "malformed"),
    ("a NUL in the text", json.dumps({"text": TEXT + "\x00" + TEXT}), "binary"),
    ("not an object", "[1, 2]", "malformed"),
    ("no text", json.dumps({"id": "x"}), "malformed"),
    ("text a number", json.dumps({"text": 5}), "malformed"),
]


@pytest.mark.parametrize("label,line,reason", BAD_LINES, ids=[b[0] for b in BAD_LINES])
def test_bad_record_is_rejected_with_its_reason_and_line(label, line, reason):
    key, item = one(line)
    assert isinstance(item, Rejected), f"{label}: accepted"
    assert item.reason == reason, item.message
    assert key == "in.jsonl:1" and item.message.startswith("in.jsonl line 1: ")
    assert "\n" not in item.message and len(item.message) < 300


def test_the_reasons_are_typed_errors():
    for cls, reason in ((InvalidDateError, "bad-date"), (FieldTypeError, "bad-field"),
                        (FieldTooLongError, "field-too-long"), (TooDeepError, "too-deep")):
        assert issubclass(cls, MalformedRecordError) and cls.reason == reason


def test_lone_surrogate_is_replaced_one_for_one():
    key, item = one('{"id": "s1", "text": "' + TEXT + ' \\ud800 Uganda denied it."}')
    assert not isinstance(item, Rejected)
    assert "\ufffd" in item.raw and len(item.raw) == len(TEXT) + len(" \ud800 Uganda denied it.")
    item.raw.encode("utf-8")  # storable and printable
    title = one(json.dumps({"text": TEXT, "title": "Talks \ud83d"}))[1]
    assert title.title == "Talks \ufffd"


def test_control_characters_become_spaces_and_offsets_stay():
    text = TEXT + "\x1b[31m\x07 More: Uganda denied it.\x0b"
    art = make_article(text, date="2024-03-04")
    assert len(art.raw) == len(text)
    assert art.raw.index("More") == text.index("More")
    assert not any(0 < ord(c) < 32 and c not in "\t\n\r\f" for c in art.raw)


def test_binary_anywhere_is_binary():
    late_nul = ("Kenya praised Uganda. " * 4000).encode() + b"\x00" + b" The end."
    assert len(late_nul) > 65536
    with pytest.raises(BinaryInputError):
        guard.decode(late_nul, name="late.txt")
    noisy = TEXT + "\x01\x02\x03\x04" * 400  # control characters past the first 20,000? all counted
    with pytest.raises(BinaryInputError):
        make_article(("A" * 30_000) + noisy * 10, date="2024-03-04")


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32",
                                      "utf-32-le", "utf-32-be"])
def test_utf16_and_utf32_with_a_bom_are_text(encoding):
    boms = {"utf-16-le": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE,
            "utf-32-le": codecs.BOM_UTF32_LE, "utf-32-be": codecs.BOM_UTF32_BE}
    data = boms.get(encoding, b"") + (TEXT + " Türkiye").encode(encoding)
    assert guard.decode(data, name="x.txt") == TEXT + " Türkiye"


@pytest.mark.parametrize("value,ok", [
    ("2024-02-29", True), ("2023-02-29", False), ("2020-02-30", False), ("2020-13-45", False),
    ("2020-00-10", False), ("0000-01-01", False), ("1799-12-31", False), ("1800-01-01", True),
    ("2199-12-31", True), ("2200-01-01", False), ("２０２０-01-01", False), ("2020-1-1", False),
    (" 2020-01-01", False), ("2020-01-01T00:00", False),
])
def test_given_dates_must_be_calendar_days_in_range(value, ok):
    if ok:
        assert check_date(value) == value
    else:
        with pytest.raises(InvalidDateError, match="not a calendar day"):
            check_date(value, where="r")
    assert (dates.iso_day(value) is not None) == ok


def test_a_date_object_is_taken_as_its_day():
    assert check_date(date(2024, 3, 4)) == "2024-03-04"


@pytest.mark.parametrize("url,expected", [
    ("https://x.example/2023/06/30/a", "2023-06-30"),
    ("https://x.example/2023/06/31/a", None),
    ("https://x.example/2023/02/29/a", None),
    ("https://x.example/2024/02/29/a", "2024-02-29"),
])
def test_url_dates_are_calendar_days(url, expected):
    assert guard.date_from_url(url) == expected


@pytest.mark.parametrize("dateline,expected", [
    ("KINSHASA, March 13", "2024-03-13"),
    ("KINSHASA, February 31", None),
    ("KINSHASA, February 29", "2024-02-29"),
    ("KINSHASA, Feb. ²", None),
    ("KINSHASA, March " + "9" * 5000, None),
])
def test_dateline_dates_are_calendar_days(dateline, expected):
    assert guard.date_from_dateline(dateline, 2024) == expected


def test_an_impossible_dateline_or_url_date_is_no_date_not_a_crash():
    text = ("KINSHASA, February 31 (Reuters) - Congo accused Rwanda of shelling the town of "
            "Sake, the government said.")
    art = make_article(text, url="https://news.example/2024/02/31/congo")
    assert art.date is None
    art = make_article(text, url="https://news.example/2024/03/01/congo")
    assert art.date == "2024-03-01" and art.date_basis == "url"


@pytest.mark.parametrize("expression", ["99999999999 days ago", "9999 weeks ago",
                                        "on March ²", "March ٣", "in 2019 and ³"])
def test_hostile_date_expressions_are_no_dates(expression):
    got = dates.resolve(expression, date(1805, 1, 1))  # raised OverflowError / ValueError
    assert got is None or got["precision"] != "day" or dates.parse_date(got["value"])


def test_json_depth_counts_outside_strings_only():
    assert json_depth('{"a": "[[[[[[[[", "b": [1, [2]]}') == 3
    assert json_depth("[" * 1000) == MAX_JSON_DEPTH + 1
    with pytest.raises(TooDeepError):
        load_json("{" * 100_000, where="w")
    assert load_json('{"a": [[1]]}', where="w") == {"a": [[1]]}


def test_normalise_is_idempotent_and_length_preserving():
    for s in ["plain", "a\ud800b\udfffc", "x\x00\x1f\x7f\x9fy", "\t\n\r\f kept"]:
        once = normalise_text(s)
        assert len(once) == len(s) and normalise_text(once) == once


def test_csv_bad_rows_cost_only_themselves(tmp_path):
    path = tmp_path / "t.csv"
    path.write_bytes(
        b"id,text,date\n"
        b"x1,Kenya praised Uganda for its help on Monday.,2024-03-02\n"
        b'x2,"Kenya\x00 met Uganda",2024-03-02\n'
        b"x3,Kenya praised Uganda.,2020-02-30\n"
        b'x4,"Kenya accused Uganda\nof lying.",2024-03-01\n'
        b"x5,Kenya praised Uganda again.,2024-03-02\n")
    got = [(k, getattr(i, "reason", None) or i.id) for k, i in read([path])]
    assert got == [(f"{path}:2", "x1"), (f"{path}:3", "binary"), (f"{path}:4", "bad-date"),
                   (f"{path}:5", "x4"), (f"{path}:7", "x5")]


def test_a_long_csv_field_is_read(tmp_path):
    path = tmp_path / "long.csv"
    body = "Kenya praised Uganda for its help. " * 5000  # 175,000 characters: over csv's default
    path.write_text(f"id,text\nL1,{body}\nL2,{TEXT}\n", encoding="utf-8")
    assert [getattr(i, "id", None) for _, i in read([path])] == ["L1", "L2"]


def test_json_file_too_deep_is_one_reject(tmp_path):
    path = tmp_path / "deep.json.gz"
    path.write_bytes(gzip.compress(b"[" * 50_000 + b"]" * 50_000))
    [(key, item)] = list(read([path]))
    assert isinstance(item, Rejected) and item.reason == "too-deep" and str(path) in item.message


def test_every_inputerror_reason_is_a_slug():
    import eventwire.errors as errors

    for obj in vars(errors).values():
        if isinstance(obj, type) and issubclass(obj, InputError):
            assert obj.reason.replace("-", "").isalpha() and obj.reason == obj.reason.lower()



@pytest.mark.parametrize("expression", ["on 0001-01-03", "on 9999-12-31", "on 1066-10-14",
                                        "on 2020-02-30"])
def test_a_date_written_in_the_text_is_a_calendar_day_in_range(expression):
    """A date the text itself gives (here ISO) goes through the publication dates' range: an
    event once came out dated 0001-01-03, and one such event stretched every time series
    (and the dashboard's timeline) over two thousand years and wrote a 5-digit GDELT SQLDATE."""
    assert dates.resolve(expression, date(2024, 3, 4)) is None
    assert dates.resolve("on 2024-03-01", date(2024, 3, 4))["value"] == "2024-03-01"


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32",
                                      "utf-32-le", "utf-32-be"])
@pytest.mark.parametrize("kind", ["jsonl", "csv", "jsonl.gz"])
def test_utf16_and_utf32_files_of_records_with_a_bom_are_read(tmp_path, encoding, kind):
    """Files of records (read line by line) with a byte-order mark were refused line by line
    ('binary', 'not valid UTF-16'), while a text file in the same encoding was read."""
    boms = {"utf-16-le": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE,
            "utf-32-le": codecs.BOM_UTF32_LE, "utf-32-be": codecs.BOM_UTF32_BE}
    if kind == "csv":
        content = f'id,date,text\nr1,2024-03-04,"{TEXT}\n\nTürkiye said."\nr2,2024-03-05,"{TEXT}"\n'
    else:
        content = "".join(json.dumps({"id": i, "date": "2024-03-04", "text": t},
                                     ensure_ascii=False) + "\r\n"
                          for i, t in (("r1", TEXT + "\n\nTürkiye said."), ("r2", TEXT)))
    data = boms.get(encoding, b"") + content.encode(encoding)
    path = tmp_path / f"in.{kind}"
    path.write_bytes(gzip.compress(data) if kind.endswith(".gz") else data)
    got = list(read([path]))
    assert [k for k, _ in got] == [f"{path}:2", f"{path}:5"] if kind == "csv" else \
        [f"{path}:1", f"{path}:2"]
    arts = [a for _, a in got]
    assert all(not isinstance(a, Rejected) for a in arts), arts
    assert [a.id for a in arts] == ["r1", "r2"]
    assert arts[0].raw == TEXT + "\n\nTürkiye said." and arts[1].raw == TEXT
    from eventwire.corpus.read import count_records
    assert count_records([path]) == 2


def test_a_broken_utf16_file_of_records_keeps_the_lines_before_the_damage(tmp_path):
    """Decoded a chunk at a time: the lines of the chunks before the damage are read, then the
    file is one `encoding` rejection naming it (not an internal error)."""
    good = "".join(json.dumps({"id": f"r{n}", "date": "2024-03-04", "text": TEXT}) + "\n"
                   for n in range(300))
    path = tmp_path / "broken.jsonl"
    path.write_bytes(good.encode("utf-16") + b"\x00\xd8\x41\x00" + "\n".encode("utf-16-le"))
    got = list(read([path]))
    assert got[0][1].id == "r0" and len(got) > 100
    assert all(not isinstance(item, Rejected) for _, item in got[:-1])
    assert got[-1][0] == str(path) and got[-1][1].reason == "encoding"
    assert "UTF-16" in got[-1][1].message and got[-1][1].message.startswith(str(path))


def test_a_malformed_json_message_says_where():
    """Python's message for a line broken inside a string ends in a dangling 'at'."""
    _, item = one('{"id": "x", "text": "Kenya accused\n')
    assert item.reason == "malformed"
    assert item.message == ("in.jsonl line 1: malformed JSON (Invalid control character at "
                            "column 35)")
    _, item = one("{not json")
    assert item.message == ("in.jsonl line 1: malformed JSON (Expecting property name enclosed "
                            "in double quotes at column 2)")
