"""Throughput of the full coder against spaCy alone on the same texts, one process.

    python bench/bench_coder.py [--articles 200]

Prints articles/s and tokens/s for (a) spaCy's stock pipeline alone over exactly the paragraphs
the coder parses (the baseline, loaded afresh with `spacy.load`, without eventwire's faster
attribute ruler), (a') the same over the raw articles, (b) the full coder (`Coder.code_many`:
guards, cleaning, parsing, actors, events) and (b') the same coder with spaCy's stock attribute
ruler in its pipeline instead of eventwire's (attribute_ruler.py), and the ratios b/a and b'/a
of time. The four are timed in turn on each chunk of `--chunk` articles (the order alternating
from chunk to chunk), in `--rounds` rounds, and the medians of the rounds' totals reported,
wall-clock and CPU time of this process, with the machine's load: on a shared machine the
CPU-time ratio is the steadier. Then the attribute ruler alone: the stock component and
eventwire's on the same parsed paragraphs (copies of the Docs the parser leaves), CPU time,
medians of the rounds, and how many tokens they annotate differently (0 expected). Figures, not
a pass/fail: the target is a ratio <= 0.80.
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import time
from pathlib import Path
from statistics import median

from spacy.attrs import DEP, LEMMA, MORPH, POS, TAG

sys.path.insert(0, str(Path(__file__).parent))

from corpus import articles  # noqa: E402

from eventwire import Coder  # noqa: E402
from eventwire.clean import clean  # noqa: E402
from eventwire.nlp import stock  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=200)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--chunk", type=int, default=10)
    args = ap.parse_args()
    texts = articles(args.articles)
    coder = Coder()
    nlp = stock()
    tokens = sum(len(d) for d in nlp.tokenizer.pipe(texts))
    arts = [coder.article(t, date="2024-03-13") for t in texts]
    list(coder.code_many(arts[:5]))  # warm up
    list(nlp.pipe([p.text for t in texts[:5] for p in clean(t).paragraphs]))  # warm up
    chunks = [(arts[k:k + args.chunk], texts[k:k + args.chunk],
               [p.text for t in texts[k:k + args.chunk] for p in clean(t).paragraphs])
              for k in range(0, len(texts), args.chunk)]
    _with_stock_ruler(coder.nlp)
    _stock_ruled(coder, arts[:5])  # warm up
    took = {side: [[0.0, 0.0] for _ in range(args.rounds)]
            for side in ("spacy", "raw", "coder", "before")}
    events = [0]

    def timed(side: str, rnd: int, work) -> None:
        w, c = time.perf_counter(), time.process_time()
        work()
        took[side][rnd][0] += time.perf_counter() - w
        took[side][rnd][1] += time.process_time() - c

    for rnd in range(args.rounds):
        events[0] = 0
        for k, (chunk_arts, chunk_texts, paragraphs) in enumerate(chunks):
            sides = [("spacy", lambda p=paragraphs: _drain(nlp.pipe(p, batch_size=64))),
                     ("raw", lambda t=chunk_texts: _drain(nlp.pipe(t, batch_size=64))),
                     ("coder", lambda a=chunk_arts: events.__setitem__(0, events[0] + sum(
                         len(c.events) for c in coder.code_many(a)))),
                     ("before", lambda a=chunk_arts: _stock_ruled(coder, a))]
            for side, work in sides if k % 2 == 0 else reversed(sides):
                timed(side, rnd, work)
    n = len(texts)
    wall = {side: median(r[0] for r in rounds) for side, rounds in took.items()}
    cpu = {side: median(r[1] for r in rounds) for side, rounds in took.items()}
    print(f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
          f"python {platform.python_version()}, 1 process; load average "
          f"{' '.join(f'{x:.1f}' for x in os.getloadavg())}; medians of {args.rounds} rounds, "
          f"each timing the four in turn on chunks of {args.chunk} articles")
    print(f"corpus: {n} generated articles, {tokens:,} tokens, {events[0]} events coded")
    for side, label in (("spacy", "spaCy alone : "), ("raw", "spaCy alone : "),
                        ("coder", "full coder  : "), ("before", "full coder  : ")):
        note = {"spacy": "  (stock pipeline, same paragraphs)",
                "raw": "  (stock pipeline, raw articles)", "coder": "",
                "before": "  (with spaCy's stock attribute ruler)"}[side]
        print(f"{label}{n / wall[side]:7.1f} articles/s {tokens / wall[side]:9.0f} tokens/s, "
              f"CPU {n / cpu[side]:7.1f} articles/s{note}")
    for side, label in (("coder", "coder"), ("before", "coder with the stock ruler")):
        ratios = [[c[i] / s[i] for s, c in zip(took["spacy"], took[side], strict=True)]
                  for i in (0, 1)]
        print(f"ratio {label}/spaCy time: wall {median(ratios[0]):.3f}, CPU "
              f"{median(ratios[1]):.3f}  (target <= 0.80; medians of the rounds' ratios, CPU per "
              f"round: {', '.join(f'{r:.3f}' for r in ratios[1])})")
    paragraphs = [p for _a, _t, chunk_paragraphs in chunks for p in chunk_paragraphs]
    _ruler_alone(coder.nlp, paragraphs, args.rounds, cpu["spacy"])


def _drain(docs) -> None:
    for _doc in docs:
        pass


STOCK = "stock_attribute_ruler"


def _with_stock_ruler(nlp) -> None:
    """Put spaCy's own AttributeRuler, with the same patterns, next to eventwire's in the
    coder's pipeline, disabled."""
    nlp.add_pipe("attribute_ruler", name=STOCK, after="attribute_ruler").add_patterns(
        nlp.get_pipe("attribute_ruler").patterns)
    nlp.disable_pipe(STOCK)


