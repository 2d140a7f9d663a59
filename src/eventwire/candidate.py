"""Candidate: one event mention as the event finder builds it, before the article's own
passes (countries, targets the whole article gives, policy) turn it into an `EventMention`."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from .knowledge import LexEntry
from .records import ActorRef


@dataclass
class Candidate:
    sentence: int
    trigger: Token
    entry: LexEntry
    code: str
    source: ActorRef
    target: ActorRef | None
    modality: str
    reported_by: ActorRef | None = None
    via: Token | None = None
    inferred_target: bool = False
    paragraph_offset: int = 0
    evidence: list[str] = field(default_factory=list)
    date: dict | None = None
    location: dict | None = None
    countries: frozenset[str] = frozenset()  # every country the sentence names, as actor or place
    # an attacker no one names (unnamed.unnamed_attacker): never taken up by a later "the
    # attack", and left out of an article that names the parties of its fighting
    unnamed: bool = False
    # dated by its own clause long before the article (background.dated_long_before): history,
    # left out by the policy as "dated long before"
    long_before: bool = False
    # the damage a participle tells after an attack ("killed 20, setting cars ablaze",
    # parties.effect_of_attack): left out of an article as "effect of an attack"
    effect: bool = False
