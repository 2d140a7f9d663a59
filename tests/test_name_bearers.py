"""A known person's one-word name inside someone else's full name names that someone else
(actors.ActorFinder._another_bearer): "Captain Li Xi" is not Xi Jinping, "Hunter Biden" not Joe
Biden. Titles, initials and the person's own given names keep the match."""

import pytest

D = "2024-05-14"


def _sources(coder, text):
    return {(m.source.code, m.target.code if m.target else None, m.cameo.root)
            for m in coder.code(text, date=D).events}


@pytest.mark.parametrize("text", [
    "Captain Zhao Xi of the coast guard accused Vietnam of sending fishing boats into the area.",
    "Hunter Biden criticised Mexico's handling of the migrant caravan on Tuesday.",
    "Ms Elena Putin, a schoolteacher from Ohio, criticised the county school board on Monday.",
])
def test_another_bearer_of_the_name_is_not_the_office_holder(coder, text):
    codes = {c for trio in _sources(coder, text) for c in trio[:2] if c}
    assert not any(c.startswith(("CHNGOV", "USAGOV", "RUSGOV")) for c in codes), codes


@pytest.mark.parametrize("text,source", [
    ("President Xi criticised Japan's defence budget on Monday.", "CHNGOV"),
    ("Joseph R. Biden criticised China's trade practices on Monday.", "USAGOV"),
    ("Russian President Vladimir Putin accused Ukraine of shelling the plant.", "RUSGOV"),
    ("Tayyip Erdogan criticised Sweden over the protests in Stockholm.", "TURGOV"),
])
def test_titles_initials_and_own_names_keep_the_person(coder, text, source):
    assert source in {s for s, _, _ in _sources(coder, text)}
