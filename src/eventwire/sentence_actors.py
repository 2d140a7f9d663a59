"""Sentence actors: every actor a parsed sentence names, by noun-phrase head.

Stage contract: `SentenceActors.find(sent, ...)` resolves each noun-phrase head with the actor
finder and the article's coreference state, listing names used as places apart;
`place_actors` gives a role the country of a place in its own phrase ("police in Lagos");
`home` is the one country a sentence names, if it names one; `update_groups` remembers a joint
subject ("A and B said") and `pair_from_events` the two sides of a meeting or call, for a later
"they" or "both leaders".
"""

from __future__ import annotations

from dataclasses import replace

from .actors import ActorFinder, pro_or_anti
from .backers import backer_words
from .candidate import Candidate
from .collective import holders_in
from .coreference import PERSON_ROLES, Coreference, own_subject, pair_phrase
from .gender import NOUNS as GENDERED_NOUNS
from .gender import pronoun_gender
from .knowledge import Knowledge
from .modality import REPORTING
from .records import ActorRef
from .syntax import climb, hyphen_pair, infinitive, prep_objects, relative_place, subjects
from .targets import actors_of

NOUN_HEADS = frozenset({"NOUN", "PROPN", "PRON"})
NATIONS = frozenset({"country", "country-adj"})  # "US and British forces"
PLACE_PREPS = frozenset({"in", "from", "of", "at", "inside", "across", "throughout"})
ONE_PERSON = PERSON_ROLES | frozenset(GENDERED_NOUNS) | {
    "official", "diplomat", "governor", "mayor", "officer", "chief", "secretary", "prosecutor",
    "judge", "spokesperson", "head", "king", "queen", "emir", "monarch", "premier", "senator",
    "lawmaker", "legislator", "mp", "deputy", "representative", "activist", "lawyer"}
"""Role words that name one person, not an institution: "it" never takes up "the minister",
while it does take up "the government", "the army", "the ministry" (docs/policy.md)."""


