"""Codes chosen by the kind of actor and object (issue 11), on sentences written here:

- a blockade, siege or occupation is a protest (144, threatened: 133) when civilians, workers,
  farmers or demonstrators do it, and force (191, 192, threatened: 1381) when troops, police, an
  armed group or a state do it; an attack by protesters is a violent protest (145); a clash
  between the police and a crowd of their own country is repression (175) on the police's side
  and a riot (145) on the crowd's (knowledge/codes-by-actor.yaml, eventwire/actor_codes.py);
- a decision taken to reduce relations or to yield is that act (161, 085) still to come, not a
  threat or an intent (eventwire/decisions.py); "will recall" stays the threat 1313; a cancelled
  visit, diplomats thrown out or pulled out, recognition withdrawn and an embassy's staff cut
  reduce diplomatic relations (161; lexicon/diplomatic-relations.yaml);
- an act named inside a denial ("denied shelling") is denied, not reported done (modality.py);
  an act named inside a warning against it ("warned against an assault on X") is the warned
  party's: the warning is 130, aimed at the party warned (eventwire/warned.py).
"""

from __future__ import annotations

import pytest

from eventwire.actor_codes import ARMED, CIVILIAN, KindTable, by_actor_kind
from eventwire.errors import KnowledgeError
from eventwire.knowledge import LexEntry
from eventwire.records import ActorRef


def _codes(coder, text: str) -> list[tuple[str, str, str | None, str]]:
    return [(e.cameo.code, e.source.code, e.target.code if e.target else None, e.modality)
            for e in coder.code(text, date="2024-03-12").events]


def _ref(code: str, country: str | None, agent: str | None, text: str = "x") -> ActorRef:
    return ActorRef(code, country, agent, text, text, (0, len(text)))


# -- the table --------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def table(coder) -> KindTable:
    return coder.knowledge.by_actor


@pytest.mark.parametrize("ref,kind", [
    (_ref("GHAAGR", "GHA", "AGR"), CIVILIAN),
    (_ref("LAB", None, "LAB"), CIVILIAN),
    (_ref("NGOMSF", None, None), CIVILIAN),
    (_ref("PERMIL", "PER", "MIL"), ARMED),
    (_ref("COP", None, "COP"), ARMED),
    (_ref("AZE", "AZE", None), ARMED),  # a named state acts with its forces
    (_ref("IGOUNO", None, None), None),
    (_ref("PERJUD", "PER", "JUD"), None),
])
def test_each_source_has_one_kind_or_none(table, ref, kind):
    assert table.kind(ref) == kind


def test_sources_of_mixed_kinds_leave_the_code_alone(coder, table):
    tok = coder.nlp("Farmers and soldiers blocked the road.")[3]
    entry = LexEntry(code="144", pos="verb", lemmas=frozenset({"block"}))
    evidence: list[str] = []
    mixed = [_ref("AGR", None, "AGR"), _ref("MIL", None, "MIL")]
    assert by_actor_kind(table, entry, tok, mixed, evidence) is entry
    assert evidence == []
    armed = by_actor_kind(table, entry, tok, mixed[1:], evidence)
    assert armed.code == "191" and "coded as 191" in evidence[-1]


def test_a_table_with_an_unknown_code_or_an_agent_of_both_kinds_is_refused(coder):
    codebook = coder.knowledge.codebook
    good = {"civilian_agents": ["CVL"], "armed_agents": ["MIL"], "by_civilians": {"191": "144"}}
    assert KindTable.of(good, codebook, "t.yaml").by_civilians == {"191": "144"}
    with pytest.raises(KnowledgeError, match="t.yaml.*unknown CAMEO code"):
        KindTable.of({**good, "by_armed": {"144": "1999"}}, codebook, "t.yaml")
    with pytest.raises(KnowledgeError, match="both kinds"):
        KindTable.of({**good, "armed_agents": ["MIL", "CVL"]}, codebook, "t.yaml")
    with pytest.raises(KnowledgeError, match="malformed"):
        KindTable.of({"by_civilians": {}}, codebook, "t.yaml")


# -- blockades, sieges, occupations -------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Demonstrators besieged the regional assembly in Cochabamba on Friday.",
    "Hundreds of protesters seized the main airport in Bolivia's capital overnight.",
])
def test_civilians_who_besiege_or_seize_a_place_protest(coder, text):
    codes = _codes(coder, text)
    assert any(c == "144" for c, *_ in codes), codes
    assert not any(c[:2] == "19" for c, *_ in codes), codes


