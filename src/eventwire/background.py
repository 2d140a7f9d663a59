"""Background mentions that the grammar can tell from news (docs/policy.md, "Background by
construction"). Four constructions.

Acts dated long before the article. An article's news is what happened around its date; an act
whose own clause dates it by a written year more than LONG_BEFORE_DAYS before the article
("since they cut ties in 2016", "after the militia took control of the capital in 2014",
"resigned his post in 2007") is the story's history, told to explain it. The date must sit on
the act's own clause (a phrase of its verb, or of the noun act itself), or on a clause the act's
clause is tied to in time ("after", "when", "as", "while" clauses take their governing clause's
date; a verb coordinated with one of the same tense shares its date). A date deeper down
("dismissing the lawsuit filed in 2012", "the first meeting since the last one held in 2015")
dates another act, not this one, and a date with no written year ("in March", "last year") is
never far enough back to tell.

The policy (policy.py) leaves such acts out as "dated long before"; `--all-events` brings them
back labelled "background".

A named party described in a relative clause set off by commas ("Iran, which has supported
Russia in its invasion, and Saudi Arabia agreed ..."): the clause tells who the party is, and
its act is background when told in the present perfect with no date of its own, as the simple
present there already is (modality.history); a clause in the simple past ("police, who fired tear
gas at them") reports what happened and stays news. Whatever its tense, the clause is the named
party's alone, never the parties coordinated after it (`described_alone`).

An event noun that is the topic of talk ("a conference to discuss the war between Israel and
Hamas", "talks focused on the crisis", "the ministers addressed the conflict", "a meeting on the
sanctions") names what was talked about, not an act done then (`talked_about`); and its own
"between" phrase names the sides of that act, never those who talk (slots.find_slots).

An act in the perfect told over a long span ("gangs have killed thousands in recent years",
"have been staging strikes for five months") or counted from long ago ("312 people have been
killed since the start of the violence", "have been fighting since April last year", "since the
war broke out"): a tally or a standing activity, not the day's act (`span_of_time`). Counted
from a day ("since Friday", "since October 7", "since the truce collapsed on Tuesday") it may
be this week's news and stays an act.
"""

from __future__ import annotations

import re
from calendar import monthrange
from datetime import date

from spacy.tokens import Token

from .dates import parse_date
from .syntax import climb

LONG_BEFORE_DAYS = 365
"""How far before the article a dated act must end to be its history. The dev set's output
dated by a written year falls either within days of its article or 855 days and more before it,
so any threshold from 31 to 854 days drops the same mentions there; a year keeps last spring's
election or last autumn's treaty, often the story's own subject."""

DATE_PREPS = frozenset({"in", "on", "during", "at", "around", "from", "between", "since"})
"""Prepositions whose object dates the act they hang on. "since" only with the perfect: "have
been fighting since April 2023" is a state begun then."""

SAME_TIME_MARKS = frozenset({"after", "when", "as", "while", "once", "following"})
"""A clause so marked happened before or at the time of its governing clause, so it is at least
as old: "cut ties in 2016 after protesters attacked the embassy". Not "before", "until", "since"."""

CLAUSE_DEPS = frozenset({"relcl", "acl", "ccomp", "xcomp", "advcl", "csubj", "parataxis"})
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


_WRITTEN_YEAR = re.compile(r"(?<!\bby )(?<!\buntil )(?<!\btill )(?<!\bbefore )"
                           r"(?<![-\w])(1[89]\d\d|20\d\d)(?![-\w])")


def latest_year(text: str) -> date | None:
    """An undated article's stand-in for its date when telling history from news: 1 January of
    the latest year it writes, not one it looks ahead to ("by 2030", "until 2030"). "Comparable
    to Nixon's 1972 visit to China" in a story that also writes 2018 is history; only the check
    for acts dated long before uses it (dates are resolved against the article's own date)."""
    years = [int(m.group(1)) for m in _WRITTEN_YEAR.finditer(text)]
    return date(max(years), 1, 1) if years else None


