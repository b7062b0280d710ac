"""One rule for the query parameters of every ``/api`` endpoint (issues 16 and 17): a value
of the wrong type, out of range or not in its list, and a name the endpoint does not know
(or one given twice), is a 400 in the one error envelope; valid requests are 200."""
from __future__ import annotations

import re
import sqlite3
from pathlib import Path
from typing import Annotated, Optional

import pytest
from fastapi import Query

from dateline.events.lexicon import PLOVER_MODES, PLOVER_TYPES

#: The query parameters each endpoint declares, in the order its error messages list them.
EVENT_FILTERS = ["type", "mode", "actor_country", "recipient_country", "aux", "date_from", "date_to", "actor",
                 "recipient", "actor_id", "recipient_id", "party", "party_id", "country", "place", "precision",
                 "confidence"]
DECLARED = {
    "/api/stats": [],
    "/api/articles": ["q", "date_from", "date_to", "limit", "offset"],
    "/api/articles/{article_id}": [],
    "/api/quotes": ["speaker", "country", "q", "date_from", "date_to", "kind", "speaker_id", "sort", "limit", "offset"],
    "/api/events": ["sort"] + EVENT_FILTERS + ["limit", "offset"],
    "/api/events/timeline": EVENT_FILTERS,
    "/api/events/network": ["nodes"] + EVENT_FILTERS,
    "/api/events/places": EVENT_FILTERS + ["limit", "offset"],
    "/api/actors": ["country", "sector", "q", "limit", "offset"],
    # the downloads: the lists' filters and sort, no paging
    "/api/events.{fmt}": ["sort"] + EVENT_FILTERS,
    "/api/quotes.{fmt}": ["speaker", "country", "q", "date_from", "date_to", "kind", "speaker_id", "sort"],
    "/api/actors.{fmt}": ["country", "sector", "q"],
    "/api/actors/{actor_id}": ["q", "date_from", "date_to", "limit", "offset"],
}
#: Values of the event filters added by issue 16 (any event may match none of them).
MORE_EVENT_FILTERS = {"actor": "trump", "recipient": '"Nancy Pelosi"', "actor_id": 1, "recipient_id": 2, "party": "x",
                      "party_id": 3, "country": "usa", "place": "Washington", "precision": "place", "confidence": 0.5}

#: One request per endpoint with every declared parameter set to a valid value.
VALID = {
    "/api/stats": {},
    "/api/articles": {"q": "fire", "date_from": "2019-01-01", "date_to": "2020-12-31", "limit": 200, "offset": 0},
    "/api/articles/{article_id}": {},
    "/api/quotes": {"speaker": "trump", "country": "usa", "q": "wall", "date_from": "2019-01-01",
                    "date_to": "2019-12-31", "kind": "direct", "speaker_id": 1, "sort": "newest", "limit": 1, "offset": 0},
    "/api/events": {"type": "accuse", "mode": "Disapprove", "actor_country": "USA", "recipient_country": "irn",
                    "aux": "none", "date_from": "2019-01-01", "date_to": "2020-12-31", "limit": 200, "offset": 3,
                    "sort": "-confidence", **MORE_EVENT_FILTERS},
    "/api/events/timeline": {"type": "CONSULT", "mode": "visit", "actor_country": "usa", "recipient_country": "UN",
                             "aux": "future", "date_from": "2020-01-01", "date_to": "2020-01-01", **MORE_EVENT_FILTERS},
    "/api/events/network": {"nodes": 2, "type": "ACCUSE", "mode": "allege", "actor_country": "IRN",
                            "recipient_country": "NATO", "aux": "negated", "date_from": "2019-01-01", "date_to": "2021-01-01",
                            **MORE_EVENT_FILTERS},
    "/api/events/places": {"type": "ASSAULT", "mode": "aerial", "actor_country": "USA", "recipient_country": "IRQ",
                           "aux": "historical", "date_from": "2019-01-01", "date_to": "2030-12-31", "limit": 1,
                           "offset": 10_000_000, **MORE_EVENT_FILTERS},
    "/api/actors": {"country": "USA", "sector": "gov", "q": "trump", "limit": 5, "offset": 1},
    "/api/events.{fmt}": {"type": "accuse", "mode": "Disapprove", "actor_country": "USA", "recipient_country": "irn",
                          "aux": "none", "date_from": "2019-01-01", "date_to": "2020-12-31", "sort": "date",
                          **MORE_EVENT_FILTERS},
    "/api/quotes.{fmt}": {"speaker": "trump", "country": "usa", "q": "wall", "date_from": "2019-01-01",
                          "date_to": "2019-12-31", "kind": "direct", "speaker_id": 1, "sort": "oldest"},
    "/api/actors.{fmt}": {"country": "USA", "sector": "gov", "q": "trump"},
    "/api/actors/{actor_id}": {"q": "wall", "date_from": "2019-01-01", "date_to": "2019-12-31", "limit": 5, "offset": 1},
}


