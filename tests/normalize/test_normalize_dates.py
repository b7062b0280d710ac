"""dateline.normalize.dates: resolving time expressions against the publication date."""
from __future__ import annotations

import csv
from datetime import date, datetime
from pathlib import Path

import pytest

from dateline.errors import ArgumentError
from dateline.normalize.dates import find_dates, resolve_date

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
REFERENCE = SHARED / "articles" / "000_23741e95d5d05c55.txt"
WIKINEWS = SHARED / "corpora" / "wikinews" / "wikinews_2019.csv"
PUB = date(2025, 2, 13)  # a Thursday, the reference article's publication day


@pytest.fixture(scope="module")
def nlp():
    from dateline.nlp.pipeline import load_nlp

    return load_nlp()


@pytest.mark.parametrize("expression, value, relation", [
    ("last night", "2025-02-12", "on"),
    ("today", "2025-02-13", "on"),
    ("tonight", "2025-02-13", "on"),
    ("this morning", "2025-02-13", "on"),
    ("yesterday", "2025-02-12", "on"),
    ("overnight", "2025-02-12", "on"),
    ("tomorrow", "2025-02-14", "on"),
    ("on Monday", "2025-02-10", "on"),
    ("Monday", "2025-02-10", "on"),
    ("Monday night", "2025-02-10", "on"),
    ("Thursday", "2025-02-13", "on"),
    ("last Thursday", "2025-02-06", "on"),
    ("next Monday", "2025-02-17", "on"),
    ("in February 2022", "2022-02", "on"),
    ("February 2022", "2022-02", "on"),
    ("2014", "2014", "on"),
    ("pre-2014", "2014", "before"),
    ("since 2014", "2014", "after"),
    ("until 2020", "2020", "before"),
    ("post-2014", "2014", "after"),
    ("12 March 2024", "2024-03-12", "on"),
    ("March 12, 2024", "2024-03-12", "on"),
    ("2024-03-12", "2024-03-12", "on"),
    ("Sept. 5, 2019", "2019-09-05", "on"),
    ("5-Mar-2024", "2024-03-05", "on"),
    ("last week", "2025-02-03", "on"),
    ("this week", "2025-02-10", "on"),
    ("next week", "2025-02-17", "on"),
    ("last month", "2025-01", "on"),
    ("last year", "2024", "on"),
    ("since last year", "2024", "after"),
    ("two years ago", "2023", "on"),
    ("three days ago", "2025-02-10", "on"),
    ("in February", "2025-02", "on"),
    ("December", "2024-12", "on"),
    ("last February", "2024-02", "on"),
    ("12 March", "2025-03-12", "on"),
    ("mid-2014", "2014", "on"),
    ("the summer of 2019", "2019", "on"),
    ("12/03/2024", "2024", "on"),
    ("in recent years", None, "on"),
    ("for decades", None, "on"),
    ("the past", None, "on"),
    ("the 1990s", None, "on"),
    ("five days", None, "on"),
    ("10am", None, "on"),
])
def test_resolve_date_against_publication(expression, value, relation):
    assert resolve_date(expression, PUB) == (value, relation)


@pytest.mark.parametrize("expression, expected", [
    ("last night", (None, "on")),
    ("on Monday", (None, "on")),
    ("since last year", (None, "after")),
    ("February 2022", ("2022-02", "on")),
    ("pre-2014", ("2014", "before")),
    ("March 12, 2024", ("2024-03-12", "on")),
])
def test_without_publication_only_absolute_dates_resolve(expression, expected):
    assert resolve_date(expression, None) == expected


@pytest.mark.parametrize("expression, published, value", [
    # VOA 8004380 (train), published Sunday 2025-03-09: "told Trump in phone conversations last
    # week" — the working week just ended (the annotation dates it 2025-03), not the one before
    ("last week", "2025-03-09", "2025-03-03"),
    ("last week", "2025-03-08", "2025-02-24"),  # a Saturday: the week before the current one
    ("last weekend", "2025-03-09", "2025-03-01"),  # on a Sunday: the weekend before this one
    ("last weekend", "2025-03-08", "2025-03-01"),
    ("last weekend", "2025-03-10", "2025-03-08"),  # on a Monday: the one just gone
])
def test_weeks_and_weekends_seen_from_the_weekend(expression, published, value):
    assert resolve_date(expression, published) == (value, "on")


def test_publication_may_be_a_datetime_or_iso_string():
    assert resolve_date("yesterday", datetime(2025, 2, 13, 23, 59)) == ("2025-02-12", "on")
    assert resolve_date("yesterday", "2025-02-13") == ("2025-02-12", "on")


