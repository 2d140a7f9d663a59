"""Subjects a sentence leaves implicit (docs/policy.md, "Subjects left implicit"): the source of
an act sits in the same sentence but not as the trigger's own grammatical subject.

(a) "it"/"they" subject of a reported clause takes up the reporting verb's subject, an
    institution named by its role included ("the Kenyan government said it would ...");
(b) an infinitive on a control noun ("X's decision to impose", "made every effort to expand",
    "plans to visit") is the act of the noun's owner or of the governing verb's subject, with
    the modality of the noun's verb;
(c) a participle coordinated with a passive is passive too ("was arrested and charged").

Wire copy written by the team for these tests; each row names the root, source and target the
event must have, or says that no event may come out."""

from __future__ import annotations

import pytest

from eventwire.syntax import CONTROL_NOUNS, controlling_noun, shared_passive

DATE = "2024-03-12"

POSITIVE = [
    # (a) a pronoun subject of a reported clause
    ("it: a government by its role",
     "NAIROBI - The Kenyan government said on Monday it would cooperate with Uganda on "
     "border security.", "03", "KENGOV", "UGA"),
    ("it: an army by its role",
     "The Nigerian army said it had arrested 40 suspected militants in Borno state.",
     "17", "NGAMIL", None),
    ("it: a navy by its role",
     "The Philippine navy said it had fired warning shots at a Chinese vessel near the shoal.",
     "13", "PHLMIL", "CHN"),
    ("it: a ministry by its role",
     "The Malian foreign ministry said it would expel the French ambassador.",
     "13", "MLIGOV", "FRAGOV"),
    ("it: an institution no table names, by its country's name",
     "The US Treasury Department said on Wednesday it imposed sanctions on three Iranian "
     "shipping firms.", "16", "USA", "IRNBUS"),
    ("it: a report after its clause",
     "It would cooperate with the United Nations on refugees, the Somali government said.",
     "03", "SOMGOV", "IGOUNO"),
    ("we: a person speaking for the institution their role names",
     "\"We are imposing sanctions on Russian banks,\" the Japanese foreign minister said.",
     "16", "JPNGOV", "RUSBUS"),
    ("they: a plural institution",
     "Iranian officials said they had seized a British tanker in the Gulf.", "17", "IRNGOV", "GBR"),
    # (b) control nouns
    ("possessor of a decision",  # a decision taken is the act decided (decisions.py)
     "Brazil's decision to impose sanctions on Venezuela angered officials in Caracas.",
     "16", "BRA", "VEN"),
    ("subject of the verb governing the noun",
     "The Egyptian government made every effort to expand cooperation with Sudan.",
     "03", "EGYGOV", "SDN"),
    ("plans are an intent",
     "The Indian prime minister announced plans to visit Japan in May.", "03", "INDGOV", "JPN"),
    ("a minister's plan keeps the minister's country",
     "The Indian minister's plan to visit Japan was welcomed in Tokyo.", "03", "INDGOV", "JPN"),
    # (c) coordinated passives
    ("coordinated passive with a shared agent",
     "The protesters were beaten and arrested by Iranian security forces.",
     "17", "IRNCOP", "IRNOPP"),
    ("the parser's 'was + adjective and verb' reading of a coordinated passive",
     "The detainee was handcuffed and shackled by Egyptian guards.", "17", "EGY", "EGYCVL"),
    ("a second verb the parser leaves as a bare dependent",
     "The Sudanese army shelled the town, then seized the bridge from the rebels.",
     "19", "SDNMIL", "SDNREB"),
    ("a gerund after 'while' is the clause subject's act",
     "While visiting Kenya, the Indian prime minister signed a trade deal with Nairobi.",
     "04", "INDGOV", "KEN"),
    ("coordinated active verbs share their subject",
     "The Sudanese army shelled the town and seized the bridge from the rebels.",
     "19", "SDNMIL", "SDNREB"),
]

NEGATIVE = [
    ("a reported state is no event", "Kenya said it was a difficult year for farmers."),
    ("a government's state is no event",
     "The Kenyan government said it was a difficult year for farmers."),
    ("'it' standing for a clause is no actor",
     "The Kenyan government said it was important to cooperate with Uganda."),
    ("a call is not the caller's act: no ending of the war by the UN",
     "The UN's call to end the war in Sudan went unheeded."),
]

