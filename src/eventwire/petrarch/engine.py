"""PETRARCH pattern semantics on our dependency parse.

For each sentence: discard phrases first (sentence or story level); then actor and agent phrases are
found in the words (longest phrase first), each noun phrase gets its codes (actor + agents, dated
codes resolved against the record date, compounds expanded, agents shared across them); each verb
of the verb dictionary is matched against its block's patterns, longest pattern first, over the
words before and after it ($ source, + target, % compound, ^ skipped noun phrase, synsets, `_`
for adjacent words). The pattern's code, else the verb's, else its block's, is the event code;
`A:B` codes give an event and its reverse. Source and target come from the pattern's slots when it
has them, else from the parse: the verb's subject (passive voice, control and coordination
followed up the tree) and its first coded object or prepositional object.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .dictionaries import PetrarchDictionaries
from .phrases import NULL, Phrases
from .readers import Element, Pattern, Verb

_STOP_TARGET = {"relcl", "advcl", "appos", "parataxis", "nsubj", "nsubjpass", "csubj"}


COMMA_DEFAULTS = {"comma_min": 2, "comma_max": 8, "comma_bmin": 0, "comma_bmax": 0,
                  "comma_emin": 2, "comma_emax": 8}


@dataclass
class Config:
    """The PETR_config switches the validation suite sets with <Config> (others are kept but
    have no effect here)."""

    require_dyad: bool = True
    new_actor_length: int = 0
    # comma-delimited clauses of min..max words are not coded (0 for max: keep them all):
    # internal ones, the one opening the sentence (b) and the one ending it (e)
    comma: dict[str, int] = field(default_factory=lambda: dict(COMMA_DEFAULTS))
    other: dict[str, str] = field(default_factory=dict)

    def set(self, option: str, value: str) -> None:
        option = option.strip().lower()
        if option == "require_dyad":
            self.require_dyad = value.strip().lower() == "true"
        elif option == "new_actor_length":
            self.new_actor_length = int(value)
        elif option in COMMA_DEFAULTS:
            self.comma[option] = int(value)
        else:
            self.other[option] = value

    def copy(self) -> Config:
        return Config(self.require_dyad, self.new_actor_length, dict(self.comma),
                      dict(self.other))


@dataclass(frozen=True, slots=True)
class Coded:
    source: str
    target: str
    code: str
    verb: int  # token index of the verb


@dataclass
class SentenceResult:
    events: list[Coded]
    error: str | None = None  # sentencediscard | storydiscard
    spans: dict[str, tuple[int, int]] = field(default_factory=dict)  # code -> its words


class Engine:
    def __init__(self, dicts: PetrarchDictionaries) -> None:
        self.d = dicts
        self.story_discards = [x for x in dicts.discards if x.story]
        self.sentence_discards = [x for x in dicts.discards if not x.story]

    # -- discards ----------------------------------------------------------------------------
    def discarded(self, text: str) -> str | None:
        padded = " " + " ".join(re.sub(r"([^\w\s'-])", r" \1 ", text.upper()).split()) + " "
        for kind, items in (("storydiscard", self.story_discards),
                            ("sentencediscard", self.sentence_discards)):
            for x in items:
                at = padded.find(" " + x.text)
                while at >= 0:
                    after = padded[at + 1 + len(x.text):at + 2 + len(x.text)]
                    if not x.whole_word or not after or not after.isalnum():
                        return kind
                    at = padded.find(" " + x.text, at + 1)
        return None

    # -- coding ------------------------------------------------------------------------------
    def code(self, doc, date: str | None, config: Config | None = None, *,
             one_sentence: bool = False) -> SentenceResult:
        """Events of one parsed text dated YYYYMMDD: a paragraph coded sentence by sentence, or,
        with `one_sentence`, a text known to be one sentence (the parser's sentence breaks are
        then ignored)."""
        config = config or Config()
        error = self.discarded(doc.text)
        if error:
            return SentenceResult([], error)
        s = _Sentence(self.d, doc, date, config)
        events: list[Coded] = []
        for sent in [doc[:]] if one_sentence else doc.sents:
            events += s.events(sent)
        seen: set[tuple[str, str, str]] = set()
        out = []
        for e in events:
            key = (e.source, e.target, e.code)
            if key not in seen:
                seen.add(key)
                out.append(e)
        return SentenceResult(out, spans=s.np.spans)


class _Sentence:
    """Verbs, patterns, sources and targets for one parsed text, over its noun phrases."""

    def __init__(self, d: PetrarchDictionaries, doc, date: str | None, config: Config) -> None:
        self.d, self.doc, self.config = d, doc, config
        self.np = Phrases(d, doc, date, config.new_actor_length)
        self.words = self.np.words

    def _comma_clauses(self, sent) -> set[int]:
        """Token indexes of the comma-delimited clauses the comma_* switches leave uncoded; a
        clause followed by 'and'/'or' is an item of a list and stays."""
        c = self.config.comma
        commas = [t.i for t in sent if t.text == ","]
        if not commas:
            return set()
        end = sent.end - (1 if sent[-1].is_punct else 0)

        def words(a: int, b: int) -> int:
            return sum(1 for t in self.doc[a:b] if not t.is_punct)

        def listed(a: int, b: int) -> bool:  # 'Mordor, Rohan, Fornost and Bree'
            return (b + 1 < end and self.doc[b + 1].dep_ in ("cc", "conj")) or any(
                t.dep_ == "conj" and t.head.i < a for t in self.doc[a + 1:b])

        out: set[int] = set()
        if c["comma_bmax"] and c["comma_bmin"] <= words(sent.start, commas[0]) <= c["comma_bmax"]:
            out.update(range(sent.start, commas[0] + 1))
        last = commas[-1]
        if c["comma_emax"] and not listed(last, end) and \
                c["comma_emin"] <= words(last + 1, end) <= c["comma_emax"]:
            out.update(range(last, end))
        for a, b in zip(commas, commas[1:], strict=False):
            if c["comma_max"] and not listed(a, b) and \
                    c["comma_min"] <= words(a + 1, b) <= c["comma_max"]:
                out.update(range(a, b))
        return out

    def events(self, sent) -> list[Coded]:
        self.span = sent  # the sentence being coded (the parser's, or the whole record)
        cut = self._comma_clauses(sent)
        self.np.only_outside(cut)
        out: list[Coded] = []
        used: set[int] = set(cut)
        for tok in sent:
            if tok.i in used or not (tok.tag_.startswith("VB") or tok.pos_ in ("VERB", "AUX")):
                continue
            hit = self._verb_at(tok.i, sent)
            if not hit:
                continue
            verb, start, end = hit
            used.update(range(start, end))
            out += self._code_verb(sent, verb, start, end)
        coded = {e.verb for e in out}
        return [e for e in out if not self._subordinate(self.doc[e.verb], coded)]

    @staticmethod
    def _subordinate(verb, coded: set[int]) -> bool:
        """A verb in an adverbial clause ('... after crowds burned down its embassy', 'after
        leaving Eriador') of a verb that is coded: PETRARCH codes the main clause only."""
        t = verb
        while t.head.i != t.i and t.dep_ not in ("advcl", "pcomp"):  # up to its attachment
            t = t.head
        if t.dep_ == "advcl":
            anchor = t.head
        elif t.dep_ == "pcomp" and t.head.dep_ == "prep":  # 'after leaving Eriador'
            anchor = t.head.head
        else:
            return False
        main, todo = set(), [anchor]  # the verb it hangs on, and its 'is about to restore' chain
        while todo:
            v = todo.pop()
            main.add(v.i)
            todo += [c for c in v.children if c.dep_ in ("xcomp", "acomp")]
        return bool(main & coded)

    def _verb_at(self, i: int, sent) -> tuple[Verb, int, int] | None:
        for verb in self.d.verb_index.get(self.words[i], ()):
            start, end = i - len(verb.before), i + 1 + len(verb.after)
            if start < sent.start or end > sent.end:
                continue
            if tuple(self.words[start:i]) == verb.before and \
                    tuple(self.words[i + 1:end]) == verb.after:
                return verb, start, end
        return None

    def _code_verb(self, sent, verb: Verb, start: int, end: int) -> list[Coded]:
        best: tuple[Pattern, dict] | None = None
        for p in self.d.verbs.patterns.get(verb.block, ()):
            if best and p.size <= best[0].size:
                continue
            slots = self._match(p, sent, start, end)
            if slots is not None:
                best = (p, slots)
        code = best[0].code if best else (verb.code or self.d.verbs.blocks[verb.block][1])
        if not code or code == NULL:
            return []
        slots = best[1] if best else {}
        head = self.doc[start + len(verb.before)]
        sources = slots.get("source") or slots.get("compound-before") or self.subject(head)
        targets = slots.get("target") or slots.get("compound-after") or self.object(head, end)
        return self._triples(sources, targets, code, head.i)

    def _triples(self, sources: list[str], targets: list[str], code: str,
                 verb: int) -> list[Coded]:
        forward, _, back = code.partition(":")
        pairs: list[tuple[str, str]] = []
        if sources and not targets and len(sources) > 1:
            pairs = [(a, b) for a in sources for b in sources if a != b]  # 'X and Y renewed ties'
        else:
            pairs = [(s, t) for s in sources or [None] for t in targets or [None]]
        out = []
        for s, t in pairs:
            if s is None or (t is None and self.config.require_dyad) or s == t:
                continue
            t = t or NULL
            if forward:
                out.append(Coded(s, t, forward, verb))
            if back and t != NULL:
                out.append(Coded(t, s, back, verb))
        return out

    # -- source and target from the parse ----------------------------------------------------
    def subject(self, verb, depth: int = 0) -> list[str]:
        """The verb's own subject (the 'by' agent in the passive); a verb without one, or with a
        pronoun, takes the subject of the verb it depends on."""
        if depth > 6:
            return []
        for c in verb.children:
            if c.dep_ in ("agent", "prep") and (c.dep_ == "agent" or c.lower_ == "by") and \
                    self._passive(verb):
                objs = [o for o in c.children if o.dep_ == "pobj"]
                return self.np.codes(objs[0]) if objs else []
        # without a 'by' agent the passive subject is the source; the parser sometimes hangs the
        # subject on the auxiliary ('The Philippines was heavily criticized')
        kids = list(verb.children) + [g for c in verb.children if c.dep_ in ("aux", "auxpass")
                                      for g in c.children]
        for c in kids:
            if c.dep_ in ("nsubj", "csubj", "nsubjpass") and c.pos_ != "PRON":
                return self.np.codes(c)
        if verb.dep_ in ("relcl", "acl") and verb.head.pos_ in ("NOUN", "PROPN"):
            return self.np.codes(verb.head)
        if verb.dep_ in ("xcomp", "conj", "advcl", "ccomp", "pcomp", "acomp", "aux", "prep",
                         "pobj") and verb.head.i != verb.i:
            return self.subject(verb.head, depth + 1)
        return []

    @staticmethod
    def _passive(verb) -> bool:
        return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)

    def _by_agent(self, verb) -> bool:
        return self._passive(verb) and any(
            c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by") for c in verb.children)

    def object(self, verb, after: int) -> list[str]:
        if self._by_agent(verb):
            for c in verb.children:
                if c.dep_ == "nsubjpass":
                    got = self.np.codes(c)
                    if got:
                        return got
        fallback = sorted((t for t in verb.subtree if t.i >= after), key=lambda t: t.i)
        fallback += self._clause_after(verb, after)
        for words in (self._right_words(verb, after), fallback):  # the parse, else word order
            for t in words:
                if t.i in self.np.actor_at or t.i in self.np.agent_at:
                    got = self.np.codes(self.np.np_at(t.i))
                    if got:
                        return got
        return []

    def _clause_after(self, verb, after: int) -> list:
        """The words after the verb up to the next comma, semicolon or dictionary verb: the last
        resort when the parse hangs the verb's object elsewhere."""
        out = []
        for t in verb.doc[after:self.span.end]:
            if t.text in (",", ";", ":") or (t.tag_.startswith("VB") and
                                              self.words[t.i] in self.d.verb_index):
                break
            out.append(t)
        return out

    def _right_words(self, verb, after: int) -> list:
        out = []

        def walk(t) -> None:
            for c in t.children:
                if c.dep_ in _STOP_TARGET and not (c.dep_ == "nsubj" and t.dep_ == "ccomp"):
                    continue
                if c.i >= after:
                    out.append(c)
                walk(c)

        walk(verb)
        for c in verb.children:  # 'believes Dagolath and Osgiliath can cope'
            if c.dep_ == "ccomp" and c.i > verb.i:
                out += [s for s in c.children if s.dep_ == "nsubj"]
        return sorted(set(out), key=lambda t: (t.i not in self._subtree_of_ccomp(verb), t.i))

    def _subtree_of_ccomp(self, verb) -> set[int]:
        return {t.i for c in verb.children if c.dep_ != "ccomp" for t in c.subtree}

    # -- patterns ----------------------------------------------------------------------------
    def _match(self, p: Pattern, sent, start: int, end: int) -> dict | None:
        slots: dict[str, list[str]] = {}
        pos = end
        for el in p.after:
            pos = self._step(el, pos, sent.end, +1, slots, "after")
            if pos is None:
                return None
        pos = start - 1
        for el in reversed(p.before):
            pos = self._step(el, pos, sent.start - 1, -1, slots, "before")
            if pos is None:
                return None
        return slots

    def _step(self, el: Element, pos: int, stop: int, way: int, slots: dict,
              side: str) -> int | None:
        """Match one element at `pos` (tight) or at the first place from `pos` on going `way`;
        the position just past the match, or None."""
        candidates = [pos] if el.tight else range(pos, stop, way)
        for q in candidates:
            if (way > 0 and q >= stop) or (way < 0 and q <= stop):
                return None
            got = self._element_at(el, q, way, slots, side)
            if got is not None:
                return got
        return None

    def _element_at(self, el: Element, q: int, way: int, slots: dict, side: str) -> int | None:
        if el.kind in ("word", "prep"):
            return q + way if self.words[q] == el.value else None
        if el.kind == "synset":
            for phrase in sorted(self.d.verbs.synsets.get(el.value, ()), key=len, reverse=True):
                n = len(phrase)
                span = self.words[q:q + n] if way > 0 else self.words[q - n + 1:q + 1]
                if tuple(span) == phrase:
                    return q + way * n
            return None
        m = self.np.actor_at.get(q) or self.np.agent_at.get(q)
        if el.kind == "skip" and m is None and self.doc[q].pos_ in ("NOUN", "PROPN", "PRON"):
            np = self.np.np_at(q)  # '^' passes over any noun phrase, coded or not
            return (max(t.i for t in self.np.local(np)) if way > 0 else
                    min(t.i for t in self.np.local(np))) + way
        if m is None:
            return None
        codes = self.np.codes(self.np.np_at(q))
        if not codes:
            return None
        if el.kind == "compound" and len(codes) < 2:
            return None
        if el.kind in ("source", "target"):
            slots.setdefault(el.kind, codes)
        elif el.kind == "compound":
            slots.setdefault(f"compound-{side}", codes)
        local = self.np.local(self.np.np_at(q))  # the phrase without its prepositional phrases
        last = max([q] + [c.i for c in local]) if way > 0 else min([q] + [c.i for c in local])
        return last + way
