"""The command line: builds settings, calls the library, turns errors into one-line messages."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import click
from rich.console import Console

from . import guard, output
from .coder import Coder, Settings
from .errors import EventwireError, InputError
from .records import Article


def _fail(message: str, code: int = 2) -> None:
    click.echo(f"eventwire: error: {message}", err=True)
    sys.exit(code)


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
@click.option("--all-modalities", is_flag=True,
              help="Keep negated, denied and hypothetical events (labelled) in the output.")
@click.option("--max-chars", type=int, default=guard.MAX_CHARS, show_default=True,
              help="Refuse articles longer than this many characters.")
def code(file: str, date: str | None, url: str | None, fmt: str, dictionaries: tuple[str, ...],
         all_modalities: bool, max_chars: int) -> None:
    """Code one article (a text file, or - for stdin) or a .jsonl file of articles.

    Example: eventwire code article.txt --date 2020-10-01 --format json
    """
    settings = Settings(max_chars=max_chars, keep_all_modalities=all_modalities,
                        dictionaries=tuple(Path(d) for d in dictionaries))
    try:
        coder = Coder(settings)
        rejected = 0
        if file.endswith(".jsonl"):
            items: Iterator = _jsonl(file, max_chars)
        else:
            items = iter([_single(file, date, url, coder)])
        good: list[Article] = []
        console = Console(width=None if sys.stdout.isatty() else 140)
        first = True

        def articles() -> Iterator[Article]:
            nonlocal rejected
            for item in items:
                if isinstance(item, guard.Rejected):
                    rejected += 1
                    click.echo(f"eventwire: rejected: {item.message}", err=True)
                    continue
                good.append(item)
                yield item

        for coded in coder.code_many(articles()):
            if fmt == "table":
                output.print_table(coded, console)
            elif fmt == "json":
                click.echo(output.to_json(coded))
            elif fmt == "jsonl":
                for line in output.to_jsonl(coded):
                    click.echo(line)
            else:
                click.echo(output.csv_text(output.csv_rows(coded), header=first), nl=False)
            first = False
    except InputError as exc:
        _fail(str(exc))
    except EventwireError as exc:
        _fail(str(exc))
    if rejected:
        click.echo(f"eventwire: {rejected} record(s) rejected, {len(good)} coded", err=True)
        sys.exit(1)


def _read_bytes(file: str) -> bytes:
    if file == "-":
        return sys.stdin.buffer.read()
    path = Path(file)
    if not path.exists():
        raise InputError("no such file", record=file)
    return path.read_bytes()


def _single(file: str, date: str | None, url: str | None, coder: Coder) -> Article:
    name = "stdin" if file == "-" else file
    data = _read_bytes(file)
    if len(data) > 4 * coder.settings.max_chars:
        raise InputError(f"{len(data):,} bytes is over the size limit", record=name)
    text = guard.decode(data, name=name)
    try:
        return coder.article(text, date=date, url=url, source=None)
    except InputError as exc:
        raise exc.with_record(name) from None


def _jsonl(file: str, max_chars: int) -> Iterator:
    if file == "-":
        yield from guard.read_jsonl(sys.stdin.buffer, name="stdin", max_chars=max_chars)
        return
    path = Path(file)
    if not path.exists():
        raise InputError("no such file", record=file)
    with path.open("rb") as lines:
        yield from guard.read_jsonl(lines, name=file, max_chars=max_chars)


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
@click.argument("gold", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@click.option("--report", type=click.Path(dir_okay=False),
              help="Write per-record expected / got / verdict, and confusion tables, as JSON.")
@click.option("--dictionary", "dictionaries", multiple=True, type=click.Path(dir_okay=False),
              help="Extra dictionaries to load, as for `code`.")
def eval_(gold: tuple[str, ...], report: str | None, dictionaries: tuple[str, ...]) -> None:
    """Score the coder against gold files: article gold JSON, PLOVER gold-standard records, or
    CAMEO example sentences (CSV); the format is told apart by content.

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
