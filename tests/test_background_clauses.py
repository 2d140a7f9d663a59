"""Clauses and phrases that tell background, not news (background.py, docs/policy.md): a named
party described in a relative clause in the present perfect, an event noun that is the topic of
talk, and an act in the perfect told over a long span of time or counted from long ago. Each has a sentence it drops and a close one that must still code; our own wire copy."""

from __future__ import annotations

import pytest
from sentence_checks import DATE, has, show

from eventwire.policy import DEFAULT_DROP


def _acts(coder_all, text):
    return [e for e in coder_all.code(text, date=DATE).events if e.modality not in DEFAULT_DROP]


DROPPED = [
    # (construction, text, (source, CAMEO root, target) left out as background)
    ("a named party described in the present perfect",
     "Belarus, which has backed Moscow in its war, and Hungary blocked the plan on Monday.",
     ("BLR", "05", "RUS")),
    ("the same with 'who' and a person",
     "Kagame, who has armed the M23 rebels for years, met Tshisekedi in Luanda on Friday.",
     ("RWA", "07", "*")),
    ("an event noun discussed",
     "Egypt and Qatar discussed the war between Israel and Hamas on Sunday.",
     ("ISR", "19", "PSE")),
    ("an event noun as the topic of a conference",
     "Ministers met in Cairo for a conference on the blockade of Gaza by Israel.",
     ("ISR", "19", "PSE")),
    ("a tally in the perfect over recent years",
     "Armed gangs have killed hundreds of villagers in Zamfara in recent years.",
     ("*", "20", "*")),
    ("an activity in the perfect progressive for months",
     "Teachers in Kenya have been staging strikes for five months over unpaid wages.",
     ("KEN", "14", "*")),
    ("an event noun a meeting focused on",
     "The Arab League meeting focused on the Israeli siege of Gaza.",
     ("ISR", "19", "PSE")),
    ("a tally counted from the start of a war",
     "At least 40 Malian soldiers have been killed by jihadists since the start of the "
     "insurgency in the north.", ("*", "19", "MLI")),
    ("a standing state counted from a month",
     "Myanmar's army has been fighting ethnic rebels in the north since October last year.",
     ("MMR", "19", "MMR")),
    ("counted from an event told in a clause",
     "Pakistani and Afghan border guards have exchanged fire along the frontier since the "
     "Taliban took power.", ("PAK", "19", "AFG")),
]

KEPT = [
    # (what must not make it background, text, (source, CAMEO root, target) still an act)
    ("a relative clause in the simple past reports what happened",
     "Protesters marched on parliament but were stopped by Kenyan riot police, who fired tear "
     "gas at them.", ("KEN", "17", "*")),
    ("a relative clause with a date of its own",
     "Venezuela, which has seized two Guyanese fishing boats this week, rejected the ruling.",
     ("VEN", "17", "GUY")),
    ("a restrictive relative clause",
     "Soldiers attacked the rebels who had occupied the village of Nyiragongo.",
     ("*", "19", "*")),
    ("an event noun reported, not talked about",
     "State television showed footage of the Israeli strikes on Gaza.",
     ("ISR", "19", "PSE")),
    ("a span that measures what the act left behind",
     "A Kenyan court has jailed the opposition activist for nine years.",
     ("KEN", "17", "*")),
    ("a short span of the day's news",
     "Teachers in Kenya have been staging strikes for two days over unpaid wages.",
     ("KEN", "14", "*")),
    ("a span of days",
     "Armed gangs have killed 12 villagers in Zamfara in recent days.", ("*", "19", "*")),
    ("counted from a day",
     "Russia has launched 40 drones at Kyiv since Friday.", ("RUS", "19", "UKR")),
    ("counted from a day of the month",
     "Israeli jets have struck southern Lebanon since October 7.", ("ISR", "19", "LBN")),
    ("counted from an event the clause dates to a day",
     "Israel has struck Gaza since the ceasefire collapsed on Tuesday.", ("ISR", "19", "PSE")),
    ("the talk itself is still an act",
     "Egypt and Qatar discussed the war between Israel and Hamas on Sunday.",
     ("EGY", "04", "QAT")),
]


@pytest.mark.parametrize("name,text,absent", DROPPED, ids=[d[0] for d in DROPPED])
def test_background_clause_is_left_out_and_counted(coder, coder_all, name, text, absent):
    default = coder.code(text, date=DATE)
    assert not has(default.events, *absent), show(default.events)
    assert default.dropped.get("background", 0) >= 1, default.dropped
    back = [e for e in coder_all.code(text, date=DATE).events if e.modality == "background"]
    assert has(back, *absent), show(back)  # back with --all-events, labelled


@pytest.mark.parametrize("name,text,expected", KEPT, ids=[k[0] for k in KEPT])
def test_close_sentence_is_still_an_act(coder_all, name, text, expected):
    events = _acts(coder_all, text)
    assert has(events, *expected), show(events)


def test_a_relative_clause_is_its_party_alone(coder_all):
    """The clause between a party and those coordinated with it describes that party only."""
    text = "Kenya, which sent troops to Somalia, and Uganda signed a security pact on Tuesday."
    events = coder_all.code(text, date=DATE).events
    assert has(events, "KEN", "07", "SOM"), show(events)
    assert not has(events, "UGA", "07", "SOM"), show(events)
    assert has(events, "UGA", "05", "KEN"), show(events)  # the main clause is both parties'


def test_a_relative_clause_after_both_parties_is_theirs(coder_all):
    text = "Ethiopia and Eritrea, which have fought two wars, signed a pact in Asmara."
    back = [e for e in coder_all.code(text, date=DATE).events if e.modality == "background"]
    assert has(back, "ETH", "19", "ERI") and has(back, "ERI", "19", "ETH"), show(back)


def test_the_sides_of_a_topic_are_not_those_who_talk(coder_all):
    """"to discuss the war between A and B": A and B fight, they do not discuss."""
    text = "Egyptian and Jordanian ministers met in Cairo to discuss the war between Israel and Hamas."
    events = coder_all.code(text, date=DATE).events
    assert not any(e.cameo.root == "04" and (e.source.country or e.source.code)[:3]
                   in ("ISR", "PSE") for e in events), show(events)
