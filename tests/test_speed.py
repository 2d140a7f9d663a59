"""Speed work that must not change a result. The pipeline with eventwire's attribute ruler
(attribute_ruler.TableAttributeRuler) and lemmatizer (lemmatizer.TableLemmatizer) annotates
every token exactly as spaCy's stock pipeline does, and the coder built on it codes exactly the
same: on hand-made patterns and documents (every kind of test the table handles), on generated
wire copy, on every gold-set text present (the real-news dev set and test split, where
restored; ../shared's seed article, gold article, PLOVER, CAMEO and PETRARCH sentences, where
present) and on 300 generated articles."""

from __future__ import annotations

import csv
import io
import json
import logging
import re
import sys
from pathlib import Path

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.attrs import DEP, LEMMA, LOWER, MORPH, POS, TAG
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

from eventwire import Coder, attribute_ruler, devset, nlp
from eventwire.attribute_ruler import FACTORY, TableAttributeRuler, replace_stock
from eventwire.clean import clean
from eventwire.errors import InputError
from eventwire.evaluate import load_article_gold

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from corpus import articles  # noqa: E402

GOLD = ROOT / "gold"
WRITTEN = [POS, TAG, MORPH, LEMMA, DEP]


def annotations(doc) -> list[tuple]:
    return [(t.i, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i, t.ent_type_,
             t.ent_iob_, t.is_sent_start) for t in doc]


def _paragraphs(texts: list[str]) -> list[str]:
    return [p.text for t in texts for p in clean(t).paragraphs]


@pytest.fixture(scope="module")
def pipelines():
    return nlp.load(), nlp.stock()


def _compare(pipelines, paragraphs: list[str]) -> None:
    fast, stock = pipelines
    assert paragraphs
    differ = [p for p, a, b in zip(paragraphs, fast.pipe(paragraphs), stock.pipe(paragraphs),
                                   strict=True) if annotations(a) != annotations(b)]
    assert not differ, differ[:3]


# -- the component --------------------------------------------------------------------------

def test_the_table_ruler_takes_the_stock_ruler_s_place(pipelines):
    fast, stock = pipelines
    assert fast.pipe_names == stock.pipe_names
    ruler = fast.get_pipe("attribute_ruler")
    assert isinstance(ruler, TableAttributeRuler) and fast.get_pipe_meta("attribute_ruler")
    assert type(stock.get_pipe("attribute_ruler")) is AttributeRuler
    assert ruler.patterns == stock.get_pipe("attribute_ruler").patterns
    # "ai n't" and "gon na" (patterns of two tokens, one setting its second token), "There
    # is" (the second token of a pattern that starts with a dependency label: an existential
    # "is" is a VERB, not an AUX), "Y' all" (a regex on the first of two tokens)
    text = "They ai n't gon na stop. There is a dispute. Y' all know it."
    doc = fast(text)
    assert ruler.table is not None and ruler.untabular is None
    assert [t.lemma_ for t in doc][1:5] == ["be", "not", "go", "to"]
    assert (doc[7].dep_, doc[8].pos_) == ("expl", "VERB")
    assert annotations(doc) == annotations(stock(text))


def test_the_factory_makes_it_and_it_round_trips(pipelines, tmp_path):
    fast, stock = pipelines
    blank = spacy.blank("en")
    assert isinstance(blank.add_pipe(FACTORY), TableAttributeRuler)
    copy = TableAttributeRuler(fast.vocab).from_bytes(fast.get_pipe("attribute_ruler").to_bytes())
    assert copy.patterns == stock.get_pipe("attribute_ruler").patterns
    fast.get_pipe("attribute_ruler").to_disk(tmp_path / "ruler")
    again = TableAttributeRuler(fast.vocab).from_disk(tmp_path / "ruler")
    assert again.patterns == copy.patterns


def _ruler_pair(patterns: list[dict]) -> tuple[AttributeRuler, TableAttributeRuler]:
    vocab = spacy.blank("en").vocab
    stock, table = AttributeRuler(vocab), TableAttributeRuler(vocab)
    stock.add_patterns(patterns)
    table.add_patterns(patterns)
    return stock, table


def _doc(vocab, words: list[str], tags: list[str], deps: list[str]) -> Doc:
    doc = Doc(vocab, words=words)
    for token, tag, dep in zip(doc, tags, deps, strict=True):
        token.tag_, token.dep_ = tag, dep
    return doc


def _written(doc) -> list[list[int]]:
    return doc.to_array(WRITTEN).tolist()


