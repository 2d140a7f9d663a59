"""Lone sentences of a dev set (devset.lone_sentences, roots_alone) and the two tools that read
them: `python -m eventwire.devset alone` (sentences_alone) and tools/alone_gaps.py, which must
count the same sentences the same way."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

from eventwire import devset

ROOT = Path(__file__).resolve().parents[1]

SENTENCES = [
    # (text, gold roots)
    ("Ghana's army shelled rebel positions near the border with Togo on Tuesday.", ["19"]),
    ("Markets in Accra were calm and the weather was fine.", ["14"]),  # nothing to find
    # a quoted sentence in French: refused as an article when coded alone
    ("\u00abNous ne c\u00e9derons jamais devant la menace des terroristes\u00bb, a d\u00e9clar\u00e9 "
     "le ministre de la d\u00e9fense.", ["11"]),
    ("The foreign ministers of Ghana and Togo met in Lome on Wednesday.", []),
]


def _devset(folder: Path, gold_date: str | None = None) -> Path:
    """A one-article dev set whose gold labels SENTENCES (spans written directly)."""
    text = "\n\n".join(t for t, _ in SENTENCES) + "\n"
    (folder / "articles").mkdir(parents=True)
    (folder / "texts").mkdir()
    (folder / "texts" / "g1.txt").write_text(text, encoding="utf-8")
    meta = {"id": "g1", "url": "https://example.org/g1", "date": "2024-06-04",
            "text_sha256": devset.sha256(text)}
    (folder / "manifest.jsonl").write_text(json.dumps(meta) + "\n", encoding="utf-8")
    labels = []
    for n, (sentence, roots) in enumerate(SENTENCES):
        s = text.index(sentence)
        labels.append({"n": n, "span": [s, s + len(sentence)],
                       "sha256": devset.sha256(sentence), "roots": roots})
    gold = {"id": "g1", "events": [], "must_not": [], "sentences": labels}
    if gold_date:
        gold["date"] = gold_date
    (folder / "articles" / "g1.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    return folder


def test_lone_sentences_are_the_labelled_sentences_with_their_article_s_date(tmp_path):
    got = list(devset.lone_sentences(_devset(tmp_path)))
    assert [(s.article, s.n, s.text, sorted(s.roots)) for s in got] == [
        ("g1", n, t, sorted(r)) for n, (t, r) in enumerate(SENTENCES)]
    assert {s.date for s in got} == {"2024-06-04"}  # the manifest's, the gold having none
    dated = list(devset.lone_sentences(_devset(tmp_path / "dated", gold_date="2024-06-05")))
    assert {s.date for s in dated} == {"2024-06-05"}  # the gold's date comes first


def test_a_sentence_refused_as_an_article_has_no_roots_and_counts_as_silent(tmp_path, coder):
    french = list(devset.lone_sentences(_devset(tmp_path)))[2]
    assert devset.roots_alone(coder, french) is None
    shelling = list(devset.lone_sentences(tmp_path))[0]
    assert devset.roots_alone(coder, shelling) == {"19"}
    alone = devset.sentences_alone(tmp_path, coder)
    # three sentences with gold roots, one found: the French one is a miss, not left out
    assert alone["sentences"] == 4 and alone["root_recall"] == pytest.approx(0.333, abs=1e-3)


@pytest.fixture(scope="module")
def alone_gaps():
    spec = importlib.util.spec_from_file_location("alone_gaps_tool",
                                                  ROOT / "tools" / "alone_gaps.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("alone_gaps_tool", module)
    spec.loader.exec_module(module)
    return module


def test_alone_gaps_counts_every_missed_root_once_with_a_kind(tmp_path, coder, coder_all,
                                                             alone_gaps, monkeypatch, capsys):
    folder = _devset(tmp_path / "realnews")
    # the session's coders instead of two new ones (the tool asks for the default and keep-all)
    monkeypatch.setattr(alone_gaps, "Coder", lambda settings=None: coder_all if settings and
                        settings.keep_all_modalities else coder)
    out = tmp_path / "gaps.json"
    assert alone_gaps.main([str(folder), "--json", str(out)]) == 0
    headline = capsys.readouterr().out.splitlines()[0]
    rows = json.loads(out.read_text())
    # the calm-markets sentence and the French one are missed: both counted, each with a kind
    assert headline == "2 missed gold roots of 3 in labelled sentences coded alone"
    assert sorted((r["n"], r["root"]) for r in rows) == [(1, "14"), (2, "11")]
    assert {r["n"]: r["kind"] for r in rows}[2] == "not codable"
    assert {r["n"]: r["kind"] for r in rows}[1] != "not codable"


def test_alone_gaps_refuses_the_held_out_split(tmp_path, alone_gaps):
    folder = _devset(tmp_path / "realnews-test")
    with pytest.raises(SystemExit) as exc:
        alone_gaps.main([str(folder)])
    assert "dev split only" in str(exc.value.code)
