"""Pure helpers over spaCy's dependency parse: a trigger's own phrase, a verb's subjects,
passives, the verb that governs a noun event, and the phrases that make a mention background.
"""

from __future__ import annotations

from spacy.tokens import Token

CLAUSE_DEPS = frozenset({"ccomp", "advcl", "relcl", "parataxis", "csubj", "conj", "cc", "mark",
                         "punct", "nsubj", "nsubjpass", "aux", "auxpass", "neg", "acl"})

RAISING = frozenset({"say", "believe", "expect", "report", "think", "understand", "allege",
                     "rumour", "rumor", "know", "see", "consider", "suppose", "schedule",
                     "set", "slate", "due"})
"""Passive verbs whose subject is the subject of their infinitive: "X is said to have ...",
"X is scheduled to hold talks"."""
RELATIVE = frozenset({"which", "who", "that", "whom"})

OBJECT_CONTROL = frozenset({"urge", "ask", "call", "tell", "order", "force", "persuade",
                            "encourage", "invite", "press", "pressure", "request", "allow"})

CONTROL_NOUNS = {"effort": "strive", "attempt": "attempt", "bid": "try", "decision": "decide",
                 "plan": "plan", "intention": "intend", "readiness": "ready",
                 "willingness": "willing", "commitment": "committed",
                 "determination": "determined", "pledge": "pledge", "promise": "promise",
                 "vow": "vow", "offer": "offer", "preparation": "prepare", "move": "",
                 "step": "", "push": "try", "drive": "try", "refusal": "refuse",
                 "failure": "fail", "desire": "want", "eagerness": "eager",
                 "threat": "threaten"}
"""Nouns whose infinitive is their owner's act ("X's decision to impose sanctions", "made every
effort to expand cooperation", "a bid to end the war"), each with the verb or adjective of the
same meaning, whose modality the act takes ("plans to visit" is an intent, as "plans to" is;
"" for none: "took steps to expel" reports the expulsion).
Not nouns whose infinitive is someone else's act: "a call to end the war", "an appeal to"."""

ADJUNCT_PREPS = frozenset({"while", "whilst", "when", "by"})
"""Conjunctions and prepositions of simultaneous time and of means whose gerund is the act of
the clause's own subject ("while visiting Kenya, Modi signed ...", "by attacking the convoy");
not "without" (not done), nor "for" ("condemned Israel for attacking Gaza" is Israel's attack).
Not "after", "before", "since", "following": on the dev set their gerunds ("after wrapping up
the meeting") were mostly acts told again as time references, and cost precision."""

QUANTITY_NOUNS = frozenset({"series", "wave", "string", "spate", "number", "round", "flurry",
                            "volley", "barrage", "campaign", "couple", "pair", "set", "day",
                            "week", "month", "year", "night", "hour", "package", "raft",
                            "batch", "slate", "tranche", "detail"})
"""Nouns that measure out acts: "a new round of sanctions", "details of new sanctions" are the
sanctions of whoever imposes or announces the round."""

NOT_OWN_ACT = frozenset({"against", "despite", "amid"})
"""Prepositions whose event noun is not the act of the governing verb's subject ("protested
against the arrests", "defended Iraq against criticism", "withdrew amid protests")."""

ASIDE = frozenset({"despite", "amid", "after", "before", "since", "following", "during",
                   "like", "unlike"})
"""Prepositions whose phrase is background, never the target ("despite Israel's wish")."""

BACKGROUND_PREPS = frozenset({"over", "amid", "despite", "since", "because", "due", "unlike",
                              "like"})
"""A noun event inside one of these phrases is background to the sentence's news, not a new act
("sanctions over Russia's invasion of Ukraine", "amid a war that ..."). Not "after" or "during":
"died during fighting" reports the fighting."""

BACKGROUND_FRAMES = frozenset({"response", "reaction", "retaliation", "wake", "ahead", "run-up",
                               "lead-up", "aftermath", "anniversary", "result", "light"})
"""Nouns and adverbs that make a phrase background: "in response to the attack", "ahead of the
talks", "in the wake of the bombing"."""

