"""Parties listed after a plural noun, and givers of aid who act side by side (issue 11,
session 16).

1. A plural noun set off with a list of names stands for every name of the list
   (`syntax.with_conjuncts`): "thanked its international partners - the US, the EU, France and
   Iran" thanks all four, not only the first.
2. Two givers of aid named together are not each other's counterparts (`parties`): "Turkish and
   Egyptian rescue teams arrived in Derna" is aid from Turkey and from Egypt to Libya, never aid
   from Turkey to Egypt. Two parties of roots 03-06 and 08 that name no one else still act
   toward each other ("Kazakhstan and Uzbekistan signed a border treaty").
"""

from __future__ import annotations

import pytest
from sentence_checks import DATE, has, show

LISTED = [
    ("The Armenian prime minister thanked international partners - the US, the EU, France and "
     "Iran - for their support.", "ARM", "05",
     ["USA", "IGOEEU", "FRA", "IRN"]),
    ("Kenya's president praised its neighbours - Uganda, Tanzania and Rwanda - for their help "
     "during the floods.", "KEN", "05", ["UGA", "TZA", "RWA"]),
]


@pytest.mark.parametrize("text,source,root,targets", LISTED)
def test_a_list_after_a_plural_noun_names_every_member(coder, text, source, root, targets):
    events = coder.code(text, date=DATE).events
    for target in targets:
        want = target if len(target) == 3 else None
        assert has(events, source, root, want) if want else any(
            e.cameo.root == root and e.target is not None and e.target.code == target
            for e in events), (target, show(events))


def test_a_plural_noun_with_no_list_stays_one_party(coder):
    """Without a set-off list the plural noun is left to the other rules: no member invented."""
    events = coder.code("The Armenian prime minister thanked international partners for their "
                        "support.", date=DATE).events
    assert not any(e.target is not None and e.target.code in ("USA", "FRA", "IRN")
                   for e in events), show(events)


GIVERS_TOGETHER = [
    ("Turkish and Egyptian rescue teams arrived in Derna on Tuesday.", ["TUR", "EGY"], "LBY"),
    ("Qatari and Emirati relief planes landed in Benghazi on Monday.", ["QAT", "ARE"], "LBY"),
]


@pytest.mark.parametrize("text,givers,place", GIVERS_TOGETHER)
def test_two_givers_of_aid_do_not_aid_each_other(coder, text, givers, place):
    events = [e for e in coder.code(text, date=DATE).events if e.cameo.root == "07"]
    assert events, text
    for e in events:
        assert e.target is None or e.target.country not in givers, show(events)


def test_two_parties_that_cooperate_still_act_toward_each_other(coder):
    events = coder.code("Kazakhstan and Uzbekistan signed a treaty on their border on Friday.",
                        date=DATE).events
    assert has(events, "KAZ", "05", "UZB") or has(events, "KAZ", "03", "UZB"), show(events)
    assert has(events, "UZB", "05", "KAZ") or has(events, "UZB", "03", "KAZ"), show(events)
