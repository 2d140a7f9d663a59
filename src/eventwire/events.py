"""Events: lexicon triggers + syntax → who did what to whom, with modality and attribution.

Stage contract: `EventFinder.sentence(sent, actors, state)` needs a parsed sentence, the actors
found for it (token index → actors) and the article's coreference state; it returns `Candidate`s.
`EventFinder.finish(candidates)` fills targets that only the whole article can give (the parties
of the fighting, for calls for a ceasefire and offers to mediate).
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Token

from .coreference import Coreference
from .anaphora import anaphor, counterpart_from_before, doer_of_object_act
from .candidate import Candidate
from .knowledge import Knowledge, LexEntry
from .modality import OBLIGATION_AUX, REPORTING, modality
from .recode import recode
from .records import ActorRef
from .slots import ASKING_ROOTS, find_slots
from .syntax import (
    INSTRUMENTS,
    included,
    subjects,
)
from .syntax import governor as governing_verb
from .syntax import phrase as phrase_lemmas
from .targets import (
    CARRIED_ROOTS,
    CONFLICT_ROOTS,
    LEGAL_CODES,
    TARGETLESS_OK,
    actors_of,
    aid_destination,
    at_home,
    authority_of_target,
    carrier_senders,
    civilians_at,
    dyads,
    holder_and_public,
    in_country,
    nearest_target,
    parties_of_fighting,
    protesters_at,
    sentence_counterpart,
    unnamed_actor,
    unnamed_attacker,
)

ADDRESSED_ROOTS = frozenset({"02", "10", "11", "12", "13"})
SCORE = re.compile(r"\b\d{1,2}\s?[-\u2013]\s?\d{1,2}\b(?!\s*(?:year|month|day|week))")
"""A match score ("3-1", "1 - 0") in a sentence marks sport: no force or violence is coded."""
SPORT = frozenset({"olympics", "olympic", "tournament", "championship", "footballer",
                   "goalkeeper", "midfielder", "medal", "semifinal", "quarterfinal",
                   "qualifier", "scorer", "marathon", "paralympics"})
"""Words only sport uses (not "league", "goal" or "match": the Arab League, a policy goal): a
sentence with one codes no force or violence ("beat Brazil on the way to Olympic gold")."""
GROUP_NOUNS = frozenset({"country", "nation", "state", "government", "body", "organisation",
                         "organization", "leader", "member", "power", "ally", "capital"})
"""Plural subjects that stand for the members an "including" phrase lists."""

OBLIGATION_RULE = LexEntry(
    code="100", pos="verb", lemmas=frozenset(), target=(), origin="rule: in a party's words, "
    "another party must do something (a demand, whatever the act)")

REQUEST_RULE = LexEntry(
    code="020", pos="verb", lemmas=frozenset(), target=("dobj",), origin="rule: a party asked or "
    "pressed another to act (a request; the act asked for gives the code)")
REQUEST_VERBS = frozenset({"ask", "press", "push", "pressure", "implore", "beseech", "exhort"})
"""Verbs that ask their object to do what their to-infinitive says: "Washington pressed Beijing to
curb exports" is a request of Beijing whatever the act, when no lexicon entry codes the verb."""

ASKING_REACH = 5
ASKING_PREPS = frozenset({"for", "to", "on", "upon", "of", "from", "with", "toward", "towards",
                          "against", "over", "about"})
"""Appeals (02) and demands (10) name what they ask for far from the asking word: "appealed to
donors for food aid" (the "for" hangs on "donors"), "called for an end to the fighting", "made an
appeal to both sides to resume talks". Their entries' `with` and `without` look ASKING_REACH arcs
deep and into the to-infinitive that says what is asked, through objects and ASKING_PREPS only,
not a setting ("in the preamble to the negotiation, X advocated ...", "pressed for a role in the
talks"); within 3 arcs they see what every other entry sees."""

PRESS_QUESTIONS = frozenset({"comment", "elaborate"})
"""What reporters ask an official to do ("asked the minister to comment"): no request."""


