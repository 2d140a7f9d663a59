"""Same input, same bytes: the coder's output does not depend on the process's hash seed (set
iteration order) nor on the engine or the batch an article is coded in. The corpus is the sample
article, the team's own sentences that give a lexicon entry a choice between two of its
with-words (the choice used to follow set order: PYTHONHASHSEED 1 and 3 gave different evidence),
and generated wire copy (bench/corpus.py)."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from pathlib import Path

import pytest

from eventwire.corpus.engine import code_batch, run_pool

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from corpus import COUNTRIES, DAYS, NAMES, ROLES, TEMPLATES  # noqa: E402

CHOICES = [
    "The Ugandan government threatened to ban opposition party leaders from the vote.",
    "Belarus banned opposition party candidates from the local elections on Tuesday.",
    "Peru cut aid and loan payments to Bolivia after the dispute.",
    "Chile froze funding and assistance for the Peruvian border project.",
    "Kenya recalled its ambassador and envoy from Tanzania for consultations.",
    "Poland expelled two Belarusian diplomats and closed the embassy and consulate in Minsk.",
    "Sudan suspended talks and negotiations with the rebels on Sunday.",
    "Egypt imposed a curfew and declared a state of emergency in the Sinai region.",
    "Ghana urged Togo to return to the negotiating table and resume dialogue.",
    "Japan imposed sanctions and tariffs on North Korean goods and shipments.",
    "The army besieged and blockaded the rebel-held town of Kidal.",
    "President Museveni threatened to dissolve opposition groups and parties.",
]
SEEDS = ("0", "1", "3")


def corpus(n_generated: int = 200) -> list[dict]:
    rng = random.Random(12)
    records = [{"id": "sample", "date": "2024-03-13", "text": (
        ROOT / "src/eventwire/samples/sample-article.txt").read_text(encoding="utf-8")}]
    records += [{"id": f"own{i}", "date": "2024-03-13", "text": s}
                for i, s in enumerate(CHOICES)]
    for i in range(n_generated // 4):
        sents = []
        for _ in range(4):
            a, b = rng.sample(COUNTRIES, 2)
            sents.append(rng.choice(TEMPLATES).format(
                A=a[0], A_adj=a[1], A_cap=a[2], B=b[0], B_adj=b[1], B_cap=b[2],
                role=rng.choice(ROLES), name=rng.choice(NAMES), day=rng.choice(DAYS)))
        records.append({"id": f"gen{i}", "date": f"2024-03-{1 + i % 28:02d}",
                        "text": " ".join(sents[:2]) + "\n\n" + " ".join(sents[2:]) + "\n"})
    return records


@pytest.mark.slow
def test_output_is_byte_identical_under_any_hash_seed(tmp_path):
    path = tmp_path / "corpus.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in corpus()), encoding="utf-8")
    outputs = {}
    for seed in SEEDS:
        env = dict(os.environ, PYTHONHASHSEED=seed)
        run = subprocess.run([sys.executable, "-m", "eventwire", "code", str(path), "--format",
                              "json"], capture_output=True, env=env, timeout=600)
        assert run.returncode == 0, run.stderr.decode()
        outputs[seed] = run.stdout
    first = outputs[SEEDS[0]]
    assert len(first.splitlines()) == len(corpus())
    assert b'"events": [{' in first
    for seed in SEEDS[1:]:
        assert outputs[seed] == first, f"PYTHONHASHSEED={seed} differs from {SEEDS[0]}"


@pytest.mark.slow
def test_the_process_pool_gives_the_same_records_as_in_process(coder):
    """Workers start with hash seeds of their own; batches of 3 put each article among other
    neighbours than one batch of all."""
    from eventwire.records import Article

    arts = [Article(id=r["id"], raw=r["text"], date=r["date"]) for r in corpus(60)]
    here = [c.to_dict() for c in coder.code_many(arts)]
    pooled = [d for batch in run_pool(code_batch, (arts[i:i + 3] for i in range(0, len(arts), 3)),
                                     jobs=2) for d in batch]
    assert json.dumps(pooled, sort_keys=True) == json.dumps(here, sort_keys=True)
