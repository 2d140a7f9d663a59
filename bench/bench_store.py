"""What keeping `events` in step with `mentions` in every batch costs the store's writes.

    python bench/bench_store.py [--batches 300]

Codes 32 generated articles once, then writes them again and again as new articles (new ids,
dates spread over a year) in batches of 32, as `ingest` does, into a fresh store: once with the
events of each batch recomputed in its transaction (what the store does), once without (the
baseline), and prints the write time per batch at the start and at the end, the ratio, and the
time of a full rebuild of the events table. Prints figures only; never fails on a timing.
"""

from __future__ import annotations

import argparse
import copy
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from corpus import articles  # noqa: E402


def run(docs: list[dict], batches: int, refresh: bool) -> tuple[list[float], int, int, float]:
    from eventwire.store import Store

    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "b.duckdb") as store:
        if not refresh:
            store._refresh_events = lambda ids: None  # the baseline: mentions only
        times = []
        for b in range(batches):
            batch = copy.deepcopy(docs)
            for d in batch:
                d["article"]["id"] += f"-{b}"
                d["article"]["date"] = f"2024-{1 + b % 12:02d}-{1 + b % 28:02d}"
                for e in d["events"]:
                    e["id"] += f"-{b}"
                    e["article_id"] = d["article"]["id"]
                    e["date"] = None  # dated by the article: events spread over the year
            t0 = time.perf_counter()
            store.write(batch, [f"bench:{b}:{i}" for i in range(len(batch))])
            times.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        store.rebuild_events()
        return times, store.count("mentions"), store.count("events"), time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--batches", type=int, default=300)
    args = ap.parse_args()
    from eventwire import Coder

    coder = Coder()
    docs = [coder.code(t, date="2024-03-05", id=f"a{i}").to_dict()
            for i, t in enumerate(articles(32, seed=3))]
    print(f"batches of 32 articles, {sum(len(d['events']) for d in docs)} mentions each")
    ms = {}
    for refresh in (False, True):
        times, mentions, events, rebuild = run(docs, args.batches, refresh)
        first, last = sum(times[:10]) / 10 * 1000, sum(times[-10:]) / 10 * 1000
        ms[refresh] = sum(times)
        label = "events kept per batch" if refresh else "mentions only (baseline)"
        print(f"{label:26s}: write per batch {first:5.0f} ms at the start, {last:5.0f} ms at "
              f"the end ({mentions:,} mentions, {events:,} events); full rebuild {rebuild:.2f} s")
    print(f"ratio of total write time, kept per batch / baseline: {ms[True] / ms[False]:.2f}")


if __name__ == "__main__":
    main()
