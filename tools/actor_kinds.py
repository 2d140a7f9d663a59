#!/usr/bin/env python3
"""The dev set's "wrong actors" errors, sorted by the construction that made them.

    .venv/bin/python tools/actor_kinds.py [gold/realnews] [--json out.json] [--show]

`eventwire eval --report` calls a miss "wrong actors" when the article has an output of the
gold event's root, and a false positive "wrong actors" when the article has a gold event of the
output's root, wherever they are. This tool pairs each such miss or false positive with its
counterpart in the same sentence (the sentences the gold event's cue cites), and says why the
actors differ, by kind:

- not an actor error: no counterpart of that root in the sentence (the act was found or coded
  elsewhere), or the counterpart with the right actors was taken by another gold event;
- the categories other helpers own (counted, not fixed here): plural references and
  coordinated parties ("collective"), transfer verbs ("transfer"), threats and intents with an
  infinitive ("intent"), the parties around an event noun ("nominal");
- this category's kinds: the speaker or reporter taken as the doer; reversed direction (a
  passive, "received X from Y", "was met by"); an IGO against one member state; an office
  holder's country; a place (a city or province) against its country; the target taken from
  the wrong noun phrase (a place, a thing's nationality adjective, a phrase of time or topic,
  a guess from the sentence's other country); a generic agent left without a country or given
  the wrong one (the speaker's, the place's, the article's); a coreference that took up the
  wrong party; no target at all.

Only reads gold/realnews (the dev split); never the held-back test set. With `--show` it prints
each case's sentence for reading locally; without it, kinds and counts only.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

from eventwire.devset import held_out, is_devset, load
from eventwire.errors import InputError
from eventwire.evaluate import country, score_article
from eventwire.modality import REPORTING

REPO = Path(__file__).resolve().parents[1]
CUE_SENTENCE = re.compile(r"\[s(\d+)\]")
PLURAL_REFS = frozenset({"they", "them", "their", "both", "we", "us", "our"})
TRANSFER = frozenset({"give", "send", "deliver", "provide", "supply", "ship", "donate", "hand",
                      "transfer", "sell", "grant", "airlift", "distribute"})
TOPIC_PREPS = frozenset({"over", "about", "regarding", "concerning", "since", "during", "after",
                         "before", "amid", "following", "for", "into", "despite"})
PLACE_PREPS = frozenset({"in", "at", "near", "across", "inside", "outside", "throughout"})
OTHERS = ("collective", "transfer", "intent", "nominal")
"""The kinds other helpers own: counted here, fixed there."""


def roots(gold: dict) -> set[str]:
    return {c[:2] for c in (gold["cameo"], *gold.get("also", []))}


def cited(gold: dict) -> set[int]:
    """The sentences a gold event's cue cites ("[s3] ...")."""
    return {int(n) for n in CUE_SENTENCE.findall(gold.get("cue", ""))}


def dyad(e) -> tuple[str, str]:
    return country(e.source.code), country(e.target.code) if e.target else ""


def gold_dyad(g: dict) -> tuple[str, str]:
    return country(g.get("source")), country(g.get("target", ""))


def token_at(sent, text: str, offset: int):
    """The parsed token for an actor or trigger of the sentence: the head of the words of
    `text` nearest to `offset` (characters from the sentence's start)."""
    words = text.split()
    if not words:
        return None
    starts = [t for t in sent if t.text.startswith(words[0]) or len(t.text) > 2
              and words[0].startswith(t.text)]  # "Oman’s" is two tokens
    if not starts:
        return None
    first = min(starts, key=lambda t: abs(t.idx - sent[0].idx - offset))
    span = [t for t in sent if first.i <= t.i < first.i + len(words)]
    heads = [t for t in span if t.head.i == t.i or t.head.i not in {s.i for s in span}]
    return heads[0] if heads else first


def _is_igo(code: str) -> bool:
    return code[:3] in ("IGO", "NGO", "IMG")


