"""A colony's ruler is not the party, and an act someone is due to do is not done (issue 11,
session 18, read from batch v; `backers.mark`, `modality.INTENT`). Sentences of our own.

"The former French colony held elections": the wire's way of naming Mali or Chad again; France
does nothing. "The minister was due to visit Beirut on Friday": the visit is planned (and in the
article it came from, cancelled), an intent at most, never a visit held.
"""

from __future__ import annotations

import pytest
from sentence_checks import DATE, show

COLONIES = [
    "The former French colony held a presidential election on Sunday.",
    "The former Portuguese colony is heading towards a second round in its presidential election.",
    "Troops from the former British colony clashed with rebels on Monday.",
]


@pytest.mark.parametrize("text", COLONIES)
def test_the_ruler_of_a_colony_is_no_party(coder, text):
    events = coder.code(text, date=DATE).events
    rulers = {"FRA", "PRT", "GBR"}
    assert not any((e.source.country or "") in rulers or
                   (e.target is not None and (e.target.country or "") in rulers)
                   for e in events), show(events)


def test_a_colony_named_by_its_own_name_keeps_it(coder):
    events = coder.code("Senegal, a former French colony, recalled its ambassador from Paris "
                        "on Monday.", date=DATE).events
    assert any(e.source.code.startswith("SEN") for e in events), show(events)


@pytest.mark.parametrize("word", ["was due to", "is scheduled to", "is set to"])
def test_a_scheduled_visit_is_no_visit(coder, word):
    events = coder.code(f"The Belgian foreign minister {word} visit Beirut on Friday.",
                        date=DATE).events
    assert not any(e.cameo.root == "04" for e in events), show(events)
    assert any(e.cameo.code == "036" and e.target is not None and e.target.code == "LBN"
               for e in events), show(events)
