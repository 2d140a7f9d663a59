"""Noun phrases for the PETRARCH engine: actor and agent phrases found in the words (longest
first), and the codes of the noun phrase a word heads: its actor (the dated code on the record's
date) with its agents, conjunctions, comma lists and compound codes expanded, agents shared
across 'X in A and B' and carried to a conjunct without an actor."""

from __future__ import annotations

from dataclasses import dataclass

from .dictionaries import PetrarchDictionaries
from .readers import ActorEntry, AgentEntry

NULL = "---"
_NP_LOCAL = {"prep", "conj", "cc", "relcl", "acl", "appos", "punct", "advcl", "preconj"}
_OWNER_PREPS = {"of", "in", "from", "for"}  # 'lawmakers in X', 'the ambassadors of X'


@dataclass(frozen=True, slots=True)
class Mention:
    start: int  # token indexes, end exclusive
    end: int
    entry: ActorEntry | AgentEntry


class Phrases:
    """The lookups for one parsed text: words, actor and agent mentions, noun phrase codes.
    `actor_at` and `agent_at` can be narrowed (clauses left uncoded) with `only_outside`."""

    def __init__(self, d: PetrarchDictionaries, doc, date: str | None,
                 new_actor_length: int = 0) -> None:
        self.d, self.doc, self.date, self.new_actor_length = d, doc, date, new_actor_length
        self.words = [t.text.upper() for t in doc]
        self.actors = self._mentions(d.actor_index, True)
        taken = {i for m in self.actors for i in range(m.start, m.end)}
        self.agents = [m for m in self._mentions(d.agent_index, False)
                       if not any(i in taken for i in range(m.start, m.end))]
        self.all_actor_at = {i: m for m in self.actors for i in range(m.start, m.end)}
        self.all_agent_at = {i: m for m in self.agents for i in range(m.start, m.end)}
        self.actor_at, self.agent_at = self.all_actor_at, self.all_agent_at
        self.spans: dict[str, tuple[int, int]] = {}  # code -> token span that first gave it

    def only_outside(self, cut: set[int]) -> None:
        """Mentions inside `cut` (token indexes) no longer count."""
        self.actor_at = {i: m for i, m in self.all_actor_at.items() if i not in cut}
        self.agent_at = {i: m for i, m in self.all_agent_at.items() if i not in cut}

    def _mentions(self, index: dict, of_actors: bool) -> list[Mention]:
        """Dictionary phrases in the words, longest first, left to right, no overlaps. A phrase
        word the tokenizer split ('BARAD-DUR' as BARAD - DUR) matches its pieces when they are
        written together."""
        out, i, n = [], 0, len(self.words)
        while i < n:
            best = None
            keys = dict.fromkeys([self.words[i], self.words[i].split("-")[0]])
            cands = [c for k in keys for c in index.get(k, ())]
            cands.sort(key=lambda c: -len(c[0] if of_actors else c.words))
            for cand in cands:
                words, entry = cand if of_actors else (cand.words, cand)
                end = self._match_words(i, words)
                if end is not None:
                    best = Mention(i, end, entry)
                    break
            if best:
                out.append(best)
                i = best.end
            else:
                i += 1
        return out

    def _match_words(self, i: int, words: tuple[str, ...]) -> int | None:
        for w in words:
            if i >= len(self.words):
                return None
            if self.words[i] == w:
                i += 1
                continue
            joined, j = "", i
            while j < len(self.words) and len(joined) < len(w):
                joined += self.words[j]
                j += 1
                if joined != w and self.doc[j - 1].whitespace_:
                    break
            if joined != w:
                return None
            i = j
        return i

    # -- noun phrases ------------------------------------------------------------------------
    def local(self, head) -> list:
        """The head's own words: its subtree without prepositional phrases, conjuncts, clauses
        and appositions."""
        out = [head]
        for child in head.children:
            if child.dep_ not in _NP_LOCAL:
                out += self.local(child)
        return sorted(out, key=lambda t: t.i)

    def _actor_codes(self, m: Mention) -> list[str]:
        """An actor's code on the record date; 'FRO/BIL/SAM' is a compound of three."""
        return (m.entry.code_on(self.date) or NULL).split("/")

    def _agent_mentions(self, toks) -> list[Mention]:
        out: list[Mention] = []
        for t in toks:
            m = self.agent_at.get(t.i)
            if m and (not out or out[-1] is not m):
                out.append(m)
        return out

    def codes(self, head) -> list[str]:
        """The codes of the noun phrase headed by `head` and of its conjuncts (an apposition in
        a list counts as one: 'Mordor, the awful Fornost, and Gondor')."""
        out, shared, carried = self._own_codes(head, None, None)
        self._note(out, head)
        conjs = [c for c in head.conjuncts if c.i > head.i]
        for appos in (c for c in head.children if c.dep_ == "appos"):
            if any(c.dep_ == "conj" for c in head.children) or appos.conjuncts:
                conjs += [appos] + [c for c in appos.conjuncts if c.i > appos.i]
        for conj in sorted(set(conjs), key=lambda t: t.i):
            more = self._own_codes(conj, carried, shared)[0]
            self._note(more, conj)
            out += more
        return list(dict.fromkeys(out))

    def _note(self, codes: list[str], head) -> None:
        """Remember the words that first gave each code (token span), for the records' spans."""
        local = self.local(head)
        for code in codes:
            self.spans.setdefault(code, (local[0].i, local[-1].i + 1))

    def _own_codes(self, head, inherited: str | None,
                   shared: list[AgentEntry] | None) -> tuple[list[str], list | None, str | None]:
        """(codes, agents to share with later conjuncts, actor + modifiers to carry to them)."""
        local = self.local(head)
        mentions = self._agent_mentions(local)
        agents = [m.entry for m in mentions]
        actors: list[Mention] = []
        listed_too = [x for t in local if t.i != head.i for c in t.children if c.dep_ == "conj"
                      for x in c.subtree]  # 'Arnor, Calenardhon and the awful Gondor'
        for t in sorted(set(local) | set(listed_too), key=lambda t: t.i):
            m = self.actor_at.get(t.i)
            if m and (not actors or actors[-1] is not m):
                actors.append(m)
        if actors:
            between = range(actors[0].end, actors[-1].start)
            listed = len(actors) > 1 and any(self.doc[i].dep_ == "cc" or self.words[i] == ","
                                             for i in between)
            chosen = actors if listed else actors[:1]
            use = agents or shared or []
            codes = [compose(c, use) for m in chosen for c in self._actor_codes(m)]
            modifiers = [m.entry for m in mentions if not (m.start <= head.i < m.end)]
            return codes, None, compose(self._actor_codes(actors[0])[0], modifiers)
        if agents:
            for child in head.children:  # 'lawmakers in Fornost and Gondor'
                if child.dep_ == "prep" and child.lower_ in _OWNER_PREPS:
                    objs = [c for c in child.children if c.dep_ == "pobj"]
                    if objs and self._has_actor(objs[0]):
                        return [compose(c, agents) for c in self.codes(objs[0])], agents, None
            return [compose(inherited or NULL, agents)], None, None
        if self.new_actor_length and head.pos_ in ("PROPN", "NOUN"):
            words = [t.text.upper() for t in self._phrase(head) if t.tag_ != "POS"]
            if len(words) <= self.new_actor_length:
                return ['"' + " ".join(words) + '"'], None, None
        return [], None, None

    def _phrase(self, head) -> list:
        """A whole noun phrase, for an actor not in the dictionaries (new_actor_length): the
        head's subtree without clauses, conjuncts and punctuation."""
        out = [head]
        for child in head.children:
            if child.dep_ not in ("relcl", "acl", "advcl", "conj", "cc", "punct"):
                out += self._phrase(child)
        return sorted(out, key=lambda t: t.i)

    def _has_actor(self, head) -> bool:
        return any(t.i in self.actor_at or t.i in self.agent_at for t in self.local(head))

    def np_at(self, i: int):
        """The head of the noun phrase holding token i (the top of its mention)."""
        t = self.doc[i]
        m = self.actor_at.get(i) or self.agent_at.get(i)
        span = range(m.start, m.end) if m else range(i, i + 1)
        while t.head.i != t.i and (t.head.i in span or t.dep_ in ("compound", "amod", "poss",
                                                                     "case", "nmod", "det")):
            t = t.head
        return t

    # -- verbs -------------------------------------------------------------------------------


def compose(actor: str, agents: list[AgentEntry]) -> str:
    """Actor code with its agents: NGO~ agents before it, ~GOV agents after it, an agent already
    in the code not repeated (USAGOV + GOV stays USAGOV)."""
    code = actor
    for a in agents:
        if a.before:
            if not code.startswith(a.code):
                code = a.code + code
        elif a.code not in code[3:] and not code.endswith(a.code):
            code = code + a.code
    return code
