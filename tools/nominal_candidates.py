#!/usr/bin/env python3
"""Candidates for the noun classes of knowledge/nominal.yaml, proposed by WordNet, for review.

    .venv/bin/python tools/nominal_candidates.py [--wordnet /usr/share/wordnet]

For every noun trigger of the event lexicon that no class of nominal.yaml lists yet, WordNet's
derivational links give the verb it names (`arrest` -> arrest, `condemnation` -> condemn), and
that verb's WordNet sentence frames say whether it takes an object ("Somebody ----s somebody"):
a noun of a verb with no object is proposed for `doer`; one of a verb with an object for
`agentive` or `patientive`, which a reviewer decides from the noun's use (does "X's <noun>" name
the doer, or the one acted on?). Nothing is written: the output is a list to review, and a noun
WordNet links to no verb is not listed. Needs the WordNet database (Debian wordnet-base) at build
time only; the coder reads only nominal.yaml.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tools"))
sys.path.insert(0, str(REPO / "src"))

from coverage import WORDNET, WordNet  # noqa: E402  (a sibling tool's WordNet reader)

TRANSITIVE_FRAMES = frozenset({8, 9, 10, 11, 14, 15, 16, 17, 18, 19, 20, 21})
"""WordNet verb frames with a direct object ("Somebody ----s something/somebody", ...)."""


def frames(wn: WordNet, verb: str) -> set[int]:
    """The numbers of every sentence frame of every sense of `verb` (data.verb: `f_cnt` then
    `+ f_num w_num` triples after the pointers)."""
    out: set[int] = set()
    for offset in wn.index["verb"].get(verb, ()):
        with (wn.folder / "data.verb").open("rb") as fh:
            fh.seek(offset)
            f = fh.readline().decode("utf-8", "replace").split(" | ")[0].split()
        n_words = int(f[3], 16)
        at = 4 + 2 * n_words
        at += 1 + 4 * int(f[at])
        if at < len(f):
            count = int(f[at])
            out.update(int(f[at + 2 + 3 * i]) for i in range(count))
    return out


def candidates(wn: WordNet) -> list[tuple[str, str, list[str]]]:
    from eventwire.knowledge import load
    from eventwire.nominal import table

    classed = table().roles
    nouns = sorted({lemma for (pos, lemma) in load().lexicon if pos == "noun"} - set(classed))
    out = []
    for noun in nouns:
        verbs = sorted(wn.derived_verbs(noun))
        if not verbs:
            continue
        transitive = any(frames(wn, v) & TRANSITIVE_FRAMES for v in verbs)
        out.append((noun, "agentive or patientive" if transitive else "doer", verbs))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--wordnet", type=Path, default=WORDNET)
    args = ap.parse_args(argv)
    if not (args.wordnet / "index.noun").is_file():
        print(f"{args.wordnet}: no WordNet database (install Debian's wordnet-base)",
              file=sys.stderr)
        return 2
    for noun, proposed, verbs in candidates(WordNet(args.wordnet)):
        print(f"{noun}\t{proposed}\t{', '.join(verbs)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
