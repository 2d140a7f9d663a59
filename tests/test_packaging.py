"""The source distribution carries the licence and the docs, and the licence metadata is the
modern SPDX form (PEP 639)."""

from __future__ import annotations

import subprocess
import sys
import tarfile
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def test_licence_metadata_is_an_spdx_expression_with_the_licence_file():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    assert project["license"] == "MIT" and project["license-files"] == ["LICENSE"]
    assert not any(c.startswith("License ::") for c in project.get("classifiers", []))
    text = (ROOT / "LICENSE").read_text("utf-8")
    assert text.startswith("MIT License") and "The eventwire team" in text


@pytest.mark.slow
def test_sdist_holds_license_and_docs(tmp_path):
    """Builds the sdist with setuptools' PEP 517 hook (the backend pyproject.toml names)."""
    out = subprocess.run(
        [sys.executable, "-c", "import sys; from setuptools import build_meta; "
         "print(build_meta.build_sdist(sys.argv[1]))", str(tmp_path)],
        cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr[-2000:]
    name = out.stdout.strip().splitlines()[-1]
    with tarfile.open(tmp_path / name) as tar:
        members = {m.name.split("/", 1)[1] for m in tar.getmembers() if "/" in m.name}
        info = tar.extractfile(f"{name.removesuffix('.tar.gz')}/PKG-INFO").read().decode()
    docs = {f"docs/{p.name}" for p in (ROOT / "docs").glob("*.md")}
    assert docs and docs <= members
    assert {"LICENSE", "README.md", "src/eventwire/knowledge/export-codes.yaml"} <= members
    assert "License-Expression: MIT" in info and "License-File: LICENSE" in info
