"""The coder: raw article → `CodedArticle`. Loads the model and the knowledge once; codes one
article (`code`) or a stream of them (`code_many`, batched through spaCy's `nlp.pipe`).

Pipeline (each stage pure over its inputs):
    guard.make_article  → Article        (checks, publication date)
    clean.clean         → Cleaned        (furniture removed, hard wraps undone, offset map)
    nlp.pipe            → Doc per paragraph
    ActorFinder         → actors per noun phrase (with in-article coreference)
    EventFinder         → event candidates (lexicon + syntax + modality + attribution)
    _mentions           → EventMention records with spans into the raw text
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from . import backers, guard, nation_lists, nlp, policy
from .actors import ActorFinder
from .anaphora import remember_acts
from .attribution import QuoteSpan, SpanIndex, find_quotes
from .background import dated_long_before, election_ahead, election_long_before, latest_year
from .budget import DEFAULT_SECONDS, Budget
from .clean import Cleaned, clean
from .coreference import Coreference
from .dates import parse_date
from .events import Candidate, EventFinder
from .geo import Gazetteer
from .ground import CONFLICT_ROOTS, home_ground
from .headline import Words
from .headline import repair as repair_headline
from .knowledge import Knowledge, load
from .parse_repair import repair_parse
from .pieces import pieces
from .recode import VERBAL_ROOTS
from .records import ActorRef, Article, CodedArticle, EventMention, TextRef
from .role_country import aimed_at, in_country, news_agency, places_country, residents
from .sentence_actors import SentenceActors, pair_from_events
from .syntax import subjects
from .targets import at_home
from .whenwhere import Locator, PlaceState

SAID_ROOTS = VERBAL_ROOTS | {"03"}
"""Roots whose acts are done in words (verbal acts, and intentions declared): their source is who
says so."""
BATCH_CHARS = 20_000
"""The most characters parsed in one batch (about 50 ordinary paragraphs)."""


@dataclass(frozen=True, slots=True)
class Settings:
    max_chars: int = guard.MAX_CHARS
    keep_all_modalities: bool = False
    batch_size: int = 64
    dictionaries: tuple[Path, ...] = ()
    only_dictionaries: bool = False  # code with the codebook and `dictionaries` alone
    skip_bad_lines: bool = False  # a malformed PETRARCH dictionary line: skipped, not an error
    quotes: bool = True  # quotation extraction (attribution of events is always on)
    geo: bool = True  # date expressions and places; off: events get the publication date
    time_budget: float | None = DEFAULT_SECONDS  # seconds of coding per article; None: no limit


class ArticleCoder:
    """What every coder offers over its own `code_many`: `article` checks and wraps raw text,
    `code` codes one text (Coder, and PetrarchCoder for --only-dictionaries)."""

    settings: Settings
    code_many: Callable[[Iterable[Article]], Iterator[CodedArticle]]  # each coder's own

    def article(self, text: str, *, id: str | None = None, date: str | None = None,
                url: str | None = None, title: str | None = None,
                source: str | None = None) -> Article:
        """Check and wrap raw text (raises an InputError subclass when it cannot be coded)."""
        return guard.make_article(text, id=id, date=date, url=url, title=title, source=source,
                                  max_chars=self.settings.max_chars)

    def code(self, text: str, *, date: str | None = None, url: str | None = None,
             id: str | None = None, title: str | None = None,
             source: str | None = None) -> CodedArticle:
        art = self.article(text, id=id, date=date, url=url, title=title, source=source)
        return next(self.code_many([art]))


class Coder(ArticleCoder):
    """Load once, code many: `Coder().code(text, date="2020-10-01")`."""

    def __init__(self, settings: Settings | None = None, *, model: str = nlp.MODEL) -> None:
        self.settings = settings or Settings()
        # the knowledge first: a bad --dictionary fails before the model's seconds of loading
        self.knowledge: Knowledge = load(self.settings.dictionaries,
                                         only=self.settings.only_dictionaries,
                                         skip_bad_lines=self.settings.skip_bad_lines)
        self.nlp = nlp.load(model)
        self.actors = ActorFinder(self.nlp, self.knowledge)
        self.sentence_actors = SentenceActors(self.actors, self.knowledge)
        self.nationality = {form: code for form, (kind, code) in self.knowledge.surface.items()
                            if kind in ("country", "country-adj")}
        self.events = EventFinder(self.knowledge)
        self.locator = Locator(self.nlp, Gazetteer(self.knowledge)) if self.settings.geo else None
        self.headline_words = Words.of(self.knowledge)

    # -- public (and article, code: ArticleCoder) ---------------------------------------------
    def code_many(self, articles: Iterable[Article]) -> Iterator[CodedArticle]:
        """Code a stream of articles in order, parsing their paragraphs in batches."""
        cleaned: dict[int, tuple[Article, Cleaned]] = {}
        docs: dict[int, list] = {}
        budgets: dict[int, Budget] = {}

        def paragraphs():
            for n, art in enumerate(articles):
                budgets[n] = Budget(art.id, self.settings.time_budget)
                c = clean(art.raw)
                budgets[n].check("cleaning")
                cleaned[n] = (art, c)
                docs[n] = []
                if not c.paragraphs:
                    yield "", (n, -1, 0)
                for k, p in enumerate(c.paragraphs):
                    for start, text in pieces(p.text):  # a very long paragraph in pieces
                        yield text, (n, k, p.start + start)

        current = None
        for doc, (n, k, offset) in self._parse(paragraphs()):
            if current is not None and n != current:
                yield self._code_docs(*cleaned.pop(current), docs.pop(current),
                                      budgets.pop(current))
            current = n
            if k >= 0:
                docs[n].append((doc, offset))
                budgets[n].check(f"parsing, paragraph {k + 1} of {len(cleaned[n][1].paragraphs)}")
        if current is not None:
            yield self._code_docs(*cleaned.pop(current), docs.pop(current), budgets.pop(current))

    # -- internals --------------------------------------------------------------------------
    def _parse(self, items: Iterator[tuple[str, tuple]]) -> Iterator[tuple]:
        """(doc, context) for each (text, context), in order, parsed in batches of at most
        `batch_size` texts and BATCH_CHARS characters (the parser's memory grows with the
        characters of a batch; its output does not depend on the batch)."""
        batch: list[tuple[str, tuple]] = []
        chars = 0
        for text, context in items:
            if batch and (len(batch) >= self.settings.batch_size
                          or chars + len(text) > BATCH_CHARS):
                yield from self.nlp.pipe(batch, as_tuples=True, batch_size=len(batch))
                batch, chars = [], 0
            batch.append((text, context))
            chars += len(text)
        if batch:
            yield from self.nlp.pipe(batch, as_tuples=True, batch_size=len(batch))

    def _code_docs(self, art: Article, cleaned: Cleaned, docs: list[tuple],
                   budget: Budget | None = None) -> CodedArticle:
        """Code one article from its parsed paragraphs (or pieces of them), each given with its
        offset in the clean text."""
        budget = budget or Budget(art.id, self.settings.time_budget)
        state = Coreference()
        cands: list[Candidate] = []
        actor_list: list[ActorRef] = []
        places: list[dict] = []
        sentences: list[tuple[int, int, str]] = []  # (para index, sentence start char, text)
        sent_index = 0
        quotes: list[Quote] = []
        warnings: list[dict] = []
        published = parse_date(art.date)
        as_of = published or latest_year(cleaned.text)  # what counts as long before
        date_list: list[dict] = []
        pstate = PlaceState()
        context: set[str] = set()
        if cleaned.dateline and self.locator is not None:
            head = cleaned.dateline.split(",")[0].split("(")[0].strip().title()
            pstate.dateline = self.locator.gaz.city(head, set())
            if pstate.dateline is not None:
                raw = next(r["span"] for r in cleaned.removed if r["kind"] == "dateline")
                pstate.dateline = dict(pstate.dateline, text=cleaned.dateline, span=None,
                                       raw_span=list(raw), as_actor=False)
                context.add(pstate.dateline["country"])
        pending: tuple[int, int] | None = None  # a quotation left open: (clean start, end)
        for p_idx, (doc, offset) in enumerate(docs):
            text = doc.text
            state.offset = offset
            repair_parse(doc)
            # the text's last paragraph, which a scraper may have cut short in mid-sentence: no
            # headline (policy.furniture), and never repaired as one (unless it is the only one)
            last_paragraph = p_idx == len(docs) - 1
            if not last_paragraph or len(docs) == 1:
                repair_headline(doc, self.headline_words)  # only a headline paragraph
            matched = self.actors.matches(doc)
            nation_lists.mend(doc, matched)  # "Turkish, Qatari and Egyptian rescue teams"
            backers.mark(doc)  # "Iranian-backed Houthi rebels": Iran is neither party
            aside = backers.backer_words(doc)  # "Moscow's ally Belarus": Moscow is no place
            regions = self.locator.region_spans(doc) if self.locator else {}
            doc_actors: dict[int, list[ActorRef]] = {}
            for sent in doc.sents:
                budget.check(f"sentence {sent_index + 1}")
                if not sent.text.strip():
                    continue
                places_here: dict[int, list[ActorRef]] = {}
                actors = self.sentence_actors.find(sent, matched, state, sent_index, art.date,
                                               places_here)
                self.sentence_actors.update_groups(sent, actors, state, sent_index)
                context.update(a.country for refs in actors.values() for a in refs
                               if a.country and not news_agency(a))
                future = {t.head.i for t in sent if t.dep_ == "aux" and t.lower_ in ("will",
                                                                                    "'ll")}
                where, when = (self.locator.sentence(sent, matched, regions, context,
                                                     published, pstate, future)
                               if self.locator else ({}, {}))
                if aside:
                    where = {i: place for i, place in where.items() if i not in aside}
                self.sentence_actors.place_actors(sent, actors, where)
                for i, place in where.items():
                    if place.get("country") in self.knowledge.countries and i not in places_here:
                        places_here[i] = [self.sentence_actors.place_ref(place["country"], place["text"],
                                                          place["span"])]

                def group_of(tok, _state=state, _i=sent_index):
                    return _state.group(tok, _i)

                found = self.events.sentence(sent, actors, state, sent_index, group_of,
                                             self.sentence_actors.home(sent, matched, actors, places_here),
                                             places_here)
                pair_from_events(found, state, sent_index)
                why = policy.furniture(sent, last_paragraph) if found else None
                if why is not None:
                    for c in found:  # a caption or a teaser: counted, back with --all-events
                        c.modality = "furniture"
                        c.evidence.append(f"furniture: {why}")
                for c in found:
                    # an undated article's written years tell history (below), but date no
                    # act: "the first meeting since 1949", "the 1992 Consensus"
                    c.date, c.location, notes = Locator.attach(
                        c.trigger, where, when if published else {}, art.date, pstate)
                    if c.entry.addressee == "public" and election_long_before(c.date, published):
                        # "confirmed Tinubu's victory in the February 25 election": an
                        # election dated weeks before the story is its background
                        c.modality = "background"
                        c.evidence.append("background: dated more than 30 days before the "
                                          "article")
                    elif c.entry.addressee == "public" and c.modality == "asserted" and \
                            election_ahead(c.date, published):
                        # "as elections approach next year": yet to be held
                        c.modality = "hypothetical"
                        c.evidence.append("hypothetical: dated after the article")
                    if c.modality in ("asserted", "claimed", "background") and (
                            why := dated_long_before(c.trigger, when, as_of)) is not None:
                        # "since they cut ties in 2016": the story's history, not its news (and
                        # "dated long before" says more than a span "since March 2021")
                        c.modality, c.long_before = "background", True
                        c.evidence.append(f"background: {why}")
                    c.date = _shift_span(c.date, offset)
                    c.location = _shift_span(c.location, offset)
                    c.evidence.extend(notes)
                cands.extend(_shift(c, offset) for c in found)
                remember_acts(found, state, sent_index)
                doc_actors.update(actors)
                for refs in actors.values():
                    actor_list.extend(_shift_ref(r, offset) for r in refs)
                for place in {id(p): p for p in where.values()}.values():
                    places.append(_shift_span(place, offset))
                for d in {id(d): d for d in when.values()}.values():
                    date_list.append(_shift_span(d, offset))
                sentences.append((p_idx, sent.start_char + offset, sent.text))
                sent_index += 1
            found_quotes, open_at = (find_quotes(doc, doc_actors, subjects)
                                     if self.settings.quotes else ([], None))
            here = [Quote.of(q, text, offset) for q in found_quotes]
            if pending is not None:
                # a quotation left open continues only if this paragraph opens with a mark
                if text[:1] in ('"', "\u201c") and here and here[0].start == offset + 1:
                    quotes.append(replace(here[0], start=pending[0], end=pending[1],
                                          text=cleaned.text[pending[0]:pending[1]]))
                else:
                    warnings.append({"kind": "unbalanced quotation", "span": list(pending)})
                pending = None
            quotes.extend(here)
            if open_at is not None:
                pending = (offset + open_at + 1, offset + len(text))
        if pending is not None:
            warnings.append({"kind": "unbalanced quotation", "span": list(pending)})
        budget.check("the article's events")
        cands = self.events.finish(cands)
        known = [p for p in places if p.get("country") in self.knowledge.countries]
        place_home = places_country([p for p in known if not p.get("as_actor")])
        # no one country of actors and places together ("the US, UK, France ... urged"): the one
        # country its places lie in, where its roles act
        home = _article_country(actor_list, pstate.dateline, known) or place_home
        # an article (more than one sentence) had every means to place its roles (its
        # country, coreference); a lone sentence ("The foreign minister flew to Mongolia",
        # "Riot police fired tear gas at protesters") keeps its unplaced roles' acts
        article = len(sentences) > 1 or pstate.dateline is not None
        if home is not None:
            ref = ActorRef(home, home, None, "", self.knowledge.countries[home]["name"], (0, 0))
            why = "the country the article is about"
            for c in cands:
                # an act aimed at that country itself ("the Senate lifted the embargo on
                # Cuba") does not make the role that does it the country's
                src = (c.source if aimed_at(c.source, home, [c.target], c.code, c.trigger)
                       else in_country(c.source, ref, c.evidence, why))
                tgt = in_country(c.target, ref, c.evidence, why) if c.target and not (
                    c.code[:2] in CONFLICT_ROOTS and src.country == home
                    and not home_ground(src, places)) else c.target
                if src is not c.source or tgt is not c.target:
                    c.source, c.target = src, tgt
                    if tgt is None and c.countries <= {home}:
                        # "Junta jets bombed the village": at home, as in the sentence rule
                        c.target = at_home(self.knowledge, c.trigger, c.code, src, c.evidence)
                if c.reported_by is not None:
                    # "..., an official said": the speaker's role, too, is of that country
                    c.reported_by = in_country(c.reported_by, ref, c.evidence, why)
                if c.target is None and _is_aid(c.code) and c.source.country != home:
                    # "Only a handful of countries have announced help": in an article about
                    # one country's earthquake, aid that names no recipient is for that country
                    c.target = replace(ref, text=c.trigger.text, how="inferred",
                                       span=(c.trigger.idx, c.trigger.idx + len(c.trigger)))
                    c.evidence.append(f"target inferred: aid that names no recipient, in an "
                                      f"article about {home}")
        for c in cands:
            for side in ("source", "target"):
                if (ref := getattr(c, side)) is not None and (
                        moved := residents(ref, place_home, self.nationality, c.code,
                                           side)) is not None:
                    # "elected Albanian mayors" in a story set in Kosovo: Kosovo's
                    setattr(c, side, moved)
                    c.evidence.append(f"{ref.text!r} read as {place_home}: people of a place "
                                      f"are of the state they live in")
        if home is not None:
            named = {a.country for a in actor_list if a.country and a.how != "organisation"}
            for c in cands:
                for side in ("source", "target"):
                    if (ref := getattr(c, side)) is not None and (
                            moved := self._namesake_party(ref, home, named)) is not None:
                        setattr(c, side, moved)
                        c.evidence.append(f"{ref.text!r} read as {home}'s party: a party of a "
                                          "country the article never names is a namesake")
        for c in cands:
            c.source = _bare_congress(c.source, c.evidence)
            c.target = _bare_congress(c.target, c.evidence) if c.target else c.target
        mentions, dropped = self._mentions(art, cleaned, cands, sentences, quotes, article)
        actors_out = _unique_refs(replace(a, span=cleaned.raw_span(*a.span)) for a in actor_list)
        places_out = [_raw_span(p, cleaned) for p in places]
        quotes_out = [q.to_dict(cleaned) for q in quotes]
        removed = cleaned.removed + tuple(
            dict(w, span=list(cleaned.raw_span(*w["span"]))) for w in warnings)
        return CodedArticle(art, tuple(mentions), tuple(actors_out), tuple(places_out),
                            tuple(quotes_out), dict(dropped), removed,
                            tuple(_raw_span(d, cleaned) for d in date_list))

    def _namesake_party(self, ref: ActorRef, home: str, named: set[str]) -> ActorRef | None:
        """A political party of the knowledge whose country the article never names, in an
        article about another country, is that country's namesake party (Malawi's Democratic
        Progressive Party in a story about Malawi, not Taiwan's)."""
        if ref.how != "organisation" or not ref.country or ref.country == home or \
                ref.country in named:
            return None
        kind, info = self.knowledge.surface.get(ref.name, (None, {}))
        if kind != "org" or info.get("kind") != "party":
            return None
        return replace(ref, code=home + "PTY", country=home, agent="PTY")

    def _mentions(self, art: Article, cleaned: Cleaned, cands: list[Candidate], sentences,
                  quotes: list[Quote], article: bool = True):
        dropped: Counter = Counter()
        out: list[EventMention] = []
        seen: set[tuple] = set()
        quoted = [q for q in quotes if q.kind != "indirect"]
        index = SpanIndex([(q.start, q.end) for q in quoted])
        for c in cands:
            t0 = c.trigger.idx + c.paragraph_offset
            k = index.find(t0)
            quote = quoted[k] if k is not None else None
            if quote is not None and c.reported_by is None and quote.speaker is not None:
                c.reported_by = quote.speaker  # the event is in someone's quoted words
                if c.modality == "asserted":
                    c.modality = "claimed"
            if c.reported_by is None and c.code[:2] in SAID_ROOTS and c.modality == "asserted" \
                    and c.trigger.pos_ == "VERB":
                # "Egypt condemned the raid", "China said it will ...": an act done in words is
                # reported by whoever said them
                c.reported_by = c.source
            modality = c.modality
            if modality == "claimed" and c.reported_by is not None:
                modality = _claimed_or_asserted(c)
            reason = policy.left_out(c, modality, quote is not None, article)
            if reason is not None and not self.settings.keep_all_modalities:
                dropped[reason] += 1
                continue
            key = (c.sentence, c.source.code, c.target.code if c.target else None, c.code,
                   c.trigger.i)
            if key in seen:
                continue
            seen.add(key)
            cameo, plover = self.knowledge.cameo(c.code)
            trig = TextRef(c.trigger.text, cleaned.raw_span(t0, t0 + len(c.trigger.text)))
            src = replace(c.source, span=cleaned.raw_span(*c.source.span))
            tgt = replace(c.target, span=cleaned.raw_span(*c.target.span)) if c.target else None
            rep = (replace(c.reported_by, span=cleaned.raw_span(*c.reported_by.span))
                   if c.reported_by else None)
            via = None
            if c.via is not None:
                v0 = c.via.idx + c.paragraph_offset
                via = TextRef(c.via.text, cleaned.raw_span(v0, v0 + len(c.via.text)))
            date = _raw_span(c.date, cleaned)
            location = _raw_span(c.location, cleaned)
            confidence = _confidence(c)
            eid = hashlib.sha1(f"{art.id}|{c.sentence}|{trig.span}|{src.code}|"
                               f"{tgt.code if tgt else ''}|{c.code}".encode()).hexdigest()[:16]
            out.append(EventMention(
                id=eid, article_id=art.id, sentence=c.sentence,
                text=sentences[c.sentence][2], trigger=trig, source=src, target=tgt,
                cameo=cameo, plover=plover, modality=modality, reported_by=rep, via=via,
                quote=TextRef(quote.text, cleaned.raw_span(quote.start, quote.end))
                if quote else None,
                date=date, location=location, confidence=confidence,
                evidence=tuple(c.evidence)))
        return out, dropped


