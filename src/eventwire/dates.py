"""Dates: resolve the date expressions of news copy against the publication date. Pure and
offline; no guessing beyond the rules below.

    on Tuesday (article of Thu 1 Oct 2020) → 2020-09-29   weekdays look back, or ahead in the
                                                           future tense
    earlier Thursday / today / this morning → the publication day
    yesterday, last night / tomorrow       → one day back / ahead
    last week, this month, next year       → week / month / year precision
    Sept. 29, 29 September, March 3, 2019  → explicit (a missing year is the publication year,
                                             or the year before if that would be in the future)
    in 2019 / May 2019 / 2020-09-29        → explicit, year / month / day precision

Every day is a real calendar day ("February 30" and "2020-13-45" are not dates at all), and a
publication date, or a day written out in the text ("on 0001-01-03"), must lie between EARLIEST
and LATEST (`iso_day`, `calendar_day`), so that date arithmetic on it can never leave the
calendar and no event is dated in year 1. Numbers in date expressions are ASCII digits of a
sensible length ("March ²" and "99999999999 days ago" are not dates).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

WEEKDAYS = {name: n for n, names in enumerate([
    ("monday", "mon"), ("tuesday", "tue", "tues"), ("wednesday", "wed"), ("thursday", "thu", "thurs"),
    ("friday", "fri"), ("saturday", "sat"), ("sunday", "sun")]) for name in names}
MONTHS = {name: n for n, names in enumerate([
    ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
    ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
    ("october", "oct"), ("november", "nov"), ("december", "dec")], start=1) for name in names}
_FILLER = re.compile(r"\b(on|earlier|later|late|early|the|of|this|that|last|next|in|from|"
                     r"since|by|until|during|morning|afternoon|evening|night|overnight|day)\b")
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_AGO = re.compile(r"\b(\w+) (day|week|month|year)s? ago\b")
_SMALL = re.compile(r"[0-9]{1,4}", re.ASCII)
_ISO_DAY = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})", re.ASCII)
_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
            "a": 1, "several": 3, "few": 3}


EARLIEST = date(1800, 1, 1)
LATEST = date(2199, 12, 31)
"""The range of publication dates: news from before 1800 or after 2199 is a typo or a bad field
(year 0, year 9999), and refusing it keeps every date computed from it on the calendar."""


def calendar_day(year: int, month: int, day: int) -> date | None:
    """The day, if it exists and lies between EARLIEST and LATEST; else None."""
    try:
        d = date(year, month, day)
    except ValueError:
        return None
    return d if EARLIEST <= d <= LATEST else None


def iso_day(value: str) -> date | None:
    """A strict YYYY-MM-DD string → its day (see `calendar_day`), else None."""
    m = _ISO_DAY.fullmatch(value)
    return calendar_day(*map(int, m.groups())) if m else None


def _small(word: str) -> int | None:
    """A short run of ASCII digits as a number; anything else (², 10**5000) is not one."""
    return int(word) if _SMALL.fullmatch(word) else None


def parse_date(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


def written_date(text: str) -> dict | None:
    """A date expression that needs no publication date ("4 August 2020", "in 1972", "March
    2019"), or None: what an undated article can still date its acts by. "August 4" or "on
    Monday" depend on when the article appeared, and are None."""
    a, b = resolve(text, date(2001, 6, 15)), resolve(text, date(2011, 3, 10))
    return a if a is not None and b is not None and a["value"] == b["value"] else None


def resolve(text: str, published: date, *, future: bool = False) -> dict | None:
    """A date expression → {value, text, precision, basis}, or None when it is not one (also
    when it would fall off the calendar: "3,000 years ago" of an article of 1805)."""
    try:
        return _resolve(text, published, future=future)
    except OverflowError:
        return None


def _resolve(text: str, published: date, *, future: bool) -> dict | None:
    low = text.lower().replace(".", " ").replace(",", " ")
    words = low.split()
    rel = "relative to publication date"
    m = _ISO.search(low)
    if m:
        d = iso_day(m.group(0))  # a calendar day in range: "0001-01-03" is no date either
        return _day(d, text, "explicit") if d else None
    m = _AGO.search(low)
    n = (_small(m.group(1)) if m.group(1).isascii() and m.group(1).isdigit()
         else _NUMBERS.get(m.group(1))) if m else None
    if m and n is not None:
        unit = m.group(2)
        if unit == "day":
            return _day(published - timedelta(days=n), text, rel)
        if unit == "week":
            return {"value": (published - timedelta(weeks=n)).isoformat(), "text": text,
                    "precision": "week", "basis": rel}
    if {"today", "tonight"} & set(words) or low.strip() in ("this morning", "this afternoon",
                                                            "this evening", "earlier today"):
        return _day(published, text, rel)
    if "yesterday" in words or "last night" in low:
        return _day(published - timedelta(days=1), text, rel)
    if "tomorrow" in words:
        return _day(published + timedelta(days=1), text, rel)
    for unit in ("week", "month", "year"):
        if unit in words:
            shift = -1 if "last" in words or "past" in words else 1 if "next" in words else 0
            if shift or "this" in words:
                return _period(published, unit, shift, text, rel)
    month = next((MONTHS[w] for w in words if w in MONTHS and w != "may" or
                  (w == "may" and any(_small(x) is not None for x in words))), None)
    if month is not None:
        day = next((n for n in (_small(w.rstrip("stndrh")) for w in words
                                if len(w.rstrip("stndrh")) <= 2)
                    if n is not None and 1 <= n <= 31), None)
        ym = _YEAR.search(low)
        year = int(ym.group(1)) if ym else published.year
        if day is None:
            return {"value": f"{year:04d}-{month:02d}", "text": text, "precision": "month",
                    "basis": "explicit"}
        try:
            d = date(year, month, day)
        except ValueError:
            return None
        if not ym and not future and d > published + timedelta(days=7):
            d = date(year - 1, month, day)
        return _day(d, text, "explicit")
    weekday = next((WEEKDAYS[w] for w in words if w in WEEKDAYS), None)
    if weekday is not None:
        back = (published.weekday() - weekday) % 7
        if "last" in words and back == 0:
            back = 7
        if future or "next" in words:
            ahead = (weekday - published.weekday()) % 7 or 7
            return _day(published + timedelta(days=ahead), text, rel)
        return _day(published - timedelta(days=back), text, rel)
    ym = _YEAR.search(low)
    if ym and not _FILLER.sub("", low).replace(ym.group(1), "").strip(" -'s"):
        return {"value": ym.group(1), "text": text, "precision": "year", "basis": "explicit"}
    return None


def _day(d: date, text: str, basis: str) -> dict:
    return {"value": d.isoformat(), "text": text, "precision": "day", "basis": basis}


def _period(published: date, unit: str, shift: int, text: str, basis: str) -> dict:
    if unit == "week":
        d = published + timedelta(weeks=shift)
        return {"value": d.isoformat(), "text": text, "precision": "week", "basis": basis}
    if unit == "month":
        y, m = divmod(published.year * 12 + published.month - 1 + shift, 12)
        return {"value": f"{y:04d}-{m + 1:02d}", "text": text, "precision": "month",
                "basis": basis}
    return {"value": f"{published.year + shift:04d}", "text": text, "precision": "year",
            "basis": basis}


def publication(day: str | None) -> dict | None:
    """The fallback: an event dated by its article."""
    return ({"value": day, "text": None, "precision": "day", "basis": "publication date"}
            if day else None)
