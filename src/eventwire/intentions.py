"""Intentions, promises, threats and refusals around an embedded act.

CAMEO codes a promise, an offer, a threat or a refusal by the act it embeds: "threatened to cut
aid" is 1311, "warned that it would impose sanctions" 1312, "rejected a proposal to hold talks"
125 (knowledge/intents.yaml and refusals.yaml map the embedded act's code to the announcement's).
modality.py walks the clause chain and recode.py applies the maps; this module owns the
constructions that decide when a clause is such an embedded act:

- a that-clause in the future under a verb or noun of promise or threat whose subject is the
  promiser itself ("Thailand pledged that it would return the refugees", "issued a warning that
  it would take military action"): the announced act (`announced_clause`);
- "could", "may", "might" of a party about its own act in its own reported words ("Moscow said
  it could impose sanctions"): an announced possibility, coded as the threat or intent
  (`possible_own_act`);
- the bare verb of intention, threat or refusal whose embedded act is itself coded: one event,
  the embedded act's announcement, not a generic 130/120 beside it (`superseded`);
- a rejection of a proposal, an offer or a call whose infinitive names the act: a refusal of that
  act ("rejected an offer to mediate": 126), not a generic 120 plus the proposer's act
  (`rejected_proposals`);
- a noun act that a verb of stopping takes as object: the ending of the act ("agreed to suspend
  kidnappings": 087, an intent 0356 once agreed), not the act (`ended_acts`).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from .syntax import infinitive, passive

PROMISING = frozenset({"promise", "pledge", "vow", "swear", "assure", "guarantee", "threaten",
                       "warn", "caution", "commit"})
"""Verbs whose that-clause in the future tells the subject's own act to come: "pledged that it
would return the refugees", "warned Moscow that it would impose sanctions"."""
THREATENING = frozenset({"threaten", "warn", "caution", "threat", "warning", "ultimatum"})
"""Of those, the verbs and nouns of a threat, whose clause may also say "could" or "may": "warned
that it could retaliate" threatens as surely as "would"."""
PROMISE_NOUNS = frozenset({"promise", "pledge", "vow", "assurance", "guarantee", "threat",
                           "warning", "ultimatum", "commitment"})
"""Nouns of promise and threat, whose that-clause is the owner's act to come: "issued a warning
that it would take military action", "gave assurances that it would withdraw"."""

FUTURE_OF_CLAUSE = frozenset({"will", "would", "shall", "'ll", "wo", "'d"})
POSSIBLE = frozenset({"could", "may", "might"})
OWN_PRONOUNS = frozenset({"it", "they", "we", "i", "he", "she"})
"""Subjects that take up the promiser or the speaker: "Moscow said it could", "we will"."""

STANCE_VERBS = frozenset({"threaten", "warn", "vow", "pledge", "promise", "offer", "plan",
                          "agree", "intend", "decide", "aim", "seek", "swear", "refuse",
                          "decline", "prepare", "ready", "willing", "prepared"})
"""Verbs and adjectives of intention, threat and refusal whose infinitive or clause is the act
CAMEO codes: "threatened to strike" is the strike's threat (1384), not also a bare threat 130."""
STANCE_NOUNS = PROMISE_NOUNS | {"offer", "readiness", "willingness", "intention", "plan",
                                "determination", "decision", "refusal"}
"""Nouns of intention, threat and refusal whose infinitive is their owner's act (a subset of
syntax.CONTROL_NOUNS): "its readiness to provide aid" is the intent to provide aid (0333), not
also a bare intent 030."""


def narrated_future(tok: Token, words_of_saying: frozenset[str]) -> bool:
    """Whether an act to come is only narrated, with no one announcing it: a passive that names
    no doer ("Fujimori will be tried", "Bolsonaro will be disqualified"), under no verb or noun
    of promise, threat, intention or saying ("warned that he would be arrested" is a threat).
    A subject's own act to come is its announcement ("Slovenia will recall its ambassador",
    "Pakistan to expel Afghan diplomats": threats, tests/test_headlines.py)."""
    if tok.pos_ != "VERB" or not passive(tok) or any(c.dep_ == "agent" for c in tok.children):
        return False
    committing = PROMISING | THREATENING | STANCE_VERBS | STANCE_NOUNS | words_of_saying
    return not any(t.lemma_.lower() in committing for t in (tok, *tok.ancestors))