@dataclass(frozen=True, slots=True)
class Quote:
    """A quotation in clean-text offsets; `to_dict` maps it to the raw text."""

    start: int
    end: int
    text: str
    kind: str
    speaker: ActorRef | None
    cue: tuple[str, int] | None
    via: ActorRef | None

    @classmethod
    def of(cls, q: QuoteSpan, text: str, offset: int) -> Quote:
        speaker = _shift_ref(q.speaker, offset) if q.speaker else None
        via = _shift_ref(q.via, offset) if q.via else None
        cue = (q.cue.text, q.cue.idx + offset) if q.cue is not None else None
        return cls(q.start + offset, q.end + offset, text[q.start:q.end], q.kind, speaker,
                   cue, via)

    def to_dict(self, cleaned: Cleaned) -> dict:
        sp = self.speaker
        return {
            "speaker": ({"code": sp.code, "name": sp.name, "text": sp.text,
                         "span": list(cleaned.raw_span(*sp.span))} if sp else None),
            "cue": ({"text": self.cue[0], "span": list(cleaned.raw_span(
                self.cue[1], self.cue[1] + len(self.cue[0])))} if self.cue else None),
            "via": ({"name": self.via.name, "code": self.via.code,
                     "span": list(cleaned.raw_span(*self.via.span))} if self.via else None),
            "content": self.text,
            "span": list(cleaned.raw_span(self.start, self.end)),
            "kind": self.kind,
        }


