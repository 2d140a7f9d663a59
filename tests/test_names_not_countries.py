"""A country's adjective inside a region's ("South American", "Latin American", "Central
American", "Pan-American") names no actor of that country (names._in_a_region_name); a
country's own compound adjectives ("South Korean", "South African") still do. A country's name
that is one word of a longer personal name ("Mark Jordan", "Chad Harris") is the person
(names._in_a_personal_name).

Wire copy written by the team for these tests."""

from __future__ import annotations

import pytest

DATE = "2024-03-12"


def _countries(coder, text: str) -> set[str]:
    return {a.code[:3] for e in coder.code(text, date=DATE).events
            for a in (e.source, e.target) if a is not None}


@pytest.mark.parametrize("text", [
    "The Argentine president met with leaders of six South American countries in Lima.",
    "Latin American envoys criticised the Venezuelan government's decision.",
    "Delegates to the Pan-American summit praised Chile's offer.",
])
def test_a_region_adjective_is_no_american_actor(coder, text):
    assert "USA" not in _countries(coder, text)


def test_a_country_compound_adjective_still_names_its_country(coder):
    got = _countries(coder, "South Korean and South African diplomats met in Seoul.")
    assert {"KOR", "ZAF"} <= got, got


@pytest.mark.parametrize("text", [
    "Mark Jordan's attorney said he would appeal the verdict.",
    "Chad Harris, a lawyer for the family, criticised the police.",
])
def test_a_country_inside_a_personal_name_is_the_person(coder, text):
    assert not _countries(coder, text) & {"JOR", "TCD"}


def test_the_country_itself_is_still_the_country(coder):
    got = _countries(coder, "Jordan's foreign minister met his Egyptian counterpart in Amman.")
    assert "JOR" in got, got
