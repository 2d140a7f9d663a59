"""An executive removing an office holder or suspending an elected body imposes an administrative
sanction (172), as the dev set's coders code it; a decision already taken to do so is the act
(decisions.DECIDED_ROOTS). Issue 11, session 19, read from batch w. Sentences of our own."""

from __future__ import annotations

import pytest
from sentence_checks import DATE, show

FOUND = [
    ("a minister sacked by the president is within one government",
     "Peru's president sacked the interior minister on Monday.", ("PERGOV", "172", "PERGOV")),
    ("a parliament suspended", "Tunisia's president suspended parliament for 30 days.",
     ("TUNGOV", "172", "TUNLEG")),
    ("a decision already taken is the act",
     "Protests followed the Tunisian president's latest decision to dissolve parliament.",
     ("TUNGOV", "172", "TUNLEG")),
]


@pytest.mark.parametrize("name,text,expected", FOUND, ids=[f[0] for f in FOUND])
def test_a_dismissal_is_an_administrative_sanction(coder, name, text, expected):
    events = coder.code(text, date=DATE).events
    src, code, tgt = expected
    assert any(e.source.code == src and e.cameo.code == code and e.target
               and e.target.code == tgt for e in events), show(events)


@pytest.mark.parametrize("text", [
    "The club sacked its coach after the defeat in Lima.",
    "Riot police fired tear gas at protesters in Lima.",
    "The court dismissed the petition filed by the opposition in Lima.",
])
def test_no_office_holder_no_dismissal(coder, text):
    events = coder.code(text, date=DATE).events
    assert not any(e.cameo.code == "172" for e in events), show(events)


def test_two_ministers_of_one_government_still_do_not_meet_themselves(coder):
    # the exception for acts within a government does not make a minister his own counterpart
    events = coder.code("Peru's foreign minister met the interior minister in Lima.",
                        date=DATE).events
    assert not any(e.cameo.root == "04" and e.target and e.source.code == e.target.code
                   for e in events), show(events)
