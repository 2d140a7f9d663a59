"""Appeals and demands (issue 11, roots 02 and 10): the entries of
lexicon/reviewed-inventories-8.yaml, one wire-copy sentence per entry group, and the matcher's
reach for them (events.ASKING_REACH): what is asked for may sit five arcs from the asking word or
in the to-infinitive that says it, but never in the asking word's setting. Negatives use the same
words in senses the entries and the default policy keep out.

The sentences are written for this file, not taken from any gold or reference set. How an
expected row is matched: tests/sentence_checks.py.
"""

from __future__ import annotations

import pytest
from sentence_checks import DATE, acts, has, show

CODED = [
    # a. asking for something whose content no entry names
    ("call for", "Serbia called for an international inquiry into the killings in Kosovo.",
     ("SRB", "020", "*")),
    ("ask someone for", "The Malian junta asked Russia for more instructors.",
     ("MLIMIL", "020", "RUS")),
    # b. lobbying
    ("lobby for weapons", "Ukraine lobbied Washington for more air defences.",
     ("UKR", "0232", "USA")),
    ("lobby to lift sanctions", "Poland lobbied Germany to lift its sanctions on Belarusian "
     "potash.", ("POL", "0254", "DEU")),
    # c. weapons systems
    ("ask for air defence systems", "Ukraine asked Germany for more air defence systems.",
     ("UKR", "0232", "DEU")),
    # d. calls, appeals and requests as nouns
    ("a call for humanitarian access", "Egypt renewed its call for unhindered humanitarian "
     "access to Gaza.", ("EGY", "0255", "*")),
    ("a call for reform", "The Kenyan opposition repeated its call for electoral reform.",
     ("KENOPP", "024", "*")),
    ("a request for tanks", "Ukraine renewed its request for more tanks from Germany.",
     ("UKR", "0232", "*")),
    ("a request for extradition", "Turkey sent a request for the extradition of the journalist "
     "to Sweden.", ("TUR", "0213", "*")),
    # e. demands as nouns
    ("a demand for withdrawal", "Hamas issued a demand for the withdrawal of Israeli troops "
     "from Gaza.", ("PSE", "1056", "ISR")),
    ("demands for reform", "The Serbian students renewed their demands for reform.",
     ("SRB", "104", "*")),
    # g. a policy asked or demanded to be cancelled or stopped
    ("demand the cancellation of a tax", "Kenyan unions demanded the cancellation of the new "
     "fuel tax.", ("KEN", "1042", "*")),
    ("call for the repeal of a law", "The opposition called for the repeal of the Ugandan "
     "anti-protest law.", ("UGAOPP", "0242", "UGA")),
    ("ask to halt construction", "France called on Israel to halt settlement construction in "
     "the West Bank.", ("FRA", "0242", "ISR")),
    # i. backing asked for a candidacy, a resolution, a summit
    ("seek support for a candidacy", "Ghana sought Nigeria's support for its candidacy.",
     ("GHA", "022", "NGA")),
    ("ask for backing for accession", "Ukraine asked Hungary for its backing for the EU "
     "accession talks.", ("UKR", "022", "HUN")),
    # j. weapons tests or programmes asked or demanded to stop
    ("stop missile tests", "Japan urged North Korea to stop its missile tests.",
     ("JPN", "0256", "PRK")),
    ("demand that enrichment halt", "The United States demanded that Iran halt its uranium "
     "enrichment programme.", ("USA", "1056", "IRN")),
    # f. a telephone call
    ("call on the phone", "The Kenyan minister called the French president on the phone.",
     ("KENGOV", "041", "FRAGOV")),
    # the appeal verb with its addressee
    ("appeal to a body", "Russia appealed to the United Nations Security Council.",
     ("RUS", "020", "IGOUNO")),
    # what is asked outranks the bare appeal's "for" (LexEntry.specificity)
    ("appeal for help", "Greece appealed to the European Union for help after the floods.",
     ("GRC", "023", "IGOEEU")),
    ("appeal for peace", "The Pope appealed to Armenia for peace.", ("VAT", "027", "ARM")),
    ("a 'towards' four arcs down", "Kenya appealed to Uganda for a swift move towards free "
     "trade.", ("KEN", "0211", "UGA")),
]


