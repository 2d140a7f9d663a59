"""The command line: builds settings, calls the library, turns errors into one-line messages."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from itertools import chain
from pathlib import Path

import click
from click.core import ParameterSource
from rich.console import Console

from . import guard, output
from .budget import DEFAULT_SECONDS
from .coder import Coder, Settings
from .corpus.engine import code_each
from .errors import EventwireError, InputError
from .records import Article
from .validate import check_date


def _fail(message: str, code: int = 2) -> None:
    """One line on stderr (a multi-line library message is joined), then exit."""
    click.echo(f"eventwire: error: {_one_line(message)}", err=True)
    sys.exit(code)


def _one_line(message: str) -> str:
    """A message on one line, whatever file names or record text it quotes."""
    return output.cell(message).plain


@click.group()
@click.version_option(package_name="eventwire")
def cli() -> None:
    """eventwire: news articles in, who-did-what-to-whom events out (CAMEO and PLOVER)."""


def coder_options(command):
    """The options that make the coder's `Settings`, the same for `code` and `ingest`."""
    options = [
        click.option("--dictionary", "dictionaries", multiple=True,
                     help="A YAML or CSV dictionary adding or overriding actors and lexicon "
                     "entries, or PETRARCH dictionaries (a file or folder; told by content or a "
                     "petrarch: prefix) (repeatable; see docs/dictionaries.md)."),
        click.option("--all-events", "--all-modalities", "all_modalities", is_flag=True,
                     help="Keep what the default policy leaves out (docs/policy.md): negated, "
                     "denied, hypothetical and background events (labelled) and events with no "
                     "target."),
        click.option("--max-chars", type=click.IntRange(min=1), default=guard.MAX_CHARS,
                     show_default=True, help="Refuse articles longer than this many characters."),
        click.option("--time-budget", type=click.FloatRange(min=0), default=DEFAULT_SECONDS,
                     show_default=True, help="Seconds of coding per article before it is "
                     "rejected (reason time-budget); 0 for no limit."),
    ]
    for option in reversed(options):
        command = option(command)
    return command


ONLY_DICTIONARIES = click.option(
    "--only-dictionaries", is_flag=True,
    help="Code with the CAMEO codebook and the --dictionary files alone.")
SKIP_BAD_LINES = click.option(
    "--skip-bad-lines", is_flag=True,
    help="Skip malformed PETRARCH dictionary lines (each reported) instead of stopping.")


def _settings(dictionaries: tuple[str, ...], all_modalities: bool, max_chars: int,
              time_budget: float, *, only_dictionaries: bool = False,
              skip_bad_lines: bool = False) -> Settings:
    return Settings(max_chars=max_chars, keep_all_modalities=all_modalities,
                    dictionaries=tuple(Path(d) for d in dictionaries),
                    only_dictionaries=only_dictionaries, skip_bad_lines=skip_bad_lines,
                    time_budget=time_budget or None)


@cli.command()
@click.argument("file", type=click.Path(dir_okay=False, allow_dash=True))
@click.option("--date", help="Publication date YYYY-MM-DD (else the page's, the dateline's or "
              "the URL's).")
@click.option("--url", help="The article's URL.")
@click.option("--format", "fmt", type=click.Choice(output.FORMATS), default="table",
              show_default=True, help="table, json (one object per article), jsonl (one event "
              "per line) or csv (one event per row).")
