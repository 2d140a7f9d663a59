"""What one article costs against its size, for hostile shapes of text.

    python bench/bench_cost.py [--sizes 1000,10000,100000] [--big 500000] [--shapes ...]

Shapes (each built to the exact size from the team's own wire-copy templates, bench/corpus.py):
- prose: ordinary wire copy, paragraphs of two or three sentences;
- nested-quotes: one paragraph of quotations inside quotations, curly and straight;
- long-lines: the whole text on one line (one paragraph);
- run-on: one line with no punctuation at all (no sentence ever ends);
- short-lines: a line of two or three words at a time, a blank line after every other line.

Each size of each shape is coded in a fresh process (`Coder().code`, after a warm-up article;
articles under 50,000 characters are coded a few times and the best time kept), so the peak
resident memory printed is that article's own (the model and the knowledge loaded alone are
printed with it). For each shape the ratio to linear is (time at n / time at the
smallest size) / (n / smallest size): 1.0 is linear, under 1 is the fixed cost per article
fading, over 2 is out of proportion (the target: at most 2 from 1k to 100k characters; peak RSS
for a 500,000-character article under 600 MB). The same ratio on the process's CPU time is
printed beside it: on a machine shared with other work, waiting for a core inflates the
wall-clock time of whichever size ran while it was busy, not the CPU time. Prints figures;
never fails on a timing.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))

from corpus import COUNTRIES, DAYS, NAMES, ROLES, TEMPLATES  # noqa: E402

SHAPES = ("prose", "nested-quotes", "long-lines", "run-on", "short-lines")


def _sentences(rng: random.Random):
    while True:
        a, b = rng.sample(COUNTRIES, 2)
        yield rng.choice(TEMPLATES).format(
            A=a[0], A_adj=a[1], A_cap=a[2], B=b[0], B_adj=b[1], B_cap=b[2],
            role=rng.choice(ROLES), name=rng.choice(NAMES), day=rng.choice(DAYS))


def _fill(pieces, size: int) -> str:
    out, n = [], 0
    for p in pieces:
        out.append(p)
        n += len(p)
        if n >= size:
            break
    return "".join(out)[:size - 1].rstrip() + "\n"


def make(shape: str, size: int, seed: int = 5) -> str:
    """A text of `size` characters (give or take the last word) in the given shape."""
    rng = random.Random(seed)
    sents = _sentences(rng)
    if shape == "prose":
        def paragraphs():
            while True:
                yield " ".join(next(sents) for _ in range(rng.randint(2, 3))) + "\n\n"
        return _fill(paragraphs(), size)
    if shape == "nested-quotes":
        def quotes():
            while True:
                a, b = rng.sample(COUNTRIES, 2)
                name = rng.choice(NAMES)
                yield (f"{name} said \u201c{a[0]} accused {b[0]} of saying \u201cwe shelled "
                       f"\u2018{b[2]}\u2019 because \"{a[1]} troops\" attacked\u201d and "
                       f"{b[1]} officials told reporters \"{next(sents)[:-1]}\" ")
        return _fill(quotes(), size)
    if shape == "long-lines":
        def line():
            while True:
                yield next(sents) + " "
        return _fill(line(), size)
    if shape == "run-on":
        def words():
            while True:
                yield next(sents).replace(".", "").replace(",", "").replace('"', "") + " "
        return _fill(words(), size)
    if shape == "short-lines":
        def lines():
            k = 0
            while True:
                words = next(sents).split()
                while words:
                    cut = rng.randint(2, 3)
                    take, words = words[:cut], words[cut:]
                    k += 1
                    yield " ".join(take) + ("\n\n" if k % 2 == 0 else "\n")
        return _fill(lines(), size)
    raise ValueError(f"unknown shape {shape!r}")


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child(shape: str, size: int) -> None:
    """Runs in a fresh process: load, warm up, code one article, print JSON figures."""
    from eventwire import Coder, Settings

    options = {"max_chars": max(size * 2, 500_000), "time_budget": None}
    # (only the settings this checkout has: the script also measures older ones, for comparison)
    coder = Coder(Settings(**{k: v for k, v in options.items()
                              if k in Settings.__dataclass_fields__}))
    coder.code(make("prose", 1500, seed=1), date="2024-03-13")
    loaded = _rss_mb()
    from eventwire.clean import clean

    text = make(shape, size)
    seconds = cpu = float("inf")
    for _ in range(max(1, min(10, 50_000 // size))):  # small articles: the best of a few runs
        clean.cache_clear()
        t0, c0 = time.perf_counter(), time.process_time()
        coded = coder.code(text, date="2024-03-13")
        seconds = min(seconds, time.perf_counter() - t0)
        cpu = min(cpu, time.process_time() - c0)
    print(json.dumps({"shape": shape, "chars": len(text), "seconds": seconds, "cpu": cpu,
                      "events": len(coded.events), "quotes": len(coded.quotes),
                      "loaded_mb": loaded, "peak_mb": _rss_mb()}))


def run(shape: str, size: int, timeout: float | None) -> dict | None:
    """One article in a fresh process; None if it ran over `timeout` seconds (and was killed)."""
    try:
        out = subprocess.run([sys.executable, __file__, "--child", shape, str(size)],
                             capture_output=True, text=True, check=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return None
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="1000,10000,100000")
    ap.add_argument("--big", type=int, default=500_000,
                    help="one more size for every shape (0: none)")
    ap.add_argument("--shapes", default=",".join(SHAPES))
    ap.add_argument("--timeout", type=float, default=None,
                    help="give up on one article after this many seconds (model load included)")
    ap.add_argument("--child", nargs=2, metavar=("SHAPE", "SIZE"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(args.child[0], int(args.child[1]))
        return
    import platform

    sizes = [int(s) for s in args.sizes.split(",")]
    print(f"machine: {platform.machine()}, python {platform.python_version()}, one process per "
          "article")
    for shape in args.shapes.split(","):
        base = None
        for n in [*sizes, *([args.big] if args.big else [])]:
            r = run(shape, n, args.timeout)
            if r is None:
                print(f"{shape:13s} {n:>8,} chars: over {args.timeout:g} s, stopped", flush=True)
                break
            base = base or r
            ratio = (r["seconds"] / base["seconds"]) / (r["chars"] / base["chars"])
            cpu_ratio = (r["cpu"] / base["cpu"]) / (r["chars"] / base["chars"])
            print(f"{shape:13s} {r['chars']:>8,} chars: {r['seconds']:7.2f} s "
                  f"({r['seconds'] / r['chars'] * 1e6:6.1f} s per million chars), "
                  f"ratio to linear {ratio:5.2f} (CPU time {r['cpu']:7.2f} s, ratio "
                  f"{cpu_ratio:5.2f}), peak RSS {r['peak_mb']:5.0f} MB "
                  f"(model loaded {r['loaded_mb']:4.0f} MB), {r['events']} events, "
                  f"{r['quotes']} quotes", flush=True)

if __name__ == "__main__":
    main()
