"""Generic actors by category (issue 11, item 4): professions, age and status groups, religious
and ideological groups, crowds named by their size, local government and the coast guard, courts
named by their country.

Every sentence is written for this file in the style of wire copy, not taken from any gold or
reference set. A row names the words of one actor mention and the actor code it must get
(the country, when the sentence gives one, and the CAMEO agent code). Negative rows check that a
category word does not code an actor in another sense.
"""

from __future__ import annotations

import pytest
from sentence_checks import DATE, has, show

# (category, sentence, words of the mention, expected code)
ACTORS = [
    # professions
    ("health", "Nigerian pharmacists began an indefinite strike over unpaid allowances.",
     "Nigerian pharmacists", "NGAHLH"),
    ("health", "Kenyan midwives marched to the health ministry to demand better pay.",
     "Kenyan midwives", "KENHLH"),
    ("education", "Zimbabwean schoolteachers refused to return to their classrooms.",
     "Zimbabwean schoolteachers", "ZWEEDU"),
    ("law", "Pakistani barristers boycotted the courts for a second day.",
     "Pakistani barristers", "PAKJUD"),
    ("labour", "Belgian dock workers blocked the entrance to the port of Antwerp.",
     "Belgian dock workers", "BELLAB"),
    ("labour", "South African mineworkers downed tools at the platinum mine.",
     "South African mineworkers", "ZAFLAB"),
    ("business", "Greek shopkeepers shut their doors in protest at the new levy.",
     "Greek shopkeepers", "GRCBUS"),
    ("business", "Ghanaian traders closed their shops to protest against rising prices.",
     "Ghanaian traders", "GHABUS"),
    ("media", "Turkish photojournalists were detained while covering the rally.",
     "Turkish photojournalists", "TURMED"),
    ("farming", "Filipino fisherfolk accused the coast guard of harassment.",
     "Filipino fisherfolk", "PHLAGR"),
    # age and status groups
    ("civilians", "Chilean pensioners marched through the capital against the reform.",
     "Chilean pensioners", "CHLCVL"),
    ("civilians", "Algerian war veterans demanded compensation from the government.",
     "Algerian war veterans", "DZACVL"),
    ("civilians", "Israeli settlers attacked a Palestinian village overnight.",
     "Israeli settlers", "ISRCVL"),
    ("civilians", "Palestinian teenagers threw stones at the soldiers.",
     "Palestinian teenagers", "PSECVL"),
    # religious groups
    ("religion", "Egyptian Copts condemned the burning of the church.", "Egyptian Copts",
     "EGYREL"),
    ("religion", "Iraqi Yazidis urged the government to rebuild Sinjar.", "Iraqi Yazidis",
     "IRQREL"),
    ("religion", "Nigerian clergymen called for calm after the killings.",
     "Nigerian clergymen", "NGAREL"),
    ("religion", "Pope Leo met Kenyan President William Ruto at the Vatican.", "Pope Leo",
     "VATREL"),
    ("religion", "The pope urged an end to the fighting in Sudan.", "The pope", "VATREL"),
    ("religion", "The pontiff called for a ceasefire in Gaza.", "The pontiff", "VATREL"),
    ("religion", "Coptic Pope Tawadros II condemned the attack on the cathedral.",
     "Coptic Pope Tawadros II", "EGYREL"),
    # ideological groups
    ("ideology", "Serbian nationalists attacked the offices of a newspaper in Belgrade.",
     "Serbian nationalists", "SRBPTY"),
    ("ideology", "Hindu nationalists attacked a church in the state of Odisha.",
     "Hindu nationalists", "PTY"),
    ("ideology", "Iranian hardliners criticised the foreign minister for the talks.",
     "Iranian hardliners", "IRNRAD"),
    ("ideology", "German neo-Nazis marched through the town on Saturday.", "German neo-Nazis",
     "DEURAD"),
    ("ideology", "Indian Maoists ambushed a police patrol in the forest.", "Indian Maoists",
     "INDREB"),
    # crowds named by their size
    ("crowd", "Tens of thousands of Kenyans marched against the finance bill.",
     "Tens of thousands of Kenyans", "KENCVL"),
    ("crowd", "Some 5,000 Palestinians gathered at the border fence.", "Some 5,000 Palestinians",
     "PSECVL"),
    ("crowd", "Thousands of Russian troops crossed into Ukraine.", "Thousands of Russian troops",
     "RUSMIL"),
    ("crowd", "Thousands of supporters of the opposition leader marched in Dakar.",
     "Thousands of supporters of the opposition leader", "CVL"),
    # local government and the coast guard
    ("local", "The city council of Istanbul sued the interior ministry.",
     "The city council of Istanbul", "TURGOV"),
    ("coast guard", "The Philippine coast guard accused China of dangerous manoeuvres.",
     "The Philippine coast guard", "PHLMIL"),
    # courts by their country
    ("court", "A Paris appeals court upheld the former minister's conviction.",
     "A Paris appeals court", "FRAJUD"),
    ("court", "Kenya's High Court suspended the deployment of police officers abroad.",
     "Kenya's High Court", "KENJUD"),
    ("court", "Brazil's top court barred the former president from office.",
     "Brazil's top court", "BRAJUD"),
    ("court", "Pakistan's apex court ordered the release of the former prime minister.",
     "Pakistan's apex court", "PAKJUD"),
]