def error(r, status: int = 400) -> dict:
    """The envelope's ``error`` of ``r``, after checking the status and the envelope's shape."""
    assert r.status_code == status, r.text
    body = r.json()
    assert set(body) == {"ok", "status", "error"} and body["ok"] is False and body["status"] == status
    assert set(body["error"]) == {"code", "message", "details"} and body["error"]["code"] == "E010"
    return body["error"]


def url(path: str, article_ids: dict[str, int]) -> str:
    return path.replace("{article_id}", str(article_ids["pelosi"])).replace("{fmt}", "csv").replace("{actor_id}", "1")


def unknown(name: str, path: str) -> str:
    """The message of an unknown parameter ``name`` on ``path``."""
    known = DECLARED[path]
    return f"{name}: unknown parameter ({'known: ' + ', '.join(known) if known else 'this endpoint takes none'})"


def test_the_declared_parameters_are_those_openapi_lists(client):
    spec = client.get("/openapi.json").json()["paths"]
    assert sorted(p for p in spec if p.startswith("/api")) == sorted(DECLARED)
    for path, names in DECLARED.items():
        listed = [p["name"] for p in spec[path]["get"].get("parameters", []) if p["in"] == "query"]
        assert sorted(listed) == sorted(names), path


@pytest.mark.parametrize("path", sorted(DECLARED))
def test_every_endpoint_answers_a_valid_request_with_every_parameter(client, article_ids, path):
    assert sorted(VALID[path]) == sorted(DECLARED[path])
    r = client.get(url(path, article_ids), params=VALID[path])
    assert r.status_code == 200, r.text


@pytest.mark.parametrize("path", sorted(DECLARED))
def test_every_endpoint_refuses_an_unknown_parameter(client, article_ids, path):
    e = error(client.get(url(path, article_ids), params={"zzz": "1"}))
    assert e["message"] == unknown("zzz", path)
    assert e["details"] == [{"loc": "query.zzz", "message": e["message"].split(": ", 1)[1],
                             "type": "unknown_parameter"}]


@pytest.mark.parametrize("path, params, name", [
    ("/api/events", {"speaker": "Trump"}, "speaker"),      # no speaker filter on events (actor is one)
    ("/api/quotes", {"limt": "5"}, "limt"),                # a typo of limit
    ("/api/articles", {"page": "-1"}, "page"),             # there are no pages: limit and offset
    ("/api/quotes", {"page": "2", "limit": "5"}, "page"),  # a known one beside it does not help
    ("/api/events/timeline", {"limit": "5"}, "limit"),     # the timeline is not paged
    ("/api/actors", {"Country": "USA"}, "Country"),        # names are case-sensitive
])
def test_unknown_parameter_names_are_400(client, path, params, name):
    e = error(client.get(path, params=params))
    assert e["message"] == unknown(name, path)
    assert [d["loc"] for d in e["details"]] == [f"query.{name}"]


def test_every_unknown_name_is_reported(client):
    e = error(client.get("/api/quotes?limt=5&speker=trump&q=wall"))
    assert e["message"] == unknown("limt", "/api/quotes") + "; " + unknown("speker", "/api/quotes")
    assert [(d["loc"], d["type"]) for d in e["details"]] == [("query.limt", "unknown_parameter"),
                                                             ("query.speker", "unknown_parameter")]


def test_a_parameter_given_twice_is_400(client):
    e = error(client.get("/api/events?type=ACCUSE&type=SUPPORT"))
    assert e["message"] == "type: given 2 times, once at most"
    assert e["details"] == [{"loc": "query.type", "message": "given 2 times, once at most", "type": "repeated_parameter"}]
    assert error(client.get("/api/quotes?limit=5&limit=7&limit=9"))["message"] == "limit: given 3 times, once at most"


