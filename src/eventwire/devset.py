"""A real-news dev set: real articles, hand-coded by two independent coders and adjudicated.

A dev set is a folder (gold/realnews/ in this repository, docs/gold-format.md):

    manifest.jsonl            one line per article: id, url, query, outlet, date, topic, text_sha256
    articles/<id>.gold.json   the adjudicated article gold, with `sentences` (root labels)
    coding/a/, coding/b/      each coder's own coding, kept to report agreement
    texts/<id>.txt            the third-party texts: never committed, restored by the user

`score` codes every article once and reports pooled article-level precision and recall (the
scoring of evaluate.score_article, summed over articles), per root, per error kind, and the
sentence-level check: which roots eventwire gives each labelled sentence.
`agreement` compares the two coders with the same matching rules.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .clean import clean
from .errors import InputError
from .evaluate import Summary, _expand, _max_matching, check_article_gold, country, score_article
from .records import CodedArticle, EventMention

MANIFEST = "manifest.jsonl"


class DevsetError(InputError):
    """A dev-set folder that cannot be scored (texts missing or changed, gold unreadable)."""


def is_devset(path: Path) -> bool:
    return path.is_dir() and (path / MANIFEST).is_file()


def held_out(folder: Path) -> bool:
    """A held-back test split (gold/realnews-test): scored by the lead alone; the maintainers'
    tools that explain misses refuse it, so that nothing is tuned on it."""
    return Path(folder).resolve().name.endswith("-test")


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class Entry:
    meta: dict
    gold: dict
    raw: str


def manifest(folder: Path) -> list[dict]:
    rows = []
    for n, line in enumerate((folder / MANIFEST).read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise DevsetError(f"line {n}: not valid JSON ({exc.msg})",
                                  record=str(folder / MANIFEST)) from None
    return rows


def text_path(folder: Path, meta: dict) -> Path:
    return folder / "texts" / f"{meta['id']}.txt"


def adjudicated(folder: Path) -> tuple[list[dict], list[str]]:
    """The manifest's rows whose adjudicated gold (articles/<id>.gold.json) is written, and the
    ids of the others: articles collected and prepared for the coders but not coded yet. Scoring,
    agreement, finalize and redact leave those out until their gold is committed; `score` says
    how many it left out."""
    rows = manifest(folder)
    done = [m for m in rows if (folder / "articles" / f"{m['id']}.gold.json").is_file()]
    return done, [m["id"] for m in rows if m not in done]


def load(folder: Path, gold_dir: str = "articles") -> list[Entry]:
    """Every article of the dev set with its gold and its restored text, checked against the
    manifest's sha256. Missing texts are one clear error, not a traceback. Articles awaiting
    their adjudicated gold are left out (`adjudicated`)."""
    rows = adjudicated(folder)[0]
    missing = [m["id"] for m in rows if not text_path(folder, m).is_file()]
    if missing:
        raise DevsetError(
            f"{len(missing)} of {len(rows)} article texts are missing from {folder / 'texts'} "
            f"(e.g. {missing[0]}.txt). They are third-party and not committed: restore them as "
            f"{folder / 'README.md'} says", record=str(folder))
    out = []
    for m in rows:
        raw = text_path(folder, m).read_text(encoding="utf-8")
        if sha256(raw) != m["text_sha256"]:
            raise DevsetError(f"{m['id']}.txt does not match the manifest's text_sha256: a "
                              f"different text was restored", record=str(folder))
        gpath = folder / gold_dir / f"{m['id']}.gold.json"
        try:
            gold = json.loads(gpath.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as exc:
            raise DevsetError(f"unreadable gold: {exc}", record=str(gpath)) from None
        out.append(Entry(m, check_article_gold(gold, str(gpath)), raw))
    return out


def sentence_spans(nlp, raw: str) -> list[tuple[int, int]]:
    """The raw-text spans of the sentences eventwire codes, in order (the same cleaning and
    sentence splitting as the coder)."""
    c = clean(raw)
    spans = []
    for p, doc in zip(c.paragraphs, nlp.pipe([p.text for p in c.paragraphs]), strict=True):
        for s in doc.sents:
            if s.text.strip():
                spans.append(c.raw_span(p.start + s.start_char, p.start + s.end_char))
    return spans


# -- scoring --------------------------------------------------------------------------------

def _kind_of_false_positive(e: EventMention, golds: list[dict]) -> str:
    if e.target is None:
        return "no target"
    if e.source.how in ("place", "unidentified") or (e.target and e.target.how == "place"):
        return "place as actor"
    dyad = (country(e.source.code), country(e.target.code))
    if any(g.get("cameo", "")[:2] == e.cameo.root or e.cameo.root in
           {c[:2] for c in g.get("also", [])} for g in golds):
        return "wrong actors"
    if any((country(g.get("source")), country(g.get("target"))) == dyad for g in golds):
        return "wrong code"
    return "spurious"


CUE_SENTENCE = re.compile(r"\[s(\d+)\]")


def cited_spans(gold: dict, cue: str | None) -> list[tuple[int, int]]:
    """The raw spans of the labelled sentences a gold event's cue cites ("[s3] ...")."""
    wanted = {int(n) for n in CUE_SENTENCE.findall(cue or "")}
    return [(s["span"][0], s["span"][1]) for s in gold.get("sentences", []) if s["n"] in wanted]


