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

import csv
import io
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .petrarch import suite as petrarch_suite
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
    dates: tuple[int, int] = (0, 0)
    places: tuple[int, int] = (0, 0)

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "levels": self.levels, "violations": self.violations,
                "actors": {"right": self.actors_right, "total": self.actors_total},
                "attributes": {k: {"right": r, "total": t}
                               for k, (r, t) in self.attribute_accuracy.items()},
                "dates_expected": {"right": self.dates[0], "total": self.dates[1]},
                "places_expected": {"right": self.places[0], "total": self.places[1]},
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
                                "true_positives": tp, "false_positives": fp}
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
                             ("date", lambda e: (e.date or {}).get("value")),
                             ("location", lambda e: {"name": e.location["name"],
                                                     "country": e.location["country"]}
                              if e.location else None)):
                right = total = 0
                for gi, oi in found.items():
                    g = golds[gi]
                    if key in g and not g.get("mirrored"):
                        total += 1
                        want = country(g[key]) if key == "reported_by" else g[key]
                        if key == "location":
                            want = {"name": g[key].get("name"), "country": g[key].get("country")}
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
    right = 0
    for exp in gold.get("dates_expected", []):
        text = exp["text"].lower()
        right += any(d["value"] == exp["resolves_to"] and (text in d["text"].lower() or
                                                          d["text"].lower() in text)
                     for d in coded.dates)
    result.dates = (right, len(gold.get("dates_expected", [])))
    right = 0
    for exp in gold.get("places_expected", []):
        text = exp["text"].lower()
        right += any(text in p["text"].lower() and p["name"] == exp.get("name", p["name"]) and
                     p["country"] == exp.get("country", p["country"]) and
                     (exp.get("feature") is None or exp["feature"] in p["feature"])
                     for p in coded.places)
    result.places = (right, len(gold.get("places_expected", [])))
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


ROOTS = frozenset(f"{n:02d}" for n in range(1, 21))


def check_article_gold(gold: Any, where: str) -> dict:
    """The article gold's codes, checked before anything is scored: every event's `cameo` and
    `also` a code of the codebook, every must-not and sentence root a CAMEO root (01-20) or "*",
    so a typo ("057", "19 ") is one clear error naming the file, not a rule that can never fire."""
    from .errors import MalformedRecordError
    from .knowledge import load as load_knowledge

    if not isinstance(gold, dict):
        raise MalformedRecordError("article gold must be a JSON object", record=where)
    codebook = load_knowledge().codebook
    for key in ("events", "optional"):
        for i, e in enumerate(gold.get(key) or []):
            for code in (e.get("cameo"), *e.get("also", [])):
                if code not in codebook:
                    raise MalformedRecordError(f"{key}[{i}]: {code!r} is not a CAMEO code",
                                               record=where)
    for i, m in enumerate(gold.get("must_not") or []):
        if "root" in m and m["root"] != "*" and m["root"] not in ROOTS:
            raise MalformedRecordError(f"must_not[{i}]: root {m['root']!r} is not a CAMEO "
                                       f"root (01-20) or '*'", record=where)
    for s in gold.get("sentences") or []:
        bad = [r for r in s.get("roots", []) if r not in ROOTS]
        if bad:
            raise MalformedRecordError(f"sentence {s.get('n')}: {bad[0]!r} is not a CAMEO "
                                       f"root (01-20)", record=where)
    return gold


def load_article_gold(path: Path) -> tuple[dict, str]:
    gold = check_article_gold(json.loads(path.read_text(encoding="utf-8")), str(path))
    if "text" in gold:
        return gold, gold["text"]
    text_path = (path.parent / gold["text_file"]).resolve()
    return gold, text_path.read_text(encoding="utf-8")


# -- PLOVER gold-standard records ------------------------------------------------------------

PLOVER_RENAMES = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE",
                  "FIGHT": "ASSAULT"}


def plover_country(code: str | None) -> str:
    code = code or ""
    return "IGO" if code.startswith("IGO") else code[:3]


def _actor_list(value) -> list[dict]:
    return [a for a in value if isinstance(a, dict)] if isinstance(value, list) else []