@pytest.mark.parametrize("path, query, message", [
    ("/api/quotes", "offset=-1", "offset: Input should be greater than or equal to 0"),
    ("/api/events", "offset=-5", "offset: Input should be greater than or equal to 0"),
    ("/api/events/places", "offset=-1", "offset: Input should be greater than or equal to 0"),
    ("/api/articles", "offset=10000001", "offset: Input should be less than or equal to 10000000"),
    ("/api/quotes", "limit=201", "limit: Input should be less than or equal to 200"),
    ("/api/actors", "limit=1000", "limit: Input should be less than or equal to 200"),
    ("/api/events", "limit=0", "limit: Input should be greater than or equal to 1"),
    ("/api/events/network", "nodes=201", "nodes: Input should be less than or equal to 200"),
    ("/api/events/network", "nodes=1", "nodes: Input should be greater than or equal to 2"),
    ("/api/articles/0", "", "article_id: Input should be greater than or equal to 1"),
    ("/api/articles/-1", "", "article_id: Input should be greater than or equal to 1"),
])
def test_out_of_range_is_400(client, path, query, message):
    e = error(client.get(f"{path}?{query}" if query else path))
    assert e["message"] == message
    name = message.split(":")[0]
    assert [d["loc"] for d in e["details"]] == [f"{'path' if name == 'article_id' else 'query'}.{name}"]


@pytest.mark.parametrize("path, query, message", [
    ("/api/quotes", "limit=five", "limit: Input should be a valid integer, unable to parse string as an integer"),
    ("/api/events", "offset=1x", "offset: Input should be a valid integer, unable to parse string as an integer"),
    ("/api/events/network", "nodes=a", "nodes: Input should be a valid integer, unable to parse string as an integer"),
    ("/api/articles/abc", "", "article_id: Input should be a valid integer, unable to parse string as an integer"),
    ("/api/events", "aux=maybe", "aux: Input should be 'historical', 'future', 'hypothetical', 'negated' or 'none'"),
    ("/api/actors", "sector=123", "sector: String should match pattern '^[A-Za-z]{2,5}$'"),
    ("/api/events.xml", "", "fmt: Input should be 'csv', 'jsonl' or 'parquet'"),
    ("/api/quotes.csv", "date_from=2019-02-30", "date_from: Input should be a valid date or datetime, day value is outside expected range"),
])
def test_a_value_of_the_wrong_type_or_outside_its_list_is_400(client, path, query, message):
    e = error(client.get(f"{path}?{query}" if query else path))
    assert e["message"] == message
    assert len(e["details"]) == 1 and e["details"][0]["message"] == message.split(": ", 1)[1]


def test_several_bad_values_are_reported_together(client):
    e = error(client.get("/api/quotes?limit=0&offset=-1"))
    assert e["message"] == ("limit: Input should be greater than or equal to 1; "
                            "offset: Input should be greater than or equal to 0")
    assert [d["loc"] for d in e["details"]] == ["query.limit", "query.offset"]


TYPE_MESSAGE = "type 'ATTACK' is not a PLOVER event type (one of " + ", ".join(PLOVER_TYPES) + ")"
MODE_MESSAGE = "mode 'flying' is not a PLOVER mode (one of " + ", ".join(PLOVER_MODES) + ")"


@pytest.mark.parametrize("path", ["/api/events", "/api/events/timeline", "/api/events/network", "/api/events/places",
                                  "/api/events.csv"])
@pytest.mark.parametrize("params, message", [({"type": "ATTACK"}, TYPE_MESSAGE), ({"mode": "flying"}, MODE_MESSAGE),
                                             ({"type": "ACCUSE", "mode": "flying"}, MODE_MESSAGE)])
def test_an_unknown_type_or_mode_is_400_on_every_event_endpoint(client, path, params, message):
    e = error(client.get(path, params=params))
    assert e["message"] == message and e["details"] == []


