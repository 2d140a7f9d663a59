"""The small typed records that flow between stages. All frozen; `to_dict` gives the JSON contract
of docs/event-record.md."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, replace
from typing import Any

Span = tuple[int, int]


@dataclass(frozen=True, slots=True)
class Article:
    id: str
    raw: str
    date: str | None = None
    url: str | None = None
    title: str | None = None
    source: str | None = None
    date_basis: str | None = None

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d.pop("raw")
        d["chars"] = len(self.raw)
        return d


@dataclass(frozen=True, slots=True)
class ActorRef:
    code: str
    country: str | None
    agent: str | None
    text: str
    name: str
    span: Span
    how: str = "name"  # name | title | metonym | organisation | person | pronoun | coreference
    # | agent | possessive | context | place | unidentified | inferred (docs/event-record.md)

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "country": self.country, "agent": self.agent,
                "text": self.text, "name": self.name, "span": list(self.span), "how": self.how}

    def as_pronoun(self, word) -> ActorRef:
        """This actor as taken up by a pronoun (a spaCy token: "it", "he", "their"): its codes
        and name, with the pronoun's own text and character span."""
        return replace(self, text=word.text, span=(word.idx, word.idx + len(word.text)),
                       how="pronoun")


@dataclass(frozen=True, slots=True)
class Cameo:
    code: str
    label: str
    root: str
    goldstein: float
    quad_class: int


@dataclass(frozen=True, slots=True)
class Plover:
    type: str
    mode: str | None
    context: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class TextRef:
    text: str
    span: Span


@dataclass(frozen=True, slots=True)
class EventMention:
    id: str
    article_id: str
    sentence: int
    text: str
    trigger: TextRef
    source: ActorRef
    target: ActorRef | None
    cameo: Cameo
    plover: Plover
    modality: str = "asserted"
    reported_by: ActorRef | None = None
    via: TextRef | None = None
    quote: TextRef | None = None
    date: dict[str, Any] | None = None
    location: dict[str, Any] | None = None
    confidence: float = 0.5
    evidence: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "article_id": self.article_id,
            "sentence": self.sentence,
            "text": self.text,
            "trigger": {"text": self.trigger.text, "span": list(self.trigger.span)},
            "source": self.source.to_dict(),
            "target": self.target.to_dict() if self.target else None,
            "cameo": asdict(self.cameo),
            "plover": {"type": self.plover.type, "mode": self.plover.mode,
                       "context": list(self.plover.context)},
            "modality": self.modality,
            "reported_by": ({"code": self.reported_by.code, "text": self.reported_by.text,
                             "span": list(self.reported_by.span)} if self.reported_by else None),
            "via": {"name": self.via.text, "span": list(self.via.span)} if self.via else None,
            "quote": {"text": self.quote.text, "span": list(self.quote.span)} if self.quote else None,
            "date": self.date,
            "location": self.location,
            "confidence": self.confidence,
            "evidence": list(self.evidence),
        }


@dataclass(frozen=True, slots=True)
class CodedArticle:
    """What coding one article gives: its events and every resolved actor and place mention."""

    article: Article
    events: tuple[EventMention, ...]
    actors: tuple[ActorRef, ...]
    places: tuple[dict[str, Any], ...] = ()
    quotes: tuple[dict[str, Any], ...] = ()
    dropped: dict[str, int] = field(default_factory=dict)
    removed: tuple[dict[str, Any], ...] = ()
    dates: tuple[dict[str, Any], ...] = ()

    def to_dict(self) -> dict[str, Any]:
        art = self.article.to_dict()
        art["dropped_events"] = dict(self.dropped)
        art["removed_furniture"] = list(self.removed)
        return {
            "article": art,
            "events": [e.to_dict() for e in self.events],
            "quotes": list(self.quotes),
            "actors": [a.to_dict() for a in self.actors],
            "places": list(self.places),
            "dates": list(self.dates),
        }
