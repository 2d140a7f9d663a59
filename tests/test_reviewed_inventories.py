"""The entries reviewed from the independent inventories (lexicon/reviewed-inventories.yaml): one
wire-copy sentence per entry group, each stating the event that must come out (source, CAMEO root
or code, target), and sentences where a reviewed word is used in a sense the entry keeps out.

The sentences are written for this file, not taken from any gold or reference set. How an
expected row is matched: tests/sentence_checks.py.
"""

from __future__ import annotations

import pytest
from sentence_checks import acts, has, show

CODED = [
    # 11 disapproval
    ("impugn", "The Polish president impugned the integrity of the Hungarian government.",
     ("POL", "111", "HUN")),
    ("malign", "The Indian foreign minister maligned Pakistan at the UN General Assembly.",
     ("IND", "111", "PAK")),
    ("lecture on", "China lectured the United States on human rights.", ("CHN", "111", "USA")),
    ("savage a plan", "The Russian ambassador savaged the British government's plan.",
     ("RUS", "111", "GBR")),
    ("scoff at", "The Iranian foreign ministry scoffed at the American claims.",
     ("IRN", "111", "USA")),
    ("jeer", "Protesters in Nairobi jeered the Ugandan president.", ("KEN", "111", "UGA")),
    ("dress down", "The Chinese president dressed down the Canadian prime minister at the "
     "summit.", ("CHN", "111", "CAN")),
    ("a reproach to", "The Japanese foreign minister delivered a reproach to South Korea.",
     ("JPN", "111", "KOR")),
    ("harangue", "The Russian ambassador harangued the Estonian foreign minister.",
     ("RUS", "111", "EST")),
    ("a harangue against", "The Iranian president launched a harangue against Saudi Arabia.",
     ("IRN", "111", "SAU")),
    ("skewer", "The Turkish president skewered the Greek government in a speech.",
     ("TUR", "111", "GRC")),
    ("castigation of", "The Japanese prime minister's castigation of China drew a reply from "
     "Beijing.", ("JPN", "111", "CHN")),
    ("a jibe at", "The Brazilian president's jibe at the United States drew a sharp reply.",
     ("BRA", "111", "USA")),
    ("protest to a government", "Seoul protested to Tokyo over the textbook.",
     ("KOR", "114", "JPN")),
    # 12 rejection
    ("override a veto", "The Israeli parliament overrode the president's veto.",
     ("ISR", "120", "ISR")),
    ("stymie a package", "Hungary stymied the EU sanctions package against Russia.",
     ("HUN", "120", "*")),
    ("shelve an agreement", "Serbia shelved the agreement with Kosovo.", ("SRB", "120", "KSV")),
    ("a snub of", "Algeria's snub of France angered Paris.", ("DZA", "120", "FRA")),
    ("the cold shoulder", "China gave Australia the cold shoulder after the inquiry.",
     ("CHN", "120", "AUS")),
    ("stonewall", "The Serbian government stonewalled the EU investigation.",
     ("SRB", "120", "IGOEEU")),
    # 13 threats
    ("caution against", "The United States cautioned China against any attack on Taiwan.",
     ("USA", "130", "CHN")),
    ("issue a threat to", "North Korea issued a veiled threat to Japan.", ("PRK", "130", "JPN")),
    ("put on notice", "The Chinese military put Taiwan on notice.", ("CHN", "130", "TWN")),
    # 02 appeals
    ("beg", "The Philippine foreign ministry begged China to stop the harassment of fishermen.",
     ("PHL", "020", "CHN")),
    ("petition", "Kenyan opposition parties petitioned President William Ruto to dissolve the "
     "electoral commission.", ("KEN", "020", "KEN")),
    ("beg for weapons", "The Ukrainian president begged Germany for more weapons.",
     ("UKR", "023", "DEU")),
    ("advise restraint", "The US advised Israel to exercise restraint in Gaza.",
     ("USA", "0256", "ISR")),
    ("an entreaty to", "The Turkish president made an entreaty to Russia and Ukraine.",
     ("TUR", "020", "UKR")),
    ("encourage talks", "The EU encouraged Serbia and Kosovo to resume talks.",
     ("IGOEEU", "026", "SRB")),
    ("encourage a solution", "The African Union encouraged Ethiopia and Eritrea to find a "
     "peaceful solution.", ("IGOAFRAU", "027", "ERI")),
    # 05 diplomatic cooperation
    ("appreciate support", "Pakistan appreciated China's support on Kashmir.",
     ("PAK", "051", "CHN")),
    ("felicitate", "The Indian prime minister felicitated the Bangladeshi prime minister on her "
     "victory.", ("IND", "051", "BGD")),
    ("gratitude to", "The Kenyan president expressed gratitude to China for the loan.",
     ("KEN", "051", "CHN")),
    ("appreciation for", "Egypt expressed appreciation for Qatar's mediation.",
     ("EGY", "051", "QAT")),
    ("extend congratulations to", "The Chinese leader extended his congratulations to the new "
     "Philippine president.", ("CHN", "051", "PHL")),
    ("send a letter of thanks to", "The Egyptian president sent a letter of thanks to the Saudi "
     "king.", ("EGY", "051", "SAU")),
    ("vouch for", "The Russian foreign minister vouched for the Syrian president.",
     ("RUS", "051", "SYR")),
    ("enter into an agreement", "Iraq entered into an agreement with Iran on border security.",
     ("IRQ", "057", "IRN")),
    # 08 yielding
    ("legalize a party", "The Tunisian government legalized the Islamist Ennahda party.",
     ("TUN", "0812", "TUN")),
    # 07 aid
    ("protect civilians", "UN peacekeepers protected civilians in the Central African Republic.",
     ("IGOUNO", "074", "CAF")),
    ("send a medical team", "China sent a medical team to Pakistan.", ("CHN", "073", "PAK")),
    ("dispatch rescue teams", "Turkey dispatched rescue teams to Syria after the earthquake.",
     ("TUR", "073", "SYR")),
]


