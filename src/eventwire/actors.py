"""Actors: find every actor mention in a parsed article and give it a CAMEO actor code.

Stage contract: `ActorFinder.sentence_actors(sent, state)` needs a parsed sentence and the
article's running `Coreference` state; it returns {token index → [ActorRef, ...]} for every noun
phrase head it can code, and updates the state (people named so far, the last person, the last
group, the last holder of each role).

Codes are built from the words of the noun phrase:
- a known office holder ("Sergei Lavrov" → RUSGOV, dated);
- an organisation ("NATO" → IGOWSTNAT, "AFP" → MED);
- a country name, adjective or demonym, capital or seat of power ("Ankara" → TUR, "the Kremlin" →
  RUSGOV), plus the agent word of the phrase ("the Armenian defense ministry" → ARMMIL);
- a generic agent without country ("rebels" → REB);
- pronouns and definite role words from the article's coreference state ("he", "the minister").
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from spacy.matcher import PhraseMatcher
from spacy.tokens import Span, Token
from spacy.util import filter_spans

from .gender import Genders, by_name, pronoun_gender, said_of, titled
from .knowledge import Knowledge
from .records import ActorRef

# dependency labels that stay inside a noun phrase
NP_DEPS = frozenset({"compound", "amod", "poss", "nmod", "appos", "det", "flat", "npadvmod",
                     "nummod", "case", "quantmod", "punct", "prt"})
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
GROUP_NOUNS = frozenset({"leader", "member", "group", "delegation", "team", "thousand", "hundred",
                         "dozen", "score", "million", "ten", "some", "many", "most", "all",
                         "several", "number", "majority", "minority", "representative", "head",
                         "contingent", "unit", "crowd", "band", "faction", "wing", "each"})
PERSON_ROLES = frozenset({"minister", "president", "ambassador", "spokesman", "spokeswoman",
                          "envoy", "chancellor", "premier", "leader", "commander", "general"})
GENERIC_ROLES = frozenset({"spokesman", "spokeswoman", "spokesperson", "official", "officials",
                           "source", "sources", "representative", "representatives", "officer",
                           "officers", "chief", "head", "statement"})
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
    last_subject: ActorRef | None = None
    last_singular: ActorRef | None = None  # the last subject that was not a plural noun
    orgs: list[ActorRef] = field(default_factory=list)  # named organisations, latest last
    # the last complete act of each CAMEO root: (sentence, source, target, code, trigger word),
    # actors with article-wide spans; `offset` is where the paragraph being read starts
    acts: dict[str, tuple] = field(default_factory=dict)
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

    def person(self, pronoun: str | None = None) -> ActorRef | None:
        """The person mentioned last whom a pronoun of that gender may refer to: "she" passes
        over a man, "he" over a woman, to the one mentioned before (docs/policy.md)."""
        return next((ref for key, ref in reversed(self.people)
                     if self.genders.fits(key, pronoun)), None)


def person_key(ref: ActorRef) -> str:
    """Who a person mention is, for gender evidence: the full name of a named person, else the
    role phrase ("the Russian ambassador")."""
    return ref.name if ref.how in ("person", "coreference") else f"{ref.code}|{ref.text.lower()}"


CROWDS = frozenset({"thousands", "hundreds", "dozens", "scores", "millions"})
CROWD_LEMMAS = frozenset({"thousand", "hundred", "dozen", "score", "million"})
"""Crowds named by their size: civilians, unless an "of" phrase says who they are; a counted
people-name ("thousands of Kenyans", "5,000 Palestinians") is the country's civilians."""

ARMED_DESCRIPTORS = frozenset({"group", "militants", "militant", "extremists", "insurgents",
                               "jihadists", "fighters", "terrorists", "rebels", "outfit",
                               "movement", "militia"})
BODY_DESCRIPTORS = frozenset({"alliance", "bloc", "organisation", "organization", "union",
                              "body", "agency", "council", "coalition", "group", "commission"})
