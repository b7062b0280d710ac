""""Georgia" in American news is the US state; with Tbilisi or the Caucasus in the story it is the
state in the Caucasus (actors.namesakes). AllSides passages (../shared/corpora/allsides)."""
from __future__ import annotations


def _countries_of(result, word: str) -> set:
    return {a.country for a in result.actors for m in a.mentions if m.text.startswith(word)}


def test_georgia_beside_us_places_is_the_us_state(extract):
    # allsides 0Ihlc0A18hTrzkoR (2020-05-28), and a sentence that names the United States
    text = ("Initial jobless claims in the United States fell last week. The largest decrease in claims was in "
            "Georgia, New Jersey, Kentucky, Louisiana, and Pennsylvania.")
    assert _countries_of(extract(text, "2020-05-28"), "Georgia") == {"USA"}


def test_officials_in_georgia_with_atlanta_act_for_the_usa(extract):
    text = "Authorities in Georgia said the storm killed two people in Atlanta."
    result = extract(text, "2020-05-28")
    assert _countries_of(result, "Georgia") == {"USA"}
    assert _countries_of(result, "Authorities") == {"USA"}


def test_georgia_with_tbilisi_is_the_caucasian_state(extract):
    # allsides K8Y5QUWVzpzOqN5R (Kvirikashvili, Georgia's prime minister), with the capital named
    text = ("The United States praised the reforms in Tbilisi. When some UNM lawmakers criticized government’s "
            "foreign policy, specifically towards Russia, Kvirikashvili responded: “Georgia is absolutely consistent "
            "in its foreign policy course.”")
    assert _countries_of(extract(text, "2016-01-01"), "Georgia") == {"GEO"}