def dated_long_before(trigger: Token, dates: dict[int, dict], published: date | None,
                      days: int = LONG_BEFORE_DAYS) -> str | None:
    """Why the act at `trigger` is history, or None: its own clause is dated by a written year
    ending more than `days` before `published`. `dates` maps the sentence's date tokens to their
    resolved dates (whenwhere.Locator.sentence)."""
    verb = _clause_verb(trigger)
    if verb is not None and (ago := _years_ago(verb) or _decade(verb, published, days)):
        return f"dated long before the article ({ago!r})"
    if published is None or not dates:
        return None
    if verb is not None and (ended := _ended_by(verb, dates)) is not None and \
            (end := period_end(ended.get("value"))) is not None and \
            (published - end).days > days:
        # "was bloody occupied by Indonesia until its independence in 2002"
        return f"dated long before the article (ended by {ended.get('text')!r})"
    d = _own_date(trigger, dates)
    if d is None or not _written_year(d):
        return None
    end = period_end(d.get("value"))
    if end is None or (published - end).days <= days:
        return None
    return (f"dated long before the article ({d.get('text')!r}, more than {days} days before "
            f"{published.isoformat()})")


def _ended_by(verb: Token, dates: dict[int, dict]) -> dict | None:
    """The written year an "until" phrase of the verb ends its act by: "until 1975", "until its
    independence in 2002"."""
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in ("until", "till"):
            for t in c.subtree:
                if t.i in dates and _written_year(dates[t.i]):
                    return dates[t.i]
    return None


ELECTION_BEFORE_DAYS = 30
"""How far before the article an election dated in the text is its background: "confirmed
Tinubu's victory in the February 25 election" (a vote weeks back is the story's premise, its
result or challenge the news)."""


def election_long_before(when: dict | None, published: date | None) -> bool:
    """Whether an election's own date (written in the text, not the article's) is more than
    ELECTION_BEFORE_DAYS before the article."""
    if not when or published is None or when.get("basis") == "publication date":
        return False
    day = parse_date(when.get("value"))
    return day is not None and (published - day).days > ELECTION_BEFORE_DAYS


def election_ahead(when: dict | None, published: date | None) -> bool:
    """Whether an election's own date (written in the text, not the article's) begins after the
    article: "as elections approach next year", "the vote in December" of a November story is
    yet to be held."""
    if not when or published is None or when.get("basis") == "publication date":
        return False
    start = period_start(when.get("value"))
    return start is not None and start > published


def period(value: str | None) -> tuple[date, date] | None:
    """The first and last day of a resolved date's period: "2016" -> 2016-01-01 .. 2016-12-31,
    "2023-04" -> 2023-04-01 .. 2023-04-30, a day -> that day twice; None when it is no date."""
    if not value:
        return None
    try:
        if len(value) == 4:
            return date(int(value), 1, 1), date(int(value), 12, 31)
        if len(value) == 7:
            y, m = int(value[:4]), int(value[5:7])
            return date(y, m, 1), date(y, m, monthrange(y, m)[1])
        day = date.fromisoformat(value)
        return day, day
    except ValueError:
        return None


def period_start(value: str | None) -> date | None:
    return None if (p := period(value)) is None else p[0]


def period_end(value: str | None) -> date | None:
    """The last day of a resolved date's period: "2016" -> 2016-12-31, "2023-04" -> 2023-04-30."""
    return None if (p := period(value)) is None else p[1]


def _own_date(trigger: Token, dates: dict[int, dict]) -> dict | None:
    if trigger.pos_ not in ("VERB", "AUX") and (
            d := _date_on(trigger, dates, perfect=False)) is not None:
        return d  # "the invasion in 2014"
    verb = _clause_verb(trigger)
    return None if verb is None else _date_of_clause(verb, dates)


