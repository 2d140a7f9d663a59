"""`eventwire ingest`: read inputs, validate each record, skip what is already stored, code the
rest in batches on an engine, write each batch in one transaction together with the events its
mentions belong to, and record every rejection. Safe to kill at any moment and run again.

Nothing one record does can cost the others: a record that fails validation or coding is a
`rejects` row; a batch the store refuses is written again article by article, so only the
article that cannot be stored is rejected (`unstorable`) and the rest are kept.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import suppress
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

from ..coder import Settings
from ..errors import StoreError
from ..guard import Rejected
from ..records import Article
from ..store import Store
from .engine import code_keyed, code_part, run_pool, run_ray
from .read import DEFAULT_FIELDS, Fields, read

SHOWN_REJECTS = 20
"""How many rejection messages a summary keeps for printing (all are in the rejects table)."""


@dataclass
class Summary:
    coded: int = 0
    skipped: int = 0
    rejected: Counter = field(default_factory=Counter)
    mentions: int = 0
    events: int = 0
    seconds: float = 0.0
    messages: list[str] = field(default_factory=list)  # the first SHOWN_REJECTS rejections
    rebuilt: bool = False  # the events table disagreed with the mentions and was rebuilt
    nodes: set[str] = field(default_factory=set)  # the Ray nodes that coded (engine "ray")
    worker_rss_mb: float = 0.0  # the largest peak RSS of a worker (a pool's or Ray's)


def ingest(paths: list[Path], db: Path, *, jobs: int = 0, engine: str = "local",
           ray_address: str | None = None, parts: Path | None = None, batch_size: int = 32,
           fields: Fields = DEFAULT_FIELDS, settings: Settings | None = None,
           progress=None) -> Summary:
    """Code `paths` into the store at `db` with `settings` (the coder's: dictionaries, policy,
    size limit, time budget; the same as `eventwire code` builds), on `jobs` processes (Ray:
    actors, all the cluster's CPUs when 0). With several processes or Ray the workers write
    Parquet parts that this process registers: Ray's in `parts` (default `<db>.parts`), the
    pool's in a temporary folder (in `parts` when given)."""
    settings = settings or Settings()
    max_chars = settings.max_chars
    jobs = jobs or (0 if engine == "ray" else os.cpu_count() or 1)  # ray: the cluster's CPUs
    summary = Summary()
    t0 = time.perf_counter()
    with Store(db) as store:
        if not store.events_consistent():  # a store written by an older version
            store.rebuild_events()
            summary.rebuilt = True

        def reject(key: str, reason: str, message: str) -> None:
            store.reject(key, reason, message)
            summary.rejected[reason] += 1
            if len(summary.messages) < SHOWN_REJECTS:
                summary.messages.append(message)
            if progress:
                progress(1)

        def batches() -> Iterator[list[tuple[str, Article]]]:
            batch: list[Article] = []
            keys: dict[str, str] = {}
            pending: list[tuple[str, Article]] = []

            def flush():
                fresh = store.known(a.id for _, a in pending)
                out = []
                for key, art in pending:
                    if art.id in fresh or art.id in keys:
                        summary.skipped += 1
                        if progress:
                            progress(1)
                        continue
                    keys[art.id] = key
                    out.append(art)
                pending.clear()
                return out

            for key, item in read(paths, fields=fields, max_chars=max_chars):
                if isinstance(item, Rejected):
                    reject(key, item.reason, item.message)
                    continue
                pending.append((key, item))
                if len(pending) >= batch_size:
                    batch.extend(flush())
                    while len(batch) >= batch_size:
                        yield [(keys[a.id], a) for a in batch[:batch_size]]
                        batch = batch[batch_size:]
            batch.extend(flush())
            if batch:
                yield [(keys[a.id], a) for a in batch]

        def refused(rejected: list[dict[str, Any]]) -> None:
            for why in rejected:
                reject(why["record"], why["reason"], _named(why["record"], why["message"]))

        def stored(events: int) -> None:
            summary.coded += 1
            summary.mentions += events
            if progress:
                progress(1)

        def register(result: dict[str, Any]) -> None:
            """Take in a worker's result (`engine.code_part`): its rejections, then its part."""
            if "node" in result:
                summary.nodes.add(result["node"])
            summary.worker_rss_mb = max(summary.worker_rss_mb, result["rss_mb"])
            refused(result["rejected"])
            if result["part"] is None:
                return
            part = Path(result["part"])
            for aid in register_part(store, part, reject):
                stored(result["events"][aid])
            shutil.rmtree(part, ignore_errors=True)

        if engine == "ray":
            folder = parts or db.with_name(db.name + ".parts")
            for result in run_ray(batches(), jobs, folder, ray_address, settings=settings):
                register(result)
            with suppress(OSError):  # the folder, once every part in it is registered
                folder.rmdir()
        elif jobs > 1:  # the pool's workers write parts too: the parent only registers them
            if parts:
                parts.mkdir(parents=True, exist_ok=True)
            with tempfile.TemporaryDirectory(prefix="eventwire-parts-", dir=parts) as folder:
                for result in run_pool(partial(code_part, folder=folder, settings=settings),
                                       batches(), jobs, settings):
                    register(result)
        else:
            for keyed in batches():
                coded, rejected = code_keyed(keyed, settings)
                refused(rejected)
                for doc in write_batch(store, [d for _, d in coded], [k for k, _ in coded],
                                       reject):
                    stored(len(doc["events"]))
        summary.events = store.count("events")
    summary.seconds = time.perf_counter() - t0
    return summary


def write_batch(store: Store, docs: list[dict[str, Any]], keys: list[str],
                reject) -> list[dict[str, Any]]:
    """Write a batch in one transaction; if the store refuses it, write its articles one by one
    and reject (`reject(key, reason, message)`) only those it refuses. Returns what was stored.
    A store that cannot even record a rejection raises StoreError: that is no record's fault."""
    if not docs:
        return []
    try:
        store.write(docs, keys)
        return docs
    except StoreError as exc:
        if len(docs) == 1:
            reject(keys[0], "unstorable", f"{keys[0]}: the event store refused this article "
                   f"({exc}); please report it with the record")
            return []
    stored: list[dict[str, Any]] = []
    for doc, key in zip(docs, keys, strict=True):
        stored.extend(write_batch(store, [doc], [key], reject))
    return stored


def register_part(store: Store, part: Path, reject) -> list[str]:
    """Register a worker's Parquet part in one transaction; if the store refuses it, register
    its articles one by one and reject only those it refuses, as `write_batch` does. Returns the
    ids of the articles added (none that the store already held)."""
    try:
        return store.register_part(part)
    except StoreError:
        pass
    added: list[str] = []
    for aid, key in store.part_articles(part):
        try:
            added.extend(store.register_part(part, only=[aid]))
        except StoreError as exc:
            reject(key, "unstorable", f"{key}: the event store refused this article ({exc}); "
                   "please report it with the record")
    return added


def _named(key: str, message: str) -> str:
    """A coding-time rejection message that names the input record."""
    return message if message.startswith(key) else f"{key}: {message}"
