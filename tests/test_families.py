"""Coverage of the news-language families in lexicon/families.yaml: aid delivery and evacuation,
strikes and blockades, court acts, troop movements, lifted restrictions, verbal attacks in idiom,
clashes told through their casualties, talks that resume or collapse, pledges and rewards.

Each row is a short sentence in the style of wire copy, written for this table, with the event
that must come out (source, CAMEO root or code, target). A few rows fail for reasons outside the
lexicon and are marked as strict xfails with the reason; KEPT_OUT lists sentences where an entry's
`with`/`without` words must keep an event out.

How an expected row is matched: tests/sentence_checks.py.
"""

from __future__ import annotations

import pytest
from sentence_checks import DATE, acts, has, show

NEGATED_PLEA = ("a lexicon phrase never includes negation arcs, so 'pleaded not guilty' cannot be "
                "told from 'pleaded guilty' and no plea of guilt is listed")


def xfail(row, reason):
    return pytest.param(*row, marks=pytest.mark.xfail(strict=True, reason=reason), id=row[0])


FAMILIES = [
    # 1. aid delivery, evacuation, relief camps, humanitarian appeals
    ("truck food into", "Egypt trucked food and fuel into Gaza on Sunday.", ("EGY", "073", "PSE")),
    ("drop aid over", "Jordanian planes dropped aid over Gaza.", ("JOR", "073", "PSE")),
    ("aid convoy arrives", "A Saudi aid convoy arrived in Yemen.", ("SAU", "073", "YEM")),
    ("aid convoy reaches", "A Turkish aid convoy reached northern Syria.", ("TUR", "073", "SYR")),
    ("evacuate the wounded", "Egypt evacuated wounded Palestinians from Gaza.",
     ("EGY", "073", "PSE")),
    ("set up camps for refugees", "Turkey set up camps for Syrian refugees near the border.",
     ("TUR", "073", "SYR")),
    ("distribute parcels", "Qatar distributed relief parcels to Afghan families.",
     ("QAT", "073", "AFG")),
    ("appeal for a sum", "The Palestinian Authority appealed to the European Union for "
     "$300 million.", ("PSE", "023", "IGOEEU")),
    # a public appeal names its addressee only in its own words; the country it is for is its
    # beneficiary (session 18, as the real-news coders code it: docs/policy.md)
    ("launch an emergency appeal", "Kuwait launched an emergency appeal for Sudan.",
     ("KWT", "0233", None)),
    # 2. strikes, shop closures, blockades
    ("go on strike over prices", "Nigerian workers went on strike over fuel prices.",
     ("NGA", "14", "NGA")),
    ("stop work in protest", "Bolivian miners stopped work in protest.", ("BOL", "143", "BOL")),
    ("shutter shops in protest", "Iranian bazaar merchants shuttered shops in protest against "
     "the currency collapse.", ("IRN", "143", "IRN")),
    ("refuse to work", "Iranian truck drivers refused to work.", ("IRN", "143", "IRN")),
    ("blockade faculties", "Serbian students blockaded the faculties.", ("SRB", "144", "SRB")),
    ("block an avenue", "Georgian protesters blocked the main avenue in Tbilisi.",
     ("GEO", "144", "GEO")),
    ("begin a general strike", "Greek unions began a general strike against the pension "
     "reform.", ("GRC", "14", "GRC")),
    # 3. court acts
    ("acquit", "A Turkish court acquitted the German journalist.", ("TUR", "084", "DEU")),
    ("clear of charges", "An Iranian court cleared the French researcher of spying charges.",
     ("IRN", "084", "FRA")),
    ("overturn a verdict", "An Iranian appeals court overturned the verdict against the French "
     "tourist.", ("IRN", "084", "FRA")),
    ("drop charges", "Egyptian prosecutors dropped the charges against the American student.",
     ("EGY", "084", "USA")),
    ("uphold a sentence", "The Indian Supreme Court upheld the death sentence against the "
     "Pakistani gunman.", ("IND", "116", "PAK")),
    ("hold a hearing", "A Russian court held a hearing in the case of the American journalist.",
     ("RUS", "173", "USA")),
    ("extradition hearing", "A British court held an extradition hearing for the Russian "
     "businessman.", ("GBR", "173", "RUS")),
    ("open a trial", "An Egyptian court opened the trial of three Canadian journalists.",
     ("EGY", "173", "CAN")),
    ("dismiss an appeal", "The Russian court dismissed the appeal of the American journalist.",
     ("RUS", "120", "USA")),
    ("sentence to prison", "An Iranian court sentenced two French tourists to eight years in "
     "prison.", ("IRN", "173", "FRA")),
    ("given a jail sentence", "A Russian court gave the American journalist a 16-year prison "
     "sentence.", ("RUS", "173", "USA")),
    ("add to a wanted list", "Belarus added two Lithuanian journalists to its wanted list.",
     ("BLR", "173", "LTU")),
    ("deny bail", "A Chinese court denied bail to the Canadian businessman.",
     ("CHN", "1243", "CAN")),
    ("grant bail", "A Kenyan court granted bail to the British journalist.",
     ("KEN", "0841", "GBR")),
    ("lodge an appeal", "The Polish government lodged an appeal against the European "
     "Commission's ruling.", ("POL", "115", "IGOEEU")),
    ("plead innocent", "The Serbian general pleaded innocent to war crimes charges.",
     ("SRB", "016", "*")),
    xfail(("plead not guilty", "The Serbian general pleaded not guilty to war crimes charges.",
           ("SRB", "016", "*")), NEGATED_PLEA),
    # 4. troop movements and pullbacks
    ("dispatch jets toward", "China dispatched fighter jets toward Taiwan.",
     ("CHN", "150", "TWN")),
    ("mass near a border", "Russian troops massed near the Ukrainian border.",
     ("RUS", "150", "UKR")),
    ("deploy additional troops", "Turkey deployed additional troops to northern Syria.",
     ("TUR", "154", "SYR")),
    ("rush reinforcements", "The Indian army rushed reinforcements to Kashmir.",
     ("IND", "154", "IND")),
    ("reinforce positions", "Israel reinforced its positions along the Lebanese border.",
     ("ISR", "154", "LBN")),
    ("pull troops out of", "The United States pulled its troops out of Syria.",
     ("USA", "0874", "SYR")),
    ("redeploy away from", "Armenia redeployed troops away from the Azerbaijani border.",
     ("ARM", "0874", "AZE")),
    # 5. lifting restrictions, blockades and bans
    ("drop sanctions", "Britain dropped sanctions against the Russian bank.",
     ("GBR", "085", "RUS")),
    ("relax a ban on goods", "China relaxed its ban on Japanese seafood.", ("CHN", "085", "JPN")),
    ("lift a blockade of", "Saudi Arabia lifted its blockade of Qatar.", ("SAU", "0872", "QAT")),
    ("lift a party ban", "Pakistan lifted the ban on the opposition party.",
     ("PAK", "0812", "PAK")),
    ("allow fuel in", "Israel allowed fuel into Gaza.", ("ISR", "0863", "PSE")),
    # 6. verbal attacks in idiom
    ("vent anger at", "The Chinese embassy vented its anger at Lithuania.",
     ("CHN", "111", "LTU")),
    ("voice indignation", "Armenia voiced indignation over the Azerbaijani blockade.",
     ("ARM", "111", "AZE")),
    ("take to task", "The German chancellor took Hungary to task over the veto.",
     ("DEU", "111", "HUN")),
    ("fire a broadside", "Iran fired a broadside at Saudi Arabia.", ("IRN", "111", "SAU")),
    ("chide", "The Venezuelan president chided Colombia over the border closure.",
     ("VEN", "111", "COL")),
    ("wage a war of words", "Serbia waged a war of words with Croatia.", ("SRB", "111", "HRV")),
    ("remonstrate with", "Algeria remonstrated with France over the visas.",
     ("DZA", "110", "FRA")),
    # 7. clashes told through their casualties
    ("suffer casualties in fighting", "The Sudanese army suffered heavy casualties in fighting "
     "with Chadian rebels.", ("SDN", "190", "TCD")),
    ("inflict casualties", "Ukrainian forces inflicted heavy casualties on Russian troops near "
     "Bakhmut.", ("UKR", "190", "RUS")),
    ("hostilities between", "Hostilities between Israel and Hezbollah killed dozens.",
     ("ISR", "190", "LBN")),
    ("border clashes erupt", "Border clashes erupted between Kyrgyz and Tajik troops.",
     ("KGZ", "190", "TJK")),
    ("fighting resumes", "Fighting resumed between Sudanese troops and Ethiopian militias.",
     ("SDN", "196", "ETH")),
    ("engage troops", "Ukrainian forces engaged Russian troops near Kharkiv.",
     ("UKR", "190", "RUS")),
    ("die in a skirmish with", "Two Thai soldiers died in a border skirmish with Cambodian "
     "troops.", ("THA", "190", "KHM")),
    ("killed in clashes with", "Five Indian soldiers were killed in clashes with Chinese "
     "troops.", ("CHN", "190", "IND")),
    # 8. talks that resume or fail
    ("talks collapse", "Talks between Armenia and Azerbaijan collapsed on Friday.",
     ("ARM", "164", "AZE")),
    ("talks stall", "Talks between Egypt and Ethiopia stalled over the dam.",
     ("EGY", "164", "ETH")),
    ("negotiations break down", "The negotiations between Sudan and South Sudan broke down.",
     ("SDN", "164", "SSD")),
    ("resume ceasefire negotiations", "Israel and Hamas resumed negotiations on a ceasefire.",
     ("ISR", "046", "PSE")),
    ("resume talks", "Serbia and Kosovo resumed talks in Brussels.", ("SRB", "04", "KSV")),
    # 9. pledges, grants and rewards
    ("pledge noun", "Saudi Arabia made a $1 billion pledge to Pakistan.", ("SAU", "0331", "PAK")),
    ("promise rice", "India promised 5,000 tonnes of rice to Sri Lanka.", ("IND", "0333", "LKA")),
    ("donation noun", "Japan announced a $10 million donation to Ukraine.",
     ("JPN", "071", "UKR")),
    ("deposit in a central bank", "The UAE deposited $2 billion in the Egyptian central bank.",
     ("ARE", "071", "EGY")),
    ("reward a partner", "The European Union rewarded Armenia with visa liberalisation.",
     ("IGOEEU", "051", "ARM")),
    ("reward for information", "The United States offered a $10 million reward for information "
     "on the Hamas leader.", ("USA", "173", "PSE")),
]


