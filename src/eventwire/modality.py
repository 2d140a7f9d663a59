"""Modality and attribution: walking up the clause chain from a trigger to find negation,
denial, conditions, hypotheticals, the future, and who says so (and through which outlet).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from .background import perfect_description, span_of_time, talked_about
from .headline import announced
from .intentions import (
    announced_clause,
    clause_act,
    negated,
    object_act,
    opposed_noun,
    possible_own_act,
    stance_on_negated,
    vowed_not,
)
from .records import ActorRef
from .syntax import CONTROL_NOUNS, OBJECT_CONTROL, coordination_misparse, infinitive

REPORTING = frozenset({"say", "tell", "state", "add", "announce", "claim", "report", "stress",
                       "conclude", "remind",
                       "insist", "allege", "note", "write", "argue", "declare", "assert",
                       "quote", "explain", "reiterate", "contend", "maintain", "suggest"})

DENYING = frozenset({"deny", "refute", "dismiss", "reject"})

REQUESTING = frozenset({"demand", "urge", "ask", "request", "appeal", "insist", "plead",
                        "recommend", "propose"})

HYPOTHETICAL_AUX = frozenset({"could", "would", "might", "may", "can"})

OBLIGATION_AUX = frozenset({"must", "should"})

FUTURE_AUX = frozenset({"will", "shall", "'ll"})

INTENT = frozenset({"plan", "intend", "promise", "pledge", "vow", "offer", "agree", "prepare",
                    "aim", "decide", "threaten", "expect", "schedule", "slate", "set", "due",
                    "swear", "willing", "ready", "prepared", "determined", "committed", "eager",
                    "keen", "strive", "endeavour", "endeavor"})

WISH = frozenset({"want", "seek", "hope", "try", "attempt", "wish", "need", "fail", "refuse",
                  "risk"})
LIKELY = frozenset({"likely", "unlikely", "possible", "probable"})
"""Adjectives of a guess: "is likely to visit", "is unlikely to attend": not reported done ("is
likely to have asked", of a past act, is the reporter's hedge and stays asserted)."""
ORDINAL_HEADS = frozenset({"first", "last", "only", "second", "third", "latest"})
"""A noun with these takes an infinitive of what was done: "the first leader to visit Kyiv"."""
COURTESIES = frozenset({"congratulation", "condolence", "apology", "thanks", "sympathy",
                        "greeting", "gratitude", "appreciation", "felicitation", "tribute"})
"""Nouns that "offer" or "extend" performs rather than promises: "offered his condolences"."""
HOPE = frozenset({"want", "seek", "hope", "wish"})
"""Of the WISH verbs, those that voice the subject's own wish: "wished", which the event finder
turns into an intent for cooperative acts and a hypothetical otherwise."""

HISTORY_ADVERBS = frozenset({"previously", "repeatedly", "formerly"})
"""Adverbs that tell an act as part of a history, not as this story's news: "has previously
complained", "has repeatedly imposed sanctions"."""
EARLIER = frozenset({"earlier", "already"})
"""Adverbs that, with the past perfect, set an act before the story ("had earlier sanctioned");
alone they often report the day's news ("Earlier, police banned the march")."""
ROUTINE_ADVERBS = frozenset({"regularly", "routinely", "usually", "habitually", "typically",
                             "normally"})
ROUTINE_UNITS = frozenset({"day", "week", "month", "year"})
"""With a verb in the simple present, these tell a routine, not an act of the day: "WFP assists
300,000 people each month", "the navy routinely patrols the strait"."""
PAST_OF_NOUN = frozenset({"previous", "former", "past", "earlier", "prior"})
PLANNED_OF_NOUN = frozenset({"future", "upcoming", "planned", "next", "forthcoming", "proposed",
                             "possible", "potential", "prospective"})
"""Adjectives that put a noun act at another time than the news: "the previous intervention"
(background), "future protests", "the planned summit" (not held)."""


def _clause_verb(tok: Token) -> Token | None:
    """The verb whose clause the trigger is in: itself, or the first verb above a noun."""
    t = tok
    for _ in range(8):
        if t.pos_ in ("VERB", "AUX"):
            return t
        if t.head.i == t.i:
            return None
        t = t.head
    return None


def _told_as_history(verb: Token) -> str | None:
    aux = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if verb.dep_ == "relcl" and verb.tag_ in ("VBZ", "VBP") and not aux:
        # "business leaders who support the Russian state": the simple present in a relative
        # clause describes whom the noun names, it reports no act
        return f"a description in a relative clause ({verb.text!r})"
    if (why := perfect_description(verb)) is not None:
        return why  # "Iran, which has supported Russia in its invasion, ..."
    for c in verb.children:
        low = c.lower_
        if c.dep_ == "advmod" and low in HISTORY_ADVERBS:
            return f"told as history ({c.text!r})"
        if c.dep_ == "advmod" and low in EARLIER and "had" in aux:
            return f"told as history ('had {c.text}')"
        if verb.tag_ in ("VBZ", "VBP") and not aux and (
                (c.dep_ == "advmod" and low in ROUTINE_ADVERBS) or (
                c.dep_ == "npadvmod" and c.lemma_.lower() in ROUTINE_UNITS and any(
                    d.dep_ == "det" and d.lower_ in ("each", "every") for d in c.children))):
            return f"a routine ({c.text!r} with the present tense)"
    return None


def another_time(tok: Token) -> str | None:
    """For a noun act, "background" or "hypothetical" when an adjective of its phrase puts it at
    another time than the news: "the previous intervention -- the UN's peacekeeping mission",
    "future protests", "the planned summit"; else None."""
    t = tok
    for _ in range(4):
        for c in t.children:
            if c.dep_ == "amod" and c.lower_ in PAST_OF_NOUN:
                return "background"
            if c.dep_ == "amod" and c.lower_ in PLANNED_OF_NOUN:
                return "hypothetical"
        if t.dep_ not in ("compound", "appos", "conj") or t.head.i == t.i:
            break
        t = t.head
    return None


def talked_about_act(tok: Token) -> str | None:
    """Why a noun act is only the topic of talk ("discussed the war", "talks on the crisis"),
    or None."""
    if tok.pos_ == "NOUN" and (talk := talked_about(tok)) is not None:
        return f"the topic of {talk.text!r}, not an act done"
    return None


def history(tok: Token) -> str | None:
    """Why an act is told as part of a history rather than as news, or None: its clause says it
    happened before and again ("has repeatedly imposed", "previously offered"), before the story
    ("had earlier sanctioned"), or as a routine ("assists 300,000 people each month"). A verb
    conjoined to one so told shares its adverb ("has previously complained ... and threatened").
    A noun act that is the topic of talk ("discussed the war", "talks on the crisis") is none."""
    if (why := talked_about_act(tok)) is not None:
        return why
    if (why := span_of_time(tok)) is not None:
        return why  # "gangs have killed thousands in recent years"
    if (why := backing_in_passing(tok)) is not None:
        return why
    verb = _clause_verb(tok)
    while verb is not None:
        if (why := _told_as_history(verb)) is not None:
            return why
        verb = verb.head if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") else None
    return None


BACKING = frozenset({"back", "support", "assist", "help"})
"""Verbs of standing behind a party; as a participle on a noun, they describe it."""


def backing_in_passing(tok: Token) -> str | None:
    """Why a participle of backing with its backer is told in passing, or None: "the fighters,
    supported by the army, inflicted heavy losses", "the army, backed by foreign advisers,
    pushed them back". It describes who stands behind the noun's party; the news is the
    clause's own verb (the dev set's coders code none of them)."""
    if tok.lemma_.lower() in BACKING and tok.tag_ == "VBN" and tok.dep_ in ("acl", "amod") \
            and any(c.dep_ == "agent" for c in tok.children):
        return f"who backs {tok.head.text!r}, told in passing"
    return None


def denied_gerund(clause: Token) -> bool:
    """The gerund complement of a verb of denial: "carrying out" in "denied carrying out the
    strike", "having attacked" in "denies having attacked the convoy"."""
    return clause.dep_ in ("xcomp", "dobj", "pcomp") and clause.pos_ in ("VERB", "AUX") and (
        clause.tag_ == "VBG" or any(a.dep_ == "aux" and a.lower_ == "having"
                                    for a in clause.children))


def would_like(verb: Token) -> bool:
    """"would like to", "would love to": a wish, as "wants to" is."""
    return verb.lemma_ in ("like", "love") and any(
        c.dep_ == "aux" and c.lower_ in ("would", "'d") for c in verb.children)


def is_media(refs) -> bool:
    return bool(refs) and refs[0].code.endswith("MED")


def outlet(verb: Token, actors) -> Token | None:
    """The outlet a statement came through: "told AFP", "quoted by Interfax"."""
    for c in verb.children:
        if c.dep_ in ("dative", "dobj") and is_media(actors.get(c.i)):
            return c
        if c.lemma_ == "quote":
            for a in c.children:
                for p in a.children:
                    if a.dep_ == "agent" and p.dep_ == "pobj" and is_media(actors.get(p.i)):
                        return p
    return None


def _trailing_report(tok: Token, chain: list[Token], actors, speakers_of, via):
    """"China launched drills around Taiwan, Beijing's defence ministry said, sending ...": a
    reporting verb with a subject of its own that follows the clause it reports, which the parser
    hangs under that clause (parataxis) instead of above it, reports it all the same."""
    for t in chain:
        for c in t.children:
            if c.dep_ == "parataxis" and c.i > tok.i and c.lemma_ in REPORTING \
                    and c.pos_ == "VERB" and not any(k.dep_ == "ccomp" for k in c.children):
                speakers = speakers_of(c)
                if speakers:
                    return speakers[0], outlet(c, actors) or via
    return None, via


def modality(tok: Token, actors, speakers_of: Callable[[Token], list[ActorRef]]):
    """Walk up the clause chain: negation, denial, conditions, hypotheticals, future tense,
    and the topmost reporting verb (who says so)."""
    # "vowed never to negotiate", matched on the vow: a refusal of the act
    modality = "refused" if stance_on_negated(tok) else "asserted"
    reporter: ActorRef | None = None
    via: Token | None = None
    addressed: set[int] = set()  # outlets a speaker with a subject of its own told it to
    t = tok
    came_from = None
    backshift = False
    possible = False  # "it could impose": a possibility a party states of its own act
    hypothetical_at = None  # the clause whose auxiliary made the act hypothetical
    # a relative clause in the past reports its own act ("the airstrikes that killed three
    # commanders"), and so does a noun act that is the subject of one (the airstrikes)
    own_act = tok.pos_ == "NOUN" and any(
        c.dep_ == "relcl" and c.tag_ == "VBD" and not any(
            a.dep_ in ("aux", "auxpass", "neg") for a in c.children) and any(
            s.dep_ == "nsubj" and s.tag_ == "WDT" for s in c.children) for c in tok.children)
    steps = 0
    chain = []
    while steps < 12:
        steps += 1
        chain.append(t)
        kids = list(t.children)
        aux = {c.lower_ for c in kids if c.dep_ in ("aux", "auxpass")}
        if negated(t) and modality == "asserted":
            # "will not accept", "would not meet": a refusal; "did not attack": negated
            modality = "refused" if (t.i == tok.i or object_act(tok, t)) and (
                aux & {"will", "would", "wo", "'ll"} or vowed_not(t)) else "negated"
        if modality == "asserted" and aux & OBLIGATION_AUX:
            modality = "obligation"
        if modality == "asserted" and aux & HYPOTHETICAL_AUX:
            modality = "hypothetical"
            backshift = aux & HYPOTHETICAL_AUX == {"would"}
            possible, hypothetical_at = possible_own_act(t), t.i
        if modality == "asserted" and (aux & FUTURE_AUX or announced(t)):
            modality = "future"  # "will impose"; a headline's "China to impose"
        if modality == "asserted" and t.dep_ == "relcl" and t.tag_ == "VBD" and not aux:
            # "vowed to retaliate against the airstrikes that killed three commanders": the
            # killing is told as done, whatever the clauses above it vow or plan
            own_act = True
        if t.dep_ == "xcomp" and modality in ("asserted", "future"):
            if t.head.lemma_ in ("refuse", "decline") and t.i == tok.i:
                modality = "refused"  # "refused to end the strike"
            elif t.head.lemma_ in HOPE or would_like(t.head):
                modality = "wished"  # "hopes to enhance cooperation": not done, but wanted
            elif t.head.lemma_ in OBJECT_CONTROL or t.head.lemma_ in WISH or (
                    t.head.lower_ in LIKELY and "have" not in aux):
                modality = "hypothetical"  # urged / tried to do it: not done
            elif t.head.lemma_ in INTENT:
                # "vowed to defend its territory against incursions": the incursions are what
                # the vow answers, not what it promises
                modality = "hypothetical" if opposed_noun(tok) else "future"
        if t.dep_ == "ccomp" and modality in ("asserted", "future") and \
                t.head.lemma_ in OBJECT_CONTROL and t.pos_ == "VERB" and infinitive(t) and \
                any(c.dep_ == "nsubj" for c in t.children):
            # "the pact allows China to send police": the model may parse an object-control
            # verb's object and infinitive as a clause of their own; permitted, not done
            modality = "hypothetical"
        if t.dep_ == "acl" and t.pos_ == "VERB" and modality in ("asserted", "future") and \
                infinitive(t) and not any(
                c.lower_ in ORDINAL_HEADS for c in t.head.children) and \
                t.head.lemma_.lower() not in CONTROL_NOUNS:
            # "help to stage a summit": a goal; a control noun's infinitive ("a decision to
            # impose", "a bid to oust him") takes the noun's own modality (parties.noun_modality)
            modality = "hypothetical"
        if t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("if", "unless")
                                     for c in kids) and modality in ("asserted", "future"):
            modality = "conditional"
        if t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "until"
                                     for c in kids) and modality == "asserted":
            modality = "hypothetical"  # "will fight until they gain control": a goal
        if t.i == tok.i and tok.pos_ == "NOUN" and t.dep_ == "dobj" and modality == "asserted":
            if t.head.lemma_ in INTENT and tok.lemma_.lower() not in COURTESIES:
                modality = "future"  # "is preparing a major offensive"
            elif t.head.lemma_ in HOPE:
                modality = "wished"  # "sought a meeting": wanted, not held
            elif t.head.lemma_ in WISH or t.head.lemma_ in OBJECT_CONTROL:
                modality = "hypothetical"
        if t.i != tok.i and came_from is not None and (modality == "future" or (
                modality == "hypothetical" and hypothetical_at == came_from.i)) \
                and announced_clause(t, came_from) and clause_act(tok, came_from):
            modality = "future"  # "pledged that it would return", "warned that it could strike"
        if (t.i != tok.i and came_from is not None and came_from.dep_ in ("ccomp", "parataxis")
                and not coordination_misparse(came_from, t)):
            if t.lemma_ in REPORTING and t.pos_ == "VERB":
                if modality == "hypothetical" and backshift and t.tag_ == "VBD":
                    modality = "future"  # "said Ankara would host talks": reported "will"
                elif modality == "hypothetical" and possible and \
                        hypothetical_at == came_from.i and clause_act(tok, came_from):
                    modality = "future"  # "Moscow said it could impose sanctions": an announced
                    # possibility of its own act (the announcer must be the actor: recode.py)
                speakers = speakers_of(t)
                if speakers:
                    reporter = speakers[0]
                told = outlet(t, actors)
                if told is not None and any(c.dep_ in ("nsubj", "nsubjpass") for c in kids):
                    addressed.add(told.i)  # "Najib told reporters": they heard it, not said it
                via = told or via
                if modality == "asserted" and any(c.dep_ == "neg" for c in kids):
                    modality = "negated"
            elif t.lemma_ in REQUESTING and modality in ("asserted", "future"):
                modality = "hypothetical"  # demanded or urged, not done
            elif t.lemma_ in DENYING and modality == "asserted":
                modality = "denied"
                speakers = speakers_of(t)
                reporter = speakers[0] if speakers else reporter
        if modality == "asserted" and came_from is not None and t.lemma_ in DENYING and \
                t.pos_ == "VERB" and denied_gerund(came_from):
            # "Moscow denied carrying out the strike", "denies having shelled the village": the
            # act the gerund names is the one denied, not one reported done
            modality = "denied"
            speakers = speakers_of(t)
            reporter = speakers[0] if speakers else reporter
        for c in kids:  # "according to X"; "according to state media" names an outlet
            if c.dep_ == "prep" and c.lower_ == "according":
                for p in c.subtree:
                    if p.dep_ == "pobj" and actors.get(p.i):
                        if is_media(actors[p.i]):
                            via = p
                        else:
                            reporter = actors[p.i][0]
        if t.head.i == t.i:
            break
        came_from, t = t, t.head
    if own_act and modality != "denied":
        modality = "asserted"  # who says so still counts: "X said the strike that killed ..."
    if reporter is None:
        reporter, via = _trailing_report(tok, chain, actors, speakers_of, via)
    if reporter is None and via is not None and actors.get(via.i) and via.i not in addressed:
        reporter = actors[via.i][0]  # "according to the newspaper": the outlet says so itself
    if reporter is not None and modality == "asserted":
        modality = "claimed"  # refined by the caller once the source is known
    if modality == "obligation" and reporter is None:
        modality = "hypothetical"
    return modality, reporter, via
