"""One reader for every input type: `code` and `ingest` see the same articles (text, date, title,
URL) from text, HTML, CSV, JSONL and JSON files, gzipped or not; progress counts records; the
language check refuses short non-English briefs and keeps short English ones; ingest takes the
coder settings of `code`."""

from __future__ import annotations

import csv
import gzip
import io
import json
from pathlib import Path

import duckdb
import pytest
from click.testing import CliRunner

from eventwire import guard
from eventwire.cli import cli
from eventwire.coder import Settings
from eventwire.corpus.engine import code_batch
from eventwire.corpus.ingest import ingest
from eventwire.corpus.read import count_records, read, record_name
from eventwire.errors import NotEnglishError

# The team's own articles, written for these tests.
TEXT = """Chile recalls ambassador from Peru after fishing dispute

SANTIAGO, April 2 - Chile recalled its ambassador from Peru on Tuesday after the two countries
failed to settle a dispute over fishing rights, the foreign ministry said.

The Peruvian government said it regretted the decision and called for new talks.

Original url:
https://news.example.org/2024/04/02/chile-peru-
ambassador
"""

HTML = (Path(__file__).parent.parent / "docs" / "examples" / "page.html").read_text(
    encoding="utf-8")  # the README's example page

RECORDS = [
    {"text": "Ghana accused Togo on Monday of sheltering armed men near the border, officials "
             "said.\n\nThe Togolese interior minister rejected the charge and invited Ghanaian "
             "inspectors to visit.",
     "date": "2024-05-06", "url": "https://wire.example.com/2024/05/06/ghana-togo",
     "title": "Ghana accuses Togo", "source": "Example Wire"},
    {"text": "Polish police detained two Belarusian officers at a border crossing on Friday.\n"
             "Belarus demanded their release and summoned the Polish envoy in Minsk.",
     "date": "2024-05-10", "url": "", "title": "", "source": ""},
]

FRENCH_BRIEF = (
    "BAMAKO, 4 mars - Le gouvernement malien a annoncé lundi la fermeture de sa frontière avec le "
    "Niger après des affrontements entre l'armée et des groupes armés près de Ménaka. Le ministre "
    "de la Défense a promis des renforts et appelé la population au calme, selon un communiqué lu "
    "à la télévision.")


def _csv(records: list[dict]) -> bytes:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=list(records[0]), lineterminator="\r\n")
    w.writeheader()
    w.writerows(records)
    return buf.getvalue().encode("utf-8")


INPUTS = {
    "article.txt": TEXT.encode("utf-8"),
    "page.html": HTML.encode("utf-8"),
    "wire.csv": _csv(RECORDS),
    "wire.jsonl": "".join(json.dumps(r) + "\n" for r in RECORDS).encode("utf-8"),
    "wire.json": json.dumps(RECORDS).encode("utf-8"),
}
ARTICLE_FIELDS = ("id", "date", "title", "url", "source", "date_basis", "chars")


