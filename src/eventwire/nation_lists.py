"""Lists of nationalities before one noun, mended in the parse before any actor is read.

"Turkish, Qatari, Emirati and Egyptian rescue teams arrived in Derna", "Kenyan, Ugandan and
Rwandan police officers", "French, German and British leaders met": each nationality names a
party of the same kind (Turkish teams, Qatari teams ...). The small model often reads such a
list as something else: a proper noun "Qatari" as the subject with "Turkish" its modifier and
"teams" its conjunct, or two of the adjectives hung on the noun and the third on one of them.
The actors are then one or two countries, bare or missing. `mend` gives the list the one shape
the rest of the coder reads for "Russian and Chinese warships": the first nationality modifies
the noun (amod) and each later one is the conjunct of the one before it, with the list's place
in the sentence taken by the noun.
"""

from __future__ import annotations

from itertools import pairwise
from typing import Any

from spacy.tokens import Doc, Token

NATIONS = frozenset({"country", "country-adj"})
SEPARATORS = frozenset({",", "and", "or", "&"})
MODIFIERS = frozenset({"NOUN", "ADJ", "PROPN"})


def mend(doc: Doc, matched: dict[int, tuple[Any, str, Any]]) -> None:
    """Mend every list of two or more nationalities (or country names used as such: "US,
    British and French forces") that ends in "and"/"or" and then a common noun, within one
    sentence. `matched`: the knowledge's names (ActorFinder.matches)."""
    after = 0
    for i in sorted(k for k, m in matched.items() if m[1] in NATIONS and m[0].start == k):
        if i < after or (found := _list_at(doc, i, matched)) is None:
            continue
        items, seps, mods, noun = found
        if not _canonical(items, noun):
            _reshape(items, seps, mods, noun)
        after = noun.i + 1


def _nation_at(doc: Doc, i: int, matched) -> tuple[int, int] | None:
    """The (start, end) of the nationality matched at token i, when one starts there."""
    m = matched.get(i)
    if m is None or m[1] not in NATIONS:
        return None
    span = m[0]
    return (span.start, span.end) if span.start == i else None


def _list_at(doc: Doc, i: int, matched):
    """(items, separators, modifiers, noun) of a list starting at token i, else None."""
    items: list[tuple[int, int]] = []
    seps: list[Token] = []
    j = i
    closed = False
    while (item := _nation_at(doc, j, matched)) is not None:
        items.append(item)
        j = item[1]
        if closed:
            break
        run = []
        while j < len(doc) and doc[j].lower_ in SEPARATORS:
            run.append(doc[j])
            j += 1
        if not run or len(run) > 2 or (len(run) == 2 and run[0].lower_ != ","):
            break
        seps.extend(run)
        closed = run[-1].lower_ in ("and", "or", "&")
    mods: list[Token] = []
    if len(items) >= 2 and closed and j < len(doc) and doc[j].lower_ == "other" and \
            j != items[-1][1]:
        # "Turkish, Qatari, Palestinian, and other international rescue teams"
        mods.append(doc[j])
        j += 1
    elif len(items) < 2 or not closed or j != items[-1][1]:
        return None
    while j < len(doc):
        if doc[j].pos_ in MODIFIERS and not doc[j].is_punct and \
                (j not in matched or matched[j][1] == "agent"):
            mods.append(doc[j])
            j += 1
        elif mods and (n := _joiner(doc, j)) and j + n < len(doc) and \
                doc[j + n].pos_ in MODIFIERS and j + n not in matched:
            # coordinated modifiers: "rescue and medical teams", "rescue as well as medical"
            mods.extend(doc[j:j + n])
            j += n
        else:
            break
    if not mods or mods[-1].pos_ != "NOUN":
        return None
    noun = mods[-1]
    first = doc[items[0][0]]
    if any(doc[k].is_sent_start for k in range(first.i + 1, noun.i + 1)):
        return None
    return items, seps, mods[:-1], noun


