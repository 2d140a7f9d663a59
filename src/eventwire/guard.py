"""The boundary: turn bytes or strings into an `Article`, or refuse with a typed error. Cheap checks
only, all before any NLP.

Decoding: UTF-8 (with or without BOM); else Windows-1252; else Latin-1. Text that decoded but
carries mojibake ("â€™") is repaired with ftfy. The repaired, decoded string is the "raw text" that
every span in the output indexes.
"""

from __future__ import annotations

import codecs
import hashlib
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import ftfy

from .dates import MONTHS, calendar_day, iso_day
from .errors import (
    BinaryInputError,
    DecodeError,
    EmptyInputError,
    InputError,
    InputTooLargeError,
    NotEnglishError,
)
from .records import Article
from .validate import DEFAULT_FIELDS, MAX_URL_CHARS, Fields, check_fields

MAX_CHARS = 500_000
"""Default size limit for one article, in characters (about 80,000 words)."""

_ENGLISH_FUNCTION_WORDS = frozenset(
    "the of and to in a is that for on was with as by it at from his her he she they their "
    "has have had were are be been said not but an this which will would who its or after "
    "over into than also more about".split()
)
_WORD = re.compile(r"[A-Za-z']+")
LANGUAGE_MIN_WORDS = 8
CLEARLY_ENGLISH = 0.20
LANGUAGE_CONFIDENCE = 0.90
"""The language check, cheap first: text of at least LANGUAGE_MIN_WORDS words whose share of
English function words is under CLEARLY_ENGLISH (English prose runs at 25-40%; French or Spanish
prose shares a few: "a", "on", "in") goes to a language identifier, and is refused when it names
another language with at least LANGUAGE_CONFIDENCE. Short English headlines ("NATO, EU condemn
DPRK missile launch") are not refused: the identifier is unsure of them, and they are too short
for the function-word floors below."""
_LANGUAGE_NAMES = {"fr": "French", "es": "Spanish", "de": "German", "pt": "Portuguese",
                   "it": "Italian", "nl": "Dutch", "ru": "Russian", "ar": "Arabic",
                   "tr": "Turkish", "id": "Indonesian", "pl": "Polish", "uk": "Ukrainian",
                   "zh": "Chinese", "ja": "Japanese", "fa": "Persian", "sw": "Swahili"}
_HTTP = re.compile(r"https?://[^\s/]+", re.IGNORECASE)
_URL_DATE = re.compile(r"/((?:19|20)[0-9][0-9])[/-]([0-9][0-9])[/-]([0-9][0-9])(?:/|-|$)")
_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
_NUMBER = re.compile(r"[0-9]{1,4}", re.ASCII)


_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def decode(data: bytes, *, name: str | None = None, nul_ok: bool = False) -> str:
    """Bytes → text. Raises BinaryInputError or DecodeError, naming `name`. UTF-16 and UTF-32
    with a byte-order mark are read as such; otherwise a NUL byte anywhere means binary (unless
    `nul_ok`: one line of a CSV file, whose row is then refused by `check_text`)."""
    encoding = bom_encoding(data)
    if encoding:
        try:
            return repair(data.decode(encoding))
        except UnicodeDecodeError:
            raise bom_error(encoding, name) from None
    if not nul_ok and b"\x00" in data:
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


def bom_encoding(head: bytes) -> str | None:
    """"utf-16" or "utf-32" when `head` starts with that encoding's byte-order mark."""
    # UTF-32-LE's mark starts with UTF-16-LE's: longest first
    return next((encoding for bom, encoding in _BOMS if head.startswith(bom)), None)


def bom_error(encoding: str, name: str | None) -> DecodeError:
    return DecodeError(f"not valid {encoding.upper()} text despite its byte-order mark; "
                       "convert it to UTF-8 first", record=name)


def repair(text: str) -> str:
    """Undo mojibake (UTF-8 read as Windows-1252) without touching anything else."""
    return ftfy.fix_encoding(text) if ftfy.is_bad(text) else text


def _control_share(text: str) -> float:
    """The share of control characters (other than tab, newlines, form feed) in the whole text."""
    return len(_CONTROL.findall(text)) / len(text) if text else 0.0


