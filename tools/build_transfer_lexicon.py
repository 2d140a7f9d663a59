#!/usr/bin/env python3
"""Build src/eventwire/knowledge/transfer-objects.yaml from WordNet 3 (Debian `wordnet-base`).

    .venv/bin/python tools/build_transfer_lexicon.py [--wordnet /usr/share/wordnet] [--check]

CAMEO codes material help (root 07) by WHAT moves: money 071, arms 072, relief goods 073,
peacekeepers 074. The coder reads the class of the object of a transfer verb from the table this
script writes (eventwire.transfer); the coder never needs WordNet, only the file.

What comes from WordNet, and how it was reviewed:

- classes: every noun whose MOST FREQUENT sense (the first in WordNet's index) lies under one of
  the ANCHORS below (the anchor synset or one of its hypernym descendants) takes the anchor's
  code. The first sense only, so "arm" (a limb), "tank" (a container), "pound" (a weight) and
  "drug" (any drug, narcotics included) stay out; the anchors were chosen from the codebook's
  own descriptions of 071-074 and each checked with `wn WORD -synsn` / `-hypon`. A few nouns
  whose goods sense is not the first but is the one news uses after a giving verb are added by
  hand in ALSO, and a few the hypernyms put in a class by accident are taken out in NOT_GOODS,
  each with its reason.
- measures: nouns that measure or package what is moved ("40 tonnes of flour", "a shipment of
  rifles", "two truckloads of tents"): the first-sense hyponyms of the unit and container
  anchors in MEASURE_ANCHORS, plus a reviewed list (MEASURE_WORDS). The coder looks through
  them to the "of" phrase.
- verbs: the transfer verbs, each of VERB_ANCHORS with its WordNet synonyms and troponyms (two
  levels), each proposal accepted or rejected by review (ACCEPTED, REJECTED with its reason;
  the script stops on a proposal neither names).

What is written by hand (reviewed, small): the generic goods nouns whose class is their modifier
("medical supplies", "military equipment"), the modifiers themselves, and the verbs of receiving.
`--check` exits 1 when the committed file differs from what the script would write.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "src" / "eventwire" / "knowledge" / "transfer-objects.yaml"
WORDNET = Path("/usr/share/wordnet")
COMMAND = ".venv/bin/python tools/build_transfer_lexicon.py"

# (lemma, sense number as `wn LEMMA -synsn` numbers it) -> CAMEO code of what is given
ANCHORS: dict[str, list[tuple[str, int]]] = {
    # 071 "extend economic aid: (gifts, grants, loans, credit, budget support)"
    "071": [("money", 1), ("money", 3), ("fund", 1), ("funds", 1), ("loan", 1), ("grant", 1),
            ("grant", 2), ("monetary_unit", 1), ("currency", 1), ("cash", 1)],
    # 072 "extend military aid: weapons, military equipment, training"
    "072": [("weapon", 1), ("weaponry", 1), ("munition", 2), ("ammunition", 1),
            ("military_vehicle", 1), ("warplane", 1), ("warship", 1), ("armor", 1),
            ("body_armor", 1), ("explosive_device", 1), ("missile", 1)],
    # 073 "emergency assistance: food, medicine, shelter" (the codebook's humanitarian aid)
    "073": [("food", 1), ("food", 2), ("foodstuff", 2), ("medicine", 2), ("vaccine", 1),
            ("tent", 1), ("blanket", 1), ("bedclothes", 1), ("clothing", 1), ("drinking_water", 1),
            ("medical_instrument", 1), ("first-aid_kit", 1), ("ration", 1), ("bandage", 1)],
    # 074 "extend peacekeepers: send peacekeeping forces"
    "074": [("peacekeeper", 1), ("peacekeeping", 1)],
}
ALSO: dict[str, str] = {
    "arms": "072",      # plural-only "weaponry, arms" (spaCy keeps the surface form)
    "tank": "072",      # first sense is a container; after send/supply/deliver news means armour
    "drone": "072",     # first sense is a bee; "pilotless aircraft" is the goods sense
    "shell": "072",     # first sense is a hard covering; "artillery shells" are ammunition
    "medicine": "073",  # first sense is the science; "medicines" given are medicaments
    "water": "073",     # first sense is H2O; water trucked or shipped to people is relief
    "shelter": "073",   # first sense is a structure; "shelter for the displaced"
    "milk": "073",      # a beverage (left out with drinks); baby milk is relief food
    "ambulance": "073",  # a vehicle; ambulances given are medical aid
    "tarpaulin": "073",  # a canvas; the codebook's shelter for the displaced
    "mattress": "073",  # bedding, as blankets are
    "gun": "072", "ied": "072", "yen": "071",  # short words (see _single)
}
NOT_GOODS = {
    "feed": "animal fodder; the lemma is also the verb's, 'sent feed' is rare",
    "dose": "a measure of medicine (read through, see MEASURE_WORDS)",
    "fare": "a fare is a price as well as food",
    "board": "a committee as well as food",
    "table": "a piece of furniture as well as food",
    "stock": "shares as well as broth",
    "course": "a course of study as well as a dish",
    "dish": "an antenna as well as food",
    "spread": "a range as well as food",
    "side": "a party as well as a side dish",
    "plate": "armour plate and a dish; neither is aid by itself",
    "piece": "a gun and a part: too general",
    "bill": "a draft law as well as banknote",
    "note": "a message as well as banknote",
    "change": "coins as well as any change",
    "check": "an inspection as well as a cheque",
    "draft": "a conscription and a text as well as a money order",
    "paper": "a document as well as paper money",
    "bond": "a tie as well as a security",
    "security": "safety as well as a security",
    "share": "a portion as well as a stock share",
    "capital": "a city as well as money",
    "reserve": "troops in reserve as well as money",
    "pool": "a group as well as a fund",
    "mark": "a sign as well as a currency",
    "rand": "a name as well as a currency",
    "real": "an adjective's lemma as well as a currency",
    "won": "the past of win as well as a currency",
    "lira": "also a personal name",
    "ball": "a dance as well as shot",
    "round": "a stage of talks as well as a cartridge (read through, see MEASURE_WORDS)",
    "shot": "an attempt as well as a projectile",
    "fire": "shooting is an attack, not a gift",
    "strike": "an attack",
    "charge": "an accusation as well as an explosive",
    "device": "any device: too general",
    "system": "any system: too general",
    "arm": "a limb (the first sense); 'arms' is listed by its surface form",
    "cover": "protection, a pretext",
    "sheet": "a document as well as bedding",
    "gear": "any equipment: a generic goods noun, read through its modifier",
    "kit": "any equipment: a generic goods noun, read through its modifier",
    "suit": "a lawsuit as well as clothes",
    "wear": "the verb's lemma",
    "uniform": "an adjective's lemma as well",
    "protection": "protection given is 074 only for forces: too general",
    "fuel": "fuel is also for troops and trade (061); left to the lexicon's own entries",
    "oil": "trade in energy is 061, not aid",
    "gas": "trade in energy is 061, not aid; 'gas' is also a chemical weapon",
    "technical": "an adjective's lemma as well as a gun truck",
    "automatic": "an adjective's lemma",
    "semiautomatic": "an adjective's lemma",
    "blockbuster": "a film as well as a bomb",
    "nautilus": "a mollusc as well as a submarine",
    "kamikaze": "a pilot as well as a plane",
    "excalibur": "a name",
    "tomahawk": "an axe as well as a missile; 'Tomahawk' missiles are named by their compound",
    "kiley": "a name", "kylie": "a name", "lance": "a name", "mace": "a spice and a spray",
    "slug": "an animal", "dart": "a game", "gusset": "a seam", "canister": "a container",
    "spitball": "a pellet of paper", "knuckles": "a body part", "knucks": "slang",
    "interceptor": "an aircraft or a missile, both coded by their compound; also a person",
    "award": "a prize, not aid", "awarding": "a prize, not aid",
    "budget": "a plan of spending, not money given ('budget support' is a modifier)",
    "treasury": "an institution", "exchequer": "an institution", "fisc": "an institution",
    "subtreasury": "an institution", "postdoc": "a person", "postdoctoral": "an adjective",
    "lettuce": "a vegetable (slang for money)", "kale": "a vegetable (slang for money)",
    "clams": "shellfish (slang for money)", "boodle": "slang", "lolly": "slang",
    "tanner": "a trade", "guinea": "a country", "medallion": "an ornament",
    "chickenfeed": "slang", "etf": "a fund traded on exchanges, not aid",
    "savings": "one's own money, not given",
    "grain": "trade in grain is 061 as often as aid; left to the lexicon's entries",
    "wheat": "trade in grain is 061 as often as aid; left to the lexicon's entries",
}
NOT_ANCHORS = [("beverage", 1), ("dish", 2), ("alcohol", 1), ("drug_of_abuse", 1)]
"""Subtrees left out of the classes: drinks and dishes are not what relief is counted in, and
narcotics are smuggled, not given (water is in ALSO)."""
MEASURE_ANCHORS = [("unit_of_measurement", 1), ("containerful", 1)]
MEASURE_WORDS = [
    "amount", "batch", "bag", "box", "bundle", "carton", "cargo", "consignment", "convoy",
    "crate", "ton", "tonne", "kilo", "liter", "litre", "gallon", "delivery", "dose", "lot",
    "load", "million", "billion", "thousand", "hundred",
    "dozen", "package", "pallet", "parcel", "planeload", "quantity", "round", "sack",
    "shipload", "shipment", "supply", "tranche", "truckload", "trillion", "worth", "consignment",
    "volume", "stockpile", "cache", "array", "range", "set", "number",
    "deployment", "contingent", "battalion", "group",
]
# Goods words with no class of their own: the class is their modifier's ("medical supplies",
# "military equipment", "humanitarian aid", "food aid"). Bare, they are the codebook's 070.
# Forces are among them for the codebook's 074 ("peacekeeping troops") and 072 ("military
# personnel" sent to help).
GENERIC = ["aid", "assistance", "help", "support", "supply", "equipment", "good", "item",
           "material", "materiel", "product", "package", "kit", "gear", "hardware", "cargo",
           "shipment", "consignment", "relief", "donation", "gift", "contribution", "vehicle",
           "troop", "force", "soldier", "personnel", "mission"]
# Modifiers that give a generic goods word its class: the codebook's own words for 071-073.
MODIFIERS = {
    "071": ["economic", "financial", "budget", "budgetary", "development", "cash", "monetary",
            "fiscal"],
    "072": ["military", "defence", "defense", "lethal", "weapon", "weapons", "arms", "security",
            "combat"],
    "073": ["humanitarian", "medical", "relief", "emergency", "food", "medicine", "hygiene",
            "shelter", "winter", "health"],
    "074": ["peacekeeping"],
}
VERB_ANCHORS = [("give", 3, 1), ("send", 1, 1), ("supply", 1, 0), ("provide", 2, 0),
                ("deliver", 1, 1), ("donate", 1, 1), ("ship", 1, 1), ("airlift", 1, 1),
                ("hand_over", 1, 1), ("transfer", 5, 1), ("furnish", 1, 0)]
"""(lemma, sense, levels of troponyms): the sense of each verb the brief names that moves
goods to a recipient. supply.v.01, provide.v.02 and furnish.v.01 are taken without their
troponyms, which are equipping and catering senses ("air-condition", "victual", "staff")."""
ACCEPTED = {
    "airlift", "bestow", "contribute", "convey", "deliver", "despatch", "dispatch", "dispense",
    "distribute", "donate", "forward", "furnish", "give", "grant", "hand", "lend", "loan",
    "provide", "send", "ship", "supply", "transfer", "transport",
}
"""WordNet's proposals kept after review: each moves goods or money from one party to another."""
REJECTED = {
    # intents, not acts: 033 entries code them when announced
    "offer": "intent", "pledge": "intent", "proffer": "intent", "subscribe": "intent",
    # payments of what is owed, trade and rent: 061, not aid
    "pay": "trade", "repay": "trade", "requite": "trade", "lease": "trade", "rent": "trade",
    "let": "trade", "exchange": "trade", "interchange": "trade", "negociate": "trade",
    "bank": "trade", "deposit": "trade (families.yaml codes deposits of money itself)",
    # giving up territory, rights or prisoners: other roots
    "cede": "yield", "concede": "yield", "yield": "yield", "render": "yield",
    "return": "yield", "turn_over": "yield", "fork": "'fork over': paying, slang",
    "submit": "yield", "surrender": "yield", "vest": "legal", "enfeoff": "legal",
    "demise": "legal", "alien": "legal", "alienate": "legal", "secularize": "legal",
    "desacralize": "legal",
    # moving or aiming in other senses
    "airt": "direct", "blow": "direct", "cast": "direct", "contrive": "direct",
    "direct": "direct", "divert": "direct", "project": "direct", "redirect": "direct",
    "refer": "direct", "route": "direct", "railroad": "direct", "throw": "direct",
    "turn": "direct", "lift": "'lifted sanctions'", "reach": "direct", "pass": "direct",
    "barge": "direct", "speechify": "speech", "present": "speech or show",
    # allotting, serving, administering: not a transfer between parties
    "accord": "allot", "allot": "allot", "assign": "allot", "lot": "allot",
    "allow": "allot", "administer": "allot", "cater": "serve", "ply": "serve",
    "heap": "serve", "spare": "allot", "support": "its own verb", "bail": "legal",
    "change": "other", "deal": "other",
}
"""WordNet's proposals left out, with the reason: intents (coded by the 033 entries), trade
(061), yielding and legal transfer (other roots or none), other senses of moving or aiming."""
ADDED = ["airdrop", "channel", "disburse", "extend", "ferry", "rush", "truck"]
"""Verbs not proposed by these anchors that the lexicon's own 07 entries already read as
giving (lexicon/01-10.yaml, families.yaml): kept so the rule covers the same verbs."""
RECEIVING = ["receive", "obtain", "accept", "get"]
"""WordNet receive.v.01 ("get something; come into possession of") and its synonyms, less
"have": the recipient is the subject and the giver its "from" phrase."""


