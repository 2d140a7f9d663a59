"""Scoring against article gold (docs/gold-format.md): precision, recall and F1 at root and code
level, must-not violations, actor coding, and attribution / modality / date accuracy.

Matching rules:
- an actor code's country is its first three letters; gold target "" means no target, "*" any;
- a gold event with `symmetric: true` is expected in both directions;
- an output event finds a gold event when source and target countries agree and its CAMEO code is
  the gold code or in `also` (code level) or has the same two-digit root (root level); each
  output event satisfies at most one gold event (maximum bipartite matching);
- an output event that matches no gold and no optional event is a false positive; one that
  matches a gold event already credited to another output (a second mention of the same event)
  is neither credited nor penalised.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .records import CodedArticle, EventMention


def country(code: str | None) -> str:
    return (code or "")[:3]


def _expand(events: list[dict]) -> list[dict]:
    out = []
    for g in events:
        out.append(g)
        if g.get("symmetric"):
            out.append(dict(g, source=g.get("target", ""), target=g.get("source", ""),
                            mirrored=True))
    return out


def _matches(e: EventMention, g: dict, level: str) -> bool:
    if country(e.source.code) != country(g.get("source")) and g.get("source") != "*":
        return False
    gt = g.get("target", "")
    et = country(e.target.code) if e.target else ""
    if gt != "*" and country(gt) != et:
        return False
    if level == "code":
        return e.cameo.code == g["cameo"] or e.cameo.code in g.get("also", [])
    # root level: the root of the gold code or of any accepted alternative
    return e.cameo.root in {c[:2] for c in (g["cameo"], *g.get("also", []))}


def _max_matching(outs: list[EventMention], golds: list[dict], level: str) -> dict[int, int]:
    """gold index → output index, maximising the number of gold events found."""
    adj = {gi: [oi for oi, e in enumerate(outs) if _matches(e, g, level)]
           for gi, g in enumerate(golds)}
    owner: dict[int, int] = {}

    def augment(gi: int, seen: set[int]) -> bool:
        for oi in adj[gi]:
            if oi in seen:
                continue
            seen.add(oi)
            if oi not in owner or augment(owner[oi], seen):
                owner[oi] = gi
                return True
        return False

    for gi in adj:
        augment(gi, set())
    return {gi: oi for oi, gi in owner.items()}


def _violates(e: EventMention, m: dict) -> bool:
    if "root" not in m:
        return False
    ok_s = m.get("source") == "*" or country(e.source.code) == country(m.get("source"))
    et = country(e.target.code) if e.target else ""
    ok_t = m.get("target") == "*" or et == country(m.get("target"))
    ok_r = m.get("root") == "*" or e.cameo.root == m.get("root")
    return ok_s and ok_t and ok_r


_URL = re.compile(r"(https?://|www\.)\S+(\s*\n\S+)?")


@dataclass
class ArticleScore:
    id: str
    levels: dict[str, dict[str, float]] = field(default_factory=dict)
    violations: list[dict] = field(default_factory=list)
    actors_right: int = 0
    actors_total: int = 0
    attribute_accuracy: dict[str, tuple[int, int]] = field(default_factory=dict)
    records: list[dict] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "levels": self.levels, "violations": self.violations,
                "actors": {"right": self.actors_right, "total": self.actors_total},
                "attributes": {k: {"right": r, "total": t}
                               for k, (r, t) in self.attribute_accuracy.items()},
                "records": self.records}


def score_article(gold: dict, coded: CodedArticle, raw: str) -> ArticleScore:
    golds = _expand(gold.get("events", []))
    optional = _expand(gold.get("optional", []))
    outs = list(coded.events)
    result = ArticleScore(str(gold.get("id")))
    for level in ("root", "code"):
        found = _max_matching(outs, golds, level)
        matched_any = {oi for oi, e in enumerate(outs)
                       if any(_matches(e, g, level) for g in golds)}
        optional_only = {oi for oi, e in enumerate(outs)
                         if oi not in matched_any and any(_matches(e, g, level) for g in optional)}
        fp = len(outs) - len(matched_any) - len(optional_only)
        tp = len(matched_any)
        p = tp / (tp + fp) if tp + fp else 0.0
        r = len(found) / len(golds) if golds else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        result.levels[level] = {"precision": round(p, 3), "recall": round(r, 3),
                                "f1": round(f, 3), "found": len(found), "gold": len(golds),
                                "false_positives": fp}
        if level == "root":
            for gi, g in enumerate(golds):
                e = outs[found[gi]] if gi in found else None
                result.records.append({"expected": g, "got": e.to_dict() if e else None,
                                       "verdict": "found" if e else "missed"})
            for oi, e in enumerate(outs):
                if oi not in matched_any and oi not in optional_only:
                    result.records.append({"expected": None, "got": e.to_dict(),
                                           "verdict": "false positive"})
            for key, get in (("reported_by", lambda e: country(e.reported_by.code)
                              if e.reported_by else ""),
                             ("modality", lambda e: e.modality),
                             ("date", lambda e: (e.date or {}).get("value"))):
                right = total = 0
                for gi, oi in found.items():
                    g = golds[gi]
                    if key in g and not g.get("mirrored"):
                        total += 1
                        want = country(g[key]) if key == "reported_by" else g[key]
                        right += get(outs[oi]) == want
                result.attribute_accuracy[key] = (right, total)
    url_spans = [(m.start(), m.end()) for m in _URL.finditer(raw)]
    furniture = [tuple(r["span"]) for r in coded.removed]
    for m in gold.get("must_not", []):
        if m.get("actor_text_from") == "url":
            for a in coded.actors:
                if any(s <= a.span[0] < e for s, e in url_spans + furniture):
                    result.violations.append({"rule": m, "actor": a.to_dict()})
            continue
        for e in outs:
            if _violates(e, m):
                result.violations.append({"rule": m, "event": e.to_dict()})
    for exp in gold.get("actors_expected", []):
        result.actors_total += 1
        want = {exp["code"], *exp.get("also", [])}
        text = " ".join(exp["text"].lower().split())
        cands = [a for a in coded.actors if text in " ".join(a.text.lower().split())]
        if cands:
            shortest = min(len(a.text) for a in cands)
            if any(a.code in want for a in cands if len(a.text) == shortest):
                result.actors_right += 1
    return result


def load_article_gold(path: Path) -> tuple[dict, str]:
    gold = json.loads(path.read_text(encoding="utf-8"))
    if "text" in gold:
        return gold, gold["text"]
    text_path = (path.parent / gold["text_file"]).resolve()
    return gold, text_path.read_text(encoding="utf-8")
