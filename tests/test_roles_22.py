"""Who acts, by role words (issue 11, session 22).

1. An officer's rank before a name is the armed forces' ("Colonel Aminu Bako", "Rear Admiral
   Jose Garcia"): the ranks of general, flag and field officers from WordNet's inventory
   (agents.yaml, MIL), not the ranks that are also other words ("captain", "major").
2. A body word the small model tags as an adjective still names the body of a role any body has
   ("a rebel spokesman", "a militant official", "a military spokesman"; `names.GENERIC_ROLES`),
   also in apposition to an unknown name; "an official visit" names no official.
3. A person the knowledge does not list, described by a role phrase in apposition ("Matthew
   Wale, the leader of the opposition"), is that role's actor (`ActorFinder._described_by`).
4. The regular past form after such an apposition's closing comma is the sentence's finite
   verb, not a participle ("..., called for the prime minister to resign";
   `parse_repair._finite_after_apposition`); a participle with a passive's marks stays one.
5. The subject of a "for ... to" clause is who an appeal asks ("called for Sogavare to resign";
   `slots.find_slots`).
6. A person the knowledge does not list, to whom an agentless coercive or legal act is done
   ("Mr Protasevich was detained"), is a private person of the country the article is about, and
   the authorities of that country did it (`unnamed.private_persons`).
7. What an object-control verb permits or asks is not done, also when the model parses its
   object and infinitive as a clause of their own ("the pact allows China to send police";
   `modality.modality`).
"""

from __future__ import annotations

import pytest
from sentence_checks import DATE, show

RANKED = [
    ("Colonel Aminu Bako accused the rebels of attacking civilians in Borno, Nigeria.", "NGAMIL"),
    ("Rear Admiral Jose Garcia accused the rebels of attacking civilians in Sulu, the "
     "Philippines.", "PHLMIL"),
    ("Lieutenant General Hassan Idris accused the rebels of attacking civilians in Darfur, "
     "Sudan.", "SDNMIL"),
]


@pytest.mark.parametrize("text,source", RANKED)
def test_an_officer_s_rank_is_the_armed_forces(coder, text, source):
    events = coder.code(text, date=DATE).events
    assert any(e.source.code == source for e in events), show(events)


def test_a_rank_that_is_another_word_is_no_officer(coder):
    events = coder.code("Team captain Ali Musa accused the referee of bias in Nairobi, Kenya.",
                        date=DATE).events
    assert not any(e.source.code.endswith("MIL") for e in events), show(events)


BODIES = [
    ("A rebel official in Mali accused the army of attacking civilians.", "MLIREB"),
    ("A militant spokesman in Nigeria accused the army of attacking civilians.", "NGAREB"),
    ("A military spokesman in Mali accused the rebels of attacking civilians.", "MLIMIL"),
    ("Djouma Narkoyo, a rebel spokesman, accused the army of attacking Bangui.", "CAFREB"),
]


@pytest.mark.parametrize("text,source", BODIES)
def test_a_body_tagged_as_an_adjective_names_its_role_s_body(coder, text, source):
    events = coder.code(text, date=DATE).events
    assert any(e.source.code == source and e.cameo.root == "11" for e in events), show(events)


def test_an_official_visit_names_no_official(coder):
    events = coder.code("The first official visit of the Kenyan president to Uganda began on "
                        "Monday.", date=DATE).events
    assert all(e.source.text != "official" for e in events), show(events)
    assert not any(e.source.code == "UGAGOV" for e in events), show(events)


DESCRIBED = [
    ("Matthew Wale, the leader of the opposition in the Solomon Islands, accused Prime Minister "
     "Manasseh Sogavare of lying.", "SLBOPP", "112", "SLB"),
    ("John Kamau, the head of the Kenyan teachers union, accused the government of lying.",
     "KENLAB", "112", "KEN"),
]


@pytest.mark.parametrize("text,source,cameo,target", DESCRIBED)
def test_an_unlisted_person_is_the_role_his_apposition_names(coder, text, source, cameo, target):
    events = coder.code(text, date=DATE).events
    assert any(e.source.code == source and e.cameo.code.startswith(cameo)
               and e.target is not None and e.target.code.startswith(target)
               for e in events), show(events)


def test_a_past_form_after_an_apposition_is_the_finite_verb(coder):
    events = coder.code("Matthew Wale, the leader of the opposition in the Solomon Islands, "
                        "called for talks with the government.", date=DATE).events
    assert any(e.source.code == "SLBOPP" and e.cameo.root == "02" for e in events), show(events)


def test_a_participle_with_a_passive_s_marks_stays_one():
    """The repair leaves "Ahmed Salem, a farmer, arrested by police, ..." alone: its "by" agent
    marks a participle."""
    from eventwire.nlp import load
    from eventwire.parse_repair import repair_parse

    doc = load()("Ahmed Salem, a farmer, arrested by police in Cairo, was freed on Monday.")
    repair_parse(doc)
    arrested = next(t for t in doc if t.lower_ == "arrested")
    assert arrested.dep_ != "ROOT" and arrested.tag_ == "VBN"



def test_the_subject_of_a_for_clause_is_who_an_appeal_asks(coder):
    events = coder.code("The Kenyan opposition called for the police to release the protesters.",
                        date=DATE).events
    assert any(e.source.code == "KENOPP" and e.cameo.root == "02" and e.target is not None
               and e.target.code == "KENCOP" for e in events), show(events)


def test_an_unlisted_person_detained_is_a_private_person_of_the_story_s_country(coder):
    text = ("Belarusian police broke up a protest in Minsk on Saturday. Belarus has held "
            "hundreds of people since the vote. Mr Protasevich was detained on Sunday.")
    events = coder.code(text, date=DATE).events
    assert any(e.cameo.root == "17" and e.sentence == 2 and e.source.code.startswith("BLR")
               and e.target is not None and e.target.code == "BLRCVL" for e in events), \
        show(events)


def test_what_a_pact_allows_is_not_done(coder):
    events = coder.code("The security pact allows China to send police and military personnel "
                        "to the Solomon Islands.", date=DATE).events
    assert not any(e.cameo.root == "15" for e in events), show(events)
