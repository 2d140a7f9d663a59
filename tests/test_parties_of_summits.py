"""Two titled leaders as one subject, an accord's venue, and a name's own nationality (issue 11,
session 16).

1. "Title Name and Title Name" as one subject: the small model may bury the first name and the
   "and" among the second name's modifiers, making one party of two (`parse_repair.repair_parse`,
   `_buried_coordination`); each leader is a party.
2. Where a statement, intent, meeting, accord or cooperation happens is never its counterpart
   (`parties.venue`): "reached a nuclear deal in Vienna" is no act toward Austria. A place in
   another word's phrase still may be ("work with all stakeholders in Venezuela").
3. A name's own nationality outranks its apposition's (`actors.np_tokens`): "Venezuelan oil firm
   PDVSA, the toughest U.S. financial measure" is Venezuelan.
"""

from __future__ import annotations

import pytest
from sentence_checks import has, show

TWO_LEADERS = [
    ("US President Donald Trump and North Korean leader Kim Jong Un signed an agreement on "
     "Tuesday.", "2018-06-12", "USAGOV", "05", "PRKGOV"),
    ("Japanese Prime Minister Fumio Kishida and South Korean President Yoon Suk Yeol agreed on "
     "Friday to improve ties.", "2023-03-16", "JPNGOV", "03", "KORGOV"),
]


@pytest.mark.parametrize("text,date,one,root,other", TWO_LEADERS)
def test_two_titled_leaders_are_two_parties(coder, text, date, one, root, other):
    events = coder.code(text, date=date).events
    assert has(events, one, root, other) and has(events, other, root, one), show(events)


def test_a_list_parsed_right_is_left_alone(coder):
    events = coder.code("Indian Prime Minister Narendra Modi and Chinese President Xi Jinping "
                        "held talks in Wuhan.", date="2018-04-28").events
    assert has(events, "INDGOV", "04", "CHNGOV") and has(events, "CHNGOV", "04", "INDGOV"), \
        show(events)


@pytest.mark.parametrize("text", [
    "Iran reached a nuclear deal in Vienna on Tuesday.",
    "Egypt pledged closer cooperation at a meeting in Paris on Monday.",
])
def test_a_venue_is_no_counterpart(coder, text):
    events = coder.code(text, date="2015-07-14").events
    assert not any(e.target is not None and e.target.country in ("AUT", "FRA")
                   for e in events), show(events)


def test_a_place_in_the_objects_phrase_may_be_the_counterpart(coder):
    events = coder.code("The European Union pledged to work with all stakeholders in Venezuela "
                        "to promote a peaceful solution.", date="2021-02-22").events
    assert any(e.target is not None and e.target.country == "VEN" for e in events), show(events)


def test_a_names_own_nationality_outranks_its_apposition(coder):
    events = coder.code("The Trump administration on Monday imposed sweeping sanctions on "
                        "Venezuelan state-owned oil firm PDVSA, the toughest U.S. financial "
                        "measure so far.", date="2019-01-28").events
    assert has(events, "USA", "16", "VEN"), show(events)
    assert not any(e.target is not None and e.target.country == "USA" for e in events), \
        show(events)


PROTESTS = [
    # where the protesters live, and a country their demand names, are not whom they protest
    ("Sri Lankans living and working in the US held protests on Sunday demanding the "
     "resignation of President Gotabaya Rajapaksa and his return to the US.", "2022-04-12",
     "LKAGOV", "USA"),
    ("Kenyans living in Britain held a protest in London demanding the release of the "
     "opposition leader.", "2024-05-06", "KENGOV", "GBR"),
]


@pytest.mark.parametrize("text,date,addressee,not_addressee", PROTESTS)
def test_protesters_abroad_protest_at_home(coder, text, date, addressee, not_addressee):
    events = [e for e in coder.code(text, date=date).events if e.cameo.root == "14"]
    assert events and all(e.target is not None and e.target.code == addressee
                          for e in events), show(events)
    assert not any(e.target.country == not_addressee for e in events), show(events)


def test_a_state_that_protests_still_protests_at_another(coder):
    events = coder.code("China protests that the Japanese prime minister's visits to the shrine "
                        "glorify wartime conquests.", date="2005-10-17").events
    assert has(events, "CHN", "114", "JPN"), show(events)


def test_the_leaders_a_meetings_of_phrase_lists_are_its_parties(coder):
    """However the parser chains them (an apposition, then a conjunct inside an "of" phrase),
    the leaders of several countries a meeting's "of" phrase lists are its parties, one per
    country (`parties.listed_leaders`)."""
    events = coder.code("The trilateral meeting of the President of Kyrgyzstan Sadyr Zhaparov, "
                        "President of Tajikistan Emomali Rahmon and President of Uzbekistan "
                        "Shavkat Mirziyoyev took place in Khujand.", date="2025-04-01").events
    for one, other in (("KGZGOV", "TJKGOV"), ("KGZGOV", "UZBGOV"), ("TJKGOV", "UZBGOV")):
        assert has(events, one, "04", other) and has(events, other, "04", one), show(events)


def test_a_meeting_of_one_body_has_no_listed_sides(coder):
    events = coder.code("The meeting of the European Council ended in Brussels.",
                        date="2025-04-01").events
    assert not any(e.cameo.root == "04" for e in events), show(events)
