"""Events: lexicon triggers + syntax → who did what to whom, with modality and attribution.

Stage contract: `EventFinder.sentence(sent, actors, state)` needs a parsed sentence, the actors
found for it (token index → actors) and the article's coreference state; it returns `Candidate`s.
`EventFinder.finish(candidates)` fills targets that only the whole article can give (the parties
of the fighting, for calls for a ceasefire and offers to mediate).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace

from spacy.tokens import Token

from .actors import Coreference
from .knowledge import Knowledge, LexEntry
from .records import ActorRef

CLAUSE_DEPS = frozenset({"ccomp", "advcl", "relcl", "parataxis", "csubj", "conj", "cc", "mark",
                         "punct", "nsubj", "nsubjpass", "aux", "auxpass", "neg", "acl"})
REPORTING = frozenset({"say", "tell", "state", "add", "announce", "claim", "report", "stress",
                       "conclude", "remind",
                       "insist", "allege", "note", "write", "argue", "declare", "assert",
                       "quote", "explain", "reiterate", "contend", "maintain", "suggest"})
DENYING = frozenset({"deny", "refute", "dismiss", "reject"})
REQUESTING = frozenset({"demand", "urge", "ask", "request", "appeal", "insist", "plead",
                        "recommend", "propose"})
HYPOTHETICAL_AUX = frozenset({"could", "would", "might", "may"})
OBLIGATION_AUX = frozenset({"must", "should"})
FUTURE_AUX = frozenset({"will", "shall", "'ll"})
OBJECT_CONTROL = frozenset({"urge", "ask", "call", "tell", "order", "force", "persuade",
                            "encourage", "invite", "press", "pressure", "request", "allow"})
INTENT = frozenset({"plan", "intend", "promise", "pledge", "vow", "offer", "agree", "prepare",
                    "aim", "decide", "threaten", "expect", "schedule", "set", "swear",
                    "willing", "ready", "prepared", "determined", "committed", "eager"})
WISH = frozenset({"want", "seek", "hope", "try", "attempt", "wish", "need", "fail", "refuse"})
RELATIVE = frozenset({"which", "who", "that", "whom"})
VERBAL_ROOTS = frozenset({"01", "02", "10", "11", "12", "13"})
QUANTITY_NOUNS = frozenset({"series", "wave", "string", "spate", "number", "round", "flurry",
                            "volley", "barrage", "campaign", "couple", "pair", "set", "day",
                            "week", "month", "year", "night", "hour"})
ADDRESSED_ROOTS = frozenset({"02", "10", "11", "12", "13"})
CONFLICT_ROOTS = frozenset({"18", "19", "20"})
SCORE = re.compile(r"\b\d{1,2}\s?[-\u2013]\s?\d{1,2}\b(?!\s*(?:year|month|day|week))")
"""A match score ("3-1", "1 - 0") in a sentence marks sport: no force or violence is coded."""
TARGETLESS_OK = frozenset({"01", "15"})
"""Roots whose events are complete without a target: public statements, and force posture
(drills, alerts, mobilisation), which PLOVER codes without a recipient."""
DOMESTIC_ROOTS = frozenset({"14", "15", "17", "18", "19", "20"})
"""Protest, force posture, coercion and violence: with no other country in the sentence, they
are aimed at home."""
NOT_OWN_ACT = frozenset({"against", "despite", "amid"})
"""Prepositions whose event noun is not the act of the governing verb's subject ("protested
against the arrests", "defended Iraq against criticism", "withdrew amid protests")."""
ASIDE = frozenset({"despite", "amid", "after", "before", "since", "following", "during",
                   "like", "unlike"})
"""Prepositions whose phrase is background, never the target ("despite Israel's wish")."""
BACKGROUND_PREPS = frozenset({"over", "amid", "despite", "since", "because", "due", "unlike",
                              "like"})
"""A noun event inside one of these phrases is background to the sentence's news, not a new act
("sanctions over Russia's invasion of Ukraine", "amid a war that ..."). Not "after" or "during":
"died during fighting" reports the fighting."""
BACKGROUND_FRAMES = frozenset({"response", "reaction", "retaliation", "wake", "ahead", "run-up",
                               "lead-up", "aftermath", "anniversary", "result", "light"})
"""Nouns and adverbs that make a phrase background: "in response to the attack", "ahead of the
talks", "in the wake of the bombing"."""
STATIVE = frozenset({"be", "have", "enjoy", "maintain", "share"})
"""Governors of a standing relation, not an act: "is in an alliance with", "has good ties with"."""
INSTRUMENTS = frozenset({"bomb", "bombing", "explosion", "blast", "device", "mine", "landmine",
                         "rocket", "shell", "shelling", "missile", "grenade", "mortar", "fire",
                         "gunfire", "attack", "ambush", "airstrike", "strike", "explosive",
                         "ied", "drone", "artillery", "bullet", "shot", "shots", "raid"})
"""Subjects and passive agents that name the weapon, not the attacker."""

