"""The entries of the third inventory review (lexicon/reviewed-inventories-3.yaml: obstruction
protests, troop movements, aid handed over and rescues at sea, judicial acts, weapons systems
pledged or sent), and the one edited entry of 01-10.yaml ("hold fire"): one wire-copy sentence
per entry group, each stating the event that must come out (source, CAMEO root or code, target),
and sentences where a reviewed word is used in a sense the entry keeps out.

The sentences are written for this file, not taken from any gold or reference set. How an
expected row is matched: tests/sentence_checks.py.
"""

from __future__ import annotations

import pytest
from sentence_checks import acts, has, show

CODED = [
    # a. obstruction protests
    ("counterdemonstration", "Government supporters held a counterdemonstration against the "
     "opposition in Caracas.", ("VEN", "141", "*")),
    ("human chain against", "Lithuanians formed a human chain against the Russian invasion of "
     "Ukraine.", ("LTU", "141", "RUS")),
    ("work-to-rule", "Belgian air traffic controllers began a work-to-rule on Monday.",
     ("BEL", "143", "BELGOV")),
    ("blockade of a motorway", "Farmers began a blockade of the motorway near Brussels.",
     ("BEL", "144", "BELGOV")),
    ("set up a blockade of a highway", "Truckers set up a blockade of the main highway into "
     "Ottawa.", ("CAN", "144", "CANGOV")),
    ("hold a picket", "Union members held a picket outside the Ministry of Labour in Seoul.",
     ("KOR", "144", "KORGOV")),
    # b. diplomatic sanctions and expulsions
    ("recall of an ambassador", "France's recall of its ambassador to Algeria deepened the row.",
     ("FRA", "161", "DZA")),
    ("severing of ties", "Nicaragua announced the severing of diplomatic ties with Taiwan.",
     ("NIC", "161", "TWN")),
    ("downgrading of ties", "China's downgrading of ties with Lithuania followed the opening "
     "of a Taiwanese office.", ("CHN", "161", "LTU")),
    ("cut off contact with", "Morocco cut off contact with the German embassy.",
     ("MAR", "161", "DEU")),
    ("lodge representations", "The Chinese foreign ministry lodged stern representations with "
     "the United States.", ("CHNGOV", "114", "USA")),
    # c. troop movements and alerts
    ("call up reservists", "Israel called up reservists on Sunday.", ("ISR", "154", "*")),
    ("stage naval drills", "Iran staged naval drills in the Strait of Hormuz.",
     ("IRN", "150", None)),
    ("naval patrols near", "Chinese naval patrols near the Japanese islands alarmed Tokyo.",
     ("CHN", "150", "JPN")),
    ("live-fire exercises are a drill", "South Korea held live-fire exercises near the border.",
     ("KOR", "150", None)),
    ("massing of troops", "India's massing of troops on the border alarmed Pakistan.",
     ("IND", "150", "*")),
    # d. aid handed over, rescue at sea
    ("hand over food aid", "Saudi Arabia handed over food aid to Yemen.", ("SAU", "073", "YEM")),
    ("hand over a consignment of aid", "China handed over a consignment of aid to Cambodia.",
     ("CHN", "070", "KHM")),
    ("rescue fishermen", "The Italian coast guard rescued Tunisian fishermen.",
     ("ITA", "073", "TUN")),
    ("rescue sailors", "The Indian navy rescued Pakistani sailors from a hijacked ship.",
     ("INDMIL", "073", "PAK")),
    ("take in the wounded for treatment", "Jordan took in wounded Palestinian children for "
     "treatment.", ("JOR", "073", "PSE")),
    ("carry food into", "WFP trucks carried 500 tonnes of food into Tigray.",
     ("IGOUNO", "073", "ETH")),
    ("bring aid to", "Turkish volunteers brought aid to the earthquake zone in Syria.",
     ("TUR", "073", "SYR")),
    ("peacekeepers arrive", "Rwandan peacekeepers arrived in Bangui.", ("RWA", "074", "CAF")),
    # e. judicial acts
    ("dismiss the charges against", "The Philippine court dismissed the charges against the "
     "journalist.", ("PHLJUD", "084", "*")),
    ("throw out the case against", "A Kenyan judge threw out the case against the opposition "
     "leader.", ("KENJUD", "084", "KENOPP")),
    ("suspended sentence", "The Egyptian court handed the activist a suspended sentence.",
     ("EGYJUD", "116", "EGY")),
    ("strike down a law", "The Indian Supreme Court struck down the government's farm law.",
     ("INDJUD", "120", "*")),
    ("open a criminal case against", "Ukraine's security service opened a criminal case against "
     "the Russian general.", ("UKR", "173", "RUSMIL")),
    ("criminal proceedings against", "Russian prosecutors launched criminal proceedings against "
     "the Latvian journalist.", ("RUSJUD", "173", "LVA")),
    ("summon for questioning", "The Brazilian police summoned the former president for "
     "questioning.", ("BRACOP", "173", "BRA")),
    ("seek the death penalty", "Prosecutors sought the death penalty for the Iranian rapper.",
     ("IRN", "173", "IRN")),
    # f. restrictions lifted, aid resumed, verbal attacks
    ("easing of sanctions", "Washington announced the easing of sanctions on Venezuela.",
     ("USA", "085", "VEN")),
    ("lifting of an import ban", "China announced the lifting of its import ban on Japanese "
     "seafood.", ("CHN", "085", "JPN")),
    ("easing of restrictions", "Israel's easing of restrictions on Gaza began on Monday.",
     ("ISR", "081", "PSE")),
    ("lifting of a curfew", "The junta announced the lifting of the curfew in Yangon.",
     ("MMR", "0813", "MMR")),
    ("end of martial law", "The junta announced the end of martial law in Yangon.",
     ("MMR", "0814", "MMR")),
    ("reopening of a border", "Turkey announced the reopening of its border with Armenia.",
     ("TUR", "0872", "ARM")),
    ("tirade against", "The Turkish president's tirade against Israel was broadcast live.",
     ("TURGOV", "111", "ISR")),
    # f. weapons systems pledged or sent
    ("promise air defence systems", "Germany promised more air defence systems to Ukraine.",
     ("DEU", "0332", "UKR")),
    ("provide air defence systems", "The US provided air defence systems to Ukraine.",
     ("USA", "072", "UKR")),
    ("send missile batteries", "The United States sent Patriot missile batteries to Poland.",
     ("USA", "072", "POL")),
]


