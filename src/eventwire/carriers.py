"""Aid and material help told through what carries it: the sender of a convoy, a shipment, a
flight or a rescue team is whoever the carrier's own phrase names (a possessive; a by, from or
of phrase; the agent of a participle; the carrier's own nationality), else the one aid body the
sentence names; aid that names no recipient is for the country of the place it reaches.
"""

from __future__ import annotations

from spacy.tokens import Token

from .records import ActorRef
from .syntax import CARRIERS, prep_objects
from .targets import actors_of
from .transfer import from_phrase
from .unnamed import place_of

CARRIED_ROOTS = frozenset({"06", "07"})
"""Material cooperation and aid: acts a vehicle, a load or a team can be said to do ("the convoy
delivered food", "a ship from Qatar delivered gas")."""
SENDER_PREPS = frozenset({"by", "from", "of"})


def carrier_senders(tok: Token, source_toks: list[Token], actors,
                    evidence: list[str]) -> list[ActorRef]:
    """"A convoy of trucks contracted by the WFP delivered food", "the convoy, organized by the
    UN, reached the city", "an aid shipment from Qatar arrived": an act of aid or material
    cooperation told through its vehicle or load is the act of whoever the carrier's own phrase
    names as sending, running or owning it (a possessive; a by, from or of phrase; the agent of a
    participle), as "Russian missiles struck" is Russia's. The carrier is the subject, the noun
    trigger itself, or the noun a participle trigger describes when that noun is the subject of
    its clause ("trucks carrying food entered", not "intercepted a ship carrying aid")."""
    carriers = [t for t in source_toks if t.lemma_.lower() in CARRIERS]
    if tok.pos_ == "NOUN" and tok.lemma_.lower() in CARRIERS:
        carriers.append(tok)
    if tok.dep_ in ("acl", "amod") and tok.head.lemma_.lower() in CARRIERS \
            and tok.head.dep_ == "nsubj":
        carriers.append(tok.head)
    # "a total of 28 UN trucks", "a fleet of aircraft": the carriers a count or group holds
    carriers += [p for t in [tok, *source_toks] if t.lemma_.lower() not in CARRIERS
                 for p in prep_objects(t, ("of",)) if p.lemma_.lower() in CARRIERS]
    for carrier in carriers:
        # its sender's phrase, or its own name: "UN trucks", "Pakistan Air Force aircraft"
        # ("a convoy of aid trucks entered Gaza from Egypt": the "from" phrase of the verb
        # it arrives by)
        came = from_phrase(carrier.head) if carrier.dep_ == "nsubj" else []
        found = [a for a in actors_of([*_senders(carrier), carrier, *came], actors)
                 if a.how != "place"]
        if found:
            evidence.append(f"source: who the {carrier.text!r} is from ({found[0].text!r})")
            return found
    if carriers:
        # "an aid convoy entered Taiz amid efforts by the UN", "... arrived, the WFP said": a
        # carrier whose own phrase names no sender is the one aid body's the sentence names
        bodies = [a for rs in actors.values() for a in rs if aid_body(a)]
        if len({a.code for a in bodies}) == 1:
            evidence.append(f"source: the aid body the sentence names ({bodies[0].text!r})")
            return bodies[:1]
    return []


def aid_body(a: ActorRef) -> bool:
    """A humanitarian organisation: a UN body, an international or national NGO, a health or
    relief service (the Red Cross, WFP, MSF, a national Red Crescent)."""
    return a.code.startswith(("IGOUNO", "NGO")) or a.agent in ("NGO", "HLH")


def aid_destination(tok: Token, places, evidence: list[str]) -> list[ActorRef]:
    """"An aid convoy organized by the Red Cross arrived in Khartoum", "the UN unloaded food in
    Mogadishu": aid that names no recipient is for the country of the place it reaches (a place
    in its own phrase, else the nearest, when the sentence's places are in one country)."""
    place = place_of(tok, places)
    if place is None:
        return []
    evidence.append(f"target: aid for the country of the place it reaches, {place.text!r}")
    return [place]


def _senders(carrier: Token, depth: int = 0) -> list[Token]:
    out: list[Token] = []
    for c in carrier.children:
        if c.dep_ == "poss":
            out.append(c)
        elif c.dep_ in ("prep", "agent") and c.lower_ in SENDER_PREPS:
            for p in c.children:
                if p.dep_ != "pobj":
                    continue
                if p.lemma_.lower() in CARRIERS and depth < 2:
                    out += _senders(p, depth + 1)  # "a convoy of trucks sent by ..."
                else:
                    out.append(p)
        elif c.dep_ == "acl" and c.tag_ in ("VBN", "VBG"):
            # "organized by the UN", "contracted by the WFP"; what it carries comes "from" its
            # sender: "trucks carrying aid from Egypt", "loaded with flour from Egypt"
            out += [p for a in c.subtree if a.dep_ == "agent" and a.head.i == c.i
                    or a.dep_ == "prep" and a.lower_ == "from"
                    for p in a.children if p.dep_ == "pobj"]
    return out
