"""Click commands of the event store: ``ingest``, ``query``, ``timeline``, ``export``.

Each command parses options, calls one library function and turns domain errors into
``click.ClickException`` (after ``datasette/cli.py``). Register them on the main group with
``cli.add_command(ingest)`` etc.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable
from typing import Any

import click

from chronist.errors import ChronistError

# duckdb, pandas and matplotlib are imported inside the commands: `chronist --help` stays fast.

DB_OPTION = click.option(
    "--db", "db", required=True, type=click.Path(dir_okay=False),
    help="DuckDB database file of the event store.",
)


def _date(ctx: click.Context, param: click.Parameter, value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise click.BadParameter(f"expected YYYY-MM-DD, got {value!r}") from exc


def filter_options(fn: Callable[..., Any]) -> Callable[..., Any]:
    """Add the shared event filters (``--type``, ``--actor-country``, ...) to a command."""
    opts = [
        click.option("--type", "types", multiple=True, metavar="TYPE",
                     help="PLOVER event type (repeatable), e.g. --type ASSAULT."),
        click.option("--actor-country", multiple=True, metavar="ISO3",
                     help="Keep events with an actor of this country (repeatable)."),
        click.option("--recipient-country", multiple=True, metavar="ISO3",
                     help="Keep events with a recipient of this country (repeatable)."),
        click.option("--quad", "quad_class", multiple=True, type=click.IntRange(1, 4),
                     help="CAMEO quad class 1-4 (repeatable)."),
        click.option("--from", "date_from", callback=_date, metavar="YYYY-MM-DD",
                     help="First event date (inclusive)."),
        click.option("--to", "date_to", callback=_date, metavar="YYYY-MM-DD",
                     help="Last event date (inclusive)."),
        click.option("--near", metavar="LAT,LON,KM",
                     help="Events located within KM km of LAT,LON."),
        click.option("--min-reports", type=int, default=0, show_default=True,
                     help="Only events reported by at least this many articles."),
    ]
    for opt in reversed(opts):
        fn = opt(fn)
    return fn


def _filters(kw: dict) -> Any:
    from chronist.store._query import Filters, parse_near

    near = kw.pop("near", None)
    try:
        point = parse_near(near) if near else None
    except ChronistError as exc:
        raise click.BadParameter(str(exc), param_hint="--near") from exc
    return Filters(
        types=list(kw.pop("types", ()) or ()),
        actor_country=list(kw.pop("actor_country", ()) or ()),
        recipient_country=list(kw.pop("recipient_country", ()) or ()),
        quad_class=list(kw.pop("quad_class", ()) or ()),
        date_from=kw.pop("date_from", None),
        date_to=kw.pop("date_to", None),
        near=point,
        min_reports=kw.pop("min_reports", 0) or 0,
    )


def _open(db: str, *, read_only: bool):
    from chronist.store._store import Store

    # ingestion is many small transactions: one DuckDB thread is as fast and shares the CPU
    return Store(db, read_only=read_only, threads=None if read_only else 1)


class _LazyPipeline:
    """Loads :class:`chronist.pipeline.Pipeline` only when an article needs coding, so a
    re-ingest of stored articles does not pay for loading the models."""

    def __init__(self, **options: Any):
        self.options = options

    @staticmethod
    def too_long(article: Any) -> str | None:
        from chronist.pipeline import too_long

        return too_long(article)

    def code_articles(self, articles: Any) -> Any:
        it = iter(articles)
        first = next(it, None)
        if first is None:
            return
        import itertools

        from chronist.pipeline import Pipeline

        yield from Pipeline(**self.options).code_articles(itertools.chain([first], it))


@click.command("ingest")
@click.argument("inputs", nargs=-1, required=False)
@DB_OPTION
@click.option("--model", default=None, help="spaCy pipeline name or path (default: best installed).")
@click.option("--batch-size", default=32, show_default=True, type=click.IntRange(1, 4096),
              help="Articles per pipeline batch.")
@click.option("--keep-actorless", is_flag=True,
              help="Also store events without an actor (as `chronist code --keep-actorless`).")
@click.option("--no-link", is_flag=True, help="Do not link reports into event clusters.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
def ingest(inputs: tuple[str, ...], db: str, model: str | None, batch_size: int,
           keep_actorless: bool, no_link: bool, quiet: bool) -> None:
    """Code INPUT files/folders ("-" for stdin) and store their events in --db.

    Without INPUT, only create the database or apply pending schema migrations.

    Idempotent (an article already stored with the same content is skipped) and resumable
    (each article is committed with its events; rerun after an interruption).
    """
    from chronist.io import read_inputs
    from chronist.store._ingest import ingest as ingest_

    if not inputs:  # just create or migrate the store
        try:
            with _open(db, read_only=False) as store:
                click.echo(f"{db}: schema version {store.schema_version}, "
                           f"{store.count('articles')} articles, {store.count('events')} events")
        except ChronistError as exc:
            raise click.ClickException(str(exc)) from exc
        return
    try:
        with _open(db, read_only=False) as store:
            pipe = _LazyPipeline(model=model, batch_size=batch_size,
                                 require_actor=not keep_actorless)
            bar = None if quiet else click.progressbar(length=0, label="articles", file=sys.stderr)

            def tick(article: Any, status: str, n: int) -> None:
                if bar is not None:
                    bar.update(1)

            stats = ingest_(read_inputs(inputs), pipe, store, link=not no_link, on_article=tick)
            n_clusters = store.count("event_clusters")
    except ChronistError as exc:
        raise click.ClickException(str(exc)) from exc
    for err in stats.errors:
        click.echo(f"skipped: {err}", err=True)
    click.echo(
        f"{stats.added} added, {stats.replaced} replaced, {stats.unchanged} unchanged, "
        f"{stats.events} events stored, {len(stats.errors)} unreadable; "
        f"{n_clusters} event clusters in {db}"
    )
    if stats.errors:
        sys.exit(1)  # as `chronist code`: some input was not stored


def _cannot_write(output: str, exc: OSError) -> click.ClickException:
    """The one-line error for an output path that cannot be written."""
    return click.ClickException(f"{output}: cannot write: {exc.strerror or exc}")


def _emit(df: Any, fmt: str, output: str | None) -> None:
    if fmt == "parquet":
        if not output:
            raise click.UsageError("--format parquet needs -o/--output FILE")
        from chronist.io import atomic_path

        try:
            with atomic_path(output) as tmp:
                df.to_parquet(tmp, index=False)
        except OSError as exc:
            raise _cannot_write(output, exc) from exc
        click.echo(f"{len(df)} rows written to {output}", err=True)
        return
    if fmt == "csv":
        text = df.to_csv(index=False)
    elif fmt == "jsonl":
        text = df.to_json(orient="records", lines=True, date_format="iso", force_ascii=False)
    else:
        import pandas as pd

        with pd.option_context("display.max_rows", 200, "display.max_columns", 30,
                               "display.width", 200, "display.max_colwidth", 40):
            text = df.to_string(index=False) if len(df) else "(no rows)"
        text += "\n"
    if output:
        from chronist.io import atomic_path

        try:
            with atomic_path(output) as tmp:
                tmp.write_text(text, encoding="utf-8")
        except OSError as exc:
            raise _cannot_write(output, exc) from exc
    else:
        click.echo(text, nl=False)


@click.command("query")
@DB_OPTION
@click.option("--sql", default=None, help="SQL to run (tables: articles, events, event_actors, "
              "places, event_clusters; view events_flat). Not combinable with filters.")
@filter_options
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "jsonl", "parquet"]),
              default="table", show_default=True)
@click.option("--output", "-o", default=None, type=click.Path(dir_okay=False),
              help="Write to this file instead of stdout.")
@click.option("--limit", type=int, default=None, help="At most this many rows.")
def query(db: str, sql: str | None, fmt: str, output: str | None, limit: int | None,
          **kw: Any) -> None:
    """Query the event store with SQL or with filters; print a table, CSV, JSONL or Parquet."""
    from chronist.store._query import Filters, query_events, run_sql

    filters = _filters(kw)
    try:
        with _open(db, read_only=True) as store:
            if sql is not None:
                if filters != Filters():
                    raise click.UsageError("--sql cannot be combined with filter options")
                df = run_sql(store, sql)
            else:
                df = query_events(store, filters)
    except ChronistError as exc:
        raise click.ClickException(str(exc)) from exc
    if limit is not None:
        df = df.head(limit)
    _emit(df, fmt, output)


@click.command("timeline")
@DB_OPTION
@filter_options
@click.option("--output", "-o", required=True, type=click.Path(dir_okay=False),
              help="chart.png, chart.svg or chart.html.")
@click.option("--freq", type=click.Choice(["day", "week", "month"]), default="week",
              show_default=True)
@click.option("--by", type=click.Choice(["type", "quad"]), default="type", show_default=True,
              help="Colour counts by PLOVER type or by quad class.")
@click.option("--dyads", "n_dyads", type=click.IntRange(1, 50), default=12, show_default=True,
              help="Number of top actor-recipient dyads to draw.")
@click.option("--title", default=None, help="Figure title.")
def timeline(db: str, output: str, freq: str, by: str, n_dyads: int, title: str | None,
             **kw: Any) -> None:
    """Draw event counts over time and the top actor-to-recipient dyads (PNG/SVG/HTML)."""
    from chronist.store._timeline import render_timeline

    filters = _filters(kw)
    try:
        with _open(db, read_only=True) as store:
            path = render_timeline(store, output, filters=filters, freq=freq, by=by,
                                   n_dyads=n_dyads, title=title)
    except ChronistError as exc:
        raise click.ClickException(str(exc)) from exc
    except OSError as exc:
        raise _cannot_write(output, exc) from exc
    click.echo(f"timeline written to {path}")


@click.command("export")
@DB_OPTION
@click.option("--format", "fmt", type=click.Choice(["parquet", "polecat", "cameo"]),
              required=True, help="parquet: folder partitioned by year/month; polecat: "
              "POLECAT-style TSV; cameo: CAMEO dyadic CSV.")
@click.option("--output", "-o", required=True, type=click.Path(),
              help="Output folder (parquet) or file.")
@filter_options
def export(db: str, fmt: str, output: str, **kw: Any) -> None:
    """Export events as Parquet (by month), POLECAT-style TSV or CAMEO dyadic CSV."""
    from chronist.store._export import export_cameo_csv, export_parquet, export_polecat_tsv

    if not output.strip():
        raise click.UsageError("-o/--output needs a file or folder name")
    filters = _filters(kw)
    fn = {"parquet": export_parquet, "polecat": export_polecat_tsv, "cameo": export_cameo_csv}[fmt]
    try:
        with _open(db, read_only=True) as store:
            n = fn(store, output, filters=filters)
    except ChronistError as exc:
        raise click.ClickException(str(exc)) from exc
    except OSError as exc:
        raise _cannot_write(output, exc) from exc
    click.echo(f"{n} rows exported to {output}")


COMMANDS = (ingest, query, timeline, export)
