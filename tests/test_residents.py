"""People of a place are of the state they live in (CODING.md): "elected Albanian mayors" and
"Serb residents" in a story whose places lie in Kosovo are Kosovo's (`role_country.residents`);
Kosovo's towns carry the knowledge's code KSV, not GeoNames' XKX (geo.cities). Issue 11, session
19. Wire copy of our own."""

from __future__ import annotations

from sentence_checks import show

from eventwire.geo import cities

DATE = "2023-06-02"

KOSOVO = (
    "Serbs gathered outside the town hall in Zvecan on Monday to stop newly elected Albanian "
    "mayors from entering municipal buildings in northern Kosovo. Police in Leposavic fired tear "
    "gas. The United States, France and Germany urged the elected Albanian mayors to exercise "
    "restraint.")


def test_mayors_named_by_their_ethnic_group_are_of_the_state_they_govern_in(coder):
    events = coder.code(KOSOVO, date=DATE).events
    appeals = [e for e in events if e.sentence == 2 and e.cameo.root == "02"]
    assert appeals and all(e.target.country == "KSV" for e in appeals), show(events)


def test_the_people_of_a_country_named_as_such_keep_it(coder):
    # "Albanian mayors" in a story set in Albania are Albania's
    text = ("Albanian mayors met in Tirana on Monday. Police in Durres and Shkoder detained "
            "protesters. The United States and France urged Albanian mayors to exercise "
            "restraint.")
    events = coder.code(text, date=DATE).events
    appeals = [e for e in events if e.sentence == 2 and e.cameo.root == "02"]
    assert appeals and all(e.target.country == "ALB" for e in appeals), show(events)


def test_kosovo_towns_carry_the_knowledges_code():
    assert {row["country"] for row in cities()["Zvecan"]} == {"KSV"}
