"""Every error eventwire raises on purpose.

    EventwireError                 base: catch this to catch everything below
    ├── InputError                 an article or record that cannot be coded (lands in `rejects`)
    │   ├── EmptyInputError        nothing but whitespace
    │   ├── BinaryInputError       bytes that are not text (NUL bytes, control characters)
    │   ├── DecodeError            text in an encoding we cannot read
    │   ├── NotEnglishError        text that is not English
    │   ├── InputTooLargeError     over the size limit (Settings.max_chars)
    │   ├── MalformedRecordError   a record that is not a JSON object with a text field
    │   │   ├── InvalidDateError   a date that is not a real calendar day in range (`bad-date`)
    │   │   ├── FieldTypeError     a field of the wrong type: a number or list for a url (`bad-field`)
    │   │   ├── FieldTooLongError  an id, url, title or source over its length limit (`field-too-long`)
    │   │   └── TooDeepError       JSON nested deeper than a record can be (`too-deep`)
    │   ├── TimeBudgetError        coding one article took longer than its time budget (`time-budget`;
    │   │                          the HTTP API's per-request budget too)
    │   └── UnstorableRecordError  a coded article the event store refused (`unstorable`)
    ├── KnowledgeError             a dictionary or knowledge file that cannot be loaded
    │   └── DictionaryFormatError  a malformed line of a PETRARCH dictionary (names file and line)
    ├── ModelError                 the spaCy English pipeline is not installed
    └── StoreError                 the event store cannot be opened or a query fails

Every message says what is wrong and, where there is one, what to do next. `InputError.reason` is
a short stable slug (`empty`, `binary`, `encoding`, `not-english`, `too-large`, `malformed`,
`bad-date`, `bad-field`, `field-too-long`, `too-deep`, `time-budget`, `unstorable`, and any other
subclass's own) used as the reason column of rejects. Whatever InputError is raised while one
article is read, checked or coded, that article alone is rejected: the records around it are
still coded.
"""

from __future__ import annotations


class EventwireError(Exception):
    """Base class for all errors raised by eventwire."""


class InputError(EventwireError):
    reason = "invalid"

    def __init__(self, message: str, *, record: str | None = None) -> None:
        self.record = record
        super().__init__(f"{record}: {message}" if record else message)

    def with_record(self, record: str) -> InputError:
        """The same error, naming the file or record it came from."""
        base = str(self).split(": ", 1)[1] if self.record else str(self)
        return type(self)(base, record=record)


class EmptyInputError(InputError):
    reason = "empty"


class BinaryInputError(InputError):
    reason = "binary"


class DecodeError(InputError):
    reason = "encoding"


class NotEnglishError(InputError):
    reason = "not-english"


class InputTooLargeError(InputError):
    reason = "too-large"


class MalformedRecordError(InputError):
    reason = "malformed"


class TimeBudgetError(InputError):
    """Coding one article ran over its time budget (checked between paragraphs and sentences,
    so the article is abandoned whole: nothing of it is output)."""

    reason = "time-budget"


class InvalidDateError(MalformedRecordError):
    reason = "bad-date"


class FieldTypeError(MalformedRecordError):
    reason = "bad-field"


class FieldTooLongError(MalformedRecordError):
    reason = "field-too-long"


class TooDeepError(MalformedRecordError):
    reason = "too-deep"


class UnstorableRecordError(InputError):
    """A coded article that passed every check but that the store could not write (a bug to
    report: the validator should have caught it). Only that article is rejected."""

    reason = "unstorable"


class KnowledgeError(EventwireError):
    """A knowledge or user dictionary file is missing or malformed."""


class ModelError(EventwireError):
    """The spaCy English pipeline cannot be loaded."""


class StoreError(EventwireError):
    """The event store cannot be opened, or a query on it fails."""


class DictionaryFormatError(KnowledgeError):
    """A line of a PETRARCH/TABARI dictionary that cannot be read: the message names file and line."""

    def __init__(self, path: str, line: int, message: str) -> None:
        self.path, self.line, self.problem = path, line, message
        super().__init__(f"{path}:{line}: {message}")

    def __reduce__(self):  # so that it crosses from a pool worker to the caller intact
        return type(self), (self.path, self.line, self.problem)
