"""What the language check costs at the boundary (guard.check_text), with and without the
language identifier that decides the texts the English function-word share leaves in doubt.

    python bench/bench_language.py [--repeat 5]

Runs check_text over the real-news articles in gold/realnews/texts and over each of their
paragraphs taken as a short brief, first as it is (py3langid asked when a text of 8+ words has
under 20% English function words), then with the identifier never asked (the baseline: the
function-word floors alone), and prints microseconds per text, the ratio, how many texts the
identifier was asked about and how many either way refused, and the identifier's one-off load
time. Prints figures only; never fails on a timing.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path
from unittest import mock

from eventwire import guard
from eventwire.errors import NotEnglishError

TEXTS = Path(__file__).resolve().parents[1] / "gold" / "realnews" / "texts"


def timed(items: list[str], repeat: int) -> tuple[float, int]:
    refused = 0
    start = time.perf_counter()
    for _ in range(repeat):
        for text in items:
            try:
                guard.check_text(text)
            except NotEnglishError:
                refused += 1
    return (time.perf_counter() - start) / (repeat * len(items)) * 1e6, refused // repeat


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    articles = [guard.decode(p.read_bytes()) for p in sorted(TEXTS.glob("*.txt"))]
    briefs = [p for a in articles for p in a.split("\n\n") if len(p.strip()) > 30]
    start = time.perf_counter()
    guard._identifier()
    print(f"identifier load: {time.perf_counter() - start:.2f} s (once per process, when asked)")
    asked = 0
    real = guard.identify_language

    def counting(text: str) -> tuple[str, float]:
        nonlocal asked
        asked += 1
        return real(text)

    for name, items in (("articles", articles), ("paragraphs as briefs", briefs)):
        timed(items, 1)  # warm caches (clean() is not used here; the regexes are compiled)
        asked = 0
        with mock.patch.object(guard, "identify_language", counting):
            with_id, refused = timed(items, args.repeat)
        n_asked = asked // args.repeat
        with mock.patch.object(guard, "CLEARLY_ENGLISH", 0.0):
            without, refused_before = timed(items, args.repeat)
        print(f"{len(items):4d} {name:22s}: {with_id:7.1f} us/text with the identifier, "
              f"{without:7.1f} without (x{with_id / without:.2f}); asked for {n_asked}, "
              f"refused {refused} (function words alone: {refused_before})")


if __name__ == "__main__":
    main()