def _kind_of_miss(g: dict, outs: list[EventMention], spans: list[tuple[int, int]]) -> str:
    """"wrong code" only when an output with the gold's actors sits in a sentence the cue cites
    (anywhere in the article when it cites none): the same dyad's act three paragraphs away is
    another event, and the gold one was not found."""
    roots = {c[:2] for c in (g["cameo"], *g.get("also", []))}
    if any(e.cameo.root in roots for e in outs):
        return "wrong actors"
    near = [e for e in outs if any(s <= e.trigger.span[0] < t for s, t in spans)] \
        if spans else outs
    if any(country(e.source.code) == country(g.get("source")) and
           (country(e.target.code) if e.target else "") == country(g.get("target", ""))
           for e in near):
        return "wrong code"
    return "not found"


def _ratio(a: float, b: float) -> float:
    return round(a / b, 3) if b else 0.0


def score(folder: Path, coder) -> Summary:
    entries = load(folder)
    arts = [coder.article(e.raw, id=e.meta["id"], date=e.gold.get("date") or e.meta.get("date"),
                          url=e.meta.get("url")) for e in entries]
    totals = {lv: Counter() for lv in ("root", "code")}
    per_root: dict[str, Counter] = {}
    kinds: Counter = Counter()
    sent = Counter()
    attrs: Counter = Counter()
    violations = 0
    records = []
    for e, coded in zip(entries, coder.code_many(arts), strict=True):
        s = score_article(e.gold, coded, e.raw)
        violations += len(s.violations)
        for key, (right, total) in s.attribute_accuracy.items():
            attrs[key] += right
            attrs[key + "_total"] += total
        for lv, v in s.levels.items():
            totals[lv].update(found=v["found"], gold=v["gold"], fp=v["false_positives"],
                              tp=v["true_positives"])
        # the root-level verdicts score_article gave: one record per gold event (both
        # directions of a symmetric one), then one per false positive
        outs = {o.id: o for o in coded.events}
        golds = [r["expected"] for r in s.records if r["expected"] is not None]
        for r in s.records:
            if r["expected"] is not None:
                root = r["expected"]["cameo"][:2]
                per_root.setdefault(root, Counter())["gold"] += 1
                if r["verdict"] == "found":
                    per_root[root]["found"] += 1
                else:
                    kinds["miss: " + _kind_of_miss(
                        r["expected"], list(outs.values()),
                        cited_spans(e.gold, r["expected"].get("cue")))] += 1
            elif r["verdict"] == "false positive":
                o = outs[r["got"]["id"]]
                per_root.setdefault(o.cameo.root, Counter())["fp"] += 1
                kinds["false positive: " + _kind_of_false_positive(o, golds)] += 1
        for o in outs.values():
            per_root.setdefault(o.cameo.root, Counter())["output"] += 1
        sres = _score_sentences(e, coded)
        sent.update(sres.pop("counts"))
        records.append({**s.to_dict(), "sentences": sres["sentences"], "meta": e.meta})
    pending = adjudicated(folder)[1]
    figures: dict[str, Any] = {"articles": len(entries), "violations": violations,
                               "awaiting_gold": len(pending)}
    lines = []
    for lv, t in totals.items():
        p = _ratio(t["tp"], t["tp"] + t["fp"])
        r = _ratio(t["found"], t["gold"])
        f = round(2 * p * r / (p + r), 3) if p + r else 0.0
        figures.update({f"{lv}_precision": p, f"{lv}_recall": r, f"{lv}_f1": f})
        lines.append(f"devset {folder.name} {len(entries)} articles {lv:4s}: precision {p:.3f}  "
                     f"recall {r:.3f}  F1 {f:.3f}  ({t['found']}/{t['gold']} found, "
                     f"{t['fp']} false positives, {violations} must-not violations)")
    figures["sentences"] = sent["labelled"]
    figures.update({f"sentence_{k}": v for k, v in _sentence_figures(sent).items()})
    lines.append(
        f"devset {folder.name} {sent['labelled']} sentences: root recall "
        f"{figures['sentence_root_recall']:.3f}  root precision "
        f"{figures['sentence_root_precision']:.3f}  false alarms {figures['sentence_false_alarms']:.3f}"
        f" ({sent['alarm']}/{sent['irrelevant']} without an event)  silent on "
        f"{figures['sentence_silent']:.3f} ({sent['silent']}/{sent['relevant']} with one)")
    checks = [(k, attrs[k], attrs[k + "_total"]) for k in ("reported_by", "modality", "date",
                                                           "location") if attrs[k + "_total"]]
    for k, right, total in checks:
        figures[f"{k}_accuracy"] = _ratio(right, total)
    if checks:
        lines.append(f"devset {folder.name} over the events found: " + "  ".join(
            f"{k} {right}/{total}" for k, right, total in checks))
    figures["per_root"] = {r: {"gold": c["gold"], "found": c["found"], "output": c["output"],
                               "false_positives": c["fp"],
                               "recall": _ratio(c["found"], c["gold"]),
                               "precision": _ratio(c["output"] - c["fp"], c["output"])}
                           for r, c in sorted(per_root.items())}
    figures["error_kinds"] = dict(kinds.most_common())
    lines.append("devset errors by kind: " + ", ".join(f"{k} {n}" for k, n in kinds.most_common()))
    if pending:
        lines.append(f"devset {folder.name}: {len(pending)} articles of the manifest await their "
                     f"adjudicated gold and are not scored ({', '.join(pending)})")
    return Summary(str(folder), "devset", lines, figures, records)


