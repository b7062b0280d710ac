"""Tiny stores of real Wikinews articles, ingested once per session: five articles
(:data:`ARTICLES`) and, for the map, five whose events have places (:data:`PLACED`). Every test
gets its own copy (``store_path``, ``placed_store_path``) so no test sees another's index or
writes."""
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


#: Short articles whose events the coder places (2019-07-10 .. 2020-06-11): at Niamey with
#: coordinates; in the United States (El Paso, Texas), Austria and India without; in "the
#: Eastern Mediterranean", which has neither.
PLACED = {
    "niamey": "Benin,_Nigeria_join_African_Union_continental_free_trade_bloc",
    "el_paso": "Gunman_opens_fire_in_El_Paso,_Texas_superstore;_more_than_20_dead",
    "facebook": "European_Court_of_Justice_says_Facebook_must_remove_%27illegal%27_posts_globally",
    "jackal": "Police_arrest_twelve_after_explosives_kill_jackal_in_Tamil_Nadu,_India",
    "cairo": "Cairo_summit_denounces_Turkish-Libyan_maritime_border_agreement",
}


def pick_articles(out: Path, articles: dict[str, str] = ARTICLES) -> Path:
    """Write the rows of ``articles`` (default :data:`ARTICLES`) of the Wikinews CSVs to
    ``out`` (same columns)."""
    csv.field_size_limit(10**8)
    wanted = {"https://en.wikinews.org//wiki/" + end for end in articles.values()}
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


def _ingested(tmp_path_factory, pipeline, name: str, articles: dict[str, str]) -> Path:
    """``articles`` of the Wikinews CSVs ingested into a fresh store under a temporary folder
    ``name``; every one must be stored."""
    from dateline.store.ingest import ingest

    if not WIKINEWS.is_dir():
        pytest.skip(f"the Wikinews corpus is missing ({WIKINEWS})")
    base = tmp_path_factory.mktemp(name)
    src = pick_articles(base / f"{name}.csv", articles)
    db = base / "template.sqlite"
    report = ingest([str(src)], db, workers=1, pipeline=pipeline)
    assert report.stored == len(articles), report.as_dict()
    return db


@pytest.fixture(scope="session")
def store_template(tmp_path_factory, pipeline) -> Path:
    """The five articles ingested into a fresh store (once per session; do not modify)."""
    return _ingested(tmp_path_factory, pipeline, "api_store", ARTICLES)


@pytest.fixture(scope="session")
def placed_store_template(tmp_path_factory, pipeline) -> Path:
    """The :data:`PLACED` articles ingested into a fresh store (once per session; do not
    modify)."""
    return _ingested(tmp_path_factory, pipeline, "placed_store", PLACED)


@pytest.fixture()
def placed_store_path(placed_store_template, tmp_path) -> Path:
    """A private copy of the :data:`PLACED` store for one test."""
    db = tmp_path / "placed.sqlite"
    shutil.copy(placed_store_template, db)
    return db


@pytest.fixture()
def placed_client(placed_store_path):
    """A TestClient over a fresh copy of the :data:`PLACED` store (dashboard included)."""
    from fastapi.testclient import TestClient

    from dateline.api import Settings, create_app

    with TestClient(create_app(Settings(db=placed_store_path)), base_url="http://127.0.0.1") as c:
        yield c


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

    with TestClient(create_app(Settings(db=store_path)), base_url="http://127.0.0.1") as c:
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


#: Short articles where one actor has several sectors or kinds: the United States is GOV in
#: two and MIL in one; the African Union an organisation in two and a state in one; the
#: United States acts on Qasem Soleimani (his killing, and in the stampede's story).
MIXED = {
    "study": "Study:_people_infected_by_new_coronavirus_%27likely%27_hundreds_more_than_confirmed",
    "covid": "US_President_Donald_Trump_tests_positive_for_COVID-19",
    "iraq": "Iraqi_Parliament_votes_for_expulsion_of_United_States_troops",
    "burundi": "Burundi_President_Pierre_Nkurunziza_dies_aged_55",
    "zebra": "Zebra_stripes_may_%27dazzle%27_pathogen-packing_horse_flies,_say_scientists",
    "niamey": PLACED["niamey"],
    "soleimani": ARTICLES["soleimani"],
    "stampede": "Stampede_during_funeral_procession_of_Qasem_Soleimani_causes_deaths,_delays_burial",
}


@pytest.fixture(scope="session")
def mixed_store_template(tmp_path_factory, pipeline) -> Path:
    """The :data:`MIXED` articles ingested into a fresh store (once per session; do not modify)."""
    return _ingested(tmp_path_factory, pipeline, "mixed_store", MIXED)


@pytest.fixture()
def mixed_client(mixed_store_template, tmp_path):
    """A TestClient over a fresh copy of the :data:`MIXED` store (dashboard included)."""
    from fastapi.testclient import TestClient

    from dateline.api import Settings, create_app

    db = tmp_path / "mixed.sqlite"
    shutil.copy(mixed_store_template, db)
    with TestClient(create_app(Settings(db=db)), base_url="http://127.0.0.1") as c:
        yield c
