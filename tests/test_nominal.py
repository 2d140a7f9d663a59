"""Noun argument structure (nominal.py, knowledge/nominal.yaml): who does what to whom around an
event noun, in the team's own sentences. Each row: an event that must come out (source, CAMEO
root or code, target; see tests/sentence_checks.py) and, where the old reading was the wrong way
round, the event that must not.
"""

from __future__ import annotations

import pytest
from sentence_checks import DATE, has, show

from eventwire.errors import KnowledgeError

ROLES = [
    # possessor: the doer of a doer or agentive noun, the one acted on of a patientive one
    ("possessor doer", "The Brazilian president's visit to Argentina ended on Tuesday.",
     ("BRAGOV", "042", "ARG"), None),
    ("possessor agent with of patient", "Chile's condemnation of the Peruvian coup was swift.",
     ("CHL", "11", "PER"), None),
    ("possessor doer with of patient", "Turkey's arrest of a Swedish journalist angered Sweden.",
     ("TUR", "17", "SWE"), None),
    # of: the doer of a doer noun, the one acted on otherwise
    ("of doer", "The visit of the Indian prime minister to Nepal began on Monday.",
     ("INDGOV", "042", "NPL"), None),
    # by and "at the hands of": the doer, also where the parser hangs them on the of object
    ("by on the of object", "The arrest of two Kenyan activists by Ugandan police drew criticism.",
     ("UGACOP", "17", "KEN"), None),
    ("at the hands of", "The killing of three Malian soldiers at the hands of jihadists shocked "
     "the region.", ("*", "19", "MLIMIL"), None),
    ("of sender", "The ambassador delivered the invitation of the Ghanaian government to the "
     "Togolese president.", ("GHAGOV", "036", "TGO"), None),
    ("from on the of object", "The offer of talks from Pyongyang surprised Seoul.",
     ("PRK", "036", "KOR"), None),
    # from: the doer of doer and agentive nouns
    ("from doer", "Criticism from Beijing followed the vote in Manila.", ("CHN", "11", "*"), None),
    # support verbs that turn the roles around
    ("drew from", "Germany drew sharp criticism from Poland over the pipeline.",
     ("POL", "11", "DEU"), ("DEU", "11", "POL")),
    ("faced from", "The Serbian government faced criticism from the European Union.",
     ("IGOEEU", "11", "SRB"), None),
    ("came under from", "Ukrainian positions came under attack from Russian forces near Avdiivka.",
     ("RUSMIL", "19", "UKR"), ("UKR", "19", "RUS")),
    ("turned with a named modifier", "Ethiopian troops suffered a deadly Eritrean ambush near "
     "the border.", ("ERI", "19", "ETHMIL"), ("ETHMIL", "19", "ERI")),
    ("target of", "A Nigerian village was the target of an attack by Boko Haram militants.",
     ("NGAREB", "19", "NGA"), None),
    ("received a demand from", "The Hungarian government received a demand from the European "
     "Commission.", ("IGOEEU", "10", "HUN"), ("HUNGOV", "10", "*")),
    # the passive verb that governs the noun names its doer
    ("passive governor", "Sanctions against Iran were tightened by the European Union.",
     ("IGOEEU", "16", "IRN"), None),
    # a verb of causing whose subject is the noun: the act happened
    ("subject of causing verb", "Zambia's expulsion of a Chinese diplomat sparked a row.",
     ("ZMB", "16", "CHN"), None),
]


@pytest.mark.parametrize("name,text,expected,forbidden", ROLES, ids=[r[0] for r in ROLES])
def test_roles_around_event_nouns(coder, name, text, expected, forbidden):
    got = coder.code(text, date=DATE).events
    assert has(got, *expected), f"{name}: {show(got)}"
    if forbidden is not None:
        assert not has(got, *forbidden), f"{name}: {show(got)}"


def test_a_turning_verb_with_no_doer_named_still_blocks_the_noun(coder):
    # "faced criticism" with no one named: no one is the critic, least of all Serbia
    got = coder.code("The Serbian government faced criticism over the mine.", date=DATE).events
    assert not [e for e in got if e.cameo.root == "11"], show(got)


def test_a_patients_possessor_is_never_the_doer(coder):
    got = coder.code("The Georgian opposition leader's arrest was announced on Friday.",
                     date=DATE).events
    assert not [e for e in got if e.cameo.root == "17" and e.source.country == "GEO"
                and e.source.code.endswith("OPP")], show(got)


def test_an_unnamed_possessor_doer_is_no_one_else(coder):
    # "its occupation of the reef": the doer is written but the pronoun says not who; the subject
    # of the clause the phrase hangs on is not taken for it
    got = coder.code("Canada and Norway stepped up pressure on Beijing after its occupation of "
                     "the reef.", date=DATE).events
    assert not [e for e in got if e.trigger.text == "occupation" and e.source.country in
                ("CAN", "NOR")], show(got)


def test_an_of_phrase_that_names_no_one_is_no_doer(coder):
    # "the visit of officials": no named doer, so the subject of the carrying verb still acts
    got = coder.code("Kenya announced a visit of officials to Somalia next week.",
                     date=DATE).events
    assert has(got, "KEN", "042", "SOM"), show(got)


def test_table_classes_are_disjoint_and_complete():
    from eventwire.nominal import table

    t = table()
    assert t.roles["visit"]["of"] == "source"
    assert t.roles["criticism"]["of"] == "target" and t.roles["criticism"]["from"] == "source"
    assert t.roles["arrest"]["possessor"] == "target" and t.roles["arrest"]["from"] == "none"
    assert {"face", "draw", "receive"} <= t.inverting
    assert "under" in t.inverting_preps["come"]


def test_a_bad_table_names_the_file_and_class(tmp_path, monkeypatch):
    from eventwire import nominal

    bad = tmp_path / "nominal.yaml"
    bad.write_text("classes:\n  odd:\n    roles: {possessor: source, of: maybe, from: none}\n"
                   "    nouns: [visit]\n", encoding="utf-8")
    monkeypatch.setattr(nominal, "HERE", tmp_path)
    nominal.table.cache_clear()
    try:
        with pytest.raises(KnowledgeError, match=r"nominal\.yaml: class 'odd'"):
            nominal.table()
    finally:
        monkeypatch.undo()
        nominal.table.cache_clear()


def test_a_turning_support_verb_is_no_act_of_its_own(coder):
    # "met with criticism": the criticism is the act, not a meeting with the critic
    got = coder.code("The Bolivian president met with criticism from Argentina over the remarks.",
                     date=DATE).events
    assert has(got, "ARG", "11", "BOL"), show(got)
    assert not [e for e in got if e.cameo.root == "04"], show(got)


def test_victims_of_an_attack_noun_are_of_the_place_it_hit(coder):
    # the killing's subject is an attack noun whose own phrase names the place hit
    got = coder.code("Russian strikes on Kharkiv killed three people.", date=DATE).events
    assert has(got, "RUS", "19", "UKRCVL"), show(got)
    assert not has(got, "RUS", "19", "RUSCVL"), show(got)


def test_with_the_support_of_names_the_giver_and_backs_the_subject(coder_all):
    # "with the backing of X": X backs the clause's subject, not the other way round
    events = coder_all.code("Rebels seized the town of Goma with the support of Rwandan "
                            "troops, Congolese officials said.", date="2024-05-06").events
    backing = [e for e in events if e.cameo.root == "05"]
    assert backing and all(e.source.country == "RWA" and e.source.agent == "MIL"
                           for e in backing), [(e.source.code, e.target and e.target.code)
                                               for e in events]