@pytest.mark.parametrize("name,text,expected", CODED, ids=[c[0] for c in CODED])
def test_reviewed_entry_is_coded(coder_all, name, text, expected):
    events = acts(coder_all, text)
    assert has(events, *expected), show(events)


DEEP = [
    # what is asked for, beyond three arcs or in the asked-for infinitive
    ("a 'for' hung on the addressee", "UNICEF appealed to donors for emergency food aid for "
     "Yemen.", ("IGOUNO", "0233", "*")),
    ("an end to the fighting", "Egypt called for an end to the shelling of Rafah.",
     ("EGY", "0256", "*")),
    ("an appeal's infinitive", "Norway made an appeal to Colombia and the ELN to return to the "
     "peace talks.", ("NOR", "026", "COL")),
    ("a second asked-for act", "The UN agencies urged all sides to respect the law and ensure "
     "unhindered humanitarian access to Darfur.", ("IGOUNO", "0255", "*")),
    ("called for X to do", "The United States called for Venezuela to hold free and fair "
     "elections.", ("USA", "0244", "VEN")),
]


def test_an_act_called_for_is_not_done(coder_all):
    # "called for Israel to withdraw": a request of Israel (0256), not Israel's withdrawal
    events = acts(coder_all, "Egypt called for Israel to withdraw its troops from Rafah.")
    assert has(events, "EGY", "0256", "ISR"), show(events)
    assert not any(e.cameo.root == "08" for e in events), show(events)


@pytest.mark.parametrize("name,text,expected", DEEP, ids=[c[0] for c in DEEP])
def test_what_is_asked_is_found_far_from_the_asking_word(coder_all, name, text, expected):
    events = acts(coder_all, text)
    assert has(events, *expected), show(events)


def test_stopping_arms_sales_is_a_change_of_policy_not_a_request_for_arms(coder_all):
    events = acts(coder_all, "Beijing called on Washington to stop arms sales to Taiwan.")
    assert has(events, "CHN", "0242", "USA"), show(events)
    assert not any(e.cameo.code == "0232" for e in events), show(events)


@pytest.mark.parametrize("text,source,code,target,not_target", [
    ("Beijing called on Washington to stop arms sales to Taiwan.", "CHN", "0242", "USA", "TWN"),
    ("France urged Russia to withdraw its troops from Ukraine.", "FRA", "0256", "RUS", "UKR"),
])
def test_the_party_asked_is_the_only_target(coder_all, text, source, code, target, not_target):
    # the counterparts of the act asked for (Taiwan, Ukraine) are not the request's targets
    events = acts(coder_all, text)
    assert has(events, source, code, target), show(events)
    assert not any(e.cameo.root == "02" and e.target is not None
                   and e.target.country == not_target for e in events), show(events)


def test_with_no_party_named_the_asked_acts_counterpart_may_serve(coder_all):
    events = acts(coder_all, "The UN agencies called on all parties to ensure unhindered "
                  "humanitarian access to civilians in Darfur in Sudan.")
    assert has(events, "IGOUNO", "0255", "SDN"), show(events)


def test_a_claim_that_clause_is_not_what_is_demanded(coder_all):
    # "insisted that the war would not end": an assertion (a modal, not a subjunctive), so "end"
    # and "war" are not a demand for de-escalation
    events = acts(coder_all, "Israel insisted that the war would not end until Hamas was "
                  "destroyed.")
    assert not any(e.cameo.code == "1056" for e in events), show(events)


