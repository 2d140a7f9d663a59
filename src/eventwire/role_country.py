"""A role's country: when a role with no country of its own ("the Senate", "police", "the army")
takes the country its sentence, its speaker or its article gives it (`in_country`), and when that
country is not its home because the act is aimed at it (`aimed_at`, `abroad`; docs/policy.md,
"A role's country is not the country it acts on" and "Whose target").
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from spacy.tokens import Token

from .records import ActorRef


def news_agency(a: ActorRef) -> bool:
    """A news organisation named as itself ("Xinhua reported", "Anadolu Agency said") or by its
    kind ("Russian news agencies reported", "state television said"): it tells where the news
    came from, not where it happened nor whose roles act."""
    return a.agent == "MED"


def in_country(actor: ActorRef, context: ActorRef, evidence: list[str],
                why: str = "the speaker's own") -> ActorRef:
    """In a party's own statement, "the army" or "the government" with no country is its own;
    in a sentence that names one country only, "police" or "rebels" are that country's."""
    if actor.country is None and actor.agent is not None and actor.how in ("agent", "pronoun"):
        evidence.append(f"{actor.text!r} read as {context.country}: {why}")
        return replace(actor, code=context.country + actor.agent, country=context.country,
                       how="context")
    return actor


def aimed_at(source: ActorRef, country: str | None, targets, code: str = "",
             trigger: Token | None = None) -> bool:
    """Whether an act is aimed at `country` itself, named as its target ("lifted the embargo on
    Cuba", "travelled to Chad", "imposed sanctions on Venezuela"): then that country is not the
    home of its `source`, a role with no country of its own (the Senate that lifts an embargo
    on Cuba is not Cuba's). A role of the country ("arrested Kenya's opposition leader"), a
    place ("in Nairobi"), an inferred target, or a phrase that only stands for the country
    ("Uribe's lawsuit", a headline) does not count: the mention must be the country's name.
    Rebels and unidentified armed groups fight inside the country they attack ("rebels attacked
    Chad"). A visit (042) goes to a place, "in" included: "the prime minister arrived in Chad"
    is not Chad's prime minister, when the place is the country itself and the visit's own
    destination (not "visited Kano", at home, nor "visited flood-hit areas in Chad"). A capital
    standing for its state ("condemned Beijing") does not count: tried, it gave a country-less
    source to "Kurdish and Iraqi officials blamed Baghdad", whose own nationality is lost.
    Nor is a country the home of a role acting on its people abroad (`abroad`): "Authorities
    deported 40 Afghan migrants", "Police detained three British tourists", "the ministry
    summoned the French ambassador"."""
    if country is None or source.agent in ("REB", "UAF"):
        return False
    if any(t is not None and t.country == country and abroad(t, code) for t in targets):
        return True
    return any(
        t is not None and t.agent is None and t.country == country and _just_a_name(t.text)
        and (t.how == "name"
             or t.how == "place" and code == "042" and trigger is not None
             and t.text.lower().removeprefix("the ") == t.name.lower()
             and _destination(trigger, t.text))
        for t in targets)


ABROAD = frozenset({"national", "nationals", "migrant", "migrants", "tourist", "tourists",
                    "expatriate", "expatriates", "expat", "expats", "refugee", "refugees",
                    "seeker", "seekers", "ambassador", "ambassadors", "envoy", "envoys",
                    "diplomat", "diplomats", "consul", "embassy", "consulate", "attache"})
"""Head nouns of people who are, by what they are called, outside their own country: nationals,
migrants, tourists, refugees and asylum seekers abroad, a state's envoys and missions."""
EXPULSIONS = ("174",)
"""Expelling or deporting (CAMEO 174): done by a state to people not its own."""


