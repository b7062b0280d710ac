"""Serving and querying a store: ``dateline serve``, ``dateline index`` and
``dateline query quotes|events|actors``.

    dateline serve --db FILE [--host 127.0.0.1] [--port 8000, 0: a free one] [--no-index] [--no-spans] [--allow-host NAME ...]
    dateline index --db FILE
    dateline query quotes [--speaker S] [--country ISO3] [--q WORDS] [--date-from D] [--date-to D] [--limit N] [--offset N] [--format table|json] --db FILE
    dateline query events [--type T] [--mode M] [--actor-country ISO3] [--recipient-country ISO3] [--aux A] [--date-from D] [--date-to D] ...
    dateline query actors [--country ISO3] [--sector S] [--q NAME] ...

``serve`` binds to loopback unless ``--host`` says otherwise and answers only to loopback names,
``--host`` and ``--allow-host`` names (others get 400: :mod:`dateline.api.security`); the API is under ``/api``, its
OpenAPI page at ``/docs``, the dashboard at ``/``. ``index`` builds the quotes' full-text index
and the filter indexes (:mod:`dateline.store.fts`) once; ``serve`` does it too on the first
request when the file is writable, ``query`` when ``--q`` needs it. ``query`` prints a table
(or ``--format json``: the API's page object ``{"items", "total", "next"}``).

Register on the main app with ``register(app)``. Exit status: 0; 1 when the store does not
exist or cannot be read; 2 for a bad argument (E010).
"""
from __future__ import annotations

import json
import socket
import sqlite3
from datetime import date
from enum import Enum
from typing import Optional

import typer

from ..errors import ArgumentError, Code

serve_app = typer.Typer(add_completion=False, no_args_is_help=True, help="Serve and query a store.")
query_app = typer.Typer(add_completion=False, no_args_is_help=True,
                        help="Query a store with the API's filters: quotes, events or actors.")

DB_HELP = "The store (SQLite file); default dateline.sqlite in the current directory."
MAX_LIMIT = 10_000


class QueryFormat(str, Enum):
    table = "table"
    json = "json"


def _bad(reason: str) -> typer.Exit:
    typer.echo(str(ArgumentError(Code.BAD_ARGUMENT, reason=reason)), err=True)
    return typer.Exit(2)


def need_store(db: str) -> None:
    """Exit 1 with E011 unless ``db`` is a dateline store (:func:`~dateline.store.schema.store_problem`)."""
    from ..store.schema import store_problem

    problem = store_problem(db)
    if problem:
        typer.echo(f"{Code.PROCESSING.value}: {problem}", err=True)
        raise typer.Exit(1)


def _date(name: str, value: Optional[str]) -> Optional[date]:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise _bad(f"{name} {value!r} is not an ISO 8601 date (YYYY-MM-DD)") from None


def _country(name: str, value: Optional[str]) -> Optional[str]:
    if value is not None and not (2 <= len(value) <= 4 and value.isalnum()):
        raise _bad(f"{name} {value!r} is not a country code (ISO 3166-1 alpha-3 such as USA, or a body such as UN, NATO)")
    return value.upper() if value else None


def _paging(limit: int, offset: int) -> None:
    if not 1 <= limit <= MAX_LIMIT:
        raise _bad(f"--limit must be between 1 and {MAX_LIMIT}, not {limit}")
    if offset < 0:
        raise _bad(f"--offset must be at least 0, not {offset}")


@serve_app.command()
def serve(
    db: str = typer.Option("dateline.sqlite", "--db", help=DB_HELP),
    host: str = typer.Option("127.0.0.1", "--host", help="Interface to bind (loopback by default; 0.0.0.0 exposes it)."),
    port: int = typer.Option(8000, "--port", help="TCP port (0: a free one, printed when serving starts)."),
    index: bool = typer.Option(True, "--index/--no-index", help="Build the full-text index on first use when missing (writes the file once)."),
    spans: bool = typer.Option(True, "--spans/--no-spans", help="For an article stored before schema 3 (no dates and places stored), find them with spaCy when it is shown; articles stored since are shown from the store."),
    log_level: str = typer.Option("info", "--log-level", help="uvicorn's log level."),
    allow_host: list[str] = typer.Option([], "--allow-host", help="Another Host name to answer to (repeatable; loopback names and --host are allowed, other names get 400)."),
) -> None:
    """Serve the JSON API (/api, OpenAPI at /docs) and the dashboard (/) over a store, read-only."""
    if not 0 <= port <= 65535:
        raise _bad(f"--port must be between 0 (a free port) and 65535, not {port}")
    need_store(db)
    import uvicorn

    from ..api import Settings, create_app
    from ..api.security import LOOPBACK

    patterns = [h for h in allow_host if "*" in h or not h.strip()]
    if patterns:
        raise _bad(f"--allow-host takes exact host names, not patterns: {', '.join(map(repr, patterns))}")
    hosts = tuple(dict.fromkeys(LOOPBACK + ((host,) if host not in ("0.0.0.0", "::") else ()) + tuple(allow_host)))
    sock = _listen(host, port)
    app = create_app(Settings(db=db, build_index=index, find_spans=spans, allowed_hosts=hosts))
    bound = sock.getsockname()[1]
    shown = f"[{host}]" if ":" in host else host
    typer.echo(f"dateline: serving {db} on http://{shown}:{bound}/ (API docs at /docs)", err=True)
    uvicorn.Server(uvicorn.Config(app, host=host, port=bound, log_level=log_level)).run(sockets=[sock])