def _score_sentences(e: Entry, coded: CodedArticle) -> dict:
    labels = e.gold.get("sentences", [])
    counts: Counter = Counter()
    out = []
    for lab in labels:
        s, t = lab["span"]
        if sha256(e.raw[s:t]) != lab["sha256"]:
            raise DevsetError(f"sentence {lab['n']} of {e.meta['id']} no longer matches its "
                              "sha256: the text or the sentence splitter changed",
                              record=e.meta["id"])
        gold = set(lab["roots"])
        pred = {m.cameo.root for m in coded.events if s <= m.trigger.span[0] < t}
        _count_sentence(counts, gold, pred)
        out.append({"n": lab["n"], "gold": sorted(gold), "got": sorted(pred)})
    return {"counts": counts, "sentences": out}


def _count_sentence(counts: Counter, gold: set[str], pred: set[str]) -> None:
    """One labelled sentence's share of the sentence-level figures."""
    counts["labelled"] += 1
    counts["relevant" if gold else "irrelevant"] += 1
    counts["silent"] += bool(gold) and not pred
    counts["alarm"] += not gold and bool(pred)
    counts.update(root_gold=len(gold), root_hit=len(gold & pred), root_pred=len(pred))


def _sentence_figures(counts: Counter) -> dict[str, float]:
    return {"false_alarms": _ratio(counts["alarm"], counts["irrelevant"]),
            "root_recall": _ratio(counts["root_hit"], counts["root_gold"]),
            "root_precision": _ratio(counts["root_hit"], counts["root_pred"]),
            "silent": _ratio(counts["silent"], counts["relevant"])}


# -- agreement between the two coders --------------------------------------------------------

@dataclass(frozen=True, slots=True)
class _AsOutput:
    """A coder's gold event seen as an output, so the scoring's matching can compare coders."""

    source: Any
    target: Any
    cameo: Any


@dataclass(frozen=True, slots=True)
class _Code:
    code: str

    @property
    def root(self) -> str:
        return self.code[:2]


