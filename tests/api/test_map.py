"""The dashboard's map (``/map``) on the store whose events have places, and its drawing."""
from __future__ import annotations

import re

import pytest

from dateline.web.worldmap import LAT_BOTTOM, LAT_TOP, map_svg, outlines, project

from .stored import stored_events


def circles(html: str) -> list[dict[str, str]]:
    return [dict(re.findall(r'([\w-]+)="([^"]*)"', m)) for m in re.findall(r"<circle ([^>]*)>", html)]


def test_map_draws_a_circle_per_place(placed_client):
    r = placed_client.get("/map")
    assert r.status_code == 200 and "text/html" in r.headers["content-type"]
    assert '<svg class="worldmap"' in r.text and '<a href="/map" class="on">Map</a>' in r.text
    pts = {c["data-name"]: c for c in circles(r.text)}
    places = placed_client.get("/api/events/places").json()
    assert set(pts) == {p["name"] for p in places["items"]} >= {"Niamey", "United States", "Austria", "India", "Cairo"}
    assert pts["Niamey"]["class"] == "pt pt-place" and pts["United States"]["class"] == "pt pt-country"
    x, y = project(13.5137, 2.1098, 1000)
    assert (float(pts["Niamey"]["cx"]), float(pts["Niamey"]["cy"])) == (round(x, 1), round(y, 1))
    assert len(re.findall(r'<path class="land[ "]', r.text)) >= 170
    assert 'class="land hit" data-country="NER"' in r.text and 'class="land" data-country="BRA"' in r.text
    total = placed_client.get("/api/stats").json()["events"]
    n = places["total"]
    assert "Natural Earth" in r.text and f"{places['placed']} of {total} matching events placed on {n} places" in r.text
    # the table links each place's events to their triggers in the article view
    art = {p["name"]: p for p in placed_client.get("/api/events/places").json()["items"]}["Niamey"]["examples"][0]
    assert f'href="/articles/{art["article"]}#e-{art["event"]}"' in r.text


def test_map_filters(placed_client, placed_store_path):
    stored = stored_events(placed_store_path)
    typ = next(e["type"] for e in stored if e["place_country"] == "IND")  # the arrests in Tamil Nadu
    only = placed_client.get("/map", params={"type": typ}).text
    of_type = placed_client.get("/api/events/places", params={"type": typ}).json()["items"]
    assert of_type and [c["data-name"] for c in circles(only)] == [p["name"] for p in of_type]
    placed = sum(1 for e in stored if e["type"] == typ and (e["lat"] is not None or e["place_country"]))
    assert sum(int(c["data-events"]) for c in circles(only)) == placed
    assert f'<option value="{typ}" selected>' in only
    assert circles(placed_client.get("/map", params={"date_from": "2030-01-01"}).text) == []
    bad = placed_client.get("/map", params={"date_from": "yesterday"})
    assert bad.status_code == 400 and "E010" in bad.text


def test_map_needs_nothing_from_the_network(placed_client):
    html = placed_client.get("/map").text
    for src in re.findall(r'(?:src|href)="([^"]+)"', html):
        assert not src.startswith(("http://", "https://", "//")), src


def test_map_svg_sizes_and_escapes():
    items = [{"name": "<A&B>", "country": None, "lat": 95.0, "lon": 180.0, "precision": "place", "events": 4,
              "articles": 2, "types": {"PROTEST": 4}, "names": {"<A&B>": 4}, "examples": []},
             {"name": "Chad", "country": "TCD", "lat": 15.0, "lon": 19.0, "precision": "country", "events": 1,
              "articles": 1, "types": {"AID": 1}, "names": {"Ennedi": 1}, "examples": []}]
    svg = map_svg({"items": items}, width=360)
    assert "<A&B>" not in svg and "&lt;A&amp;B&gt;" in svg
    big, small = circles(svg)
    assert (big["cx"], big["cy"], big["r"]) == ("360.0", "0.0", "14.0")  # latitude clamped to the top edge
    assert small["r"] == "8.5" and "Ennedi" in svg  # 3 + 11 * sqrt(1/4)
    assert project(LAT_BOTTOM - 10, -180, 360) == (0.0, LAT_TOP - LAT_BOTTOM)
    assert "ATA" not in {code for code, _, _ in outlines(360)}


@pytest.mark.parametrize("lat, lon", [(0, 0), (51.5, -0.1), (-33.9, 151.2)])
def test_projection_is_equirectangular(lat, lon):
    x, y = project(lat, lon, 720)
    assert (x, y) == pytest.approx(((lon + 180) * 2, (LAT_TOP - lat) * 2))
