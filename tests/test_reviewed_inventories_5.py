"""The entries of the fifth inventory review (lexicon/reviewed-inventories-5.yaml: detention told
through its means, a protest declared illegal, verdicts challenged, disapproval voiced as a
feeling, condemnation told as a description, clemency, legal disabilities), and the judicial
rules that came with it: a finding of guilt against someone the article's court jails is 173,
and an appeal answers the court that ruled. One wire-copy sentence per entry group, each stating
the event that must come out (source, CAMEO root or code, target), and sentences where a
reviewed word is used in a sense the entries keep out.

The sentences are written for this file, not taken from any gold or reference set. How an
expected row is matched: tests/sentence_checks.py.
"""

from __future__ import annotations

import pytest
from sentence_checks import DATE, acts, has, show

CODED = [
    # a. detention told through its means
    ("handcuff", "Ugandan police handcuffed the opposition supporters outside the court.",
     ("UGACOP", "173", "UGA")),
    ("shackle", "Sri Lankan police shackled the detained Tamil activists.",
     ("LKACOP", "173", "LKA")),
    ("keep behind bars", "The Egyptian court kept the blogger behind bars.",
     ("EGYJUD", "173", "EGY")),
    ("keep in detention", "Iranian authorities kept the French tourist in detention.",
     ("IRN", "173", "FRA")),
    # b. a protest declared illegal: the state toward its public
    ("declare a rally illegal", "Ugandan police declared the opposition rally illegal.",
     ("UGAGOV", "1721", "UGACVL")),
    ("rule a strike illegal", "A Nigerian court ruled the doctors' strike illegal.",
     ("NGAGOV", "1721", "NGACVL")),
    # c. a court's decision challenged
    ("challenge a court's verdict", "The Zambian opposition leader is challenging the High "
     "Court's verdict.", ("ZMBOPP", "115", "ZMBJUD")),
    ("contest a ruling", "Bolivia contested the International Court of Justice's ruling.",
     ("BOL", "115", "IGO")),
    ("challenge a decision in court", "The Kenyan opposition challenged the government's "
     "decision in the High Court.", ("KENOPP", "115", "KENGOV")),
    ("vow to appeal", "A Zambian court convicted the opposition leader Mwale of treason "
     "on Monday. The Zambian opposition leader vowed to appeal.", ("ZMBOPP", "115", "ZMBJUD")),
    # d. disapproval voiced as a feeling
    ("disappointment at a ruling", "The Ghanaian opposition leader expressed disappointment at "
     "the Supreme Court's ruling.", ("GHAOPP", "110", "GHAJUD")),
    ("dismay over a decision", "South Korea expressed dismay over Japan's decision.",
     ("KOR", "110", "JPN")),
    ("disagree with", "Germany disagreed with Poland's decision.", ("DEU", "110", "POL")),
    # e. condemnation told as a description
    ("term a decision illegal", "The Philippine foreign ministry termed China's decision "
     "illegal.", ("PHLGOV", "111", "CHN")),
    ("call a decision unacceptable", "The Serbian foreign ministry called the Croatian decision "
     "unacceptable.", ("SRBGOV", "111", "HRV")),
    ("describe as draconian", "The Venezuelan government described the US sanctions as "
     "draconian.", ("VENGOV", "111", "USA")),
    ("describe as a war crime", "Lebanon described the Israeli bombing as a war crime.",
     ("LBN", "1124", "ISR")),
    ("call it genocide", "The Dutch parliament called China's treatment of the Uyghurs "
     "genocide.", ("NLDLEG", "1124", "CHN")),
    # f. clemency
    ("pardon prisoners", "The Egyptian president pardoned 500 prisoners.",
     ("EGYGOV", "0841", "EGY")),
    ("grant an amnesty to prisoners", "The Cuban government granted an amnesty to 2,000 "
     "prisoners.", ("CUBGOV", "0841", "CUB")),
    ("commute death sentences", "The Malawian president commuted the death sentences of 80 "
     "prisoners.", ("MWIGOV", "0841", "MWI")),
    # g. legal disabilities
    ("disqualify a prime minister", "The Thai constitutional court disqualified the prime "
     "minister.", ("THAJUD", "1722", "THAGOV")),
    ("strip of immunity", "The Turkish court stripped the Kurdish lawmaker of his immunity.",
     ("TURJUD", "172", "TUR")),
]


@pytest.mark.parametrize("name,text,expected", CODED, ids=[c[0] for c in CODED])
def test_reviewed_entry_is_coded(coder_all, name, text, expected):
    events = acts(coder_all, text)
    assert has(events, *expected), show(events)


