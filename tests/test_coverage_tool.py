"""tools/coverage.py: the counting functions on small inline inputs, and one run of the whole
computation when the reference material and WordNet are present."""

from __future__ import annotations

import importlib.util
import sys
from collections import Counter
from pathlib import Path
from types import SimpleNamespace

import pytest

ROOT = Path(__file__).resolve().parents[1]
REFERENCE = ROOT.parent / "shared" / "reference"
WORDNET = Path("/usr/share/wordnet")

_spec = importlib.util.spec_from_file_location("coverage_tool", ROOT / "tools" / "coverage.py")
cov = importlib.util.module_from_spec(_spec)
sys.modules.setdefault("coverage_tool", cov)  # dataclasses look their module up there
_spec.loader.exec_module(cov)


VERB_DICT = """\
&CURRENCY
+DOLLAR

####### VERB PATTERNS #######

---  SAY   [---]  ---
SAY {SAID SAYING SAYS}
DENOUNCE [111]
- * PLAN [0342:0342]                      # SAID
- * (ON {HUNGER STRIKE})    [1422]        # NOBODY
- * THING [999]                           # SAY

---  ARREST   [173]  ---
ARREST
+ROUND_UP {+ROUNDS_UP +ROUNDED_UP +ROUNDING_UP}
- * (FOR QUESTIONING)       [:090]        # ARRESTED
"""


def test_phoenix_verbs_codes_from_verb_lines_and_patterns():
    skipped = Counter()
    known = {"111", "0342", "1422", "173", "090"}
    inv = cov.phoenix_verbs(VERB_DICT.splitlines(), known, skipped)
    assert inv == {
        "111": {"denounce"},          # own code inside a `---` block
        "0342": {"say"},              # pattern, comment "SAID" -> say; code before the colon
        "1422": {"say"},              # comment names no verb: the block's first verb
        "173": {"arrest", "round"},   # block code; `+ROUND_UP` -> its head verb
        "090": {"arrest"},            # `[:090]`: the code after the colon when the first is empty
    }
    assert skipped == Counter({"999": 1})  # a code outside our codebook is counted, not kept
    only_lines = cov.phoenix_verbs(VERB_DICT.splitlines(), known, patterns=False)
    assert only_lines == {"111": {"denounce"}, "173": {"arrest", "round"}}


def test_verb_coverage_counts_same_root_and_other_root():
    entry = lambda code, particle=None: SimpleNamespace(code=code, particle=particle)  # noqa: E731
    lexicon = {("verb", "condemn"): [entry("111")], ("verb", "attack"): [entry("182"), entry("1823")],
               ("noun", "accusation"): [entry("112")], ("verb", "pull"): [entry("0874", "out")]}
    ours = cov.our_verb_roots(lexicon)
    # nouns are not verb triggers; a particle entry also counts as the phrasal verb
    assert ours == {"condemn": {"11"}, "attack": {"18"}, "pull": {"08"}, "pull_out": {"08"}}
    assert cov.is_unit("pull_out") and cov.is_unit("condemn")
    assert not cov.is_unit("give_tongue_to") and not cov.is_unit("pooh-pooh")
    inventory = {"111": {"condemn", "denounce"}, "112": {"accuse", "condemn"}, "190": {"attack"}}
    result = cov.verb_coverage(inventory, ours)
    r11, r19, total = result["11"], result["19"], result["all"]
    assert (r11.size, r11.covered, r11.elsewhere) == (3, 1, 0)  # condemn counted once per root
    assert (r19.size, r19.covered, r19.elsewhere) == (1, 0, 1)  # we have attack, under 18
    assert (total.size, total.covered, total.elsewhere) == (4, 1, 1)
    assert result["05"].size == 0 and result["05"].pct is None
    assert round(r11.pct, 1) == 33.3


AGENTS = """\
# a comment
!PERSON! = MAN, MEN, WOMAN, WOMEN
POLICE {} [~COP] # no plural
FOREIGN_MINISTER [~GOVFRM]
CONGRESS!PERSON! [~LEG]
HUMAN_RIGHTS_GROUP [NGO~]
RIOT_SQUAD [~MIL]
ISLAMIC_EXTREMIST
"""


def test_agent_entries_and_coverage():
    skipped = Counter()
    entries = cov.phoenix_agents(AGENTS.splitlines(), skipped)
    assert [(e.code, e.forms[0]) for e in entries] == [
        ("COP", "police"), ("GOV", "foreign minister"), ("LEG", "congressman"),
        ("NGO", "human rights group"), ("MIL", "riot squad")]
    assert entries[1].forms == ("foreign minister", "foreign ministers")
    assert entries[0].forms == ("police",)
    assert "congresswomen" in entries[2].forms
    assert skipped["no agent code"] == 1
    ours = {"police": "COP", "foreign ministers": "GOV", "congresswoman": "LEG", "riot squad": "COP"}
    tallies, uncovered = cov.agent_coverage(entries, ours)
    assert (tallies["GOV"].covered, tallies["LEG"].covered, tallies["NGO"].covered) == (1, 1, 0)
    assert (tallies["MIL"].covered, tallies["MIL"].elsewhere) == (0, 1)  # we list it, as COP
    assert (tallies["all"].size, tallies["all"].covered, tallies["all"].elsewhere) == (5, 3, 1)
    assert uncovered == {"NGO": ["human rights group"], "MIL": ["riot squad"]}


