"""Recoding: what an act's modality makes of its code.

Stage contract: `recode(...)` takes one trigger's code, actors and modality as the grammar found
them and returns them as CAMEO codes them: a speaker's "Y must withdraw" is the speaker's demand;
"refused to lift" is a rejection; "will give a grant" is an intent (a threat for a hostile act);
"wants to cooperate" is an intent; a verbal act inside reported speech is the speaker's; a noun
act in a background phrase, or any act told as history ("has repeatedly imposed"), is
background.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from .decisions import DECIDED_ROOTS, decided
from .intentions import narrated_future, threatened_cooperation
from .knowledge import Knowledge, LexEntry
from .means import bombing
from .modality import FUTURE_AUX, INTENT, REPORTING, another_time, history, talked_about_act
from .records import ActorRef
from .syntax import background, infinitive, passive
from .warned import GENERIC_WARNING, outside, warned_against

VERBAL_ROOTS = frozenset({"01", "02", "10", "11", "12", "13"})
ACCUSATION_ORIGIN = ("rule: in a party's words, another party did wrong (the speaker's "
                     "accusation; knowledge/wrongdoings.yaml)")


def accusation_rule(code: str) -> LexEntry:
    """The entry of a wrong told in someone's words: coded as that speaker's accusation of its
    doer (`recode`), whatever the wrong's own object."""
    return LexEntry(code=code, pos="verb", lemmas=frozenset(), target=("dobj",),
                    origin=ACCUSATION_ORIGIN)


def official_protest(tok: Token, is_verb: bool, sources: list[ActorRef]) -> bool:
    """"Kenya protested the arrests", "the foreign ministry protested": the verb "protest" with
    states (a government, a country, a body of states) as every subject is an official
    complaint (114), not a demonstration."""
    return is_verb and tok.lemma_.lower() == "protest" and bool(sources) and all(
        s.agent in (None, "GOV") and (s.country or s.code.startswith("IGO")) for s in sources)


