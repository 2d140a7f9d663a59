"""What a bomb does is a bombing (CAMEO 183, 1831-1833), not the use of military force of root
19 (means.py; issue 11, session 19, read from batch w). Sentences of our own."""

from __future__ import annotations

import pytest
from sentence_checks import DATE, show

from eventwire.means import bombing

BOMBINGS = [
    ("a suicide bomber as the killer", "A suicide bomber killed 31 worshippers at a mosque in "
     "Quetta on Friday.", "1831"),
    ("car bombs that exploded, killing", "Two car bombs exploded outside the interior ministry in "
     "Mogadishu, killing 19 people.", "1832"),
    ("killed by a roadside bomb", "Four soldiers were killed by a roadside bomb in Helmand on "
     "Monday.", "1833"),
    ("a bomb of no kind named", "A bomb killed nine people at a bus station in Maiduguri on "
     "Tuesday.", "183"),
    ("an attack done with explosives", "Militants attacked a police post in Peshawar with "
     "explosives.", "183"),
]


@pytest.mark.parametrize("name,text,code", BOMBINGS, ids=[b[0] for b in BOMBINGS])
def test_a_bombing_is_coded_as_one(coder, name, text, code):
    events = coder.code(text, date=DATE).events
    violent = [e for e in events if e.cameo.root in ("18", "19")]
    assert violent and all(e.cameo.code == code for e in violent), show(events)


def test_jets_that_kill_stay_military_force(coder):
    events = coder.code("Government jets killed 14 people in Idlib on Monday.", date=DATE).events
    assert any(e.cameo.root == "19" for e in events), show(events)


@pytest.mark.parametrize("text", [
    "Government jets dropped a cluster bomb that killed 14 people in Idlib.",
    "An air strike killed 14 people in Idlib on Monday.",
    "An explosion at a fireworks factory killed five workers near Lagos.",
])
def test_military_bombs_are_no_bombing(coder, text):
    doc = coder.nlp(text)
    kill = next(t for t in doc if t.lemma_ == "kill")
    assert bombing(kill) is None
