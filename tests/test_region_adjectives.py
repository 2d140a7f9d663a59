"""A country's adjective inside a region's ("South American", "Latin American", "Central
American", "Pan-American") names no actor of that country (names._in_a_region_name); a
country's own compound adjectives ("South Korean", "South African") still do.

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


@pytest.mark.parametrize("text,country", [
    ("Protesters marched through the New Guinea highlands on Monday.", "GIN"),
    ("Lawmakers for the West New Georgia constituency won re-election on Monday.", "GEO"),
])
def test_new_makes_another_place_of_a_country_name(coder, text, country):
    """"New Guinea", "New Georgia" (session 18, read from batch v): another place than Guinea
    or Georgia; "Papua New Guinea" and "New Zealand" are matched whole."""
    assert country not in _countries(coder, text)


def test_a_country_named_with_new_is_itself(coder):
    got = _countries(coder, "Papua New Guinea and New Zealand signed a security pact in "
                            "Port Moresby.")
    assert {"PNG", "NZL"} <= got, got
