"""PETRARCH entries joined into eventwire's own knowledge, for the main coder: actors become
organisations (dated codes become offices held between two dates), agents become agent words,
verbs with a CAMEO code become lexicon entries. Verb patterns need the PETRARCH engine
(`eventwire.petrarch.engine`); here a verb keeps its block's or its own code only.
"""

from __future__ import annotations

import re

from ..knowledge import Knowledge
from .dictionaries import PetrarchDictionaries

_ACTOR_CODE = re.compile(r"^[A-Z][A-Z0-9]{2,14}$")


def surface_forms(words: tuple[str, ...]) -> list[str]:
    """PETRARCH phrases are upper case; our names are matched as written: 'UNITED NATIONS' ->
    'United Nations'; a short single word may be an acronym and is kept as well ('UN')."""
    titled = " ".join(w.capitalize() if w.isalpha() else w.title() for w in words)
    forms = [titled]
    if len(words) == 1 and len(words[0]) <= 5:
        forms.append(words[0])
    return forms


def _iso(yyyymmdd: str | None) -> str | None:
    return f"{yyyymmdd[:4]}-{yyyymmdd[4:6]}-{yyyymmdd[6:]}" if yyyymmdd else None


def join(k: Knowledge, d: PetrarchDictionaries, origin: str) -> None:
    orgs, people = [], []
    for entry in d.actors:
        names = [f for words in entry.phrases for f in surface_forms(words)]
        dated = [x for x in entry.dated if _ACTOR_CODE.match(x.code)]
        if dated:
            for x in dated:
                people.append({"name": names[0], "aliases": names[1:], "code": x.code,
                               "start": _iso(x.start), "end": _iso(x.end)})
        if entry.default and _ACTOR_CODE.match(entry.default.split("/")[0]):
            code = entry.default.split("/")[0]
            orgs.append({"code": code, "name": names[0], "names": names,
                         "kind": "igo" if code.startswith("IGO") else "ngo"})
    k.add_organizations(orgs, origin)
    k.add_people(people, origin)
    agents: dict[str, list[str]] = {}
    for a in d.agents:
        code = a.code[:3]
        if re.fullmatch(r"[A-Z]{3}", code):
            agents.setdefault(code, []).append(" ".join(a.words).lower())
    k.add_agents(agents, origin)
    lexicon = []
    for v in d.verbs.verbs:
        code = (v.code or d.verbs.blocks[v.block][1] or "").split(":")[0]
        if v.before or v.after or code not in k.codebook:
            continue
        base = min(v.forms, key=len).lower()
        lexicon.append({"code": code, "verb": base})
    k.add_lexicon(lexicon, origin)
