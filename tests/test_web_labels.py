"""Readable names for codes (web/labels.py over knowledge/code-names.yaml and the knowledge
files): what the dashboard shows instead of bare GOV/MIL."""

from __future__ import annotations

import pytest

from eventwire.web.labels import labels


@pytest.mark.parametrize("code, name", [
    ("SDNMIL", "Sudanese military"),       # country adjective + sector
    ("TCDGOV", "Chadian government"),      # a sector before the one party that has this code
    ("RUS", "Russia"),                     # a country alone: its name
    ("COLCOP", "Colombian police"),
    ("TURGOVMIL", "Turkish government military"),
    ("IGOAFRAU", "African Union"),         # listed in code-names.yaml
    ("IGOUNO", "United Nations"),
    ("IMGREB", "international militant group"),
    ("LBNREB", "Lebanese rebels"),         # Hezbollah and others share it: the sector reads true
    ("XYZ", "XYZ"),                        # unknown: the code itself
    ("SDNXXX", "SDNXXX"),
])
def test_actor_names(code, name):
    assert labels().actor(code) == name


def test_no_code_no_name():
    assert labels().actor(None) is None and labels().actor("") is None


def test_every_agent_of_the_agent_dictionary_has_a_name():
    import yaml

    from eventwire.knowledge import HERE

    agents = yaml.safe_load((HERE / "agents.yaml").read_text())
    missing = set(agents) - set(labels().agents)
    assert not missing, missing


def test_the_codebook_names_roots_and_keys_countries_for_the_map():
    book = labels().codebook()
    assert [r["code"] for r in book["roots"]] == [f"{n:02d}" for n in range(1, 21)]
    assert book["countries"]["LBN"]["numeric"] == "422"
    assert book["countries"]["KSV"] == {"name": "Kosovo", "numeric": None}  # matched by name
    assert labels().event("194") == "Clash using artillery and tanks"
