"""What a party can do, or risks, is not reported done (issue 11, session 18, read from batch v;
`modality.HYPOTHETICAL_AUX`, `modality.WISH`). Sentences of our own.

"Beijing can answer the ruling by arming the islands, risking a clash with Manila": neither the
arming nor the clash happened; the means ("by arming") takes the modality of the clause it
serves, and what is risked is only possible.
"""

from __future__ import annotations

import pytest
from sentence_checks import DATE, show

POSSIBLE = [
    ("Beijing can answer the ruling by militarizing the islands, risking a clash with Manila.",
     {"15", "19"}),
    ("The army risks a war with India.", {"19"}),
]


@pytest.mark.parametrize("text,roots", POSSIBLE)
def test_a_possible_act_is_not_reported_done(coder, text, roots):
    events = coder.code(text, date=DATE).events
    assert not any(e.cameo.root in roots for e in events), show(events)


def test_the_possible_act_stays_available_as_hypothetical(coder_all):
    events = coder_all.code(POSSIBLE[0][0], date=DATE).events
    told = [e for e in events if e.cameo.root in ("15", "19")]
    assert told and all(e.modality == "hypothetical" for e in told), show(told)


def test_a_done_act_with_can_nowhere_stays_asserted(coder):
    events = coder.code("Chinese coast guard ships fired water cannon at a Philippine supply "
                        "boat on Sunday.", date=DATE).events
    assert any(e.cameo.root in ("17", "18", "19") for e in events), show(events)
