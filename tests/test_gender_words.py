"""gender.py's pieces on their own: the reviewed word lists (knowledge/gender-words.yaml) and
their checks, what a phrase says of its person (said_of, titled), and how Genders weighs the
evidence. The end-to-end stories are in tests/test_pronoun_gender.py."""

from __future__ import annotations

import pytest

from eventwire import gender
from eventwire.errors import KnowledgeError
from eventwire.gender import FEMALE, MALE, Genders, read_words, said_of, titled
from eventwire.knowledge import HERE


def test_the_word_lists_are_the_knowledge_file():
    words = read_words(HERE / "gender-words.yaml")
    assert gender.TITLES == words["titles"] and gender.NOUNS == words["nouns"]
    assert (gender.TITLES["sheikha"], gender.TITLES["mr"]) == (FEMALE, MALE)
    assert (gender.NOUNS["spokeswoman"], gender.NOUNS["widower"]) == (FEMALE, MALE)
    assert "chairman" not in gender.NOUNS  # given to women too: no evidence
    assert all(w == w.lower() and not w.endswith(".") for s in words.values() for w in s)


@pytest.mark.parametrize("content, message", [
    ("titles:\n  m: [mr]\n  f: [mr]\nnouns:\n  m: [man]\n", "'mr' is listed as m and f"),
    ("titles:\n  x: [mr]\nnouns:\n  m: [man]\n", "the genders are m and f, not 'x'"),
    ("titles:\n  m: [mr]\n", "no nouns"),
    ("titles:\n  m: [mr, 12]\nnouns:\n  m: [man]\n", "12 is not a word"),
    ("- mr\n", "expected a mapping of titles and nouns"),
])
def test_a_bad_word_list_is_an_error_naming_the_file(tmp_path, content, message):
    path = tmp_path / "gender-words.yaml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(KnowledgeError, match=message) as exc:
        read_words(path)
    assert str(path) in str(exc.value)


@pytest.fixture(scope="module")
def parse(coder):
    return coder.nlp


def _token(doc, text: str):
    return next(t for t in doc if t.text == text)


def test_a_title_or_a_noun_in_the_phrase_says_the_person_s_gender(parse):
    doc = parse("Mrs Oduya met Mr Odongo and Ana Ruiz, a mother of three, in Kampala.")
    assert said_of(_token(doc, "Oduya")) == FEMALE and titled(_token(doc, "Oduya"))
    assert said_of(_token(doc, "Odongo")) == MALE
    assert said_of(_token(doc, "Ruiz")) == FEMALE  # in apposition with "mother"
    plain = parse("Achieng Oduya met the minister in Kampala.")
    assert said_of(_token(plain, "Oduya")) is None and not titled(_token(plain, "Oduya"))


def test_the_possessor_of_a_gendered_noun_gets_no_gender_from_it(parse):
    doc = parse("Putin's spokeswoman denied the report on Monday.")
    assert said_of(_token(doc, "spokeswoman")) == FEMALE
    assert said_of(_token(doc, "Putin")) is None


def test_genders_weigh_the_people_files_then_the_text_then_the_first_name():
    g = Genders()
    g.note("Ana Ruiz", named=MALE, said=FEMALE)
    assert g.of("Ana Ruiz") == FEMALE  # the text before the first name
    g.note("Ana Ruiz", listed=MALE)
    assert g.of("Ana Ruiz") == MALE  # the people files before the text
    g.note("Kim Lee", said=MALE)
    g.note("Kim Lee", said=FEMALE, named=FEMALE)
    # the text contradicts itself: no evidence from it, and the first name is not consulted
    assert g.of("Kim Lee") is None
    assert g.fits("Kim Lee", MALE) and g.fits("Kim Lee", FEMALE)
    assert not g.fits("Ana Ruiz", FEMALE) and g.fits("Ana Ruiz", None)
    assert g.of("nobody") is None and g.fits("nobody", FEMALE)


def test_the_first_name_inventory_holds_no_title_the_coder_reads_itself():
    """tools/first_names.py leaves out the titles of knowledge/gender-words.yaml (a capitalised
    "Duke" before a name is read as a title); the committed inventory agrees."""
    import csv
    import importlib.util
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    spec = importlib.util.spec_from_file_location("first_names_tool",
                                                  root / "tools" / "first_names.py")
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    assert set(gender.TITLES) <= tool.TITLES and "president" in tool.TITLES
    lines = (HERE / "first-names.csv").read_text(encoding="utf-8").splitlines()
    names = {r[0] for r in csv.reader(x for x in lines if not x.startswith("#"))}
    assert not names & tool.TITLES, sorted(names & tool.TITLES)


def test_the_labels_said_of_reads_are_labels_the_parser_gives(coder):
    """A label the English model never gives ("flat" is Universal Dependencies', not the
    model's) would be a test that never holds."""
    labels = set(coder.nlp.get_pipe("parser").labels)
    assert gender.IN_PHRASE | {"appos"} <= labels