# Every form of test the table handles: equality, IN, NOT_IN (with ""), REGEX on a form and on
# a label, white space, wildcards, two and three tokens, a negative index, and later patterns
# overriding earlier ones (the tag map first, word exceptions after).
PATTERNS = [
    {"patterns": [[{"TAG": "NN"}]], "attrs": {"POS": "NOUN", "MORPH": "Number=Sing"}},
    {"patterns": [[{"TAG": "VBZ"}], [{"TAG": "VBD"}]], "attrs": {"POS": "VERB"}},
    {"patterns": [[{"TAG": {"REGEX": "^PRP"}}]], "attrs": {"POS": "PRON"}},
    {"patterns": [[{"TAG": "VBZ", "LOWER": {"IN": ["is", "'s"]}}]],
     "attrs": {"POS": "AUX", "LEMMA": "be", "MORPH": "Tense=Pres|VerbForm=Fin"}},
    {"patterns": [[{"LOWER": {"REGEX": "^n[o']?t$"}}]], "attrs": {"POS": "PART", "LEMMA": "not"}},
    {"patterns": [[{"DEP": {"NOT_IN": ["det", ""]}, "TAG": {"IN": ["DT", "WDT"]}}]],
     "attrs": {"POS": "PRON"}},
    {"patterns": [[{"DEP": "expl"}, {"LOWER": {"IN": ["is", "was"]}}]], "attrs": {"POS": "VERB"},
     "index": 1},
    {"patterns": [[{"LOWER": "gon"}, {"LOWER": "na"}]], "attrs": {"LEMMA": "go"}},
    {"patterns": [[{"LOWER": "gon"}, {"LOWER": "na"}]], "attrs": {"LEMMA": "to"}, "index": -1},
    {"patterns": [[{"LOWER": "in"}, {}, {"LOWER": "of"}]], "attrs": {"DEP": "fixed"}, "index": 1},
    {"patterns": [[{"IS_SPACE": True}]], "attrs": {"TAG": "_SP", "POS": "SPACE", "MORPH": "_"}},
    {"patterns": [[{"IS_SPACE": True, "DEP": {"NOT_IN": [""]}}]], "attrs": {"DEP": "dep"}},
    {"patterns": [[{"TAG": "NN", "LOWER": "nothing"}]], "attrs": {"POS": "PRON", "MORPH": ""}},
]
WORDS = ["is", "'s", "was", "not", "n't", "nt", "note", "gon", "na", "in", "front", "of", "the",
         "nothing", "there", "it", " ", "\n", "Is", "NOT"]
TAGS = ["NN", "VBZ", "VBD", "PRP", "PRP$", "DT", "WDT", "IN", "RB", "_SP", ""]
DEPS = ["det", "expl", "nsubj", "dep", "ROOT", ""]


@pytest.fixture(scope="module")
def rulers():
    return _ruler_pair(PATTERNS)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(TAGS), st.sampled_from(DEPS)),
                min_size=1, max_size=12))
def test_same_attributes_as_the_stock_ruler_on_any_document(rulers, tokens):
    stock, table = rulers
    words, tags, deps = (list(x) for x in zip(*tokens, strict=True))
    a, b = (_doc(stock.vocab, words, tags, deps) for _ in range(2))
    stock(a)
    table(b)
    assert table.table is not None
    assert _written(b) == _written(a)


def test_a_pattern_the_table_cannot_answer_keeps_spacy_s_ruler(caplog):
    blank = spacy.blank("en")
    blank.add_pipe("attribute_ruler").add_patterns(
        PATTERNS + [{"patterns": [[{"ORTH": "US"}]], "attrs": {"POS": "PROPN"}}])
    with caplog.at_level(logging.WARNING, logger="eventwire.attribute_ruler"):
        assert not replace_stock(blank)
    assert type(blank.get_pipe("attribute_ruler")) is AttributeRuler
    assert "keeping spaCy's own attribute ruler" in caplog.text and "'ORTH'" in caplog.text
    # added after the table was built, an operator pattern turns the table off
    stock, table = _ruler_pair(PATTERNS)
    words, tags, deps = ["nothing", "is", "not", "not"], ["NN", "VBZ", "RB", "RB"], [""] * 4
    table(_doc(table.vocab, words, tags, deps))
    assert table.table is not None
    extra = [{"patterns": [[{"LOWER": "not", "OP": "+"}]], "attrs": {"LEMMA": "never"}}]
    stock.add_patterns(extra)
    table.add_patterns(extra)
    a, b = (_doc(stock.vocab, words, tags, deps) for _ in range(2))
    with caplog.at_level(logging.WARNING, logger="eventwire.attribute_ruler"):
        stock(a)
        table(b)
    assert table.table is None and "'OP'" in (table.untabular or "")
    assert _written(b) == _written(a) and b[3].lemma_ == "never"


def test_the_table_s_memory_is_bounded_and_starting_again_changes_nothing(monkeypatch):
    monkeypatch.setattr(attribute_ruler, "MAX_KEYS", 4)
    stock, table = _ruler_pair(PATTERNS)
    sizes = []
    for n in range(30):  # new words every document: new lower-case forms and new keys
        words = [f"w{n}x{k}" for k in range(5)] + ["is", "not", "gon", "na"]
        tags, deps = ["NN", "VBZ", "PRP", "DT", "RB", "VBZ", "RB", "VBD", "IN"], [""] * 9
        a, b = (_doc(stock.vocab, words, tags, deps) for _ in range(2))
        stock(a)
        table(b)
        assert _written(b) == _written(a), n
        sizes.append((len(table.table.memo), len(table.table.classes[LOWER])))
    # at most MAX_KEYS + one document's tokens, however many words went by
    assert max(m for m, _ in sizes) <= 4 + 9 and max(c for _, c in sizes) <= 4 + 9 + 9, sizes


