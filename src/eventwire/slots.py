"""Slots: where a trigger's source, target and parties sit in the parse.

Stage contract: `find_slots(trigger, entry, ...)` reads only the dependency parse around one
matched trigger and returns the tokens that name its source, its targets and the two sides of a
"between" phrase, with the governing verb of a noun trigger and whether that noun is only the
topic of another act. Resolving those tokens to actors is the event finder's job.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from .background import talked_about
from .knowledge import LexEntry
from .nominal import frame as nominal_frame
from .nominal import passive_doer
from .syntax import (
    QUANTITY_NOUNS,
    TOPIC_VERBS,
    climb,
    own_phrase,
    passive,
    patients,
    prep_objects,
    subjects,
    topic_of,
)
from .syntax import governor as governing_verb

ASKING_ROOTS = frozenset({"02", "10"})
"""Appeals and demands: roots whose act is asked of a party, often in a clause of its own."""


CLAIM_VERBS = frozenset({"claim", "take", "accept", "assume", "admit", "bear"})
"""Verbs by which a party owns an act as its own: "claimed responsibility for the attack"."""
OWNERSHIP = frozenset({"responsibility", "credit"})


def claimed_by(tok: Token) -> Token | None:
    """"IS claimed responsibility for the attack", "the group took credit for the bombings": the
    verb whose subject owns a noun act through "responsibility/credit for", or None. Not "denied
    responsibility" or "blamed X for": only verbs of owning the act."""
    t = climb(tok)
    if t.dep_ != "pobj" or t.head.lower_ != "for":
        return None
    head = t.head.head  # "responsibility for X", or the verb when "for X" hangs on it
    verb = head.head if head.lemma_.lower() in OWNERSHIP and head.dep_ == "dobj" else head
    if verb.lemma_.lower() not in CLAIM_VERBS or not any(
            c.dep_ == "dobj" and c.lemma_.lower() in OWNERSHIP for c in verb.children):
        return None
    return verb


@dataclass
class Slots:
    sources: list[Token] = field(default_factory=list)
    targets: list[Token] = field(default_factory=list)
    pairs: list[Token] = field(default_factory=list)
    governor: Token | None = None
    topic: bool = False  # the noun names the topic of another act, not an act of its subject


