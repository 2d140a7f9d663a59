"""A wrong told in someone's words is the speaker's accusation (knowledge/wrongdoings.yaml,
recode.accused): "Washington has violated the one-China principle, the spokesman said" is China
accusing the United States (112), whatever the wrong's own object.

Wire copy written by the team for these tests."""

from __future__ import annotations

import pytest
from sentence_checks import has

from eventwire.knowledge import load

DATE = "2024-03-12"

ACCUSED = [
    ("a ministry's spokesman, a reported clause",
     "A spokesman for China's foreign ministry told reporters on Tuesday that Washington had "
     "seriously violated the one-China principle.", "112", "CHN", "USA"),
    ("a quote: the speaker after it",
     "\"The Russian authorities deliberately misled the inspectors about the convoy,\" Britain's "
     "foreign secretary said.", "112", "GBR", "RUS"),
    ("two doers: each accused",
     "Kenya's interior minister said Uganda and Tanzania had meddled in the election.",
     "112", "KEN", "UGA"),
    ("corruption: 1121",
     "Nigeria's anti-graft agency said the former Ghanaian minister had embezzled public funds.",
     "1121", "NGA", "GHA"),
    ("espionage: 1125",
     "The Iranian intelligence ministry said Israel had spied on its nuclear scientists.",
     "1125", "IRN", "ISR"),
]

NOT_ACCUSED = [
    ("the narrator's own voice",
     "Russia violated the principle of sovereignty, according to the treaty's text.", "11"),
    ("the speaker's own side",
     "The Kenyan president said Kenya had breached no rule.", "11"),
    ("a possibility, not a wrong done",
     "Germany's chancellor said Russia might undermine the talks.", "11"),
    ("denied",
     "The Polish government said Belarus had not violated the border.", "11"),
]


@pytest.mark.parametrize("why,text,code,source,target", ACCUSED, ids=[a[0] for a in ACCUSED])
def test_a_wrong_in_a_speakers_words_is_an_accusation(coder, why, text, code, source, target):
    events = coder.code(text, date=DATE).events
    assert has(events, source, code, target), [
        (e.cameo.code, e.source.code, e.target and e.target.code) for e in events]


@pytest.mark.parametrize("why,text,root", NOT_ACCUSED, ids=[n[0] for n in NOT_ACCUSED])
def test_no_accusation(coder, why, text, root):
    events = coder.code(text, date=DATE).events
    assert not any(e.cameo.root == root for e in events), [
        (e.cameo.code, e.source.code, e.target and e.target.code) for e in events]


def test_an_accusing_verb_keeps_its_own_code(coder):
    """"Accused Iran of violating": the accusation's own entry codes it, once."""
    events = coder.code("Kenya accused Uganda of violating the border agreement.",
                        date=DATE).events
    codes = [e.cameo.code for e in events if e.cameo.root == "11"]
    assert len(codes) == 1, codes


def test_the_table_holds_accusations_only():
    k = load()
    assert k.wrongdoings["violate"] == "112" and k.wrongdoings["embezzle"] == "1121"
    assert all(code[:2] == "11" and code in k.codebook for code in k.wrongdoings.values())
    # verbs the lexicon codes bare keep their own act code and are not listed
    assert not {"repress", "torture", "steal", "intimidate"} & set(k.wrongdoings)
