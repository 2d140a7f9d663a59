"""An act in the perfect counted over a class of places is a tally of earlier acts (issue 11,
session 18, read from batch v; `background._a_tally_of_places`). Sentences of our own.

"The pontiff has visited predominantly Muslim countries including Turkey, Jordan and Egypt"
tells his earlier journeys, not visits of the day; with a date of its own ("since Monday") the
count is the day's news.
"""

from __future__ import annotations

import pytest
from sentence_checks import DATE, show

TALLIES = [
    ("The Dalai Lama has visited Buddhist countries including Mongolia, Japan and Thailand.",
     "04"),
    ("The foreign minister has visited more than 40 countries, including Brazil and Chile.",
     "04"),
    ("Rebel fighters have attacked dozens of villages in the north of Mali.", "19"),
]


@pytest.mark.parametrize("text,root", TALLIES)
def test_a_tally_is_no_act_of_the_day(coder, text, root):
    events = coder.code(text, date=DATE).events
    assert not any(e.cameo.root == root for e in events), show(events)


def test_a_dated_count_is_the_days_news(coder):
    events = coder.code("Russian forces have attacked three villages in the Kharkiv region "
                        "since Monday.", date=DATE).events
    assert any(e.cameo.root == "19" for e in events), show(events)


def test_a_visit_to_named_countries_stays_a_visit(coder):
    events = coder.code("The Dalai Lama has visited Mongolia and Japan this week.",
                        date=DATE).events
    assert any(e.cameo.root == "04" for e in events), show(events)


# session 19, read from batch w (`background._what_a_long_span_did`): what a relative clause says
# a thing that lasted years did is its toll over those years
LONG_SPANS = [
    "Peru is still counting the dead of a 20-year Maoist insurgency that killed 69,000 people.",
    "The decade-long civil war, which killed some 300,000 people, ended in 2016.",
]


@pytest.mark.parametrize("text", LONG_SPANS)
def test_the_toll_of_a_long_span_is_no_act_of_the_day(coder, text):
    events = coder.code(text, date=DATE).events
    assert not any(e.cameo.root in ("18", "19") for e in events), show(events)


def test_a_relative_clause_dated_on_its_own_is_the_days_news(coder):
    text = "Rebels of a 20-year insurgency who killed nine soldiers on Monday fled into Niger."
    events = coder.code(text, date=DATE).events
    assert any(e.cameo.root == "19" for e in events), show(events)
