"""Aid and material cooperation (issue 11): the entries of lexicon/reviewed-inventories-7.yaml,
one wire-copy sentence per entry group, and the instrument subjects of aid: a convoy, truck,
ship or shipment that delivers is the act of whoever its own phrase names as sending it
(carriers.carrier_senders), and aid that names no recipient is for the country of the place it
reaches (carriers.aid_destination). Negatives use the same words in senses the entries and the
grammar keep out.

The sentences are written for this file, not taken from any gold or reference set. How an
expected row is matched: tests/sentence_checks.py.
"""

from __future__ import annotations

import pytest
from sentence_checks import acts, has, show

CODED = [
    # a. goods unloaded
    ("unload food", "The World Food Programme unloaded 300 tonnes of food in Port Sudan.",
     ("IGOUNO", "073", "SDN")),
    # b. deliveries and distributions told as done
    ("begin the distribution of vaccines", "UNICEF began the distribution of vaccines to "
     "children in Yemen.", ("IGOUNO", "073", "YEM")),
    ("complete the delivery of aid", "The Egyptian Red Crescent completed the delivery of aid "
     "to Gaza.", ("EGY", "070", "PSE")),
    # c. field hospitals
    ("set up a field hospital", "Qatar set up a field hospital in the Gaza Strip.",
     ("QAT", "073", "PSE")),
    ("send a hospital ship", "The United Arab Emirates sent a hospital ship to Egypt.",
     ("ARE", "073", "EGY")),
    # d. responding with relief
    ("respond with emergency aid", "The Red Cross responded with emergency aid to the floods "
     "in Libya.", ("NGO", "073", "LBY")),
    # e. supplies moved to a place
    ("airlift supplies", "Jordan airlifted supplies to the Gaza Strip.", ("JOR", "070", "PSE")),
    # f. feeding people
    ("feed people", "The World Food Programme fed two million people in Afghanistan.",
     ("IGOUNO", "073", "AFG")),
    # g. buying energy from another country
    ("buy oil from", "India bought oil from Russia.", ("IND", "061", "RUS")),
    # h. asking for forces and rescuers
    ("request the deployment of a force", "The Haitian government requested the deployment of "
     "a foreign security force.", ("HTIGOV", "0234", "*")),
    ("call for the deployment of troops", "The Somali president called for the deployment of "
     "African Union troops.", ("SOMGOV", "0234", "IGOAFRAU")),
    ("request rescue teams", "Turkey requested international search and rescue teams.",
     ("TUR", "0233", "*")),
    # i. aid increased or stepped up
    ("increase humanitarian aid", "The European Union increased its humanitarian aid to "
     "Sudan.", ("IGOEEU", "073", "SDN")),
    ("double aid", "Japan doubled its aid to Ukraine.", ("JPN", "070", "UKR")),
    ("boost military assistance", "Washington boosted military assistance to Taiwan.",
     ("USA", "072", "TWN")),
    # j. rescue and medical teams arriving
    ("a rescue team arrives", "An Israeli rescue team arrived in Turkey.",
     ("ISR", "073", "TUR")),
]


@pytest.mark.parametrize("name,text,expected", CODED, ids=[c[0] for c in CODED])
def test_reviewed_entry_is_coded(coder_all, name, text, expected):
    events = acts(coder_all, text)
    assert has(events, *expected), show(events)


CARRIED = [
    # the carrier is the subject; its sender is in its phrase
    ("a participle's agent inside an of-phrase", "A convoy of trucks contracted by the World "
     "Food Programme delivered flour to displaced families in Somalia.",
     ("IGOUNO", "073", "SOM")),
    ("an appositive participle", "The convoy, organized by the Red Cross, delivered medicines "
     "to hospitals in Sudan.", ("NGO", "073", "SDN")),
    ("sent by", "A convoy of 40 trucks sent by the Egyptian Red Crescent delivered food to "
     "Gaza.", ("EGY", "073", "PSE")),
    ("from a body", "Trucks from the World Food Programme delivered flour to families in Gaza.",
     ("IGOUNO", "073", "PSE")),
    ("from a country", "A ship from Qatar delivered liquefied gas to Pakistan.",
     ("QAT", "061", "PAK")),
    ("from a ministry", "A truck from the Kenyan ministry of health delivered vaccines to "
     "Somalia.", ("KEN", "073", "SOM")),
    ("a possessive", "The Turkish Red Crescent's convoy delivered tents to Syria.",
     ("TUR", "073", "SYR")),
    ("a team from a country", "Rescue teams from Spain arrived in Morocco after the "
     "earthquake.", ("ESP", "073", "MAR")),
    ("a team sent by", "Emergency teams sent by the Red Cross distributed blankets in Gaza.",
     ("NGO", "073", "PSE")),
    # the vehicle's participle says what it carries, and where it comes from
    ("trucks carrying aid from a country", "Trucks carrying aid from Egypt entered Gaza on "
     "Sunday.", ("EGY", "073", "PSE")),
    ("trucks carrying food from a body", "Ten trucks carrying food from the World Food "
     "Programme crossed into Sudan.", ("IGOUNO", "073", "SDN")),
    # the carrier is the noun trigger; no recipient named, the place it reaches is
    ("an arriving aid convoy", "An aid convoy organized by the United Nations arrived in "
     "Khartoum.", ("IGOUNO", "073", "SDN")),
    # a carrier whose own phrase names no sender: the one aid body the sentence names
    ("the aid body reporting it", "An aid convoy carrying flour reached Kadugli in Sudan on "
     "Monday, the World Food Programme said.", ("IGOUNO", "073", "SDN")),
    ("the aid body in an amid-phrase", "A relief convoy entered the Yemeni city of Taiz on "
     "Tuesday amid efforts by the United Nations to reach families cut off by the fighting.",
     ("IGOUNO", "073", "YEM")),
]


