"""spaCy's rule lemmatizer, answered from a table: the same lemmas at a fraction of the time.

The stock English lemmatizer visits every token of every Doc in Python: it builds the token,
reads its part of speech and morphology, looks them up and writes the lemma as a string. What it
writes is fixed by three values of the token (its form, its part of speech and its morphology:
the key of spaCy's own cache) and is written only where the token has no lemma yet (the
attribute ruler gives some). `TableLemmatizer` (spaCy factory "eventwire_lemmatizer", which
`nlp.load` puts in place of the stock "lemmatizer") reads those values of a whole Doc at once
with `Doc.to_array`, answers each key from a table (a key seen for the first time is answered by
the stock lemmatizer's own rules, on that token) and writes the lemmas with `Doc.from_array`.

Only the rule mode without overwriting, which the English pipelines use, is answered from the
table; any other setting runs spaCy's own code. tests/test_speed.py checks every token
attribute, and every event of the coder, against the stock pipeline.
"""

from __future__ import annotations

from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.language import Language
from spacy.tokens import Doc

FACTORY = "eventwire_lemmatizer"
MAX_KEYS = 200_000
"""Keys remembered at most; the table starts again beyond (a long run meets new words for ever)."""


class TableLemmatizer(EnglishLemmatizer):
    """The English rule lemmatizer with its answers kept by key (form, part of speech,
    morphology) and written a Doc at a time."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.table: dict[tuple[int, int, int], int] = {}

    def __call__(self, doc: Doc) -> Doc:
        if self.mode != "rule" or self.overwrite:
            return super().__call__(doc)
        if not self._validated:
            self._validate_tables()
        try:
            self._lemmatize(doc)
            return doc
        except Exception as e:  # spaCy's contract: the pipeline's error handler decides
            return self.get_error_handler()(self.name, self, [doc], e)

    def _lemmatize(self, doc: Doc) -> None:
        if not len(doc):
            return
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA])
        table, strings = self.table, doc.vocab.strings
        if len(table) > MAX_KEYS:
            table.clear()
        lemmas = rows[:, 3].copy()  # to_array's own dtype (uint64), as from_array takes it
        for i, (orth, pos, morph, lemma) in enumerate(rows.tolist()):
            if lemma:
                continue  # set before (the attribute ruler): the stock lemmatizer keeps it
            key = (orth, pos, morph)
            value = table.get(key)
            if value is None:
                value = table[key] = strings.add(self.rule_lemmatize(doc[i])[0])
            lemmas[i] = value
        doc.from_array([LEMMA], lemmas.reshape(-1, 1))


@Language.factory(FACTORY, assigns=["token.lemma"], default_config={
    "model": None, "mode": "rule", "overwrite": False,
    "scorer": {"@scorers": "spacy.lemmatizer_scorer.v1"}})
def make_table_lemmatizer(nlp: Language, model, name: str, mode: str, overwrite: bool,
                          scorer) -> TableLemmatizer:
    """The stock English factory's settings; its tables come as the stock lemmatizer's do
    (initialize, from_disk)."""
    return TableLemmatizer(nlp.vocab, model, name, mode=mode, overwrite=overwrite, scorer=scorer)


def replace_stock(nlp: Language, name: str = "lemmatizer") -> bool:
    """Put a TableLemmatizer with the stock lemmatizer's settings and tables in its place; keep
    the stock one where it is not spaCy's English rule lemmatizer."""
    stock = nlp.get_pipe(name)
    if type(stock) is not EnglishLemmatizer or stock.mode != "rule" or stock.overwrite:
        return False
    lookups = stock.lookups
    fast = nlp.replace_pipe(name, FACTORY, config={"mode": stock.mode,
                                                   "overwrite": stock.overwrite})
    fast.lookups = lookups
    return True
