"""Commands over the graph across articles: actors, actor, events, claims, conflicts,
timeline, export, confirm/split (resolution decisions) and evaluate-graph. Each parses
options, calls the library and prints; errors become clean messages."""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import click

from newsgraph.errors import NewsgraphError
from newsgraph.resolve.graph import Graph, graph_from_store
from newsgraph.settings import Settings
from newsgraph.store.base import Decision
from newsgraph.store.sql import SqlStore, open_store

LOGGER = logging.getLogger(__name__)

_DB = click.option("--db", default=None, help="Database URL or SQLite path (default: ./newsgraph.db).")


@contextmanager
def _store(ctx: click.Context, db: str | None) -> Iterator[SqlStore]:
    base: Settings = ctx.obj["settings"] if ctx.obj else Settings.from_env()
    url = db or base.db
    try:
        store = open_store(url)
    except NewsgraphError as error:
        raise click.ClickException(str(error)) from error
    try:
        yield store
    except NewsgraphError as error:
        raise click.ClickException(str(error)) from error
    finally:
        store.close()


def _graph(ctx: click.Context, db: str | None) -> Graph:
    with _store(ctx, db) as store:
        return graph_from_store(store)


@click.command()
@_DB
@click.option("--search", default=None, help="Only actors one of whose names contains this.")
@click.option("--limit", default=50, show_default=True)
@click.pass_context
def actors(ctx: click.Context, db: str | None, search: str | None, limit: int) -> None:
    """List actors across articles (names merged across spellings), most reported first."""
    from newsgraph.query.graph import list_actors

    for a in list_actors(_graph(ctx, db), search)[:limit]:
        others = [n for n in a.names if n != a.name]
        click.echo(
            f"{a.name}\t{a.kind}\t{a.country or ''}\t{a.sector or ''}\t{a.documents} articles"
            + (f"\taka {'; '.join(others)}" if others else "")
        )


@click.command()
@click.argument("name")
@_DB
@click.pass_context
def actor(ctx: click.Context, name: str, db: str | None) -> None:
    """Dossier of one actor: names, roles, affiliations, designations, events and claims."""
    from newsgraph.query.graph import describe_event, dossier

    graph = _graph(ctx, db)
    try:
        d = dossier(graph, name)
    except NewsgraphError as error:
        raise click.ClickException(str(error)) from error
    a = d.actor
    click.echo(f"{a.name} ({a.kind}; {a.country or 'country unknown'}; {a.sector or 'sector unknown'})")
    click.echo(f"  names: {'; '.join(a.names)}")
    click.echo(f"  in {a.documents} articles, {a.mentions} mentions")
    for label, values in (("roles", a.roles), ("affiliations", d.affiliations), ("designations", a.designations)):
        if values:
            click.echo(f"  {label}: {'; '.join(values)}")
    for label, events in (("events as actor", d.events_as_actor), ("events as recipient", d.events_as_recipient)):
        click.echo(f"  {label}: {len(events)}")
        for e in events:
            click.echo(f"    {e.date or '?'}  {describe_event(graph, e)}  [{e.articles} articles]")
    for label, claims in (("claims by", d.claims_by), ("claims about", d.claims_about)):
        click.echo(f"  {label}: {len(claims)}")
        for c in claims:
            click.echo(f"    {c.published or '?'}  {c.source or '?'}: {c.cue} | {c.content[:160]}")


@click.command()
@_DB
@click.option("--actor", "actor_name", default=None, help="Events whose actors include this name.")
@click.option("--recipient", default=None, help="Events whose recipients include this name.")
@click.option("--type", "event_type", default=None, help="PLOVER type (ASSAULT, CONSULT, ...).")
@click.option("--since", default=None, help="From this date (YYYY-MM-DD).")
@click.option("--until", default=None, help="Up to this date (YYYY-MM-DD).")
@click.option("--place", default=None, help="Events at a place whose name contains this.")
@click.pass_context
def events(
    ctx: click.Context,
    db: str | None,
    actor_name: str | None,
    recipient: str | None,
    event_type: str | None,
    since: str | None,
    until: str | None,
    place: str | None,
) -> None:
    """List events across articles, each once with its number of articles and outlets."""
    from newsgraph.query.graph import describe_event, list_events

    graph = _graph(ctx, db)
    found = list_events(
        graph, actor=actor_name, recipient=recipient, event_type=event_type, since=since, until=until, place=place
    )
    for e in found:
        click.echo(
            f"{e.date or '?'}\t{describe_event(graph, e)}\t{e.articles} articles\t{len(e.outlets)} outlets"
            f"\tfirst seen {e.first_seen}\tlast seen {e.last_seen}"
        )


@click.command()
@_DB
@click.option("--speaker", default=None, help="Claims by this actor.")
@click.option("--about", default=None, help="Claims about this actor.")
@click.pass_context
def claims(ctx: click.Context, db: str | None, speaker: str | None, about: str | None) -> None:
    """List claims with their speakers and sources."""
    from newsgraph.query.graph import list_claims

    graph = _graph(ctx, db)
    for c in list_claims(graph, speaker=speaker, about=about):
        who = ", ".join(graph.name(s) for s in c.speaker) or "(unnamed)"
        click.echo(f"{c.published or '?'}\t{c.source or '?'}\t{who}\t{c.cue}\t{c.stance}\t{c.content[:200]}")


