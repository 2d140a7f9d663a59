"""A killing told with no agent is coded to an unidentified armed group of the country where it
happened (unnamed.unnamed_actor), unless the same sentence names the attack that did it
(events.unnamed_beside_named): then it is that attack told again. A person named whom the
knowledge cannot code is still the last person mentioned: "he" after them takes up no one
(Coreference.see_unknown_person), not an earlier person it cannot mean.

Wire copy written by the team for these tests."""

from __future__ import annotations

DATE = "2024-03-12"


def _violence(coder, text: str) -> set[tuple[str, str | None]]:
    return {(e.source.code, e.target.code if e.target else None)
            for e in coder.code(text, date=DATE).events if e.cameo.code[:2] in ("18", "19")}


def test_a_killing_beside_a_named_airstrike_is_that_airstrike(coder):
    got = _violence(coder, "Two Syrian soldiers were killed and three others were wounded in an "
                    "Israeli airstrike near Homs, state media said.")
    assert got, "the airstrike itself is coded"
    assert all(src.startswith("ISR") for src, _ in got), got


def test_a_killing_with_no_attacker_anywhere_keeps_the_unidentified_group(coder):
    got = _violence(coder, "Two Syrian soldiers were killed near Homs, state media said.")
    assert ("SYRUAF", "SYRMIL") in got


def test_an_attack_told_first_keeps_the_unidentified_group_and_the_one_told_again_does_not(
        coder):
    # "An attack" opening the story has an attacker no one names; "the clashes" in a later
    # sentence refer back to fighting told before (with the rule they gave an unidentified
    # group of the place)
    got = _violence(coder, "An attack damaged two schools in Kharkiv, officials said.")
    assert any(src.endswith("UAF") for src, _ in got), got
    got = _violence(coder, "Officials reopened the border crossing in Batken on Monday. The "
                    "clashes led to the evacuation of 130,000 people from Kyrgyzstan's Batken "
                    "region.")
    assert not any(side.endswith("UAF") for pair in got for side in pair if side), got


def test_people_displaced_with_no_one_named_are_no_expulsion(coder):
    # session 19: displaced by a flood, a quake or a war told as a whole (batch w's Derna flood)
    text = "At least 12,000 people have been displaced in Sylhet, the relief ministry said."
    assert not any(e.cameo.root == "20" for e in coder.code(text, date=DATE).events)


def test_people_displaced_by_a_named_force_are_expelled(coder):
    events = coder.code("Thousands of villagers were displaced by soldiers in Rakhine.",
                        date=DATE).events
    assert any(e.cameo.code == "201" and e.source.code == "MMRMIL" for e in events)


def test_a_person_the_knowledge_cannot_code_is_still_the_person_a_pronoun_takes_up(coder):
    # "he" is Fonoti, whom nothing codes: not the radio correspondent named before him
    text = ("Two women have won seats, according to Radio Australia's correspondent Lagi "
            "Keresoma. Meanwhile, Fonoti delivered a statement to reporters before midnight. "
            "Fonoti said as leader he wanted to extend his gratitude to all of Tonga for the "
            "support.")
    sources = {e.source.code for e in coder.code(text, date=DATE).events}
    assert not any(code.startswith("AUS") for code in sources), sources


def test_a_pronoun_after_a_known_person_still_takes_them_up(coder_all):
    # (since session 18 the correspondent, a news medium, lends the opposition no country, so
    # the act is counted as "no country" rather than output as Australia's opposition)
    text = ("Two women have won seats, according to Radio Australia's correspondent Lagi "
            "Keresoma. He said the opposition had congratulated Tonga on the vote.")
    got = [e for e in coder_all.code(text, date=DATE).events if e.cameo.root == "05"]
    assert got, "the correspondent's report of the opposition's congratulations is coded"
    assert all(e.reported_by is not None and e.reported_by.code == "AUSMED" for e in got), got
    assert not any(e.source.code.startswith("AUS") for e in got), got