def _stock_ruled(coder, arts) -> None:
    """Code with the stock ruler running in the place of eventwire's."""
    coder.nlp.disable_pipe("attribute_ruler")
    coder.nlp.enable_pipe(STOCK)
    try:
        _drain(coder.code_many(arts))
    finally:
        coder.nlp.disable_pipe(STOCK)
        coder.nlp.enable_pipe("attribute_ruler")


def _ruler_alone(nlp, paragraphs: list[str], rounds: int, spacy_cpu: float) -> None:
    """The two rulers of the coder's pipeline over copies of the same parsed Docs, in turn,
    `rounds` times."""
    upstream = nlp.pipe_names[:nlp.pipe_names.index("attribute_ruler")]
    with nlp.select_pipes(enable=upstream):
        parsed = list(nlp.pipe(paragraphs, batch_size=64))
    rulers = {"stock": nlp.get_pipe(STOCK), "eventwire": nlp.get_pipe("attribute_ruler")}
    took: dict[str, list[float]] = {name: [] for name in rulers}
    out = {}
    for rnd in range(rounds):
        for name in (list(rulers) if rnd % 2 == 0 else list(reversed(rulers))):
            docs = [d.copy() for d in parsed]
            c = time.process_time()
            for doc in docs:
                rulers[name](doc)
            took[name].append(time.process_time() - c)
            out[name] = docs
    written = [POS, TAG, MORPH, LEMMA, DEP]
    differ = sum(int((a.to_array(written) != b.to_array(written)).any(axis=1).sum())
                 for a, b in zip(out["stock"], out["eventwire"], strict=True))
    tokens = sum(len(d) for d in parsed)
    stock, ours = (median(took[name]) for name in rulers)
    print(f"attribute ruler alone, {len(parsed)} paragraphs, {tokens:,} tokens, CPU medians of "
          f"{rounds} rounds: stock {stock:.3f} s ({stock / tokens * 1e6:.2f} us/token, "
          f"{stock / spacy_cpu:.1%} of the stock pipeline's time above), eventwire {ours:.3f} s "
          f"({ours / tokens * 1e6:.2f} us/token, {ours / spacy_cpu:.1%}): {stock / ours:.1f}x; "
          f"tokens annotated differently: {differ}")


if __name__ == "__main__":
    main()
