"""Sourcing formulas: the set phrases by which a wire story says a source spoke unnamed ("an
official who requested anonymity", "declined to be named", "asked not to be identified"). They
say how the story was reported; a verb that is part of one is no act of asking or refusing.

Stage contract: `formula(tok)` reads only the parse around one verb and the reviewed table
(knowledge/sourcing.yaml, read once per process) and says whether the verb is the asking verb
of a sourcing formula. EventFinder (events.py) drops such a verb's matches.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Token

from .errors import KnowledgeError
from .knowledge import HERE, _read_yaml
from .syntax import prep_objects

PARTS = ("asking", "withheld", "naming")


@dataclass(frozen=True)
class Formulas:
    asking: frozenset[str]
    withheld: frozenset[str]
    naming: frozenset[str]


@lru_cache(maxsize=1)
def table() -> Formulas:
    """The reviewed table, read once per process; a malformed one raises KnowledgeError naming
    the file and the record."""
    name = "sourcing.yaml"
    data = _read_yaml(HERE / name) or {}
    for part in PARTS:
        if not isinstance(data.get(part), list) or not data[part]:
            raise KnowledgeError(f"{name}: {part}: a non-empty list of lemmas")
    return Formulas(*(frozenset(str(w).lower() for w in data[part]) for part in PARTS))


def formula(tok: Token) -> bool:
    """Whether `tok` is the asking verb of a sourcing formula: it asks for, or withholds, what
    names a source ("requested anonymity", "spoke on condition of anonymity", "withheld his
    name"), or its
    to-infinitive or clause is a passive verb of naming ("declined to be named", "asked not to be
    identified", "requested that she not be quoted")."""
    t = table()
    if tok.pos_ not in ("VERB", "AUX") or tok.lemma_.lower() not in t.asking:
        return False
    objects = [c for c in tok.children if c.dep_ == "dobj"] + prep_objects(
        tok, ("on", "for", "upon"))
    # "spoke on (the) condition of anonymity"
    objects += [p for o in objects if o.lemma_.lower() == "condition"
                for p in prep_objects(o, ("of",))]
    if any(o.lemma_.lower() in t.withheld for o in objects):
        return True
    return any(c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() in t.naming and any(
        a.dep_ == "auxpass" for a in c.children) for c in tok.children)
