"""The entries of the fourth inventory review (lexicon/reviewed-inventories-4.yaml: the language of
intent, commitment and diplomatic cooperation, roots 03, 05 and 02) and the two grammar changes
that came with it: "hopes"/"hoped"/"hoping" read as the verb "hope" (parse_repair.repair_parse), and an
announced cooperative act of one party coded as its intent alone (recode.py).

One wire-copy sentence per entry group, each stating the event that must come out (source, CAMEO
root or code, target), and sentences where a reviewed word is used in a sense the entry keeps out.
The sentences are written for this file, not taken from any gold or reference set. How an expected
row is matched: tests/sentence_checks.py.
"""

from __future__ import annotations

import pytest
from sentence_checks import DATE, acts, has, show

CODED = [
    # a. light verb + a noun of cooperation: done (05), announced or wished (03)
    ("deepened a partnership", "Japan deepened its partnership with the Philippines on "
     "Tuesday.", ("JPN", "050", "PHL")),
    ("vowed to cement a friendship", "Vietnam's president vowed to cement the friendship with "
     "Laos.", ("VNM", "03", "LAO")),
    ("hopes to enhance cooperation", "The Kenyan president said he hopes to enhance cooperation "
     "with Ethiopia.", ("KEN", "03", "ETH")),
    ("will broaden collaboration", "Indonesia will broaden its collaboration with Australia, the "
     "foreign minister said.", ("IDN", "03", "AUS")),
    ("step up coordination", "Egypt and Sudan stepped up coordination on the Nile dam.",
     ("EGY", "050", "SDN")),
    ("wants to foster ties", "Kenya wants to foster closer ties with Ethiopia.",
     ("KEN", "03", "ETH")),
    # b. to a new level
    ("raise ties to a new level", "India and Bangladesh will raise ties to a new level.",
     ("IND", "03", "BGD")),
    ("take a partnership to new heights", "Seoul pledged to take its partnership with Hanoi to "
     "new heights.", ("KOR", "03", "VNM")),
    # c. the importance of cooperation, hope and interest
    ("agreed on the importance", "Japan and the Philippines agreed on the importance of "
     "cooperation against drug trafficking.", ("PHL", "030", "JPN")),
    ("stressed the importance", "Kishida stressed the importance of cooperation with Manila.",
     ("JPN", "030", "PHL")),
    ("expressed hope for closer ties", "Kenya expressed hope for closer ties with Ethiopia.",
     ("KEN", "030", "ETH")),
    ("interested in talks", "Moscow is interested in talks with Kyiv, the Kremlin said.",
     ("RUS", "036", "UKR")),
    ("interested in cooperation", "Russia is interested in cooperation with India.",
     ("RUS", "030", "IND")),
    # d. approval and gratitude
    ("grateful to", "The Kenyan president is grateful to Japan for the aid.",
     ("KEN", "051", "JPN")),
    ("congratulatory message", "Ghana sent a congratulatory message to the new Nigerian "
     "president.", ("GHA", "051", "NGA")),
    ("satisfaction with relations", "The Kenyan president expressed satisfaction with relations "
     "with Uganda.", ("KEN", "051", "UGA")),
    ("cheered a decision", "Kenya cheered the decision by Uganda to reopen the border.",
     ("KEN", "051", "UGA")),
    ("stands with", "Poland stands with Ukraine, the Polish prime minister said.",
     ("POL", "051", "UKR")),
    # e. pressing for an act
    ("pressed for", "The United States pressed for a stronger role for Kenya in the talks.",
     ("USA", "020", "KEN")),
    ("pressured to", "Germany pressured Hungary to drop its veto on the sanctions.",
     ("DEU", "020", "HUN")),
    # f. working with another party
    ("will work with", "Bangladesh will work with the United Nations to repatriate the "
     "refugees.", ("BGD", "03", "IGOUNO")),
    ("will partner with", "Kenya will partner with Japan on the new railway.",
     ("KEN", "03", "JPN")),
    # g. looking forward to an act
    ("looks forward to working with", "Kenya looks forward to working with the new Somali "
     "government.", ("KEN", "030", "SOMGOV")),
    ("looks forward to a visit", "Nairobi looks forward to the Indian prime minister's visit.",
     ("KEN", "036", "INDGOV")),
    # h. committed to a relation
    ("committed to strengthening ties", "Brazil is committed to strengthening ties with "
     "Argentina.", ("BRA", "030", "ARG")),
    ("committed to a friendship", "Kenya remains committed to its friendship with Tanzania.",
     ("KEN", "030", "TZA")),
    # i. seeking closer relations
    ("seeks closer ties", "Kenya seeks closer ties with Ethiopia, its foreign minister said.",
     ("KEN", "030", "ETH")),
    ("pursuing deeper cooperation", "India is pursuing deeper cooperation with Japan.",
     ("IND", "030", "JPN")),
    # "keen to", "strive to", "endeavour to" announce as "eager to" does (modality.INTENT)
    ("keen to deepen ties", "Japan is keen to deepen ties with Vietnam.", ("JPN", "03", "VNM")),
    ("strives to strengthen", "Japan strives to strengthen its partnership with Vietnam.",
     ("JPN", "03", "VNM")),
    ("will endeavour to expand", "Ghana will endeavour to expand cooperation with Togo.",
     ("GHA", "03", "TGO")),
]