STATIVE = frozenset({"be", "have", "enjoy", "maintain", "share"})
"""Governors of a standing relation, not an act: "is in an alliance with", "has good ties with"."""
HAD_OCCASIONS = frozenset({"meeting", "talk", "talks", "conversation", "discussion", "call",
                           "consultation", "negotiation", "exchange", "dialogue", "encounter",
                           "audience", "session"})
"""Occasions "have" carries as a light verb: "had a meeting with", "had telephone conversations
with" tell that they met or spoke, once, not a standing relation."""

INSTRUMENTS = frozenset({"bomb", "bombing", "explosion", "blast", "device", "mine", "landmine",
                         "rocket", "shell", "shelling", "missile", "grenade", "mortar", "fire",
                         "gunfire", "attack", "ambush", "airstrike", "strike", "explosive",
                         "ied", "drone", "artillery", "bullet", "shot", "shots", "raid"})
"""Subjects and passive agents that name the weapon, not the attacker."""

VEHICLES = frozenset({"convoy", "truck", "lorry", "shipment", "consignment", "cargo", "airlift",
                      "plane", "aircraft", "flight", "ship", "vessel", "boat", "barge",
                      "helicopter", "train", "vehicle", "caravan", "tanker", "ferry"})
"""Vehicles and loads: a participle that describes one is its own act ("intercepted a ship
carrying aid" is no carrying by the interceptor)."""
CARRIERS = VEHICLES | {"team", "crew", "squad", "contingent"}
"""Subjects that name the vehicle, load or team an act was carried out by, not who sent it ("a
convoy of trucks contracted by the WFP delivered food", "rescue teams from Spain"): its sender
is who its own phrase names."""

TOPIC_VERBS = frozenset({"report", "describe", "cite", "mention", "discuss", "witness", "see",
                         "cover", "recall", "document", "record", "film", "watch", "hear",
                         "monitor", "follow", "analyse", "analyze", "study", "remember", "fear",
                         # WordNet's describe.v and recount.v neighbours (session 18)
                         "detail", "outline", "recount", "narrate", "chronicle", "depict",
                         "portray"})
"""Verbs whose object noun is what they tell of, not their subject's act ("state television
reported the strikes", "the two presidents discussed the exchange of prisoners")."""

TOPIC_PREPS = frozenset({"about", "for", "of", "to", "regarding", "concerning", "into"})


NAME_LINKS = ("compound", "appos", "conj")
"""The relations that tie a word to the head of the name or list it is part of."""


def climb(tok: Token, links: tuple[str, ...] = NAME_LINKS) -> Token:
    """The head of the phrase `tok` is part of, climbing through these relations ("Kyiv" in
    "the Kyiv region" to "region"; "Peru" in "Chile and Peru" to "Chile")."""
    while tok.dep_ in links and tok.head.i != tok.i:
        tok = tok.head
    return tok


def phrase(tok: Token, depth: int = 3, infinitives: bool = False,
           preps: frozenset[str] | None = None) -> dict[str, Token]:
    """Lemmas in the trigger's own phrase (not other clauses, except the participle that says
    what a vehicle carries: "trucks carrying aid"), with the governing verb of a noun or
    adjective trigger. `infinitives`: also the act asked for (asked_act). `preps`: the
    prepositions entered are only these (not a setting: "in the preamble to the talks", "a role
    in the talks")."""
    out: dict[str, Token] = {}
    frontier = [tok]
    for _ in range(depth):
        nxt = []
        for t in frontier:
            for c in t.children:
                if preps is not None and c.dep_ == "prep" and c.lower_ not in preps:
                    continue
                if c.dep_ == "prep" and c.lower_ == "without":
                    continue  # "left Brussels without a deal": what did not happen names no act
                if c.dep_ in CLAUSE_DEPS and not (c.dep_ == "acl" and c.tag_ in ("VBG", "VBN")
                                                  and t.lemma_.lower() in VEHICLES) and not (
                        infinitives and asked_act(c, t, tok)):
                    continue
                out.setdefault(c.lemma_.lower(), c)
                nxt.append(c)
        frontier = nxt
    if tok.pos_ != "VERB" or tok.tag_ == "VBG":
        head = tok.head
        if tok.dep_ == "pobj":
            head = head.head
        if head.i != tok.i and head.pos_ in ("VERB", "AUX", "ADJ", "NOUN"):
            out.setdefault(head.lemma_.lower(), head)
    return out


