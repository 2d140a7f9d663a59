"""The per-article time budget: checked by the coder between stages, paragraphs and sentences; an
article over it is rejected whole with a TimeBudgetError (reason `time-budget`). The clock is
replaced by a counter, so no test depends on the speed of the machine. Sentences are the team's
own."""

from __future__ import annotations

import itertools

import pytest
from click.testing import CliRunner

from eventwire import budget
from eventwire.cli import cli
from eventwire.coder import Coder, Settings
from eventwire.errors import InputError, TimeBudgetError

TEXT = ("Kenya accused Ethiopia of shelling the border town on Monday. Ethiopian officials "
        "denied the report.\n\nThe United Nations urged both governments to resume talks. "
        "Police in Nairobi arrested dozens of protesters.\n\nKenya and Ethiopia signed an "
        "agreement on border security after two days of talks.\n")


@pytest.fixture
def ticking(monkeypatch):
    """A clock that moves one second each time the budget reads it."""
    ticks = itertools.count()

    class Clock:
        @staticmethod
        def perf_counter() -> float:
            return float(next(ticks))

    monkeypatch.setattr(budget, "time", Clock)


def coder_with(coder, seconds):
    """A coder sharing the session's model and knowledge, with its own time budget."""
    other = object.__new__(Coder)
    vars(other).update(vars(coder), settings=Settings(time_budget=seconds))
    return other


def test_reason_slug_and_place_in_the_hierarchy():
    err = TimeBudgetError("too slow", record="a1")
    assert isinstance(err, InputError) and err.reason == "time-budget"
    assert str(err) == "a1: too slow"


def test_an_article_over_its_budget_is_rejected_naming_it(coder):
    with pytest.raises(TimeBudgetError) as info:
        coder_with(coder, 0.0).code(TEXT, id="art-7", date="2024-03-13")
    assert info.value.reason == "time-budget"
    assert info.value.record == "art-7"
    assert "time budget of 0 s" in str(info.value)


def test_budget_checked_between_sentences(coder, ticking):
    # one tick to start the clock, one after cleaning, one per paragraph parsed (3): with 6 s
    # the article runs out while its sentences are coded
    with pytest.raises(TimeBudgetError, match=r"\(sentence \d+\)"):
        coder_with(coder, 6.0).code(TEXT, id="art-8", date="2024-03-13")


def test_budget_checked_while_parsing(coder, ticking):
    # started at 0, cleaned at 1, first paragraph at 2, second at 3: over 2.5
    with pytest.raises(TimeBudgetError, match=r"parsing, paragraph 2 of 3"):
        coder_with(coder, 2.5).code(TEXT, id="art-9", date="2024-03-13")


def test_within_budget_the_output_is_unchanged(coder, ticking):
    unlimited = coder_with(coder, None).code(TEXT, id="a", date="2024-03-13")
    roomy = coder_with(coder, 10_000.0).code(TEXT, id="a", date="2024-03-13")
    assert unlimited.to_dict() == roomy.to_dict()
    assert len(unlimited.events) >= 2


def test_the_stream_stops_at_the_article_over_budget(coder, ticking):
    c = coder_with(coder, 20.0)
    arts = [c.article(TEXT, id=f"n{i}", date="2024-03-13") for i in range(3)]
    out = []
    with pytest.raises(TimeBudgetError) as info:
        for coded in c.code_many(arts):
            out.append(coded.article.id)
    # the articles before it are coded; the one over budget gives no partial output
    assert out and info.value.record == f"n{len(out)}"


def test_cli_time_budget_option(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(TEXT, encoding="utf-8")
    result = CliRunner().invoke(cli, ["code", str(path), "--date", "2024-03-13",
                                      "--time-budget", "0.000001", "--format", "jsonl"])
    assert result.exit_code == 2, result.output
    lines = result.output.strip().splitlines()
    assert len(lines) == 1, lines
    assert "time budget" in lines[0] and str(path) in lines[0]
