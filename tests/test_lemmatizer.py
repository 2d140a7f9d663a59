"""eventwire's table lemmatizer (lemmatizer.TableLemmatizer) writes exactly the lemmas of spaCy's
English rule lemmatizer: in the loaded pipeline, on documents of any words, parts of speech and
morphology (some tokens already lemmatised, as the attribute ruler leaves them), and after its
table starts again. The whole pipeline's annotations and every coded event are compared with the
stock pipeline's in tests/test_speed.py."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.tokens import Doc

from eventwire import lemmatizer, nlp
from eventwire.lemmatizer import TableLemmatizer

WORDS = ["talks", "talked", "better", "was", "is", "mice", "leaves", "Kenya", "ran", "running",
         "geese", "the", "striking", "strikes", "had", "children", "best", "Sanctions", "flew",
         "  ", "..."]
POS = ["NOUN", "VERB", "ADJ", "AUX", "PROPN", "DET", "PUNCT", "ADV", "SPACE", "X"]
MORPHS = ["", "Number=Sing", "Number=Plur", "VerbForm=Inf", "VerbForm=Fin|Tense=Past",
          "VerbForm=Fin|Tense=Pres", "VerbForm=Fin|Tense=Pres|Number=Sing|Person=3",
          "Degree=Pos", "Degree=Cmp", "Degree=Sup", "VerbForm=Ger", "VerbForm=Part|Tense=Past"]


@pytest.fixture(scope="module")
def pair():
    """The loaded pipeline's lemmatizer and a stock one with the same tables."""
    fast = nlp.load()
    stock = nlp.stock()
    return fast.get_pipe("lemmatizer"), stock.get_pipe("lemmatizer"), fast.vocab


def test_it_takes_the_stock_lemmatizer_s_place(pair):
    table, stock, _vocab = pair
    fast = nlp.load()
    assert isinstance(table, TableLemmatizer) and type(stock) is EnglishLemmatizer
    assert fast.pipe_names == nlp.stock().pipe_names
    assert (table.mode, table.overwrite) == (stock.mode, stock.overwrite) == ("rule", False)
    doc = fast("The rebels were fleeing after the geese had flown.")
    assert [t.lemma_ for t in doc][2:5] == ["be", "flee", "after"]
    assert doc[-2].lemma_ == "fly"


def _doc(vocab, rows) -> Doc:
    words = [w for w, _p, _m, _l in rows]
    return Doc(vocab, words=words, pos=[p for _w, p, _m, _l in rows],
               morphs=[m for _w, _p, m, _l in rows],
               lemmas=[lemma or "" for _w, _p, _m, lemma in rows])


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(POS),
                          st.sampled_from(MORPHS), st.sampled_from([None, None, None, "kept"])),
                min_size=0, max_size=12))
def test_the_same_lemmas_as_the_stock_lemmatizer(pair, rows):
    table, stock, vocab = pair
    a, b = _doc(vocab, rows), _doc(vocab, rows)
    stock(a)
    table(b)
    assert [t.lemma_ for t in b] == [t.lemma_ for t in a]
    # a lemma set before (by the attribute ruler) stays
    assert all(t.lemma_ == "kept" for t, r in zip(b, rows, strict=True) if r[3])


def test_its_memory_is_bounded_and_starting_again_changes_nothing(pair, monkeypatch):
    table, stock, vocab = pair
    monkeypatch.setattr(lemmatizer, "MAX_KEYS", 5)
    table.table.clear()
    for n in range(20):  # new words every document: new keys
        rows = [(f"w{n}x{k}s", "NOUN", "Number=Plur", None) for k in range(4)] + [
            ("talks", "VERB", "VerbForm=Fin|Tense=Pres|Number=Sing|Person=3", None)]
        a, b = _doc(vocab, rows), _doc(vocab, rows)
        stock(a)
        table(b)
        assert [t.lemma_ for t in b] == [t.lemma_ for t in a], n
        assert len(table.table) <= 5 + len(rows)


def test_a_lemmatizer_it_cannot_answer_stays_spacy_s(pair):
    blank = nlp.stock()
    blank.get_pipe("lemmatizer").overwrite = True
    assert not lemmatizer.replace_stock(blank)
    assert type(blank.get_pipe("lemmatizer")) is EnglishLemmatizer
