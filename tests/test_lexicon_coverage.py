"""Coverage of common wire-copy phrasing (lexicon/wire-phrases.yaml): one or two sentences per
entry group, each stating the event that must come out (source, CAMEO root or code, target), and
a few sentences where an entry's `without` list must keep an event out.

How an expected row is matched: tests/sentence_checks.py.
"""

from __future__ import annotations

import pytest
from sentence_checks import DATE, acts, has, show

COVERAGE = [
    # light verb + event noun
    ("issue a reminder to", "The United States issued a reminder to Israel about its obligations "
     "under international law.", ("USA", "02", "ISR")),
    ("pledge police", "Kenya pledged 1,000 police officers to Haiti.", ("KEN", "03", "HTI")),
    ("offer troops", "Chad offered troops to the African Union force in Somalia.",
     ("TCD", "03", "*")),
    ("receive a warm welcome", "Indian Prime Minister Narendra Modi received a warm welcome from "
     "the Japanese prime minister in Tokyo.", ("IND", "04", "JPN")),
    ("give a welcome to", "Ghana gave a warm welcome to the Nigerian president on Monday.",
     ("GHA", "04", "NGA")),
    ("receive a mission", "Sudan received an African Union mission on Sunday.",
     ("SDN", "04", "*")),
    ("welcome a visiting mission", "Morocco welcomed a visiting French trade mission.",
     ("MAR", "04", "FRA")),
    ("launch a mediation effort", "Qatar launched a mediation effort between Israel and Hamas.",
     ("QAT", "04", "ISR")),
    ("undertake a mediation mission", "Norway undertook a mediation mission between Colombia "
     "and the rebels.", ("NOR", "04", "COL")),
    ("give a cautious welcome to a plan", "Germany gave a cautious welcome to the Chinese peace "
     "plan.", ("DEU", "05", "*")),
    ("issue a warning to (dative)", "The Chinese military issued a stern warning to Taiwan on "
     "Thursday.", ("CHN", "13", "TWN")),
    ("issue a final warning", "Iran issued a final warning to Azerbaijan.", ("IRN", "13", "AZE")),
    ("call a general strike", "Nigerian unions called a general strike over fuel prices.",
     ("NGA", "14", "*")),
    # phrasal verbs
    ("open up a market", "Vietnam opened up its market to American beef.", ("VNM", "06", "*")),
    ("hand over a suspect to a court", "Serbia handed over the suspect to the International "
     "Criminal Court.", ("SRB", "06", "*")),
    ("call off industrial action", "Nigerian unions called off the industrial action.",
     ("NGA", "08", "*")),
    ("call off demonstrations", "Opposition parties in Kenya called off the planned "
     "demonstrations.", ("KEN", "08", "*")),
    ("call off a counteroffensive", "The Ukrainian army called off the counteroffensive near "
     "Zaporizhzhia.", ("UKR", "08", "*")),
    ("call off military drills", "Russia called off its military drills near the Finnish "
     "border.", ("RUS", "08", "*")),
    ("cancel war games", "The United States cancelled the war games with South Korea.",
     ("USA", "08", "*")),
    ("fly soldiers out of", "France flew its last soldiers out of Niger on Friday.",
     ("FRA", "08", "*")),
    ("call off a visit", "The Turkish president called off his visit to Sweden.",
     ("TUR", "16", "SWE")),
    ("call off a meeting", "The Egyptian government called off the meeting with Ethiopia.",
     ("EGY", "16", "ETH")),
    ("hack into", "Chinese hackers hacked into the websites of the Indian defence ministry.",
     ("CHN", "17", "IND")),
    ("knock websites offline", "Russian hackers knocked Lithuanian government websites offline.",
     ("RUS", "17", "LTU")),
    ("firebomb", "Indian rioters firebombed Muslim shops in Delhi.", ("IND", "17", "*")),
    ("force residents out of their homes", "Israeli settlers forced Palestinian residents out of "
     "their homes in Hebron.", ("ISR", "20", "PSE")),
    ("forced from their homes by (passive)", "Hundreds of Palestinians were forced from their "
     "homes by Israeli settlers.", ("ISR", "20", "PSE")),
    # deployments and aid
    ("contribute money", "Japan contributed $10 million to the World Food Programme.",
     ("JPN", "07", "*")),
    ("contribute troops to a UN mission", "Bangladesh contributed 1,000 troops to the UN "
     "mission in Mali.", ("BGD", "07", "*")),
    ("send troops to an AU mission", "Rwanda sent troops to the African Union mission in "
     "Somalia.", ("RWA", "07", "*")),
    ("suspend NGO operations", "The Ugandan government suspended the operations of foreign "
     "NGOs.", ("UGA", "16", "*")),
    ("order foreign troops out", "The Burkinabe junta ordered French troops to leave the "
     "country.", ("BFA", "16", "FRA")),
    # restrictions
    ("reopen a border with", "Colombia reopened its border with Venezuela.",
     ("COL", "08", "VEN")),
    ("reopen a bridge", "Moldova reopened the bridge across the Dniester on Friday.",
     ("MDA", "08", "*")),
    ("close a bridge", "Turkey closed the bridge to Syrian traffic.", ("TUR", "19", "*")),
    ("shut down a border with", "Algeria shut down its border with Morocco.",
     ("DZA", "19", "MAR")),
    ("close air space", "Venezuela closed its air space to flights from Panama.",
     ("VEN", "19", "*")),
    # judicial and coercive acts
    # a sentence of years is imprisonment: 173, not the 116 of a bare ruling of guilt
    ("hand a sentence", "A Russian court handed the American journalist a 16-year sentence.",
     ("RUS", "17", "USA")),
    ("summon for questioning", "A Russian court summoned the opposition leader for "
     "questioning.", ("RUS", "17", "*")),
    ("order to appear", "A Kenyan court ordered the former minister to appear before it on "
     "Monday.", ("KEN", "17", "*")),
    ("order the arrest of", "A Kenyan court ordered the arrest of the former governor.",
     ("KEN", "17", "*")),
    ("try in absentia", "A Turkish court tried the journalists in absentia.", ("TUR", "17", "*")),
    ("evict a family", "Israeli police evicted a Palestinian family from its home in Sheikh "
     "Jarrah.", ("ISR", "17", "PSE")),
    ("prevent a demonstration", "Moroccan police prevented a demonstration outside parliament.",
     ("MAR", "17", "*")),
    ("block a march", "Algerian police blocked a march in Algiers.", ("DZA", "17", "*")),
    ("shutter a bureau", "Egypt shuttered the Al Jazeera bureau in Cairo.", ("EGY", "17", "*")),
    ("disperse supporters", "Zimbabwean police dispersed opposition supporters in Harare.",
     ("ZWE", "17", "*")),
    # cyber
    ("carry out a cyberattack", "Iranian hackers carried out a cyberattack on Israeli water "
     "systems.", ("IRN", "17", "ISR")),
    ("launch a cyber attack", "Israel launched a cyber attack on Iranian nuclear facilities.",
     ("ISR", "17", "IRN")),
    ("steal from banks", "North Korean hackers stole millions of dollars from South Korean "
     "banks.", ("PRK", "17", "KOR")),
    # investigations
    ("investigation into war crimes", "The ICC launched an investigation into alleged war crimes "
     "in Ukraine.", ("IGOICC", "094", "*")),
    # military preparation
    ("train militants", "Iran trained Houthi militants in Yemen.", ("IRN", "06", "YEM")),
    ("hold drills with", "India held drills with the Japanese navy off Chennai.",
     ("IND", "06", "JPN")),
    ("stage drills", "The Chinese navy staged drills in the South China Sea.",
     ("CHN", "15", "*")),
    ("stay on alert", "Indian troops stayed on alert in Kashmir.", ("IND", "15", "*")),
    ("raise the alert level", "The Indian army raised its alert level along the border.",
     ("IND", "15", "*")),
    ("train hackers", "North Korea trained hundreds of hackers.", ("PRK", "15", "*")),
]


@pytest.mark.parametrize("name,text,expected", COVERAGE, ids=[c[0] for c in COVERAGE])
def test_wire_phrase_is_coded(coder_all, name, text, expected):
    events = acts(coder_all, text)
    assert has(events, *expected), show(events)


KEPT_OUT = [
    # (sentence, CAMEO root that must not come out): the entries' `without` lists at work
    ("closed for fog", "Kenyan authorities closed the airport due to heavy fog.", "19"),
    ("cautious welcome is no visit", "The Ghanaian government gave a cautious welcome to the IMF "
     "report.", "04"),
    ("summon a cabinet", "The Nigerian president summoned his cabinet for an emergency meeting.",
     "17"),
    ("call for a strike", "Nigerian unions called for a general strike over fuel prices.", "14"),
    ("not called off", "Nigerian doctors did not call off the strike.", "08"),
]


@pytest.mark.parametrize("name,text,root", KEPT_OUT, ids=[k[0] for k in KEPT_OUT])
def test_wire_phrase_false_positive_kept_out(coder, name, text, root):
    events = coder.code(text, date=DATE).events
    assert not any(e.cameo.root == root for e in events), show(events)
