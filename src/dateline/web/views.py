"""The dashboard: server-rendered pages (Jinja2 templates in ``templates/``, one CSS and one
JS file in ``static/``; nothing from a CDN or the network).

* ``/``: counts and the event timeline by type (filters: mode, aux, countries, dates): per day,
  week, month or year as the range asks, with a y-axis (:mod:`dateline.web.timeline`).
* ``/network``: who acts on whom (filters: type, dates, number of actors); one node per actor
  (name and country), opening ``/events?party_id=ID`` (its count is that list's total).
* ``/map``: where events happened, on country outlines (the event filters, with type).
* ``/quotes``: the quotes explorer (full-text search, speaker, country, dates, kind; newest
  first, or oldest; "Most quoted" counts the quotes that match per speaker, name and country,
  and opens them with ``speaker_id``, which the form keeps, named, until its × drops it); each
  quote links to
  ``/articles/{id}#q-{quote id}``.
* A list paged past its end says so and links to its last page.
* Every page of events or quotes links to their downloads keeping its filters
  (``/api/events.csv?type=...``; :func:`dateline.api.routers.downloads.links`).
* ``/actors``, ``/actors/{id}`` and ``/events``: :mod:`dateline.web.actor_views`; every
  actor name links to its page, and timeline bars, network nodes and edges and map circles
  open the matching events list.
* ``/articles`` and ``/articles/{id}``: the list, and one article with quotes, cues,
  speakers, actor mentions, event triggers, places and dates highlighted (``<mark class="hl
  hl-quote">`` ... with a legend whose checkboxes hide a kind).

Form fields arrive as text (an empty field is no filter); a bad value, and a parameter the
page does not take or one given twice (:func:`dateline.api.deps.page_query`, the API's
rule), answers 400 with an HTML page carrying the same message as the API's error envelope. An article without a title
is named by its first words (:mod:`dateline.web.titles`) wherever a title shows.
"""
from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, FastAPI, HTTPException, Request
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates

from ..api import actor_service, aggregates, facets, places, service, world
from ..api.db import Settings
from ..api.deps import page_query
from ..api.routers.downloads import links as download_links
from ..api.security import http_url
from ..api.event_query import actor_key, modes_by_type
from ..api.service import FilterError
from . import timeline
from .render import TYPE_COLOURS, article_spans, highlight, network_svg, type_colour
from .titles import article_name, name_untitled
from .worldmap import LAT_BOTTOM, LAT_TOP, map_svg

HERE = Path(__file__).resolve().parent
#: Places drawn on the map (those with most events) and listed under it.
MAP_PLACES, MAP_ROWS = 2000, 100
#: The query parameters of ``/quotes`` (any other is a 400, as on the API).
QUOTE_PARAMS = ("q", "speaker", "speaker_id", "country", "date_from", "date_to", "kind", "sort", "limit", "offset")
LEGEND = [("quote", "quote"), ("speaker", "speaker"), ("cue", "cue"), ("mention", "actor mention"),
          ("event", "event trigger"), ("place", "place"), ("date", "date"), ("amount", "amount")]


def _text(request: Request, name: str, *, max_len: int = 200) -> str | None:
    value = (request.query_params.get(name) or "").strip()
    if len(value) > max_len:
        raise FilterError(f"{name} is longer than {max_len} characters")
    return value or None


def _date(request: Request, name: str) -> date | None:
    value = _text(request, name, max_len=10)
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise FilterError(f"{name} {value!r} is not a date (YYYY-MM-DD)") from None


def _int(request: Request, name: str, default: int, lo: int, hi: int) -> int:
    value = _text(request, name, max_len=9)
    if value is None:
        return default
    try:
        n = int(value)
    except ValueError:
        raise FilterError(f"{name} {value!r} is not a whole number") from None
    if not lo <= n <= hi:
        raise FilterError(f"{name} must be between {lo} and {hi}, not {n}")
    return n


def _choice(request: Request, name: str, choices: tuple[str, ...]) -> str | None:
    value = _text(request, name, max_len=20)
    if value is not None and value not in choices:
        raise FilterError(f"{name} {value!r} is not one of {', '.join(choices)}")
    return value


def _actor_id(request: Request, name: str) -> int | None:
    from .event_params import _id

    return _id(request, name)


def _with(args: dict[str, str], **changes: str | None) -> str:
    """``?query`` of the page's ``args`` with ``changes`` (``None`` drops a name) and no offset."""
    merged = {k: v for k, v in {**args, **changes}.items() if v is not None and k != "offset"}
    return "?" + urlencode(merged)