OTHER_SENSE = [
    # (sentence, CAMEO root, or code when longer, that must not come out): the word in a sense
    # the entries keep out
    ("shackled by debt", "The Zambian economy remains shackled by debt.", "17"),
    ("keep an eye on", "Kenyan police kept an eye on the crowd.", "17"),
    ("hostages held behind bars", "The militants kept the hostages behind bars.", "173"),
    ("call a ban on protests illegal", "The Ugandan opposition called the ban on protests "
     "illegal.", "1721"),
    ("bare disappointment is no disapproval", "The Ghanaian president expressed disappointment.",
     "11"),
    ("vow to appeal for calm", "The Zambian president vowed to appeal for calm.", "115"),
    ("migrants described as illegal", "The Italian minister described the Tunisian migrants "
     "as illegal.", "11"),
    ("disqualify an athlete", "The Olympic committee disqualified the Russian athlete.",
     "17"),
    ("strip of a title", "The federation stripped the Russian boxer of his title.", "17"),
    ("pardon the pun", "Pardon the pun, the Kenyan minister said.", "08"),
    ("film called shameful", "Kenyan critics called the film shameful.", "11"),
    ("challenge for a title", "The Kenyan runner will challenge for the title.", "11"),
    ("sentenced to the bench", "The Nigerian striker was sentenced to the bench.", "17"),
]


@pytest.mark.parametrize("name,text,root", OTHER_SENSE, ids=[k[0] for k in OTHER_SENSE])
def test_reviewed_word_in_other_sense_gives_no_event(coder_all, name, text, root):
    events = acts(coder_all, text)
    assert not any((e.cameo.root if len(root) == 2 else e.cameo.code) == root
                   for e in events), show(events)


NO_POLITICAL_ACTOR = [
    # sport and culture: the default output has no event at all
    ("referee criticised", "The referee's decision was criticised by fans."),
    ("coach calls a decision ridiculous", "The coach called the referee's decision ridiculous."),
    ("fans disappointed", "The fans expressed disappointment at the result."),
    ("striker on the bench", "The striker was sentenced to the bench for the cup final."),
]


@pytest.mark.parametrize("name,text", NO_POLITICAL_ACTOR, ids=[k[0] for k in NO_POLITICAL_ACTOR])
def test_no_political_actor_gives_no_event(coder, name, text):
    events = coder.code(text, date=DATE).events
    assert not events, show(events)


def test_finding_of_guilt_with_a_prison_term_is_173(coder):
    """The codebook's 116 is a finding of guilt where no one is jailed: when the article's court
    jails the person it found guilty, the finding is coded 173 too."""
    text = ("A Pakistani court found Imran Khan guilty of corruption on Saturday. "
            "The court sentenced Khan to three years in prison.")
    events = coder.code(text, date=DATE).events
    assert has(events, "PAKJUD", "173", "PAKOPP"), show(events)
    assert not any(e.cameo.code == "116" for e in events), show(events)


def test_finding_of_guilt_without_a_prison_term_stays_116(coder):
    events = coder.code("A Pakistani court found Imran Khan guilty of corruption on Saturday.",
                        date=DATE).events
    assert has(events, "PAKJUD", "116", "PAKOPP"), show(events)
    assert not any(e.cameo.root == "17" for e in events), show(events)


def test_appeal_answers_the_court_that_ruled(coder):
    """An appeal whose own phrase names no court is aimed at the court of the ruling reported
    just before, not at the appellant (the finding's target)."""
    text = ("A Pakistani court found Imran Khan guilty of corruption on Saturday. "
            "Khan vowed to appeal the verdict.")
    events = coder.code(text, date=DATE).events
    assert has(events, "PAKOPP", "115", "PAKJUD"), show(events)
    assert not any(e.target is not None and e.source.code == e.target.code
                   for e in events), show(events)


def test_counterpart_of_talks_is_still_the_other_party(coder):
    """The counterpart rule keeps its first use: talks told again are with the same party."""
    events = coder.code("Putin and Erdogan met in Sochi on Monday. The talks lasted four hours, "
                        "Erdogan said.", date=DATE).events
    talks = [e for e in events if e.trigger.text == "talks"]
    assert talks and all(e.source.country == "TUR" and e.target.country == "RUS"
                         for e in talks), show(events)


def test_agentless_shackling_is_a_police_act(coder_all):
    events = acts(coder_all, "The Kenyan activist was shackled in Nairobi.")
    assert has(events, "KENCOP", "173", "KENOPP"), show(events)


def test_agentless_fine_is_a_court_act(coder_all):
    """"fined" is lemmatised "fin" by the small model: with no agent named, a court fined."""
    events = acts(coder_all, "The Malaysian politician was fined 210 million ringgit.")
    assert has(events, "MYSJUD", "116", "MYS"), show(events)