def request_of(tok: Token) -> Token | None:
    """The act asked for, when `tok` is a verb of REQUEST_VERBS with an object and a
    to-infinitive ("asked Germany to supply tanks"): the infinitive's verb."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in REQUEST_VERBS or not any(
            c.dep_ == "dobj" for c in tok.children):
        return None
    return next((c for c in tok.children if c.dep_ in ("xcomp", "advcl") and c.pos_ == "VERB"
                 and c.lemma_.lower() not in PRESS_QUESTIONS
                 and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)


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

    def match(self, tok: Token) -> tuple[LexEntry, list[Token]] | None:
        entries = self._entries(tok)
        if not entries:
            return None
        near = phrase_lemmas(tok)
        deep = None
        best = None
        for e in entries:
            if e.particle and not any(c.dep_ == "prt" and c.lower_ == e.particle
                                      for c in tok.children):
                continue
            phrase = near
            if e.code[:2] in ASKING_ROOTS:
                if deep is None:
                    deep = dict(near)
                    for lemma, t in phrase_lemmas(tok, ASKING_REACH, infinitives=True,
                                                  preps=ASKING_PREPS).items():
                        deep.setdefault(lemma, t)
                phrase = deep
            used = []
            for alts in e.with_:
                # the nearest word of the phrase that is one of the alternatives (the phrase is
                # in breadth-first order; `alts` is a set, whose order changes with the hash seed)
                hit = next((t for lemma, t in phrase.items() if lemma in alts), None)
                if hit is None:
                    break
                used.append(hit)
            else:
                if e.without and any(w in phrase for w in e.without):
                    continue
                if best is None or e.specificity > best[0].specificity:
                    best = (e, used)
        return best

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
        if any(m[1].code[:2] in CONFLICT_ROOTS for m in matches) and (
                SCORE.search(sent.text) or any(t.lemma_.lower() in SPORT for t in sent)):
            # "Argentina beat Brazil 1-0", "... on the way to Olympic gold": sport, not force
            matches = [m for m in matches if m[1].code[:2] not in CONFLICT_ROOTS]
        triggered = {m[0].i for m in matches}
        # "agreed to lift the sanctions": the act agreed to is the event, not the agreeing
        # (only the bare "agree": "agreed to undertake joint exercises" is its own entry)
        matches = [m for m in matches if not (m[0].lemma_ == "agree" and not m[2] and any(
            c.dep_ == "xcomp" and c.i in triggered for c in m[0].children))]
        triggered = {m[0].i for m in matches}
        # "China rejected Japan's request for ...", "Belarus ignored the EU's demand for ...": a
        # call or demand that another event's trigger takes as its argument is that event's
        # topic, not an act of its own (the act coded is the rejection)
        matches = [m for m in matches if not (
            m[1].code[:2] in ASKING_ROOTS and m[0].pos_ == "NOUN"
            and (g := governing_verb(m[0])) is not None and g.i in triggered)]
        triggered = {m[0].i for m in matches}
        for tok in sent:
            if tok.i not in triggered and tok.pos_ in ("VERB", "AUX") and any(
                    c.dep_ == "aux" and c.lower_ in OBLIGATION_AUX for c in tok.children):
                matches.append((tok, OBLIGATION_RULE, []))
            elif tok.i not in triggered and (act := request_of(tok)) is not None:
                matches.append((tok, self._request(act, matches), []))
        # more specific matches first; words they use cannot trigger again
        matches.sort(key=lambda m: m[1].specificity, reverse=True)
        consumed: set[int] = set()
        out: list[Candidate] = []
        for tok, entry, used in matches:
            if tok.i in consumed:
                continue
            for u in used:  # the with-words and every word between them and the trigger
                if u.is_ancestor(tok):  # the governing verb of a noun trigger ("arrived")
                    consumed.add(u.i)
                    continue
                node = u
                while node.i != tok.i and node.head.i != node.i and node.i not in consumed:
                    consumed.add(node.i)
                    node = node.head
            got = self._code(tok, entry, used, actors, index, group_of, home, places or {},
                             triggered)
            if got and all(c.target is None for c in got):
                counterpart_from_before(got, index, state)
            if got and all(c.target is None for c in got):
                doer_of_object_act(got, tok, index, state, self._entries)
            if got or entry.addressee == "public":  # an election is never "the attack"
                out.extend(got)
                continue
            got = anaphor(tok, entry, index, state, lambda t: self._modality(t, actors, group_of))
            if not got and entry.code[:2] in CONFLICT_ROOTS and tok.pos_ == "NOUN":
                # no act before it takes up: an attack whose attacker no one names
                got = self._code(tok, entry, used, actors, index, group_of, home, places or {},
                                 triggered, guess_attacker=True)
            out.extend(got)
        named = frozenset(r.country for pool in (actors, places or {}) for refs in pool.values()
                          for r in refs if r.country and r.how != "pronoun")
        for c in out:
            c.countries = named
        return out

    def _request(self, act: Token, matches) -> LexEntry:
        """The request rule for one asked-for act: the appeal (02) parallel to the demand (10)
        for that act's code ("asked Uganda to extradite" → 1013 → 0213), else 020."""
        asked = next((m[1].code for m in matches if m[0].i == act.i), None)
        demand = self.k.demand_for(asked) if asked else None
        code = "02" + demand[2:] if demand and demand.startswith("10") else "020"
        return replace(REQUEST_RULE, code=code if code in self.k.codebook else "020")

    def _resolve(self, toks, actors, group_of) -> list[ActorRef]:
        found = actors_of(toks, actors)
        if not found:  # "the Togolese customs officers": the nationality of an unknown role
            found = actors_of([c for t in toks for c in t.children
                                  if c.dep_ in ("amod", "compound")], actors)
        if not found:
            for t in toks:
                found.extend(group_of(t))
        return found

    def _code(self, tok: Token, entry: LexEntry, used: list[Token], actors, index,
              group_of, home: ActorRef | None = None,
              places: dict[int, list[ActorRef]] | None = None,
              triggered: set[int] | frozenset[int] = frozenset(),
              guess_attacker: bool = False) -> list[Candidate]:
        """The candidates of one matched trigger; `triggered` holds the sentence's other
        triggers (a noun that is the object of one of them is not its subject's act).
        `guess_attacker`: a noun of violence with no attacker may be an unidentified group's."""
        is_verb = entry.pos == "verb" and tok.pos_ == "VERB"
        obligation_rule = entry is OBLIGATION_RULE
        evidence = [f"trigger {tok.text!r} ({entry.origin})"]
        if entry.addressee == "public":
            if tok.dep_ == "dobj" and tok.head.i in triggered:
                return []  # "discussed the elections", "condemned the vote": a topic, not held
            return self._public(tok, entry, index, actors, group_of, home, evidence)
        slots = find_slots(tok, entry, used, actors, triggered, is_verb, evidence)
        source_toks, target_toks, pair_toks = slots.sources, slots.targets, slots.pairs
        topic = slots.topic
        used_ids = {u.i for u in used}
        target_toks = [t for t in target_toks if t.i not in used_ids]
        sources = self._resolve(source_toks, actors, group_of)
        listed = False  # sources are the members of a group listed with "including"
        if not sources and any(t.lemma_.lower() in GROUP_NOUNS for t in source_toks + [
                p for t in source_toks for c in t.children if c.dep_ == "prep" and
                c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]):
            # "Several countries have condemned the strikes, including Turkey, Jordan and Egypt",
            # "a handful of countries including China and Pakistan": the members listed act
            sources = actors_of(included(tok.subtree), actors)
            listed = bool(sources)
            if sources:
                evidence.append("sources: the members an 'including' phrase lists")
        if not sources and entry.code[:2] in CARRIED_ROOTS:
            sources = carrier_senders(tok, source_toks, actors, evidence)
        if not sources and is_verb and entry.code[:2] in CONFLICT_ROOTS:
            # "killed in an Israeli airstrike", "wounded by Russian shelling": the weapon's
            # nationality names the attacker
            weapons = [p for c in tok.children if c.dep_ in ("agent", "prep") and c.lower_ in (
                "by", "in", "with", "from") for p in c.children if p.dep_ == "pobj"
                and p.lemma_.lower() in INSTRUMENTS]
            weapons += [c for w in weapons for c in w.children
                        if c.dep_ in ("amod", "compound", "nmod", "poss")]
            sources = [a for a in actors_of(weapons, actors) if a.how != "pronoun"]
            if sources:
                evidence.append(f"source: the weapon's own nationality ({sources[0].text!r})")
        if not sources and is_verb and (entry.code[:2] in CONFLICT_ROOTS | {"17"}
                                        or entry.code in LEGAL_CODES):
            sources = unnamed_actor(tok, entry.code, source_toks, places or {}, evidence)
        unnamed = False
        if not sources and guess_attacker and not topic and not source_toks:
            sources = unnamed_attacker(tok, places or {}, evidence)
            unnamed = bool(sources)
        targets = self._resolve(target_toks, actors, group_of)
        if not sources and is_verb and not source_toks:
            sources = authority_of_target(tok, entry.code, targets, evidence)
        if not sources and entry.code[:2] == "14" and not any(
                actors.get(t.i) for t in source_toks) and (used or tok.lemma_ != "strike"):
            # (a bare "the strikes" with no striker named is as often an air strike); "Lima saw
            # the largest protest": a place that sees a protest is where it happens
            g = governing_verb(tok) if topic else None
            seen_in = subjects(g) if g is not None and g.lemma_ in ("see", "witness") else []
            if not topic or seen_in:
                sources = protesters_at(tok, source_toks + seen_in, places or {}, home,
                                        evidence)
        if not targets and entry.code[:2] in CONFLICT_ROOTS:
            for t in [*target_toks, *(u for u in used if u.dep_ in ("dobj", "nsubjpass"))]:
                targets = civilians_at(t, places or {}, home, sources, evidence,
                                       nowhere=_names_no_country(actors, places))
                if targets:
                    break
        named = [a for a in actors_of(included(c for t in target_toks for c in t.children),
                                      actors)
                 if a.country or a.code[:3] in ("IGO", "NGO", "IMG")]
        if named and all(a.country is None or a.how in ("agent", "context") for a in targets):
            # "arrest warrants for several judges, including ICC Judge Tomoko Akane"
            targets = named
            evidence.append("target: the members an 'including' phrase names")
        pairs = self._resolve(pair_toks, actors, group_of)
        if not targets and not pairs and not (entry.reciprocal and len(sources) >= 2):
            # the object named by the pattern may carry the target: "released Palestinian
            # prisoners", "expelled two Indian diplomats" (not "A and B signed an AU-sponsored
            # agreement": there the parties are the subjects)
            targets = actors_of([u for u in used if u.dep_ in ("dobj", "nsubjpass", "pobj")],
                                   actors)
            if entry.code[:2] == "07":
                # "set up a field hospital in Syria": the aid given is no recipient, unless its
                # phrase names whose it is ("evacuated wounded Palestinian children")
                targets = [a for a in targets if a.country or not a.agent]
        if len(pairs) >= 2 and entry.addressee == "parties" and sources:
            targets = pairs  # "X launched a mediation effort between A and B": X mediates
        elif len(pairs) >= 2 and (not sources or not is_verb):
            # "talks between A and B", even when someone else hosts them
            sources, targets = pairs, []
            entry = replace(entry, reciprocal=True)
        elif pairs and not targets:
            targets = pairs
        own = {s.country for s in sources}
        if not pairs and not entry.reciprocal and not listed and "03" <= entry.code[:2] <= "08" \
                and None not in own and len(own) == 2 and all(t.country in own for t in targets):
            # "Kazakhstan and Uzbekistan inked documents", "both leaders agreed", "A and B
            # reaffirmed their commitment": two parties that cooperate and name no one else act
            # toward each other
            entry, targets = replace(entry, reciprocal=True), []
            evidence.append("two parties acting together and naming no one else: each is the "
                            "other's counterpart")
        modality, reporter, via = self._modality(tok, actors, group_of)
        if not targets and entry.code[:2] in ADDRESSED_ROOTS:
            # "Poland demanded that Russia return ...": the party addressed is the subject of the
            # complement clause
            for c in tok.children:
                if c.dep_ == "ccomp" and c.lemma_ not in REPORTING:
                    subs = [s for s in c.children if s.dep_ in ("nsubj", "nsubjpass")]
                    targets = [a for a in actors_of(subs, actors)
                               if a.how != "pronoun" and a.code not in {s.code for s in sources}]
                    if targets:
                        evidence.append("target is the subject of the demanded/denounced clause")
        if not targets and sources and not (entry.reciprocal and len(sources) > 1):
            # a meeting's or a statement's venue is not its counterpart ("met in Brussels"); a
            # visit's destination is ("arrived in Amman on a visit")
            venue_only = entry.code[:2] in ("01", "04") and entry.code != "042"
            targets = nearest_target(tok, used, sources, actors,
                                           {} if venue_only else places or {})
            if targets:
                evidence.append("target: the nearest other actor in the trigger's phrase" if
                                targets[0].how != "place" else
                                f"target: the country of the place of the act, {targets[0].text!r}")
                entry = replace(entry, reciprocal=False)  # a guessed target is one way only
        if not targets and unnamed:
            # an unidentified attacker's act is aimed at home, never at another country the
            # sentence happens to name
            targets = [t for t in [at_home(self.k, tok, entry.code, sources[0], evidence)] if t]
        elif not targets and sources and entry.code[:2] not in TARGETLESS_OK and not (
                entry.reciprocal and len(sources) > 1):
            targets = sentence_counterpart(self.k, tok, entry.code, sources, actors, places or {},
                                                 evidence)
            if targets:
                entry = replace(entry, reciprocal=False)
        if not targets and sources and entry.code[:2] == "07":
            targets = aid_destination(tok, places or {}, evidence)
        if reporter is not None and reporter.country:
            sources = [in_country(a, reporter, evidence) for a in sources]
            targets = [in_country(a, reporter, evidence) for a in targets]
        if entry.code[:2] in CONFLICT_ROOTS:
            # "69 villagers were killed by Boko Haram": the victims of an armed group fighting at
            # home are of its country
            armed = next((s for s in sources if s.country and s.code[3:6] in ("REB", "UAF")),
                         None)
            if armed is not None:
                targets = [in_country(t, armed, evidence, "the country of the armed group that "
                                      "attacked them") for t in targets]
        if home is not None:
            why = "the only country named in the sentence"
            if not (entry.code[:2] <= "13" and any(
                    t.country == home.country and t.how == "name" for t in targets)):
                # but "Prime Minister X thanked Kenya": a party addressing a country by name
                # is not of that country
                sources = [in_country(a, home, evidence, why) for a in sources]
            targets = [in_country(a, home, evidence, why) for a in targets]
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
            elif sources and _names_no_country(actors, places) and all(
                    s.country is None and s.agent not in (None, "GOV") and s.how == "agent"
                    for s in sources):
                # "Truck drivers blocked the main road in protest": in a sentence that names no
                # country, the government of the protesters' unnamed country (which the
                # article's country fills when there is one)
                targets = [ActorRef("GOV", None, "GOV", tok.text, "government",
                                    (tok.idx, tok.idx + len(tok.text)), "agent")]
                evidence.append("target inferred: a protest that names no addressee is aimed at "
                                "the government of a country the sentence does not name")
        entry, code, modality, sources, targets = recode(
            self.k, tok, entry, modality, sources, targets, reporter, evidence,
            is_verb=is_verb, topic=topic, source_toks=source_toks,
            obligation_rule=obligation_rule)
        own = {s.country for s in sources if s.country}
        targets = [t for t in targets if not (t.how == "possessive" and t.country in own)]
        out = []
        for s, t in dyads(sources, targets, entry.reciprocal):
            out.append(Candidate(index, tok, entry, code, s, t, modality, reporter, via,
                                 evidence=list(evidence), unnamed=unnamed))
        return out

    def _public(self, tok: Token, entry: LexEntry, index: int, actors, group_of,
                home: ActorRef | None, evidence: list[str]) -> list[Candidate]:
        """An act the state does toward its public (an election held): its actors come from
        the country, not from the grammar (targets.holder_and_public)."""
        pair = holder_and_public(tok, actors, home, evidence)
        if pair is None:
            return []
        modality, reporter, via = self._modality(tok, actors, group_of)
        if modality not in ("asserted", "claimed"):
            modality = "hypothetical"  # "will elect", "if elected": not an election held
        return [Candidate(index, tok, entry, entry.code, pair[0], pair[1], modality, reporter,
                          via, evidence=evidence)]

    # -- the article --------------------------------------------------------------------
    def finish(self, cands: list[Candidate]) -> list[Candidate]:
        """Give targets to calls for a ceasefire and offers to mediate that name none: the
        parties of the article's fighting."""
        cands = parties_of_fighting(self.k, cands)
        jailed_verdicts(cands)
        if any(c.code[:2] in CONFLICT_ROOTS and c.source.country and not c.unnamed
               and c.modality in ("asserted", "claimed") for c in cands):
            # the article names an attacker: one it leaves unnamed elsewhere is not guessed
            cands = [c for c in cands if not c.unnamed]
        return cands

    def _modality(self, tok: Token, actors, group_of):
        return modality(tok, actors, lambda t: self._resolve(subjects(t), actors, group_of))


def jailed_verdicts(cands: list[Candidate]) -> None:
    """"A court found Khan guilty ... Khan was given a three-year jail sentence": the codebook
    keeps 116 for findings of guilt where no one is jailed, and codes an individual found guilty
    and jailed 173. A finding of guilt (116) against someone a court of the article jails or
    sentences (a 173 by a court, reported as done) is coded 173."""
    jailed = {c.target.code for c in cands if c.code == "173" and c.target is not None
              and c.source.agent == "JUD" and c.modality in ("asserted", "claimed")}
    for c in cands:
        if c.code == "116" and c.target is not None and c.target.code in jailed:
            c.code = "173"
            c.evidence.append(f"{c.target.code} is jailed by a court in this article: a "
                              "finding of guilt with a prison term is coded 173")


def _names_no_country(actors, places) -> bool:
    """Whether a sentence names no country at all, as actor or place."""
    return not places and not any(r.country for refs in actors.values() for r in refs)


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