@coder_options
@ONLY_DICTIONARIES
@SKIP_BAD_LINES
def code(file: str, date: str | None, url: str | None, fmt: str, dictionaries: tuple[str, ...],
         all_modalities: bool, max_chars: int, time_budget: float, only_dictionaries: bool,
         skip_bad_lines: bool) -> None:
    """Code one article (a text or HTML file, or - for stdin) or a file of articles (.jsonl,
    .json, .csv), gzipped or not: the same reader as `ingest`.

    Example: eventwire code article.txt --date 2020-10-01 --format json
    """
    from .corpus.read import read, read_stdin, record_name

    settings = _settings(dictionaries, all_modalities, max_chars, time_budget,
                         only_dictionaries=only_dictionaries, skip_bad_lines=skip_bad_lines)
    rejected = coded_n = 0
    try:
        check_date(date, label="--date")
        if file == "-":
            items = read_stdin(sys.stdin.buffer, max_chars=max_chars, date=date, url=url)
        else:
            if not Path(file).is_file():
                raise InputError("no such file", record=file)
            items = read([Path(file)], max_chars=max_chars, date=date, url=url)
        # the records are read and checked before the model loads: bad input fails fast

        def articles() -> Iterator[Article]:
            nonlocal rejected
            for key, item in items:
                if isinstance(item, guard.Rejected):
                    if key == file or key == "stdin":  # the whole input: nothing else to code
                        _fail(item.message)
                    rejected += 1
                    click.echo(f"eventwire: rejected: {_one_line(item.message)}", err=True)
                    continue
                names[id(item)] = key
                yield item

        names: dict[int, str] = {}
        stream = articles()
        first_article = next(stream, None)
        if first_article is not None:
            coder = _coder(settings)
            console = Console(width=None if sys.stdout.isatty() else 140)
            for art, result in code_each(coder, chain([first_article], stream)):
                key = names.pop(id(art))
                if isinstance(result, InputError):
                    if key == file or key == "stdin":
                        _fail(_named(record_name(key), str(result)))
                    rejected += 1
                    click.echo(f"eventwire: rejected: {_named(record_name(key), str(result))}",
                               err=True)
                    continue
                _print_coded(result, fmt, console, first=coded_n == 0)
                coded_n += 1
    except EventwireError as exc:
        _fail(str(exc))
    if rejected:
        click.echo(f"eventwire: {rejected} record(s) rejected, {coded_n} coded", err=True)
        sys.exit(1)


def _coder(settings: Settings):
    """eventwire's coder; with --only-dictionaries and PETRARCH dictionaries only, the PETRARCH
    pattern engine on those dictionaries alone. Skipped dictionary lines are reported."""
    from .petrarch import is_petrarch

    if settings.only_dictionaries and settings.dictionaries and all(
            is_petrarch(d) for d in settings.dictionaries):
        from .petrarch.coder import PetrarchCoder

        coder = PetrarchCoder(settings)
    else:
        coder = Coder(settings)
    for warning in getattr(getattr(coder, "knowledge", None), "warnings", ()):
        click.echo(f"warning: {warning}", err=True)  # dictionary lines skipped (--skip-bad-lines)
    return coder


def _print_coded(coded, fmt: str, console: Console, *, first: bool) -> None:
    if fmt == "table":
        output.print_table(coded, console)
    elif fmt == "json":
        click.echo(output.to_json(coded))
    elif fmt == "jsonl":
        for line in output.to_jsonl(coded):
            click.echo(line)
    else:
        click.echo(output.csv_text(output.csv_rows(coded), header=first), nl=False)


def _named(where: str, message: str) -> str:
    """A message that names its record once, on one line."""
    message = " ".join(message.split())
    return message if message.startswith(where) else f"{where}: {message}"


def main() -> None:
    try:
        cli(standalone_mode=True)
    except SystemExit:
        raise
    except KeyboardInterrupt:
        _fail("interrupted", 130)
    except Exception as exc:  # a bug, not bad input: one line, and ask for a report
        _fail(f"internal error ({type(exc).__name__}: {exc}); please report it with the input "
              "that caused it", 3)


@cli.command(name="eval")
@click.argument("gold", nargs=-1, required=True, type=click.Path(exists=True))
@click.option("--report", type=click.Path(dir_okay=False),
              help="Write per-record expected / got / verdict, and confusion tables, as JSON.")
@click.option("--dictionary", "dictionaries", multiple=True,
              help="Extra dictionaries to load, as for `code`.")
@ONLY_DICTIONARIES
@SKIP_BAD_LINES
@click.option("--json", "as_json", is_flag=True,
              help="Print one JSON object of figures per gold file instead of the text lines.")