def recode(k: Knowledge, tok: Token, entry: LexEntry, modality: str, sources: list[ActorRef],
           targets: list[ActorRef], reporter: ActorRef | None, evidence: list[str], *,
           is_verb: bool, topic: bool, source_toks: list[Token], obligation_rule: bool):
    """(entry, code, modality, sources, targets) as CAMEO codes the act; `evidence` grows."""
    code = entry.code
    if not sources and reporter is not None and code[:2] in VERBAL_ROOTS and not topic and (
            not is_verb or all(t.pos_ == "PRON" for t in source_toks)) and not (
            is_verb and passive(tok)):
        # not when the verb has its own subject that is simply unknown ("the wing refused"),
        # nor for a passive that names no doer ("This was agreed when ..., reports our
        # correspondent": whoever reports an agreement is not a party to it)
        sources = [reporter]  # a verbal act inside reported speech belongs to the speaker
        evidence.append("source is the speaker of the reported statement")
    if entry.origin == ACCUSATION_ORIGIN:
        return accused(entry, code, modality, sources, targets, reporter, evidence)
    demand = k.demand_for(code) or (code if obligation_rule else None)
    others = [s for s in sources if reporter is not None and s.code != reporter.code]
    if modality in ("conditional", "obligation") and reporter is not None and demand and \
            others:
        # "Y must withdraw", "possible only if Y withdraws", in X's words: X demands it of Y
        targets, sources = others, [reporter]
        evidence.append(f"{'a condition set' if modality == 'conditional' else 'an obligation'}"
                        f" by the speaker on {code}: coded as the demand {demand}")
        code, modality = demand, ("conditional" if modality == "conditional" else "asserted")
        entry = replace(entry, reciprocal=False)
    elif modality == "obligation" or obligation_rule:
        modality = "hypothetical"  # someone must do it: not (yet) done
    if modality == "refused":
        refusal = k.refusal_for(code)
        if refusal and sources:
            evidence.append(f"refused act {code}: coded as the rejection {refusal}")
            code, modality = refusal, "asserted"
            entry = replace(entry, reciprocal=False)  # "would no longer cooperate with the UN"
        else:
            modality = "negated"
    if code[:2] == "13" and code != GENERIC_WARNING and (
            phrase := warned_against(tok)) is not None:
        # "warned against any attack on Rafah": no threat to attack by the warner
        evidence.append(f"a warning {phrase.text!r}: the act is the warned party's; coded as "
                        f"the warning {GENERIC_WARNING}")
        code, targets = GENERIC_WARNING, outside(phrase, targets)
        entry = replace(entry, reciprocal=False)
    intent, announced = k.intent_for(code), code
    if modality == "future" and intent and code[:2] in DECIDED_ROOTS and (
            why := decided(tok, code[:2])) is not None:
        # "Hungary decided to recall its ambassador": the decision is the act (161), still to
        # be carried out; "will recall" stays the threat 1313
        evidence.append(f"a decision taken ({why}): coded as the act decided, {code}")
        intent = None
    if modality == "future" and intent and intent[:2] == "03" and threatened_cooperation(tok):
        # "threatened to withdraw its troops": a threat is no promise of cooperation
        evidence.append(f"act {code} under a threat: no intent to cooperate")
        intent, modality = None, "hypothetical"
    if modality == "future" and intent and intent[:2] == "13" and reporter is None and \
            narrated_future(tok, REPORTING | INTENT):
        # "Fujimori will be tried": a hostile act the text only narrates as coming, a passive
        # with no doer, is that act, still to come; a threat needs someone who makes it
        # ("warned that it would impose sanctions", "Slovenia will recall its ambassador")
        evidence.append(f"act {code} told as coming, by no speaker: no threat")
        intent = None
    if modality == "future" and intent and sources and (
            reporter is None or reporter.country is None
            or all(s.country == reporter.country for s in sources)
            or code[:2] <= "08" and any(t.country == reporter.country for t in targets)):
        # announced by the actor, or (a visit, aid, talks) confirmed by its counterpart
        # "Finland will give Tanzania a grant": announcing an act is the event (an intent,
        # or a threat for a hostile act)
        evidence.append(f"announced act {code}: coded as {intent}")
        code, modality = intent, "asserted"
        if announced[:2] in ("05", "06") and len(sources) == 1 and targets:
            # "Vietnam vowed to strengthen its friendship with Laos": the promise to cooperate is
            # the promiser's alone; joint subjects ("A and B will deepen ties") and announced
            # meetings ("Abe is scheduled to hold talks with Xi": both will meet) stay both ways
            entry = replace(entry, reciprocal=False)
    if modality == "wished":
        if intent and sources and "04" <= code[:2] <= "08":
            # "wants to cooperate with China", "hopes to enhance cooperation": CAMEO codes
            # the wish to cooperate as an intent (root 03)
            evidence.append(f"a wish to do {code}: coded as the intent {intent}")
            code, modality = intent, "asserted"
            entry = replace(entry, reciprocal=False)  # the wish is the wisher's alone
        else:
            modality = "hypothetical"
    if (code[:2] == "19" or code == "180") and (bomb := bombing(tok)) is not None:
        # "a suicide bomber killed 25 worshippers", "car bombs exploded ..., killing 24": what
        # a bomb does is a bombing (183-1833), not the use of military force (means.py)
        evidence.append(f"done by {bomb[1].text!r}: coded as the bombing {bomb[0]}")
        code = bomb[0]
    if code[:2] == "14" and official_protest(tok, is_verb, sources):
        # "Kenya protested the arrests", "the foreign ministry protested": a state that
        # protests complains officially (114); demonstrations are civilians' (root 14)
        evidence.append("a state protesting: coded as the official complaint 114")
        code = "114"
    if code == "019" and agreed_to_act(tok):
        # "Mexico agreed to halt migration", "agreed with Marcos that Tokyo will provide
        # radars": agreeing to do something is an intent to cooperate (030), not an accord with a
        # view (019); an agreed act with a code of its own is coded as that act instead (events)
        evidence.append("agreed to an act to come: coded as the intent to cooperate 030")
        code = "030"
    if code in ("057", "019") and agreement_to_act(tok):
        # "the IMF reached a preliminary agreement to provide a loan", "struck a deal to reopen
        # the border", "reached a consensus to exchange data": an agreement reached on an act
        # still to come is the intent to cooperate, as "agreed to" is; signing a text (sign,
        # ink, ratify) stays 057
        evidence.append("an agreement reached on an act to come: coded as the intent to "
                        "cooperate 030")
        code = "030"
    if not is_verb and modality in ("asserted", "claimed") and (
            why := background(tok)) is not None:
        evidence.append(f"background: {why}")
        modality = "background"
    if modality in ("asserted", "claimed") and (why := history(tok)) is not None or \
            modality == "future" and (why := talked_about_act(tok)) is not None:
        # "has repeatedly imposed sanctions"; what a meeting will discuss is its topic, not an
        # act to come ("the meeting will discuss the latest North Korean missile launch")
        evidence.append(f"background: {why}")
        modality = "background"
    if not is_verb and modality in ("asserted", "claimed") and (
            when := another_time(tok)) is not None:
        # "the previous intervention", "future protests": not this story's act
        evidence.append(f"{when}: a noun act at another time")
        modality = when
    return entry, code, modality, sources, targets


