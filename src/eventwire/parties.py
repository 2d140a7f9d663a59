"""Parties: who does a matched act to whom. For one trigger the lexicon matched (events.py),
the slots of the parse (slots.py) give the words of its source, targets and parties; they are
resolved to actors, and where the text names none, the inferences of targets.py fill them in
(the weapon's nationality, an unnamed attacker, the civilians of an attacked place, the
protesters of a protest, the members an "including" phrase lists, an election's state and
public), each named in the candidate's `evidence`. The modality and the reporter of the act
come from modality.py, with a control noun's own modality ("an attempt to seize the town").

Stage contract: `PartyFinder.code(tok, entry, used, actors, index, group_of, ...)` returns the
`Candidate`s of one trigger, or none when no source can be found or the policy leaves it out.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from .actor_codes import by_actor_kind, crowd_control
from .background import described_alone
from .candidate import Candidate
from .carriers import CARRIED_ROOTS, aid_destination, carrier_senders
from .ground import home_ground, instrument, the_country_named
from .knowledge import Knowledge, LexEntry
from .modality import HOPE, INTENT, REPORTING, WISH, modality
from .nominal import attended
from .recode import official_protest, recode
from .records import ActorRef
from .role_country import aimed_at, in_country, news_agency
from .slots import find_slots
from .syntax import (
    CONTROL_NOUNS,
    INSTRUMENTS,
    climb,
    controlling_noun,
    hyphen_pair,
    included,
    passive,
    passive_subjects,
    prep_objects,
    subjects,
)
from .syntax import governor as governing_verb
from .targets import (
    CONFLICT_ROOTS,
    TARGETLESS_OK,
    actors_of,
    at_home,
    dyads,
    holder_and_public,
    nearest_target,
    public_aid_appeal,
    sentence_counterpart,
)
from .transfer import arrived, destination, givers, received
from .unnamed import (
    LEGAL_CODES,
    attacker_of_clause,
    authority_of_target,
    civilians_at,
    natural_cause,
    place_attacked,
    places_in,
    private_persons,
    protesters_at,
    unnamed_actor,
    unnamed_attacker,
)

ADDRESSED_ROOTS = frozenset({"02", "10", "11", "12", "13"})
VENUE_ROOTS = frozenset({"01", "03", "04", "05", "06", "14"})
"""Statements, intents, meetings, agreements, cooperation and protests: where they happen is
never their counterpart."""
GROUP_NOUNS = frozenset({"country", "nation", "state", "government", "body", "organisation",
                         "organization", "leader", "member", "power", "ally", "capital"})
"""Plural subjects that stand for the members an "including" phrase lists."""

OBLIGATION_RULE = LexEntry(
    code="100", pos="verb", lemmas=frozenset(), target=(), origin="rule: in a party's words, "
    "another party must do something (a demand, whatever the act)")


class PartyFinder:
    def __init__(self, knowledge: Knowledge) -> None:
        self.k = knowledge

    def resolve(self, toks, actors, group_of) -> list[ActorRef]:
        found = actors_of(toks, actors)
        if not found:  # "the Togolese customs officers": the nationality of an unknown role
            found = actors_of([c for t in toks for c in t.children
                                  if c.dep_ in ("amod", "compound")], actors)
        if not found:
            for t in toks:
                found.extend(group_of(t))
        return found

    def code(self, tok: Token, entry: LexEntry, used: list[Token], actors, index,
              group_of, home: ActorRef | None = None,
              places: dict[int, list[ActorRef]] | None = None,
              triggered: set[int] | frozenset[int] = frozenset(),
              guess_attacker: bool = False,
              violent: set[int] | frozenset[int] = frozenset()) -> list[Candidate]:
        """The candidates of one matched trigger; `triggered` holds the sentence's other
        triggers (a noun that is the object of one of them is not its subject's act), `violent`
        those of roots 18-20. `guess_attacker`: a noun of violence with no attacker may be an
        unidentified group's."""
        is_verb = entry.pos == "verb" and tok.pos_ == "VERB"
        obligation_rule = entry is OBLIGATION_RULE
        evidence = [f"trigger {tok.text!r} ({entry.origin})"]
        if entry.addressee == "public":
            if tok.dep_ == "dobj" and tok.head.i in triggered or written_about(tok):
                # "discussed the elections", "condemned the vote", "a report on elections in
                # Fiji": a topic, not held
                return []
            return self._public(tok, entry, index, actors, group_of, home, evidence, places)
        # "killed 20 people, setting cars ablaze": the attack's damage (policy.left_out)
        effect = is_verb and entry.code[:2] == "17" and effect_of_attack(tok, violent,
                                                                         entry.code)
        slots = find_slots(tok, entry, used, actors, triggered, is_verb, evidence)
        source_toks, target_toks, pair_toks = slots.sources, slots.targets, slots.pairs
        topic = slots.topic
        used_ids = {u.i for u in used}
        target_toks = [t for t in target_toks if t.i not in used_ids]
        sources = self.resolve(source_toks, actors, group_of)
        # "the meeting was attended by A, B and C": those present; members of one country are
        # not each other's counterparts (nominal.attended)
        present = entry.reciprocal and not target_toks and attended(tok, slots.governor)
        if is_verb and (alone := described_alone(tok)) is not None:
            # "Iran, which has supported Russia, and Saudi Arabia agreed": the relative clause
            # describes Iran alone, not the parties coordinated after it
            sources = [a for a in sources if a in actors.get(alone.i, ())] or sources
        listed = False  # sources are the members of a group listed with "including"
        if all(a.country is None and a.how == "agent" for a in sources) and any(
                t.lemma_.lower() in GROUP_NOUNS for t in source_toks + [
                p for t in source_toks for p in prep_objects(t, ("of",))]):
            # "Several countries have condemned the strikes, including Turkey, Jordan and Egypt",
            # "a handful of countries including China and Pakistan": the members listed act
            # ("Several governments condemned the raid, including Jordan and Egypt": the
            # members of a group noun with no country of its own, wherever the phrase hangs)
            members = actors_of(included(tok.subtree), actors)
            listed = bool(members)
            if members:
                sources = members
                evidence.append("sources: the members an 'including' phrase lists")
        if not sources and entry.code[:2] in CARRIED_ROOTS:
            sources = carrier_senders(tok, source_toks, actors, evidence)
        if not sources and not is_verb and entry.code[:2] == "07":
            # "aid from Kuwait reached Somalia": the goods' own "from" phrase gives them
            sources = [a for a in actors_of(givers(tok, used), actors) if a.how != "place"]
            if sources:
                evidence.append(f"source: who the {tok.text!r} is from ({sources[0].text!r})")
        if not sources and is_verb and entry.code[:2] in CONFLICT_ROOTS:
            # "killed in an Israeli airstrike", "wounded by Russian shelling": the weapon's
            # nationality names the attacker
            weapons = [p for p in prep_objects(tok, ("by", "in", "with", "from"))
                       if p.lemma_.lower() in INSTRUMENTS]
            weapons += [c for w in weapons for c in w.children
                        if c.dep_ in ("amod", "compound", "nmod", "poss")]
            sources = [a for a in actors_of(weapons, actors) if a.how != "pronoun"]
            if sources:
                evidence.append(f"source: the weapon's own nationality ({sources[0].text!r})")
        if not sources and is_verb and entry.code[:2] in CONFLICT_ROOTS and not any(
                actors.get(t.i) for t in source_toks):
            # "soldiers were killed when ISIS militants attacked their post": the attacker of
            # the when-clause's own act of violence did the killing
            sources = [a for a in self.resolve(attacker_of_clause(tok, violent), actors,
                                               group_of) if a.how != "pronoun"]
            if sources:
                evidence.append(f"source: the attacker its when-clause names "
                                f"({sources[0].text!r})")
        if not sources and is_verb and (entry.code[:2] in CONFLICT_ROOTS | {"17"}
                                        or entry.code in LEGAL_CODES):
            sources = unnamed_actor(tok, entry.code, source_toks, places or {}, evidence)
        unnamed = False
        if not sources and guess_attacker and not topic and not source_toks:
            sources = unnamed_attacker(tok, places or {}, evidence, later=index > 0)
            unnamed = bool(sources)
        # farmers blocking a road protest (144), troops blocking it impose a blockade (191)
        entry = by_actor_kind(self.k.by_actor, entry, tok, sources, evidence)
        targets = self.resolve(target_toks, actors, group_of)
        if received(entry):
            # "Haiti received 50 tonnes of rice from Brazil": the giver is the "from" phrase
            sources, targets = targets, sources
            evidence.append("the subject received: the giver is the 'from' phrase")
        if arrived(entry):
            # "peacekeepers from Nepal arrived in Lebanon": the place of arrival receives
            where = destination(used)
            targets = [a for a in places_in(where, places or {}) + actors_of(where, actors)
                       if a.code not in {s.code for s in sources}][:1] or targets
        told = None  # (modality, reporter, via), looked up once
        if not sources and is_verb and not source_toks and passive(tok) and (
                entry.code[:2] == "17" or entry.code in LEGAL_CODES):
            told = self.modality_of(tok, actors, group_of)
            if not targets:
                # "Mr Protasevich was detained on Sunday": a person the knowledge does not list
                targets = private_persons(target_toks, evidence)
            sources = authority_of_target(tok, entry.code, targets, evidence, told[1])
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
                                       nowhere=_names_no_country(actors, places), actors=actors)
                if targets:
                    break
        named = [a for a in actors_of(included(c for t in target_toks for c in t.children),
                                      actors)
                 if a.country or a.code[:3] in ("IGO", "NGO", "IMG")]
        if named and not listed and all(a.country is None or a.how in ("agent", "context")
                                        for a in targets):
            # "arrest warrants for several judges, including ICC Judge Tomoko Akane"
            targets = named
            evidence.append("target: the members an 'including' phrase names")
        pairs = self.resolve(pair_toks, actors, group_of)
        if not pairs and not is_verb and entry.reciprocal and entry.code[:2] in ("04", "05") \
                and len(leaders := listed_leaders(tok, actors)) > len(
                    {a.country for a in sources + targets}):
            # "the trilateral meeting of the President of Kyrgyzstan A, President of Tajikistan B
            # and President of Uzbekistan C": the leaders a meeting's "of" phrase lists, however
            # the parser chains them (appositions, conjuncts), are its parties
            pairs = leaders
            evidence.append("sides: the leaders the 'of' phrase lists")
        if not pairs and not sources and entry.reciprocal and entry.code[:2] in ("04", "19"):
            # "clashes on the Kyrgyz-Tajik border", "fighting on the Armenia-Azerbaijan
            # border": the two names of the place fought over or talked about are the sides
            joined = [t for h in (tok, *prep_objects(tok, ("on", "at", "along", "over")))
                      if (pair := hyphen_pair(h)) for t in (h, *pair)]
            pairs = [a for a in actors_of(joined, actors) if a.country]
            if len({a.country for a in pairs}) == 2:
                evidence.append("sides: the two names the hyphen joins "
                                f"({pairs[0].text!r}, {pairs[-1].text!r})")
            else:
                pairs = []
        if not targets and not pairs and not (entry.reciprocal and len(sources) >= 2):
            # the object named by the pattern may carry the target: "released Palestinian
            # prisoners", "expelled two Indian diplomats" (not "A and B signed an AU-sponsored
            # agreement": there the parties are the subjects)
            # (not what the act moves, sends or fires: "sent warships near Taiwan")
            targets = actors_of([u for u in used if u.dep_ in ("dobj", "nsubjpass", "pobj")
                                 and not instrument(u, entry.code)], actors)
            if entry.code[:2] == "07":
                # "set up a field hospital in Syria": the aid given is no recipient, unless its
                # phrase names whose it is ("evacuated wounded Palestinian children") and that
                # is not the giver ("a consignment of Swedish howitzers reached Ukraine")
                targets = [a for a in targets if (a.country or not a.agent)
                           and a.code not in {s.code for s in sources}]
        if not sources and is_verb and not source_toks and entry.code[:2] == "15" and \
                passive(tok):
            # "riot police have been deployed in Lagos", "troops were put on high alert": a
            # force deployed or alerted, with no one named as doing it, shows its own force
            sources = self.resolve(passive_subjects(tok), actors, group_of)
            targets = [t for t in targets if t.code not in {s.code for s in sources}]
            if sources:
                evidence.append("source: the force deployed or alerted (no one named as doing "
                                "it)")
        if len(pairs) >= 2 and entry.addressee == "parties" and sources:
            targets = pairs  # "X launched a mediation effort between A and B": X mediates
        elif len(pairs) >= 2 and (not sources or not is_verb):
            # "talks between A and B", even when someone else hosts them
            sources, targets = pairs, []
            entry = replace(entry, reciprocal=True)
        elif pairs and not targets:
            targets = pairs
        if not pairs and not entry.reciprocal and len({s.code for s in sources}) >= 2 and \
                mutual(tok):
            # "Kenya and Uganda accused each other", "the two sides blamed one another"
            entry, targets = replace(entry, reciprocal=True), []
            evidence.append("'each other': the parties act toward one another")
        own = {s.country for s in sources}
        if not pairs and not entry.reciprocal and not listed and "03" <= entry.code[:2] <= "08" \
                and entry.code[:2] != "07" and None not in own and len(own) == 2 \
                and all(t.country in own for t in targets):
            # "Kazakhstan and Uzbekistan inked documents", "both leaders agreed", "A and B
            # reaffirmed their commitment": two parties that cooperate and name no one else act
            # toward each other; not two givers of aid ("Turkish and Egyptian rescue teams
            # arrived in Derna"), whose aid goes to whoever needs it
            entry, targets = replace(entry, reciprocal=True), []
            evidence.append("two parties acting together and naming no one else: each is the "
                            "other's counterpart")
        modality, reporter, via = told or self.modality_of(tok, actors, group_of)
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
        # a meeting's, an accord's or a protest's venue is not its counterpart ("met in
        # Brussels", "reached a nuclear deal in Vienna"); a visit's destination is ("arrived in
        # Amman on a visit")
        where = places or {}
        if entry.code[:2] in VENUE_ROOTS and entry.code != "042":
            where = {i: refs for i, refs in where.items() if not venue(tok.doc[i], tok)}
        # an appeal for aid is addressed only by its own words ("appealed to donors", "asked
        # Japan for help"); a country in what it asks for or whom it is for is the beneficiary
        # ("appealed for $415 million for Nepal"), and with none named it is addressed to all
        aid_appeal = public_aid_appeal(entry.code, tok)
        if not targets and sources and not (entry.reciprocal and len(sources) > 1) and \
                not aid_appeal:
            targets = nearest_target(tok, used, sources, actors, where, entry.code)
            if targets:
                evidence.append("target: the nearest other actor in the trigger's phrase" if
                                targets[0].how != "place" else
                                f"target: the country of the place of the act, {targets[0].text!r}")
                entry = replace(entry, reciprocal=False)  # a guessed target is one way only
        if not targets and unnamed:
            # an unidentified attacker's act is aimed at home, never at another country the
            # sentence happens to name
            targets = [t for t in [at_home(self.k, tok, entry.code, sources[0], evidence)] if t]
        elif not targets and sources and entry.code[:2] not in TARGETLESS_OK and \
                not aid_appeal and not (entry.reciprocal and len(sources) > 1) and not (
                entry.code[:2] == "14" and not official_protest(tok, is_verb, sources)):
            # (not for people protesting: where they live or march, or a country their demand
            # names, is not whom they protest against; "Sri Lankans living in the US held
            # protests demanding the resignation of the president ... and his return to the
            # US" is aimed, with no addressee named, at their own government, below)
            targets = sentence_counterpart(self.k, tok, entry.code, sources, actors, where,
                                           evidence, _patient(tok, target_toks, is_verb),
                                           reporter, triggered)
            if targets:
                entry = replace(entry, reciprocal=False)
        if not targets and sources and entry.code[:2] == "07":
            targets = aid_destination(tok, places or {}, evidence)
        if entry.code[:2] in CONFLICT_ROOTS and any(t.country is None for t in targets) and (
                hit := place_attacked(tok, actors, places or {})) is not None:
            # "Russian missiles struck Kyiv, killing 12 civilians": the victims are of the
            # place attacked, not of the attacker (nor of the article's country)
            targets = [in_country(t, hit, evidence, f"the country of the place attacked, "
                                  f"{hit.text!r}") for t in targets]
        if reporter is not None and reporter.country and not news_agency(reporter):
            # (a news agency relaying the story says where the news came from, not whose
            # police or courts act: "prosecutors charged Adams, Xinhua reported")
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
        if home is not None and entry.code[:2] in CONFLICT_ROOTS and sources and all(
                s.country == home.country and not home_ground(s, places, actors)
                for s in sources) and not the_country_named(tok.sent):
            # "Russian troops shelled a hospital": the only country named is the attacker's
            # own, which says nothing of whom it hit (nor of the other roles); unless the
            # sentence puts the act in "the country" ("a town in the country's northwest")
            home = None
        if home is not None:
            why = "the only country named in the sentence"
            if not (entry.code[:2] <= "13" and any(
                    t.country == home.country and t.how == "name" for t in targets)):
                # but "Prime Minister X thanked Kenya": a party addressing a country by name
                # is not of that country; nor, in any act, a role acting on the country
                # itself ("the parliament imposed sanctions on Venezuela"), bar armed groups
                sources = [a if aimed_at(a, home.country, targets, entry.code, tok)
                           else in_country(a, home, evidence, why) for a in sources]
            targets = [in_country(a, home, evidence, why) for a in targets]
        if (entry.code[:2] == "14" or entry.code == "133") and all(
                t.how == "place" and t.country in {s.country for s in sources}
                for t in targets):
            # a demonstration or strike (or a threat of one, 133) that names no one it is aimed
            # at: the authorities of the protesters' own country
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
        hazard = code[:2] in CONFLICT_ROOTS and natural_cause(tok)
        for s, t in dyads(sources, targets, entry.reciprocal, code):
            if present and t is not None and (None in (s.country, t.country)
                                              or s.country == t.country):
                continue
            if hazard and s.how in ("place", "unidentified", "inferred"):
                continue  # victims of an earthquake or a typhoon: no one attacked them
            notes = list(evidence)
            if (riot := crowd_control(self.k.by_actor, code, s, t)) is not None:
                notes.append(f"a crowd and the police or the state: {code} coded as {riot}")
            out.append(Candidate(index, tok, entry, riot or code, s, t, modality, reporter, via,
                                 evidence=notes, unnamed=unnamed, effect=effect))
        return out

    def _public(self, tok: Token, entry: LexEntry, index: int, actors, group_of,
                home: ActorRef | None, evidence: list[str], places=None) -> list[Candidate]:
        """An act the state does toward its public (an election held): its actors come from
        the country, not from the grammar (targets.holder_and_public)."""
        pair = holder_and_public(tok, actors, home, evidence, places)
        if pair is None:
            return []
        modality, reporter, via = self.modality_of(tok, actors, group_of)
        if modality not in ("asserted", "claimed"):
            modality = "hypothetical"  # "will elect", "if elected": not an election held
        return [Candidate(index, tok, entry, entry.code, pair[0], pair[1], modality, reporter,
                          via, evidence=evidence)]

    def modality_of(self, tok: Token, actors, group_of):
        got = modality(tok, actors, lambda t: self.resolve(subjects(t), actors, group_of))
        return (noun_modality(tok, got[0]), *got[1:])


