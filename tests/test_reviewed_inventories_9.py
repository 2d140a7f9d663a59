"""Approval told as a description (issue 11, code 051) and a crowd forcing the police's lines
(145): the entries of lexicon/reviewed-inventories-9.yaml, the counterpart of condemnation told
as a description (reviewed-inventories-5.yaml, 111), and the naming sense of "call" ("called the
election free and fair"), which asks for nothing. Negatives use the same words in senses the
entries keep out.

The sentences are written for this file, not taken from any gold or reference set. How an
expected row is matched: tests/sentence_checks.py.
"""

from __future__ import annotations

import pytest
from sentence_checks import acts, has, show

CODED = [
    ("a step taken, with its weak adjective", "The US ambassador called the UN resolution an "
     "important step for Haiti.", ("USA", "051", "IGOUNO")),
    ("a strong adjective alone", "Kenya's president described the talks with Ethiopia as "
     "fruitful.", ("KEN", "051", "ETH")),
    ("an achievement noun", "The Malaysian prime minister called Thailand's border deal a "
     "milestone.", ("MYS", "051", "THA")),
    # b. a crowd forcing the police's lines
    ("pushing the police", "Hundreds of protesters pushed police officers outside the parliament "
     "in Chisinau.", ("MDA", "145", "MDACOP")),
    ("overrunning a police barricade", "Kenyan protesters overran a police barricade on the road "
     "to parliament.", ("KEN", "145", "KENCOP")),
]

NOT_CODED = [
    ("a weak adjective alone praises no one", "The Kenyan minister called the vote in Uganda "
     "important.", "05"),
    ("a step condemned", "Japan called China's move a dangerous step.", "05"),
    ("call for: an appeal, not a description", "Kenya called for fruitful talks with Uganda.",
     "05"),
    ("a bill pushed through parliament", "The Kenyan government pushed the police reform bill "
     "through parliament.", "14"),
]


@pytest.mark.parametrize("name,text,expected", CODED, ids=[c[0] for c in CODED])
def test_approval_told_as_a_description(coder_all, name, text, expected):
    events = acts(coder_all, text)
    assert has(events, *expected), show(events)


@pytest.mark.parametrize("name,text,root", NOT_CODED, ids=[c[0] for c in NOT_CODED])
def test_not_approval(coder_all, name, text, root):
    events = acts(coder_all, text)
    assert not any(e.cameo.root == root for e in events), show(events)


@pytest.mark.parametrize("text", [
    "The EU called the election in Kenya free and fair.",
    "The US ambassador called the UN resolution an important step to help the Haitian people.",
])
def test_naming_is_no_appeal(coder_all, text):
    """"Called X Y" names X; the appeal entries of "call" (02) never read it as asking."""
    events = acts(coder_all, text)
    assert not any(e.cameo.root == "02" for e in events), show(events)
