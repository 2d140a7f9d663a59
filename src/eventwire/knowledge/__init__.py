"""Built-in knowledge (reviewed data files in this folder) and user dictionaries.

Files: `cameo.csv` (codebook: label, Goldstein, PLOVER), `lexicon/*.yaml` (event triggers),
`countries.yaml`, `agents.yaml`, `organizations.yaml`, `people.yaml`. A user file given with
`--dictionary` is a YAML mapping with any of the keys `lexicon`, `countries`, `agents`,
`organizations`, `people` in the same formats (see docs/dictionaries.md); its entries are added
after the built-in ones and win where they name the same surface form.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date as Date
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from ..actor_codes import KindTable, by_prefix
from ..errors import KnowledgeError
from ..records import Cameo, Plover

HERE = Path(__file__).parent
_CODE = re.compile(r"^\d{2,4}$")
_ACTOR_CODE = re.compile(r"^[A-Z][A-Z0-9]{2,14}$")


PREPOSITIONS = frozenset({"to", "for", "on", "upon", "of", "from", "with", "against", "over",
                          "at", "into", "in", "by", "about", "between"})
"""`with` words that only say a complement is there, not what it is about (LexEntry.specificity)."""

ADDRESSEES = ("parties", "public")
"""Who an entry's act is aimed at when the text does not say: the parties of the article's
fighting, or (with its actors from the country, not the grammar) the state's own public."""


@dataclass(frozen=True, slots=True)
class LexEntry:
    code: str
    pos: str  # verb | noun | adj
    lemmas: frozenset[str]
    particle: str | None = None
    with_: tuple[frozenset[str], ...] = ()
    without: frozenset[str] = frozenset()
    target: tuple[str, ...] = ()
    reciprocal: bool = False
    addressee: str | None = None
    origin: str = ""

    @property
    def specificity(self) -> tuple[int, int, int, int]:
        """Which of several matching entries wins: more `with` words, then a particle, then the
        longer code, then more `with` words that name content rather than a bare preposition
        ("appealed for help": 023's "help" over the bare appeal's "for")."""
        content = sum(1 for alts in self.with_ if not alts <= PREPOSITIONS)
        return (len(self.with_), 1 if self.particle else 0, len(self.code), content)


@dataclass(frozen=True, slots=True)
class Person:
    name: str
    aliases: tuple[str, ...]
    code: str
    role: str
    start: str | None
    end: str | None
    gender: str | None = None  # m | f, where the first-name list does not say it (or is wrong)


