""""she" is not resolved to a man nor "he" to a woman (docs/policy.md, "Other rules"): short wire
stories in the team's own words, each with the actor its pronoun must get. Where the person named
last is excluded, the one named before takes the pronoun; with no evidence either way, and for
"they", the resolution is what it was before the rule."""

from __future__ import annotations

import csv

import pytest

from eventwire.errors import KnowledgeError
from eventwire.gender import by_name, plain
from eventwire.knowledge import HERE, Knowledge, load

STORIES = [
    # the inventory: Kaja is a woman's name, so "She" passes over Sybiha, named last
    ("first name excludes the man named last",
     "BRUSSELS (Reuters) - Kaja Kallas, the European Union's foreign policy chief, met "
     "Ukrainian Foreign Minister Andrii Sybiha in Brussels on Monday. Sybiha thanked the bloc "
     "for its military aid. She said the EU would keep up its pressure on Moscow.",
     "2025-03-10", "She", "IGOEEU"),
    ("first name excludes the woman named last",
     "ROME - Egyptian President Abdel Fattah el-Sisi flew to Rome on Thursday for talks with "
     "Prime Minister Giorgia Meloni. The two leaders discussed migration across the "
     "Mediterranean. He said Egypt wanted more Italian investment in its ports.",
     "2024-05-16", "He", "EGYGOV"),
    # the text: neither first name is in the inventory; "Mr" makes Odongo a man
    ("an honorific excludes the man named last",
     "KAMPALA - Kenyan Ambassador Achieng Oduya met Ugandan Foreign Minister Jeje Odongo in "
     "Kampala on Friday. Mr Odongo promised to look into the arrests of Kenyan traders. She "
     "said Kenya expected the traders to be freed within a week.",
     "2025-02-07", "She", "KENGOV"),
    # the text: "Oduya said she ..." ties a pronoun to Oduya, so the later "He" passes over her
    ("a pronoun tied to a person excludes her later",
     "NAIROBI - Kenyan Interior Minister Kipchumba Murkomen summoned Ugandan Ambassador "
     "Achieng Oduya on Friday. Oduya said she had delivered Kampala's protest note. He accused "
     "Uganda of harbouring the gang's leaders.",
     "2025-02-07", "He", "KENGOV"),
    # no evidence on the person named last (Paetongtarn is not in the inventory): as before,
    # the nearest person, even though the one before (Baerbock) is known to be a woman
    ("no evidence: the nearest person, as before",
     "BERLIN - German Foreign Minister Annalena Baerbock met Thai Prime Minister Paetongtarn "
     "Shinawatra in Berlin on Tuesday. She said Thailand hoped to conclude a trade agreement "
     "with Europe.",
     "2024-11-12", "She", "THAGOV"),
    ("evidence that agrees: the nearest person, as before",
     "ANKARA - Turkish Foreign Minister Hakan Fidan received Iranian Foreign Minister Abbas "
     "Araghchi in Ankara on Sunday. He said Iran was ready to resume talks on its nuclear "
     "programme.",
     "2025-06-01", "He", "IRNGOV"),
]


@pytest.mark.parametrize("name,text,date,pronoun,code", STORIES, ids=[s[0] for s in STORIES])
def test_pronoun_takes_a_person_of_its_gender(coder, name, text, date, pronoun, code):
    art = coder.code(text, date=date)
    start = text.rindex(f" {pronoun} ") + 1
    got = [a for a in art.actors if a.text == pronoun and a.span[0] == start]
    assert [a.code for a in got] == [code], [a.to_dict() for a in art.actors]


def test_they_still_takes_up_the_pair(coder):
    text = ("BRUSSELS - Kaja Kallas and Ukrainian Foreign Minister Andrii Sybiha met in Brussels "
            "on Monday. They agreed to speed up the delivery of air defence systems to Kyiv.")
    art = coder.code(text, date="2025-03-10")
    agreed = [e for e in art.events if e.trigger.text == "agreed"]
    assert {e.source.code for e in agreed} == {"IGOEEU", "UKRGOV"}, [e.to_dict() for e in
                                                                     art.events]


def test_the_inventory_is_well_formed_and_reads_first_names():
    k = load()
    assert len(k.first_names) > 5000
    assert set(k.first_names.values()) == {"m", "f"}
    assert all(n == plain(n) and n.strip() == n for n in k.first_names)
    assert by_name("Maria Zakharova", k.first_names) == "f"
    assert by_name("Sébastien Lecornu", k.first_names) == "m"  # read without diacritics
    assert by_name("Hélène Conway-Mouret", k.first_names) == "f"
    assert by_name("Zakharova", k.first_names) is None  # a surname alone says nothing
    for ambiguous in ("Kim Jong Un", "Xi Jinping", "Jean Castex", "Lee Jae-myung"):
        assert by_name(ambiguous, k.first_names) is None, ambiguous


def test_people_files_give_a_gender_only_where_the_first_name_does_not():
    """The `gender` field of the people files corrects or completes the inventory; a row that
    only repeats it would hide a wrong inventory entry from review."""
    k = load()
    rows = [p for forms in k.people.values() for p in forms if p.gender]
    assert rows, "the people files list some genders"
    for p in rows:
        assert by_name(p.name, k.first_names) != p.gender, p.name


def test_a_bad_gender_in_a_people_file_is_an_error():
    with pytest.raises(KnowledgeError, match="gender is m or f"):
        Knowledge().add_people([{"name": "Ana Ruiz", "code": "ESPGOV", "gender": "x"}],
                               "mine.yaml")


def test_the_inventory_file_names_its_source():
    lines = (HERE / "first-names.csv").read_text(encoding="utf-8").splitlines()
    head = " ".join(lines[:8])
    assert "nomquamgender" in head and "MIT licence" in head and "tools/first_names.py" in head
    rows = list(csv.reader(line for line in lines if not line.startswith("#")))
    assert rows[0] == ["name", "gender"] and all(len(r) == 2 for r in rows)
