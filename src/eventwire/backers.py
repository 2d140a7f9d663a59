"""Backers and allies named inside another party's phrase: never the party, never its counterpart.
(And a colony's ruler: "the former French colony" is no French party.)

"Iranian-backed Houthi rebels fired missiles at Israel", "US-backed Kurdish fighters attacked",
"Hamas ally Hezbollah fired rockets", "Moscow's ally Belarus condemned the sanctions": the
rebels are Yemeni, the fighters Syrian Kurds, the shooter Hezbollah. The backer or ally named
before them says who stands behind them; it neither gives them its nationality nor takes part
in what they do (unless the party has no name or nationality of its own: "Armenian-backed
forces" are coded as Armenia's, as the user's seed article codes them). Read as any other
modifier, it did both: "Iranian-backed Houthi rebels" were
coded as Iran, "Hamas ally Hezbollah fired rockets" as fired at Hamas, and "Russian ally Belarus
hosted talks with Ukraine" as talks between Russia and Belarus.

`mark(doc)` finds such phrases before any actor is read and records their words in the doc's
`user_data` (`backer_words`); the noun-phrase reader (actors.np_tokens) and the sentence's actor
finder (sentence_actors) pass over them. Only the backer is set aside: the phrase's own head
and name still give the party. A coalition "led" by a country is that country's ("the
Saudi-led coalition"), so "-led" is not a backing.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .syntax import climb

KEY = "eventwire.backers"
BACKING = frozenset({"back", "backed", "support", "supported", "sponsor", "sponsored", "fund",
                     "funded", "finance", "financed", "arm", "armed", "train", "trained",
                     "ally", "allied", "align", "aligned"})
"""Participles of backing, as lemmas and as written (the tagger's lemma of "Iranian-backed"
varies): "X-backed", "X-sponsored", "X-funded", "X-armed", "X-trained", "X-allied",
"X-aligned". Not "-led" (a coalition led by a country is that country's), "-owned", "-made" or
"-based" (the owner, the maker and the base are the thing's own)."""
ALLIES = frozenset({"ally", "allies", "proxy", "proxies", "protege", "protégé"})
"""Nouns that name the backer's man before a name: "Kremlin ally Ramzan Kadyrov", "Hamas ally
Hezbollah", "Iran's proxy Hezbollah"."""


COLONIES = frozenset({"colony", "protectorate"})
"""Nouns whose nationality is the ruler's, not the party's: "the former French colony" is Mali
or Chad, "a former Portuguese colony" Timor-Leste, never France or Portugal."""

CUES = ("ally", "allies", "prox", "prot", "back", "support", "sponsor", "fund", "financ", "armed",
        "trained", "allied", "aligned", "colon")
"""Substrings one of which any backer's phrase holds (lower case)."""


def mark(doc: Doc) -> None:
    """Record the words of every backer's phrase in `doc.user_data[KEY]` (token indices)."""
    text = doc.text.lower()
    if not any(cue in text for cue in CUES):
        return  # most paragraphs name no backer: one look at the text, no walk over its words
    words: set[int] = set()
    for tok in doc:
        if tok.lower_ in ALLIES and tok.pos_ == "NOUN":
            words.update(_ally_phrase(tok))
        elif tok.lemma_.lower() in COLONIES and tok.pos_ == "NOUN":
            # "the former French colony": the ruler's nationality, set aside like a backer's
            words.update(t.i for c in tok.children if c.i < tok.i and c.dep_ in (
                "amod", "compound", "nmod") and c.text[:1].isupper() for t in c.subtree)
        elif tok.i >= 2 and doc[tok.i - 1].text in ("-", "\u2010", "\u2011") and (
                tok.lower_ in BACKING or tok.lemma_.lower() in BACKING) and \
                tok.dep_ in ("amod", "compound", "nmod", "npadvmod") and named(tok):
            words.update(t.i for t in tok.subtree if t.i <= tok.i)
    if words:
        doc.user_data[KEY] = frozenset(words)


def named(backed: Token) -> bool:
    """Whether the party a backing modifies has a name or nationality of its own ("Iranian-backed
    Houthi rebels", "US-backed Kurdish fighters", "Rwandan-backed M23"). A party with none
    ("Armenian-backed forces") is told only by its backer, and the coders code it as the
    backer's (the seed article's "Armenian-backed forces" are Armenia's military)."""
    head = backed.head
    return head.pos_ == "PROPN" or any(
        c.i != backed.i and c.i < head.i and c.dep_ in ("compound", "amod", "nmod", "poss")
        and c.text[:1].isupper() for c in head.children)


def backer_words(doc: Doc) -> frozenset[int]:
    """The token indices `mark` recorded (none when the doc has no backer)."""
    return doc.user_data.get(KEY, frozenset())


def _ally_phrase(ally: Token) -> list[int]:
    """"Kremlin ally Ramzan Kadyrov", "Moscow's ally Belarus": the ally noun and its own
    modifiers, when a proper name follows it at once (the ally's own name). The parser hangs
    the ally noun beside the name or on it; either way the name alone is the party, and the
    noun moves under the name so that the clause keeps one subject."""
    doc = ally.doc
    if ally.i + 1 >= len(doc) or doc[ally.i + 1].pos_ != "PROPN":
        return []
    own = [t.i for t in ally.subtree if t.i <= ally.i]  # (moving the noun keeps its subtree)
    name = climb(doc[ally.i + 1], ("compound", "flat"))
    if name.i > ally.i and all(a.i != ally.i for a in name.ancestors) and (
            ally.head.i == name.head.i and ally.dep_ == name.dep_ or ally.dep_ == "npadvmod"):
        ally.head, ally.dep_ = name, "dep"  # "Russian ally Belarus hosted": one subject
    return own