def test_bad_publication_string_is_an_argument_error():
    with pytest.raises(ArgumentError) as err:
        resolve_date("yesterday", "13/02/2025")
    assert err.value.code.value == "E010"


def test_reference_article_dates(nlp):
    text = REFERENCE.read_text(encoding="utf-8")
    found = {d.text: (d.value, d.relation) for d in find_dates(nlp(text), PUB)}
    assert found["last night"] == ("2025-02-12", "on")
    assert found["today"] == ("2025-02-13", "on")
    assert found["February 2022"] == ("2022-02", "on")
    assert found["pre-2014"] == ("2014", "before")
    assert found["overnight"] == ("2025-02-12", "on")  # missed by spaCy, found by rule


def test_offsets_index_the_text(nlp):
    text = REFERENCE.read_text(encoding="utf-8")
    for d in find_dates(nlp(text), PUB):
        assert text[d.start:d.end] == d.text


def test_full_dates_relations_and_ages(nlp):
    text = ("They met on March 12, 2024 and 12 March 2024. Prices have risen since 2014, "
            "a 71-year-old man said on Monday night.")
    found = [(d.text, d.value, d.relation) for d in find_dates(nlp(text), PUB)]
    assert ("March 12, 2024", "2024-03-12", "on") in found
    assert ("12 March 2024", "2024-03-12", "on") in found
    assert ("since 2014", "2014", "after") in found
    assert ("Monday night", "2025-02-10", "on") in found
    assert not any("year-old" in t for t, _, _ in found)


def test_today_inside_a_name_is_not_a_date(nlp):
    found = [d.text for d in find_dates(nlp("USA Today reported it last Tuesday."), PUB)]
    assert found == ["last Tuesday"]


def _wikinews(title_start: str) -> tuple[date, str]:
    with WIKINEWS.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if row["title"].startswith(title_start):
                return date.fromisoformat(row["date"]), row["text"]
    raise AssertionError(title_start)


@pytest.mark.parametrize("title, sentence, expected", [
    ("Paris court jails two police",  # Saturday, February 2, 2019
     "two French police officers were found guilty on Thursday of raping a Canadian tourist in 2014.",
     {"Thursday": "2019-01-31", "2014": "2014"}),
    ("Block of flats collapses in Aleppo",  # Tuesday, February 5, 2019
     "State media on Saturday reported a war-damaged five-storey block of flats collapsed",
     {"Saturday": "2019-02-02"}),
    ("Sixteen states sue U.S. President Trump",  # Thursday, February 21, 2019
     "On Monday, attorneys general from sixteen states filed a combined lawsuit against the state of "
     "emergency United States President Donald Trump declared last Friday",
     {"Monday": "2019-02-18", "last Friday": "2019-02-15"}),
    ("California court sentences parents",  # Saturday, April 20, 2019
     "Yesterday in California's Riverside County criminal court, Judge Bernard Schwartz sentenced",
     {"Yesterday": "2019-04-19"}),
])
def test_wikinews_sentences(nlp, title, sentence, expected):
    published, text = _wikinews(title)
    assert sentence in text
    found = {d.text: d.value for d in find_dates(nlp(sentence), published)}
    for expression, value in expected.items():
        assert found[expression] == value


def test_clock_times_in_wire_copy_are_not_years(nlp):
    """Wikinews 2020 (Tuesday, January 7): "15:30 local time (1430 UTC) on Tuesday"."""
    with (SHARED / "corpora" / "wikinews" / "wikinews_2020.csv").open(encoding="utf-8") as handle:
        row = next(r for r in csv.DictReader(handle) if r["title"].startswith("Fire erupts in parking structure at Sola"))
    sentence = row["text"].split(". ")[0]
    assert "(1430 UTC) on Tuesday" in sentence
    found = {d.text: d.value for d in find_dates(nlp(sentence), date.fromisoformat(row["date"]))}
    assert "1430" not in "".join(v or "" for v in found.values())
    assert resolve_date("1430 UTC", row["date"]) == (None, "on")
    assert resolve_date("1800 GMT on Monday", "2019-03-01") == ("2019-02-25", "on")
    assert resolve_date("March 2100", "2019-03-01") == ("2100-03", "on")



def test_relative_dates_at_the_ends_of_the_calendar_resolve_to_nothing():
    assert resolve_date("yesterday", "0001-01-01") == (None, "on")
    assert resolve_date("next year", "9999-12-31") == (None, "on")
    assert resolve_date("next year", "2019-12-31") == ("2020", "on")
