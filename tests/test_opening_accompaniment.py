"""An opening "Along with ..." names more doers of the act, not its target (issue 11, session 18;
`syntax.subjects`). Sentences of our own.

The parser hangs a sentence-opening "Along with B" on the verb. With a subject of its own ("Along
with Norway, Sweden condemned ...") B is a second doer; with none ("Along with Chile and Peru,
Brazil and Argentina were sending ...") the parser has taken the whole list into the
accompaniment, and every name in it is a doer.
"""

from __future__ import annotations

from sentence_checks import DATE, show


def test_opening_accompaniment_is_a_second_doer(coder):
    events = coder.code("Along with Norway, Sweden condemned Russia's shelling of the border town.",
                        date=DATE).events
    doers = {e.source.code[:3] for e in events if e.cameo.root == "11"}
    assert doers == {"SWE", "NOR"}, show(events)
    assert {e.target.code[:3] for e in events if e.target} == {"RUS"}, show(events)


def test_whole_list_swallowed_by_the_accompaniment(coder):
    events = coder.code("Along with its neighbours Chile and Peru, Brazil, Argentina and Mexico "
                        "were sending rescue teams and medical supplies to Ecuador.",
                        date=DATE).events
    doers = {e.source.code[:3] for e in events if e.cameo.root == "07"}
    assert doers == {"CHL", "PER", "BRA", "ARG", "MEX"}, show(events)
    assert {e.target.code[:3] for e in events if e.target} == {"ECU"}, show(events)

