"""Raw scraped text → clean paragraphs, with a map from every clean character back to the raw text.

What it does, in order:
- splits the raw text into lines and paragraphs (a blank line ends a paragraph);
- drops page furniture: "Related article:" and "Read more" lines, share bars, subscription prompts,
  bylines, "Original url:" blocks, bare URLs and the pieces of URLs broken across lines;
- sets aside a headline line at the top and a dateline ("KINSHASA, March 13 -") so neither is
  coded as part of the story (both are kept in `removed`, with their raw spans);
- unwraps hard line breaks inside a paragraph (a word split as "break-\\naway" keeps its hyphen),
  strips stray leading spaces and collapses runs of whitespace.

`Cleaned.raw_span(start, end)` turns a span of the clean text into a span of the raw input, so
every field eventwire outputs points at the words it came from.
"""

from __future__ import annotations

import re
from array import array
from dataclasses import dataclass
from functools import lru_cache

_FURNITURE = re.compile(
    r"""^\s*(
        related(\s+(article|story|stories|coverage|content|reading))?\s*: |
        (read|see)\s+(more|also)\b | also\s+read\b | more\s+on\s+this\b | recommended\s*: |
        share(\s+this(\s+article|\s+story)?)?\s*(:|$|on\b) | (share|follow\s+us)\s+on\b |
        (subscribe|sign\s+up)\b | newsletter\b | advertisement\s*$ | sponsored\b |
        click\s+here\b | (photo|image|video|watch)\s*: | (©|copyright\b|all\s+rights\s+reserved) |
        (facebook|twitter|x|whatsapp|email|linkedin|telegram)(\s+(facebook|twitter|x|whatsapp|email|linkedin|telegram|print))+\s*$
    )""",
    re.IGNORECASE | re.VERBOSE,
)
# A photo caption: a line that ends with its picture credit ("... in Dushanbe. Picture: AFP.",
# "... (Photo: Reuters)", "... Photo by Jane Doe"); the present tense of a caption is no event
_CAPTION = re.compile(
    r"""(\b(photo|picture|image|photograph|file\s+photo)s?(\s+credit)?\s*:\s*(?-i:[A-Z])[^:.]{0,60}\.? |
         \((photo|picture|image|file\s+photo)\b[^)]{0,80}\) |
         \b(photo|picture|image)\s+by\s+[^.]{1,60}\.?)\s*$""",
    re.IGNORECASE | re.VERBOSE,
)
# "By Staff Reporter | Published ...", "By Ana Ruiz and Tom Lee", "Published 13 March 2024, 15:42"
_BYLINE = re.compile(
    r"^\s*(By\s+[A-Z][\w.'\-]*(\s+(and\s+)?[A-Z][\w.'\-]*){0,5}\s*(\||$)"
    r"|(Published|Updated|Posted|Last updated)\b[^.]{0,80}\d)")
# "KINSHASA, March 13 - ", "MOSCOW (Reuters) - ", "GENEVA, Switzerland, Oct. 2 — ", "BRUSSELS -The",
# "ISLAMABAD: ", "NAIROBI, KENYA: " (the colon of South Asian and East African papers), not a
# label such as "BREAKING:" or "UPDATE:"
_DATELINE = re.compile(
    r"^(?!(?:BREAKING|UPDATE|UPDATED|WATCH|VIDEO|PHOTOS?|EXCLUSIVE|ANALYSIS|OPINION|EDITORIAL"
    r"|LIVE|READ|NOTE|EDITOR'S NOTE|CORRECTION|FACT CHECK|REPORT)\b)"
    r"([A-Z]{3,}[A-Z.'\- ]{0,40}(?:,\s*[A-Z][A-Za-z0-9.' ]{1,30}){0,2}(?:\s*\([A-Za-z ./]{2,30}\))?)"
    r"(?:\s*[-\u2013\u2014]+\s+|\s+[-\u2013\u2014]+|(?<=\))[-\u2013\u2014]+|:\s+)(?=[A-Z\"\u201c])")
# ("BEIRUT (Reuters/Bloomberg)–A huge car bomb": two agencies, and a dash closed up to the bracket)
# "Tehran, IRNA - ", "Nairobi (Reuters) - ", "Kyiv, Ukraine (AP) -": a title-case place must be
# followed by a comma part or an agency in brackets, so "Prime Minister Ali - ..." is not one
_DATELINE_TITLE = re.compile(
    r"^([A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}(?:,\s*[A-Z][A-Za-z0-9.' ]{1,30}){0,2}"
    r"(?:,?\s*\([A-Za-z ./]{2,30}\))?)\s*[-\u2013\u2014]+\s+(?=[A-Z\"\u201c])")