def _as_outputs(events: list[dict]) -> list[_AsOutput]:
    return [_AsOutput(_Code(g.get("source", "")), _Code(g["target"]) if g.get("target") else None,
                      _Code(g["cameo"])) for g in _expand(events)]


def _codings(folder: Path, rid: str) -> tuple[dict, dict]:
    """The two coders' own gold for one article."""
    return tuple(json.loads((folder / "coding" / who / f"{rid}.gold.json").read_text("utf-8"))
                 for who in ("a", "b"))


def agreement(folder: Path) -> dict[str, Any]:
    """Root-level event agreement (F1 of coder B against coder A: symmetric) and sentence-level
    agreement (Cohen's kappa on "has an event", and exact agreement of root sets), over the
    adjudicated articles."""
    rows = adjudicated(folder)[0]
    matched = a_n = b_n = 0
    sent_pairs = []
    for m in rows:
        a, b = _codings(folder, m["id"])
        ga, gb = _expand(a.get("events", [])), _expand(b.get("events", []))
        matched += len(_max_matching(_as_outputs(b.get("events", [])), ga, "root"))
        a_n, b_n = a_n + len(ga), b_n + len(gb)
        sa, sb = a.get("sentence_roots", {}), b.get("sentence_roots", {})
        for n in sorted(set(sa) & set(sb), key=int):
            sent_pairs.append((frozenset(sa[n]), frozenset(sb[n])))
    n = len(sent_pairs)
    both = sum(bool(x) and bool(y) for x, y in sent_pairs)
    neither = sum(not x and not y for x, y in sent_pairs)
    pa = sum(bool(x) for x, _ in sent_pairs) / n if n else 0
    pb = sum(bool(y) for _, y in sent_pairs) / n if n else 0
    po = (both + neither) / n if n else 0
    pe = pa * pb + (1 - pa) * (1 - pb)
    kappa = (po - pe) / (1 - pe) if pe < 1 else 1.0
    return {"articles": len(rows), "events_a": a_n, "events_b": b_n,
            "event_f1": round(2 * matched / (a_n + b_n), 3) if a_n + b_n else 0.0,
            "sentences": n, "sentence_kappa": round(kappa, 3),
            "sentence_exact_roots": round(sum(x == y for x, y in sent_pairs) / n, 3) if n else 0}


# -- building a dev set (python -m eventwire.devset prepare|finalize FOLDER) ------------------

def prepare(folder: Path, nlp) -> list[dict]:
    """Merge the collectors' parts/*.jsonl into manifest.jsonl (with each text's sha256), and
    write texts/<id>.sentences.txt: the numbered sentences the coders label (git-ignored, as the
    texts are)."""
    rows = {}
    for part in sorted((folder / "parts").glob("*.jsonl")):
        for line in part.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                rows[row["id"]] = row
    if (folder / MANIFEST).is_file():
        rows = {r["id"]: r for r in manifest(folder)} | rows
    out = []
    for rid in sorted(rows):
        row = rows[rid]
        raw = text_path(folder, row).read_text(encoding="utf-8")
        row["text_sha256"] = sha256(raw)
        out.append(row)
        numbered = [f"[{n}] {' '.join(raw[s:t].split())}"
                    for n, (s, t) in enumerate(sentence_spans(nlp, raw))]
        (folder / "texts" / f"{rid}.sentences.txt").write_text("\n".join(numbered) + "\n",
                                                                encoding="utf-8")
    (folder / MANIFEST).write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in out),
                                   encoding="utf-8")
    return out


def finalize(folder: Path, nlp) -> int:
    """Turn each adjudicated gold's `sentence_roots` ({"n": [roots]}) into `sentences`: raw span,
    sha256 and roots of every sentence, so a changed text or splitter is caught."""
    total = 0
    for m in adjudicated(folder)[0]:
        gpath = folder / "articles" / f"{m['id']}.gold.json"
        gold = json.loads(gpath.read_text(encoding="utf-8"))
        raw = text_path(folder, m).read_text(encoding="utf-8")
        labels = gold.pop("sentence_roots", None)
        if labels is None:
            continue
        spans = sentence_spans(nlp, raw)
        gold["text_sha256"] = m["text_sha256"]
        gold["sentences"] = [{"n": n, "span": [s, t], "sha256": sha256(raw[s:t]),
                              "roots": sorted(labels.get(str(n), []))}
                             for n, (s, t) in enumerate(spans)]
        total += len(spans)
        gpath.write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return total


