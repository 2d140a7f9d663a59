"""The long run of the hostile-record properties (tests/test_integrity_hypothesis.py).

    python bench/bench_hostile.py [--lines 5000] [--coded 300] [--seed N]

CI runs each property on a fixed, small sample (a few seconds); this script runs the same
properties on fresh random samples of any size and prints what it met: lines per second, the
verdicts by reason, how many hostile articles were coded and stored. A property that fails
prints hypothesis's smallest failing example and the script exits 1; it never times anything
against a target.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

import test_integrity_hypothesis as props  # noqa: E402
from hostile import lines, records  # noqa: E402
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--lines", type=int, default=5000, help="examples of the validator property")
    ap.add_argument("--coded", type=int, default=300, help="examples coded and stored")
    ap.add_argument("--seed", type=int, default=None)
    args = ap.parse_args()
    run = settings(deadline=None, database=None, derandomize=False,
                   suppress_health_check=list(HealthCheck))
    verdicts: Counter = Counter()

    def one_line(line: bytes) -> None:
        item = props.check_line(line)
        verdicts["(blank)" if item is None else getattr(item, "reason", "accepted")] += 1

    failed = 0
    for name, test, n in (
            ("validate one line", given(lines())(one_line), args.lines),
            ("lines independent", given(st.lists(lines(), min_size=1, max_size=6))(
                props.test_one_line_never_costs_another.hypothesis.inner_test), args.lines // 5),
            ("validate → clean", given(records())(
                props.test_clean_takes_whatever_the_validator_lets_through.hypothesis.inner_test),
             args.lines // 5)):
        failed += _run(name, settings(run, max_examples=n)(test), n, args.seed)
    print("  verdicts of 'validate one line':",
          ", ".join(f"{k} {v}" for k, v in verdicts.most_common()))

    from eventwire import Coder

    coder = Coder()
    inner = props.test_code_and_store_hostile_records.hypothesis.inner_test
    coded = given(st.lists(records(), min_size=1, max_size=4))(lambda recs: inner(coder, recs))
    failed += _run("validate → code → store", settings(run, max_examples=args.coded)(coded),
                   args.coded, args.seed)
    return 1 if failed else 0


def _run(name: str, test, n: int, seed: int | None) -> int:
    from hypothesis import seed as with_seed

    if seed is not None:
        test = with_seed(seed)(test)
    t0 = time.perf_counter()
    try:
        test()
    except Exception as exc:  # a failed property: report it, go on with the others
        print(f"{name:26s}: FAILED after {time.perf_counter() - t0:.1f} s: "
              f"{type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}")
        return 1
    s = time.perf_counter() - t0
    print(f"{name:26s}: {n:6d} examples in {s:7.1f} s ({n / s:8.1f}/s), all held")
    return 0


if __name__ == "__main__":
    sys.exit(main())