def _bare_congress(ref: ActorRef, evidence: list[str]) -> ActorRef:
    """"Congress passed a resolution condemning ...": a bare "Congress" that neither its
    sentence nor its article placed in a country is the US Congress, the one English news means
    by the word alone; in a story about Brazil or Peru it is that country's (a role, LEG)."""
    if ref.country is None and ref.agent == "LEG" and \
            ref.text.lower().removeprefix("the ").strip() == "congress":
        evidence.append(f"{ref.text!r} read as USA: a bare Congress that nothing else places")
        return replace(ref, code="USALEG", country="USA", how="context", name="United States")
    return ref


def _article_country(refs: list[ActorRef], dateline: dict | None,
                     places: list[dict] | None = None) -> str | None:
    """The one country an article is about, if any: the country of most actor and place
    mentions, when it has at least half of them, more than any other, and the dateline, if any,
    is in it.
    "Students" or "the army" with no country in such an article are that country's (issue:
    generic actors)."""
    refs = _one_per_phrase(refs)
    # a news agency cited as the source ("Xinhua reported") tells where the news came from,
    # not what it is about
    refs = [r for r in refs if not news_agency(r)]
    counts = Counter(r.country for r in refs if r.country and r.how not in ("context", "place"))
    # where its acts take place says it as much as who acts ("the court in Athens" in a story
    # that twice names Turks as Golden Dawn's enemies is a Greek court)
    named = [tuple(r.span) for r in refs if r.country]
    counts.update(p["country"] for p in places or () if p.get("country") and not p.get("as_actor")
                  and not any(s <= p["span"][0] < e for s, e in named))  # a name counts once
    if not counts:
        # no actor names a country of its own ("the army", "the population", "the
        # assailants"), but roles are placed by their own phrases ("police in Ouagadougou"):
        # the country of those places
        counts = Counter(r.country for r in refs if r.country and r.how == "place")
    if not counts:
        # nothing names a country but the dateline ("NAIROBI - Police fired tear gas at
        # protesters"): the story is that country's
        return dateline.get("country") if dateline is not None else None
    (top, n), total = counts.most_common(1)[0], sum(counts.values())
    if n * 2 < total or sum(v == n for v in counts.values()) > 1:
        return None  # less than half, or a tie: the text is about no one country
    if dateline is not None and dateline.get("country") not in (None, top):
        return None
    return top


