"""Means: what a violent act is done with can say its CAMEO code.

CAMEO sets bombings apart from conventional military force: a suicide, car or roadside bombing,
or any other non-military one, is unconventional violence (183, 1831-1833), not the use of
force of root 19. The lexicon codes the bombing nouns and verbs themselves ("a car bomb
exploded", "detonated a roadside bomb"); this stage reads the killing or attacking verbs whose
doer is the bomb, the bomber or the blast: "a suicide bomber killed 25 worshippers", "two car
bombs exploded outside the office, killing 24", "were killed by a roadside bomb", "died in a
bombing at the market".

Stage contract: `bombing(tok)` takes a trigger and returns the bombing code its means say, with
the word that says it, or None. A pure function of the parse.
"""

from __future__ import annotations

from spacy.tokens import Token

from .syntax import prep_objects

DEVICES = frozenset({"bomb", "bomber", "bombing", "explosive", "ied", "blast", "explosion",
                     "grenade", "detonation"})
"""Nouns that name a bomb, its carrier or its going off (the lexicon's 183 family words)."""
KINDS = {"1831": frozenset({"suicide", "kamikaze", "martyrdom"}),
         "1832": frozenset({"car", "truck", "vehicle", "van", "lorry", "motorcycle", "motorbike",
                            "minibus", "vbied"}),
         "1833": frozenset({"roadside", "wayside", "landmine"})}
"""The bombing's kind by the words before the device ("a suicide bomber", "car bombs")."""
NOT_A_BOMBING = frozenset({"air", "aerial", "drone", "missile", "rocket", "artillery", "shell",
                           "cluster", "barrel", "nuclear", "atomic", "gas", "pipeline",
                           "boiler", "factory", "plant", "mining", "volcanic",
                           "accidental", "industrial", "fireworks", "firework", "tanker"})
"""Words of the device's phrase that make it a military weapon or an accident ("an air bomb", "a
gas explosion", "an explosion at a fireworks factory"); "landmine" and "roadside" stay bombings,
and "mine" is told apart by `_device_code`."""
MEANS_PREPS = frozenset({"by", "in", "with"})
"""How a passive or intransitive act names its means: "killed by a car bomb", "died in a
blast", "attacked the base with explosives"."""


def _device_code(noun: Token) -> tuple[str, Token] | None:
    """The bombing code of a device noun, by its modifiers; None for no bomb or a military or
    accidental one."""
    if noun.lemma_.lower() not in DEVICES and noun.lower_ not in DEVICES:
        return None
    mods = {c.lower_ for c in noun.children if c.dep_ in ("amod", "compound", "nmod")}
    if "mine" in mods and not mods & KINDS["1833"] and noun.lemma_.lower() in ("blast",
                                                                               "explosion"):
        return None  # "a mine blast" with no "roadside" or "landmine": a mining site's
    if mods & NOT_A_BOMBING or any(t.lemma_.lower() in NOT_A_BOMBING
                                   for t in noun.subtree if t.i != noun.i):
        return None  # "a gas explosion", "an explosion at a fireworks factory"
    for code, words in KINDS.items():
        if mods & words:
            return code, noun
    return "183", noun


def _doers(tok: Token) -> list[Token]:
    """The nouns that may name what did the act: its subject, its passive agent or means, and
    for a participle hung on another verb ("exploded ..., killing 24") that verb's subject."""
    out = [c for c in tok.children if c.dep_ == "nsubj"]
    out += prep_objects(tok, MEANS_PREPS)  # its passive "by" phrase included
    if tok.dep_ in ("advcl", "xcomp", "conj") and tok.tag_ in ("VBG", "VBD", "VBN"):
        out += [c for c in tok.head.children if c.dep_ == "nsubj"]
    return out


def bombing(tok: Token) -> tuple[str, Token] | None:
    """The bombing code (183, 1831-1833) of a verb of violence whose doer or means is a bomb,
    a bomber or a blast, with the device noun; None otherwise."""
    if tok.pos_ != "VERB":
        return None
    for noun in _doers(tok):
        if (got := _device_code(noun)) is not None:
            return got
    return None
