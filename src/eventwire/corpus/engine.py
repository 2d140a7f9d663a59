"""Engines: one batch function, three ways to run it.

`code_batch(articles, settings)` codes a list of articles with the process's own `Coder` (loaded
once per process for the settings it is given, the same `Settings` as `eventwire code` builds)
and returns their JSON records; an article whose coding raises an `InputError` (a time
budget, say) comes back as `{"article": {"id"}, "rejected": {"reason", "message"}}` and the
others in its batch are coded as usual (`code_each`). `code_part` codes a batch the same way and
writes it as a Parquet part (`store.write_part`), returning only what the driver needs to
register it. The local engine codes in-process (`jobs=1`) or runs `code_part` on a process pool
(`run_pool`, one model per worker process); the Ray engine runs `code_part` on one pool of Ray actors that
lives for the whole run (one model per actor), locally or on a cluster (`ray_address`). With a
pool or Ray the workers write the parts and the driver only registers them in the store, so
the driver is no bottleneck. Results come back in input order, with at most a few batches in
flight, so memory stays flat however long the input.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import resource
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import suppress
from itertools import chain
from pathlib import Path
from typing import Any

from ..coder import Coder, Settings
from ..errors import EventwireError, InputError
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


def _warm(settings: Settings | None) -> None:
    """A pool worker's start: load its coder. An error is left for the worker's first batch
    to raise in the caller (`code_batch` loads the coder again): a worker that died in the
    pool's initializer would be replaced by another, and that one too, for ever."""
    with suppress(EventwireError):
        _coder(settings)


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


def code_part(keyed: list[tuple[str, Article]], folder: str,
              settings: Settings | None = None) -> dict[str, Any]:
    """Code a batch of (record key, article) with this process's coder and write the articles
    coded as a Parquet part in `folder` (`store.write_part`). What comes back is small: the part
    (None when nothing was coded), each article's number of events, the rejections (with their
    record keys) and this process's peak RSS in MB."""
    from ..store import write_part

    coded, rejected = code_keyed(keyed, settings)
    part = (write_part(Path(folder), [d for _, d in coded], [key for key, _ in coded])
            if coded else None)
    return {"part": str(part) if part else None,
            "events": {d["article"]["id"]: len(d["events"]) for _, d in coded},
            "rejected": rejected, "rss_mb": peak_rss_mb()}


def code_keyed(keyed: list[tuple[str, Article]], settings: Settings | None = None
               ) -> tuple[list[tuple[str, dict[str, Any]]], list[dict[str, Any]]]:
    """Code a batch of (record key, article): the (key, record) of each article coded, and
    each rejection as {"reason", "message", "record": key}."""
    coded, rejected = [], []
    for (key, _), d in zip(keyed, code_batch([art for _, art in keyed], settings), strict=True):
        if "rejected" in d:
            rejected.append(dict(d["rejected"], record=key))
        else:
            coded.append((key, d))
    return coded, rejected


def run_pool(task: Callable[[list], Any], batches: Iterable[list], jobs: int,
             settings: Settings | None = None) -> Iterator[Any]:
    """`task(batch)` for each batch, in input order, on a pool of `jobs` worker processes, each
    loading the coder for `settings` once. `task` is sent to the workers: a module-level
    function, or a `functools.partial` of one (such as `partial(code_part, folder=...,
    settings=...)`). At most two batches per worker are in flight."""
    batches = iter(batches)
    first = next(batches, None)
    if first is None:  # nothing to code: no pool, no model loads
        return
    batches = chain([first], batches)
    ctx = mp.get_context("spawn")
    with ctx.Pool(jobs, initializer=_warm, initargs=(settings,)) as pool:
        pending: deque = deque()
        for batch in batches:
            pending.append(pool.apply_async(task, (batch,)))
            if len(pending) >= 2 * jobs:
                yield pending.popleft().get()
        while pending:
            yield pending.popleft().get()


class PartCoder:
    """A Ray actor, alive for the whole run: one model, many batches, each coded to a Parquet
    part in a folder the driver can read (`code_part`); its result also names the node."""

    def __init__(self, folder: str, settings: Settings | None = None) -> None:
        self.folder = folder
        self.settings = settings
        _coder(settings)

    def code(self, keyed: list[tuple[str, Article]]) -> dict[str, Any]:
        import ray

        return dict(code_part(keyed, self.folder, self.settings),
                    node=ray.get_runtime_context().get_node_id())


def peak_rss_mb(pid: int | str = "self") -> float:
    """A process's peak resident memory in MB (Linux: VmHWM, which, unlike getrusage, does not
    count the memory of the process it was forked from before it exec'd)."""
    try:
        with open(f"/proc/{pid}/status") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024 if pid == "self" else 0.0


def run_ray(batches: Iterable[list[tuple[str, Article]]], jobs: int, folder: Path,
            address: str | None = None, settings: Settings | None = None
            ) -> Iterator[dict[str, Any]]:
    """Batches of (record key, article) coded by one pool of `jobs` Ray actors (all the CPUs of
    the cluster when 0) that lives for the whole run, each loading the model once (for
    `settings`, the coder's, as `eventwire code` builds them). Batches
    stream: each actor has at most two waiting, so memory stays flat however long the input.
    Workers write their output to Parquet parts in `folder` (which a cluster's nodes must all
    reach) and each result (`PartCoder.code`) comes back in input order for the driver to
    register. A Ray started here (no `address`) is shut down at the end."""
    import logging

    import ray

    logging.getLogger("ray").setLevel(logging.WARNING)
    batches = iter(batches)
    first = next(batches, None)
    if first is None:  # nothing to code: no cluster, no model loads
        return
    folder.mkdir(parents=True, exist_ok=True)
    started = not ray.is_initialized()
    if started:
        ray.init(address=address, include_dashboard=False, log_to_driver=False,
                 logging_level=logging.WARNING,
                 num_cpus=None if address else (jobs or os.cpu_count() or 1))
    try:
        jobs = jobs or max(1, int(ray.cluster_resources().get("CPU", 1)))
        actor = ray.remote(num_cpus=1)(PartCoder)
        pool = [actor.remote(str(folder.resolve()), settings) for _ in range(jobs)]
        load = [0] * jobs  # batches waiting on each actor
        owner: dict[Any, int] = {}
        pending: deque = deque()  # result refs in input order
        for batch in chain([first], batches):
            while min(load) >= 2:
                _settle(ray, owner, load)
            n = load.index(min(load))
            ref = pool[n].code.remote(batch)
            owner[ref], load[n] = n, load[n] + 1
            pending.append(ref)
            while pending and pending[0] not in owner:
                yield ray.get(pending.popleft())
        while pending:
            if pending[0] in owner:
                _settle(ray, owner, load)
                continue
            yield ray.get(pending.popleft())
    finally:
        if started:
            ray.shutdown()


def _settle(ray, owner: dict, load: list[int]) -> None:
    """Wait for one running batch to finish and free its actor's slot."""
    [done], _ = ray.wait(list(owner), num_returns=1)
    load[owner.pop(done)] -= 1
