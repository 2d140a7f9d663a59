"""What an article has established so far, sentence by sentence, and how later mentions take
it up: the people named (with what the text says of their gender), the last subject, the last
pair named together, the holder of each role, the organisations named, and the last complete act
of each root (anaphora.py). `ActorFinder` (actors.py) reads and updates it while it codes the
noun phrases of each sentence; pronouns, "both leaders", "the minister" and "Mr Khan" are
resolved here.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from spacy.tokens import Span, Token

from .collective import numbered_phrase, said_size
from .gender import Genders, by_name, pronoun_gender, said_of, titled
from .records import ActorRef
from .syntax import prep_objects
from .titles import addressed, office

PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "his"})
GROUP_PRONOUNS = frozenset({"they", "them", "their", "both"})
PRONOUN_WINDOW, PAIR_WINDOW = 3, 8
"""How many sentences back "they" and "both leaders" may take up a pair (decided on the
real-news dev set: a longer reach for "they" took up stale pairs over a nearer plural)."""
PAIR_NOUNS = frozenset({"leader", "side", "country", "nation", "government", "president",
                        "minister", "counterpart", "state", "delegation", "premier", "neighbour",
                        "neighbor"})
"""Plural nouns that, as "both leaders", "the two sides" or a bare "the countries", take up the
two parties the article has just named together, as "they" does."""
PERSON_ROLES = frozenset({"minister", "president", "ambassador", "spokesman", "spokeswoman",
                          "envoy", "chancellor", "premier", "leader", "commander", "general"})
ROLE_AGENTS = frozenset({"GOV", "MIL", "LEG", "JUD", "COP", "SPY"})


@dataclass
class Coreference:
    """What the article has established so far; updated sentence by sentence."""

    named: dict[str, ActorRef] = field(default_factory=dict)  # surname or full name → actor
    people: list[tuple[str, ActorRef]] = field(default_factory=list)  # by person_key, latest last
    genders: Genders = field(default_factory=Genders)  # what the article says of each person
    aliases: dict[str, str] = field(default_factory=dict)  # role phrase's key → the person's
    last_group: list[ActorRef] = field(default_factory=list)
    last_group_sentence: int = -10
    roles: dict[str, ActorRef] = field(default_factory=dict)  # "minister" → actor
    # the last holder of each office the titles table groups ("sovereign" → King Abdullah):
    # what "the Monarch" or "His Majesty" takes up after "King Abdullah" (titles.py)
    offices: dict[str, ActorRef] = field(default_factory=dict)
    last_subject: ActorRef | None = None
    last_singular: ActorRef | None = None  # the last subject that was not a plural noun
    # the last subject that was one state or institution (a country, "the government"; not a
    # person, not a plural), with its sentence: what a later "it" takes up
    last_body: tuple[ActorRef, int] | None = None
    orgs: list[ActorRef] = field(default_factory=list)  # named organisations, latest last
    # countries named, as actors or places, latest last: what "the kingdom" takes up
    countries: list[ActorRef] = field(default_factory=list)
    # the last complete act of each CAMEO root: (sentence, source, target, code, trigger word),
    # actors with article-wide spans; `offset` is where the paragraph being read starts
    acts: dict[str, tuple] = field(default_factory=dict)
    military_act: tuple | None = None  # the last complete act of armed forces (anaphora)
    offset: int = 0

    def key(self, ref: ActorRef) -> str:
        """Who a person mention is (`person_key`), a titled name's role phrase included."""
        k = person_key(ref)
        return self.aliases.get(k, k)

    def see_person(self, ref: ActorRef, phrase: ActorRef | None = None) -> None:
        """`ref` is the person mentioned last; `phrase`, the role phrase that named them
        ("Ambassador John Smith"), is the same person."""
        key = self.key(ref)
        drop = {key}
        if phrase is not None:
            self.aliases[person_key(phrase)] = key
            drop.add(person_key(phrase))
        self.people = [p for p in self.people if p[0] not in drop] + [(key, ref)]

    def see_unknown_person(self, head: Token, first_names: dict[str, str]) -> None:
        """A person named whom the knowledge cannot code ("Tuilaepa said he would ..."): the
        person mentioned last all the same, so a "he" after it takes up no one rather than an
        earlier person it cannot mean."""
        self._seen(ActorRef("", None, None, head.text, head.text,
                            (head.idx, head.idx + len(head.text)), "person"), head, first_names)

    def person(self, pronoun: str | None = None) -> ActorRef | None:
        """The person mentioned last whom a pronoun of that gender may refer to: "she" passes
        over a man, "he" over a woman, to the one mentioned before (docs/policy.md)."""
        return next((ref for key, ref in reversed(self.people)
                     if self.genders.fits(key, pronoun)), None)

    def pronoun(self, head: Token) -> ActorRef | None:
        """The actor a pronoun takes up: "he"/"she" the last person of that gender, "its" the
        last singular subject, "their" the last subject."""
        lower = head.lower_
        if lower in PERSON_PRONOUNS:
            p = self.person(pronoun_gender(lower))
            if p is None or not p.code:
                return None
            return p.as_pronoun(head)
        if lower in ("its", "their") and self.last_subject:
            # "its" is a singular owner: not "troops" ("Sudanese troops shelled its posts")
            p = self.last_singular if lower == "its" else self.last_subject
            if p is None:
                return None
            return p.as_pronoun(head)
        return None

    def see_country(self, ref: ActorRef) -> None:
        """A country named, as an actor or a place (collective.take_up)."""
        if ref.country and (not self.countries or self.countries[-1].code != ref.country):
            self.countries.append(replace(ref, code=ref.country, agent=None))

    def group(self, head: Token, sent_index: int) -> list[ActorRef]:
        """"They", "both" (three sentences back at most) and "both leaders", "the two sides",
        "the three", "the pair" (eight: a story about two parties keeps naming them so) take up
        the last pair or group, when the number said is its size; "the leaders of the two
        countries" and "officials from both sides" take it up through their "of" phrase."""
        back = sent_index - self.last_group_sentence
        if not (head.lower_ in GROUP_PRONOUNS or pair_phrase(head)):
            head = next((p for p in prep_objects(head, ("of", "from")) if pair_phrase(p)), head)
        # "they" says no number; "both" says two, whichever part of speech the parser gives it
        size = said_size(head) if head.pos_ != "PRON" or head.lower_ == "both" else None
        # the members are counted one by one: a government and its own rebels are two sides
        if size is not None and size != len({(a.code, a.span) for a in self.last_group}):
            return []
        if own_subject(head, self.last_group):
            return []  # "vessels harassed them": an object is never its own clause's subject
        if head.lower_ in GROUP_PRONOUNS and back <= PRONOUN_WINDOW or \
                pair_phrase(head) and back <= PAIR_WINDOW:
            return [a.as_pronoun(head) for a in self.last_group]
        return []

    def known_person(self, head: Token) -> ActorRef | None:
        """A name the article has already tied to an actor: "Mr Khan" after "Imran Khan"."""
        if (head.ent_type_ == "PERSON" or titled(head)) and head.text in self.named:
            prev = self.named[head.text]
            span = (head.idx, head.idx + len(head.text))
            ref = ActorRef(prev.code, prev.country, prev.agent, head.text, prev.name, span,
                           "coreference")
            self.genders.note(self.key(ref), said=said_of(head))  # "Mr Khan"
            self.see_person(ref)
            return ref
        return None

    def remember_person(self, ref: ActorRef, span: Span, first_names: dict[str, str],
                        listed: str | None = None) -> None:
        """A person the knowledge lists, named by `span`."""
        self.named[span[-1].text] = ref
        _family_first(span, ref, self)
        self._seen(ref, span.root, first_names, listed)

    def _seen(self, ref: ActorRef, root: Token, first_names: dict[str, str],
              listed: str | None = None, phrase: ActorRef | None = None) -> None:
        """A named person mentioned, with what the text, the first name and the people files
        say of their gender."""
        self.genders.note(self.key(ref), listed=listed, said=said_of(root),
                           named=by_name(ref.name, first_names))
        self.see_person(ref, phrase)

    def remember_unknown(self, toks: list[Token], ref: ActorRef,
                         first_names: dict[str, str]) -> None:
        """A person the knowledge does not list, named with a title: "Foreign Minister Ana Ruiz"."""
        names = [t for t in toks if t.ent_type_ == "PERSON" and t.pos_ == "PROPN"]
        if names and ref.agent:
            full = " ".join(t.text for t in names)
            named = ActorRef(ref.code, ref.country, ref.agent, ref.text, full, ref.span, "person")
            self.named[names[-1].text] = named
            self.named[full] = named
            _family_first(names, named, self)
            self._seen(named, names[-1], first_names, phrase=ref)

    def remember_role(self, head: Token, matched, ref: ActorRef, office_words: str = "") -> None:
        """The holder of a role ("the minister" later), and a person named by role alone."""
        role = role_word(head, matched)
        for word in {role, *office_words.lower().split()[-1:]} - {None}:
            if ref.agent in ROLE_AGENTS or ref.how == "person":
                self.roles[word] = ref
        if ref.country and (ref.agent in ROLE_AGENTS or ref.how == "person"):
            for group in {office(role_phrase(head, matched)), office(office_words)} - {None}:
                self.offices[group] = ref
        if role and ref.agent in ROLE_AGENTS and role in PERSON_ROLES:
            if ref.how != "person":  # a role alone: "the ministry's spokeswoman"
                self.genders.note(self.key(ref), said=said_of(head))
            self.see_person(ref)

    def holder(self, head: Token, matched) -> ActorRef | None:
        """The holder a bare title or a form of address takes up: "the Monarch" or "His
        Majesty" the last sovereign named, "the Premier" the last prime minister (the office
        groups of titles.py); None when the article has named no holder of that office."""
        group = addressed(head) or office(role_phrase(head, matched))
        return self.offices.get(group) if group else None