def test_the_appealing_verbs_own_conjunct_is_not_what_is_asked(coder_all):
    # "met" is a second act of the president's, not part of the call: no talks asked for
    events = acts(coder_all, "The Nigerian president called for calm and met the governors to "
                  "discuss talks with the herders.")
    assert not any(e.cameo.code == "026" for e in events), show(events)


def test_a_bare_appeal_is_litigation(coder_all):
    # no addressee and nothing asked for: the appeal of a court's sentence (115), not a request
    events = coder_all.code("A Pakistani court sentenced the former prime minister Imran Khan "
                            "to three years in prison on Saturday. Khan said he would appeal.",
                            date=DATE).events
    assert has(events, "PAKOPP", "115", "*"), show(events)
    assert not any(e.cameo.root == "02" for e in events), show(events)


@pytest.mark.parametrize("text,code", [
    ("The Pope appealed to Haitians for calm.", "0252"),
    ("Ruto appealed to Kenyan voters to reject the referendum.", "0244"),
])
def test_a_public_appeal_is_no_lawsuit(coder_all, text, code):
    events = acts(coder_all, text)
    assert any(e.cameo.code == code for e in events), show(events)
    assert not any(e.cameo.code == "115" for e in events), show(events)


def test_a_rejected_request_is_the_rejections_topic(coder_all):
    # the request is what Sweden rejected: the act coded is the rejection, not a request by Turkey
    events = acts(coder_all, "Sweden rejected Turkey's request for the extradition of the "
                  "journalist.")
    assert has(events, "SWE", "12", "TUR"), show(events)
    assert not any(e.cameo.root == "02" for e in events), show(events)


def test_a_setting_beyond_three_arcs_is_not_what_is_asked(coder_all):
    # "talks" hangs on "role" through "in": pressing for a role is not urging talks
    events = acts(coder_all, "The United States pressed for a stronger role for Kenya in the "
                  "peace talks.")
    assert not any(e.cameo.code == "026" for e in events), show(events)


def test_the_setting_of_an_appeal_is_not_what_it_asks(coder_all):
    # "negotiations" sits in an adjunct of time, four arcs from "appealed": not a call for talks
    events = acts(coder_all, "During a break in the negotiations, the Chilean foreign minister "
                  "appealed to Bolivia for patience.")
    assert has(events, "CHLGOV", "020", "BOL"), show(events)
    assert not any(e.cameo.code == "026" for e in events), show(events)


OTHER_SENSE = [
    # (sentence, CAMEO root, or code when longer, that must not come out)
    ("appeal against a conviction", "Khan denies the charges and says he will appeal.", "02"),
    ("a bare appeal by a named party", "The Pakistani government said it would appeal.", "02"),
    ("called on the phone", "The Kenyan minister called the French president on the phone.",
     "02"),
    ("demand for oil", "Demand for oil rose in China.", "10"),
    ("demand for internet access", "Demand for internet access rose in Kenya.", "10"),
    ("asked for comment", "The Nigerian minister asked for comment on the report.", "02"),
    ("called for a taxi", "The Hungarian lawyer called for a taxi outside the court.", "02"),
    ("a hotel lobby", "The Ukrainian delegation waited in the hotel lobby.", "02"),
    ("a call for a strike", "Kenyan opposition leaders called for a general strike.", "02"),
    ("financial support is aid, not backing", "Kenya asked the World Bank for financial support "
     "for its budget.", "022"),
]


@pytest.mark.parametrize("name,text,root", OTHER_SENSE, ids=[k[0] for k in OTHER_SENSE])
def test_word_in_other_sense_gives_no_event(coder_all, name, text, root):
    events = acts(coder_all, text)
    assert not any((e.cameo.root if len(root) == 2 else e.cameo.code) == root
                   for e in events), show(events)


def test_fans_calling_for_a_sacking_is_not_political(coder):
    # a call with no political actor on either side: the default policy codes nothing
    events = coder.code("Arsenal fans called for the coach's sacking.", date=DATE).events
    assert not any(e.cameo.root == "02" for e in events), show(events)
