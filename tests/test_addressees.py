"""Whom an act is done to, and acts a light verb or a tagging slip hid (issue 11, session 21).

1. A "to" phrase the parser labels a dative ("offered his congratulations to Japan") names the
   addressee, as a "to" preposition does (`slots.find_slots`).
2. A partitive ("one of the Philippine boats", "two of the protesters") is a party of the kind
   its "of" phrase names (`syntax.with_conjuncts`).
3. "had a meeting with" tells a meeting; "have good ties with" stays a standing relation
   (`syntax.HAD_OCCASIONS`).
4. Help that arrives unqualified ("aid from Thailand arrived in Myanmar") is aid given by whoever
   its phrase names, also when the small model tags a sentence-opening "Aid" as a verb; with no
   giver named, nothing is invented (`transfer.BARE_AID`).
5. A reaction to an act is aimed at its doer: a feeling about it ("deeply concerned by the
   arrest") as a condemnation is, and "the coup" is the act of the armed forces that last acted
   (`anaphora.doer_of_object_act`).
6. A "historic mistake" condemns (111), never praises (reviewed-inventories-5 and -9).
7. A known person's surname the model calls a person is no town (`whenwhere.Locator`).
8. A subject the parser hangs on a participle before the verb is the verb's (`syntax.subjects`).
9. The text's last paragraph, which a scraper may cut short, is never read as a headline.
10. A title before a person's name is the person's title, not a word of a body's name.
11. Whoever an act is told by ("according to") is never its target.
12. A party of a country the article never names is the article country's namesake party.
13. Defying a norm (128) takes no other country of the sentence as its counterpart.
14. An ethnic group ("ethnic Serb civilians") is of the state its place lies in.
"""

from __future__ import annotations

import pytest
from sentence_checks import DATE, has, show

FOUND = [
    ("Lee Jae-myung offered his congratulations to Japan on its election.", "KOR", "051",
     "JPN"),
    ("The Greek foreign minister extended his gratitude to Egypt for its help.", "GRC", "051",
     "EGY"),
    ("The Chinese coast guard ship fired its water cannon at one of the Philippine supply "
     "boats.", "CHN", "17", "PHL"),
    ("Israeli troops detained two of the Palestinian journalists in Hebron.", "ISR", "17",
     "PSE"),
    ("Prime Minister Nikol Pashinyan had a meeting with Russian President Vladimir Putin on "
     "Tuesday.", "ARM", "040", "RUS"),
    ("Aid from Thailand arrived in Myanmar on Tuesday.", "THA", "07", "MMR"),
    ("Relief from Kuwait reached Yemen on Sunday.", "KWT", "07", "YEM"),
]


@pytest.mark.parametrize("text,source,cameo,target", FOUND)
def test_the_act_and_its_addressee_are_found(coder, text, source, cameo, target):
    events = coder.code(text, date=DATE).events
    assert has(events, source, cameo, target), show(events)


def test_listed_givers_of_arriving_aid_each_give(coder):
    events = coder.code("Aid from Thailand, Japan and China arrived in Myanmar on Tuesday.",
                        date=DATE).events
    for giver in ("THA", "JPN", "CHN"):
        assert has(events, giver, "07", "MMR"), (giver, show(events))


@pytest.mark.parametrize("text", [
    "The two countries have good ties with Russia.",
    "The first aid arrived in Nepal on Sunday.",
])
def test_no_act_is_invented(coder_all, text):
    events = [e for e in coder_all.code(text, date=DATE).events
              if e.modality in ("asserted", "claimed")]
    assert not events, show(events)


