"""Read articles from files and folders, streaming: .txt (one article), .html/.htm (article text
extracted with trafilatura), .jsonl (one article per line), .json (one object or a list), .csv
(one article per row); any of them gzipped (.gz). Every input becomes an `Article` or a
`Rejected` naming the file (and line) and the reason: nothing is dropped silently.
"""

from __future__ import annotations

import csv
import gzip
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError, MalformedRecordError
from ..guard import MAX_CHARS, Rejected, decode, make_article, repair
from ..records import Article

SUFFIXES = (".txt", ".html", ".htm", ".jsonl", ".json", ".csv")


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
                    rows = csv.DictReader(decode(line, name=key) for line in raw_lines)
                    for n, row in enumerate(rows, start=2):
                        yield f"{key}:{n}", _from_dict(row, f"{key} row {n}", fields, max_chars)
                continue
            data = _bytes(path)
            if kind in (".txt", ".html", ".htm"):
                text = decode(data, name=key)
                if kind != ".txt":
                    text = _html_text(text, key)
                yield key, make_article(text, name=key, max_chars=max_chars)
            else:  # .json: one object or a list, read whole
                doc = json.loads(decode(data, name=key))
                items = doc if isinstance(doc, list) else [doc]
                for n, item in enumerate(items, start=1):
                    yield f"{key}:{n}", _from_dict(item, f"{key} item {n}", fields, max_chars)
        except (OSError, EOFError) as exc:
            yield key, Rejected(key, "unreadable", f"{key}: cannot read the file ({exc})")
        except json.JSONDecodeError as exc:
            yield key, Rejected(key, "malformed", f"{key}: malformed JSON ({exc.msg})")
        except InputError as exc:
            yield key, Rejected.from_error(exc, key)


def read_lines(lines, *, name: str, fields: Fields = DEFAULT_FIELDS,
               max_chars: int = MAX_CHARS) -> Iterator[tuple[str, Article | Rejected]]:
    """JSON Lines, one article per line; a bad line is a `Rejected` naming the line."""
    for n, line in enumerate(lines, start=1):
        if line.strip():
            yield f"{name}:{n}", _record(line, f"{name} line {n}", fields, max_chars)


def _html_text(html: str, key: str) -> str:
    import trafilatura

    text = trafilatura.extract(html, include_comments=False, include_tables=False)
    if not text:
        raise InputError("no article text found in the HTML", record=key)
    return text


def _record(line: bytes, where: str, fields: Fields, max_chars: int) -> Article | Rejected:
    try:
        rec = json.loads(decode(line, name=where))
    except json.JSONDecodeError as exc:
        return Rejected(where, "malformed", f"{where}: malformed JSON ({exc.msg})")
    except InputError as exc:
        return Rejected.from_error(exc, where)
    return _from_dict(rec, where, fields, max_chars)


def _from_dict(rec, where: str, fields: Fields, max_chars: int) -> Article | Rejected:
    try:
        if not isinstance(rec, dict):
            raise MalformedRecordError("not a JSON object", record=where)
        text = rec.get(fields.text)
        if not isinstance(text, str):
            raise MalformedRecordError(f"no {fields.text!r} text field", record=where)
        rid = rec.get(fields.id)
        return make_article(repair(text), id=str(rid) if rid not in (None, "") else None,
                            date=rec.get(fields.date) or None, url=rec.get(fields.url) or None,
                            title=rec.get(fields.title) or None,
                            source=rec.get(fields.source) or None, name=where,
                            max_chars=max_chars)
    except InputError as exc:
        return Rejected.from_error(exc, where)