EQUIPPING = frozenset({"arm", "equip"})
"""Verbs whose past participle describes what someone carries ("armed with grenades")."""


def equipped(tok: Token) -> bool:
    """Whether `tok` is a participle of equipping that describes its noun or subject, with no
    one named as doing it: "soldiers, armed with rocket-propelled grenades", "the soldiers were
    armed with rifles" (not "the US armed the rebels", nor "were armed by Iran")."""
    return tok.lemma_.lower() in EQUIPPING and tok.tag_ == "VBN" and not any(
        c.dep_ == "agent" for c in tok.children) and (
        tok.dep_ in ("acl", "advcl", "amod", "conj", "xcomp") or any(
            c.dep_ in ("auxpass", "nsubjpass") for c in tok.children))


NAME_TITLES = frozenset({"president", "minister", "premier", "king", "queen", "prince",
                         "chancellor", "ambassador", "envoy", "emir", "sultan", "counterpart"})
"""Titles a person's name may carry before it: such a word is the person's title, never a word
inside a body's name (`name_word`)."""


def name_word(tok: Token) -> bool:
    """Whether `tok` is a word inside a proper name that is not the name's head: "Trade" in
    "the World Trade Organization", "Security" in "the Security Council", "Food" in "the World
    Food Programme". Such a word names a body, never what an act is about or done with ("will
    appeal a World Trade Organization ruling" is no appeal for trade). A title before a person's
    name is the person's title ("received Kazakh President Kassym-Jomart Tokayev")."""
    return tok.pos_ == "PROPN" and tok.dep_ == "compound" and tok.head.pos_ == "PROPN" and \
        not (tok.lower_ in NAME_TITLES and tok.head.i > tok.i)



def asked_act(c: Token, head: Token, trigger: Token) -> bool:
    """Whether the clause `c` (a child of `head`) says what `trigger` asks for: a to-infinitive
    ("an appeal to both sides to resume talks", "called on X, to end ..."), a subjunctive
    that-clause ("demanded that Iran halt ..."; not "insisted that the war would go on"), or a
    verb coordinated with one ("called on X to respect the law and ensure access"; not the
    trigger's own conjunct: "called for calm and met the governors")."""
    if c.pos_ != "VERB":
        return False
    if c.dep_ in ("acl", "advcl"):
        return infinitive(c)
    if c.dep_ == "ccomp":
        return c.tag_ == "VB" and all(a.lower_ in ("should", "must") for a in c.children
                                      if a.dep_ in ("aux", "auxpass"))
    return c.dep_ == "conj" and head.i != trigger.i and head.pos_ == "VERB"


ACCUSING = frozenset({"accuse", "blame", "charge", "indict", "condemn", "criticize",
                      "criticise", "denounce", "fault", "convict"})
"""Verbs whose object is accused of an act: a means told after it ("by using airstrikes") is the
accused's."""


