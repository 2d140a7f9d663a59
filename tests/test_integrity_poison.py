"""The poison corpus (issue 12, items 1, 5 and 11): good articles with every bad kind mixed in,
across JSONL, CSV, JSON and text files. Every good article is stored, every bad one is a
`rejects` row naming its file and line with its reason, `events` agrees with `mentions`; `code`
reports each bad line and codes the rest (exit 1). An InputError raised while coding one article
(part B's time budget, say) rejects that article alone."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest
from click.testing import CliRunner

from eventwire.corpus import engine
from eventwire.corpus.ingest import ingest
from eventwire.errors import InputError
from eventwire.store import Store

COUNTRIES = ["Kenya", "Uganda", "Peru", "Chile", "Ghana", "Togo", "Poland", "Egypt", "Sudan"]


def good(n: int) -> dict:
    a, b = COUNTRIES[n % 9], COUNTRIES[(n + 4) % 9]
    return {"id": f"good-{n:02d}", "date": f"2024-03-{1 + n % 27:02d}", "source": "Wire",
            "url": f"https://wire.example/2024/03/{1 + n % 27:02d}/item-{n}",
            "text": f"{a} accused {b} on Monday of moving troops to the border, officials "
                    f"said. The {a} foreign minister later held talks with his counterpart."}


def bad_lines() -> list[tuple[str, str]]:
    """(JSONL line, the reason it must be rejected with): every trigger of item 1."""
    g = good(90)
    return [
        (json.dumps(g | {"id": "bad-date", "date": "2020-02-30"}), "bad-date"),
        (json.dumps(g | {"id": "bad-year0", "date": "0000-03-01"}), "bad-date"),
        (json.dumps(g | {"id": "bad-url-number", "url": 12345}), "bad-field"),
        (json.dumps(g | {"id": "bad-url-list", "url": ["https://a.example/"]}), "bad-field"),
        (json.dumps(g | {"id": "bad-title", "title": 7}), "bad-field"),
        (json.dumps(g | {"id": "bad-source", "source": {"name": "AP"}}), "bad-field"),
        (json.dumps(g | {"id": "x" * 2_000_000}), "field-too-long"),
        ("[" * 100_000 + "]" * 100_000, "too-deep"),
        ("{not json", "malformed"),
        (json.dumps(g | {"id": "bad-nul", "text": g["text"] + "\x00"}), "binary"),
        (json.dumps({"id": "bad-empty", "text": "   "}), "empty"),
    ]


# good records that once broke a batch too; they are repaired or dated otherwise, and kept
SURROGATE = good(91) | {"id": "ok-surrogate", "text": good(91)["text"] + " \ud800"}
DATELINE = good(92) | {"id": "ok-dateline", "date": None, "url": None,
                       "text": "NAIROBI, February 31 (Wire) - " + good(92)["text"]}
URL_DATE = good(93) | {"id": "ok-url-date", "date": None,
                       "url": "https://wire.example/2023/06/31/item"}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> tuple[Path, dict[str, str], set[str]]:
    """A folder of inputs; the rejects it must give (record key → reason); the good ids."""
    root = tmp_path_factory.mktemp("poison")
    folder = root / "in"
    folder.mkdir()
    lines, expected, good_ids = [], {}, set()
    bad = bad_lines()
    for n in range(24):
        rec = good(n)
        lines.append(json.dumps(rec))
        good_ids.add(rec["id"])
        if n % 2 == 1 and bad:
            line, reason = bad.pop(0)
            lines.append(line)
            expected[f"{folder / 'mixed.jsonl'}:{len(lines)}"] = reason
    for rec in (SURROGATE, DATELINE, URL_DATE):
        lines.append(json.dumps(rec))
        good_ids.add(rec["id"])
    assert not bad
    (folder / "mixed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    csv_path = folder / "rows.csv"
    csv_path.write_bytes(b"id,text,date\n"
                         b"csv-1,Kenya praised Uganda for its help on Monday.,2024-03-02\n"
                         b"csv-bad,Kenya praised Uganda.,2020-02-30\n"
                         b"csv-2,Peru accused Chile of spying on Tuesday.,2024-03-05\n")
    good_ids |= {"csv-1", "csv-2"}
    expected[f"{csv_path}:3"] = "bad-date"
    late_nul = folder / "late-nul.txt"
    late_nul.write_bytes(("Kenya praised Uganda. " * 4000).encode() + b"\x00")
    expected[str(late_nul)] = "binary"
    utf16 = folder / "utf16.txt"
    utf16.write_bytes("Ghana accused Togo of moving troops to the border on Monday, officials "
                      "said, and Togo denied it.".encode("utf-16"))
    deep = folder / "deep.json"
    deep.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    expected[str(deep)] = "too-deep"
    return folder, expected, good_ids


def test_poison_corpus_keeps_every_good_article(corpus, tmp_path):
    folder, expected, good_ids = corpus
    db = tmp_path / "p.duckdb"
    summary = ingest([folder], db, jobs=1, batch_size=4)
    with Store(db, read_only=True) as s:
        stored = {r[0] for r in s.query("SELECT id FROM articles")[1]}
        rejects = {r[0]: (r[1], r[2]) for r in s.query("SELECT * FROM rejects")[1]}
        assert s.events_consistent() and s.count("events") > 0
        dates = dict(s.query("SELECT id, CAST(date AS VARCHAR) FROM articles")[1])
        text = s.query("SELECT text FROM mentions WHERE article_id = 'ok-surrogate'")[1]
    assert good_ids <= stored and len(stored) == len(good_ids) + 1  # + the UTF-16 text file
    assert {k: v[0] for k, v in rejects.items()} == expected
    for key, (_reason, message) in rejects.items():
        path, _, line = key.rpartition(":")
        where = f"{path} line {line}" if line.isdigit() else key
        assert message.startswith(where + ": ") and "\n" not in message, message
    assert summary.coded == len(stored) and sum(summary.rejected.values()) == len(expected)
    assert dates["ok-dateline"] is None and dates["ok-url-date"] is None  # no impossible day
    assert all("\ud800" not in t for (t,) in text)

    again = ingest([folder], db, jobs=1, batch_size=4)  # a rerun: nothing new, nothing lost
    assert again.coded == 0 and again.skipped == len(stored)
    assert sum(again.rejected.values()) == len(expected)


class TimeBudgeted:
    """A coder that raises an InputError of a kind the store has never seen while coding some
    articles, mid-stream, as part B's per-article time budget will."""

    class BudgetError(InputError):
        reason = "time-budget"

    def __init__(self, real, marker: str = "Chile") -> None:
        self.real, self.marker, self.settings = real, marker, real.settings

    def code_many(self, articles):
        for coded in self.real.code_many(articles):
            if self.marker in coded.article.raw:
                raise self.BudgetError("over its time budget of 30 s")
            yield coded