def disputes(folder: Path, rid: str) -> dict[str, Any]:
    """What the two coders of one article agree on and where they differ, for the adjudicator:
    events matched at root level (same countries, a shared root), each coder's unmatched events,
    and the sentences whose root lists differ."""
    a, b = _codings(folder, rid)
    ea, eb = a.get("events", []), b.get("events", [])
    pairs = _max_matching(_as_outputs(eb), _expand(ea), "root")
    # indices of _expand(ea) back to ea, and of the outputs back to eb
    back_a = [i for i, g in enumerate(ea) for _ in range(2 if g.get("symmetric") else 1)]
    back_b = [i for i, g in enumerate(eb) for _ in range(2 if g.get("symmetric") else 1)]
    agreed = {(back_a[ga], back_b[ob]) for ga, ob in pairs.items()}
    sa, sb = a.get("sentence_roots", {}), b.get("sentence_roots", {})
    return {"id": rid,
            "agreed": [{"a": ea[i], "b": eb[j]} for i, j in sorted(agreed)],
            "only_a": [g for i, g in enumerate(ea) if i not in {x for x, _ in agreed}],
            "only_b": [g for j, g in enumerate(eb) if j not in {y for _, y in agreed}],
            "sentences_differ": {n: {"a": sa.get(n), "b": sb.get(n)}
                                 for n in sorted(set(sa) | set(sb), key=int)
                                 if sorted(sa.get(n) or []) != sorted(sb.get(n) or [])}}


def write_disputes(folder: Path) -> list[str]:
    """texts/<id>.disputes.json (git-ignored, as the texts are) for every article of the
    manifest that both coders have coded; an article one of them has not coded yet is passed
    over. Returns the ids written."""
    written = []
    for m in manifest(folder):
        if not all((folder / "coding" / who / f"{m['id']}.gold.json").is_file()
                   for who in ("a", "b")):
            continue
        out = folder / "texts" / f"{m['id']}.disputes.json"
        out.write_text(json.dumps(disputes(folder, m["id"]), indent=1, ensure_ascii=False),
                       encoding="utf-8")
        written.append(m["id"])
    return written


QUOTE_WORDS = 4
"""At most this many words of the article are kept in a row in committed gold: cues and notes
locate, they do not copy (the texts are third-party)."""


def _bare(word: str) -> str:
    return word.strip(".,;:!?\"'()[]\u201c\u201d\u2018\u2019").lower()


def redact(text: str, raw: str, spans: list[tuple[int, int]] | None = None) -> str:
    """`text` (a cue, a note) with every run of more than QUOTE_WORDS words that the article
    contains (compared without case and punctuation) cut to its first QUOTE_WORDS words and
    "…", prefixed with the sentence it is from when `spans` are given."""
    words = text.split()
    bare = [_bare(w) for w in words]
    article = " " + " ".join(_bare(w) for w in raw.split()) + " "
    starts = [len(" ".join(_bare(w) for w in raw[:a].split())) for a, _ in spans or []]
    out: list[str] = []
    i = 0
    while i < len(words):
        j = i
        while j < len(words) and bare[j] and f" {' '.join(bare[i:j + 1])} " in article:
            j += 1
        if j - i > QUOTE_WORDS:
            pos = article.find(f" {' '.join(bare[i:j])} ")
            n = max((k for k, a in enumerate(starts) if a <= pos), default=None)
            where = f"[s{n}] " if n is not None else ""
            out.append(f"{where}{' '.join(words[i:i + QUOTE_WORDS])} …")
            i = j
        else:
            out.append(words[i])
            i += 1
    return " ".join(out)


KEPT_FIELDS = frozenset({"id", "text_file", "url", "date", "text_sha256", "sha256", "source",
                         "target", "cameo", "also", "root", "plover", "modality", "reported_by",
                         "via"})
"""Gold fields that hold codes and identifiers, never quotations: `redact` leaves them alone."""


def _redact_tree(o: Any, raw: str, spans: list[tuple[int, int]]) -> tuple[Any, int]:
    """`o` with `redact` applied to every string outside KEPT_FIELDS, and how many changed."""
    if isinstance(o, dict):
        out, changed = {}, 0
        for k, v in o.items():
            out[k], n = (v, 0) if k in KEPT_FIELDS else _redact_tree(v, raw, spans)
            changed += n
        return out, changed
    if isinstance(o, list):
        done = [_redact_tree(v, raw, spans) for v in o]
        return [v for v, _ in done], sum(n for _, n in done)
    if isinstance(o, str):
        new = redact(o, raw, spans)
        return new, int(new != o)
    return o, 0


