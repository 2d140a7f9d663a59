"""`eventwire ingest`: read inputs, skip what is already stored, code the rest in batches on an
engine, write each batch in one transaction, record every rejection, then rebuild the
deduplicated events table. Safe to kill at any moment and run again."""

from __future__ import annotations

import os
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import InputError
from ..guard import MAX_CHARS, Rejected
from ..records import Article
from ..store import Store
from .engine import run_local, run_ray
from .read import DEFAULT_FIELDS, Fields, read


@dataclass
class Summary:
    coded: int = 0
    skipped: int = 0
    rejected: Counter = field(default_factory=Counter)
    mentions: int = 0
    events: int = 0
    seconds: float = 0.0


def ingest(paths: list[Path], db: Path, *, jobs: int = 0, engine: str = "local",
           ray_address: str | None = None, batch_size: int = 32, fields: Fields = DEFAULT_FIELDS,
           max_chars: int = MAX_CHARS, progress=None) -> Summary:
    jobs = jobs or os.cpu_count() or 1
    summary = Summary()
    t0 = time.perf_counter()
    with Store(db) as store:
        def batches() -> Iterator[list[Article]]:
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
                    store.reject(key, item.reason, item.message)
                    summary.rejected[item.reason] += 1
                    if progress:
                        progress(1)
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

        keyed: list[list[str]] = []

        def articles_only() -> Iterator[list[Article]]:
            for b in batches():
                keyed.append([k for k, _ in b])
                yield [a for _, a in b]

        run = (run_ray(articles_only(), jobs, ray_address) if engine == "ray"
               else run_local(articles_only(), jobs))
        for coded in run:
            records = keyed.pop(0)
            store.write(coded, records)
            summary.coded += len(coded)
            summary.mentions += sum(len(c["events"]) for c in coded)
            if progress:
                progress(len(coded))
        summary.events = store.rebuild_events()
    summary.seconds = time.perf_counter() - t0
    return summary


def count_inputs(paths: list[Path]) -> int | None:
    """A cheap count of records for the progress bar (None when it cannot tell)."""
    from .read import _kind, _open, files

    total = 0
    try:
        for path in files(paths):
            kind = _kind(path)
            if kind in (".jsonl", ".csv"):
                with _open(path) as lines:
                    total += sum(1 for line in lines if line.strip()) - (kind == ".csv")
            else:
                total += 1
    except (OSError, EOFError, InputError):
        return None
    return total