def test_an_inputerror_while_coding_rejects_that_article_alone(coder, tmp_path, monkeypatch):
    monkeypatch.setattr(engine, "_CODER", TimeBudgeted(coder))
    recs = [good(n) for n in range(9)]  # good(3) and good(8) name Chile
    data = tmp_path / "b.jsonl"
    data.write_text("".join(json.dumps(r) + "\n" for r in recs), encoding="utf-8")
    db = tmp_path / "b.duckdb"
    summary = ingest([data], db, jobs=1, batch_size=4)
    con = duckdb.connect(str(db), read_only=True)
    stored = sorted(r[0] for r in con.execute("SELECT id FROM articles").fetchall())
    rejects = con.execute("SELECT record, reason, message FROM rejects ORDER BY 1").fetchall()
    con.close()
    chile = {r["id"] for r in recs if "Chile" in r["text"]}
    assert chile and stored == sorted({r["id"] for r in recs} - chile)
    assert [(r[0], r[1]) for r in rejects] == [(f"{data}:{n + 1}", "time-budget")
                                               for n, r in enumerate(recs) if r["id"] in chile]
    assert all(m.startswith(f"{data}:") and "time budget" in m for _, _, m in rejects)
    assert summary.rejected == {"time-budget": len(chile)}


def test_code_reports_a_coding_time_inputerror_and_goes_on(coder, tmp_path, monkeypatch):
    from eventwire import cli

    monkeypatch.setattr(cli, "Coder", lambda settings: TimeBudgeted(coder))
    data = tmp_path / "c.jsonl"
    data.write_text("".join(json.dumps(good(n)) + "\n" for n in range(5)), encoding="utf-8")
    r = CliRunner().invoke(cli.cli, ["code", str(data), "--format", "jsonl"])
    assert r.exit_code == 1
    ids = {json.loads(line)["article_id"] for line in r.stdout.splitlines()}
    assert ids == {"good-00", "good-01", "good-02", "good-04"}
    assert f"{data} line 4: " in r.stderr and "time budget" in r.stderr
    one = tmp_path / "one.txt"
    one.write_text(good(3)["text"], encoding="utf-8")
    r = CliRunner().invoke(cli.cli, ["code", str(one), "--date", "2024-03-04"])
    assert r.exit_code == 2 and r.stderr.count("\n") == 1 and str(one) in r.stderr


