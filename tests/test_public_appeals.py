"""A public appeal for aid that names no addressee is made to everyone (issue 11, session 18;
`targets.PUBLIC_APPEALS`, `policy.complete_without_target`). Sentences of our own.

The coders code "the UN appealed for $300 million for Somalia" with no target: Somalia is whom
the money is for, not whom the appeal is made to. An appeal that names its addressee keeps it.
"""

from __future__ import annotations

from sentence_checks import DATE, show

ARTICLE = ("Floods swept across southern Somalia this week, leaving 200,000 people homeless. "
           "On Friday, the world body appealed for $300 million for Somalia. ")


def test_an_appeal_for_a_country_is_made_to_everyone(coder):
    events = [e for e in coder.code(ARTICLE, date=DATE).events if e.cameo.root == "02"]
    assert events, "no appeal"
    assert all(e.source.code == "IGOUNO" and e.target is None for e in events), show(events)


def test_an_appeal_to_a_named_party_keeps_it(coder):
    events = coder.code("Floods swept across southern Somalia this week. On Friday, Somalia's "
                        "president appealed to Turkey for emergency aid.", date=DATE).events
    assert any(e.cameo.code.startswith("023") and e.target is not None
               and e.target.code.startswith("TUR") for e in events), show(events)


def test_seeking_a_loan_is_no_public_appeal(coder):
    """"Seeking billions in support" names no public appeal: with no lender named it is left
    out for want of a target, as before."""
    events = coder.code("Egypt's economy shrank again this year. The government is seeking "
                        "billions in support to meet its debts.", date=DATE).events
    assert not any(e.cameo.root == "02" and e.target is None for e in events), show(events)
