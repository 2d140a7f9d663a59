"""Hypothesis strategies for hostile input records, shared by tests/test_integrity_hypothesis.py
(a bounded run in CI) and bench/bench_hostile.py (a long run). The team's own words and the
kinds of damage met in scraped news: broken escapes, control characters, impossible dates,
fields of the wrong type, odd Unicode, deep JSON, quotation marks that never close."""

from __future__ import annotations

import json

from hypothesis import strategies as st

COUNTRIES = ["Kenya", "Uganda", "Russia", "Ukraine", "Peru", "Chile", "the Kremlin", "Ankara",
             "Sudanese troops", "the African Union", "Israeli jets", "protesters"]
ACTS = ["accused", "attacked", "fired missiles at", "praised", "met with", "held talks with",
        "shelled", "expelled diplomats of", "called on", "did not attack", "may sanction"]
WHEN = ["on Monday", "yesterday", "overnight", "99999999999 days ago", "9999 weeks ago",
        "on March \u00b2", "on February 31", "on 2020-02-30", "in 2019", "on 0000-00-00",
        "last year", "", "on March \u0663", "3 days ago", "tomorrow"]
JUNK = ['"', "\u201c", "\u201d", "'", "\u00ab", "\u00bb", "[/x]", "[bold]", "[link=x]",
        "\t", "\n", "\n\n", "\r\n", "\x00", "\x1b[31m", "\x07", "\x0b", "\x85", "\ud800",
        "\udfff", "\ud83d", "\u2028", "\ufeff", "\u200f", "e\u0301", "\U0001F600",
        "https://x.example/2023/06/31/a", "NAIROBI, February 31 (Wire) -", "(((", ")))",
        "0000-00-00", "9" * 40, "\u0000\u0000", "&amp;", "<p>", "\\", "\\u", " " * 30]


@st.composite
def sentences(draw) -> str:
    a, b = draw(st.sampled_from(COUNTRIES)), draw(st.sampled_from(COUNTRIES))
    act, when = draw(st.sampled_from(ACTS)), draw(st.sampled_from(WHEN))
    return f"{a} {act} {b} {when}.".replace("  ", " ")


@st.composite
def texts(draw, max_pieces: int = 8) -> str:
    """English-looking news with hostile pieces between and inside the sentences."""
    pieces = draw(st.lists(st.one_of(sentences(), st.sampled_from(JUNK),
                                     st.text(max_size=12)), min_size=1, max_size=max_pieces))
    return " ".join(pieces)


def _scalar_or_junk(strings):
    return st.one_of(st.none(), st.just(""), strings, st.integers(), st.floats(),
                     st.booleans(), st.lists(st.integers(), max_size=3),
                     st.dictionaries(st.text(max_size=3), st.integers(), max_size=2))


def _mostly(draw, usual, unusual, *, one_in: int = 8):
    """Draw from `usual`, or one time in `one_in` from `unusual` (st.one_of would flatten a
    nested one_of and weigh each of its branches alike)."""
    return draw(unusual if draw(st.sampled_from(range(one_in))) == 0 else usual)


DATES = st.one_of(st.dates().map(lambda d: d.isoformat()),
                  st.sampled_from(["2020-02-30", "2020-13-45", "0000-03-01", "9999-12-31",
                                   "2024-02-29", "2023-02-29", "06/05/2024", "2024-3-1",
                                   "\u0662\u0660\u0662\u0660-01-01", "2024-03-04"]))
IDS = st.one_of(st.text(max_size=20), st.just("x" * 600), st.integers(min_value=-10**30,
                                                                        max_value=10**30))
URLS = st.one_of(st.sampled_from(["https://w.example/2023/06/31/a", "https://w.example/a",
                                  "https://w.example/2024/02/29/b", "not a url", "\ud800"]),
                 st.text(max_size=30))


@st.composite
def records(draw) -> dict:
    """A JSON object as a scraper might write it: usually a text, any field any type."""
    rec: dict = {}
    if draw(st.sampled_from([True] * 19 + [False])):  # integers() would favour the ends
        rec["text"] = _mostly(draw, texts(), _scalar_or_junk(st.text(max_size=5)))
    for name, strat in (("id", IDS), ("date", DATES), ("url", URLS),
                        ("title", st.text(max_size=30)), ("source", st.text(max_size=10))):
        if draw(st.booleans()):  # mostly the right type, now and then anything at all
            rec[name] = _mostly(draw, strat, _scalar_or_junk(strat))
    return rec


@st.composite
def lines(draw) -> bytes:
    """One JSONL line: a record, deep or broken JSON, or raw bytes."""
    kind = draw(st.sampled_from(range(10)))
    if kind <= 6:
        return json.dumps(draw(records())).encode("utf-8")
    if kind == 7:
        depth = draw(st.sampled_from([10, 70, 5000]))
        return ("[" * depth + "]" * depth).encode()
    if kind == 8:
        return json.dumps(draw(records()))[: draw(st.integers(0, 40))].encode()
    return draw(st.binary(min_size=1, max_size=120)).replace(b"\n", b" ")
