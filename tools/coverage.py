#!/usr/bin/env python3
"""How much of four independent inventories of event words and actor words our knowledge covers.

    .venv/bin/python tools/coverage.py [--reference ../shared/reference] [--wordnet /usr/share/wordnet]

Verb inventories, counted per CAMEO root (01..20) and overall:

1. Phoenix: the head verbs of the PETRARCH-2 verb dictionary (reference/phoenix/CAMEO.2.0.txt),
   each under the code its verb line or its patterns give it.
2. WordNet: the WordNet verb synonyms of the content verbs of each label in knowledge/cameo.csv.
3. Codebook descriptions: the content verbs of the `description` column of
   reference/cameo/cameo-codes.dev.csv (that file's `example` column is dropped on reading).

A lemma of a root's inventory is *covered* when our lexicon (loaded with eventwire.knowledge.load)
has it as a verb trigger of some code of the same root; *elsewhere* when our lexicon has it as a
verb trigger only under other roots.

Actor inventories:

4a. the agent words of reference/phoenix/Phoenix.agents.txt, per agent code, against agents.yaml
    (same three-letter code);
4b. the names in Phoenix.International.actors.txt and Phoenix.MilNonState.actors.txt against the
    surface forms of organizations*.yaml (normalised forms).

The reference files are only read to measure; nothing from them is written into the project
except counts, and the lists of uncovered words go to tools/out/uncovered.json (git-ignored): a
list to review, never to add blindly.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
REFERENCE = REPO.parent / "shared" / "reference"
WORDNET = Path("/usr/share/wordnet")
ROOTS = [f"{n:02d}" for n in range(1, 21)]
COMMAND = ".venv/bin/python tools/coverage.py"


# ----------------------------------------------------------------------------------------------
# counting
# ----------------------------------------------------------------------------------------------
@dataclass
class Tally:
    size: int = 0
    covered: int = 0
    elsewhere: int = 0

    def add(self, other: Tally) -> None:
        self.size += other.size
        self.covered += other.covered
        self.elsewhere += other.elsewhere

    @property
    def pct(self) -> float | None:
        return 100.0 * self.covered / self.size if self.size else None


def our_verb_roots(lexicon: Mapping[tuple[str, str], Iterable]) -> dict[str, set[str]]:
    """Verb trigger lemma -> the CAMEO roots it is a trigger of (any entry, with or without `with`).
    An entry with a particle also counts as the phrasal verb `lemma_particle` (`pull_out`)."""
    roots: dict[str, set[str]] = defaultdict(set)
    for (pos, lemma), entries in lexicon.items():
        if pos == "verb":
            for entry in entries:
                roots[lemma].add(entry.code[:2])
                if getattr(entry, "particle", None):
                    roots[f"{lemma}_{entry.particle}"].add(entry.code[:2])
    return dict(roots)


_PARTICLES = frozenset("back down off out up in away over".split())


def is_unit(word: str) -> bool:
    """A lemma the verb inventories count: one word, or a verb with one particle (`turn_down`)."""
    head, _, rest = word.partition("_")
    return head.isalpha() and (not rest or rest in _PARTICLES)


def by_root(inventory: Mapping[str, set[str]]) -> dict[str, set[str]]:
    """Code -> lemmas, folded into root -> lemmas."""
    out: dict[str, set[str]] = defaultdict(set)
    for code, lemmas in inventory.items():
        out[code[:2]] |= lemmas
    return dict(out)


def verb_tally(lemmas: Iterable[str], root: str, ours: Mapping[str, set[str]]) -> Tally:
    t = Tally()
    for lemma in set(lemmas):
        t.size += 1
        roots = ours.get(lemma)
        if roots and root in roots:
            t.covered += 1
        elif roots:
            t.elsewhere += 1
    return t


def verb_coverage(inventory: Mapping[str, set[str]],
                  ours: Mapping[str, set[str]]) -> dict[str, Tally]:
    """Per root (and "all": the sum over roots, i.e. over (root, lemma) pairs)."""
    roots = by_root(inventory)
    out = {root: verb_tally(roots.get(root, ()), root, ours) for root in ROOTS}
    total = Tally()
    for root in ROOTS:
        total.add(out[root])
    out["all"] = total
    return out


# ----------------------------------------------------------------------------------------------
# 1. Phoenix / PETRARCH-2 verb dictionary
# ----------------------------------------------------------------------------------------------
_BRACKET = re.compile(r"\[([^\]]*)\]")
_BRACES = re.compile(r"\{([^}]*)\}")


def _head(token: str) -> str:
    """The verb of a verb-line token: `+CALL_OFF` -> call, `WIRE_+TAP` -> tap, `ASK` -> ask."""
    token = token.strip()
    if "+" in token:
        token = token.split("+", 1)[1]
    return token.split("_")[0].lower()


def _regular_forms(lemma: str) -> set[str]:
    forms = {lemma, lemma + "s", lemma + "es", lemma + "d", lemma + "ed", lemma + "ing"}
    if lemma.endswith("y"):
        forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied"}
    if lemma.endswith("e"):
        forms.add(lemma[:-1] + "ing")
    if lemma:
        forms |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
    return forms


def _pattern_code(raw: str) -> str:
    """`042:043` -> 042 (the code before the colon; after it when that is empty), `080!` -> 080."""
    for part in raw.split(":"):
        digits = re.sub(r"\D", "", part)
        if digits:
            return digits
    return ""


@dataclass
class _Block:
    code: str
    verbs: list[tuple[str, str]] = field(default_factory=list)  # (lemma, code of the verb line)
    patterns: list[tuple[str, str]] = field(default_factory=list)  # (code, comment word)
    forms: dict[str, str] = field(default_factory=dict)  # inflected form -> lemma


def phoenix_verbs(lines: Iterable[str], known: set[str] | None = None,
                  skipped: Counter | None = None, patterns: bool = True) -> dict[str, set[str]]:
    """CAMEO code -> head verb lemmas, from a PETRARCH-2 verb dictionary.

    A verb line counts under its own `[code]`, or else its block's code (`---` blocks: none).
    A pattern line counts under its code for the verb its comment names (`# RUSH`, `# ruled_out`,
    matched to a verb of the block, then of the whole file), else for the block's first verb.
    With `patterns=False` only the verb lines count (verbs that code an event by themselves).
    Codes not in `known` (when given) are left out and counted in `skipped`.
    """
    skipped = skipped if skipped is not None else Counter()
    blocks: list[_Block] = []
    started = False
    for line in lines:
        if line.startswith("---"):
            started = True
            m = _BRACKET.search(line)
            blocks.append(_Block(_pattern_code(m.group(1)) if m else ""))
            continue
        if not started or not blocks or not line.strip() or line.startswith(("#", "~", "&")):
            continue
        block = blocks[-1]
        body, _, comment = line.partition("#")
        if line.startswith("-"):
            codes = _BRACKET.findall(body)
            word = comment.split()[0].lower() if comment.split() else ""
            block.patterns.append((_pattern_code(codes[-1]) if codes else "", word))
            continue
        body = body.split(";")[0]
        irregular = _BRACES.findall(body)
        codes = _BRACKET.findall(_BRACES.sub("", body))
        words = _BRACKET.sub("", _BRACES.sub("", body)).split()
        if not words:
            continue
        lemma = _head(words[0])
        if not lemma.isalpha():
            continue
        block.verbs.append((lemma, _pattern_code(codes[0]) if codes else block.code))
        block.forms.update({f: lemma for f in _regular_forms(lemma)})
        for group in irregular:
            block.forms.update({_head(f): lemma for f in group.split()})

    everywhere: dict[str, str] = {}
    for block in blocks:
        for form, lemma in block.forms.items():
            everywhere.setdefault(form, lemma)

    out: dict[str, set[str]] = defaultdict(set)

    def put(code: str, lemma: str) -> None:
        if not code:
            return
        if known is not None and code not in known:
            skipped[code] += 1
            return
        out[code].add(lemma)

    for block in blocks:
        for lemma, code in block.verbs:
            put(code, lemma)
        for code, word in block.patterns if patterns else ():
            word = word.split("_")[0]
            lemma = block.forms.get(word) or everywhere.get(word)
            if lemma is None and block.verbs:
                lemma = block.verbs[0][0]
            if lemma:
                put(code, lemma)
    return dict(out)


# ----------------------------------------------------------------------------------------------
# 2./3. WordNet and content verbs
# ----------------------------------------------------------------------------------------------
class WordNet:
    """Just enough of the WordNet 3 database files: verb synsets and noun-to-verb derivations."""

    def __init__(self, folder: Path):
        self.folder = Path(folder)
        self.index = {pos: self._read_index(pos) for pos in ("verb", "noun")}
        self._cache: dict[tuple[str, int], tuple[list[str], list[tuple[str, str, int, int]]]] = {}

    def _read_index(self, pos: str) -> dict[str, list[int]]:
        table: dict[str, list[int]] = {}
        with (self.folder / f"index.{pos}").open(encoding="utf-8", errors="replace") as fh:
            for line in fh:
                if line.startswith(" "):
                    continue
                f = line.split()
                n = int(f[2])
                table[f[0]] = [int(o) for o in f[-n:]]
        return table

    def _synset(self, pos: str, offset: int) -> tuple[list[str], list[tuple[str, str, int, int]]]:
        key = (pos, offset)
        if key not in self._cache:
            with (self.folder / f"data.{pos}").open("rb") as fh:
                fh.seek(offset)
                f = fh.readline().decode("utf-8", "replace").split(" | ")[0].split()
            n = int(f[3], 16)
            words = [re.sub(r"\(.*\)$", "", w).lower() for w in f[4:4 + 2 * n:2]]
            at = 4 + 2 * n
            pointers = []
            for i in range(int(f[at])):
                sym, off, p, st = f[at + 1 + 4 * i: at + 5 + 4 * i]
                pointers.append((sym, p, int(off), int(st, 16)))
            self._cache[key] = (words, pointers)
        return self._cache[key]

    def is_verb(self, lemma: str) -> bool:
        return lemma in self.index["verb"]

    def synonyms(self, verb: str) -> set[str]:
        """Every word of every verb synset of `verb` (all senses; hypernyms not included)."""
        out: set[str] = set()
        for offset in self.index["verb"].get(verb, ()):
            out.update(self._synset("verb", offset)[0])
        return out

    def derived_verbs(self, noun: str) -> set[str]:
        """Verbs WordNet links to the noun by derivation (`accusation` -> accuse)."""
        out: set[str] = set()
        for offset in self.index["noun"].get(noun, ()):
            words, pointers = self._synset("noun", offset)
            for sym, pos, target, st in pointers:
                source, word = st >> 8, st & 0xFF
                if sym == "+" and pos == "v" and source and words[source - 1] == noun:
                    out.add(self._synset("verb", target)[0][word - 1])
        return out


# Verbs that carry no event by themselves: their event is the noun they take ("make an
# accusation", "hold negotiations", "use force").
LIGHT_VERBS = frozenset("""make give take hold go use get engage commit conduct perform express
    voice issue stage carry put set lodge act""".split())
# Verbs of codebook prose that are not events at all.
META_VERBS = frozenset("""be have do specify indicate include involve constitute mention mean refer
    note code require need""".split())
# Nouns too general to name an event: look into their `of` phrase instead ("use of force").
GENERIC_NOUNS = frozenset("""act action activity form kind type sort number part use level way
    measure manner""".split())


def _chain(token) -> Iterable:
    yield token
    for child in token.children:
        if child.dep_ == "conj":
            yield from _chain(child)


def _as_verbs(noun: str, wn: WordNet) -> set[str]:
    return {noun} if wn.is_verb(noun) else wn.derived_verbs(noun)


def _noun_events(token, wn: WordNet) -> set[str]:
    lemma = token.lemma_.lower()
    if lemma not in GENERIC_NOUNS:
        return _as_verbs(lemma, wn)
    out: set[str] = set()
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for obj in prep.children:
                if obj.dep_ in ("pobj", "pcomp"):
                    for t in _chain(obj):
                        out |= _noun_events(t, wn) if t.pos_ in ("NOUN", "PROPN") \
                            else _verb_events(t, wn)
    return out


def _verb_events(token, wn: WordNet) -> set[str]:
    """A verb of the main clause: itself, its phrasal form, or (light verb) its event noun."""
    lemma = token.lemma_.lower()
    if token.pos_ != "VERB" or not wn.is_verb(lemma):
        return set()
    particles = [c.lower_ for c in token.children
                 if c.dep_ == "prt" or (c.dep_ == "advmod" and c.lower_ in _PARTICLES)]
    if particles:  # a phrasal verb is its own verb: "scale back" is not "scale"
        phrasal = f"{lemma}_{particles[0]}"
        return {phrasal} if wn.is_verb(phrasal) else set()
    if lemma in META_VERBS:
        return set()
    if lemma not in LIGHT_VERBS:
        return {lemma}
    out: set[str] = set()
    objects = [c for c in token.children if c.dep_ == "dobj"]
    pobjs = [o for p in token.children if p.dep_ in ("prep", "agent")
             for o in p.children if o.dep_ == "pobj"]
    for group in (objects, pobjs):
        for obj in group:
            for t in _chain(obj):
                if t.pos_ in ("NOUN", "PROPN"):
                    out |= _noun_events(t, wn)
        if out:
            break
    return out


def _listed_after(root, wn: WordNet) -> list:
    """Verbs listed right after the main verb that the tagger took for nouns or adjectives
    ("take or *damage* property", "deport or *expel* individuals", "kidnap, *hijack* or take")."""
    out = []
    doc = root.doc
    i = root.i + 1
    while i + 1 < len(doc) and doc[i].lower_ in (",", "or", "and"):
        word = doc[i + 1]
        if word.lower_ in (",", "or", "and"):
            i += 1
            continue
        if not wn.is_verb(word.lower_) or word.lower_ in LIGHT_VERBS | META_VERBS:
            break
        out.append(word)
        i += 2
    return out


def content_verbs(doc, wn: WordNet) -> set[str]:
    """The event verbs of a short text (a label or a codebook description).

    Verb-headed text: the main verb and the verbs coordinated with it; a light verb ("make an
    accusation", "hold negotiations") gives way to the verb WordNet derives from its object noun;
    verbs of subordinate clauses ("refuse *to comment*", "demand that target *releases*") are
    left out, as they name the content of the act, not the act. Noun-headed text ("Legal
    arrests, detentions or imprisonments"): the verbs of the head noun and the nouns coordinated
    with it. Phrasal verbs WordNet knows come back joined with `_` (`turn_down`)."""
    out: set[str] = set()
    for sent in doc.sents:
        root = sent.root
        if root.pos_ not in ("VERB", "AUX"):
            for token in _chain(root):
                if token.pos_ in ("NOUN", "PROPN"):
                    out |= _noun_events(token, wn)
            continue
        chain = list(_chain(root))
        for token in chain:
            out |= _verb_events(token, wn)
        if root.pos_ == "VERB":
            verbs = {t.i for t in chain if t.pos_ == "VERB"}
            for token in _listed_after(root, wn):
                if token.i not in verbs:
                    out.add(token.lower_)
    return out


# codebook boilerplate, and the aim of a protest ("Riot demanding rights"), are not the act
_BOILERPLATE = re.compile(r",?\s*\bnot (?:otherwise |further )?specified(?: further)?|"
                          r"\s+demanding\b.*$|,\s*unspecified\b")


def as_clause(text: str, wn: WordNet) -> str:
    """Texts that start with a verb get a subject and a modal, so the tagger reads the verbs
    ("Strike or boycott ...") as verbs; "All ...", noun compounds ("Hunger strike ...") and other
    noun-headed texts are left as they are."""
    text = re.sub(r"\s*/\s*", " or ", text.strip())
    text = _BOILERPLATE.sub("", text).strip()
    words = [w.lower().strip(",.;:") for w in text.split()]
    if not words or words[0] == "all":
        return text
    if len(words) > 1 and f"{words[0]}_{words[1]}" in wn.index["noun"] \
            and not wn.is_verb(f"{words[0]}_{words[1]}"):
        return text
    if wn.is_verb(words[0]) or words[0].endswith("ly"):
        return "They will " + text[0].lower() + text[1:]
    return text


def wordnet_inventory(texts: Mapping[str, str], nlp, wn: WordNet) -> tuple[dict, dict]:
    """Code -> the content verbs of the code's text and their WordNet verb synonyms."""
    codes = list(texts)
    docs = nlp.pipe(as_clause(texts[c], wn) for c in codes)
    inventory: dict[str, set[str]] = {}
    seeds: dict[str, list[str]] = {}
    for code, doc in zip(codes, docs, strict=True):
        verbs = content_verbs(doc, wn)
        seeds[code] = sorted(verbs)
        words: set[str] = set()
        for v in verbs:
            words |= wn.synonyms(v) | {v}
        inventory[code] = {w for w in words if is_unit(w)}
    return inventory, seeds


def description_inventory(texts: Mapping[str, str], nlp, wn: WordNet) -> dict[str, set[str]]:
    """Code -> content verbs of the code's description."""
    codes = list(texts)
    docs = nlp.pipe(as_clause(texts[c], wn) for c in codes)
    out = {}
    for code, doc in zip(codes, docs, strict=True):
        out[code] = {v for v in content_verbs(doc, wn) if is_unit(v)}
    return out


def read_descriptions(path: Path) -> dict[str, str]:
    """code -> description; the other columns (notably `example`) are dropped row by row."""
    out = {}
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            code, text = (row.get("code") or "").strip(), (row.get("description") or "").strip()
            row.clear()
            if code and text and text.upper() != "NA":
                out[code] = text
    return out


# ----------------------------------------------------------------------------------------------
# 4. actors
# ----------------------------------------------------------------------------------------------
def norm(text: str) -> str:
    """A surface form compared loosely: case, accents, `_ - /`, dots, apostrophes, a leading `the`."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = re.sub(r"[_\-/\t]", " ", text)
    text = re.sub(r"[.'’,()\"]", "", text)
    text = " ".join(text.split())
    return text[4:] if text.startswith("the ") else text


def _plural(word: str) -> str:
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    return word + "s"


@dataclass(frozen=True)
class AgentEntry:
    code: str  # three-letter agent code (GOV for ~GOVMED, NGO for NGO~)
    forms: tuple[str, ...]  # normalised singular and plural forms


_AGENT_CODE = re.compile(r"\[([^\]}]*)[\]}]")


def phoenix_agents(lines: Iterable[str], skipped: Counter | None = None) -> list[AgentEntry]:
    """One entry per line of a PETRARCH agents dictionary, with its `!SUBST!` expansions and its
    plural (given in `{...}`, none for `{}`, else the regular one)."""
    skipped = skipped if skipped is not None else Counter()
    subst: dict[str, list[str]] = {}
    out: list[AgentEntry] = []
    seen: set[tuple[str, str]] = set()
    for line in lines:
        line = line.split("#")[0].rstrip()
        if not line.strip():
            continue
        m = re.match(r"^\s*(![A-Z]+!)\s*=\s*(.+)$", line)
        if m:
            subst[m.group(1)] = [w.strip() for w in m.group(2).split(",") if w.strip()]
            continue
        code_m = _AGENT_CODE.search(line)
        code = code_m.group(1).replace("~", "").strip()[:3] if code_m else ""
        if not re.fullmatch(r"[A-Z]{3}", code):
            skipped["no agent code"] += 1
            continue
        phrase = re.split(r"[\[{]", line)[0].strip()
        braces = _BRACES.search(line[: code_m.start()])
        given = braces.group(1).split() if braces else None
        variants = [phrase]
        for marker, alternatives in subst.items():
            if marker in phrase:
                variants = [v.replace(marker, a) for v in variants for a in alternatives]
                given = []  # the substitution list already holds every form
        forms: list[str] = []
        for v in variants:
            forms.append(v)
            if given is None:
                forms.append(_plural(v.rstrip("_").lower()))
        forms.extend(given or ())
        normed = tuple(dict.fromkeys(norm(f) for f in forms if norm(f)))
        if not normed or (code, normed[0]) in seen:
            continue
        seen.add((code, normed[0]))
        out.append(AgentEntry(code, normed))
    return out


def agent_coverage(entries: Iterable[AgentEntry],
                   ours: Mapping[str, str]) -> tuple[dict[str, Tally], dict[str, list[str]]]:
    """Per agent code: entries whose form our agents list under the same code (covered) or only
    under another code (elsewhere). `ours`: normalised phrase -> code."""
    tallies: dict[str, Tally] = defaultdict(Tally)
    uncovered: dict[str, list[str]] = defaultdict(list)
    for e in entries:
        t = tallies[e.code]
        t.size += 1
        codes = {ours[f] for f in e.forms if f in ours}
        if e.code in codes:
            t.covered += 1
        else:
            uncovered[e.code].append(e.forms[0])
            if codes:
                t.elsewhere += 1
    total = Tally()
    for t in tallies.values():
        total.add(t)
    out = dict(sorted(tallies.items()))
    out["all"] = total
    return out, dict(uncovered)


def _name_forms(name: str) -> set[str]:
    forms = {norm(name)}
    if "(" in name:
        forms.add(norm(re.sub(r"\([^)]*\)", " ", name)))
        for inside in re.findall(r"\(([^)]*)\)", name):
            if " " not in inside.strip() and "_" not in inside.strip():
                forms.add(norm(inside))
    return {f for f in forms if f}


def phoenix_actor_records(lines: Iterable[str]) -> list[list[str]]:
    """Actor records of a PETRARCH actors file: a primary name line, then `+` synonym lines
    (tab-indented date-restriction lines are skipped). Each record: the names as written."""
    records: list[list[str]] = []
    for line in lines:
        if not line.strip() or line.startswith(("#", "\t", " ")):
            continue
        name = re.split(r"[\[#;]", line)[0].strip()
        if line.startswith("+"):
            if records and name.lstrip("+").strip():
                records[-1].append(name.lstrip("+").strip())
            continue
        if name:
            records.append([name])
    return records


def actor_coverage(records: Iterable[list[str]], ours: set[str]) -> tuple[Tally, list[str]]:
    """A record is covered when any of its names (normalised) is one of `ours`."""
    t = Tally()
    missing = []
    for names in records:
        t.size += 1
        forms = set().union(*(_name_forms(n) for n in names))
        if forms & ours:
            t.covered += 1
        else:
            missing.append(names[0])
    return t, missing


# ----------------------------------------------------------------------------------------------
# the whole computation
# ----------------------------------------------------------------------------------------------
def _lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8", errors="replace").splitlines()


def compute(reference: Path = REFERENCE, wordnet: Path = WORDNET, knowledge=None, nlp=None) -> dict:
    """Every figure of the report, plus per-code detail and the uncovered lists."""
    if knowledge is None:
        from eventwire import knowledge as kmod

        knowledge = kmod.load()
    if nlp is None:
        from eventwire import nlp as nlp_mod

        nlp = nlp_mod.load()
    wn = WordNet(wordnet)
    ours = our_verb_roots(knowledge.lexicon)
    known = set(knowledge.codebook)

    skipped: Counter = Counter()
    phoenix = _lines(reference / "phoenix" / "CAMEO.2.0.txt")
    inventories = {
        "phoenix_lines": phoenix_verbs(phoenix, known, Counter(), patterns=False),
        "phoenix": phoenix_verbs(phoenix, known, skipped),
    }
    # the twenty root rows are headings ("Making threats"); their 0X0 rows name the same class
    labels = {code: cameo.label for code, (cameo, _) in knowledge.codebook.items() if len(code) > 2}
    inventories["wordnet"], seeds = wordnet_inventory(labels, nlp, wn)
    descriptions = read_descriptions(reference / "cameo" / "cameo-codes.dev.csv")
    unknown_desc = sorted(c for c in descriptions if c not in known)
    inventories["descriptions"] = description_inventory(
        {c: t for c, t in descriptions.items() if c in known}, nlp, wn)

    verbs = {name: verb_coverage(inv, ours) for name, inv in inventories.items()}
    per_code: dict[str, dict] = {}
    for name, inv in inventories.items():
        for code in sorted(inv):
            lemmas = inv[code]
            root = code[:2]
            exact = {lem for lem in lemmas
                     if any(e.code == code for e in knowledge.lexicon.get(("verb", lem), ()))}
            per_code.setdefault(code, {})[name] = {
                "size": len(lemmas),
                "covered_same_root": sum(1 for lem in lemmas if root in ours.get(lem, ())),
                "covered_same_code": len(exact),
                "uncovered": sorted(lem for lem in lemmas if root not in ours.get(lem, ())),
                "elsewhere": {lem: sorted(ours[lem]) for lem in sorted(lemmas)
                              if lem in ours and root not in ours[lem]},
            }
    for code, words in seeds.items():
        per_code.setdefault(code, {})["wordnet_seed_verbs"] = words

    agent_ours = {norm(k): v for k, v in knowledge.agents_lower.items()}
    agent_entries = phoenix_agents(_lines(reference / "phoenix" / "Phoenix.agents.txt"), skipped)
    agents, agents_uncovered = agent_coverage(agent_entries, agent_ours)

    org_forms = {norm(s) for s, (kind, _) in knowledge.surface.items() if kind == "org"}
    people_forms = {norm(p) for p in knowledge.people}
    actors = {}
    actors_missing = {}
    for label, fname in (("International", "Phoenix.International.actors.txt"),
                         ("MilNonState", "Phoenix.MilNonState.actors.txt")):
        records = phoenix_actor_records(_lines(reference / "phoenix" / fname))
        orgs, missing = actor_coverage(records, org_forms)
        with_people, _ = actor_coverage(records, org_forms | people_forms)
        actors[label] = {"orgs": orgs, "orgs_or_people": with_people}
        actors_missing[label] = missing

    return {
        "verbs": verbs,
        "per_code": per_code,
        "agents": agents,
        "agents_uncovered": agents_uncovered,
        "actors": actors,
        "actors_missing": actors_missing,
        "notes": {
            "phoenix_codes_not_in_codebook": dict(sorted(skipped.items())),
            "description_codes_not_in_codebook": unknown_desc,
            "lexicon_verb_lemmas": sum(1 for lemma in ours if "_" not in lemma),
            "lexicon_phrasal_verbs": sum(1 for lemma in ours if "_" in lemma),
        },
    }


# ----------------------------------------------------------------------------------------------
# report
# ----------------------------------------------------------------------------------------------
def _pct(t: Tally) -> str:
    return "–" if t.pct is None else f"{t.pct:.0f}%"


def verb_table(verbs: Mapping[str, Mapping[str, Tally]]) -> str:
    rows = ["| root | Phoenix verb lines n | covered | other root | Phoenix with patterns n | covered "
            "| other root | WordNet n | covered | other root | descriptions n | covered | other root |",
            "|---|" + "---:|" * 12]
    for root in [*ROOTS, "all"]:
        cells = []
        for name in ("phoenix_lines", "phoenix", "wordnet", "descriptions"):
            t = verbs[name][root]
            cells += [str(t.size), _pct(t), str(t.elsewhere)]
        rows.append(f"| {'**all**' if root == 'all' else root} | " + " | ".join(cells) + " |")
    return "\n".join(rows)


def agent_table(agents: Mapping[str, Tally]) -> str:
    rows = ["| agent code | Phoenix entries | covered | under another code |", "|---|---:|---:|---:|"]
    for code, t in agents.items():
        rows.append(f"| {'**all**' if code == 'all' else code} | {t.size} | {_pct(t)} | {t.elsewhere} |")
    return "\n".join(rows)


def actor_table(actors: Mapping[str, Mapping[str, Tally]]) -> str:
    rows = ["| Phoenix file | records | recognised by organizations*.yaml | by organisations or people |",
            "|---|---:|---:|---:|"]
    total = {"orgs": Tally(), "orgs_or_people": Tally()}
    for label, d in actors.items():
        rows.append(f"| {label} | {d['orgs'].size} | {_pct(d['orgs'])} | {_pct(d['orgs_or_people'])} |")
        for k in total:
            total[k].add(d[k])
    rows.append(f"| **all** | {total['orgs'].size} | {_pct(total['orgs'])} | "
                f"{_pct(total['orgs_or_people'])} |")
    return "\n".join(rows)


DOC = """# Lexicon and dictionary coverage

How much of four inventories of event and actor words, compiled by other people for other
purposes, our knowledge files cover. The figures say where the lexicon is thin, not how well the
coder codes: a covered word may still need a `with` phrase before it fires, and an uncovered one
may be rare in news or wrong for our codebook.

Command (needs `../shared/reference` next to the checkout and WordNet in `/usr/share/wordnet`):

```
{command}
```

The figures below come from its last run; rerun it after changing the knowledge files. It
prints the tables below, rewrites this file with them and writes the uncovered words, code by
code, to `tools/out/uncovered.json` (git-ignored). That file is a list to review by hand: every
word in it needs a reason and a frame before it goes into the lexicon, and many should not go in at
all (WordNet synonyms include every sense of a verb).

## The verb inventories

- **Phoenix**: the PETRARCH-2 verb dictionary shipped with the Phoenix pipeline
  (`phoenix/CAMEO.2.0.txt`). *Verb lines*: a verb counts under the code of its verb line (its own
  `[code]`, else its block's code; blocks coded `---` give none), i.e. the verbs that code an
  event by themselves. *With patterns*: a verb also counts under the code of each pattern written
  for it (the pattern's comment names the verb; a pattern whose comment names no verb counts for
  the block's first verb). Many pattern verbs are light verbs whose event sits in the object noun
  (*give* + sentence, *stage* + protest); our lexicon often covers those events with a noun
  trigger, which this verb-to-verb count does not see. For a code pair `[042:043]` the first code
  is used. Only the head verb is kept: `+CALL_OFF` counts as *call*, particles are not compared.
  Codes absent from our `cameo.csv` are left out.
- **WordNet**: for each label in `knowledge/cameo.csv`, its content verbs (the main verb and the
  verbs coordinated with it; for a light verb such as *make*, *hold* or *use*, the verb WordNet
  derives from its object noun, so "Make an accusation" gives *accuse*; verbs of an embedded
  clause, such as *lift* in "Ask to lift sanctions", are the content of the act and are left out;
  phrasal verbs WordNet lists, such as *turn down*, are kept whole; one WordNet does not list,
  such as *scale back*, gives nothing). The inventory is those verbs and every member of every
  WordNet verb synset they belong to (all senses, no hypernyms) that is one word or a verb with
  one particle (*turn down*; longer expressions such as *give tongue to* are left out).
- **Codebook descriptions**: the content verbs, found the same way (spaCy model of
  `eventwire.nlp.load()`), of the `description` column of `cameo/cameo-codes.dev.csv`; a
  description written as a noun list ("Legal or extrajudicial arrests, detentions ...") gives the
  verbs of its nouns. The example column of that file is not used.

A lemma in a root's inventory is **covered** when our lexicon (all files under
`knowledge/lexicon/`, as `eventwire.knowledge.load()` reads them) has it as a verb trigger of any
code of the same root, with or without `with` words (a phrasal lemma such as *pull out* needs an
entry with that particle). **Other root** counts the uncovered lemmas we
do have as verb triggers, but only under other roots: possible disagreements about the code, or
words that belong to several roots (both sides can be right). The `all` row sums over roots, so a
lemma listed under two roots counts twice.

{verb_table}

## Generic actors (agents)

Every line of `phoenix/Phoenix.agents.txt` with an agent code is one entry, grouped by its first
three letters (`~GOVMED` counts as GOV, `NGO~` as NGO). An entry is covered when one of its forms
(the phrase, its plural, its `!PERSON!`-style expansions; compared lowercase with `_` and `-` read
as spaces) is in our `agents.yaml` under the same code; *under another code* counts entries we list
with a different code.

{agent_table}

## Named organisations

Each record (a primary name with its `+` synonyms) of `Phoenix.International.actors.txt` and
`Phoenix.MilNonState.actors.txt` is recognised when one of its names equals a surface form of our
`organizations*.yaml` after normalising case, accents, `_ - /`, dots, apostrophes and a leading
*the* (a parenthesised acronym counts as a name of its own). Codes are not compared. The
International file also lists people (secretaries-general, NATO commanders); the last column
shows the share when our people files are counted as well.

{actor_table}

{notes}
"""


def render(result: Mapping) -> str:
    notes = result["notes"]
    skipped = notes["phoenix_codes_not_in_codebook"]
    note_lines = [f"At this run our lexicon had {notes['lexicon_verb_lemmas']} verb trigger lemmas "
                  f"and {notes['lexicon_phrasal_verbs']} verb + particle forms."]
    codes = [c for c in skipped if c != "no agent code"]
    if codes:
        note_lines.append("Phoenix codes not in our codebook, left out: "
                          + ", ".join(f"{c} ({skipped[c]})" for c in codes) + ".")
    if skipped.get("no agent code"):
        note_lines.append(f"Phoenix agent lines without an agent code, left out: "
                          f"{skipped['no agent code']}.")
    if notes["description_codes_not_in_codebook"]:
        note_lines.append("Description codes not in our codebook, left out: "
                          + ", ".join(notes["description_codes_not_in_codebook"]) + ".")
    return DOC.format(command=COMMAND, verb_table=verb_table(result["verbs"]),
                      agent_table=agent_table(result["agents"]),
                      actor_table=actor_table(result["actors"]), notes="\n".join(note_lines))


def uncovered_json(result: Mapping) -> dict:
    return {
        "note": "Words our knowledge files do not cover, per inventory and code: a list to REVIEW, "
                "never to add blindly.",
        "verbs_per_code": result["per_code"],
        "agents_uncovered": result["agents_uncovered"],
        "actors_unrecognised": result["actors_missing"],
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--reference", type=Path, default=REFERENCE)
    ap.add_argument("--wordnet", type=Path, default=WORDNET)
    ap.add_argument("--docs", type=Path, default=REPO / "docs" / "coverage.md",
                    help="where to write the report ('-' to skip)")
    ap.add_argument("--out", type=Path, default=REPO / "tools" / "out",
                    help="folder for uncovered.json ('-' to skip)")
    args = ap.parse_args(argv)
    for path, what in ((args.reference / "phoenix", "reference material"),
                       (args.wordnet / "data.verb", "WordNet database")):
        if not path.exists():
            print(f"coverage: {what} not found at {path}", file=sys.stderr)
            return 2
    result = compute(args.reference, args.wordnet)
    text = render(result)
    print(text)
    if str(args.docs) != "-":
        args.docs.write_text(text, encoding="utf-8")
    if str(args.out) != "-":
        args.out.mkdir(parents=True, exist_ok=True)
        (args.out / "uncovered.json").write_text(
            json.dumps(uncovered_json(result), indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(REPO / "src"))
    raise SystemExit(main())