def _country(request: Request, name: str) -> str | None:
    value = _text(request, name, max_len=4)
    if value is not None and not (2 <= len(value) <= 4 and value.isalnum()):
        raise FilterError(f"{name} {value!r} is not a country code (ISO 3166-1 alpha-3 such as USA, or a body such as UN, NATO)")
    return value.upper() if value else None


def _event_filters(request: Request) -> service.EventFilters:
    aux = _text(request, "aux", max_len=20)
    if aux is not None and aux not in service.AUX_VALUES:
        raise FilterError(f"aux {aux!r} is not one of {', '.join(service.AUX_VALUES)}")
    return service.EventFilters(type=_text(request, "type", max_len=20), mode=_text(request, "mode", max_len=40),
                                actor_country=_country(request, "actor_country"),
                                recipient_country=_country(request, "recipient_country"), aux=aux,
                                date_from=_date(request, "date_from"), date_to=_date(request, "date_to"))


def _args(request: Request) -> dict[str, str]:
    return {k: v for k, v in request.query_params.items() if v}


def _page_links(request: Request, page: dict, limit: int, offset: int) -> dict[str, str | None]:
    """``next`` and ``prev`` pages (``None`` where there is none) of a list page, and ``last``
    (the last page, only when ``offset`` is past the end of a non-empty list)."""
    args = _args(request)
    nxt = prev = last = None
    if page["next"] is not None:
        nxt = "?" + urlencode({**args, "offset": page["next"]})
    if offset >= page["total"] > 0:
        last = "?" + urlencode({**args, "offset": (page["total"] - 1) // limit * limit})
    elif offset > 0:
        prev = "?" + urlencode({**args, "offset": max(0, offset - limit)})
    return {"next": nxt, "prev": prev, "last": last}


def mount(app: FastAPI, settings: Settings) -> None:
    """Add the dashboard's pages (with those of :mod:`dateline.web.actor_views`), its static
    files (``/static``) and the HTML error hook to ``app``."""
    from .actor_views import actor_links, add_routes
    from .event_params import FILTERS, bar_href, event_query, events_url, filter_args, place_href, whole
    templates = Jinja2Templates(directory=str(HERE / "templates"))
    templates.env.globals.update(type_colour=type_colour, TYPE_COLOURS=TYPE_COLOURS, LEGEND=LEGEND, with_args=_with,
                                 download_links=download_links)
    templates.env.globals.update(events_url=events_url, whole=whole)
    templates.env.filters["http_url"] = http_url  # a stored "javascript:" URL is never a link
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    router = APIRouter(include_in_schema=False)

    def page(request: Request, name: str, status: int = 200, **context: Any) -> HTMLResponse:
        return templates.TemplateResponse(request, name, {"args": _args(request), **context}, status_code=status)

    def render_error(request: Request, status: int, body: dict) -> HTMLResponse:
        return page(request, "error.html", status=status, error=body["error"], status_code=status, title=f"Error {status}")

    app.state.render_error = render_error

    def with_con(fn):
        con = app.state.store.connect()
        try:
            return fn(con)
        finally:
            con.close()

    @router.get("/", response_class=HTMLResponse, dependencies=[Depends(page_query(*FILTERS))])
    def overview(request: Request):
        f = event_query(request)

        def run(con):
            return service.stats(con), timeline.buckets(con, f), modes_by_type(con)

        stats, tl, modes = with_con(run)
        svg = timeline.timeline_svg(tl, href=bar_href(filter_args(request)))
        return page(request, "index.html", stats=stats, timeline=tl, svg=svg, modes=modes, title="Overview")

    @router.get("/network", response_class=HTMLResponse, dependencies=[Depends(page_query(*FILTERS, "nodes"))])
    def network(request: Request):
        f = event_query(request)
        n = _int(request, "nodes", 30, 2, 200)

        def run(con):
            net = aggregates.network(con, f, max_nodes=n)
            return net, list(service.stats(con)["types"]), modes_by_type(con)

        net, types, modes = with_con(run)
        args = filter_args(request)

        def node_href(node: dict) -> str:  # all the node's events under the page's filters
            if node["id"] is not None:
                return events_url(args, party_id=node["id"])
            return events_url(args, party=whole(node["name"]))

        def edge_href(a: dict, b: dict) -> str:
            if a["id"] is not None and b["id"] is not None:
                return events_url(args, actor_id=a["id"], recipient_id=b["id"])
            return events_url(args, actor=whole(a["name"]), recipient=whole(b["name"]))

        svg = network_svg(net, node_href=node_href, edge_href=edge_href)
        nodes = {x["key"]: x for x in net["nodes"]}
        return page(request, "network.html", net=net, svg=svg, types=types, modes=modes, nodes=n, by_key=nodes,
                    edge_href=edge_href, all_href=events_url(args),
                    title="Network")

    @router.get("/map", response_class=HTMLResponse, dependencies=[Depends(page_query(*FILTERS))])
    def world_map(request: Request):
        f = event_query(request)

        def run(con):
            return places.places(con, f, limit=MAP_PLACES), list(service.stats(con)["types"]), modes_by_type(con)

        result, types, modes = with_con(run)
        with_con(lambda con: name_untitled(con, [x for p in result["items"][:MAP_ROWS] for x in p["examples"]],
                                           title_key="title"))
        return page(request, "map.html", result=result, svg=map_svg(result, href=place_href(filter_args(request))),
                    types=types, modes=modes, rows=MAP_ROWS, source=world.SOURCE, lat_top=LAT_TOP,
                    lat_bottom=LAT_BOTTOM, title="Map")

    @router.get("/quotes", response_class=HTMLResponse, dependencies=[Depends(page_query(*QUOTE_PARAMS))])
    def quotes(request: Request):
        limit = _int(request, "limit", 25, 1, settings.page_max)
        offset = _int(request, "offset", 0, 0, 10_000_000)
        f = service.QuoteFilters(speaker=_text(request, "speaker"), country=_country(request, "country"),
                                 q=_text(request, "q", max_len=500), date_from=_date(request, "date_from"),
                                 date_to=_date(request, "date_to"), kind=_choice(request, "kind", service.QUOTE_KINDS),
                                 speaker_id=_actor_id(request, "speaker_id"))
        order = _choice(request, "sort", ("newest", "oldest")) or "newest"

        def run(con):
            fts = app.state.store.fts
            result = service.list_quotes(con, f, limit=limit, offset=offset, fts=fts, order=order)
            name_untitled(con, result["items"])
            speaker = None  # the speaker_id filter, named (list_quotes refused an unknown id)
            if f.speaker_id is not None:
                name, country = actor_key(con, f.speaker_id)
                speaker = {"id": f.speaker_id, "name": name, "country": country}
            return (result, facets.top_speakers(con, f, limit=25, fts=fts),
                    actor_links(con, result["items"], quotes=True), speaker)

        result, speakers, ids, speaker = with_con(run)
        return page(request, "quotes.html", result=result, speakers=speakers, ids=ids, offset=offset,
                    kinds=service.QUOTE_KINDS, speaker=speaker,
                    links=_page_links(request, result, limit, offset), title="Quotes")

    @router.get("/articles", response_class=HTMLResponse,
                dependencies=[Depends(page_query("q", "date_from", "date_to", "limit", "offset"))])
    def articles(request: Request):
        limit = _int(request, "limit", 50, 1, settings.page_max)
        offset = _int(request, "offset", 0, 0, 10_000_000)
        def run(con):
            found = service.list_articles(con, q=_text(request, "q"), date_from=_date(request, "date_from"),
                                          date_to=_date(request, "date_to"), limit=limit, offset=offset)
            name_untitled(con, found["items"], id_key="id", title_key="title")
            return found

        result = with_con(run)
        return page(request, "articles.html", result=result, offset=offset,
                    links=_page_links(request, result, limit, offset), title="Articles")

    @router.get("/articles/{article_id}", response_class=HTMLResponse, dependencies=[Depends(page_query())])
    def article(request: Request, article_id: str):
        if not article_id.isdigit():
            raise HTTPException(404, f"no article {article_id}")
        from ..api.routers.articles import article_with_spans

        def run(con):
            art = article_with_spans(request, con, int(article_id))
            keys = [(a["name"], a["country"]) for a in art["actors"]]
            return art, {**actor_links(con, art["events"]), **actor_links(con, art["quotes"], quotes=True),
                         **actor_service.actor_ids(con, keys)}

        art, ids = with_con(run)
        body = highlight(art["text"], article_spans(art))
        art = {**art, "title": article_name(art["title"], art["text"])}  # an untitled one: its first words
        return page(request, "article.html", art=art, body=body, ids=ids, title=art["title"])

    add_routes(router, settings=settings, page=page, with_con=with_con, fts=lambda: app.state.store.fts)
    app.include_router(router)