def abroad(target: ActorRef, code: str) -> bool:
    """Whether the act is done to people of the target's country outside it: a role named by a
    noun of being abroad ("Afghan migrants", "the French ambassador"), refugees (REF), or anyone
    expelled or deported ("expelled two Somali journalists"). Their nationality is not the
    country of the role acting on them."""
    words = target.text.lower().replace("’", "'").split()
    return bool(target.agent) and (target.agent == "REF" or code.startswith(EXPULSIONS) or (
        bool(words) and words[-1] in ABROAD))


def _destination(trigger: Token, text: str) -> bool:
    """Whether `text` is where the trip of `trigger` goes: "arrived in Chad", "went to Chad"
    (a trip with an object goes to the object: "visited flood-hit areas in Chad")."""
    last = text.split()[-1]
    return not any(c.dep_ == "dobj" for c in trigger.children) and any(
        p.dep_ == "prep" and p.lower_ in ("in", "to", "into")
        and any(o.dep_ == "pobj" and o.text == last for o in p.children)
        for p in trigger.children)


def _just_a_name(text: str) -> bool:
    """"Cuba", "the United States", "the Republic of the Congo": a proper name and nothing
    else (every word capitalised but its function words, no possessive)."""
    words = text.split()
    return 0 < len(words) <= 6 and "'" not in text and "’" not in text and all(
        w[:1].isupper() or w in ("the", "of", "and") for w in words)


LOCAL_PEOPLE = frozenset({"mayor", "mayors", "councillor", "councillors", "councilor",
                          "councilors", "resident", "residents", "villager", "villagers",
                          "inhabitant", "inhabitants", "minority", "community", "communities",
                          "locals", "townspeople"})
"""People of a place: the office holders of its towns and those who live there."""


def residents(actor: ActorRef, where: str | None, nationality: dict[str, str], code: str = "",
              side: str = "source") -> ActorRef | None:
    """"Elected Albanian mayors", "Serb residents" in an article whose places lie in Kosovo
    (`places_country`) are Kosovo's: a nationality adjective on the people of a place names
    their ethnic group, and people are coded by the state they live in (CODING.md). So are a
    people named by their demonym with the place's own name ("Kosovo Serbs boycotted the
    elections") when they protest (root 14) or are repressed or assaulted (17, 18), and one
    called "ethnic" in any act ("ethnic Uzbeks were attacked", "ethnic Serb civilians were
    injured in clashes"), as civilians (CVL); a bare demonym may be visitors ("Japanese fans" at
    a final in Frankfurt), and one that fights or attacks another state's forces. `where`:
    the one country the article's places lie in; `nationality`: the country of each nationality
    adjective and country name; `code`, `side`: the act and the actor's side of it. None when
    the actor is no such people or already of that country."""
    if where is None or actor.country in (None, where):
        return None
    words = actor.text.replace(",", " ").split()
    if not any(nationality.get(w) == actor.country for w in words):
        return None
    if LOCAL_PEOPLE & {w.lower() for w in words}:
        agent = actor.code[3:] if len(actor.code) > 3 else ""
    elif "ethnic" in words and actor.agent in (None, "CVL"):
        # "ethnic Serb civilians were injured in clashes", "ethnic Uzbeks were detained":
        # "ethnic" says a people of the place, in any act, its civilians
        agent = "CVL"
    elif actor.agent is None and (side == "source" and code[:2] == "14"
                                  or side == "target" and code[:2] in ("17", "18")) and \
            any(nationality.get(w) == where for w in words):
        agent = "CVL"  # "Kosovo Serbs": a people of the place, not visitors
    else:
        return None
    return replace(actor, code=where + agent, country=where, agent=agent or actor.agent,
                   how="context")


def places_country(places: list[dict]) -> str | None:
    """The one country an article's places lie in: the country of at least two of its place
    mentions and two thirds of them, else None ("Congress criticised the Chinese government
    over Hong Kong" places nothing by one mention)."""
    counts = Counter(p["country"] for p in places)
    if not counts:
        return None
    top, n = counts.most_common(1)[0]
    return top if n >= 2 and n * 3 >= len(places) * 2 else None