def subjects(verb: Token, depth: int = 0) -> list[Token]:
    subs = [c for c in verb.children if c.dep_ in ("nsubj", "csubj", "expl") and
            c.dep_ != "expl"]
    # mis-parse: "The Red Cross operating in Iraq said" makes the participle the subject
    subs = [next((g for g in c.children if g.dep_ == "nsubj" and g.i < c.i), c)
            if c.tag_ == "VBG" else c for c in subs]
    if not subs:
        # mis-parse: "Syrian troops trying to relieve a base ambushed a checkpoint" hangs the
        # subject on the participle before the verb, the participle on the verb
        subs = [g for c in verb.children if c.dep_ == "advcl" and c.tag_ in ("VBG", "VBN")
                and c.i < verb.i and not any(m.dep_ == "mark" for m in c.children)
                for g in c.children if g.dep_ == "nsubj" and g.i < c.i][:1]
    if not subs and verb.dep_ == "relcl":
        return [verb.head]
    if not subs and verb.dep_ == "acl" and verb.tag_ in ("VBD", "VBZ") and \
            verb.head.dep_ == "ROOT" and verb.head.pos_ in ("NOUN", "PROPN") and \
            verb.head.i < verb.i:
        # "The leader of the opposition, X, vainly called on ...": with no verb of its own the
        # sentence's noun is read as the root and its finite verb as a modifier of it
        return [verb.head]
    if subs and subs[0].lower_ in RELATIVE and verb.dep_ == "relcl":
        return [verb.head]
    participial = verb.dep_ == "advcl" and verb.tag_ in ("VBG", "VBN") and not any(
        c.dep_ == "mark" for c in verb.children)  # "X wrote to Y, urging him to ..."
    if not subs and verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.dep_ == "dobj" \
            and verb.head.lemma_.lower() not in VEHICLES:
        # "issued a statement demanding"; not "intercepted a ship carrying aid": a carrier
        # does its own carrying
        return subjects(verb.head.head, depth + 1)
    if not subs and depth < 4 and (noun := controlling_noun(verb)) is not None:
        # "Brazil's decision to impose", "announced plans to visit": the noun's owner, else
        # the subject of the verb the noun is the object of
        owner = [c for c in noun.children if c.dep_ == "poss"]
        if owner:
            return owner
        if noun.dep_ in ("dobj", "attr") and noun.head.pos_ in ("VERB", "AUX"):
            return subjects(noun.head, depth + 1)
        return []
    if not subs and depth < 4 and verb.tag_ == "VBG" and verb.head.i != verb.i:
        # "while visiting Kenya, Modi signed ...", "by attacking the convoy, the rebels ...": a
        # gerund in an adjunct of simultaneous time or means is the act of the clause's subject
        prep = verb.head
        if verb.dep_ == "pcomp" and prep.lower_ in ADJUNCT_PREPS and prep.dep_ == "prep" \
                and prep.head.pos_ in ("VERB", "AUX") and prep.head.i != prep.i:
            accused = [c for c in prep.head.children if c.dep_ == "dobj"] \
                if prep.head.lemma_.lower() in ACCUSING else []
            # "accused the government of war crimes by using airstrikes": the means of what the
            # accused did, not of the accusation
            return accused or subjects(prep.head, depth + 1)
        if verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ADJUNCT_PREPS
                                        for c in verb.children):
            return subjects(prep, depth + 1)
    # "shelled the town, then seized the bridge": the parser leaves the second verb of a
    # coordination without "and" as a bare dependent; the same finite form after the first
    # verb marks it as coordinated
    run_on = verb.dep_ == "dep" and verb.tag_ in ("VBD", "VBZ") and verb.head.tag_ == verb.tag_ \
        and verb.head.pos_ == "VERB" and verb.head.i < verb.i
    if (not subs and depth < 4 and (verb.dep_ in ("xcomp", "conj", "acomp") or participial
                                    or run_on) and verb.head.i != verb.i):
        head = verb.head
        if verb.dep_ == "conj" and head.lemma_ == "be" and head.dep_ == "ccomp" and \
                verb.tag_ == head.head.tag_ != head.tag_ and head.head.pos_ == "VERB":
            # "He said that Oman's role is vital, and thanked Busaidi": a verb in the tense
            # of the report, not of the reported copula, is the reporter's second act
            head = head.head
        if verb.dep_ == "xcomp" and head.lemma_ in RAISING:
            raised = [c for c in head.children if c.dep_ == "nsubjpass"]
            if raised and (passive(verb) or verb.tag_ == "VBN" and not any(
                    c.dep_ == "aux" for c in verb.children)):
                return []  # "30 people are reported killed", "are believed to have been killed"
            if raised:  # "Putin is said to have criticised ...": Putin criticised
                return raised
        if verb.dep_ == "xcomp" and head.lemma_ in OBJECT_CONTROL:
            objs = [c for c in head.children if c.dep_ in ("dobj", "dative")]
            if objs:
                return objs
        return subjects(head, depth + 1)
    # repair a common mis-parse: "A and B confirmed" split into A (elsewhere) + B (subject)
    out = list(subs)
    if subs or verb.tag_ in ("VBD", "VBZ", "VBP") or any(c.dep_ == "aux" for c in verb.children):
        # "A, along with B, condemned", "Along with B, A condemned": the parser hangs the
        # accompaniment on the verb; with no subject at all ("Along with India and China, Japan
        # and Canada were sending teams") it has taken the whole list into the accompaniment
        out += [o for c in verb.children if c.dep_ == "prep" and c.i < verb.i
                for o in accompanying(c)]
    for s in subs:
        le = s.left_edge
        if le.i >= 2 and le.nbor(-1).dep_ == "cc" and le.nbor(-1).lower_ == "and":
            prev = le.nbor(-1).head
            if prev.pos_ in ("PROPN", "NOUN") and prev.i < le.i and prev not in out:
                out.insert(0, prev)
    return out


