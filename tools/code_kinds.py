"""Which codes the coder confuses: every dev gold event missed as "wrong code" (some output has
its dyad, none its root) paired with the outputs of the same dyad in the sentences its cue cites
([sN]), tabulated as gold root -> output root.

    .venv/bin/python tools/code_kinds.py [gold/realnews] [--json out.json]

Only reads the dev split; refuses a held-back test split (gold/realnews-test).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from eventwire.coder import Coder  # noqa: E402
from eventwire.devset import cited_spans, held_out, load  # noqa: E402
from eventwire.evaluate import _expand, _max_matching, country  # noqa: E402


def same_dyad(e, g: dict) -> bool:
    return country(e.source.code) == country(g.get("source")) and (
        country(e.target.code) if e.target else "") == country(g.get("target", ""))


def confusions(folder: Path) -> list[dict]:
    if held_out(folder):
        raise SystemExit(f"{folder}: a held-back split; this tool reads the dev split only")
    coder = Coder()
    entries = load(folder)
    arts = [coder.article(e.raw, id=e.meta["id"], date=e.gold.get("date") or e.meta.get("date"),
                          url=e.meta.get("url")) for e in entries]
    out = []
    for e, coded in zip(entries, coder.code_many(arts), strict=True):
        golds = _expand(e.gold.get("events", []))
        outs = list(coded.events)
        found = _max_matching(outs, golds, "root")
        for gi, g in enumerate(golds):
            roots = {c[:2] for c in (g["cameo"], *g.get("also", []))}
            if gi in found or any(o.cameo.root in roots for o in outs):
                continue  # found, or "wrong actors"
            if not any(same_dyad(o, g) for o in outs):
                continue  # "not found"
            spans = cited_spans(e.gold, g.get("cue", ""))
            near = [o for o in outs if same_dyad(o, g) and (not spans or any(
                s <= o.trigger.span[0] < t for s, t in spans))]  # no [sN]: the article
            out.append({"article": e.meta["id"], "gold": g["cameo"], "also": g.get("also", []),
                        "source": g.get("source"), "target": g.get("target"),
                        "cue": g.get("cue"),
                        "got": [{"cameo": o.cameo.code, "trigger": o.trigger.text,
                                 "modality": o.modality, "text": o.text} for o in near]})
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", nargs="?", default=str(ROOT / "gold/realnews"))
    ap.add_argument("--json", help="write every confusion here")
    a = ap.parse_args(argv)
    rows = confusions(Path(a.folder))
    table: Counter = Counter()
    for r in rows:
        for got in {o["cameo"][:2] for o in r["got"]} or {"--"}:
            table[(r["gold"][:2], got)] += 1
    confused = sum(bool(r["got"]) for r in rows)
    print(f"{len(rows)} gold events missed whose dyad has an output in the article; "
          f"{confused} of them in the sentences the cue cites (the report's 'wrong code')")
    print("gold root -> output root there (--: none there, the report's 'not found')")
    for (g, o), n in table.most_common():
        arts = len({r["article"] for r in rows if r["gold"][:2] == g and (
            o in {x["cameo"][:2] for x in r["got"]} or (o == "--" and not r["got"]))})
        print(f"  {g} -> {o}: {n} ({arts} articles)")
    if a.json:
        Path(a.json).write_text(json.dumps(rows, indent=1, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
