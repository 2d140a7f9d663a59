"""The country an article is about counts where its acts take place as well as who acts (issue
11, session 18, read from batch v; `coder._article_country`). Articles of our own.

A story on a verdict in Athens that twice names Turks as the convicted party's enemies is a
Greek story: its court and its police are Greek, not Turkish.
"""

from __future__ import annotations

from sentence_checks import DATE, show

ATHENS = (
    "A court in Athens ruled on Wednesday that the far-right Dawn Front is a criminal "
    "organisation. The party, long known as an enemy of Turks in Greece, had denied the charges. "
    "The court found seven former deputies guilty of running the organisation. "
    "Police fired tear gas at protesters outside the court in Athens as the verdict was read. "
    "Turks living in Thrace welcomed the ruling."
)


def test_roles_take_the_country_where_the_story_happens(coder):
    events = coder.code(ATHENS, date=DATE).events
    police = [e for e in events if e.source.agent in ("COP", "JUD")]
    assert police, show(events)
    assert all(e.source.country == "GRC" for e in police), show(events)


def test_news_media_named_by_kind_lend_no_country(coder):
    """"..., Russian news agencies reported": the media tell where the news came from, not
    whose protesters or police act (`role_country.news_agency`, session 18)."""
    events = coder.code("Kyrgyzstan's president fled the country on Thursday after protesters "
                        "overran government offices in Bishkek. The president flew to "
                        "Kazakhstan hours after opposition supporters broke through police "
                        "lines on Thursday, Russian news agencies reported.",
                        date=DATE).events
    assert not any(e.source.country == "RUS" or (e.target is not None and
                                                 e.target.country == "RUS")
                   for e in events), show(events)


def test_a_noun_told_as_protesting_is_a_crowd(coder):
    """"Police attacked the antifascists who protested the verdict": a plural noun no knowledge
    names, told by its relative clause as protesting, is a crowd, and police on a crowd are
    crowd control (175), not fighting (`sentence_actors.protesting_crowd`, session 18)."""
    events = coder.code("Greek police attacked the cyclists who protested outside the court "
                        "in Athens.", date=DATE).events
    assert any(e.cameo.code == "175" and e.target is not None and e.target.agent == "OPP"
               for e in events), show(events)
    assert not any(e.cameo.root == "19" for e in events), show(events)


def test_a_place_whose_country_the_knowledge_lacks_counts_for_no_country(coder):
    """A gazetteer place can carry a country code the knowledge has no entry for (Kosovo's XKX):
    it adds nothing to the article's country and breaks nothing (an internal error before the
    fix of session 18)."""
    events = coder.code("The injured are being treated at the health center in Zvecan, and "
                        "those with more serious injuries were taken to the hospital in "
                        "Kosovska Mitrovica.", date=DATE).events
    assert all(e.source.country != "XKX" for e in events), show(events)
