"""Property tests of validate → clean → code → store on generated hostile records (issue 12):
every record is either an Article that is safe to code and store or a rejection with a reason
that names its line; coding raises nothing but an InputError; storing never fails, and the
store stays consistent. Bounded (derandomized, a few seconds) for CI; `bench/bench_hostile.py`
runs the same properties far longer."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hostile import lines, records
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventwire import dates
from eventwire.clean import clean
from eventwire.corpus.engine import code_each
from eventwire.corpus.ingest import write_batch
from eventwire.corpus.read import read_lines
from eventwire.errors import InputError
from eventwire.guard import Rejected
from eventwire.store import Store

CI = settings(max_examples=150, deadline=None, derandomize=True, database=None,
              suppress_health_check=[HealthCheck.too_slow])
CI_CODED = settings(CI, max_examples=12)


def check_line(line: bytes) -> Rejected | object:
    """The validator's contract for one JSONL line; returns what it gave."""
    [(key, item)] = list(read_lines([line], name="h.jsonl")) if line.strip() else [("", None)]
    if item is None:
        return None
    assert key == "h.jsonl:1"
    if isinstance(item, Rejected):
        assert item.message.startswith("h.jsonl line 1: ") and "\n" not in item.message
        assert item.reason and item.reason == item.reason.lower() and " " not in item.reason
        item.message.encode("utf-8")  # printable and storable
        return item
    for value in (item.raw, item.id, item.url, item.title, item.source):
        assert value is None or isinstance(value, str)
        if value is not None:
            value.encode("utf-8")  # no lone surrogate survives
            assert not any(ord(c) < 32 and c not in "\t\n\r\f" for c in value)
    assert item.date is None or dates.iso_day(item.date) is not None
    assert len(item.id) <= 512
    return item


@CI
@given(lines())
def test_every_line_is_an_article_or_a_named_rejection(line):
    check_line(line)


@CI
@given(st.lists(lines(), min_size=1, max_size=6))
def test_one_line_never_costs_another(batch):
    """Each line's verdict is its own: the same as when it is read alone."""
    together = [item for _, item in read_lines(batch, name="h.jsonl")]
    alone = [item for line in batch if line.strip()
             for _, item in read_lines([line], name="h.jsonl")]
    assert [type(i) for i in together] == [type(i) for i in alone]
    assert [getattr(i, "reason", None) for i in together] == \
        [getattr(i, "reason", None) for i in alone]


@CI
@given(records())
def test_clean_takes_whatever_the_validator_lets_through(rec):
    import json

    item = check_line(json.dumps(rec).encode())
    if item is None or isinstance(item, Rejected):
        return
    cleaned = clean(item.raw)
    for p in cleaned.paragraphs:
        s, e = cleaned.raw_span(p.start, p.start + len(p.text))
        assert 0 <= s <= e <= len(item.raw)


@CI_CODED
@given(st.lists(records(), min_size=1, max_size=4))
def test_code_and_store_hostile_records(coder, recs):
    """validate → code → store: only InputErrors while coding, a store that takes every coded
    article, events consistent, and every record accounted for."""
    import json

    items = [check_line(json.dumps(r).encode()) for r in recs]
    arts, ids = [], set()
    for item in items:
        if item is not None and not isinstance(item, Rejected) and item.id not in ids:
            ids.add(item.id)  # ingest skips a repeated id as already coded
            arts.append(item)
    coded, refused = [], 0
    for _art, result in code_each(coder, arts):
        if isinstance(result, InputError):
            refused += 1
        else:
            coded.append(result.to_dict())
            for e in result.events:
                assert e.date is None or e.date["precision"] != "day" or \
                    dates.parse_date(e.date["value"]) is not None
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "h.duckdb") as store:
        rejected: list[tuple] = []
        stored = write_batch(store, coded, [f"h:{n}" for n in range(len(coded))],
                             lambda *r: rejected.append(r))
        assert rejected == [], rejected  # the validator let nothing unstorable through
        assert len(stored) + refused == len(arts)
        assert store.count("articles") == len(stored) and store.events_consistent()
