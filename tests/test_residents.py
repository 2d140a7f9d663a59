"""People of a place are of the state they live in (CODING.md): "elected Albanian mayors" and
"Serb residents" in a story whose places lie in Kosovo are Kosovo's (`role_country.residents`);
Kosovo's towns carry the knowledge's code KSV, not GeoNames' XKX (geo.cities). Issue 11, session
19. Wire copy of our own."""

from __future__ import annotations

import pytest
from sentence_checks import show

from eventwire.geo import cities

DATE = "2023-06-02"

KOSOVO = (
    "Serbs gathered outside the town hall in Zvecan on Monday to stop newly elected Albanian "
    "mayors from entering municipal buildings in northern Kosovo. Police in Leposavic fired tear "
    "gas. The United States, France and Germany urged the elected Albanian mayors to exercise "
    "restraint.")


ALBANIA = (
    "Albanian mayors met in Tirana on Monday. Police in Durres and Shkoder detained protesters. "
    "The United States and France urged Albanian mayors to exercise restraint.")


@pytest.mark.parametrize("text,country", [
    (KOSOVO, "KSV"),  # mayors named by their ethnic group are of the state they govern in
    (ALBANIA, "ALB"),  # "Albanian mayors" in a story set in Albania are Albania's
], ids=["Albanian mayors in Kosovo", "Albanian mayors in Albania"])
def test_mayors_named_by_their_ethnic_group_are_of_the_state_they_govern_in(coder, text,
                                                                            country):
    events = coder.code(text, date=DATE).events
    appeals = [e for e in events if e.sentence == 2 and e.cameo.root == "02"]
    assert appeals and all(e.target.country == country for e in appeals), show(events)


def test_kosovo_towns_carry_the_knowledges_code():
    assert {row["country"] for row in cities()["Zvecan"]} == {"KSV"}


def test_a_people_named_with_the_place_protest_as_its_civilians(coder):
    text = ("Kosovo Serbs boycotted the local elections in Zvecan and Leposavic last month. "
            "Serbia and Russia backed them, and the United States and France urged calm. On "
            "Friday, Kosovo Serbs protested outside the town hall in Zvecan.")
    events = coder.code(text, date=DATE).events
    protests = [e for e in events if e.cameo.root == "14"]
    assert protests and all(e.source.country == "KSV" for e in protests), show(events)


def test_visitors_named_by_a_bare_demonym_keep_their_country(coder):
    text = ("Japanese fans protested outside the stadium in Frankfurt after the final. Police in "
            "Frankfurt and Cologne said the United States and Sweden had asked for calm. The "
            "German hosts apologised.")
    events = coder.code(text, date=DATE).events
    assert not any(e.cameo.root == "14" and e.source.country == "DEU"
                   and "Japanese" in e.source.text for e in events), show(events)