ACTORS = """\
# header
THE_UNITED_NATIONS_ [IGOUNO]
KOFI_ANNAN_
+K._ANNAN_
\t[IGOUNO 970101-061231]
ANIMAL_LIBERATION_FRONT_(ALF)_ [INTREB] #  kkl
ANGRY_BRIGADE_ [ITAREB]
+MARTYRS_OF_DEMOCRACY_
"""


def test_actor_records_and_normalised_matching():
    records = cov.phoenix_actor_records(ACTORS.splitlines())
    assert records == [["THE_UNITED_NATIONS_"], ["KOFI_ANNAN_", "K._ANNAN_"],
                       ["ANIMAL_LIBERATION_FRONT_(ALF)_"], ["ANGRY_BRIGADE_", "MARTYRS_OF_DEMOCRACY_"]]
    assert cov.norm("U.N.") == cov.norm("UN") == "un"
    assert cov.norm("The United-Nations") == cov.norm("THE_UNITED_NATIONS_") == "united nations"
    ours = {cov.norm(s) for s in ("United Nations", "ALF", "Martyrs of Democracy")}
    tally, missing = cov.actor_coverage(records, ours)
    assert (tally.size, tally.covered) == (4, 3)  # the acronym in parentheses is a name too
    assert missing == ["KOFI_ANNAN_"]


def test_descriptions_keep_only_code_and_description(tmp_path):
    path = tmp_path / "codes.csv"
    path.write_text('code,name,description,example\n01,X,NA,SENTENCE ONE\n'
                    '0211,Y,"Make an appeal for aid.",SENTENCE TWO\n', encoding="utf-8")
    assert cov.read_descriptions(path) == {"0211": "Make an appeal for aid."}


def _fake_wordnet(folder: Path) -> None:
    """Two verb synsets and one noun synset in the WordNet 3 file layout."""
    head = "  1 This is a fake header line\n"
    verbs = ["{off} 32 v 02 accuse 0 charge 0 000 | blame for, make a claim of wrongdoing",
             "{off} 32 v 01 charge 1 000 | demand payment"]
    data, offsets = head, []
    for line in verbs:
        offsets.append(len(data.encode()))
        data += line.format(off=f"{offsets[-1]:08d}") + "\n"
    (folder / "data.verb").write_text(data, encoding="utf-8")
    (folder / "index.verb").write_text(
        head + f"accuse v 1 0 1 0 {offsets[0]:08d}\n"
        f"charge v 2 0 2 0 {offsets[0]:08d} {offsets[1]:08d}\n", encoding="utf-8")
    noun_off = len(head.encode())
    noun = (f"{noun_off:08d} 04 n 01 accusation 0 001 + {offsets[0]:08d} v 0101 "
            "| a formal charge of wrongdoing\n")
    (folder / "data.noun").write_text(head + noun, encoding="utf-8")
    (folder / "index.noun").write_text(head + f"accusation n 1 1 + 1 0 {noun_off:08d}\n",
                                       encoding="utf-8")


def test_wordnet_reader_synonyms_and_derivations(tmp_path):
    _fake_wordnet(tmp_path)
    wn = cov.WordNet(tmp_path)
    assert wn.is_verb("charge") and not wn.is_verb("accusation")
    assert wn.synonyms("accuse") == {"accuse", "charge"}
    assert wn.synonyms("charge") == {"accuse", "charge"}  # second sense has no other word
    assert wn.synonyms("unknown") == set()
    assert wn.derived_verbs("accusation") == {"accuse"}


@pytest.mark.skipif(not (REFERENCE / "phoenix").is_dir() or not (WORDNET / "data.verb").exists(),
                    reason="needs ../shared/reference (Phoenix and CAMEO reference files) and "
                           "WordNet in /usr/share/wordnet; neither is part of this repository")
def test_full_computation_on_the_reference_files():
    from eventwire import knowledge, nlp

    model = nlp.load()
    wn = cov.WordNet(WORDNET)
    verbs = lambda text: cov.content_verbs(model(cov.as_clause(text, wn)), wn)  # noqa: E731
    assert verbs("Threaten with sanctions") == {"threaten"}
    assert verbs("Ask to lift sanctions or embargo") == {"ask"}  # embedded verb left out
    assert verbs("Make an accusation") == {"accuse"}  # light verb -> its event noun
    assert verbs("Turn down proposed talks") == {"turn_down"}
    assert verbs("Legal or extrajudicial arrests, detentions, or imprisonments.") == {
        "arrest", "detain", "imprison"}

    result = cov.compute(REFERENCE, WORDNET, knowledge=knowledge.load(), nlp=model)
    for name in ("phoenix_lines", "phoenix", "wordnet", "descriptions"):
        table = result["verbs"][name]
        assert set(table) == {*cov.ROOTS, "all"}
        assert sum(table[r].size for r in cov.ROOTS) == table["all"].size > 0
        for t in table.values():
            assert 0 <= t.covered + t.elsewhere <= t.size
    assert result["verbs"]["phoenix"]["all"].size >= result["verbs"]["phoenix_lines"]["all"].size
    assert result["agents"]["all"].size > 1000
    assert all(d["orgs"].covered <= d["orgs_or_people"].covered <= d["orgs"].size
               for d in result["actors"].values())
    text = cov.render(result)
    assert cov.COMMAND in text and "| **all** |" in text