class SentenceActors:
    def __init__(self, finder: ActorFinder, knowledge: Knowledge) -> None:
        self.finder = finder
        self.k = knowledge

    def find(self, sent, matched, state: Coreference, index: int, date: str | None,
                         places: dict[int, list[ActorRef]]) -> dict[int, list[ActorRef]]:
        """Actors by noun-phrase head; country and capital names used as places go to `places`."""
        out: dict[int, list[ActorRef]] = {}
        later = []  # pronouns whose report may name them after ("It will ..., X said")
        aside = backer_words(sent.doc)  # "Moscow's ally Belarus": Moscow is no party
        for tok in sent:
            if tok.pos_ not in NOUN_HEADS or tok.dep_ in ("compound", "flat", "det", "case") \
                    or tok.i in aside:
                continue
            if tok.i in matched and name_head(matched[tok.i][0]).i != tok.i:
                continue  # inside a multi-word name: its syntactic head stands for it
            if _is_place(tok):
                if tok.i in matched and matched[tok.i][1] in ("country", "capital"):
                    places[tok.i] = [self.place_ref(matched[tok.i][2], tok.text,
                                                     (tok.idx, tok.idx + len(tok)))]
                    state.see_country(places[tok.i][0])
                continue
            ref = self.finder.resolve(tok, matched, state, index, date) or protesting_crowd(tok)
            if tok.pos_ == "PRON" and tok.dep_ in ("nsubj", "nsubjpass"):
                ref = self._clause_subject(tok, out, state) or ref
                if ref is None:
                    later.append((tok, _body_before(tok, state, index)))
            elif ref is not None and ref.how == "possessive" and tok.dep_ in ("nsubj",
                                                                               "nsubjpass"):
                ref = self._speakers_own(tok, ref, out, state) or ref
            if ref is None:
                # "rejected US demands", "welcomed the Russian proposal": a name modifying a
                # thing is not the phrase's actor, but it is the party the thing belongs to
                for c in [*tok.children, *hyphen_pair(tok)[:1]]:  # "Kyrgyz" of "Kyrgyz-Tajik"
                    if c.dep_ in ("compound", "amod", "nmod") and c.i in matched and matched[
                            c.i][1] in ("country", "country-adj", "org") and c.i not in out \
                            and c.i not in aside:
                        inner = self.finder.resolve(c, matched, state, index, date)
                        if inner is None and matched[c.i][1] == "country-adj":
                            # "an Israeli airstrike": the adjective alone names the country
                            inner = self._nation(c, matched[c.i][2])
                        if inner is not None:
                            out[c.i] = [inner]
                continue
            out[tok.i] = self._roles_of_countries(tok, ref, matched) or [
                ref, *self._conjoined_countries(tok, ref, matched)]
            for t in hyphen_pair(tok):
                # "the Kyrgyz-Tajik border": the other name is a party of its own, on its own
                # word, for a fight or talks over the place (parties.py); the phrase stays one
                if t.i in matched and matched[t.i][1] in NATIONS and t.i not in out and \
                        matched[t.i][2] != ref.country and matched[t.i][2] in self.k.countries:
                    out[t.i] = [self._nation(t, matched[t.i][2])]
            for r in out[tok.i]:
                if r.how != "coreference":
                    state.see_country(r)
            if ref.country is None and ref.agent:
                # "both countries' defence ministries", "the foreign ministers of the two
                # countries": one role for each of the pair
                owners = [g for c in tok.children if c.dep_ == "poss" and pair_phrase(c)
                          for g in state.group(c, index)]
                owners += [g for p in prep_objects(tok, ("of", "from")) if pair_phrase(p)
                           for g in state.group(p, index)]
                if len({g.country for g in owners if g.country}) >= 2:
                    out[tok.i] = [replace(ref, code=g.country + ref.agent, country=g.country,
                                          name=g.name, how="pronoun")
                                  for g in owners if g.country]
            if tok.dep_ in ("nsubj", "nsubjpass") and ref.how != "pronoun":
                state.last_subject = ref
                if tok.tag_ not in ("NNS", "NNPS"):
                    state.last_singular = ref
                    if ref.how not in ("person", "coreference") and \
                            tok.lemma_.lower() not in ONE_PERSON:
                        state.last_body = (ref, index)
            # also list the names inside a phrase ("Moscow" in "Moscow's UN ambassador")
            for t in self.finder.np_tokens(tok, matched):
                if t.i != tok.i and t.i in matched and t.dep_ == "poss":
                    inner = self.finder.resolve(t, matched, state, index, date)
                    if inner is not None:
                        out.setdefault(t.i, [inner])
        for tok, before in later:
            ref = self._clause_subject(tok, out, state) or before
            if ref is not None:
                out[tok.i] = [ref]
        for tok in sent if places else ():
            # "sanctions on entities in Iran, China and Turkey": one party for each place
            if tok.tag_ == "NNS" and all(r.country is None and r.how == "agent"
                                          for r in out.get(tok.i, [])):
                held = holders_in(tok, places)
                if held:
                    out[tok.i] = held
        _conjunct_nationality(sent, out)
        return out

    def _speakers_own(self, tok, ref: ActorRef, found, state: Coreference) -> ActorRef | None:
        """"Erdogan stressed during the call with Putin that his country is ready to mediate":
        "his"/"her" owning the subject of a reported clause is the speaker, not the person
        named last."""
        owner = next((c for c in tok.children if c.dep_ == "poss" and c.lower_ in ("his", "her")),
                     None)
        if owner is None:
            return None
        speaker = self._clause_subject(tok, found, state, "he" if owner.lower_ == "his" else "she")
        if speaker is None or not speaker.country or speaker.country == ref.country:
            return None
        country = speaker.country
        return replace(ref, code=country + (ref.agent or ""), country=country,
                       name=self.k.countries[country]["name"]
                       if country in self.k.countries else ref.name)

    @staticmethod
    def _clause_subject(pron, found: dict[int, list[ActorRef]], state: Coreference,
                        lower: str | None = None) -> ActorRef | None:
        """"Switzerland said it had expelled ...": a pronoun subject of a clause that reports or
        continues another clause is that clause's subject, when the person, number and gender
        fit; "Smith said he ..." is then evidence of Smith's gender. (`lower` stands in for the
        pronoun's own form: "he" for the owner in "his country".)"""
        lower = lower or pron.lower_
        if lower not in ("it", "they", "he", "she", "we") or lower == "it" and extraposed(pron):
            return None
        clause = pron.head
        for hop in range(3):
            if clause.dep_ not in ("ccomp", "xcomp", "conj", "advcl") or clause.head.i == clause.i:
                return None
            clause = clause.head
            subjects = [c for c in clause.children if c.dep_ == "nsubj"]
            if lower == "they" and (len(subjects) > 1 or any(s.conjuncts for s in subjects)):
                return None  # a group: left to the group rule ("A and B said they ...")
            # "It will cooperate with the UN, the government said": a report that follows
            # its clause names the pronoun's referent after it
            trailing = hop == 0 and clause.lemma_ in REPORTING and clause.i > pron.head.i
            for c in subjects:
                # "The US Treasury Department said it ...": an institution no table names
                # stands for the country its modifier names, as it does as a subject
                refs = found.get(c.i) or [r for m in c.children if m.dep_ in ("amod", "compound")
                                          for r in found.get(m.i, ())]
                if (c.i < pron.i or trailing and (lower in ("it", "we")
                                                  or c.tag_ in ("NNS", "NNPS"))) and refs:
                    ref = refs[0]
                    person = (ref.how in ("person", "title") or ref.how == "coreference" and any(
                        k == state.key(ref) for k, _ in state.people)) and c.tag_ in ("NNP", "NN")
                    if lower in ("he", "she"):
                        gender = pronoun_gender(lower)
                        if not person or not state.genders.fits(state.key(ref), gender):
                            return None
                        state.genders.note(state.key(ref), said=gender)
                    # one person: a name, or a role word naming one ("the minister"); not
                    # an institution named by its role ("the government said it ...")
                    one = person and (ref.how != "title" or c.lemma_.lower() in ONE_PERSON)
                    if lower == "they" and one:
                        return None  # "Smith said they ...": others, not Smith
                    if lower == "it" and (one or c.tag_ in ("NNS", "NNPS")):
                        return _state_before(pron, clause, found) if hop == 0 and \
                            pron.head.dep_ == "advcl" else None
                    return ref.as_pronoun(pron)
        return None

    def _nation(self, tok, country: str) -> ActorRef:
        """The country a name or adjective names by itself ("Israeli" in "an Israeli
        airstrike", "Kyrgyz" in "the Kyrgyz-Tajik border")."""
        return ActorRef(country, country, None, tok.text, self.k.countries[country]["name"],
                        (tok.idx, tok.idx + len(tok)), "name")

    def place_ref(self, country: str, text: str, span: tuple[int, int]) -> ActorRef:
        """A place standing for its country, as a target candidate ("in Syria", "in the town of
        Cizre")."""
        return ActorRef(country, country, None, text, self.k.countries[country]["name"],
                        tuple(span), "place")

    def place_actors(self, sent, actors: dict[int, list[ActorRef]], where: dict) -> None:
        """"Police in Lagos", "Darfur rebels", "security forces in Guinea": an actor known only by
        its role takes the country of a place named in its own phrase."""
        doc = sent.doc
        for i, refs in actors.items():
            head = doc[i]
            near = [c for c in head.children if c.dep_ in ("compound", "amod", "nmod")]
            near += [t for c in head.children if c.dep_ == "prep" and c.lower_ in PLACE_PREPS
                     for t in c.subtree]
            place = next((where[t.i] for t in near if t.i in where
                          and where[t.i].get("country") in self.k.countries), None)
            if place is None:
                continue
            country = place["country"]
            actors[i] = [replace(r, code=country + r.agent, country=country, how="place",
                                 name=self.k.countries[country]["name"])
                         if r.country is None and r.agent and r.how == "agent" else r
                         for r in refs]

    def _roles_of_countries(self, tok, ref: ActorRef, matched) -> list[ActorRef]:
        """"Ministers from Egypt, Jordan and Iraq", "officials of Chad and Niger": a role with
        no country of its own, one for each of the conjoined countries its phrase names (the
        role may already hold the first of them: actors' rule for a role of a named body). A
        plural word of no role the knowledge knows is one for each too: "the leaders of Brunei,
        Cambodia and Laos"."""
        if not ref.agent and not (ref.country and tok.tag_ in ("NNS", "NNPS")) or \
                ref.country is None and ref.how != "agent":
            return []
        countries = [matched[t.i][2] for p in prep_objects(tok, ("of", "from"))
                     for t in (p, *p.conjuncts)
                     if t.i in matched and matched[t.i][1] in ("country", "capital")]
        countries = list(dict.fromkeys(countries))
        if len(countries) < 2 or ref.country not in (None, countries[0]):
            return []
        return [replace(ref, code=c + (ref.agent or ""), country=c,
                        name=self.k.countries[c]["name"], how="title") for c in countries]

    def _conjoined_countries(self, tok, ref: ActorRef, matched) -> list[ActorRef]:
        """"Russian and Ukrainian negotiators": one phrase, one actor per conjoined country (a
        role's "of" phrase, "the foreign ministers of Kenya and Uganda", is
        _roles_of_countries')."""
        out = []
        for t in tok.lefts:
            if t.i in matched and matched[t.i][1] in NATIONS and ref.country == matched[t.i][2]:
                for c in t.conjuncts:
                    if c.i in matched and matched[c.i][1] in NATIONS:
                        country = matched[c.i][2]
                        out.append(replace(ref, code=country + (ref.agent or ""), country=country,
                                           name=self.k.countries[country]["name"]))
        return out

    def home(self, sent, matched, actors, places) -> ActorRef | None:
        """The one country a sentence names (as actor or place, cities and regions included),
        if it names exactly one."""
        found: dict[str, ActorRef] = {}
        doc = sent.doc
        for i, refs in [*actors.items(), *places.items()]:
            if sent.start <= i < sent.end and relative_place(doc[i]):
                continue  # "south of Brownsville, Texas": where another place is, from outside
            for a in refs:
                if a.country:
                    found.setdefault(a.country, a)
        aside = backer_words(doc)  # "the former French colony": France is not named as such
        for tok in sent:
            if tok.i in matched and matched[tok.i][1] in ("country", "country-adj", "capital") \
                    and not pro_or_anti(matched[tok.i][0]) and tok.i not in aside:
                country = matched[tok.i][2]
                found.setdefault(country, ActorRef(country, country, None, tok.text, country,
                                                   (tok.idx, tok.idx + len(tok)), "name"))
        return next(iter(found.values())) if len(found) == 1 else None

    def update_groups(self, sent, actors, state: Coreference, index: int) -> None:
        """A joint subject the sentence writes out ("A and B met"); not the parties someone
        else urges or asks to act ("urged the EU and the US to impose sanctions")."""
        for tok in sent:
            if tok.pos_ not in ("VERB", "AUX") or tok.dep_ == "xcomp":
                continue
            subs = subjects(tok)
            refs = actors_of(subs, actors)
            if len({r.code for r in refs}) >= 2 or len({r.span for r in refs}) >= 2:
                state.last_group = refs
                state.last_group_sentence = index
        if state.last_group_sentence == index:
            # "During their meeting in Beijing, Abe and Li agreed ...": in a sentence with a
            # joint subject, "they" and "their" are its members, not the subject before
            for tok in sent:
                if tok.lower_ in ("they", "them", "their") and tok.pos_ == "PRON" and \
                        not own_subject(tok, state.last_group):
                    actors[tok.i] = [a.as_pronoun(tok) for a in state.last_group]


