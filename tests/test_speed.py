"""Speed work that must not change a result: the pipeline with the attribute ruler's lookup
(nlp.TagLookup) annotates every token exactly as spaCy's stock pipeline does, on generated wire
copy, the repository's fixtures, the shared seed article and the real-news dev set's texts
(where restored)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from eventwire import devset, nlp
from eventwire.clean import clean

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from corpus import articles  # noqa: E402

REALNEWS = ROOT / "gold" / "realnews"


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


def test_the_lookup_replaces_the_matcher(pipelines):
    fast, stock = pipelines
    lookup = fast.get_pipe("attribute_ruler").match
    assert isinstance(lookup, nlp.TagLookup) and len(lookup.rest) == 0
    assert not isinstance(stock.get_pipe("attribute_ruler").match, nlp.TagLookup)
    # "ai n't" and "gon na" (patterns of two tokens), "There is" (the second token of a
    # pattern that starts with a dependency label: an existential "is" is a VERB, not an AUX)
    text = "They ai n't gon na stop. There is a dispute."
    doc = fast(text)
    assert [t.lemma_ for t in doc][1:5] == ["be", "not", "go", "to"]
    assert (doc[7].dep_, doc[8].pos_) == ("expl", "VERB")
    assert annotations(doc) == annotations(stock(text))


def test_same_annotations_on_generated_copy_and_fixtures(pipelines):
    fixtures = [p.read_text(encoding="utf-8", errors="replace")
                for p in sorted((ROOT / "tests" / "fixtures").glob("*.txt"))]
    _compare(pipelines, _paragraphs(articles(12, seed=5) + fixtures))


def test_same_annotations_on_the_shared_seed_article(pipelines, shared):
    _compare(pipelines, _paragraphs([(shared / "seed" / "article-karabakh.txt").read_text()]))


@pytest.mark.slow
def test_same_annotations_on_the_realnews_texts(pipelines):
    metas = devset.manifest(REALNEWS)
    paths = [devset.text_path(REALNEWS, m) for m in metas]
    if not all(p.is_file() for p in paths):
        pytest.skip("the real-news dev set's texts are not restored (gold/realnews/README.md)")
    _compare(pipelines, _paragraphs([p.read_text(encoding="utf-8") for p in paths]))
