"""The PETRARCH validation format (<Validation> with <Environment> and <Sentences>): reading the
records, coding each with the dictionaries its environment names, and scoring exact records and
event triplets, overall and per category.

Each record is coded from the words of its <Parse> (the format's coding input; <Text> is for display
only), parsed again by our own pipeline: the Treebank structure is not used. A <Parse> whose
brackets do not balance is bad input (`bad_input_parse`), as in PETRARCH. <Config> elements between
records change the switches for the records after them.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import InputError
from .dictionaries import load_dictionaries
from .engine import Config, Engine

CATEGORIES = ("DEMO", "ACTOR", "AGENT", "VERB", "COMPOUND", "PATTERN", "SYNSET", "DATE", "MODIFY",
              "PARSING", "ERROR")
_TREEBANK = {"-LRB-": "(", "-RRB-": ")", "-LSB-": "[", "-RSB-": "]", "-LCB-": "{", "-RCB-": "}",
             "``": '"', "''": '"'}
_DATELINE = re.compile(r"^[A-Z][A-Z .'-]{2,}(,[A-Z .'-]+)?\s*(:|--|\(\w+\)\s*-)")


def is_validation(path: Path) -> bool:
    if path.is_dir() or path.suffix.lower() not in (".xml", ".txt", ""):
        return False
    with path.open(encoding="utf-8", errors="replace") as fh:
        head = fh.read(20_000)
    return "<Validation" in head and "<Environment" in head


@dataclass
class Record:
    id: str
    category: str
    date: str
    sentence: bool  # the record is one sentence (sentence="true")
    text: str
    expected: list[tuple[str, str, str]]
    error: str | None  # expected error
    config: Config
    bad_parse: bool


@dataclass
class Suite:
    path: Path
    files: dict[str, str]  # Verbfile/Actorfile/Agentfile/Discardfile -> name
    records: list[Record] = field(default_factory=list)


def _attr(attrs: str, name: str) -> str | None:
    m = re.search(rf'\b{name}\s*=\s*(["\'])(.*?)\1', attrs, re.S)
    return html.unescape(m.group(2)) if m else None


def words_of_parse(parse: str) -> str:
    """The sentence a Treebank parse codes: its leaves, Treebank escapes undone, joined the way
    wire text is written ('s and n't and punctuation attached)."""
    leaves = [_TREEBANK.get(w, w) for w in re.findall(r"\([^\s()]+ ([^\s()]+)\)", parse)]
    text = " ".join(leaves)
    text = re.sub(r" (n't|'s|'re|'ll|'d|'m|'ve|[.,;:!?%)\]}])", r"\1", text)
    text = re.sub(r"([(\[{$]) ", r"\1", text)
    return html.unescape(text)


def read_suite(path: Path) -> Suite:
    text = path.read_text(encoding="utf-8", errors="replace")
    text = re.sub(r"<!--.*?-->", "", text, flags=re.S)
    env = re.search(r"<Environment>(.*?)</Environment>", text, re.S)
    if not env:
        raise InputError("no <Environment> element", record=str(path))
    files = {}
    for tag in ("Verbfile", "Actorfile", "Agentfile", "Discardfile", "Issuefile"):
        m = re.search(rf"<{tag}([^>]*)>(.*?)</{tag}>", env.group(1), re.S | re.I)
        if m:
            files[tag] = (_attr(m.group(1), "name") or m.group(2)).strip()
    suite = Suite(path, files)
    body = text[env.end():]
    config = Config()
    for m in re.finditer(r"<Config([^>]*)>|<Sentence\b([^>]*)>(.*?)</Sentence>|<Stop>", body,
                         re.S):
        if m.group(0) == "<Stop>":
            break
        if m.group(1) is not None:
            option, value = _attr(m.group(1), "option"), _attr(m.group(1), "value")
            if option and value is not None:
                config.set(option, value)
            continue
        attrs, rec = m.group(2), m.group(3)
        if "<Skip" in rec:
            continue
        rid = _attr(attrs, "id") or f"record-{len(suite.records) + 1}"
        date = _attr(attrs, "date")
        if not date or not re.fullmatch(r"\d{8}", date.strip()):
            continue  # the format skips a record without a date
        expected, error = [], None
        for c in re.findall(r"<EventCoding([^>]*)>", rec):
            if _attr(c, "error"):
                error = _attr(c, "error")
            elif not _attr(c, "noevents"):
                expected.append((_attr(c, "sourcecode") or "", _attr(c, "targetcode") or "",
                                 _attr(c, "eventcode") or ""))
        parse = re.search(r"<Parse>(.*?)</Parse>", rec, re.S)
        shown = re.search(r"<Text>(.*?)</Text>", rec, re.S)
        bad = bool(parse) and parse.group(1).count("(") != parse.group(1).count(")")
        words = words_of_parse(parse.group(1)) if parse else ""
        if not words:
            words = " ".join(html.unescape(shown.group(1)).split()) if shown else ""
        suite.records.append(Record(
            rid, (_attr(attrs, "category") or "").upper(), date.strip(),
            (_attr(attrs, "sentence") or "true").lower() == "true", words, expected, error,
            config.copy(), bad))
    return suite


def run(path: Path, nlp) -> tuple[list[dict], dict]:
    """Code every record; (per-record results, figures)."""
    suite = read_suite(path)
    folder = path.parent
    names = [suite.files[k] for k in ("Actorfile", "Agentfile", "Discardfile", "Issuefile",
                                      "Verbfile") if k in suite.files]
    engine = Engine(load_dictionaries([folder / n for n in names]))
    results = []
    docs = nlp.pipe([r.text for r in suite.records], batch_size=64)
    for r, doc in zip(suite.records, docs, strict=True):
        if r.bad_parse:
            got, error = [], "bad_input_parse"
        elif _DATELINE.match(r.text):
            got, error = [], "dateline"
        else:
            res = engine.code(doc, r.date, r.config, one_sentence=r.sentence)
            got, error = sorted({(e.source, e.target, e.code) for e in res.events}), res.error
        exp = sorted(set(r.expected))
        exact = (error == r.error) and (got == exp if r.error is None else True)
        results.append({"id": r.id, "category": r.category, "sentence": r.sentence,
                        "text": r.text,
                        "date": r.date, "expected": [list(t) for t in exp],
                        "expected_error": r.error, "got": [list(t) for t in got],
                        "got_error": error, "exact": exact})
    return results, figures(results)


def _prf(rows: list[dict]) -> dict:
    tp = fp = fn = 0
    for r in rows:
        exp = {tuple(t) for t in r["expected"]}
        got = {tuple(t) for t in r["got"]}
        tp += len(exp & got)
        fp += len(got - exp)
        fn += len(exp - got)
    p = tp / (tp + fp) if tp + fp else 1.0
    rec = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * p * rec / (p + rec) if p + rec else 0.0
    return {"records": len(rows), "records_exact": sum(r["exact"] for r in rows),
            "exact_rate": round(sum(r["exact"] for r in rows) / len(rows), 3) if rows else 0.0,
            "triplets_expected": tp + fn, "triplets_got": tp + fp,
            "triplet_precision": round(p, 3), "triplet_recall": round(rec, 3),
            "triplet_f1": round(f1, 3)}


def _category(r: dict) -> str:
    c = r["category"].rstrip("SX") if r["category"] not in CATEGORIES else r["category"]
    return c if c in CATEGORIES else r["category"]


def figures(results: list[dict]) -> dict:
    out = _prf(results)
    out["sentence_records"] = _prf([r for r in results if r["sentence"]])
    out["categories"] = {c: _prf([r for r in results if _category(r) == c])
                         for c in dict.fromkeys([_category(r) for r in results])}
    return out


def table(figs: dict) -> list[str]:
    lines = [f"{'category':10s} {'records':>7s} {'exact':>6s} {'rate':>6s} {'P':>6s} "
             f"{'R':>6s} {'F1':>6s}"]
    rows = sorted(figs["categories"].items(), key=lambda kv: (
        CATEGORIES.index(kv[0]) if kv[0] in CATEGORIES else 99, kv[0]))
    for name, f in rows + [("all", figs)]:
        lines.append(f"{name:10s} {f['records']:7d} {f['records_exact']:6d} {f['exact_rate']:6.3f}"
                     f" {f['triplet_precision']:6.3f} {f['triplet_recall']:6.3f}"
                     f" {f['triplet_f1']:6.3f}")
    return lines
