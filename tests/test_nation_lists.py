"""Lists of nationalities before one noun (issue 11, session 17; `nation_lists.mend`).

"Kenyan, Ugandan and Rwandan police officers", "Saudi, Emirati and Kuwaiti officials": every
nationality of the list names a party of the noun's kind. The small model often parses such a
list as a proper-noun subject with the noun as its conjunct, and the first nationality (or the
role) was lost. The sentences are the team's own.
"""

from __future__ import annotations

import pytest
from sentence_checks import DATE, has, show

LISTS = [
    ("Kenyan, Ugandan and Rwandan police officers arrived in Mogadishu on Monday.", "042",
     ["KENCOP", "UGACOP", "RWACOP"], "SOM"),
    ("Saudi, Emirati and Kuwaiti officials condemned the attack on Israel.", "111",
     ["SAUGOV", "AREGOV", "KWTGOV"], "ISR"),
    ("US, British and French forces struck targets in Yemen overnight.", "190",
     ["USAMIL", "GBRMIL", "FRAMIL"], "YEM"),
    ("Turkish, Qatari, Emirati and Egyptian rescue teams arrived in Derna on Tuesday.", "073",
     ["TUR", "QAT", "ARE", "EGY"], "LBY"),
    ("Turkish, Qatari, and other international rescue teams arrived in Derna.", "073",
     ["TUR", "QAT"], "LBY"),
    # coordinated modifiers before the noun (session 18)
    ("Jordanian, Iraqi and Omani rescue and medical teams reached Antakya on Wednesday.", "073",
     ["JOR", "IRQ", "OMN"], "TUR"),
    ("Greek, Cypriot and other foreign rescue as well as medical teams arrived in Beirut.", "073",
     ["GRC", "CYP"], "LBN"),
]


@pytest.mark.parametrize("text,cameo,sources,target", LISTS)
def test_every_nationality_of_the_list_is_a_party(coder, text, cameo, sources, target):
    events = coder.code(text, date=DATE).events
    for source in sources:
        assert has(events, source, cameo, target), (source, show(events))


def test_the_parse_takes_the_shape_of_a_list_that_was_read_right(coder):
    """After the mend, the first nationality modifies the noun and each later one is the
    conjunct of the one before it; the noun takes the list's place as the subject."""
    from eventwire import nation_lists
    from eventwire.parse_repair import repair_parse

    doc = coder.nlp("Kenyan, Ugandan and Rwandan police officers arrived in Mogadishu.")
    repair_parse(doc)
    nation_lists.mend(doc, coder.actors.matches(doc))
    words = {t.text: t for t in doc}
    assert (words["officers"].dep_, words["officers"].head.text) == ("nsubj", "arrived")
    assert (words["Kenyan"].dep_, words["Kenyan"].head.text) == ("amod", "officers")
    assert (words["Ugandan"].dep_, words["Ugandan"].head.text) == ("conj", "Kenyan")
    assert (words["Rwandan"].dep_, words["Rwandan"].head.text) == ("conj", "Ugandan")


def test_a_list_with_no_noun_after_it_is_left_alone(coder):
    """"Kenya, Uganda and Rwanda signed": country names with no noun after them are parties of
    their own, and the parse is not touched."""
    events = coder.code("Kenya, Uganda and Rwanda signed a trade agreement in Nairobi.",
                        date=DATE).events
    assert has(events, "KEN", "05", "*") and has(events, "RWA", "05", "*"), show(events)
