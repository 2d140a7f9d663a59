"""Where the coder's time goes: cProfile over `Coder.code_many` on generated articles, summed by
stage (cumulative seconds under the profiler, which slows Python code far more than spaCy's
compiled code, so the coder's own stages look larger than they are).

    python bench/profile_coder.py [--articles 40]
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from corpus import articles  # noqa: E402

from eventwire import Coder  # noqa: E402

STAGES = {
    "spaCy pipeline (nlp.pipe)": ("spacy/language.py", "pipe"),
    "  attribute_ruler": ("eventwire/attribute_ruler.py", "__call__"),
    "  lemmatizer": ("lemmatizer.py", "__call__"),
    "coder per article (_code_docs)": ("eventwire/coder.py", "_code_docs"),
    "  actor matching (ActorFinder.matches)": ("eventwire/actors.py", "matches"),
    "  sentence actors (SentenceActors.find)": ("eventwire/sentence_actors.py", "find"),
    "  dates and places (Locator.sentence)": ("eventwire/whenwhere.py", "sentence"),
    "  events (EventFinder.sentence)": ("eventwire/events.py", "sentence"),
    "    lexicon matching (EventFinder.match)": ("eventwire/events.py", "match"),
    "  quotations (find_quotes)": ("eventwire/attribution.py", "find_quotes"),
    "  records (Coder._mentions)": ("eventwire/coder.py", "_mentions"),
}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=40)
    args = ap.parse_args()
    coder = Coder()
    arts = [coder.article(t, date="2024-03-13") for t in articles(args.articles)]
    list(coder.code_many(arts[:3]))  # warm up
    profile = cProfile.Profile()
    profile.enable()
    list(coder.code_many(arts))
    profile.disable()
    stats = pstats.Stats(profile).stats  # type: ignore[attr-defined]
    for label, (path, name) in STAGES.items():
        # the outermost call of each function (recursive calls and generator resumptions of
        # nlp.pipe are counted once, in their caller)
        took = max((v[3] for (file, _line, fn), v in stats.items()
                    if file.endswith(path) and fn == name), default=0.0)
        print(f"{label:45s} {took:7.2f} s")
    print(f"{'total':45s} {sum(v[2] for v in stats.values()):7.2f} s")


if __name__ == "__main__":
    main()
