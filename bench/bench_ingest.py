"""Corpus ingest: generated articles into a fresh DuckDB store, with -j 1, -j N and Ray (local),
against spaCy alone parsing the same texts in one process.

    python bench/bench_ingest.py [--articles 10000] [--jobs 0 (= all cores)] [--no-ray]

Prints articles/s, the speed-up of -j N over -j 1, the ratio to spaCy-only parsing, peak RSS of
this process and its children, and the database size. Figures only; nothing is asserted.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from corpus import articles  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=10000)
    ap.add_argument("--jobs", type=int, default=0)
    ap.add_argument("--no-ray", action="store_true")
    args = ap.parse_args()
    jobs = args.jobs or os.cpu_count() or 1
    from eventwire import nlp
    from eventwire.corpus.ingest import ingest

    tmp = Path(tempfile.mkdtemp(prefix="ew-bench-"))
    texts = articles(args.articles, seed=23)
    data = tmp / "corpus.jsonl"
    with data.open("w", encoding="utf-8") as fh:
        for n, t in enumerate(texts):
            fh.write(json.dumps({"id": f"a{n}", "text": t, "date": "2024-03-13",
                                 "source": f"outlet{n % 7}"}) + "\n")
    model = nlp.load()
    t0 = time.perf_counter()
    for _ in model.pipe(texts, batch_size=64):
        pass
    spacy_s = time.perf_counter() - t0
    n = len(texts)
    print(f"{n} generated articles, {os.cpu_count()} cores")
    print(f"spaCy alone, 1 process : {n / spacy_s:6.1f} articles/s")
    runs = [("-j 1", dict(jobs=1)), (f"-j {jobs}", dict(jobs=jobs))]
    if not args.no_ray:
        runs.append((f"ray local x{jobs}", dict(jobs=jobs, engine="ray")))
    rates = {}
    for label, kw in runs:
        db = tmp / f"{label.replace(' ', '_')}.duckdb"
        s = ingest([data], db, **kw)
        rates[label] = n / s.seconds
        size = db.stat().st_size / 1e6
        print(f"ingest {label:12s}: {rates[label]:6.1f} articles/s  ({s.mentions} mentions, "
              f"{s.events} events, database {size:.1f} MB, ratio to spaCy-only time "
              f"{s.seconds / spacy_s:.2f})")
    print(f"speed-up -j {jobs} over -j 1: {rates[f'-j {jobs}'] / rates['-j 1']:.2f}x")
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"peak RSS: this process {own:.0f} MB, largest worker {kids:.0f} MB")


if __name__ == "__main__":
    main()
