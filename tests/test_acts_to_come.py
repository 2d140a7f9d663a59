"""Hostile acts told as coming, and acts a meeting will talk about (issue 11, session 16).

1. A hostile act the text only narrates as coming, a passive that names no doer under no word
   of promise, threat, intention or saying, is that act, still to come
   (`intentions.narrated_future`, `recode`): "Fujimori will be tried" is a trial to come (173,
   modality "future"), not a threat of repression (137). A threat needs someone who makes it:
   "Canada warned Iran that it would impose new sanctions", "the US will impose tariffs, the
   White House said" and a subject's own act to come ("Slovenia will recall its ambassador",
   tests/test_codes_by_actor.py) stay threats.
2. What a meeting will discuss is its topic, not an act to come (`modality.talked_about_act`):
   "the meeting will discuss the latest missile launch" codes no launch, as "the ministers
   discussed the launch" codes none.
"""

from __future__ import annotations

import pytest
from sentence_checks import DATE, has, show

NARRATED = [
    ("Former president Alberto Fujimori will be tried in a special court in Lima.", "17"),
    ("Former president Jair Bolsonaro will be barred from holding public office for eight "
     "years.", "17"),
]


@pytest.mark.parametrize("text,root", NARRATED)
def test_a_hostile_act_narrated_as_coming_is_that_act(coder, text, root):
    events = coder.code(text, date=DATE).events
    assert any(e.cameo.root == root and e.modality == "future" for e in events), show(events)
    assert not any(e.cameo.root == "13" for e in events), show(events)


SAID = [
    ("The United States will impose tariffs on Canadian steel from next month, the White House "
     "said.", "USA", "13", "CAN"),
    ("Canada warned Iran that it would impose new sanctions.", "CAN", "13", "IRN"),
    ("The United States will impose tariffs on Canadian steel from next month.", "USA", "13",
     "CAN"),
]


@pytest.mark.parametrize("text,source,root,target", SAID)
def test_a_hostile_act_someone_announces_is_a_threat(coder, text, source, root, target):
    events = coder.code(text, date=DATE).events
    assert has(events, source, root, target), show(events)


@pytest.mark.parametrize("text", [
    "The meeting will discuss the latest North Korean missile launch.",
    "The ministers discussed the latest North Korean missile launch on Friday.",
])
def test_what_a_meeting_talks_about_is_no_act(coder, text):
    events = coder.code(text, date=DATE).events
    assert not any(e.cameo.root in ("13", "15", "19") for e in events), show(events)
