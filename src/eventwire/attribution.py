"""Quotes: who said what, in whose words.

Stage contract: `find_quotes(doc, actors, subjects)` needs one parsed paragraph, the actors found
in it (token index → actors, pronouns already resolved) and a function giving a verb's subject
tokens; it returns `QuoteSpan`s with character offsets into the paragraph.

- direct: a quotation whose cue verb stands outside it (`"…," X said` / `X said: "…"`);
- mixed: quoted words inside a reported clause (`X said that "…"`, `ready for "close
  coordination"` under `Russia said`);
- indirect: `X said (that) …` with no quotation marks.
Straight and curly quotes are paired within a paragraph; a quotation left open at the end of a
paragraph continues only when the next paragraph opens with a quotation mark (the news convention);
otherwise it is reported as unbalanced and not guessed at.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from .modality import REPORTING, outlet
from .records import ActorRef
from .syntax import coordination_misparse

OPEN = {"\u201c": "\u201d", "\u00ab": "\u00bb"}
CLOSE = {"\u201d", "\u00bb"}
# the reporting verbs of event attribution, and verbs that introduce quotations without being
# reports of an event ("warned", "denied", "asked", "admitted")
CUES = REPORTING | {"warn", "deny", "confirm", "ask", "reply", "acknowledge", "admit"}


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    start: int  # offsets of the quoted words (inside the marks), in the paragraph
    end: int
    kind: str  # direct | mixed | indirect
    cue: Token | None
    speaker: ActorRef | None
    via: ActorRef | None


def quote_marks(text: str) -> tuple[list[tuple[int, int]], int | None]:
    """Pairs of (open, close) mark offsets, and the offset of a quote left open at the end."""
    pairs: list[tuple[int, int]] = []
    open_at: int | None = None
    for i, ch in enumerate(text):
        if ch in OPEN or (ch == '"' and open_at is None):
            if open_at is None:
                open_at = i
        elif (ch in CLOSE or ch == '"') and open_at is not None:
            pairs.append((open_at, i))
            open_at = None
    return pairs, open_at


def find_quotes(doc, actors: dict[int, list[ActorRef]],
                subjects) -> tuple[list[QuoteSpan], int | None]:
    """Quotes in one paragraph, and the offset of a quotation left open at its end (or None)."""
    text = doc.text
    pairs, left_open = quote_marks(text)
    out: list[QuoteSpan] = []
    for open_at, close_at in pairs:
        start, end = open_at + 1, close_at
        if end - start < 2:
            continue
        inside = {t.i for t in doc if start <= t.idx < end}
        cues, kind = _cue(doc, inside, start, end)
        cue = speaker = via = None
        for c in reversed(cues):  # the outermost cue with a known speaker
            speaker = _speaker(c, actors, subjects)
            if speaker is not None:
                cue, via = c, _via(c, actors)
                break
        if cue is None and cues:
            cue = cues[0]
        out.append(QuoteSpan(start, end, kind, cue, speaker, via))
    quoted = [(q.start, q.end) for q in out]
    for tok in doc:
        if tok.lemma_ in CUES and tok.pos_ == "VERB":
            for c in tok.children:
                if c.dep_ != "ccomp" or coordination_misparse(c, tok):
                    continue
                words = [t for t in c.subtree if not (t.dep_ == "mark" and t.i == c.left_edge.i)]
                s, e = words[0].idx, words[-1].idx + len(words[-1])
                if any(qs < e and s < qe for qs, qe in quoted):
                    continue
                speaker = _speaker(tok, actors, subjects)
                if speaker is not None:
                    out.append(QuoteSpan(s, e, "indirect", tok, speaker, _via(tok, actors)))
        elif tok.lower_ == "according" and tok.dep_ == "prep":
            # "According to the ministry, troops shelled the town."
            source = next((p for t in tok.subtree for p in [t] if p.dep_ == "pobj"
                           and actors.get(p.i)), None)
            clause = tok.head
            if source is None or clause.pos_ not in ("VERB", "AUX"):
                continue
            words = [t for t in clause.subtree if t.i not in {x.i for x in tok.subtree}
                     and not t.is_punct]
            if words:
                s, e = words[0].idx, words[-1].idx + len(words[-1])
                out.append(QuoteSpan(s, e, "indirect", tok, actors[source.i][0], None))
    return out, left_open


def _cue(doc, inside: set[int], start: int, end: int) -> tuple[list[Token], str]:
    """The reporting verbs that introduce the quote (innermost first), and whether it is direct
    or mixed."""
    first = next((t for t in doc if t.i in inside), None)
    if first is None:
        return [], "direct"
    # mixed: the quoted words sit inside a clause governed by cue verbs outside the quote; the
    # outermost one is the report ("Russia said ... they were ready for "close coordination"")
    t, cues = first, []
    for _ in range(8):
        if t.head.i == t.i:
            break
        t = t.head
        if t.i not in inside and t.lemma_ in CUES and t.pos_ == "VERB":
            cues.append(t)
    if cues:
        # direct when the quotation opens its sentence or follows "X said:" / "X said,"
        before = doc.text[first.sent.start_char:max(start - 1, first.sent.start_char)].strip()
        direct = not before or before.endswith((":", ","))
        return cues, "direct" if direct else "mixed"
    # direct: a cue verb just after the closing mark or just before the opening one
    after = [t for t in doc if t.idx >= end and t.i not in inside]
    for tok in after[:6]:
        if tok.lemma_ in CUES and tok.pos_ == "VERB":
            return [tok], "direct"
    before = [t for t in doc if t.idx + len(t) <= start and t.i not in inside]
    for tok in reversed(before[-6:]):
        if tok.lemma_ in CUES and tok.pos_ == "VERB":
            return [tok], "direct"
    return [], "direct"


def _speaker(cue: Token, actors, subjects) -> ActorRef | None:
    for s in subjects(cue):
        for c in (s, *s.conjuncts):
            if actors.get(c.i):
                return actors[c.i][0]
    return None


def _via(cue: Token, actors) -> ActorRef | None:
    tok = outlet(cue, actors)
    return actors[tok.i][0] if tok is not None else None