REFUSING = frozenset({"refuse", "decline", "refusal"})
PROMISES = frozenset({"promise", "pledge", "offer", "assure", "guarantee", "commit"})
"""Verbs of a promise: their own reading as an intent (03) is not replaced by a threat read off
the act they embed ("promised to send more troops": 0334, not the deployment's 138)."""

PROPOSALS = frozenset({"proposal", "offer", "plan", "call", "demand", "request", "invitation",
                       "initiative", "bid", "appeal", "ultimatum", "suggestion", "overture",
                       "idea", "plea"})
"""Nouns of something put to a party, whose infinitive (or "for" phrase) names the act: rejecting
one refuses that act ("rejected a proposal to hold talks": 125)."""
REJECTING = frozenset({"reject", "refuse", "dismiss", "spurn", "rebuff", "decline", "turn"})
ENDING = frozenset({"stop", "halt", "end", "cease", "suspend", "renounce", "abandon", "lift",
                    "discontinue", "terminate", "forswear", "freeze"})
"""Verbs of stopping an act: their object noun is the act stopped, not an act done or promised
("agreed to suspend kidnappings" is no threat of kidnapping)."""
OPPOSED_PREPS = frozenset({"against", "for", "over", "despite", "amid"})
"""Prepositions whose noun act is what an intended act answers, not the intended act:
"vowed to defend its territory against incursions", "vowed to retaliate for the killing"."""


def _aux(verb: Token) -> set[str]:
    return {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}


def _own_subject(verb: Token) -> bool:
    """An active pronoun subject: "it would impose", not "it could be attacked" (the party is
    the patient)."""
    return any(c.dep_ == "nsubj" and c.lower_ in OWN_PRONOUNS for c in verb.children)


DURATIONS = frozenset({"minute", "hour", "day", "week", "month", "year", "decade", "time",
                       "while"})
"""Objects of "take" that make it a duration, not an act: "it would take months to rebuild"."""


def _duration(verb: Token) -> bool:
    return any(c.dep_ in ("dobj", "npadvmod") and c.lemma_.lower() in DURATIONS
               for c in verb.children)


def clause_act(tok: Token, verb: Token) -> bool:
    """Whether `tok` is the act of the clause `verb` heads: the verb itself, a verb down its
    chain of infinitives ("would consider imposing"), or the object noun of one of them ("would
    take military action"); not a noun elsewhere in the clause ("it may take weeks to restore
    power after the attack"), nor in a duration ("it would take months to rebuild the towns")."""
    if _duration(verb):
        return False
    t = tok.head if tok.pos_ == "NOUN" and tok.dep_ == "dobj" else tok
    for _ in range(4):
        if t.i == verb.i:
            return True
        if t.dep_ != "xcomp" or t.head.i == t.i:
            return False
        t = t.head
    return False


def announced_clause(head: Token, clause: Token) -> bool:
    """Whether `clause`, a that-clause of `head`, is the act `head` promises or threatens: a verb
    of PROMISING (its ccomp) or a noun of PROMISE_NOUNS (its clause), the clause in the future
    ("would", "will"; for a threat also "could", "may") with a pronoun subject taking up the
    promiser ("pledged that it would", not "warned that Russia would attack": that is a
    forecast of someone else's act)."""
    lemma = head.lemma_.lower()
    promised = (clause.dep_ == "ccomp" and head.pos_ == "VERB" and lemma in PROMISING) or (
        clause.dep_ in ("acl", "ccomp") and head.pos_ == "NOUN" and lemma in PROMISE_NOUNS)
    if not promised:
        return False
    aux = _aux(clause)
    timed = aux & FUTURE_OF_CLAUSE or (lemma in THREATENING and aux & POSSIBLE)
    return bool(timed) and _own_subject(clause)


def possible_own_act(verb: Token) -> bool:
    """"it could impose", "they may cut": a possibility a party states of its own act (a pronoun
    subject), which in its own reported words announces the act as a threat or an offer."""
    return bool(_aux(verb) & POSSIBLE) and _own_subject(verb)


