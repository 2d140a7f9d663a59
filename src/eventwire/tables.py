"""Python access to an event store: its tables, filtered events and time series as Arrow tables,
pandas or polars DataFrames.

    >>> import eventwire
    >>> with eventwire.open_store("events.duckdb") as store:
    ...     events = store.events(actor="RUS", root="19", since="2022-02-24").to_pandas()
    ...     weekly = store.series(by="dyad", every="week").to_polars()   # polars, if installed
    ...     mentions = store.table("mentions").to_arrow()
    ...     roots = store.sql("SELECT cameo_root, count(*) AS n FROM events GROUP BY 1").to_pandas()

The store is opened sealed (read-only, no files, no network: store.SEALED), as `eventwire query`
and the HTTP API open it. Every result keeps DuckDB's column types: text columns are strings
(CAMEO codes such as "0256" and roots such as "04" are never read as numbers), dates are dates.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import EventwireError
from .store import Store


@dataclass(frozen=True, slots=True)
class Frame:
    """One result, held as a pyarrow Table; converted on request."""

    arrow: Any  # pyarrow.Table

    @property
    def columns(self) -> list[str]:
        return list(self.arrow.column_names)

    def __len__(self) -> int:
        return self.arrow.num_rows

    def to_arrow(self):
        """The pyarrow Table itself."""
        return self.arrow

    def to_pandas(self):
        """A pandas DataFrame (text columns as strings, dates as `datetime.date`)."""
        return self.arrow.to_pandas()

    def to_polars(self):
        """A polars DataFrame; needs polars installed (`pip install polars`)."""
        try:
            import polars
        except ModuleNotFoundError:
            raise EventwireError("polars is not installed: `pip install polars`, or use "
                                 "to_pandas() or to_arrow()") from None
        return polars.from_arrow(self.arrow)

    def to_pylist(self) -> list[dict[str, Any]]:
        """One dict per row."""
        return self.arrow.to_pylist()


class EventStore:
    """A store opened for reading from Python; use `open_store(path)`."""

    def __init__(self, path: str | Path) -> None:
        self._store = Store(path, sealed=True)

    def close(self) -> None:
        self._store.close()

    def __enter__(self) -> EventStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def table(self, name: str) -> Frame:
        """A whole table: events, mentions, articles, actors, quotes or rejects."""
        return Frame(self._store.table(name))

    def events(self, *, limit: int | None = None, offset: int = 0, sort: str = "date",
               **filters: str | None) -> Frame:
        """Events matching the filters of `eventwire events` and GET /api/events (actor, root,
        code, plover, since, until, place, modality), every column, sorted (date, -date,
        mentions, goldstein, -goldstein); all of them unless `limit`."""
        return Frame(self._store.arrow(*self._store.events_sql(
            limit=limit, offset=offset, sort=sort, **filters)))

    def series(self, *, by: str = "dyad", every: str = "week", fill: bool = True,
               top: int | None = None, **filters: str | None) -> Frame:
        """Counts, Goldstein sums and quad-class counts per actor or dyad per day, week or
        month, as `eventwire series` (periods with no events filled with zeros unless
        `fill=False`)."""
        return Frame(self._store.arrow(*self._store.series_sql(
            by=by, every=every, fill=fill, top=top, **filters)))

    def sql(self, query: str, params: list | None = None) -> Frame:
        """Read-only SQL on the store's tables, with bound parameters (`?`)."""
        return Frame(self._store.arrow(query, params))


def open_store(path: str | Path) -> EventStore:
    """Open an event store for reading: `open_store("events.duckdb").events().to_pandas()`."""
    return EventStore(path)
