"""Where an act of force lands: what it is done with, what it hits, and whether the text puts it
at home. Three rules about whose target an attack has (docs/policy.md, "Whose target"):

- what a party moves, sends or fires is its instrument, never its target (`instrument`);
- a thing hit ("the port", "a power station") is no party, and no country of another act's party
  stands in for it (`named_thing`, used by `targets.sentence_counterpart`);
- an attack by a state the text names by itself ("a Russian drone") is not aimed at its own
  country, nor at its people, for want of another country (`home_ground`, used by
  `targets.at_home`, `unnamed.civilians_at`, `parties` and the article's country in `coder`).
"""

from __future__ import annotations

from spacy.tokens import Token

from .records import ActorRef

CONFLICT_ROOTS = frozenset({"18", "19", "20"})
PHYSICAL_ROOTS = CONFLICT_ROOTS | {"17"}
"""Coercion and violence: acts done to people and things, whose object is what was hit."""


CIVILIAN_PLACES = frozenset({"village", "hamlet", "town", "city", "neighbourhood", "neighborhood",
                             "suburb", "market", "marketplace", "school", "hospital", "clinic",
                             "mosque", "church", "temple", "synagogue", "home", "house",
                             "apartment", "settlement"})
"""Places whose attack is an attack on the people who live, pray, shop or are treated there."""


MATERIEL = frozenset({"troop", "soldier", "force", "army", "unit", "battalion", "brigade",
                      "division", "warship", "ship", "vessel", "fleet", "carrier", "destroyer",
                      "frigate", "submarine", "gunboat", "cruiser", "jet", "fighter", "warplane",
                      "bomber", "aircraft", "plane", "helicopter", "drone", "missile", "rocket",
                      "tank", "artillery", "shell", "mortar", "bomb", "weapon", "swarm",
                      "salvo", "barrage", "wave"})
"""Forces and weapons a party moves, sends or fires (the words the force-posture and attack
entries of the lexicon name as what is deployed, launched or fired, and the quantities they come
in): "sent warships near Taiwan", "launched a swarm of drones toward Israel"."""


def instrument(word: Token, code: str) -> bool:
    """Whether a word the lexicon entry matched names what the act moves, sends or fires, which
    is its source's own instrument and never its target: in force posture (root 15) every such
    word (the troops deployed, the border they are sent to, which names no one by itself); in
    violence (roots 18-20) a force or weapon (`MATERIEL`). Where it goes names the target ("near
    Taiwan", "toward Israel", "to its border with Pakistan": `nearest_target`)."""
    return code[:2] == "15" or code[:2] in CONFLICT_ROOTS and word.lemma_.lower() in MATERIEL


THINGS = CIVILIAN_PLACES | frozenset({
    "port", "harbour", "harbor", "dock", "pier", "bridge", "dam", "road", "highway", "railway",
    "airport", "airfield", "runway", "station", "plant", "refinery", "depot", "warehouse",
    "factory", "facility", "pipeline", "line", "grid", "tower", "building", "office",
    "headquarters", "compound", "embassy", "consulate", "base", "camp", "checkpoint", "post",
    "position", "site", "infrastructure", "car", "vehicle", "bus", "truck", "lorry", "train",
    "convoy", "ship", "vessel", "tanker", "boat", "ferry", "plane", "aircraft", "helicopter",
    "party", "gathering", "wedding", "funeral", "area", "district", "neighborhood", "street",
    "farm", "field", "crop", "store", "shop", "mall", "university", "college", "kindergarten",
    "shelter", "substation", "target"})
"""What an attack or a raid hits that is no party: structures, infrastructure, vehicles, the
places people live, work or gather, and gatherings ("bombed a wedding party"). People ("two
others", "opponents") are not things, even when no actor word names them."""


def named_thing(patient: list[Token]) -> bool:
    """Whether an act names what it was done to by a thing that is no actor ("the port", "a
    bridge", "a power station"): the slot is filled, by something no country stands in for."""
    return any(t.pos_ == "NOUN" and t.lemma_.lower() in THINGS for t in patient)


NAMED_HOW = frozenset({"name", "title", "metonym", "organisation"})
"""How an actor is found when the text names its state itself ("Russia", "a Russian drone",
"Myanmar's junta", "the Kremlin", a named force), not by placing a bare role ("police in Lagos",
"the army" in an article about one country: `context`, `place`, `agent`, `unidentified`), nor
through a person, whose country is where they act ("Bolsonaro supporters stormed government
buildings"), or a reference back (`pronoun`, `coreference`)."""
HOME_FIGHTERS = frozenset({"REB", "UAF", "INS", "OPP", "CRM", "CVL", "COP"})
"""Non-state sides, who fight in their own country, and the police, who act in theirs."""


ARMED_SIDES = frozenset({"REB", "UAF", "INS"})
"""Armed non-state sides: a state force fighting them fights at home."""


def home_ground(src: ActorRef, places, actors=None) -> bool:
    """Whether the text puts an attack by `src` in its own country: a bare role the sentence or
    the article placed there, a non-state side (rebels, an unidentified group, gangs), a
    place in that country (`places`: the sentence's places by token, or the article's place
    records: "Myanmar's junta launched airstrikes in Sagaing Region"), or rebels of no other
    country named in the sentence (`actors`: "the Sudanese army seized the bridge from the
    rebels"). "A Russian drone struck a hospital overnight" names the attacker's country and
    no place: the attack is not aimed at Russia, nor at Russia's civilians."""
    if src.how not in NAMED_HOW or src.agent in HOME_FIGHTERS:
        return True
    if any(r.agent in ARMED_SIDES and r.country in (None, src.country)
           for refs in (actors or {}).values() for r in refs):
        return True
    if isinstance(places, dict):
        return any(r.country == src.country for refs in places.values() for r in refs)
    return any(p.get("country") == src.country for p in places or ())


def the_country_named(sent) -> bool:
    """Whether a sentence speaks of "the country" itself ("on a town in the country's northwest",
    "across the country"): with one country named, that country is where the act happens. Not
    "the country of ..." nor a country counted or described ("a country", "the country's
    neighbours" still says where)."""
    return any(t.lower_ in ("country", "nation") and t.tag_ == "NN"
               and any(c.dep_ == "det" and c.lower_ == "the" for c in t.children)
               and not any(c.dep_ == "prep" and c.lower_ == "of" for c in t.children)
               for t in sent)
