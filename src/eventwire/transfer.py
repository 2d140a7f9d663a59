"""Transfers: what a giving verb moves codes the kind of material help.

CAMEO codes the giving of material help by what is given: money 071, arms 072, relief goods 073,
peacekeepers 074 (root 07), and the announcement of each by its intent (0331-0334, which
recode.py derives from a future act). This stage reads the class of the moved object from
knowledge/transfer-objects.yaml, which tools/build_transfer_lexicon.py compiles from WordNet
hypernyms at build time (the coder never needs WordNet):

- the object of a transfer verb, looked through the nouns that measure or package it ("40
  tonnes of flour", "a shipment of rifles", "$50 million in assistance") and through
  coordination ("rifles and missiles"); a generic goods noun is classed by its modifier
  ("medical supplies", "military equipment");
- the goods of "supply X with Y";
- the receiving side: "X received N tonnes of rice from Y" (or "took delivery of") is Y's gift
  to X;
- the goods' arrival: "a shipment of rifles from Serbia arrived in Burkina Faso".

Stage contract: `transfer_match(tok)` (a verb) and `arrival_match(tok)` (a noun) return the rule
entry and the words it used, or None; `received(entry)` says whether an entry's subject is the
recipient, for parties.py to swap source and target; `givers(tok, used)` names whose goods a
noun trigger's are. Both are pure functions of the token and the loaded table.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Token

from .errors import KnowledgeError
from .knowledge import HERE, LexEntry, _read_yaml
from .syntax import VEHICLES, prep_objects

TABLE = HERE / "transfer-objects.yaml"
CODES = ("071", "072", "073", "074")
GIVE_TARGETS = ("to", "iobj", "for", "into")
"""Where the recipient of a transfer is written: "sent rifles to Kyiv", "gave Ukraine tanks",
"medicines for Nepal", "food into Gaza" (a place stands for its country)."""
GOODS_WITH = frozenset({"supply", "provide", "furnish"})
"""Verbs whose goods may follow "with": "supplied Kenya with vaccines"."""
THROUGH = frozenset({"of", "in"})
"""What a measure names its goods with: "40 tonnes of flour", "$50 million in assistance"."""
AIMED = frozenset({"on", "onto", "upon", "at", "against"})
"""Prepositions that aim what is "delivered" or "sent" at a target: "delivered bombs on the
village", "sent rockets at the positions" are attacks, not gifts (a date after "on" is no aim)."""
NO_AIM = {"at": frozenset({"request", "invitation", "behest", "urging", "initiative", "expense"}),
          "on": frozenset({"behalf", "board", "order", "instruction", "initiative"})}
"""The nouns that make "at" or "on" part of a complex preposition, which says on whose word or
account something is sent, not where it is aimed: "at the request of", "at the invitation of",
"on behalf of", "on the orders of", "on board"."""
NOT_GIVING = frozenset({"up", "back", "in", "down", "off"})
"""Particles that turn a giving verb into yielding, returning or handing down: "gave up their
weapons" and "handed in their rifles" (0873 when to an authority), "sent back the aid",
"handed down a sentence"."""
ARRIVALS = frozenset({"arrive", "reach", "land", "dock"})
"""Verbs that tell a transfer by the goods' arrival: "a shipment of rifles from Serbia arrived in
Burkina Faso", "medicines from India reached Colombo"."""
ASPECTUAL = frozenset({"begin", "start", "continue"})
"""Verbs whose infinitive tells the act: "shipments of aid began to arrive"."""
ENTRIES = frozenset({"enter", "cross"})
"""Arrival verbs for relief only: "flour entered Gaza"; arms or vehicles that enter or cross are
forces moving ("Russian tanks entered the town"), not goods given."""
BARE_AID = frozenset({"aid", "assistance", "relief", "donation"})
"""Nouns of help that arrive unqualified: "aid from Thailand arrived in Myanmar" is aid, of no
one kind (070, as "sent aid" is), given by whoever its own phrase names."""
ARRIVAL_TARGETS = ("in", "at", "into", "to")
ARRIVED = "rule: goods arrived"
RECEIVED = "rule: the subject received"
GIVEN = "rule: a transfer verb"
DEPTH = 4
"""How many measures deep the goods may lie ("two shipments of 40 tonnes of flour")."""