def eval_(gold: tuple[str, ...], report: str | None, dictionaries: tuple[str, ...],
          only_dictionaries: bool, skip_bad_lines: bool, as_json: bool) -> None:
    """Score the coder against gold files: article gold JSON, PLOVER gold-standard records,
    CAMEO example sentences (CSV), a dev-set folder (manifest.jsonl, hand-coded articles and
    sentence labels), or a PETRARCH validation XML (coded with the dictionaries its
    <Environment> names); the format is told apart by content.

    Example: eventwire eval my-article.gold.json --report report.json
    """
    import json

    from . import evaluate

    try:
        coder = _coder(Settings(dictionaries=tuple(Path(d) for d in dictionaries),
                                only_dictionaries=only_dictionaries,
                                skip_bad_lines=skip_bad_lines))
        summaries = []
        for path in gold:
            s = evaluate.evaluate(Path(path), coder)
            if as_json:
                click.echo(json.dumps({"path": s.path, "kind": s.kind, **s.figures},
                                      ensure_ascii=False))
            else:
                for line in s.lines:
                    click.echo(line)
            summaries.append(s)
    except EventwireError as exc:
        _fail(str(exc))
    if report:
        Path(report).write_text(json.dumps(
            [{"path": s.path, "kind": s.kind, "figures": s.figures, **evaluate.confusion(s),
              "records": s.records} for s in summaries], indent=1, ensure_ascii=False),
            encoding="utf-8")


DB_HELP = "The DuckDB event store."


def db_option(text: str = DB_HELP):
    """--db, the event store, for `ingest` and every command that reads the store."""
    return click.option("--db", default="events.duckdb", show_default=True,
                        type=click.Path(path_type=Path), help=text)


DB = db_option()


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@DB
@click.option("-j", "--jobs", type=click.IntRange(min=0), default=0, show_default=True,
              help="Worker processes (0 = all cores; 1 = in this process).")
@click.option("--engine", type=click.Choice(["local", "ray"]), default="local", show_default=True,
              help="local: a process pool; ray: one pool of Ray actors for the run (a model per "
              "actor) writing Parquet parts the store then takes in.")
@click.option("--ray-address", help="Address of a running Ray cluster (default: start one here).")
@click.option("--parts-dir", type=click.Path(path_type=Path),
              help="Where workers write their Parquet parts; on a cluster, a folder every "
              "node reaches (default: Ray <db>.parts beside the store, a pool a temporary "
              "folder).")
@click.option("--batch-size", type=click.IntRange(min=1), default=32, show_default=True,
              help="Articles per batch.")