def _clause_verb(trigger: Token) -> Token | None:
    """The verb whose clause dates the act: the trigger itself, or the verb a noun act is an
    argument of."""
    return trigger if trigger.pos_ in ("VERB", "AUX") else _verb_of_noun(trigger)


def _years_ago(verb: Token) -> str | None:
    """"Ruto won an election two years ago", "the war that ended decades ago": a clause dated
    years back from the article, whatever its date, is history (the plural "years" is two or
    more; "a year ago" may be within the year and is left to the written-year rule)."""
    for v in (verb, verb.head) if verb.dep_ == "conj" else (verb,):
        for c in v.children:
            if c.lower_ == "ago" and (unit := next(
                    (t for t in c.children if t.lower_ in ("years", "decades", "decade")),
                    None)) is not None:
                return " ".join(t.text for t in unit.subtree) + " ago"
    return None


_DECADE = re.compile(r"(1[89]\d|20\d)0s")


def _decade(verb: Token, published: date | None, days: int) -> str | None:
    """"Japanese nationals abducted in the 1970s and 1980s": a clause dated by decades that all
    ended more than `days` before the article (before 2000 when the article has no date)."""
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "in":
            decades = [t for p in c.children if p.dep_ == "pobj"
                       for t in (p, *p.conjuncts) if _DECADE.fullmatch(t.lower_)]
            if not decades:
                continue
            last = max(int(t.lower_[:4]) for t in decades) + 9
            if (published - date(last, 12, 31)).days > days if published else last < 2000:
                return " ".join(t.text for t in c.subtree)
    return None


def _verb_of_noun(noun: Token) -> Token | None:
    """The verb a noun act is an argument of, through prepositions and conjuncts but never
    across a clause of its own: "assumed its role in 2010" for "the mission"."""
    t = noun
    for _ in range(6):
        if t.head.i == t.i or t.dep_ in CLAUSE_DEPS:
            return None
        t = t.head
        if t.pos_ in ("VERB", "AUX"):
            return t
    return None


def _date_of_clause(verb: Token, dates: dict[int, dict]) -> dict | None:
    """The date on `verb`'s own phrases; else on a clause it is tied to in time."""
    seen = set()
    v = verb
    while v is not None and v.i not in seen:
        seen.add(v.i)
        if (d := _date_on(v, dates, perfect=_perfect(v))) is not None:
            return d
        for c in v.children:  # "took control ... and ousted the government in 2014"
            if c.dep_ == "conj" and c.tag_ == v.tag_ and (
                    d := _date_on(c, dates, perfect=_perfect(c))) is not None:
                return d
        if v.dep_ == "conj" and v.head.tag_ == v.tag_:
            v = v.head
        elif v.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in SAME_TIME_MARKS
                                       for c in v.children) and v.head.pos_ in ("VERB", "AUX"):
            v = v.head
        else:
            v = None
    return None


def _perfect(verb: Token) -> bool:
    return any(c.dep_ == "aux" and (c.lemma_ == "have" or c.lower_ == "having")
               for c in verb.children)


def _date_on(tok: Token, dates: dict[int, dict], perfect: bool) -> dict | None:
    """The date a phrase of `tok` itself gives: "in 2016", "on May 3, 2019", "this week",
    "since April 2023" (with the perfect). A clause with a date of its own takes no other."""
    for c in tok.children:
        if c.dep_ == "prep" and (c.lower_ in DATE_PREPS - {"since"} or (
                c.lower_ == "since" and perfect)):
            for p in c.children:
                if p.dep_ == "pobj" and p.i in dates:
                    return dates[p.i]
        elif c.dep_ in ("npadvmod", "nummod", "compound") and c.i in dates:
            return dates[c.i]
    return None


def _written_year(d: dict) -> bool:
    return d.get("basis") == "explicit" and bool(_YEAR.search(d.get("text") or ""))