REACTIONS = [
    # a coup is the act of the armed forces that last acted, however far back
    ("Honduran soldiers detained President Manuel Zelaya on Sunday. The president was flown to "
     "Costa Rica. Congress named a new leader. Protesters gathered in Tegucigalpa. Schools were "
     "closed. The Organization of American States met in Washington. UN Secretary-General Ban "
     "Ki-moon condemned the coup.", "IGOUNO", "111", "HNDMIL"),
    # a feeling about an act is aimed at its doer
    ("Honduran soldiers arrested President Manuel Zelaya on Sunday. US President Barack Obama "
     "said he was deeply concerned by the arrest.", "USA", "01", "HNDMIL"),
    # a "historic mistake" condemns; no praise
    ("Israeli Prime Minister Benjamin Netanyahu called the deal with Iran a historic mistake.",
     "ISR", "111", "IRN"),
]


@pytest.mark.parametrize("text,source,cameo,target", REACTIONS)
def test_a_reaction_is_aimed_at_the_doer_of_what_it_is_about(coder, text, source, cameo,
                                                            target):
    events = coder.code(text, date="2009-06-30").events
    assert has(events, source, cameo, target), show(events)


def test_a_historic_mistake_is_no_praise(coder):
    events = coder.code("Israeli Prime Minister Benjamin Netanyahu called the deal with Iran a "
                        "historic mistake.", date=DATE).events
    assert not any(e.cameo.root == "05" for e in events), show(events)


def test_a_known_surname_the_model_calls_a_person_is_no_town(coder):
    """GeoNames knows a town of Bush in Egypt; "called Bush a terrorist" is about a person."""
    events = coder.code("Venezuelan President Hugo Chavez has called Bush a terrorist.",
                        date=DATE).events
    assert not any(e.target is not None and e.target.code.startswith("EGY")
                   for e in events), show(events)


def test_a_subject_hung_on_a_participle_before_the_verb_is_the_verbs():
    """8. The small model may parse "Syrian troops trying to relieve a base ambushed a
    checkpoint" with "troops" as the subject of the participle "trying", itself a dependent of
    "ambushed": the troops ambushed (`syntax.subjects`)."""
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from eventwire.syntax import subjects

    words = ["Syrian", "troops", "trying", "to", "relieve", "a", "base", "ambushed", "a",
             "checkpoint", "."]
    heads = [1, 2, 7, 4, 2, 6, 4, 7, 9, 7, 7]
    deps = ["amod", "nsubj", "advcl", "aux", "xcomp", "det", "dobj", "ROOT", "det", "dobj",
            "punct"]
    tags = ["JJ", "NNS", "VBG", "TO", "VB", "DT", "NN", "VBD", "DT", "NN", "."]
    pos = ["ADJ", "NOUN", "VERB", "PART", "VERB", "DET", "NOUN", "VERB", "DET", "NOUN",
           "PUNCT"]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps, tags=tags, pos=pos)
    assert [t.text for t in subjects(doc[7])] == ["troops"]
    # a participle with a subordinator of its own is a clause of its own ("while troops
    # waited, rebels ...") and lends no subject
    words2 = ["While", "troops", "waiting", ",", "rebels", "ambushed", "a", "checkpoint", "."]
    heads2 = [2, 2, 5, 5, 5, 5, 7, 5, 5]
    deps2 = ["mark", "nsubj", "advcl", "punct", "dep", "ROOT", "det", "dobj", "punct"]
    tags2 = ["IN", "NNS", "VBG", ",", "NNS", "VBD", "DT", "NN", "."]
    pos2 = ["SCONJ", "NOUN", "VERB", "PUNCT", "NOUN", "VERB", "DET", "NOUN", "PUNCT"]
    doc2 = Doc(Vocab(), words=words2, heads=heads2, deps=deps2, tags=tags2, pos=pos2)
    assert [t.text for t in subjects(doc2[5])] == []


