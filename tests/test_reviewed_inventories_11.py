"""Documents that parties sign (CAMEO 057): the entries of
lexicon/reviewed-inventories-11.yaml, and the passive signing of any agreement (issue 11,
session 16). Sentences of our own."""

from __future__ import annotations

import pytest
from sentence_checks import DATE, has, show

SIGNED = [
    ("Kenya and Uganda signed a comprehensive document on border trade on Monday.",
     "KEN", "UGA"),
    ("China and Laos signed a joint statement on deepening their partnership.", "CHN", "LAO"),
    ("Ghana and Togo signed a joint communique on security cooperation in Accra.",
     "GHA", "TGO"),
    # the signed paper as the passive subject is the verb's object, as a deployment's troops are
    ("An agreement was signed by Kenya and Uganda on Monday.", "KEN", "UGA"),
    ("The treaty was signed by the presidents of Kyrgyzstan and Tajikistan in Khujand.",
     "KGZ", "TJK"),
]


@pytest.mark.parametrize("text,one,other", SIGNED)
def test_documents_signed_are_agreements(coder, text, one, other):
    events = coder.code(text, date=DATE).events
    assert has(events, one, "057", other) and has(events, other, "057", one), show(events)


NOT_SIGNED = [
    "Thousands of citizens signed a statement demanding the release of the journalist.",
    "The president signed a document appointing a new cabinet.",
    "The United States, Britain and France issued a joint statement urging restraint.",
    "A new law was signed by the president on Monday.",
]


@pytest.mark.parametrize("text", NOT_SIGNED)
def test_what_is_no_agreement_between_parties(coder, text):
    events = coder.code(text, date=DATE).events
    assert not any(e.cameo.code == "057" for e in events), show(events)


def test_a_statement_that_carries_an_act_is_that_act(coder_all):
    """"issued a joint statement urging restraint": the urging is the event, not also a bare
    statement (010; `events.carried_act`); a statement that carries no act stays one."""
    events = coder_all.code("Germany and France issued a joint statement urging both sides to "
                            "exercise restraint.", date=DATE).events
    assert any(e.cameo.root == "02" for e in events), show(events)
    assert not any(e.cameo.code == "010" for e in events), show(events)
    events = coder_all.code("Kenya issued a statement on Monday about the border.",
                            date=DATE).events
    assert any(e.cameo.code == "010" for e in events), show(events)
