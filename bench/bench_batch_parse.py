"""Does spaCy's parse of a paragraph depend on the other paragraphs in its batch?

    python bench/bench_batch_parse.py [--articles 150]

Parses every paragraph alone, then all of them in shuffled order in batches of 8, 64 and 256,
and counts the paragraphs whose tags, dependencies, heads, lemmas, entities or sentence starts
differ from the parse alone. If none do, the coder's output cannot depend on the batch an
article is coded in (nor on the engine, which only changes the batches). Paragraphs: generated
wire copy (bench/corpus.py), the sample article, and, where the team's shared material is next
to the checkout, the seed article and the PLOVER and PETRARCH sentences.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))

from corpus import articles  # noqa: E402


def paragraphs(n_articles: int) -> list[str]:
    from eventwire.clean import clean

    texts = articles(n_articles, seed=9)
    texts.append((HERE.parent / "src/eventwire/samples/sample-article.txt").read_text())
    shared = HERE.parent.parent / "shared"
    if (shared / "seed").is_dir():
        texts.append((shared / "seed/article-karabakh.txt").read_text())
    out = [p.text for t in texts for p in clean(t).paragraphs]
    plover = shared / "reference/plover/plover-gsr.dev.json"
    if plover.is_file():
        out += [r["text"] for r in json.loads(plover.read_text()) if r.get("text")]
    petrarch = shared / "reference/petrarch/PETR.UnitTest.records.xml"
    if petrarch.is_file():
        xml = petrarch.read_text(encoding="utf-8", errors="replace")
        out += [" ".join(m.group(1).split()) for m in re.finditer(r"<Text>(.*?)</Text>", xml,
                                                                    re.S)]
    return out


def signature(doc) -> tuple:
    return tuple((t.tag_, t.dep_, t.head.i, t.lemma_, t.ent_iob_, t.ent_type_, t.is_sent_start)
                 for t in doc)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=150)
    args = ap.parse_args()
    from eventwire import nlp

    model = nlp.load()
    paras = paragraphs(args.articles)
    alone = [signature(model(p)) for p in paras]
    print(f"{len(paras)} paragraphs, each parsed alone, then in shuffled batches")
    for size in (8, 64, 256):
        order = list(range(len(paras)))
        random.Random(size).shuffle(order)
        docs = model.pipe([paras[i] for i in order], batch_size=size)
        differ = sum(signature(d) != alone[i] for i, d in zip(order, docs, strict=True))
        print(f"batches of {size:3d}: {differ} of {len(paras)} paragraphs parsed differently")


if __name__ == "__main__":
    main()
