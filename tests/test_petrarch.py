"""PETRARCH compatibility (issue 15): each dictionary construct read from the team's own small
fixtures (tests/fixtures/petrarch/, invented harbour states), malformed lines named by file and
line, format detection, the engine on a few sentences, `eventwire eval` on a validation file, and
the ratchet floor on PETRARCH's own unit-test suite (skipped where ../shared is absent)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from eventwire.cli import cli
from eventwire.errors import DictionaryFormatError, KnowledgeError
from eventwire.petrarch import is_petrarch, load_dictionaries, readers
from eventwire.petrarch.dictionaries import kind_by_content
from eventwire.petrarch.engine import Config, Engine

FIX = Path(__file__).parent / "fixtures" / "petrarch"
ALL = [FIX / f"harbour.{k}.txt" for k in ("actors", "agents", "discards", "issues", "verbs")]


def read(name: str) -> str:
    return (FIX / name).read_text(encoding="utf-8")


# -- actors ----------------------------------------------------------------------------------

def test_actor_synonyms_codes_and_comments():
    actors = readers.read_actors(read("harbour.actors.txt"), "harbour.actors.txt")
    by_first = {a.phrases[0]: a for a in actors}
    veloria = by_first[("VELORIA",)]
    assert veloria.default == "VLR"
    assert ("PORT", "AMSEL") in veloria.phrases and ("VELORIAN",) in veloria.phrases
    assert by_first[("HARBOUR", "LEAGUE")].default == "IGOHBL"  # '; comment' dropped
    assert by_first[("PIRATE", "KING")].default == "---"
    assert by_first[("THE", "ISLES")].default == "KRS/TAL"


def test_dated_actor_codes_resolve_against_the_date():
    actors = {a.phrases[0]: a for a in readers.read_actors(read("harbour.actors.txt"), "a")}
    ida = actors[("IDA", "MARRON")]
    assert ida.code_on("19950101") == "VLRELI"
    assert ida.code_on("19990101") == "VLRGOV"  # limits are inclusive
    assert ida.code_on("20061231") == "VLRGOV"
    assert ida.code_on("20200101") == "VLROPP"  # the undated line is the default
    brell = actors[("TOMAS", "BRELL")]
    assert ("BRELL",) in brell.phrases
    assert brell.code_on("20100316") == "OSMGOV" and brell.code_on("20100101") == "OSMELI"
    assert brell.code_on("20100314") == "OSMELI"


def test_two_digit_years_follow_tabari():
    d = readers.dated_code("AFGGOV 331108-730717", "f", 1)
    assert (d.start, d.end) == ("19331108", "19730717")
    assert readers.dated_code("AFGELI >070723", "f", 1).start == "20070723"


@pytest.mark.parametrize("text, message", [
    ("VELORIA [VLR]\n\t[VLRGOV 1999-2004]\n", "is not YYYYMMDD"),
    ("\t[VLRGOV]\n", "before any actor"),
    ("+VELORIAN\n", "before any actor"),
    ("VELORIA [VLR]\n\t[VLRGOV ~19990101]\n", "is not <date, >date"),
])
def test_malformed_actor_lines_name_file_and_line(text, message):
    with pytest.raises(DictionaryFormatError) as err:
        readers.read_actors("# header\n" + text, "mine.actors.txt")
    assert str(err.value).startswith("mine.actors.txt:")
    assert message in str(err.value)
    assert "\n" not in str(err.value)
    assert err.value.line >= 2


# -- agents, discards, issues ----------------------------------------------------------------

def test_agents_plurals_alternatives_and_substitutions():
    agents = readers.read_agents(read("harbour.agents.txt"), "harbour.agents.txt")
    table = {" ".join(a.words): (a.code, a.before) for a in agents}
    assert table["HARBOUR MASTER"] == ("GOV", False)
    assert table["HARBOUR MASTERS"] == ("GOV", False)  # regular plural generated
    assert "COASTGUARDS" not in table and table["COASTGUARD"] == ("MIL", False)  # {} no plural
    assert table["LIGHTHOUSE KEEPERS GUILD"] == ("CVL", False)  # {...} alternative form
    assert "LIGHTHOUSE KEEPERS" not in table
    assert {"FERRYMAN", "FERRYMEN", "FERRYWOMAN", "FERRYWOMEN"} <= set(table)  # !PERSON!
    assert table["RELIEF CHARITY"] == ("NGO", True)  # CODE~ goes before the actor
    assert readers.plural("MINISTRY") == "MINISTRIES" and readers.plural("CONGRESS") == \
        "CONGRESSES"


def test_agent_without_tilde_is_an_error():
    with pytest.raises(DictionaryFormatError, match=r"agents.txt:2: .*needs a '~'"):
        readers.read_agents("GUARD [~MIL]\nSENTRY [MIL]\n", "agents.txt")


def test_discards_story_sentence_and_whole_word():
    discards = readers.read_discards(read("harbour.discards.txt"), "d")
    assert [(x.text, x.story, x.whole_word) for x in discards] == [
        ("REGATTA", True, False), ("SAILING CUP", False, False), ("KNOT", False, True)]
    engine = Engine(load_dictionaries([FIX / "harbour.discards.txt"]))
    assert engine.discarded("They met at the Regatta.") == "storydiscard"
    assert engine.discarded("The sailing cups were won.") == "sentencediscard"  # a stem
    assert engine.discarded("A knot was tied.") == "sentencediscard"
    assert engine.discarded("Knots were tied.") is None  # KNOT_ needs a word end


def test_issues_expansions_and_ignores():
    issues = readers.read_issues(read("harbour.issues.txt"), "i")
    assert set(issues[0].texts) == {"TRAWLER", "TRAWLERS"}
    assert {"OVERFISHED", "OVERFISHING", "OVERFISHES"} <= set(issues[1].texts)
    assert set(issues[2].texts) == {"FISH STOCK COLLAPSE", "FISH-STOCK COLLAPSE"}
    assert issues[3].code is None and issues[3].texts == ("FISH AND CHIPS",)


# -- verbs -------------------------------------------------------------------------------------

def test_verb_blocks_forms_and_multiword_verbs():
    v = readers.read_verbs(read("harbour.verbs.txt"), "harbour.verbs.txt")
    assert v.version == 1
    assert [b for b in v.blocks] == [("BLOCKADE", "191"), ("WELCOME", "041"), ("SEIZE", "170")]
    hail = next(x for x in v.verbs if "HAILED" in x.forms)
    assert hail.block == 1 and "HAILING" in hail.forms
    seal = next(x for x in v.verbs if "SEALED" in x.forms)
    assert seal.after == ("OFF",) and seal.before == ()
    blockade = next(x for x in v.verbs if "BLOCKADE" in x.forms)
    assert {"BLOCKADED", "BLOCKADES", "BLOCKADING"} <= blockade.forms  # regular forms


def test_synsets_plurals_and_pattern_slots():
    v = readers.read_verbs(read("harbour.verbs.txt"), "v")
    assert ("TRAWLERS",) in v.synsets["VESSEL"] and ("FERRY", "BOATS") in v.synsets["VESSEL"]
    assert ("FRIENDLYS",) not in v.synsets["WARM"]  # a label ending '_' has no plurals
    patterns = {p.code: p for ps in v.patterns.values() for p in ps}
    p = patterns["193"]  # - * ^ PORT WITH + [193]
    assert [e.kind for e in p.after] == ["skip", "word", "word", "target"]
    p = patterns["044"]  # - + WAS * BY $ [044]
    assert [e.kind for e in p.before] == ["target", "word"]
    assert [e.kind for e in p.after] == ["word", "source"]
    assert patterns["043:043"].before[0].kind == "compound"
    never = patterns["---"].before[0]  # NEVER_* : joined to the verb
    assert never.value == "NEVER" and never.tight


def test_petrarch2_verb_file_is_detected_and_read():
    v = readers.read_verbs(read("harbour.verbs.2.txt"), "v2")
    assert v.version == 2
    kinds = {p.code: [e.kind for e in p.after] for ps in v.patterns.values() for p in ps}
    assert kinds["192"] == ["prep", "synset"] and kinds["193"] == ["word", "word"]
    assert len(v.transformations) == 1 and v.transformations[0].text.startswith("a (a b")


@pytest.mark.parametrize("line, message", [
    ("- * TRAWLER", "exactly one [CODE]"),
    ("- TRAWLER [192]", "exactly one '*'"),
    ("- * @@ [192]", "not a word, synset or slot"),
    ("--- [191", "expected '--- NAME [CODE] ---'"),
])
def test_malformed_verb_lines_name_file_and_line(line, message):
    text = "--- BLOCKADE [191] ---\nBLOCKADE\n" + line + "\n"
    with pytest.raises(DictionaryFormatError) as err:
        readers.read_verbs(text, "my.verbs.txt")
    assert str(err.value).startswith("my.verbs.txt:3: ") and message in str(err.value)


def test_undefined_synset_ignores_the_pattern():
    v = readers.read_verbs("--- SAIL [030] ---\nSAIL\n- * &NOWHERE [031]\n", "v")
    assert v.patterns[0] == [] and v.ignored == ["v:3"]


def test_bad_lines_can_be_collected_and_skipped():
    problems: list = []
    v = readers.read_verbs("--- SAIL [030] ---\nSAIL\n- * BOAT\n- * SHIP [031]\n", "v", problems)
    assert [str(p) for p in problems] == ["v:3: a pattern needs exactly one [CODE]"]
    assert [p.code for p in v.patterns[0]] == ["031"]


# -- format detection and loading --------------------------------------------------------------

@pytest.mark.parametrize("name, kind", [("harbour.actors.txt", "actors"),
                                        ("harbour.agents.txt", "agents"),
                                        ("harbour.discards.txt", "discards"),
                                        ("harbour.issues.txt", "issues"),
                                        ("harbour.verbs.txt", "verbs")])
def test_kind_is_told_by_content(name, kind):
    assert kind_by_content(read(name)) == kind


def test_is_petrarch_by_prefix_folder_or_content(tmp_path):
    assert is_petrarch(FIX / "harbour.actors.txt")
    assert is_petrarch(f"petrarch:{FIX / 'harbour.actors.txt'}")
    assert is_petrarch(FIX)
    yaml_file = tmp_path / "mine.yaml"
    yaml_file.write_text("agents: {MIL: [marines]}\n")
    assert not is_petrarch(yaml_file)


def test_a_folder_loads_every_kind_named_by_its_files(tmp_path):
    d = load_dictionaries([FIX])
    kinds = {k for _, k in d.files}
    assert kinds == {"actors", "agents", "discards", "issues", "verbs"}
    with pytest.raises(KnowledgeError, match="does not exist"):
        load_dictionaries([tmp_path / "missing.actors.txt"])


# -- the engine ------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def engine_and_nlp(coder):
    return Engine(load_dictionaries(ALL)), coder.nlp


@pytest.mark.parametrize("text, date, expected", [
    ("Veloria blockaded Ostmark on Friday.", "20050610", {("VLR", "OSM", "191")}),
    # a synset in a pattern, with the plural the synset generated
    ("Veloria blockaded Ostmark with two gunboats.", "20050610", {("VLR", "OSM", "192")}),
    # a multi-word verb in one of its listed forms
    ("Veloria sealed off Ostmark.", "20050610", {("VLR", "OSM", "191")}),
    # dated codes: the same person before and after taking office
    ("Ida Marron welcomed Ostmark.", "19950101", {("VLRELI", "OSM", "041")}),
    ("Ida Marron welcomed Ostmark.", "20030101", {("VLRGOV", "OSM", "041")}),
    # agents: suffixed after the actor, prefixed before it
    ("The Ostmark coastguard seized a Velorian relief charity.", "20050610",
     {("OSMMIL", "NGOVLR", "170")}),
    # a compound source with a paired code: both directions
    ("Veloria and Ostmark hailed each other.", "20050610",
     {("VLR", "OSM", "043"), ("OSM", "VLR", "043")}),
    # a compound actor code expands into its members
    ("The Isles seized Ostmark.", "20050610", {("KRS", "OSM", "170"), ("TAL", "OSM", "170")}),
    # a null-coded pattern stops the event
    ("Veloria never blockaded Ostmark.", "20050610", set()),
])
def test_engine_codes(engine_and_nlp, text, date, expected):
    engine, nlp = engine_and_nlp
    got = {(e.source, e.target, e.code) for e in engine.code(nlp(text), date).events}
    assert got == expected


def test_require_dyad_switch(engine_and_nlp):
    engine, nlp = engine_and_nlp
    doc = nlp("Veloria seized the initiative.")
    assert engine.code(doc, "20050610").events == []
    open_config = Config()
    open_config.set("require_dyad", "False")
    got = [(e.source, e.target, e.code) for e in engine.code(doc, "20050610", open_config).events]
    assert got == [("VLR", "---", "170")]


# -- eval on the validation format ------------------------------------------------------------

def test_eval_reads_a_validation_file(tmp_path):
    report = tmp_path / "report.json"
    result = CliRunner().invoke(cli, ["eval", str(FIX / "harbour.validation.xml"), "--report",
                                      str(report)])
    assert result.exit_code == 0, result.output
    assert "4/5 records exact" in result.output
    assert "failed HB-05: expected VLR/OSM/192 got" in result.output
    records = json.loads(report.read_text())[0]["records"]
    assert [r["id"] for r in records if not r["exact"]] == ["HB-05"]
    hb3 = next(r for r in records if r["id"] == "HB-03")
    assert hb3["text"] == "Veloria seized North Ostmark."  # the words of <Parse>
    assert hb3["got"] == [["VLR", "NOS", "170"]]  # 'North Ostmark' before 'Ostmark'


def test_eval_json_prints_one_object_per_file():
    result = CliRunner().invoke(cli, ["eval", str(FIX / "harbour.validation.xml"), "--json"])
    assert result.exit_code == 0, result.output
    lines = result.output.strip().splitlines()
    assert len(lines) == 1
    figures = json.loads(lines[0])
    assert figures["kind"] == "petrarch" and figures["records"] == 5
    assert figures["records_exact"] == 4
    for key in ("triplet_precision", "triplet_recall", "triplet_f1"):
        assert 0 <= figures[key] <= 1


def test_code_with_only_petrarch_dictionaries(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Veloria seized Ostmark's harbour on Tuesday, officials said.\n")
    result = CliRunner().invoke(cli, ["code", str(article), "--date", "2005-06-10", "--format",
                                      "json", "--dictionary", f"petrarch:{FIX}",
                                      "--only-dictionaries"])
    assert result.exit_code == 0, result.output
    events = json.loads(result.output)["events"]
    assert [(e["source"]["code"], e["cameo"]["code"], e["target"]["code"]) for e in events] == [
        ("VLR", "170", "OSM")]
    text = article.read_text()
    source, target, trigger = events[0]["source"], events[0]["target"], events[0]["trigger"]
    assert source["text"] == "Veloria" and text[slice(*source["span"])] == "Veloria"
    assert target["text"] == "Ostmark's harbour" and text[slice(*target["span"])] == target["text"]
    assert text[slice(*trigger["span"])] == "seized"


def test_a_bad_petrarch_line_stops_code_in_one_line(tmp_path):
    bad = tmp_path / "bad.verbs.txt"
    bad.write_text("--- SAIL [030] ---\nSAIL\n- * BOAT\n")
    article = tmp_path / "a.txt"
    article.write_text("Veloria sailed.\n")
    result = CliRunner().invoke(cli, ["code", str(article), "--dictionary", f"petrarch:{bad}"])
    assert result.exit_code != 0
    assert f"{bad}:3: a pattern needs exactly one [CODE]" in result.output


# -- PETRARCH's own unit-test suite (ratchet) ---------------------------------------------------

SUITE_FLOOR = {"records_exact": 251, "triplet_f1": 0.90}


@pytest.mark.slow
def test_petrarch_unit_suite_stays_above_its_floor(shared, coder):
    from eventwire.evaluate import evaluate

    path = shared / "reference" / "petrarch" / "PETR.UnitTest.records.xml"
    if not path.exists():
        pytest.skip(f"{path} is not present")
    s = evaluate(path, coder)
    assert s.figures["records"] == 284
    assert s.figures["records_exact"] >= SUITE_FLOOR["records_exact"], s.lines[:14]
    assert s.figures["triplet_f1"] >= SUITE_FLOOR["triplet_f1"], s.lines[:14]


def test_skip_bad_lines_reports_each_and_codes_on(tmp_path):
    bad = tmp_path / "bad.verbs.txt"
    bad.write_text("--- SEIZE [170] ---\nSEIZE {SEIZES SEIZED SEIZING}\n- * BOAT\n")
    article = tmp_path / "a.txt"
    article.write_text("Veloria seized Ostmark on Tuesday.\n")
    result = CliRunner().invoke(cli, ["code", str(article), "--date", "2005-06-10", "--format",
                                      "json", "--only-dictionaries", "--skip-bad-lines",
                                      "--dictionary", str(FIX / "harbour.actors.txt"),
                                      "--dictionary", f"petrarch:{bad}"])
    assert result.exit_code == 0, result.output
    assert f"warning: {bad}:3: a pattern needs exactly one [CODE] (skipped)" in result.stderr
    events = json.loads(result.stdout)["events"]
    assert [(e["source"]["code"], e["cameo"]["code"], e["target"]["code"]) for e in events] == [
        ("VLR", "170", "OSM")]


def test_joined_and_only_knowledge(tmp_path):
    from eventwire.knowledge import load

    joined = load((FIX,))
    assert "France" in joined.surface  # the built-in knowledge stays
    assert joined.surface["Veloria"] == ("org", {"code": "VLR", "name": "Veloria",
                                                  "kind": "ngo"})
    assert [p.code for p in joined.people["Ida Marron"]] == ["VLRELI", "VLRGOV"]
    assert joined.agents_lower["harbour master"] == "GOV"
    assert any(e.code == "170" for e in joined.lexicon[("verb", "seize")])
    alone = load((FIX,), only=True)
    assert "France" not in alone.surface and "Veloria" in alone.surface
    assert alone.codebook  # the CAMEO codebook is always there
