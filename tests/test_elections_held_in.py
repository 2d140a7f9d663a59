"""Whose election (issue 11, session 17; `targets.holder_and_public`). The sentences are the
team's own.

An election held is the state's act toward its public. Its country is the one the election's
own phrase places it in ("the presidential election in the Seychelles"), else one its phrase or
its winner names, else the sentence's one country. A description the parser hangs on the verb as
a second object ("..., the first opposition victory since independence from Britain") is
neither the election's phrase nor its date.
"""

from __future__ import annotations

from sentence_checks import DATE, has, show


def test_the_place_an_election_is_held_in_gives_its_country(coder):
    events = coder.code("Opposition candidate Joseph Marie has won the presidential election in "
                        "the Seychelles, the commission announced, the first opposition victory "
                        "since independence from Britain 40 years ago.", date=DATE).events
    assert has(events, "SYCGOV", "0831", "SYCCVL"), show(events)
    assert not any(e.source.country == "GBR" for e in events), show(events)


def test_an_election_of_an_earlier_year_is_not_held_now(coder):
    events = coder.code("He lost the 2022 election to his rival, the commission said.",
                        date=DATE).events
    assert not any(e.cameo.code == "0831" for e in events), show(events)


def test_the_winner_still_names_the_country_where_no_place_does(coder):
    events = coder.code("South Korea's Yoon Suk Yeol narrowly won Wednesday's presidential "
                        "election.", date=DATE).events
    assert has(events, "KORGOV", "0831", "KORCVL"), show(events)
