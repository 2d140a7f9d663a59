"""spaCy's attribute ruler, answered from a table: the same annotations at a fraction of the time.

The stock `AttributeRuler` runs its token Matcher over every token of every Doc, then sets the
attributes of each match one token at a time. The English pipeline's patterns are one or two
tokens long and test nothing but a token's tag, lower-case form, dependency label and whether it
is white space, so what the ruler does to a token is fixed by a few such values of the token and
its neighbours. `TableAttributeRuler` (spaCy factory "eventwire_attribute_ruler", which
`nlp.load` puts in place of the stock "attribute_ruler") reduces each token to those values --
its key -- and looks the key up in a table. A key seen for the first time is answered by the
ruler's own matcher over that token and its neighbours, with the stock precedence (matches
applied in pattern order, later patterns winning); then the attributes of a whole Doc are
written at once with `Doc.from_array`, which sets a token's fields as the stock ruler does.

The key is built from the ruler's patterns when a pipeline is loaded, so a new model version
brings its own. A ruler whose patterns test or set anything else (another token attribute, an
operator such as "+", a predicate other than IN, NOT_IN and REGEX, extension attributes, NORM)
stays spaCy's own, with a logged note (`replace_stock`). tests/test_speed.py checks every token
attribute, and every event of the coder, against the stock pipeline.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from typing import Any

import numpy
from spacy.attrs import DEP, IDS, IS_SPACE, LEMMA, LOWER, MORPH, POS, TAG
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.strings import get_string_id
from spacy.tokens import Doc

log = logging.getLogger(__name__)

FACTORY = "eventwire_attribute_ruler"
READ = {"TAG": TAG, "LOWER": LOWER, "DEP": DEP, "IS_SPACE": IS_SPACE}
"""What a pattern may test: token attributes that `Doc.to_array` reads as the matcher does."""
WRITE = (POS, TAG, MORPH, LEMMA, DEP)
"""What a pattern may set: token fields that `Doc.from_array` sets as the stock ruler's
`set_token_attrs` does (none of them a field of the lexeme, which the stock ruler also writes)."""
OTHER = -1
"""The class of the lower-case forms that no test names and no regex finds."""

MAX_KEYS = 200_000
"""Keys remembered at most (about 40 MB); the table starts again beyond, and so do the classes of
the lower-case forms, an open set that would otherwise grow with every new word of a long run."""

Slot = tuple[int, int | None]  # (offset from the token, column of READ; None: the token exists)


class NotTabular(ValueError):
    """A ruler whose patterns the table cannot answer exactly (the message says which)."""


class _Classes(dict):
    """A column's values → their class: the value itself when a test of the column names it
    or one of its regexes finds it, else OTHER (every test treats those alike). Filled as
    values are met."""

    def __init__(self, named: set[int], regexes: list[re.Pattern], strings) -> None:
        super().__init__()
        self.named, self.regexes, self.strings = named, regexes, strings

    def __missing__(self, value: int) -> int:
        text = self.strings[value] if self.regexes else ""
        cls = value if value in self.named or any(r.search(text) for r in self.regexes) \
            else OTHER
        self[value] = cls
        return cls


class Table:
    """The key of every token and the attributes each key gets, for one ruler's patterns."""

    def __init__(self, ruler: AttributeRuler) -> None:
        self.ruler = ruler
        strings = ruler.vocab.strings
        named: dict[Slot, set[int]] = {}
        regexes: dict[Slot, list[re.Pattern]] = {}
        for attr_id, attrs in enumerate(ruler.attrs):
            if set(attrs) - set(WRITE):
                raise NotTabular(f"pattern {attr_id} sets {_names(set(attrs) - set(WRITE))}")
            for pattern in ruler.matcher.get(str(attr_id))[1]:
                index = ruler.indices[attr_id]
                if not pattern or not -len(pattern) <= index < len(pattern):
                    raise NotTabular(f"pattern {attr_id} has no token {index}")
                target = index % len(pattern)
                for k, spec in enumerate(pattern):
                    offset = k - target
                    named.setdefault((offset, None), set())
                    for key, value in spec.items():
                        column = _column(key, attr_id)
                        slot = (offset, column)
                        named.setdefault(slot, set())
                        values, regex = _values(value, attr_id, key)
                        named[slot].update(values)
                        if regex is not None:
                            regexes.setdefault(slot, []).append(regex)
        # a slot of a column that some pattern tests makes the slot "exists" superfluous
        tested = {offset for offset, column in named if column is not None}
        self.slots: list[Slot] = sorted((s for s in named if s[1] is not None or s[0] not in tested),
                                        key=lambda s: (s[0], -1 if s[1] is None else s[1]))
        self.columns = sorted({column for _o, column in self.slots if column is not None})
        # lower-case forms (an open set) by class, each slot's tests pooled; labels as they are
        self.classes = {LOWER: _Classes(
            set().union(*(v for (_o, c), v in named.items() if c == LOWER)),
            [r for (_o, c), rs in regexes.items() if c == LOWER for r in rs], strings)}
        offsets = [offset for offset, _c in self.slots] or [0]
        self.first, self.last = min(offsets), max(offsets)
        self.memo: dict[tuple, int] = {}
        self.outcomes: dict[tuple, int] = {}
        self.values = numpy.zeros((0, len(WRITE)), dtype=numpy.uint64)
        self.masks = numpy.zeros((0, len(WRITE)), dtype=bool)
        self._outcome((None,) * len(WRITE))  # 0: nothing to set

    def __call__(self, doc: Doc) -> None:
        n = len(doc)
        if not n or not self.slots:
            return
        rows = dict(zip(self.columns, doc.to_array(self.columns).T.tolist(), strict=True)) \
            if self.columns else {}
        for column, classes in self.classes.items():
            if column in rows:
                rows[column] = [classes[v] for v in rows[column]]
        lists = [_shift(rows[column] if column is not None else [1] * n, offset)
                 for offset, column in self.slots]
        keys = list(zip(*lists, strict=True))
        memo = self.memo
        if len(memo) > MAX_KEYS:  # a bound for long runs over odd text; answers are unchanged
            memo.clear()
            for classes in self.classes.values():  # one entry per lower-case form ever met
                classes.clear()
        try:
            ids = [memo[key] for key in keys]
        except KeyError:
            ids = [memo[key] if key in memo else self._learn(doc, i, key)
                   for i, key in enumerate(keys)]
        picked = numpy.array(ids, dtype=numpy.intp)
        if not picked.any():
            return
        table = doc.to_array(WRITE)
        numpy.copyto(table, self.values[picked], where=self.masks[picked])
        doc.from_array(WRITE, table)

    def _learn(self, doc: Doc, i: int, key: tuple) -> int:
        """What the stock ruler sets on token i: its matcher run over the token's window,
        the matches that set this token applied in its order (AttributeRuler.match, then
        set_annotations)."""
        ruler = self.ruler
        start = max(0, i + self.first)
        window = doc[start:min(len(doc), i + self.last + 1)]
        merged: dict[int, Any] = {}
        for attr_id, _m, s, e in ruler.match(window):  # the stock matches, in its order
            index = ruler.indices[attr_id]
            if (s + index if index >= 0 else e + index) == i - start:
                merged.update(ruler.attrs[attr_id])
        self.memo[key] = outcome = self._outcome(tuple(merged.get(a) for a in WRITE))
        return outcome

    def _outcome(self, values: tuple) -> int:
        if values not in self.outcomes:
            self.outcomes[values] = len(self.outcomes)
            self.values = numpy.vstack([self.values, numpy.array(
                [[0 if v is None else v for v in values]], dtype=numpy.uint64)])
            self.masks = numpy.vstack([self.masks, [[v is not None for v in values]]])
        return self.outcomes[values]


