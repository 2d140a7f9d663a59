"""Headline grammar (src/eventwire/headline.py): telegraphic lines read as the sentences they
stand for; body sentences, and headlines that are only a noun phrase, unchanged. The
headlines are our own, written in the style of wire copy."""

import pytest

from eventwire.headline import is_headline, marked, repair

DATE = "2024-05-01"


def _events(coder, text):
    return [(e.cameo.code, e.source.code if e.source else None, e.target.code if e.target else None)
            for e in coder.code(text, date=DATE).events]


def _parse(coder, text):
    doc = coder.nlp(text)
    return doc, [(t.pos_, t.tag_, t.dep_, t.head.i) for t in doc]


@pytest.mark.parametrize("text, expected", [
    ("Uganda to deploy troops in eastern Congo", True),
    ("Bolivian general arrested after failed coup bid", True),
    ("Fuel price protests in Nairobi", True),
    ("Uganda will deploy troops in eastern Congo.", False),  # a body sentence
    ("Police said: ", False),
    ("the minister arrived late", False),  # no capital: a line broken mid-sentence
    ("Opposition leaders met in Accra on Monday and agreed to field a single candidate in the "
     "presidential election due next year", False),  # too long for a headline
])
def test_is_headline(text, expected):
    assert is_headline(text) is expected


@pytest.mark.parametrize("headline, code", [
    # "X to <verb>": what X will do, a threat of the act (intents.yaml), not a done act
    ("Pakistan to expel Afghan diplomats over border attack", "1313"),  # threat to cut ties
    ("Nigeria to impose sanctions on Niger junta", "1312"),  # threat to sanction
    ("Ecuador to expel Mexican ambassador", "1313"),  # the verb read as the object's modifier
    ("Togo to recall ambassador from Ghana", "1313"),
])
def test_announced_act_is_not_done(coder, headline, code):
    codes = [c for c, _, _ in _events(coder, headline)]
    assert codes and all(c == code for c in codes), codes
    # the same words closed by a full stop are a body sentence: left to the ordinary rules
    body = _parse(coder, headline + ".")[0]
    repair(body, coder.headline_words)
    assert not marked(body)


@pytest.mark.parametrize("headline, target_code", [
    # a bare past participle after its subject: a passive; the subject is who it was done to
    ("Bolivian general arrested after failed coup bid", "BOLMIL"),
    ("Journalist detained in Istanbul over protest coverage", "TURMED"),
])
def test_bare_participle_is_passive(coder, headline, target_code):
    found = [(c, s, t) for c, s, t in _events(coder, headline) if c[:2] == "17"]
    assert found, headline
    assert all(t == target_code and s != target_code for _, s, t in found), found


@pytest.mark.parametrize("headline, verb, code_root", [
    # a lexicon verb the model read as part of a compound noun
    ("Kenyan police fire tear gas at protesters in Nairobi", "fire", "17"),
])
def test_noun_read_as_verb(coder, headline, verb, code_root):
    doc = coder.nlp(headline)
    tok = next(t for t in doc if t.lower_ == verb)
    assert tok.pos_ == "NOUN"  # the model's reading, which the repair mends
    repair(doc, coder.headline_words)
    assert tok.pos_ == "VERB" and tok.dep_ == "ROOT"
    assert [c.dep_ for c in tok.children if c.i < tok.i] == ["nsubj"]
    assert any(c.dep_ == "dobj" for c in tok.children)
    assert any(code[:2] == code_root for code, _, _ in _events(coder, headline))


@pytest.mark.parametrize("headline, verb", [
    ("EU to fine Apple over app store rules", "fine"),  # the name as root, "to fine" its adjective
    ("Ecuador to expel Mexican ambassador", "expel"),  # the verb as a modifier of its object
])
def test_name_to_verb_becomes_a_clause(coder, headline, verb):
    doc = coder.nlp(headline)
    tok = next(t for t in doc if t.lower_ == verb)
    assert tok.dep_ != "ROOT"  # the model's reading, which the repair mends
    repair(doc, coder.headline_words)
    assert tok.dep_ == "ROOT" and tok.pos_ == "VERB"
    assert [c.lower_ for c in tok.children if c.dep_ == "nsubj"] == [doc[0].lower_]


@pytest.mark.parametrize("text", [
    "Fuel price protests in Nairobi",  # a headline that is only a noun phrase
    "Election campaign posters in Lagos",
    "Kenyan police fire tear gas at protesters in Nairobi.",  # body sentences
    "The court sentenced him to 12 years.",
    "Turkey is to host the summit in May.",
])
def test_parse_unchanged(coder, text):
    doc, before = _parse(coder, text)
    repair(doc, coder.headline_words)
    assert [(t.pos_, t.tag_, t.dep_, t.head.i) for t in doc] == before


def test_headline_present_tense_is_a_done_act(coder):
    """"Israel strikes Hezbollah targets" reports a strike, not a routine."""
    events = coder.code("Israel strikes Hezbollah targets in southern Lebanon", date=DATE).events
    assert any(e.cameo.root == "19" and e.source.code == "ISR" for e in events)