@dataclass(frozen=True)
class TransferTable:
    verbs: frozenset[str]
    receiving: frozenset[str]
    classes: dict[str, str]
    measures: frozenset[str]
    generic: frozenset[str]
    modifiers: dict[str, str]


def _words(data: dict, key: str, path: Path) -> frozenset[str]:
    got = data.get(key)
    if not isinstance(got, list) or not all(isinstance(w, str) for w in got):
        raise KnowledgeError(f"{path.name}: {key!r} must be a list of words")
    return frozenset(got)


def _by_code(data: dict, key: str, path: Path) -> dict[str, str]:
    got = data.get(key)
    if not isinstance(got, dict) or not set(got) <= set(CODES):
        raise KnowledgeError(f"{path.name}: {key!r} must map codes {', '.join(CODES)} to words")
    return {w: code for code in got for w in _words(got, code, path)}


def read_table(path: Path) -> TransferTable:
    """The transfer table at `path`; a malformed file raises KnowledgeError naming it and the
    key at fault."""
    data = _read_yaml(path)
    if not isinstance(data, dict):
        raise KnowledgeError(f"{path.name}: expected a mapping of verbs, classes, measures")
    return TransferTable(_words(data, "verbs", path), _words(data, "receiving", path),
                         _by_code(data, "classes", path), _words(data, "measures", path),
                         _words(data, "generic", path), _by_code(data, "modifiers", path))


@lru_cache(maxsize=1)
def table() -> TransferTable:
    return read_table(TABLE)


def _class_of_word(tok: Token, t: TransferTable) -> str | None:
    return t.classes.get(tok.lower_) or t.classes.get(tok.lemma_.lower())


def goods_class(tok: Token, t: TransferTable | None = None, depth: int = 0
                ) -> tuple[str, Token] | None:
    """The code of what the noun phrase headed by `tok` moves, with the word that says it: the
    noun's own class; through a measure or package to its "of"/"in" phrase; a money symbol or
    currency ("$50 million", "20 million euros") as money unless its "in" phrase names more
    ("$5 million in medical aid"); a generic goods noun by its modifier; a coordinated noun's
    class (or its measure's) when the first has none."""
    t = t or table()
    lemma = tok.lemma_.lower()
    inner = prep_objects(tok, THROUGH)
    money = tok.tag_ == "$" or any(c.tag_ == "$" for c in tok.children)
    if (lemma in t.measures or money) and depth < DEPTH:
        for p in inner:
            if (got := goods_class(p, t, depth + 1)) is not None:
                return got
    if money:
        return "071", tok
    if (code := _class_of_word(tok, t)) is not None and lemma not in t.generic:
        return code, tok
    if lemma in t.generic or lemma in t.measures:
        for c in tok.children:
            if c.dep_ in ("amod", "compound", "nmod") and (
                    (code := t.modifiers.get(c.lower_)) or (code := _class_of_word(c, t))):
                return code, c
    for c in tok.conjuncts:
        if c.i > tok.i and (code := _class_of_word(c, t)) is not None \
                and c.lemma_.lower() not in t.generic:
            return code, c
        if c.i > tok.i and depth < DEPTH and c.lemma_.lower() in t.measures:
            # "carrying searchers and tons of water, food and medicine" (the parser may hang
            # the measure's "of" phrase on the first noun)
            for g in (c, *inner):
                if (got := goods_class(g, t, depth + 1)) is not None:
                    return got
    return None


def _goods(verb: Token) -> list[Token]:
    """The nouns that say what a transfer verb moves: its object (the passive subject), and the
    "with" phrase of the supplying verbs."""
    out = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if verb.lemma_.lower() in GOODS_WITH:
        out += prep_objects(verb, {"with"})
    return out


def from_phrase(tok: Token) -> list[Token]:
    """The nouns of the "from" phrase of a verb or goods noun ("received ... from Brazil", "aid
    from Kuwait"), looking through a measure to its goods ("50 tonnes of rice from Brazil")."""
    holders = [tok]
    for _ in range(DEPTH):
        nxt = [p for h in holders if h.lemma_.lower() in table().measures
               for p in prep_objects(h, THROUGH)]
        if not nxt:
            break
        holders += nxt
    return [p for h in holders for p in prep_objects(h, {"from"})]


