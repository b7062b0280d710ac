"""Corpus commands: ``dateline ingest``, ``failures``, ``stats`` and ``export``.

    dateline ingest PATH... [--db FILE] [--workers N] [--published YYYY-MM-DD] [--max-chars N]
    dateline ingest PATH... --engine dask --scheduler ADDRESS [--out DIR]
    dateline load DIR [--db FILE]
    dateline failures [--db FILE] [--format text|jsonl]
    dateline stats [--db FILE] [--format text|json]
    dateline export --what events|quotes|actors|articles --format jsonl|csv|parquet [--db FILE] [--out FILE]
                    [--filter NAME=VALUE]...

The store is one SQLite file, ``dateline.sqlite`` in the current directory unless ``--db``
names another (:data:`dateline.store.schema.DEFAULT_DB`). Register the commands on the main
app with ``register(app)``; ``python -m dateline.cli.corpus_cmd`` runs them on their own.

Exit status: ``ingest`` and ``load`` 0 when the run finished (articles that failed are stored
as failures), 1 when the store could not be written; every command 2 for a bad argument (E010),
1 when the store given to ``failures``/``stats``/``export`` does not exist.
"""
from __future__ import annotations

import json
import os
import sys
from enum import Enum
from typing import Optional

import typer

from ..errors import ArgumentError, Code

corpus_app = typer.Typer(add_completion=False, no_args_is_help=True,
                         help="Ingest corpora into the embedded store and query it.")

DB_HELP = "The store (SQLite file); default dateline.sqlite in the current directory."


class What(str, Enum):
    events = "events"
    quotes = "quotes"
    actors = "actors"
    articles = "articles"


class ExportFormat(str, Enum):
    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"


class Engine(str, Enum):
    local = "local"
    dask = "dask"


class TextFormat(str, Enum):
    text = "text"
    json = "json"
    jsonl = "jsonl"


def _bad(reason: str) -> typer.Exit:
    typer.echo(str(ArgumentError(Code.BAD_ARGUMENT, reason=reason)), err=True)
    return typer.Exit(2)


def _open(db: str, *, migrate: bool = False):
    """A connection to the store ``db`` (exit 1 with E011 when it is none): read-only, so a store
    in a folder or file that cannot be written is read too; with ``migrate``, writable where it
    can be, so that a store of an earlier version gets its new columns first (``export``)."""
    import sqlite3

    from ..store.schema import connect, connect_readonly
    from .serve_cmd import need_store

    need_store(db)
    if migrate:
        try:
            return connect(db, create=False)
        except sqlite3.OperationalError:  # "attempt to write a readonly database"
            pass
    con = connect_readonly(db)
    con.row_factory = sqlite3.Row
    return con


@corpus_app.command()
def ingest(
    paths: list[str] = typer.Argument(..., help="Articles: every format of `extract` (files, directories, -)."),
    db: str = typer.Option("dateline.sqlite", "--db", help=DB_HELP),
    workers: int = typer.Option(1, "--workers", "-w", help="Processes extracting (each loads the model once); 1 runs in this process."),
    published: Optional[str] = typer.Option(None, "--published", help="Publication date (YYYY-MM-DD) for every article."),
    max_chars: int = typer.Option(1_000_000, "--max-chars", min=1, help="Skip articles longer than this many characters (E003)."),
    time_budget: float = typer.Option(60.0, "--time-budget", min=0, max=86_400, help="Seconds one article may take after its parse; over it, E014 stored as its failure and the next article (0: no limit; not enforced by --engine dask)."),
    progress: Optional[bool] = typer.Option(None, "--progress/--no-progress", help="Progress bar with rate and ETA on standard error (default: when it is a terminal)."),
    engine: Engine = typer.Option(Engine.local, "--engine", help="local (processes on this machine, into the SQLite store) or dask (a Dask distributed cluster, into Parquet)."),
    scheduler: Optional[str] = typer.Option(None, "--scheduler", help="--engine dask: the scheduler address, e.g. tcp://10.0.0.1:8786."),
    out: str = typer.Option("dateline-parquet", "--out", help="--engine dask: the Parquet dataset directory, reachable by every worker."),
    lend: bool = typer.Option(True, "--lend/--no-lend", help="A person a story leaves without a country borrows the country and office other stored stories of the period gave the name (actors.lent_from names the article; not with --engine dask)."),
) -> None:
    """Extract articles into the store; a second run skips what is stored (resumable)."""
    import sqlite3

    from ..store.ingest import ingest as run

    if published is not None:
        from ..ingest.readers import published_option

        try:
            published = published_option(published)
        except ArgumentError as err:
            raise _bad(err.reason) from None
    if workers < 1:
        raise _bad(f"--workers must be at least 1, not {workers}")
    if engine is Engine.dask:
        if not scheduler:
            raise _bad("--engine dask needs --scheduler ADDRESS (e.g. tcp://10.0.0.1:8786)")
        from ..engines.dask_engine import run_dask

        totals = run_dask(paths, out, scheduler, published=published, max_chars=max_chars)
        typer.echo(f"{totals['articles']} articles, {totals['events']} events, {totals['failures']} failed "
                   f"in {totals['partitions']} partitions -> {out}", err=True)
        return
    if progress is None:
        progress = sys.stderr.isatty()
    try:
        report = run(paths, db, workers=workers, published=published, max_chars=max_chars, progress=progress,
                     time_budget=time_budget or None, lend=lend)
    except sqlite3.Error as exc:
        typer.echo(f"{Code.PROCESSING.value}: cannot write the store {db}: {exc}", err=True)
        raise typer.Exit(1) from None
    _summary(report, db)