def pair_from_events(found: list[Candidate], state: Coreference, index: int) -> None:
    """"X met Y ... The two leaders agreed": a meeting or call between two countries, or any
    other cooperative act that runs both ways ("agreed with", "signed a deal with"; not a
    request, nor a trip "to A and B"), names a pair that "both", "they" and "the two sides" can
    take up, as a joint subject does."""
    if state.last_group_sentence == index:
        return  # the sentence has its own joint subject
    for c in found:
        if c.target is not None and (c.code[:2] == "04" or c.entry.reciprocal
                                     and c.code[:2] <= "08") \
                and c.modality in ("asserted", "claimed") \
                and c.source.country and c.target.country and c.source.country != c.target.country:
            # every party of that act: "met her Japanese and Chinese counterparts" names three
            group: dict[str, ActorRef] = {}
            for o in found:
                if o.trigger.i == c.trigger.i and o.code == c.code and o.target is not None:
                    for a in (o.source, o.target):
                        if a.country:
                            group.setdefault(a.country, a)
            state.last_group = list(group.values())
            state.last_group_sentence = index
            return


ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "iobj", "appos", "conj", "attr"})


def name_head(span):
    """The word that stands for a multi-word name in the sentence: its syntactic root, or, when
    the parser splits the name ("Côte" left hanging, "d'Ivoire" the subject), the part that is an
    argument of the words outside it."""
    heads = [t for t in span if not span.start <= t.head.i < span.end or t.head.i == t.i]
    if len(heads) > 1:
        return next((t for t in heads if t.dep_ in ARGUMENTS), span.root)
    return span.root


