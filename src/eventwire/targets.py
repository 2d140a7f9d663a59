"""Targets (and unnamed sources) that the grammar alone does not give: the nearest actor in the
trigger's phrase, the one other country in the sentence, home for acts of force, the parties of
the article's fighting; and the pairing of sources and targets into dyads.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from typing import Any

from spacy.tokens import Token

from .ground import (
    CIVILIAN_PLACES,
    CONFLICT_ROOTS,
    PHYSICAL_ROOTS,
    home_ground,
    named_thing,
)
from .knowledge import Knowledge
from .modality import REPORTING
from .records import ActorRef
from .syntax import (
    INSTRUMENTS,
    STATIVE,
    TOPIC_VERBS,
    aside,
    own_phrase,
    passive,
    prep_objects,
    with_conjuncts,
)

TARGETLESS_OK = frozenset({"01"})
"""Roots whose events are complete without a target: public statements. (Force posture, 15,
was one until the dev set's coders gave every show of force its addressee: docs/policy.md.)"""

DOMESTIC_ROOTS = frozenset({"14", "15", "17", "18", "19", "20"})
"""Protest, force posture, coercion and violence: with no other country in the sentence, they
are aimed at home. (Concessions, root 08, were tried too: on the real-news dev set they added a
false positive and found nothing more.)"""
DOMESTIC_CODES = frozenset({"081", "0811", "0812", "0813", "0814", "083", "0831", "0832",
                            "0833", "0834", "0841"})
"""Concessions a government makes at home: easing curfews and bans, meeting demands, releasing
prisoners."""


STATE_MEASURES = frozenset({"172"})
"""Administrative measures a state imposes on its own people (a curfew, a state of emergency,
martial law): with no one else named, aimed at home even when the text names the state alone
("Kyrgyzstan declared a state of emergency in Batken")."""
EVACUATIONS = frozenset({"evacuate", "evacuation"})
"""An evacuation of people no phrase places is of the evacuating authority's own people
("Kyrgyz authorities announced the evacuation of 136,000 people")."""


DOING_VERBS = frozenset({"launch", "carry", "conduct", "stage", "mount", "hold", "unleash",
                         "wage", "step", "intensify", "begin", "start", "continue", "resume",
                         "perform", "execute", "make", "impose", "order", "escalate"})
"""Verbs whose object noun act is their subject's own act ("launched airstrikes", "carried out
raids", "staged a protest", "imposed a curfew")."""


def actors_of(toks: list[Token], actors: dict[int, list[ActorRef]]) -> list[ActorRef]:
    out: list[ActorRef] = []
    for t in toks:
        for c in with_conjuncts(t):
            for a in actors.get(c.i, []):
                if a.code not in {o.code for o in out} or a.span not in {o.span for o in out}:
                    out.append(a)
    return out


def _two_of_a_role(s: ActorRef, t: ActorRef) -> bool:
    """Two parties that share a code but are not one: a judge and the lawyers she has arrested
    (both JUD), the police and the officers they detain; each named by its own words, neither a
    pronoun or a mention taken up from before. Not two of a government: a minister meeting
    "his counterpart" of the same country is a counterpart read with the wrong country."""
    return (s.agent not in (None, "GOV") and s.agent == t.agent and s.span != t.span
            and s.how not in ("pronoun", "coreference", "inferred")
            and t.how not in ("pronoun", "coreference", "inferred")
            and s.text.lower() != t.text.lower())


def dyads(sources: list[ActorRef], targets: list[ActorRef], reciprocal: bool):
    out = []
    if not sources:
        return out
    if targets:
        for s in sources:
            for t in targets:
                if s.code != t.code or _two_of_a_role(s, t):
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


JUDICIAL_ACTS = frozenset({"sentence", "convict", "acquit", "jail", "imprison", "find", "try",
                           "indict", "fine", "fin", "give", "hand"})
"""Acts that only a court does (and "given" or "handed" a sentence): with no agent named, a court
of the country did them. "fin" is the small model's lemma of "fined"."""
POLICE_ACTS = frozenset({"arrest", "detain", "handcuff", "shackle", "manacle", "apprehend", "nab",
                         "round"})
"""Acts that, with no agent named, the police of the country did."""
SEIZURES = frozenset({"seize", "confiscate", "expropriate", "nationalize", "nationalise",
                      "demolish", "raze", "bulldoze", "impound", "freeze", "requisition"})
"""Acts on property that, with no agent named, the authorities did ("homes were demolished",
"assets were frozen"); damage and destruction ("were damaged", "were destroyed") name no one."""
LEGAL_CODES = frozenset({"116"})
"""Codes outside root 17 whose agentless passives still have an implied authority (a verdict)."""


def authority(verb: Token, root: str) -> str:
    """The agent implied by an agentless coercive or legal act: a court for a verdict, the
    police for an arrest, else the government."""
    lemma = verb.lemma_.lower()
    return "JUD" if lemma in JUDICIAL_ACTS else "COP" if lemma in POLICE_ACTS else "GOV"


def places_in(toks, places) -> list[ActorRef]:
    """The countries named as places by these tokens, in their order."""
    return [r for t in toks for r in places.get(t.i, [])]


def unnamed_actor(verb: Token, code: str, source_toks: list[Token], places,
                  evidence: list[str]) -> list[ActorRef]:
    """"Three soldiers were killed by a roadside bomb near Samarra", "a blast in Kabul
    killed ...": violence with no named perpetrator is coded to an unidentified armed group
    (UAF) of the country where it happened; "was arrested in Beirut": a coercive act with no
    named agent to that country's authorities (the police for an arrest, a court for a verdict,
    else GOV). Only when the sentence places it in one country."""
    root = code[:2]
    legal = root == "17" or code in LEGAL_CODES
    if code[:3] == "171" and verb.lemma_.lower() not in SEIZURES:
        return []  # "buildings were damaged" by an earthquake or a shell: no authority did it
    if passive(verb):
        if any(t.lemma_.lower() not in INSTRUMENTS for t in source_toks):
            return []
    elif legal or not source_toks or any(
            t.lemma_.lower() not in INSTRUMENTS for t in source_toks):
        return []
    place = place_of(verb, places)
    if place is None:
        return []
    agent = authority(verb, root) if legal else "UAF"
    who = "the authorities" if legal else "an unidentified armed group"
    evidence.append(f"source: no agent named; {who} ({agent}) of {place.country}, the country "
                    f"of {place.text!r}")
    return [replace(place, code=place.country + agent, agent=agent, how="unidentified")]


ATTACK_PREPS = frozenset({"on", "in", "at", "near", "across", "into"})
"""Prepositions whose object is the place an attack hit ("struck at", "fired on", "rained
into")."""


def place_attacked(tok: Token, actors, places) -> ActorRef | None:
    """"Russian missiles struck Kyiv overnight, killing 12 civilians": the killing told in a
    participle after an attack is done where the attack hit, so victims with no country of their
    own are of the country of the main clause's object (a place, or an actor with a country),
    never the attacker's; "an Israeli strike killed three people in Gaza": victims of an act told
    at a place ("in"/"at" on the verb) are of that place's country. The first country named in
    the object's phrase, or None."""
    if tok.tag_ == "VBG" and tok.dep_ in ("advcl", "xcomp", "conj"):
        if tok.head.pos_ not in ("VERB", "AUX"):
            return None
        objs = [c for c in tok.head.children if c.dep_ == "dobj"]
        objs += prep_objects(tok.head, ATTACK_PREPS)
        pools = (places, actors)
    elif tok.pos_ == "VERB":
        # the place the act itself is told at, or the attack it was done in, with its own
        # place ("in Qamishli, Syria", "killed in an Israeli strike in Gaza")
        objs = prep_objects(tok, ("in", "at"))
        # "Russian strikes on Kharkiv killed three people": the place its subject, an attack
        # noun, names as hit (nominal.py: the noun's own phrase)
        objs += [p for n in tok.children if n.dep_ == "nsubj" and n.pos_ == "NOUN"
                 for p in prep_objects(n, ATTACK_PREPS | {"of"})]
        pools = (places,)
    else:
        return None
    return next((r for o in objs for t in o.subtree for pool in pools for r in pool.get(t.i, [])
                 if r.country and r.how != "pronoun"), None)


WHEN_MARKS = frozenset({"when", "as", "after", "while"})


def attacker_of_clause(verb: Token, violent) -> list[Token]:
    """"Two Iraqi soldiers were killed when ISIS militants attacked their post": a passive
    killing with no agent whose when, as, after or while clause is itself an act of violence
    (`violent`: the indices of the sentence's triggers of roots 18-20) was done by that clause's
    subject. Its subject tokens, or []."""
    if not passive(verb):
        return []
    for c in verb.children:
        if c.dep_ == "advcl" and c.i in violent and any(
                m.dep_ in ("mark", "advmod") and m.lower_ in WHEN_MARKS for m in c.children):
            return [s for s in c.children if s.dep_ == "nsubj"]
    return []


def place_of(tok: Token, places) -> ActorRef | None:
    """The place of an act: one in its own phrase, else the nearest, when the sentence names
    places in one country only."""
    own = places_in(own_phrase(tok, 3), places)
    refs = [(abs(i - tok.i), r) for i, rs in places.items() for r in rs]
    if not own and len({r.country for _, r in refs}) != 1:
        return None
    return own[0] if own else min(refs, key=lambda dr: dr[0])[1]


def unnamed_attacker(noun: Token, places, evidence: list[str]) -> list[ActorRef]:
    """"An attack damaged buildings in Kyiv's Shevchenkivskyi district", "the airstrike targeted
    a car near Khan Younis": a noun of violence told as happening (the subject of its clause)
    that names no attacker, and that takes up no act reported before, is coded as a verb with no
    agent is: to an unidentified armed group (UAF) of the country where it happened. Not when a
    phrase names its parties ("clashes erupted between police and protesters")."""
    if not told_as_done(noun) or _names_parties(noun):
        return []
    place = place_of(noun, places)
    if place is None:
        return []
    evidence.append(f"source: no attacker named; an unidentified armed group (UAF) of "
                    f"{place.country}, the country of {place.text!r}")
    return [replace(place, code=place.country + "UAF", agent="UAF", how="unidentified")]


PARTY_PREPS = frozenset({"between", "among", "amongst", "with"})


def _names_parties(noun: Token) -> bool:
    """A "between A and B" or "with A" on the noun, or on the verb it is the subject of; "with"
    a weapon ("an attack with drones", "struck with missiles") names the means, not a party."""
    heads = [noun, noun.head] if noun.dep_ in ("nsubj", "nsubjpass") else [noun]
    return any(c.dep_ == "prep" and c.lower_ in PARTY_PREPS and not (
        c.lower_ == "with" and all(o.lemma_.lower() in INSTRUMENTS
                                   for o in c.children if o.dep_ == "pobj"))
               for h in heads for c in h.children)


def protesters_at(tok: Token, source_toks: list[Token], places, home: ActorRef | None,
                  evidence: list[str]) -> list[ActorRef]:
    """"Protests erupted in Tehran", "Tel Aviv saw the biggest protest in weeks": a protest with
    no one named as protesting is by the civilians (CVL) of the country where it happens (a place
    in the trigger's phrase or its subject, else the sentence's one country)."""
    if tok.dep_ == "compound":
        return []  # "riot police", "protest leaders": a kind of actor, not a protest
    near = [*own_phrase(tok, 3), *(t for s in source_toks for t in s.subtree)]
    spots = places_in(near, places)
    country = spots[0].country if spots else home.country if home is not None else None
    if country is None:
        return []
    evidence.append(f"source: no protester named; the civilians of {country}, where it happens")
    return [ActorRef(country + "CVL", country, "CVL", tok.text, country,
                     (tok.idx, tok.idx + len(tok.text)), "unidentified")]


def authority_of_target(verb: Token, code: str, targets: list[ActorRef],
                        evidence: list[str]) -> list[ActorRef]:
    """"Colombia's former president has been sentenced to 12 years", "two Kenyan activists were
    detained": an agentless coercive or legal act that names no place is the act of the
    authorities of the country of the people it was done to."""
    if not passive(verb) or not (code[:2] == "17" or code in LEGAL_CODES):
        return []
    countries = {t.country for t in targets if t.country}
    agent = authority(verb, code[:2])
    if not countries and targets and all(t.how == "agent" for t in targets):
        # "five rebels were arrested": people of no country yet; the authorities with them
        # take the country the article places them in (coder: "the country the article is
        # about"), and a lone sentence keeps both unplaced
        evidence.append(f"source: no agent named; the authorities ({agent}) of whatever country "
                        "those it was done to are of")
        return [ActorRef(agent, None, agent, verb.text, "authorities",
                         (verb.idx, verb.idx + len(verb.text)), "agent")]
    if len(countries) != 1:
        return []
    country = countries.pop()
    evidence.append(f"source: no agent named; the authorities ({agent}) of {country}, the "
                    "country of those it was done to")
    return [ActorRef(country + agent, country, agent, verb.text, country,
                     (verb.idx, verb.idx + len(verb.text)), "unidentified")]


ARMED_MODIFIERS = frozenset({"army", "military", "police", "rebel", "militia", "garrison",
                             "border", "naval", "air"})


def civilians_at(tok: Token, places, home: ActorRef | None, sources: list[ActorRef],
                 evidence: list[str], nowhere: bool = False, actors=None) -> list[ActorRef]:
    """"Rebels attacked the village of Noaka", "shells hit a market in Donetsk": violence aimed
    at a civilian place targets the civilians (CVL) of the country where it is: a country named
    in the place's phrase, else the one country of the sentence, else the country of a
    non-state attacker fighting at home. In a sentence that names no country at all (`nowhere`:
    "Junta jets bombed the village"), the civilians of the attacker's unnamed country (CVL with no
    country, which the article's country fills when there is one)."""
    if tok.lemma_.lower() not in CIVILIAN_PLACES or any(
            c.lower_ in ARMED_MODIFIERS for c in tok.children if c.dep_ in ("amod", "compound")):
        return []
    own = places_in(own_phrase(tok, 3), places)
    if not own and home is not None and sources and all(
            s.country == home.country and not home_ground(s, places, actors) for s in sources):
        home = None  # "Russian troops shelled a hospital": not Russia's civilians
    country = (own[0].country if own else home.country if home is not None else
               next((s.country for s in sources if s.country and s.agent in ("REB", "UAF")),
                    None))
    if country is None and nowhere and sources and all(s.country is None for s in sources):
        evidence.append(f"target: the civilians of {tok.text!r}, in a country the sentence does "
                        "not name")
        return [ActorRef("CVL", None, "CVL", tok.text, "civilians",
                         (tok.idx, tok.idx + len(tok.text)), "agent")]
    if country is None:
        return []
    evidence.append(f"target: the civilians of {country}, the people of {tok.text!r}")
    return [ActorRef(country + "CVL", country, "CVL", tok.text, country,
                     (tok.idx, tok.idx + len(tok.text)), "inferred")]


def nearest_target(tok: Token, used: list[Token], sources: list[ActorRef], actors,
                    places, code: str = "") -> list[ActorRef]:
    """Fallback when no slot of the entry names a target: the closest actor in the trigger's
    own phrase ("set up a research centre in Tokyo", "sent troops to Mali"), else a country
    named there as a place. The entry's own words (`used`) that name a role of no country are
    what is given or done ("set up a field hospital in Syria"), never the counterpart."""
    given = {u.i for u in used}
    codes = {s.code for s in sources}
    taken = codes | {s.country for s in sources if s.country}
    topic = topics_in(tok.sent, code)
    phrase = [t for t in own_phrase(tok, 4) if not aside(t, tok) and t.i not in topic]
    for pool in (actors, places):
        best = None
        for t in phrase:
            # not the source's own forces ("drew down its forces in Iraq"); but the source's
            # own country as the place of the act ("imposed a curfew in Cizre")
            refs = [a for a in pool.get(t.i, []) if a.code not in codes and a.how != "pronoun"
                    and not (t.i in given and a.country is None and a.agent)
                    and (pool is places or (a.country or a.code) not in taken
                         or a.how in ("name", "title", "person") and a.agent)]
            if refs and (best is None or abs(t.i - tok.i) < abs(best[0].i - tok.i)):
                best = (t, refs)
        if best:
            return actors_of([best[0]], pool) if pool is actors else best[1]
    return []


def sentence_counterpart(k: Knowledge, tok: Token, code: str, sources: list[ActorRef], actors,
                          places, evidence: list[str], patient: list[Token] | None = None,
                          reporter: ActorRef | None = None) -> list[ActorRef]:
    """The target the sentence implies when no slot names one: the one other country the
    sentence names ("The coalition launched airstrikes targeting Sanaa", "the EU held out
    an olive branch if Moscow ..."), or, for coercion, violence and protest in a sentence
    that names no other country, the source's own country ("Police arrested 53 people").
    When an act of coercion or violence (roots 17-20) names what it was done to (`patient`:
    "the bombing of the port", "shelled a bridge") and that is no actor, only a country named
    in the act's own phrase ("bombed a convoy heading for the Algerian border") or that of
    whoever reports the act ("Ukraine's military said Russian troops stormed the village": the
    side hit tells of it) may stand in for it, not another act's party: "the army's bombing of
    the port drew condemnation from Egypt" is no bombing of Egypt. (A verbal act's object that
    is no actor is often a party described, "accused the country of ...", and keeps the
    guess.)"""
    own = {s.country for s in sources if s.country}
    if not own:
        return []
    topic = topics_in(tok.sent, code)
    thing = code[:2] in PHYSICAL_ROOTS and named_thing(patient or [])
    inside = {t.i for p in patient or [] for t in p.subtree} | (
        {t.i for t in tok.subtree} if tok.pos_ != "VERB" else set())
    sent = tok.sent
    others: dict[str, ActorRef] = {}
    ours: set[str] = set()  # those named in its own phrase or by its reporter
    venue_only = code[:2] in ("01", "04") and code != "042"  # "talks in Nairobi"
    for pool in (actors,) if venue_only else (actors, places):
        for i, refs in pool.items():
            if not sent.start <= i < sent.end or aside(sent.doc[i], tok) or i in topic or \
                    in_media_source(sent.doc[i]):
                continue
            for r in refs:
                if r.country and r.country not in own and r.how != "pronoun":
                    others.setdefault(r.country, r)
                    if i in inside or reporter is not None and r.country == reporter.country:
                        ours.add(r.country)
    if len(others) == 1 and (not thing or set(others) <= ours):
        (country, ref), = others.items()
        evidence.append(f"target inferred: the one other country in the sentence, "
                        f"{ref.text!r}")
        return [replace(ref, code=country, agent=None, how="inferred",
                        name=k.countries[country]["name"]
                        if country in k.countries else ref.name)]
    home = at_home(k, tok, code, sources[0], evidence, places) if not others else None
    return [home] if home is not None else []


TALK_VERBS = frozenset({"discuss", "debate", "address", "review", "raise", "explore",
                        "examine"})
"""Verbs of talk whose object is what is talked about: "wants to discuss issues involving North
Korea" names no counterpart."""
TOPIC_PREPS = frozenset({"about", "regarding", "concerning"})
TALK_WORDS = frozenset({"talk", "meeting", "discussion", "dialogue", "negotiation",
                        "consultation", "summit", "conference", "statement", "remark", "comment",
                        "briefing", "speech", "call", "speak", "agree", "agreement", "deal"})
"""Words whose "on" or "over" phrase says what is talked about ("talks on Ukraine", "spoke
over the phone about ...", "a deal on grain"), not where an act lands ("strikes on Ukraine")."""


MEDIA_WORDS = frozenset({"agency", "news", "television", "tv", "radio", "media", "newspaper",
                         "daily", "broadcaster", "channel", "outlet", "press", "wire"})


def in_media_source(tok: Token) -> bool:
    """Whether `tok` names the news medium that reports the sentence ("..., Russia's TASS news
    agency reported", "Iranian state media said"): where a report comes from, not a party."""
    head = tok
    while head.dep_ in ("poss", "compound", "amod", "nmod", "appos", "flat", "case") and \
            head.head.i != head.i:
        head = head.head
    return head.dep_ == "nsubj" and head.lemma_.lower() in MEDIA_WORDS and \
        head.head.lemma_.lower() in REPORTING


def topics_in(sent, code: str) -> set[int]:
    """The words of what is talked about in the sentence of a statement, intent, meeting or
    cooperation (roots 01-05): the objects of verbs of talk, phrases of "about", "regarding" and
    "concerning", and for statements, intents and meetings the "on" or "over" of a word of talk
    ("talks on Ukraine"; not "called on Iran", "strikes on Ukraine"). A country named there is
    the topic, never a counterpart the act's own slots did not name."""
    if not "01" <= code[:2] <= "05":
        return set()
    words = [c for tok in sent if tok.pos_ == "VERB" and tok.lemma_.lower() in TALK_VERBS
             for c in tok.children if c.dep_ == "dobj"]
    words += [p for c in sent if c.dep_ == "prep" and (
        c.lower_ in TOPIC_PREPS or c.lower_ in ("on", "over") and code[:2] in ("01", "03", "04")
        and c.head.lemma_.lower() in TALK_WORDS)
        for p in c.children if p.dep_ == "pobj"]
    return {t.i for w in words for t in w.subtree}


def at_home(k: Knowledge, tok: Token, code: str, src: ActorRef,
            evidence: list[str], places=None) -> ActorRef | None:
    """The target of protest, force, coercion, violence or a concession made at home in a
    sentence that names no country but the source's: the source's own country ("Police arrested
    53 people", and a noun act told as done: "the junta launched airstrikes", not a protest,
    which has its own rule: the government). Used by the sentence rule above and again once the
    article has given a role its country. Violence (roots 18-20) only where the text puts it at
    home (`home_ground`); `places`: the sentence's places (None: not known, as at the article
    level, where only roles the article placed reach this)."""
    evacuation = tok.lemma_.lower() in EVACUATIONS
    people = evacuation or code[:3] in STATE_MEASURES  # aimed at the country's people
    if (not (tok.pos_ == "VERB" or told_as_done(tok) and code[:2] != "14" or evacuation)
            or tok.lemma_.lower() in REPORTING and not people
            or (code[:2] not in DOMESTIC_ROOTS and code not in DOMESTIC_CODES and not people)
            or not src.country or src.code == src.country and not people
            or code[:2] in CONFLICT_ROOTS and not home_ground(src, places)):
        return None
    evidence.append(f"target inferred: an act at home, in a sentence that names no other "
                    f"country ({src.country})")
    return replace(src, code=src.country + ("CVL" if people else ""),
                   agent="CVL" if people else None, how="inferred",
                   name=k.countries[src.country]["name"] if src.country in k.countries
                   else src.name)


def done_by_subject(tok: Token) -> bool:
    """"The junta launched airstrikes", "police carried out raids": a noun act that is the
    object of a verb of doing is that verb's subject's act, as a verb would be (not "reported
    the strikes", "condemned the raids": there the verb tells of the act or judges it)."""
    verb = tok.head
    return (tok.pos_ == "NOUN" and tok.dep_ == "dobj" and verb.pos_ == "VERB"
            and verb.lemma_.lower() in DOING_VERBS
            and any(c.dep_ == "nsubj" for c in verb.children))


def told_as_done(tok: Token) -> bool:
    """A noun act the sentence tells as happening: done by its verb's subject ("launched
    airstrikes"), or itself the subject of what it did ("the attack killed four", "an airstrike
    hit a car"; not "the attack was condemned", "the strikes are a response")."""
    verb = tok.head
    return done_by_subject(tok) or (
        tok.pos_ == "NOUN" and tok.dep_ == "nsubj" and verb.pos_ == "VERB"
        and verb.lemma_.lower() not in REPORTING | TOPIC_VERBS | STATIVE)


def parties_of_fighting(k: Knowledge, cands: list[Any]) -> list[Any]:
    """Give targets to calls for a ceasefire and offers to mediate that name none: the
    parties of the article's fighting."""
    parties, rep = fighting_parties(cands)
    out = []
    for c in cands:
        if c.target is None and c.entry.addressee == "parties" and parties:
            src = c.source.country
            for p in sorted(parties):
                if p != src:
                    party = replace(rep[p], code=p, agent=None, how="inferred",
                                    name=k.countries[p]["name"])
                    out.append(replace(c, target=party, inferred_target=True, evidence=[
                        *c.evidence, "target inferred: a party to the fighting in this "
                        "article"]))
            continue
        out.append(c)
    return out


def fighting_parties(cands: list[Any]) -> tuple[list[str], dict[str, ActorRef]]:
    """The two countries the article reports fighting each other most (none if it reports no
    fighting between two named countries), with an actor for each."""
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
    return (list(pairs.most_common(1)[0][0]) if pairs else []), rep


NOT_THIS_VOTE = frozenset({"previous", "last", "past", "earlier", "former", "prior", "next",
                           "upcoming", "coming", "future", "forthcoming", "since", "every"})
"""Words that put an election mentioned in a story at another time than the news."""
VOTE_HEADS = frozenset({"vote", "poll", "runoff", "race", "result", "count", "outcome", "win",
                        "victory", "election"})
"""Nouns an election word may modify and still name the vote ("election results", "runoff
vote"), unlike "election board", "election law" or "election campaign"."""


def _a_tally(scope: list[Token]) -> bool:
    """"won 47.8 percent of the votes", "won in Nelson by 29 votes": the words that made a win an
    election's are only a count of votes (numbered, or a share of them), a result told in
    figures rather than the election held; "won the runoff by 29 votes" names the vote itself."""
    votes = [t for t in scope if t.lemma_.lower() in ELECTION_WORDS]
    return bool(votes) and all(
        t.lemma_.lower() == "vote" and t.tag_ == "NNS" and (
            any(c.dep_ == "nummod" for c in t.children) or
            (t.head.lower_ == "of" and t.head.head.lemma_.lower() in SHARES))
        for t in votes)


ELECTION_WORDS = frozenset({"election", "runoff", "presidency", "vote", "poll", "ballot"})
"""The words that make winning or losing an election's (the lexicon's 0831 win|lose frame)."""
SHARES = frozenset({"percent", "%", "share", "majority", "third", "half", "quarter", "plurality"})


def holder_and_public(tok: Token, actors: dict[int, list[ActorRef]], home: ActorRef | None,
                      evidence: list[str]) -> tuple[ActorRef, ActorRef] | None:
    """"Yoon won the South Korean presidential election", "Erdogan has been elected president",
    "the ANC's share of the vote in Wednesday's election": an election held is the state's act
    toward its public (docs/policy.md), whoever wins it: the government of the country its phrase
    names (else the sentence's one country, else the article's) toward that country's civilians.
    None for an election at another time ("the previous election in 2019", "since the 1994
    election", "will elect the next president" is left to modality), an election body ("election
    board") or an adjective ("the newly elected assembly")."""
    if tok.dep_ in ("amod", "acl") and tok.tag_ == "VBN":
        return None
    head = tok
    while head.dep_ == "compound" and head.head.i != head.i:
        head = head.head
    if head is not tok and head.lemma_.lower() not in VOTE_HEADS:
        return None
    scope = list(head.subtree)
    if head.pos_ in ("VERB", "AUX"):  # "was elected in 2018", "lost the 2022 election"
        scope = [t for c in head.children if c.dep_ in ("prep", "npadvmod", "advmod", "dobj")
                 for t in c.subtree]
    for t in scope:
        if t.lower_ in NOT_THIS_VOTE or (t.like_num and len(t.text) == 4 and t.text[:2] in (
                "19", "20")):
            return None
    if head.pos_ in ("VERB", "AUX") and _a_tally(scope):
        return None
    named = [a for t in head.subtree for a in actors.get(t.i, []) if a.country and
             a.how not in ("pronoun", "place")]
    country = named[0].country if named else (home.country if home is not None else None)
    if country is None:  # "Lee won 47.8 percent": no country anywhere, no state, no public
        return None
    span = (tok.idx, tok.idx + len(tok.text))

    def ref(agent: str) -> ActorRef:
        code = (country or "") + agent
        return ActorRef(code, country, agent, tok.text, code, span,
                        "inferred" if country else "agent")

    evidence.append("an election held: the state toward its public" + (
        f" ({country})" if country else " (the article's country)"))
    return ref("GOV"), ref("CVL")