@pytest.mark.parametrize("name,text,expected", CODED, ids=[c[0] for c in CODED])
def test_reviewed_entry_is_coded(coder_all, name, text, expected):
    events = acts(coder_all, text)
    assert has(events, *expected), show(events)


OTHER_SENSE = [
    # (sentence, CAMEO root, or code when longer, that must not come out of the default output):
    # the word in a sense the entry keeps out, or people who are no political actor
    ("a balance sheet", "The company hopes to strengthen its balance sheet.", "03"),
    ("a firm's partnership", "Microsoft wants to deepen its partnership with OpenAI.", "03"),
    ("a bank's partnership", "The Kenyan bank will strengthen its partnership with Visa.", "03"),
    ("fans thanked the band", "Fans thanked the band after the concert in Nairobi.", "05"),
    ("fans grateful to the band", "Fans were grateful to the band.", "05"),
    ("a river's level", "The Nile rose to a new level in Sudan.", "05"),
    ("prices to new heights", "The drought took maize prices in Kenya to new heights.", "05"),
    ("investors interested in bonds", "Investors are interested in Kenyan bonds.", "03"),
    ("stands with points", "Kenya stands with 30 points after the match against Uganda.", "05"),
    ("a crowd cheering a goal", "The crowd cheered as the Kenyan team scored against Uganda.",
     "05"),
    ("pressed for comment", "Reporters pressed the Kenyan minister for comment.", "02"),
    ("pressed for time", "Pressed for time, the Kenyan minister left the summit early.", "02"),
    ("pressured prices", "The drought pressured Kenyan maize prices.", "02"),
    ("worked out details", "The Kenyan negotiators worked out the details with Ethiopia.",
     "05"),
    ("work with patients", "Kenyan doctors worked with patients in the camp.", "05"),
    ("a company seeking ties", "The Kenyan company seeks closer ties with Chinese investors.",
     "03"),
    ("committed crimes", "Kenyan police committed abuses against protesters, the report said.",
     "03"),
    ("a company partnering", "Safaricom will partner with the Kenyan bank on mobile loans.",
     "03"),
]


@pytest.mark.parametrize("name,text,root", OTHER_SENSE, ids=[k[0] for k in OTHER_SENSE])
def test_reviewed_word_in_other_sense_gives_no_event(coder, name, text, root):
    events = coder.code(text, date=DATE).events
    assert not any((e.cameo.root if len(root) == 2 else e.cameo.code) == root
                   for e in events), show(events)


