"""Subjects the parser loses, found again (issue 11, session 18; `syntax.subjects`). Sentences
of our own.

An opening "Along with ..." names more doers of the act, not its target. The parser hangs a
sentence-opening "Along with B" on the verb. With a subject of its own ("Along with Norway, Sweden
condemned ...") B is a second doer; with none ("Along with Chile and Peru, Brazil and Argentina
were sending ...") the parser has taken the whole list into the accompaniment, and every name in
it is a doer. And a finite verb the parser hangs on the sentence's noun as its modifier has that
noun as its subject.
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



def test_finite_verb_read_as_a_modifier_of_the_sentence_noun(coder):
    """"The leader of the opposition, X, vainly called on ...": the parser takes the noun as
    the sentence's root and the finite verb as its modifier; the noun is the verb's subject
    (`syntax.subjects`)."""
    events = coder.code("The leader of the Kenyan opposition, Raila Odinga, vainly called on "
                        "the government to pull its police off the streets.", date=DATE).events
    assert any(e.cameo.root == "02" and e.source.code.startswith("KEN") for e in events), \
        show(events)
