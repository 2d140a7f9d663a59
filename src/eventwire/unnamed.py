"""Actors an act implies where the sentence names none: the authorities behind an agentless
arrest, verdict or seizure; an unidentified armed group behind violence told with no perpetrator;
the civilians of a place attacked; the people of a place who protest. Each is placed by the
sentence (a place in one country) or by those the act was done to, never guessed.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from .ground import CIVILIAN_PLACES, home_ground
from .modality import REPORTING
from .records import ActorRef
from .syntax import INSTRUMENTS, STATIVE, TOPIC_VERBS, own_phrase, passive, prep_objects

DOING_VERBS = frozenset({"launch", "carry", "conduct", "stage", "mount", "hold", "unleash",
                         "wage", "step", "intensify", "begin", "start", "continue", "resume",
                         "perform", "execute", "make", "impose", "order", "escalate"})
"""Verbs whose object noun act is their subject's own act ("launched airstrikes", "carried out
raids", "staged a protest", "imposed a curfew")."""


HAZARDS = frozenset({
    "earthquake", "quake", "tremor", "aftershock", "tsunami", "eruption", "volcano",
    "typhoon", "cyclone", "hurricane", "storm", "tornado", "blizzard", "monsoon", "downpour",
    "deluge", "flood", "flooding", "floodwater", "landslide", "landslip", "mudslide",
    "avalanche", "drought", "wildfire", "bushfire", "heatwave"})
"""Natural hazards (WordNet natural phenomenon.n: geological, atmospheric and hydrological
events): the victims, damage and displacement a sentence ties to one have no attacker."""


def natural_cause(tok: Token) -> bool:
    """Whether the sentence of `tok` names a natural hazard: "the death toll from Saturday's
    earthquake rose to 4,500", "11.8 million people were displaced by the typhoon"."""
    return any(t.lemma_.lower() in HAZARDS for t in tok.sent)


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
    if code[:3] == "201":
        # "30,000 people have been displaced in Derna": people displaced with no one named who
        # drove them out fled a flood, a quake or a war told as a whole, not an expulsion
        return []
    if code[:3] == "171" and verb.lemma_.lower() not in SEIZURES:
        return []  # "buildings were damaged" by an earthquake or a shell: no authority did it
    if passive(verb):
        if any(t.lemma_.lower() not in INSTRUMENTS for t in source_toks):
            return []
    elif legal or not source_toks or any(
            t.lemma_.lower() not in INSTRUMENTS for t in source_toks):
        return []
    if not legal and in_unrest(verb):
        return []
    place = place_of(verb, places)
    if place is None:
        return []
    agent = authority(verb, root) if legal else "UAF"
    who = "the authorities" if legal else "an unidentified armed group"
    evidence.append(f"source: no agent named; {who} ({agent}) of {place.country}, the country "
                    f"of {place.text!r}")
    return [replace(place, code=place.country + agent, agent=agent, how="unidentified")]


UNREST = frozenset({"clash", "protest", "demonstration", "riot", "unrest", "scuffle", "melee",
                    "rally", "march", "stampede", "protester", "protestor", "demonstrator",
                    "rioter", "marcher"})
"""Words of a crowd's unrest: people hurt in it, or protesters hurt, were hurt in a riot and its
policing, not by an armed group."""


def in_unrest(verb: Token) -> bool:
    """"Over 30 people, protesters and police among them, were injured in the clashes",
    "dozens of protesters were also injured": violence with no named agent inside a crowd's
    unrest ("in"/"during" clashes, protests, riots), or done to protesters, is the riot's and its
    policing (roots 14 and 17), which the coders code where the text tells them; no unidentified
    armed group did it."""
    hurt = [c for c in verb.children if c.dep_ in ("nsubjpass", "dobj")]
    hurt += [p for h in hurt for p in prep_objects(h, ("of", "including"))]
    if any(h.lemma_.lower() in UNREST for h in hurt):
        return True
    return any(o.lemma_.lower() in UNREST for o in prep_objects(verb, ("in", "during", "amid")))


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


def unnamed_attacker(noun: Token, places, evidence: list[str], later: bool = False
                     ) -> list[ActorRef]:
    """"An attack damaged buildings in Kyiv's Shevchenkivskyi district", "the airstrike targeted
    a car near Khan Younis": a noun of violence told as happening (the subject of its clause)
    that names no attacker, and that takes up no act reported before, is coded as a verb with no
    agent is: to an unidentified armed group (UAF) of the country where it happened. Not when a
    phrase names its parties ("clashes erupted between police and protesters"), nor for "the"
    noun after the article's first sentence (`later`): "the clashes led to the evacuation of
    130,000 people" refers back to fighting the article told before, whoever fought it."""
    if not told_as_done(noun) or _names_parties(noun):
        return []
    if later and any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
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


SECURITY = frozenset({"COP", "MIL", "SPY", "JUD"})
"""Agents that arrest, detain and sentence: when one of them reports an agentless arrest or
verdict, its state did it (a government reporting one may be another state's commenting on it:
"Russia's foreign ministry said the journalist was detained in Chisinau")."""


def authority_of_target(verb: Token, code: str, targets: list[ActorRef],
                        evidence: list[str], reporter: ActorRef | None = None) -> list[ActorRef]:
    """"Colombia's former president has been sentenced to 12 years", "two Kenyan activists were
    detained": an agentless coercive or legal act that names no place is the act of the
    authorities of the country of the people it was done to; "suspects were detained, the
    Kyrgyz security service said": of the country of the security body that reports it (or of
    a reporting government, when those it was done to have no country)."""
    if not passive(verb) or not (code[:2] == "17" or code in LEGAL_CODES):
        return []
    countries = {t.country for t in targets if t.country}
    agent = authority(verb, code[:2])
    span = (verb.idx, verb.idx + len(verb.text))
    if reporter is not None and reporter.country and (
            reporter.agent in SECURITY or reporter.agent == "GOV" and not countries):
        country, why = reporter.country, f"whose {reporter.text!r} reports it"
    elif not countries and targets and all(t.how == "agent" for t in targets):
        # "five rebels were arrested": people of no country yet; the authorities with them
        # take the country the article places them in (coder: "the country the article is
        # about"), and a lone sentence keeps both unplaced
        evidence.append(f"source: no agent named; the authorities ({agent}) of whatever country "
                        "those it was done to are of")
        return [ActorRef(agent, None, agent, verb.text, "authorities", span, "agent")]
    elif len(countries) == 1:
        country, why = countries.pop(), "the country of those it was done to"
    else:
        return []
    evidence.append(f"source: no agent named; the authorities ({agent}) of {country}, {why}")
    return [ActorRef(country + agent, country, agent, verb.text, country, span, "unidentified")]


def private_persons(toks: list[Token], evidence: list[str]) -> list[ActorRef]:
    """"Mr Protasevich was detained", "Oscar Pistorius has been sentenced": the people an
    agentless coercive or legal act was done to whom the knowledge does not list and the text
    gives no role, as private persons (CVL) of no country yet, which the article's country fills
    (`authority_of_target` then gives the authorities of the same country)."""
    out = [ActorRef("CVL", None, "CVL", t.text, t.text, (t.idx, t.idx + len(t.text)), "agent")
           for t in toks if t.pos_ == "PROPN" and t.ent_type_ == "PERSON"]
    if out:
        evidence.append(f"target: {out[0].text!r}, a person the knowledge does not list, as a "
                        "private person")
    return out


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
