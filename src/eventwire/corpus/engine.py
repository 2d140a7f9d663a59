"""Engines: one batch function, three ways to run it.

`code_batch(articles)` codes a list of articles with the process's own `Coder` (loaded once per
process) and returns their JSON records. The local engine runs it in-process (`jobs=1`) or on a
process pool (one model per worker process); the Ray engine runs it on Ray Data with an actor
pool (one model per actor), locally or on a cluster (`ray_address`). Results come back in input
order, with at most a few batches in flight, so memory stays flat however long the input.
"""

from __future__ import annotations

import multiprocessing as mp
from collections import deque
from collections.abc import Iterable, Iterator
from typing import Any

from ..records import Article

_CODER = None


def _coder():
    global _CODER
    if _CODER is None:
        from ..coder import Coder

        _CODER = Coder()
    return _CODER


def code_batch(articles: list[Article]) -> list[dict[str, Any]]:
    return [c.to_dict() for c in _coder().code_many(articles)]


def run_local(batches: Iterable[list[Article]], jobs: int) -> Iterator[list[dict[str, Any]]]:
    if jobs <= 1:
        for batch in batches:
            yield code_batch(batch)
        return
    ctx = mp.get_context("spawn")
    with ctx.Pool(jobs, initializer=_coder) as pool:
        pending: deque = deque()
        for batch in batches:
            pending.append(pool.apply_async(code_batch, (batch,)))
            if len(pending) >= 2 * jobs:
                yield pending.popleft().get()
        while pending:
            yield pending.popleft().get()


class _RayCoder:
    """A Ray actor: one model, many batches."""

    def __init__(self) -> None:
        _coder()

    def __call__(self, rows: dict[str, Any]) -> dict[str, Any]:
        import json

        arts = [Article(**json.loads(a)) for a in rows["article"]]
        return {"coded": [json.dumps(c) for c in code_batch(arts)]}


def run_ray(batches: Iterable[list[Article]], jobs: int,
            address: str | None = None) -> Iterator[list[dict[str, Any]]]:
    """The same batches on Ray Data: an actor pool of `jobs` actors."""
    import json
    from dataclasses import asdict

    import ray

    if not ray.is_initialized():
        ray.init(address=address, include_dashboard=False, log_to_driver=False,
                 ignore_reinit_error=True, num_cpus=None if address else jobs)
    for batch in batches:
        ds = ray.data.from_items([{"article": json.dumps(asdict(a))} for a in batch])
        out = ds.map_batches(_RayCoder, batch_size=max(1, len(batch) // jobs or 1),
                             concurrency=jobs, batch_format="numpy")
        yield [json.loads(r["coded"]) for r in out.take_all()]