@pytest.mark.parametrize("name,text,expected", CODED, ids=[c[0] for c in CODED])
def test_reviewed_entry_is_coded(coder_all, name, text, expected):
    events = acts(coder_all, text)
    assert has(events, *expected), show(events)


OTHER_SENSE = [
    # (sentence, CAMEO root, or code when longer, that must not come out): the word in a sense
    # the entry keeps out
    ("supermarket chain", "The Kenyan supermarket chain opened a store in Kampala.", "14"),
    ("chain of command", "The Kenyan army's chain of command broke down.", "14"),
    ("begin work", "The Nigerian workers began work on the new bridge.", "14"),
    ("naval blockade of a strip", "Israel's naval blockade of Gaza remains in force.", "14"),
    ("picket fence", "Police found the suspect behind the picket fence of the embassy.", "14"),
    ("product recall", "Toyota announced the recall of 500,000 vehicles in Japan.", "16"),
    ("call for a recall", "Israel called for the recall of the UN envoy.", "16"),
    ("credit rating downgrade", "Moody's announced the downgrading of Kenya's credit rating.",
     "16"),
    ("representation of women", "The bill calls for the representation of women in the Kenyan "
     "parliament.", "11"),
    ("call up players", "The Kenyan coach called up two new players for the match.", "15"),
    ("joint naval drills", "The United States and South Korea staged joint naval drills.",
     "150"),
    ("police patrols", "Kenyan police patrols near the market were stepped up.", "15"),
    ("hold fire in a truce", "The Israeli army agreed to hold fire in Gaza.", "15"),
    ("hand over documents", "The Kenyan bank handed over the documents to the court.", "07"),
    ("hand over a suspect", "Serbia handed over the suspect to the tribunal.", "07"),
    ("carry weapons into", "Smugglers carried weapons into Gaza.", "07"),
    ("troops arrive for an exercise", "The first contingent of Russian troops arrived in Belarus "
     "for the exercise.", "07"),
    ("rescue an economy", "The government rescued the Kenyan economy.", "07"),
    ("dismiss charges as a denial", "The opposition leader dismissed the charges as politically "
     "motivated.", "08"),
    ("ask for a lifting", "Venezuela called for the lifting of sanctions on its oil.", "08"),
    ("lifting of a pandemic lockdown", "Kenya announced the easing of COVID restrictions on "
     "travel.", "08"),
    ("reopening of schools", "The Kenyan government announced the reopening of schools.",
     "08"),
    ("a ship's broadside", "The frigate fired a broadside.", "11"),
    ("health system", "The Indian government pledged to improve the health system.", "03"),
    ("computer systems", "The Kenyan ministry provided computer systems to schools.", "07"),
    ("a case of cholera", "Kenya recorded a new case of cholera.", "17"),
    ("demand a penalty", "The Iranian president demanded the death penalty for the "
     "protesters.", "17"),
]


@pytest.mark.parametrize("name,text,root", OTHER_SENSE, ids=[k[0] for k in OTHER_SENSE])
def test_reviewed_word_in_other_sense_gives_no_event(coder_all, name, text, root):
    events = acts(coder_all, text)
    assert not any((e.cameo.root if len(root) == 2 else e.cameo.code) == root
                   for e in events), show(events)


ANNOUNCED_LIFTING = [
    # an announced lifting is not the restriction itself (the 163/172/1723 announce entries of
    # 11-20.yaml now leave the lifting nouns out)
    ("lifting of sanctions", "The United States announced the lifting of sanctions on "
     "Venezuelan oil.", "16"),
    ("lifting of a ban", "China announced the lifting of its ban on Japanese seafood imports.",
     "17"),
    ("lifting of a curfew", "The junta announced the lifting of the curfew in Yangon.", "17"),
]


@pytest.mark.parametrize("name,text,root", ANNOUNCED_LIFTING,
                         ids=[k[0] for k in ANNOUNCED_LIFTING])
def test_announced_lifting_is_not_the_restriction(coder_all, name, text, root):
    events = acts(coder_all, text)
    assert not any(e.cameo.root == root for e in events), show(events)


def test_imposing_is_still_coded(coder_all):
    events = acts(coder_all, "China announced a ban on Japanese seafood.")
    assert has(events, "CHN", "17", "JPN"), show(events)
    events = acts(coder_all, "The United States announced sanctions on Venezuelan officials.")
    assert has(events, "USA", "163", "VEN"), show(events)
