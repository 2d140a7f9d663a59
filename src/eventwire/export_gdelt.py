"""GDELT 2.0 exports: the Events table (61 columns) and the Mentions table (16 columns), tab
separated, no header, in GDELT's column order and conventions, so GDELT tooling reads them.
docs/exports.md gives every column's source; `EVENTS_SCHEMA` and `MENTIONS_SCHEMA` are the column
names and types of GDELT's codebooks.

The conventions kept:
- GLOBALEVENTID is a positive integer: the first 15 hex digits of our 16-hex-digit event id
  (`global_event_id`); `event_id_prefix` turns it back into that prefix, and the Mentions
  export's Extras column carries our full event and mention ids.
- Geography uses FIPS 10-4 country codes; ADM1Code is the FIPS country code followed by the
  GeoNames first-level code (GeoNames' admin-1 codes are FIPS codes for most countries), or the
  country code alone when the first-level division is not known; Geo_Type is 1 for a country
  (with its centroid), 2 for a US state, 3 for a US city, 4 for another city, 5 for another
  first-level division or region; FeatureID is the GeoNames id of a city, the FIPS code of a
  country, the ADM1 code of a division.
- Actor1Geo and Actor2Geo: a capital or city that stands for the actor ("Kigali accused
  ...", the GeoNames city of that name in the actor's country) at city level; else the actor's
  country at country level, with its centroid; empty for an international actor.
- SQLDATE is never empty: an event's date is its mention's own day, else its article's
  publication date (docs/store.md); an event with neither is left out and counted.
- IsRootEvent is 1 when the event's first report has it in the article's lead sentence (the
  first sentence after the headline and dateline), as GDELT flags events of the lead.
- KnownGroupCode and Type codes come from the actor code's parts (`export_codes.actor_parts`):
  IGOUNO is known group UNO of type IGO.
- DATEADDED (and the Mentions' time stamps) is when the event's first article was stored in
  the event store, so the same store always exports the same bytes.
- SOURCEURL is the URL of the first article that reported the event; an article without a URL
  is cited as `eventwire:article/<article id>`.
- AvgTone, MentionDocTone and the ethnic and religion codes are empty: eventwire scores no tone
  and codes no ethnicity or religion.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, datetime
from typing import Any

from .export_codes import actor_parts, centroid, city_of, codes, country_name, fips
from .output import flat

EVENTS_SCHEMA: list[tuple[str, str]] = [
    ("GLOBALEVENTID", "BIGINT"), ("SQLDATE", "INTEGER"), ("MonthYear", "INTEGER"),
    ("Year", "INTEGER"), ("FractionDate", "DOUBLE"),
    *[(f"Actor{n}{f}", "VARCHAR") for n in (1, 2) for f in (
        "Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
        "Religion2Code", "Type1Code", "Type2Code", "Type3Code")],
    ("IsRootEvent", "INTEGER"), ("EventCode", "VARCHAR"), ("EventBaseCode", "VARCHAR"),
    ("EventRootCode", "VARCHAR"), ("QuadClass", "INTEGER"), ("GoldsteinScale", "DOUBLE"),
    ("NumMentions", "INTEGER"), ("NumSources", "INTEGER"), ("NumArticles", "INTEGER"),
    ("AvgTone", "DOUBLE"),
    *[(f"{g}Geo_{f}", t) for g in ("Actor1", "Actor2", "Action") for f, t in (
        ("Type", "INTEGER"), ("FullName", "VARCHAR"), ("CountryCode", "VARCHAR"),
        ("ADM1Code", "VARCHAR"), ("ADM2Code", "VARCHAR"), ("Lat", "DOUBLE"),
        ("Long", "DOUBLE"), ("FeatureID", "VARCHAR"))],
    ("DATEADDED", "BIGINT"), ("SOURCEURL", "VARCHAR"),
]
"""The 61 columns of GDELT 2.0's Events table with their published types (INTEGER ids and
time stamps written as 64-bit integers)."""

MENTIONS_SCHEMA: list[tuple[str, str]] = [
    ("GLOBALEVENTID", "BIGINT"), ("EventTimeDate", "BIGINT"), ("MentionTimeDate", "BIGINT"),
    ("MentionType", "INTEGER"), ("MentionSourceName", "VARCHAR"),
    ("MentionIdentifier", "VARCHAR"), ("SentenceID", "INTEGER"),
    ("Actor1CharOffset", "INTEGER"), ("Actor2CharOffset", "INTEGER"),
    ("ActionCharOffset", "INTEGER"), ("InRawText", "INTEGER"), ("Confidence", "INTEGER"),
    ("MentionDocLen", "INTEGER"), ("MentionDocTone", "DOUBLE"),
    ("MentionDocTranslationInfo", "VARCHAR"), ("Extras", "VARCHAR"),
]
"""The 16 columns of GDELT 2.0's Mentions table with their published types."""