def givers(tok: Token, used: list[Token]) -> list[Token]:
    """Who the goods of a noun trigger are from: its "from" phrase, else the "from" phrase of
    the verb it arrives by ("a convoy of aid trucks entered Gaza from Egypt"), else the goods'
    phrase, whose nationality the actor finder puts on its head ("a consignment of Swedish
    howitzers")."""
    return from_phrase(tok) or [p for v in used if v.pos_ == "VERB" for p in from_phrase(v)] or [
        u.head if u.dep_ in ("amod", "compound") else u for u in used
        if u.pos_ in ("NOUN", "ADJ")]


def _giver(verb: Token) -> list[Token]:
    """Who gives what a receiving verb receives: its own "from" phrase or its goods'."""
    return from_phrase(verb) + [p for g in _goods(verb) for p in from_phrase(g)]


def _aimed(verb: Token) -> bool:
    """Whether the verb or its object is aimed at something ("delivered bombs on the village")."""
    holders = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    return any(c.dep_ == "prep" and c.lower_ in AIMED and any(
        p.dep_ == "pobj" and p.ent_type_ not in ("DATE", "TIME")
        and p.lemma_.lower() not in NO_AIM.get(c.lower_, ()) for p in c.children)
        for h in holders for c in h.children)


def transfer_match(tok: Token) -> tuple[LexEntry, list[Token]] | None:
    """The transfer rule for one verb: a giving verb whose goods have a class codes that class
    toward the recipient; a receiving verb with a "from" giver codes it from the giver to the
    subject. None when the verb is neither or its goods have no class."""
    if tok.pos_ != "VERB":
        return None
    t = table()
    lemma = tok.lemma_.lower()
    giving = lemma in t.verbs
    receiving = lemma in t.receiving or lemma == "take" and any(
        c.dep_ == "dobj" and c.lemma_.lower() == "delivery" for c in tok.children)
    if not giving and not (receiving and _giver(tok)):
        return None
    if giving and (_aimed(tok) or any(c.dep_ in ("prt", "advmod") and c.lower_ in NOT_GIVING
                                      for c in tok.children)):
        return None
    for g in _goods(tok):
        got = goods_class(g, t)
        if got is None:
            continue
        code, word = got
        origin = (f"{GIVEN}: what it moves, {word.text!r}, is of class {code} "
                  f"(transfer-objects.yaml)" if giving else
                  f"{RECEIVED} {word.text!r} (class {code}) from its 'from' phrase "
                  f"(transfer-objects.yaml)")
        entry = LexEntry(code=code, pos="verb", lemmas=frozenset({lemma}),
                         with_=(frozenset({word.lemma_.lower()}),),
                         target=GIVE_TARGETS if giving else ("from",), origin=origin)
        return entry, [g] if word.i == g.i else [g, word]
    return None


CARRYING = frozenset({"carry", "bring", "transport", "ferry", "haul", "deliver"})
"""Participles that say what an arriving vehicle holds: "a plane carrying 40 tonnes of food",
"trucks arrived in Khartoum, bringing food and medicines"."""


LADEN = frozenset({"load", "lade", "laden", "pack", "fill", "stock", "stack", "cram"})
"""Participles that say what a vehicle is full of: "a ship loaded with food", "trucks laden
with medicines" (WordNet load.v.01, lade.v.01, fill.v.01, pack.v.03)."""


def _carried(noun: Token) -> list[Token]:
    """What a vehicle carries, by a participle of its own ("a plane carrying 40 tonnes of
    food"), of the vehicles a measure counts ("a convoy of 20 trucks carrying aid"), or of the
    arrival it is the subject of ("the aircraft landed in Kabul carrying relief goods")."""
    holders = [noun, *(p for p in prep_objects(noun, THROUGH)
                       if noun.lemma_.lower() in table().measures)]
    out = [o for h in holders for c in h.children if c.dep_ == "acl" and c.tag_ == "VBG"
           for o in c.children if o.dep_ == "dobj"]
    # "a ship loaded with food products", "trucks laden with medicines"
    out += [o for h in holders for c in h.children if c.dep_ == "acl" and c.tag_ in ("VBN", "JJ")
            and c.lemma_.lower() in LADEN for p in c.children
            if p.dep_ == "prep" and p.lower_ == "with"
            for g in p.children if g.dep_ == "pobj"
            for o in (g, *(m for k in g.children if k.dep_ in ("nmod", "compound")
                          for m in (k, *k.conjuncts)))]
    if noun.dep_ == "nsubj":
        # "landed in Kabul carrying relief goods", and the same participle the parser hangs on
        # the place of arrival ("landed at Beirut's airport carrying close to 26 tons of aid")
        verb = noun.head
        carrying = [c for c in verb.children if c.dep_ == "advcl"] + [
            c for p in verb.children if p.dep_ == "prep" for o in p.children
            if o.dep_ == "pobj" for c in o.children if c.dep_ == "acl"]
        out += [o for c in carrying if c.tag_ == "VBG" and c.lemma_.lower() in CARRYING
                and (o := _first_object(c)) is not None]
    return out