@pytest.mark.parametrize("name,text,expected", [
    r if hasattr(r, "marks") else pytest.param(*r, id=r[0]) for r in FAMILIES])
def test_family_phrase_is_coded(coder_all, name, text, expected):
    events = acts(coder_all, text)
    assert has(events, *expected), show(events)


KEPT_OUT = [
    # (sentence, CAMEO root that must not come out)
    ("military strikes are no labour strike", "Israeli jets began strikes on Gaza.", "14"),
    ("dropped bombs are no aid", "Russia dropped bombs on Kharkiv.", "07"),
    ("fire on a refugee camp", "Israel opened fire on a refugee camp in Gaza.", "07"),
    ("police clashes are no war", "Clashes erupted between police and protesters in Nairobi.",
     "19"),
    ("a congressional hearing", "Congress held a hearing on China.", "17"),
    ("blocking a vote is no blockade", "Protesters blocked a parliament vote in Georgia.", "14"),
    ("more peacekeepers are no build-up", "The UN sent more peacekeepers to Mali.", "15"),
    ("a market position is no military one", "Korean Air reinforced its position among the "
     "most profitable Asian airlines.", "15"),
    ("clear the way", "The Iranian minister cleared the way for talks with Oman.", "08"),
    ("going ahead with air strikes", "Israel went ahead with strikes on Rafah.", "14"),
    ("missile trials", "The Russian army held trials of a new missile.", "17"),
    ("weight behind an appeal", "Kyiv threw its weight behind the appeal.", "12"),
    ("rewards for whistleblowers", "China increased rewards for whistleblowers.", "17"),
    ("the party line", "Beijing reinforced the party line on Taiwan.", "15"),
    ("'let loose with' water cannons is no access allowed",
     "Chinese coast guard ships let loose with water cannons against two Philippine vessels "
     "on a resupply mission to Filipino fishermen.", "08"),
]


@pytest.mark.parametrize("name,text,root", KEPT_OUT, ids=[k[0] for k in KEPT_OUT])
def test_family_false_positive_kept_out(coder, name, text, root):
    events = coder.code(text, date=DATE).events
    assert not any(e.cameo.root == root for e in events), show(events)