OBLIGATION_RULE = LexEntry(
    code="100", pos="verb", lemmas=frozenset(), target=(), origin="rule: in a party's words, "
    "another party must do something (a demand, whatever the act)")


@dataclass
class Candidate:
    sentence: int
    trigger: Token
    entry: LexEntry
    code: str
    source: ActorRef
    target: ActorRef | None
    modality: str
    reported_by: ActorRef | None = None
    via: Token | None = None
    inferred_target: bool = False
    paragraph_offset: int = 0
    evidence: list[str] = field(default_factory=list)
    date: dict | None = None
    location: dict | None = None
    countries: frozenset[str] = frozenset()  # every country the sentence names, as actor or place


class EventFinder:
    def __init__(self, knowledge: Knowledge) -> None:
        self.k = knowledge

    # -- lexicon matching -------------------------------------------------------------------
    def _entries(self, tok: Token) -> list[LexEntry]:
        lex = self.k.lexicon
        lemma = tok.lemma_.lower()
        found: list[LexEntry] = []
        if tok.pos_ == "VERB":
            found += lex.get(("verb", lemma), [])
            if tok.tag_ == "VBG" and tok.dep_ in ("nsubj", "csubj", "dobj", "pobj", "conj"):
                found += lex.get(("noun", tok.lower_), []) + lex.get(("noun", lemma), [])
        elif tok.pos_ in ("NOUN", "PROPN"):
            found += lex.get(("noun", lemma), [])
            if tok.lower_ != lemma:
                found += lex.get(("noun", tok.lower_), [])
        elif tok.pos_ == "ADJ":
            found += lex.get(("adj", lemma), [])
        return found

    @staticmethod
    def phrase(tok: Token, depth: int = 3) -> dict[str, Token]:
        """Lemmas in the trigger's own phrase (not other clauses), with the governing verb of a
        noun or adjective trigger."""
        out: dict[str, Token] = {}
        frontier = [tok]
        for _ in range(depth):
            nxt = []
            for t in frontier:
                for c in t.children:
                    if c.dep_ in CLAUSE_DEPS:
                        continue
                    out.setdefault(c.lemma_.lower(), c)
                    nxt.append(c)
            frontier = nxt
        if tok.pos_ != "VERB" or tok.tag_ == "VBG":
            head = tok.head
            if tok.dep_ == "pobj":
                head = head.head
            if head.i != tok.i and head.pos_ in ("VERB", "AUX", "ADJ", "NOUN"):
                out.setdefault(head.lemma_.lower(), head)
        return out

    def match(self, tok: Token) -> tuple[LexEntry, list[Token]] | None:
        entries = self._entries(tok)
        if not entries:
            return None
        phrase = self.phrase(tok)
        best = None
        for e in entries:
            if e.particle and not any(c.dep_ == "prt" and c.lower_ == e.particle
                                      for c in tok.children):
                continue
            used = []
            for alts in e.with_:
                hit = next((phrase[a] for a in alts if a in phrase), None)
                if hit is None:
                    break
                used.append(hit)
            else:
                if e.without and any(w in phrase for w in e.without):
                    continue
                if best is None or e.specificity > best[0].specificity:
                    best = (e, used)
        return best

    # -- syntax helpers ---------------------------------------------------------------------
    def subjects(self, verb: Token, depth: int = 0) -> list[Token]:
        subs = [c for c in verb.children if c.dep_ in ("nsubj", "csubj", "expl") and
                c.dep_ != "expl"]
        # mis-parse: "The Red Cross operating in Iraq said" makes the participle the subject
        subs = [next((g for g in c.children if g.dep_ == "nsubj" and g.i < c.i), c)
                if c.tag_ == "VBG" else c for c in subs]
        if not subs and verb.dep_ == "relcl":
            return [verb.head]
        if subs and subs[0].lower_ in RELATIVE and verb.dep_ == "relcl":
            return [verb.head]
        participial = verb.dep_ == "advcl" and verb.tag_ in ("VBG", "VBN") and not any(
            c.dep_ == "mark" for c in verb.children)  # "X wrote to Y, urging him to ..."
        if not subs and verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.dep_ == "dobj":
            return self.subjects(verb.head.head, depth + 1)  # "issued a statement demanding"
        if (not subs and depth < 4 and (verb.dep_ in ("xcomp", "conj", "acomp") or participial)
                and verb.head.i != verb.i):
            head = verb.head
            if verb.dep_ == "xcomp" and head.lemma_ in OBJECT_CONTROL:
                objs = [c for c in head.children if c.dep_ in ("dobj", "dative")]
                if objs:
                    return objs
            return self.subjects(head, depth + 1)
        # repair a common mis-parse: "A and B confirmed" split into A (elsewhere) + B (subject)
        out = list(subs)
        for s in subs:
            le = s.left_edge
            if le.i >= 2 and le.nbor(-1).dep_ == "cc" and le.nbor(-1).lower_ == "and":
                prev = le.nbor(-1).head
                if prev.pos_ in ("PROPN", "NOUN") and prev.i < le.i and prev not in out:
                    out.insert(0, prev)
        return out

    @staticmethod
    def passive(verb: Token) -> bool:
        return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)

    @staticmethod
    def _with_conjuncts(tok: Token) -> list[Token]:
        return [tok, *tok.conjuncts]

    def _actors(self, toks: list[Token], actors: dict[int, list[ActorRef]]) -> list[ActorRef]:
        out: list[ActorRef] = []
        for t in toks:
            for c in self._with_conjuncts(t):
                for a in actors.get(c.i, []):
                    if a.code not in {o.code for o in out} or a.span not in {o.span for o in out}:
                        out.append(a)
        return out

    @staticmethod
    def _governor(tok: Token) -> Token | None:
        """The verb (or predicative adjective) that takes a noun trigger as its own argument:
        "held talks", "confirmed in a phone call", "ready for coordination". Not through another
        noun: in "called for a halt to the fighting" the fighting is not the caller's act."""
        if tok.pos_ == "ADJ" and tok.dep_ in ("acomp", "xcomp", "oprd"):
            return tok.head  # "Sudan remains committed to peace"
        t = tok
        while t.dep_ in ("compound", "appos", "conj") and t.head.i != t.i:
            t = t.head
        # "carried out a series of attacks": look through the quantity noun
        if (t.dep_ == "pobj" and t.head.lower_ == "of"
                and t.head.head.lemma_.lower() in QUANTITY_NOUNS):
            t = t.head.head
        if t.dep_ == "pobj":
            if t.head.lower_ in NOT_OWN_ACT:
                return None  # "defended Iraq against criticism": the criticism is someone else's
            t = t.head
        if t.dep_ in ("dobj", "attr", "oprd", "nsubjpass", "prep", "dative"):
            head = t.head
            if head.pos_ in ("VERB", "AUX") or (head.pos_ == "ADJ" and head.dep_ == "acomp"):
                return head
        return None

    # -- the stage --------------------------------------------------------------------------
    def sentence(self, sent, actors: dict[int, list[ActorRef]], state: Coreference,
                 index: int, group_of, home: ActorRef | None = None,
                 places: dict[int, list[ActorRef]] | None = None) -> list[Candidate]:
        matches = []
        for tok in sent:
            m = self.match(tok)
            if m:
                matches.append((tok, *m))
        matches = _weapon_names_the_attack(matches)
        if SCORE.search(sent.text):  # "Argentina beat Brazil 1-0": sport, not force
            matches = [m for m in matches if m[1].code[:2] not in CONFLICT_ROOTS]
        triggered = {m[0].i for m in matches}
        self._triggered = triggered
        for tok in sent:
            if tok.i not in triggered and tok.pos_ in ("VERB", "AUX") and any(
                    c.dep_ == "aux" and c.lower_ in OBLIGATION_AUX for c in tok.children):
                matches.append((tok, OBLIGATION_RULE, []))
        # more specific matches first; words they use cannot trigger again
        matches.sort(key=lambda m: m[1].specificity, reverse=True)
        consumed: set[int] = set()
        out: list[Candidate] = []
        for tok, entry, used in matches:
            if tok.i in consumed:
                continue
            for u in used:  # the with-words and every word between them and the trigger
                node = u
                while node.i != tok.i and node.head.i != node.i and node.i not in consumed:
                    consumed.add(node.i)
                    node = node.head
            out.extend(self._code(tok, entry, used, actors, index, group_of, home, places or {}))
        named = frozenset(r.country for pool in (actors, places or {}) for refs in pool.values()
                          for r in refs if r.country and r.how != "pronoun")
        for c in out:
            c.countries = named
        return out

    def _resolve(self, toks, actors, group_of) -> list[ActorRef]:
        found = self._actors(toks, actors)
        if not found:  # "the Togolese customs officers": the nationality of an unknown role
            found = self._actors([c for t in toks for c in t.children
                                  if c.dep_ in ("amod", "compound")], actors)
        if not found:
            for t in toks:
                found.extend(group_of(t))
        return found

    def _code(self, tok: Token, entry: LexEntry, used: list[Token], actors, index,
              group_of, home: ActorRef | None = None,
              places: dict[int, list[ActorRef]] | None = None) -> list[Candidate]:
        is_verb = entry.pos == "verb" and tok.pos_ == "VERB"
        obligation_rule = entry is OBLIGATION_RULE
        topic = False
        evidence = [f"trigger {tok.text!r} ({entry.origin})"]
        source_toks: list[Token] = []
        target_toks: list[Token] = []
        pair_toks: list[Token] = []
        governor = None
        if is_verb:
            if self.passive(tok):
                agent = [p for c in tok.children if c.dep_ == "agent" for p in c.children
                         if p.dep_ == "pobj"]
                source_toks = agent
                if "dobj" in entry.target:
                    target_toks += [c for c in tok.children if c.dep_ == "nsubjpass"]
            elif tok.dep_ == "acl" and tok.tag_ == "VBN":
                # "civilians killed in the strike", "protesters detained by police": the noun
                # the participle modifies is what was done to, never the doer
                source_toks = [p for c in tok.children if c.dep_ == "agent" for p in c.children
                               if p.dep_ == "pobj"]
                if "dobj" in entry.target:
                    target_toks.append(tok.head)
            else:
                source_toks = self.subjects(tok)
                if "dobj" in entry.target:
                    target_toks += [c for c in tok.children if c.dep_ in ("dobj",)]
            if "iobj" in entry.target:
                target_toks += [c for c in tok.children if c.dep_ == "dative"]
        else:
            poss = [c for c in tok.children if c.dep_ == "poss"]
            if "poss" in entry.target:
                target_toks += poss
            else:
                source_toks += poss
            if not source_toks:
                source_toks += [p for c in tok.children if c.dep_ == "agent" or
                                (c.dep_ == "prep" and c.lower_ == "by")
                                for p in c.children if p.dep_ == "pobj"]
            if not source_toks and not poss and actors.get(tok.i):
                source_toks = [tok]  # "Turkish strikes": the trigger's own nationality modifier
            if not source_toks:
                governor = self._governor(tok)
                if governor is not None and governor.i != tok.i and (
                        governor.i in getattr(self, "_triggered", ())
                        or governor.lemma_.lower() in TOPIC_VERBS) and _topic_of(tok) and \
                        governor.i not in {u.i for u in used}:
                    # "rejected the demands", "condemned the attack": the noun names the topic
                    # of another act, not an act of that act's subject
                    evidence.append(f"the act is the object of {governor.text!r}: its actor is "
                                    "only who the phrase itself names")
                    governor, topic = None, True
                if governor is not None:
                    if governor.pos_ == "ADJ":
                        governor = governor.head
                    source_toks = [s for s in self.subjects(governor)
                                   if s.i != tok.i] if governor is not None else []
        # "between A and B" always names both sides, whatever the entry lists
        preps = [p for p in entry.target if p not in ("dobj", "iobj", "poss")] + ["between"]
        if preps:
            holders = [tok, *[u for u in used]]
            if governor is not None:
                holders.append(governor)
            holders += [c for c in tok.children if c.dep_ == "dobj"]
            if tok.dep_ == "pobj" and tok.head.head.lemma_.lower() in QUANTITY_NOUNS:
                holders.append(tok.head.head)  # "a wave of strikes against X"
            for h in holders:
                for c in _own_phrase(h, 4) if h.i == tok.i else h.children:
                    if c.dep_ == "prep" and c.lower_ in preps:
                        objs = [p for p in c.children if p.dep_ == "pobj"]
                        if c.lower_ == "between":
                            pair_toks += objs
                        else:
                            target_toks += objs
        used_ids = {u.i for u in used}
        target_toks = [t for t in target_toks if t.i not in used_ids]
        sources = self._resolve(source_toks, actors, group_of)
        if not sources and is_verb and entry.code[:2] in CONFLICT_ROOTS:
            # "killed in an Israeli airstrike", "wounded by Russian shelling": the weapon's
            # nationality names the attacker
            weapons = [p for c in tok.children if c.dep_ in ("agent", "prep") and c.lower_ in (
                "by", "in", "with", "from") for p in c.children if p.dep_ == "pobj"
                and p.lemma_.lower() in INSTRUMENTS]
            weapons += [c for w in weapons for c in w.children
                        if c.dep_ in ("amod", "compound", "nmod", "poss")]
            sources = [a for a in self._actors(weapons, actors) if a.how != "pronoun"]
            if sources:
                evidence.append(f"source: the weapon's own nationality ({sources[0].text!r})")
        if not sources and is_verb and entry.code[:2] in CONFLICT_ROOTS | {"17"}:
            sources = self._unnamed_actor(tok, entry.code[:2], source_toks, places or {},
                                          evidence)
        targets = self._resolve(target_toks, actors, group_of)
        pairs = self._resolve(pair_toks, actors, group_of)
        if not targets and not pairs and not (entry.reciprocal and len(sources) >= 2):
            # the object named by the pattern may carry the target: "released Palestinian
            # prisoners", "expelled two Indian diplomats" (not "A and B signed an AU-sponsored
            # agreement": there the parties are the subjects)
            targets = self._actors([u for u in used if u.dep_ in ("dobj", "nsubjpass", "pobj")],
                                   actors)
        if len(pairs) >= 2 and entry.addressee == "parties" and sources:
            targets = pairs  # "X launched a mediation effort between A and B": X mediates
        elif len(pairs) >= 2 and (not sources or not is_verb):
            # "talks between A and B", even when someone else hosts them
            sources, targets = pairs, []
            entry = replace(entry, reciprocal=True)
        elif pairs and not targets:
            targets = pairs
        modality, reporter, via = self._modality(tok, actors, group_of)
        if not targets and entry.code[:2] in ADDRESSED_ROOTS:
            # "Poland demanded that Russia return ...": the party addressed is the subject of the
            # complement clause
            for c in tok.children:
                if c.dep_ == "ccomp" and c.lemma_ not in REPORTING:
                    subs = [s for s in c.children if s.dep_ in ("nsubj", "nsubjpass")]
                    targets = [a for a in self._actors(subs, actors)
                               if a.how != "pronoun" and a.code not in {s.code for s in sources}]
                    if targets:
                        evidence.append("target is the subject of the demanded/denounced clause")
        if not targets and sources and not (entry.reciprocal and len(sources) > 1):
            # a meeting's or a statement's venue is not its counterpart ("met in Brussels"); a
            # visit's destination is ("arrived in Amman on a visit")
            venue_only = entry.code[:2] in ("01", "04") and entry.code != "042"
            targets = self._nearest_target(tok, used, sources, actors,
                                           {} if venue_only else places or {})
            if targets:
                evidence.append("target: the nearest other actor in the trigger's phrase" if
                                targets[0].how != "place" else
                                f"target: the country of the place of the act, {targets[0].text!r}")
                entry = replace(entry, reciprocal=False)  # a guessed target is one way only
        if not targets and sources and entry.code[:2] not in TARGETLESS_OK and not (
                entry.reciprocal and len(sources) > 1):
            targets = self._sentence_counterpart(tok, entry.code, sources, actors, places or {},
                                                 evidence)
            if targets:
                entry = replace(entry, reciprocal=False)
        if entry.code[:2] == "14" and all(t.how == "place" and t.country in {
                s.country for s in sources} for t in targets):
            # a demonstration or strike that names no one it is aimed at: the authorities of the
            # protesters' own country
            targets = [replace(s, code=s.country + "GOV", agent="GOV", how="inferred",
                               name=s.name) for s in sources
                       if s.country and s.agent != "GOV" and s.how != "pronoun"][:1]
            if targets:
                evidence[:] = [e for e in evidence if not e.startswith("target: the country")]
                evidence.append("target inferred: a protest that names no addressee is aimed at "
                                f"the government of {targets[0].country}")
        if reporter is not None and reporter.country:
            sources = [_in_country(a, reporter, evidence) for a in sources]
            targets = [_in_country(a, reporter, evidence) for a in targets]
        if home is not None:
            why = "the only country named in the sentence"
            sources = [_in_country(a, home, evidence, why) for a in sources]
            targets = [_in_country(a, home, evidence, why) for a in targets]
        code = entry.code
        if not sources and reporter is not None and code[:2] in VERBAL_ROOTS and not topic and (
                not is_verb or all(t.pos_ == "PRON" for t in source_toks)):
            # not when the verb has its own subject that is simply unknown ("the wing refused")
            sources = [reporter]  # a verbal act inside reported speech belongs to the speaker
            evidence.append("source is the speaker of the reported statement")
        demand = self.k.demand_for(code) or (code if obligation_rule else None)
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
            refusal = self.k.refusal_for(code)
            if refusal and sources:
                evidence.append(f"refused act {code}: coded as the rejection {refusal}")
                code, modality = refusal, "asserted"
            else:
                modality = "negated"
        intent = self.k.intent_for(code)
        if modality == "future" and intent and sources and (
                reporter is None or reporter.country is None
                or all(s.country == reporter.country for s in sources)
                or code[:2] <= "08" and any(t.country == reporter.country for t in targets)):
            # announced by the actor, or (a visit, aid, talks) confirmed by its counterpart
            # "Finland will give Tanzania a grant": announcing an act is the event (an intent,
            # or a threat for a hostile act)
            evidence.append(f"announced act {code}: coded as {intent}")
            code, modality = intent, "asserted"
        if not is_verb and modality in ("asserted", "claimed") and (
                why := background(tok)) is not None:
            evidence.append(f"background: {why}")
            modality = "background"
        own = {s.country for s in sources if s.country}
        targets = [t for t in targets if not (t.how == "possessive" and t.country in own)]
        dyads = _dyads(sources, targets, entry.reciprocal)
        out = []
        for s, t in dyads:
            out.append(Candidate(index, tok, entry, code, s, t, modality, reporter, via,
                                 evidence=list(evidence)))
        return out

    def _unnamed_actor(self, verb: Token, root: str, source_toks: list[Token], places,
                       evidence: list[str]) -> list[ActorRef]:
        """"Three soldiers were killed by a roadside bomb near Samarra", "a blast in Kabul
        killed ...": violence with no named perpetrator is coded to an unidentified armed group
        (UAF) of the country where it happened; "was arrested in Beirut": a coercive act with no
        named agent to that country's authorities (GOV). Only when the sentence places it in
        one country."""
        if self.passive(verb):
            if any(t.lemma_.lower() not in INSTRUMENTS for t in source_toks):
                return []
        elif root == "17" or not source_toks or any(
                t.lemma_.lower() not in INSTRUMENTS for t in source_toks):
            return []
        own = [r for t in _own_phrase(verb, 3) for r in places.get(t.i, [])]
        refs = [(abs(i - verb.i), r) for i, rs in places.items() for r in rs]
        if not own and len({r.country for _, r in refs}) != 1:
            return []
        place = own[0] if own else min(refs, key=lambda dr: dr[0])[1]
        agent = "GOV" if root == "17" else "UAF"
        who = "the authorities" if agent == "GOV" else "an unidentified armed group"
        evidence.append(f"source: no agent named; {who} of {place.country}, the country of "
                        f"{place.text!r}")
        return [replace(place, code=place.country + agent, agent=agent, how="unidentified")]

    def _modality(self, tok: Token, actors, group_of):
        """Walk up the clause chain: negation, denial, conditions, hypotheticals, future tense,
        and the topmost reporting verb (who says so)."""
        modality = "asserted"
        reporter: ActorRef | None = None
        via: Token | None = None
        t = tok
        came_from = None
        backshift = False
        steps = 0
        while steps < 12:
            steps += 1
            kids = list(t.children)
            aux = {c.lower_ for c in kids if c.dep_ in ("aux", "auxpass")}
            if any(c.dep_ == "neg" for c in kids) and modality == "asserted":
                # "will not accept", "would not meet": a refusal; "did not attack": negated
                modality = "refused" if t.i == tok.i and aux & {"will", "would", "wo", "'ll"} \
                    else "negated"
            if modality == "asserted" and aux & OBLIGATION_AUX:
                modality = "obligation"
            if modality == "asserted" and aux & HYPOTHETICAL_AUX:
                modality = "hypothetical"
                backshift = aux & HYPOTHETICAL_AUX == {"would"}
            if modality == "asserted" and aux & FUTURE_AUX:
                modality = "future"
            if t.dep_ == "xcomp" and modality in ("asserted", "future"):
                if t.head.lemma_ in ("refuse", "decline") and t.i == tok.i:
                    modality = "refused"  # "refused to end the strike"
                elif t.head.lemma_ in OBJECT_CONTROL or t.head.lemma_ in WISH:
                    modality = "hypothetical"  # urged / wanted to do it: not done
                elif t.head.lemma_ in INTENT:
                    modality = "future"
            if t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("if", "unless")
                                         for c in kids) and modality in ("asserted", "future"):
                modality = "conditional"
            if t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "until"
                                         for c in kids) and modality == "asserted":
                modality = "hypothetical"  # "will fight until they gain control": a goal
            if t.i == tok.i and tok.pos_ == "NOUN" and t.dep_ == "dobj" and modality == "asserted":
                if t.head.lemma_ in INTENT:
                    modality = "future"  # "is preparing a major offensive"
                elif t.head.lemma_ in WISH or t.head.lemma_ in OBJECT_CONTROL:
                    modality = "hypothetical"  # "sought a meeting": wanted, not held
            if (t.i != tok.i and came_from is not None and came_from.dep_ in ("ccomp", "parataxis")
                    and not coordination_misparse(came_from, t)):
                if t.lemma_ in REPORTING and t.pos_ == "VERB":
                    if modality == "hypothetical" and backshift and t.tag_ == "VBD":
                        modality = "future"  # "said Ankara would host talks": reported "will"
                    speakers = self._resolve(self.subjects(t), actors, group_of)
                    if speakers:
                        reporter = speakers[0]
                    via = outlet(t, actors) or via
                    if modality == "asserted" and any(c.dep_ == "neg" for c in kids):
                        modality = "negated"
                elif t.lemma_ in REQUESTING and modality in ("asserted", "future"):
                    modality = "hypothetical"  # demanded or urged, not done
                elif t.lemma_ in DENYING and modality == "asserted":
                    modality = "denied"
                    speakers = self._resolve(self.subjects(t), actors, group_of)
                    reporter = speakers[0] if speakers else reporter
            for c in kids:  # "according to X"; "according to state media" names an outlet
                if c.dep_ == "prep" and c.lower_ == "according":
                    for p in c.subtree:
                        if p.dep_ == "pobj" and actors.get(p.i):
                            if _is_media(actors[p.i]):
                                via = p
                            else:
                                reporter = actors[p.i][0]
            if t.head.i == t.i:
                break
            came_from, t = t, t.head
        if reporter is not None and modality == "asserted":
            modality = "claimed"  # refined by the caller once the source is known
        if modality == "obligation" and reporter is None:
            modality = "hypothetical"
        return modality, reporter, via

    def _nearest_target(self, tok: Token, used: list[Token], sources: list[ActorRef], actors,
                        places) -> list[ActorRef]:
        """Fallback when no slot of the entry names a target: the closest actor in the trigger's
        own phrase ("set up a research centre in Tokyo", "sent troops to Mali"), else a country
        named there as a place."""
        codes = {s.code for s in sources}
        taken = codes | {s.country for s in sources if s.country}
        phrase = [t for t in _own_phrase(tok, 4) if not _aside(t, tok)]
        for pool in (actors, places):
            best = None
            for t in phrase:
                # not the source's own forces ("drew down its forces in Iraq"); but the source's
                # own country as the place of the act ("imposed a curfew in Cizre")
                refs = [a for a in pool.get(t.i, []) if a.code not in codes and a.how != "pronoun"
                        and (pool is places or (a.country or a.code) not in taken
                             or a.how in ("name", "title", "person") and a.agent)]
                if refs and (best is None or abs(t.i - tok.i) < abs(best[0].i - tok.i)):
                    best = (t, refs)
            if best:
                return self._actors([best[0]], pool) if pool is actors else best[1]
        return []

    def _sentence_counterpart(self, tok: Token, code: str, sources: list[ActorRef], actors,
                              places, evidence: list[str]) -> list[ActorRef]:
        """The target the sentence implies when no slot names one: the one other country the
        sentence names ("The coalition launched airstrikes targeting Sanaa", "the EU held out
        an olive branch if Moscow ..."), or, for coercion, violence and protest in a sentence
        that names no other country, the source's own country ("Police arrested 53 people")."""
        own = {s.country for s in sources if s.country}
        if not own:
            return []
        sent = tok.sent
        others: dict[str, ActorRef] = {}
        venue_only = code[:2] in ("01", "04") and code != "042"  # "talks in Nairobi"
        for pool in (actors,) if venue_only else (actors, places):
            for i, refs in pool.items():
                if not sent.start <= i < sent.end or _aside(sent.doc[i], tok):
                    continue
                for r in refs:
                    if r.country and r.country not in own and r.how != "pronoun":
                        others.setdefault(r.country, r)
        if len(others) == 1:
            (country, ref), = others.items()
            evidence.append(f"target inferred: the one other country in the sentence, "
                            f"{ref.text!r}")
            return [replace(ref, code=country, agent=None, how="inferred",
                            name=self.k.countries[country]["name"]
                            if country in self.k.countries else ref.name)]
        src = sources[0]
        if not others and tok.pos_ == "VERB" and tok.lemma_.lower() not in REPORTING and \
                code[:2] in DOMESTIC_ROOTS and src.code != src.country:
            evidence.append(f"target inferred: an act at home, in a sentence that names no "
                            f"other country ({src.country})")
            return [replace(src, code=src.country, agent=None, how="inferred",
                            name=self.k.countries[src.country]["name"]
                            if src.country in self.k.countries else src.name)]
        return []

    # -- the article --------------------------------------------------------------------
    def finish(self, cands: list[Candidate]) -> list[Candidate]:
        """Give targets to calls for a ceasefire and offers to mediate that name none: the
        parties of the article's fighting."""
        pairs: Counter = Counter()
        rep: dict[str, ActorRef] = {}
        for c in cands:
            if c.code[:2] in CONFLICT_ROOTS and c.target is not None and c.modality in (
                    "asserted", "claimed"):
                a, b = c.source.country, c.target.country
                if a and b and a != b:
                    pairs[frozenset((a, b))] += 3 if c.entry.reciprocal else 1
                    rep.setdefault(a, c.source)
                    rep.setdefault(b, c.target)
        parties = list(pairs.most_common(1)[0][0]) if pairs else []
        out = []
        for c in cands:
            if c.target is None and c.entry.addressee == "parties" and parties:
                src = c.source.country
                for p in sorted(parties):
                    if p != src:
                        party = replace(rep[p], code=p, agent=None, how="inferred",
                                        name=self.k.countries[p]["name"])
                        out.append(replace(c, target=party, inferred_target=True, evidence=[
                            *c.evidence, "target inferred: a party to the fighting in this "
                            "article"]))
                continue
            out.append(c)
        return out


