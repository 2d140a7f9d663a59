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
- pronouns and definite role words from the article's coreference state ("he", "the minister";
  coreference.py keeps that state and resolves them).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from spacy.tokens import Span, Token

from .backers import backer_words
from .collective import take_up
from .coreference import ROLE_AGENTS, Coreference, pair_phrase, role_word
from .knowledge import Knowledge
from .names import CROWDS, GENERIC_ROLES, NameMatcher
from .records import ActorRef
from .titles import addressed

# dependency labels that stay inside a noun phrase
NP_DEPS = frozenset({"compound", "amod", "poss", "nmod", "appos", "det", "flat", "npadvmod",
                     "nummod", "case", "quantmod", "punct", "prt"})
GROUP_NOUNS = frozenset({"leader", "member", "group", "delegation", "team", "thousand", "hundred",
                         "dozen", "score", "million", "ten", "some", "many", "most", "all",
                         "several", "number", "majority", "minority", "representative", "head",
                         "contingent", "unit", "crowd", "band", "faction", "wing", "each"})
FOREIGN = frozenset({"foreign", "international", "multinational", "overseas"})
"""Modifiers that say a force or group comes from abroad ("foreign troops")."""

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
        self.names = NameMatcher(nlp, knowledge)
        self._country_names = {c: list(v.get("names") or ()) for c, v in
                               knowledge.countries.items()}

    def matches(self, doc) -> dict[int, tuple[Span, str, Any]]:
        """token index → (matched span, kind, value): the knowledge's names (names.py)."""
        return self.names.matches(doc)

    # -- resolution -------------------------------------------------------------------------
    def np_tokens(self, head: Token, matched: dict[int, tuple[Span, str, Any]]) -> list[Token]:
        """The tokens of the noun phrase headed by `head` (modifiers, appositions, possessors;
        `of` phrases only for role words: "the president of Russia")."""
        seen, stack = [head], [head]
        aside = backer_words(head.doc)  # "Iranian-backed": the backer is not the party
        placed = head.pos_ == "PROPN" and any(
            t.i in matched and matched[t.i][1] in ("country", "country-adj")
            for c in head.lefts if c.dep_ in ("amod", "compound", "nmod", "poss")
            for t in c.subtree)
        while stack:
            tok = stack.pop()
            for child in tok.children:
                if child.dep_ == "punct" and child.tag_ != "HYPH" or child.i in aside:
                    continue
                if placed and tok is head and child.dep_ == "appos" and child.pos_ == "NOUN":
                    # "Venezuelan state-owned oil firm PDVSA, the toughest U.S. financial
                    # measure": the name's own nationality, not the description's
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
            return state.pronoun(head)
        if pair_phrase(head) and state.group(head, sent_index):
            return None  # the pair the article has just named: group() gives both
        if addressed(head):  # "His Majesty": the sovereign named, never the pronoun's person
            return _taken_up(state.holder(head, matched), head.doc[head.left_edge.i:head.i + 1])
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
                if span.start not in ids and not span.start <= head.i < span.end:
                    continue  # (a name the parse splits, "Côte" left out of "d'Ivoire"'s phrase)
                seen_spans.add((span.start, span.end))
                if kind in ("country", "capital") and not _names_actor(span, head, matched):
                    continue  # "the Luanda process", "the Minsk agreement": a name, not an actor
                if pro_or_anti(span):
                    continue  # "the pro-Iranian Hizbollah", "an anti-Syria journalist"
                parts.setdefault(kind, []).append((span, value))
        for span, value in parts.get("org", []):  # "NATO Secretary-General Jens Stoltenberg"
            # an organisation named as what an act is done to ("attacked the Peshmerga", "an
            # attack on Hezbollah") is remembered as such: "the militant group" is the attacker
            how = "target" if _acted_on(head) else "organisation"
            if state.orgs and state.orgs[-1].code == value["code"]:
                state.orgs.pop()
            state.orgs.append(ActorRef(value["code"], None, None, span.text, value["name"],
                                       (span.start_char, span.end_char), how))
        possessive = False
        if not ({"country", "country-adj", "capital", "seat", "person", "org"} & set(parts)):
            # "its army", "their foreign minister": the country of the possessor
            owner = next((t for t in toks if t.dep_ == "poss" and t.pos_ == "PRON"), None)
            ref = state.pronoun(owner) if owner is not None else None
            if ref is not None and ref.country in self.k.countries:
                parts["country"] = [(head.doc[owner.i:owner.i + 1], ref.country)]
                possessive = True
            # "the island's government", "the bloc's foreign policy chief": the organisation or
            # country a collective possessor takes up (collective.take_up)
            owner = next((t for t in toks if t.dep_ == "poss" and t.pos_ == "NOUN"), None)
            prev = None if owner is None or possessive else take_up(
                owner, state.orgs, state.countries, self._country_names)
            if prev is not None:
                kind = "country" if prev.code == prev.country else "org"
                parts[kind] = [(head.doc[owner.i:owner.i + 1], prev.country if kind == "country"
                                else {"code": prev.code, "name": prev.name})]
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
            # "the bloc", "the kingdom": the article's last organisation or country of the kind
            prev = take_up(head, state.orgs, state.countries, self._country_names)
            if prev is not None:
                return ActorRef(prev.code, prev.country, prev.agent, head.text, prev.name,
                                (head.idx, head.idx + len(head.text)), "coreference")
            known = state.known_person(head)
            if known is None and head.ent_type_ == "PERSON" and head.pos_ == "PROPN":
                described = self._described_by(head, matched, state, sent_index, date)
                if described is not None:
                    return described
                if head.dep_ != "appos":  # "Atiku's counsel, Chris Uche": the role's person
                    state.see_unknown_person(head, self.k.first_names)
            return known
        left = min(t.i for t in toks)
        right = max([t.i for t in toks] + [sp.end - 1 for items in parts.values()
                                           for sp, _ in items])
        np_span = head.doc[left:right + 1]
        country = agent = None
        name = None
        how = "name"
        held = ""  # the title a named person out of office bears ("King" in "King Abdullah")
        if "person" in parts:
            span, form = parts["person"][0]
            first_name_only = len(span) == 1 and span.text.lower() in self.k.first_names
            # a first name alone ("Najib") names a listed office holder only when the story is
            # dated within their term: undated, or out of office, it is as likely someone else
            person = None if first_name_only and not date else self.k.person_code(form, date)
            if person is not None:
                known = person.code[:3] in self.k.countries
                ref = ActorRef(person.code, person.code[:3] if known else None,
                               (person.code[3:6] or None) if known else None, np_span.text, person.name,
                               (np_span.start_char, np_span.end_char), "person")
                state.remember_person(ref, span, self.k.first_names, person.gender)
                state.remember_role(head, matched, ref, person.role)
                return ref
            # no office on this date: "King Abdullah of Jordan" keeps its title and the country
            # its phrase names
            title = self.k.agents_lower.get(span[0].lower_)
            if title is not None:
                parts.setdefault("agent", [(span[:1], title)])
                held = span[0].lower_  # "King Abdullah": a later "the King" is him
            nearest = self.k.person_nearest(form, date)
            if nearest is not None and nearest.code[:3] in self.k.countries and \
                    not first_name_only and \
                    not ({"country", "country-adj", "capital", "seat"} & set(parts)):
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
            state.remember_role(head, matched, ref)
            state.remember_unknown(toks, ref, self.k.first_names)
            return ref
        if country is None and not org and any(t.lower_ == "the" for t in toks):
            word = head.lower_
            owner = next((c for c in head.children if c.dep_ == "poss" and c.pos_ == "NOUN"),
                         None)
            if owner is not None and head.pos_ == "NOUN" and word not in ARMED_DESCRIPTORS:
                word = owner.lower_  # "the terror group's resurgence": the group's
            armed = [o for o in reversed(state.orgs) if word in ARMED_DESCRIPTORS and _armed(o)]
            prev = next((o for o in armed if o.how != "target"), None) or next(
                (o for o in reversed(state.orgs)
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
            body = _body_of(head)
            inner = self.resolve(body, matched, state, sent_index, date) if body is not None \
                else None
            if inner is not None and inner.how in ("name", "metonym", "organisation", "title"):
                # "commanders from the Islamic Jihad movement", "troops from Chad", "officers of
                # the Kenyan police": a role of or from a named body is that body's
                code = inner.code if inner.agent or inner.country is None \
                    else inner.country + agent
                return ActorRef(code, inner.country, code[3:6] or None if inner.country else
                                inner.agent, np_span.text, inner.name,
                                (np_span.start_char, np_span.end_char), inner.how)
            # "the minister", "the ministry": the last actor with that role in this article
            role = role_word(head, matched)
            if role and any(t.lower_ == "the" for t in toks) and (
                    prev := state.roles.get(role) or state.holder(head, matched)) is not None:
                # "the Monarch" after "King Abdullah": the holder of the same office (titles.py)
                return _taken_up(prev, np_span)
            if (prev := _body_named_before(head, matched, state)) is not None:
                # "Ministry spokesperson Mao Ning" after "China's foreign ministry": the
                # spokesperson of the body the article named
                return _taken_up(prev, np_span)
            # "foreign police", "international troops": a force from abroad is never given the
            # country of the place it is in, of the sentence or of the article
            # "the visiting minister": a guest, never of the host country (when no holder of the
            # role was named before, above)
            how = "foreign" if agent != "GOV" and any(
                c.dep_ == "amod" and c.lower_ in FOREIGN for c in head.children) or any(
                c.dep_ == "amod" and c.lower_ == "visiting" for c in head.children) else "agent"
            return ActorRef(agent, None, agent, np_span.text, np_span.text,
                            (np_span.start_char, np_span.end_char), how)
        code = country + (agent or "")
        ref = ActorRef(code, country, agent, np_span.text, name or country,
                       (np_span.start_char, np_span.end_char),
                       "possessive" if possessive else how)
        state.remember_role(head, matched, ref, held)
        state.remember_unknown(toks, ref, self.k.first_names)
        return ref

    @staticmethod
    def _living_in(head: Token, matched) -> tuple[Span, str] | None:
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ in ("in", "of", "from"):
                for t in prep.subtree:
                    if t.i in matched and matched[t.i][1] in ("country", "capital"):
                        return matched[t.i][0], matched[t.i][2]
        return None

    def _described_by(self, head: Token, matched, state: Coreference, sent_index: int,
                      date: str | None) -> ActorRef | None:
        """"Matthew Wale, the leader of the opposition, called for ...": a person the knowledge
        does not list, described by a role phrase in apposition, is that role's actor (the
        appositive read as a phrase of its own, "of" phrase and all), and remembered by name."""
        appos = next((c for c in head.children if c.dep_ == "appos" and c.pos_ == "NOUN"), None)
        if appos is None:
            return None
        inner = self.resolve(appos, matched, state, sent_index, date)
        if inner is None or inner.how in ("pronoun", "coreference", "possessive") or \
                not inner.agent:
            return None
        names = [t for t in head.doc[head.left_edge.i:head.i + 1] if t.ent_type_ == "PERSON"]
        span = head.doc[min(t.i for t in names):appos.right_edge.i + 1]
        ref = replace(inner, text=span.text, span=(span.start_char, span.end_char))
        state.remember_unknown(names, ref, self.k.first_names)
        return ref

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



def _taken_up(prev: ActorRef | None, span: Span) -> ActorRef | None:
    """A mention that takes up an actor named before, with its own words and place."""
    if prev is None:
        return None
    return ActorRef(prev.code, prev.country, prev.agent, span.text, prev.name,
                    (span.start_char, span.end_char), "coreference")


SPOKESPEOPLE = frozenset({"spokesman", "spokeswoman", "spokesperson"})


def _body_named_before(head: Token, matched, state: Coreference) -> ActorRef | None:
    """The body whose spokesperson a phrase names, when the article named that body with its
    country before: "ministry" in "Ministry spokesperson Mao Ning" after "China's foreign
    ministry", "army" in "an army spokesman" after "the Sudanese army". Only a spokesperson
    speaks for the body ("police officers" after "New Zealand police" may be any country's)."""
    if role_word(head, matched) not in SPOKESPEOPLE:
        return None
    before = sorted((t for left in head.lefts for t in left.subtree), key=lambda t: -t.i)
    return next((prev for t in before
                 if t.dep_ in ("compound", "nmod") and (prev := state.roles.get(t.lower_))
                 and prev.country and prev.agent in ROLE_AGENTS and prev.how != "person"), None)


def _acted_on(head: Token) -> bool:
    """Whether a noun phrase names what an act is done to: a direct object, a passive subject,
    or the object of "on" or "against" ("an attack on the Peshmerga")."""
    return head.dep_ in ("dobj", "nsubjpass") or (
        head.dep_ == "pobj" and head.head.lower_ in ("on", "against"))


def _body_of(head: Token) -> Token | None:
    """The body an "of" or "from" phrase names a role's holder as belonging to ("fighters
    from al-Shabaab", "soldiers of the Malian army"); not a place named with "in"."""
    for c in head.children:
        if c.dep_ == "prep" and c.lower_ in ("of", "from"):
            return next((p for p in c.children if p.dep_ == "pobj"), None)
    return None


def _counted(head: Token) -> bool:
    """A crowd named by its size: "thousands", "hundreds", "dozens", "2,000"."""
    return head.lower_ in CROWDS or head.lemma_.lower() in CROWD_LEMMAS or head.like_num


def _nationals(tok: Token, ref: ActorRef) -> bool:
    """A plural people-name standing for its country alone ("Kenyans", "Palestinians")."""
    return tok.tag_ in ("NNPS", "NNS") and ref.country is not None and ref.code == ref.country \
        and ref.how == "name"


def _as_civilians(ref: ActorRef) -> ActorRef:
    return replace(ref, code=ref.country + "CVL", agent="CVL")


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
    or modifies a role word ("Kenyan police", "Moscow's envoy", "Kenya police"), the title of a
    name included ("Bangladesh President Abdul Hamid")."""
    last = span[-1]
    if span.start <= head.i < span.end or last.dep_ in ("poss", "appos", "conj"):
        return True
    if last.dep_ == "pobj" and last.head.lower_ == "of" and last.head.head.i == head.i:
        return _role_or_titled(head, matched)  # "the president of Russia", "King Hassan of Morocco"
    if last.dep_ == "compound" and _titled_chain(last, head, matched):
        # "Bangladesh President Abdul Hamid", "China Foreign Ministry spokesperson Lin Jian",
        # "US House Speaker Nancy Pelosi": the country of the name's title
        return True
    return head.i in matched and matched[head.i][1] == "agent"


def _titled_chain(tok: Token, head: Token, matched) -> bool:
    """`tok` reaches `head` through compounds only, by way of at least one role word."""
    titled = False
    while tok.dep_ == "compound" and tok.head.i != tok.i:
        tok = tok.head
        if tok.i == head.i:
            return titled
        titled = titled or (tok.i in matched and matched[tok.i][1] == "agent")
    return False


def _closest(items: list[tuple[Span, Any]], head: Token) -> tuple[Span, Any]:
    for span, value in items:
        if span.start <= head.i < span.end:
            return span, value
    return min(items, key=lambda sv: abs(sv[0].start - head.i))
