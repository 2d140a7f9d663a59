"""Noun argument structure: the parties an event noun's own phrase and its governing verb name.

One rule reads one reviewed table (knowledge/nominal.yaml):
- the noun's class says which role its possessor, its `of` phrase and its `from` phrase take
  ("the minister's visit" and "the visit of the minister": the minister visits; "the journalist's
  arrest" and "the arrest of the journalist": the journalist is arrested; "criticism from Moscow":
  Moscow criticises); `by` and "at the hands of" always name the doer;
- a support verb that turns the roles around makes its own subject the one acted on and the
  noun's `from`/`by` phrase the doer ("Serbia faced criticism from the EU", "the town came under
  attack from rebels", "the village was the target of an attack by militants");
- a carrying verb names the doer in its own `by` phrase, as a past participle on the noun ("the
  sanctions imposed by the EU", from the table's `carrying` list) or in the passive ("sanctions
  against Iran were tightened by the EU": `passive_doer`, for the verbs slots.py finds not to
  make the noun their topic);
- a noun that is the subject of a verb of causing happened ("the arrest sparked protests"), and
  a turning verb no longer blocks the noun when the doer is named (`unblocked`, for the
  lexicon's `without` lists);
- a verb of deciding that takes an event noun only carries it ("agreed on a package of
  sanctions": the sanction, not an agreement; `decided`);
- the `by` phrase of a verb of being present lists who attended, not parties to each other
  ("the meeting was attended by A, B and C"; `attended`).

Stage contract: `frame(noun)` reads only the parse around one noun trigger and returns a
`NounFrame` (the tokens that name its doer and the one acted on, and the verb that turns or
carries it, if any), or None when the table says nothing about the noun and no support verb turns
or carries it. The table is read once per process; runtime needs nothing beyond it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Token

from .errors import KnowledgeError
from .knowledge import HERE, _read_yaml
from .syntax import climb, passive, prep_objects, subjects

ROLES = ("source", "target", "none")
AGENT_PREPS = frozenset({"by", "from"})


@dataclass(frozen=True)
class Table:
    roles: dict[str, dict[str, str]]  # noun lemma → {possessor|of|from: source|target|none}
    inverting: frozenset[str]
    inverting_preps: dict[str, frozenset[str]]
    target_nouns: frozenset[str]
    causing: frozenset[str]
    deciding: frozenset[str]
    measures: frozenset[str]
    attending: frozenset[str]


@lru_cache(maxsize=1)
def table() -> Table:
    """The reviewed table, read once per process; a malformed one raises KnowledgeError naming
    the file and the record."""
    name = "nominal.yaml"
    data = _read_yaml(HERE / name) or {}
    roles: dict[str, dict[str, str]] = {}
    for cls, spec in (data.get("classes") or {}).items():
        got = dict(spec.get("roles") or {})
        if set(got) != {"possessor", "of", "from"} or not set(got.values()) <= set(ROLES):
            raise KnowledgeError(f"{name}: class {cls!r}: roles must give possessor, of and "
                                 f"from each one of {', '.join(ROLES)}")
        for noun in spec.get("nouns") or []:
            noun = str(noun).lower()
            if noun in roles:
                raise KnowledgeError(f"{name}: class {cls!r}: {noun!r} is in two classes")
            roles[noun] = got
    verbs = data.get("support_verbs") or {}
    return Table(roles, frozenset(map(str, verbs.get("inverting") or [])),
                 {str(v): frozenset(map(str, p)) for v, p in
                  (verbs.get("inverting_preps") or {}).items()},
                 frozenset(map(str, verbs.get("target_nouns") or [])),
                 frozenset(map(str, verbs.get("causing") or [])),
                 frozenset(map(str, verbs.get("deciding") or [])),
                 frozenset(map(str, verbs.get("measures") or [])),
                 frozenset(map(str, verbs.get("attending") or [])))


@dataclass
class NounFrame:
    sources: list[Token] = field(default_factory=list)
    targets: list[Token] = field(default_factory=list)
    doer_phrases: set[int] = field(default_factory=set)  # objects that are never a target
    turned_by: Token | None = None  # the support verb that turns the roles around
    closed: bool = False  # a doer is written ("its arrest of ...") but names no one
    why: str = ""


def _at_hands_of(head: Token) -> list[Token]:
    """"killed at the hands of the militia": the doer."""
    return [p for h in prep_objects(head, ("at",)) if h.lemma_.lower() == "hand"
            for p in prep_objects(h, ("of",))]


def turning_verb(noun: Token) -> tuple[Token, list[Token]] | None:
    """The support verb that makes its subject the one the noun's act is aimed at, with the
    tokens of that subject: "drew criticism", "came under attack", "was subjected to shelling",
    "was the target of an attack"; or None."""
    t = table()
    head = climb(noun, ("compound", "conj"))
    if head.dep_ == "dobj" and head.head.lemma_.lower() in t.inverting:
        verb = head.head
    elif head.dep_ == "pobj" and head.head.dep_ == "prep" and \
            head.head.lower_ in t.inverting_preps.get(head.head.head.lemma_.lower(), ()):
        verb = head.head.head
    elif head.dep_ == "pobj" and head.head.lower_ == "of" and \
            head.head.head.lemma_.lower() in t.target_nouns and \
            head.head.head.dep_ in ("attr", "oprd"):
        verb = head.head.head.head  # "was/became the target of"
    else:
        return None
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    who = [c for c in verb.children if c.dep_ == "nsubjpass"] if passive(verb) else []
    return verb, who or [s for s in subjects(verb) if s.i != noun.i]


def doers(noun: Token, roles: dict[str, str] | None, verb: Token | None = None) -> list[Token]:
    """The objects of the phrases that name the noun's doer: `by`, "at the hands of", and
    `from` when the class allows it (on the noun, on the support verb that carries it, or on
    the `of` object the parser hangs them on: "the arrest of two activists by police", "the offer
    of talks from Pyongyang")."""
    preps = set(AGENT_PREPS) if roles is None or roles["from"] == "source" else {"by"}
    heads = [noun] + ([verb] if verb is not None else [])
    out = [p for h in heads for p in prep_objects(h, preps) + _at_hands_of(h)]
    if roles is not None:  # "the offer of talks from Pyongyang"
        out += [p for o in prep_objects(noun, {"of"}) for p in prep_objects(o, preps)]
    return out


def named_modifier(noun: Token) -> bool:
    """Whether the noun's own modifier names a party ("faced Western sanctions", "suffered an
    al-Shabab ambush", "came under Israeli fire"): a nationality, place or organisation the
    model's entities mark, as the actor finder will read it."""
    return any(c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE", "ORG")
               for c in noun.children)


def unblocked(noun: Token) -> frozenset[int]:
    """The verbs in an entry's `without` list that no longer block the noun: the support verb
    that turns it around when the text names the doer in a phrase of its own ("drew criticism
    from Poland") or a modifier ("faced Western sanctions"; "faced criticism" with no one named
    stays out), and a verb of causing whose
    subject the noun is ("the arrest sparked protests": the arrest happened; those verbs block
    a noun only as their object, "sparked a crackdown" being the reaction, not the cause)."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return frozenset()
    out = set()
    turned = turning_verb(noun)
    if turned is not None and (doers(noun, table().roles.get(noun.lemma_.lower()), turned[0])
                               or named_modifier(noun)):
        out.add(turned[0].i)
    if noun.dep_ == "nsubj" and noun.head.lemma_.lower() in table().causing:
        out.add(noun.head.i)
    return frozenset(out)


def frame(noun: Token, named: Callable[[Token], bool] = lambda t: True) -> NounFrame | None:
    """Who the noun's phrase names as doer and as the one acted on (see the module doc).
    `named`: whether a token names an actor by name or country (not a pronoun, not a bare
    title); an `of` phrase that names none ("the meeting of ministers") is no doer, and the
    governing verb's subject may still be."""
    roles = table().roles.get(noun.lemma_.lower())
    turned = turning_verb(noun)
    if turned is not None:
        verb, aimed_at = turned
        by = doers(noun, roles, verb)
        return NounFrame(by, aimed_at, {p.i for p in by}, verb,
                         f"{verb.text!r} turns the roles around: its subject is acted on")
    out = NounFrame()
    poss = [c for c in noun.children if c.dep_ == "poss"]
    of = prep_objects(noun, {"of"})
    if (backed := _backed(noun)) is not None:
        # "seized the town with the support of Rwandan troops": the troops back the rebels
        givers = poss + of + prep_objects(noun, {"from"})
        return NounFrame(givers, backed, {p.i for p in givers}, None,
                         f"'with the {noun.lemma_} of': its giver backs the clause's subject")
    if roles is not None:
        # a patient's possessor stays the patient only when no `of` phrase names another one;
        # it is then the doer only when it names one itself ("Russia's annexation of Crimea",
        # not "its annexation of Crimea", whose antecedent is as open as the role was)
        flipped = roles["possessor"] == "target" and bool(of) and bool(poss)
        poss_role = "source" if flipped else roles["possessor"]
        for toks, role in ((poss, poss_role), (of, roles["of"])):
            if role == "source":  # a doer's possessor always; otherwise when it names one
                out.sources += [t for t in toks if (toks is poss and not flipped) or named(t)]
            elif role == "target":
                out.targets += toks
        # the phrase writes its doer but does not say who: no other party is taken for it
        out.closed = flipped and not out.sources
        by = doers(noun, roles)
        out.sources += [p for p in by if p not in out.sources]
        out.doer_phrases = {p.i for p in out.sources}
        if out.sources or out.targets:
            out.why = f"{noun.lemma_!r}: the roles its class gives its own phrase"
    return None if roles is None else out


BACKING = frozenset({"support", "backing", "help", "assistance", "blessing", "approval",
                     "consent", "endorsement", "aid"})
"""Nouns that, after "with", name who made the clause's act possible ("with the backing of the
West", "with help from Egypt")."""


def _backed(noun: Token) -> list[Token] | None:
    """The subject a "with the support of X" phrase backs, or None when the noun is no such
    phrase (the object of "with" on a verb, with a giver named)."""
    if noun.lemma_.lower() not in BACKING or noun.dep_ != "pobj" or noun.head.lower_ != "with":
        return None
    verb = noun.head.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    return subjects(verb)


OCCASION_PREPS = frozenset({"during", "at", "in"})
"""Prepositions of the occasion a passive is told at ("was made known ... during a meeting")."""


def passive_doer(noun: Token, verb: Token) -> list[Token]:
    """"Sanctions against Iran were tightened by the EU", "the raid was carried out by special
    forces": the noun is the passive subject of the verb that carries it, whose `by` phrase
    names the doer (a verb that makes the noun its topic, "was condemned by", is no carrier);
    or the occasion a passive is told at ("was announced by Rabuka during a meeting with")."""
    if noun.dep_ == "pobj" and noun.head.lower_ in OCCASION_PREPS and \
            noun.head.head.i == verb.i and passive(verb):
        # "this was made known by Rabuka during a meeting with ...": the doer of a passive
        # told at an occasion took part in it (the "by" phrase may hang on "known")
        return prep_objects(verb, {"by"}) or [
            p for c in verb.children if c.dep_ in ("oprd", "xcomp", "acomp")
            for p in prep_objects(c, {"by"})]
    if noun.dep_ != "nsubjpass" or noun.head.i != verb.i or not passive(verb):
        return []
    return prep_objects(verb, {"by"})


def decided(verb: Token, triggered: set[int]) -> bool:
    """Whether a verb of deciding only carries the event noun it takes: "agreed on a new package
    of sanctions against Belarus", "approved fresh sanctions", "adopted a round of measures" (the
    table's `deciding` verbs; their object or the object of "on"/"upon", through a `measures`
    noun's `of` phrase, is a noun another match triggers)."""
    t = table()
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in t.deciding:
        return False
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")] + prep_objects(
        verb, ("on", "upon"))
    objects += [p for o in objects if o.lemma_.lower() in t.measures
                for p in prep_objects(o, ("of",))]
    return any(o.i in triggered and o.pos_ in ("NOUN", "PROPN") for o in objects)


def attended(noun: Token, verb: Token | None) -> bool:
    """Whether the noun is the passive subject of a verb of being present, whose `by` phrase
    lists who was there ("the talks were attended by the foreign minister, the army chief and
    the ambassador"; the table's `attending` verbs)."""
    return verb is not None and noun.dep_ == "nsubjpass" and noun.head.i == verb.i and \
        verb.lemma_.lower() in table().attending and passive(verb)