@pytest.mark.parametrize("form", ["hopes", "hoped", "is hoping"])
def test_hope_is_a_wish_in_every_form(coder_all, form):
    # the small model lemmatises "hopes" as "hop": repaired, so the wish reaches the intent rule
    events = acts(coder_all, f"Kenya {form} to deepen cooperation with Ethiopia.")
    assert has(events, "KEN", "03", "ETH"), show(events)
    assert not any(e.cameo.root == "05" for e in events), show(events)


def test_hop_is_still_hop():
    from eventwire import nlp
    from eventwire.parse_repair import repair_parse

    doc = nlp.load()("The rebels hopped across the border.")
    repair_parse(doc)
    assert [t.lemma_ for t in doc if t.lower_ == "hopped"] == ["hop"]


def test_announced_cooperation_of_one_party_is_its_own(coder_all):
    # the promise is Vietnam's; Laos promised nothing
    events = acts(coder_all, "Vietnam vowed to strengthen its friendship with Laos.")
    assert has(events, "VNM", "03", "LAO"), show(events)
    assert not has(events, "LAO", "03", "VNM"), show(events)


def test_announced_cooperation_of_two_parties_runs_both_ways(coder_all):
    events = acts(coder_all, "Vietnam and Laos pledged to cement their friendship.")
    assert has(events, "VNM", "03", "LAO") and has(events, "LAO", "03", "VNM"), show(events)


AGREEMENT_TO_ACT = [
    # an agreement reached on an act still to come is the intent to cooperate (recode.py), as
    # "agreed to <act>" already was; an agreement on a topic, or a text signed, stays 057
    ("reached a deal to", "Kenya and Uganda reached a deal to reopen the border.", "030"),
    ("struck a deal with X to", "Kenya struck a deal with Uganda to reopen the border.", "030"),
    ("reached an agreement on", "Kenya and Uganda reached an agreement on trade.", "057"),
    ("signed an agreement to", "Kenya signed an agreement with Uganda to build a railway.",
     "057"),
    ("reached a consensus to", "Kenya and Uganda reached a consensus to exchange data on the "
     "Nile.", "030"),
]


@pytest.mark.parametrize("name,text,code", AGREEMENT_TO_ACT, ids=[k[0] for k in AGREEMENT_TO_ACT])
def test_agreement_reached_on_an_act_to_come(coder_all, name, text, code):
    events = acts(coder_all, text)
    assert has(events, "KEN", code, "UGA") and has(events, "UGA", code, "KEN"), show(events)
    assert not any(e.cameo.code in (("057", "019") if code == "030" else ("030",))
                   for e in events), show(events)


REQUESTS = [
    # a party asked or pressed another to act, and no lexicon entry codes the verb: a request
    # (events.REQUEST_RULE), coded as the appeal parallel to the demand for the act asked for
    ("pressed X to", "Washington pressed Beijing to curb fentanyl exports.", ("USA", "020", "CHN")),
    ("asked X to extradite", "Kenya asked Uganda to hand over the suspects.",
     ("KEN", "0213", "UGA")),
    ("asked X to normalise relations", "The European Union asked Serbia to normalise relations "
     "with Kosovo.", ("IGOEEU", "022", "SRB")),
    ("pushed X to", "Germany pushed Hungary to accept the new members.", ("DEU", "02", "HUN")),
]


@pytest.mark.parametrize("name,text,expected", REQUESTS, ids=[k[0] for k in REQUESTS])
def test_asking_another_party_to_act_is_a_request(coder_all, name, text, expected):
    events = acts(coder_all, text)
    assert has(events, *expected), show(events)


NO_REQUEST = [
    ("asked to comment", "Reporters asked the Kenyan minister to comment on the report."),
    ("pushed out of a town", "Kenyan troops pushed the fighters out of the town."),
    ("pushed a currency", "The drought pushed the Kenyan shilling to a record low."),
]


@pytest.mark.parametrize("name,text", NO_REQUEST, ids=[k[0] for k in NO_REQUEST])
def test_no_request_without_an_act_asked_for(coder, name, text):
    events = coder.code(text, date=DATE).events
    assert not any(e.cameo.root == "02" for e in events), show(events)
