"""A decision taken: "Hungary decided to recall its ambassador", "Russia's decision to expel two
diplomats". CAMEO codes an act a party says it *will* do as an intent (03) or, when hostile, a
threat (13): "will recall its ambassador" threatens to reduce relations (1313). A decision
already taken is no announcement of that kind. For the acts a government does by deciding them
(reducing or breaking relations, sanctions, expulsions, ending aid: root 16; lifting curbs,
releasing prisoners, easing sanctions: root 08; suspending a parliament, sacking a minister,
imposing a curfew: administrative sanctions, 172-1724) the decision is the act, which the
codebook describes as "curtail, break or terminate diplomatic exchange", "lift, relax" and
"impose administrative sanctions" (161, 085, 172); it
keeps its own code with the modality `future` (decided, not reported carried out).

Stage contract: `decided(tok, root)` names the decision an act's trigger (of CAMEO root `root`)
is the object of, or None.
"""

from __future__ import annotations

from spacy.tokens import Token

from .syntax import controlling_noun, infinitive

DECIDED_ROOTS = frozenset({"08", "16", "17"})
"""Roots whose acts a decision of their doer carries out (see the module's docstring)."""

DECIDING = frozenset({"decide", "agree"})
"""Verbs of deciding whose to-infinitive names the act decided ("the EU agreed to impose
sanctions on Belarus": agreed among its members, as a council agrees a resolution). "Agree"
decides sanctions and cuts (root 16) only: "Ecuador agreed with Colombia to reopen the bridge"
is a promise to each other, an intent (03)."""
AGREED_ROOTS = frozenset({"16"})

NOT_TAKEN = frozenset({"will", "shall", "'ll", "would", "could", "might", "may", "must",
                       "should", "to"})
"""Auxiliaries (and an infinitive marker) that leave the decision itself to come: "will decide
to", "may decide to", "is expected to decide to"."""


TAKEN_LATELY = frozenset({"latest", "recent", "new", "sudden", "surprise", "abrupt"})
"""Adjectives of a decision already taken ("his latest decisions to dissolve the parliament");
any other ("a possible decision") leaves it open."""


def decided(tok: Token, root: str | None = None) -> str | None:
    """Why the act `tok` names was decided ("decided to recall", "the decision to expel"), or
    None: the to-infinitive of a verb of deciding in a past or present tense with no auxiliary of
    the future or of a possibility, or of the noun "decision" (not "a possible decision")."""
    verb = tok if tok.pos_ in ("VERB", "AUX") else None
    if verb is None:
        return None
    if verb.dep_ == "pcomp" and verb.head.lower_ == "by" and verb.head.head.pos_ == "VERB":
        # "agreed to clamp down on the gangs by imposing an arms embargo": the means of an act
        # decided is decided with it
        return decided(verb.head.head, root)
    if verb.dep_ == "xcomp" and infinitive(verb) and verb.head.lemma_.lower() in DECIDING:
        head = verb.head
        if head.lemma_.lower() == "agree" and root not in AGREED_ROOTS:
            return None
        if head.tag_ in ("VBD", "VBN", "VBZ", "VBP") and not any(
                c.dep_ in ("aux", "auxpass") and c.lower_ in NOT_TAKEN for c in head.children):
            return f"{head.text!r} to {verb.text!r}"
        return None
    noun = controlling_noun(verb)
    if noun is not None and noun.lemma_.lower() == "decision" and not any(
            c.dep_ == "amod" and c.lower_ not in TAKEN_LATELY for c in noun.children):
        return f"{noun.text!r} to {verb.text!r}"
    return None
