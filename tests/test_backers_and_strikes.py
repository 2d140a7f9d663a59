"""Backers named inside a party's phrase, strikes told in a sentence of war, and the doer of
another act (issue 11, session 17). The sentences are the team's own.

1. "Iranian-backed Houthi rebels", "Moscow's ally Belarus", "Hamas ally Hezbollah": the backer or
   ally named before a party neither gives it its nationality nor becomes its counterpart
   (`backers.mark`). A coalition led by a country stays that country's.
2. A noun "strike" in a sentence that names war, its victims or a weapon, and nothing of work or
   protest, is no walkout (`events.military_strike`).
3. The one other country a sentence names stands in for a missing counterpart only when it does
   no act of its own there (`targets.doer_of_another`).
4. People hurt in clashes, protests or riots, or protesters hurt, have no unidentified armed
   group as attacker (`unnamed.in_unrest`).
"""

from __future__ import annotations

import pytest
from sentence_checks import DATE, has, show

BACKED = [
    ("Iranian-backed Houthi rebels fired missiles at Israel on Sunday.", "YEMREB", "19", "ISR",
     "IRN"),
    ("Hamas ally Hezbollah fired rockets into northern Israel.", "LBNREB", "19", "ISR", "PSE"),
    ("Russian ally Belarus hosted the talks with Ukraine.", "BLR", "04", "UKR", "RUS"),
    ("Rwandan-backed M23 rebels seized the town of Goma in Congo.", "CODREB", "19", "*", "RWA"),
    ("Israel struck Iranian-backed Hezbollah fighters in Syria.", "ISR", "19", "*", "IRN"),
]


@pytest.mark.parametrize("text,source,root,target,backer", BACKED)
def test_the_backer_is_neither_party(coder, text, source, root, target, backer):
    events = coder.code(text, date=DATE).events
    assert has(events, source, root, target), show(events)
    assert not any(backer in (e.source.country, e.target.country if e.target else None)
                   for e in events), show(events)


def test_an_ally_in_the_possessive_is_no_counterpart(coder):
    """"Moscow's ally Belarus condemned ...": Moscow is not whom Belarus condemned."""
    events = coder.code("Moscow's ally Belarus condemned the new sanctions on Friday.",
                        date=DATE).events
    assert not any(e.target is not None and e.target.country == "RUS" for e in events), \
        show(events)


def test_a_party_known_only_by_its_backer_is_the_backer_s(coder):
    """"Armenian-backed forces" have no name or nationality of their own: the backer's, as the
    seed article codes them."""
    events = coder.code("Armenian-backed forces shelled Azerbaijani villages overnight.",
                        date=DATE).events
    assert has(events, "ARM", "19", "AZE"), show(events)


def test_a_coalition_led_by_a_country_is_that_country(coder):
    events = coder.code("The Saudi-led coalition struck Houthi positions in Yemen.",
                        date=DATE).events
    assert has(events, "SAU", "19", "YEM"), show(events)


STRIKES = [
    ("Hezbollah said it fired rockets into northern Israel after Israeli strikes the day before "
     "left five dead in southern Lebanon.", False),
    ("Several strikes have hit Hezbollah positions further north in recent weeks.", False),
    ("The 24-hour strike called by the Tunisian General Labour Union was widely observed.", True),
    ("Kenyan doctors on strike said two patients had died in Nairobi.", True),
]


@pytest.mark.parametrize("text,walkout", STRIKES)
def test_a_strike_in_a_sentence_of_war_is_no_walkout(coder, text, walkout):
    events = coder.code(text, date=DATE).events
    assert any(e.cameo.root == "14" for e in events) is walkout, show(events)


def test_the_doer_of_another_act_is_no_counterpart(coder):
    """"Hailed by A and B but branded a mistake by C": C does an act of its own in the sentence
    (`targets.doer_of_another`); it is not whom A and B praised (session 17, batch u)."""
    events = coder.code("The agreement was welcomed by Iran, France and the European Union but "
                        "branded a dangerous mistake by Israel.", date=DATE).events
    assert not any(e.cameo.root == "05" and e.target is not None and e.target.country == "ISR"
                   for e in events), show(events)


def test_the_one_other_country_still_stands_in_when_it_does_nothing_else(coder):
    events = coder.code("Egypt condemned the raid, which Israel carried out overnight.",
                        date=DATE).events
    assert has(events, "EGY", "11", "ISR"), show(events)


UNREST = [
    ("More than 40 people, protesters and police officers among them, were injured in the "
     "clashes in Chisinau, a hospital doctor said.", False),
    ("Dozens of protesters were also injured in the Normandy town of Rouen.", False),
    ("Two people were killed in Kabul on Monday.", True),
]


@pytest.mark.parametrize("text,armed_group", UNREST)
def test_people_hurt_in_unrest_have_no_unidentified_attacker(coder, text, armed_group):
    """Violence with no named agent inside clashes, protests or riots, or done to protesters, is
    the riot's and its policing, not an unidentified armed group's (`unnamed.in_unrest`)."""
    events = coder.code(text, date=DATE).events
    assert any(e.source.agent == "UAF" for e in events) is armed_group, show(events)