@pytest.mark.parametrize("name,text,expected", CODED,
                         ids=[getattr(c, "id", None) or c[0] for c in CODED])
def test_reviewed_entry_is_coded(coder_all, name, text, expected):
    events = acts(coder_all, text)
    assert has(events, *expected), show(events)


OTHER_SENSE = [
    # (sentence, CAMEO root that must not come out): the word in a sense the entry keeps out
    ("lecture students", "The professor lectured students on Roman history in Rome.", "11"),
    ("an animal savages", "A bear savaged a Canadian hiker in Alberta.", "11"),
    ("caution investors", "The Kenyan central bank cautioned investors against speculation.",
     "13"),
    ("shelve an IPO", "The Chinese company shelved its IPO in Hong Kong.", "12"),
    ("eviction notice", "The landlord put the Kenyan tenants on eviction notice.", "13"),
    ("skewer lamb", "The Turkish chef skewered lamb for the visiting Greek delegation.", "11"),
    ("petition a court", "The Pakistani opposition petitioned the Supreme Court of Pakistan.",
     "02"),
    ("beg to differ", "The Nigerian minister begged to differ with the Kenyan minister.", "02"),
    ("a currency appreciates", "The yuan appreciated against the dollar in Shanghai.", "05"),
    ("an agreement enters into force", "The agreement between Iraq and Iran entered into force "
     "on Monday.", "05"),
    ("legalize a drug", "The Uruguayan government legalized cannabis in 2013.", "08"),
    ("escort a suspect", "Kenyan police escorted the Ugandan suspect to a court in Nairobi.",
     "07"),
    ("protect an economy", "The German government protected its economy from Chinese "
     "competition.", "07"),
]


@pytest.mark.parametrize("name,text,root", OTHER_SENSE, ids=[k[0] for k in OTHER_SENSE])
def test_reviewed_word_in_other_sense_gives_no_event(coder_all, name, text, root):
    events = acts(coder_all, text)
    assert not any(e.cameo.root == root for e in events), show(events)
