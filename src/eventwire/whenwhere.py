"""When and where: date expressions and place mentions of a sentence, and the date and location
of each event.

Stage contract: `Locator.sentence(sent, matched, context, published, state)` needs a parsed
sentence, its actor/place name matches, the countries of the article so far, the publication
date and the article's `PlaceState`; it returns {token index → place} and {token index → date}
(with no publication date, only the dates written out in full: "in 1972", "4 August 2020").
`Locator.attach(candidate, places, dates, ...)` gives one event its date and location: from an
expression in its own clause, else from a clause that governs it (the report's "said on
Tuesday"), else the sentence (dates only; places only when the sentence names one), else the
publication date / the dateline place. Never from another sentence or a URL.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from difflib import SequenceMatcher
from typing import Any

from spacy.matcher import PhraseMatcher
from spacy.tokens import Span, Token

from .dates import publication, resolve, written_date
from .geo import ADMIN_WORDS, DESCRIPTOR_MODIFIERS, DESCRIPTORS, Gazetteer, own_name
from .syntax import NAME_LINKS, climb, relative_place

SETTLEMENTS = frozenset({"town", "city", "village", "port", "capital", "district", "province",
                         "region", "county", "state", "suburb", "neighbourhood", "neighborhood",
                         "outskirts", "centre", "center", "camp", "island", "enclave", "area"})
QUARTERS = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast",
                      "southwest", "part", "heart"})
"""Parts of a place: "in the south of X" is in X."""
SPELLING = 0.6
"""How alike (difflib's ratio of the folded forms) a mislabelled name and a city's own name must
be for the name to be a spelling of it ("Mykolaiv" of Mykolayiv: 0.94; "Adams" of Pulandian, an
old alternate name: 0.29)."""
LONE_CITY_POPULATION = 100_000
"""A one-word name the NER did not call a place is read as a city only from this size up."""
LOCATIVE = frozenset({"in", "near", "over", "outside", "across", "at", "inside", "around",
                      "along", "into", "throughout", "within", "on"})


@dataclass
class PlaceState:
    last_region: dict[str, Any] | None = None
    dateline: dict[str, Any] | None = None
    seen: list[dict[str, Any]] = field(default_factory=list)


class Locator:
    def __init__(self, nlp, gazetteer: Gazetteer) -> None:
        self.gaz = gazetteer
        self.regions = PhraseMatcher(nlp.vocab, attr="ORTH")
        for n, form in enumerate(gazetteer.regions):
            self.regions.add(f"r{n}:{form}", [nlp.make_doc(form)])
        self.strings = nlp.vocab.strings
        # the last word of every known person's name: "called Bush a terrorist" names no
        # Egyptian town of Bush
        self.surnames = frozenset(n.split()[-1] for n in gazetteer.k.people if " " in n)

    def region_spans(self, doc) -> dict[int, tuple[int, int, str]]:
        out = {}
        for match_id, start, end in self.regions(doc):
            form = self.strings[match_id].split(":", 1)[1]
            for i in range(start, end):
                if i not in out or out[i][1] - out[i][0] < end - start:
                    out[i] = (start, end, form)
        return out

    def _lone_place(self, lone: Span, matched, context: set[str],
                    named_here: frozenset[str]) -> dict | None:
        """The place a mislabelled name names: by its own name or a spelling of it ("Khan
        Younis" for Khān Yūnis), or by another of its names only in a country the text names
        ("charged Adams" is no Chinese city once called Port Adams)."""
        place = (self._governed(lone, matched, context)
                 or self.gaz.named(lone.text, context, named_here))
        form = self.gaz.form(lone.text)
        if place is None or own_name(place["name"], form) or \
                place["country"] in context | named_here or \
                SequenceMatcher(None, form, self.gaz.form(place["name"])).ratio() >= SPELLING:
            return place
        return None

    def _lone_city(self, tok, matched) -> Span | None:
        """The name ending at `tok` when it may name a city the NER missed or mislabelled
        (the small model calls cities persons, organisations, products, dates): the whole run
        of proper names (with hyphens, and short particles between them: "Deir ez-Zor",
        "Caxias do Sul") that ends at `tok` and holds no known name, with no
        entity crossing its edges, whose first word is no first name and whose text the
        gazetteer knows as a city of at least LONE_CITY_POPULATION people. A title or another
        name before it joins the run, so "Mr Kharkiv" is no city; a known person's surname the
        model calls a person is none either ("called Bush a terrorist")."""
        doc = tok.doc
        start = tok.i
        while start > tok.left_edge.i and (
                doc[start - 1].pos_ == "PROPN" or doc[start - 1].tag_ == "HYPH"
                or (_particle(doc[start - 1]) and start - 2 >= tok.left_edge.i
                    and doc[start - 2].pos_ == "PROPN")):
            start -= 1
        span = doc[start:tok.i + 1]
        if any(t.i in matched for t in span) or any(
                c.dep_ == "amod" for t in span for c in t.children if not start <= c.i <= tok.i):
            return None
        if span[0].ent_iob_ == "I" or (tok.i + 1 < len(doc) and doc[tok.i + 1].ent_iob_ == "I"):
            return None
        if span[0].lower_ in self.gaz.k.first_names:
            return None
        if tok.ent_type_ == "PERSON" and span.text in self.surnames:
            return None  # a known person's surname the model calls a person
        if not any(c["population"] >= LONE_CITY_POPULATION
                   for c in self.gaz.cities.get(self.gaz.form(span.text), [])):
            return None
        return span

    def _governed(self, span: Span, matched, context: set[str]) -> dict[str, Any] | None:
        """The place `span` names when the sentence puts it in a country itself: a country in
        apposition after a comma ("in Borno, Nigeria"), in an "in" phrase ("Kidal in northern
        Mali"), as possessor ("Nigeria's Borno State") or, after a kind of place, in an "of"
        phrase ("the Herat province of Afghanistan"). That country decides among namesakes
        (GeoNames lists Borno as another name of Borna in Germany), and a place it does not
        know is still in that country when the sentence puts it there by apposition or "in"
        (not as possessor: "Bangladesh's War of Liberation" is no place). Not a country in a
        list ("in Kano, Nigeria and Niger"), nor one inside the name ("the Federal Republic of
        Nigeria")."""
        root = span.root
        doc = span.doc
        for c in root.children:
            if span.start <= c.i < span.end:
                continue
            if c.i in matched and matched[c.i][1] == "country":
                country = c
            elif c.dep_ == "prep" and (c.lower_ == "in" or c.lower_ == "of" and (
                    root.lemma_.lower() in ADMIN_WORDS | SETTLEMENTS)):
                country = next((o for o in c.children if o.dep_ == "pobj"), None)
            else:
                continue
            if country is None or country.i not in matched or matched[country.i][1] != "country":
                continue
            if c.dep_ == "appos" and (c.left_edge.i == 0 or doc[c.left_edge.i - 1].text != ","
                                      or any(g.dep_ == "conj" for g in country.children)):
                continue
            if c.dep_ in ("appos", "poss", "prep"):
                return self.gaz.governed(span.text, matched[country.i][2],
                                         unknown=c.dep_ == "appos" or c.lower_ == "in",
                                         governor=matched[country.i][0].text, context=context)
        return None

    def sentence(self, sent, matched, regions, context: set[str], published: date | None,
                 state: PlaceState, future_tokens: set[int]) -> tuple[dict, dict]:
        places: dict[int, dict] = {}
        dates: dict[int, dict] = {}
        done: set[int] = set()
        named_here = frozenset(matched[t.i][2] for t in sent
                               if t.i in matched and matched[t.i][1] == "country")
        for tok in sent:
            if tok.i in done:
                continue
            place = None
            if tok.ent_type_ in ("DATE", "TIME") and tok.i not in matched and \
                    tok.i not in regions:
                continue  # "on 17th March": a date, not the English town of March
            if relative_place(tok):
                continue  # "Valle Hermoso, south of Brownsville, Texas": not in Texas
            if tok.i in regions:
                start, end, form = regions[tok.i]
                place, span = self.gaz.region(form), sent.doc[start:end]
                state.last_region = place
            elif tok.i in matched and matched[tok.i][1] == "capital":
                span = matched[tok.i][0]
                place = self._governed(span, matched, context) or self.gaz.city(span.text, context)
            elif tok.i in matched and matched[tok.i][1] == "country" and _locative(tok):
                span = matched[tok.i][0]
                code = matched[tok.i][2]
                # "in Georgia" in a story about the United States: the state, not the country;
                # but only in a story about the state's own country ("police in Niger" is not
                # Nigeria's Niger State)
                subdiv = self.gaz.subdivision(span.text, context) if code not in context else None
                if subdiv is not None and subdiv["country"] not in context:
                    subdiv = None
                city = places.get(tok.head.i) if tok.dep_ == "appos" else None
                if subdiv is None and city is not None and city["country"] != code:
                    # "Atlanta, Georgia": the state of the city's own country
                    subdiv = self.gaz.subdivision(span.text, {city["country"]})
                    subdiv = subdiv if subdiv and subdiv["country"] == city["country"] else None
                place = subdiv or self.gaz.country(code)
            elif tok.ent_type_ in ("GPE", "LOC", "FAC") and tok.ent_iob_ == "B" and (
                    tok.i not in matched):
                ent = next(e for e in sent.ents if e.start == tok.i)
                span = ent
                place = (self._governed(ent, matched, context)
                         or self.gaz.named(ent.text, context, named_here))
            elif (tok.dep_ in ("dobj", "pobj") and tok.i not in matched and _name_like(tok)
                  and (lone := self._lone_city(tok, matched)) is not None
                  and (place := self._lone_place(lone, matched, context, named_here))
                  is not None):
                # "drones attacked Kharkiv", "rebels seized Goma", "shells hit Khan Younis":
                # the small model often calls a city it does not know a person or an
                # organisation; a name that is no first name, the object of a verb or
                # preposition, and a city of 100,000 or more that the gazetteer resolves is
                # the place (`_lone_place`)
                span = lone
            elif (tok.pos_ == "PROPN" and tok.dep_ == "pobj" and _locative(tok)
                  and tok.i not in matched):
                # a proper name after "in", "near" ... that the NER missed: ask the gazetteer
                span = sent.doc[min(t.i for t in tok.subtree if t.pos_ == "PROPN"):tok.i + 1]
                place = (self._governed(span, matched, context)
                         or self.gaz.named(span.text, context, named_here))
            elif (tok.pos_ == "PROPN" and tok.dep_ in ("appos", "conj") and _locative(tok)
                  and tok.i not in matched and tok.lower_ in ADMIN_WORDS):
                # "in Kani Township, Sagaing Region": a subdivision named with its kind, in
                # apposition to another place
                span = sent.doc[min(t.i for t in tok.subtree if t.pos_ == "PROPN"):tok.i + 1]
                place = self._governed(span, matched, context) or self.gaz.division(span.text, context)
            elif (tok.lemma_.lower() in ADMIN_WORDS and tok.pos_ == "NOUN" and _locative(tok)
                  and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in tok.children)):
                # "in the Centre-Nord region", "in Herat province": the name and its kind
                first = min(c.left_edge.i for c in tok.children
                            if c.dep_ == "compound" and c.pos_ == "PROPN")
                span = sent.doc[first:tok.i + 1]
                place = self._governed(span, matched, context) or self.gaz.division(span.text, context)
            elif (tok.lemma_.lower() in DESCRIPTORS and state.last_region is not None
                  and any(c.lower_ in DESCRIPTOR_MODIFIERS for c in tok.children)):
                # "the breakaway region": the region this article is about
                span = sent.doc[tok.left_edge.i:tok.i + 1]
                place = dict(state.last_region, via="the article's region")
            if place is None:
                continue
            place = dict(place, text=span.text, span=(span.start_char, span.end_char),
                         as_actor=not _locative(tok) and place["feature"] != "region")
            for i in range(span.start, span.end):
                places[i] = place
                done.add(i)
            state.seen.append(place)
        for ent in sent.ents:
            if ent.label_ == "DATE":
                verb = ent.root
                while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
                    verb = verb.head
                future = verb.i in future_tokens
                # an undated article still has the dates it writes out in full ("in 1972")
                d = (resolve(ent.text, published, future=future) if published is not None
                     else written_date(ent.text))
                if d is not None:
                    start = ent.start_char
                    prep = ent.root.head
                    if ent.root.dep_ == "pobj" and prep.i == ent.start - 1 and (
                            prep.lower_ in ("on", "in", "since", "until", "by", "during")):
                        start = prep.idx  # "on Tuesday", as the text says it
                    text = sent.text[start - sent.start_char:ent.end_char - sent.start_char]
                    d = dict(d, text=text, span=(start, ent.end_char))
                    for i in range(ent.start, ent.end):
                        dates[i] = d
        return places, dates

    @staticmethod
    def attach(trigger: Token, places: dict, dates: dict, published: str | None,
               state: PlaceState) -> tuple[dict | None, dict | None, list[str]]:
        """The event's date and location, with a note of where each came from."""
        notes: list[str] = []
        when = _along_clause(trigger, dates, lambda t: True)
        if when is None:
            doc = trigger.doc
            sent_dates = [dates[i] for i in sorted(dates)
                          if not _in_other_clause(doc[i], trigger)]
            when = sent_dates[0] if sent_dates else None
            if when is not None:
                notes.append(f"date from the sentence: {when['text']!r}")
        where = _along_clause(trigger, places, _locative)
        if where is None:
            own = {i: p for i, p in places.items()
                   if not _in_other_clause(trigger.doc[i], trigger)}
            distinct = {(p["name"], p["country"]) for p in own.values() if not p["as_actor"]}
            if len(distinct) == 1:
                where = next(p for p in own.values() if (p["name"], p["country"]) in distinct)
                notes.append("location: the one place the sentence names")
        if where is None and state.dateline is not None:
            where = state.dateline
            notes.append("location: the dateline")
        return when or publication(published), where, notes


OTHER_CLAUSES = frozenset({"relcl", "advcl", "ccomp", "acl", "parataxis", "xcomp", "csubj"})


def _in_other_clause(tok: Token, trigger: Token) -> bool:
    """Whether `tok` sits in a clause of its own that does not hold the trigger: "ordered the
    diplomats out, a day after the army said troops had shelled Sake" does not place the
    expulsion in Sake (nor date it by that clause)."""
    ancestors = {trigger.i, *(a.i for a in trigger.ancestors)}
    node = tok
    while node.head.i != node.i and node.i not in ancestors:
        if node.dep_ in OTHER_CLAUSES and node.pos_ in ("VERB", "AUX"):
            return True
        node = node.head
    return False


def _particle(tok: Token) -> bool:
    """A short lower-case word inside a place name ("ez" in Deir ez-Zor, "do" in Caxias do Sul)."""
    return tok.is_lower and tok.is_alpha and len(tok) <= 3


def _name_like(tok: Token) -> bool:
    """A proper noun, or a capitalised noun inside a sentence in ordinary case: the small model
    tags names it does not know ("Cherepovets", "Corrientes") as common nouns; in a headline
    in title case a capital says nothing."""
    if tok.pos_ == "PROPN":
        return True
    if tok.pos_ != "NOUN" or not tok.is_title or tok.i == tok.sent.start:
        return False
    words = [t for t in tok.sent if t.is_alpha and t.i not in (tok.sent.start, tok.i)]
    return sum(t.is_title for t in words) * 2 <= len(words)


def _locative(tok: Token) -> bool:
    head = climb(tok, (*NAME_LINKS, "amod", "poss"))
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lemma_.lower() in (
            SETTLEMENTS | QUARTERS):
        # "near the town of Samarra", "in the south of Kani Township": the place is where the
        # town is
        head = head.head.head
    return head.dep_ == "pobj" and head.head.lower_ in LOCATIVE


def _along_clause(trigger: Token, table: dict, accept) -> dict | None:
    """The first entry of `table` found in the trigger's own phrase, then in each clause that
    governs it, walking up the parse."""
    node = trigger
    for _ in range(6):
        for c in node.children:
            if c.dep_ in ("nsubj", "nsubjpass", "csubj", "ccomp", "conj", "advcl", "relcl"):
                continue
            for t in c.subtree:
                if t.i in table and accept(t):
                    return table[t.i]
        if node.head.i == node.i or node.dep_ in ("relcl", "acl"):
            break
        node = node.head
    return None
