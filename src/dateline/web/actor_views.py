"""The dashboard's actor pages and events list:

* ``/actors``: actors with their counts, searchable by name (the actor search box), paged.
* ``/actors/{id}``: one actor (:func:`dateline.api.actor_service.get_actor`): who, offices,
  a timeline of quotes and events (bars open the statements or the events of that month),
  counterparts, statements (searchable, paged, each opening its sentence in the article),
  the latest events.
* ``/events``: the events list with every filter (:mod:`dateline.web.event_params`), sort and
  paging; each row opens its sentence (``/articles/{id}#e-{event}``).

Every actor name links to its page (:func:`actor_links` gives the ids of the names shown).
"""
from __future__ import annotations

from typing import Any, Callable, Iterable
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.responses import HTMLResponse

from ..api import actor_list, actor_service, service
from ..api.db import Settings
from ..api.deps import page_query
from ..api.event_query import SORTS, actor_key, list_events, modes_by_type
from ..events.lexicon import PLOVER_TYPES
from . import event_params
from .timeline import timeline_svg
from .titles import name_untitled

#: Rows of the timeline on an actor's page: (key in the timeline, label, colour).
ACTOR_ROWS = (("quotes", "quotes", "#1971c2"), ("actor", "as actor", "#e8590c"), ("recipient", "as recipient", "#7950f2"))


def actor_links(con, items: Iterable[dict], *, quotes: bool = False) -> dict[tuple, int]:
    """Page ids of the speakers (``quotes``) or the actors and recipients of ``items``."""
    keys = []
    for it in items:
        if quotes:
            if it.get("speaker"):
                keys.append((it["speaker"]["name"], it["speaker"]["country"]))
        else:
            keys.extend((r.get("name"), r.get("country")) for r in (*it.get("actor", []), *it.get("recipient", [])))
    return actor_service.actor_ids(con, keys)


def actor_timeline_svg(actor: dict) -> Any:
    """The actor's timeline (:func:`actor_service.timeline`, by month) drawn as the overview's
    (:func:`dateline.web.timeline.timeline_svg`): stacked bars of quotes, events as actor and
    events as recipient; a piece opens the statements of that month on the page or the events
    of that month on ``/events``."""
    tl = actor["timeline"]
    rows = {label: tl[key] for key, label, _ in ACTOR_ROWS}
    rows = {label: counts for label, counts in rows.items() if sum(counts)}
    colours = {label: colour for _, label, colour in ACTOR_ROWS}
    roles = {"as actor": "actor_id", "as recipient": "recipient_id"}
    totals = [sum(col) for col in zip(*rows.values())] if rows else []
    data = {"bucket": "month", "starts": [f"{m}-01" for m in tl["months"]], "types": rows, "totals": totals,
            "total": sum(totals)}

    def href(label: str, first: str, last: str) -> str:
        if label == "quotes":
            return f"/actors/{actor['id']}?" + urlencode({"date_from": first, "date_to": last}) + "#statements"
        return event_params.events_url({}, **{roles[label]: actor["id"]}, date_from=first, date_to=last)

    return timeline_svg(data, href=href, colour=colours.get, what="quotes and events")


def add_routes(router: APIRouter, *, settings: Settings, page: Callable[..., HTMLResponse],
               with_con: Callable, fts: Callable[[], bool]) -> None:
    """Add ``/actors``, ``/actors/{id}`` and ``/events`` to the dashboard's ``router``."""
    from .views import _country, _date, _int, _page_links, _text

    @router.get("/actors", response_class=HTMLResponse,
                dependencies=[Depends(page_query("q", "country", "sector", "limit", "offset"))])
    def actors(request: Request):
        limit = _int(request, "limit", 50, 1, settings.page_max)
        offset = _int(request, "offset", 0, 0, 10_000_000)
        f = service.ActorFilters(country=_country(request, "country"), q=_text(request, "q"),
                                 sector=_text(request, "sector", max_len=5))
        result = with_con(lambda con: actor_list.list_actors(con, f, limit=limit, offset=offset))
        return page(request, "actors.html", result=result, offset=offset,
                    links=_page_links(request, result, limit, offset), title="Actors")

    @router.get("/actors/{actor_id}", response_class=HTMLResponse,
                dependencies=[Depends(page_query("q", "date_from", "date_to", "limit", "offset"))])
    def actor(request: Request, actor_id: str):
        if not actor_id.isdigit() or not 0 < int(actor_id) < 2**63:
            raise HTTPException(404, f"no actor {actor_id}")
        limit = _int(request, "limit", 20, 1, settings.page_max)
        offset = _int(request, "offset", 0, 0, 10_000_000)

        def run(con):
            a = actor_service.get_actor(con, int(actor_id), q=_text(request, "q", max_len=500),
                                        date_from=_date(request, "date_from"), date_to=_date(request, "date_to"),
                                        limit=limit, offset=offset, fts=fts())
            if a:  # an untitled article: its first words
                name_untitled(con, [*a["events"]["items"], *a["statements"]["items"]])
            return a, (actor_links(con, a["events"]["items"]) if a else {})

        a, ids = with_con(run)
        if a is None:
            raise HTTPException(404, f"no actor {actor_id}")
        return page(request, "actor.html", actor=a, ids=ids, svg=actor_timeline_svg(a), offset=offset,
                    links=_page_links(request, a["statements"], limit, offset), title=a["name"])

    @router.get("/events", response_class=HTMLResponse,
                dependencies=[Depends(page_query(*event_params.FILTERS, "sort", "limit", "offset"))])
    def events(request: Request):
        limit = _int(request, "limit", 50, 1, settings.page_max)
        offset = _int(request, "offset", 0, 0, 10_000_000)
        f = event_params.event_query(request)
        order = event_params.sort(request)

        def run(con):
            result = list_events(con, f, sort=order, limit=limit, offset=offset)
            name_untitled(con, result["items"])  # an untitled article: its first words
            named = []
            for label, key in (("actor", "actor_id"), ("recipient", "recipient_id"), ("actor or recipient", "party_id")):
                if getattr(f, key) is not None:
                    name, country = actor_key(con, getattr(f, key))  # list_events refused an unknown id
                    named.append((label, key, {"id": getattr(f, key), "name": name, "country": country}))
            return result, actor_links(con, result["items"]), modes_by_type(con), named

        result, ids, modes, named = with_con(run)
        return page(request, "events.html", result=result, ids=ids, modes=modes, named=named, types=PLOVER_TYPES,
                    sorts=SORTS, offset=offset, links=_page_links(request, result, limit, offset), title="Events")