def _first_object(verb: Token) -> Token | None:
    """The object of a carrying participle, or the first noun after it ("carrying close to 26
    tons": the parser leaves "tons" under "close to")."""
    return next((c for c in verb.children if c.dep_ == "dobj"), None) or next(
        (t for t in verb.subtree if t.i > verb.i and t.dep_ == "pobj"), None)


def arrival_match(tok: Token) -> tuple[LexEntry, list[Token]] | None:
    """The arrival rule for one noun: goods of a class, or the measure, load or vehicle that
    holds them, as the subject of an arrival verb code that class, given by whoever the goods'
    own phrase names ("Turkey's shipment of 500 tents reached Syria", "medicines from India
    arrived in Colombo", "the first contingent of peacekeeping troops arrived in Juba"), also
    when they begin to arrive ("shipments of medicine began to arrive in Sudan"). Arms
    arrive only inside a measure, load or vehicle ("a consignment of howitzers reached
    Ukraine"): weapons or soldiers that arrive by themselves are a force moving."""
    if tok.dep_ != "nsubj" or tok.head.pos_ != "VERB":
        return None
    verb = tok.head
    if verb.lemma_.lower() in ASPECTUAL:  # "shipments of aid began to arrive in Libya"
        verb = next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), verb)
    arrival = verb.lemma_.lower()
    if arrival not in ARRIVALS and arrival not in ENTRIES:
        return None
    t = table()
    lemma = tok.lemma_.lower()
    for g in [tok, *_carried(tok)]:
        got = goods_class(g, t)
        if got is None and g.lemma_.lower() in BARE_AID:
            got = ("070", g)
        if got is None:
            continue
        code, word = got
        if arrival in ENTRIES and code != "073" or code == "072" and not (
                lemma in t.measures or lemma in VEHICLES):
            return None
        entry = LexEntry(code=code, pos="noun", lemmas=frozenset({tok.lemma_.lower()}),
                         with_=(frozenset({word.lemma_.lower()}), frozenset({arrival})),
                         target=ARRIVAL_TARGETS,
                         origin=f"{ARRIVED}: {word.text!r} (class {code}) {verb.text} "
                                f"(transfer-objects.yaml)")
        return entry, [u for u in (word, verb) if u.i != tok.i]
    return None


def arrived(entry: LexEntry) -> bool:
    """Whether the entry is the arrival rule's."""
    return entry.origin.startswith(ARRIVED)


def destination(used: list[Token]) -> list[Token]:
    """Where arriving goods arrive: the arrival verb's object or its in/at/into/to phrase."""
    return [x for v in used if v.pos_ == "VERB" for c in v.children
            for x in ([c] if c.dep_ == "dobj" else [p for p in c.children if p.dep_ == "pobj"]
                      if c.dep_ == "prep" and c.lower_ in ARRIVAL_TARGETS else [])]


def received(entry: LexEntry) -> bool:
    """Whether the entry's subject is the recipient (its target the giver)."""
    return entry.origin.startswith(RECEIVED)


def better(rule: LexEntry, found: LexEntry | None) -> bool:
    """Whether the transfer rule replaces what the lexicon matched on the same verb: when the
    lexicon found nothing, or an aid code (root 07) read from words anywhere in the phrase: the
    rule reads the goods themselves, through their measure ("delivered 40 tonnes of medical
    supplies" is 073, not the generic 070; "$3 million in humanitarian aid" is 073, not the
    071 of "million"). Other roots' entries (trade in oil 061, intelligence shared 064) stay."""
    return found is None or found.code[:2] == "07"
