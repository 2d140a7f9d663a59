"""Corpus throughput: N generated articles (400-800 words each), single process and one process
per core, spaCy alone and the full coder, with peak resident memory per process.

    python bench/bench_corpus.py [--articles 2000] [--jobs 0 (= all cores)]

Prints figures; never fails on a timing.
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import os
import platform
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from corpus import articles  # noqa: E402

_CODER = None


def _init() -> None:
    global _CODER
    from eventwire import Coder

    _CODER = Coder()


def _code_chunk(texts: list[str]) -> tuple[int, int]:
    arts = [_CODER.article(t, date="2024-03-13") for t in texts]
    events = sum(len(c.events) for c in _CODER.code_many(arts))
    return events, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def _spacy_chunk(texts: list[str]) -> tuple[int, int]:
    from eventwire.clean import clean

    paragraphs = [p.text for t in texts for p in clean(t).paragraphs]
    for _ in _CODER.nlp.pipe(paragraphs, batch_size=64):
        pass
    return 0, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def _run(fn, texts: list[str], jobs: int) -> tuple[float, int, int]:
    chunks = [texts[i:i + 50] for i in range(0, len(texts), 50)]
    t0 = time.perf_counter()
    if jobs == 1:
        results = [fn(c) for c in chunks]
    else:
        with mp.get_context("fork").Pool(jobs, initializer=_init) as pool:
            results = pool.map(fn, chunks)
    elapsed = time.perf_counter() - t0
    return elapsed, sum(r[0] for r in results), max(r[1] for r in results)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--jobs", type=int, default=0)
    args = ap.parse_args()
    jobs = args.jobs or os.cpu_count() or 1
    texts = articles(args.articles)
    _init()
    tokens = sum(len(d) for d in _CODER.nlp.tokenizer.pipe(texts))
    _code_chunk(texts[:3])
    n = len(texts)
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, python "
          f"{platform.python_version()}")
    print(f"corpus: {n} generated articles, {tokens:,} tokens")
    rows = {}
    for label, fn in (("spaCy alone", _spacy_chunk), ("full coder", _code_chunk)):
        for j in sorted({1, jobs}):
            elapsed, events, rss = _run(fn, texts, j)
            rows[(label, j)] = elapsed
            extra = f", {events} events" if events else ""
            print(f"{label:11s} -j {j}: {n / elapsed:6.1f} articles/s {tokens / elapsed:8.0f} "
                  f"tokens/s  peak RSS per process {rss / 1024:.0f} MB{extra}")
    for j in sorted({1, jobs}):
        print(f"ratio coder/spaCy time, -j {j}: {rows[('full coder', j)] / rows[('spaCy alone', j)]:.3f}")
    if jobs > 1:
        print(f"speed-up -j {jobs} over -j 1 (coder): "
              f"{rows[('full coder', 1)] / rows[('full coder', jobs)]:.2f}x")


if __name__ == "__main__":
    main()
