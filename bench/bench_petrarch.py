"""Loading the real Phoenix (PETRARCH) dictionaries: time and memory, against the built-in
knowledge loaded in the same run.

    python bench/bench_petrarch.py [--phoenix ../shared/reference/phoenix]

Each measurement runs in a fresh Python process (the knowledge loader caches), after the
imports (spaCy's among them, which any run pays anyway): the built-in
knowledge alone (baseline), the Phoenix folder read by the PETRARCH readers alone, and the
built-in knowledge joined with Phoenix as `--dictionary petrarch:FOLDER` gives it, and a whole
`Coder()` built without and with Phoenix (its actor matchers included; the spaCy model is loaded
first and left out). Prints seconds
and peak RSS of each and the extra time and memory Phoenix costs, with their ratio to the
baseline. Targets (issue 15): under 10 s and under 300 MB extra. Figures only.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

CHILD = r"""
import json, resource, sys, time
from pathlib import Path
mode, folder = sys.argv[1], sys.argv[2]
from eventwire.knowledge import load  # imports (spaCy among them) are not loading
from eventwire.petrarch import load_dictionaries
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
t = time.perf_counter()
if mode == "builtin":
    load(())
elif mode == "readers":
    load_dictionaries([folder], problems=[])
elif mode == "joined":
    load((Path("petrarch:" + folder),), skip_bad_lines=True)
elif mode.startswith("coder"):
    from eventwire import Coder, Settings, nlp
    nlp.load()  # the model, which both coders load, is not part of the figure
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    t = time.perf_counter()
    extra = (Path("petrarch:" + folder),) if mode == "coder-phoenix" else ()
    Coder(Settings(dictionaries=extra, skip_bad_lines=True))
seconds = time.perf_counter() - t
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"seconds": seconds, "rss_mb": peak / 1024, "start_mb": before / 1024}))
"""


def measure(mode: str, folder: str) -> dict:
    out = subprocess.run([sys.executable, "-c", CHILD, mode, folder], capture_output=True,
                         text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--phoenix", default=str(Path(__file__).resolve().parents[2] / "shared" /
                                             "reference" / "phoenix"))
    folder = ap.parse_args().phoenix
    if not Path(folder).is_dir():
        sys.exit(f"no Phoenix dictionaries at {folder} (pass --phoenix FOLDER)")
    base = measure("builtin", folder)
    read = measure("readers", folder)
    joined = measure("joined", folder)
    coder = measure("coder-builtin", folder)
    coder_px = measure("coder-phoenix", folder)
    print(f"built-in knowledge        {base['seconds']:6.2f} s  peak RSS {base['rss_mb']:6.0f} MB")
    print(f"Phoenix, readers only     {read['seconds']:6.2f} s  peak RSS {read['rss_mb']:6.0f} MB")
    print(f"built-in + Phoenix joined {joined['seconds']:6.2f} s  peak RSS {joined['rss_mb']:6.0f}"
          " MB")
    print(f"Coder(), built-in         {coder['seconds']:6.2f} s  peak RSS {coder['rss_mb']:6.0f} MB"
          f" (model loaded before: {coder['start_mb']:.0f} MB)")
    print(f"Coder() with Phoenix      {coder_px['seconds']:6.2f} s  peak RSS "
          f"{coder_px['rss_mb']:6.0f} MB")
    print(f"in a Coder, Phoenix adds {coder_px['seconds'] - coder['seconds']:.2f} s and "
          f"{coder_px['rss_mb'] - coder['rss_mb']:.0f} MB "
          f"(ratios {coder_px['seconds'] / coder['seconds']:.2f}"
          f", {coder_px['rss_mb'] / coder['rss_mb']:.2f})")
    extra_s = joined["seconds"] - base["seconds"]
    extra_mb = joined["rss_mb"] - base["rss_mb"]
    print(f"Phoenix adds {extra_s:.2f} s (target < 10 s; ratio to built-in "
          f"{joined['seconds'] / base['seconds']:.2f}) and {extra_mb:.0f} MB (target < 300 MB; "
          f"ratio {joined['rss_mb'] / base['rss_mb']:.2f})")


if __name__ == "__main__":
    main()
