"""Each kind of mention on real sentences from the Wikinews corpus in ../shared."""
import csv
from functools import lru_cache

import pytest

from shared_paths import SHARED


@lru_cache(maxsize=1)
def _rows() -> list[dict]:
    rows = []
    for year in (2019, 2020):
        with open(SHARED / "corpora" / "wikinews" / f"wikinews_{year}.csv", newline="", encoding="utf-8") as fh:
            rows.extend(csv.DictReader(fh))
    return rows


def sentence(start: str) -> tuple[str, str]:
    """The real sentence of the corpus that begins with ``start``, and its article's date."""
    for row in _rows():
        i = row["text"].find(start)
        if i >= 0:
            end = row["text"].find(". ", i)
            return row["text"][i: end + 1 if end > 0 else len(row["text"])], row["date"][:10]
    pytest.fail(f"sentence not in the corpus: {start!r}")


def actors_of(extract, start):
    text, published = sentence(start)
    got = extract(text, published=published)
    return {m.text: a for a in got.actors for m in a.mentions}, got


def test_title_and_name_and_organisation(extract):
    by_mention, _ = actors_of(extract, "federal government, 800,000 employees, is not in operation because President")
    assert by_mention["President Trump"].name == "Donald Trump" and by_mention["President Trump"].country == "USA"
    assert by_mention["Congress"].country == "USA" and by_mention["Congress"].sector == "LEG"


def test_surname_pronouns_and_demonym(extract):
    by_mention, got = actors_of(extract, "Trump said that he did indicate to the Ukrainians")
    assert by_mention["Trump"].name == by_mention["he"].name == "Donald Trump"
    assert by_mention["the Ukrainians"].country == "UKR"
    assert {q.speaker.name for q in got.quotes} == {"Donald Trump"}


def test_organisation_and_its_spokesperson(extract):
    by_mention, got = actors_of(extract, "Interpol's constitution prohibits")
    assert by_mention["Interpol"].sector == "IGO"
    assert by_mention["an Interpol spokesperson"].sector == "IGO"
    assert got.quotes[0].speaker.name == "an Interpol spokesperson"


def test_armed_group_by_its_adjective(extract):
    by_mention, _ = actors_of(extract, "No claims of responsibility were reported yesterday")
    assert by_mention["Houthi"].name == "Houthi movement" and by_mention["Houthi"].country == "YEM"
    assert by_mention["Houthi"].sector == "REB"


def test_name_with_a_title_in_apposition(extract):
    by_mention, _ = actors_of(extract, "Ex-Prime Minister Donald Tusk, the current President of the European Council")
    assert by_mention["the current President of the European Council"].name == "Donald Tusk"


def test_an_indefinite_official_is_someone_new(extract):
    text = ("Thursday, United States military forces killed Qasem Soleimani, head of Iran's Quds Force, in an airstrike. "
            "Other victims included a Kataeb Hezbollah official and Mohammed Reda, an airport protocol officer.")
    assert sentence("Other victims included a Kataeb Hezbollah official")[0] in text
    by_mention, _ = actors_of_text(extract, text, "2020-01-05")
    assert by_mention["Qasem Soleimani"].country != "LBN"  # not Lebanon through the Hezbollah official
    assert by_mention["a Kataeb Hezbollah official"].name != "Qasem Soleimani"


def actors_of_text(extract, text, published):
    got = extract(text, published=published)
    return {m.text: a for a in got.actors for m in a.mentions}, got
