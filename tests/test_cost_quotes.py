"""Quote extraction does work linear in the paragraph: counted in Python bytecode operations,
not in seconds. Nested quotations used to cost a scan of the whole paragraph per pair of marks
(2.6k characters 0.3 s, 20.8k characters 61 s); the operations it now takes per character must
not grow with the size of the paragraph. Sentences are the team's own."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventwire import attribution
from eventwire.attribution import SpanIndex, find_quotes
from eventwire.syntax import subjects

UNIT = ("Officials in Nairobi said \u201cthe minister told us \u201cwe will answer \u2018any "
        "attack\u2019 on our border\u201d and then left\u201d, and the army said \"troops "
        "shelled the town\" on Monday. ")


def operations(fn, *args) -> int:
    """Bytecode operations executed inside eventwire/attribution.py while fn(*args) runs."""
    path = str(Path(attribution.__file__))
    count = 0

    def local(frame, event, arg):
        nonlocal count
        if event == "opcode":
            count += 1
        return local

    def calls(frame, event, arg):
        if frame.f_code.co_filename != path:
            return None
        frame.f_trace_opcodes = True
        return local

    previous = sys.gettrace()
    sys.settrace(calls)
    try:
        fn(*args)
    finally:
        sys.settrace(previous)
    return count


def test_nested_quotes_cost_operations_linear_in_size(coder):
    small, large = (coder.nlp(UNIT * n) for n in (8, 32))
    quotes_small, _ = find_quotes(small, {}, subjects)
    quotes_large, _ = find_quotes(large, {}, subjects)
    assert len(quotes_large) == 4 * len(quotes_small) > 0
    ops_small = operations(find_quotes, small, {}, subjects)
    ops_large = operations(find_quotes, large, {}, subjects)
    # four times the text: four times the work (a scan per pair of marks gave about 16 times)
    assert ops_large / ops_small < 4 * 1.25, (ops_small, ops_large)


@pytest.mark.parametrize("n", [3, 12])
def test_nested_quotes_found_in_every_repeat(coder, n):
    doc = coder.nlp(UNIT * n)
    found, left_open = find_quotes(doc, {}, subjects)
    direct = [doc.text[q.start:q.end] for q in found if q.kind != "indirect"]
    assert left_open is None
    assert direct.count("troops shelled the town") == n
    # the outer curly quotation holds the inner one, as written
    assert sum(t.startswith("the minister told us \u201cwe will answer") for t in direct) == n


SPANS = st.lists(st.tuples(st.integers(0, 200), st.integers(1, 20)), max_size=30)


def _scan(spans, pos):
    return next((k for k, (s, e) in enumerate(spans) if s <= pos < e), None)


@settings(max_examples=200, deadline=None)
@given(SPANS, st.lists(st.integers(-5, 230), min_size=1, max_size=20))
def test_span_index_agrees_with_a_scan(raw, positions):
    """SpanIndex.find gives the first span in list order holding the position, whether the spans
    overlap (a scan) or not (bisection)."""
    spans = [(s, s + w) for s, w in raw]
    index = SpanIndex(spans)
    for pos in positions:
        assert index.find(pos) == _scan(spans, pos)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.integers(1, 15), max_size=25), st.lists(st.integers(0, 400), max_size=20))
def test_span_index_bisects_disjoint_spans(gaps, positions):
    spans, at = [], 0
    for g in gaps:  # disjoint spans, as quotations are, not in order
        spans.append((at, at + g))
        at += g + 1
    spans.reverse()
    index = SpanIndex(spans)
    assert index.disjoint
    for pos in positions:
        assert index.find(pos) == _scan(spans, pos)
