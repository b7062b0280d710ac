"""The ``dateline`` command line.

    dateline extract PATH... [--published YYYY-MM-DD] [--format table|json|jsonl]

Exit status: 0 when every article (or, in a batch, at least one) was extracted; 1 when a
single article failed or every article of a batch did; 2 for a bad argument. Failures are
reported on standard error with their error code (see :mod:`dateline.errors`).
"""
from __future__ import annotations

import sys
from enum import Enum
from typing import Optional

import typer
from rich.console import Console

from ..errors import ArgumentError, Code
from ..records import Extraction, Failure

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Attributed quotes, resolved actors and PLOVER events from news articles.")


def _register_subcommands() -> None:
    from .actors_cmd import actors_app
    from .eval_cmd import eval_app
    from . import eval_events_cmd  # noqa: F401 - registers "dateline eval events"
    from .plover_cmd import plover_app

    for command in plover_app.registered_commands:  # "dateline eval plover"
        eval_app.registered_commands.append(command)
    app.add_typer(eval_app, name="eval")
    app.add_typer(actors_app, name="actors")
    from .corpus_cmd import register

    register(app)  # ingest, load, failures, stats, export
    from .serve_cmd import register as register_serve

    register_serve(app)  # serve, index, query quotes|events|actors
    from .datasette_cmd import register as register_datasette

    register_datasette(app)  # datasette-metadata


class OutputFormat(str, Enum):
    table = "table"
    json = "json"
    jsonl = "jsonl"


def _published(value: str | None) -> str | None:
    if value is None:
        return None
    from ..ingest.readers import published_option

    try:
        return published_option(value)
    except ArgumentError as err:
        typer.echo(str(err), err=True)
        raise typer.Exit(2) from None


@app.command()
def extract(
    paths: list[str] = typer.Argument(..., help="Articles: .txt, .html, .json, .jsonl, .jsonl.gz, .csv, a directory, or - for standard input."),
    published: Optional[str] = typer.Option(None, "--published", help="Publication date (YYYY-MM-DD) for every article; overrides the records' own dates."),
    fmt: Optional[OutputFormat] = typer.Option(None, "--format", "-f", help="table (default on a terminal), json (one article; a list for several) or jsonl (one line per article, the default otherwise)."),
    max_chars: int = typer.Option(1_000_000, "--max-chars", min=1, help="Skip articles longer than this many characters (E003)."),
    time_budget: float = typer.Option(60.0, "--time-budget", min=0, max=86_400, help="Seconds one article may take after its parse; over it, E014 and the next article (0: no limit)."),
) -> None:
    """Extract quotes with speakers, actors and PLOVER events from articles."""
    from tqdm import tqdm

    from ..ingest.readers import iter_articles
    from ..pipeline import Pipeline
    from .render import print_table, write_json, write_jsonl

    pub = _published(published)
    if fmt is None:
        fmt = OutputFormat.table if sys.stdout.isatty() else OutputFormat.jsonl
    pipeline = Pipeline(time_budget=time_budget or None)
    console = Console()
    failures: list[Failure] = []
    kept: list[Extraction] = []  # only --format json holds records until the end
    extracted = 0
    items = pipeline.extract_many(iter_articles(paths, published=pub, max_chars=max_chars))
    bar = tqdm(items, unit=" articles", file=sys.stderr, disable=not sys.stderr.isatty(), leave=False)
    for result in bar:
        if isinstance(result, Failure):
            failures.append(result)
            continue
        extracted += 1
        if fmt is OutputFormat.jsonl:
            write_jsonl(result, sys.stdout)
        elif fmt is OutputFormat.table:
            print_table(result, console)
        else:
            kept.append(result)
    if kept:
        write_json(kept, sys.stdout)
    sys.stdout.flush()
    for f in failures:
        typer.echo(f"{f.code}: {f.path}: {f.reason}", err=True)
    if extracted + len(failures) > 1 or failures:
        typer.echo(f"{extracted} extracted, {len(failures)} failed", err=True)
    if not extracted and not failures:
        typer.echo(f"{Code.EMPTY.value}: no article found in {' '.join(paths)} (an empty directory; an empty"
                   " file, a WARC without HTML responses too, is a failure of its own)", err=True)
    if not extracted:
        raise typer.Exit(1)


@app.command()
def version() -> None:
    """Print dateline's version and the spaCy model it uses."""
    from .. import __version__
    from ..nlp.pipeline import MODEL_PACKAGE, MODEL_VERSION

    typer.echo(f"dateline {__version__} (spaCy model {MODEL_PACKAGE} {MODEL_VERSION})")


_register_subcommands()


def main() -> None:
    """Console entry point."""
    app()


if __name__ == "__main__":
    main()