def _conjunct_nationality(sent, out: dict[int, list[ActorRef]]) -> None:
    """"expelled the Belarusian ambassador and all diplomats": a role of no country coordinated
    with a role whose own words give it one (its title: "Belarusian ambassador") shares that
    country, rather than taking the sentence's or the article's."""
    doc = sent.doc
    for i, refs in list(out.items()):
        tok = doc[i]
        if tok.dep_ != "conj" or not refs or not all(
                r.country is None and r.agent and r.how == "agent" for r in refs):
            continue
        first = out.get(tok.head.i)
        if not first or first[0].how != "title" or not first[0].country:
            continue
        country = first[0].country
        out[tok.i] = [replace(r, code=country + r.agent, country=country, how="title",
                              name=first[0].name) for r in refs]


def _state_before(pron, clause, found: dict[int, list[ActorRef]]) -> ActorRef | None:
    """"The EU leaders expressed solidarity with Latvia after it said it was expelling ...":
    an "it" subject of an adverbial clause whose main clause's subject does not fit (a plural, a
    person) takes up the one state the main clause names before it, outside the pronoun's own
    clause; two states there, or none, leave it to the rules that follow."""
    own = {t.i for t in pron.head.subtree}
    states = [r for t in clause.subtree if t.i < pron.i and t.i not in own
              for r in found.get(t.i, ()) if r.how == "name" and r.country and r.agent is None]
    if len({r.country for r in states}) != 1:
        return None
    ref = states[-1]
    return ref.as_pronoun(pron)


