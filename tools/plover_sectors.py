#!/usr/bin/env python3
"""How often the PLOVER export's entity codes and sectors agree with the PLOVER gold-standard
records' human coding, against passing CAMEO's agent through unmapped (what the export did
before the sector table of knowledge/export-codes.yaml).

    .venv/bin/python tools/plover_sectors.py [--gold ../shared/reference/plover/plover-gsr.dev.json]

Each gold sentence is coded; an entity of the gold record (source or target, with a sector) is
matched to the entities of the events coded from the sentence whose PLOVER country code is the
gold's; the primary sector (first 3 letters) is then compared. Reads the gold at run time.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from eventwire.evaluate import detect  # noqa: E402
from eventwire.export_codes import actor_parts, plover_country, plover_sector  # noqa: E402


def _gold_entities(record: dict) -> list[dict]:
    out = []
    for key in ("source", "target"):
        value = record.get(key)
        if isinstance(value, list):
            out += [e for e in value if isinstance(e, dict) and e.get("sector")
                    and e["sector"][:3] != "***"]
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--gold", type=Path,
                    default=ROOT.parent / "shared/reference/plover/plover-gsr.dev.json")
    args = ap.parse_args()
    if not args.gold.exists():
        sys.exit(f"{args.gold}: not present (the team's ../shared reference material)")
    from eventwire import Coder
    from eventwire.errors import InputError

    _, records = detect(args.gold)
    coder = Coder()
    kept, articles = [], []
    for r in records:
        if r.get("text") and r.get("event") != "DOCUMENT":
            try:
                articles.append(coder.article(r["text"], date=r.get("date")))
            except InputError:
                continue
            kept.append(r)
    counts = Counter()
    misses = Counter()
    for rec, coded in zip(kept, coder.code_many(articles), strict=True):
        ours = []
        for e in coded.events:
            for actor in (e.source, e.target):
                if actor is not None:
                    parts = actor_parts(actor.code, actor.country)
                    ours.append((plover_country(parts), plover_sector(parts, actor.text),
                                 parts.agents[0] if parts.agents else None))
        for g in _gold_entities(rec):
            counts["gold entities with a sector"] += 1
            match = [o for o in ours if o[0] == g["code"] and o[1]]
            if not match:
                continue
            counts["matched (same country code, ours has a sector)"] += 1
            want = g["sector"][:3].upper()
            mapped = any(o[1][:3] == want for o in match)
            passed = any(o[2] == want for o in match)
            counts["primary sector agrees: PLOVER mapping"] += mapped
            counts["primary sector agrees: CAMEO agent passed through"] += passed
            counts["gold sector is our primary or secondary: PLOVER mapping"] += any(
                want in (o[1][:3], o[1][3:]) for o in match)
            if not mapped:
                misses[f"gold {want} / ours {match[0][1]}"] += 1
    width = max(map(len, counts))
    for k, v in counts.items():
        print(f"{k:<{width}} {v:5d}")
    print("disagreements (gold / ours):", ", ".join(f"{k} x{n}" for k, n in misses.most_common(12)))


if __name__ == "__main__":
    main()
