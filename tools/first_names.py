#!/usr/bin/env python3
"""Build src/eventwire/knowledge/first-names.csv, the first-name inventory that gives a person
named in an article a grammatical gender for pronoun resolution (docs/policy.md, "he/she").

    pip download --no-deps -d /tmp/nqg nomquamgender==0.1.4
    unzip -o /tmp/nqg/nomquamgender-0.1.4-py3-none-any.whl -d /tmp/nqg
    .venv/bin/python tools/first_names.py /tmp/nqg/nomquamgender/name_data.json

The source is the name-gender table of the nomquamgender package (Van Buskirk, Clauset and
Larremore, 2022; MIT licence), which pools given-name counts from many national and
bibliographic sources. Each entry is [sources, count, p(female), ...]. A name is kept when it is
attested in at least MIN_SOURCES sources and MIN_COUNT times, and is gendered clearly: p(female)
at most 1 - CLEAR (male) or at least CLEAR (female). Ambiguous names (Jean, Kim, Andrea) and
family names that come first in East Asian names (Xi, Li, Kim, Lee, Yoon) fall out by these
rules. Words that are titles, not names, are left out (the coder reads titles itself). The
package is needed only to build the file, not to run eventwire.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from eventwire.gender import TITLES as GENDERED_TITLES

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src/eventwire/knowledge/first-names.csv"
MIN_SOURCES, MIN_COUNT, CLEAR = 10, 1000, 0.95
TITLES = frozenset(GENDERED_TITLES) | {"president", "general", "doctor", "pope"}
"""Words left out: the titles gender.py reads itself (knowledge/gender-words.yaml), and titles
that say nothing of gender."""
HEADER = f"""\
# First names and the gender they clearly indicate (m or f), for pronoun resolution only.
# Built by tools/first_names.py from the name-gender table of the nomquamgender package 0.1.4
# (Van Buskirk, Clauset and Larremore, 2022; MIT licence, copyright (c) 2022 Ian Van Buskirk):
# names attested in at least {MIN_SOURCES} sources and {MIN_COUNT} times, with p(female) at most
# {1 - CLEAR:.2f} (m) or at least {CLEAR:.2f} (f). Lower case, without diacritics. Checked against the
# people files: every office holder whose first name is listed here has the gender it gives,
# except the rows those files correct with their own `gender` field.
"""


def main() -> None:
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    data = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    rows = []
    for name, info in data.items():
        sources, count, p_female = info[0], info[1], info[2]
        if not re.fullmatch(r"[a-z][a-z'\-]+", name) or name in TITLES:
            continue
        if sources < MIN_SOURCES or count < MIN_COUNT:
            continue
        if p_female >= CLEAR:
            rows.append((name, "f"))
        elif p_female <= 1 - CLEAR:
            rows.append((name, "m"))
    rows.sort()
    OUT.write_text(HEADER + "name,gender\n" + "".join(f"{n},{g}\n" for n, g in rows),
                   encoding="utf-8")
    print(f"{len(rows)} names ({sum(g == 'f' for _, g in rows)} f) -> {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