def redact_folder(folder: Path) -> int:
    """Apply `redact` to every string of the committed gold (articles/ and coding/): returns the
    number of strings changed."""
    changed = 0
    for m in adjudicated(folder)[0]:
        raw = text_path(folder, m).read_text(encoding="utf-8")
        settled = folder / "articles" / f"{m['id']}.gold.json"
        spans = [tuple(x["span"]) for x in
                 json.loads(settled.read_text("utf-8")).get("sentences", [])]
        for path in (settled, folder / "coding" / "a" / f"{m['id']}.gold.json",
                     folder / "coding" / "b" / f"{m['id']}.gold.json"):
            gold, n = _redact_tree(json.loads(path.read_text("utf-8")), raw, spans)
            changed += n
            path.write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n",
                            encoding="utf-8")
    return changed


@dataclass(frozen=True, slots=True)
class LoneSentence:
    """One labelled sentence of a dev-set article, to be coded as an article of its own."""

    article: str  # the article's id
    n: int  # the sentence's number in the article's gold
    text: str  # the raw text of the sentence
    date: str | None  # the article's date (its gold's, else the manifest's)
    roots: frozenset[str]  # the gold CAMEO roots of the sentence


def lone_sentences(folder: Path) -> Iterator[LoneSentence]:
    """Every labelled sentence of the dev set's adjudicated articles, in order: what
    `sentences_alone` scores and tools/alone_gaps.py explains."""
    for e in load(folder):
        date = e.gold.get("date") or e.meta.get("date")
        for lab in e.gold.get("sentences", []):
            s, t = lab["span"]
            yield LoneSentence(e.meta["id"], lab["n"], e.raw[s:t], date, frozenset(lab["roots"]))


def roots_alone(coder, sentence: LoneSentence) -> set[str] | None:
    """The CAMEO roots the coder gives one sentence coded alone; None when it refuses the
    sentence as an article (too short, not English...), which scores as a silent sentence."""
    try:
        return {m.cameo.root for m in coder.code(sentence.text, date=sentence.date).events}
    except InputError:
        return None


def sentences_alone(folder: Path, coder) -> dict[str, float]:
    """The labelled sentences coded one by one, each as an article of its own (with its article's
    date): how a set of lone sentences, such as the team's held-back one, sees the coder. No
    article context reaches them (no coreference, no country the article is about)."""
    counts: Counter = Counter()
    for sentence in lone_sentences(folder):
        _count_sentence(counts, set(sentence.roots), roots_alone(coder, sentence) or set())
    return {"sentences": counts["labelled"], **_sentence_figures(counts)}


if __name__ == "__main__":  # pragma: no cover - a maintainer's tool
    import sys

    from . import nlp as _nlp

    COMMANDS = ("prepare", "finalize", "disputes", "redact", "agreement", "alone")
    if len(sys.argv) < 3 or sys.argv[1] not in COMMANDS or not (
            is_devset(Path(sys.argv[2])) or (Path(sys.argv[2]) / "parts").is_dir()):
        sys.exit(f"usage: python -m eventwire.devset {{{'|'.join(COMMANDS)}}} FOLDER "
                 "[--all-events]  (FOLDER holds a manifest.jsonl, or parts/ to prepare)")
    cmd, where = sys.argv[1], Path(sys.argv[2])
    model = _nlp.load()
    if cmd == "prepare":
        print(f"{len(prepare(where, model))} articles in {where / MANIFEST}")
    elif cmd == "finalize":
        print(f"{finalize(where, model)} sentences labelled")
    elif cmd == "disputes":
        written = write_disputes(where)
        print(f"{len(written)} disputes files in {where / 'texts'}")
    elif cmd == "redact":
        print(f"{redact_folder(where)} strings shortened")
    elif cmd == "agreement":
        print(json.dumps(agreement(where), indent=1))
    elif cmd == "alone":
        from .coder import Coder, Settings

        keep = "--all-events" in sys.argv
        print(json.dumps(sentences_alone(where, Coder(Settings(keep_all_modalities=keep)))))
