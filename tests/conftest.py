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


@pytest.fixture(scope="session")
def coder_all(coder):
    """A coder that keeps what the default policy leaves out (docs/policy.md), for tables that
    test the lexicon and the grammar rather than the policy. Shares the session's spaCy model."""
    from eventwire import Coder
    from eventwire.coder import Settings

    return Coder(Settings(keep_all_modalities=True))
