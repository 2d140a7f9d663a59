"""tools/actor_gaps.py: the WordNet reading on a small WordNet written here, the dev-set checks
(held-back split refused, missing texts one line), and one run over a one-article dev set when
Debian's WordNet is installed."""

from __future__ import annotations

import importlib.util
import json
import sys
from collections import Counter
from pathlib import Path

import pytest

from eventwire import devset

ROOT = Path(__file__).resolve().parents[1]
WORDNET = Path("/usr/share/wordnet")

_spec = importlib.util.spec_from_file_location("actor_gaps_tool", ROOT / "tools" / "actor_gaps.py")
gaps = importlib.util.module_from_spec(_spec)
sys.modules.setdefault("actor_gaps_tool", gaps)
_spec.loader.exec_module(gaps)

TEXT = ("Protesters attacked a police station in Lagos on Monday, and villagers blocked the "
        "main road to the airport.\n")


def _wordnet(folder: Path) -> Path:
    """index.noun and data.noun in WordNet's layout: `crew` is first a group, `mate` first
    an artifact and only second a person, `coach` first a person."""
    synsets = [("00000001", "14", "crew"), ("00000002", "06", "mate"), ("00000003", "18", "mate"),
               ("00000004", "18", "coach")]
    data, offsets = b"  1 license header line\n", {}
    for key, lexfile, word in synsets:
        offsets[key] = len(data)
        data += f"{len(data):08d} {lexfile} n 01 {word} 0 000 | a gloss\n".encode()
    folder.mkdir()
    (folder / "data.noun").write_bytes(data)
    index = ["  1 license header line",
             f"crew n 1 0 1 0 {offsets['00000001']:08d}",
             f"mate n 2 0 2 0 {offsets['00000002']:08d} {offsets['00000003']:08d}",
             f"coach n 1 0 1 0 {offsets['00000004']:08d}"]
    (folder / "index.noun").write_text("\n".join(index) + "\n")
    return folder


def _devset(folder: Path, restore: bool = True) -> Path:
    (folder / "articles").mkdir(parents=True)
    (folder / "texts").mkdir()
    meta = {"id": "a1", "url": "https://example.org/a1", "date": "2024-06-03",
            "text_sha256": devset.sha256(TEXT)}
    (folder / "manifest.jsonl").write_text(json.dumps(meta) + "\n")
    (folder / "articles" / "a1.gold.json").write_text(json.dumps({"id": "a1", "events": []}))
    if restore:
        (folder / "texts" / "a1.txt").write_text(TEXT)
    return folder


def test_the_first_sense_alone_decides_what_an_actor_noun_is(tmp_path):
    nouns = gaps.NounClasses(_wordnet(tmp_path / "wn"))
    assert nouns.first_class("mate") == "06" and nouns.first_class("unknown") is None
    assert nouns.is_actor_noun("coach") and nouns.is_actor_noun("crew")
    assert not nouns.is_actor_noun("mate")  # a person only in its second sense
    assert not nouns.is_actor_noun("crew", event_nouns=frozenset({"crew"}))
    assert nouns.is_actor_noun("thousand")  # a crowd word, whatever WordNet says


def test_the_held_back_split_is_refused_before_anything_is_read(tmp_path, capsys):
    folder = _devset(tmp_path / "realnews-test")
    assert gaps.main([str(folder), "--wordnet", str(tmp_path / "none")]) == 2
    assert "dev split only" in capsys.readouterr().err


def test_missing_texts_are_one_line_not_a_traceback(tmp_path, capsys):
    folder = _devset(tmp_path / "realnews", restore=False)
    assert gaps.main([str(folder), "--wordnet", str(_wordnet(tmp_path / "wn"))]) == 2
    err = capsys.readouterr().err
    assert err.startswith("actor_gaps: ") and "missing" in err and len(err.splitlines()) == 1


def test_the_table_ranks_head_nouns_by_arguments_left_without_a_code():
    seen = Counter({"villager": 4, "herder": 3, "official": 5})
    missed = Counter({"villager": 1, "herder": 3})
    lines = gaps.table(seen, missed, top=1).splitlines()
    assert lines[0] == ("person/group nouns in trigger argument positions: 12, with no actor "
                        "code: 4 (33.3%)")
    assert lines[-1] == "| herder | 3 | 3 |" and len(lines) == 5  # --top 1: one row


@pytest.mark.skipif(not (WORDNET / "index.noun").exists(), reason="Debian's wordnet-base "
                    "is not installed")
def test_one_run_counts_the_person_nouns_around_triggers(tmp_path, coder, capsys):
    folder = _devset(tmp_path / "realnews")
    assert gaps.main([str(folder)]) == 0
    out = capsys.readouterr().out.splitlines()
    # the two triggers (attacked, blocked) are coded; their subjects "protesters" and
    # "villagers" are WordNet persons: two arguments
    assert out[0].startswith(f"1 articles of {folder}: 2 events coded"), out
    assert out[1].startswith("person/group nouns in trigger argument positions: 2, "), out
