"""The boundary: turn bytes or strings into an `Article`, or refuse with a typed error. Cheap checks
only, all before any NLP.

Decoding: UTF-8 (with or without BOM); else Windows-1252; else Latin-1. Text that decoded but
carries mojibake ("â€™") is repaired with ftfy. The repaired, decoded string is the "raw text" that
every span in the output indexes.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

import ftfy

from .errors import (
    BinaryInputError,
    DecodeError,
    EmptyInputError,
    InputError,
    InputTooLargeError,
    MalformedRecordError,
    NotEnglishError,
)
from .records import Article

MAX_CHARS = 500_000
"""Default size limit for one article, in characters (about 80,000 words)."""

_ENGLISH_FUNCTION_WORDS = frozenset(
    "the of and to in a is that for on was with as by it at from his her he she they their "
    "has have had were are be been said not but an this which will would who its or after "
    "over into than also more about".split()
)
_WORD = re.compile(r"[A-Za-z']+")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_URL_DATE = re.compile(r"/((?:19|20)\d\d)[/-](\d\d)[/-](\d\d)(?:/|-|$)")


def decode(data: bytes, *, name: str | None = None) -> str:
    """Bytes → text. Raises BinaryInputError or DecodeError, naming `name`."""
    if b"\x00" in data[:65536]:
        raise BinaryInputError("binary data (NUL bytes), not text", record=name)
    for encoding in ("utf-8-sig", "cp1252", "latin-1"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if encoding == "latin-1" and _control_share(text) > 0.05:
            raise DecodeError("not UTF-8, Windows-1252 or Latin-1 text; convert it to UTF-8 first",
                              record=name)
        return repair(text)
    raise DecodeError("undecodable bytes", record=name)  # latin-1 never fails; kept for clarity


def repair(text: str) -> str:
    """Undo mojibake (UTF-8 read as Windows-1252) without touching anything else."""
    return ftfy.fix_encoding(text) if ftfy.is_bad(text) else text


def _control_share(text: str) -> float:
    sample = text[:20000]
    if not sample:
        return 0.0
    bad = sum(1 for ch in sample if (ord(ch) < 32 and ch not in "\t\n\r\f") or 0x7F <= ord(ch) < 0xA0)
    return bad / len(sample)


def check_text(text: str, *, name: str | None = None, max_chars: int = MAX_CHARS) -> None:
    """Refuse text that cannot be an English news article. Cheap; runs before any NLP."""
    if not text or not text.strip():
        raise EmptyInputError("empty text (nothing but whitespace)", record=name)
    if len(text) > max_chars:
        raise InputTooLargeError(
            f"{len(text):,} characters is over the limit of {max_chars:,}; split the file into "
            "articles (one per line of a .jsonl file) or raise --max-chars", record=name)
    if "\x00" in text[:65536] or _control_share(text) > 0.05:
        raise BinaryInputError("binary data, not text", record=name)
    words = _WORD.findall(text[:20000].lower())
    if len(words) >= 12:
        share = sum(1 for w in words if w in _ENGLISH_FUNCTION_WORDS) / len(words)
        # English prose runs at 25-40%; headline-like single sentences can fall near 10%
        floor = 0.10 if len(words) >= 60 else 0.05
        if share < floor:
            raise NotEnglishError(
                f"does not look like English ({share:.1%} English function words, expected at "
                f"least {floor:.0%}); eventwire codes English text only", record=name)
    elif not any(w in _ENGLISH_FUNCTION_WORDS or w[:1].isupper() for w in _WORD.findall(text)):
        raise NotEnglishError("does not look like English text", record=name)


def article_id(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def date_from_url(url: str | None) -> str | None:
    if not url:
        return None
    m = _URL_DATE.search(url)
    if not m:
        return None
    y, mo, d = m.groups()
    if 1 <= int(mo) <= 12 and 1 <= int(d) <= 31:
        return f"{y}-{mo}-{d}"
    return None


def date_from_dateline(dateline: str | None, year: int | None) -> str | None:
    """"KINSHASA, March 13" with the year from elsewhere (or written out) → "2024-03-13"."""
    if not dateline:
        return None
    from .dates import MONTHS

    words = dateline.lower().replace(",", " ").replace(".", " ").split()
    month = next((MONTHS[w] for w in words if w in MONTHS), None)
    day = next((int(w) for w in words if w.isdigit() and 1 <= int(w) <= 31), None)
    year = next((int(w) for w in words if w.isdigit() and len(w) == 4), year)
    if month is None or day is None or year is None:
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def make_article(text: str, *, id: str | None = None, date: str | None = None,
                 url: str | None = None, title: str | None = None, source: str | None = None,
                 name: str | None = None, max_chars: int = MAX_CHARS) -> Article:
    """Check `text` and wrap it with its metadata. The publication date comes from `date` (the
    argument or input record), else the article's dateline ("KINSHASA, March 13", its year from
    the dateline or a URL), else the URL or a URL printed in the article (`/2020/10/01/`);
    the page's own date stamp; `date_basis` says which: given, dateline, url or page."""
    check_text(text, name=name or id, max_chars=max_chars)
    if date is not None and not _DATE.match(str(date)):
        raise MalformedRecordError(f"date {date!r} is not YYYY-MM-DD", record=name or id)
    basis = "given" if date else None
    if not date or not title:
        from .clean import clean

        cleaned = clean(text)
        title = title or cleaned.title
    if not date:
        from_url = next((d for d in map(date_from_url, (url, *cleaned.urls)) if d), None)
        date = date_from_dateline(cleaned.dateline, int(from_url[:4]) if from_url else None)
        basis = "dateline" if date else None
        if not date and from_url:
            date, basis = from_url, "url"
        stamp = next((r["text"].split()[-1] for r in cleaned.removed if r["kind"] == "date"),
                     None)
        if not date and stamp and _DATE.match(stamp):
            date, basis = stamp, "page"  # the page's own date stamp ("date 2022-09-01")
    return Article(id=id or article_id(text), raw=text, date=date, url=url, title=title,
                   source=source, date_basis=basis)


@dataclass(frozen=True, slots=True)
class Rejected:
    """An input that could not be coded, and why. Nothing is dropped silently."""

    record: str
    reason: str
    message: str

    @classmethod
    def from_error(cls, error: InputError, record: str) -> Rejected:
        return cls(record=record, reason=error.reason, message=str(error))