@pytest.mark.parametrize("category, text, words, code", ACTORS,
                         ids=[f"{r[0]}-{r[2]}" for r in ACTORS])
def test_generic_actor_gets_its_code(coder, category, text, words, code):
    actors = {a.text: a.code for a in coder.code(text, date=DATE).actors}
    assert actors.get(words) == code, f"{words!r} in {text!r}: got {actors}"


# (sentence, source, CAMEO root, target): the category word makes the event's actor
EVENTS = [
    ("Tens of thousands of Kenyans protested in Nairobi against the finance bill.", "KENCVL",
     "14", "*"),
    ("Chilean pensioners protested in Santiago against cuts to their benefits.", "CHLCVL", "14",
     "*"),
    ("Pope Leo met Kenyan President William Ruto at the Vatican.", "VATREL", "04", "KENGOV"),
    ("A Moscow court jailed the Russian blogger for six years.", "RUSJUD", "17", "RUSMED"),
]


@pytest.mark.parametrize("text, source, root, target", EVENTS)
def test_generic_actor_acts(coder, text, source, root, target):
    events = coder.code(text, date=DATE).events
    assert has(events, source, root, target), show(events)


ARGENTINA = (
    "Argentina's president defended the spending cuts on Monday.\n\n"
    "The Pope criticised the Argentine government's austerity measures in a letter to "
    "bishops.\n\n"
    "Thousands of pensioners protested outside the Congress in Buenos Aires.")


def test_the_pope_is_the_vatican_not_the_articles_country(coder):
    """A role with no country takes the country of the article; the Pope has his own."""
    coded = coder.code(ARGENTINA, date=DATE)
    pope = [a for a in coded.actors if a.text == "The Pope"]
    assert pope and all(a.code == "VATREL" for a in pope), [(a.text, a.code) for a in pope]
    assert not any(e.source.text == "The Pope" and e.source.country == "ARG"
                   for e in coded.events), show(coded.events)


PERU = (
    "Peruvian police arrested the former president on Tuesday, officials in Lima said.\n\n"
    "The Supreme Court later sentenced him to 15 years in prison for corruption.")


def test_a_court_with_no_country_is_the_articles(coder):
    events = coder.code(PERU, date=DATE).events
    assert has(events, "PERJUD", "17", "PER"), show(events)


# sentences where a category word is no actor of that category
NOT_ACTORS = [
    ("The Saints beat the Falcons 24-17 on Sunday.", {"REL", "PTY", "CVL"}),
    ("The party went on until dawn in the capital.", {"PTY"}),
    ("The warring parties agreed to a ceasefire in Geneva.", {"PTY"}),
    ("The Russians shelled the city overnight.", {"CVL"}),
]


@pytest.mark.parametrize("text, agents", NOT_ACTORS)
def test_category_word_in_another_sense(coder, text, agents):
    got = [(a.text, a.code) for a in coder.code(text, date=DATE).actors]
    assert not [g for g in got if g[1][-3:] in agents], got


def test_every_agent_phrase_has_one_code():
    """agents.yaml: a phrase listed under two codes would take the later one silently."""
    from pathlib import Path

    import yaml

    path = Path(__file__).resolve().parents[1] / "src" / "eventwire" / "knowledge" / "agents.yaml"
    listed: dict[str, list[str]] = {}
    for code, words in yaml.safe_load(path.read_text(encoding="utf-8")).items():
        for w in words:
            listed.setdefault(str(w).lower(), []).append(code)
    clashes = [f"{w}: {', '.join(codes)}" for w, codes in listed.items() if len(codes) > 1]
    assert not clashes, "; ".join(clashes)
