"""Parsing units: a paragraph of ordinary length is parsed whole; a very long one (a page with no
blank lines, a run-on text with no full stops) is cut into pieces first, so that no sentence the
parser can form is longer than a piece. This keeps the parser's memory and every per-sentence
stage bounded, and so the whole coder linear in the size of the article.

Cuts go where a sentence ends outside quotation marks, else where a sentence ends, else (in a
stretch with no full stop) after a comma or at a space, else anywhere. Paragraphs up to
`LONG_PARAGRAPH` characters, that is all ordinary news paragraphs, are never cut, so their output
does not depend on this module.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from .attribution import quote_marks

LONG_PARAGRAPH = 5_000
"""Paragraphs longer than this many characters are cut into pieces."""
PIECE = 2_000
"""The longest piece cut at a sentence end."""
RUN = 1_000
"""The longest piece cut inside a stretch with no sentence end."""

# the start of a sentence: after . ! or ? (and any closing quotes or brackets), white space,
# then a capital, a digit or an opening quote
_SENTENCE_START = re.compile(r"(?<=[.!?])[\"'\u201d\u2019)\]]*\s+(?=[\"'\u201c\u2018(\[]?[A-Z0-9])")
_SOFT_BREAK = re.compile(r"[,;:\u2013\u2014]\s")


def pieces(text: str, *, longest: int = LONG_PARAGRAPH, piece: int = PIECE,
           run: int = RUN) -> list[tuple[int, str]]:
    """(offset, text) of each parsing unit of one paragraph, in order. Linear in the text."""
    if len(text) <= longest:
        return [(0, text)]
    starts = [m.end() for m in _SENTENCE_START.finditer(text)]
    pairs, left_open = quote_marks(text)
    opens = [o for o, _ in pairs]

    def quoted(pos: int) -> bool:
        k = bisect_right(opens, pos - 1) - 1  # the last quotation opened before pos
        return (k >= 0 and pos <= pairs[k][1]) or (left_open is not None and pos > left_open)

    free = [s for s in starts if not quoted(s)]
    out: list[tuple[int, str]] = []
    start = 0
    while len(text) - start > run:
        end = start + piece
        cut = _last(free, start, end) or _last(starts, start, end)
        if cut is None:  # no sentence ends here: a run-on stretch
            cut = _soft_cut(text, start, start + run)
        elif len(text) <= end:
            break  # the rest fits in one piece, with a sentence end in it
        body = text[start:cut].rstrip()
        if body:
            out.append((start, body))
        start = cut
        while start < len(text) and text[start].isspace():
            start += 1
    if start < len(text):
        out.append((start, text[start:].rstrip()))
    return out


def _last(points: list[int], lo: int, hi: int) -> int | None:
    """The last of the sorted `points` in (lo, hi], or None."""
    k = bisect_right(points, hi) - 1
    return points[k] if k >= 0 and points[k] > lo else None


def _soft_cut(text: str, lo: int, hi: int) -> int:
    """Where to cut a stretch with no sentence end: after the last comma, semicolon, colon or
    dash in the second half of text[lo:hi], else at its last space, else at hi."""
    mid = lo + (hi - lo) // 2
    soft = None
    for m in _SOFT_BREAK.finditer(text, mid, hi):
        soft = m.end()
    if soft is not None:
        return soft
    space = max(text.rfind(" ", lo + 1, hi), text.rfind("\n", lo + 1, hi))
    return space if space > lo else hi

