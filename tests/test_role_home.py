"""A role with no country of its own ("the Senate", "the minister", "police") takes the country of
its sentence, or of the article, only when that country is not what the act is aimed at (issue 11,
item 4: roles given a country from the wrong place).

Two mechanisms give such a role a country: the sentence's one country (SentenceActors.home) and
the article's country (coder._article_country). A one-sentence text's article country is its one
country, so every row here goes through both. A country named by itself as the act's target
("sanctions against Belarus", "flew to Mongolia") is not the role's home; a place ("in Lusaka"), a
role of the country ("Uganda's opposition leader"), an armed group's own country, a trip to a
capital ("flew to Moscow") and a visit at home ("visited Kano", "visited flood-hit areas in
Chad") still are; a visit's destination, "in" included ("arrived in Chad"), is not. A capital
standing for its state ("condemned Beijing") is left as it was (see role_country.aimed_at).

Every sentence is written for this file in the style of wire copy, not taken from any gold or
reference set.
"""

from __future__ import annotations

import pytest
from sentence_checks import DATE, has, show

# (sentence, source, CAMEO root or code, target): the role keeps no country
AIMED_AT = [
    ("Lawmakers voted to lift the arms embargo on Eritrea.", "LEG", "085", "ERI"),
    ("The parliament approved new sanctions against Belarus.", "LEG", "16", "BLR"),
    ("The foreign minister flew to Mongolia on Tuesday.", "GOV", "042", "MNG"),
    ("The interior minister travelled to Senegal for talks on migration.", "GOV", "042", "SEN"),
    ("The defence ministry accused Azerbaijan of shelling border villages.", "MIL", "11",
     "AZE"),
    # a visit's own destination, "in" included, when it is the country itself
    ("The prime minister arrived in Chad on Monday for a two-day visit.", "GOV", "042", "TCD"),
    ("The foreign minister arrived in the Philippines for a visit.", "GOV", "042", "PHL"),
]

# (sentence, source, CAMEO root, target): the sentence's country is still the role's home
AT_HOME = [
    ("Police fired tear gas at protesters in Lusaka.", "ZMBCOP", "17", "ZMBOPP"),
    ("Police arrested Uganda's main opposition leader.", "UGACOP", "17", "UGAOPP"),
    ("Soldiers killed five protesters in Bamako.", "MLIMIL", "17", "MLIOPP"),
    ("Rebels attacked Chad.", "TCDREB", "19", "TCD"),
    # a tour at home: a city, or a visit whose object is in the country
    ("The governor visited Kano on Tuesday.", "NGAGOV", "042", "NGA"),
    ("The president visited flood-hit areas in Chad.", "TCDGOV", "042", "TCD"),
    # a trip to a capital may be a trip home
    ("The defence minister flew to Moscow for talks.", "RUSMIL", "042", "RUS"),
]


@pytest.mark.parametrize("text,source,cameo,target", AIMED_AT)
def test_a_country_aimed_at_is_not_the_roles_home(coder, text, source, cameo, target):
    events = coder.code(text, date=DATE).events
    assert has(events, source, cameo, target), show(events)
    assert not any(e.source.country == target for e in events), show(events)


@pytest.mark.parametrize("text,source,cameo,target", AT_HOME)
def test_a_place_or_a_role_of_the_country_is_still_home(coder, text, source, cameo, target):
    events = coder.code(text, date=DATE).events
    assert has(events, source, cameo, target), show(events)


ARTICLES = [
    # (article, trigger, source of the act aimed at the article's country, a role at home)
    ("Belarusian police detained hundreds of protesters in Minsk after the disputed vote. "
     "Belarus's president refused to meet opposition leaders. On Thursday the Senate voted to "
     "impose sanctions on Belarus. Police also detained two journalists.",
     "impose", "LEG", ("detained", "BLRCOP", "BLRMED")),
    ("Guatemala's president declared a state of emergency after the floods. The minister for "
     "foreign affairs flew to Guatemala on Friday. The army evacuated thousands of residents.",
     "flew", "GOV", ("evacuated", "GTMMIL", "GTMCVL")),
]


@pytest.mark.parametrize("text,trigger,source,home_act", ARTICLES)
def test_the_articles_country_is_not_the_home_of_a_role_acting_on_it(coder_all, text, trigger,
                                                                      source, home_act):
    # the role aimed at the article's country stays placed nowhere: in the record with
    # --all-events, left out of the default output as "no country" (docs/policy.md)
    events = coder_all.code(text, date=DATE).events
    aimed = [e for e in events if e.trigger.text == trigger]
    assert aimed and all(e.source.code == source for e in aimed), show(events)
    word, src, tgt = home_act
    assert any(e.trigger.text == word and e.source.code == src and e.target is not None
               and e.target.code == tgt for e in events), show(events)
