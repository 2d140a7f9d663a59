"""README and docs examples are real output: every fenced block right after a comment
`<!-- output of: COMMAND -->` is compared with what COMMAND prints today.

- `<!-- run: COMMAND -->` runs a set-up command first (e.g. an ingest the examples read), in
  document order, once for all documents;
- commands run with bash in a scratch folder that holds `src` and `tests` of this checkout, with
  this interpreter's `eventwire` first on PATH; only standard output is compared;
- a block is compared line by line, trailing spaces ignored; a line `...` in the block stands
  for any number of output lines (the block shows the head and the tail of a long output);
- a `json` block holds one record pretty-printed and abridged: it must be a part of the
  command's first output line (every key it shows, with the same value)."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
MARK = re.compile(r"<!-- (output of|run): (.+?) -->\n(?:```(\w*)\n(.*?)\n```)?", re.DOTALL)


def examples() -> list[tuple[str, list[tuple[str, str, str, str]]]]:
    found = []
    for doc in DOCS:
        marks = [(m.group(1), m.group(2), m.group(3) or "", m.group(4) or "")
                 for m in MARK.finditer(doc.read_text("utf-8"))]
        if marks:
            found.append((doc.name, marks))
    return found


def test_the_readme_and_the_export_doc_have_checked_examples():
    names = {name: sum(kind == "output of" for kind, *_ in marks) for name, marks in examples()}
    assert names.get("README.md", 0) >= 3 and names.get("exports.md", 0) >= 2, names


def _run(command: str, cwd: Path) -> str:
    env = dict(os.environ, PATH=f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}",
               NO_COLOR="1", COLUMNS="140")
    out = subprocess.run(["bash", "-o", "pipefail", "-c", command], cwd=cwd, env=env,
                         capture_output=True, text=True, timeout=600)
    assert out.returncode == 0, f"{command}: {out.stderr[-1500:]}"
    return out.stdout


def _matches(block: str, output: str) -> bool:
    shown = [line.rstrip() for line in block.splitlines()]
    real = [line.rstrip() for line in output.rstrip("\n").splitlines()]
    if "..." not in shown:
        return shown == real
    cut = shown.index("...")
    head, tail = shown[:cut], shown[cut + 1:]
    return real[:len(head)] == head and (not tail or real[-len(tail):] == tail)


def _part_of(shown, real) -> bool:
    if isinstance(shown, dict):
        return isinstance(real, dict) and all(k in real and _part_of(v, real[k])
                                              for k, v in shown.items())
    return shown == real


@pytest.fixture(scope="module")
def scratch(tmp_path_factory) -> tuple[Path, set[str]]:
    """One scratch folder for all documents, and the set-up commands already run in it (the
    README and docs/exports.md read the same store)."""
    path = tmp_path_factory.mktemp("docs")
    for name in ("src", "tests"):
        (path / name).symlink_to(ROOT / name)
    return path, set()


@pytest.mark.slow
@pytest.mark.parametrize("doc,marks", examples(), ids=[name for name, _ in examples()])
def test_examples_are_real_output(doc, marks, scratch):
    folder, done = scratch
    for kind, command, lang, block in marks:
        if kind == "run":
            if command not in done:
                _run(command, folder)
                done.add(command)
            continue
        output = _run(command, folder)
        if lang == "json":
            assert _part_of(json.loads(block), json.loads(output.splitlines()[0])), (
                f"{doc}: the JSON after `{command}` is not what it prints:\n{output[:3000]}")
        else:
            assert _matches(block, output), (
                f"{doc}: the block after `{command}` is not what it prints:\n{output[:3000]}")