def _one_per_phrase(refs: list[ActorRef]) -> list[ActorRef]:
    """One mention per phrase: "Uganda's president" names Uganda once, not twice (a reference
    whose span lies inside another of the same country is dropped)."""
    out: list[ActorRef] = []
    reach: dict[str | None, tuple[int, int]] = {}  # the phrase reaching furthest, by country
    for r in sorted(refs, key=lambda r: (r.span[0], -r.span[1])):
        top = reach.get(r.country)
        if top is not None and r.span[1] <= top[1] and tuple(r.span) != tuple(top):
            continue
        if top is None or r.span[1] > top[1]:
            reach[r.country] = r.span
        out.append(r)
    return out


def _is_aid(code: str) -> bool:
    """Providing aid (070-075) or announcing it (033x)."""
    return code[:2] == "07" or code[:3] == "033"


def _claimed_or_asserted(c: Candidate) -> str:
    """A party's account of its own act, or of a cooperative act it took part in, is an
    assertion; its account of what another party did to others or to it is a claim."""
    rep = c.reported_by.country or c.reported_by.code
    src = c.source.country or c.source.code
    tgt = (c.target.country or c.target.code) if c.target else None
    if rep == src:
        return "asserted"
    cooperative = c.code[:2] <= "08"
    return "asserted" if cooperative and rep == tgt else "claimed"