@dataclass
class Knowledge:
    codebook: dict[str, tuple[Cameo, Plover]] = field(default_factory=dict)
    lexicon: dict[tuple[str, str], list[LexEntry]] = field(default_factory=dict)
    countries: dict[str, dict[str, Any]] = field(default_factory=dict)
    # surface form → (kind, value): kind in country-name, country-adj, capital, seat, org, agent
    surface: dict[str, tuple[str, Any]] = field(default_factory=dict)
    agents_lower: dict[str, str] = field(default_factory=dict)
    people: dict[str, list[Person]] = field(default_factory=dict)
    demands: dict[str, str] = field(default_factory=dict)  # act code prefix → demand code
    intents: dict[str, str] = field(default_factory=dict)  # act code prefix → intent/threat
    refusals: dict[str, str] = field(default_factory=dict)  # act code prefix → rejection
    endings: dict[str, str] = field(default_factory=dict)  # act code prefix → ending it
    wrongdoings: dict[str, str] = field(default_factory=dict)  # verb lemma → accusation (11)
    warnings: list[str] = field(default_factory=list)  # dictionary lines skipped (skip_bad_lines)
    first_names: dict[str, str] = field(default_factory=dict)  # "maria" → "f" (first-names.csv)
    by_actor: KindTable | None = None  # codes chosen by the kind of actor (codes-by-actor.yaml)

    def demand_for(self, code: str) -> str | None:
        """The demand code for an act a party says another must do (longest prefix wins)."""
        return by_prefix(self.demands, code)

    def refusal_for(self, code: str) -> str | None:
        """The rejection (12) code for a cooperative act a party says it will not do."""
        return by_prefix(self.refusals, code)

    def ending_for(self, code: str) -> str | None:
        """The code of stopping or ending an act ("suspended kidnappings": 087), endings.yaml."""
        return by_prefix(self.endings, code)

    def intent_for(self, code: str) -> str | None:
        """The intent (03) or threat (13) code for an act a party says it will do."""
        return by_prefix(self.intents, code)

    # -- codebook ---------------------------------------------------------------------------
    def cameo(self, code: str) -> tuple[Cameo, Plover]:
        try:
            return self.codebook[code]
        except KeyError:
            raise KnowledgeError(f"unknown CAMEO code {code!r}") from None

    # -- loading ----------------------------------------------------------------------------
    def add_codebook(self, path: Path) -> None:
        with path.open(encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                code = row["code"].strip()
                root = code[:2]
                quad = _quad_class(root)
                cameo = Cameo(code, row["label"].strip(), root, float(row["goldstein"]), quad)
                ctx = tuple(c for c in (row.get("plover_context") or "").split(";") if c.strip())
                plover = Plover(row["plover_type"].strip(), (row.get("plover_mode") or "").strip()
                                or None, tuple(c.strip() for c in ctx))
                self.codebook[code] = (cameo, plover)

    def add_lexicon(self, entries: Iterable[dict[str, Any]], origin: str) -> None:
        for n, raw in enumerate(entries, start=1):
            where = f"{origin} entry {n}"
            if not isinstance(raw, dict):
                raise KnowledgeError(f"{where}: expected a mapping, got {raw!r}")
            code = str(raw.get("code", "")).strip()
            if not _CODE.match(code) or code not in self.codebook:
                raise KnowledgeError(f"{where}: unknown CAMEO code {code!r}")
            kinds = [k for k in ("verb", "noun", "adj") if k in raw]
            if len(kinds) != 1:
                raise KnowledgeError(f"{where}: give exactly one of verb, noun, adj")
            pos = kinds[0]
            lemmas = _alts(raw[pos])
            if raw.get("addressee") not in (None, *ADDRESSEES):
                raise KnowledgeError(f"{where}: addressee must be one of {', '.join(ADDRESSEES)}")
            target = raw.get("target")
            if target is None:
                target = ["dobj"] if pos == "verb" else ["with", "against", "on", "to", "between"]
            entry = LexEntry(
                code=code, pos=pos, lemmas=lemmas,
                particle=str(raw["particle"]).lower() if raw.get("particle") else None,
                with_=tuple(_alts(w) for w in raw.get("with") or ()),
                without=frozenset().union(*(_alts(w) for w in raw.get("without") or ())),
                target=tuple(str(t).lower() for t in _listify(target)),
                reciprocal=bool(raw.get("reciprocal", False)),
                addressee=raw.get("addressee"),
                origin=where,
            )
            for lemma in lemmas:
                self.lexicon.setdefault((pos, lemma), []).append(entry)

    def add_countries(self, entries: Iterable[dict[str, Any]], origin: str) -> None:
        for n, c in enumerate(entries, start=1):
            code = str(c.get("code", ""))
            if not re.match(r"^[A-Z]{3}$", code):
                raise KnowledgeError(f"{origin} entry {n}: country code {code!r} is not 3 letters")
            self.countries[code] = c
            for s in _listify(c.get("names")) + [c.get("name")]:
                if s:
                    self.surface[str(s)] = ("country", code)
            for s in _listify(c.get("adjectives")):
                self.surface[str(s)] = ("country-adj", code)
            for s in _listify(c.get("capitals")):
                self.surface[str(s)] = ("capital", code)
            for s, agent in (c.get("seats") or {}).items():
                self.surface[str(s)] = ("seat", (code, str(agent)))

    def add_former_names(self, entries: Iterable[dict[str, Any]], origin: str) -> None:
        for n, e in enumerate(entries, start=1):
            code = str(e.get("code", ""))
            if code not in self.countries:
                raise KnowledgeError(f"{origin} entry {n}: {code!r} is not a known country code")
            kind = {"adjective": "country-adj", "capital": "capital"}.get(e.get("kind"), "country")
            self.surface[str(e["name"])] = (kind, code)

    def add_agents(self, mapping: dict[str, list[str]], origin: str) -> None:
        for agent, words in (mapping or {}).items():
            if not re.match(r"^[A-Z]{3}$", str(agent)):
                raise KnowledgeError(f"{origin}: agent code {agent!r} is not 3 letters")
            for w in _listify(words):
                self.agents_lower[str(w).lower()] = str(agent)

    def add_organizations(self, entries: Iterable[dict[str, Any]], origin: str) -> None:
        for n, o in enumerate(entries, start=1):
            code = str(o.get("code", ""))
            if not _ACTOR_CODE.match(code):
                raise KnowledgeError(f"{origin} entry {n}: actor code {code!r} is not valid")
            for s in _listify(o.get("names")) + [o.get("name")]:
                if s:
                    self.surface[str(s)] = ("org", {"code": code, "name": o.get("name", s),
                                                    "kind": o.get("kind", "igo")})

    def add_people(self, entries: Iterable[dict[str, Any]], origin: str) -> None:
        for n, p in enumerate(entries, start=1):
            if not p.get("name") or not p.get("code"):
                raise KnowledgeError(f"{origin} entry {n}: a person needs name and code")
            gender = p.get("gender")
            if gender not in (None, "m", "f"):
                raise KnowledgeError(f"{origin} entry {n}: gender is m or f, not {gender!r}")
            person = Person(str(p["name"]), tuple(str(a) for a in _listify(p.get("aliases"))),
                            str(p["code"]), str(p.get("role") or ""),
                            _iso(p.get("start")), _iso(p.get("end")), gender)
            for form in (person.name, *person.aliases):
                self.people.setdefault(form, []).append(person)

    def add_first_names(self, path: Path) -> None:
        """name,gender rows (lines starting with # are comments): first-names.csv."""
        with path.open(encoding="utf-8") as fh:
            for row in csv.DictReader(line for line in fh if not line.startswith("#")):
                self.first_names[row["name"]] = row["gender"]

    def add_user_file(self, path: Path, skip_bad_lines: bool = False) -> None:
        """A user dictionary: YAML with keys lexicon/countries/agents/organizations/people, a
        CSV of actors with columns `text,code` (optional `kind`: person|org), or PETRARCH
        dictionaries (a file or folder, told by content or a `petrarch:` prefix)."""
        from ..petrarch import is_petrarch, load_dictionaries
        from ..petrarch.join import join

        if is_petrarch(path):
            problems: list | None = [] if skip_bad_lines else None
            join(self, load_dictionaries([path], problems=problems), str(path))
            self.warnings += [f"{p} (skipped)" for p in problems or ()]
            return
        if not path.exists():
            raise KnowledgeError(f"dictionary file {path} does not exist")
        if path.suffix.lower() == ".csv":
            with path.open(encoding="utf-8") as fh:
                rows = list(csv.DictReader(fh))
            if rows and not {"text", "code"} <= set(rows[0]):
                raise KnowledgeError(f"{path}: a CSV dictionary needs columns text,code")
            for row in rows:
                if (row.get("kind") or "org") == "person":
                    self.add_people([{"name": row["text"], "code": row["code"]}], str(path))
                else:
                    self.add_organizations([{"name": row["text"], "code": row["code"]}], str(path))
            return
        data = _read_yaml(path)
        if not isinstance(data, dict):
            raise KnowledgeError(f"{path}: expected a mapping with keys lexicon, countries, "
                                 "agents, organizations or people")
        unknown = set(data) - {"lexicon", "countries", "agents", "organizations", "people"}
        if unknown:
            raise KnowledgeError(f"{path}: unknown section(s) {sorted(unknown)}")
        self.add_countries(data.get("countries") or [], str(path))
        self.add_agents(data.get("agents") or {}, str(path))
        self.add_organizations(data.get("organizations") or [], str(path))
        self.add_people(data.get("people") or [], str(path))
        self.add_lexicon(data.get("lexicon") or [], str(path))

    def person_code(self, form: str, date: str | None) -> Person | None:
        """The office a named person held on `date` (or their latest office when undated)."""
        rows = self.people.get(form)
        if not rows:
            return None
        if date:
            valid = [p for p in rows if (p.start or "0000") <= date <= (p.end or "9999")]
            if valid:
                return max(valid, key=lambda p: p.start or "")
            return None
        return max(rows, key=lambda p: p.start or "")

    def person_nearest(self, form: str, date: str | None) -> Person | None:
        """The person's office nearest in time to `date`, for a name mentioned out of office."""
        rows = self.people.get(form)
        if not rows or not date:
            return None
        try:
            return min(rows, key=lambda p: _distance(p, date))
        except ValueError:
            return None


def _distance(p: Person, date: str) -> int:
    """Days between `date` and the person's term (0 inside it); ISO dates compare as text."""
    day = Date.fromisoformat(date)
    if p.start and date < p.start:
        return (Date.fromisoformat(p.start) - day).days
    if p.end and date > p.end:
        return (day - Date.fromisoformat(p.end)).days
    return 0


def _code_map(k: Knowledge, name: str) -> dict[str, str]:
    table = {str(a): str(b) for a, b in (_read_yaml(HERE / name) or {}).items()}
    for act, mapped in table.items():
        if act not in k.codebook or mapped not in k.codebook:
            raise KnowledgeError(f"{name}: unknown CAMEO code in {act}: {mapped}")
    return table


def _word_map(k: Knowledge, name: str, root: str) -> dict[str, str]:
    """A table of lemmas → CAMEO codes of one root (wrongdoings.yaml)."""
    table = {str(a).strip().lower(): str(b) for a, b in (_read_yaml(HERE / name) or {}).items()}
    for word, code in table.items():
        if code not in k.codebook or not code.startswith(root):
            raise KnowledgeError(f"{name}: {word}: {code!r} is no CAMEO code of root {root}")
    return table


def _quad_class(root: str) -> int:
    r = int(root)
    return 1 if r <= 5 else 2 if r <= 8 else 3 if r <= 13 else 4


def _alts(value: Any) -> frozenset[str]:
    return frozenset(a.strip().lower() for a in str(value).split("|") if a.strip())


def _listify(value: Any) -> list:
    if value is None:
        return []
    return list(value) if isinstance(value, (list, tuple)) else [value]


def _iso(value: Any) -> str | None:
    return None if value in (None, "", "null") else str(value)


class _Loader(yaml.SafeLoader):
    """YAML 1.2 booleans only: `on`, `off`, `yes`, `no` stay words (prepositions, particles)."""


_Loader.yaml_implicit_resolvers = {
    k: [(tag, rx) for tag, rx in v if tag != "tag:yaml.org,2002:bool"]
    for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_Loader.add_implicit_resolver("tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"),
                              list("tTfF"))


def _read_yaml(path: Path) -> Any:
    try:
        with path.open(encoding="utf-8") as fh:
            return yaml.load(fh, Loader=_Loader)  # noqa: S506 - a safe loader subclass
    except yaml.YAMLError as exc:
        raise KnowledgeError(f"{path}: not valid YAML ({exc})") from None


def load(extra: tuple[Path, ...] = (), *, only: bool = False,
         skip_bad_lines: bool = False) -> Knowledge:
    """Built-in knowledge plus user dictionaries, in order; `only`: the codebook and the user
    dictionaries alone."""
    return _load(tuple(Path(p) for p in extra), only, skip_bad_lines)


def check_user_files(extra: tuple[Path, ...], *, skip_bad_lines: bool = False) -> None:
    """Read the user's dictionaries with the codebook alone, and keep nothing: a bad one
    raises its KnowledgeError at once, without the built-in knowledge or the model, in the
    process that is about to start workers (`ingest`) rather than in each of them."""
    if extra:
        _load.__wrapped__(tuple(Path(p) for p in extra), True, skip_bad_lines)


@lru_cache(maxsize=8)
def _load(extra: tuple[Path, ...], only: bool = False, skip_bad_lines: bool = False) -> Knowledge:
    k = Knowledge()
    k.add_codebook(HERE / "cameo.csv")
    k.demands = _code_map(k, "demands.yaml")
    k.intents = _code_map(k, "intents.yaml")
    k.refusals = _code_map(k, "refusals.yaml")
    k.endings = _code_map(k, "endings.yaml")
    k.wrongdoings = _word_map(k, "wrongdoings.yaml", "11")
    k.by_actor = KindTable.of(_read_yaml(HERE / "codes-by-actor.yaml"), k.codebook,
                              "codes-by-actor.yaml")
    k.add_first_names(HERE / "first-names.csv")
    if only:  # the codebook and its code maps, and the user's dictionaries alone
        for path in extra:
            k.add_user_file(path, skip_bad_lines)
        return k
    k.add_countries(_read_yaml(HERE / "countries.yaml"), "countries.yaml")
    k.add_former_names(_read_yaml(HERE / "former-names.yaml"), "former-names.yaml")
    k.add_agents(_read_yaml(HERE / "agents.yaml"), "agents.yaml")
    for path in sorted(HERE.glob("organizations*.yaml")):
        k.add_organizations(_read_yaml(path) or [], path.name)
    for path in sorted(HERE.glob("people*.yaml")):  # people.yaml, people-1975-2005-*.yaml
        k.add_people(_read_yaml(path) or [], path.name)
    for path in sorted((HERE / "lexicon").glob("*.yaml")):
        k.add_lexicon(_read_yaml(path) or [], f"lexicon/{path.name}")
    for path in extra:
        k.add_user_file(path, skip_bad_lines)
    return k
