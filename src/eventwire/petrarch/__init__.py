"""PETRARCH/TABARI compatibility: readers for their dictionary formats (`readers`), the dictionary
set a run codes with (`dictionaries`), their entries joined into eventwire's knowledge (`join`),
their pattern semantics on our dependency parse (`phrases`, `engine`, and `coder` for whole
articles), and scoring on their validation XML (`suite`). See docs/petrarch.md.
"""

from .dictionaries import PetrarchDictionaries, is_petrarch, load_dictionaries
from .readers import PetrarchFormatError

__all__ = ["PetrarchDictionaries", "PetrarchFormatError", "is_petrarch", "load_dictionaries"]