def test_the_lists_in_the_messages_are_the_lexicons():
    assert TYPE_MESSAGE.startswith("type 'ATTACK' is not a PLOVER event type (one of AGREE, CONSULT, SUPPORT, ")
    assert len(PLOVER_TYPES) == 16 and len(PLOVER_MODES) == len(set(PLOVER_MODES)) == 34
    assert PLOVER_MODES == tuple(sorted(PLOVER_MODES))
    assert {"disapprove", "allege", "aerial", "withdraw", "heavy-weapons", "military"} <= set(PLOVER_MODES)


def test_a_known_mode_filters_in_any_case(client, store_path):
    with sqlite3.connect(store_path) as con:
        expected = con.execute("SELECT count(*) FROM events WHERE mode = 'disapprove'").fetchone()[0]
    assert expected >= 1
    for mode in ("disapprove", "DISAPPROVE", "Disapprove"):
        page = client.get("/api/events", params={"mode": mode, "limit": 200}).json()
        assert page["total"] == expected and {e["mode"] for e in page["items"]} == {"disapprove"}
    # a PLOVER mode no event of this store has: an empty page, not a 400
    absent = next(m for m in PLOVER_MODES if m not in {"disapprove", "allege", "aerial", "restrict", "withdraw",
                                                       "discontinue"})
    assert client.get("/api/events", params={"mode": absent}).json() == {"items": [], "total": 0, "next": None}


def test_every_mode_the_coder_writes_is_accepted(store_path):
    """The modes of the store and the literal modes of the coder's own triggers (outside the
    lexicon's tables) are all in :data:`PLOVER_MODES`, so no stored event is unreachable."""
    from dateline.events import coder

    with sqlite3.connect(store_path) as con:
        stored = {m for (m,) in con.execute("SELECT DISTINCT mode FROM events WHERE mode IS NOT NULL")}
    assert stored and stored <= set(PLOVER_MODES)
    events = Path(coder.__file__).parent
    literal = {m for f in events.glob("*.py") if f.name != "lexicon.py"
               for m in re.findall(r'Trigger\(\s*"[A-Z]+",\s*"([a-z-]+)"', f.read_text(encoding="utf-8"))}
    assert literal >= {"phone", "disapprove", "withdraw"}
    assert literal | set(coder.ROOT_MODES.values()) <= set(PLOVER_MODES)


def test_the_dashboard_refuses_an_unknown_mode_as_html(client):
    r = client.get("/", params={"mode": "flying"})
    assert r.status_code == 400 and "text/html" in r.headers["content-type"] and "flying" in r.text


def test_openapi_documents_400_and_no_422(client):
    spec = client.get("/openapi.json").json()
    for path, operations in spec["paths"].items():
        for method, op in operations.items():
            assert "422" not in op["responses"], (path, method)
            if path.startswith("/api"):
                schema = op["responses"]["400"]["content"]["application/json"]["schema"]
                assert schema == {"$ref": "#/components/schemas/ErrorEnvelope"}, (path, method)
    assert "HTTPValidationError" not in spec["components"]["schemas"]
    mode = next(p for p in spec["paths"]["/api/events"]["get"]["parameters"] if p["name"] == "mode")
    assert mode["description"] == "PLOVER mode, any case: " + ", ".join(PLOVER_MODES)


def test_a_list_parameter_may_be_repeated():
    """:func:`~dateline.api.deps.known_query` refuses repeats only of one-value parameters
    (the API has no list parameter today; one added later keeps working). ``Annotated``,
    ``Optional`` and ``Query`` are imported at the top: the annotations are strings here,
    resolved in the module's globals."""
    from fastapi import Depends, FastAPI
    from fastapi.testclient import TestClient

    from dateline.api.deps import known_query
    from dateline.api.errors import install

    app = FastAPI()
    install(app)

    @app.get("/api/x", dependencies=[Depends(known_query)])
    def x(tag: Annotated[Optional[list[str]], Query()] = None, n: int = 1) -> dict:
        return {"tag": tag, "n": n}

    c = TestClient(app)
    assert c.get("/api/x?tag=a&tag=b&n=2").json() == {"tag": ["a", "b"], "n": 2}
    assert error(c.get("/api/x?tag=a&n=2&n=3"))["message"] == "n: given 2 times, once at most"
    assert error(c.get("/api/x?tags=a"))["message"] == "tags: unknown parameter (known: tag, n)"