@pytest.mark.parametrize("text,code", [
    ("Rebel fighters occupied the airport in Goma on Sunday.", "192"),
    ("Nigerien soldiers blocked the border crossing with Benin on Monday.", "191"),
])
def test_armed_forces_who_block_or_occupy_use_force(coder, text, code):
    codes = _codes(coder, text)
    assert any(c == code for c, *_ in codes), codes
    assert not any(c[:2] == "14" for c, *_ in codes), codes


def test_a_threat_to_blockade_is_a_protest_threat_by_farmers_and_a_military_one_by_an_army(
        coder, coder_all):
    farmers = _codes(coder, "Spanish farmers threatened to blockade Madrid next week.")
    # a threat of protest, like a protest, is aimed at the protesters' own government
    assert farmers == [("133", "ESPAGR", "ESPGOV", "asserted")], farmers
    army = _codes(coder_all, "The Sudanese army threatened to blockade the rebel-held city.")
    assert [c for c, *_ in army] == ["1381"], army


def test_protesters_who_attack_riot_and_villagers_who_attack_do_not(coder):
    riot = _codes(coder, "Opposition supporters attacked the ruling party offices in Lusaka.")
    assert [c for c, *_ in riot] == ["145"], riot
    fight = _codes(coder, "Villagers attacked a rebel camp in the Ituri province of Congo.")
    assert fight and all(c[:2] == "19" for c, *_ in fight), fight


def test_protest_agents_must_be_civilian(coder):
    good = {"civilian_agents": ["CVL", "OPP"], "armed_agents": ["MIL"],
            "protest_agents": ["OPP"], "by_protesters": {"190": "145"}}
    assert KindTable.of(good, coder.knowledge.codebook, "t.yaml").by_protesters == {
        "190": "145"}
    with pytest.raises(KnowledgeError, match="protest agents"):
        KindTable.of({**good, "protest_agents": ["MIL"]}, coder.knowledge.codebook, "t.yaml")


def test_a_civilian_blockade_keeps_its_protest_code(coder):
    codes = _codes(coder, "Kazakh truckers blocked the highway to Almaty with their lorries.")
    assert codes and all(c == "144" for c, *_ in codes), codes


# -- decisions, recalls, cancellations ----------------------------------------------------------

def test_a_decision_to_recall_an_envoy_is_the_recall_still_to_come(coder):
    codes = _codes(coder, "Slovenia decided to recall its ambassador from Belgrade.")
    assert codes == [("161", "SVN", "SRB", "future")], codes


def test_an_announced_recall_stays_a_threat(coder):
    assert [c for c, *_ in _codes(
        coder, "Slovenia will recall its ambassador from Belgrade.")] == ["1313"]
    assert [c for c, *_ in _codes(
        coder, "Slovenia may decide to recall its ambassador from Belgrade.")] != ["161"]


def test_another_partys_decision_to_expel_is_that_partys_act(coder):
    codes = _codes(coder, "Norway condemned Belarus's decision to expel two Norwegian "
                          "diplomats.")
    assert ("111", "NOR", "BLR", "asserted") in codes, codes
    expel = [x for x in codes if x[0][:2] in ("13", "16")]
    assert expel and all(c == "161" and s == "BLR" for c, s, *_ in expel), codes


def test_sanctions_agreed_by_a_body_are_imposed(coder):
    """"The EU agreed to impose sanctions": agreed among its members, the sanctions are the act
    (163, still to be carried out), not a threat of them; so are sanctions that are the means of
    an act agreed ("agreed to clamp down ... by imposing an arms embargo")."""
    codes = _codes(coder, "EU foreign ministers agreed on Monday to impose sanctions on Belarus.")
    assert any(c == "163" for c, *_ in codes) and not any(c == "1312" for c, *_ in codes), codes
    codes = _codes(coder, "The African Union agreed to curb arms flows to Sudan by imposing an "
                          "arms embargo on Sudanese militias.")
    assert any(c.startswith("16") for c, *_ in codes), codes
    assert not any(c == "1312" for c, *_ in codes), codes
    assert [c for c, *_ in _codes(
        coder, "The EU will agree to impose sanctions on Belarus.")] != ["163"]


def test_a_decision_to_ease_sanctions_is_the_easing(coder):
    codes = _codes(coder, "The EU decided to lift sanctions on Uzbek cotton exporters.")
    assert any(c == "085" and s.startswith("IGO") for c, s, *_ in codes), codes


