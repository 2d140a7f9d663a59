"""The dev-set folder format: loading, checks on the restored texts, scoring and agreement."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from eventwire import devset
from eventwire.cli import cli

TEXT = ("ACCRA, June 3 (Wire) - Ghana's army shelled rebel positions near the border with Togo "
        "on Tuesday, the defence ministry said.\n\n"
        "The foreign ministers of Ghana and Togo met in Lome on Wednesday.\n\n"
        "Markets were calm and the weather was fine.\n")


def _write(folder: Path, text: str = TEXT, restore: bool = True) -> None:
    (folder / "articles").mkdir(parents=True)
    (folder / "texts").mkdir()
    for who in ("a", "b"):
        (folder / "coding" / who).mkdir(parents=True)
    meta = {"id": "t1", "url": "https://example.org/t1", "query": "ghana togo",
            "date": "2024-06-03", "text_sha256": devset.sha256(text)}
    (folder / "manifest.jsonl").write_text(json.dumps(meta) + "\n")
    if restore:
        (folder / "texts" / "t1.txt").write_text(text)
    gold = {"id": "t1", "text_file": "../texts/t1.txt", "date": "2024-06-03",
            "events": [{"source": "GHAMIL", "target": "TGO", "cameo": "195", "also": ["190"]},
                       {"source": "GHAGOV", "target": "TGOGOV", "cameo": "043", "also": ["040"],
                        "symmetric": True}],
            "must_not": []}
    (folder / "articles" / "t1.gold.json").write_text(json.dumps(gold))
    a = dict(gold, sentence_roots={"0": ["19"], "1": ["04"], "2": []})
    b = dict(gold, events=gold["events"][:1], sentence_roots={"0": ["19"], "1": [], "2": []})
    (folder / "coding" / "a" / "t1.gold.json").write_text(json.dumps(a))
    (folder / "coding" / "b" / "t1.gold.json").write_text(json.dumps(b))


def test_missing_texts_are_one_clear_error(tmp_path):
    _write(tmp_path, restore=False)
    with pytest.raises(devset.DevsetError, match="third-party and not committed"):
        devset.load(tmp_path)
    result = CliRunner().invoke(cli, ["eval", str(tmp_path)])
    assert result.exit_code == 2
    assert "texts are missing" in result.output and "Traceback" not in result.output


@pytest.mark.parametrize("change, message", [
    ({"must_not": [{"source": "GHA", "target": "*", "root": "057"}]}, "root '057' is not"),
    ({"must_not": [{"source": "GHA", "target": "*", "root": "19 "}]}, "root '19 ' is not"),
    ({"events": [{"source": "GHAMIL", "target": "TGO", "cameo": "1999"}]}, "'1999' is not a"),
    ({"events": [{"source": "GHAMIL", "target": "TGO", "cameo": "195", "also": ["57"]}]},
     "'57' is not a"),
])
def test_an_impossible_code_in_the_gold_is_one_clear_error(tmp_path, change, message):
    _write(tmp_path)
    path = tmp_path / "articles" / "t1.gold.json"
    path.write_text(json.dumps(dict(json.loads(path.read_text()), **change)))
    with pytest.raises(devset.InputError, match=message):
        devset.load(tmp_path)
    result = CliRunner().invoke(cli, ["eval", str(tmp_path)])
    assert result.exit_code == 2 and "t1.gold.json" in result.output
    assert message in result.output and "Traceback" not in result.output
    # the same gold as a single article file is refused the same way
    lone = tmp_path / "lone.gold.json"
    lone.write_text(json.dumps(dict(json.loads(path.read_text()), text=TEXT)))
    result = CliRunner().invoke(cli, ["eval", str(lone)])
    assert result.exit_code == 2 and "lone.gold.json" in result.output and message in result.output


def test_a_changed_text_is_refused(tmp_path):
    _write(tmp_path)
    (tmp_path / "texts" / "t1.txt").write_text(TEXT.replace("Tuesday", "Monday"))
    with pytest.raises(devset.DevsetError, match="text_sha256"):
        devset.load(tmp_path)


def test_agreement_counts_events_and_sentences(tmp_path):
    _write(tmp_path)
    ag = devset.agreement(tmp_path)
    # A has 3 events (one symmetric pair), B has 1: one found in common
    assert (ag["events_a"], ag["events_b"]) == (3, 1)
    assert ag["event_f1"] == pytest.approx(2 * 1 / 4, abs=1e-3)
    assert ag["sentences"] == 3
    assert ag["sentence_exact_roots"] == pytest.approx(2 / 3, abs=1e-3)
    assert -1.0 <= ag["sentence_kappa"] < 1.0


def test_disputes_list_what_only_one_coder_saw(tmp_path):
    _write(tmp_path)
    d = devset.disputes(tmp_path, "t1")
    assert [e["cameo"] for e in d["only_a"]] == ["043"]
    assert d["only_b"] == [] and len(d["agreed"]) == 1
    assert d["sentences_differ"] == {"1": {"a": ["04"], "b": []}}


@pytest.mark.slow
def test_scoring_a_dev_set(tmp_path, coder):
    _write(tmp_path)
    assert devset.finalize(tmp_path, coder.nlp) == 0  # the adjudicated file has no labels yet
    gold_path = tmp_path / "articles" / "t1.gold.json"
    gold = json.loads(gold_path.read_text())
    gold["sentence_roots"] = {"0": ["19"], "1": ["04"]}
    gold_path.write_text(json.dumps(gold))
    assert devset.finalize(tmp_path, coder.nlp) == 3
    labelled = json.loads(gold_path.read_text())["sentences"]
    assert [s["roots"] for s in labelled] == [["19"], ["04"], []]
    s = devset.score(tmp_path, coder)
    assert s.figures["articles"] == 1 and s.figures["sentences"] == 3
    # the calm-markets sentence has no event: any output there is a false alarm
    assert s.records[0]["sentences"][2]["gold"] == []
    for key in ("root_precision", "root_recall", "sentence_false_alarms"):
        assert 0.0 <= s.figures[key] <= 1.0
    assert s.figures["root_recall"] > 0, s.lines
    assert set(s.figures["per_root"]) >= {"19"}


def test_sentences_coded_alone(tmp_path, coder):
    _write(tmp_path)
    gold_path = tmp_path / "articles" / "t1.gold.json"
    gold = json.loads(gold_path.read_text())
    gold["sentence_roots"] = {"0": ["19"], "1": ["04"], "2": []}
    gold_path.write_text(json.dumps(gold))
    devset.finalize(tmp_path, coder.nlp)
    alone = devset.sentences_alone(tmp_path, coder)
    assert alone["sentences"] == 3
    # each sentence names its own actors: the shelling and the meeting are found alone too, and
    # the calm-markets sentence raises no alarm
    assert alone["root_recall"] == 1.0 and alone["false_alarms"] == 0.0, alone


def test_redaction_keeps_at_most_four_words_of_the_article_in_a_row():
    raw = "The army said on Monday that rebels had attacked a checkpoint near Kidal, killing four."
    cue = "rebels had attacked a checkpoint near Kidal ... killing four"
    out = devset.redact(cue, raw, [(0, len(raw))])
    assert out.startswith("[s0] rebels had attacked a …")
    assert "checkpoint near Kidal" not in out
    assert devset.redact("A coded it 190, B 193.", raw) == "A coded it 190, B 193."


def _collect_one_more(folder: Path) -> None:
    """A collector's part with one new article (t2), its text restored, nobody's coding yet."""
    text = "Heavy rain fell on Kumasi on Friday and the river rose by a metre.\n"
    (folder / "texts" / "t2.txt").write_text(text)
    (folder / "parts").mkdir()
    row = {"id": "t2", "url": "https://example.org/t2", "query": "kumasi rain", "date": None}
    (folder / "parts" / "more.jsonl").write_text(json.dumps(row) + "\n")


def test_prepare_adds_a_new_part_and_keeps_every_existing_manifest_line(tmp_path, coder):
    _write(tmp_path)
    before = (tmp_path / "manifest.jsonl").read_text().splitlines()
    _collect_one_more(tmp_path)
    rows = devset.prepare(tmp_path, coder.nlp)
    after = (tmp_path / "manifest.jsonl").read_text().splitlines()
    assert [r["id"] for r in rows] == ["t1", "t2"]
    assert after[:1] == [json.dumps(json.loads(before[0]), ensure_ascii=False)]
    assert json.loads(after[1])["text_sha256"] == devset.sha256(
        (tmp_path / "texts" / "t2.txt").read_text())
    numbered = (tmp_path / "texts" / "t2.sentences.txt").read_text()
    assert numbered.startswith("[0] Heavy rain fell on Kumasi")


def test_disputes_are_written_for_the_articles_both_coders_have_coded(tmp_path, coder):
    _write(tmp_path)
    _collect_one_more(tmp_path)  # t2: in the manifest, nobody's coding yet
    devset.prepare(tmp_path, coder.nlp)
    assert devset.write_disputes(tmp_path) == ["t1"]
    written = json.loads((tmp_path / "texts" / "t1.disputes.json").read_text())
    assert written["id"] == "t1" and len(written["only_a"]) == 1
    assert not (tmp_path / "texts" / "t2.disputes.json").exists()


def test_an_article_awaiting_its_gold_is_left_out_until_it_is_written(tmp_path, coder):
    _write(tmp_path)
    _collect_one_more(tmp_path)
    devset.prepare(tmp_path, coder.nlp)
    assert devset.adjudicated(tmp_path)[1] == ["t2"]
    assert [e.meta["id"] for e in devset.load(tmp_path)] == ["t1"]
    ag = devset.agreement(tmp_path)  # t2 has no coder files: only t1 is compared
    assert (ag["articles"], ag["events_a"], ag["sentences"]) == (1, 3, 3)
    s = devset.score(tmp_path, coder)
    assert s.figures["articles"] == 1 and s.figures["awaiting_gold"] == 1
    assert any("1 articles of the manifest await" in line and "(t2)" in line for line in s.lines)
    # once its adjudicated gold is written, it is scored like the others
    (tmp_path / "articles" / "t2.gold.json").write_text(json.dumps(
        {"id": "t2", "events": [], "must_not": []}))
    assert [e.meta["id"] for e in devset.load(tmp_path)] == ["t1", "t2"]
    assert devset.score(tmp_path, coder).figures["awaiting_gold"] == 0