def score_plover_record(record: dict, coded: CodedArticle) -> dict:
    """Event type right when any output event has the gold type; full match when, in addition,
    every gold source and every gold target has the same country as some output event of that
    type."""
    gold_type = PLOVER_RENAMES.get(record["event"], record["event"])
    same_type = [e for e in coded.events if e.plover.type == gold_type]
    sources = {plover_country(e.source.code) for e in same_type}
    targets = {plover_country(e.target.code) for e in same_type if e.target}
    full = bool(same_type) and all(plover_country(a.get("code")) in sources
                                   for a in _actor_list(record.get("source"))) and all(
        plover_country(a.get("code")) in targets for a in _actor_list(record.get("target")))
    return {"id": record.get("id"), "expected": {"type": gold_type,
                                                 "source": record.get("source"),
                                                 "target": record.get("target")},
            "got": [{"type": e.plover.type, "cameo": e.cameo.code, "source": e.source.code,
                     "target": e.target.code if e.target else None, "trigger": e.trigger.text}
                    for e in coded.events],
            "type_ok": bool(same_type), "full_ok": full, "no_output": not coded.events,
            "verdict": "full match" if full else "type only" if same_type else
            "no output" if not coded.events else "wrong type"}


# -- CAMEO example sentences ------------------------------------------------------------------

def score_cameo_row(code: str, coded: CodedArticle) -> dict:
    codes = [e.cameo.code for e in coded.events]
    exact = code in codes
    root = any(c[:2] == code[:2] for c in codes)
    return {"expected": code, "got": codes, "code_ok": exact, "root_ok": root,
            "verdict": "code" if exact else "root" if root else "no output" if not codes
            else "wrong code"}


# -- running ------------------------------------------------------------------------------------

@dataclass
class Summary:
    path: str
    kind: str  # article | plover | cameo
    lines: list[str]
    figures: dict[str, float]
    records: list[dict]


def detect(path: Path) -> tuple[str, Any]:
    """Tell the three gold formats apart by content."""
    from .errors import InputError

    text = path.read_text(encoding="utf-8")
    if path.suffix.lower() == ".csv" or text.lstrip()[:1] not in "[{":
        rows = list(csv.DictReader(io.StringIO(text)))
        if rows and {"code", "example"} <= set(rows[0]):
            return "cameo", rows
        raise InputError("a CSV gold file needs the columns code and example", record=str(path))
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"not valid JSON ({exc.msg} at line {exc.lineno})",
                         record=str(path)) from None
    if isinstance(data, dict) and "events" in data:
        return "article", data
    if isinstance(data, list) and data and all(isinstance(r, dict) and "event" in r for r in data):
        return "plover", data
    raise InputError("not an article gold object, a list of PLOVER records or a CAMEO CSV",
                     record=str(path))


