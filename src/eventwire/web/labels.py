"""Readable names for the codes the API returns: actors ("SDNMIL" → "Sudanese military"), CAMEO
codes ("194" → "Fight with artillery and tanks"), quad classes and countries (with the ISO 3166
numeric code the dashboard's map outlines are keyed by).

Read from the knowledge files alone (`knowledge/code-names.yaml`, `countries.yaml`,
`organizations*.yaml`, `cameo.csv`), not the coder's whole knowledge: no lexicon, no people,
so a server starts in a moment. The reading rule is in code-names.yaml's header.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ..knowledge import HERE, Knowledge, _read_yaml

QUAD_CLASSES = {1: "Verbal cooperation", 2: "Material cooperation", 3: "Verbal conflict",
                4: "Material conflict"}


@dataclass(frozen=True)
class Labels:
    countries: dict[str, dict[str, Any]]  # code → {name, adjective, numeric}
    agents: dict[str, str]
    prefixes: dict[str, str]
    listed: dict[str, str]                # code → name, from code-names.yaml
    named: dict[str, str]                 # code → the name of its one organisation
    shared: dict[str, list[str]]          # code → the names of its several organisations
    cameo: dict[str, str]                 # CAMEO code → label
    plover: dict[str, str]                # CAMEO code → PLOVER type

    def actor(self, code: str | None) -> str | None:
        """'SDNMIL' → 'Sudanese military', 'IGOAFRAU' → 'African Union', 'RUS' → 'Russia';
        a code that cannot be read is returned as it is."""
        if not code:
            return None
        if code in self.listed:
            return self.listed[code]
        head, rest = code[:3], code[3:]
        chunks = [rest[i:i + 3] for i in range(0, len(rest), 3)]
        sectors = [self.agents.get(c) for c in chunks]
        if all(sectors):
            if head in self.countries:
                c = self.countries[head]
                return " ".join([c["adjective"], *sectors]) if sectors else c["name"]
            if head in self.prefixes:
                return " ".join([self.prefixes[head], *sectors])
        if code in self.named:
            return self.named[code]
        if code in self.shared:
            return " / ".join(self.shared[code][:2]) + (" …" if len(self.shared[code]) > 2
                                                         else "")
        return code

    def event(self, code: str | None) -> str | None:
        return self.cameo.get(code or "")

    def codebook(self) -> dict[str, Any]:
        """What the dashboard's filters and map need: CAMEO roots, PLOVER types, quad classes,
        countries."""
        return {
            "roots": [{"code": c, "label": label} for c, label in self.cameo.items()
                      if len(c) == 2],
            "plover": sorted(set(self.plover.values())),
            "quad_classes": {str(k): v for k, v in QUAD_CLASSES.items()},
            "countries": {code: {"name": c["name"], "numeric": c["numeric"]}
                          for code, c in sorted(self.countries.items())},
        }


@lru_cache(maxsize=1)
def labels() -> Labels:
    import pycountry

    names = _read_yaml(HERE / "code-names.yaml")
    k = Knowledge()
    k.add_codebook(HERE / "cameo.csv")
    countries = {}
    for c in _read_yaml(HERE / "countries.yaml"):
        iso = pycountry.countries.get(alpha_3=c["code"])
        adjectives = c.get("adjectives") or [c["name"]]
        countries[c["code"]] = {"name": c["name"], "adjective": adjectives[0],
                                "numeric": iso.numeric if iso else None}
    orgs: dict[str, set[str]] = defaultdict(set)
    for path in sorted(HERE.glob("organizations*.yaml")):
        for o in _read_yaml(path) or []:
            orgs[o["code"]].add(o["name"])
    return Labels(countries=countries, agents=names["agents"], prefixes=names["prefixes"],
                  listed=names["codes"],
                  named={code: next(iter(n)) for code, n in orgs.items() if len(n) == 1},
                  shared={c: sorted(n) for c, n in orgs.items() if len(n) > 1},
                  cameo={code: cam.label for code, (cam, _) in k.codebook.items()},
                  plover={code: pl.type for code, (_, pl) in k.codebook.items() if pl.type})
