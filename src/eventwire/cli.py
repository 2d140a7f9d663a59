"""The command line: builds settings, calls the library, turns errors into one-line messages."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from itertools import chain
from pathlib import Path

import click
from rich.console import Console

from . import guard, output
from .budget import DEFAULT_SECONDS
from .coder import Coder, Settings
from .corpus.engine import code_each
from .errors import EventwireError, InputError, InputTooLargeError
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


@cli.command()
@click.argument("file", type=click.Path(dir_okay=False, allow_dash=True))
@click.option("--date", help="Publication date YYYY-MM-DD (else taken from the URL).")
@click.option("--url", help="The article's URL.")
@click.option("--format", "fmt", type=click.Choice(output.FORMATS), default="table",
              show_default=True, help="table, json (one object per article), jsonl (one event "
              "per line) or csv (one event per row).")
@click.option("--dictionary", "dictionaries", multiple=True, type=click.Path(dir_okay=False),
              help="A YAML or CSV dictionary adding or overriding actors and lexicon entries "
              "(repeatable; see docs/dictionaries.md).")
@click.option("--all-events", "--all-modalities", "all_modalities", is_flag=True,
              help="Keep what the default policy leaves out (docs/policy.md): negated, denied, "
              "hypothetical and background events (labelled) and events with no target.")
@click.option("--max-chars", type=click.IntRange(min=1), default=guard.MAX_CHARS,
              show_default=True, help="Refuse articles longer than this many characters.")
@click.option("--time-budget", type=click.FloatRange(min=0), default=DEFAULT_SECONDS,
              show_default=True, help="Seconds of coding per article before it is rejected "
              "(reason time-budget); 0 for no limit.")
def code(file: str, date: str | None, url: str | None, fmt: str, dictionaries: tuple[str, ...],
         all_modalities: bool, max_chars: int, time_budget: float) -> None:
    """Code one article (a text file, or - for stdin) or a .jsonl file of articles.

    Example: eventwire code article.txt --date 2020-10-01 --format json
    """
    settings = Settings(max_chars=max_chars, keep_all_modalities=all_modalities,
                        dictionaries=tuple(Path(d) for d in dictionaries),
                        time_budget=time_budget or None)
    rejected = coded_n = 0
    single = not file.endswith(".jsonl")
    try:
        check_date(date, label="--date")
        # every record is read and checked before the model loads: bad input fails fast
        items: Iterator[tuple[str, Article | guard.Rejected]] = (
            iter([_single(file, date, url, max_chars)]) if single else _jsonl(file, max_chars))

        def articles() -> Iterator[Article]:
            nonlocal rejected
            for where, item in items:
                if isinstance(item, guard.Rejected):
                    rejected += 1
                    click.echo(f"eventwire: rejected: {_one_line(item.message)}", err=True)
                    continue
                names[id(item)] = where
                yield item

        names: dict[int, str] = {}
        stream = articles()
        first_article = next(stream, None)
        if first_article is not None:
            coder = Coder(settings)
            console = Console(width=None if sys.stdout.isatty() else 140)
            for art, result in code_each(coder, chain([first_article], stream)):
                where = names.pop(id(art))
                if isinstance(result, InputError):
                    if single:
                        _fail(_named(where, str(result)))
                    rejected += 1
                    click.echo(f"eventwire: rejected: {_named(where, str(result))}", err=True)
                    continue
                _print_coded(result, fmt, console, first=coded_n == 0)
                coded_n += 1
    except EventwireError as exc:
        _fail(str(exc))
    if rejected:
        click.echo(f"eventwire: {rejected} record(s) rejected, {coded_n} coded", err=True)
        sys.exit(1)


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


def _read_bytes(file: str, limit: int) -> bytes:
    """The whole input, refused unread when it is far over the size limit."""
    if file == "-":
        data = sys.stdin.buffer.read(limit + 1)
    else:
        path = Path(file)
        if not path.is_file():
            raise InputError("no such file", record=file)
        data = b"x" * (limit + 1) if path.stat().st_size > limit else path.read_bytes()
    if len(data) > limit:
        raise InputTooLargeError(f"over {limit:,} bytes, too large for one article of at most "
                                 "--max-chars characters", record="stdin" if file == "-" else file)
    return data


def _single(file: str, date: str | None, url: str | None,
            max_chars: int) -> tuple[str, Article | guard.Rejected]:
    name = "stdin" if file == "-" else file
    data = _read_bytes(file, 4 * max_chars)
    text = guard.decode(data, name=name)
    return name, guard.make_article(text, date=date, url=url, name=name, max_chars=max_chars)


def _jsonl(file: str, max_chars: int) -> Iterator[tuple[str, Article | guard.Rejected]]:
    from .corpus.read import read_lines

    name = "stdin" if file == "-" else file
    if file == "-":
        for key, item in read_lines(sys.stdin.buffer, name=name, max_chars=max_chars):
            yield f"{name} line {key.rsplit(':', 1)[1]}", item
        return
    path = Path(file)
    if not path.is_file():
        raise InputError("no such file", record=file)
    with path.open("rb") as lines:
        for key, item in read_lines(lines, name=file, max_chars=max_chars):
            yield f"{file} line {key.rsplit(':', 1)[1]}", item


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
@click.option("--dictionary", "dictionaries", multiple=True, type=click.Path(dir_okay=False),
              help="Extra dictionaries to load, as for `code`.")
def eval_(gold: tuple[str, ...], report: str | None, dictionaries: tuple[str, ...]) -> None:
    """Score the coder against gold files: article gold JSON, PLOVER gold-standard records,
    CAMEO example sentences (CSV), or a dev-set folder (manifest.jsonl, hand-coded articles and
    sentence labels); the format is told apart by content.

    Example: eventwire eval my-article.gold.json --report report.json
    """
    import json

    from . import evaluate

    try:
        coder = Coder(Settings(dictionaries=tuple(Path(d) for d in dictionaries)))
        summaries = []
        for path in gold:
            s = evaluate.evaluate(Path(path), coder)
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


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--db", default="events.duckdb", show_default=True, type=click.Path(path_type=Path),
              help=DB_HELP)
@click.option("-j", "--jobs", type=click.IntRange(min=0), default=0, show_default=True,
              help="Worker processes (0 = all cores; 1 = in this process).")
@click.option("--engine", type=click.Choice(["local", "ray"]), default="local", show_default=True,
              help="local: a process pool; ray: one pool of Ray actors for the run (a model per "
              "actor) writing Parquet parts the store then takes in.")
@click.option("--ray-address", help="Address of a running Ray cluster (default: start one here).")
@click.option("--parts-dir", type=click.Path(path_type=Path),
              help="Where Ray workers write their Parquet parts; on a cluster, a folder every "
              "node reaches (default: <db>.parts beside the store).")
@click.option("--batch-size", type=click.IntRange(min=1), default=32, show_default=True,
              help="Articles per batch.")
@click.option("--text-field", default="text", show_default=True)
@click.option("--id-field", default="id", show_default=True)
@click.option("--date-field", default="date", show_default=True)
@click.option("--url-field", default="url", show_default=True)
@click.option("--title-field", default="title", show_default=True)
@click.option("--source-field", default="source", show_default=True)
@click.option("--max-chars", type=click.IntRange(min=1), default=guard.MAX_CHARS,
              show_default=True)
def ingest(paths: tuple[Path, ...], db: Path, jobs: int, engine: str, ray_address: str | None,
           parts_dir: Path | None, batch_size: int, text_field: str, id_field: str, date_field: str, url_field: str,
           title_field: str, source_field: str, max_chars: int) -> None:
    """Code files and folders (.txt .html .json .jsonl .csv, optionally .gz) into an event store.
    Articles already stored are skipped; a killed run can simply be started again.

    Example: eventwire ingest news/ --db events.duckdb -j 2
    """
    from rich.progress import BarColumn, Progress, TextColumn, TimeRemainingColumn

    from .corpus.ingest import count_inputs
    from .corpus.ingest import ingest as run
    from .corpus.read import Fields

    fields = Fields(text_field, id_field, date_field, url_field, title_field, source_field)
    try:
        total = count_inputs(list(paths))
        with Progress(TextColumn("[bold]ingest"), BarColumn(), TextColumn(
                "{task.completed}/{task.total} articles, {task.fields[rate]} art/s"),
                TimeRemainingColumn(), console=Console(stderr=True),
                transient=False) as bar:
            task = bar.add_task("ingest", total=total, rate="-")
            start = __import__("time").perf_counter()

            def tick(n: int) -> None:
                bar.advance(task, n)
                done = bar.tasks[0].completed
                elapsed = __import__("time").perf_counter() - start
                bar.update(task, rate=f"{done / elapsed:.1f}" if elapsed > 0 else "-")

            s = run(list(paths), db, jobs=jobs, engine=engine, ray_address=ray_address,
                    parts=parts_dir, batch_size=batch_size, fields=fields, max_chars=max_chars, progress=tick)
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


@cli.command()
@click.option("--db", default="events.duckdb", show_default=True, type=click.Path(path_type=Path),
              help=DB_HELP)
@click.option("--actor", help="Source or target code prefix, e.g. RUS or TURGOV.")
@click.option("--root", help="CAMEO root, e.g. 19.")
@click.option("--code", "cameo", help="CAMEO code, e.g. 0256.")
@click.option("--plover", help="PLOVER type, e.g. ASSAULT.")
@click.option("--since", help="First date, YYYY-MM-DD.")
@click.option("--until", help="Last date, YYYY-MM-DD.")
@click.option("--limit", default=50, show_default=True)
def events(db: Path, actor, root, cameo, plover, since, until, limit: int) -> None:
    """Print deduplicated events from the store.

    Example: eventwire events --actor RUS --root 19 --since 2020-09-27
    """
    from .store import Store

    try:
        with Store(db, read_only=True) as store:
            cols, rows = store.events(actor=actor, root=root, code=cameo, plover=plover,
                                      since=since, until=until, limit=limit)
    except EventwireError as exc:
        _fail(str(exc))
    _print_rows(cols, rows)


@cli.command()
@click.argument("sql")
@click.option("--db", default="events.duckdb", show_default=True, type=click.Path(path_type=Path),
              help=DB_HELP)
def query(sql: str, db: Path) -> None:
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
    _print_rows(cols, rows)


@cli.command(name="export")
@click.option("--db", default="events.duckdb", show_default=True, type=click.Path(path_type=Path),
              help=DB_HELP)
@click.option("--format", "fmt", type=click.Choice(["parquet", "csv", "jsonl", "plover", "gdelt"]),
              required=True)
@click.option("--table", default="events", show_default=True,
              help="For parquet, csv and jsonl: events, mentions, articles, actors, quotes or "
              "rejects.")
@click.option("--output", type=click.Path(path_type=Path), help="File to write (default stdout).")
def export_(db: Path, fmt: str, table: str, output: Path | None) -> None:
    """Export the store: parquet, csv, jsonl, PLOVER JSON lines, or GDELT 2.0 Events TSV.

    Example: eventwire export --format gdelt --output events.tsv
    """
    from .export import export
    from .store import Store

    if output is not None and not output.parent.is_dir():
        _fail(f"{output}: no such folder {str(output.parent)!r} to write into")
    try:
        with Store(db, read_only=True) as store:
            n = export(store, fmt, output, sys.stdout, table)
    except EventwireError as exc:
        _fail(str(exc))
    except OSError as exc:
        _fail(f"{output}: cannot write ({exc.strerror or exc})")
    click.echo(f"exported {n} rows", err=True)


def _print_rows(cols: list[str], rows: list[tuple]) -> None:
    from rich.table import Table

    # column names and values are data: printed as written, never read as rich markup
    table = Table()
    for c in cols:
        table.add_column(output.cell(c))
    for row in rows:
        table.add_row(*(output.cell(v) for v in row))
    Console(width=None if sys.stdout.isatty() else 160).print(table)


@cli.command()
@click.option("--db", default="events.duckdb", show_default=True, type=click.Path(path_type=Path),
              help=DB_HELP + " Opened read-only.")
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
    """Serve the HTTP API and the dashboard over an event store.

    Example: eventwire serve --db events.duckdb --port 8000
    """
    import uvicorn

    from .web.app import ServerSettings, create_app
    from .web.security import allowed_hosts as hosts_for
    from .web.security import is_loopback

    if not db.exists():
        _fail(f"{db}: no such event store; run `eventwire ingest` first")
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
    click.echo(f"eventwire: serving {db} on http://{shown}:{port}/ "
               f"({'the network' if not is_loopback(host) else 'this machine only'}); "
               f"Host names answered: {names}"
               + ("; /api/* needs 'Authorization: Bearer <token>' (plain HTTP: put a TLS proxy "
                  "in front)" if token else ""), err=True)
    uvicorn.run(create_app(db, settings), host=host, port=port, log_level="warning",
                server_header=False)
