"""A warning against an act: "the EU warned against any attack on Rafah", "Washington warned
Israel against an assault on the city", "warned against escalating the conflict". The act the
against-phrase names is the one the warner wants no one to do: it belongs to whoever would do it
(the party warned, the verb's object), not to the warner, and it is no threat by the warner to
do it. CAMEO codes such a warning as the generic 130 ("coercive or forceful warnings"), aimed
at the party warned; the place or party the warned-against act would hit is not its target.
"Moscow warned Kyiv of a crushing response" (the warner's own act, with "of") stays a threat.

Stage contract: `warned_against(tok)` gives the against-phrase of a warning verb that names an
act, or None; recode.py turns the warning's code and targets with it.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from .records import ActorRef

WARNING_VERBS = frozenset({"warn", "caution"})
GENERIC_WARNING = "130"


def warned_against(tok: Token) -> Span | None:
    """The phrase "against <act>" of a warning verb, where the act is a common noun ("any
    attack", "an assault on the city") or a gerund ("escalating the conflict"); not "against
    Iran" (a party: the target of the warning)."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in WARNING_VERBS:
        return None
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.lower_ != "against":
            continue
        for obj in prep.children:
            if (obj.dep_ == "pobj" and obj.pos_ == "NOUN") or (
                    obj.dep_ == "pcomp" and obj.tag_ == "VBG"):
                return tok.doc[prep.left_edge.i:prep.right_edge.i + 1]
    return None


def outside(phrase: Span, refs: list[ActorRef]) -> list[ActorRef]:
    """The actors not named inside the phrase: the party warned, not the place or party the
    warned-against act would hit."""
    start, end = phrase.start_char, phrase.end_char
    return [r for r in refs if not start <= r.span[0] < end]
