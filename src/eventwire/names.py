"""Names: the knowledge's actor names found in a parsed text, before any grammar.

`NameMatcher.matches(doc)` gives {token index → (span, kind, value)}: countries, capitals,
organisations and other surface forms of the knowledge files (cased), known people (cased), and
agent words ("police", "rebels"; any case), longest match first and without overlaps. A few
matches are refused here because the words around them say they are something else: another
person who shares a known person's name, a crowd of an "of" phrase, an adjective that is only
spelt like an agent word. ActorFinder (actors.py) gives the matches their codes.
"""

from __future__ import annotations

from typing import Any

from spacy.matcher import PhraseMatcher
from spacy.tokens import Span
from spacy.util import filter_spans

from .gender import TITLES
from .knowledge import Knowledge

CROWDS = frozenset({"thousands", "hundreds", "dozens", "scores", "millions"})
"""Crowds named by their size (actors.py reads them as civilians)."""


def spellings(form: str) -> list[str]:
    """A name as the knowledge files write it, with the other apostrophe (news copy writes
    "Côte d’Ivoire", "N’Djamena" and "Mata’afa" with a typographic one as often as not) and with
    the other capital of a leading Arabic article ("Al-Qaida" for "al-Qaida")."""
    out = [form]
    for a, b in (("'", "\u2019"), ("\u2019", "'")):
        if a in form and (other := form.replace(a, b)) not in out:
            out.append(other)
    # the Arabic article with the other capital: "al-Qaida" opening a sentence or a headline is
    # "Al-Qaida", and "Al-Shabaab" inside one is often "al-Shabaab"
    for a, b in (("al-", "Al-"), ("Al-", "al-"), ("al ", "Al "), ("Al ", "al ")):
        out += [b + f[len(a):] for f in list(out) if f.startswith(a) and b + f[len(a):] not in out]
    return out


GENERIC_ROLES = frozenset({"spokesman", "spokeswoman", "spokesperson", "official", "officials",
                           "source", "sources", "representative", "representatives", "officer",
                           "officers", "chief", "head", "statement"})
"""Words of a role that any body has: the body a phrase names with one decides the agent ("an
army spokesman", "a police source", "a rebel official")."""