COURT_DESCRIPTORS = frozenset({"court", "tribunal"})
"""Definite descriptions that take up an organisation named before: "the terror group" (ISIS),
"the military alliance" (NATO), "the bloc" (the EU), "the court" (an international court named
before, never a national one)."""


def _armed(ref: ActorRef) -> bool:
    return ref.code.startswith("IMG") or ref.code[3:6] in ("REB", "UAF") or ref.code[:3] in (
        "REB", "UAF")


class ActorFinder:
    def __init__(self, nlp: Any, knowledge: Knowledge) -> None:
        self.k = knowledge
        self.cased = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        self._values: dict[str, tuple[str, Any]] = {}
        for n, (form, value) in enumerate(knowledge.surface.items()):
            key = f"s{n}"
            self._values[key] = value
            self.cased.add(key, [nlp.make_doc(form)])
        for n, form in enumerate(knowledge.people):
            key = f"p{n}"
            self._values[key] = ("person", form)
            self.cased.add(key, [nlp.make_doc(form)])
        for n, (form, agent) in enumerate(knowledge.agents_lower.items()):
            key = f"a{n}"
            self._values[key] = ("agent", agent)
            self.lower.add(key, [nlp.make_doc(form)])
        self.strings = nlp.vocab.strings

    # -- matching ---------------------------------------------------------------------------
    def matches(self, doc) -> dict[int, tuple[Span, str, Any]]:
        """token index → (matched span, kind, value), longest match first, no overlaps."""
        table: dict[tuple[int, int, str], tuple[str, Any]] = {}
        plain = []
        for matcher in (self.cased, self.lower):
            for match_id, start, end in matcher(doc):
                kind, value = self._values[self.strings[match_id]]
                key = (start, end, kind)
                # a capitalised word matched as an agent is fine; cased matches win ties
                table.setdefault(key, (kind, value))
                plain.append(Span(doc, start, end, label=kind))
        out: dict[int, tuple[Span, str, Any]] = {}
        kept = filter_spans(plain)
        for span in kept:
            kind, value = table[(span.start, span.end, span.label_)]
            if kind == "person" and span.end < len(doc) and doc[span.end].pos_ == "PROPN" and \
                    doc[span.end].is_title and not any(
                        o.start == span.end and table[(o.start, o.end, o.label_)][0] != "person"
                        for o in kept):
                continue  # "Abbas Araqchi", "Juan Carlos Calvimontes": first names of another
            if kind == "agent" and span[-1].lower_ in CROWDS and span.end < len(doc) and \
                    doc[span.end].lower_ == "of":
                continue  # "thousands of troops": the troops, not a crowd
            if kind == "agent" and len(span) == 1 and span[0].pos_ == "ADJ":
                continue  # "the first official visit": an adjective, not an official
            for i in range(span.start, span.end):
                out[i] = (span, kind, value)
        return out

    # -- resolution -------------------------------------------------------------------------
    def np_tokens(self, head: Token, matched: dict[int, tuple[Span, str, Any]]) -> list[Token]:
        """The tokens of the noun phrase headed by `head` (modifiers, appositions, possessors;
        `of` phrases only for role words: "the president of Russia")."""
        seen, stack = [head], [head]
        while stack:
            tok = stack.pop()
            for child in tok.children:
                if child.dep_ == "punct" and child.tag_ != "HYPH":
                    continue
                if child.dep_ in NP_DEPS or (child.dep_ == "prep" and child.lower_ == "of"
                                             and _role_or_titled(tok, matched)):
                    if child not in seen:
                        seen.append(child)
                        stack.append(child)
                elif child.dep_ == "pobj" and tok.dep_ == "prep" and child not in seen:
                    seen.append(child)
                    stack.append(child)
        return sorted(seen, key=lambda t: t.i)

    def resolve(self, head: Token, matched, state: Coreference, sent_index: int,
                date: str | None) -> ActorRef | None:
        lower = head.lower_
        if head.pos_ == "PRON" or lower == "both":
            return self._pronoun(head, state)
        if pair_phrase(head) and self.group(head, state, sent_index):
            return None  # the pair the article has just named: group() gives both
        if the_country(head) and state.last_subject is not None and \
                state.last_subject.country in self.k.countries:
            # "China's foreign ministry said the country will impose sanctions"
            c = state.last_subject.country
            return ActorRef(c, c, None, head.text, self.k.countries[c]["name"],
                            (head.idx, head.idx + len(head.text)), "pronoun")
        toks = self.np_tokens(head, matched)
        ids = {t.i for t in toks}
        parts: dict[str, list[tuple[Span, Any]]] = {}
        seen_spans = set()
        for t in toks:
            if t.i in matched:
                span, kind, value = matched[t.i]
                if (span.start, span.end) in seen_spans:
                    continue
                if span.start not in ids:
                    continue
                seen_spans.add((span.start, span.end))
                if kind in ("country", "capital") and not _names_actor(span, head, matched):
                    continue  # "the Luanda process", "the Minsk agreement": a name, not an actor
                if pro_or_anti(span):
                    continue  # "the pro-Iranian Hizbollah", "an anti-Syria journalist"
                parts.setdefault(kind, []).append((span, value))
        for span, value in parts.get("org", []):  # "NATO Secretary-General Jens Stoltenberg"
            if not state.orgs or state.orgs[-1].code != value["code"]:
                state.orgs.append(ActorRef(value["code"], None, None, span.text, value["name"],
                                           (span.start_char, span.end_char), "organisation"))
        possessive = False
        if not ({"country", "country-adj", "capital", "seat", "person", "org"} & set(parts)):
            # "its army", "their foreign minister": the country of the possessor
            owner = next((t for t in toks if t.dep_ == "poss" and t.pos_ == "PRON"), None)
            ref = self._pronoun(owner, state) if owner is not None else None
            if ref is not None and ref.country in self.k.countries:
                parts["country"] = [(head.doc[owner.i:owner.i + 1], ref.country)]
                possessive = True
        if "agent" in parts and not ({"country", "country-adj", "capital", "seat"} & set(parts)):
            # "Congo's Deputy Prime Minister and Foreign Minister X": the second role shares the
            # country of the first
            first = head.head if head.dep_ == "conj" else None
            if first is not None:
                for t in self.np_tokens(first, matched):
                    if (t.i in matched and matched[t.i][1] in ("country", "capital")
                            and t.dep_ == "poss"):
                        span, kind, value = matched[t.i]
                        parts[kind] = [(span, value)]
                        break
        if not parts:
            part_of = self._part_of(head)
            if part_of is not None:  # "leaders of the opposition", "thousands of students"
                inner = self.resolve(part_of, matched, state, sent_index, date)
                if inner is not None:
                    span = head.doc[head.left_edge.i:part_of.right_edge.i + 1]
                    if _counted(head) and _nationals(part_of, inner):
                        inner = _as_civilians(inner)  # "thousands of Kenyans": people, not state
                    return replace(inner, text=span.text, span=(span.start_char, span.end_char))
            return self._unknown_person(head, toks, state)
        left = min(t.i for t in toks)
        right = max([t.i for t in toks] + [sp.end - 1 for items in parts.values()
                                           for sp, _ in items])
        np_span = head.doc[left:right + 1]
        country = agent = None
        name = None
        how = "name"
        if "person" in parts:
            span, form = parts["person"][0]
            person = self.k.person_code(form, date)
            if person is not None:
                known = person.code[:3] in self.k.countries
                ref = ActorRef(person.code, person.code[:3] if known else None,
                               (person.code[3:6] or None) if known else None, np_span.text, person.name,
                               (np_span.start_char, np_span.end_char), "person")
                self._remember_person(ref, span, state, person.gender)
                self._remember_role(head, matched, ref, state, person.role)
                return ref
            # no office on this date: "King Abdullah of Jordan" keeps its title and the country
            # its phrase names
            title = self.k.agents_lower.get(span[0].lower_)
            if title is not None:
                parts.setdefault("agent", [(span[:1], title)])
            nearest = self.k.person_nearest(form, date)
            if nearest is not None and nearest.code[:3] in self.k.countries and not (
                    {"country", "country-adj", "capital", "seat"} & set(parts)):
                # not in office on the story's date: the country of their office nearest in time
                parts["country"] = [(span, nearest.code[:3])]
        if set(parts) == {"country-adj"} and head.i in matched and head.tag_ in ("NNPS", "NNS"):
            # "ethnic Albanians in southern Serbia": a people named by where they live
            home = self._living_in(head, matched)
            if home is not None:
                parts = {"country": [home]}
        if set(parts) == {"country-adj"} and head.tag_ in ("NNPS", "NNS") and any(
                c.dep_ == "nummod" and c.like_num for c in head.children):
            parts["agent"] = [(head.doc[head.i:head.i + 1], "CVL")]  # "5,000 Kenyans marched"
        for kind in ("country", "country-adj", "capital", "seat"):
            if kind in parts:
                span, value = _closest(parts[kind], head)
                if kind == "seat":
                    country, agent = value
                    how = "metonym"
                else:
                    country = value
                    how = "metonym" if kind == "capital" else "name"
                name = self.k.countries[country]["name"]
                break
        org = parts.get("org")
        if org and country and agent is None and "agent" not in parts:
            # "South Africa's Cosatu", "Somalia's al-Shabab": a national organisation named with
            # its own country keeps its sector
            own = _closest(org, head)[1]["code"]
            if own[:3] == country and own[3:6]:
                agent = own[3:6]
        if "agent" in parts:
            span, value = _closest(parts["agent"], head)
            if span.text.lower() in GENERIC_ROLES and len(parts["agent"]) > 1:
                # "an army spokesman", "a police source": the institution decides the agent
                span, value = max((sv for sv in parts["agent"] if sv[0].start != span.start),
                                  key=lambda sv: sv[0].start)
            if agent is None or head.i in range(span.start, span.end):
                agent = value
            how = "title" if country else "agent"
        if org and not country:
            span, value = _closest(org, head)
            code = value["code"]
            # "Al-Shabab" (SOMREB) is of Somalia: a national organisation's code names its country
            home = code[:3] if code[:3] in self.k.countries else None
            ref = ActorRef(code, home, code[3:6] or None if home else None, np_span.text,
                           value["name"], (np_span.start_char, np_span.end_char), "organisation")
            self._remember_role(head, matched, ref, state)
            self._remember_unknown(toks, ref, state)
            return ref
        if country is None and not org and any(t.lower_ == "the" for t in toks):
            word = head.lower_
            prev = next((o for o in reversed(state.orgs)
                         if (word in ARMED_DESCRIPTORS and _armed(o))
                         or (word in BODY_DESCRIPTORS and o.code.startswith("IGO"))
                         or (word in COURT_DESCRIPTORS and o.code.startswith("IGO")
                             and any(w in o.name.lower() for w in COURT_DESCRIPTORS))), None)
            if prev is not None and (agent is None or agent in ("REB", "UAF", "MIL", "JUD")):
                return ActorRef(prev.code, prev.country, prev.agent, np_span.text, prev.name,
                                (np_span.start_char, np_span.end_char), "coreference")
        if country is None:
            if agent is None:
                return None
            # "the minister", "the ministry": the last actor with that role in this article
            role = self._role_word(head, matched)
            if role and role in state.roles and any(t.lower_ == "the" for t in toks):
                prev = state.roles[role]
                return ActorRef(prev.code, prev.country, prev.agent, np_span.text, prev.name,
                                (np_span.start_char, np_span.end_char), "coreference")
            ref = ActorRef(agent, None, agent, np_span.text, np_span.text,
                           (np_span.start_char, np_span.end_char), "agent")
            return ref
        code = country + (agent or "")
        ref = ActorRef(code, country, agent, np_span.text, name or country,
                       (np_span.start_char, np_span.end_char),
                       "possessive" if possessive else how)
        self._remember_role(head, matched, ref, state)
        self._remember_unknown(toks, ref, state)
        return ref

    @staticmethod
    def _living_in(head: Token, matched) -> tuple[Span, str] | None:
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ in ("in", "of", "from"):
                for t in prep.subtree:
                    if t.i in matched and matched[t.i][1] in ("country", "capital"):
                        return matched[t.i][0], matched[t.i][2]
        return None

    @staticmethod
    def _part_of(head: Token) -> Token | None:
        """"leaders of the opposition", "thousands of students", "an officer from Kirkuk
        police": the body a member or a generic role belongs to."""
        role = head.lower_ in GENERIC_ROLES or head.lemma_.lower() in ("officer", "member")
        if head.lemma_.lower() not in GROUP_NOUNS and head.like_num is False and not role:
            return None
        for c in head.children:
            if c.dep_ == "prep" and (c.lower_ == "of" or c.lower_ == "from" and role):
                return next((p for p in c.children if p.dep_ == "pobj"), None)
        return None

    def _pronoun(self, head: Token, state: Coreference) -> ActorRef | None:
        lower = head.lower_
        span = (head.idx, head.idx + len(head.text))
        if lower in PERSON_PRONOUNS:
            p = state.person(pronoun_gender(lower))
            if p is None:
                return None
            return ActorRef(p.code, p.country, p.agent, head.text, p.name, span, "pronoun")
        if lower in ("its", "their") and state.last_subject:
            # "its" is a singular owner: not "troops" ("Sudanese troops shelled its posts")
            p = state.last_singular if lower == "its" else state.last_subject
            if p is None:
                return None
            return ActorRef(p.code, p.country, p.agent, head.text, p.name, span, "pronoun")
        return None

    def group(self, head: Token, state: Coreference, sent_index: int) -> list[ActorRef]:
        """"They", "both" (three sentences back at most) and "both leaders", "the two sides"
        (eight: a story about two parties keeps naming them so) take up the last pair."""
        back = sent_index - state.last_group_sentence
        if head.lower_ in GROUP_PRONOUNS and back <= PRONOUN_WINDOW or \
                pair_phrase(head) and back <= PAIR_WINDOW:
            span = (head.idx, head.idx + len(head.text))
            return [ActorRef(a.code, a.country, a.agent, head.text, a.name, span, "pronoun")
                    for a in state.last_group]
        return []

    def _unknown_person(self, head: Token, toks: list[Token], state: Coreference):
        if (head.ent_type_ == "PERSON" or titled(head)) and head.text in state.named:
            prev = state.named[head.text]
            span = (head.idx, head.idx + len(head.text))
            ref = ActorRef(prev.code, prev.country, prev.agent, head.text, prev.name, span,
                           "coreference")
            state.genders.note(state.key(ref), said=said_of(head))  # "Mr Khan"
            state.see_person(ref)
            return ref
        return None

    def _remember_person(self, ref: ActorRef, span: Span, state: Coreference,
                         listed: str | None = None) -> None:
        state.named[span[-1].text] = ref
        _family_first(span, ref, state)
        self._seen(ref, span.root, state, listed)

    def _seen(self, ref: ActorRef, root: Token, state: Coreference, listed: str | None = None,
              phrase: ActorRef | None = None) -> None:
        """A named person mentioned, with what the text, the first name and the people files
        say of their gender."""
        state.genders.note(state.key(ref), listed=listed, said=said_of(root),
                           named=by_name(ref.name, self.k.first_names))
        state.see_person(ref, phrase)

    def _remember_unknown(self, toks: list[Token], ref: ActorRef, state: Coreference) -> None:
        """A person the knowledge does not list, named with a title: "Foreign Minister Ana Ruiz"."""
        names = [t for t in toks if t.ent_type_ == "PERSON" and t.pos_ == "PROPN"]
        if names and ref.agent:
            full = " ".join(t.text for t in names)
            named = ActorRef(ref.code, ref.country, ref.agent, ref.text, full, ref.span, "person")
            state.named[names[-1].text] = named
            state.named[full] = named
            _family_first(names, named, state)
            self._seen(named, names[-1], state, phrase=ref)

    def _role_word(self, head: Token, matched) -> str | None:
        """The role word of a phrase: "minister" in "Foreign Minister Ana Ruiz"."""
        for t in (head, *sorted(head.lefts, key=lambda t: -t.i)):
            if t.i in matched and matched[t.i][1] == "agent":
                return matched[t.i][0].text.lower().split()[-1]
        return None

    def _remember_role(self, head: Token, matched, ref: ActorRef, state: Coreference,
                       office: str = "") -> None:
        role = self._role_word(head, matched)
        for word in {role, *office.lower().split()[-1:]} - {None}:
            if ref.agent in ROLE_AGENTS or ref.how == "person":
                state.roles[word] = ref
        if role and ref.agent in ROLE_AGENTS and role in PERSON_ROLES:
            if ref.how != "person":  # a role alone: "the ministry's spokeswoman"
                state.genders.note(state.key(ref), said=said_of(head))
            state.see_person(ref)