def non_restrictive(verb: Token) -> Token | None:
    """The named party (a proper noun) that a relative clause set off by a comma describes: "Iran,
    which has supported Russia", "Ruto, who has ruled since 2022"; None for any other clause
    ("troops who had occupied the village", "the strike that killed three")."""
    if verb.dep_ != "relcl" or verb.head.pos_ != "PROPN":
        return None
    first = verb.left_edge
    if first.lower_ not in ("which", "who") or first.i == 0 or verb.doc[first.i - 1].text != ",":
        return None
    return verb.head


def described_alone(tok: Token) -> Token | None:
    """For a verb inside a relative clause that describes a named party, that party when the
    clause sits between it and the parties coordinated with it ("Iran, which has supported
    Russia, and Saudi Arabia agreed"): the clause's act is that party's alone."""
    v = tok
    while v.dep_ == "conj" and v.head.pos_ in ("VERB", "AUX") and v.head.i != v.i:
        v = v.head
    head = non_restrictive(v)
    if head is None or not any(c.i > v.i for c in head.conjuncts):
        return None
    return head


DURATION_PREPS = frozenset({"for", "since", "over", "throughout"})
"""A date in these phrases measures how long, and does not date the act as news: "has armed the
rebels for years"."""


def _dated(verb: Token, span: Token | None = None, besides: frozenset[int] = frozenset()) -> bool:
    """Whether the clause dates its act ("this week", "on Monday"), other than by a duration, by
    the `span` phrase or by the tokens `besides`."""
    for t in verb.subtree:
        if t.ent_type_ not in ("DATE", "TIME") or t.i in besides:
            continue
        p = t
        while p.i != verb.i and p.dep_ != "prep":
            p = p.head
        if p.i == verb.i or (p.lower_ not in DURATION_PREPS and (span is None or p.i != span.i)):
            return True
    return False


def perfect_description(verb: Token) -> str | None:
    """Why a verb in a relative clause describing a named party is background, or None: the
    present perfect ("has supported", "have been arming") with no date of its own ("which has
    seized two tankers this week" is news)."""
    if non_restrictive(verb) is None or not any(
            c.dep_ == "aux" and c.lower_ in ("has", "have", "'s", "'ve") for c in verb.children):
        return None
    if _dated(verb):
        return None
    return f"a description of {verb.head.text!r} in a relative clause in the present perfect"


DELIBERATION_VERBS = frozenset({"discuss", "address", "debate", "consider", "examine", "review",
                                "tackle", "deliberate", "evaluate", "assess"})
"""Verbs whose object is what is talked or thought about ("discussed the war", "addressed the
conflict"). Reporting verbs are not here: "state TV reported the strikes" tells of strikes done."""
TOPIC_HEADS = frozenset({"focus", "center", "centre", "talk", "talks", "discussion", "conference",
                         "meeting", "summit", "debate", "session", "consultation", "dialogue",
                         "briefing", "negotiation", "deliberation", "hearing", "forum"})
"""Verbs and nouns of talk that take their topic with a preposition: "focused on the crisis",
"talks about the blockade", "a conference on the war"."""
TALK_PREPS = frozenset({"on", "about", "over", "regarding", "concerning"})


def talked_about(noun: Token) -> Token | None:
    """The verb or noun of talk whose topic `noun` is: the object of a verb of deliberation, or
    the object of "on", "about", "over" ... after a verb or noun of talk; else None."""
    t = climb(noun)
    if t.dep_ == "dobj" and t.head.lemma_.lower() in DELIBERATION_VERBS:
        return t.head
    if t.dep_ == "pobj" and t.head.lower_ in TALK_PREPS and t.head.head.i != t.head.i:
        talk = t.head.head
        if talk.lemma_.lower() in TOPIC_HEADS | DELIBERATION_VERBS or \
                talk.lower_ in TOPIC_HEADS:
            return talk
    return None


