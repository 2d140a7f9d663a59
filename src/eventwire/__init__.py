"""eventwire: English news articles in, who-did-what-to-whom political events out.

    >>> import eventwire
    >>> coded = eventwire.code(text, date="2020-10-01")
    >>> for e in coded.events: print(e.source.code, e.cameo.code, e.target and e.target.code)
    >>> events = eventwire.open_store("events.duckdb").events(actor="RUS").to_pandas()
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from .coder import Coder, Settings
from .errors import (
    BinaryInputError,
    DecodeError,
    EmptyInputError,
    EventwireError,
    InputError,
    InputTooLargeError,
    KnowledgeError,
    MalformedRecordError,
    ModelError,
    NotEnglishError,
    StoreError,
)
from .records import ActorRef, Article, CodedArticle, EventMention

if TYPE_CHECKING:
    from .tables import EventStore

__all__ = [
    "ActorRef",
    "Article",
    "BinaryInputError",
    "CodedArticle",
    "Coder",
    "DecodeError",
    "EmptyInputError",
    "EventMention",
    "EventwireError",
    "InputError",
    "InputTooLargeError",
    "KnowledgeError",
    "MalformedRecordError",
    "ModelError",
    "NotEnglishError",
    "Settings",
    "StoreError",
    "code",
    "open_store",
]


@lru_cache(maxsize=1)
def _default_coder() -> Coder:
    return Coder()


def code(text: str, *, date: str | None = None, url: str | None = None,
         id: str | None = None) -> CodedArticle:
    """Code one article with a shared default `Coder` (the model loads on the first call)."""
    return _default_coder().code(text, date=date, url=url, id=id)


def open_store(path: str | Path) -> EventStore:
    """Open an event store for reading from Python (eventwire.tables): its tables, filtered
    events and time series as Arrow tables, pandas or polars DataFrames."""
    from .tables import open_store as open_

    return open_(path)
