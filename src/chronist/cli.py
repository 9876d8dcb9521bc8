"""The ``chronist`` command line: a thin layer over the library (after datasette/sqlite-utils).

Exit status: 0 when every record was read and coded; 1 when some records failed (each failure is
one line on stderr naming the file and line or record; every good record is still coded);
2 for usage errors.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator

import click

from chronist.errors import E, ChronistError
from chronist.io import FORMATS, Article, ReadError, read_inputs


class _Failures:
    def __init__(self) -> None:
        self.count = 0

    def report(self, message: str) -> None:
        self.count += 1
        click.echo(f"error: {message}", err=True)


def _articles(inputs: Iterable[str], failures: _Failures) -> Iterator[Article]:
    for item in read_inputs(inputs):
        if isinstance(item, ReadError):
            failures.report(item.message)
        else:
            yield item


def _progress(iterable, *, enabled: bool):
    from tqdm import tqdm

    return tqdm(iterable, unit="article", file=sys.stderr, disable=None if enabled else True,
                dynamic_ncols=True)


def _pipeline(model, batch_size, include_aux, require_actor=True, add_events=None):
    from chronist.pipeline import Pipeline

    try:
        return Pipeline(model=model, batch_size=batch_size, include_aux=include_aux,
                        require_actor=require_actor, add_events=add_events)
    except ChronistError as exc:
        raise click.ClickException(str(exc)) from exc


def _doc_errors(article: Article, doc_errors: list[str] | None, failures: _Failures) -> None:
    for err in doc_errors or []:
        failures.report(E.E021.format(where=article.origin or article.doc_id, reason=err))


@click.group()
@click.version_option(package_name="chronist")
def cli() -> None:
    """Chronist: turn dated news text into PLOVER political event data."""


_inputs = click.argument("inputs", nargs=-1, required=True)
_model = click.option("--model", default=None, help="spaCy pipeline name or path (default: the best installed English model).")
_batch = click.option("--batch-size", default=32, show_default=True, type=click.IntRange(1), help="Documents per nlp.pipe batch.")


@cli.command("code")
@_inputs
@click.option("-o", "--output", type=click.Path(dir_okay=False), default=None, help="Output file (default: JSON Lines on stdout).")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default=None, help="Output format (default: from the file suffix, else jsonl).")
@click.option("--include-aux", is_flag=True, help="Also output negated and hypothetical events (they carry aux_modes).")
@click.option("--keep-actorless", is_flag=True, help="Also output events with no identified actor.")
@click.option("--engine", type=click.Choice(["local", "ray"]), default="local", show_default=True, help="Run locally or on a Ray cluster.")
@click.option("--ray-address", default=None, help="Address of an existing Ray cluster (with --engine ray).")
@click.option("--model-events", is_flag=True,
              help="Also code sentences the rules leave empty when the learned model is sure "
                   "(P(type) >= 0.5): more events found, about a fifth slower.")
@click.option("-j", "--n-process", default=1, show_default=True, type=click.IntRange(1),
              help="Worker processes for the local engine (one per core; each holds the models).")
@_model
@_batch
def code_cmd(inputs, output, fmt, include_aux, keep_actorless, engine, ray_address, model_events,
             n_process, model, batch_size):
    """Code INPUTS (header text files, .jsonl, .csv, directories, or - for stdin) into PLOVER
    event records, one per line."""
    from chronist.io import write_records

    failures = _Failures()
    suffix = output.rsplit(".", 1)[-1].lower() if output else ""
    fmt = fmt or (suffix if suffix in FORMATS else "jsonl")
    if output is None and fmt != "jsonl":
        raise click.UsageError("--format csv/parquet needs -o FILE")
    add_events = 0.5 if model_events else None
    if engine == "ray":
        from chronist.scale import code_with_ray

        records = code_with_ray(
            _articles(inputs, failures), model=model, batch_size=batch_size,
            include_aux=include_aux, require_actor=not keep_actorless, add_events=add_events,
            address=ray_address,
            on_error=lambda where, msg: failures.report(E.E021.format(where=where, reason=msg)))
    elif n_process > 1:
        from chronist.scale import code_parallel

        pipe = _pipeline(model, batch_size, include_aux, not keep_actorless, add_events)
        records = code_parallel(
            _progress(_articles(inputs, failures), enabled=True), n_process=n_process,
            pipeline=pipe, chunk_size=8,
            on_error=lambda where, msg: failures.report(E.E021.format(where=where, reason=msg)))
    else:
        pipe = _pipeline(model, batch_size, include_aux, not keep_actorless, add_events)

        def gen():
            for article, doc in _progress(pipe.annotate(_articles(inputs, failures)), enabled=True):
                _doc_errors(article, doc._.errors, failures)
                yield from pipe.records(article, doc)

        records = gen()
    if output is None:
        for rec in records:
            click.echo(json.dumps(rec, ensure_ascii=False))
    else:
        n = write_records(records, output, fmt=fmt)
        click.echo(f"{n} events written to {output}", err=True)
    if failures.count:
        click.echo(f"{failures.count} record(s) failed", err=True)
        sys.exit(1)


def annotation(article: Article, doc, records: list[dict]) -> dict:
    """The ``chronist annotate`` object for one document."""
    return {
        "doc_id": article.doc_id, "pub_date": article.pub_date.isoformat(), "title": article.title,
        "url": article.url, "source": article.source, "text": article.text,
        "sentences": [{"index": i, "start": s.start_char, "end": s.end_char, "text": s.text}
                      for i, s in enumerate(doc.sents)],
        "entities": [{"text": e.text, "start": e.start_char, "end": e.end_char, "label": e.label_}
                     for e in doc.ents],
        "timexes": [{"text": t.text, "start": t.start, "end": t.end, "type": t.type,
                     "value": t.value, "mod": t.mod, "freq": t.freq} for t in doc._.timexes or []],
        "places": [{"text": p.text, "start": p.start, "end": p.end, "geonameid": p.geonameid,
                    "name": p.name, "feature_code": p.feature_code, "country": p.country,
                    "admin1": p.admin1, "lat": p.lat, "lon": p.lon} for p in doc._.places or []],
        "events": records,
    }


@cli.command("annotate")
@_inputs
@click.option("-o", "--output", type=click.Path(dir_okay=False), default=None, help="Output JSON Lines file (default: stdout).")
@_model
@_batch
def annotate_cmd(inputs, output, model, batch_size):
    """Annotate INPUTS: one JSON object per document with its sentences, named entities,
    temporal expressions (TIMEX3 type and value), places (GeoNames) and events (all, including
    negated and hypothetical ones)."""
    from chronist.io import atomic_path

    failures = _Failures()
    pipe = _pipeline(model, batch_size, True, False)

    def objects():
        for article, doc in _progress(pipe.annotate(_articles(inputs, failures)), enabled=True):
            _doc_errors(article, doc._.errors, failures)
            yield annotation(article, doc, pipe.records(article, doc))

    if output is None:
        for obj in objects():
            click.echo(json.dumps(obj, ensure_ascii=False))
    else:
        with atomic_path(output) as tmp, open(tmp, "w", encoding="utf-8") as fh:
            for obj in objects():
                fh.write(json.dumps(obj, ensure_ascii=False) + "\n")
    if failures.count:
        click.echo(f"{failures.count} record(s) failed", err=True)
        sys.exit(1)


from chronist.store.commands import export, ingest, query, timeline  # noqa: E402

cli.add_command(ingest)
cli.add_command(query)
cli.add_command(timeline)
cli.add_command(export)


def main() -> None:
    """Console entry point."""
    cli()


if __name__ == "__main__":
    main()
