#!/usr/bin/env python3
"""Build knowledge/titles.yaml, the inventory of titles a bare mention ("the King", "the
Premier") shares with its holder, from WordNet's noun hierarchy.

    .venv/bin/python tools/build_titles.py [--wordnet /usr/share/wordnet] \
        > src/eventwire/knowledge/titles.yaml

Each group is one office seen from outside: every word of the synsets below a WordNet root (its
hyponyms, one level, and the root's own words) names that office, whoever holds it. A reviewer
then drops, in REVIEWED_OUT below, the words that are not a title one person holds at a time
(dynasties, "dictator", "tyrant"). Forms of address that WordNet does not list as nouns ("His
Majesty") are added from ADDRESS. Needs the WordNet database (Debian wordnet-base) at build time
only; the coder reads only titles.yaml.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tools"))

from coverage import WORDNET, WordNet  # noqa: E402  (a sibling tool's WordNet reader)

GROUPS = {
    # group: (WordNet roots whose own words and direct hyponyms' words are the group's titles)
    "sovereign": ("sovereign", "ruler", "queen regnant"),
    "head of government": ("prime minister",),
    "head of state": ("president",),
}
"""Roots, by a lemma of the synset meant: the monarch's titles (a crowned head, a ruler by
descent), the head of government's, the elected head of state's."""
SENSES = {"sovereign": (0,), "ruler": (0,), "queen regnant": (0,), "prime minister": (0, 1),
          "president": (0,)}
"""Which senses of each root lemma are the office, checked by hand ("prime minister": both the
Prime Minister, PM, premier synset and the chancellor, premier, prime minister one)."""
REVIEWED_OUT = frozenset({
    "inca", "basileus", "bourbon", "capetian", "carolingian", "carlovingian", "merovingian",
    "hanoverian", "stuart", "tudor", "mogul", "moghul", "dynast",  # dynasties, not titles
    "dictator", "potentate", "tyrant", "oligarch", "overlord", "master", "lord",  # judgements
    "puppet ruler", "puppet leader", "ethnarch", "hakim", "regent",  # no office of one state
    "swayer", "ruler", "crowned head", "rex", "male monarch", "female monarch",  # no bare title
    "sheik", "sheikh", "tribal sheik", "tribal sheikh", "arab chief",  # an honorific of many
    "khan",  # a family name as often as a title ("Imran Khan")
    "queen of england", "queen regnant",  # never written bare
    "shah of iran", "pharaoh of egypt", "grand turk", "pm", "chief executive",
    "united states president", "president of the united states",
})
"""Words WordNet gives under the roots that are not a title one holder bears at a time, or
are never written bare ("the Rex"): reviewed by hand, word by word."""
ADDRESS = {"majesty": "sovereign"}
"""Forms of address that stand for the holder ("His Majesty", "Her Majesty"); WordNet lists
"majesty" only as stateliness."""


def hyponym_words(wn: WordNet, lemma: str, senses: tuple[int, ...]) -> set[str]:
    """The words of the synsets of `lemma`'s senses and of their direct hyponyms ('~'
    pointers)."""
    key = lemma.replace(" ", "_")
    out: set[str] = set()
    for sense in senses:
        words, pointers = wn._synset("noun", wn.index["noun"][key][sense])
        out.update(words)
        for sym, pos, target, _ in pointers:
            if sym == "~" and pos == "n":
                out.update(wn._synset("noun", target)[0])
    return {w.replace("_", " ") for w in out}


def build(wn: WordNet) -> dict[str, list[str]]:
    groups: dict[str, list[str]] = {}
    taken: set[str] = set()
    for group, roots in GROUPS.items():
        words = set().union(*(hyponym_words(wn, r, SENSES[r]) for r in roots))
        keep = sorted(w for w in words - REVIEWED_OUT - taken if w.isascii())
        taken.update(keep)
        groups[group] = keep
    return groups


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--wordnet", default=str(WORDNET))
    args = ap.parse_args()
    folder = Path(args.wordnet)
    if not (folder / "index.noun").exists():
        print(f"build_titles: no WordNet database in {folder} (Debian: wordnet-base)",
              file=sys.stderr)
        return 2
    groups = build(WordNet(folder))
    print(HEADER.rstrip())
    print("groups:")
    for group, words in groups.items():
        print(f"  {group}: [{', '.join(words)}]")
    print("address:")
    for word, group in ADDRESS.items():
        print(f"  {word}: {group}")
    return 0


HEADER = """\
# Titles a bare mention shares with the person who holds them (read by titles.py).
#
# Category: actors named by a bare title or office. "the King", "the Monarch", "His Majesty"
# name the sovereign the article has named ("King Abdullah"); "the Premier" the head of
# government it named as "Prime Minister ..."; "the President" its president. Each group is one
# office: a bare title of a group takes up the last holder of any title of the same group.
#
# Generated from WordNet 3 (Debian wordnet-base) at build time, then reviewed: each group is the
# words of its root synsets and their direct hyponyms (sovereign, ruler, queen regnant; prime
# minister, premier; president), less the words tools/build_titles.py lists as reviewed out
# (dynasties, judgements such as "tyrant", honorifics of many such as "sheikh"). `address`:
# forms of address standing for the holder, which WordNet does not list ("His Majesty").
# Regenerate (the runtime never needs WordNet):
#   .venv/bin/python tools/build_titles.py > src/eventwire/knowledge/titles.yaml
"""

if __name__ == "__main__":
    sys.exit(main())
