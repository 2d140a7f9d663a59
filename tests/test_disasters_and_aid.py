"""Victims of natural hazards (issue 11, session 16).

Violence needs an attacker: in a sentence that names a natural hazard (an earthquake, a typhoon,
a flood ...; `unnamed.HAZARDS`, from WordNet natural phenomenon.n), deaths, damage and
displacement get no unidentified attacker, and no place or guessed party as one.
"""

from __future__ import annotations

import pytest
from sentence_checks import DATE, show


@pytest.mark.parametrize("text", [
    "More than 300,000 people were displaced in Mindanao after the typhoon, officials said.",
    "Eleven people were injured in Kathmandu when buildings collapsed during the earthquake.",
])
def test_victims_of_a_natural_hazard_have_no_attacker(coder, text):
    events = coder.code(text, date=DATE).events
    assert not any(e.cameo.root in ("18", "19", "20") for e in events), show(events)


def test_an_attack_beside_a_storm_keeps_its_attacker(coder):
    events = coder.code("Gunmen killed 12 villagers in Zamfara state on Sunday as a storm hit "
                        "the region, police said.", date=DATE).events
    assert any(e.cameo.root in ("18", "19") for e in events), show(events)


def test_damage_an_attack_did_is_the_attacks(coder):
    """A passive of damage whose phrase names the attack that did it ("as a result of the
    missile strike", "in the shelling") is the attack's effect, not a seizure or destruction of
    property of its own (171; `parties.effect_of_attack`, policy "effect of an attack")."""
    events = coder.code("Russia launched a wave of missiles at Ukraine on Wednesday.\n\n"
                        "As a result of today's massive Russian missile strike, residential "
                        "buildings were damaged in Kyiv Region.", date="2022-11-23").events
    assert not any(e.cameo.root == "17" for e in events), show(events)


def test_an_arrest_in_a_battle_is_still_an_arrest(coder):
    events = coder.code("Yemeni troops fought Houthi rebels near Saada on Monday.\n\n"
                        "More than five rebels were arrested in the battle, the army said.",
                        date="2009-09-17").events
    assert any(e.cameo.root == "17" for e in events), show(events)
