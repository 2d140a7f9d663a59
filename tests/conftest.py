from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).parent / "fixtures"


def shared_dir() -> Path | None:
    """The team's shared material (../shared next to the checkout, or $EVENTWIRE_SHARED)."""
    for candidate in (os.environ.get("EVENTWIRE_SHARED"), ROOT.parent / "shared",
                      ROOT.parent.parent / "shared"):
        if candidate and (Path(candidate) / "design").is_dir():
            return Path(candidate)
    return None


@pytest.fixture(scope="session")
def shared() -> Path:
    path = shared_dir()
    if path is None:
        pytest.skip("../shared (team gold and reference material) is not present in this clone")
    return path


@pytest.fixture(scope="session")
def coder():
    """One model load for the whole test session."""
    from eventwire import Coder

    return Coder()