def _cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "eventwire", *args], capture_output=True,
                          text=True, timeout=600)


@pytest.mark.slow
def test_code_on_the_poison_jsonl_reports_each_bad_line(corpus):
    folder, expected, _ = corpus
    path = folder / "mixed.jsonl"
    r = _cli("code", str(path), "--format", "jsonl")
    assert r.returncode == 1 and "Traceback" not in r.stderr
    coded = {json.loads(line)["article_id"] for line in r.stdout.splitlines()}
    assert {"good-00", "good-23", "ok-surrogate"} <= coded
    reported = [line for line in r.stderr.splitlines() if line.startswith("eventwire: rejected")]
    lines = sorted(int(k.rpartition(":")[2]) for k in expected if k.startswith(str(path)))
    assert [int(x.split(" line ")[1].split(":")[0]) for x in reported] == lines


@pytest.mark.slow
def test_ingest_command_exit_code_and_one_line_per_reject(corpus, tmp_path):
    folder, expected, _ = corpus
    r = _cli("ingest", str(folder), "--db", str(tmp_path / "c.duckdb"), "-j", "1")
    assert r.returncode == 1 and "Traceback" not in r.stderr
    rejected = [x for x in r.stderr.splitlines() if x.startswith("eventwire: rejected: ")]
    assert len(rejected) == len(expected)
    assert f"rejected {len(expected)} " in r.stderr


@pytest.mark.slow
@pytest.mark.parametrize("args,needle", [
    (["code", "{f}", "--date", "2020-13-45"], "not a calendar day"),
    (["code", "{f}", "--max-chars", "0"], "0 is not in the range"),
    (["code", "{f}", "--max-chars", "-1"], "-1 is not in the range"),
    (["export", "--format", "gdelt", "--output", "/no/such/dir/x", "--db", "{db}"],
     "no such folder"),
    (["code", "{f}", "--dictionary", "{yaml}"], "not valid YAML"),
])
def test_small_cli_refusals_are_one_line(tmp_path, args, needle):
    f = tmp_path / "k.txt"
    f.write_text("Kenya praised Uganda on Monday.", encoding="utf-8")
    yaml = tmp_path / "bad.yaml"
    yaml.write_text("actors:\n  - name: [unclosed\n", encoding="utf-8")
    db = tmp_path / "e.duckdb"
    Store(db).close()
    r = _cli(*(a.format(f=f, yaml=yaml, db=db) for a in args))
    assert r.returncode == 2 and needle in r.stderr and "Traceback" not in r.stderr
    if r.stderr.startswith("eventwire: error:"):
        assert r.stderr.count("\n") == 1


