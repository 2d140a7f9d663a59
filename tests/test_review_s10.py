"""Review of session 10's merged modules: each test pins a bug found in review (a rule that fired
more widely than its docstring says, or two branches' rules meeting badly) with wire copy of our
own (names, places and wording written for these tests)."""

from __future__ import annotations

import pytest

DATE = "2024-03-12"


def _dyads(coder, text: str, root: str) -> set[tuple[str, str | None]]:
    return {(e.source.code[:3], e.target.code[:3] if e.target else None)
            for e in coder.code(text, date=DATE).events if e.cameo.code[:2] == root}


THREE_MET = ("Japan's foreign minister met her Chinese and South Korean counterparts in Tokyo on "
             "Monday. ")
TWO_MET = "Japan's foreign minister met her South Korean counterpart in Tokyo on Monday. "


def test_both_does_not_take_up_a_group_of_three(coder):
    """"Both" says two parties: after a meeting of three (a group collective.py's branch now
    remembers) it takes up none of them, as "both leaders" already did; "they" takes up all."""
    text = "Both later criticised North Korea."
    assert not {s for s, _ in _dyads(coder, THREE_MET + text, "11")} & {"JPN", "CHN", "KOR"}
    they = _dyads(coder, THREE_MET + "They later criticised North Korea.", "11")
    assert {s for s, _ in they} == {"JPN", "CHN", "KOR"}


def test_both_still_takes_up_a_pair(coder):
    assert {s for s, _ in _dyads(coder, TWO_MET + "Both later criticised North Korea.", "11")} \
        == {"JPN", "KOR"}


def test_roles_of_conjoined_countries_one_each(coder):
    """"the defence ministers of Ghana and Togo": one role per country, from one rule
    (sentence_actors._roles_of_countries; a second copy in _conjoined_countries was dead)."""
    text = "The defence ministers of Ghana and Togo met in Accra on Friday."
    assert _dyads(coder, text, "04") == {("GHA", "TGO"), ("TGO", "GHA")}
    text = "Russian and Ukrainian negotiators met in Istanbul on Friday."
    assert _dyads(coder, text, "04") == {("RUS", "UKR"), ("UKR", "RUS")}


CIVIL = [
    "Colombian government negotiators and ELN rebels met in Havana on Monday. ",
    "The Sudanese army and the Rapid Support Forces held talks in Jeddah on Monday. ",
]


@pytest.mark.parametrize("opening", CIVIL)
@pytest.mark.parametrize("pair", ["The two sides", "Both sides"])
def test_two_sides_of_one_country_are_a_pair(coder, opening, pair):
    """A government and the rebels of its own country are two sides: the size a numbered
    reference says is checked against the parties remembered, not against their countries
    (which merged them into one, and left "the two sides" with no one)."""
    text = opening + pair + " later signed a ceasefire."
    got = {(e.source.code, e.target.code if e.target else None)
           for e in coder.code(text, date=DATE).events if e.cameo.code[:2] == "08"}
    assert len(got) == 2 and all(t and s[:3] == t[:3] and s != t for s, t in got), got


@pytest.mark.parametrize("text, code, source, target", [
    ("The Netherlands sent 400 rifles to Estonia at the request of Tallinn.", "072", "NLD",
     "EST"),
    ("Canada delivered 300 machine guns to Latvia at the request of Riga.", "072", "CAN", "LVA"),
    ("Sweden sent 20 tonnes of flour to Sri Lanka at the invitation of Colombo.", "073",
     "SWE", "LKA"),
])
def test_complex_preposition_is_no_aim(coder, text, code, source, target):
    """transfer._aimed took any "at"/"on" phrase for an aim ("sent rockets at the positions"):
    "at the request of", "at the invitation of" say on whose word the goods are sent, and the
    transfer stays one."""
    assert (source, target) in _dyads(coder, text, "07")
    assert any(e.cameo.code == code for e in coder.code(text, date=DATE).events)


def test_aimed_at_a_place_is_still_no_gift(coder):
    text = "The militia sent mortar rounds at the village of Kadugli on Sunday."
    assert not any(e.cameo.code.startswith("07") for e in coder.code(text, date=DATE).events)
