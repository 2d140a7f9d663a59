"""What the attribution and when/where stages cost, and the gazetteer's memory.

    python bench/bench_stages.py [--articles 200]

Codes the same generated articles with every stage on, then with quotation extraction off, then
with dates and places off, in one process, and prints each stage's share of the full coding
time (targets: under 10% each), and the resident memory the GeoNames index adds.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from corpus import articles  # noqa: E402


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=200)
    ap.add_argument("--rounds", type=int, default=2)
    args = ap.parse_args()
    from eventwire import Coder, Settings
    from eventwire.geo import cities

    texts = articles(args.articles, seed=11)
    base = Coder(Settings(geo=False))
    before = rss_mb()
    t0 = time.perf_counter()
    cities()
    load_s = time.perf_counter() - t0
    print(f"gazetteer: GeoNames index built in {load_s:.1f} s, peak RSS {before:.0f} MB -> "
          f"{rss_mb():.0f} MB (+{rss_mb() - before:.0f} MB), once per process")
    coders = {"full": Coder(), "no quotes": Coder(Settings(quotes=False)), "no dates/places": base}
    arts = [base.article(t, date="2024-03-13") for t in texts]
    for c in coders.values():
        list(c.code_many(arts[:5]))
    times = {name: [] for name in coders}
    for _ in range(args.rounds):
        for name, c in coders.items():
            t0 = time.perf_counter()
            for _coded in c.code_many(arts):
                pass
            times[name].append(time.perf_counter() - t0)
    best = {k: min(v) for k, v in times.items()}
    n = len(arts)
    for name, t in best.items():
        print(f"{name:16s}: {n / t:6.1f} articles/s")
    full = best["full"]
    print(f"quotation extraction: {(full - best['no quotes']) / full:6.1%} of coding time "
          "(target < 10%)")
    print(f"dates and places    : {(full - best['no dates/places']) / full:6.1%} of coding time "
          "(target < 10%)")


if __name__ == "__main__":
    main()