def person_key(ref: ActorRef) -> str:
    """Who a person mention is, for gender evidence: the full name of a named person, else the
    role phrase ("the Russian ambassador")."""
    return ref.name if ref.how in ("person", "coreference") else f"{ref.code}|{ref.text.lower()}"


def role_word(head: Token, matched) -> str | None:
    """The role word of a phrase: "minister" in "Foreign Minister Ana Ruiz"."""
    phrase = role_phrase(head, matched)
    return phrase.split()[-1] if phrase else None


def role_phrase(head: Token, matched) -> str | None:
    """The role phrase of a phrase, as matched: "foreign minister" in "Foreign Minister Ana
    Ruiz", "king" in "the King's visit"."""
    for t in (head, *sorted(head.lefts, key=lambda t: -t.i)):
        if t.i in matched and matched[t.i][1] == "agent":
            return matched[t.i][0].text.lower()
    return None


def _family_first(names, ref: ActorRef, state: Coreference) -> None:
    """"Premier Li Keqiang ... Abe and Li met", "Yoon Suk-yeol ... Yoon said": the first word of
    a person's name also names them later (family names come first in Chinese and Korean
    names), unless it already names someone else."""
    words = [t for t in names if t.pos_ == "PROPN"]
    if len(words) >= 2 and words[0].text[:1].isupper():
        state.named.setdefault(words[0].text, ref)