def test_a_last_paragraph_cut_short_is_prose_not_a_headline(coder):
    """9. A scraper may cut the text's last paragraph in mid-word; it is no headline, and its
    "met with" stays an active meeting (`headline.repair` is not applied to it)."""
    text = ("Jordan's King Abdullah received a letter from the Egyptian president on Wednesday, "
            "delivered by Egyptian Foreign Minister Sameh Shoukry.\n\n"
            "The two sides stressed the depth of bilateral relations.\n\n"
            "Also on Wednesday, Prime Minister Hani Mulki met with Shoukry and discussed with "
            "him bilateral relations and regional developments, i")
    events = coder.code(text, date="2017-02-09").events
    assert has(events, "JORGOV", "040", "EGYGOV"), show(events)


def test_a_title_before_a_name_is_the_persons_title(coder):
    """10. "Kazakh President Kassym-Jomart Tokayev": "President" is his title, a word the
    lexicon's 043 entry reads (received a president), not a word inside a body's name
    (`syntax.name_word`)."""
    events = coder.code("Chinese President Xi Jinping received Kazakh President Kassym-Jomart "
                        "Tokayev in Beijing on Monday.", date=DATE).events
    assert has(events, "CHN", "043", "KAZ"), show(events)


def test_whoever_an_act_is_told_by_is_not_its_target(coder):
    """11. "..., according to an AFP correspondent": the teller, never the counterpart
    (`targets.according_to`)."""
    events = coder.code("Police used tear gas and stun grenades to disperse them, according to "
                        "an AFP correspondent.", date=DATE).events
    assert not any(e.target is not None and e.target.code.startswith("MED")
                   for e in events), show(events)


def test_a_party_of_a_country_the_article_never_names_is_a_namesake(coder):
    """12. The knowledge's Democratic Progressive Party is Taiwan's; in a story about Malawi
    that never names Taiwan, "the DPP" is Malawi's (`Coder._namesake_party`); where Taiwan is
    named it stays Taiwan's."""
    malawi = ("Malawians have accused the DPP of failing to mobilize supporters in Lilongwe.\n\n"
              "Police in Blantyre said the marches drew few people.")
    events = coder.code(malawi, date=DATE).events
    assert has(events, "MWI", "11", "MWI"), show(events)
    assert not any(e.target is not None and e.target.code.startswith("TWN") for e in events)
    taiwan = ("China accused the DPP of seeking independence for Taiwan.\n\n"
              "Taiwan's president rejected the charge in Taipei.")
    events = coder.code(taiwan, date=DATE).events
    assert has(events, "CHN", "11", "TWN"), show(events)


def test_defying_a_norm_takes_no_other_country_as_counterpart(coder_all):
    """13. Defying norms or law (128) is aimed at whoever owns the norm its phrase names, never
    at the one other country the sentence happens to name (`targets.NORM_DEFIANCE`)."""
    events = coder_all.code("Soldiers flew Zelaya to Costa Rica after the Honduran Supreme Court "
                            "said he had violated the country's constitution.",
                            date="2009-06-30").events
    assert not any(e.cameo.code.startswith("128") and e.target is not None
                   and e.target.code.startswith("CRI") for e in events), show(events)


def test_an_ethnic_group_is_of_the_state_it_lives_in(coder):
    """14. "ethnic Serb civilians" hurt in clashes in Kosovo's north are Kosovo's civilians, as
    the coders code people by the state they live in (`role_country.residents`)."""
    text = ("Several Kosovo police officers and ethnic Serb civilians were injured in clashes in "
            "Mitrovica on Wednesday.\n\nPolice in Zvecan said the raids in northern Kosovo "
            "targeted smugglers.")
    events = coder.code(text, date=DATE).events
    assert not any(a is not None and a.code.startswith("SRB")
                   for e in events for a in (e.source, e.target)), show(events)
    # and they are the place's civilians, in an arrest as in a clash
    text = ("Police detained ethnic Uzbeks in Osh on Friday.\nOfficials in Jalal-Abad, "
            "Kyrgyzstan, said the arrests spread overnight to Osh.")
    events = coder.code(text, date=DATE).events
    assert has(events, "KGZCOP", "17", "KGZCVL"), show(events)