LONG_UNITS = frozenset({"month", "year", "decade", "century"})
"""Units of a span long enough to make a perfect a tally or a standing state, not the day's
news ("have killed thousands in recent years", "have been fighting for over a year"); "for two
days" of protest is still this week's news."""
SPAN_PREPS = frozenset({"for", "in", "over", "during", "throughout", "within"})
SPAN_MODIFIERS = frozenset({"recent", "past", "last", "previous"})


def span_of_time(tok: Token) -> str | None:
    """Why an act in the perfect is told over a long span, or None: its verb in the perfect
    progressive has "for" a number of months or years ("have been organising protests for four
    months", "for years"), or in any perfect "in", "over", "throughout" recent or past years ("have
    killed thousands in recent years", "over the past decade"). Not a span that measures what the
    act left behind ("has been jailed for nine years", "banned for a year"), nor a clause with a
    date of its own ("on Friday")."""
    verb = tok if tok.pos_ in ("VERB", "AUX") else _verb_of_noun(tok)
    if verb is not None and (why := _what_a_long_span_did(verb)) is not None:
        return why
    if verb is None or not _perfect(verb):
        return None
    for c in verb.children:
        if c.dep_ != "prep" or c.lower_ not in SPAN_PREPS:
            continue
        for p in c.children:
            if p.dep_ != "pobj" or p.lemma_.lower() not in LONG_UNITS:
                continue
            counted = any(m.dep_ in ("nummod", "quantmod") or m.lower_ in ("a", "an", "several",
                                                                          "many", "some")
                          for m in p.subtree if m.i != p.i)
            recent = any(m.dep_ == "amod" and m.lower_ in SPAN_MODIFIERS for m in p.children)
            if (c.lower_ == "for" and (counted or p.tag_ == "NNS") and verb.tag_ == "VBG") \
                    or recent:
                if _dated(verb, c):
                    return None
                span = p.doc[p.left_edge.i:p.i + 1].text
                return f"told over a span of time ({c.text + ' ' + span!r})"
    return _since_long_ago(verb) or _a_tally_of_places(verb)


def _lasting(noun: Token) -> Token | None:
    """The word that says a noun lasted years or more: "a 15-year insurgency", "the decade-long
    war", "a two-year drought"."""
    for m in noun.children:
        if m.dep_ in ("nmod", "compound", "amod", "npadvmod") and m.lemma_.lower() in LONG_UNITS \
                and any(n.dep_ == "nummod" for n in m.children):
            return m
        if m.dep_ == "amod" and m.lower_ == "long" and any(
                n.lemma_.lower() in LONG_UNITS for n in m.children):
            return m
    return None


def _what_a_long_span_did(verb: Token) -> str | None:
    """"a 15-year Islamic insurgency that killed 200,000 people", "the decade-long war, which
    killed 300,000": what a relative clause says a thing that lasted years did is its toll over
    those years, not the day's news (unless the clause dates it)."""
    if verb.dep_ != "relcl" or (span := _lasting(verb.head)) is None or _dated(verb):
        return None
    return f"the toll of {verb.head.text!r} told as lasting ({span.text!r})"


PLACE_CLASSES = frozenset({"country", "nation", "state", "capital", "city", "town", "village",
                           "region", "province", "continent"})
"""Plural nouns of places a perfect can count its acts over: "has visited predominantly Muslim
countries including Turkey, Jordan and Egypt", "have attacked dozens of villages"."""


