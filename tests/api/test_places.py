"""``GET /api/events/places`` on a fresh copy of the five-article store whose events have
places (:data:`conftest.PLACED`), and the country data behind it."""
from __future__ import annotations

from collections import Counter

import pytest

from dateline.api import world

from .stored import stored_events


def error(r, status: int) -> dict:
    """The error envelope of ``r``, checked."""
    assert r.status_code == status, r.text
    body = r.json()
    assert set(body) == {"ok", "status", "error"} and body["ok"] is False and body["status"] == status
    assert body["error"]["code"] == "E010"
    return body


def by_name(page: dict) -> dict[str, dict]:
    return {p["name"]: p for p in page["items"]}


#: Places the tests expect whatever else the event model places: a city with coordinates, a
#: country standing for a US town ("El Paso, Texas"), a court's country, a summit's city.
ANCHORS = {"Niamey", "United States", "Austria", "India", "Cairo"}


def placed_names(client, **params) -> set[str]:
    """The location names of the events ``/api/events`` lists with ``params``, where the place is known."""
    items = client.get("/api/events", params={"limit": 200, **params}).json()["items"]
    places = {e["location"]["name"]: e["location"] for e in items if e["location"]}
    # a place without a country or coordinates is "unplaced" (the Eastern Mediterranean)
    return {name for name, loc in places.items() if loc.get("country")}


def test_every_placed_event_is_on_the_map(placed_client, placed_store_path):
    stored = stored_events(placed_store_path)
    page = placed_client.get("/api/events/places").json()
    names = placed_names(placed_client)
    assert page["total"] == len(names) and page["next"] is None and ANCHORS <= names
    total = placed_client.get("/api/stats").json()["events"]
    items = placed_client.get("/api/events", params={"limit": 200}).json()["items"]
    located = [e["location"] for e in items if e["location"]]
    assert page["events"] == total == len(stored)
    assert page["placed"] == sum(1 for loc in located if loc.get("country")) >= len(names)
    # the coder gives an event only a place it can put on the map ("the Eastern Mediterranean" is none)
    assert page["unplaced"] == sum(1 for loc in located if not loc.get("country")) == 0
    places = by_name(page)
    assert set(places) == names
    niamey = places["Niamey"]
    assert niamey["precision"] == "place" and niamey["country"] == "NER"
    assert niamey["lat"] == pytest.approx(13.5137) and niamey["lon"] == pytest.approx(2.1098)
    at = {name: Counter(e["type"] for e in stored if e["place"] == name) for name in ("Niamey", "Cairo")}
    assert niamey["events"] == sum(at["Niamey"].values()) and niamey["types"] == at["Niamey"]
    assert niamey["articles"] == 1
    assert niamey["examples"][0]["title"] == "Benin, Nigeria join African Union continental free trade bloc"
    # El Paso, Texas: the coder gives the country only, so the event sits at the USA's point
    usa = places["United States"]
    assert usa["precision"] == "country" and usa["country"] == "USA" and (usa["lat"], usa["lon"]) == (38.0, -97.0)
    in_usa = Counter(e["type"] for e in stored if e["place_country"] == "USA" and e["lat"] is None)
    assert usa["types"] == in_usa and usa["names"] == {"United States": usa["events"]}
    assert all(x["title"].startswith("Gunman opens fire in El Paso, Texas") for x in usa["examples"])
    assert (places["India"]["lat"], places["India"]["lon"]) == (20.0, 77.0)
    # "Glawischnig-Piesczek sued in Austria for defamation"
    in_austria = Counter(e["type"] for e in stored if e["place_country"] == "AUT" and e["lat"] is None)
    assert places["Austria"]["types"] == in_austria
    cairo = places["Cairo"]  # "Cairo summit": the leaders met there
    assert cairo["precision"] == "place" and cairo["country"] == "EGY" and cairo["types"] == at["Cairo"]


def test_places_agree_with_the_events(placed_client):
    events = {e["id"]: e for e in placed_client.get("/api/events", params={"limit": 200}).json()["items"]}
    page = placed_client.get("/api/events/places").json()
    assert page["events"] == len(events)
    assert page["placed"] + page["unplaced"] == sum(1 for e in events.values() if e["location"])
    for place in page["items"]:
        for x in place["examples"]:
            e = events[x["event"]]
            assert (e["article"], e["type"], e["location"]["country"]) == (x["article"], x["type"], place["country"])
            assert e["location"]["name"] in place["names"]