@click.option("--text-field", default="text", show_default=True)
@click.option("--id-field", default="id", show_default=True)
@click.option("--date-field", default="date", show_default=True)
@click.option("--url-field", default="url", show_default=True)
@click.option("--title-field", default="title", show_default=True)
@click.option("--source-field", default="source", show_default=True)
@coder_options
def ingest(paths: tuple[Path, ...], db: Path, jobs: int, engine: str, ray_address: str | None,
           parts_dir: Path | None, batch_size: int, text_field: str, id_field: str,
           date_field: str, url_field: str, title_field: str, source_field: str,
           dictionaries: tuple[str, ...], all_modalities: bool, max_chars: int,
           time_budget: float) -> None:
    """Code files and folders (.txt .html .json .jsonl .csv, optionally .gz) into an event store,
    with the reader and coder settings of `code`. Articles already stored are skipped; a killed
    run can simply be started again.

    Example: eventwire ingest news/ --db events.duckdb -j 2
    """
    import time

    from rich.progress import BarColumn, Progress, TextColumn, TimeRemainingColumn

    from .corpus.ingest import ingest as run
    from .corpus.read import Fields, count_records
    from .knowledge import check_user_files

    fields = Fields(text_field, id_field, date_field, url_field, title_field, source_field)
    settings = _settings(dictionaries, all_modalities, max_chars, time_budget)
    try:
        # at once, in one line (before the progress bar), not in every worker
        check_user_files(settings.dictionaries, skip_bad_lines=settings.skip_bad_lines)
        total = count_records(list(paths))
        with Progress(TextColumn("[bold]ingest"), BarColumn(), TextColumn(
                "{task.completed}/{task.total} articles, {task.fields[rate]} art/s"),
                TimeRemainingColumn(), console=Console(stderr=True),
                transient=False) as bar:
            task = bar.add_task("ingest", total=total, rate="-")
            start = time.perf_counter()

            def tick(n: int) -> None:
                bar.advance(task, n)
                done = bar.tasks[0].completed
                elapsed = time.perf_counter() - start
                bar.update(task, rate=f"{done / elapsed:.1f}" if elapsed > 0 else "-")

            s = run(list(paths), db, jobs=jobs, engine=engine, ray_address=ray_address,
                    parts=parts_dir, batch_size=batch_size, fields=fields, settings=settings,
                    progress=tick)
    except EventwireError as exc:
        _fail(str(exc))
    n_rejected = sum(s.rejected.values())
    for message in s.messages:
        click.echo(f"eventwire: rejected: {' '.join(message.split())}", err=True)
    if n_rejected > len(s.messages):
        click.echo(f"eventwire: ... and {n_rejected - len(s.messages)} more rejected "
                   "(all are in the rejects table)", err=True)
    if s.rebuilt:
        click.echo("eventwire: the events table disagreed with the mentions and was rebuilt",
                   err=True)
    rejected = ", ".join(f"{n} {r}" for r, n in sorted(s.rejected.items())) or "none"
    click.echo(f"coded {s.coded} articles ({s.mentions} event mentions, {s.events} events in "
               f"the store), skipped {s.skipped} already coded, rejected {n_rejected}"
               f" ({rejected}) in {s.seconds:.1f} s"
               + (f" on {len(s.nodes)} Ray nodes" if s.nodes else "") + f" -> {db}", err=True)
    if n_rejected:
        sys.exit(1)


def _filter_options(command):
    """The event filters of GET /api/events, for `events` and `series`."""
    options = [
        click.option("--actor", help="Source or target code prefix, e.g. RUS or TURGOV."),
        click.option("--root", help="CAMEO root, e.g. 19."),
        click.option("--code", "cameo", help="CAMEO code, e.g. 0256."),
        click.option("--plover", help="PLOVER type, e.g. ASSAULT."),
        click.option("--since", help="First date, YYYY-MM-DD."),
        click.option("--until", help="Last date, YYYY-MM-DD."),
        click.option("--place", help="Place name (part of it, accents ignored) or country code."),
        click.option("--modality", help="asserted, negated, denied, hypothetical, background..."),
    ]
    for option in reversed(options):
        command = option(command)
    return command


def _filters(actor, root, cameo, plover, since, until, place, modality) -> dict[str, str | None]:
    return {"actor": actor, "root": root, "code": cameo, "plover": plover,
            "since": check_date(since, label="--since"), "until": check_date(until, label="--until"),
            "place": place, "modality": modality}


ROW_FORMAT = click.option("--format", "fmt", type=click.Choice(output.ROW_FORMATS),
                          default="table", show_default=True,
                          help="table, csv (with a header row) or json (an array of objects).")


@cli.command()
@DB
@_filter_options
@click.option("--sort", type=click.Choice(["date", "-date", "mentions", "goldstein",
                                           "-goldstein"]), default="date", show_default=True,
              help="date (newest first), -date, mentions, goldstein (most hostile first), "
              "-goldstein.")
