"""Throughput of the full coder against spaCy alone on the same texts, one process.

    python bench/bench_coder.py [--articles 200]

Prints articles/s and tokens/s for (a) spaCy's stock pipeline alone over exactly the paragraphs
the coder parses (the baseline, loaded afresh with `spacy.load`, without eventwire's faster
attribute ruler), (a') the same over the raw articles, and (b) the full coder (`Coder.code_many`:
guards, cleaning, parsing, actors, events), and the ratio b/a of time. The three are measured in
turn within each round, `--rounds` times, and the medians reported with the machine's load, since
the machine may be shared. Figures, not a pass/fail: the target is a ratio <= 0.80.
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import time
from pathlib import Path
from statistics import median

sys.path.insert(0, str(Path(__file__).parent))

from corpus import articles  # noqa: E402

from eventwire import Coder  # noqa: E402
from eventwire.clean import clean  # noqa: E402
from eventwire.nlp import stock  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=200)
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    texts = articles(args.articles)
    coder = Coder()
    nlp = stock()
    tokens = sum(len(d) for d in nlp.tokenizer.pipe(texts))
    arts = [coder.article(t, date="2024-03-13") for t in texts]
    list(coder.code_many(arts[:5]))  # warm up
    paragraphs = [p.text for t in texts for p in clean(t).paragraphs]
    list(nlp.pipe(paragraphs[:50]))  # warm up
    spacy_t, raw_t, coder_t = [], [], []
    events = 0
    for _ in range(args.rounds):
        t0 = time.perf_counter()
        for _doc in nlp.pipe(paragraphs, batch_size=64):
            pass
        spacy_t.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        for _doc in nlp.pipe(texts, batch_size=64):
            pass
        raw_t.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        events = sum(len(c.events) for c in coder.code_many(arts))
        coder_t.append(time.perf_counter() - t0)
    s, r, c = median(spacy_t), median(raw_t), median(coder_t)
    n = len(texts)
    print(f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
          f"python {platform.python_version()}, 1 process; load average "
          f"{' '.join(f'{x:.1f}' for x in os.getloadavg())}; medians of {args.rounds} rounds")
    print(f"corpus: {n} generated articles, {tokens:,} tokens, {events} events coded")
    print(f"spaCy alone : {n / s:7.1f} articles/s {tokens / s:9.0f} tokens/s  (same paragraphs)")
    print(f"spaCy alone : {n / r:7.1f} articles/s {tokens / r:9.0f} tokens/s  (raw articles)")
    print(f"full coder  : {n / c:7.1f} articles/s {tokens / c:9.0f} tokens/s")
    print(f"ratio coder/spaCy time: {c / s:.3f}  (target <= 0.80; per round: "
          f"{', '.join(f'{b / a:.3f}' for a, b in zip(spacy_t, coder_t, strict=True))})")


if __name__ == "__main__":
    main()