# -- the English pipeline and the coder ------------------------------------------------------

def test_same_annotations_on_generated_copy_and_fixtures(pipelines):
    fixtures = [p.read_text(encoding="utf-8", errors="replace")
                for p in sorted((ROOT / "tests" / "fixtures").glob("*.txt"))]
    _compare(pipelines, _paragraphs(articles(12, seed=5) + fixtures))


def realnews_texts() -> list[tuple[str, str | None]]:
    """The texts of both real-news gold sets, with their dates (empty where not restored)."""
    out = []
    for name in ("realnews", "realnews-test"):
        metas = devset.manifest(GOLD / name)
        paths = [(devset.text_path(GOLD / name, m), m.get("date")) for m in metas]
        if not all(p.is_file() for p, _d in paths):
            return []
        out += [(p.read_text(encoding="utf-8"), d) for p, d in paths]
    return out


def shared_texts(shared: Path) -> dict[str, list[tuple[str, str | None]]]:
    """../shared's gold texts: the seed article and its gold, PLOVER's records, CAMEO's
    examples and PETRARCH's unit-test sentences, with dates where they have one."""
    gold, raw = load_article_gold(shared / "gold" / "seed-karabakh.gold.json")
    records = json.loads((shared / "reference/plover/plover-gsr.dev.json").read_text("utf-8"))
    cameo = (shared / "reference/cameo/cameo-codes.dev.csv").read_text("utf-8")
    xml = (shared / "reference/petrarch/PETR.UnitTest.records.xml").read_text(
        "utf-8", errors="replace")
    return {
        "seed": [((shared / "seed" / "article-karabakh.txt").read_text("utf-8"), None),
                 (raw, gold.get("date"))],
        "PLOVER": [(r["text"], r["date"] if isinstance(r.get("date"), str) else None)
                   for r in records if r.get("text")],
        "CAMEO": [(r["example"].strip(), None) for r in csv.DictReader(io.StringIO(cameo))
                  if (r.get("example") or "").strip() not in ("", "NA")],
        "PETRARCH": [(" ".join(m.group(1).split()), None)
                     for m in re.finditer(r"<Text>(.*?)</Text>", xml, re.S)],
    }


@pytest.fixture(scope="module")
def two_coders(coder):
    """The session's coder, and one built on spaCy's stock pipeline."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(nlp, "load", lambda name=nlp.MODEL: nlp.stock(name))
        stock = Coder()
    assert isinstance(coder.nlp.get_pipe("attribute_ruler"), TableAttributeRuler)
    assert type(stock.nlp.get_pipe("attribute_ruler")) is AttributeRuler
    return coder, stock


def _recording(coder: Coder, seen: list) -> Coder:
    """The coder's own parse, each Doc's annotations noted as it leaves the pipeline."""
    parse = coder._parse

    def recorded(items):
        for doc, context in parse(items):
            seen.append(annotations(doc))
            yield doc, context
    coder._parse = recorded  # type: ignore[method-assign]
    return coder


def _code_alike(two_coders, texts: list[tuple[str, str | None]], chunk: int = 20) -> int:
    """Code the texts with both coders, chunk by chunk; assert that every Doc they parse and
    every coded article are the same. Returns the number of events."""
    fast, stock = two_coders
    arts = []
    for text, date in texts:
        try:
            arts.append(fast.article(text, date=date))
        except InputError:
            continue  # refused before any parse, by both
    events = 0
    for k in range(0, len(arts), chunk):
        docs_a: list = []
        docs_b: list = []
        try:
            coded_a = list(_recording(fast, docs_a).code_many(arts[k:k + chunk]))
            coded_b = list(_recording(stock, docs_b).code_many(arts[k:k + chunk]))
        finally:  # the session's coder gets its own parse back
            vars(fast).pop("_parse", None)
            vars(stock).pop("_parse", None)
        assert len(docs_a) == len(docs_b) and docs_a == docs_b
        for a, b in zip(coded_a, coded_b, strict=True):
            assert [e.to_dict() for e in a.events] == [e.to_dict() for e in b.events], a.article.id
            assert a == b, a.article.id
            events += len(a.events)
    return events


@pytest.mark.slow
def test_the_coder_codes_the_realnews_texts_alike(two_coders):
    texts = realnews_texts()
    if not texts:
        pytest.skip("the real-news gold sets' texts are not restored (gold/realnews/README.md)")
    assert len(texts) >= 80 and _code_alike(two_coders, texts) > 100


@pytest.mark.slow
def test_the_coder_codes_the_shared_gold_sentences_alike(two_coders, shared):
    events = {name: _code_alike(two_coders, texts) for name, texts in shared_texts(shared).items()}
    assert all(events.values()), events


@pytest.mark.slow
def test_the_coder_codes_300_generated_articles_alike(two_coders):
    assert _code_alike(two_coders, [(t, "2024-03-13") for t in articles(300, seed=16)]) > 1000
