"""The entries of the second inventory review (lexicon/reviewed-inventories-2.yaml, roots 03, 04,
06, 08, 10, 14, 16, 17 and 18-20, and a few verbal-attack idioms): one wire-copy sentence per
entry group, each stating the event that must come out (source, CAMEO root or code, target), and
sentences where a reviewed word is used in a sense the entry keeps out.

The sentences are written for this file, not taken from any gold or reference set. How an
expected row is matched: tests/sentence_checks.py.
"""

from __future__ import annotations

import pytest
from sentence_checks import acts, has, show

CODED = [
    # 03 intent to cooperate
    ("give a guarantee to", "The Japanese prime minister gave a guarantee to the Philippines "
     "that Tokyo would stand by Manila.", ("JPN", "030", "PHL")),
    ("give an undertaking to", "The Saudi crown prince gave an undertaking to the United States "
     "to raise oil output.", ("SAU", "030", "USA")),
    ("offer security guarantees", "Britain offered security guarantees to Ukraine.",
     ("GBR", "0312", "UKR")),
    ("guarantee a state's security", "Germany guaranteed Poland's security in a joint "
     "statement.", ("DEU", "0312", "POL")),
    ("guarantee sovereignty", "Russia guaranteed the sovereignty of Belarus.",
     ("RUS", "032", "BLR")),
    ("willing to work with", "China is willing to work with the United States on climate "
     "change.", ("CHN", "030", "USA")),
    ("eager to partner with", "The Brazilian president is eager to partner with China.",
     ("BRA", "030", "CHN")),
    # 04 consult
    ("grant an audience", "The Chinese president granted an audience to the Pakistani army "
     "chief in Beijing.", ("CHN", "043", "PAKMIL")),
    ("arrival in a capital", "The Indian prime minister's arrival in Dhaka was marked by "
     "protests.", ("IND", "042", "BGD")),
    ("parleys with", "The Kenyan opposition held parleys with the government.",
     ("KEN", "040", "KEN")),
    ("contact officials", "The US State Department contacted Iranian officials through Swiss "
     "diplomats.", ("USA", "040", "IRN")),
    ("sponsor talks between", "Egypt sponsored talks between Hamas and Fatah in Cairo.",
     ("EGY", "045", "PSE")),
    # 06/07 material cooperation
    ("equip with helicopters", "Russia equipped the Malian army with helicopters.",
     ("RUS", "072", "MLIMIL")),
    # 08 yield
    ("concede a region", "The Armenian prime minister conceded the disputed region to "
     "Azerbaijan.", ("ARM", "080", "AZE")),
    ("lift a suspension", "The African Union lifted Gabon's suspension.",
     ("IGOAFRAU", "081", "GAB")),
    ("acquiesce to pressure", "The Pakistani government acquiesced to pressure from the IMF.",
     ("PAK", "080", "IGOXFIIMF")),
    # 10 demand
    ("clamour for", "The Ukrainian president clamoured for more tanks from Germany.",
     ("UKR", "100", "DEU")),
    ("set conditions on", "Israel set conditions on Hamas for a ceasefire.",
     ("ISR", "100", "PSE")),
    # 14 protest
    ("heckle", "Protesters heckled the Argentinian president in Buenos Aires.",
     ("ARG", "141", "ARGGOV")),
    ("boo", "Demonstrators booed the British prime minister in Belfast.",
     ("GBR", "141", "GBRGOV")),
    ("chain themselves", "Climate activists chained themselves to the gates of the Ugandan "
     "parliament.", ("UGA", "141", "UGALEG")),
    ("chant slogans against", "Thousands of Kenyans chanted slogans against the president in "
     "Nairobi.", ("KEN", "141", "KENGOV")),
    ("agitate against", "Kurdish activists agitated against the Turkish government.",
     ("TUR", "140", "TURGOV")),
    # 16 reduce relations
    ("ostracise", "The European Union ostracised the Burmese junta.", ("IGOEEU", "160", "MMR")),
    ("isolate diplomatically", "The United States isolated Iran diplomatically.",
     ("USA", "160", "IRN")),
    ("ostracism of", "The EU's ostracism of Belarus has deepened.", ("IGOEEU", "160", "BLR")),
    ("suspend visa-free travel", "The EU suspended visa-free travel for Georgian officials.",
     ("IGOEEU", "160", "GEO")),
    ("throw out peacekeepers", "Mali threw out the UN peacekeepers.", ("MLI", "1661", "IGOUNO")),
    ("throw out inspectors", "Eritrea threw out the UN inspectors.", ("ERI", "1662", "IGOUNO")),
    # 17 coerce
    ("intercept a tanker", "Iranian forces intercepted a British tanker in the Strait of "
     "Hormuz.", ("IRN", "171", "GBR")),
    ("plunder", "Militiamen plundered villages in eastern Congo.", ("COD", "171", "COD")),
    ("search offices", "Hungarian police searched the offices of an opposition party.",
     ("HUNCOP", "170", "HUNOPP")),
    ("evict families", "Israeli police evicted Palestinian families from Sheikh Jarrah.",
     ("ISRCOP", "174", "PSE")),
    ("blackmail", "Russia blackmailed Moldova with gas supplies.", ("RUS", "170", "MDA")),
    ("firebombing of", "The Russian firebombing of Ukrainian grain silos drew condemnation.",
     ("RUS", "1712", "UKR")),
    ("charge with an offence", "Thai prosecutors charged a student activist with sedition.",
     ("THA", "173", "THA")),
    # 14 protest: self-immolation
    ("set himself on fire", "A Tibetan monk set himself on fire in protest against Chinese "
     "rule.", ("CHN", "140", "CHN")),
    ("immolate himself", "A Tunisian street vendor immolated himself in protest against the "
     "government.", ("TUN", "140", "TUNGOV")),
    ("self-immolation", "The self-immolation of a Tibetan nun was a protest against China.",
     ("CHN", "140", "CHN")),
    # 19 fight
    ("scuffle with", "Indian troops scuffled with Chinese soldiers on the border.",
     ("INDMIL", "190", "CHNMIL")),
    ("a scuffle between troops", "A scuffle between Indian and Chinese troops left 20 soldiers "
     "dead.", ("IND", "190", "CHN")),
    ("advance on a capital", "Russian troops advanced on Kyiv.", ("RUSMIL", "190", "UKR")),
    ("sink a warship", "Ukraine sank a Russian warship in the Black Sea.",
     ("UKR", "190", "RUSMIL")),
    # 11 verbal attack in idiom
    ("snipe at", "The Turkish president sniped at the Greek prime minister.",
     ("TUR", "111", "GRCGOV")),
    ("flay", "The Kenyan opposition leader flayed the government over tax rises.",
     ("KEN", "111", "KENGOV")),
]


