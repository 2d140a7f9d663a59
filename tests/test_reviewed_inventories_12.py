"""Verdicts passed on another's act (CAMEO 111): the entries of
lexicon/reviewed-inventories-12.yaml, and naming with "call" told apart from calling a strike
(issue 11, session 17). Sentences of our own."""

from __future__ import annotations

import pytest
from sentence_checks import DATE, has, show

VERDICTS = [
    ("Zelaya called the Honduran military's action illegal.", "HND", "HNDMIL"),
    ("Russia described the new EU sanctions as illegal.", "RUS", "IGOEEU"),
    ("Japan called the Chinese naval drills provocative.", "JPN", "CHN"),
    ("Mexican officials called the teachers' strike illegal and unjustified.", "MEX", "MEXEDU"),
]


@pytest.mark.parametrize("text,source,target", VERDICTS)
def test_an_act_named_with_a_condemning_word_is_criticism(coder, text, source, target):
    events = coder.code(text, date=DATE).events
    assert has(events, source, "111", target), show(events)


def test_naming_a_strike_is_not_calling_one(coder):
    """"Called the teachers' strike illegal" names the strike; only "called a strike" calls it
    (the 143 entry of wire-phrases.yaml)."""
    named = coder.code("Mexican officials called the teachers' strike illegal and unjustified.",
                       date=DATE).events
    assert not any(e.cameo.root == "14" for e in named), show(named)
    called = coder.code("The union called a general strike against the pension reform.",
                        date=DATE).events
    assert any(e.cameo.code == "143" for e in called), show(called)


NOT_CONDEMNED = [
    "The minister called the talks constructive.",
    "The opposition called for an end to the illegal occupation.",
]


@pytest.mark.parametrize("text", NOT_CONDEMNED)
def test_praise_and_asking_are_no_verdict(coder, text):
    events = coder.code(text, date=DATE).events
    assert not any(e.cameo.code == "111" for e in events), show(events)