def prep_objects(head: Token, preps) -> list[Token]:
    """The objects of `head`'s prepositions among `preps` (lower case), its passive `by` phrase
    included: "aid from Kuwait" with {"from"} gives Kuwait."""
    return [p for c in head.children if c.dep_ in ("prep", "agent") and c.lower_ in preps
            for p in c.children if p.dep_ == "pobj"]


def infinitive(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def controlling_noun(verb: Token) -> Token | None:
    """The control noun (`CONTROL_NOUNS`) an infinitive with no subject hangs on: "effort" in
    "made every effort to expand cooperation"."""
    if verb.dep_ == "acl" and verb.tag_ == "VB" and infinitive(verb) and verb.head.i != verb.i \
            and verb.head.pos_ == "NOUN" and verb.head.lemma_.lower() in CONTROL_NOUNS:
        return verb.head
    return None


def passive_subjects(verb: Token) -> list[Token]:
    """The passive subjects of `verb` and the heads of their "of" phrases: "troops", and
    "thousands" with "troops" in "thousands of troops were deployed"."""
    subj = [c for c in verb.children if c.dep_ == "nsubjpass"]
    return subj + [p for f in subj for p in prep_objects(f, ("of",))]


def passive(verb: Token) -> bool:
    """A passive verb, or one coordinated with a passive (`shared_passive`)."""
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children) or shared_passive(verb)


def shared_passive(verb: Token) -> bool:
    """"was arrested and charged", "were beaten and arrested by police": a participle
    coordinated with a passive, with no subject, object or auxiliary of its own, is passive
    too; so is one with a "by" agent coordinated with "was" ("was handcuffed and shackled by
    guards", which the parser reads as "was" + adjective + a verb joined to "was")."""
    if verb.dep_ != "conj" or verb.tag_ not in ("VBN", "VBD") or verb.head.i == verb.i or any(
            c.dep_ in ("nsubj", "nsubjpass", "csubj", "dobj", "aux", "auxpass")
            for c in verb.children):
        return False
    head = verb.head
    if head.lemma_ == "be" and head.pos_ == "AUX":
        return any(c.dep_ == "agent" for c in verb.children) and any(
            c.dep_ == "nsubj" for c in head.children)
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in head.children)


def patients(verb: Token) -> list[Token]:
    """Who a passive verb was done to: its own passive subject, or that of the passive it is
    coordinated with ("the journalist was arrested and charged": the journalist both times)."""
    own = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if own or not shared_passive(verb):
        return own
    return [c for c in verb.head.children if c.dep_ in ("nsubjpass", "nsubj")]


def with_conjuncts(tok: Token) -> list[Token]:
    """A party and those coordinated with it: "A and B", "A, B and C", "A as well as B", "A,
    along with B and C," / "A together with B" / "A alongside B" (the parser hangs the second
    party on a preposition of the first), and a list the parser splits after its first name
    ("Chile, Peru, Bolivia and Ecuador" read as "Chile" with "Peru and ..." in apposition), and
    the names a plural noun is set off with ("thanked its partners - the US, the EU and France")."""
    out = [tok, *tok.conjuncts]
    for t in out[:]:
        for c in t.children:
            if c.dep_ == "prep" and c.lower_ == "of" and partitive(t):
                out.extend(o for p in c.children if p.dep_ == "pobj"
                           for o in (p, *p.conjuncts) if o not in out)
            elif c.dep_ == "prep":
                for obj in accompanying(c):
                    out.extend(o for o in (obj, *obj.conjuncts) if o not in out)
            elif c.dep_ in ("npadvmod", "appos") and c.pos_ == "PROPN" and (
                    t.pos_ == "PROPN" or t.tag_ == "NNS" and c.dep_ == "appos") \
                    and c.conjuncts and t is tok:
                out.extend(o for o in (c, *c.conjuncts) if o not in out)
    return out


