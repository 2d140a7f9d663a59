"""eventwire: English news articles in, who-did-what-to-whom political events out.

    >>> import eventwire
    >>> coded = eventwire.code(text, date="2020-10-01")
    >>> for e in coded.events: print(e.source.code, e.cameo.code, e.target and e.target.code)
"""

from __future__ import annotations

from functools import lru_cache

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
]


@lru_cache(maxsize=1)
def _default_coder() -> Coder:
    return Coder()


def code(text: str, *, date: str | None = None, url: str | None = None,
         id: str | None = None) -> CodedArticle:
    """Code one article with a shared default `Coder` (the model loads on the first call)."""
    return _default_coder().code(text, date=date, url=url, id=id)
