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
    CONFLICT_ROOTS,
    PHYSICAL_ROOTS,
    home_ground,
    named_thing,
)
from .knowledge import Knowledge
from .modality import REPORTING
from .records import ActorRef
from .syntax import (
    aside,
    climb,
    own_phrase,
    with_conjuncts,
)
from .unnamed import told_as_done

TARGETLESS_OK = frozenset({"01"})
"""Roots whose events are complete without a target: public statements. (Force posture, 15,
was one until the dev set's coders gave every show of force its addressee: docs/policy.md.)"""

PUBLIC_APPEALS = frozenset({"appeal", "plea", "plead"})
"""Appeals for aid (023...) made in public: addressed only by their own words ("appealed to
donors"), else to everyone; a country in what they ask for or whom it is for is the beneficiary
("appealed for $415 million for Nepal"), never the addressee (docs/policy.md)."""


def public_aid_appeal(code: str, trigger: Token) -> bool:
    """Whether an act is a public appeal for aid (`PUBLIC_APPEALS`): the parties finder looks
    for no stand-in addressee for it, and the output policy keeps it without one."""
    return code.startswith("023") and trigger.lemma_.lower() in PUBLIC_APPEALS

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



def actors_of(toks: list[Token], actors: dict[int, list[ActorRef]]) -> list[ActorRef]:
    out: list[ActorRef] = []
    for t in toks:
        for c in with_conjuncts(t):
            for a in actors.get(c.i, []):
                if a.code not in {o.code for o in out} or a.span not in {o.span for o in out}:
                    out.append(a)
    return out


WITHIN_A_GOVERNMENT = frozenset({"172"})
"""Codes one part of a government does to another: a president sacking the prime minister."""


def _two_of_a_role(s: ActorRef, t: ActorRef, code: str = "") -> bool:
    """Two parties that share a code but are not one: a judge and the lawyers she has arrested
    (both JUD), the police and the officers they detain; each named by its own words, neither a
    pronoun or a mention taken up from before. Not two of a government, unless the act is one a
    government does to itself (`WITHIN_A_GOVERNMENT`: "the president sacked the prime
    minister"): a minister meeting "his counterpart" of the same country is a counterpart read
    with the wrong country."""
    return ((s.agent is not None and (s.agent != "GOV" or code in WITHIN_A_GOVERNMENT))
            and s.agent == t.agent and s.span != t.span
            and s.how not in ("pronoun", "coreference", "inferred")
            and t.how not in ("pronoun", "coreference", "inferred")
            and s.text.lower() != t.text.lower())


def dyads(sources: list[ActorRef], targets: list[ActorRef], reciprocal: bool, code: str = ""):
    out = []
    if not sources:
        return out
    if targets:
        for s in sources:
            for t in targets:
                if s.code != t.code or _two_of_a_role(s, t, code):
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
    where = circumstance(tok) if code[:2] in WORDS_ROOTS else set()
    phrase = [t for t in own_phrase(tok, 4) if not aside(t, tok) and t.i not in topic
              and not in_a_medium(t) and t.i not in where and not according_to(t)]
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


NORM_DEFIANCE = frozenset({"128"})
"""Defying norms or law: its counterpart is whoever owns the norm its phrase names ("disregarded a
Supreme Court ruling"), never another country the sentence happens to name ("saying he had
violated the constitution" in a sentence that ends in Costa Rica; on the dev set both such
guesses were false positives)."""


