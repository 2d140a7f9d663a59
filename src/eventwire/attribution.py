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

from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from spacy.attrs import HEAD
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
    """Quotes in one paragraph, and the offset of a quotation left open at its end (or None).

    Linear in the paragraph: each quotation finds its tokens by bisection over the token
    offsets, and looks only at its own tokens and the few just outside it."""
    text = doc.text
    pairs, left_open = quote_marks(text)
    starts = [t.idx for t in doc] if pairs else []  # only quotations need the offsets
    ends = [t.idx + len(t) for t in doc] if pairs else []
    sents = [(s.start, s.start_char) for s in doc.sents] if pairs else []
    out: list[QuoteSpan] = []
    for open_at, close_at in pairs:
        start, end = open_at + 1, close_at
        if end - start < 2:
            continue
        # the tokens that start inside the marks, and the tokens wholly before them
        inside = range(bisect_left(starts, start), bisect_left(starts, end))
        before = bisect_right(ends, start)
        cues, kind = _cue(doc, text, sents, inside, start, before)
        cue = speaker = via = None
        for c in reversed(cues):  # the outermost cue with a known speaker
            speaker = _speaker(c, actors, subjects)
            if speaker is not None:
                cue, via = c, _via(c, actors)
                break
        if cue is None and cues:
            cue = cues[0]
        out.append(QuoteSpan(start, end, kind, cue, speaker, via))
    quoted = sorted((q.start, q.end) for q in out)
    lasts: list[int] = []  # the last token of each token's subtree, worked out when first needed
    for tok in doc:
        if tok.lemma_ in CUES and tok.pos_ == "VERB":
            for c in tok.children:
                if c.dep_ != "ccomp" or coordination_misparse(c, tok):
                    continue
                lasts = lasts or _subtree_lasts(doc)
                s, e = _clause_span(c, doc[lasts[c.i]])
                if _overlaps(quoted, s, e):
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
            aside = {x.i for x in tok.subtree}
            words = [t for t in clause.subtree if t.i not in aside and not t.is_punct]
            if words:
                s, e = words[0].idx, words[-1].idx + len(words[-1])
                out.append(QuoteSpan(s, e, "indirect", tok, actors[source.i][0], None))
    return out, left_open


def _clause_span(clause: Token, last: Token) -> tuple[int, int]:
    """Character span of a reported clause: its subtree (whose last token is `last`), less a
    leading complementiser ("that")."""
    words = iter(clause.subtree)
    first = next(words)
    if first.dep_ == "mark" and first.i == clause.left_edge.i:
        first = next(words)
    return first.idx, last.idx + len(last)


def _subtree_lasts(doc) -> list[int]:
    """For each token, the index of the last token its `subtree` yields: its right edge, unless
    the parse is non-projective. One pass over the paragraph, not one walk per clause."""
    last_right = list(range(len(doc)))  # each token's last right child, or itself
    # the heads as offsets, read at once (building a Token for each is the slow part)
    for i, offset in enumerate(doc.to_array(HEAD).view("int64").tolist()):
        if offset < 0:
            last_right[i + offset] = i
    out = last_right[:]
    for i in reversed(range(len(doc))):
        if last_right[i] != i:
            out[i] = out[last_right[i]]
    return out


def _overlaps(spans: list[tuple[int, int]], s: int, e: int) -> bool:
    """Whether [s, e) overlaps one of `spans` (sorted, disjoint quotations)."""
    k = bisect_left(spans, (e, e))  # the spans that start before e
    return k > 0 and spans[k - 1][1] > s


def _cue(doc, text: str, sents: list[tuple[int, int]], inside: range, start: int,
         before: int) -> tuple[list[Token], str]:
    """The reporting verbs that introduce the quote (innermost first), and whether it is direct
    or mixed. `inside` holds the quote's tokens; the first `before` tokens end before it;
    `sents` is (first token, first character) of each sentence."""
    if not inside:
        return [], "direct"
    first = doc[inside.start]
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
        sent_start = sents[bisect_right(sents, (first.i, len(text))) - 1][1]
        last = _last_visible(text, sent_start, start - 1)
        direct = last is None or last in ":,"
        return cues, "direct" if direct else "mixed"
    # direct: a cue verb just after the closing mark or just before the opening one
    for tok in doc[inside.stop:inside.stop + 6]:
        if tok.lemma_ in CUES and tok.pos_ == "VERB":
            return [tok], "direct"
    for tok in reversed(doc[max(0, before - 6):before]):
        if tok.lemma_ in CUES and tok.pos_ == "VERB":
            return [tok], "direct"
    return [], "direct"


def _last_visible(text: str, lo: int, hi: int) -> str | None:
    """The last character of text[lo:hi] that is not white space, or None."""
    i = hi - 1
    while i >= lo and text[i].isspace():
        i -= 1
    return text[i] if i >= lo else None


def _speaker(cue: Token, actors, subjects) -> ActorRef | None:
    for s in subjects(cue):
        for c in (s, *s.conjuncts):
            if actors.get(c.i):
                return actors[c.i][0]
    return None


def _via(cue: Token, actors) -> ActorRef | None:
    tok = outlet(cue, actors)
    return actors[tok.i][0] if tok is not None else None


class SpanIndex:
    """Which of a list of character spans holds a position: the first in list order, as a scan
    would give, found by bisection when the spans do not overlap (quotations never do)."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.spans = spans
        order = sorted(range(len(spans)), key=lambda k: spans[k])
        self.starts = [spans[k][0] for k in order]
        self.order = order
        self.disjoint = all(spans[a][1] <= spans[b][0]
                            for a, b in zip(order, order[1:], strict=False))

    def find(self, pos: int) -> int | None:
        if not self.disjoint:
            return next((k for k, (s, e) in enumerate(self.spans) if s <= pos < e), None)
        k = bisect_right(self.starts, pos) - 1
        if k < 0:
            return None
        s, e = self.spans[self.order[k]]
        return self.order[k] if s <= pos < e else None