NAMED = frozenset({"name", "title", "metonym", "person", "organisation", "agent"})
"""`how` values of an actor named in its own sentence (GDELT's InRawText)."""


def global_event_id(event_id: str) -> int:
    """GLOBALEVENTID of one of our event ids: its first 15 hex digits as an integer (60 bits,
    so always a positive 64-bit integer)."""
    return int(event_id[:15], 16)


def event_id_prefix(global_id: int) -> str:
    """The first 15 hex digits of the event id a GLOBALEVENTID was made from:
    `SELECT * FROM events WHERE starts_with(id, prefix)`."""
    return format(global_id, "015x")


def source_url(url: str | None, article_id: str) -> str:
    return url or f"eventwire:article/{article_id}"


def _stamp(t: datetime | None) -> str:
    return t.strftime("%Y%m%d%H%M%S") if t else ""


def _num(x: Any) -> str:
    return "" if x is None else f"{x:g}"


def _fraction(d: date) -> str:
    return f"{d.year + (d.timetuple().tm_yday - 1) / 365:.4f}"


def _country_geo(iso3: str | None) -> list[str]:
    code = fips(iso3)
    if not code:
        return [""] * 8
    lat_lon = centroid(iso3)
    return ["1", country_name(iso3) or "", code, code, "",
            _num(lat_lon[0]) if lat_lon else "", _num(lat_lon[1]) if lat_lon else "", code]


def place_geo(loc: dict[str, Any] | None) -> list[str]:
    """The 8 Geo_ columns of a location record (docs/event-record.md)."""
    if not loc or not loc.get("country"):
        return [""] * 8
    if loc.get("feature") == "country":
        return _country_geo(loc["country"])
    code = codes()["fips_places"].get(loc.get("name")) or fips(loc["country"])
    us = code == "US"
    adm1 = loc.get("adm1") or ""
    kind = loc.get("feature") or ""
    # "place": a town the gazetteer lacks, in the country the sentence names ("Kabamba, Congo")
    city = loc.get("geonames_id") is not None or "city" in kind or kind == "place"
    # a GeoNames admin-1 code is short (06, CA); an ISO 3166-2 code (UA-14) is no FIPS code,
    # except a US state's (US-TX), whose suffix is the postal code GDELT uses (USTX)
    if adm1 and "-" in adm1:
        adm1 = adm1.split("-", 1)[1] if us else ""
    adm1_code = code + adm1
    geo_type = ("3" if us else "4") if city else ("2" if us else "5")
    feature = str(loc["geonames_id"]) if loc.get("geonames_id") is not None else adm1_code
    return [geo_type, loc.get("name") or "", code, adm1_code, "", _num(loc.get("lat")),
            _num(loc.get("lon")), feature]