class TableAttributeRuler(AttributeRuler):
    """spaCy's AttributeRuler (patterns, serialisation, scoring), its `__call__` answered by a
    `Table` of its patterns, built on the first Doc after a change of patterns; a ruler the
    table cannot answer is run as spaCy runs it."""

    def __init__(self, vocab, name: str = "attribute_ruler", **kwargs) -> None:
        self.table: Table | None = None
        self.untabular: str | None = None
        super().__init__(vocab, name, **kwargs)

    def add(self, patterns: Iterable, attrs: dict, index: int = 0) -> None:
        super().add(patterns, attrs, index)
        self.table, self.untabular = None, None

    def clear(self) -> None:
        super().clear()
        self.table, self.untabular = None, None

    def __call__(self, doc: Doc) -> Doc:
        if self.table is None and self.untabular is None:
            try:
                self.table = Table(self)
            except NotTabular as exc:
                self.untabular = str(exc)
                log.warning("eventwire: the attribute ruler %r runs as spaCy's own (%s)",
                            self.name, exc)
        if self.table is None:
            return super().__call__(doc)
        try:
            self.table(doc)
            return doc
        except Exception as e:  # spaCy's contract: the pipeline's error handler decides
            return self.get_error_handler()(self.name, self, [doc], e)


@Language.factory(FACTORY, default_config={
    "validate": False, "scorer": {"@scorers": "spacy.attribute_ruler_scorer.v1"}})