PARTITIVES = frozenset({"one", "some", "several", "many", "most", "all", "each", "both", "any",
                        "none", "few", "either", "neither"})
"""Words that pick members out of an "of" phrase (with any number: "two of the soldiers")."""


def partitive(tok: Token) -> bool:
    """Whether `tok` picks members out of the "of" phrase it governs: "one of the Philippine
    boats", "two of the soldiers", "some of the protesters" are parties of the phrase's kind."""
    return tok.lower_ in PARTITIVES or tok.pos_ == "NUM"


def accompanying(prep: Token) -> list[Token]:
    """The parties a preposition of accompaniment adds: "along with B", "together with B",
    "alongside B"."""
    if prep.lower_ in ("along", "together"):
        prep = next((w for w in prep.children if w.dep_ == "prep" and w.lower_ == "with"), prep)
    ok = prep.lower_ == "alongside" or prep.lower_ == "with" and (
        prep.head.lower_ in ("along", "together")
        or any(c.dep_ == "advmod" and c.lower_ in ("along", "together") for c in prep.children))
    return [c for c in prep.children if c.dep_ == "pobj"] if ok else []


def governor(tok: Token) -> Token | None:
    """The verb (or predicative adjective) that takes a noun trigger as its own argument:
    "held talks", "confirmed in a phone call", "ready for coordination". Not through another
    noun: in "called for a halt to the fighting" the fighting is not the caller's act."""
    if tok.pos_ == "ADJ" and tok.dep_ in ("acomp", "xcomp", "oprd"):
        return tok.head  # "Sudan remains committed to peace"
    t = climb(tok)
    # "carried out a series of attacks": look through the quantity noun
    if (t.dep_ == "pobj" and t.head.lower_ == "of"
            and t.head.head.lemma_.lower() in QUANTITY_NOUNS):
        t = t.head.head
    if t.dep_ == "pobj":
        if t.head.lower_ in NOT_OWN_ACT:
            return None  # "defended Iraq against criticism": the criticism is someone else's
        t = t.head
    if t.dep_ in ("dobj", "attr", "oprd", "nsubjpass", "prep", "dative"):
        head = t.head
        if head.pos_ in ("VERB", "AUX") or (head.pos_ == "ADJ" and head.dep_ == "acomp"):
            return head
    return None


def coordination_misparse(clause: Token, verb: Token) -> bool:
    """"A backed B and on Tuesday C said ...": the parser makes the first clause the object of
    "said"; a dangling "and" (a conjunction with nothing coordinated) at its end gives it away."""
    if clause.i > verb.i:
        return False
    for t in clause.subtree:
        if t.dep_ == "cc" and t.lower_ in ("and", "but") and not any(
                c.dep_ == "conj" for c in t.head.children):
            return True
    return False


def topic_of(tok: Token) -> bool:
    """Whether a noun is what its governing verb is about (its object, or the object of "about",
    "for", "of" ...), rather than an adjunct ("captured the town after fierce fighting")."""
    t = climb(tok)
    if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lemma_.lower() in QUANTITY_NOUNS:
        t = t.head.head
    if t.dep_ == "pobj":
        return t.head.lower_ in TOPIC_PREPS
    return t.dep_ in ("dobj", "nsubjpass", "dative", "attr", "oprd")


def background(tok: Token) -> str | None:
    """Why a noun event is background to its sentence, or None: inside a background phrase
    ("over Russia's invasion", "in response to the attack", "ahead of the talks") or a standing
    relation ("is in an alliance with", "has close ties with")."""
    t = climb(tok, (*NAME_LINKS, "amod"))
    if t.dep_ == "pobj" and t.head.i != t.i:
        prep = t.head
        if prep.lower_ in BACKGROUND_PREPS:
            return f"in a {prep.lower_!r} phrase"
        frame = prep.head
        if frame.lemma_.lower() in BACKGROUND_FRAMES or (
                frame.dep_ == "pobj" and frame.head.lower_ in ("in", "of")
                and frame.lemma_.lower() in BACKGROUND_FRAMES):
            return f"in an {frame.text!r} phrase"
        if prep.dep_ == "prep" and frame.lemma_.lower() in STATIVE and frame.pos_ in ("AUX",
                                                                                    "VERB"):
            return f"a standing relation ({frame.text!r})"
    if t.dep_ == "dobj" and t.head.lemma_.lower() in STATIVE and not (
            t.head.lemma_.lower() == "have" and t.lemma_.lower() in HAD_OCCASIONS):
        return f"a standing relation ({t.head.text!r})"
    return None


