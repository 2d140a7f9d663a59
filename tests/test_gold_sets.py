"""The team's two real-news gold sets as committed: the dev set (gold/realnews, where rules are
decided) and the test split (gold/realnews-test, never used to decide anything). These checks
need no article text: they read the manifest, the adjudicated gold and the two coders' files."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from eventwire import devset
from eventwire.knowledge import load as load_knowledge

GOLD = Path(__file__).parent.parent / "gold"
SETS = ["realnews", "realnews-test"]
PLOVER = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
          "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}


@pytest.fixture(scope="module")
def cameo_codes():
    return set(load_knowledge().codebook)


@pytest.mark.parametrize("name", SETS)
def test_every_article_has_a_source_and_each_adjudicated_gold_is_sound(name, cameo_codes):
    folder = GOLD / name
    rows = devset.manifest(folder)
    assert rows and len({r["id"] for r in rows}) == len(rows)
    for r in rows:
        assert r["url"].startswith(("http://", "https://")) and r["query"], r["id"]
        assert re.fullmatch(r"[0-9a-f]{64}", r["text_sha256"]), r["id"]
    # articles collected for the coders but not adjudicated yet carry no gold to check
    done, _ = devset.adjudicated(folder)
    assert done
    for r in done:
        gold = json.loads((folder / "articles" / f"{r['id']}.gold.json").read_text("utf-8"))
        assert gold["text_sha256"] == r["text_sha256"], r["id"]
        for e in gold["events"]:
            assert e["cameo"] in cameo_codes, (r["id"], e["cameo"])
            assert e.get("plover") in PLOVER | {"", None}, (r["id"], e.get("plover"))
            assert e["source"], r["id"]
        numbers = [s["n"] for s in gold["sentences"]]
        assert numbers == list(range(len(numbers))), r["id"]
        for s in gold["sentences"]:
            assert all(re.fullmatch(r"\d\d", root) for root in s["roots"]), (r["id"], s["n"])


def test_the_test_split_shares_no_article_with_the_dev_set():
    dev, test = (devset.manifest(GOLD / n) for n in SETS)
    assert not {r["url"] for r in dev} & {r["url"] for r in test}
    assert not {r["text_sha256"] for r in dev} & {r["text_sha256"] for r in test}


@pytest.mark.parametrize("name", SETS)
def test_the_agreement_in_the_readme_is_what_the_codings_give(name):
    figures = devset.agreement(GOLD / name)
    readme = (GOLD / name / "README.md").read_text("utf-8")
    assert f"F1 {figures['event_f1']}" in readme
    assert f"kappa {figures['sentence_kappa']}" in readme
