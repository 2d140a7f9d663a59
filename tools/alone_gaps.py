#!/usr/bin/env python3
"""Why the coder is silent on lone sentences: every labelled dev sentence coded alone (as
`python -m eventwire.devset alone` codes it) whose gold roots are missed, with the reason of
each missed root classified automatically, by kind.

    .venv/bin/python tools/alone_gaps.py [gold/realnews] [--examples 2] [--json out.json]

For a missed root the sentence is coded again with every event kept (--all-events) and parsed
once more to look at its triggers, actors and places; the first test that holds decides:

- dropped by policy: an event of the root exists but is negated/hypothetical/... or has no
  target (then: is its source a role with no country, and does the sentence give a country only
  through a sub-national place?);
- the root's trigger gives an event of another root (recoded);
- the root's trigger gives no event: why there is no source (no subject in the parse, a passive
  without agent, a pronoun, a role with no country, a thing with a nationality adjective, a
  thing or unknown name, a subject that is not an actor);
- only a trigger of another root; no trigger at all (the lexicon's share).

Only reads gold/realnews (the dev split); never the held-back test set.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from eventwire import backers, nation_lists  # noqa: E402
from eventwire.clean import clean  # noqa: E402
from eventwire.coder import Coder, Settings  # noqa: E402
from eventwire.coreference import Coreference  # noqa: E402
from eventwire.dates import parse_date  # noqa: E402
from eventwire.devset import held_out, lone_sentences, roots_alone  # noqa: E402
from eventwire.parse_repair import repair_parse  # noqa: E402
from eventwire.policy import DEFAULT_DROP  # noqa: E402
from eventwire.syntax import INSTRUMENTS, passive, subjects  # noqa: E402
from eventwire.whenwhere import PlaceState  # noqa: E402

NATIONAL = frozenset({"country", "capital city"})
"""Place features that are a country or its capital; anything else the gazetteer resolves (a
city, a province, a contested region) is sub-national."""


class Probe:
    """One lone sentence parsed as the coder parses it, with its actors and places."""

    def __init__(self, coder: Coder, text: str, date: str | None) -> None:
        c = clean(text)
        para = c.paragraphs[0].text if c.paragraphs else text
        self.doc = doc = coder.nlp(para)
        repair_parse(doc)
        matched = coder.actors.matches(doc)
        nation_lists.mend(doc, matched)  # as the coder does
        backers.mark(doc)
        self.matched = matched
        regions = coder.locator.region_spans(doc)
        state, pstate = Coreference(), PlaceState()
        self.actors: dict = {}
        self.places: dict = {}
        for sent in doc.sents:
            places_here: dict = {}
            actors = coder.sentence_actors.find(sent, matched, state, 0, date, places_here)
            where, _ = coder.locator.sentence(sent, matched, regions, set(), parse_date(date),
                                              pstate, set())
            coder.sentence_actors.place_actors(sent, actors, where)
            self.actors.update(actors)
            self.places.update(where)
        self.triggers = []  # (token, entry)
        for tok in doc:
            m = coder.events.match(tok)
            if m:
                self.triggers.append((tok, m[0]))

    def subnational(self) -> bool:
        """A place the gazetteer resolves to a country, named below the level of the country."""
        return any(p.get("country") and p.get("feature") not in NATIONAL
                   for p in self.places.values())

    def national(self) -> bool:
        """A country (or its capital) named anywhere in the sentence, as place or actor."""
        return any(p.get("feature") in NATIONAL for p in self.places.values()) or any(
            v[1] in ("country", "country-adj", "capital", "seat") for v in self.matched.values())

    def unresolved_place(self) -> bool:
        """A proper name after a locative preposition that the gazetteer does not resolve."""
        return any(t.pos_ == "PROPN" and t.dep_ == "pobj" and t.head.lower_ in (
            "in", "near", "at", "outside", "across", "inside") and t.i not in self.places
            and t.i not in self.matched for t in self.doc)

    def nationality_on_thing(self, tok) -> bool:
        return any(c.dep_ in ("amod", "compound", "nmod") and c.i in self.matched
                   and self.matched[c.i][1] in ("country-adj", "country")
                   for c in tok.children) and tok.i not in self.actors


def _place_note(p: Probe) -> str:
    if p.national():
        return "a country named"
    if p.subnational():
        return "country only from a sub-national place"
    if p.unresolved_place():
        return "an unresolved place name"
    return "no place"


def why_no_source(p: Probe, tok, entry) -> str:
    """Why a trigger gave no event: what sits where its source should be."""
    if entry.pos != "verb" or tok.pos_ != "VERB":
        owners = [c for c in tok.children if c.dep_ in ("poss", "amod", "compound", "nmod")]
        if any(c.pos_ == "PRON" for c in owners):
            return "noun trigger: pronoun owner"
        if any(c.i in p.actors for c in owners):
            return "noun trigger: actor in phrase, no event (target/policy)"
        gov = tok.head
        while gov.pos_ not in ("VERB", "AUX") and gov.head.i != gov.i:
            gov = gov.head
        subs = subjects(gov) if gov.pos_ in ("VERB", "AUX") else []
        if not subs:
            return "noun trigger: no actor in phrase, governor has no subject"
        return "noun trigger: " + _subject_kind(p, subs)
    if passive(tok):
        agent = [x for c in tok.children if c.dep_ == "agent" for x in c.children]
        if not agent:
            return f"passive without agent ({_place_note(p)})"
        return "passive: " + _subject_kind(p, agent)
    if tok.dep_ == "acl":
        return f"participle modifying a noun, no agent ({_place_note(p)})"
    subs = subjects(tok)
    if not subs:
        return "verb with no subject in the parse"
    return _subject_kind(p, subs)


def _subject_kind(p: Probe, subs) -> str:
    s = subs[0]
    refs = p.actors.get(s.i, [])
    if s.pos_ == "PRON":
        return "pronoun subject"
    if refs:
        if all(r.country is None for r in refs):
            return f"source a role with no country ({_place_note(p)})"
        return "source found, no event (target/policy)"
    if p.nationality_on_thing(s):
        return "nationality adjective on a thing, not taken"
    if s.lemma_.lower() in INSTRUMENTS:
        return f"a weapon or blast as subject ({_place_note(p)})"
    if any(c.i in p.actors for c in s.subtree if c.i != s.i):
        return "subject not an actor, an actor inside its phrase"
    if s.pos_ == "PROPN":
        return "subject an unknown name"
    return f"subject a thing or unknown role ({s.lemma_.lower()})"


def classify(root: str, everything, p: Probe) -> str:
    """The reason one gold root of a lone sentence is missed."""
    mine = [m for m in everything.events if m.cameo.root == root]
    for m in mine:
        if m.modality in DEFAULT_DROP:
            return f"dropped: {m.modality}"
    if mine:
        m = mine[0]
        if m.source.country is None:
            return f"dropped: no target, source a role with no country ({_place_note(p)})"
        return "dropped: no target, source has a country"
    right = [(t, e) for t, e in p.triggers if e.code[:2] == root]
    if right:
        tok, entry = right[0]
        if any(m.trigger.text == tok.text for m in everything.events):
            return "trigger recoded to another root"
        return "trigger, no event: " + why_no_source(p, tok, entry)
    if p.triggers:
        return "trigger of another root only"
    return "no trigger"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("folder", nargs="?", default=str(ROOT / "gold" / "realnews"))
    ap.add_argument("--examples", type=int, default=2)
    ap.add_argument("--json", help="write every missed root with its kind here")
    args = ap.parse_args(argv)
    folder = Path(args.folder)
    if held_out(folder):
        sys.exit("alone_gaps reads the dev split only")
    default = Coder()
    keep = Coder(Settings(keep_all_modalities=True))
    kinds: Counter = Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    rows = []
    missed = total = 0
    for sentence in lone_sentences(folder):
        gold, text = set(sentence.roots), sentence.text
        if not gold:
            continue
        total += len(gold)
        got = roots_alone(default, sentence)
        lost = sorted(gold - (got or set()))
        if not lost:
            continue
        # the second coding and the parse only for the sentences with a root to explain
        everything = keep.code(text, date=sentence.date) if got is not None else None
        probe = Probe(default, text, sentence.date) if got is not None else None
        for r in lost:
            missed += 1
            kind = classify(r, everything, probe) if got is not None else "not codable"
            kinds[kind] += 1
            if len(examples[kind]) < args.examples:
                examples[kind].append(f"[{r}] {' '.join(text.split())[:160]}")
            rows.append({"article": sentence.article, "n": sentence.n, "root": r, "kind": kind})
    print(f"{missed} missed gold roots of {total} in labelled sentences coded alone")
    for kind, n in kinds.most_common():
        print(f"{n:4d}  {kind}")
        for ex in examples[kind]:
            print(f"        {ex}")
    if args.json:
        Path(args.json).write_text(json.dumps(rows, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