def test_an_empty_file_is_refused_before_the_model_loads(tmp_path, monkeypatch):
    from eventwire import cli

    def no_model(*_a, **_k):
        raise AssertionError("the model was loaded for an empty file")

    monkeypatch.setattr(cli, "Coder", no_model)
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    r = CliRunner().invoke(cli.cli, ["code", str(empty)])
    assert r.exit_code == 2 and "empty text" in r.stderr
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": 5}\n[1]\n', encoding="utf-8")
    r = CliRunner().invoke(cli.cli, ["code", str(bad)])
    assert r.exit_code == 1 and r.stderr.count("rejected:") == 2


BAD_YAML = "actors:\n  - name: [unclosed\n"


def test_a_bad_dictionary_is_refused_before_the_model_loads(tmp_path, monkeypatch):
    """`code --dictionary bad.yaml` loaded the model (seconds) before reading the dictionary."""
    from eventwire import Coder, KnowledgeError, Settings, nlp

    def no_model(*_a, **_k):
        raise AssertionError("the model was loaded before the dictionary was read")

    monkeypatch.setattr(nlp, "load", no_model)
    bad = tmp_path / "bad.yaml"
    bad.write_text(BAD_YAML, encoding="utf-8")
    with pytest.raises(KnowledgeError, match="not valid YAML"):
        Coder(Settings(dictionaries=(bad,)))


@pytest.mark.parametrize("engine_args", [["-j", "2"], ["-j", "1"]])
def test_ingest_with_a_bad_dictionary_fails_at_once_in_one_line(tmp_path, engine_args):
    """With a process pool (-j 2, the default on two cores), each worker died loading the bad
    dictionary and the pool started another, for ever, printing tracebacks: ingest never ended."""
    data = tmp_path / "a.jsonl"
    data.write_text(json.dumps(good(1)) + "\n", encoding="utf-8")
    bad = tmp_path / "bad.yaml"
    bad.write_text(BAD_YAML, encoding="utf-8")
    db = tmp_path / "d.duckdb"
    r = subprocess.run([sys.executable, "-m", "eventwire", "ingest", str(data), "--db", str(db),
                        "--dictionary", str(bad), *engine_args], capture_output=True, text=True,
                       timeout=120)
    assert r.returncode == 2 and "Traceback" not in r.stderr, r.stderr[-2000:]
    assert r.stderr.startswith("eventwire: error: ") and r.stderr.count("\n") == 1, r.stderr
    assert f"{bad}: not valid YAML" in r.stderr


def test_a_pool_whose_workers_cannot_load_the_coder_raises_instead_of_hanging(tmp_path):
    """The pool's safety net, below ingest's own check of the dictionaries: a worker that
    cannot build its coder must not die in the pool's initializer (the pool would start
    another for ever); the first batch raises the error in the caller."""
    bad = tmp_path / "bad.yaml"
    bad.write_text(BAD_YAML, encoding="utf-8")
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from eventwire import KnowledgeError, Settings\n"
        "from functools import partial\n"
        "from eventwire.corpus.engine import code_batch, run_pool\n"
        "from eventwire.records import Article\n"
        "art = Article(id='a', raw='Kenya accused Uganda.', date='2024-03-04')\n"
        "try:\n"
        f"    settings = Settings(dictionaries=(Path({str(bad)!r}),))\n"
        "    list(run_pool(partial(code_batch, settings=settings), [[art]], 2, settings))\n"
        "except KnowledgeError as exc:\n"
        "    print('raised:', exc)\n")
    r = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                       timeout=120)
    assert r.returncode == 0 and r.stdout.startswith(f"raised: {bad}: not valid YAML"), \
        r.stderr[-2000:]


def test_a_dictionary_format_error_crosses_processes_intact():
    """Pool workers send their errors back pickled; this one could not be unpickled (its
    constructor takes three arguments), which would stop the pool's result thread."""
    import pickle

    from eventwire.errors import DictionaryFormatError

    err = pickle.loads(pickle.dumps(DictionaryFormatError("my.verbs.txt", 3, "needs a [CODE]")))
    assert isinstance(err, DictionaryFormatError) and (err.path, err.line) == ("my.verbs.txt", 3)
    assert str(err) == "my.verbs.txt:3: needs a [CODE]"
