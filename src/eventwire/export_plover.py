"""PLOVER JSON lines: one event a line, in the field names and shapes of the PLOVER manual
(draft 0.8, 2021, chapter 6), each field's source in docs/exports.md.

- `id`, `date` (YYYY-MM-DD, required: the event's day, else its article's publication date; an
  event with neither is left out and counted), `actor` and `recipient` (lists of entity
  objects; `recipient` is an empty list when the event has none), `event`, `mode` and `context`
  (lists), `eventText` (the trigger), `quadCode` (PLOVER's quad of the event type, which for
  SANCTION and RETREAT is not CAMEO's), `eventLoc` (location object), `text` and `textInfo`
  (the sentence the event was coded from, the user's own input, and its sequence number),
  `citeInfo` (the article: url, title, publication, language, citation), `coder`,
  `codedDate`.
- Entity objects: `code` (ISO 3166-1 alpha-3 country, KOS for Kosovo, or UNO, EUR, IGO, NGO,
  IMG, MNC for international actors), `sector` (PLOVER's sector codes, 3 characters or 6 for
  primary and secondary: knowledge/export-codes.yaml maps CAMEO agents to them),
  `entityText`, `identifierText` (the canonical name), and `cameoCode`, eventwire's own code.
- Location object: `extractedPlace`, `resolvedPlace`, `geonameid`, `lat`, `lon` (a country's
  centroid for a country), `city`, `province`, `country`, `countryCode` (alpha-3),
  `featureClass` and `featureCode` (GeoNames: P/PPLC, P/PPL, A/PCLI, A/ADM1, L/RGN),
  `resolution` (4 city, 2 province or region, 1 country).
- A reciprocal act (one trigger coded both ways, "A met B": CAMEO's two mirror-image events)
  is one record whose actors are both parties, with no recipient, as the manual's 2.4.2 asks.
- Fields of our own beyond the manual's, as the manual allows: `cameo` (code, Goldstein value),
  `modality`, `numMentions`, `numArticles`, `numSources`, and `cameoEvents` (the two event ids
  of a reciprocal record).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

from .export_codes import actor_parts, centroid, country_name, plover_country, plover_quad, plover_sector
from .export_gdelt import source_url

CODEBOOK = "PLOVER 0.8 (2021) from CAMEO 1.1b3, eventwire lexicon"


@lru_cache(maxsize=1)
def coder() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return f"eventwire {version('eventwire')}"
    except PackageNotFoundError:  # a source tree that was not installed
        return "eventwire"


def entity(actor: dict[str, Any] | None) -> dict[str, Any] | None:
    parts = actor_parts((actor or {}).get("code"), (actor or {}).get("country"))
    if parts is None:
        return None
    return {"code": plover_country(parts), "sector": plover_sector(parts, actor.get("text")),
            "entityText": actor.get("text"), "identifierText": actor.get("name"),
            "cameoCode": parts.code}


_FEATURES = {"capital city": ("P", "PPLC", 4), "city": ("P", "PPL", 4),
             "country": ("A", "PCLI", 1), "region": ("L", "RGN", 2),
             "place": ("P", "PPL", 4)}  # a place the gazetteer lacks, in the country named


def location(loc: dict[str, Any] | None) -> dict[str, Any] | None:
    if not loc or not loc.get("name"):
        return None
    feature = loc.get("feature") or ""
    klass, code, resolution = _FEATURES.get(feature, ("A", "ADM1", 2))
    lat, lon = loc.get("lat"), loc.get("lon")
    if feature == "country" and lat is None:
        lat, lon = centroid(loc.get("country")) or (None, None)
    return {"extractedPlace": loc.get("text"), "resolvedPlace": loc["name"],
            "geonameid": loc.get("geonames_id"), "lat": lat, "lon": lon,
            "city": loc["name"] if klass == "P" else None,
            "province": loc["name"] if code == "ADM1" else None,
            "country": country_name(loc.get("country")), "countryCode": loc.get("country"),
            "featureClass": klass, "featureCode": code, "resolution": resolution}


def record(r: dict[str, Any]) -> dict[str, Any] | None:
    """One PLOVER record from `Store.export_events`; None for an event with no date at all."""
    day = r["date"] or r["article_date"]
    if day is None:
        return None
    m = json.loads(r["mention"])
    target = entity(m.get("target"))
    plover = m["plover"]
    return {
        "id": r["id"], "date": day.isoformat(),
        "actor": [entity(m["source"])], "recipient": [target] if target else [],
        "event": [plover["type"]], "mode": [plover["mode"]] if plover.get("mode") else [],
        "context": list(plover.get("context") or []),
        "eventText": [m["trigger"]["text"]], "quadCode": plover_quad(plover["type"]),
        "eventLoc": location(m.get("location")),
        "text": m["text"], "textInfo": {"sequence": m["sentence"]},
        "citeInfo": {"citation": m["article_id"],
                     "url": source_url(r["article_url"], m["article_id"]),
                     "title": r["article_title"], "publication": r["article_source"],
                     "language": "en", "coder": coder(),
                     "codebook": CODEBOOK},
        "coder": coder(),
        "codedDate": r["added"].date().isoformat() if r["added"] else None,
        "cameo": {"code": r["cameo"], "goldstein": r["goldstein"]},
        "modality": r["modality"], "numMentions": r["num_mentions"],
        "numArticles": r["num_articles"], "numSources": r["num_sources"],
    }


def _act(r: dict[str, Any]) -> tuple | None:
    """What the two directions of one reciprocal act share: the same trigger in the same
    sentence, coded with the same CAMEO code (A met B and B met A)."""
    m = json.loads(r["mention"])
    if not m.get("target"):
        return None
    return m["article_id"], m["sentence"], tuple(m["trigger"]["span"]), r["cameo"]


def reciprocal(records: list[dict[str, Any]], events: list[dict[str, Any]]) -> list[dict]:
    """One record for the two mirror-image events of a reciprocal act: every entity is an
    actor and there is no recipient (the manual's 2.4.2); `cameoEvents` keeps both event ids.
    `records` and `events` are one day's, in the same order."""
    groups: dict[tuple, list[int]] = {}
    for i, r in enumerate(events):
        key = _act(r)
        if key is not None:
            groups.setdefault(key, []).append(i)
    merged: dict[int, dict] = {}
    dropped: set[int] = set()
    for idx in groups.values():
        if len(idx) != 2:
            continue
        a, b = (records[i] for i in idx)
        if (a["actor"][0]["cameoCode"], b["actor"][0]["cameoCode"]) != (
                b["recipient"][0]["cameoCode"], a["recipient"][0]["cameoCode"]):
            continue
        merged[idx[0]] = {**a, "actor": a["actor"] + b["actor"], "recipient": [],
                          "cameoEvents": [a["id"], b["id"]]}
        dropped.add(idx[1])
    return [merged.get(i, rec) for i, rec in enumerate(records) if i not in dropped]


def rows(store) -> Iterator[tuple[str, bool]]:
    day, records, events = None, [], []
    for r in [*store.export_events(), None]:
        if r is not None and (r["date"] or r["article_date"]) is None:
            yield "", False
            continue
        if r is None or (r["date"] or r["article_date"]) != day:
            for rec in reciprocal(records, events):
                yield json.dumps(rec, ensure_ascii=False) + "\n", True
            if r is None:
                return
            day, records, events = r["date"] or r["article_date"], [], []
        records.append(record(r))
        events.append(r)