DROPPED = [
    # the control noun's verb makes the act not done (hypothetical, negated or refused)
    ("an attempt is not done", "The Turkish army made an attempt to capture the Syrian town.",
     "19"),
    ("a failure is negated", "Kenya's failure to arrest the Sudanese president drew criticism.",
     "17"),
]


def _events(coder, text):
    return coder.code(text, date=DATE).events


@pytest.mark.parametrize("why,text,root,source,target", POSITIVE,
                         ids=[p[0] for p in POSITIVE])
def test_implicit_subject_found(coder, why, text, root, source, target):
    events = [e for e in _events(coder, text) if e.cameo.code[:2] == root]
    assert events, f"no {root} event in {text!r}"
    assert any(e.source.code == source and (target is None or e.target is not None
                                            and e.target.code == target)
               for e in events), [(e.source.code, e.target and e.target.code) for e in events]


@pytest.mark.parametrize("why,text", NEGATIVE, ids=[n[0] for n in NEGATIVE])
def test_no_event(coder, why, text):
    assert not _events(coder, text)


@pytest.mark.parametrize("why,text,root", DROPPED, ids=[d[0] for d in DROPPED])
def test_not_done_is_left_out(coder, coder_all, why, text, root):
    assert not [e for e in _events(coder, text) if e.cameo.code[:2] == root]
    kept = [e for e in _events(coder_all, text) if e.cameo.code[:2] == root]
    assert kept and all(e.modality in ("hypothetical", "negated", "refused") for e in kept)


def test_purpose_infinitive_is_no_act_of_the_subject(coder):
    """A purpose infinitive is a goal, not an act done ("sending ships to encircle the
    island"): the control rule stops at control nouns, it does not reach purpose clauses."""
    text = "China launched drills on Monday, sending warships to encircle the island of Taiwan."
    assert not [e for e in _events(coder, text) if e.cameo.code[:2] in ("18", "19")]


def test_it_never_takes_up_a_person_role(coder):
    """"The minister said it ..." : "it" is not the minister (a person)."""
    text = "The Malian foreign minister said it would expel the French ambassador."
    assert not [e for e in _events(coder, text) if e.source.code == "MLIGOV"
                and e.cameo.code[:2] == "13"]


def test_they_never_takes_up_one_person(coder):
    """"The minister said they would arrest ...": "they" are others, not the minister."""
    text = "The Kenyan interior minister said they would arrest the Ugandan traders."
    assert not [e for e in _events(coder, text) if e.source.code == "KENGOV"
                and e.cameo.code[:2] == "17"]


ACROSS = [
    # (text, root, the source a later "it" must give, or None: no event of that root from "It")
    ("it: the state that was the subject of the sentence before",
     "Kenya recalled its ambassador from Somalia on Monday. It also summoned the Somali envoy "
     "in Nairobi.", "11", "KEN"),
    ("it: never a person",
     "The Kenyan foreign minister criticised Uganda on Monday. It summoned the Ugandan envoy.",
     "11", None),
    ("it: not three sentences on",
     "Kenya recalled its ambassador from Somalia on Monday. Talks had stalled for a year. The "
     "border has been closed since June. It summoned the Somali envoy in Nairobi.", "11", None),
]


@pytest.mark.parametrize("why,text,root,source", ACROSS, ids=[a[0] for a in ACROSS])
def test_it_across_sentences(coder, why, text, root, source):
    got = {e.source.code for e in _events(coder, text) if e.cameo.code[:2] == root
           and e.source.text == "It"}
    assert got == ({source} if source else set())


def test_grammar_helpers(coder):
    doc = coder.nlp("Ethiopia launched a bid to end the war. The man was arrested and charged.")
    end = next(t for t in doc if t.lower_ == "end")
    assert controlling_noun(end) is not None and controlling_noun(end).lower_ == "bid"
    assert "call" not in CONTROL_NOUNS and "appeal" not in CONTROL_NOUNS
    charged = next(t for t in doc if t.lower_ == "charged")
    assert shared_passive(charged)
    launched = next(t for t in doc if t.lower_ == "launched")
    assert not shared_passive(launched)
