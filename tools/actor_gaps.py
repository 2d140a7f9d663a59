#!/usr/bin/env python3
"""Which person and group nouns around event triggers get no actor code, by head noun.

    .venv/bin/python tools/actor_gaps.py [gold/realnews] [--top 40] [--every-verb]
                                         [--wordnet /usr/share/wordnet]

Every adjudicated article of the dev set's manifest (its text restored and checked against the
manifest, as `eventwire eval` reads it) is coded with its date and URL; for every lexicon
trigger the coder finds, the nouns in its argument positions are read off the parse (a verb's
subjects, objects, passive agent and prepositional objects; a noun's possessor and prepositional
objects), with their conjuncts; with `--every-verb`, of every verb. An argument counts when its
head is a common noun whose first (most frequent) WordNet sense is a person (noun.person) or a
group (noun.group) that is not itself a lexicon noun, or a crowd word ("thousands"). (A
capitalised noun counts too, "the Supreme Court", unless the parser marks it as the name of a
person or a place.) It is *coded* when the actor finder gave its head token an actor, in the
same pass that feeds the event finder.

Only reads gold/realnews (the dev split); never the held-back test set.

The table is for ranking categories of actor words to fill from independent inventories
(WordNet hyponyms, the CAMEO agent codes); it prints head lemmas and counts only, never the
article text, and nothing in it is to be copied into the knowledge.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

from eventwire.actors import CROWD_LEMMAS
from eventwire.devset import held_out, is_devset, load
from eventwire.errors import InputError

REPO = Path(__file__).resolve().parents[1]
WORDNET = Path("/usr/share/wordnet")
PERSON, GROUP = "18", "14"  # WordNet lexicographer files noun.person and noun.group
VERB_ARGS = frozenset({"nsubj", "nsubjpass", "dobj", "dative"})
PREP_HOPS = frozenset({"prep", "agent"})
NAMES = frozenset({"PERSON", "GPE", "LOC", "FAC"})  # a named person or place is another matter


class NounClasses:
    """The lexicographer files of a noun's first senses, read from WordNet's own files."""

    def __init__(self, folder: Path):
        self.folder = Path(folder)
        self.index: dict[str, list[int]] = {}
        with (self.folder / "index.noun").open(encoding="utf-8", errors="replace") as fh:
            for line in fh:
                if line.startswith(" "):
                    continue
                f = line.split()
                self.index[f[0]] = [int(o) for o in f[-int(f[2]):]]
        self._cache: dict[str, str | None] = {}

    def first_class(self, lemma: str) -> str | None:
        """The lexicographer file of the noun's first (most frequent) sense."""
        if lemma not in self._cache:
            offsets = self.index.get(lemma.replace(" ", "_"), [])
            found = None
            if offsets:
                with (self.folder / "data.noun").open("rb") as fh:
                    fh.seek(offsets[0])
                    found = fh.readline().split()[1].decode()
            self._cache[lemma] = found
        return self._cache[lemma]

    def is_actor_noun(self, lemma: str, event_nouns: frozenset[str] = frozenset()) -> bool:
        """A person noun, a crowd word, or a group noun that is not itself an event word
        ("meeting", "conference" are groups in WordNet and triggers in our lexicon)."""
        first = self.first_class(lemma)
        return lemma in CROWD_LEMMAS or first == PERSON or (
            first == GROUP and lemma not in event_nouns)


def arguments(trigger) -> list:
    """The noun heads in a trigger's argument positions, with their conjuncts."""
    from eventwire.syntax import subjects

    found = []
    if trigger.pos_ in ("VERB", "AUX"):
        found += subjects(trigger)
        found += [c for c in trigger.children if c.dep_ in VERB_ARGS]
    else:
        found += [c for c in trigger.children if c.dep_ == "poss"]
    found += [p for c in trigger.children if c.dep_ in PREP_HOPS
              for p in c.children if p.dep_ == "pobj"]
    out = []
    for tok in found:
        for t in (tok, *tok.conjuncts):
            if t not in out:
                out.append(t)
    return out


def measure(folder: Path, nouns: NounClasses,
            every_verb: bool = False) -> tuple[Counter, Counter, Counter]:
    """(arguments per head lemma, uncoded arguments per head lemma, totals: articles read,
    events coded, events whose source or target has no country)."""
    from eventwire.coder import Coder

    coder = Coder()
    event_nouns = frozenset(lemma for kind, lemma in coder.knowledge.lexicon if kind == "noun")
    seen: Counter = Counter()
    missed: Counter = Counter()
    original = coder.events.sentence

    def spy(sent, actors, *args, **kwargs):
        for tok in sent:
            if coder.events.match(tok) is None and not (every_verb and tok.pos_ == "VERB"):
                continue
            for arg in arguments(tok):
                lemma = arg.lemma_.lower()
                if arg.pos_ not in ("NOUN", "PROPN") or arg.ent_type_ in NAMES or \
                        not nouns.is_actor_noun(lemma, event_nouns):
                    continue
                seen[lemma] += 1
                if not actors.get(arg.i):
                    missed[lemma] += 1
        return original(sent, actors, *args, **kwargs)

    coder.events.sentence = spy
    totals: Counter = Counter()
    for e in load(folder):
        coded = coder.code(e.raw, date=e.gold.get("date") or e.meta.get("date"),
                           url=e.meta.get("url"))
        totals["articles"] += 1
        for ev in coded.events:
            totals["events"] += 1
            totals["source without country"] += ev.source.country is None
            totals["target without country"] += ev.target is not None and ev.target.country is None
    return seen, missed, totals


def table(seen: Counter, missed: Counter, top: int, of: str = "trigger") -> str:
    total, lost = sum(seen.values()), sum(missed.values())
    share = lost / total if total else 0.0
    lines = [f"person/group nouns in {of} argument positions: {total}, with no actor code: "
             f"{lost} ({share:.1%})", "",
             "| head noun | arguments | no actor code |", "|---|---:|---:|"]
    for lemma, n in sorted(missed.items(), key=lambda kv: (-kv[1], kv[0]))[:top]:
        lines.append(f"| {lemma} | {seen[lemma]} | {n} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("folder", nargs="?", default=str(REPO / "gold" / "realnews"))
    ap.add_argument("--top", type=int, default=40)
    ap.add_argument("--wordnet", default=str(WORDNET))
    ap.add_argument("--every-verb", action="store_true",
                    help="count the arguments of every verb, not only of lexicon triggers")
    args = ap.parse_args(argv)
    folder, wordnet = Path(args.folder), Path(args.wordnet)
    if held_out(folder):
        print("actor_gaps reads the dev split only", file=sys.stderr)
        return 2
    if not (wordnet / "index.noun").exists():
        print(f"actor_gaps: no WordNet database in {wordnet} (Debian: wordnet-base)",
              file=sys.stderr)
        return 2
    if not is_devset(folder):
        print(f"actor_gaps: {folder} is not a dev set (no manifest.jsonl)", file=sys.stderr)
        return 2
    try:
        seen, missed, totals = measure(folder, NounClasses(wordnet), args.every_verb)
    except InputError as exc:  # texts missing or changed: the dev set's own one-line message
        print(f"actor_gaps: {exc}", file=sys.stderr)
        return 2
    print(f"{totals['articles']} articles of {folder}: {totals['events']} events coded, "
          f"{totals['source without country']} with a source and "
          f"{totals['target without country']} with a target that has no country")
    print(table(seen, missed, args.top, "every verb" if args.every_verb else "trigger"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
