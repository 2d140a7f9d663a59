"""Two ways an article places its acts when it names no one country of actors (issue 11, session
19). Wire copy of our own.

- Roles with no country in a story whose places lie in one country act there, even when the
  actors it names are of many countries (`coder`: the article's country falls back to
  `role_country.places_country`).
- An undated article still tells history from news by the years it writes out
  (`background.latest_year`, `dates.written_date`), but those years date no act.
"""

from __future__ import annotations

from sentence_checks import show

from eventwire.dates import written_date

MANY_NAMED = (
    "Police fired tear gas at protesters outside the town hall in Zvecan on Monday. The United "
    "States, France, Germany, Italy and Britain urged restraint, and Serbia put its army on "
    "alert. Protesters clashed with police again in Leposavic and Zubin Potok on Tuesday.")


def test_roles_act_where_the_storys_places_lie(coder):
    events = coder.code(MANY_NAMED, date="2023-05-30").events
    police = [e for e in events if e.source.agent == "COP"]
    assert police and all(e.source.country == "KSV" for e in police), show(events)


UNDATED = (
    "Kim Jong Un and the US president met in Singapore on Tuesday. It is a meeting comparable "
    "to the American president's 1972 visit to China. Both leaders said the talks in 2018 "
    "went well.")


def test_an_undated_article_tells_an_old_year_as_history(coder):
    events = coder.code(UNDATED).events
    assert not any(e.cameo.code == "042" and e.target and e.target.country == "CHN"
                   for e in events), show(events)


def test_years_written_in_full_need_no_publication_date():
    assert written_date("in 1972")["value"] == "1972"
    assert written_date("4 August 2020")["value"] == "2020-08-04"
    assert written_date("on Monday") is None
    assert written_date("August 4") is None
