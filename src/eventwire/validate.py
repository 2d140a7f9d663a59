"""The per-record validator: one set of rules for every way an article comes in (`eventwire code`,
`eventwire ingest`, POST /api/code and the Python API), applied before anything is batched.

    field types      text a string; id a string or an integer; date, url, title and source
                     strings (or absent: null and "" are absent)          → FieldTypeError
    lengths          id ≤ MAX_ID_CHARS, url ≤ MAX_URL_CHARS, title and source ≤ MAX_META_CHARS
                                                                          → FieldTooLongError
    dates            a given date is YYYY-MM-DD, a real calendar day, within dates.EARLIEST …
                     dates.LATEST                                         → InvalidDateError
    JSON             nested at most MAX_JSON_DEPTH deep, numbers that Python can read
                                                                          → TooDeepError,
                                                                            MalformedRecordError
    text             lone surrogates ("\\ud800", from a broken JSON escape) become U+FFFD and
                     control characters (other than tab, newlines and form feed) become spaces,
                     one character for one, so spans into the text stay exact; text that is
                     mostly control characters, or has a NUL anywhere, is binary (guard.py)

Each rule raises a typed `InputError` (errors.py) naming the record; callers turn it into a
`rejects` row (ingest), a reported line (code) or a 422 (the HTTP API). Dates derived from the
text itself (dateline, URL, page stamp) go through the same calendar check in guard.py, where an
impossible one is simply not a date.
"""

from __future__ import annotations

import datetime
import json
import re
from dataclasses import dataclass
from typing import Any

from . import dates
from .errors import (
    FieldTooLongError,
    FieldTypeError,
    InvalidDateError,
    MalformedRecordError,
    TooDeepError,
)

MAX_ID_CHARS = 512
MAX_URL_CHARS = 8192
MAX_META_CHARS = 4096  # title and source
MAX_JSON_DEPTH = 64

_SURROGATE = re.compile("[\ud800-\udfff]")
_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")  # keeps \t \n \f \r
_JSON_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"', re.S)
_JSON_NESTING = re.compile(r"[\[\]{}]")


@dataclass(frozen=True, slots=True)
class Fields:
    """Which record fields hold what (for .jsonl, .json and .csv inputs)."""

    text: str = "text"
    id: str = "id"
    date: str = "date"
    url: str = "url"
    title: str = "title"
    source: str = "source"


DEFAULT_FIELDS = Fields()


@dataclass(frozen=True, slots=True)
class Checked:
    """A record's fields after the checks: all strings or None, text normalised."""

    text: str
    id: str | None
    date: str | None
    url: str | None
    title: str | None
    source: str | None


def normalise_text(text: str) -> str:
    """Lone surrogates → U+FFFD, control characters → spaces; same length, same offsets."""
    if _SURROGATE.search(text):
        text = _SURROGATE.sub("\ufffd", text)
    if _CONTROL.search(text):
        text = _CONTROL.sub(" ", text)
    return text


def _kind(value: Any) -> str:
    if isinstance(value, bool):
        return f"a boolean ({str(value).lower()})"
    if isinstance(value, int) and value.bit_length() > 64:
        return "a number (a very large one)"
    if isinstance(value, int | float):
        return f"a number ({value!r})"
    if isinstance(value, list | tuple):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return f"a {type(value).__name__}"


def _string(value: Any, label: str, limit: int, where: str | None) -> str | None:
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise FieldTypeError(f"{label} is {_kind(value)}, expected a string", record=where)
    if len(value) > limit:
        raise FieldTooLongError(f"{label} is {len(value):,} characters, over the limit of "
                                f"{limit:,}", record=where)
    return normalise_text(value)


def check_date(value: Any, *, label: str = "date", where: str | None = None) -> str | None:
    """A given publication date: None, or a real YYYY-MM-DD day in range (else InvalidDateError)."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime.date) and not isinstance(value, datetime.datetime):
        value = value.isoformat()
    if not isinstance(value, str):
        raise FieldTypeError(f"{label} is {_kind(value)}, expected a YYYY-MM-DD string",
                             record=where)
    if dates.iso_day(value) is None:
        shown = value if len(value) <= 40 else value[:40] + "..."
        raise InvalidDateError(
            f"{label} {normalise_text(shown)!r} is not a calendar day YYYY-MM-DD between "
            f"{dates.EARLIEST} and {dates.LATEST}", record=where)
    return value


def check_fields(*, text: Any, id: Any = None, date: Any = None, url: Any = None,
                 title: Any = None, source: Any = None, where: str | None = None,
                 names: Fields = DEFAULT_FIELDS) -> Checked:
    """Every field rule but the text's own (size, binary, English: guard.check_text)."""
    if not isinstance(text, str):
        what = "missing" if text is None else _kind(text)
        raise MalformedRecordError(f"{names.text} is {what}, expected the article text",
                                   record=where)
    if isinstance(id, int) and not isinstance(id, bool):
        id = str(id)
    return Checked(text=normalise_text(text),
                   id=_string(id, names.id, MAX_ID_CHARS, where),
                   date=check_date(date, label=names.date, where=where),
                   url=_string(url, names.url, MAX_URL_CHARS, where),
                   title=_string(title, names.title, MAX_META_CHARS, where),
                   source=_string(source, names.source, MAX_META_CHARS, where))


def record_fields(rec: Any, *, where: str, fields: Fields = DEFAULT_FIELDS) -> dict[str, Any]:
    """A parsed JSON object or CSV row → the keyword arguments of guard.make_article (types are
    checked there, by `check_fields`, with the record's own field names in the messages)."""
    if not isinstance(rec, dict):
        raise MalformedRecordError(f"not a JSON object but {_kind(rec)}", record=where)
    if not isinstance(rec.get(fields.text), str):
        raise MalformedRecordError(f"no {fields.text!r} text field", record=where)
    return {"text": rec[fields.text], "id": rec.get(fields.id), "date": rec.get(fields.date),
            "url": rec.get(fields.url), "title": rec.get(fields.title),
            "source": rec.get(fields.source), "name": where, "names": fields}


def json_depth(text: str, limit: int = MAX_JSON_DEPTH) -> int:
    """How deep a JSON text nests (strings skipped), counting no further than limit + 1."""
    depth = deepest = 0
    for mark in _JSON_NESTING.findall(_JSON_STRING.sub("", text)):
        depth += 1 if mark in "[{" else -1
        if depth > deepest:
            deepest = depth
            if deepest > limit:
                break
    return deepest


def load_json(text: str, *, where: str) -> Any:
    """json.loads with the record limits: nesting depth first (Python's parser would recurse
    100,000 deep), then any number Python cannot read (an integer of 5,000 digits)."""
    if json_depth(text) > MAX_JSON_DEPTH:
        raise TooDeepError(f"JSON nested more than {MAX_JSON_DEPTH} deep", record=where)
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:  # its msg may end in a dangling "at"
        raise MalformedRecordError(f"malformed JSON ({exc.msg.removesuffix(' at')} at column "
                                   f"{exc.colno})", record=where) from None
    except ValueError as exc:  # e.g. "Exceeds the limit (4300 digits) for integer string"
        raise MalformedRecordError(f"malformed JSON ({str(exc).splitlines()[0]})",
                                   record=where) from None