@click.command()
@_DB
@click.pass_context
def conflicts(ctx: click.Context, db: str | None) -> None:
    """List conflicts across articles: incompatible values for one fact, with both sources."""
    from newsgraph.query.graph import list_conflicts

    for k in list_conflicts(_graph(ctx, db)):
        (sa, sb), (da, db_) = k.sources, k.dates
        click.echo(
            f"{k.topic}: {k.values[0]} ({sa}, {da}) vs {k.values[1]} ({sb}, {db_})"
            + (" [approximate]" if k.approximate else "")
        )


@click.command()
@click.argument("name")
@_DB
@click.pass_context
def timeline(ctx: click.Context, name: str, db: str | None) -> None:
    """One actor's events and statements in date order."""
    from newsgraph.query.graph import timeline as build_timeline

    try:
        entries = build_timeline(_graph(ctx, db), name)
    except NewsgraphError as error:
        raise click.ClickException(str(error)) from error
    for t in entries:
        click.echo(f"{t.date or '?'}\t{t.role}\t{t.what}\t{t.articles} articles\t{', '.join(t.outlets)}")


@click.command(name="export")
@click.argument("fmt", type=click.Choice(["records", "plover", "gdelt", "ftm", "graphml"]))
@_DB
@click.option(
    "-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=None, help="File (default: stdout)."
)
@click.pass_context
def export_cmd(ctx: click.Context, fmt: str, db: str | None, output: Path | None) -> None:
    """Export the store: records (JSONL), plover (JSONL), gdelt (TSV), ftm (FollowTheMoney JSONL), graphml."""
    from newsgraph.export import export

    graph = _graph(ctx, db)
    if output is None:
        n = export(graph, fmt, sys.stdout)
    else:
        with output.open("w", encoding="utf-8") as stream:
            n = export(graph, fmt, stream)
    click.echo(f"exported {n} items as {fmt}", err=True)


def _decide(ctx: click.Context, action: str, a: str, b: str, db: str | None, note: str | None) -> None:
    with _store(ctx, db) as store:
        store.decide(Decision(action=action, name_a=a, name_b=b, note=note))  # type: ignore[arg-type]
    click.echo(f"{action}: {a} / {b} (kept in the store; `newsgraph undecide` drops it)", err=True)


def _decision_command(action: str, doc: str) -> click.Command:
    """`confirm` and `split`: one command shape, one stored decision."""

    @click.command(name=action, help=doc)
    @click.argument("name_a")
    @click.argument("name_b")
    @_DB
    @click.option("--note", default=None, help="Why (kept with the decision).")
    @click.pass_context
    def command(ctx: click.Context, name_a: str, name_b: str, db: str | None, note: str | None) -> None:
        _decide(ctx, action, name_a, name_b, db, note)

    return command


confirm = _decision_command("confirm", "Confirm that two names are one actor (merged from now on).")
split = _decision_command("split", "Keep two names apart: they are never merged into one actor.")


@click.command()
@click.argument("name_a")
@click.argument("name_b")
@_DB
@click.pass_context
def undecide(ctx: click.Context, name_a: str, name_b: str, db: str | None) -> None:
    """Drop a confirm/split decision on two names."""
    with _store(ctx, db) as store:
        found = store.undecide(name_a, name_b)
    click.echo("dropped" if found else "no decision on those names", err=True)


@click.command()
@_DB
@click.pass_context
def decisions(ctx: click.Context, db: str | None) -> None:
    """List the confirm/split decisions kept in the store."""
    with _store(ctx, db) as store:
        for d in store.decisions():
            click.echo(f"{d.action}\t{d.name_a}\t{d.name_b}" + (f"\t{d.note}" if d.note else ""))


@click.command(name="evaluate-graph")
@click.argument("corpus", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--brief", is_flag=True, help="Leave out the lists of missed and false event pairs.")
@click.pass_context
def evaluate_graph(ctx: click.Context, corpus: Path, brief: bool) -> None:
    """Score actor merges, event clusters, syndication and conflicts against CORPUS/truth.yaml."""
    from newsgraph.eval.crossdoc import as_markdown, evaluate_corpus, load_truth
    from newsgraph.extract import ExtractOptions, Pipeline
    from newsgraph.ingest.readers import InputFormat, read_articles

    try:
        truth = load_truth(corpus)
        pipeline = Pipeline(ctx.obj["settings"])
    except NewsgraphError as error:
        raise click.ClickException(str(error)) from error
    files = sorted(p for p in corpus.iterdir() if p.suffix == ".txt")
    pairs = []
    for path in files:
        for item in read_articles((str(path),), InputFormat.AUTO):
            if isinstance(item, NewsgraphError):
                raise click.ClickException(str(item))
            pairs.append((path.name, pipeline.extract(item, ExtractOptions(include_text=False))))
    _, scores = evaluate_corpus(pairs, truth)
    click.echo(as_markdown(scores, str(corpus), details=not brief))


COMMANDS = (
    actors,
    actor,
    events,
    claims,
    conflicts,
    timeline,
    export_cmd,
    confirm,
    split,
    undecide,
    decisions,
    evaluate_graph,
)
