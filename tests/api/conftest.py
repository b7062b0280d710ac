"""A tiny store of five real Wikinews articles, ingested once per session; every test gets
its own copy (``store_path``) so no test sees another's index or writes."""
from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest

from shared_paths import SHARED

WIKINEWS = SHARED / "corpora" / "wikinews"
#: URL endings of the articles the tests use (published 2019-01-04 .. 2020-04-16).
ARTICLES = {
    "pelosi": "Nancy_Pelosi_again_elected_Speaker_as_116th_U.S._Congress_sworn_in",
    "koszalin": "Escape_room_fire_kills_five_teen_girls_in_Koszalin,_Poland",
    "mahan": "Germany_bans_Mahan_Air_of_Iran,_citing_%27security%27",
    "soleimani": "United_States_military_kills_Qasem_Soleimani",
    "warren": "Elizabeth_Warren_endorses_Joe_Biden_in_2020_US_presidential_election",
}


def pick_articles(out: Path) -> Path:
    """Write the :data:`ARTICLES` rows of the Wikinews CSVs to ``out`` (same columns)."""
    csv.field_size_limit(10**8)
    wanted = {"https://en.wikinews.org//wiki/" + end for end in ARTICLES.values()}
    rows, header = [], None
    for path in sorted(WIKINEWS.glob("*.csv")):
        with open(path, newline="", encoding="utf-8") as fh:
            reader = csv.DictReader(fh)
            header = reader.fieldnames
            rows.extend(r for r in reader if r["url"] in wanted)
    assert len(rows) == len(wanted), f"expected {len(wanted)} Wikinews rows, found {len(rows)}"
    with open(out, "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=header)
        w.writeheader()
        w.writerows(rows)
    return out


@pytest.fixture(scope="session")
def store_template(tmp_path_factory, pipeline) -> Path:
    """The five articles ingested into a fresh store (once per session; do not modify)."""
    from dateline.store.ingest import ingest

    if not WIKINEWS.is_dir():
        pytest.skip(f"the Wikinews corpus is missing ({WIKINEWS})")
    base = tmp_path_factory.mktemp("api_store")
    src = pick_articles(base / "wikinews_5.csv")
    db = base / "template.sqlite"
    report = ingest([str(src)], db, workers=1, pipeline=pipeline)
    assert report.stored == len(ARTICLES), report.as_dict()
    return db


@pytest.fixture()
def store_path(store_template, tmp_path) -> Path:
    """A private copy of the template store for one test."""
    db = tmp_path / "store.sqlite"
    shutil.copy(store_template, db)
    return db


@pytest.fixture()
def client(store_path):
    """A TestClient over a fresh copy of the store (dashboard included)."""
    from fastapi.testclient import TestClient

    from dateline.api import Settings, create_app

    with TestClient(create_app(Settings(db=store_path))) as c:
        yield c


@pytest.fixture()
def article_ids(store_path) -> dict[str, int]:
    """``articles.id`` of each of :data:`ARTICLES` by short name."""
    import sqlite3

    con = sqlite3.connect(store_path)
    try:
        by_url = {url: i for i, url in con.execute("SELECT id, url FROM articles")}
    finally:
        con.close()
    return {name: by_url["https://en.wikinews.org//wiki/" + end] for name, end in ARTICLES.items()}