def side_kind(side: str, a, want: str, trig, tok, e) -> str:
    """Why the output's actor `a` on `side` is not the gold's `want`."""
    if a is None:
        return "no target"
    got = country(a.code)
    if _is_igo(a.code) != _is_igo(want) and want and got not in ("", a.agent):
        return "an international body (IGO, IMG) against one country"
    if tok is not None and side == "source" and _speaker(tok, trig, e):
        return "the speaker or reporter taken as the doer"
    if a.country is None and a.agent:
        return "a generic agent left without a country"
    if a.how in ("context", "place") and a.agent:
        foreign = tok is not None and any(c.lower_ in ("foreign", "international")
                                          for c in tok.children)
        return ("a foreign force given the place's country" if foreign else
                "a generic agent given another country (speaker's, place's, article's)")
    if a.how in ("person", "title"):
        return "an office holder's country"
    if a.how == "place":
        return "a place (city or province) against its country"
    if a.how in ("coreference", "pronoun"):
        return "a coreference that took up the wrong party"
    if tok is not None and tok.dep_ == "poss" and tok.head.i != trig.i:
        return "a possessor in another phrase taken as the party"
    if side == "target" and tok is not None:
        prep = tok.head if tok.dep_ == "pobj" else None
        if prep is not None and prep.lower_ in TOPIC_PREPS:
            return "target from a phrase of time or topic"
        if prep is not None and prep.lower_ in PLACE_PREPS:
            return "target from a place"
        if tok.dep_ in ("amod", "compound", "poss") and tok.head.ent_type_ == "" and \
                tok.head.pos_ == "NOUN":
            return "target from a thing's nationality"
    if a.how == "inferred":
        return "target guessed from the sentence's other country or actor"
    return "other"


def _speaker(tok, trig, e) -> bool:
    """The source is whoever reports the act: the reporter the coder found, or the subject
    of a reporting verb above the trigger."""
    if e.reported_by is not None and e.reported_by.span == e.source.span:
        return True
    head = tok.head
    if tok.dep_ in ("nsubj", "nsubjpass") and head.lemma_ in REPORTING and head.i != trig.i:
        return any(t.i == trig.i for t in head.subtree)
    return False


def other_category(e, g: dict, trig, toks) -> str | None:
    """The category another helper owns, if the error falls in one."""
    texts = [a.text.lower() for a in (e.source, e.target) if a is not None]
    if g.get("symmetric") or any(w.split()[0] in PLURAL_REFS or w.startswith(
            ("the two", "both", "leaders", "the leaders")) for w in texts if w) or any(
            t is not None and any(c.dep_ == "conj" for c in t.subtree) for t in toks):
        return "collective"
    if trig is not None and trig.lemma_.lower() in TRANSFER:
        return "transfer"
    if e.cameo.root in ("03", "13") and trig is not None and (trig.dep_ == "xcomp" or any(
            c.dep_ == "xcomp" for c in trig.children)):
        return "intent"
    if trig is not None and trig.pos_ == "NOUN" and any(
            t is not None and (t.head.i == trig.i or t.head.head.i == trig.i and
                               t.head.lower_ in ("of", "by", "from"))
            for t in toks):
        return "nominal"
    return None


def classify(g: dict, e, sent) -> list[str]:
    """The kinds of one gold event and its counterpart output `e` of the same root in the same
    sentence (`sent`: the parsed sentence), one per wrong side (or one for a reversal)."""
    start = e.trigger.span[0] - _offset(e, sent)
    trig = token_at(sent, e.trigger.text, start)
    toks = [token_at(sent, a.text, a.span[0] - _offset(e, sent)) if a is not None else None
            for a in (e.source, e.target)]
    want, got = gold_dyad(g), dyad(e)
    other = other_category(e, g, trig, toks)
    if other is not None:  # "Mirziyoyev's visit" read the wrong way round is the nominal's
        return [other]
    if got == want[::-1] and want[0] != want[1]:
        return ["reversed direction (passive, received from, met by)"]
    kinds = []
    for side, a, tok, w, h in (("source", e.source, toks[0], want[0], got[0]),
                               ("target", e.target, toks[1], want[1], got[1])):
        if w != h and w != "*":
            kinds.append(f"{side}: " + side_kind(side, a, w, trig, tok, e))
    return kinds or ["other"]


def _offset(e, sent) -> int:
    """The raw offset of the sentence's first character (the trigger found in the text)."""
    at = e.text.find(e.trigger.text)
    return e.trigger.span[0] - at if at >= 0 else e.trigger.span[0]


