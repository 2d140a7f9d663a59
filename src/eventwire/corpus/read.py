"""The one reader of inputs, used by `eventwire code` and `eventwire ingest` alike. Streaming:
.txt (one article), .html/.htm (article text, date, title and URL extracted with trafilatura),
.jsonl (one article per line), .json (one object or a list), .csv (one article per record; a field
may hold line breaks); any of them gzipped (.gz). Every input becomes an `Article` or a `Rejected`
naming the file (and line, record or item) and the reason: nothing is dropped silently, and one
bad record never costs the records around it. Every record goes through the one validator
(validate.py, via guard.make_article) before it is batched.

A file named on the command line is read by its kind (its name without .gz); one whose name
says nothing (`notes`, `article.md`) is read as text. In a folder, only files of a known kind
are read. `-` is standard input, one text article.
"""

from __future__ import annotations

import csv
import gzip
import io
import re
from collections.abc import Iterator
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path

from ..dates import iso_day
from ..errors import InputError, InputTooLargeError
from ..guard import (
    MAX_CHARS,
    Rejected,
    bom_encoding,
    bom_error,
    decode,
    make_article,
    repair,
)
from ..records import Article
from ..validate import (
    DEFAULT_FIELDS,
    MAX_META_CHARS,
    MAX_URL_CHARS,
    Fields,
    load_json,
    record_fields,
)

SUFFIXES = (".txt", ".html", ".htm", ".jsonl", ".json", ".csv")
WHOLE_BYTES = 4
"""A whole-document input (text or JSON) over WHOLE_BYTES × max_chars bytes is refused unread;
HTML gets HTML_BYTES × max_chars (markup outweighs the text it holds)."""
HTML_BYTES = 20
_HTTP = re.compile(r"https?://[^\s/]+", re.IGNORECASE)
__all__ = ["DEFAULT_FIELDS", "Fields", "count_records", "files", "read", "read_lines",
           "record_name"]


def files(paths: list[Path]) -> Iterator[Path]:
    for path in paths:
        if path.is_dir():
            for p in sorted(path.rglob("*")):
                if p.is_file() and _suffix(p):
                    yield p
        elif path.is_file():
            yield path
        else:
            raise InputError("no such file or folder", record=str(path))


def _suffix(path: Path) -> str | None:
    name = path.name.lower()
    if name.endswith(".gz"):
        name = name[:-3]
    return next((s for s in SUFFIXES if name.endswith(s)), None)


def _kind(path: Path) -> str:
    """How a file is read: by its known suffix, else as text."""
    return _suffix(path) or ".txt"


def record_name(key: str) -> str:
    """How messages name the record with this key: `file`, `file line N` (JSONL, CSV) or
    `file item N` (a JSON list)."""
    path, _, n = key.rpartition(":")
    if not (path and n.isdigit()):
        return key
    return f"{path} item {n}" if _kind(Path(path)) == ".json" else f"{path} line {n}"


def _open(path: Path):
    """A binary line stream, decompressing .gz on the fly."""
    return gzip.open(path, "rb") if path.name.lower().endswith(".gz") else path.open("rb")


def _lines(stream, key: str) -> Iterator[bytes]:
    """The lines of a file of records (.jsonl, .csv) as bytes, each decoded later on its own
    (guard.decode). A UTF-16 or UTF-32 file with a byte-order mark is decoded as a whole stream
    and its lines passed on in UTF-8: split on its bytes, its line breaks would be wrong."""
    encoding = bom_encoding(stream.peek(4)[:4])
    if encoding is None:
        yield from stream
        return
    text = io.TextIOWrapper(stream, encoding=encoding, newline="\n")
    try:
        for line in text:
            yield line.encode("utf-8")
    except UnicodeDecodeError:
        raise bom_error(encoding, key) from None
    finally:
        with suppress(ValueError):  # the file is the caller's to close, not the wrapper's
            text.detach()


def _bytes(stream, key: str, limit: int, max_chars: int) -> bytes:
    """A whole document, refused unread when it is over `limit` bytes."""
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise InputTooLargeError(f"over {limit:,} bytes, too large for one article of at most "
                                 f"{max_chars:,} characters (--max-chars)", record=key)
    return data


def read(paths: list[Path], *, fields: Fields = DEFAULT_FIELDS, max_chars: int = MAX_CHARS,
         date: str | None = None, url: str | None = None
         ) -> Iterator[tuple[str, Article | Rejected]]:
    """(record key, article or rejection) for every input, in a stable order. `date` and `url`
    are given to single-article inputs (text, HTML) that carry none of their own."""
    for path in files(paths):
        yield from _read_file(path, fields=fields, max_chars=max_chars, date=date, url=url)


def read_stdin(stream, *, max_chars: int = MAX_CHARS, date: str | None = None,
               url: str | None = None) -> Iterator[tuple[str, Article | Rejected]]:
    """Standard input as one text article, named `stdin`."""
    try:
        data = _bytes(stream, "stdin", WHOLE_BYTES * max_chars, max_chars)
        yield "stdin", _document(data, ".txt", "stdin", max_chars, date, url)
    except InputError as exc:
        yield "stdin", Rejected.from_error(exc, "stdin")


