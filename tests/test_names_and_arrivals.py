"""Words inside a body's name, aid told by where it came from, the court an appeal is aimed
at, and who heard a statement (issue 11, session 15).

1. A word inside a proper name that is not the name's head ("Trade" in "the World Trade
   Organization") names the body, not what an act is about or done with (`syntax.name_word`):
   "will appeal a World Trade Organization ruling" is a court appeal (115), not an appeal for
   trade (0211).
2. Aid told through its vehicle or load, with the "from" phrase on the verb it arrives by
   ("a convoy of aid trucks entered Gaza from Egypt"), is from whoever that phrase names
   (`carriers.carrier_senders`, `transfer.givers`), before any aid body the sentence names
   elsewhere.
3. A legal challenge, or an act about a verdict, that names no counterpart is aimed at the court
   of the article's last judicial act (`anaphora.court_of_judgment`): "... was sentenced ... His
   lawyer said he would appeal".
4. The outlet a speaker told something to is no speaker (`modality.modality`): in "'We will
   appeal,' Najib told reporters", the reporters heard it; an unknown speaker stays unknown.
"""

from __future__ import annotations

import pytest
from sentence_checks import DATE, has, show


def test_a_word_of_a_name_is_not_what_an_appeal_asks_for(coder):
    events = coder.code("Kenya said it would appeal a World Trade Organization ruling on its "
                        "tea tariffs.", date=DATE).events
    assert any(e.cameo.code == "115" for e in events), show(events)
    assert not any(e.cameo.code == "0211" for e in events), show(events)


def test_the_head_of_a_name_still_counts(coder):
    """"Court" heads "the Supreme Court": taking a case to it is still litigation."""
    events = coder.code("The opposition party vowed to appeal the ruling of the Supreme Court "
                        "of Kenya.", date=DATE).events
    assert any(e.cameo.root == "11" for e in events), show(events)


ARRIVED_FROM = [
    ("Fifteen trucks carrying tents and blankets crossed into northern Syria from Turkey on "
     "Friday.", "TUR", "SYR"),
    ("A convoy of aid trucks entered the Gaza Strip from Egypt on Monday.", "EGY", "PSE"),
    # the aid body named in another phrase does not outrank the "from" phrase
    ("A convoy of 20 trucks carrying humanitarian aid entered Gaza from Jordan on Sunday after "
     "talks involving the UN.", "JOR", "PSE"),
]


@pytest.mark.parametrize("text,source,target", ARRIVED_FROM)
def test_aid_is_from_where_its_carrier_came_from(coder, text, source, target):
    events = coder.code(text, date=DATE).events
    assert has(events, source, "07", target), show(events)


def test_an_appeal_is_aimed_at_the_court_that_judged(coder):
    events = coder.code("A court in Nairobi on Tuesday sentenced former Kenyan minister Amos "
                        "Kimunya to six years in prison for fraud.\n\nHis lawyer said he would "
                        "appeal.", date=DATE).events
    appeals = [e for e in events if e.cameo.code == "115"]
    assert appeals and all(e.target is not None and e.target.code == "KENJUD"
                           for e in appeals), show(events)


def test_an_appeal_with_no_judgment_before_has_no_court(coder):
    events = coder.code("The Kenyan opposition leader said he would appeal.",
                        date=DATE).events
    assert not any(e.cameo.code == "115" and e.target is not None for e in events), show(events)


def test_the_outlet_told_is_not_the_speaker(coder_all):
    events = coder_all.code("Kenya's parliament passed the finance bill on Tuesday.\n\n\"We "
                            "will challenge the verdict in court,\" Mwangi told reporters.",
                            date=DATE).events
    assert not any(e.source.code.endswith("MED") for e in events), show(events)
