"""Engines: one batch function, three ways to run it.

`code_batch(articles, settings)` codes a list of articles with the process's own `Coder` (loaded
once per process for the settings it is given, the same `Settings` as `eventwire code` builds)
and returns their JSON records; an article whose coding raises an `InputError` (a time
budget, say) comes back as `{"article": {"id"}, "rejected": {"reason", "message"}}` and the
others in its batch are coded as usual (`code_each`). The local engine runs it in-process (`jobs=1`) or on a
process pool (one model per worker process); the Ray engine runs it on Ray Data with an actor
pool (one model per actor), locally or on a cluster (`ray_address`). Results come back in input
order, with at most a few batches in flight, so memory stays flat however long the input.
"""

from __future__ import annotations

import multiprocessing as mp
from collections import deque
from collections.abc import Iterable, Iterator
from itertools import chain
from typing import Any

from ..coder import Coder, Settings
from ..errors import InputError
from ..records import Article, CodedArticle

_CODER = None


def _coder(settings: Settings | None = None) -> Coder:
    """This process's coder for these settings (loaded again only when they change)."""
    global _CODER
    settings = settings or Settings()
    if _CODER is None or _CODER.settings != settings:
        _CODER = Coder(settings)
    return _CODER


def code_each(coder, articles: Iterable[Article]
              ) -> Iterator[tuple[Article, CodedArticle | InputError]]:
    """(article, its coding or the InputError that refused it) for each article, in order,
    streaming through `coder.code_many` (batched parsing). When coding raises an InputError,
    the articles taken but not yet coded are coded again one at a time, so the error lands on
    the article that caused it alone; then the stream goes on in batches. An error from the
    input iterator itself is not an article's: it is raised."""
    source = iter(articles)
    failed: list[Exception] = []
    while True:
        taken: deque[Article] = deque()
        try:
            for coded in coder.code_many(_feed(source, taken, failed)):
                yield taken.popleft(), coded
        except InputError:
            for art in list(taken):
                try:
                    yield art, next(coder.code_many([art]))
                except InputError as exc:
                    yield art, exc
            continue
        if failed:
            raise failed[0]
        return


def _feed(source: Iterator[Article], taken: deque[Article],
          failed: list[Exception]) -> Iterator[Article]:
    """The articles of `source`, each noted in `taken` as it goes; the input's own error is
    kept in `failed` (to be raised by the caller, never blamed on an article)."""
    while True:
        try:
            art = next(source)
        except StopIteration:
            return
        except Exception as exc:
            failed.append(exc)
            return
        taken.append(art)
        yield art


def code_batch(articles: list[Article], settings: Settings | None = None
               ) -> list[dict[str, Any]]:
    out = []
    for art, result in code_each(_coder(settings), articles):
        if isinstance(result, InputError):
            out.append({"article": {"id": art.id},
                        "rejected": {"reason": result.reason, "message": str(result)}})
        else:
            out.append(result.to_dict())
    return out


def run_local(batches: Iterable[list[Article]], jobs: int, settings: Settings | None = None
              ) -> Iterator[list[dict[str, Any]]]:
    if jobs <= 1:
        for batch in batches:
            yield code_batch(batch, settings)
        return
    batches = iter(batches)
    first = next(batches, None)
    if first is None:  # nothing to code: no pool, no model loads
        return
    batches = chain([first], batches)
    ctx = mp.get_context("spawn")
    with ctx.Pool(jobs, initializer=_coder, initargs=(settings,)) as pool:
        pending: deque = deque()
        for batch in batches:
            pending.append(pool.apply_async(code_batch, (batch, settings)))
            if len(pending) >= 2 * jobs:
                yield pending.popleft().get()
        while pending:
            yield pending.popleft().get()


class _RayCoder:
    """A Ray actor: one model, many batches."""

    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings
        _coder(settings)

    def __call__(self, rows: dict[str, Any]) -> dict[str, Any]:
        import json

        arts = [Article(**json.loads(a)) for a in rows["article"]]
        return {"coded": [json.dumps(c) for c in code_batch(arts, self.settings)]}


def run_ray(batches: Iterable[list[Article]], jobs: int, address: str | None = None,
            window: int = 64, settings: Settings | None = None
            ) -> Iterator[list[dict[str, Any]]]:
    """The same batches on Ray Data: `window` batches at a time go through an actor pool of
    `jobs` actors (each loads the model once per window), so memory stays bounded."""
    import json
    import logging
    from dataclasses import asdict
    from itertools import islice

    import ray

    logging.getLogger("ray").setLevel(logging.WARNING)
    logging.getLogger("ray.data").setLevel(logging.WARNING)
    if not ray.is_initialized():
        ray.init(address=address, include_dashboard=False, log_to_driver=False,
                 ignore_reinit_error=True, logging_level=logging.WARNING,
                 num_cpus=None if address else jobs)
    ctx = ray.data.DataContext.get_current()
    ctx.enable_progress_bars = False
    it = iter(batches)
    while chunk := list(islice(it, window)):
        rows = [{"batch": n, "article": json.dumps(asdict(a))}
                for n, batch in enumerate(chunk) for a in batch]
        sizes = [len(b) for b in chunk]
        ds = ray.data.from_items(rows)
        out = ds.map_batches(_RayCoder, batch_size=max(sizes), batch_format="numpy",
                             fn_constructor_kwargs={"settings": settings},
                             compute=ray.data.ActorPoolStrategy(size=jobs))
        coded = [json.loads(r["coded"]) for r in out.take_all()]
        by_id = {c["article"]["id"]: c for c in coded}
        for batch in chunk:
            yield [by_id[a.id] for a in batch]
