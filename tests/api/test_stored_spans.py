"""Dates, places and amounts are stored at ingest and the article view reads them from the
store: showing an article never loads spaCy (issue 16, item 4). A store written before them
(schema 2) is still served: its articles' dates and places are found again as before."""
from __future__ import annotations

import sqlite3

import pytest
from fastapi.testclient import TestClient

from shared_paths import SHARED

REFERENCE = SHARED / "articles" / "000_23741e95d5d05c55.txt"


@pytest.fixture()
def no_spacy(monkeypatch):
    """Loading the spaCy model (the only way the server could parse) fails."""
    import spacy

    from dateline.nlp import pipeline

    def refuse(*args, **kwargs):
        raise AssertionError("a request loaded spaCy")

    monkeypatch.setattr(pipeline, "load_nlp", refuse)
    monkeypatch.setattr(spacy, "load", refuse)


def _app(db, **kw):
    from dateline.api import Settings, create_app

    return TestClient(create_app(Settings(db=db, **kw)), base_url="http://127.0.0.1")


def _make_schema_2(db) -> None:
    """Turn ``db`` into what an earlier version wrote: no span tables, no ``articles.spans``."""
    con = sqlite3.connect(db)
    con.executescript("DROP TABLE article_dates; DROP TABLE article_places; DROP TABLE article_amounts;"
                      "ALTER TABLE articles DROP COLUMN spans; PRAGMA user_version=2;")
    con.close()


def test_the_article_view_is_served_from_the_store_without_spacy(store_path, article_ids, no_spacy):
    """Wikinews, 2019-01-05: "Saturday, January 5, 2019" opens the Koszalin article."""
    with _app(store_path) as client:
        art = client.get(f"/api/articles/{article_ids['koszalin']}").json()
        assert art["spans_error"] is None
        assert {"text": "Saturday, January 5, 2019", "start": 0, "end": 25, "value": "2019-01-05",
                "relation": "on"} in art["dates"]
        assert {"text": "yesterday", "start": 35, "end": 44, "value": "2019-01-04", "relation": "on"} in art["dates"]
        koszalin = [p for p in art["places"] if p["name"] == "Koszalin"]
        assert koszalin and koszalin[0]["country"] == "POL" and koszalin[0]["lat"] == pytest.approx(54.19, abs=0.05)
        for span in art["dates"] + art["places"]:
            assert art["text"][span["start"]:span["end"]] == span["text"]
        page = client.get(f"/articles/{article_ids['koszalin']}")
        assert page.status_code == 200
        assert '<mark class="hl hl-date" title="date: 2019-01-05 (on)">Saturday, January 5, 2019</mark>' in page.text
        assert "could not be found" not in page.text


def test_ingest_stores_amounts_and_the_page_marks_them(tmp_path, pipeline, no_spacy):
    """The reference article (a text file): "£150m" is 150,000,000 GBP, "around 20%" 20 percent."""
    from dateline.store.ingest import ingest

    db = tmp_path / "ref.sqlite"
    assert ingest([str(REFERENCE)], db, workers=1, pipeline=pipeline).stored == 1
    con = sqlite3.connect(db)
    assert con.execute("PRAGMA user_version").fetchone()[0] == 4
    rows = con.execute('SELECT text, value, currency, unit FROM article_amounts ORDER BY start').fetchall()
    con.close()
    assert ("£150m", 150_000_000.0, "GBP", None) in rows
    with _app(db) as client:
        art = client.get("/api/articles/1").json()
        amount = next(a for a in art["amounts"] if a["text"] == "£150m")
        assert art["text"][amount["start"]:amount["end"]] == "£150m" and amount["currency"] == "GBP"
        assert {"text": "February 2022", "start": 1323, "end": 1336, "value": "2022-02", "relation": "on"} in art["dates"]
        assert '<mark class="hl hl-amount" title="amount: 150,000,000 GBP">£150m</mark>' in client.get("/articles/1").text


def test_a_store_written_before_spans_were_stored_is_still_served(store_path, article_ids):
    """Schema 2: read-only, its dates and places are found again (spaCy, as before); with
    ``find_spans=False`` they are empty; opening it for writing migrates it, and the old
    articles' spans are still found again (they were never stored)."""
    _make_schema_2(store_path)
    with _app(store_path) as client:
        art = client.get(f"/api/articles/{article_ids['koszalin']}").json()
        assert any(d["value"] == "2019-01-05" and d["start"] == 0 for d in art["dates"])
        assert art["amounts"] == [] and art["spans_error"] is None
    with _app(store_path, find_spans=False) as client:
        art = client.get(f"/api/articles/{article_ids['koszalin']}").json()
        assert art["dates"] == [] and art["places"] == [] and art["quotes"]

    from dateline.store.schema import connect

    con = connect(store_path, create=False)
    assert con.execute("SELECT count(*) FROM article_dates").fetchone()[0] == 0
    assert con.execute("SELECT count(*) FROM articles WHERE spans IS NULL").fetchone()[0] == 5
    con.close()
    with _app(store_path) as client:
        art = client.get(f"/api/articles/{article_ids['koszalin']}").json()
        assert any(d["value"] == "2019-01-05" for d in art["dates"])