@click.option("--limit", default=50, show_default=True, type=click.IntRange(min=1))
@click.option("--offset", default=0, show_default=True, type=click.IntRange(min=0))
@ROW_FORMAT
def events(db: Path, actor, root, cameo, plover, since, until, place, modality, sort: str,
           limit: int, offset: int, fmt: str) -> None:
    """Print deduplicated events from the store, with the filters of GET /api/events.

    Example: eventwire events --actor RUS --root 19 --since 2020-09-27 --format csv
    """
    from .store import Store

    try:
        filters = _filters(actor, root, cameo, plover, since, until, place, modality)
        with Store(db, read_only=True) as store:
            cols, rows = store.events(limit=limit, offset=offset, sort=sort, **filters)
    except EventwireError as exc:
        _fail(str(exc))
    _print_rows(cols, rows, fmt)


@cli.command()
@click.argument("sql")
@DB
@ROW_FORMAT
def query(sql: str, db: Path, fmt: str) -> None:
    """Run read-only SQL on the store (tables: articles, mentions, events, actors, quotes,
    rejects). The connection sees the store and nothing else: no files (COPY, EXPORT, ATTACH,
    read_csv, glob), no network, no extensions, no SET.

    Example: eventwire query "SELECT cameo_root, count(*) FROM events GROUP BY 1 ORDER BY 2 DESC"
    """
    from .store import Store

    try:
        with Store(db, sealed=True) as store:
            cols, rows = store.query(sql)
    except EventwireError as exc:
        _fail(str(exc))
    _print_rows(cols, rows, fmt)


@cli.command()
@DB
@click.option("--by", type=click.Choice(["actor", "dyad"]), default="dyad", show_default=True,
              help="One series per actor code, or per source-target pair.")
@click.option("--every", type=click.Choice(["day", "week", "month"]), default="week",
              show_default=True, help="The period (weeks start on Monday).")
@click.option("--top", type=click.IntRange(min=1), help="Keep the N actors or dyads with the "
              "most events.")
@click.option("--fill/--no-fill", default=True, show_default=True, help="A row for every period "
              "from the first to the last (or --since to --until), zero where nothing happened.")
@_filter_options
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path),
              help="Write to this .csv or .parquet file instead of printing.")
@ROW_FORMAT
def series(db: Path, by: str, every: str, top: int | None, fill: bool, actor, root, cameo,
           plover, since, until, place, modality, out: Path | None, fmt: str) -> None:
    """Event counts, Goldstein sums and quad-class counts per actor or dyad per day, week or
    month: the time series event-data studies start from.

    Example: eventwire series --by dyad --every week --out dyads.parquet
    """
    from .tables import open_store

    if out is not None and out.suffix.lower() not in (".csv", ".parquet"):
        _fail(f"{out}: --out takes a .csv or .parquet file")
    if out is not None and not out.parent.is_dir():
        _fail(f"{out}: no such folder {str(out.parent)!r} to write into")
    try:
        filters = _filters(actor, root, cameo, plover, since, until, place, modality)
        with open_store(db) as store:
            frame = store.series(by=by, every=every, fill=fill, top=top, **filters)
    except EventwireError as exc:
        _fail(str(exc))
    rows = [tuple(r.values()) for r in frame.to_pylist()]
    if out is None:
        _print_rows(frame.columns, rows, fmt)
        return
    try:
        if out.suffix.lower() == ".parquet":
            import pyarrow.parquet as pq

            pq.write_table(frame.to_arrow(), out)
        else:
            out.write_text(output.rows_csv(frame.columns, rows), encoding="utf-8")
    except OSError as exc:
        _fail(f"{out}: cannot write ({exc.strerror or exc})")
    click.echo(f"wrote {len(frame)} rows ({by} x {every}) to {out}", err=True)


@cli.command(name="export")
@DB
@click.option("--format", "fmt", required=True, type=click.Choice(
    ["parquet", "csv", "jsonl", "plover", "gdelt", "gdelt-mentions"]))
@click.option("--table", default="events", show_default=True,
              help="For parquet, csv and jsonl: events, mentions, articles, actors, quotes or "
              "rejects.")
