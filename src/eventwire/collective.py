"""Collective references: definite descriptions that take up parties the article has named
(docs/policy.md, "Collective references").

- A singular collective noun ("the bloc", "the alliance", "the kingdom", "the island", "the
  council") takes up the article's last actor of the kind the noun may name: an organisation
  whose name or code fits, or a country whose official names fit ("Hashemite Kingdom of
  Jordan"), named as an actor or as a place. With no such actor before it, the noun stays
  unresolved: the kind is never guessed.
- A plural reference with a number ("the three leaders", "all four", "the two men", "the pair")
  takes up the parties just named together only when the number is theirs.
- An unnamed party of places ("entities in Iran, China and Turkey") is one actor per place.

The nouns and the kinds each may take are reviewed data, knowledge/collective-references.yaml;
coreference.py keeps the article's memory and actors.py asks here when a phrase names no one.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from spacy.tokens import Token

from .errors import KnowledgeError
from .knowledge import HERE, _read_yaml
from .records import ActorRef

KINDS = ("organisation", "country")
FIELDS = frozenset({"noun", "takes", "name_has", "prefix", "codes", "except"})
NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "2": 2, "3": 3, "4": 4,
           "5": 5, "6": 6}
DEFINITE = frozenset({"the", "this", "that"})
PLURAL_MARKS = frozenset({"both", *NUMBERS})  # "both parties", "the two men": one is needed
PLURAL_ALLOWED = PLURAL_MARKS | {"the", "all", "their"}


@dataclass(frozen=True)
class Rule:
    """Which earlier actor a singular collective noun may take up."""

    noun: str
    takes: str
    name_has: tuple[str, ...] = ()
    prefix: tuple[str, ...] = ()
    codes: frozenset[str] = frozenset()
    excluded: frozenset[str] = frozenset()

    def fits(self, ref: ActorRef, names: tuple[str, ...]) -> bool:
        if ref.code in self.excluded:
            return False
        if not (self.name_has or self.prefix or self.codes):
            return True
        return ref.code in self.codes or bool(self.prefix) and ref.code.startswith(
            self.prefix) or any(w in n.split() for n in names for w in self.name_has)


@dataclass(frozen=True)
class References:
    singular: dict[str, Rule]
    numbered: frozenset[str]
    groups: dict[str, int]
    holders: dict[str, str | None]


def read_references(path: Path) -> References:
    """knowledge/collective-references.yaml; a malformed entry is an error naming the file."""
    data = _read_yaml(path)
    if not isinstance(data, dict):
        raise KnowledgeError(f"{path}: expected a mapping with singular, numbered, groups, "
                             "holders")
    singular: dict[str, Rule] = {}
    for n, e in enumerate(data.get("singular") or [], 1):
        if not isinstance(e, dict) or e.get("takes") not in KINDS or not isinstance(
                e.get("noun"), str):
            raise KnowledgeError(f"{path}: singular entry {n}: needs a noun and takes: "
                                 f"{' or '.join(KINDS)}")
        if set(e) - FIELDS:
            raise KnowledgeError(f"{path}: singular entry {n}: unknown field(s) "
                                 f"{sorted(set(e) - FIELDS)}")
        noun = e["noun"].lower()
        if noun in singular:
            raise KnowledgeError(f"{path}: singular entry {n}: {noun!r} listed twice")
        singular[noun] = Rule(noun, e["takes"], tuple(e.get("name_has") or ()),
                              tuple(e.get("prefix") or ()), frozenset(e.get("codes") or ()),
                              frozenset(e.get("except") or ()))
    groups = {str(k).lower(): v for k, v in (data.get("groups") or {}).items()}
    if any(not isinstance(v, int) or v < 2 for v in groups.values()):
        raise KnowledgeError(f"{path}: groups: each size is a whole number of 2 or more")
    holders = {str(k).lower(): v for k, v in (data.get("holders") or {}).items()}
    numbered = frozenset(str(w).lower() for w in data.get("numbered") or ())
    if not singular or not numbered:
        raise KnowledgeError(f"{path}: no singular or no numbered nouns")
    return References(singular, numbered, groups, holders)


REFERENCES = read_references(HERE / "collective-references.yaml")


def definite_bare(head: Token) -> bool:
    """"the bloc", "the 27-nation bloc", "the Hashemite kingdom": a definite singular noun with
    no possessor, no "of" phrase and no common-noun compound ("the town council", "the student
    union" are other bodies)."""
    if head.tag_ != "NN":
        return False
    kids = list(head.children)
    if not any(c.dep_ == "det" and c.lower_ in DEFINITE for c in kids):
        return False
    return not any(c.dep_ in ("poss", "appos", "relcl") or c.dep_ == "prep" and c.lower_ == "of"
                   or c.dep_ == "compound" and c.pos_ == "NOUN" for c in kids)


def take_up(head: Token, orgs: list[ActorRef], countries: list[ActorRef],
            country_names: dict[str, list[str]]) -> ActorRef | None:
    """The actor a singular collective description takes up: the last organisation or country
    (latest last in `orgs`, `countries`) of the kind its noun names; None when there is none."""
    rule = REFERENCES.singular.get(head.lemma_.lower())
    if rule is None or not definite_bare(head):
        return None
    pool = orgs if rule.takes == "organisation" else countries
    for ref in reversed(pool):
        names = (ref.name,) if rule.takes == "organisation" else tuple(
            country_names.get(ref.code, ()))
        if rule.fits(ref, names):
            return ref
    return None


def said_size(head: Token) -> int | None:
    """How many parties a plural reference says it names: 2 for "both leaders", "the pair", 3
    for "the three countries", "all three", "the trio"; None when it says no number. "Both"
    by itself says 2 as surely as "both leaders" does."""
    if head.lower_ == "both":
        return 2
    if head.tag_ == "NN":
        return REFERENCES.groups.get(head.lemma_.lower())
    if head.tag_ == "CD":
        return NUMBERS.get(head.lower_)
    for c in head.children:
        if c.dep_ in ("nummod", "det", "predet") and c.lower_ in NUMBERS:
            return NUMBERS[c.lower_]
        if c.lower_ == "both":
            return 2
    return None


def numbered_phrase(head: Token) -> bool:
    """"the three", "all four", "the pair", "the trio", "the two men", "both parties": a
    reference that says how many parties it takes up and nothing else of who they are."""
    tag = head.tag_  # the cheap tests first: this is asked of every noun phrase head
    if tag == "CD":
        kind = "number" if head.lower_ in NUMBERS else None
    elif tag == "NN":
        kind = "group" if head.lemma_.lower() in REFERENCES.groups else None
    elif tag in ("NNS", "NNPS"):
        kind = "plural" if head.lemma_.lower() in REFERENCES.numbered else None
    else:
        kind = None
    if kind is None:
        return False
    kids = list(head.children)
    if any(c.dep_ in ("amod", "compound", "poss", "prep", "appos", "acl", "relcl") for c in kids):
        return False
    marks = {c.lower_ for c in kids if c.dep_ in ("det", "nummod", "predet", "quantmod")}
    if kind == "number":  # "the three agreed", "all four signed"
        return bool(marks) and marks <= {"the", "all"}
    if kind == "group":  # "the pair", "the trio"
        return marks == {"the"}
    return bool(marks & PLURAL_MARKS) and marks <= PLURAL_ALLOWED


def holders_in(head: Token, places: dict[int, list[ActorRef]]) -> list[ActorRef]:
    """"entities in China, Iran and Turkey", "companies based in China and Iran": unnamed
    parties of several places, one actor for each place, with the sector the noun names."""
    lemma = head.lemma_.lower()
    if head.tag_ not in ("NNS", "NNPS") or lemma not in REFERENCES.holders:
        return []
    sector = REFERENCES.holders[lemma]
    preps = [c for c in head.children if c.dep_ == "prep" and c.lower_ in ("in", "from")]
    preps += [p for c in head.children if c.dep_ == "acl" and c.lemma_ in ("base", "locate")
              for p in c.children if p.dep_ == "prep" and p.lower_ == "in"]
    out: list[ActorRef] = []
    for prep in preps:
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            for t in (obj, *obj.conjuncts):
                for place in places.get(t.i, []):
                    if place.country and place.country not in {o.country for o in out}:
                        code = place.country + (sector or "")
                        out.append(ActorRef(code, place.country, sector, head.text, place.name,
                                            (head.idx, head.idx + len(head.text)), "place"))
    return out