def included(tokens) -> list[Token]:
    """The members an "including" phrase among `tokens` lists: "several countries, including
    Jordan and Egypt" gives Jordan (whose conjuncts the actor lookup adds)."""
    return [p for t in tokens if t.lower_ == "including" and t.dep_ == "prep"
            for p in t.children if p.dep_ == "pobj"]


OCCASION_NOUNS = frozenset({"summit", "meeting", "conference", "forum", "session", "gathering",
                            "assembly", "congress", "convention", "ceremony", "talks", "dialogue",
                            "retreat", "symposium", "sidelines", "margins", "celebrations",
                            "parade", "festival", "exhibition"})
"""Nouns of an occasion an act happens at: "at the ASEAN summit", "on the sidelines of the
General Assembly". Whoever the occasion is named after is where the act happens, not its party."""
PARTY_PREPS = frozenset({"with", "between", "among", "to", "for", "against"})


DIRECTIONS = frozenset({"north", "south", "east", "west", "northeast", "northwest",
                        "southeast", "southwest", "north-east", "north-west", "south-east",
                        "south-west"})


def relative_place(tok: Token) -> bool:
    """Whether the name `tok` only locates another place from outside it: "Valle Hermoso, south
    of Brownsville, Texas" is not in Texas. Not "in the south of Kani Township" (a quarter of
    the place, with its article)."""
    t = climb(tok)
    if t.dep_ != "pobj" or t.head.lower_ != "of":
        return False
    direction = t.head.head
    return direction.lower_ in DIRECTIONS and not any(
        c.dep_ == "det" for c in direction.children)


PURPOSE_NOUNS = frozenset({"support"})
"""Nouns that in "in X of" say what an act is for, not an act of their own: "a ship arrived in
support of the victims", "rallied in support of the strikers"."""


def purpose_phrase(tok: Token) -> bool:
    """Whether the noun `tok` heads a phrase of purpose ("in support of the victims")."""
    return tok.pos_ == "NOUN" and tok.lemma_.lower() in PURPOSE_NOUNS and \
        tok.dep_ == "pobj" and tok.head.lower_ == "in" and any(
            c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)


def aside(t: Token, trigger: Token) -> bool:
    """Whether `t` sits in a background phrase of the trigger ("despite Israel's wish"), or
    names the occasion the act happens at ("agreed to cooperate at the ASEAN summit", "on the
    sidelines of the UN General Assembly"), unless it is a party of that occasion ("at a meeting
    with Malaysia", "at talks between the two sides")."""
    node, party = t, False
    while node.i != trigger.i and node.head.i != node.i:
        if node.dep_ == "prep" and node.lower_ in ASIDE:
            return True
        if node.dep_ == "prep" and node.lower_ in PARTY_PREPS:
            party = True
        if (not party and node.dep_ == "pobj" and node.head.lower_ in ("at", "on")
                and node.lower_ in OCCASION_NOUNS):
            return True
        node = node.head
    return False


def own_phrase(tok: Token, depth: int) -> list[Token]:
    """The trigger's dependents up to `depth` arcs, not entering subjects or other clauses."""
    out, frontier = [], [tok]
    for _ in range(depth):
        frontier = [c for t in frontier for c in t.children if c.dep_ not in CLAUSE_DEPS]
        out.extend(frontier)
    return out


def hyphen_pair(tok: Token) -> list[Token]:
    """The two names a hyphen joins in a noun's modifier: "the Kyrgyz-Tajik border", "the
    Armenia-Azerbaijan border", "the Israel-Hamas war" ([Kyrgyz, Tajik]); [] when there is none.
    The parser hangs the first name on the second and the second on the noun."""
    for b in tok.children:
        if b.dep_ not in ("compound", "amod", "nmod"):
            continue
        for a in b.children:
            if a.dep_ in ("compound", "amod", "nmod") and a.i + 2 == b.i and \
                    a.doc[a.i + 1].tag_ == "HYPH":
                return [a, b]
    return []