@pytest.mark.parametrize("name,text,expected", CODED, ids=[c[0] for c in CODED])
def test_reviewed_entry_is_coded(coder_all, name, text, expected):
    events = acts(coder_all, text)
    assert has(events, *expected), show(events)


OTHER_SENSE = [
    # (sentence, CAMEO root, or code when longer, that must not come out): the word in a sense
    # the entry keeps out
    ("loan guarantee", "The World Bank gave a loan guarantee to Kenya.", "03"),
    ("an audience of listeners", "The Kenyan president told an audience in Nairobi that taxes "
     "would fall.", "04"),
    ("arrival of migrants", "The arrival of migrants in Lampedusa rose sharply.", "04"),
    ("contacted for comment", "Reuters contacted the Kenyan ministry for comment.", "04"),
    ("equip a school", "The Chinese embassy equipped a Kenyan school with computers.", "07"),
    ("concede a goal", "The German government conceded a goal in the debate.", "08"),
    ("boo a referee", "Fans booed the referee in Buenos Aires.", "14"),
    ("isolate a patient", "Kenyan doctors isolated the patient in Nairobi.", "16"),
    ("intercept a drone", "The Israeli army intercepted a drone launched from Lebanon.", "17"),
    ("plunder a treasury", "Corrupt officials plundered the Kenyan treasury.", "17"),
    ("search for survivors", "Turkish rescuers searched the house for survivors in Antakya.",
     "17"),
    ("scrap visa requirements", "Kenya scrapped visa requirements for African visitors.", "16"),
    ("prices advance", "Kenyan shares advanced on Monday in Nairobi.", "19"),
    ("a ferry sinks", "A Senegalese ferry sank off the coast of Dakar.", "19"),
    ("chant prayers", "Tibetan monks chanted prayers in Lhasa.", "14"),
    ("sponsor terrorism", "Iran sponsors terrorism in the region, the Israeli minister said.",
     "04"),
    ("police charge a crowd", "Kenyan police charged the protesters in Nairobi.", "173"),
    ("set fire to a building", "Rebels set fire to a Kenyan police station.", "14"),
    ("people return to villages", "Displaced Kenyan families returned to their villages.", "08"),
]


@pytest.mark.parametrize("name,text,root", OTHER_SENSE, ids=[k[0] for k in OTHER_SENSE])
def test_reviewed_word_in_other_sense_gives_no_event(coder_all, name, text, root):
    events = acts(coder_all, text)
    assert not any((e.cameo.root if len(root) == 2 else e.cameo.code) == root
                   for e in events), show(events)
