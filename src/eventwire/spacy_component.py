"""eventwire as a spaCy pipeline component.

    >>> import spacy
    >>> nlp = spacy.blank("en")                 # any pipeline: eventwire parses with its own
    >>> nlp.add_pipe("eventwire", config={"all_modalities": False})
    >>> doc = nlp.make_doc(text)
    >>> doc._.publication_date = "2024-03-12"   # optional, as `code --date`
    >>> doc = nlp(doc)
    >>> [(e.source.code, e.cameo.code, e.target and e.target.code) for e in doc._.events]
    >>> doc.char_span(*doc._.events[0].trigger.span)   # spans index doc.text

The factory is registered under spaCy's `spacy_factories` entry point (pyproject.toml), so
`add_pipe("eventwire")` works without importing eventwire first. The component codes
`doc.text` with a `Coder` (its own en_core_web_sm parse, the same settings as `eventwire code`)
and sets `doc._.events` (a list of `EventMention`, the spans into `doc.text`) and `doc._.coded`
(the whole `CodedArticle`: article metadata, actors, quotes, what the policy left out). Text
eventwire refuses (empty, not English, too long) raises its `InputError`, which spaCy hands to
the pipeline's error handler (`nlp.set_error_handler`) when one is set.
"""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from .budget import DEFAULT_SECONDS
from .coder import Coder, Settings

for _name in ("events", "coded", "publication_date"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


class EventwireComponent:
    """Codes each Doc's text; see the module's docstring."""

    def __init__(self, settings: Settings) -> None:
        self.coder = Coder(settings)

    def __call__(self, doc: Doc) -> Doc:
        coded = self.coder.code(doc.text, date=doc._.publication_date)
        doc._.coded = coded
        doc._.events = list(coded.events)
        return doc


@Language.factory(
    "eventwire",
    assigns=["doc._.events", "doc._.coded"],
    default_config={"all_modalities": False, "dictionaries": [],
                    "time_budget": DEFAULT_SECONDS},
)
def make_eventwire(nlp: Language, name: str, all_modalities: bool, dictionaries: list[str],
                   time_budget: float | None) -> EventwireComponent:
    """The settings of `eventwire code`: --all-modalities, --dictionary, --time-budget."""
    return EventwireComponent(Settings(keep_all_modalities=all_modalities,
                                       dictionaries=tuple(Path(d) for d in dictionaries),
                                       time_budget=time_budget or None))