def actor_geo(actor: dict[str, Any] | None, loc: dict[str, Any] | None) -> list[str]:
    """Where an actor is: the event's place when that place stands for the actor (a capital
    named as the actor), else the actor's country; empty for an international actor."""
    if not actor:
        return [""] * 8
    if loc and loc.get("as_actor") and loc.get("text") == actor.get("text"):
        return place_geo(loc)
    city = city_of(actor.get("text"), actor.get("country")) if actor.get("how") == "metonym" \
        else None
    if city:
        return place_geo(city)
    parts = actor_parts(actor.get("code"), actor.get("country"))
    if parts is None or parts.kind:
        return [""] * 8
    return _country_geo(actor.get("country") or parts.country)


def _actor(actor: dict[str, Any] | None) -> list[str]:
    parts = actor_parts((actor or {}).get("code"), (actor or {}).get("country"))
    if parts is None:
        return [""] * 10
    types = ([parts.kind] if parts.kind else []) + list(parts.agents)
    types += [""] * (3 - len(types))
    return [parts.code, actor.get("name") or actor.get("text") or "",
            parts.region or parts.country or "", parts.known or "", "", "", "", *types[:3]]


def event_row(r: dict[str, Any]) -> list[str] | None:
    """One Events row from `Store.export_events`; None for an event with no date at all."""
    d = r["date"] or r["article_date"]
    if d is None:
        return None
    m = json.loads(r["mention"])
    loc = m.get("location")
    cameo = r["cameo"]
    return [str(global_event_id(r["id"])), d.strftime("%Y%m%d"), d.strftime("%Y%m"),
            str(d.year), _fraction(d), *_actor(m["source"]), *_actor(m.get("target")),
            "1" if m["sentence"] == 0 else "0", cameo, cameo[:3], cameo[:2],
            str(r["quad_class"]), _num(r["goldstein"]), str(r["num_mentions"]),
            str(r["num_sources"]), str(r["num_articles"]), "",
            *actor_geo(m["source"], loc), *actor_geo(m.get("target"), loc), *place_geo(loc),
            _stamp(r["added"]), source_url(r["article_url"], m["article_id"])]


def mention_row(r: dict[str, Any]) -> list[str]:
    """One Mentions row from `Store.export_mentions`."""
    m = json.loads(r["mention"])
    source, target = m["source"], m.get("target")
    named = source.get("how") in NAMED and (target is None or target.get("how") in NAMED)
    extras = (f"<EVENTWIRE_EVENT_ID>{r['event_id']}</EVENTWIRE_EVENT_ID>"
              f"<EVENTWIRE_MENTION_ID>{m['id']}</EVENTWIRE_MENTION_ID>"
              f"<MODALITY>{m['modality']}</MODALITY>")
    name = r["source"] or _host(r["url"]) or ""
    return [str(global_event_id(r["event_id"])), _stamp(r["event_added"]),
            _stamp(r["coded_at"]), "1" if r["url"] else "2", name,
            source_url(r["url"], m["article_id"]), str(m["sentence"] + 1),
            _offset(source), _offset(target), str(m["trigger"]["span"][0]),
            "1" if named else "0", str(round(100 * m["confidence"])), str(r["chars"]), "", "",
            extras]


def _offset(actor: dict[str, Any] | None) -> str:
    """An actor's character offset in the raw article, -1 when the text does not name it."""
    if not actor or actor.get("how") == "inferred":
        return "-1"
    return str(actor["span"][0])


def _host(url: str | None) -> str | None:
    from urllib.parse import urlsplit

    return urlsplit(url).hostname if url else None


def rows(store, table: str) -> Iterator[tuple[str, bool]]:
    """(TSV line, kept) for every event or mention; an undated event is not kept."""
    if table == "events":
        for r in store.export_events():
            row = event_row(r)
            yield ("" if row is None else "\t".join(map(flat, row)) + "\n"), row is not None
    else:
        for r in store.export_mentions():
            if r["event_date"] is None:
                yield "", False
            else:
                yield "\t".join(map(flat, mention_row(r))) + "\n", True
