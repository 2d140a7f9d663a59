"""Acts dated by their own clause long before the article are its history, not its news
(background.py, docs/policy.md): left out as "dated long before", counted, back with
--all-events labelled "background". Each rule has a sentence it drops and a close one that must
still code (our own wire copy; articles dated 2024-05-06)."""

from __future__ import annotations

from datetime import date

import pytest
from sentence_checks import DATE, has, show

from eventwire.background import LONG_BEFORE_DAYS, period_end
from eventwire.policy import DEFAULT_DROP

DROPPED = [
    # (construction, text, (source, CAMEO root, target) left out)
    ("a year on the act's own verb",
     "Relations have been frozen since Ghana cut ties with Togo in 2016 over a border row.",
     ("GHA", "16", "TGO")),
    ("an 'after' clause is older than the dated clause it hangs on",
     "Ghana cut ties with Togo in 2016 after Togolese soldiers shelled Ghanaian border posts.",
     ("TGO", "19", "GHA")),
    ("a verb coordinated with the dated one shares its date",
     "Chad has been unstable since rebels seized Ndjamena and toppled the president in 2008.",
     ("TCD", "17", "*")),
    ("'since' with the perfect: a state begun long ago",
     "Eritrean and Ethiopian troops have been fighting along the border since March 2021.",
     ("ERI", "19", "ETH")),
    ("years ago: history whatever the article's date",
     "Ghana cut ties with Togo two years ago over a border row.",
     ("GHA", "16", "TGO")),
    ("decades ago",
     "Ghana and Togo signed a border treaty decades ago.",
     ("GHA", "05", "TGO")),
    ("decades with their years",
     "Ghana and Togo fought a border war in the 1970s and 1980s.",
     ("GHA", "19", "TGO")),
    ("a full date with its year",
     "Peruvian police detained the former governor on 12 May 2019 in Lima.",
     ("PER", "17", "PER")),
    ("an act that ended 'until' a year long before (session 18)",
     "Togo was occupied by Ghana until its independence in 1999.",
     ("GHA", "19", "TGO")),
]

KEPT = [
    # (what must not make it history, text, (source, CAMEO root, target) still an act)
    ("the year dates another clause inside the object",
     "Kenyan police arrested an opposition activist on Monday over a rally held in 2019.",
     ("KEN", "17", "KEN")),
    ("'since' in an apposition is no date of the act",
     "Ghana expelled two Togolese diplomats, its first expulsion of envoys since 2016.",
     ("GHA", "16", "TGO")),
    ("days ago are news",
     "Ghana cut ties with Togo two days ago over a border row.",
     ("GHA", "16", "TGO")),
    ("a year ago may be within the year",
     "Ghana signed a defence pact with Togo a year ago.",
     ("GHA", "05", "TGO")),
    ("the decade the article is in",
     "Ghana and Togo signed a defence pact in the 2020s.",
     ("GHA", "05", "TGO")),
    ("a date with no written year",
     "Ghana signed a defence pact with Togo in March.",
     ("GHA", "05", "TGO")),
    ("a written year less than a year back",
     "Ghana signed a defence pact with Togo in November 2023.",
     ("GHA", "05", "TGO")),
    ("a coordinated verb with a date of its own keeps it",
     "Ghana cut ties with Togo in 2016, but this week signed a trade pact with the country.",
     ("GHA", "05", "TGO")),
    ("'until' a time to come ends nothing yet (session 18)",
     "Ghanaian troops will occupy the Togolese border town until the elections in 2025.",
     ("GHA", "13", "TGO")),
    ("the news told beside an old date in another clause",
     "Ghana restored diplomatic ties with Togo on Monday, eight years after it cut them in 2016.",
     ("GHA", "05", "TGO")),
]


def _acts(events):
    return [e for e in events if e.modality not in DEFAULT_DROP]


@pytest.mark.parametrize("name,text,absent", DROPPED, ids=[d[0] for d in DROPPED])
def test_an_act_dated_long_before_is_left_out_and_counted(coder, coder_all, name, text, absent):
    default = coder.code(text, date=DATE)
    assert not has(default.events, *absent), show(default.events)
    assert default.dropped.get("dated long before", 0) >= 1, default.dropped
    back = [e for e in coder_all.code(text, date=DATE).events if e.modality == "background"]
    assert has(back, *absent), show(back)  # back with --all-events, labelled
    assert any("dated long before" in x for e in back for x in e.evidence)


@pytest.mark.parametrize("name,text,expected", KEPT, ids=[k[0] for k in KEPT])
def test_close_sentence_is_still_an_act(coder_all, name, text, expected):
    events = _acts(coder_all.code(text, date=DATE).events)
    assert has(events, *expected), show(events)


def test_no_article_date_no_history(coder_all):
    text = "Ghana cut ties with Togo in 2016 over a border row."
    events = _acts(coder_all.code(text).events)
    assert has(events, "GHA", "16", "TGO"), show(events)


def test_years_ago_are_history_with_no_article_date(coder):
    """"Two years ago" is long before whatever the article's date, even when it has none."""
    result = coder.code("Ghana cut ties with Togo two years ago over a border row.")
    assert not has(result.events, "GHA", "16", "TGO"), show(result.events)
    assert result.dropped.get("dated long before", 0) >= 1, result.dropped


def test_the_threshold_is_counted_from_the_end_of_the_dated_period(coder, coder_all):
    published = date.fromisoformat(DATE)
    assert (published - period_end("2023")).days <= LONG_BEFORE_DAYS  # "in 2023": recent enough
    assert (published - period_end("2022")).days > LONG_BEFORE_DAYS
    text = "Ghana signed a defence pact with Togo in {}."
    assert has(_acts(coder_all.code(text.format(2023), date=DATE).events), "GHA", "05", "TGO")
    assert not has(coder.code(text.format(2022), date=DATE).events, "GHA", "05", "TGO")


def test_period_end():
    assert period_end("2016") == date(2016, 12, 31)
    assert period_end("2024-02") == date(2024, 2, 29)
    assert period_end("2019-05-12") == date(2019, 5, 12)
    assert period_end("2019-13") is None
    assert period_end(None) is None
