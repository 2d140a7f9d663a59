"""How much a sentence triage could save: the share of sentences, and of tokens, that could hold
an event, and the time of each spaCy component, on generated copy and (where restored) the
real-news dev set's texts.

    python bench/bench_triage.py [--articles 100]

A sentence could hold an event when one of its words is a lexicon trigger (read from the loaded
lexicon, as the coder matches it, or a "must"/"should" obligation) and it has an actor the
knowledge names, a pronoun coreference could resolve, or a proper noun (a person or place the
NER could find). A triage that parsed only those sentences in full could at best skip the
parse of the rest; the components' CPU times (spaCy's stock pipeline, and eventwire's with its
attribute-ruler lookup) say which part of the parse that would be. Figures
only; nothing is asserted.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from corpus import articles  # noqa: E402

from eventwire import Coder, devset  # noqa: E402
from eventwire.clean import clean  # noqa: E402
from eventwire.modality import OBLIGATION_AUX  # noqa: E402
from eventwire.nlp import stock  # noqa: E402

REALNEWS = Path(__file__).resolve().parents[1] / "gold" / "realnews"


def shares(coder: Coder, texts: list[str]) -> dict[str, float]:
    count: Counter = Counter()
    paragraphs = [p.text for t in texts for p in clean(t).paragraphs]
    for doc in coder.nlp.pipe(paragraphs, batch_size=64):
        matched = coder.actors.matches(doc)
        any_sentence = False
        for sent in doc.sents:
            trigger = any(coder.events._entries(t) or (t.lower_ in OBLIGATION_AUX
                                                       and t.dep_ == "aux") for t in sent)
            actor = any(t.i in matched or t.pos_ in ("PRON", "PROPN") for t in sent)
            count["sentences"] += 1
            count["tokens"] += len(sent)
            if trigger and actor:
                any_sentence = True
                count["event sentences"] += 1
                count["event tokens"] += len(sent)
        count["paragraphs"] += 1
        count["event paragraphs"] += any_sentence
    return {k: count[f"event {k}"] / count[k] for k in ("sentences", "tokens", "paragraphs")}


def components(nlp, texts: list[str]) -> dict[str, float]:
    """CPU seconds of each component of the pipeline over the texts' paragraphs."""
    paragraphs = [p.text for t in texts for p in clean(t).paragraphs]
    docs = [nlp.make_doc(p) for p in paragraphs]
    took: dict[str, float] = {}
    for name, proc in nlp.pipeline:
        t0 = time.process_time()
        docs = list(proc.pipe(docs, batch_size=64))
        took[name] = time.process_time() - t0
    return took


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=100)
    args = ap.parse_args()
    coder = Coder()
    base = stock()
    sets = {f"generated ({args.articles} articles)": articles(args.articles)}
    paths = [devset.text_path(REALNEWS, m) for m in devset.manifest(REALNEWS)]
    if paths and all(p.is_file() for p in paths):
        sets[f"real news ({len(paths)} articles)"] = [p.read_text(encoding="utf-8")
                                                      for p in paths]
    for name, texts in sets.items():
        s = shares(coder, texts)
        print(f"{name}: could hold an event: {s['sentences']:.1%} of sentences, "
              f"{s['tokens']:.1%} of tokens, {s['paragraphs']:.1%} of paragraphs")
        for label, pipeline in (("stock", base), ("eventwire", coder.nlp)):
            c = components(pipeline, texts)
            print(f"  {label} pipeline, CPU s by component: "
                  + ", ".join(f"{k} {v:.2f} ({v / sum(c.values()):.0%})" for k, v in c.items()))


if __name__ == "__main__":
    main()
