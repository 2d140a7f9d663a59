"""Gender evidence for the people an article names, so that "she" is not resolved to a man nor
"he" to a woman (docs/policy.md, "Other rules").

Stage contract: `said_of(token)` reads what the text itself says about the person whose name or
role word is `token` (a title or honorific, a gendered noun in the phrase or in apposition);
`by_name(name, first_names)` reads the first name against the inventory of
knowledge/first-names.csv; `Genders` keeps, per person of the article, the evidence gathered so
far, and `Genders.of` weighs it: the people files' own `gender` field first, then the text (titles,
nouns, and pronouns tied to the person by the grammar: "Smith said he ..."), then the first name.
Evidence that contradicts itself counts as none. The titles and the gendered nouns are reviewed
data, knowledge/gender-words.yaml.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from spacy.tokens import Token

from .errors import KnowledgeError
from .knowledge import HERE, _read_yaml

MALE, FEMALE = "m", "f"
PRONOUNS = {"he": MALE, "him": MALE, "his": MALE, "himself": MALE,
            "she": FEMALE, "her": FEMALE, "hers": FEMALE, "herself": FEMALE}
SECTIONS = ("titles", "nouns")


def read_words(path: Path) -> dict[str, dict[str, str]]:
    """knowledge/gender-words.yaml: {section: {word: "m" | "f"}} for its `titles` and `nouns`.
    A word under both genders of a section, or a gender other than m and f, is an error
    naming the file."""
    data = _read_yaml(path)
    if not isinstance(data, dict):
        raise KnowledgeError(f"{path}: expected a mapping of {' and '.join(SECTIONS)}")
    out: dict[str, dict[str, str]] = {}
    for section in SECTIONS:
        words: dict[str, str] = {}
        for g, listed in (data.get(section) or {}).items():
            if g not in (MALE, FEMALE):
                raise KnowledgeError(f"{path}: {section}: the genders are m and f, not {g!r}")
            for word in listed or ():
                if not isinstance(word, str):
                    raise KnowledgeError(f"{path}: {section}: {word!r} is not a word")
                word = word.lower()
                if words.get(word, g) != g:
                    raise KnowledgeError(f"{path}: {section}: {word!r} is listed as m and f")
                words[word] = g
        if not words:
            raise KnowledgeError(f"{path}: no {section}")
        out[section] = words
    return out


_WORDS = read_words(HERE / "gender-words.yaml")
TITLES = _WORDS["titles"]
"""Titles and honorifics written before a name ("Mr Khan", "Sheikha Moza", "Queen Rania")."""
NOUNS = _WORDS["nouns"]
"""Nouns (and the two adjectives) that say a person's gender when they head the person's phrase
or stand in apposition to it ("Ana Ruiz, a mother of three", "the ministry's spokeswoman")."""
IN_PHRASE = frozenset({"compound", "amod", "nmod"})
"""The dependency labels of the words that stand in a person's own phrase ("Mr", "male")."""


def pronoun_gender(word: str) -> str | None:
    return PRONOUNS.get(word.lower())


def said_of(tok: Token) -> str | None:
    """The gender the text gives the person whose name (its last word) or role word is `tok`:
    a title before the name, a gendered noun it heads or is in apposition with. Not the
    phrase's possessor: "Putin's spokeswoman" says nothing of Putin."""
    words = [tok, *(c for c in tok.children if c.dep_ in IN_PHRASE)]
    others = [c for c in tok.children if c.dep_ == "appos"]
    if tok.dep_ == "appos":
        others.append(tok.head)
    for o in others:
        words += [o, *(c for c in o.children if c.dep_ in IN_PHRASE)]
    found = {g for w in words if (g := _word_gender(w)) is not None}
    return found.pop() if len(found) == 1 else None


def titled(tok: Token) -> bool:
    """A name written with a title or honorific before it ("Mr Odongo"): a person's, whatever
    entity type the model gives it."""
    return any(c.dep_ == "compound" and c.lower_.rstrip(".") in TITLES and c.is_title
               for c in tok.children)


def _word_gender(tok: Token) -> str | None:
    word = tok.lower_.rstrip(".")
    if word in TITLES and tok.is_title:
        return TITLES[word]
    if tok.pos_ in ("NOUN", "ADJ") or tok.pos_ == "PROPN" and word not in ("male", "female"):
        return NOUNS.get(word)  # not Male, the Maldives' capital
    return None


def plain(word: str) -> str:
    """Lower case without diacritics, as the inventory is written ("José" → "jose")."""
    return unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode().lower()


def by_name(name: str, first_names: dict[str, str]) -> str | None:
    """The gender a person's first name clearly indicates, for a name of two words or more
    ("Maria Zakharova"; "Jean-Pierre" as itself, else by its first part)."""
    words = name.split()
    if len(words) < 2:
        return None
    first = plain(words[0])
    return first_names.get(first) or first_names.get(first.split("-")[0])


@dataclass
class Genders:
    """Per person of the article (by `person_key`): the gender the people files list, the text
    says, and the first name indicates; "?" where the text contradicts itself."""

    listed: dict[str, str] = field(default_factory=dict)
    said: dict[str, str] = field(default_factory=dict)
    named: dict[str, str] = field(default_factory=dict)

    def note(self, key: str, *, listed: str | None = None, said: str | None = None,
             named: str | None = None) -> None:
        if listed:
            self.listed[key] = listed
        if said:
            before = self.said.get(key)
            self.said[key] = said if before in (None, said) else "?"
        if named:
            self.named[key] = named

    def of(self, key: str) -> str | None:
        for table in (self.listed, self.said, self.named):
            if key in table:
                g = table[key]
                return g if g != "?" else None
        return None

    def fits(self, key: str, pronoun: str | None) -> bool:
        """Whether a pronoun of that gender (None: not a person pronoun) may refer to them."""
        g = self.of(key)
        return pronoun is None or g is None or g == pronoun
