"""The user's own example (../shared/seed) scored against the team's hand coding, exactly as
../shared/design/gold-format.md specifies. Skips where ../shared is absent (a user's clone)."""

from __future__ import annotations

import pytest

from eventwire.evaluate import load_article_gold, score_article


@pytest.fixture(scope="module")
def scored(shared, coder):
    gold, raw = load_article_gold(shared / "gold" / "seed-karabakh.gold.json")
    coded = coder.code(raw, date=gold["date"])
    return gold, raw, coded, score_article(gold, coded, raw)


def test_root_level_recall_and_precision(scored):
    *_, score = scored
    root = score.levels["root"]
    assert root["recall"] >= 0.75, score.records
    assert root["precision"] >= 0.70, score.records


def test_no_must_not_violation(scored):
    *_, score = scored
    assert score.violations == []


def test_actors_expected(scored):
    *_, score = scored
    assert score.actors_right >= 11, f"{score.actors_right}/{score.actors_total}"


def test_nothing_from_furniture_or_urls(scored):
    _, raw, coded, _ = scored
    for r in coded.removed:
        s, e = r["span"]
        for a in coded.actors:
            assert not (s <= a.span[0] < e), (a, r)
    assert "France" not in {a.name for a in coded.actors}


def test_spans_index_the_raw_text(scored):
    _, raw, coded, _ = scored
    for e in coded.events:
        s, t = e.trigger.span
        assert raw[s:t] == e.trigger.text
        for actor in (e.source, e.target):
            if actor is not None and actor.how not in ("pronoun",):
                s, t = actor.span
                assert " ".join(raw[s:t].split()) == " ".join(actor.text.split())