@pytest.fixture(scope="module")
def inputs(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("inputs")
    paths = {}
    for name, data in INPUTS.items():
        for stored, content in ((name, data), (name + ".gz", gzip.compress(data))):
            (folder / stored).write_bytes(content)
            paths[stored] = folder / stored
    return paths


def _articles(path: Path, **kw) -> list:
    return [item for _, item in read([path], **kw)]


# -- the reader, without the model --------------------------------------------------------------
def test_html_gives_the_pages_date_title_url_and_site(inputs):
    [art] = _articles(inputs["page.html"])
    assert (art.date, art.date_basis) == ("2024-03-12", "page")
    assert art.title == "Kenya and Uganda agree to joint border patrols"
    assert art.url == "https://news.example.org/africa/kenya-uganda-patrols"
    assert art.source == "Example News"
    assert "<p>" not in art.raw and "Subscribe" not in art.raw and "Home" not in art.raw
    assert "joint patrols along their shared border" in art.raw


def test_a_given_date_and_url_win_over_the_pages(inputs):
    [art] = _articles(inputs["page.html"], date="2024-03-13", url="https://other.example/x")
    assert (art.date, art.date_basis, art.url) == ("2024-03-13", "given", "https://other.example/x")


def test_original_url_line_is_kept_as_the_url(inputs):
    [art] = _articles(inputs["article.txt"])
    assert art.url == "https://news.example.org/2024/04/02/chile-peru-ambassador"
    assert (art.date, art.date_basis) == ("2024-04-02", "dateline")  # its year from that URL
    assert art.title == "Chile recalls ambassador from Peru after fishing dispute"


def test_original_url_is_only_taken_when_it_is_http():
    art = guard.make_article("Chile recalled its ambassador from Peru on Tuesday, the foreign "
                             "ministry said.\n\nOriginal url: javascript:alert(1)")
    assert art.url is None


def test_csv_records_with_line_breaks_are_one_article_each(inputs):
    arts = _articles(inputs["wire.csv"])
    assert [a.raw for a in arts] == [r["text"] for r in RECORDS]
    assert INPUTS["wire.csv"].count(b"\n") > len(RECORDS) + 1  # more lines than records
    assert count_records([inputs["wire.csv"]]) == len(RECORDS)


def test_progress_counts_records_not_lines(inputs):
    assert count_records([inputs["article.txt"], inputs["page.html.gz"], inputs["wire.csv.gz"],
                          inputs["wire.jsonl"], inputs["wire.json.gz"]]) == 1 + 1 + 2 + 2 + 2
    folder = inputs["wire.csv"].parent
    assert count_records([folder]) == 2 * (1 + 1 + 2 + 2 + 2)
    assert len(list(read([folder]))) == count_records([folder])


def test_the_progress_bar_ends_at_its_total(inputs, tmp_path):
    """One tick per record (coded, skipped or rejected), as many as count_records says."""
    bad = tmp_path / "bad.csv"
    bad.write_bytes(_csv([{"text": FRENCH_BRIEF}, {"text": ""}]))
    paths = [inputs["wire.csv"], inputs["wire.csv.gz"], bad]
    ticks: list[int] = []
    summary = ingest(paths, tmp_path / "p.duckdb", jobs=1, progress=ticks.append)
    assert (summary.coded, summary.skipped, sum(summary.rejected.values())) == (2, 2, 2)
    assert sum(ticks) == count_records(paths) == 6


@pytest.mark.parametrize("name", INPUTS)
def test_gzip_gives_the_same_articles(inputs, name):
    plain, packed = _articles(inputs[name]), _articles(inputs[name + ".gz"])
    assert plain and plain == packed


def test_every_record_kind_gives_the_same_article(inputs):
    """JSONL, JSON and CSV of the same records: the same articles, field by field."""
    by_kind = [_articles(inputs[n]) for n in ("wire.jsonl", "wire.json", "wire.csv")]
    assert by_kind[0] == by_kind[1] == by_kind[2]
    assert by_kind[0][1].url is None and by_kind[0][1].title is None  # "" is absent


def test_a_named_file_of_no_known_kind_is_text(tmp_path):
    path = tmp_path / "notes.md"
    path.write_bytes(INPUTS["article.txt"])
    [art] = _articles(path)
    assert art.raw == TEXT
    (tmp_path / "page.html").write_bytes(INPUTS["page.html"])
    assert [record_name(k) for k, _ in read([tmp_path])] == [str(tmp_path / "page.html")]


def test_a_broken_gzip_file_is_one_rejection_naming_it(tmp_path):
    path = tmp_path / "broken.jsonl.gz"
    path.write_bytes(gzip.compress(INPUTS["wire.jsonl"])[:40])
    [(key, item)] = [(k, i) for k, i in read([path]) if isinstance(i, guard.Rejected)]
    assert key == str(path) and item.reason == "unreadable" and "gzip" in item.message


def test_an_oversized_text_file_is_refused_unread(tmp_path):
    path = tmp_path / "big.txt"
    path.write_bytes(b"Kenya accused Uganda of moving troops. " * 200)
    [item] = _articles(path, max_chars=1000)
    assert item.reason == "too-large" and str(path) in item.message


def test_record_names():
    assert record_name("a/b.jsonl:3") == "a/b.jsonl line 3"
    assert record_name("a/b.csv.gz:7") == "a/b.csv.gz line 7"
    assert record_name("a/b.json:2") == "a/b.json item 2"
    assert record_name("a/b.txt") == "a/b.txt"


# -- the language check -------------------------------------------------------------------------
NOT_ENGLISH = [
    FRENCH_BRIEF,
    "El ejército colombiano detuvo el martes a dos comandantes del ELN cerca de la frontera.",
    "Die polnische Regierung hat am Montag den Botschafter Weißrusslands einbestellt.",
    "O presidente de Angola recebeu nesta quarta-feira o primeiro-ministro de Portugal.",
    "Il ministro degli Esteri italiano ha incontrato ieri a Tunisi il presidente tunisino.",
]
SHORT_ENGLISH = [
    "Russian troops shelled Kharkiv overnight, Ukrainian officials said.",
    "NATO, EU condemn North Korean missile launch",
    "Turkish President Erdogan phoned Russian President Putin on Tuesday.",
    "Japan, South Korea hold security talks amid Pyongyang tensions",
    "Sudanese army, RSF agree 72-hour ceasefire in Khartoum, Jeddah mediators say",
    "Mali junta expels French ambassador, gives envoy 72 hours to leave Bamako",
    "Erdogan phoned Putin.",
]


def test_the_french_brief_is_short():
    assert 290 <= len(FRENCH_BRIEF) <= 320


@pytest.mark.parametrize("text", NOT_ENGLISH, ids=lambda t: t[:24])
def test_short_non_english_briefs_are_refused(text):
    with pytest.raises(NotEnglishError, match="does not look like English"):
        guard.check_text(text, name="brief")


@pytest.mark.parametrize("text", SHORT_ENGLISH, ids=lambda t: t[:24])
def test_short_english_texts_are_kept(text):
    guard.check_text(text, name="brief")  # raises if refused


def test_the_identifier_names_the_language():
    assert guard.identify_language(FRENCH_BRIEF)[0] == "fr"
    assert guard.identify_language(SHORT_ENGLISH[0])[0] == "en"


def test_a_french_brief_is_a_rejects_row_and_a_message(tmp_path):
    path = tmp_path / "briefs.jsonl"
    path.write_text(json.dumps({"text": FRENCH_BRIEF}) + "\n"
                    + json.dumps({"text": SHORT_ENGLISH[0], "date": "2024-03-01"}) + "\n",
                    encoding="utf-8")
    db = tmp_path / "b.duckdb"
    summary = ingest([path], db, jobs=1)
    assert summary.rejected == {"not-english": 1} and summary.coded == 1
    con = duckdb.connect(str(db), read_only=True)
    try:
        [(record, reason, message)] = con.execute(
            "SELECT record, reason, message FROM rejects").fetchall()
    finally:
        con.close()
    assert (record, reason) == (f"{path}:1", "not-english") and "French" in message
    result = CliRunner().invoke(cli, ["code", str(path), "--format", "json"])
    assert result.exit_code == 1
    assert f"{path} line 1: does not look like English: French" in result.stderr
    assert len(result.stdout.splitlines()) == 1  # the English brief is coded


# -- code and ingest: the same article from every input -----------------------------------------
def _code(path: Path) -> list[dict]:
    result = CliRunner().invoke(cli, ["code", str(path), "--format", "json"])
    assert result.exit_code == 0, result.output
    return [{k: json.loads(line)["article"][k] for k in ARTICLE_FIELDS}
            for line in result.stdout.splitlines()]


def _ingest(path: Path, db: Path) -> list[dict]:
    result = CliRunner().invoke(cli, ["ingest", str(path), "--db", str(db), "-j", "1"])
    assert result.exit_code == 0, result.output
    assert f"coded {count_records([path])} articles" in result.stderr
    con = duckdb.connect(str(db), read_only=True)
    try:
        rows = con.execute(f"SELECT {', '.join(ARTICLE_FIELDS)} FROM articles ORDER BY record"
                           ).fetchall()
    finally:
        con.close()
    return [dict(zip(ARTICLE_FIELDS, (str(v) if k == "date" and v else v
                                      for k, v in zip(ARTICLE_FIELDS, row, strict=True)),
                     strict=True)) for row in rows]


@pytest.mark.slow
@pytest.mark.parametrize("name", [n for n in INPUTS] + [n + ".gz" for n in INPUTS])
def test_code_and_ingest_give_the_same_article(inputs, tmp_path, name):
    coded = _code(inputs[name])
    stored = _ingest(inputs[name], tmp_path / "s.duckdb")
    assert coded == stored
    assert len(coded) == count_records([inputs[name]])
    read_ids = [a.id for a in _articles(inputs[name])]
    assert [a["id"] for a in coded] == read_ids  # the id is the hash of the text read


# -- ingest uses the coder settings of code -----------------------------------------------------
NEGATED = ("Egypt did not attack Sudanese positions near the border on Monday, the army said, "
           "denying earlier reports.")
DICTIONARY = "organizations:\n  - {code: ETHREB, name: Blue Crescent Brigade, " \
             "names: [Blue Crescent Brigade], kind: armed_group}\n"
WITH_GROUP = ("Fighters of the Blue Crescent Brigade attacked an army base near Kassala on "
              "Monday, officials said.")


def test_workers_code_with_the_settings_they_are_given(tmp_path):
    dictionary = tmp_path / "groups.yaml"
    dictionary.write_text(DICTIONARY, encoding="utf-8")
    arts = [guard.make_article(NEGATED, date="2024-03-04"),
            guard.make_article(WITH_GROUP, date="2024-03-04")]
    default = code_batch(arts)
    custom = code_batch(arts, Settings(keep_all_modalities=True, dictionaries=(dictionary,)))
    assert not default[0]["events"]  # the default policy leaves the negated attack out
    assert {e["modality"] for e in custom[0]["events"]} & {"negated", "denied"}
    assert "ETHREB" not in json.dumps(default[1]["events"])
    assert any(e["source"]["code"] == "ETHREB" for e in custom[1]["events"])


@pytest.mark.slow
def test_ingest_takes_dictionary_and_all_modalities(tmp_path):
    dictionary = tmp_path / "groups.yaml"
    dictionary.write_text(DICTIONARY, encoding="utf-8")
    data = tmp_path / "in.jsonl"
    data.write_text("".join(json.dumps({"text": t, "date": "2024-03-04"}) + "\n"
                            for t in (NEGATED, WITH_GROUP)), encoding="utf-8")
    code = CliRunner().invoke(cli, ["code", str(data), "--format", "jsonl", "--all-modalities",
                                    "--dictionary", str(dictionary)])
    assert code.exit_code == 0, code.output
    from_code = sorted(json.loads(line)["id"] for line in code.stdout.splitlines())
    for jobs in ("1", "2"):  # in this process, and on a pool of worker processes
        db = tmp_path / f"j{jobs}.duckdb"
        result = CliRunner().invoke(cli, ["ingest", str(data), "--db", str(db), "-j", jobs,
                                          "--all-modalities", "--dictionary", str(dictionary)])
        assert result.exit_code == 0, result.output
        con = duckdb.connect(str(db), read_only=True)
        try:
            ids = [r[0] for r in con.execute("SELECT id FROM mentions ORDER BY id").fetchall()]
            codes = {r[0] for r in con.execute("SELECT source_code FROM mentions").fetchall()}
            modalities = {r[0] for r in con.execute("SELECT modality FROM mentions").fetchall()}
        finally:
            con.close()
        assert ids == from_code
        assert "ETHREB" in codes and modalities & {"negated", "denied"}