def sentence_counterpart(k: Knowledge, tok: Token, code: str, sources: list[ActorRef], actors,
                          places, evidence: list[str], patient: list[Token] | None = None,
                          reporter: ActorRef | None = None,
                          triggered: set[int] | frozenset[int] = frozenset()) -> list[ActorRef]:
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
    guess.) Nor is the doer of another act of the sentence (`triggered`): "It was hailed by Iran
    and the EU but branded a mistake by Israel" is no praise of Israel."""
    own = {s.country for s in sources if s.country}
    if not own or code[:3] in NORM_DEFIANCE:
        return []
    topic = topics_in(tok.sent, code)
    thing = code[:2] in PHYSICAL_ROOTS and named_thing(patient or [])
    inside = {t.i for p in patient or [] for t in p.subtree} | (
        {t.i for t in tok.subtree} if tok.pos_ != "VERB" else set())
    sent = tok.sent
    others: dict[str, ActorRef] = {}
    ours: set[str] = set()  # those named in its own phrase or by its reporter
    venue_only = code[:2] in ("01", "04") and code != "042"  # "talks in Nairobi"
    where = circumstance(tok) if code[:2] in WORDS_ROOTS else set()
    for pool in (actors,) if venue_only else (actors, places):
        for i, refs in pool.items():
            if not sent.start <= i < sent.end or aside(sent.doc[i], tok) or i in topic or \
                    in_media_source(sent.doc[i]) or i in where or \
                    in_relative_clause(sent.doc[i], tok) or \
                    doer_of_another(sent.doc[i], tok, triggered):
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


def doer_of_another(t: Token, tok: Token, triggered: set[int] | frozenset[int]) -> bool:
    """Whether `t` heads (or is listed in) the subject or the "by" agent of another trigger of
    the sentence, a verb with an act of its own beside this one: "... but branded a historic
    mistake by Israel", "while Russia vetoed the resolution". Not the doer of an act that
    governs this one: in "Palestinian groups vowed to retaliate against the Israeli airstrikes",
    the groups are whom the airstrikes hit."""
    head = climb(t, ("compound", "flat", "appos", "conj", "poss"))
    if head.dep_ in ("nsubj", "nsubjpass"):
        verb = head.head
    elif head.dep_ == "pobj" and (head.head.dep_ == "agent" or head.head.lower_ == "by"):
        verb = head.head.head
    else:
        return False
    return verb.i != tok.i and verb.i in triggered and verb.pos_ in ("VERB", "AUX") and \
        all(a.i != verb.i for a in tok.ancestors)


WORDS_ROOTS = frozenset({"01", "02", "10", "11", "12", "13"})
"""Acts done in words: their counterpart is someone addressed or judged, never where the speaker
happens to be."""
PARTICIPLES = frozenset({"VBG", "VBN"})


LOCATIVE = frozenset({"at", "in", "during"})


def circumstance(tok: Token) -> set[int]:
    """The words that tell where or how the speaker of an act in words was, or who the speaker
    is: a participle clause on the trigger or on its subject ("Zelaya, arriving at the airport
    in the Costa Rican capital, called ..."), the subject's appositive ("Mr. Zelaya, a leftist
    aligned with President Hugo Chavez of Venezuela, denounced ..."), and a place phrase on the
    trigger verb itself ("he insisted at the airport in San Jose, Costa Rica")."""
    subjects = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
    out = {t.i for h in (tok, *subjects) for c in h.children
           if c.dep_ in ("acl", "advcl") and c.tag_ in PARTICIPLES
           and not any(k.dep_ in ("nsubj", "nsubjpass") for k in c.children)
           for t in c.subtree}
    out |= {t.i for s in subjects for c in s.children if c.dep_ == "appos" for t in c.subtree}
    if tok.pos_ == "VERB":
        out |= {t.i for c in tok.children if c.dep_ == "prep" and c.lower_ in LOCATIVE
                for t in c.subtree}
    return out


def in_relative_clause(t: Token, tok: Token) -> bool:
    """Whether `t` sits in a relative clause outside the trigger's own phrase that does not hold
    the trigger `tok` ("His condemnation offered a contrast with the Bush administration, which
    in 2002 endorsed a coup against Mr. Chavez"): a description of something else, not this
    act's counterpart. (Inside the trigger's phrase it may tell the act's content: "accused the
    network of facilitating shipments that support Iran's IRGC".)"""
    if tok.is_ancestor(t):
        return False
    node = t
    while node.head.i != node.i:
        if node.dep_ == "relcl":
            return not any(x.i == tok.i for x in node.subtree)
        node = node.head
    return False


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
MEDIA_HEADS = MEDIA_WORDS | {"network", "station", "broadcast", "website", "magazine"}
"""The heads of a news medium's name ("the Venezuela-based Telesur television network")."""


