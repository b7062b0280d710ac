"""``dateline actors``: look into and check the actor knowledge base."""
from __future__ import annotations

import sys
from datetime import date
from typing import Optional

import typer
from rich.console import Console
from rich.table import Table

actors_app = typer.Typer(add_completion=False, no_args_is_help=True,
                         help="The actor knowledge base: people with their offices, bodies, states.")


@actors_app.command("list")
def list_people(
    country: Optional[str] = typer.Option(None, help="Only this ISO 3166-1 alpha-3 or organisation code."),
    on: Optional[str] = typer.Option(None, help="Only offices held on this date (YYYY-MM-DD)."),
) -> None:
    """List the people of the knowledge base with their terms of office."""
    from ..actors.kb import default_kb

    day = date.fromisoformat(on) if on else None
    table = Table(title="People (data/people.csv)")
    for col in ("name", "country", "office", "sector", "start", "end", "qid"):
        table.add_column(col)
    for person in default_kb().people.values():
        for term in person.terms:
            if country and term.country != country.upper():
                continue
            if on and not term.valid_on(day):
                continue
            table.add_row(person.name, term.country, term.office, term.sector or "", str(term.start or ""),
                          str(term.end or ""), person.qid or "")
    Console(width=None if sys.stdout.isatty() else 200).print(table)


@actors_app.command()
def check() -> None:
    """Validate the knowledge-base files (dates, codes, offices, sources, duplicates); exit 1 on problems."""
    from ..actors.kb import check_knowledge_base

    problems = check_knowledge_base()
    for p in problems:
        typer.echo(f"E012: {p}", err=True)
    if problems:
        raise typer.Exit(1)
    typer.echo("knowledge base OK")