def _counted(head: Token) -> bool:
    """A crowd named by its size: "thousands", "hundreds", "dozens", "2,000"."""
    return head.lower_ in CROWDS or head.lemma_.lower() in CROWD_LEMMAS or head.like_num


def _nationals(tok: Token, ref: ActorRef) -> bool:
    """A plural people-name standing for its country alone ("Kenyans", "Palestinians")."""
    return tok.tag_ in ("NNPS", "NNS") and ref.country is not None and ref.code == ref.country \
        and ref.how == "name"


def _as_civilians(ref: ActorRef) -> ActorRef:
    return replace(ref, code=ref.country + "CVL", agent="CVL")


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
    if head.tag_ not in ("NNS", "NNPS") or head.lemma_.lower() not in PAIR_NOUNS:
        return False
    kids = list(head.children)
    marks = {c.lower_ for c in kids if c.dep_ in ("det", "nummod", "predet", "poss")}
    if "both" in marks or "two" in marks or marks == {"their"}:
        return True
    return marks == {"the"} and not any(
        c.dep_ in ("amod", "compound", "poss", "prep", "nmod", "appos", "acl", "relcl")
        for c in kids)


def the_country(head: Token) -> bool:
    """A bare "the country" or "the nation" as a subject or possessor: the country of the last
    subject ("China's foreign ministry said the country will ...")."""
    return head.lemma_.lower() in ("country", "nation") and head.tag_ == "NN" and \
        head.dep_ in ("nsubj", "nsubjpass", "poss") and \
        [c.lower_ for c in head.children if c.dep_ != "case"] == ["the"]