def _read_file(path: Path, *, fields: Fields, max_chars: int, date: str | None,
               url: str | None) -> Iterator[tuple[str, Article | Rejected]]:
    kind = _kind(path)
    key = str(path)
    try:
        with _open(path) as stream:
            if kind == ".jsonl":  # streamed: a file of any size, one line at a time
                yield from read_lines(_lines(stream, key), name=key, fields=fields,
                                      max_chars=max_chars)
            elif kind == ".csv":
                yield from _csv_rows(_lines(stream, key), key, fields, max_chars)
            elif kind == ".json":  # one object or a list, read whole
                data = stream.read()
                doc = load_json(decode(data, name=key), where=key)
                items = doc if isinstance(doc, list) else [doc]
                for n, item in enumerate(items, start=1):
                    yield f"{key}:{n}", _from_dict(item, f"{key} item {n}", fields, max_chars)
            else:
                limit = (HTML_BYTES if kind in (".html", ".htm") else WHOLE_BYTES) * max_chars
                data = _bytes(stream, key, limit, max_chars)
                yield key, _document(data, kind, key, max_chars, date, url)
    except (OSError, EOFError) as exc:
        what = "gzip file" if path.name.lower().endswith(".gz") else "file"
        yield key, Rejected(key, "unreadable", f"{key}: cannot read the {what} ({exc})")
    except InputError as exc:
        yield key, Rejected.from_error(exc, key)


def _document(data: bytes, kind: str, key: str, max_chars: int, date: str | None,
              url: str | None) -> Article:
    """One article from a whole text or HTML document. An HTML page's own date, title and URL
    (trafilatura's metadata) are used where `date` and `url` are not given."""
    text = decode(data, name=key)
    if kind == ".txt":
        return make_article(text, date=date, url=url, name=key, max_chars=max_chars)
    page = _html(text, key)
    return make_article(page.text, date=date or page.date, url=url or page.url,
                        title=page.title, source=page.source, name=key, max_chars=max_chars,
                        date_basis="given" if date else "page")


def read_lines(lines, *, name: str, fields: Fields = DEFAULT_FIELDS,
               max_chars: int = MAX_CHARS) -> Iterator[tuple[str, Article | Rejected]]:
    """JSON Lines, one article per line; a bad line is a `Rejected` naming the line."""
    for n, line in enumerate(lines, start=1):
        if line.strip():
            yield f"{name}:{n}", _record(line, f"{name} line {n}", fields, max_chars)


def _csv_rows(raw_lines, key: str, fields: Fields,
              max_chars: int) -> Iterator[tuple[str, Article | Rejected]]:
    """CSV rows, one article each; a row the csv module cannot read (a field over its limit) or
    with a NUL in it is a `Rejected` naming the row, and the next rows are still read."""
    rows = _csv_reader(raw_lines, key, max_chars)
    end = 1  # the header's line; a row is named by the line it starts on
    while True:
        start = end + 1
        try:
            row = next(rows)
        except StopIteration:
            return
        except csv.Error as exc:
            end = rows.reader.line_num
            yield f"{key}:{start}", Rejected(f"{key} line {start}", "malformed",
                                             f"{key} line {start}: unreadable CSV row ({exc})")
            continue
        end = rows.reader.line_num
        yield f"{key}:{start}", _from_dict(row, f"{key} line {start}", fields, max_chars)


@dataclass(frozen=True, slots=True)
class Page:
    """What trafilatura finds in an HTML page: the article's text and the page's metadata."""

    text: str
    date: str | None
    title: str | None
    url: str | None
    source: str | None


def _csv_reader(raw_lines, key: str, max_chars: int = MAX_CHARS) -> csv.DictReader:
    limit = max(csv.field_size_limit(), 4 * max_chars + 65536)
    if csv.field_size_limit() < limit:
        csv.field_size_limit(limit)  # one field may hold a whole article
    return csv.DictReader(decode(line, name=key, nul_ok=True) for line in raw_lines)


def _html(html: str, key: str) -> Page:
    import trafilatura

    doc = trafilatura.bare_extraction(html, include_comments=False, include_tables=False,
                                      with_metadata=True)
    if doc is None or not doc.text:
        raise InputError("no article text found in the HTML", record=key)
    # metadata is only kept when it passes the checks every record's fields pass
    date = doc.date if doc.date and iso_day(doc.date) else None
    url = doc.url if doc.url and _HTTP.match(doc.url) and len(doc.url) <= MAX_URL_CHARS else None
    return Page(text=doc.text, date=date, title=_short(doc.title), url=url,
                source=_short(doc.sitename))


def _short(value: str | None) -> str | None:
    return value if value and len(value) <= MAX_META_CHARS else None


def count_records(paths: list[Path]) -> int | None:
    """How many records the inputs hold, for a progress bar (None when it cannot tell): a
    JSONL line, a CSV record (however many lines its fields span), a JSON item, a document."""
    total = 0
    try:
        for path in files(paths):
            kind = _kind(path)
            with _open(path) as stream:
                if kind == ".jsonl":
                    total += sum(1 for line in _lines(stream, str(path)) if line.strip())
                elif kind == ".csv":
                    total += sum(1 for _ in _csv_reader(_lines(stream, str(path)), str(path)))
                elif kind == ".json":
                    doc = load_json(decode(stream.read(), name=str(path)), where=str(path))
                    total += len(doc) if isinstance(doc, list) else 1
                else:
                    total += 1
    except (OSError, EOFError, InputError, csv.Error):
        return None
    return total


def _record(line: bytes, where: str, fields: Fields, max_chars: int) -> Article | Rejected:
    try:
        if len(line) > 4 * max_chars + 65536:
            raise InputTooLargeError(f"{len(line):,} bytes on one line, over the limit for an "
                                     f"article of {max_chars:,} characters", record=where)
        rec = load_json(decode(line, name=where), where=where)
    except InputError as exc:
        return Rejected.from_error(exc, where)
    return _from_dict(rec, where, fields, max_chars)


def _from_dict(rec, where: str, fields: Fields, max_chars: int) -> Article | Rejected:
    try:
        args = record_fields(rec, where=where, fields=fields)
        args["text"] = repair(args["text"])
        return make_article(**args, max_chars=max_chars)
    except InputError as exc:
        return Rejected.from_error(exc, where)