def _in_country(actor: ActorRef, context: ActorRef, evidence: list[str],
                why: str = "the speaker's own") -> ActorRef:
    """In a party's own statement, "the army" or "the government" with no country is its own;
    in a sentence that names one country only, "police" or "rebels" are that country's."""
    if actor.country is None and actor.agent is not None and actor.how in ("agent", "pronoun"):
        evidence.append(f"{actor.text!r} read as {context.country}: {why}")
        return replace(actor, code=context.country + actor.agent, country=context.country,
                       how="context")
    return actor


def _is_media(refs) -> bool:
    return bool(refs) and refs[0].code.endswith("MED")


def outlet(verb: Token, actors) -> Token | None:
    """The outlet a statement came through: "told AFP", "quoted by Interfax"."""
    for c in verb.children:
        if c.dep_ in ("dative", "dobj") and _is_media(actors.get(c.i)):
            return c
        if c.lemma_ == "quote":
            for a in c.children:
                for p in a.children:
                    if a.dep_ == "agent" and p.dep_ == "pobj" and _is_media(actors.get(p.i)):
                        return p
    return None


def coordination_misparse(clause: Token, verb: Token) -> bool:
    """"A backed B and on Tuesday C said ...": the parser makes the first clause the object of
    "said"; a dangling "and" (a conjunction with nothing coordinated) at its end gives it away."""
    if clause.i > verb.i:
        return False
    for t in clause.subtree:
        if t.dep_ == "cc" and t.lower_ in ("and", "but") and not any(
                c.dep_ == "conj" for c in t.head.children):
            return True
    return False