@click.option("--output", type=click.Path(path_type=Path), help="File to write (default stdout).")
def export_(db: Path, fmt: str, table: str, output: Path | None) -> None:
    """Export the store: parquet, csv, jsonl, PLOVER JSON lines, or GDELT 2.0 Events or
    Mentions TSV (docs/exports.md).

    Example: eventwire export --format gdelt --output events.tsv
    """
    from .export import export
    from .store import Store

    if output is not None and not output.parent.is_dir():
        _fail(f"{output}: no such folder {str(output.parent)!r} to write into")
    try:
        with Store(db, read_only=True) as store:
            done = export(store, fmt, output, sys.stdout, table)
    except EventwireError as exc:
        _fail(str(exc))
    except OSError as exc:
        _fail(f"{output}: cannot write ({exc.strerror or exc})")
    left = "".join(f", left out {n} {why}" for why, n in sorted(done.left_out.items()))
    click.echo(f"exported {done.rows} rows{left}", err=True)


def _print_rows(cols: list[str], rows: list[tuple], fmt: str = "table") -> None:
    output.print_rows(cols, rows, fmt, Console(width=None if sys.stdout.isatty() else 160))


@cli.command()
@db_option(DB_HELP + " Opened read-only.")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Interface to bind (loopback by default; any other needs --token).")
@click.option("--port", default=8000, show_default=True)
@click.option("--allowed-host", "allowed_hosts", multiple=True, metavar="NAME",
              help="A Host name to answer to besides localhost, 127.0.0.1 and ::1 (repeatable), "
              "e.g. the name a reverse proxy forwards.")
@click.option("--token", envvar="EVENTWIRE_TOKEN", show_envvar=True,
              help="Require 'Authorization: Bearer TOKEN' on /api/* (at least 16 characters; "
              "needed to bind beyond loopback). Prefer the environment variable.")
@click.option("--code-timeout", type=click.FloatRange(min=0.1), default=20.0, show_default=True,
              help="Seconds of coding one POST /api/code may take (then 422, time-budget).")
@click.option("--code-workers", type=click.IntRange(min=1), default=1, show_default=True,
              help="Processes coding POST /api/code (each loads the model, about 300 MB).")
def serve(db: Path, host: str, port: int, allowed_hosts: tuple[str, ...], token: str | None,
          code_timeout: float, code_workers: int) -> None:
    """Serve the HTTP API and the dashboard over an event store. Without one (no --db and no
    events.duckdb here) only the Article view is served: it codes pasted text.

    Example: eventwire serve --db events.duckdb --port 8000
    """
    import uvicorn

    from .web.app import ServerSettings, create_app
    from .web.security import allowed_hosts as hosts_for
    from .web.security import is_loopback

    store: Path | None = db
    if not db.exists():
        if click.get_current_context().get_parameter_source("db") != ParameterSource.DEFAULT:
            _fail(f"{db}: no such event store; run `eventwire ingest` first")
        store = None
    token = token.strip() if token else None
    if token is not None and len(token) < 16:
        _fail("the token is too short: use at least 16 characters, e.g. "
              "python -c 'import secrets; print(secrets.token_urlsafe(24))'")
    if not is_loopback(host) and token is None:
        _fail(f"--host {host} serves beyond this machine: give a token (--token or "
              "EVENTWIRE_TOKEN) that every API request must carry, or bind 127.0.0.1")
    settings = ServerSettings(bind=host, allowed_hosts=allowed_hosts, token=token,
                              code_timeout=code_timeout, code_workers=code_workers)
    shown = f"[{host}]" if ":" in host else host
    names = ", ".join(sorted(hosts_for(allowed_hosts, host)))
    click.echo(f"eventwire: serving {db if store else 'no event store (the Article view only)'} "
               f"on http://{shown}:{port}/ "
               f"({'the network' if not is_loopback(host) else 'this machine only'}); "
               f"Host names answered: {names}"
               + ("; /api/* needs 'Authorization: Bearer <token>' (plain HTTP: put a TLS proxy "
                  "in front)" if token else ""), err=True)
    uvicorn.run(create_app(store, settings), host=host, port=port, log_level="warning",
                server_header=False)
