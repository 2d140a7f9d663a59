"""The default output policy: which event mentions a researcher gets, and which are left out.

Decided on the team's real-news dev set (gold/realnews; docs/policy.md has the measurements), not
on single sentences. Everything left out is counted per article (`dropped_events`, the "left
out" line of the table) and comes back with `--all-events` (Settings.keep_all_modalities): left
out by modality it is labelled with it, left out for want of a target its target is null.

- negated, denied and hypothetical acts are not acts reported as news;
- "background": a noun event inside a background phrase or a standing relation ("sanctions over
  Russia's invasion", "is in an alliance with") is context, not a new act (events.background);
- "no target": an act aimed at no one the text names, after every way of finding its target
  (the grammar, the sentence's one other country, home for coercion and violence, the parties of
  the article's fighting). Only public statements (root 01) and force posture (15: drills,
  alerts) are complete without one. On the dev set, the others were 55 false positives against
  no true ones.
"""

from __future__ import annotations

from .events import Candidate
from .targets import TARGETLESS_OK

DEFAULT_DROP = frozenset({"negated", "denied", "hypothetical", "background"})
"""Modalities left out of the output unless `keep_all_modalities` (they are counted)."""


def left_out(c: Candidate, modality: str) -> str | None:
    """Why the mention is left out by default, or None when it is output."""
    if modality in DEFAULT_DROP:
        return modality
    if c.target is None and c.code[:2] not in TARGETLESS_OK:
        return "no target"
    return None