def find_slots(tok: Token, entry: LexEntry, used: list[Token], actors, triggered,
               is_verb: bool, evidence: list[str]) -> Slots:
    """The source, target and pair tokens of one matched trigger; `triggered` holds the
    sentence's other triggers (a noun that is the object of one of them is not its subject's
    act)."""
    topic = False
    source_toks: list[Token] = []
    target_toks: list[Token] = []
    pair_toks: list[Token] = []
    governor = None
    doer_phrases: set[int] = set()  # the phrases that name a noun's doer are never targets
    turned = False  # a support verb turns the noun's roles around ("drew criticism from")
    if is_verb:
        if passive(tok):
            agent = [p for c in tok.children if c.dep_ == "agent" for p in c.children
                     if p.dep_ == "pobj"]
            if not agent:
                # "69 were killed and a village razed ... by Boko Haram": conjoined passives
                # share their agent
                agent = [p for v in tok.conjuncts for c in v.children
                         if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
            if not agent:
                # "were killed in an attack by ISIS militants": the attack's own agent
                agent = [a for c in tok.children if c.dep_ == "prep" and c.lower_ == "in"
                         for p in c.children if p.dep_ == "pobj" and p.i in triggered
                         for b in p.children if b.dep_ in ("prep", "agent")
                         and b.lower_ == "by" for a in b.children if a.dep_ == "pobj"]
            source_toks = agent
            if "dobj" in entry.target:
                target_toks += patients(tok)
        elif tok.dep_ == "acl" and tok.tag_ == "VBN":
            # "civilians killed in the strike", "protesters detained by police": the noun
            # the participle modifies is what was done to, never the doer
            source_toks = [p for c in tok.children if c.dep_ == "agent" for p in c.children
                           if p.dep_ == "pobj"]
            if "dobj" in entry.target:
                target_toks.append(tok.head)
        else:
            source_toks = subjects(tok)
            if "dobj" in entry.target:
                target_toks += [c for c in tok.children if c.dep_ in ("dobj",)]
        if "iobj" in entry.target:
            # "gave Ukraine aid" (the noun) or "gave aid to Ukraine" (the preposition's object)
            target_toks += [p for c in tok.children if c.dep_ == "dative"
                            for p in ([c] if c.pos_ != "ADP" else
                                      [g for g in c.children if g.dep_ == "pobj"])]
    else:
        nf = nominal_frame(tok, lambda t: any(
            r.how != "pronoun" and (r.country or r.how != "agent") for x in (
                t, *t.conjuncts, *(c for c in t.children if c.dep_ in ("amod", "compound")))
            for r in actors.get(x.i, ())))
        if nf is not None and nf.turned_by is not None and entry.reciprocal:
            nf = None  # "suffered casualties in fighting with X": a side of a two-sided act
        if nf is not None:
            # the noun's class, or the support verb that carries it, says who its own
            # phrase names (nominal.py)
            source_toks += nf.sources
            target_toks += nf.targets
            doer_phrases = nf.doer_phrases
            turned = nf.turned_by is not None
            topic = nf.closed  # its doer is only who the phrase names, here no one
            if nf.why:
                evidence.append(f"roles: {nf.why}")
        poss = [c for c in tok.children if c.dep_ == "poss"]
        if nf is None and "poss" in entry.target:
            target_toks += poss
        elif nf is None:
            source_toks += poss
        if not source_toks:
            source_toks += prep_objects(tok, ("by",))
        if not source_toks and (not poss or turned) and actors.get(tok.i):
            source_toks = [tok]  # "Turkish strikes": the trigger's own nationality modifier
        claimer = claimed_by(tok) if not source_toks and not turned else None
        if claimer is not None:
            # "Al-Shabab claimed responsibility for the attack": the claimer did it
            governor, source_toks = claimer, [s for s in subjects(claimer) if s.i != tok.i]
            evidence.append(f"source: the subject of {claimer.text!r} responsibility or credit "
                            "for it")
        if turned:
            governor = nf.turned_by
        elif not source_toks and not topic:
            governor = governing_verb(tok)
            if governor is not None and governor.i != tok.i and (
                    governor.i in triggered
                    or governor.lemma_.lower() in TOPIC_VERBS) and topic_of(tok) and \
                    governor.i not in {u.i for u in used}:
                # "rejected the demands", "condemned the attack": the noun names the topic
                # of another act, not an act of that act's subject
                evidence.append(f"the act is the object of {governor.text!r}: its actor is "
                                "only who the phrase itself names")
                governor, topic = None, True
            if governor is not None:
                if governor.pos_ == "ADJ":
                    governor = governor.head
                source_toks = [s for s in subjects(governor)
                               if s.i != tok.i] if governor is not None else []
                if not source_toks and governor is not None:
                    source_toks = passive_doer(tok, governor)
                    if source_toks:
                        evidence.append(f"source: the agent of {governor.text!r}, the passive "
                                        "verb that carries it")
                if not source_toks and entry.reciprocal and governor is not None and \
                        passive(governor) and not any(c.dep_ == "agent"
                                                      for c in governor.children):
                    # "five soldiers were killed in clashes with Chinese troops": those it was
                    # done to are a side of the fighting the noun names
                    source_toks = [c for c in governor.children if c.dep_ == "nsubjpass"]
    if is_verb and entry.code[:2] in ASKING_ROOTS and not target_toks:
        # "called for Sogavare to resign", "appealed for the army to return to barracks": the
        # subject of a "for ... to" clause is who is asked
        target_toks += [s for c in tok.children if c.dep_ in ("advcl", "xcomp", "ccomp")
                        and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)
                        for s in c.children if s.dep_ == "nsubj"]
    # "between A and B" always names both sides, whatever the entry lists
    preps = [p for p in entry.target if p not in ("dobj", "iobj", "poss")] + ["between"]
    asked: set[int] = set()
    if is_verb and entry.code[:2] in ASKING_ROOTS:
        addressed = target_toks + [p for c in tok.children if c.dep_ == "prep"
                                   and c.lower_ in preps for p in c.children if p.dep_ == "pobj"]
        if any(actors.get(t.i) for a in addressed for t in a.subtree):
            # "called on the US to stop arms sales to Taiwan": with the party asked named, the
            # act asked for names its own counterparts, not the request's ("called on all
            # parties to ensure access to civilians": no party named, the act's may serve)
            asked = {t.i for c in tok.children if c.dep_ in ("xcomp", "advcl")
                     for t in c.subtree}
    if preps:
        holders = [tok, *[u for u in used if u.i not in asked]]
        if governor is not None:
            holders.append(governor)
        holders += [c for c in tok.children if c.dep_ == "dobj"]
        if tok.dep_ == "pobj" and tok.head.head.lemma_.lower() in QUANTITY_NOUNS:
            holders.append(tok.head.head)  # "a wave of strikes against X"
        for h in holders:
            for c in own_phrase(h, 4) if h.i == tok.i else h.children:
                if c.dep_ == "prep" and c.head.i != tok.i and talked_about(c.head) is not None:
                    continue  # "to discuss the war between A and B": the war's sides
                if c.dep_ in ("prep", "dative") and c.lower_ in preps and c.i not in asked:
                    objs = [p for p in c.children if p.dep_ == "pobj"]
                    if c.lower_ == "between":
                        pair_toks += objs
                    else:
                        target_toks += objs
    target_toks = list({t.i: t for t in target_toks if t.i not in doer_phrases}.values())
    return Slots(source_toks, target_toks, pair_toks, governor, topic)
