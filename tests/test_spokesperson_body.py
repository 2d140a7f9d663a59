"""A spokesperson named by the body they speak for ("Ministry spokesperson Mao Ning") is that
body's, with the country the article gave it before, also in a story of several countries where
no one country is the article's (actors._body_named_before)."""

from __future__ import annotations

import pytest
from sentence_checks import show

DATE = "2024-03-04"

SPOKESMAN = (
    "Egypt's foreign ministry said on Monday it had summoned the Israeli ambassador over the "
    "killing of two Egyptian border guards. Israeli officials said the army was investigating, "
    "and the United States urged both sides to avoid escalation. Ministry spokesman Ahmed Fahmy "
    "accused Israel of breaching the peace treaty.")


ARMY = (
    "Sudan's army said on Sunday it had retaken the bridge over the Nile. Chad, Egypt and "
    "Ethiopia called for a ceasefire, Kenya offered to host talks and the United States sent an "
    "envoy to Cairo. Army spokesman Nabil Abdallah accused the Rapid Support Forces of shelling "
    "homes in Omdurman.")


@pytest.mark.parametrize("text,body", [(SPOKESMAN, "EGYGOV"), (ARMY, "SDNMIL")],
                         ids=["a ministry spokesman", "an army spokesman"])
def test_a_spokesman_speaks_for_the_body_named_before(coder, text, body):
    events = coder.code(text, date=DATE).events
    accusations = [e for e in events if e.sentence == 2 and e.cameo.root == "11"]
    assert accusations and all(e.source.code == body for e in accusations), show(events)


def test_officers_are_no_spokespeople_of_a_foreign_police_named_before(coder):
    # "police officers" after "New Zealand police" may be any country's: no country is given
    # by the earlier mention (only a spokesperson speaks for the body)
    text = ("Two New Zealand police were injured in the riots in Honiara, Australian officials "
            "said. Australia and Fiji sent more troops. A shopkeeper said police officers "
            "arrested 49 people overnight.")
    events = coder.code(text, date=DATE).events
    assert not any(e.source.code.startswith("NZL") for e in events), show(events)