def _listen(host: str, port: int) -> socket.socket:
    """A socket bound to ``host:port`` and listening, which uvicorn then serves on (so the
    port cannot be taken between the check and the start, and port 0 is a free one).

    Raises:
        ArgumentError: E010 (exit 2) when ``host:port`` cannot be bound (in use, no such
            interface, no permission), before the store is opened; uvicorn would exit 3
            with its own message.
    """
    try:
        family, _, _, _, address = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0]
        sock = socket.socket(family, socket.SOCK_STREAM)
        try:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            sock.bind(address)
            sock.listen(2048)
        except OSError:
            sock.close()
            raise
    except OSError as exc:
        raise _bad(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None
    return sock


@serve_app.command("index")
def build_index(db: str = typer.Option("dateline.sqlite", "--db", help=DB_HELP)) -> None:
    """Build the quotes' full-text index (FTS5) and the filter indexes when missing."""
    from ..store.fts import ensure_search

    need_store(db)
    try:
        report = ensure_search(db)
    except sqlite3.Error as exc:
        typer.echo(f"{Code.PROCESSING.value}: cannot index {db}: {exc}", err=True)
        raise typer.Exit(1) from None
    if report["created"]:
        typer.echo(f"created {', '.join(report['created'])}; {report['quotes_indexed']:,} quotes indexed -> {db}",
                   err=True)
    else:
        typer.echo(f"{db} is already indexed", err=True)


def _run(db: str, fn):
    """``fn(con)`` on a read-only connection; E010 filter errors exit 2."""
    from ..api.service import FilterError

    from ..store.schema import connect_readonly

    need_store(db)
    con = connect_readonly(db)
    con.row_factory = sqlite3.Row
    try:
        return fn(con)
    except FilterError as exc:
        raise _bad(exc.reason) from None
    except sqlite3.Error as exc:
        typer.echo(f"{Code.PROCESSING.value}: cannot read {db}: {exc}", err=True)
        raise typer.Exit(1) from None
    finally:
        con.close()


def _print(page: dict, fmt: QueryFormat, columns: list[tuple[str, object]], title: str) -> None:
    if fmt is QueryFormat.json:
        typer.echo(json.dumps(page, ensure_ascii=False, indent=1))
        return
    from rich.console import Console
    from rich.table import Table

    shown = len(page["items"])
    more = f"; next page: --offset {page['next']}" if page["next"] is not None else ""
    table = Table(title=f"{title}: {page['total']:,} match, {shown} shown{more}", show_lines=False)
    for name, _ in columns:
        table.add_column(name, overflow="fold")
    for item in page["items"]:
        table.add_row(*[str(get(item)) if get(item) is not None else "" for _, get in columns])  # type: ignore[operator]
    Console().print(table)


@query_app.command()
def quotes(
    db: str = typer.Option("dateline.sqlite", "--db", help=DB_HELP),
    speaker: Optional[str] = typer.Option(None, "--speaker", help="Words that begin words of the speaker's name, any order, case and accents ignored (Trump, \"donald tr\")."),
    country: Optional[str] = typer.Option(None, "--country", help="Speaker's country, ISO alpha-3."),
    q: Optional[str] = typer.Option(None, "--q", "-q", help='Words all in the quote or its speaker\'s name (full text; word* prefix, "a b" phrase).'),
    date_from: Optional[str] = typer.Option(None, "--date-from", help="Publication date from (YYYY-MM-DD, inclusive)."),
    date_to: Optional[str] = typer.Option(None, "--date-to", help="Publication date to (YYYY-MM-DD, inclusive)."),
    limit: int = typer.Option(20, "--limit", "-n", help=f"Rows (at most {MAX_LIMIT})."),
    offset: int = typer.Option(0, "--offset", help="Index of the first row."),
    fmt: QueryFormat = typer.Option(QueryFormat.table, "--format", "-f", help="table or json."),
) -> None:
    """Quotes with their speakers, filtered as /api/quotes."""
    from ..api import service

    _paging(limit, offset)
    f = service.QuoteFilters(speaker=speaker, country=_country("--country", country), q=q,
                             date_from=_date("--date-from", date_from), date_to=_date("--date-to", date_to))
    if q and q.strip():
        need_store(db)
        from ..store.fts import ensure_search, has_fts
        from ..store.schema import connect_readonly

        con = connect_readonly(db)
        try:
            indexed = has_fts(con)
        finally:
            con.close()
        if not indexed:
            try:
                ensure_search(db)
            except sqlite3.Error as exc:
                typer.echo(f"{Code.PROCESSING.value}: --q needs the full-text index and {db} cannot be written "
                           f"({exc}); run `dateline index --db {db}` where it can", err=True)
                raise typer.Exit(1) from None
    page = _run(db, lambda con: service.list_quotes(con, f, limit=limit, offset=offset))
    _print(page, fmt, [("id", lambda i: i["id"]), ("published", lambda i: (i["published"] or "")[:10]),
                       ("speaker", lambda i: i["speaker"] and i["speaker"]["name"]),
                       ("country", lambda i: i["speaker"] and i["speaker"]["country"]),
                       ("kind", lambda i: i["kind"]), ("quote", lambda i: i["text"]),
                       ("article", lambda i: i["article"])], "quotes")


@query_app.command()
def events(
    db: str = typer.Option("dateline.sqlite", "--db", help=DB_HELP),
    type_: Optional[str] = typer.Option(None, "--type", help="PLOVER type, e.g. ACCUSE."),
    mode: Optional[str] = typer.Option(None, "--mode", help="PLOVER mode, e.g. disapprove."),
    actor_country: Optional[str] = typer.Option(None, "--actor-country", help="An actor's country, ISO alpha-3."),
    recipient_country: Optional[str] = typer.Option(None, "--recipient-country", help="A recipient's country, ISO alpha-3."),
    aux: Optional[str] = typer.Option(None, "--aux", help="historical, future, hypothetical, negated, or none."),
    date_from: Optional[str] = typer.Option(None, "--date-from", help="Event day from (YYYY-MM-DD, inclusive)."),
    date_to: Optional[str] = typer.Option(None, "--date-to", help="Event day to (YYYY-MM-DD, inclusive)."),
    limit: int = typer.Option(20, "--limit", "-n", help=f"Rows (at most {MAX_LIMIT})."),
    offset: int = typer.Option(0, "--offset", help="Index of the first row."),
    fmt: QueryFormat = typer.Option(QueryFormat.table, "--format", "-f", help="table or json."),
) -> None:
    """PLOVER events, filtered as /api/events."""
    from ..api import service

    _paging(limit, offset)
    f = service.EventFilters(type=type_, mode=mode, actor_country=_country("--actor-country", actor_country),
                             recipient_country=_country("--recipient-country", recipient_country), aux=aux,
                             date_from=_date("--date-from", date_from), date_to=_date("--date-to", date_to))
    page = _run(db, lambda con: service.list_events(con, f, limit=limit, offset=offset))
    names = lambda refs: ", ".join(r["name"] or "?" for r in refs)  # noqa: E731
    _print(page, fmt, [("id", lambda i: i["id"]), ("day", lambda i: i["day"]), ("type", lambda i: i["type"]),
                       ("mode", lambda i: i["mode"]), ("actor", lambda i: names(i["actor"])),
                       ("recipient", lambda i: names(i["recipient"])), ("aux", lambda i: ", ".join(i["aux"])),
                       ("trigger", lambda i: i["trigger"]), ("article", lambda i: i["article"])], "events")


@query_app.command()
def actors(
    db: str = typer.Option("dateline.sqlite", "--db", help=DB_HELP),
    country: Optional[str] = typer.Option(None, "--country", help="ISO alpha-3."),
    sector: Optional[str] = typer.Option(None, "--sector", help="PLOVER sector, e.g. GOV."),
    q: Optional[str] = typer.Option(None, "--q", "-q", help="Part of the name, any case."),
    limit: int = typer.Option(20, "--limit", "-n", help=f"Rows (at most {MAX_LIMIT})."),
    offset: int = typer.Option(0, "--offset", help="Index of the first row."),
    fmt: QueryFormat = typer.Option(QueryFormat.table, "--format", "-f", help="table or json."),
) -> None:
    """Actors (one per name and country, most frequent first), filtered as /api/actors."""
    from ..api import actor_list, service

    _paging(limit, offset)
    f = service.ActorFilters(country=_country("--country", country), sector=sector, q=q)
    page = _run(db, lambda con: actor_list.list_actors(con, f, limit=limit, offset=offset))
    _print(page, fmt, [("name", lambda i: i["name"]), ("country", lambda i: i["country"]),
                       ("kind", lambda i: i["kind"]), ("sector", lambda i: i["sector"]),
                       ("kb_id", lambda i: i["kb_id"]), ("articles", lambda i: i["articles"]),
                       ("mentions", lambda i: i["mentions"])], "actors")


def register(app: typer.Typer) -> None:
    """Add ``serve`` and ``index`` as top-level commands of ``app`` and ``query`` as a group
    (``dateline query quotes|events|actors``)."""
    for command in serve_app.registered_commands:
        app.registered_commands.append(command)
    app.add_typer(query_app, name="query")


if __name__ == "__main__":
    serve_app.add_typer(query_app, name="query")
    serve_app()