def _summary(report, db: str) -> None:
    for line in report.errors[:20]:
        typer.echo(f"{Code.PROCESSING.value}: {line}", err=True)
    r = report.as_dict()
    typer.echo(f"{r['stored']} stored ({r['duplicates']} near-duplicates), {r['skipped']} already stored, "
               f"{r['failures']} failed ({r['new_failures']} new) in {r['seconds']:.1f} s -> {db}", err=True)
    if not r["stored"] and not r["skipped"] and r["failures"]:  # as `extract`: nothing read is a failure
        raise typer.Exit(1)


@corpus_app.command()
def load(
    directory: str = typer.Argument(..., metavar="DIR", help="The --out of `dateline ingest --engine dask`: DIR/articles/, DIR/failures/."),
    db: str = typer.Option("dateline.sqlite", "--db", help=DB_HELP),
    progress: Optional[bool] = typer.Option(None, "--progress/--no-progress", help="Progress bar on standard error (default: when it is a terminal)."),
) -> None:
    """Load the Parquet dataset of the Dask engine into the store; loading again adds nothing."""
    import sqlite3

    from ..store.load import load_parquet

    if progress is None:
        progress = sys.stderr.isatty()
    try:
        report = load_parquet(directory, db, progress=progress)
    except ArgumentError as exc:
        typer.echo(str(exc), err=True)
        raise typer.Exit(2) from None
    except sqlite3.Error as exc:
        typer.echo(f"{Code.PROCESSING.value}: cannot write the store {db}: {exc}", err=True)
        raise typer.Exit(1) from None
    _summary(report, db)


@corpus_app.command()
def failures(
    db: str = typer.Option("dateline.sqlite", "--db", help=DB_HELP),
    fmt: TextFormat = typer.Option(TextFormat.text, "--format", "-f", help="text (CODE: path: reason) or jsonl."),
) -> None:
    """List the articles and records that could not be stored, with their error code."""
    from ..store.queries import failures as list_failures

    con = _open(db)
    for f in list_failures(con):
        if fmt is TextFormat.text:
            typer.echo(f"{f['code']}: {f['path']}: {f['reason']}")
        else:
            typer.echo(json.dumps(f, ensure_ascii=False))


@corpus_app.command()
def stats(
    db: str = typer.Option("dateline.sqlite", "--db", help=DB_HELP),
    fmt: TextFormat = typer.Option(TextFormat.text, "--format", "-f", help="text or json."),
) -> None:
    """Counts: articles, failures, duplicates, quotes, events, actors, mentions, story events, words."""
    from ..store.queries import stats as count

    counts = count(_open(db))
    if fmt is TextFormat.text:
        for key, value in counts.items():
            typer.echo(f"{key:14} {value:>10,}")
    else:
        typer.echo(json.dumps(counts))


@corpus_app.command()
def export(
    what: What = typer.Option(..., "--what", help="events (one row per event, POLECAT-style flat columns), quotes, actors (one row per article and actor) or articles."),
    fmt: ExportFormat = typer.Option(ExportFormat.jsonl, "--format", "-f", help="jsonl, csv or parquet (parquet needs --out)."),
    db: str = typer.Option("dateline.sqlite", "--db", help=DB_HELP),
    out: Optional[str] = typer.Option(None, "--out", "-o", help="Output file (default standard output)."),
    filters: list[str] = typer.Option([], "--filter", "-F", help="Keep the rows this filter of /api/events, /api/quotes or /api/actors keeps: NAME=VALUE (type=ACCUSE, actor_country=USA, date_from=2020-01-01, speaker=trump...) or a query string copied from an API or dashboard URL (URL-encoded; sort=-date orders the rows as the list does, an empty value is no filter); repeatable, all apply."),
) -> None:
    """Export a table of the store, whole or filtered as the API's lists; multi-valued columns are joined with ';'."""
    import sqlite3

    from ..api.downloads import parse_export, where
    from ..api.service import FilterError, has_fts
    from ..store.queries import export as run

    if fmt is ExportFormat.parquet and out is None:
        raise _bad("--format parquet needs --out FILE")
    if out is not None and (os.path.isdir(out) or not os.path.isdir(os.path.dirname(os.path.abspath(out)))):
        raise _bad(f"--out {out}: not a file in an existing folder")
    try:
        chosen, order = parse_export(what.value, filters)
    except FilterError as exc:
        raise _bad(exc.reason) from None
    con = _open(db, migrate=True)
    try:
        clause, args = where(what.value, chosen, fts=has_fts(con), con=con)
        n = run(con, what.value, fmt.value, out, where=clause, args=args, order=order)
    except FilterError as exc:
        raise _bad(exc.reason) from None
    except sqlite3.Error as exc:
        typer.echo(f"{Code.PROCESSING.value}: cannot read {db}: {exc}", err=True)
        raise typer.Exit(1) from None
    if out:
        typer.echo(f"{n} {what.value} rows -> {out}", err=True)


def register(app: typer.Typer) -> None:
    """Add ``ingest``, ``load``, ``failures``, ``stats`` and ``export`` to ``app`` as top-level commands."""
    for command in corpus_app.registered_commands:
        app.registered_commands.append(command)


if __name__ == "__main__":
    corpus_app()
