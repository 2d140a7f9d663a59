"""Shared checks for the sentence → events tables (tests/test_events.py and
tests/test_lexicon_coverage.py).

An expected actor is matched on its full code when it has more than three letters (RUSMIL) and on
its country otherwise; "*" accepts any target and None demands no target. Expected CAMEO values of
two digits are roots; longer ones are exact codes.
"""

from __future__ import annotations

DATE = "2024-05-06"


def actor_ok(want: str | None, got) -> bool:
    if want == "*":
        return True
    if want is None:
        return got is None
    if got is None:
        return False
    return got.code == want if len(want) > 3 else (got.country or got.code[:3]) == want


def has(events, source, cameo, target) -> bool:
    """Whether some event has this source, CAMEO root or code, and target."""
    for e in events:
        code_ok = e.cameo.root == cameo if len(cameo) == 2 else e.cameo.code == cameo
        if code_ok and actor_ok(source, e.source) and actor_ok(target, e.target):
            return True
    return False


def acts(coder_all, text: str) -> list:
    """The events of `text` that are reported as acts, whether or not they name a target: what the
    lexicon and the grammar find, before the default policy leaves out the untargeted ones."""
    from eventwire.policy import DEFAULT_DROP

    return [e for e in coder_all.code(text, date=DATE).events if e.modality not in DEFAULT_DROP]


def show(events) -> str:
    """The events in one line, for assertion messages."""
    return "; ".join(f"{e.source.code}-{e.cameo.code}->{e.target.code if e.target else '-'}"
                     f" [{e.trigger.text}]" for e in events) or "no events"