def _body_before(pron, state: Coreference, index: int) -> ActorRef | None:
    """"Kenya recalled its envoy on Monday. It also summoned Uganda's ambassador": a subject
    "it" that no clause of its own sentence explains takes up the state or institution that was
    the subject of this or the sentence before (not a person, not a plural, not an "it" that
    stands for a clause)."""
    if pron.lower_ != "it" or state.last_body is None or extraposed(pron):
        return None
    ref, when = state.last_body
    if index - when > 1:
        return None
    return ref.as_pronoun(pron)


def extraposed(pron) -> bool:
    """"it" standing in for a clause, not for an actor: "it was important to cooperate", "it
    is clear that ...", "it seems time to act"."""
    verb = pron.head
    return verb.lemma_ in ("be", "seem", "appear", "remain", "become") and any(
        c.dep_ in ("acomp", "attr") for c in verb.children) and any(
        c.dep_ in ("xcomp", "ccomp", "csubj") and (infinitive(c) or any(
            m.dep_ == "mark" and m.lower_ == "that" for m in c.children))
        for c in verb.children)


def _is_place(tok) -> bool:
    """A name governed by a locative preposition ("in Syria") is a place, not an actor."""
    head = climb(tok)
    if head.pos_ != "PROPN" or tok.pos_ != "PROPN":
        return False  # "killed in an Israeli airstrike", "an inquiry into Togolese officers"
    return (head.dep_ == "pobj" and head.head.lower_ in ("in", "near", "across", "inside",
                                                          "throughout", "outside", "within",
                                                          "around", "into"))


PROTESTING = frozenset({"protest", "demonstrate", "march", "rally", "riot", "picket"})
"""Verbs of protest whose relative clause makes a crowd of a noun no knowledge names ("the
antifascists who protested the verdict")."""


def protesting_crowd(tok) -> ActorRef | None:
    """"Police attacked the antifascists who protested the Golden Dawn": a plural noun the
    knowledge does not name, told by its relative clause as protesting, is a crowd of
    protesters (OPP), whose country the article or sentence gives."""
    if tok.pos_ != "NOUN" or tok.tag_ != "NNS" or not any(
            c.dep_ == "relcl" and c.lemma_.lower() in PROTESTING and any(
                s.dep_ == "nsubj" and s.lower_ in ("who", "that") for s in c.children)
            for c in tok.children):
        return None
    start = tok.left_edge
    text = tok.doc[start.i:tok.i + 1].text
    return ActorRef("OPP", None, "OPP", text, text, (start.idx, tok.idx + len(tok)), "agent")

