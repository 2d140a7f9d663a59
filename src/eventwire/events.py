"""Events: lexicon triggers in a sentence → candidates. This module matches the lexicon (a
trigger word, its particle and required words, the more specific entry first, each word used
once), adds the built-in rules (obligations in a party's words, requests), and hands each match
to parties.py, which finds who did it to whom with its modality and attribution.

Stage contract: `EventFinder.sentence(sent, actors, state)` needs a parsed sentence, the actors
found for it (token index → actors) and the article's coreference state; it returns `Candidate`s.
`EventFinder.finish(candidates)` fills targets that only the whole article can give (the parties
of the fighting, for calls for a ceasefire and offers to mediate).
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Token

from .anaphora import (
    anaphor,
    counterpart_from_before,
    court_of_judgment,
    doer_of_object_act,
)
from .candidate import Candidate
from .coreference import Coreference
from .dates import MONTHS, WEEKDAYS
from .intentions import ended_acts, rejected_proposals, superseded
from .knowledge import Knowledge, LexEntry
from .modality import OBLIGATION_AUX
from .nominal import decided, turning_verb, unblocked
from .parties import OBLIGATION_RULE, PartyFinder
from .recode import VERBAL_ROOTS, accusation_rule
from .records import ActorRef
from .slots import ASKING_ROOTS
from .sourcing import formula
from .syntax import (
    INSTRUMENTS,
    equipped,
    infinitive,
    name_word,
    passive_subjects,
    prep_objects,
    purpose_phrase,
)
from .syntax import governor as governing_verb
from .syntax import phrase as phrase_lemmas
from .targets import CONFLICT_ROOTS, parties_of_fighting
from .transfer import arrival_match, better, transfer_match

SCORE = re.compile(r"\b\d{1,2}\s?[-\u2013]\s?\d{1,2}\b(?!\s*(?:year|month|day|week))")
"""A match score ("3-1", "1 - 0") in a sentence marks sport: no force or violence is coded."""
SPORT = frozenset({"olympics", "olympic", "tournament", "championship", "footballer",
                   "goalkeeper", "midfielder", "medal", "semifinal", "quarterfinal",
                   "qualifier", "scorer", "marathon", "paralympics"})
"""Words only sport uses (not "league", "goal" or "match": the Arab League, a policy goal): a
sentence with one codes no force or violence ("beat Brazil on the way to Olympic gold")."""
PASSIVE_OBJECT = frozenset({"150", "152", "153", "154", "057", "043"})
"""Codes whose entries read a passive's subject as their object: deployments, alerts and
mobilisations ("troops were deployed near the border"), agreements signed ("the treaty was
signed by the three presidents"), and visitors received ("President Isaias was greeted by Prime
Minister Abiy"; a proposal welcomed stays praise). Not 151: "police patrols were stepped up" is
left to its own entries (tests/test_reviewed_inventories_3.py keeps it out of 15)."""

GENERIC_STATEMENT = "010"
CLAUSES = frozenset({"advcl", "acl", "relcl", "xcomp", "ccomp"})


def carried_act(tok: Token, triggered: set[int]) -> bool:
    """Whether a statement verb carries another act in a clause of its own or of its object
    ("issued a statement urging restraint", "released a statement condemning the attack")."""
    holders = [tok, *(c for c in tok.children if c.dep_ == "dobj")]
    return any(c.i in triggered and c.dep_ in CLAUSES for h in holders for c in h.children)


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
                 and infinitive(c)), None)


DESCRIBING_ROOTS = frozenset({"05", "11"})
"""Roots whose "call" entries describe ("called the talks fruitful", "called the vote a farce")."""


SHOWING = frozenset({"demonstrate"})
"""Protest verbs that also mean to show: with an object or a clause they show it."""
DISCONTENT = frozenset({"anger", "opposition", "outrage", "frustration", "discontent", "fury",
                        "displeasure", "dissatisfaction", "rage", "grievance", "dissent"})
"""What a protest shows when "demonstrate" has an object ("demonstrated their anger")."""


def shown(tok: Token) -> bool:
    """Whether a protest verb shows something instead ("to demonstrate a soft landing on the
    Moon", "demonstrated that the system works"): a protest takes no object or clause, but for
    the discontent it shows ("students demonstrated their anger outside parliament")."""
    return tok.pos_ == "VERB" and tok.lemma_.lower() in SHOWING and any(
        c.dep_ in ("ccomp", "xcomp") or c.dep_ == "dobj" and c.lemma_.lower() not in DISCONTENT
        for c in tok.children)


def dated_on(tok: Token) -> bool:
    """"on Wednesday", "on 12 May": an "on" that dates the act, never the "on" of "called on
    Iran" or "cracked down on protesters" ("called Ramos-Horta on Wednesday to congratulate
    him" asks nothing)."""
    return tok.lower_ in ("on", "upon") and tok.dep_ == "prep" and any(
        c.dep_ == "pobj" and (c.ent_type_ in ("DATE", "TIME") or c.lower_ in TIMES_OF_DAY)
        for c in tok.children)


TIMES_OF_DAY = frozenset({name for name in WEEKDAYS if name.endswith("day")}) | {
    "weekend", "day", "night", "morning", "evening", "afternoon"}
"""The days (dates.WEEKDAYS' full names) and parts of a day an "on" can date an act by."""


def naming_call(tok: Token) -> bool:
    """Whether the verb "call" names its object ("called the vote a farce", "called the talks
    fruitful": an object predicate) rather than asks ("called for talks", "called on Iran to")."""
    return any(c.dep_ == "oprd" for c in tok.children)


def asking_call(tok: Token) -> bool:
    """Whether the verb "call" asks: "called for talks", "called on Iran to withdraw"."""
    return not naming_call(tok) and any(
        c.dep_ == "prep" and c.lower_ in ("for", "on", "upon") for c in tok.children)


MATCHED_POS = frozenset({"VERB", "NOUN", "PROPN", "ADJ"})
"""The parts of speech the lexicon has entries for (`EventFinder._entries`)."""


class EventFinder:
    def __init__(self, knowledge: Knowledge) -> None:
        self.k = knowledge
        self.parties = PartyFinder(knowledge)

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
        if tok.pos_ not in MATCHED_POS and tok.dep_ != "nsubj":
            return None  # no entry (`_entries`) and no rule (a subject arriving) can match it
        if equipped(tok):
            return None  # "soldiers armed with grenades": what they carry, not an act
        if tok.is_title and tok.ent_type_ == "DATE" and tok.lower_ in MONTHS:
            return None  # "the elections of March 2": a month, no march
        entries = self._entries(tok)
        # a transfer verb whose goods have a class, or goods of a class arriving, code that
        # class (transfer.py)
        rule = (transfer_match(tok) if tok.pos_ == "VERB" else None) or (
            # a subject is a noun, whatever its tag ("Aid from Thailand arrived": "Aid" tagged
            # a verb at the head of a sentence)
            arrival_match(tok) if tok.pos_ == "NOUN" or tok.dep_ == "nsubj" else None)
        if not entries:
            return rule
        own = phrase_lemmas(tok)
        posture = deep = None  # the wider phrases, built only when an entry needs one
        free = None  # the verbs of `without` lists that do not block this noun (nominal.py)
        best = None
        # "called the resolution an important step": naming, no asking; "called for fruitful
        # talks": asking, no description of praise or condemnation
        call = tok.pos_ == "VERB" and tok.lemma_ == "call"
        naming, asking = call and naming_call(tok), call and asking_call(tok)
        for e in entries:
            if e.particle and not any(c.dep_ == "prt" and c.lower_ == e.particle
                                      for c in tok.children):
                continue
            phrase = own
            if e.code in PASSIVE_OBJECT:
                # a passive deployment's or alert's subject is its object ("troops were
                # deployed", "thousands of troops were put on alert"), as a signed treaty's is;
                # elsewhere the passive subject stays out of the `with` words
                if posture is None:
                    forces = passive_subjects(tok) if tok.pos_ == "VERB" else []
                    posture = {**{c.lemma_.lower(): c for c in forces}, **own}
                phrase = posture
            if e.code == "141" and shown(tok):
                continue  # "its objectives are to demonstrate safe landing": showing, no protest
            if naming and e.code[:2] not in DESCRIBING_ROOTS or \
                    asking and e.code[:2] in DESCRIBING_ROOTS:
                # naming ("called the strike illegal") neither asks nor calls a strike
                continue
            if e.code[:2] in ASKING_ROOTS:
                if deep is None:
                    deep = dict(own)
                    for lemma, t in phrase_lemmas(tok, ASKING_REACH, infinitives=True,
                                                  preps=ASKING_PREPS).items():
                        deep.setdefault(lemma, t)
                phrase = deep
            used = []
            for alts in e.with_:
                # the nearest word of the phrase that is one of the alternatives (the phrase is
                # in breadth-first order; `alts` is a set, whose order changes with the hash seed)
                hit = next((t for lemma, t in phrase.items()
                            if lemma in alts and not name_word(t)), None)
                if hit is not None and dated_on(hit):
                    # "called Ramos-Horta on Wednesday": the date's "on" asks nothing, but
                    # "Washington on Monday called on allies" has another "on" beside it
                    hit = next((c for c in hit.head.children if c.lower_ == hit.lower_
                                and c.i != hit.i and not dated_on(c)), None)
                if hit is None:
                    break
                used.append(hit)
            else:
                if e.without and free is None and any(w in phrase for w in e.without):
                    free = unblocked(tok)
                if e.without and any(w in phrase and phrase[w].i not in free
                                     for w in e.without):
                    # a support verb that blocks the noun ("faced criticism") no longer does
                    # when it turns the roles around and the doer is named (nominal.py)
                    continue
                if best is None or e.specificity > best[0].specificity:
                    best = (e, used)
        if rule is not None and better(rule[0], best[0] if best else None):
            return rule
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
        # "Israeli strikes the day before left five dead": in a sentence of war, no walkout
        matches = [m for m in matches if not military_strike(m[0], m[1])]
        # "an official who requested anonymity": how the story was sourced, no act (sourcing.py)
        matches = [m for m in matches if not formula(m[0])]
        # "arrived in support of the victims": what the act is for, no act of its own
        matches = [m for m in matches if not purpose_phrase(m[0])]
        # "the NATO-led peacekeeping mission in Kosovo (KFOR) dispersed ...", "the ASEAN
        # Summit": a noun that heads the name of a body or of its meeting is that name, no act
        # of its own; a body's act told with its possessive ("the UN's new mission", "the EU's
        # ostracism of Belarus") still is one
        matches = [m for m in matches if not (
            m[0].pos_ == "NOUN" and not any(c.dep_ == "poss" for c in m[0].children)
            and any(r.how == "organisation" for r in actors.get(m[0].i, ())))]
        # "met with criticism from", "received condolences from": a support verb that carries a
        # noun act and turns its roles around is no act of its own, unless its entry names the
        # noun ("received a visit": hosting); nominal.py
        turning = {t[0].i for m in matches if m[0].pos_ in ("NOUN", "PROPN")
                   and (t := turning_verb(m[0])) is not None}
        matches = [m for m in matches if not (m[0].i in turning and not m[2])]
        if any(m[1].code[:2] in CONFLICT_ROOTS for m in matches) and (
                SCORE.search(sent.text) or any(t.lemma_.lower() in SPORT for t in sent)):
            # "Argentina beat Brazil 1-0", "... on the way to Olympic gold": sport, not force
            matches = [m for m in matches if m[1].code[:2] not in CONFLICT_ROOTS]
        triggered = {m[0].i for m in matches}
        # "agreed to lift the sanctions": the act agreed to is the event, not the agreeing
        # (only the bare "agree": "agreed to undertake joint exercises" is its own entry)
        matches = [m for m in matches if not (m[0].lemma_ == "agree" and not m[2] and any(
            c.dep_ == "xcomp" and c.i in triggered for c in m[0].children))]
        # "agreed on a package of sanctions against Belarus", "approved new sanctions": the
        # sanction, not also an agreement (nominal.py)
        matches = [m for m in matches if m[2] or not decided(m[0], triggered)]
        # "agreed to suspend kidnappings": the ending of the act, not the act (intentions.py)
        matches = ended_acts(matches, self.k)
        # "threatened to strike", "refused to recognise": the embedded act's announcement is
        # the event, not also a bare threat or refusal; "rejected a proposal to hold talks": 125
        codes = {m[0].i: m[1].code for m in matches}
        matches = rejected_proposals([m for m in matches if not superseded(
            m[0], m[1], m[2], codes, self.k)], self.k)
        triggered = {m[0].i for m in matches}
        # "China rejected Japan's request for ...", "Belarus ignored the EU's demand for ...": a
        # call or demand that another event's trigger takes as its argument is that event's
        # topic, not an act of its own (the act coded is the rejection)
        matches = [m for m in matches if not (
            m[1].code[:2] in ASKING_ROOTS and m[0].pos_ == "NOUN"
            and (g := governing_verb(m[0])) is not None and g.i in triggered)]
        triggered = {m[0].i for m in matches}
        # "issued a joint statement urging restraint", "released a statement condemning the
        # attack": the act the statement carries is the event, not also a bare statement (010)
        matches = [m for m in matches if not (m[1].code == GENERIC_STATEMENT
                                              and carried_act(m[0], triggered))]
        triggered = {m[0].i for m in matches}
        violent = {m[0].i for m in matches if m[1].code[:2] in CONFLICT_ROOTS}
        verbal = {m[0].i for m in matches if m[1].code[:2] in VERBAL_ROOTS}
        for tok in sent:
            if tok.i not in triggered and tok.pos_ in ("VERB", "AUX") and any(
                    c.dep_ == "aux" and c.lower_ in OBLIGATION_AUX for c in tok.children):
                matches.append((tok, OBLIGATION_RULE, []))
            elif tok.i not in triggered and (act := request_of(tok)) is not None:
                matches.append((tok, self._request(act, matches), []))
            elif tok.i not in triggered and (wrong := self._wrong(tok, verbal, actors,
                                                                  group_of)) is not None:
                matches.append((tok, wrong, []))
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
            got = self.parties.code(tok, entry, used, actors, index, group_of, home,
                                    places or {}, triggered, violent=violent)
            if got and all(c.target is None for c in got):
                counterpart_from_before(got, index, state)
            if got and all(c.target is None for c in got):
                doer_of_object_act(got, tok, index, state, self._entries)
            if got and all(c.target is None for c in got):
                court_of_judgment(got, tok, index, state)
            if got or entry.addressee == "public":  # an election is never "the attack"
                out.extend(got)
                continue
            got = anaphor(tok, entry, index, state,
                          lambda t: self.parties.modality_of(t, actors, group_of))
            if not got and entry.code[:2] in CONFLICT_ROOTS and tok.pos_ == "NOUN":
                # no act before it takes up: an attack whose attacker no one names
                got = self.parties.code(tok, entry, used, actors, index, group_of, home,
                                        places or {}, triggered, guess_attacker=True)
            out.extend(got)
        named = frozenset(r.country for pool in (actors, places or {}) for refs in pool.values()
                          for r in refs if r.country and r.how != "pronoun")
        for c in out:
            c.countries = named
        return out

    def _wrong(self, tok: Token, verbal: set[int], actors, group_of) -> LexEntry | None:
        """A wrong told in someone's words ("Washington has violated the one-China principle,
        Mao said"): the speaker's accusation (knowledge/wrongdoings.yaml, recode.accused). Not
        inside a verbal act's phrase ("accused Iran of violating", "condemned ..., saying it
        violated": that act is coded), nor in the narrator's own voice."""
        code = self.k.wrongdoings.get(tok.lemma_.lower()) if tok.pos_ == "VERB" else None
        if code is None or any(a.i in verbal for a in tok.ancestors):
            return None
        if self.parties.modality_of(tok, actors, group_of)[1] is None:
            return None
        return accusation_rule(code)

    def _request(self, act: Token, matches) -> LexEntry:
        """The request rule for one asked-for act: the appeal (02) parallel to the demand (10)
        for that act's code ("asked Uganda to extradite" → 1013 → 0213), else 020."""
        asked = next((m[1].code for m in matches if m[0].i == act.i), None)
        demand = self.k.demand_for(asked) if asked else None
        code = "02" + demand[2:] if demand and demand.startswith("10") else "020"
        return replace(REQUEST_RULE, code=code if code in self.k.codebook else "020")

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
        return unnamed_beside_named(cands)


def unnamed_beside_named(cands: list[Candidate]) -> list[Candidate]:
    """"Four soldiers were killed and four wounded in an Israeli airstrike", "a soldier was
    killed in a shootout with Azerbaijani forces": a killing with no agent of its own, coded to an
    unidentified armed group (unnamed.unnamed_actor), in a sentence whose other act of violence
    names its attacker is that act told again, not a second attack by a group of the victims'
    country. Left out when the same sentence holds a violent act (roots 18-20) with a named
    source."""
    named = {c.sentence for c in cands
             if c.code[:2] in CONFLICT_ROOTS and c.source.country and c.source.agent != "UAF"
             and c.target is not None
             and c.source.how != "unidentified" and c.modality in ("asserted", "claimed")}
    return [c for c in cands if not (c.source.how == "unidentified" and c.source.agent == "UAF"
                                     and c.sentence in named)]



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


CASUALTIES = frozenset({"dead", "death", "kill", "killed", "wound", "wounded", "injure",
                        "injured", "casualty", "toll", "civilian", "soldier", "troop",
                        "militant", "fighter", "army", "military", "target", "position",
                        "airstrike", "warplane", "jet"})
"""Words of war and its victims: with one of them (or a weapon, INSTRUMENTS) in its sentence, a
bare "strike" is a military one."""
LABOUR = frozenset({"union", "worker", "wage", "pay", "salary", "pension", "employee", "labour",
                    "labor", "teacher", "doctor", "nurse", "staff", "walkout", "picket",
                    "industrial", "sector", "job", "unionist", "demonstration", "protest",
                    "protester", "hunger"})
"""Words of work and protest: with one of them in its sentence, a strike stays a walkout."""


def military_strike(tok: Token, entry: LexEntry) -> bool:
    """Whether a noun "strike" the lexicon reads as a walkout (root 14) is a military strike by
    its sentence: "Israeli strikes the day before left five dead in southern Lebanon",
    "several strikes have hit Hezbollah positions". The sentence names war, its victims or a
    weapon, and nothing of work or protest (then "the strike" stays a walkout: "doctors on
    strike said two patients died")."""
    if entry.code[:2] != "14" or tok.lemma_.lower() != "strike" or tok.pos_ != "NOUN":
        return False
    words = {t.lemma_.lower() for t in tok.sent} | {t.lower_ for t in tok.sent}
    return not words & LABOUR and bool(words & (CASUALTIES | (INSTRUMENTS - {"strike"})))


def _weapon_names_the_attack(matches: list) -> list:
    """"A roadside bomb killed three soldiers", "killed by a car bomb", "died in a suicide
    bombing": a killing verb whose weapon is itself a bombing trigger is that bombing (one
    event, with the bombing's more specific code), not a killing plus a bombing; a weapon word
    the lexicon also reads as a protest ("an Israeli strike killed ...") is the weapon."""
    by_token = {m[0].i: m for m in matches}
    merged: dict[int, tuple] = {}
    dropped: set[int] = set()
    for tok, entry, used in matches:
        if tok.pos_ != "VERB" or entry.code[:2] not in CONFLICT_ROOTS:
            continue
        weapons = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
        weapons += prep_objects(tok, ("by", "in", "with"))
        if tok.dep_ == "relcl" and any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in (
                "WDT", "WP") for c in tok.children):
            weapons.append(tok.head)  # "the strike that killed ...": the clause's antecedent
        for w in weapons:
            m = by_token.get(w.i)
            if m and m[1].code[:2] == "14" and w.lemma_.lower() in INSTRUMENTS:
                # "an Israeli strike killed three people", "killed in a strike": the weapon of
                # a killing is no labour strike; the killing carries the attack
                dropped.add(w.i)
                continue
            if m and m[1].code.startswith("183") and w.lemma_.lower() in INSTRUMENTS:
                origin = f"{entry.origin}; the weapon {w.text!r} names the attack ({m[1].origin})"
                merged[tok.i] = (tok, replace(entry, code=m[1].code, origin=origin),
                                 [*used, *m[2]])
                dropped.add(w.i)
                break
    return [merged.get(m[0].i, m) for m in matches if m[0].i not in dropped]
