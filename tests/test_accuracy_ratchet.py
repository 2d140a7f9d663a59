"""The accuracy ratchet: eval on the shared gold files must not fall below the committed floors
(tests/accuracy-floors.json). Skips where ../shared is absent."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventwire.evaluate import evaluate

FLOORS = json.loads((Path(__file__).parent / "accuracy-floors.json").read_text())
FILES = {
    "seed-karabakh.gold.json": "gold/seed-karabakh.gold.json",
    "plover-gsr.dev.json": "reference/plover/plover-gsr.dev.json",
    "cameo-codes.dev.csv": "reference/cameo/cameo-codes.dev.csv",
}


@pytest.mark.slow
@pytest.mark.parametrize("name", list(FILES))
def test_figures_stay_above_their_floors(shared, coder, name):
    summary = evaluate(shared / FILES[name], coder)
    floors = FLOORS[name]
    for key, floor in floors.items():
        if key == "violations_max":
            assert summary.figures["violations"] <= floor, summary.lines
        else:
            assert summary.figures[key] >= floor, f"{key} {summary.figures[key]} < {floor}: " \
                                                  f"{summary.lines}"


def test_floors_cover_every_shared_file():
    assert set(FLOORS) - {"_about"} == set(FILES)
