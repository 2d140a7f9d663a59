"""Time series per actor or dyad (store, CLI, API, Python), DataFrame access to a store, and the
table/csv/json formats of `query`, `events` and `series`. The series are checked against a
recount of the events table in plain Python."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import warnings
from collections import Counter, defaultdict
from pathlib import Path

import pytest
from click.testing import CliRunner

import eventwire
from eventwire.cli import cli
from eventwire.errors import StoreError
from eventwire.store import QUAD_CLASSES, Store

# The team's own briefs; the days leave whole weeks and a month without events.
BRIEFS = [
    ("2024-01-01", "Kenya accused Uganda on Monday of moving troops to the border, officials said."),
    ("2024-01-03", "Ghana and Togo signed a trade agreement in Accra on Wednesday."),
    ("2024-01-04", "Kenya accused Uganda on Thursday of arming rebels in the north."),
    ("2024-01-24", "Ugandan police arrested two Kenyan traders in Busia on Wednesday."),
    ("2024-03-05", "The Kenyan foreign minister held talks with his Ugandan counterpart on "
                   "Tuesday in Nairobi."),
    ("2024-03-06", "Peruvian troops clashed with protesters in Puno on Wednesday, police said."),
]


@pytest.fixture(scope="module")
def db(coder, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("series") / "s.duckdb"
    docs = [coder.code(text, date=day).to_dict() for day, text in BRIEFS]
    with Store(path) as store:
        store.write(docs, [f"brief {n}" for n in range(len(docs))])
    return path


@pytest.fixture(scope="module")
def events(db) -> list[dict]:
    with Store(db, read_only=True) as store:
        cols, rows = store.query("SELECT * FROM events")
    rows = [dict(zip(cols, r, strict=True)) for r in rows]
    assert len({r["date"] for r in rows}) >= 4, "the briefs should give events on several days"
    return rows


def period_of(day: dt.date, every: str) -> dt.date:
    if every == "day":
        return day
    if every == "week":
        return day - dt.timedelta(days=day.weekday())
    return day.replace(day=1)


def recount(events: list[dict], by: str, every: str) -> dict[tuple, dict]:
    """The series, counted in Python from the events table."""
    out: dict[tuple, dict] = defaultdict(Counter)
    for e in events:
        if e["date"] is None or (by == "dyad" and e["target_code"] is None):
            continue
        keys = ([(e["source_code"], e["target_code"])] if by == "dyad" else
                [(a,) for a in {e["source_code"], e["target_code"]} - {None}])
        for key in keys:
            c = out[(*key, period_of(e["date"], every))]
            c["events"] += 1
            c["mentions"] += e["num_mentions"]
            c["goldstein_sum"] += e["goldstein"]
            c[QUAD_CLASSES[e["quad_class"]]] += 1
            if by == "actor":
                c["as_source"] += key[0] == e["source_code"]
                c["as_target"] += key[0] == e["target_code"]
    return out


def as_dicts(cols, rows) -> list[dict]:
    return [dict(zip(cols, r, strict=True)) for r in rows]


@pytest.mark.parametrize("by", ["actor", "dyad"])
@pytest.mark.parametrize("every", ["day", "week", "month"])
def test_series_agrees_with_a_recount_of_the_events(db, events, by, every):
    with Store(db, read_only=True) as store:
        cols, rows = store.series(by=by, every=every, fill=False)
    nkeys = 1 if by == "actor" else 2
    got = {tuple(r[:nkeys + 1]): {c: v for c, v in zip(cols[nkeys + 1:], r[nkeys + 1:],
                                                       strict=True) if v}
           for r in rows}
    want = recount(events, by, every)
    assert got.keys() == want.keys()
    for key, counts in want.items():
        counts["goldstein_sum"] = round(counts["goldstein_sum"], 2)
        assert got[key] == {c: v for c, v in counts.items() if v}, key


@pytest.mark.parametrize("every,step", [("day", 1), ("week", 7)])
def test_fill_gives_every_period_for_every_key(db, events, every, step):
    with Store(db, read_only=True) as store:
        cols, rows = store.series(by="dyad", every=every)
    rows = as_dicts(cols, rows)
    dated = [e["date"] for e in events if e["target_code"]]
    first, last = period_of(min(dated), every), period_of(max(dated), every)
    n_periods = (last - first).days // step + 1
    by_key = defaultdict(list)
    for r in rows:
        by_key[(r["source_code"], r["target_code"])].append(r["period"])
    for periods in by_key.values():
        assert periods == [first + dt.timedelta(days=step * i) for i in range(n_periods)]
    assert any(r["events"] == 0 for r in rows)  # the empty weeks are there, as zeros
    nonzero = {(r["source_code"], r["target_code"], r["period"]) for r in rows if r["events"]}
    assert nonzero == set(recount(events, "dyad", every))


def test_fill_runs_from_since_to_until_and_months_start_on_the_first(db):
    with Store(db, read_only=True) as store:
        cols, rows = store.series(by="actor", every="month", since="2023-12-15",
                                  until="2024-04-30", actor="KEN")
    rows = as_dicts(cols, rows)
    assert {r["actor"][:3] for r in rows} == {"KEN"}  # the actors asked for, not counterparts
    for actor in {r["actor"] for r in rows}:
        assert [r["period"] for r in rows if r["actor"] == actor] == [
            dt.date(2023, 12, 1), dt.date(2024, 1, 1), dt.date(2024, 2, 1), dt.date(2024, 3, 1),
            dt.date(2024, 4, 1)]
    feb = [r for r in rows if r["period"] == dt.date(2024, 2, 1)]
    assert feb and all(r["events"] == 0 and r["goldstein_sum"] == 0 for r in feb)


def test_top_keeps_the_busiest_keys(db, events):
    with Store(db, read_only=True) as store:
        cols, rows = store.series(by="dyad", every="month", top=2, fill=False)
    totals = Counter()
    for e in events:
        if e["target_code"] and e["date"]:
            totals[(e["source_code"], e["target_code"])] += 1
    kept = {(r[0], r[1]) for r in rows}
    assert len(kept) == 2
    assert min(totals[k] for k in kept) >= max(v for k, v in totals.items() if k not in kept)


def test_series_refuses_unknown_keys_and_periods(db):
    with Store(db, read_only=True) as store:
        with pytest.raises(StoreError, match="unknown series key"):
            store.series(by="country")
        with pytest.raises(StoreError, match="unknown period"):
            store.series(every="year")


def test_series_command_writes_csv_and_parquet(db, tmp_path):
    import pyarrow.parquet as pq

    with Store(db, read_only=True) as store:
        cols, rows = store.series(by="dyad", every="week")
    for name in ("w.csv", "w.parquet"):
        out = tmp_path / name
        result = CliRunner().invoke(cli, ["series", "--db", str(db), "--by", "dyad", "--every",
                                          "week", "--out", str(out)])
        assert result.exit_code == 0, result.output
        assert f"wrote {len(rows)} rows" in result.stderr
        if name.endswith(".parquet"):
            table = pq.read_table(out)
            assert table.column_names == cols
            assert [tuple(r.values()) for r in table.to_pylist()] == rows
        else:
            with out.open(encoding="utf-8") as fh:
                got = list(csv.reader(fh))
            assert got[0] == cols
            assert got[1:] == [[str(v) for v in r] for r in rows]
    bad = CliRunner().invoke(cli, ["series", "--db", str(db), "--out", str(tmp_path / "w.xlsx")])
    assert bad.exit_code == 2 and ".csv or .parquet" in bad.stderr


def _client(db):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # starlette's client warns that it prefers httpx2
        from fastapi.testclient import TestClient
    from eventwire.web.app import create_app

    return TestClient(create_app(db), base_url="http://127.0.0.1")


def test_series_endpoint(db):
    with Store(db, read_only=True) as store:
        cols, rows = store.series(by="actor", every="week", top=3, root="11")
    with _client(db) as client:
        r = client.get("/api/series", params={"by": "actor", "every": "week", "top": 3,
                                              "root": "11"})
        assert r.status_code == 200
        body = r.json()
        assert body["columns"] == cols and body["by"] == "actor" and body["every"] == "week"
        assert body["rows"] == json.loads(json.dumps(rows, default=str))
        for params, reason in (({"by": "country"}, "bad-parameter"),
                               ({"every": "year"}, "bad-parameter"),
                               ({"top": 0}, "bad-parameter"),
                               ({"since": "2024-02-30"}, "bad-date"),
                               ({"actor": "x" * 500}, "bad-parameter")):
            bad = client.get("/api/series", params=params)
            assert bad.status_code == 422 and bad.json()["reason"] == reason, params



def test_limit_gives_the_first_rows_only(db):
    with Store(db, read_only=True) as store:
        for fill in (True, False):
            cols, rows = store.series(by="dyad", every="day", fill=fill)
            assert len(rows) > 3
            assert store.series(by="dyad", every="day", fill=fill, limit=3) == (cols, rows[:3])


def test_a_huge_series_is_refused_without_being_fetched(db, monkeypatch):
    """By actor, per day over the whole calendar the validator allows: keys x 146,097 days,
    over a million rows for this small store. The API fetches one row past its limit and
    refuses (before, every row came into the server's memory first: +370 MB at its peak)."""
    from eventwire.web.app import MAX_SERIES_ROWS

    fetched = []
    query = Store.query

    def counting(self, sql, params=None):
        cols, rows = query(self, sql, params)
        fetched.append(len(rows))
        return cols, rows

    monkeypatch.setattr(Store, "query", counting)
    with _client(db) as client:
        r = client.get("/api/series", params={"by": "actor", "every": "day",
                                              "since": "1800-01-01", "until": "2199-12-31"})
    assert r.status_code == 422 and r.json()["reason"] == "too-large", r.text
    assert f"{MAX_SERIES_ROWS:,}" in r.json()["error"]
    assert fetched and max(fetched) == MAX_SERIES_ROWS + 1

# -- Python access --------------------------------------------------------------------------------
def test_open_store_gives_pandas_with_codes_as_strings(db, events):
    with eventwire.open_store(db) as store:
        df = store.events().to_pandas()
        assert len(df) == len(events)
        assert set(df["cameo"]) == {e["cameo"] for e in events}
        assert all(isinstance(v, str) for v in df["cameo"])
        assert any(v.startswith("0") for v in df["cameo"])  # "040", not the number 40
        assert all(isinstance(v, str) and len(v) == 2 for v in df["cameo_root"])
        mentions = store.table("mentions")
        assert len(mentions) == sum(e["num_mentions"] for e in events)
        assert mentions.to_arrow().schema.field("cameo").type == "string"
        kenya = store.events(actor="KEN", sort="-date").to_pylist()
        assert kenya and all("KEN" in (e["source_code"][:3], (e["target_code"] or "")[:3])
                             for e in kenya)
        assert [e["date"] for e in kenya] == sorted(e["date"] for e in kenya)
        assert len(store.events(limit=2, offset=1)) == 2


def test_open_store_series_and_sql(db):
    with Store(db, read_only=True) as plain:
        cols, rows = plain.series(by="dyad", every="month")
    with eventwire.open_store(db) as store:
        frame = store.series(by="dyad", every="month")
        assert frame.columns == cols
        assert [tuple(r.values()) for r in frame.to_pylist()] == rows
        counted = store.sql("SELECT cameo_root, count(*) AS n FROM events WHERE date >= ? "
                            "GROUP BY 1 ORDER BY 1", ["2024-01-01"]).to_pandas()
        assert list(counted.columns) == ["cameo_root", "n"] and counted["n"].sum() > 0
        with pytest.raises(StoreError, match="refused"):
            store.sql("COPY events TO 'leak.csv'")


def test_open_store_to_polars(db):
    with eventwire.open_store(db) as store:
        frame = store.events()
        try:
            import polars  # noqa: F401
        except ModuleNotFoundError:  # optional: a clear message, not an ImportError
            with pytest.raises(eventwire.EventwireError, match="pip install polars"):
                frame.to_polars()
            return
        df = frame.to_polars()
        assert str(df.schema["cameo"]) in ("String", "Utf8") and df.height == len(frame)


# -- formats of query, events and series ----------------------------------------------------------
def test_query_formats(db):
    sql = "SELECT date, source_code, cameo, goldstein FROM events ORDER BY ALL"
    with Store(db, read_only=True) as store:
        cols, rows = store.query(sql)
    as_csv = CliRunner().invoke(cli, ["query", sql, "--db", str(db), "--format", "csv"])
    assert as_csv.exit_code == 0, as_csv.output
    got = list(csv.reader(io.StringIO(as_csv.stdout)))
    assert got[0] == cols and got[1:] == [[str(v) for v in r] for r in rows]
    as_json = CliRunner().invoke(cli, ["query", sql, "--db", str(db), "--format", "json"])
    assert json.loads(as_json.stdout) == [
        {"date": r[0].isoformat(), "source_code": r[1], "cameo": r[2], "goldstein": r[3]}
        for r in rows]
    table = CliRunner().invoke(cli, ["query", sql, "--db", str(db)])
    assert "source_code" in table.stdout and "┃" in table.stdout


def test_events_take_the_api_filters(db, events):
    runner = CliRunner()

    def ids(*args: str) -> list[str]:
        r = runner.invoke(cli, ["events", "--db", str(db), "--format", "json", "--limit", "500",
                                *args])
        assert r.exit_code == 0, r.output
        return [e["id"] for e in json.loads(r.stdout)]

    with Store(db, read_only=True) as store:
        for args, filters in ((["--place", "nairobi"], {"place": "nairobi"}),
                              (["--modality", "asserted"], {"modality": "asserted"}),
                              (["--root", "11", "--sort", "-date"], {"root": "11"}),
                              (["--actor", "UGA", "--until", "2024-01-31"],
                               {"actor": "UGA", "until": "2024-01-31"})):
            sort = args[args.index("--sort") + 1] if "--sort" in args else "date"
            _, want = store.search(limit=500, sort=sort, **filters)
            assert ids(*args) == [e["id"] for e in want], args
    everything = ids()
    assert len(everything) == len(events)
    assert ids("--offset", "2", "--limit", "3")[:3] == everything[2:5]
    assert ids("--place", "no such place anywhere") == []
    bad = runner.invoke(cli, ["events", "--db", str(db), "--since", "2024-02-30"])
    assert bad.exit_code == 2 and "--since" in bad.stderr
