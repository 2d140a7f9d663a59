"""Mis-parses of the small spaCy model, mended in place before anything reads a doc (the coder
calls `repair_parse` on every paragraph it parses). Split from syntax.py, whose helpers only read
a parse."""

from __future__ import annotations

from spacy.tokens import Token

from .syntax import climb

SMALL_CLAUSE = frozenset({"find", "declare", "deem", "pronounce", "rule", "hold", "judge"})
"""Verbs of a small clause, "found him guilty", "declared the vote void": the noun is the verb's
object and the adjective its predicate, not a clause of their own."""

LEMMA_REPAIRS = {"hopes": "hope", "hoped": "hope", "hoping": "hope", "strove": "strive"}
"""Verb forms the small model lemmatises wrongly ("hopes" -> "hop"), by their lower-case form:
"Kenya hopes to deepen ties" must reach the wish rules and the lexicon as "hope"."""


def repair_parse(doc) -> None:
    """Mis-parses of the small model, mended in place before anything reads the doc:
    - wrong verb lemmas (`LEMMA_REPAIRS`): "hopes", "hoped", "hoping" are "hope", not "hop";
    - headline-style present tense: "Police arrest former legislator" makes "arrest" a noun
      with a subject and an object of its own; such a word is a verb;
    - a fronted phrase: "Regarding Syria, Putin and Erdogan discussed ..." hangs the subjects
      on the phrase's object as its conjuncts; the first one after the comma is the subject of
      the verb that has none (the others stay its conjuncts);
    - a small clause: "found the minister guilty" parses "the minister guilty" as a clause of
      its own; the minister is the object of "found" and "guilty" its predicate;
    - two titled names coordinated ("Japanese Prime Minister Fumio Kishida and South Korean
      President Yoon Suk Yeol agreed"): the parser may bury the first name and the "and" among
      the second name's modifiers, making one party of the two (`_buried_coordination`)."""
    toks = list(doc)  # one pass of Token objects: iterating a Doc builds them afresh
    for tok in toks:
        if tok.pos_ in ("VERB", "AUX") and (lemma := LEMMA_REPAIRS.get(tok.lower_)):
            tok.lemma_ = lemma
    for tok in toks:
        if tok.pos_ == "NOUN" and tok.dep_ in ("ROOT", "conj") and any(
                c.dep_ == "nsubj" for c in tok.children) and any(
                c.dep_ == "dobj" for c in tok.children):
            tok.pos_ = "VERB"
    for adj in toks:
        if adj.pos_ == "ADJ" and adj.dep_ == "ccomp" and adj.head.lemma_ in SMALL_CLAUSE:
            subj = next((c for c in adj.children if c.dep_ == "nsubj" and c.i < adj.i), None)
            if subj is not None and not any(c.pos_ in ("AUX", "VERB") for c in adj.children):
                subj.head, subj.dep_ = adj.head, "dobj"
                adj.dep_ = "oprd"
    for name in toks:
        _buried_coordination(name)
    for verb in toks:
        _finite_after_apposition(verb)
    for verb in toks:
        if verb.dep_ != "ROOT" or verb.pos_ not in ("VERB", "AUX") or any(
                c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in verb.children):
            continue
        for obj in [o for p in verb.lefts if p.dep_ == "prep" for o in p.children
                    if o.dep_ == "pobj"]:
            first = next((c for c in obj.children if c.dep_ == "conj" and c.i < verb.i and any(
                t.lower_ == "," for t in doc[obj.i + 1:c.i])), None)
            if first is not None:
                first.head, first.dep_ = verb, "nsubj"
                break


def _finite_after_apposition(verb: Token) -> None:
    """Mend "Matthew Wale, the leader of the opposition, called for ...": the small model makes
    the name the sentence's root and the regular past form after the apposition's closing
    comma a participle modifying it ("the man, a farmer, called X"), where it is the sentence's
    finite verb. Left alone when the form has a passive's marks (an auxiliary, a "by" agent, a
    subject) or is not regular (a participle such as "taken" is no past tense)."""
    name = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or not verb.lower_.endswith("ed") or \
            name.dep_ != "ROOT" or name.pos_ != "PROPN" or name.ent_type_ != "PERSON" or \
            name.i > verb.i or verb.i == 0 or verb.doc[verb.i - 1].text != "," or \
            not any(c.dep_ == "appos" and c.i < verb.i for c in name.children) or \
            any(c.dep_ in ("auxpass", "aux", "agent", "nsubj", "nsubjpass") for c in verb.children):
        return
    verb.head, verb.dep_ = verb, "ROOT"
    name.head, name.dep_ = verb, "nsubj"
    verb.tag_ = "VBD"
    verb.set_morph("Tense=Past|VerbForm=Fin")


def _buried_coordination(first: Token) -> None:
    """Mend "US President Donald Trump and North Korean leader Kim Jong Un signed": `first`
    ("Trump") is a proper name with an "and" of its own (and the second party's first word as
    its conjunct, or nothing), hanging through modifiers left of it on a later proper name `head`
    ("Un") that ends the second party. `first` becomes the phrase's head in `head`'s place, with
    `head` its conjunct. Left alone when `head` is the sentence's root or the words of the
    second party are not all `head`'s own modifiers."""
    if first.pos_ != "PROPN" or first.dep_ not in ("nmod", "compound", "appos"):
        return
    cc = next((c for c in first.children if c.dep_ == "cc" and c.lower_ == "and"), None)
    if cc is None:
        return
    conj = next((c for c in first.children if c.dep_ == "conj" and c.i > cc.i), None)
    head = climb(first.head, ("nmod", "compound", "appos"))
    if head.pos_ != "PROPN" or head.i <= cc.i + 1 or head.dep_ == "ROOT" or \
            head.head.i == head.i:
        return
    second = range(cc.i + 1, head.i + 1)  # the second party, ending with `head`
    if any(t.head.i != first.i and t.head.i not in second for t in head.doc[cc.i + 1:head.i]):
        return
    for t in head.doc[head.left_edge.i:cc.i]:
        if t.i != first.i and t.head.i in second:
            t.head = first  # the first party's words that hung on the second party
    first.head, first.dep_ = head.head, head.dep_
    head.head, head.dep_ = first, "conj"
    if conj is not None:
        conj.head, conj.dep_ = head, "compound"
