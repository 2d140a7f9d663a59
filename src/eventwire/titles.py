"""Titles: which office a bare title names, so that "the King", "the Monarch" or "His Majesty"
takes up the sovereign the article named ("King Abdullah"), and "the Premier" the prime minister.

One reviewed table (knowledge/titles.yaml, generated from WordNet by tools/build_titles.py)
groups the titles of one office; `office(word)` gives a title's group, `addressed(head)` the
group a form of address stands for ("His Majesty", "Her Majesty"). Coreference (coreference.py)
remembers the holder of each group; ActorFinder (actors.py) asks for it. The table is read once
per process; runtime needs nothing beyond it.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Token

from .errors import KnowledgeError
from .knowledge import HERE, _read_yaml

ADDRESS_OWNERS = frozenset({"his", "her", "their", "your"})
"""The possessors of a form of address: "His Majesty", "Their Majesties"."""


@dataclass(frozen=True)
class Titles:
    groups: dict[str, str]  # title (lower case, one or more words) → its office group
    address: dict[str, str]  # form of address ("majesty") → its office group


@lru_cache(maxsize=1)
def table() -> Titles:
    """The reviewed table, read once per process; a malformed one raises KnowledgeError naming
    the file and the record."""
    name = "titles.yaml"
    data = _read_yaml(HERE / name) or {}
    groups: dict[str, str] = {}
    for group, words in (data.get("groups") or {}).items():
        if not isinstance(words, list) or not words:
            raise KnowledgeError(f"{name}: group {group!r}: a non-empty list of titles")
        for word in words:
            word = str(word).lower()
            if word in groups:
                raise KnowledgeError(f"{name}: group {group!r}: {word!r} is in two groups")
            groups[word] = str(group)
    address = {str(w).lower(): str(g) for w, g in (data.get("address") or {}).items()}
    for word, group in address.items():
        if group not in set(groups.values()):
            raise KnowledgeError(f"{name}: address {word!r}: no group {group!r}")
    return Titles(groups, address)


def office(title: str | None) -> str | None:
    """The office group of a title phrase ("King" → sovereign, "prime minister" → head of
    government), or None for a role that is no single office ("minister", "spokesman")."""
    return table().groups.get(title.lower()) if title else None


def addressed(head: Token) -> str | None:
    """The office a form of address stands for: "His Majesty", "Her Majesty's" (a possessive
    pronoun before a word of the table's `address`), or None."""
    group = table().address.get(head.lemma_.lower()) or table().address.get(head.lower_)
    if group is None or not any(c.dep_ == "poss" and c.lower_ in ADDRESS_OWNERS
                                for c in head.children):
        return None
    return group
