"""Readers for the PETRARCH/TABARI dictionary files: actors, agents, discards, issues and both verb
formats (PETRARCH-1/TABARI patterns and the PETRARCH-2 verb-pattern file). Each reader takes the
file's text and its name and returns small frozen records; a line it cannot read raises
`PetrarchFormatError` naming the file and the line.

Common rules (docs/petrarch.md): `#` starts a comment (outside `[...]`, where TABARI's `[###]`
discard code lives), `<!-- ... -->` blocks are comments, blank lines are skipped, words are
upper-cased and `_` joins the words of one phrase.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from ..errors import DictionaryFormatError as PetrarchFormatError

Words = tuple[str, ...]

# -- lines ---------------------------------------------------------------------------------------


def lines(text: str, *, semicolon: bool = False) -> Iterator[tuple[int, str]]:
    """(line number, content) of each line with comments removed; leading blanks are kept (actor
    files mark date restrictions with them), blank lines are skipped."""
    in_html = False
    for n, raw in enumerate(text.splitlines(), start=1):
        line = raw
        if in_html:
            end = line.find("-->")
            if end < 0:
                continue
            line, in_html = line[end + 3:], False
        while "<!--" in line:
            start = line.index("<!--")
            end = line.find("-->", start)
            if end < 0:
                line, in_html = line[:start], True
                break
            line = line[:start] + line[end + 3:]
        line = _strip_comment(line, semicolon)
        if line.strip():
            yield n, line.rstrip()


def _strip_comment(line: str, semicolon: bool) -> str:
    marks = "#;" if semicolon else "#"
    if not any(m in line for m in marks):
        return line
    if "[" not in line:
        cut = min(line.find(m) for m in marks if m in line)
        return line[:cut]
    depth = 0
    for i, ch in enumerate(line):
        if ch == "[":
            depth += 1
        elif ch == "]":
            depth = max(0, depth - 1)
        elif depth == 0 and (ch == "#" or (semicolon and ch == ";")):
            return line[:i]
    return line


def phrase_words(phrase: str) -> Words:
    """'HAMAS_MILITARY_COMMAND' or 'CARAS GALADHON' -> ('HAMAS', 'MILITARY', 'COMMAND')."""
    return tuple(w for w in re.split(r"[\s_]+", phrase.strip().upper()) if w)


def plural(word: str) -> str:
    """The regular plural PETRARCH generates: +S, +ES after S/SH/CH/X/Z, consonant+Y -> IES."""
    if re.search(r"[^AEIOU]Y$", word):
        return word[:-1] + "IES"
    if re.search(r"(S|SH|CH|X|Z)$", word):
        return word + "ES"
    return word + "S"


def verb_forms(word: str) -> set[str]:
    """The regular forms of a verb: base, -S, -ED, -ING (DEPLORE -> DEPLORED, DEPLORING)."""
    forms = {word}
    if re.search(r"[^AEIOU]Y$", word):
        forms |= {word[:-1] + "IES", word[:-1] + "IED", word + "ING"}
        return forms
    forms.add(word + "ES" if re.search(r"(SS|SH|CH|X|Z)$", word) else word + "S")
    if word.endswith("E"):
        forms |= {word + "D", (word if word.endswith("EE") else word[:-1]) + "ING"}
    else:
        forms |= {word + "ED", word + "ING"}
    return forms


_CODE = re.compile(r"\[([^\]]*)\]")


def _each(text: str, problems: list[PetrarchFormatError] | None, handle, *,
          semicolon: bool = False) -> None:
    """Call handle(n, line) on each line; a malformed line raises, or, when `problems` is a list,
    is recorded there and skipped."""
    for n, line in lines(text, semicolon=semicolon):
        try:
            handle(n, line)
        except PetrarchFormatError as exc:
            if problems is None:
                raise
            problems.append(exc)


# -- actors --------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DatedCode:
    code: str
    start: str | None  # YYYYMMDD, inclusive
    end: str | None


@dataclass(frozen=True, slots=True)
class ActorEntry:
    phrases: tuple[Words, ...]
    default: str | None
    dated: tuple[DatedCode, ...]
    where: str

    def code_on(self, date: str | None) -> str | None:
        """The code for a record dated YYYYMMDD: the first restriction containing the date, else
        the default code (None: a null code)."""
        if date:
            for d in self.dated:
                if (d.start is None or d.start <= date) and (d.end is None or date <= d.end):
                    return d.code
        return self.default


def _date(text: str, path: str, n: int) -> str:
    if not re.fullmatch(r"\d{6}|\d{8}", text):
        raise PetrarchFormatError(path, n, f"date {text!r} is not YYYYMMDD or YYMMDD")
    if len(text) == 6:  # TABARI's two-digit years: 30-99 are 19xx, 00-29 are 20xx
        text = ("19" if int(text[:2]) >= 30 else "20") + text
    return text


def dated_code(body: str, path: str, n: int) -> DatedCode:
    """'RUSGOV >20040309', 'USAGOV 450703-470121', 'AFGELI <19920101' or just 'ARN'."""
    parts = body.split()
    if not parts:
        raise PetrarchFormatError(path, n, f"expected [CODE] or [CODE restriction], got [{body}]")
    code = parts[0].upper()
    if len(parts) == 1:
        return DatedCode(code, None, None)
    rest = "".join(parts[1:])  # '< 950601' as well as '<950601'
    if not re.fullmatch(r"[<>]\d+|\d+-\d+", rest):
        raise PetrarchFormatError(path, n, f"date restriction {rest!r} is not <date, >date or "
                                           "date-date")
    if rest.startswith("<"):
        return DatedCode(code, None, _date(rest[1:], path, n))
    if rest.startswith(">"):
        return DatedCode(code, _date(rest[1:], path, n), None)
    a, b = rest.split("-", 1)
    return DatedCode(code, _date(a, path, n), _date(b, path, n))


def read_actors(text: str, path: str,
                problems: list[PetrarchFormatError] | None = None) -> list[ActorEntry]:
    out: list[ActorEntry] = []
    cur: dict = {"phrases": [], "default": None, "dated": [], "start": 0}

    def flush() -> None:
        if cur["phrases"]:
            out.append(ActorEntry(tuple(cur["phrases"]), cur["default"], tuple(cur["dated"]),
                                  f"{path}:{cur['start']}"))

    def codes(bodies: list[str], n: int) -> None:
        for body in bodies:
            d = dated_code(body, path, n)
            if d.start is None and d.end is None:
                cur["default"] = d.code
            else:
                cur["dated"].append(d)

    def handle(n: int, line: str) -> None:
        stripped = line.strip()
        if line[0] in " \t" and stripped.startswith("["):
            if not cur["phrases"]:
                raise PetrarchFormatError(path, n, "a date restriction before any actor")
            codes(_CODE.findall(stripped), n)
            return
        synonym = stripped.startswith("+")
        body = stripped[1:] if synonym else stripped
        words = phrase_words(_CODE.sub(" ", body))
        if not words or "[" in _CODE.sub("", body) or "]" in _CODE.sub("", body):
            raise PetrarchFormatError(path, n, f"expected an actor phrase, got {stripped!r}")
        if synonym:
            if not cur["phrases"]:
                raise PetrarchFormatError(path, n, "a '+' synonym before any actor")
            cur["phrases"].append(words)
            return
        flush()
        cur.update(phrases=[words], default=None, dated=[], start=n)
        codes(_CODE.findall(body), n)

    _each(text, problems, handle, semicolon=True)
    flush()
    return out


# -- agents --------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class AgentEntry:
    words: Words
    code: str
    before: bool  # NGO~: the code goes before the actor's code
    where: str


def read_agents(text: str, path: str,
                problems: list[PetrarchFormatError] | None = None) -> list[AgentEntry]:
    subs: dict[str, list[str]] = {}
    out: list[AgentEntry] = []

    def handle(n: int, line: str) -> None:
        s = line.strip()
        m = re.fullmatch(r"(![A-Za-z]+!)\s*=\s*(.+)", s)
        if m:
            subs[m.group(1).upper()] = [w.strip().upper() for w in m.group(2).split(",")
                                        if w.strip()]
            return
        m = re.fullmatch(r"(.+?)\s*(?:\{([^}]*)\})?\s*\[\s*([^\]]*?)\s*[\]}]", s)
        if not m:
            raise PetrarchFormatError(path, n, f"expected 'PHRASE {{plural}} [~CODE]', got {s!r}")
        phrase, plurals, code = m.group(1), m.group(2), m.group(3).replace(" ", "").upper()
        if code.startswith("~"):
            code, before = code[1:], False
        elif code.endswith("~"):
            code, before = code[:-1], True
        else:
            raise PetrarchFormatError(path, n, f"agent code [{code}] needs a '~' before or after")
        if not re.fullmatch(r"[A-Z0-9]+", code):
            raise PetrarchFormatError(path, n, f"agent code {code!r} is not letters and digits")
        where = f"{path}:{n}"
        marker = re.search(r"![A-Za-z]+!", phrase)
        if marker:
            key = marker.group(0).upper()
            if key not in subs:
                raise PetrarchFormatError(path, n, f"substitution marker {key} is not defined")
            forms = [phrase[:marker.start()] + v + phrase[marker.end():] for v in subs[key]]
            out.extend([AgentEntry(phrase_words(f), code, before, where) for f in forms])
            return
        words = phrase_words(phrase)
        out.append(AgentEntry(words, code, before, where))
        if plurals is None:
            out.append(AgentEntry(words[:-1] + (plural(words[-1]),), code, before, where))
        else:
            out.extend([AgentEntry(phrase_words(p), code, before, where) for p in plurals.split()])

    _each(text, problems, handle)
    return out


# -- discards and issues -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Discard:
    text: str  # upper-case words joined by single blanks
    story: bool  # '+': the whole story is not coded
    whole_word: bool  # trailing '_': the match must end at a blank or punctuation


def read_discards(text: str, path: str,
                  problems: list[PetrarchFormatError] | None = None) -> list[Discard]:
    out = []

    def handle(n: int, line: str) -> None:
        s = line.strip()
        story = s.startswith("+")
        body = s[1:].strip() if story else s
        if not body or "[" in body:
            raise PetrarchFormatError(path, n, f"expected a discard phrase, got {s!r}")
        out.append(Discard(" ".join(body.rstrip("_").upper().split()), story,
                           body.endswith("_")))

    _each(text, problems, handle)
    return out


@dataclass(frozen=True, slots=True)
class Issue:
    texts: tuple[str, ...]  # every expansion of the phrase, upper-case
    code: str | None  # None: an ignore phrase ('~')


def _issue_forms(word: str) -> list[str]:
    if word.startswith("n:"):
        w = word[2:].upper()
        return [w, plural(w)]
    if word.startswith("v:"):
        w = word[2:].upper()
        return sorted(verb_forms(w))
    w = word.upper()
    return [w.replace("+", " "), w.replace("+", "-")] if "+" in w else [w]


def read_issues(text: str, path: str,
                problems: list[PetrarchFormatError] | None = None) -> list[Issue]:
    out = []

    def handle(n: int, line: str) -> None:
        s = line.strip()
        if re.fullmatch(r"</?ISSUE[^>]*>", s, flags=re.I):
            return
        if s.startswith("~"):
            code, body = None, s.lstrip("~")
        else:
            m = re.fullmatch(r"(.+?)\s*\[([^\]\s]+)\]", s)
            if not m:
                raise PetrarchFormatError(path, n, f"expected 'phrase [CODE]' or '~phrase', "
                                                   f"got {s!r}")
            body, code = m.group(1), m.group(2).upper()
        texts = [""]
        for word in body.split():
            texts = [f"{t} {f}".strip() for t in texts for f in _issue_forms(word)]
        out.append(Issue(tuple(dict.fromkeys(texts)), code))

    _each(text, problems, handle)
    return out


# -- verbs ---------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Element:
    """One element of a verb pattern: a word, a synset, or a slot ($ source, + target,
    % compound, ^ skipped noun phrase). `tight`: no word may come between this element and the
    next one towards the verb side of the pattern (TABARI's '_')."""

    kind: str  # word | synset | source | target | compound | skip | prep
    value: str = ""
    tight: bool = False


@dataclass(frozen=True, slots=True)
class Pattern:
    before: tuple[Element, ...]  # in text order, ending next to the verb
    after: tuple[Element, ...]  # in text order, starting next to the verb
    code: str
    where: str

    @property
    def size(self) -> int:
        return len(self.before) + len(self.after)


@dataclass(frozen=True, slots=True)
class Verb:
    forms: frozenset[str]  # inflected forms of the verb word
    before: Words  # words of a multi-word verb that come before the verb word (WIRE_+TAP)
    after: Words  # ... and after it (CORDON_OFF)
    code: str | None  # own code, else the block's
    block: int


@dataclass(frozen=True, slots=True)
class Transformation:
    text: str
    where: str


@dataclass
class VerbDictionary:
    synsets: dict[str, tuple[Words, ...]] = field(default_factory=dict)
    verbs: list[Verb] = field(default_factory=list)
    blocks: list[tuple[str, str | None]] = field(default_factory=list)  # (name, code)
    patterns: dict[int, list[Pattern]] = field(default_factory=dict)  # block -> patterns
    transformations: list[Transformation] = field(default_factory=list)
    ignored: list[str] = field(default_factory=list)  # patterns naming an undefined synset
    version: int = 1


def is_petrarch2_verbs(text: str) -> bool:
    """PETRARCH-2 patterns put prepositional phrases in (...) and noun phrases in {...}; TABARI /
    PETRARCH-1 patterns never do; only PETRARCH-2 files have '~' transformations."""
    for _, line in lines(text):
        s = line.strip()
        if s.startswith("~") or (s.startswith("-") and not s.startswith("---")
                                 and re.search(r"[({]", _CODE.sub("", s))):
            return True
    return False


def _code_of(body: str, path: str, n: int) -> str:
    code = body.strip().upper()
    if not re.fullmatch(r"[^\s:\[\]]*(:[^\s:\[\]]*)?", code) or code in ("", ":"):
        raise PetrarchFormatError(path, n, f"event code [{body}] is not a code or CODE:CODE")
    return code


def read_verbs(text: str, path: str,
               problems: list[PetrarchFormatError] | None = None) -> VerbDictionary:
    d = VerbDictionary(version=2 if is_petrarch2_verbs(text) else 1)
    state: dict = {"synset": None, "block": -1}
    plurals: set[str] = set()  # synsets whose members get regular plurals

    def handle(n: int, line: str) -> None:
        s = line.strip()
        if s.startswith("&"):
            name = s.split()[0][1:].upper()
            state["synset"] = name.rstrip("_")
            d.synsets[state["synset"]] = ()
            if not name.endswith("_"):
                plurals.add(state["synset"])
            return
        if state["synset"] is not None and s.startswith("+"):
            _add_synset_member(d, state["synset"], state["synset"] in plurals, s[1:].strip(),
                               path, n)
            return
        state["synset"] = None
        if s.startswith("---"):
            m = re.fullmatch(r"---\s*(.*?)\s*(?:\[([^\]]*)\])?\s*(?:---)?", s)
            if not m or not m.group(1) or s.count("[") != s.count("]"):
                raise PetrarchFormatError(path, n, f"expected '--- NAME [CODE] ---', got {s!r}")
            code = _code_of(m.group(2), path, n) if m.group(2) else None
            d.blocks.append((m.group(1), None if code == "---" else code))
            state["block"] = len(d.blocks) - 1
            d.patterns[state["block"]] = []
            return
        if state["block"] < 0:
            raise PetrarchFormatError(path, n, f"{s!r} comes before any '--- VERB [CODE] ---' "
                                               "block")
        if s.startswith("~"):
            d.transformations.append(_transformation(s, path, n))
        elif s.startswith("-") or s.startswith("* "):  # a pattern (one file forgets the dash)
            pattern = _pattern(d, s[1:] if s.startswith("-") else s, path, n)
            if pattern is None:  # names an undefined synset: ignored, as PETRARCH does
                d.ignored.append(f"{path}:{n}")
            else:
                d.patterns[state["block"]].append(pattern)
        else:
            d.verbs.append(_verb(s, state["block"], path, n))

    _each(text, problems, handle, semicolon=True)
    return d


def _add_synset_member(d: VerbDictionary, name: str, with_plurals: bool, member: str, path: str,
                       n: int) -> None:
    if not member:
        raise PetrarchFormatError(path, n, f"empty member of synset &{name}")
    if member.startswith("&"):
        inner = member.upper().rstrip("_")[1:]
        if inner not in d.synsets:
            raise PetrarchFormatError(path, n, f"synset &{inner} is used before it is defined")
        d.synsets[name] += d.synsets[inner]
        return
    if re.search(r"[$+%^*]", member):
        raise PetrarchFormatError(path, n, f"a synset member holds words only, got {member!r}")
    words = phrase_words(member)
    forms = [words]
    if with_plurals and not member.endswith("_"):
        forms.append(words[:-1] + (plural(words[-1]),))
    d.synsets[name] += tuple(forms)


def _verb(s: str, block: int, path: str, n: int) -> Verb:
    m = re.fullmatch(r"([^{}\[\]]+?)\s*(?:\{([^}]*)\})?\s*(?:\[([^\]]*)\])?", s)
    if not m:
        raise PetrarchFormatError(path, n, f"expected 'VERB {{forms}} [CODE]', got {s!r}")
    head, irregular, code = m.groups()
    head = "_".join(head.split())  # 'LASH OUT' as 'LASH_OUT'
    head = head.lstrip("+") if head.count("+") == 1 and head.startswith("+") and "_" not in head \
        else head

    def split(phrase: str) -> tuple[Words, str, Words]:
        parts = [p for p in phrase.upper().split("_") if p]
        marked = [i for i, p in enumerate(parts) if p.startswith("+")]
        i = marked[0] if marked else 0
        if len(marked) > 1 or not parts:
            raise PetrarchFormatError(path, n, f"verb {phrase!r}: mark at most one word with '+'")
        return tuple(parts[:i]), parts[i].lstrip("+"), tuple(parts[i + 1:])

    before, word, after = split(head)
    if not re.fullmatch(r"[A-Z][A-Z'-]*", word):
        raise PetrarchFormatError(path, n, f"verb word {word!r} is not a word")
    forms = {word}
    if irregular is None:
        forms |= verb_forms(word)
    else:
        forms |= {split(f)[1] for f in irregular.split()}
    own = _code_of(code, path, n) if code else None
    return Verb(frozenset(forms), before, after, None if own == "---" else own, block)


_TOKEN = re.compile(r"\{[^}]*\}|\([^)]*\)|\S+")


def _pattern(d: VerbDictionary, body: str, path: str, n: int) -> Pattern | None:
    codes = _CODE.findall(body)
    if len(codes) != 1:
        raise PetrarchFormatError(path, n, "a pattern needs exactly one [CODE]")
    code = _code_of(codes[0], path, n)
    text = body[:body.index("[")]
    elements: list[Element] = []
    for token in _TOKEN.findall(text):
        if token.startswith("{"):  # PETRARCH-2 noun phrase: words of one phrase, head last
            elements += [Element("word", w) for w in phrase_words(token[1:-1]) if w]
            continue
        if token.startswith("("):  # PETRARCH-2 prepositional phrase: preposition, then noun
            inner = token[1:-1].replace("{", " ").replace("}", " ").split()
            if not inner:
                raise PetrarchFormatError(path, n, "an empty (...) in a pattern")
            elements.append(Element("prep", inner[0].upper()))
            elements += [_element(d, w, path, n) for w in inner[1:]]
            continue
        # a slot glued to a word ('*SCEPTICAL') is read as two elements with a gap
        token = re.sub(r"^([*$+%^])(?=[A-Za-z0-9&])", r"\1 ", token)
        token = re.sub(r"(?<=[A-Za-z0-9])([*$+%^])$", r" \1", token)
        if " " in token:
            elements += [_element(d, w, path, n) for w in token.split()]
            continue
        parts = token.split("_")
        for k, part in enumerate(parts):
            if not part:
                continue
            tight = k < len(parts) - 1 and bool(parts[k + 1])
            el = _element(d, part, path, n)
            elements.append(Element(el.kind, el.value, tight))
    if any(e.kind == "synset" and e.value not in d.synsets for e in elements):
        return None
    stars = [i for i, e in enumerate(elements) if e.kind == "verb"]
    if len(stars) != 1:
        raise PetrarchFormatError(path, n, "a pattern needs exactly one '*' for the verb")
    i = stars[0]
    before = tuple(elements[:i])
    # `tight` on the element before '*' joins it to the verb; after the verb, an element is
    # tight when the verb (or the element before it) was joined to it
    after = []
    prev_tight = elements[i].tight
    for e in elements[i + 1:]:
        after.append(Element(e.kind, e.value, prev_tight))
        prev_tight = e.tight
    return Pattern(before, tuple(after), code, f"{path}:{n}")


_SLOTS = {"$": "source", "+": "target", "%": "compound", "^": "skip", "*": "verb"}


def _element(d: VerbDictionary, word: str, path: str, n: int) -> Element:
    if word in _SLOTS:
        return Element(_SLOTS[word])
    if word.startswith("&"):
        return Element("synset", word[1:].upper().rstrip("_"))
    if not re.fullmatch(r"[A-Za-z0-9'.,-]+", word):
        raise PetrarchFormatError(path, n, f"pattern word {word!r} is not a word, synset or slot")
    return Element("word", word.upper())


def _transformation(s: str, path: str, n: int) -> Transformation:
    if "=" not in s or s.count("(") != s.count(")"):
        raise PetrarchFormatError(path, n, "expected '~ a (a b VERB) VERB = a b CODE'")
    return Transformation(s[1:].strip(), f"{path}:{n}")