def check_text(text: str, *, name: str | None = None, max_chars: int = MAX_CHARS) -> None:
    """Refuse text that cannot be an English news article. Cheap; runs before any NLP."""
    if not text or not text.strip():
        raise EmptyInputError("empty text (nothing but whitespace)", record=name)
    if len(text) > max_chars:
        raise InputTooLargeError(
            f"{len(text):,} characters is over the limit of {max_chars:,}; split the file into "
            "articles (one per line of a .jsonl file) or raise --max-chars", record=name)
    if "\x00" in text or _control_share(text) > 0.05:
        raise BinaryInputError("binary data, not text", record=name)
    words = _WORD.findall(text[:20000].lower())
    share = sum(1 for w in words if w in _ENGLISH_FUNCTION_WORDS) / len(words) if words else 0.0
    if len(words) >= LANGUAGE_MIN_WORDS and share < CLEARLY_ENGLISH:
        language, confidence = identify_language(text[:20000])
        if language != "en" and confidence >= LANGUAGE_CONFIDENCE:
            raise NotEnglishError(
                f"does not look like English: {_LANGUAGE_NAMES.get(language, language)} "
                f"({language}, {confidence:.0%} sure by its letters); eventwire codes English "
                "text only",
                record=name)
    if len(words) >= 12:
        # English prose runs at 25-40%; headline-like single sentences can fall near 10%
        floor = 0.10 if len(words) >= 60 else 0.05
        if share < floor:
            raise NotEnglishError(
                f"does not look like English ({share:.1%} English function words, expected at "
                f"least {floor:.0%}); eventwire codes English text only", record=name)
    elif not any(w in _ENGLISH_FUNCTION_WORDS or w[:1].isupper() for w in _WORD.findall(text)):
        raise NotEnglishError("does not look like English text", record=name)


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def identify_language(text: str) -> tuple[str, float]:
    """(ISO 639-1 code, probability) from py3langid's character n-gram model (97 languages,
    shipped in the package: offline, deterministic). Its model takes a few seconds to load, so it
    loads once per process and only for text the function-word share leaves in doubt."""
    language, probability = _identifier().classify(text)
    return str(language), float(probability)


def article_id(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def date_from_url(url: str | None) -> str | None:
    if not url:
        return None
    m = _URL_DATE.search(url)
    if not m:
        return None
    day = calendar_day(*map(int, m.groups()))  # /2023/06/31/ is no date
    return day.isoformat() if day else None


def date_from_dateline(dateline: str | None, year: int | None) -> str | None:
    """"KINSHASA, March 13" with the year from elsewhere (or written out) → "2024-03-13"."""
    if not dateline:
        return None

    words = dateline.lower().replace(",", " ").replace(".", " ").split()
    month = next((MONTHS[w] for w in words if w in MONTHS), None)
    numbers = [(w, int(w)) for w in words if _NUMBER.fullmatch(w)]
    day = next((n for w, n in numbers if len(w) <= 2 and 1 <= n <= 31), None)
    year = next((n for w, n in numbers if len(w) == 4), year)
    if month is None or day is None or year is None:
        return None
    found = calendar_day(year, month, day)  # "February 31" is no date
    return found.isoformat() if found else None


def make_article(text: str, *, id: str | None = None, date: str | None = None,
                 url: str | None = None, title: str | None = None, source: str | None = None,
                 name: str | None = None, max_chars: int = MAX_CHARS,
                 names: Fields = DEFAULT_FIELDS, date_basis: str = "given") -> Article:
    """Check `text` and its fields (validate.py: the one validator) and wrap them. The
    publication date comes from `date` (the argument or input record; `date_basis` says where
    it was found, "given" by default, "page" for an HTML page's metadata), else the article's
    dateline ("KINSHASA, March 13", its year from the dateline or a URL), else the URL or a URL
    printed in the article (`/2020/10/01/`), else the page's own date stamp; `date_basis` says
    which: given, page, dateline or url. A derived date that is no calendar day is no date.
    Without a `url`, an "Original url:" line in the text gives it (an http(s) URL only)."""
    where = name or (id if isinstance(id, str) and len(id) <= 100 else None)
    raw: Any = text
    if isinstance(raw, str):
        check_text(raw, name=where, max_chars=max_chars)
    f = check_fields(text=raw, id=id, date=date, url=url, title=title, source=source,
                     where=where, names=names)
    text, date, url, title = f.text, f.date, f.url, f.title
    basis = date_basis if date else None
    if date and title and url:
        return Article(id=f.id or article_id(text), raw=text, date=date, url=url, title=title,
                       source=f.source, date_basis=basis)
    from .clean import clean

    cleaned = clean(text)
    title = title or cleaned.title
    if not url and cleaned.original_url and _HTTP.match(cleaned.original_url) \
            and len(cleaned.original_url) <= MAX_URL_CHARS:
        url = cleaned.original_url
    if not date:
        from_url = next((d for d in map(date_from_url, (url, *cleaned.urls)) if d), None)
        date = date_from_dateline(cleaned.dateline, int(from_url[:4]) if from_url else None)
        basis = "dateline" if date else None
        if not date and from_url:
            date, basis = from_url, "url"
        stamp = next((r["text"].split()[-1] for r in cleaned.removed if r["kind"] == "date"),
                     None)
        if not date and stamp and iso_day(stamp):
            date, basis = stamp, "page"  # the page's own date stamp ("date 2022-09-01")
    return Article(id=f.id or article_id(text), raw=text, date=date, url=url, title=title,
                   source=f.source, date_basis=basis)


@dataclass(frozen=True, slots=True)
class Rejected:
    """An input that could not be coded, and why. Nothing is dropped silently."""

    record: str
    reason: str
    message: str

    @classmethod
    def from_error(cls, error: InputError, record: str) -> Rejected:
        return cls(record=record, reason=error.reason, message=str(error))
