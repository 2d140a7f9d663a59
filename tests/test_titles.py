"""Actors named by a bare title or office, and the constructions around them that are no act of
their own (issue 11, item 4: generic actors; item 5: object nouns turned into acts):

- a bare title ("the Monarch", "the Queen", "His Majesty", "the President") takes up the last
  holder of the same office the article named (knowledge/titles.yaml, from WordNet), and a
  form of address never takes the country of the person its pronoun would name;
- a "royal court" is the monarch's office (GOV), not a court of law;
- wire sourcing formulas ("requested anonymity", "declined to be named") are no request or
  refusal (sourcing.py);
- a verb of deciding that takes an event noun only carries it ("agreed on a package of
  sanctions": the sanction, not also an agreement; nominal.decided);
- an attendance list ("the meeting was attended by A, B and C") pairs no two participants of
  one country (nominal.attended).

Every sentence is written for this file in the style of wire copy, not taken from any gold or
reference set.
"""

from __future__ import annotations

import pytest
from sentence_checks import DATE, has, show

from eventwire.errors import KnowledgeError

# (article, the title's trigger word, the source code its act must take)
TITLES = [
    ("King Harald V met the Swedish prime minister in Oslo. Later the Monarch thanked Sweden "
     "for its help during the floods.", "thanked", "NORGOV"),
    ("King Mohammed VI received Senegal's foreign minister in Rabat on Monday. His Majesty "
     "praised Senegal for its support.", "praised", "MARGOV"),
    ("Canadian Prime Minister Mark Carney met the Mexican president on Monday. The Premier "
     "later criticised China over its steel exports.", "criticised", "CANGOV"),
]


@pytest.mark.parametrize("text,trigger,source", TITLES)
def test_a_bare_title_takes_up_the_holder_of_its_office(coder, text, trigger, source):
    events = coder.code(text, date="2025-06-02").events
    got = [e for e in events if e.trigger.text == trigger]
    assert got and all(e.source.code == source for e in got), show(events)


def test_a_country_named_before_a_title_is_the_named_persons(coder):
    # a person no knowledge file lists, named by country, title and name
    coded = coder.code("Gabon President Marius Ondo criticised Cameroon over the border "
                       "closure.", date=DATE)
    assert has(coded.events, "GABGOV", "11", "CMR"), show(coded.events)


def test_a_visiting_title_takes_up_the_visitor_named(coder):
    text = ("Kenya's president met Gabon President Marius Ondo in Nairobi on Friday. The "
            "visiting President thanked Kenya for its hospitality.")
    events = coder.code(text, date=DATE).events
    assert has(events, "GABGOV", "05", "KEN"), show(events)


def test_a_visiting_role_with_no_holder_named_is_not_of_the_host(coder):
    text = "Kenya's president received the visiting minister on Tuesday."
    events = coder.code(text, date=DATE).events
    assert events and not any(e.target is not None and e.target.code == "KENGOV"
                              for e in events), show(events)


def test_a_form_of_address_with_no_sovereign_named_is_not_the_pronouns_person(coder):
    # "His" would take up the ambassador; "His Majesty" is no ambassador of anyone
    text = ("Ambassador Luis Ortega of Peru met the Chilean foreign minister on Monday. His "
            "Majesty later praised Chile for its help.")
    events = coder.code(text, date=DATE).events
    assert not any(e.trigger.text == "praised" and e.source.country == "PER" for e in events), \
        show(events)


def test_a_royal_court_is_the_monarchs_office(coder):
    coded = coder.code("Saudi Arabia's Royal Court announced the death of a senior prince.",
                       date=DATE)
    court = [a for a in coded.actors if "Royal Court" in a.text]
    assert court and all(a.agent == "GOV" for a in court), [(a.text, a.code) for a in court]


def test_office_groups_come_from_the_table():
    from eventwire.titles import office

    assert office("King") == office("monarch") == office("sultan") == "sovereign"
    assert office("prime minister") == office("premier") == "head of government"
    assert office("minister") is None and office("spokesman") is None and office(None) is None


