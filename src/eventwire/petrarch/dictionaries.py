"""The set of PETRARCH dictionaries a run codes with: which file is which kind (by name, else by
content), loading files and folders, and the lookups the engine needs (phrases indexed by their
first word, verbs by their inflected forms)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import KnowledgeError
from . import readers
from .readers import ActorEntry, AgentEntry, Discard, Issue, Verb, VerbDictionary, Words

PREFIX = "petrarch:"
KINDS = ("actors", "agents", "discards", "issues", "verbs")
_NAME_HINTS = (("verb", "verbs"), ("cameo", "verbs"), ("agent", "agents"), ("discard", "discards"),
               ("issue", "issues"), ("actor", "actors"))


def kind_by_name(path: Path) -> str | None:
    name = path.name.lower()
    for hint, kind in _NAME_HINTS:
        if hint in name:
            return kind
    return None


def kind_by_content(text: str) -> str | None:
    """Tell a PETRARCH file's kind from its lines; None when it is not one."""
    body = [line.strip() for _, line in readers.lines(text)]
    if not body:
        return None
    if any(re.fullmatch(r"---.*---", b) for b in body):
        return "verbs"
    if any(re.match(r"</?ISSUE", b, re.I) or re.search(r"\b[nv]:\w", b) for b in body):
        return "issues"
    codes = [c for b in body for c in re.findall(r"\[([^\]]*)\]", b)]
    if codes and sum("~" in c for c in codes) > len(codes) / 2:
        return "agents"
    if codes:
        return "actors"
    if all(re.fullmatch(r"\+?[\w .,'&-]+", b) for b in body):
        return "discards"
    return None


def is_petrarch(spec: str | Path) -> bool:
    """A `--dictionary` value read as PETRARCH: the `petrarch:` prefix, a folder, or a file whose
    content is a PETRARCH dictionary (YAML and CSV files keep their own readers)."""
    s = str(spec)
    if s.startswith(PREFIX):
        return True
    p = Path(s)
    if p.is_dir():
        return True
    if p.suffix.lower() in (".yaml", ".yml", ".csv", ".json") or not p.is_file():
        return False
    head = p.read_text(encoding="utf-8", errors="replace")[:200_000]
    return kind_by_content(head) is not None


@dataclass
class PetrarchDictionaries:
    actors: list[ActorEntry] = field(default_factory=list)
    agents: list[AgentEntry] = field(default_factory=list)
    discards: list[Discard] = field(default_factory=list)
    issues: list[Issue] = field(default_factory=list)
    verbs: VerbDictionary = field(default_factory=VerbDictionary)
    files: list[tuple[str, str]] = field(default_factory=list)  # (path, kind)
    # indexes, built by `index()`
    actor_index: dict[str, list[tuple[Words, ActorEntry]]] = field(default_factory=dict)
    agent_index: dict[str, list[AgentEntry]] = field(default_factory=dict)
    verb_index: dict[str, list[Verb]] = field(default_factory=dict)

    def add_file(self, path: Path, kind: str | None = None,
                 problems: list | None = None) -> str:
        """Read one file; a malformed line raises DictionaryFormatError, or, when `problems` is a
        list, is recorded there and skipped."""
        try:
            text = path.read_text(encoding="utf-8", errors="replace")
        except OSError as exc:
            raise KnowledgeError(f"{path}: cannot read ({exc.strerror})") from None
        kind = kind or kind_by_name(path) or kind_by_content(text)
        if kind not in KINDS:
            raise KnowledgeError(f"{path}: not a PETRARCH actors, agents, discards, issues or "
                                 "verbs file")
        name = str(path)
        if kind == "actors":
            self.actors += readers.read_actors(text, name, problems)
        elif kind == "agents":
            self.agents += readers.read_agents(text, name, problems)
        elif kind == "discards":
            self.discards += readers.read_discards(text, name, problems)
        elif kind == "issues":
            self.issues += readers.read_issues(text, name, problems)
        else:
            self._merge_verbs(readers.read_verbs(text, name, problems))
        self.files.append((name, kind))
        return kind

    def _merge_verbs(self, new: VerbDictionary) -> None:
        v = self.verbs
        offset = len(v.blocks)
        v.synsets.update(new.synsets)
        v.blocks += new.blocks
        v.verbs += [Verb(x.forms, x.before, x.after, x.code, x.block + offset) for x in new.verbs]
        v.patterns.update({b + offset: p for b, p in new.patterns.items()})
        v.transformations += new.transformations
        v.version = max(v.version, new.version)

    def index(self) -> PetrarchDictionaries:
        self.actor_index, self.agent_index, self.verb_index = {}, {}, {}
        for entry in self.actors:  # by first word, and by its part before a hyphen
            for words in entry.phrases:
                for key in dict.fromkeys([words[0], words[0].split("-")[0]]):
                    self.actor_index.setdefault(key, []).append((words, entry))
        for lst in self.actor_index.values():
            lst.sort(key=lambda we: -len(we[0]))  # longest phrase first
        for agent in self.agents:
            self.agent_index.setdefault(agent.words[0], []).append(agent)
        for lst in self.agent_index.values():
            lst.sort(key=lambda a: -len(a.words))
        for verb in self.verbs.verbs:
            for form in verb.forms:
                self.verb_index.setdefault(form, []).append(verb)
        for lst in self.verb_index.values():  # longest multi-word verb first, then the latest
            lst.sort(key=lambda x: (-(len(x.before) + len(x.after)), -x.block))
        return self

    def summary(self) -> dict[str, int]:
        return {"actors": len(self.actors), "actor_phrases": sum(len(a.phrases)
                                                                 for a in self.actors),
                "agents": len(self.agents), "discards": len(self.discards),
                "issues": len(self.issues), "verbs": len(self.verbs.verbs),
                "patterns": sum(len(p) for p in self.verbs.patterns.values()),
                "synsets": len(self.verbs.synsets)}


def expand(specs: Iterable[str | Path]) -> list[tuple[Path, str | None]]:
    """(file, kind or None) for each spec: a file, or a folder's files whose names tell their
    kind (LICENSE, READMEs and word lists such as prepositions are skipped)."""
    out: list[tuple[Path, str | None]] = []
    for spec in specs:
        s = str(spec)
        p = Path(s[len(PREFIX):] if s.startswith(PREFIX) else s)
        if p.is_dir():
            found = [(f, kind_by_name(f)) for f in sorted(p.iterdir()) if f.is_file()]
            out += [(f, k) for f, k in found if k]
        elif p.is_file():
            out.append((p, None))
        else:
            raise KnowledgeError(f"dictionary file {p} does not exist")
    return out


def load_dictionaries(specs: Iterable[str | Path], *,
                      problems: list | None = None) -> PetrarchDictionaries:
    """Load files and folders in order. Strict unless `problems` is a list: then malformed lines
    are collected there (each a DictionaryFormatError naming file and line) and skipped."""
    d = PetrarchDictionaries()
    for path, kind in expand(specs):
        d.add_file(path, kind, problems)
    return d.index()