def _weapon_names_the_attack(matches: list) -> list:
    """"A roadside bomb killed three soldiers", "killed by a car bomb", "died in a suicide
    bombing": a killing verb whose weapon is itself a bombing trigger is that bombing (one
    event, with the bombing's more specific code), not a killing plus a bombing."""
    by_token = {m[0].i: m for m in matches}
    merged: dict[int, tuple] = {}
    dropped: set[int] = set()
    for tok, entry, used in matches:
        if tok.pos_ != "VERB" or entry.code[:2] not in CONFLICT_ROOTS:
            continue
        weapons = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
        weapons += [p for c in tok.children if c.dep_ in ("agent", "prep") and c.lower_ in (
            "by", "in", "with") for p in c.children if p.dep_ == "pobj"]
        for w in weapons:
            m = by_token.get(w.i)
            if m and m[1].code.startswith("183") and w.lemma_.lower() in INSTRUMENTS:
                origin = f"{entry.origin}; the weapon {w.text!r} names the attack ({m[1].origin})"
                merged[tok.i] = (tok, replace(entry, code=m[1].code, origin=origin),
                                 [*used, *m[2]])
                dropped.add(w.i)
                break
    return [merged.get(m[0].i, m) for m in matches if m[0].i not in dropped]


TOPIC_VERBS = frozenset({"report", "describe", "cite", "mention", "discuss", "witness", "see",
                         "cover", "recall", "document", "record", "film", "watch", "hear",
                         "monitor", "follow", "analyse", "analyze", "study", "remember", "fear"})