@pytest.mark.parametrize("text,target", [
    ("Moldova threw out two Russian diplomats on Thursday.", "RUSGOV"),
    ("The Netherlands withdrew recognition of the Venezuelan government.", "VENGOV"),
    ("The Czech Republic reduced the staff of the Russian embassy in Prague.", "RUSGOV"),
])
def test_the_family_of_reduced_diplomatic_relations(coder, text, target):
    codes = _codes(coder, text)
    assert [(c, t) for c, _, t, _ in codes] == [("161", target)], codes


def test_diplomats_pulled_out_are_no_military_retreat(coder_all):
    codes = _codes(coder_all, "Sweden pulled its diplomats out of Afghanistan.")
    assert [c for c, *_ in codes] == ["161"], codes


def test_a_cancelled_visit_reduces_diplomatic_relations(coder):
    codes = _codes(coder, "The Chilean foreign minister cancelled a planned visit to Lima.")
    assert [(c, t) for c, _, t, _ in codes] == [("161", "PER")], codes


# -- acts named inside a denial or a warning ---------------------------------------------------

@pytest.mark.parametrize("text", [
    "The Malian army denied shelling the village of Ogossagou.",
    "Rwanda denies having deported the Burundian refugees.",
])
def test_an_act_named_inside_a_denial_is_not_reported_done(coder, coder_all, text):
    assert not any(c[:2] in ("17", "19") for c, *_ in _codes(coder, text))
    hidden = [x for x in _codes(coder_all, text) if x[0][:2] in ("17", "19")]
    assert hidden and all(m == "denied" for *_, m in hidden), hidden


def test_a_warning_against_an_assault_is_no_threat_to_attack(coder):
    codes = _codes(coder, "Ankara warned Baghdad against an assault on the Kurdish city of "
                          "Sinjar.")
    assert ("130", "TUR", "IRQ", "asserted") in codes, codes
    assert not any(c.startswith("138") for c, *_ in codes), codes


def test_a_warning_of_its_own_response_stays_a_threat(coder):
    codes = _codes(coder, "Tehran warned Baku of a crushing military response.")
    assert codes and all(c[:2] == "13" and c != "130" for c, *_ in codes), codes


# -- police and a crowd: crowd control and riot, not armed fighting ----------------------------

@pytest.mark.parametrize("text,police_code,crowd_code", [
    ("Riot police fought with hooded anarchists in Lyon on Saturday night.", "175", "145"),
    ("Striking dock workers clashed with police outside the port of Durban.", "175", "145"),
])
def test_police_and_a_crowd_clash_as_repression_and_riot(coder, text, police_code, crowd_code):
    got = _codes(coder, text)
    assert any(code == police_code and "COP" in src for code, src, _, _ in got), got
    assert not any(code[:2] == "19" for code, _, _, _ in got), got


def test_a_crowd_storming_its_own_legislature_riots(coder, table):
    # without the seat agents the storming was military force (190)
    got = _codes(coder, "Crowds stormed the National Assembly in Kinshasa on Monday evening.")
    assert any(code == "145" for code, _, _, _ in got), got
    assert not any(code[:2] == "19" for code, _, _, _ in got), got
    from eventwire.actor_codes import crowd_control
    crowd = _ref("CODCVL", "COD", "CVL")
    assert crowd_control(table, "190", crowd, _ref("CODLEG", "COD", "LEG")) == "145"
    assert crowd_control(table, "190", crowd, _ref("CODAGR", "COD", "AGR")) is None


def test_soldiers_and_rebels_still_fight(coder):
    got = _codes(coder, "Soldiers fought with rebels near the town of Kidal on Sunday.")
    assert any(code[:2] == "19" for code, _, _, _ in got), got


def test_crowd_control_reads_the_table(table):
    from eventwire.actor_codes import crowd_control
    police, crowd = _ref("FRACOP", "FRA", "COP"), _ref("FRACVL", "FRA", "CVL")
    assert crowd_control(table, "190", police, crowd) == "175"
    assert crowd_control(table, "193", crowd, police) == "145"
    assert crowd_control(table, "190", police, _ref("DEUCVL", "DEU", "CVL")) is None
    assert crowd_control(table, "111", police, crowd) is None
    assert crowd_control(None, "190", police, crowd) is None


def test_a_mission_extended_is_peacekeeping_for_the_country_it_serves(coder):
    """"Extended the mandate of its peacekeeping mission in Mali": the country the mission is
    in receives the peacekeeping (074), not the UN its own mission belongs to."""
    codes = _codes(coder, "The UN Security Council extended the mandate of its peacekeeping "
                          "mission in Mali for another year.")
    assert any(c == "074" and s.startswith("IGO") and t == "MLI" for c, s, t, _ in codes), codes
