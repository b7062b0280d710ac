"""``dateline actors``: look into, check and extend the actor knowledge base."""
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

    try:
        day = date.fromisoformat(on) if on else None
    except ValueError:
        typer.echo(f"E010: --on {on!r} is not an ISO 8601 date (YYYY-MM-DD)", err=True)
        raise typer.Exit(2) from None
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


def _packaged_people_csv() -> str:
    from importlib import resources

    return str(resources.files("dateline.data").joinpath("people.csv"))


@actors_app.command()
def add(
    name: str = typer.Option(..., help="Canonical full name, e.g. 'Pete Hegseth'."),
    country: str = typer.Option(..., help="ISO 3166-1 alpha-3 or organisation code (USA, EUR, NATO)."),
    office: str = typer.Option(..., help="Office key: president, prime minister, defence minister, ..."),
    sector: str = typer.Option(..., help="PLOVER sector: GOV, MIL, IGO, ..."),
    start: str = typer.Option(..., help="First day in office (YYYY-MM-DD)."),
    source: str = typer.Option(..., help="Where the fact is recorded."),
    end: str = typer.Option("", help="First day out of office (YYYY-MM-DD); empty while in office."),
    aliases: str = typer.Option("", help="Other names, separated by ';' (e.g. 'Hegseth;Peter Hegseth')."),
    gender: str = typer.Option("", help="m, f or empty."),
    qid: str = typer.Option("", help="Wikidata QID, e.g. Q22686."),
    file: Optional[str] = typer.Option(None, "--file", help="people.csv to extend (default: the packaged one)."),
) -> None:
    """Append one term of office to people.csv after validating it (E012 and exit 1 when it is refused)."""
    import csv
    from pathlib import Path

    from ..actors.kb import PEOPLE_COLUMNS, SHARED_OFFICES, KnowledgeBaseError, person_row_dates, validate_person_row

    path = Path(file) if file else Path(_packaged_people_csv())
    row = {"name": name.strip(), "aliases": ";".join(a.strip() for a in aliases.split(";") if a.strip()),
           "gender": gender.strip(), "country": country.strip().upper(), "office": " ".join(office.lower().split()),
           "sector": sector.strip().upper(), "start": start.strip(), "end": end.strip(), "qid": qid.strip(),
           "source": source.strip()}

    def refuse(problems: list[str]) -> None:
        for p in problems:
            typer.echo(f"E012: {p}", err=True)
        raise typer.Exit(1)

    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        refuse([f"{path}: cannot read ({exc.strerror or exc})"])
    reader = csv.DictReader(text.splitlines())
    if tuple(reader.fieldnames or ()) != PEOPLE_COLUMNS:
        refuse([f"{path}: header is not {','.join(PEOPLE_COLUMNS)}"])
    existing = list(reader)
    problems = validate_person_row(row, "new row", strict=True)
    if not row["start"] and not problems:
        problems.append("new row: start required")
    if problems:
        refuse(problems)
    new_start, new_end = person_row_dates(row)
    for i, old in enumerate(existing, start=2):
        if all((old.get(c) or "").strip() == row[c] for c in PEOPLE_COLUMNS):
            refuse([f"new row: duplicate of {path.name} line {i}"])
        if (old["name"].strip() == row["name"] and old["country"] == row["country"] and old["office"] == row["office"]
                and old["start"].strip() == row["start"]):
            refuse([f"new row: {row['name']} already has this term ({path.name} line {i})"])
        if old["country"] != row["country"] or old["office"] != row["office"] or old["name"].strip() == row["name"]:
            continue
        if row["office"] in SHARED_OFFICES:
            continue
        try:
            old_start, old_end = person_row_dates(old, path.name, i)
        except KnowledgeBaseError:
            continue
        if old_start is None:
            continue
        if (old_end is None or new_start < old_end) and (new_end is None or old_start < new_end):
            refuse([f"new row: {row['country']} {row['office']}: {row['name']} (from {new_start}) overlaps "
                    f"{old['name']} (from {old_start} to {old_end or 'now'}, {path.name} line {i})"])
    with path.open("a", encoding="utf-8", newline="") as out:
        if text and not text.endswith("\n"):
            out.write("\n")
        csv.writer(out, lineterminator="\n").writerow([row[c] for c in PEOPLE_COLUMNS])
    typer.echo(f"added {row['name']} ({row['country']} {row['office']} from {row['start']}) to {path}")


@actors_app.command()
def learned(
    db: str = typer.Option("dateline.sqlite", "--db", help="The store (SQLite file) written by `dateline ingest`/`load`."),
    fmt: str = typer.Option("table", "--format", "-f", help="table, or csv (people.csv's columns, to review and merge)."),
    min_articles: int = typer.Option(2, "--min-articles", min=1, help="Only facts taught by at least this many articles."),
    limit: Optional[int] = typer.Option(None, "--limit", min=1, help="At most this many rows (most articles first)."),
) -> None:
    """List the people the corpus taught: persons outside people.csv seen with an office and/or a country.

    One row per name and (office, country, sector), conflicting facts as separate rows, with the
    number of articles that taught it, up to three of them, and the number of articles whose bare
    mentions of the name borrowed it at ingest ("lent to"). Exit 1 with E011 when --db is no
    dateline store, 2 with E010 for a bad argument.
    """
    import csv
    import sqlite3

    from ..actors.kb import PEOPLE_COLUMNS, default_kb
    from ..store.learned import learned_people, people_rows
    from .corpus_cmd import _open

    if fmt not in ("table", "csv"):
        typer.echo(f"E010: --format must be table or csv, not {fmt!r}", err=True)
        raise typer.Exit(2)
    con = _open(db)
    try:
        people = learned_people(con, default_kb(), min_articles=min_articles, limit=limit)
    except sqlite3.Error as exc:
        typer.echo(f"E011: cannot read {db}: {exc}", err=True)
        raise typer.Exit(1) from None
    finally:
        con.close()
    if fmt == "csv":
        writer = csv.DictWriter(sys.stdout, fieldnames=PEOPLE_COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(people_rows(people))
        return
    table = Table(title=f"People the corpus taught ({db}, at least {min_articles} articles)")
    for col in ("name", "office", "country", "sector", "articles", "lent to", "first articles"):
        table.add_column(col, justify="right" if col in ("articles", "lent to") else "left")
    for p in people:
        table.add_row(p.name, p.office, p.country, p.sector, str(p.articles), str(p.lent),
                      "; ".join(f"{a} {t}" for a, t in zip(p.article_ids, p.titles)))
    Console(width=None if sys.stdout.isatty() else 200).print(table)