"""Verbs whose object noun is what they tell of, not their subject's act ("state television
reported the strikes", "the two presidents discussed the exchange of prisoners")."""
TOPIC_PREPS = frozenset({"about", "for", "of", "to", "regarding", "concerning", "into"})


def _topic_of(tok: Token) -> bool:
    """Whether a noun is what its governing verb is about (its object, or the object of "about",
    "for", "of" ...), rather than an adjunct ("captured the town after fierce fighting")."""
    t = tok
    while t.dep_ in ("compound", "appos", "conj") and t.head.i != t.i:
        t = t.head
    if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lemma_.lower() in QUANTITY_NOUNS:
        t = t.head.head
    if t.dep_ == "pobj":
        return t.head.lower_ in TOPIC_PREPS
    return t.dep_ in ("dobj", "nsubjpass", "dative", "attr", "oprd")


def background(tok: Token) -> str | None:
    """Why a noun event is background to its sentence, or None: inside a background phrase
    ("over Russia's invasion", "in response to the attack", "ahead of the talks") or a standing
    relation ("is in an alliance with", "has close ties with")."""
    t = tok
    while t.dep_ in ("compound", "conj", "appos", "amod") and t.head.i != t.i:
        t = t.head
    if t.dep_ == "pobj" and t.head.i != t.i:
        prep = t.head
        if prep.lower_ in BACKGROUND_PREPS:
            return f"in a {prep.lower_!r} phrase"
        frame = prep.head
        if frame.lemma_.lower() in BACKGROUND_FRAMES or (
                frame.dep_ == "pobj" and frame.head.lower_ in ("in", "of")
                and frame.lemma_.lower() in BACKGROUND_FRAMES):
            return f"in an {frame.text!r} phrase"
        if prep.dep_ == "prep" and frame.lemma_.lower() in STATIVE and frame.pos_ in ("AUX",
                                                                                    "VERB"):
            return f"a standing relation ({frame.text!r})"
    if t.dep_ == "dobj" and t.head.lemma_.lower() in STATIVE:
        return f"a standing relation ({t.head.text!r})"
    return None


