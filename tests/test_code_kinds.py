"""Code confusions by kind: the dev report calls a miss "wrong code" only when an output with the
gold event's actors sits in a sentence the gold's cue cites; the same dyad's act elsewhere in the
article is another event, and the gold one counts as not found."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from eventwire.devset import _kind_of_miss, cited_spans

TEXT = ("Ghana's president met the Togolese leader in Accra on Monday. "
        "Later that week Ghana accused Togo of harbouring smugglers.")
GOLD = {"sentences": [{"n": 0, "span": [0, 61], "roots": ["04"]},
                      {"n": 1, "span": [62, len(TEXT)], "roots": ["11"]}]}


def out(code: str, source: str, target: str | None, start: int):
    """An output event as the miss classifier reads it: root, actors, trigger offset."""
    return SimpleNamespace(cameo=SimpleNamespace(root=code[:2], code=code),
                           source=SimpleNamespace(code=source),
                           target=SimpleNamespace(code=target) if target else None,
                           trigger=SimpleNamespace(span=(start, start + 5)))


def test_cue_cites_its_sentences_by_number():
    assert cited_spans(GOLD, "[s1] Ghana accused … ... [s0] met") == [(0, 61), (62, len(TEXT))]
    assert cited_spans(GOLD, "no sentence cited") == []
    assert cited_spans(GOLD, "[s7] a sentence the labels do not have") == []


def test_same_dyad_in_the_cited_sentence_is_a_wrong_code():
    # gold: the accusation (112) in sentence 1; the coder made the meeting's root there instead
    gold = {"cameo": "112", "source": "GHAGOV", "target": "TGO", "cue": "[s1] Ghana accused"}
    outs = [out("040", "GHAGOV", "TGOGOV", TEXT.index("accused"))]
    assert _kind_of_miss(gold, outs, cited_spans(GOLD, gold["cue"])) == "wrong code"


def test_same_dyad_only_in_another_sentence_is_not_found():
    gold = {"cameo": "112", "source": "GHAGOV", "target": "TGO", "cue": "[s1] Ghana accused"}
    outs = [out("040", "GHAGOV", "TGOGOV", TEXT.index("met"))]  # the meeting, sentence 0
    assert _kind_of_miss(gold, outs, cited_spans(GOLD, gold["cue"])) == "not found"


def test_a_cue_citing_no_sentence_looks_at_the_whole_article():
    gold = {"cameo": "112", "source": "GHAGOV", "target": "TGO", "cue": "Ghana accused"}
    outs = [out("040", "GHAGOV", "TGOGOV", TEXT.index("met"))]
    assert _kind_of_miss(gold, outs, cited_spans(GOLD, gold["cue"])) == "wrong code"


def test_the_root_found_with_other_actors_stays_wrong_actors():
    gold = {"cameo": "112", "also": ["111"], "source": "GHAGOV", "target": "TGO",
            "cue": "[s1] Ghana accused"}
    outs = [out("111", "TGOGOV", "GHAGOV", TEXT.index("accused"))]
    assert _kind_of_miss(gold, outs, cited_spans(GOLD, gold["cue"])) == "wrong actors"


# -- an agreement on a plan that names an act to come -----------------------------------------

@pytest.fixture(scope="module")
def coder():
    from eventwire.coder import Coder

    return Coder()


def codes(coder, text: str) -> set[str]:
    return {e.cameo.code for e in coder.code(text).events}


@pytest.mark.parametrize("text", [
    "Indonesia agreed with Australia on a plan to share maritime patrol data.",
    "Ecuador agreed with Colombia on a deal to reopen the Rumichaca bridge.",
    "Norway agreed upon a framework with Iceland to pool fishing quotas.",
])
def test_agreed_on_a_plan_to_act_is_an_intent_to_cooperate(coder, text):
    # CAMEO codes an agreement to do something later as an intent (030, or the agreed act's own
    # intent when it has a code, as for "agreed to reopen"); 019 is agreeing with a view
    got = codes(coder, text)
    assert any(c[:2] == "03" for c in got) and "019" not in got


@pytest.mark.parametrize("text", [
    "Ghana agreed with Togo on the new border line.",
    "Portugal agreed with Spain on the figures of the report.",
])
def test_agreed_on_a_matter_without_an_act_stays_an_accord(coder, text):
    got = codes(coder, text)
    assert "030" not in got and "019" in got


# -- the tool ---------------------------------------------------------------------------------

def _tool():
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parents[1] / "tools" / "code_kinds.py"
    spec = importlib.util.spec_from_file_location("code_kinds_tool", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_the_tool_refuses_the_held_back_split(tmp_path):
    with pytest.raises(SystemExit, match="held-back"):
        _tool().confusions(tmp_path / "realnews-test")