class NameMatcher:
    def __init__(self, nlp: Any, knowledge: Knowledge) -> None:
        self.k = knowledge
        self.cased = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        self._values: dict[str, tuple[str, Any]] = {}
        for n, (form, value) in enumerate(knowledge.surface.items()):
            key = f"s{n}"
            self._values[key] = value
            forms = spellings(form)
            if value[0] in ("country", "country-adj") and len(form) > 3:
                # "RUSSIAN forces shelled ...": the capitals of a lead's first words (not a
                # capital city's: "KYIV, Ukraine (AP) --" is a dateline, never an actor)
                forms += [f.upper() for f in forms if f.upper() != f]
            self.cased.add(key, [nlp.make_doc(f) for f in forms])
        for n, form in enumerate(knowledge.people):
            key = f"p{n}"
            self._values[key] = ("person", form)
            self.cased.add(key, [nlp.make_doc(f) for f in spellings(form)])
        for n, (form, agent) in enumerate(knowledge.agents_lower.items()):
            key = f"a{n}"
            self._values[key] = ("agent", agent)
            self.lower.add(key, [nlp.make_doc(f) for f in spellings(form)])
        self.strings = nlp.vocab.strings

    def matches(self, doc) -> dict[int, tuple[Span, str, Any]]:
        """token index → (matched span, kind, value), longest match first, no overlaps."""
        table: dict[tuple[int, int, str], tuple[str, Any]] = {}
        plain = []
        for matcher in (self.cased, self.lower):
            for match_id, start, end in matcher(doc):
                kind, value = self._values[self.strings[match_id]]
                key = (start, end, kind)
                # a capitalised word matched as an agent is fine; cased matches win ties
                table.setdefault(key, (kind, value))
                plain.append(Span(doc, start, end, label=kind))
        out: dict[int, tuple[Span, str, Any]] = {}
        kept = filter_spans(plain)
        for span in kept:
            kind, value = table[(span.start, span.end, span.label_)]
            if kind == "person" and span.end < len(doc) and doc[span.end].pos_ == "PROPN" and \
                    doc[span.end].is_title and not any(
                        o.start == span.end and table[(o.start, o.end, o.label_)][0] != "person"
                        for o in kept):
                continue  # "Abbas Araqchi", "Juan Carlos Calvimontes": first names of another
            if kind == "person" and self._another_bearer(span, value):
                continue  # "Captain Li Xi", "Hunter Biden": another person of that name
            if kind == "agent" and span[-1].lower_ in CROWDS and span.end < len(doc) and \
                    doc[span.end].lower_ == "of":
                continue  # "thousands of troops": the troops, not a crowd
            if kind == "agent" and len(span) == 1 and span[0].pos_ == "ADJ" and not (
                    span[0].dep_ in ("amod", "compound") and span[0].lower_ not in GENERIC_ROLES
                    and span[0].head.lower_ in GENERIC_ROLES):
                # "the first official visit": an adjective, not an official; but "a rebel
                # spokesman", "a militant official" (the model's adjectives) name the body
                continue
            if kind in ("country", "country-adj") and _in_a_region_name(span):
                continue  # "South American countries", "New Mexico": a region, another place
            if kind == "country" and _in_a_water_name(span):
                continue  # "the Lake Chad area", "the Gulf of Guinea": a lake or a sea
            if kind == "country" and self._surname(span):
                continue  # "Mark Jordan's attorney": a person's family name
            for i in range(span.start, span.end):
                out[i] = (span, kind, value)
        return out

    def _surname(self, span: Span) -> bool:
        """A one-word country name right after a given name the knowledge lists, inside one
        personal name ("Mark Jordan", "Michael Jordan"): a family name, not the state. Not
        after a given name that also names a faith ("Christian Armenia")."""
        if len(span) != 1 or span.start == 0:
            return False
        before = span.doc[span.start - 1]
        return before.is_title and before.pos_ == "PROPN" and \
            before.lower_ in self.k.first_names and before.lower_ not in FAITHS and \
            before.ent_type_ == "PERSON" and span[0].ent_type_ == "PERSON"

    def _another_bearer(self, span: Span, form: str) -> bool:
        """A known person's one-word name inside a longer personal name the NER found, after a
        capitalised given name none of the known bearers has ("Captain Li Xi", "Hunter Biden",
        "Maria Putin"): someone else who shares the name. Titles ("President Xi") and initials
        ("Joseph R. Biden") are not given names."""
        if len(span) != 1 or span.start == 0 or span[0].ent_iob_ != "I":
            return False
        before = span.doc[span.start - 1]
        if before.ent_type_ != "PERSON" or before.pos_ != "PROPN" or not before.is_title or \
                len(before.text.rstrip(".")) < 2 or before.lower_.rstrip(".") in TITLES or \
                before.lower_ in self.k.agents_lower:
            return False
        names = {w for p in self.k.people.get(form, ()) for n in (p.name, *p.aliases)
                 for w in n.split()}
        return before.text not in names


FAITHS = frozenset({"christian", "muslim", "catholic", "orthodox", "protestant", "jewish",
                    "hindu", "buddhist", "sunni", "shia", "shiite", "coptic", "evangelical"})
"""Words for a faith that the first-names list may hold ("Christian"): before a country's name
they describe the country ("Christian Armenia"), never a person's given name."""


REGION_WORDS = frozenset({"latin", "south", "north", "central", "pan", "meso", "ibero", "anglo",
                          "afro", "sub", "new"})
"""Words that make a continent's or a region's adjective of a country's ("South American",
"Latin American", "Pan-American", "Central American"), and "New" that makes another place of a
country's name ("New Mexico", "New Guinea", "the West New Georgia constituency" in the Solomon
Islands): a country's own compound names ("South Korean", "South Africa", "New Zealand", "Papua
New Guinea") are matched whole by the knowledge's names first."""


WATER_WORDS = frozenset({"lake", "gulf", "sea", "bay", "strait", "straits", "basin"})
"""Words that make a country's name the name of a body of water ("Lake Chad", "the Gulf of
Guinea", "the Sea of Japan", "the Gulf of Mexico")."""


def _in_a_water_name(span: Span) -> bool:
    """A country name right after "Lake" or after "Gulf of", "Sea of", "Bay of", "Strait of"
    (capitalised): a lake or a sea, no actor."""
    i = span.start - 1
    if i >= 1 and span.doc[i].lower_ == "of":
        i -= 1
    return i >= 0 and span.doc[i].lower_ in WATER_WORDS and span.doc[i].is_title


def _in_a_region_name(span: Span) -> bool:
    """A country name or adjective matched alone right after a region word (a hyphen between
    allowed): "South American countries" are no American actors."""
    i = span.start - 1
    if i >= 0 and span.doc[i].text == "-":
        i -= 1
    return i >= 0 and span.doc[i].lower_ in REGION_WORDS and span.doc[i].is_title