def _aside(t: Token, trigger: Token) -> bool:
    """Whether `t` sits in a background phrase of the trigger ("despite Israel's wish")."""
    node = t
    while node.i != trigger.i and node.head.i != node.i:
        if node.dep_ == "prep" and node.lower_ in ASIDE:
            return True
        node = node.head
    return False


def _own_phrase(tok: Token, depth: int) -> list[Token]:
    """The trigger's dependents up to `depth` arcs, not entering subjects or other clauses."""
    out, frontier = [], [tok]
    for _ in range(depth):
        frontier = [c for t in frontier for c in t.children if c.dep_ not in CLAUSE_DEPS]
        out.extend(frontier)
    return out


def _dyads(sources: list[ActorRef], targets: list[ActorRef], reciprocal: bool):
    out = []
    if not sources:
        return out
    if targets:
        for s in sources:
            for t in targets:
                if s.code != t.code:
                    out.append((s, t))
                    if reciprocal:
                        out.append((t, s))
    elif reciprocal and len(sources) >= 2:
        for s in sources:
            for t in sources:
                if s.code != t.code:
                    out.append((s, t))
    else:
        out.extend((s, None) for s in sources)
    seen, uniq = set(), []
    for s, t in out:
        key = (s.code, s.span, t.code if t else None, t.span if t else None)
        if key not in seen and not (t is not None and s.code == t.code and s.span == t.span):
            seen.add(key)
            uniq.append((s, t))
    return uniq