def pairs(entry, coded) -> list[tuple[str, dict, object | None, str | None]]:
    """(verdict, gold, counterpart output, reason it is not an actor error) for every "wrong
    actors" miss and false positive of one article."""
    s = score_article(entry.gold, coded, entry.raw)
    outs = list(coded.events)
    golds = [r["expected"] for r in s.records if r["expected"] is not None]
    found_ids = {r["got"]["id"] for r in s.records if r["verdict"] == "found"}
    out = []
    for r in s.records:
        if r["verdict"] == "missed":
            g = r["expected"]
            same = [e for e in outs if e.cameo.root in roots(g)]
            if not same:
                continue  # "not found" or "wrong code": not this category
            here = [e for e in same if e.sentence in cited(g)]
            if not here:
                out.append(("miss", g, None, "no output of the root in the gold's sentences"))
            elif any(dyad(e) == gold_dyad(g) for e in here):
                out.append(("miss", g, None, "its output was taken by another gold event"))
            else:
                out.append(("miss", g, _closest(here, g), None))
        elif r["verdict"] == "false positive":
            e = next(o for o in outs if o.id == r["got"]["id"])
            same = [g for g in golds if e.cameo.root in roots(g)]
            if not same:
                continue
            here = [g for g in same if e.sentence in cited(g)]
            if not here:
                out.append(("false positive", same[0], None,
                            "no gold act of the root in its sentence"))
            elif any(o.id in found_ids and o.sentence == e.sentence and dyad(o) == dyad(e)
                     for o in outs if o.id != e.id):
                out.append(("false positive", here[0], None, "a second output of a found act"))
            else:
                out.append(("false positive", _closest_gold(here, e), e, None))
    return out


def _closest(outs: list, g: dict):
    want = gold_dyad(g)
    return max(outs, key=lambda e: (sum(a == b for a, b in zip(dyad(e), want, strict=True)),
                                    -e.sentence))


def _closest_gold(golds: list[dict], e) -> dict:
    got = dyad(e)
    return max(golds, key=lambda g: sum(a == b for a, b in zip(gold_dyad(g), got, strict=True)))


def measure(folder: Path, show: bool = False) -> tuple[Counter, list[dict]]:
    from eventwire.coder import Coder

    coder = Coder()
    entries = load(folder)
    arts = [coder.article(e.raw, id=e.meta["id"], date=e.gold.get("date") or e.meta.get("date"),
                          url=e.meta.get("url")) for e in entries]
    counts: Counter = Counter()
    cases = []
    for entry, coded in zip(entries, coder.code_many(arts), strict=True):
        for verdict, g, e, reason in pairs(entry, coded):
            kinds = [f"not an actor error: {reason}"] if e is None else \
                classify(g, e, coder.nlp(e.text))
            for k in kinds:
                counts[(verdict, k)] += 1
            case = {"article": entry.meta["id"], "verdict": verdict, "kinds": kinds,
                    "expected": {k: g.get(k) for k in ("source", "target", "cameo")}}
            if e is not None:
                case["got"] = {"source": e.source.code, "target": e.target.code if e.target
                               else None, "cameo": e.cameo.code, "trigger": e.trigger.text}
                if show:
                    case["sentence"] = e.text
            cases.append(case)
    return counts, cases


def table(counts: Counter) -> str:
    lines = ["| verdict | kind | cases |", "|---|---|---:|"]
    for (verdict, kind), n in sorted(counts.items(), key=lambda kv: (kv[0][0], -kv[1], kv[0])):
        lines.append(f"| {verdict} | {kind} | {n} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("folder", nargs="?", default=str(REPO / "gold" / "realnews"))
    ap.add_argument("--json", help="write every case (article, kinds, expected, got) here")
    ap.add_argument("--show", action="store_true", help="print each case with its sentence")
    args = ap.parse_args(argv)
    folder = Path(args.folder)
    if held_out(folder):
        print("actor_kinds reads the dev split only", file=sys.stderr)
        return 2
    if not is_devset(folder):
        print(f"actor_kinds: {folder} is not a dev set (no manifest.jsonl)", file=sys.stderr)
        return 2
    try:
        counts, cases = measure(folder, args.show)
    except InputError as exc:
        print(f"actor_kinds: {exc}", file=sys.stderr)
        return 2
    if args.show:
        for c in cases:
            print(json.dumps(c, ensure_ascii=False))
    print(table(counts))
    if args.json:
        Path(args.json).write_text(json.dumps(cases, indent=1, ensure_ascii=False) + "\n",
                                   encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