AGREED_AUX = FUTURE_AUX | {"would"}
"""The future of an agreed clause, reported ("agreed that dates would be decided") or not."""


def accused(entry: LexEntry, code: str, modality: str, sources: list[ActorRef],
            targets: list[ActorRef], reporter: ActorRef | None, evidence: list[str]):
    """"Washington has violated the one-China principle, Mao said": a wrong told as done, in a
    speaker's words, by another party is the speaker's accusation of that party. Told of the
    speaker's own side, as a possibility, or denied, it accuses no one."""
    others = [s for s in sources if reporter is not None and s.code != reporter.code
              and s.country != reporter.country]
    if modality in ("asserted", "claimed") and others:
        evidence.append(f"a wrong done by {', '.join(o.text for o in others)!r} in the "
                        f"speaker's words: coded as the speaker's accusation {code}")
        return replace(entry, reciprocal=False), code, "asserted", [reporter], others
    if modality not in ("negated", "denied"):
        evidence.append("a wrong told of no other party than the speaker, or not as done: no "
                        "accusation")
        modality = "hypothetical"
    return entry, code, modality, sources, targets


def agreed_to_act(tok: Token) -> bool:
    """"agreed to halt", "agreed that dates will be fixed", "agreed on a plan to share": the verb
    "agree" with a to-infinitive, a clause whose verb is in the future (not "agreed that the talks
    were useful"), or "on" a plan or deal whose to-infinitive names the act (not "agreed on the
    need for calm")."""
    if tok.lemma_.lower() not in ("agree", "consent") or tok.pos_ != "VERB":
        return False
    for c in tok.children:
        if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX") and infinitive(c):
            return True
        if c.dep_ == "ccomp" and any(a.dep_ == "aux" and a.lower_ in AGREED_AUX
                                     for a in c.children):
            return True
        if c.dep_ == "prep" and c.lower_ in ("on", "upon") and any(
                o.dep_ == "pobj" and o.lemma_.lower() in AGREED_ON_NOUNS and _to_infinitive(o)
                for o in c.children):
            # "agreed with Manila on a deal to supply radars", "agreed upon a framework to
            # resume flights": an act agreed through the plan that names it is still to come
            return True
    return False


AGREED_ON_NOUNS = frozenset({"agreement", "deal", "accord", "understanding", "plan",
                             "framework", "roadmap", "arrangement", "mechanism", "mechanisms",
                             "deals", "plans", "arrangements", "steps", "measures"})
"""What one agrees on that names an act to come by its to-infinitive ("a plan to share data")."""


def _to_infinitive(noun: Token) -> bool:
    return any(a.dep_ in ("acl", "relcl") and a.pos_ == "VERB" and infinitive(a)
               for a in noun.children)


AGREEMENT_NOUNS = frozenset({"agreement", "deal", "accord", "understanding", "consensus"})


def agreement_to_act(tok: Token) -> bool:
    """"reached an agreement to provide", "struck a deal with X to reopen": the verb "reach" or
    "strike" with an agreement for its object and a to-infinitive on the agreement or on the
    verb itself."""
    if tok.lemma_.lower() not in ("reach", "strike") or tok.pos_ != "VERB":
        return False
    objs = [c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in AGREEMENT_NOUNS]
    return bool(objs) and any(
        a.dep_ in ("acl", "relcl", "advcl", "xcomp") and a.pos_ == "VERB" and infinitive(a)
        for a in [*tok.children, *(c for o in objs for c in o.children)])