def opposed_noun(tok: Token) -> bool:
    """A noun act that an intended act answers rather than includes: the object of
    OPPOSED_PREPS ("defend its territory against incursions", "retaliate for the killing"), or
    of any preposition with "any" ("respond to any incursion": no act in particular)."""
    if tok.pos_ != "NOUN" or tok.head.dep_ != "prep" or tok.dep_ != "pobj":
        return False
    return tok.head.lower_ in OPPOSED_PREPS or any(
        c.dep_ == "det" and c.lower_ == "any" for c in tok.children)


def _infinitive(verb: Token) -> bool:
    return verb.pos_ in ("VERB", "AUX") and infinitive(verb)


def negated(verb: Token) -> bool:
    """A negation on the verb, or "no longer" / "no more" ("will no longer cooperate"), where
    the small model hangs the "no" on the adverb."""
    return any(c.dep_ == "neg" or c.dep_ == "advmod" and c.lower_ in ("longer", "more") and any(
        n.dep_ == "neg" for n in c.children) for c in verb.children)


def object_act(tok: Token, verb: Token) -> bool:
    """Whether the noun act `tok` is the object of `verb`, which then says what is done with it:
    "would not hold talks with India" refuses the talks (125) as "would not meet" refuses a
    meeting."""
    return tok.pos_ == "NOUN" and tok.dep_ == "dobj" and tok.head.i == verb.i


def vowed_not(verb: Token) -> bool:
    """"vowed never to negotiate", "decided not to renew": a negated to-infinitive under a
    verb of intention (STANCE_VERBS) is a refusal of the act, not its negation."""
    return verb.dep_ == "xcomp" and _infinitive(verb) and \
        verb.head.lemma_.lower() in STANCE_VERBS and negated(verb)


def stance_on_negated(tok: Token) -> bool:
    """A verb of intention whose infinitive is negated ("vowed never to negotiate"): matched on
    the verb with the infinitive's words, it is the refusal of the act."""
    return tok.lemma_.lower() in STANCE_VERBS and any(vowed_not(c) for c in tok.children)


def threatened_cooperation(tok: Token) -> bool:
    """Whether an act is embedded under a verb or noun of threat ("threatened to withdraw its
    troops", "a threat to pull out of the talks"): a threat, whatever the act's own kind, is
    no promise of cooperation (root 03)."""
    t = tok
    for _ in range(4):
        if t.pos_ in ("VERB", "AUX"):
            break
        t = t.head
    return t.dep_ in ("xcomp", "acl", "ccomp") and t.head.lemma_.lower() in THREATENING and (
        _infinitive(t) or announced_clause(t.head, t))


def embedded_acts(tok: Token) -> list[Token]:
    """The acts a verb or noun of intention, threat or refusal embeds: its to-infinitive and
    its announced that-clause, each with its object ("offered to hold talks": hold, talks)."""
    out = []
    for c in tok.children:
        if (c.dep_ == "xcomp" or c.dep_ == "acl" and tok.pos_ == "NOUN") and _infinitive(c) \
                or c.dep_ in ("ccomp", "acl") and announced_clause(tok, c):
            out += [c, *(o for o in c.children if o.dep_ == "dobj")]
    return out


def superseded(tok: Token, entry, used: list, codes: dict[int, str], knowledge) -> bool:
    """Whether a match of a word of intention, threat or refusal gives way to the act it embeds,
    when that act is coded and the knowledge maps it to an announcement:
    - a bare match of a verb of STANCE_VERBS or a noun of STANCE_NOUNS ("threatened to strike"
      is the strike's 1384, "refused to recognise" one 120, "assurances that it would withdraw"
      the intent to withdraw);
    - a match through such a noun whose clause is the act ("issued a warning that it would take
      military action": the threat of force, not also a bare warning 130);
    - a match whose with-words lie inside the embedded act, not its verb, when that act
      announces another code ("vowed to strike ... with missiles" is no promise of arms, 0332,
      but a threat, 1384; "threatened to arrest protest leaders" no threat of protest, 133;
      "threatened to impose import restrictions" the threat of sanctions the act's own entry
      reads, 1312, not also 132).
    A match whose words name the act's verb ("agreed to open the crossing": 0355), give the code
    the act announces ("threatened to cut off aid": 1311), or read a promise as the promising
    verb says ("promised to send more troops": 0334, not the deployment's threat 138) stays."""
    lemma = tok.lemma_.lower()
    mapping = knowledge.refusal_for if lemma in REFUSING else knowledge.intent_for
    heads = [u for u in used if u.pos_ == "NOUN" and u.lemma_.lower() in PROMISE_NOUNS]
    stance = lemma in STANCE_VERBS and tok.pos_ in ("VERB", "ADJ") or \
        lemma in STANCE_NOUNS and tok.pos_ == "NOUN"
    if stance and not used:
        heads.append(tok)

    def announced(head: Token, act: Token) -> str | None:
        got = mapping(codes[act.i]) if act.i in codes else None
        # under a threat, an act of cooperation is no promise (threatened_cooperation)
        return None if got and got[:2] == "03" and head.lemma_.lower() in THREATENING else got

    if any(announced(h, a) for h in heads for a in embedded_acts(h)):
        return True
    if not stance or not used:
        return False
    used_at = {u.i for u in used}
    kind = "03" if lemma in PROMISES else "13" if lemma in THREATENING else None
    for act in (a for a in embedded_acts(tok) if a.pos_ in ("VERB", "AUX")):
        code = announced(tok, act)
        if not code or code == entry.code or act.i in used_at or not any(
                act.is_ancestor(u) for u in used):
            continue
        if kind and entry.code[:2] == kind and code[:2] != kind:
            continue  # "promised to send more troops": the promise's own reading (0334) stays
        return True
    return False