def _shift_span(d: dict | None, offset: int) -> dict | None:
    if d is None or not d.get("span"):
        return d
    return dict(d, span=(d["span"][0] + offset, d["span"][1] + offset))


def _raw_span(d: dict | None, cleaned: Cleaned) -> dict | None:
    if d is None:
        return d
    if "raw_span" in d:  # the dateline: already in raw offsets
        out = dict(d, span=d["raw_span"])
        del out["raw_span"]
        return out
    if not d.get("span"):
        return d
    return dict(d, span=list(cleaned.raw_span(*d["span"])))


def _shift_ref(ref: ActorRef, offset: int) -> ActorRef:
    return replace(ref, span=(ref.span[0] + offset, ref.span[1] + offset))


def _shift(c: Candidate, offset: int) -> Candidate:
    c.source = _shift_ref(c.source, offset)
    if c.target is not None:
        c.target = _shift_ref(c.target, offset)
    if c.reported_by is not None:
        c.reported_by = _shift_ref(c.reported_by, offset)
    c.paragraph_offset = offset
    return c


def _unique_refs(refs: Iterable[ActorRef]) -> list[ActorRef]:
    seen, out = set(), []
    for r in refs:
        key = (r.span, r.code)
        if key not in seen:
            seen.add(key)
            out.append(r)
    return sorted(out, key=lambda r: r.span)


def _confidence(c: Candidate) -> float:
    score = 0.9
    if c.entry.pos != "verb":
        score -= 0.1
    if c.target is None:
        score -= 0.1
    if c.inferred_target:
        score -= 0.2
    if any(a is not None and a.how in ("pronoun", "coreference") for a in (c.source, c.target)):
        score -= 0.1
    if any(a is not None and a.how in ("place", "unidentified", "inferred")
           for a in (c.source, c.target)):
        score -= 0.1  # a country or party the text implies rather than names
    if c.modality not in ("asserted", "claimed"):
        score -= 0.1
    return round(max(0.1, score), 2)
