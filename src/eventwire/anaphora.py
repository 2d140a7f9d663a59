"""Anaphora: acts that refer back to acts the article has already reported.

"The sanctions include ...", "the attack killed four": a definite act noun with no actor of its
own is the act of its root reported last; "Egypt condemned the attack": an act about an earlier
act is aimed at whoever did it; "the talks were productive, Putin said": an act with no
counterpart of its own is with the counterpart of the same kind of act just before. The article's
`Coreference.acts` holds the last complete act of each root (`remember_acts`), with article-wide
spans; `Coreference.offset` rebases them onto the paragraph being read.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from .candidate import Candidate
from .coreference import Coreference
from .knowledge import LexEntry
from .recode import VERBAL_ROOTS
from .records import ActorRef
from .syntax import background

DEFINITE = frozenset({"the", "this", "these", "that", "those"})
ANAPHOR_WINDOW = 5
"""How many sentences back "the attack" may refer to an act the article reported."""


def remember_acts(found: list[Candidate], state: Coreference, index: int) -> None:
    """The sentence's complete acts (a source and a target, reported as done) become what a
    later "the sanctions" or "the attack" with no actor of its own refers back to. Call it once
    the candidates carry article-wide spans."""
    for c in found:
        if c.target is not None and c.modality in ("asserted", "claimed") and not c.unnamed:
            state.acts[c.code[:2]] = (index, c.source, c.target, c.code, c.trigger.text)
            if c.source.agent == "MIL" and c.target.agent != "MIL":
                state.military_act = state.acts[c.code[:2]]


def _rebase(ref: ActorRef, by: int) -> ActorRef:
    return replace(ref, span=(ref.span[0] + by, ref.span[1] + by))


def anaphor(tok: Token, entry: LexEntry, index: int, state: Coreference,
            modality_of) -> list[Candidate]:
    """"The sanctions include a ban on ...", "the attack killed four": a definite noun that
    names an act and no actor of its own is the act of that root the article reported last
    (within ANAPHOR_WINDOW sentences), with its actors."""
    if entry.pos != "noun" or tok.pos_ != "NOUN" or not any(
            c.dep_ == "det" and c.lower_ in DEFINITE for c in tok.children):
        return []
    prior = state.acts.get(entry.code[:2])
    if prior is None or index - prior[0] > ANAPHOR_WINDOW:
        return []
    n, source, target, code, word = prior
    modality, reporter, via = modality_of(tok)
    evidence = [f"trigger {tok.text!r} ({entry.origin})",
                f"the same act as {word!r} in sentence {n}: its actors"]
    if modality in ("asserted", "claimed") and (why := background(tok)) is not None:
        evidence.append(f"background: {why}")
        modality = "background"
    back = -state.offset
    return [Candidate(index, tok, entry, code, _rebase(source, back), _rebase(target, back),
                      modality, reporter, via, evidence=evidence)]

def doer_of_object_act(got: list[Candidate], tok: Token, index: int, state: Coreference,
                       entries_of) -> None:
    """"Egypt condemned the attack", "Ghana rejected the demands": an act whose object is
    another act (a noun of the lexicon) the article reported just before is aimed at
    whoever did that act; so is a feeling about one ("deeply concerned by the arrest"). "The
    coup" is the act of the armed forces that last acted in the article (`COUPS`)."""
    objects = [c for c in tok.children if c.dep_ == "dobj" and c.pos_ == "NOUN"]
    # "deeply concerned by the arrest", "outraged at the killing", "worried about the coup" (a
    # passive's "by" only after a verb of feeling: "rebutted by the prosecution" is its doer)
    feeling = tok.pos_ == "ADJ" or tok.lemma_.lower() in CONCERN_VERBS
    objects += [p for c in tok.children
                if c.lower_ in CONCERN_PREPS and (c.dep_ == "prep" or c.dep_ == "agent" and feeling)
                for p in c.children if p.dep_ == "pobj" and p.pos_ == "NOUN"]
    for o in objects:
        if o.lemma_.lower() in COUPS:
            prior = state.military_act
        else:
            roots = {e.code[:2] for e in entries_of(o) if e.pos == "noun"}
            prior = next((state.acts[r] for r in sorted(roots) if r in state.acts), None)
            if prior is not None and index - prior[0] > ANAPHOR_WINDOW:
                prior = None
        if prior is None:
            continue
        n, source, _, _, word = prior
        own = {c.source.code for c in got} | {c.source.country for c in got}
        if source.code in own or source.country in own:
            continue
        for c in got:
            c.target = _rebase(source, -state.offset)
            c.evidence.append(f"target: who did the {o.text!r} it is about ({word!r} in "
                              f"sentence {n})")
        return