def pro_or_anti(span: Span) -> bool:
    """"pro-Iranian", "anti-Syria": a stance, not the actor's country."""
    doc = span.doc
    return (span.start >= 2 and doc[span.start - 1].text == "-"
            and doc[span.start - 2].lower_ in ("pro", "anti"))


def _role_or_titled(tok: Token, matched) -> bool:
    """A role word ("the president of Russia") or a titled name ("King Hassan of Morocco")."""
    if tok.i in matched and matched[tok.i][1] in ("agent", "person"):
        return True
    return tok.pos_ == "PROPN" and any(c.dep_ == "compound" and c.i in matched
                                       and matched[c.i][1] == "agent" for c in tok.children)


def _names_actor(span: Span, head: Token, matched) -> bool:
    """A country or capital name stands for the state when it heads the phrase, is a possessor,
    or modifies a role word ("Kenyan police", "Moscow's envoy", "Kenya police")."""
    last = span[-1]
    if span.start <= head.i < span.end or last.dep_ in ("poss", "appos", "conj"):
        return True
    if last.dep_ == "pobj" and last.head.lower_ == "of" and last.head.head.i == head.i:
        return _role_or_titled(head, matched)  # "the president of Russia", "King Hassan of Morocco"
    return head.i in matched and matched[head.i][1] == "agent"


def _closest(items: list[tuple[Span, Any]], head: Token) -> tuple[Span, Any]:
    for span, value in items:
        if span.start <= head.i < span.end:
            return span, value
    return min(items, key=lambda sv: abs(sv[0].start - head.i))
