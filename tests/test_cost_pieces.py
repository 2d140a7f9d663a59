"""Very long paragraphs are parsed in pieces, so no sentence is longer than a piece and the coder
stays linear in the size of an article; ordinary paragraphs are parsed whole. Sentences are the
team's own."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventwire.pieces import LONG_PARAGRAPH, PIECE, RUN, pieces

SENTENCE = "Kenya accused Ethiopia of shelling the border town on Monday. "
QUOTED = "\u201cWe will respond. We are ready,\u201d the Ethiopian army said. "
RUN_ON = "kenya accused ethiopia of shelling the town and "


def check_cover(text: str, parts: list[tuple[int, str]]) -> None:
    """Each piece is the text at its offset; together they hold every non-space character."""
    assert parts
    for off, body in parts:
        assert text[off:off + len(body)] == body and body.strip()
    offs = [o for o, _ in parts]
    assert offs == sorted(offs)
    kept = "".join(body for _, body in parts)
    assert "".join(kept.split()) == "".join(text.split())


def test_ordinary_paragraphs_are_parsed_whole():
    text = SENTENCE * (LONG_PARAGRAPH // len(SENTENCE))
    assert len(text) <= LONG_PARAGRAPH
    assert pieces(text) == [(0, text)]


def test_long_paragraph_cut_at_sentence_ends_outside_quotes():
    text = (SENTENCE + QUOTED) * 200
    parts = pieces(text)
    check_cover(text, parts)
    assert all(len(body) <= PIECE for _, body in parts)
    for _, body in parts:  # every cut falls between sentences, none inside the quotation
        assert body.startswith(("Kenya", "\u201cWe")) and body.endswith(".")
        assert body.count("\u201c") == body.count("\u201d")


def test_run_on_text_cut_at_spaces():
    text = RUN_ON * (3 * LONG_PARAGRAPH // len(RUN_ON))
    parts = pieces(text)
    check_cover(text, parts)
    assert all(len(body) <= RUN for _, body in parts)
    assert all(not body[0].isspace() and not body[-1].isspace() for _, body in parts)


def test_text_without_spaces_is_cut_anywhere():
    text = "x" * (3 * LONG_PARAGRAPH)
    parts = pieces(text)
    check_cover(text, parts)
    assert [len(b) for _, b in parts] == [RUN] * (len(text) // RUN)


WORDS = st.sampled_from(["Kenya", "said", "troops", "the", "town.", "Ethiopia", "\u201cWe",
                         "fired,\u201d", '"no', 'shots"', "and", ",", "Monday.", "\u2014", "x" * 40])


@settings(max_examples=150, deadline=None)
@given(st.lists(WORDS, max_size=400), st.sampled_from([" ", "  ", "\n"]))
def test_pieces_cover_the_text_within_their_limits(words, sep):
    text = sep.join(words)
    parts = pieces(text, longest=300, piece=120, run=60)
    if len(text) <= 300:
        assert parts == [(0, text)]
        return
    check_cover(text, parts)
    assert all(len(body) <= 120 for _, body in parts)


@pytest.mark.slow
def test_spans_point_into_the_raw_text_across_pieces(coder):
    # one paragraph of 19,000 characters, hard-wrapped: parsed in pieces
    raw = "Headline of the day\n\n" + (SENTENCE + QUOTED + RUN_ON * 30 + "peace.\n") * 12
    coded = coder.code(raw, date="2024-03-13")
    assert len(coded.events) >= 12
    for e in coded.events:
        a, b = e.trigger.span
        assert raw[a:b] == e.trigger.text
        assert raw[slice(*e.source.span)] == e.source.text
    for q in coded.quotes:
        assert raw[slice(*q["span"])] == q["content"]
