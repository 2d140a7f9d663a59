"""A killing told with no agent is coded to an unidentified armed group of the country where it
happened (targets.unnamed_actor), unless the same sentence names the attack that did it
(events.unnamed_beside_named): then it is that attack told again.

Wire copy written by the team for these tests."""

from __future__ import annotations

DATE = "2024-03-12"


def _violence(coder, text: str) -> set[tuple[str, str | None]]:
    return {(e.source.code, e.target.code if e.target else None)
            for e in coder.code(text, date=DATE).events if e.cameo.code[:2] in ("18", "19")}


def test_a_killing_beside_a_named_airstrike_is_that_airstrike(coder):
    got = _violence(coder, "Two Syrian soldiers were killed and three others were wounded in an "
                    "Israeli airstrike near Homs, state media said.")
    assert got, "the airstrike itself is coded"
    assert all(src.startswith("ISR") for src, _ in got), got


def test_a_killing_with_no_attacker_anywhere_keeps_the_unidentified_group(coder):
    got = _violence(coder, "Two Syrian soldiers were killed near Homs, state media said.")
    assert ("SYRUAF", "SYRMIL") in got
