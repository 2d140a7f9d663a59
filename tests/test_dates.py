"""Date expressions resolved against the publication date (Thursday 1 October 2020 here)."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.dates import resolve

PUB = date(2020, 10, 1)  # a Thursday

TABLE = [
    ("on Thursday", "2020-10-01", "day"),
    ("earlier Thursday", "2020-10-01", "day"),
    ("on Tuesday", "2020-09-29", "day"),
    ("Monday night", "2020-09-28", "day"),
    ("last Thursday", "2020-09-24", "day"),
    ("yesterday", "2020-09-30", "day"),
    ("today", "2020-10-01", "day"),
    ("tomorrow", "2020-10-02", "day"),
    ("three days ago", "2020-09-28", "day"),
    ("last week", "2020-09-24", "week"),
    ("this month", "2020-10", "month"),
    ("last month", "2020-09", "month"),
    ("last year", "2019", "year"),
    ("in 2019", "2019", "year"),
    ("on Sept. 29", "2020-09-29", "day"),
    ("29 September", "2020-09-29", "day"),
    ("December 5", "2019-12-05", "day"),  # later than the article: last year's
    ("March 3, 2018", "2018-03-03", "day"),
    ("May 2019", "2019-05", "month"),
    ("2020-09-15", "2020-09-15", "day"),
]


@pytest.mark.parametrize("text,value,precision", TABLE, ids=[t[0] for t in TABLE])
def test_resolve(text, value, precision):
    got = resolve(text, PUB)
    assert got is not None and got["value"] == value and got["precision"] == precision


def test_weekday_in_the_future_tense_looks_ahead():
    assert resolve("on Monday", PUB, future=True)["value"] == "2020-10-05"


@pytest.mark.parametrize("text", ["the weekend", "recent months", "a decade", "the 1990s war"])
def test_not_a_date_we_can_pin(text):
    got = resolve(text, PUB)
    assert got is None or got["precision"] in ("year", "month")


def test_event_dates_in_an_article(coder):
    text = ("Ethiopia said on Thursday that Eritrean troops had shelled the town of Zalambessa "
            "on Tuesday. Ethiopian officials will meet Sudanese envoys on Monday.")
    events = coder.code(text, date="2020-10-01").events
    shelled = next(e for e in events if e.cameo.root == "19")
    assert shelled.date["value"] == "2020-09-29" and shelled.date["text"] == "on Tuesday"
    meet = next(e for e in events if e.cameo.root in ("03", "04"))
    assert meet.date["value"] == "2020-10-05"


def test_event_without_a_date_takes_the_publication_date(coder):
    e = coder.code("Kenya praised Uganda.", date="2020-10-01").events[0]
    assert e.date == {"value": "2020-10-01", "text": None, "precision": "day",
                      "basis": "publication date"}


def test_publication_date_from_the_url(coder):
    coded = coder.code("Kenya praised Uganda.", url="https://example.org/2021/03/04/story")
    assert coded.article.date == "2021-03-04" and coded.article.date_basis == "url"


def test_publication_date_from_the_dateline(coder):
    raw = ("Kenya and Uganda agree border patrols\n\n"
           "NAIROBI, March 12 - Kenya praised Uganda for its help on the border.\n\n"
           "Original url: https://news.example.org/2024/03/12/kenya-uganda\n")
    art = coder.article(raw)
    assert (art.date, art.date_basis) == ("2024-03-12", "dateline")
    assert art.title == "Kenya and Uganda agree border patrols"
    coded = coder.code(raw)
    assert coded.events and all(e.location and e.location["name"] == "Nairobi"
                                for e in coded.events if e.cameo.root == "05")


def test_given_date_wins_over_dateline_and_url(coder):
    raw = "NAIROBI, March 12 - Kenya praised Uganda.\n"
    assert coder.article(raw, date="2024-03-14").date_basis == "given"