def evaluate(path: Path, coder) -> Summary:
    from . import devset
    from .errors import InputError

    if devset.is_devset(path):
        return devset.score(path, coder)
    if petrarch_suite.is_validation(path):
        return petrarch_summary(path, coder)
    kind, data = detect(path)
    if kind == "article":
        gold, raw = load_article_gold(path)
        coded = coder.code(raw, date=gold.get("date"), url=gold.get("url"))
        s = score_article(gold, coded, raw)
        lines = []
        figures: dict[str, float] = {}
        for level, v in s.levels.items():
            lines.append(f"article {s.id} {level:4s}: precision {v['precision']:.3f}  recall "
                         f"{v['recall']:.3f}  F1 {v['f1']:.3f}  ({v['found']}/{v['gold']} found,"
                         f" {v['false_positives']} false positives)")
            figures.update({f"{level}_precision": v["precision"], f"{level}_recall": v["recall"],
                            f"{level}_f1": v["f1"]})
        attrs = "  ".join(f"{k} {r}/{t}" for k, (r, t) in s.attribute_accuracy.items() if t)
        lines.append(f"article {s.id} checks: {len(s.violations)} must-not violations, actors "
                     f"{s.actors_right}/{s.actors_total}  {attrs}  dates_expected "
                     f"{s.dates[0]}/{s.dates[1]}  places_expected {s.places[0]}/{s.places[1]}")
        figures["violations"] = len(s.violations)
        figures["actors"] = s.actors_right / s.actors_total if s.actors_total else 0.0
        return Summary(str(path), kind, lines, figures, [s.to_dict()])
    if kind == "plover":
        recs = [r for r in data if r.get("event") != "DOCUMENT" and r.get("text")]
        results = []
        arts = []
        for r in recs:
            date = r.get("date") if isinstance(r.get("date"), str) else None
            try:
                arts.append(coder.article(r["text"], id=str(r.get("id")), date=date))
            except InputError as exc:
                arts.append(exc)
        results = _score_each(coder, arts, lambda i, coded: score_plover_record(recs[i], coded))
        n = len(results)
        t = sum(r["type_ok"] for r in results) / n
        f = sum(r["full_ok"] for r in results) / n
        none = sum(r["no_output"] for r in results)
        return Summary(str(path), kind, [
            f"plover {n} records: event type accuracy {t:.3f}  full match {f:.3f}  "
            f"no output {none}"], {"type_accuracy": round(t, 3), "full_match": round(f, 3),
                                   "no_output": none}, results)
    rows = [r for r in data if (r.get("example") or "").strip() not in ("", "NA")]
    arts = []
    for r in rows:
        try:
            arts.append(coder.article(r["example"].strip(), id=f"cameo-{r['code']}"))
        except InputError as exc:
            arts.append(exc)
    results = _score_each(coder, arts, lambda i, coded: dict(
        score_cameo_row(rows[i]["code"].strip(), coded), text=rows[i]["example"].strip()))
    n = len(results)
    code_acc = sum(r["code_ok"] for r in results) / n
    root_acc = sum(r["root_ok"] for r in results) / n
    return Summary(str(path), kind, [
        f"cameo {n} sentences: root {root_acc:.3f}  code {code_acc:.3f}"],
        {"root": round(root_acc, 3), "code": round(code_acc, 3)}, results)


def petrarch_summary(path: Path, coder) -> Summary:
    """A PETRARCH validation file: exact records and event triplets, per category."""
    results, figs = petrarch_suite.run(path, coder.nlp)
    lines = [f"petrarch {path.name}: {figs['records_exact']}/{figs['records']} records exact "
             f"({figs['exact_rate']:.3f}), triplets P {figs['triplet_precision']:.3f} "
             f"R {figs['triplet_recall']:.3f} F1 {figs['triplet_f1']:.3f}",
             *petrarch_suite.table(figs)]
    lines += [f"failed {r['id']}: expected {_triplets(r['expected'], r['expected_error'])} "
              f"got {_triplets(r['got'], r['got_error'])}" for r in results if not r["exact"]]
    return Summary(str(path), "petrarch", lines, figs, results)


def _triplets(rows: list, error: str | None) -> str:
    return f"error {error}" if error else " ".join("/".join(t) for t in rows) or "nothing"


def _score_each(coder, arts: list, score) -> list[dict]:
    """Code the good articles in one stream; an unreadable text scores as no output."""
    from .records import Article

    good = [a for a in arts if isinstance(a, Article)]
    coded_by_pos = iter(coder.code_many(good))
    out = []
    for i, a in enumerate(arts):
        if isinstance(a, Article):
            out.append(score(i, next(coded_by_pos)))
        else:
            empty = CodedArticle(Article(id="rejected", raw=""), (), ())
            out.append(dict(score(i, empty), rejected=str(a)))
    return out


def confusion(summary: Summary) -> dict[str, Any]:
    """Gold root × predicted root, and the most common miss reasons (CAMEO and PLOVER runs)."""
    table: dict[str, dict[str, int]] = {}
    reasons: dict[str, int] = {}
    for r in summary.records:
        if summary.kind == "cameo":
            gold = r["expected"][:2]
            preds = sorted({c[:2] for c in r["got"]}) or ["none"]
        elif summary.kind == "plover":
            gold = r["expected"]["type"]
            preds = sorted({g["type"] for g in r["got"]}) or ["none"]
        else:
            return {}
        for p in preds:
            table.setdefault(gold, {}).setdefault(p, 0)
            table[gold][p] += 1
        reasons[r["verdict"]] = reasons.get(r["verdict"], 0) + 1
    return {"confusion": table, "verdicts": reasons}
