"""Export the event store: parquet, csv, jsonl (one event per line, every field), plover (PLOVER
JSON records) and gdelt (the GDELT 2.0 Events table layout, tab-separated, no header).

GDELT mapping (61 columns, in order): GLOBALEVENTID = a stable integer from our event id;
SQLDATE/MonthYear/Year/FractionDate from the event date; Actor1/Actor2 Code = our CAMEO actor
code, Name = the actor's canonical name, CountryCode = its country, Type1Code = its agent; the
known-group, ethnic, religion and other type columns are empty; IsRootEvent = 1;
EventCode/EventBaseCode/EventRootCode = our CAMEO code, its 3-digit base and its root;
QuadClass, GoldsteinScale, NumMentions, NumSources, NumArticles from the event; AvgTone is empty
(eventwire does not score tone); Actor1Geo/Actor2Geo are empty; ActionGeo holds the event's place
(type 4 for a city or region, 1 for a country; full name, country code, ADM1, lat, long,
GeoNames id as feature id); DATEADDED is the export time (YYYYMMDDHHMMSS); SOURCEURL the URL of
the first article that mentioned it.

Every field of a CSV or TSV export is on one line: tabs and line breaks in text (a URL, a
sentence, an id) become spaces, so N events are N lines (plus the CSV header).
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import TextIO

from .errors import StoreError
from .output import flat
from .store import Store

FORMATS = ("parquet", "csv", "jsonl", "plover", "gdelt")


def export(store: Store, fmt: str, out: Path | None, stream: TextIO, table: str = "events") -> int:
    if fmt in ("parquet", "csv"):
        if out is None:
            raise StoreError(f"--format {fmt} needs --output FILE")
        store.copy(table, out, fmt)
        return store.query(f"SELECT count(*) FROM {table}")[1][0][0]
    fh = out.open("w", encoding="utf-8") if out else stream
    n = 0
    try:
        if fmt == "jsonl":
            if table == "mentions":
                for row in store.iter_rows("SELECT record FROM mentions ORDER BY id"):
                    fh.write(row["record"] + "\n")
                    n += 1
            else:
                for row in store.iter_rows(f"SELECT * FROM {_table(table)} ORDER BY ALL"):
                    fh.write(json.dumps(row, default=str, ensure_ascii=False) + "\n")
                    n += 1
        elif fmt == "plover":
            for row in store.iter_rows(EVENT_ROWS):
                fh.write(json.dumps(_plover(row), default=str, ensure_ascii=False) + "\n")
                n += 1
        elif fmt == "gdelt":
            added = datetime.now(UTC).strftime("%Y%m%d%H%M%S")
            for row in store.iter_rows(EVENT_ROWS):
                fh.write("\t".join(map(flat, _gdelt(row, added))) + "\n")
                n += 1
        else:
            raise StoreError(f"unknown export format {fmt!r}")
    finally:
        if out:
            fh.close()
    return n


EVENT_ROWS = """
SELECT e.*, s.source_name, s.target_name, s.source_country, s.target_country, s.source_agent,
       s.target_agent, s.plover_mode, s.text AS sentence, s.place_feature, s.geonames_id,
       s.adm1
FROM events e JOIN (
    SELECT id, source_name, target_name, source_country, target_country, source_agent,
           target_agent, plover_mode, text,
           json_extract_string(record, '$.location.feature') AS place_feature,
           json_extract_string(record, '$.location.geonames_id') AS geonames_id,
           json_extract_string(record, '$.location.adm1') AS adm1
    FROM mentions) s ON s.id = e.mention_ids[1]
ORDER BY e.date NULLS LAST, e.id"""


def _table(name: str) -> str:
    if name not in ("events", "mentions", "articles", "actors", "quotes", "rejects"):
        raise StoreError(f"unknown table {name!r}")
    return name


def _plover(r: dict) -> dict:
    return {"id": r["id"], "date": r["date"], "event": r["plover_type"], "mode": r["plover_mode"],
            "source": [{"actorText": r["source_name"], "code": r["source_code"]}],
            "target": ([{"actorText": r["target_name"], "code": r["target_code"]}]
                       if r["target_code"] else []),
            "cameo": r["cameo"], "goldstein": r["goldstein"], "text": r["sentence"],
            "eventLoc": ({"name": r["place_name"], "country": r["place_country"],
                          "lat": r["lat"], "lon": r["lon"]} if r["place_name"] else None),
            "num_mentions": r["num_mentions"], "num_articles": r["num_articles"],
            "num_sources": r["num_sources"]}


def _gdelt(r: dict, added: str) -> list[str]:
    d = r["date"]
    day = d.strftime("%Y%m%d") if d else ""
    month = d.strftime("%Y%m") if d else ""
    year = d.strftime("%Y") if d else ""
    frac = f"{d.year + (d.timetuple().tm_yday - 1) / 365:.4f}" if d else ""
    gid = str(int(r["id"], 16) % 10**15)

    def actor(code, name, country, agent):
        return [code or "", name or "", country or "", "", "", "", "", agent or "", "", ""]

    geo_type = "" if not r["place_name"] else ("1" if r["place_feature"] == "country" else "4")
    action_geo = [geo_type, r["place_name"] or "", r["place_country"] or "", r["adm1"] or "",
                  "", _num(r["lat"]), _num(r["lon"]), r["geonames_id"] or ""]
    empty_geo = [""] * 8
    cameo = r["cameo"]
    return [gid, day, month, year, frac,
            *actor(r["source_code"], r["source_name"], r["source_country"], r["source_agent"]),
            *actor(r["target_code"], r["target_name"], r["target_country"], r["target_agent"]),
            "1", cameo, cameo[:3], cameo[:2], str(r["quad_class"]), _num(r["goldstein"]),
            str(r["num_mentions"]), str(r["num_sources"]), str(r["num_articles"]), "",
            *empty_geo, *empty_geo, *action_geo, added, r["source_url"] or ""]


def _num(x) -> str:
    return "" if x is None else f"{x:g}"
