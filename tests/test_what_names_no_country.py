"""Words that name a country without placing an act there (session 12, decided on the dev set):
a news agency relaying the story, a surname that is also an old name of a foreign city, and
what a "without" phrase says did not happen. Our own wire copy."""

from __future__ import annotations

from sentence_checks import DATE, has, show


def _countries(events) -> set[str]:
    return {a.country for e in events for a in (e.source, e.target) if a is not None}


def test_a_news_agency_does_not_make_the_article_its_countrys(coder_all):
    # "Xinhua reported" says where the news came from: the second sentence's police, with no
    # country of their own, are not China's (placed nowhere, their act is left out by default
    # as "no country")
    events = coder_all.code("Police arrested 12 protesters on Monday, Xinhua news agency reported. "
                        "Riot police later fired tear gas at the protesters outside parliament, "
                        "witnesses said.", date=DATE).events
    later = [e for e in events if e.sentence == 1]
    assert later and "CHN" not in _countries(later), show(events)


def test_an_official_still_places_the_roles_of_her_story(coder):
    # a government speaker is no news agency: her country is still the story's
    events = coder.code("Police arrested 12 protesters on Monday, the Turkish interior "
                        "ministry said. Riot police later fired tear gas at the protesters "
                        "outside parliament.", date=DATE).events
    assert has([e for e in events if e.sentence == 1], "TUR", "17", "TUR"), show(events)


def test_a_surname_is_no_city_known_only_by_an_old_name(coder):
    # GeoNames lists "Adams" among the alternate names of a Chinese city; a person charged is
    # no place, so nothing here is Chinese but the agency
    events = coder.code("Federal prosecutors charged Adams with five counts of bribery, the "
                        "mayor's lawyer said.", date=DATE).events
    assert "CHN" not in _countries(events), show(events)


def test_a_city_by_its_own_name_is_still_read_when_mislabelled(coder):
    events = coder.code("Russian drones attacked Kharkiv overnight.", date=DATE).events
    assert has(events, "RUS", "19", "UKR"), show(events)


def test_what_did_not_happen_names_no_act(coder):
    # "without a deal": the deal is what was not reached, so leaving the venue is no
    # withdrawal from a deal (160)
    events = coder.code("Serbian and Kosovar leaders left Brussels on Wednesday without a deal.",
                        date=DATE).events
    assert not [e for e in events if e.cameo.root == "16"], show(events)
    events = coder.code("Serbia left the trade agreement with Croatia on Wednesday.",
                        date=DATE).events
    assert has(events, "SRB", "16", "HRV"), show(events)


def test_a_lake_or_a_sea_named_after_a_country_is_no_actor(coder_all):
    events = coder_all.code("Insurgents attacked an army base from the Lake Chad axis on "
                            "Sunday.", date=DATE).events
    assert "TCD" not in _countries(events), show(events)
    events = coder_all.code("Chadian troops attacked an insurgent camp near the border on "
                            "Sunday.", date=DATE).events
    assert has(events, "TCD", "19", "*"), show(events)


def test_damage_with_no_agent_is_no_authoritys_act(coder_all):
    # an earthquake or a shell damages buildings; the authorities demolish homes
    events = coder_all.code("Nearly 300,000 buildings in Turkey collapsed or were severely "
                            "damaged, officials said.", date=DATE).events
    assert not [e for e in events if e.cameo.root == "17"], show(events)
    events = coder_all.code("Twelve Palestinian homes were demolished in East Jerusalem on "
                            "Monday.", date=DATE).events
    assert has(events, "ISR", "17", "PSE"), show(events)


def test_a_sea_is_no_subdivision_named_after_it(coder_all):
    # Sudan's Red Sea state and Papua New Guinea's Gulf province share their names with seas
    events = coder_all.code("Houthi rebels attacked a cargo ship in the Red Sea on Friday.",
                            date=DATE).events
    assert "SDN" not in _countries(events), show(events)
    events = coder_all.code("Iran seized a British tanker in the Gulf on Friday.",
                            date=DATE).events
    assert "PNG" not in _countries(events) and has(events, "IRN", "17", "GBR"), show(events)