def in_a_medium(tok: Token) -> bool:
    """Whether `tok` is a word of a news medium's name or of its modifiers: "Venezuela" in "a
    call to the Venezuela-based Telesur television network" says where the medium is, and the
    medium is whom a statement was told to, never a counterpart."""
    head = climb(tok, ("compound", "amod", "nmod", "npadvmod", "poss", "flat"))
    return head.i != tok.i and head.lemma_.lower() in MEDIA_HEADS and any(
        t.lemma_.lower() in MEDIA_WORDS for t in head.subtree)


def according_to(tok: Token) -> bool:
    """Whether `tok` is in an "according to" phrase ("..., according to an AFP correspondent"):
    whoever tells of the act, never its counterpart."""
    head = climb(tok)
    return head.dep_ == "pobj" and head.head.lower_ == "to" and head.head.head.lower_ == "according"


def in_media_source(tok: Token) -> bool:
    """Whether `tok` names the news medium that reports the sentence ("..., Russia's TASS news
    agency reported", "Iranian state media said"): where a report comes from, not a party."""
    head = climb(tok, ("poss", "compound", "amod", "nmod", "appos", "flat", "case"))
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
    """"won in Nelson by 29 votes": the words that made a win an election's are only a number of
    votes, a constituency's margin rather than the election held; "won the runoff by 29 votes"
    names the vote itself. A share of the vote ("won 47.8 percent of the votes") is the election
    counted, which the coders code as held (session 19: 26 of the dev set's 40 sentences telling
    a share carry the label)."""
    votes = [t for t in scope if t.lemma_.lower() in ELECTION_WORDS]
    return bool(votes) and all(
        t.lemma_.lower() == "vote" and t.tag_ == "NNS"
        and any(c.dep_ == "nummod" for c in t.children) for t in votes)


ELECTION_WORDS = frozenset({"election", "runoff", "presidency", "vote", "poll", "ballot"})
"""The words that make winning or losing an election's (the lexicon's 0831 win|lose frame)."""


def holder_and_public(tok: Token, actors: dict[int, list[ActorRef]], home: ActorRef | None,
                      evidence: list[str],
                      places: dict[int, list[ActorRef]] | None = None
                      ) -> tuple[ActorRef, ActorRef] | None:
    """"Yoon won the South Korean presidential election", "Erdogan has been elected president",
    "the ANC's share of the vote in Wednesday's election": an election held is the state's act
    toward its public (docs/policy.md), whoever wins it: the government of the country its phrase
    holds it in (`places`: "the presidential election in the Seychelles") or names, or its winner
    does (else the sentence's one country, else the article's), toward that country's civilians.
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
        # (the verb's first object only: "has won the election, ..., the first opposition
        # victory since independence 40 years ago" hangs a description as a second object)
        first = next((c.i for c in head.children if c.dep_ == "dobj"), None)
        scope = [t for c in head.children if c.dep_ in ("prep", "npadvmod", "advmod")
                 or c.i == first for t in c.subtree]
    for t in scope:
        if t.lower_ in NOT_THIS_VOTE or (t.like_num and len(t.text) == 4 and t.text[:2] in (
                "19", "20")):
            return None
    if head.pos_ in ("VERB", "AUX") and _a_tally(scope):
        return None
    own = scope + [t for c in head.children if c.dep_ in ("nsubj", "nsubjpass")
                   for t in c.subtree] if head.pos_ in ("VERB", "AUX") else scope
    # "has won the presidential election in the Seychelles, ..., the first opposition victory
    # since independence from Britain": the country the election's own phrase places it in,
    # else one its phrase or its winner names
    held_in = [a for t in own for a in (places or {}).get(t.i, []) if a.country]
    named = [a for t in own for a in actors.get(t.i, []) if a.country and
             a.how not in ("pronoun", "place")]
    country = (held_in[0].country if held_in else named[0].country if named
               else home.country if home is not None else None)
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