# "Phnom Penh/Bangkok : ": two cities a story was filed from, joined by a slash, before a colon
# or a dash (each must be a city of CITY_SIZE people: `_cities_by_slash`)
_DATELINE_PAIR = re.compile(
    r"^([A-Z][a-z]+(?: [A-Z][a-z]+)?(?:\s*/\s*[A-Z][a-z]+(?: [A-Z][a-z]+)?)+)"
    r"\s*(?::|[-\u2013\u2014]+)\s+(?=[A-Z\"\u201c])")
# " date 2022-09-01 ": a scraper's date stamp at the top of the page
_DATE_STAMP = re.compile(r"^\s*(date\s+(\d{4}-\d{2}-\d{2}))\s+")
_END_PUNCT = (".", "!", "?", '"', "\u201d", "'", "\u2019", ":")
_ORIGINAL_URL = re.compile(r"^\s*(original|source)\s+(url|link)\s*:", re.IGNORECASE)
_URL_LINE = re.compile(r"^\s*(https?://|www\.)\S*\s*$", re.IGNORECASE)
_URL_TAIL = re.compile(r"^\s*[\w\-./?=&%#~+]+\s*$")
_URL = re.compile(r"(https?://|www\.)\S+", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Paragraph:
    start: int  # offset in the clean text
    text: str


@dataclass(frozen=True, slots=True)
class Cleaned:
    text: str
    offsets: array  # offsets[i] = raw index of clean character i
    paragraphs: tuple[Paragraph, ...]
    removed: tuple[dict, ...]  # furniture: {"kind", "text", "span"} in raw offsets
    urls: tuple[str, ...]  # URLs found in furniture, rejoined when broken across lines
    title: str | None = None  # a headline line at the top, not coded
    dateline: str | None = None  # "KINSHASA, March 13", cut from the first paragraph
    original_url: str | None = None  # the URL of an "Original url:" block, rejoined

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        if end <= start:
            pos = self.offsets[start] if start < len(self.offsets) else len(self.text)
            return pos, pos
        return self.offsets[start], self.offsets[end - 1] + 1


def _set_aside(removed: list[dict], kind: str, start: int, line: str) -> str:
    """Record the raw line starting at `start` as furniture of this kind; returns its text."""
    lead = len(line) - len(line.lstrip())
    text = line.strip()
    removed.append({"kind": kind, "text": text, "span": [start + lead, start + lead + len(text)]})
    return text


def _dateline(line: str) -> re.Match | None:
    """A dateline at the start of a line: upper case ("KINSHASA, March 13 -"), or title case
    with a comma part or an agency in brackets ("Tehran, IRNA -", "Nairobi (Reuters) -"), or
    two cities joined by a slash ("Phnom Penh/Bangkok :")."""
    m = _DATELINE.match(line) or _DATELINE_TITLE.match(line)
    if m and m.re is _DATELINE_TITLE and not ("," in m.group(1) or "(" in m.group(1)) \
            and not _city_by_dash(m):
        return None
    if m is None and (pair := _DATELINE_PAIR.match(line)) is not None and _cities_by_slash(pair):
        return pair  # "Phnom Penh/Bangkok : Cambodian and Thai soldiers exchanged gunfire"
    return m


DASHES = ("\u2013", "\u2014")
CITY_SIZE = 100_000
"""A title-case place alone before a dash is a dateline only if it is a city of this many people."""


def _city_by_dash(m: re.Match) -> bool:
    """"Brussels \u2013 The Council of the EU on Monday imposed ...": a title-case city alone, with
    no comma part or agency, is a dateline when an en or em dash (never a hyphen, which joins
    "Prime Minister Ali - ...") follows it and it is a city of over CITY_SIZE people."""
    sep = m.string[m.end(1):m.end()]
    return any(d in sep for d in DASHES) and _big_city(m.group(1))


def _cities_by_slash(m: re.Match) -> bool:
    """Whether every name of "Phnom Penh/Bangkok" is a city of over CITY_SIZE people."""
    return all(_big_city(name) for name in m.group(1).split("/"))


def _big_city(name: str) -> bool:
    """Whether a city of that name has over CITY_SIZE people (geo.cities)."""
    from .geo import cities

    return any(c["population"] >= CITY_SIZE for c in cities().get(name.strip(), ()))


def _headline_over_lead(para: list[tuple[int, str]]) -> bool:
    """A short first line with no closing punctuation over a line that is one whole sentence:
    a headline, not a hard-wrapped lead (whose next line goes on mid-sentence)."""
    first, second = para[0][1].strip(), para[1][1].strip()
    return (0 < len(first.split()) <= 15 and not first.endswith(_END_PUNCT)
            and first[:1].isupper() and second[:1].isupper() and second.endswith(_END_PUNCT)
            and len(first) < 0.75 * len(second))


def _lines(raw: str) -> list[tuple[int, str]]:
    out, pos = [], 0
    for line in raw.splitlines(keepends=True):
        out.append((pos, line.rstrip("\r\n")))
        pos += len(line)
    return out


@lru_cache(maxsize=64)
def clean(raw: str) -> Cleaned:
    """Clean one raw article. Pure: the same input always gives the same output (so the result
    is cached: checking an article and coding it clean it once)."""
    removed: list[dict] = []
    urls: list[str] = []
    paragraphs: list[list[tuple[int, str]]] = [[]]
    in_url_block = False
    prev_was_url = False
    original = None  # index in `urls` of the first URL of the first "Original url:" block
    for start, line in _lines(raw):
        stripped = line.strip()
        if not stripped:
            if paragraphs[-1]:
                paragraphs.append([])
            in_url_block = prev_was_url = False
            continue
        kind = None
        if _ORIGINAL_URL.match(line):
            kind, in_url_block = "original-url", True
            original = len(urls) if original is None else original
            urls.extend(m.group(0) for m in _URL.finditer(line))
        elif _URL_LINE.match(line):
            kind = "url"
            urls.append(stripped)
        elif (prev_was_url or in_url_block) and _URL_TAIL.match(line) and " " not in stripped:
            kind = "url"
            if urls:
                urls[-1] += stripped
        elif _FURNITURE.match(line):
            kind = "furniture"
        elif len(stripped) < 160 and _BYLINE.match(line):
            kind = "byline"
        elif len(stripped) < 400 and _CAPTION.search(stripped):
            kind = "caption"
        if kind:
            _set_aside(removed, kind, start, line)
            prev_was_url = kind in ("url", "original-url")
            continue
        prev_was_url = False
        paragraphs[-1].append((start, line))

    paragraphs = [p for p in paragraphs if p]
    title = None
    if paragraphs and len(paragraphs[0]) > 1 and _headline_over_lead(paragraphs[0]):
        # "Two killed in new strike on Gaza" on the line above "The number of ... rose to 15.":
        # a headline run into the first paragraph
        title = _set_aside(removed, "headline", *paragraphs[0].pop(0))
    if paragraphs and len(paragraphs) > 1 and len(paragraphs[0]) == 1 and title is None:
        start, line = paragraphs[0][0]
        stripped = line.strip()
        if len(stripped.split()) <= 20 and not stripped.endswith(_END_PUNCT):
            title = _set_aside(removed, "headline", start, line)
            paragraphs = paragraphs[1:]
    if paragraphs:
        start, line = paragraphs[0][0]
        stamp = _DATE_STAMP.match(line)
        if stamp:
            removed.append({"kind": "date", "text": stamp.group(1),
                            "span": [start + stamp.start(1), start + stamp.end(1)]})
            paragraphs[0][0] = (start + stamp.end(), line[stamp.end():])
    dateline = None
    # scraped pages put menus, a standfirst and captions before the dateline: an upper-case one
    # or a city before a dash is looked for in the first five paragraphs, another title-case one
    # in the first three
    for n, para in enumerate(paragraphs[:5]):
        found = next(((k, m) for k, (_, line) in enumerate(para[:4])
                      if (m := _dateline(line.lstrip())) is not None
                      and (n < 3 or m.re in (_DATELINE, _DATELINE_PAIR) or _city_by_dash(m))), None)
        if found is not None:
            k, m = found
            for hs, hline in para[:k]:  # a headline or caption run into the dateline's paragraph
                _set_aside(removed, "headline", hs, hline)
            del para[:k]
            start, line = para[0]
            lead = len(line) - len(line.lstrip())
            dateline = m.group(1).strip()
            removed.append({"kind": "dateline", "text": dateline,
                            "span": [start + lead, start + lead + len(dateline)]})
            cut = lead + m.end()
            para[0] = (start + cut, line[cut:])
            break

    text_parts: list[str] = []
    offsets = array("i")
    paras: list[Paragraph] = []
    for para in paragraphs:
        if not para:
            continue
        if text_parts:
            # paragraph break: two newlines mapped to the end of the previous paragraph
            text_parts.append("\n\n")
            offsets.extend([offsets[-1] + 1] * 2)
        p_start = len(offsets)  # one offset per clean character so far (not a sum per paragraph)
        p_chars: list[str] = []
        for n, (start, line) in enumerate(para):
            lead = len(line) - len(line.lstrip())
            body = line.strip()
            if n > 0:
                joined_hyphen = (p_chars and p_chars[-1] == "-" and len(p_chars) > 1
                                 and p_chars[-2].isalpha() and body[:1].islower())
                if not joined_hyphen:
                    p_chars.append(" ")
                    offsets.append(start - 1 if start > 0 else 0)
            last_space = False
            for i, ch in enumerate(body):
                if ch.isspace():
                    if last_space:
                        continue
                    ch, last_space = " ", True
                else:
                    last_space = False
                p_chars.append(ch)
                offsets.append(start + lead + i)
        ptext = "".join(p_chars)
        text_parts.append(ptext)
        paras.append(Paragraph(p_start, ptext))
    return Cleaned("".join(text_parts), offsets, tuple(paras), tuple(removed), tuple(urls),
                   title, dateline, urls[original] if original is not None and original < len(urls)
                   else None)