def make_table_attribute_ruler(nlp: Language, name: str, validate: bool,
                               scorer) -> TableAttributeRuler:
    """The stock factory's settings; patterns come as the stock ruler's do (initialize,
    add_patterns, from_disk)."""
    return TableAttributeRuler(nlp.vocab, name, validate=validate, scorer=scorer)


def replace_stock(nlp: Language, name: str = "attribute_ruler") -> bool:
    """Put a TableAttributeRuler with the stock ruler's patterns in its place; keep the stock
    ruler (and log why) when its patterns are not ones the table answers exactly."""
    stock = nlp.get_pipe(name)
    if type(stock) is not AttributeRuler:
        return False
    try:
        Table(stock)
    except NotTabular as exc:
        log.warning("eventwire: keeping spaCy's own attribute ruler %r (%s)", name, exc)
        return False
    patterns = stock.patterns
    fast = nlp.replace_pipe(name, FACTORY, config={"validate": stock.validate})
    fast.add_patterns(patterns)
    return True


def _column(key, attr_id: int) -> int:
    if not isinstance(key, str) or key.upper() not in READ:
        raise NotTabular(f"pattern {attr_id} tests {key!r}")
    return READ[key.upper()]


def _values(value, attr_id: int, key: str) -> tuple[set[int], re.Pattern | None]:
    """The values a token test names (as the matcher hashes them) and its regex, if any."""
    if isinstance(value, str | int):  # bool is an int
        return {_hash(value)}, None
    if isinstance(value, dict) and len(value) == 1:
        (op, arg), = value.items()
        if op in ("IN", "NOT_IN") and isinstance(arg, list) and all(
                isinstance(v, str | int) for v in arg):
            return {_hash(v) for v in arg}, None
        if op == "REGEX" and isinstance(arg, str) and key.upper() != "IS_SPACE":
            return set(), re.compile(arg)
    raise NotTabular(f"pattern {attr_id} tests {key} with {value!r}")


def _hash(value: str | int) -> int:
    return get_string_id(value) if isinstance(value, str) else int(value)


def _shift(values: list, offset: int) -> list:
    """values[i + offset] for each i, None where that is outside the list."""
    n = len(values)
    if offset > 0:
        return (values[offset:] + [None] * offset)[:n]
    if offset < 0:
        return ([None] * -offset + values)[:n]
    return values


def _names(attr_ids: set) -> str:
    names = {v: k for k, v in IDS.items()}
    return ", ".join(sorted(names.get(a, repr(a)) for a in attr_ids))