def _a_tally_of_places(verb: Token) -> str | None:
    """"The pontiff has visited predominantly Muslim countries including Turkey, Jordan and
    Egypt": an act in the perfect whose object (or "to" phrase) is a class of places, listed
    ("including", "such as") or counted ("dozens of", "more than 50"), is a tally of earlier acts,
    not the day's act; not with a date of its own ("have attacked three villages since Monday"
    is counted from this week)."""
    if any(t.ent_type_ in ("DATE", "TIME") for t in verb.subtree):
        return None  # "since Monday", "this week": counted from the day's news
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    objs += [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"
             for p in c.children if p.dep_ == "pobj"]
    for o in objs:
        counted = any(c.dep_ in ("nummod", "quantmod") or c.lower_ in ("many", "several",
                                                                       "numerous")
                      for c in o.children)
        if o.lower_ == "dozens" or o.lemma_.lower() in ("dozen", "number", "host"):
            # "dozens of villages", "a number of countries"
            o = next((p for c in o.children if c.dep_ == "prep" and c.lower_ == "of"
                      for p in c.children if p.dep_ == "pobj"), o)
            counted = True
        if o.tag_ != "NNS" or o.lemma_.lower() not in PLACE_CLASSES:
            continue
        listed = any(c.dep_ == "prep" and c.lower_ in ("including", "like") or (
            c.dep_ == "amod" and c.lower_ == "such") for c in o.children)
        if listed or counted:
            return f"a tally of earlier acts ({verb.text} {o.text!r})"
    return None


SINCE_STARTS = frozenset({"start", "beginning", "outbreak", "onset", "eruption", "launch",
                          "war", "conflict", "invasion", "uprising", "revolution", "coup",
                          "independence", "crisis", "insurgency", "offensive", "occupation",
                          "takeover", "truce", "ceasefire"})
"""What "since" can count from that began a long run of acts: a war, an uprising, or the start
of one ("since the start of the war", "since the invasion")."""
SINCE_LONG = frozenset({"january", "february", "march", "april", "may", "june", "july",
                        "august", "september", "october", "november", "december", "year",
                        "years", "month", "months", "decade", "decades", "spring", "summer",
                        "autumn", "fall", "winter"})
"""Times "since" can count from that lie weeks or more back ("since April", "since last year");
a day ("since Friday", "since October 7") may be this week's."""


def _since_long_ago(verb: Token) -> str | None:
    """"Have been fighting the RSF since April last year", "312 people have been killed since
    the start of the violence", "have been exchanging fire since the war broke out": an act in
    the perfect counted from a war, its start, a month or a year is a tally or a standing state,
    not the day's act. Not from a day ("since Friday", "since October 7", "since dawn"), nor a
    clause with a date of its own ("on Monday")."""
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "since":
            objs = [p for p in c.children if p.dep_ == "pobj"]
            if not objs:
                continue
            p = objs[0]
            if any(t.dep_ == "nummod" and t.head.i == p.i and t.text.isdigit()
                   and int(t.text) <= 31 for t in p.children):
                return None  # "since October 7": a day, perhaps this week's
            long = p.lemma_.lower() in SINCE_STARTS or p.lower_ in SINCE_LONG or bool(
                _YEAR.fullmatch(p.text))
            span = p.doc[c.i:p.right_edge.i + 1].text
        elif c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "since"
                                       for m in c.children):
            # "since the war broke out", "since the junta took power": counted from an event,
            # unless the clause dates it to a day ("since the truce collapsed on Tuesday")
            long = c.tag_ in ("VBD", "VBN") and not any(
                t.ent_type_ == "DATE" and not _YEAR.fullmatch(t.text) and
                t.lower_ not in SINCE_LONG for t in c.subtree)
            span = c.doc[c.left_edge.i:c.right_edge.i + 1].text
        else:
            continue
        if not long or _dated_besides(verb, c):
            return None
        return f"told as a tally or a standing state ({span!r})"
    return None


def _dated_besides(verb: Token, since: Token) -> bool:
    """Whether the clause dates its act other than by its "since" phrase, by a date inside it
    ("since the start of the violence on October 8") or right after it ("since April last
    year") or by a duration."""
    inside = {t.i for t in since.subtree}
    end = since.right_edge.i + 1
    while end < len(verb.doc) and verb.doc[end].ent_type_ == "DATE":
        inside.add(end)
        end += 1
    return _dated(verb, besides=frozenset(inside))