def rejected_proposals(matches: list, knowledge) -> list:
    """"Israel rejected a proposal to hold talks", "rejected an offer to mediate", "turned down
    calls for talks": a rejection (120, or a broader 12x than the act's own refusal) whose
    object is a proposal (PROPOSALS) naming a coded act is the refusal of that act
    (refusals.yaml), and the act proposed is the rejection's topic, not an act of its own."""
    by_index = {m[0].i: m for m in matches}
    recoded: dict[int, tuple] = {}
    topics: set[int] = set()
    for tok, entry, used in matches:
        if entry.code[:2] != "12" or tok.pos_ != "VERB" or tok.lemma_.lower() not in REJECTING:
            continue
        for obj in (c for c in tok.children if c.dep_ == "dobj"
                    and c.lemma_.lower() in PROPOSALS):
            acts = embedded_acts(obj) + [p for c in obj.children if c.dep_ == "prep"
                                         and c.lower_ == "for" for p in c.children
                                         if p.dep_ == "pobj"]
            for act in acts:
                proposed = by_index.get(act.i)
                refusal = knowledge.refusal_for(proposed[1].code) if proposed else None
                if refusal and refusal != entry.code and (
                        entry.code == "120" or refusal.startswith(entry.code)):
                    origin = (f"{entry.origin}; the {obj.lemma_} rejected names the act "
                              f"{proposed[1].code} ({act.text!r}): its refusal {refusal}")
                    recoded[tok.i] = (tok, replace(entry, code=refusal, origin=origin), used)
                    topics.add(act.i)
                    break
            if tok.i in recoded:
                break
    return [recoded.get(m[0].i, m) for m in matches if m[0].i not in topics]


def ended_acts(matches: list, knowledge) -> list:
    """A noun act that is the object of a verb of ENDING which is not a trigger of its own
    ("the rebels agreed to suspend kidnappings", "Hamas offered to stop rocket fire"): the act
    coded is the ending (knowledge/endings.yaml: violence ended is 087, a protest ended 082,
    talks ended 164), with the noun's actors and the modality its clause gives (offered: an
    intent, 0356). A hostile act (roots 13-20) that has no ending code is left out, not coded as
    done or threatened; a cooperative one keeps its code ("ended a three-day visit to China":
    the visit was made)."""
    triggered = {m[0].i for m in matches}
    out = []
    for tok, entry, used in matches:
        verb = tok.head
        if tok.pos_ == "NOUN" and tok.dep_ == "dobj" and verb.lemma_.lower() in ENDING and \
                verb.i not in triggered and not any(c.dep_ == "prt" for c in verb.children):
            code = knowledge.ending_for(entry.code)
            if code is None and entry.code[:2] >= "13":
                continue
            if code is None:  # "ended a three-day visit", "ended their talks": held, concluded
                out.append((tok, entry, used))
                continue
            origin = f"{entry.origin}; ended by {verb.text!r}: {code}"
            entry = replace(entry, code=code, origin=origin, reciprocal=False)
        out.append((tok, entry, used))
    return out