NOUN_MODALITY = (("refuse", "refused"), ("fail", "negated"), *((w, "wished") for w in HOPE),
                 *((w, "hypothetical") for w in WISH), *((w, "future") for w in INTENT))


def mutual(tok: Token) -> bool:
    """Whether the act is done to "each other" or "one another": its object, or the object of
    one of its prepositions ("accused each other", "fired at one another")."""
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    objs += [p for c in tok.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
    return any(o.lower_ in ("other", "another") and (
        any(c.lower_ in ("each", "one") for c in o.children)
        or o.i > 0 and o.doc[o.i - 1].lower_ in ("each", "one"))
        or o.lower_ == "one" and any(c.lower_ == "another" for c in o.children) for o in objs)


WRITINGS = frozenset({"report", "study", "survey", "review", "assessment", "inquiry", "probe",
                      "investigation", "book", "article", "documentary", "film", "debate",
                      "question", "briefing", "statement", "discussion", "talk", "meeting",
                      "conference", "dialogue", "consultation"})
"""Nouns of writing and talk whose "on", "about" or "into" phrase is what they are about."""


def written_about(tok: Token) -> bool:
    """"Pacific leaders meet to consider a report on elections in Fiji": an act in the "on",
    "about", "regarding", "concerning" or "into" phrase of a noun of writing or talk."""
    return tok.dep_ == "pobj" and tok.head.lower_ in (
        "on", "about", "regarding", "concerning", "into") and \
        tok.head.head.lemma_.lower() in WRITINGS


POSSIBILITIES = frozenset({"chance", "prospect", "possibility", "risk", "likelihood", "danger",
                           "probability", "odds", "spectre", "specter", "fear", "hope"})
"""Nouns of what may happen: an act in their "of" phrase is not reported done ("raised the
chances of a peaceful transfer of power", "the prospect of a withdrawal", "the risk of an
attack")."""


def noun_modality(tok: Token, got: str) -> str:
    """An act named by the infinitive of a control noun ("an attempt to seize the town", "plans
    to visit Japan") has the modality the noun's verb gives it ("attempted to" is not done,
    "plans to" is an intent), as an infinitive after that verb has (modality.py); an act in the
    "of" phrase of a noun of possibility (POSSIBILITIES) is hypothetical."""
    if got in ("asserted", "claimed") and tok.dep_ == "pobj" and tok.head.lower_ == "of" and \
            tok.head.head.lemma_.lower() in POSSIBILITIES:
        return "hypothetical"
    t = tok
    for _ in range(4):
        noun = controlling_noun(t)
        if noun is not None:
            verb = CONTROL_NOUNS[noun.lemma_.lower()]
            new = next((m for w, m in NOUN_MODALITY if w == verb), None) if verb else None
            return new if new and got in ("asserted", "claimed", "future") else got
        if t.dep_ in ("ROOT", "ccomp", "advcl", "relcl", "parataxis", "xcomp", "csubj") \
                or t.head.i == t.i:
            break
        t = t.head
    return got


def listed_leaders(tok: Token, actors) -> list[ActorRef]:
    """The leaders of two or more countries a noun's "of" phrase names, one per country: the
    persons and titled roles of governments anywhere in its subtree."""
    out: dict[str, ActorRef] = {}
    for p in prep_objects(tok, ("of",)):
        for t in p.subtree:
            for a in actors.get(t.i, ()):
                if a.how in ("person", "title") and a.agent == "GOV" and a.country:
                    out.setdefault(a.country, a)
    return list(out.values()) if len(out) >= 2 else []


def venue(place: Token, act: Token) -> bool:
    """Whether a place names where an act happens: the object of "in" or "at" (through its
    compounds and conjuncts) on the act's own word, the verb that governs it or the act's object
    ("met in Brussels", "held talks in Doha", "reached a deal in Vienna"); not a place in another
    word's phrase ("work with all stakeholders in Venezuela")."""
    t = climb(place)
    if t.dep_ != "pobj" or t.head.lower_ not in ("in", "at"):
        return False
    holder = t.head.head
    return holder.i == act.i or holder.i == act.head.i and act.dep_ in (
        "dobj", "nsubj", "nsubjpass") or holder.head.i == act.i and holder.dep_ == "dobj"


def _patient(tok: Token, target_toks: list[Token], is_verb: bool) -> list[Token]:
    """What the act was done to, as its slots name it: a verb's object or passive subject, a
    noun's "of" object or possessor that its class makes the one acted on ("the bombing of the
    port"), or a gerund's object ("bombing cities"); not a preposition's object the entry lists
    ("sanctions on imports")."""
    if is_verb:
        return [t for t in target_toks if t.dep_ in ("dobj", "nsubjpass") and t.head.i == tok.i]
    return [t for t in (*target_toks, *(c for c in tok.children if c.dep_ == "dobj"))
            if t.head.i == tok.i and t.dep_ in ("poss", "dobj")
            or t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.i == tok.i]


def _names_no_country(actors, places) -> bool:
    """Whether a sentence names no country at all, as actor or place."""
    return not places and not any(r.country for refs in actors.values() for r in refs)


def effect_of_attack(tok: Token, violent: set[int] | frozenset[int], code: str) -> bool:
    """Whether a participle tells what an attack did ("an airstrike killed 20 people,
    shattering storefronts and setting cars ablaze"), or a passive of damage (171) names the
    attack that did it ("as a result of the missile strike, buildings were damaged"): the damage
    is the attack's, not an act of coercion of its own (an arrest "in the battle" stays one)."""
    t = tok
    while t.dep_ == "conj" and t.head.i != t.i:
        t = t.head
        if t.i in violent and t.tag_ == "VBG":
            return True  # "killing nine people and setting shops ablaze"
    if code.startswith("171") and passive(t) and any(o.i in violent for o in _causes(t)):
        return True  # "as a result of the missile strike, buildings were damaged"
    return t.tag_ == "VBG" and t.dep_ == "advcl" and t.head.i in violent


CAUSE_PREPS = frozenset({"in", "during", "after", "following", "from", "by", "as"})


def _causes(verb: Token) -> list[Token]:
    """The nouns a passive verb's phrases give as what brought it about: "damaged in the
    strike", "destroyed during the shelling", "as a result of the attack"."""
    out = []
    for p in verb.children:
        if p.dep_ not in ("prep", "agent") or p.lower_ not in CAUSE_PREPS:
            continue
        for o in p.children:
            if o.dep_ != "pobj":
                continue
            out.append(o)
            if o.lemma_.lower() == "result":  # "as a result of"
                out += prep_objects(o, ("of",))
    return out
