"""Who takes part, and what only frames the act (issue 11, "wrong actors" on multilateral news).

1. The occasion an act happens at is no party to it (`syntax.aside`): "agreed to deepen
   cooperation at the ASEAN summit" is aimed at no one, not at ASEAN; whoever a meeting is
   held *with* stays its party ("at a meeting with Malaysia").
2. A plural word of no known role followed by a list of countries is one party per country
   (`SentenceActors._roles_of_countries`): "the leaders of Chile, Peru and Bolivia".
3. Aid told by the vehicles that carry it (`transfer._carried`, `carriers.carrier_senders`): a
   participle of the arrival ("landed in Juba carrying medicines"), the vehicles a count holds
   ("a convoy of 40 trucks carrying flour"), and the sender named on the vehicles themselves
   ("Jordanian army trucks").
4. The doer of a passive told at an occasion took part in it ("was announced by X during a
   meeting with Y"); two parties of one role are two ("a judge ordered the arrest of lawyers",
   both JUD); the two names of a border are the sides of a clash on it.

Every sentence is written for this file in the style of wire copy.
"""

from __future__ import annotations

import pytest
from sentence_checks import DATE, has, show

OCCASION = [
    "Vietnam pledged to expand maritime cooperation at the ASEAN summit in Hanoi on Monday.",
    "Kenya agreed to boost trade on the sidelines of the African Union summit.",
]


@pytest.mark.parametrize("text", OCCASION)
def test_the_occasion_is_no_party(coder_all, text):
    events = coder_all.code(text, date=DATE).events
    assert not any(e.target is not None and e.target.code.startswith("IGO") for e in events), \
        show(events)


def test_a_meeting_with_someone_keeps_its_party(coder):
    events = coder.code("Peru agreed to widen cooperation at a meeting with Chile on Friday.",
                        date=DATE).events
    assert has(events, "PER", "03", "CHL"), show(events)


def test_the_leaders_of_a_list_are_one_party_each(coder):
    events = coder.code("The leaders of Chile, Peru and Bolivia criticised Venezuela on Monday.",
                        date=DATE).events
    for country in ("CHL", "PER", "BOL"):
        assert any(e.source.country == country and e.cameo.root == "11" for e in events), \
            show(events)


CARRIED = [
    # the participle hangs on the arrival verb
    ("Two Qatari air force planes landed in Khartoum on Sunday, carrying medicines and tents "
     "for flood victims.", "QAT", "SDN"),
    # the vehicles a count holds, each with its own participle
    ("A convoy of 40 trucks carrying flour from the World Food Programme reached Goma on "
     "Sunday.", "IGOUNO", "COD"),
    # the sender named on the vehicles of a count
    ("A total of 12 Jordanian army trucks arrived in Gaza on Tuesday, bringing food and "
     "blankets.", "JOR", "PSE"),
]


@pytest.mark.parametrize("text,source,target", CARRIED)
def test_aid_told_by_its_vehicles(coder, text, source, target):
    events = coder.code(text, date=DATE).events
    assert has(events, source, "07", target), show(events)


def test_weapons_that_arrive_carried_are_no_aid(coder):
    events = coder.code("Two cargo planes landed in Tripoli carrying rifles for the militia.",
                        date=DATE).events
    assert not any(e.cameo.code == "073" for e in events), show(events)


def test_the_doer_of_a_passive_took_part_in_its_occasion(coder):
    """"This was made known by X during a meeting with Y": X met Y (`nominal.passive_doer`)."""
    events = coder.code("The new trade route was announced by Tonga's prime minister during a "
                        "bilateral meeting with his Fijian counterpart.", date=DATE).events
    assert has(events, "TON", "04", "FJI"), show(events)


def test_two_parties_of_one_role_are_two(coder):
    """A judge who orders lawyers arrested, the police who detain officers: the same role code,
    two parties (`targets._two_of_a_role`); a government's official and "his counterpart" of the
    same country stay one party."""
    events = coder.code("A Bolivian judge has ordered the arrest of four defence lawyers.",
                        date=DATE).events
    assert has(events, "BOLJUD", "17", "BOLJUD"), show(events)
    events = coder.code("Peru's foreign minister met his Peruvian counterpart in Lima.",
                        date=DATE).events
    assert not any(e.source.code == e.target.code for e in events if e.target), show(events)


@pytest.mark.parametrize("text,a,b", [
    ("Clashes on the Uzbek-Kyrgyz border began on Thursday.", "UZB", "KGZ"),
    ("Fighting along the Sudan-Chad border killed 14 people.", "SDN", "TCD"),
])
def test_the_two_names_of_a_border_are_the_sides_of_its_clashes(coder_all, text, a, b):
    """"Clashes on the Kyrgyz-Tajik border" with no side named: the two names the hyphen joins
    are the sides (`syntax.hyphen_pair`); one side named keeps the border's other name only."""
    events = coder_all.code(text, date=DATE).events
    assert has(events, a, "19", b) and has(events, b, "19", a), show(events)