def test_filters_are_those_of_events(placed_client, placed_store_path):
    stored = stored_events(placed_store_path)
    # the type of the first event placed in India (the arrests in Tamil Nadu)
    typ = next(e["type"] for e in stored if e["place_country"] == "IND")
    coerce = placed_client.get("/api/events/places", params={"type": typ.lower()}).json()
    assert coerce["items"] and {p["name"] for p in coerce["items"]} == placed_names(placed_client, type=typ)
    of_type = [e for e in stored if e["type"] == typ]
    assert coerce["events"] == len(of_type) and coerce["placed"] == sum(p["events"] for p in coerce["items"])
    assert coerce["placed"] == sum(1 for e in of_type if e["place_country"])
    assert coerce["unplaced"] == 0
    y2020 = placed_client.get("/api/events/places", params={"date_from": "2020-01-01"}).json()
    assert {p["name"] for p in y2020["items"]} == placed_names(placed_client, date_from="2020-01-01") >= {"Cairo", "India"}
    assert y2020["unplaced"] == 0
    y2019 = placed_client.get("/api/events/places", params={"date_to": "2019-08-31"}).json()
    n_2019 = placed_client.get("/api/events", params={"date_to": "2019-08-31", "limit": 200}).json()["total"]
    assert set(by_name(y2019)) == placed_names(placed_client, date_to="2019-08-31") >= {"Niamey", "United States"}
    assert y2019["events"] == n_2019 == sum(1 for e in stored if e["day"] <= "2019-08-31") >= 1
    none = placed_client.get("/api/events/places", params={"date_from": "2030-01-01"}).json()
    assert none == {"items": [], "total": 0, "next": None, "events": 0, "placed": 0, "unplaced": 0}


def test_paging_walks_every_place_once_most_events_first(placed_client):
    seen, offset, counts = [], 0, []
    total = len(placed_names(placed_client))
    while offset is not None:
        page = placed_client.get("/api/events/places", params={"limit": 3, "offset": offset}).json()
        assert page["total"] == total and len(page["items"]) <= 3
        seen.extend(p["name"] for p in page["items"])
        counts.extend((-p["events"], p["name"]) for p in page["items"])
        offset = page["next"]
    assert len(seen) == len(set(seen)) == total and set(seen) >= ANCHORS
    assert counts == sorted(counts)  # most events first, then by name


def test_a_filter_that_places_nothing(client):
    page = client.get("/api/events/places", params={"type": "PROTEST"}).json()
    assert page["items"] == [] and page["total"] == 0 and page["placed"] == 0
    everything = client.get("/api/events/places").json()
    assert everything["events"] == client.get("/api/stats").json()["events"] > 5
    assert {"Baghdad", "Iraq"} <= set(by_name(everything))  # the Soleimani strike and its aftermath


@pytest.mark.parametrize("params, status, loc", [
    ({"limit": 0}, 400, "query.limit"),
    ({"limit": 201}, 400, "query.limit"),
    ({"type": "ACC;USE"}, 400, "query.type"),
    ({"date_from": "2019-02-30"}, 400, "query.date_from"),
    ({"date_from": "2020-01-01", "date_to": "2019-01-01"}, 400, None),
])
def test_bad_parameters_get_the_envelope(placed_client, params, status, loc):
    body = error(placed_client.get("/api/events/places", params=params), status)
    if loc:
        assert loc in [d["loc"] for d in body["error"]["details"]]


def test_openapi_lists_the_endpoint(placed_client):
    spec = placed_client.get("/openapi.json").json()
    op = spec["paths"]["/api/events/places"]["get"]
    assert {p["name"] for p in op["parameters"]} >= {"type", "mode", "actor_country", "recipient_country", "aux",
                                                      "date_from", "date_to", "limit", "offset"}


def test_world_countries_from_the_bundled_data():
    niger = world.country("ner")
    assert niger.code == "NER" and niger.name == "Niger" and niger.point == (16.0, 8.0)
    lon, lat = niger.polygons[0][0][0]
    assert 0 < lon < 16 and 11 < lat < 24
    countries = world.countries()
    assert len([c for c in countries.values() if c.polygons]) >= 170
    for code in ("USA", "RUS", "CHN", "BRA", "AUS", "GBR", "FRA", "POL", "IRN", "NGA"):
        assert countries[code].polygons and countries[code].point, code
    assert all(ring[0] == ring[-1] for c in countries.values() for poly in c.polygons for ring in poly)
    assert world.country("UN") is None and world.country(None) is None
