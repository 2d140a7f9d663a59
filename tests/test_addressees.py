"""Whom an act is done to, and acts a light verb or a tagging slip hid (issue 11, session 21).

1. A "to" phrase the parser labels a dative ("offered his congratulations to Japan") names the
   addressee, as a "to" preposition does (`slots.find_slots`).
2. A partitive ("one of the Philippine boats", "two of the protesters") is a party of the kind
   its "of" phrase names (`syntax.with_conjuncts`).
3. "had a meeting with" tells a meeting; "have good ties with" stays a standing relation
   (`syntax.HAD_OCCASIONS`).
4. Help that arrives unqualified ("aid from Thailand arrived in Myanmar") is aid given by whoever
   its phrase names, also when the small model tags a sentence-opening "Aid" as a verb; with no
   giver named, nothing is invented (`transfer.BARE_AID`).
"""

from __future__ import annotations

import pytest
from sentence_checks import DATE, has, show

FOUND = [
    ("Lee Jae-myung offered his congratulations to Japan on its election.", "KOR", "051",
     "JPN"),
    ("The Greek foreign minister extended his gratitude to Egypt for its help.", "GRC", "051",
     "EGY"),
    ("The Chinese coast guard ship fired its water cannon at one of the Philippine supply "
     "boats.", "CHN", "17", "PHL"),
    ("Israeli troops detained two of the Palestinian journalists in Hebron.", "ISR", "17",
     "PSE"),
    ("Prime Minister Nikol Pashinyan had a meeting with Russian President Vladimir Putin on "
     "Tuesday.", "ARM", "040", "RUS"),
    ("Aid from Thailand arrived in Myanmar on Tuesday.", "THA", "07", "MMR"),
    ("Relief from Kuwait reached Yemen on Sunday.", "KWT", "07", "YEM"),
]


@pytest.mark.parametrize("text,source,cameo,target", FOUND)
def test_the_act_and_its_addressee_are_found(coder, text, source, cameo, target):
    events = coder.code(text, date=DATE).events
    assert has(events, source, cameo, target), show(events)


def test_listed_givers_of_arriving_aid_each_give(coder):
    events = coder.code("Aid from Thailand, Japan and China arrived in Myanmar on Tuesday.",
                        date=DATE).events
    for giver in ("THA", "JPN", "CHN"):
        assert has(events, giver, "07", "MMR"), (giver, show(events))


@pytest.mark.parametrize("text", [
    "The two countries have good ties with Russia.",
    "The first aid arrived in Nepal on Sunday.",
])
def test_no_act_is_invented(coder_all, text):
    events = [e for e in coder_all.code(text, date=DATE).events
              if e.modality in ("asserted", "claimed")]
    assert not events, show(events)