def pair_phrase(head: Token) -> bool:
    """"both leaders", "the two sides", "their countries", "the countries": a plural PAIR_NOUNS
    noun with "both", "two", "their" or a bare "the" and nothing else that would say who (no
    adjective, name, possessor or "of" phrase: "the Gulf countries", "the leaders of the
    protest" are not the pair)."""
    if numbered_phrase(head):  # "the three", "the pair", "the two men" (collective.py)
        return True
    if head.tag_ not in ("NNS", "NNPS") or head.lemma_.lower() not in PAIR_NOUNS:
        return False
    kids = list(head.children)
    marks = {c.lower_ for c in kids if c.dep_ in ("det", "nummod", "predet", "poss")}
    if "both" in marks or said_size(head) or marks == {"their"}:
        return True
    return marks == {"the"} and not any(
        c.dep_ in ("amod", "compound", "poss", "prep", "nmod", "appos", "acl", "relcl")
        for c in kids)


def own_subject(pron: Token, group: list[ActorRef]) -> bool:
    """Whether the object pronoun `pron` ("them") would take up the subject of its own clause
    ("Chinese vessels harassed them": not the vessels; that would be "themselves")."""
    if pron.pos_ != "PRON" or pron.dep_ not in ("dobj", "pobj", "iobj", "dative") or not group:
        return False
    verb = pron.head.head if pron.dep_ == "pobj" else pron.head
    for subj in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")):
        start, end = subj.left_edge.idx, subj.right_edge.idx + len(subj.right_edge)
        if all(start <= a.span[0] and a.span[1] <= end for a in group):
            return True
    return False