def test_no_aid_body_is_chosen_among_two(coder_all):
    # two humanitarian bodies named and the convoy's own phrase silent: whose it is is unknown
    events = acts(coder_all, "An aid convoy reached Kadugli in Sudan on Monday as the World "
                  "Food Programme and Doctors Without Borders warned of famine.")
    assert not [e for e in events if e.cameo.root == "07"], show(events)


@pytest.mark.parametrize("name,text,expected", CARRIED, ids=[c[0] for c in CARRIED])
def test_carrier_subject_acts_for_its_sender(coder_all, name, text, expected):
    events = acts(coder_all, text)
    assert has(events, *expected), show(events)


def test_weapon_subject_still_names_its_country(coder_all):
    # the path the carriers reuse: "Russian missiles struck" is Russia's
    events = acts(coder_all, "Russian missiles struck Kyiv.")
    assert has(events, "RUS", "19", "UKR"), show(events)


OTHER_SENSE = [
    # (sentence, CAMEO root, or code when longer, that must not come out)
    ("trucks carrying cars", "Trucks carrying cars arrived at the port.", "07"),
    ("delivered results", "The company delivered strong results.", "07"),
    ("a convoy of tanks", "A convoy of Russian tanks entered the town.", "07"),
    ("unload cars", "Dockers unloaded 300 cars at the port.", "07"),
    ("a blocked delivery", "Israel blocked the delivery of aid to Gaza.", "07"),
    ("an ordinary hospital", "Kenya opened a new hospital in Nairobi.", "07"),
    ("the army's own hospital", "The army set up a military hospital in the capital.", "07"),
    ("respond with strikes", "Iran responded with missile strikes on Israel.", "07"),
    ("feed the troops", "The army fed the troops.", "07"),
    ("stop buying gas", "Germany stopped buying gas from Russia.", "06"),
    ("buy shares", "Indian investors bought shares from the Adani group.", "06"),
    ("military supplies", "Russia sent military supplies to its troops in Syria.", "070"),
    ("ask for investigators", "Israel asked the UN to send a team of investigators.", "0233"),
    ("aid scaled back", "The United States scaled back aid to Egypt.", "07"),
    ("an intercepted aid ship", "Israel intercepted a ship from Turkey carrying aid to Gaza.",
     "07"),
    ("a team of investigators arrives", "A team of investigators from the UN arrived in "
     "Damascus.", "07"),
    ("a football team arrives", "The national football team arrived in Qatar.", "07"),
    ("a grain ship arrives", "The ship carrying grain from Ukraine arrived in Istanbul.", "07"),
    ("aid trucks stuck", "Trucks carrying aid were stuck at the Rafah crossing.", "07"),
    ("taxes increased", "The Kenyan government increased taxes on imports.", "07"),
]


@pytest.mark.parametrize("name,text,root", OTHER_SENSE, ids=[k[0] for k in OTHER_SENSE])
def test_word_in_other_sense_gives_no_event(coder_all, name, text, root):
    events = acts(coder_all, text)
    assert not any((e.cameo.root if len(root) == 2 else e.cameo.code) == root
                   for e in events), show(events)


def test_a_field_hospital_is_not_the_recipient(coder_all):
    # the aid given (a role word of no country) is never taken for its recipient
    events = acts(coder_all, "Turkey set up a field hospital in Syria.")
    assert has(events, "TUR", "073", "SYR"), show(events)
    assert not any(e.target is not None and e.target.agent == "HLH" for e in events), \
        show(events)


def test_asking_for_weapons_is_not_asking_for_forces(coder_all):
    # the weapons are four arcs from the asking verb: appeals look deeper (events.ASKING_REACH)
    events = acts(coder_all, "Poland asked for the deployment of American nuclear weapons.")
    assert not any(e.cameo.code == "0234" for e in events), show(events)


def test_an_arrival_that_is_aid_is_not_also_a_visit(coder_all):
    # the governing verb the aid noun needs ("arrived") is used by it, so it triggers nothing else
    events = acts(coder_all, "An Israeli rescue team arrived in Turkey.")
    assert has(events, "ISR", "073", "TUR"), show(events)
    assert not any(e.cameo.root == "04" for e in events), show(events)
