"""A per-article time budget, checked cooperatively by the coder between stages, paragraphs and
sentences (no threads, no signals): an article that runs over it is abandoned with a
`TimeBudgetError`, whose reason slug `time-budget` lands in `rejects`."""

from __future__ import annotations

import time

from .errors import TimeBudgetError

DEFAULT_SECONDS = 60.0
"""Seconds of coding per article. Ordinary news (under 10,000 characters) takes well under a
second; an article at the default size limit (500,000 characters) 14 to 23 seconds on one core
of the project's 2-core machine, whatever its shape (bench/bench_cost.py): the default leaves
room for a slower machine and still frees a worker that something unforeseen has stalled."""


class Budget:
    """The clock of one article: started when the coder takes the article up."""

    __slots__ = ("article_id", "seconds", "deadline")

    def __init__(self, article_id: str, seconds: float | None) -> None:
        self.article_id = article_id
        self.seconds = seconds
        self.deadline = None if seconds is None else time.perf_counter() + seconds

    def check(self, where: str) -> None:
        """Raise TimeBudgetError if the article is over its budget; `where` says how far it got."""
        if self.deadline is not None and time.perf_counter() > self.deadline:
            raise TimeBudgetError(
                f"coding took longer than the time budget of {self.seconds:g} s ({where}); "
                "split the article or raise --time-budget", record=self.article_id)
