"""Actors and targets a sentence coded alone has to infer (issue 11, docs/policy.md "When the
text names no actor"): our own wire sentences, one or more per mechanism, with negatives."""

from __future__ import annotations

import pytest
from sentence_checks import DATE, has, show

from eventwire.geo import Gazetteer
from eventwire.knowledge import load


@pytest.fixture(scope="module")
def gaz():
    return Gazetteer(load())


# -- a subdivision named with its kind gives its country -----------------------------------

@pytest.mark.parametrize("name, country", [
    ("Borno State", "NGA"),          # not Borno, the German town
    ("Sagaing Region", "MMR"),
    ("Centre-Nord region", "BFA"),
    ("Herat province", "AFG"),       # pycountry writes Herāt
])
def test_a_subdivision_named_with_its_kind(gaz, name, country):
    got = gaz.division(name, set())
    assert got is not None and got["country"] == country


@pytest.mark.parametrize("name", [
    "Islamic State",         # an armed group
    "Russian state",         # the state, not a place
    "Punjab province",       # India and Pakistan both have one
    "Kani Township",         # a township is below the subdivisions we know (Kani is Japanese)
    "Borno",                 # no kind named: left to the city rules
])
def test_no_country_from_an_ambiguous_or_unknown_division(gaz, name):
    assert gaz.division(name, set()) is None


def test_an_ambiguous_division_is_resolved_by_the_articles_country(gaz):
    assert gaz.division("Punjab province", {"PAK"})["country"] == "PAK"


FOUND = [
    # (name, text, (source, CAMEO root or code, target))
    ("a role in a sub-national place takes its country",
     "Government troops shelled two villages in Sagaing Region overnight, residents said.",
     ("MMRMIL", "19", "MMRCVL")),
    ("a lowercase kind after the name",
     "Gunmen killed eleven farmers in the Centre-Nord region on Sunday.",
     ("BFA", "19", "BFA")),
    ("a division in apposition to a township",
     "Two fighter jets bombed a village in the south of Mawlu Township, Sagaing Region, on "
     "Friday.", ("MMRMIL", "19", "MMRCVL")),
    ("a protest noun keeps its own target, the government, not the bare country",
     "Students staged a protest in Tehran on Monday.", ("IRNEDU", "14", "IRNGOV")),
    ("a noun act done by its verb's subject is at home",
     "The army launched airstrikes in Herat province on Sunday.", ("AFGMIL", "19", "AFG")),
    ("an attack told as happening, no attacker named: an unidentified group of the place",
     "An airstrike hit a crowded market in Idlib province on Monday.", ("SYRUAF", "19", "SYR")),
    ("an unnamed attack on a named office",
     "The attack on the governor's office in Mogadishu lasted three hours.",
     ("SOMUAF", "19", "SOMGOV")),
    ("an attack 'with' a weapon names its means, not its parties",
     "A strike with missiles destroyed a school in Kharkiv on Monday.", ("UKRUAF", "19", "UKR")),
    ("violence at a civilian place in a sentence that names no country",
     "Army jets bombed the village at dawn.", ("MIL", "19", "CVL")),
    ("a protest in a sentence that names no country is aimed at a government",
     "Bus drivers blocked the main highway in protest over fuel prices.", ("LAB", "14", "GOV")),
]


@pytest.mark.parametrize("name, text, expected", FOUND, ids=[f[0] for f in FOUND])
def test_inferred_actor_finds_the_event(coder, name, text, expected):
    events = coder.code(text, date=DATE).events
    assert has(events, *expected), show(events)


NOT_FOUND = [
    # (name, text, (source, CAMEO root, target) that must not come out)
    ("an ambiguous province gives no country",
     "Unidentified gunmen attacked a police post in Punjab province on Tuesday.",
     ("IND", "19", "*")),
    ("... nor the other country that has one",
     "Unidentified gunmen attacked a police post in Punjab province on Tuesday.",
     ("PAK", "19", "*")),
    ("'Islamic State' is no subdivision",
     "Fighters loyal to the Islamic State attacked a checkpoint in the Russian state overnight.",
     ("*", "19", "USA")),
    ("an attack someone condemns is no unidentified group's",
     "Egypt condemned the attack in Cairo.", ("EGYUAF", "19", "*")),
    ("an unnamed attacker never takes another country the sentence names as target",
     "A 12th person died in central Kharkiv, where an attack damaged offices including those "
     "of the British Council.", ("*", "19", "GBR")),
    ("an attack 'with' people names its parties: no unnamed attacker",
     "An attack with Kurdish fighters hit a checkpoint in Kirkuk overnight.", ("IRQUAF", "19", "*")),
    ("a country in the sentence: no bare civilians",
     "Army jets bombed the village near the Syrian border at dawn.", ("*", "19", "CVL")),
]


@pytest.mark.parametrize("name, text, unwanted", NOT_FOUND, ids=[f[0] for f in NOT_FOUND])
def test_inference_does_not_overreach(coder, name, text, unwanted):
    events = coder.code(text, date=DATE).events
    assert not has(events, *unwanted), show(events)


def test_an_article_that_names_the_attacker_guesses_no_unnamed_one(coder):
    text = ("Russian missiles struck Kharkiv overnight, Ukrainian officials said.\n\n"
            "An attack also damaged a school in Kharkiv, the governor said.")
    events = coder.code(text, date=DATE).events
    assert has(events, "RUS", "19", "UKR"), show(events)
    assert not any(e.source.code.endswith("UAF") for e in events), show(events)


def test_the_articles_country_fills_a_bare_target(coder):
    text = ("Nigerian police arrested 40 people at a rally in Kano on Saturday.\n\n"
            "Bus drivers blocked the main highway in protest over fuel prices.")
    events = coder.code(text, date=DATE).events
    assert has(events, "NGALAB", "14", "NGAGOV"), show(events)
    assert not any(e.target is not None and e.target.code == "GOV" for e in events), show(events)