def test_a_malformed_titles_table_names_the_file_and_record(tmp_path, monkeypatch):
    from eventwire import titles

    (tmp_path / "titles.yaml").write_text("groups:\n  sovereign: [king]\n  other: [king]\n",
                                          encoding="utf-8")
    monkeypatch.setattr(titles, "HERE", tmp_path)
    titles.table.cache_clear()
    try:
        with pytest.raises(KnowledgeError, match=r"titles\.yaml: group 'other': 'king'"):
            titles.table()
    finally:
        titles.table.cache_clear()


# -- sourcing formulas ---------------------------------------------------------------------

FORMULAS = [
    ("A senior army officer, who requested anonymity because he was not authorised to brief "
     "reporters, said rebels attacked a convoy near Goma.", "requested"),
    ("Two diplomats who asked not to be identified said the talks had stalled.", "asked"),
    ("A border official, speaking on condition of anonymity, said troops shelled the villages.",
     "speaking"),
    ("A police officer who declined to be named said protesters burned tyres in Dakar.",
     "declined"),
    ("The source, who insisted on anonymity, said the deal was off.", "insisted"),
]
NOT_FORMULAS = [
    "The opposition leader asked the court to release the detained journalists.",
    "Kenya requested military aid from the United States.",
    "The minister declined to name the countries involved.",
]


@pytest.fixture(scope="module")
def parse(coder):
    return coder.nlp


@pytest.mark.parametrize("text,verb", FORMULAS)
def test_a_sourcing_formula_is_recognised(parse, text, verb):
    from eventwire.sourcing import formula

    assert [t.text for t in parse(text) if formula(t)] == [verb]


@pytest.mark.parametrize("text", NOT_FORMULAS)
def test_an_asking_verb_that_names_no_source_is_no_formula(parse, text):
    from eventwire.sourcing import formula

    assert not any(formula(t) for t in parse(text))


def test_a_sourcing_formula_codes_no_request(coder_all):
    text = ("A Sudanese army officer who requested anonymity said the paramilitary forces "
            "shelled El Fasher overnight.")
    events = coder_all.code(text, date=DATE).events
    assert not any(e.cameo.root in ("02", "12") for e in events), show(events)


# -- verbs of deciding ---------------------------------------------------------------------

def test_agreeing_on_sanctions_is_the_sanction_alone(coder_all):
    text = ("The African Union agreed on a new package of sanctions against Mali to press the "
            "junta over the delayed elections.")
    events = coder_all.code(text, date=DATE).events
    assert has(events, "IGO", "16", "MLI"), show(events)
    assert not any(e.trigger.text == "agreed" for e in events), show(events)


def test_agreeing_on_a_ceasefire_is_still_an_agreement(coder):
    events = coder.code("Ghana and Togo agreed on a ceasefire along the border.",
                        date=DATE).events
    assert has(events, "GHA", "03", "TGO"), show(events)


# -- attendance lists ----------------------------------------------------------------------

def test_an_attendance_list_of_one_country_is_no_meeting_among_them(coder):
    text = ("The talks were attended by Interior Minister Carlos Mendes, Defence Minister Paulo "
            "Rocha and Angola's ambassador to Portugal.")
    events = coder.code(text, date=DATE).events
    assert not any(e.cameo.root == "04" for e in events), show(events)


def test_an_attendance_list_of_two_countries_still_meets(coder):
    text = ("The meeting was attended by Kenyan Foreign Minister Musalia Mudavadi and Somali "
            "Foreign Minister Ahmed Moallim Fiqi.")
    events = coder.code(text, date=DATE).events
    assert has(events, "KENGOV", "04", "SOMGOV") and has(events, "SOMGOV", "04", "KENGOV"), \
        show(events)


def test_the_titles_table_is_what_the_build_tool_gives_from_wordnet():
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    if not Path("/usr/share/wordnet/index.noun").exists():
        pytest.skip("no WordNet database in /usr/share/wordnet (Debian: wordnet-base)")
    built = subprocess.run([sys.executable, str(root / "tools" / "build_titles.py")],
                           capture_output=True, text=True, check=True).stdout
    assert built == (root / "src/eventwire/knowledge/titles.yaml").read_text("utf-8")