CONCERN_PREPS = frozenset({"by", "about", "over", "at"})
"""Prepositions that name what a reaction or a feeling is about."""
CONCERN_VERBS = frozenset({"concern", "worry", "alarm", "outrage", "shock", "disturb", "dismay",
                           "trouble", "anger", "sadden", "appal", "appall", "horrify", "upset",
                           "disappoint"})
"""Verbs of feeling whose passive "by" phrase names what is felt about, not a doer: "was deeply
concerned by the arrest"."""
COUPS = frozenset({"coup", "putsch", "ouster", "overthrow", "takeover", "mutiny"})
"""Nouns of a seizure of power: whoever reacts to "the coup" reacts to the soldiers who staged
it, the article's military that last acted, however far back (the coup is the story)."""


VERDICTS = frozenset({"verdict", "ruling", "judgment", "judgement", "sentence", "conviction",
                      "acquittal", "sentencing"})
"""What a court passes: an act about one of these is about the court that passed it."""
LEGAL_CHALLENGES = frozenset({"115"})
"""Codes whose counterpart, when the text names none, is the court whose judgment is challenged
("his lawyer said he would appeal")."""


def court_of_judgment(got: list[Candidate], tok: Token, index: int,
                      state: Coreference) -> None:
    """"A court sentenced Najib to 12 years ... He is challenging the verdict", "his lawyer said
    he would appeal", "rights groups denounced the verdict": a legal challenge, or an act whose
    object is a verdict, that names no counterpart is aimed at the court of the article's last
    judicial act (a verdict, sentence or conviction by a court), never at its own doer."""
    about_verdict = any(c.dep_ == "dobj" and c.lemma_.lower() in VERDICTS for c in tok.children)
    if not (about_verdict or all(c.code in LEGAL_CHALLENGES for c in got)):
        return
    judged = [state.acts[r] for r in ("11", "17") if r in state.acts
              and state.acts[r][1].agent == "JUD"]
    if not judged:
        return
    n, court, _, _, word = max(judged, key=lambda act: act[0])
    for c in got:
        if c.source.code == court.code:
            continue
        c.target = _rebase(court, -state.offset)
        c.evidence.append(f"target: the court of the judgment it is about ({word!r} in "
                          f"sentence {n})")


def counterpart_from_before(got: list[Candidate], index: int, state: Coreference) -> None:
    """"Putin and Erdogan met in Sochi ... The talks lasted four hours, Putin said": an act
    whose actor did the same kind of act with a counterpart just before is with that
    counterpart again. In words (a statement, a complaint, an appeal), the party the act before
    was done to answers its doer ("a court found Khan guilty ... Khan vowed to appeal": the
    court); an actor is never its own counterpart."""
    prior = state.acts.get(got[0].code[:2])
    if prior is None or index - prior[0] > ANAPHOR_WINDOW:
        return
    n, source, target, _, word = prior
    for c in got:
        if c.source.code == target.code and c.code[:2] in VERBAL_ROOTS:
            other = source
        elif c.source.code == source.code or c.source.country and \
                c.source.country == source.country:
            other = target
        else:
            continue
        if other.code != c.source.code:
            c.target = _rebase(other, -state.offset)
            c.evidence.append(f"target: the counterpart of the same act ({word!r}) in "
                              f"sentence {n}")
