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


@pytest.fixture(scope="module")
def browser():
    """Headless Debian Chromium through chromedriver (selenium), its console log kept; the test
    skips with a message where either is not installed."""
    import shutil

    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    driver_path = shutil.which("chromedriver")
    if not (chromium and driver_path):
        pytest.skip("Chromium and chromedriver are not installed (Debian: chromium, "
                    "chromium-driver)")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    opts = webdriver.ChromeOptions()
    opts.binary_location = chromium
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-dev-shm-usage", "--window-size=1400,1800"):
        opts.add_argument(flag)
    opts.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(driver_path), options=opts)
    yield driver
    driver.quit()
