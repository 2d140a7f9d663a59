"""The default output policy: which event mentions a researcher gets, and which are left out.

Decided on the team's real-news dev set (gold/realnews, docs/policy.md has the figures), not on
single sentences. Everything left out is counted per article (`dropped_events`) and comes back,
labelled, with `--all-modalities` (Settings.keep_all_modalities):

- modality: negated, denied and hypothetical acts, and noun events that are background to their
  sentence ("sanctions over Russia's invasion", "is in an alliance with") are not acts reported
  as news;
- "no target": an act aimed at no one the text names. Only statements (CAMEO root 01) are news
  on their own; everything else with no target in our dev set was either someone's act whose
  counterpart we could not find or not an event at all;
- "no country": an actor known only by its role ("the army", "students") whose country neither
  the sentence nor the article tells. Coded as a bare role it can never be placed on a map or in
  a dyad, so it is counted, not output.
"""

from __future__ import annotations

from .events import TARGETLESS_OK, Candidate

DEFAULT_DROP = frozenset({"negated", "denied", "hypothetical", "background"})
"""Modalities left out of the output unless `keep_all_modalities` (they are counted)."""

TARGETLESS_ROOTS = TARGETLESS_OK
"""CAMEO roots whose events are output without a target: public statements."""

INTERNATIONAL = ("IGO", "NGO", "IMG", "MNC", "UAF")
"""Actor code prefixes that need no country."""


def _placed(actor) -> bool:
    return bool(actor.country) or actor.code.startswith(INTERNATIONAL)


def left_out(c: Candidate, modality: str) -> str | None:
    """Why the mention is left out by default, or None when it is output."""
    if modality in DEFAULT_DROP:
        return modality
    import os
    v = os.environ.get("EW_POLICY", "noun")
    if c.target is None and c.code[:2] not in TARGETLESS_ROOTS:
        is_verb = c.trigger.pos_ == "VERB"
        if v == "all" or (v == "noun" and not is_verb):
            return "no target"
    return None