def _joiner(doc: Doc, j: int) -> int:
    """The length of a coordinator at token j ("and", "or", a comma, "as well as"), else 0."""
    if doc[j].lower_ in SEPARATORS:
        return 1
    return 3 if [t.lower_ for t in doc[j:j + 3]] == ["as", "well", "as"] else 0


def _item_tokens(doc: Doc, items) -> list[list[Token]]:
    return [[doc[k] for k in range(s, e)] for s, e in items]


def _canonical(items, noun: Token) -> bool:
    """Whether the parser already reads the list as this module's shape (then left alone)."""
    doc = noun.doc
    heads = [doc[e - 1] for _, e in items]
    if heads[0].head.i != noun.i or heads[0].dep_ not in ("amod", "compound", "nmod"):
        return False
    return all(h.dep_ == "conj" and h.head.i == prev.i for prev, h in pairwise(heads))


def _reshape(items, seps: list[Token], mods: list[Token], noun: Token) -> None:
    doc = noun.doc
    start = items[0][0]
    inside = range(start, noun.i + 1)
    if noun.head.i > noun.i and noun.dep_ in ("compound", "amod", "nmod", "poss"):
        return  # the noun modifies a later word ("Syria and Palestinian leader Yasser Arafat")
    outer = [t for k in inside if (t := doc[k]).head.i not in inside or t.head.i == t.i]
    if not outer:
        return
    top = next((t for t in outer if t.i == noun.i), outer[0])
    if top.head.i == top.i:
        return  # the list is the sentence's root (a fragment): left as it is
    heads = [doc[e - 1] for _, e in items]
    new: dict[int, tuple[int, str | None]] = {noun.i: (top.head.i, top.dep_)}
    for t in doc[noun.i + 1:]:
        # words after the list that hung on one of its words (an "of" phrase, a relative
        # clause) hang on the noun
        if t.head.i in inside and t.head.i != noun.i and t.head.i < noun.i:
            new[t.i] = (noun.i, None)
    for toks, h in zip(_item_tokens(doc, items), heads, strict=True):
        for t in toks[:-1]:
            new[t.i] = (h.i, "compound")
    new[heads[0].i] = (noun.i, "amod")
    for prev, h in pairwise(heads):
        new[h.i] = (prev.i, "conj")
    for sep in seps:
        before = max((h for h in heads if h.i < sep.i), key=lambda h: h.i)
        new[sep.i] = (before.i, "cc" if sep.lower_ in ("and", "or", "&") else "punct")
    span = range(mods[0].i, noun.i) if mods else range(0)
    for m in mods:
        if m.head.i in span and m.dep_ in ("conj", "cc", "punct", "advmod", "fixed"):
            continue  # inside a coordination of modifiers: "rescue and medical", kept
        new[m.i] = (noun.i, m.dep_ if m.dep_ in ("amod", "compound") else
                    "compound" if m.pos_ == "NOUN" else "amod")
    if not _a_tree(doc, new):
        return
    for i, (h, dep) in new.items():
        doc[i].head = doc[h]
        if dep is not None:
            doc[i].dep_ = dep
    for toks, h in zip(_item_tokens(doc, items), heads, strict=True):
        if h.pos_ == "PROPN" and h.tag_ in ("NNP", "NNPS") and len(toks) == 1 and \
                h.ent_type_ != "GPE":
            h.pos_, h.tag_ = "ADJ", "JJ"  # "Qatari" read as a name: the adjective it is


def _a_tree(doc: Doc, new: dict[int, tuple[int, str | None]]) -> bool:
    """Whether the parse with the heads `new` proposes is still a tree: every word reaches
    its sentence's root without a cycle."""
    def head(i: int) -> int:
        return new[i][0] if i in new else doc[i].head.i
    for i in new:
        seen = set()
        while head(i) != i:
            if i in seen:
                return False
            seen.add(i)
            i = head(i)
    return True
