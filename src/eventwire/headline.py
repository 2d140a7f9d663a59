"""Headline grammar: telegraphic news English read as the full sentence it stands for.

A headline drops its auxiliaries and articles: "China to impose sanctions" is "China will
impose sanctions", "Najib sentenced to 12 years" is "Najib was sentenced", and its present tense
reports a past act ("Israel strikes Hezbollah targets" is done, not a routine). The small spaCy
model reads such lines as ordinary prose and often as a noun phrase ("Kenyan police fire tear
gas" as one long compound). This stage recognises a headline paragraph and mends its parse in
place, before anything else reads the doc; body paragraphs are never touched.

- `is_headline(text)`: a paragraph that is one short line with no closing punctuation;
- `repair(doc, words)`: in a headline, (1) a lexicon verb tagged as a noun between a subject
  and an object ("police fire tear gas"), or hung on its subject after "to" ("EU to fine
  Apple"), becomes the clause's verb, (2) a bare past participle
  after its subject ("Najib sentenced to 12 years") is a passive when the lexicon's entries for
  it take a direct object, and (3) the doc is marked so that `announced` reads "X to <verb>" as
  the future (`modality.modality`).
"""

from __future__ import annotations

from collections.abc import Container
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from .knowledge import Knowledge
from .syntax import infinitive

MAX_WORDS = 20
"""The longest line read as a headline; news headlines keep well under it."""

_END_PUNCT = (".", "!", "?", '"', "\u201d", "'", "\u2019", ":", ";", ",")
_MARK = "eventwire.headline"
_NOMINAL = ("NOUN", "PROPN")
_OBJECT_START = ("NOUN", "PROPN", "ADJ", "DET", "NUM")


@dataclass(frozen=True, slots=True)
class Words:
    """What the repairs look up, drawn from the knowledge once per coder."""

    verbs: frozenset[str]  # lemmas with a verb entry in the lexicon
    transitive: frozenset[str]  # those with an entry whose target is the direct object
    actors: frozenset[str]  # generic agents and names of countries, organisations (lower case)

    @classmethod
    def of(cls, k: Knowledge) -> Words:
        verbs = {lemma: entries for (pos, lemma), entries in k.lexicon.items() if pos == "verb"}
        return cls(frozenset(verbs),
                   frozenset(v for v, es in verbs.items() if any("dobj" in e.target for e in es)),
                   frozenset(k.agents_lower) | frozenset(s.lower() for s in k.surface))


def is_headline(text: str) -> bool:
    """A short line that starts with a capital and has no closing punctuation."""
    line = text.strip()
    return (0 < len(line.split()) <= MAX_WORDS and "\n" not in line and line[:1].isupper()
            and not line.endswith(_END_PUNCT))


def marked(doc: Doc) -> bool:
    """Whether `repair` read this doc as a headline."""
    return bool(doc.user_data.get(_MARK))


def announced(verb: Token) -> bool:
    """"China to impose sanctions": in a headline, a main verb with "to" and a subject of its
    own is what the subject will do."""
    return (verb.dep_ == "ROOT" and marked(verb.doc)
            and infinitive(verb)
            and any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children))


def repair(doc: Doc, words: Words) -> None:
    """Mend a headline's parse in place (see the module doc)."""
    if not is_headline(doc.text) or len(list(doc.sents)) != 1:
        return
    doc.user_data[_MARK] = True
    _to_clause(doc, words)
    if not any(t.pos_ in ("VERB", "AUX") for t in doc):
        _noun_as_verb(doc, words)
    for verb in doc:
        if verb.dep_ == "ROOT":
            _bare_participle(verb, words.transitive)
            _infinitive_subject(verb)


def _infinitive_subject(verb: Token) -> None:
    """"Pakistan to expel Afghan diplomats": the model may hang the name before "to" on the
    verb as an adverbial noun; it is the subject."""
    to = next((c for c in verb.children if c.dep_ == "aux" and c.lower_ == "to"), None)
    if to is None or verb.pos_ != "VERB" or any(c.dep_ == "nsubj" for c in verb.children):
        return
    subj = next((c for c in verb.children if c.dep_ == "npadvmod" and c.pos_ in _NOMINAL
                 and c.i == to.i - 1), None)
    if subj is not None:
        subj.dep_ = "nsubj"


