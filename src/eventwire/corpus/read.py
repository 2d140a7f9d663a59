"""Read articles from files and folders, streaming: .txt (one article), .html/.htm (article text
extracted with trafilatura), .jsonl (one article per line), .json (one object or a list), .csv
(one article per row); any of them gzipped (.gz). Every input becomes an `Article` or a
`Rejected` naming the file (and line, row or item) and the reason: nothing is dropped silently,
and one bad record never costs the records around it. Every record goes through the one
validator (validate.py, via guard.make_article) before it is batched.
"""

from __future__ import annotations

import csv
import gzip
from collections.abc import Iterator
from pathlib import Path

from ..errors import InputError, InputTooLargeError
from ..guard import MAX_CHARS, Rejected, decode, make_article, repair
from ..records import Article
from ..validate import DEFAULT_FIELDS, Fields, load_json, record_fields

SUFFIXES = (".txt", ".html", ".htm", ".jsonl", ".json", ".csv")
__all__ = ["DEFAULT_FIELDS", "Fields", "files", "read", "read_lines"]


def files(paths: list[Path]) -> Iterator[Path]:
    for path in paths:
        if path.is_dir():
            for p in sorted(path.rglob("*")):
                if p.is_file() and _kind(p):
                    yield p
        elif path.exists():
            yield path
        else:
            raise InputError("no such file or folder", record=str(path))


def _kind(path: Path) -> str | None:
    name = path.name.lower()
    if name.endswith(".gz"):
        name = name[:-3]
    return next((s for s in SUFFIXES if name.endswith(s)), None)


def _open(path: Path):
    """A binary line stream, decompressing .gz on the fly."""
    return gzip.open(path, "rb") if path.name.lower().endswith(".gz") else path.open("rb")


def _bytes(path: Path) -> bytes:
    data = path.read_bytes()
    if path.name.lower().endswith(".gz"):
        try:
            data = gzip.decompress(data)
        except (OSError, EOFError) as exc:
            raise InputError(f"not a readable gzip file ({exc})", record=str(path)) from None
    return data


def read(paths: list[Path], *, fields: Fields = DEFAULT_FIELDS,
         max_chars: int = MAX_CHARS) -> Iterator[tuple[str, Article | Rejected]]:
    """(record key, article or rejection) for every input, in a stable order."""
    for path in files(paths):
        kind = _kind(path)
        key = str(path)
        if kind is None:
            yield key, Rejected(key, "unsupported", f"{key}: unsupported file type")
            continue
        try:
            if kind == ".jsonl":  # streamed: a file of any size, one line at a time
                with _open(path) as lines:
                    yield from read_lines(lines, name=key, fields=fields, max_chars=max_chars)
                continue
            if kind == ".csv":
                with _open(path) as raw_lines:
                    yield from _csv_rows(raw_lines, key, fields, max_chars)
                continue
            data = _bytes(path)
            if kind in (".txt", ".html", ".htm"):
                text = decode(data, name=key)
                if kind != ".txt":
                    text = _html_text(text, key)
                yield key, make_article(text, name=key, max_chars=max_chars)
            else:  # .json: one object or a list, read whole
                doc = load_json(decode(data, name=key), where=key)
                items = doc if isinstance(doc, list) else [doc]
                for n, item in enumerate(items, start=1):
                    yield f"{key}:{n}", _from_dict(item, f"{key} item {n}", fields, max_chars)
        except (OSError, EOFError) as exc:
            yield key, Rejected(key, "unreadable", f"{key}: cannot read the file ({exc})")
        except InputError as exc:
            yield key, Rejected.from_error(exc, key)


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
    limit = max(csv.field_size_limit(), 4 * max_chars + 65536)
    if csv.field_size_limit() < limit:
        csv.field_size_limit(limit)  # one field may hold a whole article
    rows = csv.DictReader(decode(line, name=key, nul_ok=True) for line in raw_lines)
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


def _html_text(html: str, key: str) -> str:
    import trafilatura

    text = trafilatura.extract(html, include_comments=False, include_tables=False)
    if not text:
        raise InputError("no article text found in the HTML", record=key)
    return text


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
