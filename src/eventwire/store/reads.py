"""Reading an open store: event lists and search, one event with its mentions, the dashboard's
statistics, time series (counts per actor or dyad per period) and the rows of the exports. A
mixin of `Store`, which gives it `con`, `query` and `iter_rows`."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from ..errors import StoreError
from .schema import EVENT_SUMMARY, EXPORT_EVENTS, EXPORT_MENTIONS, QUAD_CLASSES


class Reads:
    def events_sql(self, *, limit: int | None = None, offset: int = 0, sort: str = "date",
                   **filters: str | None) -> tuple[str, list]:
        """Every column of the events matching the filters (those of the HTTP API), sorted."""
        where, params = self._filters(**filters)
        order = self.SORTS.get(sort)
        if order is None:
            raise StoreError(f"unknown sort {sort!r}; use one of {', '.join(self.SORTS)}")
        sql = ("SELECT * FROM events" + (" WHERE " + " AND ".join(where) if where else "")
               + f" ORDER BY {order}, id LIMIT ? OFFSET ?")
        return sql, [*params, limit, offset]

    def events(self, *, limit: int = 50, offset: int = 0, sort: str = "date",
               **filters: str | None) -> tuple[list[str], list[tuple]]:
        """Events matching the filters (those of the HTTP API), for the command line."""
        sql, params = self.events_sql(limit=limit, offset=offset, sort=sort, **filters)
        return self.query(sql.replace("SELECT *", EVENT_SUMMARY, 1), params)

    SORTS = {"date": "date DESC NULLS LAST", "-date": "date ASC NULLS LAST",
             "mentions": "num_mentions DESC", "-mentions": "num_mentions ASC",
             "goldstein": "goldstein ASC", "-goldstein": "goldstein DESC",
             "source": "source_code ASC", "-source": "source_code DESC",
             "target": "target_code ASC NULLS LAST", "-target": "target_code DESC NULLS LAST",
             "cameo": "cameo ASC", "-cameo": "cameo DESC",
             "plover": "plover_type ASC NULLS LAST", "-plover": "plover_type DESC NULLS LAST",
             "place": "place_name ASC NULLS LAST", "-place": "place_name DESC NULLS LAST",
             "sources": "num_sources DESC", "-sources": "num_sources ASC"}

    def search(self, *, limit: int = 50, offset: int = 0, sort: str = "date",
               **filters: str | None) -> tuple[int, list[dict[str, Any]]]:
        """Events for the HTTP API: filters, pagination, sort; all values bound parameters."""
        where, params = self._filters(**filters)
        clause = " WHERE " + " AND ".join(where) if where else ""
        order = self.SORTS.get(sort)
        if order is None:
            raise StoreError(f"unknown sort {sort!r}; use one of {', '.join(self.SORTS)}")
        total = self.query(f"SELECT count(*) FROM events{clause}", params)[1][0][0]
        cols, rows = self.query(
            f"SELECT * EXCLUDE (mention_ids) FROM events{clause} ORDER BY {order}, id "
            "LIMIT ? OFFSET ?", [*params, limit, offset])
        return total, [dict(zip(cols, r, strict=True)) for r in rows]

    def event(self, event_id: str) -> dict[str, Any] | None:
        cols, rows = self.query("SELECT * FROM events WHERE id = ?", [event_id])
        if not rows:
            return None
        event = dict(zip(cols, rows[0], strict=True))
        _, mentions = self.query(
            "SELECT m.record, a.url, a.title, a.source FROM mentions m JOIN articles a ON "
            "a.id = m.article_id WHERE m.id IN (SELECT unnest(?)) ORDER BY m.id",
            [event["mention_ids"]])
        event["mentions"] = [dict(json.loads(r[0]), article_url=r[1], article_title=r[2],
                                  article_source=r[3]) for r in mentions]
        return event

    def _filters(self, *, actor: str | None = None, root: str | None = None,
                 code: str | None = None, plover: str | None = None, since: str | None = None,
                 until: str | None = None, place: str | None = None,
                 modality: str | None = None) -> tuple[list[str], list]:
        where, params = [], []
        if actor:
            where.append("(source_code LIKE ? OR target_code LIKE ?)")
            params += [actor.upper() + "%", actor.upper() + "%"]
        for col, value in (("cameo_root", root), ("cameo", code), ("plover_type", plover)):
            if value:
                where.append(f"{col} = ?")
                params.append(value.upper() if col == "plover_type" else value)
        if since:
            where.append("date >= ?")
            params.append(since)
        if until:
            where.append("date <= ?")
            params.append(until)
        if place:
            where.append("(strip_accents(place_name) ILIKE strip_accents(?) OR place_country = ?)")
            params += [f"%{place}%", place.upper()]
        if modality:
            where.append("modality = ?")
            params.append(modality)
        return where, params

    def actors_summary(self, limit: int = 100) -> list[dict[str, Any]]:
        cols, rows = self.query("""
            SELECT code, count(*) AS events, sum(num_mentions) AS mentions,
                   round(avg(goldstein), 2) AS mean_goldstein
            FROM (SELECT source_code AS code, num_mentions, goldstein FROM events
                  UNION ALL SELECT target_code, num_mentions, goldstein FROM events
                  WHERE target_code IS NOT NULL)
            GROUP BY code ORDER BY events DESC, code LIMIT ?""", [limit])
        return [dict(zip(cols, r, strict=True)) for r in rows]

    def stats(self, *, top: int = 60, **filters: str | None) -> dict[str, Any]:
        """Counts for the dashboard: by day and quad class, by PLOVER type, the `top` dyads,
        located places, and events by the country they happened in (a country-level place
        has no coordinates, so only `by_country` holds it)."""
        where, params = self._filters(**filters)
        clause = " WHERE " + " AND ".join(where) if where else ""

        def rows(sql: str, *extra: Any) -> list[dict[str, Any]]:
            cols, data = self.query(sql, [*params, *extra])
            return [dict(zip(cols, r, strict=True)) for r in data]

        return {
            "totals": rows(f"SELECT count(*) AS events, coalesce(sum(num_mentions), 0) AS "
                           f"mentions FROM events{clause}")[0],
            "articles": self.query("SELECT count(*) FROM articles")[1][0][0],
            "by_day": rows(f"SELECT date, quad_class, count(*) AS n FROM events{clause} "
                           "GROUP BY 1, 2 ORDER BY 1, 2"),
            "by_plover": rows(f"SELECT plover_type, count(*) AS n FROM events{clause} "
                              "GROUP BY 1 ORDER BY 2 DESC"),
            "dyads": rows(f"SELECT source_code, target_code, count(*) AS n, "
                          f"round(avg(goldstein), 2) AS mean_goldstein FROM events{clause}"
                          f"{' AND' if clause else ' WHERE'} target_code IS NOT NULL "
                          "GROUP BY 1, 2 ORDER BY 3 DESC, 1, 2 LIMIT ?", top),
            "places": rows(f"SELECT place_name, place_country, lat, lon, count(*) AS n "
                           f"FROM events{clause}{' AND' if clause else ' WHERE'} lat IS NOT NULL "
                           "GROUP BY 1, 2, 3, 4 ORDER BY 5 DESC, 1, 2 LIMIT 300"),
            "by_country": rows(f"SELECT place_country, count(*) AS n FROM events{clause}"
                               f"{' AND' if clause else ' WHERE'} place_country IS NOT NULL "
                               "GROUP BY 1 ORDER BY 2 DESC, 1"),
        }

    SERIES_BY = ("actor", "dyad")
    SERIES_EVERY = {"day": ("day", "INTERVAL 1 DAY"), "week": ("week", "INTERVAL 7 DAY"),
                    "month": ("month", "INTERVAL 1 MONTH")}

    def series(self, *, by: str = "dyad", every: str = "week", fill: bool = True,
               top: int | None = None, limit: int | None = None,
               **filters: str | None) -> tuple[list[str], list[tuple]]:
        """`series_sql`'s table as column names and rows (its first `limit` rows only)."""
        return self.query(*self.series_sql(by=by, every=every, fill=fill, top=top, limit=limit,
                                           **filters))

    def series_sql(self, *, by: str = "dyad", every: str = "week", fill: bool = True,
                   top: int | None = None, limit: int | None = None,
                   **filters: str | None) -> tuple[str, list]:
        """Counts per actor or dyad per period, the table event-data studies start from: one
        row per key (`actor`, or `source_code` and `target_code`) and period (named by its
        first day; weeks start on Monday) with `events`, `mentions` (the sum of num_mentions),
        `goldstein_sum` and the quad-class counts. An event counts once for each distinct actor
        on it (`as_source`, `as_target` say on which side); dyads are the events with a target;
        undated events are left out. With `fill`, every key has a row for every period from
        the first to the last (`since`/`until` when given), zeros where nothing happened; `top`
        keeps the keys with the most events; `limit` stops after that many rows (a filled
        series of many keys over many days is keys x periods rows: the HTTP API asks for one
        more than it will answer with, and never holds the rest). Filters as `events`."""
        last = (" LIMIT ?", [limit]) if limit is not None else ("", [])
        if by not in self.SERIES_BY:
            raise StoreError(f"unknown series key {by!r}; use one of {', '.join(self.SERIES_BY)}")
        if every not in self.SERIES_EVERY:
            raise StoreError(f"unknown period {every!r}; use one of "
                             f"{', '.join(self.SERIES_EVERY)}")
        unit, step = self.SERIES_EVERY[every]
        where, params = self._filters(**filters)
        where.append("date IS NOT NULL")
        measures = ["events", "mentions", "goldstein_sum", *QUAD_CLASSES.values()]
        counts = ["count(*)", "CAST(coalesce(sum(num_mentions), 0) AS BIGINT)",
                  "coalesce(round(sum(goldstein), 2), 0)",
                  *(f"count(*) FILTER (WHERE quad_class = {q})" for q in QUAD_CLASSES)]
        if by == "dyad":
            keys, rows = "source_code, target_code", "events"
            where.append("target_code IS NOT NULL")
        else:
            keys = "actor"
            rows = ("(SELECT *, unnest(list_distinct(list_value(source_code, target_code))) "
                    "AS actor FROM events)")
            measures[1:1] = ["as_source", "as_target"]
            counts[1:1] = ["count(*) FILTER (WHERE actor = source_code)",
                           "count(*) FILTER (WHERE actor = target_code)"]
            if filters.get("actor"):  # the actors asked for, not their counterparts too
                where.append("actor LIKE ?")
                params.append(str(filters["actor"]).upper() + "%")
        chosen = "SELECT * FROM sums"
        if top is not None:
            chosen += (f" SEMI JOIN (SELECT {keys} FROM sums GROUP BY ALL ORDER BY sum(events) "
                       f"DESC, {keys} LIMIT ?) USING ({keys})")
            params.append(top)
        sql = f"""
            WITH picked AS (SELECT date_trunc('{unit}', date)::DATE AS period, * FROM {rows}
                            WHERE {' AND '.join(where)}),
            sums AS (SELECT {keys}, period, {', '.join(f'{c} AS {m}' for c, m in
                                                       zip(counts, measures, strict=True))}
                     FROM picked GROUP BY ALL),
            chosen AS ({chosen})"""
        if not fill:
            return sql + f" SELECT {keys}, period, {', '.join(measures)} FROM chosen " \
                "ORDER BY ALL" + last[0], params + last[1]
        sql += f""",
            span AS (SELECT date_trunc('{unit}', coalesce(CAST(? AS DATE), min(period)))::DATE
                     AS first, date_trunc('{unit}', coalesce(CAST(? AS DATE), max(period)))::DATE
                     AS last FROM chosen),
            periods AS (SELECT unnest(generate_series(first, last, {step}))::DATE AS period
                        FROM span WHERE first IS NOT NULL)
            SELECT {keys}, period, {', '.join(f'coalesce({m}, 0) AS {m}' for m in measures)}
            FROM (SELECT DISTINCT {keys} FROM chosen) CROSS JOIN periods
            LEFT JOIN chosen USING ({keys}, period) ORDER BY ALL{last[0]}"""
        return sql, [*params, filters.get("since"), filters.get("until"), *last[1]]

    def export_events(self) -> Iterator[dict[str, Any]]:
        """Every event with its representative mention (the full record as `mention`), its
        article (`article_date`, `article_url`, `article_source`) and `added`, when its first
        article was stored: the rows of the GDELT and PLOVER exports, in date order."""
        return self.iter_rows(EXPORT_EVENTS)

    def export_mentions(self) -> Iterator[dict[str, Any]]:
        """Every mention with its event (`event_id`, `event_added`) and its article (`url`,
        `source`, `title`, `chars`, `coded_at`): the rows of the GDELT Mentions export."""
        return self.iter_rows(EXPORT_MENTIONS)
