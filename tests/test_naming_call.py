"""Naming with "call" told apart from calling a strike, and a dated "on" from asking (issue 11,
session 17; `events.match`).
Sentences of our own.

A "call" with an object predicate names its object ("called the teachers' strike illegal"): it
matches only the entries that describe (roots 05 and 11), never the wire-phrases entry for a
union that calls a strike (143), nor the asking entries.
"""

from __future__ import annotations

from sentence_checks import DATE, show


def test_naming_a_strike_is_not_calling_one(coder):
    named = coder.code("Mexican officials called the teachers' strike illegal and unjustified.",
                       date=DATE).events
    assert not any(e.cameo.root == "14" for e in named), show(named)
    called = coder.code("The union called a general strike against the pension reform.",
                        date=DATE).events
    assert any(e.cameo.code == "143" for e in called), show(called)


def test_a_dated_on_asks_nothing(coder):
    """"Called Ramos-Horta on Wednesday to convey congratulations": the "on" dates the call and
    asks nothing (`events.dated_on`); "Washington on Monday called on allies to ..." still asks,
    by its other "on"."""
    phoned = coder.code("The Portuguese president said he called Ramos-Horta on Wednesday to "
                        "convey his congratulations.", date=DATE).events
    assert not any(e.cameo.root == "02" for e in phoned), show(phoned)
    asked = coder.code("Washington on Monday also called on allies to freeze the assets of the "
                       "state oil company.", date=DATE).events
    assert any(e.cameo.root == "02" for e in asked), show(asked)