class WordNet:
    """The noun and verb database files of WordNet 3: synsets, index senses, hyponym links."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.index = {pos: self._index(pos) for pos in ("noun", "verb")}
        self.synsets = {pos: self._data(pos) for pos in ("noun", "verb")}
        self.children: dict[str, dict[int, list[int]]] = {"noun": {}, "verb": {}}
        for pos, table in self.synsets.items():
            for off, (_, ptrs) in table.items():
                for sym, target in ptrs:
                    if sym in ("@", "@i"):
                        self.children[pos].setdefault(target, []).append(off)

    def _index(self, pos: str) -> dict[str, list[int]]:
        out: dict[str, list[int]] = {}
        for line in (self.folder / f"index.{pos}").read_text("utf-8", "replace").splitlines():
            if line.startswith(" "):
                continue
            f = line.split()
            n = int(f[2])
            out[f[0]] = [int(o) for o in f[-n:]]
        return out

    def _data(self, pos: str) -> dict[int, tuple[list[str], list[tuple[str, int]]]]:
        out = {}
        for line in (self.folder / f"data.{pos}").read_text("utf-8", "replace").splitlines():
            if line.startswith(" "):
                continue
            f = line.split(" | ")[0].split()
            n = int(f[3], 16)
            words = [re.sub(r"\(.*\)$", "", w).lower() for w in f[4:4 + 2 * n:2]]
            at = 4 + 2 * n
            ptrs = [(f[at + 1 + 4 * i], int(f[at + 2 + 4 * i])) for i in range(int(f[at]))]
            out[int(f[0])] = (words, ptrs)
        return out

    def sense(self, pos: str, lemma: str, number: int) -> int:
        try:
            return self.index[pos][lemma][number - 1]
        except (KeyError, IndexError):
            sys.exit(f"WordNet has no {pos} sense {lemma}#{number}: review the anchors")

    def below(self, pos: str, offset: int, depth: int = 99) -> set[int]:
        """The synset and its hyponyms (troponyms for verbs), `depth` levels down."""
        seen, frontier = {offset}, [offset]
        for _ in range(depth):
            frontier = [c for o in frontier for c in self.children[pos].get(o, ())
                        if c not in seen]
            if not frontier:
                break
            seen.update(frontier)
        return seen


def _single(word: str) -> bool:
    """One word of four letters or more: WordNet's short words are mostly abbreviations ("gb",
    "sam", "atm"); the few short goods words are in ALSO."""
    return word.isalpha() and word.islower() and len(word) >= 4


def build(wn: WordNet) -> dict:
    anchored: dict[int, str] = {}
    for code, anchors in ANCHORS.items():
        for lemma, n in anchors:
            for off in wn.below("noun", wn.sense("noun", lemma, n)):
                anchored.setdefault(off, code)
    excluded = {o for lemma, n in NOT_ANCHORS for o in wn.below("noun", wn.sense("noun", lemma, n))}
    classes: dict[str, list[str]] = {code: [] for code in ANCHORS}
    for lemma, offsets in wn.index["noun"].items():
        if _single(lemma) and lemma not in NOT_GOODS and offsets[0] in anchored \
                and offsets[0] not in excluded and lemma not in GENERIC:
            classes[anchored[offsets[0]]].append(lemma)
    for lemma, code in ALSO.items():
        classes[code].append(lemma)
    measures = set(MEASURE_WORDS)
    money = wn.below("noun", wn.sense("noun", "monetary_unit", 1))
    for lemma, n in MEASURE_ANCHORS:
        below = wn.below("noun", wn.sense("noun", lemma, n)) - money
        measures.update(w for w, offs in wn.index["noun"].items()
                        if _single(w) and offs[0] in below and w not in NOT_GOODS)
    proposed: set[str] = set()
    for lemma, n, depth in VERB_ANCHORS:
        for off in wn.below("verb", wn.sense("verb", lemma, n), depth=depth):
            proposed.update(w.removesuffix("_over") for w in wn.synsets["verb"][off][0]
                            if "_" not in w or w.endswith("_over"))
    unreviewed = proposed - ACCEPTED - set(REJECTED)
    if unreviewed:
        sys.exit(f"WordNet proposes verbs nobody reviewed: {sorted(unreviewed)}")
    verbs = sorted((proposed & ACCEPTED) | set(ADDED))
    return {
        "verbs": verbs,
        "receiving": sorted(RECEIVING),
        "classes": {code: sorted(set(words) - measures) for code, words in classes.items()},
        "measures": sorted(measures - set(GENERIC) | {"supply", "cargo", "shipment",
                                                      "consignment", "package"}),
        "generic": sorted(GENERIC),
        "modifiers": {code: sorted(words) for code, words in MODIFIERS.items()},
    }


def render(table: dict) -> str:
    def words(items: list[str], indent: str = "  ") -> str:
        lines, line = [], indent
        for w in items:
            if len(line) + len(w) + 2 > 99:
                lines.append(line.rstrip())
                line = indent
            line += w + ", "
        lines.append(line.rstrip().rstrip(","))
        return "\n".join(lines)

    head = (
        "# What is transferred, by class: the object of a transfer verb codes the kind of material\n"
        "# help (eventwire.transfer). Generated from WordNet 3 (Debian wordnet-base) and the\n"
        "# reviewed lists of the script; do not edit by hand. Regenerate with:\n"
        f"#     {COMMAND}\n"
        "# verbs: transfer verbs (WordNet synonyms and troponyms of give, send, supply, provide,\n"
        "#   deliver, donate, ship, airlift, hand over, transfer, furnish, reviewed);\n"
        "# receiving: verbs whose subject receives and whose 'from' phrase gives;\n"
        "# classes: noun lemma -> CAMEO code, by the first WordNet sense's hypernyms;\n"
        "# measures: nouns read through to their 'of' / 'in' phrase ('40 tonnes of flour');\n"
        "# generic: goods nouns classed by their modifier ('medical supplies');\n"
        "# modifiers: those modifiers, by code.\n")
    parts = [head, "verbs: [\n" + words(table["verbs"]) + "]\n",
             "receiving: [" + ", ".join(table["receiving"]) + "]\n", "classes:\n"]
    for code, items in table["classes"].items():
        parts.append(f'  "{code}": [\n' + words(items, "    ") + "]\n")
    parts.append("measures: [\n" + words(table["measures"]) + "]\n")
    parts.append("generic: [\n" + words(table["generic"]) + "]\n")
    parts.append("modifiers:\n")
    for code, items in table["modifiers"].items():
        parts.append(f'  "{code}": [' + ", ".join(items) + "]\n")
    return "".join(parts)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--wordnet", type=Path, default=WORDNET)
    ap.add_argument("--check", action="store_true", help="compare with the committed file")
    args = ap.parse_args(argv)
    if not (args.wordnet / "index.noun").is_file():
        print(f"no WordNet database in {args.wordnet} (apt-get install wordnet-base)",
              file=sys.stderr)
        return 2
    text = render(build(WordNet(args.wordnet)))
    if args.check:
        same = OUT.is_file() and OUT.read_text("utf-8") == text
        print("up to date" if same else f"{OUT.relative_to(REPO)} differs: rerun {COMMAND}")
        return 0 if same else 1
    OUT.write_text(text, "utf-8")
    print(f"wrote {OUT.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
