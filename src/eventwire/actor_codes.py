"""Codes chosen by the kind of actor: the same words, another CAMEO code, by who does the act.

Stage contract: `by_actor_kind(table, entry, tok, sources, evidence)` takes one trigger's lexicon
entry and the sources the grammar found for it, and returns the entry with the code CAMEO gives
that act for that kind of source (`knowledge/codes-by-actor.yaml`): farmers who block a road
protest (144), troops who block it impose a blockade (191), troops who occupy a square occupy
territory (192), demonstrators who seize an airport obstruct it (144), protesters who attack a
police station riot (145). It runs before targets
are inferred, so the act looks for its target as its own root does. Sources of mixed or unknown
kinds leave the entry as it is.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from .errors import KnowledgeError
from .records import ActorRef

if TYPE_CHECKING:  # the knowledge package reads the table with KindTable.of
    from spacy.tokens import Token

    from .knowledge import LexEntry

CIVILIAN, ARMED = "civilian", "armed"


@dataclass(frozen=True, slots=True)
class KindTable:
    civilian_agents: frozenset[str]
    armed_agents: frozenset[str]
    by_civilians: dict[str, str]
    by_armed: dict[str, str]
    occupying: frozenset[str]
    protest_agents: frozenset[str] = frozenset()
    by_protesters: dict[str, str] = field(default_factory=dict)
    police_agents: frozenset[str] = frozenset()
    crowd_agents: frozenset[str] = frozenset()
    police_on_crowds: dict[str, str] = field(default_factory=dict)
    crowds_on_police: dict[str, str] = field(default_factory=dict)
    seat_agents: frozenset[str] = frozenset()

    @classmethod
    def of(cls, data: Any, codebook: dict, where: str) -> KindTable:
        """The table read from its YAML file, every code checked against the codebook."""
        if not isinstance(data, dict):
            raise KnowledgeError(f"{where}: expected a mapping")
        try:
            maps = {k: {str(a): str(b) for a, b in (data.get(k) or {}).items()}
                    for k in ("by_civilians", "by_armed", "by_protesters", "police_on_crowds",
                              "crowds_on_police")}
            table = cls(frozenset(map(str, data["civilian_agents"])),
                        frozenset(map(str, data["armed_agents"])),
                        maps["by_civilians"], maps["by_armed"],
                        frozenset(map(str, data.get("occupying") or ())),
                        frozenset(map(str, data.get("protest_agents") or ())),
                        maps["by_protesters"],
                        frozenset(map(str, data.get("police_agents") or ())),
                        frozenset(map(str, data.get("crowd_agents") or ())),
                        maps["police_on_crowds"], maps["crowds_on_police"],
                        frozenset(map(str, data.get("seat_agents") or ())))
        except (KeyError, TypeError, AttributeError) as exc:
            raise KnowledgeError(f"{where}: malformed ({exc})") from None
        for name, m in maps.items():
            for a, b in m.items():
                if a not in codebook or b not in codebook:
                    raise KnowledgeError(f"{where}: {name}: unknown CAMEO code in {a}: {b}")
        if not table.protest_agents <= table.civilian_agents:
            raise KnowledgeError(f"{where}: protest agents must be of the civilian kind")
        if table.civilian_agents & table.armed_agents:
            raise KnowledgeError(f"{where}: an agent of both kinds: "
                                 f"{sorted(table.civilian_agents & table.armed_agents)}")
        return table

    def kind(self, actor: ActorRef) -> str | None:
        """`civilian`, `armed` or None (an international body, a court, a person)."""
        if actor.code.startswith("NGO"):
            return CIVILIAN
        if actor.agent in self.civilian_agents:
            return CIVILIAN
        if actor.agent in self.armed_agents or actor.code[3:6] in self.armed_agents:
            return ARMED
        if actor.agent is None and actor.country and actor.code == actor.country:
            return ARMED  # a named state: it blockades and occupies with its forces
        return None


def by_prefix(table: dict[str, str], code: str) -> str | None:
    """The value of the longest prefix of a CAMEO code (two digits at least) that `table` holds:
    "144" covers 1441-1444. The knowledge's code maps (intents, demands, refusals, endings) are
    read the same way."""
    for n in range(len(code), 1, -1):
        if code[:n] in table:
            return table[code[:n]]
    return None


def by_actor_kind(table: KindTable | None, entry: LexEntry, tok: Token,
                  sources: list[ActorRef], evidence: list[str]) -> LexEntry:
    """The entry with the code its sources' kind gives the act (unchanged when they name no
    one kind, or the code has no counterpart for it)."""
    if table is None or not sources:
        return entry
    kinds = {table.kind(s) for s in sources}
    if len(kinds) != 1 or None in kinds:
        return entry
    kind = kinds.pop()
    protesters = kind == CIVILIAN and all(s.agent in table.protest_agents for s in sources)
    if kind == CIVILIAN:
        # "protesters attacked a police station": a protest turned violent (145)
        new = (by_prefix(table.by_protesters, entry.code) if protesters else None) or \
            by_prefix(table.by_civilians, entry.code)
    else:
        new = by_prefix(table.by_armed, entry.code)
        if new == "191" and tok.lemma_.lower() in table.occupying:
            new = "192"  # troops occupying a square take it; they do not blockade it
    if new is None or new == entry.code:
        return entry
    who = ("protesters" if protesters else "civilians") if kind == CIVILIAN else \
        "an armed force or a state"
    evidence.append(f"{entry.code} by {who} ({sources[0].text!r}): coded as {new}")
    return replace(entry, code=new)


def crowd_control(table: KindTable | None, code: str, source: ActorRef,
                  target: ActorRef | None) -> str | None:
    """The code of a clash between the police and a crowd of their own country ("police fought
    with anarchists", "protesters clashed with riot police"): crowd control and riot, not armed
    fighting; the police's side (`police_on_crowds`: 175, violent repression) and the crowd's
    (`crowds_on_police`: 145), as the dev set's coders code every such clash. None for any
    other act or pair. A crowd's attack on its own state's seats (`seat_agents`: the legislature,
    the government, the courts) is a riot as well."""
    if table is None or target is None or (
            source.country and target.country and source.country != target.country):
        return None
    if source.agent in table.police_agents and target.agent in table.crowd_agents:
        return by_prefix(table.police_on_crowds, code)
    if source.agent in table.crowd_agents and (target.agent in table.police_agents
                                               or target.agent in table.seat_agents):
        # "crowds stormed the Legislative Council": a riot at the state's own seat, too
        return by_prefix(table.crowds_on_police, code)
    return None