def _to_clause(doc: Doc, words: Words) -> None:
    """"EU to fine Apple": the model may make the name the root and hang "to fine" on it as
    its complement; the name is the subject of the verb after "to", when the lexicon has that
    verb."""
    for root in doc:
        if root.dep_ != "ROOT" or root.pos_ not in _NOMINAL:
            continue
        verb = next((c for c in root.children if c.dep_ in ("xcomp", "acl", "relcl")
                     and c.i == root.i + 2 and doc[root.i + 1].lower_ == "to"
                     and doc[root.i + 1].head.i == c.i and c.lemma_.lower() in words.verbs),
                    None)
        if verb is not None:
            verb.head, verb.dep_, verb.pos_, verb.tag_ = verb, "ROOT", "VERB", "VB"
            root.head, root.dep_ = verb, "nsubj"
            return
        # "Ecuador to expel Mexican ambassador": the verb read as a modifier of its object
        verb = next((t for t in doc[:root.i] if t.head.i == root.i and t.pos_ == "VERB"
                     and t.dep_ in ("amod", "compound", "acl") and infinitive(t)
                     and any(c.dep_ == "nsubj" and c.i < t.i for c in t.children)), None)
        if verb is not None:
            verb.head, verb.dep_ = verb, "ROOT"
            root.head, root.dep_ = verb, "dobj"
        return


def _noun_as_verb(doc: Doc, words: Words) -> None:
    """"Kenyan police fire tear gas at protesters": a lexicon verb inside a compound, with an
    actor noun before it (an agent or a name the knowledge knows: not "Election campaign
    posters") and an object after it, is the verb; the noun before it its subject, the phrase
    after it its object, and the prepositions of that phrase the verb's."""
    for t in doc[1:-1]:
        subj, nxt = doc[t.i - 1], doc[t.i + 1]
        root = t.head
        if not (t.pos_ == "NOUN" and t.dep_ == "compound" and t.lemma_.lower() in words.verbs
                and subj.pos_ in _NOMINAL and subj.lower_ in words.actors and subj.head.i in (t.i, root.i)
                and nxt.pos_ in _OBJECT_START and root.i > t.i and root.dep_ == "ROOT"):
            continue
        left = [x for x in doc[:t.i] if x.head.i >= t.i and x.i != subj.i]
        t.head, t.dep_, t.pos_, t.tag_ = t, "ROOT", "VERB", "VBP"
        moved = [c for c in root.children if c.dep_ == "prep"]
        root.head, root.dep_ = t, "dobj"
        subj.head, subj.dep_ = t, "nsubj"
        for x in left:
            x.head = subj
        for p in moved:
            p.head = t
        return


def _bare_participle(verb: Token, transitive: Container[str]) -> None:
    """"Najib sentenced to 12 years": a past form with a subject, no auxiliary and no object is
    a passive when the verb takes an object; so is "Opposition leader arrested in Dhaka", which
    the model reads as a noun with a participle after it."""
    if verb.pos_ in _NOMINAL:
        part = next((c for c in verb.children if c.dep_ == "acl" and c.tag_ in ("VBN", "VBD")
                     and c.i == verb.i + 1), None)
        if part is None or part.lemma_.lower() not in transitive or any(
                c.dep_ in ("aux", "auxpass", "dobj") for c in part.children):
            return
        part.head, part.dep_, part.tag_ = part, "ROOT", "VBN"
        verb.head, verb.dep_ = part, "nsubjpass"
        return
    if verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBN") or \
            verb.lemma_.lower() not in transitive:
        return
    kids = list(verb.children)
    if any(c.dep_ in ("aux", "auxpass", "dobj", "ccomp", "xcomp", "nsubjpass") for c in kids) \
            or not any(c.i > verb.i for c in kids):
        # nothing after the verb: a line cut off mid-sentence ("Belgrade police arrested")
        # is as likely as a headline
        return
    subj = next((c for c in kids if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subj is not None:
        subj.dep_, verb.tag_ = "nsubjpass", "VBN"
